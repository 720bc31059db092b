//! The gateway: one websocket connection per shard, speaking Discord's
//! protocol in plain JSON text frames. IDENTIFY's `shard: [id, total]` says
//! which shard a connection is; a guild's events go to its shard only.
//!
//! HELLO -> IDENTIFY -> READY + GUILD_CREATE, heartbeats answered with
//! HEARTBEAT_ACK, RESUME answered by replaying the missed dispatches and
//! RESUMED. Dispatches live in the session's log (see `state`), so events a
//! test injects while the bot is reconnecting are delivered afterwards.

use std::sync::Arc;

use axum::extract::State as AxumState;
use axum::extract::ws::{CloseFrame, Message, WebSocket, WebSocketUpgrade};
use axum::response::Response;
use serde_json::{Value, json};
use tokio::sync::mpsc;

use super::model;
use super::state::{Disconnect, GatewayRecord, Identify, Session, Shared, shard_of_guild};

/// Upgrades `GET /gw` to a websocket and runs the connection.
pub(crate) async fn upgrade(
    AxumState(shared): AxumState<Arc<Shared>>,
    ws: WebSocketUpgrade,
) -> Response {
    ws.on_upgrade(move |socket| async move {
        let (tx, rx) = mpsc::unbounded_channel();
        shared.update(|s| s.gateway.push(GatewayRecord::Connected));
        Connection {
            socket,
            shared: Arc::clone(&shared),
            me: tx,
            shard: 0,
            written: None,
        }
        .run(rx)
        .await;
        shared.update(|s| s.gateway.push(GatewayRecord::Disconnected));
    })
}

struct Connection {
    socket: WebSocket,
    shared: Arc<Shared>,
    /// This connection's command sender; it is live while the state holds it.
    me: mpsc::UnboundedSender<Disconnect>,
    /// The shard this connection identified (or resumed) as.
    shard: u32,
    /// The seq last written on this socket; `None` until READY or RESUMED.
    written: Option<u64>,
}

/// The connection is over (closed by either side, or told to stop).
struct Closed;

impl Connection {
    async fn run(mut self, mut commands: mpsc::UnboundedReceiver<Disconnect>) {
        let interval = self
            .shared
            .read(|s| s.config.heartbeat_interval.as_millis());
        if self
            .send(&json!({"op": 10, "d": {"heartbeat_interval": interval}}))
            .await
            .is_err()
        {
            return;
        }
        let mut changes = self.shared.subscribe();
        loop {
            let step = tokio::select! {
                // A disconnect wins over pending writes, so nothing is sent after it.
                biased;
                command = commands.recv() => match command {
                    Some(Disconnect::Code(code)) => {
                        self.close_with(code).await;
                        Err(Closed)
                    }
                    // Dropping the socket closes TCP without a close frame.
                    Some(Disconnect::Abrupt) | None => Err(Closed),
                },
                frame = self.socket.recv() => match frame {
                    Some(Ok(Message::Text(text))) => self.on_payload(text.as_str()).await,
                    Some(Ok(Message::Close(_)) | Err(_)) | None => Err(Closed),
                    Some(Ok(_)) => Ok(()),
                },
                changed = changes.changed() => changed.map_err(|_| Closed),
            };
            if step.is_err() || self.flush().await.is_err() {
                return;
            }
        }
    }

    async fn on_payload(&mut self, text: &str) -> Result<(), Closed> {
        let Ok(payload) = serde_json::from_str::<Value>(text) else {
            return Ok(());
        };
        let data = &payload["d"];
        match payload["op"].as_u64() {
            Some(1) => {
                self.shared.update(|s| s.heartbeats += 1);
                self.send(&json!({"op": 11})).await
            }
            Some(2) => self.identify(data).await,
            Some(6) => self.resume(data).await,
            _ => Ok(()),
        }
    }

