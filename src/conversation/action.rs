//! What the engine asks the adapters to do: the engine's output. Texts are
//! prompt ids plus variables (rendered by the adapter through
//! [`crate::prompts::Prompts`]); buttons carry short stable ids.

use crate::detect::Integration;
use crate::prompts::PromptId;

use super::event::TimerKind;

/// Values for a prompt's placeholders, by name.
pub type Vars = Vec<(&'static str, String)>;

/// One thing for an adapter to carry out, in order.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Create the ticket record now (emitted once, first, when a
    /// conversation turns into a ticket). The ticket id the runner put in
    /// [`super::Ctx::ticket_id`] is the one the texts mention.
    OpenTicket,
    /// Open the private place for this ticket (a Discord thread); later
    /// `Send`s go there.
    OpenPrivatePlace,
    /// Say something in the conversation.
    Send {
        prompt: PromptId,
        vars: Vars,
        buttons: Vec<Button>,
    },
    /// Say something only this customer sees (ephemeral reply or DM).
    SendPrivate {
        prompt: PromptId,
        vars: Vars,
        buttons: Vec<Button>,
    },
    /// Mint a secure link for this ticket and customer (revoking any older
    /// one) and deliver it privately with `prompt`, adding the `link` var.
    /// The engine never sees the token.
    IssueLink { prompt: PromptId, vars: Vars },
    /// Delete the customer's message (it contained a secret).
    DeleteMessage { message_id: String },
    /// Tell the support team (triage feed).
    NotifyStaff(StaffNotice),
    /// Fire [`super::Event::Timer`] with this kind and generation at `at_ms`.
    ScheduleTimer {
        kind: TimerKind,
        at_ms: i64,
        generation: u64,
    },
    /// Pending timers for this ticket are no longer needed (an optimisation:
    /// stale timers are ignored anyway).
    CancelTimers,
    /// Mark the ticket for staff and metrics.
    SetFlag(Flag),
    /// Revoke every live secure link of this ticket (the customer cancelled).
    RevokeLinks,
    /// Close the ticket. `resolved` is true only after a verified (or
    /// platform-confirmed) reconnect.
    Close { resolved: bool, reason: CloseReason },
    /// The customer asked for no more stale-key reminders.
    StopReminders,
}

/// A ticket flag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Flag {
    /// A key was posted in chat and must be treated as exposed.
    Exposed,
}

/// Why a ticket closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CloseReason {
    /// After a verified or platform-confirmed reconnect.
    Reconnected,
    /// The customer said it works, but nothing verified it.
    CustomerConfirmed,
    /// The customer said it was not an ActiveCampaign matter and declined help.
    Declined,
    /// Nobody replied for too long.
    Inactivity,
    /// Staff closed it.
    Staff,
    /// The customer asked to stop ("forget it", "cancel").
    Cancelled,
}

/// What the support team is told.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case", tag = "notice")]
pub enum StaffNotice {
    NewTicket {
        integration: Integration,
        exposed: bool,
    },
    HandOff {
        reason: HandOffReason,
    },
    /// Fingerprints only — never the secret.
    LeakedKey {
        fingerprints: Vec<String>,
    },
    Reconnected {
        user: String,
        fingerprint: String,
    },
    /// Rekey reached out first.
    Outreach {
        reason: super::event::OutreachReason,
    },
}

/// Why a human is needed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HandOffReason {
    /// The customer asked for a human.
    CustomerAsked,
    /// Still stuck after the checklist (or with an OAuth connector).
    StillStuck,
    /// A Stripe secret key leaked: Rekey cannot rotate it.
    StripeKeyLeaked,
    /// The new key verified, yet the customer says it is still broken.
    BrokenAfterReconnect,
}

impl HandOffReason {
    /// A stable name for the ticket's timeline.
    pub fn as_str(self) -> &'static str {
        match self {
            HandOffReason::CustomerAsked => "customer_asked",
            HandOffReason::StillStuck => "still_broken_after_checklist",
            HandOffReason::StripeKeyLeaked => "stripe_key_leaked",
            HandOffReason::BrokenAfterReconnect => "still_broken_after_verified_reconnect",
        }
    }
}

