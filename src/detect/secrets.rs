//! Finds credentials pasted into chat, so the bot can delete the message and
//! start a rotation. Only the span, kind and fingerprint leave this module.
//!
//! The shapes are regexes from the vocabulary. A byte scan runs first: no
//! credential is shorter than `min_len` token characters in a row, so
//! ordinary chatter never reaches the regexes.

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

/// Byte classes for the gates: bit 0 a hex digit, bit 1 a token byte.
const CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = (c.is_ascii_hexdigit() as u8) | ((is_token_byte(c) as u8) << 1);
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

    /// Both gates in one pass: enough hex digits in the whole text to hold
    /// a split hex key (see [`super::hexkey`]), and a run of token bytes
    /// long enough to be a credential (`min_run` token bytes in a row). Stops
    /// as soon as the hex gate opens (the rules run then anyway).
    fn gates(&self, bytes: &[u8]) -> (bool, bool) {
        let len = self.check.hex_key_len;
        let (mut hex, mut run, mut long_run) = (0usize, 0usize, false);
        // The hex count only grows: checking it once per chunk keeps the
        // inner loop free of exits.
        for chunk in bytes.chunks(64) {
            for &b in chunk {
                let class = CLASS[b as usize];
                hex += usize::from(class & 1);
                run = if class & 2 != 0 { run + 1 } else { 0 };
                long_run |= run >= self.min_run;
            }
            if len > 0 && hex >= len {
                return (true, true);
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

        for rule in &self.rules {
            // Most texts match no rule: the match-only search is cheaper
            // than setting up capture groups.
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
