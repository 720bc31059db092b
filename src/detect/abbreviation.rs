//! Short abbreviations that name a product only where they stand alone.
//!
//! Customers call ActiveCampaign "AC" ("AC isnt syncing anymore"), so the
//! vocabulary lists "ac" among its names. Two letters are also part of
//! many other names, and real messages use them so: a handle or a package
//! (`@raya-ac`, `homebridge-tado-ac`), a host (`ac-bordeaux.fr`), an
//! acronym written with dots ("A.N.AC."), an air conditioner ("Midea AC
//! regularly becomes unavailable"), and, beside a certificate, the
//! Spanish and Portuguese certificate authority ("Certificado no emitido
//! por AC de confianza", "Certificados da AC BOA VISTA RFB"). Read as
//! ActiveCampaign, each of them would turn a stranger's report into a key
//! rotation for a product they do not use.
//!
//! A group lists such phrases under `abbreviations`. A hit of one of them
//! is dropped before scoring when it is joined to a longer name (a `-` or
//! `.` with a word on its other side, or an `@` before it), or when a word
//! of the message starts with one of the group's `abbreviation_not_with`
//! words: a message about air conditioners ("Daikin", "thermostat",
//! "Home Assistant") or certificates means something else by "AC" all
//! through. Every other phrase of the group ("activecampaign", "active
//! campaign") names the product as before.

use super::lexicon::{Hit, is_word_byte};
use super::vocabulary::Vocabulary;

/// One group's abbreviations and the words that give them another meaning,
/// all lower-case.
#[derive(Debug, Clone)]
struct Rule {
    group: usize,
    forms: Vec<String>,
    not_with: Vec<String>,
}

/// The vocabulary's abbreviations, by group.
#[derive(Debug, Clone, Default)]
pub(crate) struct Abbreviations {
    rules: Vec<Rule>,
}

impl Abbreviations {
    /// The groups of `vocab` that list abbreviations (the vocabulary's
    /// validation has checked that each is one of the group's phrases).
    pub(crate) fn new(vocab: &Vocabulary) -> Self {
        let lower = |v: &[String]| v.iter().map(|s| s.to_lowercase()).collect();
        let rules = vocab
            .groups
            .iter()
            .enumerate()
            .filter(|(_, g)| !g.abbreviations.is_empty())
            .map(|(group, g)| Rule {
                group,
                forms: lower(&g.abbreviations),
                not_with: lower(&g.abbreviation_not_with),
            })
            .collect();
        Self { rules }
    }

    /// Drops from `hits` every abbreviation that does not stand alone in
    /// `text`.
    pub(crate) fn retain(&self, text: &str, hits: &mut Vec<Hit>) {
        if self.rules.is_empty() {
            return;
        }
        // Whether the message gives each rule's abbreviations another
        // meaning: read once per message, however many hits ask.
        let mut other_meaning: Vec<Option<bool>> = vec![None; self.rules.len()];
        hits.retain(|h| {
            let Some(i) = self.rules.iter().position(|r| r.group == h.group) else {
                return true;
            };
            let rule = &self.rules[i];
            if !rule
                .forms
                .iter()
                .any(|f| same_form(f, &text[h.start..h.end]))
            {
                return true;
            }
            stands_alone(text.as_bytes(), h.start, h.end)
                && !*other_meaning[i].get_or_insert_with(|| mentions_any(text, &rule.not_with))
        });
    }
}

/// Whether `found` is `form` (lower-case), in any case and with or without
/// its apostrophes, as the phrase matcher finds it ("ACs", "AC’s" for
/// "ac's").
/// Compared letter by letter, without allocating: every hit of the
/// group's full names ("activecampaign") is asked too.
fn same_form(form: &str, found: &str) -> bool {
    fn letters(s: &str) -> impl Iterator<Item = char> + '_ {
        s.chars()
            .filter(|c| !matches!(c, '\'' | '’'))
            .flat_map(char::to_lowercase)
    }
    letters(form).eq(letters(found))
}

/// Whether `bytes[start..end]` is a word of its own, not a part of a
/// hyphenated, dotted or `@` name.
fn stands_alone(bytes: &[u8], start: usize, end: usize) -> bool {
    let joined_before = match start.checked_sub(1).map(|i| bytes[i]) {
        Some(b'@') => true,
        Some(b'-' | b'.') => start >= 2 && is_word_byte(bytes[start - 2]),
        _ => false,
    };
    // "a.c." ends with its own dot; what follows it is looked at.
    let joined_after = matches!(bytes.get(end), Some(b'-' | b'.'))
        && bytes.get(end + 1).is_some_and(|&b| is_word_byte(b));
    !joined_before && !joined_after
}

/// Whether a word of `text` starts with one of `words` (lower-case).
fn mentions_any(text: &str, words: &[String]) -> bool {
    if words.is_empty() {
        return false;
    }
    let lower = text.to_lowercase();
    let bytes = lower.as_bytes();
    words.iter().any(|w| {
        lower
            .match_indices(w.as_str())
            .any(|(i, _)| i == 0 || !is_word_byte(bytes[i - 1]))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn alone(text: &str, word: &str) -> bool {
        let start = text.find(word).unwrap();
        stands_alone(text.as_bytes(), start, start + word.len())
    }

    #[test]
    fn an_abbreviation_joined_to_a_longer_name_does_not_stand_alone() {
        for (text, word) in [
            ("thanks @raya-ac for the report", "ac"),
            ("[homebridge-tado-ac] ERROR: Request failed", "ac"),
            ("issue with ac-bordeaux.fr ENT", "ac"),
            (
                "Autorità Nazionale Anticorruzione - A.N.AC. il sistema",
                "AC",
            ),
            ("see AC.md in the repo", "AC"),
        ] {
            assert!(!alone(text, word), "{text}");
        }
        for (text, word) in [
            ("AC isnt syncing anymore", "AC"),
            ("contacts never reach AC.", "AC"),
            ("our AC - Shopify sync stopped", "AC"),
            ("AC's API rejects the key", "AC's"),
            ("the A.C. integration broke", "A.C."),
            ("(AC) stopped syncing", "AC"),
        ] {
            assert!(alone(text, word), "{text}");
        }
    }

    #[test]
    fn a_form_is_found_in_any_case_and_without_its_apostrophe() {
        for found in ["ac's", "AC's", "ACs", "AC’s", "acs"] {
            assert!(same_form("ac's", found), "{found}");
        }
        assert!(same_form("ac", "AC"));
        assert!(!same_form("ac", "ACs"));
        assert!(!same_form("a.c.", "ac"));
    }

    #[test]
    fn a_word_anywhere_in_the_message_gives_another_meaning() {
        let words = vec!["certific".to_string(), "home assistant".to_string()];
        assert!(mentions_any(
            "Certificado no emitido por AC de confianza",
            &words
        ));
        assert!(mentions_any(
            "AC DIGITALSIGN RFB G2\nO certificado X",
            &words
        ));
        assert!(mentions_any("Midea AC offline in Home Assistant", &words));
        assert!(!mentions_any(
            "AC stopped syncing; uncertified builds are fine",
            &words
        ));
        assert!(!mentions_any("AC stopped syncing", &words));
        assert!(!mentions_any("AC stopped syncing", &[]));
    }
}
