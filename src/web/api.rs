//! The connector API the platform's sync engine reads, guarded by the bearer
//! token `REKEY_API_TOKEN`; off without it. The scheme is matched without
//! regard to case (RFC 7235) and tokens are compared as SHA-256 digests in
//! constant time, so neither content nor length leaks through timing.
//!
//! - `GET /api/v1/connectors/{account}`: status, health, fingerprint,
//!   verified user — never the key;
//! - `GET /api/v1/connectors/{account}/credentials`: the decrypted URL and key;
//!   every read is written to the audit log;
//! - `POST /api/v1/connectors/{account}/failures`: the sync engine reports a
//!   failure (`{"status", "error", "at"}`); recorded (repeats once), the key
//!   re-verified at once, rate-limited per account (see `crate::proactive`).
//!
//! The connector's answer carries its `health` (state, class, since).

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use secrecy::ExposeSecret;
use serde_json::json;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use super::AppState;
use super::error::{Error, Surface};
use crate::connectors;
use crate::store::NewAudit;

pub(super) fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/v1/connectors/{account}", get(connector))
        .route("/api/v1/connectors/{account}/credentials", get(credentials))
        .route("/api/v1/connectors/{account}/failures", post(failures))
}

/// A refusal: a stable `code` and, for the developer reading it, `message`.
fn error(status: StatusCode, code: &'static str, message: &'static str) -> Response {
    Error::refused(Surface::Json, status, code)
        .with_message(message)
        .into_response()
}

/// Something failed on our side (logged, never shown).
fn internal(what: &'static str, e: impl std::fmt::Display) -> Response {
    Error::internal(Surface::Json, what, e).into_response()
}

/// The refusal, unless the request carries the configured bearer token.
fn refusal(state: &AppState, headers: &HeaderMap) -> Option<Response> {
    let Some(expected) = &state.api_token else {
        return Some(error(
            StatusCode::NOT_FOUND,
            "api_off",
            "the connector API is off (REKEY_API_TOKEN is not set)",
        ));
    };
    if bearer_matches(headers, expected) {
        None
    } else {
        Some(error(
            StatusCode::UNAUTHORIZED,
            "unauthorized",
            "missing or wrong bearer token",
        ))
    }
}

/// The bearer token of an `Authorization` header (`Bearer`, any case).
fn bearer(headers: &HeaderMap) -> Option<&str> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?.trim();
    let (scheme, token) = value.split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("bearer")
        .then(|| token.trim_start())
}

/// Whether the request carries `expected` as its bearer token. Both sides
/// are hashed first: a fixed-length constant-time comparison of digests
/// reveals neither the token nor its length.
pub(super) fn bearer_matches(headers: &HeaderMap, expected: &secrecy::SecretString) -> bool {
    let given = Sha256::digest(bearer(headers).unwrap_or("").as_bytes());
    let wanted = Sha256::digest(expected.expose_secret().as_bytes());
    bearer(headers).is_some() && bool::from(given.as_slice().ct_eq(wanted.as_slice()))
}

async fn connector(
    State(state): State<AppState>,
    Path(account): Path<String>,
    headers: HeaderMap,
) -> Response {
    if let Some(refused) = refusal(&state, &headers) {
        return refused;
    }
    match state.store.connector(&account.to_ascii_lowercase()).await {
        Ok(Some(c)) => Json(json!({
            "account": c.account,
            "api_url": c.api_url,
            "status": c.status,
            "fingerprint": c.key_fingerprint,
            "previous_fingerprint": c.previous_fingerprint,
            "verified_user": c.verified_user,
            "ticket_id": c.ticket.map(|t| t.to_string()),
            "updated_at": c.updated_at.to_rfc3339(),
            "health": health_json(&state, &c.account).await,
        }))
        .into_response(),
        Ok(None) => error(
            StatusCode::NOT_FOUND,
            "no_connector",
            "no connector for this account",
        ),
        Err(e) => internal("the connector API", e),
    }
}

