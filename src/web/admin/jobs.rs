//! The "Failed jobs" page: scheduled work (timers, webhook deliveries, …)
//! that failed on every attempt and was parked, with its last error — the
//! same rows, from any instance, that the `rekey_jobs_parked` metric counts.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;

use super::auth::Staff;
use super::pages::when;
use super::{internal, render};
use crate::store::FailedJob;
use crate::web::AppState;

/// How many parked jobs the page lists (newest first).
const SHOWN: i64 = 200;

struct JobView {
    id: i64,
    kind: String,
    ticket: String,
    attempts: i64,
    error: String,
    failed_at: String,
}

impl From<FailedJob> for JobView {
    fn from(j: FailedJob) -> Self {
        JobView {
            id: j.id,
            kind: j.kind,
            ticket: j.ticket.map(|t| t.to_string()).unwrap_or_default(),
            attempts: j.attempts,
            error: j.error,
            failed_at: when(j.failed_at),
        }
    }
}

#[derive(Template)]
#[template(path = "admin_jobs.html")]
struct JobsPage {
    staff: Staff,
    total: i64,
    jobs: Vec<JobView>,
}

pub(super) async fn page(State(state): State<AppState>, staff: Staff) -> Response {
    let loaded = tokio::try_join!(
        state.store.failed_jobs(SHOWN),
        state.store.count_failed_jobs()
    );
    let (jobs, total) = match loaded {
        Ok(x) => x,
        Err(e) => return internal(e),
    };
    let page = JobsPage {
        staff,
        total,
        jobs: jobs.into_iter().map(JobView::from).collect(),
    };
    render(StatusCode::OK, &page)
}
