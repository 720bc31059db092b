//! Golden transcripts: `tests/golden/*.txt` hold one conversation branch
//! each, customer lines in and bot lines out, readable as documentation.
//!
//! Each test reads its file's input lines (`> message`, `[press] Label`,
//! `[form] valid key`, `[wait] 2h`, `[staff] take sam`, `[ticket]`, and `#`
//! comments), replays them against a fresh app (fresh SQLite, a manual
//! clock, the fake ActiveCampaign, the real secure form over HTTP), renders
//! everything the bot did in order and compares the result with the file.
//! `REKEY_UPDATE_GOLDEN=1 cargo test --test it golden` rewrites the files
//! instead, for when prompts change on purpose.
//!
//! Output lines: `bot: ...` (said in the ticket's conversation),
//! `bot (private): ...` (only the customer sees it), `bot (link): ...` (the
//! secure link, delivered privately), `buttons: [..]`, `triage: ...` (the
//! staff feed), `page: ...` (the form page after `[form]`), `ticket: ...`,
//! `(message deleted)`, `(private thread opened)` and
//! `(the bot says nothing)`. Continuation lines are indented.
//!
//! What varies between runs is normalised: secure links read
//! `<secure link>`, local addresses `<rekey>` and `<activecampaign>`.
//! Ticket ids and fingerprints are stable (fresh database, fixed keys).

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use async_trait::async_trait;
use rekey::activecampaign::demo;
use rekey::app::{App, Overrides};
use rekey::bot::{Bot, ButtonOut, Customer, Inbound, Outgoing, Transport};
use rekey::clock::ManualClock;
use rekey::conversation::Event;
use rekey::domain::{Channel, TicketId, Timestamp};
use rekey::store::Ticket;

use crate::support::app::{config_for, csrf_of};
use crate::support::fake_activecampaign::{FakeActiveCampaign, keys};
use crate::support::{TestDb, logs};

/// Set to anything but `0` to rewrite the transcripts instead of checking them.
const UPDATE_VAR: &str = "REKEY_UPDATE_GOLDEN";

/// Monday 2 March 2026, 09:00 UTC: every transcript starts then.
const START_MS: i64 = 1_772_442_000_000;

/// A well-shaped key the fake ActiveCampaign does not know: it answers 403
/// like it does for a key from before a reset.
const OLD_KEY: &str = "fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210fedcba98";

/// The one customer of every transcript.
const CUSTOMER: &str = "Ada";

/// Declares one test per transcript file, plus the list the completeness
/// test checks the folder against.
macro_rules! transcripts {
    ($($name:ident),* $(,)?) => {
        const TRANSCRIPTS: &[&str] = &[$(stringify!($name)),*];
        $(
            #[tokio::test]
            async fn $name() {
                check(stringify!($name)).await;
            }
        )*
    };
}

transcripts!(
    activecampaign_happy_path,
    borderline_yes_opens_a_ticket,
    borderline_no_says_nothing_more,
    chatter_gets_no_reply,
    unknown_integration_is_asked,
    keap_gets_oauth_guidance_then_a_human,
    stripe_gets_oauth_guidance,
    something_else_is_out_of_scope,
    stuck_checklist_handoff_and_hand_back,
    key_rejected_explains_and_shows_the_checklist,
    leaked_key_is_deleted_and_rotated,
    rotation_request_without_a_problem,
    free_text_at_each_step,
    second_complaint_joins_the_open_ticket,
    manual_customerhub_path,
    inactivity_reminds_once_then_closes,
    too_many_failed_attempts_lock_the_link,
    unused_link_expires_and_a_new_one_is_offered,
    still_broken_twice_reaches_a_person,
    customer_cancels,
    back_a_step,
    article_questions_are_answered,
    out_of_article_question_offers_a_person,
    support_asked_to_rotate,
    stale_buttons_never_move_the_conversation,
    two_integrations_pick_the_failing_one,
    two_integrations_unclear_asks,
    unclear_replies_never_close_the_ticket,
    key_words_without_api_context_are_ignored,
    demo_mode_finishes_with_the_demo_key,
    returning_customer_is_linked_to_yesterdays_ticket,
    article_questions_before_any_ticket,
    exposure_described_in_words,
    // Customers in their own language (issue 15).
    de_activecampaign_happy_path,
    de_still_broken_reaches_a_person,
    de_pasted_key_is_deleted_and_rotated,
    es_activecampaign_happy_path,
    es_still_broken_reaches_a_person,
    es_pasted_key_is_deleted_and_rotated,
    fr_activecampaign_happy_path,
    fr_still_broken_reaches_a_person,
    fr_pasted_key_is_deleted_and_rotated,
    pt_activecampaign_happy_path,
    pt_still_broken_reaches_a_person,
    pt_pasted_key_is_deleted_and_rotated,
    it_activecampaign_happy_path,
    it_still_broken_reaches_a_person,
    it_pasted_key_is_deleted_and_rotated,
);

