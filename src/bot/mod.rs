//! The runner: ties the detector, the pure conversation engine, the store and
//! the channels together. Every channel (shell, web chat, Discord) calls the
//! same [`Bot`]; it loads the conversation, applies one event through
//! [`conversation::step`], saves state and timeline, carries out the side
//! effects that are not the channel's (tickets, links, timers), and returns
//! the rest as rendered [`Outgoing`] items.
//!
//! Events that do not come from a channel call (timers, form results, staff
//! actions) are delivered through the channel's registered [`Transport`].

mod lang;
pub(crate) use lang::{Moment, spoken_age, spoken_moment};
mod leak;
mod links;
mod outgoing;
mod outreach;
mod previous;
mod record;
mod render;
mod staff;
mod worker;

use std::collections::HashMap;
use std::sync::{Arc, RwLock};
use std::time::Duration;

use async_trait::async_trait;
use serde_json::json;

use crate::clock::Clock;
use crate::conversation::{self, Action, Ctx, Event, State, TimelineEntry, Transition};
use crate::detect::Detector;
use crate::domain::{Channel, Locale, TicketId, TicketStatus, Timestamp};
use crate::prompts::{PromptId, Prompts};
use crate::store::{NewEvent, NewJob, NewTicket, Store, StoreError, Ticket};

use render::About;

pub use outgoing::{ButtonOut, Outgoing};
pub use staff::{MAX_REPLY_CHARS, StaffAction, StaffDone, Watching};
pub use worker::{JobHandler, JobRetry, TIMER_JOB};

/// How many times an event is re-applied when another writer changed the
/// ticket in between (several instances, or a timer racing a message).
const CONFLICT_RETRIES: usize = 5;

/// Settings the runner needs from configuration.
#[derive(Debug, Clone)]
pub struct BotSettings {
    /// Base URL for secure links.
    pub public_url: String,
    pub link_ttl: Duration,
    pub link_max_attempts: u32,
    pub reminder_after: Duration,
    pub close_after: Duration,
    /// How long a claimed job is reserved for this instance; a job whose
    /// instance died runs elsewhere after this.
    pub job_lease: Duration,
}

/// Who is talking, on which channel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Customer {
    pub channel: Channel,
    /// Stable id on the channel (Discord user id, web session id).
    pub customer_ref: String,
    pub name: String,
}

/// A customer's chat message.
#[derive(Debug, Clone)]
pub struct Inbound {
    pub customer: Customer,
    /// Where it was posted: a ticket's place (thread, session) or a watched
    /// channel.
    pub place_ref: Option<String>,
    pub message_id: String,
    pub text: String,
}

/// What the bot wants said after one event.
#[derive(Debug, Clone, Default)]
pub struct Reply {
    /// The ticket after the event, if the conversation has one.
    pub ticket: Option<Ticket>,
    pub outgoing: Vec<Outgoing>,
}

/// Carries out outgoing items for events that did not come from the
/// channel itself (timers, form results, staff actions).
#[async_trait]
pub trait Transport: Send + Sync {
    async fn deliver(&self, ticket: &Ticket, outgoing: Vec<Outgoing>) -> anyhow::Result<()>;

    /// Delivers the first words of a proactive ticket: where the channel
    /// has private messages (Discord DMs) it opens one, and says whether
    /// the customer can be reached there at all.
    async fn deliver_outreach(
        &self,
        ticket: &Ticket,
        outgoing: Vec<Outgoing>,
    ) -> anyhow::Result<Delivered> {
        self.deliver(ticket, outgoing).await?;
        Ok(Delivered::Sent)
    }

    /// Tells the support team something that belongs to no ticket (the
    /// triage feed); channels without one only log it.
    async fn notify_staff(&self, text: &str) -> anyhow::Result<()> {
        tracing::info!(
            notice = text,
            "staff notice (this channel has no triage feed)"
        );
        Ok(())
    }
}

/// Whether a proactive message reached the customer's channel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Delivered {
    Sent,
    /// The customer does not accept direct messages (Discord 50007).
    Closed,
}

