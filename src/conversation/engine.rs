//! The pure state machine: `step(state, event, ctx) -> Transition`.
//!
//! No I/O, no clock, no randomness: the time comes in through [`Ctx`]; the
//! ticket id, customer name and link lifetime are filled in when the runner
//! renders ([`RENDER_VARS`]), so a step runs once even when it opens the
//! ticket. The same inputs always give the same outputs, which is
//! what lets a restart resume exactly from the saved [`State`].

use crate::detect::{Band, Detection, Integration, SecretKind};
use crate::domain::{Locale, Timestamp, VerifyClass};
use crate::prompts::PromptId;

use super::action::{
    Action, Button, ButtonId, CloseReason, Flag, HandOffReason, StaffNotice, TimelineEntry, Vars,
};
use super::event::{Event, OutreachReason, RevokeReason, TimerKind, VerifyOutcome};
use super::intent::{self, Intent, Topic};
use super::lang;
use super::owner;
use super::reason::{self, Reason};
use super::state::{Stage, State, Step, Verified};
use super::timeline::{event_kind, event_note};
use super::view::{buttons_for, hint_for, link_or_human, prompt_for, stage_tag, with_human};

/// Durations and display strings the runner configures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// Quiet time before the one reminder.
    pub reminder_after_ms: i64,
    /// Quiet time after the reminder (or after asking for a rating) before
    /// the ticket closes.
    pub close_after_ms: i64,
}

/// Placeholders the runner fills as it renders, from the ticket (`ticket_id`,
/// `customer`) and its settings (`link_expiry`); the engine leaves them out.
pub const RENDER_VARS: [&str; 3] = ["customer", "ticket_id", "link_expiry"];

impl Default for Settings {
    fn default() -> Self {
        Settings {
            reminder_after_ms: 2 * 60 * 60 * 1000,
            close_after_ms: 24 * 60 * 60 * 1000,
        }
    }
}

/// Everything the engine needs from outside for one step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ctx {
    /// Unix time in milliseconds.
    pub now_ms: i64,
    pub settings: Settings,
    /// The customer's ticket closed within the last day, if any: a new
    /// complaint about the same integration is linked to it.
    pub previous: Option<PreviousTicket>,
}

/// A recently closed ticket of the same customer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PreviousTicket {
    pub ticket_id: String,
    /// When it closed. The engine passes it as milliseconds; the runner
    /// says it in the reply's language (`moment_day`).
    pub closed_on: Timestamp,
    pub integration: Integration,
    /// It ended with a verified reconnect (the key was rotated).
    pub rotated: bool,
}

/// The result of one step: the state to save, what to do, what to log.
#[derive(Debug, Clone, PartialEq)]
pub struct Transition {
    pub state: State,
    pub actions: Vec<Action>,
    pub timeline: Vec<TimelineEntry>,
}

/// Applies one event to a conversation.
pub fn step(state: &State, event: &Event, ctx: &Ctx) -> Transition {
    let mut engine = Engine {
        s: state.clone(),
        out: Vec::new(),
        notes: Vec::new(),
        ctx,
    };
    match event {
        Event::Message {
            text,
            message_id,
            detection,
        } => engine.on_message(text, message_id, detection),
        Event::Button { id } => {
            // Buttons from other bots or tampered ids are ignored.
            if let Some((id, at)) = ButtonId::parse_tagged(id) {
                engine.on_button(id, at);
            }
        }
        Event::LinkOpened => engine.s.link_opened = true,
        Event::FormSubmitted => engine.on_form_submitted(),
        Event::Verification(outcome) => engine.on_verification(outcome),
        Event::ReconnectDone { fingerprint } => engine.on_reconnect_done(fingerprint.as_deref()),
        Event::Timer { kind, generation } => engine.on_timer(*kind, *generation),
        Event::StaffHandOff { staff } => engine.on_hand_off(staff),
        Event::StaffHandBack => engine.on_hand_back(),
        Event::StaffClose => engine.on_staff_close(),
        Event::LinkRevoked { reason } => engine.on_link_revoked(*reason),
        Event::Outreach { reason } => engine.on_outreach(reason),
    }
    engine.reschedule(state, event);
    if engine.s.stage == Stage::Idle && !engine.s.ticket {
        // No conversation to keep a language for: a fresh state.
        engine.s.locale = Locale::En;
    }
    let stage = engine.s.stage.name();
    let mut timeline = vec![TimelineEntry {
        at_ms: ctx.now_ms,
        event: event_kind(event).to_string(),
        note: event_note(event),
        stage: stage.clone(),
    }];
    timeline.extend(engine.notes.drain(..).map(|(event, note)| TimelineEntry {
        at_ms: ctx.now_ms,
        event: event.to_string(),
        note,
        stage: stage.clone(),
    }));
    Transition {
        state: engine.s,
        actions: engine.out,
        timeline,
    }
}

struct Engine<'c> {
    s: State,
    out: Vec<Action>,
    /// Extra timeline lines (kind, note): hand-off reasons, cancellations.
    notes: Vec<(&'static str, String)>,
    ctx: &'c Ctx,
}

impl<'c> Engine<'c> {
    // ----- events -------------------------------------------------------

