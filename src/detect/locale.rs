//! The detector in the other languages Rekey speaks: one data file per
//! locale (`detect/<locale>.toml`) with the complaint, integration,
//! exposure and rotation vocabulary in that language, and the words the
//! conversation reads replies with (`[intents]`) and the names of the
//! language itself (`[language]`, for "auf Deutsch bitte").
//!
//! A locale's detector shares the English vocabulary's scoring, secret
//! rules and product names (they are the same in every language) and adds
//! the locale's groups. The learned model, trained on English, refines its
//! verdict as it refines the English rules': it reads the rule score, band
//! and signal kinds, product names, error codes and pasted log text, which
//! carry across languages. On real messages read in another language that
//! beats the rules alone, whose `act` band was right on only 31 of 46 real
//! rows. The English model is never as sure of another language's words,
//! either way (`Detector::detect_foreign`): only a message naming a product
//! Rekey rotates keys for reaches `act`, and a rules-`act` verdict about
//! one needs the model's even odds only.
//! Pure: the files are compiled in.

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use serde::Deserialize;

use super::exposure::ExposureWords;
use super::vocabulary::{Group, GroupKind, Vocabulary, VocabularyError};
use super::{Detection, Detector};
use crate::domain::Locale;

/// The built-in locale files, compiled into the binary.
pub const BUILTIN_LOCALE_TOML: &[(Locale, &str)] = &[
    (Locale::Es, include_str!("../../detect/es.toml")),
    (Locale::De, include_str!("../../detect/de.toml")),
    (Locale::Fr, include_str!("../../detect/fr.toml")),
    (Locale::Pt, include_str!("../../detect/pt.toml")),
    (Locale::It, include_str!("../../detect/it.toml")),
];

/// One locale's file.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocaleFile {
    pub version: u32,
    pub locale: Locale,
    pub language: LanguageWords,
    pub intents: IntentWords,
    #[serde(rename = "group", default)]
    pub groups: Vec<Group>,
    #[serde(default)]
    pub exposure: ExposureWords,
}

/// How people name this language, in any of the languages (`deutsch`,
/// `german`, `allemand`).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LanguageWords {
    pub names: Vec<String>,
    /// Words that make a language name a request in this language
    /// ("bitte", "auf", "sprechen").
    pub request: Vec<String>,
    /// Everyday words of this language that rarely appear in the others
    /// ("nicht", "ich", "mehr"): they vote when whatlang is unsure.
    pub markers: Vec<String>,
}

/// The words replies inside a ticket are read with. Each entry is a phrase
/// of words; a word ending in `*` matches any word it starts; accents and
/// case do not matter (see `conversation::lang`).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IntentWords {
    pub negators: Vec<String>,
    pub human: Vec<String>,
    pub cancel: Vec<String>,
    /// Words that cancel only said on their own ("para", "depois"): in a
    /// sentence they are everyday prepositions and adverbs.
    pub cancel_alone: Vec<String>,
    pub back: Vec<String>,
    /// Words that go back only said on their own ("vuelve", "zurück").
    pub back_alone: Vec<String>,
    pub stuck: Vec<String>,
    pub still_broken: Vec<String>,
    pub works_now: Vec<String>,
    pub done: Vec<String>,
    pub link: Vec<String>,
    pub manual: Vec<String>,
    pub yes: Vec<String>,
    pub no: Vec<String>,
    pub thanks: Vec<String>,
    /// Words that open a question ("cómo", "wo", "pourquoi").
    pub question_words: Vec<String>,
    /// "support asked me to rotate": who asked and the asking.
    pub support: Vec<String>,
    pub told: Vec<String>,
    /// Words that make a key an API key ("api", "integración").
    pub api_context: Vec<String>,
    /// The article's questions, by topic.
    pub topics: Topics,
}

