//! The runner's side of languages: which language an event's reply is
//! rendered in, and durations and moments said in that language (their
//! words are prompts). Staff lines stay in
//! English (see `record.rs` for what the transcript keeps of both).

use std::time::Duration;

use crate::conversation::{Event, State};
use crate::domain::{Locale, Timestamp};
use crate::prompts::{PromptId, Prompts};

/// The language a step's reply is said in: a message's own (the engine
/// takes it as the conversation's), else the conversation's.
pub(super) fn locale_of(event: &Event, state: &State) -> Locale {
    match event {
        Event::Message { detection, .. } => detection.locale,
        _ => state.locale,
    }
}

/// The language to apologise in when a message could not be handled (no
/// conversation to ask): the message's own, English when unclear.
pub(crate) fn failure_locale(text: &str) -> Locale {
    crate::detect::lang::read_as(text)
}

/// A duration as a person says it in `locale`: `15 minutes`, `15 Minuten`,
/// `2 horas` — whole hours, else whole minutes, else seconds; the words are
/// the `duration_*` prompts.
pub(crate) fn spoken_duration(prompts: &Prompts, locale: Locale, d: Duration) -> String {
    let secs = d.as_secs();
    let (n, one, many) = if secs >= 3600 && secs.is_multiple_of(3600) {
        (secs / 3600, PromptId::DurationHour, PromptId::DurationHours)
    } else if secs >= 60 && secs.is_multiple_of(60) {
        (
            secs / 60,
            PromptId::DurationMinute,
            PromptId::DurationMinutes,
        )
    } else {
        (secs, PromptId::DurationSecond, PromptId::DurationSeconds)
    };
    counted(prompts, locale, n, one, many)
}

/// A key's age in `locale`: whole days, or whole hours (at least one)
/// below a day.
pub(crate) fn spoken_age(prompts: &Prompts, locale: Locale, age: Duration) -> String {
    let days = age.as_secs() / 86_400;
    if days >= 1 {
        counted(
            prompts,
            locale,
            days,
            PromptId::DurationDay,
            PromptId::DurationDays,
        )
    } else {
        let hours = Duration::from_secs(age.as_secs() / 3600 * 3600);
        spoken_duration(prompts, locale, hours.max(Duration::from_secs(3600)))
    }
}

/// How a moment is said: which prompt frames it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Moment {
    /// Day, month name and time (`moment_day`): `2 March at 09:00 UTC`.
    Day,
    /// Time and full date (`moment_date`): `10:42 UTC on 2026-12-04`.
    Date,
}

/// A moment (always UTC) as a person says it in `locale`; month names are
/// the `month_names` prompt, one word per month.
pub(crate) fn spoken_moment(
    prompts: &Prompts,
    locale: Locale,
    at: Timestamp,
    how: Moment,
) -> String {
    let Ok(t) = time::OffsetDateTime::from_unix_timestamp(at.millis().div_euclid(1000)) else {
        return at.to_rfc3339();
    };
    let clock = format!("{:02}:{:02}", t.hour(), t.minute());
    let month = u8::from(t.month());
    match how {
        Moment::Day => {
            let names = prompts.render_in(locale, PromptId::MonthNames, &[]);
            let name = names
                .split_whitespace()
                .nth(usize::from(month) - 1)
                .unwrap_or_default()
                .to_owned();
            prompts.render_in(
                locale,
                PromptId::MomentDay,
                &[
                    ("day", &t.day().to_string()),
                    ("month_name", &name),
                    ("clock", &clock),
                ],
            )
        }
        Moment::Date => prompts.render_in(
            locale,
            PromptId::MomentDate,
            &[
                ("clock", &clock),
                ("year", &t.year().to_string()),
                ("month", &format!("{month:02}")),
                ("day", &format!("{:02}", t.day())),
            ],
        ),
    }
}