    fn on_message(&mut self, text: &str, message_id: &str, det: &Detection) {
        if self.on_language(text, det) {
            return;
        }
        // Safety first, in every stage: a key in chat is removed and rotated.
        if !det.secrets.is_empty() {
            self.on_leak(message_id, det);
            return;
        }
        match self.s.stage.clone() {
            Stage::Idle => self.on_first_message(text, det),
            Stage::Confirming { integration } => self.on_confirming(text, det, integration),
            Stage::ExposureElsewhere => self.on_exposure_elsewhere(text, det),
            // A human owns it, or it is over: the bot stays silent.
            Stage::Escalated { .. } | Stage::Closed { .. } => {}
            stage => {
                if exposure_mentioned(text, det) && !self.s.exposed {
                    // Described in words mid-ticket: flag it; the steps
                    // under way replace the key anyway.
                    self.s.exposed = true;
                    self.out.push(Action::SetFlag(Flag::Exposed));
                    self.notes
                        .push(("exposed", "described in words".to_string()));
                }
                let mut intent = lang::classify(text, det, self.s.integration);
                if stage == Stage::ChoosingIntegration
                    && !matches!(
                        intent,
                        Intent::Integration(_) | Intent::Human | Intent::Cancel
                    )
                    && det.integration != Integration::Unknown
                {
                    intent = Intent::Integration(pick_failing(text, det));
                }
                // "is it safe?" with the link just sent is about the link.
                if stage.link_at_hand()
                    && intent == Intent::Question(Topic::Other)
                    && intent::asks_if_safe(text)
                {
                    intent = Intent::Question(Topic::LinkSafe);
                }
                // "The link isn't working" with the link out: a fresh link,
                // not the checklist about the key ("I pasted the key in the
                // link and it still isn't working" is that).
                if stage == Stage::AwaitingForm
                    && intent == Intent::StillBroken
                    && lang::about_the_link(det.locale, text)
                {
                    intent = Intent::Link;
                }
                // "ok my admin did it, we have the new key" at step 1: the
                // reset (step 2) is done too, so on to the link.
                if stage == (Stage::Walkthrough { step: Step::LogIn })
                    && intent == Intent::Done
                    && intent::has_new_key(text)
                {
                    return self.advance(Step::ResetKey);
                }
                self.on_intent(intent);
            }
        }
    }

    /// Takes the message's language as the conversation's. A switch inside
    /// a ticket is noted for staff; a message that only asks for another
    /// language ("English please") gets the current step again, in it.
    /// Returns whether the message is fully handled.
    fn on_language(&mut self, text: &str, det: &Detection) -> bool {
        let before = self.s.locale;
        self.s.locale = det.locale;
        if before == det.locale || !self.s.ticket {
            return false;
        }
        self.notes.push((
            "language",
            format!("{} -> {}", before.english_name(), det.locale.english_name()),
        ));
        if lang::requested(text).is_some() && self.s.bot_active() && det.secrets.is_empty() {
            self.present();
            return true;
        }
        false
    }

    fn on_button(&mut self, id: ButtonId, at: Option<&str>) {
        if id == ButtonId::NoReminders {
            return self.on_no_reminders();
        }
        let intent = match id {
            ButtonId::NoReminders => return,
            ButtonId::Done => Intent::Done,
            ButtonId::Stuck => Intent::Stuck,
            ButtonId::Human => Intent::Human,
            ButtonId::Link => Intent::Link,
            ButtonId::Manual => Intent::Manual,
            ButtonId::Yes => Intent::Yes,
            ButtonId::No => Intent::No,
            ButtonId::Back => Intent::Back,
            ButtonId::Fixed => Intent::WorksNow,
            ButtonId::Integration(i) => Intent::Integration(i),
            ButtonId::Rate(n) => Intent::Rating(n),
        };
        // A button from an earlier step (its tag names another stage) never
        // moves the conversation: say where things stand instead.
        let stale = at.is_some_and(|tag| tag != stage_tag(&self.s.stage));
        match self.s.stage.clone() {
            // No open conversation: the button belongs to a closed ticket or
            // to a question that has lapsed. It never opens a ticket.
            Stage::Idle => self.send(PromptId::StaleButtonClosed, vec![], vec![]),
            Stage::Confirming { integration } if !stale => match intent {
                Intent::Yes => self.complaint(integration),
                Intent::No => self.decline(),
                Intent::Human => self.escalate(HandOffReason::CustomerAsked),
                _ => {}
            },
            Stage::ExposureElsewhere if !stale => match intent {
                Intent::Yes => self.own_key_exposed(),
                Intent::No => self.decline(),
                _ => {}
            },
            Stage::Escalated { .. } | Stage::Closed { .. } => {}
            _ if stale => {
                self.send(PromptId::StaleButton, vec![], vec![]);
                self.present();
            }
            _ => self.on_intent(intent),
        }
    }

    fn on_form_submitted(&mut self) {
        // After a verified reconnect the link is consumed; a late duplicate
        // submission must not pull the ticket back to "verifying".
        if self.s.bot_active() && self.s.verified.is_none() {
            self.s.stage = Stage::Verifying;
        }
    }

    fn on_verification(&mut self, outcome: &VerifyOutcome) {
        self.s.last_failure = match outcome {
            VerifyOutcome::Verified { .. } => None,
            failed => Some(failed.class()),
        };
        if let VerifyOutcome::Verified { user, fingerprint } = outcome {
            self.s.verified = Some(Verified {
                user: user.clone(),
                fingerprint: fingerprint.clone(),
            });
            self.out.push(Action::NotifyStaff(StaffNotice::Reconnected {
                user: user.clone(),
                fingerprint: fingerprint.clone(),
            }));
            if self.s.bot_active() {
                let vars = vec![("user", user.clone()), ("fingerprint", fingerprint.clone())];
                self.send(PromptId::Reconnected, vars, vec![]);
                self.go(Stage::Rating);
            }
            return;
        }
        if outcome != &VerifyOutcome::Locked {
            self.s.failed_verifications += 1;
        }
        if !self.s.bot_active() {
            return;
        }
        // The specific outcome first, then what to do about it. Only the
        // customer-fixable outcomes get the article's checklist; busy,
        // unavailable and billing are not about the key.
        let (prompt, vars, checklist) = match outcome {
            VerifyOutcome::KeyRejected => (PromptId::VerifyKeyRejected, vec![], true),
            VerifyOutcome::NoPermission => (PromptId::VerifyNoPermission, vec![], true),
            VerifyOutcome::WrongUrl => (PromptId::VerifyWrongUrl, vec![], true),
            VerifyOutcome::Billing => (PromptId::VerifyBilling, vec![], false),
            VerifyOutcome::Busy {
                retry_after_secs: Some(secs),
            } => (
                PromptId::VerifyBusyRetry,
                vec![("retry_after_secs", secs.to_string())],
                false,
            ),
            VerifyOutcome::Busy {
                retry_after_secs: None,
            } => (PromptId::VerifyBusy, vec![], false),
            VerifyOutcome::Unavailable => (PromptId::VerifyUnavailable, vec![], false),
            VerifyOutcome::Unexpected => (PromptId::VerifyUnexpected, vec![], false),
            VerifyOutcome::Locked => {
                self.s.stage = Stage::Walkthrough {
                    step: Step::SecureLink,
                };
                self.send(PromptId::LinkLocked, vec![], link_or_human());
                return;
            }
            VerifyOutcome::Verified { .. } => return,
        };
        // A failed check leaves the link usable, so the form is still open.
        // The checklist comes with the first customer-fixable failure; after
        // that, repeating it would bury the new explanation.
        if checklist && self.s.failed_verifications == 1 {
            self.s.checklist_shown = true;
            self.send(prompt, vars, vec![]);
            self.s.stage = Stage::Troubleshooting {
                resume: Box::new(Stage::AwaitingForm),
            };
            self.present();
        } else {
            self.s.stage = Stage::AwaitingForm;
            self.send(prompt, vars, buttons_for(&Stage::AwaitingForm));
        }
    }

