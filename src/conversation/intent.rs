//! Free-text understanding for replies inside a conversation: "done", "did
//! it, same problem", "where is Settings?", "forget it", "human please"...
//!
//! Pure and deliberately rule-based, so every decision can be explained:
//! words are lower-cased, apostrophes dropped ("can't" -> "cant"), compared
//! by stem ("working", "worked", "works" are all "work") and forgiven one
//! typo in longer words. Negation is read in a small window ("doesn't
//! sync", "not working any more"), so a failure is never taken for success.
//! The order of the checks is the policy: a human request wins, then
//! cancel and back, questions, then "still broken" over "it works", and
//! "it works" only when said plainly (no hedge, no question).
//!
//! [`classify`] adds the detector's verdict (a pasted key, a fresh complaint,
//! a different integration) to what [`parse`] reads from the words alone.

use crate::detect::{Band, Detection, Integration};

use super::words::{normalise, similar, stem_match};

/// What a reply means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Intent {
    /// Progress on the current step: "done", "I'm in the settings now",
    /// "I have make the reset", "copied both".
    Done,
    /// Cannot do the step: "I'm stuck", "I don't understand".
    Stuck,
    /// Did the steps and it is still broken: "no difference", "same error".
    StillBroken,
    /// "human please", "talk to someone"
    Human,
    Yes,
    No,
    /// Only an explicit statement that it works now: "it works now".
    WorksNow,
    /// A question; the topic says which answer fits.
    Question(Topic),
    /// "send the link"
    Link,
    /// "I'll do it myself in CustomerHub"
    Manual,
    /// "go back", "I skipped a step"
    Back,
    /// "forget it", "stop, I'll do it later"
    Cancel,
    /// Names an integration ("activecampaign", "keap", "something else").
    Integration(Integration),
    /// A lone digit 1-5.
    Rating(u8),
    Thanks,
    /// The message holds a key (from the detector).
    PastedKey,
    /// A complaint about a different integration than this ticket's.
    NewProblem,
    /// Anything else, including "ok" and "hmm": never acted on as progress
    /// or success; the engine asks one short question.
    Unknown,
}

/// What a question is about: the help article's questions, the current
/// step's "where is it?", or something outside the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Topic {
    /// Where the thing of the current step is.
    Where,
    /// No Developer menu in ActiveCampaign's settings.
    NoDeveloper,
    /// How often to rotate.
    RotateOften,
    /// Why only ActiveCampaign (Keap, Stripe use OAuth).
    WhyOnlyActiveCampaign,
    /// Whether resetting breaks other tools using the old key.
    OtherTools,
    /// What the API URL is and where to find it.
    ApiUrl,
    /// When the integration comes back.
    WhenBack,
    /// What happens to the old key.
    OldKey,
    /// Why the bot removed the customer's message.
    Removed,
    /// Whether the key can be given in the chat instead of the form.
    PasteHere,
    /// Why it broke, or keeps breaking ("why does this keep happening?").
    KeepsBreaking,
    /// Whether the secure link (the form) is safe to use.
    LinkSafe,
    /// "What do I do now?": the current step, shown again.
    NextStep,
    /// "Can I do this later?": whether the ticket waits.
    Later,
    /// "Can you call me?": another way to reach support than this chat.
    Contact,
    /// A question the article does not answer.
    Other,
}

impl Intent {
    /// The label used by the intent corpus and `rekey eval --intents`.
    pub fn label(self) -> &'static str {
        match self {
            Intent::Done => "progress",
            Intent::Stuck => "stuck",
            Intent::StillBroken => "still_broken",
            Intent::Human => "human",
            Intent::Yes => "yes",
            Intent::No => "no",
            Intent::WorksNow => "fixed",
            Intent::Question(t) => t.label(),
            Intent::Link => "link",
            Intent::Manual => "manual",
            Intent::Back => "back",
            Intent::Cancel => "cancel",
            Intent::Integration(_) => "integration",
            Intent::Rating(_) => "rating",
            Intent::Thanks => "thanks",
            Intent::PastedKey => "pasted_key",
            Intent::NewProblem => "new_problem",
            Intent::Unknown => "unclear",
        }
    }
}

impl Topic {
    pub fn label(self) -> &'static str {
        match self {
            Topic::Where => "question:where",
            Topic::NoDeveloper => "question:no_developer",
            Topic::RotateOften => "question:rotate_often",
            Topic::WhyOnlyActiveCampaign => "question:why_only_ac",
            Topic::OtherTools => "question:other_tools",
            Topic::ApiUrl => "question:api_url",
            Topic::WhenBack => "question:when_back",
            Topic::OldKey => "question:old_key",
            Topic::Removed => "question:removed",
            Topic::PasteHere => "question:paste_here",
            Topic::KeepsBreaking => "question:keeps_breaking",
            Topic::LinkSafe => "question:link_safe",
            Topic::NextStep => "question:next_step",
            Topic::Later => "question:later",
            Topic::Contact => "question:contact",
            Topic::Other => "question:other",
        }
    }
}

/// Reads a message inside a ticket about `current`, with the detector's
/// verdict on it: a key in it, a complaint about another integration, or a
/// fresh complaint that the words alone did not place.
pub fn classify(text: &str, det: &Detection, current: Integration) -> Intent {
    classify_parsed(parse(text), text, det, current)
}