#[test]
fn every_transcript_file_has_a_test() {
    let mut files: Vec<String> = std::fs::read_dir(golden_dir())
        .expect("tests/golden exists")
        .filter_map(|e| {
            let path = e.ok()?.path();
            (path.extension()? == "txt").then(|| path.file_stem()?.to_str().map(str::to_owned))?
        })
        .collect();
    files.sort();
    let mut declared: Vec<String> = TRANSCRIPTS.iter().map(|s| (*s).to_owned()).collect();
    declared.sort();
    assert_eq!(
        files, declared,
        "add every tests/golden/*.txt to the transcripts! list in tests/it/golden.rs"
    );
}

#[test]
fn transcript_lines_parse_into_inputs_comments_and_skipped_output() {
    let text = "# branch\n\n> hello\nbot: hi\n    more\nbuttons: [Done]\n[press] Done\n[wait] 2h\n";
    let lines = parse(text);
    let kinds: Vec<&str> = lines
        .iter()
        .map(|l| match l {
            Line::Blank => "blank",
            Line::Comment(_) => "comment",
            Line::Input(Input::Say(_)) => "say",
            Line::Input(Input::Press(_)) => "press",
            Line::Input(Input::Wait(_)) => "wait",
            Line::Input(_) => "other",
        })
        .collect();
    assert_eq!(kinds, ["comment", "blank", "say", "press", "wait"]);
}

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden")
}

/// Replays one transcript and compares (or, in update mode, rewrites) it.
async fn check(name: &str) {
    let path = golden_dir().join(format!("{name}.txt"));
    let old = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    // `demo_*` transcripts run in demo mode (the sandbox verifier).
    let new = replay(&parse(&old), name.starts_with("demo")).await;
    if old == new {
        return;
    }
    if std::env::var(UPDATE_VAR).is_ok_and(|v| !v.is_empty() && v != "0") {
        std::fs::write(&path, &new)
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
        eprintln!("updated {}", path.display());
        return;
    }
    panic!(
        "the transcript {} differs from what the bot does now \
         (- file, + bot). If the change is intended, run \
         `{UPDATE_VAR}=1 cargo test --test it golden` and review the diff.\n\n{}",
        path.display(),
        diff(&old, &new)
    );
}

// ----- the file format ------------------------------------------------------

/// One line of a transcript that matters for replaying it. Output lines
/// (`bot: ...`, `buttons: ...`, ...) are skipped: they are regenerated.
#[derive(Debug, Clone, PartialEq)]
enum Line {
    Blank,
    Comment(String),
    Input(Input),
}

#[derive(Debug, Clone, PartialEq)]
enum Input {
    /// `> text`: the customer writes.
    Say(String),
    /// `[press] Label`: the customer presses the button with that label.
    Press(String),
    /// `[press earlier] Label`: presses that label on an older message
    /// (the first one shown), as customers do scrolling back.
    PressEarlier(String),
    /// `[form] valid key`: the customer opens the secure link and submits.
    Form(String),
    /// `[wait] 2h`: time passes; due timers run.
    Wait(String),
    /// `[staff] take sam`, `[staff] return`, `[staff] close`.
    Staff(String),
    /// `[ticket]`: shows the ticket's record (status, resolved, flags).
    Ticket,
}

impl Input {
    /// The line as written in the file.
    fn line(&self) -> String {
        match self {
            Input::Say(t) => format!("> {t}"),
            Input::Press(t) => format!("[press] {t}"),
            Input::PressEarlier(t) => format!("[press earlier] {t}"),
            Input::Form(t) => format!("[form] {t}"),
            Input::Wait(t) => format!("[wait] {t}"),
            Input::Staff(t) => format!("[staff] {t}"),
            Input::Ticket => "[ticket]".to_owned(),
        }
    }
}

