//! [`HealthStore`] for [`SqlStore`]: the same SQL text on both backends.

use std::time::Duration;

use async_trait::async_trait;
use sqlx::FromRow;

use super::{Pool, SqlStore, json, query_err};
use crate::domain::{TicketId, Timestamp};
use crate::store::{
    ConnectorEvent, FailureReport, HealthRecord, HealthStore, HealthUpdate, NewEvent, StoreResult,
};

const HEALTH_COLUMNS: &str = "SELECT account, health, health_class, health_since, checked_at, \
     transient_failures, failure_reports, reminders_off, check_due_at, updated_at, ticket_id, \
     key_fingerprint FROM connectors";

const INSERT_CONNECTOR_EVENT: &str = "INSERT INTO connector_events (account, at, kind, actor, \
     detail) VALUES ($1, $2, $3, $4, $5)";

#[derive(FromRow)]
struct HealthRow {
    account: String,
    health: String,
    health_class: Option<String>,
    health_since: Option<i64>,
    checked_at: Option<i64>,
    transient_failures: i64,
    failure_reports: i64,
    reminders_off: bool,
    check_due_at: Option<i64>,
    updated_at: i64,
    ticket_id: Option<i64>,
    key_fingerprint: String,
}

impl From<HealthRow> for HealthRecord {
    fn from(r: HealthRow) -> Self {
        HealthRecord {
            account: r.account,
            health: r.health,
            class: r.health_class,
            since: r.health_since.map(Timestamp),
            checked_at: r.checked_at.map(Timestamp),
            transient_failures: r.transient_failures,
            failure_reports: r.failure_reports,
            reminders_off: r.reminders_off,
            check_due_at: r.check_due_at.map(Timestamp),
            key_set_at: Timestamp(r.updated_at),
            ticket: r.ticket_id.map(TicketId::from_row),
            key_fingerprint: r.key_fingerprint,
        }
    }
}

#[derive(FromRow)]
struct ConnectorEventRow {
    id: i64,
    account: String,
    at: i64,
    kind: String,
    actor: String,
    detail: String,
}

#[async_trait]
impl HealthStore for SqlStore {
    async fn connector_healths(&self) -> StoreResult<Vec<HealthRecord>> {
        let sql = format!("{HEALTH_COLUMNS} ORDER BY account");
        let rows: Vec<HealthRow> = on_pool!(self, p => sqlx::query_as(&sql)
            .fetch_all(p)
            .await
            .map_err(query_err("read connector health"))?);
        Ok(rows.into_iter().map(HealthRecord::from).collect())
    }

    async fn connector_health(&self, account: &str) -> StoreResult<Option<HealthRecord>> {
        let sql = format!("{HEALTH_COLUMNS} WHERE account = $1");
        let row: Option<HealthRow> = on_pool!(self, p => sqlx::query_as(&sql)
            .bind(account)
            .fetch_optional(p)
            .await
            .map_err(query_err("read a connector's health"))?);
        Ok(row.map(HealthRecord::from))
    }

    async fn seed_health_check(&self, account: &str, due: Timestamp) -> StoreResult<bool> {
        let n = on_pool!(self, p => sqlx::query(
            "UPDATE connectors SET check_due_at = $2 WHERE account = $1 AND check_due_at IS NULL",
        )
        .bind(account)
        .bind(due.millis())
        .execute(p)
        .await
        .map_err(query_err("schedule a health check"))?
        .rows_affected());
        Ok(n == 1)
    }

    async fn set_health_check_due(&self, account: &str, due: Timestamp) -> StoreResult<()> {
        on_pool!(self, p => sqlx::query("UPDATE connectors SET check_due_at = $2 WHERE account = $1")
            .bind(account)
            .bind(due.millis())
            .execute(p)
            .await
            .map_err(query_err("reschedule a health check"))
            .map(|_| ())?);
        Ok(())
    }

