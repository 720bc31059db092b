//! The runner's side of secure links: minting one for a ticket (the link
//! row, the `link.issued` timeline line, the expiry follow-up job) and the
//! private message that carries it.

use crate::conversation::Vars;
use crate::domain::{Locale, Timestamp};
use crate::links;
use crate::prompts::PromptId;
use crate::store::{NewLink, Ticket};

use super::render::About;
use super::{Bot, BotError, Outgoing};

impl Bot {
    /// Mints a link for the ticket's customer (revoking older ones) and
    /// renders its private message.
    pub(super) async fn issue_link(
        &self,
        locale: Locale,
        ticket: &Ticket,
        prompt: PromptId,
        vars: &Vars,
    ) -> Result<Outgoing, BotError> {
        let url = self.mint_link(ticket).await?;
        let mut vars = vars.clone();
        vars.push(("link", url.clone()));
        Ok(Outgoing::Link {
            text: self.text(About::ticket(ticket, locale), prompt, &vars),
            url,
        })
    }

    /// Stores a new link for the ticket and returns its URL.
    pub async fn mint_link(&self, ticket: &Ticket) -> Result<String, BotError> {
        let minted = links::mint();
        let now: Timestamp = self.clock.now();
        self.store
            .create_link(NewLink {
                token_hash: minted.hash.clone(),
                ticket: ticket.id,
                customer_ref: ticket.customer_ref.clone(),
                created_at: now,
                expires_at: now.plus(self.settings.link_ttl),
            })
            .await?;
        self.store
            .add_event(
                ticket.id,
                crate::store::NewEvent::new(
                    now,
                    "link.issued",
                    "bot",
                    serde_json::json!({
                        "expires_at": now.plus(self.settings.link_ttl).to_rfc3339(),
                    }),
                ),
            )
            .await?;
        self.metrics().link(crate::metrics::LinkEvent::Issued);
        // Follow up when the link runs out unused (see worker.rs).
        self.store
            .schedule_job(crate::store::NewJob {
                kind: super::worker::LINK_EXPIRY_JOB.into(),
                ticket: Some(ticket.id),
                payload: serde_json::json!({ "token_hash": hex::encode(&minted.hash) }),
                due_at: now.plus(self.settings.link_ttl),
                at: now,
            })
            .await?;
        self.jobs_changed.notify_one();
        Ok(links::url(&self.settings.public_url, &minted.token))
    }
}
