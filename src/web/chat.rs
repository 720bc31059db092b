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
//! response; replies caused elsewhere (the secure form, timers, staff) go
//! to the customer's outbox in the store ([`WebChatTransport`]) and are
//! fetched by long polling from any instance: a poll waits on a wake-up
//! (this instance's pushes, PostgreSQL `NOTIFY rekey_chat` from others; on
//! SQLite it looks every half second). A reload or a return visit shows the
//! open ticket's conversation from the store (`/chat/api/history`: the
//! transcript's customer-visible lines, the outbox position to poll after,
//! and the last timeline event shown). Outbox items are pruned once no
//! session can read them ([`WebChatTransport::retention`]).
//!
//! Flooding is bounded by [`ChatLimits`]: messages per session and per client
//! address, and tickets opened per address and per session.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use askama::Template;
use async_trait::async_trait;
use axum::extract::{ConnectInfo, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};

use super::AppState;
use super::error::{Error, Surface};
use super::security::CSP_APP;
use crate::bot::{BotError, ButtonOut, Customer, Inbound, Outgoing, Reply, Transport};
use crate::chat_identity::{self, IdentityError, Session, SessionKey, SignedIdentity};
use crate::clock::Clock;
use crate::crypto::{MasterKey, Sealed};
use crate::domain::{Channel, TicketStatus};
use crate::prompts::PromptId;
use crate::rate_limit::{Backing, Quota, RateLimit};
use crate::store::{NewEvent, OutboxItem, Store, Ticket};
use crate::transcript::{self, Speaker};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;

const SESSION_COOKIE: &str = "rekey_chat";
/// How long a poll waits for something to say before answering empty.
const POLL_WAIT: Duration = Duration::from_secs(25);
/// Outbox items one poll answers with at most.
const POLL_BATCH: i64 = 200;
/// Without notifications (SQLite), how often a waiting poll looks.
const SQLITE_RECHECK: Duration = Duration::from_millis(500);
/// With `LISTEN` (PostgreSQL), the safety-net look in case one was missed.
const POSTGRES_RECHECK: Duration = Duration::from_secs(5);

/// Web chat flood limits, keyed by the chat session id and the client
/// address (see [`AppState::client_ip`](super::AppState::client_ip)); shared
/// by every instance on PostgreSQL ([`crate::rate_limit`]).
#[derive(Debug)]
pub struct ChatLimits {
    messages_per_session: RateLimit,
    messages_per_client: RateLimit,
    tickets_per_session: RateLimit,
    tickets_per_client: RateLimit,
}

impl ChatLimits {
    /// Messages (and button presses) per minute per session and per address;
    /// tickets per hour per session and per address (counted in memory
    /// until [`on`](Self::on) moves them).
    pub fn new(
        messages_per_session: u32,
        messages_per_client: u32,
        tickets_per_session: u32,
        tickets_per_client: u32,
    ) -> Self {
        let hour = Duration::from_secs(60 * 60);
        ChatLimits {
            messages_per_session: RateLimit::local(
                "chat.messages_per_session",
                Quota::per_minute(messages_per_session),
            ),
            messages_per_client: RateLimit::local(
                "chat.messages_per_client",
                Quota::per_minute(messages_per_client),
            ),
            tickets_per_session: RateLimit::local(
                "chat.tickets_per_session",
                Quota::new(tickets_per_session, hour),
            ),
            tickets_per_client: RateLimit::local(
                "chat.tickets_per_client",
                Quota::new(tickets_per_client, hour),
            ),
        }
    }

    /// The same limits, counted where `backing` says.
    pub fn on(&self, backing: &Backing) -> Self {
        ChatLimits {
            messages_per_session: self.messages_per_session.on(backing),
            messages_per_client: self.messages_per_client.on(backing),
            tickets_per_session: self.tickets_per_session.on(backing),
            tickets_per_client: self.tickets_per_client.on(backing),
        }
    }

