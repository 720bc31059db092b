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
use rekey::config::{DiscordSettings, ShardRange};
use rekey::domain::Timestamp;
use rekey::store::{Job, NewJob, Store};
use secrecy::SecretString;
use serde_json::json;
use tokio::sync::watch;

use crate::support::discord_proxy::DiscordProxy;
use crate::support::fake_discord::client::TOKEN;
use crate::support::fake_discord::{
    FakeDiscord, FakeDiscordConfig, FakeUser, GENERAL_CHANNEL_ID, GatewayRecord, RecordedRequest,
    SUPPORT_CHANNEL_ID, WAIT, shard_of_guild,
};
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
    let ids = schedule(
        &store,
        60,
        rekey::clock::Clock::now(&rekey::clock::SystemClock),
    )
    .await;
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

// --- two instances sharing the Discord gateway ------------------------------

/// A guild Discord routes to shard 1 of 2: `(id >> 22) % 2 == 1`.
const SHARDED_GUILD: u64 = (1 << 22) + 20;

struct Sharded {
    fake: FakeDiscord,
    /// Runs shard 0 of 2: DMs.
    dms: TestApp,
    /// Runs shard 1 of 2: the guild.
    guild: TestApp,
    db: TestDb,
    /// The real REST proxy both instances send through, when asked for.
    proxy: Option<DiscordProxy>,
}

/// One fake Discord whose guild lives on shard 1 of 2, and two instances on
/// one PostgreSQL database, each running one shard through the fake as
/// `REKEY_DISCORD_PROXY_URL`.
async fn sharded() -> Option<Sharded> {
    sharded_through(false).await
}

/// [`sharded`], with the real REST proxy (`@discordjs/proxy`) between the
/// instances and the fake when `real_proxy` (`None` when it cannot run).
async fn sharded_through(real_proxy: bool) -> Option<Sharded> {
    let db = postgres().await?;
    let mut fake_config = FakeDiscordConfig::default();
    fake_config.guild.id = SHARDED_GUILD;
    fake_config.guild.roles[0].id = SHARDED_GUILD; // @everyone
    assert_eq!(shard_of_guild(SHARDED_GUILD, 2), 1);
    let fake = FakeDiscord::start_with(fake_config).await;
    let proxy = match real_proxy {
        true => match DiscordProxy::start(&fake).await {
            Some(proxy) => Some(proxy),
            None => {
                db.cleanup().await;
                return None;
            }
        },
        false => None,
    };
    let proxy_url = proxy
        .as_ref()
        .map_or(fake.base_url(), DiscordProxy::base_url)
        .to_owned();
    let start = |shard: u32| {
        let mut config = crate::support::app::config_for(&db.url);
        config.conversation.job_lease = LEASE;
        config.discord = Some(DiscordSettings {
            token: SecretString::from(TOKEN.to_owned()),
            channels: vec![SUPPORT_CHANNEL_ID],
            staff_role: None,
            triage_channel: Some(GENERAL_CHANNEL_ID),
            guild: Some(SHARDED_GUILD),
            proxy_url: Some(proxy_url.clone()),
            shards: Some(ShardRange::parse(&format!("{shard}-{shard}/2")).unwrap()),
            staff_permissions: rekey::discord::DEFAULT_STAFF_PERMISSIONS,
            retry: match real_proxy {
                // The proxy test fails one post: its retry comes quickly.
                true => vec![Duration::from_millis(300)],
                false => rekey::config::default_discord_retry(),
            },
        });
        TestApp::spawn_with(config, Overrides::default())
    };
    let dms = start(0).await;
    let guild = start(1).await;
    fake.wait_shards_ready(&[0, 1]).await;
    Some(Sharded {
        fake,
        dms,
        guild,
        db,
        proxy,
    })
}

fn content(r: &RecordedRequest) -> &str {
    r.json()["content"].as_str().unwrap_or("")
}

/// Waits for a message posted in `channel` containing `needle`.
async fn posted(fake: &FakeDiscord, channel: u64, needle: &str) -> RecordedRequest {
    let path = format!("/channels/{channel}/messages");
    fake.wait_for_request(|r| r.is("POST", &path) && content(r).contains(needle), WAIT)
        .await
}

