//! Fingerprints: a short, non-reversible name for a secret, safe to show in
//! chat, logs and the database.
//!
//! Shape: the first 8 hex digits of the secret's SHA-256, `...`, and the
//! secret's last 4 characters (what ActiveCampaign's own settings page shows
//! of a key, so customers can match it). Secrets shorter than 12 characters get
//! only the hash part — their last four would give away too much.

use sha2::{Digest, Sha256};

/// The fingerprint of `secret`, e.g. `3f2a9c1e...beef`.
pub fn fingerprint(secret: &str) -> String {
    let digest = Sha256::digest(secret.as_bytes());
    let prefix = hex::encode(&digest[..4]);
    let chars: Vec<char> = secret.chars().collect();
    if chars.len() < 12 {
        return prefix;
    }
    let tail: String = chars[chars.len() - 4..].iter().collect();
    format!("{prefix}...{tail}")
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
}
