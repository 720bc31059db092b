//! The whole app on an ephemeral port: health and graceful shutdown.

use rekey::app::App;
use rekey::config::Config;

use crate::support::TestDb;

#[tokio::test]
async fn healthz_answers_ok_with_a_fresh_sqlite_database() {
    let db = TestDb::sqlite().await;
    let app = App::build(Config::for_tests(&db.url)).await.unwrap();
    let base = app.public_url().to_owned();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(app.run_until(async move {
        let _ = stopped.await;
    }));
    let response = reqwest::get(format!("{base}/healthz")).await.unwrap();
    assert_eq!(response.status(), 200);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["status"], "ok");
    stop.send(()).unwrap();
    server.await.unwrap().unwrap();
    assert!(
        reqwest::get(format!("{base}/healthz")).await.is_err(),
        "the server stopped"
    );
}

#[tokio::test]
async fn healthz_answers_ok_with_postgres() {
    let Some(db) = TestDb::postgres().await else {
        return;
    };
    let app = App::build(Config::for_tests(&db.url)).await.unwrap();
    let base = app.public_url().to_owned();
    let server = tokio::spawn(app.run_until(std::future::pending()));
    let response = reqwest::get(format!("{base}/healthz")).await.unwrap();
    assert_eq!(response.status(), 200);
    server.abort();
    db.cleanup().await;
}
