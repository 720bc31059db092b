//! The built-in web server (axum): health, readiness and metrics, the secure
//! form, the web chat, the connector API and the staff dashboard. Only this
//! module knows axum.

mod admin;
mod api;
mod assets;
mod chat;
mod demo;
mod error;
mod form;
mod health;
mod security;
mod words;

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use axum::Router;
use axum::http::HeaderMap;
use tower_http::trace::TraceLayer;

use crate::bot::Bot;
use crate::client_addr::TrustedProxies;
use crate::reconnect::ReconnectService;
use crate::store::Store;

pub use admin::AdminAuth;
pub use chat::{ChatLimits, WebChatTransport};
pub use error::{Error, Surface};
pub use form::FormLimits;

/// What every handler can reach.
#[derive(Debug, Clone)]
pub struct AppState {
    pub store: Arc<dyn Store>,
    pub bot: Arc<Bot>,
    pub reconnect: Arc<ReconnectService>,
    pub limits: Arc<FormLimits>,
    /// Queued replies for web chat sessions.
    pub web_chat: Arc<WebChatTransport>,
    /// `REKEY_API_TOKEN`: bearer token of the connector API (off if `None`).
    pub api_token: Option<secrecy::SecretString>,
    /// Mark cookies `Secure` (the public URL is https).
    pub secure_cookies: bool,
    /// The staff dashboard's sign-in state; `None` = dashboard off (404).
    pub admin: Option<Arc<AdminAuth>>,
    /// Set by the Discord adapter once connected; `None` = Discord not
    /// configured (not needed for readiness).
    pub discord_connected: Option<Arc<AtomicBool>>,
    /// Connector health checks and outreach (failure reports, rotate-ask).
    pub proactive: Arc<crate::proactive::Proactive>,
    /// `REKEY_TRUSTED_PROXIES`: whose forwarding headers name the client.
    pub trusted_proxies: Arc<TrustedProxies>,
    /// `REKEY_METRICS_TOKEN`: `/metrics` needs this bearer token when set.
    pub metrics_token: Option<secrecy::SecretString>,
    /// Web chat flood limits.
    pub chat_limits: Arc<ChatLimits>,
}

impl AppState {
    /// The client a request came from: the peer, or behind a trusted proxy
    /// the rightmost untrusted forwarded hop. Every per-client limit keys on it.
    pub fn client_ip(&self, peer: SocketAddr, headers: &HeaderMap) -> IpAddr {
        let values = |name: &str| -> Vec<&str> {
            headers
                .get_all(name)
                .iter()
                .filter_map(|v| v.to_str().ok())
                .collect()
        };
        self.trusted_proxies
            .client(peer.ip(), &values("forwarded"), &values("x-forwarded-for"))
    }
}

/// The whole HTTP surface, ready to serve or to call in-process in tests.
pub fn router(state: AppState) -> Router {
    let admin = if state.admin.is_some() {
        admin::routes()
    } else {
        Router::new()
    };
    let demo = state.reconnect.ac.demo;
    let router = Router::new()
        .merge(health::routes())
        .merge(admin)
        .merge(form::routes())
        .merge(chat::routes())
        .merge(api::routes())
        .merge(assets::routes());
    // Demo mode marks every page (inside the security headers layer).
    let router = if demo {
        router.layer(axum::middleware::from_fn(demo::banner))
    } else {
        router
    };
    router
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            security::headers,
        ))
        .layer(TraceLayer::new_for_http().make_span_with(|req: &axum::extract::Request| {
            tracing::info_span!("http", method = %req.method(), path = %redacted_path(req.uri().path()))
        }))
        .with_state(state)
}

/// The request path for logs, with secure-link tokens masked.
pub fn redacted_path(path: &str) -> String {
    match path.strip_prefix(crate::links::LINK_PATH) {
        Some(_) => format!("{}****", crate::links::LINK_PATH),
        None => path.to_owned(),
    }
}
