//! Language identification of one customer message, with `whatlang`
//! restricted to the languages Rekey speaks. Pure.
//!
//! Short or mixed text is not guessed at: product names, URLs, codes and
//! anything with digits are dropped first, and what is left must be a few
//! words long and read reliably as one language, else the answer is `None`
//! (the caller keeps the ticket's language, or English).

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::OnceLock;

use crate::domain::Locale;

/// Fewer letters than this (after dropping names and codes) is too little
/// text to tell languages apart.
const MIN_LETTERS: usize = 8;
/// Fewer words than this, likewise ("ok merci" is not enough).
const MIN_WORDS: usize = 2;
/// whatlang's confidence below which the guess is not used.
const MIN_CONFIDENCE: f64 = 0.5;
/// A weak whatlang guess still counts as one vote.
const WEAK_CONFIDENCE: f64 = 0.15;

/// Words that are the same in every language here and say nothing about
/// which one it is: products, technical loanwords.
const NEUTRAL: &[&str] = &[
    "activecampaign",
    "active",
    "campaign",
    "customerhub",
    "keap",
    "infusionsoft",
    "stripe",
    "api",
    "url",
    "key",
    "token",
    "webhook",
    "sync",
    "ok",
    "okay",
    "developer",
    "settings",
    "crm",
    "zapier",
    "mailchimp",
    "hubspot",
];

/// The languages Rekey speaks, as whatlang names them.
const SPOKEN: [whatlang::Lang; 6] = [
    whatlang::Lang::Eng,
    whatlang::Lang::Spa,
    whatlang::Lang::Deu,
    whatlang::Lang::Fra,
    whatlang::Lang::Por,
    whatlang::Lang::Ita,
];

fn detector() -> &'static whatlang::Detector {
    static DETECTOR: OnceLock<whatlang::Detector> = OnceLock::new();
    DETECTOR.get_or_init(|| whatlang::Detector::with_allowlist(SPOKEN.to_vec()))
}

/// The words of `text` that can tell a language: letters only, no product
/// names, no URLs, no tokens with digits, nothing between backticks (a
/// pasted log or error is in the language of the program that wrote it);
/// lower-cased, in order, held in one buffer (a message is read on every
/// turn, and a string a word was most of the cost).
struct Words {
    /// The words, each one space apart.
    joined: String,
    count: usize,
}

impl Words {
    fn of(text: &str) -> Self {
        let clean = outside_code(text);
        let mut words = Self {
            joined: String::with_capacity(clean.len()),
            count: 0,
        };
        // Headings are left out beside prose of the writer's own; a message
        // of headings alone is all there is to read, so they wait for the
        // end of the one pass over the lines.
        let mut headings = Vec::new();
        let mut prose = false;
        for line in clean.lines().filter(|l| !is_pasted_or_quoted(l)) {
            if is_heading(line) {
                headings.push(line);
            } else {
                prose |= !line.trim().is_empty();
                words.push_line(line, true);
            }
        }
        if !prose {
            for line in headings {
                words.push_line(line, false);
            }
        }
        words
    }

    /// Appends the words of one line that can tell a language; with
    /// `writers_only`, only those before a program's message quoted in the
    /// line ([`opens_a_programs_message`]).
    fn push_line(&mut self, line: &str, writers_only: bool) {
        let candidates = line
            .split_whitespace()
            .enumerate()
            .take_while(|&(i, w)| !(writers_only && i > 0 && opens_a_programs_message(w)))
            .map(|(_, w)| w)
            // A URL ("://") has a slash too.
            .filter(|w| !w.contains(['@', '/']))
            .filter(|w| !is_flag(w))
            .filter(|w| !w.bytes().any(|b| b.is_ascii_digit()))
            .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()));
        for word in candidates {
            let before = self.joined.len();
            if self.count > 0 {
                self.joined.push(' ');
            }
            let start = self.joined.len();
            if word.is_ascii() {
                self.joined
                    .extend(word.chars().map(|c| c.to_ascii_lowercase()));
            } else {
                self.joined.push_str(&word.to_lowercase());
            }
            let lower = &self.joined[start..];
            let kept = !lower.is_empty()
                && lower
                    .chars()
                    .all(|c| c.is_alphabetic() || c == '\'' || c == '’' || c == '-')
                && lower.chars().count() <= 24
                && !NEUTRAL.contains(&lower);
            if kept {
                self.count += 1;
            } else {
                self.joined.truncate(before);
            }
        }
    }

    fn iter(&self) -> impl Iterator<Item = &str> {
        self.joined.split(' ').filter(|w| !w.is_empty())
    }

    fn letters(&self) -> usize {
        self.iter().map(|w| w.chars().count()).sum()
    }
}

/// A command-line flag ("-o", "--verbose", "'-d',"), quoted or not: a
/// program's word, and its one letter is an article or a preposition in
/// several languages ("o", "a", "e").
fn is_flag(word: &str) -> bool {
    let word = word.trim_start_matches(['\'', '"', '`', '[', '(']);
    word.strip_prefix('-')
        .map(|rest| rest.trim_start_matches('-'))
        .and_then(|rest| rest.chars().next())
        .is_some_and(char::is_alphabetic)
}

/// A line of pasted log or JSON output (a time stamp such as
/// `2023-02-01 12:54`, or a JSON key `"error":`), or a quoted line (`> `,
/// an alert or an earlier message): the program's or another writer's
/// language, not this writer's. A date alone ("since 2023-02-01") is prose.
/// So is a line a program wrote as its message ("Error: Refresh token is
/// not valid", "Fatal error: Uncaught …") under a German or Spanish reply.
fn is_pasted_or_quoted(line: &str) -> bool {
    is_quoted(line) || is_program_output(line)
}

