//! The shape of a message, read from its words' roles rather than from any
//! product vocabulary: who speaks (first person reporting, second person
//! explaining, nobody: a title or an article), whether it asks, whether it
//! opens like a work item ("Add …", "fix: …", "[Feature] …"), whether it
//! talks in conditionals and modals (documentation, advice) or anchors a
//! change in time ("since yesterday", "stopped today", "anymore"), and
//! whether it carries log text (status codes, exceptions, code).
//!
//! These are model features ([`super::model`]): the hashed n-grams see the
//! same words one by one, but not their combinations ("you" with no "I" is
//! the voice of a how-to; "I" with a time anchor is the voice of a report).
//! Pure, one pass over at most the first [`MAX_BYTES`] bytes, no allocation.

/// How much of a message is read (the same bound as the n-grams).
pub(crate) const MAX_BYTES: usize = 2048;

/// One shape feature of a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shape {
    /// "I", "my", "we", "our", "me", "us".
    FirstPerson,
    /// "you", "your".
    SecondPerson,
    /// Second person and no first person: the voice of docs and answers.
    SecondOnly,
    /// Neither first nor second person: a title, an article, a release note.
    Impersonal,
    /// A question mark anywhere.
    Question,
    /// Opens with a question word ("how", "can", "is", "does" …).
    OpensAsQuestion,
    /// "how to", "how do", "how can": a how-to.
    HowTo,
    /// Opens with a work-item verb ("add", "fix", "support", "improve" …).
    OpensAsWorkItem,
    /// Opens like a commit or tracker title: "feat:", "fix(core):", "[Bug]".
    TaggedTitle,
    /// A sentence that opens with "if", "when" or "once": conditions, as in
    /// docs and troubleshooting guides.
    Conditional,
    /// "should", "would", "could", "might", "may", "need to": advice and wishes.
    Modal,
    /// A change anchored in time: "yesterday", "today", "since", "anymore",
    /// "suddenly", "again", "ago".
    TimeAnchor,
    /// First person with a time anchor: someone reporting what happened to them.
    PersonalOnset,
    /// Generic subjects ("users", "customers", "people") and no first person.
    GenericSubject,
    /// A 4xx or 5xx status code.
    StatusCode,
    /// Log or code text: "exception", "traceback", "error:", braces, backticks.
    LogText,
    /// First person with "too", "also", "same" or "anyone": a reply joining
    /// a report ("I'm having this error too", "same problem here"), or a
    /// message opening with "+1".
    MeToo,
    /// Addresses someone by handle ("@maintainer"): a thread reply.
    Mention,
    /// The first sentence is in title case ("8 Fixes That Actually Work",
    /// "Improve HubSpot Source Connection Errors"): a title or a headline.
    TitleCase,
    /// Two or more sentences or list items open with an instruction
    /// ("Check…", "1. Verify…", "- Click…"): steps in a guide or an answer.
    Steps,
    /// A section label of a troubleshooting page: "Symptoms:", "Possible
    /// causes:", "Resolution" on a line of its own.
    DocLabel,
    /// Three or more lines open as list items ("-", "*", "•", "1."): a
    /// page, a template or a checklist.
    List,
    /// Fewer than 8 words.
    Short,
    /// 60 words or more.
    Long,
}

impl Shape {
    /// The feature's hash in the model's table (of its [`Shape::name`]).
    pub(crate) fn hash(self) -> u64 {
        const HASHES: [u64; ALL.len()] = {
            let mut h = [0u64; ALL.len()];
            let mut i = 0;
            while i < ALL.len() {
                h[ALL[i] as usize] = super::model::shape_hash(ALL[i].name());
                i += 1;
            }
            h
        };
        HASHES[self as usize]
    }

    /// The feature's name (hashed into the model's table).
    pub(crate) const fn name(self) -> &'static str {
        match self {
            Shape::FirstPerson => "first_person",
            Shape::SecondPerson => "second_person",
            Shape::SecondOnly => "second_only",
            Shape::Impersonal => "impersonal",
            Shape::Question => "question",
            Shape::OpensAsQuestion => "opens_as_question",
            Shape::HowTo => "how_to",
            Shape::OpensAsWorkItem => "opens_as_work_item",
            Shape::TaggedTitle => "tagged_title",
            Shape::Conditional => "conditional",
            Shape::Modal => "modal",
            Shape::TimeAnchor => "time_anchor",
            Shape::PersonalOnset => "personal_onset",
            Shape::GenericSubject => "generic_subject",
            Shape::StatusCode => "status_code",
            Shape::LogText => "log_text",
            Shape::MeToo => "me_too",
            Shape::Mention => "mention",
            Shape::TitleCase => "title_case",
            Shape::Steps => "steps",
            Shape::DocLabel => "doc_label",
            Shape::List => "list",
            Shape::Short => "short",
            Shape::Long => "long",
        }
    }
}

