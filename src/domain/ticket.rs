//! Tickets: the short human id (`RK-1042`), status and channel.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::named_enum;

/// Offset between the database row id and the number people see, so the
/// first ticket reads `RK-1001` rather than `RK-1`.
const DISPLAY_OFFSET: i64 = 1000;

/// A ticket's identity. Displayed and parsed as `RK-<number>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct TicketId(i64);

impl TicketId {
    /// Wraps a database row id.
    pub fn from_row(row_id: i64) -> Self {
        TicketId(row_id)
    }

    /// The database row id.
    pub fn row(self) -> i64 {
        self.0
    }
}

impl fmt::Display for TicketId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "RK-{}", self.0 + DISPLAY_OFFSET)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a ticket id: {0:?} (expected something like RK-1042)")]
pub struct ParseTicketIdError(String);

impl FromStr for TicketId {
    type Err = ParseTicketIdError;

    /// Accepts `RK-1042`, `rk-1042`, `#RK-1042` and bare `1042`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || ParseTicketIdError(s.to_owned());
        let t = s.trim().trim_start_matches('#');
        let digits = match t.get(..3) {
            Some(p) if p.eq_ignore_ascii_case("rk-") => &t[3..],
            _ => t,
        };
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(err());
        }
        let n: i64 = digits.parse().map_err(|_| err())?;
        if n <= DISPLAY_OFFSET {
            return Err(err());
        }
        Ok(TicketId(n - DISPLAY_OFFSET))
    }
}

/// Where a ticket is in its life. See DESIGN.md section 4.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TicketStatus {
    Open,
    InWalkthrough,
    AwaitingForm,
    Verifying,
    Reconnected,
    Escalated,
    Closed,
}

named_enum!(TicketStatus, "status", {
    Open => "open",
    InWalkthrough => "in-walkthrough",
    AwaitingForm => "awaiting-form",
    Verifying => "verifying",
    Reconnected => "reconnected",
    Escalated => "escalated",
    Closed => "closed",
});

impl TicketStatus {
    /// Whether a new complaint from the same customer joins this ticket.
    pub fn is_active(self) -> bool {
        !matches!(self, TicketStatus::Closed)
    }
}

/// The chat surface a ticket lives on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Channel {
    Discord,
    Web,
    Shell,
}

named_enum!(Channel, "channel", {
    Discord => "discord",
    Web => "web",
    Shell => "shell",
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticket_ids_display_and_parse_round_trip() {
        let id = TicketId::from_row(42);
        assert_eq!(id.to_string(), "RK-1042");
        for text in ["RK-1042", "rk-1042", "#RK-1042", " 1042 "] {
            assert_eq!(text.parse::<TicketId>(), Ok(id), "{text}");
        }
    }

    #[test]
    fn malformed_ticket_ids_are_rejected() {
        for text in [
            "",
            "RK-",
            "RK-abc",
            "RK-12x",
            "RK-1000",
            "RK--5",
            "XY-1042",
            "99999999999999999999",
        ] {
            assert!(
                text.parse::<TicketId>().is_err(),
                "{text:?} should not parse"
            );
        }
    }

    #[test]
    fn statuses_round_trip_through_their_names() {
        for s in TicketStatus::ALL {
            assert_eq!(s.as_str().parse::<TicketStatus>(), Ok(*s));
            let json = serde_json::to_string(s).unwrap();
            assert_eq!(json, format!("\"{}\"", s.as_str()));
        }
        let err = "pending".parse::<TicketStatus>().unwrap_err();
        assert!(err.to_string().contains("in-walkthrough"), "{err}");
    }
}
