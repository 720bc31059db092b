//! The `rekey` binary as a user runs it.

use std::process::Command;

fn rekey(dir: &std::path::Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_rekey"));
    cmd.current_dir(dir);
    // A clean environment: only what the test sets.
    for var in [
        "DATABASE_URL",
        "REKEY_MASTER_KEY",
        "REKEY_BIND",
        "REKEY_LOG_FORMAT",
        "REKEY_PUBLIC_URL",
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