/// [`classify`] of a reading of the words already made (in another
/// language, see `lang.rs`).
pub(super) fn classify_parsed(
    intent: Intent,
    text: &str,
    det: &Detection,
    current: Integration,
) -> Intent {
    if !det.secrets.is_empty() {
        return Intent::PastedKey;
    }
    let named = named_integrations(text);
    let other_integration = current != Integration::Unknown
        && ((det.integration != Integration::Unknown
            && det.integration != current
            && det.integration != Integration::Other)
            || (!named.is_empty() && !named.contains(&current)));
    let complaint = det.complaint || det.band == Band::Act;
    match intent {
        // "also my stripe payments are failing": a separate problem.
        Intent::StillBroken | Intent::Stuck | Intent::Unknown | Intent::Integration(_)
            if other_integration
                && (complaint || matches!(intent, Intent::StillBroken | Intent::Stuck)) =>
        {
            Intent::NewProblem
        }
        // A complaint in an open ticket means it is still broken.
        Intent::Unknown | Intent::Done if complaint => Intent::StillBroken,
        other => other,
    }
}

/// "We have the new key", "my admin already reset the key": a new key in
/// hand, said as done (not "how do I get a new key?", "I'm trying to reset
/// the key" or "the new key doesn't work").
pub fn has_new_key(text: &str) -> bool {
    let m = Message::new(text);
    let key = m.exact(&["key", "keys", "token", "apikey"]);
    let renewed = m.any(&["reset", "regenerat", "generat", "rotat", "creat"]);
    let new = m.exact(&["new", "fresh"]) || renewed;
    let had = m.exact(&["have", "got", "already", "did", "done", "has"]) || renewed;
    let not_yet = m.exact(&[
        "try", "trying", "how", "will", "going", "gonna", "want", "need", "should", "can",
    ]);
    key && new && had && !not_yet && !m.question && !m.negated_anywhere()
}

/// "I reconnected but orders still aren't coming in", "already tried
/// reconnecting it": an OAuth reconnect done, said (not "how do I
/// reconnect?").
pub fn already_reconnected(text: &str) -> bool {
    let m = Message::new(text);
    let done = m.exact(&[
        "reconnected",
        "reauthorized",
        "reauthorised",
        "reauthenticated",
        "relinked",
    ]) || (m.any(&["reconnect", "reauthori", "reauthenticat"])
        && m.exact(&["tried", "already", "didnt", "doesnt", "twice", "did"]));
    done && !m.question
}

/// The link or form named, and nothing put in it ("used", "pasted").
pub fn names_the_link(text: &str) -> bool {
    Message::new(text).link()
}

/// "can u just fix it for me?", "please help me fix this": asked to fix
/// the trouble (to the confirming question, a yes). Not "don't fix it".
pub fn asks_to_fix(text: &str) -> bool {
    let m = Message::new(text);
    let fix = ["fix", "sort", "solve", "repair"]
        .iter()
        .any(|verb| ["it", "this", "that"].iter().any(|o| m.phrase(&[verb, o])));
    (fix || m.phrase(&["help", "me", "fix"])) && !m.negated_anywhere()
}

/// A short question whether something is safe ("is it safe?", "is this
/// legit?"), naming nothing: what it is about comes from the stage.
pub fn asks_if_safe(text: &str) -> bool {
    let m = Message::new(text);
    m.question && m.words.len() <= 5 && (m.any(SAFE) || m.any(&["secur"]))
}

/// A bare acknowledgement or hesitation ("ok", "hmm", "not sure"): an
/// answer that answers nothing, so the question is asked again.
pub fn is_acknowledgement(text: &str) -> bool {
    const ACK: &[&str] = &[
        "ok", "okay", "k", "kk", "okk", "hmm", "hm", "hmmm", "um", "umm", "uh", "idk", "maybe",
        "not", "sure", "dunno", "well", "huh", "so", "oh",
    ];
    let words = normalise(text);
    !words.is_empty() && words.len() <= 3 && words.iter().all(|w| ACK.contains(&w.as_str()))
}

/// A reading of the words alone: stems, negation and typos, no context.
pub fn parse(text: &str) -> Intent {
    let m = Message::new(text);
    if m.words.is_empty() {
        return Intent::Unknown;
    }
    if let [only] = m.words.as_slice()
        && let Ok(n) = only.parse::<u8>()
        && (1..=5).contains(&n)
    {
        return Intent::Rating(n);
    }
    if m.human() {
        return Intent::Human;
    }
    if m.cancel() {
        return Intent::Cancel;
    }
    if m.back() {
        return Intent::Back;
    }
    if let Some(topic) = m.topic() {
        return Intent::Question(topic);
    }
    if m.blocked() {
        return Intent::Stuck;
    }
    if let Some(status) = m.status() {
        return status;
    }
    if m.link() {
        return Intent::Link;
    }
    if (m.any(&["manual", "manually", "myself", "customerhub"]) || m.phrase(&["by", "hand"]))
        && !m.question
    {
        return Intent::Manual;
    }
    if let Some(integration) = integration(&m.words) {
        return Intent::Integration(integration);
    }
    if m.progress() {
        return Intent::Done;
    }
    // "oh no, sorry", "oops my bad": an apology needs no answer, as thanks
    // need none ("no sorry" is a no).
    if m.words.len() <= 4
        && m.exact(&["sorry", "sry", "oops", "whoops", "apologies", "bad"])
        && m.words.iter().all(|w| APOLOGY.contains(&w.as_str()))
        && !m.words.first().is_some_and(|w| NO.contains(&w.as_str()))
    {
        return Intent::Thanks;
    }
    let short = m.words.len() <= 3;
    if short && m.exact(YES) && !m.negated_anywhere() {
        return Intent::Yes;
    }
    if short && m.exact(NO) {
        return Intent::No;
    }
    if m.exact(THANKS) || m.words.iter().any(|w| w.starts_with("thank")) {
        return Intent::Thanks;
    }
    // "what do you mean?", "huh?": confusion, not a question to answer.
    let confused = m.exact(&["mean", "meaning", "huh", "pardon"]);
    if m.question && m.words.len() >= 3 && !confused {
        // A real question we have no answer for. Short fragments such as
        // "what?" are merely unclear.
        return Intent::Question(Topic::Other);
    }
    Intent::Unknown
}

