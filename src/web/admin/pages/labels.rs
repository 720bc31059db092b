//! The dashboard's words that code picks rather than a template writes
//! (the overview's window names, chart titles, funnel steps and link
//! outcomes, who has a ticket, a link's state): `templates/admin_labels.toml`,
//! staff English, compiled in.
//! Code asks by key; the tidy test below checks that every key code can ask
//! for has a label and every label is asked for.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use crate::overview::Window;

static LABELS: LazyLock<BTreeMap<String, String>> = LazyLock::new(|| {
    // Checked by the tests below: a broken file fails the build's tests,
    // never a page.
    toml::from_str(include_str!("../../../../templates/admin_labels.toml")).unwrap_or_default()
});

/// The label of `key`; the key itself if the file lacks it (which the
/// tidy test rules out).
pub(super) fn label(key: &str) -> &'static str {
    LABELS.get(key).map_or_else(
        || {
            debug_assert!(false, "templates/admin_labels.toml has no `{key}`");
            ""
        },
        String::as_str,
    )
}

/// The label of `key` with each `{name}` replaced by its value.
pub(super) fn fill(key: &str, values: &[(&str, &str)]) -> String {
    values
        .iter()
        .fold(label(key).to_owned(), |text, (name, value)| {
            text.replace(&format!("{{{name}}}"), value)
        })
}

/// A reporting window's name: `Last 7 days`.
pub(super) fn window(w: Window) -> &'static str {
    label(&format!("window_{}", w.as_str()))
}

/// A funnel step's name: `step 1: log in`.
pub(super) fn funnel_step(step: &str) -> &'static str {
    label(&format!("funnel_{step}"))
}

/// What happened to secure links, with their labels, in chart order.
pub(super) const LINK_OUTCOMES: [&str; 6] = [
    "link_issued",
    "link_opened",
    "link_used",
    "link_expired",
    "link_revoked",
    "link_locked",
];

/// The overview's chart titles, in page order.
pub(super) const CHARTS: [&str; 3] = ["chart_funnel", "chart_links", "chart_verifications"];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::overview::FUNNEL;

    /// Keys named in the pages' code: `label("…")` and `fill("…"`, and
    /// literals of the `link_*` keys chosen in a `match`.
    fn keys_in_code() -> Vec<String> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/web/admin/pages");
        let mut found = Vec::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            let code = text.split("#[cfg(test)]").next().unwrap_or("");
            for piece in code.split('"').skip(1).step_by(2) {
                let is_key = piece.chars().all(|c| c.is_ascii_lowercase() || c == '_')
                    && LABELS.contains_key(piece);
                if is_key {
                    found.push(piece.to_owned());
                }
            }
            for call in ["label(\"", "fill(\""] {
                for (at, _) in code.match_indices(call) {
                    let rest = &code[at + call.len()..];
                    let key = &rest[..rest.find('"').unwrap_or(0)];
                    assert!(
                        LABELS.contains_key(key),
                        "templates/admin_labels.toml has no `{key}`"
                    );
                }
            }
        }
        found
    }

    #[test]
    fn every_key_code_asks_for_has_a_label_and_every_label_is_asked_for() {
        let mut asked: Vec<String> = Window::ALL
            .iter()
            .map(|w| format!("window_{}", w.as_str()))
            .chain(FUNNEL.iter().map(|s| format!("funnel_{s}")))
            .chain(LINK_OUTCOMES.iter().map(|k| (*k).to_owned()))
            .chain(CHARTS.iter().map(|k| (*k).to_owned()))
            .collect();
        for key in &asked {
            assert!(
                LABELS.contains_key(key),
                "templates/admin_labels.toml has no `{key}`"
            );
        }
        asked.extend(keys_in_code());
        asked.sort();
        asked.dedup();
        let unused: Vec<&String> = LABELS.keys().filter(|k| !asked.contains(k)).collect();
        assert!(unused.is_empty(), "labels no code asks for: {unused:?}");
        assert!(
            LABELS.values().all(|v| !v.trim().is_empty()),
            "a label is empty"
        );
        assert_eq!(window(Window::Week), "Last 7 days");
        assert_eq!(funnel_step("log_in"), "step 1: log in");
        assert_eq!(
            fill("with_nobody_waiting", &[("waited", "4 min")]),
            "nobody — waiting 4 min"
        );
    }
}
