//! The logic of `rekey eval --intents FILE`: reads a labelled JSONL corpus of
//! in-ticket customer lines (`text`, `intent`, optional
//! `integration`, plus `stage` and `source` for people), classifies each with the detector's verdict
//! and [`super::intent::classify`], and reports per-intent precision and
//! recall. Pure: the caller reads the file and prints.

use std::collections::BTreeMap;
use std::fmt;

use crate::detect::{Detector, Integration};

use super::intent;

/// One labelled row that was classified differently.
#[derive(Debug, Clone, PartialEq)]
pub struct Miss {
    pub line: usize,
    pub text: String,
    pub expected: String,
    pub got: String,
}

/// Counts per intent label.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Counts {
    pub true_pos: usize,
    pub false_pos: usize,
    pub false_neg: usize,
}

impl Counts {
    pub fn precision(&self) -> Option<f64> {
        ratio(self.true_pos, self.true_pos + self.false_pos)
    }
    pub fn recall(&self) -> Option<f64> {
        ratio(self.true_pos, self.true_pos + self.false_neg)
    }
}

/// The result of one run over a corpus.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct IntentReport {
    pub rows: usize,
    pub correct: usize,
    pub per_intent: BTreeMap<String, Counts>,
    pub misses: Vec<Miss>,
    /// Lines that could not be read, with the reason.
    pub malformed: Vec<(usize, String)>,
}

impl IntentReport {
    pub fn accuracy(&self) -> Option<f64> {
        ratio(self.correct, self.rows)
    }

    /// Every number as one JSON object.
    pub fn to_json(&self) -> serde_json::Value {
        let per: serde_json::Map<String, serde_json::Value> = self
            .per_intent
            .iter()
            .map(|(k, c)| {
                (
                    k.clone(),
                    serde_json::json!({
                        "precision": c.precision(),
                        "recall": c.recall(),
                        "support": c.true_pos + c.false_neg,
                    }),
                )
            })
            .collect();
        serde_json::json!({
            "rows": self.rows,
            "accuracy": self.accuracy(),
            "intents": per,
        })
    }

    /// One line per misclassified row.
    pub fn errors_report(&self) -> String {
        self.misses
            .iter()
            .map(|m| {
                format!(
                    "line {}: expected {} got {}: {}\n",
                    m.line, m.expected, m.got, m.text
                )
            })
            .collect()
    }
}

impl fmt::Display for IntentReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{:<24} {:>9} {:>7} {:>8}",
            "intent", "precision", "recall", "support"
        )?;
        for (label, c) in &self.per_intent {
            writeln!(
                f,
                "{:<24} {:>9} {:>7} {:>8}",
                label,
                percent(c.precision()),
                percent(c.recall()),
                c.true_pos + c.false_neg
            )?;
        }
        write!(
            f,
            "rows {}  accuracy {}",
            self.rows,
            percent(self.accuracy())
        )
    }
}

#[derive(serde::Deserialize)]
struct Row {
    text: String,
    intent: String,
    #[serde(default)]
    integration: Option<String>,
}

/// Classifies every row of `jsonl` and compares with its label.
pub fn evaluate(detector: &Detector, jsonl: &str) -> IntentReport {
    let mut report = IntentReport::default();
    for (n, line) in jsonl.lines().enumerate() {
        let line_no = n + 1;
        if line.trim().is_empty() {
            continue;
        }
        let row: Row = match serde_json::from_str(line) {
            Ok(r) => r,
            Err(e) => {
                report.malformed.push((line_no, e.to_string()));
                continue;
            }
        };
        let current = match row.integration.as_deref() {
            Some(name) => Integration::parse_lenient(name).unwrap_or(Integration::Unknown),
            None => Integration::ActiveCampaign,
        };
        let det = detector.detect(&row.text);
        let got = intent::classify(&row.text, &det, current)
            .label()
            .to_string();
        report.rows += 1;
        if got == row.intent {
            report.correct += 1;
            report.per_intent.entry(got).or_default().true_pos += 1;
        } else {
            report
                .per_intent
                .entry(row.intent.clone())
                .or_default()
                .false_neg += 1;
            report.per_intent.entry(got.clone()).or_default().false_pos += 1;
            // The text may hold a key: show only its start.
            let shown = if det.secrets.is_empty() {
                row.text.clone()
            } else {
                "(message with a key)".to_string()
            };
            report.misses.push(Miss {
                line: line_no,
                text: shown,
                expected: row.intent,
                got,
            });
        }
    }
    report
}

fn ratio(num: usize, den: usize) -> Option<f64> {
    (den > 0).then(|| num as f64 / den as f64)
}

fn percent(v: Option<f64>) -> String {
    v.map_or_else(|| "-".to_string(), |v| format!("{:.1}%", v * 100.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &str = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef01234567";

    #[test]
    fn counts_per_intent_and_never_prints_a_key_from_a_missed_row() {
        let corpus = format!(
            "{}\n{}\n{}\nnot json\n",
            r#"{"text":"done","intent":"progress"}"#,
            r#"{"text":"ok","intent":"progress"}"#,
            serde_json::json!({"text": format!("key {KEY}"), "intent": "unclear"}),
        );
        let r = evaluate(&Detector::builtin(), &corpus);
        assert_eq!((r.rows, r.correct), (3, 1));
        assert_eq!(r.malformed.len(), 1);
        let progress = &r.per_intent["progress"];
        assert_eq!((progress.true_pos, progress.false_neg), (1, 1));
        assert_eq!(progress.recall(), Some(0.5));
        assert_eq!(r.per_intent["pasted_key"].false_pos, 1);
        let report = r.errors_report();
        assert!(report.contains("(message with a key)"), "{report}");
        assert!(!report.contains(KEY) && !r.to_json().to_string().contains(KEY));
        assert!(r.to_string().contains("accuracy 33.3%"));
    }
}
