//! The prompts in the other languages: `prompts/<locale>/<id>.md` for every
//! prompt a customer reads. Staff-only prompts (`staff_*`, `command_failed`)
//! exist in English only: staff always read English.
//!
//! Each translation must use exactly the placeholders of its English file
//! (checked at load and by a tidy test), so a customer never sees `{name}`
//! and never misses a value English gives.
//!
//! Translation notes (for translators and reviewers):
//! - ActiveCampaign's menu names (**Settings > Developer**, "API URL",
//!   "API Key") and CustomerHub's (**Settings > Connectors**, **Connect**,
//!   **Reconnect**) stay in English in every locale: we do not know the
//!   exact wording of their localized interfaces, and a customer can match
//!   an English menu name on screen more easily than a wrong translation.
//!   Stripe's **Developers > API keys** likewise.
//! - Discord's permission name in `delete_reason_permission` is translated
//!   as Discord's own clients show it in each language, as far as we know.
//! - Button labels quoted in bold in a prompt are that locale's
//!   `btn_*.md` text, word for word.
//! - Tone: German "du", Spanish "tú", French "vous", Portuguese (Brazil)
//!   "você", Italian "tu".

use std::collections::HashMap;
use std::path::Path;

use super::{PromptError, PromptId, check, clean, markdown_files, placeholders};
use crate::domain::Locale;

/// Declares the translated prompt ids once and embeds each locale's file.
macro_rules! translated {
    ($( $variant:ident => $file:literal ),* $(,)?) => {
        /// Every prompt id with a translation (all but the staff-only ones).
        pub const TRANSLATED: &[PromptId] = &[$(PromptId::$variant),*];

        /// The translated prompt files compiled into the binary.
        static BUILTIN_TRANSLATIONS: &[(Locale, &[(PromptId, &str)])] = &[
            (Locale::Es, &[$((PromptId::$variant, include_str!(concat!("../../prompts/es/", $file, ".md")))),*]),
            (Locale::De, &[$((PromptId::$variant, include_str!(concat!("../../prompts/de/", $file, ".md")))),*]),
            (Locale::Fr, &[$((PromptId::$variant, include_str!(concat!("../../prompts/fr/", $file, ".md")))),*]),
            (Locale::Pt, &[$((PromptId::$variant, include_str!(concat!("../../prompts/pt/", $file, ".md")))),*]),
            (Locale::It, &[$((PromptId::$variant, include_str!(concat!("../../prompts/it/", $file, ".md")))),*]),
        ];
    };
}

