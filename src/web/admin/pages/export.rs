//! The ticket list as CSV.

use crate::domain::Timestamp;
use crate::store::Ticket;
use crate::transcript::customer_reference;

/// A spreadsheet would run a cell starting with one of these as a formula.
pub(super) fn defuse(cell: &str) -> String {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}"),
        _ => cell.to_owned(),
    }
}

/// The tickets as CSV (RFC 4180 quoting by the `csv` crate, formula cells
/// defused).
pub(in crate::web::admin) fn tickets_csv(tickets: &[Ticket]) -> Result<Vec<u8>, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record([
        "ticket",
        "status",
        "channel",
        "integration",
        "customer",
        "customer_reference",
        "step",
        "error_class",
        "assignee",
        "exposed",
        "resolved",
        "created_at",
        "updated_at",
        "closed_at",
    ])?;
    for t in tickets {
        w.write_record([
            t.id.to_string(),
            t.status.to_string(),
            t.channel.to_string(),
            t.integration.to_string(),
            defuse(&t.customer_name),
            customer_reference(t.channel, &t.customer_ref),
            t.step.clone(),
            t.error_class.clone().unwrap_or_default(),
            defuse(t.assignee.as_deref().unwrap_or("")),
            t.exposed.to_string(),
            t.resolved.to_string(),
            t.created_at.to_rfc3339(),
            t.updated_at.to_rfc3339(),
            t.closed_at.map(Timestamp::to_rfc3339).unwrap_or_default(),
        ])?;
    }
    w.into_inner().map_err(|e| e.into_error().into())
}
