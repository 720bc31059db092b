//! The one way an error becomes an HTTP response. Handlers return
//! [`Error`]; its `IntoResponse` picks the status, logs what failed on our
//! side (never shown), and answers in the form of its surface: a page from
//! `templates/error.html` for the form and the dashboard, JSON with a stable
//! `error` code for the web chat (its page holds the sentences) and the
//! connector API (plus an English `message` for developers).

use askama::Template;
use axum::Json;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};

use super::words::Words;
use crate::domain::Locale;

/// Where the error is answered: the form of the response.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Surface {
    /// A customer's page (the secure form).
    Page,
    /// A staff dashboard page.
    Staff,
    /// A JSON endpoint (web chat, connector API).
    Json,
}

/// A failed request, shaped by what the caller does next.
#[derive(Debug)]
pub struct Error {
    surface: Surface,
    status: StatusCode,
    /// Stable snake_case code (JSON `error`; picks the page's sentence).
    code: &'static str,
    /// For API developers only (JSON `message`).
    message: Option<&'static str>,
    /// What failed on our side: logged, never shown.
    internal: Option<(&'static str, String)>,
    retry_after_secs: Option<u32>,
    /// A limit the page names (a staff reply's longest length).
    limit: Option<usize>,
    /// The language of a customer's error page (staff pages are English).
    locale: Locale,
}

impl Error {
    /// Our fault: logged as `what failed: detail`, shown as "something went
    /// wrong".
    pub fn internal(surface: Surface, what: &'static str, e: impl std::fmt::Display) -> Self {
        Error {
            internal: Some((what, format!("{e:#}"))),
            ..Error::refused(surface, StatusCode::INTERNAL_SERVER_ERROR, "internal")
        }
    }

    /// A refusal the caller can act on.
    pub fn refused(surface: Surface, status: StatusCode, code: &'static str) -> Self {
        Error {
            surface,
            status,
            code,
            message: None,
            internal: None,
            retry_after_secs: None,
            limit: None,
            locale: Locale::En,
        }
    }

    /// The staff dashboard has no ticket with that id.
    pub fn no_ticket() -> Self {
        Error::refused(Surface::Staff, StatusCode::NOT_FOUND, "no_ticket")
    }

    /// The staff dashboard has no connector with that account.
    pub fn no_connector() -> Self {
        Error::refused(Surface::Staff, StatusCode::NOT_FOUND, "no_connector")
    }

    /// A form's CSRF value is missing or stale.
    pub fn csrf_expired(surface: Surface) -> Self {
        Error::refused(surface, StatusCode::FORBIDDEN, "csrf_expired")
    }

    /// Adds a developer-facing explanation (connector API).
    pub fn with_message(mut self, message: &'static str) -> Self {
        self.message = Some(message);
        self
    }

    /// Shows a customer's page in `locale`.
    pub fn in_locale(mut self, locale: Locale) -> Self {
        self.locale = locale;
        self
    }

    /// Names a limit on the page (`reply_too_long`: the longest reply).
    pub fn with_limit(mut self, limit: usize) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Adds `Retry-After`.
    pub fn retry_after(mut self, secs: u32) -> Self {
        self.retry_after_secs = Some(secs);
        self
    }

    pub fn status(&self) -> StatusCode {
        self.status
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    code: &'static str,
    staff: bool,
    limit: usize,
    w: &'static Words,
}

impl IntoResponse for Error {
    fn into_response(self) -> Response {
        if let Some((what, detail)) = &self.internal {
            tracing::error!(error = %detail, "{what} failed");
        }
        let mut response = match self.surface {
            Surface::Json => {
                let mut body = serde_json::json!({ "error": self.code });
                if let Some(message) = self.message {
                    body["message"] = message.into();
                }
                (self.status, Json(body)).into_response()
            }
            Surface::Page | Surface::Staff => {
                let page = ErrorPage {
                    code: self.code,
                    staff: self.surface == Surface::Staff,
                    limit: self.limit.unwrap_or_default(),
                    w: Words::of(match self.surface {
                        Surface::Staff => Locale::En,
                        _ => self.locale,
                    }),
                };
                match page.render() {
                    Ok(html) => (self.status, Html(html)).into_response(),
                    Err(e) => {
                        tracing::error!(error = %e, "the error page failed");
                        self.status.into_response()
                    }
                }
            }
        };
        if let Some(secs) = self.retry_after_secs {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(secs));
        }
        response
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn body(e: Error) -> (StatusCode, String) {
        let response = e.into_response();
        let status = response.status();
        let bytes = axum::body::to_bytes(response.into_body(), 1 << 20)
            .await
            .expect("a page body");
        (status, String::from_utf8_lossy(&bytes).into_owned())
    }

    #[tokio::test]
    async fn staff_refusals_have_their_own_page() {
        let staff = |status, code| Error::refused(Surface::Staff, status, code);
        let cases = [
            (Error::no_connector(), "No such connector"),
            (staff(StatusCode::NOT_FOUND, "no_action"), "No such action"),
            (
                staff(StatusCode::TOO_MANY_REQUESTS, "login_limited"),
                "Wait a minute",
            ),
            (
                staff(StatusCode::UNPROCESSABLE_ENTITY, "no_reason"),
                "the customer reads it",
            ),
            (
                staff(StatusCode::UNPROCESSABLE_ENTITY, "reply_empty"),
                "The reply is empty",
            ),
            (
                staff(StatusCode::UNPROCESSABLE_ENTITY, "reply_too_long").with_limit(2000),
                "longer than 2000 characters",
            ),
            (
                staff(StatusCode::UNPROCESSABLE_ENTITY, "ticket_closed"),
                "The ticket is closed",
            ),
        ];
        for (e, want) in cases {
            let code = e.code;
            let status = e.status;
            let (got_status, page) = body(e).await;
            assert_eq!(got_status, status, "{code}");
            assert!(page.contains(want), "{code}: {page}");
            assert!(!page.contains("Something went wrong"), "{code}: {page}");
        }
    }
}
