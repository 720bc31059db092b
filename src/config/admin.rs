//! The staff dashboard: staff sign-in tokens and session length.

use std::fmt;
use std::time::Duration;

use secrecy::{ExposeSecret, SecretString};

use super::parse::{minutes, secret};

/// The staff dashboard.
#[derive(Debug, Clone)]
pub struct AdminSettings {
    /// `REKEY_ADMIN_TOKENS`: one sign-in token per staff member.
    pub staff: Vec<StaffToken>,
    /// `REKEY_ADMIN_SESSION_TTL`: how long a sign-in lasts.
    pub session_ttl: Duration,
}

impl Default for AdminSettings {
    /// The documented defaults: no staff (dashboard off), 8h sessions.
    fn default() -> Self {
        AdminSettings {
            staff: Vec::new(),
            session_ttl: minutes(8 * 60),
        }
    }
}

impl AdminSettings {
    /// The dashboard is on when at least one staff token is configured.
    pub fn enabled(&self) -> bool {
        !self.staff.is_empty()
    }
}

/// A staff member's name (shown on timelines and in the audit log as
/// `staff:<name>`) and their sign-in token.
#[derive(Clone)]
pub struct StaffToken {
    pub name: String,
    pub token: SecretString,
}

impl fmt::Debug for StaffToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "StaffToken({}:****)", self.name)
    }
}

/// Parses `name:token,name:token`: names of letters, digits, `.`, `_`, `-`
/// (unique), tokens of at least 16 characters (unique, no commas).
pub fn parse_staff_tokens(raw: &str) -> Result<Vec<StaffToken>, String> {
    let mut staff: Vec<StaffToken> = Vec::new();
    for (i, entry) in raw.split(',').map(str::trim).enumerate() {
        let n = i + 1;
        if entry.is_empty() {
            continue;
        }
        let Some((name, token)) = entry.split_once(':') else {
            return Err(format!(
                "entry {n} is not NAME:TOKEN (expected e.g. sam:TOKEN1,kim:TOKEN2)"
            ));
        };
        let (name, token) = (name.trim(), token.trim());
        let name_ok = !name.is_empty()
            && name.len() <= 64
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'));
        if !name_ok {
            return Err(format!(
                "entry {n}: the name must be 1 to 64 letters, digits, '.', '_' or '-'"
            ));
        }
        if token.chars().count() < 16 {
            return Err(format!(
                "the token of {name} must be at least 16 characters (try `openssl rand -hex 32`)"
            ));
        }
        if staff.iter().any(|s| s.name == name) {
            return Err(format!("{name} is listed twice"));
        }
        if staff.iter().any(|s| s.token.expose_secret() == token) {
            return Err(format!(
                "the token of {name} is also another member's token; each needs their own"
            ));
        }
        staff.push(StaffToken {
            name: name.to_owned(),
            token: secret(token),
        });
    }
    Ok(staff)
}
