//! Pure: the hours outreach may happen in (`REKEY_OUTREACH_HOURS`, UTC).

use crate::domain::Timestamp;

const HOUR_MS: i64 = 3_600_000;
const DAY_MS: i64 = 24 * HOUR_MS;

/// From `start` (inclusive) to `end` (exclusive) o'clock, UTC; a window
/// may wrap midnight (`22-6`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OutreachHours {
    pub start: u8,
    pub end: u8,
}

impl OutreachHours {
    /// `9-17`: hours 0 to 24, start and end different.
    pub fn parse(raw: &str) -> Result<OutreachHours, String> {
        let bad = || format!("expected hours like 9-17 (UTC), got {raw:?}");
        let (a, b) = raw.trim().split_once('-').ok_or_else(bad)?;
        let start: u8 = a.trim().parse().map_err(|_| bad())?;
        let end: u8 = b.trim().parse().map_err(|_| bad())?;
        if start > 24 || end > 24 || start % 24 == end % 24 {
            return Err(bad());
        }
        Ok(OutreachHours {
            start: start % 24,
            end: end % 24,
        })
    }

    fn contains_hour(self, hour: u8) -> bool {
        if self.start < self.end {
            (self.start..self.end).contains(&hour)
        } else {
            hour >= self.start || hour < self.end
        }
    }

    /// `now` if it is inside the window, else when the window next opens.
    pub fn next_open(self, now: Timestamp) -> Timestamp {
        let ms = now.millis();
        let hour = (ms.rem_euclid(DAY_MS) / HOUR_MS) as u8;
        if self.contains_hour(hour) {
            return now;
        }
        let day_start = ms - ms.rem_euclid(DAY_MS);
        let mut open = day_start + i64::from(self.start) * HOUR_MS;
        if open <= ms {
            open += DAY_MS;
        }
        Timestamp(open)
    }
}

impl std::fmt::Display for OutreachHours {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}-{} UTC", self.start, self.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(hour: i64) -> Timestamp {
        Timestamp(10 * DAY_MS + hour * HOUR_MS + 5)
    }

    #[test]
    fn inside_the_window_is_now_and_outside_waits_for_the_start() {
        let h = OutreachHours::parse("9-17").unwrap();
        assert_eq!(h.next_open(at(10)), at(10));
        assert_eq!(h.next_open(at(8)).millis(), 10 * DAY_MS + 9 * HOUR_MS);
        assert_eq!(h.next_open(at(18)).millis(), 11 * DAY_MS + 9 * HOUR_MS);
    }

    #[test]
    fn a_window_may_wrap_midnight() {
        let h = OutreachHours::parse("22-6").unwrap();
        assert_eq!(h.next_open(at(23)), at(23));
        assert_eq!(h.next_open(at(3)), at(3));
        assert_eq!(h.next_open(at(12)).millis(), 10 * DAY_MS + 22 * HOUR_MS);
    }

    #[test]
    fn malformed_hours_are_refused() {
        for raw in ["", "9", "9-9", "25-3", "a-b", "0-24"] {
            assert!(OutreachHours::parse(raw).is_err(), "{raw:?} accepted");
        }
    }
}