/// Phrases of each of the article's questions.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Topics {
    pub r#where: Vec<String>,
    pub no_developer: Vec<String>,
    pub rotate_often: Vec<String>,
    pub why_only_activecampaign: Vec<String>,
    pub other_tools: Vec<String>,
    pub api_url: Vec<String>,
    pub when_back: Vec<String>,
    pub old_key: Vec<String>,
    pub removed: Vec<String>,
    /// "Can I paste it here?": the key given in the chat, not the form.
    pub paste_here: Vec<String>,
    /// "Why does this keep happening?": the cause of the breakage.
    pub keeps_breaking: Vec<String>,
    /// "Is the link safe?": about the secure form, not a request for one.
    pub link_safe: Vec<String>,
    /// "What do I do now?": the current step, shown again.
    pub next_step: Vec<String>,
    /// "Can I do this later?", asked: whether the ticket waits.
    pub later: Vec<String>,
    /// "Can you call me?": another way to reach support than the chat.
    pub contact: Vec<String>,
}

impl LocaleFile {
    /// Parses and checks one locale file; errors name `origin`.
    pub fn parse(text: &str, origin: &str) -> Result<LocaleFile, VocabularyError> {
        let file: LocaleFile = toml::from_str(text)
            .map_err(|e| VocabularyError::new(origin, e.to_string().trim_end().to_string()))?;
        if file.version != 1 {
            return Err(VocabularyError::new(origin, "version: expected 1"));
        }
        if file.locale == Locale::En {
            return Err(VocabularyError::new(
                origin,
                "locale: English is detect/vocabulary.toml",
            ));
        }
        if let Some(g) = file
            .groups
            .iter()
            .find(|g| g.kind == GroupKind::Integration)
        {
            return Err(VocabularyError::new(
                origin,
                format!(
                    "group {:?}: product names are shared from the English vocabulary",
                    g.name
                ),
            ));
        }
        Ok(file)
    }

    /// English's error-string groups this file does not translate under
    /// the same name (`de_forbidden` translates `forbidden`), without the
    /// phrases one of this file's groups already holds ("unauthorized").
    fn untranslated_errors(&self, english: &Vocabulary) -> Vec<Group> {
        let translated = |name: &str| {
            self.groups
                .iter()
                .any(|g| english_group_name(&g.name) == Some(name))
        };
        let own: std::collections::HashSet<&str> = self
            .groups
            .iter()
            .flat_map(|g| g.phrases.iter().map(String::as_str))
            .collect();
        english
            .groups
            .iter()
            .filter(|g| g.kind == GroupKind::Error && !translated(&g.name))
            .filter_map(|g| {
                let mut g = g.clone();
                g.phrases.retain(|p| !own.contains(p.as_str()));
                (!g.phrases.is_empty()).then_some(g)
            })
            .collect()
    }

    /// The detector vocabulary of this locale on top of `english`: its
    /// scoring, secret rules, integration names, the credential words of
    /// code identifiers (code is spelt in English whatever the message's
    /// language) and the error strings programs print ("Unauthorized",
    /// "invalid_grant": a German report pastes them as they came) that
    /// this file does not translate under the same name, with this file's
    /// groups and exposure words.
    pub fn vocabulary(&self, english: &Vocabulary) -> Vocabulary {
        let mut groups: Vec<Group> = english
            .groups
            .iter()
            .filter(|g| g.kind == GroupKind::Integration)
            .cloned()
            .collect();
        groups.extend(self.untranslated_errors(english));
        groups.extend(self.groups.iter().cloned());
        Vocabulary {
            version: english.version,
            scoring: english.scoring.clone(),
            secret_check: english.secret_check.clone(),
            groups,
            secrets: english.secrets.clone(),
            exposure: super::exposure::ExposureWords {
                identifier_credential: english.exposure.identifier_credential.clone(),
                ..self.exposure.clone()
            },
        }
    }
}

/// The English group a translated locale's group translates: its name
/// without the locale's prefix (`de_stopped` translates `stopped`); `None`
/// for a name with no locale prefix. The one place that reads the naming
/// rule (the model's shared features, the conversation's reading of a
/// signal's groups and the error strings a locale takes from English all
/// go through it).
pub(crate) fn english_group_name(name: &str) -> Option<&str> {
    Locale::TRANSLATED
        .iter()
        .find_map(|l| name.strip_prefix(l.as_str())?.strip_prefix('_'))
}

