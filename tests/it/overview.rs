//! The overview's numbers from a seeded database, counted by hand: the pure
//! aggregation over what the store returns, on SQLite and PostgreSQL.

use std::time::Duration;

use rekey::domain::{Channel, Integration, TicketStatus, Timestamp};
use rekey::overview::{Overview, Window, aggregate};
use rekey::store::{NewEvent, NewTicket, Store};
use serde_json::json;

use crate::support::TestDb;

const HOUR: i64 = 3_600_000;
const DAY: i64 = 24 * HOUR;
/// Noon UTC, so "today" started 12 hours ago.
const NOW: Timestamp = Timestamp(20_000 * DAY + 12 * HOUR);

fn at(ms_before_now: i64) -> Timestamp {
    Timestamp(NOW.millis() - ms_before_now)
}

async fn ticket(s: &dyn Store, who: &str, created: Timestamp) -> rekey::domain::TicketId {
    s.create_ticket(NewTicket {
        channel: Channel::Web,
        customer_ref: who.into(),
        customer_name: who.into(),
        place_ref: None,
        integration: Integration::ActiveCampaign,
        status: TicketStatus::Open,
        step: "idle".into(),
        state: "{}".into(),
        exposed: false,
        at: created,
    })
    .await
    .unwrap()
    .id
}

/// Adds events `(kind, time, note, stage)` the way the bot writes them.
async fn events(
    s: &dyn Store,
    id: rekey::domain::TicketId,
    list: &[(&str, Timestamp, &str, &str)],
) {
    for (kind, time, note, stage) in list {
        let detail = if note.is_empty() && stage.is_empty() {
            json!({})
        } else {
            json!({"note": note, "stage": stage})
        };
        s.add_event(id, NewEvent::new(*time, kind, "bot", detail))
            .await
            .unwrap();
    }
}

async fn seed(s: &dyn Store) {
    // A, today: the whole way to a reconnect in 30 minutes, one failed try.
    let a0 = at(HOUR);
    let a = ticket(s, "a", a0).await;
    let m = |min: i64| Timestamp(a0.millis() + min * 60_000);
    events(
        s,
        a,
        &[
            ("message", m(0), "band=act score=0.90", "walkthrough:log_in"),
            (
                "message",
                m(1),
                "band=ignore score=0.00",
                "walkthrough:log_in",
            ),
            ("button", m(2), "rk:done", "walkthrough:reset_key"),
            ("button", m(3), "rk:done", "walkthrough:secure_link"),
            ("link.issued", m(4), "", ""),
            ("button", m(4), "rk:link", "awaiting_form"),
            ("link_opened", m(5), "", "awaiting_form"),
            ("form_submitted", m(6), "", "verifying"),
            ("verify.failed", m(7), "", ""),
            ("verification", m(7), "key_rejected", "awaiting_form"),
            ("form_submitted", m(29), "", "verifying"),
            ("connector.reconnected", m(30), "", ""),
            (
                "verification",
                m(30),
                "verified fingerprint=ab...cd",
                "rating",
            ),
        ],
    )
    .await;
    // B, three days ago: asked, step 1, then handed to staff.
    let b0 = at(3 * DAY);
    let b = ticket(s, "b", b0).await;
    events(
        s,
        b,
        &[
            ("message", b0, "band=ask score=0.50", "walkthrough:log_in"),
            (
                "staff_hand_off",
                Timestamp(b0.millis() + HOUR),
                "staff=sam",
                "escalated",
            ),
        ],
    )
    .await;
    // C, ten days ago: a link expired, the second one reconnected after 2 h.
    let c0 = at(10 * DAY);
    let c = ticket(s, "c", c0).await;
    let h = |min: i64| Timestamp(c0.millis() + min * 60_000);
    events(
        s,
        c,
        &[
            (
                "message",
                h(0),
                "band=act score=0.95",
                "walkthrough:secure_link",
            ),
            ("link.issued", h(1), "", ""),
            ("link_revoked", h(20), "Expired", "walkthrough:secure_link"),
            ("link.issued", h(60), "", ""),
            ("link_opened", h(61), "", "awaiting_form"),
            ("form_submitted", h(62), "", "verifying"),
            (
                "verification",
                h(120),
                "verified fingerprint=ef...01",
                "rating",
            ),
            ("connector.reconnected", h(120), "", ""),
        ],
    )
    .await;
    // D, 40 days ago (outside every cohort), still active lately.
    let d = ticket(s, "d", at(40 * DAY)).await;
    events(
        s,
        d,
        &[
            ("connector.reconnected", at(20 * DAY), "", ""),
            (
                "message",
                at(2 * DAY),
                "band=act score=0.80",
                "walkthrough:log_in",
            ),
        ],
    )
    .await;
}