    async fn identify(&mut self, data: &Value) -> Result<(), Closed> {
        let token = data["token"].as_str().unwrap_or_default().to_owned();
        let intents = data["intents"].as_u64().unwrap_or_default();
        let number = |i: usize, default: u32| {
            data["shard"][i]
                .as_u64()
                .and_then(|n| u32::try_from(n).ok())
                .unwrap_or(default)
        };
        let shard = [number(0, 0), number(1, 1)];
        self.shard = shard[0];
        let rejection = self.shared.update(|s| {
            s.gateway.push(GatewayRecord::Identified(Identify {
                token,
                intents,
                shard,
            }));
            s.reject_identify_with.take()
        });
        if let Some(code) = rejection {
            self.close_with(code).await;
            return Err(Closed);
        }
        let me = self.me.clone();
        self.shared.update(|s| {
            s.shard_total = shard[1].max(1);
            s.connections.insert(shard[0], me);
            let owns_guild = shard_of_guild(s.config.guild.id, s.shard_total) == shard[0];
            s.sessions_started += 1;
            let id = format!("fake-session-{}", s.sessions_started);
            let mut session = Session {
                id: id.clone(),
                log: Vec::new(),
                written: 0,
            };
            let ready = json!({
                "v": 10,
                "user": model::user(&s.config.bot),
                "guilds": if owns_guild {
                    json!([{"id": s.config.guild.id.to_string(), "unavailable": true}])
                } else {
                    json!([])
                },
                "shard": shard,
                "session_id": id,
                "resume_gateway_url": format!("{}/gw", s.base_url.replace("http://", "ws://")),
                "application": {"id": s.config.application_id.to_string(), "flags": 0},
            });
            session.push("READY", ready);
            let mut channels: Vec<_> = s.channels.values().cloned().collect();
            channels.sort_by_key(|c| c.id);
            let mut members: Vec<_> = s.members.values().cloned().collect();
            members.sort_by_key(|(u, _)| u.id);
            if owns_guild {
                session.push(
                    "GUILD_CREATE",
                    model::guild_create(&s.config.guild, &channels, &members),
                );
            }
            // Dispatches the shard's previous session never wrote are not lost.
            if let Some(old) = s.sessions.remove(&shard[0]) {
                for d in old.log.into_iter().filter(|d| d.seq > old.written) {
                    if !matches!(d.kind.as_str(), "READY" | "GUILD_CREATE" | "RESUMED") {
                        session.push(&d.kind, d.data);
                    }
                }
            }
            let waiting = std::mem::take(&mut s.pending);
            for (kind, data) in waiting {
                if s.shard_of(&data) == shard[0] {
                    session.push(&kind, data);
                } else {
                    s.pending.push_back((kind, data));
                }
            }
            s.sessions.insert(shard[0], session);
        });
        self.written = Some(0);
        Ok(())
    }

    async fn resume(&mut self, data: &Value) -> Result<(), Closed> {
        let session_id = data["session_id"].as_str().unwrap_or_default().to_owned();
        let seq = data["seq"].as_u64().unwrap_or_default();
        let me = self.me.clone();
        let accepted = self.shared.update(|s| {
            let shard = s
                .sessions
                .iter()
                .find(|(_, session)| session.id == session_id)
                .map(|(shard, _)| *shard);
            let accepted = shard.is_some();
            s.gateway.push(GatewayRecord::Resumed {
                session_id,
                seq,
                accepted,
            });
            if let Some(shard) = shard {
                s.connections.insert(shard, me);
                if let Some(session) = s.sessions.get_mut(&shard) {
                    session.push("RESUMED", json!({}));
                }
            }
            shard
        });
        let Some(shard) = accepted else {
            // Invalid session, not resumable: the client identifies again.
            return self.send(&json!({"op": 9, "d": false})).await;
        };
        self.shard = shard;
        // Replay what the client missed, then RESUMED (pushed last).
        self.written = Some(seq);
        Ok(())
    }

    /// Writes every dispatch of the session this socket has not written yet.
    async fn flush(&mut self) -> Result<(), Closed> {
        let Some(written) = self.written else {
            return Ok(());
        };
        let unsent: Vec<_> = self.shared.read(|s| {
            // A connection told to disconnect is no longer the live one: it writes nothing more.
            let live = s
                .connections
                .get(&self.shard)
                .is_some_and(|c| c.same_channel(&self.me));
            let session = s.sessions.get(&self.shard).filter(|_| live);
            session.map_or_else(Vec::new, |session| {
                session
                    .log
                    .iter()
                    .filter(|d| d.seq > written)
                    .cloned()
                    .collect()
            })
        });
        for dispatch in unsent {
            let frame = json!({"op": 0, "s": dispatch.seq, "t": dispatch.kind, "d": dispatch.data});
            self.send(&frame).await?;
            self.written = Some(dispatch.seq);
            let shard = self.shard;
            self.shared.update(|s| {
                if let Some(session) = s.sessions.get_mut(&shard) {
                    session.written = session.written.max(dispatch.seq);
                }
            });
        }
        Ok(())
    }

    async fn send(&mut self, payload: &Value) -> Result<(), Closed> {
        let text = payload.to_string();
        self.socket
            .send(Message::Text(text.into()))
            .await
            .map_err(|_| Closed)
    }

    async fn close_with(&mut self, code: u16) {
        let reason = match code {
            4004 => "Authentication failed.",
            4013 => "Invalid intent(s).",
            4014 => "Disallowed intent(s).",
            _ => "Closed by the fake.",
        };
        let frame = CloseFrame {
            code,
            reason: reason.into(),
        };
        // The client may already be gone; there is nothing left to do then.
        let _ = self.socket.send(Message::Close(Some(frame))).await;
    }
}
