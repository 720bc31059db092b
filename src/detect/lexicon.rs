//! Turns the vocabulary's phrases into one Aho-Corasick automaton and finds
//! the phrases in a message.
//!
//! One case-insensitive pass over the bytes finds every phrase; no lower-cased
//! copy of the message is made, so byte offsets are the caller's offsets.
//! Typo variants and apostrophe variants are expanded here, at build time,
//! so matching stays a single automaton scan.
//!
//! The scan is a leftmost-longest search: each step finds the longest phrase
//! at the leftmost position where any phrase occurs. The other phrases that
//! occur at that same position are exactly the phrases that are prefixes of
//! the one found (listed per pattern at build time), so every candidate at
//! that position is known without an overlapping scan; if none of them sits
//! on word boundaries, the search resumes one byte further on. The result is
//! the same as collecting every overlapping occurrence and keeping the
//! leftmost-longest valid ones (`find_overlapping_reference` in the tests
//! checks this on random texts).

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, Input, MatchKind};

use super::vocabulary::{Vocabulary, VocabularyError};

/// What a pattern of the automaton stands for.
#[derive(Debug, Clone, Copy)]
struct PatternInfo {
    group: u16,
    /// Stems may be followed by more word characters ("sync*" in "syncing").
    stem: bool,
}

/// The patterns of the automaton, in pattern-id order.
#[derive(Debug)]
struct Patterns {
    strings: Vec<String>,
    info: Vec<PatternInfo>,
}

/// A phrase found in a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub group: usize,
    pub start: usize,
    pub end: usize,
}

/// The compiled phrase matcher.
#[derive(Debug, Clone)]
pub struct Lexicon {
    automaton: AhoCorasick,
    patterns: Vec<PatternInfo>,
    /// Per pattern, the other patterns that are its proper prefixes, as
    /// (pattern, length), longest first: what else occurs where this
    /// pattern occurs.
    prefixes: Vec<Box<[(u32, u32)]>>,
}

pub(crate) fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80
}

/// Whether the word goes on at `at`: a word byte, unless it starts a
/// trade mark sign, which a brand carries without a space ("Keap™",
/// "Stripe®"), or a boundary of a CJK character (Chinese, Japanese and
/// Korean are written without spaces: each such character stands alone,
/// so "key泄露了" holds "key" and "泄露").
fn word_goes_on(bytes: &[u8], at: usize) -> bool {
    const MARKS: [&[u8]; 4] = [
        "™".as_bytes(),
        "®".as_bytes(),
        "©".as_bytes(),
        "℠".as_bytes(),
    ];
    bytes.get(at).is_some_and(|&b| {
        is_word_byte(b)
            && (b < 0x80 || !MARKS.iter().any(|m| bytes[at..].starts_with(m)))
            && !cjk_boundary(bytes, at)
    })
}

/// Whether the word at `s` started before it: `s` and the byte before are
/// word bytes, with no CJK character on either side of `s`.
fn word_began_before(bytes: &[u8], s: usize) -> bool {
    s > 0 && is_word_byte(bytes[s]) && is_word_byte(bytes[s - 1]) && !cjk_boundary(bytes, s)
}

/// Whether a CJK character starts or ends at `at`. Only bytes past ASCII
/// are looked at, so English text never pays for it.
fn cjk_boundary(bytes: &[u8], at: usize) -> bool {
    let starts = bytes.get(at).is_some_and(|&b| b >= 0xE0) && cjk_char(&bytes[at..]);
    let ends = at >= 3 && bytes[at - 1] >= 0x80 && cjk_char(&bytes[at - 3..at]);
    starts || ends
}

/// Whether `text` holds a CJK character (as [`cjk_char`] reads one).
pub(crate) fn has_cjk(text: &str) -> bool {
    let bytes = text.as_bytes();
    (0..bytes.len()).any(|i| bytes[i] >= 0xE0 && cjk_char(&bytes[i..]))
}

/// Whether `bytes` opens with a three-byte UTF-8 character of the CJK
/// blocks: radicals, punctuation, kana and ideographs (U+2E80–U+9FFF),
/// Hangul syllables (U+AC00–U+D7AF), compatibility ideographs and the
/// full-width forms (U+F900–U+FFEF).
fn cjk_char(bytes: &[u8]) -> bool {
    let [b0, b1, b2, ..] = *bytes else {
        return false;
    };
    if b0 & 0xF0 != 0xE0 || b1 & 0xC0 != 0x80 || b2 & 0xC0 != 0x80 {
        return false;
    }
    let c = (u32::from(b0 & 0x0F) << 12) | (u32::from(b1 & 0x3F) << 6) | u32::from(b2 & 0x3F);
    matches!(c, 0x2E80..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFFEF)
}

