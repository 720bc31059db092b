//! The storage contract: every test runs against SQLite, and against
//! PostgreSQL when `REKEY_TEST_POSTGRES_URL` is set (a fresh database each).

use std::collections::HashSet;
use std::sync::Arc;

use rekey::config::Backend;
use rekey::connectors::{self, Credentials};
use rekey::crypto::MasterKey;
use rekey::domain::{Channel, Integration, TicketId, TicketStatus, Timestamp};
use rekey::store::*;
use secrecy::{ExposeSecret, SecretString};
use serde_json::json;

use crate::support::TestDb;

/// Generates `sqlite::NAME` and `postgres::NAME` tests calling `NAME(db)`.
macro_rules! contract {
    ($($name:ident),+ $(,)?) => {
        mod sqlite {
            $(#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
            async fn $name() {
                let db = crate::support::TestDb::sqlite().await;
                super::$name(&db).await;
                db.cleanup().await;
            })+
        }
        mod postgres {
            $(#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
            async fn $name() {
                let Some(db) = crate::support::TestDb::postgres().await else {
                    eprintln!("REKEY_TEST_POSTGRES_URL not set: PostgreSQL contract skipped");
                    return;
                };
                super::$name(&db).await;
                db.cleanup().await;
            })+
        }
    };
}

contract!(
    tickets_round_trip_with_every_field,
    stale_ticket_updates_are_rejected_as_conflicts,
    active_tickets_are_found_by_customer_and_place,
    tickets_are_listed_newest_first_with_filters,
    ticket_ids_stay_unique_under_concurrent_creation,
    concurrent_writers_lose_nothing,
    the_timeline_keeps_time_then_insertion_order,
    a_new_link_revokes_the_older_one,
    a_link_is_consumed_exactly_once_under_concurrency,
    a_link_is_consumed_exactly_once_across_two_instances,
    expired_revoked_and_locked_links_cannot_be_consumed,
    connectors_keep_the_previous_fingerprint,
    the_audit_log_lists_newest_entries_oldest_first,
    health_reports_a_migrated_database,
    pending_questions_are_saved_replaced_forgotten_and_expire,
    due_jobs_are_claimed_by_one_of_two_instances_at_a_time,
    a_job_held_by_a_dead_instance_is_claimable_after_its_lease,
    the_next_job_time_waits_for_a_running_lease,
    tickets_are_filtered_by_error_id_customer_and_date,
    the_attention_order_puts_escalations_and_repeated_failures_first,
    reports_read_recent_tickets_events_and_status_counts,
    a_ticket_shows_its_newest_link_and_its_connector,
    the_rate_limit_statement_follows_the_gcra_model,
    a_rate_limit_admits_exactly_its_burst_under_concurrency_across_two_instances,
    rate_limit_rows_show_no_key_and_are_pruned_once_back_at_full_quota,
);

const T0: Timestamp = Timestamp(1_795_884_000_000);

fn new_ticket(customer: &str) -> NewTicket {
    NewTicket {
        channel: Channel::Discord,
        customer_ref: customer.into(),
        customer_name: format!("{customer} name"),
        place_ref: Some(format!("thread-{customer}")),
        integration: Integration::ActiveCampaign,
        status: TicketStatus::Open,
        step: "offer".into(),
        state: r#"{"version":1}"#.into(),
        exposed: false,
        at: T0,
    }
}

fn reconnect(account: &str, ticket: Option<TicketId>, fp: &str, at: Timestamp) -> Reconnect {
    let key = MasterKey::from_bytes([9; 32]);
    Reconnect {
        connector: NewConnector {
            account: account.into(),
            api_url: format!("https://{account}"),
            key: key.seal(account, &SecretString::from(format!("key-{fp}"))),
            key_fingerprint: fp.into(),
            verified_user: "ops@acme.test".into(),
            ticket,
            at,
        },
        event: NewEvent::new(at, "reconnected", "system", json!({"fingerprint": fp})),
        audit: NewAudit {
            at,
            actor: "customer".into(),
            action: "connector.replaced".into(),
            ticket,
            account: Some(account.into()),
            detail: json!({"fingerprint": fp}),
        },
    }
}

async fn tickets_round_trip_with_every_field(db: &TestDb) {
    let s = &db.store;
    let t = s.create_ticket(new_ticket("u1")).await.unwrap();
    assert_eq!(t.customer_ref, "u1");
    assert_eq!(t.status, TicketStatus::Open);
    assert_eq!(t.created_at, T0);
    assert_eq!(t.version, 0);
    let changed = Ticket {
        status: TicketStatus::Escalated,
        integration: Integration::Keap,
        step: "handoff".into(),
        state: r#"{"version":1,"step":"handoff"}"#.into(),
        error_class: Some("key_rejected".into()),
        exposed: true,
        resolved: true,
        assignee: Some("sam".into()),
        updated_at: T0.plus(std::time::Duration::from_secs(5)),
        closed_at: Some(T0.plus(std::time::Duration::from_secs(6))),
        ..t.clone()
    };
    let saved = s.update_ticket(&changed).await.unwrap();
    assert_eq!(saved.version, 1);
    let read = s.ticket(t.id).await.unwrap().unwrap();
    assert_eq!(read, saved);
    assert!(
        s.ticket(TicketId::from_row(999_999))
            .await
            .unwrap()
            .is_none()
    );
}

