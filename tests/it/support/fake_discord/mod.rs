//! A fake Discord (REST + gateway over loopback) that the real serenity
//! client runs against in end-to-end tests.
//!
//! Start it with [`FakeDiscord::start`], point serenity at it with
//! [`client::client_builder`], inject what users do ([`FakeDiscord::send_message`],
//! [`FakeDiscord::press_button`], [`FakeDiscord::slash_command`]) and wait on
//! what the bot does ([`FakeDiscord::wait_for_request`] and friends). Waits
//! block on change signals, never on sleeps; their timeouts are failure bounds.
//!
//! Layout: `config` (the bot and guild), `model` (the JSON serenity parses),
//! `state` (what the fake knows and recorded), `rest` and `gateway` (the two
//! protocols), `inject` (what users do), `wait` (waiting on the bot),
//! `request` (a recorded REST call), `client` (the serenity glue: Http,
//! ClientBuilder, an `Event::Unknown` recorder).

// A shared test toolkit: in the main crate's test binary not every test uses
// every helper, and unused ones must not fail `clippy -D warnings`.
#![allow(dead_code, unused_imports)]

pub mod client;
mod config;
mod gateway;
mod inject;
pub mod model;
mod request;
mod resolved;
mod rest;
mod state;
mod wait;

use std::collections::{HashMap, VecDeque};
use std::sync::Arc;

use serde_json::Value;
use tokio::task::JoinHandle;

pub use config::{
    BOT_ID, BOT_ROLE_ID, FakeDiscordConfig, FakeGuild, GENERAL_CHANNEL_ID, GUILD_ID, OWNER_ID,
    SUPPORT_CHANNEL_ID, SUPPORT_ROLE_ID, WAIT,
};
pub use model::{FakeChannel, FakeRole, FakeUser};
pub use request::RecordedRequest;
pub use state::{Disconnect, GatewayRecord, Identify, shard_of_guild};

use state::{FailureRule, Shared, State};

/// A running fake Discord. Stops accepting connections when dropped.
#[derive(Debug)]
pub struct FakeDiscord {
    shared: Arc<Shared>,
    base_url: String,
    server: JoinHandle<()>,
}

impl Drop for FakeDiscord {
    fn drop(&mut self) {
        self.server.abort();
    }
}

impl FakeDiscord {
    /// Starts the fake with the default configuration on 127.0.0.1, any free port.
    pub async fn start() -> Self {
        Self::start_with(FakeDiscordConfig::default()).await
    }

