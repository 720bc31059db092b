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

/// One group, described without copying its characters: they are the ASCII
/// letters and digits of `text[start..end]` (zero-width characters inside
/// are skipped), read again only for a group that makes a key.
#[derive(Debug, Clone, Copy)]
struct Group {
    start: usize,
    end: usize,
    /// How many letters and digits the group has.
    len: usize,
    /// How many of them, from the start, are hex digits.
    hex_prefix: usize,
    /// Whitespace between the previous group and this one joins them.
    joins_previous: bool,
}

impl Group {
    fn all_hex(&self) -> bool {
        self.hex_prefix == self.len
    }
}

/// The groups of a text, in order. `Copy`, so a lookahead is a copy.
#[derive(Debug, Clone, Copy)]
struct Groups<'a> {
    text: &'a str,
    pos: usize,
    /// A group was already returned (the first joins nothing).
    any: bool,
    /// Whitespace seen since the last group: count, line breaks, and
    /// whether it was only whitespace.
    gap: (usize, usize, bool),
}

impl<'a> Groups<'a> {
    fn new(text: &'a str) -> Self {
        Self {
            text,
            pos: 0,
            any: false,
            gap: (0, 0, true),
        }
    }
}

impl Iterator for Groups<'_> {
    type Item = Group;

    fn next(&mut self) -> Option<Group> {
        let mut cur: Option<Group> = None;
        let bytes = self.text.as_bytes();
        while let Some(&b) = bytes.get(self.pos) {
            let i = self.pos;
            let c = if b.is_ascii() {
                char::from(b)
            } else {
                self.text[i..].chars().next().unwrap_or_default()
            };
            if c.is_ascii_alphanumeric() {
                let g = cur.get_or_insert(Group {
                    start: i,
                    end: i,
                    len: 0,
                    hex_prefix: 0,
                    joins_previous: self.any && self.gap.2 && self.gap.0 <= 3 && self.gap.1 <= 1,
                });
                if g.hex_prefix == g.len && c.is_ascii_hexdigit() {
                    g.hex_prefix += 1;
                }
                g.len += 1;
                g.end = i + 1;
            } else if is_zero_width(c) {
                // Skipped inside a group; between groups it counts as no gap.
            } else {
                if let Some(g) = cur {
                    // The character is read again by the next call.
                    self.any = true;
                    self.gap = (0, 0, true);
                    return Some(g);
                }
                if c.is_whitespace() {
                    self.gap.0 += 1;
                    if c == '\n' {
                        self.gap.1 += 1;
                    }
                } else {
                    self.gap.2 = false;
                }
            }
            self.pos += c.len_utf8();
        }
        if cur.is_some() {
            self.any = true;
        }
        cur
    }
}

/// The ASCII letters and digits of `s`, lower-cased.
fn alnum_lower(s: &str) -> impl Iterator<Item = u8> + '_ {
    s.bytes()
        .filter(u8::is_ascii_alphanumeric)
        .map(|b| b.to_ascii_lowercase())
}

/// The first `n` letters and digits of `s`, lower-cased.
fn key_of(s: &str, n: usize) -> String {
    alnum_lower(s).take(n).map(char::from).collect()
}

/// Every hex key of `len` digits in `text`, in text order. Allocates only
/// for the keys it returns.
pub fn find(text: &str, len: usize) -> Vec<HexKey> {
    let mut found = Vec::new();
    if len == 0 {
        return found;
    }
    let mut gs = Groups::new(text);
    while let Some(g) = gs.next() {
        let n = g.len;
        let span = &text[g.start..g.end];
        // One group: the key, the key plus one stray character, or twice.
        let single = (n == len && g.all_hex())
            || (n == len + 1 && g.hex_prefix >= len)
            || (n == 2 * len
                && g.all_hex()
                && alnum_lower(span)
                    .zip(alnum_lower(span).skip(len))
                    .all(|(a, b)| a == b));
        if single {
            found.push(HexKey {
                start: g.start,
                end: g.end,
                key: key_of(span, len),
            });
            continue;
        }
        // Several groups split by whitespace: join while all hex and short
        // of the key; a match must use every joined group exactly.
        if g.all_hex() && n < len {
            let mut total = n;
            let mut ahead = gs;
            let mut last = None;
            while total < len {
                let mut peek = ahead;
                match peek.next() {
                    Some(h) if h.joins_previous && h.all_hex() => {
                        total += h.len;
                        last = Some(h);
                        ahead = peek;
                    }
                    _ => break,
                }
            }
            if let Some(last) = last
                && total == len
            {
                found.push(HexKey {
                    start: g.start,
                    end: last.end,
                    key: key_of(&text[g.start..last.end], len),
                });
                gs = ahead;
            }
        }
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
