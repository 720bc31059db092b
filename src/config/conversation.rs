//! How long conversations wait on a quiet customer, and how scheduled jobs
//! are leased and retried.

use std::time::Duration;

use super::parse::minutes;

/// How long conversations wait on a quiet customer.
#[derive(Debug, Clone)]
pub struct ConversationSettings {
    /// `REKEY_REMINDER_AFTER`: quiet time before the one reminder.
    pub reminder_after: Duration,
    /// `REKEY_CLOSE_AFTER`: quiet time after the reminder before closing.
    pub close_after: Duration,
    /// `REKEY_JOB_LEASE`: how long an instance holds a claimed scheduled job;
    /// if it dies meanwhile, another instance runs the job after this.
    pub job_lease: Duration,
    /// `REKEY_JOB_MAX_ATTEMPTS`: runs of a failing job before it is parked.
    pub job_max_attempts: u32,
    /// `REKEY_JOB_RETRY_BACKOFF`: wait before a failed job's second attempt
    /// (doubling after each further failure, at most an hour).
    pub job_retry_backoff: Duration,
}

impl Default for ConversationSettings {
    /// The documented defaults: remind after 2h, close 24h later; jobs leased
    /// for 1m, parked after 5 runs, retried after 30s.
    fn default() -> Self {
        ConversationSettings {
            reminder_after: minutes(120),
            close_after: minutes(24 * 60),
            job_lease: minutes(1),
            job_max_attempts: 5,
            job_retry_backoff: Duration::from_secs(30),
        }
    }
}
