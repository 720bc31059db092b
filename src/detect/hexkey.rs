//! ActiveCampaign-style keys (a fixed number of hex digits) as people really
//! paste them: uppercased, split by spaces, line breaks or zero-width
//! characters, pasted twice, or followed by one stray character.
//!
//! The text is read as *groups*: maximal runs of ASCII letters and digits,
//! with zero-width characters inside a run skipped. Consecutive all-hex
//! groups separated only by a little whitespace (at most three characters,
//! one line break allowed) are joined when their total length is exactly a
//! key; a single group is a key when it is the key length, the key length
//! plus one stray character, or the same key twice. Commit hashes (40),
//! SHA-256 digests (64), UUIDs (dashes), colours and order numbers are never
//! that long or never all hex, so they stay out.

/// A key found: byte span in the text and the key as typed, lower-cased and
/// joined (what the fingerprint is taken of).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HexKey {
    pub start: usize,
    pub end: usize,
    pub key: String,
}

/// Zero-width characters people (and chat clients) slip into pasted text.
fn is_zero_width(c: char) -> bool {
    matches!(
        c,
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}'
    )
}

#[derive(Debug)]
struct Group {
    start: usize,
    end: usize,
    /// The group's letters and digits, lower-cased, zero-width removed.
    chars: String,
    /// Whitespace between the previous group and this one joins them.
    joins_previous: bool,
}

fn groups(text: &str) -> Vec<Group> {
    let mut out: Vec<Group> = Vec::new();
    let mut cur: Option<Group> = None;
    // Whitespace seen since the last group: (count, line breaks, only whitespace).
    let mut gap = (0usize, 0usize, true);
    for (i, c) in text.char_indices() {
        if c.is_ascii_alphanumeric() {
            let g = cur.get_or_insert_with(|| Group {
                start: i,
                end: i,
                chars: String::new(),
                joins_previous: !out.is_empty() && gap.2 && gap.0 <= 3 && gap.1 <= 1,
            });
            g.chars.push(c.to_ascii_lowercase());
            g.end = i + c.len_utf8();
        } else if is_zero_width(c) {
            if cur.is_none() {
                // A zero-width character between groups counts as no gap.
                continue;
            }
        } else {
            if let Some(g) = cur.take() {
                out.push(g);
                gap = (0, 0, true);
            }
            if c.is_whitespace() {
                gap.0 += 1;
                if c == '\n' {
                    gap.1 += 1;
                }
            } else {
                gap.2 = false;
            }
        }
    }
    out.extend(cur);
    out
}

fn all_hex(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii_hexdigit())
}

/// Every hex key of `len` digits in `text`, in text order.
pub fn find(text: &str, len: usize) -> Vec<HexKey> {
    let mut found = Vec::new();
    if len == 0 {
        return found;
    }
    let gs = groups(text);
    let mut i = 0;
    while i < gs.len() {
        let g = &gs[i];
        let n = g.chars.len();
        // One group: the key, the key plus one stray character, or twice.
        let single = if n == len && all_hex(&g.chars) {
            Some(g.chars.clone())
        } else if (n == len + 1 && all_hex(&g.chars[..len]))
            || (n == 2 * len && all_hex(&g.chars) && g.chars[..len] == g.chars[len..])
        {
            Some(g.chars[..len].to_string())
        } else {
            None
        };
        if let Some(key) = single {
            found.push(HexKey {
                start: g.start,
                end: g.end,
                key,
            });
            i += 1;
            continue;
        }
        // Several groups split by whitespace: join while all hex and short
        // of the key; a match must use every joined group exactly.
        if all_hex(&g.chars) && n < len {
            let mut total = n;
            let mut j = i + 1;
            while j < gs.len() && gs[j].joins_previous && all_hex(&gs[j].chars) && total < len {
                total += gs[j].chars.len();
                j += 1;
            }
            if total == len && j > i + 1 {
                let key: String = gs[i..j].iter().map(|g| g.chars.as_str()).collect();
                found.push(HexKey {
                    start: g.start,
                    end: gs[j - 1].end,
                    key,
                });
                i = j;
                continue;
            }
        }
        i += 1;
    }
    found
}

#[cfg(test)]
mod tests {
    use super::find;

    #[test]
    fn a_stray_group_before_the_key_does_not_hide_it() {
        let key = "ab12".repeat(18);
        let found = find(&format!("add {key}"), 72);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].key, key);
    }
}
