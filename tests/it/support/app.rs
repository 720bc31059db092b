//! A running Rekey on an ephemeral port, wired to a fake ActiveCampaign,
//! with the shell channel's replies captured so tests can read what the
//! customer would see.

use std::sync::{Arc, Mutex};

use async_trait::async_trait;
use rekey::app::{App, Overrides};
use rekey::bot::{Bot, Customer, Inbound, Outgoing, Reply, Transport};
use rekey::config::Config;
use rekey::domain::Channel;
use rekey::store::{Store, Ticket};

use super::fake_activecampaign::FakeActiveCampaign;
use super::logs;

/// Everything delivered asynchronously to the shell channel.
#[derive(Default)]
pub struct Captured(Mutex<Vec<Outgoing>>, tokio::sync::Notify);

#[async_trait]
impl Transport for Captured {
    async fn deliver(&self, _t: &Ticket, outgoing: Vec<Outgoing>) -> anyhow::Result<()> {
        self.0.lock().unwrap().extend(outgoing);
        self.1.notify_waiters();
        Ok(())
    }
}

impl Captured {
    pub fn texts(&self) -> Vec<String> {
        self.0
            .lock()
            .unwrap()
            .iter()
            .filter_map(|o| o.text().map(str::to_owned))
            .collect()
    }

    /// Waits (bounded) until a delivered text contains `needle`.
    pub async fn wait_for(&self, needle: &str) -> String {
        let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(10);
        loop {
            let notified = self.1.notified();
            if let Some(t) = self.texts().into_iter().find(|t| t.contains(needle)) {
                return t;
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                panic!(
                    "no delivered message contains {needle:?}; got {:?}",
                    self.texts()
                );
            }
        }
    }
}

pub struct TestApp {
    pub base: String,
    /// `http://` + the listening address (differs from `base` when the
    /// test sets `REKEY_PUBLIC_URL`).
    pub local: String,
    pub bot: Arc<Bot>,
    pub store: Arc<dyn Store>,
    pub captured: Arc<Captured>,
    pub fake: FakeActiveCampaign,
    pub http: reqwest::Client,
    server: tokio::task::JoinHandle<anyhow::Result<()>>,
}

impl Drop for TestApp {
    fn drop(&mut self) {
        self.server.abort();
    }
}

/// A config that accepts the fake ActiveCampaign on 127.0.0.1.
pub fn config_for(db_url: &str) -> Config {
    let mut config = Config::for_tests(db_url);
    config.activecampaign.allow_http = true;
    config.activecampaign.allowed_hosts =
        rekey::activecampaign::AllowList::parse("127.0.0.1,*.api-us1.com").unwrap();
    config.activecampaign.timeout = std::time::Duration::from_millis(500);
    config
}

impl TestApp {
    pub async fn spawn(db_url: &str) -> TestApp {
        TestApp::spawn_with(config_for(db_url), Overrides::default()).await
    }

    pub async fn spawn_with(config: Config, overrides: Overrides) -> TestApp {
        logs::capture();
        let fake = FakeActiveCampaign::start().await;
        let app = App::build_with(config, overrides)
            .await
            .expect("app builds");
        let base = app.public_url().to_owned();
        let local = format!("http://{}", app.address());
        let bot = app.bot();
        let store = app.store();
        let captured = Arc::new(Captured::default());
        bot.register_transport(Channel::Shell, captured.clone());
        let server = tokio::spawn(app.run_until(std::future::pending()));
        let http = http_client();
        TestApp {
            base,
            local,
            bot,
            store,
            captured,
            fake,
            http,
            server,
        }
    }

    /// If the server task already ended, how (for diagnosing start-up failures).
    pub async fn server_outcome(&mut self) -> Option<String> {
        if !self.server.is_finished() {
            return None;
        }
        Some(match (&mut self.server).await {
            Ok(Ok(())) => "stopped".into(),
            Ok(Err(e)) => format!("failed: {e:#}"),
            Err(e) => format!("panicked: {e}"),
        })
    }

    pub fn customer(&self, who: &str) -> Customer {
        Customer {
            channel: Channel::Shell,
            customer_ref: format!("shell:{who}"),
            name: who.into(),
        }
    }

    pub async fn say(&self, who: &str, text: &str) -> Reply {
        self.bot
            .message(Inbound {
                customer: self.customer(who),
                place_ref: Some("shell".into()),
                message_id: next_message_id(),
                text: text.into(),
            })
            .await
            .expect("bot handles the message")
    }

    pub async fn press(&self, who: &str, id: &str) -> Reply {
        self.bot
            .button(self.customer(who), Some("shell".into()), id)
            .await
            .expect("bot handles the button")
    }

    /// Complaint → steps 1–3 → the secure link's URL.
    pub async fn link_for(&self, who: &str) -> (Ticket, String) {
        link_through(&self.bot, self.customer(who)).await
    }

    /// GETs the form and returns its CSRF value (the cookie is kept by the client).
    pub async fn open_form(&self, url: &str) -> String {
        let page = self
            .http
            .get(url)
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        csrf_of(&page).expect("the form has a csrf field")
    }

    pub async fn submit(
        &self,
        url: &str,
        csrf: &str,
        api_url: &str,
        key: &str,
    ) -> reqwest::Response {
        self.http
            .post(url)
            .form(&[("csrf", csrf), ("api_url", api_url), ("api_key", key)])
            .send()
            .await
            .unwrap()
    }
}

/// Complaint → steps 1–3 → the secure link's URL, for `customer` talking to
/// `bot` in the shell channel.
pub async fn link_through(bot: &Bot, customer: Customer) -> (Ticket, String) {
    let place = Some("shell".to_owned());
    let reply = bot
        .message(Inbound {
            customer: customer.clone(),
            place_ref: place.clone(),
            message_id: "m-complaint".into(),
            text: "our activecampaign sync stopped, it says 403 forbidden".into(),
        })
        .await
        .expect("bot handles the message");
    let ticket = reply.ticket.expect("a ticket opened");
    for id in ["rk:done", "rk:done"] {
        bot.button(customer.clone(), place.clone(), id)
            .await
            .expect("bot handles the button");
    }
    let reply = bot
        .button(customer, place, "rk:link")
        .await
        .expect("bot handles the button");
    let url = reply
        .outgoing
        .iter()
        .find_map(|o| match o {
            Outgoing::Link { url, .. } => Some(url.clone()),
            _ => None,
        })
        .expect("a link was issued");
    (ticket, url)
}

/// An HTTP client that behaves like one browser tab: keeps cookies (the
/// form's CSRF cookie) and does not follow redirects, so tests see them.
pub fn http_client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .build()
        .expect("a test HTTP client")
}

pub fn csrf_of(page: &str) -> Option<String> {
    let i = page.find("name=\"csrf\" value=\"")? + "name=\"csrf\" value=\"".len();
    Some(page[i..].split('"').next()?.to_owned())
}

/// A message id no other message of this test binary has (ids derived from
/// the text would give two messages of one length the same id).
fn next_message_id() -> String {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    format!(
        "m-{}",
        NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
    )
}
