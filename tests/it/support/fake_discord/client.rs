//! The serenity side: an `Http` and a `ClientBuilder` aimed at the fake, and a
//! raw event handler that records every dispatch serenity could not parse.
//!
//! Traps handled here: serenity ignores `HttpBuilder::proxy` unless the
//! ratelimiter is disabled, and `ClientBuilder::token()` after
//! `new_with_http` would replace the Http and drop the proxy.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::Value;
use serenity::all::{
    ClientBuilder, Context, Event, GatewayIntents, Http, HttpBuilder, RawEventHandler,
};
use serenity::async_trait;
use tokio::sync::watch;

use super::FakeDiscord;

/// The token tests give the bot; the fake accepts any token.
pub const TOKEN: &str = "fake-token";

/// An `Http` whose requests go to the fake.
pub fn http(fake: &FakeDiscord) -> Http {
    HttpBuilder::new(TOKEN)
        .proxy(fake.base_url())
        .ratelimiter_disabled(true)
        .build()
}

/// A `ClientBuilder` on [`http`], with an [`UnknownEvents`] recorder
/// registered as raw event handler. Add handlers/framework, then `.await` it.
pub fn client_builder(
    fake: &FakeDiscord,
    intents: GatewayIntents,
    unknown: &UnknownEvents,
) -> ClientBuilder {
    ClientBuilder::new_with_http(http(fake), intents).raw_event_handler(unknown.clone())
}

/// Records each `Event::Unknown`: a dispatch serenity failed to deserialize
/// (it drops those silently, so a handler would just never run).
#[derive(Clone, Debug, Default)]
pub struct UnknownEvents {
    seen: Arc<Mutex<Vec<(String, Value)>>>,
    /// Counts recorded events, so a test can wait for one.
    count: Arc<watch::Sender<usize>>,
}

impl UnknownEvents {
    /// Every unparsed dispatch so far: (event name, payload).
    pub fn all(&self) -> Vec<(String, Value)> {
        self.seen
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone()
    }

    /// Waits for the first unparsed dispatch (for tests of the recorder itself).
    pub async fn wait_for_one(&self, timeout: Duration) -> (String, Value) {
        let mut count = self.count.subscribe();
        let seen = tokio::time::timeout(timeout, count.wait_for(|n| *n > 0)).await;
        assert!(
            matches!(seen, Ok(Ok(_))),
            "serenity parsed every dispatch within {timeout:?}"
        );
        self.all().remove(0)
    }

    /// Panics if serenity failed to parse any dispatch.
    pub fn assert_none(&self) {
        let seen = self.all();
        assert!(
            seen.is_empty(),
            "serenity could not parse these dispatches: {seen:#?}"
        );
    }
}

#[async_trait]
impl RawEventHandler for UnknownEvents {
    async fn raw_event(&self, _ctx: Context, event: Event) {
        if let Event::Unknown(unknown) = event {
            self.seen
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .push((unknown.kind, unknown.value));
            self.count.send_modify(|n| *n += 1);
        }
    }
}
