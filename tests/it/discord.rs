//! The Discord adapter end to end: the real serenity client (inside the real
//! app) against the in-repo fake Discord, reached through
//! `REKEY_DISCORD_PROXY_URL`, with the fake ActiveCampaign behind the form.

use rekey::app::Overrides;
use rekey::config::DiscordSettings;
use secrecy::SecretString;
use serde_json::{Value, json};

use crate::support::fake_activecampaign::keys;
use crate::support::fake_discord::client::{TOKEN, UnknownEvents};
use crate::support::fake_discord::{
    Disconnect, FakeDiscord, FakeUser, GENERAL_CHANNEL_ID, GUILD_ID, RecordedRequest,
    SUPPORT_CHANNEL_ID, SUPPORT_ROLE_ID, WAIT,
};
use crate::support::{TestApp, TestDb};

pub(crate) const TRIAGE: u64 = GENERAL_CHANNEL_ID;

pub(crate) struct Setup {
    pub fake: FakeDiscord,
    pub app: TestApp,
    pub unknown: UnknownEvents,
    pub _db: TestDb,
}

pub(crate) async fn setup() -> Setup {
    let fake = FakeDiscord::start().await;
    let db = TestDb::sqlite().await;
    let (app, unknown) = start_app(&fake, &db.url, |_| {}, Overrides::default(), 1).await;
    Setup {
        fake,
        app,
        unknown,
        _db: db,
    }
}

/// The Discord settings the tests run with, pointed at `fake`.
pub(crate) fn discord_settings(fake: &FakeDiscord) -> DiscordSettings {
    DiscordSettings {
        token: SecretString::from(TOKEN.to_owned()),
        channels: vec![SUPPORT_CHANNEL_ID],
        staff_role: Some(SUPPORT_ROLE_ID),
        triage_channel: Some(TRIAGE),
        guild: Some(GUILD_ID),
        proxy_url: Some(fake.base_url().to_owned()),
        shards: None,
        staff_permissions: rekey::discord::DEFAULT_STAFF_PERMISSIONS,
        retry: rekey::config::default_discord_retry(),
    }
}

/// Starts the app against `fake` and waits until it is ready for customers:
/// the `nth` registration of the slash commands (the last step of
/// start-up; a restarted app registers again).
pub(crate) async fn start_app(
    fake: &FakeDiscord,
    db_url: &str,
    tune: impl FnOnce(&mut DiscordSettings),
    mut overrides: Overrides,
    nth: usize,
) -> (TestApp, UnknownEvents) {
    let mut config = crate::support::app::config_for(db_url);
    let mut settings = discord_settings(fake);
    tune(&mut settings);
    config.discord = Some(settings);
    let unknown = UnknownEvents::default();
    let raw = unknown.clone();
    overrides.discord_hook = Some(Box::new(move |b| b.raw_event_handler(raw)));
    let mut app = TestApp::spawn_with(config, overrides).await;
    if tokio::time::timeout(std::time::Duration::from_secs(3), fake.wait_ready())
        .await
        .is_err()
    {
        let logs = crate::support::logs::text();
        let tail: Vec<&str> = logs.lines().rev().take(25).collect();
        panic!(
            "not ready; server: {:?}; logs:\n{}",
            app.server_outcome().await,
            tail.join("\n")
        );
    }
    let path = format!("/applications/10/guilds/{GUILD_ID}/commands");
    fake.wait_for_count(|r| r.is("PUT", &path), nth, WAIT).await;
    (app, unknown)
}

pub(crate) fn customer() -> FakeUser {
    FakeUser::new(60, "ada")
}

pub(crate) fn content(r: &RecordedRequest) -> &str {
    r.json()["content"].as_str().unwrap_or("")
}