const HUMAN: &[&str] = &[
    "human",
    "person",
    "agent",
    "someone",
    "somebody",
    "staff",
    "operator",
    "representative",
    "rep",
    "people",
    "teammate",
    "manager",
];
/// Words that turn a human word into a request ("talk to", "get me").
const ASK: &[&str] = &[
    "talk", "speak", "chat", "want", "need", "get", "give", "connect", "transfer", "escalate",
    "call", "contact", "real", "live", "please", "pls", "plz", "can", "could", "may", "let",
    "pass", "put", "forward",
];
const NEGATORS: &[&str] = &[
    "not", "no", "dont", "doesnt", "didnt", "cant", "cannot", "couldnt", "isnt", "wasnt", "arent",
    "werent", "wont", "wouldnt", "never", "nothing", "havent", "hasnt", "aint", "without", "nor",
    "neither", "dosent", "dosnt", "doesent", "dint", "didn", "doesn", "isn", "wasn", "nope",
    "noting", "nothin", "stopped", "stops", "quit", "quits", "anymore",
];
/// Stems of "it works": the verdict a customer gives when it is fixed.
const WORKS: &[&str] = &[
    "work",
    "fix",
    "sync",
    "connect",
    "reconnect",
    "resolv",
    "solv",
    "success",
    "function",
    "synchron",
    // "sincronized"; not "sinc" or "sinced": "since" would match them.
    "sincron",
    "running",
];
/// Stems and words of failure.
const BROKEN: &[&str] = &[
    "error",
    "fail",
    "broke",
    "broken",
    "wrong",
    "problem",
    "issue",
    "403",
    "401",
    "forbidden",
    "unauthoriz",
    "invalid",
    "reject",
    "disconnect",
    "disconected",
    "failure",
    "stopped",
    "400",
    "404",
    "500",
    "502",
    "503",
    "timeout",
    "crash",
];
const STUCK: &[&str] = &[
    "stuck",
    "stcuk",
    "confus",
    "lost",
    "understand",
    "figure",
    "help",
    "trouble",
];
const PROGRESS: &[&str] = &[
    "done", "did", "finish", "complet", "copi", "copy", "reset", "made", "make", "generat",
    "click", "press", "logged", "login", "found", "got", "open", "next", "continu", "there",
    "inside", "entered", "went", "created",
];
const YES: &[&str] = &[
    "yes",
    "yeah",
    "yep",
    "yup",
    "sure",
    "y",
    "ya",
    "yea",
    "correct",
    "right",
    "absolutely",
    "affirmative",
    "yess",
    "yas",
];
const NO: &[&str] = &["no", "nope", "nah", "n", "negative", "nop"];
const THANKS: &[&str] = &["thanks", "thank", "thx", "ty", "cheers", "tnx", "thanx"];
/// Words asking whether something can be trusted ("is it safe?", "legit?");
/// "secure" counts too, but not as the link's name (see `Message::topic`).
const SAFE: &[&str] = &["safe", "legit", "trust", "phish", "scam", "genuin"];
/// The words of a short apology ("oh no, sorry", "oops my bad").
const APOLOGY: &[&str] = &[
    "sorry",
    "sry",
    "oops",
    "whoops",
    "apologies",
    "my",
    "bad",
    "oh",
    "no",
    "ah",
    "so",
    "im",
    "very",
];
const HEDGES: &[&str] = &[
    "maybe",
    "might",
    "hopefully",
    "should",
    "probably",
    "guess",
    "if",
    "whether",
    "hope",
    "perhaps",
];
/// Words a message may open with before its question ("ok so where…").
const FILLERS: &[&str] = &[
    "ok", "okay", "k", "so", "and", "but", "hey", "hi", "hello", "um", "umm", "uh", "also", "then",
    "wait", "hmm", "alright", "right", "cool", "great", "sorry", "oh", "well",
];
const WH_WORDS: &[&str] = &[
    "how", "what", "whats", "why", "when", "where", "wheres", "which", "who", "hows",
];
/// Auxiliaries that open a yes/no question when a subject follows ("can
/// you", "will it"). "did" is left out: "did the reset" is a statement.
const AUXILIARIES: &[&str] = &[
    "can", "could", "does", "do", "is", "are", "will", "would", "should", "shall", "may",
];
const SUBJECTS: &[&str] = &[
    "you", "i", "we", "they", "u", "it", "this", "that", "there", "my", "the",
];

