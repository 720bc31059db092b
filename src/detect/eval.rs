//! Measures a detector against a labelled JSONL corpus — the pure logic of
//! `rekey eval` — and serialises single detections for `rekey classify`.
//!
//! Row format: `{"text": .., "label": "complaint"|"other", "integration"?:
//! activecampaign|keap|stripe|other|none, "key_exposed"?: bool,
//! "exposure_mentioned"?: bool}`. Other
//! fields are ignored. Malformed lines are reported and skipped, never fatal.

use std::collections::BTreeMap;
use std::fmt;

use serde::Deserialize;
use serde_json::{Value, json};

use super::{Detection, Detector, Integration};

#[derive(Debug, Deserialize)]
struct Row {
    text: String,
    label: String,
    #[serde(default)]
    integration: Option<String>,
    #[serde(default)]
    key_exposed: Option<bool>,
    #[serde(default)]
    exposure_mentioned: Option<bool>,
    #[serde(default)]
    voice: Option<String>,
    /// The batch a pending row was mined in (`tools/real/build.py
    /// --pending`): the unseen set is reported batch by batch.
    #[serde(default)]
    batch: Option<String>,
}

/// Which question a misclassified row got wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    FalsePositive,
    FalseNegative,
    Integration,
    Exposure,
    ExposureMentioned,
}

impl ErrorKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorKind::FalsePositive => "false positive",
            ErrorKind::FalseNegative => "false negative",
            ErrorKind::Integration => "integration",
            ErrorKind::Exposure => "exposure",
            ErrorKind::ExposureMentioned => "exposure mentioned",
        }
    }
}

/// A row the detector got wrong. The text has its secrets replaced by
/// fingerprints, so the report is safe to print.
#[derive(Debug, Clone)]
pub struct RowError {
    pub line: usize,
    pub kind: ErrorKind,
    pub text: String,
    pub expected: String,
    pub got: String,
    pub detection: Detection,
}

/// Counts and errors of one evaluation run.
#[derive(Debug, Clone, Default)]
pub struct EvalReport {
    pub n: usize,
    pub tp: usize,
    pub fp: usize,
    pub tn: usize,
    pub fn_: usize,
    /// Rows carrying `integration`, and how many of those were right.
    pub integration_rows: usize,
    pub integration_correct: usize,
    /// The same over rows about ActiveCampaign, Keap or Stripe (the
    /// integrations the bot acts on).
    pub named_rows: usize,
    pub named_correct: usize,
    /// The same over those rows whose text names the product itself
    /// ([`names_supported_product`]): the issue's "messages naming
    /// ActiveCampaign, Keap/Infusionsoft or Stripe". A reply labelled by
    /// its thread ("the webhook still fails") is in `named_rows`, not here.
    pub named_in_text_rows: usize,
    pub named_in_text_correct: usize,
    /// "secrets non-empty" vs `key_exposed`, over rows carrying it.
    pub exposure_tp: usize,
    pub exposure_fp: usize,
    pub exposure_fn: usize,
    pub exposure_tn: usize,
    /// `exposure_mentioned` vs the row's `exposure_mentioned`, over rows
    /// carrying it.
    pub mentioned: Confusion,
    /// The `act` band against the label: precision is what matters (an
    /// uninvited ticket is the costly mistake).
    pub act: Confusion,
    /// Complaint counts per `voice` tag (`chat`, `issue`, `forum`; rows
    /// without one count as `unknown`).
    pub by_voice: BTreeMap<String, Confusion>,
    /// Complaint and `act`-band counts per language the row was read in
    /// (`en`, or the locale [`super::lang::identify`] was sure of): a real
    /// message read as another language goes through that language's
    /// words.
    pub by_locale: BTreeMap<String, LocaleCounts>,
    /// Complaint and exposure-in-words counts per `batch`, for rows that
    /// carry one (the pending batches; none in the project's splits).
    pub by_batch: BTreeMap<String, BatchCounts>,
    /// The same rows judged by the rules alone (complaint, and act band).
    pub rules: Confusion,
    pub rules_act: Confusion,
    pub errors: Vec<RowError>,
    /// (1-based line number, problem) for lines that could not be read.
    pub malformed: Vec<(usize, String)>,
}

/// Complaint and `act`-band counts of the rows read in one language.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LocaleCounts {
    pub complaint: Confusion,
    pub act: Confusion,
}

/// One batch's counts.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BatchCounts {
    pub complaint: Confusion,
    /// `exposure_mentioned`, over the batch's rows carrying it.
    pub mentioned: Confusion,
}

