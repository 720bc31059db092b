//! A fake ActiveCampaign: a real HTTP server on `127.0.0.1:0` whose answer to
//! `GET /api/3/users/me` is scripted per `Api-Token`, and which records every
//! request so tests can assert that none was made.
//!
//! It depends only on axum, tokio, serde_json and futures-util, so it can be
//! included both by the library's unit tests (`#[path]`) and by the main
//! crate's integration tests (`mod support;`).
#![allow(dead_code)]

use std::collections::HashMap;
use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::{HeaderMap, Method, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};

/// Keys the fake knows from the start. Any other key gets the reset-key answer.
pub mod keys {
    /// 72 hex characters, so it parses without a shape warning.
    pub const VALID: &str =
        "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef01234567";
    pub const RESET: &str = "fake-reset-key";
    pub const UNAUTHORIZED: &str = "fake-unauthorized-key";
    pub const NO_PERMISSION: &str = "fake-no-permission-key";
    pub const FORBIDDEN_JSON: &str = "fake-forbidden-json-key";
    pub const BILLING: &str = "fake-billing-key";
    pub const BUSY: &str = "fake-busy-key";
    pub const UNAVAILABLE: &str = "fake-unavailable-key";
    pub const SLOW: &str = "fake-slow-key";
    pub const HTML_NOT_FOUND: &str = "fake-html-not-found-key";
    pub const LEGACY_NOT_AUTHORIZED: &str = "fake-legacy-key";
    pub const ENDLESS_BODY: &str = "fake-endless-body-key";
}

/// The user returned for a valid key.
pub const USER_JSON: &str = r#"{"user":{"id":"1","username":"integration","firstName":"Ada","lastName":"Lovelace","email":"ada@example.com","phone":""}}"#;

/// What the fake answers for a key.
#[derive(Debug, Clone)]
pub enum Behaviour {
    /// 200 with [`USER_JSON`].
    Valid,
    /// 403, empty body, no Content-Type (a reset or mistyped key).
    ResetKey,
    /// 401 with a JSON message.
    Unauthorized,
    /// 403 JSON naming a permission.
    NoPermission,
    /// 403 `{"message":"Forbidden"}`.
    ForbiddenJson,
    /// 402.
    Billing,
    /// 429 with this `Retry-After` value.
    Busy { retry_after: String },
    /// 503 with an HTML page.
    Unavailable,
    /// Sleeps this long, then answers like `Valid`.
    Slow(Duration),
    /// 302 to this absolute URL (a login page on another host).
    Redirect(String),
    /// 404 with an HTML page.
    HtmlNotFound,
    /// 200 with the legacy v1 text for a bad key.
    LegacyNotAuthorized,
    /// 200 HTML that never ends (exercises the client's size cap).
    EndlessBody,
}

/// One request as the fake saw it; the token's value is not kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordedRequest {
    pub method: String,
    pub path: String,
    pub query: Option<String>,
    pub has_api_token: bool,
    pub user_agent: Option<String>,
    /// When it arrived (pacing tests).
    pub at: std::time::Instant,
}

#[derive(Default)]
struct FakeState {
    scripts: Mutex<HashMap<String, Behaviour>>,
    requests: Mutex<Vec<RecordedRequest>>,
}

/// A running fake; the server stops when this is dropped.
pub struct FakeActiveCampaign {
    addr: SocketAddr,
    state: Arc<FakeState>,
    task: tokio::task::JoinHandle<()>,
}

impl FakeActiveCampaign {
    pub async fn start() -> FakeActiveCampaign {
        let state = Arc::new(FakeState::default());
        {
            let mut scripts = state.scripts.lock().unwrap();
            let defaults = [
                (keys::VALID, Behaviour::Valid),
                (keys::RESET, Behaviour::ResetKey),
                (keys::UNAUTHORIZED, Behaviour::Unauthorized),
                (keys::NO_PERMISSION, Behaviour::NoPermission),
                (keys::FORBIDDEN_JSON, Behaviour::ForbiddenJson),
                (keys::BILLING, Behaviour::Billing),
                (
                    keys::BUSY,
                    Behaviour::Busy {
                        retry_after: "7".into(),
                    },
                ),
                (keys::UNAVAILABLE, Behaviour::Unavailable),
                (keys::SLOW, Behaviour::Slow(Duration::from_secs(2))),
                (keys::HTML_NOT_FOUND, Behaviour::HtmlNotFound),
                (keys::LEGACY_NOT_AUTHORIZED, Behaviour::LegacyNotAuthorized),
                (keys::ENDLESS_BODY, Behaviour::EndlessBody),
            ];
            for (key, behaviour) in defaults {
                scripts.insert(key.to_owned(), behaviour);
            }
        }
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind the fake ActiveCampaign");
        let addr = listener.local_addr().expect("fake ActiveCampaign address");
        let app = Router::new().fallback(handle).with_state(state.clone());
        let task = tokio::spawn(async move {
            axum::serve(listener, app)
                .await
                .expect("fake ActiveCampaign server");
        });
        FakeActiveCampaign { addr, state, task }
    }

