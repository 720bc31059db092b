//! The `rekey` binary as a user runs it.

use std::process::Command;

pub(crate) fn rekey(dir: &std::path::Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_rekey"));
    cmd.current_dir(dir);
    // A clean environment: only what the test sets.
    for var in [
        "DATABASE_URL",
        "REKEY_MASTER_KEY",
        "REKEY_BIND",
        "REKEY_LOG_FORMAT",
        "REKEY_PUBLIC_URL",
        "REKEY_VOCABULARY",
        "REKEY_PROMPTS_DIR",
    ] {
        cmd.env_remove(var);
    }
    cmd
}

#[test]
fn keygen_prints_a_32_byte_base64_key() {
    let dir = tempfile::tempdir().unwrap();
    let out = rekey(dir.path()).arg("keygen").output().unwrap();
    assert!(out.status.success());
    let key = String::from_utf8(out.stdout).unwrap();
    assert!(
        rekey::crypto::MasterKey::from_base64(key.trim()).is_ok(),
        "{key}"
    );
}

#[test]
fn check_prints_settings_with_secrets_masked() {
    let dir = tempfile::tempdir().unwrap();
    let key = "q0Ht8aJtm2lOTe2gSdchDpVBG2ynrtSP0Uk2rBo3ruw=";
    let out = rekey(dir.path())
        .arg("check")
        .env("REKEY_MASTER_KEY", key)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains("DATABASE_URL = sqlite://rekey.db"),
        "{stdout}"
    );
    assert!(stdout.contains("REKEY_MASTER_KEY = **** (set)"), "{stdout}");
    assert!(!stdout.contains(key));
}

#[test]
fn a_bad_setting_fails_with_the_variable_named() {
    let dir = tempfile::tempdir().unwrap();
    let out = rekey(dir.path())
        .arg("check")
        .env("REKEY_BIND", "nowhere")
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("REKEY_BIND: expected an address"),
        "{stderr}"
    );
}

#[test]
fn check_loads_the_vocabulary_and_prompts_and_fails_on_broken_ones() {
    let dir = tempfile::tempdir().unwrap();
    let key = "q0Ht8aJtm2lOTe2gSdchDpVBG2ynrtSP0Uk2rBo3ruw=";
    std::fs::write(dir.path().join("vocab.toml"), "this is [not a vocabulary").unwrap();
    std::fs::create_dir(dir.path().join("prompts")).unwrap();
    let run = |vars: &[(&str, &str)]| {
        let mut cmd = rekey(dir.path());
        cmd.arg("check").env("REKEY_MASTER_KEY", key);
        for (k, v) in vars {
            cmd.env(k, v);
        }
        cmd.output().unwrap()
    };
    let out = run(&[]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}");
    assert!(
        stdout.contains("vocabulary: ok") && stdout.contains("prompts: ok"),
        "{stdout}"
    );
    for (var, value) in [
        ("REKEY_VOCABULARY", "vocab.toml"),
        ("REKEY_PROMPTS_DIR", "prompts"),
    ] {
        let out = run(&[(var, value)]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            !out.status.success(),
            "{var}: {}",
            String::from_utf8_lossy(&out.stdout)
        );
        assert!(
            stderr.contains(&format!("invalid {var}")),
            "{var}: {stderr}"
        );
    }
}

#[test]
fn a_dotenv_file_is_read_and_the_environment_wins() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join(".env"),
        "REKEY_BIND=127.0.0.1:9999\nREKEY_LOG_FORMAT=json\n",
    )
    .unwrap();
    let out = rekey(dir.path())
        .arg("check")
        .env("REKEY_LOG_FORMAT", "human")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("REKEY_BIND = 127.0.0.1:9999"), "{stdout}");
    assert!(stdout.contains("REKEY_LOG_FORMAT = human"), "{stdout}");
}

