//! The fake's shared state: what it knows (channels, members, messages),
//! what it recorded (REST calls, gateway sessions), and the gateway event log.
//!
//! Each shard has its own session and connection. A dispatch goes to the
//! shard Discord would pick: `(guild_id >> 22) % total` for a guild's
//! events, shard 0 for DMs.
//!
//! One mutex guards everything; every change bumps a `watch` counter so the
//! `wait_for_*` helpers wake up and re-check their condition (no lost wake-ups,
//! no sleeps).

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::sync::{Mutex, MutexGuard};

use serde_json::Value;
use tokio::sync::{mpsc, watch};

use super::model::{FakeChannel, FakeUser, Snowflakes};
use super::{FakeDiscordConfig, RecordedRequest};

/// A gateway dispatch waiting in, or already sent from, a session's log.
#[derive(Clone, Debug)]
pub(crate) struct Dispatch {
    pub seq: u64,
    pub kind: String,
    pub data: Value,
}

/// One gateway session (from IDENTIFY until the next IDENTIFY).
#[derive(Debug)]
pub(crate) struct Session {
    pub id: String,
    /// Every dispatch of the session in order; a RESUME replays its tail.
    pub log: Vec<Dispatch>,
    /// The highest seq written to a socket; a new IDENTIFY carries over the rest.
    pub written: u64,
}

impl Session {
    pub fn push(&mut self, kind: &str, data: Value) {
        let seq = self.log.len() as u64 + 1;
        self.log.push(Dispatch {
            seq,
            kind: kind.to_owned(),
            data,
        });
    }
}

/// What the fake remembers of an interaction it dispatched.
#[derive(Clone, Debug)]
pub(crate) struct InteractionInfo {
    pub id: u64,
    pub channel_id: u64,
    /// The message a component interaction belongs to.
    pub message_id: Option<u64>,
}

/// What the test asks the live gateway connection to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Disconnect {
    /// Drop the TCP connection without a close frame (a network failure).
    Abrupt,
    /// Send a close frame with this code (e.g. 4014 disallowed intents), then drop.
    Code(u16),
}

/// Something that happened on the gateway, in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GatewayRecord {
    /// A websocket connected.
    Connected,
    /// The client sent IDENTIFY (op 2).
    Identified(Identify),
    /// The client sent RESUME (op 6); `accepted` if the session was known.
    Resumed {
        session_id: String,
        seq: u64,
        accepted: bool,
    },
    /// The connection ended, for any reason.
    Disconnected,
}

/// What the client sent in IDENTIFY.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Identify {
    /// As sent, e.g. `"Bot fake-token"`.
    pub token: String,
    /// The gateway intents bit set.
    pub intents: u64,
    /// `[shard id, total shards]` (`[0, 1]` when the client sent none).
    pub shard: [u32; 2],
}

/// A REST failure a test asked for: requests matching `method` and starting
/// with `path_prefix` (after `/api/v10`) get `status` and `body`.
#[derive(Clone, Debug)]
pub(crate) struct FailureRule {
    pub method: String,
    pub path_prefix: String,
    pub status: u16,
    pub body: Value,
    /// Only requests whose raw body contains this.
    pub body_contains: Option<String>,
    /// How many more requests this rule fails (`None`: all).
    pub remaining: Option<u32>,
}

#[derive(Debug)]
pub(crate) struct State {
    pub config: FakeDiscordConfig,
    pub base_url: String,
    pub channels: HashMap<u64, FakeChannel>,
    /// Guild members and their role ids.
    pub members: HashMap<u64, (FakeUser, Vec<u64>)>,
    /// Every message the fake knows, by id, as full JSON.
    pub messages: HashMap<u64, Value>,
    /// Interaction token -> the original response message (type 4 / 7 callbacks).
    pub original_responses: HashMap<String, Value>,
    /// Interactions the fake dispatched, by token.
    pub interactions: HashMap<String, InteractionInfo>,
    /// Registered application commands by name (global and guild).
    pub commands: HashMap<String, Value>,
    pub requests: Vec<RecordedRequest>,
    pub gateway: Vec<GatewayRecord>,
    /// The live session of each shard.
    pub sessions: BTreeMap<u32, Session>,
    /// The shard count the clients identified with (1 until one did).
    pub shard_total: u32,
    /// Dispatches injected while their shard had no session; sent after
    /// that shard's next READY.
    pub pending: VecDeque<(String, Value)>,
    pub failures: Vec<FailureRule>,
    /// Members of each thread (`PUT /channels/{thread}/thread-members/{user}`).
    pub thread_members: HashMap<u64, Vec<u64>>,
    /// If set, the next IDENTIFY is answered by closing with this code.
    pub reject_identify_with: Option<u16>,
    /// The live gateway connection of each shard.
    pub connections: BTreeMap<u32, mpsc::UnboundedSender<Disconnect>>,
    pub sessions_started: u64,
    /// Heartbeats (op 1) received over all connections.
    pub heartbeats: u64,
}

impl State {
    /// The shard that receives `data`: Discord's rule for guild events,
    /// shard 0 for everything else (DMs).
    pub fn shard_of(&self, data: &Value) -> u32 {
        let guild = data["guild_id"]
            .as_str()
            .and_then(|g| g.parse::<u64>().ok());
        guild.map_or(0, |g| shard_of_guild(g, self.shard_total))
    }
}

/// `(guild_id >> 22) % total`, as Discord routes a guild to a shard.
pub fn shard_of_guild(guild_id: u64, total: u32) -> u32 {
    u32::try_from((guild_id >> 22) % u64::from(total.max(1))).unwrap_or(0)
}

/// State plus the change counter and the id generator.
#[derive(Debug)]
pub(crate) struct Shared {
    state: Mutex<State>,
    changes: watch::Sender<u64>,
    pub ids: Snowflakes,
}

impl Shared {
    pub fn new(state: State) -> Self {
        Self {
            state: Mutex::new(state),
            changes: watch::Sender::new(0),
            ids: Snowflakes::default(),
        }
    }

    /// Reads the state without signalling a change.
    pub fn read<T>(&self, f: impl FnOnce(&State) -> T) -> T {
        f(&self.lock())
    }

    /// Changes the state and wakes every waiter.
    pub fn update<T>(&self, f: impl FnOnce(&mut State) -> T) -> T {
        let out = f(&mut self.lock());
        self.changes.send_modify(|n| *n += 1);
        out
    }

    pub fn subscribe(&self) -> watch::Receiver<u64> {
        self.changes.subscribe()
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        // A panicking test thread must not hide the state from the others.
        self.state
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Queues a dispatch: into its shard's live session, or until that
    /// shard's next READY.
    pub fn dispatch(&self, kind: &str, data: Value) {
        self.update(|state| {
            let shard = state.shard_of(&data);
            match state.sessions.get_mut(&shard) {
                Some(session) => session.push(kind, data),
                None => state.pending.push_back((kind.to_owned(), data)),
            }
        });
    }
}
