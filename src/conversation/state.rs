//! The conversation's saved state. It is stored as JSON with the ticket after
//! every event, so a restart resumes exactly where the customer was; the
//! `version` field lets later releases migrate old JSON.

use crate::detect::Integration;
use crate::domain::{TicketStatus, VerifyClass};

/// The current JSON layout of [`State`].
pub const STATE_VERSION: u32 = 1;

/// Everything the engine remembers about one conversation.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct State {
    pub version: u32,
    pub stage: Stage,
    /// A ticket exists (the engine emitted [`super::Action::OpenTicket`]).
    /// Before that the state is a pending question the runner may keep in
    /// memory only; losing it is harmless.
    pub ticket: bool,
    pub integration: Integration,
    /// A key was posted in chat during this conversation.
    pub exposed: bool,
    pub links_issued: u32,
    pub link_opened: bool,
    pub failed_verifications: u32,
    /// Set by a successful verification (or a platform-confirmed reconnect):
    /// the only way a ticket counts as resolved.
    pub verified: Option<Verified>,
    /// The customer said it works, without verification.
    pub customer_confirmed: bool,
    pub rating: Option<u8>,
    /// Bumped whenever timers are rescheduled; older timers are stale.
    pub timer_generation: u64,
    pub reminded: bool,
    /// How many times the customer said it is still broken (or stuck).
    #[serde(default)]
    pub still_broken: u32,
    /// The article's checklist was shown once already.
    #[serde(default)]
    pub checklist_shown: bool,
    /// The staff member who took the ticket over (kept after a close).
    #[serde(default)]
    pub assignee: Option<String>,
    /// The class of the last key check, while it failed.
    #[serde(default)]
    pub last_failure: Option<VerifyClass>,
    /// The language the customer is answered in; saved states from before
    /// languages existed read as English.
    #[serde(default)]
    pub locale: crate::domain::Locale,
}

/// What the ticket row records about its conversation. The engine decides
/// these; the runner stores them as they are ([`State::facts`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TicketFacts {
    pub status: TicketStatus,
    /// [`Stage::name`].
    pub step: String,
    pub integration: Integration,
    /// A key was posted in chat.
    pub exposed: bool,
    /// A verified reconnect stands (a later leak undoes it).
    pub resolved: bool,
    pub assignee: Option<String>,
    /// Why the last key check failed, while it did.
    pub error_class: Option<VerifyClass>,
}

/// The reconnect that resolved the ticket.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Verified {
    /// ActiveCampaign user the key belongs to (empty when unknown).
    pub user: String,
    /// Fingerprint of the new key (empty when unknown).
    pub fingerprint: String,
}

/// Where the conversation is.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case", tag = "stage")]
pub enum Stage {
    /// Nothing going on (no ticket).
    Idle,
    /// Asked "is something broken?" after a borderline message (no ticket).
    Confirming { integration: Integration },
    /// Told that a leaked credential of another product or system is
    /// changed where it was issued; asked whether the customer's own
    /// ActiveCampaign key or login got out too (no ticket).
    ExposureElsewhere,
    /// Asked which integration broke.
    ChoosingIntegration,
    /// On one of the three rotation steps.
    Walkthrough { step: Step },
    /// Doing the manual CustomerHub path instead of the form.
    Manual,
    /// A link is out; waiting for the form.
    AwaitingForm,
    /// The form was submitted and is being checked.
    Verifying,
    /// Showed the checklist; `resume` is where "back" returns to.
    Troubleshooting { resume: Box<Stage> },
    /// The customer said it works before verification; asked to confirm.
    ConfirmingFixed { resume: Box<Stage> },
    /// Guiding an OAuth reconnect (Keap, Stripe).
    OAuth { integration: Integration },
    /// Not an ActiveCampaign matter; offered a human.
    OutOfScope,
    /// Done; asked for a rating.
    Rating,
    /// A human owns the ticket; the bot is silent until handed back.
    Escalated {
        staff: Option<String>,
        resume: Box<Stage>,
    },
    /// Finished.
    Closed { resolved: bool },
}

/// The three rotation steps of the help-center article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    /// Log into ActiveCampaign, Settings > Developer.
    LogIn,
    /// Reset the key, copy the new URL and key (not into chat).
    ResetKey,
    /// Get the secure link (or go the manual way).
    SecureLink,
}

impl Default for State {
    fn default() -> Self {
        State::new()
    }
}

impl State {
    /// A fresh conversation with no ticket.
    pub fn new() -> State {
        State {
            version: STATE_VERSION,
            stage: Stage::Idle,
            ticket: false,
            integration: Integration::Unknown,
            exposed: false,
            links_issued: 0,
            link_opened: false,
            failed_verifications: 0,
            verified: None,
            customer_confirmed: false,
            rating: None,
            timer_generation: 0,
            reminded: false,
            still_broken: 0,
            checklist_shown: false,
            assignee: None,
            last_failure: None,
            locale: crate::domain::Locale::En,
        }
    }

