//! Every sentence the bot says, as data: one markdown file per message id
//! under `prompts/`, with named placeholders such as `{ticket_id}`.
//!
//! The list of ids lives in one macro call below, which also embeds each file
//! with `include_str!` (so the binary works with no `prompts/` folder next to
//! it) and declares which placeholders each prompt may use. Loading from disk
//! (for editing words without a rebuild) runs the same checks, and fails fast
//! with an error naming the file.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::domain::Locale;

mod locales;
pub use locales::TRANSLATED;

/// Declares the prompt ids, their file names and their allowed placeholders
/// in one place, so the enum, the embedded files and the checks cannot drift.
macro_rules! prompts {
    ($( $variant:ident => $file:literal [$($var:literal),*] ),* $(,)?) => {
        /// A message the bot can say; each id is one file `prompts/<name>.md`.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum PromptId { $($variant),* }

        impl PromptId {
            /// Every prompt id, in declaration order.
            pub const ALL: &'static [PromptId] = &[$(PromptId::$variant),*];

            /// The file stem under `prompts/` (also the id in logs and timelines).
            pub fn name(self) -> &'static str {
                match self { $(PromptId::$variant => $file),* }
            }

            /// The placeholders this prompt may use; the engine passes exactly
            /// these (the adapter adds `link` for [`PromptId::LinkPrivate`]).
            pub fn placeholders(self) -> &'static [&'static str] {
                match self { $(PromptId::$variant => &[$($var),*]),* }
            }
        }

        /// The prompt files compiled into the binary.
        static BUILTIN: &[(PromptId, &str)] = &[
            $((PromptId::$variant, include_str!(concat!("../prompts/", $file, ".md")))),*
        ];
    };
}