#[derive(Debug, thiserror::Error)]
pub enum BotError {
    /// Someone other than the ticket's customer pressed its button.
    #[error("this ticket belongs to another customer")]
    NotYourTicket,
    #[error("no ticket {0}")]
    NoTicket(TicketId),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("stored conversation state of {0} is unreadable")]
    BadState(TicketId),
    /// A staff reply with nothing in it.
    #[error("the reply is empty")]
    EmptyReply,
    #[error("the reply is longer than {0} characters")]
    ReplyTooLong(usize),
    /// Nobody can be written to on a closed ticket.
    #[error("{0} is closed")]
    Closed(TicketId),
}

impl BotError {
    /// A refusal the person who asked should hear about, not a failure on
    /// our side (which is logged and answered with [`PromptId::BotFailed`]).
    pub fn is_refusal(&self) -> bool {
        matches!(
            self,
            BotError::NotYourTicket
                | BotError::NoTicket(_)
                | BotError::EmptyReply
                | BotError::ReplyTooLong(_)
                | BotError::Closed(_)
        )
    }
}

/// The conversation runner. Cheap to share behind an `Arc`.
pub struct Bot {
    store: Arc<dyn Store>,
    detector: Arc<Detector>,
    prompts: Arc<Prompts>,
    clock: Arc<dyn Clock>,
    settings: BotSettings,
    transports: RwLock<HashMap<Channel, Arc<dyn Transport>>>,
    /// What runs each kind of job besides conversation timers.
    job_handlers: RwLock<HashMap<String, Arc<dyn JobHandler>>>,
    /// This instance's Prometheus counters.
    metrics: crate::metrics::Metrics,
    /// This instance's name for job leases.
    pub(crate) worker_id: String,
    pub(crate) jobs_changed: tokio::sync::Notify,
    job_retry: std::sync::RwLock<worker::JobRetry>,
    /// Woken whenever this instance writes a timeline line (live views).
    timeline_changed: tokio::sync::Notify,
    /// Which tickets a staff member is looking at right now (in process).
    watchers: staff::Watchers,
}

impl std::fmt::Debug for Bot {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Bot")
            .field("worker_id", &self.worker_id)
            .finish_non_exhaustive()
    }
}

/// The conversation an event applies to.
enum Conversation {
    Ticket(Ticket),
    /// No ticket yet: the state and transcript lines of a pending question.
    Pending(Customer, State, Vec<record::Line>),
}

impl Bot {
    pub fn new(
        store: Arc<dyn Store>,
        detector: Arc<Detector>,
        prompts: Arc<Prompts>,
        clock: Arc<dyn Clock>,
        settings: BotSettings,
    ) -> Self {
        // Unique per instance, also across hosts with equal process ids.
        let worker_id = format!("{}-{:08x}", std::process::id(), rand::random::<u32>());
        Bot {
            store,
            detector,
            prompts,
            clock,
            settings,
            transports: RwLock::new(HashMap::new()),
            job_handlers: RwLock::new(HashMap::new()),
            metrics: crate::metrics::Metrics::new(),
            worker_id,
            jobs_changed: tokio::sync::Notify::new(),
            job_retry: std::sync::RwLock::new(worker::JobRetry::default()),
            timeline_changed: tokio::sync::Notify::new(),
            watchers: staff::Watchers::default(),
        }
    }

    pub fn store(&self) -> &Arc<dyn Store> {
        &self.store
    }

    pub fn prompts(&self) -> &Prompts {
        &self.prompts
    }

    /// What a chat channel says when an event failed: the one mapping from
    /// [`BotError`] to words (Discord, the shell), in English.
    pub fn reply_for(&self, e: &BotError) -> String {
        failure_words(&self.prompts, e, Locale::En)
    }

    /// What a chat channel says when handling the customer's message `text`
    /// failed: in the message's language ([`lang::failure_locale`]).
    pub fn reply_for_message(&self, e: &BotError, text: &str) -> String {
        failure_words(&self.prompts, e, lang::failure_locale(text))
    }

    pub fn settings(&self) -> &BotSettings {
        &self.settings
    }

    pub fn now(&self) -> Timestamp {
        self.clock.now()
    }

