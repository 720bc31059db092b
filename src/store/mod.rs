//! Persistence: the [`Store`] trait and its SQL implementation for SQLite and
//! PostgreSQL. This module is the only place in Rekey that contains SQL.
//!
//! Records are plain data; rules about them (when a link is valid, what a
//! status means) live in the callers, except where the database must enforce
//! them atomically across instances — consuming a link is one conditional
//! `UPDATE`, and ticket updates are optimistic (a `version` column).

mod health;
mod records;
mod shared;
mod sql;

use async_trait::async_trait;

use crate::config::Backend;
use crate::domain::{Channel, TicketId, TicketStatus, Timestamp};
use crate::rate_limit::gcra::Gcra;

pub use health::*;
pub use records::*;
pub use shared::{FailedJob, OutboxItem};
pub use sql::SqlStore;

/// What went wrong talking to the database.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The database could not be reached or opened.
    #[error("cannot connect to the database at {url}")]
    Connect { url: String, source: sqlx::Error },
    #[error("database migration failed")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    /// Someone else changed the record first; reload and try again.
    #[error("{0} was changed concurrently")]
    Conflict(String),
    #[error("{0} not found")]
    NotFound(String),
    /// A stored value that this version of Rekey cannot read.
    #[error("unreadable stored data: {0}")]
    Corrupt(String),
    #[error("database error while trying to {action}")]
    Query {
        action: &'static str,
        source: sqlx::Error,
    },
}

pub type StoreResult<T> = Result<T, StoreError>;

/// Everything Rekey keeps. One implementation ([`SqlStore`]) serves both
/// backends; tests use the same trait object the app does.
#[async_trait]
pub trait Store: HealthStore + Send + Sync + std::fmt::Debug {
    fn backend(&self) -> Backend;

    /// Applies pending migrations.
    async fn migrate(&self) -> StoreResult<()>;

    /// Succeeds when the database answers and the schema is current.
    async fn health(&self) -> StoreResult<()>;

    // --- tickets -------------------------------------------------------------

    async fn create_ticket(&self, new: NewTicket) -> StoreResult<Ticket>;

    async fn ticket(&self, id: TicketId) -> StoreResult<Option<Ticket>>;

    /// The customer's newest ticket on that channel that is not closed.
    async fn active_ticket_for(
        &self,
        channel: Channel,
        customer_ref: &str,
    ) -> StoreResult<Option<Ticket>>;

    /// The newest ticket attached to a conversation place (a thread, a web
    /// chat session).
    async fn ticket_by_place(
        &self,
        channel: Channel,
        place_ref: &str,
    ) -> StoreResult<Option<Ticket>>;

    /// Saves a changed ticket. Fails with [`StoreError::Conflict`] when the
    /// stored version is not `ticket.version` (another writer got there
    /// first); on success returns the ticket with its new version.
    async fn update_ticket(&self, ticket: &Ticket) -> StoreResult<Ticket>;

    async fn list_tickets(&self, filter: &TicketFilter) -> StoreResult<Vec<Ticket>>;

    /// How many tickets have each status (statuses without tickets are left
    /// out).
    /// Records the CustomerHub account a ticket's customer belongs to (a
    /// signed web chat identity); connectors reconnected through the ticket
    /// take it too.
    async fn set_customer_account(&self, id: TicketId, account: &str) -> StoreResult<()>;

    /// How many tickets match `filter` (its order, limit and offset aside).
    async fn count_tickets(&self, filter: &TicketFilter) -> StoreResult<i64>;

    async fn count_tickets_by_status(&self) -> StoreResult<Vec<(TicketStatus, i64)>>;

    /// Tickets opened at or after `since`, oldest first (for reports).
    async fn tickets_created_since(&self, since: Timestamp) -> StoreResult<Vec<Ticket>>;

    // --- timeline and audit --------------------------------------------------

    async fn add_event(&self, ticket: TicketId, event: NewEvent) -> StoreResult<TimelineEvent>;

    /// The ticket's events, oldest first.
    async fn timeline(&self, ticket: TicketId) -> StoreResult<Vec<TimelineEvent>>;

    /// Every ticket's events at or after `since`, in time order (for reports).
    async fn events_since(&self, since: Timestamp) -> StoreResult<Vec<TimelineEvent>>;

