//! Before the customer complains: connector health checks against the fake
//! ActiveCampaign, failure reports from the sync engine, outreach through
//! the fake Discord (a DM, or staff told when DMs are closed), and two
//! instances on PostgreSQL doing each check and outreach once.

use std::time::Duration;

use rekey::app::Overrides;
use rekey::config::Config;
use rekey::crypto::MasterKey;
use rekey::domain::{Channel, TicketStatus};
use rekey::store::{Store, TicketFilter};
use secrecy::SecretString;
use serde_json::{Value, json};

use crate::support::connector::{
    ACCOUNT, WORKING_THEN_RESET, checks_pass, connector_event_kinds, health_becomes,
    reconnected_before, reconnected_then,
};
use crate::support::fake_activecampaign::{Behaviour, keys};
use crate::support::fake_discord::{
    FakeDiscord, FakeUser, GENERAL_CHANNEL_ID, GUILD_ID, RecordedRequest, SUPPORT_CHANNEL_ID,
    SUPPORT_ROLE_ID, WAIT,
};
use crate::support::{TestApp, TestDb};

const TRIAGE: u64 = GENERAL_CHANNEL_ID;

fn content(r: &RecordedRequest) -> &str {
    r.json()["content"].as_str().unwrap_or("")
}

fn config(db_url: &str, interval: Duration) -> Config {
    let mut config = crate::support::app::config_for(db_url);
    config.proactive.health_interval = interval;
    config.api_token = Some(SecretString::from("sync-engine-token".to_owned()));
    config
}

/// An app whose health checks run only when a failure report asks (the
/// interval is an hour).
async fn reports_only_app(db: &TestDb) -> TestApp {
    TestApp::spawn_with(
        config(&db.url, Duration::from_secs(3600)),
        Overrides::default(),
    )
    .await
}

fn with_discord(mut config: Config, fake: &FakeDiscord) -> Config {
    config.discord = Some(crate::discord::discord_settings(fake));
    config
}

async fn discord_app(fake: &FakeDiscord, db: &TestDb, interval: Duration) -> TestApp {
    let app = TestApp::spawn_with(
        with_discord(config(&db.url, interval), fake),
        Overrides::default(),
    )
    .await;
    tokio::time::timeout(Duration::from_secs(5), fake.wait_ready())
        .await
        .expect("the bot connects to the fake Discord");
    app
}

