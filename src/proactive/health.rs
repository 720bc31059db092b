//! Pure: what one health check means for a connector's state.
//!
//! A rejected key (and any answer that says the key or account cannot work:
//! no permission, wrong URL, billing) makes a connector failing at once. A
//! transient failure (busy, unavailable, timeout, an unexpected answer) is
//! retried first: only [`TRANSIENT_LIMIT`] in a row make it failing.

use crate::domain::{Timestamp, VerifyClass};
use crate::store::HealthUpdate;

/// Transient failures in a row after which a connector counts as failing.
pub const TRANSIENT_LIMIT: i64 = 3;

/// A connector's health.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Health {
    Healthy,
    Failing,
    Unknown,
}

impl Health {
    pub const ALL: [Health; 3] = [Health::Healthy, Health::Failing, Health::Unknown];

    pub fn as_str(self) -> &'static str {
        match self {
            Health::Healthy => "healthy",
            Health::Failing => "failing",
            Health::Unknown => "unknown",
        }
    }

    pub fn parse(s: &str) -> Health {
        match s {
            "healthy" => Health::Healthy,
            "failing" => Health::Failing,
            _ => Health::Unknown,
        }
    }
}

/// The state before a check.
#[derive(Debug, Clone, PartialEq)]
pub struct Before {
    pub health: Health,
    pub class: Option<String>,
    pub since: Option<Timestamp>,
    pub transient_failures: i64,
}

impl From<&crate::store::HealthRecord> for Before {
    fn from(r: &crate::store::HealthRecord) -> Self {
        Before {
            health: Health::parse(&r.health),
            class: r.class.clone(),
            since: r.since,
            transient_failures: r.transient_failures,
        }
    }
}

/// What a check found, by outcome class (`verified`, `key_rejected`, ...).
pub fn is_transient(class: VerifyClass) -> bool {
    matches!(
        class,
        VerifyClass::Busy | VerifyClass::Unavailable | VerifyClass::Unexpected
    )
}

/// The result of applying one check.
#[derive(Debug, Clone, PartialEq)]
pub struct After {
    pub update: HealthUpdate,
    /// The state changed (a line for the connector's timeline).
    pub changed: bool,
    /// The connector just turned failing: reach the customer.
    pub turned_failing: bool,
    /// A transient failure not yet counted as failing: check again soon.
    pub retry: bool,
}

/// Applies a check's outcome class at `now`.
pub fn apply(before: &Before, class: VerifyClass, now: Timestamp) -> After {
    let (health, class_kept, transient) = if class == VerifyClass::Verified {
        (Health::Healthy, None, 0)
    } else if is_transient(class) {
        let n = before.transient_failures + 1;
        if n < TRANSIENT_LIMIT {
            // Not decided yet: keep the state, count the failure.
            return After {
                update: HealthUpdate {
                    health: before.health.as_str().to_owned(),
                    class: before.class.clone(),
                    since: before.since,
                    checked_at: now,
                    transient_failures: n,
                },
                changed: false,
                turned_failing: false,
                retry: true,
            };
        }
        (Health::Failing, Some(class.as_str().to_owned()), n)
    } else {
        (Health::Failing, Some(class.as_str().to_owned()), 0)
    };
    let changed =
        health != before.health || (health == Health::Failing && class_kept != before.class);
    let since = if health != before.health || before.since.is_none() {
        Some(now)
    } else {
        before.since
    };
    After {
        update: HealthUpdate {
            health: health.as_str().to_owned(),
            class: class_kept,
            since,
            checked_at: now,
            transient_failures: transient,
        },
        changed,
        turned_failing: health == Health::Failing && before.health != Health::Failing,
        retry: false,
    }
}

/// When a connector's first check is due: spread over the interval by a
/// stable hash of its account, so checks do not all run at once.
pub fn first_due(account: &str, now: Timestamp, interval: std::time::Duration) -> Timestamp {
    let span = interval.as_millis().max(1) as u64;
    let hash = account.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    Timestamp(now.millis() + (hash % span) as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn before(health: Health, transient: i64) -> Before {
        Before {
            health,
            class: None,
            since: Some(Timestamp(1)),
            transient_failures: transient,
        }
    }

    #[test]
    fn a_rejected_key_is_failing_at_once() {
        let a = apply(
            &before(Health::Healthy, 0),
            VerifyClass::KeyRejected,
            Timestamp(50),
        );
        assert_eq!(a.update.health, "failing");
        assert_eq!(a.update.class.as_deref(), Some("key_rejected"));
        assert_eq!(a.update.since, Some(Timestamp(50)));
        assert!(a.changed && a.turned_failing && !a.retry);
    }

    #[test]
    fn transient_failures_are_retried_before_failing() {
        let mut b = before(Health::Healthy, 0);
        for n in 1..TRANSIENT_LIMIT {
            let a = apply(&b, VerifyClass::Unavailable, Timestamp(10 * n));
            assert_eq!(a.update.health, "healthy", "after {n} transient failures");
            assert!(a.retry && !a.changed && !a.turned_failing);
            b.transient_failures = a.update.transient_failures;
        }
        let a = apply(&b, VerifyClass::Busy, Timestamp(99));
        assert_eq!(a.update.health, "failing");
        assert_eq!(a.update.class.as_deref(), Some("busy"));
        assert!(a.turned_failing);
    }

    #[test]
    fn a_verified_key_is_healthy_and_resets_the_count() {
        let a = apply(
            &before(Health::Failing, 2),
            VerifyClass::Verified,
            Timestamp(7),
        );
        assert_eq!(a.update.health, "healthy");
        assert_eq!(a.update.transient_failures, 0);
        assert_eq!(a.update.since, Some(Timestamp(7)));
        assert!(a.changed && !a.turned_failing);
        let again = apply(
            &before(Health::Healthy, 0),
            VerifyClass::Verified,
            Timestamp(9),
        );
        assert!(!again.changed);
        assert_eq!(
            again.update.since,
            Some(Timestamp(1)),
            "healthy since the first time"
        );
    }

    #[test]
    fn a_failing_connector_failing_again_is_not_a_new_incident() {
        let mut b = before(Health::Failing, 0);
        b.class = Some("key_rejected".into());
        let a = apply(&b, VerifyClass::KeyRejected, Timestamp(5));
        assert!(!a.changed && !a.turned_failing);
        assert_eq!(a.update.since, Some(Timestamp(1)));
    }

    #[test]
    fn first_checks_spread_within_the_interval() {
        let interval = std::time::Duration::from_secs(3600);
        let dues: Vec<i64> = ["a.api-us1.com", "b.api-us1.com", "c.api-us1.com"]
            .iter()
            .map(|a| first_due(a, Timestamp(0), interval).millis())
            .collect();
        assert!(dues.iter().all(|d| (0..3_600_000).contains(d)));
        assert!(dues[0] != dues[1] && dues[1] != dues[2]);
    }
}
