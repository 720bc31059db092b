//! The real Discord REST proxy (`@discordjs/proxy` from npm, the small
//! package in `tests/proxy/`) in front of a [`FakeDiscord`], run as a Node
//! child process.
//!
//! Needs `node` on the `PATH` and `npm ci` run in `tests/proxy/`. Without
//! them [`DiscordProxy::start`] says so and returns `None` (the test
//! skips), unless `REKEY_REQUIRE_PROXY` is set: then it panics, so CI cannot
//! skip it silently.
//!
//! Every request the proxy forwards carries [`DiscordProxy::mark`] in its
//! `User-Agent`; the proxy prints one line per request it receives, counted
//! here. A test proves everything went through the proxy by checking that
//! every request the fake recorded carries the mark and that the proxy saw
//! as many.

use std::path::PathBuf;
use std::process::Stdio;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, Command};

use super::fake_discord::FakeDiscord;

/// A running proxy. Stops when dropped.
#[derive(Debug)]
pub struct DiscordProxy {
    base_url: String,
    mark: String,
    received: Arc<AtomicUsize>,
    _child: Child,
}

fn package_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/proxy")
}

/// Why the proxy cannot run here, if it cannot.
async fn missing() -> Option<String> {
    let node = Command::new("node").arg("--version").output().await;
    match node {
        Ok(out) if out.status.success() => {}
        _ => return Some("`node` is not on the PATH".into()),
    }
    let installed = package_dir().join("node_modules/@discordjs/proxy/package.json");
    if !installed.exists() {
        return Some(format!(
            "@discordjs/proxy is not installed (run `npm ci` in {})",
            package_dir().display()
        ));
    }
    None
}

impl DiscordProxy {
    /// Starts the proxy in front of `fake`; `None` (after saying why) when
    /// Node or the package is missing and `REKEY_REQUIRE_PROXY` is unset.
    pub async fn start(fake: &FakeDiscord) -> Option<DiscordProxy> {
        if let Some(why) = missing().await {
            let required = std::env::var("REKEY_REQUIRE_PROXY").is_ok_and(|v| !v.is_empty());
            assert!(!required, "REKEY_REQUIRE_PROXY is set but {why}");
            eprintln!("Discord proxy test skipped: {why}");
            return None;
        }
        let mark = format!("rekey-test-proxy/{}", std::process::id());
        let mut child = Command::new("node")
            .arg("proxy.mjs")
            .arg(fake.base_url())
            .arg(&mark)
            .current_dir(package_dir())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .kill_on_drop(true)
            .spawn()
            .expect("start node");
        let mut lines = BufReader::new(child.stdout.take().expect("the proxy's stdout")).lines();
        let port = tokio::time::timeout(Duration::from_secs(20), async {
            while let Some(line) = lines.next_line().await.expect("read the proxy's stdout") {
                if let Some(port) = line.strip_prefix("listening ") {
                    return port.trim().parse::<u16>().expect("a port");
                }
            }
            panic!("the proxy stopped before listening");
        })
        .await
        .expect("the proxy listens within 20 s");
        let received = Arc::new(AtomicUsize::new(0));
        let counter = received.clone();
        tokio::spawn(async move {
            while let Ok(Some(line)) = lines.next_line().await {
                if line.starts_with("request ") {
                    counter.fetch_add(1, Ordering::SeqCst);
                }
            }
        });
        Some(DiscordProxy {
            base_url: format!("http://127.0.0.1:{port}"),
            mark,
            received,
            _child: child,
        })
    }

    /// `http://127.0.0.1:PORT`, for `REKEY_DISCORD_PROXY_URL`.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// What the proxy appends to the `User-Agent` of what it forwards.
    pub fn mark(&self) -> &str {
        &self.mark
    }

    /// Requests the proxy received so far.
    pub fn received(&self) -> usize {
        self.received.load(Ordering::SeqCst)
    }
}
