//! The complaint detector: text in, [`Detection`] out.
//!
//! Pure and fast: no I/O, no clock, no
//! randomness. One Aho-Corasick pass finds the vocabulary's phrases
//! ([`lexicon`]), a byte scan gates the credential regexes ([`secrets`]),
//! and a small log-odds model turns the phrases into a score ([`score`]).
//! Messages with no phrase and no token-like run return at once.

mod abbreviation;
mod codes;
mod exposure;
mod hexkey;
mod identifiers;
pub mod json;
pub mod lang;
mod lexicon;
pub mod locale;
pub mod locale_eval;
mod model;
mod score;
mod secrets;
mod shape;
mod vocabulary;

pub mod eval;
pub mod train;

#[cfg(test)]
mod tests;

use serde::{Deserialize, Serialize};

pub use eval::{EvalReport, classify_json, evaluate};
pub use model::{Model, ModelError, Thresholds};
pub use vocabulary::{
    BUILTIN_TOML, Group, GroupKind, Scoring, SecretCheck, SecretRule, Vocabulary, VocabularyError,
};

/// What the detector says about one message.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Detection {
    /// A customer reporting that an integration's connection or sync broke.
    pub complaint: bool,
    /// Confidence that this is a complaint, 0..=1.
    pub score: f32,
    /// What the bot should do: open a ticket, ask once, or stay quiet.
    pub band: Band,
    /// Why: every phrase, pair and secret that counted, with byte spans.
    pub signals: Vec<Signal>,
    pub integration: Integration,
    /// Asks how to rotate or reset a key without reporting a failure.
    pub rotation_request: bool,
    /// Credential-like spans; never the credential itself.
    pub secrets: Vec<SecretSpan>,
    /// The message says in words that a key got out: shared with someone
    /// who should not have it, committed or posted somewhere public, or
    /// reported as leaked or compromised. Hypotheticals ("if my key were
    /// leaked") and how-tos ("how do I avoid leaking") do not count. A key
    /// pasted into the message itself is reported in `secrets` instead.
    pub exposure_mentioned: bool,
    /// The language the message was read in (see [`Detector::detect_in`]);
    /// English for [`Detector::detect`].
    #[serde(default)]
    pub locale: crate::domain::Locale,
}

/// What to do with a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Band {
    /// Confident complaint: open (or join) a ticket.
    Act,
    /// Borderline: ask one confirming question.
    Ask,
    /// Ordinary chatter: say nothing.
    Ignore,
}

impl Band {
    pub fn as_str(self) -> &'static str {
        match self {
            Band::Act => "act",
            Band::Ask => "ask",
            Band::Ignore => "ignore",
        }
    }
}

pub use crate::domain::Integration;

/// Why the detector decided: one phrase, pair or secret, with its byte span.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Signal {
    /// `kind:name`, e.g. `pair:not+sync`, `http:http_403`, `negation:resolved`.
    pub name: SignalName,
    pub start: usize,
    pub end: usize,
}

/// A signal's name. The detector builds each name once, when it compiles
/// the vocabulary, and every hit shares it, so a hit allocates nothing. It
/// reads, compares, prints and serialises as the plain string; what the
/// model reads of it is hashed once, when the name is built.
#[derive(Clone)]
pub struct SignalName(std::sync::Arc<str>, model::SignalKey);

impl SignalName {
    fn new(name: std::sync::Arc<str>) -> Self {
        let key = model::SignalKey::of(&name);
        Self(name, key)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The name as the model reads it.
    pub(crate) fn key(&self) -> &model::SignalKey {
        &self.1
    }
}

impl PartialEq for SignalName {
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}

impl Eq for SignalName {}

impl std::hash::Hash for SignalName {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.hash(state);
    }
}

impl PartialOrd for SignalName {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for SignalName {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.0.cmp(&other.0)
    }
}

