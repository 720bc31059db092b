//! The stable class of a key check's outcome, spelled once: tickets'
//! `error_class`, metrics, timeline notes, health checks, outreach and the
//! dashboard's filter all use these names.

use serde::{Deserialize, Serialize};

use super::named_enum;

/// What a check of an ActiveCampaign key came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VerifyClass {
    Verified,
    KeyRejected,
    NoPermission,
    WrongUrl,
    Billing,
    Busy,
    Unavailable,
    Unexpected,
    /// Too many failed attempts on one link (the form's, not the API's).
    Locked,
}

named_enum!(VerifyClass, "verification class", {
    Verified => "verified",
    KeyRejected => "key_rejected",
    NoPermission => "no_permission",
    WrongUrl => "wrong_url",
    Billing => "billing",
    Busy => "busy",
    Unavailable => "unavailable",
    Unexpected => "unexpected",
    Locked => "locked",
});

impl VerifyClass {
    /// The classes a failed check can have (the dashboard's error filter).
    pub fn failures() -> impl Iterator<Item = VerifyClass> {
        VerifyClass::ALL
            .iter()
            .copied()
            .filter(|c| *c != VerifyClass::Verified)
    }
}
