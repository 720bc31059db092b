//! Encryption at rest for connector credentials.
//!
//! XChaCha20-Poly1305 (RustCrypto) under a 32-byte master key. The nonce is
//! 24 random bytes from the OS RNG per encryption — large enough that random
//! nonces never collide in practice. The ActiveCampaign account is bound in as
//! associated data, so a ciphertext copied onto another account's row fails
//! to decrypt instead of handing out the wrong key.

use std::fmt;
use std::io::Write;
use std::path::Path;

use anyhow::Context;
use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use chacha20poly1305::aead::{Aead, AeadCore, KeyInit, OsRng, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use secrecy::{ExposeSecret, SecretBox, SecretString};

/// Binds ciphertexts to their purpose and format version.
const AAD_PREFIX: &[u8] = b"rekey/connector-key/v1\0";

/// The master key. Never printed; `Debug` shows only that it exists.
pub struct MasterKey(SecretBox<[u8; 32]>);

/// A sealed secret as stored: ciphertext (with its 16-byte tag) and nonce.
#[derive(Clone, PartialEq, Eq)]
pub struct Sealed {
    pub ciphertext: Vec<u8>,
    pub nonce: Vec<u8>,
}

impl fmt::Debug for Sealed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Sealed({} bytes)", self.ciphertext.len())
    }
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum MasterKeyError {
    #[error("is not valid base64 (create a key with `rekey keygen`)")]
    NotBase64,
    #[error("must decode to 32 bytes, got {0} (create a key with `rekey keygen`)")]
    WrongLength(usize),
}

/// Decryption failed: wrong key, wrong account, or tampered data. Deliberately
/// says nothing more.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("stored credentials could not be decrypted (wrong master key, or the data was altered)")]
pub struct DecryptError;

impl MasterKey {
    pub fn from_bytes(bytes: [u8; 32]) -> Self {
        MasterKey(SecretBox::new(Box::new(bytes)))
    }

    /// A fresh key from the OS RNG.
    pub fn generate() -> Self {
        let key = XChaCha20Poly1305::generate_key(&mut OsRng);
        MasterKey::from_bytes(key.into())
    }

    pub fn from_base64(text: &str) -> Result<Self, MasterKeyError> {
        let bytes = BASE64
            .decode(text.trim())
            .map_err(|_| MasterKeyError::NotBase64)?;
        let arr: [u8; 32] = bytes
            .as_slice()
            .try_into()
            .map_err(|_| MasterKeyError::WrongLength(bytes.len()))?;
        Ok(MasterKey::from_bytes(arr))
    }

    pub fn to_base64(&self) -> SecretString {
        SecretString::from(BASE64.encode(self.0.expose_secret()))
    }

    fn cipher(&self) -> XChaCha20Poly1305 {
        XChaCha20Poly1305::new(self.0.expose_secret().into())
    }

    /// A key for another purpose, derived from the master key with
    /// HMAC-SHA256 under a label (so one secret in configuration serves
    /// several uses, and none reveals the master key).
    pub fn derive(&self, label: &str) -> SecretBox<[u8; 32]> {
        use hmac::{Hmac, Mac};
        let mut mac = <Hmac<sha2::Sha256> as Mac>::new_from_slice(self.0.expose_secret())
            .expect("HMAC takes any key length");
        mac.update(label.as_bytes());
        SecretBox::new(Box::new(mac.finalize().into_bytes().into()))
    }

    /// Encrypts `secret` for `account`.
    pub fn seal(&self, account: &str, secret: &SecretString) -> Sealed {
        let nonce = XChaCha20Poly1305::generate_nonce(&mut OsRng);
        let aad = aad(account);
        let ciphertext = self
            .cipher()
            .encrypt(
                &nonce,
                Payload {
                    msg: secret.expose_secret().as_bytes(),
                    aad: &aad,
                },
            )
            // Encryption only fails for messages beyond ~256 GiB.
            .expect("XChaCha20-Poly1305 encryption of a short secret cannot fail");
        Sealed {
            ciphertext,
            nonce: nonce.to_vec(),
        }
    }

    /// Decrypts what [`seal`](Self::seal) produced for the same account.
    pub fn open(&self, account: &str, sealed: &Sealed) -> Result<SecretString, DecryptError> {
        if sealed.nonce.len() != 24 {
            return Err(DecryptError);
        }
        let nonce = XNonce::from_slice(&sealed.nonce);
        let aad = aad(account);
        let plain = self
            .cipher()
            .decrypt(
                nonce,
                Payload {
                    msg: &sealed.ciphertext,
                    aad: &aad,
                },
            )
            .map_err(|_| DecryptError)?;
        String::from_utf8(plain)
            .map(SecretString::from)
            .map_err(|_| DecryptError)
    }
}

