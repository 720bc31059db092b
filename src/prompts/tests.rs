//! Tests for prompt loading and rendering, and the "tidy" checks: every id
//! has a file, every file has an id, every id is used by code.

use super::*;

fn repo_prompts() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("prompts")
}

/// A fresh folder holding a copy of the real prompts, for breaking on purpose.
fn scratch_copy(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("rekey-prompts-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for id in PromptId::ALL {
        let file = format!("{}.md", id.name());
        std::fs::copy(repo_prompts().join(&file), dir.join(&file)).unwrap();
    }
    dir
}

#[test]
fn built_in_prompts_pass_the_same_checks_as_files_on_disk() {
    Prompts::check_builtin().unwrap();
}

#[test]
fn the_prompts_folder_loads_and_matches_the_built_in_copy() {
    let loaded = Prompts::load(&repo_prompts()).unwrap();
    let builtin = Prompts::builtin();
    for &id in PromptId::ALL {
        assert_eq!(loaded.text(id), builtin.text(id), "{id}");
        assert!(!builtin.text(id).is_empty(), "{id} is empty");
    }
}

#[test]
fn every_file_in_the_prompts_folder_has_an_id_and_every_id_has_a_file() {
    let mut files: Vec<String> = std::fs::read_dir(repo_prompts())
        .unwrap()
        .map(|e| e.unwrap())
        // The translations' folders are checked in `locales.rs`.
        .filter(|e| !e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    let mut ids: Vec<String> = PromptId::ALL
        .iter()
        .map(|id| format!("{}.md", id.name()))
        .collect();
    ids.sort();
    assert_eq!(files, ids);
}

#[test]
fn every_prompt_id_is_used_by_non_test_code() {
    // Tidy check: a prompt no code path can send is dead text. Code must name
    // ids as `PromptId::Variant` (or `P::Variant` inside `buttons_for`).
    let mut source = String::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs")
                && path
                    .file_name()
                    .is_some_and(|n| n != "tests.rs" && n != "prompts.rs")
            {
                source.push_str(&std::fs::read_to_string(&path).unwrap());
            }
        }
    }
    let unused: Vec<String> = PromptId::ALL
        .iter()
        .map(|id| format!("{id:?}"))
        .filter(|v| {
            !source.contains(&format!("PromptId::{v}")) && !source.contains(&format!("P::{v}"))
        })
        .collect();
    assert!(
        unused.is_empty(),
        "prompt ids never used by code: {unused:?}"
    );
}

#[test]
fn prompt_names_are_unique() {
    let mut names: Vec<&str> = PromptId::ALL.iter().map(|id| id.name()).collect();
    names.sort();
    names.dedup();
    assert_eq!(names.len(), PromptId::ALL.len());
}

#[test]
fn loading_names_the_file_with_an_unknown_placeholder() {
    let dir = scratch_copy("unknown-placeholder");
    std::fs::write(dir.join("glad_fixed.md"), "Yay {customer_name}!").unwrap();
    let err = Prompts::load(&dir).unwrap_err();
    let msg = err.to_string();
    assert!(
        matches!(err, PromptError::UnknownPlaceholder { ref name, .. } if name == "customer_name")
    );
    assert!(
        msg.contains("glad_fixed.md") && msg.contains("{customer_name}"),
        "{msg}"
    );
}

#[test]
fn loading_names_an_empty_file() {
    let dir = scratch_copy("empty");
    std::fs::write(dir.join("btn_done.md"), "  \n").unwrap();
    let err = Prompts::load(&dir).unwrap_err();
    assert!(matches!(err, PromptError::Empty { .. }));
    assert!(err.to_string().contains("btn_done.md"), "{err}");
}

#[test]
fn loading_names_a_missing_file() {
    let dir = scratch_copy("missing");
    std::fs::remove_file(dir.join("checklist.md")).unwrap();
    let err = Prompts::load(&dir).unwrap_err();
    assert!(matches!(
        err,
        PromptError::Missing {
            id: PromptId::Checklist,
            ..
        }
    ));
    assert!(err.to_string().contains("checklist.md"), "{err}");
}

#[test]
fn loading_names_a_file_that_matches_no_id() {
    let dir = scratch_copy("unknown-file");
    std::fs::write(dir.join("chekclist.md"), "typo").unwrap();
    let err = Prompts::load(&dir).unwrap_err();
    assert!(matches!(err, PromptError::UnknownFile { .. }));
    assert!(err.to_string().contains("chekclist.md"), "{err}");
}

#[test]
fn loading_a_missing_folder_says_which_folder() {
    let err = Prompts::load(Path::new("/nonexistent/rekey-prompts")).unwrap_err();
    assert!(
        err.to_string().contains("/nonexistent/rekey-prompts"),
        "{err}"
    );
}

#[test]
fn rendering_fills_every_named_placeholder() {
    let p = Prompts::builtin();
    let text = p.render(
        PromptId::Reconnected,
        &[
            ("user", "Ada Lovelace"),
            ("fingerprint", "…abcd"),
            ("ticket_id", "RK-7"),
        ],
    );
    assert!(text.contains("Ada Lovelace") && text.contains("…abcd") && text.contains("RK-7"));
    assert!(!text.contains('{'), "{text}");
}

#[test]
fn rendering_reports_a_missing_value_by_name() {
    let err = Prompts::builtin()
        .try_render(PromptId::StaffJoined, &[])
        .unwrap_err();
    assert_eq!(err.name, "staff");
    assert_eq!(err.prompt, PromptId::StaffJoined);
}

#[test]
#[should_panic(expected = "needs a value for {staff}")]
fn rendering_with_a_missing_value_panics_in_debug_builds() {
    Prompts::builtin().render(PromptId::StaffJoined, &[]);
}

#[test]
fn braces_that_are_not_placeholders_stay_literal() {
    let cases = [
        ("plain {name}", vec!["name"], "plain X"),
        ("json {\"a\": 1}", vec![], "json {\"a\": 1}"),
        ("upper {Name} and {}", vec![], "upper {Name} and {}"),
        ("unclosed {name", vec![], "unclosed {name"),
        ("two {a}{b_2}", vec!["a", "b_2"], "two XX"),
    ];
    for (text, names, rendered) in cases {
        assert_eq!(placeholders(text), names, "{text}");
        assert_eq!(substitute(text, |_| "X"), rendered, "{text}");
    }
}

#[test]
fn texts_never_keep_trailing_newlines() {
    for &id in PromptId::ALL {
        assert_eq!(
            Prompts::builtin().text(id),
            Prompts::builtin().text(id).trim_end()
        );
    }
}
