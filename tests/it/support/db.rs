//! A fresh, migrated database per test: a SQLite file in a temporary folder,
//! or a new PostgreSQL database (dropped again by [`TestDb::cleanup`]) on the
//! server named by `REKEY_TEST_POSTGRES_URL`. Without that URL the
//! PostgreSQL suites say so and pass, unless `REKEY_REQUIRE_POSTGRES=1` (set
//! by `.ci/run`): then a missing URL fails them.

use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};

use rekey::config::DatabaseUrl;
use rekey::store::{SqlStore, Store};
use sqlx::Connection;

pub struct TestDb {
    pub store: Arc<SqlStore>,
    pub url: String,
    /// Keeps the SQLite file's folder alive.
    pub dir: Option<tempfile::TempDir>,
    pg: Option<(String, String)>,
}

impl TestDb {
    /// Closes a SQLite test database and asserts that none of its files
    /// holds `needle` (a planted canary secret).
    pub async fn assert_files_never_hold(mut self, needle: &[u8], what: &str) {
        let dir = self.dir.take().expect("a SQLite test database");
        self.cleanup().await;
        for entry in std::fs::read_dir(dir.path()).unwrap() {
            // The pool removes its -wal/-shm files as it closes: a file that
            // is gone holds nothing.
            let Ok(bytes) = std::fs::read(entry.unwrap().path()) else {
                continue;
            };
            assert!(
                !bytes.windows(needle.len()).any(|w| w == needle),
                "{what} in the database files"
            );
        }
    }

    pub async fn sqlite() -> TestDb {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = format!("sqlite://{}", dir.path().join("rekey.db").display());
        let store = open(&url).await;
        TestDb {
            store,
            url,
            dir: Some(dir),
            pg: None,
        }
    }

    /// `None` when `REKEY_TEST_POSTGRES_URL` is not set; panics instead
    /// when `REKEY_REQUIRE_POSTGRES=1` asks for the PostgreSQL suites.
    pub async fn postgres() -> Option<TestDb> {
        let Some(admin) = std::env::var("REKEY_TEST_POSTGRES_URL")
            .ok()
            .filter(|u| !u.is_empty())
        else {
            assert!(
                !postgres_required(),
                "REKEY_REQUIRE_POSTGRES=1 but REKEY_TEST_POSTGRES_URL is not set"
            );
            return None;
        };
        let name = unique_name();
        let mut conn = sqlx::PgConnection::connect(&admin)
            .await
            .expect("REKEY_TEST_POSTGRES_URL must point at a running PostgreSQL");
        sqlx::query(&format!("CREATE DATABASE {name}"))
            .execute(&mut conn)
            .await
            .expect("create db");
        conn.close().await.ok();
        let url = with_database(&admin, &name);
        let store = open(&url).await;
        Some(TestDb {
            store,
            url,
            dir: None,
            pg: Some((admin, name)),
        })
    }

    /// A second, independent connection pool to the same database — what a
    /// second Rekey instance would have.
    pub async fn another_store(&self) -> Arc<SqlStore> {
        open(&self.url).await
    }

    /// PostgreSQL only: web chat outbox rows whose stored text contains
    /// `needle` (what must never be stored in clear).
    pub async fn outbox_rows_containing(&self, needle: &str) -> i64 {
        self.pg_count(
            "SELECT COUNT(*) FROM chat_outbox WHERE POSITION($1 IN item) > 0",
            needle,
        )
        .await
    }

    /// PostgreSQL only: dashboard session rows that hold `id` itself (in
    /// any column) rather than its hash.
    pub async fn admin_sessions_holding(&self, id: &str) -> i64 {
        self.pg_count(
            "SELECT COUNT(*) FROM admin_sessions WHERE POSITION(convert_to($1, 'UTF8') IN id_hash) > 0 \
             OR POSITION($1 IN staff) > 0",
            id,
        )
        .await
    }

    async fn pg_count(&self, sql: &str, arg: &str) -> i64 {
        let mut conn = sqlx::PgConnection::connect(&self.url)
            .await
            .expect("connect");
        let n: i64 = sqlx::query_scalar(sql)
            .bind(arg)
            .fetch_one(&mut conn)
            .await
            .expect("count");
        conn.close().await.ok();
        n
    }

    /// Closes the pool and drops a PostgreSQL test database.
    pub async fn cleanup(self) {
        self.store.close().await;
        if let Some((admin, name)) = self.pg
            && let Ok(mut conn) = sqlx::PgConnection::connect(&admin).await
        {
            let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                .execute(&mut conn)
                .await;
        }
    }
}

/// Whether `REKEY_REQUIRE_POSTGRES` asks for the PostgreSQL suites to run.
fn postgres_required() -> bool {
    std::env::var("REKEY_REQUIRE_POSTGRES").is_ok_and(|v| !v.is_empty() && v != "0")
}

async fn open(url: &str) -> Arc<SqlStore> {
    let url = DatabaseUrl::parse(url).expect("test url");
    let store = SqlStore::connect(&url).await.expect("connect");
    store.migrate().await.expect("migrate");
    Arc::new(store)
}

fn unique_name() -> String {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    format!("rekey_t_{}_{}_{}", std::process::id(), n, nanos)
}

/// `postgres://u@h:p/db?x` with the database replaced by `name`.
fn with_database(url: &str, name: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, Some(q)),
        None => (url, None),
    };
    let scheme_end = base.find("://").map_or(0, |i| i + 3);
    let host_part = match base[scheme_end..].find('/') {
        Some(i) => &base[..scheme_end + i],
        None => base,
    };
    match query {
        Some(q) => format!("{host_part}/{name}?{q}"),
        None => format!("{host_part}/{name}"),
    }
}

#[test]
fn database_names_are_swapped_in_postgres_urls() {
    assert_eq!(
        with_database("postgres://p@h:5432/postgres", "x"),
        "postgres://p@h:5432/x"
    );
    assert_eq!(with_database("postgres://p@h", "x"), "postgres://p@h/x");
    assert_eq!(
        with_database("postgres://p@h/db?sslmode=disable", "x"),
        "postgres://p@h/x?sslmode=disable"
    );
}