translated! {
    NotYourTicket => "not_your_ticket",
    BotFailed => "bot_failed",
    LinkButtonOnly => "link_button_only",
    LeakRemovedWarning => "leak_removed_warning",
    LeakNotRemovedWarning => "leak_not_removed_warning",
    DeleteReasonPermission => "delete_reason_permission",
    DeleteReasonDm => "delete_reason_dm",
    DeleteReasonOther => "delete_reason_other",
    OutreachKeyRejected => "outreach_key_rejected",
    OutreachNoPermission => "outreach_no_permission",
    OutreachWrongUrl => "outreach_wrong_url",
    OutreachBilling => "outreach_billing",
    OutreachUnavailable => "outreach_unavailable",
    OutreachStale => "outreach_stale",
    OutreachAsked => "outreach_asked",
    RemindersOff => "reminders_off",
    BtnNoReminders => "btn_no_reminders",
    ConfirmProblem => "confirm_problem",
    ConfirmNamed => "confirm_named",
    ConfirmQuestion => "confirm_question",
    ConfirmDeclined => "confirm_declined",
    ComplaintAck => "complaint_ack",
    RotationOffer => "rotation_offer",
    ReturningRotated => "returning_rotated",
    ReturningUnresolved => "returning_unresolved",
    RotationOfferExposed => "rotation_offer_exposed",
    RotationOfferExposedPassword => "rotation_offer_exposed_password",
    ExposureNotOurs => "exposure_not_ours",
    RotationOfferSupport => "rotation_offer_support",
    AskIntegration => "ask_integration",
    WhichIntegration => "which_integration",
    OAuthReconnect => "oauth_reconnect",
    OtherIntegration => "other_integration",
    AlreadyOpen => "already_open",
    StepLogin => "step_login",
    StepReset => "step_reset",
    StepLink => "step_link",
    HintLogin => "hint_login",
    HintReset => "hint_reset",
    HintLink => "hint_link",
    HintManual => "hint_manual",
    HintForm => "hint_form",
    ManualSteps => "manual_steps",
    LinkSent => "link_sent",
    LinkPrivate => "link_private",
    AwaitingForm => "awaiting_form",
    LinkExpired => "link_expired",
    LinkRevoked => "link_revoked",
    LinkLocked => "link_locked",
    Checklist => "checklist",
    VerifyKeyRejected => "verify_key_rejected",
    VerifyNoPermission => "verify_no_permission",
    VerifyWrongUrl => "verify_wrong_url",
    VerifyBilling => "verify_billing",
    VerifyBusy => "verify_busy",
    VerifyBusyRetry => "verify_busy_retry",
    VerifyUnavailable => "verify_unavailable",
    VerifyUnexpected => "verify_unexpected",
    Reconnected => "reconnected",
    RatingAsk => "rating_ask",
    RatingThanks => "rating_thanks",
    WorksNowConfirm => "works_now_confirm",
    GladFixed => "glad_fixed",
    HandoffRequested => "handoff_requested",
    HandedBack => "handed_back",
    Reminder => "reminder",
    ClosedInactive => "closed_inactive",
    ClosedStaff => "closed_staff",
    StaleButtonClosed => "stale_button_closed",
    StaleButton => "stale_button",
    NewProblem => "new_problem",
    OAuthChecklist => "oauth_checklist",
    AnswerNoDeveloper => "answer_no_developer",
    AnswerRotateOften => "answer_rotate_often",
    AnswerWhyOnlyActivecampaign => "answer_why_only_activecampaign",
    AnswerOtherTools => "answer_other_tools",
    AnswerApiUrl => "answer_api_url",
    AnswerWhenBack => "answer_when_back",
    AnswerOldKey => "answer_old_key",
    AnswerMessageRemoved => "answer_message_removed",
    AnswerPasteHere => "answer_paste_here",
    AnswerPasteHereLink => "answer_paste_here_link",
    AnswerKeepsBreaking => "answer_keeps_breaking",
    AnswerLinkSafe => "answer_link_safe",
    AnswerLater => "answer_later",
    AnswerLaterLink => "answer_later_link",
    AnswerContact => "answer_contact",
    CantAnswer => "cant_answer",
    CancelledByCustomer => "cancelled_by_customer",
    GoingBack => "going_back",
    NotUnderstood => "not_understood",
    LeakNotice => "leak_notice",
    LeakNoticeStripe => "leak_notice_stripe",
    LeakPrivate => "leak_private",
    LeakStripePrivate => "leak_stripe_private",
    BtnDone => "btn_done",
    BtnStuck => "btn_stuck",
    BtnHuman => "btn_human",
    BtnLink => "btn_link",
    BtnNewLink => "btn_new_link",
    BtnManual => "btn_manual",
    BtnYes => "btn_yes",
    BtnNo => "btn_no",
    BtnBack => "btn_back",
    BtnFixed => "btn_fixed",
    BtnActiveCampaign => "btn_activecampaign",
    BtnKeap => "btn_keap",
    BtnStripe => "btn_stripe",
    BtnOther => "btn_other",
    BtnRate1 => "btn_rate_1",
    BtnRate2 => "btn_rate_2",
    BtnRate3 => "btn_rate_3",
    BtnRate4 => "btn_rate_4",
    BtnRate5 => "btn_rate_5",
    DurationSecond => "duration_second",
    DurationSeconds => "duration_seconds",
    DurationMinute => "duration_minute",
    DurationMinutes => "duration_minutes",
    DurationHour => "duration_hour",
    DurationHours => "duration_hours",
    DurationDay => "duration_day",
    DurationDays => "duration_days",
    ThatIntegration => "that_integration",
    MonthNames => "month_names",
    MomentDay => "moment_day",
    MomentDate => "moment_date",
}

impl PromptId {
    /// Staff read this prompt, so it exists in English only.
    pub fn staff_only(self) -> bool {
        !TRANSLATED.contains(&self)
    }
}

/// One locale's texts.
pub(super) type Texts = HashMap<PromptId, String>;

/// The built-in translations.
pub(super) fn builtin() -> HashMap<Locale, Texts> {
    BUILTIN_TRANSLATIONS
        .iter()
        .map(|(locale, files)| {
            let texts = files.iter().map(|(id, t)| (*id, clean(t))).collect();
            (*locale, texts)
        })
        .collect()
}

