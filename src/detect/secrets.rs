//! Finds credentials pasted into chat, so the bot can delete the message and
//! start a rotation. Only the span, kind and fingerprint leave this module.
//!
//! The shapes are regexes from the vocabulary. A byte scan runs first: no
//! credential is shorter than `min_len` token characters in a row, and no
//! hex key is split by anything but whitespace, so ordinary chatter never
//! reaches the regexes or the hex-key reader.

use regex::Regex;

use super::vocabulary::{SecretCheck, Vocabulary, VocabularyError};
use super::{Integration, SecretKind, SecretSpan};
use crate::fingerprint::FingerprintKey;

#[derive(Debug, Clone)]
struct Rule {
    kind: SecretKind,
    regex: Regex,
    check: bool,
    integration: Option<Integration>,
}

/// Compiled secret rules.
#[derive(Debug, Clone)]
pub struct SecretScanner {
    rules: Vec<Rule>,
    check: SecretCheck,
    min_run: usize,
    fingerprints: FingerprintKey,
}

/// A secret found, with the integration its shape implies.
#[derive(Debug, Clone)]
pub struct Found {
    pub span: SecretSpan,
    pub integration: Option<Integration>,
}

const fn is_token_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.' | b'+' | b'/' | b'=' | b'~')
}

/// [`CLASS`] bits: a hex digit.
const HEX: u8 = 1;
/// A token byte.
const TOKEN: u8 = 2;
/// A byte that may sit between the hex groups of one key: whitespace, or
/// any byte of a non-ASCII character (zero-width characters among them).
const KEEPS_STRETCH: u8 = 4;

/// Byte classes for the gates.
const CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        let keeps = c.is_ascii_whitespace() || c == 0x0B || c >= 0x80;
        let mut class = 0;
        if c.is_ascii_hexdigit() {
            class |= HEX;
        }
        if is_token_byte(c) {
            class |= TOKEN;
        }
        if keeps {
            class |= KEEPS_STRETCH;
        }
        t[b] = class;
        b += 1;
    }
    t
};

impl SecretScanner {
    pub fn new(vocab: &Vocabulary, origin: &str) -> Result<Self, VocabularyError> {
        let mut rules = Vec::new();
        for (i, r) in vocab.secrets.iter().enumerate() {
            let regex = Regex::new(&r.regex)
                .map_err(|e| VocabularyError::new(origin, format!("secret[{i}].regex: {e}")))?;
            rules.push(Rule {
                kind: r.kind,
                regex,
                check: r.check,
                integration: r.integration,
            });
        }
        let min_run = vocab.secret_check.min_len.clamp(8, 16);
        Ok(Self {
            rules,
            check: vocab.secret_check.clone(),
            min_run,
            fingerprints: FingerprintKey::default(),
        })
    }

    /// Fingerprints found secrets with `key` from now on.
    pub fn set_fingerprint_key(&mut self, key: FingerprintKey) {
        self.fingerprints = key;
    }

    /// The two gates: a stretch of hex digits long enough to hold a hex key
    /// (see [`super::hexkey`]: a key's groups are split only by whitespace
    /// and zero-width characters, so any other ASCII byte but a hex digit
    /// ends a stretch; a non-ASCII byte does not, which keeps the gate open
    /// for everything the reader could find), and a run of token bytes long
    /// enough to be a credential (`min_run` token bytes in a row). The first
    /// pass counts hex digits in the whole text, which is cheap; only a text
    /// with enough of them is read for stretches.
    fn gates(&self, bytes: &[u8]) -> (bool, bool) {
        let len = self.check.hex_key_len;
        let (mut hex, mut run, mut long_run) = (0usize, 0usize, false);
        for &b in bytes {
            let class = CLASS[b as usize];
            hex += usize::from(class & HEX);
            run = if class & TOKEN != 0 { run + 1 } else { 0 };
            long_run |= run >= self.min_run;
        }
        if len == 0 || hex < len {
            return (false, long_run);
        }
        let mut stretch = 0usize;
        for &b in bytes {
            let class = CLASS[b as usize];
            stretch = if class & HEX != 0 {
                stretch + 1
            } else if class & KEEPS_STRETCH != 0 {
                stretch
            } else {
                0
            };
            if stretch >= len {
                return (true, long_run);
            }
        }
        (false, long_run)
    }

