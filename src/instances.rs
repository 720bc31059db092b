//! What lets several instances serve as one (behind a load balancer, on one
//! PostgreSQL): wake-ups from `LISTEN/NOTIFY` (new web chat outbox items,
//! new jobs) and the pruning of shared rows that outlived their use (web
//! chat outbox items past the chat session's lifetime, expired dashboard
//! sessions, rate-limit rows back at full quota). The shared state itself
//! lives in the store.

use std::sync::Arc;
use std::time::Duration;

use crate::bot::Bot;
use crate::domain::Timestamp;
use crate::store::{SqlStore, Store};
use crate::web::WebChatTransport;

/// How often an instance prunes the shared tables.
const PRUNE_EVERY: Duration = Duration::from_secs(15 * 60);

/// On PostgreSQL, listens for notifications and wakes this instance's
/// waiting web chat polls and its job worker. `None` on SQLite (they poll).
pub fn listen(
    store: &SqlStore,
    bot: &Arc<Bot>,
    web_chat: &Arc<WebChatTransport>,
) -> Option<tokio::task::JoinHandle<()>> {
    let bot = bot.clone();
    let web_chat = web_chat.clone();
    store.listen(move |channel, _payload| match channel {
        "rekey_chat" => web_chat.wake(),
        "rekey_jobs" => bot.jobs_changed.notify_one(),
        _ => {}
    })
}

/// Prunes the shared tables now and every [`PRUNE_EVERY`].
pub fn spawn_pruner(store: Arc<dyn Store>, bot: Arc<Bot>) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        loop {
            let now = bot.now();
            let keep = i64::try_from(WebChatTransport::retention().as_millis()).unwrap_or(i64::MAX);
            let before = Timestamp(now.millis().saturating_sub(keep));
            match store.prune_shared(before, now).await {
                Ok(0) => {}
                Ok(n) => tracing::info!(
                    rows = n,
                    "pruned old web chat items, sessions and rate-limit rows"
                ),
                Err(e) => tracing::warn!(error = %e, "pruning shared rows failed"),
            }
            tokio::time::sleep(PRUNE_EVERY).await;
        }
    })
}