    fn on_reconnect_done(&mut self, fingerprint: Option<&str>) {
        if self.s.verified.is_some() {
            return; // Already reported through the form.
        }
        let fingerprint = fingerprint.unwrap_or_default().to_string();
        self.s.verified = Some(Verified {
            user: String::new(),
            fingerprint: fingerprint.clone(),
        });
        self.out.push(Action::NotifyStaff(StaffNotice::Reconnected {
            user: String::new(),
            fingerprint,
        }));
        if self.s.bot_active() {
            self.send(PromptId::GladFixed, vec![], vec![]);
            self.go(Stage::Rating);
        }
    }

    fn on_timer(&mut self, kind: TimerKind, generation: u64) {
        // Any activity bumps the generation, so an older timer is stale.
        if generation != self.s.timer_generation || !self.s.bot_active() {
            return;
        }
        match kind {
            TimerKind::Reminder => {
                if self.s.reminded || self.s.stage == Stage::Rating {
                    return;
                }
                self.s.reminded = true;
                self.send(PromptId::Reminder, vec![], buttons_for(&self.s.stage));
                self.out.push(Action::ScheduleTimer {
                    kind: TimerKind::InactivityClose,
                    at_ms: self
                        .ctx
                        .now_ms
                        .saturating_add(self.ctx.settings.close_after_ms),
                    generation,
                });
            }
            TimerKind::InactivityClose => {
                // After a reconnect the customer has had their answer: close
                // quietly. Otherwise say why the ticket closes.
                if self.s.stage == Stage::Rating {
                    self.close(self.done_reason());
                } else {
                    self.send(PromptId::ClosedInactive, vec![], vec![]);
                    self.close(CloseReason::Inactivity);
                }
            }
        }
    }

    fn on_hand_off(&mut self, staff: &str) {
        let resume = match &self.s.stage {
            Stage::Closed { .. } => return,
            Stage::Escalated { resume, .. } => resume.clone(),
            other => Box::new(resumable(other)),
        };
        self.s.ticket = true;
        self.s.assignee = Some(staff.to_string());
        self.s.stage = Stage::Escalated {
            staff: Some(staff.to_string()),
            resume,
        };
        self.send(
            PromptId::StaffJoined,
            vec![("staff", staff.to_string())],
            vec![],
        );
    }

    fn on_hand_back(&mut self) {
        self.s.assignee = None;
        if let Stage::Escalated { resume, .. } = &self.s.stage {
            self.s.stage = (**resume).clone();
            self.send(PromptId::HandedBack, vec![], vec![]);
            self.present();
        }
    }

    fn on_staff_close(&mut self) {
        if matches!(self.s.stage, Stage::Closed { .. }) {
            return;
        }
        self.send(PromptId::ClosedStaff, vec![], vec![]);
        self.close(CloseReason::Staff);
    }

    fn on_link_revoked(&mut self, reason: RevokeReason) {
        if !matches!(self.s.stage, Stage::AwaitingForm | Stage::Verifying) {
            return;
        }
        let prompt = match reason {
            RevokeReason::Expired => PromptId::LinkExpired,
            RevokeReason::Staff => PromptId::LinkRevoked,
        };
        self.s.stage = Stage::Walkthrough {
            step: Step::SecureLink,
        };
        self.send(prompt, vec![], link_or_human());
    }

    /// A message held a secret: delete it, warn privately (fingerprint only),
    /// flag the ticket, tell staff, and rotate at once.
    fn on_leak(&mut self, message_id: &str, det: &Detection) {
        self.out.push(Action::DeleteMessage {
            message_id: message_id.to_string(),
        });
        let fingerprints: Vec<String> = det.secrets.iter().map(|s| s.fingerprint.clone()).collect();
        let fingerprint = fingerprints.join(", ");
        let stripe_only = det.secrets.iter().all(|s| s.kind == SecretKind::StripeKey);
        let private = if stripe_only {
            PromptId::LeakStripePrivate
        } else {
            PromptId::LeakPrivate
        };
        self.s.exposed = true;

        // With a human in charge (or the ticket over) only the safety part
        // runs: the human decides what happens next.
        if matches!(self.s.stage, Stage::Escalated { .. } | Stage::Closed { .. }) {
            if !stripe_only {
                // The exposed key may be the verified one: not resolved.
                self.s.verified = None;
            }
            self.flag_leak(fingerprints);
            self.send_private(private, vec![("fingerprint", fingerprint)]);
            return;
        }

        let had_ticket = self.s.ticket;
        if !stripe_only {
            self.s.integration = Integration::ActiveCampaign;
        }
        self.open_ticket();
        self.flag_leak(fingerprints);
        self.send_private(private, vec![("fingerprint", fingerprint)]);
        // A Stripe key has no secure form to go to: Stripe signs in.
        let notice = if stripe_only {
            PromptId::LeakNoticeStripe
        } else {
            PromptId::LeakNotice
        };
        self.send(notice, vec![], vec![]);

        if stripe_only {
            // Rekey cannot rotate a Stripe key; a human follows up.
            if !had_ticket {
                self.escalate(HandOffReason::StripeKeyLeaked);
            }
            return;
        }
        // The exposed key may be the new one that was just verified: the
        // ticket is no longer resolved until another key is verified.
        self.s.verified = None;
        let step = if self.s.stage.past_login() {
            Step::ResetKey
        } else {
            Step::LogIn
        };
        self.go(Stage::Walkthrough { step });
    }

