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
    /// Fewer than 8 words.
    Short,
    /// 60 words or more.
    Long,
}

impl Shape {
    /// The feature's name (hashed into the model's table).
    pub(crate) fn name(self) -> &'static str {
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

const ALL: [Shape; 21] = [
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
    Shape::Short,
    Shape::Long,
];

fn first_person(w: &[u8]) -> bool {
    matches!(
        w,
        b"i" | b"im"
            | b"ive"
            | b"my"
            | b"me"
            | b"mine"
            | b"myself"
            | b"we"
            | b"weve"
            | b"our"
            | b"ours"
            | b"us"
    )
}

fn second_person(w: &[u8]) -> bool {
    matches!(
        w,
        b"you" | b"your" | b"youre" | b"youve" | b"youll" | b"yours" | b"yourself" | b"u"
    )
}

fn question_opener(w: &[u8]) -> bool {
    matches!(
        w,
        b"how"
            | b"what"
            | b"why"
            | b"where"
            | b"which"
            | b"who"
            | b"can"
            | b"could"
            | b"is"
            | b"are"
            | b"does"
            | b"do"
            | b"should"
            | b"would"
            | b"will"
            | b"any"
            | b"anyone"
            | b"has"
            | b"have"
    )
}

fn work_item_verb(w: &[u8]) -> bool {
    matches!(
        w,
        b"add"
            | b"adds"
            | b"added"
            | b"adding"
            | b"fix"
            | b"fixes"
            | b"fixed"
            | b"support"
            | b"improve"
            | b"improved"
            | b"implement"
            | b"allow"
            | b"enable"
            | b"handle"
            | b"update"
            | b"refactor"
            | b"remove"
            | b"prevent"
            | b"ensure"
            | b"return"
            | b"make"
            | b"use"
            | b"move"
            | b"rename"
            | b"show"
            | b"create"
            | b"bump"
            | b"feat"
            | b"chore"
            | b"docs"
            | b"doc"
            | b"feature"
            | b"enhancement"
            | b"request"
            | b"proposal"
            | b"release"
            | b"version"
            | b"merge"
            | b"revert"
            | b"introduce"
            | b"expose"
            | b"document"
            | b"investigate"
            | b"figure"
    )
}

fn conditional_opener(w: &[u8]) -> bool {
    matches!(w, b"if" | b"when" | b"once" | b"whenever" | b"unless")
}

fn modal(w: &[u8]) -> bool {
    matches!(
        w,
        b"should" | b"would" | b"could" | b"might" | b"may" | b"must" | b"shouldnt" | b"wouldnt"
    )
}

fn time_anchor(w: &[u8]) -> bool {
    matches!(
        w,
        b"yesterday"
            | b"today"
            | b"tonight"
            | b"morning"
            | b"since"
            | b"anymore"
            | b"suddenly"
            | b"again"
            | b"ago"
            | b"lately"
            | b"recently"
            | b"still"
            | b"overnight"
            | b"weekend"
            | b"monday"
            | b"tuesday"
            | b"wednesday"
            | b"thursday"
            | b"friday"
            | b"saturday"
            | b"sunday"
    )
}

fn generic_subject(w: &[u8]) -> bool {
    matches!(
        w,
        b"users" | b"customers" | b"people" | b"merchants" | b"developers" | b"clients" | b"admins"
    )
}

fn echo_word(w: &[u8]) -> bool {
    matches!(w, b"too" | b"also" | b"same" | b"anyone" | b"anybody")
}

fn log_word(w: &[u8]) -> bool {
    matches!(
        w,
        b"exception" | b"traceback" | b"stacktrace" | b"errno" | b"stack" | b"null" | b"undefined"
    )
}

/// A 4xx or 5xx HTTP status: three digits, first 4 or 5.
fn status_code(w: &[u8]) -> bool {
    w.len() == 3 && matches!(w[0], b'4' | b'5') && w.iter().all(u8::is_ascii_digit)
}

/// Reads the shape of `text`.
pub(crate) fn shapes(text: &str) -> Shapes {
    let bytes = &text.as_bytes()[..text.len().min(MAX_BYTES)];
    let mut s = Shapes::default();
    let (mut first, mut second, mut generic, mut time) = (false, false, false, false);
    let mut echo = false;
    // Words of the first sentence, and how many open with a capital or digit.
    let (mut title_words, mut title_caps, mut in_title) = (0usize, 0usize, true);
    // The previous byte, and whether an '@' opened a handle (after a space).
    let mut last = b' ';
    let mut handle = false;
    let mut words = 0usize;
    // The current word, lower-cased, apostrophes dropped (long words are
    // cut: none of the lists has one longer than the buffer).
    let mut buf = [0u8; 16];
    let mut len = 0usize;
    let mut in_word = false;
    // Whether the next word opens a sentence, and the previous word.
    let mut sentence_start = true;
    let mut prev = [0u8; 16];
    let mut prev_len = 0usize;
    // Leading characters of the message, before the first word.
    let mut lead_bracket = false;
    for &b in bytes.iter().chain(std::iter::once(&b' ')) {
        if b.is_ascii_alphanumeric() || b >= 0x80 {
            if !in_word {
                in_word = true;
                len = 0;
                if in_title {
                    title_words += 1;
                    title_caps += usize::from(b.is_ascii_uppercase() || b.is_ascii_digit());
                }
                if last == b'@' && handle {
                    s.set(Shape::Mention);
                }
            }
            last = b;
            if len < buf.len() {
                buf[len] = b.to_ascii_lowercase();
            }
            len += 1;
            continue;
        }
        if b == b'\'' && in_word {
            continue;
        }
        if in_word {
            in_word = false;
            let w = &buf[..len.min(buf.len())];
            if words == 0 {
                if question_opener(w) {
                    s.set(Shape::OpensAsQuestion);
                }
                if work_item_verb(w) {
                    s.set(Shape::OpensAsWorkItem);
                }
                // "feat:", "fix(core):" — the first word runs into ':' or '('.
                if len < 12 && matches!(b, b':' | b'(') && !first_person(w) {
                    s.set(Shape::TaggedTitle);
                }
            }
            words += 1;
            first |= first_person(w);
            second |= second_person(w);
            generic |= generic_subject(w);
            time |= time_anchor(w);
            echo |= echo_word(w);
            if sentence_start && conditional_opener(w) {
                s.set(Shape::Conditional);
            }
            if modal(w) {
                s.set(Shape::Modal);
            }
            if status_code(w) {
                s.set(Shape::StatusCode);
            }
            if log_word(w) {
                s.set(Shape::LogText);
            }
            if &prev[..prev_len] == b"how" && matches!(w, b"to" | b"do" | b"can" | b"should") {
                s.set(Shape::HowTo);
            }
            prev[..w.len()].copy_from_slice(w);
            prev_len = w.len();
            sentence_start = false;
        }
        handle = b == b'@' && (last.is_ascii_whitespace() || last == b'(');
        last = b;
        match b {
            b'?' => {
                s.set(Shape::Question);
                sentence_start = true;
                in_title = false;
            }
            b'.' | b'!' | b'\n' | b';' | b':' => {
                sentence_start = b != b':';
                in_title = false;
            }
            b'[' if words == 0 => lead_bracket = true,
            b'{' | b'}' | b'`' | b'<' | b'>' => s.set(Shape::LogText),
            _ => {}
        }
    }
    if (echo && first) || text.trim_start().starts_with("+1") {
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
    if generic && !first {
        s.set(Shape::GenericSubject);
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
    fn apostrophes_and_long_words_read_as_words() {
        assert!(has("I'm locked out", Shape::FirstPerson));
        assert!(has("you're right", Shape::SecondOnly));
        // A word longer than the buffer is not mistaken for a listed one.
        assert!(!has("Iiiiiiiiiiiiiiiiiiiiiiiii", Shape::FirstPerson));
    }
}
