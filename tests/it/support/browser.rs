//! Headless Chromium driven through chromedriver (Debian's `chromium` and
//! `chromium-driver`, installed by `.ci/run`). Without chromedriver the
//! browser tests say so and pass, unless `REKEY_REQUIRE_BROWSER=1` (set by
//! CI), where its absence fails them.

use std::os::unix::process::CommandExt;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use fantoccini::{Client, ClientBuilder, Locator};

pub struct Browser {
    pub client: Client,
    driver: Child,
    _profile: tempfile::TempDir,
}

impl Drop for Browser {
    fn drop(&mut self) {
        // chromedriver and the Chromium it started share a process group:
        // end them all, even when the test failed midway.
        let _ = Command::new("kill")
            .arg("-KILL")
            .arg("--")
            .arg(format!("-{}", self.driver.id()))
            .status();
        let _ = self.driver.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

impl Browser {
    /// `None` when chromedriver is not installed (and not required).
    pub async fn start() -> Option<Browser> {
        Browser::start_with_languages("en-US,en").await
    }

    /// A browser whose `Accept-Language` is `languages` (e.g. `"de-DE,de"`).
    pub async fn start_with_languages(languages: &str) -> Option<Browser> {
        let driver_path = ["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"]
            .into_iter()
            .find(|p| std::path::Path::new(p).exists());
        let Some(driver_path) = driver_path else {
            assert!(
                std::env::var("REKEY_REQUIRE_BROWSER").is_err(),
                "REKEY_REQUIRE_BROWSER is set but chromedriver is not installed"
            );
            eprintln!(
                "chromedriver not installed: browser test skipped (apt-get install chromium chromium-driver)"
            );
            return None;
        };
        let port = free_port();
        let driver = Command::new(driver_path)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .process_group(0)
            .spawn()
            .expect("start chromedriver");
        let profile = tempfile::tempdir().unwrap();
        let caps: serde_json::Map<String, serde_json::Value> = serde_json::from_value(serde_json::json!({
            "goog:chromeOptions": {
                "binary": "/usr/bin/chromium",
                "args": [
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-quic", "--no-first-run", "--window-size=420,900",
                    format!("--user-data-dir={}", profile.path().display()),
                ],
                "prefs": { "intl.accept_languages": languages }
            }
        }))
        .unwrap();
        let url = format!("http://127.0.0.1:{port}");
        let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
        let client = loop {
            match ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
                .capabilities(caps.clone())
                .connect(&url)
                .await
            {
                Ok(c) => break c,
                Err(e) if tokio::time::Instant::now() < deadline => {
                    // chromedriver is still starting: its port answers once ready.
                    let _ = e;
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
                Err(e) => panic!("cannot start a browser session: {e}"),
            }
        };
        Some(Browser {
            client,
            driver,
            _profile: profile,
        })
    }

    /// Waits (bounded) for an element.
    pub async fn wait_for(&self, css: &str) -> fantoccini::elements::Element {
        self.client
            .wait()
            .at_most(Duration::from_secs(15))
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("no element {css}: {e}"))
    }

    /// Opens the web chat at `base` and returns its message field.
    pub async fn open_chat(&self, base: &str) -> fantoccini::elements::Element {
        self.client.goto(&format!("{base}/chat")).await.unwrap();
        self.wait_for("#text").await
    }

    /// Clicks the page's form submit button.
    pub async fn submit(&self) {
        self.client
            .find(Locator::Css("form button[type=submit]"))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
    }

    /// Fills the secure form's two fields (replacing what they held) and
    /// submits it.
    pub async fn submit_secure_form(&self, api_url: &str, key: &str) {
        let field = self.wait_for("#api_url").await;
        field.clear().await.unwrap();
        field.send_keys(api_url).await.unwrap();
        self.wait_for("#api_key")
            .await
            .send_keys(key)
            .await
            .unwrap();
        self.submit().await;
    }

    /// Waits for a button with this exact label and clicks it.
    pub async fn click_button(&self, label: &str) {
        let xpath = format!(
            "(//li[contains(@class,'bot')]//button[not(@disabled)][normalize-space(.)=\"{label}\"])[last()]"
        );
        let button = self
            .client
            .wait()
            .at_most(Duration::from_secs(15))
            .for_element(Locator::XPath(&xpath))
            .await
            .unwrap_or_else(|e| panic!("no button {label}: {e}"));
        button.click().await.unwrap();
    }

    /// Waits until the page's text contains `needle`.
    pub async fn wait_for_text(&self, needle: &str) {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(15);
        loop {
            // Between two pages (a form post, a redirect) there may be no
            // body yet: that is "not yet", not a failure.
            let body = match self.client.find(Locator::Css("body")).await {
                Ok(body) => body.text().await.unwrap_or_default(),
                Err(_) => String::new(),
            };
            if body.contains(needle) {
                return;
            }
            assert!(
                tokio::time::Instant::now() < deadline,
                "page never showed {needle:?}; it shows:\n{body}"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
}

/// A visitor's browser and the app it visits (with the app's database,
/// which lives as long as the visit).
pub struct Visit {
    pub browser: Browser,
    pub app: super::TestApp,
    _db: super::TestDb,
}

impl Visit {
    /// A browser whose `Accept-Language` is `languages` and a fresh app on
    /// SQLite; `None` without Chromium (and not required).
    pub async fn start(languages: &str) -> Option<Visit> {
        let browser = Browser::start_with_languages(languages).await?;
        let db = super::TestDb::sqlite().await;
        let app = super::TestApp::spawn(&db.url).await;
        Some(Visit {
            browser,
            app,
            _db: db,
        })
    }
}
