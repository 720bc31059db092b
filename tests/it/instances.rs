//! Several Rekey instances sharing one PostgreSQL database: a conversation
//! continues on whichever instance gets the next event, and scheduled jobs
//! run exactly once even when an instance dies holding some. These tests need
//! `REKEY_TEST_POSTGRES_URL` (SQLite serves one process) and say so when it is
//! unset.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use async_trait::async_trait;
use rekey::app::Overrides;
use rekey::bot::JobHandler;
use rekey::domain::Timestamp;
use rekey::store::{Job, NewJob, Store};
use serde_json::json;
use tokio::sync::watch;

use crate::support::{TestApp, TestDb};

/// Short leases so a dead instance's jobs come back quickly.
pub const LEASE: Duration = Duration::from_millis(300);

/// A failure bound for every wait, never a pause.
const BOUND: Duration = Duration::from_secs(20);

const KIND: &str = "count";

async fn postgres() -> Option<TestDb> {
    let db = TestDb::postgres().await;
    if db.is_none() {
        eprintln!("REKEY_TEST_POSTGRES_URL not set: multi-instance test skipped");
    }
    db
}

/// An instance of the app on `db` with short job leases and `handler` for
/// [`KIND`] jobs.
async fn instance(db: &TestDb, handler: Arc<dyn JobHandler>) -> TestApp {
    let mut config = crate::support::app::config_for(&db.url);
    config.conversation.job_lease = LEASE;
    let overrides = Overrides {
        job_handlers: vec![(KIND.to_owned(), handler)],
        ..Default::default()
    };
    TestApp::spawn_with(config, overrides).await
}

/// Which jobs ran, how often, and on which instance.
#[derive(Default)]
struct Runs {
    runs: Mutex<HashMap<i64, Vec<usize>>>,
    /// The number of runs so far, to wait on.
    total: watch::Sender<usize>,
}

impl Runs {
    fn record(&self, job: i64, instance: usize) {
        self.runs
            .lock()
            .unwrap()
            .entry(job)
            .or_default()
            .push(instance);
        self.total.send_modify(|n| *n += 1);
    }

    fn on(&self, instance: usize) -> usize {
        let runs = self.runs.lock().unwrap();
        runs.values().flatten().filter(|i| **i == instance).count()
    }

    async fn wait_for(&self, count: usize) {
        let mut total = self.total.subscribe();
        let reached = tokio::time::timeout(BOUND, total.wait_for(|n| *n >= count)).await;
        assert!(
            reached.is_ok(),
            "only {} of {count} job runs within {BOUND:?}",
            *self.total.borrow()
        );
    }

    /// Panics unless each of `ids` ran exactly once and nothing else ran.
    fn assert_each_ran_once(&self, ids: &[i64]) {
        let runs = self.runs.lock().unwrap();
        for id in ids {
            assert_eq!(runs.get(id).map_or(0, Vec::len), 1, "job {id}: {runs:?}");
        }
        assert_eq!(runs.len(), ids.len(), "only the scheduled jobs ran");
    }
}

/// Counts runs. With `share`, until the other instance has run a job too it
/// holds on to its first job, so both instances take part without timing luck.
struct Counting {
    runs: Arc<Runs>,
    instance: usize,
    share: bool,
}

impl Counting {
    fn new(runs: &Arc<Runs>, instance: usize, share: bool) -> Arc<Self> {
        Arc::new(Counting {
            runs: runs.clone(),
            instance,
            share,
        })
    }
}

#[async_trait]
impl JobHandler for Counting {
    async fn run(&self, job: &Job) -> anyhow::Result<()> {
        self.runs.record(job.id, self.instance);
        if !self.share {
            return Ok(());
        }
        let other = 1 - self.instance;
        let mut total = self.runs.total.subscribe();
        let _ = tokio::time::timeout(BOUND, total.wait_for(|_| self.runs.on(other) > 0)).await;
        Ok(())
    }
}

/// Signals that it started, then never finishes: the instance is dying.
struct Hang(watch::Sender<usize>);

#[async_trait]
impl JobHandler for Hang {
    async fn run(&self, _job: &Job) -> anyhow::Result<()> {
        self.0.send_modify(|n| *n += 1);
        std::future::pending().await
    }
}

async fn schedule(store: &Arc<dyn Store>, count: usize, now: Timestamp) -> Vec<i64> {
    let mut ids = Vec::new();
    for n in 0..count {
        let job = NewJob {
            kind: KIND.into(),
            ticket: None,
            payload: json!({ "n": n }),
            due_at: now,
            at: now,
        };
        ids.push(store.schedule_job(job).await.unwrap());
    }
    ids
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_hundred_due_jobs_spread_over_two_instances_run_exactly_once_each() {
    let Some(db) = postgres().await else { return };
    let runs = Arc::new(Runs::default());
    let a = instance(&db, Counting::new(&runs, 0, true)).await;
    let b = instance(&db, Counting::new(&runs, 1, true)).await;
    let ids = schedule(&a.store, 200, a.bot.now()).await;
    runs.wait_for(200).await;
    runs.assert_each_ran_once(&ids);
    assert!(runs.on(0) > 0 && runs.on(1) > 0, "both instances ran jobs");
    drop((a, b));
    db.cleanup().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn jobs_claimed_by_an_instance_that_dies_run_on_another_after_the_lease() {
    let Some(db) = postgres().await else { return };
    let store: Arc<dyn Store> = db.store.clone();
    let ids = schedule(&store, 60, Timestamp::now()).await;
    let (started, mut first) = watch::channel(0);
    let doomed = instance(&db, Arc::new(Hang(started))).await;
    tokio::time::timeout(BOUND, first.wait_for(|n| *n > 0))
        .await
        .expect("the doomed instance claimed jobs")
        .unwrap();
    // Killed mid-job: its task, worker included, ends here; its leases stay.
    drop(doomed);
    let runs = Arc::new(Runs::default());
    let survivor = instance(&db, Counting::new(&runs, 0, false)).await;
    runs.wait_for(ids.len()).await;
    runs.assert_each_ran_once(&ids);
    drop(survivor);
    db.cleanup().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_walk_through_started_on_one_instance_continues_on_the_other() {
    let Some(db) = postgres().await else { return };
    let idle = || Counting::new(&Arc::default(), 0, false);
    let a = instance(&db, idle()).await;
    let b = instance(&db, idle()).await;
    // The confirming question is asked on A and answered on B.
    let asked = a.say("ada", "activecampaign acting up?").await;
    assert!(asked.ticket.is_none(), "no ticket before the answer");
    let opened = b.press("ada", "rk:yes").await;
    let ticket = opened.ticket.expect("the answer on B opens the ticket");
    let text: Vec<&str> = opened.outgoing.iter().filter_map(|o| o.text()).collect();
    assert!(text.iter().any(|t| t.contains("Step 1 of 3")), "{text:?}");
    // The next step happens on A again, from the state B saved.
    let next = a.press("ada", "rk:done").await;
    let text: Vec<&str> = next.outgoing.iter().filter_map(|o| o.text()).collect();
    assert!(text.iter().any(|t| t.contains("Step 2 of 3")), "{text:?}");
    assert_eq!(next.ticket.unwrap().id, ticket.id, "one ticket throughout");
    drop((a, b));
    db.cleanup().await;
}
