//! The conversation in the customer's language: which language a message
//! is read and answered in, "English please", and reading replies in the
//! other languages from their word lists (`[intents]` of
//! `detect/<locale>.toml`). English replies keep their own, richer reader
//! (`intent.rs`). Pure.
//!
//! A ticket keeps the language it started in; a message clearly written in
//! another language, or a request such as "English please" or "auf Deutsch
//! bitte", switches it. Short or mixed replies ("ok", "403") never do.

use crate::detect::locale::{IntentWords, builtin_file, intent_words};
use crate::detect::{Detection, Integration, lang};
use crate::domain::Locale;

use super::intent::{self, Intent, Topic};
use super::reason::Reason;
use super::state::{Stage, State};

/// How English is named in the languages we speak.
const ENGLISH_NAMES: &[&str] = &[
    "english", "englisch", "ingles", "anglais", "inglese", "ingles", "engl",
];
/// English words that turn a language name into a request.
const ENGLISH_REQUEST: &[&str] = &["please", "in", "speak", "can", "could", "pls", "plz"];

/// The language to read this message in and to answer in: a language the
/// customer asks for; else, before a ticket, the message's own language
/// (English when unclear); else the ticket's language, unless the message
/// is clearly written in another one.
pub fn locale_for(state: &State, text: &str) -> Locale {
    if let Some(asked) = requested(text) {
        return asked;
    }
    let chosen = state.ticket || !matches!(state.stage, Stage::Idle);
    if !chosen {
        return lang::read_as(text);
    }
    match lang::identify(text) {
        Some(found) if found != state.locale && lang::word_count(text) >= SWITCH_WORDS => found,
        _ => state.locale,
    }
}

/// A ticket's language changes only on a message of at least this many
/// words in another language ("danke" or "ok merci" leave it alone).
const SWITCH_WORDS: usize = 4;

/// The language a short message asks for: "English please", "in English?",
/// "auf Deutsch bitte", "¿puedes hablar español?".
pub fn requested(text: &str) -> Option<Locale> {
    // Each whitespace-separated token with a letter or digit is at least
    // one word: most messages are longer than a request, and need no more.
    let tokens = text
        .split_whitespace()
        .filter(|t| t.chars().any(char::is_alphanumeric));
    if tokens.count() > 6 {
        return None;
    }
    let words = fold_words(text);
    if words.is_empty() || words.len() > 6 {
        return None;
    }
    let mut found = None;
    if words.iter().any(|w| ENGLISH_NAMES.contains(&w.as_str())) {
        found = Some(Locale::En);
    }
    for &locale in Locale::TRANSLATED {
        let Some(file) = builtin_file(locale) else {
            continue;
        };
        if file.language.names.iter().any(|n| words.contains(&fold(n))) {
            if found.is_some() {
                return None; // two languages named: not a request
            }
            found = Some(locale);
        }
    }
    let found = found?;
    let cue = words.len() <= 2
        || text.contains('?')
        || words.iter().any(|w| ENGLISH_REQUEST.contains(&w.as_str()))
        || Locale::TRANSLATED.iter().any(|&l| {
            builtin_file(l).is_some_and(|f| {
                f.language
                    .request
                    .iter()
                    .any(|r| phrase_at(&words, &pattern(r)).is_some())
            })
        });
    cue.then_some(found)
}

/// The in-ticket reading of a message in `locale` (the English reader for
/// English), before the detector's verdict is added.
pub fn parse(locale: Locale, text: &str) -> Intent {
    match intent_words(locale) {
        Some(words) => parse_with(words, text),
        None => intent::parse(text),
    }
}

/// [`intent::classify`] in the message's language (the detection's).
pub fn classify(text: &str, det: &Detection, current: Integration) -> Intent {
    match intent_words(det.locale) {
        Some(words) => intent::classify_parsed(parse_with(words, text), text, det, current),
        None => intent::classify(text, det, current),
    }
}

/// "ok", "vale", "d'accord": the yes/no question stands.
pub fn is_acknowledgement(locale: Locale, text: &str) -> bool {
    if intent::is_acknowledgement(text) {
        return true;
    }
    const ACK: &[&str] = &[
        "ok", "vale", "bueno", "hmm", "naja", "gut", "also", "bon", "daccord", "ben", "beh", "boh",
        "bom", "entao", "tipo", "mah",
    ];
    let words = fold_words(text);
    locale != Locale::En
        && !words.is_empty()
        && words.len() <= 2
        && words.iter().all(|w| ACK.contains(&w.as_str()))
}