async fn stale_ticket_updates_are_rejected_as_conflicts(db: &TestDb) {
    let s = &db.store;
    let t = s.create_ticket(new_ticket("u1")).await.unwrap();
    s.update_ticket(&Ticket {
        step: "one".into(),
        ..t.clone()
    })
    .await
    .unwrap();
    let err = s
        .update_ticket(&Ticket {
            step: "two".into(),
            ..t.clone()
        })
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::Conflict(_)), "{err:?}");
    assert_eq!(s.ticket(t.id).await.unwrap().unwrap().step, "one");
    let missing = Ticket {
        id: TicketId::from_row(424_242),
        ..t
    };
    assert!(matches!(
        s.update_ticket(&missing).await.unwrap_err(),
        StoreError::NotFound(_)
    ));
}

async fn active_tickets_are_found_by_customer_and_place(db: &TestDb) {
    let s = &db.store;
    let old = s.create_ticket(new_ticket("u1")).await.unwrap();
    s.update_ticket(&Ticket {
        status: TicketStatus::Closed,
        ..old.clone()
    })
    .await
    .unwrap();
    assert!(
        s.active_ticket_for(Channel::Discord, "u1")
            .await
            .unwrap()
            .is_none()
    );
    let new = s.create_ticket(new_ticket("u1")).await.unwrap();
    s.create_ticket(new_ticket("u2")).await.unwrap();
    let found = s
        .active_ticket_for(Channel::Discord, "u1")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(found.id, new.id);
    assert!(
        s.active_ticket_for(Channel::Web, "u1")
            .await
            .unwrap()
            .is_none()
    );
    let by_place = s
        .ticket_by_place(Channel::Discord, "thread-u1")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(by_place.id, new.id, "the newest ticket of the place");
}

async fn tickets_are_listed_newest_first_with_filters(db: &TestDb) {
    let s = &db.store;
    let mut ids = vec![];
    for i in 0..5 {
        let mut n = new_ticket(&format!("u{i}"));
        if i % 2 == 0 {
            n.status = TicketStatus::Escalated;
            n.channel = Channel::Web;
            n.integration = Integration::Stripe;
        }
        ids.push(s.create_ticket(n).await.unwrap().id);
    }
    let all = s.list_tickets(&TicketFilter::default()).await.unwrap();
    assert_eq!(
        all.iter().map(|t| t.id).collect::<Vec<_>>(),
        ids.iter().rev().copied().collect::<Vec<_>>()
    );
    let cases: Vec<(TicketFilter, usize, &str)> = vec![
        (
            TicketFilter {
                status: Some(TicketStatus::Escalated),
                ..Default::default()
            },
            3,
            "by status",
        ),
        (
            TicketFilter {
                channel: Some(Channel::Discord),
                ..Default::default()
            },
            2,
            "by channel",
        ),
        (
            TicketFilter {
                integration: Some(Integration::Stripe),
                ..Default::default()
            },
            3,
            "by integration",
        ),
        (
            TicketFilter {
                status: Some(TicketStatus::Closed),
                ..Default::default()
            },
            0,
            "nothing closed",
        ),
        (
            TicketFilter {
                limit: Some(2),
                ..Default::default()
            },
            2,
            "limit",
        ),
        (
            TicketFilter {
                limit: Some(10),
                offset: Some(4),
                ..Default::default()
            },
            1,
            "offset",
        ),
    ];
    for (filter, expected, what) in cases {
        assert_eq!(
            s.list_tickets(&filter).await.unwrap().len(),
            expected,
            "{what}"
        );
    }
}

async fn ticket_ids_stay_unique_under_concurrent_creation(db: &TestDb) {
    let tasks: Vec<_> = (0..40)
        .map(|i| {
            let s = db.store.clone();
            tokio::spawn(async move {
                s.create_ticket(new_ticket(&format!("c{i}")))
                    .await
                    .unwrap()
                    .id
            })
        })
        .collect();
    let mut ids = HashSet::new();
    for t in tasks {
        assert!(ids.insert(t.await.unwrap()), "duplicate ticket id");
    }
    assert_eq!(ids.len(), 40);
    let shown: HashSet<String> = ids.iter().map(|id| id.to_string()).collect();
    assert!(shown.iter().all(|s| s.starts_with("RK-")));
}

