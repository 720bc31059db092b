//! The learned half of the detector: logistic regression over the rule
//! signals plus hashed word and character n-grams.
//!
//! The model is a correction on top of the rules: its logit is the rules'
//! logit plus a weighted sum of features, so where the data says nothing it
//! agrees with the rules. The rules stay the explanation (`signals`) and the
//! first features: the rule score, band, every signal name and kind. Words, word pairs and
//! character 4-grams of the lower-cased text are hashed into a fixed table
//! (`2^bits` buckets), so the model needs no vocabulary of its own and reads
//! words the rules never listed ("leads no longer arrive"). The message's
//! shape ([`super::shape`]: who speaks, a question, a work-item title, docs
//! conditionals, a time anchor, log text) adds features no single word gives.
//!
//! The weights are a text file (`detect/model.weights`) written by `rekey
//! train` ([`super::train`]); the same input gives byte-identical weights.
//! Pure: no I/O, no clock, no randomness.

use super::{Band, Detection};

/// Format version of the weights file. Version 2 added the exposure head
/// (`exposure_bias`, `exposure_threshold`, `x` lines); a version 1 file,
/// without it, still reads.
pub const MODEL_VERSION: u32 = 2;

/// How much of a message the n-gram features read (a pasted log can be long).
const MAX_BYTES: usize = 2048;

/// A weights file that failed to parse.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("model {origin}: {problem}")]
pub struct ModelError {
    pub origin: String,
    pub problem: String,
}

/// Decision thresholds on the model's probability.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Thresholds {
    pub ask: f32,
    pub complaint: f32,
    pub act: f32,
    /// When the rules alone already put a message about a supported product
    /// in the `act` band ([`confirmable`]), the model only has to confirm it
    /// at this probability (the lowest at which the whole band keeps the
    /// trainer's precision bar, and the rows it adds keep it on their own).
    pub confirm: f32,
}

/// A trained model: hashed weights, bias and thresholds.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    pub(crate) bits: u32,
    pub(crate) bias: f32,
    pub(crate) weights: Vec<f32>,
    pub(crate) thresholds: Thresholds,
    /// The second head, on the same features: exposure described in words.
    /// `None` (a weights file without it): the rules' verdict stands.
    pub(crate) exposure: Option<ExposureHead>,
}

/// Logistic regression for `exposure_mentioned`, read only where the
/// exposure rule could fire (a credential named or a secret pasted: see
/// [`super::Detector::detect`]), so it sees the rule's verdict as a feature
/// and corrects it with the words around it.
#[derive(Debug, Clone, PartialEq)]
pub struct ExposureHead {
    pub(crate) bias: f32,
    pub(crate) weights: Vec<f32>,
    /// The probability at which the message says a key got out.
    pub(crate) threshold: f32,
}

/// One feature: a bucket and its value.
pub(crate) type Feature = (u32, f32);

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// FNV-1a of `bytes` after a seed byte (the feature's family). A `const
/// fn`, so the fixed features' hashes are computed at build time.
const fn fnv(seed: u8, bytes: &[u8]) -> u64 {
    let mut h = FNV_OFFSET ^ seed as u64;
    h = h.wrapping_mul(FNV_PRIME);
    let mut i = 0;
    while i < bytes.len() {
        h ^= bytes[i] as u64;
        h = h.wrapping_mul(FNV_PRIME);
        i += 1;
    }
    h
}

/// What the model reads of a signal's name, hashed once when the name is
/// built ([`super::SignalName`]): its feature (any supported product's
/// name as one), its kind, whether it names a supported product, and, for
/// a translated locale's signal, the feature it shares with English
/// ([`shared_name`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct SignalKey {
    feature: u64,
    kind: u64,
    product: bool,
    shared: Option<u64>,
}

impl SignalKey {
    pub(crate) fn of(name: &str) -> Self {
        Self {
            feature: fnv(b's', feature_name(name)),
            kind: fnv(b'k', signal_kind(name)),
            product: is_supported_product(name),
            shared: shared_name(name).map(|n| fnv(b's', n.as_bytes())),
        }
    }
}

