//! Turns engine actions into [`Outgoing`] items: prompt ids become text
//! (with the ticket's id, the customer's name and the link's lifetime filled
//! in here, [`crate::conversation::RENDER_VARS`]), buttons get their labels,
//! and staff notices get their triage wording.

use crate::conversation::{Action, Button, HandOffReason, OutreachReason, StaffNotice, Vars};
use crate::domain::{Integration, Locale, TicketId, Timestamp};
use crate::prompts::PromptId;
use crate::store::Ticket;

use super::{Bot, ButtonOut, Customer, Outgoing};

/// Whom a rendered message is for: the values of the render-time
/// placeholders and the language it is said in.
#[derive(Debug, Clone, Copy)]
pub(super) struct About<'a> {
    /// `None` before the conversation has a ticket.
    pub ticket: Option<TicketId>,
    pub customer: &'a str,
    pub locale: Locale,
}

impl<'a> About<'a> {
    pub(super) fn ticket(t: &'a Ticket, locale: Locale) -> Self {
        About {
            ticket: Some(t.id),
            customer: &t.customer_name,
            locale,
        }
    }

    pub(super) fn customer(c: &'a Customer, locale: Locale) -> Self {
        About {
            ticket: None,
            customer: &c.name,
            locale,
        }
    }

    /// The same message as staff read it.
    pub(super) fn in_english(self) -> Self {
        About {
            locale: Locale::En,
            ..self
        }
    }
}

impl Bot {
    /// The prompt's text in the customer's language: the engine's values,
    /// then the render-time ones (durations said in that language).
    pub(super) fn text(&self, about: About<'_>, prompt: PromptId, vars: &Vars) -> String {
        let ticket_id = about.ticket.map(|id| id.to_string()).unwrap_or_default();
        let link_expiry =
            super::lang::spoken_duration(&self.prompts, about.locale, self.settings.link_ttl);
        let integration: String;
        let closed_on: String;
        let mut pairs: Vec<(&str, &str)> = vars.iter().map(|(k, v)| (*k, v.as_str())).collect();
        // The engine names an integration by its id; customers read its
        // name, or "that integration" in their language.
        if !prompt.staff_only()
            && let Some(pair) = pairs.iter_mut().find(|(k, _)| *k == "integration")
            && let Ok(named) = pair.1.parse::<Integration>()
        {
            integration = self.integration_words(about.locale, named);
            pair.1 = &integration;
        }
        // A moment comes as milliseconds; it is said in the reply's language.
        if let Some(pair) = pairs.iter_mut().find(|(k, _)| *k == "closed_on")
            && let Ok(ms) = pair.1.parse::<i64>()
        {
            closed_on = super::lang::spoken_moment(
                &self.prompts,
                about.locale,
                Timestamp(ms),
                super::lang::Moment::Day,
            );
            pair.1 = &closed_on;
        }
        for name in prompt.placeholders() {
            if pairs.iter().any(|(k, _)| k == name) {
                continue;
            }
            match *name {
                "customer" => pairs.push(("customer", about.customer)),
                "ticket_id" if about.ticket.is_some() => pairs.push(("ticket_id", &ticket_id)),
                "link_expiry" => pairs.push(("link_expiry", &link_expiry)),
                _ => {}
            }
        }
        self.prompts.render_in(about.locale, prompt, &pairs)
    }

    /// An integration as customers read it: its product name, or "that
    /// integration" (a prompt) for one the engine could not name.
    fn integration_words(&self, locale: Locale, integration: Integration) -> String {
        match integration {
            Integration::ActiveCampaign => "ActiveCampaign".to_owned(),
            Integration::Keap => "Keap".to_owned(),
            Integration::Stripe => "Stripe".to_owned(),
            Integration::Other | Integration::Unknown => {
                self.prompts
                    .render_in(locale, PromptId::ThatIntegration, &[])
            }
        }
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
        about: About<'_>,
        actions: &[Action],
    ) -> Vec<Outgoing> {
        actions
            .iter()
            .flat_map(|a| self.render_message(about, a))
            .collect()
    }

    pub(super) fn render_message(&self, about: About<'_>, action: &Action) -> Option<Outgoing> {
        match action {
            Action::Send {
                prompt,
                vars,
                buttons,
            } => Some(Outgoing::Say {
                text: self.text(about, *prompt, vars),
                buttons: self.buttons(about.locale, buttons),
            }),
            Action::SendPrivate {
                prompt,
                vars,
                buttons,
            } => Some(Outgoing::Private {
                text: self.text(about, *prompt, vars),
                buttons: self.buttons(about.locale, buttons),
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
            other => self.render_message(About::ticket(ticket, locale), other),
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
            } => {
                let exposed_note = if *exposed {
                    format!(" — {}", p.render(PromptId::StaffTicketExposed, &[]))
                } else {
                    String::new()
                };
                p.render(
                    PromptId::StaffNewTicket,
                    &[
                        ("ticket_id", &id),
                        ("customer", customer),
                        ("integration", integration.as_str()),
                        ("status", status),
                        ("exposed", &exposed_note),
                    ],
                )
            }
            StaffNotice::HandOff { reason } => p.render(
                PromptId::StaffHandoff,
                &[
                    ("ticket_id", &id),
                    ("customer", customer),
                    (
                        "reason",
                        &p.render(
                            match reason {
                                HandOffReason::CustomerAsked => {
                                    PromptId::StaffHandoffReasonCustomerAsked
                                }
                                HandOffReason::StillStuck => PromptId::StaffHandoffReasonStillStuck,
                                HandOffReason::StripeKeyLeaked => {
                                    PromptId::StaffHandoffReasonStripeKeyLeaked
                                }
                                HandOffReason::BrokenAfterReconnect => {
                                    PromptId::StaffHandoffReasonBrokenAfterReconnect
                                }
                            },
                            &[],
                        ),
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
                        p.render(
                            PromptId::StaffOutreachWhyFailing,
                            &[("class", class), ("since", since)],
                        ),
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
}
