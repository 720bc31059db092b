//! Connector credentials: sealing a verified key into the store and opening
//! it again for the platform's sync engine. The only code that pairs the
//! master key with stored ciphertext.

use secrecy::{ExposeSecret, SecretString};

use crate::crypto::{DecryptError, MasterKey};
use crate::domain::{TicketId, Timestamp};
use crate::fingerprint::FingerprintKey;
use crate::store::{ConnectorRecord, NewConnector, Store, StoreError};

/// A verified ActiveCampaign connection about to be stored.
#[derive(Debug)]
pub struct Credentials {
    /// The account host, e.g. `acme.api-us1.com`.
    pub account: String,
    /// The API base URL, e.g. `https://acme.api-us1.com`.
    pub api_url: String,
    pub key: SecretString,
    /// Who ActiveCampaign says owns the key.
    pub verified_user: String,
}

/// Encrypts the key and describes the connector row to write.
pub fn seal(
    master_key: &MasterKey,
    creds: &Credentials,
    ticket: Option<TicketId>,
    at: Timestamp,
) -> NewConnector {
    NewConnector {
        account: creds.account.clone(),
        api_url: creds.api_url.clone(),
        key: master_key.seal(&creds.account, &creds.key),
        key_fingerprint: FingerprintKey::derive(master_key).fingerprint(creds.key.expose_secret()),
        verified_user: creds.verified_user.clone(),
        ticket,
        at,
    }
}

/// Stores credentials directly (outside a secure-link reconnect).
pub async fn save(
    store: &dyn Store,
    master_key: &MasterKey,
    creds: &Credentials,
    at: Timestamp,
) -> Result<ConnectorRecord, StoreError> {
    store.put_connector(seal(master_key, creds, None, at)).await
}

/// Why stored credentials could not be produced.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Decrypt(#[from] DecryptError),
}

/// The decrypted credentials of an account, if it has a connector.
pub async fn open(
    store: &dyn Store,
    master_key: &MasterKey,
    account: &str,
) -> Result<Option<(ConnectorRecord, SecretString)>, OpenError> {
    let Some(record) = store.connector(account).await? else {
        return Ok(None);
    };
    let key = master_key.open(&record.account, &record.key)?;
    Ok(Some((record, key)))
}

/// Brings stored fingerprints made before fingerprints were keyed (or under
/// another fingerprint key) to the current form, from the sealed keys
/// themselves, so comparing a new fingerprint with the current or previous
/// one keeps working. Returns how many changed. A connector that cannot be
/// decrypted is left alone and logged. (`previous_fingerprint` values written
/// before cannot be recomputed: the old key is gone; they are shown only.)
pub async fn refresh_fingerprints(
    store: &dyn Store,
    master_key: &MasterKey,
) -> Result<usize, StoreError> {
    let key = FingerprintKey::derive(master_key);
    let mut changed = 0;
    for account in store.connector_accounts().await? {
        let Some(record) = store.connector(&account).await? else {
            continue;
        };
        let Ok(secret) = master_key.open(&record.account, &record.key) else {
            tracing::warn!(%account, "cannot decrypt a connector to refresh its fingerprint");
            continue;
        };
        let current = key.fingerprint(secret.expose_secret());
        if current != record.key_fingerprint
            && store
                .replace_connector_fingerprint(&account, &record.key_fingerprint, &current)
                .await?
        {
            changed += 1;
        }
    }
    Ok(changed)
}