    /// Keys the limiters hold in memory now (all four together; bounded).
    pub fn keys(&self) -> usize {
        self.messages_per_session.keys()
            + self.messages_per_client.keys()
            + self.tickets_per_session.keys()
            + self.tickets_per_client.keys()
    }

    async fn message(&self, session: &str, client: IpAddr) -> bool {
        // Both are charged, so neither a new session nor a new address
        // escapes the other limit.
        let by_session = self.messages_per_session.check(session.as_bytes()).await;
        let by_client = self.messages_per_client.check_ip(client).await;
        by_session && by_client
    }

    async fn ticket(&self, session: &str, client: IpAddr) -> bool {
        let by_session = self.tickets_per_session.check(session.as_bytes()).await;
        let by_client = self.tickets_per_client.check_ip(client).await;
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
        .route("/chat/api/history", get(history))
}

/// One item of a reply, with its outbox id (0: an answer in the HTTP
/// response, not from the outbox).
#[derive(Debug, Clone, Serialize)]
pub struct Item {
    pub seq: u64,
    #[serde(flatten)]
    pub outgoing: Outgoing,
}

/// Delivers asynchronous replies to web chat customers through the store's
/// outbox (so any instance answers the long-poll, and a restart loses
/// nothing), and issues and checks the chat's sessions.
#[derive(Debug)]
pub struct WebChatTransport {
    store: Arc<dyn Store>,
    /// Seals secure links while they wait in the outbox (a link is never
    /// stored in clear); derived from the master key.
    outbox_key: MasterKey,
    clock: Arc<dyn Clock>,
    /// Woken by this instance's pushes and, on PostgreSQL, by `NOTIFY
    /// rekey_chat` from any instance (see [`WebChatTransport::wake`]).
    changed: tokio::sync::Notify,
    /// How often a waiting poll looks at the store without being woken:
    /// SQLite has no notifications; on PostgreSQL it is a safety net.
    recheck: Duration,
    sessions: SessionKey,
    /// `REKEY_CHAT_IDENTITY_SECRET`: set = identities must be signed.
    identity_secret: Option<SecretString>,
}

impl WebChatTransport {
    pub fn new(
        store: Arc<dyn Store>,
        outbox_key: MasterKey,
        clock: Arc<dyn Clock>,
        sessions: SessionKey,
        identity_secret: Option<SecretString>,
    ) -> Self {
        let recheck = match store.backend() {
            crate::config::Backend::Sqlite => SQLITE_RECHECK,
            crate::config::Backend::Postgres => POSTGRES_RECHECK,
        };
        WebChatTransport {
            store,
            outbox_key,
            clock,
            changed: tokio::sync::Notify::new(),
            recheck,
            sessions,
            identity_secret,
        }
    }

    /// Something may have reached an outbox: waiting polls look again.
    pub fn wake(&self) {
        self.changed.notify_waiters();
    }

