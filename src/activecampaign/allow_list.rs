//! The ActiveCampaign host allow-list (`REKEY_AC_ALLOWED_HOSTS`).
//!
//! The API URL field of the form must never become a way to make the server
//! call arbitrary hosts, so every URL is checked against this list before any
//! request is made.
//!
//! Pattern syntax (comma-separated, case-insensitive, surrounding spaces and
//! empty entries ignored):
//! - `acme.api-us1.com` — exactly that host;
//! - `*.api-us1.com` — exactly ONE label in front of the rest: matches
//!   `acme.api-us1.com`, not `api-us1.com` and not `a.b.api-us1.com`. This is
//!   the TLS certificate wildcard rule, and ActiveCampaign account hosts are a
//!   single label (`ACCOUNT.api-us1.com`), so nothing wider is needed;
//! - `#` inside a label — one or more ASCII digits: `*.api-us#.com` matches
//!   `acme.api-us1.com` and `acme.api-us12.com`, not `acme.api-us.com`;
//! - an IP address such as `127.0.0.1` — only ever used when the test-only
//!   `REKEY_AC_ALLOW_HTTP` is on (so a fake ActiveCampaign on loopback can be
//!   reached); IP literals are rejected otherwise, listed or not.
//!
//! The `*` may only be the whole first label, and it must be followed by at
//! least two labels (`*.com` would allow the whole `.com` zone).

use std::fmt;
use std::net::IpAddr;

/// Hosts allowed when `REKEY_AC_ALLOWED_HOSTS` is not set: ActiveCampaign's
/// numbered API hosts (`ACCOUNT.api-us1.com`, `ACCOUNT.api-us2.com`, ...) and the
/// account web address (`ACCOUNT.activehosted.com`), which also answers API
/// calls. Other regions seen in the wild (`api-eu1.com`, `api-ca1.com`) are not
/// documented by ActiveCampaign; operators can add them.
pub const DEFAULT_ALLOWED_HOSTS: &str = "*.api-us#.com,*.activehosted.com";

/// A parsed allow-list. Cheap to clone; build it once from configuration.
#[derive(Clone, PartialEq, Eq)]
pub struct AllowList {
    patterns: Vec<Pattern>,
}

/// Why `REKEY_AC_ALLOWED_HOSTS` could not be parsed. Patterns are configuration,
/// not secrets, so they are quoted to help the operator.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AllowListError {
    #[error("the ActiveCampaign host allow-list is empty")]
    Empty,
    #[error(
        "allow-list pattern {0:?} must be a bare host name (no scheme, port, path or user name)"
    )]
    NotAHost(String),
    #[error(
        "allow-list pattern {0:?} may only use `*` as its whole first label, as in `*.api-us1.com`"
    )]
    MisplacedWildcard(String),
    #[error("allow-list pattern {0:?} is too broad: `*.` must be followed by at least two labels")]
    TooBroad(String),
    #[error(
        "allow-list pattern {0:?} contains an empty label or a character other than a-z, 0-9, `-`, `*` and `#`"
    )]
    InvalidCharacter(String),
}

#[derive(Clone, PartialEq, Eq)]
enum Pattern {
    /// Exact host labels, each possibly containing `#` digit wildcards.
    Labels(Vec<String>),
    /// `*.` followed by these labels.
    Wildcard(Vec<String>),
    /// An IP address, for the test-only plain-HTTP mode.
    Ip(IpAddr),
}

impl AllowList {
    /// Parses the comma-separated patterns of `REKEY_AC_ALLOWED_HOSTS`.
    pub fn parse(input: &str) -> Result<AllowList, AllowListError> {
        let mut patterns = Vec::new();
        for raw in input.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            patterns.push(Pattern::parse(raw)?);
        }
        if patterns.is_empty() {
            return Err(AllowListError::Empty);
        }
        Ok(AllowList { patterns })
    }

    /// True when the (already lower-cased, punycode) domain name matches a
    /// name pattern. IP patterns never match here.
    pub fn allows_domain(&self, host: &str) -> bool {
        let labels: Vec<&str> = host.split('.').collect();
        self.patterns.iter().any(|p| p.matches_domain(&labels))
    }

    /// True when the IP address is listed exactly (test-only plain-HTTP mode).
    pub fn allows_ip(&self, ip: IpAddr) -> bool {
        self.patterns
            .iter()
            .any(|p| matches!(p, Pattern::Ip(listed) if *listed == ip))
    }
}

impl Default for AllowList {
    fn default() -> Self {
        AllowList::parse(DEFAULT_ALLOWED_HOSTS).expect("the default allow-list is valid")
    }
}

impl fmt::Debug for AllowList {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.patterns.iter()).finish()
    }
}

impl fmt::Display for AllowList {
    /// The list in `REKEY_AC_ALLOWED_HOSTS` syntax, for the start-up log line.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.patterns.iter().enumerate() {
            if i > 0 {
                f.write_str(",")?;
            }
            write!(f, "{p:?}")?;
        }
        Ok(())
    }
}

impl fmt::Debug for Pattern {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Pattern::Labels(labels) => f.write_str(&labels.join(".")),
            Pattern::Wildcard(labels) => write!(f, "*.{}", labels.join(".")),
            Pattern::Ip(ip) => write!(f, "{ip}"),
        }
    }
}

