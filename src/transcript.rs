//! Pure: a ticket's timeline read as a transcript — who said what, in order,
//! with system events in plain words — for the dashboard, `rekey ticket` and
//! the web chat's history.
//!
//! The runner records what a transcript needs on the timeline (see
//! `bot::record`): the customer's words with secrets already replaced by
//! [`redact`], button labels, what the bot and staff said. Detector scores
//! and other raw facts stay available as each entry's `details`, which the
//! views fold away.

use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::detect::SecretSpan;
use crate::domain::{Channel, Timestamp};
use crate::store::TimelineEvent;

/// Timeline kinds the runner writes for the transcript.
pub mod kind {
    /// A customer message (the engine's own kind).
    pub const MESSAGE: &str = "message";
    /// A button press (the engine's own kind).
    pub const BUTTON: &str = "button";
    /// Something the bot said to the customer.
    pub const BOT_MESSAGE: &str = "bot.message";
    /// Something a staff member wrote to the customer.
    pub const STAFF_MESSAGE: &str = "staff.message";
    /// The conversation was handed to a person (with its reason).
    pub const HANDOFF: &str = "handoff";
    /// A key posted in chat was handled (fingerprints only).
    pub const LEAK: &str = "leak.handled";
    /// The customer wrote while a person had the ticket.
    pub const CUSTOMER_REPLIED: &str = "customer.replied";
}

/// Who an entry comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Speaker {
    Customer,
    Bot,
    Staff,
    System,
}

impl Speaker {
    pub fn as_str(self) -> &'static str {
        match self {
            Speaker::Customer => "customer",
            Speaker::Bot => "bot",
            Speaker::Staff => "staff",
            Speaker::System => "system",
        }
    }
}

/// A button shown with a bot message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Choice {
    pub id: String,
    pub label: String,
}

/// One line of the transcript.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entry {
    /// The timeline event's id (a cursor for "what is new").
    pub id: i64,
    pub at: Timestamp,
    pub speaker: Speaker,
    /// Who exactly: the staff member's name, `bot`, the customer's name.
    pub by: String,
    pub text: String,
    /// Only the customer saw it (an ephemeral reply, the link).
    pub private: bool,
    /// The buttons shown with a bot message.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub buttons: Vec<Choice>,
    /// Raw facts (detector scores, stage), folded away in views.
    pub details: String,
}

impl Entry {
    /// Whether the customer saw this line in their chat.
    pub fn customer_visible(&self) -> bool {
        matches!(
            self.speaker,
            Speaker::Customer | Speaker::Bot | Speaker::Staff
        )
    }
}

/// The text with every secret span replaced by `[key …fingerprint]`.
/// Spans that do not fall on character boundaries of `text` (a detector
/// bug) hide the whole message rather than risk a partial secret.
pub fn redact(text: &str, secrets: &[SecretSpan]) -> String {
    let mut spans: Vec<&SecretSpan> = secrets.iter().collect();
    spans.sort_by_key(|s| s.start);
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for s in spans {
        if s.start < at {
            continue; // overlapping span: already hidden
        }
        let (Some(before), true) = (text.get(at..s.start), text.get(s.start..s.end).is_some())
        else {
            return "[message hidden: it held a key]".into();
        };
        out.push_str(before);
        out.push_str(&format!("[key …{}]", s.fingerprint));
        at = s.end;
    }
    match text.get(at..) {
        Some(rest) => out.push_str(rest),
        None => return "[message hidden: it held a key]".into(),
    }
    out
}

/// The short, non-reversible reference staff see for a customer instead of
/// the channel's own id. Web chat ids are bearer credentials (older tickets
/// stored the session itself), so they are shown only as a hash prefix;
/// Discord user ids are public and shown as they are. A reference is a
/// prefix of what the ticket stores, so searching the list for it works.
pub fn customer_reference(channel: Channel, customer_ref: &str) -> String {
    match channel {
        Channel::Web => {
            if let Some(user) = customer_ref.strip_prefix("user:") {
                return format!("user:{}", short(user, 40));
            }
            let hashed = customer_ref.strip_prefix("w:").unwrap_or(customer_ref);
            if customer_ref.starts_with("w:") && hashed.len() >= 10 {
                format!("w:{}", &hashed[..10])
            } else {
                let digest = Sha256::digest(customer_ref.as_bytes());
                format!("w:{}", &hex::encode(digest)[..10])
            }
        }
        _ => short(customer_ref, 40),
    }
}

fn short(s: &str, max: usize) -> String {
    s.chars().take(max).collect()
}