impl std::ops::Deref for SignalName {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for SignalName {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl std::borrow::Borrow<str> for SignalName {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl From<&str> for SignalName {
    fn from(s: &str) -> Self {
        Self::new(s.into())
    }
}

impl From<String> for SignalName {
    fn from(s: String) -> Self {
        Self::new(s.into())
    }
}

impl std::fmt::Display for SignalName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::fmt::Debug for SignalName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(&*self.0, f)
    }
}

impl PartialEq<str> for SignalName {
    fn eq(&self, other: &str) -> bool {
        &*self.0 == other
    }
}

impl PartialEq<&str> for SignalName {
    fn eq(&self, other: &&str) -> bool {
        &*self.0 == *other
    }
}

impl PartialEq<String> for SignalName {
    fn eq(&self, other: &String) -> bool {
        *self.0 == **other
    }
}

impl Serialize for SignalName {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for SignalName {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d).map(Self::from)
    }
}

/// Where a credential-like string is, and its fingerprint.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SecretSpan {
    pub kind: SecretKind,
    pub start: usize,
    pub end: usize,
    /// From [`crate::fingerprint::FingerprintKey::fingerprint`].
    pub fingerprint: String,
}

/// The shape of a credential.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SecretKind {
    /// 72 lowercase hex characters.
    ActivecampaignKey,
    /// `Api-Token: ...`
    ApiTokenHeader,
    /// `api_key=...`
    ApiKeyParam,
    /// `Authorization: Bearer ...`
    BearerToken,
    /// `sk_live_`, `sk_test_`, `rk_live_`, `rk_test_`
    StripeKey,
    /// A long high-entropy token right after key/token/secret.
    GenericToken,
}

impl SecretKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SecretKind::ActivecampaignKey => "activecampaign_key",
            SecretKind::ApiTokenHeader => "api_token_header",
            SecretKind::ApiKeyParam => "api_key_param",
            SecretKind::BearerToken => "bearer_token",
            SecretKind::StripeKey => "stripe_key",
            SecretKind::GenericToken => "generic_token",
        }
    }
}

/// How a vocabulary group's words gate the exposure pass.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gate {
    /// Not a thing that leaks.
    Closed,
    /// A credential word (an action's) or another exposable thing: the rule
    /// reads the message, and the model's exposure head where the rule does
    /// not deny it.
    Opens,
    /// An exposable near miss (a password: mostly a login question): the
    /// rule reads the message, the head only where the rule found an
    /// exposure phrase or a place the password can go ("i forgot my
    /// password" is not a leak; "the password is in the logs" may be).
    RuleOnly,
}

impl Gate {
    /// `validate` keeps `exposable` to action, context and nearmiss groups.
    fn of(g: &vocabulary::Group) -> Self {
        match (
            g.credential && g.kind == GroupKind::Action,
            g.exposable,
            g.kind,
        ) {
            (true, _, _) => Gate::Opens,
            (false, true, GroupKind::Nearmiss) => Gate::RuleOnly,
            (false, true, _) => Gate::Opens,
            (false, false, _) => Gate::Closed,
        }
    }
}

/// The compiled detector. Immutable after construction, so it is `Send +
/// Sync` and can be shared behind an `Arc`.
#[derive(Debug, Clone)]
pub struct Detector {
    lexicon: lexicon::Lexicon,
    /// Short names that name a product only standing alone ("AC").
    abbreviations: abbreviation::Abbreviations,
    /// The supported products' names inside code identifiers.
    identifiers: identifiers::IdentifierNames,
    scorer: score::Scorer,
    secrets: secrets::SecretScanner,
    exposure: exposure::ExposureScanner,
    /// Per vocabulary group: how a word of it gates the exposure pass.
    exposure_gates: Vec<Gate>,
    /// The learned model over the rules' verdict; `None` for rules alone.
    model: Option<std::sync::Arc<Model>>,
    /// The detectors of the other languages (`detect/<locale>.toml`).
    locales: locale::LocaleDetectors,
    /// A translated locale's detector: English's phrases of the groups it
    /// translates, matched on the lines a program wrote, which are English
    /// whatever the writer's language ([`lang::program_lines`]). `None` for
    /// English.
    program_lexicon: Option<lexicon::Lexicon>,
}

/// The built-in model weights, compiled into the binary.
pub const BUILTIN_MODEL: &str = include_str!("../../detect/model.weights");

