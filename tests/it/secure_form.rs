//! The secure form end to end: a real app, a fake ActiveCampaign on
//! loopback, the conversation reading the outcome.

use std::sync::Arc;

use rekey::domain::TicketStatus;

use crate::support::fake_activecampaign::keys;
use crate::support::{TestApp, TestDb, logs};

#[tokio::test]
async fn a_customer_goes_from_complaint_to_a_verified_reconnect() {
    let db = TestDb::sqlite().await;
    let app = TestApp::spawn(&db.url).await;
    let (ticket, url) = app.link_for("ada").await;
    assert!(url.starts_with(&format!("{}/l/", app.base)), "{url}");

    let response = app.http.get(&url).send().await.unwrap();
    assert_eq!(response.status(), 200);
    let h = response.headers().clone();
    assert_eq!(h["cache-control"], "no-store");
    assert_eq!(h["referrer-policy"], "no-referrer");
    assert_eq!(h["x-frame-options"], "DENY");
    assert_eq!(h["x-content-type-options"], "nosniff");
    assert!(h["x-robots-tag"].to_str().unwrap().contains("noindex"));
    let csp = h["content-security-policy"].to_str().unwrap();
    assert!(
        csp.contains("default-src 'none'") && csp.contains("frame-ancestors 'none'"),
        "{csp}"
    );
    let cookie = h["set-cookie"].to_str().unwrap();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"),
        "{cookie}"
    );
    let page = response.text().await.unwrap();
    let id = ticket.id.to_string();
    for needle in [
        id.as_str(),
        "name=\"api_url\"",
        "name=\"api_key\"",
        "type=\"password\"",
        "not in chat",
    ] {
        assert!(page.contains(needle), "form lacks {needle}");
    }
    let csrf = crate::support::app::csrf_of(&page).unwrap();

    let response = app
        .submit(
            &url,
            &csrf,
            &format!("{}/api/3/", app.fake.base_url()),
            keys::VALID,
        )
        .await;
    assert_eq!(response.status(), 200);
    let done = response.text().await.unwrap();
    assert!(done.contains("reconnected"), "{done}");
    assert!(done.contains("Ada Lovelace"), "{done}");

    let said = app.captured.wait_for("reconnected").await;
    assert!(
        said.contains("Ada Lovelace") && said.contains("...4567"),
        "{said}"
    );
    let t = app.store.ticket(ticket.id).await.unwrap().unwrap();
    assert_eq!(t.status, TicketStatus::Reconnected);
    let connector = app.store.connector("127.0.0.1").await.unwrap().unwrap();
    assert!(connector.key_fingerprint.ends_with("...4567"));
    let kinds: Vec<String> = app
        .store
        .timeline(ticket.id)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.kind)
        .collect();
    for kind in ["link.issued", "link_opened", "connector.reconnected"] {
        assert!(
            kinds.iter().any(|k| k == kind),
            "timeline lacks {kind}: {kinds:?}"
        );
    }
    assert_eq!(app.fake.requests().len(), 1, "one verification call");

    // The link worked once.
    let again = app.http.get(&url).send().await.unwrap();
    assert_eq!(again.status(), 404);
}

