//! The records the store reads and writes.

use crate::crypto::Sealed;
use crate::domain::{Channel, Integration, TicketId, TicketStatus, Timestamp};

/// A support ticket: one customer's problem and the conversation about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Ticket {
    pub id: TicketId,
    pub channel: Channel,
    /// The customer's identity on the channel (a Discord user id, a web
    /// session id).
    pub customer_ref: String,
    pub customer_name: String,
    /// Where the conversation happens (a Discord thread id, a web session).
    pub place_ref: Option<String>,
    pub integration: Integration,
    pub status: TicketStatus,
    /// The walk-through step the customer is on, for people and filters.
    pub step: String,
    /// The conversation engine's state as JSON; resumed after a restart.
    pub state: String,
    /// The class of the last failure (e.g. `key_rejected`), if any.
    pub error_class: Option<String>,
    /// A key was pasted in chat and must be treated as leaked.
    pub exposed: bool,
    /// Closed because verification succeeded (not because it went quiet).
    pub resolved: bool,
    /// The staff member who took the ticket over, if any.
    pub assignee: Option<String>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    pub closed_at: Option<Timestamp>,
    /// Optimistic-concurrency counter, bumped by every update.
    pub version: i64,
    /// The CustomerHub account, when the host application signed the
    /// customer's identity (web chat); set with `Store::set_customer_account`.
    pub customer_account: Option<String>,
}

/// What is known when a ticket is opened.
#[derive(Debug, Clone)]
pub struct NewTicket {
    pub channel: Channel,
    pub customer_ref: String,
    pub customer_name: String,
    pub place_ref: Option<String>,
    pub integration: Integration,
    pub status: TicketStatus,
    pub step: String,
    pub state: String,
    pub exposed: bool,
    pub at: Timestamp,
}

/// Which tickets to list, and in what order. `None` fields do not filter.
#[derive(Debug, Clone, Default)]
pub struct TicketFilter {
    pub status: Option<TicketStatus>,
    pub channel: Option<Channel>,
    pub integration: Option<Integration>,
    /// The class of the last failure, e.g. `key_rejected`.
    pub error_class: Option<String>,
    /// Only this ticket.
    pub ticket: Option<TicketId>,
    /// Case-insensitive part of the customer's name or channel id.
    pub customer: Option<String>,
    /// Opened at or after this time.
    pub created_from: Option<Timestamp>,
    /// Opened before this time.
    pub created_before: Option<Timestamp>,
    pub order: TicketOrder,
    /// At most this many (default 100).
    pub limit: Option<i64>,
    pub offset: Option<i64>,
}

/// How a ticket list is sorted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum TicketOrder {
    /// Newest first.
    #[default]
    Newest,
    /// What needs a person first: escalated, then open tickets with
    /// [`REPEATED_FAILURES`] or more failed verifications, then the other
    /// open ones, then closed; most recently changed first within each.
    Attention,
}

/// Failed verifications after which an open ticket sorts near the top.
pub const REPEATED_FAILURES: i64 = 2;

/// One entry on a ticket's timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct TimelineEvent {
    pub id: i64,
    pub ticket: TicketId,
    pub at: Timestamp,
    /// What happened, e.g. `message`, `link.opened`, `verify.failed`.
    pub kind: String,
    /// Who did it: `customer`, `bot`, `staff:<name>`, `system`.
    pub actor: String,
    /// Details as a JSON document. Never holds a secret.
    pub detail: String,
}

#[derive(Debug, Clone)]
pub struct NewEvent {
    pub at: Timestamp,
    pub kind: String,
    pub actor: String,
    pub detail: serde_json::Value,
}

impl NewEvent {
    pub fn new(at: Timestamp, kind: &str, actor: &str, detail: serde_json::Value) -> Self {
        NewEvent {
            at,
            kind: kind.to_owned(),
            actor: actor.to_owned(),
            detail,
        }
    }
}

/// One audit-log entry: who did what to which ticket or account.
#[derive(Debug, Clone, PartialEq)]
pub struct AuditEntry {
    pub id: i64,
    pub at: Timestamp,
    pub actor: String,
    pub action: String,
    pub ticket: Option<TicketId>,
    pub account: Option<String>,
    pub detail: String,
}

#[derive(Debug, Clone)]
pub struct NewAudit {
    pub at: Timestamp,
    pub actor: String,
    pub action: String,
    pub ticket: Option<TicketId>,
    pub account: Option<String>,
    pub detail: serde_json::Value,
}

/// A secure link as stored: only the SHA-256 of its token.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkRecord {
    pub token_hash: Vec<u8>,
    pub ticket: TicketId,
    pub customer_ref: String,
    pub created_at: Timestamp,
    pub expires_at: Timestamp,
    pub opened_at: Option<Timestamp>,
    pub consumed_at: Option<Timestamp>,
    pub attempts: i64,
    pub revoked_at: Option<Timestamp>,
}

#[derive(Debug, Clone)]
pub struct NewLink {
    pub token_hash: Vec<u8>,
    pub ticket: TicketId,
    pub customer_ref: String,
    pub created_at: Timestamp,
    pub expires_at: Timestamp,
}

/// An ActiveCampaign connection as stored. The key is sealed; only
/// `crate::crypto` can open it.
#[derive(Debug, Clone, PartialEq)]
pub struct ConnectorRecord {
    /// The ActiveCampaign account host, e.g. `acme.api-us1.com`.
    pub account: String,
    pub api_url: String,
    pub key: Sealed,
    pub key_fingerprint: String,
    pub previous_fingerprint: Option<String>,
    /// Who the key belongs to, as ActiveCampaign reported it.
    pub verified_user: String,
    pub status: String,
    pub ticket: Option<TicketId>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    /// The CustomerHub account, when the customer's identity was signed.
    pub customer_account: Option<String>,
}

#[derive(Debug, Clone)]
pub struct NewConnector {
    pub account: String,
    pub api_url: String,
    pub key: Sealed,
    pub key_fingerprint: String,
    pub verified_user: String,
    pub ticket: Option<TicketId>,
    pub at: Timestamp,
}

/// Everything written when a link is used successfully.
#[derive(Debug, Clone)]
pub struct Reconnect {
    pub connector: NewConnector,
    pub event: NewEvent,
    pub audit: NewAudit,
}

/// The result of trying to consume a link.
#[derive(Debug, Clone, PartialEq)]
pub enum LinkUse {
    /// This caller consumed the link; the connector was written.
    Consumed(Box<ConnectorRecord>),
    /// The link is unknown, used, revoked, expired or locked.
    NotUsable,
}

/// A unit of scheduled work.
#[derive(Debug, Clone, PartialEq)]
pub struct Job {
    pub id: i64,
    /// What to do, e.g. `timer`.
    pub kind: String,
    pub ticket: Option<TicketId>,
    /// Details as JSON.
    pub payload: String,
    pub due_at: Timestamp,
    pub attempts: i64,
    /// The worker whose claim this is ([`Store::claim_jobs`]'s `owner`).
    ///
    /// [`Store::claim_jobs`]: super::Store::claim_jobs
    pub owner: String,
}

#[derive(Debug, Clone)]
pub struct NewJob {
    pub kind: String,
    pub ticket: Option<TicketId>,
    pub payload: serde_json::Value,
    pub due_at: Timestamp,
    pub at: Timestamp,
}
