//! The staff dashboard under `/admin` (on when `REKEY_ADMIN_TOKENS` is set):
//! sign-in ([`auth`]), the ticket list with filters and CSV export, a ticket
//! page with staff actions, and the overview of the last day, week and month.
//!
//! Staff actions (take, reply, hand back, close, revoke) are the runner's
//! one staff operation ([`crate::bot::Bot::staff_action`]), the same as the
//! Discord staff commands: the customer's conversation hears them, the
//! timeline records them, and each writes one audit entry as `staff:<name>`.
//! Pages never show a key, a link or a chat session, only the link's state,
//! the key's fingerprint and a short customer reference. Plain forms work
//! without script; `static/admin.js` adds the live transcript ([`live`]) and
//! the self-refreshing list.

mod auth;
mod connectors;
mod jobs;
mod live;
mod pages;

use std::net::SocketAddr;

use axum::extract::{ConnectInfo, DefaultBodyLimit, Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use secrecy::ExposeSecret;
use serde::Deserialize;
use subtle::ConstantTimeEq;

use super::AppState;
use super::error::{Error, Surface};
use crate::bot::{BotError, StaffAction};
use crate::domain::TicketId;
use crate::links;

pub use auth::{AdminAuth, Staff};
use pages::*;

pub(super) fn routes() -> Router<AppState> {
    Router::new()
        .route("/admin/login", get(login_page).post(login))
        .route("/admin/logout", post(logout))
        .route("/admin", get(list))
        .route("/admin/", get(list))
        .route("/admin/tickets.csv", get(csv_export))
        .route("/admin/tickets/{id}", get(ticket_page))
        .route("/admin/tickets/{id}/news", get(live::news))
        .route("/admin/tickets/{id}/{action}", post(ticket_action))
        .route("/admin/overview", get(overview))
        .route("/admin/connectors", get(connectors::list))
        .route("/admin/connectors/{account}", get(connectors::page))
        .route(
            "/admin/connectors/{account}/rotate-ask",
            post(connectors::rotate_ask),
        )
        .route("/admin/jobs", get(jobs::page))
        .layer(DefaultBodyLimit::max(8 * 1024))
}

fn render(status: StatusCode, t: &impl askama::Template) -> Response {
    match t.render() {
        Ok(html) => (status, Html(html)).into_response(),
        Err(e) => internal(e),
    }
}

/// A page with the dashboard's script (live transcript, self-refreshing
/// list): scripts from this origin only.
fn render_live(t: &impl askama::Template) -> Response {
    let mut r = render(StatusCode::OK, t);
    r.headers_mut().insert(
        header::CONTENT_SECURITY_POLICY,
        header::HeaderValue::from_static(super::security::CSP_APP),
    );
    r
}

/// Something failed on our side (logged; the page says so).
fn internal(e: impl std::fmt::Display) -> Response {
    Error::internal(Surface::Staff, "the staff dashboard", e).into_response()
}

fn forbidden_csrf() -> Response {
    Error::csrf_expired(Surface::Staff).into_response()
}

/// A staff reply the bot refused (`code` picks the error page's sentence).
fn not_sent(code: &'static str) -> Error {
    Error::refused(Surface::Staff, StatusCode::UNPROCESSABLE_ENTITY, code)
}

fn no_ticket() -> Response {
    Error::no_ticket().into_response()
}

// --- sign-in -----------------------------------------------------------------

fn login_form(state: &AppState, status: StatusCode, failed: bool) -> Response {
    let csrf = links::mint().token.expose_secret().to_owned();
    let mut r = render(
        status,
        &LoginPage {
            csrf: csrf.clone(),
            failed,
        },
    );
    r.headers_mut().insert(
        header::SET_COOKIE,
        auth::login_csrf_cookie(&csrf, state.secure_cookies),
    );
    r
}

async fn login_page(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let Some(admin) = &state.admin else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let signed_in = match auth::session_id(&headers) {
        Some(id) => admin.session(id).await.is_some(),
        None => false,
    };
    if signed_in {
        return Redirect::to("/admin").into_response();
    }
    login_form(&state, StatusCode::OK, false)
}

#[derive(Deserialize)]
struct LoginInput {
    #[serde(default)]
    csrf: String,
    token: Option<secrecy::SecretString>,
}

async fn login(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    Form(input): Form<LoginInput>,
) -> Response {
    let Some(admin) = &state.admin else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let client = state.client_ip(peer, &headers);
    if !admin.allow_attempt(client).await {
        return Error::refused(
            Surface::Staff,
            StatusCode::TOO_MANY_REQUESTS,
            "login_limited",
        )
        .into_response();
    }
    let expected = super::form::cookie_value(&headers, auth::LOGIN_CSRF_COOKIE).unwrap_or("");
    if expected.is_empty() || !bool::from(expected.as_bytes().ct_eq(input.csrf.as_bytes())) {
        return forbidden_csrf();
    }
    let token = input.token.as_ref().map_or("", |t| t.expose_secret());
    let Some(name) = admin.check_token(token) else {
        tracing::warn!(%client, "staff sign-in with a wrong token");
        return login_form(&state, StatusCode::UNAUTHORIZED, true);
    };
    tracing::info!(staff = %name, "staff signed in");
    let id = match admin.start(&name).await {
        Ok(id) => id,
        Err(e) => {
            tracing::error!(error = %e, "cannot store a dashboard session");
            return StatusCode::SERVICE_UNAVAILABLE.into_response();
        }
    };
    let mut r = Redirect::to("/admin").into_response();
    r.headers_mut().insert(
        header::SET_COOKIE,
        auth::session_cookie(&id, admin.ttl(), state.secure_cookies),
    );
    r
}

#[derive(Deserialize)]
struct CsrfInput {
    #[serde(default)]
    csrf: String,
}

async fn logout(
    State(state): State<AppState>,
    staff: Staff,
    headers: HeaderMap,
    Form(input): Form<CsrfInput>,
) -> Response {
    if !staff.csrf_ok(&input.csrf) {
        return forbidden_csrf();
    }
    if let (Some(admin), Some(id)) = (&state.admin, auth::session_id(&headers))
        && let Err(e) = admin.end(id).await
    {
        tracing::error!(error = %e, "cannot revoke a dashboard session");
        return StatusCode::SERVICE_UNAVAILABLE.into_response();
    }
    let mut r = Redirect::to("/admin/login").into_response();
    r.headers_mut().insert(
        header::SET_COOKIE,
        auth::cleared_session_cookie(state.secure_cookies),
    );
    r
}

// --- the ticket list -----------------------------------------------------------

async fn list(State(state): State<AppState>, staff: Staff, Query(q): Query<ListQuery>) -> Response {
    let parsed = q.parse();
    let mut filter = parsed.filter.clone();
    let page = q.page.unwrap_or(1).max(1);
    filter.limit = Some(PAGE_SIZE + 1);
    filter.offset = Some((page - 1) * PAGE_SIZE);
    let loaded = tokio::try_join!(
        state.store.list_tickets(&filter),
        state.store.count_tickets(&filter)
    );
    let (mut tickets, total) = match loaded {
        Ok(x) => x,
        Err(e) => return internal(e),
    };
    let has_next = tickets.len() as i64 > PAGE_SIZE;
    tickets.truncate(PAGE_SIZE as usize);
    let now = state.bot.now();
    let mut rows = Vec::with_capacity(tickets.len());
    for t in &tickets {
        // Only escalated tickets need their timeline: since when waiting.
        let since = if t.status == crate::domain::TicketStatus::Escalated {
            match state.store.timeline(t.id).await {
                Ok(timeline) => waiting_since(t, &timeline),
                Err(e) => return internal(e),
            }
        } else {
            None
        };
        rows.push(Row::new(t, since, now));
    }
    let body = ListPage::new(staff, &q, parsed.errors, rows, total, page, has_next);
    render_live(&body)
}

async fn csv_export(
    State(state): State<AppState>,
    _staff: Staff,
    Query(q): Query<ListQuery>,
) -> Response {
    let mut filter = q.parse().filter;
    filter.limit = Some(CSV_MAX_ROWS);
    filter.offset = None;
    let tickets = match state.store.list_tickets(&filter).await {
        Ok(t) => t,
        Err(e) => return internal(e),
    };
    match tickets_csv(&tickets) {
        Ok(body) => (
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
                (
                    header::CONTENT_DISPOSITION,
                    "attachment; filename=\"rekey-tickets.csv\"",
                ),
            ],
            body,
        )
            .into_response(),
        Err(e) => internal(e),
    }
}

