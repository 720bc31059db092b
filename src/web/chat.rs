//! The web chat at `/chat`: the same conversation as Discord and the shell,
//! in a browser. The page is static HTML + a small script (no CDN); it talks
//! to a JSON API under `/chat/api/`.
//!
//! A customer is a session the server issued and signed
//! ([`crate::chat_identity`]) in an HttpOnly, SameSite=Strict cookie; a
//! cookie the server did not sign is no session. With
//! `REKEY_CHAT_IDENTITY_SECRET` set, the page must be opened with an
//! identity the host application signed (`/chat?user_id=...&signature=...`),
//! and the session carries it: the bot greets the customer by name, staff
//! see who is asking, and the account is recorded on the ticket. Tickets
//! store a reference derived from the session (or the host's user id),
//! never the session itself.
//!
//! Replies to the customer's own message or button come back in the HTTP
//! response; replies caused elsewhere (the secure form, timers, staff) are
//! queued by [`WebChatTransport`] and fetched by long polling. A reload or a
//! return visit shows the open ticket's conversation from the store
//! (`/chat/api/history`: the transcript's customer-visible lines, with a
//! cursor — the last timeline event — for a store-backed outbox to grow
//! from).

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Duration;

use askama::Template;
use async_trait::async_trait;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};

use super::AppState;
use super::security::CSP_APP;
use crate::bot::{BotError, ButtonOut, Customer, Inbound, Outgoing, Reply, Transport};
use crate::chat_identity::{self, IdentityError, Session, SessionKey, SignedIdentity};
use crate::domain::{Channel, TicketStatus};
use crate::prompts::PromptId;
use crate::store::{NewEvent, Ticket};
use crate::transcript::{self, Speaker};

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
        .route("/chat/api/history", get(history))
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

/// Queues asynchronous replies per web chat customer, and issues and
/// checks the chat's sessions.
#[derive(Debug)]
pub struct WebChatTransport {
    /// Keyed by the ticket's customer reference.
    queues: Mutex<HashMap<String, Queue>>,
    changed: tokio::sync::Notify,
    sessions: SessionKey,
    /// `REKEY_CHAT_IDENTITY_SECRET`: set = identities must be signed.
    identity_secret: Option<SecretString>,
}

impl WebChatTransport {
    pub fn new(sessions: SessionKey, identity_secret: Option<SecretString>) -> Self {
        WebChatTransport {
            queues: Mutex::new(HashMap::new()),
            changed: tokio::sync::Notify::new(),
            sessions,
            identity_secret,
        }
    }

    fn latest_seq(&self, customer_ref: &str) -> u64 {
        let queues = self.queues.lock().unwrap_or_else(|e| e.into_inner());
        queues.get(customer_ref).map_or(0, |q| q.next)
    }