/// The message talks about keys or integrations at all (its questions may
/// be the article's).
pub fn about_integrations(locale: Locale, text: &str) -> bool {
    match intent_words(locale) {
        Some(w) => {
            let words = fold_words(text);
            any(&words, &w.api_context) || has_phrase(&words, &w.topics.rotate_often)
        }
        None => super::reason::about_integrations(text),
    }
}

/// The message is about the secure link itself, not what was put in it
/// ("the link won't open", not "I pasted the key in the link").
pub fn about_the_link(locale: Locale, text: &str) -> bool {
    match intent_words(locale) {
        Some(w) => {
            let words = fold_words(text);
            has_phrase(&words, &w.link) && !has_phrase(&words, &w.done)
        }
        None => intent::names_the_link(text),
    }
}

/// "Support asked me to rotate the key", in the message's language.
pub fn support_asked(locale: Locale, text: &str) -> bool {
    intent_words(locale).is_some_and(|w| {
        let words = fold_words(text);
        any(&words, &w.support) && any(&words, &w.told)
    })
}

fn parse_with(w: &IntentWords, text: &str) -> Intent {
    let words = fold_words(text);
    if words.is_empty() {
        return Intent::Unknown;
    }
    if let [only] = words.as_slice()
        && let Ok(n) = only.parse::<u8>()
        && (1..=5).contains(&n)
    {
        return Intent::Rating(n);
    }
    let question = text.contains('?')
        || words
            .first()
            .is_some_and(|first| w.question_words.iter().any(|q| fold(q) == *first));
    let negated_at = |at: usize| {
        (at.saturating_sub(3)..at).any(|i| w.negators.iter().any(|n| fold(n) == words[i]))
    };
    if let Some(at) = first_phrase(&words, &w.human)
        && !negated_at(at)
    {
        return Intent::Human;
    }
    // "¿puedo hacerlo más tarde?" asks whether the ticket waits; "lo hago
    // luego" (said, not asked) is a cancel.
    if question && has_phrase(&words, &w.topics.later) {
        return Intent::Question(Topic::Later);
    }
    if has_phrase(&words, &w.topics.contact) {
        return Intent::Question(Topic::Contact);
    }
    if request_said(&words, &w.cancel, &w.cancel_alone, w) {
        return Intent::Cancel;
    }
    if request_said(&words, &w.back, &w.back_alone, w) {
        return Intent::Back;
    }
    if let Some(topic) = topic(w, &words, question) {
        return Intent::Question(topic);
    }
    let works = first_phrase(&words, &w.works_now);
    if has_phrase(&words, &w.still_broken) || works.is_some_and(negated_at) {
        return Intent::StillBroken;
    }
    if works.is_some() && !question {
        return Intent::WorksNow;
    }
    if has_phrase(&words, &w.stuck) {
        return Intent::Stuck;
    }
    if has_phrase(&words, &w.link) && !question {
        return Intent::Link;
    }
    if has_phrase(&words, &w.manual) && !question {
        return Intent::Manual;
    }
    if let [only] = intent::named_integrations(text).as_slice() {
        return Intent::Integration(*only);
    }
    if has_phrase(&words, &w.done) && !question {
        return Intent::Done;
    }
    let short = words.len() <= 3;
    if short && has_phrase(&words, &w.yes) && !(0..words.len()).any(|i| negated_at(i + 1)) {
        return Intent::Yes;
    }
    if short && has_phrase(&words, &w.no) {
        return Intent::No;
    }
    if has_phrase(&words, &w.thanks) {
        return Intent::Thanks;
    }
    if question && words.len() >= 3 {
        return Intent::Question(Topic::Other);
    }
    Intent::Unknown
}