fn parse(text: &str) -> Vec<Line> {
    text.lines()
        .filter_map(|raw| {
            let line = raw.trim_end();
            if line.is_empty() {
                return Some(Line::Blank);
            }
            if line.starts_with('#') {
                return Some(Line::Comment(line.to_owned()));
            }
            if let Some(text) = line.strip_prefix('>') {
                return Some(Line::Input(Input::Say(text.trim().to_owned())));
            }
            if !line.starts_with('[') {
                return None; // bot output: regenerated
            }
            let (tag, arg) = match line.split_once(']') {
                Some((tag, arg)) => (&tag[1..], arg.trim().to_owned()),
                None => panic!("unreadable transcript line {line:?}"),
            };
            Some(Line::Input(match tag {
                "press" => Input::Press(arg),
                "press earlier" => Input::PressEarlier(arg),
                "form" => Input::Form(arg),
                "wait" => Input::Wait(arg),
                "staff" => Input::Staff(arg),
                "ticket" => Input::Ticket,
                other => panic!(
                    "unknown input [{other}] in {line:?}; known: > [press] [form] [wait] [staff] [ticket]"
                ),
            }))
        })
        .collect()
}

/// Builds the transcript text: comments and inputs as written, each input
/// followed by what it caused, a blank line between turns.
struct Writer {
    lines: Vec<String>,
    last_was_output: bool,
}

impl Writer {
    fn blank(&mut self) {
        if self.lines.last().is_some_and(|l| !l.is_empty()) {
            self.lines.push(String::new());
        }
        self.last_was_output = false;
    }

    fn source(&mut self, line: String) {
        if self.last_was_output {
            self.blank();
        }
        self.lines.push(line);
        self.last_was_output = false;
    }

    fn output(&mut self, lines: Vec<String>) {
        self.lines.extend(lines);
        self.last_was_output = true;
    }

    fn finish(mut self) -> String {
        while self.lines.last().is_some_and(String::is_empty) {
            self.lines.pop();
        }
        let mut text = self.lines.join("\n");
        text.push('\n');
        text
    }
}

async fn replay(lines: &[Line], demo: bool) -> String {
    let mut session = Session::start(demo).await;
    let mut w = Writer {
        lines: Vec::new(),
        last_was_output: false,
    };
    for line in lines {
        match line {
            Line::Blank => w.blank(),
            Line::Comment(c) => w.source(c.clone()),
            Line::Input(input) => {
                w.source(input.line());
                let mut out = session.run(input).await;
                if out.is_empty() {
                    out.push("(the bot says nothing)".to_owned());
                }
                w.output(out);
            }
        }
    }
    w.finish()
}

// ----- the running app ------------------------------------------------------

/// Everything the bot sends, in order: replies to the customer's own
/// messages and presses, and what the transport delivers for the form,
/// timers and staff.
#[derive(Default)]
struct Feed(Mutex<Vec<(Option<TicketId>, Outgoing)>>);

#[async_trait]
impl Transport for Feed {
    async fn deliver(&self, ticket: &Ticket, outgoing: Vec<Outgoing>) -> anyhow::Result<()> {
        let mut feed = self.0.lock().unwrap();
        feed.extend(outgoing.into_iter().map(|o| (Some(ticket.id), o)));
        Ok(())
    }
}

struct Session {
    bot: Arc<Bot>,
    clock: ManualClock,
    fake: FakeActiveCampaign,
    http: reqwest::Client,
    feed: Arc<Feed>,
    customer: Customer,
    base: String,
    messages: u64,
    /// The latest secure link sent to the customer.
    link: Option<String>,
    /// Every set of buttons shown so far, newest last.
    buttons: Vec<Vec<ButtonOut>>,
    /// The customer's latest ticket.
    ticket: Option<TicketId>,
    server: tokio::task::JoinHandle<()>,
    /// Demo mode: the form goes to the sandbox verifier.
    demo: bool,
    _db: TestDb,
}

impl Drop for Session {
    fn drop(&mut self) {
        self.server.abort();
    }
}

