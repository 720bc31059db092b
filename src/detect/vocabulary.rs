//! The detector's vocabulary: phrases, error strings, integration names,
//! near misses, weights and thresholds, loaded from TOML.
//!
//! The vocabulary is data so that operators can tune the bot for their
//! customers without a release: the built-in copy lives in
//! `detect/vocabulary.toml`; a replacement file is read by the loader
//! (`app::load_detector`) and parsed here.

use serde::Deserialize;

use super::{Integration, SecretKind};

/// The built-in vocabulary file, compiled into the binary.
pub const BUILTIN_TOML: &str = include_str!("../../detect/vocabulary.toml");

/// A vocabulary that failed to load; names the file (or `<builtin>` /
/// `<string>`) and the field or value at fault.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("vocabulary {origin}: {problem}")]
pub struct VocabularyError {
    /// Where the vocabulary came from: a path, `<builtin>` or `<string>`.
    pub origin: String,
    /// What is wrong, naming the field or group.
    pub problem: String,
}

impl VocabularyError {
    pub(crate) fn new(origin: &str, problem: impl Into<String>) -> Self {
        Self {
            origin: origin.to_string(),
            problem: problem.into(),
        }
    }
}

/// Everything the detector knows about language, as loaded from TOML.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Vocabulary {
    /// Format version; only 1 exists.
    pub version: u32,
    pub scoring: Scoring,
    #[serde(default)]
    pub secret_check: SecretCheck,
    #[serde(rename = "group", default)]
    pub groups: Vec<Group>,
    #[serde(rename = "secret", default)]
    pub secrets: Vec<SecretRule>,
    /// Words that describe a key getting out (`exposure_mentioned`).
    #[serde(default)]
    pub exposure: super::exposure::ExposureWords,
}

/// Weights and thresholds of the scoring model (see the file's header).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scoring {
    pub bias: f32,
    pub ask: f32,
    pub complaint: f32,
    pub act: f32,
    pub context_cap: f32,
    pub symptom_cap: f32,
    pub booster_cap: f32,
    pub extra_symptom_factor: f32,
    pub pair_window: usize,
    pub resolution_before_symptom_factor: f32,
    pub negated_resolution_weight: f32,
    pub nearmiss_with_integration_factor: f32,
    /// Context weight of a pasted credential.
    #[serde(default)]
    pub secret_context: f32,
    pub fuzzy_min_len: usize,
}

/// Filters for secret rules marked `check = true`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SecretCheck {
    pub min_len: usize,
    /// Shannon entropy in bits per character.
    pub min_entropy: f32,
    /// Lower-case substrings that mark a value as a placeholder, not a secret.
    pub placeholders: Vec<String>,
    /// Length of an ActiveCampaign-style hex key, found also when uppercased,
    /// split by spaces, line breaks or zero-width characters, pasted twice or
    /// followed by one stray character; 0 turns that scan off.
    #[serde(default = "hex_key_len")]
    pub hex_key_len: usize,
}

fn hex_key_len() -> usize {
    72
}

impl Default for SecretCheck {
    fn default() -> Self {
        Self {
            min_len: 16,
            min_entropy: 3.0,
            placeholders: Vec::new(),
            hex_key_len: hex_key_len(),
        }
    }
}

/// What a group of phrases means to the scorer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum GroupKind {
    /// A product name; sets `integration` and adds context.
    Integration,
    /// "not", "can't": pairs with a following action.
    Negator,
    /// What can break: "sync", "connect", "api key"; context on its own.
    Action,
    /// "failed", "disconnected": pairs with an action either side; weak alone.
    Failure,
    /// A complaint phrase on its own: "please reconnect".
    Symptom,
    /// A pasted error string: "Forbidden".
    Error,
    /// An HTTP status code.
    Http,
    /// Words that make an integration problem likelier: "contacts", "tags".
    Context,
    /// Raises confidence only when a symptom is present: "still", "urgent".
    Booster,
    /// "working again", "fixed now".
    Resolution,
    /// Swallows text so that its words do not fire: "not sure".
    Mask,
    /// "internet", "audio", "LinkedIn": other kinds of connection and sync.
    Nearmiss,
    /// "how do I", "can I": how-to questions.
    Question,
    /// "what happens if": nothing is broken yet.
    Hypothetical,
    /// Feature requests.
    Request,
    /// Billing questions.
    Billing,
    /// Praise and thanks.
    Praise,
    /// "rotate", "reset": next to a credential word, a rotation request.
    Rotation,
}