#[test]
fn tickets_and_ticket_work_on_a_fresh_database() {
    let dir = tempfile::tempdir().unwrap();
    let out = rekey(dir.path())
        .args(["tickets", "--json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "[]");
    let out = rekey(dir.path())
        .args(["ticket", "RK-1001"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no ticket RK-1001"));
    let out = rekey(dir.path())
        .args(["ticket", "banana"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a ticket id"));
    let out = rekey(dir.path())
        .args(["tickets", "--status", "nope"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("in-walkthrough"));
}

#[test]
fn classify_prints_one_json_object_per_argument_or_stdin_line() {
    use std::io::Write as _;
    let dir = tempfile::tempdir().unwrap();
    let key = "ab12".repeat(18);
    let out = rekey(dir.path())
        .args([
            "classify",
            "my activecampaign sync stopped, 403 forbidden",
            &format!("api key {key}"),
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(!stdout.contains(&key), "the secret is printed");
    let rows: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), 2);
    for k in [
        "complaint",
        "score",
        "band",
        "signals",
        "integration",
        "rotation_request",
        "secrets",
        "exposure_mentioned",
    ] {
        assert!(rows[0].get(k).is_some(), "missing {k}: {}", rows[0]);
    }
    assert_eq!(rows[0]["complaint"], true);
    assert_eq!(rows[0]["integration"], "activecampaign");
    let secret = &rows[1]["secrets"][0];
    assert!(
        secret["start"].is_number()
            && secret["end"].is_number()
            && secret["fingerprint"].is_string(),
        "{secret}"
    );

    let mut child = rekey(dir.path())
        .arg("classify")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(
            "thanks, fixed now\nstripe disconnected again\n\
             Mein Keap-Konto ist nicht mehr verbunden\n"
                .as_bytes(),
        )
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let rows: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[0]["complaint"], false);
    assert_eq!(rows[1]["integration"], "stripe");
    assert_eq!(rows[1]["locale"], "en");
    // Each line is read as the bot reads a first message: in its own
    // language when that is clear.
    assert_eq!(rows[2]["locale"], "de", "{}", rows[2]);
    assert_eq!(rows[2]["complaint"], true, "{}", rows[2]);
    assert_eq!(rows[2]["integration"], "keap");
}

#[test]
fn eval_json_prints_exactly_the_documented_keys_and_skips_malformed_lines() {
    let dir = tempfile::tempdir().unwrap();
    let heldout = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/heldout.jsonl");
    let out = rekey(dir.path())
        .args(["eval", heldout.to_str().unwrap(), "--json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(stdout.trim().lines().count(), 1, "exactly one JSON object");
    let v: serde_json::Value = serde_json::from_str(stdout.trim()).unwrap();
    let mut keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    keys.sort();
    let mut expected = vec![
        "n",
        "tp",
        "fp",
        "tn",
        "fn",
        "precision",
        "recall",
        "f1",
        "accuracy",
        "integration_accuracy",
        "exposure_precision",
        "exposure_recall",
        "exposure_mentioned_precision",
        "exposure_mentioned_recall",
        "act_precision",
        "act_n",
        "named_integration_accuracy",
        "named_in_text_integration_accuracy",
        "by_voice",
        "by_locale",
        "by_batch",
        "rules",
        "by_split",
    ];
    expected.sort();
    assert_eq!(keys, expected);
    assert!(
        v["f1"].as_f64().unwrap() >= 0.95 && v["precision"].as_f64().unwrap() >= 0.95,
        "{v}"
    );

    let file = dir.path().join("mixed.jsonl");
    std::fs::write(
        &file,
        "{\"text\":\"activecampaign sync stopped\",\"label\":\"complaint\"}\nnot json\n{\"text\":\"hi\",\"label\":\"maybe\"}\n{\"text\":\"hello there\",\"label\":\"other\"}\n",
    )
    .unwrap();
    let out = rekey(dir.path())
        .args(["eval", file.to_str().unwrap(), "--json", "--errors"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains(":2:") && stderr.contains(":3:"), "{stderr}");
    let v: serde_json::Value = serde_json::from_str(
        String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .next()
            .unwrap(),
    )
    .unwrap();
    assert_eq!(v["n"], 2);
    let none: serde_json::Value = serde_json::from_str(
        String::from_utf8(
            rekey(dir.path())
                .args(["eval", file.to_str().unwrap(), "--json"])
                .output()
                .unwrap()
                .stdout,
        )
        .unwrap()
        .trim(),
    )
    .unwrap();
    assert!(
        none["exposure_precision"].is_null(),
        "undefined metrics are null: {none}"
    );
}

#[tokio::test]
async fn tickets_and_ticket_show_what_the_store_holds() {
    use rekey::domain::{Channel, Integration, TicketStatus, Timestamp};
    use rekey::store::{NewEvent, NewTicket, Store};
    let db = crate::support::TestDb::sqlite().await;
    let t = db
        .store
        .create_ticket(NewTicket {
            channel: Channel::Discord,
            customer_ref: "42".into(),
            customer_name: "Ada".into(),
            place_ref: None,
            integration: Integration::ActiveCampaign,
            status: TicketStatus::InWalkthrough,
            step: "walkthrough:reset_key".into(),
            state: "{}".into(),
            exposed: true,
            at: Timestamp(1_795_884_000_000),
        })
        .await
        .unwrap();
    db.store
        .add_event(
            t.id,
            NewEvent::new(
                Timestamp(1_795_884_001_000),
                "button",
                "customer",
                serde_json::json!({"note": "rk:done", "label": "Done"}),
            ),
        )
        .await
        .unwrap();
    let dir = db.dir.as_ref().unwrap().path().to_owned();
    let list = rekey(&dir)
        .args(["tickets", "--status", "in-walkthrough"])
        .output()
        .unwrap();
    let list = String::from_utf8_lossy(&list.stdout);
    assert!(
        list.contains("RK-1001") && list.contains("Ada") && list.contains("in-walkthrough"),
        "{list}"
    );
    let one = rekey(&dir).args(["ticket", "RK-1001"]).output().unwrap();
    let one = String::from_utf8_lossy(&one.stdout);
    assert!(
        one.contains("key exposed in chat: yes") && one.contains("Ada: pressed “Done”"),
        "{one}"
    );
    let json = rekey(&dir)
        .args(["ticket", "RK-1001", "--json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(v["transcript"][0]["speaker"], "customer");
    assert_eq!(v["transcript"][0]["text"], "pressed “Done”");
    assert_eq!(v["transcript"][0]["details"], "rk:done");
}

/// `rekey train` writes the weights and says how its `act` band was chosen.
/// A few hundred rows hold no band of the 500 it takes to be chosen by the
/// bar, so none is vouched for, and it warns.
#[test]
fn train_writes_weights_and_warns_when_the_act_band_is_not_vouched_for() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/corpus.jsonl");
    let weights = dir.path().join("model.weights");
    let out = rekey(dir.path())
        .args(["train", corpus.to_str().unwrap(), "--out"])
        .arg(&weights)
        .output()
        .unwrap();
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    assert!(out.status.success(), "{stderr}");
    assert!(
        stdout.contains("trained on 306 rows")
            && stdout.contains("act band (the model alone, out of fold)")
            && stdout
                .contains("no band of at least 500 rows meets the 97% bar even at 80% confidence"),
        "{stdout}"
    );
    assert!(
        stderr.contains("warning: the act band falls short of the strictest confidence"),
        "{stderr}"
    );
    let text = std::fs::read_to_string(&weights).unwrap();
    assert!(text.len() > 1000, "weights written: {} bytes", text.len());
}

#[test]
fn a_reader_that_goes_away_ends_a_report_quietly() {
    // `rekey eval … | head`: the pipe's read end is closed before the
    // report is written, so every write fails with a broken pipe.
    let dir = tempfile::tempdir().unwrap();
    let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let corpus = data.join("corpus.jsonl");
    let heldout = data.join("heldout.jsonl");
    for args in [
        vec!["eval", heldout.to_str().unwrap(), "--errors"],
        vec!["train", "--cv", corpus.to_str().unwrap()],
    ] {
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let out = rekey(dir.path())
            .args(&args)
            .stdout(writer)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{args:?}: {stderr}");
        assert!(stderr.is_empty(), "{args:?}: {stderr}");
    }
}
