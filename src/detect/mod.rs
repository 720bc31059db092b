//! Stand-in for `crate::detect` (built by another engineer): only the types
//! the conversation engine consumes. Replaced by the real module on merge.

/// What the detector found in one customer message.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Detection {
    pub complaint: bool,
    pub score: f32,
    pub band: Band,
    pub signals: Vec<Signal>,
    pub integration: Integration,
    pub rotation_request: bool,
    pub secrets: Vec<SecretSpan>,
}

/// What to do with a message: act on it, ask once, or ignore it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Band {
    Act,
    Ask,
    Ignore,
}

pub use crate::domain::Integration;

/// One matched signal, with its byte span in the message.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Signal {
    pub name: String,
    pub start: usize,
    pub end: usize,
}

/// A secret found in a message: where it is and its fingerprint (never the secret).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SecretSpan {
    pub kind: SecretKind,
    pub start: usize,
    pub end: usize,
    pub fingerprint: String,
}

/// The shape of a detected secret.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SecretKind {
    ActivecampaignKey,
    ApiTokenHeader,
    ApiKeyParam,
    BearerToken,
    StripeKey,
    GenericToken,
}