    /// Rekey speaks first: a ticket, one staff line saying why, the message
    /// saying what was seen, then the walk-through. A conversation that
    /// already has a ticket is left alone (the runner does not reach out
    /// while one is open).
    fn on_outreach(&mut self, reason: &OutreachReason) {
        if self.s.ticket {
            return;
        }
        self.s.integration = Integration::ActiveCampaign;
        self.s.ticket = true;
        self.out.push(Action::OpenTicket);
        self.out.push(Action::OpenPrivatePlace);
        self.out.push(Action::NotifyStaff(StaffNotice::Outreach {
            reason: reason.clone(),
        }));
        let (prompt, vars) = match reason {
            OutreachReason::Failing { class, since } => {
                let prompt = match class.parse::<VerifyClass>() {
                    Ok(VerifyClass::KeyRejected) => PromptId::OutreachKeyRejected,
                    Ok(VerifyClass::NoPermission) => PromptId::OutreachNoPermission,
                    Ok(VerifyClass::WrongUrl) => PromptId::OutreachWrongUrl,
                    Ok(VerifyClass::Billing) => PromptId::OutreachBilling,
                    _ => PromptId::OutreachUnavailable,
                };
                (prompt, vec![("since", since.clone())])
            }
            OutreachReason::Stale { age } => {
                let stop = Button {
                    id: ButtonId::NoReminders,
                    label: PromptId::BtnNoReminders,
                    // Right at any stage: the reminder stays answerable.
                    at: None,
                };
                self.send(
                    PromptId::OutreachStale,
                    vec![("age", age.clone())],
                    vec![stop],
                );
                return self.go(Stage::Walkthrough { step: Step::LogIn });
            }
            OutreachReason::StaffAsked { reason } => {
                (PromptId::OutreachAsked, vec![("reason", reason.clone())])
            }
        };
        self.send(prompt, vars, vec![]);
        self.go(Stage::Walkthrough { step: Step::LogIn });
    }

    /// "Don't remind me": remembered by the runner; the reminder's ticket
    /// closes unless the customer is already further along.
    fn on_no_reminders(&mut self) {
        if matches!(self.s.stage, Stage::Escalated { .. } | Stage::Closed { .. }) {
            return;
        }
        self.out.push(Action::StopReminders);
        self.send(PromptId::RemindersOff, vec![], vec![]);
        self.close(CloseReason::Declined);
    }

    // ----- intents ------------------------------------------------------

    fn on_first_message(&mut self, text: &str, det: &Detection) {
        if det.locale == Locale::En
            && reason::key_without_context(text, det, det.exposure_mentioned)
        {
            return; // a house key or a keynote: nothing for us
        }
        // "Our github token was committed": no ActiveCampaign key to
        // rotate, so no ticket; the customer is told to change it where
        // it was issued, and asked whether theirs got out too.
        if det.exposure_mentioned && owner::someone_elses(text, det) {
            return self.go(Stage::ExposureElsewhere);
        }
        // "How often should I rotate?", "why only ActiveCampaign?": the
        // article answers these; answer instead of starting the steps.
        if det.band != Band::Act
            && det.secrets.is_empty()
            && lang::about_integrations(det.locale, text)
            && let Intent::Question(topic) = lang::parse(det.locale, text)
            // "Why does my sync keep failing?" is a complaint first.
            && topic != Topic::KeepsBreaking
            && let Some(prompt) = article_answer(topic)
        {
            self.send(prompt, vec![], vec![]);
            return;
        }
        let integration = if intent::named_integrations(text).len() >= 2 {
            // Several named: the failing one, else ask with buttons.
            intent::failing_integration(text).unwrap_or(Integration::Unknown)
        } else {
            det.integration
        };
        // (Another product's leak has had its answer above: any exposure
        // left is possibly the customer's own.)
        let offer = match lang::reason_of(text, det, det.exposure_mentioned) {
            Reason::Exposed => {
                self.s.exposed = true;
                Some(if reason::password_only(det) {
                    PromptId::RotationOfferExposedPassword
                } else {
                    PromptId::RotationOfferExposed
                })
            }
            Reason::SupportAsked => Some(PromptId::RotationOfferSupport),
            Reason::Routine => Some(PromptId::RotationOffer),
            Reason::Trouble => None,
        };
        if let Some(offer) = offer
            && !matches!(integration, Integration::Keap | Integration::Stripe)
        {
            return self.offer_rotation(offer);
        }
        match det.band {
            Band::Act => self.complaint_said(integration, text),
            // Back within a day about the same integration ("activecampaign
            // is still not syncing"): it is the same problem again, so the
            // confirming question would only slow the customer down.
            Band::Ask if self.previous_about(integration).is_some() => self.complaint(integration),
            Band::Ask => {
                self.s.stage = Stage::Confirming { integration };
                if det.complaint && integration.is_supported() {
                    // "activecampaign stopped syncing": the message says
                    // what is wrong, so the question names it instead of
                    // asking whether anything is.
                    let vars = vec![("integration", integration.as_str().to_owned())];
                    let buttons = buttons_for(&self.s.stage);
                    self.send(PromptId::ConfirmNamed, vars, buttons);
                } else {
                    self.present();
                }
            }
            Band::Ignore if offer.is_some() => self.complaint(integration),
            Band::Ignore => {}
        }
    }

