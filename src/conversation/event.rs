//! What can happen to a conversation: the engine's input. Adapters and the
//! runner translate chat messages, button presses, form results and timers
//! into these; nothing here carries a secret.

use crate::detect::Detection;
use crate::domain::VerifyClass;

/// One thing that happened to a conversation.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// The customer wrote something; `detection` is the detector's verdict on
    /// it. The text itself may hold a secret, so the engine never echoes or
    /// records it — it only reads it for intents.
    Message {
        text: String,
        /// The adapter's id of the message, so a leaked key can be deleted.
        message_id: String,
        detection: Detection,
    },
    /// The customer pressed a button; `id` is the custom id the engine gave it
    /// (see [`crate::conversation::ButtonId`]). Unknown ids are ignored.
    Button { id: String },
    /// The secure link was opened (GET). Prefetchers open links too, so this
    /// only records the fact; it never advances the conversation.
    LinkOpened,
    /// The form was submitted and is being checked with ActiveCampaign.
    FormSubmitted,
    /// The result of checking a submitted key.
    Verification(VerifyOutcome),
    /// The platform reports the connector is connected again without our form
    /// (e.g. after the manual CustomerHub path); this counts as resolved.
    ReconnectDone { fingerprint: Option<String> },
    /// A timer the engine scheduled went off. Stale timers (an older
    /// `generation`) are ignored, so the runner never has to cancel reliably.
    Timer { kind: TimerKind, generation: u64 },
    /// A staff member took the ticket over.
    StaffHandOff { staff: String },
    /// Staff gave the ticket back to the bot.
    StaffHandBack,
    /// Staff closed the ticket.
    StaffClose,
    /// The ticket's live link stopped working without being used.
    LinkRevoked { reason: RevokeReason },
    /// Rekey reaches out first (a failing connector, a stale key, staff
    /// asked): opens a ticket and starts the walk-through.
    Outreach { reason: OutreachReason },
}

/// Why Rekey contacts a customer before they wrote.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum OutreachReason {
    /// A health check or the sync engine saw the key fail: `class` is the
    /// outcome class, `since` when it was first seen, in words.
    Failing { class: String, since: String },
    /// The key is older than `REKEY_ROTATE_AFTER`; `age` in words.
    Stale { age: String },
    /// The support team asked for a rotation.
    StaffAsked { reason: String },
}

/// How checking a submitted API URL and key ended.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case", tag = "outcome")]
pub enum VerifyOutcome {
    /// The key works; the connector now uses it. `user` is the ActiveCampaign
    /// user the key belongs to, `fingerprint` the key's fingerprint.
    Verified { user: String, fingerprint: String },
    /// 401/403: wrong or old key.
    KeyRejected,
    /// The key is valid but its user may not use the API.
    NoPermission,
    /// Redirect, HTML or 404: not an ActiveCampaign API base URL.
    WrongUrl,
    /// 402: the ActiveCampaign account has a billing problem.
    Billing,
    /// 429: rate limited; `retry_after_secs` from Retry-After when given.
    Busy { retry_after_secs: Option<u64> },
    /// Timeout or 5xx.
    Unavailable,
    /// Anything else (a bug on our side or an undocumented answer).
    Unexpected,
    /// Too many failed attempts: the link is locked for good.
    Locked,
}

impl VerifyOutcome {
    /// The outcome's stable class (ticket error class, metrics, timeline).
    pub fn class(&self) -> VerifyClass {
        match self {
            VerifyOutcome::Verified { .. } => VerifyClass::Verified,
            VerifyOutcome::KeyRejected => VerifyClass::KeyRejected,
            VerifyOutcome::NoPermission => VerifyClass::NoPermission,
            VerifyOutcome::WrongUrl => VerifyClass::WrongUrl,
            VerifyOutcome::Billing => VerifyClass::Billing,
            VerifyOutcome::Busy { .. } => VerifyClass::Busy,
            VerifyOutcome::Unavailable => VerifyClass::Unavailable,
            VerifyOutcome::Unexpected => VerifyClass::Unexpected,
            VerifyOutcome::Locked => VerifyClass::Locked,
        }
    }
}

/// Which timer went off.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TimerKind {
    /// Nudge a customer who went quiet (sent once).
    Reminder,
    /// Close a ticket nobody has touched for a while.
    InactivityClose,
}

/// Why a link stopped working.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RevokeReason {
    /// Its lifetime ran out.
    Expired,
    /// Staff revoked it.
    Staff,
}