#[tokio::test]
async fn failed_verifications_explain_keep_the_link_and_lock_it_after_max_attempts() {
    let db = TestDb::sqlite().await;
    let app = TestApp::spawn(&db.url).await;
    let (ticket, url) = app.link_for("bo").await;
    let base = app.fake.base_url();
    let cases = [
        (keys::RESET, "accept that key"),
        (keys::NO_PERMISSION, "permission"),
        (keys::BILLING, "billing"),
        (keys::BUSY, "7 seconds"),
    ];
    for (key, expected) in cases {
        let csrf = app.open_form(&url).await;
        let page = app
            .submit(&url, &csrf, &base, key)
            .await
            .text()
            .await
            .unwrap();
        assert!(
            page.to_lowercase().contains(&expected.to_lowercase()),
            "{key}: {page}"
        );
        assert!(
            page.contains("name=\"api_key\""),
            "{key}: the form is shown again"
        );
    }
    let t = app.store.ticket(ticket.id).await.unwrap().unwrap();
    assert_eq!(t.error_class.as_deref(), Some("busy"));
    // ActiveCampaign busy or down is not the customer's attempt.
    let csrf = app.open_form(&url).await;
    let page = app.submit(&url, &csrf, &base, keys::UNAVAILABLE).await;
    assert_eq!(page.status(), 200);
    assert!(page.text().await.unwrap().contains("try 2 more times"));
    let csrf = app.open_form(&url).await;
    assert_eq!(
        app.submit(&url, &csrf, &base, keys::RESET).await.status(),
        200
    );
    let csrf = app.open_form(&url).await;
    let response = app.submit(&url, &csrf, &base, keys::UNAUTHORIZED).await;
    assert_eq!(response.status(), 403, "the fifth failure locks the link");
    assert!(response.text().await.unwrap().contains("Too many attempts"));
    let locked = app.http.get(&url).send().await.unwrap();
    assert_eq!(
        locked.status(),
        404,
        "a locked link shows the unusable page"
    );
    app.captured.wait_for("new link").await;
}

#[tokio::test]
async fn bad_urls_are_refused_without_any_outbound_request() {
    let db = TestDb::sqlite().await;
    let app = TestApp::spawn(&db.url).await;
    let (_ticket, url) = app.link_for("cy").await;
    let port = app.fake.addr().port();
    let cases = [
        "ftp://acme.api-us1.com".to_owned(),
        "https://evil.example.com".to_owned(),
        "https://localhost".to_owned(),
        format!("http://user:pw@127.0.0.1:{port}"),
        format!("http://127.0.0.1:{port}/admin"),
        format!("http://127.0.0.1:{port}/?x=1"),
        "https://acme.api-us1.com:8443".to_owned(),
        "".to_owned(),
    ];
    for api_url in &cases {
        let csrf = app.open_form(&url).await;
        let response = app.submit(&url, &csrf, api_url, keys::VALID).await;
        assert_eq!(response.status(), 200, "{api_url}");
        let page = response.text().await.unwrap();
        assert!(
            page.contains("role=\"alert\""),
            "{api_url}: an error is shown"
        );
    }
    assert!(
        app.fake.requests().is_empty(),
        "no request reached ActiveCampaign"
    );
}

#[tokio::test]
async fn a_post_without_the_csrf_cookie_value_is_refused() {
    let db = TestDb::sqlite().await;
    let app = TestApp::spawn(&db.url).await;
    let (_ticket, url) = app.link_for("di").await;
    app.open_form(&url).await;
    let page = app
        .submit(&url, "forged", &app.fake.base_url(), keys::VALID)
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("open for too long"), "{page}");
    assert!(app.fake.requests().is_empty());
}

#[tokio::test]
async fn unknown_used_expired_and_revoked_links_look_identical() {
    let db = TestDb::sqlite().await;
    let app = TestApp::spawn(&db.url).await;
    let (ticket, used) = app.link_for("ed").await;
    let csrf = app.open_form(&used).await;
    app.submit(&used, &csrf, &app.fake.base_url(), keys::VALID)
        .await;
    let (_t2, revoked) = app.link_for("fi").await;
    let reply = app.press("fi", "rk:link").await; // a newer link revokes the older one
    assert!(
        reply
            .outgoing
            .iter()
            .any(|o| matches!(o, rekey::bot::Outgoing::Link { .. }))
    );
    // A link whose lifetime ran out, stored as the bot stores links.
    let minted = rekey::links::mint();
    let now = rekey::clock::Clock::now(&rekey::clock::SystemClock).millis();
    app.store
        .create_link(rekey::store::NewLink {
            token_hash: minted.hash.clone(),
            ticket: ticket.id,
            customer_ref: ticket.customer_ref.clone(),
            created_at: rekey::domain::Timestamp(now - 900_000),
            expires_at: rekey::domain::Timestamp(now - 1_000),
        })
        .await
        .unwrap();
    let expired = rekey::links::url(&app.base, &minted.token);
    let unknown = format!("{}/l/{}", app.base, "A".repeat(43));
    let malformed = format!("{}/l/nope", app.base);
    let mut bodies = vec![];
    for url in [&used, &revoked, &expired, &unknown, &malformed] {
        let r = app.http.get(url.as_str()).send().await.unwrap();
        assert_eq!(r.status(), 404, "{url}");
        bodies.push(r.text().await.unwrap());
    }
    assert!(bodies.windows(2).all(|w| w[0] == w[1]), "pages differ");
}

