# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 440 (mine-b440): EMAIL-MARKETING SaaS CONNECTORS (Mailchimp, Klaviyo, Mailjet, AWeber, Campaign
# Monitor, Brevo/Sendinblue, ConvertKit, MailerLite, Drip, Postmark) - plugins, extensions and pipelines
# that push contacts, orders or events into an email-marketing service, or pull from it: Mailchimp for
# WooCommerce (mailchimp/mc-woocommerce), Mailchimp for Magento 1/2 (mailchimp/mc-magento, mc-magento2),
# Klaviyo for Magento 2, the CiviCRM Mailchimp sync extension (veda-consulting), Mautic's Mailchimp
# plugin, Craft Formie and Craft Campaign, Mailchimp for WordPress (MC4WP), Airbyte's source-mailchimp /
# source-klaviyo connectors, Pipedream components, and client libraries (Mailjet PHP / Java / Node / Ruby,
# AWeber PHP / Ruby / public-api-examples, Campaign Monitor createsend-php / -java, MailChimp.Net,
# MailChimp.NET, mailchimp-laravel).
# Complaints are failing connections reported now: API keys or OAuth rejected ("Mailjet err.statusCode 401",
# "com.mailjet.client.errors.MailjetUnauthorizedException: Unauthorized", "Response int(401)" with its
# "Same here" replies, "Oauth not working ... Status: 403", "Mautic Mailchimp Plugin Unable to Authorize",
# AWeber "IdentityProviderException: invalid_request", MC4WP "403 Forbidden ... User Disabled", Mailchimp
# re-authorisation failing on an SSL certificate error, "Failed to access Mailchimp export API"); syncs
# that stop or never finish ("the plugin won't sync with mailchimp even now", "Sync Stuck", "Stuck on
# initial sync", "Products permanently stuck in SYNCERROR", "API call errors after upgrade", CiviCRM
# batch-subscribe errors, "Mailchimp API said: akamai_503", "Source Klaviyo: Events Returnning Empty",
# "[source-mailchimp] ... connection check" failing, a "lists" stream missing records); pushes that silently
# drop contacts ("add Subscribe - confirmed 201 - but not adding to the list", "nothing happens on my
# Mailchimp account", Mautic "the actual push of a contact fails", "Mailchimp integration failing" in
# Formie); webhooks or events that do not arrive ("Order Confirmation Not Getting Triggered", "Viewed
# Product metric not populating", "Unsubscribe web hook not working correctly", "We couldn't verify the URL
# is working ... HTTP Code: 400", Postmark unsubscribes not fed back into Craft Campaign).
# Near misses kept from the same threads: maintainers' replies and diagnoses (khungate's patch branch,
# "Couple of things to check", "Sounds like a permission error", Akamai IP block explanation, "401 is an
# authentication error"), "works now" / "my mistake" follow-ups ("Nevermind, I forgot you had to confirm",
# "Sorry, it was an internal error inside my code", "Thanks Emmanuel It works now", "just created a new API
# key ... it's connected again"),
# feature requests and PRs (Klaviyo Profiles stream, Drip orders API, ConvertKit / Pipedream components,
# Klaviyo store-level account PR, Mautic API-key PR and the BC fix with its "I applied the change manually
# and it works", a French afup PR making the Mailchimp sync tolerate API errors, Airbyte's Klaviyo 503 PR),
# and trouble that is not a failing connection (a consent bug that sends too much to Klaviyo, Mailchimp shown
# as connected after Jetpack is disconnected, a broken Drip link in the WooCommerce wizard, empty product
# blocks in a Klaviyo template, MC4WP's "resource not found" log noise, a Mailjet unsubscribe PR, a Formie
# request to skip spam signups, a Mageplaza webhook extension lacking an unsubscribe event).
# Sources (64 threads; issues corpus only, texts copied from the excerpts the `search` tool returned - a
# title plus the first sentences, or one comment - trimmed, never reworded or translated; quoted earlier
# comments and code blocks after the prose were left out):
#  mailchimp/mc-woocommerce #315 #382 #273 #312 #181 #423, mailchimp/mc-magento #169 #530,
#  mailchimp/mc-magento2 #2256, mailchimp/mailchimp-client-lib-codegen #11,
#  klaviyo/magento2-klaviyo #242 #293 PR #120, magento/magento2 #12670,
#  veda-consulting-company/uk.co.vedaconsulting.mailchimp #132 #59 #182 #142 #299,
#  ibericode/mailchimp-for-wordpress #677 #591, mautic/mautic #3629 #3290 #3298 #1274 #730 PR #1351 PR #1184,
#  verbb/formie #127 #2276, putyourlightson/craft-campaign #276, mageplaza/magento-2-webhook #50,
#  airbytehq/airbyte #17393 #10647 #45593 #41988 #5130 #29029 PR #42895, PipedreamHQ/pipedream #8616 #3486,
#  HearthSim/HSReplay.net PR #1001, Automattic/jetpack #18746, woocommerce/woocommerce #11289,
#  DripEmail/drip-php #24, mettle/sendportal-core #131, formzillion/formzillion.com PR #201, afup/web PR #1554,
#  campaignmonitor/createsend-php #44, campaignmonitor/createsend-java #22, danesparza/MailChimp.NET #204,
#  brandonseydel/MailChimp.Net #394, skovmand/mailchimp-laravel #19, calvintychan/mailchimp-api-js #3,
#  aweber/public-api-examples #64, aweber/AWeber-API-PHP-Library #51, aweber/AWeber-API-Ruby-Library #32,
#  mailjet/mailjet-apiv3-php-no-composer #1, mailjet/mailjet-apiv3-java #189 #100,
#  mailjet/mailjet-apiv3-nodejs #163, mailjet/mailjet-gem #17 PR #258, ThetaTau/CMT #903
# Look-ups: 40 of the 50 allowed (36 `search` on the issues corpus, 4 on the pages corpus; no read_file /
# find_string / fetch). Queries: Mailchimp API key invalid WooCommerce not syncing; Klaviyo integration
# stopped syncing profiles; Sendinblue/Brevo API key unauthorized; MailerLite subscribers not added;
# (pages) Mailchimp for WooCommerce orders not syncing; ConvertKit API key invalid form plugin; AWeber OAuth
# token expired; Constant Contact refresh token expired; Constant Contact Forms disconnected; ConvertKit
# WordPress OAuth disconnected; Airbyte source Mailchimp 401; n8n Mailchimp credentials OAuth; Klaviyo
# Magento 2 events not sent; GetResponse API key contacts not added; Mailjet plugin contacts not
# synchronized; Drip WooCommerce orders; Brevo WordPress contacts stopped syncing; Omnisend integration;
# Klaviyo API key 401 private key; MailerLite plugin API key invalid; (pages) n8n Mailchimp community,
# Klaviyo Shopify disconnected, Mailchimp 401 wrong datacenter Stack Overflow, Constant Contact 401 forum;
# source-klaviyo sync failed; Mailchimp webhook unsubscribe not received; Formie Mailchimp integration
# error; tap-mailchimp / Meltano auth; Sendinblue contacts not synchronized; ConvertKit 401 integration
# broken; AWeber stopped adding subscribers; Mautic Mailchimp/Sendinblue authorization lost; German
# "Mailchimp Synchronisation funktioniert nicht mehr"; Klaviyo Shopware sync failed; Mailjet 401
# newsletter; PrestaShop Mailchimp sync stuck; MailerLite 401 unauthenticated; Brevo key not enabled
# newsletter broken; Klaviyo WooCommerce orders / webhooks; GetResponse 1014 authentication; Mailchimp API
# key disabled contact form; Campaign Monitor createsend 401.
# Checked: every thread URL grepped (exact line match after stripping '#...') over
# /work/main/tools/real/b*.py, /work/main/tools/real/pending/*.py and /work/wt/*/tools/real/pending/*.py
# before use, and again over all of them just before writing this file; texts compared by
# /work/notes/dupcheck.py (problems: 0). This theme is heavily mined already: of about 200 distinct threads
# the searches returned, roughly two thirds were in the corpus.
# Skipped as already in the corpus (URL found), among others: mailchimp/mc-woocommerce #377 #884 #441 #341
# #257 #402 #1210 #270 #221 #504 #276 #144 #798 #765 #543 #267 #563 #916 #898 #923 #910 #646 #778,
# EvanHerman/yikes-inc-easy-mailchimp-extender #334 #150 #351 #237 #235 #364 #62 #325 #143 #356 #69 #233
# #343 #316 #163 #196 #192 #807 #333 #164, PipedreamHQ/pipedream #13019 #16919, getbrevo/brevo-python #13,
# sendinblue/APIv3-python-library #63, verbb/formie #1541 #1595, nopSolutions/nopCommerce #6813 #6626,
# Codeinwp/otter-blocks #2508, enosysau/WEBSITE #5, mailin-api/sendinblue-nodejs-api-npm #15,
# drewm/mailchimp-api #323, ojii/django-mailchimp #17, aweber/public-api-examples #29,
# gomfunkel/node-mailchimp #17 #57, phpfui/ConstantContact #19 #20, eggheadio/gatsby-starter-egghead-blog
# #41, offload-project/laravel-waitlist PR #27, proudcity/wp-proudcity #1980 #289, rocklobster-in/contact-form-7
# #1606, CartoDB/cartodb #1699, klaviyo/magento2-klaviyo #189, webhookdb/webhookdb #68 #104 #105,
# veda-consulting-company/uk.co.vedaconsulting.mailchimp #205 #306 #228, ibericode/mailchimp-for-wordpress
# #543 #709 #242 #434, ibericode/mailchimp-user-sync #11 #55 #93, mailjet/wordpress-mailjet-plugin-apiv3 #1,
# mailjet/mailjet-gem #54, mailjet/mailjet-apiv3-php #107, mailjet/mailjet-apiv3-python #90,
# nopSolutions/mailchimp-plugin-for-nopcommerce #12, Crocoblock/suggestions #3850, elementor/elementor
# #18523, mailchimp/mc-magento #82 #293 #55 #706, mailchimp/mc-magento2 #1065 #578 #230 #548 #66,
# klaviyo/php-klaviyo #36 #60, klaviyo/klaviyo-api-ruby #19 #39, segment-boneyard/segment-docs #6622,
# soflyy/breakdance-bugs #522, dragonslayerindustries/learndash-mailchimp #53, activepieces/activepieces
# #12104, mailchimp/mailchimp-client-lib-codegen #20, buttondown/roadmap #775, weDevsOfficial/weforms #80,
# fluentform/fluentform #309, Repair-DeskPOS/RepairDesk-BUGS-IMPROVEMENTS #618, solspace/craft-freeform
# #1885 #108 #272, elefan-grenoble/gestion-compte #616, raae/pow-app #240, Subscribie/subscribie #1392,
# aweber/AWeber-API-PHP-Library #41, wpsharks/s2member #303 #313 #260, QualityUnit/pap-public #39,
# woocommerce/subscribe-and-connect #25, mautic/mautic #1416, campaignmonitor/createsend-ruby #44,
# forkcms/forkcms #1180, AhmedSamy/HypeMailchimpBundle #22, asyncapi/website #4705, EthicalML/ethical PR
# #65, pinerylabs/project-management #303, and the Constant Contact community threads 381268 / 340465 /
# 397524 on the pages corpus.
# Rejected: airbytehq/airbyte #4801 and sendgrid threads (SendGrid, outside the theme's list);
# Leuchtfeuer/mautic-deutschepost #27 (Deutsche Post, off theme); ibericode/mailchimp-for-wordpress #771
# (only log lines; a permanently deleted contact rather than a failing connection); buttondown/roadmap #1469,
# getbrevo/brevo-node #57 and VingtCinq/python-mailchimp #206 (title only, too vague); rubyaustralia/ruby_au PR
# #266 (a data-validation error inside a PR review); ThetaTau/CMT #907 (same Rollbar text as #903);
# PipedreamHQ/pipedream #3510 #3519 #1523 #15899 PR #2876, mailerlite PRs, onedesign/onecampaignmonitor PR #1
# (more feature/PR near misses than needed); TomTheRock's "be sure that you do not missmatch the parameters" reply in
# mailjet-apiv3-php-no-composer #1 (the same text is already in b420 from another thread); pages-corpus results (blog posts and vendor docs, no writer
# reporting a failure of their own). A few 'other' rows written first were left out to keep the complaint
# share near half (Klaviyo PR #125 comment, magento2-klaviyo #12, n8n PR #667, thorning/node-mailchimp PR #73,
# mc-magento2 #207, Airbyte #1935 and PR #35281, Pipedream PR #2848, HSReplay PR #1016, everest-forms PR
# #1318, amp-labs/connectors #163, parti-renaissance PR #7122, two drip-php comments, a Pipedream test note).
# Doubtful labels and how they were decided:
#  - Developers calling an email-marketing API from their own code and getting 401/403 ("Mailjet
#    err.statusCode 401", "keep getting 401 error", "Oauth not working") are complaints: credentials are
#    rejected while they try to connect, whatever the later cause; the follow-ups that find their own
#    mistake are 'other'.
#  - Pushes that return success but leave the list empty (createsend-php #44, MailChimp.NET #204,
#    mailchimp-laravel #19) are complaints as written; sendportal-core #131 stays 'other' because the writer
#    describes a working setup and asks how syncing is meant to work.
#  - Data-level sync failures inside a connector (Airbyte "lists" missing records, an "email_activity"
#    normalization error, CiviCRM batch-subscribe errors, Mautic "An email address must contain a single @"
#    with the user not added) are complaints: the sync between the two systems does not complete.
#  - Airbyte "Source Klaviyo: Events Returnning Empty" and mc-magento2 #2256 are kept as title-only rows
#    (the excerpt was a log); both report a sync that delivers nothing.
#  - Jetpack #18746 (Mailchimp still reported as connected after disconnecting) is 'other': a status bug,
#    not a connection failing. magento/magento2 #12670 is 'other': the writer says the integration works and
#    only template variables render empty.
#  - mailchimp-client-lib-codegen #11: the opener (webhook creation failed until they found the GET
#    validation, asks for docs) is 'other'; the later "still keep getting back a 400 from mailchimp" is a
#    complaint.
#  - PipedreamHQ/pipedream #8616 "I don't know why we're not getting the webhook" (a tester on a component
#    PR) is a complaint about a webhook that does not arrive.
#  - mailjet-gem #17 (SMTP authentication failed / API 400 when sending) is a complaint with integration
#    'none': the text names no product.
#  - No row mentions in words that a key got out; exposure_mentioned is False throughout. One row is French
#    (afup/web PR #1554, 'fr').
ROWS = [
    ('https://github.com/mailchimp/mc-woocommerce/issues/315', 'issue', 'complaint', 'other', "When i copy my MailChimp API Key into WooCommerce the system hangs and eventually times out.  I don't think it's not recognising the key, I think there's something wrong with the input field.", False),
    ('https://github.com/mailchimp/mc-woocommerce/issues/315', 'issue', 'other', 'none', "@gsturgess @biolaojo we've issued a patch in the [2.1.14 branch](https://github.com/mailchimp/mc-woocommerce/tree/2.1.14). It's not officially supported yet, but you're welcome to try things out. If you do decide to try, please make the necessary backups before updating.", False),
    ('https://github.com/mailchimp/mc-woocommerce/issues/315', 'issue', 'complaint', 'none', 'Same issue here\n\n````\n\n2019-02-18T18:40:20+00:00 ERROR product_sync.error :: addStoreProduct :: 2077 :: Error Code 404 :: Resource Not Found :: The requested resource could not be found. on 1540 in /home/servername/public_html/wp-content/plugins/mailchimp-for-woocommerce/includes/api/class-mailchimp-api.php\n\n````', False),
    ('https://github.com/mailchimp/mc-woocommerce/issues/315', 'issue', 'complaint', 'other', "Just updated to 2.1.14 and done resync; the plugin won't sync with mailchimp even now. on logs there are a lot of those error:", False),
    ('https://github.com/airbytehq/airbyte/issues/17393', 'issue', 'other', 'other', "Source Klaviyo: new stream Profiles\n\n## Tell us about the problem you're trying to solve\n[Profiles](https://developers.klaviyo.com/en/reference/get-profile)\nReturns a list of all the email templates you've created.", False),
    ('https://github.com/airbytehq/airbyte/issues/17393', 'issue', 'other', 'none', 'Hello, are there any plans to implement this stream in the future?', False),
    ('https://github.com/airbytehq/airbyte/issues/17393', 'issue', 'other', 'none', '+1, would be useful!', False),
    ('https://github.com/airbytehq/airbyte/issues/17393', 'issue', 'other', 'other', 'A month ago Klaviyo updated their API (v2022-10-17) which makes this new stream and some other extremely straightforward. However, other Klaviyo streams are requesting data from legacy version (v1-v2) of Klaviyo API. I suggest to bump other streams to the new version along with inclusion of this one.', False),
    ('https://github.com/campaignmonitor/createsend-php/issues/44', 'issue', 'complaint', 'other', 'add Subscribe - confirmed 201 - but not adding to the list\n\nI was using the add Subscribe function fine, but a few hours ago it stopped working.\n\nThe response indicates a successful entry - but when I view the list on campaign monitor the subscribers are blank.', False),
    ('https://github.com/danesparza/MailChimp.NET/issues/204', 'issue', 'complaint', 'other', "Subscribe don't work\n\nI want subscribe a member to exist list:", False),
    ('https://github.com/danesparza/MailChimp.NET/issues/204', 'issue', 'other', 'other', 'It sounds like you got an email Id and list Id back (and no error was returned) -- so I think you need to [contact Mailchimp support](https://mailchimp.com/contact/support/) for further help', False),
    ('https://github.com/skovmand/mailchimp-laravel/issues/19', 'issue', 'complaint', 'other', 'Not being added to list\n\nHello,\n\nFirst of all thank you for the simple package.\nI have configured your package as per instructions.\n\nI have the following problem:\n1. When I try to fake a list ID, I do get a Mailchimp error saying that the list does not exist, when I put the correct mailchimp list ID it works well\n2. When I try to add an already existing email I do get the Mailchimp_List_AlreadySubscribed exception\n3. When I try to add a non existing user, no exceptions occur, but nothing happens on my Mailchimp account and the list is not updated.\n\nAm I missing something?', False),
    ('https://github.com/skovmand/mailchimp-laravel/issues/19', 'issue', 'other', 'none', 'Nevermind, I forgot you had to confirm the damned thing via email. Sorry!', False),
    ('https://github.com/calvintychan/mailchimp-api-js/issues/3', 'issue', 'other', 'none', 'Sorry, it was an internal error inside my code.', False),
    ('https://github.com/airbytehq/airbyte/pull/42895', 'issue', 'other', 'other', "[source-klaviyo] Add config option disable_fetching_predictive_analytics to prevent 503 Service Unavailable errors\n\nWe have had reports that syncs to the Klaviyo source's `profiles` stream were consistently failing with `service unavailable` errors. I confirmed that this is not a problem with our connector and the errors are being emitted by Klaviyo's API. We are properly handling the error and propagating it back.", False),
    ('https://github.com/aweber/public-api-examples/issues/64', 'issue', 'complaint', 'other', 'Error Getting Credentials\n\nIn prompt, everything goes smoothly until I paste the returned URL\n\n"Log in and paste the returned URL here:"\n\n`PHP Fatal error:  Uncaught League\\OAuth2\\Client\\Provider\\Exception\\IdentityProviderException: invalid_request in /opt/bitnami/apache/htdocs/vendor/league/oauth2-client/src/Provider/GenericProvider.php:222', False),
    ('https://github.com/aweber/public-api-examples/issues/64', 'issue', 'complaint', 'none', 'Same problem...', False),
    ('https://github.com/formzillion/formzillion.com/pull/201', 'issue', 'other', 'other', 'baseUrl must not have anything dynamic variable\n\njust make it as `https://api.convertkit.com/v3/forms`\n\nfor endpoint for `${baseUrl}/{formId}/subscribe`', False),
    ('https://github.com/Automattic/jetpack/issues/18746', 'issue', 'other', 'other', 'Mailchimp reported as connected after disconnecting Jetpack\n\n#### Steps to reproduce the issue\n\n1. Connect, then disconnect Jetpack\n2. Make a request to `/wp-json/wpcom/v2/mailchimp`\n3. Observe that the response states Mailchimp is connected', False),
    ('https://github.com/airbytehq/airbyte/issues/10647', 'issue', 'complaint', 'other', 'Mailchimp Source Error - `$.access_token: is missing but it is required`\n\nThe connection fails all 3 attempts with the following error:\n\n> errors: $.access_token: is missing but it is required, $.auth_type: must be a constant value oauth2.0, $.auth_type: does not have a value in the enumeration [oauth2.0]', False),
    ('https://github.com/airbytehq/airbyte/issues/10647', 'issue', 'other', 'none', 'Hello @evantahler the root cause of the sync failure is:', False),
    ('https://github.com/airbytehq/airbyte/issues/45593', 'issue', 'complaint', 'other', '[source-mailchimp] - UnicodeError("label empty or too long") during Mailchimp source connection check in Airbyte\n\nI\'ve encountered a persistent issue with the Mailchimp source in Airbyte, where attempts to sync or test the connection fail due to a UnicodeError. This problem started a couple of days ago and has been consistently reproducible since then.', False),
    ('https://github.com/airbytehq/airbyte/issues/41988', 'issue', 'complaint', 'other', '[source-mailchimp] "lists" is missing data\n\nIn short, the stream called "lists" is missing data. I\'ve tried using the official Mailchimp API directly as in the code below, and it fetches more records than the ones downloaded by Airbyte.', False),
    ('https://github.com/airbytehq/airbyte/issues/5130', 'issue', 'complaint', 'other', 'Mailchimp "email_activity" table is causing a normalization error on initial sync\n\nThe other two tables worked fine, only the "email_activity" table failed.', False),
    ('https://github.com/brandonseydel/MailChimp.Net/issues/394', 'issue', 'complaint', 'other', 'Oauth not working\n\nI have the latest version of the library 4.0.0 and when I pass datacenter and oauthtoken I get the following error every time.\n\nTitle: User action not permitted\nType: http://developer.mailchimp.com/documentation/mailchimp/guides/error-glossary/\nStatus: 403\nDetail: User does not have access to the requested operation', False),
    ('https://github.com/brandonseydel/MailChimp.Net/issues/394', 'issue', 'other', 'none', 'For anyone else dealing with the same issue, the api key is simply the access token and data center combined like this...\n\nIMailChimpManager mailChimpManager = new MailChimpManager(access_token + "-" + dc);', False),
    ('https://github.com/brandonseydel/MailChimp.Net/issues/394', 'issue', 'other', 'none', 'This should have been done when provided with mail chimp options.  Need to investigate.', False),
    ('https://github.com/klaviyo/magento2-klaviyo/issues/242', 'issue', 'other', 'other', 'Start checkout event sent without data consent\n\nGo to the checkout page and fulfill all the initial forms with personal information, when you go ahead to the payment details the data was sent to Klaviyo without any consent.', False),
    ('https://github.com/klaviyo/magento2-klaviyo/issues/293', 'issue', 'complaint', 'other', 'Viewed Product metric not populating on Klaviyo dashboard\n\n### Expected result\n\nMetrics "Active on SIte", "Added to Cart" and "Viewed Product" populated on Klaviyo dashboard.\n\n### Actual result\n\n"Viewed Product" metric not populated on Klaviyo dashboard, only "Active on Site" and "Added to Cart".', False),
    ('https://github.com/klaviyo/magento2-klaviyo/issues/293', 'issue', 'other', 'none', "Hey, I'm also going to route you over to the support team. [Here's the link to contact them.](https://help.klaviyo.com/hc/en-us/articles/115001002272). They'll be able to gather additional data we need to triage this issue such as `company_id` and may be able to help you resolve the issue.", False),
    ('https://github.com/klaviyo/magento2-klaviyo/issues/293', 'issue', 'other', 'none', 'Resolved via support', False),
    ('https://github.com/klaviyo/magento2-klaviyo/pull/120', 'issue', 'other', 'other', "Add an ability to pass the Store ID during track event\n\nUse case - we would like to send some events to Klaviyo in the cron job for a specific store (different stores synced to different Klaviyo accounts).\nRight now, we can't specify to which Klavityo account we should send this event.\n\nThis PR brings an ability to send the event to a specific Klaviyo account (specified on store level).", False),
    ('https://github.com/magento/magento2/issues/12670', 'issue', 'other', 'other', 'Magento 2.2.0 - Klaviyo Integration Issue\n\nThe Magento 2 store seems to be integrated correctly: both API keys are in, Klaviyo extension is installed, sync is active - "Started Checkout" metric is showing activity.\nBut when I try to display products in cart using dynamic variables - it just shows empty space in place of products: no image, no text.', False),
    ('https://github.com/veda-consulting-company/uk.co.vedaconsulting.mailchimp/issues/132', 'issue', 'complaint', 'other', "Invalid MailChimp List : issue when syncing contacts between Civi and Mailchimp\n\nHello,\n\nI'm reopening an issue when syncing (with v1.7 and previous) contacts between Civi and Mailchimp - screenshot below :", False),
    ('https://github.com/veda-consulting-company/uk.co.vedaconsulting.mailchimp/issues/132', 'issue', 'complaint', 'other', 'I created one group within each list and the 211 error disappear from MailChimp API calls report. But I still get an error using the Sync module in CiviCRM :', False),
    ('https://github.com/ibericode/mailchimp-for-wordpress/issues/677', 'issue', 'other', 'other', '"The requested resource could not be found."\n\nMC support: contacts are being added to our system properly but their integration is instantly checking to see if the contact was added instead of relying on the successful API response when initially adding the contact.', False),
    ('https://github.com/ibericode/mailchimp-for-wordpress/issues/677', 'issue', 'other', 'none', 'turns out we check if a contact exists BEFORE we submit it to handle update vs create. \nthis should not show a resource not found message in our log.', False),
    ('https://github.com/ibericode/mailchimp-for-wordpress/issues/677', 'issue', 'other', 'other', "It doesn't right now, right? Just in Mailchimp's API log.", False),
    ('https://github.com/mettle/sendportal-core/issues/131', 'issue', 'other', 'other', "Need Help\n\nHello,\nFirst I'd like to thank you for this awesome package.\nI've integrated it using Mailjet service, and I'm able to create campaigns  / Templates / Subscribers from the dashboard, and also I can send test to a given email\nBut No thing happens in my Mailjet account dashboard, i cannot see any subscriber / campaigns ... etc\nAm I missing something to force synchronize between my local project and Mailjet Account ?", False),
    ('https://github.com/woocommerce/woocommerce/issues/11289', 'issue', 'other', 'other', 'Broken link to Drip after set up\n\nThe "Get eCommerce advice in your inbox" link after set up goes to a Drip 404 page.', False),
    ('https://github.com/woocommerce/woocommerce/issues/11289', 'issue', 'other', 'none', "Hey @fluidjunction - Sorry about that.\n\nThe drip campaign was on, but the form was off. That's happened a few times to us. Not sure why it happens right now. We'll investigate. For now though that form should be live. :)", False),
    ('https://github.com/mailchimp/mc-woocommerce/issues/382', 'issue', 'complaint', 'other', 'Order Confirmation Not Getting Triggered\n\nOrder Notifications have been very unreliable and inconsistent. When an order is placed and is in the pending status, the Order Confirmation automated email is not being sent via MailChimp.', False),
    ('https://github.com/mailchimp/mc-woocommerce/issues/382', 'issue', 'complaint', 'none', 'Any updates on this? The issue continues to be a problem.', False),
    ('https://github.com/mailchimp/mc-woocommerce/issues/382', 'issue', 'complaint', 'none', 'I also have this problem. No notification is sent on order completed. But the order confirmation(when order is placed) works every time.', False),
    ('https://github.com/mailchimp/mc-woocommerce/issues/382', 'issue', 'other', 'none', "Hi @acs254 @condor304, thanks for getting in touch, and our apologies in the delay in getting back to you. We've investigated this extensively on our end and we were unable to replicate any issues.", False),
    ('https://github.com/mailchimp/mc-woocommerce/issues/273', 'issue', 'complaint', 'other', 'Order Notifications: Only about 50% of Orders actually have Order Notifications Sent Out\n\nHi, here is a brief synopsis of my issue:\n* I synced the woocommerce store using wp-cli and everything looked good\n* Enabled Order Notifications on Mailchimp\n* Checked back on them a day or two later and saw that only about half of the orders placed had activity under the Order Notifications report in Mailchimp', False),
    ('https://github.com/DripEmail/drip-php/issues/24', 'issue', 'other', 'other', 'Add support for orders\n\nHi,\n\ncould you add support for orders?:\n\nhttp://developer.drip.com/?shell#create-or-update-an-order', False),
    ('https://github.com/DripEmail/drip-php/issues/24', 'issue', 'other', 'other', "I'd love this. I'm on a trial of Drip right now and if this isn't a priority (4 years after the original comment) I'd probably look at other platforms.", False),
    ('https://github.com/airbytehq/airbyte/issues/29029', 'issue', 'complaint', 'other', 'Source Klaviyo: Events Returnning Empty', False),
    ('https://github.com/HearthSim/HSReplay.net/pull/1001', 'issue', 'other', 'other', 'Fail more gracefully when MailChimp API credentials are absent', False),
    ('https://github.com/mailchimp/mailchimp-client-lib-codegen/issues/11', 'issue', 'other', 'other', "Webhook URL validation\n\nSpec: Transactional, Section: webhooks\n\nWhat was unclear / unexpected / confusing: \nI use the API to create an unsubscribe webhook on a list. I tried multiple URLs to test the webhook creation but it always failed. Finally, while playing a bit with the test webhook website and the Mailchimp's web interface, I saw that you guys use a GET request for validation. Please change that or update the documentation.", False),
    ('https://github.com/mailchimp/mailchimp-client-lib-codegen/issues/11', 'issue', 'complaint', 'other', "@gialouri  what error were you getting? I have a lambda behind AWS API Gateway having it accept all HTTP methods and still keep getting back a 400 from mailchimp\n\n`We couldn't verify the URL is working. Please double check and try again. HTTP Code: 400`\n\nI can hit it fine with Postman", False),
    ('https://github.com/mailchimp/mc-magento/issues/169', 'issue', 'complaint', 'other', "Unsubscribe web hook not working correctly.\n\nhttps://github.com/mailchimp/mc-magento/blob/develop/app/code/community/Ebizmarts/MailChimp/Model/ProcessWebhook.php#L142 is expecting there to be a `data['action']` key in the data the web hook sends, and it is [documented as being there ](https://developer.mailchimp.com/documentation/mailchimp/guides/about-webhooks/). However, in the web hook data we get, it is missing.", False),
    ('https://github.com/mailchimp/mc-magento/issues/169', 'issue', 'other', 'none', "I have commented out the 'switch' logic which had caused massive annoying warnings in system.log:", False),
    ('https://github.com/veda-consulting-company/uk.co.vedaconsulting.mailchimp/issues/59', 'issue', 'other', 'other', 'Please confirm functionality (or lack of?) "unsubscribe" in mailchimp email\n\nDoes this mean Civi only gets told about changes if user chooses to "update preferences" and not if they choose "unsubscribe"? We plan on having separate lists and no groups so this would mean we have to manually update civi on an unsubscribe?', False),
    ('https://github.com/PipedreamHQ/pipedream/issues/8616', 'issue', 'complaint', 'none', "I don't know why we're not getting the webhook, but it's there. Maybe it's some other type of form? I don't know.", False),
    ('https://github.com/putyourlightson/craft-campaign/issues/276', 'issue', 'complaint', 'other', "Unsubscribers in Postmark not being fed back into Campaign\n\nWe are sending out campaigns that stall and stop. I found the reason for this is that some people are in Postmark as unsubscribed, and not in Campaign as unsubscribed.\n\nThese postmark unsubscribes aren't being fed back into Campaign (i'm not even sure how they unsub in postmark and not campaign itself tbh)", False),
    ('https://github.com/putyourlightson/craft-campaign/issues/276', 'issue', 'other', 'none', 'There is. Have you set the webhook URL to the one found under _Settings → General Settings_?', False),
    ('https://github.com/mageplaza/magento-2-webhook/issues/50', 'issue', 'other', 'none', 'Unsubscribe webhook\n\nIn #6, a webhook was added for a newsletter subscription. Although this webhook can contain the field `status` (subscribed, or unsubscribed), it does not fire when a customer unsubscribes.', False),
    ('https://github.com/mageplaza/magento-2-webhook/issues/50', 'issue', 'other', 'none', 'Hi @peterjaap \n\nCurrently, the extension only supports fire hook when customers or guests subscribe.\nIf you want the hook to be fired when unsubscribing, please download and replace this file to follow the path:\n- mageplaza/module-webhook/Observer/Subscriber.php\n\nThen please try again.', False),
    ('https://github.com/verbb/formie/issues/127', 'issue', 'complaint', 'other', 'Mailchimp integration failing\n\n**Description**\nThe Mailchimp integration seems to simply fail. Tested with ActiveCampaign and it worked fine.', False),
    ('https://github.com/verbb/formie/issues/127', 'issue', 'other', 'none', 'Couple of things to check:\n- Your API keys looks like `xxxxxxxxxxxx-us17` - can you confirm the last couple of digits are `us2`\n- Can you confirm a list exists with an ID of `a5588b5797`\n- What email are you using to test?', False),
    ('https://github.com/verbb/formie/issues/2276', 'issue', 'other', 'other', "Mailchimp integration and Spam\n\n### What are you trying to do?\n\nOur queue is full of failed Mailchimp integration (~1256).\nCan you add an option to stop the integration for the following errors:\n- 400 - zozoripob634@gmail.com has signed up to a lot of lists very recently; we're not allowing more signups for now\n- 400 - sample@email.tst looks fake or invalid, please enter a real email address.", False),
    ('https://github.com/mautic/mautic/issues/3629', 'issue', 'complaint', 'other', "mailchimp integration fails on lists/subscribe\n\nI've setup the Mailchimp integration a few months ago. At that time, the tests were successful. But Now, it deosn't work anymore although the Authorisation is still OK.  I even reauthorized a few times, without any problem.  My lists and the possible integration fields are imported. But the actual push of a contact fails.", False),
    ('https://github.com/mautic/mautic/issues/3629', 'issue', 'other', 'none', 'Could be related to #3290 perhaps? are there errors in the logs?', False),
    ('https://github.com/mautic/mautic/issues/3629', 'issue', 'complaint', 'none', 'I think it is. I checked my API logs, and I am also seeing the same response code and a failed call when I submit via a form:', False),
    ('https://github.com/mautic/mautic/issues/3290', 'issue', 'complaint', 'other', 'Mailchimp integration bug - An email address must contain a single @\n\nWhen using the Mailchimp integration, pushing an address from a standalone form, an error log entry reports: An email address must contain a single @ and the user is not added.', False),
    ('https://github.com/mautic/mautic/issues/3290', 'issue', 'complaint', 'none', 'I have the exact same problem. Any updates on this?', False),
    ('https://github.com/mautic/mautic/issues/3290', 'issue', 'complaint', 'none', 'Hi folks,\n\nStill getting this error in 2.71.', False),
    ('https://github.com/PipedreamHQ/pipedream/issues/3486', 'issue', 'other', 'other', 'ConvertKit\n\n### App\n`convertkit`\nhttps://developers.convertkit.com/\n\n### Triggers\n- New subscriber\n- New unsubscribe\n- New purchase', False),
    ('https://github.com/aweber/AWeber-API-PHP-Library/issues/51', 'issue', 'complaint', 'other', 'Internal Server Error when moving subscriber\n\nI get an Internal Server Error when I try to move a subscriber.', False),
    ('https://github.com/aweber/AWeber-API-Ruby-Library/issues/32', 'issue', 'complaint', 'other', 'Changing subscriber data other than list gives 400 Bad Request response\n\nI receive a 400 bad request error when changing the subscriber name, misc_notes, etc.', False),
    ('https://github.com/mautic/mautic/issues/3298', 'issue', 'complaint', 'other', 'Mautic Mailchimp Plugin Unable to Authorize\n\nWhen attempting to authorize the Mail Chimp plugin you are redirected to a 404 page.', False),
    ('https://github.com/mautic/mautic/issues/3298', 'issue', 'other', 'none', "@Aolso004 if this is related to the hosted version, you need to reach out to the support team via the 'Help' button on your instance.  The issues here are for the self-hosted version, as far as I am aware.", False),
    ('https://github.com/mautic/mautic/issues/1274', 'issue', 'complaint', 'other', "[bug] Mailchimp authorisation failing with error Authorization failed with the error message, 'SSL certificate problem: unable to get local issuer certificate'\n\nI needed to re-authorise my Mailchimp application as it seemed to have dropped connection.  Initially clicking re-authorise gave me the error:", False),
    ('https://github.com/mautic/mautic/issues/1274', 'issue', 'other', 'other', "Hello Ruth, I don't think the SSL certificate problem is a Mautic issue. I googled around and found this:", False),
    ('https://github.com/mautic/mautic/issues/1274', 'issue', 'other', 'none', 'So far as I am aware this is not an issue any more.', False),
    ('https://github.com/mautic/mautic/issues/730', 'issue', 'complaint', 'other', 'Mailchimp integration does not work\n\nMailchimp provides just an API key, Mautic requires the standard "Client ID" and "Client Secret", but besides that, upon clicking on "authorize app" a Mailchimp 404 message appears:', False),
    ('https://github.com/mautic/mautic/issues/730', 'issue', 'other', 'other', 'This is a user error. To enable Mailchimp integration you need to create an "App" within Mailchimp. Unlike with other platforms you cannot just create an API code and use that.', False),
    ('https://github.com/mautic/mautic/pull/1351', 'issue', 'other', 'other', 'Fixed Mailchimp BC with oauth authorization\n\n**Description**\n\nThis fixes BC support for mailchimp integrations that may still be using oauth for authentication due to a mis named key.', False),
    ('https://github.com/mautic/mautic/pull/1351', 'issue', 'other', 'other', 'I applied the change manually and it works. Corrects the connection problem and the Mailchimp plugin for Mautic again retrieves the Mailchimp lists and fields. Verified that leads are added to Mailchimp lists.', False),
    ('https://github.com/mautic/mautic/pull/1184', 'issue', 'other', 'other', 'Switched Mailchimp to use API key rather than OAuth\n\n**Description**\nThe mail chimp integration required creating an app and all that to use for OAuth.  This PR switches to API key which is more geared to individual users removing the need to register an app.', False),
    ('https://github.com/mailchimp/mc-magento2/issues/2256', 'issue', 'complaint', 'other', 'Products permanently stuck in SYNCERROR or NEEDTORESYNC', False),
    ('https://github.com/mailchimp/mc-woocommerce/issues/312', 'issue', 'complaint', 'other', 'Error Line 1470 class_mailchimp_api.php\n\nDuring the middle of syncing I started getting Error Line 1470 class_mailchimp_api.php\n\nI see this is throwing an error based on http codes? How can I get syncing of orders to restart? If the error is based on an http code is it being based on my connection between my site and mailchimp?', False),
    ('https://github.com/mailchimp/mc-woocommerce/issues/312', 'issue', 'other', 'none', "Hi @dansperfect, apologies for the delay in getting back to you. Is this still occuring? Or were you able to get things handled? Please let us know and we'll be glad to investigate further.", False),
    ('https://github.com/mailchimp/mc-woocommerce/issues/312', 'issue', 'other', 'none', 'This was fixed. Thank you very much for checking in but I had just upgraded\nto a paid account once it wasnt working to get the instant support and they\nhelped me out.', False),
    ('https://github.com/mailchimp/mc-woocommerce/issues/181', 'issue', 'complaint', 'other', "MailChimp for WooCommerce Sync Stuck\n\nUser's WooCommerce store starts to sync, but then gets stuck. User has tested by removing plugins, changing theme to Storefront, uninstalled and reinstalled plugin, and user meets all the system requirements.", False),
    ('https://github.com/mailchimp/mc-woocommerce/issues/423', 'issue', 'complaint', 'other', "Stuck on initial sync\n\nHello,\n\nWe've run into a problem using this plugin for one of our stores, where the intial sync will remain stuck on MailChimp's side, while the plugin mentions no problems (although the Resync button is not showing for this store).\n\nAt this point, we've reinstalled several times using different API keys, but to no avail.", False),
    ('https://github.com/afup/web/pull/1554', 'issue', 'other', 'other', "afup#1553 fix mailchimp sync\n\nAmélioration des erreurs renvoyées par Mailchimp, traite l'issue #1553 .\n\nAvant, quand une erreur d'API intervennait cela bloqué toute le synchronisation des abonnées.\nMaintenant, on catch les erreurs et on les logs pour ne plus bloquer la synchronisation.", False, 'fr'),
    ('https://github.com/veda-consulting-company/uk.co.vedaconsulting.mailchimp/issues/182', 'issue', 'complaint', 'other', "Error: Failed to access Mailchimp export API\n\nI clicked Mailchimp Sync earlier today and was presented with the following error:\n\n[Error: List 1 All Contacts: Fetched data from Mailchimp]\nFailed to access Mailchimp export API\n\nI noticed that my extension was out-of-date, so I just updated it and tried again, and got the same result. I have used this extension many times in the past without problem, and other than basic updates, there have been no changes to the system. Can anyone suggest why this problem has 'suddenly' arisen?", False),
    ('https://github.com/veda-consulting-company/uk.co.vedaconsulting.mailchimp/issues/182', 'issue', 'other', 'other', "Hi - Sounds like a permission error i.e. your mailchimp account API\ncredentials aren't correct?", False),
    ('https://github.com/veda-consulting-company/uk.co.vedaconsulting.mailchimp/issues/182', 'issue', 'complaint', 'none', 'Parvez,\n\nThanks for the response. I checked and the credentials are find (and unchanged).', False),
    ('https://github.com/veda-consulting-company/uk.co.vedaconsulting.mailchimp/issues/142', 'issue', 'complaint', 'other', 'Civi to Mailchimp Sync Error\n\n[Error: List 1 LISTNAME: Added new subscribers and updating existing data changes]\nAPI call to lists/batch-subscribe failed: Problem (2) in the Chunked-Encoded data\n\nI get the above when syncing from Civi to Mailchimp.', False),
    ('https://github.com/veda-consulting-company/uk.co.vedaconsulting.mailchimp/issues/142', 'issue', 'complaint', 'other', 'I removed all of our contacts from Mailchimp on this list and ran the sync again.  Civi populated mailchimp with the data, but still threw the error above.', False),
    ('https://github.com/veda-consulting-company/uk.co.vedaconsulting.mailchimp/issues/142', 'issue', 'other', 'none', "@jason-vivid I'm guessing this is something specific to the data you're syncing. In the new version of the extension (due out this week) we've added the option to have more logging thrown out so you should be able to see in the log files exactly which data is causing this.", False),
    ('https://github.com/mailjet/mailjet-apiv3-php-no-composer/issues/1', 'issue', 'complaint', 'other', 'Response int(401)\n\nIm integrating Mailjet into my website, and following the "Getting Started !" Github guide of Mailjet, exactly on "Make your first call" I got this message from server: int(401)', False),
    ('https://github.com/mailjet/mailjet-apiv3-php-no-composer/issues/1', 'issue', 'complaint', 'none', 'Same happens on my try...do you solve it?', False),
    ('https://github.com/mailjet/mailjet-apiv3-php-no-composer/issues/1', 'issue', 'complaint', 'other', 'Same here, with mailjet github c# library, getting 401 error', False),
    ('https://github.com/mailjet/mailjet-apiv3-php-no-composer/issues/1', 'issue', 'complaint', 'none', 'Same here as well ! :/ \n1 year later, nothing new ?\nError 401 // Unauthorized You have specified an incorrect Api Key / API Secret Key. You may be unauthorized to access the API or your API key may be expired. Visit API keys Management section to check your keys.', False),
    ('https://github.com/mailjet/mailjet-apiv3-java/issues/189', 'issue', 'complaint', 'other', "com.mailjet.client.errors.MailjetUnauthorizedException: Unauthorized\n\nI have entered the API KEY and SECRET KEY and double checked as well. Yet, I always get the error.\n\n`com.mailjet.client.errors.MailjetUnauthorizedException: Unauthorized. Please,verify your access key and access secret key or token for the given account`\n\nTried resetting the secret key, doesn't work.\nJust following the documentation but completely stuck here.", False),
    ('https://github.com/mailjet/mailjet-apiv3-java/issues/100', 'issue', 'complaint', 'other', "keep getting 401 error\n\ni'm using the example provided in Email API documentation, using my keys but i keep getting 401 error code, which is related to incorrect Api Key / API Secret Key but i'm pretty sure that my keys are correct.", False),
    ('https://github.com/mailjet/mailjet-apiv3-java/issues/100', 'issue', 'other', 'other', 'Hello ch-nour, \n\nThe most common reason people have a 401 error while using this library when they are certain to have the right keys is an error at the level of the instantiation.', False),
    ('https://github.com/mailjet/mailjet-apiv3-java/issues/100', 'issue', 'other', 'none', 'Thanks Emmanuel It works now.', False),
    ('https://github.com/mailjet/mailjet-apiv3-nodejs/issues/163', 'issue', 'complaint', 'other', 'Mailjet err.statusCode 401\n\nHello! Just trying to send some emails with given example code in mail https://app.mailjet.com/auth/get_started/developer but getting error 401! how can we solve that issue?', False),
    ('https://github.com/mailjet/mailjet-apiv3-nodejs/issues/163', 'issue', 'other', 'none', '401 is an authentication error, there must be a problem with the way you configure API keys somehow', False),
    ('https://github.com/ThetaTau/CMT/issues/903', 'issue', 'complaint', 'other', 'AnymailRequestsAPIError: Mailjet API response 401 (Unauthorized): { "ErrorIdentifier": "669e9d84-5343-411d-99b7-f2a68fdaa743", "ErrorCode": "mj-0001", "StatusCode": 401, "ErrorMessage": "Your account', False),
    ('https://github.com/mailjet/mailjet-gem/pull/258', 'issue', 'other', 'other', 'Fixed issue with sending unmodified parameters\n\nattempt to subscribe a contact via\n\nPUT   https://api.mailjet.com/v3/REST/listrecipient/{listrecipient_ID}\n\nthe call goes through without issues. But when try to unsubscribe a contact, by switching IsUnsubscribed to false, get:\n\n401 Unauthorized - Invalid Domain or API key: Internal error: MJ19 Setting a value for property "UnsubscribedAt" is not allowed (Mailjet::Unauthorized)', False),
    ('https://github.com/mailjet/mailjet-gem/issues/17', 'issue', 'complaint', 'none', 'Errors when sending emails.\n\nWhen use smtp i get this:\n\n```\nNet::SMTPAuthenticationError (435 4.7.8 Error: authentication failed:)\n```', False),
    ('https://github.com/mailchimp/mc-magento/issues/530', 'issue', 'complaint', 'other', 'API call errors after upgrade\n\nAPI call errors after upgrade to latest version\n\nOccurs multiple times in logging, is there more info you need?', False),
    ('https://github.com/veda-consulting-company/uk.co.vedaconsulting.mailchimp/issues/299', 'issue', 'complaint', 'other', 'Contacts in mailchimp missing first name, last name, civiID\n\nAfter scheduled job ran to push contacts to mailchimp form civicrm, some contacts were missing important data like first name, last name, etc. I looked into the scheduled job log and for some contacts the sync failed with following error message:\n\nFinished execution of Mailchimp Push Sync with result: Failure, Error message: Mailchimp API said: akamai_503', False),
    ('https://github.com/veda-consulting-company/uk.co.vedaconsulting.mailchimp/issues/299', 'issue', 'other', 'other', '@sunnycs121 Thank you for sharing all the details. Akamai is the firewall used by MailChimp. The error indicates your server IP is blocked. The only way to resolve this would be to move your website to another server with different IP address.', False),
    ('https://github.com/ibericode/mailchimp-for-wordpress/issues/591', 'issue', 'complaint', 'other', 'Not Connected - This account has been deactivated.\n\n### The issue\nMailChimp returned the following error:\nForbidden. User Disabled. This account has been deactivated. Request: GET https://us13.api.mailchimp.com/3.0/ Response: 403 Forbidden - {"type":"http://developer.mailchimp.com/documentation/mailchimp/guides/error-glossary/","title":"User Disabled","status":403,"detail":"This account has been deactivated.","instance":"0141b85e-2e9b-4652-9e5b-a6c194841d75"}', False),
    ('https://github.com/ibericode/mailchimp-for-wordpress/issues/591', 'issue', 'other', 'none', "Actually - just created a new API key and pasted that in - and it's connected again. So maybe not a problem at all.", False),
    ('https://github.com/ibericode/mailchimp-for-wordpress/issues/591', 'issue', 'other', 'other', 'thanks for letting us know.\n\nWe only use git for development related issues. For free support please create a ticket at https://wordpress.org/support/plugin/mailchimp-for-wp', False),
    ('https://github.com/campaignmonitor/createsend-java/issues/22', 'issue', 'complaint', 'none', 'Hi I am trying to execute your sample but it is giving error "The API call failed due to an unexpected HTTP error: Found"', False),
]