/// The groups a signal is named for, by their English names:
/// "pair:de_invalid+de_credential" is `invalid` and `credential`,
/// "nearmiss:password" is `password`.
pub(crate) fn english_groups(signal: &str) -> impl Iterator<Item = &str> {
    let groups = signal.split_once(':').map_or(signal, |(_, g)| g);
    groups
        .split('+')
        .map(|g| english_group_name(g).unwrap_or(g))
}

/// The built-in locale files, parsed once.
fn builtin_files() -> &'static [LocaleFile] {
    static FILES: OnceLock<Vec<LocaleFile>> = OnceLock::new();
    FILES.get_or_init(|| {
        BUILTIN_LOCALE_TOML
            .iter()
            .map(|(locale, text)| {
                let file = LocaleFile::parse(text, &format!("detect/{locale}.toml"))
                    .expect("built-in locale files are valid (tested)");
                assert_eq!(
                    file.locale, *locale,
                    "detect/{locale}.toml names its locale"
                );
                file
            })
            .collect()
    })
}

/// The built-in file of `locale` (`None` for English).
pub fn builtin_file(locale: Locale) -> Option<&'static LocaleFile> {
    builtin_files().iter().find(|f| f.locale == locale)
}

/// The reply words of `locale` (`None` for English, whose reader is
/// `conversation::intent`).
pub fn intent_words(locale: Locale) -> Option<&'static IntentWords> {
    builtin_file(locale).map(|f| &f.intents)
}

/// The detectors of the translated locales. Clones share them.
///
/// On the built-in English vocabulary each is compiled the first time a
/// message is read in its language (the locale files are tested to compile
/// on it, and most runs — `rekey classify`, an English-only server — never
/// need them: they are half of the detector's start-up). On any other
/// vocabulary they are compiled at once, so a bad combination is an error
/// at start-up, not in the middle of a conversation.
#[derive(Debug, Clone, Default)]
pub(crate) struct LocaleDetectors {
    english: Option<Arc<Vocabulary>>,
    by_locale: Arc<HashMap<Locale, OnceLock<Arc<Detector>>>>,
}

impl LocaleDetectors {
    /// One rules-only detector per built-in locale file, on top of the
    /// English vocabulary `english`: compiled now when `eager`, else on
    /// first use.
    pub(crate) fn build(english: &Vocabulary, eager: bool) -> Result<Self, VocabularyError> {
        let mut by_locale = HashMap::new();
        for file in builtin_files() {
            let cell = OnceLock::new();
            if eager {
                let _ = cell.set(Arc::new(compile(file, english)?));
            }
            by_locale.insert(file.locale, cell);
        }
        Ok(LocaleDetectors {
            english: (!eager).then(|| Arc::new(english.clone())),
            by_locale: Arc::new(by_locale),
        })
    }

    /// The detector of `locale`, compiled now if it was not yet.
    fn get(&self, locale: Locale) -> Option<&Detector> {
        let cell = self.by_locale.get(&locale)?;
        let detector = cell.get_or_init(|| {
            let english = self
                .english
                .as_ref()
                .expect("a detector not compiled at start-up has its vocabulary");
            let file = builtin_file(locale).expect("a cell per built-in locale file");
            Arc::new(
                compile(file, english)
                    .expect("built-in locale files compile on the built-in vocabulary (tested)"),
            )
        });
        Some(detector)
    }
}

/// The rules-only detector of one locale file on top of `english`, with
/// English's words for the lines a program wrote ([`program_vocabulary`]).
fn compile(file: &LocaleFile, english: &Vocabulary) -> Result<Detector, VocabularyError> {
    let origin = format!("detect/{}.toml", file.locale);
    let local = file.vocabulary(english);
    let program = super::lexicon::Lexicon::new(&program_vocabulary(english, &local), &origin)?;
    let mut detector = Detector::compile(local, &origin)?.with_model(None);
    detector.program_lexicon = Some(program);
    Ok(detector)
}

