//! `rekey eval` on the per-locale corpus (`tests/data/locales/*.jsonl`):
//! every row names its `locale`; a row with `label` (complaint / other) is a
//! first message, read the way the bot reads one (language identified from
//! the text, English when unclear, then that language's detector); a row
//! with `intent` is a reply inside a ticket in that locale, read with the
//! locale's reply words. Reported per locale: complaint precision, recall
//! and F1, named-integration accuracy, how often the language was
//! identified right, and intent accuracy.

use std::collections::BTreeMap;
use std::fmt;

use serde::Deserialize;

use super::{Detector, Integration};
use crate::domain::Locale;

#[derive(Deserialize)]
struct Row {
    text: String,
    locale: Locale,
    #[serde(default)]
    label: Option<String>,
    #[serde(default)]
    integration: Option<String>,
    #[serde(default)]
    intent: Option<String>,
}

/// One locale's numbers.
#[derive(Debug, Clone, Default)]
pub struct LocaleReport {
    pub confusion: super::eval::Confusion,
    /// Rows naming an integration, and those the detector named right.
    pub integration_rows: usize,
    pub integration_right: usize,
    /// First messages whose language was identified as the row's.
    pub language_rows: usize,
    pub language_right: usize,
    pub intent_rows: usize,
    pub intent_right: usize,
    /// Misread rows: line, expected, got.
    pub errors: Vec<(usize, String, String)>,
}

/// Per-locale numbers of one file; rows that cannot be read are listed.
#[derive(Debug, Clone, Default)]
pub struct Report {
    pub by_locale: BTreeMap<Locale, LocaleReport>,
    pub malformed: Vec<(usize, String)>,
}

/// Whether a JSONL file is a per-locale corpus (its rows name a `locale`).
pub fn is_locale_corpus(jsonl: &str) -> bool {
    jsonl
        .lines()
        .find(|l| !l.trim().is_empty())
        .and_then(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .is_some_and(|v| v.get("locale").is_some())
}

/// Measures the detector and the reply reader on a per-locale corpus.
pub fn evaluate(detector: &Detector, jsonl: &str) -> Report {
    let mut report = Report::default();
    for (idx, line) in jsonl.lines().enumerate() {
        let line_no = idx + 1;
        if line.trim().is_empty() {
            continue;
        }
        let row: Row = match serde_json::from_str(line) {
            Ok(r) => r,
            Err(e) => {
                report
                    .malformed
                    .push((line_no, format!("invalid row: {e}")));
                continue;
            }
        };
        let r = report.by_locale.entry(row.locale).or_default();
        if let Some(want) = &row.intent {
            let got = crate::conversation::lang::parse(row.locale, &row.text)
                .label()
                .to_owned();
            r.intent_rows += 1;
            if &got == want {
                r.intent_right += 1;
            } else {
                r.errors.push((line_no, want.clone(), got));
            }
            continue;
        }
        let expected = match row.label.as_deref() {
            Some("complaint") => true,
            Some("other") => false,
            other => {
                report
                    .malformed
                    .push((line_no, format!("label {other:?}: complaint or other")));
                continue;
            }
        };
        let d = detector.detect_read(&row.text);
        r.language_rows += 1;
        if d.locale == row.locale {
            r.language_right += 1;
        }
        r.confusion.add(expected, d.complaint);
        if expected != d.complaint {
            let word = |b: bool| if b { "complaint" } else { "other" };
            r.errors.push((
                line_no,
                word(expected).to_owned(),
                format!("{} (read as {})", word(d.complaint), d.locale),
            ));
        }
        if let Some(want) = row
            .integration
            .as_deref()
            .and_then(Integration::parse_lenient)
            && want != Integration::Unknown
        {
            r.integration_rows += 1;
            if d.integration == want {
                r.integration_right += 1;
            }
        }
    }
    report
}

fn ratio(right: usize, n: usize) -> String {
    if n == 0 {
        "-".into()
    } else {
        format!("{:.3} ({right}/{n})", right as f64 / n as f64)
    }
}

fn opt(x: Option<f64>) -> String {
    x.map_or_else(|| "-".into(), |v| format!("{v:.3}"))
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (locale, r) in &self.by_locale {
            let c = &r.confusion;
            writeln!(
                f,
                "{locale}: complaint n={} precision {} recall {} F1 {}; integration {}; language id {}; intents {}",
                c.n(),
                opt(c.precision()),
                opt(c.recall()),
                opt(c.f1()),
                ratio(r.integration_right, r.integration_rows),
                ratio(r.language_right, r.language_rows),
                ratio(r.intent_right, r.intent_rows),
            )?;
        }
        Ok(())
    }
}

impl Report {
    /// The misread rows, one per line (`line: expected -> got`).
    pub fn errors_report(&self) -> String {
        let mut out = String::new();
        for (locale, r) in &self.by_locale {
            for (line, want, got) in &r.errors {
                out.push_str(&format!(
                    "{locale} line {line}: expected {want}, got {got}\n"
                ));
            }
        }
        out
    }

    /// The numbers as JSON, per locale.
    pub fn to_json(&self) -> serde_json::Value {
        let by: serde_json::Map<String, serde_json::Value> = self
            .by_locale
            .iter()
            .map(|(l, r)| {
                (
                    l.to_string(),
                    serde_json::json!({
                        "n": r.confusion.n(),
                        "precision": r.confusion.precision(),
                        "recall": r.confusion.recall(),
                        "f1": r.confusion.f1(),
                        "integration_accuracy": (r.integration_rows > 0)
                            .then(|| r.integration_right as f64 / r.integration_rows as f64),
                        "language_accuracy": (r.language_rows > 0)
                            .then(|| r.language_right as f64 / r.language_rows as f64),
                        "intent_accuracy": (r.intent_rows > 0)
                            .then(|| r.intent_right as f64 / r.intent_rows as f64),
                    }),
                )
            })
            .collect();
        serde_json::json!({ "by_locale": by })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(file: &str) -> Report {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/data/locales")
            .join(file);
        let text = std::fs::read_to_string(path).unwrap();
        assert!(is_locale_corpus(&text));
        let r = evaluate(&Detector::builtin(), &text);
        assert!(r.malformed.is_empty(), "{:?}", r.malformed);
        r
    }

    /// The target: F1 >= 0.90 per locale on the held-out split
    /// (never tuned on).
    #[test]
    fn heldout_f1_per_locale_is_at_least_090() {
        let r = report("heldout.jsonl");
        for &locale in Locale::TRANSLATED {
            let l = r.by_locale.get(&locale).expect("every locale has rows");
            let f1 = l.confusion.f1().unwrap_or(0.0);
            assert!(
                f1 >= 0.90,
                "{locale}: held-out F1 {f1:.3} < 0.90\n{}",
                r.errors_report()
            );
        }
    }

    #[test]
    fn the_training_split_reads() {
        let r = report("train.jsonl");
        assert_eq!(r.by_locale.len(), Locale::TRANSLATED.len());
    }
}