/// `n` with the singular or plural prompt.
fn counted(prompts: &Prompts, locale: Locale, n: u64, one: PromptId, many: PromptId) -> String {
    let id = if n == 1 { one } else { many };
    prompts.render_in(locale, id, &[("count", &n.to_string())])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_in_each_language() {
        let p = Prompts::builtin();
        let m15 = Duration::from_secs(900);
        let cases = [
            (Locale::En, m15, "15 minutes"),
            (Locale::En, Duration::from_secs(60), "1 minute"),
            (Locale::En, Duration::from_secs(3600), "1 hour"),
            (Locale::En, Duration::from_secs(1), "1 second"),
            (Locale::De, m15, "15 Minuten"),
            (Locale::Es, Duration::from_secs(3600), "1 hora"),
            (Locale::It, Duration::from_secs(7200), "2 ore"),
            (Locale::Fr, Duration::from_secs(90), "90 secondes"),
            (Locale::Pt, Duration::from_secs(60), "1 minuto"),
        ];
        for (locale, d, want) in cases {
            assert_eq!(spoken_duration(&p, locale, d), want, "{locale} {d:?}");
        }
    }

    #[test]
    fn ages_are_days_or_at_least_an_hour() {
        let p = Prompts::builtin();
        let cases = [
            (Locale::En, 86_400 * 40 + 5, "40 days"),
            (Locale::En, 86_400, "1 day"),
            (Locale::En, 7_200 + 59, "2 hours"),
            (Locale::En, 60, "1 hour"),
            (Locale::De, 86_400 * 2, "2 Tage"),
            (Locale::It, 86_400, "1 giorno"),
        ];
        for (locale, secs, want) in cases {
            let got = spoken_age(&p, locale, Duration::from_secs(secs));
            assert_eq!(got, want, "{locale} {secs}s");
        }
    }

    #[test]
    fn moments_in_each_language() {
        let p = Prompts::builtin();
        // Monday 2 March 2026, 09:00 UTC; and 4 December 2026, 10:42 UTC.
        let march = Timestamp(1_772_442_000_000);
        let december = Timestamp(1_796_380_920_000);
        let cases = [
            (Locale::En, march, Moment::Day, "2 March at 09:00 UTC"),
            (Locale::De, march, Moment::Day, "2. März um 09:00 UTC"),
            (Locale::Es, march, Moment::Day, "2 de marzo a las 09:00 UTC"),
            (Locale::Fr, december, Moment::Day, "4 décembre à 10:42 UTC"),
            (Locale::Pt, march, Moment::Day, "2 de março às 09:00 UTC"),
            (
                Locale::It,
                december,
                Moment::Day,
                "4 dicembre alle 10:42 UTC",
            ),
            (
                Locale::En,
                december,
                Moment::Date,
                "10:42 UTC on 2026-12-04",
            ),
            (
                Locale::De,
                december,
                Moment::Date,
                "04.12.2026, 10:42 Uhr UTC",
            ),
            (Locale::Fr, march, Moment::Date, "le 02/03/2026 à 09:00 UTC"),
        ];
        for (locale, at, how, want) in cases {
            assert_eq!(spoken_moment(&p, locale, at, how), want, "{locale} {how:?}");
        }
    }

    #[test]
    fn every_language_names_twelve_months() {
        let p = Prompts::builtin();
        for locale in Locale::ALL {
            let names = p.render_in(*locale, PromptId::MonthNames, &[]);
            assert_eq!(names.split_whitespace().count(), 12, "{locale}: {names}");
        }
    }

    #[test]
    fn a_failure_is_said_in_the_message_language() {
        let p = Prompts::builtin();
        let failed = super::super::BotError::BadState(crate::domain::TicketId::from_row(7));
        let cases = [
            (
                "hallo, meine Verbindung zu ActiveCampaign funktioniert seit gestern nicht mehr",
                Locale::De,
            ),
            (
                "hola, mi integración con ActiveCampaign dejó de sincronizar ayer",
                Locale::Es,
            ),
            ("hi", Locale::En),
            (
                "my ActiveCampaign sync stopped working yesterday",
                Locale::En,
            ),
        ];
        for (text, want) in cases {
            let locale = failure_locale(text);
            assert_eq!(locale, want, "{text}");
            assert_eq!(
                super::super::failure_words(&p, &failed, locale),
                p.render_in(want, PromptId::BotFailed, &[]),
                "{text}"
            );
        }
        assert_ne!(
            super::super::failure_words(&p, &failed, Locale::De),
            super::super::failure_words(&p, &failed, Locale::En),
        );
    }
}
