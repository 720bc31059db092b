//! The secure form's logic, apart from HTTP: open a link, validate and verify
//! what the customer submits, and on success consume the link and replace
//! the connector in one transaction, then tell the conversation and the
//! platform (webhook).
//!
//! Every path that ends in "this link can't be used" returns the same
//! [`Submitted::Unusable`] / [`Opened::Unusable`], whatever the reason, so the
//! page cannot tell an attacker which case it was.
//!
//! Attempts: one is reserved in the database *before* ActiveCampaign is
//! called (a conditional `UPDATE`), so concurrent submissions never make more
//! calls than the link has attempts. ActiveCampaign being busy, down or slow
//! is not the customer's mistake: that attempt is given back, and a separate
//! per-link cap on outbound calls ([`CALLS_PER_LINK`]) keeps retries bounded.

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use secrecy::SecretString;
use serde_json::json;

use crate::activecampaign::{ApiKey, ApiUrl, KeyWarning, Verifier, VerifyOutcome};
use crate::bot::Bot;
use crate::config::AcSettings;
use crate::connectors::{self, Credentials};
use crate::conversation::{self, Event};
use crate::crypto::MasterKey;
use crate::domain::{Locale, TicketId, Timestamp, VerifyClass};
use crate::links;
use crate::metrics::{LinkEvent, Service};
use crate::prompts::PromptId;
use crate::rate_limit::{Backing, Quota, RateLimit};
use crate::store::{LinkUse, NewAudit, NewEvent, Reconnect, StoreError};
use crate::webhook::WebhookEvent;

/// Verification calls one link may cause per [`CALLS_PERIOD`], whatever their
/// outcome (attempts given back included); past it the customer is asked to
/// wait, without an attempt used and without a call.
pub const CALLS_PER_LINK: u32 = 20;
pub const CALLS_PERIOD: Duration = Duration::from_secs(15 * 60);

/// The per-link call limit [`ReconnectService::calls`] expects, counted
/// where `backing` says.
pub fn call_limiter(backing: &Backing) -> RateLimit {
    RateLimit::new(
        "reconnect.calls_per_link",
        Quota::new(CALLS_PER_LINK, CALLS_PERIOD),
        backing,
    )
}

/// What opening a link shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Opened {
    Form {
        ticket: TicketId,
        expires_at: Timestamp,
    },
    Unusable,
}

/// What a submission led to; each variant is one page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Submitted {
    /// Verified and stored.
    Reconnected {
        ticket: TicketId,
        user: String,
        fingerprint: String,
    },
    /// A field is invalid; nothing was sent anywhere. The link still works.
    Invalid {
        field: &'static str,
        /// The check that failed (`url_*`/`key_*`): picks the form's words.
        class: &'static str,
        /// The English sentence.
        message: String,
    },
    /// ActiveCampaign said no (or could not answer). The link still works.
    Failed {
        class: &'static str,
        message: String,
        attempts_left: u32,
        /// The key's length when it is not the usual 72 characters.
        unusual_key_length: Option<usize>,
    },
    /// Too many failed attempts: the link is locked.
    Locked,
    /// Unknown, used, revoked, expired or already locked.
    Unusable,
}

/// Everything the form needs. One per app, shared by the handlers.
pub struct ReconnectService {
    pub bot: Arc<Bot>,
    /// Outbound verification calls per link (see [`CALLS_PER_LINK`]).
    pub calls: RateLimit,
    pub master_key: Arc<MasterKey>,
    pub verifier: Arc<dyn Verifier>,
    pub ac: AcSettings,
    /// Whether a webhook is configured (deliveries run as jobs).
    pub webhook: bool,
}

impl std::fmt::Debug for ReconnectService {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ReconnectService")
            .field("ac", &self.ac)
            .finish_non_exhaustive()
    }
}

impl ReconnectService {
    fn max_attempts(&self) -> u32 {
        self.bot.settings().link_max_attempts
    }

    /// A GET of the link. Never consumes it. `preview` (a chat app's link
    /// preview or a scanner) does not count as the customer opening it.
    pub async fn open(&self, token: &str, preview: bool) -> Result<Opened, StoreError> {
        if !links::well_formed(token) {
            return Ok(Opened::Unusable);
        }
        let hash = links::hash(token);
        let store = self.bot.store();
        let Some(link) = store.link(&hash).await? else {
            return Ok(Opened::Unusable);
        };
        let now = self.bot.now();
        if links::usable(&link, now, self.max_attempts()).is_err() {
            return Ok(Opened::Unusable);
        }
        if !preview && link.opened_at.is_none() {
            store.mark_link_opened(&hash, now).await?;
            self.bot.metrics().link(LinkEvent::Opened);
            if let Err(e) = self
                .bot
                .ticket_event_delivered(link.ticket, &Event::LinkOpened, "customer")
                .await
            {
                tracing::error!(ticket = %link.ticket, error = %e, "could not record the link opening");
            }
        }
        Ok(Opened::Form {
            ticket: link.ticket,
            expires_at: link.expires_at,
        })
    }

