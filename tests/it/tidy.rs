//! Architecture invariants checked by reading `src/` (rust-analyzer's "tidy"
//! tests): which module may name which framework, what the pure parts may
//! not touch, which way the conversation's modules import each other, and
//! that the rooms turning state into words hold no sentences of their own.
//! ARCHITECTURE.md ("Invariants") says the same in words; a change to one
//! is a change to the other.
//!
//! Test code (`tests.rs`, `proptests.rs`, `#[cfg(test)] mod … {}` blocks)
//! and comments are not checked: the rules are about what ships.

use std::path::{Path, PathBuf};

/// A crate only these places may name.
struct Fence {
    what: &'static str,
    /// Text that names it in code.
    needles: &'static [&'static str],
    /// Folders (ending in `/`) and files under `src/` allowed to.
    allowed: &'static [&'static str],
}

const FENCES: &[Fence] = &[
    Fence {
        what: "serenity/poise (Discord)",
        needles: &["serenity::", "poise::"],
        allowed: &["discord/"],
    },
    Fence {
        what: "axum (HTTP server)",
        needles: &["axum::"],
        // app.rs serves the router it builds (`axum::serve`).
        allowed: &["web/", "app.rs"],
    },
    Fence {
        what: "sqlx (SQL)",
        needles: &["sqlx::"],
        allowed: &["store/"],
    },
];

/// The pure parts: no I/O, no clock, no randomness, no runtime.
const PURE: &[&str] = &["detect/", "conversation/", "domain/"];

/// What the pure parts may not name.
const IMPURE: &[&str] = &[
    "std::fs",
    "tokio",
    "File::",
    "read_to_string",
    "read_dir",
    "std::path",
    "Path::",
    "PathBuf",
    "std::env",
    "std::net",
    "std::process",
    "reqwest",
    "SystemTime",
    "Instant::now",
    "Timestamp::now",
    "now_utc",
    "chrono",
    "rand::",
    "thread_rng",
    "OsRng",
    "getrandom",
];

/// `importer` must not import `imported` (both under `src/`).
const NO_IMPORT: &[(&str, &str, &str)] = &[(
    "conversation/view.rs",
    "engine",
    "the view maps stages to buttons and prompts; the engine uses it, never the reverse",
)];

/// Where state becomes words: a sentence here belongs in `prompts/` or
/// `templates/`, not in a string literal.
const SPEAKING: &[&str] = &[
    "bot/render.rs",
    "bot/lang.rs",
    "conversation/view.rs",
    "overview.rs",
    "web/admin/pages/",
    "web/admin/mod.rs",
    "web/admin/connectors.rs",
    "proactive/mod.rs",
    "bot/previous.rs",
];

/// Calls whose text is for developers and operators, not for readers of
/// the product: log lines, assertions, panics, error context.
const NOT_WORDS: &[&str] = &[
    "tracing::",
    "debug_assert",
    "assert!",
    "assert_eq!",
    "panic!",
    "unreachable!",
    ".expect(",
    ".context(",
    ".with_context(",
    "anyhow!",
    "bail!",
    // What failed, for the log (the page says "something went wrong").
    "Error::internal(",
    // The connector API's `message`, for developers.
    "ReportResult::Invalid(",
];

/// `code` without the calls in [`NOT_WORDS`] (from the name to its
/// closing parenthesis).
fn without_developer_text(code: &str) -> String {
    let mut out = String::with_capacity(code.len());
    let mut rest = code;
    loop {
        let next = NOT_WORDS
            .iter()
            .filter_map(|n| rest.find(n).map(|at| (at, n.len())))
            .min();
        let Some((at, len)) = next else {
            out.push_str(rest);
            return out;
        };
        out.push_str(&rest[..at]);
        let after = &rest[at + len..];
        let Some(open) = after.find('(') else {
            return out;
        };
        let mut depth = 0usize;
        let mut end = after.len();
        for (i, c) in after[open..].char_indices() {
            match c {
                '(' => depth += 1,
                ')' => {
                    depth -= 1;
                    if depth == 0 {
                        end = open + i + 1;
                        break;
                    }
                }
                _ => {}
            }
        }
        // Keep the line count: findings name lines.
        out.extend(after[..end].chars().filter(|c| *c == '\n'));
        rest = &after[end..];
    }
}

/// String literals of `line` that read as words: two runs of letters with
/// a space between (`"that integration"`, not `"link_issued"` or
/// `"admin_list.html"`).
fn sentences(line: &str) -> Vec<&str> {
    line.split('"')
        .skip(1)
        .step_by(2)
        .filter(|lit| {
            let words: Vec<&str> = lit.split(' ').collect();
            words.windows(2).any(|w| {
                let letters = |s: &str, end: bool| {
                    let s = if end {
                        s.trim_end_matches([',', '.', ';', ':', '!', '?'])
                    } else {
                        s
                    };
                    s.len() >= 2 && s.chars().all(|c| c.is_alphabetic() || c == '\'')
                };
                letters(w[0], true) && letters(w[1], false)
            })
        })
        .collect()
}

#[test]
fn the_rooms_that_speak_hold_no_sentences_of_their_own() {
    let files = shipped_code(&src());
    let mut found = Vec::new();
    for (file, code) in files.iter().filter(|(f, _)| allowed(f, SPEAKING)) {
        let code = without_developer_text(code);
        for (i, line) in code.lines().enumerate() {
            for s in sentences(line) {
                found.push(format!("{file}:{}: \"{s}\"", i + 1));
            }
        }
    }
    assert!(
        found.is_empty(),
        "sentences in code (move them to prompts/ or templates/):\n{}",
        found.join("\n")
    );
}