/// English's phrases of each group `local` (a locale's vocabulary)
/// translates, in `local`'s group order, so a hit names the locale's group
/// ("Error: Refresh token is not valid" under a German reply fires
/// `de_invalid`); every other group left without phrases (the products
/// and English's untranslated error strings are `local`'s own already).
fn program_vocabulary(english: &Vocabulary, local: &Vocabulary) -> Vocabulary {
    let groups = local
        .groups
        .iter()
        .map(|g| {
            let source = english_group_name(&g.name)
                .and_then(|name| english.groups.iter().find(|e| e.name == name));
            Group {
                phrases: source.map(|e| e.phrases.clone()).unwrap_or_default(),
                fuzzy: source.is_some_and(|e| e.fuzzy),
                ..g.clone()
            }
        })
        .collect();
    Vocabulary {
        groups,
        ..local.clone()
    }
}

impl Detector {
    /// The detector of `locale`'s words; `None` for English (this one's).
    fn foreign(&self, locale: Locale) -> Option<&Detector> {
        if locale == Locale::En {
            return None;
        }
        self.locales.get(locale)
    }

    /// Classifies one message read as `locale`: the English detector (rules
    /// and model) for English; otherwise the locale's vocabulary, refined
    /// by the same model. The detection says which language it was read in.
    pub fn detect_in(&self, locale: Locale, text: &str) -> Detection {
        let mut d = match self.foreign(locale) {
            Some(words) => words.detect_foreign(self.model.as_deref(), text),
            None => self.detect(text),
        };
        d.locale = locale;
        d
    }

    /// Classifies a message as the bot reads a first message: in its own
    /// language when that is clear ([`super::lang::read_as`]), else English.
    /// What `rekey classify` and `rekey eval` do with each line.
    pub fn detect_read(&self, text: &str) -> Detection {
        self.detect_in(super::lang::read_as(text), text)
    }

    /// [`Detector::rules_verdict`] read as `locale`: what `rekey train`
    /// learns from, so the model sees every row as the bot reads it.
    pub(crate) fn rules_verdict_in(&self, locale: Locale, text: &str) -> (Detection, bool) {
        self.foreign(locale).unwrap_or(self).rules_verdict(text)
    }