fn value(o: &Overview, name: &str) -> u64 {
    let funnel = |step: &str| {
        o.funnel
            .iter()
            .find(|(s, _)| *s == step)
            .map_or(0, |(_, n)| *n)
    };
    let verif = |class: &str| {
        o.verifications
            .iter()
            .find(|(c, _)| c == class)
            .map_or(0, |(_, n)| *n)
    };
    let minutes = |d: Option<Duration>| d.map_or(u64::MAX, |d| d.as_secs() / 60);
    match name {
        "detections" => o.detections,
        "opened" => o.tickets_opened,
        "reconnected" => o.reconnected,
        "handed_off" => o.handed_off,
        "median_min" => minutes(o.median_time_to_reconnect),
        "p90_min" => minutes(o.p90_time_to_reconnect),
        "links.issued" => o.links.issued,
        "links.opened" => o.links.opened,
        "links.consumed" => o.links.consumed,
        "links.expired" => o.links.expired,
        "links.revoked" => o.links.revoked,
        "verif.key_rejected" => verif("key_rejected"),
        "verif.verified" => verif("verified"),
        step => funnel(step.trim_start_matches("funnel.")),
    }
}

#[tokio::test]
async fn the_overview_counts_a_seeded_database_as_counted_by_hand() {
    use Window::{Month, Today, Week};
    #[rustfmt::skip]
    let cases: &[(Window, &str, u64)] = &[
        (Today, "detections", 1), (Week, "detections", 3), (Month, "detections", 4),
        (Today, "opened", 1), (Week, "opened", 2), (Month, "opened", 3),
        (Today, "funnel.opened", 1), (Week, "funnel.opened", 2), (Month, "funnel.opened", 3),
        (Week, "funnel.log_in", 2), (Month, "funnel.log_in", 3),
        (Week, "funnel.reset_key", 1), (Month, "funnel.reset_key", 2),
        (Month, "funnel.secure_link", 2), (Month, "funnel.link_issued", 2),
        (Month, "funnel.link_opened", 2), (Month, "funnel.form_submitted", 2),
        (Today, "funnel.reconnected", 1), (Week, "funnel.reconnected", 1),
        (Month, "funnel.reconnected", 2),
        (Today, "links.issued", 1), (Month, "links.issued", 3),
        (Month, "links.opened", 2), (Month, "links.expired", 1), (Month, "links.revoked", 0),
        (Today, "links.consumed", 1), (Week, "links.consumed", 1), (Month, "links.consumed", 3),
        (Today, "verif.key_rejected", 1), (Month, "verif.key_rejected", 1),
        (Today, "verif.verified", 1), (Month, "verif.verified", 2),
        (Today, "reconnected", 1), (Week, "reconnected", 1), (Month, "reconnected", 2),
        (Today, "median_min", 30), (Month, "median_min", 30),
        (Today, "p90_min", 30), (Month, "p90_min", 120),
        (Today, "handed_off", 0), (Week, "handed_off", 1), (Month, "handed_off", 1),
    ];
    let dbs = [Some(TestDb::sqlite().await), TestDb::postgres().await];
    for db in dbs.into_iter().flatten() {
        let s = db.store.as_ref();
        seed(s).await;
        let since = Month.start(NOW);
        let tickets = s.tickets_created_since(since).await.unwrap();
        let events = s.events_since(since).await.unwrap();
        for (window, name, expected) in cases {
            let o = aggregate(*window, NOW, &tickets, &events);
            assert_eq!(
                value(&o, name),
                *expected,
                "{:?} {name} ({:?})",
                window,
                s.backend()
            );
        }
        let week = aggregate(Week, NOW, &tickets, &events);
        assert_eq!(week.hand_off_rate(), Some(0.5));
        assert_eq!(week.reconnect_rate(), Some(0.5));
        db.cleanup().await;
    }
}
