//! The secure form at `/l/{token}`: GET shows it (never consumes the link),
//! POST validates, verifies and reconnects through
//! [`ReconnectService`](crate::reconnect::ReconnectService).
//!
//! The pages speak the ticket's language when the link proves the ticket
//! (the form, the success page), else the browser's `Accept-Language`
//! ([`super::words`]).
//!
//! Defences: a double-submit CSRF cookie (SameSite=Strict) checked in
//! constant time, a body size limit, rate limits per client address and per
//! link, and the security headers of [`super::security`].

use std::net::{IpAddr, SocketAddr};

use askama::Template;
use axum::extract::rejection::FormRejection;
use axum::extract::{ConnectInfo, DefaultBodyLimit, Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::{Form, Router};
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;
use subtle::ConstantTimeEq;

use super::AppState;
use super::error::{Error, Surface};
use super::words::{self, Words};
use crate::conversation;
use crate::domain::{Locale, TicketId};
use crate::links;
use crate::rate_limit::{Backing, Quota, RateLimit};
use crate::reconnect::{Opened, Submitted};

/// The largest form body accepted (a URL and a key are well under 1 KiB).
const MAX_BODY: usize = 8 * 1024;
const CSRF_COOKIE: &str = "rekey_csrf";

/// POST rate limits (shared by every instance on PostgreSQL; see
/// [`crate::rate_limit`]).
#[derive(Debug)]
pub struct FormLimits {
    per_client: RateLimit,
    /// Keyed by the hash of whatever token was posted.
    per_link: RateLimit,
}

impl FormLimits {
    /// `per_client` and `per_link` submissions per minute (counted in
    /// memory until [`on`](Self::on) moves them).
    pub fn per_minute(per_client: u32, per_link: u32) -> Self {
        FormLimits {
            per_client: RateLimit::local("form.per_client", Quota::per_minute(per_client)),
            per_link: RateLimit::local("form.per_link", Quota::per_minute(per_link)),
        }
    }

    /// The same limits, counted where `backing` says.
    pub fn on(&self, backing: &Backing) -> Self {
        FormLimits {
            per_client: self.per_client.on(backing),
            per_link: self.per_link.on(backing),
        }
    }

    /// Keys the limiters hold in memory now (bounded).
    pub fn keys(&self) -> usize {
        self.per_client.keys() + self.per_link.keys()
    }

    async fn allow(&self, client: IpAddr, token: &str) -> bool {
        self.per_client.check_ip(client).await && self.per_link.check(&links::hash(token)).await
    }
}

impl Default for FormLimits {
    fn default() -> Self {
        FormLimits::per_minute(30, 10)
    }
}

pub(super) fn routes() -> Router<AppState> {
    Router::new()
        .route("/l/{token}", get(show).post(submit))
        .layer(DefaultBodyLimit::max(MAX_BODY))
}

#[derive(Template)]
#[template(path = "form.html")]
struct FormPage {
    w: &'static Words,
    ticket_id: String,
    /// `<time datetime=…>…</time>`, escaped.
    time_html: String,
    action: String,
    csrf: String,
    api_url: String,
    notice: Option<Notice>,
}

/// Why the form is shown again. The words are in `templates/form.html`;
/// `message` carries text that comes from prompts/ or the validators.
struct Notice {
    /// `incomplete`, `csrf`, `invalid_url`, `invalid_key` or `failed`.
    code: &'static str,
    message: String,
    /// A field check's class (`url_*`/`key_*`): `message` is then said in
    /// the page's language.
    class: Option<&'static str>,
    attempts_left: u32,
    unusual_key_length: Option<usize>,
}

impl Notice {
    fn new(code: &'static str, message: String) -> Self {
        Notice {
            code,
            message,
            class: None,
            attempts_left: 0,
            unusual_key_length: None,
        }
    }
}

#[derive(Template)]
#[template(path = "done.html")]
struct DonePage {
    w: &'static Words,
    ticket_id: String,
    user: String,
    fingerprint: String,
}

#[derive(Template)]
#[template(path = "unusable.html")]
struct UnusablePage {
    w: &'static Words,
}

#[derive(Template)]
#[template(path = "locked.html")]
struct LockedPage {
    w: &'static Words,
}

#[derive(Template)]
#[template(path = "busy.html")]
struct BusyPage {
    w: &'static Words,
}

#[derive(Template)]
#[template(path = "too_large.html")]
struct TooLargePage {
    w: &'static Words,
}

#[derive(Deserialize)]
struct FormInput {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    api_url: String,
    api_key: Option<SecretString>,
}

fn page(status: StatusCode, t: &impl Template) -> Response {
    match t.render() {
        Ok(html) => (status, Html(html)).into_response(),
        Err(e) => Error::internal(Surface::Page, "the secure form", e).into_response(),
    }
}

/// Chat apps and scanners fetch links to preview them; their visits are not
/// the customer opening the link.
fn is_preview_bot(headers: &HeaderMap) -> bool {
    const BOTS: &[&str] = &[
        "discordbot",
        "slackbot",
        "slack-imgproxy",
        "twitterbot",
        "facebookexternalhit",
        "whatsapp",
        "telegrambot",
        "linkedinbot",
        "skypeuripreview",
        "googlebot",
        "bingbot",
        "applebot",
        "embedly",
        "preview",
        "teams",
        "mattermost",
        "zulip",
        "redditbot",
    ];
    let ua = headers
        .get(header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_ascii_lowercase();
    BOTS.iter().any(|b| ua.contains(b))
}

fn csrf_cookie(value: &str, secure: bool) -> HeaderValue {
    let secure = if secure { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{CSRF_COOKIE}={value}; Path=/l/; HttpOnly; SameSite=Strict; Max-Age=3600{secure}"
    ))
    .unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// The value of cookie `name`, if the request sent it.
pub(super) fn cookie_value<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// The language the ticket's conversation is in (`None`: no such ticket or
/// an unreadable state).
async fn ticket_locale(state: &AppState, ticket: TicketId) -> Option<Locale> {
    let ticket = state.store.ticket(ticket).await.ok()??;
    conversation::State::from_json(&ticket.state)
        .ok()
        .map(|s| s.locale)
}

/// The words of a page about `ticket`: its language, else the browser's.
async fn ticket_words(state: &AppState, ticket: TicketId, headers: &HeaderMap) -> &'static Words {
    Words::of(
        ticket_locale(state, ticket)
            .await
            .unwrap_or_else(|| words::from_headers(headers)),
    )
}

/// The words of a page with no ticket to trust.
fn browser_words(headers: &HeaderMap) -> &'static Words {
    Words::of(words::from_headers(headers))
}