    fn on_intent(&mut self, intent: Intent) {
        match intent {
            Intent::Human => return self.escalate(HandOffReason::CustomerAsked),
            // Politeness needs no answer; replying "didn't catch that" to a
            // thank-you would be rude.
            Intent::Thanks => return,
            Intent::Cancel => return self.cancel(),
            Intent::Question(topic) if self.s.stage != Stage::Rating => {
                return self.answer(topic);
            }
            Intent::NewProblem if self.s.stage != Stage::Rating => {
                let mut buttons = buttons_for(&self.s.stage);
                with_human(&mut buttons);
                return self.send(PromptId::NewProblem, vec![], buttons);
            }
            _ => {}
        }
        match self.s.stage.clone() {
            Stage::ChoosingIntegration => match intent {
                Intent::Integration(i) if i != Integration::Unknown => self.choose(i),
                _ => self.clarify(),
            },
            Stage::Walkthrough { step } => match intent {
                Intent::Done | Intent::Yes => self.advance(step),
                Intent::Stuck => self.still_broken(),
                // Still broken half-way through: finishing the steps is the
                // fix, so say so once; the next time a person takes over.
                Intent::StillBroken if step != Step::SecureLink && self.s.still_broken == 0 => {
                    self.s.still_broken += 1;
                    self.send(PromptId::AlreadyOpen, vec![], vec![]);
                    self.present();
                }
                Intent::StillBroken => self.still_broken(),
                Intent::WorksNow => self.confirm_fixed(),
                Intent::Link => self.issue_link(),
                Intent::Manual => self.go(Stage::Manual),
                Intent::Back => self.back(),
                Intent::Integration(
                    i @ (Integration::Keap | Integration::Stripe | Integration::Other),
                ) => self.choose(i),
                _ => self.clarify(),
            },
            Stage::Manual => match intent {
                // Only a plain "it works" resolves; "did it" asks first.
                Intent::WorksNow => self.fixed_by_customer(),
                Intent::Done | Intent::Yes => self.confirm_fixed(),
                Intent::Link => self.issue_link(),
                Intent::Stuck | Intent::StillBroken => self.still_broken(),
                Intent::Back => self.back(),
                _ => self.clarify(),
            },
            Stage::AwaitingForm | Stage::Verifying => match intent {
                Intent::Done | Intent::Yes => {
                    self.send(PromptId::AwaitingForm, vec![], buttons_for(&self.s.stage));
                }
                Intent::Link => self.issue_link(),
                Intent::Stuck | Intent::StillBroken => self.still_broken(),
                Intent::Back => self.back(),
                // Not verified yet: ask before treating it as fixed.
                Intent::WorksNow => self.confirm_fixed(),
                Intent::Manual => self.go(Stage::Manual),
                _ => self.clarify(),
            },
            Stage::Troubleshooting { resume } => match intent {
                // Still stuck after the checklist: time for a human.
                Intent::Stuck | Intent::StillBroken | Intent::No => {
                    self.s.still_broken += 1;
                    self.escalate(HandOffReason::StillStuck);
                }
                Intent::Back | Intent::Done | Intent::Yes => self.go(*resume),
                Intent::Link => self.issue_link(),
                Intent::WorksNow => {
                    self.s.stage = Stage::ConfirmingFixed { resume };
                    self.present();
                }
                Intent::Manual => self.go(Stage::Manual),
                _ => self.clarify(),
            },
            Stage::ConfirmingFixed { resume } => match intent {
                Intent::Yes | Intent::WorksNow => self.fixed_by_customer(),
                Intent::No | Intent::Back => self.go(*resume),
                Intent::Stuck | Intent::StillBroken => {
                    self.s.stage = *resume;
                    self.still_broken();
                }
                _ => self.clarify(),
            },
            Stage::OAuth { integration } => match intent {
                Intent::WorksNow => self.fixed_by_customer(),
                Intent::Done | Intent::Yes => self.confirm_fixed(),
                // The first time, the OAuth checklist; then a person.
                Intent::Stuck | Intent::StillBroken | Intent::No => {
                    self.s.still_broken += 1;
                    if self.s.still_broken >= 2 || self.s.checklist_shown {
                        self.escalate(HandOffReason::StillStuck);
                    } else {
                        self.oauth_checklist(integration);
                    }
                }
                Intent::Back => self.back(),
                Intent::Integration(i) if i != Integration::Unknown && i != integration => {
                    self.choose(i);
                }
                _ => self.clarify(),
            },
            Stage::OutOfScope => match intent {
                Intent::Yes => self.escalate(HandOffReason::CustomerAsked),
                Intent::No => {
                    self.send(PromptId::ConfirmDeclined, vec![], vec![]);
                    self.close(CloseReason::Declined);
                }
                Intent::Integration(i) if i != Integration::Unknown => self.choose(i),
                Intent::Back => self.back(),
                _ => self.clarify(),
            },
            Stage::Rating => match intent {
                Intent::Rating(n) => {
                    self.s.rating = Some(n);
                    self.send(PromptId::RatingThanks, vec![], vec![]);
                    self.close(self.done_reason());
                }
                // Verified, yet still broken: the key is not the problem,
                // so the key checklist would not help; a person does.
                Intent::Stuck | Intent::StillBroken => {
                    self.s.still_broken += 1;
                    self.escalate(HandOffReason::BrokenAfterReconnect);
                }
                // Don't nag: anything else waits for the close timer.
                _ => {}
            },
            Stage::Idle
            | Stage::Confirming { .. }
            | Stage::ExposureElsewhere
            | Stage::Escalated { .. }
            | Stage::Closed { .. } => {}
        }
    }

    /// "Still broken" (or "I'm stuck"): the article's checklist once, and
    /// a person the next time — never the same reply in a loop.
    fn still_broken(&mut self) {
        self.s.still_broken += 1;
        if self.s.still_broken >= 2 || self.s.checklist_shown {
            self.escalate(HandOffReason::StillStuck);
        } else {
            self.troubleshoot();
        }
    }