// --- one ticket ----------------------------------------------------------------

async fn ticket_page(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<String>,
) -> Response {
    let Ok(id) = id.parse::<TicketId>() else {
        return no_ticket();
    };
    let store = &state.store;
    let ticket = match store.ticket(id).await {
        Ok(Some(t)) => t,
        Ok(None) => return no_ticket(),
        Err(e) => return internal(e),
    };
    let loaded = tokio::try_join!(
        store.timeline(id),
        store.latest_link(id),
        store.connector_of_ticket(id)
    );
    let (timeline, link, connector) = match loaded {
        Ok(x) => x,
        Err(e) => return internal(e),
    };
    // A proactive ticket did not reconnect anything (yet): show the
    // customer's connector, so staff can ask for a rotation from here.
    let connector = match connector {
        Some(c) => Some(c),
        None => match store
            .connector_account_of_customer(ticket.channel, &ticket.customer_ref)
            .await
        {
            Ok(Some(account)) => store.connector(&account).await.ok().flatten(),
            _ => None,
        },
    };
    let settings = state.bot.settings();
    let body = TicketPage::new(
        staff,
        &ticket,
        &timeline,
        link.as_ref(),
        connector.as_ref(),
        state.bot.now(),
        settings.link_max_attempts,
    );
    render_live(&body)
}