    /// [`Detector::detect_in`] with the rules alone (for `rekey eval`).
    pub fn detect_rules_in(&self, locale: Locale, text: &str) -> Detection {
        let mut d = self.foreign(locale).unwrap_or(self).detect_rules(text);
        d.locale = locale;
        d
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_translated_locale_has_a_valid_file() {
        for &locale in Locale::TRANSLATED {
            let file = builtin_file(locale).expect("a file per locale");
            let vocab = file.vocabulary(&Vocabulary::builtin());
            vocab.validate(&format!("detect/{locale}.toml")).unwrap();
        }
        LocaleDetectors::build(&Vocabulary::builtin(), true).unwrap();
    }

    /// A program's error string reads the same in a report in any
    /// language; one the locale file holds itself fires once, as its own.
    #[test]
    fn english_error_strings_fire_in_another_language() {
        let english = Vocabulary::builtin();
        let detectors = LocaleDetectors::build(&english, false).unwrap();
        let german = detectors.get(Locale::De).unwrap();
        let names = |text: &str| -> Vec<String> {
            german
                .detect(text)
                .signals
                .iter()
                .map(|s| s.name.to_string())
                .collect()
        };
        let got = names("Seit gestern bekomme ich invalid_grant beim Abruf der Konten");
        assert!(got.iter().any(|n| n.ends_with(":oauth_error")), "{got:?}");
        let got = names("Der Abruf liefert 403 Forbidden und 401 unauthorized");
        assert!(got.iter().any(|n| n.contains("de_forbidden")), "{got:?}");
        assert!(
            !got.iter()
                .any(|n| n.ends_with(":forbidden") || n.ends_with(":unauthorized")),
            "{got:?}"
        );
        let file = builtin_file(Locale::De).unwrap();
        let added = file.untranslated_errors(&english);
        assert!(added.iter().all(|g| g.kind == GroupKind::Error));
        assert!(added.iter().all(|g| g.name != "forbidden"));
        assert!(
            added
                .iter()
                .flat_map(|g| &g.phrases)
                .all(|p| p != "unauthorized"),
        );
    }

    /// A program's English line under a German reply is read with
    /// English's words, named as German's groups; the writer's own lines
    /// are not.
    #[test]
    fn a_programs_english_line_is_read_in_another_language() {
        let english = Vocabulary::builtin();
        let detectors = LocaleDetectors::build(&english, false).unwrap();
        let german = detectors.get(Locale::De).unwrap();
        let signals = |text: &str| -> Vec<(String, usize)> {
            german
                .detect(text)
                .signals
                .iter()
                .map(|s| (s.name.to_string(), s.start))
                .collect()
        };
        let reply = "leider kein Erfolg.\n\n";
        let text = format!("{reply}Error: Refresh token is not valid. Unable to authenticate.");
        let got = signals(&text);
        assert!(
            got.iter()
                .any(|(n, at)| n.contains("de_invalid") && *at >= reply.len()),
            "{got:?}"
        );
        // The same words in the writer's own line, or quoted from another
        // writer, are no German phrase.
        for text in [
            "leider kein Erfolg, the refresh token is not valid",
            "leider kein Erfolg.\n> Error: the refresh token is not valid",
        ] {
            let got = signals(text);
            assert!(
                !got.iter().any(|(n, _)| n.contains("de_invalid")),
                "{got:?}"
            );
        }
    }

    /// Compiled on first use or at once, a locale's detector reads the same.
    #[test]
    fn a_lazy_locale_detector_reads_like_an_eager_one() {
        let english = Vocabulary::builtin();
        let lazy = LocaleDetectors::build(&english, false).unwrap();
        let eager = LocaleDetectors::build(&english, true).unwrap();
        let text = "mi integración con ActiveCampaign dejó de sincronizar";
        let (a, b) = (
            lazy.get(Locale::Es).unwrap().detect(text),
            eager.get(Locale::Es).unwrap().detect(text),
        );
        assert_eq!(a, b);
        assert!(a.complaint);
        // A clone shares what was compiled.
        let clone = lazy.clone();
        assert!(std::ptr::eq(
            clone.get(Locale::Es).unwrap(),
            lazy.get(Locale::Es).unwrap()
        ));
    }

    #[test]
    fn the_issue_examples_are_complaints() {
        let d = Detector::builtin();
        for (locale, text) in [
            (
                Locale::Es,
                "mi integración con ActiveCampaign dejó de sincronizar",
            ),
            (Locale::De, "ActiveCampaign synchronisiert nicht mehr"),
            (
                Locale::Fr,
                "la synchronisation avec ActiveCampaign ne fonctionne plus",
            ),
            (
                Locale::Pt,
                "a integração com o ActiveCampaign parou de sincronizar",
            ),
            (
                Locale::It,
                "l'integrazione con ActiveCampaign non sincronizza più",
            ),
        ] {
            let got = d.detect_in(locale, text);
            assert!(got.complaint, "{locale}: {text}: {got:?}");
            assert_eq!(got.integration, crate::domain::Integration::ActiveCampaign);
            assert_eq!(got.locale, locale);
        }
    }

    /// The English model refines a locale's rules: a model that says "no" to
    /// everything overrules the Spanish rules' complaint, as it would the
    /// English rules'; the rules alone still read it.
    #[test]
    fn a_message_read_in_another_language_is_refined_by_the_model() {
        let text = "mi integración con ActiveCampaign dejó de sincronizar";
        let mut model = crate::detect::Model::builtin();
        model.bias = -20.0;
        let d = Detector::builtin().with_model(Some(model));
        assert!(!d.detect_in(Locale::Es, text).complaint);
        assert!(d.detect_rules_in(Locale::Es, text).complaint);
        let d = Detector::builtin();
        let (refined, rules) = (
            d.detect_in(Locale::Es, text),
            d.detect_rules_in(Locale::Es, text),
        );
        assert!(refined.complaint);
        assert_ne!(refined.score, rules.score);
        assert_eq!(refined.signals, rules.signals);
    }

    /// A leak told in each language is read as one, with the full detector
    /// (rules and model) as the bot reads a first message; a hypothetical is
    /// not.
    #[test]
    fn exposure_in_words_is_read_in_each_language() {
        let d = Detector::builtin();
        let leaks = [
            (Locale::Es, "subí mi clave API a GitHub por error"),
            (
                Locale::De,
                "ich habe meinen API-Schlüssel aus Versehen auf GitHub gepusht",
            ),
            (Locale::Fr, "j'ai publié ma clé API par erreur sur GitHub"),
            (
                Locale::Pt,
                "coloquei minha chave de API no GitHub sem querer",
            ),
            (
                Locale::It,
                "ho pubblicato per sbaglio la mia chiave API su GitHub",
            ),
        ];
        for (locale, text) in leaks {
            assert!(
                d.detect_in(locale, text).exposure_mentioned,
                "{locale}: {text}"
            );
        }
        let hypotheticals = [
            (Locale::Es, "¿qué pasa si mi clave API se filtra?"),
            (
                Locale::De,
                "was passiert, wenn mein API-Schlüssel geleakt wird?",
            ),
            (Locale::Fr, "que se passe-t-il si ma clé API est publiée ?"),
            (Locale::Pt, "o que acontece se minha chave de API vazar?"),
            (
                Locale::It,
                "cosa succede se la mia chiave API viene pubblicata?",
            ),
        ];
        for (locale, text) in hypotheticals {
            assert!(
                !d.detect_in(locale, text).exposure_mentioned,
                "{locale}: {text}"
            );
        }
    }

    /// As in English, a password is a login question to the exposure head
    /// until it stands near a place a program writes it down (a log, clear
    /// text): then the head reads it. Shown with a head that says
    /// "exposed" to whatever it reads.
    #[test]
    fn a_password_near_a_log_opens_the_exposure_head_in_each_language() {
        let d = super::super::tests::eager_exposure_head();
        let cases = [
            (
                Locale::De,
                "das Passwort steht im Klartext in der Logdatei",
                "ich habe mein Passwort vergessen",
            ),
            (
                Locale::Es,
                "la contraseña aparece en texto plano en los logs",
                "olvidé mi contraseña",
            ),
            (
                Locale::Fr,
                "le mot de passe est écrit en clair dans les logs",
                "j'ai oublié mon mot de passe",
            ),
            (
                Locale::It,
                "la password viene scritta in chiaro nel log",
                "ho dimenticato la password",
            ),
            (
                Locale::Pt,
                "a senha aparece em texto puro no log",
                "esqueci minha senha",
            ),
        ];
        for (locale, logged, forgot) in cases {
            assert!(
                d.detect_in(locale, logged).exposure_mentioned,
                "{locale}: {logged}"
            );
            assert!(
                !d.detect_in(locale, forgot).exposure_mentioned,
                "{locale}: {forgot}"
            );
        }
        // Plurals, and the English word as the other languages borrow it.
        for (locale, logged) in [
            (
                Locale::De,
                "die Passwörter stehen im Klartext in der Logdatei",
            ),
            (
                Locale::Es,
                "las contraseñas aparecen en texto plano en los logs",
            ),
            (
                Locale::Fr,
                "les mots de passe sont écrits en clair dans les logs",
            ),
            (Locale::Fr, "les password sont en clair dans les logs"),
            (Locale::Pt, "as senhas aparecem em texto puro no log"),
        ] {
            assert!(
                d.detect_in(locale, logged).exposure_mentioned,
                "{locale}: {logged}"
            );
        }
    }
}
