//! `ApiKey`: the customer's ActiveCampaign API key, held as a
//! [`SecretString`] from the moment it is parsed.
//!
//! The key's shape is undocumented (keys seen in the wild are 72 hex
//! characters), so an unusual shape is only a warning and ActiveCampaign has
//! the last word. Only things that cannot be a key at all are rejected:
//! nothing, inner whitespace or control characters (a copy error), non-ASCII
//! (cannot travel in an HTTP header) and a URL pasted into the key field.
//!
//! `ApiKey` has no `Display`, and its `Debug` is redacted; neither rejections
//! nor warnings carry any part of the input.

use std::fmt;

use reqwest::header::HeaderValue;
use secrecy::{ExposeSecret, SecretString};

/// Longer input is refused; it cannot be a key and would make a huge header.
const MAX_KEY_LEN: usize = 512;
/// The shape seen in every public ActiveCampaign key.
const EXPECTED_HEX_LEN: usize = 72;

/// A syntactically plausible ActiveCampaign API key.
#[derive(Clone)]
pub struct ApiKey(SecretString);

/// Why the key field cannot hold a key. `Display` is for the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum KeyRejection {
    #[error("Please paste your ActiveCampaign API key.")]
    Empty,
    #[error("That is too long to be an ActiveCampaign API key.")]
    TooLong,
    #[error(
        "The API key must not contain spaces or line breaks; copy it again with the copy button."
    )]
    ContainsWhitespace,
    #[error(
        "The API key contains characters an API key never has; copy it again with the copy button."
    )]
    InvalidCharacters,
    #[error("That looks like the API URL, not the key. The key is the long code below the URL.")]
    LooksLikeUrl,
}

impl KeyRejection {
    /// Stable snake_case id for tickets and metrics.
    pub fn class(&self) -> &'static str {
        match self {
            KeyRejection::Empty => "key_empty",
            KeyRejection::TooLong => "key_too_long",
            KeyRejection::ContainsWhitespace => "key_whitespace",
            KeyRejection::InvalidCharacters => "key_invalid_characters",
            KeyRejection::LooksLikeUrl => "key_looks_like_url",
        }
    }
}

/// The key is accepted but does not look like the keys we know; shown on the
/// form only if ActiveCampaign then rejects it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum KeyWarning {
    #[error(
        "ActiveCampaign API keys are usually 72 letters and digits; this one is {length} characters long."
    )]
    UnusualShape { length: usize },
}

impl ApiKey {
    /// Trims and checks a pasted key.
    pub fn parse(input: &str) -> Result<(ApiKey, Option<KeyWarning>), KeyRejection> {
        let key = input.trim();
        if key.is_empty() {
            return Err(KeyRejection::Empty);
        }
        if key.len() > MAX_KEY_LEN {
            return Err(KeyRejection::TooLong);
        }
        if key.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(KeyRejection::ContainsWhitespace);
        }
        if !key.bytes().all(|b| b.is_ascii_graphic()) {
            return Err(KeyRejection::InvalidCharacters);
        }
        let lower = key.to_ascii_lowercase();
        if lower.starts_with("http://") || lower.starts_with("https://") {
            return Err(KeyRejection::LooksLikeUrl);
        }
        let usual = key.len() == EXPECTED_HEX_LEN && key.bytes().all(|b| b.is_ascii_hexdigit());
        let warning = (!usual).then_some(KeyWarning::UnusualShape {
            length: key.chars().count(),
        });
        Ok((ApiKey(SecretString::from(key)), warning))
    }

    /// The key in clear, for encryption at rest. Never log or format it.
    pub fn expose_secret(&self) -> &str {
        self.0.expose_secret()
    }

    /// The `Api-Token` header value, marked sensitive so HTTP stacks redact it.
    pub(crate) fn header_value(&self) -> HeaderValue {
        // parse() admits only visible ASCII, which is always a valid header.
        let mut value = HeaderValue::from_str(self.0.expose_secret())
            .expect("visible ASCII is a valid header value");
        value.set_sensitive(true);
        value
    }
}

impl fmt::Debug for ApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ApiKey([redacted])")
    }
}

impl From<ApiKey> for SecretString {
    fn from(key: ApiKey) -> SecretString {
        key.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEX72: &str = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef01234567";

    #[test]
    fn keys_are_trimmed_and_unusual_shapes_only_warn() {
        let cases: [(&str, Option<KeyWarning>, &str); 5] = [
            (HEX72, None, "the usual 72 hex"),
            (
                "  \n0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef01234567\t",
                None,
                "surrounding whitespace trimmed",
            ),
            (
                "0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF01234567",
                None,
                "upper-case hex",
            ),
            (
                "abc123",
                Some(KeyWarning::UnusualShape { length: 6 }),
                "short",
            ),
            (
                "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456z",
                Some(KeyWarning::UnusualShape { length: 72 }),
                "non-hex",
            ),
        ];
        for (input, warning, why) in cases {
            let (key, got) = ApiKey::parse(input).unwrap_or_else(|e| panic!("{why}: {e}"));
            assert_eq!(got, warning, "{why}");
            assert_eq!(key.expose_secret(), input.trim(), "{why}");
        }
    }

    #[test]
    fn things_that_cannot_be_a_key_are_rejected() {
        use KeyRejection::*;
        let long = "a".repeat(MAX_KEY_LEN + 1);
        let cases = [
            ("", Empty, "nothing"),
            (" \t\n", Empty, "only whitespace"),
            ("0123 4567", ContainsWhitespace, "inner space"),
            ("0123\n4567", ContainsWhitespace, "inner newline"),
            ("0123\u{0}4567", ContainsWhitespace, "NUL"),
            ("0123\u{a0}4567", ContainsWhitespace, "non-breaking space"),
            ("0123\u{200b}4567", InvalidCharacters, "zero-width space"),
            ("clé", InvalidCharacters, "non-ASCII"),
            (
                "https://acme.api-us1.com",
                LooksLikeUrl,
                "URL in the key field",
            ),
            (long.as_str(), TooLong, "too long"),
        ];
        for (input, expected, why) in cases {
            assert_eq!(
                ApiKey::parse(input).map(|_| ()),
                Err(expected),
                "{input:?}: {why}"
            );
        }
    }

    #[test]
    fn the_header_value_is_marked_sensitive_and_debug_is_redacted() {
        let (key, _) = ApiKey::parse(HEX72).unwrap();
        let header = key.header_value();
        assert!(header.is_sensitive());
        assert!(!format!("{header:?}").contains("0123"), "{header:?}");
        assert_eq!(format!("{key:?}"), "ApiKey([redacted])");
    }
}
