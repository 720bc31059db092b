//! Hand-off that works: the transcript staff read, staff replies reaching
//! the customer, customer replies reaching staff, the one audited staff
//! operation, web chat sessions the server issued, signed identities, and
//! the web chat's history from the store.

use rekey::bot::StaffAction;
use rekey::chat_identity::{sign, signing_input};
use rekey::domain::Channel;
use rekey::prompts::{PromptId, Prompts};
use rekey::transcript::{self, Speaker};
use serde_json::Value;

use crate::admin::{SAM_TOKEN, admin_config, sign_in};
use crate::support::app::http_client;
use crate::support::{TestApp, TestDb, logs};

/// A key in ActiveCampaign's shape, planted to be found nowhere in clear.
const CANARY: &str = "5eed5eed5eed5eed5eed5eed5eed5eed5eed5eed5eed5eed5eed5eed5eed5eed5eed5eed";
pub(crate) const SECRET: &str = "identity-secret-0123456789abcdef0123";

async fn page(app: &TestApp, path: &str) -> String {
    let r = app
        .http
        .get(format!("{}{path}", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200, "GET {path}");
    r.text().await.unwrap()
}

/// A browser-like client that opened the web chat (and holds its cookie).
pub(crate) async fn chat_client(
    app: &TestApp,
    query: &str,
) -> (reqwest::Client, reqwest::Response) {
    let client = http_client();
    let r = client
        .get(format!("{}/chat{query}", app.base))
        .send()
        .await
        .unwrap();
    (client, r)
}

async fn chat_say(app: &TestApp, client: &reqwest::Client, text: &str) -> reqwest::Response {
    client
        .post(format!("{}/chat/api/messages", app.base))
        .json(&serde_json::json!({"text": text, "client_id": format!("m{}", text.len())}))
        .send()
        .await
        .unwrap()
}

pub(crate) async fn history(app: &TestApp, client: &reqwest::Client) -> Value {
    client
        .get(format!("{}/chat/api/history", app.base))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

pub(crate) fn signed_query(name: &str, account: &str, ts: i64, secret: &str) -> String {
    let ts = ts.to_string();
    let input = signing_input("u-1815", name, "ada@example.com", account, &ts);
    let sig = sign(secret, &input);
    let mut q = url::form_urlencoded::Serializer::new(String::new());
    q.append_pair("user_id", "u-1815")
        .append_pair("name", name)
        .append_pair("email", "ada@example.com")
        .append_pair("account_id", account)
        .append_pair("timestamp", &ts)
        .append_pair("signature", &sig);
    format!("?{}", q.finish())
}

pub(crate) fn now_secs() -> i64 {
    rekey::clock::Clock::now(&rekey::clock::SystemClock).millis() / 1000
}

#[tokio::test]
async fn the_timeline_reads_as_a_transcript_with_keys_only_as_fingerprints() {
    let db = TestDb::sqlite().await;
    let app = TestApp::spawn_with(admin_config(&db.url), Default::default()).await;
    // A borderline message gets a question first; it still opens the
    // transcript once "yes" opens the ticket.
    app.say(
        "ada",
        "is activecampaign acting weird for anyone else today?",
    )
    .await;
    let ticket = app.press("ada", "rk:yes").await.ticket.unwrap();
    app.press("ada", "rk:done").await;
    app.say("ada", &format!("here is my key {CANARY} does it work"))
        .await;
    app.press("ada", "rk:human").await;

    let timeline = app.store.timeline(ticket.id).await.unwrap();
    let lines = transcript::transcript(&timeline, "Ada");
    assert_eq!(lines[0].speaker, Speaker::Customer);
    assert_eq!(
        lines[0].text,
        "is activecampaign acting weird for anyone else today?"
    );
    assert_eq!(lines[1].speaker, Speaker::Bot, "{lines:#?}");
    assert!(
        lines[1]
            .text
            .contains("is your **ActiveCampaign** connection"),
        "{lines:#?}"
    );
    let said: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
    assert!(said.contains(&"pressed “Yes”"), "{said:#?}");
    assert!(said.contains(&"pressed “Done”"), "{said:#?}");
    // Under the app's own fingerprint key (derived from its master key).
    let fingerprint = app.bot.detect(CANARY).secrets[0].fingerprint.clone();
    assert!(
        said.contains(&format!("here is my key [key …{fingerprint}] does it work").as_str()),
        "{said:#?}"
    );
    assert!(
        said.iter()
            .any(|t| t.starts_with("A key was posted in chat")),
        "the leak is a plain-words event: {said:#?}"
    );
    assert!(
        said.contains(&"Handed off to a person: the customer asked for a person."),
        "{said:#?}"
    );
    assert!(
        lines.iter().any(|l| l.details.contains("score=")),
        "scores stay available as details"
    );

    sign_in(&app, SAM_TOKEN).await;
    let html = page(&app, &format!("/admin/tickets/{}", ticket.id)).await;
    assert!(html.contains("is activecampaign acting weird"), "{html}");
    assert!(html.contains(&fingerprint));
    assert!(html.contains("<details><summary>details</summary>"));
    let all = format!(
        "{html}\n{}\n{}",
        timeline
            .iter()
            .map(|e| e.detail.as_str())
            .collect::<Vec<_>>()
            .join("\n"),
        logs::text()
    );
    assert!(!all.contains(&CANARY[..24]), "the pasted key leaked");
    drop(app);
    db.assert_files_never_hold(&CANARY.as_bytes()[..24], "the pasted key")
        .await;
}

#[tokio::test]
async fn staff_replies_reach_the_customer_and_customer_replies_reach_staff() {
    let db = TestDb::sqlite().await;
    let app = TestApp::spawn_with(admin_config(&db.url), Default::default()).await;
    let ticket = app
        .say("ada", "my activecampaign sync stopped, 403 forbidden")
        .await
        .ticket
        .unwrap();
    app.press("ada", "rk:human").await;

    // Nobody has it yet: first in the list, with the waiting time.
    sign_in(&app, SAM_TOKEN).await;
    let list = page(&app, "/admin").await;
    assert!(list.contains("nobody — waiting"), "{list}");
    assert!(list.contains("id=\"total\">1<"), "{list}");

    let done = app
        .bot
        .staff_action(
            ticket.id,
            "Sam",
            StaffAction::Reply("Hi Ada, Sam here.".into()),
        )
        .await
        .unwrap();
    assert_eq!(
        done.ticket.assignee.as_deref(),
        Some("Sam"),
        "replying takes over"
    );
    let heard = app.captured.wait_for("Hi Ada, Sam here.").await;
    assert!(heard.contains("Sam"), "with the staff name: {heard}");

    // Nobody is looking: the customer's answer raises a triage notice.
    let reply = app.say("ada", "thanks, it still fails").await;
    let texts: Vec<&str> = reply.outgoing.iter().filter_map(|o| o.text()).collect();
    assert_eq!(texts.len(), 1, "the bot stays silent: {texts:?}");
    assert!(texts[0].contains("replied on **RK-"), "{texts:?}");

    // Sam has the page open: the answer goes to the page, no notice.
    let watching = app.bot.watch(ticket.id, "Sam");
    let reply = app.say("ada", "any news?").await;
    assert!(reply.outgoing.is_empty(), "{:?}", reply.outgoing);
    let news: Value = app
        .http
        .get(format!(
            "{}/admin/tickets/{}/news?after=0",
            app.base, ticket.id
        ))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    drop(watching);
    let news_texts: Vec<&str> = news["lines"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|l| l["text"].as_str())
        .collect();
    assert!(news_texts.contains(&"any news?"), "{news_texts:?}");
    assert!(news_texts.contains(&"Hi Ada, Sam here."), "{news_texts:?}");
    let with = news["with"].as_str().unwrap();
    assert!(with.starts_with("Sam — customer waiting"), "{with}");

    // Hand back: the bot resumes.
    app.bot
        .staff_action(ticket.id, "Sam", StaffAction::HandBack)
        .await
        .unwrap();
    let reply = app.press("ada", "rk:done").await;
    assert!(!reply.outgoing.is_empty(), "the bot talks again");
}

#[tokio::test]
async fn every_dashboard_action_writes_exactly_one_audit_entry() {
    let db = TestDb::sqlite().await;
    let app = TestApp::spawn_with(admin_config(&db.url), Default::default()).await;
    let (ticket, _url) = app.link_for("ada").await;
    let id = ticket.id.to_string();
    sign_in(&app, SAM_TOKEN).await;
    let html = page(&app, &format!("/admin/tickets/{id}")).await;
    let csrf = crate::support::app::csrf_of(&html).unwrap();
    let steps = [
        ("take", "ticket.take", ""),
        ("reply", "ticket.reply", "Hello from the dashboard"),
        ("revoke", "link.revoke", ""),
        ("return", "ticket.return", ""),
        ("close", "ticket.close", ""),
    ];
    for (n, (action, audit, text)) in steps.iter().enumerate() {
        let r = app
            .http
            .post(format!("{}/admin/tickets/{id}/{action}", app.base))
            .form(&[("csrf", csrf.as_str()), ("text", text)])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 303, "{action}");
        let log = app.store.audit_log(50).await.unwrap();
        assert_eq!(log.len(), n + 1, "{action} wrote one entry: {log:?}");
        let newest = log.last().unwrap();
        assert_eq!(newest.action, *audit);
        assert_eq!(newest.actor, "staff:sam");
    }
    // A reply without CSRF, or to a closed ticket, changes nothing.
    let r = app
        .http
        .post(format!("{}/admin/tickets/{id}/reply", app.base))
        .form(&[("csrf", csrf.as_str()), ("text", "late")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    assert_eq!(app.store.audit_log(50).await.unwrap().len(), steps.len());
    let said = app.captured.wait_for("Hello from the dashboard").await;
    assert!(said.contains("sam"), "{said}");
}

#[tokio::test]
async fn web_chat_sessions_are_issued_by_the_server_and_never_shown() {
    let db = TestDb::sqlite().await;
    let app = TestApp::spawn_with(admin_config(&db.url), Default::default()).await;

    // A cookie the client made up is no session.
    let invented = "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcde";
    let r = app
        .http
        .post(format!("{}/chat/api/messages", app.base))
        .header("cookie", format!("rekey_chat={invented}"))
        .json(&serde_json::json!({"text": "hi", "client_id": "m1"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401);

    let (client, r) = chat_client(&app, "").await;
    let cookie = r.headers()["set-cookie"].to_str().unwrap().to_owned();
    let session = cookie
        .strip_prefix("rekey_chat=")
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_owned();
    assert!(session.starts_with("v1."), "{session}");
    let greeting = r.text().await.unwrap();
    assert!(greeting.contains("Hi! Tell us what's wrong"), "{greeting}");
    let r = chat_say(
        &app,
        &client,
        "my activecampaign sync stopped, 403 forbidden",
    )
    .await;
    let items: Value = r.json().await.unwrap();
    let first = items["items"][0]["text"].as_str().unwrap();
    assert!(
        first.starts_with("Sorry about that. "),
        "no name, no 'there': {first}"
    );

    let ticket = &app.store.list_tickets(&Default::default()).await.unwrap()[0];
    assert_eq!(ticket.channel, Channel::Web);
    sign_in(&app, SAM_TOKEN).await;
    let shown = [
        page(&app, "/admin").await,
        page(&app, &format!("/admin/tickets/{}", ticket.id)).await,
        page(&app, "/admin/tickets.csv").await,
        format!("{ticket:?}"),
        logs::text(),
    ];
    // The random part of the sealed cookie: the session id itself.
    let payload = session.split('.').nth(1).unwrap();
    let decoded =
        base64::Engine::decode(&base64::engine::general_purpose::URL_SAFE_NO_PAD, payload).unwrap();
    let id: Value = serde_json::from_slice(&decoded).unwrap();
    let id = id["id"].as_str().unwrap();
    for (n, text) in shown.iter().enumerate() {
        assert!(!text.contains(id), "the session id shows in view {n}");
        assert!(
            !text.contains(payload),
            "the session cookie shows in view {n}"
        );
    }
    assert!(shown[1].contains("anonymous web visitor"), "{}", shown[1]);
    assert!(
        shown[0].contains("anonymous web visitor w:"),
        "{}",
        shown[0]
    );

    // A reload shows the conversation from the store, with the open ticket
    // and its current step.
    let h = history(&app, &client).await;
    assert_eq!(h["ticket"]["id"], ticket.id.to_string());
    assert_eq!(h["ticket"]["step"], "step 1 of 3: log into ActiveCampaign");
    let items = h["items"].as_array().unwrap();
    assert_eq!(items[0]["kind"], "me");
    assert_eq!(
        items[0]["text"],
        "my activecampaign sync stopped, 403 forbidden"
    );
    assert!(
        items
            .iter()
            .any(|i| i["text"].as_str().unwrap().contains("Step 1 of 3"))
    );
    assert!(
        items.last().unwrap()["buttons"]
            .as_array()
            .is_some_and(|b| !b.is_empty()),
        "the current step's buttons: {h}"
    );
}

#[tokio::test]
async fn a_reload_during_the_confirming_question_shows_it_with_its_buttons() {
    let db = TestDb::sqlite().await;
    let app = TestApp::spawn(&db.url).await;
    let (client, _) = chat_client(&app, "").await;
    chat_say(
        &app,
        &client,
        "is activecampaign acting weird for anyone else today?",
    )
    .await;
    let h = history(&app, &client).await;
    assert!(h["ticket"].is_null(), "{h}");
    let items = h["items"].as_array().unwrap();
    assert_eq!(items[0]["kind"], "me");
    assert!(
        items[1]["text"]
            .as_str()
            .unwrap()
            .starts_with("Hi — is your **ActiveCampaign** connection"),
        "{h}"
    );
    let labels: Vec<&str> = items[1]["buttons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["label"].as_str().unwrap())
        .collect();
    assert_eq!(labels, ["Yes", "No"]);
}

#[tokio::test]
async fn a_signed_identity_names_the_customer_and_records_the_account() {
    let db = TestDb::sqlite().await;
    let mut config = admin_config(&db.url);
    config.chat_identity_secret = Some(SECRET.into());
    let app = TestApp::spawn_with(config, Default::default()).await;

    let refusals = [
        ("missing", String::new(), "opens from inside CustomerHub"),
        (
            "tampered",
            signed_query("Ada Lovelace", "acct-42", now_secs(), SECRET)
                .replace("acct-42", "acct-1"),
            "is not valid",
        ),
        (
            "wrong secret",
            signed_query("Ada Lovelace", "acct-42", now_secs(), "another-secret"),
            "is not valid",
        ),
        (
            "expired",
            signed_query("Ada Lovelace", "acct-42", now_secs() - 3600, SECRET),
            "is too old",
        ),
    ];
    for (what, query, says) in refusals {
        let (client, r) = chat_client(&app, &query).await;
        assert_eq!(r.status(), 403, "{what}");
        let body = r.text().await.unwrap();
        assert!(
            body.contains("couldn't confirm who you are") && body.contains(says),
            "{what}: {body}"
        );
        let r = chat_say(&app, &client, "hello").await;
        assert_eq!(
            r.status(),
            401,
            "{what}: no chat without a confirmed identity"
        );
    }

    let (client, r) = chat_client(
        &app,
        &signed_query("Ada Lovelace", "acct-42", now_secs(), SECRET),
    )
    .await;
    assert_eq!(r.status(), 303, "valid: a session, then the plain address");
    let r = client
        .get(format!("{}/chat", app.base))
        .send()
        .await
        .unwrap();
    assert!(r.text().await.unwrap().contains("Hi Ada Lovelace!"));
    let items: Value = chat_say(
        &app,
        &client,
        "my activecampaign sync stopped, 403 forbidden",
    )
    .await
    .json()
    .await
    .unwrap();
    assert!(
        items["items"][0]["text"]
            .as_str()
            .unwrap()
            .starts_with("Sorry about that, Ada Lovelace."),
        "{items}"
    );
    let ticket = &app.store.list_tickets(&Default::default()).await.unwrap()[0];
    assert_eq!(ticket.customer_name, "Ada Lovelace");
    assert_eq!(ticket.customer_ref, "user:u-1815");
    assert_eq!(ticket.customer_account.as_deref(), Some("acct-42"));
    sign_in(&app, SAM_TOKEN).await;
    let html = page(&app, &format!("/admin/tickets/{}", ticket.id)).await;
    assert!(
        html.contains("Ada Lovelace") && html.contains("acct-42"),
        "{html}"
    );
    assert!(html.contains("Identity confirmed by CustomerHub"), "{html}");
    let list = page(&app, "/admin").await;
    assert!(list.contains("Ada Lovelace"));

    // A return visit (another device, a new signature) shows the open
    // ticket from the store.
    let (other, _) = chat_client(
        &app,
        &signed_query("Ada Lovelace", "acct-42", now_secs(), SECRET),
    )
    .await;
    let h = history(&app, &other).await;
    assert_eq!(h["ticket"]["id"], ticket.id.to_string(), "{h}");
    assert_eq!(
        h["items"][0]["text"],
        "my activecampaign sync stopped, 403 forbidden"
    );

    // The account follows onto the connector reconnected through the ticket.
    let client_step = |id: &'static str| {
        let client = client.clone();
        let base = app.base.clone();
        async move {
            client
                .post(format!("{base}/chat/api/buttons"))
                .json(&serde_json::json!({ "id": id }))
                .send()
                .await
                .unwrap()
                .json::<Value>()
                .await
                .unwrap()
        }
    };
    client_step("rk:done").await;
    client_step("rk:done").await;
    let linked = client_step("rk:link").await;
    let url = linked["items"]
        .as_array()
        .unwrap()
        .iter()
        .find_map(|i| i["url"].as_str())
        .unwrap()
        .to_owned();
    let csrf = app.open_form(&url).await;
    let key = crate::support::fake_activecampaign::keys::VALID;
    let done = app.submit(&url, &csrf, &app.fake.base_url(), key).await;
    assert!(done.text().await.unwrap().contains("reconnected"));
    let connector = app
        .store
        .connector_of_ticket(ticket.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(connector.customer_account.as_deref(), Some("acct-42"));
}

#[test]
fn sentences_read_naturally_without_a_name() {
    let prompts = Prompts::builtin();
    for id in PromptId::ALL {
        if !id.placeholders().contains(&"customer") || id.name().starts_with("staff_") {
            continue;
        }
        let vars: Vec<(&str, &str)> = id
            .placeholders()
            .iter()
            .map(|&p| (p, if p == "customer" { "" } else { "X" }))
            .collect();
        let text = prompts.render(*id, &vars);
        for bad in [", .", ",.", " ,", "  ", "there", ", —", "— —"] {
            assert!(!text.contains(bad), "{}: {bad:?} in {text:?}", id.name());
        }
        let first = text.chars().next().unwrap();
        assert!(
            !first.is_lowercase() && first != ',',
            "{}: {text:?}",
            id.name()
        );
    }
    let sorry = prompts.render(
        PromptId::ComplaintAck,
        &[("customer", ""), ("ticket_id", "RK-1")],
    );
    assert!(sorry.starts_with("Sorry about that. When"), "{sorry}");
}

/// The store additions on both backends: counting a filtered list, the
/// "nobody has it" order, and the customer account on ticket and connector.
async fn store_counts_orders_and_keeps_the_account(db: &TestDb) {
    use rekey::domain::{Integration, TicketStatus, Timestamp};
    use rekey::store::{NewConnector, NewTicket, Store, TicketFilter, TicketOrder};
    let store = &db.store;
    let new = |who: &str, status: TicketStatus, at: i64| NewTicket {
        channel: Channel::Web,
        customer_ref: format!("w:{who}"),
        customer_name: who.into(),
        place_ref: None,
        integration: Integration::ActiveCampaign,
        status,
        step: "escalated".into(),
        state: "{}".into(),
        exposed: false,
        at: Timestamp(at),
    };
    let taken = store
        .create_ticket(new("taken", TicketStatus::Escalated, 1_000))
        .await
        .unwrap();
    store
        .update_ticket(&rekey::store::Ticket {
            assignee: Some("sam".into()),
            ..taken.clone()
        })
        .await
        .unwrap();
    let waiting = store
        .create_ticket(new("waiting", TicketStatus::Escalated, 2_000))
        .await
        .unwrap();
    store
        .create_ticket(new("bot", TicketStatus::InWalkthrough, 3_000))
        .await
        .unwrap();
    let all = TicketFilter {
        order: TicketOrder::Attention,
        ..Default::default()
    };
    assert_eq!(store.count_tickets(&all).await.unwrap(), 3);
    let escalated = TicketFilter {
        status: Some(TicketStatus::Escalated),
        limit: Some(1),
        ..Default::default()
    };
    assert_eq!(
        store.count_tickets(&escalated).await.unwrap(),
        2,
        "limit aside"
    );
    let order: Vec<String> = store
        .list_tickets(&all)
        .await
        .unwrap()
        .into_iter()
        .map(|t| t.customer_name)
        .collect();
    assert_eq!(order, ["waiting", "taken", "bot"], "nobody-has-it first");

    store
        .set_customer_account(waiting.id, "acct-42")
        .await
        .unwrap();
    let t = store.ticket(waiting.id).await.unwrap().unwrap();
    assert_eq!(t.customer_account.as_deref(), Some("acct-42"));
    let key = rekey::crypto::MasterKey::from_bytes([9; 32]);
    let connector = |fp: &str, ticket, at| NewConnector {
        account: "acme.api-us1.com".into(),
        api_url: "https://acme.api-us1.com".into(),
        key: key.seal("acme.api-us1.com", &format!("k3y-{fp}").into()),
        key_fingerprint: fp.into(),
        verified_user: "ops".into(),
        ticket,
        at: Timestamp(at),
    };
    let first = store
        .put_connector(connector("fp1", Some(waiting.id), 4_000))
        .await
        .unwrap();
    assert_eq!(first.customer_account.as_deref(), Some("acct-42"));
    let again = store
        .put_connector(connector("fp2", None, 5_000))
        .await
        .unwrap();
    assert_eq!(
        again.customer_account.as_deref(),
        Some("acct-42"),
        "a later reconnect without an account keeps it"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn store_additions_work_on_sqlite() {
    let db = TestDb::sqlite().await;
    store_counts_orders_and_keeps_the_account(&db).await;
    db.cleanup().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn store_additions_work_on_postgres() {
    let Some(db) = TestDb::postgres().await else {
        eprintln!("REKEY_TEST_POSTGRES_URL not set: PostgreSQL contract skipped");
        return;
    };
    store_counts_orders_and_keeps_the_account(&db).await;
    db.cleanup().await;
}