/// The name staff see for a customer: the name, or who they are when the
/// channel gave none.
pub fn customer_display(name: &str, channel: Channel, customer_ref: &str) -> String {
    if name.trim().is_empty() {
        format!(
            "anonymous {} visitor {}",
            channel,
            customer_reference(channel, customer_ref)
        )
    } else {
        name.to_owned()
    }
}

/// A stage name as staff read it: `walkthrough:reset_key` -> `step 2 of 3:
/// reset the API key`.
pub fn step_words(step: &str) -> String {
    let words = match step {
        "idle" => "not started",
        "confirming" => "asked whether something is broken",
        "choosing_integration" => "choosing the integration",
        "walkthrough:log_in" => "step 1 of 3: log into ActiveCampaign",
        "walkthrough:reset_key" => "step 2 of 3: reset the API key",
        "walkthrough:secure_link" => "step 3 of 3: the secure link",
        "manual" => "reconnecting by hand in CustomerHub",
        "awaiting_form" => "waiting for the secure form",
        "verifying" => "checking the key with ActiveCampaign",
        "troubleshooting" => "going through the checklist",
        "confirming_fixed" => "confirming it works again",
        "oauth" => "reconnecting through OAuth",
        "out_of_scope" => "another integration",
        "rating" => "asked for a rating",
        "escalated" => "with a person",
        "closed" => "closed",
        other => return other.to_owned(),
    };
    words.to_owned()
}

/// The timeline as a transcript, in order. The entry that opened the
/// conversation comes first because the runner records it first (a
/// confirming question and its message are written when the ticket opens).
///
/// This is the staff's view: always English. A customer who wrote in another
/// language keeps their own words with a note of the language ("(in
/// German)"), and what the bot told them reads in English.
pub fn transcript(events: &[TimelineEvent], customer: &str) -> Vec<Entry> {
    lines(events, customer, true)
}

/// The customer's own view (the web chat's history): every line in the
/// words the customer saw, whatever their language.
pub fn customer_transcript(events: &[TimelineEvent], customer: &str) -> Vec<Entry> {
    lines(events, customer, false)
}

fn lines(events: &[TimelineEvent], customer: &str, staff: bool) -> Vec<Entry> {
    let customer = if customer.trim().is_empty() {
        "customer"
    } else {
        customer
    };
    events
        .iter()
        .filter_map(|e| entry(e, customer, staff))
        .collect()
}

/// Since when the customer has been waiting for a person to answer: the
/// first customer line after the last thing staff said (or the hand-off),
/// if nobody has answered it yet.
pub fn unanswered_since(events: &[TimelineEvent]) -> Option<Timestamp> {
    let mut since = None;
    for e in events {
        match e.kind.as_str() {
            kind::STAFF_MESSAGE | "staff_hand_back" | "staff_close" => since = None,
            kind::MESSAGE | kind::BUTTON if e.actor == "customer" => {
                since = since.or(Some(e.at));
            }
            _ => {}
        }
    }
    since
}

fn entry(e: &TimelineEvent, customer: &str, staff: bool) -> Option<Entry> {
    let v: serde_json::Value = serde_json::from_str(&e.detail).unwrap_or_default();
    let s = |key: &str| v.get(key).and_then(|x| x.as_str()).unwrap_or("").to_owned();
    // Words said in another language (see `bot::record`): staff read the
    // English rendering, with the language named.
    let language = s("language");
    let english = s("english");
    let translated = staff && !language.is_empty();
    let note = s("note");
    let stage = s("stage");
    let facts = match (note.is_empty(), stage.is_empty()) {
        (true, true) => match v.as_object() {
            Some(o) if !o.is_empty() => v.to_string(),
            _ => String::new(),
        },
        (false, true) => note.clone(),
        (true, false) => format!("→ {stage}"),
        (false, false) => format!("{note} → {stage}"),
    };
    let mut out = Entry {
        id: e.id,
        at: e.at,
        speaker: Speaker::System,
        by: e.actor.clone(),
        text: String::new(),
        private: false,
        buttons: Vec::new(),
        details: facts,
    };
    let staff_name = e
        .actor
        .strip_prefix("staff:")
        .unwrap_or(&e.actor)
        .to_owned();
    match e.kind.as_str() {
        kind::MESSAGE => {
            out.speaker = Speaker::Customer;
            out.by = customer.to_owned();
            out.text = match v.get("text").and_then(|t| t.as_str()) {
                Some(t) if translated => format!("{t} (in {language})"),
                Some(t) => t.to_owned(),
                None => "(a message; its words were not recorded)".into(),
            };
        }
        kind::BUTTON => {
            out.speaker = Speaker::Customer;
            out.by = customer.to_owned();
            let label = s("label");
            out.text = if label.is_empty() {
                format!("pressed a button ({note})")
            } else if translated && !english.is_empty() {
                format!("pressed “{english}” (in {language})")
            } else {
                format!("pressed “{label}”")
            };
        }
        kind::BOT_MESSAGE => {
            out.speaker = Speaker::Bot;
            out.by = "bot".into();
            out.text = if translated && !english.is_empty() {
                format!("{english}\n(said in {language})")
            } else {
                s("text")
            };
            out.private = v.get("private").and_then(|p| p.as_bool()) == Some(true);
            out.buttons = v
                .get("buttons")
                .and_then(|b| serde_json::from_value(b.clone()).ok())
                .unwrap_or_default();
            out.details = String::new();
        }
        kind::STAFF_MESSAGE => {
            out.speaker = Speaker::Staff;
            out.by = staff_name;
            out.text = s("text");
            out.details = String::new();
        }
        _ => {
            out.text = system_words(&e.kind, &v, &note, &staff_name)?;
            out.by = "system".into();
        }
    }
    Some(out)
}