/// A translated locale's signal as English names it: each group's locale
/// prefix dropped ("pair:de_stopped+de_work" reads also as
/// "pair:stopped+work"). The locale files translate English's groups
/// under English's names, so what the model learned of a signal from
/// thousands of English rows also weighs the same signal in German,
/// French, Italian, Spanish or Portuguese, which have a few hundred rows
/// each; groups English lacks ("not_after") are shared among those
/// languages. The signal's own feature stays, for what differs. `None`
/// when no group has a prefix.
fn shared_name(name: &str) -> Option<String> {
    let (kind, groups) = name.split_once(':')?;
    let english: Vec<&str> = super::locale::english_groups(name).collect();
    (!english.iter().copied().eq(groups.split('+')))
        .then(|| format!("{kind}:{}", english.join("+")))
}

/// A shape feature's hash ([`super::shape::Shape::hash`]).
pub(crate) const fn shape_hash(name: &str) -> u64 {
    fnv(b'p', name.as_bytes())
}

/// Hashes of the fixed rule features.
const RULE_Z: u64 = fnv(b'r', b"rule_z");
const SECRET: u64 = fnv(b'r', b"secret");
const EXPOSURE: u64 = fnv(b'r', b"exposure");

/// The band as a rule feature.
const fn band_hash(band: Band) -> u64 {
    match band {
        Band::Act => const { fnv(b'r', b"act") },
        Band::Ask => const { fnv(b'r', b"ask") },
        Band::Ignore => const { fnv(b'r', b"ignore") },
    }
}

/// The integration as a rule feature (see [`product_blind`]).
fn integration_hash(integration: super::Integration) -> u64 {
    use super::Integration::*;
    match integration {
        ActiveCampaign | Keap | Stripe => const { fnv(b'i', b"supported") },
        Other => const { fnv(b'i', b"other") },
        Unknown => const { fnv(b'i', b"unknown") },
    }
}

/// Mixes two hashes into one (word pairs).
fn mix(a: u64, b: u64) -> u64 {
    (a.rotate_left(17) ^ b).wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

/// Which family a feature belongs to: rule features carry their own value;
/// each n-gram family is scaled to a total weight independent of the
/// message's length (each value 1 / sqrt(n)).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Family {
    Rule(f32),
    Word,
    Char,
}

const FIRST_WORD: u64 = 0x5851_f42d_4c95_7f2d;
const CHAR_SEED: u64 = 0x9e37_79b9_7f4a_7c15;
const CHAR_MUL: u64 = 0xff51_afd7_ed55_8ccd;

