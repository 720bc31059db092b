//! The runner's side of languages: which language an event's reply is
//! rendered in, and durations said in that language. Staff lines stay in
//! English (see `record.rs` for what the transcript keeps of both).

use std::time::Duration;

use crate::conversation::{Event, State};
use crate::domain::Locale;

/// The language a step's reply is said in: a message's own (the engine
/// takes it as the conversation's), else the conversation's.
pub(super) fn locale_of(event: &Event, state: &State) -> Locale {
    match event {
        Event::Message { detection, .. } => detection.locale,
        _ => state.locale,
    }
}

/// A duration as a person says it in `locale`: `15 Minuten`, `2 horas`.
pub(super) fn spoken_duration_in(locale: Locale, d: Duration) -> String {
    let secs = d.as_secs();
    let (n, unit) = if secs >= 3600 && secs.is_multiple_of(3600) {
        (secs / 3600, 2)
    } else if secs >= 60 && secs.is_multiple_of(60) {
        (secs / 60, 1)
    } else {
        (secs, 0)
    };
    let one = n == 1;
    let word = match (locale, unit, one) {
        (Locale::En, _, _) => return super::spoken_duration(d),
        (Locale::Es, 0, true) => "segundo",
        (Locale::Es, 0, false) => "segundos",
        (Locale::Es, 1, true) => "minuto",
        (Locale::Es, 1, false) => "minutos",
        (Locale::Es, _, true) => "hora",
        (Locale::Es, _, false) => "horas",
        (Locale::De, 0, true) => "Sekunde",
        (Locale::De, 0, false) => "Sekunden",
        (Locale::De, 1, true) => "Minute",
        (Locale::De, 1, false) => "Minuten",
        (Locale::De, _, true) => "Stunde",
        (Locale::De, _, false) => "Stunden",
        (Locale::Fr, 0, true) => "seconde",
        (Locale::Fr, 0, false) => "secondes",
        (Locale::Fr, 1, true) => "minute",
        (Locale::Fr, 1, false) => "minutes",
        (Locale::Fr, _, true) => "heure",
        (Locale::Fr, _, false) => "heures",
        (Locale::Pt, 0, true) => "segundo",
        (Locale::Pt, 0, false) => "segundos",
        (Locale::Pt, 1, true) => "minuto",
        (Locale::Pt, 1, false) => "minutos",
        (Locale::Pt, _, true) => "hora",
        (Locale::Pt, _, false) => "horas",
        (Locale::It, 0, true) => "secondo",
        (Locale::It, 0, false) => "secondi",
        (Locale::It, 1, true) => "minuto",
        (Locale::It, 1, false) => "minuti",
        (Locale::It, _, true) => "ora",
        (Locale::It, _, false) => "ore",
    };
    format!("{n} {word}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_in_each_language() {
        let m15 = Duration::from_secs(900);
        assert_eq!(spoken_duration_in(Locale::En, m15), "15 minutes");
        assert_eq!(spoken_duration_in(Locale::De, m15), "15 Minuten");
        assert_eq!(
            spoken_duration_in(Locale::Es, Duration::from_secs(3600)),
            "1 hora"
        );
        assert_eq!(
            spoken_duration_in(Locale::It, Duration::from_secs(7200)),
            "2 ore"
        );
        assert_eq!(
            spoken_duration_in(Locale::Fr, Duration::from_secs(90)),
            "90 secondes"
        );
    }
}