async fn concurrent_writers_lose_nothing(db: &TestDb) {
    let ticket = db.store.create_ticket(new_ticket("u1")).await.unwrap();
    let second = db.another_store().await;
    let tasks: Vec<_> = (0..16)
        .map(|w| {
            let s: Arc<dyn Store> = if w % 2 == 0 {
                db.store.clone()
            } else {
                second.clone()
            };
            tokio::spawn(async move {
                for i in 0..10 {
                    let e = NewEvent::new(T0, "note", &format!("w{w}"), json!({"i": i}));
                    s.add_event(ticket.id, e).await.unwrap();
                    s.add_audit(NewAudit {
                        at: T0,
                        actor: format!("w{w}"),
                        action: "note".into(),
                        ticket: Some(ticket.id),
                        account: None,
                        detail: json!({}),
                    })
                    .await
                    .unwrap();
                }
            })
        })
        .collect();
    for t in tasks {
        t.await.unwrap();
    }
    assert_eq!(db.store.timeline(ticket.id).await.unwrap().len(), 160);
    assert_eq!(db.store.audit_log(1000).await.unwrap().len(), 160);
    second.close().await;
}

async fn the_timeline_keeps_time_then_insertion_order(db: &TestDb) {
    let s = &db.store;
    let t = s.create_ticket(new_ticket("u1")).await.unwrap();
    let later = T0.plus(std::time::Duration::from_secs(60));
    for (at, kind) in [(later, "c"), (T0, "a"), (T0, "b"), (later, "d")] {
        s.add_event(t.id, NewEvent::new(at, kind, "bot", json!({"k": kind})))
            .await
            .unwrap();
    }
    let kinds: Vec<String> = s
        .timeline(t.id)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.kind)
        .collect();
    assert_eq!(kinds, ["a", "b", "c", "d"]);
}

fn link(hash: &[u8], ticket: TicketId, expires_in_secs: u64) -> NewLink {
    NewLink {
        token_hash: hash.to_vec(),
        ticket,
        customer_ref: "u1".into(),
        created_at: T0,
        expires_at: T0.plus(std::time::Duration::from_secs(expires_in_secs)),
    }
}

async fn a_new_link_revokes_the_older_one(db: &TestDb) {
    let s = &db.store;
    let t = s.create_ticket(new_ticket("u1")).await.unwrap();
    s.create_link(link(b"hash-1", t.id, 900)).await.unwrap();
    s.mark_link_opened(b"hash-1", T0).await.unwrap();
    s.mark_link_opened(b"hash-1", T0.plus(std::time::Duration::from_secs(9)))
        .await
        .unwrap();
    assert_eq!(s.add_link_attempt(b"hash-1").await.unwrap(), 1);
    s.create_link(link(b"hash-2", t.id, 900)).await.unwrap();
    let old = s.link(b"hash-1").await.unwrap().unwrap();
    assert_eq!(old.revoked_at, Some(T0));
    assert_eq!(old.opened_at, Some(T0), "the first open is kept");
    assert_eq!(old.attempts, 1);
    let new = s.link(b"hash-2").await.unwrap().unwrap();
    assert_eq!(new.revoked_at, None);
    assert!(s.link(b"unknown").await.unwrap().is_none());
    assert_eq!(s.revoke_links(t.id, T0).await.unwrap(), 1);
    assert!(
        s.link(b"hash-2")
            .await
            .unwrap()
            .unwrap()
            .revoked_at
            .is_some()
    );
}

async fn consume_concurrently(
    stores: Vec<Arc<dyn Store>>,
    hash: &'static [u8],
    ticket: TicketId,
) -> usize {
    let tasks: Vec<_> = (0..50)
        .map(|i| {
            let s = stores[i % stores.len()].clone();
            tokio::spawn(async move {
                let r = reconnect("acme.api-us1.com", Some(ticket), &format!("fp{i}"), T0);
                s.consume_link(hash, T0, 5, r).await.unwrap()
            })
        })
        .collect();
    let mut consumed = 0;
    for t in tasks {
        if let LinkUse::Consumed(_) = t.await.unwrap() {
            consumed += 1;
        }
    }
    consumed
}

async fn a_link_is_consumed_exactly_once_under_concurrency(db: &TestDb) {
    let t = db.store.create_ticket(new_ticket("u1")).await.unwrap();
    db.store
        .create_link(link(b"once", t.id, 900))
        .await
        .unwrap();
    assert_eq!(
        consume_concurrently(vec![db.store.clone()], b"once", t.id).await,
        1
    );
    let events = db.store.timeline(t.id).await.unwrap();
    assert_eq!(events.iter().filter(|e| e.kind == "reconnected").count(), 1);
    assert_eq!(db.store.audit_log(100).await.unwrap().len(), 1);
    let c = db
        .store
        .connector("acme.api-us1.com")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(c.previous_fingerprint, None, "one connector write only");
}

async fn a_link_is_consumed_exactly_once_across_two_instances(db: &TestDb) {
    let t = db.store.create_ticket(new_ticket("u1")).await.unwrap();
    db.store
        .create_link(link(b"twice", t.id, 900))
        .await
        .unwrap();
    let other = db.another_store().await;
    let stores: Vec<Arc<dyn Store>> = vec![db.store.clone(), other.clone()];
    assert_eq!(consume_concurrently(stores, b"twice", t.id).await, 1);
    assert_eq!(db.store.audit_log(100).await.unwrap().len(), 1);
    other.close().await;
}