/// A system event in plain words; `None` for bookkeeping nobody needs to
/// read (timers, a failure the verification line already tells).
fn system_words(kind: &str, v: &serde_json::Value, note: &str, staff: &str) -> Option<String> {
    let s = |key: &str| v.get(key).and_then(|x| x.as_str()).unwrap_or("").to_owned();
    Some(match kind {
        "link.issued" => "Secure link sent to the customer.".into(),
        "link_opened" => "The customer opened the secure link.".into(),
        "form_submitted" => "The form was submitted; checking the key with ActiveCampaign.".into(),
        "verification" => format!("Verification: {}.", verification_words(note)),
        // The "verification" line says the same in words.
        "verify.failed" => return None,
        "connector.reconnected" => format!(
            "Connector {} reconnected as {} (key {}).",
            s("account"),
            s("user"),
            s("fingerprint")
        ),
        "customer.identified" => format!(
            "Identity confirmed by CustomerHub: user {}, {}, account {}.",
            s("user_id"),
            s("email"),
            s("account_id")
        ),
        "reconnect_done" => "The platform reports the connector is connected again.".into(),
        "outreach" => match note.split_whitespace().next().unwrap_or("") {
            "failing" => format!(
                "Rekey reached out first: the connector is failing ({}).",
                verification_words(note.trim_start_matches("failing class="))
            ),
            "stale" => "Rekey reached out first: a reminder to rotate an old key.".into(),
            _ => "Rekey reached out first: the support team asked for a rotation.".into(),
        },
        // Timers are bookkeeping (stale ones change nothing); what a timer
        // made the bot say is its own line.
        "timer" => return None,
        "staff_hand_off" => format!("{staff} took the ticket over; the bot is quiet."),
        "staff_hand_back" => format!("{staff} handed the ticket back to the bot."),
        "staff_close" => format!("{staff} closed the ticket."),
        "link_revoked" if note == "Expired" => "The secure link expired unused.".into(),
        "link_revoked" => format!("{staff} revoked the secure link."),
        kind::HANDOFF => format!("Handed off to a person: {}.", handoff_words(&s("reason"))),
        kind::LEAK => {
            let fps: Vec<String> = v
                .get("fingerprints")
                .and_then(|f| serde_json::from_value(f.clone()).ok())
                .unwrap_or_default();
            format!(
                "A key was posted in chat ({}): message removed, the key is treated as exposed.",
                fps.join(", ")
            )
        }
        kind::CUSTOMER_REPLIED if v.get("watched").and_then(|w| w.as_bool()) == Some(true) => {
            format!(
                "The customer replied; {} is looking at this ticket.",
                s("staff")
            )
        }
        kind::CUSTOMER_REPLIED => {
            "The customer replied while nobody was looking; triage notified.".into()
        }
        "language" => format!("The customer's language changed: {note}."),
        other => other.replace(['.', '_'], " "),
    })
}

fn verification_words(note: &str) -> String {
    if let Some(fp) = note.strip_prefix("verified fingerprint=") {
        return format!("the key works (key {fp})");
    }
    let class = note.split_whitespace().next().unwrap_or(note);
    match class {
        "key_rejected" => "the key was rejected",
        "no_permission" => "the key's user may not use the API",
        "wrong_url" => "the API URL is wrong",
        "billing" => "the ActiveCampaign account has a billing problem",
        "busy" => "ActiveCampaign was busy",
        "unavailable" => "ActiveCampaign was unavailable",
        "locked" => "the link locked after too many failed attempts",
        _ => "an unexpected answer",
    }
    .into()
}