#[test]
fn the_sentence_rule_sees_words_and_skips_keys_paths_and_log_lines() {
    assert_eq!(
        sentences(r#"let x = "that integration";"#),
        vec!["that integration"]
    );
    assert_eq!(sentences(r#"(" — key exposed", "Ok, done")"#).len(), 2);
    assert!(sentences(r#"label("link_issued"), "admin_list.html", "{state}; {n}""#).is_empty());
    assert!(sentences(r#"format!("{} min {} s", a, b)"#).is_empty());
    let code = "tracing::warn!(\n    account,\n    \"outreach delivery failed\"\n);\nlet a = \"the bot\";\n";
    let kept = without_developer_text(code);
    assert_eq!(
        kept.lines().count(),
        code.lines().count(),
        "line numbers hold"
    );
    let hits: Vec<&str> = kept.lines().flat_map(sentences).collect();
    assert_eq!(
        hits,
        vec!["the bot"],
        "the log line is skipped, the words are not"
    );
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Every `.rs` file under `dir` as (path relative to `src/`, code).
fn shipped_code(dir: &Path) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).expect("read src/") {
            let path = entry.expect("dir entry").path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if !name.ends_with(".rs") || name == "tests.rs" || name == "proptests.rs" {
                continue;
            }
            let rel = path
                .strip_prefix(src())
                .expect("under src/")
                .to_string_lossy()
                .replace('\\', "/");
            let text = std::fs::read_to_string(&path).expect("read a source file");
            out.push((rel, code_only(&text)));
        }
    }
    out.sort();
    out
}

/// The text without comments and without `#[cfg(test)]` modules.
fn code_only(text: &str) -> String {
    let mut out = String::new();
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.next() {
        if line.trim() == "#[cfg(test)]" {
            let next = lines.peek().map(|l| l.trim()).unwrap_or("");
            if next.starts_with("mod ") && next.ends_with('{') {
                // Test modules sit at the end of a file.
                break;
            }
            continue;
        }
        let code = match line.find("//") {
            Some(i) => &line[..i],
            None => line,
        };
        out.push_str(code);
        out.push('\n');
    }
    out
}

/// Lines of `code` containing any of `needles`, as `file:line: text`.
fn offending(file: &str, code: &str, needles: &[&str]) -> Vec<String> {
    code.lines()
        .enumerate()
        .filter(|(_, l)| needles.iter().any(|n| names(l, n)))
        .map(|(i, l)| format!("{file}:{}: {}", i + 1, l.trim()))
        .collect()
}

/// `line` names `needle` as a path of its own (`File::open`, not
/// `LocaleFile::parse`).
fn names(line: &str, needle: &str) -> bool {
    line.match_indices(needle).any(|(at, _)| {
        !line[..at]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '_')
    })
}

fn allowed(file: &str, places: &[&str]) -> bool {
    places.iter().any(|p| file == *p || file.starts_with(p))
}

#[test]
fn frameworks_are_named_only_in_their_own_modules() {
    let files = shipped_code(&src());
    assert!(files.len() > 50, "the scan found the sources");
    let mut found = Vec::new();
    for fence in FENCES {
        for (file, code) in &files {
            if !allowed(file, fence.allowed) {
                for hit in offending(file, code, fence.needles) {
                    found.push(format!("{} outside {:?}: {hit}", fence.what, fence.allowed));
                }
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn pure_modules_do_no_io_and_read_no_clock_or_rng() {
    let files = shipped_code(&src());
    let mut found = Vec::new();
    for (file, code) in files.iter().filter(|(f, _)| allowed(f, PURE)) {
        found.extend(offending(file, code, IMPURE));
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn the_conversation_view_does_not_import_the_engine() {
    let files = shipped_code(&src());
    let mut found = Vec::new();
    for (importer, imported, why) in NO_IMPORT {
        let (_, code) = files
            .iter()
            .find(|(f, _)| f == importer)
            .unwrap_or_else(|| panic!("{importer} exists"));
        let needles = [
            format!("super::{imported}"),
            format!("conversation::{imported}"),
        ];
        let needles: Vec<&str> = needles.iter().map(String::as_str).collect();
        for hit in offending(importer, code, &needles) {
            found.push(format!("{hit} ({why})"));
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn the_scanner_sees_code_and_skips_comments_and_test_modules() {
    let sample = "use std::fs; // tokio\n/// rand::random\nfn f() {}\n#[cfg(test)]\nmod tests {\n    use tokio;\n}\n";
    let code = code_only(sample);
    assert_eq!(
        offending("x.rs", &code, IMPURE),
        vec!["x.rs:1: use std::fs;".to_string()],
        "only the code line counts"
    );
    assert_eq!(
        offending(
            "x.rs",
            "let f = LocaleFile::parse(t);\nFile::open(p);\n",
            IMPURE
        ),
        vec!["x.rs:2: File::open(p);".to_string()],
        "a needle counts as a path of its own, not inside a longer name"
    );
    assert!(allowed("web/admin/pages.rs", &["web/"]));
    assert!(
        !allowed("webhook.rs", &["web/"]),
        "a folder is not a prefix of a file name"
    );
}