/// The shape features of a message, as a set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Shapes(u32);

impl Shapes {
    fn set(&mut self, s: Shape) {
        self.0 |= 1 << s as u32;
    }

    pub(crate) fn has(self, s: Shape) -> bool {
        self.0 & (1 << s as u32) != 0
    }

    /// Every feature present, in declaration order.
    pub(crate) fn iter(self) -> impl Iterator<Item = Shape> {
        ALL.into_iter().filter(move |&s| self.has(s))
    }
}

pub(crate) const ALL: [Shape; 24] = [
    Shape::FirstPerson,
    Shape::SecondPerson,
    Shape::SecondOnly,
    Shape::Impersonal,
    Shape::Question,
    Shape::OpensAsQuestion,
    Shape::HowTo,
    Shape::OpensAsWorkItem,
    Shape::TaggedTitle,
    Shape::Conditional,
    Shape::Modal,
    Shape::TimeAnchor,
    Shape::PersonalOnset,
    Shape::GenericSubject,
    Shape::StatusCode,
    Shape::LogText,
    Shape::MeToo,
    Shape::Mention,
    Shape::TitleCase,
    Shape::Steps,
    Shape::DocLabel,
    Shape::List,
    Shape::Short,
    Shape::Long,
];

/// The word classes a listed word belongs to, as bits.
mod class {
    pub const FIRST: u16 = 1 << 0;
    pub const SECOND: u16 = 1 << 1;
    /// Opens a question ("how", "can", "does" …).
    pub const QUESTION: u16 = 1 << 2;
    /// Opens a work item ("add", "fix", "feat" …).
    pub const WORK: u16 = 1 << 3;
    /// Opens a condition ("if", "when" …).
    pub const CONDITIONAL: u16 = 1 << 4;
    pub const MODAL: u16 = 1 << 5;
    pub const TIME: u16 = 1 << 6;
    pub const GENERIC: u16 = 1 << 7;
    /// Joins a report ("too", "same" …).
    pub const ECHO: u16 = 1 << 8;
    pub const LOG: u16 = 1 << 9;
    /// "how", and the words that make it a how-to after it.
    pub const HOW: u16 = 1 << 10;
    pub const HOW_NEXT: u16 = 1 << 11;
    /// Opens an instruction ("check", "verify", "click" …).
    pub const STEP: u16 = 1 << 12;
    /// Labels a section of a troubleshooting page ("symptoms", "cause" …).
    pub const LABEL: u16 = 1 << 13;
}

