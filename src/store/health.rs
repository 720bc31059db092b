//! What the store keeps about a connector's health: its state, the
//! connector's own timeline, the sync engine's failure reports, the
//! shared per-account request pacing and one-outreach-per-incident claims.

use async_trait::async_trait;

use super::{NewEvent, StoreResult};
use crate::domain::{TicketId, Timestamp};

/// A connector's health as stored, with what scheduling needs.
#[derive(Debug, Clone, PartialEq)]
pub struct HealthRecord {
    pub account: String,
    /// `healthy`, `failing` or `unknown`.
    pub health: String,
    /// The outcome class while failing (`key_rejected`, ...).
    pub class: Option<String>,
    /// Since when the connector is in this state.
    pub since: Option<Timestamp>,
    pub checked_at: Option<Timestamp>,
    pub transient_failures: i64,
    pub failure_reports: i64,
    pub reminders_off: bool,
    pub check_due_at: Option<Timestamp>,
    /// When the current key was stored (the connector's last write).
    pub key_set_at: Timestamp,
    /// The ticket of the last reconnect: who to contact.
    pub ticket: Option<TicketId>,
    pub key_fingerprint: String,
}

/// A new health state to store.
#[derive(Debug, Clone, PartialEq)]
pub struct HealthUpdate {
    pub health: String,
    pub class: Option<String>,
    pub since: Option<Timestamp>,
    pub checked_at: Timestamp,
    pub transient_failures: i64,
}

/// One line of a connector's timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct ConnectorEvent {
    pub id: i64,
    pub account: String,
    pub at: Timestamp,
    pub kind: String,
    pub actor: String,
    /// JSON; never a secret.
    pub detail: String,
}

/// A failure the platform's sync engine reported.
#[derive(Debug, Clone, PartialEq)]
pub struct FailureReport {
    pub account: String,
    /// Identifies repeats of the same report (status, error, time).
    pub report_key: String,
    pub status: Option<i64>,
    pub error: String,
    pub seen_at: Timestamp,
    pub received_at: Timestamp,
}

/// Connector health in the store (see [`super::Store`], which includes it).
#[async_trait]
pub trait HealthStore: Send + Sync {
    /// Every connector's health, by account.
    async fn connector_healths(&self) -> StoreResult<Vec<HealthRecord>>;

    async fn connector_health(&self, account: &str) -> StoreResult<Option<HealthRecord>>;

    /// Marks the first health check of a connector as scheduled at `due`;
    /// `false` if one already is (another instance got there first).
    async fn seed_health_check(&self, account: &str, due: Timestamp) -> StoreResult<bool>;

    /// Records when the connector's next health check is due.
    async fn set_health_check_due(&self, account: &str, due: Timestamp) -> StoreResult<()>;

    /// Takes the account's request slot at `now` (the next one opens after
    /// `spacing`); otherwise says when the slot opens.
    async fn take_request_slot(
        &self,
        account: &str,
        now: Timestamp,
        spacing: std::time::Duration,
    ) -> StoreResult<Result<(), Timestamp>>;

    /// No request to the account before `until` (a 429's Retry-After).
    async fn hold_requests(&self, account: &str, until: Timestamp) -> StoreResult<()>;

    /// Stores a health state and, with it, a line on the connector's timeline.
    async fn set_health(
        &self,
        account: &str,
        update: HealthUpdate,
        event: Option<NewEvent>,
    ) -> StoreResult<()>;

    async fn add_connector_event(&self, account: &str, event: NewEvent) -> StoreResult<()>;

    /// The connector's timeline, oldest first.
    async fn connector_events(&self, account: &str) -> StoreResult<Vec<ConnectorEvent>>;

    /// Stores a failure report; `false` for a repeat (nothing changes then).
    /// A new report also counts on the connector.
    async fn add_failure_report(&self, report: FailureReport) -> StoreResult<bool>;

    /// Claims the outreach for one incident; `false` if it was claimed before.
    async fn claim_outreach(
        &self,
        account: &str,
        incident: &str,
        at: Timestamp,
    ) -> StoreResult<bool>;

    /// Gives a claimed outreach back (it could not happen, e.g. outside the
    /// outreach hours), so a later try may claim it.
    async fn release_outreach(&self, account: &str, incident: &str) -> StoreResult<()>;

    /// Records the ticket an outreach opened.
    async fn set_outreach_ticket(
        &self,
        account: &str,
        incident: &str,
        ticket: TicketId,
    ) -> StoreResult<()>;

    /// The connector account a proactive ticket was opened for.
    async fn outreach_account(&self, ticket: TicketId) -> StoreResult<Option<String>>;

    /// The connector last reconnected by this customer, if any.
    async fn connector_account_of_customer(
        &self,
        channel: crate::domain::Channel,
        customer_ref: &str,
    ) -> StoreResult<Option<String>>;

    /// Turns stale-key reminders off (or on) for a connector.
    async fn set_reminders_off(&self, account: &str, off: bool) -> StoreResult<()>;
}
