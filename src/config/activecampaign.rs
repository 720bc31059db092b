//! Talking to ActiveCampaign: allowed hosts, plain HTTP, timeout, demo mode.

use std::time::Duration;

use crate::activecampaign::AllowList;

/// Talking to ActiveCampaign.
#[derive(Debug, Clone)]
pub struct AcSettings {
    /// `REKEY_AC_ALLOWED_HOSTS`.
    pub allowed_hosts: AllowList,
    /// `REKEY_AC_ALLOW_HTTP`: tests and local trials only.
    pub allow_http: bool,
    /// `REKEY_AC_TIMEOUT`.
    pub timeout: Duration,
    /// `REKEY_DEMO` (or `--demo`): a built-in sandbox verifier instead of
    /// ActiveCampaign; SQLite only.
    pub demo: bool,
}

impl Default for AcSettings {
    /// The documented defaults: ActiveCampaign's own hosts over HTTPS, a 10s
    /// timeout, no demo.
    fn default() -> Self {
        AcSettings {
            allowed_hosts: AllowList::default(),
            allow_http: false,
            timeout: Duration::from_secs(10),
            demo: false,
        }
    }
}
