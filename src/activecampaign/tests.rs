//! End-to-end tests of validation and verification against the fake
//! ActiveCampaign (a real HTTP server on loopback).

use std::io;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::fake::{Behaviour, FakeActiveCampaign, keys};
use super::*;

/// Short, so the slow fake (2 s) times out quickly.
const TEST_TIMEOUT: Duration = Duration::from_millis(200);

fn loopback_allow_list() -> AllowList {
    AllowList::parse("127.0.0.1,*.api-us1.com").unwrap()
}

fn test_verifier() -> HttpVerifier {
    HttpVerifier::new(TEST_TIMEOUT, true).unwrap()
}

async fn verify(fake: &FakeActiveCampaign, verifier: &HttpVerifier, key: &str) -> VerifyOutcome {
    let url = ApiUrl::parse(&fake.base_url(), &loopback_allow_list(), true).unwrap();
    let (key, _) = ApiKey::parse(key).unwrap();
    verifier.verify(&url, &key).await
}

#[tokio::test]
async fn every_scripted_answer_maps_to_its_outcome() {
    let fake = FakeActiveCampaign::start().await;
    let verifier = test_verifier();
    let ada = AcUser {
        id: "1".into(),
        username: "integration".into(),
        email: "ada@example.com".into(),
        first_name: "Ada".into(),
        last_name: "Lovelace".into(),
    };
    let cases = [
        (
            keys::VALID,
            VerifyOutcome::Verified { user: ada },
            "valid key",
        ),
        (
            keys::RESET,
            VerifyOutcome::KeyRejected { status: 403 },
            "reset key: 403, no body, no content type",
        ),
        (
            "never-issued-key",
            VerifyOutcome::KeyRejected { status: 403 },
            "unknown key",
        ),
        (
            keys::UNAUTHORIZED,
            VerifyOutcome::KeyRejected { status: 401 },
            "401",
        ),
        (
            keys::NO_PERMISSION,
            VerifyOutcome::NoPermission {
                detail: "You do not have permission to access this resource".into(),
            },
            "403 JSON naming a permission",
        ),
        (
            keys::FORBIDDEN_JSON,
            VerifyOutcome::KeyRejected { status: 403 },
            "ambiguous Forbidden JSON",
        ),
        (keys::BILLING, VerifyOutcome::Billing, "402"),
        (
            keys::BUSY,
            VerifyOutcome::Busy {
                retry_after: Some(Duration::from_secs(7)),
            },
            "429 with Retry-After",
        ),
        (
            keys::UNAVAILABLE,
            VerifyOutcome::Unavailable {
                reason: UnavailableReason::ServerError { status: 503 },
            },
            "503",
        ),
        (
            keys::HTML_NOT_FOUND,
            VerifyOutcome::WrongUrl { status: 404 },
            "HTML 404",
        ),
        (
            keys::LEGACY_NOT_AUTHORIZED,
            VerifyOutcome::KeyRejected { status: 200 },
            "legacy v1 text",
        ),
    ];
    for (key, expected, why) in cases {
        assert_eq!(verify(&fake, &verifier, key).await, expected, "{why}");
    }
}

#[tokio::test]
async fn the_request_is_a_get_of_users_me_with_the_token_and_our_user_agent() {
    let fake = FakeActiveCampaign::start().await;
    let url = ApiUrl::parse(
        &format!("{}/api/3/", fake.base_url()),
        &loopback_allow_list(),
        true,
    )
    .unwrap();
    let (key, _) = ApiKey::parse(keys::VALID).unwrap();
    assert!(test_verifier().verify(&url, &key).await.is_verified());

    let requests = fake.requests();
    assert_eq!(requests.len(), 1);
    let request = &requests[0];
    assert_eq!(request.method, "GET");
    assert_eq!(request.path, "/api/3/users/me");
    assert_eq!(request.query, None, "the key never travels in the query");
    assert!(request.has_api_token);
    let expected_agent = format!("rekey/{}", env!("CARGO_PKG_VERSION"));
    assert_eq!(request.user_agent.as_deref(), Some(expected_agent.as_str()));
}

