//! Demo mode: the sandbox verifier, the DEMO marking on pages and in the
//! log, and the refusal with PostgreSQL.

use rekey::activecampaign::demo::{DEMO_KEY, DEMO_URL};
use rekey::app::{App, Overrides};

use crate::support::app::config_for;
use crate::support::{TestApp, TestDb, logs};

#[tokio::test]
async fn demo_mode_is_refused_with_postgresql_before_any_connection() {
    // Nothing listens on port 1: a refusal must come before connecting.
    let mut config = config_for("postgres://rekey@127.0.0.1:1/rekey");
    config.activecampaign.demo = true;
    let err = App::build_with(config, Overrides::default())
        .await
        .expect_err("demo mode with PostgreSQL is refused");
    let text = format!("{err:#}");
    assert!(
        text.contains("demo mode") && text.contains("PostgreSQL"),
        "{text}"
    );
}

#[tokio::test]
async fn demo_mode_marks_every_page_and_the_log() {
    let db = TestDb::sqlite().await;
    let mut config = config_for(&db.url);
    config.activecampaign.demo = true;
    let app = TestApp::spawn_with(config, Overrides::default()).await;
    for path in ["/chat", "/l/not-a-real-token"] {
        let page = page(&app, path).await;
        assert!(page.contains("class=\"demo-banner\""), "{path}: {page}");
        assert!(page.contains(DEMO_URL) && page.contains(DEMO_KEY), "{path}");
    }
    assert!(
        logs::text().contains("DEMO MODE"),
        "the log says demo mode is on"
    );
}

#[tokio::test]
async fn without_demo_mode_pages_carry_no_banner() {
    let db = TestDb::sqlite().await;
    let app = TestApp::spawn(&db.url).await;
    assert!(!page(&app, "/chat").await.contains("demo-banner"));
}

/// The HTML of one page of the app.
async fn page(app: &TestApp, path: &str) -> String {
    let res = app.http.get(format!("{}{path}", app.base)).send().await;
    res.unwrap().text().await.unwrap()
}

/// The binary with a clean environment (see `cli::rekey`), demo mode off
/// unless asked for, on a free port.
fn rekey(dir: &std::path::Path) -> std::process::Command {
    let mut cmd = crate::cli::rekey(dir);
    cmd.env_remove("REKEY_DEMO")
        .env("REKEY_BIND", "127.0.0.1:0");
    cmd
}

#[test]
fn shell_demo_says_demo_and_how_to_finish_the_form() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let mut child = rekey(dir.path())
        .args(["shell", "--demo"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        // A short complaint may get one confirming question first: "1" is Yes.
        .write_all(b"my activecampaign sync stopped\n1\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{out:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("DEMO MODE"), "{stderr}");
    assert!(stderr.contains(DEMO_KEY), "the demo key is shown: {stderr}");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("Step 1 of 3"), "{stdout}");
}

#[test]
fn eval_intents_prints_per_intent_precision_and_recall() {
    let dir = tempfile::tempdir().unwrap();
    let heldout =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/intents_heldout.jsonl");
    let out = rekey(dir.path())
        .args(["eval", "--intents", heldout.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(table.starts_with("intent"), "{table}");
    for intent in [
        "progress",
        "still_broken",
        "fixed",
        "cancel",
        "back",
        "unclear",
    ] {
        assert!(
            table
                .lines()
                .any(|l| l.starts_with(intent) && l.contains('%')),
            "{intent} row: {table}"
        );
    }
    let json = rekey(dir.path())
        .args(["eval", "--intents", heldout.to_str().unwrap(), "--json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let accuracy = v["accuracy"].as_f64().unwrap();
    assert!(
        accuracy >= 0.85,
        "held-out intent accuracy fell to {accuracy}"
    );
    assert!(v["intents"]["still_broken"]["recall"].as_f64().unwrap() >= 0.8);
    // Nothing unclear may be read as "fixed": that is what closes tickets.
    assert!(v["intents"]["fixed"]["precision"].as_f64().unwrap() >= 0.8);
}
