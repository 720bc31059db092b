//! What a channel adapter carries out: the engine's actions with their words
//! rendered from prompts/ and links minted. Adapters never see prompt ids.

use serde::Serialize;

/// A button as a channel shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ButtonOut {
    /// Stable id (`rk:done`), sent back when pressed.
    pub id: String,
    pub label: String,
}

/// One thing for the channel to do, in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Outgoing {
    /// Open the ticket's private place (a Discord thread); what follows goes
    /// there. The adapter reports the place back with `Bot::set_place`.
    OpenPlace,
    /// Say something in the ticket's conversation.
    Say {
        text: String,
        buttons: Vec<ButtonOut>,
    },
    /// Say something only the customer sees.
    Private {
        text: String,
        buttons: Vec<ButtonOut>,
    },
    /// Deliver the secure link privately. `text` contains `url`.
    Link { text: String, url: String },
    /// Remove the customer's message (it held a secret). `claims` are the
    /// texts of this reply's items that say the message was removed, and
    /// `fingerprints` name the secret: a channel whose delete failed
    /// replaces those items with truthful ones.
    Delete {
        message_id: String,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        claims: Vec<String>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        fingerprints: Vec<String>,
    },
    /// Tell the support team (the triage feed).
    Staff { text: String },
}

impl Outgoing {
    /// The visible text, if any.
    pub fn text(&self) -> Option<&str> {
        match self {
            Outgoing::Say { text, .. }
            | Outgoing::Private { text, .. }
            | Outgoing::Link { text, .. }
            | Outgoing::Staff { text } => Some(text),
            Outgoing::OpenPlace | Outgoing::Delete { .. } => None,
        }
    }
}
