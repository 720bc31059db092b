//! [`SqlStore`]'s side of what several instances share: the web chat outbox,
//! dashboard sessions, job retries and parking, rate limits (a GCRA row per
//! key), and PostgreSQL
//! notifications (`LISTEN rekey_chat, rekey_jobs`; the triggers that send
//! them are in the migration).

use sqlx::FromRow;
use sqlx::postgres::PgListener;

use super::*;
use crate::rate_limit::gcra::Gcra;

/// Notification channels an instance listens on (PostgreSQL only).
pub const NOTIFY_CHANNELS: [&str; 2] = ["rekey_chat", "rekey_jobs"];

#[derive(FromRow)]
struct FailedJobRow {
    id: i64,
    kind: String,
    ticket_id: Option<i64>,
    attempts: i64,
    last_error: Option<String>,
    failed_at: i64,
}

impl SqlStore {
    pub(super) async fn push_outbox_sql(
        &self,
        customer_ref: &str,
        items: &[String],
        at: Timestamp,
    ) -> StoreResult<i64> {
        // Inserts the items in `$tx`, keeping the last id.
        macro_rules! insert_all {
            ($tx:expr) => {{
                let mut last = 0;
                for item in items {
                    last = sqlx::query_scalar(INSERT_OUTBOX)
                        .bind(customer_ref)
                        .bind(item)
                        .bind(at.millis())
                        .fetch_one(&mut *$tx)
                        .await
                        .map_err(query_err("queue a web chat item"))?;
                }
                last
            }};
        }
        let last = match &self.pool {
            Pool::Sqlite(p) => {
                let mut tx = p.begin().await.map_err(query_err("start a transaction"))?;
                let last = insert_all!(tx);
                tx.commit()
                    .await
                    .map_err(query_err("queue web chat items"))?;
                last
            }
            Pool::Postgres(p) => {
                let mut tx = p.begin().await.map_err(query_err("start a transaction"))?;
                // One writer per customer at a time: ids then commit in
                // order, so a reader's cursor never skips a later-committed
                // smaller id.
                sqlx::query("SELECT pg_advisory_xact_lock(hashtext($1))")
                    .bind(customer_ref)
                    .execute(&mut *tx)
                    .await
                    .map_err(query_err("lock a web chat outbox"))?;
                let last = insert_all!(tx);
                tx.commit()
                    .await
                    .map_err(query_err("queue web chat items"))?;
                last
            }
        };
        Ok(last)
    }

    pub(super) async fn outbox_after_sql(
        &self,
        customer_ref: &str,
        after: i64,
        limit: i64,
    ) -> StoreResult<Vec<OutboxItem>> {
        let rows: Vec<(i64, String)> = on_pool!(self, p => sqlx::query_as(
            "SELECT id, item FROM chat_outbox WHERE customer_ref = $1 AND id > $2 \
             ORDER BY id LIMIT $3",
        )
        .bind(customer_ref)
        .bind(after)
        .bind(limit)
        .fetch_all(p)
        .await
        .map_err(query_err("read a web chat outbox"))?);
        Ok(rows
            .into_iter()
            .map(|(id, item)| OutboxItem { id, item })
            .collect())
    }

    pub(super) async fn outbox_head_sql(&self, customer_ref: &str) -> StoreResult<i64> {
        let id: Option<i64> = on_pool!(self, p => sqlx::query_scalar(
            "SELECT MAX(id) FROM chat_outbox WHERE customer_ref = $1",
        )
        .bind(customer_ref)
        .fetch_one(p)
        .await
        .map_err(query_err("read a web chat outbox"))?);
        Ok(id.unwrap_or(0))
    }

