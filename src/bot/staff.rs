//! The one staff operation: take over, reply, hand back, close and revoke a
//! link — the same code for the dashboard and the Discord commands, each
//! writing exactly one audit entry as `staff:<name>`.
//!
//! Also what staff see of a customer while a person has the ticket: who is
//! looking at which ticket right now ([`Watchers`], in process like the
//! dashboard's sessions), and the triage notice when nobody is.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::json;

use crate::conversation::{Event, RevokeReason};
use crate::domain::{TicketId, TicketStatus};
use crate::prompts::PromptId;
use crate::store::{NewAudit, NewEvent, Ticket};
use crate::transcript::{self, kind};

use super::{Bot, BotError, Outgoing, Reply};

/// Longest staff reply accepted (characters); Discord's own limit is 2000.
pub const MAX_REPLY_CHARS: usize = 1800;

/// How long after a staff page stopped asking for news it still counts as
/// looking (the page asks again at once; this covers the gap).
const LOOKING_GRACE: Duration = Duration::from_secs(15);

/// What a staff member does to a ticket.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StaffAction {
    /// Take the ticket over: the bot goes quiet.
    Take,
    /// Write to the customer in their channel (takes the ticket over first
    /// if the writer does not have it).
    Reply(String),
    /// Give the ticket back to the bot.
    HandBack,
    Close,
    /// Revoke the ticket's open secure links.
    RevokeLink,
}

impl StaffAction {
    /// The audit log's name for it.
    pub fn audit_name(&self) -> &'static str {
        match self {
            StaffAction::Take => "ticket.take",
            StaffAction::Reply(_) => "ticket.reply",
            StaffAction::HandBack => "ticket.return",
            StaffAction::Close => "ticket.close",
            StaffAction::RevokeLink => "link.revoke",
        }
    }
}

/// The outcome of a staff action.
#[derive(Debug, Clone)]
pub struct StaffDone {
    pub ticket: Ticket,
    /// Links revoked (for [`StaffAction::RevokeLink`]).
    pub revoked: u64,
}

/// Who is looking at which ticket page (this process).
#[derive(Debug, Default)]
pub(super) struct Watchers(Mutex<HashMap<TicketId, Look>>);

#[derive(Debug, Default)]
struct Look {
    open: usize,
    /// Staff names with an open view.
    names: Vec<String>,
    last: Option<Instant>,
}

/// Held while a staff page waits for news of a ticket; dropping it ends
/// the look (with a short grace).
#[derive(Debug)]
pub struct Watching {
    bot: Arc<Bot>,
    ticket: TicketId,
    name: String,
}

impl Drop for Watching {
    fn drop(&mut self) {
        let mut map = self
            .bot
            .watchers
            .0
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        if let Some(look) = map.get_mut(&self.ticket) {
            look.open = look.open.saturating_sub(1);
            if let Some(i) = look.names.iter().position(|n| *n == self.name) {
                look.names.remove(i);
            }
            look.last = Some(Instant::now());
        }
    }
}

impl Watchers {
    /// Names of staff looking at the ticket now (or a moment ago).
    fn looking(&self, id: TicketId, fallback: &str) -> Option<String> {
        let map = self.0.lock().unwrap_or_else(|e| e.into_inner());
        let look = map.get(&id)?;
        if look.open > 0 {
            return look.names.first().cloned();
        }
        look.last
            .filter(|t| t.elapsed() < LOOKING_GRACE)
            .map(|_| fallback.to_owned())
    }
}

impl Bot {
    /// Marks `staff` as looking at a ticket until the guard drops.
    pub fn watch(self: &Arc<Self>, id: TicketId, staff: &str) -> Watching {
        let mut map = self.watchers.0.lock().unwrap_or_else(|e| e.into_inner());
        let look = map.entry(id).or_default();
        look.open += 1;
        look.names.push(staff.to_owned());
        drop(map);
        Watching {
            bot: self.clone(),
            ticket: id,
            name: staff.to_owned(),
        }
    }