/// Calls `f` with every feature of a message (bucket and family), given the
/// rules' verdict on it, without allocating: the text is normalised on the
/// fly (ASCII lower-case, runs of other ASCII as one space, other bytes
/// kept, apostrophes dropped so "can't" reads as "cant", padded with a
/// space on both sides); words and word pairs are hashed as they end, and
/// character 4-grams (across word edges, so prefixes and suffixes count)
/// from a rolling window.
pub(crate) fn visit(bits: u32, text: &str, rules: &Detection, mut f: impl FnMut(u32, Family)) {
    let bucket = |h: u64| (h >> (64 - bits)) as u32;
    // Rule features.
    f(bucket(RULE_Z), Family::Rule(rule_logit(rules) / 4.0));
    f(bucket(band_hash(rules.band)), Family::Rule(1.0));
    f(
        bucket(integration_hash(rules.integration)),
        Family::Rule(1.0),
    );
    if !rules.secrets.is_empty() {
        f(bucket(SECRET), Family::Rule(1.0));
    }
    if rules.exposure_mentioned {
        f(bucket(EXPOSURE), Family::Rule(1.0));
    }
    for shape in super::shape::shapes(text).iter() {
        f(bucket(shape.hash()), Family::Rule(1.0));
    }
    for (i, s) in rules.signals.iter().enumerate() {
        // Each signal name and kind counts once, however often it fires: a
        // correction learned for one "works now" must not triple when a
        // message says it three ways.
        let earlier = &rules.signals[..i];
        let key = s.name.key();
        if earlier.iter().any(|e| e.name.key().feature == key.feature) {
            continue;
        }
        f(bucket(key.feature), Family::Rule(1.0));
        if let Some(shared) = key.shared
            && earlier.iter().all(|e| e.name.key().shared != Some(shared))
        {
            f(bucket(shared), Family::Rule(1.0));
        }
        if earlier.iter().all(|e| e.name.key().kind != key.kind) {
            f(bucket(key.kind), Family::Rule(1.0));
        }
    }
    // N-grams over the normalised byte stream.
    let mut g = Ngrams {
        bits,
        window: 0,
        seen: 0,
        word: 0,
        in_word: false,
        prev: None,
    };
    g.push(b' ', &mut f);
    let mut last = b' ';
    // The supported products' names read as one placeholder word.
    let mut products = rules
        .signals
        .iter()
        .filter(|s| s.name.key().product)
        .map(|s| (s.start, s.end))
        .peekable();
    let bytes = &text.as_bytes()[..text.len().min(MAX_BYTES)];
    let mut i = 0;
    while i < bytes.len() {
        while products.next_if(|&(_, end)| end <= i).is_some() {}
        if let Some(&(start, end)) = products.peek()
            && start == i
        {
            if last != b' ' {
                g.push(b' ', &mut f);
            }
            g.push(PRODUCT_BYTE, &mut f);
            g.push(b' ', &mut f);
            last = b' ';
            i = end;
            continue;
        }
        let b = bytes[i];
        i += 1;
        let c = NORMALISE[b as usize];
        if c == SKIP {
            continue;
        }
        if c == b' ' && last == b' ' {
            continue;
        }
        g.push(c, &mut f);
        last = c;
    }
    if last != b' ' {
        g.push(b' ', &mut f);
    }
}

/// A signal's name as a feature: any supported product's as one.
fn feature_name(name: &str) -> &[u8] {
    if is_supported_product(name) {
        SUPPORTED_PRODUCT.as_bytes()
    } else {
        name.as_bytes()
    }
}

/// A signal's kind: its name up to the first ':'.
fn signal_kind(name: &str) -> &[u8] {
    let name = name.as_bytes();
    &name[..name.iter().position(|&b| b == b':').unwrap_or(name.len())]
}

/// The word the n-gram pass reads in place of ActiveCampaign, Keap or
/// Stripe (a byte no normalised text contains).
const PRODUCT_BYTE: u8 = 0xFF;

/// The rule feature that stands for any supported product's signal.
const SUPPORTED_PRODUCT: &str = "integration:supported";

/// Whether a signal names one of the products Rekey rotates keys for.
/// The model reads those names as one word: whether a message is a
/// complaint does not depend on which of them it names, and the training
/// data's mix of products (mostly near misses from one product's client
/// libraries, mostly outages from another's) would otherwise teach it that
/// it does.
fn is_supported_product(name: &str) -> bool {
    name.strip_prefix("integration:").is_some_and(|group| {
        super::Integration::SUPPORTED
            .iter()
            .any(|i| i.as_str() == group)
    })
}

/// Whether the `confirm` threshold applies: the rules alone put the message
/// in `act` and it names a product Rekey rotates keys for. In a support
/// chat, a rule-level complaint about one of those products is the common
/// case; the model only has to agree.
pub(crate) fn confirmable(rules: &Detection) -> bool {
    rules.band == Band::Act && rules.integration.is_supported()
}

/// In which language a message was read, for the `act` band.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ReadAs {
    English,
    /// Another language's rules, refined by the English model.
    Foreign,
}

/// What besides the thresholds puts a message in the `act` band.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ActEvidence {
    /// The model's probability.
    pub p: f64,
    /// [`confirmable`]: the rules put it in `act` and name a supported product.
    pub confirmable: bool,
    /// It names a product Rekey rotates keys for.
    pub supported: bool,
    pub reading: ReadAs,
}

