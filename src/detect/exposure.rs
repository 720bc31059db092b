//! Exposure described in words: "I committed our API key to GitHub", "my key
//! was leaked", "I shared the token with a contractor who left".
//!
//! The words are data (`[exposure]` in the vocabulary). They compile into a
//! second phrase matcher ([`Lexicon`]) that runs only when the main pass saw a
//! credential word or a pasted secret, so ordinary chatter pays nothing.
//!
//! The rule, per sentence: a `leaked` phrase, or a `disclosed` verb together
//! with an `audience` phrase or a `record` place ("printed to stdout"),
//! counts when a credential is named in the same or the previous sentence
//! (a disclosure also in the next one) — unless a
//! `guard` phrase comes earlier in the sentence (and no `clause` word such
//! as "since" between them), a `negator` stands just before it ("was never
//! leaked"), it is the adjective of a key with "a"/"an"/"any" before it
//! ("a leaked key could…"), or its clause ends in a question mark ("key leaked?").
//!
//! The guards are the frames in which exposure is talked about without
//! having happened: hypotheticals and conditions ("what happens if", "when
//! you post a token to a gist"), modals ("your key may have been exposed",
//! "could be leaked"), how-tos, prevention and advice ("never share",
//! "make sure"), requests and policies ("allow users to revoke a
//! compromised key"). An actual event has an owner and a tense: "our key
//! was committed", "your key is exposed in your repo".
//!
//! Besides an exposure, the rule reports a denial ([`Reading::Denied`]):
//! every exposure phrase near a credential is negated ("our token was not
//! leaked"), guarded ("if my key were leaked", "keys that may have been
//! exposed", "were the token to be exposed"), or asked ("was my token
//! exposed?", though not "is it bad that I committed my key?", where the
//! event is told with its actor), or hedged by a modal with no place named
//! ("your key may have been exposed"; but "I think my key may have been
//! leaked" and "I'm worried my key might have been exposed" are suspicions,
//! a `suspect` phrase lifting a perfect hedge, unlike "I'm worried our key
//! could leak"); or a
//! `frame`, the plainest guards
//! (hypotheticals such as "what if", prohibitions such as "never commit",
//! prevention), stands near a credential with no exposure phrase left. The
//! model's exposure head does not read a denial.
//!
//! Where it reads neither, the rule still says whether a credential stands
//! near a place it can go, an `audience` or a `record` ("the log file",
//! "stdout", "in cleartext"): [`Reading::Placed`], with the place as an
//! `exposure:placed` signal. That is not exposure to the rule, but it lets
//! the model's exposure head read a message that names only a password,
//! and the signal is one of the head's features: "passwords are written to
//! the log file in cleartext" is the commonest exposure in bug reports and
//! has no verb of disclosure.
//!
//! Chinese, Japanese and Korean are read too: their words for a key and for
//! a leak are in the lists (a CJK character is a word of its own to the
//! phrase matcher), and their full stop and full-width `？` end a sentence
//! and ask.

use serde::Deserialize;

use super::identifiers::IdentifierParts;
use super::lexicon::{Hit, Lexicon};
use super::vocabulary::{Group, GroupKind, Vocabulary, VocabularyError};
use super::{SecretSpan, Signal, SignalName};

