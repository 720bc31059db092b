//! Secure links: lifetime and failed attempts.

use std::time::Duration;

/// Secure links.
#[derive(Debug, Clone)]
pub struct LinkSettings {
    /// `REKEY_LINK_TTL`.
    pub ttl: Duration,
    /// `REKEY_LINK_MAX_ATTEMPTS`: failed verifications before the link locks.
    pub max_attempts: u32,
}
