//! Several instances behind a load balancer without sticky sessions, on one
//! PostgreSQL, requests alternating between them: web chat delivery from
//! the store's outbox, dashboard sessions in the database, failed jobs
//! retried then parked, new jobs woken by `NOTIFY`. Needs
//! `REKEY_TEST_POSTGRES_URL`; says so and passes when it is unset.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use async_trait::async_trait;
use rekey::app::Overrides;
use rekey::bot::JobHandler;
use rekey::store::{Job, NewJob, Store};
use serde_json::{Value, json};
use tokio::sync::watch;

use crate::admin::{SAM_TOKEN, admin_config};
use crate::support::app::{config_for, csrf_of, http_client};
use crate::support::fake_activecampaign::keys;
use crate::support::{TestApp, TestDb};

/// A failure bound for every wait, never a pause.
const BOUND: Duration = Duration::from_secs(20);

async fn postgres() -> Option<TestDb> {
    let db = TestDb::postgres().await;
    if db.is_none() {
        eprintln!("REKEY_TEST_POSTGRES_URL not set: several-instances test skipped");
    }
    db
}

async fn post_json(client: &reqwest::Client, url: String, body: Value) -> Value {
    let r = client.post(&url).json(&body).send().await.unwrap();
    assert_eq!(r.status(), 200, "POST {url}");
    r.json().await.unwrap()
}

async fn get_json(client: &reqwest::Client, url: String) -> Value {
    let r = client.get(&url).send().await.unwrap();
    assert_eq!(r.status(), 200, "GET {url}");
    r.json().await.unwrap()
}