/// Waits for a message posted in `channel` whose text contains `needle`.
pub(crate) async fn posted(fake: &FakeDiscord, channel: u64, needle: &str) -> RecordedRequest {
    let path = format!("/channels/{channel}/messages");
    let wait = fake.wait_for_request(|r| r.is("POST", &path) && content(r).contains(needle), WAIT);
    match tokio::time::timeout(std::time::Duration::from_secs(8), wait).await {
        Ok(r) => r,
        Err(_) => {
            let logs = crate::support::logs::text();
            let errors: Vec<&str> = logs
                .lines()
                .filter(|l| l.contains("\"ERROR\"") || l.contains("\"WARN\""))
                .collect();
            panic!(
                "nothing posted in {channel} containing {needle:?}; warnings and errors:\n{}",
                errors.join("\n")
            );
        }
    }
}

/// Waits for a private (ephemeral) follow-up to an interaction.
pub(crate) async fn private_reply(
    fake: &FakeDiscord,
    interaction: u64,
    needle: &str,
) -> RecordedRequest {
    let token = fake
        .interaction_token(interaction)
        .expect("interaction token");
    fake.wait_for_request(
        |r| r.method == "POST" && r.path.ends_with(&token) && content(r).contains(needle),
        WAIT,
    )
    .await
}

/// The thread the bot opened for the ticket.
pub(crate) async fn thread_id(fake: &FakeDiscord) -> u64 {
    let wait = fake.wait_for_request(|r| r.method == "POST" && r.path.ends_with("/threads"), WAIT);
    let Ok(r) = tokio::time::timeout(std::time::Duration::from_secs(5), wait).await else {
        let logs = crate::support::logs::text();
        let interesting: Vec<&str> = logs
            .lines()
            .filter(|l| {
                !l.contains("heartbeat")
                    && (l.contains("ERROR") || l.contains("rekey::") || l.contains("MESSAGE"))
            })
            .collect();
        panic!("no thread; logs:\n{}", interesting.join("\n"));
    };
    r.response_id().expect("the thread has an id")
}

