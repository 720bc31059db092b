//! `/healthz`: answers 200 when the database answers and its schema is
//! current, 503 otherwise (without details, which go to the log).
//! `/readyz`: the same, and the Discord adapter connected when it is
//! configured — for load balancers deciding whether to send traffic.
//! `/metrics`: Prometheus text format (see [`crate::metrics`]); with
//! `REKEY_METRICS_TOKEN` set it needs `Authorization: Bearer <token>`.

use std::sync::atomic::Ordering;

use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde_json::{Value, json};

use super::AppState;

pub(super) fn routes() -> Router<AppState> {
    Router::new()
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/metrics", get(metrics))
}

async fn healthz(State(state): State<AppState>) -> (StatusCode, Json<Value>) {
    match state.store.health().await {
        Ok(()) => (
            StatusCode::OK,
            Json(json!({"status": "ok", "database": "ok"})),
        ),
        Err(e) => {
            tracing::error!(error = %e, "health check failed");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                Json(json!({"status": "unavailable", "database": "error"})),
            )
        }
    }
}

async fn readyz(State(state): State<AppState>) -> (StatusCode, Json<Value>) {
    let database = match state.store.health().await {
        Ok(()) => "ok",
        Err(e) => {
            tracing::error!(error = %e, "readiness check: database not ready");
            "error"
        }
    };
    let discord = match &state.discord_connected {
        None => "off",
        Some(flag) if flag.load(Ordering::Relaxed) => "ok",
        Some(_) => "connecting",
    };
    let ready = database == "ok" && discord != "connecting";
    let status = if ready {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    let word = if ready { "ready" } else { "unavailable" };
    (
        status,
        Json(json!({"status": word, "database": database, "discord": discord})),
    )
}

async fn metrics(State(state): State<AppState>, headers: axum::http::HeaderMap) -> Response {
    if let Some(expected) = &state.metrics_token
        && !super::api::bearer_matches(&headers, expected)
    {
        return (
            StatusCode::UNAUTHORIZED,
            [(header::WWW_AUTHENTICATE, "Bearer")],
            "missing or wrong bearer token (REKEY_METRICS_TOKEN)",
        )
            .into_response();
    }
    let m = state.bot.metrics();
    match state.store.count_tickets_by_status().await {
        Ok(counts) => m.set_ticket_counts(&counts),
        // Serve the counters anyway; the gauge keeps its last value.
        Err(e) => tracing::error!(error = %e, "metrics: cannot count tickets"),
    }
    match state.store.connector_healths().await {
        Ok(all) => {
            let counts: Vec<(&'static str, i64)> = crate::proactive::Health::ALL
                .iter()
                .map(|h| {
                    let n = all.iter().filter(|c| c.health == h.as_str()).count();
                    (h.as_str(), n as i64)
                })
                .collect();
            m.set_connector_counts(&counts);
        }
        Err(e) => tracing::error!(error = %e, "metrics: cannot count connectors"),
    }
    match state.store.count_failed_jobs().await {
        Ok(n) => m.set_parked_jobs(n),
        Err(e) => tracing::error!(error = %e, "metrics: cannot count failed jobs"),
    }
    (
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        m.render(),
    )
        .into_response()
}
