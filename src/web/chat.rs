//! The web chat at `/chat`: the same conversation as Discord and the shell,
//! in a browser. The page is static HTML + a small script (no CDN); it talks
//! to a JSON API under `/chat/api/`. A customer is a random session id in an
//! HttpOnly, SameSite=Strict cookie.
//!
//! Replies to the customer's own message or button come back in the HTTP
//! response; replies caused elsewhere (the secure form, timers, staff) are
//! queued by [`WebChatTransport`] and fetched by long polling.
//!
//! Flooding is bounded by [`ChatLimits`]: messages per session and per client
//! address, and tickets opened per address and per session. Queues of
//! sessions that went quiet are dropped, and there are at most
//! [`MAX_SESSIONS`] of them.

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use askama::Template;
use async_trait::async_trait;
use axum::extract::{ConnectInfo, Query, State};
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
use crate::rate_limit::Limiter;
use crate::store::Ticket;

const SESSION_COOKIE: &str = "rekey_chat";
/// How long a poll waits for something to say before answering empty.
const POLL_WAIT: Duration = Duration::from_secs(25);
/// Undelivered items kept per session at most (the oldest are dropped).
const MAX_QUEUED: usize = 200;
/// Sessions with a queue, at most; past it the least recently used goes.
pub const MAX_SESSIONS: usize = 10_000;
/// A queue nobody pushed to or polled for this long is dropped (a reload
/// after that starts from the page's own history).
const QUEUE_IDLE: Duration = Duration::from_secs(60 * 60);
/// Keys each flood limiter remembers at most.
const LIMITER_KEYS: usize = 100_000;

/// Web chat flood limits, keyed by the chat session id and the client
/// address (see [`AppState::client_ip`](super::AppState::client_ip)).
#[derive(Debug)]
pub struct ChatLimits {
    messages_per_session: Limiter<String>,
    messages_per_client: Limiter<IpAddr>,
    tickets_per_session: Limiter<String>,
    tickets_per_client: Limiter<IpAddr>,
}

impl ChatLimits {
    /// Messages (and button presses) per minute per session and per address;
    /// tickets per hour per session and per address.
    pub fn new(
        messages_per_session: u32,
        messages_per_client: u32,
        tickets_per_session: u32,
        tickets_per_client: u32,
    ) -> Self {
        let hour = Duration::from_secs(60 * 60);
        ChatLimits {
            messages_per_session: Limiter::per_minute(messages_per_session, LIMITER_KEYS),
            messages_per_client: Limiter::per_minute(messages_per_client, LIMITER_KEYS),
            tickets_per_session: Limiter::new(tickets_per_session, hour, LIMITER_KEYS),
            tickets_per_client: Limiter::new(tickets_per_client, hour, LIMITER_KEYS),
        }
    }

    /// Keys the limiters hold now (all four together; bounded).
    pub fn keys(&self) -> usize {
        self.messages_per_session.len()
            + self.messages_per_client.len()
            + self.tickets_per_session.len()
            + self.tickets_per_client.len()
    }

    fn message(&self, session: &str, client: IpAddr) -> bool {
        // Both are charged, so neither a new session nor a new address
        // escapes the other limit.
        let by_session = self.messages_per_session.check(&session.to_owned());
        let by_client = self.messages_per_client.check(&client);
        by_session && by_client
    }

    fn ticket(&self, session: &str, client: IpAddr) -> bool {
        let by_session = self.tickets_per_session.check(&session.to_owned());
        let by_client = self.tickets_per_client.check(&client);
        by_session && by_client
    }
}

impl Default for ChatLimits {
    /// A person types far slower: 20 messages a minute per session, 60 per
    /// address (an office behind one NAT); 3 tickets an hour per session,
    /// 10 per address.
    fn default() -> Self {
        ChatLimits::new(20, 60, 3, 10)
    }
}

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

#[derive(Debug)]
struct Queue {
    next: u64,
    items: Vec<Item>,
    touched: Instant,
}

impl Default for Queue {
    fn default() -> Self {
        Queue {
            next: 0,
            items: Vec::new(),
            touched: Instant::now(),
        }
    }
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
        prune(&mut queues, session);
        let q = queues.entry(session.to_owned()).or_default();
        q.touched = Instant::now();
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
        let mut queues = self.queues.lock().unwrap_or_else(|e| e.into_inner());
        queues
            .get_mut(session)
            .map(|q| {
                q.touched = Instant::now();
                q.items.iter().filter(|i| i.seq > seq).cloned().collect()
            })
            .unwrap_or_default()
    }

    /// Sessions with a queue now.
    pub fn sessions(&self) -> usize {
        self.queues.lock().unwrap_or_else(|e| e.into_inner()).len()
    }
}

/// Drops idle queues, and the least recently used while there are
/// [`MAX_SESSIONS`] (keeping `keep`, about to be pushed to).
fn prune(queues: &mut HashMap<String, Queue>, keep: &str) {
    if queues.len() < MAX_SESSIONS {
        return;
    }
    let now = Instant::now();
    queues.retain(|s, q| s == keep || now.duration_since(q.touched) < QUEUE_IDLE);
    while queues.len() >= MAX_SESSIONS {
        let oldest = queues
            .iter()
            .filter(|(s, _)| s.as_str() != keep)
            .min_by_key(|(_, q)| q.touched)
            .map(|(s, _)| s.clone());
        match oldest {
            Some(s) => queues.remove(&s),
            None => break,
        };
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

fn too_many() -> Response {
    api_error(
        StatusCode::TOO_MANY_REQUESTS,
        "too many messages; please wait a minute",
    )
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
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
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
    let client = state.client_ip(peer, &headers);
    if !state.chat_limits.message(&session, client) {
        return too_many();
    }
    match may_open_ticket(&state, &session, &m.text).await {
        Ok(false) => {}
        Ok(true) if state.chat_limits.ticket(&session, client) => {}
        Ok(true) => {
            return api_error(
                StatusCode::TOO_MANY_REQUESTS,
                "too many new conversations; please try again later",
            );
        }
        Err(e) => return bot_failure(e.into()),
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
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    body: Result<Json<ButtonIn>, axum::extract::rejection::JsonRejection>,
) -> Response {
    let Some(session) = existing_session(&headers) else {
        return api_error(StatusCode::UNAUTHORIZED, "no chat session; reload the page");
    };
    let Ok(Json(b)) = body else {
        return api_error(StatusCode::BAD_REQUEST, "expected JSON {id}");
    };
    if !state
        .chat_limits
        .message(&session, state.client_ip(peer, &headers))
    {
        return too_many();
    }
    match state
        .bot
        .button(customer(&session), Some(session.clone()), &b.id)
        .await
    {
        Ok(reply) => reply_items(reply),
        Err(e) => bot_failure(e),
    }
}

/// Whether this message could open a ticket: the session has no active one
/// and the detector would act on it (a complaint, a question to confirm one,
/// a rotation request or a pasted key).
async fn may_open_ticket(
    state: &AppState,
    session: &str,
    text: &str,
) -> Result<bool, crate::store::StoreError> {
    let d = state.bot.detect(text);
    if d.band == crate::detect::Band::Ignore && !d.rotation_request && d.secrets.is_empty() {
        return Ok(false);
    }
    let open = state.store.ticket_by_place(Channel::Web, session).await?;
    Ok(!open.is_some_and(|t| t.status.is_active()))
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
