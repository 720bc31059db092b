//! `rekey shell` as a person runs it: piped stdin, bot lines on stdout, a real
//! secure link, the form submitted, and the reconnect message printed.

use std::process::Stdio;

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};

use crate::support::app::{csrf_of, http_client};
use crate::support::fake_activecampaign::{FakeActiveCampaign, keys};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_shell_customer_goes_from_complaint_to_the_reconnect_message() {
    let fake = FakeActiveCampaign::start().await;
    let dir = tempfile::tempdir().unwrap();
    let mut child = tokio::process::Command::new(env!("CARGO_BIN_EXE_rekey"))
        .arg("shell")
        .current_dir(dir.path())
        .env("REKEY_BIND", "127.0.0.1:0")
        .env("REKEY_AC_ALLOW_HTTP", "true")
        .env("REKEY_AC_ALLOWED_HOSTS", "127.0.0.1")
        .env("RUST_LOG", "warn")
        .env("USER", "ada")
        .env_remove("DATABASE_URL")
        .env_remove("DISCORD_TOKEN")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut seen = Vec::new();
    let mut read_until = async |needle: &str| -> String {
        let found = tokio::time::timeout(std::time::Duration::from_secs(20), async {
            while let Some(line) = lines.next_line().await.unwrap() {
                seen.push(line.clone());
                if line.contains(needle) {
                    return line;
                }
            }
            panic!("stdout ended before {needle:?}: {seen:#?}");
        })
        .await;
        found.unwrap_or_else(|_| panic!("no line with {needle:?}"))
    };
    stdin
        .write_all(b"hi, my activecampaign sync stopped, error 403 forbidden\n")
        .await
        .unwrap();
    read_until("Step 1 of 3").await;
    stdin.write_all(b"1\n").await.unwrap();
    read_until("Step 2 of 3").await;
    stdin.write_all(b"done\n").await.unwrap();
    read_until("Step 3 of 3").await;
    stdin.write_all(b"Get my secure link\n").await.unwrap();
    let line = read_until("/l/").await;
    let url = line
        .split_whitespace()
        .find(|w| w.contains("/l/"))
        .unwrap()
        .to_owned();

    let http = http_client();
    let page = http.get(&url).send().await.unwrap().text().await.unwrap();
    let csrf = csrf_of(&page).unwrap();
    let done = http
        .post(&url)
        .form(&[
            ("csrf", csrf.as_str()),
            ("api_url", fake.base_url().as_str()),
            ("api_key", keys::VALID),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(done.status(), 200);
    let reconnected = read_until("reconnected").await;
    assert!(reconnected.contains("Ada Lovelace"), "{reconnected}");
    drop(stdin); // EOF ends the shell
    let status = tokio::time::timeout(std::time::Duration::from_secs(20), child.wait())
        .await
        .unwrap()
        .unwrap();
    assert!(status.success());
}