    /// Starts the fake with `config`.
    pub async fn start_with(config: FakeDiscordConfig) -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind the fake discord port");
        let address = listener
            .local_addr()
            .expect("read the fake discord address");
        let base_url = format!("http://{address}");
        let channels = config
            .guild
            .channels
            .iter()
            .map(|c| (c.id, c.clone()))
            .collect();
        let members = HashMap::from([
            (
                config.bot.id,
                (config.bot.clone(), config.bot_roles.clone()),
            ),
            (config.owner.id, (config.owner.clone(), Vec::new())),
        ]);
        let shared = Arc::new(Shared::new(State {
            config,
            base_url: base_url.clone(),
            channels,
            members,
            messages: HashMap::new(),
            original_responses: HashMap::new(),
            interactions: HashMap::new(),
            commands: HashMap::new(),
            requests: Vec::new(),
            gateway: Vec::new(),
            sessions: std::collections::BTreeMap::new(),
            shard_total: 1,
            pending: VecDeque::new(),
            failures: Vec::new(),
            thread_members: HashMap::new(),
            reject_identify_with: None,
            connections: std::collections::BTreeMap::new(),
            sessions_started: 0,
            heartbeats: 0,
        }));
        let app = axum::Router::new()
            .route("/gw", axum::routing::get(gateway::upgrade))
            .fallback(rest::handle)
            .with_state(Arc::clone(&shared));
        let server = tokio::spawn(async move {
            // Serving ends only when the task is aborted; an error is a broken test host.
            axum::serve(listener, app)
                .await
                .expect("serve the fake discord");
        });
        Self {
            shared,
            base_url,
            server,
        }
    }

    /// `http://127.0.0.1:PORT`, for `HttpBuilder::proxy`.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The configuration the fake runs with.
    pub fn config(&self) -> FakeDiscordConfig {
        self.shared.read(|s| s.config.clone())
    }

    /// Ends every live gateway connection: abruptly, or with a close code.
    pub fn disconnect(&self, how: Disconnect) {
        let connections = self.shared.update(|s| std::mem::take(&mut s.connections));
        for connection in connections.into_values() {
            // A connection that is already gone needs no disconnecting.
            let _ = connection.send(how);
        }
    }

    /// Answers the next IDENTIFY by closing with `close_code` (e.g. 4014).
    pub fn reject_next_identify(&self, close_code: u16) {
        self.shared
            .update(|s| s.reject_identify_with = Some(close_code));
    }

    /// From now on, answers `method` requests whose path (after `/api/v10`)
    /// starts with `path_prefix` with `status` and `body`, e.g.
    /// `fail_requests("DELETE", "/channels/30/messages/", 403, model::missing_permissions())`.
    pub fn fail_requests(&self, method: &str, path_prefix: &str, status: u16, body: Value) {
        let rule = FailureRule {
            method: method.to_owned(),
            path_prefix: path_prefix.to_owned(),
            status,
            body,
            body_contains: None,
            remaining: None,
        };
        self.shared.update(|s| s.failures.push(rule));
    }

    /// Fails only the next `method` request under `path_prefix` whose body
    /// contains `body_contains`, with `status` and `body` (e.g. a 500 with
    /// [`model::server_error`]); later ones succeed.
    pub fn fail_next_request(
        &self,
        method: &str,
        path_prefix: &str,
        body_contains: &str,
        status: u16,
        body: Value,
    ) {
        let rule = FailureRule {
            method: method.to_owned(),
            path_prefix: path_prefix.to_owned(),
            status,
            body,
            body_contains: Some(body_contains.to_owned()),
            remaining: Some(1),
        };
        self.shared.update(|s| s.failures.push(rule));
    }

    /// The user ids added to thread `thread_id`.
    pub fn thread_members(&self, thread_id: u64) -> Vec<u64> {
        self.shared.read(|s| {
            s.thread_members
                .get(&thread_id)
                .cloned()
                .unwrap_or_default()
        })
    }

    /// Every REST call so far, in order.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.shared.read(|s| s.requests.clone())
    }

    /// REST calls to routes the fake does not model (answered 404).
    pub fn unknown_requests(&self) -> Vec<RecordedRequest> {
        self.shared.read(|s| {
            s.requests
                .iter()
                .filter(|r| !r.known_route)
                .cloned()
                .collect()
        })
    }

    /// Everything that happened on the gateway, in order.
    pub fn gateway_log(&self) -> Vec<GatewayRecord> {
        self.shared.read(|s| s.gateway.clone())
    }

    /// A message the fake knows (injected or sent by the bot), as JSON.
    pub fn message(&self, message_id: u64) -> Option<Value> {
        self.shared.read(|s| s.messages.get(&message_id).cloned())
    }

    /// The token of an interaction the fake dispatched.
    pub fn interaction_token(&self, interaction_id: u64) -> Option<String> {
        self.shared.read(|s| {
            s.interactions
                .iter()
                .find(|(_, i)| i.id == interaction_id)
                .map(|(token, _)| token.clone())
        })
    }

    /// The original response to an interaction (callback type 4 or 5, then edits).
    pub fn original_response(&self, interaction_id: u64) -> Option<Value> {
        self.shared.read(|s| {
            let token = s
                .interactions
                .iter()
                .find(|(_, i)| i.id == interaction_id)?
                .0;
            s.original_responses.get(token).cloned()
        })
    }
}
