//! Throughput of the secure form on loopback, measured with `wrk` (Debian's
//! `wrk` package): GET of a live link (the form page) and POST of a
//! submission that fails validation (the full form path without an outbound
//! call). Prints wrk's report, requests/s and latency percentiles.
//!
//! Run: `cargo bench --bench form` (needs `wrk` on PATH; says so otherwise).
//! Rate limits are lifted for the run: they would otherwise answer 429.

use std::process::Command;
use std::sync::Arc;

use rekey::app::{App, Overrides};
use rekey::bot::{Customer, Inbound, Outgoing};
use rekey::config::Config;
use rekey::domain::Channel;
use rekey::web::FormLimits;

fn main() {
    if Command::new("wrk").arg("--version").output().is_err() {
        println!("wrk is not installed (apt-get install wrk): form benchmark skipped");
        return;
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("bench.db").display());
    let (base, link) = runtime.block_on(async {
        let mut config = Config::for_tests(&url);
        config.links.ttl = std::time::Duration::from_secs(3600);
        let app = App::build_with(config, Overrides::default()).await.unwrap();
        let base = app.public_url().to_owned();
        let bot = app.bot();
        let customer = Customer {
            channel: Channel::Shell,
            customer_ref: "bench".into(),
            name: "bench".into(),
        };
        bot.message(Inbound {
            customer: customer.clone(),
            place_ref: Some("shell".into()),
            message_id: "1".into(),
            text: "my activecampaign sync stopped with 403 forbidden".into(),
        })
        .await
        .unwrap();
        for _ in 0..2 {
            bot.button(customer.clone(), Some("shell".into()), "rk:done")
                .await
                .unwrap();
        }
        let reply = bot
            .button(customer, Some("shell".into()), "rk:link")
            .await
            .unwrap();
        let link = reply
            .outgoing
            .iter()
            .find_map(|o| {
                if let Outgoing::Link { url, .. } = o {
                    Some(url.clone())
                } else {
                    None
                }
            })
            .unwrap();
        let mut app = app;
        app.set_form_limits(Arc::new(FormLimits::per_minute(u32::MAX, u32::MAX)));
        tokio::spawn(app.run_until(std::future::pending()));
        (base, link)
    });
    let script = dir.path().join("post.lua");
    std::fs::write(
        &script,
        "wrk.method = \"POST\"\n\
         wrk.body = \"csrf=benchcsrf&api_url=not-a-url&api_key=k\"\n\
         wrk.headers[\"Content-Type\"] = \"application/x-www-form-urlencoded\"\n\
         wrk.headers[\"Cookie\"] = \"rekey_csrf=benchcsrf\"\n",
    )
    .unwrap();
    println!("form benchmark against {base} (SQLite, release build, server on 1 worker thread)");
    for (what, extra) in [
        ("GET /l/{token}", vec![]),
        (
            "POST /l/{token} (validation error)",
            vec!["-s".to_owned(), script.display().to_string()],
        ),
    ] {
        let out = Command::new("wrk")
            .args(["-t1", "-c16", "-d8s", "--latency"])
            .args(&extra)
            .arg(&link)
            .output()
            .expect("run wrk");
        println!("\n== {what}\n{}", String::from_utf8_lossy(&out.stdout));
    }
    drop(runtime);
}