    async fn add_audit(&self, entry: NewAudit) -> StoreResult<()>;

    /// The newest `limit` audit entries, oldest first.
    async fn audit_log(&self, limit: i64) -> StoreResult<Vec<AuditEntry>>;

    // --- secure links --------------------------------------------------------

    /// Stores a new link and revokes the ticket's older ones, atomically.
    async fn create_link(&self, link: NewLink) -> StoreResult<()>;

    async fn link(&self, token_hash: &[u8]) -> StoreResult<Option<LinkRecord>>;

    /// The ticket's newest link, if it ever had one.
    async fn latest_link(&self, ticket: TicketId) -> StoreResult<Option<LinkRecord>>;

    /// Records the first time the link was opened (later opens keep it).
    async fn mark_link_opened(&self, token_hash: &[u8], at: Timestamp) -> StoreResult<()>;

    /// Counts a failed verification; returns the new number of attempts.
    async fn add_link_attempt(&self, token_hash: &[u8]) -> StoreResult<i64>;

    /// Takes one attempt before a verification, atomically: only while the
    /// link is usable at `now` and has used fewer than `max_attempts`.
    /// Returns the attempts used now, or `None` when none was left (so any
    /// number of concurrent submissions make at most `max_attempts` calls).
    async fn reserve_link_attempt(
        &self,
        token_hash: &[u8],
        now: Timestamp,
        max_attempts: i64,
    ) -> StoreResult<Option<i64>>;

    /// Gives back a reserved attempt that was not the customer's to lose
    /// (ActiveCampaign busy, down or timing out).
    async fn release_link_attempt(&self, token_hash: &[u8]) -> StoreResult<()>;

    /// Revokes every live link of a ticket; returns how many were revoked.
    async fn revoke_links(&self, ticket: TicketId, at: Timestamp) -> StoreResult<u64>;

    /// In one transaction: consumes the link if it is still usable at `now`
    /// (not consumed, revoked, expired, or locked by `max_attempts`), replaces
    /// the connector (keeping the previous fingerprint), and writes the
    /// timeline event and audit entry. Exactly one of any number of concurrent
    /// callers for the same link gets [`LinkUse::Consumed`].
    async fn consume_link(
        &self,
        token_hash: &[u8],
        now: Timestamp,
        max_attempts: i64,
        reconnect: Reconnect,
    ) -> StoreResult<LinkUse>;

    // --- connectors ----------------------------------------------------------

    async fn connector(&self, account: &str) -> StoreResult<Option<ConnectorRecord>>;

    /// The connector a ticket last wrote, if any.
    async fn connector_of_ticket(&self, ticket: TicketId) -> StoreResult<Option<ConnectorRecord>>;

    /// Inserts or replaces a connector outside the link flow (the previous
    /// fingerprint is kept). Used by operators' tooling and tests.
    async fn put_connector(&self, connector: NewConnector) -> StoreResult<ConnectorRecord>;

    /// Every connector's account.
    async fn connector_accounts(&self) -> StoreResult<Vec<String>>;

    /// Sets a connector's fingerprint to `new` if it still is `old`; true if
    /// it changed.
    async fn replace_connector_fingerprint(
        &self,
        account: &str,
        old: &str,
        new: &str,
    ) -> StoreResult<bool>;

    // --- pending questions ---------------------------------------------------

    /// The saved state of a customer's conversation that has asked its one
    /// confirming question but has no ticket yet; `None` if there is none or
    /// it expired before `now`.
    async fn pending_question(
        &self,
        channel: Channel,
        customer_ref: &str,
        now: Timestamp,
    ) -> StoreResult<Option<String>>;

    /// Saves (replaces) a pending question's state until `expires_at`, and
    /// drops every pending question that expired before `now`.
    async fn put_pending_question(
        &self,
        channel: Channel,
        customer_ref: &str,
        state: &str,
        expires_at: Timestamp,
        now: Timestamp,
    ) -> StoreResult<()>;

    /// Forgets a customer's pending question (answered, or a ticket opened).
    async fn delete_pending_question(
        &self,
        channel: Channel,
        customer_ref: &str,
    ) -> StoreResult<()>;