impl GroupKind {
    /// Signal-name prefix for stand-alone hits of this kind.
    pub fn prefix(self) -> &'static str {
        match self {
            GroupKind::Integration => "integration",
            GroupKind::Negator | GroupKind::Failure | GroupKind::Symptom => "phrase",
            GroupKind::Action | GroupKind::Context => "context",
            GroupKind::Error => "error",
            GroupKind::Http => "http",
            GroupKind::Booster => "booster",
            GroupKind::Resolution => "negation",
            GroupKind::Mask => "mask",
            GroupKind::Nearmiss => "nearmiss",
            GroupKind::Question => "question",
            GroupKind::Hypothetical => "hypothetical",
            GroupKind::Request => "request",
            GroupKind::Billing => "billing",
            GroupKind::Praise => "praise",
            GroupKind::Rotation => "rotation",
        }
    }
}

/// A named group of phrases sharing a kind and a weight.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Group {
    pub name: String,
    pub kind: GroupKind,
    /// Log-odds weight (negative for kinds that pull the score down).
    #[serde(default)]
    pub weight: f32,
    /// For actions: weight as context when not part of a pair.
    #[serde(default)]
    pub context: f32,
    /// For negators and failures: multiplies the action weight in a pair.
    #[serde(default = "one")]
    pub pair_factor: f32,
    /// For integration groups: which integration the phrases name.
    #[serde(default)]
    pub integration: Option<Integration>,
    /// For actions: a credential word, which rotation verbs pair with.
    #[serde(default)]
    pub credential: bool,
    /// For failures: right before a resolution phrase, it says the thing
    /// broke once more, as a negator there would ("stopped working again",
    /// "stopped syncing now", like "not working again").
    #[serde(default)]
    pub negates_resolution: bool,
    /// For resolutions: negated right after any failure word ("the issue
    /// is back", where "the connection is back" is a fix).
    #[serde(default)]
    pub negated_by_failure: bool,
    /// For actions, context words and near misses: a thing whose leak is
    /// exposure though rotation verbs do not pair with it (a webhook URL
    /// carries its own secret; a seed phrase, a private key, a password);
    /// like a credential word, it lets the exposure pass run.
    #[serde(default)]
    pub exposable: bool,
    /// Also match one-typo variants of long words.
    #[serde(default)]
    pub fuzzy: bool,
    pub phrases: Vec<String>,
    /// For integration groups: phrases of `phrases` that name the product
    /// only standing alone ("ac", not "tado-ac"; see
    /// [`super::abbreviation`]).
    #[serde(default)]
    pub abbreviations: Vec<String>,
    /// Words (lower-case starts) that, anywhere in a message, give its
    /// abbreviations another meaning ("certific": a certificate authority;
    /// "daikin": an air conditioner).
    #[serde(default)]
    pub abbreviation_not_with: Vec<String>,
}

fn one() -> f32 {
    1.0
}

/// A credential shape. The regex must have a named group `secret`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SecretRule {
    pub kind: SecretKind,
    pub regex: String,
    /// Apply [`SecretCheck`] (length, entropy, placeholders) to the match.
    #[serde(default)]
    pub check: bool,
    /// The integration this shape implies, if any.
    #[serde(default)]
    pub integration: Option<Integration>,
}

impl Vocabulary {
    /// The built-in vocabulary (`detect/vocabulary.toml`).
    pub fn builtin() -> Self {
        Self::parse(BUILTIN_TOML, "<builtin>").expect("built-in vocabulary is valid (tested)")
    }

    /// Parses and validates a vocabulary from TOML text.
    pub fn from_toml_str(s: &str) -> Result<Self, VocabularyError> {
        Self::parse(s, "<string>")
    }

    /// Parses and validates a vocabulary read from `origin` (a file's path),
    /// naming it in errors.
    pub fn parse(s: &str, origin: &str) -> Result<Self, VocabularyError> {
        let vocab = Self::parse_unchecked(s, origin)?;
        // Compiling finds what only the compiled form shows (a phrase listed
        // in two groups), so a bad file fails here with its name attached.
        super::Detector::with_origin(vocab.clone(), origin, true)?;
        Ok(vocab)
    }

    /// Parses and validates without compiling: for callers that compile the
    /// vocabulary next anyway ([`super::Detector::builtin`]), which finds the
    /// same errors.
    pub(crate) fn parse_unchecked(s: &str, origin: &str) -> Result<Self, VocabularyError> {
        let vocab: Vocabulary = toml::from_str(s)
            .map_err(|e| VocabularyError::new(origin, e.to_string().trim_end().to_string()))?;
        vocab.validate(origin)?;
        Ok(vocab)
    }