/// How many messages containing `needle` were posted in `channel`.
fn count_posted(fake: &FakeDiscord, channel: u64, needle: &str) -> usize {
    let path = format!("/channels/{channel}/messages");
    fake.requests()
        .iter()
        .filter(|r| r.is("POST", &path) && content(r).contains(needle))
        .count()
}

async fn thread_of(fake: &FakeDiscord) -> u64 {
    fake.wait_for_request(|r| r.method == "POST" && r.path.ends_with("/threads"), WAIT)
        .await
        .response_id()
        .expect("the thread has an id")
}

/// The same complaint from `ada` in the support channel and from `bob` in a
/// DM; waits for both first steps. Returns the guild thread, the DM channel
/// and the thread's first step.
async fn ada_in_the_guild_and_bob_in_a_dm(
    fake: &FakeDiscord,
    ada: &FakeUser,
    bob: &FakeUser,
) -> (u64, u64, RecordedRequest) {
    let complaint = "our activecampaign sync stopped, 403 forbidden everywhere";
    fake.send_message(SUPPORT_CHANNEL_ID, ada, complaint);
    let dm = fake.dm_channel(bob);
    fake.send_message(dm, bob, complaint);
    let thread = thread_of(fake).await;
    let step1 = posted(fake, thread, "Step 1 of 3").await;
    posted(fake, dm, "Step 1 of 3").await;
    (thread, dm, step1)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn with_shards_split_over_two_instances_each_complaint_is_answered_exactly_once() {
    let Some(Sharded {
        fake,
        dms,
        guild,
        db,
        ..
    }) = sharded().await
    else {
        return;
    };
    let ada = FakeUser::new(60, "ada");
    let bob = FakeUser::new(61, "bob");
    let (thread, dm, _) = ada_in_the_guild_and_bob_in_a_dm(&fake, &ada, &bob).await;
    // The last replies are in; a second instance answering too would have
    // opened a second ticket or posted a second first step by now.
    let tickets = db.store.list_tickets(&Default::default()).await.unwrap();
    assert_eq!(tickets.len(), 2, "one ticket per complaint: {tickets:?}");
    assert_eq!(count_posted(&fake, thread, "Step 1 of 3"), 1);
    assert_eq!(count_posted(&fake, dm, "Step 1 of 3"), 1);
    let threads = fake
        .requests()
        .iter()
        .filter(|r| r.method == "POST" && r.path.ends_with("/threads"))
        .count();
    assert_eq!(threads, 1, "one thread for the guild complaint");
    let mut shards: Vec<[u32; 2]> = fake
        .gateway_log()
        .into_iter()
        .filter_map(|g| match g {
            GatewayRecord::Identified(i) => Some(i.shard),
            _ => None,
        })
        .collect();
    shards.sort_unstable();
    assert_eq!(
        shards,
        vec![[0, 2], [1, 2]],
        "each instance identified its shard"
    );
    // Every REST call of both instances reached the proxy's base URL.
    let host = fake.base_url().trim_start_matches("http://").to_owned();
    let requests = fake.requests();
    assert!(requests.len() > 5);
    for r in &requests {
        assert_eq!(
            r.header("host"),
            Some(host.as_str()),
            "{} {}",
            r.method,
            r.path
        );
        assert_eq!(r.authorization(), Some(format!("Bot {TOKEN}").as_str()));
    }
    drop((dms, guild));
    db.cleanup().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_walk_through_started_on_one_shard_continues_when_the_next_event_reaches_the_other() {
    let Some(Sharded {
        fake,
        dms,
        guild,
        db,
        ..
    }) = sharded().await
    else {
        return;
    };
    let ada = FakeUser::new(60, "ada");
    // The guild's shard (instance `guild`) opens the ticket and its thread.
    fake.send_message(
        SUPPORT_CHANNEL_ID,
        &ada,
        "our activecampaign sync stopped, 403 forbidden everywhere",
    );
    let thread = thread_of(&fake).await;
    posted(&fake, thread, "Step 1 of 3").await;
    // Ada answers by DM: shard 0, the other instance, which finds her ticket
    // in the database and continues in the thread.
    let dm = fake.dm_channel(&ada);
    fake.send_message(dm, &ada, "done");
    let step2 = posted(&fake, thread, "Step 2 of 3").await;
    // And back: the button in the thread reaches the guild's instance.
    fake.press_button(step2.response_id().unwrap(), "rk:done", &ada);
    posted(&fake, thread, "Step 3 of 3").await;
    let tickets = db.store.list_tickets(&Default::default()).await.unwrap();
    assert_eq!(tickets.len(), 1, "{tickets:?}");
    assert_eq!(count_posted(&fake, thread, "Step 2 of 3"), 1);
    drop((dms, guild));
    db.cleanup().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn through_the_real_discord_proxy_every_rest_call_of_both_instances_passes_the_proxy() {
    let Some(Sharded {
        fake,
        dms,
        guild,
        db,
        proxy,
    }) = sharded_through(true).await
    else {
        return;
    };
    let proxy = proxy.expect("the real proxy");
    // Both instances talk to Discord: start-up (each registers its
    // commands), a guild complaint on one shard, a DM on the other, a
    // button, a thread, replies.
    let ada = FakeUser::new(60, "ada");
    let bob = FakeUser::new(61, "bob");
    let (thread, dm, step1) = ada_in_the_guild_and_bob_in_a_dm(&fake, &ada, &bob).await;
    fake.press_button(step1.response_id().unwrap(), "rk:done", &ada);
    posted(&fake, thread, "Step 2 of 3").await;
    // One post fails upstream with a 500: the proxy hands the error back
    // (it must not resend the body itself: its retry of a passed-through
    // body would go out empty) and the instance's own retry posts it again.
    let dm_messages = format!("/channels/{dm}/messages");
    fake.fail_next_request(
        "POST",
        &dm_messages,
        "Step 2 of 3",
        500,
        crate::support::fake_discord::model::server_error(),
    );
    fake.send_message(dm, &bob, "done");
    fake.wait_for_request(
        |r| r.is("POST", &dm_messages) && content(r).contains("Step 2 of 3") && r.status == 200,
        WAIT,
    )
    .await;
    let requests = fake.requests();
    let step2: Vec<u16> = requests
        .iter()
        .filter(|r| r.is("POST", &dm_messages) && content(r).contains("Step 2 of 3"))
        .map(|r| r.status)
        .collect();
    assert_eq!(
        step2,
        [500, 200],
        "failed once, retried once by the instance"
    );
    let carries_a_body = |r: &&RecordedRequest| {
        (r.method == "POST" || r.method == "PUT")
            && ["/messages", "/commands", "/threads"]
                .iter()
                .any(|end| r.path.ends_with(end))
    };
    for r in requests.iter().filter(carries_a_body) {
        assert!(
            !r.raw_body.is_empty(),
            "{} {} reached Discord without its body",
            r.method,
            r.path
        );
    }
    let commands = requests
        .iter()
        .filter(|r| r.method == "PUT" && r.path.ends_with("/commands"))
        .count();
    assert!(commands >= 2, "both instances registered their commands");
    // Everything the fake received came through the proxy: its User-Agent
    // is @discordjs/rest's with the proxy's mark (serenity's own would show
    // a direct call), and the proxy itself saw every one of them.
    for r in &requests {
        let agent = r.header("user-agent").unwrap_or("");
        assert!(
            agent.contains(proxy.mark()) && !agent.contains("serenity"),
            "{} {} reached Discord directly (User-Agent {agent:?})",
            r.method,
            r.path
        );
        assert_eq!(r.authorization(), Some(format!("Bot {TOKEN}").as_str()));
    }
    // The proxy prints each request as it arrives; its lines are read in
    // the background, and a request may still be on its way: the two
    // counts must meet (bounded wait).
    let deadline = std::time::Instant::now() + BOUND;
    while proxy.received() != fake.requests().len() {
        assert!(
            std::time::Instant::now() < deadline,
            "the proxy received {} requests, the fake recorded {}",
            proxy.received(),
            fake.requests().len()
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let tickets = db.store.list_tickets(&Default::default()).await.unwrap();
    assert_eq!(tickets.len(), 2, "{tickets:?}");
    drop((dms, guild));
    db.cleanup().await;
}