/// A question without a question mark: "how do i...", "will it break...",
/// after any opening filler ("ok where do i find it").
fn question_shaped(words: &[String]) -> bool {
    let opening = words
        .iter()
        .take_while(|w| FILLERS.contains(&w.as_str()))
        .count();
    match &words[opening..] {
        [first, ..] if WH_WORDS.contains(&first.as_str()) => true,
        [first, second, _, ..] => {
            AUXILIARIES.contains(&first.as_str())
                && SUBJECTS.contains(&second.as_str())
                && !(first == "do" && (second == "it" || second == "the"))
        }
        _ => false,
    }
}

/// A message split into normalised words, with its question shape.
struct Message {
    words: Vec<String>,
    question: bool,
}

impl Message {
    fn new(text: &str) -> Message {
        let words = normalise(text);
        let question = text.contains('?') || question_shaped(&words);
        Message { words, question }
    }

    /// Some word has one of these stems (typos forgiven in longer ones).
    fn any(&self, stems: &[&str]) -> bool {
        self.words
            .iter()
            .any(|w| stems.iter().any(|s| stem_match(w, s)))
    }

    /// Some word is exactly one of these.
    fn exact(&self, list: &[&str]) -> bool {
        self.words.iter().any(|w| list.contains(&w.as_str()))
    }

    /// Positions of words with one of these stems.
    fn positions(&self, stems: &[&str]) -> Vec<usize> {
        (0..self.words.len())
            .filter(|&i| stems.iter().any(|s| stem_match(&self.words[i], s)))
            .collect()
    }

    /// The words appear in this order, next to each other.
    fn phrase(&self, phrase: &[&str]) -> bool {
        self.words
            .windows(phrase.len())
            .any(|w| w.iter().zip(phrase).all(|(a, b)| a == b))
    }

    fn is_negator(&self, i: usize) -> bool {
        self.words
            .get(i)
            .is_some_and(|w| NEGATORS.contains(&w.as_str()))
    }

    /// A negator up to three words before `i`, or right after it ("working
    /// not"), or "any more"/"anymore" after it.
    fn negated(&self, i: usize) -> bool {
        let before = (i.saturating_sub(3)..i).any(|j| self.is_negator(j));
        let after = self.is_negator(i + 1)
            || self.words.get(i + 1).is_some_and(|w| w == "anymore")
            || self.words.get(i + 2).is_some_and(|w| w == "more");
        before || after
    }

    fn negated_anywhere(&self) -> bool {
        (0..self.words.len()).any(|i| self.is_negator(i))
    }

    fn human(&self) -> bool {
        const REACH: &[&str] = &[
            "talk", "speak", "contact", "call", "chat", "reach", "connect", "transfer",
        ];
        let told = self.any(&["told", "asked", "said", "shared", "gave", "sent", "leak"]);
        if !told && (self.any(&["escalat"]) || (self.exact(&["support"]) && self.exact(REACH))) {
            return !self.negated_anywhere();
        }
        let at = self.positions(HUMAN);
        if at.is_empty() {
            return false;
        }
        // "no need for a human", "someone else had my key" are not requests.
        if at.iter().any(|&i| self.negated(i)) {
            return false;
        }
        (self.exact(ASK) || self.words.len() <= 3) && !told
    }

    fn cancel(&self) -> bool {
        // "stop" alone is a request; "will that stop working?" is not.
        let stop = self.exact(&["stop"]) && !self.question && self.positions(WORKS).is_empty();
        // "forget it", not "I forgot to copy the URL" (one letter from
        // "forget" to the typo-forgiving stem match).
        let forget = self.words.first().is_some_and(|w| w == "forget")
            || self.phrase(&["forget", "it"])
            || self.phrase(&["forget", "about"])
            || self.phrase(&["forget", "this"]);
        if self.any(&["cancel", "nevermind"])
            || forget
            || self.exact(&["nvm", "abort", "quit"])
            || self.phrase(&["never", "mind"])
            || self.phrase(&["leave", "it"])
            || self.phrase(&["not", "now"])
            || self.phrase(&["no", "longer"])
            || stop
        {
            return true;
        }
        // "I don't have time for this now", "busy right now".
        if (self.exact(&["time"]) && self.negated_anywhere() && !self.question)
            || (self.exact(&["busy"]) && !self.any(WORKS))
        {
            return true;
        }
        // "don't need help anymore"
        if self.any(&["need"]) && self.negated_anywhere() && self.any(&["help", "anymore"]) {
            return true;
        }
        // "I'll do it later", "finish tomorrow", "close it".
        // "I don't want to do this", "I give up", "exit".
        let unwilling =
            (self.exact(&["want", "wanna"]) && self.negated_anywhere() && !self.question)
                || self.phrase(&["give", "up"])
                || self.phrase(&["not", "interested"])
                || (self.exact(&["exit"]) && self.words.len() <= 3);
        if unwilling {
            return true;
        }
        // "I'll do it later" — not "can I do this later?", which asks
        // whether the ticket waits (a question, answered).
        let later = self.exact(&["later", "tomorrow", "tmrw", "tomorow"])
            && (self.any(&["ill", "will", "do", "try", "finish", "continu", "come"])
                || self.words.len() <= 2)
            && !self.question;
        // "close it" — not "what happens if I close this window?".
        let close = self.exact(&["close"])
            && self.exact(&["it", "this", "ticket"])
            && !self.any(WORKS)
            && !self.question
            && !self.exact(&["if", "when", "whether"]);
        later || close
    }

