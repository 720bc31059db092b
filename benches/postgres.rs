//! Throughput of the PostgreSQL path several instances share: tickets
//! (create, then one optimistic update) and jobs (schedule, claim with
//! `FOR UPDATE SKIP LOCKED`, finish), each from N concurrent tasks on one
//! pool of 10 connections (what one instance has). Needs
//! `REKEY_TEST_POSTGRES_URL` (it creates and drops its own database); without
//! it, it says so and exits.
//!
//! Then two whole instances on that database, requests alternating between
//! them: web chat messages per second end to end (HTTP in, detector,
//! conversation, store, HTTP out), and the web chat's delivery latency
//! across instances — a staff reply made on instance B until the customer's
//! long-poll on instance A answers (outbox row, `NOTIFY`, read) — as p50/p99.
//! The web chat's flood limits are lifted but still checked: on PostgreSQL
//! each message runs the shared rate-limit statements.
//!
//! `cargo bench --bench postgres`; `REKEY_BENCH_TASKS` (default 16) and
//! `REKEY_BENCH_SECS` (default 5, per part) change the load.

use std::sync::Arc;
use std::time::{Duration, Instant};

use rekey::app::{App, Overrides};
use rekey::bot::{Bot, StaffAction};
use rekey::config::{Config, DatabaseUrl};
use rekey::domain::{Channel, Integration, TicketStatus};
use rekey::store::{NewJob, NewTicket, SqlStore, Store, Ticket};
use rekey::web::ChatLimits;
use sqlx::Connection;

fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Runs `op` in a loop from `tasks` tasks for `run`; returns operations per second.
async fn throughput<F, Fut>(store: &Arc<SqlStore>, tasks: u64, run: Duration, op: F) -> f64
where
    F: Fn(Arc<SqlStore>, u64, u64) -> Fut + Send + Copy + 'static,
    Fut: std::future::Future<Output = ()> + Send,
{
    let start = Instant::now();
    let deadline = start + run;
    let handles: Vec<_> = (0..tasks)
        .map(|task| {
            let store = store.clone();
            tokio::spawn(async move {
                let mut done = 0u64;
                while Instant::now() < deadline {
                    op(store.clone(), task, done).await;
                    done += 1;
                }
                done
            })
        })
        .collect();
    let mut total = 0;
    for h in handles {
        total += h.await.expect("a bench task panicked");
    }
    total as f64 / start.elapsed().as_secs_f64()
}

async fn ticket_round(store: Arc<SqlStore>, task: u64, n: u64) {
    let now = rekey::clock::Clock::now(&rekey::clock::SystemClock);
    let t = store
        .create_ticket(NewTicket {
            channel: Channel::Discord,
            customer_ref: format!("bench-{task}-{n}"),
            customer_name: "bench".into(),
            place_ref: Some(format!("place-{task}-{n}")),
            integration: Integration::ActiveCampaign,
            status: TicketStatus::Open,
            step: "complaint".into(),
            state: "{}".into(),
            exposed: false,
            at: now,
        })
        .await
        .expect("create a ticket");
    store
        .update_ticket(&Ticket {
            status: TicketStatus::InWalkthrough,
            step: "login".into(),
            updated_at: now,
            ..t
        })
        .await
        .expect("update the ticket");
}

async fn job_round(store: Arc<SqlStore>, task: u64, _n: u64) {
    let now = rekey::clock::Clock::now(&rekey::clock::SystemClock);
    store
        .schedule_job(NewJob {
            kind: "bench".into(),
            ticket: None,
            payload: serde_json::json!({}),
            due_at: now,
            at: now,
        })
        .await
        .expect("schedule a job");
    let owner = format!("bench-{task}");
    let claimed = store
        .claim_jobs(&owner, now, Duration::from_secs(60), 1)
        .await
        .expect("claim jobs");
    for job in claimed {
        store
            .finish_job(job.id, &owner, now)
            .await
            .expect("finish a job");
    }
}

/// One instance of the whole app on `url`, serving in the background. Every
/// bench customer comes from 127.0.0.1 and types far faster than a person,
/// so the web chat's flood limits are lifted; they are still checked (on
/// PostgreSQL, one shared GCRA statement per limit), so their cost is in
/// the numbers.
async fn instance(url: &str) -> (String, Arc<Bot>) {
    let mut config = Config::for_tests(url);
    config.log_filter = "error".into();
    let overrides = Overrides {
        chat_limits: Some(Arc::new(ChatLimits::new(
            u32::MAX,
            u32::MAX,
            u32::MAX,
            u32::MAX,
        ))),
        ..Overrides::default()
    };
    let app = App::build_with(config, overrides)
        .await
        .expect("the app builds");
    let base = app.public_url().to_owned();
    let bot = app.bot();
    tokio::spawn(app.run_until(std::future::pending()));
    (base, bot)
}

/// A browser tab that opened the web chat on `base`.
async fn chat_tab(base: &str) -> reqwest::Client {
    let tab = reqwest::Client::builder()
        .cookie_store(true)
        .build()
        .expect("an HTTP client");
    tab.get(format!("{base}/chat"))
        .send()
        .await
        .expect("the chat page");
    tab
}

async fn chat_say(tab: &reqwest::Client, base: &str, text: &str) -> serde_json::Value {
    let r = tab
        .post(format!("{base}/chat/api/messages"))
        .json(&serde_json::json!({"text": text, "client_id": "b"}))
        .send()
        .await
        .expect("a chat message");
    assert!(r.status().is_success(), "{}", r.status());
    r.json().await.expect("a JSON answer")
}