async fn expired_revoked_and_locked_links_cannot_be_consumed(db: &TestDb) {
    let s = &db.store;
    let t = s.create_ticket(new_ticket("u1")).await.unwrap();
    let r = || reconnect("acme.api-us1.com", Some(t.id), "fp", T0);
    // expired: expires exactly at T0 + 10 s; consumed at T0 + 10 s
    s.create_link(link(b"expired", t.id, 10)).await.unwrap();
    let at_expiry = T0.plus(std::time::Duration::from_secs(10));
    assert_eq!(
        s.consume_link(b"expired", at_expiry, 5, r()).await.unwrap(),
        LinkUse::NotUsable
    );
    // locked after max attempts
    s.create_link(link(b"locked", t.id, 900)).await.unwrap();
    for _ in 0..3 {
        s.add_link_attempt(b"locked").await.unwrap();
    }
    assert_eq!(
        s.consume_link(b"locked", T0, 3, r()).await.unwrap(),
        LinkUse::NotUsable
    );
    // revoked by a newer link
    s.create_link(link(b"revoked", t.id, 900)).await.unwrap();
    s.create_link(link(b"newest", t.id, 900)).await.unwrap();
    assert_eq!(
        s.consume_link(b"revoked", T0, 5, r()).await.unwrap(),
        LinkUse::NotUsable
    );
    assert_eq!(
        s.consume_link(b"unknown", T0, 5, r()).await.unwrap(),
        LinkUse::NotUsable
    );
    assert!(
        s.connector("acme.api-us1.com").await.unwrap().is_none(),
        "nothing written"
    );
    assert!(matches!(
        s.consume_link(b"newest", T0, 5, r()).await.unwrap(),
        LinkUse::Consumed(_)
    ));
    assert_eq!(
        s.consume_link(b"newest", T0, 5, r()).await.unwrap(),
        LinkUse::NotUsable,
        "used"
    );
}

async fn connectors_keep_the_previous_fingerprint(db: &TestDb) {
    let key = MasterKey::generate();
    let creds = |k: &str| Credentials {
        account: "acme.api-us1.com".into(),
        api_url: "https://acme.api-us1.com".into(),
        key: SecretString::from(k.to_owned()),
        verified_user: "Ada (ada@acme.test)".into(),
    };
    let first = connectors::save(db.store.as_ref(), &key, &creds(&"a".repeat(72)), T0)
        .await
        .unwrap();
    assert_eq!(first.previous_fingerprint, None);
    let second = connectors::save(db.store.as_ref(), &key, &creds(&"b".repeat(72)), T0)
        .await
        .unwrap();
    assert_eq!(
        second.previous_fingerprint.as_deref(),
        Some(first.key_fingerprint.as_str())
    );
    assert_eq!(second.created_at, first.created_at);
    let (record, secret) = connectors::open(db.store.as_ref(), &key, "acme.api-us1.com")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(secret.expose_secret(), "b".repeat(72));
    assert_eq!(record.verified_user, "Ada (ada@acme.test)");
    assert!(
        connectors::open(db.store.as_ref(), &key, "other.api-us1.com")
            .await
            .unwrap()
            .is_none()
    );
    let wrong = MasterKey::generate();
    assert!(
        connectors::open(db.store.as_ref(), &wrong, "acme.api-us1.com")
            .await
            .is_err()
    );
}

async fn the_audit_log_lists_newest_entries_oldest_first(db: &TestDb) {
    for i in 0..5i64 {
        db.store
            .add_audit(NewAudit {
                at: Timestamp(T0.millis() + i),
                actor: "staff:sam".into(),
                action: format!("a{i}"),
                ticket: None,
                account: Some("acme.api-us1.com".into()),
                detail: json!({"i": i}),
            })
            .await
            .unwrap();
    }
    let actions: Vec<String> = db
        .store
        .audit_log(3)
        .await
        .unwrap()
        .into_iter()
        .map(|a| a.action)
        .collect();
    assert_eq!(actions, ["a2", "a3", "a4"]);
}

async fn health_reports_a_migrated_database(db: &TestDb) {
    db.store.health().await.unwrap();
    db.store
        .migrate()
        .await
        .expect("migrating twice is a no-op");
    let backend = db.store.backend();
    assert!(matches!(backend, Backend::Sqlite | Backend::Postgres));
}

#[tokio::test]
async fn unreachable_or_garbage_databases_give_a_clear_error() {
    use rekey::config::DatabaseUrl;
    let cases = [
        (
            "sqlite:///definitely/not/a/folder/rekey.db",
            "cannot connect to the database at sqlite:///definitely",
        ),
        (
            "postgres://rekey:s3cret@127.0.0.1:1/rekey",
            "cannot connect to the database at postgres://rekey:****@127.0.0.1:1/rekey",
        ),
        ("postgres://%%%/", "cannot connect to the database"),
    ];
    for (url, expected) in cases {
        let parsed = DatabaseUrl::parse(url).unwrap();
        let err = SqlStore::connect(&parsed).await.unwrap_err();
        let text = format!("{err}");
        assert!(text.contains(expected), "{url}: {text}");
        assert!(
            !text.contains("s3cret"),
            "{url}: the password leaked: {text}"
        );
    }
}