/// The `act` band: the one place it is drawn, for the detector and for
/// the trainer's out-of-fold estimate of its precision.
///
/// Read in English: the model at `act`, or a [`confirmable`] verdict at
/// `confirm`. Read in another language the English model never saw the
/// words, so it is not as sure of them either way: a message must name a
/// supported product — its sureness alone does not open a ticket nobody
/// asked for (a German help page on 401 errors reads as a report to it) —
/// and then the model at `act`, or a confirmable verdict at even odds
/// (`complaint`), puts it in the band.
pub(crate) fn in_act_band(e: ActEvidence, t: &Thresholds) -> bool {
    let at = |x: f32| e.p >= f64::from(x);
    match e.reading {
        ReadAs::English => at(t.act) || (e.confirmable && at(t.confirm)),
        ReadAs::Foreign => e.supported && (at(t.act) || (e.confirmable && at(t.complaint))),
    }
}

/// The integration as a model feature: the supported products as one
/// ([`integration_hash`] is its hash, computed at build time).
#[cfg(test)]
fn product_blind(integration: super::Integration) -> &'static str {
    if integration.is_supported() {
        "supported"
    } else {
        integration.as_str()
    }
}

/// [`NORMALISE`]'s mark for a byte the n-gram pass drops.
const SKIP: u8 = 0;

/// How [`visit`] reads each byte: ASCII letters and digits lower-cased,
/// other ASCII as a space, other bytes kept; apostrophes dropped ([`SKIP`])
/// so "can't" and "can’t" read as "cant" (the other bytes of the curly
/// apostrophe stay, as word bytes). A table, so the pass does not branch
/// per byte.
const NORMALISE: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        t[i] = if b.is_ascii_alphanumeric() {
            b.to_ascii_lowercase()
        } else if b == b'\'' || b == 0xE2 {
            SKIP
        } else if b >= 0x80 {
            b
        } else {
            b' '
        };
        i += 1;
    }
    t
};

/// The rolling state of the n-gram pass of [`visit`].
struct Ngrams {
    bits: u32,
    /// The last four normalised bytes.
    window: u32,
    /// Normalised bytes so far.
    seen: usize,
    /// Hash of the word being read.
    word: u64,
    in_word: bool,
    /// Hash of the previous word.
    prev: Option<u64>,
}

impl Ngrams {
    #[inline(always)]
    fn bucket(&self, h: u64) -> u32 {
        (h >> (64 - self.bits)) as u32
    }

    /// One normalised byte: a character 4-gram once four are seen, and a
    /// word (with the pair it forms with the previous one) when a space ends it.
    #[inline(always)]
    fn push(&mut self, c: u8, f: &mut impl FnMut(u32, Family)) {
        self.window = (self.window << 8) | u32::from(c);
        self.seen += 1;
        if self.seen >= 4 {
            let h = (u64::from(self.window) ^ CHAR_SEED).wrapping_mul(CHAR_MUL);
            f(self.bucket(h), Family::Char);
        }
        if c == b' ' {
            if self.in_word {
                let word = self.word;
                f(self.bucket(word), Family::Word);
                match self.prev {
                    Some(p) => f(self.bucket(mix(p, word)), Family::Word),
                    // The opening word says much about the kind of message:
                    // "add", "handle", "feat" open work items, "my" and
                    // "our" open reports.
                    None => f(self.bucket(mix(FIRST_WORD, word)), Family::Rule(1.0)),
                }
                self.prev = Some(word);
                self.in_word = false;
            }
        } else {
            if !self.in_word {
                self.word = (FNV_OFFSET ^ u64::from(b'w')).wrapping_mul(FNV_PRIME);
                self.in_word = true;
            }
            self.word = (self.word ^ u64::from(c)).wrapping_mul(FNV_PRIME);
        }
    }
}