    fn push(&self, customer_ref: &str, outgoing: Vec<Outgoing>) {
        let mut queues = self.queues.lock().unwrap_or_else(|e| e.into_inner());
        let q = queues.entry(customer_ref.to_owned()).or_default();
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

    fn after(&self, customer_ref: &str, seq: u64) -> Vec<Item> {
        let queues = self.queues.lock().unwrap_or_else(|e| e.into_inner());
        queues
            .get(customer_ref)
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
struct ChatPage {
    /// The verified customer's name; empty when anonymous.
    name: String,
}

/// The page for a chat that cannot start: who the customer is could not be
/// confirmed.
#[derive(Template)]
#[template(path = "chat_refused.html")]
struct Refused {
    reason: &'static str,
}

fn now_secs(state: &AppState) -> i64 {
    state.bot.now().millis().div_euclid(1000)
}

/// The session in the request's cookie, if this server issued it.
fn existing_session(state: &AppState, headers: &HeaderMap) -> Option<Session> {
    let cookie = super::form::cookie_value(headers, SESSION_COOKIE)?;
    let session = state.web_chat.sessions.open(cookie, now_secs(state))?;
    // With identities required, an anonymous session is no session.
    if state.web_chat.identity_secret.is_some() && session.identity.is_none() {
        return None;
    }
    Some(session)
}

fn session_cookie(state: &AppState, session: &Session) -> Option<HeaderValue> {
    let secure = if state.secure_cookies { "; Secure" } else { "" };
    let value = state.web_chat.sessions.seal(session);
    HeaderValue::from_str(&format!(
        "{SESSION_COOKIE}={value}; Path=/chat; HttpOnly; SameSite=Strict; Max-Age={}{secure}",
        chat_identity::SESSION_MAX_AGE_SECS
    ))
    .ok()
}

fn fresh_session(state: &AppState, identity: Option<chat_identity::Identity>) -> Session {
    Session::new(rand::random(), now_secs(state), identity)
}

fn refused(e: IdentityError) -> Response {
    let reason = match e {
        IdentityError::Missing => "missing",
        IdentityError::BadSignature | IdentityError::Malformed => "invalid",
        IdentityError::Expired => "expired",
    };
    tracing::warn!(reason, "web chat identity refused");
    let mut r = match (Refused { reason }).render() {
        Ok(html) => (StatusCode::FORBIDDEN, Html(html)).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "chat template failed");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    r.headers_mut().insert(
        header::SET_COOKIE,
        HeaderValue::from_static("rekey_chat=; Path=/chat; HttpOnly; SameSite=Strict; Max-Age=0"),
    );
    r
}

async fn page(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(signed): Query<SignedIdentity>,
) -> Response {
    // A signed identity from the host: check it, start a session carrying
    // it, and continue at the plain address (the signature leaves the URL).
    if let Some(secret) = &state.web_chat.identity_secret
        && signed.present()
    {
        return match chat_identity::verify(secret.expose_secret(), &signed, now_secs(&state)) {
            Ok(identity) => {
                let session = fresh_session(&state, Some(identity));
                let mut r = Redirect::to("/chat").into_response();
                if let Some(v) = session_cookie(&state, &session) {
                    r.headers_mut().insert(header::SET_COOKIE, v);
                }
                r
            }
            Err(e) => refused(e),
        };
    }
    let (session, new) = match existing_session(&state, &headers) {
        Some(s) => (s, false),
        None if state.web_chat.identity_secret.is_some() => {
            return refused(IdentityError::Missing);
        }
        None => (fresh_session(&state, None), true),
    };
    let body = ChatPage {
        name: session.name().to_owned(),
    };
    let mut response = match body.render() {
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
    if new && let Some(v) = session_cookie(&state, &session) {
        h.insert(header::SET_COOKIE, v);
    }
    response
}

async fn script() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/javascript; charset=utf-8")],
        CHAT_JS,
    )
}

fn customer(session: &Session) -> Customer {
    Customer {
        channel: Channel::Web,
        customer_ref: session.customer_ref(),
        name: session.name().to_owned(),
    }
}

/// Records a verified customer's account on their ticket (once).
async fn record_identity(state: &AppState, session: &Session, reply: &Reply) {
    let (Some(identity), Some(ticket)) = (&session.identity, &reply.ticket) else {
        return;
    };
    if ticket.customer_account.is_some() || identity.account_id.is_empty() {
        return;
    }
    let store = &state.store;
    let detail = serde_json::json!({
        "user_id": identity.user_id,
        "email": identity.email,
        "account_id": identity.account_id,
    });
    let event = NewEvent::new(state.bot.now(), "customer.identified", "customer", detail);
    let result = async {
        store
            .set_customer_account(ticket.id, &identity.account_id)
            .await?;
        store.add_event(ticket.id, event).await
    }
    .await;
    if let Err(e) = result {
        tracing::error!(ticket = %ticket.id, error = %e, "could not record the customer's account");
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

fn no_session() -> Response {
    api_error(StatusCode::UNAUTHORIZED, "no chat session; reload the page")
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
    let Some(session) = existing_session(&state, &headers) else {
        return no_session();
    };
    let Ok(Json(m)) = body else {
        return api_error(StatusCode::BAD_REQUEST, "expected JSON {text, client_id}");
    };
    if m.text.len() > 4000 || m.client_id.len() > 64 {
        return api_error(StatusCode::PAYLOAD_TOO_LARGE, "message too long");
    }
    let who = customer(&session);
    let inbound = Inbound {
        place_ref: Some(who.customer_ref.clone()),
        customer: who,
        message_id: m.client_id,
        text: m.text,
    };
    match state.bot.message(inbound).await {
        Ok(reply) => {
            record_identity(&state, &session, &reply).await;
            reply_items(reply)
        }
        Err(e) => bot_failure(e),
    }
}

async fn button(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Result<Json<ButtonIn>, axum::extract::rejection::JsonRejection>,
) -> Response {
    let Some(session) = existing_session(&state, &headers) else {
        return no_session();
    };
    let Ok(Json(b)) = body else {
        return api_error(StatusCode::BAD_REQUEST, "expected JSON {id}");
    };
    let who = customer(&session);
    let place = Some(who.customer_ref.clone());
    match state.bot.button(who, place, &b.id).await {
        Ok(reply) => {
            record_identity(&state, &session, &reply).await;
            reply_items(reply)
        }
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
    let Some(session) = existing_session(&state, &headers) else {
        return no_session();
    };
    let customer_ref = session.customer_ref();
    let chat = state.web_chat.clone();
    let deadline = tokio::time::Instant::now() + POLL_WAIT;
    loop {
        let changed = chat.changed.notified();
        let items = chat.after(&customer_ref, poll.after);
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

/// What the page shows after a reload or on a return visit.
#[derive(Serialize)]
struct History {
    /// The open ticket, if any.
    ticket: Option<TicketView>,
    /// The conversation so far, oldest first, as chat items.
    items: Vec<HistoryItem>,
    /// The live queue's position: poll `/chat/api/events` after this.
    seq: u64,
    /// The last timeline event shown (a cursor into the store).
    cursor: i64,
    /// When Rekey reached out first (a failing or old key, support asked):
    /// what it said, for a banner above the conversation.
    #[serde(skip_serializing_if = "Option::is_none")]
    banner: Option<String>,
}

#[derive(Serialize)]
struct TicketView {
    id: String,
    step: String,
}

#[derive(Serialize)]
struct HistoryItem {
    /// `me`, `say`, `private` or `staff` (how the page draws it).
    kind: &'static str,
    text: String,
    buttons: Vec<ButtonOut>,
}

/// The customer-visible transcript lines as the page draws them; only the
/// latest question keeps its buttons (and none while a person has it).
fn chat_items(state: &AppState, entries: &[transcript::Entry], with_bot: bool) -> Vec<HistoryItem> {
    let prompts = state.bot.prompts();
    let mut items: Vec<HistoryItem> = entries
        .iter()
        .filter(|e| e.customer_visible())
        .map(|e| HistoryItem {
            kind: match (e.speaker, e.private) {
                (Speaker::Customer, _) => "me",
                (Speaker::Staff, _) => "staff",
                (_, true) => "private",
                _ => "say",
            },
            // Staff lines read as they did live: with the writer's name.
            text: match e.speaker {
                Speaker::Staff => prompts.render(
                    PromptId::StaffMessage,
                    &[("staff", &e.by), ("text", &e.text)],
                ),
                _ => e.text.clone(),
            },
            buttons: e
                .buttons
                .iter()
                .map(|b| ButtonOut {
                    id: b.id.clone(),
                    label: b.label.clone(),
                })
                .collect(),
        })
        .collect();
    let last_with_buttons = items.iter().rposition(|i| !i.buttons.is_empty());
    for (n, item) in items.iter_mut().enumerate() {
        if Some(n) != last_with_buttons || !with_bot {
            item.buttons.clear();
        }
    }
    items
}

async fn history(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let Some(session) = existing_session(&state, &headers) else {
        return no_session();
    };
    let customer_ref = session.customer_ref();
    // Read the queue position first: anything queued after it is polled.
    let seq = state.web_chat.latest_seq(&customer_ref);
    let ticket = match state
        .store
        .active_ticket_for(Channel::Web, &customer_ref)
        .await
    {
        Ok(t) => t,
        Err(e) => return bot_failure(e.into()),
    };
    let Some(ticket) = ticket else {
        // No ticket yet: perhaps a confirming question is waiting.
        let lines = match state
            .bot
            .pending_transcript(Channel::Web, &customer_ref)
            .await
        {
            Ok(lines) => lines,
            Err(e) => return bot_failure(e),
        };
        let items = chat_items(&state, &transcript::transcript(&lines, ""), true);
        return Json(History {
            ticket: None,
            items,
            seq,
            cursor: 0,
            banner: None,
        })
        .into_response();
    };
    let timeline = match state.store.timeline(ticket.id).await {
        Ok(t) => t,
        Err(e) => return bot_failure(e.into()),
    };
    let entries = transcript::transcript(&timeline, &ticket.customer_name);
    let with_bot = ticket.status != TicketStatus::Escalated;
    let items = chat_items(&state, &entries, with_bot);
    Json(History {
        ticket: Some(TicketView {
            id: ticket.id.to_string(),
            step: transcript::step_words(&ticket.step),
        }),
        items,
        seq,
        cursor: timeline.last().map_or(0, |e| e.id),
        banner: outreach_banner(&timeline),
    })
    .into_response()
}

/// The first thing the bot said on a ticket Rekey opened itself (its
/// timeline starts with an `outreach` line), for the web chat's banner.
fn outreach_banner(timeline: &[crate::store::TimelineEvent]) -> Option<String> {
    let start = timeline.iter().position(|e| e.kind == "outreach")?;
    timeline[start..]
        .iter()
        .find(|e| e.kind == transcript::kind::BOT_MESSAGE)
        .and_then(|e| serde_json::from_str::<serde_json::Value>(&e.detail).ok())
        .and_then(|v| v.get("text").and_then(|t| t.as_str()).map(str::to_owned))
}
