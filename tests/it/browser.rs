//! Real headless Chromium: the web chat through the ActiveCampaign path to
//! the secure link, the form, and the reconnect message back in the chat.

use fantoccini::Locator;

use crate::support::browser::Browser;
use crate::support::fake_activecampaign::keys;
use crate::support::{TestApp, TestDb};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_web_chat_takes_a_customer_from_complaint_to_reconnected() {
    let Some(browser) = Browser::start().await else {
        return;
    };
    let db = TestDb::sqlite().await;
    let app = TestApp::spawn(&db.url).await;
    let c = &browser.client;
    c.goto(&format!("{}/chat", app.base)).await.unwrap();
    let input = browser.wait_for("#text").await;
    input
        .send_keys("hi, our activecampaign sync stopped and says 403 forbidden\n")
        .await
        .unwrap();
    browser.wait_for_text("Step 1 of 3").await;
    browser.click_button("Done").await;
    browser.wait_for_text("Step 2 of 3").await;
    browser.click_button("Done").await;
    browser.wait_for_text("Step 3 of 3").await;
    browser.click_button("Get my secure link").await;
    let link = browser.wait_for("li.private a").await;
    let href = link
        .attr("href")
        .await
        .unwrap()
        .expect("the link has a URL");
    assert!(href.starts_with(&format!("{}/l/", app.base)), "{href}");

    c.goto(&href).await.unwrap();
    browser
        .wait_for("#api_url")
        .await
        .send_keys(&app.fake.base_url())
        .await
        .unwrap();
    browser
        .wait_for("#api_key")
        .await
        .send_keys(keys::VALID)
        .await
        .unwrap();
    c.find(Locator::Css("form button[type=submit]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    browser.wait_for_text("You're reconnected").await;
    let png = c.screenshot().await.unwrap();
    std::fs::write(std::env::temp_dir().join("rekey-form-done.png"), png).unwrap();

    c.goto(&format!("{}/chat", app.base)).await.unwrap();
    browser.wait_for_text("You're reconnected").await;
    browser.wait_for_text("Ada Lovelace").await;
    let png = c.screenshot().await.unwrap();
    std::fs::write(std::env::temp_dir().join("rekey-chat-done.png"), png).unwrap();
    browser.client.clone().close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn markup_in_customer_text_is_shown_as_text_not_rendered() {
    let Some(browser) = Browser::start().await else {
        return;
    };
    let db = TestDb::sqlite().await;
    let app = TestApp::spawn(&db.url).await;
    let c = &browser.client;
    c.goto(&format!("{}/chat", app.base)).await.unwrap();
    let input = browser.wait_for("#text").await;
    let evil = "<img src=x id=pwned onerror=\"document.title='pwned'\"> <b>bold</b> [x](javascript:alert(1))";
    input.send_keys(&format!("{evil}\n")).await.unwrap();
    browser.wait_for_text("<img src=x").await;
    assert!(
        c.find(Locator::Css("#pwned")).await.is_err(),
        "customer markup became an element"
    );
    assert!(
        c.find(Locator::Css("li.me b")).await.is_err(),
        "customer HTML was rendered"
    );
    assert_ne!(c.title().await.unwrap(), "pwned");
    browser.client.clone().close().await.unwrap();
}