fn topic(w: &IntentWords, words: &[String], question: bool) -> Option<Topic> {
    let t = &w.topics;
    // Said without a question mark too: "no veo Developer".
    if has_phrase(words, &t.no_developer) {
        return Some(Topic::NoDeveloper);
    }
    if has_phrase(words, &t.removed)
        && any(
            words,
            &[
                "mensaje",
                "nachricht",
                "message",
                "mensagem",
                "messaggio",
                "msg",
            ],
        )
    {
        return Some(Topic::Removed);
    }
    if has_phrase(words, &t.r#where) {
        return Some(Topic::Where);
    }
    if !question {
        return None;
    }
    let checks: [(&[String], Topic); 10] = [
        (&t.link_safe, Topic::LinkSafe),
        (&t.paste_here, Topic::PasteHere),
        (&t.rotate_often, Topic::RotateOften),
        (&t.why_only_activecampaign, Topic::WhyOnlyActiveCampaign),
        (&t.old_key, Topic::OldKey),
        (&t.keeps_breaking, Topic::KeepsBreaking),
        (&t.other_tools, Topic::OtherTools),
        (&t.api_url, Topic::ApiUrl),
        (&t.when_back, Topic::WhenBack),
        // Last: "¿qué sigue?" is "what's next?", "¿por qué sigue
        // pasando?" is the cause.
        (&t.next_step, Topic::NextStep),
    ];
    checks
        .into_iter()
        .find(|(phrases, _)| has_phrase(words, phrases))
        .map(|(_, topic)| topic)
}

/// The reason a first message gives ([`super::reason::of`]), with "support
/// asked me to" read in the message's language.
pub(super) fn reason_of(text: &str, det: &Detection, exposure_mentioned: bool) -> Reason {
    let reason = super::reason::of(text, det, exposure_mentioned);
    if det.locale != Locale::En
        && matches!(reason, Reason::Trouble | Reason::Routine)
        && !det.complaint
        && support_asked(det.locale, text)
        && intent_words(det.locale).is_some_and(|w| {
            let words = fold_words(text);
            det.rotation_request || any(&words, &w.api_context)
        })
    {
        return Reason::SupportAsked;
    }
    reason
}

// ----- words -------------------------------------------------------------

/// Lower case without accents; apostrophes dropped ("c'est" -> "cest").
pub(crate) fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => out.push('a'),
            'ç' => out.push('c'),
            'è' | 'é' | 'ê' | 'ë' => out.push('e'),
            'ì' | 'í' | 'î' | 'ï' => out.push('i'),
            'ñ' => out.push('n'),
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' => out.push('o'),
            'ù' | 'ú' | 'û' | 'ü' => out.push('u'),
            'ß' => out.push_str("ss"),
            'œ' => out.push_str("oe"),
            '\'' | '\u{2019}' | '\u{2018}' | '`' => {}
            c => out.push(c),
        }
    }
    out
}