    /// "Can you call me?", "could we do a zoom?", "email me the steps":
    /// support some other way than this chat. Not "the API call fails"
    /// nor "I'm on my phone".
    fn asks_for_a_call(&self) -> bool {
        let reach_me = [
            ["call", "me"],
            ["call", "us"],
            ["phone", "me"],
            ["ring", "me"],
            ["email", "me"],
            ["text", "me"],
            ["by", "phone"],
            ["by", "email"],
            ["phone", "call"],
            ["phone", "number"],
            ["video", "call"],
            ["screen", "share"],
            ["google", "meet"],
        ]
        .iter()
        .any(|p| self.phrase(p));
        let a_call = [
            "get", "hop", "jump", "do", "have", "schedule", "book", "set",
        ]
        .iter()
        .any(|verb| self.phrase(&[verb, "a", "call"]) || self.phrase(&[verb, "on", "a"]))
            && self.exact(&["call", "zoom", "meeting"]);
        // "a quick zoom?", "over skype", "a zoom call" — not "will this
        // affect my zoom integration?".
        const APPS: &[&str] = &["zoom", "skype", "facetime", "teamviewer", "anydesk", "meet"];
        let app = self.words.windows(2).any(|pair| {
            let (before, after) = (pair[0].as_str(), pair[1].as_str());
            (APPS.contains(&after)
                && matches!(before, "a" | "on" | "via" | "over" | "by" | "quick"))
                || (APPS.contains(&before) && matches!(after, "call" | "meeting" | "session"))
        }) || self.exact(&["screenshare"]);
        (reach_me || a_call || app)
            && !self.exact(&[
                "api", "webhook", "endpoint", "callback", "request", "function",
            ])
    }

    /// "Can I do this later?", "is it ok if I finish tomorrow?", "can we
    /// pause this?": asked by someone who means to come back (not "will it
    /// work again tomorrow?", which is when it comes back).
    fn asks_to_wait(&self) -> bool {
        let later = self.exact(&[
            "later",
            "tomorrow",
            "tmrw",
            "tomorow",
            "tonight",
            "afterwards",
            "monday",
            "weekend",
        ]) || self.phrase(&["another", "time"])
            || self.phrase(&["another", "day"])
            || self.phrase(&["next", "week"]);
        let doing = self.exact(&[
            "do", "finish", "continue", "come", "pick", "resume", "complete", "carry", "return",
            "get", "wait", "go", "try",
        ]);
        let someone = self.exact(&["i", "we", "me", "us", "im", "ill"]);
        let pause = self.exact(&["pause"]) && self.words.len() <= 6;
        ((later && doing && (someone || self.exact(&["wait"]))) || pause) && !self.any(WORKS)
    }

    fn back(&self) -> bool {
        if self.exact(&["previous", "prev", "undo"]) {
            return true;
        }
        // "skipped a step", "missed the reset part", "skip the login".
        if self.any(&["skip", "skipp", "miss"])
            && !self.any(&["link"])
            && (self.any(&["step", "part", "reset", "login", "log"]) || self.words.len() <= 3)
        {
            return true;
        }
        if self.phrase(&["step", "before"])
            || self.phrase(&["last", "step"])
            || self.phrase(&["before", "step"])
            || (self.exact(&["return"]) && self.exact(&["step", "before", "previous"]))
        {
            return true;
        }
        // "go back", "back", "one step back" — not "it came back".
        self.exact(&["back"])
            && (self.words.len() <= 2 || self.any(&["go", "step", "take", "can", "please", "pls"]))
            && !self.any(&["came", "come", "comes", "sync", "work", "running", "online"])
    }