prompts! {
    NotYourTicket => "not_your_ticket" [],
    LinkButtonOnly => "link_button_only" [],
    StaffOnly => "staff_only" [],
    StaffNoTicket => "staff_no_ticket" ["ticket_id"],
    StaffNoTickets => "staff_no_tickets" [],
    StaffTicketRow => "staff_ticket_row" ["ticket_id", "status", "integration", "customer", "step"],
    StaffTicketSummary => "staff_ticket_summary" ["ticket_id", "status", "integration", "customer", "step", "details"],
    StaffTicketLastError => "staff_ticket_last_error" ["class"],
    StaffTicketExposed => "staff_ticket_exposed" [],
    StaffTicketTimelineRow => "staff_ticket_timeline_row" ["at", "kind", "actor"],
    StaffDone => "staff_done" ["ticket_id", "status"],
    StaffLinksRevoked => "staff_links_revoked" ["ticket_id", "count"],
    StaffNewTicket => "staff_new_ticket" ["ticket_id", "customer", "integration", "status", "exposed"],
    StaffHandoff => "staff_handoff" ["ticket_id", "customer", "reason", "status"],
    StaffLeakedKey => "staff_leaked_key" ["ticket_id", "customer", "fingerprints", "status"],
    StaffReconnected => "staff_reconnected" ["ticket_id", "customer", "user", "fingerprint", "status"],
    StaffDeleteFailed => "staff_delete_failed" ["ticket_id", "customer", "status", "fingerprints", "message_link", "reason"],
    LeakRemovedWarning => "leak_removed_warning" ["customer", "fingerprint"],
    LeakNotRemovedWarning => "leak_not_removed_warning" ["customer", "fingerprint", "message_link", "reason"],
    StaffPostLost => "staff_post_lost" ["ticket_id", "customer", "status", "attempts", "excerpt"],
    StaffTriageThread => "staff_triage_thread" ["thread"],
    StaffLanguageNote => "staff_language_note" ["language"],
    CommandFailed => "command_failed" [],
    BotFailed => "bot_failed" [],
    StaffHandoffReasonCustomerAsked => "staff_handoff_reason_customer_asked" [],
    StaffHandoffReasonStillStuck => "staff_handoff_reason_still_stuck" [],
    StaffHandoffReasonStripeKeyLeaked => "staff_handoff_reason_stripe_key_leaked" [],
    StaffHandoffReasonBrokenAfterReconnect => "staff_handoff_reason_broken_after_reconnect" [],
    StaffReplyEmpty => "staff_reply_empty" [],
    StaffReplyTooLong => "staff_reply_too_long" ["max"],
    StaffTicketClosed => "staff_ticket_closed" ["ticket_id"],
    DeleteReasonPermission => "delete_reason_permission" [],
    DeleteReasonDm => "delete_reason_dm" [],
    DeleteReasonOther => "delete_reason_other" [],
    StaffCustomerReplied => "staff_customer_replied" ["ticket_id", "customer", "staff"],
    StaffMessage => "staff_message" ["staff", "text"],
    StaffOutreachFailing => "staff_outreach_failing" ["ticket_id", "customer", "why"],
    StaffOutreachStale => "staff_outreach_stale" ["ticket_id", "customer", "why"],
    StaffOutreachAsked => "staff_outreach_asked" ["ticket_id", "customer", "why"],
    StaffOutreachUnreachable => "staff_outreach_unreachable" ["account", "customer", "what", "why"],
    StaffOutreachWhyFailing => "staff_outreach_why_failing" ["class", "since"],
    StaffOutreachWhyStale => "staff_outreach_why_stale" ["age"],
    StaffOutreachWhyAsked => "staff_outreach_why_asked" ["reason"],
    StaffUnreachableNoCustomer => "staff_unreachable_no_customer" [],
    StaffUnreachableTerminal => "staff_unreachable_terminal" [],
    StaffUnreachableDmClosed => "staff_unreachable_dm_closed" ["ticket_id"],
    StaffUnreachableChannelDown => "staff_unreachable_channel_down" ["ticket_id"],
    StaffUnnamedCustomer => "staff_unnamed_customer" [],
    OutreachKeyRejected => "outreach_key_rejected" ["customer", "ticket_id", "since"],
    OutreachNoPermission => "outreach_no_permission" ["customer", "ticket_id", "since"],
    OutreachWrongUrl => "outreach_wrong_url" ["customer", "ticket_id", "since"],
    OutreachBilling => "outreach_billing" ["customer", "ticket_id", "since"],
    OutreachUnavailable => "outreach_unavailable" ["customer", "ticket_id", "since"],
    OutreachStale => "outreach_stale" ["customer", "ticket_id", "age"],
    OutreachAsked => "outreach_asked" ["customer", "ticket_id", "reason"],
    RemindersOff => "reminders_off" ["ticket_id"],
    StaffRotateAsked => "staff_rotate_asked" ["customer", "account"],
    StaffRotateNoConnector => "staff_rotate_no_connector" ["customer"],
    BtnNoReminders => "btn_no_reminders" [],
    ConfirmProblem => "confirm_problem" ["customer"],
    ConfirmNamed => "confirm_named" ["customer", "integration"],
    ConfirmDeclined => "confirm_declined" [],
    ConfirmQuestion => "confirm_question" [],
    ComplaintAck => "complaint_ack" ["customer", "ticket_id"],
    RotationOffer => "rotation_offer" ["customer", "ticket_id"],
    ReturningRotated => "returning_rotated" ["previous_ticket", "closed_on"],
    ReturningUnresolved => "returning_unresolved" ["previous_ticket", "closed_on"],
    RotationOfferExposed => "rotation_offer_exposed" ["customer", "ticket_id"],
    RotationOfferExposedPassword => "rotation_offer_exposed_password" ["customer", "ticket_id"],
    ExposureNotOurs => "exposure_not_ours" ["customer"],
    RotationOfferSupport => "rotation_offer_support" ["customer", "ticket_id"],
    AskIntegration => "ask_integration" ["customer", "ticket_id"],
    WhichIntegration => "which_integration" [],
    OAuthReconnect => "oauth_reconnect" ["integration"],
    OtherIntegration => "other_integration" [],
    AlreadyOpen => "already_open" ["ticket_id"],
    StepLogin => "step_login" [],
    StepReset => "step_reset" [],
    StepLink => "step_link" [],
    HintLogin => "hint_login" [],
    HintReset => "hint_reset" [],
    HintLink => "hint_link" [],
    HintManual => "hint_manual" [],
    HintForm => "hint_form" [],
    ManualSteps => "manual_steps" [],
    LinkSent => "link_sent" ["link_expiry"],
    LinkPrivate => "link_private" ["link", "link_expiry"],
    AwaitingForm => "awaiting_form" [],
    LinkExpired => "link_expired" [],
    LinkRevoked => "link_revoked" [],
    LinkLocked => "link_locked" [],
    Checklist => "checklist" [],
    VerifyKeyRejected => "verify_key_rejected" [],
    VerifyNoPermission => "verify_no_permission" [],
    VerifyWrongUrl => "verify_wrong_url" [],
    VerifyBilling => "verify_billing" [],
    VerifyBusy => "verify_busy" [],
    VerifyBusyRetry => "verify_busy_retry" ["retry_after_secs"],
    VerifyUnavailable => "verify_unavailable" [],
    VerifyUnexpected => "verify_unexpected" [],
    Reconnected => "reconnected" ["user", "fingerprint", "ticket_id"],
    RatingAsk => "rating_ask" [],
    RatingThanks => "rating_thanks" [],
    WorksNowConfirm => "works_now_confirm" [],
    GladFixed => "glad_fixed" [],
    HandoffRequested => "handoff_requested" ["ticket_id"],
    StaffJoined => "staff_joined" ["staff"],
    HandedBack => "handed_back" [],
    Reminder => "reminder" [],
    ClosedInactive => "closed_inactive" ["ticket_id"],
    ClosedStaff => "closed_staff" ["ticket_id"],
    StaleButtonClosed => "stale_button_closed" [],
    StaleButton => "stale_button" [],
    NewProblem => "new_problem" [],
    OAuthChecklist => "oauth_checklist" ["integration"],
    AnswerNoDeveloper => "answer_no_developer" [],
    AnswerRotateOften => "answer_rotate_often" [],
    AnswerWhyOnlyActivecampaign => "answer_why_only_activecampaign" [],
    AnswerOtherTools => "answer_other_tools" [],
    AnswerApiUrl => "answer_api_url" [],
    AnswerWhenBack => "answer_when_back" [],
    AnswerOldKey => "answer_old_key" [],
    AnswerMessageRemoved => "answer_message_removed" [],
    AnswerPasteHere => "answer_paste_here" [],
    AnswerPasteHereLink => "answer_paste_here_link" [],
    AnswerKeepsBreaking => "answer_keeps_breaking" [],
    AnswerLinkSafe => "answer_link_safe" ["link_expiry"],
    AnswerLater => "answer_later" ["ticket_id"],
    AnswerLaterLink => "answer_later_link" ["ticket_id", "link_expiry"],
    AnswerContact => "answer_contact" [],
    CantAnswer => "cant_answer" [],
    CancelledByCustomer => "cancelled_by_customer" ["ticket_id"],
    GoingBack => "going_back" [],
    NotUnderstood => "not_understood" [],
    LeakNotice => "leak_notice" ["customer"],
    LeakNoticeStripe => "leak_notice_stripe" ["customer"],
    LeakPrivate => "leak_private" ["fingerprint"],
    LeakStripePrivate => "leak_stripe_private" ["fingerprint"],
    BtnDone => "btn_done" [],
    BtnStuck => "btn_stuck" [],
    BtnHuman => "btn_human" [],
    BtnLink => "btn_link" [],
    BtnNewLink => "btn_new_link" [],
    BtnManual => "btn_manual" [],
    BtnYes => "btn_yes" [],
    BtnNo => "btn_no" [],
    BtnBack => "btn_back" [],
    BtnFixed => "btn_fixed" [],
    BtnActiveCampaign => "btn_activecampaign" [],
    BtnKeap => "btn_keap" [],
    BtnStripe => "btn_stripe" [],
    BtnOther => "btn_other" [],
    BtnRate1 => "btn_rate_1" [],
    BtnRate2 => "btn_rate_2" [],
    BtnRate3 => "btn_rate_3" [],
    BtnRate4 => "btn_rate_4" [],
    BtnRate5 => "btn_rate_5" [],
    DurationSecond => "duration_second" ["count"],
    DurationSeconds => "duration_seconds" ["count"],
    DurationMinute => "duration_minute" ["count"],
    DurationMinutes => "duration_minutes" ["count"],
    DurationHour => "duration_hour" ["count"],
    DurationHours => "duration_hours" ["count"],
    DurationDay => "duration_day" ["count"],
    DurationDays => "duration_days" ["count"],
    ThatIntegration => "that_integration" [],
    MonthNames => "month_names" [],
    MomentDay => "moment_day" ["day", "month_name", "clock"],
    MomentDate => "moment_date" ["clock", "year", "month", "day"],
}