/// A two-by-two confusion count.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Confusion {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
    pub tn: usize,
}

impl Confusion {
    pub fn add(&mut self, expected: bool, got: bool) {
        match (expected, got) {
            (true, true) => self.tp += 1,
            (false, true) => self.fp += 1,
            (true, false) => self.fn_ += 1,
            (false, false) => self.tn += 1,
        }
    }
    pub fn n(&self) -> usize {
        self.tp + self.fp + self.fn_ + self.tn
    }
    /// The rows called positive, right or wrong.
    pub fn flagged(&self) -> usize {
        self.tp + self.fp
    }
    pub fn precision(&self) -> Option<f64> {
        ratio(self.tp, self.flagged())
    }
    /// The lower end of the Wilson score interval of the precision, `z`
    /// standard deviations down (1.645: one-sided 95%): the precision these
    /// counts support, fewer rows supporting less. `None` with nothing
    /// flagged.
    pub fn precision_lower_bound(&self, z: f64) -> Option<f64> {
        let n = self.flagged() as f64;
        let p = self.precision()?;
        let z2 = z * z;
        let centre = p + z2 / (2.0 * n);
        let spread = z * (p * (1.0 - p) / n + z2 / (4.0 * n * n)).sqrt();
        Some((centre - spread) / (1.0 + z2 / n))
    }
    pub fn recall(&self) -> Option<f64> {
        ratio(self.tp, self.tp + self.fn_)
    }
    pub fn f1(&self) -> Option<f64> {
        f1(self.precision(), self.recall())
    }
    pub fn merge(&mut self, o: &Confusion) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
        self.tn += o.tn;
    }
    /// `{n, precision, recall, f1}` (null where undefined).
    pub fn to_json(&self) -> Value {
        json!({
            "n": self.n(),
            "precision": self.precision(),
            "recall": self.recall(),
            "f1": self.f1(),
        })
    }
}

fn f1(p: Option<f64>, r: Option<f64>) -> Option<f64> {
    match (p, r) {
        (Some(p), Some(r)) if p + r > 0.0 => Some(2.0 * p * r / (p + r)),
        (Some(_), Some(_)) => Some(0.0),
        _ => None,
    }
}

fn ratio(num: usize, den: usize) -> Option<f64> {
    (den > 0).then(|| num as f64 / den as f64)
}

impl EvalReport {
    /// The complaint counts as a [`Confusion`].
    pub fn confusion(&self) -> Confusion {
        Confusion {
            tp: self.tp,
            fp: self.fp,
            fn_: self.fn_,
            tn: self.tn,
        }
    }
    pub fn precision(&self) -> Option<f64> {
        self.confusion().precision()
    }
    pub fn recall(&self) -> Option<f64> {
        self.confusion().recall()
    }
    pub fn f1(&self) -> Option<f64> {
        self.confusion().f1()
    }
    /// Of the messages put in the `act` band, the share that are complaints.
    pub fn act_precision(&self) -> Option<f64> {
        self.act.precision()
    }

    /// Adds another run's counts (another split) to this one; errors and
    /// malformed lines are not carried over.
    pub fn merge(&mut self, o: &EvalReport) {
        self.n += o.n;
        self.tp += o.tp;
        self.fp += o.fp;
        self.tn += o.tn;
        self.fn_ += o.fn_;
        self.integration_rows += o.integration_rows;
        self.integration_correct += o.integration_correct;
        self.named_rows += o.named_rows;
        self.named_correct += o.named_correct;
        self.named_in_text_rows += o.named_in_text_rows;
        self.named_in_text_correct += o.named_in_text_correct;
        self.exposure_tp += o.exposure_tp;
        self.exposure_fp += o.exposure_fp;
        self.exposure_fn += o.exposure_fn;
        self.exposure_tn += o.exposure_tn;
        self.mentioned.merge(&o.mentioned);
        self.act.merge(&o.act);
        self.rules.merge(&o.rules);
        self.rules_act.merge(&o.rules_act);
        for (v, c) in &o.by_voice {
            self.by_voice.entry(v.clone()).or_default().merge(c);
        }
        for (l, c) in &o.by_locale {
            let mine = self.by_locale.entry(l.clone()).or_default();
            mine.complaint.merge(&c.complaint);
            mine.act.merge(&c.act);
        }
        for (b, c) in &o.by_batch {
            let mine = self.by_batch.entry(b.clone()).or_default();
            mine.complaint.merge(&c.complaint);
            mine.mentioned.merge(&c.mentioned);
        }
    }
    pub fn accuracy(&self) -> Option<f64> {
        ratio(self.tp + self.tn, self.n)
    }
    pub fn integration_accuracy(&self) -> Option<f64> {
        ratio(self.integration_correct, self.integration_rows)
    }
    /// Integration accuracy over rows about ActiveCampaign, Keap or Stripe.
    pub fn named_integration_accuracy(&self) -> Option<f64> {
        ratio(self.named_correct, self.named_rows)
    }
    /// Integration accuracy over rows whose text names ActiveCampaign,
    /// Keap (Infusionsoft) or Stripe and that are about one of them.
    pub fn named_in_text_integration_accuracy(&self) -> Option<f64> {
        ratio(self.named_in_text_correct, self.named_in_text_rows)
    }
    pub fn exposure_precision(&self) -> Option<f64> {
        ratio(self.exposure_tp, self.exposure_tp + self.exposure_fp)
    }
    pub fn exposure_recall(&self) -> Option<f64> {
        ratio(self.exposure_tp, self.exposure_tp + self.exposure_fn)
    }

