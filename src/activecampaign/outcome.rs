//! What a verification call to ActiveCampaign means, and the pure function
//! that reads an HTTP response into it.
//!
//! Classification rules (ActiveCampaign documents few failure bodies, see
//! `shared/notes/activecampaign-facts.md`):
//! - 200 with `{"user":{...}}` → verified. 200 with the legacy v1 text "You are
//!   not authorized to access this file" → key rejected. Any other 200 (HTML, a
//!   login page, JSON without a user) → wrong URL.
//! - 3xx → wrong URL or inactive account (redirects are never followed).
//! - 401 → key rejected.
//! - 403 → no permission only when the body is JSON whose `message` or
//!   `errors` mention a permission; otherwise (empty, no content type, HTML,
//!   `{"message":"Forbidden"}`) key rejected. `{"message":"Forbidden"}` is
//!   ambiguous, but on `/users/me`, which every valid user may read, a reset or
//!   mistyped key is far more likely, and both cases share the next step
//!   (check the key, generate another one).
//! - 402 → billing. 404 and 410 → wrong URL. 429 → busy (Retry-After).
//! - 408, 5xx, timeouts and connection failures → unavailable.
//! - anything else → unexpected.

use std::time::{Duration, SystemTime};

use serde::Deserialize;

use crate::domain::VerifyClass;

/// The ActiveCampaign user who owns a verified key.
#[derive(Debug, Clone, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct AcUser {
    #[serde(deserialize_with = "string_or_number")]
    pub id: String,
    pub username: String,
    pub email: String,
    pub first_name: String,
    pub last_name: String,
}

impl AcUser {
    /// "First Last", else the user name, else the email, else `user #id`.
    pub fn display_name(&self) -> String {
        let full = format!("{} {}", self.first_name.trim(), self.last_name.trim());
        let full = full.trim();
        [full, self.username.trim(), self.email.trim()]
            .into_iter()
            .find(|s| !s.is_empty())
            .map_or_else(|| format!("user #{}", self.id), str::to_owned)
    }
}

/// Why ActiveCampaign could not be reached or answer properly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnavailableReason {
    /// A 5xx (or 408) answer.
    ServerError { status: u16 },
    /// No complete answer within the client timeout.
    Timeout,
    /// DNS failure, connection refused or reset, TLS failure.
    Connect,
    /// The connection broke while the answer was being read.
    Interrupted,
}

/// The result of one verification. Data only: the sentences shown to the
/// customer live in `prompts/`, keyed by [`VerifyOutcome::class`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VerifyOutcome {
    Verified {
        user: AcUser,
    },
    /// 401/403: usually the old key, or a copy error.
    KeyRejected {
        status: u16,
    },
    /// 403 naming a permission; `detail` is ActiveCampaign's message, cleaned
    /// and shortened.
    NoPermission {
        detail: String,
    },
    /// 3xx, HTML or 404: wrong account URL or inactive account.
    WrongUrl {
        status: u16,
    },
    /// 402: the ActiveCampaign account has a billing problem.
    Billing,
    /// 429: try again after `retry_after` when ActiveCampaign said.
    Busy {
        retry_after: Option<Duration>,
    },
    Unavailable {
        reason: UnavailableReason,
    },
    Unexpected {
        status: u16,
    },
}

impl VerifyOutcome {
    /// The outcome's class for tickets, metrics and health (spelled by
    /// [`VerifyClass`]).
    pub fn class(&self) -> VerifyClass {
        match self {
            VerifyOutcome::Verified { .. } => VerifyClass::Verified,
            VerifyOutcome::KeyRejected { .. } => VerifyClass::KeyRejected,
            VerifyOutcome::NoPermission { .. } => VerifyClass::NoPermission,
            VerifyOutcome::WrongUrl { .. } => VerifyClass::WrongUrl,
            VerifyOutcome::Billing => VerifyClass::Billing,
            VerifyOutcome::Busy { .. } => VerifyClass::Busy,
            VerifyOutcome::Unavailable { .. } => VerifyClass::Unavailable,
            VerifyOutcome::Unexpected { .. } => VerifyClass::Unexpected,
        }
    }

    pub fn is_verified(&self) -> bool {
        matches!(self, VerifyOutcome::Verified { .. })
    }
}

