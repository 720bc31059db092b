//! Word-level matching for reading customer replies: normalised words
//! ("can't" -> "cant"), stems with ordinary endings ("worked", "syncing"),
//! and one-typo tolerance for longer words. Pure and allocation-light; the
//! intent rules in `intent.rs` are written in terms of these.

/// Lowercase words with apostrophes dropped ("can't" -> "cant") and other
/// punctuation as separators. Digits stay (error codes, ratings).
pub(super) fn normalise(text: &str) -> Vec<String> {
    let lower = text.to_lowercase();
    let mut cleaned = String::with_capacity(lower.len());
    for c in lower.chars() {
        match c {
            '\'' | '\u{2019}' | '\u{2018}' | '`' => {}
            c if c.is_alphanumeric() => cleaned.push(c),
            _ => cleaned.push(' '),
        }
    }
    cleaned.split_whitespace().map(str::to_string).collect()
}

/// The word is the stem plus an ordinary ending ("worked", "syncing",
/// "copies"), or — for stems of five letters or more — one typo away from
/// such a word. Short stems must match exactly: "done" is one letter from
/// "none" and "gone".
pub(super) fn stem_match(word: &str, stem: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "", "s", "es", "ed", "d", "ing", "ning", "ting", "ped", "ping", "ied", "ies", "y", "e",
        "er", "ion", "ions", "ure", "ly", "ted", "ment",
    ];
    if let Some(rest) = word.strip_prefix(stem)
        && ENDINGS.contains(&rest)
    {
        return true;
    }
    if stem.len() >= 5 {
        if similar(word, stem) {
            return true;
        }
        // A typo in a word with an ending: "synching", "wroking".
        return ENDINGS.iter().filter(|e| !e.is_empty()).any(|e| {
            word.strip_suffix(e)
                .is_some_and(|base| base.len() >= 4 && similar(base, stem))
        });
    }
    // Four-letter stems forgive one swapped pair ("wrok", "wokr").
    if stem.len() == 4 {
        let base = ENDINGS
            .iter()
            .filter_map(|e| word.strip_suffix(e))
            .find(|b| b.len() == 4);
        if let Some(base) = base {
            return is_swap(base, stem);
        }
    }
    false
}

/// `a` is `b` with two neighbouring letters swapped.
fn is_swap(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len() != b.len() {
        return false;
    }
    let diff: Vec<usize> = (0..a.len()).filter(|&i| a[i] != b[i]).collect();
    matches!(diff.as_slice(), [i, j] if *j == i + 1 && a[*i] == b[*j] && a[*j] == b[*i])
}

/// Equal, or for keywords of five letters or more, one edit apart (a
/// swapped, missing, extra or wrong letter).
pub(super) fn similar(word: &str, keyword: &str) -> bool {
    word == keyword || (keyword.len() >= 5 && edit_distance(word, keyword) <= 1)
}

/// Optimal string alignment distance (Levenshtein plus adjacent swaps),
/// stopping early is not worth it for words this short.
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > 1 {
        return 2;
    }
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = best;
        }
    }
    d[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_take_ordinary_endings_and_longer_ones_one_typo() {
        for (word, stem) in [
            ("working", "work"),
            ("worked", "work"),
            ("wrok", "work"),
            ("synced", "sync"),
            ("syncing", "sync"),
            ("copied", "copi"),
            ("finnished", "finish"),
            ("disconected", "disconnect"),
        ] {
            assert!(stem_match(word, stem), "{word} ~ {stem}");
        }
        for (word, stem) in [("none", "done"), ("word", "work"), ("network", "work")] {
            assert!(!stem_match(word, stem), "{word} !~ {stem}");
        }
        assert_eq!(normalise("Can't   SYNC!"), ["cant", "sync"]);
    }
}