impl Session {
    /// A fresh database and app serving the web routes on its own port.
    /// The background job worker is deliberately not started: timers run
    /// only on `[wait]`, so their replies land in a fixed place.
    async fn start(demo: bool) -> Session {
        logs::capture();
        let db = TestDb::sqlite().await;
        let fake = FakeActiveCampaign::start().await;
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind the golden app");
        let base = format!("http://{}", listener.local_addr().unwrap());
        let mut config = config_for(&db.url);
        config.public_url = Some(base.clone());
        config.activecampaign.demo = demo;
        let clock = ManualClock::starting_at(Timestamp(START_MS));
        let app = App::build_with(
            config,
            Overrides {
                clock: Some(Arc::new(clock.clone())),
                ..Overrides::default()
            },
        )
        .await
        .expect("app builds");
        let state = app.state().clone();
        drop(app);
        let bot = state.bot.clone();
        let feed = Arc::new(Feed::default());
        bot.register_transport(Channel::Shell, feed.clone());
        let router = rekey::web::router(state);
        let server = tokio::spawn(async move {
            axum::serve(
                listener,
                router.into_make_service_with_connect_info::<SocketAddr>(),
            )
            .await
            .expect("golden app serves");
        });
        let http = crate::support::app::http_client();
        Session {
            bot,
            clock,
            fake,
            http,
            feed,
            customer: Customer {
                channel: Channel::Shell,
                customer_ref: format!("shell:{}", CUSTOMER.to_lowercase()),
                name: CUSTOMER.to_owned(),
            },
            base,
            messages: 0,
            link: None,
            buttons: Vec::new(),
            ticket: None,
            server,
            demo,
            _db: db,
        }
    }

    /// Carries out one input and returns the rendered output lines.
    async fn run(&mut self, input: &Input) -> Vec<String> {
        let mut extra = Vec::new();
        match input {
            Input::Say(text) => {
                self.messages += 1;
                let result = self
                    .bot
                    .message(Inbound {
                        customer: self.customer.clone(),
                        place_ref: Some("shell".into()),
                        message_id: format!("m{}", self.messages),
                        text: text.clone(),
                    })
                    .await;
                self.take_reply(result, &mut extra);
            }
            Input::Press(label) | Input::PressEarlier(label) => {
                let id = if matches!(input, Input::PressEarlier(_)) {
                    self.earliest_button(label)
                } else {
                    self.button(label)
                };
                let result = self
                    .bot
                    .button(self.customer.clone(), Some("shell".into()), &id)
                    .await;
                self.take_reply(result, &mut extra);
            }
            Input::Form(what) => extra = self.submit_form(what).await,
            Input::Wait(span) => {
                let d = humantime::parse_duration(span)
                    .unwrap_or_else(|e| panic!("[wait] {span}: {e}"));
                self.clock.advance(d);
                self.bot.run_due_jobs().await.expect("due jobs run");
            }
            Input::Staff(what) => {
                let id = self.ticket.expect("[staff] before any ticket exists");
                let (event, actor) = match what.split_whitespace().collect::<Vec<_>>()[..] {
                    ["take", staff] => (
                        Event::StaffHandOff {
                            staff: staff.to_owned(),
                        },
                        format!("staff:{staff}"),
                    ),
                    ["return"] => (Event::StaffHandBack, "staff".to_owned()),
                    ["close"] => (Event::StaffClose, "staff".to_owned()),
                    _ => panic!("unknown [staff] {what}; known: take NAME, return, close"),
                };
                self.bot
                    .ticket_event_delivered(id, &event, &actor)
                    .await
                    .expect("staff event applies");
            }
            Input::Ticket => extra.push(self.ticket_line().await),
        }
        let fed: Vec<(Option<TicketId>, Outgoing)> =
            std::mem::take(&mut *self.feed.0.lock().unwrap());
        let mut out = Vec::new();
        for (ticket, item) in fed {
            if ticket.is_some() {
                self.ticket = ticket;
            }
            out.extend(self.render(&item));
        }
        out.extend(extra);
        out
    }

    /// Puts a reply to the customer into the feed, so it is rendered in
    /// order with anything delivered during the same call.
    fn take_reply(
        &self,
        result: Result<rekey::bot::Reply, rekey::bot::BotError>,
        errors: &mut Vec<String>,
    ) {
        match result {
            Ok(reply) => {
                let id = reply.ticket.as_ref().map(|t| t.id);
                let mut feed = self.feed.0.lock().unwrap();
                feed.extend(reply.outgoing.into_iter().map(|o| (id, o)));
            }
            Err(e) => errors.push(format!("error: {e}")),
        }
    }