    /// How long an unanswered confirming question is remembered: as long as
    /// a quiet conversation with a ticket stays open (reminder, then close).
    fn pending_ttl(&self) -> Duration {
        self.settings
            .reminder_after
            .saturating_add(self.settings.close_after)
    }

    /// This instance's metrics (rendered at `/metrics`).
    /// What the detector says about `text` (channels use it to decide
    /// whether a message may open a ticket before they pass it on).
    pub fn detect(&self, text: &str) -> crate::detect::Detection {
        self.detector.detect(text)
    }

    pub fn metrics(&self) -> &crate::metrics::Metrics {
        &self.metrics
    }

    /// Registers the adapter that delivers asynchronous replies on `channel`.
    pub fn register_transport(&self, channel: Channel, transport: Arc<dyn Transport>) {
        self.transports
            .write()
            .unwrap_or_else(|e| e.into_inner())
            .insert(channel, transport);
    }

    /// A customer wrote something.
    pub async fn message(&self, m: Inbound) -> Result<Reply, BotError> {
        let conv = self.find(&m.customer, m.place_ref.as_deref()).await?;
        // The language to read it in: the ticket's, or the message's own.
        let locale = match &conv {
            Conversation::Ticket(t) => conversation::lang::locale_for(
                &State::from_json(&t.state).unwrap_or_default(),
                &m.text,
            ),
            Conversation::Pending(_, state, _) => conversation::lang::locale_for(state, &m.text),
        };
        let detection = self.detector.detect_in(locale, &m.text);
        self.metrics.message_seen();
        self.metrics.detection(detection.band);
        let with_person = match &conv {
            Conversation::Ticket(t) if t.status == TicketStatus::Escalated => Some(t.id),
            _ => None,
        };
        let event = Event::Message {
            text: m.text,
            message_id: m.message_id,
            detection,
        };
        let mut reply = self.apply(conv, &event, "customer", m.place_ref).await?;
        if let Some(id) = with_person {
            reply.outgoing.extend(self.customer_replied(id).await?);
        }
        Ok(reply)
    }

    /// A customer pressed a button (`id` is the button's custom id).
    pub async fn button(
        &self,
        customer: Customer,
        place_ref: Option<String>,
        id: &str,
    ) -> Result<Reply, BotError> {
        if let Some(place) = place_ref.as_deref()
            && let Some(t) = self.store.ticket_by_place(customer.channel, place).await?
            && t.customer_ref != customer.customer_ref
        {
            return Err(BotError::NotYourTicket);
        }
        let conv = self.find(&customer, place_ref.as_deref()).await?;
        let event = Event::Button { id: id.to_owned() };
        self.apply(conv, &event, "customer", place_ref).await
    }

    /// An event about a known ticket from outside the chat (the form, staff,
    /// timers). The reply is returned, not delivered; see [`Bot::deliver`].
    pub async fn ticket_event(
        &self,
        id: TicketId,
        event: &Event,
        actor: &str,
    ) -> Result<Reply, BotError> {
        let ticket = self.store.ticket(id).await?.ok_or(BotError::NoTicket(id))?;
        self.apply(Conversation::Ticket(ticket), event, actor, None)
            .await
    }

    /// Applies a ticket event and delivers the reply through the ticket's
    /// channel transport. Delivery failures are logged, not returned: the
    /// state change already happened.
    pub async fn ticket_event_delivered(
        &self,
        id: TicketId,
        event: &Event,
        actor: &str,
    ) -> Result<Reply, BotError> {
        let reply = self.ticket_event(id, event, actor).await?;
        self.deliver(&reply).await;
        Ok(reply)
    }

    /// Sends a reply through the transport of its ticket's channel.
    pub async fn deliver(&self, reply: &Reply) {
        let Some(ticket) = &reply.ticket else { return };
        if reply.outgoing.is_empty() {
            return;
        }
        match self.transport(ticket.channel) {
            Some(t) => {
                if let Err(e) = t.deliver(ticket, reply.outgoing.clone()).await {
                    tracing::error!(ticket = %ticket.id, error = %e, "could not deliver a reply");
                }
            }
            None => tracing::warn!(
                ticket = %ticket.id,
                channel = %ticket.channel,
                "no transport for this channel in this process; reply not delivered"
            ),
        }
    }