/// Every listed word (lower case, apostrophes dropped) with its classes.
const WORDS: &[(&[u8], u16)] = {
    use class::*;
    &[
        // First person.
        (b"i", FIRST),
        (b"im", FIRST),
        (b"ive", FIRST),
        (b"my", FIRST),
        (b"me", FIRST),
        (b"mine", FIRST),
        (b"myself", FIRST),
        (b"we", FIRST),
        (b"weve", FIRST),
        (b"our", FIRST),
        (b"ours", FIRST),
        (b"us", FIRST),
        // Second person.
        (b"you", SECOND),
        (b"your", SECOND),
        (b"youre", SECOND),
        (b"youve", SECOND),
        (b"youll", SECOND),
        (b"yours", SECOND),
        (b"yourself", SECOND),
        (b"u", SECOND),
        // Question openers (some also modal, or a how-to after "how").
        (b"how", QUESTION | HOW),
        (b"what", QUESTION),
        (b"why", QUESTION),
        (b"where", QUESTION),
        (b"which", QUESTION),
        (b"who", QUESTION),
        (b"can", QUESTION | HOW_NEXT),
        (b"could", QUESTION | MODAL),
        (b"is", QUESTION),
        (b"are", QUESTION),
        (b"does", QUESTION),
        (b"do", QUESTION | HOW_NEXT),
        (b"should", QUESTION | MODAL | HOW_NEXT),
        (b"would", QUESTION | MODAL),
        (b"will", QUESTION),
        (b"any", QUESTION),
        (b"anyone", QUESTION | ECHO),
        (b"has", QUESTION),
        (b"have", QUESTION),
        (b"to", HOW_NEXT),
        // Work-item verbs and tracker words.
        (b"add", WORK),
        (b"adds", WORK),
        (b"added", WORK),
        (b"adding", WORK),
        (b"fix", WORK),
        (b"fixes", WORK),
        (b"fixed", WORK),
        (b"support", WORK),
        (b"improve", WORK),
        (b"improved", WORK),
        (b"implement", WORK),
        (b"allow", WORK),
        (b"enable", WORK | STEP),
        (b"handle", WORK),
        (b"update", WORK | STEP),
        (b"refactor", WORK),
        (b"remove", WORK | STEP),
        (b"prevent", WORK),
        (b"ensure", WORK | STEP),
        (b"return", WORK),
        (b"make", WORK | STEP),
        (b"use", WORK | STEP),
        (b"move", WORK),
        (b"rename", WORK),
        (b"show", WORK),
        (b"create", WORK | STEP),
        (b"bump", WORK),
        (b"feat", WORK),
        (b"chore", WORK),
        (b"docs", WORK),
        (b"doc", WORK),
        (b"feature", WORK),
        (b"enhancement", WORK),
        (b"request", WORK),
        (b"proposal", WORK),
        (b"release", WORK),
        (b"version", WORK),
        (b"merge", WORK),
        (b"revert", WORK),
        (b"introduce", WORK),
        (b"expose", WORK),
        (b"document", WORK),
        (b"investigate", WORK),
        (b"figure", WORK),
        // Instructions (besides the work-item verbs marked STEP above).
        (b"check", STEP),
        (b"verify", STEP),
        (b"review", STEP),
        (b"confirm", STEP),
        (b"navigate", STEP),
        (b"click", STEP),
        (b"go", STEP),
        (b"open", STEP),
        (b"select", STEP),
        (b"enter", STEP),
        (b"refresh", STEP),
        (b"contact", STEP),
        (b"test", STEP),
        (b"copy", STEP),
        (b"paste", STEP),
        (b"wait", STEP),
        (b"restart", STEP),
        (b"reconnect", STEP),
        (b"disconnect", STEP),
        (b"visit", STEP),
        (b"follow", STEP),
        (b"set", STEP),
        (b"disable", STEP),
        (b"clear", STEP),
        (b"generate", STEP),
        (b"regenerate", STEP),
        (b"replace", STEP),
        (b"log", STEP),
        (b"sign", STEP),
        (b"choose", STEP),
        (b"type", STEP),
        (b"save", STEP),
        // Section labels of troubleshooting pages.
        (b"symptom", LABEL),
        (b"symptoms", LABEL),
        (b"solution", LABEL),
        (b"solutions", LABEL),
        (b"resolution", LABEL),
        (b"cause", LABEL),
        (b"causes", LABEL),
        (b"troubleshooting", LABEL),
        (b"prerequisites", LABEL),
        (b"steps", LABEL),
        (b"overview", LABEL),
        // Conditions.
        (b"if", CONDITIONAL),
        (b"when", CONDITIONAL),
        (b"once", CONDITIONAL),
        (b"whenever", CONDITIONAL),
        (b"unless", CONDITIONAL),
        // Modals.
        (b"might", MODAL),
        (b"may", MODAL),
        (b"must", MODAL),
        (b"shouldnt", MODAL),
        (b"wouldnt", MODAL),
        // Time anchors.
        (b"yesterday", TIME),
        (b"today", TIME),
        (b"tonight", TIME),
        (b"morning", TIME),
        (b"since", TIME),
        (b"anymore", TIME),
        (b"suddenly", TIME),
        (b"again", TIME),
        (b"ago", TIME),
        (b"lately", TIME),
        (b"recently", TIME),
        (b"still", TIME),
        (b"overnight", TIME),
        (b"weekend", TIME),
        (b"monday", TIME),
        (b"tuesday", TIME),
        (b"wednesday", TIME),
        (b"thursday", TIME),
        (b"friday", TIME),
        (b"saturday", TIME),
        (b"sunday", TIME),
        // Generic subjects.
        (b"users", GENERIC),
        (b"customers", GENERIC),
        (b"people", GENERIC),
        (b"merchants", GENERIC),
        (b"developers", GENERIC),
        (b"clients", GENERIC),
        (b"admins", GENERIC),
        // Echoes of a report.
        (b"too", ECHO),
        (b"also", ECHO),
        (b"same", ECHO),
        (b"anybody", ECHO),
        // Log words.
        (b"exception", LOG),
        (b"traceback", LOG),
        (b"stacktrace", LOG),
        (b"errno", LOG),
        (b"stack", LOG),
        (b"null", LOG),
        (b"undefined", LOG),
    ]
};

