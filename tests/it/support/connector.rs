//! A reconnected ActiveCampaign connector as the proactive suites start
//! from: the closed ticket a finished walk-through leaves, the sealed
//! connector, and waits for its health checks.

use std::time::Duration;

use rekey::connectors::{self, Credentials};
use rekey::crypto::MasterKey;
use rekey::domain::{Channel, Integration, TicketId, TicketStatus};
use rekey::store::{HealthRecord, NewTicket};
use secrecy::SecretString;

use super::TestApp;
use super::fake_activecampaign::Behaviour;

/// The account name the fake ActiveCampaign's URL gives (its host).
pub const ACCOUNT: &str = "127.0.0.1";
/// A second key shaped like a real one, scripted per test.
pub const WORKING_THEN_RESET: &str =
    "fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210fedcba98";

/// A closed ticket of `customer_ref` on `channel` that reconnected the
/// fake ActiveCampaign account with `key`: what a finished walk-through
/// leaves behind.
pub async fn reconnected_before(
    app: &TestApp,
    channel: Channel,
    customer_ref: &str,
    key: &str,
) -> TicketId {
    let store = app.store.as_ref();
    let now = app.bot.now();
    let ticket = store
        .create_ticket(NewTicket {
            channel,
            customer_ref: customer_ref.into(),
            customer_name: "ada".into(),
            place_ref: Some("1234".into()),
            integration: Integration::ActiveCampaign,
            status: TicketStatus::Reconnected,
            step: "done".into(),
            state: "{}".into(),
            exposed: false,
            at: now,
        })
        .await
        .unwrap();
    let closed = rekey::store::Ticket {
        status: TicketStatus::Closed,
        resolved: true,
        closed_at: Some(now),
        ..ticket.clone()
    };
    store.update_ticket(&closed).await.unwrap();
    let creds = Credentials {
        account: ACCOUNT.into(),
        api_url: app.fake.base_url(),
        key: SecretString::from(key.to_owned()),
        verified_user: "Ada Lovelace".into(),
    };
    let sealed = connectors::seal(
        &MasterKey::from_bytes([7; 32]),
        &creds,
        Some(ticket.id),
        now,
    );
    store.put_connector(sealed).await.unwrap();
    ticket.id
}

/// Waits (bounded) until the connector's health is `state`.
pub async fn health_becomes(app: &TestApp, state: &str) -> HealthRecord {
    let store = app.store.as_ref();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(15);
    loop {
        let h = store.connector_health(ACCOUNT).await.unwrap().unwrap();
        if h.health == state {
            return h;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "the connector never became {state}: {h:?}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Waits until `n` more health checks have run after the last one seen.
pub async fn checks_pass(app: &TestApp, n: usize) {
    let store = app.store.as_ref();
    let mut last = store
        .connector_health(ACCOUNT)
        .await
        .unwrap()
        .unwrap()
        .checked_at;
    for _ in 0..n {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(15);
        loop {
            let now = store
                .connector_health(ACCOUNT)
                .await
                .unwrap()
                .unwrap()
                .checked_at;
            if now != last {
                last = now;
                break;
            }
            assert!(
                tokio::time::Instant::now() < deadline,
                "no further check ran"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

/// The usual start: the fake ActiveCampaign answers [`WORKING_THEN_RESET`]
/// with `behaviour`, the customer reconnected with it before, and the
/// first health checks have brought the connector to `state`.
pub async fn reconnected_then(
    app: &TestApp,
    channel: Channel,
    customer_ref: &str,
    behaviour: Behaviour,
    state: &str,
) -> HealthRecord {
    app.fake.script(WORKING_THEN_RESET, behaviour);
    reconnected_before(app, channel, customer_ref, WORKING_THEN_RESET).await;
    health_becomes(app, state).await
}

/// The kinds of the connector's timeline events, oldest first.
pub async fn connector_event_kinds(app: &TestApp) -> Vec<String> {
    let events = app.store.connector_events(ACCOUNT).await.unwrap();
    events.into_iter().map(|e| e.kind).collect()
}