#[tokio::test]
async fn a_canary_key_never_appears_in_clear_in_the_sqlite_file() {
    let mut db = TestDb::sqlite().await;
    let canary = format!("{}c4a4a7", "0badc0de".repeat(8)); // 70 chars, unmistakable
    let creds = Credentials {
        account: "acme.api-us1.com".into(),
        api_url: "https://acme.api-us1.com".into(),
        key: SecretString::from(canary.clone()),
        verified_user: "Ada".into(),
    };
    let key = MasterKey::generate();
    connectors::save(db.store.as_ref(), &key, &creds, T0)
        .await
        .unwrap();
    let dir = db.dir.take().unwrap();
    db.cleanup().await; // checkpoints the WAL into the main file
    let mut searched = 0;
    for entry in std::fs::read_dir(dir.path()).unwrap() {
        let path = entry.unwrap().path();
        // The pool removes its -wal/-shm files as it closes: a file that is
        // gone holds nothing.
        let Ok(bytes) = std::fs::read(&path) else {
            continue;
        };
        searched += bytes.len();
        assert!(
            !bytes.windows(canary.len()).any(|w| w == canary.as_bytes()),
            "the canary key is in clear in {}",
            path.display()
        );
        assert!(
            !bytes.windows(16).any(|w| w == &canary.as_bytes()[..16]),
            "a prefix of the canary is in {}",
            path.display()
        );
    }
    assert!(searched > 4096, "the database file was read");
}

async fn pending_questions_are_saved_replaced_forgotten_and_expire(db: &TestDb) {
    let s = &db.store;
    let (web, shell) = (Channel::Web, Channel::Shell);
    let later = T0.plus(std::time::Duration::from_secs(60));
    assert_eq!(s.pending_question(web, "u1", T0).await.unwrap(), None);
    s.put_pending_question(web, "u1", "one", later, T0)
        .await
        .unwrap();
    s.put_pending_question(shell, "u1", "other channel", later, T0)
        .await
        .unwrap();
    let other = db.another_store().await;
    assert_eq!(
        other
            .pending_question(web, "u1", T0)
            .await
            .unwrap()
            .as_deref(),
        Some("one"),
        "another instance sees the question"
    );
    s.put_pending_question(web, "u1", "two", later, T0)
        .await
        .unwrap();
    assert_eq!(
        s.pending_question(web, "u1", T0).await.unwrap().as_deref(),
        Some("two"),
        "a new state replaces the old"
    );
    assert_eq!(
        s.pending_question(web, "u1", later).await.unwrap(),
        None,
        "expired at expires_at"
    );
    other.delete_pending_question(web, "u1").await.unwrap();
    assert_eq!(s.pending_question(web, "u1", T0).await.unwrap(), None);
    assert_eq!(
        s.pending_question(shell, "u1", T0)
            .await
            .unwrap()
            .as_deref(),
        Some("other channel"),
        "keyed by channel and customer"
    );
    other.close().await;
}

fn job(due_at: Timestamp) -> NewJob {
    NewJob {
        kind: "test".into(),
        ticket: None,
        payload: json!({}),
        due_at,
        at: T0,
    }
}

const LEASE: std::time::Duration = std::time::Duration::from_secs(30);

async fn due_jobs_are_claimed_by_one_of_two_instances_at_a_time(db: &TestDb) {
    let mut ids = HashSet::new();
    for _ in 0..40 {
        ids.insert(db.store.schedule_job(job(T0)).await.unwrap());
    }
    let not_yet = db.store.schedule_job(job(T0.plus(LEASE))).await.unwrap();
    let other = db.another_store().await;
    let stores: Vec<Arc<dyn Store>> = vec![db.store.clone(), other.clone()];
    let claims = stores.iter().enumerate().flat_map(|(i, store)| {
        (0..4).map(move |n| {
            let store = store.clone();
            tokio::spawn(async move {
                store
                    .claim_jobs(&format!("instance-{i}-{n}"), T0, LEASE, 7)
                    .await
                    .unwrap()
            })
        })
    });
    let mut claimed = Vec::new();
    for task in claims.collect::<Vec<_>>() {
        claimed.extend(task.await.unwrap().into_iter().map(|j| j.id));
    }
    let unique: HashSet<i64> = claimed.iter().copied().collect();
    assert_eq!(unique.len(), claimed.len(), "no job claimed twice");
    assert!(!unique.contains(&not_yet), "a job is claimed only when due");
    let rest = db.store.claim_jobs("late", T0, LEASE, 100).await.unwrap();
    let all: HashSet<i64> = unique
        .iter()
        .copied()
        .chain(rest.iter().map(|j| j.id))
        .collect();
    assert_eq!(all, ids, "every due job claimed once");
    other.close().await;
}