    /// Exactly one JSON object with the summary numbers; `null` where a
    /// ratio is undefined (e.g. precision when nothing was flagged).
    pub fn to_json(&self) -> Value {
        json!({
            "n": self.n,
            "tp": self.tp,
            "fp": self.fp,
            "tn": self.tn,
            "fn": self.fn_,
            "precision": self.precision(),
            "recall": self.recall(),
            "f1": self.f1(),
            "accuracy": self.accuracy(),
            "integration_accuracy": self.integration_accuracy(),
            "named_integration_accuracy": self.named_integration_accuracy(),
            "named_in_text_integration_accuracy": self.named_in_text_integration_accuracy(),
            "exposure_precision": self.exposure_precision(),
            "exposure_recall": self.exposure_recall(),
            "exposure_mentioned_precision": self.mentioned.precision(),
            "exposure_mentioned_recall": self.mentioned.recall(),
            "act_precision": self.act_precision(),
            "act_n": self.act.flagged(),
            "by_voice": json_map(&self.by_voice, Confusion::to_json),
            "by_locale": json_map(&self.by_locale, |c| {
                let mut v = c.complaint.to_json();
                v["act_precision"] = json!(c.act.precision());
                v["act_n"] = json!(c.act.flagged());
                v
            }),
            "by_batch": json_map(&self.by_batch, |c| {
                let mut v = c.complaint.to_json();
                v["exposure_mentioned_precision"] = json!(c.mentioned.precision());
                v["exposure_mentioned_recall"] = json!(c.mentioned.recall());
                v
            }),
            "rules": {
                "precision": self.rules.precision(),
                "recall": self.rules.recall(),
                "f1": self.rules.f1(),
                "act_precision": self.rules_act.precision(),
            },
        })
    }

    /// Complaint errors (false positives and negatives) only.
    pub fn misclassified(&self) -> impl Iterator<Item = &RowError> {
        self.errors
            .iter()
            .filter(|e| matches!(e.kind, ErrorKind::FalsePositive | ErrorKind::FalseNegative))
    }

    /// Human-readable list of every wrong row with the signals that fired
    /// (`rekey eval --errors`). Secrets in the text are replaced.
    pub fn errors_report(&self) -> String {
        let mut out = String::new();
        for e in &self.errors {
            let signals: Vec<String> = e
                .detection
                .signals
                .iter()
                .map(|s| format!("{}@{}..{}", s.name, s.start, s.end))
                .collect();
            out.push_str(&format!(
                "line {} [{}] expected {}, got {} (score {:.2}, band {})\n  text: {}\n  signals: {}\n",
                e.line,
                e.kind.as_str(),
                e.expected,
                e.got,
                e.detection.score,
                e.detection.band.as_str(),
                e.text.replace('\n', "\\n"),
                if signals.is_empty() { "(none)".to_string() } else { signals.join(", ") },
            ));
        }
        for (line, msg) in &self.malformed {
            out.push_str(&format!("line {line} [malformed] {msg}\n"));
        }
        out
    }
}

fn pct(v: Option<f64>) -> String {
    v.map_or_else(|| "n/a".to_string(), |x| format!("{:.1}%", x * 100.0))
}