impl Lexicon {
    pub fn new(vocab: &Vocabulary, origin: &str) -> Result<Self, VocabularyError> {
        let Patterns { strings, info } = Patterns::new(vocab, origin)?;
        // A full DFA: a few megabytes for a vocabulary with typo variants,
        // built once, and several times faster per byte than the NFA the
        // builder picks by default for this many patterns.
        let automaton = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&strings)
            .map_err(|e| {
                VocabularyError::new(origin, format!("cannot build phrase matcher: {e}"))
            })?;
        // Patterns are lower-cased and matched ASCII-case-insensitively, so a
        // pattern occurs at a position exactly when it is a prefix of the
        // longest pattern occurring there. In sorted order a pattern's
        // prefixes come before it: a stack of the patterns that are prefixes
        // of the current one finds them all in one pass.
        let mut order: Vec<usize> = (0..strings.len()).collect();
        order.sort_unstable_by(|&a, &b| strings[a].cmp(&strings[b]));
        let mut prefixes: Vec<Box<[(u32, u32)]>> = vec![Box::default(); strings.len()];
        let mut stack: Vec<usize> = Vec::new();
        for &i in &order {
            while let Some(&top) = stack.last() {
                if strings[i].as_bytes().starts_with(strings[top].as_bytes()) {
                    break;
                }
                stack.pop();
            }
            prefixes[i] = stack
                .iter()
                .rev()
                .map(|&p| (p as u32, strings[p].len() as u32))
                .collect();
            stack.push(i);
        }
        Ok(Self {
            automaton,
            patterns: info,
            prefixes,
        })
    }
}

impl Patterns {
    fn new(vocab: &Vocabulary, origin: &str) -> Result<Self, VocabularyError> {
        if vocab.groups.len() > u16::MAX as usize {
            return Err(VocabularyError::new(origin, "too many groups"));
        }
        let mut strings: Vec<String> = Vec::new();
        let mut patterns: Vec<PatternInfo> = Vec::new();
        // lower-cased pattern -> the group that listed it
        let mut seen: HashMap<String, usize> = HashMap::new();
        // Explicit phrases first, so that they win over generated variants.
        for (gi, g) in vocab.groups.iter().enumerate() {
            for raw in &g.phrases {
                let (base, stem) = split_stem(raw);
                for v in apostrophe_variants(&base) {
                    match seen.get(&v) {
                        Some(&other) if other != gi => {
                            return Err(VocabularyError::new(
                                origin,
                                format!(
                                    "phrase {v:?} is listed in both group {:?} and group {:?}",
                                    vocab.groups[other].name, g.name
                                ),
                            ));
                        }
                        Some(_) => {}
                        None => {
                            seen.insert(v.clone(), gi);
                            strings.push(v);
                            patterns.push(PatternInfo {
                                group: gi as u16,
                                stem,
                            });
                        }
                    }
                }
            }
        }
        // A typo variant never overrides a real phrase or an earlier variant.
        for (gi, g) in vocab.groups.iter().enumerate().filter(|(_, g)| g.fuzzy) {
            for raw in &g.phrases {
                let (base, stem) = split_stem(raw);
                for v in typo_variants(&base, vocab.scoring.fuzzy_min_len) {
                    if let std::collections::hash_map::Entry::Vacant(e) = seen.entry(v.clone()) {
                        e.insert(gi);
                        strings.push(v);
                        patterns.push(PatternInfo {
                            group: gi as u16,
                            stem,
                        });
                    }
                }
            }
        }
        Ok(Self {
            strings,
            info: patterns,
        })
    }
}

impl Lexicon {
    /// Number of patterns in the automaton, typo variants included.
    pub fn pattern_count(&self) -> usize {
        self.patterns.len()
    }