/// Whether `word`, not the first of its line, opens a program's message
/// quoted in the writer's prose ("fico recebendo API Error: Unable to
/// connect to API", "Jetzt der Fehler \"Error: cannot receive access
/// token\""): it ends in "Error:" or "Exception:" as a program writes it,
/// capitalised ("AxiosError:", "ERROR:"); a writer's own "error:" in lower
/// case ("tengo un error: no conecta") stays theirs. The line's words from
/// there on are not the writer's.
fn opens_a_programs_message(word: &str) -> bool {
    const OPENINGS: [&str; 3] = ["Error:", "ERROR:", "Exception:"];
    let word = word.trim_start_matches(|c: char| !c.is_alphanumeric());
    OPENINGS.iter().any(|o| word.ends_with(o))
}

/// A Markdown heading (`## Steps to reproduce`): most often an issue
/// template's, in the project's language rather than the writer's ("### What
/// did you do?" over a Portuguese report); [`Words::of`] leaves headings
/// out where the message has other prose.
fn is_heading(line: &str) -> bool {
    let rest = line.trim_start().trim_start_matches('#');
    rest.len() < line.trim_start().len() && (rest.is_empty() || rest.starts_with(' '))
}

/// A quoted line (`> `): another writer's words, or an alert.
fn is_quoted(line: &str) -> bool {
    line.trim_start().starts_with('>')
}

/// A line a program wrote: its own message line ("Error: …"), a
/// time-stamped log line or JSON output (see [`is_pasted_or_quoted`]).
fn is_program_output(line: &str) -> bool {
    let start = line.trim_start();
    // All these shapes need a colon; most lines of prose have none.
    if !line.contains(':') {
        return false;
    }
    if PROGRAM_MESSAGES.iter().any(|p| {
        start
            .get(..p.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(p))
    }) {
        return true;
    }
    if names_an_exception(start)
        || opens_with_source_location(start)
        || opens_with_program_name(start)
    {
        return true;
    }
    let b = line.as_bytes();
    let shaped = |len: usize, sep: &[usize], with: u8| {
        b.windows(len).any(|w| {
            w.iter().enumerate().all(|(i, &c)| {
                if sep.contains(&i) {
                    c == with
                } else {
                    c.is_ascii_digit()
                }
            })
        })
    };
    let stamped = shaped(10, &[4, 7], b'-') && shaped(5, &[2], b':');
    stamped || line.contains("\":")
}

/// Whether `line` opens with a source file's name and line number, as an
/// interpreter or compiler prints an error ("amazon-orders.lua:233: bad
/// argument #1", "main.c:12:5: error: …").
fn opens_with_source_location(line: &str) -> bool {
    let Some(first) = line.split_whitespace().next() else {
        return false;
    };
    let mut parts = first.trim_end_matches(':').split(':');
    let file = parts.next().unwrap_or("");
    let named = file.rsplit_once('.').is_some_and(|(stem, ext)| {
        !stem.is_empty() && !ext.is_empty() && ext.bytes().all(|b| b.is_ascii_alphanumeric())
    });
    let mut numbers = parts.peekable();
    named
        && first.ends_with(':')
        && numbers.peek().is_some()
        && numbers.all(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// The first word of `line` when it ends in a colon, without the colon:
/// "TypeError" of "TypeError: …", "ar_sendmail" of "ar_sendmail: …".
fn leading_label(line: &str) -> Option<&str> {
    line.split_whitespace()
        .next()
        .and_then(|w| w.strip_suffix(':'))
}

/// Whether `line` opens with a program's or logger's name and a colon, as
/// a tool prefixes its output ("ar_sendmail: authentication error",
/// "urllib3.connectionpool: Retrying"): one word of letters, digits, `_`,
/// `-` and `.`, joined by an underscore or an inner dot, which a writer's
/// "Note:" or "e.g.:" is not.
fn opens_with_program_name(line: &str) -> bool {
    let Some(name) = leading_label(line) else {
        return false;
    };
    let dotted = name.split('.').filter(|part| !part.is_empty()).count() > 1;
    let joined = name.contains('_') || (dotted && !name.ends_with('.'));
    name.starts_with(|c: char| c.is_ascii_alphabetic())
        && joined
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'))
}

/// Whether `line` opens with an exception's or error's type and a colon,
/// as a stack trace prints it ("TypeError: …", "BuilderException: unable
/// to find valid certification path", "javax.net.ssl.SSLHandshakeException:
/// …"): one identifier, dotted or not, ending in "Exception" or "Error".
fn names_an_exception(line: &str) -> bool {
    let Some(name) = leading_label(line) else {
        return false;
    };
    let lower = name.to_ascii_lowercase();
    let typed = ["exception", "error"]
        .iter()
        .any(|t| lower.len() > t.len() && lower.ends_with(t));
    typed
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'$'))
}

/// The byte ranges of the lines of `text` a program wrote: a message line
/// ("Error: Refresh token is not valid"), a time-stamped log line or JSON
/// output ([`is_program_output`]; not a quoted line, which is another
/// writer's). Programs print in English whatever their user writes
/// in, so a reading in another language also matches English's words on
/// these lines ([`super::Detector::rules_verdict`]).
pub(crate) fn program_lines(text: &str) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    let mut at = 0;
    text.split_inclusive('\n').filter_map(move |line| {
        let start = at;
        at += line.len();
        (!is_quoted(line) && is_program_output(line)).then(|| start..start + line.len())
    })
}

/// How a program's own message line opens (matched ignoring ASCII case).
const PROGRAM_MESSAGES: &[&str] = &[
    "error:",
    "warning:",
    "fatal error:",
    "exception:",
    "caused by:",
    "traceback (most recent call last):",
];