    /// How long outbox items are kept: as long as the session that reads
    /// them lives.
    pub fn retention() -> Duration {
        Duration::from_secs(chat_identity::SESSION_MAX_AGE_SECS.unsigned_abs())
    }
}

/// The items a web chat customer may see (staff notices go to the triage
/// feed, never to the customer), as stored JSON; a secure link is sealed
/// (`{"sealed": …, "nonce": …}`, bound to the customer).
fn customer_items(
    outgoing: Vec<Outgoing>,
    key: &MasterKey,
    customer_ref: &str,
) -> anyhow::Result<Vec<String>> {
    outgoing
        .into_iter()
        .filter(|o| !matches!(o, Outgoing::Staff { .. } | Outgoing::OpenPlace))
        .map(|o| {
            let json = serde_json::to_string(&o)?;
            if !matches!(o, Outgoing::Link { .. }) {
                return Ok(json);
            }
            let sealed = key.seal(customer_ref, &SecretString::from(json));
            Ok(serde_json::json!({
                "sealed": BASE64.encode(&sealed.ciphertext),
                "nonce": BASE64.encode(&sealed.nonce),
            })
            .to_string())
        })
        .collect()
}

/// An outbox row as the page reads it: the item (opened, if sealed) with
/// its id as `seq`.
fn outbox_json(
    item: &OutboxItem,
    key: &MasterKey,
    customer_ref: &str,
) -> Option<serde_json::Value> {
    let mut value: serde_json::Value = serde_json::from_str(&item.item).ok()?;
    if let (Some(ct), Some(nonce)) = (value["sealed"].as_str(), value["nonce"].as_str()) {
        let sealed = Sealed {
            ciphertext: BASE64.decode(ct).ok()?,
            nonce: BASE64.decode(nonce).ok()?,
        };
        let opened = key.open(customer_ref, &sealed).ok()?;
        value = serde_json::from_str(opened.expose_secret()).ok()?;
    }
    value
        .as_object_mut()?
        .insert("seq".into(), serde_json::Value::from(item.id));
    Some(value)
}

#[async_trait]
impl Transport for WebChatTransport {
    async fn deliver(&self, ticket: &Ticket, outgoing: Vec<Outgoing>) -> anyhow::Result<()> {
        let items = customer_items(outgoing, &self.outbox_key, &ticket.customer_ref)?;
        if items.is_empty() {
            return Ok(());
        }
        self.store
            .push_outbox(&ticket.customer_ref, &items, self.clock.now())
            .await?;
        self.wake();
        Ok(())
    }
}

#[derive(Template)]
#[template(path = "chat.html")]
struct ChatPage {
    /// The page's words: the browser's `Accept-Language`.
    w: &'static super::words::Words,
    /// The verified customer's name; empty when anonymous.
    name: String,
}

/// The page for a chat that cannot start: who the customer is could not be
/// confirmed. In the browser's language (no ticket to go by).
#[derive(Template)]
#[template(path = "chat_refused.html")]
struct Refused {
    w: &'static super::words::Words,
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

fn refused(headers: &HeaderMap, e: IdentityError) -> Response {
    let reason = match e {
        IdentityError::Missing => "missing",
        IdentityError::BadSignature | IdentityError::Malformed => "invalid",
        IdentityError::Expired => "expired",
    };
    tracing::warn!(reason, "web chat identity refused");
    let w = super::words::Words::of(super::words::from_headers(headers));
    let mut r = match (Refused { w, reason }).render() {
        Ok(html) => (StatusCode::FORBIDDEN, Html(html)).into_response(),
        Err(e) => return Error::internal(Surface::Page, "the chat page", e).into_response(),
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
            Err(e) => refused(&headers, e),
        };
    }
    let (session, new) = match existing_session(&state, &headers) {
        Some(s) => (s, false),
        None if state.web_chat.identity_secret.is_some() => {
            return refused(&headers, IdentityError::Missing);
        }
        None => (fresh_session(&state, None), true),
    };
    let body = ChatPage {
        w: super::words::Words::of(super::words::from_headers(&headers)),
        name: session.name().to_owned(),
    };
    let mut response = match body.render() {
        Ok(html) => Html(html).into_response(),
        Err(e) => return Error::internal(Surface::Page, "the chat page", e).into_response(),
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
    items: Vec<serde_json::Value>,
    /// The latest outbox id the page has now seen.
    seq: u64,
}

/// A refusal as JSON: `code` is what the page's script says in words
/// (`templates/chat.html`, `data-error-*`).
fn api_error(status: StatusCode, code: &'static str) -> Response {
    Error::refused(Surface::Json, status, code).into_response()
}

/// Wraps synchronous reply items (sequence 0: not part of the queue).
fn reply_items(reply: Reply) -> Response {
    let items = reply
        .outgoing
        .into_iter()
        .filter(|o| !matches!(o, Outgoing::Staff { .. } | Outgoing::OpenPlace))
        .filter_map(|outgoing| serde_json::to_value(Item { seq: 0, outgoing }).ok())
        .collect();
    Json(Items { items, seq: 0 }).into_response()
}

fn no_session() -> Response {
    api_error(StatusCode::UNAUTHORIZED, "no_session")
}

fn too_many() -> Response {
    api_error(StatusCode::TOO_MANY_REQUESTS, "too_many")
}

/// Whether this message could open a ticket: the customer has no active one
/// and the detector would act on it (a complaint, a question to confirm one,
/// a rotation request, exposure in words or a pasted key).
async fn may_open_ticket(
    state: &AppState,
    customer_ref: &str,
    text: &str,
) -> Result<bool, crate::store::StoreError> {
    let d = state.bot.detect(text);
    if d.band == crate::detect::Band::Ignore
        && !d.rotation_request
        && !d.exposure_mentioned
        && d.secrets.is_empty()
    {
        return Ok(false);
    }
    let open = state
        .store
        .ticket_by_place(Channel::Web, customer_ref)
        .await?;
    Ok(!open.is_some_and(|t| t.status.is_active()))
}

fn bot_failure(e: BotError) -> Response {
    Error::internal(Surface::Json, "the web chat", e).into_response()
}

async fn message(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    body: Result<Json<MessageIn>, axum::extract::rejection::JsonRejection>,
) -> Response {
    let Some(session) = existing_session(&state, &headers) else {
        return no_session();
    };
    let Ok(Json(m)) = body else {
        return api_error(StatusCode::BAD_REQUEST, "bad_request");
    };
    if m.text.len() > 4000 || m.client_id.len() > 64 {
        return api_error(StatusCode::PAYLOAD_TOO_LARGE, "too_long");
    }
    let who = customer(&session);
    let client = state.client_ip(peer, &headers);
    if !state.chat_limits.message(&who.customer_ref, client).await {
        return too_many();
    }
    match may_open_ticket(&state, &who.customer_ref, &m.text).await {
        Ok(false) => {}
        Ok(true) if state.chat_limits.ticket(&who.customer_ref, client).await => {}
        Ok(true) => {
            return api_error(
                StatusCode::TOO_MANY_REQUESTS,
                "too many new conversations; please try again later",
            );
        }
        Err(e) => return bot_failure(e.into()),
    }
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
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    body: Result<Json<ButtonIn>, axum::extract::rejection::JsonRejection>,
) -> Response {
    let Some(session) = existing_session(&state, &headers) else {
        return no_session();
    };
    let Ok(Json(b)) = body else {
        return api_error(StatusCode::BAD_REQUEST, "bad_request");
    };
    let who = customer(&session);
    if !state
        .chat_limits
        .message(&who.customer_ref, state.client_ip(peer, &headers))
        .await
    {
        return too_many();
    }
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
    let after = i64::try_from(poll.after).unwrap_or(i64::MAX);
    let deadline = tokio::time::Instant::now() + POLL_WAIT;
    loop {
        let changed = chat.changed.notified();
        let rows = match chat
            .store
            .outbox_after(&customer_ref, after, POLL_BATCH)
            .await
        {
            Ok(rows) => rows,
            Err(e) => return bot_failure(e.into()),
        };
        if let Some(last) = rows.last() {
            let seq = u64::try_from(last.id).unwrap_or(0);
            let key = &chat.outbox_key;
            let items = rows
                .iter()
                .filter_map(|r| outbox_json(r, key, &customer_ref))
                .collect();
            return Json(Items { items, seq }).into_response();
        }
        let wake_at = (tokio::time::Instant::now() + chat.recheck).min(deadline);
        if tokio::time::timeout_at(wake_at, changed).await.is_err()
            && tokio::time::Instant::now() >= deadline
        {
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
    /// The outbox position: poll `/chat/api/events` after this.
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
    // Read the outbox position first: anything queued after it is polled.
    let seq = match state.web_chat.store.outbox_head(&customer_ref).await {
        Ok(id) => u64::try_from(id).unwrap_or(0),
        Err(e) => return bot_failure(e.into()),
    };
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
        let items = chat_items(&state, &transcript::customer_transcript(&lines, ""), true);
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
    let entries = transcript::customer_transcript(&timeline, &ticket.customer_name);
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
