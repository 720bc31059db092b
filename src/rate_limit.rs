//! Rate limits: one [`RateLimit`] per rule (web chat messages per session,
//! form posts per address, sign-in attempts, verification calls per link,
//! failure reports per account), backed either by this process's memory or
//! by the database, so that several instances share one count.
//!
//! Where the count lives is the app's choice ([`Backing`]): on PostgreSQL
//! (several instances) every check is one SQL statement on a GCRA row per
//! key ([`gcra`], `Store::rate_limit`), keyed by an HMAC of the rule's name
//! and the key under a key derived from the master key, so a row never
//! shows a customer's address, session or link; rows back at full quota
//! are pruned with the other shared rows (`crate::instances`). On SQLite
//! (one instance) the count stays in memory.
//!
//! In memory, a plain keyed limiter keeps one entry per key it ever saw;
//! keyed by something an attacker chooses (a link token's hash, a chat
//! session, an address from a large IPv6 range) it grows without end.
//! [`Limiter`] prunes entries that are back at full quota every
//! [`PRUNE_EVERY`] checks, and when it still holds `max_keys` it refuses new
//! keys until pruning frees room: memory stays bounded, and a flood of fresh
//! keys is refused rather than admitted.

pub mod gcra;

use std::net::IpAddr;
use std::sync::Arc;

use hmac::{Hmac, Mac};
use secrecy::{ExposeSecret, SecretBox};
use sha2::Sha256;

use crate::clock::Clock;
use crate::store::Store;
pub use gcra::Quota;

use std::hash::Hash;
use std::num::NonZeroU32;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use governor::{DefaultKeyedRateLimiter, RateLimiter};

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
        let quota = governor::Quota::with_period(per_one.max(Duration::from_nanos(1)))
            .unwrap_or_else(|| governor::Quota::per_second(NonZeroU32::MIN))
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

    pub fn with_quota(quota: Quota, max_keys: usize) -> Self {
        Self::new(quota.burst, quota.period, max_keys)
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

/// Keys an in-memory limit remembers at most.
pub const LOCAL_KEYS: usize = 100_000;

/// Where the counts of rate limits live: this process (SQLite, one
/// instance) or the database (PostgreSQL, shared by every instance).
#[derive(Debug, Clone)]
pub enum Backing {
    Local,
    Shared(Arc<SharedLimits>),
}

impl Backing {
    /// Shared through `store` when it is PostgreSQL, local on SQLite.
    pub fn for_store(
        store: Arc<dyn Store>,
        clock: Arc<dyn Clock>,
        key: SecretBox<[u8; 32]>,
    ) -> Backing {
        match store.backend() {
            crate::config::Backend::Postgres => Backing::shared(store, clock, key),
            crate::config::Backend::Sqlite => Backing::Local,
        }
    }

    /// Counts in `store` whatever its backend (tests run it on SQLite too).
    pub fn shared(
        store: Arc<dyn Store>,
        clock: Arc<dyn Clock>,
        key: SecretBox<[u8; 32]>,
    ) -> Backing {
        Backing::Shared(Arc::new(SharedLimits { store, clock, key }))
    }

    /// Whether counts are shared by every instance.
    pub fn is_shared(&self) -> bool {
        matches!(self, Backing::Shared(_))
    }
}

/// What a shared limit needs: the store that holds the rows, the clock, and
/// the key its row keys are an HMAC under.
pub struct SharedLimits {
    store: Arc<dyn Store>,
    clock: Arc<dyn Clock>,
    key: SecretBox<[u8; 32]>,
}

impl std::fmt::Debug for SharedLimits {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SharedLimits").finish_non_exhaustive()
    }
}

impl SharedLimits {
    /// The row key of `key` under the rule `name`: an HMAC, so neither the
    /// rule's keys (addresses, sessions, link hashes) nor their guesses can
    /// be read from the table without the master key.
    fn row_key(&self, name: &str, key: &[u8]) -> [u8; 32] {
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(self.key.expose_secret())
            .expect("HMAC takes any key length");
        mac.update(name.as_bytes());
        mac.update(&[0]);
        mac.update(key);
        mac.finalize().into_bytes().into()
    }
}

/// One rate-limit rule: a name (which separates its keys from other
/// rules'), a quota, and where its counts live.
#[derive(Debug)]
pub struct RateLimit {
    name: &'static str,
    quota: Quota,
    counts: Counts,
}

#[derive(Debug)]
enum Counts {
    Local(Limiter<Vec<u8>>),
    Shared(Arc<SharedLimits>),
}

impl RateLimit {
    /// A rule counted in this process's memory (at most [`LOCAL_KEYS`]
    /// keys).
    pub fn local(name: &'static str, quota: Quota) -> Self {
        RateLimit {
            name,
            quota,
            counts: Counts::Local(Limiter::with_quota(quota, LOCAL_KEYS)),
        }
    }

    /// A rule counted where `backing` says.
    pub fn new(name: &'static str, quota: Quota, backing: &Backing) -> Self {
        match backing {
            Backing::Local => Self::local(name, quota),
            Backing::Shared(shared) => RateLimit {
                name,
                quota,
                counts: Counts::Shared(shared.clone()),
            },
        }
    }

    /// The same rule (name and quota) with fresh counts where `backing`
    /// says.
    pub fn on(&self, backing: &Backing) -> Self {
        Self::new(self.name, self.quota, backing)
    }

    pub fn quota(&self) -> Quota {
        self.quota
    }

    /// True when `key` may go ahead (and uses up one of its quota). A shared
    /// limit the database cannot answer refuses (and logs why): every path
    /// it guards needs the database anyway.
    pub async fn check(&self, key: &[u8]) -> bool {
        match &self.counts {
            Counts::Local(limiter) => limiter.check(&key.to_vec()),
            Counts::Shared(shared) => {
                let row = shared.row_key(self.name, key);
                let now = shared.clock.now();
                match shared.store.rate_limit(&row, now, self.quota.gcra()).await {
                    Ok(allowed) => allowed,
                    Err(e) => {
                        tracing::error!(limit = self.name, error = %e, "cannot check a shared rate limit; refused");
                        false
                    }
                }
            }
        }
    }

    /// [`check`](Self::check) keyed by a client address (an IPv4-mapped
    /// IPv6 address counts as its IPv4 address).
    pub async fn check_ip(&self, ip: IpAddr) -> bool {
        match ip.to_canonical() {
            IpAddr::V4(v4) => self.check(&v4.octets()).await,
            IpAddr::V6(v6) => self.check(&v6.octets()).await,
        }
    }

    /// Keys held in this process's memory (none for a shared rule: its rows
    /// are in the database, pruned there).
    pub fn keys(&self) -> usize {
        match &self.counts {
            Counts::Local(limiter) => limiter.len(),
            Counts::Shared(_) => 0,
        }
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
