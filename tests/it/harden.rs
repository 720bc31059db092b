//! What the red-team pass found, each kept fixed: client addresses behind a
//! trusted proxy, web chat flood limits, attempts reserved before the call
//! and not used up by ActiveCampaign outages, headers, the metrics token,
//! the connector API's bearer parsing, revoking links of no ticket.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use rekey::activecampaign::{ApiKey, ApiUrl, UnavailableReason, Verifier, VerifyOutcome};
use rekey::app::{App, Overrides};
use rekey::bot::Customer;
use rekey::config::Config;
use rekey::domain::Channel;
use rekey::reconnect::Submitted;
use rekey::store::TicketFilter;
use rekey::web::ChatLimits;
use secrecy::SecretString;

use crate::support::app::{config_for, http_client, link_through};
use crate::support::{TestApp, TestDb};

/// A verifier that counts its calls, takes a moment (so concurrent
/// submissions overlap) and always answers `outcome`.
struct Counting {
    calls: AtomicUsize,
    outcome: fn() -> VerifyOutcome,
}

#[async_trait::async_trait]
impl Verifier for Counting {
    async fn verify(&self, _url: &ApiUrl, _key: &ApiKey) -> VerifyOutcome {
        self.calls.fetch_add(1, Ordering::SeqCst);
        tokio::time::sleep(Duration::from_millis(100)).await;
        (self.outcome)()
    }
}

fn counting(outcome: fn() -> VerifyOutcome) -> Arc<Counting> {
    Arc::new(Counting {
        calls: AtomicUsize::new(0),
        outcome,
    })
}

fn rejected() -> VerifyOutcome {
    VerifyOutcome::KeyRejected { status: 403 }
}

fn busy() -> VerifyOutcome {
    VerifyOutcome::Busy { retry_after: None }
}

fn down() -> VerifyOutcome {
    VerifyOutcome::Unavailable {
        reason: UnavailableReason::Timeout,
    }
}

/// A built (not serving) app and the token of a fresh secure link.
async fn app_with_link(db: &TestDb, verifier: Arc<dyn Verifier>) -> (App, String) {
    let app = App::build_with(
        config_for(&db.url),
        Overrides {
            verifier: Some(verifier),
            ..Overrides::default()
        },
    )
    .await
    .unwrap();
    let customer = Customer {
        channel: Channel::Shell,
        customer_ref: "shell:eve".into(),
        name: "eve".into(),
    };
    let (_ticket, url) = link_through(&app.bot(), customer).await;
    let token = url.rsplit('/').next().unwrap().to_owned();
    (app, token)
}

