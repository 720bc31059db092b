//! The pure state machine: `step(state, event, ctx) -> Transition`.
//!
//! No I/O, no clock, no randomness: the time and the ticket id come in
//! through [`Ctx`]. The same inputs always give the same outputs, which is
//! what lets a restart resume exactly from the saved [`State`].

use crate::detect::{Band, Detection, Integration, SecretKind};
use crate::prompts::PromptId;

use super::action::{
    Action, Button, ButtonId, CloseReason, Flag, HandOffReason, StaffNotice, TimelineEntry, Vars,
};
use super::event::{Event, RevokeReason, TimerKind, VerifyOutcome};
use super::intent::{self, Intent};
use super::state::{Stage, State, Step, Verified};
use super::timeline::{event_kind, event_note};
use super::view::{buttons_for, hint_for, link_or_human};

/// Durations and display strings the runner configures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// Quiet time before the one reminder.
    pub reminder_after_ms: i64,
    /// Quiet time after the reminder (or after asking for a rating) before
    /// the ticket closes.
    pub close_after_ms: i64,
    /// The secure link's lifetime as shown to customers, e.g. "15 minutes".
    pub link_expiry: String,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            reminder_after_ms: 2 * 60 * 60 * 1000,
            close_after_ms: 24 * 60 * 60 * 1000,
            link_expiry: "15 minutes".to_string(),
        }
    }
}

/// Everything the engine needs from outside for one step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ctx {
    /// Unix time in milliseconds.
    pub now_ms: i64,
    /// The ticket's short display id (allocated by the runner even before a
    /// ticket exists, so the opening message can name it).
    pub ticket_id: String,
    /// The customer's display name.
    pub customer: String,
    pub settings: Settings,
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
            if let Some(id) = ButtonId::parse(id) {
                engine.on_button(id);
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
    }
    engine.reschedule(state, event);
    let timeline = vec![TimelineEntry {
        at_ms: ctx.now_ms,
        event: event_kind(event).to_string(),
        note: event_note(event),
        stage: engine.s.stage.name(),
    }];
    Transition {
        state: engine.s,
        actions: engine.out,
        timeline,
    }
}

struct Engine<'c> {
    s: State,
    out: Vec<Action>,
    ctx: &'c Ctx,
}