/// Checks the built-in translations the way [`load`] checks files.
pub(super) fn check_builtin() -> Result<(), PromptError> {
    for (locale, files) in BUILTIN_TRANSLATIONS {
        for (id, text) in *files {
            let path = format!("prompts/{locale}/{}.md", id.name());
            check_translation(*id, text, Path::new(&path))?;
        }
    }
    Ok(())
}

/// A translation uses exactly the placeholders of the English prompt.
fn check_translation(id: PromptId, text: &str, path: &Path) -> Result<(), PromptError> {
    check(id, text, path)?;
    let english = super::Prompts::builtin_english_text(id);
    let mut want: Vec<&str> = placeholders(english);
    let mut got: Vec<&str> = placeholders(text);
    want.sort_unstable();
    want.dedup();
    got.sort_unstable();
    got.dedup();
    if want != got {
        return Err(PromptError::PlaceholdersDiffer {
            path: path.to_path_buf(),
            english: want.join(", "),
            here: got.join(", "),
        });
    }
    Ok(())
}

/// Loads `dir/<locale>/` for each translated locale that has a folder
/// there (the built-in texts otherwise); every translated id needs a file,
/// nothing else may be there, and placeholders must match English.
pub(super) fn load(dir: &Path) -> Result<HashMap<Locale, Texts>, PromptError> {
    let mut all = builtin();
    for &locale in Locale::TRANSLATED {
        let sub = dir.join(locale.as_str());
        if !sub.is_dir() {
            continue;
        }
        let files = markdown_files(&sub)?;
        let mut texts = Texts::new();
        for path in files {
            let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
            let Some(id) = TRANSLATED.iter().copied().find(|id| id.name() == stem) else {
                return Err(PromptError::UnknownFile { path });
            };
            let text = std::fs::read_to_string(&path).map_err(|source| PromptError::ReadFile {
                path: path.clone(),
                source,
            })?;
            check_translation(id, &text, &path)?;
            texts.insert(id, clean(&text));
        }
        for &id in TRANSLATED {
            if !texts.contains_key(&id) {
                return Err(PromptError::Missing {
                    id,
                    path: sub.join(format!("{}.md", id.name())),
                });
            }
        }
        all.insert(locale, texts);
    }
    Ok(all)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Tidy: every locale folder has exactly the translated ids, each with
    /// English's placeholders, and the staff-only ids are the staff ones.
    #[test]
    fn every_locale_has_every_customer_prompt_with_englishs_placeholders() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("prompts");
        load(&root).expect("the prompts folder's translations load");
        for &locale in Locale::TRANSLATED {
            let sub = root.join(locale.as_str());
            for &id in TRANSLATED {
                assert!(
                    sub.join(format!("{}.md", id.name())).is_file(),
                    "prompts/{locale}/{}.md is missing",
                    id.name()
                );
            }
            let count = std::fs::read_dir(&sub)
                .unwrap()
                .filter(|e| {
                    e.as_ref()
                        .is_ok_and(|e| e.path().extension().is_some_and(|x| x == "md"))
                })
                .count();
            assert_eq!(count, TRANSLATED.len(), "prompts/{locale}/ has extra files");
        }
        check_builtin().unwrap();
        for &id in PromptId::ALL {
            let staff = id.name().starts_with("staff_") || id == PromptId::CommandFailed;
            assert_eq!(id.staff_only(), staff, "{id}: staff-only or translated?");
        }
    }

    #[test]
    fn a_missing_id_or_a_changed_placeholder_fails_the_load() {
        let dir = tempfile::tempdir().unwrap();
        let de = dir.path().join("de");
        std::fs::create_dir(&de).unwrap();
        for (id, text) in BUILTIN_TRANSLATIONS[1].1 {
            std::fs::write(de.join(format!("{}.md", id.name())), text).unwrap();
        }
        assert!(load(dir.path()).is_ok());
        std::fs::write(
            de.join("complaint_ack.md"),
            "Das tut mir leid. Ticket **{ticket_id}**.",
        )
        .unwrap();
        let err = load(dir.path()).unwrap_err().to_string();
        assert!(
            err.contains("complaint_ack") && err.contains("customer"),
            "{err}"
        );
        std::fs::remove_file(de.join("complaint_ack.md")).unwrap();
        let err = load(dir.path()).unwrap_err().to_string();
        assert!(
            err.contains("missing") && err.contains("complaint_ack"),
            "{err}"
        );
    }
}
