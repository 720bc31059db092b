# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 431 (mine-b431): FORUM VOICE, English first - community forums and Q&A pages about an app or
# integration whose credentials are rejected, whose sync / webhook stopped or whose OAuth connection expires.
# The forum side of the theme turned out to be almost exhausted in the stored `pages` corpus: 36 `pages`
# searches (n8n, Home Assistant, Make, Zapier, Shopify, WordPress.org support topics, Bubble, HubSpot,
# Airtable, Stack Overflow, Zoom / Auth0 / Retool / Glide / Cloudflare / Xero / Atlassian / Spotify / Apple /
# openHAB / Hubitat / Node-RED forums) returned mostly vendor docs and SEO blog posts, and nearly every real
# forum thread they did return was already in the corpus (see "Skipped" below). Only 7 new forum threads were
# found (13 rows, voice='forum'): Zoom developer forum (webhook signature verification failing; deauthorization
# how-to), Auth0 community KB on expired refresh tokens, a WordPress.org Site Kit support topic (via the
# ads-software.com mirror) with an "insufficient permission" error, a Cloudflare-plugin support topic (via the
# remarpro.com mirror, developer replies only), RongCloud's forum on token refresh, and one Korean WordPress
# forum post pasting a WP Mail SMTP / Gmail 401. As the brief allows when a forum is unavailable, the rest
# (42 threads, 83 rows, voice='issue') comes from GitHub issue threads of the same ecosystems the brief names:
# n8n (credential test failures, community nodes, PRs), Pipedream connected accounts (Paytrace 401, Zoom and
# Withings tokens not refreshing), Home Assistant custom integrations (Vivint / Emporia / FRITZ!Box / Growatt /
# BMW / HomeWhiz / Wyze credentials rejected or not changeable after a password change, reauth-flow PRs and
# enhancement issues, a Claude-usage integration "Token refresh failed (400)"), WordPress / Craft form plugins
# losing Google Sheets (formie, fluentform, a WooCommerce Google-Sheets importer), a CiviCRM SparkPost
# extension refusing a full-rights API key, OpenHands losing its GitHub token daily, WooCommerce / Saleor /
# Polar / Fast webhook auto-disable PRs and docs, Airtable API-key deprecation tasks, and HubSpot / Zapier
# near misses.
# Complaints are first-person reports of a failing connection now ("Authorization failed - please check your
# credentials", "A Paytrace step is getting 401 Unauthorized today", "requests start to fail ... invalid_token",
# "I recently changed my password and that caused my Vivint integration to break", "now everything in HA is
# broken", "I'm getting an "Invalid Authentication" Error", "Only updated the integration and starting to get
# this error", "Tried the downgrade also no luck", "Failed setup, will retry: Token refresh failed (400)",
# "I get two "Failed to Refresh Token" toasts, and have to re-login to Github", "I have reconnected the account
# multiple times to no avail", "the connection that was being used to access google has changed and no longer
# allows you to connect", "These applications are not reaching the Google spreadsheet", "Could not list
# webhooks (Sparkpost error: Permission denied...)", "the signature we generate doesn't match the
# x-zm-signature header", a pasted Gmail 401 in Korean, Portuguese "hora conecta hora nao conecta", Russian
# "n8n-gigachat не авторизуется"). Near misses kept from the same threads: maintainers' questions and
# diagnoses ("Can you enable debug logs", "Please be sure that you are not using a VPN", "I am unable to
# replicate this issue"), "works now" follow-ups ("seems to work suddenly after i enabled extensive logging",
# "I reclicked the buttons. Now it works", "I determined that the problem was the worksheet name", "The
# entity names were the same and everything worked as expected", "I confirm all good on my side"), how-to questions
# ("How do I update the integration's configuration to match?", "What's the alternative way of integrating
# with the App other than Oath 2.0?", Zoom deauthorization data-compliance questions), feature requests and
# enhancement issues (reauth flows, Zapier / Formbricks webhook-state sync, "can a feature be added to just
# re-authenticate"), PR descriptions and release notes (n8n credential tests, Zendesk auth test, free@home
# and casambi reauth flows, saleor / fast-checkout webhook disabling, autokitteh calendar watch renewal),
# vendor KB pages posted in forums (Auth0, RongCloud), deprecation tasks (Airtable API keys) and trouble that
# is not a connection between two systems (Home Assistant companion apps asking to log in again, a web
# console's own session, the MVP site's own login).
# Sources (49 threads; texts copied from the excerpts the `search` tool returned - a title and first
# sentences, or one comment - trimmed, never reworded or translated; quoted earlier comments left out):
#  forum (pages corpus): devforum.zoom.us 133778 43170, community.auth0.com 183231, ads-software.com
#  support/topic/sitekit-setup-error-2, remarpro.com support/topic/make-the-flow-better,
#  help.rongcloud.io 32, cosmosfarm.com threads/document/57111 (Korean);
#  issue (issues corpus): n8n-io/n8n #18316 PR #2406 PR #34605, evolution-foundation/evolution-api #1562,
#  tomyumm-ge/n8n-gigachat #33, PipedreamHQ/pipedream #2846 #5346 #4566, jheling/freeathome PR #303,
#  natekspencer/ha-vivint #130, magico13/ha-emporia-vue #340, home-assistant/core #45497 #54536 #131159,
#  lkempf/casambi-bt-hass PR #50, MattDahEpic/ha-midas #31, home-assistant/frontend #26421,
#  HandyHat/ha-hildebrandglow-dcc #121, Crocoblock/jetformbuilder #145, mautic/mautic PR #11470,
#  airbytehq/airbyte #23242, appsmithorg/appsmith #24927, home-assistant-HomeWhiz/home-assistant-HomeWhiz
#  #259, SecKatie/ha-wyzeapi #149, woocommerce/woocommerce #23708 #27783, polarsource/polar #8815,
#  fast-af/fast-checkout-woocommerce PR #61, saleor/saleor PR #9904, autokitteh/autokitteh PR #1020,
#  microsoft/mvp #40, streamshub/console #426, trickv/hass-claude-usage #7, dailydotdev/daily-gateway PR #396,
#  guerrerotook/securitas-direct-new-api #568, OpenHands/OpenHands #5812, verbb/formie #1329,
#  OlegApanovich/import-products-from-gsheet-for-woo-importer #18, brafdlog/caspion #284,
#  fluentform/fluentform #344, formbricks/formbricks #4635, cividesk/com.cividesk.email.sparkpost #38.
# Look-ups: 48 of the 50 allowed, all `search` (36 on the pages corpus, 12 on the issues corpus; no
# read_file / find_string / fetch). Pages queries: n8n 401 credentials; Home Assistant
# reauth (x3); n8n forum template wording; Zapier connection expired; "integration shows Invalid
# authentication"; WordPress.org plugin API key invalid; Make connection expired; Shopify webhook not
# firing; WordPress Mailchimp support topic; Stack Overflow webhook 401; Bubble API Connector 401; HubSpot
# sync disconnected; Airtable token; Google Sheets invalid_grant on Stack Overflow; n8n Google Sheets
# credentials; Zoom webhook deauthorized; Zoom invalid access token 124; Auth0 invalid refresh token;
# Shopify invalid API key; Retool OAuth expiry; Glide Sheets sync; Cloudflare API token 10000; SmartThings
# webhook; WP Mail SMTP Gmail token; Site Kit disconnected; Mailchimp for WooCommerce; Jetpack connection;
# Sign in with Apple invalid_client; Atlassian webhook; Spotify invalid_grant; Xero invalid_grant; openHAB
# binding OFFLINE; Hubitat cloud login; Node-RED 401. Issues queries: n8n "Authorization failed"; Pipedream
# connected account 401; Home Assistant password change / reauth; HubSpot WordPress forms; Airtable
# AUTHENTICATION_REQUIRED; Home Assistant "Invalid authentication"; WooCommerce webhook disabled; Make /
# Integromat connection expired; "keeps asking to re-login every day"; WordPress Google Sheets invalid_grant;
# Zapier webhook / API key rejected; Mailchimp API key invalid.
# Checked: every thread URL grepped (full URL, and for WordPress.org mirrors the /support/topic/ path) over
# /work/main/tools/real/b*.py, /work/main/tools/real/pending/*.py and /work/wt/*/tools/real/pending/*.py
# before use; python3 /work/notes/dupcheck.py prints problems: 0; build.py passes.
# Skipped as already in the corpus (URL or same thread found): devforum.zoom.us 94662 74432 89884 142405;
# community.auth0.com 120406 (both slug variants); community.shopify.com 3332 and technical-q-a 2331245;
# premium.wpmudev.org anti-splog-losing-api-key, api-key-6; wordpress.org api-authorisation-issue (wp.xz.cn
# mirror) and api-token-does-not-appear-to-be-valid (wp.xz.cn mirror); community.retool.com 57042;
# community.easymorph.com 4522; community.glideapps.com 67515; community.cloudflare.com 627742;
# community.xero.com 125347287 127920775; community.hubitat.com 80825; community.smartthings.com 266205;
# n8n-io/n8n #20237 #15605 #13701 #25585; PipedreamHQ/pipedream #16239 #8412 #4564 #4222 #18147 #6176 #5494
# #11839; bvis/aegis-hass #90; Crazy-Duck/home-assistant-fiftyfive #63; umbraco/Umbraco.Cms.Integrations
# #270; verbb/formie #1107 #2013 #653 #886; ToolJet/ToolJet #17192 PR #17635; CommonsBuild/coordination
# #526; fossasia/eventyay-hubspot #9; elegantthemes/create-divi-extension #597; airbytehq/airbyte #25278 PR
# #25255; fuxingloh/airtable #15; simonw/airtable-export #32 #21; Airtable/airtable.js #357;
# bergant/airtabler #19; TappNetwork/laravel-airtable #78; yashatgit/MMM-Airtable #8;
# lipemon1/airtableunity #2; woocommerce/woocommerce PR #17548 #8876 #8922 #59381;
# woocommerce/woocommerce-rest-api-docs #182; Vertco/DataverseForNinjaOne #5; activepieces/activepieces
# #3067; vm0-ai/vm0 #22470; ComposioHQ/composio PR #2614; Expensify/App #54298; microsoft/coe-starter-kit
# #2510; femiwiki/femiwiki #341; unikubehq/cli #119; calkit/calkit #1465; adobe-apiplatform/user-sync.py
# #352; moshenskyDV/CF7-spreadsheets #8; baptisteArno/typebot.io #1055; automatisch/automatisch #1579;
# formbricks/formbricks #4344; a-marenkov/gsheets #51; FlowiseAI/Flowise #2177; linuxfoundation/crowd.dev
# #791; mariovalney/cf7-to-zapier #7 #11; calcom/cal.diy #7066; every EvanHerman/yikes-inc-easy-mailchimp-
# extender and veda-consulting mailchimp thread the last query returned.
# Rejected: vendor docs, help-centre articles and SEO / "how to fix" blog posts (most pages results);
# a personal Jetpack debugging blog (lancecleveland.com, not a forum); Home Assistant core threads about
# the HA frontend's own "Login attempt failed" (#114575 #90117 #62852 #93764 #171598) and the Cloudflared
# add-on login (homeassistant-apps/app-cloudflared #932) - the app's own login, not a connection between two
# systems, and mostly log-only; "+1" / "Same here." one-liners (already in the corpus as texts);
# mariovalney/cf7-to-zapier #10 (404 after form submit, cause unclear); Zendesk / mautic / zapier-platform
# PRs with title-only excerpts; the Glide outage post-mortem (already in corpus anyway).
# Doubtful labels and how they were decided:
#  - devforum.zoom.us 133778: a developer whose verification of Zoom's webhook signature fails -> complaint
#    (the webhook authentication between Zoom and their endpoint fails now); the doc question in the same
#    post -> other.
#  - ads-software.com sitekit-setup-error-2: "You have insufficient permission" after connecting AdSense with a
#    different Google account -> complaint (the Site Kit - Google connection fails; support would open a ticket),
#    though it is a configuration mistake, as the plugin-support reply explains (other).
#  - PipedreamHQ/pipedream #5346: written by Pipedream staff, but it reports Zoom token refreshes failing for
#    customers now -> complaint, like pipedream #4222 "User report" in b74; the interim workaround -> other.
#  - magico13/ha-emporia-vue #340: the opening ("my password changed, now everything in HA is broken... Not
#    seeing a way to re-authenticate") -> complaint; CygnusX2112 "I'm facing this issue as well" -> complaint
#    (+1 on the report) although it is phrased like a wish; "can a feature be added" -> other.
#  - home-assistant/core #54536: the opening only fears that Growatt "just stops working" -> other; the next
#    comment "indeed it throws a log message" with the logger lines -> complaint.
#  - OpenHands/OpenHands #5812: the hosted app's GitHub token failing to refresh daily -> complaint (OpenHands
#    <-> GitHub); enyst's "as a user I find this annoying" -> complaint (+1).
#  - brafdlog/caspion #284 and woocommerce/woocommerce #27783: the connection works or the user chose not to
#    re-authenticate; the report is about a toggle / key bookkeeping -> other.
#  - fluentform/fluentform #344: "connection ... lost with last update" with a range error -> complaint as
#    written; the writer's own follow-up (worksheet name) -> other.
#  - streamshub/console #426, microsoft/mvp #40, home-assistant/frontend #26421: a product's own session or
#    login, not a link between two systems -> other.
#  - Integration: 'other' wherever the row names the product it is about (Zoom, Auth0, Site Kit / Google,
#    n8n, Pipedream apps, Vivint, Emporia, FRITZ!Box, Growatt, BMW, HomeWhiz, Wyze, Google Sheets, SparkPost,
#    GitHub, Airtable, HubSpot, Zapier, WooCommerce...); 'none' for replies naming no product. No row is about
#    ActiveCampaign, Keap or Stripe. No row says a key got out (exposure_mentioned False throughout).
# Shortfall: 96 rows from 49 threads, 31 complaints (32%), below the 120 rows / 50-60% asked; only 13 rows are
# forum voice - the look-up budget ran out on already-mined forum threads.
ROWS = [
    ('https://devforum.zoom.us/t/cant-verify-deauthorization-event-notification-using-secret-token/133778', 'forum', 'complaint', 'other', "Can't Verify Deauthorization Event Notification using Secret token\n\nError:\nDespite following your documentation process step-by-step, the signature we generate doesn't match the “x-zm-signature” header we receive from Zoom.", False),
    ('https://devforum.zoom.us/t/cant-verify-deauthorization-event-notification-using-secret-token/133778', 'forum', 'other', 'other', 'I noticed that in your documentation (Option 2, end of Step 1), you reference a page explaining the Deauthorization request, but that page no longer exists. Why was it removed, and where can we find this information now?', False),
    ('https://devforum.zoom.us/t/deauthorization-endpoint-and-expectation/43170', 'forum', 'other', 'other', 'Deauthorization endpoint and expectation\n\nDescription\n\nWe are planning to start the process of publishing our application to Zoom marketplace. We are developing an application which will be using account based OAuth flow. We are not going to be using per user based authentication flow and so we do not store any user information.', False),
    ('https://devforum.zoom.us/t/deauthorization-endpoint-and-expectation/43170', 'forum', 'other', 'other', 'What happens if zoom never receives our data compliance request due to an issue? Should we retry?', False),
    ('https://community.auth0.com/t/handling-expired-refresh-tokens/183231', 'forum', 'other', 'other', 'Handling Expired Refresh Tokens\n\nOverview\n\nRefresh tokens in Auth0 allow applications to obtain new access tokens without requiring user interaction. However, they can expire or become invalid due to various reasons, causing authentication failures. This article explains common causes and solutions for expired refresh tokens.', False),
    ('https://community.auth0.com/t/handling-expired-refresh-tokens/183231', 'forum', 'other', 'other', 'If refresh token rotation is enabled, each token is valid only once. Using an old token results in an error. If the refresh token is not used within the idle lifetime period, it becomes invalid. Refresh tokens expire after a fixed duration, regardless of usage. User logouts, password changes, or security policies may revoke tokens.', False),
    ('https://ads-software.com/support/topic/sitekit-setup-error-2', 'forum', 'complaint', 'other', 'Hi, I am using sitekit plugin, I am using with [email protected] email id for analytics, search console and pagespeed insights but I am using adsense with different gmail id.\n\nSo that I found an error “You have insufficient permission”\n\nwhat should I do in such situation?', False),
    ('https://ads-software.com/support/topic/sitekit-setup-error-2', 'forum', 'other', 'other', 'Site Kit can be connected to one Google account per WordPress administrator. If you set up Site Kit with Analytics using one Google account, and then connect AdSense using a different Google account, Site Kit will switch to the Google account used to connect AdSense.', False),
    ('https://remarpro.com/support/topic/make-the-flow-better', 'forum', 'other', 'other', 'Is the PHP Warning with the correct API Token something ongoing or did it fix itself?', False),
    ('https://remarpro.com/support/topic/make-the-flow-better', 'forum', 'other', 'other', 'As far as verifying API Tokens, I 100% agree that it should be done, however there isn’t a particularly great way to do it with the Cloudflare API. Specifically, you need to grant the API token an extra permission related to API management…', False),
    ('http://help.rongcloud.io/t/how-does-the-token-refresh-mechanism-work/32', 'forum', 'other', 'other', 'We don’t refresh Tokens automatically. Developers initiate Token refreshs in these scenarios:\n-\nConfigure the Token’s validity period in the Developer Console, defaulting to permanent.', False),
    ('http://help.rongcloud.io/t/how-does-the-token-refresh-mechanism-work/32', 'forum', 'other', 'other', 'After refreshing the App Secret in the Developer Console, previously obtained Tokens become invalid. Use the new App Secret to generate a signature and retrieve a new Token.', False),
    ('https://cosmosfarm.com/threads/document/57111?answer_order=desc&answer_sort=uid', 'forum', 'complaint', 'other', '이메일 전송\n\nWP Mail SMTP 플러그인 오류내용입니다.\n\nHeads up! The last email your site attempted to send was unsuccessful.\n\nEmail Source: WP Core\nMailer: Google / Gmail\n"error": {\n"code": 401,\n"message": "Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential.', False, 'ko'),
    ('https://github.com/n8n-io/n8n/issues/18316', 'issue', 'complaint', 'other', 'Authorization failed - please check your credentials\n\n## Describe the problem/error/question\neverytime I try to build a Header auth node I get the same exact error. each time with a different api but the same error.\n\n## What is the error message (if any)? Problem in node ‘Video Generation‘\nAuthorization failed - please check your credentials', False),
    ('https://github.com/n8n-io/n8n/pull/2406', 'issue', 'other', 'other', ':sparkles: Add Zendesk auth test for Api Token\n\nThis PR adds auth test for Zendesk API', False),
    ('https://github.com/n8n-io/n8n/pull/2406', 'issue', 'other', 'other', 'Thanks a lot for this PR. I did just run the code but I get this error:\nEven though the credentials work totally fine for me. Meaning if I run "Tickets -> Get All" the request works even though the credential check says they are wrong. Do you have an idea why that could be the case?', False),
    ('https://github.com/n8n-io/n8n/pull/2406', 'issue', 'other', 'none', '@janober , Thanks a lot for your quick review and feedback. I was using oauth2 token instead of api token and you had to use oauth2 token. Now I changed it to use api token, can you please retry it when you have time?', False),
    ('https://github.com/n8n-io/n8n/pull/2406', 'issue', 'other', 'none', 'Got released with n8n@0.149.0', False),
    ('https://github.com/n8n-io/n8n/pull/34605', 'issue', 'other', 'other', 'fix(N8n Node): Update credential test to use an endpoint with no extra scopes\n\n## Summary\n\nBefore, `n8nApi` credentials used `/workflows` endpoint for the credential test. However, that requires the API key to have `workflows:list` scope, which is not always the case.', False),
    ('https://github.com/evolution-foundation/evolution-api/issues/1562', 'issue', 'complaint', 'other', 'Authorization failed - please check your credentials\n\n### What did you do?\n\nAuthorization failed - please check your credentials\nUnauthorized\n\n### What did you expect?\n\nhora conecta hora nao conecta\n\n### What did you observe instead of what you expected?\n\npodem me ajudar?', False, 'pt'),
    ('https://github.com/tomyumm-ge/n8n-gigachat/issues/33', 'issue', 'complaint', 'other', 'После обновления нет возможности ввести authorization key\n\n**Описание**\nsalute-speech корректно авторизуется и работает\nn8n-gigachat не авторизуется', False, 'ru'),
    ('https://github.com/PipedreamHQ/pipedream/issues/2846', 'issue', 'complaint', 'other', '[BUG] Pipedream: 401 Unauthorized\n\n**Describe the bug**\nA Paytrace step is getting 401 Unauthorized today.\n\n**Expected behavior**\nExpected credentials to refresh :)', False),
    ('https://github.com/PipedreamHQ/pipedream/issues/2846', 'issue', 'other', 'other', 'Went into the accounts section and saw that the account was "unhealthy" so I reclicked the buttons. Now it works. So maybe this is also a feature request: when there\'s an error like that in a workflow, redirect to account section to get the account healthy?', False),
    ('https://github.com/PipedreamHQ/pipedream/issues/2846', 'issue', 'other', 'none', "@isaiahtaylor yes, that's a great idea. Would you mind raising a separate feature request so we have that tracked?", False),
    ('https://github.com/PipedreamHQ/pipedream/issues/5346', 'issue', 'complaint', 'other', "[BUG] Zoom and Zoom Admin accounts not properly refreshing\n\nStarting 2023-01-22, we've been seeing an increased failure rate for Zoom and Zoom Admin accounts when attempting to refresh their access tokens. As a result, some customers have seen Zoom and Zoom Admin steps within their workflows fail.", False),
    ('https://github.com/PipedreamHQ/pipedream/issues/5346', 'issue', 'other', 'other', 'Manually reconnecting their account should resolve the issue in the interim, while we investigate.', False),
    ('https://github.com/PipedreamHQ/pipedream/issues/4566', 'issue', 'complaint', 'other', "[BUG] Access token doesn't get refreshed for Withings\n\n**Describe the bug**\nAfter 3 hours of creating a new connection to Withings, requests start to fail with the following error:\n\n`{ status: 401, body: {}, error: 'XRequestID: Not provided invalid_token: The access token provided is invalid' }`", False),
    ('https://github.com/PipedreamHQ/pipedream/issues/4566', 'issue', 'complaint', 'other', 'The only way to fix the integration is to create a new connection to Withings (which then works for the next 3 hours).', False),
    ('https://github.com/PipedreamHQ/pipedream/issues/4566', 'issue', 'other', 'none', '@edusteinhorst Thank you for reporting this issue, I am able to recreate the error with the given steps. The following error can be seen in the logs, 3 hours after connecting the app, when trying to fetch events.', False),
    ('https://github.com/jheling/freeathome/pull/303', 'issue', 'other', 'other', 'Add a reauth flow for the credentials, keep reconfigure for the host\n\n## Summary\n\nThe integration asks for host, username and password only during the first setup. When the password changes in free@home, there is no screen to update it; #200 asks for exactly that.', False),
    ('https://github.com/natekspencer/ha-vivint/issues/130', 'issue', 'complaint', 'other', 'Unable to Re-Authenticate my Credentials after changing Vivint Password\n\n### The problem\n\nI recently changed my password and that caused my Vivint integration to break. I went into the integration and click configure.  However, I see no way to input my new credentials based on the Options screen.', False),
    ('https://github.com/natekspencer/ha-vivint/issues/130', 'issue', 'other', 'none', 'Can you enable debug logs and post those so I can see what error is actually being thrown? In the past, it would throw a 4xx error when authentication changed, which is caught and then bubbles up to Home Assistant to ask for new credentials.', False),
    ('https://github.com/natekspencer/ha-vivint/issues/130', 'issue', 'other', 'other', 'Can you try updating the Vivint integration to 2024.3.0', False),
    ('https://github.com/magico13/ha-emporia-vue/issues/340', 'issue', 'complaint', 'other', 'How to update the password without deleting and re-installing?\n\nI have dozens of integrations and my password changed, now everything in HA is broken... Not seeing a way to re-authenticate without redoing everything??? :(', False),
    ('https://github.com/magico13/ha-emporia-vue/issues/340', 'issue', 'other', 'other', "Removing and readding shouldn't actually break anything as long as you haven't renamed anything in the Emporia app. There might be a way to change the password that's stored inside Home Assistant but that is likely more work.", False),
    ('https://github.com/magico13/ha-emporia-vue/issues/340', 'issue', 'other', 'none', 'can a feature be added to just re-authenticate without having to delete and recreate everything?', False),
    ('https://github.com/magico13/ha-emporia-vue/issues/340', 'issue', 'other', 'other', 'FWIW, I just encountered this same issue (needing to reauthenticate), so I made a backup - then just deleted & re-added. The entity names were the same and everything worked as expected. Thanks @magico13!', False),
    ('https://github.com/magico13/ha-emporia-vue/issues/340', 'issue', 'complaint', 'none', "I'm facing this issue as well. It would be preferable to not have to reinstall for something as silly as a password update.", False),
    ('https://github.com/home-assistant/core/issues/45497', 'issue', 'complaint', 'other', "Unable to change credentials for AVM FRITZ!SmartHome\n\n## The problem\n\nWith the recent security disclosure, users are advised to change their credentials through their systems. \n\nAfter changing the credentials on my FRITZ!Box for the HA Integrations account, the `fritzbox` integration doesn't offer any means to change the configured credentials if set up through the Integrations UI.", False),
    ('https://github.com/home-assistant/core/issues/54536', 'issue', 'other', 'other', "Growatt server, no way to change credentials\n\n### The problem\n\nI have changed my password for the growatt cloud service (server.growatt.com).\n\nThere is no way to change the password in the growatt server integration, there is no configuration option. (I think there was in the old configuration.yaml days)\nDon't know if it will pop up with a credential question when the current session is expired and it needs to reauthenticate. or just stops working.", False),
    ('https://github.com/home-assistant/core/issues/54536', 'issue', 'complaint', 'other', 'indeed it throws a log message:\n```\nLogger: homeassistant.components.growatt_server.sensor\nSource: components/growatt_server/sensor.py:584\nIntegration: Growatt Server (documentation, issues)', False),
    ('https://github.com/lkempf/casambi-bt-hass/pull/50', 'issue', 'other', 'other', 'feat: add reauth config flow\n\nThis adds a [reauthentication config flow](https://developers.home-assistant.io/docs/config_entries_config_flow_handler/#reauthentication) to update the password once connection fails.', False),
    ('https://github.com/MattDahEpic/ha-midas/issues/31', 'issue', 'other', 'none', "Raise reauth exception on auth failure, support reauth flow\n\nCurrently if auth fails no issue is raised to the user, and we also don't handle changing the user's saved credentials.", False),
    ('https://github.com/MattDahEpic/ha-midas/issues/31', 'issue', 'other', 'none', 'No longer applicable, auth is not needed for api', False),
    ('https://github.com/home-assistant/frontend/issues/26421', 'issue', 'other', 'other', 'Reauthorization after every config change\n\n### Describe the issue you are experiencing\n\nEvery time there is a major change on my home assistant, i have to reboot the entire HA yellow, clear app cache and reauthenticate on each and every one of my devices (add local and cloud url, user and password to my phone, 6 tablets, watch, vehicle app, etc...)', False),
    ('https://github.com/HandyHat/ha-hildebrandglow-dcc/issues/121', 'issue', 'other', 'other', "Changing password\n\nI changed my password on the Bright app. How do I update the integration's configuration to match?\n\nIf I delete the integration from my HA and re-add it using the new password credentials, will it lose past data, or cause new data to be disconnected from old data?", False),
    ('https://github.com/HandyHat/ha-hildebrandglow-dcc/issues/121', 'issue', 'other', 'none', 'If you remove the integration and add it back, no data will be lost.', False),
    ('https://github.com/HandyHat/ha-hildebrandglow-dcc/issues/121', 'issue', 'other', 'none', 'Thanks.  I added a second copy of the account and that seemed to work too.', False),
    ('https://github.com/Crocoblock/jetformbuilder/issues/145', 'issue', 'other', 'other', "Hubspot API Integration\n\nHubspot have sunsetted its API.\n\nWhat's the alternative way of integrating with the App other than Oath 2.0?", False),
    ('https://github.com/mautic/mautic/pull/11470', 'issue', 'other', 'none', 'Pretty sure I just ran the command from the docs with --all but it was a week ago now', False),
    ('https://github.com/airbytehq/airbyte/issues/23242', 'issue', 'other', 'other', 'Source Airtable: API Key Deprecation', False),
    ('https://github.com/appsmithorg/appsmith/issues/24927', 'issue', 'other', 'other', '[Task]: draft doc for airtable API key deprecation and new personal token based auth', False),
    ('https://github.com/home-assistant-HomeWhiz/home-assistant-HomeWhiz/issues/259', 'issue', 'complaint', 'other', 'Invalid Authentication\n\nHello,\n\nI\'m trying to connect to Homewhiz over cloud. But if I\'m using my emails as "username" and my normal password, I\'m getting an "Invalid Authentication" Error.\n\nDo you know why?', False),
    ('https://github.com/home-assistant-HomeWhiz/home-assistant-HomeWhiz/issues/259', 'issue', 'other', 'none', 'seems to work suddenly after i enabled extensive logging', False),
    ('https://github.com/home-assistant/core/issues/131159', 'issue', 'complaint', 'other', "Random invalid authentication returned after months of successful use\n\n### The problem\n\nAfter using the integration successfully for many months the integration appeared to 'logout' of my Connected Drive account and on my attempts to reconfigure in Home Assistant and reenter my login details for Connected Drive I am receiving an Invalid Authentication error message in Home Assistant. I've tried to log out and log back in to the app on my Android phone and the login credentials are successful on the app.", False),
    ('https://github.com/home-assistant/core/issues/131159', 'issue', 'other', 'none', 'Duplicae of #128598.', False),
    ('https://github.com/SecKatie/ha-wyzeapi/issues/149', 'issue', 'complaint', 'other', 'Invalid authentication\n\nHad issues with the integration. Found that I still had the login details in configuration.yaml. Removed from the intergration as well as from hacs, as well as details in configuration.yaml. Rebooted and followed process of adding as new integration. Now keep getting, Invalid authentication. I have tested both the wyze app and website that works. Reset with new password and still the same.', False),
    ('https://github.com/SecKatie/ha-wyzeapi/issues/149', 'issue', 'other', 'other', 'Please be sure that you are not using a VPN I have noticed this issue where CloudFront from Amazon blocks requests that are coming from a VPN.', False),
    ('https://github.com/SecKatie/ha-wyzeapi/issues/149', 'issue', 'other', 'none', 'I am unable to replicate this issue on my instance', False),
    ('https://github.com/SecKatie/ha-wyzeapi/issues/149', 'issue', 'complaint', 'none', 'Nothing on my side changed. Only updated the integration and starting to get this error.\n\nLooked at all logs and nothing is being blocked on my firewall.', False),
    ('https://github.com/SecKatie/ha-wyzeapi/issues/149', 'issue', 'other', 'none', 'Please enable the debug logging and provide your home assistant log. There might be something in there. If you downgrade does it start working again?', False),
    ('https://github.com/SecKatie/ha-wyzeapi/issues/149', 'issue', 'complaint', 'none', "Tried the downgrade also no luck.\n\nBusy reinstalling as wyzeapi doesn't show in logs even with the debug enabled.", False),
    ('https://github.com/woocommerce/woocommerce/issues/23708', 'issue', 'other', 'none', 'Hi, I did some thorough testing and unable to replicate this.\n\nPlease see three webhooks for the same action, where only one is active', False),
    ('https://github.com/polarsource/polar/issues/8815', 'issue', 'other', 'none', 'Document webhook endpoint disabling policy\n\nAdd documentation explaining that webhook endpoints are automatically disabled after 10 consecutive failed deliveries (non-2xx responses). This should be added to the webhook endpoints documentation to set proper expectations for merchants and provide a reference for support.', False),
    ('https://github.com/fast-af/fast-checkout-woocommerce/pull/61', 'issue', 'other', 'other', 'PINT-535 - Handle failed and/or disabled webhooks\n\nDetect whenever a Fast WC webhook is disabled either manually or due to too many failures, and log the existence of the disabled webhook. Displays an admin notice whenever there are one or more disabled webhooks.', False),
    ('https://github.com/saleor/saleor/pull/9904', 'issue', 'other', 'none', "Disable webhook when reponse is 4XX\n\nI want to merge this change because it immediately disables webhook if it's http response status code is 4XX.", False),
    ('https://github.com/saleor/saleor/pull/9904', 'issue', 'other', 'none', 'We should remember about updating the docs about this behavior. Also how would users learn about their webhook being disabled by us? I think it should come with some UI changes in the dashboard (or observability app?) or some notification (e.g. by email or visual in the dashboard).', False),
    ('https://github.com/autokitteh/autokitteh/pull/1020', 'issue', 'other', 'other', 'feat(integrations): implement calendar watch renewal\n\n**testing**: I tested this by initializing a calendar connection, setting the cron schedule to run every 30 seconds, and configuring the expiration check to ensure it was less than 30 days.', False),
    ('https://github.com/microsoft/mvp/issues/40', 'issue', 'other', 'none', "[Bug] Refresh tokens should refresh so you don't have to keep logging in.", False),
    ('https://github.com/streamshub/console/issues/426', 'issue', 'other', 'none', "Unable to login once refresh token expires\n\nIt seems as though once the refresh token has expired or is no longer valid, it is not possible to login without clearing the site's cookies.", False),
    ('https://github.com/streamshub/console/issues/426', 'issue', 'other', 'none', 'Closing because this was related to the Keycloak integration which was removed in an earlier version.', False),
    ('https://github.com/trickv/hass-claude-usage/issues/7', 'issue', 'complaint', 'other', 'Refresh Failure\n\nIntegration has started throwing error message: Failed setup, will retry: Token refresh failed (400)', False),
    ('https://github.com/trickv/hass-claude-usage/issues/7', 'issue', 'complaint', 'none', "I'm seeing the same. I assume the auth token has expired, but there doesn't appear to be a way to trigger a re-auth without removing and re-adding the integration.", False),
    ('https://github.com/trickv/hass-claude-usage/issues/7', 'issue', 'other', 'none', "I've put in #8 that should fix this. For now I've copy/pasted the updated files into my hass-claude-usage folder to test and until the PR is merged and released.", False),
    ('https://github.com/trickv/hass-claude-usage/issues/7', 'issue', 'other', 'other', "I wasn't actually able to reproduce the same 400 error. But your fix in #8 looks good to me (and Claude) so I went ahead and merged.", False),
    ('https://github.com/trickv/hass-claude-usage/issues/7', 'issue', 'complaint', 'none', 'Is there a way to manually get around `Token refresh failed (400)`', False),
    ('https://github.com/dailydotdev/daily-gateway/pull/396', 'issue', 'other', 'none', 'fix: gateway to api integration using secret\n\nWhen the `daily-gateway` makes a request from our `api` it is sometimes rejected since the `refreshToken` is not up-to-date.', False),
    ('https://github.com/guerrerotook/securitas-direct-new-api/issues/568', 'issue', 'other', 'none', 'I confirm all good on my side, having the latest update 5.8 rc1', False),
    ('https://github.com/guerrerotook/securitas-direct-new-api/issues/568', 'issue', 'other', 'none', 'OK, I think this issue is fixed, although you need to renew the token on disk to stop it from happening.', False),
    ('https://github.com/OpenHands/OpenHands/issues/5812', 'issue', 'complaint', 'other', '[Bug]: Frequent "Failed to Refresh Token" toasts and re-login\n\nWhen I use OpenHands (in saas mode) for the first time in a day or so, I get two "Failed to Refresh Token" toasts, and have to re-login to Github.', False),
    ('https://github.com/OpenHands/OpenHands/issues/5812', 'issue', 'complaint', 'other', "Just for the record, as a user I find this annoying on the hosted site. It's a github login, but in the same time, github is logged in another tab almost permanently  - and github doesn't nag. Nagging the user feels weird - it feels like the site is broken.", False),
    ('https://github.com/verbb/formie/issues/1329', 'issue', 'complaint', 'other', 'Google Sheets API - refreshToken of wrong instance\n\n### Describe the bug\n\nWhen a form is submitted and that form has an integration with google sheets, it seems to throw an error of missing API. I have reconnected the account multiple times to no avail.', False),
    ('https://github.com/verbb/formie/issues/1329', 'issue', 'other', 'other', "There's better handling for lack of tokens in Formie 2 for Craft 4, but I've back-tracked it for just Google Sheets for now.\n\nAs for the issue, that's showing that the token has failed to refresh. But that seems particularly strange if you're re-connecting the integration.", False),
    ('https://github.com/verbb/formie/issues/1329', 'issue', 'other', 'none', 'yea. All the data is in the table, including the keys.', False),
    ('https://github.com/OlegApanovich/import-products-from-gsheet-for-woo-importer/issues/18', 'issue', 'complaint', 'other', 'the plugin stopped working\n\napparently the connection that was being used to access google has changed and no longer allows you to connect', False),
    ('https://github.com/OlegApanovich/import-products-from-gsheet-for-woo-importer/issues/18', 'issue', 'complaint', 'other', 'It never worked again. All the reference resources provided for the "Manual Connect" option are outdated and useless for someone unfamiliar with Google APIs.', False),
    ('https://github.com/OlegApanovich/import-products-from-gsheet-for-woo-importer/issues/18', 'issue', 'other', 'other', "@freddyjcm  we fixed 'One Click Auto Connect' method. Please update your plugin to the latest 2.3 version", False),
    ('https://github.com/brafdlog/caspion/issues/284', 'issue', 'other', 'other', "Google Sheets enabled even if not connected to Google\n\nIf I left the application with Google Sheets enabled, and I opened it after a long time, I needed to re-authenticate with Google. I didn't do it, but still, the Google Sheets was enabled as exporter (and of course, it failed).", False),
    ('https://github.com/fluentform/fluentform/issues/344', 'issue', 'complaint', 'other', 'connection from fluentforms to google sheets lost with last update\n\nerror message: Unable to parse range: 2022!A1:AC1\n\nThese applications are not reaching the Google spreadsheet', False),
    ('https://github.com/fluentform/fluentform/issues/344', 'issue', 'other', 'none', "I determined that the problem was the worksheet name. Once I updated that, it works fine!\nNot sure why it wasn't an issue before the update.", False),
    ('https://github.com/woocommerce/woocommerce/issues/27783', 'issue', 'other', 'other', 'API keys automatically generated from PUT request from Zapier Webhooks\n\n**The PUT request goes through fine, and the order is updated correctly, but every time it fires is a new key generated (and used). Then the old keys are being revoked by the system because of limit per user.**', False),
    ('https://github.com/formbricks/formbricks/issues/4635', 'issue', 'other', 'other', 'Zapier integration: real-time following of API and webhook state\n\n1. Zapier does not receive any notification if the Formbricks API key assigned to it is deleted. As a result, the Zapier user might believe the system is functioning correctly when it is not.', False),
    ('https://github.com/cividesk/com.cividesk.email.sparkpost/issues/38', 'issue', 'complaint', 'other', 'Webhooks Error in Civicrm 4.7.15\n\nAfter enabling the plugin and putting in the API information, which has all access granted to it, this is the error that I receive.\n_SparkPost error\nCould not list webhooks (Sparkpost error: Permission denied. Check that the API key is authorized for request https://api.sparkpost.com/api/v1/webhooks.)._', False),
    ('https://github.com/cividesk/com.cividesk.email.sparkpost/issues/38', 'issue', 'other', 'other', 'sofoust - this must be an issue with your API key, please double-check that it is correct and has all permissions described in the readme.md file.', False),
    ('https://github.com/cividesk/com.cividesk.email.sparkpost/issues/38', 'issue', 'complaint', 'none', 'The API key is given full rights, and works perfectly on everything else.\nIt is still having this issue when I tried other sites with different keys.\nSame issue.', False),
    ('https://github.com/cividesk/com.cividesk.email.sparkpost/issues/38', 'issue', 'other', 'other', 'You can put some traces in the code starting at line https://github.com/cividesk/com.cividesk.email.sparkpost/blob/master/CRM/Admin/Form/Setting/Sparkpost.php#L147 to see the exact error message that is returned by SparkPost, and then contact their support to resolve it.', False),
]
