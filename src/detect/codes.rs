//! Error codes written in capitals and joined by underscores
//! (`INVALID_USERNAME_OR_PASSWORD`, `TOKEN_EXPIRED`, `AUTHENTICATION_FAILED`):
//! a program's way of saying what went wrong, in the same words a person
//! would use. The phrase matcher reads `_` as part of a word (so `api_key`
//! in code is not the words "api key"), which hides these words; here they
//! are found, and given back with their underscores as spaces, for the
//! matcher to read where no phrase already covers them. Pure.

use std::ops::Range;

/// Fewest letters a part of a code needs (`A_B` is no code).
const MIN_PART: usize = 2;

/// The byte ranges of the error codes in `text`: runs of ASCII letters,
/// digits and underscores with no lower-case letter and at least two parts
/// of [`MIN_PART`] letters or more between underscores. Environment
/// variables (`STRIPE_API_KEY`) read the same way, as the words they are.
pub(crate) fn in_capitals(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    if !bytes.contains(&b'_') {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !is_code_byte(bytes[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && is_code_byte(bytes[i]) {
            i += 1;
        }
        // A run that goes on into other letters ("é", or a lower-case one)
        // is part of a longer word.
        let bounded = !other_letter(start.checked_sub(1).map(|p| bytes[p]))
            && !other_letter(bytes.get(i).copied());
        if bounded && is_code(&bytes[start..i]) {
            out.push(start..i);
        }
    }
    out
}

/// A letter a code is not written with: lower case, or beyond ASCII.
fn other_letter(b: Option<u8>) -> bool {
    b.is_some_and(|b| b >= 0x80 || b.is_ascii_lowercase())
}

/// `text` with the underscores inside `codes` turned into spaces: the same
/// length, so every byte offset stays where it was.
pub(crate) fn spaced(text: &str, codes: &[Range<usize>]) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for range in codes {
        for b in &mut bytes[range.clone()] {
            if *b == b'_' {
                *b = b' ';
            }
        }
    }
    String::from_utf8(bytes).expect("only ASCII underscores were replaced")
}

fn is_code_byte(b: u8) -> bool {
    b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_'
}

/// At least two parts of [`MIN_PART`] letters.
fn is_code(run: &[u8]) -> bool {
    run.split(|&b| b == b'_')
        .filter(|part| part.iter().filter(|b| b.is_ascii_alphabetic()).count() >= MIN_PART)
        .count()
        >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(text: &str) -> Vec<&str> {
        in_capitals(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn codes_in_capitals_are_found_and_nothing_else() {
        assert_eq!(
            codes("LoginError: API login: INVALID_USERNAME_OR_PASSWORD"),
            ["INVALID_USERNAME_OR_PASSWORD"]
        );
        assert_eq!(
            codes("got TOKEN_EXPIRED, then AUTH_FAILED_401."),
            ["TOKEN_EXPIRED", "AUTH_FAILED_401"]
        );
        // Code in lower case or mixed case is an identifier, not a code.
        assert!(codes("set api_key and refresh_token, or apiKey").is_empty());
        assert!(codes("my_TOKEN_EXPIRED_flag").is_empty());
        assert!(codes("invalid_grant").is_empty());
        // One word, or parts too short to be words.
        assert!(codes("HTTP_ 401 A_B X_1_Y UNAUTHORIZED").is_empty());
        assert!(codes("no underscore at all").is_empty());
        // Letters beyond ASCII go on with the word.
        assert!(codes("ÉTAT_INVALIDE").is_empty());
    }

    #[test]
    fn spacing_keeps_every_offset() {
        let text = "error: INVALID_API_KEY (see api_key)";
        let found = in_capitals(text);
        let out = spaced(text, &found);
        assert_eq!(out, "error: INVALID API KEY (see api_key)");
        assert_eq!(out.len(), text.len());
    }
}