    async fn take_request_slot(
        &self,
        account: &str,
        now: Timestamp,
        spacing: Duration,
    ) -> StoreResult<Result<(), Timestamp>> {
        let taken = on_pool!(self, p => sqlx::query(
            "UPDATE connectors SET next_request_at = $3 WHERE account = $1 \
             AND (next_request_at IS NULL OR next_request_at <= $2)",
        )
        .bind(account)
        .bind(now.millis())
        .bind(now.plus(spacing).millis())
        .execute(p)
        .await
        .map_err(query_err("take a request slot"))?
        .rows_affected());
        if taken == 1 {
            return Ok(Ok(()));
        }
        let next: Option<Option<i64>> = on_pool!(self, p => sqlx::query_scalar(
            "SELECT next_request_at FROM connectors WHERE account = $1",
        )
        .bind(account)
        .fetch_optional(p)
        .await
        .map_err(query_err("read a request slot"))?);
        Ok(Err(Timestamp(next.flatten().unwrap_or(now.millis()))))
    }

    async fn hold_requests(&self, account: &str, until: Timestamp) -> StoreResult<()> {
        on_pool!(self, p => sqlx::query(
            "UPDATE connectors SET next_request_at = $2 WHERE account = $1 \
             AND (next_request_at IS NULL OR next_request_at < $2)",
        )
        .bind(account)
        .bind(until.millis())
        .execute(p)
        .await
        .map_err(query_err("hold requests"))
            .map(|_| ())?);
        Ok(())
    }

    async fn set_health(
        &self,
        account: &str,
        u: HealthUpdate,
        event: Option<NewEvent>,
    ) -> StoreResult<()> {
        on_pool!(self, p => {
            let mut tx = p.begin().await.map_err(query_err("begin"))?;
            sqlx::query(
                "UPDATE connectors SET health = $2, health_class = $3, health_since = $4, \
                 checked_at = $5, transient_failures = $6 WHERE account = $1",
            )
            .bind(account)
            .bind(&u.health)
            .bind(&u.class)
            .bind(u.since.map(|t| t.millis()))
            .bind(u.checked_at.millis())
            .bind(u.transient_failures)
            .execute(&mut *tx)
            .await
            .map_err(query_err("store a connector's health"))?;
            if let Some(e) = &event {
                sqlx::query(INSERT_CONNECTOR_EVENT)
                    .bind(account)
                    .bind(e.at.millis())
                    .bind(&e.kind)
                    .bind(&e.actor)
                    .bind(json(&e.detail))
                    .execute(&mut *tx)
                    .await
                    .map_err(query_err("add a connector event"))?;
            }
            tx.commit().await.map_err(query_err("commit"))?;
        });
        Ok(())
    }

    async fn add_connector_event(&self, account: &str, e: NewEvent) -> StoreResult<()> {
        on_pool!(self, p => sqlx::query(INSERT_CONNECTOR_EVENT)
            .bind(account)
            .bind(e.at.millis())
            .bind(&e.kind)
            .bind(&e.actor)
            .bind(json(&e.detail))
            .execute(p)
            .await
            .map_err(query_err("add a connector event"))
            .map(|_| ())?);
        Ok(())
    }

    async fn connector_events(&self, account: &str) -> StoreResult<Vec<ConnectorEvent>> {
        let rows: Vec<ConnectorEventRow> = on_pool!(self, p => sqlx::query_as(
            "SELECT id, account, at, kind, actor, detail FROM connector_events \
             WHERE account = $1 ORDER BY at, id",
        )
        .bind(account)
        .fetch_all(p)
        .await
        .map_err(query_err("read a connector's timeline"))?);
        Ok(rows
            .into_iter()
            .map(|r| ConnectorEvent {
                id: r.id,
                account: r.account,
                at: Timestamp(r.at),
                kind: r.kind,
                actor: r.actor,
                detail: r.detail,
            })
            .collect())
    }

