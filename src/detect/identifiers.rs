//! The supported products' names inside code identifiers.
//!
//! Issue text quotes code, and code names a product inside a longer
//! identifier: `loadStripe`, `syncStripe`, `NEXT_PUBLIC_STRIPE_SECRET_KEY`,
//! `getInfusionsoftToken`, `useActiveCampaign`. The phrase matcher
//! ([`super::lexicon`]) only starts a phrase where a word starts, so it
//! reads none of these. This pass finds the names of the products Rekey
//! rotates keys for where a part of an identifier starts and ends: after
//! `_` or at a lower-to-upper case change, before `_`, a digit, an
//! upper-case letter after a lower-case one, or the end of the word. A name
//! inside an ordinary word ("pinstriped") is not read. The names are
//! searched as identifiers spell them (`stripe`, `STRIPE`, `Stripe`,
//! `ActiveCampaign`), case-sensitively, so the search's prefilter passes
//! over most of a message.
//!
//! It runs only when the phrase pass found none of those products, and
//! reports each hit as the product's own integration group, so the rest of
//! the detector reads it like any other mention.
//!
//! The exposure pass reads credential words the same way
//! ([`IdentifierParts`]): `STRIPE_SECRET_KEY`, `apiKey`, `authToken` name
//! a credential as much as "key" or "token" do.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use super::lexicon::{Hit, is_word_byte, split_stem};
use super::vocabulary::{GroupKind, Vocabulary, VocabularyError};

/// Words found where a part of an identifier starts and ends, each with a
/// tag (the caller's: a vocabulary group, say).
#[derive(Debug, Clone)]
pub struct IdentifierParts {
    /// `None` when there are no words.
    automaton: Option<AhoCorasick>,
    /// Per pattern, its tag.
    tags: Vec<usize>,
}

impl IdentifierParts {
    /// The matcher of each tagged phrase of plain lower-case words (at
    /// least `min_len` letters in all), as identifiers spell it: run
    /// together in lower case, in upper case, and with each word
    /// capitalised. Other phrases are left out. The search is
    /// case-sensitive, so its prefilter skips most of a message without
    /// looking at it.
    pub fn new<'a>(
        phrases: impl IntoIterator<Item = (&'a str, usize)>,
        min_len: usize,
        origin: &str,
    ) -> Result<Self, VocabularyError> {
        let mut names: Vec<String> = Vec::new();
        let mut tags = Vec::new();
        for (raw, tag) in phrases {
            let (phrase, _) = split_stem(raw);
            let words: Vec<&str> = phrase.split(' ').collect();
            if words.concat().len() < min_len
                || !words
                    .iter()
                    .all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase()))
            {
                continue;
            }
            for name in spellings(&words) {
                if !names.contains(&name) {
                    names.push(name);
                    tags.push(tag);
                }
            }
        }
        let automaton = if names.is_empty() {
            None
        } else {
            Some(
                AhoCorasickBuilder::new()
                    .match_kind(MatchKind::LeftmostLongest)
                    .build(&names)
                    .map_err(|e| {
                        VocabularyError::new(origin, format!("cannot build name matcher: {e}"))
                    })?,
            )
        };
        Ok(Self { automaton, tags })
    }

    /// Each word that sits inside a longer identifier as a part of it, as
    /// a hit tagged with its phrase's tag, in text order. Words that start
    /// a word are the phrase matcher's and are left to it.
    pub fn find<'t>(&'t self, text: &'t str) -> impl Iterator<Item = Hit> + 't {
        let bytes = text.as_bytes();
        self.automaton
            .iter()
            .flat_map(move |a| a.find_iter(text))
            .filter(move |m| {
                let (s, e) = (m.start(), m.end());
                inside_word(bytes, s) && part_starts(bytes, s) && part_ends(bytes, e)
            })
            .map(|m| Hit {
                group: self.tags[m.pattern().as_usize()],
                start: m.start(),
                end: m.end(),
            })
    }

    /// [`IdentifierParts::find`]'s hits, merged into `hits` (in text
    /// order) so they stay in text order.
    pub fn merge_into(&self, text: &str, hits: &mut Vec<Hit>) {
        for hit in self.find(text) {
            let at = hits.partition_point(|h| (h.start, h.end) <= (hit.start, hit.end));
            hits.insert(at, hit);
        }
    }
}

/// The matcher of the supported products' names, each with its group.
#[derive(Debug, Clone)]
pub struct IdentifierNames {
    parts: IdentifierParts,
    /// The groups that name a supported product.
    products: Vec<usize>,
}

/// Shortest name read inside an identifier ("keap").
const MIN_LEN: usize = 4;