/// The longest word [`WORDS`] can hold: a word is packed into a `u128`.
const MAX_WORD: usize = 16;

/// A word of at most [`MAX_WORD`] non-zero bytes as one number (one
/// byte after another, so different words give different numbers).
const fn pack(w: &[u8]) -> u128 {
    let mut k = 0u128;
    let mut i = 0;
    while i < w.len() {
        k = (k << 8) | w[i] as u128;
        i += 1;
    }
    k
}

/// Slots of [`TABLE`]: a power of two, at least twice the listed words,
/// so a lookup almost always ends at its first or second slot.
const SLOTS: usize = 512;

/// The slot a packed word starts its search at.
const fn slot(key: u128) -> usize {
    let h = (key as u64 ^ (key >> 64) as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    (h >> (64 - SLOTS.trailing_zeros())) as usize
}

/// [`WORDS`] packed into an open-addressing hash table (linear probing; an
/// empty slot holds key 0, which no word packs to), built at compile time:
/// a word listed twice or too long fails the build.
const TABLE: [(u128, u16); SLOTS] = {
    assert!(
        WORDS.len() * 2 <= SLOTS,
        "too many listed words for the table"
    );
    let mut t = [(0u128, 0u16); SLOTS];
    let mut i = 0;
    while i < WORDS.len() {
        assert!(WORDS[i].0.len() <= MAX_WORD, "a listed word is too long");
        let key = pack(WORDS[i].0);
        let mut at = slot(key);
        while t[at].0 != 0 {
            assert!(t[at].0 != key, "a word is listed twice");
            at = (at + 1) % SLOTS;
        }
        t[at] = (key, WORDS[i].1);
        i += 1;
    }
    t
};

/// The classes of a packed word (0 for a word no list holds).
fn classes(key: u128) -> u16 {
    let mut at = slot(key);
    loop {
        let (k, c) = TABLE[at];
        if k == key {
            return c;
        }
        if k == 0 {
            return 0;
        }
        at = (at + 1) % SLOTS;
    }
}

/// The bytes words are made of: ASCII letters and digits, and every byte of
/// a non-ASCII character. A table, so the pass does not branch per range.
const WORD_BYTE: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = (i as u8).is_ascii_alphanumeric() || i >= 0x80;
        i += 1;
    }
    t
};

/// A packed three-byte word (see [`pack`]) that is a 4xx or 5xx HTTP
/// status: three digits, the first 4 or 5.
fn is_status_code(key: u32) -> bool {
    let [_, a, b, c] = key.to_be_bytes();
    matches!(a, b'4' | b'5') && b.is_ascii_digit() && c.is_ascii_digit()
}

/// "•" (U+2022) packed as a word (see [`pack`]).
const BULLET: u128 = 0xE2_80_A2;