    /// The article's questions, asked in words.
    fn topic(&self) -> Option<Topic> {
        let asks = self.question || self.any(&["wonder", "know", "tell"]);
        let key = self.any(&["key", "keys", "token", "api"]);
        let rotate = self.any(&["rotat", "reset", "chang", "renew", "regenerat", "updat"]);
        if self.any(&["developer", "develop", "dev"])
            && (self.negated_anywhere() || self.any(&["missing", "miss"]))
        {
            return Some(Topic::NoDeveloper);
        }
        // "I don't have admin access", "not allowed, no permission": the
        // same answer (ask the account's admin). "It still doesn't work
        // with admin rights" is a status, read below.
        if self.any(&["admin", "administrator", "permission", "rights"])
            && self.negated_anywhere()
            && !self.any(WORKS)
        {
            return Some(Topic::NoDeveloper);
        }
        // "i dont have access to settings, only my boss does": someone
        // else holds the account (not "I can't access the link").
        let account_holder = self.exact(&["boss", "manager", "owner", "admins", "employer"]);
        if (self.exact(&["access"]) && self.negated_anywhere()
            || account_holder && self.exact(&["only"]))
            && !self.any(WORKS)
            && !self.any(&["link", "form", "email", "inbox"])
        {
            return Some(Topic::NoDeveloper);
        }
        // "ok boss gave me admin", "i got access now": nothing is done
        // yet; the step stands, shown again.
        if self.exact(&["gave", "given", "granted", "got", "have", "has"])
            && self.exact(&["admin", "access", "permission", "permissions", "rights"])
            && self.exact(&["me", "i", "ive", "im"])
            && !self.negated_anywhere()
            && !self.question
            // "he gave me access, i'm in settings now" is done.
            && !self.progress()
        {
            return Some(Topic::NextStep);
        }
        let cannot_see = self.any(&["find", "see", "locat"]) && self.negated_anywhere();
        if cannot_see && !self.any(WORKS) {
            return Some(Topic::Where);
        }
        if self.any(&["remov", "delet"]) && self.any(&["message", "msg", "post", "comment"]) {
            return Some(Topic::Removed);
        }
        if self.asks_for_a_call() {
            return Some(Topic::Contact);
        }
        if !asks {
            return None;
        }
        if self.asks_to_wait() {
            return Some(Topic::Later);
        }
        if self.any(&[
            "often", "frequent", "period", "regular", "interval", "schedul", "routine",
        ]) && (key || rotate || self.words.len() <= 6)
        {
            return Some(Topic::RotateOften);
        }
        let names_oauth = self.any(&["keap", "infusionsoft", "stripe", "oauth"])
            || self.phrase(&["other", "integrations"])
            || self.phrase(&["other", "connectors"]);
        if names_oauth
            && (self.any(&["why", "only", "too", "also", "same", "need", "about"])
                || self.any(&["activecampaign"]))
        {
            return Some(Topic::WhyOnlyActiveCampaign);
        }
        // "the old key", "my old api key", "the previous token".
        let old_key = self.words.iter().enumerate().any(|(i, w)| {
            (w == "old" || w == "previous" || w == "current")
                && self.words[i + 1..]
                    .iter()
                    .take(2)
                    .any(|k| k == "key" || k == "token")
        });
        // "the old one will still work?"
        let old_one =
            self.phrase(&["old", "one"]) && self.any(&["work", "valid", "still", "happen"]);
        if old_key || old_one {
            return Some(Topic::OldKey);
        }
        // "can I just paste it here?", "could we send you the key
        // instead?": the writer giving it in the chat, not asking for the
        // link ("can you send the link here?"). Pasting means the key;
        // sending or sharing must name it ("can I send you a screenshot?"
        // is not this). `any` matches stems: "log" covers "logs".
        let paste = self.any(&["paste", "type"]);
        let give_key = self.any(&["send", "post", "give", "share"])
            && self.exact(&["key", "keys", "token", "api", "credentials"]);
        if (paste || give_key)
            && self.exact(&["i", "we", "im"])
            && self.exact(&["here", "chat", "you", "dm", "instead"])
            && !self.any(&["link", "form", "screenshot", "log", "image", "error"])
        {
            return Some(Topic::PasteHere);
        }
        // "is the link safe?", "is this form legit?": not a request for
        // another link. "Secure" counts said of the link ("is it secure?"),
        // not as its name ("can you send the secure link again?").
        let secure_said = self.words.iter().enumerate().any(|(i, w)| {
            stem_match(w, "secur")
                && !self
                    .words
                    .get(i + 1)
                    .is_some_and(|n| matches!(n.as_str(), "link" | "links" | "form"))
        });
        if (secure_said || self.any(SAFE))
            && self.any(&["link", "form", "site", "page", "website", "url"])
            && !self.exact(&["send", "resend", "give", "get", "new", "another", "again"])
        {
            return Some(Topic::LinkSafe);
        }
        if self.any(&["url", "endpoint"]) && !self.any(&["link"]) {
            return Some(Topic::ApiUrl);
        }
        // "why does this keep happening?", "what caused it?", "why did my
        // key stop working?": the cause, asked about. "Why is it still not
        // working?" is a status (read below), and "why does the link
        // expire?" is about the form.
        let cause = self.exact(&["why"]) || self.any(&["caus", "reason"]);
        let recurs = self.any(&["keep", "again", "happen", "recur", "repeated"])
            || (self.exact(&["did", "was"])
                && self.any(&["stop", "break", "broke", "expir", "disconnect", "invalid"]));
        if (self.any(&["caus"]) || (cause && recurs))
            && !self.exact(&["still", "now"])
            && !self.any(&["link", "form", "message", "msg"])
        {
            return Some(Topic::KeepsBreaking);
        }
        let tools = self.any(&[
            "zapier",
            "wordpress",
            "plugin",
            "tools",
            "apps",
            "app",
            "integration",
            "integrations",
            "services",
            "everything",
        ]) || self.exact(&["other", "others", "else"]);
        if tools && (rotate || key || self.any(&["break", "affect", "stop", "impact", "work"])) {
            return Some(Topic::OtherTools);
        }
        let when = self.exact(&["when", "long", "soon", "until", "till", "immediately"]);
        if when
            && self.any(&[
                "back",
                "work",
                "sync",
                "reconnect",
                "connect",
                "run",
                "start",
                "resum",
                "up",
            ])
        {
            return Some(Topic::WhenBack);
        }
        // "where is it?", "how i find the developer?", "how do i
        // reconnect it?": how to do the step at hand.
        // "what do i do now?", "now what", "what's next?".
        if (self.exact(&["what", "whats"])
            && (self.phrase(&["do", "i", "do"])
                || self.phrase(&["should", "i", "do"])
                || self.phrase(&["do", "we", "do"])
                || self.phrase(&["should", "we", "do"])
                || self.phrase(&["to", "do"])
                || self.exact(&["next", "now"])))
            && self.words.len() <= 8
            && !self.any(&["key", "url", "link", "old", "other", "tools"])
        {
            return Some(Topic::NextStep);
        }
        let how_find = self.exact(&["how"])
            && (self.exact(&["find", "reach", "get"])
                || self.any(&["reconnect", "connect", "reset", "regenerat", "authori"]));
        // "which button do i press?", "which option is it?".
        let which_control = self.exact(&["which"])
            && self.any(&["button", "click", "press", "option", "menu", "tab", "icon"]);
        if self.exact(&["where", "wheres"]) || self.any(&["locat"]) || how_find || which_control {
            return Some(Topic::Where);
        }
        None
    }