    /// The id of the first button ever shown with this label.
    fn earliest_button(&self, label: &str) -> String {
        self.buttons
            .iter()
            .flat_map(|set| set.iter())
            .find(|b| b.label.eq_ignore_ascii_case(label))
            .map(|b| b.id.clone())
            .unwrap_or_else(|| panic!("[press earlier] {label}: no such button was shown"))
    }

    /// The id of the newest button with this label.
    fn button(&self, label: &str) -> String {
        self.buttons
            .iter()
            .rev()
            .flat_map(|set| set.iter())
            .find(|b| b.label.eq_ignore_ascii_case(label))
            .map(|b| b.id.clone())
            .unwrap_or_else(|| {
                let shown: Vec<&str> = self
                    .buttons
                    .last()
                    .map_or(vec![], |set| set.iter().map(|b| b.label.as_str()).collect());
                panic!("[press] {label}: no such button was shown (latest: {shown:?})")
            })
    }

    /// The key that makes the fake ActiveCampaign answer as named.
    fn fake_key(&self, what: &str) -> &'static str {
        match what {
            "valid key" => keys::VALID,
            "key rejected" => OLD_KEY,
            "no permission" => keys::NO_PERMISSION,
            "billing problem" => keys::BILLING,
            "rate limited" => keys::BUSY,
            "unavailable" => keys::UNAVAILABLE,
            "wrong url" => keys::HTML_NOT_FOUND,
            other => panic!(
                "unknown [form] {other}; known: valid key, key rejected, no permission, \
                 billing problem, rate limited, unavailable, wrong url"
            ),
        }
    }

    /// Opens the latest secure link, submits the form with the URL of the
    /// fake ActiveCampaign and a key that makes it answer as named, and
    /// describes the page the customer sees.
    async fn submit_form(&mut self, what: &str) -> Vec<String> {
        let (api_url, key) = if self.demo {
            // The sandbox verifier knows one account and one key.
            let key = match what {
                "valid key" => demo::DEMO_KEY,
                "key rejected" => OLD_KEY,
                other => panic!("unknown demo [form] {other}; known: valid key, key rejected"),
            };
            (demo::DEMO_URL.to_owned(), key)
        } else {
            (self.fake.base_url(), self.fake_key(what))
        };
        let url = self
            .link
            .clone()
            .expect("[form] before any secure link was sent");
        let page = self
            .http
            .get(&url)
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        let Some(csrf) = csrf_of(&page) else {
            return vec![format!("page: {}", page_summary(&page))];
        };
        let page = self
            .http
            .post(&url)
            .form(&[
                ("csrf", csrf.as_str()),
                ("api_url", api_url.as_str()),
                ("api_key", key),
            ])
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        vec![format!("page: {}", page_summary(&page))]
    }

    async fn ticket_line(&self) -> String {
        let Some(id) = self.ticket else {
            return "ticket: none".to_owned();
        };
        let t = self
            .bot
            .store()
            .ticket(id)
            .await
            .unwrap()
            .expect("the ticket exists");
        let mut line = format!(
            "ticket: {} status={} resolved={}",
            t.id,
            t.status.as_str(),
            if t.resolved { "yes" } else { "no" }
        );
        if t.exposed {
            line.push_str(" exposed=yes");
        }
        if let Some(a) = &t.assignee {
            line.push_str(&format!(" assignee={a}"));
        }
        if let Some(c) = &t.error_class {
            line.push_str(&format!(" error={c}"));
        }
        line
    }

    /// Renders one outgoing item as transcript lines.
    fn render(&mut self, item: &Outgoing) -> Vec<String> {
        let (prefix, text, buttons) = match item {
            Outgoing::Say { text, buttons } => ("bot:", text.clone(), buttons.clone()),
            Outgoing::Private { text, buttons } => {
                ("bot (private):", text.clone(), buttons.clone())
            }
            Outgoing::Link { text, url } => {
                self.link = Some(url.clone());
                ("bot (link):", text.replace(url, "<secure link>"), vec![])
            }
            Outgoing::Staff { text } => ("triage:", text.clone(), vec![]),
            Outgoing::Delete { .. } => return vec!["(message deleted)".to_owned()],
            Outgoing::OpenPlace => return vec!["(private thread opened)".to_owned()],
        };
        let text = self.normalise(&text);
        let mut lines = Vec::new();
        for (i, line) in text.lines().filter(|l| !l.trim().is_empty()).enumerate() {
            if i == 0 {
                lines.push(format!("{prefix} {}", line.trim_end()));
            } else {
                lines.push(format!("    {}", line.trim_end()));
            }
        }
        if !buttons.is_empty() {
            let labels: Vec<String> = buttons.iter().map(|b| format!("[{}]", b.label)).collect();
            lines.push(format!("buttons: {}", labels.join(" ")));
            self.buttons.push(buttons);
        }
        lines
    }

    /// Replaces what differs between runs (addresses, link tokens).
    fn normalise(&self, text: &str) -> String {
        let mut text = text.replace(&self.fake.base_url(), "<activecampaign>");
        if let Some(i) = text.find(&format!("{}/l/", self.base)) {
            let end = text[i..]
                .find(char::is_whitespace)
                .map_or(text.len(), |n| i + n);
            text.replace_range(i..end, "<secure link>");
        }
        text.replace(&self.base, "<rekey>")
    }
}

