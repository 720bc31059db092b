//! The web chat at `/chat`: the same conversation as Discord and the shell,
//! in a browser. The page is static HTML + a small script (no CDN); it talks
//! to a JSON API under `/chat/api/`. A customer is a random session id in an
//! HttpOnly, SameSite=Strict cookie.
//!
//! Replies to the customer's own message or button come back in the HTTP
//! response; replies caused elsewhere (the secure form, timers, staff) are
//! queued by [`WebChatTransport`] and fetched by long polling.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Duration;

use askama::Template;
use async_trait::async_trait;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use secrecy::ExposeSecret;
use serde::{Deserialize, Serialize};

use super::AppState;
use super::security::CSP_APP;
use crate::bot::{BotError, Customer, Inbound, Outgoing, Reply, Transport};
use crate::domain::Channel;
use crate::links;
use crate::store::Ticket;

const SESSION_COOKIE: &str = "rekey_chat";
/// How long a poll waits for something to say before answering empty.
const POLL_WAIT: Duration = Duration::from_secs(25);
/// Undelivered items kept per session at most (the oldest are dropped).
const MAX_QUEUED: usize = 200;

const CHAT_JS: &str = include_str!("../../static/chat.js");

pub(super) fn routes() -> Router<AppState> {
    Router::new()
        .route("/chat", get(page))
        .route("/static/chat.js", get(script))
        .route("/chat/api/messages", post(message))
        .route("/chat/api/buttons", post(button))
        .route("/chat/api/events", get(events))
}

/// One queued item with its sequence number.
#[derive(Debug, Clone, Serialize)]
pub struct Item {
    pub seq: u64,
    #[serde(flatten)]
    pub outgoing: Outgoing,
}

#[derive(Debug, Default)]
struct Queue {
    next: u64,
    items: Vec<Item>,
}

/// Queues asynchronous replies per web chat session.
#[derive(Debug, Default)]
pub struct WebChatTransport {
    queues: Mutex<HashMap<String, Queue>>,
    changed: tokio::sync::Notify,
}

impl WebChatTransport {
    fn push(&self, session: &str, outgoing: Vec<Outgoing>) {
        let mut queues = self.queues.lock().unwrap_or_else(|e| e.into_inner());
        let q = queues.entry(session.to_owned()).or_default();
        for o in outgoing {
            // Staff notices go to the triage feed, never to the customer.
            if matches!(o, Outgoing::Staff { .. } | Outgoing::OpenPlace) {
                continue;
            }
            q.next += 1;
            q.items.push(Item {
                seq: q.next,
                outgoing: o,
            });
        }
        let excess = q.items.len().saturating_sub(MAX_QUEUED);
        q.items.drain(..excess);
        drop(queues);
        self.changed.notify_waiters();
    }

    fn after(&self, session: &str, seq: u64) -> Vec<Item> {
        let queues = self.queues.lock().unwrap_or_else(|e| e.into_inner());
        queues
            .get(session)
            .map(|q| q.items.iter().filter(|i| i.seq > seq).cloned().collect())
            .unwrap_or_default()
    }
}

#[async_trait]
impl Transport for WebChatTransport {
    async fn deliver(&self, ticket: &Ticket, outgoing: Vec<Outgoing>) -> anyhow::Result<()> {
        self.push(&ticket.customer_ref, outgoing);
        Ok(())
    }
}

#[derive(Template)]
#[template(path = "chat.html")]
struct ChatPage;

async fn page(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let (session, new) = session(&headers);
    let mut response = match ChatPage.render() {
        Ok(html) => Html(html).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "chat template failed");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP_APP),
    );
    if new {
        let secure = if state.secure_cookies { "; Secure" } else { "" };
        if let Ok(v) = HeaderValue::from_str(&format!(
            "{SESSION_COOKIE}={session}; Path=/chat; HttpOnly; SameSite=Strict; Max-Age=2592000{secure}"
        )) {
            h.insert(header::SET_COOKIE, v);
        }
    }
    response
}

async fn script() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/javascript; charset=utf-8")],
        CHAT_JS,
    )
}

