//! Before the customer complains: connector health checks, failure reports
//! from the platform's sync engine, and reaching out to the customer.
//!
//! - Each stored connector is re-verified every `REKEY_HEALTH_INTERVAL`
//!   (first checks spread over the interval) by a database job of kind
//!   [`HEALTH_JOB`], so it runs once across instances. Requests to one
//!   ActiveCampaign account are paced through the database: one a second,
//!   longer after a 429's Retry-After.
//! - [`health`] (pure) turns an outcome class into healthy / failing /
//!   unknown; transient failures are retried before a connector is failing.
//! - A connector that turns failing gets one outreach per incident: a
//!   proactive ticket for the customer of its last reconnect, through that
//!   customer's channel (their Discord thread or DM; the web chat shows it
//!   on their next visit), never while they have a ticket open, and only
//!   inside `REKEY_OUTREACH_HOURS`.
//! - Stale keys (`REKEY_ROTATE_AFTER`) get one reminder per period.

pub mod health;
mod hours;

use std::sync::Arc;
use std::time::Duration;

use anyhow::Context as _;
use async_trait::async_trait;
use secrecy::ExposeSecret;
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::activecampaign::{ApiKey, ApiUrl, Verifier, VerifyOutcome};
use crate::bot::{Bot, Customer, Delivered, JobHandler};
use crate::config::{AcSettings, ProactiveSettings};
use crate::conversation::OutreachReason;
use crate::crypto::MasterKey;
use crate::domain::{Channel, Locale, TicketId, Timestamp, VerifyClass};
use crate::prompts::PromptId;
use crate::rate_limit::{Backing, Quota, RateLimit};
use crate::store::{Job, NewEvent, NewJob};

pub use health::Health;
pub use hours::OutreachHours;

/// The job kind of a connector health check.
pub const HEALTH_JOB: &str = "connector_health";

/// The job kind of an outreach waiting for the outreach hours.
pub const OUTREACH_JOB: &str = "connector_outreach";

/// At most one request a second to one ActiveCampaign account.
pub const REQUEST_SPACING: Duration = Duration::from_secs(1);

/// How long after a transient failure the check is tried again (unless
/// ActiveCampaign said when).
const TRANSIENT_RETRY: Duration = Duration::from_secs(60);

#[derive(Debug, Serialize, Deserialize)]
struct HealthPayload {
    account: String,
    /// The connector's regular check (schedules the next one); `false` for
    /// a retry or a re-check after a report.
    periodic: bool,
}

#[derive(Debug, Serialize, Deserialize)]
struct OutreachPayload {
    account: String,
    incident: String,
    reason: OutreachReason,
}

/// What a check did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Checked {
    /// Verified with ActiveCampaign; the connector's health now.
    Done { health: Health, class: String },
    /// The account's request slot is taken until then; checked later.
    Paced(Timestamp),
    /// No such connector.
    Missing,
}

/// How an outreach went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reached {
    Sent(crate::domain::TicketId),
    /// The customer has a ticket open; nothing was sent.
    TicketOpen,
    /// This incident was reached out about before.
    AlreadyDone,
    /// Outside the outreach hours: tried again then.
    Deferred(Timestamp),
    /// Nobody is recorded for the connector (or their channel cannot be
    /// reached): staff were told.
    Unreachable,
}

/// Health checks and outreach. One per app.
pub struct Proactive {
    pub bot: Arc<Bot>,
    pub master_key: Arc<MasterKey>,
    pub verifier: Arc<dyn Verifier>,
    pub ac: AcSettings,
    pub settings: ProactiveSettings,
    /// Failure reports accepted per account.
    pub reports: ReportLimits,
}

/// At most [`REPORTS_PER_MINUTE`] failure reports a minute per account
/// (shared by every instance on PostgreSQL; repeats are caught by the
/// database on any instance).
#[derive(Debug)]
pub struct ReportLimits(RateLimit);

/// Failure reports one account may send a minute.
pub const REPORTS_PER_MINUTE: u32 = 10;