    /// Answers one of the article's questions in a sentence or two, then
    /// carries on from the current step (its buttons come along).
    fn answer(&mut self, topic: Topic) {
        let mut buttons = buttons_for(&self.s.stage);
        let prompt = match (topic, article_answer(topic)) {
            // The cause the answer names is ActiveCampaign's key reset;
            // an OAuth connection breaks for other reasons.
            (Topic::KeepsBreaking, _)
                if matches!(self.s.stage, Stage::OAuth { .. } | Stage::OutOfScope) =>
            {
                with_human(&mut buttons);
                PromptId::CantAnswer
            }
            // At the secure-link step or with a link out, the link is
            // here and now, not "at step 3".
            (Topic::PasteHere, _) if self.s.stage.link_at_hand() => PromptId::AnswerPasteHereLink,
            // "Can I do this later?": the ticket waits; a link out expires.
            (Topic::Later, _) if self.s.stage == Stage::AwaitingForm => PromptId::AnswerLaterLink,
            (Topic::Later, _) if self.s.ticket => PromptId::AnswerLater,
            // "Can you call me?": only this chat, and a person in it.
            (Topic::Contact, _) => {
                with_human(&mut buttons);
                PromptId::AnswerContact
            }
            (_, Some(prompt)) => prompt,
            // Before a ticket ("is one of your integrations having
            // trouble?"): no step to point at and nothing removed yet (a
            // pasted key opens a ticket at once), so the question again,
            // with a way to a person. No ticket until the customer says yes.
            (_, None) if matches!(self.s.stage, Stage::Confirming { .. }) => {
                with_human(&mut buttons);
                PromptId::ConfirmQuestion
            }
            (Topic::Where, None) => match hint_for(&self.s.stage) {
                Some(hint) => hint,
                // The stage's own message says how ("how do I reconnect
                // it?" at the OAuth steps): show it again.
                None => return self.present(),
            },
            (Topic::Removed, None) => PromptId::AnswerMessageRemoved,
            // "What do I do now?": the step again.
            (Topic::NextStep, None) => return self.present(),
            (_, None) => {
                with_human(&mut buttons);
                PromptId::CantAnswer
            }
        };
        self.send(prompt, vec![], buttons);
    }

    /// The customer wants to stop: close politely, revoke any live link,
    /// and record why on the ticket.
    fn cancel(&mut self) {
        if !self.s.ticket {
            return;
        }
        self.send(PromptId::CancelledByCustomer, vec![], vec![]);
        self.out.push(Action::RevokeLinks);
        self.notes
            .push(("cancelled", "cancelled by customer".to_string()));
        self.close(CloseReason::Cancelled);
    }

    /// One step back, shown again.
    fn back(&mut self) {
        let previous = match &self.s.stage {
            Stage::Walkthrough { step: Step::LogIn } => Stage::Walkthrough { step: Step::LogIn },
            Stage::Walkthrough {
                step: Step::ResetKey,
            } => Stage::Walkthrough { step: Step::LogIn },
            Stage::Walkthrough {
                step: Step::SecureLink,
            }
            | Stage::Manual
            | Stage::AwaitingForm
            | Stage::Verifying => Stage::Walkthrough {
                step: Step::ResetKey,
            },
            Stage::Troubleshooting { resume } | Stage::ConfirmingFixed { resume } => {
                (**resume).clone()
            }
            Stage::OAuth { .. } | Stage::OutOfScope => Stage::ChoosingIntegration,
            _ => return self.clarify(),
        };
        self.send(PromptId::GoingBack, vec![], vec![]);
        self.go(previous);
    }

    /// An unclear reply ("ok", "hmm"): one short question with the stage's
    /// buttons. It never advances, closes or resolves anything.
    fn clarify(&mut self) {
        self.send(PromptId::NotUnderstood, vec![], buttons_for(&self.s.stage));
    }

    // ----- moves --------------------------------------------------------

    /// A confirmed complaint: open the ticket and branch on the integration.
    fn complaint(&mut self, integration: Integration) {
        self.s.integration = integration;
        self.open_ticket();
        match integration {
            Integration::ActiveCampaign => {
                self.send(PromptId::ComplaintAck, vec![], vec![]);
                self.go(Stage::Walkthrough { step: Step::LogIn });
            }
            Integration::Unknown => {
                self.send(PromptId::AskIntegration, vec![], vec![]);
                self.go(Stage::ChoosingIntegration);
            }
            other => self.choose(other),
        }
    }

    /// [`Self::complaint`], in the customer's words: "I reconnected Keap but
    /// orders still aren't coming in" has done the OAuth steps already, so
    /// it gets what comes after them (the checklist) instead of the steps.
    fn complaint_said(&mut self, integration: Integration, text: &str) {
        if !matches!(integration, Integration::Keap | Integration::Stripe)
            || !intent::already_reconnected(text)
        {
            return self.complaint(integration);
        }
        self.s.integration = integration;
        self.open_ticket();
        self.s.stage = Stage::OAuth { integration };
        self.s.still_broken = 1;
        self.oauth_checklist(integration);
    }

    /// What comes after the OAuth steps when they did not help: sign in as
    /// the owner, approve every permission, reconnect once more.
    fn oauth_checklist(&mut self, integration: Integration) {
        self.s.checklist_shown = true;
        let vars = vec![("integration", integration.as_str().into())];
        self.send(PromptId::OAuthChecklist, vars, buttons_for(&self.s.stage));
    }

    fn choose(&mut self, integration: Integration) {
        self.s.integration = integration;
        match integration {
            Integration::ActiveCampaign => self.go(Stage::Walkthrough { step: Step::LogIn }),
            Integration::Keap | Integration::Stripe => self.go(Stage::OAuth { integration }),
            Integration::Other => self.go(Stage::OutOfScope),
            Integration::Unknown => self.go(Stage::ChoosingIntegration),
        }
    }

    /// Opens an ActiveCampaign ticket (flagged if the key is exposed) and
    /// starts the steps with `offer`, which says why.
    fn offer_rotation(&mut self, offer: PromptId) {
        self.s.integration = Integration::ActiveCampaign;
        self.open_ticket();
        if self.s.exposed {
            self.out.push(Action::SetFlag(Flag::Exposed));
        }
        self.send(offer, vec![], vec![]);
        self.go(Stage::Walkthrough { step: Step::LogIn });
    }