#[tokio::test]
async fn a_slow_server_times_out_as_unavailable() {
    let fake = FakeActiveCampaign::start().await;
    let started = Instant::now();
    let outcome = verify(&fake, &test_verifier(), keys::SLOW).await;
    assert_eq!(
        outcome,
        VerifyOutcome::Unavailable {
            reason: UnavailableReason::Timeout
        }
    );
    assert!(
        started.elapsed() < Duration::from_millis(1500),
        "took {:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn a_refused_connection_is_unavailable() {
    // Bind then drop a listener to get a port nobody listens on.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    drop(listener);
    let url = ApiUrl::parse(&format!("http://{addr}"), &loopback_allow_list(), true).unwrap();
    let (key, _) = ApiKey::parse(keys::VALID).unwrap();
    let outcome = test_verifier().verify(&url, &key).await;
    assert_eq!(
        outcome,
        VerifyOutcome::Unavailable {
            reason: UnavailableReason::Connect
        }
    );
}

#[tokio::test]
async fn redirects_are_reported_as_wrong_url_and_never_followed() {
    let fake = FakeActiveCampaign::start().await;
    let elsewhere = FakeActiveCampaign::start().await;
    fake.script(
        keys::VALID,
        Behaviour::Redirect(format!("{}/api/3/users/me", elsewhere.base_url())),
    );

    let outcome = verify(&fake, &test_verifier(), keys::VALID).await;

    assert_eq!(outcome, VerifyOutcome::WrongUrl { status: 302 });
    assert_eq!(fake.requests().len(), 1);
    assert!(
        elsewhere.requests().is_empty(),
        "the redirect target got {:?}",
        elsewhere.requests()
    );
}

#[tokio::test]
async fn an_endless_body_is_cut_at_the_size_cap_instead_of_timing_out() {
    let fake = FakeActiveCampaign::start().await;
    // Long enough that only the cap, not the timeout, can end the read.
    let verifier = HttpVerifier::new(Duration::from_secs(5), true).unwrap();
    let started = Instant::now();
    let outcome = verify(&fake, &verifier, keys::ENDLESS_BODY).await;
    assert_eq!(outcome, VerifyOutcome::WrongUrl { status: 200 });
    assert!(
        started.elapsed() < Duration::from_secs(4),
        "took {:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn unsafe_urls_are_refused_before_any_request_is_made() {
    let fake = FakeActiveCampaign::start().await;
    let port = fake.addr().port();
    // Everything the fake could be reached as is listed, so each refusal below
    // comes from the rule named, not from the list.
    let allow = AllowList::parse("127.0.0.1,localhost,*.api-us1.com").unwrap();
    let cases = [
        (
            format!("http://127.0.0.1:{port}"),
            false,
            UrlRejection::NotHttps,
            "plain http without the test flag",
        ),
        (
            format!("https://127.0.0.1:{port}"),
            false,
            UrlRejection::IpAddress,
            "IP literal",
        ),
        (
            format!("https://2130706433:{port}"),
            false,
            UrlRejection::IpAddress,
            "integer IP literal",
        ),
        (
            format!("https://0x7f.1:{port}"),
            false,
            UrlRejection::IpAddress,
            "hex IP literal",
        ),
        (
            format!("https://localhost:{port}"),
            false,
            UrlRejection::Localhost,
            "localhost",
        ),
        (
            format!("https://user:pw@127.0.0.1:{port}"),
            false,
            UrlRejection::UserInfo,
            "user-info",
        ),
        (
            "https://evil.com".to_owned(),
            false,
            UrlRejection::HostNotAllowed,
            "other host",
        ),
        (
            format!("https://acme.api-us1.com:{port}"),
            false,
            UrlRejection::Port,
            "port",
        ),
        (
            format!("http://127.0.0.2:{port}"),
            true,
            UrlRejection::HostNotAllowed,
            "unlisted IP in test mode",
        ),
        (
            format!("http://localhost:{port}"),
            true,
            UrlRejection::Localhost,
            "localhost in test mode",
        ),
        (
            format!("http://u@127.0.0.1:{port}"),
            true,
            UrlRejection::UserInfo,
            "user-info in test mode",
        ),
    ];
    let verifier = test_verifier();
    let (key, _) = ApiKey::parse(keys::VALID).unwrap();
    for (input, allow_http, expected, why) in cases {
        match ApiUrl::parse(&input, &allow, allow_http) {
            Err(rejection) => assert_eq!(rejection, expected, "{input}: {why}"),
            Ok(url) => {
                verifier.verify(&url, &key).await;
                panic!("{input} ({why}) was accepted");
            }
        }
    }
    assert!(
        fake.requests().is_empty(),
        "requests made: {:?}",
        fake.requests()
    );
}

#[tokio::test]
async fn a_production_verifier_never_calls_plain_http_even_if_handed_such_a_url() {
    let fake = FakeActiveCampaign::start().await;
    let url = ApiUrl::parse(&fake.base_url(), &loopback_allow_list(), true).unwrap();
    let (key, _) = ApiKey::parse(keys::VALID).unwrap();
    let production = HttpVerifier::new(TEST_TIMEOUT, false).unwrap();
    let outcome = production.verify(&url, &key).await;
    assert_eq!(outcome.class().as_str(), "unavailable", "{outcome:?}");
    assert!(
        fake.requests().is_empty(),
        "requests made: {:?}",
        fake.requests()
    );
}

/// Captures everything logged on this thread.
#[derive(Clone, Default)]
struct LogBuffer(Arc<Mutex<Vec<u8>>>);

impl io::Write for LogBuffer {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl LogBuffer {
    fn capture(&self) -> tracing::subscriber::DefaultGuard {
        let writer = self.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_max_level(tracing::Level::TRACE)
            .with_ansi(false)
            .with_writer(move || writer.clone())
            .finish();
        tracing::subscriber::set_default(subscriber)
    }

    fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap()).into_owned()
    }
}

#[tokio::test]
async fn plain_http_mode_warns_on_every_verification() {
    let logs = LogBuffer::default();
    let _guard = logs.capture();
    let fake = FakeActiveCampaign::start().await;
    let verifier = test_verifier();
    for _ in 0..3 {
        verify(&fake, &verifier, keys::VALID).await;
    }
    let text = logs.text();
    // One at construction (start-up), then one per verification.
    assert_eq!(text.matches("WARN").count(), 4, "{text}");
    assert_eq!(
        text.matches("REKEY_AC_ALLOW_HTTP is on").count(),
        4,
        "{text}"
    );
}

#[tokio::test]
async fn the_key_never_appears_in_debug_output_errors_outcomes_or_logs() {
    const CANARY: &str = "canary-0123456789abcdef-canary-0123456789abcdef";
    let logs = LogBuffer::default();
    let _guard = logs.capture();
    let mut seen = Vec::<String>::new();

    // The key itself and its header value.
    let (key, warning) = ApiKey::parse(CANARY).unwrap();
    seen.push(format!("{key:?} {warning:?}"));
    if let Some(w) = warning {
        seen.push(w.to_string());
    }
    seen.push(format!("{:?}", key.header_value()));

    // Rejections of a canary pasted in the wrong field or with copy errors.
    for input in [
        format!("{CANARY} x"),
        format!("{CANARY}\u{200b}"),
        format!("https://{CANARY}"),
    ] {
        let rejection = ApiKey::parse(&input).unwrap_err();
        seen.push(format!("{rejection} {rejection:?}"));
    }
    let url_rejection = ApiUrl::parse(CANARY, &AllowList::default(), false).unwrap_err();
    seen.push(format!("{url_rejection} {url_rejection:?}"));

    // Every outcome, verified with the canary key.
    let fake = FakeActiveCampaign::start().await;
    let verifier = test_verifier();
    seen.push(format!("{verifier:?}"));
    let url = ApiUrl::parse(&fake.base_url(), &loopback_allow_list(), true).unwrap();
    let behaviours = [
        Behaviour::Valid,
        Behaviour::ResetKey,
        Behaviour::Unauthorized,
        Behaviour::NoPermission,
        Behaviour::ForbiddenJson,
        Behaviour::Billing,
        Behaviour::Busy {
            retry_after: "3".into(),
        },
        Behaviour::Unavailable,
        Behaviour::Slow(Duration::from_secs(2)),
        Behaviour::Redirect("http://127.0.0.1:9/login".into()),
        Behaviour::HtmlNotFound,
        Behaviour::LegacyNotAuthorized,
    ];
    for behaviour in behaviours {
        fake.script(CANARY, behaviour);
        let outcome = verifier.verify(&url, &key).await;
        seen.push(format!("{outcome:?} {}", outcome.class()));
    }
    assert!(fake.requests().iter().all(|r| r.has_api_token));

    // A refused connection, through our verifier and through reqwest directly,
    // since reqwest's own errors are what could leak a header.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let dead = listener.local_addr().unwrap();
    drop(listener);
    let dead_url = ApiUrl::parse(&format!("http://{dead}"), &loopback_allow_list(), true).unwrap();
    seen.push(format!("{:?}", verifier.verify(&dead_url, &key).await));
    let error = reqwest::Client::new()
        .get(dead_url.users_me())
        .header("Api-Token", key.header_value())
        .send()
        .await
        .unwrap_err();
    seen.push(format!("{error} {error:?}"));

    let logs = logs.text();
    assert!(
        logs.contains("activecampaign key verification finished"),
        "logs were not captured: {logs}"
    );
    seen.push(logs);
    for text in &seen {
        assert!(!text.contains("canary"), "the key leaked into: {text}");
    }
}
