//! Real headless Chromium: the web chat through the ActiveCampaign path to
//! the secure link, the form, and the reconnect message back in the chat.

use fantoccini::Locator;

use crate::support::TestDb;
use crate::support::browser::{Browser, Visit};
use crate::support::fake_activecampaign::keys;
use rekey::domain::TicketStatus;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_web_chat_takes_a_customer_from_complaint_to_reconnected() {
    let Some(visit) = Visit::start("en-US,en").await else {
        return;
    };
    let (browser, app) = (&visit.browser, &visit.app);
    let c = &browser.client;
    let input = browser.open_chat(&app.base).await;
    input
        .send_keys("hi, our activecampaign sync stopped and says 403 forbidden\n")
        .await
        .unwrap();
    browser.wait_for_text("Step 1 of 3").await;
    browser.click_button("Done").await;
    browser.wait_for_text("Step 2 of 3").await;
    browser.click_button("Done").await;
    browser.wait_for_text("Step 3 of 3").await;
    // Only the newest step's buttons can be pressed.
    let enabled = c
        .find_all(Locator::Css(".choices button:not([disabled])"))
        .await
        .unwrap();
    let mut labels = Vec::new();
    for b in &enabled {
        labels.push(b.text().await.unwrap());
    }
    assert_eq!(
        labels,
        [
            "Get my secure link",
            "I'll do it in CustomerHub",
            "I'm stuck",
            "Talk to a human"
        ],
        "earlier steps' buttons are disabled"
    );
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
        .submit_secure_form(&app.fake.base_url(), keys::VALID)
        .await;
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
    let Some(visit) = Visit::start("en-US,en").await else {
        return;
    };
    let (browser, app) = (&visit.browser, &visit.app);
    let c = &browser.client;
    let input = browser.open_chat(&app.base).await;
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

/// Opens the dashboard and signs in with Sam's staff token.
async fn sign_in_as_sam(browser: &Browser, base: &str) {
    let c = &browser.client;
    c.goto(&format!("{base}/admin")).await.unwrap();
    browser
        .wait_for("#token")
        .await
        .send_keys(crate::admin::SAM_TOKEN)
        .await
        .unwrap();
    browser.submit().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn staff_sign_in_filter_open_a_ticket_and_take_it_over() {
    let Some(browser) = Browser::start().await else {
        return;
    };
    let run = async {
        let db = TestDb::sqlite().await;
        let app = crate::admin::spawn_admin(&db).await;
        let (ada, _) = app.link_for("ada").await;
        let bob = app
            .say("bob", "our activecampaign sync stopped working")
            .await
            .ticket
            .unwrap();
        let c = &browser.client;
        sign_in_as_sam(&browser, &app.base).await;
        browser.wait_for_text("Signed in as sam").await;
        browser
            .wait_for("select[name=status]")
            .await
            .select_by_value("awaiting-form")
            .await
            .unwrap();
        c.find(Locator::Css("#apply"))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
        // Wait for the filtered page before looking for the ticket's link.
        let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(15);
        while !c
            .current_url()
            .await
            .unwrap()
            .as_str()
            .contains("status=awaiting-form")
        {
            assert!(
                tokio::time::Instant::now() < deadline,
                "the filter never applied"
            );
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        let ada_id = ada.id.to_string();
        let link = browser
            .client
            .wait()
            .at_most(std::time::Duration::from_secs(15))
            .for_element(Locator::LinkText(&ada_id))
            .await
            .unwrap();
        let body = c
            .find(Locator::Css("body"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(
            !body.contains(&bob.id.to_string()),
            "the filter hides other statuses"
        );
        link.click().await.unwrap();
        browser.wait_for_text("waiting for the secure form").await;
        browser.wait_for("#take").await.click().await.unwrap();
        browser.wait_for_text("sam took the ticket over").await;
        browser.wait_for_text("escalated").await;
        let png = c.screenshot().await.unwrap();
        std::fs::write(std::env::temp_dir().join("rekey-admin-ticket.png"), png).unwrap();
        let t = app.store.ticket(ada.id).await.unwrap().unwrap();
        assert_eq!(t.assignee.as_deref(), Some("sam"));
    };
    tokio::time::timeout(std::time::Duration::from_secs(120), run)
        .await
        .expect("the staff browser test finished in time");
    browser.client.clone().close().await.unwrap();
}

/// Two browsers: a customer in the web chat asks for a human; a staff
/// member signs in, reads the customer's words (a pasted key only as its
/// fingerprint) and replies; the customer sees the reply with the staff
/// name and answers; the staff page shows the answer without a reload; the
/// staff member hands back and the bot talks again.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_customer_and_a_staff_member_talk_through_the_hand_off() {
    let Some(customer) = Browser::start().await else {
        return;
    };
    let Some(staff) = Browser::start().await else {
        return;
    };
    let key = "6b6e6b6e6b6e6b6e6b6e6b6e6b6e6b6e6b6e6b6e6b6e6b6e6b6e6b6e6b6e6b6e6b6e6b6e";
    let run = async {
        let db = TestDb::sqlite().await;
        let app = crate::admin::spawn_admin(&db).await;

        // Staff signs in first and watches the (empty) list.
        let s = &staff.client;
        sign_in_as_sam(&staff, &app.base).await;
        staff.wait_for_text("0 tickets match").await;

        // The customer asks for a human, after pasting a key by mistake.
        let c = &customer.client;
        let input = customer.open_chat(&app.base).await;
        input
            .send_keys("our activecampaign sync stopped, 403 forbidden\n")
            .await
            .unwrap();
        customer.wait_for_text("Step 1 of 3").await;
        input
            .send_keys(&format!("is this it? {key}\n"))
            .await
            .unwrap();
        customer.wait_for_text("Only you can see this").await;
        customer.click_button("Talk to a human").await;
        customer.wait_for_text("asked a teammate").await;
        let ticket = app.store.list_tickets(&Default::default()).await.unwrap()[0].clone();
        assert_eq!(ticket.status, TicketStatus::Escalated);

        // The list refreshes by itself: the escalation shows without a reload.
        staff.wait_for_text("nobody — waiting").await;
        s.goto(&format!("{}/admin/tickets/{}", app.base, ticket.id))
            .await
            .unwrap();
        staff
            .wait_for_text("our activecampaign sync stopped, 403 forbidden")
            .await;
        // Under the app's own fingerprint key (derived from its master key).
        let fingerprint = app.bot.detect(key).secrets[0].fingerprint.clone();
        staff
            .wait_for_text(&format!("is this it? [key …{fingerprint}]"))
            .await;
        let source = s.source().await.unwrap();
        assert!(
            !source.contains(&key[..24]),
            "the key shows on the staff page"
        );

        // Staff replies; the customer sees it with the name, and answers.
        staff
            .wait_for("#reply-text")
            .await
            .send_keys("Hi, Sam here. Let's sort this out together.")
            .await
            .unwrap();
        staff.wait_for("#send-reply").await.click().await.unwrap();
        customer
            .wait_for_text("sam (support team): Hi, Sam here. Let's sort this out together.")
            .await;
        staff.wait_for_text("Hi, Sam here.").await;
        input
            .send_keys("thanks Sam, it still says 403\n")
            .await
            .unwrap();
        // No reload on the staff side: the live view brings it.
        staff.wait_for_text("thanks Sam, it still says 403").await;
        let png = s.screenshot().await.unwrap();
        std::fs::write(std::env::temp_dir().join("rekey-admin-handoff.png"), png).unwrap();

        // Hand back: the bot picks up where the customer was.
        staff.wait_for("#return").await.click().await.unwrap();
        customer.wait_for_text("I'm back to help").await;
        customer.click_button("Done").await;
        customer.wait_for_text("Step 2 of 3").await;
        let png = c.screenshot().await.unwrap();
        std::fs::write(std::env::temp_dir().join("rekey-chat-handoff.png"), png).unwrap();
    };
    tokio::time::timeout(std::time::Duration::from_secs(150), run)
        .await
        .expect("the two-browser hand-off finished in time");
    customer.client.clone().close().await.unwrap();
    staff.client.clone().close().await.unwrap();
}

/// A German-speaking customer (browser in German) complains in German and
/// follows the buttons to their secure link; returns the link.
async fn german_complaint_to_link(browser: &Browser, base: &str) -> String {
    let c = &browser.client;
    let input = browser.open_chat(base).await;
    // The page's own words follow Accept-Language.
    assert_eq!(
        c.find(Locator::Css("html"))
            .await
            .unwrap()
            .attr("lang")
            .await
            .unwrap()
            .as_deref(),
        Some("de")
    );
    browser.wait_for_text("Support-Chat").await;
    assert_eq!(
        input.attr("placeholder").await.unwrap().as_deref(),
        Some("Nachricht schreiben…")
    );
    input
        .send_keys("Meine ActiveCampaign-Integration synchronisiert nicht mehr, Fehler 403\n")
        .await
        .unwrap();
    browser.wait_for_text("Schritt 1 von 3").await;
    browser.click_button("Erledigt").await;
    browser.wait_for_text("Schritt 2 von 3").await;
    browser.click_button("Erledigt").await;
    browser.wait_for_text("Schritt 3 von 3").await;
    browser.click_button("Meinen sicheren Link holen").await;
    let link = browser.wait_for("li.private a").await;
    assert_eq!(link.text().await.unwrap(), "Sicheres Formular öffnen");
    let href = link
        .attr("href")
        .await
        .unwrap()
        .expect("the link has a URL");
    assert!(href.starts_with(&format!("{base}/l/")), "{href}");
    href
}

/// A German-speaking customer on the secure form their German complaint
/// led to, and the form's link; `None` without Chromium.
async fn german_customer_on_the_form() -> Option<(Visit, String)> {
    let visit = Visit::start("de-DE,de").await?;
    let href = german_complaint_to_link(&visit.browser, &visit.app.base).await;
    visit.browser.client.goto(&href).await.unwrap();
    Some((visit, href))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_web_chat_in_german_goes_from_complaint_to_reconnected() {
    let Some((visit, _)) = german_customer_on_the_form().await else {
        return;
    };
    let (browser, app) = (&visit.browser, &visit.app);
    let c = &browser.client;
    browser
        .submit_secure_form(&app.fake.base_url(), keys::VALID)
        .await;
    browser.wait_for_text("Du bist wieder verbunden").await;

    c.goto(&format!("{}/chat", app.base)).await.unwrap();
    browser
        .wait_for_text("Du bist wieder verbunden! ActiveCampaign hat den neuen Schlüssel")
        .await;
    browser.wait_for_text("Ada Lovelace").await;
    let png = c.screenshot().await.unwrap();
    std::fs::write(std::env::temp_dir().join("rekey-chat-done-de.png"), png).unwrap();
    browser.client.clone().close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_secure_form_speaks_the_tickets_language() {
    let Some((visit, href)) = german_customer_on_the_form().await else {
        return;
    };
    let (browser, app) = (&visit.browser, &visit.app);
    let c = &browser.client;
    browser.wait_for_text("ActiveCampaign neu verbinden").await;
    browser
        .wait_for_text("dieser Link funktioniert einmal und läuft ab um")
        .await;
    let submit = c
        .find(Locator::Css("form button[type=submit]"))
        .await
        .unwrap();
    assert_eq!(submit.text().await.unwrap(), "Prüfen und neu verbinden");
    let lang = c
        .find(Locator::Css("html"))
        .await
        .unwrap()
        .attr("lang")
        .await;
    assert_eq!(lang.unwrap().as_deref(), Some("de"));

    // A field check, said in German; the link still works.
    browser
        .submit_secure_form("ftp://acme.api-us1.com", keys::VALID)
        .await;
    browser
        .wait_for_text("Die API URL muss mit https:// beginnen.")
        .await;

    // ActiveCampaign's answer, said in German too.
    browser
        .submit_secure_form(&app.fake.base_url(), keys::RESET)
        .await;
    browser
        .wait_for_text("ActiveCampaign hat diesen Schlüssel nicht akzeptiert.")
        .await;
    browser
        .wait_for_text("Du kannst es mit diesem Link noch")
        .await;

    browser
        .submit_secure_form(&app.fake.base_url(), keys::VALID)
        .await;
    browser.wait_for_text("Du bist wieder verbunden").await;
    browser
        .wait_for_text("Du kannst diese Seite schließen und zum Chat zurückkehren.")
        .await;
    let png = c.screenshot().await.unwrap();
    std::fs::write(std::env::temp_dir().join("rekey-form-done-de.png"), png).unwrap();

    // The used link has no ticket to trust: the browser's language.
    c.goto(&href).await.unwrap();
    browser
        .wait_for_text("Dieser Link kann nicht mehr verwendet werden")
        .await;
    browser.client.clone().close().await.unwrap();
}
