//! What the runner writes on the timeline so it reads as a transcript (see
//! [`crate::transcript`]): the customer's words with secrets replaced by
//! their fingerprints, button labels, what the bot said (a link's URL never),
//! and the hand-offs and leaks in the engine's staff notices.
//!
//! Before a ticket exists (a confirming question), the same lines are kept
//! with the pending question and written when the ticket opens, so the
//! message that started it all is the transcript's first entry.

use serde_json::{Value, json};

use crate::conversation::{Action, ButtonId, Event, StaffNotice};
use crate::domain::{Locale, Timestamp};
use crate::prompts::PromptId;
use crate::store::NewEvent;
use crate::transcript::{self, kind};

use super::render::About;
use super::{Bot, Outgoing};

/// What a link's URL becomes in the transcript.
const LINK_PLACEHOLDER: &str = "[secure link]";

/// A pending question's state plus the transcript lines it has so far.
#[derive(serde::Serialize, serde::Deserialize)]
pub(super) struct Pending {
    pub state: Value,
    #[serde(default)]
    pub lines: Vec<Line>,
}

/// A timeline event waiting for its ticket.
#[derive(Clone, serde::Serialize, serde::Deserialize)]
pub(super) struct Line {
    pub at: i64,
    pub kind: String,
    pub actor: String,
    pub detail: Value,
}

impl Line {
    pub fn into_event(self) -> NewEvent {
        NewEvent::new(Timestamp(self.at), &self.kind, &self.actor, self.detail)
    }

    pub fn from_event(e: &NewEvent) -> Line {
        Line {
            at: e.at.millis(),
            kind: e.kind.clone(),
            actor: e.actor.clone(),
            detail: e.detail.clone(),
        }
    }
}

/// The label prompt of a button id, for "pressed “Done”".
fn label_of(id: ButtonId) -> PromptId {
    use crate::detect::Integration as I;
    match id {
        ButtonId::Done => PromptId::BtnDone,
        ButtonId::Stuck => PromptId::BtnStuck,
        ButtonId::Human => PromptId::BtnHuman,
        ButtonId::Link => PromptId::BtnLink,
        ButtonId::Manual => PromptId::BtnManual,
        ButtonId::Yes => PromptId::BtnYes,
        ButtonId::No => PromptId::BtnNo,
        ButtonId::Back => PromptId::BtnBack,
        ButtonId::Fixed => PromptId::BtnFixed,
        ButtonId::Integration(I::ActiveCampaign) => PromptId::BtnActiveCampaign,
        ButtonId::Integration(I::Keap) => PromptId::BtnKeap,
        ButtonId::Integration(I::Stripe) => PromptId::BtnStripe,
        ButtonId::Integration(I::Other | I::Unknown) => PromptId::BtnOther,
        ButtonId::Rate(1) => PromptId::BtnRate1,
        ButtonId::Rate(2) => PromptId::BtnRate2,
        ButtonId::Rate(3) => PromptId::BtnRate3,
        ButtonId::Rate(4) => PromptId::BtnRate4,
        ButtonId::Rate(_) => PromptId::BtnRate5,
        ButtonId::NoReminders => PromptId::BtnNoReminders,
    }
}

impl Bot {
    /// What was said so far in a conversation that has no ticket yet (a
    /// confirming question), as timeline events without a ticket.
    pub async fn pending_transcript(
        &self,
        channel: crate::domain::Channel,
        customer_ref: &str,
    ) -> Result<Vec<crate::store::TimelineEvent>, super::BotError> {
        let json = self
            .store
            .pending_question(channel, customer_ref, self.clock.now())
            .await?;
        let lines = json
            .and_then(|j| serde_json::from_str::<Pending>(&j).ok())
            .map(|p| p.lines)
            .unwrap_or_default();
        Ok(lines
            .into_iter()
            .zip(1..)
            .map(|(l, n)| crate::store::TimelineEvent {
                id: n,
                ticket: crate::domain::TicketId::from_row(0),
                at: Timestamp(l.at),
                kind: l.kind,
                actor: l.actor,
                detail: l.detail.to_string(),
            })
            .collect())
    }