    /// A reply to the one confirming question of a borderline first
    /// message (no ticket yet), which named `asked` when it could.
    fn on_confirming(&mut self, text: &str, det: &Detection, asked: Integration) {
        // The product this message names, else the one named before.
        let named = pick(det.integration, asked);
        match lang::parse(det.locale, text) {
            // "i did it but it still says disconnected" answers the
            // question as surely as "yes".
            Intent::Yes | Intent::Done | Intent::StillBroken => self.complaint(named),
            // "can u just fix it for me?": help with it, so yes.
            _ if intent::asks_to_fix(text) => self.complaint(named),
            // Asked about a named product's trouble: "why does it keep
            // doing that?", "where do I reconnect?", "what do I do?" want
            // the steps (and the cause the article gives is
            // ActiveCampaign's, not Keap's or Stripe's).
            Intent::Question(Topic::KeepsBreaking | Topic::Where | Topic::NextStep)
                if named.is_supported() =>
            {
                self.complaint(named)
            }
            Intent::No => self.decline(),
            Intent::Human => self.escalate(HandOffReason::CustomerAsked),
            // "ok", "hmm": the yes/no question stands; one short question
            // with its buttons, not the greeting again.
            _ if lang::is_acknowledgement(det.locale, text) => self.clarify(),
            // "Which key do I need?", "what do you mean?": a question put
            // to the bot while it waits on its own gets an answer, and its
            // question stands; never silence. A complaint asked as a
            // question ("why did my sync stop?") reads on below. So is one
            // the detector only half reads as trouble ("wait what's an api
            // key", in the `ask` band for its key words).
            intent
                if (det.band == Band::Ignore || !det.complaint)
                    && !det.rotation_request
                    && (matches!(intent, Intent::Question(_) | Intent::Stuck)
                        || text.contains('?')) =>
            {
                let topic = match intent {
                    Intent::Question(topic) => topic,
                    _ => Topic::Other,
                };
                self.answer(topic)
            }
            // Anything else is a fresh message: chatter leaves the
            // question standing, a clear complaint opens a ticket.
            _ if det.band == Band::Ignore && !det.rotation_request => {}
            // A second message read as a complaint: the customer is
            // describing the trouble rather than saying yes; asking the
            // same question again would only go round in circles.
            _ if det.band == Band::Ask && det.complaint => self.complaint_said(named, text),
            // A fresh first message, with the product named before when
            // this one names none.
            _ => {
                let with_named = Detection {
                    integration: named,
                    ..det.clone()
                };
                self.on_first_message(text, &with_named)
            }
        }
    }

    /// The answer to "did your ActiveCampaign key or login get out too?",
    /// asked after another product's credential leaked.
    fn on_exposure_elsewhere(&mut self, text: &str, det: &Detection) {
        // (Only a yes: "done" words such as "i'm in" answer a step.)
        match lang::parse(det.locale, text) {
            Intent::Yes => self.own_key_exposed(),
            Intent::No => self.decline(),
            Intent::Human => self.escalate(HandOffReason::CustomerAsked),
            // "our api key is in that repo too": a key of their own named
            // in the reply says yes.
            _ if owner::names_own_credential(text, det) => self.own_key_exposed(),
            _ if lang::is_acknowledgement(det.locale, text) => self.clarify(),
            // Chatter leaves the question standing; anything else is a
            // fresh message.
            _ if det.band == Band::Ignore && !det.rotation_request && !det.exposure_mentioned => {}
            _ => self.on_first_message(text, det),
        }
    }

    /// The customer's own key or login got out as well: the exposure offer.
    fn own_key_exposed(&mut self) {
        self.s.exposed = true;
        self.offer_rotation(PromptId::RotationOfferExposed);
    }

    fn decline(&mut self) {
        self.send(PromptId::ConfirmDeclined, vec![], vec![]);
        self.s.stage = Stage::Idle;
    }

    fn advance(&mut self, step: Step) {
        match step {
            Step::LogIn => self.go(Stage::Walkthrough {
                step: Step::ResetKey,
            }),
            Step::ResetKey => self.go(Stage::Walkthrough {
                step: Step::SecureLink,
            }),
            Step::SecureLink => self.issue_link(),
        }
    }

    fn issue_link(&mut self) {
        self.s.integration = Integration::ActiveCampaign;
        self.s.links_issued += 1;
        self.s.link_opened = false;
        let vars = self.fill(PromptId::LinkPrivate, vec![]);
        self.out.push(Action::IssueLink {
            prompt: PromptId::LinkPrivate,
            vars,
        });
        self.s.stage = Stage::AwaitingForm;
        self.send(
            PromptId::LinkSent,
            vec![],
            buttons_for(&Stage::AwaitingForm),
        );
    }

    fn troubleshoot(&mut self) {
        self.s.checklist_shown = true;
        let resume = Box::new(self.s.stage.clone());
        self.go(Stage::Troubleshooting { resume });
    }

    fn confirm_fixed(&mut self) {
        let resume = Box::new(self.s.stage.clone());
        self.go(Stage::ConfirmingFixed { resume });
    }

    fn fixed_by_customer(&mut self) {
        self.s.customer_confirmed = true;
        self.send(PromptId::GladFixed, vec![], vec![]);
        self.go(Stage::Rating);
    }

    fn escalate(&mut self, reason: HandOffReason) {
        self.open_ticket();
        let resume = Box::new(resumable(&self.s.stage));
        self.send(PromptId::HandoffRequested, vec![], vec![]);
        self.notes
            .push(("hand_off", format!("reason={}", reason.as_str())));
        self.out
            .push(Action::NotifyStaff(StaffNotice::HandOff { reason }));
        self.s.stage = Stage::Escalated {
            staff: None,
            resume,
        };
    }

    fn close(&mut self, reason: CloseReason) {
        let resolved = self.s.verified.is_some();
        self.out.push(Action::Close { resolved, reason });
        self.s.stage = Stage::Closed { resolved };
    }

    fn done_reason(&self) -> CloseReason {
        if self.s.verified.is_some() {
            CloseReason::Reconnected
        } else {
            CloseReason::CustomerConfirmed
        }
    }