impl fmt::Display for EvalReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "rows:        {} ({} malformed, skipped)",
            self.n,
            self.malformed.len()
        )?;
        writeln!(f, "precision:   {}", pct(self.precision()))?;
        writeln!(f, "recall:      {}", pct(self.recall()))?;
        writeln!(f, "f1:          {}", pct(self.f1()))?;
        writeln!(f, "accuracy:    {}", pct(self.accuracy()))?;
        writeln!(
            f,
            "act band:    precision {} ({} rows in the band)",
            pct(self.act_precision()),
            self.act.flagged()
        )?;
        writeln!(
            f,
            "rules alone: precision {}  recall {}  f1 {}  act precision {}",
            pct(self.rules.precision()),
            pct(self.rules.recall()),
            pct(self.rules.f1()),
            pct(self.rules_act.precision())
        )?;
        for (v, c) in &self.by_voice {
            writeln!(
                f,
                "voice {v:<6} precision {}  recall {}  f1 {} ({} rows)",
                pct(c.precision()),
                pct(c.recall()),
                pct(c.f1()),
                c.n()
            )?;
        }
        for (l, c) in &self.by_locale {
            writeln!(
                f,
                "read as {l:<3} precision {}  recall {}  f1 {}  act {} of {} ({} rows)",
                pct(c.complaint.precision()),
                pct(c.complaint.recall()),
                pct(c.complaint.f1()),
                pct(c.act.precision()),
                c.act.flagged(),
                c.complaint.n()
            )?;
        }
        for (b, c) in &self.by_batch {
            writeln!(
                f,
                "batch {b:<6} precision {}  recall {}  f1 {}  in words precision {}  recall {} ({} rows)",
                pct(c.complaint.precision()),
                pct(c.complaint.recall()),
                pct(c.complaint.f1()),
                pct(c.mentioned.precision()),
                pct(c.mentioned.recall()),
                c.complaint.n()
            )?;
        }
        writeln!(
            f,
            "confusion:   tp {}  fp {}  tn {}  fn {}",
            self.tp, self.fp, self.tn, self.fn_
        )?;
        writeln!(
            f,
            "integration: {} ({}/{} rows carrying an integration; {} of {} about ActiveCampaign, Keap or Stripe; {} of {} of those naming it)",
            pct(self.integration_accuracy()),
            self.integration_correct,
            self.integration_rows,
            pct(self.named_integration_accuracy()),
            self.named_rows,
            pct(self.named_in_text_integration_accuracy()),
            self.named_in_text_rows
        )?;
        writeln!(
            f,
            "exposure:    precision {}  recall {} ({} rows carrying key_exposed)",
            pct(self.exposure_precision()),
            pct(self.exposure_recall()),
            self.exposure_tp + self.exposure_fp + self.exposure_fn + self.exposure_tn
        )?;
        write!(
            f,
            "in words:    precision {}  recall {} ({} rows carrying exposure_mentioned)",
            pct(self.mentioned.precision()),
            pct(self.mentioned.recall()),
            self.mentioned.n()
        )
    }
}

/// Replaces every secret span with `[secret <fingerprint>]`.
pub(crate) fn redact(text: &str, d: &Detection) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pos = 0;
    for s in &d.secrets {
        if s.start < pos || s.end > text.len() {
            continue;
        }
        out.push_str(&text[pos..s.start]);
        out.push_str(&format!("[secret {}]", s.fingerprint));
        pos = s.end;
    }
    out.push_str(&text[pos..]);
    out
}