    /// Checks what serde cannot: thresholds in order, names and phrases
    /// present, integration groups naming their integration, and regexes
    /// that compile with a `secret` group.
    pub fn validate(&self, origin: &str) -> Result<(), VocabularyError> {
        let err = |p: String| Err(VocabularyError::new(origin, p));
        if self.version != 1 {
            return err(format!(
                "version: unsupported version {}, expected 1",
                self.version
            ));
        }
        let s = &self.scoring;
        for (name, v) in [("ask", s.ask), ("complaint", s.complaint), ("act", s.act)] {
            if !(0.0..=1.0).contains(&v) {
                return err(format!("scoring.{name}: {v} is not between 0 and 1"));
            }
        }
        if !(s.ask <= s.complaint && s.complaint <= s.act) {
            return err("scoring: thresholds must satisfy ask <= complaint <= act".into());
        }
        let numbers = [
            ("bias", s.bias),
            ("context_cap", s.context_cap),
            ("symptom_cap", s.symptom_cap),
            ("booster_cap", s.booster_cap),
            ("extra_symptom_factor", s.extra_symptom_factor),
            (
                "resolution_before_symptom_factor",
                s.resolution_before_symptom_factor,
            ),
            ("negated_resolution_weight", s.negated_resolution_weight),
            (
                "nearmiss_with_integration_factor",
                s.nearmiss_with_integration_factor,
            ),
        ];
        for (name, v) in numbers {
            if !v.is_finite() {
                return err(format!("scoring.{name}: must be a finite number"));
            }
        }
        let mut names = std::collections::HashSet::new();
        for (i, g) in self.groups.iter().enumerate() {
            let at = format!("group[{i}] ({:?})", g.name);
            if g.name.trim().is_empty() {
                return err(format!("group[{i}].name: must not be empty"));
            }
            if !names.insert(g.name.as_str()) {
                return err(format!("{at}.name: duplicate group name"));
            }
            if g.phrases.is_empty() {
                return err(format!("{at}.phrases: must list at least one phrase"));
            }
            if let Some(p) = g
                .phrases
                .iter()
                .find(|p| p.trim_end_matches('*').trim().is_empty())
            {
                return err(format!("{at}.phrases: empty phrase {p:?}"));
            }
            if !g.weight.is_finite() || !g.context.is_finite() || !g.pair_factor.is_finite() {
                return err(format!("{at}: weights must be finite numbers"));
            }
            if g.exposable
                && !matches!(
                    g.kind,
                    GroupKind::Action | GroupKind::Context | GroupKind::Nearmiss
                )
            {
                return err(format!(
                    "{at}.exposable: only action, context and nearmiss groups can be exposable"
                ));
            }
            if g.negates_resolution && g.kind != GroupKind::Failure {
                return err(format!(
                    "{at}.negates_resolution: only failure groups negate a resolution"
                ));
            }
            if !g.abbreviation_not_with.is_empty() && g.abbreviations.is_empty() {
                return err(format!(
                    "{at}.abbreviation_not_with: needs the abbreviations it applies to"
                ));
            }
            if !g.abbreviations.is_empty() && g.kind != GroupKind::Integration {
                return err(format!(
                    "{at}.abbreviations: only integration groups have abbreviations"
                ));
            }
            if let Some(a) = g.abbreviations.iter().find(|a| !g.phrases.contains(a)) {
                return err(format!(
                    "{at}.abbreviations: {a:?} is not one of the group's phrases"
                ));
            }
            if let Some(w) = g
                .abbreviation_not_with
                .iter()
                .find(|w| w.trim().is_empty() || **w != w.to_lowercase())
            {
                return err(format!(
                    "{at}.abbreviation_not_with: {w:?} must be a lower-case word"
                ));
            }
            if g.negated_by_failure && g.kind != GroupKind::Resolution {
                return err(format!(
                    "{at}.negated_by_failure: only resolution groups can be negated by a failure"
                ));
            }
            match (g.kind, g.integration) {
                (GroupKind::Integration, None) => {
                    return err(format!(
                        "{at}.integration: integration groups must name an integration"
                    ));
                }
                (GroupKind::Integration, Some(Integration::Unknown)) => {
                    return err(format!(
                        "{at}.integration: \"unknown\" cannot be named by a phrase"
                    ));
                }
                (GroupKind::Integration, Some(_)) => {}
                (_, Some(_)) => {
                    return err(format!(
                        "{at}.integration: only integration groups name an integration"
                    ));
                }
                (_, None) => {}
            }
        }
        for (i, rule) in self.secrets.iter().enumerate() {
            let re = regex::Regex::new(&rule.regex)
                .map_err(|e| VocabularyError::new(origin, format!("secret[{i}].regex: {e}")))?;
            if !re.capture_names().any(|n| n == Some("secret")) {
                return err(format!(
                    "secret[{i}].regex: needs a named group (?P<secret>...)"
                ));
            }
        }
        Ok(())
    }
}
