//! Throughput of the PostgreSQL path several instances share: tickets
//! (create, then one optimistic update) and jobs (schedule, claim with
//! `FOR UPDATE SKIP LOCKED`, finish), each from N concurrent tasks on one
//! pool of 10 connections (what one instance has). Needs
//! `REKEY_TEST_POSTGRES_URL` (it creates and drops its own database); without
//! it, it says so and exits.
//!
//! `cargo bench --bench postgres`; `REKEY_BENCH_TASKS` (default 16) and
//! `REKEY_BENCH_SECS` (default 5, per part) change the load.

use std::sync::Arc;
use std::time::{Duration, Instant};

use rekey::config::DatabaseUrl;
use rekey::domain::{Channel, Integration, TicketStatus, Timestamp};
use rekey::store::{NewJob, NewTicket, SqlStore, Store, Ticket};
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
    let now = Timestamp::now();
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
    let now = Timestamp::now();
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

    store.close().await;
    let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        .execute(&mut conn)
        .await;
}
