//! Scheduled work: conversation timers stored as jobs in the database,
//! claimed with leases so that each runs once across instances.

use std::sync::Arc;
use std::time::Duration;

use serde::Deserialize;

use crate::conversation::{Event, TimerKind};

use super::Bot;

/// The job kind of a conversation timer.
pub const TIMER_JOB: &str = "timer";

/// How long a claimed job is reserved; a job whose instance died runs again
/// after this.
const LEASE: Duration = Duration::from_secs(60);

/// The longest the worker sleeps without looking (new jobs wake it sooner).
const MAX_IDLE: Duration = Duration::from_secs(30);

#[derive(Deserialize)]
struct TimerPayload {
    kind: TimerKind,
    generation: u64,
}

impl Bot {
    /// Runs every job due now; returns how many ran.
    pub async fn run_due_jobs(&self) -> anyhow::Result<usize> {
        let mut ran = 0;
        loop {
            let now = self.clock.now();
            let jobs = self
                .store
                .claim_jobs(&self.worker_id, now, LEASE, 50)
                .await?;
            if jobs.is_empty() {
                return Ok(ran);
            }
            for job in jobs {
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
                    (kind, _) => tracing::error!(job = job.id, kind, "unknown job kind; dropped"),
                }
                self.store
                    .finish_job(job.id, &self.worker_id, self.clock.now())
                    .await?;
                ran += 1;
            }
        }
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
                let wait = match bot.store.next_job_due().await {
                    Ok(Some(due)) => due.since(bot.clock.now()).min(MAX_IDLE),
                    _ => MAX_IDLE,
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