    /// Every phrase in `text` that sits on word boundaries, leftmost-longest
    /// and non-overlapping, in text order, appended to `out`. A stem's hit
    /// extends to the end of its word; at one position the hit reaching
    /// furthest wins, then a phrase spelt out whole over a stem reaching as
    /// far ("token_expired" over "token*"), then the group listed first. A
    /// candidate rejected for its boundaries never hides a valid one.
    pub fn find(&self, text: &str, out: &mut Vec<Hit>) {
        let bytes = text.as_bytes();
        let mut at = 0;
        while at < bytes.len() {
            let Some(m) = self.automaton.find(Input::new(text).range(at..)) else {
                break;
            };
            let s = m.start();
            // Every phrase occurring at `s` starts with the same byte.
            if word_began_before(bytes, s) {
                at = s + 1;
                continue;
            }
            let longest = m.pattern().as_usize();
            // The best hit, and whether it is a whole phrase (not a stem).
            let mut best: Option<(Hit, bool)> = None;
            let mut consider = |p: usize, e: usize| {
                let info = self.patterns[p];
                let mut end = e;
                if info.stem {
                    // A stem's hit covers the whole word, so spans read naturally.
                    while word_goes_on(bytes, end) {
                        end += 1;
                    }
                } else if is_word_byte(bytes[e - 1]) && word_goes_on(bytes, e) {
                    return;
                }
                let group = info.group as usize;
                let whole = !info.stem;
                if best.is_none_or(|(b, b_whole)| {
                    (end, whole, std::cmp::Reverse(group))
                        > (b.end, b_whole, std::cmp::Reverse(b.group))
                }) {
                    best = Some((
                        Hit {
                            group,
                            start: s,
                            end,
                        },
                        whole,
                    ));
                }
            };
            consider(longest, m.end());
            for &(p, len) in self.prefixes[longest].iter() {
                consider(p as usize, s + len as usize);
            }
            match best.map(|(h, _)| h) {
                Some(h) => {
                    out.push(h);
                    at = h.end;
                }
                None => at = s + 1,
            }
        }
    }

    /// [`Lexicon::find`] on each of `lines` (byte ranges of `text`), adding
    /// to `out` (hits in text order) those that overlap no hit already
    /// there, so `out` stays in text order.
    pub fn find_within(
        &self,
        text: &str,
        lines: impl Iterator<Item = std::ops::Range<usize>>,
        out: &mut Vec<Hit>,
    ) {
        let mut extra = Vec::new();
        for line in lines {
            let from = extra.len();
            self.find(&text[line.clone()], &mut extra);
            for h in &mut extra[from..] {
                h.start += line.start;
                h.end += line.start;
            }
        }
        extra.retain(|h| !out.iter().any(|o| o.start < h.end && h.start < o.end));
        if extra.is_empty() {
            return;
        }
        out.extend(extra);
        out.sort_by_key(|h| (h.start, h.end));
    }
}

/// A vocabulary phrase as the matchers read it: trimmed, lower-cased,
/// and whether it is a stem (a trailing `*`).
pub(crate) fn split_stem(raw: &str) -> (String, bool) {
    let t = raw.trim();
    match t.strip_suffix('*') {
        Some(b) => (b.trim_end().to_ascii_lowercase(), true),
        None => (t.to_ascii_lowercase(), false),
    }
}

/// "can't" also matches "can’t" and "cant".
fn apostrophe_variants(p: &str) -> Vec<String> {
    if p.contains('\'') {
        vec![
            p.to_string(),
            p.replace('\'', "\u{2019}"),
            p.replace('\'', ""),
        ]
    } else {
        vec![p.to_string()]
    }
}

