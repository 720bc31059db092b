//! `rekey classify`'s output line: a [`Detection`] as JSON, written straight
//! into a byte buffer. The keys are constants and the values need escaping
//! only in the rare string that has a quote, a backslash or a control
//! character, so this skips most of what a generic serialiser does per
//! byte; the bytes are exactly what `serde_json` writes for the derived
//! `Serialize` (tested on every corpus row and on hostile strings).

use super::{Detection, SecretSpan, Signal};

/// Appends `d` as one JSON object (no newline) to `out`, byte for byte what
/// `serde_json::to_writer(out, d)` appends.
pub fn write_detection(out: &mut Vec<u8>, d: &Detection) -> std::io::Result<()> {
    // Naming every field makes a new field a compile error here, not a
    // silently missing key.
    let Detection {
        complaint,
        score,
        band,
        signals,
        integration,
        rotation_request,
        secrets,
        exposure_mentioned,
        locale,
    } = d;
    out.extend_from_slice(b"{\"complaint\":");
    write_bool(out, *complaint);
    out.extend_from_slice(b",\"score\":");
    serde_json::to_writer(&mut *out, score)?;
    out.extend_from_slice(b",\"band\":");
    write_str(out, band.as_str());
    out.extend_from_slice(b",\"signals\":[");
    for (i, Signal { name, start, end }) in signals.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        write_span_head(out, b"{\"name\":", name.as_str(), *start, *end);
        out.push(b'}');
    }
    out.extend_from_slice(b"],\"integration\":");
    write_str(out, integration.as_str());
    out.extend_from_slice(b",\"rotation_request\":");
    write_bool(out, *rotation_request);
    out.extend_from_slice(b",\"secrets\":[");
    for (i, s) in secrets.iter().enumerate() {
        let SecretSpan {
            kind,
            start,
            end,
            fingerprint,
        } = s;
        if i > 0 {
            out.push(b',');
        }
        write_span_head(out, b"{\"kind\":", kind.as_str(), *start, *end);
        out.extend_from_slice(b",\"fingerprint\":");
        write_str(out, fingerprint);
        out.push(b'}');
    }
    out.extend_from_slice(b"],\"exposure_mentioned\":");
    write_bool(out, *exposure_mentioned);
    out.extend_from_slice(b",\"locale\":");
    write_str(out, locale.as_str());
    out.push(b'}');
    Ok(())
}

/// The fields a signal and a secret span share, after `open` (the opening
/// brace and the first key): the label, then `start` and `end`. The object
/// stays open for the caller's remaining fields.
fn write_span_head(out: &mut Vec<u8>, open: &[u8], label: &str, start: usize, end: usize) {
    out.extend_from_slice(open);
    write_str(out, label);
    out.extend_from_slice(b",\"start\":");
    write_usize(out, start);
    out.extend_from_slice(b",\"end\":");
    write_usize(out, end);
}

/// Decimal digits, without going through `fmt`.
fn write_usize(out: &mut Vec<u8>, mut n: usize) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend_from_slice(&digits[at..]);
}

fn write_bool(out: &mut Vec<u8>, b: bool) {
    out.extend_from_slice(if b { b"true" } else { b"false" });
}

/// A JSON string, escaped as `serde_json` escapes: `"`, `\` and control
/// characters only, the short forms where JSON has them, otherwise
/// `\u00XX` in lower-case hex.
fn write_str(out: &mut Vec<u8>, s: &str) {
    out.push(b'"');
    let bytes = s.as_bytes();
    let mut from = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let short = match b {
            b'"' => b'"',
            b'\\' => b'\\',
            b'\n' => b'n',
            b'\r' => b'r',
            b'\t' => b't',
            0x08 => b'b',
            0x0c => b'f',
            0..0x20 => 0,
            _ => continue,
        };
        out.extend_from_slice(&bytes[from..i]);
        from = i + 1;
        if short != 0 {
            out.extend_from_slice(&[b'\\', short]);
        } else {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.extend_from_slice(&[
                b'\\',
                b'u',
                b'0',
                b'0',
                HEX[(b >> 4) as usize],
                HEX[(b & 0xf) as usize],
            ]);
        }
    }
    out.extend_from_slice(&bytes[from..]);
    out.push(b'"');
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::detect::{Band, Detector, Integration, SecretKind};
    use crate::domain::Locale;

    fn same_as_serde(d: &Detection) {
        let mut got = Vec::new();
        write_detection(&mut got, d).unwrap();
        let want = serde_json::to_vec(d).unwrap();
        assert_eq!(
            String::from_utf8_lossy(&got),
            String::from_utf8_lossy(&want)
        );
    }

    #[test]
    fn every_corpus_row_is_written_as_serde_json_writes_it() {
        let detector = Detector::builtin();
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
        let mut rows = 0;
        for file in [
            "corpus",
            "heldout",
            "real_train",
            "real_heldout",
            "locales/train",
        ] {
            let text = std::fs::read_to_string(dir.join(format!("{file}.jsonl"))).unwrap();
            for line in text.lines().filter(|l| !l.trim().is_empty()) {
                let row: serde_json::Value = serde_json::from_str(line).unwrap();
                let msg = row["text"].as_str().unwrap();
                same_as_serde(&detector.detect(msg));
                // The raw line too: quotes, backslashes and escapes.
                same_as_serde(&detector.detect(line));
                rows += 1;
            }
        }
        assert!(rows > 1000, "{rows}");
    }

    fn hostile(name: String, fingerprint: String, score: f32) -> Detection {
        Detection {
            complaint: score > 0.5,
            score,
            band: Band::Ask,
            signals: vec![
                Signal {
                    name: name.clone().into(),
                    start: 0,
                    end: usize::MAX,
                },
                Signal {
                    name: "pair:not+sync".into(),
                    start: 3,
                    end: 7,
                },
            ],
            integration: Integration::ActiveCampaign,
            rotation_request: true,
            secrets: vec![SecretSpan {
                kind: SecretKind::ActivecampaignKey,
                start: 1,
                end: 2,
                fingerprint,
            }],
            exposure_mentioned: score < 0.5,
            locale: Locale::De,
        }
    }

    #[test]
    fn control_characters_quotes_and_unicode_are_escaped_as_serde_json_does() {
        let every_control: String = (0u8..0x20).map(char::from).collect();
        for s in [
            every_control.as_str(),
            "\"quoted\" \\back\\slash\\ \u{7f}",
            "ünïcödé 🔑 \u{2028}\u{2029} \u{feff} \u{85}",
            "",
            "\\",
            "\"",
        ] {
            for score in [0.0, 0.123_456_79, 1.0, f32::NAN, f32::INFINITY, 1e-7] {
                same_as_serde(&hostile(s.to_owned(), s.to_owned(), score));
            }
        }
        let mut empty = hostile(String::new(), String::new(), 0.5);
        empty.signals.clear();
        empty.secrets.clear();
        for locale in [Locale::En, Locale::Es, Locale::Fr, Locale::Pt, Locale::It] {
            empty.locale = locale;
            same_as_serde(&empty);
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::default() })]

        #[test]
        fn any_string_is_written_as_serde_json_writes_it(s in any::<String>(), score in any::<f32>()) {
            same_as_serde(&hostile(s.clone(), s, score));
        }
    }
}
