//! Scheduled work: conversation timers (and any kind with a registered
//! [`JobHandler`]) stored as jobs in the database, claimed with leases so that
//! each runs once across instances.
//!
//! A worker claims due jobs (PostgreSQL: `FOR UPDATE SKIP LOCKED`), runs them
//! one by one and marks each done. A job claimed by an instance that died is
//! claimable again once its lease (`REKEY_JOB_LEASE`) runs out; a worker
//! looks for work at least once per lease, so nothing waits much longer.

use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use serde::Deserialize;

use crate::store::Job;

use crate::conversation::{Event, TimerKind};

use super::Bot;

/// The job kind of a conversation timer.
pub const TIMER_JOB: &str = "timer";

/// The job kind of a secure link's expiry follow-up: when an unused link
/// runs out, the conversation offers a new one.
pub const LINK_EXPIRY_JOB: &str = "link_expiry";

#[derive(Deserialize)]
struct LinkExpiryPayload {
    /// Hex SHA-256 of the link's token (the token itself is never stored).
    token_hash: String,
}

/// How many jobs one claim takes.
const CLAIM_BATCH: i64 = 50;

/// The longest the worker sleeps without looking (new jobs wake it sooner).
const MAX_IDLE: Duration = Duration::from_secs(30);

/// Runs one kind of job (see [`Bot::register_job_kind`]).
#[async_trait]
pub trait JobHandler: Send + Sync {
    /// Does the job's work. An error is logged; the job is not retried.
    async fn run(&self, job: &Job) -> anyhow::Result<()>;
}

#[derive(Deserialize)]
struct TimerPayload {
    kind: TimerKind,
    generation: u64,
}

impl Bot {
    /// Makes this instance's worker run jobs of `kind` with `handler`.
    /// Register before the worker starts, or jobs of the kind that come due
    /// earlier are dropped as unknown.
    pub fn register_job_kind(&self, kind: &str, handler: Arc<dyn JobHandler>) {
        self.job_handlers
            .write()
            .unwrap_or_else(|e| e.into_inner())
            .insert(kind.to_owned(), handler);
    }

    /// Runs every job due now; returns how many ran.
    pub async fn run_due_jobs(&self) -> anyhow::Result<usize> {
        let mut ran = 0;
        loop {
            let now = self.clock.now();
            let jobs = self
                .store
                .claim_jobs(&self.worker_id, now, self.settings.job_lease, CLAIM_BATCH)
                .await?;
            if jobs.is_empty() {
                return Ok(ran);
            }
            let lease_ends = now.plus(self.settings.job_lease);
            for job in jobs {
                // The rest of a batch waits while earlier jobs run; once the
                // lease is over another instance may have claimed them, so
                // leave them to the next claim rather than run them twice.
                if self.clock.now() >= lease_ends {
                    break;
                }
                match (job.kind.as_str(), job.ticket) {
                    (TIMER_JOB, Some(ticket)) => {
                        match serde_json::from_str::<TimerPayload>(&job.payload) {
                            Ok(p) => {
                                let event = Event::Timer {
                                    kind: p.kind,
                                    generation: p.generation,
                                };
                                if let Err(e) =
                                    self.ticket_event_delivered(ticket, &event, "system").await
                                {
                                    tracing::error!(job = job.id, %ticket, error = %e, "timer failed");
                                }
                            }
                            Err(e) => {
                                tracing::error!(job = job.id, error = %e, "unreadable timer job; dropped")
                            }
                        }
                    }
                    (LINK_EXPIRY_JOB, Some(ticket)) => {
                        if let Err(e) = self.link_expired(ticket, &job).await {
                            tracing::error!(job = job.id, %ticket, error = format!("{e:#}"), "link expiry follow-up failed");
                        }
                    }
                    (kind, _) => {
                        let handler = self
                            .job_handlers
                            .read()
                            .unwrap_or_else(|e| e.into_inner())
                            .get(kind)
                            .cloned();
                        match handler {
                            Some(h) => {
                                if let Err(e) = h.run(&job).await {
                                    tracing::error!(
                                        job = job.id,
                                        kind,
                                        error = format!("{e:#}"),
                                        "job failed"
                                    );
                                }
                            }
                            None => {
                                tracing::error!(job = job.id, kind, "unknown job kind; dropped")
                            }
                        }
                    }
                }
                self.store
                    .finish_job(job.id, &self.worker_id, self.clock.now())
                    .await?;
                ran += 1;
            }
        }
    }

    /// Tells the conversation its link expired — only if that link is still
    /// the live one: not used, not revoked (a newer link revokes it), not
    /// locked by failed attempts.
    async fn link_expired(&self, ticket: crate::domain::TicketId, job: &Job) -> anyhow::Result<()> {
        let payload: LinkExpiryPayload = serde_json::from_str(&job.payload)?;
        let hash = hex::decode(&payload.token_hash)?;
        let Some(link) = self.store.link(&hash).await? else {
            return Ok(());
        };
        let unused = link.consumed_at.is_none()
            && link.revoked_at.is_none()
            && link.attempts < i64::from(self.settings.link_max_attempts);
        if unused && self.clock.now() >= link.expires_at {
            let event = Event::LinkRevoked {
                reason: crate::conversation::RevokeReason::Expired,
            };
            self.ticket_event_delivered(ticket, &event, "system")
                .await?;
        }
        Ok(())
    }

    /// Runs due jobs in the background until `shutdown` turns true.
    pub fn spawn_worker(
        self: &Arc<Self>,
        mut shutdown: tokio::sync::watch::Receiver<bool>,
    ) -> tokio::task::JoinHandle<()> {
        let bot = self.clone();
        tokio::spawn(async move {
            loop {
                if let Err(e) = bot.run_due_jobs().await {
                    tracing::error!(error = %e, "running scheduled jobs failed");
                }
                // Other instances schedule jobs without waking this one, and
                // may die holding leases: look again within one lease.
                let idle = MAX_IDLE.min(bot.settings.job_lease);
                let wait = match bot.store.next_job_due().await {
                    Ok(Some(due)) => due.since(bot.clock.now()).min(idle),
                    _ => idle,
                };
                if *shutdown.borrow() {
                    return;
                }
                tokio::select! {
                    _ = shutdown.changed() => return,
                    () = bot.jobs_changed.notified() => {},
                    () = tokio::time::sleep(wait.max(Duration::from_millis(50))) => {},
                }
            }
        })
    }
}