/// Runs the detector over every line of a JSONL corpus.
pub fn evaluate(detector: &Detector, jsonl: &str) -> EvalReport {
    let mut r = EvalReport::default();
    for (idx, line) in jsonl.lines().enumerate() {
        let line_no = idx + 1;
        if line.trim().is_empty() {
            continue;
        }
        let row: Row = match serde_json::from_str(line) {
            Ok(row) => row,
            Err(e) => {
                r.malformed
                    .push((line_no, format!("invalid JSON row: {e}")));
                continue;
            }
        };
        let expected = match row.label.as_str() {
            "complaint" => true,
            "other" => false,
            other => {
                r.malformed.push((
                    line_no,
                    format!("label {other:?} is not \"complaint\" or \"other\""),
                ));
                continue;
            }
        };
        let want_integration = match row.integration.as_deref() {
            None => None,
            Some(name) => match Integration::parse_lenient(name) {
                Some(i) => Some(i),
                None => {
                    r.malformed.push((
                        line_no,
                        format!(
                            "integration {name:?} is not activecampaign, keap, stripe, other or none"
                        ),
                    ));
                    continue;
                }
            },
        };
        // Read the row as the bot reads a first message: in its own
        // language when that is clear, else English.
        let d = detector.detect_read(&row.text);
        let locale = d.locale;
        r.n += 1;
        let voice = row.voice.clone().unwrap_or_else(|| "unknown".into());
        r.by_voice
            .entry(voice)
            .or_default()
            .add(expected, d.complaint);
        r.act.add(expected, d.band == super::Band::Act);
        let by_locale = r.by_locale.entry(locale.to_string()).or_default();
        by_locale.complaint.add(expected, d.complaint);
        by_locale.act.add(expected, d.band == super::Band::Act);
        if detector.has_model() {
            let rd = detector.detect_rules_in(locale, &row.text);
            r.rules.add(expected, rd.complaint);
            r.rules_act.add(expected, rd.band == super::Band::Act);
        } else {
            r.rules.add(expected, d.complaint);
            r.rules_act.add(expected, d.band == super::Band::Act);
        }
        let mut push = |kind: ErrorKind, expected: String, got: String, d: &Detection| {
            r.errors.push(RowError {
                line: line_no,
                kind,
                text: redact(&row.text, d),
                expected,
                got,
                detection: d.clone(),
            });
        };
        let label = |b: bool| if b { "complaint" } else { "other" }.to_string();
        match (expected, d.complaint) {
            (true, true) => r.tp += 1,
            (false, false) => r.tn += 1,
            (false, true) => {
                r.fp += 1;
                push(ErrorKind::FalsePositive, label(false), label(true), &d);
            }
            (true, false) => {
                r.fn_ += 1;
                push(ErrorKind::FalseNegative, label(true), label(false), &d);
            }
        }
        if let Some(want) = want_integration {
            r.integration_rows += 1;
            if want.is_supported() {
                r.named_rows += 1;
                r.named_correct += usize::from(want == d.integration);
                if names_supported_product(&row.text) {
                    r.named_in_text_rows += 1;
                    r.named_in_text_correct += usize::from(want == d.integration);
                }
            }
            if want == d.integration {
                r.integration_correct += 1;
            } else {
                push(
                    ErrorKind::Integration,
                    want.to_string(),
                    d.integration.to_string(),
                    &d,
                );
            }
        }
        if let Some(exposed) = row.key_exposed {
            let flagged = !d.secrets.is_empty();
            match (exposed, flagged) {
                (true, true) => r.exposure_tp += 1,
                (false, true) => r.exposure_fp += 1,
                (true, false) => r.exposure_fn += 1,
                (false, false) => r.exposure_tn += 1,
            }
            if exposed != flagged {
                push(
                    ErrorKind::Exposure,
                    format!("key_exposed {exposed}"),
                    format!("secrets {}", d.secrets.len()),
                    &d,
                );
            }
        }
        if let Some(batch) = &row.batch {
            let counts = r.by_batch.entry(batch.clone()).or_default();
            counts.complaint.add(expected, d.complaint);
            if let Some(want) = row.exposure_mentioned {
                counts.mentioned.add(want, d.exposure_mentioned);
            }
        }
        if let Some(want) = row.exposure_mentioned {
            r.mentioned.add(want, d.exposure_mentioned);
            if want != d.exposure_mentioned {
                push(
                    ErrorKind::ExposureMentioned,
                    format!("exposure_mentioned {want}"),
                    format!("exposure_mentioned {}", d.exposure_mentioned),
                    &d,
                );
            }
        }
    }
    r
}

/// A JSON object with `f` of each entry of `map`, under the same keys.
fn json_map<C>(map: &BTreeMap<String, C>, f: impl Fn(&C) -> Value) -> Value {
    map.iter()
        .map(|(k, c)| (k.clone(), f(c)))
        .collect::<serde_json::Map<String, Value>>()
        .into()
}

/// A detection as JSON for `rekey classify`: the [`Detection`] fields, with
/// secrets as kind, span and fingerprint only (the type holds no secret text).
pub fn classify_json(d: &Detection) -> Value {
    serde_json::to_value(d)
        .unwrap_or_else(|_| json!({"error": "detection could not be serialised"}))
}

/// Whether `text` names ActiveCampaign, Keap (or Infusionsoft) or Stripe,
/// by a plain case-insensitive look for their names, apart from the
/// detector's own vocabulary so the measure does not share its blind spots.
pub fn names_supported_product(text: &str) -> bool {
    const NAMES: [&str; 7] = [
        "activecampaign",
        "active campaign",
        "active-campaign",
        "keap",
        "infusionsoft",
        "infusion soft",
        "stripe",
    ];
    let lower = text.to_lowercase();
    NAMES.iter().any(|name| lower.contains(name))
}