    /// Resolves when this instance next writes a timeline line (create it
    /// before looking at the store, then await it).
    pub fn timeline_news(&self) -> tokio::sync::futures::Notified<'_> {
        self.timeline_changed.notified()
    }

    /// Runs a staff action on a ticket, delivers what the customer should
    /// hear through their channel, and writes one audit entry.
    pub async fn staff_action(
        &self,
        id: TicketId,
        staff: &str,
        action: StaffAction,
    ) -> Result<StaffDone, BotError> {
        let actor = format!("staff:{staff}");
        let mut revoked = 0;
        let mut detail = json!({});
        let ticket = match &action {
            StaffAction::Take => {
                let event = Event::StaffHandOff {
                    staff: staff.to_owned(),
                };
                self.staff_event(id, &event, &actor).await?
            }
            StaffAction::HandBack => self.staff_event(id, &Event::StaffHandBack, &actor).await?,
            StaffAction::Close => self.staff_event(id, &Event::StaffClose, &actor).await?,
            StaffAction::RevokeLink => {
                revoked = self.store.revoke_links(id, self.now()).await?;
                detail = json!({ "revoked": revoked });
                let event = Event::LinkRevoked {
                    reason: RevokeReason::Staff,
                };
                if revoked > 0 {
                    self.staff_event(id, &event, &actor).await?
                } else {
                    self.store.ticket(id).await?.ok_or(BotError::NoTicket(id))?
                }
            }
            StaffAction::Reply(text) => {
                let (ticket, took_over) = self.staff_reply(id, staff, &actor, text).await?;
                detail = json!({ "chars": text.trim().chars().count(), "took_over": took_over });
                ticket
            }
        };
        if detail.get("status").is_none() {
            detail["status"] = json!(ticket.status.as_str());
        }
        self.store
            .add_audit(NewAudit {
                at: self.now(),
                actor,
                action: action.audit_name().to_owned(),
                ticket: Some(id),
                account: None,
                detail,
            })
            .await?;
        tracing::info!(ticket = %id, staff, action = action.audit_name(), "staff action");
        Ok(StaffDone { ticket, revoked })
    }

    async fn staff_event(
        &self,
        id: TicketId,
        event: &Event,
        actor: &str,
    ) -> Result<Ticket, BotError> {
        let reply = self.ticket_event_delivered(id, event, actor).await?;
        reply.ticket.ok_or(BotError::NoTicket(id))
    }

    async fn staff_reply(
        &self,
        id: TicketId,
        staff: &str,
        actor: &str,
        text: &str,
    ) -> Result<(Ticket, bool), BotError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(BotError::EmptyReply);
        }
        if text.chars().count() > MAX_REPLY_CHARS {
            return Err(BotError::ReplyTooLong(MAX_REPLY_CHARS));
        }
        let mut ticket = self.store.ticket(id).await?.ok_or(BotError::NoTicket(id))?;
        if ticket.status == TicketStatus::Closed {
            return Err(BotError::Closed(id));
        }
        // Writing to the customer means a person has the conversation: the
        // bot must not talk over them.
        let took_over = ticket.assignee.as_deref() != Some(staff);
        if took_over {
            let event = Event::StaffHandOff {
                staff: staff.to_owned(),
            };
            ticket = self.staff_event(id, &event, actor).await?;
        }
        let said = self
            .prompts
            .render(PromptId::StaffMessage, &[("staff", staff), ("text", text)]);
        // A key pasted by staff is kept off the timeline like a customer's.
        let detection = self.detector.detect(text);
        let recorded = transcript::redact(text, &detection.secrets);
        self.store
            .add_event(
                id,
                NewEvent::new(
                    self.now(),
                    kind::STAFF_MESSAGE,
                    actor,
                    json!({ "text": recorded }),
                ),
            )
            .await?;
        self.timeline_changed.notify_waiters();
        self.deliver(&Reply {
            ticket: Some(ticket.clone()),
            outgoing: vec![Outgoing::Say {
                text: said,
                buttons: vec![],
            }],
        })
        .await;
        Ok((ticket, took_over))
    }

    /// The customer wrote while a person has the ticket: record whether
    /// anyone is looking, and when nobody is, a triage notice for the
    /// channel to carry out.
    pub(super) async fn customer_replied(&self, id: TicketId) -> Result<Vec<Outgoing>, BotError> {
        let Some(ticket) = self.store.ticket(id).await? else {
            return Ok(vec![]);
        };
        let assignee = ticket.assignee.clone().unwrap_or_default();
        let looking = self.watchers.looking(id, &assignee);
        self.store
            .add_event(
                id,
                NewEvent::new(
                    self.now(),
                    kind::CUSTOMER_REPLIED,
                    "bot",
                    json!({ "watched": looking.is_some(), "staff": looking.clone().unwrap_or(assignee.clone()) }),
                ),
            )
            .await?;
        self.timeline_changed.notify_waiters();
        if looking.is_some() {
            return Ok(vec![]);
        }
        let customer = transcript::customer_display(
            &ticket.customer_name,
            ticket.channel,
            &ticket.customer_ref,
        );
        let with = if assignee.is_empty() {
            "nobody yet"
        } else {
            assignee.as_str()
        };
        let text = self.prompts.render(
            PromptId::StaffCustomerReplied,
            &[
                ("ticket_id", &id.to_string()),
                ("customer", &customer),
                ("staff", with),
            ],
        );
        tracing::info!(ticket = %id, "customer replied while nobody was looking");
        Ok(vec![Outgoing::Staff { text }])
    }
}
