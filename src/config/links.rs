//! Secure links: lifetime and failed attempts.

use std::time::Duration;

use super::parse::minutes;

/// Secure links.
#[derive(Debug, Clone)]
pub struct LinkSettings {
    /// `REKEY_LINK_TTL`.
    pub ttl: Duration,
    /// `REKEY_LINK_MAX_ATTEMPTS`: failed verifications before the link locks.
    pub max_attempts: u32,
}

impl Default for LinkSettings {
    /// The documented defaults: links live 15m and lock after 5 failures.
    fn default() -> Self {
        LinkSettings {
            ttl: minutes(15),
            max_attempts: 5,
        }
    }
}
