//! Free-text understanding for replies inside a conversation: "done", "ok did
//! it", "where is Settings?", "human please", "nope", "activecampaign"...
//!
//! Deliberately small and pure: a few word lists checked in a fixed order,
//! forgiving of case, punctuation and one-letter typos in longer words. The
//! detector decides whether a message is a complaint; this only decides what
//! a reply means at the current step.

use crate::detect::Integration;

/// What a reply means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Intent {
    /// "done", "ok did it", "next"
    Done,
    /// "I'm stuck", "it doesn't work", "error"
    Stuck,
    /// "human please", "talk to someone"
    Human,
    Yes,
    No,
    /// "it works now", "fixed"
    WorksNow,
    /// "where is Settings?", "I can't find developer"
    WhereIs,
    /// "send the link"
    Link,
    /// "I'll do it myself in CustomerHub"
    Manual,
    /// "back"
    Back,
    /// Names an integration ("activecampaign", "keap", "something else").
    Integration(Integration),
    /// A lone digit 1-5.
    Rating(u8),
    Thanks,
    Unknown,
}

const HUMAN: &[&str] = &[
    "human",
    "person",
    "agent",
    "someone",
    "somebody",
    "staff",
    "operator",
    "representative",
    "rep",
    "people",
];
const NEGATION: &[&str] = &[
    "not", "no", "dont", "doesnt", "didnt", "cant", "cannot", "couldnt", "isnt", "wont", "never",
    "still", "stopped", "broken", "broke", "nothing",
];
const SEE: &[&str] = &["find", "see", "locate", "seeing", "finding"];
const WORKS: &[&str] = &[
    "works",
    "working",
    "worked",
    "fixed",
    "synced",
    "syncing",
    "reconnected",
    "resolved",
    "connected",
];
const STUCK: &[&str] = &[
    "stuck", "help", "error", "confused", "lost", "failed", "fails", "failing", "broken", "wrong",
    "trouble",
];
const DONE: &[&str] = &[
    "done",
    "did",
    "finished",
    "finish",
    "next",
    "ok",
    "okay",
    "k",
    "kk",
    "ready",
    "complete",
    "completed",
    "copied",
    "got",
    "continue",
];
const YES: &[&str] = &[
    "yes",
    "yeah",
    "yep",
    "yup",
    "sure",
    "y",
    "ya",
    "yea",
    "correct",
    "right",
    "please",
    "absolutely",
    "affirmative",
];
const NO: &[&str] = &["no", "nope", "nah", "n", "not", "negative"];
const THANKS: &[&str] = &["thanks", "thank", "thx", "ty", "cheers"];

/// Reads what a reply means. Order matters: asking for a human wins over
/// everything, "can't find" over "stuck", a trouble word over "works".
pub fn parse(text: &str) -> Intent {
    let words = normalise(text);
    let w: Vec<&str> = words.iter().map(String::as_str).collect();
    if w.is_empty() {
        return Intent::Unknown;
    }
    let has = |list: &[&str]| w.iter().any(|word| list.iter().any(|k| similar(word, k)));
    let negated = w.iter().any(|word| NEGATION.contains(word));

    if let [only] = w.as_slice()
        && let Ok(n) = only.parse::<u8>()
        && (1..=5).contains(&n)
    {
        return Intent::Rating(n);
    }
    if has(HUMAN) {
        return Intent::Human;
    }
    if w.iter().any(|x| *x == "where" || *x == "wheres") || (has(SEE) && negated) {
        return Intent::WhereIs;
    }
    // "working on it" is progress, not a verdict: fall through.
    if has(WORKS) && !w.contains(&"on") {
        return if negated || has(STUCK) {
            Intent::Stuck // "doesn't work", "still not syncing"
        } else {
            Intent::WorksNow
        };
    }
    if has(STUCK) {
        return Intent::Stuck;
    }
    if w.contains(&"link") {
        return Intent::Link;
    }
    if has(&["manual", "manually", "myself", "customerhub"]) {
        return Intent::Manual;
    }
    if let Some(integration) = integration(&w) {
        return Intent::Integration(integration);
    }
    // Done and yes words are short and common, so they must match exactly.
    let done_phrase = w.len() <= 4 && matches!(w.last(), Some(&"in") | Some(&"there"));
    if (w.iter().any(|x| DONE.contains(x)) || done_phrase) && !negated {
        return Intent::Done;
    }
    if w.iter().any(|x| YES.contains(x)) && !negated {
        return Intent::Yes;
    }
    if w.iter().any(|x| NO.contains(x)) {
        return Intent::No;
    }
    if has(&["back", "previous"]) {
        return Intent::Back;
    }
    if has(THANKS) {
        return Intent::Thanks;
    }
    Intent::Unknown
}

fn integration(w: &[&str]) -> Option<Integration> {
    let joined: String = w.concat();
    if w.iter().any(|x| similar(x, "activecampaign"))
        || joined.contains("activecampaign")
        || w == ["ac"]
    {
        return Some(Integration::ActiveCampaign);
    }
    if w.iter()
        .any(|x| similar(x, "keap") || similar(x, "infusionsoft"))
    {
        return Some(Integration::Keap);
    }
    if w.iter().any(|x| similar(x, "stripe")) {
        return Some(Integration::Stripe);
    }
    if joined.contains("somethingelse") || w == ["other"] || w.contains(&"another") {
        return Some(Integration::Other);
    }
    None
}

/// Lowercase words with apostrophes dropped ("can't" -> "cant") and other
/// punctuation as separators.
fn normalise(text: &str) -> Vec<String> {
    let lower = text.to_lowercase();
    let mut cleaned = String::with_capacity(lower.len());
    for c in lower.chars() {
        match c {
            '\'' | '\u{2019}' | '\u{2018}' => {}
            c if c.is_alphanumeric() => cleaned.push(c),
            _ => cleaned.push(' '),
        }
    }
    cleaned.split_whitespace().map(str::to_string).collect()
}

/// Equal, or for keywords of five letters or more, one edit apart (a
/// swapped, missing, extra or wrong letter). Short words must match exactly:
/// "done" is one letter from "none" and "gone".
fn similar(word: &str, keyword: &str) -> bool {
    word == keyword || (keyword.len() >= 5 && edit_distance(word, keyword) <= 1)
}

/// Optimal string alignment distance (Levenshtein plus adjacent swaps),
/// stopping early is not worth it for words this short.
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > 1 {
        return 2;
    }
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = best;
        }
    }
    d[a.len()][b.len()]
}
