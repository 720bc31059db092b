//! Turns engine actions into [`Outgoing`] items: prompt ids become text
//! (with the ticket's id, the customer's name and the link's lifetime filled
//! in here, [`crate::conversation::RENDER_VARS`]), buttons get their labels,
//! and staff notices get their triage wording.

use crate::conversation::{Action, Button, HandOffReason, OutreachReason, StaffNotice, Vars};
use crate::domain::TicketId;
use crate::prompts::PromptId;
use crate::store::Ticket;

use super::{Bot, ButtonOut, Customer, Outgoing};

/// Whom a rendered message is about: the values of the render-time
/// placeholders.
#[derive(Debug, Clone, Copy)]
pub(super) struct About<'a> {
    /// `None` before the conversation has a ticket.
    pub ticket: Option<TicketId>,
    pub customer: &'a str,
}

impl<'a> About<'a> {
    pub(super) fn ticket(t: &'a Ticket) -> Self {
        About {
            ticket: Some(t.id),
            customer: &t.customer_name,
        }
    }

    fn customer(c: &'a Customer) -> Self {
        About {
            ticket: None,
            customer: &c.name,
        }
    }
}

impl Bot {
    /// The prompt's text: the engine's values, then the render-time ones.
    pub(super) fn text(&self, about: About<'_>, prompt: PromptId, vars: &Vars) -> String {
        let ticket_id = about.ticket.map(|id| id.to_string()).unwrap_or_default();
        let link_expiry = super::spoken_duration(self.settings.link_ttl);
        let mut pairs: Vec<(&str, &str)> = vars.iter().map(|(k, v)| (*k, v.as_str())).collect();
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
        self.prompts.render(prompt, &pairs)
    }

    fn buttons(&self, buttons: &[Button]) -> Vec<ButtonOut> {
        buttons
            .iter()
            .map(|b| ButtonOut {
                id: b.custom_id(),
                label: self.prompts.render(b.label, &[]),
            })
            .collect()
    }

    /// Renders the actions of a conversation that has no ticket (yet).
    pub(super) fn render_without_ticket(
        &self,
        customer: &Customer,
        actions: &[Action],
    ) -> Vec<Outgoing> {
        actions
            .iter()
            .flat_map(|a| self.render_message(About::customer(customer), a))
            .collect()
    }

    fn render_message(&self, about: About<'_>, action: &Action) -> Option<Outgoing> {
        match action {
            Action::Send {
                prompt,
                vars,
                buttons,
            } => Some(Outgoing::Say {
                text: self.text(about, *prompt, vars),
                buttons: self.buttons(buttons),
            }),
            Action::SendPrivate {
                prompt,
                vars,
                buttons,
            } => Some(Outgoing::Private {
                text: self.text(about, *prompt, vars),
                buttons: self.buttons(buttons),
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
    pub(super) fn render(&self, ticket: &Ticket, action: &Action) -> Option<Outgoing> {
        match action {
            Action::NotifyStaff(notice) => Some(Outgoing::Staff {
                text: self.staff_text(ticket, notice),
            }),
            other => self.render_message(About::ticket(ticket), other),
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
        match notice {
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
                        &p.render(
                            match reason {
                                HandOffReason::CustomerAsked => {
                                    PromptId::HandoffReasonCustomerAsked
                                }
                                HandOffReason::StillStuck => PromptId::HandoffReasonStillStuck,
                                HandOffReason::StripeKeyLeaked => {
                                    PromptId::HandoffReasonStripeKeyLeaked
                                }
                                HandOffReason::BrokenAfterReconnect => {
                                    PromptId::HandoffReasonBrokenAfterReconnect
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
        }
    }
}