async fn a_job_held_by_a_dead_instance_is_claimable_after_its_lease(db: &TestDb) {
    let id = db.store.schedule_job(job(T0)).await.unwrap();
    let dead = db.store.claim_jobs("dead", T0, LEASE, 10).await.unwrap();
    assert_eq!(dead.len(), 1);
    let other = db.another_store().await;
    let just_before = T0.plus(LEASE - std::time::Duration::from_millis(1));
    assert!(
        other
            .claim_jobs("alive", just_before, LEASE, 10)
            .await
            .unwrap()
            .is_empty(),
        "held while the lease runs"
    );
    let after = other
        .claim_jobs("alive", T0.plus(LEASE), LEASE, 10)
        .await
        .unwrap();
    assert_eq!(after.iter().map(|j| j.id).collect::<Vec<_>>(), vec![id]);
    assert_eq!(after[0].attempts, 2);
    assert_eq!(
        (dead[0].owner.as_str(), after[0].owner.as_str()),
        ("dead", "alive")
    );
    assert!(
        !db.store
            .finish_job(id, "dead", T0.plus(LEASE))
            .await
            .unwrap(),
        "the old owner can no longer finish it"
    );
    // Nor add what comes after it: the new owner's run does that.
    assert_eq!(
        db.store
            .finish_with_follow_up(&dead[0], job(T0.plus(LEASE)), T0.plus(LEASE))
            .await
            .unwrap(),
        None,
        "the old owner adds no follow-up"
    );
    let next_due = T0.plus(LEASE * 4);
    assert!(
        other
            .finish_with_follow_up(&after[0], job(next_due), T0.plus(LEASE))
            .await
            .unwrap()
            .is_some(),
        "the owner finishes it and adds its follow-up"
    );
    assert!(
        !other.finish_job(id, "alive", T0.plus(LEASE)).await.unwrap(),
        "finished once"
    );
    assert_eq!(
        other
            .finish_with_follow_up(&after[0], job(next_due), T0.plus(LEASE))
            .await
            .unwrap(),
        None,
        "a finished job adds nothing more"
    );
    assert_eq!(
        other.next_job_due().await.unwrap(),
        Some(next_due),
        "done jobs are not due; the one follow-up is"
    );
    other.close().await;
}

async fn the_next_job_time_waits_for_a_running_lease(db: &TestDb) {
    db.store.schedule_job(job(T0)).await.unwrap();
    assert_eq!(db.store.next_job_due().await.unwrap(), Some(T0));
    db.store.claim_jobs("busy", T0, LEASE, 10).await.unwrap();
    assert_eq!(
        db.store.next_job_due().await.unwrap(),
        Some(T0.plus(LEASE)),
        "a claimed job is next claimable when its lease ends"
    );
}
async fn tickets_are_filtered_by_error_id_customer_and_date(db: &TestDb) {
    let s = &db.store;
    let day = std::time::Duration::from_secs(24 * 3600);
    let mut made = vec![];
    for (i, (name, error)) in [
        ("Ada Lovelace", Some("key_rejected")),
        ("Grace 100%_Hopper", None),
        ("ada byron", Some("wrong_url")),
    ]
    .into_iter()
    .enumerate()
    {
        let mut n = new_ticket(&format!("ref-{i}"));
        n.customer_name = name.into();
        n.at = T0.plus(day * i as u32);
        let t = s.create_ticket(n).await.unwrap();
        let t = s
            .update_ticket(&Ticket {
                error_class: error.map(str::to_owned),
                ..t
            })
            .await
            .unwrap();
        made.push(t.id);
    }
    let ids = |f: TicketFilter| async move {
        let mut v: Vec<TicketId> = s
            .list_tickets(&f)
            .await
            .unwrap()
            .iter()
            .map(|t| t.id)
            .collect();
        v.sort();
        v
    };
    let cases: Vec<(TicketFilter, Vec<TicketId>, &str)> = vec![
        (
            TicketFilter {
                error_class: Some("key_rejected".into()),
                ..Default::default()
            },
            vec![made[0]],
            "by error class",
        ),
        (
            TicketFilter {
                ticket: Some(made[1]),
                ..Default::default()
            },
            vec![made[1]],
            "by ticket id",
        ),
        (
            TicketFilter {
                customer: Some("ADA".into()),
                ..Default::default()
            },
            vec![made[0], made[2]],
            "customer name, any case",
        ),
        (
            TicketFilter {
                customer: Some("ref-1".into()),
                ..Default::default()
            },
            vec![made[1]],
            "customer id",
        ),
        (
            TicketFilter {
                customer: Some("100%_h".into()),
                ..Default::default()
            },
            vec![made[1]],
            "wildcards in the search are literal",
        ),
        (
            TicketFilter {
                customer: Some("%".into()),
                ..Default::default()
            },
            vec![made[1]],
            "a lone percent sign is literal",
        ),
        (
            TicketFilter {
                created_from: Some(T0.plus(day)),
                ..Default::default()
            },
            vec![made[1], made[2]],
            "opened from",
        ),
        (
            TicketFilter {
                created_from: Some(T0),
                created_before: Some(T0.plus(day)),
                ..Default::default()
            },
            vec![made[0]],
            "opened before (exclusive)",
        ),
    ];
    for (filter, expected, what) in cases {
        assert_eq!(ids(filter).await, expected, "{what}");
    }
}