impl std::fmt::Display for PromptId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// Why the prompt files could not be loaded; every variant names the file.
#[derive(Debug, thiserror::Error)]
pub enum PromptError {
    #[error("cannot read prompts folder {path}")]
    ReadDir {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot read prompt file {path}")]
    ReadFile {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("prompt file {path} is missing (prompt id `{id}` has no file)")]
    Missing { id: PromptId, path: PathBuf },
    #[error("prompt file {path} does not match any prompt id (typo in the name?)")]
    UnknownFile { path: PathBuf },
    #[error("prompt file {path} is empty")]
    Empty { path: PathBuf },
    #[error(
        "prompt file {path} uses the placeholders {{{here}}}, but the English prompt uses {{{english}}}"
    )]
    PlaceholdersDiffer {
        path: PathBuf,
        english: String,
        here: String,
    },
    #[error("prompt file {path} uses unknown placeholder {{{name}}}; allowed here: {allowed}")]
    UnknownPlaceholder {
        path: PathBuf,
        name: String,
        allowed: String,
    },
}

/// Rendering found a placeholder the caller gave no value for.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("prompt `{prompt}` needs a value for {{{name}}}")]
pub struct RenderError {
    pub prompt: PromptId,
    pub name: String,
}

/// The loaded, checked prompt texts, one per [`PromptId`].
#[derive(Debug, Clone)]
pub struct Prompts {
    texts: HashMap<PromptId, String>,
    /// The customer-facing prompts in the other languages.
    translations: HashMap<Locale, locales::Texts>,
}