    /// It works, it is still broken, or I am stuck — or nothing about status.
    /// After "but", the last part decides ("it says connected but nothing
    /// comes through").
    fn status(&self) -> Option<Intent> {
        if let Some(at) = self
            .words
            .iter()
            .rposition(|w| w == "but" || w == "however")
            && at + 1 < self.words.len()
        {
            let tail = Message {
                words: self.words[at + 1..].to_vec(),
                question: self.question,
            };
            if let Some(found) = tail.status_of_whole() {
                return Some(found);
            }
        }
        self.status_of_whole()
    }

    fn status_of_whole(&self) -> Option<Intent> {
        // "working on it" is progress, not a verdict.
        let working_on = self.phrase(&["working", "on"]) || self.phrase(&["work", "on"]);
        // "fix it please" is a request; "fixed" is a verdict.
        let mut works: Vec<usize> = self
            .positions(WORKS)
            .into_iter()
            .filter(|&i| {
                !matches!(self.words[i].as_str(), "fix" | "connect" | "reconnect")
                    || self.negated(i)
            })
            .collect();
        // "looks good now", "all good", "fine again": a verdict too.
        let good = self
            .positions(&["good", "fine", "perfect", "great"])
            .into_iter()
            .filter(|_| self.exact(&["now", "again", "looks", "all", "everything", "seems"]));
        works.extend(good);
        // "its ok now", "all ok", "ok again" (but not "ok, now I'm in").
        let ok_now = [
            ["its", "ok", "now"],
            ["is", "ok", "now"],
            ["all", "ok", "now"],
            ["everything", "ok", "now"],
        ]
        .iter()
        .any(|p| self.phrase(p))
            || self.phrase(&["ok", "again"]);
        if ok_now && let Some(i) = self.words.iter().position(|w| w == "ok") {
            works.push(i);
        }
        let works_negated = works.iter().any(|&i| self.negated(i));
        // "problem solved", "that fixed the error": resolution words win
        // over the problem they name, unless it is "still" or "same".
        let resolved = self
            .positions(&["fix", "solv", "resolv"])
            .iter()
            .any(|&i| !self.negated(i) && self.words[i] != "fix");
        let broken_words = self.any(BROKEN) && (!resolved || self.any(&["still", "same"]));
        // "maybe it works, not sure": a hedge without a failure is unclear.
        if self.exact(HEDGES) && !broken_words && !self.any(&["same", "still"]) {
            return None;
        }
        let broken = broken_words
            || self.phrase(&["bad", "request"])
            || self.phrase(&["no", "difference"])
            || self.phrase(&["no", "change"])
            || self.phrase(&["no", "luck"])
            || self.any(&["same"])
            || (self.exact(&["nothing"]) && !self.any(&["else"]))
            || self.phrase(&["didnt", "help"])
            || self.phrase(&["not", "help"]);
        let still = self.exact(&["still", "stil", "sill"]) && !self.any(&["wait"]);
        let still_not = still && self.negated_anywhere();
        if !working_on && (works_negated || broken || still_not || (still && works.is_empty())) {
            let didnt_help = self.phrase(&["didnt", "help"]) || self.phrase(&["not", "help"]);
            if self.any(STUCK) && !self.any(&["same", "still"]) && works.is_empty() && !didnt_help {
                return Some(Intent::Stuck);
            }
            // "the reset button doesn't work": a step that won't go, not
            // the sync still failing after the steps.
            let step_thing = self.any(&[
                "button", "page", "menu", "screen", "option", "login", "click", "password",
            ]);
            let sync_thing = self.any(&[
                "sync",
                "integration",
                "contact",
                "customerhub",
                "connector",
                "403",
                "401",
            ]);
            if step_thing && !sync_thing && !self.any(&["same", "still"]) {
                return Some(Intent::Stuck);
            }
            return Some(Intent::StillBroken);
        }
        if !works.is_empty() && !working_on && !self.question && !self.exact(HEDGES) {
            return Some(Intent::WorksNow);
        }
        if self.any(STUCK) && !self.any(THANKS) {
            return Some(Intent::Stuck);
        }
        if (self.phrase(&["cant", "log"]) || self.phrase(&["cannot", "log"])) && !self.question {
            return Some(Intent::Stuck);
        }
        None
    }

    fn link(&self) -> bool {
        self.any(&["link", "form"])
            && !self.any(&["used", "submit", "filled", "entered", "pasted", "put"])
    }

