//! Keyed rate limits whose memory is bounded.
//!
//! A plain keyed limiter keeps one entry per key it ever saw; keyed by
//! something an attacker chooses (a link token's hash, a chat session, an
//! address from a large IPv6 range) it grows without end. [`Limiter`] prunes
//! entries that are back at full quota every [`PRUNE_EVERY`] checks, and
//! when it still holds `max_keys` it refuses new keys until pruning frees
//! room: memory stays bounded, and a flood of fresh keys is refused rather
//! than admitted.

use std::hash::Hash;
use std::num::NonZeroU32;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

/// Checks between two prunings of entries that are back at full quota.
pub const PRUNE_EVERY: u64 = 1024;

/// A keyed limiter holding at most `max_keys` keys.
#[derive(Debug)]
pub struct Limiter<K: Hash + Eq + Clone> {
    inner: DefaultKeyedRateLimiter<K>,
    max_keys: usize,
    checks: AtomicU64,
}

impl<K: Hash + Eq + Clone> Limiter<K> {
    /// `burst` requests at once, refilled at `burst` per `period`.
    pub fn new(burst: u32, period: Duration, max_keys: usize) -> Self {
        let burst = NonZeroU32::new(burst.max(1)).unwrap_or(NonZeroU32::MIN);
        let per_one = period.checked_div(burst.get()).unwrap_or(period);
        let quota = Quota::with_period(per_one.max(Duration::from_nanos(1)))
            .unwrap_or_else(|| Quota::per_second(NonZeroU32::MIN))
            .allow_burst(burst);
        Limiter {
            inner: RateLimiter::keyed(quota),
            max_keys: max_keys.max(1),
            checks: AtomicU64::new(0),
        }
    }

    /// `n` per minute.
    pub fn per_minute(n: u32, max_keys: usize) -> Self {
        Self::new(n, Duration::from_secs(60), max_keys)
    }

    /// True when `key` may go ahead (and uses up one of its quota).
    pub fn check(&self, key: &K) -> bool {
        let n = self.checks.fetch_add(1, Ordering::Relaxed);
        if n % PRUNE_EVERY == PRUNE_EVERY - 1 || self.inner.len() >= self.max_keys {
            self.prune();
        }
        if self.inner.len() >= self.max_keys {
            // Full even after pruning: only keys already held may go on.
            // (A key seen before may still be at full quota and pruned; it
            // is refused like any new one until room frees up.)
            return false;
        }
        self.inner.check_key(key).is_ok()
    }

    /// Drops entries that are back at full quota.
    pub fn prune(&self) {
        self.inner.retain_recent();
        self.inner.shrink_to_fit();
    }

    /// Keys held now.
    pub fn len(&self) -> usize {
        self.inner.len()
    }

    pub fn is_empty(&self) -> bool {
        self.inner.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_key_gets_its_own_quota() {
        let l = Limiter::per_minute(2, 100);
        assert!(l.check(&1));
        assert!(l.check(&1));
        assert!(!l.check(&1), "third within the minute");
        assert!(l.check(&2), "another key is not affected");
    }

    #[test]
    fn memory_stays_bounded_under_a_flood_of_fresh_keys() {
        let l = Limiter::per_minute(5, 50);
        let admitted = (0..10_000u32).filter(|k| l.check(k)).count();
        assert!(l.len() <= 50, "{} keys held", l.len());
        assert_eq!(admitted, 50, "fresh keys past the cap are refused");
    }

    #[test]
    fn keys_back_at_full_quota_are_pruned() {
        let l = Limiter::new(1, Duration::from_millis(1), 10);
        for k in 0..10u32 {
            assert!(l.check(&k));
        }
        std::thread::sleep(Duration::from_millis(5));
        assert!(l.check(&99), "pruning made room for a new key");
        assert!(l.len() <= 2, "{} keys held", l.len());
    }
}