impl Detector {
    /// Compiles the vocabulary's phrases and regexes.
    pub fn new(vocab: Vocabulary) -> Result<Self, VocabularyError> {
        Self::with_origin(vocab, "<vocabulary>", true)
    }

    /// `eager_locales`: compile the other languages' detectors now (any
    /// vocabulary but the built-in one, whose locale files are tested to
    /// compile on it and are compiled on first use).
    pub(crate) fn with_origin(
        vocab: Vocabulary,
        origin: &str,
        eager_locales: bool,
    ) -> Result<Self, VocabularyError> {
        let locales = locale::LocaleDetectors::build(&vocab, eager_locales)?;
        let mut detector = Self::compile(vocab, origin)?;
        detector.locales = locales;
        detector.model = Some(Model::builtin_shared());
        Ok(detector)
    }

    /// One language's detector, without the other languages and without a
    /// model (the rules alone).
    pub(crate) fn compile(vocab: Vocabulary, origin: &str) -> Result<Self, VocabularyError> {
        vocab.validate(origin)?;
        Ok(Self {
            lexicon: lexicon::Lexicon::new(&vocab, origin)?,
            abbreviations: abbreviation::Abbreviations::new(&vocab),
            identifiers: identifiers::IdentifierNames::new(&vocab, origin)?,
            secrets: secrets::SecretScanner::new(&vocab, origin)?,
            exposure: exposure::ExposureScanner::new(&vocab, origin)?,
            exposure_gates: vocab.groups.iter().map(Gate::of).collect(),
            model: None,
            locales: locale::LocaleDetectors::default(),
            program_lexicon: None,
            scorer: score::Scorer::new(vocab),
        })
    }

    /// This detector, fingerprinting secrets with `key` (the app passes the
    /// one derived from the master key; see [`crate::fingerprint`]).
    pub fn with_fingerprint_key(mut self, key: crate::fingerprint::FingerprintKey) -> Self {
        self.secrets.set_fingerprint_key(key);
        self
    }

    /// The detector with the built-in vocabulary, compiled once.
    pub fn builtin() -> Self {
        Vocabulary::parse_unchecked(BUILTIN_TOML, "<builtin>")
            .and_then(|vocab| Self::with_origin(vocab, "<builtin>", false))
            .expect("built-in vocabulary is valid (tested)")
    }

    /// The detector for the vocabulary in `text`, read from `origin` (a
    /// file's path), which every error names. The vocabulary is compiled
    /// once: compiling is its last check, so it is not parsed with
    /// [`Vocabulary::parse`] (which compiles to check) first.
    pub fn parse(text: &str, origin: &str) -> Result<Self, VocabularyError> {
        Self::with_origin(Vocabulary::parse_unchecked(text, origin)?, origin, true)
    }

    /// Number of phrase patterns, typo variants included (for diagnostics).
    pub fn pattern_count(&self) -> usize {
        self.lexicon.pattern_count()
    }

    /// The same detector with another model (`None`: the rules alone).
    pub fn with_model(mut self, model: Option<Model>) -> Self {
        self.model = model.map(std::sync::Arc::new);
        self
    }

    /// The same detector without its model: the rules alone.
    pub fn rules_only(&self) -> Self {
        self.clone().with_model(None)
    }

    /// Whether a learned model refines the rules' score.
    pub fn has_model(&self) -> bool {
        self.model.is_some()
    }

    /// Classifies one message: the rules, then the model when the rules saw
    /// anything at all (a message with no phrase and no token-like run stays
    /// on the fast path and is ignored).
    pub fn detect(&self, text: &str) -> Detection {
        self.refined_by(self.model.as_deref(), text, model::ReadAs::English)
    }

    /// This detector's rules (another language's words), refined by the
    /// English `model`. That model never saw these words, so it cannot be
    /// as sure of them either way: only a message naming a product Rekey
    /// rotates keys for reaches `act`, and where the rules already put it
    /// there, the model only has to find a complaint at even odds (its
    /// `complaint` threshold) to keep it there ([`model::in_act_band`]).
    fn detect_foreign(&self, model: Option<&Model>, text: &str) -> Detection {
        self.refined_by(model, text, model::ReadAs::Foreign)
    }