async fn outreach_tickets(store: &dyn Store) -> Vec<rekey::store::Ticket> {
    let all = store.list_tickets(&TicketFilter::default()).await.unwrap();
    all.into_iter()
        .filter(|t| t.status != TicketStatus::Closed)
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_key_that_stops_working_is_noticed_and_the_customer_walked_through_before_they_complain()
{
    let fake = FakeDiscord::start().await;
    let db = TestDb::sqlite().await;
    let interval = Duration::from_secs(1);
    let app = discord_app(&fake, &db, interval).await;
    let ada = FakeUser::new(60, "ada");
    reconnected_then(&app, Channel::Discord, "60", Behaviour::Valid, "healthy").await;

    // The customer resets the key in ActiveCampaign and forgets CustomerHub.
    app.fake.script(WORKING_THEN_RESET, Behaviour::ResetKey);
    let failing = health_becomes(&app, "failing").await;
    assert_eq!(failing.class.as_deref(), Some("key_rejected"));

    let dm = fake
        .wait_for_request(|r| r.is("POST", "/users/@me/channels"), WAIT)
        .await
        .response_id()
        .expect("a DM channel");
    let path = format!("/channels/{dm}/messages");
    let first = fake
        .wait_for_request(
            |r| r.is("POST", &path) && content(r).contains("stopped accepting"),
            WAIT,
        )
        .await;
    assert!(content(&first).contains("since"), "{}", content(&first));
    let step1 = fake
        .wait_for_request(
            |r| r.is("POST", &path) && content(r).contains("Step 1 of 3"),
            WAIT,
        )
        .await;
    let triage = format!("/channels/{TRIAGE}/messages");
    fake.wait_for_request(
        |r| r.is("POST", &triage) && content(r).contains("reached out"),
        WAIT,
    )
    .await;

    // Later checks find it still failing: no second ticket, DM or line.
    checks_pass(&app, 2).await;
    let dms: Vec<_> = fake
        .requests()
        .into_iter()
        .filter(|r| r.is("POST", &path) && content(r).contains("stopped accepting"))
        .collect();
    assert_eq!(dms.len(), 1, "one DM");
    let lines: Vec<_> = fake
        .requests()
        .into_iter()
        .filter(|r| r.is("POST", &triage))
        .collect();
    assert_eq!(lines.len(), 1, "one triage line: {lines:?}");
    let open = outreach_tickets(app.store.as_ref()).await;
    assert_eq!(open.len(), 1, "one proactive ticket");
    assert_eq!(open[0].place_ref.as_deref(), Some(dm.to_string().as_str()));

    // The customer follows the walk-through from the DM.
    fake.press_button(step1.response_id().unwrap(), "rk:done", &ada);
    let step2 = fake
        .wait_for_request(
            |r| r.is("POST", &path) && content(r).contains("Step 2 of 3"),
            WAIT,
        )
        .await;
    fake.press_button(step2.response_id().unwrap(), "rk:done", &ada);
    let step3 = fake
        .wait_for_request(
            |r| r.is("POST", &path) && content(r).contains("Step 3 of 3"),
            WAIT,
        )
        .await;
    let press = fake.press_button(step3.response_id().unwrap(), "rk:link", &ada);
    let token = fake.interaction_token(press).expect("interaction token");
    let link = fake
        .wait_for_request(
            |r| r.method == "POST" && r.path.ends_with(&token) && content(r).contains("/l/"),
            WAIT,
        )
        .await;
    let url = content(&link)
        .split_whitespace()
        .find(|w| w.contains("/l/"))
        .unwrap()
        .to_owned();
    let csrf = app.open_form(&url).await;
    let page = app
        .submit(&url, &csrf, &app.fake.base_url(), keys::VALID)
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("reconnected"), "{page}");
    let healthy = health_becomes(&app, "healthy").await;
    assert!(healthy.class.is_none());
    let kinds = connector_event_kinds(&app).await;
    let k: Vec<&str> = kinds.iter().map(String::as_str).collect();
    assert_eq!(k.first(), Some(&"health.healthy"), "{k:?}");
    assert!(
        k.contains(&"health.failing") && k.contains(&"outreach"),
        "{k:?}"
    );
    assert_eq!(k.iter().filter(|k| **k == "outreach").count(), 1, "{k:?}");
    assert_eq!(k.last(), Some(&"health.healthy"), "{k:?}");

    let metrics = app
        .http
        .get(format!("{}/metrics", app.base))
        .send()
        .await
        .unwrap();
    let metrics = metrics.text().await.unwrap();
    assert!(
        metrics.contains("rekey_connectors{state=\"healthy\"} 1"),
        "{metrics}"
    );
    assert!(
        metrics.contains("rekey_outreach_total{reason=\"failing\"} 1"),
        "{metrics}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_customer_with_direct_messages_closed_is_not_written_to_and_staff_are_told() {
    let fake = FakeDiscord::start().await;
    let db = TestDb::sqlite().await;
    let app = discord_app(&fake, &db, Duration::from_secs(1)).await;
    let ada = FakeUser::new(60, "ada");
    let dm = fake.dm_channel(&ada);
    fake.fail_requests(
        "POST",
        &format!("/channels/{dm}/messages"),
        403,
        json!({"code": 50007, "message": "Cannot send messages to this user"}),
    );
    reconnected_then(&app, Channel::Discord, "60", Behaviour::ResetKey, "failing").await;
    let triage = format!("/channels/{TRIAGE}/messages");
    let told = fake
        .wait_for_request(
            |r| r.is("POST", &triage) && content(r).contains("do not accept direct messages"),
            WAIT,
        )
        .await;
    assert!(content(&told).contains(ACCOUNT), "{}", content(&told));
    checks_pass(&app, 1).await;
    let lines = fake
        .requests()
        .into_iter()
        .filter(|r| r.is("POST", &triage))
        .count();
    assert_eq!(lines, 1, "staff told once, no 'reached out' line");
    let k = connector_event_kinds(&app).await;
    assert!(k.iter().any(|k| k == "outreach.unreachable"), "{k:?}");
}

async fn page_text(app: &TestApp, path: &str) -> String {
    let r = app
        .http
        .get(format!("{}{path}", app.base))
        .send()
        .await
        .unwrap();
    r.text().await.unwrap()
}

async fn report(app: &TestApp, body: Value) -> (u16, Value) {
    let r = app
        .http
        .post(format!("{}/api/v1/connectors/{ACCOUNT}/failures", app.base))
        .bearer_auth("sync-engine-token")
        .json(&body)
        .send()
        .await
        .unwrap();
    (r.status().as_u16(), r.json().await.unwrap_or(Value::Null))
}

#[tokio::test]
async fn a_failure_report_for_a_healthy_key_changes_nothing_but_the_log_and_the_count() {
    let db = TestDb::sqlite().await;
    // A long interval: only the report triggers a check here.
    let app = reports_only_app(&db).await;
    reconnected_before(&app, Channel::Web, "w:abc", keys::VALID).await;
    let glitch = json!({"status": 403, "error": "You are not authorized to access this file", "at": "2026-12-04T10:42:00Z"});
    let (status, body) = report(&app, glitch.clone()).await;
    assert_eq!(status, 202, "{body}");
    assert_eq!(body["state"], "healthy", "{body}");
    assert_eq!(body["health"]["failure_reports"], 1, "{body}");
    let after = app.store.connector_health(ACCOUNT).await.unwrap().unwrap();
    assert_eq!(after.failure_reports, 1);
    assert_eq!(
        outreach_tickets(app.store.as_ref()).await.len(),
        0,
        "no ticket"
    );
    let k = connector_event_kinds(&app).await;
    assert_eq!(
        k,
        vec!["health.healthy".to_owned()],
        "only the first verdict"
    );
    assert!(crate::support::logs::text().contains("failure report from the sync engine"));

    // The same report again: a repeat, counted once, nothing verified.
    let requests = app.fake.requests().len();
    let (status, body) = report(&app, glitch).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["repeat"], true);
    assert_eq!(app.fake.requests().len(), requests, "no second check");
    let again = app.store.connector_health(ACCOUNT).await.unwrap().unwrap();
    assert_eq!(again.failure_reports, 1);

    // Bad requests are refused without a trace.
    let (status, _) = report(&app, json!({"status": 403, "at": "yesterday"})).await;
    assert_eq!(status, 400);
    let r = app
        .http
        .post(format!("{}/api/v1/connectors/{ACCOUNT}/failures", app.base))
        .json(&json!({"status": 403}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 401, "the bearer token is required");
}

#[tokio::test]
async fn a_failure_report_for_a_rejected_key_makes_it_failing_at_once_and_reports_are_rate_limited()
{
    let db = TestDb::sqlite().await;
    let app = reports_only_app(&db).await;
    reconnected_before(&app, Channel::Web, "user:42", keys::RESET).await;
    let (status, body) = report(&app, json!({"status": 403, "error": "Forbidden"})).await;
    assert_eq!(status, 202, "{body}");
    assert_eq!(body["state"], "failing");
    assert_eq!(body["health"]["class"], "key_rejected");
    // The web chat customer finds the proactive ticket on their next visit.
    let open = outreach_tickets(app.store.as_ref()).await;
    assert_eq!(open.len(), 1);
    assert_eq!(open[0].customer_ref, "user:42");
    let api = app
        .http
        .get(format!("{}/api/v1/connectors/{ACCOUNT}", app.base))
        .bearer_auth("sync-engine-token")
        .send()
        .await
        .unwrap()
        .json::<Value>()
        .await
        .unwrap();
    assert_eq!(api["health"]["state"], "failing", "{api}");

    let mut limited = false;
    for n in 0..rekey::proactive::REPORTS_PER_MINUTE + 1 {
        let (status, _) = report(&app, json!({"status": 403, "error": format!("again {n}")})).await;
        limited |= status == 429;
    }
    assert!(limited, "reports are rate-limited per account");
    assert_eq!(
        outreach_tickets(app.store.as_ref()).await.len(),
        1,
        "still one ticket"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_instances_on_postgres_check_and_reach_out_once() {
    let Some(db) = TestDb::postgres().await else {
        return;
    };
    let interval = Duration::from_secs(1);
    let one = TestApp::spawn_with(config(&db.url, interval), Overrides::default()).await;
    let two = TestApp::spawn_with(config(&db.url, interval), Overrides::default()).await;
    // Both instances reach the same fake ActiveCampaign: use the first's.
    reconnected_then(&one, Channel::Web, "user:7", Behaviour::ResetKey, "failing").await;
    checks_pass(&one, 3).await;

    let pool = sqlx::PgPool::connect(&db.url).await.unwrap();
    let pending: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM jobs WHERE kind = 'connector_health' AND done_at IS NULL",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(
        pending, 1,
        "one chain of health checks, not one per instance"
    );
    // Each check is one request, at most one a second.
    let times: Vec<_> = one.fake.requests().into_iter().map(|r| r.at).collect();
    for pair in times.windows(2) {
        assert!(
            pair[1].duration_since(pair[0]) >= Duration::from_millis(900),
            "two requests within a second: {times:?}"
        );
    }
    let open = outreach_tickets(two.store.as_ref()).await;
    assert_eq!(open.len(), 1, "one outreach ticket");
    let outreach: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outreach")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(outreach, 1);
    pool.close().await;
    drop((one, two));
    db.cleanup().await;
}

/// The app's proactive side with the same settings, driven by the test.
fn proactive_of(
    app: &TestApp,
    ac: rekey::config::AcSettings,
    settings: rekey::config::ProactiveSettings,
) -> rekey::proactive::Proactive {
    rekey::proactive::Proactive {
        bot: app.bot.clone(),
        master_key: std::sync::Arc::new(MasterKey::from_bytes([7; 32])),
        verifier: std::sync::Arc::new(
            rekey::activecampaign::HttpVerifier::new(Duration::from_millis(500), true).unwrap(),
        ),
        ac,
        settings,
        reports: rekey::proactive::ReportLimits::default(),
    }
}

fn web_customer(customer_ref: &str) -> rekey::bot::Customer {
    rekey::bot::Customer {
        channel: Channel::Web,
        customer_ref: customer_ref.into(),
        name: "ada".into(),
    }
}

const DAY: Duration = Duration::from_secs(86_400);

/// An app on a manual clock whose web chat deliveries are captured, the
/// proactive side to drive, and a connector of `customer_ref` with a
/// working key.
async fn web_customer_on_a_manual_clock(
    db: &TestDb,
    start: rekey::domain::Timestamp,
    customer_ref: &str,
    tweak: impl FnOnce(&mut Config),
) -> (
    TestApp,
    rekey::proactive::Proactive,
    std::sync::Arc<rekey::clock::ManualClock>,
) {
    let clock = std::sync::Arc::new(rekey::clock::ManualClock::starting_at(start));
    let mut config = config(&db.url, Duration::from_secs(3600));
    tweak(&mut config);
    let overrides = Overrides {
        clock: Some(clock.clone()),
        ..Default::default()
    };
    let (ac, settings) = (config.activecampaign.clone(), config.proactive.clone());
    let app = TestApp::spawn_with(config, overrides).await;
    app.bot
        .register_transport(Channel::Web, app.captured.clone());
    let p = proactive_of(&app, ac, settings);
    reconnected_before(&app, Channel::Web, customer_ref, keys::VALID).await;
    (app, p, clock)
}

#[tokio::test]
async fn a_stale_key_gets_one_reminder_per_period_and_dont_remind_me_is_remembered() {
    use rekey::proactive::Reached;
    let db = TestDb::sqlite().await;
    let start = rekey::domain::Timestamp(1_800_000_000_000);
    let (app, p, clock) = web_customer_on_a_manual_clock(&db, start, "user:42", |c| {
        c.proactive.rotate_after = Some(90 * DAY);
    })
    .await;

    assert_eq!(
        p.remind_stale().await.unwrap(),
        0,
        "a fresh key is left alone"
    );
    clock.advance(91 * DAY);
    assert_eq!(p.remind_stale().await.unwrap(), 1);
    let text = app.captured.wait_for("friendly reminder").await;
    assert!(text.contains("91 days"), "{text}");
    assert_eq!(p.remind_stale().await.unwrap(), 0, "once per period");
    let first = outreach_tickets(app.store.as_ref()).await;
    assert_eq!(first.len(), 1);
    app.bot
        .staff_action(first[0].id, "sam", rekey::bot::StaffAction::Close)
        .await
        .unwrap();

    // The next period: one more reminder; this time "don't remind me".
    clock.advance(90 * DAY);
    assert_eq!(p.remind_stale().await.unwrap(), 1);
    let reply = app
        .bot
        .button(web_customer("user:42"), None, "rk:noremind")
        .await
        .unwrap();
    let said: Vec<&str> = reply.outgoing.iter().filter_map(|o| o.text()).collect();
    assert!(
        said.iter().any(|t| t.contains("no more reminders")),
        "{said:?}"
    );
    assert_eq!(reply.ticket.unwrap().status, TicketStatus::Closed);
    assert!(
        app.store
            .connector_health(ACCOUNT)
            .await
            .unwrap()
            .unwrap()
            .reminders_off
    );

    clock.advance(90 * DAY);
    assert_eq!(p.remind_stale().await.unwrap(), 0, "remembered");
    assert!(outreach_tickets(app.store.as_ref()).await.is_empty());

    // Staff may still ask: that is not a reminder.
    let asked = p
        .ask_rotation(ACCOUNT, "sam", "we saw the key in a screenshot")
        .await
        .unwrap();
    assert!(matches!(asked, Reached::Sent(_)), "{asked:?}");
    app.captured.wait_for("your support team asked").await;
    let audit = app.store.audit_log(10).await.unwrap();
    assert!(
        audit
            .iter()
            .any(|a| a.action == "connector.rotate_ask" && a.actor == "staff:sam")
    );
}

#[tokio::test]
async fn outreach_waits_for_the_outreach_hours() {
    use rekey::proactive::{OutreachHours, Reached};
    let db = TestDb::sqlite().await;
    // 03:00 UTC.
    let start =
        rekey::domain::Timestamp(1_800_000_000_000 / 86_400_000 * 86_400_000 + 3 * 3_600_000);
    let (app, p, clock) = web_customer_on_a_manual_clock(&db, start, "user:9", |c| {
        c.proactive.outreach_hours = Some(OutreachHours::parse("9-17").unwrap());
    })
    .await;
    let reason = rekey::conversation::OutreachReason::StaffAsked {
        reason: "routine".into(),
    };
    let reached = p.reach_out(ACCOUNT, "ask:1", reason).await.unwrap();
    let Reached::Deferred(at) = reached else {
        panic!("{reached:?}")
    };
    assert_eq!(at.millis() - start.millis(), 6 * 3_600_000, "at 09:00");
    assert!(outreach_tickets(app.store.as_ref()).await.is_empty());
    clock.advance(6 * Duration::from_secs(3600));
    app.bot.run_due_jobs().await.unwrap();
    app.captured.wait_for("your support team asked").await;
    assert_eq!(outreach_tickets(app.store.as_ref()).await.len(), 1);
}

#[tokio::test]
async fn staff_ask_for_a_rotation_from_the_dashboards_ticket_and_connector_pages() {
    use crate::admin::{SAM_TOKEN, admin_config, sign_in};
    let db = TestDb::sqlite().await;
    let app = TestApp::spawn_with(admin_config(&db.url), Overrides::default()).await;
    app.bot
        .register_transport(Channel::Web, app.captured.clone());
    let old = reconnected_before(&app, Channel::Web, "user:5", keys::VALID).await;
    sign_in(&app, SAM_TOKEN).await;
    let list = app
        .http
        .get(format!("{}/admin/connectors", app.base))
        .send()
        .await
        .unwrap();
    let list = list.text().await.unwrap();
    assert!(list.contains(ACCOUNT) && list.contains("unknown"), "{list}");

    let ticket_page = page_text(&app, &format!("/admin/tickets/{old}")).await;
    assert!(
        ticket_page.contains("/rotate-ask"),
        "a button on the ticket page"
    );
    let csrf = crate::support::app::csrf_of(&ticket_page).unwrap();
    let r = app
        .http
        .post(format!(
            "{}/admin/connectors/{ACCOUNT}/rotate-ask",
            app.base
        ))
        .form(&[("csrf", "wrong"), ("reason", "x")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 403, "CSRF checked");
    let r = app
        .http
        .post(format!(
            "{}/admin/connectors/{ACCOUNT}/rotate-ask",
            app.base
        ))
        .form(&[
            ("csrf", csrf.as_str()),
            ("reason", "the key showed up in a shared screenshot"),
            ("back", &format!("/admin/tickets/{old}")),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 303);
    assert_eq!(
        r.headers()["location"],
        format!("/admin/tickets/{old}").as_str()
    );
    let said = app.captured.wait_for("your support team asked").await;
    assert!(said.contains("shared screenshot"), "{said}");
    let audit = app.store.audit_log(10).await.unwrap();
    assert!(
        audit
            .iter()
            .any(|a| a.action == "connector.rotate_ask" && a.actor == "staff:sam"),
        "{audit:?}"
    );
    let page = page_text(&app, &format!("/admin/connectors/{ACCOUNT}")).await;
    assert!(
        page.contains("outreach") && page.contains("rotate-ask"),
        "{page}"
    );
    // The Discord command finds the same connector by the customer.
    let account = app
        .store
        .connector_account_of_customer(Channel::Web, "user:5")
        .await
        .unwrap();
    assert_eq!(account.as_deref(), Some(ACCOUNT));
}

#[tokio::test]
async fn a_known_web_chat_customer_sees_the_outreach_as_a_banner_on_their_next_visit() {
    use crate::handoff::{SECRET, chat_client, history, now_secs, signed_query};
    let db = TestDb::sqlite().await;
    let mut config = config(&db.url, Duration::from_secs(3600));
    config.chat_identity_secret = Some(SECRET.into());
    let app = TestApp::spawn_with(config, Overrides::default()).await;
    // The identity the host signs: user u-1815 (see the hand-off tests).
    reconnected_before(&app, Channel::Web, "user:u-1815", keys::RESET).await;
    let (status, body) = report(&app, json!({"status": 403, "error": "Forbidden"})).await;
    assert_eq!((status, &body["state"]), (202, &json!("failing")), "{body}");

    let (client, r) = chat_client(&app, &signed_query("Ada", "acct-42", now_secs(), SECRET)).await;
    assert_eq!(r.status().as_u16(), 303);
    let h = history(&app, &client).await;
    let banner = h["banner"].as_str().unwrap_or_default();
    assert!(banner.contains("stopped accepting the key"), "{h}");
    assert!(h["ticket"]["id"].is_string(), "{h}");
    // An anonymous visitor sees no banner.
    let (other, _) = chat_client(&app, "").await;
    assert!(history(&app, &other).await.get("banner").is_none());
}

#[tokio::test]
async fn a_key_quoted_in_a_failure_report_is_never_stored_or_logged() {
    let db = TestDb::sqlite().await;
    let app = reports_only_app(&db).await;
    reconnected_before(&app, Channel::Web, "w:abc", keys::VALID).await;
    let canary = "c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00";
    let error = format!("request with Api-Token: {canary} failed: 403 Forbidden");
    let (status, body) = report(&app, json!({"status": 403, "error": error})).await;
    assert_eq!(status, 202, "{body}");
    assert!(!body.to_string().contains(canary));
    assert!(
        !crate::support::logs::text().contains(canary),
        "the key reached the logs"
    );
    drop(app);
    db.assert_files_never_hold(canary.as_bytes(), "a key quoted in a failure report")
        .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn rotate_ask_on_discord_reaches_the_customer_with_the_support_team_wording() {
    let fake = FakeDiscord::start().await;
    let db = TestDb::sqlite().await;
    let app = discord_app(&fake, &db, Duration::from_secs(3600)).await;
    fake.wait_for_request(
        |r| {
            r.is(
                "PUT",
                &format!("/applications/10/guilds/{GUILD_ID}/commands"),
            )
        },
        WAIT,
    )
    .await;
    let ada = FakeUser::new(60, "ada");
    let sam = FakeUser::new(70, "sam");
    fake.add_member(&ada, &[]);
    reconnected_before(&app, Channel::Discord, "60", keys::VALID).await;
    let options = json!([
        {"name": "user", "type": 6, "value": "60"},
        {"name": "reason", "type": 3, "value": "the key was shared in an email"}
    ]);
    let id = fake.slash_command(
        SUPPORT_CHANNEL_ID,
        "rotate-ask",
        options,
        &sam,
        &[SUPPORT_ROLE_ID],
    );
    fake.wait_for_interaction_response(id).await;
    let token = fake.interaction_token(id).unwrap();
    let answer = fake
        .wait_for_request(
            |r| r.path.starts_with("/webhooks/") && r.path.contains(&token),
            WAIT,
        )
        .await;
    assert!(content(&answer).contains("Asked"), "{}", content(&answer));
    let dm = fake
        .wait_for_request(|r| r.is("POST", "/users/@me/channels"), WAIT)
        .await
        .response_id()
        .unwrap();
    let path = format!("/channels/{dm}/messages");
    let said = fake
        .wait_for_request(
            |r| r.is("POST", &path) && content(r).contains("your support team asked"),
            WAIT,
        )
        .await;
    assert!(content(&said).contains("shared in an email"));
    let audit = app.store.audit_log(10).await.unwrap();
    assert!(
        audit
            .iter()
            .any(|a| a.action == "connector.rotate_ask" && a.actor == "staff:sam")
    );
}