/// The model's features of a message as a list (training), each n-gram
/// family scaled to 1 / sqrt(n). Reuses `out`'s allocation.
pub(crate) fn features(bits: u32, text: &str, rules: &Detection, out: &mut Vec<Feature>) {
    out.clear();
    let (mut words, mut chars) = (Vec::new(), Vec::new());
    visit(bits, text, rules, |i, fam| match fam {
        Family::Rule(v) => out.push((i, v)),
        Family::Word => words.push((i, 1.0)),
        Family::Char => chars.push((i, 1.0)),
    });
    scale(&mut words);
    scale(&mut chars);
    out.extend(words);
    out.extend(chars);
}

/// Gives a family of features a total weight independent of the length of
/// the message: each value 1 / sqrt(n).
fn scale(family: &mut [Feature]) {
    if family.is_empty() {
        return;
    }
    let v = 1.0 / (family.len() as f32).sqrt();
    for f in family {
        f.1 = v;
    }
}

/// The rules' score as a logit, bounded: the model learns a correction on
/// top of it, so with little data it stays close to the rules.
pub(crate) fn rule_logit(rules: &Detection) -> f32 {
    let p = rules.score.clamp(1e-4, 1.0 - 1e-4);
    (p / (1.0 - p)).ln().clamp(-8.0, 8.0)
}

/// A running weighted sum of one message's features, by family (see
/// [`features`]: each n-gram family is scaled to 1 / sqrt(n)).
#[derive(Default)]
struct Sum {
    rule: f32,
    word: f32,
    char: f32,
}

impl Sum {
    #[inline(always)]
    fn add(&mut self, x: f32, fam: Family) {
        match fam {
            Family::Rule(v) => self.rule += x * v,
            Family::Word => self.word += x,
            Family::Char => self.char += x,
        }
    }

    /// `start` plus the sum (added in this order, so the float result does
    /// not depend on the caller).
    fn total(&self, start: f32, words: u32, chars: u32) -> f32 {
        let fam = |sum: f32, n: u32| {
            if n == 0 { 0.0 } else { sum / (n as f32).sqrt() }
        };
        start + self.rule + fam(self.word, words) + fam(self.char, chars)
    }
}

/// `start.0` plus the weighted sum of a message's features under `w`, and,
/// if given, `start.1` plus the sum under a second weight vector `x`, in
/// one pass over [`visit`] without allocating: the same sums as dot
/// products with [`features`].
fn weighted_sums(
    bits: u32,
    text: &str,
    rules: &Detection,
    (w, x): (&[f32], Option<&[f32]>),
    start: (f32, f32),
) -> (f32, f32) {
    let (mut a, mut b) = (Sum::default(), Sum::default());
    let (mut words, mut chars) = (0u32, 0u32);
    visit(bits, text, rules, |i, fam| {
        match fam {
            Family::Word => words += 1,
            Family::Char => chars += 1,
            Family::Rule(_) => {}
        }
        a.add(w[i as usize], fam);
        if let Some(x) = x {
            b.add(x[i as usize], fam);
        }
    });
    (
        a.total(start.0, words, chars),
        b.total(start.1, words, chars),
    )
}

pub(crate) fn sigmoid(z: f32) -> f32 {
    1.0 / (1.0 + (-z).exp())
}

impl Model {
    /// The built-in model (`detect/model.weights`).
    pub fn builtin() -> Self {
        Self::parse(super::BUILTIN_MODEL, "<builtin>").expect("built-in model is valid (tested)")
    }

    /// The built-in model, parsed once per process and shared by every
    /// detector built from then on (parsing the weights costs more than
    /// compiling the phrases).
    pub(crate) fn builtin_shared() -> std::sync::Arc<Self> {
        static BUILTIN: std::sync::OnceLock<std::sync::Arc<Model>> = std::sync::OnceLock::new();
        BUILTIN
            .get_or_init(|| std::sync::Arc::new(Self::builtin()))
            .clone()
    }