impl ReportLimits {
    /// [`REPORTS_PER_MINUTE`], counted where `backing` says.
    pub fn new(backing: &Backing) -> Self {
        ReportLimits(RateLimit::new(
            "proactive.reports_per_account",
            Quota::per_minute(REPORTS_PER_MINUTE),
            backing,
        ))
    }

    async fn allow(&self, account: &str) -> bool {
        self.0.check(account.as_bytes()).await
    }
}

impl Default for ReportLimits {
    /// Counted in this process's memory.
    fn default() -> Self {
        ReportLimits::new(&Backing::Local)
    }
}

/// A failure the platform's sync engine saw.
#[derive(Debug, Clone, Deserialize)]
pub struct Report {
    /// The HTTP status ActiveCampaign answered the sync engine with.
    pub status: Option<u16>,
    /// The error text the sync engine got (stored, shown to staff).
    #[serde(default)]
    pub error: String,
    /// When it was seen (RFC 3339); the time of receipt when absent.
    pub at: Option<String>,
}

/// Why an outreach could not reach the customer (told to staff).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unreachable {
    NoCustomer,
    /// The customer's last ticket was in the terminal.
    Terminal,
    /// Discord refused the direct message; the ticket stays open.
    DmClosed(TicketId),
    /// Delivery failed; the ticket stays open.
    ChannelDown(TicketId),
}

impl Unreachable {
    /// The reason in the staff's words (`staff_unreachable_*` prompts).
    fn said(self, p: &crate::prompts::Prompts) -> String {
        match self {
            Unreachable::NoCustomer => p.render(PromptId::StaffUnreachableNoCustomer, &[]),
            Unreachable::Terminal => p.render(PromptId::StaffUnreachableTerminal, &[]),
            Unreachable::DmClosed(id) => p.render(
                PromptId::StaffUnreachableDmClosed,
                &[("ticket_id", &id.to_string())],
            ),
            Unreachable::ChannelDown(id) => p.render(
                PromptId::StaffUnreachableChannelDown,
                &[("ticket_id", &id.to_string())],
            ),
        }
    }
}

/// What Rekey did with a failure report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReportResult {
    /// Recorded and re-verified.
    Checked(Checked),
    /// The same report came before; nothing changed.
    Repeat,
    /// Too many reports for this account just now.
    Limited,
    NoConnector,
    Invalid(&'static str),
}

/// Longest error text kept from a report.
const REPORT_ERROR_CHARS: usize = 500;

impl std::fmt::Debug for Proactive {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Proactive")
            .field("settings", &self.settings)
            .finish_non_exhaustive()
    }
}

impl Proactive {
    fn now(&self) -> Timestamp {
        self.bot.now()
    }

    /// Gives every connector without one its first health check, spread
    /// over the interval. Safe on every instance at once: a connector's
    /// first check is claimed in the database.
    pub async fn seed_checks(&self) -> anyhow::Result<usize> {
        let store = self.bot.store();
        let now = self.now();
        let mut seeded = 0;
        for c in store.connector_healths().await? {
            if c.check_due_at.is_some() {
                continue;
            }
            let due = health::first_due(&c.account, now, self.settings.health_interval);
            if store.seed_health_check(&c.account, due).await? {
                self.schedule_check(&c.account, due, true).await?;
                seeded += 1;
            }
        }
        Ok(seeded)
    }

    async fn schedule_check(
        &self,
        account: &str,
        due: Timestamp,
        periodic: bool,
    ) -> anyhow::Result<()> {
        let payload = serde_json::to_value(HealthPayload {
            account: account.to_owned(),
            periodic,
        })?;
        self.bot
            .schedule(NewJob {
                kind: HEALTH_JOB.into(),
                ticket: None,
                payload,
                due_at: due,
                at: self.now(),
            })
            .await?;
        Ok(())
    }

