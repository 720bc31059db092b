//! The ticket page's live view: `GET /admin/tickets/{id}/news?after=N`
//! answers with the transcript lines newer than event `N` as soon as there
//! are any (long polling), plus who has the ticket now. While a page waits
//! here its staff member counts as looking at the ticket, so a customer's
//! reply reaches them on the page instead of as a triage notice.

use std::time::Duration;

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};

use super::pages::{TranscriptRow, waiting_since, with_words};
use super::{Staff, internal};
use crate::domain::TicketId;
use crate::transcript::{step_words, transcript};
use crate::web::AppState;

/// How long one request waits for news before answering empty.
const WAIT: Duration = Duration::from_secs(20);
/// How often the store is asked again (another instance may have written).
const RECHECK: Duration = Duration::from_secs(2);

#[derive(Deserialize)]
pub(super) struct After {
    #[serde(default)]
    after: i64,
}

#[derive(Serialize)]
struct Line {
    id: i64,
    at: String,
    time: String,
    speaker: &'static str,
    by: String,
    text: String,
    private: bool,
    details: String,
}

impl From<TranscriptRow> for Line {
    fn from(r: TranscriptRow) -> Self {
        Line {
            id: r.id,
            at: r.at,
            time: r.time,
            speaker: r.speaker,
            by: r.by,
            text: r.text,
            private: r.private,
            details: r.details,
        }
    }
}

#[derive(Serialize)]
struct News {
    lines: Vec<Line>,
    /// The newest event id the page has now seen.
    after: i64,
    status: String,
    with: String,
    nobody: bool,
    step: String,
}

pub(super) async fn news(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<String>,
    Query(q): Query<After>,
) -> Response {
    let Ok(id) = id.parse::<TicketId>() else {
        return super::no_ticket();
    };
    let _looking = state.bot.watch(id, &staff.name);
    let deadline = tokio::time::Instant::now() + WAIT;
    loop {
        let changed = state.bot.timeline_news();
        let loaded = tokio::try_join!(state.store.ticket(id), state.store.timeline(id));
        let (ticket, timeline) = match loaded {
            Ok((Some(t), timeline)) => (t, timeline),
            Ok((None, _)) => return super::no_ticket(),
            Err(e) => return internal(e),
        };
        let newest = timeline.last().map_or(0, |e| e.id);
        if newest > q.after || tokio::time::Instant::now() >= deadline {
            let fresh: Vec<_> = timeline
                .iter()
                .filter(|e| e.id > q.after)
                .cloned()
                .collect();
            let (with, nobody) =
                with_words(&ticket, waiting_since(&ticket, &timeline), state.bot.now());
            let lines = transcript(&fresh, &ticket.customer_name)
                .iter()
                .map(|e| Line::from(TranscriptRow::from(e)))
                .collect();
            return Json(News {
                lines,
                after: newest.max(q.after),
                status: ticket.status.to_string(),
                with,
                nobody,
                step: step_words(&ticket.step),
            })
            .into_response();
        }
        let _ = tokio::time::timeout(RECHECK, changed).await;
    }
}
