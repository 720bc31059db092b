//! Continuity: a customer who comes back within a day of a closed ticket is
//! linked to it. This finds that ticket and describes it for the engine.

use std::time::Duration;

use crate::conversation::PreviousTicket;
use crate::domain::TicketStatus;
use crate::store::{TicketFilter, TicketOrder};

use super::{Bot, BotError, Customer};

/// How recently a ticket must have closed to be linked.
const WITHIN: Duration = Duration::from_secs(24 * 60 * 60);

impl Bot {
    /// The customer's newest ticket that closed within the last day.
    pub(super) async fn recent_closed_ticket(
        &self,
        c: &Customer,
    ) -> Result<Option<PreviousTicket>, BotError> {
        let now = self.clock.now();
        let tickets = self
            .store
            .list_tickets(&TicketFilter {
                status: Some(TicketStatus::Closed),
                channel: Some(c.channel),
                customer: Some(c.customer_ref.clone()),
                order: TicketOrder::Newest,
                limit: Some(20),
                ..TicketFilter::default()
            })
            .await?;
        let since = now.millis() - i64::try_from(WITHIN.as_millis()).unwrap_or(i64::MAX);
        Ok(tickets
            .into_iter()
            // The filter matches parts of ids; only this customer counts.
            .filter(|t| t.customer_ref == c.customer_ref)
            .filter_map(|t| t.closed_at.map(|at| (t, at)))
            .filter(|(_, at)| at.millis() >= since)
            .max_by_key(|(_, at)| at.millis())
            .map(|(t, at)| PreviousTicket {
                ticket_id: t.id.to_string(),
                closed_on: at,
                integration: t.integration,
                rotated: t.resolved,
            }))
    }
}
