//! The staff dashboard over HTTP: sign-in, sessions and CSRF, the list with
//! filters and CSV, staff actions through the bot, metrics and readiness.

use std::sync::Arc;
use std::time::Duration;

use rekey::app::Overrides;
use rekey::clock::ManualClock;
use rekey::config::{Config, StaffToken};
use rekey::domain::TicketStatus;
use rekey::domain::Timestamp;
use secrecy::SecretString;

use crate::support::app::{config_for, csrf_of};
use crate::support::{TestApp, TestDb};

pub const SAM_TOKEN: &str = "sam-token-0123456789abcdef";

pub fn admin_config(db_url: &str) -> Config {
    let mut config = config_for(db_url);
    config.admin.staff = vec![
        StaffToken {
            name: "sam".into(),
            token: SecretString::from(SAM_TOKEN),
        },
        StaffToken {
            name: "kim".into(),
            token: SecretString::from("kim-token-fedcba9876543210"),
        },
    ];
    config
}

pub async fn spawn_admin(db: &TestDb) -> TestApp {
    TestApp::spawn_with(admin_config(&db.url), Overrides::default()).await
}

/// Signs `app.http` in with `token`; returns the sign-in response.
pub async fn sign_in(app: &TestApp, token: &str) -> reqwest::Response {
    let page = app
        .http
        .get(format!("{}/admin/login", app.base))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let csrf = csrf_of(&page).expect("the sign-in form has a csrf field");
    app.http
        .post(format!("{}/admin/login", app.base))
        .form(&[("csrf", csrf.as_str()), ("token", token)])
        .send()
        .await
        .unwrap()
}

async fn get(app: &TestApp, path: &str) -> reqwest::Response {
    app.http
        .get(format!("{}{path}", app.base))
        .send()
        .await
        .unwrap()
}

pub async fn text(app: &TestApp, path: &str) -> String {
    let r = get(app, path).await;
    assert_eq!(r.status(), 200, "GET {path}");
    r.text().await.unwrap()
}

/// POSTs a staff action with the page's CSRF value.
async fn act(app: &TestApp, ticket: &str, action: &str) -> reqwest::Response {
    let page = text(app, &format!("/admin/tickets/{ticket}")).await;
    let csrf = csrf_of(&page).unwrap();
    app.http
        .post(format!("{}/admin/tickets/{ticket}/{action}", app.base))
        .form(&[("csrf", csrf.as_str())])
        .send()
        .await
        .unwrap()
}

fn location(r: &reqwest::Response) -> &str {
    r.headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
}

#[tokio::test]
async fn admin_without_tokens_is_off_and_answers_404() {
    let db = TestDb::sqlite().await;
    let app = TestApp::spawn(&db.url).await;
    for path in [
        "/admin",
        "/admin/login",
        "/admin/overview",
        "/admin/tickets.csv",
    ] {
        assert_eq!(get(&app, path).await.status(), 404, "{path}");
    }
    assert!(
        crate::support::logs::text().contains("staff dashboard off: set REKEY_ADMIN_TOKENS"),
        "the log says how to turn it on"
    );
}

