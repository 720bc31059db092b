//! Secure link tokens: 256 random bits from the OS RNG, URL-safe base64.
//! Only the SHA-256 of a token is ever stored; the token itself exists in the
//! link sent to the customer and nowhere else.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rand::RngCore;
use rand::rngs::OsRng;
use secrecy::{ExposeSecret, SecretString};
use sha2::{Digest, Sha256};

use crate::domain::Timestamp;
use crate::store::LinkRecord;

/// The path prefix of secure links on the web server.
pub const LINK_PATH: &str = "/l/";

/// A freshly minted token (secret) and its hash (storable).
#[derive(Debug)]
pub struct Minted {
    pub token: SecretString,
    pub hash: Vec<u8>,
}

/// Mints a token with 256 bits from the OS RNG.
pub fn mint() -> Minted {
    let mut bytes = [0u8; 32];
    OsRng.fill_bytes(&mut bytes);
    let token = URL_SAFE_NO_PAD.encode(bytes);
    let hash = hash(&token);
    Minted {
        token: SecretString::from(token),
        hash,
    }
}

/// SHA-256 of a token as given in a URL.
pub fn hash(token: &str) -> Vec<u8> {
    Sha256::digest(token.as_bytes()).to_vec()
}

/// Whether `token` has the shape of one of ours (43 URL-safe characters):
/// anything else is answered without touching the database.
pub fn well_formed(token: &str) -> bool {
    token.len() == 43
        && token
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// The full URL of a link.
pub fn url(public_url: &str, token: &SecretString) -> String {
    format!(
        "{}{LINK_PATH}{}",
        public_url.trim_end_matches('/'),
        token.expose_secret()
    )
}

/// Why a stored link can no longer be used. All of these are shown to the
/// customer as the same page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unusable {
    Consumed,
    Revoked,
    Expired,
    Locked,
}

/// Whether a link can still be used at `now`.
pub fn usable(link: &LinkRecord, now: Timestamp, max_attempts: u32) -> Result<(), Unusable> {
    if link.consumed_at.is_some() {
        Err(Unusable::Consumed)
    } else if link.revoked_at.is_some() {
        Err(Unusable::Revoked)
    } else if now >= link.expires_at {
        Err(Unusable::Expired)
    } else if link.attempts >= i64::from(max_attempts) {
        Err(Unusable::Locked)
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::TicketId;

    #[test]
    fn tokens_are_256_bit_url_safe_and_distinct() {
        let a = mint();
        let b = mint();
        assert!(well_formed(a.token.expose_secret()));
        assert_ne!(a.token.expose_secret(), b.token.expose_secret());
        assert_eq!(a.hash, hash(a.token.expose_secret()));
        assert_eq!(a.hash.len(), 32);
        assert!(!format!("{a:?}").contains(a.token.expose_secret()));
    }

    #[test]
    fn malformed_tokens_are_recognised() {
        for t in [
            "",
            "short",
            &"a".repeat(44),
            &format!("{}!", "a".repeat(42)),
            "../../etc/passwd",
        ] {
            assert!(!well_formed(t), "{t:?}");
        }
    }

    #[test]
    fn usability_follows_consumed_revoked_expiry_and_attempts() {
        let base = LinkRecord {
            token_hash: vec![1],
            ticket: TicketId::from_row(1),
            customer_ref: "u".into(),
            created_at: Timestamp(0),
            expires_at: Timestamp(1000),
            opened_at: None,
            consumed_at: None,
            attempts: 0,
            revoked_at: None,
        };
        let cases = [
            (base.clone(), 999, Ok(()), "fresh"),
            (base.clone(), 1000, Err(Unusable::Expired), "at expiry"),
            (
                LinkRecord {
                    attempts: 5,
                    ..base.clone()
                },
                0,
                Err(Unusable::Locked),
                "locked",
            ),
            (
                LinkRecord {
                    revoked_at: Some(Timestamp(1)),
                    ..base.clone()
                },
                0,
                Err(Unusable::Revoked),
                "revoked",
            ),
            (
                LinkRecord {
                    consumed_at: Some(Timestamp(1)),
                    ..base.clone()
                },
                0,
                Err(Unusable::Consumed),
                "used",
            ),
        ];
        for (link, now, expected, what) in cases {
            assert_eq!(usable(&link, Timestamp(now), 5), expected, "{what}");
        }
    }
}