    /// Verifies one connector now (paced per account) and acts on the
    /// result: state, timeline, outreach when it turned failing.
    pub async fn check(&self, account: &str, actor: &str) -> anyhow::Result<Checked> {
        let store = self.bot.store();
        let now = self.now();
        let Some(before) = store.connector_health(account).await? else {
            return Ok(Checked::Missing);
        };
        if let Err(until) = store
            .take_request_slot(account, now, REQUEST_SPACING)
            .await?
        {
            return Ok(Checked::Paced(until));
        }
        let Some((record, key)) =
            crate::connectors::open(store.as_ref(), &self.master_key, account).await?
        else {
            return Ok(Checked::Missing);
        };
        let outcome = match (
            ApiUrl::parse(&record.api_url, &self.ac.allowed_hosts, self.ac.allow_http),
            ApiKey::parse(key.expose_secret()),
        ) {
            (Ok(url), Ok((key, _))) => Some(self.verifier.verify(&url, &key).await),
            // A stored URL the allow-list no longer accepts cannot be used.
            _ => None,
        };
        let class = outcome
            .as_ref()
            .map_or(VerifyClass::WrongUrl, VerifyOutcome::class);
        self.bot.metrics().health_check(class);
        if let Some(VerifyOutcome::Busy { retry_after }) = &outcome {
            let wait = retry_after.unwrap_or(TRANSIENT_RETRY);
            store.hold_requests(account, now.plus(wait)).await?;
        }
        let after = health::apply(&health::Before::from(&before), class, now);
        let event = after.changed.then(|| {
            NewEvent::new(
                now,
                &format!("health.{}", after.update.health),
                actor,
                json!({
                    "class": after.update.class,
                    "since": after.update.since.map(|t| t.to_rfc3339()),
                    "fingerprint": before.key_fingerprint,
                }),
            )
        });
        let health = Health::parse(&after.update.health);
        if after.changed {
            tracing::info!(
                account,
                health = health.as_str(),
                class = class.as_str(),
                "connector health changed"
            );
        }
        store
            .set_health(account, after.update.clone(), event)
            .await?;
        if after.retry {
            let wait = match &outcome {
                Some(VerifyOutcome::Busy {
                    retry_after: Some(d),
                }) => *d,
                _ => TRANSIENT_RETRY,
            };
            self.schedule_check(account, now.plus(wait.max(REQUEST_SPACING)), false)
                .await?;
        }
        if after.turned_failing {
            let since = after.update.since.unwrap_or(now);
            let reason = OutreachReason::Failing {
                class: class.as_str().to_owned(),
                // Outreach opens a fresh conversation, which is English.
                since: crate::bot::spoken_moment(
                    self.bot.prompts(),
                    Locale::En,
                    since,
                    crate::bot::Moment::Date,
                ),
            };
            let incident = format!("failing:{}", since.millis());
            self.reach_out(account, &incident, reason).await?;
        }
        Ok(Checked::Done {
            health,
            class: class.as_str().to_owned(),
        })
    }