impl Prompts {
    /// Loads every `*.md` file in `dir` and checks it: each id has a file,
    /// each file belongs to an id, none is empty, and each uses only the
    /// placeholders its id declares. The first problem found (in file-name
    /// order, so the message is stable) is returned.
    pub fn load(dir: &Path) -> Result<Prompts, PromptError> {
        let files = markdown_files(dir)?;
        let mut texts = HashMap::new();
        for path in files {
            let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
            let Some(id) = PromptId::ALL.iter().copied().find(|id| id.name() == stem) else {
                return Err(PromptError::UnknownFile { path });
            };
            let text = std::fs::read_to_string(&path).map_err(|source| PromptError::ReadFile {
                path: path.clone(),
                source,
            })?;
            check(id, &text, &path)?;
            texts.insert(id, clean(&text));
        }
        for &id in PromptId::ALL {
            if !texts.contains_key(&id) {
                return Err(PromptError::Missing {
                    id,
                    path: dir.join(format!("{}.md", id.name())),
                });
            }
        }
        let translations = locales::load(dir)?;
        Ok(Prompts {
            texts,
            translations,
        })
    }

    /// The prompts compiled into the binary. They pass the same checks as
    /// [`Prompts::load`] (a unit test enforces it), so this cannot fail.
    pub fn builtin() -> Prompts {
        let texts = BUILTIN
            .iter()
            .map(|(id, text)| (*id, clean(text)))
            .collect();
        Prompts {
            texts,
            translations: locales::builtin(),
        }
    }

    /// The built-in English text of `id` (what translations are checked
    /// against).
    fn builtin_english_text(id: PromptId) -> &'static str {
        BUILTIN
            .iter()
            .find(|(i, _)| *i == id)
            .map_or("", |(_, t)| *t)
    }

    /// The raw text of a prompt in `locale`; English for staff-only
    /// prompts.
    pub fn text_in(&self, locale: Locale, id: PromptId) -> &str {
        self.translations
            .get(&locale)
            .and_then(|t| t.get(&id))
            .map_or_else(|| self.text(id), String::as_str)
    }

    /// [`Prompts::render`] in `locale`.
    pub fn render_in(&self, locale: Locale, id: PromptId, vars: &[(&str, &str)]) -> String {
        if locale == Locale::En || id.staff_only() {
            return self.render(id, vars);
        }
        let nameless = vars
            .iter()
            .any(|(k, v)| *k == "customer" && v.trim().is_empty());
        let text = self.text_in(locale, id);
        let template = if nameless {
            without_name(text)
        } else {
            text.to_owned()
        };
        substitute(&template, |name| {
            let found = vars.iter().find(|(k, _)| *k == name).map(|(_, v)| *v);
            debug_assert!(
                found.is_some(),
                "prompt `{id}` needs a value for {{{name}}}"
            );
            found.unwrap_or("")
        })
    }

    /// Checks built-in prompt texts the way [`Prompts::load`] checks files.
    pub fn check_builtin() -> Result<(), PromptError> {
        for (id, text) in BUILTIN {
            check(*id, text, Path::new(&format!("prompts/{}.md", id.name())))?;
        }
        locales::check_builtin()
    }

    /// The raw text of a prompt, placeholders unfilled.
    pub fn text(&self, id: PromptId) -> &str {
        self.texts.get(&id).map(String::as_str).unwrap_or("")
    }

    /// Fills the placeholders of `id` from `vars`, or says which is missing.
    pub fn try_render(&self, id: PromptId, vars: &[(&str, &str)]) -> Result<String, RenderError> {
        let mut missing = None;
        // Someone with no name (an anonymous web chat) is not "there":
        // the sentence is said without the name.
        let nameless = vars
            .iter()
            .any(|(k, v)| *k == "customer" && v.trim().is_empty());
        let template = if nameless {
            std::borrow::Cow::Owned(without_name(self.text(id)))
        } else {
            std::borrow::Cow::Borrowed(self.text(id))
        };
        let out = substitute(&template, |name| {
            let found = vars.iter().find(|(k, _)| *k == name).map(|(_, v)| *v);
            if found.is_none() && missing.is_none() {
                missing = Some(name.to_string());
            }
            found.unwrap_or("")
        });
        match missing {
            Some(name) => Err(RenderError { prompt: id, name }),
            None => Ok(out),
        }
    }

    /// Fills the placeholders of `id` from `vars`. A missing value is a bug in
    /// the caller: debug builds (and so all tests) panic naming it; release
    /// builds leave the gap empty rather than show `{name}` to a customer.
    pub fn render(&self, id: PromptId, vars: &[(&str, &str)]) -> String {
        match self.try_render(id, vars) {
            Ok(text) => text,
            Err(err) => {
                debug_assert!(false, "{err}");
                substitute(self.text(id), |name| {
                    vars.iter()
                        .find(|(k, _)| *k == name)
                        .map(|(_, v)| *v)
                        .unwrap_or("")
                })
            }
        }
    }
}