/// The `[exposure]` table of the vocabulary.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExposureWords {
    /// How many words before an exposure phrase a negator cancels it.
    #[serde(default = "three")]
    pub negator_window: usize,
    /// What can be exposed: "api key", "token".
    #[serde(default)]
    pub credential: Vec<String>,
    /// Credential words read as parts of a code identifier too:
    /// `STRIPE_SECRET_KEY`, `apiKey`, `authToken` (plain lower-case words;
    /// not "seed", which code spells for random numbers).
    #[serde(default)]
    pub identifier_credential: Vec<String>,
    /// Exposure on its own: "leaked", "compromised", "public repo".
    #[serde(default)]
    pub leaked: Vec<String>,
    /// Verbs that expose only with an audience: "shared", "committed".
    #[serde(default)]
    pub disclosed: Vec<String>,
    /// Where or to whom: "github", "a former employee", "by mistake".
    #[serde(default)]
    pub audience: Vec<String>,
    /// Hypotheticals, how-tos and prevention: "what if", "how do I avoid".
    #[serde(default)]
    pub guard: Vec<String>,
    /// Modals that hedge: "may", "might have". A hedged exposure phrase is
    /// not the rule's to read; it is denied (a general warning: "your key
    /// may have been exposed") unless its sentence names where the key went
    /// ("you might have leaked your key in this PR": a hedged report, left
    /// to the model).
    #[serde(default)]
    pub hedge: Vec<String>,
    /// A belief or a worry that lifts a perfect hedge after it ("may have
    /// been"): "I think my key may have been leaked" is a customer
    /// suspecting a leak, which is a reason to rotate; "I'm worried our key
    /// could leak" is not.
    #[serde(default)]
    pub suspect: Vec<String>,
    /// Guards so plain that they frame a message near a credential even
    /// with no exposure phrase after them: "never commit", "what if".
    #[serde(default)]
    pub frame: Vec<String>,
    /// "not", "never": "the key was never shared".
    #[serde(default)]
    pub negator: Vec<String>,
    /// Phrases that hide their words from the other lists: "public key" is
    /// a kind of key, not a public place.
    #[serde(default)]
    pub ignore: Vec<String>,
    /// Words that start a new clause: a guard before them does not reach
    /// past them ("I would recommend you regenerate it since it has been
    /// exposed").
    #[serde(default)]
    pub clause: Vec<String>,
    /// Where a program writes a secret down for others to read, beside the
    /// audiences: "the log file", "stdout", "in clear text", "crash
    /// reports". With a `disclosed` verb an exposure to the rule ("shows up
    /// on stdout"); alone, near a credential, they let the model's exposure
    /// head read a password ([`Reading::Placed`]).
    #[serde(default)]
    pub record: Vec<String>,
}

fn three() -> usize {
    3
}

/// Categories, in the order of the matcher's groups.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cat {
    Credential,
    Leaked,
    Disclosed,
    Audience,
    Guard,
    Hedge,
    Suspect,
    Frame,
    Negator,
    Ignore,
    Clause,
    Record,
}

const CATS: [(Cat, &str); 12] = [
    (Cat::Credential, "credential"),
    (Cat::Leaked, "leaked"),
    (Cat::Disclosed, "disclosed"),
    (Cat::Audience, "audience"),
    (Cat::Guard, "guard"),
    (Cat::Hedge, "hedge"),
    (Cat::Suspect, "suspect"),
    (Cat::Frame, "frame"),
    (Cat::Negator, "negator"),
    (Cat::Ignore, "ignore"),
    (Cat::Clause, "clause"),
    (Cat::Record, "record"),
];

impl ExposureWords {
    fn list(&self, cat: Cat) -> &[String] {
        match cat {
            Cat::Credential => &self.credential,
            Cat::Leaked => &self.leaked,
            Cat::Disclosed => &self.disclosed,
            Cat::Audience => &self.audience,
            Cat::Guard => &self.guard,
            Cat::Hedge => &self.hedge,
            Cat::Suspect => &self.suspect,
            Cat::Frame => &self.frame,
            Cat::Negator => &self.negator,
            Cat::Ignore => &self.ignore,
            Cat::Clause => &self.clause,
            Cat::Record => &self.record,
        }
    }
}

/// The compiled exposure rule. Empty word lists make it never fire.
#[derive(Debug, Clone)]
pub struct ExposureScanner {
    lexicon: Option<Lexicon>,
    /// Group index -> category (empty lists are left out of the matcher).
    cats: Vec<Cat>,
    /// Credential words inside identifiers, tagged with the credential
    /// group of `lexicon`.
    credential_parts: IdentifierParts,
    negator_window: usize,
    leaked_name: SignalName,
    disclosed_name: SignalName,
    placed_name: SignalName,
}