    /// A POST of the form.
    pub async fn submit(
        &self,
        token: &str,
        api_url: &str,
        api_key: SecretString,
    ) -> Result<Submitted, StoreError> {
        if !links::well_formed(token) {
            return Ok(Submitted::Unusable);
        }
        let hash = links::hash(token);
        let store = self.bot.store().clone();
        let Some(link) = store.link(&hash).await? else {
            return Ok(Submitted::Unusable);
        };
        if links::usable(&link, self.bot.now(), self.max_attempts()).is_err() {
            return Ok(Submitted::Unusable);
        }
        let url = match ApiUrl::parse(api_url, &self.ac.allowed_hosts, self.ac.allow_http) {
            Ok(u) => u,
            Err(e) => {
                return Ok(Submitted::Invalid {
                    field: "api_url",
                    class: e.class(),
                    message: e.to_string(),
                });
            }
        };
        let (key, warning) = match ApiKey::parse(secrecy::ExposeSecret::expose_secret(&api_key)) {
            Ok(k) => k,
            Err(e) => {
                return Ok(Submitted::Invalid {
                    field: "api_key",
                    class: e.class(),
                    message: e.to_string(),
                });
            }
        };
        let ticket = link.ticket;
        let max = i64::from(self.max_attempts());
        if !self.calls.check(&hash).await {
            tracing::warn!(%ticket, "too many verification calls for one link; asked to wait");
            let busy = conversation::VerifyOutcome::Busy {
                retry_after_secs: None,
            };
            return Ok(Submitted::Failed {
                class: "throttled",
                message: self.failure_text(ticket, &busy).await,
                attempts_left: attempts_left(max, link.attempts),
                unusual_key_length: None,
            });
        }
        // Reserved before the call: any number of concurrent submissions
        // make at most the attempts left.
        let Some(reserved) = store
            .reserve_link_attempt(&hash, self.bot.now(), max)
            .await?
        else {
            // Used, revoked or expired meanwhile, or concurrent submissions
            // hold every attempt left: like any unusable link.
            return Ok(Submitted::Unusable);
        };
        self.tell(ticket, Event::FormSubmitted).await;
        if url.is_plain_http() {
            tracing::warn!(%ticket, "verifying over plain http (REKEY_AC_ALLOW_HTTP is on: tests only)");
        }
        let outcome = self.verifier.verify(&url, &key).await;
        tracing::info!(%ticket, outcome = outcome.class().as_str(), "verification finished");
        let metrics = self.bot.metrics();
        metrics.verification(outcome.class());
        if matches!(
            outcome.class(),
            VerifyClass::Unavailable | VerifyClass::Unexpected
        ) {
            metrics.call_error(Service::ActiveCampaign);
        }
        match outcome {
            VerifyOutcome::Verified { user } => {
                self.reconnect(&hash, ticket, &url, key, user.display_name())
                    .await
            }
            failed => {
                let not_theirs = matches!(
                    failed,
                    VerifyOutcome::Busy { .. } | VerifyOutcome::Unavailable { .. }
                );
                let attempts = if not_theirs {
                    store.release_link_attempt(&hash).await?;
                    reserved - 1
                } else {
                    reserved
                };
                let used = u32::try_from(attempts).unwrap_or(u32::MAX);
                store
                    .add_event(
                        ticket,
                        NewEvent::new(
                            self.bot.now(),
                            "verify.failed",
                            "system",
                            json!({
                                "class": failed.class().as_str(), "attempt": attempts,
                                "attempt_used": !not_theirs,
                            }),
                        ),
                    )
                    .await?;
                if !not_theirs && used >= self.max_attempts() {
                    self.tell(
                        ticket,
                        Event::Verification(conversation::VerifyOutcome::Locked),
                    )
                    .await;
                    return Ok(Submitted::Locked);
                }
                let event_outcome = to_conversation(&failed);
                let message = self.failure_text(ticket, &event_outcome).await;
                self.tell(ticket, Event::Verification(event_outcome)).await;
                Ok(Submitted::Failed {
                    class: failed.class().as_str(),
                    message,
                    attempts_left: attempts_left(max, attempts),
                    unusual_key_length: warning.map(|KeyWarning::UnusualShape { length }| length),
                })
            }
        }
    }