/// Chat messages per second from `tasks` customers, each alternating
/// between the two instances.
async fn chat_throughput(bases: &[String; 2], tasks: u64, run: Duration) -> f64 {
    let start = Instant::now();
    let deadline = start + run;
    let handles: Vec<_> = (0..tasks)
        .map(|_| {
            let bases = bases.clone();
            tokio::spawn(async move {
                let tab = chat_tab(&bases[0]).await;
                let mut done = 0u64;
                while Instant::now() < deadline {
                    let base = &bases[usize::from(done % 2 == 1)];
                    chat_say(&tab, base, "our activecampaign sync stopped, 403 forbidden").await;
                    done += 1;
                }
                done
            })
        })
        .collect();
    let mut total = 0;
    for h in handles {
        total += h.await.expect("a bench task panicked");
    }
    total as f64 / start.elapsed().as_secs_f64()
}

/// Delivery latencies (sorted): staff reply on B -> long-poll answer on A.
async fn delivery_latencies(a: &str, b: &Arc<Bot>, samples: usize) -> Vec<Duration> {
    let tab = chat_tab(a).await;
    let reply = chat_say(&tab, a, "our activecampaign sync stopped, 403 forbidden").await;
    assert!(reply["items"].as_array().is_some_and(|i| !i.is_empty()));
    let history: serde_json::Value = tab
        .get(format!("{a}/chat/api/history"))
        .send()
        .await
        .expect("history")
        .json()
        .await
        .expect("history JSON");
    let ticket: rekey::domain::TicketId = history["ticket"]["id"]
        .as_str()
        .and_then(|id| id.parse().ok())
        .expect("a ticket");
    // The writer takes the ticket first (its notice is a delivery of its
    // own), so each timed reply is one outbox item.
    b.staff_action(ticket, "bench", StaffAction::Take)
        .await
        .expect("take the ticket");
    let mut latencies = Vec::with_capacity(samples);
    for n in 0..samples {
        // Start from the outbox head (a reply's hand-over notice may come
        // in a delivery of its own: never time a poll on an older item).
        let head: serde_json::Value = tab
            .get(format!("{a}/chat/api/history"))
            .send()
            .await
            .expect("history")
            .json()
            .await
            .expect("history JSON");
        let after = head["seq"].as_u64().unwrap_or(0);
        let poll = {
            let tab = tab.clone();
            let url = format!("{a}/chat/api/events?after={after}");
            tokio::spawn(async move {
                let r: serde_json::Value = tab
                    .get(url)
                    .send()
                    .await
                    .expect("a poll")
                    .json()
                    .await
                    .expect("poll JSON");
                (Instant::now(), r)
            })
        };
        // Let the poll reach its wait (it then answers only when woken).
        tokio::time::sleep(Duration::from_millis(20)).await;
        let sent = Instant::now();
        b.staff_action(ticket, "bench", StaffAction::Reply(format!("reply {n}")))
            .await
            .expect("a staff reply");
        let (answered, r) = poll.await.expect("the poll task");
        assert!(
            r["items"].to_string().contains(&format!("reply {n}")),
            "the poll answered with the reply: {r}"
        );
        latencies.push(answered.duration_since(sent));
    }
    latencies.sort_unstable();
    latencies
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

#[tokio::main]
async fn main() {
    let Some(admin) = std::env::var("REKEY_TEST_POSTGRES_URL")
        .ok()
        .filter(|u| !u.is_empty())
    else {
        println!("REKEY_TEST_POSTGRES_URL not set: PostgreSQL benchmark skipped");
        return;
    };
    let tasks = env_number("REKEY_BENCH_TASKS", 16);
    let run = Duration::from_secs(env_number("REKEY_BENCH_SECS", 5));
    let name = format!("rekey_bench_{}", std::process::id());
    let mut conn = sqlx::PgConnection::connect(&admin)
        .await
        .expect("REKEY_TEST_POSTGRES_URL must point at a running PostgreSQL");
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(&mut conn)
        .await
        .expect("create the bench database");
    let base = admin.rsplit_once('/').map_or(admin.as_str(), |(b, _)| b);
    let url = DatabaseUrl::parse(&format!("{base}/{name}")).expect("bench database url");
    let store = Arc::new(SqlStore::connect(&url).await.expect("connect"));
    store.migrate().await.expect("migrate");

    let tickets = throughput(&store, tasks, run, ticket_round).await;
    println!("tickets: {tickets:.0} create+update per second ({tasks} tasks, {run:?})");
    let jobs = throughput(&store, tasks, run, job_round).await;
    println!("jobs: {jobs:.0} schedule+claim+finish per second ({tasks} tasks, {run:?})");

    let (a, _) = instance(url.expose()).await;
    let (b, b_bot) = instance(url.expose()).await;
    let chat = chat_throughput(&[a.clone(), b], tasks, run).await;
    println!(
        "web chat: {chat:.0} messages per second end to end through two instances ({tasks} customers, {run:?})"
    );
    let latencies = delivery_latencies(&a, &b_bot, 200).await;
    println!(
        "web chat delivery across instances (staff reply on B -> long-poll answer on A, {} samples): p50 {:?}, p99 {:?}",
        latencies.len(),
        percentile(&latencies, 0.50),
        percentile(&latencies, 0.99)
    );

    store.close().await;
    let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        .execute(&mut conn)
        .await;
}
