# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 441 (mine-b441): CRM, HELPDESK and SCHEDULING connectors - Zoho CRM / Books, Freshdesk / Freshsales,
# Zendesk, Intercom, Salesforce, Close, Monday.com, Calendly, Cal.com, Reapit appointments and, most of all here,
# Jira / Confluence cloud apps - as seen from the plugins, CLIs, SDKs, iPaaS pieces and ETL taps that connect to
# them (Confluence publishers mark / go-markdown2confluence / markdown-confluence / confluence-cli, Alfred
# Confluence workflows, Obsidian Confluence sync, Jira StopWatch, gitlab-jira-integration, Project Aid for Jira,
# jira-azuredevops-migrator, mcp-atlassian, the Octopus Jira Connect app, skyhook and n8n Jira triggers, Craft
# Freeform Salesforce, Gravity Forms Salesforce, forrest, Intercom Ruby / iOS / Rails SDKs, Activepieces Intercom
# and Monday pieces, the n8n Zendesk trigger, tap-freshdesk, zdesk, Dust / kafka-connect Zendesk sources, Airbyte
# Zoho CRM and Airbyte webhook notifications, Pipedream Salesforce / Zoho / Gorgias / Acuity components).
# Complaint rows are failures reported now: rejected credentials and tokens ("confluence cloud says 401
# Unauthorized. I am an administrator", "Basic authentication with passwords is deprecated", "I keep getting a 401
# for each command I call", "Scoped API token gives 401", "Tried token / token + username / token + username +
# token in password field", "Suddenly my Salesforce connections don't work anymore", "Session expired or invalid",
# "token_suspended", "Intercom API Error ... 401, after 3 attempts", "invalid_scope" on a Monday.com connection,
# "{\"error\":\"Couldn't authenticate you\"}", Zendesk 403 on incremental ticket sync), tokens that stop refreshing
# ("For the Zoho CRM version, I need to manually reconnect each hour", "the events stop emitting after a day",
# "access_token is getting expired when the app is idle", "Salesforce Auth Token doesn't refresh automatically"),
# triggers and webhooks that stopped ("the Zendesk Trigger does not trigger anymore", "The Jira trigger doesn't
# always activate", "Sadly this stopped working since June 26 2020", "We seem to have stopped receiving webhooks for
# this topic", "The successful sync webhook notification worked as of last week. Now it doesn't.", "the last ticket
# that came in through the site was sent in on Jul 08") and same-here follow-ups ("Still failing !", "yes, nothing
# worked.", "I've got the same issue, I get 401 with the GHA", "Get the same errors too.", "As mentioned in my
# email Ash this is happening for all clients it seems...", "Any update on fixing this? ... Can't connect to my
# close CRM.").
# Near misses kept (other): maintainers' diagnoses and questions ("Ah. API Token was required; password only
# applies to non-cloud I suppose", "As the error says Confluence cloud does not allow basic authentication", "Are
# you connecting to a cloud instance or on premises instance?", "`401` would imply that your API keys are
# incorrect", "The Zendesk trigger is webhook based", "The jira provider only supports issue and comment
# actions"), fixed-now follow-ups ("It connects to Jira now.", "this should now be resolved", "This issue has been
# fixed. It was related to the way Stitch was running the tap internally.", "resolved for me by obtaining token
# from [here]"), feature requests (Freshdesk triggers, Intercom webhook triggers, Acuity "Event Rescheduled", a
# Close.com Airbyte source, Monday.com action, cal.com notifications when a connected calendar breaks, Bearer-token
# support in markdown-confluence, GitHub-for-Jira delivery retries), PR descriptions and docs (Airbyte Zoho CRM
# refresh timeout, cal.com Zoho CRM token expiry fix, zoho_hub refresh on authentication_failure, Freshdesk
# Botpress integration, Calendly / Jira / Confluence docs), Pipedrive webhook API change notes, vendor help pages
# on re-authorising Zendesk / Zoho connectors (Tymeshift, Unbabel, Keepit, Synchroteam, a German Dealfront status
# page) and two Chinese planning comments from a tapdata Zoho Desk OAuth task.
# Sources (77 threads / pages: issues corpus, plus five help pages from the pages corpus; texts copied from the
# excerpts the `search` tool returned - a title plus the first sentences, or one comment - trimmed, never
# reworded or translated; quoted earlier comments left out):
#  airbytehq/airbyte PR #84238 #62117 #4231, amidaware/tacticalrmm #2508, n8n-io/n8n #14418 #12351 #24433, 
#  activepieces/activepieces #7339 #7556 #3498, calcom/cal.diy #18098 PR #29237 #15953 #21351 #681, 
#  jtormey/linear-sync #26, intercom/intercom-ruby #323, activepieces/under-review #191, PipedreamHQ/pipedream 
#  #1769 #17864 #5722, tulleuchen/jirastopwatch #80 #77 #89, akraxx/gitlab-jira-integration #32, 
#  OctopusDeploy/Issues #7596, sooperset/mcp-atlassian #254, ljay79/jira-tools #242, reapit/foundations #10075 
#  #10110, alextselegidis/easyappointments #1676, freshworks/marketplace-sample-apps #6, mozilla/fxa #5635, 
#  happyfoxinc/helpstack-android #38, plotly/dash-sample-apps #324, intercom/intercom-ios #216, 
#  solidify/jira-azuredevops-migrator #3, solspace/craft-freeform #1370, omniphx/forrest #219, 
#  gravityplus/Gravity-Forms-Salesforce #158, appsmithorg/appsmith #30826, DoSomethingArchive/legacy-website 
#  #4780, dust-tt/dust #8860, vdesabou/kafka-docker-playground #961, sebwarnke/alfred-calendly #23, 
#  planningcenter/developers #1319, n8n-io/n8n-docs PR #5090, IsraelOrtuno/pipedrive #118, dealbot/dealbot PR 
#  #6, dvliman/freshdesk-api #14, singer-io/tap-freshdesk #6, intercom/intercom-rails #144, 
#  Contrast-Security-OSS/docs PR #443, Commit451/skyhook #110 #152, DefectDojo/django-DefectDojo PR #2462, 
#  getsentry/sentry #54089, atlassian/github-for-jira #214, Weble/ZohoBooksApi #44, tapdata/tapdata #651, 
#  kovetskiy/mark #57 #146, skleinei/alfred-confluence #1, jc1518/Confluence-Space-Exporter #11, 
#  kerry/obsidian-confluence-sync #1, justmiles/go-markdown2confluence #47, jovobe/alfred-confluence-workflow 
#  #5, markdown-confluence/markdown-confluence #621 #536, pchuri/confluence-cli #76, 
#  vogoltsov/visual-paradigm-plugins #13, voitta-ai/voitta-rag PR #8; pages: 
#  https://support.tymeshift.com/hc/en-us/articles/115004130554-Re-authorize-Tymeshift-with-Zendesk, 
#  https://help.unbabel.com/hc/en-us/articles/360056027933-How-to-refresh-the-Zendesk-Guide-token, 
#  https://www.keepit.com/help/zendesk-category/reauthenticate-your-zendesk-account-in-keepit, 
#  https://help.dealfront.com/de/articles/2952723-zoho-integration-verbindungsstatus, 
#  https://support.synchroteam.com/hc/en-us/articles/360015649612-ZohoCRM-connector-settings# Look-ups: 26 `search` calls of the 50 allowed (23 on the issues corpus, 3 on the pages corpus; no read_file /
# find_string / fetch). Queries: Zoho CRM refresh token invalid_code sync stopped; Pipedrive integration 401
# token expired; Freshdesk webhook not triggering; Calendly webhook stopped arriving; Salesforce connector
# INVALID_SESSION_ID expired access/refresh token; Intercom integration stopped syncing contacts unauthorized;
# monday.com webhook not received; Jira Cloud app connection lost 401 API token; (pages) Zendesk integration
# stopped working invalid credentials; Acuity Scheduling webhook not firing; Copper / Close.io API key invalid;
# Freshsales / Zoho Desk connector token refresh error; (pages) Pipedrive / Zoho integration keeps disconnecting;
# source-zendesk-support 401 "Couldn't authenticate you"; cal.com Salesforce / HubSpot / Zoho CRM app token
# expired; (pages) Zoho CRM refresh token invalid_client; Salesforce WordPress plugin authentication failure;
# Zendesk ticket sync 403 forbidden; Calendly personal access token 401; Pipedrive webhooks stopped being delivered;
# Freshdesk API key 401; Jira webhook stopped firing; Zoho Books / Zoho Desk token expired reconnect; Intercom
# webhook topic not delivered; Confluence Cloud API token 401; monday.com API token invalid.
# Checked: every thread URL grepped (URL after a single or double quote, followed by a quote, '#', '/' or end)
# over /work/main/tools/real/b*.py, /work/main/tools/real/pending/*.py and /work/wt/*/tools/real/pending/*.py
# (this file excluded); /work/notes/dupcheck.py prints problems: 0 (URLs and texts). A first draft used a grep
# that only matched single-quoted URLs and missed the double-quoted (JSON-style) batches; the 47 threads it let
# through were found by dupcheck.py and removed, and all URLs were re-checked with the corrected grep.
# Skipped as already in the corpus (URL found): solspace/craft-freeform #1412 #1372, asciisd/zoho-v3 #14,
# verbb/formie #2199 #2892 #1293, zoho/zcrm-csharp-sdk #7, Weble/ZohoBooksApi #84, schmorrison/Zoho PR #18 #22,
# googleworkspace/apps-script-oauth2 #223, GearPlug/pipedrive-python #11, PipedreamHQ/pipedream #17340 #4222
# #21174 #2197 #16246 #4709 #20649 #13791 #14420, singer-io/tap-pipedrive #66, pipedrive/client-php #290,
# freescout-help-desk/freescout #3976, botpress/botpress PR #15184 PR #14197, tcampb/react-calendly #73,
# calcom/cal.diy #12370 #11870 #2877 #18217 #11497 #22994, PipedreamHQ/roadmap #426, restforce/restforce #512,
# realdoug/omniauth-salesforce #30, wso2/product-integrator-mi #1207, kevinohara80/nforce #69,
# frankkessler/salesforce-laravel-oauth2-rest #39, xgeek-net/salesforce-mass-editor #4,
# kdcllc/CometD.NetCore.Salesforce #32, celador/ForceCode #216, intercom/intercom-dotnet #109, intercom/intercom-ios
# #297, intercom/intercom-node #27, tulleuchen/jirastopwatch #138, ljay79/jira-tools #240,
# jira-node/node-jira-client #255, reapit/foundations #10871 #8537 #9600 #8979 #7371 #6314, rikas/zoho_hub PR #46,
# fprimex/zdesk #58, freshworks/marketplace-sample-apps #105 PR #106, airbytehq/airbyte #12926 #14381 #28662,
# databrickslabs/lakeflow-community-connectors #247, cloudbees-oss/zendesk-java-client #695, ToolJet/ToolJet
# #14802, pardot/marketing-cloud-account-engagement-for-wordpress #46, solspace/craft-freeform #192,
# gravityplus/Gravity-Forms-Salesforce #122, MinnPost/object-sync-for-salesforce #532, blakmatrix/node-zendesk
# #236, zammad/zammad #3679, github/github-services #940, MicrosoftDocs/azure-devops-docs #1942,
# happyfoxinc/helpstack #15, sjkingo/python-freshdesk #74, fleetdm/fleet #5439, n8n-io/n8n #18037,
# verbb/formie #2086, mondaycom/monday-api-python-sdk #19, activepieces/activepieces #3499 #1167, the Zoho
# "Kaizen #4 - Troubleshooting OAuth2.0" community pages, sourceloop.ai troubleshoot-pipedrive-sync,
# help.testmonitor.com why-is-my-integration-disabled.
# Rejected: off-theme hits (Outline / Dolibarr / Planka / Chatwoot / WAHA / Naver TalkTalk webhooks, Joplin /
# Obsidian-Granola / Firefox / VS Code sync 401s, Notion / Todoist tokens, GitHub DevLake, ExactTarget, iCloud
# contacts, Duo, an AI-generated Japanese Zendesk ticket summary), HubSpot-only threads (mined elsewhere),
# calcom/cal.diy #14685 (the description is staff quoting a customer; the own-voice reply was cut off), loopline
# closeio-api-wrapper #15 (code with a pasted API key, no failing connection), Weble/ZohoBooksApi #44's stack
# trace (holds a token prefix; only the prose was kept), dvliman/freshdesk-api #14's body (base64 image data;
# title kept), vendor marketing / spec pages (ml-connector, Integry, Calypso, Zomentum, Synqly), PR review
# threads (Segment Intercom, Close.io docs, cal.com webhook trigger, Pipedream Pipedrive v2) and bare-title
# issues (customeros #3654, Salesforce-Inspector-reloaded #582, supaglue #1920, n8n-docs #1270 #1680,
# AcuityScheduling/acuity-js PR #8). Some weak near misses were dropped after drafting ("Replied to your
# question", "Check what?", a forum-redirect reply in freshworks #356) and "Same issue with me" (the same text is already in b105).
# Doubtful labels and how they were decided:
#  - OctopusDeploy/Issues #7596 (title only, the vendor about "some customers receiving a 401 error on all Jira
#    Status Update steps") and appsmith #30826 / dust #8860 (titles of internal bug tickets about a Salesforce
#    token that does not refresh and Zendesk 403s on incremental sync): the integration fails now for real users
#    -> complaint.
#  - markdown-confluence #536 ("when trying to authenticate with my token I get 401 ... it would be nice if the
#    Plugin would support that as well"): written as a request for Bearer-token support -> other; Tointoin's
#    "I've got the same issue, I get 401" -> complaint.
#  - cal.diy #18098 ("the second time now, that cal.com can't access my connected Office 365 calendar ... I
#    didn't get notified"): a feature request for notifications -> other. easyappointments #1676 (webhooks do not
#    fire for API-made changes, "Can this functionality be expected in future versions?") -> other.
#  - getsentry/sentry #54089 (no webhook sent when the Jira issue-status sync resolves an issue): a webhook that
#    does not arrive -> complaint. Contrast docs PR #443 ("the webhook didn't fire without this option selected")
#    -> other (docs fix). n8n #24433 (Jira Trigger creates a new webhook at each restart) -> other (duplicate
#    webhooks, not a lost connection).
#  - activepieces #7556 (Monday.com webhook challenge error) -> complaint; the maintainer's "not bug on
#    Activepieces ... Monday requires it to return certain format" -> other. airbytehq/airbyte #62117 (Airbyte's
#    own success-webhook URL "always invalid" while it "worked as of last week") -> complaint.
#  - forrest #219 ("What could cause \"Salesforce token has expired\" ? And why wouldn't it generate a new token
#    automatically?") and Weble/ZohoBooksApi #44 ("I am unable to fetch anything due to oAuth issues") ->
#    complaint (the writer's connection fails now); planningcenter/developers #1319 (a Personal Access Token always
#    gets 401) -> complaint.
#  - DoSomethingArchive/legacy-website #4780: Zendesk ticket submission from the site failing and "the last ticket
#    that came in through the site was sent in on Jul 08" -> complaint; the deploy-log analysis -> other.
#  - Integration: 'other' where the text names the product (Jira, Confluence, Zendesk, Salesforce, Intercom,
#    Zoho, Freshdesk, Calendly, Monday.com, Close CRM, Pipedrive, Gorgias, Airbyte, Make, Obsidian...); 'none' for
#    replies and reports naming no product. No row says a key or token got out: exposure_mentioned is False
#    everywhere.
# Languages: English, plus two German rows (Dealfront help page, 'de') and two Chinese rows (tapdata #651, 'zh').
ROWS = [
    ('https://github.com/airbytehq/airbyte/pull/84238', 'issue', 'other', 'other', 'fix: add timeout to Zoho CRM OAuth token refresh request\n\n`ZohoOauth2Authenticator.refresh_access_token()` in `source-zoho-crm/source_zoho_crm/auth.py` calls `requests.request("POST", url, params=...)` without a `timeout`. Python\'s `requests` has no default timeout, so this call can block forever.', False),
    ('https://github.com/amidaware/tacticalrmm/issues/2508', 'issue', 'other', 'other', "Feature: Freshdesk integration and/or sync\n\n**Is your feature request related to a problem? Please describe.**\nIt's not a problem.\n\n**Describe the solution you'd like**\nIt would be convenient to automatically create a ticket when a machine has a warning, other wise around, it would be great to sync devices to Freshdesk and with a press of the button go directly to the Freshdesk creation of a new ticket.", False),
    ('https://github.com/n8n-io/n8n/issues/14418', 'issue', 'complaint', 'other', 'Zendesk Trigger does not trigger after update\n\n### Bug Description\n\nI update N8N today to the latest Version and the Zendesk Trigger does not trigger anymore, but i do not remember from what Version i updated.', False),
    ('https://github.com/n8n-io/n8n/issues/14418', 'issue', 'other', 'other', "Hey @danielehrhardt \n\nThe Zendesk trigger is webhook based and we rely on Zendesk to send us the date so in theory an update to just n8n shouldn't impact anything.\n\nHave you checked the webhook url to see if it matches what is in Zendesk", False),
    ('https://github.com/activepieces/activepieces/issues/7339', 'issue', 'other', 'other', 'Freshdesk Triggers\n\n**Triggers**\n\n- When a new ticket is received\n- And when a ticket status changes to resolved\n- When a comment is added\n- When any updates are made', False),
    ('https://github.com/calcom/cal.diy/issues/18098', 'issue', 'other', 'other', "Notifications for issues with connected calendars\n\n### Is your proposal related to a problem?\n\n It's the second time now, that cal.com can't access my connected Office 365 calendar anymore and I didn't get notified\n\n### Describe the solution you'd like\n\nPlease let me know, when something is wrong with my connected calendars.", False),
    ('https://github.com/airbytehq/airbyte/issues/62117', 'issue', 'complaint', 'other', 'Webhook notifications have stopped working\n\n### Topic\n\nurl always invalid\n\n### Relevant information\n\nI cannot set a URL for webhook notifications for successful syncs.  This is on cloud hosted Airbyte.', False),
    ('https://github.com/airbytehq/airbyte/issues/62117', 'issue', 'complaint', 'none', 'Still failing for me', False),
    ('https://github.com/airbytehq/airbyte/issues/62117', 'issue', 'other', 'none', 'This should be fixed now. There was a bug with the successful sync webhook code.', False),
    ('https://github.com/jtormey/linear-sync/issues/26', 'issue', 'complaint', 'other', 'Sync enable failed and no webhooks listed,\n\nSetting up Linear Sync created a webhook in Linear:\nhttps://linear-sync.com/webhook/linear\n\nIn Linear Sync, after clicking "View Webhooks", no webhooks are listed for either Linear or Github.', False),
    ('https://github.com/intercom/intercom-ruby/issues/323', 'issue', 'complaint', 'other', "Intercom::UnexpectedError: The error of type '' is not recognized.\n\n```\n[6] pry(main)> @intercom.contacts.find(email: @email_address)\nIntercom::UnexpectedError: The error of type '' is not recognized. It occurred with the message: Not authorized to access resource and http_code: '401'. Please contact Intercom with these details.", False),
    ('https://github.com/intercom/intercom-ruby/issues/323', 'issue', 'complaint', 'none', "What was the fix? ><; We've just started hitting this and not sure why. @Aslonski", False),
    ('https://github.com/intercom/intercom-ruby/issues/323', 'issue', 'other', 'other', "@jackcasey not sure what calls you're making, but if you're trying to use certain endpoints you'll need to request access to extended scopes:\nhttps://developers.intercom.com/docs/personal-access-tokens#section-extended-scopes\n\nJust ran into this and got it pushed through via Intercom support. Hope this helps!", False),
    ('https://github.com/activepieces/under-review/issues/191', 'issue', 'complaint', 'other', "[BUG]: Intercom - Can't add a connection\n\n**Describe the bug**\nIt's currently not possible to enable the Intercom integration when self hosting or in cloud (currently only interested in self hosting). Also the process doesn't seem to be documented anywhere currently. So it may not be a bug and just something I'm just missing.", False),
    ('https://github.com/activepieces/activepieces/issues/7556', 'issue', 'complaint', 'other', "Webhook URL not working in Monday\n\nHello, I tried to connect the pieces webhook trigger on Monday.com, but I'm getting a challenge error. I'm using ngrok for the webhook URL.", False),
    ('https://github.com/activepieces/activepieces/issues/7556', 'issue', 'other', 'other', "This is not bug on Activepieces, By default webhook doesn't return any body, Monday requires it to return certain format.", False),
    ('https://github.com/activepieces/activepieces/issues/7556', 'issue', 'other', 'none', "@Izzxt Now it's fixed :D\n\nWill be released in 0.54.0 (If you are in the cloud it's released)", False),
    ('https://github.com/PipedreamHQ/pipedream/issues/1769', 'issue', 'other', 'other', '[ACTION] For monday.com\n\nHi Pipe Dream,\n\nIs there way we can created item on Monday.com using pipe dream when we received incoming call or miss call from Ring central ?', False),
    ('https://github.com/tulleuchen/jirastopwatch/issues/80', 'issue', 'complaint', 'other', 'Unable to connect\n\nHi,\n\nAfter successfully setup the first time and tested the JIRA stopwatch, I am not unable to connect to my JIRA cloud account. It keeps indicating unauthorized connection but I have no issue to login online. What could be the problem?', False),
    ('https://github.com/tulleuchen/jirastopwatch/issues/80', 'issue', 'other', 'none', "The source of the problem has now been discovered - please look at the Basic Setup section on Jira StopWatch's documentation site: http://jirastopwatch.com/doc/", False),
    ('https://github.com/akraxx/gitlab-jira-integration/issues/32', 'issue', 'complaint', 'other', 'Unable to connect to Jira cloud\n\nI\'ve completed the installation steps but am not able to connect to Jira (cloud):\n\nAccording to healthcheck:\n```\n...\n"jira": {\n        "healthy": false,\n        "message": "Unable to contact JIRA server, HTTP code received <401>"\n    }\n...\n```', False),
    ('https://github.com/akraxx/gitlab-jira-integration/issues/32', 'issue', 'other', 'other', 'Jira took some time to refresh a password change - like 30 minutes... It connects to Jira now.', False),
    ('https://github.com/tulleuchen/jirastopwatch/issues/77', 'issue', 'other', 'none', 'Hmmm.... Not to be rude, but it sounds very much like you have entered a wrong username/email or password. Could you try to type both again?', False),
    ('https://github.com/tulleuchen/jirastopwatch/issues/77', 'issue', 'complaint', 'none', 'Ha, I agree, sounds like that a lot. But sadly no, have triple checked the username and password.', False),
    ('https://github.com/OctopusDeploy/Issues/issues/7596', 'issue', 'complaint', 'other', 'Some customers receiving a 401 error on all “Jira Status Update” steps in their deployments', False),
    ('https://github.com/sooperset/mcp-atlassian/issues/254', 'issue', 'complaint', 'other', "Suddenly can't connect\n\nI hate to be vague but a few weeks ago, I was up and running with relative ease, reading and writing to Jira with my account api token. This week, I am unable to get any results at all from Jira, and Confluence shows unauthorized as a response. Tried resetting API key, but no luck.", False),
    ('https://github.com/tulleuchen/jirastopwatch/issues/89', 'issue', 'complaint', 'other', "Daily connection issue\n\nHi,\n\nI have to reset my JIRA password every day in order to get the JIRA StopWatch (v2.0.1) app to connect to my JIRA cloud instance.  I don't have to change the password, just reenter it into JIRA.", False),
    ('https://github.com/ljay79/jira-tools/issues/242', 'issue', 'complaint', 'other', "Can't reconenct to Jira -unauthorized error\n\n** Provide a general summary of the issue in the Title above **\nFrom my google account, I can't reconnect to JIRA repository to get issues table.", False),
    ('https://support.tymeshift.com/hc/en-us/articles/115004130554-Re-authorize-Tymeshift-with-Zendesk', 'forum', 'other', 'other', 'It is necessary to re-authorize Tymeshift with Zendesk if you are performing one of the following actions:\n- Disabling the original user that authorized Tymeshift with Zendesk.\n- Demoting the original user that authorized Tymeshift with Zendesk.\n- Changing the user that provides the oAuth permissions.', False),
    ('https://help.unbabel.com/hc/en-us/articles/360056027933-How-to-refresh-the-Zendesk-Guide-token', 'forum', 'other', 'other', "Tokens act as recognized and safe pathways for an external application such as Unbabel to manage information contained in a Zendesk instance. A token can become invalid for different reasons, such as users being deleted, credentials being changed or users' roles or authorizations being altered.", False),
    ('https://www.keepit.com/help/zendesk-category/reauthenticate-your-zendesk-account-in-keepit', 'forum', 'other', 'other', 'Reauthenticate Your Zendesk Account in Keepit\nWhy Reauthentication Is Required\nZendesk is transitioning to a new OAuth refresh token flow, which introduces short-lived access tokens that expire and must be refreshed using a refresh token. This change affects all integrations, including Keepit. Existing connections using permanent tokens will stop working unless you reauthenticate.', False),
    ('https://github.com/reapit/foundations/issues/10075', 'issue', 'complaint', 'none', 'Client MAI webhooks not firing\n\nWe have enabled all but the webhooks are not firing. Please can you check.', False),
    ('https://github.com/alextselegidis/easyappointments/issues/1676', 'issue', 'other', 'none', 'Trigger webhook requests when managing records via the API\n\nHello,\nWhen an appointment is saved or deleted using the API, the webhooks set for saving and deleting do not trigger. Can this functionality be expected in future versions?', False),
    ('https://github.com/PipedreamHQ/pipedream/issues/17864', 'issue', 'other', 'other', 'Acuity Scheduling Event Rescheduled\n\nThere is currently triggers for Acuity Scheduling New Appointments and New Appointment Cancelled, but not for when an appointment is rescheduled. I noticed that Zapier does have the appointment rescheduled trigger, so I know that it is possible. Thanks!', False),
    ('https://github.com/airbytehq/airbyte/issues/4231', 'issue', 'other', 'other', 'New Source: Close.com\n\n## Tell us about the new connector you’d like to have\n* Which source and which destination?\nSource: Close.com / Close.io', False),
    ('https://github.com/freshworks/marketplace-sample-apps/issues/6', 'issue', 'complaint', 'other', 'Access token geeting expired in Freshdesk and Freshservice\n\nHi Raghu,\n\nI am developing zoom app, which uses OAuth feature. access_token is getting expired when the app is idle for some time.', False),
    ('https://github.com/freshworks/marketplace-sample-apps/issues/6', 'issue', 'other', 'other', 'Zoom has an expiry time for access token as per their docs. And if expired, our Request API must refresh it on behalf. So, are you getting 401 from Request API as status?', False),
    ('https://github.com/freshworks/marketplace-sample-apps/issues/6', 'issue', 'complaint', 'other', 'I am also facing same issue in this way i have built one oauth app. if am leaving for some time am getting : ```Response 210 “Accesstoken can’t be refreshed``` so may i know how can i refresh the accesstoken inside the freshdesk authconfig.json', False),
    ('https://github.com/mozilla/fxa/issues/5635', 'issue', 'complaint', 'other', 'Error: Zendesk Error (401): Not Authorized\n\nhttps://sentry.prod.mozaws.net/operations/auth-prod/issues/7914861/?referrer=github_plugin\n\n```\nError: Zendesk Error (401): Not Authorized\n  File "/fxa/node_modules/node-zendesk/lib/client/client.js", line 259, in checkRequestResponse', False),
    ('https://github.com/mozilla/fxa/issues/5635', 'issue', 'other', 'other', '➤ Wil Clouser commented:\n\n[~jmunroe@mozilla.com]  investigated this.  We had a zendesk account which got deleted and caused these errors.', False),
    ('https://github.com/happyfoxinc/helpstack-android/issues/38', 'issue', 'complaint', 'other', '{"error":"Couldn\'t authenticate you"}\n\nI am getting this error while connecting to Zendesk gear.', False),
    ('https://github.com/calcom/cal.diy/pull/29237', 'issue', 'other', 'other', 'fix(zohocrm): repair token expiry, silent error swallowing, and missi…\n\nWhat does this PR do?\nFixes three bugs in the Zoho CRM integration that caused booked appointments to silently fail to sync into Zoho CRM (no Events, Meetings, or Activities were ever created).', False),
    ('https://github.com/plotly/dash-sample-apps/issues/324', 'issue', 'complaint', 'other', 'Salesforce app down API Token expires\n\n# App name\ndash-salesforce-crm\n\n# Description of bug\n\nRelated with https://github.com/plotly/dash-salesforce-crm/issues/7. This app on test server and production is down this morning because \n* we are using self-created developer trial account for this app. \n* The **password** and **token** of this account expires every other month without notification.', False),
    ('https://github.com/plotly/dash-sample-apps/issues/324', 'issue', 'complaint', 'none', "I've reset password and received a new token from the same account. But still got login error from script: \n```\nsimple_salesforce.exceptions.SalesforceAuthenticationFailed: INVALID_LOGIN: Invalid username, password, security token; or user locked out.\n```", False),
    ('https://help.dealfront.com/de/articles/2952723-zoho-integration-verbindungsstatus', 'forum', 'other', 'other', 'Zoho Integration Verbindungsstatus\n\nDieser Status können dir dabei helfen, mögliche Probleme mit der Zoho-Integration zu beheben.', False, 'de'),
    ('https://help.dealfront.com/de/articles/2952723-zoho-integration-verbindungsstatus', 'forum', 'other', 'none', 'inactive_token\n\nDas API-Token ist ungültig. Gehe zu den Zoho-Einstellungen in deinem Dealfront Account und ändere das API-Token.', False, 'de'),
    ('https://support.synchroteam.com/hc/en-us/articles/360015649612-ZohoCRM-connector-settings', 'forum', 'other', 'other', 'The ZohoCRM connector creates a two-way synchronization with Synchroteam for the Customer, Site and Contact database. This synchronization is performed automatically every 20 minutes.\nPlease note that the FREE version of Zoho is not supported by Synchroteam.', False),
    ('https://github.com/intercom/intercom-ios/issues/216', 'issue', 'complaint', 'other', 'cannot load conversations list.\n\n[Intercom] ERROR - Tried to get conversations for display in the conversations list but there was a network error - Request failed: unauthorized (401)\n\nand never loads conversations list.\n\nit did work at first time when i tested, but after log out, it never worked.', False),
    ('https://github.com/tulleuchen/jirastopwatch/issues/77', 'issue', 'complaint', 'other', 'Unable to connect\n\nUnable to connect, and getting these errors in the log:\n\n1/05/2017 2:16:33 PM Try to re-authenticate\n1/05/2017 2:16:33 PM Request: https://xxxx.atlassian.net/rest/auth/1/session\n1/05/2017 2:16:34 PM Response: Unauthorized - {"errorMessages":["Login failed"],"errors":{}}', False),
    ('https://github.com/tulleuchen/jirastopwatch/issues/77', 'issue', 'complaint', 'other', "I'm seeing similar behavior with JIRA Cloud, but after 30s it connects.", False),
    ('https://github.com/solidify/jira-azuredevops-migrator/issues/3', 'issue', 'complaint', 'other', 'Unauthorised access error in jira-export\n\nFollowing command \n`jira-export -u [bitbucket username] -p [personal token] --url [url of the project] --config config.json --force `\nproducing uncaught 401 Unauthorized error after passing initial connection step.', False),
    ('https://github.com/solspace/craft-freeform/issues/1370', 'issue', 'complaint', 'other', "Salesforce integration issue\n\nHi there, wondering if you can help me with an issue I'm having using the Salesforce API integration. Posting here by the way as the support feature on the site doesn't seem to be working. \n\nWe are pretty sure it's mostly set up as it needs to be on both the Craft/Freeform and Salesforce side. However there's some error logs which I'm struggling to make sense of.", False),
    ('https://github.com/solspace/craft-freeform/issues/1370', 'issue', 'complaint', 'none', 'The error: `"Salesforce: [{"message":"Session expired or invalid","errorCode":"INVALID_SESSION_ID"}] {"integration":{"id":5,"handle":"salesforce"}} []" `\n\nAre you able to shed any light on this? I\'ve been finding the forum posts quite unhelpful when googling this.', False),
    ('https://github.com/solspace/craft-freeform/issues/1370', 'issue', 'other', 'none', "Hey @rhysmatthew,\nSorry to hear you're running into issues.\nBased on the error message it seems like the `access_token` you have is no longer valid.", False),
    ('https://github.com/omniphx/forrest/issues/219', 'issue', 'complaint', 'other', 'What could cause "Salesforce token has expired" ?\n\nAnd why wouldn\'t it generate a new token automatically?', False),
    ('https://github.com/gravityplus/Gravity-Forms-Salesforce/issues/158', 'issue', 'complaint', 'other', 'Critical: 0Auth token empty. Api error. Not possible to add Salesforce account.\n\nHello there,\n\nSuddenly my Salesforce connections don\'t work anymore as the add-on can\'t connect to anymore Salesforce. The Gravity Forms logging says \'token empty" and \'api errors\'\n\nI have revoked the acces from Salesforce and tried again. On the front-end the authorisation process seems error free when granting access. However the error that \'Your Salesforce connection is not working properly\' appears.', False),
    ('https://github.com/appsmithorg/appsmith/issues/30826', 'issue', 'complaint', 'other', "Salesforce Auth Token doesn't refresh automatically", False),
    ('https://github.com/DoSomethingArchive/legacy-website/issues/4780', 'issue', 'complaint', 'other', 'Zendesk ticket submission errors\n\nCurrently the error message for when Zendesk ticket submission fails reads "Sorry, there was an error with your request. Please try again."', False),
    ('https://github.com/DoSomethingArchive/legacy-website/issues/4780', 'issue', 'complaint', 'none', 'it looks like the last ticket that came in through the site was sent in on Jul 08 07:21 am', False),
    ('https://github.com/DoSomethingArchive/legacy-website/issues/4780', 'issue', 'other', 'other', "Looking at our deploy logs for July, our two production deploys during that time period were `v0.5.13` on July 2nd, and `v0.5.22` on July 16th. Here's the [commit diff](https://github.com/DoSomething/phoenix/compare/v0.5.13...v0.5.22) between those tags. From skimming it though, it doesn't look like anything changed that would affect Zendesk...", False),
    ('https://github.com/dust-tt/dust/issues/8860', 'issue', 'complaint', 'other', '[Zendesk] Fix 403 errors on incremental ticket sync', False),
    ('https://github.com/vdesabou/kafka-docker-playground/issues/961', 'issue', 'complaint', 'none', '```\nCaused by: java.io.IOException: HTTP Response code 403: Forbidden for request GET ***/api/v2/incremental/tickets.json?start_time=1599264000 HTTP/1.1\n```', False),
    ('https://github.com/vdesabou/kafka-docker-playground/issues/961', 'issue', 'complaint', 'none', '🤦♂️💥 Still failing !', False),
    ('https://github.com/calcom/cal.diy/issues/15953', 'issue', 'complaint', 'other', "401 error with Make API\n\n### Issue Summary\n\nI am trying to integrate this with Mailerlite, and entered the API but it keeps saying there is a 401 error in Make, and I can't add it.  If I go to Make connections and verify, I still have the same issue.", False),
    ('https://github.com/calcom/cal.diy/issues/15953', 'issue', 'other', 'none', 'Hey @kellyDDBS similar issue has already been raised #15943 .', False),
    ('https://github.com/sebwarnke/alfred-calendly/issues/23', 'issue', 'other', 'other', 'Use Calendly Personal Access Tokens\n\nHi,\n\nThank you for developing this useful Alfred Workflow! I work for Calendly and your project caught our attention when a customer requested OAuth app credentials so that they can use this Workflow.', False),
    ('https://github.com/sebwarnke/alfred-calendly/issues/23', 'issue', 'other', 'none', "hi @dpashkevich,\n\ni've just released version 2.0.0 of the workflow. it remove oauth authentication and introduces personal access tokens instead.", False),
    ('https://github.com/calcom/cal.diy/issues/21351', 'issue', 'complaint', 'other', 'Cal Atoms Integration Issues\n\n### Issue Summary\n\nWe are experiencing intermittent issues while integrating the **Cal Atoms SDK (@calcom/atoms)** into our React application using a managed-user access token. API calls to the `/v2/me` endpoint occasionally fail with a `401 Unauthorized` error, leading to a cascading failure that affects `/calendars` and `/access-token` endpoints as well.', False),
    ('https://github.com/planningcenter/developers/issues/1319', 'issue', 'complaint', 'other', 'Error Accessing Calendar API\n\n**Related Product**\nResources (Calendar)\n\n**Describe the question**\nI’m trying to fetch event data from the Calendar API endpoint:\n`https://api.planningcenteronline.com/calendar/v2/event_instances?include=event`\nI’m using a Personal Access Token with confirmed access to the Calendar app.', False),
    ('https://github.com/calcom/cal.diy/issues/681', 'issue', 'complaint', 'other', "Error creating bookings\n\n### Issue Summary\nWhen I create a booking, I have a booking in the database, but the calendar entry doesn't get created (and no email gets sent).\n\nI'm running on railway with both the google and zoom integrations installed.", False),
    ('https://github.com/n8n-io/n8n-docs/pull/5090', 'issue', 'other', 'other', 'docs: update Calendly OAuth2 authentication requirements and scopes', False),
    ('https://github.com/IsraelOrtuno/pipedrive/issues/118', 'issue', 'other', 'other', 'Removal of follower_count updates in Webhooks December 6, 2021\n\nRemoval of follower_count updates in Webhooks\nWhat is changing?\n\nThe following types of Webhooks will no longer be triggered when a follower is added or removed:', False),
    ('https://github.com/IsraelOrtuno/pipedrive/issues/118', 'issue', 'other', 'other', "This package does not contain any model of what's being returned from Pipedrive's API nor handles webhook calls so I think this does not affect.", False),
    ('https://github.com/dealbot/dealbot/pull/6', 'issue', 'other', 'other', 'Updated `pushNotifications` to `webhooks`\n\nPipedrive changed their api from `pushNotifications` to `webhooks`\n\nFixes #5', False),
    ('https://github.com/dvliman/freshdesk-api/issues/14', 'issue', 'complaint', 'other', 'Freshdesk::ConnectionError: Connection to the server failed. Please check username/password', False),
    ('https://github.com/singer-io/tap-freshdesk/issues/6', 'issue', 'complaint', 'other', "Stitch authentication failing\n\nI setup the Freshdesk integration in Stitch and it looks like the initial data pull is failing - not sure if we're missing something but this is what I got from an email from Stitch:", False),
    ('https://github.com/singer-io/tap-freshdesk/issues/6', 'issue', 'other', 'other', 'This issue has been fixed. It was related to the way Stitch was running the tap internally.', False),
    ('https://github.com/intercom/intercom-rails/issues/144', 'issue', 'complaint', 'other', 'Intercom API Error: The Intercom API request failed with the code: 401, after 3 attempts.\n\nHi, \n\nWhen trying to run `rake intercom:import` I get the following result:', False),
    ('https://github.com/intercom/intercom-rails/issues/144', 'issue', 'other', 'other', '`401` would imply that your API keys are incorrect. Would you mind getting in touch through the Intercom widget at `https://app.intercom.io` as it will be easier to take a look?', False),
    ('https://github.com/Contrast-Security-OSS/docs/pull/443', 'issue', 'other', 'other', "Update JIRA.md\n\nAdd an instruction for the 2-way JIRA integration to set the correct event type to fire on.  I set up a vanilla JIRA instance and the webhook didn't fire without this option selected.", False),
    ('https://github.com/Commit451/skyhook/issues/110', 'issue', 'other', 'other', "What is the jira webhook triggered for? This is not possible if it's configured for issue related webhooks.", False),
    ('https://github.com/Commit451/skyhook/issues/110', 'issue', 'complaint', 'other', "I've been having the same issue but assumed I'd screwed something up with setting up the JIRA Server Webhook...", False),
    ('https://github.com/Commit451/skyhook/issues/110', 'issue', 'complaint', 'other', "Get the same errors too. Looks like current realization doesn't work with self hosted Jira, only with cloud.", False),
    ('https://github.com/Commit451/skyhook/issues/110', 'issue', 'complaint', 'other', 'This error now seems to be triggering randomly regardless of what I am updating on Jira.', False),
    ('https://github.com/DefectDojo/django-DefectDojo/pull/2462', 'issue', 'other', 'other', "Unsure how the github webhook (probably not used by anyone right now) is used further, but I *think* it may have broken the JIRA webhook. So, just FYIm the url's changed.", False),
    ('https://github.com/DefectDojo/django-DefectDojo/pull/2462', 'issue', 'complaint', 'other', "2) The Webhook didn't work.. :(  JIRA Webhook is critical functionality for our process, any other suggestions, please.", False),
    ('https://github.com/Commit451/skyhook/issues/152', 'issue', 'complaint', 'other', "Jira webhook integration\n\nHello!\n\nI used to parse my discord webhook to Jira's format by using skyhook api.\nSadly this stopped working since June 26 2020.", False),
    ('https://github.com/Commit451/skyhook/issues/152', 'issue', 'other', 'none', 'The jira provider only supports issue and comment actions. If you disable all other triggers, does this still happen?', False),
    ('https://github.com/Commit451/skyhook/issues/152', 'issue', 'complaint', 'none', "Yes. It still doesn't work.\nI'm trying with this configuration and", False),
    ('https://github.com/getsentry/sentry/issues/54089', 'issue', 'complaint', 'other', 'Resolving an issue via integration (i.e. jira issue status sync) do not trigger webhook', False),
    ('https://github.com/getsentry/sentry/issues/54089', 'issue', 'other', 'none', "No updates, this slipped off the radar. I'll get the team to review again.", False),
    ('https://github.com/n8n-io/n8n/issues/12351', 'issue', 'complaint', 'other', '“Jira trigger” not working anymore on Self Hosted n8n instance\n\n### Bug Description\n\nWe have Self Hosted n8n on ec2 instance via docker:\nProblem: The Jira trigger doesn’t always activate 100% of the time, which is strange because some workflows, consistently the same ones, are still able to activate the Jira trigger.', False),
    ('https://github.com/n8n-io/n8n/issues/12351', 'issue', 'other', 'other', 'Potential issue with  Server Jira 10+ the url to webhook resource has changed to <JIRA_URL>/rest/jira-webhook/1.0/webhook from <JIRA_URL>/rest/webhooks/1.0/webhook', False),
    ('https://github.com/n8n-io/n8n/issues/12351', 'issue', 'other', 'other', 'No news yet, the Jira trigger is webhook based so assuming it registers we wait for Jira to send us a message.', False),
    ('https://github.com/atlassian/github-for-jira/issues/214', 'issue', 'other', 'other', 'Improve GitHub => JIRA reliability\n\nWhen an event occurs on GitHub, it is sent to JIRA.', False),
    ('https://github.com/n8n-io/n8n/issues/24433', 'issue', 'other', 'other', 'Yes it is still existing and creates a new webhook in Jira any suggestions', False),
    ('https://github.com/Weble/ZohoBooksApi/issues/44', 'issue', 'complaint', 'other', 'New ZohoBooks Class Requires 3 Arguments\n\nHi, \n\nI am unable to fetch anything due to oAuth issues.  I have created my own oAuth handler and produce an Auth Token every hour via Cron on my system.', False),
    ('https://github.com/tapdata/tapdata/issues/651', 'issue', 'other', 'other', '这个是已经进入开发了。 已经创建了Zoho里的OAuth Client。', False, 'zh'),
    ('https://github.com/tapdata/tapdata/issues/651', 'issue', 'other', 'none', '等有业务需求时候再推进', False, 'zh'),
    ('https://github.com/reapit/foundations/issues/10110', 'issue', 'complaint', 'none', 'Webhook with topic ID: "properties.selling.instructed" appears to have stopped working\n\n**Describe the bug**\nproperties.selling.instructed - We seem to have stopped receiving webhooks for this topic, the last was around 20th Ocotber 2023. \n\nWe have used the ping facility from the dev platform and that appears to send the appropriate payload but we don\'t appear to be getting anything from our agents (usually several hits every day).', False),
    ('https://github.com/reapit/foundations/issues/10110', 'issue', 'other', 'none', 'Hi @gazeal-uk \nIs this for a particular client or all?', False),
    ('https://github.com/reapit/foundations/issues/10110', 'issue', 'complaint', 'none', 'As mentioned in my email Ash this is happening for all clients it seems...', False),
    ('https://github.com/reapit/foundations/issues/10110', 'issue', 'other', 'none', "Hi @gazeal-uk this should now be resolved. Please can you confirm receipt of these events once you've got a few through.", False),
    ('https://github.com/PipedreamHQ/pipedream/issues/5722', 'issue', 'other', 'other', '[TRIGGER] Intercom Webhooks Support\n\n**Describe the event source. What app is this for, and what event does the trigger correspond to?**\n\nIntercom now has webhooks to subscribe to.\n\nAs a Pipedream Developer, I would love if triggers were powered by webhooks instead of through polling.', False),
    ('https://github.com/kovetskiy/mark/issues/57', 'issue', 'complaint', 'other', 'Confluence API returned unexpected status: 401 (Unauthorized)\n\nMy username, password and base_url are confirmed correct, but confluence cloud says 401 Unauthorized. I am an administrator. How can I debug this further?', False),
    ('https://github.com/kovetskiy/mark/issues/57', 'issue', 'other', 'none', 'Ah. API Token was required; password only applies to non-cloud I suppose', False),
    ('https://github.com/skleinei/alfred-confluence/issues/1', 'issue', 'complaint', 'none', "HTTP Error 401: Unauthorized\n\nI know I'm using the right username/password/base URL but I get an error when trying to search. Could this error be related to my specific account privileges?", False),
    ('https://github.com/skleinei/alfred-confluence/issues/1', 'issue', 'other', 'other', 'This is not related to account privileges. There were some issues with changes in Confluence Cloud, which now requires tokes. Please upgrade to 1.0.3 and use an API token (https://confluence.atlassian.com/cloud/api-tokens-938839638.html).', False),
    ('https://github.com/jc1518/Confluence-Space-Exporter/issues/11', 'issue', 'complaint', 'other', 'Error using with Cloud version\n\nHey,\nI get this error while using with Cloud Deployment of Confluence\n```\n401 - "Basic authentication with passwords is deprecated.  For more information, see: https://developer.atlassian.com/cloud/confluence/deprecation-notice-basic-auth/\\n"\n```\nAm I missing anything?', False),
    ('https://github.com/jc1518/Confluence-Space-Exporter/issues/11', 'issue', 'other', 'other', 'As the error says Confluence cloud does not allow basic authentication. The tool was created for Server version.', False),
    ('https://github.com/kerry/obsidian-confluence-sync/issues/1', 'issue', 'complaint', 'other', 'Cant Sync\n\nI cant seem to get this to work at all.  I created a new connection.  I filled out the settings and pointed it to our INTERNAL hosted server\n       https://confluence.SOME-INTERNAL-COMPANY.com/\nI have created a new access token and placed that in as well.', False),
    ('https://github.com/kerry/obsidian-confluence-sync/issues/1', 'issue', 'complaint', 'other', 'Ill get this in the obsidian console:\nUncaught (in promise) Error: Request failed, status 401', False),
    ('https://github.com/justmiles/go-markdown2confluence/issues/47', 'issue', 'complaint', 'other', 'Using confluence cloud, failing first test, getting 401\n\nHi,\nI have now tried to get this working for a while, without success.\n\nI am trying: To create a test article in my own personal space on the confluence site we use.\nUsing debug flag, I see that: It fails on the first request it makes. Using `curl`, that same request works.', False),
    ('https://github.com/kovetskiy/mark/issues/146', 'issue', 'complaint', 'other', 'Using confluence cloud, failing first test, getting 401\n\nHi,\nI have now tried to get this working for a while, without success.\n\nI have several confluence and jira API commandline tools, so not completely new to this.', False),
    ('https://github.com/jovobe/alfred-confluence-workflow/issues/5', 'issue', 'complaint', 'none', 'Code 101: thread \'main\' panicked at \'Request failed with status code "401 Unauthorized". Check your BASE_URL and auth credentials!\'\n\nTried all combinations, can\'t get it to run', False),
    ('https://github.com/jovobe/alfred-confluence-workflow/issues/5', 'issue', 'complaint', 'none', 'Same. \nTried token / token + username / token + username + token in password field', False),
    ('https://github.com/jovobe/alfred-confluence-workflow/issues/5', 'issue', 'complaint', 'none', 'yes, nothing worked.', False),
    ('https://github.com/jovobe/alfred-confluence-workflow/issues/5', 'issue', 'other', 'none', 'Thank you guys for reporting this and confirming the issue exists! To fix it, I need some more information. Could you please provide some information about your environment?', False),
    ('https://github.com/jovobe/alfred-confluence-workflow/issues/5', 'issue', 'other', 'other', 'I am a confluence cloud user and this issue was resolved for me by obtaining token from [here](https://id.atlassian.com/manage/api-tokens)', False),
    ('https://github.com/markdown-confluence/markdown-confluence/issues/621', 'issue', 'complaint', 'other', 'Can\'t authorize user using PAT\n\nI keep getting a 401 error message when trying to set up this plugin initially. Parent page is set to one that has no restrictions on Confluence. Not sure why I am getting this error, seems like the request should\'ve had the header "Bearer" instead of "Basic"?', False),
    ('https://github.com/markdown-confluence/markdown-confluence/issues/621', 'issue', 'other', 'none', 'This appears to be a duplicate of #536', False),
    ('https://github.com/pchuri/confluence-cli/issues/76', 'issue', 'complaint', 'none', '[FEEDBACK] Scoped API token gives 401\n\n## 📝 Your Feedback\n\nThank you for taking the time to share your thoughts about confluence-cli!\n\n### What did you try to accomplish?\nI was trying to use the new scoped features as I only want to read content via the CLI, never edit it (at least for now).\n\n### How was your experience?\nI keep getting a 401 for each command I call, for instance `read`, `info` and `spaces`.', False),
    ('https://github.com/markdown-confluence/markdown-confluence/issues/536', 'issue', 'other', 'none', 'Authorization: Basic should be exchanged with Authorization: Bearer\n\nTitle says it all, when trying to authenticate with my token I get 401 - which also does not work in the command prompt with a basic auth header.\n\nHowever, using the API Access Token works fine and it would be nice if the Plugin would support that as well.', False),
    ('https://github.com/markdown-confluence/markdown-confluence/issues/536', 'issue', 'other', 'none', 'Are you connecting to a cloud instance or on premises instance?', False),
    ('https://github.com/markdown-confluence/markdown-confluence/issues/536', 'issue', 'complaint', 'other', 'I\'ve got the same issue, I get 401 with the GHA but curl -H "Authorization: Bearer " works fine.\nI\'ve got an on premise instance of Confluence.\n\nIs it compatible?', False),
    ('https://github.com/markdown-confluence/markdown-confluence/issues/536', 'issue', 'other', 'none', "Currently no this tool is designed for Cloud instances. ADF the format I use for documents isn't supported for On-premise instances.", False),
    ('https://github.com/vogoltsov/visual-paradigm-plugins/issues/13', 'issue', 'complaint', 'other', 'plug-in outdated - http errors\n\nWhen trying to connection to the Confluence, using API token and user-name, it returns with Bad Request.', False),
    ('https://github.com/vogoltsov/visual-paradigm-plugins/issues/13', 'issue', 'other', 'other', '@ehkygit , which version of Confluence do you try to connect to? Is it a Cloud or a Hosted version?', False),
    ('https://github.com/voitta-ai/voitta-rag/pull/8', 'issue', 'other', 'other', 'Jira/Confluence Cloud auth and sync error toasts\n\n## Summary\n- Jira and Confluence connectors now support both **Cloud** (API token + Basic auth) and **Server/Data Center** (PAT + Bearer auth) via an auth method dropdown in the UI', False),
    ('https://github.com/activepieces/activepieces/issues/3498', 'issue', 'complaint', 'other', '[BUG]: Error on new monday connection\n\n**Describe the bug**\nWhen i try to make a new connection to monday.com, the OAuth pop-up window just says\n`{"error":"invalid_scope","error_description":"Invalid scope param"}`', False),
]