/// Renders the form with a fresh CSRF value in both the page and the cookie.
async fn form(
    state: &AppState,
    token: &str,
    opened: &Opened,
    api_url: &str,
    notice: Option<Notice>,
    headers: &HeaderMap,
) -> Response {
    let Opened::Form { ticket, expires_at } = opened else {
        let w = browser_words(headers);
        return page(StatusCode::NOT_FOUND, &UnusablePage { w });
    };
    let w = ticket_words(state, *ticket, headers).await;
    let notice = notice.map(|mut n| {
        if let Some(class) = n.class {
            n.message = w.t(class).to_owned();
        }
        n
    });
    let csrf = links::mint().token.expose_secret().to_owned();
    let rfc = expires_at.to_rfc3339();
    let time_html = format!(
        "<time datetime=\"{}\">{}</time>",
        words::escape(&rfc),
        expiry_words(w, &rfc)
    );
    let body = FormPage {
        w,
        ticket_id: ticket.to_string(),
        time_html,
        action: format!("{}{token}", links::LINK_PATH),
        csrf: csrf.clone(),
        api_url: api_url.to_owned(),
        notice,
    };
    let mut response = page(StatusCode::OK, &body);
    response
        .headers_mut()
        .insert(header::SET_COOKIE, csrf_cookie(&csrf, state.secure_cookies));
    response
}

async fn show(
    State(state): State<AppState>,
    Path(token): Path<String>,
    headers: HeaderMap,
) -> Response {
    match state.reconnect.open(&token, is_preview_bot(&headers)).await {
        Ok(opened) => form(&state, &token, &opened, "", None, &headers).await,
        Err(e) => internal(e, &headers),
    }
}

/// Something failed on our side (logged; the page says so).
fn internal(e: impl std::fmt::Display, headers: &HeaderMap) -> Response {
    Error::internal(Surface::Page, "the secure form", e)
        .in_locale(words::from_headers(headers))
        .into_response()
}