/// Reads the shape of `text`.
pub(crate) fn shapes(text: &str) -> Shapes {
    let bytes = &text.as_bytes()[..text.len().min(MAX_BYTES)];
    let n = bytes.len();
    let mut s = Shapes::default();
    // Every class a word of the message belongs to.
    let mut seen = 0u16;
    // Words of the first sentence, and how many open with a capital or digit.
    let (mut title_words, mut title_caps, mut in_title) = (0usize, 0usize, true);
    // The previous byte, and whether an '@' opened a handle (after a space).
    let mut last = b' ';
    let mut handle = false;
    let mut words = 0usize;
    // Whether the next word opens a sentence, and the previous word.
    let mut sentence_start = true;
    let mut prev = 0u16;
    // Leading characters of the message, before the first word.
    let mut lead_bracket = false;
    // Sentences opening with an instruction; lines opening as list items;
    // whether no word has started the current line yet.
    let (mut steps, mut items) = (0usize, 0usize);
    let mut line_start = true;
    // One word at a time, then the bytes between words one at a time; the
    // message ends with a space, so its last word ends too.
    let mut i = 0;
    while i <= n {
        let b = if i < n { bytes[i] } else { b' ' };
        if WORD_BYTE[usize::from(b)] {
            let opens_line = std::mem::replace(&mut line_start, false);
            if in_title {
                title_words += 1;
                title_caps += usize::from(b.is_ascii_uppercase() || b.is_ascii_digit());
            }
            if last == b'@' && handle {
                s.set(Shape::Mention);
            }
            // The word, lower-cased, apostrophes dropped, packed (see
            // [`pack`]; a word longer than [`MAX_WORD`] is none of the
            // listed ones).
            let from = i;
            let (mut key, mut len) = (0u128, 0usize);
            while i < n {
                let c = bytes[i];
                if WORD_BYTE[usize::from(c)] {
                    key = (key << 8) | u128::from(c.to_ascii_lowercase());
                    len += 1;
                    last = c;
                } else if c != b'\'' {
                    break;
                }
                i += 1;
            }
            // The byte that ends the word (it is read below, as any byte
            // between words).
            let end = if i < n { bytes[i] } else { b' ' };
            if len == 3 && key == BULLET {
                // "•" opens a list item; the sentence starts after it.
                items += usize::from(opens_line);
                continue;
            }
            if opens_line
                && matches!(end, b'.' | b')')
                && bytes[from..i].iter().all(u8::is_ascii_digit)
            {
                items += 1;
            }
            let c = if len <= MAX_WORD { classes(key) } else { 0 };
            if words == 0 {
                if c & class::QUESTION != 0 {
                    s.set(Shape::OpensAsQuestion);
                }
                if c & class::WORK != 0 {
                    s.set(Shape::OpensAsWorkItem);
                }
                // "feat:", "fix(core):" — the first word runs into ':' or '('.
                if len < 12 && matches!(end, b':' | b'(') && c & class::FIRST == 0 {
                    s.set(Shape::TaggedTitle);
                }
            }
            words += 1;
            seen |= c;
            if sentence_start && c & class::CONDITIONAL != 0 {
                s.set(Shape::Conditional);
            }
            if sentence_start && c & class::STEP != 0 {
                steps += 1;
            }
            if c & class::LABEL != 0 && matches!(end, b':' | b'\n') {
                s.set(Shape::DocLabel);
            }
            if c & class::MODAL != 0 {
                s.set(Shape::Modal);
            }
            if len == 3 && is_status_code(key as u32) {
                s.set(Shape::StatusCode);
            }
            if c & class::LOG != 0 {
                s.set(Shape::LogText);
            }
            if prev & class::HOW != 0 && c & class::HOW_NEXT != 0 {
                s.set(Shape::HowTo);
            }
            prev = c;
            sentence_start = false;
            continue;
        }
        i += 1;
        handle = b == b'@' && (last.is_ascii_whitespace() || last == b'(');
        last = b;
        if line_start && matches!(b, b'-' | b'*') {
            items += 1;
            line_start = false;
        }
        match b {
            b'?' => {
                s.set(Shape::Question);
                sentence_start = true;
                in_title = false;
            }
            b'.' | b'!' | b'\n' | b';' | b':' => {
                sentence_start = b != b':';
                in_title = false;
                line_start |= b == b'\n';
            }
            b'[' if words == 0 => lead_bracket = true,
            b'{' | b'}' | b'`' | b'<' | b'>' => s.set(Shape::LogText),
            _ => {}
        }
    }
    let has = |c: u16| seen & c != 0;
    let (first, second, time) = (has(class::FIRST), has(class::SECOND), has(class::TIME));
    if (has(class::ECHO) && first) || text.trim_start().starts_with("+1") {
        s.set(Shape::MeToo);
    }
    if title_words >= 3 && title_caps * 10 >= title_words * 7 {
        s.set(Shape::TitleCase);
    }
    if lead_bracket {
        s.set(Shape::TaggedTitle);
    }
    if first {
        s.set(Shape::FirstPerson);
    }
    if second {
        s.set(Shape::SecondPerson);
    }
    if second && !first {
        s.set(Shape::SecondOnly);
    }
    if !first && !second {
        s.set(Shape::Impersonal);
    }
    if time {
        s.set(Shape::TimeAnchor);
    }
    if time && first {
        s.set(Shape::PersonalOnset);
    }
    if has(class::GENERIC) && !first {
        s.set(Shape::GenericSubject);
    }
    if steps >= 2 {
        s.set(Shape::Steps);
    }
    if items >= 3 {
        s.set(Shape::List);
    }
    if words < 8 {
        s.set(Shape::Short);
    }
    if words >= 60 {
        s.set(Shape::Long);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn has(text: &str, s: Shape) -> bool {
        shapes(text).has(s)
    }

    #[test]
    fn who_speaks() {
        assert!(has("Our Stripe sync stopped yesterday", Shape::FirstPerson));
        assert!(has(
            "Our Stripe sync stopped yesterday",
            Shape::PersonalOnset
        ));
        assert!(has(
            "If it says Reauthorize, click the button and your sync resumes.",
            Shape::SecondOnly
        ));
        assert!(has(
            "If it says Reauthorize, click the button and your sync resumes.",
            Shape::Conditional
        ));
        assert!(!has("I can't see what you mean", Shape::SecondOnly));
        assert!(has(
            "Webhook retries for failed deliveries",
            Shape::Impersonal
        ));
        assert!(has(
            "Users report the token expires and customers lose access",
            Shape::GenericSubject
        ));
        assert!(!has("Users of mine say it's broken", Shape::GenericSubject));
    }

    #[test]
    fn questions_titles_and_logs() {
        assert!(has("How to fix an expired API key?", Shape::HowTo));
        assert!(has(
            "How to fix an expired API key?",
            Shape::OpensAsQuestion
        ));
        assert!(has("How to fix an expired API key?", Shape::Question));
        assert!(has("Add retry to failed webhooks", Shape::OpensAsWorkItem));
        assert!(has(
            "feat(core): run the error workflow",
            Shape::TaggedTitle
        ));
        assert!(has("fix: reconnect Stripe", Shape::TaggedTitle));
        assert!(has(
            "[Enhancement] Prevent disconnection",
            Shape::TaggedTitle
        ));
        assert!(!has("My key: rejected", Shape::TaggedTitle));
        assert!(has("The API returns 401 now", Shape::StatusCode));
        assert!(!has("order 100234 still not shipped", Shape::StatusCode));
        assert!(has("Uncaught Exception in `client.rs`", Shape::LogText));
        assert!(has("it broke", Shape::Short));
        assert!(has("up, I'm having this error too", Shape::MeToo));
        assert!(has("+1 on this problem", Shape::MeToo));
        assert!(!has("You can also reconnect", Shape::MeToo));
        assert!(has("Hey @dev, try a new key", Shape::Mention));
        assert!(!has("mail me at a@b.com", Shape::Mention));
        assert!(has(
            "iPhone Calendar Not Syncing? 8 Fixes",
            Shape::TitleCase
        ));
        assert!(!has("my calendar is Not syncing", Shape::TitleCase));
        assert!(!has("it broke", Shape::Long));
    }

    #[test]
    fn guides_read_as_steps_labels_and_lists() {
        let guide = "Webhook failures\n\nSymptoms:\n  • Payment status not updating\n  \
                     • Subscriptions not activating\n\nResolution:\n  1. Check the endpoint\n  \
                     2. Verify the signing secret\n  3. Review the logs";
        for shape in [Shape::Steps, Shape::DocLabel, Shape::List] {
            assert!(has(guide, shape), "{shape:?}");
        }
        assert!(has(
            "- Check the dashboard\n- Verify the key\n- Contact support",
            Shape::Steps
        ));
        // A report: one instruction, no label, no list.
        let report = "Our sync stopped. Check the log below: 401 since Monday.";
        for shape in [Shape::Steps, Shape::DocLabel, Shape::List] {
            assert!(!has(report, shape), "{shape:?}");
        }
        // A bug template's headings are not a guide's labels.
        assert!(!has(
            "Steps to reproduce: connect the account",
            Shape::DocLabel
        ));
        assert!(!has("1. a\n2. b", Shape::List));
    }

    #[test]
    fn apostrophes_and_long_words_read_as_words() {
        assert!(has("I'm locked out", Shape::FirstPerson));
        assert!(has("you're right", Shape::SecondOnly));
        // A word longer than the buffer is not mistaken for a listed one.
        assert!(!has("Iiiiiiiiiiiiiiiiiiiiiiiii", Shape::FirstPerson));
    }
}
