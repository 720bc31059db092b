//! A point in time as milliseconds since the Unix epoch.
//!
//! Stored as a plain integer so SQLite and PostgreSQL hold the same value and
//! ordering is plain integer ordering. Only the edges (the clock, display)
//! convert to calendar time.

use std::fmt;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

/// Milliseconds since 1970-01-01T00:00:00Z.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Timestamp(pub i64);

impl Timestamp {
    pub fn millis(self) -> i64 {
        self.0
    }

    /// This instant moved forward by `d` (saturating; durations here are
    /// minutes to days, far from the limits).
    pub fn plus(self, d: Duration) -> Self {
        let ms = i64::try_from(d.as_millis()).unwrap_or(i64::MAX);
        Timestamp(self.0.saturating_add(ms))
    }

    /// Time elapsed from `earlier` to `self`, zero if `earlier` is later.
    pub fn since(self, earlier: Timestamp) -> Duration {
        Duration::from_millis(u64::try_from(self.0.saturating_sub(earlier.0)).unwrap_or(0))
    }

    /// RFC 3339 in UTC with second precision, e.g. `2026-11-28T16:40:00Z`.
    pub fn to_rfc3339(self) -> String {
        OffsetDateTime::from_unix_timestamp(self.0.div_euclid(1000))
            .ok()
            .and_then(|t| t.format(&Rfc3339).ok())
            .unwrap_or_else(|| format!("@{}ms", self.0))
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_rfc3339())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_as_utc_rfc3339() {
        assert_eq!(Timestamp(0).to_rfc3339(), "1970-01-01T00:00:00Z");
        assert_eq!(
            Timestamp(1_795_884_000_123).to_rfc3339(),
            "2026-11-28T16:40:00Z"
        );
    }

    #[test]
    fn plus_and_since_are_inverse() {
        let t = Timestamp(1_000);
        let later = t.plus(Duration::from_secs(90));
        assert_eq!(later.since(t), Duration::from_secs(90));
        assert_eq!(t.since(later), Duration::ZERO);
    }

    #[test]
    fn arithmetic_at_the_extremes_saturates_instead_of_panicking() {
        let far = Timestamp(i64::MAX - 1).plus(Duration::MAX);
        assert_eq!(far, Timestamp(i64::MAX));
        assert_eq!(
            far.since(Timestamp(i64::MIN)),
            Duration::from_millis(i64::MAX as u64)
        );
        assert_eq!(Timestamp(i64::MIN).since(far), Duration::ZERO);
    }
}
