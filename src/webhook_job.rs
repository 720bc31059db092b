//! Webhook deliveries as database jobs, so a pending retry survives a
//! restart and runs on whichever instance is up. A reconnect schedules the
//! first attempt; each retryable failure schedules the next attempt after
//! the sender's backoff, until the schedule runs out.

use std::sync::Arc;

use async_trait::async_trait;
use serde::{Deserialize, Serialize};

use crate::bot::JobHandler;
use crate::clock::Clock;
use crate::domain::{TicketId, Timestamp};
use crate::store::{Job, NewJob, Store};
use crate::webhook::{Attempt, WebhookEvent, WebhookSender};

/// The job kind of a webhook delivery attempt.
pub const WEBHOOK_JOB: &str = "webhook";

#[derive(Serialize, Deserialize)]
struct Payload {
    event: WebhookEvent,
    /// 1-based attempt number.
    attempt: u32,
}

/// The job for attempt `attempt` of delivering `event`, due at `due`.
pub fn job(
    event: &WebhookEvent,
    ticket: Option<TicketId>,
    attempt: u32,
    due: Timestamp,
    at: Timestamp,
) -> NewJob {
    NewJob {
        kind: WEBHOOK_JOB.into(),
        ticket,
        payload: serde_json::to_value(Payload {
            event: event.clone(),
            attempt,
        })
        .expect("a webhook payload always serialises"),
        due_at: due,
        at,
    }
}

/// Runs webhook jobs: one attempt each, the next one scheduled on failure.
#[derive(Debug)]
pub struct WebhookJob {
    pub sender: WebhookSender,
    pub store: Arc<dyn Store>,
    pub clock: Arc<dyn Clock>,
}

#[async_trait]
impl JobHandler for WebhookJob {
    async fn run(&self, job: &Job) -> anyhow::Result<()> {
        let p: Payload = serde_json::from_str(&job.payload)?;
        if let Attempt::Failed = self.sender.attempt(&p.event, p.attempt).await
            && let Some(wait) = self.sender.retry_wait(p.attempt)
        {
            let now = self.clock.now();
            // This attempt is done and the next one scheduled at once, and
            // not at all if another instance took this attempt over after
            // our lease ran out: its run delivers, or schedules the next
            // attempt itself. (The worker's own finish then finds the job
            // done.)
            self.store
                .finish_with_follow_up(job, job_for_retry(&p, job.ticket, wait, now), now)
                .await?;
        }
        Ok(())
    }
}

fn job_for_retry(
    p: &Payload,
    ticket: Option<TicketId>,
    wait: std::time::Duration,
    now: Timestamp,
) -> NewJob {
    job(&p.event, ticket, p.attempt + 1, now.plus(wait), now)
}
