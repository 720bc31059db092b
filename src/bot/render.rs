//! Turns engine actions into [`Outgoing`] items: prompt ids become text,
//! buttons get their labels, staff notices get their triage wording, and a
//! link request becomes a freshly minted secure link.

use crate::conversation::{Action, Button, HandOffReason, OutreachReason, StaffNotice, Vars};
use crate::domain::{Locale, Timestamp};
use crate::links;
use crate::prompts::PromptId;
use crate::store::{NewLink, Ticket};

use super::{Bot, BotError, ButtonOut, Outgoing};

impl Bot {
    pub(super) fn text(&self, locale: Locale, prompt: PromptId, vars: &Vars) -> String {
        // The engine words durations in English; say it in the customer's
        // language.
        let expiry = super::lang::spoken_duration_in(locale, self.settings.link_ttl);
        let pairs: Vec<(&str, &str)> = vars
            .iter()
            .map(|(k, v)| match *k {
                "link_expiry" if locale != Locale::En => (*k, expiry.as_str()),
                _ => (*k, v.as_str()),
            })
            .collect();
        self.prompts.render_in(locale, prompt, &pairs)
    }

    fn buttons(&self, locale: Locale, buttons: &[Button]) -> Vec<ButtonOut> {
        buttons
            .iter()
            .map(|b| ButtonOut {
                id: b.custom_id(),
                label: self.prompts.render_in(locale, b.label, &[]),
            })
            .collect()
    }

    /// Renders the actions of a conversation that has no ticket (yet).
    pub(super) fn render_without_ticket(
        &self,
        locale: Locale,
        actions: &[Action],
    ) -> Vec<Outgoing> {
        actions
            .iter()
            .flat_map(|a| self.render_message(locale, a))
            .collect()
    }

    pub(super) fn render_message(&self, locale: Locale, action: &Action) -> Option<Outgoing> {
        match action {
            Action::Send {
                prompt,
                vars,
                buttons,
            } => Some(Outgoing::Say {
                text: self.text(locale, *prompt, vars),
                buttons: self.buttons(locale, buttons),
            }),
            Action::SendPrivate {
                prompt,
                vars,
                buttons,
            } => Some(Outgoing::Private {
                text: self.text(locale, *prompt, vars),
                buttons: self.buttons(locale, buttons),
            }),
            Action::OpenPrivatePlace => Some(Outgoing::OpenPlace),
            Action::DeleteMessage { message_id } => Some(Outgoing::Delete {
                message_id: message_id.clone(),
                claims: Vec::new(),
                fingerprints: Vec::new(),
            }),
            _ => None,
        }
    }

    /// Renders one action of a ticket's conversation.
    /// Staff notices are always in English.
    pub(super) fn render(
        &self,
        locale: Locale,
        ticket: &Ticket,
        action: &Action,
    ) -> Option<Outgoing> {
        match action {
            Action::NotifyStaff(notice) => Some(Outgoing::Staff {
                text: self.staff_text(ticket, notice),
            }),
            other => self.render_message(locale, other),
        }
    }

    /// The triage-feed line for a staff notice.
    pub fn staff_text(&self, ticket: &Ticket, notice: &StaffNotice) -> String {
        let id = ticket.id.to_string();
        let status = ticket.status.as_str();
        // Staff always get a name, even for an anonymous customer.
        let customer = &crate::transcript::customer_display(
            &ticket.customer_name,
            ticket.channel,
            &ticket.customer_ref,
        );
        let p = &self.prompts;
        let text = match notice {
            StaffNotice::NewTicket {
                integration,
                exposed,
            } => p.render(
                PromptId::StaffNewTicket,
                &[
                    ("ticket_id", &id),
                    ("customer", customer),
                    ("integration", integration.as_str()),
                    ("status", status),
                    ("exposed", if *exposed { " — key exposed" } else { "" }),
                ],
            ),
            StaffNotice::HandOff { reason } => p.render(
                PromptId::StaffHandoff,
                &[
                    ("ticket_id", &id),
                    ("customer", customer),
                    (
                        "reason",
                        match reason {
                            HandOffReason::CustomerAsked => "the customer asked for a person",
                            HandOffReason::StillStuck => "still stuck after the guidance",
                            HandOffReason::StripeKeyLeaked => "a Stripe key was posted in chat",
                            HandOffReason::BrokenAfterReconnect => {
                                "still broken although the new key verified"
                            }
                        },
                    ),
                    ("status", status),
                ],
            ),
            StaffNotice::LeakedKey { fingerprints } => p.render(
                PromptId::StaffLeakedKey,
                &[
                    ("ticket_id", &id),
                    ("customer", customer),
                    ("fingerprints", &fingerprints.join(", ")),
                    ("status", status),
                ],
            ),
            StaffNotice::Outreach { reason } => {
                let (prompt, why) = match reason {
                    OutreachReason::Failing { class, since } => (
                        PromptId::StaffOutreachFailing,
                        format!("{class} since {since}"),
                    ),
                    OutreachReason::Stale { age } => (PromptId::StaffOutreachStale, age.clone()),
                    OutreachReason::StaffAsked { reason } => {
                        (PromptId::StaffOutreachAsked, reason.clone())
                    }
                };
                p.render(
                    prompt,
                    &[("ticket_id", &id), ("customer", customer), ("why", &why)],
                )
            }
            StaffNotice::Reconnected { user, fingerprint } => p.render(
                PromptId::StaffReconnected,
                &[
                    ("ticket_id", &id),
                    ("customer", customer),
                    ("user", user),
                    ("fingerprint", fingerprint),
                    ("status", status),
                ],
            ),
        };
        // Staff read English; say when the customer does not.
        let locale = crate::conversation::State::from_json(&ticket.state)
            .map(|s| s.locale)
            .unwrap_or_default();
        if locale == Locale::En {
            return text;
        }
        let note = p.render(
            PromptId::StaffLanguageNote,
            &[("language", locale.english_name())],
        );
        format!("{text}\n{note}")
    }

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
            text: self.text(locale, prompt, &vars),
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
