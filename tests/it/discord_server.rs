//! Discord in a real server (issue 13), end to end against the in-repo fake
//! Discord: a private thread for every ticket whatever opened it, each
//! customer's buttons their own in a shared channel, private link follow-ups
//! with flags 64|4, truthful leak handling, staff commands hidden by default
//! permissions, staff added to threads, failed posts retried across a
//! restart, and hostile names shown as typed.

use std::sync::Arc;
use std::time::Duration;

use rekey::app::Overrides;
use rekey::clock::{Clock, ManualClock};
use rekey::domain::Timestamp;
use serde_json::{Value, json};

use crate::discord::{
    Setup, TRIAGE, content, customer, posted, private_reply, setup, start_app, thread_id,
};
use crate::support::TestDb;
use crate::support::fake_discord::{
    FakeDiscord, FakeUser, GUILD_ID, RecordedRequest, SUPPORT_CHANNEL_ID, SUPPORT_ROLE_ID, WAIT,
    model,
};

const BORDERLINE: &str = "is activecampaign acting weird for anyone else today?";
const COMPLAINT: &str = "our activecampaign sync stopped, 403 forbidden everywhere";

/// The custom id of the button in `message` whose id is `id`, with or without
/// its step tag (`@stage`) and owner (`|user`).
fn button(message: &RecordedRequest, id: &str) -> String {
    let rows = message.json()["components"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    rows.iter()
        .flat_map(|row| row["components"].as_array().cloned().unwrap_or_default())
        .filter_map(|b| b["custom_id"].as_str().map(str::to_owned))
        .find(|c| c == id || c.starts_with(&format!("{id}|")) || c.starts_with(&format!("{id}@")))
        .unwrap_or_else(|| panic!("no {id} button in {}", message.json()))
}

/// Every message posted in `channel` so far.
fn posts_in(fake: &FakeDiscord, channel: u64) -> Vec<String> {
    let path = format!("/channels/{channel}/messages");
    fake.requests()
        .iter()
        .filter(|r| r.is("POST", &path) && r.status < 300)
        .map(|r| content(r).to_owned())
        .collect()
}

/// Waits for the `n`-th request for a thread in #support not started from a
/// message (private, or the standalone public fallback).
async fn standalone_thread(fake: &FakeDiscord, n: usize) -> RecordedRequest {
    let path = format!("/channels/{SUPPORT_CHANNEL_ID}/threads");
    fake.wait_for_count(|r| r.is("POST", &path), n, WAIT).await
}

/// Waits for the `n`-th thread the bot opened.
async fn nth_thread(fake: &FakeDiscord, n: usize) -> u64 {
    fake.wait_for_count(
        |r| r.method == "POST" && r.path.ends_with("/threads"),
        n,
        WAIT,
    )
    .await
    .response_id()
    .expect("the thread has an id")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_confirmed_borderline_question_opens_a_private_thread_for_that_customer() {
    let Setup {
        fake,
        app,
        unknown,
        _db,
    } = setup().await;
    let ada = customer();
    fake.send_message(SUPPORT_CHANNEL_ID, &ada, BORDERLINE);
    let question = posted(&fake, SUPPORT_CHANNEL_ID, "Hi ada").await;
    let yes = button(&question, "rk:yes");
    assert_eq!(yes, "rk:yes@confirm|60", "the question's buttons are Ada's");

    fake.press_button(question.response_id().unwrap(), &yes, &ada);
    let opened = standalone_thread(&fake, 1).await;
    assert_eq!(opened.json()["type"], 12, "a private thread");
    let thread = opened.response_id().unwrap();
    posted(&fake, thread, "Step 1 of 3").await;
    assert_eq!(
        fake.thread_members(thread),
        vec![ada.id],
        "Ada is in her thread"
    );
    let in_channel = posts_in(&fake, SUPPORT_CHANNEL_ID);
    assert!(
        !in_channel.iter().any(|t| t.contains("Step 1")),
        "the walk-through is not in the public channel: {in_channel:?}"
    );
    let tickets = app.store.list_tickets(&Default::default()).await.unwrap();
    assert_eq!(
        tickets[0].place_ref.as_deref(),
        Some(thread.to_string().as_str())
    );
    unknown.assert_none();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn without_private_threads_a_public_thread_opens_from_the_question() {
    let Setup { fake, _db, .. } = setup().await;
    fake.fail_requests(
        "POST",
        &format!("/channels/{SUPPORT_CHANNEL_ID}/threads"),
        403,
        model::missing_permissions(),
    );
    let ada = customer();
    fake.send_message(SUPPORT_CHANNEL_ID, &ada, BORDERLINE);
    let question = posted(&fake, SUPPORT_CHANNEL_ID, "Hi ada").await;
    let question_id = question.response_id().unwrap();
    fake.press_button(question_id, &button(&question, "rk:yes"), &ada);
    let public = fake
        .wait_for_request(
            |r| {
                r.is(
                    "POST",
                    &format!("/channels/{SUPPORT_CHANNEL_ID}/messages/{question_id}/threads"),
                )
            },
            WAIT,
        )
        .await;
    let thread = public.response_id().unwrap();
    posted(&fake, thread, "Step 1 of 3").await;
    let logs = crate::support::logs::text();
    assert!(
        logs.contains("tickets get public threads"),
        "the fallback is logged"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_customers_in_one_channel_each_get_their_own_buttons_and_ticket() {
    let Setup { fake, app, _db, .. } = setup().await;
    let ada = customer();
    let bob = FakeUser::new(61, "bob");
    fake.send_message(SUPPORT_CHANNEL_ID, &ada, BORDERLINE);
    let ada_question = posted(&fake, SUPPORT_CHANNEL_ID, "Hi ada").await;
    fake.send_message(SUPPORT_CHANNEL_ID, &bob, BORDERLINE);
    let bob_question = posted(&fake, SUPPORT_CHANNEL_ID, "Hi bob").await;

    // Bob pressing Ada's question is refused privately and changes nothing.
    let press = fake.press_button(
        ada_question.response_id().unwrap(),
        &button(&ada_question, "rk:yes"),
        &bob,
    );
    let refusal = private_reply(&fake, press, "another customer").await;
    assert_eq!(refusal.json()["flags"].as_u64().unwrap() & 64, 64);
    assert!(
        app.store
            .list_tickets(&Default::default())
            .await
            .unwrap()
            .is_empty()
    );

    // Ada's ticket opens; Bob's own question still works beside it.
    fake.press_button(
        ada_question.response_id().unwrap(),
        &button(&ada_question, "rk:yes"),
        &ada,
    );
    let ada_thread = nth_thread(&fake, 1).await;
    posted(&fake, ada_thread, "Step 1 of 3").await;
    let press = fake.press_button(
        bob_question.response_id().unwrap(),
        &button(&bob_question, "rk:yes"),
        &bob,
    );
    let bob_thread = nth_thread(&fake, 2).await;
    assert_ne!(ada_thread, bob_thread);
    let bob_step = posted(&fake, bob_thread, "Step 1 of 3").await;
    assert_eq!(button(&bob_step, "rk:done"), "rk:done@login|61");
    let token = fake.interaction_token(press).unwrap();
    let refused = fake
        .requests()
        .into_iter()
        .any(|r| r.path.contains(&token) && content(&r).contains("another customer"));
    assert!(!refused, "Ada's open ticket does not block Bob");
    assert_eq!(fake.thread_members(bob_thread), vec![bob.id]);
    let tickets = app.store.list_tickets(&Default::default()).await.unwrap();
    assert_eq!(tickets.len(), 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_secure_link_follow_up_is_ephemeral_with_embeds_suppressed() {
    let Setup { fake, _db, .. } = setup().await;
    let ada = customer();
    fake.send_message(SUPPORT_CHANNEL_ID, &ada, COMPLAINT);
    let thread = thread_id(&fake).await;
    let step = posted(&fake, thread, "Step 1 of 3").await;
    // The link button of the last step; the id carries Ada's tag.
    let press = fake.press_button(step.response_id().unwrap(), "rk:link|60", &ada);
    let link = private_reply(&fake, press, "/l/").await;
    assert_eq!(link.json()["flags"], 64 | 4, "ephemeral and no embeds");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_refused_delete_asks_the_customer_to_delete_it_and_tells_staff_once() {
    let Setup {
        fake,
        app,
        unknown,
        _db,
    } = setup().await;
    fake.fail_requests(
        "DELETE",
        &format!("/channels/{SUPPORT_CHANNEL_ID}/messages/"),
        403,
        model::missing_permissions(),
    );
    let key = "7a".repeat(36);
    let msg = fake.send_message(
        SUPPORT_CHANNEL_ID,
        &customer(),
        &format!("here is my key {key}"),
    );
    let thread = thread_id(&fake).await;
    let link = format!("https://discord.com/channels/{GUILD_ID}/{SUPPORT_CHANNEL_ID}/{msg}");
    let warning = posted(&fake, thread, "delete your message now").await;
    assert!(content(&warning).contains(&link), "{}", content(&warning));
    assert!(content(&warning).contains("Manage Messages"), "says why");
    let staff = posted(&fake, TRIAGE, "could **not** delete").await;
    posted(&fake, thread, "Step 1 of 3").await;

    let ticket = app.store.list_tickets(&Default::default()).await.unwrap()[0].clone();
    let text = content(&staff);
    assert!(
        text.contains(&ticket.id.to_string()) && text.contains(&link),
        "{text}"
    );
    assert!(text.contains(&format!("<#{thread}>")), "{text}");
    let feed = posts_in(&fake, TRIAGE);
    let about_key: Vec<&String> = feed.iter().filter(|t| t.contains("API key")).collect();
    assert_eq!(about_key.len(), 1, "staff are told once: {feed:?}");
    let opened = feed
        .iter()
        .position(|t| t.contains("opened"))
        .expect("announced");
    let refused = feed
        .iter()
        .position(|t| t.contains("could **not**"))
        .unwrap();
    assert!(opened < refused, "the ticket is announced first: {feed:?}");
    let said = posts_in(&fake, thread);
    for t in &said {
        assert!(!t.contains("removed"), "nothing claims a removal: {t}");
        assert!(
            !t.contains("Only you can see this"),
            "a thread is not private to one: {t}"
        );
    }
    assert!(!feed.iter().any(|t| t.contains("was removed")));
    let echoed = fake.requests().iter().any(|r| r.raw_body.contains(&key));
    assert!(!echoed, "the key is never repeated to Discord");
    // Nor stored: not in the tickets, timeline or retry jobs (the SQLite
    // file and its write-ahead log).
    let dir = _db.dir.as_ref().unwrap().path();
    for file in std::fs::read_dir(dir).unwrap() {
        let bytes = std::fs::read(file.unwrap().path()).unwrap();
        let hit = bytes.windows(key.len()).any(|w| w == key.as_bytes());
        assert!(!hit, "the key is in the database files");
    }
    unknown.assert_none();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_deleted_leak_gets_one_warning_in_the_thread() {
    let Setup { fake, _db, .. } = setup().await;
    let key = "9f".repeat(36);
    fake.send_message(
        SUPPORT_CHANNEL_ID,
        &customer(),
        &format!("my ac key {key} stopped working"),
    );
    let thread = thread_id(&fake).await;
    posted(&fake, thread, "Step 1 of 3").await;
    posted(&fake, TRIAGE, "was removed").await;
    let said = posts_in(&fake, thread);
    let warnings: Vec<&String> = said.iter().filter(|t| t.contains("API key")).collect();
    assert_eq!(warnings.len(), 1, "{said:?}");
    assert!(warnings[0].contains("I removed your message"));
    assert!(!said.iter().any(|t| t.contains("Only you can see this")));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn staff_commands_are_registered_for_manage_threads_by_default_and_configurably() {
    let Setup { fake, _db, .. } = setup().await;
    let path = format!("/applications/10/guilds/{GUILD_ID}/commands");
    let put = fake.wait_for_request(|r| r.is("PUT", &path), WAIT).await;
    let commands = put.json().as_array().cloned().unwrap();
    assert!(commands.len() >= 6);
    for c in &commands {
        assert_eq!(
            c["default_member_permissions"],
            json!((1u64 << 34).to_string()),
            "{c}"
        );
    }

    let other = FakeDiscord::start().await;
    let db = TestDb::sqlite().await;
    let tune = |s: &mut rekey::config::DiscordSettings| {
        s.staff_permissions = rekey::discord::parse_permissions("MANAGE_MESSAGES").unwrap();
    };
    let (_app, _) = start_app(&other, &db.url, tune, Overrides::default(), 1).await;
    let put = other.wait_for_request(|r| r.is("PUT", &path), WAIT).await;
    for c in put.json().as_array().unwrap() {
        assert_eq!(c["default_member_permissions"], "8192", "{c}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn taking_a_ticket_adds_the_staff_member_to_its_thread_and_the_feed_links_it() {
    let Setup { fake, app, _db, .. } = setup().await;
    fake.send_message(SUPPORT_CHANNEL_ID, &customer(), COMPLAINT);
    let thread = thread_id(&fake).await;
    posted(&fake, thread, "Step 1 of 3").await;
    let id = app.store.list_tickets(&Default::default()).await.unwrap()[0]
        .id
        .to_string();
    let sam = FakeUser::new(71, "sam");
    fake.add_member(&sam, &[SUPPORT_ROLE_ID]);
    fake.slash_command(
        SUPPORT_CHANNEL_ID,
        "ticket-take",
        json!([{"name": "id", "type": 3, "value": id}]),
        &sam,
        &[SUPPORT_ROLE_ID],
    );
    fake.wait_for_request(
        |r| {
            r.is(
                "PUT",
                &format!("/channels/{thread}/thread-members/{}", sam.id),
            )
        },
        WAIT,
    )
    .await;
    assert!(fake.thread_members(thread).contains(&sam.id));
    posted(&fake, TRIAGE, "escalated").await;
    for line in posts_in(&fake, TRIAGE) {
        assert!(line.contains(&id), "names the ticket: {line}");
        assert!(
            line.contains(&format!("<#{thread}>")),
            "links the thread: {line}"
        );
    }
}

/// Discord answers the next post of the walk-through's first step with a 500.
fn fail_step_one_once(fake: &FakeDiscord) {
    fake.fail_next_request(
        "POST",
        "/channels/",
        "Step 1 of 3",
        500,
        model::server_error(),
    );
}

/// Waits (bounded) until the store holds a job due within `within` of now.
async fn retry_scheduled(app: &crate::support::TestApp, now: Timestamp, within: Duration) {
    let deadline = tokio::time::Instant::now() + WAIT;
    loop {
        if let Some(due) = app.store.next_job_due().await.unwrap()
            && due <= now.plus(within)
        {
            return;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "no retry was scheduled"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_post_that_fails_with_500_is_retried_after_a_restart() {
    let fake = FakeDiscord::start().await;
    let db = TestDb::sqlite().await;
    let clock = Arc::new(ManualClock::starting_at(Timestamp(1_800_000_000_000)));
    let overrides = || Overrides {
        clock: Some(clock.clone() as Arc<dyn Clock>),
        ..Default::default()
    };
    let retry = |s: &mut rekey::config::DiscordSettings| s.retry = vec![Duration::from_secs(10)];
    let (first, _) = start_app(&fake, &db.url, retry, overrides(), 1).await;
    fail_step_one_once(&fake);
    fake.send_message(SUPPORT_CHANNEL_ID, &customer(), COMPLAINT);
    let thread = thread_id(&fake).await;
    fake.wait_for_request(|r| r.status == 500, WAIT).await;
    retry_scheduled(&first, clock.now(), Duration::from_secs(10)).await;
    drop(first);

    let (second, _) = start_app(&fake, &db.url, retry, overrides(), 2).await;
    clock.advance(Duration::from_secs(11));
    second.bot.run_due_jobs().await.unwrap();
    let path = format!("/channels/{thread}/messages");
    let delivered = fake
        .wait_for_request(
            |r| r.is("POST", &path) && r.status == 200 && content(r).contains("Step 1 of 3"),
            WAIT,
        )
        .await;
    assert_eq!(
        button(&delivered, "rk:done"),
        "rk:done@login|60",
        "buttons survive the retry"
    );
    second.bot.run_due_jobs().await.unwrap();
    let attempts = fake
        .requests()
        .iter()
        .filter(|r| r.is("POST", &path) && content(r).contains("Step 1 of 3"))
        .count();
    assert_eq!(attempts, 2, "one failure, one retry, no more");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn after_the_last_attempt_staff_are_told_which_message_was_lost() {
    let fake = FakeDiscord::start().await;
    let db = TestDb::sqlite().await;
    let retry = |s: &mut rekey::config::DiscordSettings| s.retry = vec![Duration::from_millis(10)];
    let (app, _) = start_app(&fake, &db.url, retry, Overrides::default(), 1).await;
    for _ in 0..2 {
        fail_step_one_once(&fake);
    }
    fake.send_message(SUPPORT_CHANNEL_ID, &customer(), COMPLAINT);
    let thread = thread_id(&fake).await;
    let lost = posted(&fake, TRIAGE, "was lost").await;
    let id = app.store.list_tickets(&Default::default()).await.unwrap()[0]
        .id
        .to_string();
    let text = content(&lost);
    assert!(text.contains(&id) && text.contains("Step 1 of 3"), "{text}");
    assert!(
        text.contains("2 attempts") && text.contains(&format!("<#{thread}>")),
        "{text}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn hostile_names_are_escaped_and_stripped() {
    let Setup { fake, app, _db, .. } = setup().await;
    let mallory = FakeUser::new(66, "[Staff login](https://evil.example) <@50>\u{1b}[2J");
    fake.send_message(SUPPORT_CHANNEL_ID, &mallory, COMPLAINT);
    let thread = thread_id(&fake).await;
    let opened = posted(&fake, TRIAGE, "opened").await;
    let text = content(&opened);
    assert!(
        !text.contains("[Staff login](https://"),
        "no masked link: {text}"
    );
    assert!(text.contains("\\[Staff login\\]"), "{text}");
    assert!(!text.contains("<@50>"), "no mention look-alike: {text}");
    assert!(!text.contains('\u{1b}'), "no control characters: {text}");
    let greeting = posted(&fake, thread, "Step").await;
    assert!(!content(&greeting).contains("](https://"));
    let stored = &app.store.list_tickets(&Default::default()).await.unwrap()[0].customer_name;
    assert!(!stored.contains('\u{1b}'), "{stored:?}");
    let listed: Value = opened.json().clone();
    assert_eq!(listed["allowed_mentions"]["parse"], json!([]));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_leak_without_private_threads_gets_a_standalone_public_thread() {
    let Setup { fake, _db, .. } = setup().await;
    // Private threads refused; the deleted message cannot start a thread.
    fake.fail_requests(
        "POST",
        &format!("/channels/{SUPPORT_CHANNEL_ID}/threads"),
        403,
        model::missing_permissions(),
    );
    let key = "5c".repeat(36);
    fake.send_message(SUPPORT_CHANNEL_ID, &customer(), &format!("key {key} broke"));
    let standalone = standalone_thread(&fake, 2).await;
    assert_eq!(standalone.json()["type"], 11, "a public thread");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_failing_command_shows_a_friendly_message_and_is_logged() {
    let Setup { fake, _db, .. } = setup().await;
    let sam = FakeUser::new(71, "sam");
    fake.add_member(&sam, &[SUPPORT_ROLE_ID]);
    // `/ticket` without its required id: poise cannot parse the arguments.
    let id = fake.slash_command(
        SUPPORT_CHANNEL_ID,
        "ticket",
        json!([]),
        &sam,
        &[SUPPORT_ROLE_ID],
    );
    let answer = fake.wait_for_interaction_response(id).await;
    let shown = answer.json().to_string();
    assert!(shown.contains("went wrong on my side"), "{shown}");
    assert!(
        !shown.to_lowercase().contains("argument"),
        "no raw error: {shown}"
    );
    assert_eq!(
        answer.json()["data"]["flags"].as_u64().unwrap_or(0) & 64,
        64,
        "{shown}"
    );
    assert!(crate::support::logs::text().contains("a staff command failed"));
}
