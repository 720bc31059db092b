//! Why a customer wants the key rotated, read from their first message — the
//! help article's four reasons: trouble (the detector's complaint), exposure
//! (a key shared, committed, posted or leaked, described in words), support
//! asked them to, or routine. Also the guard that keeps everyday "key"
//! words (house keys, keynotes, keyboard shortcuts) from reading as API talk.
//! Pure, like the rest of the engine.

use crate::detect::{Detection, Integration};

/// Why this conversation is about rotating the key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// Sync or connection trouble (or nothing special was said).
    Trouble,
    /// The key may be exposed: shared, committed, posted, leaked.
    Exposed,
    /// The customer says support asked them to rotate.
    SupportAsked,
    /// Periodic rotation with nothing wrong.
    Routine,
}

/// Words that put "key" in an API or integration context.
const API_CONTEXT: &[&str] = &[
    "api",
    "apikey",
    "token",
    "tokens",
    "integration",
    "integrations",
    "connector",
    "connectors",
    "sync",
    "syncing",
    "synced",
    "connect",
    "connected",
    "connection",
    "reconnect",
    "webhook",
    "customerhub",
    "activecampaign",
    "keap",
    "infusionsoft",
    "stripe",
    "zapier",
    "developer",
    "credential",
    "credentials",
    "secret",
    "crm",
    "ac",
];
/// Everyday things called keys.
const NOT_API: &[&str] = &[
    "house",
    "door",
    "car",
    "keyboard",
    "keynote",
    "locksmith",
    "shortcut",
    "shortcuts",
    "lock",
    "keychain",
    "keys?",
    "piano",
    "music",
    "minor",
    "major",
    "hotkey",
    "keycap",
    "keycaps",
    "office",
    "apartment",
    "flat",
    "room",
    "mailbox",
    "locker",
    "spare",
    "takeaway",
    "takeaways",
    "points",
    "point",
    "factor",
    "factors",
    "ingredient",
    "role",
    "player",
];
const ROTATE: &[&str] = &[
    "rotate",
    "rotating",
    "rotation",
    "reset",
    "resetting",
    "regenerate",
    "renew",
    "change",
    "changing",
    "replace",
    "new",
];
const SUPPORT: &[&str] = &[
    "support",
    "team",
    "agent",
    "staff",
    "helpdesk",
    "you",
    "guys",
    "someone",
    "rep",
    "representative",
    "engineer",
    "technician",
    "colleague",
    "customerhub",
];
const TOLD: &[&str] = &[
    "asked",
    "told",
    "said",
    "says",
    "suggested",
    "recommended",
    "advised",
    "instructed",
    "wants",
    "want",
    "requested",
    "ask",
    "tell",
];

fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

fn has(words: &[String], list: &[&str]) -> bool {
    words.iter().any(|w| list.contains(&w.as_str()))
}

/// The message talks about API keys or integrations at all (so a question
/// in it may be one of the article's, not "when does the webinar start?").
pub fn about_integrations(text: &str) -> bool {
    let w = words(text);
    has(&w, API_CONTEXT) || has(&w, &["key", "keys", "rotate", "rotation"])
}

/// "Key" words with no API or integration context around them — a house
/// key, a keynote, a keyboard shortcut — are not about ActiveCampaign.
/// `exposure`: the detector read a leak described in words ("our key was
/// leaked"), which is API talk unless an everyday key is named.
pub fn key_without_context(text: &str, det: &Detection, exposure: bool) -> bool {
    let w = words(text);
    let keyish = w
        .iter()
        .any(|x| x == "key" || x == "keys" || x.starts_with("key") && x.len() <= 8);
    if !keyish || det.integration != Integration::Unknown || has(&w, API_CONTEXT) {
        return false;
    }
    // "how do I rotate my key?" is API talk in a support chat; "my house
    // key" and "keyboard shortcut key" are not, whatever verb comes along.
    has(&w, NOT_API) || !(has(&w, ROTATE) || exposure)
}

/// The detector's groups (by their English name) of secrets other than a
/// password: API keys and tokens, webhook URLs, private keys and seeds.
const NOT_A_PASSWORD: &[&str] = &["credential", "webhook", "secret_material"];

/// Whether the one secret a message names is a password ("i posted my
/// activecampaign password on github", "the password is in the logs in
/// clear text"): a password word fired, no other secret word did, and
/// nothing is pasted. The exposure offer then says to change the password
/// as well: whoever has it can sign in and copy the API key.
pub fn password_only(det: &Detection) -> bool {
    let names = |wanted: &dyn Fn(&str) -> bool| {
        det.signals
            .iter()
            .any(|s| crate::detect::locale::english_groups(&s.name).any(wanted))
    };
    det.secrets.is_empty()
        && names(&|g| g == "password")
        && !names(&|g| NOT_A_PASSWORD.contains(&g))
}

/// The reason a first message gives, given the detector's verdict on it and
/// whether it mentions exposure in words.
pub fn of(text: &str, det: &Detection, exposure_mentioned: bool) -> Reason {
    if exposure_mentioned {
        return Reason::Exposed;
    }
    let w = words(text);
    let key_talk = det.rotation_request || has(&w, ROTATE) && has(&w, API_CONTEXT);
    let keyish = has(&w, &["key", "keys", "token", "apikey"]);
    if (key_talk || keyish) && has(&w, SUPPORT) && has(&w, TOLD) && !det.complaint {
        return Reason::SupportAsked;
    }
    if det.rotation_request && !det.complaint {
        return Reason::Routine;
    }
    Reason::Trouble
}
