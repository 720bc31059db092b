//! Pure helpers for text that users control (display names, ActiveCampaign
//! user names, quoted customer text) before it reaches a terminal or a chat:
//! control characters removed, length capped. Channel-specific escaping
//! (Discord Markdown) lives with the channel (`discord::escape`).

/// The longest name Rekey repeats anywhere (Discord allows 32, but
/// ActiveCampaign and web chat names can be longer).
pub const NAME_MAX_CHARS: usize = 80;

/// Removes control characters (C0, DEL, C1, and the bidirectional overrides
/// and isolates that can reorder what a reader sees). `keep_newlines` keeps
/// `\n` (for multi-line text); tabs become spaces.
pub fn strip_controls(text: &str, keep_newlines: bool) -> String {
    text.chars()
        .filter_map(|c| match c {
            '\n' if keep_newlines => Some('\n'),
            '\t' => Some(' '),
            c if c.is_control() || is_bidi_control(c) => None,
            c => Some(c),
        })
        .collect()
}

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}')
}

/// Cuts `text` to at most `max` characters, ending with `…` when cut.
pub fn cap(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let mut out: String = text.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// A user-controlled name made safe to repeat: one line, no control
/// characters, trimmed, at most [`NAME_MAX_CHARS`].
pub fn name(raw: &str) -> String {
    cap(strip_controls(raw, false).trim(), NAME_MAX_CHARS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_and_bidi_overrides_are_removed() {
        let cases = [
            ("ada\u{1b}[31m", "ada[31m", "an ANSI escape loses its ESC"),
            ("a\u{7}b\u{0}c", "abc", "bell and NUL go"),
            (
                "evil\u{202E}gpj.exe",
                "evilgpj.exe",
                "right-to-left override goes",
            ),
            ("x\u{9b}y", "xy", "C1 control goes"),
            ("tab\there", "tab here", "tabs become spaces"),
        ];
        for (raw, want, why) in cases {
            assert_eq!(strip_controls(raw, false), want, "{why}");
        }
        assert_eq!(strip_controls("a\nb", true), "a\nb");
        assert_eq!(strip_controls("a\nb", false), "ab");
    }

    #[test]
    fn names_are_capped_with_an_ellipsis() {
        let long = "n".repeat(200);
        let capped = name(&long);
        assert_eq!(capped.chars().count(), NAME_MAX_CHARS);
        assert!(capped.ends_with('…'));
        assert_eq!(name("  Ada Lovelace \r\n"), "Ada Lovelace");
    }
}