impl Pattern {
    fn parse(raw: &str) -> Result<Pattern, AllowListError> {
        let lower = raw.to_ascii_lowercase();
        if let Ok(ip) = lower.trim_start_matches('[').trim_end_matches(']').parse() {
            return Ok(Pattern::Ip(ip));
        }
        if lower.contains(['/', ':', '@', '?']) {
            return Err(AllowListError::NotAHost(raw.to_owned()));
        }
        if lower == "*" {
            return Err(AllowListError::TooBroad(raw.to_owned()));
        }
        let (wildcard, rest) = match lower.strip_prefix("*.") {
            Some(rest) => (true, rest),
            None => (false, lower.as_str()),
        };
        if rest.contains('*') {
            return Err(AllowListError::MisplacedWildcard(raw.to_owned()));
        }
        let labels: Vec<String> = rest.split('.').map(str::to_owned).collect();
        let valid_label = |l: &String| {
            !l.is_empty()
                && l.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'#')
        };
        if !labels.iter().all(valid_label) {
            return Err(AllowListError::InvalidCharacter(raw.to_owned()));
        }
        if wildcard {
            if labels.len() < 2 {
                return Err(AllowListError::TooBroad(raw.to_owned()));
            }
            Ok(Pattern::Wildcard(labels))
        } else {
            Ok(Pattern::Labels(labels))
        }
    }

    fn matches_domain(&self, host: &[&str]) -> bool {
        let (rest_of_host, labels) = match self {
            Pattern::Ip(_) => return false,
            Pattern::Labels(labels) => (host, labels),
            Pattern::Wildcard(labels) => match host.split_first() {
                // The wildcard stands for exactly one non-empty label.
                Some((first, rest)) if is_host_label(first) => (rest, labels),
                _ => return false,
            },
        };
        rest_of_host.len() == labels.len()
            && labels
                .iter()
                .zip(rest_of_host)
                .all(|(p, h)| label_matches(p.as_bytes(), h.as_bytes()))
    }
}

fn is_host_label(label: &str) -> bool {
    !label.is_empty()
        && label
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Matches one label; `#` in the pattern consumes one or more digits. Labels
/// are at most 63 bytes, so plain backtracking is cheap.
fn label_matches(pattern: &[u8], host: &[u8]) -> bool {
    match pattern.split_first() {
        None => host.is_empty(),
        Some((b'#', rest)) => {
            let digits = host.iter().take_while(|b| b.is_ascii_digit()).count();
            (1..=digits).any(|n| label_matches(rest, &host[n..]))
        }
        Some((p, rest)) => host.first() == Some(p) && label_matches(rest, &host[1..]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_list_allows_numbered_api_hosts_and_activehosted_accounts() {
        let allow = AllowList::default();
        let cases = [
            ("acme.api-us1.com", true, "the usual API host"),
            ("acme.api-us2.com", true, "another numbered host"),
            ("acme.api-us12.com", true, "two-digit numbered host"),
            ("acme.activehosted.com", true, "the account web address"),
            ("api-us1.com", false, "the bare zone has no account label"),
            (
                "a.b.api-us1.com",
                false,
                "the wildcard is exactly one label",
            ),
            ("acme.api-us.com", false, "`#` needs at least one digit"),
            ("acme.api-usx.com", false, "`#` only matches digits"),
            ("acme.api-us1.com.evil.com", false, "suffix tricks"),
            ("evilapi-us1.com", false, "no label boundary"),
            ("acme.api-us1.com.", false, "trailing dot is an empty label"),
            (".api-us1.com", false, "empty account label"),
            ("acme.api-eu1.com", false, "undocumented regions are opt-in"),
            ("evil.com", false, "unrelated host"),
        ];
        for (host, expected, why) in cases {
            assert_eq!(allow.allows_domain(host), expected, "{host}: {why}");
        }
    }

    #[test]
    fn patterns_are_parsed_case_insensitively_with_blanks_ignored() {
        let allow = AllowList::parse(" *.Example.COM , ,127.0.0.1,").unwrap();
        assert!(allow.allows_domain("acme.example.com"));
        assert!(allow.allows_ip("127.0.0.1".parse().unwrap()));
        assert!(!allow.allows_ip("127.0.0.2".parse().unwrap()));
        assert!(
            !allow.allows_domain("127.0.0.1"),
            "IP patterns never match names"
        );
        assert_eq!(allow.to_string(), "*.example.com,127.0.0.1");
    }

    #[test]
    fn bad_patterns_are_refused_with_a_reason() {
        let cases = [
            ("", AllowListError::Empty, "nothing at all"),
            (" , ", AllowListError::Empty, "only blanks"),
            (
                "https://acme.api-us1.com",
                AllowListError::NotAHost("https://acme.api-us1.com".into()),
                "scheme",
            ),
            (
                "acme.api-us1.com:443",
                AllowListError::NotAHost("acme.api-us1.com:443".into()),
                "port",
            ),
            ("*", AllowListError::TooBroad("*".into()), "bare star"),
            (
                "*.com",
                AllowListError::TooBroad("*.com".into()),
                "a whole TLD",
            ),
            (
                "a.*.com",
                AllowListError::MisplacedWildcard("a.*.com".into()),
                "star in the middle",
            ),
            (
                "*acme.com",
                AllowListError::MisplacedWildcard("*acme.com".into()),
                "partial-label star",
            ),
            (
                "acme..com",
                AllowListError::InvalidCharacter("acme..com".into()),
                "empty label",
            ),
            (
                "ac me.com",
                AllowListError::InvalidCharacter("ac me.com".into()),
                "space",
            ),
        ];
        for (input, expected, why) in cases {
            assert_eq!(AllowList::parse(input), Err(expected), "{input:?}: {why}");
        }
    }

    #[test]
    fn digit_wildcards_backtrack_when_followed_by_digits() {
        let allow = AllowList::parse("*.api-us#1.com").unwrap();
        assert!(allow.allows_domain("a.api-us21.com"));
        assert!(allow.allows_domain("a.api-us11.com"));
        assert!(!allow.allows_domain("a.api-us1.com"));
    }
}
