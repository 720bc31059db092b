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

impl Integration {
    /// The products Rekey rotates keys for (or guides through OAuth), as
    /// opposed to a named third party or none.
    pub const SUPPORTED: [Integration; 3] = [
        Integration::ActiveCampaign,
        Integration::Keap,
        Integration::Stripe,
    ];

    /// Whether this is one of [`Integration::SUPPORTED`].
    pub fn is_supported(self) -> bool {
        Self::SUPPORTED.contains(&self)
    }

    /// Reads a name as people and data files write it: the serialised names
    /// in any case, common aliases (`ac`, `infusionsoft`) and the eval
    /// format's `none` (= [`Integration::Unknown`]).
    pub fn parse_lenient(s: &str) -> Option<Integration> {
        match s.trim().to_ascii_lowercase().as_str() {
            "activecampaign" | "active_campaign" | "active campaign" | "ac" => {
                Some(Integration::ActiveCampaign)
            }
            "keap" | "infusionsoft" => Some(Integration::Keap),
            "stripe" => Some(Integration::Stripe),
            "other" => Some(Integration::Other),
            "unknown" | "none" => Some(Integration::Unknown),
            _ => None,
        }
    }
}