    /// Reaches the customer recorded at the connector's last reconnect,
    /// once per `incident`.
    pub async fn reach_out(
        &self,
        account: &str,
        incident: &str,
        reason: OutreachReason,
    ) -> anyhow::Result<Reached> {
        let store = self.bot.store();
        let now = self.now();
        if let Some(hours) = self.settings.outreach_hours {
            let open = hours.next_open(now);
            if open != now {
                let payload = serde_json::to_value(OutreachPayload {
                    account: account.to_owned(),
                    incident: incident.to_owned(),
                    reason,
                })?;
                self.bot
                    .schedule(NewJob {
                        kind: OUTREACH_JOB.into(),
                        ticket: None,
                        payload,
                        due_at: open,
                        at: now,
                    })
                    .await?;
                tracing::info!(account, incident, "outside the outreach hours; waiting");
                return Ok(Reached::Deferred(open));
            }
        }
        if !store.claim_outreach(account, incident, now).await? {
            return Ok(Reached::AlreadyDone);
        }
        let last = match store.connector(account).await?.and_then(|c| c.ticket) {
            Some(id) => store.ticket(id).await?,
            None => None,
        };
        let Some(last) = last else {
            self.unreachable(account, "", &reason, Unreachable::NoCustomer)
                .await?;
            return Ok(Reached::Unreachable);
        };
        if let Some(open) = store
            .active_ticket_for(last.channel, &last.customer_ref)
            .await?
        {
            // Not this time; a later trigger (the next reminder sweep) may.
            store.release_outreach(account, incident).await?;
            tracing::debug!(account, incident, ticket = %open.id, "customer has a ticket open; no outreach");
            if matches!(reason, OutreachReason::Failing { .. }) {
                let detail = json!({ "incident": incident, "open_ticket": open.id.to_string() });
                store
                    .add_connector_event(
                        account,
                        NewEvent::new(now, "outreach.skipped", "system", detail),
                    )
                    .await?;
            }
            return Ok(Reached::TicketOpen);
        }
        if last.channel == Channel::Shell {
            self.unreachable(account, &last.customer_name, &reason, Unreachable::Terminal)
                .await?;
            return Ok(Reached::Unreachable);
        }
        let customer = Customer {
            channel: last.channel,
            customer_ref: last.customer_ref.clone(),
            name: last.customer_name.clone(),
        };
        // Discord: a DM (the transport opens it); web chat: their session or
        // signed identity finds the ticket on their next visit.
        let reply = self
            .bot
            .outreach(customer, None, reason.clone())
            .await
            .context("cannot open the outreach ticket")?;
        let Some(ticket) = reply.ticket.clone() else {
            store.release_outreach(account, incident).await?;
            return Ok(Reached::TicketOpen);
        };
        store
            .set_outreach_ticket(account, incident, ticket.id)
            .await?;
        if let Some(acct) = &last.customer_account {
            store.set_customer_account(ticket.id, acct).await?;
        }
        store
            .add_connector_event(
                account,
                NewEvent::new(
                    now,
                    "outreach",
                    "system",
                    json!({ "incident": incident, "ticket": ticket.id.to_string(), "reason": reason }),
                ),
            )
            .await?;
        match self.bot.deliver_outreach(&reply).await {
            Ok(Delivered::Sent) => {}
            Ok(Delivered::Closed) => {
                let why = Unreachable::DmClosed(ticket.id);
                self.unreachable(account, &last.customer_name, &reason, why)
                    .await?;
                return Ok(Reached::Unreachable);
            }
            Err(e) => {
                let why = Unreachable::ChannelDown(ticket.id);
                tracing::error!(
                    account,
                    error = format!("{e:#}"),
                    "outreach delivery failed"
                );
                self.unreachable(account, &last.customer_name, &reason, why)
                    .await?;
                return Ok(Reached::Unreachable);
            }
        }
        self.bot.metrics().outreach(match &reason {
            OutreachReason::Failing { .. } => "failing",
            OutreachReason::Stale { .. } => "stale",
            OutreachReason::StaffAsked { .. } => "staff_asked",
        });
        Ok(Reached::Sent(ticket.id))
    }

    async fn unreachable(
        &self,
        account: &str,
        customer: &str,
        reason: &OutreachReason,
        why: Unreachable,
    ) -> anyhow::Result<()> {
        let p = self.bot.prompts();
        let what = match reason {
            OutreachReason::Failing { class, since } => p.render(
                PromptId::StaffOutreachWhyFailing,
                &[("class", class), ("since", since)],
            ),
            OutreachReason::Stale { age } => {
                p.render(PromptId::StaffOutreachWhyStale, &[("age", age)])
            }
            OutreachReason::StaffAsked { reason } => {
                p.render(PromptId::StaffOutreachWhyAsked, &[("reason", reason)])
            }
        };
        let why = why.said(p);
        let unnamed;
        let customer = if customer.is_empty() {
            unnamed = p.render(PromptId::StaffUnnamedCustomer, &[]);
            &unnamed
        } else {
            customer
        };
        let text = p.render(
            PromptId::StaffOutreachUnreachable,
            &[
                ("account", account),
                ("customer", customer),
                ("what", &what),
                ("why", &why),
            ],
        );
        tracing::warn!(account, notice = %text, "outreach impossible; staff told");
        self.bot
            .store()
            .add_connector_event(
                account,
                NewEvent::new(
                    self.now(),
                    "outreach.unreachable",
                    "system",
                    json!({ "why": why }),
                ),
            )
            .await?;
        self.bot.notify_staff(&text).await;
        Ok(())
    }

