//! The variable source and the small parsers every section shares: durations
//! with bounds, booleans, Discord ids, files, URLs, and masking for display.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use secrecy::SecretString;

use super::{ConfigError, DEFAULT_BIND};

/// A source of raw variable values: `.env` overlaid with the environment.
pub(super) struct Vars(pub(super) HashMap<String, String>);

impl Vars {
    pub(super) fn get(&self, var: &str) -> Option<&str> {
        self.0
            .get(var)
            .map(String::as_str)
            .filter(|v| !v.trim().is_empty())
    }

    pub(super) fn parse_or<T>(
        &self,
        var: &'static str,
        default: T,
        parse: impl FnOnce(&str) -> Result<T, String>,
    ) -> Result<T, ConfigError> {
        match self.get(var) {
            None => Ok(default),
            Some(raw) => parse(raw.trim()).map_err(|problem| ConfigError { var, problem }),
        }
    }

    pub(super) fn parse_opt<T>(
        &self,
        var: &'static str,
        parse: impl FnOnce(&str) -> Result<T, String>,
    ) -> Result<Option<T>, ConfigError> {
        self.parse_or(var, None, |raw| parse(raw).map(Some))
    }
}

pub(super) fn minutes(n: u64) -> Duration {
    Duration::from_secs(n * 60)
}

pub(super) fn secret(raw: &str) -> SecretString {
    SecretString::from(raw.to_owned())
}

/// A bearer token we check requests against: long enough not to be guessed.
pub(super) fn bearer_token(raw: &str) -> Result<SecretString, String> {
    if raw.len() < 16 {
        Err("must be at least 16 characters (try `openssl rand -hex 32`)".into())
    } else {
        Ok(secret(raw))
    }
}

/// A year as humantime counts it (365.25 days), so messages read `1year`.
pub(super) const ONE_YEAR: Duration = Duration::from_secs(31_557_600);

/// A duration parser that refuses anything longer than `max`: absurd values
/// would overflow time arithmetic later, so they stop start-up instead.
pub(super) fn within(max: Duration) -> impl FnOnce(&str) -> Result<Duration, String> {
    move |raw| {
        let d = parse_duration(raw)?;
        if d > max {
            return Err(format!("must be at most {}, got {raw:?}", human(max)));
        }
        Ok(d)
    }
}

/// A URL for an error message: scheme and host only, the rest masked (it may
/// hold a token); not even that when it does not parse.
pub(super) fn masked_url(raw: &str) -> String {
    match url::Url::parse(raw) {
        Ok(u) if u.host_str().is_some() => {
            format!("{}://{}/****", u.scheme(), u.host_str().unwrap_or(""))
        }
        _ => format!("a value of {} characters (not shown)", raw.chars().count()),
    }
}

/// `15m`, `2h`, `90s`, `1h 30m` (humantime syntax).
pub(super) fn parse_duration(raw: &str) -> Result<Duration, String> {
    humantime::parse_duration(raw)
        .ok()
        .filter(|d| !d.is_zero())
        .ok_or_else(|| format!("expected a duration like 15m, 2h or 90s, got {raw:?}"))
}

/// A Discord id (a "snowflake"): a positive integer.
pub(super) fn parse_snowflake(raw: &str) -> Result<u64, String> {
    raw.trim()
        .parse::<u64>()
        .ok()
        .filter(|n| *n > 0)
        .ok_or_else(|| {
            format!("expected a Discord id (a number like 123456789012345678), got {raw:?}")
        })
}

pub(super) fn parse_bool(raw: &str) -> Result<bool, String> {
    match raw.to_ascii_lowercase().as_str() {
        "1" | "true" | "yes" | "on" => Ok(true),
        "0" | "false" | "no" | "off" => Ok(false),
        _ => Err(format!("expected true or false, got {raw:?}")),
    }
}

pub(super) fn existing_file(raw: &str) -> Result<PathBuf, String> {
    let p = PathBuf::from(raw);
    if p.is_file() {
        Ok(p)
    } else {
        Err(format!("no such file: {raw}"))
    }
}

pub(super) fn existing_dir(raw: &str) -> Result<PathBuf, String> {
    let p = PathBuf::from(raw);
    if p.is_dir() {
        Ok(p)
    } else {
        Err(format!("no such folder: {raw}"))
    }
}

pub(super) fn default_bind() -> SocketAddr {
    DEFAULT_BIND
        .parse()
        .expect("the default bind address is valid")
}

pub(super) fn path_or_builtin(p: Option<&Path>) -> String {
    p.map_or_else(|| "(built in)".into(), |p| p.display().to_string())
}

pub(super) fn human(d: Duration) -> String {
    humantime::format_duration(d).to_string()
}

pub(super) fn masked(s: Option<&SecretString>) -> String {
    if s.is_some() {
        "**** (set)".into()
    } else {
        "(not set)".into()
    }
}

/// A public base URL: http or https, no query or fragment; a trailing slash
/// is dropped so paths can be appended.
pub(super) fn parse_public_url(raw: &str) -> Result<String, String> {
    let ok_scheme = raw.starts_with("https://") || raw.starts_with("http://");
    let host = raw.split("://").nth(1).unwrap_or("");
    if !ok_scheme || host.is_empty() || host.starts_with('/') {
        return Err(format!(
            "expected a URL like https://rekey.example.com, got {raw:?}"
        ));
    }
    if raw.contains('?') || raw.contains('#') {
        return Err("must not contain a query (?) or fragment (#)".into());
    }
    Ok(raw.trim_end_matches('/').to_owned())
}
