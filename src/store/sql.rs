//! [`SqlStore`]: the [`Store`] on SQLite or PostgreSQL through sqlx.
//!
//! Both backends run the same SQL text: it sticks to what both dialects share
//! (`$n` parameters, `RETURNING`, integer times), and the [`on_pool!`] macro
//! expands each query once per backend so every call is type-checked against
//! both drivers. Rows decode through `#[derive(FromRow)]` structs, which sqlx
//! makes generic over the row type.

use std::str::FromStr;
use std::time::Duration;

use async_trait::async_trait;
use sqlx::FromRow;
use sqlx::postgres::{PgPool, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions};

use super::*;
use crate::config::{Backend, DatabaseUrl};
use crate::crypto::Sealed;
use crate::domain::{Channel, Integration, TicketId, TicketStatus, Timestamp};

static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("migrations/sqlite");
static POSTGRES_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("migrations/postgres");

#[derive(Debug, Clone)]
enum Pool {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

/// Runs `$body` with `$p` bound to whichever pool this store has.
macro_rules! on_pool {
    ($self:expr, $p:ident => $body:expr) => {
        match &$self.pool {
            Pool::Sqlite($p) => $body,
            Pool::Postgres($p) => $body,
        }
    };
}

/// The SQL store. Cheap to clone (the pool is shared).
#[derive(Debug, Clone)]
pub struct SqlStore {
    pool: Pool,
}

fn query_err(action: &'static str) -> impl FnOnce(sqlx::Error) -> StoreError {
    move |source| StoreError::Query { action, source }
}

impl SqlStore {
    /// Opens (for SQLite: creates if missing, in WAL mode) the database.
    /// Does not migrate; call [`Store::migrate`].
    pub async fn connect(url: &DatabaseUrl) -> StoreResult<Self> {
        let connect_err = |source| StoreError::Connect {
            url: url.masked(),
            source,
        };
        let pool = match url.backend() {
            Backend::Sqlite => {
                let options = SqliteConnectOptions::from_str(url.expose())
                    .map_err(connect_err)?
                    .create_if_missing(true)
                    .journal_mode(SqliteJournalMode::Wal)
                    .foreign_keys(true)
                    // Writers queue for the lock instead of failing at once.
                    .busy_timeout(Duration::from_secs(10));
                let pool = SqlitePoolOptions::new()
                    .max_connections(8)
                    .connect_with(options)
                    .await
                    .map_err(connect_err)?;
                Pool::Sqlite(pool)
            }
            Backend::Postgres => {
                let pool = PgPoolOptions::new()
                    .max_connections(10)
                    .acquire_timeout(Duration::from_secs(10))
                    .connect(url.expose())
                    .await
                    .map_err(connect_err)?;
                Pool::Postgres(pool)
            }
        };
        Ok(SqlStore { pool })
    }

    /// Closes every connection (waits for checked-out ones to return).
    pub async fn close(&self) {
        on_pool!(self, p => p.close().await)
    }
}

// --- row shapes ----------------------------------------------------------------

#[derive(FromRow)]
struct TicketRow {
    id: i64,
    channel: String,
    customer_ref: String,
    customer_name: String,
    place_ref: Option<String>,
    integration: String,
    status: String,
    step: String,
    state: String,
    error_class: Option<String>,
    exposed: bool,
    resolved: bool,
    assignee: Option<String>,
    created_at: i64,
    updated_at: i64,
    closed_at: Option<i64>,
    version: i64,
    customer_account: Option<String>,
}

impl TryFrom<TicketRow> for Ticket {
    type Error = StoreError;