    /// The model's complaint logit of a message and, if `exposure` and the
    /// model has the head, the exposure head's probability (one pass).
    pub(crate) fn message_logit(
        &self,
        text: &str,
        rules: &Detection,
        exposure: bool,
    ) -> (f32, Option<f32>) {
        let head = self.exposure.as_ref().filter(|_| exposure);
        let (z, zx) = weighted_sums(
            self.bits,
            text,
            rules,
            (&self.weights, head.map(|h| h.weights.as_slice())),
            (rule_logit(rules) + self.bias, head.map_or(0.0, |h| h.bias)),
        );
        (z, head.map(|_| sigmoid(zx)))
    }

    /// Replaces the rules' score, band and complaint with the model's, and,
    /// where the exposure rule could fire (`exposure_candidate`) and the
    /// model has the head, `exposure_mentioned` with the head's; the
    /// signals, integration and secrets stay the rules'. `reading` says
    /// which `act` band applies ([`in_act_band`]).
    pub(crate) fn apply(
        &self,
        text: &str,
        d: &mut Detection,
        exposure_candidate: bool,
        reading: ReadAs,
    ) {
        let (z, exposure) = self.message_logit(text, d, exposure_candidate);
        let p = sigmoid(z).clamp(0.0, 1.0);
        if let (Some(px), Some(head)) = (exposure, &self.exposure) {
            d.exposure_mentioned = px >= head.threshold;
        }
        let t = self.thresholds;
        let evidence = ActEvidence {
            p: f64::from(p),
            confirmable: confirmable(d),
            supported: d.integration.is_supported(),
            reading,
        };
        d.score = p;
        d.complaint = p >= t.complaint;
        d.band = if in_act_band(evidence, &t) {
            Band::Act
        } else if p >= t.ask {
            Band::Ask
        } else {
            Band::Ignore
        };
        let rotation = d.signals.iter().any(|s| s.name.starts_with("rotation:"));
        d.rotation_request = rotation && !d.complaint;
    }

    pub fn thresholds(&self) -> Thresholds {
        self.thresholds
    }

    /// The weights file: a header, then one `w INDEX WEIGHT` line per
    /// non-zero weight, in index order, then the exposure head's bias,
    /// threshold and `x INDEX WEIGHT` lines, with fixed precision — so the same
    /// model always prints the same bytes.
    pub fn to_text(&self) -> String {
        let mut s = String::new();
        s.push_str("# Rekey detector model: logistic regression over rule signals and hashed\n");
        s.push_str("# word and character n-grams. Written by `rekey train`; do not edit.\n");
        s.push_str(&format!("version {MODEL_VERSION}\n"));
        s.push_str(&format!("bits {}\n", self.bits));
        s.push_str(&format!("bias {:.6}\n", self.bias));
        let t = self.thresholds;
        s.push_str(&format!(
            "ask {:.2}\ncomplaint {:.2}\nact {:.3}\nconfirm {:.3}\n",
            t.ask, t.complaint, t.act, t.confirm
        ));
        write_weights(&mut s, "w", &self.weights);
        if let Some(head) = &self.exposure {
            s.push_str(&format!("exposure_bias {:.6}\n", head.bias));
            s.push_str(&format!("exposure_threshold {:.2}\n", head.threshold));
            write_weights(&mut s, "x", &head.weights);
        }
        s
    }