impl Engine<'_> {
    // ----- events -------------------------------------------------------

    fn on_message(&mut self, text: &str, message_id: &str, det: &Detection) {
        // Safety first, in every stage: a key in chat is removed and rotated.
        if !det.secrets.is_empty() {
            self.on_leak(message_id, det);
            return;
        }
        match self.s.stage.clone() {
            Stage::Idle => self.on_first_message(det),
            Stage::Confirming { integration } => match intent::parse(text) {
                Intent::Yes | Intent::Done => self.complaint(pick(det.integration, integration)),
                Intent::No => self.decline(),
                Intent::Human => self.escalate(HandOffReason::CustomerAsked),
                // Anything else is a fresh message: chatter leaves the
                // question standing, a clear complaint opens a ticket.
                _ if det.band == Band::Ignore && !det.rotation_request => {}
                _ => self.on_first_message(det),
            },
            // A human owns it, or it is over: the bot stays silent.
            Stage::Escalated { .. } | Stage::Closed { .. } => {}
            stage => {
                let mut intent = intent::parse(text);
                if stage == Stage::ChoosingIntegration
                    && !matches!(intent, Intent::Integration(_) | Intent::Human)
                    && det.integration != Integration::Unknown
                {
                    intent = Intent::Integration(det.integration);
                }
                // A second complaint joins this ticket: acknowledge and
                // re-show where we are instead of starting over. After a
                // verified reconnect, a complaint means "still broken".
                if det.band == Band::Act && matches!(intent, Intent::Unknown | Intent::Stuck) {
                    if stage == Stage::Rating {
                        intent = Intent::Stuck;
                    } else {
                        self.send(PromptId::AlreadyOpen, vec![], vec![]);
                        self.present();
                        return;
                    }
                }
                self.on_intent(intent);
            }
        }
    }

    fn on_button(&mut self, id: ButtonId) {
        let intent = match id {
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
        match self.s.stage.clone() {
            // A button on a state with no pending question means the runner
            // lost the pending state (restart): honour what was pressed.
            Stage::Idle => match intent {
                Intent::Yes | Intent::Done => self.complaint(Integration::Unknown),
                Intent::Integration(i) => self.complaint(i),
                Intent::Human => self.escalate(HandOffReason::CustomerAsked),
                _ => {}
            },
            Stage::Confirming { integration } => match intent {
                Intent::Yes => self.complaint(integration),
                Intent::No => self.decline(),
                _ => {}
            },
            Stage::Escalated { .. } | Stage::Closed { .. } => {}
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
        self.send(PromptId::LeakNotice, vec![], vec![]);

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
        let step = if past_login(&self.s.stage) {
            Step::ResetKey
        } else {
            Step::LogIn
        };
        self.go(Stage::Walkthrough { step });
    }

    // ----- intents ------------------------------------------------------

    fn on_first_message(&mut self, det: &Detection) {
        if det.rotation_request && !det.complaint {
            self.s.integration = Integration::ActiveCampaign;
            self.open_ticket();
            self.send(PromptId::RotationOffer, vec![], vec![]);
            self.go(Stage::Walkthrough { step: Step::LogIn });
            return;
        }
        match det.band {
            Band::Act => self.complaint(det.integration),
            Band::Ask => {
                self.s.stage = Stage::Confirming {
                    integration: det.integration,
                };
                self.present();
            }
            Band::Ignore => {}
        }
    }

    fn on_intent(&mut self, intent: Intent) {
        match intent {
            Intent::Human => return self.escalate(HandOffReason::CustomerAsked),
            // Politeness needs no answer; replying "didn't catch that" to a
            // thank-you would be rude.
            Intent::Thanks => return,
            _ => {}
        }
        match self.s.stage.clone() {
            Stage::ChoosingIntegration => match intent {
                Intent::Integration(i) if i != Integration::Unknown => self.choose(i),
                _ => self.not_understood(),
            },
            Stage::Walkthrough { step } => match intent {
                Intent::Done | Intent::Yes => self.advance(step),
                Intent::Stuck | Intent::No => self.troubleshoot(),
                Intent::WhereIs => self.hint(),
                Intent::WorksNow => self.confirm_fixed(),
                Intent::Link => self.issue_link(),
                Intent::Manual => self.go(Stage::Manual),
                Intent::Back => self.present(),
                Intent::Integration(
                    i @ (Integration::Keap | Integration::Stripe | Integration::Other),
                ) => self.choose(i),
                _ => self.not_understood(),
            },
            Stage::Manual => match intent {
                Intent::Done | Intent::Yes | Intent::WorksNow => self.fixed_by_customer(),
                Intent::Link => self.issue_link(),
                Intent::Stuck | Intent::No => self.troubleshoot(),
                Intent::WhereIs => self.hint(),
                Intent::Back => self.go(Stage::Walkthrough {
                    step: Step::SecureLink,
                }),
                _ => self.not_understood(),
            },
            Stage::AwaitingForm | Stage::Verifying => match intent {
                Intent::Done | Intent::Yes => {
                    self.send(PromptId::AwaitingForm, vec![], buttons_for(&self.s.stage));
                }
                Intent::Link => self.issue_link(),
                Intent::Stuck | Intent::No => self.troubleshoot(),
                Intent::WhereIs | Intent::Back => self.hint(),
                // Not verified yet: ask before treating it as fixed.
                Intent::WorksNow => self.confirm_fixed(),
                Intent::Manual => self.go(Stage::Manual),
                _ => self.not_understood(),
            },
            Stage::Troubleshooting { resume } => match intent {
                // Still stuck after the checklist: time for a human.
                Intent::Stuck | Intent::No => self.escalate(HandOffReason::StillStuck),
                Intent::Back | Intent::Done | Intent::Yes => self.go(*resume),
                Intent::Link => self.issue_link(),
                Intent::WhereIs => {
                    let hint = hint_for(&resume);
                    self.send(hint, vec![], buttons_for(&self.s.stage));
                }
                Intent::WorksNow => {
                    self.s.stage = Stage::ConfirmingFixed { resume };
                    self.present();
                }
                Intent::Manual => self.go(Stage::Manual),
                _ => self.not_understood(),
            },
            Stage::ConfirmingFixed { resume } => match intent {
                Intent::Yes | Intent::Done | Intent::WorksNow => self.fixed_by_customer(),
                Intent::No | Intent::Stuck | Intent::Back => self.go(*resume),
                _ => self.not_understood(),
            },
            Stage::OAuth { .. } => match intent {
                Intent::Done | Intent::Yes | Intent::WorksNow => self.fixed_by_customer(),
                // The checklist is about API keys; OAuth trouble needs a human.
                Intent::Stuck | Intent::No => self.escalate(HandOffReason::StillStuck),
                Intent::WhereIs | Intent::Back => self.present(),
                Intent::Integration(i) if i != Integration::Unknown => self.choose(i),
                _ => self.not_understood(),
            },
            Stage::OutOfScope => match intent {
                Intent::Yes => self.escalate(HandOffReason::CustomerAsked),
                Intent::No => {
                    self.send(PromptId::ConfirmDeclined, vec![], vec![]);
                    self.close(CloseReason::Declined);
                }
                Intent::Integration(i) if i != Integration::Unknown => self.choose(i),
                _ => self.not_understood(),
            },
            Stage::Rating => match intent {
                Intent::Rating(n) => {
                    self.s.rating = Some(n);
                    self.send(PromptId::RatingThanks, vec![], vec![]);
                    self.close(self.done_reason());
                }
                // Verified, yet still broken: the key is not the problem.
                Intent::Stuck => self.escalate(HandOffReason::StillStuck),
                // Don't nag: anything else waits for the close timer.
                _ => {}
            },
            Stage::Idle
            | Stage::Confirming { .. }
            | Stage::Escalated { .. }
            | Stage::Closed { .. } => {}
        }
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

    fn choose(&mut self, integration: Integration) {
        self.s.integration = integration;
        match integration {
            Integration::ActiveCampaign => self.go(Stage::Walkthrough { step: Step::LogIn }),
            Integration::Keap | Integration::Stripe => self.go(Stage::OAuth { integration }),
            Integration::Other => self.go(Stage::OutOfScope),
            Integration::Unknown => self.go(Stage::ChoosingIntegration),
        }
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

    fn hint(&mut self) {
        let hint = hint_for(&self.s.stage);
        self.send(hint, vec![], buttons_for(&self.s.stage));
    }

    fn not_understood(&mut self) {
        self.send(PromptId::NotUnderstood, vec![], buttons_for(&self.s.stage));
    }

    fn escalate(&mut self, reason: HandOffReason) {
        self.open_ticket();
        let resume = Box::new(resumable(&self.s.stage));
        self.send(PromptId::HandoffRequested, vec![], vec![]);
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
        let prompt = match &self.s.stage {
            Stage::Confirming { .. } => PromptId::ConfirmProblem,
            Stage::ChoosingIntegration => PromptId::WhichIntegration,
            Stage::Walkthrough { step: Step::LogIn } => PromptId::StepLogin,
            Stage::Walkthrough {
                step: Step::ResetKey,
            } => PromptId::StepReset,
            Stage::Walkthrough {
                step: Step::SecureLink,
            } => PromptId::StepLink,
            Stage::Manual => PromptId::ManualSteps,
            Stage::AwaitingForm | Stage::Verifying => PromptId::HintForm,
            Stage::Troubleshooting { .. } => PromptId::Checklist,
            Stage::ConfirmingFixed { .. } => PromptId::WorksNowConfirm,
            Stage::OAuth { .. } => PromptId::OAuthReconnect,
            Stage::OutOfScope => PromptId::OtherIntegration,
            Stage::Rating => PromptId::RatingAsk,
            Stage::Idle | Stage::Escalated { .. } | Stage::Closed { .. } => return,
        };
        let vars = match &self.s.stage {
            Stage::OAuth { integration } => {
                vec![("integration", integration_name(*integration).to_string())]
            }
            _ => vec![],
        };
        let buttons = buttons_for(&self.s.stage);
        self.send(prompt, vars, buttons);
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

    /// Gives `prompt` exactly its declared placeholders: the ones passed in,
    /// then the ones every message may use, taken from the context. (`link`
    /// is the adapter's to add.)
    fn fill(&self, prompt: PromptId, given: Vars) -> Vars {
        prompt
            .placeholders()
            .iter()
            .filter_map(|&name| {
                if let Some((_, value)) = given.iter().find(|(k, _)| *k == name) {
                    return Some((name, value.clone()));
                }
                let value = match name {
                    "customer" => self.ctx.customer.clone(),
                    "ticket_id" => self.ctx.ticket_id.clone(),
                    "link_expiry" => self.ctx.settings.link_expiry.clone(),
                    _ => return None,
                };
                Some((name, value))
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

/// Whether the customer already got past logging in (so a leaked key sends
/// them back to "reset", not to the start).
fn past_login(stage: &Stage) -> bool {
    match stage {
        Stage::Walkthrough { step } => *step != Step::LogIn,
        Stage::Manual | Stage::AwaitingForm | Stage::Verifying | Stage::Rating => true,
        Stage::Troubleshooting { resume } | Stage::ConfirmingFixed { resume } => past_login(resume),
        _ => false,
    }
}

/// Whether a link makes sense yet (the new key exists).
pub(super) fn past_reset(stage: &Stage) -> bool {
    match stage {
        Stage::Walkthrough { step } => *step == Step::SecureLink,
        Stage::Manual | Stage::AwaitingForm | Stage::Verifying => true,
        _ => false,
    }
}

/// Where a hand-back returns to. Stages without a ticket have nothing to
/// resume, so the integration question stands in for them.
fn resumable(stage: &Stage) -> Stage {
    match stage {
        Stage::Idle | Stage::Confirming { .. } | Stage::Escalated { .. } | Stage::Closed { .. } => {
            Stage::ChoosingIntegration
        }
        other => other.clone(),
    }
}

/// The detector's guess wins over the earlier one when it has one.
fn pick(now: Integration, before: Integration) -> Integration {
    if now == Integration::Unknown {
        before
    } else {
        now
    }
}

/// Product names shown in texts (names, not sentences).
fn integration_name(integration: Integration) -> &'static str {
    match integration {
        Integration::ActiveCampaign => "ActiveCampaign",
        Integration::Keap => "Keap",
        Integration::Stripe => "Stripe",
        Integration::Other | Integration::Unknown => "that integration",
    }
}