    /// Reads a saved state, migrating older versions when there are any.
    pub fn from_json(json: &str) -> Result<State, serde_json::Error> {
        // Version 1 is the only layout so far; a later version adds its
        // migration here, keyed on `version`.
        serde_json::from_str(json)
    }

    /// The JSON stored with the ticket.
    pub fn to_json(&self) -> String {
        // Serialising plain data with string keys cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The ticket status to store. Stages without a ticket report `Open`;
    /// the runner does not store those.
    pub fn status(&self) -> TicketStatus {
        match &self.stage {
            Stage::Idle
            | Stage::Confirming { .. }
            | Stage::ExposureElsewhere
            | Stage::ChoosingIntegration
            | Stage::OAuth { .. }
            | Stage::OutOfScope => TicketStatus::Open,
            Stage::Walkthrough { .. }
            | Stage::Manual
            | Stage::Troubleshooting { .. }
            | Stage::ConfirmingFixed { .. } => TicketStatus::InWalkthrough,
            Stage::AwaitingForm => TicketStatus::AwaitingForm,
            Stage::Verifying => TicketStatus::Verifying,
            Stage::Rating if self.verified.is_some() => TicketStatus::Reconnected,
            Stage::Rating => TicketStatus::Open,
            Stage::Escalated { .. } => TicketStatus::Escalated,
            Stage::Closed { .. } => TicketStatus::Closed,
        }
    }

    /// The ticket's facts: the one place they are derived from the state.
    pub fn facts(&self) -> TicketFacts {
        TicketFacts {
            status: self.status(),
            step: self.stage.name(),
            integration: self.integration,
            exposed: self.exposed,
            resolved: self.verified.is_some(),
            // States saved before `assignee` existed name their staff only
            // in the stage.
            assignee: self.assignee.clone().or_else(|| match &self.stage {
                Stage::Escalated { staff, .. } => staff.clone(),
                _ => None,
            }),
            error_class: self.last_failure,
        }
    }

    /// True while the bot is leading the conversation: a ticket exists, it
    /// is not closed and no human owns it. Timers only run then.
    pub fn bot_active(&self) -> bool {
        self.ticket && !matches!(self.stage, Stage::Escalated { .. } | Stage::Closed { .. })
    }
}

impl Stage {
    /// Whether the customer already got past logging in (so a leaked key
    /// sends them back to "reset", not to the start).
    pub fn past_login(&self) -> bool {
        match self {
            Stage::Walkthrough { step } => *step != Step::LogIn,
            Stage::Manual | Stage::AwaitingForm | Stage::Verifying | Stage::Rating => true,
            Stage::Troubleshooting { resume } | Stage::ConfirmingFixed { resume } => {
                resume.past_login()
            }
            _ => false,
        }
    }

    /// Whether a link makes sense yet (the new key exists).
    pub fn past_reset(&self) -> bool {
        match self {
            Stage::Walkthrough { step } => *step == Step::SecureLink,
            Stage::Manual | Stage::AwaitingForm | Stage::Verifying => true,
            _ => false,
        }
    }

    /// Whether the secure link is the thing at hand: offered (step 3) or
    /// out and waiting for the form.
    pub fn link_at_hand(&self) -> bool {
        matches!(
            self,
            Stage::Walkthrough {
                step: Step::SecureLink
            } | Stage::AwaitingForm
        )
    }

    /// A short stable name for timelines and logs, e.g. `walkthrough:reset_key`.
    pub fn name(&self) -> String {
        match self {
            Stage::Idle => "idle".into(),
            Stage::Confirming { .. } => "confirming".into(),
            Stage::ExposureElsewhere => "exposure_elsewhere".into(),
            Stage::ChoosingIntegration => "choosing_integration".into(),
            Stage::Walkthrough { step } => format!("walkthrough:{}", step.name()),
            Stage::Manual => "manual".into(),
            Stage::AwaitingForm => "awaiting_form".into(),
            Stage::Verifying => "verifying".into(),
            Stage::Troubleshooting { .. } => "troubleshooting".into(),
            Stage::ConfirmingFixed { .. } => "confirming_fixed".into(),
            Stage::OAuth { .. } => "oauth".into(),
            Stage::OutOfScope => "out_of_scope".into(),
            Stage::Rating => "rating".into(),
            Stage::Escalated { .. } => "escalated".into(),
            Stage::Closed { .. } => "closed".into(),
        }
    }
}

impl Step {
    /// A short stable name, e.g. `log_in`.
    pub fn name(self) -> &'static str {
        match self {
            Step::LogIn => "log_in",
            Step::ResetKey => "reset_key",
            Step::SecureLink => "secure_link",
        }
    }
}