impl ExposureScanner {
    pub fn new(vocab: &Vocabulary, origin: &str) -> Result<Self, VocabularyError> {
        let words = &vocab.exposure;
        let mut groups = Vec::new();
        let mut cats = Vec::new();
        for (cat, name) in CATS {
            let list = words.list(cat);
            if list.is_empty() {
                continue;
            }
            cats.push(cat);
            groups.push(Group {
                name: format!("exposure.{name}"),
                kind: GroupKind::Context,
                weight: 0.0,
                context: 0.0,
                pair_factor: 1.0,
                integration: None,
                credential: false,
                negates_resolution: false,
                negated_by_failure: false,
                exposable: false,
                // A credential mistyped ("pasword", "credentails") is
                // still one; the other lists are verbs and places.
                fuzzy: cat == Cat::Credential,
                phrases: list.to_vec(),
                abbreviations: Vec::new(),
                abbreviation_not_with: Vec::new(),
            });
        }
        let needed = [Cat::Credential, Cat::Leaked];
        let lexicon = if needed.iter().all(|c| cats.contains(c)) {
            let sub = Vocabulary {
                version: vocab.version,
                scoring: vocab.scoring.clone(),
                secret_check: Default::default(),
                groups,
                secrets: Vec::new(),
                exposure: ExposureWords::default(),
            };
            Some(Lexicon::new(&sub, &format!("{origin} [exposure]"))?)
        } else {
            None
        };
        let credential_group = cats.iter().position(|&c| c == Cat::Credential).unwrap_or(0);
        let credential_parts = IdentifierParts::new(
            words
                .identifier_credential
                .iter()
                .map(|p| (p.as_str(), credential_group)),
            3,
            &format!("{origin} [exposure] identifier_credential"),
        )?;
        Ok(Self {
            lexicon,
            cats,
            credential_parts,
            negator_window: words.negator_window,
            leaked_name: SignalName::from("exposure:leaked"),
            disclosed_name: SignalName::from("exposure:disclosed"),
            placed_name: SignalName::from("exposure:placed"),
        })
    }

    /// Whether a code identifier in `text` names a credential as one of its
    /// parts (`NEXT_PUBLIC_STRIPE_KEY`): the exposure pass has something
    /// to read even with no credential word.
    pub fn names_credential_in_identifier(&self, text: &str) -> bool {
        self.lexicon.is_some() && self.credential_parts.find(text).next().is_some()
    }

