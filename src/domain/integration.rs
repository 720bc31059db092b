//! The third-party integrations a ticket can be about.

use serde::{Deserialize, Serialize};

use super::named_enum;

/// Which integration a customer's message (and so a ticket) is about.
/// ActiveCampaign is the one connector with an API key to rotate; Keap and
/// Stripe reconnect through OAuth.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Integration {
    ActiveCampaign,
    Keap,
    Stripe,
    /// A named third party Rekey does not rotate keys for (Mailchimp, ...).
    Other,
    /// Not said yet.
    Unknown,
}

named_enum!(Integration, "integration", {
    ActiveCampaign => "activecampaign",
    Keap => "keap",
    Stripe => "stripe",
    Other => "other",
    Unknown => "unknown",
});