    /// A button or page that cannot be used: "the reset button is greyed
    /// out", "I can't click reset", "nothing happens when I click" (stuck,
    /// not done, though "reset" is named). "I disabled the old zap" is not.
    fn blocked(&self) -> bool {
        let disabled = self.words.iter().enumerate().any(|(i, w)| {
            ["grey", "gray", "disabl", "unclickabl"]
                .iter()
                .any(|s| stem_match(w, s))
                && !(i > 0 && matches!(self.words[i - 1].as_str(), "i" | "we"))
        });
        let cannot_click = self.exact(&["click", "press", "tap", "clicking", "pressing"])
            && self.negated_anywhere();
        // "nothing happens" about a button, not about the sync ("i did the
        // steps but nothing happens" is still broken).
        let inert = (self.phrase(&["nothing", "happens"])
            || self.phrase(&["doesnt", "do", "anything"])
            || self.phrase(&["does", "nothing"]))
            && self.any(&["click", "press", "tap", "button"]);
        (disabled || cannot_click || inert) && self.positions(WORKS).is_empty()
    }

    /// "done", "I'm in the settings now", "I have make the reset".
    fn progress(&self) -> bool {
        let at = self.positions(PROGRESS);
        // "clicked reset but no new one was generated": mixed, not progress.
        if at.iter().any(|&i| self.negated(i)) {
            return false;
        }
        // "I already do it": the tense is wrong, the meaning is "done".
        let already = self.exact(&["already", "allready", "alredy"]) && !self.negated_anywhere();
        let done = already
            || at.iter().any(|&i| !self.negated(i))
            || self.exact(&["ready", "rdy", "dne", "doen", "donee", "fin"]);
        // "I'm in", "on the developer page now", "in settings".
        // "I see the developer section", "have it", "got them both".
        let place_word = self.any(&["setting", "developer", "page", "section", "menu", "tab"]);
        let see = self.any(&["see", "found"]) && place_word && !self.negated_anywhere();
        // "ok i go to settings", "went to developer".
        let went =
            self.exact(&["go", "went", "gone", "goes"]) && place_word && !self.negated_anywhere();
        let have = went
            || self.exact(&["have", "got"])
                && self.exact(&["it", "them", "both", "key", "keys", "url"])
                && self.words.len() <= 8
                && !self.negated_anywhere();
        if (see || have) && !self.question {
            return true;
        }
        let place = (self.exact(&["im", "in", "on", "inside"]) || self.phrase(&["i", "am"]))
            && self.any(&[
                "in",
                "settings",
                "setting",
                "developer",
                "page",
                "there",
                "now",
            ])
            && !self.negated_anywhere()
            // Short, or ending on "now" ("ok he gave me access, i'm in
            // settings now").
            && (self.words.len() <= 8
                || (self.words.len() <= 14 && self.words.last().is_some_and(|w| w == "now")));
        (done || place) && !self.question
    }
}

/// The integrations a message names, in order, without repeats.
pub fn named_integrations(text: &str) -> Vec<Integration> {
    let mut found = Vec::new();
    for word in normalise(text) {
        if let Some(i) = integration(std::slice::from_ref(&word))
            && i != Integration::Other
            && !found.contains(&i)
        {
            found.push(i);
        }
    }
    // "Active Campaign" as two words.
    if !found.contains(&Integration::ActiveCampaign)
        && normalise(text).concat().contains("activecampaign")
    {
        found.push(Integration::ActiveCampaign);
    }
    found
}

/// With several integrations named, the one described as failing ("keap is
/// fine but activecampaign stopped syncing"): each clause that names one
/// integration is read on its own. `None` when no single one is failing.
pub fn failing_integration(text: &str) -> Option<Integration> {
    let lower = text.to_lowercase();
    let words = normalise(&lower);
    // "both are broken", "neither works": no single one to pick.
    if words
        .iter()
        .any(|w| w == "both" || w == "neither" || w == "all")
    {
        return None;
    }
    let mut failing: Vec<Integration> = Vec::new();
    for clause in lower.split([',', '.', ';', '!', '?', '\n']).flat_map(|c| {
        c.split(" but ")
            .flat_map(|c| c.split(" while "))
            .flat_map(|c| c.split(" though "))
            .flat_map(|c| c.split(" and "))
            .flat_map(|c| c.split(" whereas "))
    }) {
        let named = named_integrations(clause);
        let [one] = named.as_slice() else { continue };
        if matches!(parse(clause), Intent::StillBroken | Intent::Stuck) && !failing.contains(one) {
            failing.push(*one);
        }
    }
    match failing.as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

fn integration(w: &[String]) -> Option<Integration> {
    let joined: String = w.concat();
    if w.iter().any(|x| similar(x, "activecampaign"))
        || joined.contains("activecampaign")
        // "AC" on its own or in a short answer ("its AC"), not inside chatter.
        || (w.len() <= 4 && w.iter().any(|x| x == "ac"))
    {
        return Some(Integration::ActiveCampaign);
    }
    if w.iter()
        .any(|x| similar(x, "keap") || similar(x, "infusionsoft"))
    {
        return Some(Integration::Keap);
    }
    if w.iter().any(|x| similar(x, "stripe")) {
        return Some(Integration::Stripe);
    }
    if joined.contains("somethingelse")
        || (w.len() == 1 && w[0] == "other")
        || w.iter().any(|x| x == "another")
    {
        return Some(Integration::Other);
    }
    None
}