/// The parts of a response that classification looks at. `body` may be a
/// truncated prefix (see the size cap in `verify.rs`).
#[derive(Debug, Clone, Copy)]
pub struct Response<'a> {
    pub status: u16,
    pub retry_after: Option<&'a str>,
    pub body: &'a [u8],
}

const LEGACY_NOT_AUTHORIZED: &str = "You are not authorized to access this file";
const MAX_DETAIL_CHARS: usize = 200;

/// Reads a response into an outcome. `now` resolves an HTTP-date Retry-After.
pub fn classify(response: Response<'_>, now: SystemTime) -> VerifyOutcome {
    let status = response.status;
    match status {
        200 => classify_ok(response.body),
        300..=399 => VerifyOutcome::WrongUrl { status },
        401 => VerifyOutcome::KeyRejected { status },
        402 => VerifyOutcome::Billing,
        403 => match permission_detail(response.body) {
            Some(detail) => VerifyOutcome::NoPermission { detail },
            None => VerifyOutcome::KeyRejected { status },
        },
        404 | 410 => VerifyOutcome::WrongUrl { status },
        429 => VerifyOutcome::Busy {
            retry_after: response.retry_after.and_then(|v| parse_retry_after(v, now)),
        },
        408 | 500..=599 => VerifyOutcome::Unavailable {
            reason: UnavailableReason::ServerError { status },
        },
        _ => VerifyOutcome::Unexpected { status },
    }
}

fn classify_ok(body: &[u8]) -> VerifyOutcome {
    #[derive(Deserialize)]
    struct UserEnvelope {
        user: AcUser,
    }
    if let Ok(envelope) = serde_json::from_slice::<UserEnvelope>(body) {
        return VerifyOutcome::Verified {
            user: envelope.user,
        };
    }
    if String::from_utf8_lossy(body).contains(LEGACY_NOT_AUTHORIZED) {
        return VerifyOutcome::KeyRejected { status: 200 };
    }
    VerifyOutcome::WrongUrl { status: 200 }
}

/// ActiveCampaign's message when a 403 JSON body mentions a permission.
fn permission_detail(body: &[u8]) -> Option<String> {
    let json: serde_json::Value = serde_json::from_slice(body).ok()?;
    let mut messages = Vec::new();
    if let Some(m) = json.get("message").and_then(|m| m.as_str()) {
        messages.push(m.to_owned());
    }
    if let Some(errors) = json.get("errors").and_then(|e| e.as_array()) {
        for error in errors {
            match error {
                serde_json::Value::String(s) => messages.push(s.clone()),
                other => {
                    for field in ["title", "detail", "message"] {
                        if let Some(s) = other.get(field).and_then(|v| v.as_str()) {
                            messages.push(s.to_owned());
                        }
                    }
                }
            }
        }
    }
    messages
        .into_iter()
        .find(|m| m.to_ascii_lowercase().contains("permission"))
        .map(|m| clean_detail(&m))
}

/// Control characters removed and length capped: the detail is shown to
/// staff and may reach the form.
fn clean_detail(text: &str) -> String {
    let cleaned: String = text
        .chars()
        .filter(|c| !c.is_control())
        .take(MAX_DETAIL_CHARS)
        .collect();
    cleaned.trim().to_owned()
}

/// `Retry-After` as delta-seconds or an HTTP-date; a date in the past is zero.
pub fn parse_retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let value = value.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let at = httpdate::parse_http_date(value).ok()?;
    Some(at.duration_since(now).unwrap_or(Duration::ZERO))
}