    /// Transcript facts of the event itself, merged into its timeline line:
    /// the customer's words (secrets replaced) or the button's label.
    /// Outside English, the line also names the language (and a button
    /// keeps its English label), so staff read it in English.
    pub(super) fn words_of(&self, event: &Event, locale: Locale) -> Vec<(&'static str, Value)> {
        let mut words = match event {
            Event::Message {
                text, detection, ..
            } => vec![(
                "text",
                Value::String(transcript::redact(text, &detection.secrets)),
            )],
            Event::Button { id } => match ButtonId::parse(id) {
                Some(b) => {
                    let mut w = vec![(
                        "label",
                        Value::String(self.prompts.render_in(locale, label_of(b), &[])),
                    )];
                    if locale != Locale::En {
                        w.push((
                            "english",
                            Value::String(self.prompts.render(label_of(b), &[])),
                        ));
                    }
                    w
                }
                None => vec![],
            },
            _ => vec![],
        };
        if locale != Locale::En && !words.is_empty() {
            words.push(("language", Value::String(locale.english_name().into())));
        }
        words
    }

    /// The transcript lines for one action and what it rendered to.
    pub(super) fn lines_of(
        &self,
        action: &Action,
        out: Option<&Outgoing>,
        at: Timestamp,
        about: About<'_>,
    ) -> Vec<NewEvent> {
        let locale = about.locale;
        let mut lines = Vec::new();
        if let Action::NotifyStaff(notice) = action {
            match notice {
                StaffNotice::HandOff { reason } => {
                    lines.push(NewEvent::new(
                        at,
                        kind::HANDOFF,
                        "bot",
                        json!({ "reason": reason }),
                    ));
                }
                StaffNotice::LeakedKey { fingerprints } => lines.push(NewEvent::new(
                    at,
                    kind::LEAK,
                    "bot",
                    json!({ "fingerprints": fingerprints }),
                )),
                // The engine's own `outreach` line says why.
                StaffNotice::NewTicket { .. }
                | StaffNotice::Reconnected { .. }
                | StaffNotice::Outreach { .. } => {}
            }
        }
        let said = match out {
            Some(Outgoing::Say { text, buttons }) => Some((text.clone(), false, buttons.clone())),
            Some(Outgoing::Private { text, buttons }) => {
                Some((text.clone(), true, buttons.clone()))
            }
            Some(Outgoing::Link { text, url }) => {
                Some((text.replace(url.as_str(), LINK_PLACEHOLDER), true, vec![]))
            }
            _ => None,
        };
        if let Some((text, private, buttons)) = said {
            let mut detail = json!({ "text": text, "private": private, "buttons": buttons });
            // Staff read the bot in English: the same words rendered so.
            if locale != Locale::En
                && let Some(english) = self.english_words(about.in_english(), action, out)
            {
                detail["english"] = Value::String(english);
                detail["language"] = Value::String(locale.english_name().into());
            }
            lines.push(NewEvent::new(at, kind::BOT_MESSAGE, "bot", detail));
        }
        lines
    }

    /// What the bot said in `action`, in English (a link's URL replaced).
    fn english_words(
        &self,
        about: About<'_>,
        action: &Action,
        out: Option<&Outgoing>,
    ) -> Option<String> {
        match (action, out) {
            (Action::IssueLink { prompt, vars }, Some(Outgoing::Link { .. })) => {
                let mut vars = vars.clone();
                vars.push(("link", LINK_PLACEHOLDER.to_owned()));
                Some(self.text(about, *prompt, &vars))
            }
            _ => self
                .render_message(about, action)
                .and_then(|o| o.text().map(str::to_owned)),
        }
    }
}
