//! Outgoing Discord posts that failed, retried as database jobs: a failed
//! post schedules its next attempt after the configured backoff
//! (`REKEY_DISCORD_RETRY`), so a retry survives a restart and runs once on
//! whichever instance claims it. After the last attempt, staff are told which
//! ticket lost which message.
//!
//! Only channel posts are retried. Ephemeral follow-ups (the secure link
//! above all) are not: their interaction token lives 15 minutes, and a link
//! must never be stored in clear.

use std::sync::Arc;

use async_trait::async_trait;
use serde::{Deserialize, Serialize};
use serenity::all::ChannelId;
use serenity::http::HttpError;
use serenity::prelude::SerenityError;

use super::Shared;
use super::send::message_for;
use crate::bot::{ButtonOut, JobHandler};
use crate::domain::TicketId;
use crate::store::{Job, NewJob};

/// The job kind of a Discord post retry.
pub const POST_JOB: &str = "discord_post";

/// A message to post, as stored in a retry job.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(super) struct Post {
    pub channel: u64,
    pub text: String,
    /// `(custom id, label)` of each button.
    #[serde(default)]
    pub buttons: Vec<(String, String)>,
    /// The customer the buttons are for.
    #[serde(default)]
    pub owner: Option<String>,
    /// A triage-feed post (its loss cannot be reported to the feed).
    #[serde(default)]
    pub triage: bool,
    /// Attempts made so far.
    #[serde(default)]
    pub attempts: u32,
}

impl Post {
    pub fn new(channel: ChannelId, text: &str, buttons: &[ButtonOut], owner: Option<&str>) -> Self {
        Post {
            channel: channel.get(),
            text: text.to_owned(),
            buttons: buttons
                .iter()
                .map(|b| (b.id.clone(), b.label.clone()))
                .collect(),
            owner: owner.map(str::to_owned),
            triage: false,
            attempts: 0,
        }
    }

    fn buttons(&self) -> Vec<ButtonOut> {
        self.buttons
            .iter()
            .map(|(id, label)| ButtonOut {
                id: id.clone(),
                label: label.clone(),
            })
            .collect()
    }
}

/// Whether trying again later may succeed: Discord's own trouble (5xx),
/// rate limits (429) and network failures; not a refusal (4xx).
pub(super) fn retryable(e: &SerenityError) -> bool {
    match e {
        SerenityError::Http(HttpError::UnsuccessfulRequest(r)) => {
            r.status_code.is_server_error() || r.status_code.as_u16() == 429
        }
        SerenityError::Http(HttpError::Request(_)) | SerenityError::Io(_) => true,
        _ => false,
    }
}

impl Shared {
    /// Posts once; on failure schedules a retry or reports the loss.
    pub(super) async fn post(&self, mut post: Post, ticket: Option<TicketId>) {
        let message = message_for(&post.text, &post.buttons(), post.owner.as_deref());
        let sent = ChannelId::new(post.channel)
            .send_message(&self.http, message)
            .await;
        post.attempts += 1;
        let Err(e) = sent else { return };
        self.bot
            .metrics()
            .call_error(crate::metrics::Service::Discord);
        let schedule = &self.settings.retry;
        let next = usize::try_from(post.attempts - 1)
            .ok()
            .and_then(|i| schedule.get(i));
        match next {
            Some(wait) if retryable(&e) => {
                tracing::warn!(error = %e, channel = post.channel, attempt = post.attempts, retry_in = ?wait, "could not post a message; will retry");
                let now = self.bot.now();
                let job = NewJob {
                    kind: POST_JOB.into(),
                    ticket,
                    payload: serde_json::to_value(&post).expect("a post always serialises"),
                    due_at: now.plus(*wait),
                    at: now,
                };
                match self.bot.store().schedule_job(job).await {
                    Ok(_) => self.bot.jobs_changed.notify_one(),
                    Err(e) => {
                        tracing::error!(error = %e, "could not schedule a Discord post retry");
                        Box::pin(self.post_lost(&post, ticket)).await;
                    }
                }
            }
            _ => {
                tracing::error!(error = %e, channel = post.channel, attempts = post.attempts, "could not post a message; giving up");
                Box::pin(self.post_lost(&post, ticket)).await;
            }
        }
    }

    /// Tells staff which ticket lost which message (a lost triage line can
    /// only be logged).
    async fn post_lost(&self, post: &Post, ticket: Option<TicketId>) {
        if post.triage {
            tracing::error!(
                notice = post.text,
                "a triage notice was lost after every attempt"
            );
            return;
        }
        let found = match ticket {
            Some(id) => self.bot.store().ticket(id).await.ok().flatten(),
            None => None,
        };
        let Some(t) = found else {
            tracing::error!(
                channel = post.channel,
                "a message without a ticket was lost"
            );
            return;
        };
        let excerpt = crate::text_safety::cap(
            &post.text.split_whitespace().collect::<Vec<_>>().join(" "),
            160,
        );
        let text = self.bot.prompts().render(
            crate::prompts::PromptId::StaffPostLost,
            &[
                ("ticket_id", &t.id.to_string()),
                ("customer", &super::escape::markdown(&t.customer_name)),
                ("status", t.status.as_str()),
                ("attempts", &post.attempts.to_string()),
                ("excerpt", &excerpt.replace(['“', '”'], "\"")),
            ],
        );
        self.to_triage_about(&t, &text).await;
    }
}

/// Runs retry jobs: one attempt each.
pub(super) struct PostRetry(pub Arc<Shared>);

#[async_trait]
impl JobHandler for PostRetry {
    async fn run(&self, job: &Job) -> anyhow::Result<()> {
        let post: Post = serde_json::from_str(&job.payload)?;
        self.0.post(post, job.ticket).await;
        Ok(())
    }
}