impl fmt::Debug for MasterKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("MasterKey(****)")
    }
}

fn aad(account: &str) -> Vec<u8> {
    let mut aad = AAD_PREFIX.to_vec();
    aad.extend_from_slice(account.to_ascii_lowercase().as_bytes());
    aad
}

/// Reads the master key file at `path`, or creates it (mode 0600) with a fresh
/// key. Returns the key and whether it was just created.
pub fn load_or_create_key_file(path: &Path) -> anyhow::Result<(MasterKey, bool)> {
    match std::fs::read_to_string(path) {
        Ok(text) => {
            let key = MasterKey::from_base64(&text)
                .with_context(|| format!("master key file {} is invalid", path.display()))?;
            Ok((key, false))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let key = MasterKey::generate();
            let mut options = std::fs::OpenOptions::new();
            options.write(true).create_new(true);
            #[cfg(unix)]
            {
                use std::os::unix::fs::OpenOptionsExt;
                options.mode(0o600);
            }
            let mut file = options
                .open(path)
                .with_context(|| format!("cannot create master key file {}", path.display()))?;
            writeln!(file, "{}", key.to_base64().expose_secret())
                .with_context(|| format!("cannot write master key file {}", path.display()))?;
            Ok((key, true))
        }
        Err(e) => Err(e).with_context(|| format!("cannot read master key file {}", path.display())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secret(s: &str) -> SecretString {
        SecretString::from(s.to_owned())
    }

    #[test]
    fn sealed_secrets_open_for_the_same_account() {
        let key = MasterKey::generate();
        let sealed = key.seal("acme.api-us1.com", &secret("k3y"));
        assert_eq!(
            key.open("acme.api-us1.com", &sealed)
                .unwrap()
                .expose_secret(),
            "k3y"
        );
        assert_eq!(sealed.nonce.len(), 24);
        assert!(!sealed.ciphertext.windows(3).any(|w| w == b"k3y"));
    }

    #[test]
    fn tampering_or_another_account_or_key_fails_to_decrypt() {
        let key = MasterKey::generate();
        let sealed = key.seal("acme.api-us1.com", &secret("the-key"));
        type Attempt<'a> = Box<dyn Fn() -> Result<SecretString, DecryptError> + 'a>;
        let cases: Vec<(&str, Attempt)> = vec![
            (
                "another account",
                Box::new(|| key.open("other.api-us1.com", &sealed)),
            ),
            (
                "another master key",
                Box::new(|| MasterKey::generate().open("acme.api-us1.com", &sealed)),
            ),
            (
                "a flipped ciphertext byte",
                Box::new(|| {
                    let mut s = sealed.clone();
                    s.ciphertext[0] ^= 1;
                    key.open("acme.api-us1.com", &s)
                }),
            ),
            (
                "a flipped nonce byte",
                Box::new(|| {
                    let mut s = sealed.clone();
                    s.nonce[3] ^= 0x80;
                    key.open("acme.api-us1.com", &s)
                }),
            ),
            (
                "a truncated nonce",
                Box::new(|| {
                    let mut s = sealed.clone();
                    s.nonce.pop();
                    key.open("acme.api-us1.com", &s)
                }),
            ),
        ];
        for (what, attempt) in cases {
            assert_eq!(attempt().unwrap_err(), DecryptError, "{what}");
        }
    }

    #[test]
    fn keys_round_trip_through_base64_and_reject_bad_input() {
        let key = MasterKey::generate();
        let again = MasterKey::from_base64(key.to_base64().expose_secret()).unwrap();
        let sealed = key.seal("a", &secret("x"));
        assert_eq!(again.open("a", &sealed).unwrap().expose_secret(), "x");
        assert_eq!(
            MasterKey::from_base64("%%").unwrap_err(),
            MasterKeyError::NotBase64
        );
        assert_eq!(
            MasterKey::from_base64("AAAA").unwrap_err(),
            MasterKeyError::WrongLength(3)
        );
        assert_eq!(format!("{key:?}"), "MasterKey(****)");
    }

    #[test]
    fn the_key_file_is_created_once_with_owner_only_permissions() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("rekey.db.key");
        let (first, created) = load_or_create_key_file(&path).unwrap();
        assert!(created);
        let (second, created) = load_or_create_key_file(&path).unwrap();
        assert!(!created);
        assert_eq!(
            first.to_base64().expose_secret(),
            second.to_base64().expose_secret()
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
        }
    }
}