    /// The rules' verdict refined by `model`, the `act` band drawn for a
    /// message read as `reading`.
    fn refined_by(&self, model: Option<&Model>, text: &str, reading: model::ReadAs) -> Detection {
        let (mut d, exposure_candidate) = self.rules_verdict(text);
        if let Some(m) = model
            && !(d.signals.is_empty() && d.secrets.is_empty())
        {
            m.apply(text, &mut d, exposure_candidate, reading);
        }
        d
    }

    /// Classifies one message with the rules alone.
    pub fn detect_rules(&self, text: &str) -> Detection {
        self.rules_verdict(text).0
    }

    /// The rules' verdict, and whether the exposure rule could fire on the
    /// message (it names a credential or holds a pasted secret, and does
    /// not deny that one got out; a password counts only where the rule
    /// read an exposure or a place it can go): where the model's exposure
    /// head reads.
    pub(crate) fn rules_verdict(&self, text: &str) -> (Detection, bool) {
        let mut hits = Vec::new();
        self.lexicon.find(text, &mut hits);
        if let Some(program) = &self.program_lexicon {
            program.find_within(text, lang::program_lines(text), &mut hits);
        }
        // An error code in capitals says its words too
        // ("INVALID_USERNAME_OR_PASSWORD"), where no phrase covers them.
        let error_codes = codes::in_capitals(text);
        if !error_codes.is_empty() {
            let spaced = codes::spaced(text, &error_codes);
            self.lexicon
                .find_within(&spaced, error_codes.into_iter(), &mut hits);
        }
        self.abbreviations.retain(text, &mut hits);
        if !hits.is_empty() && !self.identifiers.named(&hits) {
            self.identifiers.find(text, &mut hits);
        }
        let found = self.secrets.scan(text);
        // Chinese, Japanese and Korean words for a key are the exposure
        // pass's own (kept out of the main phrase matcher, whose automaton
        // they would double): CJK text opens the pass as a password does,
        // for the rule, and for the head only where the rule reads an
        // exposure.
        let quiet = hits.is_empty() && found.is_empty();
        // Nor is a credential named only inside a code identifier ("purge
        // the leaked CRONITOR_API_KEY") a phrase of the main matcher.
        if quiet && !lexicon::has_cjk(text) && !self.exposure.names_credential_in_identifier(text) {
            return (self.scorer.quiet(), false);
        }
        let gate = |g: Gate| hits.iter().any(|h| self.exposure_gates[h.group] == g);
        let mut d = if quiet {
            self.scorer.quiet()
        } else {
            self.scorer.score(text, &hits, found)
        };
        let mut candidate = gate(Gate::Opens) || !d.secrets.is_empty();
        // (A quiet message got here only for its CJK text or an identifier
        // naming a credential.) A credential named only inside a code
        // identifier ("our STRIPE_SECRET_KEY was pushed to github") opens
        // the pass as a password does.
        if candidate
            || gate(Gate::RuleOnly)
            || quiet
            || lexicon::has_cjk(text)
            || self.exposure.names_credential_in_identifier(text)
        {
            let mut insert = |signal: Signal| {
                let at = d
                    .signals
                    .partition_point(|s| (s.start, s.end) <= (signal.start, signal.end));
                d.signals.insert(at, signal);
            };
            match self.exposure.read(text, &d.secrets) {
                exposure::Reading::Exposed(signal) => {
                    // A password named with an exposure phrase: now the
                    // head may read it too.
                    candidate = true;
                    insert(signal);
                    d.exposure_mentioned = true;
                }
                // "our token was not leaked": the head does not get to
                // read exposure into a denial of it.
                exposure::Reading::Denied => candidate = false,
                // A password near a place it can go: the head reads it,
                // and the place is one of its features.
                exposure::Reading::Placed(signal) => {
                    candidate = true;
                    insert(signal);
                }
                exposure::Reading::Silent => {}
            }
        }
        (d, candidate)
    }
}