    pub(super) async fn prune_shared_sql(
        &self,
        outbox_before: Timestamp,
        now: Timestamp,
    ) -> StoreResult<u64> {
        let outbox = on_pool!(self, p => sqlx::query("DELETE FROM chat_outbox WHERE created_at < $1")
            .bind(outbox_before.millis())
            .execute(p)
            .await
            .map_err(query_err("prune the web chat outbox"))?
            .rows_affected());
        let sessions = on_pool!(self, p => sqlx::query("DELETE FROM admin_sessions WHERE expires_at < $1")
            .bind(now.millis())
            .execute(p)
            .await
            .map_err(query_err("prune dashboard sessions"))?
            .rows_affected());
        let limits = on_pool!(self, p => sqlx::query("DELETE FROM rate_limits WHERE tat < $1")
            .bind(now.millis())
            .execute(p)
            .await
            .map_err(query_err("prune rate limits"))?
            .rows_affected());
        Ok(outbox + sessions + limits)
    }

    /// GCRA in one statement ([`crate::rate_limit::gcra::Gcra::check`]): a
    /// new key starts at `now + interval`; an existing one moves to
    /// `max(tat, now) + interval` only when `tat <= now + tolerance`. The
    /// upsert's `WHERE` leaves a refused key's row alone, and then nothing
    /// is returned: a row back means allowed. Concurrent checks of one key
    /// serialise on its row, on one instance or many.
    pub(super) async fn rate_limit_sql(
        &self,
        key_hash: &[u8],
        now: Timestamp,
        gcra: Gcra,
    ) -> StoreResult<bool> {
        let row: Option<i64> = on_pool!(self, p => sqlx::query_scalar(
            "INSERT INTO rate_limits (key_hash, tat) VALUES ($1, $2 + $3) \
             ON CONFLICT (key_hash) DO UPDATE \
             SET tat = (CASE WHEN rate_limits.tat > $2 THEN rate_limits.tat ELSE $2 END) + $3 \
             WHERE rate_limits.tat <= $2 + $4 \
             RETURNING tat",
        )
        .bind(key_hash)
        .bind(now.millis())
        .bind(gcra.interval)
        .bind(gcra.tolerance)
        .fetch_optional(p)
        .await
        .map_err(query_err("check a rate limit"))?);
        Ok(row.is_some())
    }

    pub(super) async fn create_admin_session_sql(
        &self,
        id_hash: &[u8],
        staff: &str,
        at: Timestamp,
        expires_at: Timestamp,
    ) -> StoreResult<()> {
        on_pool!(self, p => sqlx::query(
            "INSERT INTO admin_sessions (id_hash, staff, created_at, expires_at) \
             VALUES ($1, $2, $3, $4)",
        )
        .bind(id_hash)
        .bind(staff)
        .bind(at.millis())
        .bind(expires_at.millis())
        .execute(p)
        .await
        .map_err(query_err("start a dashboard session"))
        .map(drop)?);
        Ok(())
    }

    pub(super) async fn admin_session_sql(
        &self,
        id_hash: &[u8],
        now: Timestamp,
    ) -> StoreResult<Option<String>> {
        let staff: Option<String> = on_pool!(self, p => sqlx::query_scalar(
            "SELECT staff FROM admin_sessions WHERE id_hash = $1 AND expires_at > $2 \
             AND revoked_at IS NULL",
        )
        .bind(id_hash)
        .bind(now.millis())
        .fetch_optional(p)
        .await
        .map_err(query_err("read a dashboard session"))?);
        Ok(staff)
    }

    pub(super) async fn revoke_admin_sessions_sql(
        &self,
        id_hash: Option<&[u8]>,
        staff: Option<&str>,
        at: Timestamp,
    ) -> StoreResult<u64> {
        let n = on_pool!(self, p => sqlx::query(
            "UPDATE admin_sessions SET revoked_at = $3 WHERE revoked_at IS NULL \
             AND ($1 IS NULL OR id_hash = $1) AND ($2 IS NULL OR staff = $2) \
             AND ($1 IS NOT NULL OR $2 IS NOT NULL)",
        )
        .bind(id_hash)
        .bind(staff)
        .bind(at.millis())
        .execute(p)
        .await
        .map_err(query_err("revoke dashboard sessions"))?
        .rows_affected());
        Ok(n)
    }

