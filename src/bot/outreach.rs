//! The runner's side of reaching out first: a proactive ticket for a known
//! customer, scheduled jobs from other modules, and staff notices that
//! belong to no ticket.

use std::sync::Arc;

use crate::conversation::{Event, OutreachReason, State};
use crate::store::NewJob;

use super::{Bot, BotError, Conversation, Customer, Reply, Transport};

impl Bot {
    /// Opens a proactive ticket for `customer` (in `place`, when their
    /// channel has one) and returns what to say; deliver it with
    /// [`Bot::deliver`]. A customer with an active ticket gets nothing.
    pub async fn outreach(
        &self,
        customer: Customer,
        place: Option<String>,
        reason: OutreachReason,
    ) -> Result<Reply, BotError> {
        if self
            .store
            .active_ticket_for(customer.channel, &customer.customer_ref)
            .await?
            .is_some()
        {
            return Ok(Reply::default());
        }
        let conv = Conversation::Pending(customer, State::default(), vec![]);
        self.apply(conv, &Event::Outreach { reason }, "system", place)
            .await
    }

    /// Delivers a proactive ticket's reply through its channel's transport.
    pub async fn deliver_outreach(&self, reply: &Reply) -> anyhow::Result<super::Delivered> {
        let Some(ticket) = &reply.ticket else {
            return Ok(super::Delivered::Sent);
        };
        match self.transport(ticket.channel) {
            Some(t) => t.deliver_outreach(ticket, reply.outgoing.clone()).await,
            None => anyhow::bail!("no transport for {} in this process", ticket.channel),
        }
    }

    /// "Don't remind me": the connector the reminder was about gets no more
    /// stale-key reminders.
    pub(super) async fn stop_reminders(
        &self,
        ticket: &crate::store::Ticket,
    ) -> Result<(), BotError> {
        if let Some(account) = self.store.outreach_account(ticket.id).await? {
            self.store.set_reminders_off(&account, true).await?;
            self.store
                .add_connector_event(
                    &account,
                    crate::store::NewEvent::new(
                        self.clock.now(),
                        "reminders.off",
                        "customer",
                        serde_json::json!({ "ticket": ticket.id.to_string() }),
                    ),
                )
                .await?;
        }
        Ok(())
    }

    /// The adapter registered for `channel` in this process, if any.
    pub(super) fn transport(&self, channel: crate::domain::Channel) -> Option<Arc<dyn Transport>> {
        self.transports
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .get(&channel)
            .cloned()
    }

    /// Stores a job and wakes this instance's worker.
    pub async fn schedule(&self, job: NewJob) -> Result<i64, BotError> {
        let id = self.store.schedule_job(job).await?;
        self.jobs_changed.notify_one();
        Ok(id)
    }

    /// Tells staff through every channel that has a triage feed.
    pub async fn notify_staff(&self, text: &str) {
        let transports: Vec<Arc<dyn Transport>> = self
            .transports
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .values()
            .cloned()
            .collect();
        for t in transports {
            if let Err(e) = t.notify_staff(text).await {
                tracing::error!(error = format!("{e:#}"), "could not tell staff");
            }
        }
    }
}

impl Bot {
    /// The secret spans the detector finds in `text` (to redact text that
    /// did not come through the chat, e.g. a failure report's error).
    pub fn detect_secrets(&self, text: &str) -> Vec<crate::detect::SecretSpan> {
        self.detector.detect(text).secrets
    }
}
