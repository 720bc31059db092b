//! The words of the customer's pages (the secure form, its result pages,
//! the error page and the web chat page) in each [`Locale`]:
//! `templates/words/<locale>.toml`, one flat table of `key = "text"`,
//! compiled into the binary. Page words are HTML written by us (templates
//! show them with `|safe`); values put into them (`{ticket}`, `{name}`) are
//! escaped by [`Words::fill`]. The form's field checks (`url_*`, `key_*`,
//! keyed by [`UrlRejection::class`](crate::activecampaign::UrlRejection::class)
//! and [`KeyRejection::class`](crate::activecampaign::KeyRejection::class))
//! are plain text, escaped by the template.
//!
//! Which locale a page uses: the ticket's language when the page belongs to
//! a ticket the link proves (form, success page), else the browser's
//! `Accept-Language`, else English ([`from_headers`]).
//!
//! Tidy tests: every locale has exactly English's keys, each with
//! English's placeholders; English's field-check words are the validators'
//! own sentences.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use axum::http::{HeaderMap, header};

use crate::domain::Locale;

const FILES: &[(Locale, &str)] = &[
    (Locale::En, include_str!("../../templates/words/en.toml")),
    (Locale::Es, include_str!("../../templates/words/es.toml")),
    (Locale::De, include_str!("../../templates/words/de.toml")),
    (Locale::Fr, include_str!("../../templates/words/fr.toml")),
    (Locale::Pt, include_str!("../../templates/words/pt.toml")),
    (Locale::It, include_str!("../../templates/words/it.toml")),
];

/// One locale's page words.
#[derive(Debug)]
pub struct Words {
    locale: Locale,
    table: BTreeMap<String, String>,
}

static ALL: LazyLock<Vec<Words>> = LazyLock::new(|| {
    FILES
        .iter()
        .map(|(locale, text)| Words {
            locale: *locale,
            // Checked by the tidy tests below; a broken file is a build
            // that fails its tests, never a page without words.
            table: toml::from_str(text).unwrap_or_default(),
        })
        .collect()
});

impl Words {
    /// The words of `locale`.
    pub fn of(locale: Locale) -> &'static Words {
        ALL.iter()
            .find(|w| w.locale == locale)
            .unwrap_or_else(|| &ALL[0])
    }

    /// The `lang` attribute of the page.
    pub fn lang(&self) -> &'static str {
        self.locale.as_str()
    }

    /// The text of `key` (English's if this locale lacks it; the key itself
    /// if no file has it, which the tidy test rules out).
    pub fn t<'a>(&'a self, key: &'a str) -> &'a str {
        self.table
            .get(key)
            .or_else(|| Words::of(Locale::En).table.get(key))
            .map_or(key, String::as_str)
    }

    /// The text of `key` with each `{name}` replaced by its value, escaped
    /// for HTML.
    pub fn fill(&self, key: &str, values: &[(&str, &str)]) -> String {
        let mut text = self.t(key).to_owned();
        for (name, value) in values {
            text = text.replace(&format!("{{{name}}}"), &escape(value));
        }
        text
    }
}

/// The locale of a page with no ticket to go by: the browser's
/// `Accept-Language`, else English.
pub fn from_headers(headers: &HeaderMap) -> Locale {
    headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(Locale::from_accept_language)
        .unwrap_or_default()
}

pub(super) fn escape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#x27;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;
    use crate::activecampaign::{KeyRejection, UrlRejection};

    fn placeholders(text: &str) -> BTreeSet<String> {
        let mut found = BTreeSet::new();
        let mut rest = text;
        while let Some(start) = rest.find('{') {
            let tail = &rest[start + 1..];
            let Some(end) = tail.find('}') else { break };
            let name = &tail[..end];
            if !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
                found.insert(name.to_owned());
            }
            rest = &tail[end..];
        }
        found
    }

    #[test]
    fn every_locale_has_every_key_with_englishs_placeholders() {
        let en: BTreeMap<String, String> = toml::from_str(FILES[0].1).expect("en.toml");
        assert!(!en.is_empty());
        for (locale, text) in FILES {
            let table: BTreeMap<String, String> =
                toml::from_str(text).unwrap_or_else(|e| panic!("{locale:?}: {e}"));
            let keys: BTreeSet<_> = table.keys().collect();
            let want: BTreeSet<_> = en.keys().collect();
            assert_eq!(keys, want, "{locale:?}: keys differ from en.toml");
            for (key, value) in &table {
                assert_eq!(
                    placeholders(value),
                    placeholders(&en[key]),
                    "{locale:?} {key}: placeholders differ from English"
                );
                assert!(!value.trim().is_empty(), "{locale:?} {key} is empty");
                // The chat page puts these in attributes, unescaped.
                if key.starts_with("chat_error")
                    || ["chat_open_form", "chat_log_label", "chat_placeholder"]
                        .contains(&key.as_str())
                {
                    assert!(
                        !value.contains('"'),
                        "{locale:?} {key}: no \" in attributes"
                    );
                }
            }
        }
    }

    #[test]
    fn englishs_field_checks_are_the_validators_sentences() {
        use UrlRejection as U;
        let en = Words::of(Locale::En);
        let urls = [
            U::Empty,
            U::TooLong,
            U::LooksLikeKey,
            U::Malformed,
            U::ContainsWhitespace,
            U::NotHttps,
            U::UserInfo,
            U::IpAddress,
            U::Localhost,
            U::HostNotAllowed,
            U::Port,
            U::Path,
            U::Query,
            U::Fragment,
        ];
        for r in urls {
            assert_eq!(en.t(r.class()), r.to_string(), "{}", r.class());
        }
        use KeyRejection as K;
        for r in [
            K::Empty,
            K::TooLong,
            K::ContainsWhitespace,
            K::InvalidCharacters,
            K::LooksLikeUrl,
        ] {
            assert_eq!(en.t(r.class()), r.to_string(), "{}", r.class());
        }
        let fields = en
            .table
            .keys()
            .filter(|k| k.starts_with("url_") || k.starts_with("key_"))
            .count();
        assert_eq!(fields, urls.len() + 5, "a field check without a variant");
    }

    #[test]
    fn fill_escapes_values_and_pages_pick_the_browsers_language() {
        let de = Words::of(Locale::De);
        assert_eq!(de.lang(), "de");
        let text = de.fill("done_title", &[("ticket", "<b>")]);
        assert!(text.contains("&lt;b&gt;") && text.starts_with("Neu verbunden"));
        let mut h = HeaderMap::new();
        assert_eq!(from_headers(&h), Locale::En);
        h.insert(header::ACCEPT_LANGUAGE, "fr-CA,fr;q=0.9".parse().unwrap());
        assert_eq!(from_headers(&h), Locale::Fr);
    }
}
