//! Records of what several instances share through the database (issue 18):
//! the web chat's outbox and parked jobs. Dashboard sessions need no record
//! type (a staff name is all a session says).

use crate::domain::{TicketId, Timestamp};

/// One item of a web chat customer's outbox: the id is the page's cursor,
/// `item` the JSON of what the page draws.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxItem {
    pub id: i64,
    pub item: String,
}

/// A job that failed on every attempt and was parked.
#[derive(Debug, Clone)]
pub struct FailedJob {
    pub id: i64,
    pub kind: String,
    pub ticket: Option<TicketId>,
    pub attempts: i64,
    /// The last attempt's error (shortened).
    pub error: String,
    pub failed_at: Timestamp,
}