    async fn add_failure_report(&self, r: FailureReport) -> StoreResult<bool> {
        let new = on_pool!(self, p => {
            let mut tx = p.begin().await.map_err(query_err("begin"))?;
            let n = sqlx::query(
                "INSERT INTO connector_reports (account, report_key, status, error, seen_at, \
                 received_at) VALUES ($1, $2, $3, $4, $5, $6) \
                 ON CONFLICT (account, report_key) DO NOTHING",
            )
            .bind(&r.account)
            .bind(&r.report_key)
            .bind(r.status)
            .bind(&r.error)
            .bind(r.seen_at.millis())
            .bind(r.received_at.millis())
            .execute(&mut *tx)
            .await
            .map_err(query_err("store a failure report"))?
            .rows_affected();
            if n == 1 {
                sqlx::query(
                    "UPDATE connectors SET failure_reports = failure_reports + 1 WHERE account = $1",
                )
                .bind(&r.account)
                .execute(&mut *tx)
                .await
                .map_err(query_err("count a failure report"))?;
            }
            tx.commit().await.map_err(query_err("commit"))?;
            n == 1
        });
        Ok(new)
    }

    async fn claim_outreach(
        &self,
        account: &str,
        incident: &str,
        at: Timestamp,
    ) -> StoreResult<bool> {
        let n = on_pool!(self, p => sqlx::query(
            "INSERT INTO outreach (account, incident, at) VALUES ($1, $2, $3) \
             ON CONFLICT (account, incident) DO NOTHING",
        )
        .bind(account)
        .bind(incident)
        .bind(at.millis())
        .execute(p)
        .await
        .map_err(query_err("claim an outreach"))?
        .rows_affected());
        Ok(n == 1)
    }

    async fn release_outreach(&self, account: &str, incident: &str) -> StoreResult<()> {
        on_pool!(self, p => sqlx::query("DELETE FROM outreach WHERE account = $1 AND incident = $2")
            .bind(account)
            .bind(incident)
            .execute(p)
            .await
            .map_err(query_err("release an outreach"))
            .map(|_| ())?);
        Ok(())
    }

    async fn set_outreach_ticket(
        &self,
        account: &str,
        incident: &str,
        ticket: TicketId,
    ) -> StoreResult<()> {
        on_pool!(self, p => sqlx::query(
            "UPDATE outreach SET ticket_id = $3 WHERE account = $1 AND incident = $2",
        )
        .bind(account)
        .bind(incident)
        .bind(ticket.row())
        .execute(p)
        .await
        .map_err(query_err("record an outreach ticket"))
        .map(|_| ())?);
        Ok(())
    }

    async fn outreach_account(&self, ticket: TicketId) -> StoreResult<Option<String>> {
        let account: Option<String> = on_pool!(self, p => sqlx::query_scalar(
            "SELECT account FROM outreach WHERE ticket_id = $1",
        )
        .bind(ticket.row())
        .fetch_optional(p)
        .await
        .map_err(query_err("find an outreach's connector"))?);
        Ok(account)
    }

    async fn connector_account_of_customer(
        &self,
        channel: crate::domain::Channel,
        customer_ref: &str,
    ) -> StoreResult<Option<String>> {
        let account: Option<String> = on_pool!(self, p => sqlx::query_scalar(
            "SELECT c.account FROM connectors c JOIN tickets t ON c.ticket_id = t.id \
             WHERE t.channel = $1 AND t.customer_ref = $2 ORDER BY c.updated_at DESC LIMIT 1",
        )
        .bind(channel.as_str())
        .bind(customer_ref)
        .fetch_optional(p)
        .await
        .map_err(query_err("find a customer's connector"))?);
        Ok(account)
    }

    async fn set_reminders_off(&self, account: &str, off: bool) -> StoreResult<()> {
        on_pool!(self, p => sqlx::query("UPDATE connectors SET reminders_off = $2 WHERE account = $1")
            .bind(account)
            .bind(off)
            .execute(p)
            .await
            .map_err(query_err("turn reminders off"))
            .map(|_| ())?);
        Ok(())
    }
}