#[tokio::test]
async fn a_link_preview_bot_does_not_count_as_opening_the_link() {
    let db = TestDb::sqlite().await;
    let app = TestApp::spawn(&db.url).await;
    let (ticket, url) = app.link_for("gus").await;
    let r = app
        .http
        .get(&url)
        .header("User-Agent", "Mozilla/5.0 (compatible; Discordbot/2.0)")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let link = app
        .store
        .link(&rekey::links::hash(url.rsplit('/').next().unwrap()))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(link.opened_at, None);
    let kinds: Vec<String> = app
        .store
        .timeline(ticket.id)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.kind)
        .collect();
    assert!(!kinds.iter().any(|k| k == "link_opened"), "{kinds:?}");
    app.http.get(&url).send().await.unwrap();
    let link = app
        .store
        .link(&rekey::links::hash(url.rsplit('/').next().unwrap()))
        .await
        .unwrap()
        .unwrap();
    assert!(link.opened_at.is_some());
}

/// Submits the valid key `n` times at once, spread round-robin over
/// `targets` (client with its CSRF cookie, link URL, CSRF value); returns the
/// HTTP statuses.
async fn submit_at_once(
    targets: &[(reqwest::Client, String, String)],
    api_url: &str,
    n: usize,
) -> Vec<u16> {
    let tasks: Vec<_> = (0..n)
        .map(|i| {
            let (http, url, csrf) = targets[i % targets.len()].clone();
            let api_url = api_url.to_owned();
            tokio::spawn(async move {
                let form = [
                    ("csrf", csrf.as_str()),
                    ("api_url", api_url.as_str()),
                    ("api_key", keys::VALID),
                ];
                http.post(&url)
                    .form(&form)
                    .send()
                    .await
                    .unwrap()
                    .status()
                    .as_u16()
            })
        })
        .collect();
    let mut statuses = vec![];
    for t in tasks {
        statuses.push(t.await.unwrap());
    }
    statuses
}

