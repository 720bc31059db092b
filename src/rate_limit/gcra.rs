//! Pure GCRA (generic cell rate algorithm) arithmetic: the rule the shared
//! rate limits run as one SQL statement (`store::Store::rate_limit`), kept
//! here in Rust so it is documented, unit-tested with a manual clock and the
//! statement can be checked against it.
//!
//! A limit of `burst` per `period` lets one request through every
//! `interval = period / burst`, with up to `burst` at once. Per key only one
//! number is kept: the theoretical arrival time (`tat`), when the key would
//! be back at full quota. A request at `now` is allowed when
//! `tat <= now + tolerance` (`tolerance = interval * (burst - 1)`), and then
//! moves `tat` to `max(tat, now) + interval`; a refused request changes
//! nothing. A key whose `tat` has passed is at full quota, exactly as if it
//! had no row, so such rows can be pruned at any time. Times are integer
//! milliseconds, like every time in the store.

use std::time::Duration;

/// A limit of `burst` requests per `period` (refilled evenly).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quota {
    pub burst: u32,
    pub period: Duration,
}

impl Quota {
    pub fn new(burst: u32, period: Duration) -> Self {
        Quota {
            burst: burst.max(1),
            period,
        }
    }

    pub fn per_minute(burst: u32) -> Self {
        Self::new(burst, Duration::from_secs(60))
    }

    /// The GCRA parameters of this quota.
    pub fn gcra(&self) -> Gcra {
        let period = i64::try_from(self.period.as_millis()).unwrap_or(i64::MAX);
        let burst = i64::from(self.burst.max(1));
        // At least a millisecond apart: times are whole milliseconds.
        let interval = (period / burst).max(1);
        Gcra {
            interval,
            tolerance: interval.saturating_mul(burst - 1),
        }
    }
}

/// GCRA parameters in milliseconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Gcra {
    /// Time one request "costs".
    pub interval: i64,
    /// How far ahead of `now` the theoretical arrival time may be for a
    /// request to be allowed (`interval * (burst - 1)`).
    pub tolerance: i64,
}

impl Gcra {
    /// Decides a request at `now` for a key whose stored theoretical arrival
    /// time is `tat` (`None`: no row). `Some(new tat)` to store when allowed,
    /// `None` when refused (nothing changes).
    pub fn check(&self, tat: Option<i64>, now: i64) -> Option<i64> {
        let tat = tat.map_or(now, |t| t.max(now));
        (tat <= now.saturating_add(self.tolerance)).then(|| tat.saturating_add(self.interval))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::{Clock, ManualClock};
    use crate::domain::Timestamp;

    /// One key's row, driven by a manual clock.
    struct Key {
        gcra: Gcra,
        tat: Option<i64>,
        clock: ManualClock,
    }

    impl Key {
        fn new(quota: Quota) -> Self {
            Key {
                gcra: quota.gcra(),
                tat: None,
                clock: ManualClock::starting_at(Timestamp(1_700_000_000_000)),
            }
        }

        fn hit(&mut self) -> bool {
            match self.gcra.check(self.tat, self.clock.now().millis()) {
                Some(tat) => {
                    self.tat = Some(tat);
                    true
                }
                None => false,
            }
        }

        fn allowed_now(&mut self, tries: u32) -> u32 {
            (0..tries).filter(|_| self.hit()).count() as u32
        }
    }

    #[test]
    fn a_burst_of_n_then_refused_until_one_interval_passes() {
        let mut k = Key::new(Quota::per_minute(5));
        assert_eq!(k.allowed_now(20), 5, "five at once, then no more");
        k.clock.advance(Duration::from_secs(11));
        assert!(!k.hit(), "11 s is short of the 12 s one request costs");
        k.clock.advance(Duration::from_secs(1));
        assert!(k.hit(), "one more after 12 s");
        assert!(!k.hit());
        k.clock.advance(Duration::from_secs(60));
        assert_eq!(k.allowed_now(20), 5, "back at full quota after the period");
    }

    #[test]
    fn a_steady_rate_at_the_limit_is_always_allowed() {
        let mut k = Key::new(Quota::per_minute(6));
        for _ in 0..100 {
            assert!(k.hit());
            k.clock.advance(Duration::from_secs(10));
        }
    }

    #[test]
    fn refused_requests_cost_nothing() {
        let mut k = Key::new(Quota::per_minute(2));
        assert_eq!(k.allowed_now(2), 2);
        let tat = k.tat;
        assert_eq!(k.allowed_now(1000), 0);
        assert_eq!(k.tat, tat, "hammering does not push the reset further");
        k.clock.advance(Duration::from_secs(30));
        assert!(k.hit());
    }

    #[test]
    fn no_window_holds_more_than_the_burst_plus_its_refill() {
        // Requests every 700 ms for ten minutes against 10 a minute (one
        // per 6 s): any window of length L holds at most 10 + L / 6 s.
        let mut k = Key::new(Quota::per_minute(10));
        let mut allowed = Vec::new();
        for _ in 0..(10 * 60 * 1000 / 700) {
            let now = k.clock.now().millis();
            if k.hit() {
                allowed.push(now);
            }
            k.clock.advance(Duration::from_millis(700));
        }
        for window in [1_000, 6_000, 30_000, 60_000] {
            let bound = 10 + window / 6_000;
            for (i, start) in allowed.iter().enumerate() {
                let inside = allowed[i..]
                    .iter()
                    .take_while(|t| **t <= start + window)
                    .count();
                assert!(
                    inside as i64 <= bound,
                    "{inside} within {window} ms of {start}"
                );
            }
        }
        // The long-run rate is the quota's: the burst, then one per 6 s.
        assert!((108..=111).contains(&allowed.len()), "{}", allowed.len());
    }

    #[test]
    fn a_row_past_its_tat_is_the_same_as_no_row() {
        let g = Quota::per_minute(3).gcra();
        let now = 1_000_000;
        assert_eq!(g.check(Some(now - 1), now), g.check(None, now));
        assert_eq!(g.check(None, now), Some(now + 20_000));
    }

    #[test]
    fn extreme_quotas_do_not_overflow() {
        let huge = Quota::per_minute(u32::MAX).gcra();
        assert_eq!(huge.interval, 1);
        assert!(huge.check(Some(i64::MAX - 5), i64::MAX - 10).is_some());
        let zero = Quota::new(0, Duration::ZERO).gcra();
        assert_eq!(
            zero,
            Gcra {
                interval: 1,
                tolerance: 0
            }
        );
        let long = Quota::new(1, Duration::MAX).gcra();
        assert_eq!(long.check(None, 0), Some(i64::MAX));
        assert_eq!(long.check(Some(i64::MAX), 0), None);
    }
}
