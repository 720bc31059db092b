//! The detector and its secret scanner on any chat message: never panics,
//! spans stay inside the text on character boundaries.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use rekey::detect::Detector;

static DETECTOR: LazyLock<Detector> = LazyLock::new(Detector::builtin);

fuzz_target!(|text: &str| {
    let d = DETECTOR.detect(text);
    for s in &d.secrets {
        assert!(s.start < s.end && s.end <= text.len());
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
    }
    for s in &d.signals {
        assert!(s.start <= s.end && s.end <= text.len());
    }
});
