//! Connector health on the dashboard: every stored connector with its
//! health (healthy / failing with class and since when / unknown), one
//! connector's timeline, and "ask the customer to rotate" (also on the
//! ticket page), which queues the outreach and writes an audit entry.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::pages::when;
use super::{AppState, Staff, forbidden_csrf, internal, render};
use crate::store::{ConnectorEvent, HealthRecord};
use crate::web::error::{Error, Surface};

pub(super) struct HealthRow {
    pub account: String,
    pub state: String,
    pub class: String,
    pub since: String,
    pub checked: String,
    pub key_set: String,
    pub reports: i64,
    pub reminders_off: bool,
}

impl From<&HealthRecord> for HealthRow {
    fn from(h: &HealthRecord) -> Self {
        HealthRow {
            account: h.account.clone(),
            state: h.health.clone(),
            class: h.class.clone().unwrap_or_default(),
            since: h.since.map(when).unwrap_or_default(),
            checked: h.checked_at.map(when).unwrap_or_default(),
            key_set: when(h.key_set_at),
            reports: h.failure_reports,
            reminders_off: h.reminders_off,
        }
    }
}

pub(super) struct EventRow {
    pub at: String,
    pub kind: String,
    pub actor: String,
    pub detail: String,
}

impl From<&ConnectorEvent> for EventRow {
    fn from(e: &ConnectorEvent) -> Self {
        EventRow {
            at: when(e.at),
            kind: e.kind.clone(),
            actor: e.actor.clone(),
            detail: e.detail.clone(),
        }
    }
}

#[derive(Template)]
#[template(path = "admin_connectors.html")]
pub(super) struct ConnectorsPage {
    pub staff: Staff,
    pub rows: Vec<HealthRow>,
}

#[derive(Template)]
#[template(path = "admin_connector.html")]
pub(super) struct ConnectorPage {
    pub staff: Staff,
    pub c: HealthRow,
    pub events: Vec<EventRow>,
    pub max_reason: usize,
}

pub(super) async fn list(State(state): State<AppState>, staff: Staff) -> Response {
    match state.store.connector_healths().await {
        Ok(all) => render(
            StatusCode::OK,
            &ConnectorsPage {
                staff,
                rows: all.iter().map(HealthRow::from).collect(),
            },
        ),
        Err(e) => internal(e),
    }
}

pub(super) async fn page(
    State(state): State<AppState>,
    staff: Staff,
    Path(account): Path<String>,
) -> Response {
    let loaded = tokio::try_join!(
        state.store.connector_health(&account),
        state.store.connector_events(&account)
    );
    match loaded {
        Ok((Some(h), events)) => render(
            StatusCode::OK,
            &ConnectorPage {
                staff,
                c: HealthRow::from(&h),
                events: events.iter().map(EventRow::from).collect(),
                max_reason: crate::proactive::MAX_REASON_CHARS,
            },
        ),
        Ok((None, _)) => Error::no_connector().into_response(),
        Err(e) => internal(e),
    }
}

#[derive(Deserialize)]
pub(super) struct AskInput {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    reason: String,
    /// Where to go back to (a ticket page), else the connector page.
    #[serde(default)]
    back: String,
}

pub(super) async fn rotate_ask(
    State(state): State<AppState>,
    staff: Staff,
    Path(account): Path<String>,
    Form(input): Form<AskInput>,
) -> Response {
    if !staff.csrf_ok(&input.csrf) {
        return forbidden_csrf();
    }
    if input.reason.trim().is_empty() {
        return Error::refused(
            Surface::Staff,
            StatusCode::UNPROCESSABLE_ENTITY,
            "no_reason",
        )
        .into_response();
    }
    match state.store.connector_health(&account).await {
        Ok(Some(_)) => {}
        Ok(None) => return Error::no_connector().into_response(),
        Err(e) => return internal(e),
    }
    if let Err(e) =
        crate::proactive::request_rotation(&state.bot, &account, &staff.name, &input.reason).await
    {
        return internal(format!("{e:#}"));
    }
    // Only our own pages: a ticket page, else the connector's.
    let back = if input.back.starts_with("/admin/tickets/") && !input.back.contains("//") {
        input.back
    } else {
        format!("/admin/connectors/{account}")
    };
    Redirect::to(&back).into_response()
}
