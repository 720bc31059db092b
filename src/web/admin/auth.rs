//! Staff sign-in: tokens from `REKEY_ADMIN_TOKENS`, compared in constant
//! time; sessions kept in this process's memory with an expiry.
//!
//! Why memory, not the database: a session is a short-lived convenience, not
//! state the product depends on; losing them on restart only means signing
//! in again, and no session id ever reaches disk or backups. With several
//! instances behind a load balancer, route `/admin` to one instance (or
//! enable sticky sessions) — see the report in ARCHITECTURE.md.
//!
//! Session cookie: random 256-bit id, `HttpOnly`, `SameSite=Strict`,
//! `Path=/admin`, `Secure` when the public URL is https. The map is keyed by
//! the id's SHA-256, so the ids themselves are not kept. Each session has its
//! own CSRF value that every state-changing form carries; the sign-in form,
//! before a session exists, uses a double-submit cookie.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};
use secrecy::ExposeSecret;
use subtle::ConstantTimeEq;

use crate::config::{AdminSettings, StaffToken};
use crate::links;
use crate::rate_limit::Limiter;
use crate::web::AppState;
use crate::web::form::cookie_value;

pub(super) const SESSION_COOKIE: &str = "rekey_admin";
pub(super) const LOGIN_CSRF_COOKIE: &str = "rekey_admin_csrf";

/// A signed-in staff member, as handlers see them.
#[derive(Debug, Clone)]
pub struct Staff {
    pub name: String,
    /// This session's CSRF value, for the forms on the page.
    pub csrf: String,
}

impl Staff {
    /// The actor written to timelines and the audit log.
    pub fn actor(&self) -> String {
        format!("staff:{}", self.name)
    }

    /// Whether a submitted form carries this session's CSRF value.
    pub fn csrf_ok(&self, given: &str) -> bool {
        !given.is_empty() && bool::from(self.csrf.as_bytes().ct_eq(given.as_bytes()))
    }
}

#[derive(Debug)]
struct Session {
    staff: String,
    csrf: String,
    expires: Instant,
}

/// The dashboard's sign-in state. One per app.
pub struct AdminAuth {
    staff: Vec<StaffToken>,
    ttl: Duration,
    sessions: Mutex<HashMap<Vec<u8>, Session>>,
    /// Sign-in attempts per client address.
    attempts: Limiter<IpAddr>,
}

impl std::fmt::Debug for AdminAuth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AdminAuth")
            .field("staff", &self.staff)
            .field("ttl", &self.ttl)
            .finish_non_exhaustive()
    }
}

impl AdminAuth {
    /// `None` when no staff token is configured (the dashboard is off).
    pub fn new(settings: &AdminSettings) -> Option<AdminAuth> {
        if !settings.enabled() {
            return None;
        }
        Some(AdminAuth {
            staff: settings.staff.clone(),
            ttl: settings.session_ttl,
            sessions: Mutex::new(HashMap::new()),
            attempts: Limiter::per_minute(10, 100_000),
        })
    }

    pub fn ttl(&self) -> Duration {
        self.ttl
    }

    /// False when this address tried to sign in too often.
    pub fn allow_attempt(&self, client: IpAddr) -> bool {
        self.attempts.check(&client)
    }

    /// The staff member whose token this is. Every configured token is
    /// compared, in constant time, whatever matches.
    pub fn check_token(&self, given: &str) -> Option<String> {
        use sha2::{Digest, Sha256};
        // Digests, so the comparison takes the same time whatever the
        // lengths (a slice comparison stops early on a length mismatch).
        let given = Sha256::digest(given.as_bytes());
        let mut found = None;
        for s in &self.staff {
            let wanted = Sha256::digest(s.token.expose_secret().as_bytes());
            let same = wanted.as_slice().ct_eq(given.as_slice());
            if bool::from(same) {
                found = Some(s.name.clone());
            }
        }
        found
    }

    /// Starts a session; returns its id (for the cookie).
    pub fn start(&self, staff: &str) -> String {
        let id = links::mint().token.expose_secret().to_owned();
        let csrf = links::mint().token.expose_secret().to_owned();
        let now = Instant::now();
        let mut sessions = self.sessions.lock().unwrap_or_else(|e| e.into_inner());
        sessions.retain(|_, s| s.expires > now);
        sessions.insert(
            links::hash(&id),
            Session {
                staff: staff.to_owned(),
                csrf,
                // A bounded setting, and saturating anyway: sign-in never panics.
                expires: now
                    .checked_add(self.ttl)
                    .unwrap_or(now + Duration::from_secs(86_400)),
            },
        );
        id
    }

    /// The live session with this id.
    pub fn session(&self, id: &str) -> Option<Staff> {
        let sessions = self.sessions.lock().unwrap_or_else(|e| e.into_inner());
        sessions
            .get(&links::hash(id))
            .filter(|s| s.expires > Instant::now())
            .map(|s| Staff {
                name: s.staff.clone(),
                csrf: s.csrf.clone(),
            })
    }

    pub fn end(&self, id: &str) {
        self.sessions
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(&links::hash(id));
    }
}

fn cookie(name: &str, value: &str, path: &str, max_age: u64, secure: bool) -> HeaderValue {
    let secure = if secure { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{name}={value}; Path={path}; HttpOnly; SameSite=Strict; Max-Age={max_age}{secure}"
    ))
    .unwrap_or_else(|_| HeaderValue::from_static(""))
}

pub(super) fn session_cookie(id: &str, ttl: Duration, secure: bool) -> HeaderValue {
    cookie(SESSION_COOKIE, id, "/admin", ttl.as_secs(), secure)
}

pub(super) fn cleared_session_cookie(secure: bool) -> HeaderValue {
    cookie(SESSION_COOKIE, "", "/admin", 0, secure)
}

pub(super) fn login_csrf_cookie(value: &str, secure: bool) -> HeaderValue {
    cookie(LOGIN_CSRF_COOKIE, value, "/admin/login", 3600, secure)
}

/// The session id the request carries, if any.
pub(super) fn session_id(headers: &HeaderMap) -> Option<&str> {
    cookie_value(headers, SESSION_COOKIE).filter(|v| !v.is_empty())
}

/// Pages need a session: without one the request is sent to the sign-in
/// page (and, with the dashboard off, answered 404).
impl FromRequestParts<AppState> for Staff {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let Some(auth) = &state.admin else {
            return Err(axum::http::StatusCode::NOT_FOUND.into_response());
        };
        match session_id(&parts.headers).and_then(|id| auth.session(id)) {
            Some(staff) => Ok(staff),
            None => {
                let mut r = Redirect::to("/admin/login").into_response();
                r.headers_mut().insert(
                    header::SET_COOKIE,
                    cleared_session_cookie(state.secure_cookies),
                );
                Err(r)
            }
        }
    }
}