    /// Records where a ticket's conversation happens (the thread an adapter
    /// opened after [`Outgoing::OpenPlace`]).
    pub async fn set_place(&self, id: TicketId, place_ref: &str) -> Result<Ticket, BotError> {
        for _ in 0..CONFLICT_RETRIES {
            let t = self.store.ticket(id).await?.ok_or(BotError::NoTicket(id))?;
            let changed = Ticket {
                place_ref: Some(place_ref.to_owned()),
                ..t
            };
            match self.store.update_ticket(&changed).await {
                Err(StoreError::Conflict(_)) => continue,
                other => return Ok(other?),
            }
        }
        Err(StoreError::Conflict(format!("ticket {id}")).into())
    }

    /// The conversation for this customer: the ticket of the place they
    /// wrote in, else their active ticket, else a pending question.
    async fn find(&self, c: &Customer, place: Option<&str>) -> Result<Conversation, BotError> {
        if let Some(place) = place
            && let Some(t) = self.store.ticket_by_place(c.channel, place).await?
            && t.customer_ref == c.customer_ref
            && t.status.is_active()
        {
            return Ok(Conversation::Ticket(t));
        }
        if let Some(t) = self
            .store
            .active_ticket_for(c.channel, &c.customer_ref)
            .await?
        {
            return Ok(Conversation::Ticket(t));
        }
        // Any instance may have asked the question: its state is in the store.
        let (state, lines) = match self
            .store
            .pending_question(c.channel, &c.customer_ref, self.clock.now())
            .await?
        {
            Some(json) => match serde_json::from_str::<record::Pending>(&json) {
                Ok(p) => (
                    State::from_json(&p.state.to_string()).unwrap_or_default(),
                    p.lines,
                ),
                // Older rows hold the bare state; a state this version
                // cannot read starts the conversation afresh.
                Err(_) => (State::from_json(&json).unwrap_or_default(), vec![]),
            },
            None => (State::default(), vec![]),
        };
        Ok(Conversation::Pending(c.clone(), state, lines))
    }

    fn ctx(&self) -> Ctx {
        Ctx {
            now_ms: self.clock.now().millis(),
            settings: conversation::Settings {
                reminder_after_ms: millis(self.settings.reminder_after),
                close_after_ms: millis(self.settings.close_after),
            },
            previous: None,
        }
    }

    /// Applies one event: the heart of the runner.
    async fn apply(
        &self,
        mut conv: Conversation,
        event: &Event,
        actor: &str,
        place_ref: Option<String>,
    ) -> Result<Reply, BotError> {
        for _ in 0..CONFLICT_RETRIES {
            let result = match conv {
                Conversation::Pending(customer, state, lines) => {
                    return self
                        .apply_pending(customer, state, lines, event, actor, place_ref)
                        .await;
                }
                Conversation::Ticket(ref ticket) => self.apply_ticket(ticket, event, actor).await,
            };
            match result {
                Err(BotError::Store(StoreError::Conflict(_))) => {
                    let Conversation::Ticket(t) = &conv else {
                        unreachable!()
                    };
                    let fresh = self
                        .store
                        .ticket(t.id)
                        .await?
                        .ok_or(BotError::NoTicket(t.id))?;
                    conv = Conversation::Ticket(fresh);
                }
                other => return other,
            }
        }
        Err(StoreError::Conflict("ticket (too many concurrent changes)".into()).into())
    }