    /// One reminder per `REKEY_ROTATE_AFTER` period for each connector whose
    /// key is older than that (and whose customer did not opt out).
    pub async fn remind_stale(&self) -> anyhow::Result<usize> {
        let Some(period) = self.settings.rotate_after else {
            return Ok(0);
        };
        let now = self.now();
        let mut sent = 0;
        for c in self.bot.store().connector_healths().await? {
            let age = now.since(c.key_set_at);
            if c.reminders_off || age < period {
                continue;
            }
            let periods = age.as_millis() / period.as_millis().max(1);
            let incident = format!("stale:{}:{periods}", c.key_set_at.millis());
            let reason = OutreachReason::Stale {
                // Outreach opens a fresh conversation, said in English.
                age: crate::bot::spoken_age(self.bot.prompts(), Locale::En, age),
            };
            if let Reached::Sent(_) = self.reach_out(&c.account, &incident, reason).await? {
                sent += 1;
            }
        }
        Ok(sent)
    }

    /// Staff asked the customer of `account` to rotate: reaches out now.
    pub async fn ask_rotation(
        &self,
        account: &str,
        staff: &str,
        reason: &str,
    ) -> anyhow::Result<Reached> {
        let incident = format!("ask:{}", self.now().millis());
        let reason_given = OutreachReason::StaffAsked {
            reason: reason.to_owned(),
        };
        let reached = self.reach_out(account, &incident, reason_given).await?;
        let ticket = match reached {
            Reached::Sent(id) => Some(id),
            _ => None,
        };
        audit_rotation_ask(&self.bot, account, staff, reason, ticket).await?;
        Ok(reached)
    }

    /// Records a failure report and re-verifies the key at once (or as soon
    /// as the account's request slot opens); only a real failure acts.
    pub async fn report(&self, account: &str, report: Report) -> anyhow::Result<ReportResult> {
        let store = self.bot.store();
        if store.connector_health(account).await?.is_none() {
            return Ok(ReportResult::NoConnector);
        }
        if !self.reports.allow(account).await {
            return Ok(ReportResult::Limited);
        }
        let now = self.now();
        let seen_at = match &report.at {
            None => now,
            Some(raw) => match time::OffsetDateTime::parse(
                raw,
                &time::format_description::well_known::Rfc3339,
            ) {
                Ok(t) => Timestamp((t.unix_timestamp_nanos() / 1_000_000) as i64),
                Err(_) => return Ok(ReportResult::Invalid("at must be an RFC 3339 time")),
            },
        };
        let error: String = report
            .error
            .chars()
            .filter(|c| !c.is_control())
            .take(REPORT_ERROR_CHARS)
            .collect();
        // The text may quote a key: keep only what the detector does not
        // call a secret.
        let error = crate::transcript::redact(&error, &self.bot.detect_secrets(&error));
        let key = {
            use sha2::Digest;
            let mut h = sha2::Sha256::new();
            h.update(format!(
                "{}\n{}\n{}",
                report.status.unwrap_or(0),
                error,
                seen_at.millis()
            ));
            hex::encode(&h.finalize()[..16])
        };
        let new = store
            .add_failure_report(crate::store::FailureReport {
                account: account.to_owned(),
                report_key: key,
                status: report.status.map(i64::from),
                error: error.clone(),
                seen_at,
                received_at: now,
            })
            .await?;
        if !new {
            tracing::info!(account, "repeated failure report; nothing to do");
            return Ok(ReportResult::Repeat);
        }
        self.bot.metrics().failure_report();
        tracing::info!(account, status = report.status, error = %error, "failure report from the sync engine");
        let checked = self.check(account, "failure_report").await?;
        if let Checked::Paced(until) = checked {
            self.schedule_check(account, until, false).await?;
        }
        Ok(ReportResult::Checked(checked))
    }

    /// Runs the periodic work every instance may do at once (seeding first
    /// checks, stale-key reminders: both claimed in the database).
    pub async fn sweep(&self) {
        if let Err(e) = self.seed_checks().await {
            tracing::error!(
                error = format!("{e:#}"),
                "cannot schedule connector health checks"
            );
        }
        if let Err(e) = self.remind_stale().await {
            tracing::error!(error = format!("{e:#}"), "stale-key reminders failed");
        }
    }
}