async fn credentials(
    State(state): State<AppState>,
    Path(account): Path<String>,
    headers: HeaderMap,
) -> Response {
    if let Some(refused) = refusal(&state, &headers) {
        return refused;
    }
    let account = account.to_ascii_lowercase();
    match connectors::open(state.store.as_ref(), &state.reconnect.master_key, &account).await {
        Ok(Some((record, key))) => {
            let audit = NewAudit {
                at: state.bot.now(),
                actor: "api".into(),
                action: "connector.credentials_read".into(),
                ticket: None,
                account: Some(record.account.clone()),
                detail: json!({ "fingerprint": record.key_fingerprint }),
            };
            if let Err(e) = state.store.add_audit(audit).await {
                // An unaudited read must not happen.
                return internal("auditing a credentials read (refused)", e);
            }
            Json(json!({
                "account": record.account,
                "api_url": record.api_url,
                "api_key": key.expose_secret(),
                "fingerprint": record.key_fingerprint,
            }))
            .into_response()
        }
        Ok(None) => error(
            StatusCode::NOT_FOUND,
            "no_connector",
            "no connector for this account",
        ),
        Err(e) => internal("a credentials read", e),
    }
}

/// The connector's health for the API: state, class and since when.
async fn health_json(state: &AppState, account: &str) -> serde_json::Value {
    match state.store.connector_health(account).await {
        Ok(Some(h)) => json!({
            "state": h.health,
            "class": h.class,
            "since": h.since.map(|t| t.to_rfc3339()),
            "checked_at": h.checked_at.map(|t| t.to_rfc3339()),
            "failure_reports": h.failure_reports,
        }),
        Ok(None) => serde_json::Value::Null,
        Err(e) => {
            tracing::error!(error = %e, "cannot read connector health");
            serde_json::Value::Null
        }
    }
}

/// `POST /api/v1/connectors/{account}/failures`: the sync engine reports
/// what it saw; Rekey records it and re-verifies the key.
async fn failures(
    State(state): State<AppState>,
    Path(account): Path<String>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Response {
    use crate::proactive::{Checked, ReportResult};
    if let Some(refused) = refusal(&state, &headers) {
        return refused;
    }
    let Ok(report) = serde_json::from_slice::<crate::proactive::Report>(&body) else {
        return error(
            StatusCode::BAD_REQUEST,
            "bad_request",
            "expected JSON: {\"status\": 403, \"error\": \"...\", \"at\": \"RFC 3339\"}",
        );
    };
    let account = account.to_ascii_lowercase();
    match state.proactive.report(&account, report).await {
        Ok(ReportResult::Checked(checked)) => {
            let (health, rechecked) = match checked {
                Checked::Done { health, .. } => (Some(health.as_str()), true),
                _ => (None, false),
            };
            (
                StatusCode::ACCEPTED,
                Json(json!({
                    "recorded": true,
                    "rechecked": rechecked,
                    "health": health_json(&state, &account).await,
                    "state": health,
                })),
            )
                .into_response()
        }
        Ok(ReportResult::Repeat) => Json(json!({
            "recorded": false,
            "repeat": true,
            "health": health_json(&state, &account).await,
        }))
        .into_response(),
        Ok(ReportResult::Limited) => {
            let mut r = error(
                StatusCode::TOO_MANY_REQUESTS,
                "too_many",
                "too many failure reports for this account; try again in a minute",
            );
            r.headers_mut().insert(
                header::RETRY_AFTER,
                axum::http::HeaderValue::from_static("60"),
            );
            r
        }
        Ok(ReportResult::NoConnector) => error(
            StatusCode::NOT_FOUND,
            "no_connector",
            "no connector for this account",
        ),
        Ok(ReportResult::Invalid(why)) => error(StatusCode::BAD_REQUEST, "invalid", why),
        Err(e) => internal("a failure report", e),
    }
}