async fn the_attention_order_puts_escalations_and_repeated_failures_first(db: &TestDb) {
    let s = &db.store;
    let secs = std::time::Duration::from_secs;
    // Created in this order; updated_at rises with the index.
    let statuses = [
        TicketStatus::Closed,
        TicketStatus::AwaitingForm, // two failed verifications
        TicketStatus::InWalkthrough,
        TicketStatus::Escalated,
        TicketStatus::AwaitingForm, // one failed verification
    ];
    let mut ids = vec![];
    for (i, status) in statuses.into_iter().enumerate() {
        let t = s.create_ticket(new_ticket(&format!("a{i}"))).await.unwrap();
        let t = s
            .update_ticket(&Ticket {
                status,
                updated_at: T0.plus(secs(i as u64 + 1)),
                ..t
            })
            .await
            .unwrap();
        ids.push(t.id);
    }
    let fail = || {
        NewEvent::new(
            T0,
            "verify.failed",
            "system",
            json!({"class": "key_rejected"}),
        )
    };
    for (id, n) in [(ids[1], 2), (ids[4], 1)] {
        for _ in 0..n {
            s.add_event(id, fail()).await.unwrap();
        }
    }
    let order = s
        .list_tickets(&TicketFilter {
            order: TicketOrder::Attention,
            ..Default::default()
        })
        .await
        .unwrap();
    let got: Vec<TicketId> = order.iter().map(|t| t.id).collect();
    assert_eq!(got, vec![ids[3], ids[1], ids[4], ids[2], ids[0]]);
    let paged = s
        .list_tickets(&TicketFilter {
            order: TicketOrder::Attention,
            limit: Some(2),
            offset: Some(2),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(
        paged.iter().map(|t| t.id).collect::<Vec<_>>(),
        vec![ids[4], ids[2]]
    );
}

async fn reports_read_recent_tickets_events_and_status_counts(db: &TestDb) {
    let s = &db.store;
    let hour = std::time::Duration::from_secs(3600);
    let mut old = new_ticket("old");
    old.at = T0;
    let old = s.create_ticket(old).await.unwrap();
    let mut new = new_ticket("new");
    new.at = T0.plus(hour * 2);
    new.status = TicketStatus::Escalated;
    let new = s.create_ticket(new).await.unwrap();
    s.add_event(old.id, NewEvent::new(T0, "message", "customer", json!({})))
        .await
        .unwrap();
    s.add_event(
        new.id,
        NewEvent::new(T0.plus(hour * 3), "link.issued", "bot", json!({})),
    )
    .await
    .unwrap();
    s.add_event(
        old.id,
        NewEvent::new(T0.plus(hour * 2), "button", "customer", json!({})),
    )
    .await
    .unwrap();
    let since = T0.plus(hour);
    let recent = s.tickets_created_since(since).await.unwrap();
    assert_eq!(
        recent.iter().map(|t| t.id).collect::<Vec<_>>(),
        vec![new.id]
    );
    let events = s.events_since(since).await.unwrap();
    let kinds: Vec<&str> = events.iter().map(|e| e.kind.as_str()).collect();
    assert_eq!(kinds, ["button", "link.issued"], "in time order");
    let mut counts = s.count_tickets_by_status().await.unwrap();
    counts.sort_by_key(|(st, _)| st.as_str());
    assert_eq!(
        counts,
        vec![(TicketStatus::Escalated, 1), (TicketStatus::Open, 1)]
    );
}

async fn a_ticket_shows_its_newest_link_and_its_connector(db: &TestDb) {
    let s = &db.store;
    let t = s.create_ticket(new_ticket("u1")).await.unwrap();
    let other = s.create_ticket(new_ticket("u2")).await.unwrap();
    assert!(s.latest_link(t.id).await.unwrap().is_none());
    assert!(s.connector_of_ticket(t.id).await.unwrap().is_none());
    s.create_link(link(b"first", t.id, 900)).await.unwrap();
    let mut second = link(b"second", t.id, 900);
    second.created_at = T0.plus(std::time::Duration::from_secs(1));
    s.create_link(second).await.unwrap();
    s.create_link(link(b"other", other.id, 900)).await.unwrap();
    let latest = s.latest_link(t.id).await.unwrap().unwrap();
    assert_eq!(latest.token_hash, b"second".to_vec());
    let r = reconnect("acme.api-us1.com", Some(t.id), "fp-1", T0);
    s.put_connector(r.connector).await.unwrap();
    let c = s.connector_of_ticket(t.id).await.unwrap().unwrap();
    assert_eq!(c.key_fingerprint, "fp-1");
    assert!(s.connector_of_ticket(other.id).await.unwrap().is_none());
}

/// The statement against the pure model ([`rekey::rate_limit::gcra`]), on a
/// manual clock: several keys and quotas, irregular steps.
async fn the_rate_limit_statement_follows_the_gcra_model(db: &TestDb) {
    use rekey::clock::{Clock, ManualClock};
    use rekey::rate_limit::Quota;
    use std::collections::HashMap;
    use std::time::Duration;
    let clock = ManualClock::starting_at(T0);
    let quotas = [
        Quota::per_minute(3),
        Quota::new(5, Duration::from_secs(3600)),
        Quota::new(1, Duration::from_millis(700)),
    ];
    let mut model: HashMap<(usize, u8), i64> = HashMap::new();
    let (mut allowed, mut refused) = (0, 0);
    // A fixed pseudo-random walk: steps of 0..9 s, keys 0..4.
    let mut x: u64 = 0x2545_f491_4f6c_dd1d;
    for _ in 0..400 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        clock.advance(Duration::from_millis(x % 9_000));
        let q = (x >> 20) as usize % quotas.len();
        let key = ((x >> 30) % 4) as u8;
        let gcra = quotas[q].gcra();
        let now = clock.now();
        let expected = gcra.check(model.get(&(q, key)).copied(), now.millis());
        let got = db
            .store
            .rate_limit(&[q as u8, key], now, gcra)
            .await
            .unwrap();
        assert_eq!(got, expected.is_some(), "quota {q} key {key} at {now:?}");
        if let Some(tat) = expected {
            model.insert((q, key), tat);
            allowed += 1;
        } else {
            refused += 1;
        }
    }
    assert!(
        allowed > 50 && refused > 50,
        "{allowed} allowed, {refused} refused"
    );
}

async fn a_rate_limit_admits_exactly_its_burst_under_concurrency_across_two_instances(db: &TestDb) {
    use rekey::rate_limit::Quota;
    let other = db.another_store().await;
    let gcra = Quota::per_minute(10).gcra();
    let mut tasks = Vec::new();
    for i in 0..40 {
        let store: Arc<dyn Store> = if i % 2 == 0 {
            db.store.clone()
        } else {
            other.clone()
        };
        tasks.push(tokio::spawn(async move {
            store.rate_limit(b"one key", T0, gcra).await.unwrap()
        }));
    }
    let mut allowed = 0;
    for t in tasks {
        allowed += usize::from(t.await.unwrap());
    }
    assert_eq!(allowed, 10, "ten a minute, at the same moment");
    other.close().await;
}

async fn rate_limit_rows_show_no_key_and_are_pruned_once_back_at_full_quota(db: &TestDb) {
    use rekey::clock::ManualClock;
    use rekey::rate_limit::{Backing, Quota, RateLimit};
    use sqlx::Connection;
    use std::time::Duration;
    let clock = ManualClock::starting_at(T0);
    let key = MasterKey::from_bytes([3; 32]).derive("rekey/rate-limits/v1");
    let backing = Backing::shared(db.store.clone(), Arc::new(clock.clone()), key);
    let by_ip = RateLimit::new("test.by_ip", Quota::per_minute(2), &backing);
    let by_name = RateLimit::new("test.by_name", Quota::per_minute(2), &backing);
    let ip: std::net::IpAddr = "203.0.113.77".parse().unwrap();
    assert!(by_ip.check_ip(ip).await);
    assert!(by_ip.check_ip(ip).await);
    assert!(!by_ip.check_ip(ip).await, "two a minute");
    // The IPv4-mapped form is the same client.
    assert!(!by_ip.check_ip("::ffff:203.0.113.77".parse().unwrap()).await);
    // Another rule's count of the same bytes is its own.
    assert!(by_name.check(&[203, 0, 113, 77]).await);
    assert!(by_name.check(b"ops@acme.test").await);
    // The table holds HMACs: not the address, not its plain hash.
    let rows: Vec<Vec<u8>> = {
        let sql = "SELECT key_hash FROM rate_limits";
        if db.url.starts_with("postgres") {
            let mut c = sqlx::PgConnection::connect(&db.url).await.unwrap();
            sqlx::query_scalar(sql).fetch_all(&mut c).await.unwrap()
        } else {
            let mut c = sqlx::SqliteConnection::connect(&db.url).await.unwrap();
            sqlx::query_scalar(sql).fetch_all(&mut c).await.unwrap()
        }
    };
    assert_eq!(rows.len(), 3, "one row per rule and key");
    let plain = [
        vec![203, 0, 113, 77],
        b"ops@acme.test".to_vec(),
        sha2_of(&[203, 0, 113, 77]),
        sha2_of(b"ops@acme.test"),
    ];
    for row in &rows {
        assert_eq!(row.len(), 32);
        for p in &plain {
            assert!(
                !row.windows(p.len()).any(|w| w == p.as_slice()),
                "a row key shows a key"
            );
        }
    }
    // Not yet back at full quota: nothing pruned.
    let long_ago = Timestamp(0);
    assert_eq!(db.store.prune_shared(long_ago, T0).await.unwrap(), 0);
    clock.advance(Duration::from_secs(61));
    assert_eq!(
        db.store
            .prune_shared(long_ago, clock_now(&clock))
            .await
            .unwrap(),
        3
    );
    assert!(by_ip.check_ip(ip).await, "a pruned key starts afresh");
}

fn sha2_of(bytes: &[u8]) -> Vec<u8> {
    use sha2::Digest;
    sha2::Sha256::digest(bytes).to_vec()
}

fn clock_now(clock: &rekey::clock::ManualClock) -> Timestamp {
    use rekey::clock::Clock;
    clock.now()
}