    async fn reconnect(
        &self,
        hash: &[u8],
        ticket: TicketId,
        url: &ApiUrl,
        key: ApiKey,
        user: String,
    ) -> Result<Submitted, StoreError> {
        let now = self.bot.now();
        let creds = Credentials {
            account: url.host().to_owned(),
            api_url: url.as_str().to_owned(),
            key: key.into(),
            verified_user: user.clone(),
        };
        let connector = connectors::seal(&self.master_key, &creds, Some(ticket), now);
        let fingerprint = connector.key_fingerprint.clone();
        let detail = json!({"account": creds.account, "fingerprint": fingerprint, "user": user});
        let reconnect = Reconnect {
            connector,
            event: NewEvent::new(now, "connector.reconnected", "customer", detail.clone()),
            audit: NewAudit {
                at: now,
                actor: "customer".into(),
                action: "connector.replaced".into(),
                ticket: Some(ticket),
                account: Some(creds.account.clone()),
                detail,
            },
        };
        // The attempt this submission reserved is counted already, so the
        // link is usable with up to `max` attempts used (not `< max`).
        let max = i64::from(self.max_attempts()) + 1;
        match self
            .bot
            .store()
            .consume_link(hash, now, max, reconnect)
            .await?
        {
            LinkUse::NotUsable => Ok(Submitted::Unusable),
            LinkUse::Consumed(record) => {
                self.bot.metrics().link(LinkEvent::Consumed);
                if let Err(e) =
                    crate::proactive::reconnected(self.bot.store().as_ref(), &record.account, now)
                        .await
                {
                    tracing::error!(error = %e, "could not mark the connector healthy");
                }
                let verified = conversation::VerifyOutcome::Verified {
                    user: user.clone(),
                    fingerprint: record.key_fingerprint.clone(),
                };
                self.tell(ticket, Event::Verification(verified)).await;
                if self.webhook {
                    let event = WebhookEvent::connector_reconnected(
                        record.account.clone(),
                        record.key_fingerprint.clone(),
                        ticket.to_string(),
                        SystemTime::UNIX_EPOCH
                            + std::time::Duration::from_millis(now.millis().max(0) as u64),
                    );
                    // A job, so a pending retry outlives this process.
                    let first = crate::webhook_job::job(&event, Some(ticket), 1, now, now);
                    match self.bot.store().schedule_job(first).await {
                        Ok(_) => self.bot.jobs_changed.notify_one(),
                        Err(e) => {
                            tracing::error!(%ticket, error = %e, "could not queue the reconnect webhook")
                        }
                    }
                }
                Ok(Submitted::Reconnected {
                    ticket,
                    user,
                    fingerprint: record.key_fingerprint,
                })
            }
        }
    }

    /// Tells the conversation and delivers its reply; a failure there must
    /// not undo what the form did, so it is logged.
    async fn tell(&self, ticket: TicketId, event: Event) {
        if let Err(e) = self
            .bot
            .ticket_event_delivered(ticket, &event, "system")
            .await
        {
            tracing::error!(%ticket, error = %e, "could not update the conversation");
        }
    }

    /// The plain-language sentence for a failed verification (the same words
    /// the conversation uses).
    /// In the ticket's language (English if it cannot be read).
    async fn failure_text(
        &self,
        ticket: TicketId,
        outcome: &conversation::VerifyOutcome,
    ) -> String {
        use conversation::VerifyOutcome as V;
        let locale = match self.bot.store().ticket(ticket).await {
            Ok(Some(t)) => conversation::State::from_json(&t.state)
                .map(|s| s.locale)
                .unwrap_or_default(),
            _ => Locale::En,
        };
        let prompts = self.bot.prompts();
        let p = Localized { prompts, locale };
        match outcome {
            V::KeyRejected => p.render(PromptId::VerifyKeyRejected, &[]),
            V::NoPermission => p.render(PromptId::VerifyNoPermission, &[]),
            V::WrongUrl => p.render(PromptId::VerifyWrongUrl, &[]),
            V::Billing => p.render(PromptId::VerifyBilling, &[]),
            V::Busy {
                retry_after_secs: Some(s),
            } => p.render(
                PromptId::VerifyBusyRetry,
                &[("retry_after_secs", &s.to_string())],
            ),
            V::Busy {
                retry_after_secs: None,
            } => p.render(PromptId::VerifyBusy, &[]),
            V::Unavailable => p.render(PromptId::VerifyUnavailable, &[]),
            V::Unexpected | V::Verified { .. } | V::Locked => {
                p.render(PromptId::VerifyUnexpected, &[])
            }
        }
    }
}

/// Prompts rendered in one locale.
struct Localized<'a> {
    prompts: &'a crate::prompts::Prompts,
    locale: Locale,
}

impl Localized<'_> {
    fn render(&self, id: PromptId, vars: &[(&str, &str)]) -> String {
        self.prompts.render_in(self.locale, id, vars)
    }
}

fn attempts_left(max: i64, used: i64) -> u32 {
    u32::try_from(max.saturating_sub(used).max(0)).unwrap_or(0)
}

/// The conversation's view of a verifier outcome.
pub fn to_conversation(o: &VerifyOutcome) -> conversation::VerifyOutcome {
    use conversation::VerifyOutcome as V;
    match o {
        VerifyOutcome::Verified { user } => V::Verified {
            user: user.display_name(),
            fingerprint: String::new(),
        },
        VerifyOutcome::KeyRejected { .. } => V::KeyRejected,
        VerifyOutcome::NoPermission { .. } => V::NoPermission,
        VerifyOutcome::WrongUrl { .. } => V::WrongUrl,
        VerifyOutcome::Billing => V::Billing,
        VerifyOutcome::Busy { retry_after } => V::Busy {
            retry_after_secs: retry_after.map(|d| d.as_secs()),
        },
        VerifyOutcome::Unavailable { .. } => V::Unavailable,
        VerifyOutcome::Unexpected { .. } => V::Unexpected,
    }
}