/// A connector reconnected with a verified key is healthy (a line on its
/// timeline when that is a change).
pub async fn reconnected(
    store: &dyn crate::store::Store,
    account: &str,
    now: Timestamp,
) -> crate::store::StoreResult<()> {
    let Some(before) = store.connector_health(account).await? else {
        return Ok(());
    };
    let after = health::apply(&health::Before::from(&before), VerifyClass::Verified, now);
    let event = after.changed.then(|| {
        NewEvent::new(
            now,
            "health.healthy",
            "reconnect",
            json!({ "fingerprint": before.key_fingerprint }),
        )
    });
    store.set_health(account, after.update, event).await
}

/// Longest reason staff may give for a rotation.
pub const MAX_REASON_CHARS: usize = 300;

async fn audit_rotation_ask(
    bot: &Bot,
    account: &str,
    staff: &str,
    reason: &str,
    ticket: Option<crate::domain::TicketId>,
) -> anyhow::Result<()> {
    bot.store()
        .add_audit(crate::store::NewAudit {
            at: bot.now(),
            actor: format!("staff:{staff}"),
            action: "connector.rotate_ask".into(),
            ticket,
            account: Some(account.to_owned()),
            detail: json!({ "reason": reason }),
        })
        .await?;
    Ok(())
}

/// Staff asked for a rotation from a place without the [`Proactive`] at
/// hand (a Discord command, the dashboard): queued as an outreach job
/// that any instance runs at once (outreach hours still apply), audited
/// now.
pub async fn request_rotation(
    bot: &Bot,
    account: &str,
    staff: &str,
    reason: &str,
) -> anyhow::Result<()> {
    let reason: String = reason.trim().chars().take(MAX_REASON_CHARS).collect();
    let now = bot.now();
    let payload = serde_json::to_value(OutreachPayload {
        account: account.to_owned(),
        incident: format!("ask:{}", now.millis()),
        reason: OutreachReason::StaffAsked {
            reason: reason.clone(),
        },
    })?;
    bot.schedule(NewJob {
        kind: OUTREACH_JOB.into(),
        ticket: None,
        payload,
        due_at: now,
        at: now,
    })
    .await?;
    audit_rotation_ask(bot, account, staff, &reason, None).await
}

/// Sweeps ([`Proactive::sweep`]) at start and then every minute (or every
/// health interval, when shorter) until `shutdown` turns true.
pub fn spawn_sweeper(
    p: Arc<Proactive>,
    mut shutdown: tokio::sync::watch::Receiver<bool>,
) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let every = p.settings.health_interval.min(Duration::from_secs(60));
        loop {
            p.sweep().await;
            tokio::select! {
                _ = shutdown.changed() => return,
                () = tokio::time::sleep(every) => {},
            }
        }
    })
}

/// Runs [`HEALTH_JOB`] and [`OUTREACH_JOB`] jobs.
#[derive(Debug)]
pub struct ProactiveJobs(pub Arc<Proactive>);

#[async_trait]
impl JobHandler for ProactiveJobs {
    async fn run(&self, job: &Job) -> anyhow::Result<()> {
        let p = &self.0;
        if job.kind == OUTREACH_JOB {
            let o: OutreachPayload = serde_json::from_str(&job.payload)?;
            p.reach_out(&o.account, &o.incident, o.reason).await?;
            return Ok(());
        }
        let h: HealthPayload = serde_json::from_str(&job.payload)?;
        let checked = p.check(&h.account, "health_check").await?;
        if let Checked::Paced(until) = checked {
            p.schedule_check(&h.account, until, false).await?;
        }
        if h.periodic && checked != Checked::Missing {
            let next = job.due_at.plus(p.settings.health_interval);
            let next = if next <= p.now() {
                p.now().plus(p.settings.health_interval)
            } else {
                next
            };
            p.bot.store().set_health_check_due(&h.account, next).await?;
            p.schedule_check(&h.account, next, true).await?;
        }
        Ok(())
    }
}