#[tokio::test]
async fn admin_every_page_and_action_refuses_without_a_session() {
    let db = TestDb::sqlite().await;
    let app = spawn_admin(&db).await;
    let (ticket, _) = app.link_for("ada").await;
    let id = ticket.id.to_string();
    for path in [
        "/admin".to_owned(),
        "/admin/overview".to_owned(),
        "/admin/tickets.csv".to_owned(),
        format!("/admin/tickets/{id}"),
    ] {
        let r = get(&app, &path).await;
        assert_eq!(r.status(), 303, "GET {path}");
        assert_eq!(location(&r), "/admin/login", "GET {path}");
    }
    for action in ["take", "return", "close", "revoke"] {
        let r = app
            .http
            .post(format!("{}/admin/tickets/{id}/{action}", app.base))
            .form(&[("csrf", "x")])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 303, "POST {action}");
        assert_eq!(location(&r), "/admin/login");
    }
    let r = app
        .http
        .post(format!("{}/admin/logout", app.base))
        .form(&[("csrf", "x")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let t = app.store.ticket(ticket.id).await.unwrap().unwrap();
    assert_eq!(t.status, TicketStatus::AwaitingForm, "nothing changed");
    assert!(app.store.audit_log(10).await.unwrap().is_empty());
}

#[tokio::test]
async fn admin_sign_in_refuses_a_wrong_token_and_a_missing_csrf() {
    let db = TestDb::sqlite().await;
    let app = spawn_admin(&db).await;
    let r = sign_in(&app, "not-a-staff-token-at-all").await;
    assert_eq!(r.status(), 401);
    assert!(
        r.headers()
            .get("set-cookie")
            .is_some_and(|c| { !c.to_str().unwrap().starts_with("rekey_admin=") })
    );
    assert!(r.text().await.unwrap().contains("not valid"));
    assert_eq!(get(&app, "/admin").await.status(), 303, "still signed out");

    // No CSRF cookie or field: refused even with the right token.
    let fresh = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let r = fresh
        .post(format!("{}/admin/login", app.base))
        .form(&[("token", SAM_TOKEN)])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    assert!(r.headers().get("set-cookie").is_none());
    assert!(
        !crate::support::logs::text().contains(SAM_TOKEN),
        "tokens never logged"
    );
}

#[tokio::test]
async fn admin_session_cookie_is_httponly_strict_and_ends_at_sign_out() {
    let db = TestDb::sqlite().await;
    let app = spawn_admin(&db).await;
    let r = sign_in(&app, SAM_TOKEN).await;
    assert_eq!(r.status(), 303);
    assert_eq!(location(&r), "/admin");
    let cookie = r.headers()["set-cookie"].to_str().unwrap().to_owned();
    assert!(cookie.starts_with("rekey_admin="), "{cookie}");
    for flag in ["HttpOnly", "SameSite=Strict", "Path=/admin"] {
        assert!(cookie.contains(flag), "{flag} in {cookie}");
    }
    assert!(
        !cookie.contains("Secure"),
        "plain http: not Secure ({cookie})"
    );
    let id = cookie
        .trim_start_matches("rekey_admin=")
        .split(';')
        .next()
        .unwrap();
    assert!(id.len() >= 43, "a 256-bit session id");

    let page = text(&app, "/admin").await;
    assert!(page.contains("Signed in as <strong>sam</strong>"), "{page}");
    let csrf = csrf_of(&page).unwrap();
    // Sign-out needs the CSRF value too.
    let r = app
        .http
        .post(format!("{}/admin/logout", app.base))
        .form(&[("csrf", "wrong")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    let r = app
        .http
        .post(format!("{}/admin/logout", app.base))
        .form(&[("csrf", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    assert_eq!(get(&app, "/admin").await.status(), 303, "signed out");
    // The old cookie is dead on the server, not only in this browser.
    let replay = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
        .get(format!("{}/admin", app.base))
        .header("cookie", format!("rekey_admin={id}"))
        .send()
        .await
        .unwrap();
    assert_eq!(replay.status(), 303);
}

#[tokio::test]
async fn admin_session_expires_after_its_ttl_on_the_app_clock() {
    let db = TestDb::sqlite().await;
    let clock = ManualClock::starting_at(Timestamp(1_900_000_000_000));
    let config = admin_config(&db.url);
    let ttl = config.admin.session_ttl;
    let app = TestApp::spawn_with(
        config,
        Overrides {
            clock: Some(Arc::new(clock.clone())),
            ..Overrides::default()
        },
    )
    .await;
    assert_eq!(sign_in(&app, SAM_TOKEN).await.status(), 303);
    assert_eq!(get(&app, "/admin").await.status(), 200, "fresh session");

    clock.advance(ttl - Duration::from_secs(1));
    assert_eq!(
        get(&app, "/admin").await.status(),
        200,
        "a second before the end the session still holds"
    );
    clock.advance(Duration::from_secs(1));
    let r = get(&app, "/admin").await;
    assert_eq!(r.status(), 303, "at its end the session is gone");
    assert_eq!(location(&r), "/admin/login");
}

#[tokio::test]
async fn admin_session_cookie_is_secure_behind_https() {
    let db = TestDb::sqlite().await;
    let mut config = admin_config(&db.url);
    config.public_url = Some("https://rekey.example.com".into());
    let app = TestApp::spawn_with(config, Overrides::default()).await;
    // The app listens on loopback; only links and cookies follow the URL.
    let page = app
        .http
        .get(format!("{}/admin/login", app.local))
        .send()
        .await
        .unwrap();
    let login_cookie = page.headers()["set-cookie"].to_str().unwrap().to_owned();
    assert!(login_cookie.contains("; Secure"), "{login_cookie}");
    let csrf = csrf_of(&page.text().await.unwrap()).unwrap();
    let cookie_value = login_cookie.split(';').next().unwrap().to_owned();
    let r = app
        .http
        .post(format!("{}/admin/login", app.local))
        .header("cookie", cookie_value)
        .form(&[("csrf", csrf.as_str()), ("token", SAM_TOKEN)])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let cookie = r.headers()["set-cookie"].to_str().unwrap();
    assert!(
        cookie.starts_with("rekey_admin=") && cookie.contains("; Secure"),
        "{cookie}"
    );
}

#[tokio::test]
async fn admin_actions_need_the_session_csrf_and_go_through_the_bot() {
    let db = TestDb::sqlite().await;
    let app = spawn_admin(&db).await;
    let (ticket, url) = app.link_for("ada").await;
    let id = ticket.id.to_string();
    sign_in(&app, SAM_TOKEN).await;

    let page = text(&app, &format!("/admin/tickets/{id}")).await;
    let token = url.rsplit('/').next().unwrap();
    assert!(!page.contains(token), "the link never shows");
    assert!(page.contains("live, not opened yet"), "{page}");
    assert!(page.contains("Secure link sent"), "{page}");

    // A forged form (no or wrong CSRF) changes nothing.
    for csrf in ["", "forged"] {
        let r = app
            .http
            .post(format!("{}/admin/tickets/{id}/take", app.base))
            .form(&[("csrf", csrf)])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 403, "csrf {csrf:?}");
    }
    assert_eq!(
        app.store.ticket(ticket.id).await.unwrap().unwrap().assignee,
        None
    );

    let r = act(&app, &id, "take").await;
    assert_eq!(r.status(), 303);
    assert_eq!(location(&r), format!("/admin/tickets/{id}"));
    let t = app.store.ticket(ticket.id).await.unwrap().unwrap();
    assert_eq!(t.status, TicketStatus::Escalated);
    assert_eq!(t.assignee.as_deref(), Some("sam"));
    let said = app.captured.wait_for("sam").await;
    assert!(!said.is_empty(), "the customer hears about the hand-off");

    act(&app, &id, "revoke").await;
    act(&app, &id, "return").await;
    let t = app.store.ticket(ticket.id).await.unwrap().unwrap();
    assert_eq!(t.assignee, None);
    act(&app, &id, "close").await;
    let t = app.store.ticket(ticket.id).await.unwrap().unwrap();
    assert_eq!(t.status, TicketStatus::Closed);

    let timeline = app.store.timeline(ticket.id).await.unwrap();
    for kind in [
        "staff_hand_off",
        "link_revoked",
        "staff_hand_back",
        "staff_close",
    ] {
        let e = timeline
            .iter()
            .find(|e| e.kind == kind)
            .unwrap_or_else(|| panic!("no {kind} on the timeline"));
        assert_eq!(e.actor, "staff:sam", "{kind}");
    }
    let audit = app.store.audit_log(10).await.unwrap();
    let actions: Vec<(&str, &str)> = audit
        .iter()
        .map(|a| (a.actor.as_str(), a.action.as_str()))
        .collect();
    assert_eq!(
        actions,
        [
            ("staff:sam", "ticket.take"),
            ("staff:sam", "link.revoke"),
            ("staff:sam", "ticket.return"),
            ("staff:sam", "ticket.close"),
        ]
    );
    let link = app.store.latest_link(ticket.id).await.unwrap().unwrap();
    assert!(link.revoked_at.is_some());
    let page = text(&app, &format!("/admin/tickets/{id}")).await;
    assert!(page.contains("revoked"), "{page}");
    assert!(page.contains("sam took the ticket over"), "{page}");
    assert!(page.contains("sam revoked the secure link"), "{page}");
}

#[tokio::test]
async fn admin_list_filters_searches_pages_and_exports_csv() {
    let db = TestDb::sqlite().await;
    let app = spawn_admin(&db).await;
    let complaint = "our activecampaign sync stopped, it says 403 forbidden";
    let ada = app.say("ada", complaint).await.ticket.unwrap();
    let evil = app
        .say("=HYPERLINK(\"x\"),grace", complaint)
        .await
        .ticket
        .unwrap();
    app.say("kim", complaint).await;
    app.bot
        .ticket_event(
            ada.id,
            &rekey::conversation::Event::StaffHandOff {
                staff: "kim".into(),
            },
            "staff:kim",
        )
        .await
        .unwrap();
    sign_in(&app, SAM_TOKEN).await;

    let all = text(&app, "/admin").await;
    let first = all.find(&ada.id.to_string()).unwrap();
    let other = all.find(&evil.id.to_string()).unwrap();
    assert!(first < other, "the escalated ticket is listed first");

    let escalated = text(&app, "/admin?status=escalated&channel=&q=").await;
    assert!(escalated.contains(&ada.id.to_string()));
    assert!(!escalated.contains(&evil.id.to_string()));
    let by_name = text(&app, "/admin?q=GRACE").await;
    assert!(by_name.contains(&evil.id.to_string()));
    assert!(!by_name.contains(&format!(">{}<", ada.id)));
    let by_id = text(&app, &format!("/admin?q={}", ada.id)).await;
    assert!(by_id.contains(&format!(">{}<", ada.id)));
    let bad = text(&app, "/admin?status=pending&from=yesterday").await;
    assert!(bad.contains("not a date"), "{bad}");
    assert!(
        bad.contains("in-walkthrough"),
        "lists valid statuses: {bad}"
    );

    let r = get(&app, "/admin/tickets.csv?q=grace").await;
    assert_eq!(r.status(), 200);
    assert!(
        r.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    assert!(
        r.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .contains("attachment")
    );
    let csv = r.text().await.unwrap();
    let mut lines = csv.lines();
    assert!(lines.next().unwrap().starts_with("ticket,status,channel"));
    let row = lines.next().unwrap();
    assert!(
        row.contains(r#""'=HYPERLINK(""x""),grace""#),
        "quoted, escaped and defused: {row}"
    );
    assert_eq!(lines.next(), None, "only the filtered ticket");
}

#[tokio::test]
async fn admin_overview_renders_numbers_and_svg_charts() {
    let db = TestDb::sqlite().await;
    let app = spawn_admin(&db).await;
    app.link_for("ada").await;
    sign_in(&app, SAM_TOKEN).await;
    let page = text(&app, "/admin/overview").await;
    for needle in [
        "Today",
        "Last 7 days",
        "Last 30 days",
        "<svg",
        "link issued",
    ] {
        assert!(page.contains(needle), "{needle} in overview");
    }
    assert!(!page.contains("style="), "no inline styles (CSP)");
    assert!(!page.contains("<script"), "no scripts");
}

#[tokio::test]
async fn metrics_and_readyz_report_what_happened() {
    let db = TestDb::sqlite().await;
    let app = TestApp::spawn(&db.url).await;
    let (_, url) = app.link_for("ada").await;
    app.http.get(&url).send().await.unwrap();
    let r = get(&app, "/metrics").await;
    assert_eq!(r.status(), 200);
    assert!(
        r.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/plain")
    );
    let m = r.text().await.unwrap();
    for line in [
        "rekey_messages_total 1",
        "rekey_detections_total{band=\"act\"} 1",
        "rekey_links_total{event=\"issued\"} 1",
        "rekey_links_total{event=\"opened\"} 1",
        "rekey_tickets{status=\"awaiting-form\"} 1",
        "rekey_tickets{status=\"closed\"} 0",
    ] {
        assert!(m.contains(line), "{line} in\n{m}");
    }
    let r = get(&app, "/readyz").await;
    assert_eq!(r.status(), 200);
    let body: serde_json::Value = r.json().await.unwrap();
    assert_eq!(body["database"], "ok");
    assert_eq!(body["discord"], "off");
}
