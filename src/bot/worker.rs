//! Scheduled work: conversation timers (and any kind with a registered
//! [`JobHandler`]) stored as jobs in the database, claimed with leases so that
//! each runs once across instances.
//!
//! A worker claims due jobs (PostgreSQL: `FOR UPDATE SKIP LOCKED`), runs them
//! one by one and marks each done; a failed one is retried with backoff up to
//! a limit ([`JobRetry`]), then parked as failed with its error. A new job
//! wakes the workers of every instance at once (PostgreSQL `NOTIFY
//! rekey_jobs`, see [`crate::instances`]). A job claimed by an instance that died is
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
    /// Does the job's work. An error is logged and the job retried later
    /// (see [`JobRetry`]); after the last attempt it is parked as failed.
    async fn run(&self, job: &Job) -> anyhow::Result<()>;
}

/// How failed jobs are retried: `max_attempts` runs in all, waiting
/// `backoff`, then twice that, and so on (at most [`MAX_BACKOFF`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct JobRetry {
    pub max_attempts: u32,
    pub backoff: Duration,
}

/// The longest wait between two attempts of a job.
pub const MAX_BACKOFF: Duration = Duration::from_secs(3600);

impl Default for JobRetry {
    fn default() -> Self {
        JobRetry {
            max_attempts: 5,
            backoff: Duration::from_secs(30),
        }
    }
}

impl JobRetry {
    /// The wait before the next attempt after `attempts` failed ones, or
    /// `None` when that was the last.
    pub fn delay_after(self, attempts: i64) -> Option<Duration> {
        if attempts >= i64::from(self.max_attempts) {
            return None;
        }
        let doublings = u32::try_from(attempts.saturating_sub(1).clamp(0, 20)).unwrap_or(20);
        Some(self.backoff.saturating_mul(1 << doublings).min(MAX_BACKOFF))
    }
}

/// A failed job's error for the database and the dashboard: the whole
/// chain on one line, at most 500 characters.
fn short_error(e: &anyhow::Error) -> String {
    let text = format!("{e:#}");
    match text.char_indices().nth(500) {
        Some((i, _)) => format!("{}…", &text[..i]),
        None => text,
    }
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

    /// Sets how failed jobs are retried (`REKEY_JOB_MAX_ATTEMPTS`,
    /// `REKEY_JOB_RETRY_BACKOFF`).
    pub fn set_job_retry(&self, retry: JobRetry) {
        *self.job_retry.write().unwrap_or_else(|e| e.into_inner()) = retry;
    }

    /// Runs every job due now; returns how many ran. A job that fails is
    /// retried with backoff until its attempts reach the limit, then parked
    /// as failed with its error (dashboard, metrics).
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
                match self.run_job(&job).await {
                    Ok(()) => {
                        self.store
                            .finish_job(job.id, &self.worker_id, self.clock.now())
                            .await?;
                    }
                    Err(e) => self.job_failed(&job, &e).await?,
                }
                ran += 1;
            }
        }
    }

    /// A failed attempt: another one later, or parked after the last.
    async fn job_failed(&self, job: &Job, e: &anyhow::Error) -> anyhow::Result<()> {
        let retry = *self.job_retry.read().unwrap_or_else(|e| e.into_inner());
        let error = short_error(e);
        let now = self.clock.now();
        let kind = job.kind.as_str();
        match retry.delay_after(job.attempts) {
            Some(delay) => {
                tracing::warn!(job = job.id, kind, attempt = job.attempts, error = %error, retry_in = ?delay, "job failed; will retry");
                self.metrics.job_retried(kind);
                self.store
                    .retry_job(job.id, &self.worker_id, now.plus(delay), &error)
                    .await?;
            }
            None => {
                tracing::error!(job = job.id, kind, attempts = job.attempts, error = %error, "job failed for the last time; parked");
                self.metrics.job_parked(kind);
                self.store
                    .park_job(job.id, &self.worker_id, now, &error)
                    .await?;
            }
        }
        Ok(())
    }

    /// One attempt at a job.
    async fn run_job(&self, job: &Job) -> anyhow::Result<()> {
        match (job.kind.as_str(), job.ticket) {
            (TIMER_JOB, Some(ticket)) => {
                let p: TimerPayload = serde_json::from_str(&job.payload)?;
                let event = Event::Timer {
                    kind: p.kind,
                    generation: p.generation,
                };
                self.ticket_event_delivered(ticket, &event, "system")
                    .await?;
                Ok(())
            }
            (LINK_EXPIRY_JOB, Some(ticket)) => self.link_expired(ticket, job).await,
            (kind, _) => {
                let handler = self
                    .job_handlers
                    .read()
                    .unwrap_or_else(|e| e.into_inner())
                    .get(kind)
                    .cloned();
                match handler {
                    Some(h) => h.run(job).await,
                    None => anyhow::bail!("no handler for jobs of kind {kind} on this instance"),
                }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retries_back_off_doubling_up_to_the_limit() {
        let r = JobRetry {
            max_attempts: 4,
            backoff: Duration::from_secs(10),
        };
        assert_eq!(r.delay_after(1), Some(Duration::from_secs(10)));
        assert_eq!(r.delay_after(2), Some(Duration::from_secs(20)));
        assert_eq!(r.delay_after(3), Some(Duration::from_secs(40)));
        assert_eq!(r.delay_after(4), None);
        let long = JobRetry {
            max_attempts: 100,
            backoff: Duration::from_secs(600),
        };
        assert_eq!(long.delay_after(50), Some(MAX_BACKOFF));
    }

    #[test]
    fn errors_are_kept_short_and_whole_chained() {
        let e = anyhow::anyhow!("inner").context("outer");
        assert_eq!(short_error(&e), "outer: inner");
        let long = anyhow::anyhow!("{}", "é".repeat(600));
        assert_eq!(short_error(&long).chars().count(), 501);
    }
}