async fn submit(app: &App, token: &str) -> Submitted {
    app.state()
        .reconnect
        .submit(
            token,
            "https://acme.api-us1.com",
            SecretString::from("0123456789abcdef".repeat(4) + "01234567"),
        )
        .await
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn twelve_parallel_failing_submissions_call_activecampaign_at_most_max_attempts_times() {
    let db = TestDb::sqlite().await;
    let verifier = counting(rejected);
    let (app, token) = app_with_link(&db, verifier.clone()).await;
    let app = Arc::new(app);
    let tasks: Vec<_> = (0..12)
        .map(|_| {
            let (app, token) = (app.clone(), token.clone());
            tokio::spawn(async move { submit(&app, &token).await })
        })
        .collect();
    let mut outcomes = Vec::new();
    for t in tasks {
        outcomes.push(t.await.unwrap());
    }
    assert_eq!(verifier.calls.load(Ordering::SeqCst), 5, "{outcomes:?}");
    let link = app
        .store()
        .link(&rekey::links::hash(&token))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(link.attempts, 5);
    assert!(
        outcomes.iter().all(|o| matches!(
            o,
            Submitted::Failed { .. } | Submitted::Locked | Submitted::Unusable
        )),
        "{outcomes:?}"
    );
}

#[tokio::test]
async fn activecampaign_busy_or_down_does_not_use_up_an_attempt() {
    for outcome in [busy as fn() -> VerifyOutcome, down] {
        let db = TestDb::sqlite().await;
        let verifier = counting(outcome);
        let (app, token) = app_with_link(&db, verifier.clone()).await;
        for i in 0..8 {
            match submit(&app, &token).await {
                Submitted::Failed { attempts_left, .. } => {
                    assert_eq!(attempts_left, 5, "submission {i}")
                }
                other => panic!("submission {i}: {other:?}"),
            }
        }
        assert_eq!(verifier.calls.load(Ordering::SeqCst), 8);
        let link = app
            .store()
            .link(&rekey::links::hash(&token))
            .await
            .unwrap()
            .unwrap();
        assert_eq!(link.attempts, 0, "no attempt used");
    }
}

#[tokio::test]
async fn outbound_calls_per_link_are_capped_even_when_attempts_are_given_back() {
    let db = TestDb::sqlite().await;
    let verifier = counting(busy);
    let (app, token) = app_with_link(&db, verifier.clone()).await;
    let cap = rekey::reconnect::CALLS_PER_LINK as usize;
    let mut throttled = 0;
    for _ in 0..cap + 5 {
        if let Submitted::Failed { class, .. } = submit(&app, &token).await
            && class == "throttled"
        {
            throttled += 1;
        }
    }
    assert_eq!(verifier.calls.load(Ordering::SeqCst), cap);
    assert_eq!(throttled, 5);
}

/// A config whose reverse proxy is the loopback address the tests use.
fn behind_proxy(db: &TestDb) -> Config {
    let mut config = config_for(&db.url);
    config.trusted_proxies = rekey::client_addr::TrustedProxies::parse("127.0.0.1").unwrap();
    config
}

/// POSTs the form of an unknown link as `client` (via X-Forwarded-For);
/// returns the status.
async fn post_as(app: &TestApp, client: &str, i: usize) -> u16 {
    app.http
        .post(format!("{}/l/unknown-link-{i}", app.base))
        .header("X-Forwarded-For", format!("6.6.6.6, {client}"))
        .form(&[("csrf", "x")])
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

#[tokio::test]
async fn behind_a_trusted_proxy_one_client_cannot_lock_out_another() {
    let db = TestDb::sqlite().await;
    let app = TestApp::spawn_with(behind_proxy(&db), Overrides::default()).await;
    let statuses: Vec<u16> =
        futures_util::future::join_all((0..31).map(|i| post_as(&app, "203.0.113.1", i))).await;
    assert_eq!(
        statuses.iter().filter(|s| **s == 429).count(),
        1,
        "the 31st of one client is limited: {statuses:?}"
    );
    assert_eq!(
        post_as(&app, "203.0.113.2", 99).await,
        404,
        "another client behind the same proxy is not"
    );
}

#[tokio::test]
async fn without_trusted_proxies_forwarded_headers_cannot_dodge_the_limit() {
    let db = TestDb::sqlite().await;
    let app = TestApp::spawn(&db.url).await;
    let mut statuses = Vec::new();
    for i in 0..31 {
        statuses.push(post_as(&app, &format!("203.0.113.{i}"), i).await);
    }
    assert_eq!(statuses.last(), Some(&429), "{statuses:?}");
}

/// A web chat tab: its own cookie jar, a session from `GET /chat`.
async fn chat_tab(app: &TestApp) -> reqwest::Client {
    let http = http_client();
    let r = http.get(format!("{}/chat", app.base)).send().await.unwrap();
    assert_eq!(r.status(), 200);
    http
}

async fn chat_say(app: &TestApp, tab: &reqwest::Client, text: &str) -> u16 {
    tab.post(format!("{}/chat/api/messages", app.base))
        .json(&serde_json::json!({ "text": text, "client_id": "c1" }))
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

async fn web_tickets(app: &TestApp) -> usize {
    let filter = TicketFilter {
        channel: Some(Channel::Web),
        ..TicketFilter::default()
    };
    app.store.list_tickets(&filter).await.unwrap().len()
}

const COMPLAINT: &str = "my activecampaign sync stopped working, it says 403";

/// A running app whose web chat has these limits (see [`ChatLimits::new`]).
async fn chat_app(db: &TestDb, limits: ChatLimits) -> TestApp {
    let overrides = Overrides {
        chat_limits: Some(Arc::new(limits)),
        ..Overrides::default()
    };
    TestApp::spawn_with(config_for(&db.url), overrides).await
}

#[tokio::test]
async fn a_web_chat_flood_from_one_address_opens_a_bounded_number_of_tickets() {
    let db = TestDb::sqlite().await;
    let app = chat_app(&db, ChatLimits::new(5, 30, 1, 3)).await;
    let mut statuses = Vec::new();
    for _ in 0..10 {
        let tab = chat_tab(&app).await;
        statuses.push(chat_say(&app, &tab, COMPLAINT).await);
    }
    assert_eq!(web_tickets(&app).await, 3, "{statuses:?}");
    assert_eq!(
        statuses.iter().filter(|s| **s == 429).count(),
        7,
        "{statuses:?}"
    );

    let tab = chat_tab(&app).await;
    let said: Vec<u16> = futures_util::future::join_all(
        (0..7).map(|i| chat_say(&app, &tab, if i == 0 { "hello" } else { "thanks" })),
    )
    .await;
    assert_eq!(
        said.iter().filter(|s| **s == 429).count(),
        2,
        "5 messages a minute per session: {said:?}"
    );
    assert!(said.iter().all(|s| [200, 429].contains(s)), "{said:?}");
}

#[tokio::test]
async fn messages_in_an_open_ticket_do_not_count_as_new_tickets() {
    let db = TestDb::sqlite().await;
    let app = chat_app(&db, ChatLimits::new(20, 60, 1, 1)).await;
    let tab = chat_tab(&app).await;
    for _ in 0..3 {
        assert_eq!(chat_say(&app, &tab, COMPLAINT).await, 200);
    }
    assert_eq!(web_tickets(&app).await, 1);
}

#[tokio::test]
async fn https_public_urls_get_hsts_and_http_ones_do_not() {
    let db = TestDb::sqlite().await;
    let hsts = |public_url: Option<&str>| {
        let mut config = config_for(&db.url);
        config.public_url = public_url.map(str::to_owned);
        async move {
            let app = TestApp::spawn_with(config, Overrides::default()).await;
            let r = app
                .http
                .get(format!("{}/healthz", app.local))
                .send()
                .await
                .unwrap();
            r.headers()
                .get("strict-transport-security")
                .map(|v| v.to_str().unwrap().to_owned())
        }
    };
    assert_eq!(hsts(None).await, None);
    assert_eq!(hsts(Some("http://rekey.example.com")).await, None);
    assert_eq!(
        hsts(Some("https://rekey.example.com")).await.as_deref(),
        Some("max-age=31536000")
    );
}

#[tokio::test]
async fn the_metrics_token_protects_metrics() {
    let db = TestDb::sqlite().await;
    let mut config = config_for(&db.url);
    config.metrics_token = Some(SecretString::from("metrics-token-0123456789"));
    let app = TestApp::spawn_with(config, Overrides::default()).await;
    let get = |auth: Option<&'static str>| {
        let mut r = app.http.get(format!("{}/metrics", app.base));
        if let Some(a) = auth {
            r = r.header("Authorization", a);
        }
        async move { r.send().await.unwrap().status().as_u16() }
    };
    assert_eq!(get(None).await, 401);
    assert_eq!(get(Some("Bearer wrong-token-0123456789")).await, 401);
    assert_eq!(get(Some("Bearer metrics-token-012345678")).await, 401);
    assert_eq!(get(Some("bearer metrics-token-0123456789")).await, 200);
}

#[tokio::test]
async fn the_connector_api_accepts_the_bearer_scheme_in_any_case() {
    let db = TestDb::sqlite().await;
    let mut config = config_for(&db.url);
    config.api_token = Some(SecretString::from("api-token-0123456789abcdef"));
    let app = TestApp::spawn_with(config, Overrides::default()).await;
    let status = |auth: &'static str| {
        let r = app
            .http
            .get(format!("{}/api/v1/connectors/nobody.api-us1.com", app.base))
            .header("Authorization", auth);
        async move { r.send().await.unwrap().status().as_u16() }
    };
    for scheme in ["Bearer", "bearer", "BEARER", "BeArEr"] {
        let auth: &'static str =
            Box::leak(format!("{scheme} api-token-0123456789abcdef").into_boxed_str());
        assert_eq!(
            status(auth).await,
            404,
            "{scheme}: authorised, no connector"
        );
    }
    for wrong in [
        "Basic api-token-0123456789abcdef",
        "Bearer api-token-0123456789abcde",
        "Bearer",
        "api-token-0123456789abcdef",
    ] {
        assert_eq!(status(wrong).await, 401, "{wrong}");
    }
}

#[tokio::test]
async fn revoking_links_of_a_ticket_that_does_not_exist_is_a_404_and_audits_nothing() {
    let db = TestDb::sqlite().await;
    let app = crate::admin::spawn_admin(&db).await;
    let r = crate::admin::sign_in(&app, crate::admin::SAM_TOKEN).await;
    assert_eq!(r.status(), 303, "signed in");
    let page = crate::admin::text(&app, "/admin").await;
    let csrf = crate::support::app::csrf_of(&page).expect("the session's csrf value");
    let r = app
        .http
        .post(format!("{}/admin/tickets/RK-9999/revoke", app.base))
        .form(&[("csrf", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 404);
    let audits = app.store.audit_log(100).await.unwrap();
    assert!(
        audits.iter().all(|a| a.action != "link.revoke"),
        "{audits:?}"
    );
}

#[tokio::test]
async fn stored_fingerprints_are_keyed_and_old_ones_are_brought_to_the_keyed_form() {
    use rekey::crypto::MasterKey;
    use rekey::fingerprint::FingerprintKey;
    let db = TestDb::sqlite().await;
    let config = config_for(&db.url);
    let master = MasterKey::from_bytes([7; 32]);
    let secret = "0123456789abcdef".repeat(4) + "cafe4567";
    // A connector written before fingerprints were keyed.
    {
        let store = rekey::app::open_store(&config).await.unwrap();
        let unkeyed = FingerprintKey::default().fingerprint(&secret);
        rekey::store::Store::put_connector(
            store.as_ref(),
            rekey::store::NewConnector {
                account: "acme.api-us1.com".into(),
                api_url: "https://acme.api-us1.com".into(),
                key: master.seal("acme.api-us1.com", &SecretString::from(secret.clone())),
                key_fingerprint: unkeyed,
                verified_user: "Ada".into(),
                ticket: None,
                at: rekey::domain::Timestamp(0),
            },
        )
        .await
        .unwrap();
    }
    let app = App::build(config).await.unwrap();
    let keyed = FingerprintKey::derive(&master).fingerprint(&secret);
    assert_ne!(keyed, FingerprintKey::default().fingerprint(&secret));
    let stored = app
        .store()
        .connector("acme.api-us1.com")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.key_fingerprint, keyed, "refreshed at start-up");
    // The chat side names a pasted key the same way the connector does.
    let pasted = app.bot().detect(&format!("here is my key {secret}"));
    assert_eq!(
        pasted.secrets.first().map(|s| s.fingerprint.as_str()),
        Some(keyed.as_str())
    );
}
