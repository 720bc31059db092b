//! Reconnect webhooks: where events go and the key that signs them.

use std::fmt;

use secrecy::SecretString;

/// Where reconnect events are sent, and the key that signs them.
#[derive(Clone)]
pub struct WebhookSettings {
    pub url: url::Url,
    pub secret: SecretString,
}

impl fmt::Debug for WebhookSettings {
    /// Webhook URLs often carry a token in their path: show the host only.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "WebhookSettings({}://{}/****)",
            self.url.scheme(),
            self.url.host_str().unwrap_or("")
        )
    }
}
