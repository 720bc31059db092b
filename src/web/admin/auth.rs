//! Staff sign-in: tokens from `REKEY_ADMIN_TOKENS`, compared in constant
//! time; sessions kept in the database with an expiry, so any instance
//! behind a load balancer knows them, and signing out on one signs out
//! everywhere.
//!
//! Session cookie: random 256-bit id, `HttpOnly`, `SameSite=Strict`,
//! `Path=/admin`, `Secure` when the public URL is https. The table holds
//! only the id's SHA-256, so the ids themselves never reach disk or
//! backups. Each session has its own CSRF value (derived from the id, so
//! not stored) that every state-changing form carries; the sign-in form,
//! before a session exists, uses a double-submit cookie.

use std::net::IpAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};
use secrecy::ExposeSecret;
use subtle::ConstantTimeEq;

use crate::clock::Clock;
use crate::config::{AdminSettings, StaffToken};
use crate::links;
use crate::rate_limit::{Backing, Quota, RateLimit};
use crate::store::{Store, StoreError};
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

/// The dashboard's sign-in state. One per app.
pub struct AdminAuth {
    staff: Vec<StaffToken>,
    ttl: Duration,
    store: Arc<dyn Store>,
    clock: Arc<dyn Clock>,
    /// Sign-in attempts per client address (shared by every instance on
    /// PostgreSQL).
    attempts: RateLimit,
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
    /// Sign-in attempts one client address may make a minute.
    pub const SIGN_INS_PER_MINUTE: u32 = 10;

    /// `None` when no staff token is configured (the dashboard is off).
    pub fn new(
        settings: &AdminSettings,
        store: Arc<dyn Store>,
        clock: Arc<dyn Clock>,
        limits: &Backing,
    ) -> Option<AdminAuth> {
        if !settings.enabled() {
            return None;
        }
        Some(AdminAuth {
            staff: settings.staff.clone(),
            ttl: settings.session_ttl,
            store,
            clock,
            attempts: RateLimit::new(
                "admin.sign_in",
                Quota::per_minute(Self::SIGN_INS_PER_MINUTE),
                limits,
            ),
        })
    }

    pub fn ttl(&self) -> Duration {
        self.ttl
    }

    /// False when this address tried to sign in too often.
    pub async fn allow_attempt(&self, client: IpAddr) -> bool {
        self.attempts.check_ip(client).await
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
    pub async fn start(&self, staff: &str) -> Result<String, StoreError> {
        let id = links::mint().token.expose_secret().to_owned();
        let now = self.clock.now();
        self.store
            .create_admin_session(&links::hash(&id), staff, now, now.plus(self.ttl))
            .await?;
        Ok(id)
    }

    /// The live session with this id (none when the store cannot say).
    pub async fn session(&self, id: &str) -> Option<Staff> {
        let found = self
            .store
            .admin_session(&links::hash(id), self.clock.now())
            .await;
        match found {
            Ok(name) => name.map(|name| Staff {
                name,
                csrf: csrf_of(id),
            }),
            Err(e) => {
                tracing::error!(error = %e, "cannot read a dashboard session");
                None
            }
        }
    }

    /// Revokes the session with this id, on every instance.
    pub async fn end(&self, id: &str) -> Result<(), StoreError> {
        self.store
            .revoke_admin_sessions(Some(&links::hash(id)), None, self.clock.now())
            .await
            .map(drop)
    }
}

/// A session's CSRF value: a one-way function of its id, so it is never
/// stored and the id cannot be learnt from a page that shows it.
fn csrf_of(id: &str) -> String {
    hex::encode(links::hash(&format!("rekey/admin-csrf\n{id}")))
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
        let staff = match session_id(&parts.headers) {
            Some(id) => auth.session(id).await,
            None => None,
        };
        match staff {
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