/// The session from the cookie, or a fresh one.
fn session(headers: &HeaderMap) -> (String, bool) {
    match existing_session(headers) {
        Some(s) => (s, false),
        None => (links::mint().token.expose_secret().to_owned(), true),
    }
}

fn existing_session(headers: &HeaderMap) -> Option<String> {
    super::form::cookie_value(headers, SESSION_COOKIE)
        .filter(|v| links::well_formed(v))
        .map(str::to_owned)
}

fn customer(session: &str) -> Customer {
    Customer {
        channel: Channel::Web,
        customer_ref: session.to_owned(),
        name: "there".into(),
    }
}

#[derive(Deserialize)]
struct MessageIn {
    text: String,
    /// The page's id for the message bubble (so it can be removed).
    client_id: String,
}

#[derive(Deserialize)]
struct ButtonIn {
    id: String,
}

#[derive(Serialize)]
struct Items {
    items: Vec<Item>,
    /// The latest queued sequence number the page has now seen.
    seq: u64,
}

fn api_error(status: StatusCode, message: &'static str) -> Response {
    (status, Json(serde_json::json!({ "error": message }))).into_response()
}

/// Wraps synchronous reply items (sequence 0: not part of the queue).
fn reply_items(reply: Reply) -> Response {
    let items = reply
        .outgoing
        .into_iter()
        .filter(|o| !matches!(o, Outgoing::Staff { .. } | Outgoing::OpenPlace))
        .map(|outgoing| Item { seq: 0, outgoing })
        .collect();
    Json(Items { items, seq: 0 }).into_response()
}

fn bot_failure(e: BotError) -> Response {
    tracing::error!(error = %e, "web chat: the bot failed");
    api_error(
        StatusCode::INTERNAL_SERVER_ERROR,
        "something went wrong; please try again",
    )
}

async fn message(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Result<Json<MessageIn>, axum::extract::rejection::JsonRejection>,
) -> Response {
    let Some(session) = existing_session(&headers) else {
        return api_error(StatusCode::UNAUTHORIZED, "no chat session; reload the page");
    };
    let Ok(Json(m)) = body else {
        return api_error(StatusCode::BAD_REQUEST, "expected JSON {text, client_id}");
    };
    if m.text.len() > 4000 || m.client_id.len() > 64 {
        return api_error(StatusCode::PAYLOAD_TOO_LARGE, "message too long");
    }
    let inbound = Inbound {
        customer: customer(&session),
        place_ref: Some(session.clone()),
        message_id: m.client_id,
        text: m.text,
    };
    match state.bot.message(inbound).await {
        Ok(reply) => reply_items(reply),
        Err(e) => bot_failure(e),
    }
}

async fn button(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Result<Json<ButtonIn>, axum::extract::rejection::JsonRejection>,
) -> Response {
    let Some(session) = existing_session(&headers) else {
        return api_error(StatusCode::UNAUTHORIZED, "no chat session; reload the page");
    };
    let Ok(Json(b)) = body else {
        return api_error(StatusCode::BAD_REQUEST, "expected JSON {id}");
    };
    match state
        .bot
        .button(customer(&session), Some(session.clone()), &b.id)
        .await
    {
        Ok(reply) => reply_items(reply),
        Err(e) => bot_failure(e),
    }
}

#[derive(Deserialize)]
struct Poll {
    #[serde(default)]
    after: u64,
}

async fn events(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(poll): Query<Poll>,
) -> Response {
    let Some(session) = existing_session(&headers) else {
        return api_error(StatusCode::UNAUTHORIZED, "no chat session; reload the page");
    };
    let chat = state.web_chat.clone();
    let deadline = tokio::time::Instant::now() + POLL_WAIT;
    loop {
        let changed = chat.changed.notified();
        let items = chat.after(&session, poll.after);
        if !items.is_empty() {
            let seq = items.last().map_or(poll.after, |i| i.seq);
            return Json(Items { items, seq }).into_response();
        }
        if tokio::time::timeout_at(deadline, changed).await.is_err() {
            return Json(Items {
                items: vec![],
                seq: poll.after,
            })
            .into_response();
        }
    }
}