    /// All credential spans: hex keys in their pasted variants
    /// ([`super::hexkey`]) first, then the rules, earlier ones winning where
    /// spans overlap.
    pub fn scan(&self, text: &str) -> Vec<Found> {
        let mut found: Vec<Found> = Vec::new();
        let bytes = text.as_bytes();
        let (hex, long_run) = self.gates(bytes);
        if !hex && (self.rules.is_empty() || !long_run) {
            return found;
        }
        // Hex keys first: a generic rule must not claim part of one.
        if hex {
            for k in super::hexkey::find(text, self.check.hex_key_len) {
                if found
                    .iter()
                    .any(|f| k.start < f.span.end && f.span.start < k.end)
                {
                    continue;
                }
                found.push(Found {
                    span: SecretSpan {
                        kind: SecretKind::ActivecampaignKey,
                        start: k.start,
                        end: k.end,
                        fingerprint: self.fingerprints.fingerprint(&k.key),
                    },
                    integration: Some(Integration::ActiveCampaign),
                });
            }
        }

        // No rule matches without a long run of token bytes.
        let rules: &[Rule] = if long_run { &self.rules } else { &[] };
        for rule in rules {
            // Most texts match no rule: the match-only search is cheaper
            // than setting up capture groups. (One `RegexSet` pass over all
            // the rules was tried: its overlapping search costs more than
            // the six searches together.)
            if !rule.regex.is_match(text) {
                continue;
            }
            for caps in rule.regex.captures_iter(text) {
                let Some(m) = caps.name("secret") else {
                    continue;
                };
                let value = m.as_str().trim_end_matches(['.', '-']);
                let (start, end) = (m.start(), m.start() + value.len());
                if rule.check && !self.plausible(value) {
                    continue;
                }
                if found
                    .iter()
                    .any(|f| start < f.span.end && f.span.start < end)
                {
                    continue;
                }
                found.push(Found {
                    span: SecretSpan {
                        kind: rule.kind,
                        start,
                        end,
                        fingerprint: self.fingerprints.fingerprint(value),
                    },
                    integration: rule.integration,
                });
            }
        }
        found.sort_by_key(|f| f.span.start);
        found
    }

    /// Rejects placeholders, prose, UUIDs and low-entropy strings.
    fn plausible(&self, v: &str) -> bool {
        if v.len() < self.check.min_len {
            return false;
        }
        let has_digit = v.bytes().any(|b| b.is_ascii_digit());
        let has_alpha = v.bytes().any(|b| b.is_ascii_alphabetic());
        if !has_digit || !has_alpha || is_uuid(v) {
            return false;
        }
        let lower = v.to_ascii_lowercase();
        if self
            .check
            .placeholders
            .iter()
            .any(|p| lower.contains(p.as_str()))
        {
            return false;
        }
        entropy(v) >= self.check.min_entropy
    }
}

/// UUIDs are ids (orders, requests), not secrets in this product's chats.
fn is_uuid(v: &str) -> bool {
    let b = v.as_bytes();
    b.len() == 36
        && b.iter().enumerate().all(|(i, &c)| match i {
            8 | 13 | 18 | 23 => c == b'-',
            _ => c.is_ascii_hexdigit(),
        })
}

/// Shannon entropy in bits per byte.
fn entropy(v: &str) -> f32 {
    let mut counts = [0u32; 256];
    for b in v.bytes() {
        counts[b as usize] += 1;
    }
    let n = v.len() as f32;
    counts
        .iter()
        .filter(|&&c| c > 0)
        .map(|&c| {
            let p = c as f32 / n;
            -p * p.log2()
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::{entropy, is_uuid};

    #[test]
    fn uuid_shape_is_recognised() {
        assert!(is_uuid("123e4567-e89b-42d3-a456-426614174000"));
        assert!(!is_uuid("123e4567e89b42d3a456426614174000"));
    }

    #[test]
    fn repeated_characters_have_low_entropy() {
        assert!(entropy("aaaaaaaaaaaaaaaaaaaa") < 0.1);
        assert!(entropy("q8ZrT2mX9vLb4NcW7yKp") > 4.0);
    }
}