    /// Parses a weights file written by [`Model::to_text`].
    pub fn parse(text: &str, origin: &str) -> Result<Self, ModelError> {
        let err = |line: usize, p: String| ModelError {
            origin: origin.to_string(),
            problem: format!("line {line}: {p}"),
        };
        let mut version = None;
        let mut bits: Option<u32> = None;
        let mut bias = None;
        let (mut ask, mut complaint, mut act, mut confirm) = (None, None, None, None);
        let mut weights: Vec<f32> = Vec::new();
        let (mut x_bias, mut x_threshold) = (None, None);
        // The exposure head's table, made on its first `x` line.
        let mut x_weights: Option<Vec<f32>> = None;
        for (n, line) in text.lines().enumerate() {
            let n = n + 1;
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let parts: Vec<&str> = line.split_whitespace().collect();
            let num = |s: &str| -> Result<f32, ModelError> {
                s.parse::<f32>()
                    .ok()
                    .filter(|v| v.is_finite())
                    .ok_or_else(|| err(n, format!("{s:?} is not a number")))
            };
            // A `w` or `x` line: an index inside the table (`bits` first).
            let set = |table: &mut [f32], i: &str, v: &str| -> Result<(), ModelError> {
                let i: usize = i
                    .parse()
                    .map_err(|_| err(n, format!("{i:?} is not an index")))?;
                let slot = table
                    .get_mut(i)
                    .ok_or_else(|| err(n, format!("index {i} out of range (bits first)")))?;
                *slot = num(v)?;
                Ok(())
            };
            match parts.as_slice() {
                ["version", v] => version = v.parse::<u32>().ok(),
                ["bits", b] => {
                    let b: u32 = b
                        .parse()
                        .ok()
                        .filter(|b| (8..=24).contains(b))
                        .ok_or_else(|| err(n, "bits must be between 8 and 24".into()))?;
                    bits = Some(b);
                    weights = vec![0.0; 1 << b];
                    x_weights = None;
                }
                ["exposure_bias", v] => x_bias = Some(num(v)?),
                ["exposure_threshold", v] => {
                    let t = num(v)?;
                    if !(0.0..=1.0).contains(&t) {
                        return Err(err(n, "exposure_threshold must lie in 0..=1".into()));
                    }
                    x_threshold = Some(t);
                }
                ["bias", v] => bias = Some(num(v)?),
                ["ask", v] => ask = Some(num(v)?),
                ["complaint", v] => complaint = Some(num(v)?),
                ["act", v] => act = Some(num(v)?),
                ["confirm", v] => confirm = Some(num(v)?),
                ["w", i, v] => set(&mut weights, i, v)?,
                ["x", i, v] => {
                    let table = x_weights.get_or_insert_with(|| vec![0.0; weights.len()]);
                    set(table, i, v)?;
                }
                _ => return Err(err(n, format!("unexpected line {line:?}"))),
            }
        }
        if !matches!(version, Some(v) if (1..=MODEL_VERSION).contains(&v)) {
            return Err(err(0, format!("version must be 1 to {MODEL_VERSION}")));
        }
        let exposure = match (x_bias, x_threshold) {
            (Some(bias), Some(threshold)) => Some(ExposureHead {
                bias,
                weights: x_weights.unwrap_or_else(|| vec![0.0; weights.len()]),
                threshold,
            }),
            (None, None) if x_weights.is_none() => None,
            _ => {
                return Err(err(
                    0,
                    "the exposure head needs exposure_bias and exposure_threshold".into(),
                ));
            }
        };
        let (Some(bits), Some(bias)) = (bits, bias) else {
            return Err(err(0, "missing bits or bias".into()));
        };
        let (Some(ask), Some(complaint), Some(act), Some(confirm)) = (ask, complaint, act, confirm)
        else {
            return Err(err(
                0,
                "missing a threshold (ask, complaint, act, confirm)".into(),
            ));
        };
        if !(complaint..=act).contains(&confirm) {
            return Err(err(0, "confirm must lie between complaint and act".into()));
        }
        if !((0.0..=1.0).contains(&ask) && ask <= complaint && complaint <= act && act <= 1.0) {
            return Err(err(
                0,
                "thresholds must satisfy 0 <= ask <= complaint <= act <= 1".into(),
            ));
        }
        Ok(Self {
            bits,
            bias,
            weights,
            thresholds: Thresholds {
                ask,
                complaint,
                act,
                confirm,
            },
            exposure,
        })
    }
}