#[derive(Deserialize)]
struct ActionInput {
    #[serde(default)]
    csrf: String,
    /// The reply's text (only for `reply`).
    #[serde(default)]
    text: String,
}

/// Take, reply, hand back, close, revoke: the runner's one staff operation
/// (which also writes the audit entry), then back to the ticket page.
async fn ticket_action(
    State(state): State<AppState>,
    staff: Staff,
    Path((id, action)): Path<(String, String)>,
    Form(input): Form<ActionInput>,
) -> Response {
    if !staff.csrf_ok(&input.csrf) {
        return forbidden_csrf();
    }
    let Ok(id) = id.parse::<TicketId>() else {
        return no_ticket();
    };
    let action = match action.as_str() {
        "take" => StaffAction::Take,
        "reply" => StaffAction::Reply(input.text),
        "return" => StaffAction::HandBack,
        "close" => StaffAction::Close,
        "revoke" => StaffAction::RevokeLink,
        _ => {
            return Error::refused(Surface::Staff, StatusCode::NOT_FOUND, "no_action")
                .into_response();
        }
    };
    match state.bot.staff_action(id, &staff.name, action).await {
        Ok(_) => Redirect::to(&format!("/admin/tickets/{id}")).into_response(),
        Err(BotError::NoTicket(_)) => no_ticket(),
        Err(BotError::EmptyReply) => not_sent("reply_empty").into_response(),
        Err(BotError::ReplyTooLong(max)) => {
            not_sent("reply_too_long").with_limit(max).into_response()
        }
        Err(BotError::Closed(_)) => not_sent("ticket_closed").into_response(),
        Err(e) => internal(e),
    }
}

// --- overview ------------------------------------------------------------------

async fn overview(State(state): State<AppState>, staff: Staff) -> Response {
    let now = state.bot.now();
    let since = crate::overview::Window::Month.start(now);
    let loaded = tokio::try_join!(
        state.store.tickets_created_since(since),
        state.store.events_since(since)
    );
    let (tickets, events) = match loaded {
        Ok(x) => x,
        Err(e) => return internal(e),
    };
    let windows: Vec<_> = crate::overview::Window::ALL
        .iter()
        .map(|w| crate::overview::aggregate(*w, now, &tickets, &events))
        .collect();
    render(StatusCode::OK, &OverviewPage::new(staff, &windows))
}
