//! Fingerprints: a short, non-reversible name for a secret, safe to show in
//! chat, logs and the database.
//!
//! Shape: 8 hex digits of an HMAC-SHA256 of the secret, `...`, and the
//! secret's last 4 characters (what ActiveCampaign's own settings page shows
//! of a key, so customers can match it). Secrets shorter than 12 characters
//! get only the hash part — their last four would give away too much.
//!
//! The HMAC key is derived from the master key ([`FingerprintKey::derive`]),
//! so fingerprints are stable across restarts and instances with the same
//! master key, but a stored fingerprint of a password-like secret cannot be
//! guessed offline without that key (an unkeyed 32-bit hash prefix could).
//! Tools that run without a master key (`rekey classify`, `rekey eval`) use
//! [`FingerprintKey::default`], a fixed public key: their fingerprints are for
//! display only and never stored.

use std::fmt;

use hmac::{Hmac, Mac};
use secrecy::ExposeSecret;
use sha2::Sha256;

use crate::crypto::MasterKey;

/// The key fingerprints are made with.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct FingerprintKey([u8; 32]);

impl FingerprintKey {
    /// The fingerprint key of this master key (HMAC-SHA256 of a fixed label).
    pub fn derive(master: &MasterKey) -> Self {
        FingerprintKey(*master.derive("rekey fingerprint key v1").expose_secret())
    }

    /// The fingerprint of `secret`, e.g. `3f2a9c1e...beef`.
    pub fn fingerprint(&self, secret: &str) -> String {
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(&self.0)
            .expect("HMAC accepts a key of any length");
        mac.update(secret.as_bytes());
        let digest = mac.finalize().into_bytes();
        let prefix = hex::encode(&digest[..4]);
        let chars: Vec<char> = secret.chars().collect();
        if chars.len() < 12 {
            return prefix;
        }
        let tail: String = chars[chars.len() - 4..].iter().collect();
        format!("{prefix}...{tail}")
    }
}

impl fmt::Debug for FingerprintKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("FingerprintKey(****)")
    }
}

/// The fingerprint of `secret` under the fixed public key (display only; see
/// the module docs).
pub fn fingerprint(secret: &str) -> String {
    FingerprintKey::default().fingerprint(secret)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_secrets_show_a_hash_prefix_and_their_last_four_characters() {
        let key = "0123456789abcdef".repeat(4) + "cafebeef";
        let fp = fingerprint(&key);
        assert_eq!(fp.len(), 8 + 3 + 4);
        assert!(fp.ends_with("...beef"), "{fp}");
        assert_eq!(fp, fingerprint(&key), "deterministic");
        assert_ne!(fp, fingerprint(&key.replace('0', "1")));
    }

    #[test]
    fn short_secrets_show_only_the_hash_prefix() {
        let fp = fingerprint("hunter2");
        assert_eq!(fp.len(), 8);
        assert!(!fp.contains("ter2"));
    }

    #[test]
    fn fingerprints_are_keyed_by_the_master_key_and_stable_for_the_same_one() {
        use sha2::Digest;
        let secret = "correct-horse-battery-staple-1";
        let a = FingerprintKey::derive(&MasterKey::from_bytes([1; 32]));
        let again = FingerprintKey::derive(&MasterKey::from_bytes([1; 32]));
        let b = FingerprintKey::derive(&MasterKey::from_bytes([2; 32]));
        assert_eq!(a.fingerprint(secret), again.fingerprint(secret), "stable");
        assert_ne!(a.fingerprint(secret), b.fingerprint(secret), "keyed");
        let unsalted = hex::encode(&sha2::Sha256::digest(secret.as_bytes())[..4]);
        assert!(
            !a.fingerprint(secret).starts_with(&unsalted),
            "not the guessable unsalted SHA-256 prefix"
        );
        assert!(!format!("{a:?}").contains('1'), "Debug is masked");
    }
}