fn string_or_number<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Id {
        S(String),
        N(u64),
    }
    Ok(match Id::deserialize(d)? {
        Id::S(s) => s,
        Id::N(n) => n.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outcome(status: u16, body: &str) -> VerifyOutcome {
        classify(
            Response {
                status,
                retry_after: None,
                body: body.as_bytes(),
            },
            SystemTime::UNIX_EPOCH,
        )
    }

    #[test]
    fn responses_are_classified_by_status_and_body() {
        use VerifyOutcome::*;
        let user = r#"{"user":{"id":"7","username":"ops","firstName":"Ada","lastName":"Lovelace","email":"ada@example.com"}}"#;
        let cases = [
            (200, user, "verified", "user JSON"),
            (
                200,
                r#"{"user":{"id":7}}"#,
                "verified",
                "numeric id and missing fields",
            ),
            (
                200,
                "You are not authorized to access this file",
                "key_rejected",
                "legacy v1 answer",
            ),
            (200, "<html>Log in</html>", "wrong_url", "a login page"),
            (200, r#"{"users":[]}"#, "wrong_url", "JSON without a user"),
            (200, r#"{"user":null}"#, "wrong_url", "null user"),
            (204, "", "unexpected", "other 2xx"),
            (301, "", "wrong_url", "moved"),
            (302, "", "wrong_url", "redirect to a login page"),
            (401, "", "key_rejected", "unauthorised"),
            (402, "", "billing", "payment required"),
            (403, "", "key_rejected", "reset key: empty body"),
            (
                403,
                "<html>403 Forbidden</html>",
                "key_rejected",
                "HTML 403",
            ),
            (
                403,
                r#"{"message":"Forbidden"}"#,
                "key_rejected",
                "ambiguous Forbidden JSON",
            ),
            (
                403,
                r#"{"message":"You do not have permission to access this resource"}"#,
                "no_permission",
                "permission message",
            ),
            (
                403,
                r#"{"errors":[{"title":"No Permission to view users"}]}"#,
                "no_permission",
                "errors array with title",
            ),
            (
                403,
                r#"{"errors":["missing permission: users"]}"#,
                "no_permission",
                "errors array of strings",
            ),
            (404, "<html>Not Found</html>", "wrong_url", "wrong path"),
            (410, "", "wrong_url", "gone"),
            (408, "", "unavailable", "request timeout"),
            (429, "", "busy", "rate limited"),
            (500, "", "unavailable", "server error"),
            (503, "", "unavailable", "overloaded"),
            (418, "", "unexpected", "anything else"),
        ];
        for (status, body, class, why) in cases {
            assert_eq!(
                outcome(status, body).class().as_str(),
                class,
                "{status} {body:?}: {why}"
            );
        }
        assert_eq!(
            outcome(403, r#"{"message":"You do not have\u0007 permission"}"#),
            NoPermission {
                detail: "You do not have permission".into()
            }
        );
    }

    #[test]
    fn a_verified_user_has_a_readable_name() {
        let VerifyOutcome::Verified { user } = outcome(
            200,
            r#"{"user":{"id":"7","username":"ops","firstName":"Ada","lastName":"Lovelace","email":"a@x"}}"#,
        ) else {
            panic!("not verified");
        };
        assert_eq!(user.display_name(), "Ada Lovelace");
        let cases = [
            (
                AcUser {
                    username: "ops".into(),
                    ..AcUser::default()
                },
                "ops",
                "user name when no real name",
            ),
            (
                AcUser {
                    email: "a@x".into(),
                    ..AcUser::default()
                },
                "a@x",
                "email last",
            ),
            (
                AcUser {
                    id: "9".into(),
                    ..AcUser::default()
                },
                "user #9",
                "id when nothing else",
            ),
            (
                AcUser {
                    first_name: "Ada".into(),
                    ..AcUser::default()
                },
                "Ada",
                "first name alone",
            ),
        ];
        for (user, expected, why) in cases {
            assert_eq!(user.display_name(), expected, "{why}");
        }
    }

    #[test]
    fn retry_after_accepts_seconds_and_http_dates() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_000_000_000);
        let in_90s = httpdate::fmt_http_date(now + Duration::from_secs(90));
        let past = httpdate::fmt_http_date(now - Duration::from_secs(90));
        let cases = [
            ("30", Some(Duration::from_secs(30)), "delta seconds"),
            (" 5 ", Some(Duration::from_secs(5)), "padded"),
            (in_90s.as_str(), Some(Duration::from_secs(90)), "HTTP-date"),
            (past.as_str(), Some(Duration::ZERO), "date in the past"),
            ("-1", None, "negative"),
            ("soon", None, "garbage"),
        ];
        for (value, expected, why) in cases {
            assert_eq!(parse_retry_after(value, now), expected, "{value:?}: {why}");
        }
    }
}
