//! Waiting on what the bot does: each helper re-checks its condition on
//! every change of the fake's state, and fails after a timeout (a bound, not
//! a sleep).

use std::time::Duration;

use super::state::{GatewayRecord, Identify, State};
use super::{FakeDiscord, RecordedRequest, WAIT};

impl FakeDiscord {
    /// Waits for the first recorded request (past or future) matching `predicate`.
    pub async fn wait_for_request(
        &self,
        predicate: impl Fn(&RecordedRequest) -> bool,
        timeout: Duration,
    ) -> RecordedRequest {
        self.wait_until("a matching request", timeout, |s| {
            s.requests.iter().find(|r| predicate(r)).cloned()
        })
        .await
    }

    /// Waits until at least `count` recorded requests match `predicate`;
    /// returns the `count`-th.
    pub async fn wait_for_count(
        &self,
        predicate: impl Fn(&RecordedRequest) -> bool,
        count: usize,
        timeout: Duration,
    ) -> RecordedRequest {
        self.wait_until("enough matching requests", timeout, |s| {
            s.requests
                .iter()
                .filter(|r| predicate(r))
                .nth(count.saturating_sub(1))
                .cloned()
        })
        .await
    }

    /// Waits for the first gateway record (past or future) matching `predicate`.
    pub async fn wait_for_gateway(
        &self,
        predicate: impl Fn(&GatewayRecord) -> bool,
        timeout: Duration,
    ) -> GatewayRecord {
        self.wait_until("a matching gateway record", timeout, |s| {
            s.gateway.iter().find(|r| predicate(r)).cloned()
        })
        .await
    }

    /// Waits for the first IDENTIFY and returns what it carried.
    pub async fn wait_identified(&self) -> Identify {
        self.wait_until("IDENTIFY", WAIT, |s| {
            s.gateway.iter().find_map(|r| match r {
                GatewayRecord::Identified(identify) => Some(identify.clone()),
                _ => None,
            })
        })
        .await
    }

    /// Waits until READY and GUILD_CREATE of a session were written to the bot.
    pub async fn wait_ready(&self) {
        self.wait_until("READY and GUILD_CREATE written", WAIT, |s| {
            s.sessions
                .values()
                .any(|session| session.written >= 2)
                .then_some(())
        })
        .await;
    }

    /// Waits until every shard in `shards` has a session whose READY was
    /// written to the bot.
    pub async fn wait_shards_ready(&self, shards: &[u32]) {
        self.wait_until("READY written on every shard", WAIT, |s| {
            shards
                .iter()
                .all(|id| s.sessions.get(id).is_some_and(|x| x.written >= 1))
                .then_some(())
        })
        .await;
    }

    /// Waits until the client has sent `count` heartbeats (each one acknowledged).
    pub async fn wait_for_heartbeats(&self, count: u64) {
        self.wait_until("heartbeats", WAIT, |s| {
            (s.heartbeats >= count).then_some(())
        })
        .await;
    }

    /// Waits for the first `POST /channels/{channel_id}/messages`.
    pub async fn wait_for_message_in(&self, channel_id: u64) -> RecordedRequest {
        let path = format!("/channels/{channel_id}/messages");
        self.wait_for_request(|r| r.is("POST", &path), WAIT).await
    }

    /// Waits for the callback answering interaction `interaction_id`.
    pub async fn wait_for_interaction_response(&self, interaction_id: u64) -> RecordedRequest {
        let prefix = format!("/interactions/{interaction_id}/");
        self.wait_for_request(|r| r.method == "POST" && r.path.starts_with(&prefix), WAIT)
            .await
    }

    /// Re-checks `check` on every change until it yields a value; panics
    /// after `timeout`, listing what was recorded.
    async fn wait_until<T>(
        &self,
        what: &str,
        timeout: Duration,
        check: impl Fn(&State) -> Option<T>,
    ) -> T {
        let mut changes = self.shared.subscribe();
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            changes.borrow_and_update();
            if let Some(found) = self.shared.read(&check) {
                return found;
            }
            let changed = tokio::time::timeout_at(deadline, changes.changed()).await;
            if !matches!(changed, Ok(Ok(()))) {
                let (requests, gateway) = self.shared.read(|s| {
                    let requests: Vec<String> = s
                        .requests
                        .iter()
                        .map(|r| format!("{} {} -> {}", r.method, r.path, r.status))
                        .collect();
                    (requests, s.gateway.clone())
                });
                panic!(
                    "fake discord: waited {timeout:?} for {what}\nrequests: {requests:#?}\ngateway: {gateway:?}"
                );
            }
        }
    }
}