    async fn apply_pending(
        &self,
        customer: Customer,
        state: State,
        mut lines: Vec<record::Line>,
        event: &Event,
        actor: &str,
        place_ref: Option<String>,
    ) -> Result<Reply, BotError> {
        // A fresh conversation may continue one that closed recently.
        let previous = if state == State::default() && matches!(event, Event::Message { .. }) {
            self.recent_closed_ticket(&customer).await?
        } else {
            None
        };
        // One step, also when it opens the ticket: the ticket's id is filled
        // in as the actions are rendered.
        let tr = conversation::step(
            &state,
            event,
            &Ctx {
                previous,
                ..self.ctx()
            },
        );
        if !tr.actions.iter().any(|a| matches!(a, Action::OpenTicket)) {
            if tr.state == State::default() {
                // Chatter that goes nowhere writes nothing; only an answered
                // or abandoned question is forgotten.
                if state != State::default() {
                    self.store
                        .delete_pending_question(customer.channel, &customer.customer_ref)
                        .await?;
                }
            } else {
                let now = self.clock.now();
                let locale = lang::locale_of(event, &tr.state);
                for entry in &tr.timeline {
                    let e = self.timeline_event(entry, event, actor, locale);
                    lines.push(record::Line::from_event(&e));
                }
                for action in &tr.actions {
                    let out = self.render_without_ticket(
                        About::customer(&customer, locale),
                        std::slice::from_ref(action),
                    );
                    for e in
                        self.lines_of(action, out.first(), now, About::customer(&customer, locale))
                    {
                        lines.push(record::Line::from_event(&e));
                    }
                }
                let pending = record::Pending {
                    state: serde_json::from_str(&tr.state.to_json())
                        .unwrap_or(serde_json::Value::Null),
                    lines,
                };
                self.store
                    .put_pending_question(
                        customer.channel,
                        &customer.customer_ref,
                        &serde_json::to_string(&pending).unwrap_or_default(),
                        now.plus(self.pending_ttl()),
                        now,
                    )
                    .await?;
            }
            let outgoing = self.render_without_ticket(
                About::customer(&customer, lang::locale_of(event, &tr.state)),
                &tr.actions,
            );
            return Ok(Reply {
                ticket: None,
                outgoing,
            });
        }
        if state != State::default() {
            self.store
                .delete_pending_question(customer.channel, &customer.customer_ref)
                .await?;
        }
        let now = self.clock.now();
        let facts = tr.state.facts();
        let ticket = self
            .store
            .create_ticket(NewTicket {
                channel: customer.channel,
                customer_ref: customer.customer_ref.clone(),
                customer_name: customer.name.clone(),
                place_ref,
                integration: facts.integration,
                status: facts.status,
                step: facts.step,
                state: state.to_json(),
                exposed: false,
                at: now,
            })
            .await?;
        // What was said before the ticket existed comes first.
        for line in lines {
            self.store.add_event(ticket.id, line.into_event()).await?;
        }
        self.commit(ticket, event, actor, tr).await
    }

    async fn apply_ticket(
        &self,
        ticket: &Ticket,
        event: &Event,
        actor: &str,
    ) -> Result<Reply, BotError> {
        let state = State::from_json(&ticket.state).map_err(|_| BotError::BadState(ticket.id))?;
        let tr = conversation::step(&state, event, &self.ctx());
        self.commit(ticket.clone(), event, actor, tr).await
    }

    /// Saves the transition on the ticket (optimistically), writes the
    /// timeline, and carries out the actions.
    async fn commit(
        &self,
        ticket: Ticket,
        event: &Event,
        actor: &str,
        tr: Transition,
    ) -> Result<Reply, BotError> {
        let now = self.clock.now();
        // The engine decided these; the runner stores them as they are.
        let facts = tr.state.facts();
        let closed = facts.status == TicketStatus::Closed;
        let next = Ticket {
            integration: facts.integration,
            status: facts.status,
            step: facts.step,
            state: tr.state.to_json(),
            updated_at: now,
            exposed: facts.exposed,
            resolved: facts.resolved,
            assignee: facts.assignee,
            error_class: facts.error_class.map(|c| c.as_str().to_owned()),
            closed_at: if closed {
                ticket.closed_at.or(Some(now))
            } else {
                None
            },
            ..ticket.clone()
        };
        let saved = self.store.update_ticket(&next).await?;
        let reconnect = matches!(
            event,
            Event::Verification(conversation::VerifyOutcome::Verified { .. })
                | Event::ReconnectDone { .. }
        );
        if reconnect && !ticket.resolved && ticket.status != TicketStatus::Reconnected {
            let after = now
                .millis()
                .saturating_sub(ticket.created_at.millis())
                .max(0);
            self.metrics
                .reconnected(Duration::from_millis(after.unsigned_abs()));
        }
        let locale = lang::locale_of(event, &tr.state);
        for entry in &tr.timeline {
            self.store
                .add_event(saved.id, self.timeline_event(entry, event, actor, locale))
                .await?;
        }
        let outgoing = self.carry_out(&saved, &tr.actions, locale).await?;
        self.timeline_changed.notify_waiters();
        Ok(Reply {
            ticket: Some(saved),
            outgoing,
        })
    }