    /// What the rule reads in the message: an exposure (with the phrase that
    /// says so, as an `exposure:` signal), a denial of one (see the module
    /// docs), or neither.
    pub fn read(&self, text: &str, secrets: &[SecretSpan]) -> Reading {
        let Some(lexicon) = self.lexicon.as_ref() else {
            return Reading::Silent;
        };
        let mut hits = Vec::new();
        lexicon.find(text, &mut hits);
        let bytes = text.as_bytes();
        let cat = |h: &Hit| self.cats[h.group];
        if secrets.is_empty() && !hits.iter().any(|h| cat(h) == Cat::Credential) {
            self.credential_parts.merge_into(text, &mut hits);
        }
        // Only a `leaked` or `disclosed` phrase can count (and a frame can
        // deny), and only with a credential named: most messages stop here,
        // before the sentence scan.
        // (An audience or a record alone can still place a credential: see
        // [`Reading::Placed`].)
        if !hits.iter().any(|h| {
            matches!(
                cat(h),
                Cat::Leaked | Cat::Disclosed | Cat::Frame | Cat::Audience | Cat::Record
            )
        }) || (secrets.is_empty() && !hits.iter().any(|h| cat(h) == Cat::Credential))
        {
            return Reading::Silent;
        }
        let ends: Vec<usize> = (0..bytes.len())
            .filter(|&i| is_sentence_end(bytes, i, bytes[i]))
            .collect();
        // Sentence index of a byte position: how many sentence ends precede it.
        let sentence_of = |pos: usize| ends.partition_point(|&e| e < pos);
        let mut credential_sentences: Vec<usize> = hits
            .iter()
            .filter(|h| cat(h) == Cat::Credential)
            .map(|h| sentence_of(h.start))
            .chain(secrets.iter().map(|s| sentence_of(s.start)))
            .collect();
        if credential_sentences.is_empty() {
            return Reading::Silent;
        }
        credential_sentences.sort_unstable();
        let named_near = |s: usize| credential_sentences.iter().any(|&c| c == s || c + 1 == s);
        // A disclosure with its audience may name what it disclosed in the
        // next sentence ("The .env file is pushed to the repo. It holds our
        // API keys.").
        let named_next = |s: usize| credential_sentences.contains(&(s + 1));
        let sentences: Vec<usize> = hits.iter().map(|h| sentence_of(h.start)).collect();
        // Exposure phrases near a credential, and those of them a negator
        // or a frame denies.
        let (mut passed, mut denied) = (0usize, 0usize);
        for (i, h) in hits.iter().enumerate() {
            let c = cat(h);
            if c != Cat::Leaked && c != Cat::Disclosed {
                continue;
            }
            let s = sentences[i];
            if !(named_near(s) || (c == Cat::Disclosed && named_next(s))) {
                continue;
            }
            passed += 1;
            let same: Vec<usize> = (0..hits.len()).filter(|&j| sentences[j] == s).collect();
            let framed_by = |kind: Cat| {
                same.iter().any(|&j| {
                    j < i
                        && cat(&hits[j]) == kind
                        && !same
                            .iter()
                            .any(|&k| j < k && k < i && cat(&hits[k]) == Cat::Clause)
                })
            };
            let sentence_start = s.checked_sub(1).map_or(0, |p| ends[p] + 1);
            let guarded = framed_by(Cat::Frame)
                || framed_by(Cat::Guard)
                || opens_inverted(bytes, sentence_start);
            let negated = same.iter().any(|&j| {
                j < i
                    && cat(&hits[j]) == Cat::Negator
                    && words_between(bytes, hits[j].end, h.start) <= self.negator_window
            });
            // "was my token exposed?" asks; "is it bad that I committed
            // my key to github?" tells, whatever the mark at the end.
            let questioned = asked(bytes, h.end) && !told_with_actor(bytes, h.start);
            // "I think my key may have been leaked": a suspicion, not a
            // warning. It lifts a perfect hedge ("may have been") only:
            // "I'm worried our key could leak" is a worry about what has not
            // happened.
            let hedged = framed_by(Cat::Hedge)
                && !same.iter().any(|&j| {
                    cat(&hits[j]) == Cat::Suspect
                        && same.iter().any(|&k| {
                            cat(&hits[k]) == Cat::Hedge
                                && j < k
                                && k < i
                                && perfect(bytes, &hits[k])
                        })
                });
            let placed = same.iter().any(|&j| cat(&hits[j]) == Cat::Audience);
            if guarded || negated || questioned || (hedged && !placed) {
                denied += 1;
                continue;
            }
            if hedged {
                continue;
            }
            // A place that is exposure on its own ("public repo") is an
            // audience too.
            if c == Cat::Disclosed
                && !same
                    .iter()
                    .any(|&j| matches!(cat(&hits[j]), Cat::Audience | Cat::Record | Cat::Leaked))
            {
                continue;
            }
            // "a leaked key could…", "any compromised token": no owner, no
            // event ("on a publicly accessible page" still is one).
            let names_next = hits.get(i + 1).is_some_and(|n| {
                cat(n) == Cat::Credential && words_between(bytes, h.end, n.start) == 0
            });
            if c == Cat::Leaked && names_next && indefinite_before(bytes, h.start) {
                continue;
            }
            let name = if c == Cat::Leaked {
                &self.leaked_name
            } else {
                &self.disclosed_name
            };
            return Reading::Exposed(Signal {
                name: name.clone(),
                start: h.start,
                end: h.end,
            });
        }
        // A frame that holds its own verb ("never commit", "don't share")
        // hides it from the disclosure phrases: near a credential, with no
        // exposure phrase left standing, it frames the message.
        let framed_verb = || {
            hits.iter()
                .zip(&sentences)
                .any(|(h, &s)| cat(h) == Cat::Frame && named_near(s))
        };
        if (denied > 0 && denied == passed) || (passed == 0 && framed_verb()) {
            Reading::Denied
        } else if let Some((h, _)) = hits
            .iter()
            .zip(&sentences)
            .find(|(h, s)| matches!(cat(h), Cat::Audience | Cat::Record) && named_near(**s))
        {
            Reading::Placed(Signal {
                name: self.placed_name.clone(),
                start: h.start,
                end: h.end,
            })
        } else {
            Reading::Silent
        }
    }
}

/// What [`ExposureScanner::read`] found.
#[derive(Debug, Clone, PartialEq)]
pub enum Reading {
    /// A key got out; the phrase that says so.
    Exposed(Signal),
    /// Every exposure phrase near a credential is negated, guarded, asked
    /// or hedged with no place named: "the key was never shared", "never
    /// commit your key", "what if my key leaks", "was my token exposed?",
    /// "your key may have been exposed".
    Denied,
    /// No exposure read, none denied, but a credential stands near a place
    /// it can go ("password in clear text in the logs", "the token shows
    /// in the URL"): not the rule's to call, but the model's exposure head
    /// reads it even for a password. The place, as an `exposure:placed`
    /// signal.
    Placed(Signal),
    /// None of these.
    Silent,
}

/// Whether `word` is one of `list`, ASCII case aside.
fn one_of(word: &[u8], list: &[&str]) -> bool {
    list.iter().any(|l| word.eq_ignore_ascii_case(l.as_bytes()))
}

/// The words of `bytes` before `at`, last first (ASCII letters and
/// apostrophes), read lazily: a caller taking one or two pays for those.
fn words_before(bytes: &[u8], at: usize) -> impl Iterator<Item = &[u8]> {
    bytes[..at]
        .rsplit(|&b| !(b.is_ascii_alphabetic() || b == b'\''))
        .filter(|w| !w.is_empty())
}