    pub(super) async fn retry_job_sql(
        &self,
        id: i64,
        owner: &str,
        due_at: Timestamp,
        error: &str,
    ) -> StoreResult<bool> {
        let n = on_pool!(self, p => sqlx::query(
            "UPDATE jobs SET due_at = $3, lease_owner = NULL, lease_until = NULL, \
             last_error = $4 WHERE id = $1 AND lease_owner = $2 AND done_at IS NULL",
        )
        .bind(id)
        .bind(owner)
        .bind(due_at.millis())
        .bind(error)
        .execute(p)
        .await
        .map_err(query_err("schedule a job's retry"))?
        .rows_affected());
        Ok(n == 1)
    }

    pub(super) async fn park_job_sql(
        &self,
        id: i64,
        owner: &str,
        at: Timestamp,
        error: &str,
    ) -> StoreResult<bool> {
        let n = on_pool!(self, p => sqlx::query(
            "UPDATE jobs SET done_at = $3, failed_at = $3, last_error = $4 \
             WHERE id = $1 AND lease_owner = $2 AND done_at IS NULL",
        )
        .bind(id)
        .bind(owner)
        .bind(at.millis())
        .bind(error)
        .execute(p)
        .await
        .map_err(query_err("park a failed job"))?
        .rows_affected());
        Ok(n == 1)
    }

    pub(super) async fn failed_jobs_sql(&self, limit: i64) -> StoreResult<Vec<FailedJob>> {
        let rows: Vec<FailedJobRow> = on_pool!(self, p => sqlx::query_as(
            "SELECT id, kind, ticket_id, attempts, last_error, failed_at FROM jobs \
             WHERE failed_at IS NOT NULL ORDER BY failed_at DESC, id DESC LIMIT $1",
        )
        .bind(limit)
        .fetch_all(p)
        .await
        .map_err(query_err("list failed jobs"))?);
        Ok(rows
            .into_iter()
            .map(|r| FailedJob {
                id: r.id,
                kind: r.kind,
                ticket: r.ticket_id.map(TicketId::from_row),
                attempts: r.attempts,
                error: r.last_error.unwrap_or_default(),
                failed_at: Timestamp(r.failed_at),
            })
            .collect())
    }

    pub(super) async fn count_failed_jobs_sql(&self) -> StoreResult<i64> {
        let n: i64 = on_pool!(self, p => sqlx::query_scalar(
            "SELECT COUNT(*) FROM jobs WHERE failed_at IS NOT NULL",
        )
        .fetch_one(p)
        .await
        .map_err(query_err("count failed jobs"))?);
        Ok(n)
    }

    /// On PostgreSQL, listens on [`NOTIFY_CHANNELS`] in the background and
    /// calls `wake(channel, payload)` for each notification; after a lost
    /// connection it calls `wake(channel, "")` for every channel (something
    /// may have been missed) and listens again. `None` on SQLite.
    pub fn listen(
        &self,
        wake: impl Fn(&str, &str) + Send + Sync + 'static,
    ) -> Option<tokio::task::JoinHandle<()>> {
        let Pool::Postgres(pool) = &self.pool else {
            return None;
        };
        let pool = pool.clone();
        Some(tokio::spawn(async move {
            loop {
                match PgListener::connect_with(&pool).await {
                    Ok(mut listener) => {
                        if let Err(e) = listener.listen_all(NOTIFY_CHANNELS).await {
                            tracing::warn!(error = %e, "cannot LISTEN; retrying");
                        } else {
                            for c in NOTIFY_CHANNELS {
                                wake(c, "");
                            }
                            loop {
                                match listener.recv().await {
                                    Ok(n) => wake(n.channel(), n.payload()),
                                    Err(e) => {
                                        tracing::warn!(error = %e, "lost the notification connection");
                                        break;
                                    }
                                }
                            }
                        }
                    }
                    Err(e) => tracing::warn!(error = %e, "cannot connect to LISTEN; retrying"),
                }
                for c in NOTIFY_CHANNELS {
                    wake(c, "");
                }
                tokio::time::sleep(std::time::Duration::from_secs(1)).await;
            }
        }))
    }
}

const INSERT_OUTBOX: &str =
    "INSERT INTO chat_outbox (customer_ref, item, created_at) VALUES ($1, $2, $3) RETURNING id";