/// A button: a stable id, a label prompt, and the stage it was shown at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Button {
    pub id: ButtonId,
    pub label: PromptId,
    /// The tag of the stage whose message carries the button (see
    /// `view::stage_tag`); a press from another stage is stale. `None` for
    /// buttons that are right at any stage ("Talk to a human").
    pub at: Option<&'static str>,
}

impl Button {
    /// The id as sent to the chat platform (Discord `custom_id`), e.g.
    /// `rk:done@login`.
    pub fn custom_id(&self) -> String {
        match self.at {
            Some(tag) => format!("{}@{tag}", self.id.as_string()),
            None => self.id.as_string(),
        }
    }
}

/// What a button means. Its string form is short, ASCII and stable, because
/// it outlives restarts inside old chat messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ButtonId {
    Done,
    Stuck,
    Human,
    Link,
    Manual,
    Yes,
    No,
    Back,
    Fixed,
    Integration(Integration),
    Rate(u8),
    /// "Don't remind me" on a stale-key reminder.
    NoReminders,
}

impl ButtonId {
    /// The custom id string, e.g. `rk:done`, `rk:int:keap`, `rk:rate:5`.
    pub fn as_string(self) -> String {
        match self {
            ButtonId::Done => "rk:done".into(),
            ButtonId::Stuck => "rk:stuck".into(),
            ButtonId::Human => "rk:human".into(),
            ButtonId::Link => "rk:link".into(),
            ButtonId::Manual => "rk:manual".into(),
            ButtonId::Yes => "rk:yes".into(),
            ButtonId::No => "rk:no".into(),
            ButtonId::Back => "rk:back".into(),
            ButtonId::Fixed => "rk:fixed".into(),
            ButtonId::Integration(i) => format!("rk:int:{}", i.as_str()),
            ButtonId::Rate(n) => format!("rk:rate:{n}"),
            ButtonId::NoReminders => "rk:noremind".into(),
        }
    }

    /// Parses a custom id with its optional stage tag (`rk:done@login`);
    /// ids without a tag (older messages) parse too.
    pub fn parse_tagged(id: &str) -> Option<(ButtonId, Option<&str>)> {
        match id.split_once('@') {
            Some((id, tag)) if !tag.is_empty() && tag.len() <= 16 => {
                Some((ButtonId::parse(id)?, Some(tag)))
            }
            Some(_) => None,
            None => Some((ButtonId::parse(id)?, None)),
        }
    }

    /// Parses a custom id; `None` for anything not made by [`Self::as_string`].
    pub fn parse(id: &str) -> Option<ButtonId> {
        let rest = id.strip_prefix("rk:")?;
        Some(match rest {
            "done" => ButtonId::Done,
            "stuck" => ButtonId::Stuck,
            "human" => ButtonId::Human,
            "link" => ButtonId::Link,
            "manual" => ButtonId::Manual,
            "yes" => ButtonId::Yes,
            "no" => ButtonId::No,
            "back" => ButtonId::Back,
            "fixed" => ButtonId::Fixed,
            "int:activecampaign" => ButtonId::Integration(Integration::ActiveCampaign),
            "int:keap" => ButtonId::Integration(Integration::Keap),
            "int:stripe" => ButtonId::Integration(Integration::Stripe),
            "int:other" => ButtonId::Integration(Integration::Other),
            "rate:1" => ButtonId::Rate(1),
            "rate:2" => ButtonId::Rate(2),
            "rate:3" => ButtonId::Rate(3),
            "rate:4" => ButtonId::Rate(4),
            "rate:5" => ButtonId::Rate(5),
            "noremind" => ButtonId::NoReminders,
            _ => return None,
        })
    }
}

/// One line on the ticket's timeline: what happened, when, and where it left
/// the ticket. Staff-facing and secret-free (never the message text).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TimelineEntry {
    pub at_ms: i64,
    /// Event kind, e.g. `message`, `button`, `verification`.
    pub event: String,
    /// Terse facts, e.g. `band=act integration=activecampaign secrets=1`.
    pub note: String,
    /// The conversation stage after the event, e.g. `walkthrough:reset_key`.
    pub stage: String,
}