async fn fifty_concurrent_submissions(app: &TestApp) {
    let (ticket, url) = app.link_for("hal").await;
    let csrf = app.open_form(&url).await;
    let target = (app.http.clone(), url, csrf);
    let statuses = submit_at_once(&[target], &app.fake.base_url(), 50).await;
    assert_eq!(
        statuses.iter().filter(|s| **s == 200).count(),
        1,
        "{statuses:?}"
    );
    assert!(
        statuses.iter().all(|s| [200, 404, 429].contains(s)),
        "{statuses:?}"
    );
    let audits = app.store.audit_log(100).await.unwrap();
    assert_eq!(
        audits
            .iter()
            .filter(|a| a.action == "connector.replaced")
            .count(),
        1
    );
    let kinds: Vec<String> = app
        .store
        .timeline(ticket.id)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.kind)
        .collect();
    assert_eq!(
        kinds
            .iter()
            .filter(|k| *k == "connector.reconnected")
            .count(),
        1
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn fifty_concurrent_submissions_reconnect_exactly_once_on_sqlite() {
    let db = TestDb::sqlite().await;
    let app = TestApp::spawn(&db.url).await;
    fifty_concurrent_submissions(&app).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn fifty_concurrent_submissions_reconnect_exactly_once_on_postgres() {
    let Some(db) = TestDb::postgres().await else {
        return;
    };
    let app = TestApp::spawn(&db.url).await;
    fifty_concurrent_submissions(&app).await;
    drop(app);
    db.cleanup().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_instances_sharing_postgres_reconnect_exactly_once() {
    let Some(db) = TestDb::postgres().await else {
        return;
    };
    let a = TestApp::spawn(&db.url).await;
    let b = TestApp::spawn(&db.url).await;
    let (_ticket, url) = a.link_for("ivy").await;
    let url_b = url.replace(&a.base, &b.base);
    let csrf_a = a.open_form(&url).await;
    let csrf_b = b.open_form(&url_b).await;
    let targets = [
        (a.http.clone(), url, csrf_a),
        (b.http.clone(), url_b, csrf_b),
    ];
    let statuses = submit_at_once(&targets, &a.fake.base_url(), 20).await;
    let ok = statuses.iter().filter(|s| **s == 200).count();
    assert_eq!(ok, 1);
    let audits = a.store.audit_log(100).await.unwrap();
    assert_eq!(
        audits
            .iter()
            .filter(|x| x.action == "connector.replaced")
            .count(),
        1
    );
    drop((a, b));
    db.cleanup().await;
}

#[tokio::test]
async fn a_canary_key_never_appears_in_logs_pages_messages_or_the_database() {
    let db = TestDb::sqlite().await;
    let app = TestApp::spawn(&db.url).await;
    let canary = "c4a4a7c4a4a7c4a4a7c4a4a7c4a4a7c4a4a7c4a4a7c4a4a7c4a4a7c4a4a7c4a4a7c4a4a7";
    app.fake.script(
        canary,
        crate::support::fake_activecampaign::Behaviour::Valid,
    );
    let (ticket, url) = app.link_for("jo").await;
    // First a failing submission that echoes nothing, then the real one.
    let csrf = app.open_form(&url).await;
    let failed = app
        .submit(&url, &csrf, "https://evil.example.com", canary)
        .await
        .text()
        .await
        .unwrap();
    let csrf = app.open_form(&url).await;
    let done = app
        .submit(&url, &csrf, &app.fake.base_url(), canary)
        .await
        .text()
        .await
        .unwrap();
    assert!(done.contains("reconnected"));
    app.captured.wait_for("reconnected").await;
    let mut haystacks = vec![
        ("form error page", failed),
        ("success page", done),
        ("logs", logs::text()),
    ];
    haystacks.push(("conversation", app.captured.texts().join("\n")));
    let timeline: Vec<String> = app
        .store
        .timeline(ticket.id)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.detail)
        .collect();
    haystacks.push(("timeline", timeline.join("\n")));
    for (what, text) in &haystacks {
        assert!(
            !text.contains(canary),
            "the canary key leaked into the {what}"
        );
        assert!(
            !text.contains(&canary[..24]),
            "part of the canary key leaked into the {what}"
        );
    }
    drop(app);
    db.assert_files_never_hold(&canary.as_bytes()[..24], "canary")
        .await;
}

#[tokio::test]
async fn a_restart_mid_walkthrough_resumes_where_the_customer_was() {
    let db = TestDb::sqlite().await;
    let first = TestApp::spawn(&db.url).await;
    let reply = first
        .say(
            "kim",
            "activecampaign integration disconnected again, auth failed",
        )
        .await;
    let ticket = reply.ticket.unwrap();
    first.press("kim", "rk:done").await; // now on step 2
    drop(first);
    let second = TestApp::spawn(&db.url).await;
    let reply = second.press("kim", "rk:done").await;
    assert_eq!(reply.ticket.as_ref().unwrap().id, ticket.id);
    let text = reply
        .outgoing
        .iter()
        .filter_map(|o| o.text())
        .collect::<Vec<_>>()
        .join("\n");
    assert!(text.contains("Step 3 of 3"), "{text}");
}

#[tokio::test]
async fn the_connector_api_needs_its_token_and_audits_credential_reads() {
    let db = TestDb::sqlite().await;
    let mut config = crate::support::app::config_for(&db.url);
    config.api_token = Some(secrecy::SecretString::from(
        "t0ken-t0ken-t0ken-t0ken".to_owned(),
    ));
    let app = TestApp::spawn_with(config, Default::default()).await;
    let (_ticket, url) = app.link_for("lu").await;
    let csrf = app.open_form(&url).await;
    app.submit(&url, &csrf, &app.fake.base_url(), keys::VALID)
        .await;
    let base = format!("{}/api/v1/connectors/127.0.0.1", app.base);
    let cases = [
        (None, 401),
        (Some("Bearer nope"), 401),
        (Some("t0ken-t0ken-t0ken-t0ken"), 401),
    ];
    for (auth, status) in cases {
        let mut req = app.http.get(&base);
        if let Some(a) = auth {
            req = req.header("Authorization", a);
        }
        assert_eq!(req.send().await.unwrap().status(), status, "{auth:?}");
    }
    let auth = "Bearer t0ken-t0ken-t0ken-t0ken";
    let summary: serde_json::Value = app
        .http
        .get(&base)
        .header("Authorization", auth)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(
        summary["fingerprint"]
            .as_str()
            .unwrap()
            .ends_with("...4567")
    );
    assert!(
        !summary.to_string().contains(keys::VALID),
        "the summary never has the key"
    );
    let creds: serde_json::Value = app
        .http
        .get(format!("{base}/credentials"))
        .header("Authorization", auth)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(creds["api_key"], keys::VALID);
    let audits = app.store.audit_log(10).await.unwrap();
    assert!(
        audits
            .iter()
            .any(|a| a.action == "connector.credentials_read")
    );
}

#[tokio::test]
async fn without_a_token_the_connector_api_is_off() {
    let db = TestDb::sqlite().await;
    let app = TestApp::spawn(&db.url).await;
    let r = app
        .http
        .get(format!("{}/api/v1/connectors/x/credentials", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 404);
}

#[tokio::test]
async fn a_reconnect_posts_a_signed_webhook_without_the_key() {
    use axum::body::Bytes;
    use axum::http::HeaderMap;
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel::<(HeaderMap, Bytes)>();
    let receiver = axum::Router::new().route(
        "/hook",
        axum::routing::post(move |headers: HeaderMap, body: Bytes| {
            let tx = tx.clone();
            async move {
                let _ = tx.send((headers, body));
                "ok"
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let hook = format!("http://{}/hook", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, receiver).await });

    let db = TestDb::sqlite().await;
    let mut config = crate::support::app::config_for(&db.url);
    config.webhook = Some(rekey::config::WebhookSettings {
        url: hook.parse().unwrap(),
        secret: secrecy::SecretString::from("hook-secret".to_owned()),
    });
    let app = TestApp::spawn_with(config, Default::default()).await;
    let (ticket, url) = app.link_for("mo").await;
    let csrf = app.open_form(&url).await;
    app.submit(&url, &csrf, &app.fake.base_url(), keys::VALID)
        .await;
    let (headers, body) = tokio::time::timeout(std::time::Duration::from_secs(10), rx.recv())
        .await
        .unwrap()
        .unwrap();
    let signature = headers[rekey::webhook::SIGNATURE_HEADER].to_str().unwrap();
    assert!(
        rekey::webhook::verify_signature(b"hook-secret", &body, signature),
        "{signature}"
    );
    let event: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(event["event"], "connector.reconnected");
    assert_eq!(event["ticket_id"], ticket.id.to_string());
    assert_eq!(event["account"], "127.0.0.1");
    assert!(event["fingerprint"].as_str().unwrap().ends_with("...4567"));
    let text = String::from_utf8_lossy(&body);
    assert!(
        !text.contains(keys::VALID) && !text.contains(&keys::VALID[..20]),
        "the key is in the webhook body"
    );
}

#[tokio::test]
async fn oversized_bodies_and_floods_are_refused() {
    let db = TestDb::sqlite().await;
    let app = TestApp::spawn(&db.url).await;
    let (_ticket, url) = app.link_for("ned").await;
    let csrf = app.open_form(&url).await;
    let huge = "k".repeat(100 * 1024);
    let r = app.submit(&url, &csrf, &app.fake.base_url(), &huge).await;
    assert_eq!(r.status(), 413, "a 100 KiB body is refused");
    let mut limited = false;
    for _ in 0..40 {
        let r = app.submit(&url, &csrf, "not a url", "k").await;
        if r.status() == 429 {
            limited = true;
            break;
        }
    }
    assert!(limited, "submissions per link are rate-limited");
    assert!(app.fake.requests().is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failed_webhook_is_retried_from_the_database_even_after_a_restart() {
    use axum::body::Bytes;
    use axum::http::{HeaderMap, StatusCode};
    use rekey::clock::ManualClock;
    use std::sync::atomic::{AtomicUsize, Ordering};
    let calls = Arc::new(AtomicUsize::new(0));
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel::<(HeaderMap, Bytes)>();
    let seen = calls.clone();
    let receiver = axum::Router::new().route(
        "/hook",
        axum::routing::post(move |headers: HeaderMap, body: Bytes| {
            let tx = tx.clone();
            let n = seen.fetch_add(1, Ordering::SeqCst);
            async move {
                let _ = tx.send((headers, body));
                // The first delivery meets a receiver that is down.
                if n == 0 {
                    StatusCode::SERVICE_UNAVAILABLE
                } else {
                    StatusCode::OK
                }
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let hook = format!("http://{}/hook", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, receiver).await });
    let config = |db: &str| {
        let mut c = crate::support::app::config_for(db);
        c.webhook = Some(rekey::config::WebhookSettings {
            url: hook.parse().unwrap(),
            secret: secrecy::SecretString::from("hook-secret".to_owned()),
        });
        // The first instance may go away mid-attempt; its claim then lapses.
        c.conversation.job_lease = std::time::Duration::from_millis(300);
        c
    };
    let db = TestDb::sqlite().await;
    let start = rekey::clock::Clock::now(&rekey::clock::SystemClock);
    let clock = ManualClock::starting_at(start);
    let first = TestApp::spawn_with(
        config(&db.url),
        rekey::app::Overrides {
            clock: Some(Arc::new(clock.clone())),
            ..Default::default()
        },
    )
    .await;
    let (_ticket, url) = first.link_for("oz").await;
    let csrf = first.open_form(&url).await;
    first
        .submit(&url, &csrf, &first.fake.base_url(), keys::VALID)
        .await;
    let wait = std::time::Duration::from_secs(10);
    let (_, body1) = tokio::time::timeout(wait, rx.recv())
        .await
        .unwrap()
        .unwrap();
    drop(first); // the instance goes away with the delivery unfinished

    // A new instance, a little later: its worker finds the due retry.
    let later = ManualClock::starting_at(start.plus(std::time::Duration::from_secs(5)));
    let _second = TestApp::spawn_with(
        config(&db.url),
        rekey::app::Overrides {
            clock: Some(Arc::new(later)),
            ..Default::default()
        },
    )
    .await;
    let Ok(Some((headers, body2))) = tokio::time::timeout(wait, rx.recv()).await else {
        let logs = logs::text();
        let lines: Vec<&str> = logs
            .lines()
            .filter(|l| l.contains("webhook") || l.contains("job"))
            .collect();
        panic!("no retry; logs:\n{}", lines.join("\n"));
    };
    assert_eq!(body1, body2, "the retry carries the same event");
    let signature = headers[rekey::webhook::SIGNATURE_HEADER].to_str().unwrap();
    assert!(rekey::webhook::verify_signature(
        b"hook-secret",
        &body2,
        signature
    ));
    assert_eq!(
        calls.load(Ordering::SeqCst),
        2,
        "delivered once after one failure"
    );
}