    /// Does what the runner owns (links, timers) and renders the rest.
    async fn carry_out(
        &self,
        ticket: &Ticket,
        actions: &[Action],
        locale: crate::domain::Locale,
    ) -> Result<Vec<Outgoing>, BotError> {
        let mut out = Vec::new();
        for action in actions {
            let before = out.len();
            match action {
                Action::OpenTicket | Action::SetFlag(_) | Action::Close { .. } => {}
                Action::ScheduleTimer {
                    kind,
                    at_ms,
                    generation,
                } => {
                    self.store
                        .schedule_job(NewJob {
                            kind: TIMER_JOB.into(),
                            ticket: Some(ticket.id),
                            payload: json!({"kind": kind, "generation": generation}),
                            due_at: Timestamp(*at_ms),
                            at: self.clock.now(),
                        })
                        .await?;
                    self.jobs_changed.notify_one();
                }
                Action::CancelTimers => {
                    self.store.cancel_jobs(ticket.id).await?;
                }
                Action::RevokeLinks => {
                    self.store.revoke_links(ticket.id, self.clock.now()).await?;
                }
                Action::StopReminders => self.stop_reminders(ticket).await?,
                Action::IssueLink { prompt, vars } => {
                    out.push(self.issue_link(locale, ticket, *prompt, vars).await?);
                }
                other => out.extend(self.render(locale, ticket, other)),
            }
            // The transcript: what was said (a link's URL never) and the
            // hand-offs and leaks among the staff notices.
            let about = About::ticket(ticket, locale);
            for line in self.lines_of(action, out.get(before), self.clock.now(), about) {
                self.store.add_event(ticket.id, line).await?;
            }
        }
        self.mark_leak_claims(locale, ticket, actions, &mut out);
        Ok(out)
    }

    /// The timeline line of an engine entry, with the event's transcript
    /// words (the customer's text with secrets replaced, a button's label).
    fn timeline_event(
        &self,
        entry: &TimelineEntry,
        event: &Event,
        actor: &str,
        locale: crate::domain::Locale,
    ) -> NewEvent {
        let mut detail = json!({"note": entry.note, "stage": entry.stage});
        for (k, v) in self.words_of(event, locale) {
            detail[k] = v;
        }
        NewEvent::new(Timestamp(entry.at_ms), &entry.event, actor, detail)
    }
}

fn millis(d: Duration) -> i64 {
    i64::try_from(d.as_millis()).unwrap_or(i64::MAX)
}

/// A failed event in words: customer refusals and failures in `locale`,
/// staff refusals in English (their prompts are staff-only).
fn failure_words(p: &Prompts, e: &BotError, locale: Locale) -> String {
    match e {
        BotError::NotYourTicket => p.render_in(locale, PromptId::NotYourTicket, &[]),
        BotError::NoTicket(id) => {
            p.render(PromptId::StaffNoTicket, &[("ticket_id", &id.to_string())])
        }
        BotError::EmptyReply => p.render(PromptId::StaffReplyEmpty, &[]),
        BotError::ReplyTooLong(max) => {
            p.render(PromptId::StaffReplyTooLong, &[("max", &max.to_string())])
        }
        BotError::Closed(id) => p.render(
            PromptId::StaffTicketClosed,
            &[("ticket_id", &id.to_string())],
        ),
        BotError::Store(_) | BotError::BadState(_) => p.render_in(locale, PromptId::BotFailed, &[]),
    }
}