/// One-typo variants of each long word of a phrase: a dropped letter, a
/// doubled letter, or two neighbours swapped. The first letter is kept, as
/// people rarely mistype it and it keeps variants from colliding with other
/// words. Substitutions are left out: they multiply patterns by 26 and
/// collide with real words far more often.
pub(crate) fn typo_variants(phrase: &str, min_len: usize) -> Vec<String> {
    let words: Vec<&str> = phrase.split(' ').collect();
    let mut out = Vec::new();
    for (wi, w) in words.iter().enumerate() {
        let chars: Vec<char> = w.chars().collect();
        if chars.len() < min_len || !chars.iter().all(|c| c.is_ascii_alphabetic()) {
            continue;
        }
        let mut variants: Vec<String> = Vec::new();
        for i in 1..chars.len() {
            let mut v = chars.clone();
            v.remove(i);
            variants.push(v.into_iter().collect());
            let mut d = chars.clone();
            d.insert(i, chars[i]);
            variants.push(d.into_iter().collect());
            if i + 1 < chars.len() && chars[i] != chars[i + 1] {
                let mut t = chars.clone();
                t.swap(i, i + 1);
                variants.push(t.into_iter().collect());
            }
        }
        for v in variants {
            if v == *w {
                continue;
            }
            let mut ws: Vec<&str> = words.clone();
            ws[wi] = &v;
            out.push(ws.join(" "));
        }
    }
    out.sort();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    //! The leftmost-longest search against the overlapping scan it replaced.

    use std::sync::LazyLock;

    use aho_corasick::AhoCorasick;
    use proptest::prelude::*;
    use proptest::test_runner::Config as ProptestConfig;

    use super::super::locale::BUILTIN_LOCALE_TOML;
    use super::super::locale::LocaleFile;
    use super::*;

    /// A lexicon with the patterns and an overlapping (standard) automaton
    /// over them.
    struct Pair {
        lexicon: Lexicon,
        patterns: Patterns,
        overlapping: AhoCorasick,
    }

    /// English and every built-in locale.
    static PAIRS: LazyLock<Vec<Pair>> = LazyLock::new(|| {
        let english = Vocabulary::builtin();
        let mut vocabs = vec![english.clone()];
        for (locale, text) in BUILTIN_LOCALE_TOML {
            let file = LocaleFile::parse(text, &format!("{locale}")).unwrap();
            vocabs.push(file.vocabulary(&english));
        }
        vocabs
            .iter()
            .map(|v| {
                let patterns = Patterns::new(v, "test").unwrap();
                let overlapping = AhoCorasickBuilder::new()
                    .ascii_case_insensitive(true)
                    .match_kind(MatchKind::Standard)
                    .build(&patterns.strings)
                    .unwrap();
                Pair {
                    lexicon: Lexicon::new(v, "test").unwrap(),
                    patterns,
                    overlapping,
                }
            })
            .collect()
    });

    /// Every pattern of every lexicon: the phrases texts are built from.
    static PHRASES: LazyLock<Vec<String>> = LazyLock::new(|| {
        PAIRS
            .iter()
            .flat_map(|p| p.patterns.strings.iter().cloned())
            .collect()
    });

    /// The search as it was: every overlapping occurrence, filtered for word
    /// boundaries, then the leftmost-longest (furthest end, then a whole
    /// phrase over a stem, then first group) kept greedily.
    fn find_overlapping_reference(pair: &Pair, text: &str) -> Vec<Hit> {
        let bytes = text.as_bytes();
        let mut cands = Vec::new();
        for m in pair.overlapping.find_overlapping_iter(text) {
            let info = pair.patterns.info[m.pattern().as_usize()];
            let (s, e) = (m.start(), m.end());
            if word_began_before(bytes, s) {
                continue;
            }
            if !info.stem && is_word_byte(bytes[e - 1]) && word_goes_on(bytes, e) {
                continue;
            }
            let mut end = e;
            if info.stem {
                while word_goes_on(bytes, end) {
                    end += 1;
                }
            }
            cands.push((
                Hit {
                    group: info.group as usize,
                    start: s,
                    end,
                },
                info.stem,
            ));
        }
        cands.sort_by(|(a, a_stem), (b, b_stem)| {
            a.start
                .cmp(&b.start)
                .then(b.end.cmp(&a.end))
                .then(a_stem.cmp(b_stem))
                .then(a.group.cmp(&b.group))
        });
        let mut kept = Vec::new();
        let mut pos = 0;
        for (c, _) in cands {
            if c.start >= pos {
                pos = c.end;
                kept.push(c);
            }
        }
        kept
    }

    /// Bits of text between and inside phrases: word characters that glue
    /// onto a phrase, separators, apostrophes, non-ASCII letters.
    const NOISE: &[&str] = &[
        " ", " ", "  ", "s", "ing", "ed", "x", "9", "_", "-", "'", "\u{2019}", ".", ",", "\n", "é",
        "ß", "🔑", "\"", "/", "api", "key", "™", "®", "泄露", "了", "キー", "，",
    ];

    /// A piece of a text: a whole phrase, a phrase's head or tail, or noise,
    /// possibly upper-cased.
    fn piece() -> impl Strategy<Value = String> {
        let n = PHRASES.len();
        let text = prop_oneof![
            4 => (0..n).prop_map(|i| PHRASES[i].clone()),
            2 => (0..n, any::<prop::sample::Index>()).prop_map(|(i, at)| {
                let p = &PHRASES[i];
                let cut = at.index(p.len() + 1);
                p.get(..cut).unwrap_or(p).to_owned()
            }),
            2 => (0..n, any::<prop::sample::Index>()).prop_map(|(i, at)| {
                let p = &PHRASES[i];
                let cut = at.index(p.len() + 1);
                p.get(cut..).unwrap_or(p).to_owned()
            }),
            4 => prop::sample::select(NOISE).prop_map(str::to_owned),
        ];
        (text, any::<u8>()).prop_map(|(t, case)| match case % 4 {
            0 => t.to_ascii_uppercase(),
            1 => {
                let mut c = t.chars();
                c.next()
                    .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                    .unwrap_or_default()
            }
            _ => t,
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig {
            cases: 512,
            failure_persistence: None,
            ..ProptestConfig::default()
        })]

        #[test]
        fn leftmost_longest_search_finds_what_the_overlapping_scan_kept(
            pieces in prop::collection::vec(piece(), 1..16)
        ) {
            let text = pieces.concat();
            for pair in PAIRS.iter() {
                let mut got = vec![Hit { group: usize::MAX, start: 0, end: 0 }];
                pair.lexicon.find(&text, &mut got);
                prop_assert_eq!(&got[1..], &find_overlapping_reference(pair, &text)[..], "{:?}", text);
            }
        }
    }
}
