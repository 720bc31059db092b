//! Connector health checks, stale-key reminders and outreach hours.

use std::time::Duration;

/// Connector health checks, stale-key reminders and outreach.
#[derive(Debug, Clone)]
pub struct ProactiveSettings {
    /// `REKEY_HEALTH_INTERVAL`: how often each stored connector is verified.
    pub health_interval: Duration,
    /// `REKEY_ROTATE_AFTER`: key age that earns a reminder; `None` = off.
    pub rotate_after: Option<Duration>,
    /// `REKEY_OUTREACH_HOURS`: UTC hours (`9-17`) outreach may happen in;
    /// `None` = any time.
    pub outreach_hours: Option<crate::proactive::OutreachHours>,
}

impl Default for ProactiveSettings {
    fn default() -> Self {
        ProactiveSettings {
            health_interval: Duration::from_secs(6 * 3600),
            rotate_after: None,
            outreach_hours: None,
        }
    }
}