pub(crate) fn assert_every_message_has_mentions_disabled(fake: &FakeDiscord) {
    let posts: Vec<RecordedRequest> = fake
        .requests()
        .into_iter()
        .filter(|r| {
            r.method == "POST"
                && (r.path.ends_with("/messages") || r.path.starts_with("/webhooks/"))
        })
        .collect();
    assert!(!posts.is_empty());
    for r in posts {
        let am = &r.json()["allowed_mentions"];
        assert_eq!(am["parse"], json!([]), "{} {}: {am}", r.method, r.path);
        for k in ["users", "roles"] {
            assert!(am[k].is_null() || am[k] == json!([]), "{}: {am}", r.path);
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_complaint_goes_from_thread_and_buttons_to_an_ephemeral_link_and_a_reconnect() {
    let Setup {
        fake,
        app,
        unknown,
        _db,
    } = setup().await;
    let ada = customer();
    fake.send_message(
        SUPPORT_CHANNEL_ID,
        &ada,
        "hey our activecampaign sync stopped, 403 forbidden everywhere",
    );
    let thread = thread_id(&fake).await;
    posted(&fake, TRIAGE, "opened").await;
    let step1 = posted(&fake, thread, "Step 1 of 3").await;
    assert_eq!(
        step1.json()["components"][0]["components"][0]["custom_id"],
        "rk:done@login|60",
        "the button is tagged with its step and its customer"
    );

    let press = fake.press_button(step1.response_id().unwrap(), "rk:done|60", &ada);
    let ack = fake.wait_for_interaction_response(press).await;
    assert_eq!(ack.json()["type"], 6, "acknowledged at once");
    let step2 = posted(&fake, thread, "Step 2 of 3").await;
    fake.press_button(step2.response_id().unwrap(), "rk:done", &ada);
    let step3 = posted(&fake, thread, "Step 3 of 3").await;

    let press = fake.press_button(step3.response_id().unwrap(), "rk:link", &ada);
    let link_reply = private_reply(&fake, press, "/l/").await;
    assert_eq!(
        link_reply.json()["flags"].as_u64().unwrap() & 64,
        64,
        "the link is ephemeral"
    );
    let text = content(&link_reply).to_owned();
    let url = text
        .split_whitespace()
        .find(|w| w.contains("/l/"))
        .unwrap()
        .to_owned();
    let in_public = fake
        .requests()
        .into_iter()
        .any(|r| r.path.starts_with("/channels/") && content(&r).contains("/l/"));
    assert!(!in_public, "the link never appears in a channel message");

    let csrf = app.open_form(&url).await;
    let page = app
        .submit(&url, &csrf, &app.fake.base_url(), keys::VALID)
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("reconnected"), "{page}");
    let done = posted(&fake, thread, "reconnected").await;
    assert!(content(&done).contains("Ada Lovelace"));
    posted(&fake, TRIAGE, "reconnected").await;

    assert_every_message_has_mentions_disabled(&fake);
    assert!(
        fake.unknown_requests().is_empty(),
        "{:#?}",
        fake.unknown_requests()
    );
    unknown.assert_none();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_leaked_key_is_deleted_and_warned_about_without_echoing_it() {
    let Setup {
        fake, unknown, _db, ..
    } = setup().await;
    let key = "9f".repeat(36);
    let msg = fake.send_message(
        SUPPORT_CHANNEL_ID,
        &customer(),
        &format!("my ac key {key} stopped working"),
    );
    fake.wait_for_request(
        |r| {
            r.is(
                "DELETE",
                &format!("/channels/{SUPPORT_CHANNEL_ID}/messages/{msg}"),
            )
        },
        WAIT,
    )
    .await;
    let thread = thread_id(&fake).await;
    posted(&fake, thread, "exposed").await;
    posted(&fake, TRIAGE, "API key").await;
    let leaked = fake
        .requests()
        .into_iter()
        .any(|r| r.raw_body.contains(&key));
    assert!(!leaked, "the key was echoed to Discord");
    unknown.assert_none();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn without_manage_messages_staff_are_told_and_rotation_still_starts() {
    let Setup { fake, _db, .. } = setup().await;
    fake.fail_requests(
        "DELETE",
        &format!("/channels/{SUPPORT_CHANNEL_ID}/messages"),
        403,
        json!({"code": 50013, "message": "Missing Permissions"}),
    );
    let key = "7a".repeat(36);
    fake.send_message(
        SUPPORT_CHANNEL_ID,
        &customer(),
        &format!("here is my key {key}"),
    );
    posted(&fake, TRIAGE, "Manage Messages").await;
    let thread = thread_id(&fake).await;
    posted(&fake, thread, "Step").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn someone_else_pressing_the_link_button_gets_no_link() {
    let Setup { fake, _db, .. } = setup().await;
    fake.send_message(
        SUPPORT_CHANNEL_ID,
        &customer(),
        "activecampaign integration disconnected, auth failed with 401 unauthorized since this morning",
    );
    let thread = thread_id(&fake).await;
    let step1 = posted(&fake, thread, "Step 1 of 3").await;
    let mallory = FakeUser::new(66, "mallory");
    let press = fake.press_button(step1.response_id().unwrap(), "rk:link", &mallory);
    let reply = private_reply(&fake, press, "another customer").await;
    assert_eq!(reply.json()["flags"].as_u64().unwrap() & 64, 64);
    let any_link = fake
        .requests()
        .into_iter()
        .any(|r| content(&r).contains("/l/"));
    assert!(!any_link, "no link was handed out");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn staff_commands_are_refused_to_non_staff_and_work_for_staff() {
    let Setup { fake, app, _db, .. } = setup().await;
    fake.send_message(
        SUPPORT_CHANNEL_ID,
        &customer(),
        "activecampaign sync broken since this morning, 401 unauthorized",
    );
    let thread = thread_id(&fake).await;
    posted(&fake, thread, "Step 1 of 3").await;
    let ticket = app.store.list_tickets(&Default::default()).await.unwrap()[0]
        .id
        .to_string();
    let options = json!([{"name": "id", "type": 3, "value": ticket}]);

    let outsider = FakeUser::new(70, "outsider");
    let id = fake.slash_command(
        SUPPORT_CHANNEL_ID,
        "ticket-take",
        options.clone(),
        &outsider,
        &[],
    );
    let refused = fake.wait_for_interaction_response(id).await;
    let refusal: Value = refused.json().clone();
    assert!(
        refusal.to_string().contains("support team only"),
        "{refusal}"
    );
    let t = app.store.list_tickets(&Default::default()).await.unwrap();
    assert_eq!(t[0].assignee, None);

    let sam = FakeUser::new(71, "sam");
    fake.add_member(&sam, &[SUPPORT_ROLE_ID]);
    let id = fake.slash_command(
        SUPPORT_CHANNEL_ID,
        "ticket-take",
        options,
        &sam,
        &[SUPPORT_ROLE_ID],
    );
    fake.wait_for_interaction_response(id).await;
    posted(&fake, TRIAGE, "escalated").await;
    let t = app.store.list_tickets(&Default::default()).await.unwrap();
    assert_eq!(t[0].assignee.as_deref(), Some("sam"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_bot_reconnects_after_the_gateway_drops_and_carries_on() {
    let Setup {
        fake, unknown, _db, ..
    } = setup().await;
    let ada = customer();
    fake.send_message(
        SUPPORT_CHANNEL_ID,
        &ada,
        "activecampaign sync stopped, says invalid api key",
    );
    let thread = thread_id(&fake).await;
    let step1 = posted(&fake, thread, "Step 1 of 3").await;
    fake.disconnect(Disconnect::Abrupt);
    fake.press_button(step1.response_id().unwrap(), "rk:done", &ada);
    posted(&fake, thread, "Step 2 of 3").await;
    unknown.assert_none();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_missing_message_content_intent_stops_start_up_with_what_to_enable() {
    let fake = FakeDiscord::start().await;
    fake.reject_next_identify(4014);
    let db = TestDb::sqlite().await;
    let mut config = crate::support::app::config_for(&db.url);
    config.discord = Some(DiscordSettings {
        token: SecretString::from(TOKEN.to_owned()),
        channels: vec![SUPPORT_CHANNEL_ID],
        staff_role: None,
        triage_channel: None,
        guild: None,
        proxy_url: Some(fake.base_url().to_owned()),
        shards: None,
        staff_permissions: rekey::discord::DEFAULT_STAFF_PERMISSIONS,
        retry: rekey::config::default_discord_retry(),
    });
    let app = rekey::app::App::build(config).await.unwrap();
    let result = tokio::time::timeout(WAIT, app.run_until(std::future::pending()))
        .await
        .expect("run_until returned");
    let err = result.unwrap_err().to_string();
    assert!(
        err.contains("Message Content Intent") || err.contains("MESSAGE CONTENT INTENT"),
        "{err}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn every_rest_call_goes_to_the_configured_proxy() {
    let Setup { fake, _db, .. } = setup().await;
    fake.send_message(
        SUPPORT_CHANNEL_ID,
        &customer(),
        "activecampaign sync stopped again, reconnect failed with 401 unauthorized",
    );
    let thread = thread_id(&fake).await;
    posted(&fake, thread, "Step 1 of 3").await;
    let auth: Vec<String> = fake
        .requests()
        .iter()
        .filter_map(|r| r.authorization().map(str::to_owned))
        .collect();
    assert!(!auth.is_empty());
    assert!(
        auth.iter().all(|a| a == &format!("Bot {TOKEN}")),
        "{auth:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn every_staff_command_answers_staff_privately_and_acts() {
    let Setup { fake, app, _db, .. } = setup().await;
    fake.send_message(
        SUPPORT_CHANNEL_ID,
        &customer(),
        "our activecampaign sync failed again, 403",
    );
    let thread = thread_id(&fake).await;
    let step1 = posted(&fake, thread, "Step 1 of 3").await;
    fake.press_button(step1.response_id().unwrap(), "rk:done", &customer());
    let step2 = posted(&fake, thread, "Step 2 of 3").await;
    fake.press_button(step2.response_id().unwrap(), "rk:done", &customer());
    let step3 = posted(&fake, thread, "Step 3 of 3").await;
    let press = fake.press_button(step3.response_id().unwrap(), "rk:link", &customer());
    private_reply(&fake, press, "/l/").await;
    let id = app.store.list_tickets(&Default::default()).await.unwrap()[0]
        .id
        .to_string();

    let sam = FakeUser::new(71, "sam");
    fake.add_member(&sam, &[SUPPORT_ROLE_ID]);
    let run = |name: &str, options: Value| {
        fake.slash_command(SUPPORT_CHANNEL_ID, name, options, &sam, &[SUPPORT_ROLE_ID])
    };
    let with_id = json!([{"name": "id", "type": 3, "value": id}]);
    let answer = |interaction: u64| {
        let fake = &fake;
        async move {
            fake.wait_for_interaction_response(interaction).await;
            let token = fake.interaction_token(interaction).unwrap();
            // Commands defer (ephemeral), then answer with a follow-up.
            let r = fake
                .wait_for_request(
                    |r| r.path.starts_with("/webhooks/") && r.path.contains(&token),
                    WAIT,
                )
                .await;
            assert_eq!(
                r.json()["flags"].as_u64().unwrap_or(0) & 64,
                64,
                "staff answers are private"
            );
            content(&r).to_owned()
        }
    };
    let list = answer(run("tickets", json!([]))).await;
    assert!(
        list.contains(&id) && list.contains("awaiting-form"),
        "{list}"
    );
    let shown = answer(run("ticket", with_id.clone())).await;
    assert!(
        shown.contains(&id) && shown.contains("link.issued"),
        "{shown}"
    );
    let revoked = answer(run("link-revoke", with_id.clone())).await;
    assert!(revoked.contains("Revoked 1"), "{revoked}");
    let taken = answer(run("ticket-take", with_id.clone())).await;
    assert!(taken.contains("escalated"), "{taken}");
    let reply = json!([{"name": "id", "type": 3, "value": id}, {"name": "text", "type": 3, "value": "Sam here, one moment"}]);
    answer(run("ticket-reply", reply)).await;
    posted(&fake, thread, "Sam here, one moment").await;
    let back = answer(run("ticket-return", with_id.clone())).await;
    assert!(!back.contains("escalated"), "{back}");
    let closed = answer(run("ticket-close", with_id.clone())).await;
    assert!(closed.contains("closed"), "{closed}");
    let missing = answer(run(
        "ticket",
        json!([{"name": "id", "type": 3, "value": "RK-99999"}]),
    ))
    .await;
    assert!(missing.contains("can't find"), "{missing}");
    let t = app.store.list_tickets(&Default::default()).await.unwrap();
    assert_eq!(t[0].status, rekey::domain::TicketStatus::Closed);
    let link_states: Vec<String> = app
        .store
        .timeline(t[0].id)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.kind)
        .collect();
    assert!(
        link_states.iter().any(|k| k.contains("revok")),
        "{link_states:?}"
    );
    // Each staff command is the runner's staff operation: one audit entry.
    let audit = app.store.audit_log(10).await.unwrap();
    let actions: Vec<(&str, &str)> = audit
        .iter()
        .map(|a| (a.actor.as_str(), a.action.as_str()))
        .collect();
    assert_eq!(
        actions,
        [
            ("staff:sam", "link.revoke"),
            ("staff:sam", "ticket.take"),
            ("staff:sam", "ticket.reply"),
            ("staff:sam", "ticket.return"),
            ("staff:sam", "ticket.close"),
        ]
    );
}