/// The form page as one line: its heading, then its error box or else the
/// first paragraph under the heading.
fn page_summary(html: &str) -> String {
    let heading = between(html, "<h1>", "</h1>").map(strip_tags);
    let alert = html.find("role=\"alert\"").and_then(|i| {
        let rest = &html[i..];
        Some(strip_tags(between(rest, ">", "</div>")?))
    });
    let message = alert.or_else(|| {
        let after = &html[html.find("</h1>")?..];
        let para = &after[after.find("<p")?..];
        Some(strip_tags(between(para, ">", "</p>")?))
    });
    let summary = match (heading, message) {
        (Some(h), Some(m)) => format!("{h} — {m}"),
        (Some(h), None) => h,
        (None, Some(m)) => m,
        (None, None) => "(no heading)".to_owned(),
    };
    // Demo mode marks every page.
    if html.contains("class=\"demo-banner\"") {
        format!("[DEMO] {summary}")
    } else {
        summary
    }
}

fn between<'a>(s: &'a str, open: &str, close: &str) -> Option<&'a str> {
    let start = s.find(open)? + open.len();
    let end = start + s[start..].find(close)?;
    Some(&s[start..end])
}

/// Text without tags, entities decoded, whitespace collapsed.
fn strip_tags(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                text.push(' ');
            }
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    let text = text
        .replace("&gt;", ">")
        .replace("&lt;", "<")
        .replace("&quot;", "\"")
        .replace("&#34;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&amp;", "&");
    let words: Vec<&str> = text.split_whitespace().collect();
    words
        .join(" ")
        .replace(" .", ".")
        .replace(" ,", ",")
        .replace(" )", ")")
}

// ----- diff -----------------------------------------------------------------

/// A line diff (longest common subsequence) with two lines of context.
fn diff(old: &str, new: &str) -> String {
    let a: Vec<&str> = old.lines().collect();
    let b: Vec<&str> = new.lines().collect();
    let (n, m) = (a.len(), b.len());
    let mut lcs = vec![vec![0usize; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let mut ops: Vec<(char, &str)> = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < n || j < m {
        if i < n && j < m && a[i] == b[j] {
            ops.push((' ', a[i]));
            i += 1;
            j += 1;
        } else if i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1]) {
            ops.push(('-', a[i]));
            i += 1;
        } else {
            ops.push(('+', b[j]));
            j += 1;
        }
    }
    const CONTEXT: usize = 2;
    let changed: Vec<usize> = (0..ops.len()).filter(|&k| ops[k].0 != ' ').collect();
    let mut out = String::new();
    let mut last_shown: Option<usize> = None;
    for (k, (sign, line)) in ops.iter().enumerate() {
        let near = changed.iter().any(|&c| c.abs_diff(k) <= CONTEXT);
        if !near {
            continue;
        }
        if last_shown.is_some_and(|l| l + 1 != k) {
            out.push_str("   ...\n");
        }
        out.push_str(&format!("{sign}  {line}\n"));
        last_shown = Some(k);
    }
    out
}

#[test]
fn the_diff_shows_changed_lines_with_context() {
    let d = diff("a\nb\nc\nd\ne\nf\ng\n", "a\nb\nc\nD\ne\nf\ng\n");
    assert_eq!(d, "   b\n   c\n-  d\n+  D\n   e\n   f\n");
}