async fn submit(
    State(state): State<AppState>,
    Path(token): Path<String>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    input: Result<Form<FormInput>, FormRejection>,
) -> Response {
    let client = state.client_ip(peer, &headers);
    if !state.limits.allow(client, &token).await {
        let w = browser_words(&headers);
        return page(StatusCode::TOO_MANY_REQUESTS, &BusyPage { w });
    }
    let reopen = |notice: Notice, api_url: &str| {
        let state = state.clone();
        let token = token.clone();
        let api_url = api_url.to_owned();
        let headers = headers.clone();
        async move {
            match state.reconnect.open(&token, true).await {
                Ok(opened) => form(&state, &token, &opened, &api_url, Some(notice), &headers).await,
                Err(e) => internal(e, &headers),
            }
        }
    };
    let input = match input {
        Err(rejection) if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE => {
            let w = browser_words(&headers);
            return page(StatusCode::PAYLOAD_TOO_LARGE, &TooLargePage { w });
        }
        other => other,
    };
    let Ok(Form(input)) = input else {
        return reopen(Notice::new("incomplete", String::new()), "").await;
    };
    let expected = cookie_value(&headers, CSRF_COOKIE).unwrap_or("");
    if expected.is_empty() || !bool::from(expected.as_bytes().ct_eq(input.csrf.as_bytes())) {
        return reopen(Notice::new("csrf", String::new()), &input.api_url).await;
    }
    let key = input
        .api_key
        .unwrap_or_else(|| SecretString::from(String::new()));
    match state.reconnect.submit(&token, &input.api_url, key).await {
        Err(e) => internal(e, &headers),
        Ok(Submitted::Reconnected {
            ticket,
            user,
            fingerprint,
        }) => {
            let w = ticket_words(&state, ticket, &headers).await;
            let body = DonePage {
                w,
                ticket_id: ticket.to_string(),
                user,
                fingerprint,
            };
            page(StatusCode::OK, &body)
        }
        Ok(Submitted::Unusable) => {
            let w = browser_words(&headers);
            page(StatusCode::NOT_FOUND, &UnusablePage { w })
        }
        Ok(Submitted::Locked) => {
            let w = browser_words(&headers);
            page(StatusCode::FORBIDDEN, &LockedPage { w })
        }
        Ok(Submitted::Invalid {
            field,
            class,
            message,
        }) => {
            let code = if field == "api_url" {
                "invalid_url"
            } else {
                "invalid_key"
            };
            let notice = Notice {
                class: Some(class),
                ..Notice::new(code, message)
            };
            reopen(notice, &input.api_url).await
        }
        Ok(Submitted::Failed {
            message,
            attempts_left,
            unusual_key_length,
            ..
        }) => {
            let notice = Notice {
                code: "failed",
                message,
                class: None,
                attempts_left,
                unusual_key_length,
            };
            reopen(notice, &input.api_url).await
        }
    }
}

/// The link's expiry as the page's locale writes a moment (`form_time`:
/// `2026-12-04 17:30:00`, `17:30:00 Uhr am 04.12.2026`), escaped; the
/// RFC 3339 text as it is if it is not one.
fn expiry_words(w: &Words, rfc: &str) -> String {
    let parts = (
        rfc.get(0..4),
        rfc.get(5..7),
        rfc.get(8..10),
        rfc.get(11..19),
    );
    let (Some(year), Some(month), Some(day), Some(clock)) = parts else {
        return words::escape(rfc);
    };
    w.fill(
        "form_time",
        &[
            ("year", year),
            ("month", month),
            ("day", day),
            ("clock", clock),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Locale;

    #[test]
    fn the_expiry_is_written_the_way_the_pages_locale_writes_a_moment() {
        let rfc = "2026-12-04T17:30:00Z";
        let cases = [
            (Locale::En, "2026-12-04 17:30:00"),
            (Locale::De, "17:30:00 Uhr am 04.12.2026"),
            (Locale::Fr, "17:30:00 le 04/12/2026"),
            (Locale::Es, "17:30:00 del 04/12/2026"),
        ];
        for (locale, want) in cases {
            assert_eq!(expiry_words(Words::of(locale), rfc), want, "{locale}");
        }
        assert_eq!(
            expiry_words(Words::of(Locale::En), "@5ms"),
            "@5ms",
            "not a moment: as it is"
        );
    }
}