/// The template said to someone without a name: `Sorry about that,
/// {customer}.` -> `Sorry about that.`; `{customer}, I removed` -> `I
/// removed`; `Hi {customer} — is` -> `Hi — is`.
pub fn without_name(template: &str) -> String {
    const NAME: &str = "{customer}";
    let mut out = template.to_owned();
    while let Some(at) = out.find(NAME) {
        let end = at + NAME.len();
        let before = &out[..at];
        let after = &out[end..];
        if let Some(kept) = before.strip_suffix(", ") {
            // "..., {customer}." / "..., {customer} —"
            out = format!("{kept}{after}");
        } else if after.starts_with(", ")
            && (before.trim_end().is_empty() || before.trim_end().ends_with(['.', '!', '?', ':']))
        {
            // "{customer}, I removed ..." -> "I removed ..."
            let rest = &after[2..];
            let mut chars = rest.chars();
            let capital: String = chars
                .next()
                .map(|c| c.to_uppercase().chain(chars).collect())
                .unwrap_or_default();
            out = format!("{before}{capital}");
        } else if let Some(trimmed) = before.strip_suffix(' ') {
            // "Hi {customer} — ..." -> "Hi — ..."
            out = format!("{trimmed}{after}");
        } else {
            out = format!("{before}{after}");
        }
    }
    out
}

/// Trailing newlines are an artefact of editors, not part of the message.
fn clean(text: &str) -> String {
    text.trim_end().to_string()
}

fn check(id: PromptId, text: &str, path: &Path) -> Result<(), PromptError> {
    if text.trim().is_empty() {
        return Err(PromptError::Empty {
            path: path.to_path_buf(),
        });
    }
    for name in placeholders(text) {
        if !id.placeholders().contains(&name) {
            return Err(PromptError::UnknownPlaceholder {
                path: path.to_path_buf(),
                name: name.to_string(),
                allowed: if id.placeholders().is_empty() {
                    "none".to_string()
                } else {
                    id.placeholders().join(", ")
                },
            });
        }
    }
    Ok(())
}

/// The placeholder names used in `text`, in order. A placeholder is `{name}`
/// with `name` made of lowercase ASCII letters, digits and `_`; any other
/// brace is literal text, so markdown and JSON examples need no escaping.
pub fn placeholders(text: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match placeholder_len(after) {
            Some(len) => {
                names.push(&after[..len]);
                rest = &after[len + 1..];
            }
            None => rest = after,
        }
    }
    names
}

/// Length of a valid placeholder name at the start of `s`, if `s` continues
/// with `name}`.
fn placeholder_len(s: &str) -> Option<usize> {
    let len = s
        .bytes()
        .take_while(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'_')
        .count();
    (len > 0 && s.as_bytes().get(len) == Some(&b'}')).then_some(len)
}

fn substitute<'v>(text: &str, mut value: impl FnMut(&str) -> &'v str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match placeholder_len(after) {
            Some(len) => {
                out.push_str(value(&after[..len]));
                rest = &after[len + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The `*.md` files in `dir`, sorted by name (so the first problem found is
/// stable).
fn markdown_files(dir: &Path) -> Result<Vec<std::path::PathBuf>, PromptError> {
    let read_dir = |source| PromptError::ReadDir {
        path: dir.to_path_buf(),
        source,
    };
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(read_dir)? {
        let path = entry.map_err(read_dir)?.path();
        if path.extension().and_then(|e| e.to_str()) == Some("md") {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

#[cfg(test)]
mod tests;