fn texts(items: &Value) -> Vec<String> {
    items["items"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|i| i["text"].as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

/// Web chat: message on `app`, then a button.
async fn say(app: &TestApp, client: &reqwest::Client, text: &str) -> Value {
    let body = json!({"text": text, "client_id": format!("c{}", text.len())});
    post_json(client, format!("{}/chat/api/messages", app.base), body).await
}

async fn press(app: &TestApp, client: &reqwest::Client, id: &str) -> Value {
    post_json(
        client,
        format!("{}/chat/api/buttons", app.base),
        json!({"id": id}),
    )
    .await
}

const COMPLAINT: &str = "our activecampaign sync stopped, it says 403 forbidden";

/// Two instances on `db`, and one browser tab whose chat opened on the
/// first with the complaint (cookies are per host, not per port: the
/// session travels to both instances, as behind a load balancer).
async fn two_with_a_complaint(db: &TestDb) -> (TestApp, TestApp, reqwest::Client) {
    let a = TestApp::spawn(&db.url).await;
    let b = TestApp::spawn(&db.url).await;
    let tab = http_client();
    tab.get(format!("{}/chat", a.base)).send().await.unwrap();
    say(&a, &tab, COMPLAINT).await;
    (a, b, tab)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn web_chat_replies_reach_the_customer_whichever_instance_caused_them() {
    let Some(db) = postgres().await else { return };
    let (a, b, tab) = two_with_a_complaint(&db).await;
    press(&b, &tab, "rk:done").await;
    press(&a, &tab, "rk:done").await;
    let reply = press(&b, &tab, "rk:link").await;
    let url = reply["items"]
        .as_array()
        .unwrap()
        .iter()
        .find_map(|i| i["url"].as_str())
        .expect("a secure link")
        .to_owned();
    // The page's long-poll waits on A from the outbox position the history
    // (also read on A) gave it.
    let history = get_json(&tab, format!("{}/chat/api/history", a.base)).await;
    let after = history["seq"].as_u64().unwrap();
    let poll = {
        let tab = tab.clone();
        let url = format!("{}/chat/api/events?after={after}", a.base);
        tokio::spawn(async move { get_json(&tab, url).await })
    };
    // The form is submitted on B.
    let form_url = url.replace(&a.base, &b.base);
    let csrf = b.open_form(&form_url).await;
    let done = b
        .submit(
            &form_url,
            &csrf,
            &format!("{}/api/3/", b.fake.base_url()),
            keys::VALID,
        )
        .await;
    assert_eq!(done.status(), 200);
    let got = tokio::time::timeout(BOUND, poll)
        .await
        .expect("the poll on A answers")
        .unwrap();
    let said = texts(&got);
    assert!(
        said.iter().any(|t| t.contains("You're reconnected")),
        "{got}"
    );
    assert!(got["seq"].as_u64().unwrap() > after);
    // The outbox never holds the secure link in clear.
    assert_eq!(db.outbox_rows_containing(&url).await, 0);
    drop((a, b));
    db.cleanup().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_conversation_goes_on_with_its_history_when_its_instance_dies() {
    let Some(db) = postgres().await else { return };
    let (a, b, tab) = two_with_a_complaint(&db).await;
    press(&a, &tab, "rk:done").await;
    let before = get_json(&tab, format!("{}/chat/api/history", a.base)).await;
    // A dies mid-conversation.
    drop(a);
    let on_b = get_json(&tab, format!("{}/chat/api/history", b.base)).await;
    assert_eq!(on_b["items"], before["items"], "history intact on B");
    assert_eq!(on_b["ticket"], before["ticket"]);
    let step3 = press(&b, &tab, "rk:done").await;
    assert!(
        texts(&step3).iter().any(|t| t.contains("Step 3 of 3")),
        "{step3}"
    );
    // A staff reply made through B reaches the page polling B.
    let ticket = db
        .store
        .list_tickets(&Default::default())
        .await
        .unwrap()
        .remove(0);
    let after = get_json(&tab, format!("{}/chat/api/history", b.base)).await["seq"]
        .as_u64()
        .unwrap();
    b.bot
        .staff_action(
            ticket.id,
            "sam",
            rekey::bot::StaffAction::Reply("Looking at it now".into()),
        )
        .await
        .unwrap();
    let got = get_json(&tab, format!("{}/chat/api/events?after={after}", b.base)).await;
    assert!(
        texts(&got).iter().any(|t| t.contains("Looking at it now")),
        "{got}"
    );
    drop(b);
    db.cleanup().await;
}

/// Signs in on `app`; returns the session cookie's value.
async fn sign_in(app: &TestApp) -> String {
    let r = crate::admin::sign_in(app, SAM_TOKEN).await;
    assert_eq!(r.status(), 303);
    let cookie = r
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("rekey_admin="))
        .expect("a session cookie")
        .to_owned();
    cookie["rekey_admin=".len()..]
        .split(';')
        .next()
        .unwrap()
        .to_owned()
}

/// A GET with the session cookie set by hand (no cookie store: a sign-out's
/// cleared cookie cannot hide what the server decides).
async fn admin_get(app: &TestApp, session: &str, path: &str) -> reqwest::Response {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
        .get(format!("{}{path}", app.base))
        .header("cookie", format!("rekey_admin={session}"))
        .send()
        .await
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_dashboard_session_works_on_every_instance_and_ends_on_all() {
    let Some(db) = postgres().await else { return };
    let a = TestApp::spawn_with(admin_config(&db.url), Overrides::default()).await;
    let b = TestApp::spawn_with(admin_config(&db.url), Overrides::default()).await;
    let session = sign_in(&a).await;
    // Act on B: its pages know the session, and its forms take its CSRF.
    let page = admin_get(&b, &session, "/admin").await;
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    assert!(html.contains("Signed in as <strong>sam</strong>"), "{html}");
    let csrf = csrf_of(&html).unwrap();
    assert_eq!(admin_get(&a, &session, "/admin/jobs").await.status(), 200);
    // The session id is stored only as its hash.
    assert_eq!(db.admin_sessions_holding(&session).await, 0);
    // Sign out on B; A refuses the same cookie.
    let out = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
        .post(format!("{}/admin/logout", b.base))
        .header("cookie", format!("rekey_admin={session}"))
        .form(&[("csrf", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(out.status(), 303);
    for app in [&a, &b] {
        let r = admin_get(app, &session, "/admin").await;
        assert_eq!(r.status(), 303, "signed out everywhere");
        assert_eq!(r.headers()["location"], "/admin/login");
    }
    drop((a, b));
    db.cleanup().await;
}

const FLAKY: &str = "flaky";

/// Fails its first `failures` runs, then succeeds; records how many ran at
/// once.
struct Flaky {
    failures: usize,
    runs: Arc<AtomicUsize>,
    running: Arc<AtomicUsize>,
    most_at_once: Arc<AtomicUsize>,
    done: watch::Sender<usize>,
    started: Instant,
    first_run_after: Arc<std::sync::Mutex<Option<Duration>>>,
}

#[async_trait]
impl JobHandler for Flaky {
    async fn run(&self, _job: &Job) -> anyhow::Result<()> {
        self.first_run_after
            .lock()
            .unwrap()
            .get_or_insert(self.started.elapsed());
        let now = self.running.fetch_add(1, Ordering::SeqCst) + 1;
        self.most_at_once.fetch_max(now, Ordering::SeqCst);
        tokio::task::yield_now().await;
        let n = self.runs.fetch_add(1, Ordering::SeqCst) + 1;
        self.running.fetch_sub(1, Ordering::SeqCst);
        self.done.send_replace(n);
        anyhow::ensure!(n > self.failures, "planned failure {n}");
        Ok(())
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_failing_job_is_retried_once_at_a_time_then_parked_or_done() {
    let Some(db) = postgres().await else { return };
    let (done, mut seen) = watch::channel(0);
    let started = Instant::now();
    let flaky = Arc::new(Flaky {
        failures: 2,
        runs: Arc::default(),
        running: Arc::default(),
        most_at_once: Arc::default(),
        done,
        started,
        first_run_after: Arc::default(),
    });
    let start = || {
        let mut config = config_for(&db.url);
        // A long lease: only the NOTIFY can make the other instance look
        // within a second.
        config.conversation.job_lease = Duration::from_secs(120);
        config.conversation.job_retry_backoff = Duration::from_millis(100);
        config.conversation.job_max_attempts = 3;
        let overrides = Overrides {
            job_handlers: vec![(FLAKY.to_owned(), flaky.clone() as Arc<dyn JobHandler>)],
            ..Default::default()
        };
        TestApp::spawn_with(config, overrides)
    };
    let a = start().await;
    let b = start().await;
    // Give both workers their first idle look, then schedule from outside
    // either process (a third store): only NOTIFY wakes them.
    let outside = db.another_store().await;
    let now = rekey::clock::Clock::now(&rekey::clock::SystemClock);
    let job = NewJob {
        kind: FLAKY.into(),
        ticket: None,
        payload: json!({}),
        due_at: now,
        at: now,
    };
    let scheduled = Instant::now();
    outside.schedule_job(job.clone()).await.unwrap();
    tokio::time::timeout(BOUND, seen.wait_for(|n| *n >= 3))
        .await
        .expect("three runs")
        .unwrap();
    let first = flaky.first_run_after.lock().unwrap().unwrap();
    assert!(
        first.saturating_sub(scheduled.duration_since(started)) < Duration::from_secs(1),
        "picked up in {first:?}"
    );
    assert_eq!(
        flaky.most_at_once.load(Ordering::SeqCst),
        1,
        "once at a time"
    );
    // Done after the third run: nothing more runs and nothing is parked.
    let store = db.store.clone();
    let finished = async {
        loop {
            if store.next_job_due().await.unwrap().is_none() {
                break;
            }
            tokio::task::yield_now().await;
        }
    };
    tokio::time::timeout(BOUND, finished).await.expect("done");
    assert_eq!(flaky.runs.load(Ordering::SeqCst), 3);
    assert_eq!(store.count_failed_jobs().await.unwrap(), 0);

    // A job that keeps failing is parked after three runs with its error,
    // on the dashboard's data and in the metrics.
    let before = flaky.runs.load(Ordering::SeqCst);
    let always = Arc::new(Flaky {
        failures: usize::MAX,
        runs: Arc::default(),
        running: Arc::default(),
        most_at_once: Arc::default(),
        done: watch::channel(0).0,
        started,
        first_run_after: Arc::default(),
    });
    a.bot.register_job_kind("always", always.clone());
    b.bot.register_job_kind("always", always.clone());
    let mut doomed = job;
    doomed.kind = "always".into();
    outside.schedule_job(doomed).await.unwrap();
    let parked = async {
        loop {
            let failed = store.failed_jobs(10).await.unwrap();
            if let Some(f) = failed.first() {
                break f.clone();
            }
            tokio::task::yield_now().await;
        }
    };
    let failed = tokio::time::timeout(BOUND, parked).await.expect("parked");
    assert_eq!(failed.kind, "always");
    assert_eq!(failed.attempts, 3);
    assert_eq!(failed.error, "planned failure 3");
    assert_eq!(always.runs.load(Ordering::SeqCst), 3);
    assert_eq!(flaky.runs.load(Ordering::SeqCst), before);
    let metrics = a
        .http
        .get(format!("{}/metrics", a.base))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(metrics.contains("rekey_jobs_parked 1"), "{metrics}");
    drop((a, b));
    db.cleanup().await;
}

/// `n` requests alternating between the two apps (`send(app, i)` makes the
/// i-th); returns the statuses in order.
async fn alternate<'a, F, Fut>(apps: [&'a TestApp; 2], n: usize, send: F) -> Vec<u16>
where
    F: Fn(&'a TestApp, usize) -> Fut,
    Fut: std::future::Future<Output = reqwest::Response>,
{
    let mut statuses = Vec::new();
    for i in 0..n {
        statuses.push(send(apps[i % 2], i).await.status().as_u16());
    }
    statuses
}

/// The first `limit` of `statuses` went through, every later one was
/// refused with 429: one count for both instances (alone, each would have
/// let all of them through).
fn limited_after(statuses: &[u16], limit: usize, what: &str) {
    let (through, refused) = statuses.split_at(limit);
    assert!(through.iter().all(|s| *s != 429), "{what}: {statuses:?}");
    assert!(refused.iter().all(|s| *s == 429), "{what}: {statuses:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn rate_limits_hold_across_instances() {
    let Some(db) = postgres().await else { return };
    // One clock for both, standing still: however slow the host, no quota
    // refills during the test.
    let clock = rekey::clock::ManualClock::starting_at(rekey::clock::Clock::now(
        &rekey::clock::SystemClock,
    ));
    let overrides = || Overrides {
        clock: Some(Arc::new(clock.clone())),
        // Four messages a minute per chat session.
        chat_limits: Some(Arc::new(rekey::web::ChatLimits::new(4, 100, 100, 100))),
        ..Overrides::default()
    };
    let a = TestApp::spawn_with(admin_config(&db.url), overrides()).await;
    let b = TestApp::spawn_with(admin_config(&db.url), overrides()).await;
    // Web chat: one tab (its session travels to both instances).
    let tab = http_client();
    tab.get(format!("{}/chat", a.base)).send().await.unwrap();
    let chat = alternate([&a, &b], 7, |app, i| {
        let sent = tab
            .post(format!("{}/chat/api/messages", app.base))
            .json(&json!({"text": format!("hello {i}"), "client_id": format!("m{i}")}))
            .send();
        async move { sent.await.unwrap() }
    })
    .await;
    limited_after(&chat, 4, "web chat messages per session");
    // Staff sign-in: ten attempts a minute per address, wrong tokens.
    let sign_ins = alternate([&a, &b], 13, |app, _| async move {
        crate::admin::sign_in(app, "not-a-token").await
    })
    .await;
    assert_eq!(sign_ins[0], 401, "a wrong token: {sign_ins:?}");
    limited_after(
        &sign_ins,
        rekey::web::AdminAuth::SIGN_INS_PER_MINUTE as usize,
        "sign-in attempts per address",
    );
    // The secure form: ten posts a minute per link (bad CSRF values, so
    // nothing else counts them).
    let (_, url) = a.link_for("ada").await;
    let posts = alternate([&a, &b], 12, |app, _| {
        let url = url.replace(&a.base, &app.base);
        async move {
            app.submit(&url, "forged", "https://x.api-us1.com", "k")
                .await
        }
    })
    .await;
    limited_after(&posts, 10, "form posts per link");
    // A refused request is refused on both instances alike, and other keys
    // are untouched: a second tab still talks.
    let other_tab = http_client();
    other_tab
        .get(format!("{}/chat", b.base))
        .send()
        .await
        .unwrap();
    say(&b, &other_tab, "hello there").await;
    // A minute later the first tab may talk again.
    clock.advance(Duration::from_secs(61));
    say(&a, &tab, "hello again").await;
    drop((a, b));
    db.cleanup().await;
}