    /// `http://127.0.0.1:PORT`, for `ApiUrl::parse` with plain HTTP allowed.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Makes `key` get `behaviour` from now on.
    pub fn script(&self, key: &str, behaviour: Behaviour) {
        self.state
            .scripts
            .lock()
            .unwrap()
            .insert(key.to_owned(), behaviour);
    }

    /// Every request received so far, in order.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.state.requests.lock().unwrap().clone()
    }
}

impl Drop for FakeActiveCampaign {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn handle(
    State(state): State<Arc<FakeState>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
) -> Response {
    let token = headers
        .get("api-token")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    state.requests.lock().unwrap().push(RecordedRequest {
        method: method.to_string(),
        path: uri.path().to_owned(),
        query: uri.query().map(str::to_owned),
        has_api_token: token.is_some(),
        at: std::time::Instant::now(),
        user_agent: headers
            .get(header::USER_AGENT)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned),
    });

    if method != Method::GET || uri.path() != "/api/3/users/me" {
        return html(
            StatusCode::NOT_FOUND,
            "<html><body><h1>Not Found</h1></body></html>",
        );
    }
    let behaviour = token
        .and_then(|t| state.scripts.lock().unwrap().get(&t).cloned())
        .unwrap_or(Behaviour::ResetKey);
    respond(behaviour).await
}

async fn respond(behaviour: Behaviour) -> Response {
    match behaviour {
        Behaviour::Valid => json(StatusCode::OK, USER_JSON),
        // StatusCode alone: empty body and no Content-Type, like ActiveCampaign.
        Behaviour::ResetKey => StatusCode::FORBIDDEN.into_response(),
        Behaviour::Unauthorized => {
            json(StatusCode::UNAUTHORIZED, r#"{"message":"No Result found"}"#)
        }
        Behaviour::NoPermission => json(
            StatusCode::FORBIDDEN,
            r#"{"message":"You do not have permission to access this resource"}"#,
        ),
        Behaviour::ForbiddenJson => json(StatusCode::FORBIDDEN, r#"{"message":"Forbidden"}"#),
        Behaviour::Billing => json(
            StatusCode::PAYMENT_REQUIRED,
            r#"{"message":"Payment Required"}"#,
        ),
        Behaviour::Busy { retry_after } => (
            StatusCode::TOO_MANY_REQUESTS,
            [(header::RETRY_AFTER, retry_after)],
            "",
        )
            .into_response(),
        Behaviour::Unavailable => html(
            StatusCode::SERVICE_UNAVAILABLE,
            "<html>Service Unavailable</html>",
        ),
        Behaviour::Slow(delay) => {
            tokio::time::sleep(delay).await;
            json(StatusCode::OK, USER_JSON)
        }
        Behaviour::Redirect(location) => {
            (StatusCode::FOUND, [(header::LOCATION, location)]).into_response()
        }
        Behaviour::HtmlNotFound => {
            html(StatusCode::NOT_FOUND, "<html><body>Not Found</body></html>")
        }
        Behaviour::LegacyNotAuthorized => {
            (StatusCode::OK, "You are not authorized to access this file").into_response()
        }
        Behaviour::EndlessBody => {
            let chunks = futures_util::stream::repeat_with(|| {
                Ok::<_, Infallible>(Bytes::from_static(&[b'x'; 8192]))
            });
            (
                StatusCode::OK,
                [(header::CONTENT_TYPE, "text/html")],
                Body::from_stream(chunks),
            )
                .into_response()
        }
    }
}

fn json(status: StatusCode, body: &'static str) -> Response {
    (status, [(header::CONTENT_TYPE, "application/json")], body).into_response()
}

fn html(status: StatusCode, body: &'static str) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        body,
    )
        .into_response()
}