impl IdentifierNames {
    /// The plain-letter phrases (stems included) of the integration groups
    /// that name a supported product ("active campaign" also as
    /// `ActiveCampaign`).
    pub fn new(vocab: &Vocabulary, origin: &str) -> Result<Self, VocabularyError> {
        let products: Vec<usize> = vocab
            .groups
            .iter()
            .enumerate()
            .filter(|(_, g)| {
                g.kind == GroupKind::Integration && g.integration.is_some_and(|i| i.is_supported())
            })
            .map(|(gi, _)| gi)
            .collect();
        let phrases = products.iter().flat_map(|&gi| {
            vocab.groups[gi]
                .phrases
                .iter()
                .map(move |p| (p.as_str(), gi))
        });
        Ok(Self {
            parts: IdentifierParts::new(phrases, MIN_LEN, origin)?,
            products,
        })
    }

    /// Whether `hits` already name one of the products.
    pub fn named(&self, hits: &[Hit]) -> bool {
        hits.iter().any(|h| self.products.contains(&h.group))
    }

    /// Each name that sits inside a longer identifier as a part of it,
    /// merged into `hits` in text order.
    pub fn find(&self, text: &str, hits: &mut Vec<Hit>) {
        self.parts.merge_into(text, hits);
    }
}

/// How an identifier spells a name of lower-case `words`: run together
/// in lower case, in upper case, and with each word capitalised.
fn spellings(words: &[&str]) -> [String; 3] {
    let capitalised = words
        .iter()
        .map(|w| w[..1].to_ascii_uppercase() + &w[1..])
        .collect();
    [
        words.concat(),
        words.concat().to_ascii_uppercase(),
        capitalised,
    ]
}

/// Whether `s` is inside a word (the byte before is a word byte).
fn inside_word(bytes: &[u8], s: usize) -> bool {
    s > 0 && is_word_byte(bytes[s - 1])
}

/// Whether a part of an identifier starts at `s`, inside a word: after
/// `_`, at a lower-to-upper case change (`loadStripe`), or at the last
/// capital of a run of them before a lower-case letter (`APIStripe`).
fn part_starts(bytes: &[u8], s: usize) -> bool {
    let (prev, cur) = (bytes[s - 1], bytes[s]);
    let next = bytes.get(s + 1).copied().unwrap_or(b' ');
    prev == b'_'
        || (prev.is_ascii_lowercase() && cur.is_ascii_uppercase())
        || (prev.is_ascii_uppercase() && cur.is_ascii_uppercase() && next.is_ascii_lowercase())
}

/// Whether a part of an identifier ends at `e`: the word ends, or `_`, a
/// digit, or an upper-case letter after a lower-case one follows.
fn part_ends(bytes: &[u8], e: usize) -> bool {
    match bytes.get(e) {
        None => true,
        Some(&next) => {
            !is_word_byte(next)
                || next == b'_'
                || next.is_ascii_digit()
                || (next.is_ascii_uppercase() && bytes[e - 1].is_ascii_lowercase())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names() -> IdentifierNames {
        let vocab = Vocabulary::parse_unchecked(super::super::BUILTIN_TOML, "<builtin>").unwrap();
        IdentifierNames::new(&vocab, "<builtin>").unwrap()
    }

    fn found(text: &str) -> Vec<&str> {
        let mut hits = Vec::new();
        names().find(text, &mut hits);
        hits.iter().map(|h| &text[h.start..h.end]).collect()
    }

    #[test]
    fn a_product_named_inside_an_identifier_is_read() {
        for (text, name) in [
            ("const stripe = await loadStripe(key)", "Stripe"),
            ("syncStripe method in Subscription class", "Stripe"),
            ("NEXT_PUBLIC_STRIPE_SECRET_KEY is set", "STRIPE"),
            ("getInfusionsoftToken() returns null", "Infusionsoft"),
            ("the useActiveCampaign hook", "ActiveCampaign"),
            ("APIStripe client", "Stripe"),
            ("my_keap_token expired", "keap"),
            ("laravel_stripe2 fails", "stripe"),
        ] {
            assert_eq!(found(text), [name], "{text}");
        }
    }

    #[test]
    fn a_name_inside_an_ordinary_word_or_at_a_word_start_is_not() {
        for text in [
            "a pinstriped shirt",
            "stripes on the flag",
            "Stripe is down",
            "STRIPE_KEY starts the word (the phrase matcher reads it)",
            "Stripedown",
            "mystripe",
            "unkeapable",
            "keapsake",
        ] {
            assert!(found(text).is_empty(), "{text}: {:?}", found(text));
        }
    }

    #[test]
    fn hits_are_merged_in_text_order() {
        let mut hits = vec![
            Hit {
                group: 0,
                start: 0,
                end: 4,
            },
            Hit {
                group: 0,
                start: 20,
                end: 24,
            },
        ];
        names().find("sync loadStripe ok then", &mut hits);
        let starts: Vec<usize> = hits.iter().map(|h| h.start).collect();
        assert_eq!(starts, [0, 9, 20]);
    }
}