    // --- scheduled jobs --------------------------------------------------------

    async fn schedule_job(&self, job: NewJob) -> StoreResult<i64>;

    /// Marks the claimed `parent` done and schedules `job`, what comes after
    /// it, in one transaction, only while `parent`'s claim still holds: a
    /// worker that lost its lease mid-run (another instance took the job
    /// over and runs it again) adds nothing the other's run will add too.
    /// `None` when the claim is gone.
    async fn finish_with_follow_up(
        &self,
        parent: &Job,
        job: NewJob,
        at: Timestamp,
    ) -> StoreResult<Option<i64>>;

    /// Drops a ticket's jobs that have not run yet; returns how many.
    async fn cancel_jobs(&self, ticket: TicketId) -> StoreResult<u64>;

    /// Claims up to `limit` jobs due at `now` for `owner` until `now + lease`.
    /// A claimed job is invisible to other claimers until its lease runs out,
    /// so a job whose owner died is picked up again after the lease.
    async fn claim_jobs(
        &self,
        owner: &str,
        now: Timestamp,
        lease: std::time::Duration,
        limit: i64,
    ) -> StoreResult<Vec<Job>>;

    /// Marks a claimed job done. `false` if `owner` no longer holds it.
    async fn finish_job(&self, id: i64, owner: &str, at: Timestamp) -> StoreResult<bool>;

    /// When the next unfinished job can be claimed, if any: its due time, or
    /// the end of its lease while another instance holds it.
    async fn next_job_due(&self) -> StoreResult<Option<Timestamp>>;

    // --- shared by several instances (see `shared.rs`) ---------------------------

    /// Appends items (JSON) to a web chat customer's outbox; returns the last
    /// item's id.
    async fn push_outbox(
        &self,
        customer_ref: &str,
        items: &[String],
        at: Timestamp,
    ) -> StoreResult<i64>;

    /// A customer's outbox items after id `after`, oldest first.
    async fn outbox_after(
        &self,
        customer_ref: &str,
        after: i64,
        limit: i64,
    ) -> StoreResult<Vec<OutboxItem>>;

    /// The id of a customer's newest outbox item (0 if none).
    async fn outbox_head(&self, customer_ref: &str) -> StoreResult<i64>;

    /// Deletes outbox items created before `outbox_before`, dashboard
    /// sessions expired at `now` and rate-limit rows back at full quota at
    /// `now`; returns how many rows went.
    async fn prune_shared(&self, outbox_before: Timestamp, now: Timestamp) -> StoreResult<u64>;

    /// Stores a dashboard session by the SHA-256 of its id.
    async fn create_admin_session(
        &self,
        id_hash: &[u8],
        staff: &str,
        at: Timestamp,
        expires_at: Timestamp,
    ) -> StoreResult<()>;

    /// The staff member of a live (unexpired, unrevoked) session.
    async fn admin_session(&self, id_hash: &[u8], now: Timestamp) -> StoreResult<Option<String>>;

    /// Revokes one session (`id_hash`) or every session of `staff`; returns
    /// how many were live.
    async fn revoke_admin_sessions(
        &self,
        id_hash: Option<&[u8]>,
        staff: Option<&str>,
        at: Timestamp,
    ) -> StoreResult<u64>;

    /// Gives a failed claimed job back for another attempt at `due_at`.
    async fn retry_job(
        &self,
        id: i64,
        owner: &str,
        due_at: Timestamp,
        error: &str,
    ) -> StoreResult<bool>;

    /// Parks a claimed job that failed for the last time, with its error.
    async fn park_job(&self, id: i64, owner: &str, at: Timestamp, error: &str)
    -> StoreResult<bool>;

    /// Parked jobs, newest first.
    async fn failed_jobs(&self, limit: i64) -> StoreResult<Vec<FailedJob>>;

    async fn count_failed_jobs(&self) -> StoreResult<i64>;

    /// One request against a shared rate limit, in one statement: the GCRA
    /// row of `key_hash` moves on when `now` is within its tolerance (see
    /// [`crate::rate_limit::gcra`]). True when the request is allowed.
    async fn rate_limit(&self, key_hash: &[u8], now: Timestamp, gcra: Gcra) -> StoreResult<bool>;
}
