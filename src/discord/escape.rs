//! User-controlled text made inert for Discord Markdown: masked links,
//! mention look-alikes, code fences, headings, quotes and spoilers show as
//! typed instead of being rendered. Built on serenity's
//! `MessageBuilder::push_safe` (which neutralises `@everyone`/`@here`,
//! invite links and bidirectional overrides and escapes `*`, `_` and
//! backticks), plus the Markdown it leaves alone.

use serenity::all::MessageBuilder;

use crate::text_safety;

/// Characters Discord Markdown gives a meaning that `push_safe` does not
/// escape; a backslash before any ASCII punctuation shows it literally.
const MORE_MARKDOWN: &[char] = &['\\', '[', ']', '(', ')', '<', '>', '~', '|', '#', '-', ':'];

/// A name (one line, capped) safe to put into a Discord message.
pub fn name(raw: &str) -> String {
    markdown(&text_safety::name(raw))
}

/// Escapes `text` (already stripped of control characters) for Discord.
pub fn markdown(text: &str) -> String {
    let mut pre = String::with_capacity(text.len());
    for c in text.chars() {
        if MORE_MARKDOWN.contains(&c) {
            pre.push('\\');
        }
        pre.push(c);
    }
    // `push_safe` escapes `*`, `_` and backticks (our backslashes stay).
    MessageBuilder::new().push_safe(pre).build()
}

/// Replaces every occurrence of each user-controlled `value` in `text` with
/// its escaped form. Used on rendered messages, where the adapter knows
/// which values came from users (the customer's and the ActiveCampaign
/// user's names).
pub fn values_in(text: &str, values: &[&str]) -> String {
    let mut out = text.to_owned();
    // A very short value (a name like "-") would match all over the text
    // (and into URLs); it cannot form a link or a mention anyway.
    for value in values.iter().filter(|v| v.chars().count() >= 3) {
        let safe = markdown(value);
        if safe != *value {
            out = out.replace(value, &safe);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_markdown_is_shown_as_typed() {
        let cases = [
            (
                "[Staff login](https://evil.example)",
                "\\[Staff login\\]\\(https\\://evil.example\\)",
                "masked link",
            ),
            ("<@123>", "\\<@123\\>", "user mention look-alike"),
            ("@everyone", "@\u{200B}everyone", "mass mention"),
            ("```rust", "\\`\\`\\`rust", "code fence"),
            ("# Heading", "\\# Heading", "heading"),
            ("||spoiler||", "\\|\\|spoiler\\|\\|", "spoiler"),
            ("**bold**", "\\*\\*bold\\*\\*", "bold"),
            ("Ada Lovelace", "Ada Lovelace", "plain names unchanged"),
        ];
        for (raw, want, why) in cases {
            assert_eq!(markdown(raw), want, "{why}");
        }
    }

    #[test]
    fn names_lose_control_characters_and_are_capped() {
        let hostile = format!("ada\u{1b}[2J{}", "x".repeat(300));
        let safe = name(&hostile);
        assert!(!safe.contains('\u{1b}'));
        assert!(safe.chars().count() < 200);
    }

    #[test]
    fn only_the_given_values_are_escaped_in_a_message() {
        let text = "**RK-1** opened for [Staff login](https://x.example)";
        let out = values_in(text, &["[Staff login](https://x.example)"]);
        assert!(
            out.starts_with("**RK-1** opened for \\[Staff login\\]"),
            "{out}"
        );
        let url = "see https://x.example/a-b";
        assert_eq!(values_in(url, &["-"]), url, "short values are left alone");
    }
}