    fn try_from(r: TicketRow) -> Result<Self, StoreError> {
        let corrupt = |e: crate::domain::UnknownValue| StoreError::Corrupt(e.to_string());
        Ok(Ticket {
            id: TicketId::from_row(r.id),
            channel: Channel::from_str(&r.channel).map_err(corrupt)?,
            customer_ref: r.customer_ref,
            customer_name: r.customer_name,
            place_ref: r.place_ref,
            integration: Integration::from_str(&r.integration).map_err(corrupt)?,
            status: TicketStatus::from_str(&r.status).map_err(corrupt)?,
            step: r.step,
            state: r.state,
            error_class: r.error_class,
            exposed: r.exposed,
            resolved: r.resolved,
            assignee: r.assignee,
            created_at: Timestamp(r.created_at),
            updated_at: Timestamp(r.updated_at),
            closed_at: r.closed_at.map(Timestamp),
            version: r.version,
            customer_account: r.customer_account,
        })
    }
}

fn tickets(rows: Vec<TicketRow>) -> StoreResult<Vec<Ticket>> {
    rows.into_iter().map(Ticket::try_from).collect()
}

#[derive(FromRow)]
struct EventRow {
    id: i64,
    ticket_id: i64,
    at: i64,
    kind: String,
    actor: String,
    detail: String,
}

impl From<EventRow> for TimelineEvent {
    fn from(r: EventRow) -> Self {
        TimelineEvent {
            id: r.id,
            ticket: TicketId::from_row(r.ticket_id),
            at: Timestamp(r.at),
            kind: r.kind,
            actor: r.actor,
            detail: r.detail,
        }
    }
}

#[derive(FromRow)]
struct AuditRow {
    id: i64,
    at: i64,
    actor: String,
    action: String,
    ticket_id: Option<i64>,
    account: Option<String>,
    detail: String,
}

impl From<AuditRow> for AuditEntry {
    fn from(r: AuditRow) -> Self {
        AuditEntry {
            id: r.id,
            at: Timestamp(r.at),
            actor: r.actor,
            action: r.action,
            ticket: r.ticket_id.map(TicketId::from_row),
            account: r.account,
            detail: r.detail,
        }
    }
}

#[derive(FromRow)]
struct LinkRow {
    token_hash: Vec<u8>,
    ticket_id: i64,
    customer_ref: String,
    created_at: i64,
    expires_at: i64,
    opened_at: Option<i64>,
    consumed_at: Option<i64>,
    attempts: i64,
    revoked_at: Option<i64>,
}

impl From<LinkRow> for LinkRecord {
    fn from(r: LinkRow) -> Self {
        LinkRecord {
            token_hash: r.token_hash,
            ticket: TicketId::from_row(r.ticket_id),
            customer_ref: r.customer_ref,
            created_at: Timestamp(r.created_at),
            expires_at: Timestamp(r.expires_at),
            opened_at: r.opened_at.map(Timestamp),
            consumed_at: r.consumed_at.map(Timestamp),
            attempts: r.attempts,
            revoked_at: r.revoked_at.map(Timestamp),
        }
    }
}

#[derive(FromRow)]
struct ConnectorRow {
    account: String,
    api_url: String,
    key_ciphertext: Vec<u8>,
    key_nonce: Vec<u8>,
    key_fingerprint: String,
    previous_fingerprint: Option<String>,
    verified_user: String,
    status: String,
    ticket_id: Option<i64>,
    created_at: i64,
    updated_at: i64,
    customer_account: Option<String>,
}

impl From<ConnectorRow> for ConnectorRecord {
    fn from(r: ConnectorRow) -> Self {
        ConnectorRecord {
            account: r.account,
            api_url: r.api_url,
            key: Sealed {
                ciphertext: r.key_ciphertext,
                nonce: r.key_nonce,
            },
            key_fingerprint: r.key_fingerprint,
            previous_fingerprint: r.previous_fingerprint,
            verified_user: r.verified_user,
            status: r.status,
            ticket: r.ticket_id.map(TicketId::from_row),
            created_at: Timestamp(r.created_at),
            updated_at: Timestamp(r.updated_at),
            customer_account: r.customer_account,
        }
    }
}

#[derive(FromRow)]
struct JobRow {
    id: i64,
    kind: String,
    ticket_id: Option<i64>,
    payload: String,
    due_at: i64,
    attempts: i64,
    lease_owner: String,
}

impl From<JobRow> for Job {
    fn from(r: JobRow) -> Self {
        Job {
            id: r.id,
            kind: r.kind,
            ticket: r.ticket_id.map(TicketId::from_row),
            payload: r.payload,
            due_at: Timestamp(r.due_at),
            attempts: r.attempts,
            owner: r.lease_owner,
        }
    }
}

// --- SQL -------------------------------------------------------------------------

/// The query that adds a [`NewJob`] and returns its id, bound.
macro_rules! insert_job {
    ($j:expr) => {
        sqlx::query_scalar::<_, i64>(
            "INSERT INTO jobs (kind, ticket_id, payload, due_at, created_at) \
             VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(&$j.kind)
        .bind($j.ticket.map(TicketId::row))
        .bind(json(&$j.payload))
        .bind($j.due_at.millis())
        .bind($j.at.millis())
    };
}

/// Binds `$1`..`$8` of [`TICKET_FILTER`] from a `TicketFilter` and its
/// `LIKE` pattern.
macro_rules! bind_ticket_filter {
    ($query:expr, $f:expr, $pattern:expr) => {
        $query
            .bind($f.status.map(TicketStatus::as_str))
            .bind($f.channel.map(Channel::as_str))
            .bind($f.integration.map(Integration::as_str))
            .bind($f.error_class.as_deref())
            .bind($f.ticket.map(TicketId::row))
            .bind($pattern)
            .bind($f.created_from.map(Timestamp::millis))
            .bind($f.created_before.map(Timestamp::millis))
    };
}

/// The ticket list's filter (`$1`..`$8`), shared by listing and counting.
const TICKET_FILTER: &str = "($1 IS NULL OR status = $1) \
     AND ($2 IS NULL OR channel = $2) AND ($3 IS NULL OR integration = $3) \
     AND ($4 IS NULL OR error_class = $4) AND ($5 IS NULL OR id = $5) \
     AND ($6 IS NULL OR LOWER(customer_name) LIKE $6 ESCAPE '\\' \
          OR LOWER(customer_ref) LIKE $6 ESCAPE '\\') \
     AND ($7 IS NULL OR created_at >= $7) AND ($8 IS NULL OR created_at < $8)";

const TICKET_COLUMNS: &str = "id, channel, customer_ref, customer_name, place_ref, integration, \
     status, step, state, error_class, exposed, resolved, assignee, created_at, updated_at, \
     closed_at, version, customer_account";

const INSERT_TICKET: &str = "INSERT INTO tickets (channel, customer_ref, customer_name, \
     place_ref, integration, status, step, state, exposed, created_at, updated_at) \
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING id";

const UPDATE_TICKET: &str = "UPDATE tickets SET customer_name = $1, place_ref = $2, \
     integration = $3, status = $4, step = $5, state = $6, error_class = $7, exposed = $8, \
     resolved = $9, assignee = $10, updated_at = $11, closed_at = $12, version = version + 1 \
     WHERE id = $13 AND version = $14";

const INSERT_EVENT: &str = "INSERT INTO ticket_events (ticket_id, at, kind, actor, detail) \
     VALUES ($1, $2, $3, $4, $5) RETURNING id";

const INSERT_AUDIT: &str = "INSERT INTO audit_log (at, actor, action, ticket_id, account, detail) \
     VALUES ($1, $2, $3, $4, $5, $6)";

const CONSUME_LINK: &str = "UPDATE links SET consumed_at = $2 WHERE token_hash = $1 \
     AND consumed_at IS NULL AND revoked_at IS NULL AND expires_at > $2 AND attempts < $3";

/// Replaces the connector; the old key's fingerprint becomes the previous one.
/// The connector takes the CustomerHub account of the ticket it came from
/// (when the web chat's host signed the customer's identity).
const UPSERT_CONNECTOR: &str = "INSERT INTO connectors (account, api_url, key_ciphertext, \
     key_nonce, key_fingerprint, previous_fingerprint, verified_user, status, ticket_id, \
     created_at, updated_at, customer_account) VALUES ($1, $2, $3, $4, $5, NULL, $6, \
     'connected', $7, $8, $8, (SELECT customer_account FROM tickets WHERE id = $7)) \
     ON CONFLICT (account) DO UPDATE SET api_url = excluded.api_url, \
     customer_account = COALESCE(excluded.customer_account, connectors.customer_account), \
     key_ciphertext = excluded.key_ciphertext, key_nonce = excluded.key_nonce, \
     previous_fingerprint = connectors.key_fingerprint, \
     key_fingerprint = excluded.key_fingerprint, verified_user = excluded.verified_user, \
     status = excluded.status, ticket_id = excluded.ticket_id, updated_at = excluded.updated_at \
     RETURNING account, api_url, key_ciphertext, key_nonce, key_fingerprint, \
     previous_fingerprint, verified_user, status, ticket_id, created_at, updated_at, \
     customer_account";

/// Claims due jobs. The two dialects differ only in how the candidate rows are
/// locked: PostgreSQL skips rows another instance is claiming right now;
/// SQLite serialises writers, so a plain subquery is already exclusive.
const CLAIM_JOBS_SQLITE: &str = "UPDATE jobs SET lease_owner = $1, lease_until = $2, \
     attempts = attempts + 1 WHERE id IN (SELECT id FROM jobs WHERE done_at IS NULL \
     AND due_at <= $3 AND (lease_until IS NULL OR lease_until <= $3) ORDER BY due_at, id \
     LIMIT $4) RETURNING id, kind, ticket_id, payload, due_at, attempts, lease_owner";

const CLAIM_JOBS_POSTGRES: &str = "UPDATE jobs SET lease_owner = $1, lease_until = $2, \
     attempts = attempts + 1 WHERE id IN (SELECT id FROM jobs WHERE done_at IS NULL \
     AND due_at <= $3 AND (lease_until IS NULL OR lease_until <= $3) ORDER BY due_at, id \
     LIMIT $4 FOR UPDATE SKIP LOCKED) RETURNING id, kind, ticket_id, payload, due_at, attempts, \
     lease_owner";

/// Marks job `$1` done at `$3` if `$2` still holds its claim.
const FINISH_JOB: &str =
    "UPDATE jobs SET done_at = $3 WHERE id = $1 AND lease_owner = $2 AND done_at IS NULL";

/// `%part%` for a case-insensitive `LIKE ... ESCAPE '\'`, with the part's own
/// wildcards escaped.
fn like_pattern(part: &str) -> String {
    let mut p = String::from("%");
    for c in part.trim().to_lowercase().chars() {
        if matches!(c, '%' | '_' | '\\') {
            p.push('\\');
        }
        p.push(c);
    }
    p.push('%');
    p
}

fn json(value: &serde_json::Value) -> String {
    value.to_string()
}

/// Binds a [`NewConnector`] to [`UPSERT_CONNECTOR`].
macro_rules! upsert_connector {
    ($c:expr) => {
        sqlx::query_as::<_, ConnectorRow>(UPSERT_CONNECTOR)
            .bind(&$c.account)
            .bind(&$c.api_url)
            .bind(&$c.key.ciphertext)
            .bind(&$c.key.nonce)
            .bind(&$c.key_fingerprint)
            .bind(&$c.verified_user)
            .bind($c.ticket.map(TicketId::row))
            .bind($c.at.millis())
    };
}

/// Writes the connector, event and audit entry of a reconnect inside `$tx`.
macro_rules! write_reconnect {
    ($tx:ident, $r:expr) => {{
        let c = &$r.connector;
        let row: ConnectorRow = upsert_connector!(c)
            .fetch_one(&mut *$tx)
            .await
            .map_err(query_err("write the connector"))?;
        if let Some(ticket) = c.ticket {
            sqlx::query(INSERT_EVENT)
                .bind(ticket.row())
                .bind($r.event.at.millis())
                .bind(&$r.event.kind)
                .bind(&$r.event.actor)
                .bind(json(&$r.event.detail))
                .execute(&mut *$tx)
                .await
                .map_err(query_err("add the reconnect event"))?;
        }
        let a = &$r.audit;
        sqlx::query(INSERT_AUDIT)
            .bind(a.at.millis())
            .bind(&a.actor)
            .bind(&a.action)
            .bind(a.ticket.map(TicketId::row))
            .bind(&a.account)
            .bind(json(&a.detail))
            .execute(&mut *$tx)
            .await
            .map_err(query_err("add the reconnect audit entry"))?;
        ConnectorRecord::from(row)
    }};
}

#[async_trait]
impl Store for SqlStore {
    fn backend(&self) -> Backend {
        match self.pool {
            Pool::Sqlite(_) => Backend::Sqlite,
            Pool::Postgres(_) => Backend::Postgres,
        }
    }

    async fn migrate(&self) -> StoreResult<()> {
        match &self.pool {
            Pool::Sqlite(p) => SQLITE_MIGRATIONS.run(p).await?,
            Pool::Postgres(p) => POSTGRES_MIGRATIONS.run(p).await?,
        }
        Ok(())
    }

    async fn health(&self) -> StoreResult<()> {
        let (applied, expected) = on_pool!(self, p => {
            let applied: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM _sqlx_migrations WHERE success = TRUE",
            )
            .fetch_one(p)
            .await
            .map_err(query_err("read the migration table"))?;
            let expected = match &self.pool {
                Pool::Sqlite(_) => SQLITE_MIGRATIONS.iter().count(),
                Pool::Postgres(_) => POSTGRES_MIGRATIONS.iter().count(),
            };
            (applied, expected)
        });
        if usize::try_from(applied).ok() != Some(expected) {
            return Err(StoreError::Corrupt(format!(
                "{applied} of {expected} migrations applied; run `rekey migrate`"
            )));
        }
        Ok(())
    }

    async fn create_ticket(&self, new: NewTicket) -> StoreResult<Ticket> {
        let id: i64 = on_pool!(self, p => sqlx::query_scalar(INSERT_TICKET)
            .bind(new.channel.as_str())
            .bind(&new.customer_ref)
            .bind(&new.customer_name)
            .bind(&new.place_ref)
            .bind(new.integration.as_str())
            .bind(new.status.as_str())
            .bind(&new.step)
            .bind(&new.state)
            .bind(new.exposed)
            .bind(new.at.millis())
            .fetch_one(p)
            .await
            .map_err(query_err("create a ticket"))?);
        self.ticket(TicketId::from_row(id))
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("new ticket {}", TicketId::from_row(id))))
    }

    async fn ticket(&self, id: TicketId) -> StoreResult<Option<Ticket>> {
        let sql = format!("SELECT {TICKET_COLUMNS} FROM tickets WHERE id = $1");
        let row: Option<TicketRow> = on_pool!(self, p => sqlx::query_as(&sql)
            .bind(id.row())
            .fetch_optional(p)
            .await
            .map_err(query_err("read a ticket"))?);
        row.map(Ticket::try_from).transpose()
    }

    async fn active_ticket_for(
        &self,
        channel: Channel,
        customer_ref: &str,
    ) -> StoreResult<Option<Ticket>> {
        let sql = format!(
            "SELECT {TICKET_COLUMNS} FROM tickets WHERE channel = $1 AND customer_ref = $2 \
             AND status <> 'closed' ORDER BY id DESC LIMIT 1"
        );
        let row: Option<TicketRow> = on_pool!(self, p => sqlx::query_as(&sql)
            .bind(channel.as_str())
            .bind(customer_ref)
            .fetch_optional(p)
            .await
            .map_err(query_err("find the customer's open ticket"))?);
        row.map(Ticket::try_from).transpose()
    }

    async fn ticket_by_place(
        &self,
        channel: Channel,
        place_ref: &str,
    ) -> StoreResult<Option<Ticket>> {
        let sql = format!(
            "SELECT {TICKET_COLUMNS} FROM tickets WHERE channel = $1 AND place_ref = $2 \
             ORDER BY id DESC LIMIT 1"
        );
        let row: Option<TicketRow> = on_pool!(self, p => sqlx::query_as(&sql)
            .bind(channel.as_str())
            .bind(place_ref)
            .fetch_optional(p)
            .await
            .map_err(query_err("find the ticket of a conversation"))?);
        row.map(Ticket::try_from).transpose()
    }

    async fn update_ticket(&self, t: &Ticket) -> StoreResult<Ticket> {
        let updated = on_pool!(self, p => sqlx::query(UPDATE_TICKET)
            .bind(&t.customer_name)
            .bind(&t.place_ref)
            .bind(t.integration.as_str())
            .bind(t.status.as_str())
            .bind(&t.step)
            .bind(&t.state)
            .bind(&t.error_class)
            .bind(t.exposed)
            .bind(t.resolved)
            .bind(&t.assignee)
            .bind(t.updated_at.millis())
            .bind(t.closed_at.map(Timestamp::millis))
            .bind(t.id.row())
            .bind(t.version)
            .execute(p)
            .await
            .map_err(query_err("update a ticket"))?
            .rows_affected());
        if updated == 0 {
            return match self.ticket(t.id).await? {
                Some(_) => Err(StoreError::Conflict(format!("ticket {}", t.id))),
                None => Err(StoreError::NotFound(format!("ticket {}", t.id))),
            };
        }
        Ok(Ticket {
            version: t.version + 1,
            ..t.clone()
        })
    }

    async fn list_tickets(&self, f: &TicketFilter) -> StoreResult<Vec<Ticket>> {
        let order = match f.order {
            TicketOrder::Newest => "id DESC".to_owned(),
            // See TicketOrder::Attention.
            // Escalated tickets nobody has taken come first, longest waiting
            // first.
            TicketOrder::Attention => format!(
                "CASE WHEN status = 'escalated' AND assignee IS NULL THEN 0 \
                 WHEN status = 'escalated' THEN 1 WHEN status = 'closed' THEN 4 \
                 WHEN (SELECT COUNT(*) FROM ticket_events e WHERE e.ticket_id = tickets.id \
                 AND e.kind = 'verify.failed') >= {REPEATED_FAILURES} THEN 2 ELSE 3 END, \
                 CASE WHEN status = 'escalated' AND assignee IS NULL THEN updated_at ELSE 0 END, \
                 updated_at DESC, id DESC"
            ),
        };
        let sql = format!(
            "SELECT {TICKET_COLUMNS} FROM tickets WHERE {TICKET_FILTER} \
             ORDER BY {order} LIMIT $9 OFFSET $10"
        );
        let pattern = f.customer.as_deref().map(like_pattern);
        let rows: Vec<TicketRow> = on_pool!(self, p => bind_ticket_filter!(
                sqlx::query_as(&sql), f, pattern.as_deref())
            .bind(f.limit.unwrap_or(100))
            .bind(f.offset.unwrap_or(0))
            .fetch_all(p)
            .await
            .map_err(query_err("list tickets"))?);
        tickets(rows)
    }

    async fn set_customer_account(&self, id: TicketId, account: &str) -> StoreResult<()> {
        on_pool!(self, p => sqlx::query(
            "UPDATE tickets SET customer_account = $1 WHERE id = $2"
        )
        .bind(account)
        .bind(id.row())
        .execute(p)
        .await
        .map_err(query_err("record the customer account of a ticket"))?
        .rows_affected());
        Ok(())
    }

    async fn count_tickets(&self, f: &TicketFilter) -> StoreResult<i64> {
        let sql = format!("SELECT COUNT(*) FROM tickets WHERE {TICKET_FILTER}");
        let pattern = f.customer.as_deref().map(like_pattern);
        let (n,): (i64,) = on_pool!(self, p => bind_ticket_filter!(
                sqlx::query_as(&sql), f, pattern.as_deref())
            .fetch_one(p)
            .await
            .map_err(query_err("count tickets"))?);
        Ok(n)
    }

    async fn count_tickets_by_status(&self) -> StoreResult<Vec<(TicketStatus, i64)>> {
        let rows: Vec<(String, i64)> = on_pool!(self, p => sqlx::query_as(
            "SELECT status, COUNT(*) FROM tickets GROUP BY status ORDER BY status",
        )
        .fetch_all(p)
        .await
        .map_err(query_err("count tickets by status"))?);
        rows.into_iter()
            .map(|(status, n)| {
                TicketStatus::from_str(&status)
                    .map(|s| (s, n))
                    .map_err(|e| StoreError::Corrupt(e.to_string()))
            })
            .collect()
    }

    async fn tickets_created_since(&self, since: Timestamp) -> StoreResult<Vec<Ticket>> {
        let sql = format!(
            "SELECT {TICKET_COLUMNS} FROM tickets WHERE created_at >= $1 ORDER BY created_at, id"
        );
        let rows: Vec<TicketRow> = on_pool!(self, p => sqlx::query_as(&sql)
            .bind(since.millis())
            .fetch_all(p)
            .await
            .map_err(query_err("read recent tickets"))?);
        tickets(rows)
    }

    async fn add_event(&self, ticket: TicketId, e: NewEvent) -> StoreResult<TimelineEvent> {
        let detail = json(&e.detail);
        let id: i64 = on_pool!(self, p => sqlx::query_scalar(INSERT_EVENT)
            .bind(ticket.row())
            .bind(e.at.millis())
            .bind(&e.kind)
            .bind(&e.actor)
            .bind(&detail)
            .fetch_one(p)
            .await
            .map_err(query_err("add a timeline event"))?);
        Ok(TimelineEvent {
            id,
            ticket,
            at: e.at,
            kind: e.kind,
            actor: e.actor,
            detail,
        })
    }

    async fn timeline(&self, ticket: TicketId) -> StoreResult<Vec<TimelineEvent>> {
        let rows: Vec<EventRow> = on_pool!(self, p => sqlx::query_as(
            "SELECT id, ticket_id, at, kind, actor, detail FROM ticket_events \
             WHERE ticket_id = $1 ORDER BY at, id",
        )
        .bind(ticket.row())
        .fetch_all(p)
        .await
        .map_err(query_err("read a timeline"))?);
        Ok(rows.into_iter().map(TimelineEvent::from).collect())
    }

    async fn events_since(&self, since: Timestamp) -> StoreResult<Vec<TimelineEvent>> {
        let rows: Vec<EventRow> = on_pool!(self, p => sqlx::query_as(
            "SELECT id, ticket_id, at, kind, actor, detail FROM ticket_events \
             WHERE at >= $1 ORDER BY at, id",
        )
        .bind(since.millis())
        .fetch_all(p)
        .await
        .map_err(query_err("read recent events"))?);
        Ok(rows.into_iter().map(TimelineEvent::from).collect())
    }

    async fn add_audit(&self, a: NewAudit) -> StoreResult<()> {
        on_pool!(self, p => sqlx::query(INSERT_AUDIT)
            .bind(a.at.millis())
            .bind(&a.actor)
            .bind(&a.action)
            .bind(a.ticket.map(TicketId::row))
            .bind(&a.account)
            .bind(json(&a.detail))
            .execute(p)
            .await
            .map_err(query_err("add an audit entry"))?
            .rows_affected());
        Ok(())
    }

    async fn audit_log(&self, limit: i64) -> StoreResult<Vec<AuditEntry>> {
        let mut rows: Vec<AuditRow> = on_pool!(self, p => sqlx::query_as(
            "SELECT id, at, actor, action, ticket_id, account, detail FROM audit_log \
             ORDER BY at DESC, id DESC LIMIT $1",
        )
        .bind(limit)
        .fetch_all(p)
        .await
        .map_err(query_err("read the audit log"))?);
        rows.reverse();
        Ok(rows.into_iter().map(AuditEntry::from).collect())
    }

    async fn create_link(&self, l: NewLink) -> StoreResult<()> {
        on_pool!(self, p => {
            let mut tx = p.begin().await.map_err(query_err("start a transaction"))?;
            sqlx::query(
                "UPDATE links SET revoked_at = $2 WHERE ticket_id = $1 \
                 AND revoked_at IS NULL AND consumed_at IS NULL",
            )
            .bind(l.ticket.row())
            .bind(l.created_at.millis())
            .execute(&mut *tx)
            .await
            .map_err(query_err("revoke older links"))?;
            sqlx::query(
                "INSERT INTO links (token_hash, ticket_id, customer_ref, created_at, expires_at) \
                 VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(&l.token_hash)
            .bind(l.ticket.row())
            .bind(&l.customer_ref)
            .bind(l.created_at.millis())
            .bind(l.expires_at.millis())
            .execute(&mut *tx)
            .await
            .map_err(query_err("store a link"))?;
            tx.commit().await.map_err(query_err("commit a new link"))?;
        });
        Ok(())
    }

    async fn link(&self, token_hash: &[u8]) -> StoreResult<Option<LinkRecord>> {
        let row: Option<LinkRow> = on_pool!(self, p => sqlx::query_as(
            "SELECT token_hash, ticket_id, customer_ref, created_at, expires_at, opened_at, \
             consumed_at, attempts, revoked_at FROM links WHERE token_hash = $1",
        )
        .bind(token_hash)
        .fetch_optional(p)
        .await
        .map_err(query_err("read a link"))?);
        Ok(row.map(LinkRecord::from))
    }

    async fn latest_link(&self, ticket: TicketId) -> StoreResult<Option<LinkRecord>> {
        let row: Option<LinkRow> = on_pool!(self, p => sqlx::query_as(
            "SELECT token_hash, ticket_id, customer_ref, created_at, expires_at, opened_at, \
             consumed_at, attempts, revoked_at FROM links WHERE ticket_id = $1 \
             ORDER BY created_at DESC LIMIT 1",
        )
        .bind(ticket.row())
        .fetch_optional(p)
        .await
        .map_err(query_err("read a ticket's link"))?);
        Ok(row.map(LinkRecord::from))
    }

    async fn mark_link_opened(&self, token_hash: &[u8], at: Timestamp) -> StoreResult<()> {
        on_pool!(self, p => sqlx::query(
            "UPDATE links SET opened_at = $2 WHERE token_hash = $1 AND opened_at IS NULL",
        )
        .bind(token_hash)
        .bind(at.millis())
        .execute(p)
        .await
        .map_err(query_err("mark a link opened"))?
        .rows_affected());
        Ok(())
    }

    async fn add_link_attempt(&self, token_hash: &[u8]) -> StoreResult<i64> {
        let attempts: Option<i64> = on_pool!(self, p => sqlx::query_scalar(
            "UPDATE links SET attempts = attempts + 1 WHERE token_hash = $1 RETURNING attempts",
        )
        .bind(token_hash)
        .fetch_optional(p)
        .await
        .map_err(query_err("count a failed attempt"))?);
        attempts.ok_or_else(|| StoreError::NotFound("link".into()))
    }

    async fn reserve_link_attempt(
        &self,
        token_hash: &[u8],
        now: Timestamp,
        max_attempts: i64,
    ) -> StoreResult<Option<i64>> {
        Ok(on_pool!(self, p => sqlx::query_scalar(
            "UPDATE links SET attempts = attempts + 1 WHERE token_hash = $1 \
             AND consumed_at IS NULL AND revoked_at IS NULL AND expires_at > $2 \
             AND attempts < $3 RETURNING attempts",
        )
        .bind(token_hash)
        .bind(now.millis())
        .bind(max_attempts)
        .fetch_optional(p)
        .await
        .map_err(query_err("reserve an attempt"))?))
    }

    async fn release_link_attempt(&self, token_hash: &[u8]) -> StoreResult<()> {
        on_pool!(self, p => sqlx::query(
            "UPDATE links SET attempts = attempts - 1 WHERE token_hash = $1 \
             AND attempts > 0 AND consumed_at IS NULL",
        )
        .bind(token_hash)
        .execute(p)
        .await
        .map_err(query_err("give back an attempt"))?
        .rows_affected());
        Ok(())
    }

    async fn revoke_links(&self, ticket: TicketId, at: Timestamp) -> StoreResult<u64> {
        let n = on_pool!(self, p => sqlx::query(
            "UPDATE links SET revoked_at = $2 WHERE ticket_id = $1 \
             AND revoked_at IS NULL AND consumed_at IS NULL",
        )
        .bind(ticket.row())
        .bind(at.millis())
        .execute(p)
        .await
        .map_err(query_err("revoke links"))?
        .rows_affected());
        Ok(n)
    }

    async fn consume_link(
        &self,
        token_hash: &[u8],
        now: Timestamp,
        max_attempts: i64,
        reconnect: Reconnect,
    ) -> StoreResult<LinkUse> {
        let used = on_pool!(self, p => {
            let mut tx = p.begin().await.map_err(query_err("start a transaction"))?;
            // The conditional UPDATE is the single point of truth: the row
            // lock (PostgreSQL) or the database write lock (SQLite) lets
            // exactly one transaction flip consumed_at.
            let n = sqlx::query(CONSUME_LINK)
                .bind(token_hash)
                .bind(now.millis())
                .bind(max_attempts)
                .execute(&mut *tx)
                .await
                .map_err(query_err("consume a link"))?
                .rows_affected();
            if n == 1 {
                let connector = write_reconnect!(tx, reconnect);
                tx.commit().await.map_err(query_err("commit a reconnect"))?;
                LinkUse::Consumed(Box::new(connector))
            } else {
                tx.rollback().await.map_err(query_err("roll back"))?;
                LinkUse::NotUsable
            }
        });
        Ok(used)
    }

    async fn connector(&self, account: &str) -> StoreResult<Option<ConnectorRecord>> {
        let row: Option<ConnectorRow> = on_pool!(self, p => sqlx::query_as(
            "SELECT account, api_url, key_ciphertext, key_nonce, key_fingerprint, \
             previous_fingerprint, verified_user, status, ticket_id, created_at, updated_at, \
             customer_account \
             FROM connectors WHERE account = $1",
        )
        .bind(account)
        .fetch_optional(p)
        .await
        .map_err(query_err("read a connector"))?);
        Ok(row.map(ConnectorRecord::from))
    }

    async fn connector_of_ticket(&self, ticket: TicketId) -> StoreResult<Option<ConnectorRecord>> {
        let row: Option<ConnectorRow> = on_pool!(self, p => sqlx::query_as(
            "SELECT account, api_url, key_ciphertext, key_nonce, key_fingerprint, \
             previous_fingerprint, verified_user, status, ticket_id, created_at, updated_at, \
             customer_account \
             FROM connectors WHERE ticket_id = $1 ORDER BY updated_at DESC LIMIT 1",
        )
        .bind(ticket.row())
        .fetch_optional(p)
        .await
        .map_err(query_err("read a ticket's connector"))?);
        Ok(row.map(ConnectorRecord::from))
    }

    async fn put_connector(&self, c: NewConnector) -> StoreResult<ConnectorRecord> {
        let row: ConnectorRow = on_pool!(self, p => upsert_connector!(c)
            .fetch_one(p)
            .await
            .map_err(query_err("write a connector"))?);
        Ok(row.into())
    }

    async fn connector_accounts(&self) -> StoreResult<Vec<String>> {
        Ok(on_pool!(self, p => sqlx::query_scalar(
            "SELECT account FROM connectors ORDER BY account",
        )
        .fetch_all(p)
        .await
        .map_err(query_err("list connectors"))?))
    }

    async fn replace_connector_fingerprint(
        &self,
        account: &str,
        old: &str,
        new: &str,
    ) -> StoreResult<bool> {
        let n = on_pool!(self, p => sqlx::query(
            "UPDATE connectors SET key_fingerprint = $3 WHERE account = $1 \
             AND key_fingerprint = $2",
        )
        .bind(account)
        .bind(old)
        .bind(new)
        .execute(p)
        .await
        .map_err(query_err("refresh a connector fingerprint"))?
        .rows_affected());
        Ok(n == 1)
    }

    async fn pending_question(
        &self,
        channel: Channel,
        customer_ref: &str,
        now: Timestamp,
    ) -> StoreResult<Option<String>> {
        let state: Option<String> = on_pool!(self, p => sqlx::query_scalar(
            "SELECT state FROM pending_questions WHERE channel = $1 AND customer_ref = $2 \
             AND expires_at > $3",
        )
        .bind(channel.as_str())
        .bind(customer_ref)
        .bind(now.millis())
        .fetch_optional(p)
        .await
        .map_err(query_err("read a pending question"))?);
        Ok(state)
    }

    async fn put_pending_question(
        &self,
        channel: Channel,
        customer_ref: &str,
        state: &str,
        expires_at: Timestamp,
        now: Timestamp,
    ) -> StoreResult<()> {
        on_pool!(self, p => {
            sqlx::query("DELETE FROM pending_questions WHERE expires_at <= $1")
                .bind(now.millis())
                .execute(p)
                .await
                .map_err(query_err("drop expired pending questions"))?;
            sqlx::query(
                "INSERT INTO pending_questions (channel, customer_ref, state, expires_at, \
                 updated_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (channel, customer_ref) \
                 DO UPDATE SET state = excluded.state, expires_at = excluded.expires_at, \
                 updated_at = excluded.updated_at",
            )
            .bind(channel.as_str())
            .bind(customer_ref)
            .bind(state)
            .bind(expires_at.millis())
            .bind(now.millis())
            .execute(p)
            .await
            .map_err(query_err("save a pending question"))?;
        });
        Ok(())
    }

    async fn delete_pending_question(
        &self,
        channel: Channel,
        customer_ref: &str,
    ) -> StoreResult<()> {
        on_pool!(self, p => sqlx::query(
            "DELETE FROM pending_questions WHERE channel = $1 AND customer_ref = $2",
        )
        .bind(channel.as_str())
        .bind(customer_ref)
        .execute(p)
        .await
        .map_err(query_err("forget a pending question"))
        .map(|_| ())?);
        Ok(())
    }

    async fn schedule_job(&self, j: NewJob) -> StoreResult<i64> {
        let id: i64 = on_pool!(self, p => insert_job!(j)
            .fetch_one(p)
            .await
            .map_err(query_err("schedule a job"))?);
        Ok(id)
    }

    async fn finish_with_follow_up(
        &self,
        parent: &Job,
        j: NewJob,
        at: Timestamp,
    ) -> StoreResult<Option<i64>> {
        let id: Option<i64> = on_pool!(self, p => {
            let mut tx = p.begin().await.map_err(query_err("start a transaction"))?;
            // The conditional UPDATE decides: the row lock (PostgreSQL) or
            // the write lock (SQLite) lets one holder of the claim finish it.
            let held = sqlx::query(FINISH_JOB)
            .bind(parent.id)
            .bind(&parent.owner)
            .bind(at.millis())
            .execute(&mut *tx)
            .await
            .map_err(query_err("finish a job"))?
            .rows_affected()
                == 1;
            let id = if held {
                Some(
                    insert_job!(j)
                        .fetch_one(&mut *tx)
                        .await
                        .map_err(query_err("schedule a follow-up job"))?,
                )
            } else {
                None
            };
            tx.commit().await.map_err(query_err("commit a finished job"))?;
            id
        });
        Ok(id)
    }

    async fn cancel_jobs(&self, ticket: TicketId) -> StoreResult<u64> {
        let n = on_pool!(self, p => sqlx::query(
            "DELETE FROM jobs WHERE ticket_id = $1 AND done_at IS NULL AND lease_owner IS NULL",
        )
        .bind(ticket.row())
        .execute(p)
        .await
        .map_err(query_err("cancel jobs"))?
        .rows_affected());
        Ok(n)
    }

    async fn claim_jobs(
        &self,
        owner: &str,
        now: Timestamp,
        lease: Duration,
        limit: i64,
    ) -> StoreResult<Vec<Job>> {
        let sql = match self.pool {
            Pool::Sqlite(_) => CLAIM_JOBS_SQLITE,
            Pool::Postgres(_) => CLAIM_JOBS_POSTGRES,
        };
        let rows: Vec<JobRow> = on_pool!(self, p => sqlx::query_as(sql)
            .bind(owner)
            .bind(now.plus(lease).millis())
            .bind(now.millis())
            .bind(limit)
            .fetch_all(p)
            .await
            .map_err(query_err("claim jobs"))?);
        Ok(rows.into_iter().map(Job::from).collect())
    }

    async fn finish_job(&self, id: i64, owner: &str, at: Timestamp) -> StoreResult<bool> {
        let n = on_pool!(self, p => sqlx::query(FINISH_JOB)
        .bind(id)
        .bind(owner)
        .bind(at.millis())
        .execute(p)
        .await
        .map_err(query_err("finish a job"))?
        .rows_affected());
        Ok(n == 1)
    }

    async fn next_job_due(&self) -> StoreResult<Option<Timestamp>> {
        let due: Option<i64> = on_pool!(self, p => sqlx::query_scalar(
            "SELECT MIN(CASE WHEN lease_until > due_at THEN lease_until ELSE due_at END) \
             FROM jobs WHERE done_at IS NULL",
        )
        .fetch_one(p)
        .await
        .map_err(query_err("find the next job"))?);
        Ok(due.map(Timestamp))
    }

    async fn push_outbox(&self, r: &str, items: &[String], at: Timestamp) -> StoreResult<i64> {
        self.push_outbox_sql(r, items, at).await
    }

    async fn outbox_after(&self, r: &str, after: i64, limit: i64) -> StoreResult<Vec<OutboxItem>> {
        self.outbox_after_sql(r, after, limit).await
    }

    async fn outbox_head(&self, r: &str) -> StoreResult<i64> {
        self.outbox_head_sql(r).await
    }

    async fn prune_shared(&self, before: Timestamp, now: Timestamp) -> StoreResult<u64> {
        self.prune_shared_sql(before, now).await
    }

    async fn create_admin_session(
        &self,
        h: &[u8],
        staff: &str,
        at: Timestamp,
        expires_at: Timestamp,
    ) -> StoreResult<()> {
        self.create_admin_session_sql(h, staff, at, expires_at)
            .await
    }

    async fn admin_session(&self, h: &[u8], now: Timestamp) -> StoreResult<Option<String>> {
        self.admin_session_sql(h, now).await
    }

    async fn revoke_admin_sessions(
        &self,
        h: Option<&[u8]>,
        staff: Option<&str>,
        at: Timestamp,
    ) -> StoreResult<u64> {
        self.revoke_admin_sessions_sql(h, staff, at).await
    }

    async fn retry_job(&self, id: i64, owner: &str, due: Timestamp, e: &str) -> StoreResult<bool> {
        self.retry_job_sql(id, owner, due, e).await
    }

    async fn park_job(&self, id: i64, owner: &str, at: Timestamp, e: &str) -> StoreResult<bool> {
        self.park_job_sql(id, owner, at, e).await
    }

    async fn failed_jobs(&self, limit: i64) -> StoreResult<Vec<FailedJob>> {
        self.failed_jobs_sql(limit).await
    }

    async fn count_failed_jobs(&self) -> StoreResult<i64> {
        self.count_failed_jobs_sql().await
    }

    async fn rate_limit(&self, key_hash: &[u8], now: Timestamp, gcra: Gcra) -> StoreResult<bool> {
        self.rate_limit_sql(key_hash, now, gcra).await
    }
}

mod health;
mod shared;
