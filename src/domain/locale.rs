//! The languages Rekey speaks with customers. English is the default and the
//! language staff always read; the others are chosen per ticket from the
//! customer's own words (see `detect::lang` and `conversation::lang`).

use serde::{Deserialize, Serialize};

use super::named_enum;

/// A customer-facing language. Serialised as its ISO 639-1 code.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    #[default]
    En,
    Es,
    De,
    Fr,
    Pt,
    It,
}

named_enum!(Locale, "locale", {
    En => "en",
    Es => "es",
    De => "de",
    Fr => "fr",
    Pt => "pt",
    It => "it",
});

impl Locale {
    /// Every locale but English: the ones with their own prompt folder and
    /// vocabulary file.
    pub const TRANSLATED: &'static [Locale] =
        &[Locale::Es, Locale::De, Locale::Fr, Locale::Pt, Locale::It];

    /// The language's name in English, for staff ("German").
    pub fn english_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Es => "Spanish",
            Locale::De => "German",
            Locale::Fr => "French",
            Locale::Pt => "Portuguese",
            Locale::It => "Italian",
        }
    }

    /// The first supported language of an `Accept-Language` header, by
    /// quality (`de-CH,de;q=0.9,en;q=0.8` -> German); `None` when it names
    /// none of ours.
    pub fn from_accept_language(header: &str) -> Option<Locale> {
        let mut best: Option<(f32, usize, Locale)> = None;
        for (pos, part) in header.split(',').enumerate() {
            let mut fields = part.split(';');
            let tag = fields.next().unwrap_or("").trim();
            let quality = fields
                .find_map(|f| f.trim().strip_prefix("q="))
                .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok());
            let Some(quality) = quality.filter(|q| *q > 0.0 && *q <= 1.0) else {
                continue;
            };
            let primary = tag.split(['-', '_']).next().unwrap_or("");
            let Ok(locale) = primary.to_ascii_lowercase().parse::<Locale>() else {
                continue;
            };
            // Higher quality wins; on a tie the earlier entry.
            if best.is_none_or(|(q, p, _)| quality > q || (quality == q && pos < p)) {
                best = Some((quality, pos, locale));
            }
        }
        best.map(|(_, _, l)| l)
    }
}

#[cfg(test)]
mod tests {
    use super::Locale;

    #[test]
    fn accept_language_picks_the_best_supported_language() {
        assert_eq!(
            Locale::from_accept_language("de-CH,de;q=0.9,en;q=0.8"),
            Some(Locale::De)
        );
        assert_eq!(
            Locale::from_accept_language("ja,fr;q=0.5,en;q=0.7"),
            Some(Locale::En)
        );
        assert_eq!(Locale::from_accept_language("pt-BR"), Some(Locale::Pt));
        assert_eq!(Locale::from_accept_language("ja, zh;q=0.4"), None);
        assert_eq!(Locale::from_accept_language("es;q=0, it"), Some(Locale::It));
        assert_eq!(Locale::from_accept_language(""), None);
    }

    #[test]
    fn codes_round_trip() {
        for &l in Locale::ALL {
            assert_eq!(l.as_str().parse::<Locale>(), Ok(l));
        }
        assert_eq!(Locale::default(), Locale::En);
    }
}