/// Whether the event is told with its actor just before `at`: the writer
/// ("I committed", "we accidentally pushed") or the reader ("did you just
/// commit your token?": someone telling the owner).
fn told_with_actor(bytes: &[u8], at: usize) -> bool {
    const ADVERBS: [&str; 5] = ["accidentally", "accidently", "mistakenly", "just", "also"];
    const WRITER: [&str; 8] = ["i", "we", "i've", "we've", "ive", "weve", "you", "you've"];
    words_before(bytes, at)
        .find(|w| !one_of(w, &ADVERBS))
        .is_some_and(|w| one_of(w, &WRITER))
}

/// Whether the sentence from `start` opens with an inverted auxiliary:
/// "were the key to leak…", "should our token ever be exposed…", "had my
/// key been shared…" (a condition), or "were our keys exposed?" (a
/// question). A report puts its subject first, and the auxiliary with no
/// subject after it is a report too: "had to rotate our key because it
/// leaked".
fn opens_inverted(bytes: &[u8], start: usize) -> bool {
    const SUBJECTS: [&str; 17] = [
        "my", "our", "your", "their", "the", "this", "that", "these", "those", "its", "it", "they",
        "you", "we", "i", "anyone", "someone",
    ];
    let rest = &bytes[start.min(bytes.len())..];
    let mut words = rest
        .split(|&b| !b.is_ascii_alphabetic())
        .filter(|w| !w.is_empty());
    words
        .next()
        .is_some_and(|w| one_of(w, &["were", "should", "had"]))
        && words.next().is_some_and(|w| one_of(w, &SUBJECTS))
}

/// Whether a hedge is a perfect modal, looking back: "may have", "might
/// have been", "could've".
fn perfect(bytes: &[u8], hedge: &Hit) -> bool {
    let phrase = &bytes[hedge.start..hedge.end];
    let next = bytes[hedge.end..]
        .split(|&b| !(b.is_ascii_alphabetic() || b == b'\''))
        .find(|w| !w.is_empty());
    phrase.len() >= 4 && phrase[phrase.len() - 4..].eq_ignore_ascii_case(b"have")
        || next.is_some_and(|w| one_of(w, &["have", "'ve", "been"]))
}

/// Whether the word just before `at` is an indefinite article or "any":
/// exposure of a key in general, not of someone's key.
fn indefinite_before(bytes: &[u8], at: usize) -> bool {
    words_before(bytes, at)
        .next()
        .is_some_and(|word| one_of(word, &["a", "an", "any"]))
}

/// Whether the clause from `from` ends in a question mark ("Stripe secret
/// key leaked?", "was my token exposed?", "密钥泄露了？"): a question, not a
/// report. A comma first ends the clause ("my key leaked, what do I do
/// now?").
fn asked(bytes: &[u8], from: usize) -> bool {
    for (i, &b) in bytes.iter().enumerate().skip(from) {
        match b {
            b'?' => return true,
            0xEF if bytes[i..].starts_with("？".as_bytes()) => return true,
            b',' => return false,
            0xEF if bytes[i..].starts_with("，".as_bytes()) => return false,
            _ if is_sentence_end(bytes, i, b) => return false,
            _ => {}
        }
    }
    false
}

/// `.`, `!`, `?`, `;` or a line break ends a sentence, and so do the CJK
/// full stop and the full-width `！`, `？`, `；`; a dot inside a word
/// ("stripe.com", "v1.2") does not.
fn is_sentence_end(bytes: &[u8], i: usize, b: u8) -> bool {
    const CJK_ENDS: [&str; 4] = ["。", "！", "？", "；"];
    match b {
        b'!' | b'?' | b';' | b'\n' => true,
        b'.' => bytes.get(i + 1).is_none_or(|n| !n.is_ascii_alphanumeric()),
        0xE3 | 0xEF => CJK_ENDS
            .iter()
            .any(|e| bytes[i..].starts_with(e.as_bytes())),
        _ => false,
    }
}

fn words_between(bytes: &[u8], from: usize, to: usize) -> usize {
    if to <= from {
        return 0;
    }
    let mut words = 0;
    let mut in_word = false;
    for &b in &bytes[from..to] {
        if b.is_ascii_alphanumeric() || b >= 0x80 || b == b'\'' {
            if !in_word {
                words += 1;
                in_word = true;
            }
        } else {
            in_word = false;
        }
    }
    words
}
