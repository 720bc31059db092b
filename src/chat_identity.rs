//! Pure: who is on the other end of the web chat.
//!
//! **Sessions** are issued by the server, never invented by the client: the
//! cookie is `v1.<payload>.<mac>`, a base64url JSON payload (a random
//! session id, when it was issued, and the verified identity if any) with
//! an HMAC-SHA256 under a key derived from the master key. Any other value
//! — a well-formed random string included — is no session.
//!
//! **Identities** come from the host application (CustomerHub) that embeds
//! the chat: it signs `user_id`, `name`, `email`, `account_id` and a Unix
//! `timestamp` (seconds), joined with newlines in that order, with
//! HMAC-SHA256 under `REKEY_CHAT_IDENTITY_SECRET`, hex-encoded. A signature
//! is accepted only if it matches and the timestamp is fresh.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hmac::{Hmac, Mac};
use secrecy::{ExposeSecret, SecretBox};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

type HmacSha256 = Hmac<Sha256>;

/// How old a host signature may be.
pub const MAX_SIGNATURE_AGE_SECS: i64 = 10 * 60;
/// How far in the future a signature's timestamp may be (clock skew).
const MAX_CLOCK_SKEW_SECS: i64 = 60;
/// How long a session lasts.
pub const SESSION_MAX_AGE_SECS: i64 = 30 * 24 * 60 * 60;
/// Longest accepted identity field.
const MAX_FIELD: usize = 200;

/// A customer as the host application vouched for them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Identity {
    pub user_id: String,
    pub name: String,
    pub email: String,
    pub account_id: String,
}

/// What the host passed along with the chat page's address.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct SignedIdentity {
    pub user_id: Option<String>,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub account_id: String,
    pub timestamp: Option<String>,
    pub signature: Option<String>,
}

impl SignedIdentity {
    /// Whether the request tried to identify the customer at all.
    pub fn present(&self) -> bool {
        self.user_id.is_some() || self.signature.is_some() || self.timestamp.is_some()
    }
}

/// Why an identity was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum IdentityError {
    #[error("no signed identity was given")]
    Missing,
    #[error("the identity's signature does not match")]
    BadSignature,
    #[error("the identity's signature has expired")]
    Expired,
    #[error("the identity is malformed")]
    Malformed,
}

/// The exact bytes the host signs.
pub fn signing_input(
    user_id: &str,
    name: &str,
    email: &str,
    account_id: &str,
    timestamp: &str,
) -> String {
    format!("{user_id}\n{name}\n{email}\n{account_id}\n{timestamp}")
}

/// The hex HMAC-SHA256 a host computes (also what tests and the README's
/// example use).
pub fn sign(secret: &str, input: &str) -> String {
    let mut mac = HmacSha256::new_from_slice(secret.as_bytes()).expect("HMAC takes any key length");
    mac.update(input.as_bytes());
    hex::encode(mac.finalize().into_bytes())
}

/// Checks a host's signed identity at `now_secs`.
pub fn verify(
    secret: &str,
    given: &SignedIdentity,
    now_secs: i64,
) -> Result<Identity, IdentityError> {
    let (Some(user_id), Some(timestamp), Some(signature)) =
        (&given.user_id, &given.timestamp, &given.signature)
    else {
        return Err(IdentityError::Missing);
    };
    let fields = [
        user_id.as_str(),
        &given.name,
        &given.email,
        &given.account_id,
    ];
    if user_id.trim().is_empty()
        || fields
            .iter()
            .any(|f| f.len() > MAX_FIELD || f.contains(['\n', '\r']))
    {
        return Err(IdentityError::Malformed);
    }
    let Ok(signature) = hex::decode(signature.trim()) else {
        return Err(IdentityError::BadSignature);
    };
    let input = signing_input(
        user_id,
        &given.name,
        &given.email,
        &given.account_id,
        timestamp,
    );
    let mut mac = HmacSha256::new_from_slice(secret.as_bytes()).expect("HMAC takes any key length");
    mac.update(input.as_bytes());
    // Constant-time comparison.
    mac.verify_slice(&signature)
        .map_err(|_| IdentityError::BadSignature)?;
    let Ok(at) = timestamp.trim().parse::<i64>() else {
        return Err(IdentityError::Malformed);
    };
    if at > now_secs + MAX_CLOCK_SKEW_SECS || now_secs - at > MAX_SIGNATURE_AGE_SECS {
        return Err(IdentityError::Expired);
    }
    Ok(Identity {
        user_id: user_id.clone(),
        name: given.name.trim().to_owned(),
        email: given.email.trim().to_owned(),
        account_id: given.account_id.trim().to_owned(),
    })
}

/// A web chat session as the server issued it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    /// 256 random bits, base64url.
    pub id: String,
    /// When it was issued (Unix seconds).
    pub issued: i64,
    /// The host-verified customer, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identity: Option<Identity>,
}

impl Session {
    /// A new session with a fresh random id (`random` from the caller's RNG).
    pub fn new(random: [u8; 32], now_secs: i64, identity: Option<Identity>) -> Session {
        Session {
            id: URL_SAFE_NO_PAD.encode(random),
            issued: now_secs,
            identity,
        }
    }

    /// The customer reference stored on tickets: the host's user id for a
    /// verified customer (so their history follows them), else a hash of
    /// the session id — never the session itself, which is a credential.
    pub fn customer_ref(&self) -> String {
        match &self.identity {
            Some(i) => format!("user:{}", i.user_id),
            None => format!(
                "w:{}",
                &hex::encode(Sha256::digest(self.id.as_bytes()))[..32]
            ),
        }
    }

    /// The name to greet and show staff; empty when anonymous.
    pub fn name(&self) -> &str {
        self.identity.as_ref().map_or("", |i| i.name.as_str())
    }
}

