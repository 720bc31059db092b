//! Turns the vocabulary's phrases into one Aho-Corasick automaton and finds
//! the phrases in a message.
//!
//! One case-insensitive pass over the bytes finds every phrase; no lower-cased
//! copy of the message is made, so byte offsets are the caller's offsets.
//! Typo variants and apostrophe variants are expanded here, at build time,
//! so matching stays a single automaton scan.

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use super::vocabulary::{Vocabulary, VocabularyError};

/// What a pattern of the automaton stands for.
#[derive(Debug, Clone, Copy)]
struct PatternInfo {
    group: u16,
    /// Stems may be followed by more word characters ("sync*" in "syncing").
    stem: bool,
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
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80
}

impl Lexicon {
    pub fn new(vocab: &Vocabulary, origin: &str) -> Result<Self, VocabularyError> {
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
        // A full DFA: a few megabytes for a vocabulary with typo variants,
        // built once, and several times faster per byte than the NFA the
        // builder picks by default for this many patterns.
        let automaton = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&strings)
            .map_err(|e| {
                VocabularyError::new(origin, format!("cannot build phrase matcher: {e}"))
            })?;
        Ok(Self {
            automaton,
            patterns,
        })
    }

    /// Number of patterns in the automaton, typo variants included.
    pub fn pattern_count(&self) -> usize {
        self.patterns.len()
    }

    /// Every phrase in `text` that sits on word boundaries, leftmost-longest
    /// and non-overlapping, in text order, appended to `out`. Overlapping
    /// candidates are collected first (in `out`'s tail, so no other buffer
    /// is allocated) so that a candidate rejected for its boundaries never
    /// hides a valid one.
    pub fn find(&self, text: &str, out: &mut Vec<Hit>) {
        let bytes = text.as_bytes();
        let base = out.len();
        for m in self.automaton.find_overlapping_iter(text) {
            let info = self.patterns[m.pattern().as_usize()];
            let (s, e) = (m.start(), m.end());
            let first = bytes[s];
            let last = bytes[e - 1];
            if is_word_byte(first) && s > 0 && is_word_byte(bytes[s - 1]) {
                continue;
            }
            if !info.stem && is_word_byte(last) && e < bytes.len() && is_word_byte(bytes[e]) {
                continue;
            }
            // A stem's hit covers the whole word, so spans read naturally.
            let mut end = e;
            if info.stem {
                while end < bytes.len() && is_word_byte(bytes[end]) {
                    end += 1;
                }
            }
            out.push(Hit {
                group: info.group as usize,
                start: s,
                end,
            });
        }
        let cands = &mut out[base..];
        if cands.len() < 2 {
            return;
        }
        cands.sort_unstable_by(|a, b| {
            a.start
                .cmp(&b.start)
                .then(b.end.cmp(&a.end))
                .then(a.group.cmp(&b.group))
        });
        // Keep each candidate that starts after the last kept one ends.
        let mut kept = base;
        let mut pos = 0;
        for i in base..out.len() {
            let c = out[i];
            if c.start >= pos {
                out[kept] = c;
                kept += 1;
                pos = c.end;
            }
        }
        out.truncate(kept);
    }
}

fn split_stem(raw: &str) -> (String, bool) {
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