/// `text` with every span between backticks (`` `x` `` or a ``` fence)
/// blanked; an unclosed backtick blanks nothing after it, so a stray one
/// costs no words.
fn outside_code(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains('`') {
        return text.into();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('`') {
        out.push_str(&rest[..open]);
        let ticks = rest[open..].len() - rest[open..].trim_start_matches('`').len();
        let body = &rest[open + ticks..];
        let fence = &rest[open..open + ticks];
        match body.find(fence) {
            Some(close) => {
                out.push(' ');
                rest = &body[close + ticks..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out.into()
}

/// How many words of `text` can tell its language (names and codes left out).
pub fn word_count(text: &str) -> usize {
    Words::of(text).count
}

/// Everyday English words that rarely appear in the other languages here.
const ENGLISH_MARKERS: &[&str] = &[
    "the",
    "is",
    "my",
    "it",
    "and",
    "to",
    "with",
    "of",
    "not",
    "doesnt",
    "isnt",
    "still",
    "what",
    "please",
    "i",
    "me",
    "you",
    "this",
    "that",
    "was",
    "have",
    "has",
    "cant",
    "working",
    "does",
    "how",
    "where",
    "why",
    "just",
    "now",
    "again",
    "but",
    "its",
    "dont",
    "stopped",
    "did",
    "done",
    "yes",
    "thanks",
    "anymore",
    "keeps",
    "any",
    "some",
    "our",
    "we",
    "they",
    "after",
    "for",
    "do",
    "us",
    "let",
    "so",
    "far",
    "new",
    "can",
    "says",
    "lost",
    "from",
    "up",
    "out",
    "there",
    "when",
    "would",
    "could",
    "should",
    "will",
    "your",
    "be",
    "been",
    "are",
    "were",
    "an",
    "connect",
    "support",
    "request",
    "both",
    "ways",
    "problems",
    "signups",
    "since",
    "yesterday",
    "today",
    "errors",
    "all",
    "every",
    // Also an everyday word of Spanish and Portuguese: counting it for
    // English as well keeps "no content … no response from server" from
    // reading as Portuguese on that word alone.
    "no",
];

/// How many of the words are marker words of each locale (apostrophes
/// aside: "cest" counts for "c'est"), English first, then
/// [`Locale::TRANSLATED`] in order.
fn marker_votes(words: &Words) -> Vec<(Locale, usize)> {
    let (voters, table) = marker_table();
    let mut counts = vec![0; voters.len()];
    for word in words.iter() {
        if let Some(&mask) = table.get(without_apostrophes(word).as_ref()) {
            for (i, count) in counts.iter_mut().enumerate() {
                *count += usize::from(mask >> i & 1 == 1);
            }
        }
    }
    voters.iter().copied().zip(counts).collect()
}

fn without_apostrophes(word: &str) -> Cow<'_, str> {
    if word.contains(['\'', '’']) {
        Cow::Owned(word.replace(['\'', '’'], ""))
    } else {
        Cow::Borrowed(word)
    }
}

/// The locales that vote (English, then the translated ones) and every
/// marker word, apostrophes dropped, with the set of locales it votes for
/// (bit `i` for `voters[i]`): [`ENGLISH_MARKERS`] and each translated
/// locale's markers from its built-in file, gathered once, so a word is
/// looked up once rather than once a locale.
fn marker_table() -> &'static (Vec<Locale>, HashMap<String, u8>) {
    static TABLE: OnceLock<(Vec<Locale>, HashMap<String, u8>)> = OnceLock::new();
    TABLE.get_or_init(|| {
        let voters: Vec<Locale> = std::iter::once(Locale::En)
            .chain(Locale::TRANSLATED.iter().copied())
            .collect();
        assert!(voters.len() <= 8, "one bit a voting locale");
        let mut table: HashMap<String, u8> = HashMap::new();
        for (i, &locale) in voters.iter().enumerate() {
            let words: Vec<String> = if locale == Locale::En {
                ENGLISH_MARKERS.iter().map(|w| (*w).to_owned()).collect()
            } else {
                super::locale::builtin_file(locale)
                    .map(|f| f.language.markers.clone())
                    .unwrap_or_default()
            };
            for word in words {
                *table
                    .entry(without_apostrophes(&word).into_owned())
                    .or_default() |= 1 << i;
            }
        }
        (voters, table)
    })
}

/// Everyday words of languages close to ours that Rekey does not speak
/// (Dutch, Indonesian and Malay, the Scandinavian languages), none of them
/// a word of Rekey's languages: Dutch reads as German and Indonesian as
/// Italian to the letters alone.
const OTHER_LANGUAGE_MARKERS: &[&str] = &[
    // Dutch
    "ik", "het", "een", "niet", "mijn", "naar", "ook", "maar", "jouw", "wordt", "zou", "heb", "dus",
    "gelukt", "zijn", "bij", "voor", "wij", "jullie", "graag", "werkt",
    // Indonesian and Malay
    "saya", "yang", "tidak", "dengan", "untuk", "kami", "sudah", "tapi", "kenapa", "bisa", "juga",
    "itu", "ini", "belum", "sama", "tolong", "terima", "kasih",
    // Swedish, Danish, Norwegian
    "jag", "och", "inte", "jeg", "ikke", "det", "og", "har", "fungerer", "fungerar",
];

/// Whether more everyday words of a language Rekey does not speak than of
/// any it does (at least two): not one of ours, however the letters read.
fn another_languages_words(words: &Words, votes: &[(Locale, usize)]) -> bool {
    let other = words
        .iter()
        .filter(|w| OTHER_LANGUAGE_MARKERS.contains(w))
        .count();
    other >= 2 && votes.iter().all(|&(_, n)| other > n)
}

/// Whether the words are two languages at once: English and the other
/// language with the most everyday words, at least [`MIXED_MARKERS`] each,
/// the fewer at least a third of the more ("je sois banni… please check
/// your credentials then restart"). Only the leading other language counts
/// (French's "la" and "en" inside a Spanish reply do not make it French and
/// English), and for English only its own words: "no" is Spanish and
/// Portuguese too, "for" a Portuguese verb.
fn mixed(words: &Words, votes: &[(Locale, usize)]) -> bool {
    let other = votes
        .iter()
        .filter(|v| v.0 != Locale::En)
        .map(|v| v.1)
        .max()
        .unwrap_or(0);
    if other < MIXED_MARKERS {
        return false;
    }
    let english = english_only(words);
    other.min(english) >= MIXED_MARKERS && 3 * other.min(english) >= other.max(english)
}

/// How many of the words are everyday words of English and of no other
/// language Rekey speaks.
fn english_only(words: &Words) -> usize {
    let (voters, table) = marker_table();
    debug_assert_eq!(voters[0], Locale::En);
    words
        .iter()
        .filter(|w| table.get(without_apostrophes(w).as_ref()) == Some(&1))
        .count()
}

/// Everyday words each of two languages needs for a text to count as both.
const MIXED_MARKERS: usize = 3;

/// Everyday words of one language Rekey speaks, besides English, that
/// decide a message on their own (see [`dominant`]).
const DOMINANT_MARKERS: usize = 6;

/// The language, other than English, with at least [`DOMINANT_MARKERS`]
/// everyday words and at least twice as many as any other language's,
/// English's too: a long Spanish reply ("El error 500 con … suena a que no
/// has configurado bien el usuario y la contraseña …", 18 Spanish words
/// against 7 French, 6 Italian and 3 English) is Spanish, whatever the
/// letters say, and the trigrams need not be asked.
fn dominant(votes: &[(Locale, usize)]) -> Option<Locale> {
    let &(best, n) = votes.iter().max_by_key(|v| v.1)?;
    (best != Locale::En
        && n >= DOMINANT_MARKERS
        && votes.iter().all(|&(l, m)| l == best || 2 * m <= n))
    .then_some(best)
}

/// The locale with the most votes, when it has at least two and more than
/// any other.
fn best_vote(mut votes: Vec<(Locale, usize)>) -> Option<Locale> {
    votes.sort_by_key(|v| std::cmp::Reverse(v.1));
    match votes.as_slice() {
        [(best, n), (_, second), ..] if *n >= 2 && n > second => Some(*best),
        _ => None,
    }
}

/// whatlang over every language it knows is sure the text is in one Rekey
/// does not speak (Polish, Dutch, Czech…), or the text has letters the guessed
/// language does not write with: no guess, rather than the nearest of ours
/// ("o" and "nie" are not Portuguese). Asked only before answering in one of
/// ours other than English, so English text never pays for it.
fn speaks_another_language(words: &Words, guess: Locale) -> bool {
    has_foreign_letters(words, guess)
        || whatlang::detect(&words.joined)
            .is_some_and(|info| info.is_reliable() && !SPOKEN.contains(&info.lang()))
}

/// The letters beyond ASCII that each language Rekey speaks writes with.
fn own_letters(locale: Locale) -> &'static str {
    match locale {
        Locale::En => "",
        Locale::Es => "áéíóúüñ",
        Locale::De => "äöüß",
        Locale::Fr => "àâæçéèêëîïôœùûüÿ",
        Locale::Pt => "áâãàçéêíóôõú",
        Locale::It => "àèéìíîòóùú",
    }
}

/// A word spelled with a letter `locale` does not use ("przestała",
/// "přestala"): the text is not in that language, whatever its trigrams say.
fn has_foreign_letters(words: &Words, locale: Locale) -> bool {
    let own = own_letters(locale);
    words
        .joined
        .chars()
        .any(|c| c.is_alphabetic() && !c.is_ascii() && !own.contains(c))
}

fn to_locale(lang: whatlang::Lang) -> Locale {
    match lang {
        whatlang::Lang::Spa => Locale::Es,
        whatlang::Lang::Deu => Locale::De,
        whatlang::Lang::Fra => Locale::Fr,
        whatlang::Lang::Por => Locale::Pt,
        whatlang::Lang::Ita => Locale::It,
        _ => Locale::En,
    }
}

/// The language a message is read in when nothing else decides:
/// [`identify`]'s, English when that is unclear. A message in which every
/// other language has fewer everyday words than English (most often none)
/// is English without asking the letters: `identify` answers another
/// language only when it has at least as many as English, so it could only
/// say English or unsure of it, and the letters are most of its cost.
pub fn read_as(text: &str) -> Locale {
    let words = Words::of(text);
    let votes = marker_votes(&words);
    let english = votes.iter().find(|v| v.0 == Locale::En).map_or(0, |v| v.1);
    if votes
        .iter()
        .all(|&(locale, n)| locale == Locale::En || n == 0 || n < english)
    {
        return Locale::En;
    }
    identify_words(&words, votes).unwrap_or(Locale::En)
}

/// The language `text` is written in, when that is clear; `None` for short,
/// mixed or unreliable text. whatlang decides when it is sure; otherwise
/// its guess (two votes when fair, one when weak) and the everyday words of
/// each language (one vote each) are counted, and a language needs at
/// least two votes and more than any other.
pub fn identify(text: &str) -> Option<Locale> {
    let words = Words::of(text);
    let votes = marker_votes(&words);
    identify_words(&words, votes)
}

/// [`identify`] on a message's [`Words`] and their
/// [`marker_votes`].
fn identify_words(words: &Words, votes: Vec<(Locale, usize)>) -> Option<Locale> {
    if words.count < MIN_WORDS || words.letters() < MIN_LETTERS {
        return None;
    }
    if mixed(words, &votes) || another_languages_words(words, &votes) {
        return None;
    }
    if let Some(l) = dominant(&votes)
        && !has_foreign_letters(words, l)
    {
        return Some(l);
    }
    let markers = |l: Locale| votes.iter().find(|v| v.0 == l).map_or(0, |v| v.1);
    let info = detector().detect(&words.joined);
    let fair = info
        .as_ref()
        .is_some_and(|i| i.confidence() >= MIN_CONFIDENCE);
    // Another language than English needs one of its own everyday words,
    // and more than English's ("cant connect activecampaign" is not French,
    // whatever the letters say); as many as English's only when the letters
    // fairly say so ("me" is English and Spanish).
    let plausible = |l: Locale| {
        l == Locale::En
            || (markers(l) >= 1
                && (markers(l) > markers(Locale::En)
                    || (fair && markers(l) == markers(Locale::En))))
    };
    // whatlang says one of ours, the everyday words say more of another of
    // ours, or as many when there are several ("no existe un metodo para
    // sber si ya…": "para", "si" and "ya" against "no", "para" and "ta",
    // with Portuguese trigrams): unsure, rather than letting the trigrams
    // decide. One word each ("no veo … en mi") is too little to doubt them.
    let outvoted = |l: Locale| {
        let own = markers(l);
        l != Locale::En
            && votes
                .iter()
                .any(|&(m, n)| m != l && m != Locale::En && (n > own || (n == own && n >= 2)))
    };
    if let Some(info) = &info
        && info.is_reliable()
    {
        let l = to_locale(info.lang());
        if outvoted(l) {
            return None;
        }
        return plausible(l)
            .then_some(l)
            .or(Some(Locale::En).filter(|_| markers(Locale::En) >= 1))
            .filter(|l| *l == Locale::En || !speaks_another_language(words, *l));
    }
    let mut votes = votes.clone();
    let mut guessed = None;
    if let Some(info) = info {
        let weight = if info.confidence() >= MIN_CONFIDENCE {
            2
        } else if info.confidence() >= WEAK_CONFIDENCE {
            1
        } else {
            0
        };
        let l = to_locale(info.lang());
        if let Some(v) = votes.iter_mut().find(|(m, _)| *m == l) {
            v.1 += weight;
        }
        guessed = (weight > 0).then_some(l);
    }
    best_vote(votes)
        // Won on whatlang's votes against more everyday words of another.
        .filter(|l| !(guessed == Some(*l) && outvoted(*l)))
        .filter(|l| plausible(*l))
        .filter(|l| *l == Locale::En || !speaks_another_language(words, *l))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_issue_examples_are_read_in_their_language() {
        let cases = [
            (
                "mi integración con ActiveCampaign dejó de sincronizar",
                Locale::Es,
            ),
            ("ActiveCampaign synchronisiert nicht mehr", Locale::De),
            (
                "la synchronisation avec ActiveCampaign ne fonctionne plus",
                Locale::Fr,
            ),
            (
                "a integração com o ActiveCampaign parou de sincronizar",
                Locale::Pt,
            ),
            (
                "l'integrazione con ActiveCampaign non sincronizza più",
                Locale::It,
            ),
            ("my ActiveCampaign integration stopped syncing", Locale::En),
            (
                "mi integración con ActiveCampaign dejó de sincronizar, da error 403",
                Locale::Es,
            ),
            ("ya hice todo y sigue sin funcionar", Locale::Es),
            (
                "nuestra integración con stripe dejó de funcionar",
                Locale::Es,
            ),
            (
                "habe alles gemacht, es funktioniert immer noch nicht",
                Locale::De,
            ),
            ("j'ai tout fait et ça ne marche toujours pas", Locale::Fr),
            ("já fiz tudo e ainda não funciona", Locale::Pt),
            ("ho fatto tutto e non funziona ancora", Locale::It),
            // Told in articles, prepositions and everyday words, with no
            // word the other languages' markers had ("la", "con", "ogni").
            (
                "La connessione con ActiveCampaign risulta scollegata e dà errore 403",
                Locale::It,
            ),
            (
                "Devo ricollegare ActiveCampaign ogni giorno, esce sempre un errore",
                Locale::It,
            ),
            // Those shared words ("la", "en", "sempre", "quando") are
            // everyday words of French and Portuguese too, which keep
            // their own.
            (
                "Est-ce que la synchronisation avec Keap est en panne ?",
                Locale::Fr,
            ),
            (
                "Tenho que fazer login de novo todo dia, sempre dá erro",
                Locale::Pt,
            ),
            (
                "Quando o ActiveCampaign vai voltar a sincronizar?",
                Locale::Pt,
            ),
            // "me" is English too: Portuguese's own everyday words decide.
            (
                "esse problema acontece depois de alguma ação específica? me avisa",
                Locale::Pt,
            ),
        ];
        for (text, want) in cases {
            assert_eq!(identify(text), Some(want), "{text}");
        }
    }

    /// A language Rekey does not speak is not taken for the nearest one it
    /// does (Polish read as Portuguese): no guess, so the bot keeps English.
    #[test]
    fn languages_rekey_does_not_speak_are_not_guessed() {
        for text in [
            "Synchronizacja z ActiveCampaign nie działa od wczoraj, proszę o pomoc",
            "De koppeling met ActiveCampaign werkt niet meer sinds gisteren, wat moet ik doen",
            "Integrace se Stripe přestala fungovat a objednávky nechodí",
        ] {
            assert_eq!(identify(text), None, "{text}");
        }
        // A short English message with one word that is also Portuguese.
        assert_eq!(
            identify("Remove the token. Remove your secret token, no good."),
            Some(Locale::En)
        );
    }

    /// Tagged real rows whose language identification gets wrong today,
    /// each named in issue 14's note rather than retagged or dropped: a
    /// short Portuguese line of words Spanish shares ("a", "para"), read
    /// as Spanish; and three short German lines followed by longer
    /// English (a bilingual title, log messages a program wrote in
    /// English, not as log lines), read as English: the writer's few words
    /// are outvoted. (Six others are now read in their language or not
    /// guessed: Italian and Spanish lines over a quoted error, a pasted PHP
    /// error or XML, and an English maintenance notice, since the markers
    /// count articles and prepositions, "la", "con", "un", "en", and a
    /// program's "Error:" line is not the writer's; and a Spanish line
    /// ending "Help me!!!", no longer read as English since "yo", "hace"
    /// and "días" are Spanish markers.) Three rows of b417–b423 join them,
    /// read as English: a Home Assistant log whose only Italian is its field
    /// names ("Registratore:", "Fonte:", "Prima occorrenza:"), a Portuguese
    /// line over an English log whose time stamps ("03-06-2015 @ 07:26:24")
    /// the log-line test does not know, and an English reply over a quoted
    /// Italian answer, tagged Italian by its miner (the writer's own line
    /// is English, and quoted lines are not the writer's). One row of
    /// b431–b437 joins them, read as English: an app's English error
    /// message, written twice under a template's headings, over seven
    /// Portuguese words ("hora conecta hora nao conecta … podem me
    /// ajudar?"). Two rows of b438–b444 join them: a French line over a
    /// Home Assistant log entry ("This error originated from a custom
    /// integration.", "Logger:", "Source:"), read as English, and an
    /// English report quoting a Spanish API answer ("Message: La solicitud
    /// no es válida."), read as Spanish: the log viewer's field lines and
    /// a message quoted inside a sentence are not lines the log test knows.
    /// One row of b445–b457 joins them, read as English: a German title
    /// ("Bei Login versuch Fehler 02-002") over an English issue
    /// template's filled-in fields ("- Current version number: …",
    /// "- Function or route (request): /Login"), which outvote it. One row
    /// of b465–b471 joins them: a Czech line written without its
    /// diacritics ("Tohle je jakoby bug ex generic, vyresim s kachnoi…"),
    /// read as French where it should be none of Rekey's languages. One row
    /// of b472–b479 joins them, read as English: a second Home Assistant log
    /// whose only Italian is the viewer's field names ("Registratore:",
    /// "Fonte:", "Integrazione:", "Ultimo accesso:") under an English title
    /// ("ConnectLife API failed"). One row of b498–b503 joins them, read
    /// as Italian: a French PR title in a commit's scope and half English
    /// ("feat(server): update message d'erreur si of non trouvé par API
    /// Key"), whose only function words, "si" and "non", Italian shares.
    /// Four rows of b504–b517 join them, read as English: a German line
    /// quoting a program's message mid-line that does not end its type
    /// word with a colon ("lautet die fehlermeldung \"Error (undefined)
    /// occured during: …"), a French question written inside a code fence
    /// (code is not the writer's prose), three Italian words under an
    /// English yt-dlp log ("ottengo quest errore:"), and a bilingual
    /// French-English post ("Can you help me? / Pouvez vous m'aidez?")
    /// tagged French. One row of b518–b524 joins them, read as English: a
    /// short Spanish line around a quoted English error ("Te aparece un
    /// mensaje diciendo **rol \"myuser\" does not exist**"). (A Portuguese
    /// line quoting an English error mid-line, "fico recebendo API Error:
    /// Unable to connect to API", is no longer misread: a program's message
    /// opening inside a line is not the writer's, see
    /// `opens_a_programs_message`.) Two rows of b525–b536 join them,
    /// read as English: a bilingual German-English line, each sentence
    /// followed by its English translation ("Bist du sicher, dass du die
    /// richtige Integration verwendest?\nAre you sure you are using the
    /// right integration?"), and three German words over a pasted English
    /// device report and stack trace ("Konto neu angelegt, offline").
    /// Two rows of b537–b556 join them: a French line over a pasted
    /// English postfix log ("Voici les logs qui semblent correspondre:"),
    /// read as English, and a German line of five words, a device name and
    /// a version under an English header ("Galaxy Note mit Android 4.2.1"),
    /// read as French. (A third, an IRC client's English log from an
    /// Italian forum thread, was tagged Italian by its thread: it carries
    /// no Italian word, and its tag was dropped.)
    const KNOWN_MISREADS: &[&str] = &[
        "ConnectLife API failed\n\nRegistratore:",
        "Tohle je jakoby bug ex generic",
        "Bei Login versuch Fehler 02-002",
        "utilize a rota close-session para encerrar.",
        "Verbindung zum Homematic IP Gateway, erstellt keinen Token || Connection",
        "Es läuft! Mit 2.15.5 steht die Warnung im Log:",
        "Status Fail bei Konto neu erstellen",
        "Registratore: custom_components.fusion_solar_app.api",
        "Alguém pode me ajudar estou com este problema,",
        "Unfortunately, it's confirmed... :-(",
        "Authorization failed - please check your credentials\n\n### What did you do?",
        "Hello, j'ai le meme soucis depuis hier : \n\nThis error originated",
        "Error in PostCfdiRequest in default example",
        "feat(server): update message d'erreur si of non trouvé",
        "Issue from ÉTS Mobile",
        "HTTP Error 401: Unauthorized (caused by <HTTPError 401",
        "Erreur /Error\n\n  code: 100,",
        "Te aparece un mensaje diciendo **rol",
        "Bist du sicher, dass du die richtige Integration verwendest?",
        "Konto neu angelegt, offline\n\n```",
        "Voici les logs qui semblent correspondre:",
        "**Comment posted by GWI on 12 Mar 2013 08:18**\n\nGalaxy Note mit Android",
        // Four Spanish words over a pasted English error page, not quoted.
        "A mi me pasó igual.\n\nApplication error",
        // Six short Spanish words around an English error, unquoted.
        "me sale este error domain not whitelisted by project",
        // Six Spanish words over a Python traceback; "mi", "me", "paso",
        // "algo" and "parecido" are Italian or Portuguese words too.
        "A mi me paso algo parecido:\nTraceback",
        // A five-word French title over an English error page, unquoted.
        "Tiers non relié\n\nMessage non souhaité",
    ];

    /// English behaviour must not change: no message of the English
    /// corpora is read as another language.
    #[test]
    fn the_english_corpora_read_as_english() {
        let mut misread = Vec::new();
        let mut fixed = Vec::new();
        let mut known = 0;
        for f in [
            "corpus.jsonl",
            "heldout.jsonl",
            "real_train.jsonl",
            "real_heldout.jsonl",
            "intents.jsonl",
            "intents_heldout.jsonl",
        ] {
            let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/data")
                .join(f);
            let text = std::fs::read_to_string(p).unwrap();
            for line in text.lines().filter(|l| !l.trim().is_empty()) {
                let v: serde_json::Value = serde_json::from_str(line).unwrap();
                let t = v["text"].as_str().unwrap_or("");
                let got = identify(t);
                // `read_as` skips the letters only where they could not
                // change the answer.
                if read_as(t) != got.unwrap_or(Locale::En) {
                    misread.push(format!(
                        "{f}: {t:?} read_as {:?}, identify {got:?}",
                        read_as(t)
                    ));
                }
                // A real row not written in English names its language: one
                // Rekey speaks is read as that (or not guessed), any other as
                // none of Rekey's.
                let want = v["language"].as_str().map(|t| t.parse::<Locale>().ok());
                let ok = match want {
                    Some(Some(l)) => got.is_none() || got == Some(l),
                    _ => got.is_none() || got == Some(Locale::En),
                };
                if KNOWN_MISREADS.iter().any(|k| t.starts_with(k)) {
                    known += 1;
                    if ok {
                        fixed.push(format!(
                            "{t:?} is read right now: drop it from KNOWN_MISREADS"
                        ));
                    }
                } else if !ok {
                    misread.push(format!("{f}: {t:?} read as {got:?}, want {want:?}"));
                }
            }
        }
        assert_eq!(
            known,
            KNOWN_MISREADS.len(),
            "a known misread left the corpora"
        );
        assert!(misread.is_empty(), "{}", misread.join("\n"));
        assert!(fixed.is_empty(), "{}", fixed.join("\n"));
    }

    /// A German reply over the program's English error is German.
    #[test]
    fn a_programs_message_line_does_not_decide_the_language() {
        let text = "leider kein Erfolg.\n\nError: Refresh token is not valid. \
                    Unable to authenticate with the servers.";
        assert_eq!(identify(text), Some(Locale::De));
        assert!(is_pasted_or_quoted("Fatal error: Uncaught SoapFault"));
        assert!(!is_pasted_or_quoted("the error: it keeps failing"));
    }

    /// A line a tool or logger prefixes with its name is the program's.
    #[test]
    fn a_line_opening_with_a_programs_name_is_program_output() {
        for line in [
            "ar_sendmail: authentication error, giving up: 535-5.7.1",
            "urllib3.connectionpool: Retrying (Retry(total=2))",
        ] {
            assert!(is_program_output(line), "{line}");
        }
        for line in [
            "Note: it stopped again",
            "e.g.: the sync",
            "Update: still broken",
        ] {
            assert!(!is_program_output(line), "{line}");
        }
        let text = "Emails não estão sendo enviados\n\nar_sendmail: found 4 emails to send\n\
                    ar_sendmail: authentication error, giving up: 535-5.7.1 Username and \
                    Password not accepted. Learn more at";
        assert_eq!(identify(text), Some(Locale::Pt));
        let text = "Forti rallentamenti dei servizi ANPR\nBuongiorno,\n\ndalla mattinata \
                    odierna i nostri sistemi stanno rilevando numerosi timeout nelle chiamate \
                    verso i servizi ANPR.";
        assert_eq!(identify(text), Some(Locale::It));
    }

    /// A program's message quoted inside the writer's line is not the
    /// writer's: the words before it decide.
    #[test]
    fn a_programs_message_inside_a_line_does_not_decide_the_language() {
        let read = |line: &str| Words::of(line).joined;
        let line = "fico recebendo API Error: Unable to connect to API (ConnectionRefused)";
        assert_eq!(read(line), read("fico recebendo API "));
        assert_eq!(
            read("Jetzt der Fehler \"Error: cannot receive access token\""),
            read("Jetzt der Fehler ")
        );
        // A writer's own lower-case "error:" and a line opening with the
        // message (judged whole by `is_program_output`) are left alone.
        let own = "tengo un error: no conecta con el servidor desde ayer";
        assert_eq!(
            read(own),
            "tengo un error no conecta con el servidor desde ayer"
        );
        // The line's first word never opens one: the line is judged whole.
        assert!(read("\"Error: sigue sin conectar\"").ends_with("sin conectar"));
        assert!(!opens_a_programs_message("error:"));
        assert!(opens_a_programs_message("\"Error:") && opens_a_programs_message("AxiosError:"));
        assert_eq!(
            identify(
                "Bonjour, depuis hier j'ai toujours le message \
                      AxiosError: Request failed with status code 401 when the token is refreshed"
            ),
            Some(Locale::Fr)
        );
    }

    /// A stack trace's exception lines are the program's words: a
    /// Portuguese title over a Java trace is Portuguese.
    #[test]
    fn an_exception_type_opening_a_line_is_program_output() {
        for line in [
            "BuilderException: unable to find valid certification path to requested target",
            "javax.net.ssl.SSLHandshakeException: PKIX path building failed",
            "TypeError: Cannot read properties of undefined (reading 'token')",
            "requests.exceptions.ConnectionError: HTTPSConnectionPool",
        ] {
            assert!(is_program_output(line), "{line}");
        }
        for line in [
            "Error handling: we retry twice",
            "the Exception: nothing is thrown",
            "MyError",
            "error-prone: yes",
        ] {
            assert!(!names_an_exception(line), "{line}");
        }
        for line in [
            "amazon-orders.lua:233: bad argument #1 to 'request'",
            "main.c:12:5: error: expected ';'",
        ] {
            assert!(opens_with_source_location(line), "{line}");
        }
        for line in ["note: see above", "e.g.: this one", "version 1.2: works"] {
            assert!(!opens_with_source_location(line), "{line}");
        }
        let text = "amazon-orders.lua:233: bad argument #1 to 'request' (string expected, got nil)\n\n\
                    Hallo, ich bekomme folgenden Fehler";
        assert_eq!(identify(text), Some(Locale::De));
        let text = "Problema ao enviar NF-e no estado de MG\n\nCaused by: \
                    javax.net.ssl.SSLHandshakeException: PKIX path building failed\n\
                    BuilderException: unable to find valid certification path to requested target";
        assert_eq!(identify(text), Some(Locale::Pt));
    }

    #[test]
    fn pasted_log_lines_do_not_decide_the_language() {
        let text = "Neustart hilft aber nur kurz, in Abständen bekomme ich wieder folgende \
                    Fehlermeldungen:\n\
                    homeconnect.0 | 2023-02-01 12:54:29.153 | error | session not found, \
                    the device authorization expired or was blocked, please sign in again\n\
                    {\"error\":\"expired_token\",\"error_description\":\"Device authorization \
                    session not found, expired or blocked\"}";
        assert_eq!(identify(text), Some(Locale::De));
        assert!(is_pasted_or_quoted(
            "2023-02-01T12:54:29 error: token expired"
        ));
        assert!(is_pasted_or_quoted(r#"{"error":"invalid_grant"}"#));
        assert!(is_pasted_or_quoted(
            "> Be careful! The redirect_uri is not associated"
        ));
        // A date alone is prose.
        assert!(!is_pasted_or_quoted("seit 2023-02-01 geht nichts mehr"));
    }

    /// A long reply in one language with a few words another of ours
    /// shares ("la", "en" are French too) and English's "no": read in its
    /// language, not as two at once (which fell back to English).
    #[test]
    fn a_third_languages_shared_words_do_not_make_a_reply_mixed() {
        let text = "El error 500 con `Bad credentials` suena a que no has configurado bien \
                    el usuario y la contraseña al configurar la integración en HA. El usuario \
                    es tu DNI (yo la letra la pongo en mayúsculas, no sé si es relevante).";
        assert_eq!(identify(text), Some(Locale::Es));
        assert_eq!(read_as(text), Locale::Es);
        let votes = |pairs: &[(Locale, usize)]| pairs.to_vec();
        let words = Words::of("the sync is broken and my key");
        assert_eq!(english_only(&words), 4);
        assert!(mixed(&words, &votes(&[(Locale::En, 4), (Locale::Fr, 5)])));
        assert!(!mixed(&words, &votes(&[(Locale::En, 4), (Locale::Fr, 13)])));
        // "no" and "para" are Spanish too: not English's own words.
        let words = Words::of("no no no para request");
        assert_eq!(english_only(&words), 1);
        assert!(!mixed(&words, &votes(&[(Locale::En, 4), (Locale::Es, 4)])));
        assert_eq!(
            dominant(&votes(&[
                (Locale::En, 3),
                (Locale::Es, 16),
                (Locale::Fr, 7)
            ])),
            Some(Locale::Es)
        );
        assert_eq!(
            dominant(&votes(&[(Locale::En, 4), (Locale::Es, 7)])),
            None,
            "twice English's, or it is the letters' call"
        );
        assert_eq!(dominant(&votes(&[(Locale::En, 9), (Locale::Es, 1)])), None);
    }

    /// An issue template's headings are the project's words, not the
    /// writer's.
    #[test]
    fn a_templates_headings_do_not_decide_the_language() {
        let text = "Conexão fechada na baileys e aberta na Evo, com erro ao clicar em \
                    \"disconnect\"\n\n### What did you do?\n\nEstou tentando enviar uma \
                    mensagem de texto.\n\n### What did you expect?\n\nA expectativa é que a \
                    mensagem seja enviada.\n\n### What did you observe instead of what you \
                    expected?\n\nRetorna o erro \"connection closed\", mas ao acessar a \
                    instância ela está como \"connected\".";
        assert_eq!(identify(text), Some(Locale::Pt));
        assert!(is_heading("### What did you do?"));
        assert!(is_heading("  ## Descrição"));
        assert!(is_heading("#"));
        assert_eq!(
            identify("# Renovando seu Access Token\n## O que é preciso fazer agora"),
            identify("Renovando seu Access Token\nO que é preciso fazer agora"),
            "headings alone are read"
        );
        assert!(!is_heading("#1234 is still broken"));
        assert!(!is_heading("#include <stdio.h>"));
    }

    #[test]
    fn letters_of_one_language_do_not_outvote_the_words_of_another() {
        // Spanish everyday words, Portuguese-looking trigrams: not Portuguese.
        let got = identify("No existe un metodo para sber si ya existeun TA valido");
        assert!(got.is_none() || got == Some(Locale::Es), "{got:?}");
    }

    #[test]
    fn a_pasted_log_between_backticks_does_not_decide_the_language() {
        assert_eq!(
            identify(
                "Quando eu tento pegar o access token depois do login, me dá essa exceção: \
                 `failed to open stream: HTTP request failed! the server said it is not found`"
            ),
            Some(Locale::Pt)
        );
        assert_eq!(outside_code("a ```x `y` z``` b `c` d `e"), "a   b   d `e");
    }

    /// A pasted command's flags are not words: "-o" is not the Portuguese
    /// article (a Mozilla build log line read as Portuguese until stop 51).
    #[test]
    fn command_line_flags_do_not_decide_the_language() {
        let english = "Command ['ssh', '-o', 'IdentityFile=~/.ssh/ffxbld_dsa', \
                       'ffxbld@stage.mozilla.org', 'mktemp -d'] returned non-zero exit code: 255";
        assert_ne!(identify(english), Some(Locale::Pt));
        for flag in ["-o", "--verbose", "'-d',", "[\"-e\""] {
            assert!(is_flag(flag), "{flag}");
        }
        for word in ["-", "-1", "--", "o", "e-mail", "x-o"] {
            assert!(!is_flag(word), "{word}");
        }
        assert_eq!(
            identify(
                "Não consigo conectar, o comando curl -o saida.json devolve erro de autenticação"
            ),
            Some(Locale::Pt)
        );
    }

    #[test]
    fn close_languages_rekey_does_not_speak_are_not_guessed() {
        for text in [
            "Dus ik zou ook een node kunnen optuigen en de data die ik ontvang naar jouw broker sturen",
            "saya lagi proses integrasi, tapi kenapa callback tidak masuk ke url yang sudah saya input",
            "jag har problem med synkroniseringen och det fungerar inte",
        ] {
            assert_eq!(identify(text), None, "{text}");
        }
        assert_eq!(
            identify("Unsere Synchronisierung funktioniert seit gestern nicht mehr"),
            Some(Locale::De)
        );
    }

    #[test]
    fn text_in_two_languages_is_not_guessed() {
        assert_eq!(
            identify(
                "Il semblerait que je sois banni, ou c'est une erreur de log ? \
                 API client locked. Please check your credentials then restart. \
                 If your credentials are valid, please wait some hours to be unbanned"
            ),
            None
        );
        // "im" is German as often as it is "I'm".
        assert_ne!(
            identify("lexoffice hatte heute Nachmittag ein Performance Problem im Belegupload"),
            Some(Locale::En)
        );
    }

    #[test]
    fn short_or_technical_text_is_not_guessed() {
        for text in [
            "oui",
            "ok",
            "done",
            "still broken",
            "API key 403",
            "https://x.api-us1.com",
        ] {
            assert_eq!(identify(text), None, "{text}");
        }
    }
}