/// The message's words, folded; punctuation separates.
fn fold_words(text: &str) -> Vec<String> {
    fold(text)
        .split(|c: char| !c.is_alphanumeric() && c != '*')
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// A phrase as folded words; a word ending in `*` is a stem.
fn pattern(phrase: &str) -> Vec<String> {
    fold(phrase)
        .split(|c: char| !c.is_alphanumeric() && c != '*')
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

fn word_matches(word: &str, pat: &str) -> bool {
    match pat.strip_suffix('*') {
        Some(stem) => word.starts_with(stem),
        None => word == pat,
    }
}

/// Where the phrase starts in `words`, if it is there.
fn phrase_at(words: &[String], pat: &[String]) -> Option<usize> {
    if pat.is_empty() || pat.len() > words.len() {
        return None;
    }
    (0..=words.len() - pat.len())
        .find(|&i| pat.iter().zip(&words[i..]).all(|(p, w)| word_matches(w, p)))
}

fn first_phrase(words: &[String], phrases: &[String]) -> Option<usize> {
    phrases
        .iter()
        .filter_map(|p| phrase_at(words, &pattern(p)))
        .min()
}

/// A request to cancel or to go back: one of the locale's phrases
/// (`anywhere`), or one of its everyday words (`alone`: "para", "depois",
/// "egal", "vuelve") said on its own, in at most three words, as in a
/// sentence they are prepositions and adverbs ("ayuda para encontrar",
/// "depois de resetar", "egal was ich mache"). Never in a message that
/// reports how things stand ("ahora no funciona", "vuelve a fallar"), which
/// is read as that report.
fn request_said(words: &[String], anywhere: &[String], alone: &[String], w: &IntentWords) -> bool {
    let status = has_phrase(words, &w.still_broken) || has_phrase(words, &w.works_now);
    !status && (has_phrase(words, anywhere) || (words.len() <= 3 && has_phrase(words, alone)))
}

fn has_phrase(words: &[String], phrases: &[String]) -> bool {
    first_phrase(words, phrases).is_some()
}

fn any<S: AsRef<str>>(words: &[String], list: &[S]) -> bool {
    list.iter()
        .any(|p| phrase_at(words, &pattern(p.as_ref())).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::Detector;

    #[test]
    fn english_please_and_other_requests() {
        assert_eq!(requested("English please"), Some(Locale::En));
        assert_eq!(requested("can you speak english?"), Some(Locale::En));
        assert_eq!(requested("auf Deutsch bitte"), Some(Locale::De));
        assert_eq!(requested("¿Puedes hablar español?"), Some(Locale::Es));
        assert_eq!(requested("en français svp"), Some(Locale::Fr));
        assert_eq!(requested("em português por favor"), Some(Locale::Pt));
        assert_eq!(requested("in italiano per favore"), Some(Locale::It));
        assert_eq!(
            requested("our German customers stopped syncing today"),
            None
        );
        assert_eq!(requested("done"), None);
    }

    #[test]
    fn a_ticket_keeps_its_language_until_clearly_switched() {
        let mut state = State::new();
        assert_eq!(
            locale_for(&state, "ActiveCampaign synchronisiert nicht mehr"),
            Locale::De
        );
        assert_eq!(locale_for(&state, "ok"), Locale::En);
        state.ticket = true;
        state.locale = Locale::De;
        for short in ["ok", "erledigt", "done", "403", "still broken"] {
            assert_eq!(locale_for(&state, short), Locale::De, "{short}");
        }
        assert_eq!(locale_for(&state, "English please"), Locale::En);
        assert_eq!(
            locale_for(
                &state,
                "sorry, I don't speak German, can we continue in English"
            ),
            Locale::En
        );
    }

    #[test]
    fn replies_are_read_in_each_language() {
        let cases = [
            (Locale::De, "erledigt", Intent::Done),
            (
                Locale::De,
                "funktioniert immer noch nicht",
                Intent::StillBroken,
            ),
            (Locale::De, "es funktioniert wieder", Intent::WorksNow),
            (
                Locale::De,
                "ich möchte mit einem Menschen sprechen",
                Intent::Human,
            ),
            (Locale::De, "abbrechen", Intent::Cancel),
            (Locale::De, "zurück", Intent::Back),
            (Locale::De, "ja", Intent::Yes),
            (Locale::De, "nein", Intent::No),
            (Locale::Es, "listo", Intent::Done),
            (Locale::Es, "sigue sin funcionar", Intent::StillBroken),
            (Locale::Es, "quiero hablar con una persona", Intent::Human),
            (Locale::Es, "sí", Intent::Yes),
            (Locale::Fr, "c'est fait", Intent::Done),
            (Locale::Fr, "ça ne marche toujours pas", Intent::StillBroken),
            (Locale::Fr, "oui", Intent::Yes),
            (Locale::Pt, "pronto", Intent::Done),
            (Locale::Pt, "ainda não funciona", Intent::StillBroken),
            (Locale::It, "fatto", Intent::Done),
            (Locale::It, "non funziona ancora", Intent::StillBroken),
            (Locale::It, "voglio parlare con un operatore", Intent::Human),
            (
                Locale::De,
                "ich sehe keinen Developer in den Einstellungen",
                Intent::Question(Topic::NoDeveloper),
            ),
            (
                Locale::Es,
                "¿cada cuánto debo rotar la clave?",
                Intent::Question(Topic::RotateOften),
            ),
        ];
        for (locale, text, want) in cases {
            assert_eq!(parse(locale, text), want, "{locale}: {text}");
        }
    }

    #[test]
    fn classify_uses_the_detections_language() {
        let d = Detector::builtin();
        let det = d.detect_in(Locale::De, "erledigt");
        assert_eq!(
            classify("erledigt", &det, Integration::ActiveCampaign),
            Intent::Done
        );
        let det = d.detect_in(Locale::En, "done");
        assert_eq!(
            classify("done", &det, Integration::ActiveCampaign),
            Intent::Done
        );
    }
}
