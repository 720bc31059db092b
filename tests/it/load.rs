//! A bounded load test on loopback: many web chat tabs and form posts at
//! once, from many client addresses behind a trusted proxy, with the real
//! limits on. Nothing answers 5xx, the server keeps running, and what the
//! server remembers per client stays within its bounds. It sends a fixed
//! number of requests and has an overall deadline, so it stops by itself.

use std::time::Duration;

use futures_util::future::join_all;
use rekey::app::{App, Overrides};

use crate::support::TestDb;
use crate::support::app::{config_for, http_client};

const TABS: usize = 120;
const MESSAGES_PER_TAB: usize = 4;
const FORM_POSTS: usize = 300;
/// Distinct client addresses the tabs and posts come from.
const CLIENTS: usize = 10;

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn web_chat_and_form_under_concurrent_load_never_fail_and_stay_bounded() {
    let db = TestDb::sqlite().await;
    let mut config = config_for(&db.url);
    config.trusted_proxies = rekey::client_addr::TrustedProxies::parse("127.0.0.1").unwrap();
    let app = App::build_with(config, Overrides::default()).await.unwrap();
    let base = format!("http://{}", app.address());
    let state = app.state().clone();
    let server = tokio::spawn(app.run_until(std::future::pending()));

    let run = async {
        let chats = (0..TABS).map(|i| {
            let base = base.clone();
            async move {
                let client = format!("203.0.113.{}", i % CLIENTS);
                let tab = http_client();
                let mut statuses = vec![
                    tab.get(format!("{base}/chat"))
                        .header("x-forwarded-for", &client)
                        .send()
                        .await
                        .unwrap()
                        .status()
                        .as_u16(),
                ];
                for m in 0..MESSAGES_PER_TAB {
                    let text = if m == 0 {
                        "my activecampaign sync stopped, it says 403"
                    } else {
                        "it still does not work"
                    };
                    let r = tab
                        .post(format!("{base}/chat/api/messages"))
                        .header("x-forwarded-for", &client)
                        .json(&serde_json::json!({ "text": text, "client_id": format!("c{m}") }))
                        .send()
                        .await
                        .unwrap();
                    statuses.push(r.status().as_u16());
                }
                statuses
            }
        });
        let forms = (0..FORM_POSTS).map(|i| {
            let base = base.clone();
            async move {
                http_client()
                    .post(format!("{base}/l/unknown-{i}"))
                    .header("x-forwarded-for", format!("198.51.100.{}", i % CLIENTS))
                    .form(&[("csrf", "x"), ("api_url", "https://a.api-us1.com")])
                    .send()
                    .await
                    .unwrap()
                    .status()
                    .as_u16()
            }
        });
        let (chats, forms) = tokio::join!(join_all(chats), join_all(forms));
        (chats.concat(), forms)
    };
    let (chats, forms) = tokio::time::timeout(Duration::from_secs(120), run)
        .await
        .expect("the load test finishes within its deadline");

    assert!(
        chats.iter().chain(&forms).all(|s| *s < 500),
        "no server errors: chat {chats:?} form {forms:?}"
    );
    assert!(chats.contains(&200) && chats.contains(&429), "{chats:?}");
    assert!(forms.contains(&404), "{forms:?}");
    assert!(!server.is_finished(), "the server is still running");
    let health = http_client()
        .get(format!("{base}/healthz"))
        .send()
        .await
        .unwrap();
    assert_eq!(health.status(), 200);
    // What the server remembers per client is bounded by what came in.
    assert!(state.chat_limits.keys() <= 2 * (TABS + CLIENTS));
    assert!(state.limits.keys() <= CLIENTS + FORM_POSTS);
    let web_tickets = state
        .store
        .list_tickets(&rekey::store::TicketFilter {
            channel: Some(rekey::domain::Channel::Web),
            ..Default::default()
        })
        .await
        .unwrap()
        .len();
    assert_eq!(
        web_tickets,
        CLIENTS * 10,
        "10 tickets an hour per address, whatever the number of tabs"
    );
    server.abort();
}