/// Signs and checks session cookies.
pub struct SessionKey(SecretBox<[u8; 32]>);

impl std::fmt::Debug for SessionKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SessionKey(****)")
    }
}

impl SessionKey {
    pub fn new(key: SecretBox<[u8; 32]>) -> SessionKey {
        SessionKey(key)
    }

    fn mac(&self, payload: &str) -> HmacSha256 {
        let mut mac =
            HmacSha256::new_from_slice(self.0.expose_secret()).expect("HMAC takes any key length");
        mac.update(b"v1.");
        mac.update(payload.as_bytes());
        mac
    }

    /// The cookie value for a session.
    pub fn seal(&self, s: &Session) -> String {
        let payload = URL_SAFE_NO_PAD.encode(serde_json::to_vec(s).unwrap_or_default());
        let tag = URL_SAFE_NO_PAD.encode(self.mac(&payload).finalize().into_bytes());
        format!("v1.{payload}.{tag}")
    }

    /// The session in a cookie value, if this server issued it and it has
    /// not run out at `now_secs`.
    pub fn open(&self, cookie: &str, now_secs: i64) -> Option<Session> {
        let rest = cookie.strip_prefix("v1.")?;
        let (payload, tag) = rest.split_once('.')?;
        let tag = URL_SAFE_NO_PAD.decode(tag).ok()?;
        self.mac(payload).verify_slice(&tag).ok()?;
        let s: Session = serde_json::from_slice(&URL_SAFE_NO_PAD.decode(payload).ok()?).ok()?;
        (now_secs - s.issued <= SESSION_MAX_AGE_SECS && s.issued <= now_secs + MAX_CLOCK_SKEW_SECS)
            .then_some(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECRET: &str = "0123456789abcdef0123456789abcdef";
    const NOW: i64 = 1_795_000_000;

    fn signed(ts: i64) -> SignedIdentity {
        let ts = ts.to_string();
        let input = signing_input("u-7", "Ada Lovelace", "ada@example.com", "acct-42", &ts);
        SignedIdentity {
            user_id: Some("u-7".into()),
            name: "Ada Lovelace".into(),
            email: "ada@example.com".into(),
            account_id: "acct-42".into(),
            timestamp: Some(ts),
            signature: Some(sign(SECRET, &input)),
        }
    }

    #[test]
    fn a_fresh_valid_signature_is_accepted() {
        let id = verify(SECRET, &signed(NOW - 30), NOW).unwrap();
        assert_eq!(id.name, "Ada Lovelace");
        assert_eq!(id.account_id, "acct-42");
    }

    #[test]
    fn tampered_expired_missing_and_malformed_identities_are_refused() {
        let cases: Vec<(&str, SignedIdentity, IdentityError)> = vec![
            (
                "another name",
                SignedIdentity {
                    name: "Mallory".into(),
                    ..signed(NOW)
                },
                IdentityError::BadSignature,
            ),
            (
                "another account",
                SignedIdentity {
                    account_id: "acct-1".into(),
                    ..signed(NOW)
                },
                IdentityError::BadSignature,
            ),
            (
                "wrong secret",
                SignedIdentity {
                    signature: Some(sign("x", "y")),
                    ..signed(NOW)
                },
                IdentityError::BadSignature,
            ),
            (
                "not hex",
                SignedIdentity {
                    signature: Some("zz".into()),
                    ..signed(NOW)
                },
                IdentityError::BadSignature,
            ),
            (
                "too old",
                signed(NOW - MAX_SIGNATURE_AGE_SECS - 1),
                IdentityError::Expired,
            ),
            (
                "from the future",
                signed(NOW + 3600),
                IdentityError::Expired,
            ),
            (
                "no signature",
                SignedIdentity {
                    signature: None,
                    ..signed(NOW)
                },
                IdentityError::Missing,
            ),
            ("nothing", SignedIdentity::default(), IdentityError::Missing),
            (
                "newline in a field",
                SignedIdentity {
                    name: "a\nb".into(),
                    ..signed(NOW)
                },
                IdentityError::Malformed,
            ),
        ];
        for (what, given, want) in cases {
            assert_eq!(verify(SECRET, &given, NOW), Err(want), "{what}");
        }
    }

    fn key(b: u8) -> SessionKey {
        SessionKey::new(SecretBox::new(Box::new([b; 32])))
    }

    #[test]
    fn sessions_open_only_when_this_server_sealed_them() {
        let s = Session::new([9; 32], NOW, None);
        let cookie = key(1).seal(&s);
        assert_eq!(key(1).open(&cookie, NOW + 5), Some(s.clone()));
        assert_eq!(key(2).open(&cookie, NOW), None, "another server's key");
        let invented = "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcde";
        assert_eq!(key(1).open(invented, NOW), None, "a client-invented value");
        let mut forged = cookie.clone();
        forged.replace_range(5..6, if &cookie[5..6] == "A" { "B" } else { "A" });
        assert_eq!(key(1).open(&forged, NOW), None, "a changed payload");
        assert_eq!(
            key(1).open(&cookie, NOW + SESSION_MAX_AGE_SECS + 1),
            None,
            "an expired session"
        );
    }

    #[test]
    fn customer_refs_never_contain_the_session_id() {
        let s = Session::new([3; 32], NOW, None);
        let r = s.customer_ref();
        assert!(r.starts_with("w:") && !r.contains(&s.id), "{r}");
        let who = Session::new(
            [3; 32],
            NOW,
            Some(verify(SECRET, &signed(NOW), NOW).unwrap()),
        );
        assert_eq!(who.customer_ref(), "user:u-7");
        assert_eq!(who.name(), "Ada Lovelace");
    }
}