fn handoff_words(reason: &str) -> &'static str {
    match reason {
        "customer_asked" => "the customer asked for a person",
        "still_stuck" => "still stuck after the guidance",
        "stripe_key_leaked" => "a Stripe key was posted in chat",
        _ => "a person is needed",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::SecretKind;
    use crate::domain::TicketId;

    fn span(start: usize, end: usize) -> SecretSpan {
        SecretSpan {
            kind: SecretKind::ActivecampaignKey,
            start,
            end,
            fingerprint: "3f2a9c1e...beef".into(),
        }
    }

    #[test]
    fn secrets_become_their_fingerprint_and_the_rest_stays() {
        let text = "my key is abcdefabcdef ok";
        assert_eq!(
            redact(text, &[span(10, 22)]),
            "my key is [key …3f2a9c1e...beef] ok"
        );
        assert_eq!(redact("plain", &[]), "plain");
    }

    #[test]
    fn spans_off_character_boundaries_hide_the_whole_message() {
        assert_eq!(
            redact("héllo", &[span(1, 2)]),
            "[message hidden: it held a key]"
        );
    }

    #[test]
    fn web_references_never_show_the_session() {
        let session = "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcde";
        let r = customer_reference(Channel::Web, session);
        assert!(r.starts_with("w:") && r.len() == 12, "{r}");
        assert!(!r.contains(&session[..6]));
        assert_eq!(
            customer_reference(Channel::Web, "w:0123456789abcdef"),
            "w:0123456789"
        );
        assert_eq!(customer_reference(Channel::Discord, "42"), "42");
    }

    fn ev(id: i64, kind: &str, actor: &str, detail: serde_json::Value) -> TimelineEvent {
        TimelineEvent {
            id,
            ticket: TicketId::from_row(1),
            at: Timestamp(id),
            kind: kind.into(),
            actor: actor.into(),
            detail: detail.to_string(),
        }
    }

    #[test]
    fn the_timeline_reads_as_who_said_what() {
        let t = transcript(
            &[
                ev(
                    1,
                    "message",
                    "customer",
                    serde_json::json!({"note": "band=act score=0.91", "stage": "walkthrough:log_in", "text": "sync stopped"}),
                ),
                ev(
                    2,
                    "bot.message",
                    "bot",
                    serde_json::json!({"text": "Sorry about that.", "buttons": [{"id": "rk:done", "label": "Done"}]}),
                ),
                ev(
                    3,
                    "button",
                    "customer",
                    serde_json::json!({"note": "rk:human", "stage": "escalated", "label": "Talk to a human"}),
                ),
                ev(
                    4,
                    "handoff",
                    "bot",
                    serde_json::json!({"reason": "customer_asked"}),
                ),
                ev(
                    5,
                    "staff.message",
                    "staff:Grace",
                    serde_json::json!({"text": "Hi, Grace here"}),
                ),
                ev(
                    6,
                    "timer",
                    "timer",
                    serde_json::json!({"note": "Reminder generation=2", "stage": "x"}),
                ),
            ],
            "Ada",
        );
        let lines: Vec<(Speaker, &str, &str)> = t
            .iter()
            .map(|e| (e.speaker, e.by.as_str(), e.text.as_str()))
            .collect();
        assert_eq!(lines[0], (Speaker::Customer, "Ada", "sync stopped"));
        assert_eq!(lines[1], (Speaker::Bot, "bot", "Sorry about that."));
        assert_eq!(
            lines[2],
            (Speaker::Customer, "Ada", "pressed “Talk to a human”")
        );
        assert_eq!(
            lines[3].2,
            "Handed off to a person: the customer asked for a person."
        );
        assert_eq!(lines[4], (Speaker::Staff, "Grace", "Hi, Grace here"));
        assert!(
            t[0].details.contains("score=0.91"),
            "scores stay in details"
        );
        assert!(!t[0].text.contains("score"));
        assert_eq!(t[1].buttons[0].label, "Done");
        assert_eq!(t.len(), 5, "timers are bookkeeping, not transcript lines");
    }

    #[test]
    fn steps_read_as_words() {
        assert_eq!(
            step_words("walkthrough:reset_key"),
            "step 2 of 3: reset the API key"
        );
        assert_eq!(step_words("something_new"), "something_new");
    }
}
