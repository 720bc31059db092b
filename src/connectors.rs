//! Connector credentials: sealing a verified key into the store and opening
//! it again for the platform's sync engine. The only code that pairs the
//! master key with stored ciphertext.

use secrecy::{ExposeSecret, SecretString};

use crate::crypto::{DecryptError, MasterKey};
use crate::domain::{TicketId, Timestamp};
use crate::fingerprint::fingerprint;
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
        key_fingerprint: fingerprint(creds.key.expose_secret()),
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