/// One `TAG INDEX WEIGHT` line per weight that prints as non-zero.
fn write_weights(s: &mut String, tag: &str, weights: &[f32]) {
    for (i, w) in weights.iter().enumerate() {
        let text = format!("{w:.6}");
        if text.trim_start_matches('-') != "0.000000" {
            s.push_str(&format!("{tag} {i} {text}\n"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::Integration;

    #[test]
    fn the_fixed_features_hash_their_names() {
        for band in [Band::Act, Band::Ask, Band::Ignore] {
            assert_eq!(band_hash(band), fnv(b'r', band.as_str().as_bytes()));
        }
        for &i in Integration::ALL {
            assert_eq!(integration_hash(i), fnv(b'i', product_blind(i).as_bytes()));
        }
        for shape in super::super::shape::ALL {
            assert_eq!(shape.hash(), fnv(b'p', shape.name().as_bytes()));
        }
    }

    /// English: the model at `act`, or a confirmable verdict at `confirm`.
    /// Another language: a supported product named, then the model at
    /// `act` or a confirmable verdict at even odds.
    #[test]
    fn the_act_band_asks_more_of_a_message_read_in_another_language() {
        let t = Thresholds {
            ask: 0.05,
            complaint: 0.5,
            act: 0.99,
            confirm: 0.9,
        };
        let act = |p, confirmable, supported, reading| {
            in_act_band(
                ActEvidence {
                    p,
                    confirmable,
                    supported,
                    reading,
                },
                &t,
            )
        };
        use ReadAs::{English, Foreign};
        // (p, confirmable, supported, reading, in the band)
        let table = [
            (0.995, false, false, English, true),
            (0.95, true, true, English, true),
            (0.95, false, true, English, false),
            (0.6, true, true, English, false),
            (0.995, false, false, Foreign, false),
            (0.995, false, true, Foreign, true),
            (0.6, true, true, Foreign, true),
            (0.4, true, true, Foreign, false),
            (0.95, false, true, Foreign, false),
        ];
        for (p, confirmable, supported, reading, want) in table {
            assert_eq!(
                act(p, confirmable, supported, reading),
                want,
                "{p} {confirmable} {supported} {reading:?}"
            );
        }
    }

    #[test]
    fn a_signal_name_is_read_once() {
        let key = SignalKey::of("integration:stripe");
        assert!(key.product);
        assert_eq!(key.feature, fnv(b's', SUPPORTED_PRODUCT.as_bytes()));
        assert_eq!(key.kind, fnv(b'k', b"integration"));
        let key = SignalKey::of("pair:not+sync");
        assert!(!key.product);
        assert_eq!(key.feature, fnv(b's', b"pair:not+sync"));
        assert_eq!(key.kind, fnv(b'k', b"pair"));
        assert_eq!(key.shared, None);
    }

    /// A translated locale's signal also reads as English's: the same
    /// feature the English signal is.
    #[test]
    fn a_translated_signal_shares_its_english_feature() {
        let cases = [
            ("pair:de_stopped+de_work", Some("pair:stopped+work")),
            ("context:fr_credential", Some("context:credential")),
            (
                "pair:de_not_after+de_connect",
                Some("pair:not_after+connect"),
            ),
            ("pair:es_failed+sync", Some("pair:failed+sync")),
            ("http:pt_http_401", Some("http:http_401")),
            ("integration:third_party", None),
            ("pair:not+sync", None),
            ("shape:log", None),
        ];
        for (name, english) in cases {
            assert_eq!(shared_name(name).as_deref(), english, "{name}");
        }
        let italian = SignalKey::of("pair:it_stopped+it_work");
        assert_eq!(
            italian.shared,
            Some(SignalKey::of("pair:stopped+work").feature)
        );
    }

    /// No English group starts with a translated locale's prefix, so
    /// [`shared_name`] drops only what the locale files added.
    #[test]
    fn no_english_group_looks_translated() {
        for group in &crate::detect::Vocabulary::builtin().groups {
            assert_eq!(
                shared_name(&format!("phrase:{}", group.name)),
                None,
                "{}",
                group.name
            );
        }
    }
}