    fn open_ticket(&mut self) {
        if self.s.ticket {
            return;
        }
        self.s.ticket = true;
        self.out.push(Action::OpenTicket);
        self.out.push(Action::OpenPrivatePlace);
        self.out.push(Action::NotifyStaff(StaffNotice::NewTicket {
            integration: self.s.integration,
            exposed: self.s.exposed,
        }));
        self.link_previous();
    }

    /// Back within a day with the same problem: say what happened last
    /// time and link the tickets, instead of starting from zero.
    fn link_previous(&mut self) {
        let Some(previous) = self.previous_about(self.s.integration) else {
            return;
        };
        let prompt = if previous.rotated {
            PromptId::ReturningRotated
        } else {
            PromptId::ReturningUnresolved
        };
        let vars = vec![
            ("previous_ticket", previous.ticket_id.clone()),
            ("closed_on", previous.closed_on.millis().to_string()),
        ];
        self.notes
            .push(("linked", format!("previous={}", previous.ticket_id)));
        self.send(prompt, vars, vec![]);
    }

    /// The customer's ticket closed within the last day, when it was about
    /// `integration` (or the message names none): the same problem again.
    fn previous_about(&self, integration: Integration) -> Option<&'c PreviousTicket> {
        self.ctx.previous.as_ref().filter(|previous| {
            previous.integration != Integration::Unknown
                && (integration == previous.integration || integration == Integration::Unknown)
        })
    }

    fn flag_leak(&mut self, fingerprints: Vec<String>) {
        self.out.push(Action::SetFlag(Flag::Exposed));
        self.out
            .push(Action::NotifyStaff(StaffNotice::LeakedKey { fingerprints }));
    }

    /// Moves to `stage` and shows it.
    fn go(&mut self, stage: Stage) {
        self.s.stage = stage;
        self.present();
    }

    /// Shows the current stage's main message with its buttons.
    fn present(&mut self) {
        if let Some((prompt, vars)) = prompt_for(&self.s.stage) {
            let buttons = buttons_for(&self.s.stage);
            self.send(prompt, vars, buttons);
        }
    }

    fn send(&mut self, prompt: PromptId, vars: Vars, buttons: Vec<Button>) {
        let vars = self.fill(prompt, vars);
        self.out.push(Action::Send {
            prompt,
            vars,
            buttons,
        });
    }

    fn send_private(&mut self, prompt: PromptId, vars: Vars) {
        let vars = self.fill(prompt, vars);
        self.out.push(Action::SendPrivate {
            prompt,
            vars,
            buttons: vec![],
        });
    }

    /// Gives `prompt` exactly its declared placeholders that are the
    /// engine's to fill: the ones passed in. ([`RENDER_VARS`] are the
    /// runner's, `link` the adapter's.)
    fn fill(&self, prompt: PromptId, given: Vars) -> Vars {
        prompt
            .placeholders()
            .iter()
            .filter_map(|&name| {
                given
                    .iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, value)| (name, value.clone()))
            })
            .collect()
    }

    /// After any event that keeps the bot in charge, restart the quiet-time
    /// clock; when the bot stops being in charge, drop the timers.
    fn reschedule(&mut self, before: &State, event: &Event) {
        if matches!(event, Event::Timer { .. }) {
            return;
        }
        if self.s.bot_active() {
            self.s.timer_generation += 1;
            self.s.reminded = false;
            let (kind, after) = if self.s.stage == Stage::Rating {
                (TimerKind::InactivityClose, self.ctx.settings.close_after_ms)
            } else {
                (TimerKind::Reminder, self.ctx.settings.reminder_after_ms)
            };
            self.out.push(Action::ScheduleTimer {
                kind,
                at_ms: self.ctx.now_ms.saturating_add(after),
                generation: self.s.timer_generation,
            });
        } else if before.bot_active() {
            self.out.push(Action::CancelTimers);
        }
    }
}

/// Where a hand-back returns to. Stages without a ticket have nothing to
/// resume, so the integration question stands in for them.
fn resumable(stage: &Stage) -> Stage {
    match stage {
        Stage::Idle
        | Stage::Confirming { .. }
        | Stage::ExposureElsewhere
        | Stage::Escalated { .. }
        | Stage::Closed { .. } => Stage::ChoosingIntegration,
        other => other.clone(),
    }
}

/// With several integrations named ("keap is fine but activecampaign stopped
/// syncing"), the one described as failing: the detector's pick, unless
/// the failure words sit next to another named integration.
fn pick_failing(text: &str, det: &Detection) -> Integration {
    intent::failing_integration(text).unwrap_or(det.integration)
}

/// The help article's answer to a question, when it has one.
fn article_answer(topic: Topic) -> Option<PromptId> {
    Some(match topic {
        Topic::NoDeveloper => PromptId::AnswerNoDeveloper,
        Topic::RotateOften => PromptId::AnswerRotateOften,
        Topic::WhyOnlyActiveCampaign => PromptId::AnswerWhyOnlyActivecampaign,
        Topic::OtherTools => PromptId::AnswerOtherTools,
        Topic::ApiUrl => PromptId::AnswerApiUrl,
        Topic::WhenBack => PromptId::AnswerWhenBack,
        Topic::OldKey => PromptId::AnswerOldKey,
        Topic::PasteHere => PromptId::AnswerPasteHere,
        Topic::KeepsBreaking => PromptId::AnswerKeepsBreaking,
        Topic::LinkSafe => PromptId::AnswerLinkSafe,
        Topic::Where
        | Topic::Removed
        | Topic::NextStep
        | Topic::Later
        | Topic::Contact
        | Topic::Other => return None,
    })
}

/// Whether the customer described their key (or login) as exposed in words
/// (shared, committed, posted, leaked): the detector's signal, unless the
/// credential is plainly another product's or system's ([`owner`]).
fn exposure_mentioned(text: &str, det: &Detection) -> bool {
    det.exposure_mentioned && !owner::someone_elses(text, det)
}

/// The detector's guess wins over the earlier one when it has one.
fn pick(now: Integration, before: Integration) -> Integration {
    if now == Integration::Unknown {
        before
    } else {
        now
    }
}
