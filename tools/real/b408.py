# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 408 (mine-b408): ENGLISH short, support-chat-like messages about an integration between two
# systems, in ISSUE voice (no forum thread was found: the pages corpus returned only vendor docs and
# blog posts) - CRM, marketing-automation, form, calendar, accounting and workflow tools: Mailchimp
# (Mautic, YIKES Easy Forms, mc-magento2, mc-woocommerce, CiviCRM's Mailchimp extension), Klaviyo and
# Google Sheets from Craft Formie, Constant Contact from Craft Freeform / MailOptin / Gravity Forms,
# AWeber (s2member, Pipedream), Sendinblue's node API, ConvertKit (webhookdb), Pipedrive (Airbyte,
# Stitch), Airtable (Airbyte, Framer, Coordinape, bluedot, Formbricks, Automatisch), Typeform (the
# MJML key-request webhook, tap-typeform, Airbyte), Jotform (Activepieces piece, jotform-api-php),
# Notion (Notero, chatgpt-to-notion, Omnivore, a Pipedream workflow), Zoho CRM (Tapdata),
# Salesforce web-to-lead, HubSpot (revenueos), Google Calendar and CalDAV (cal.com, Thunderbird's
# Provider for Google Calendar, GAS-ICS-Sync, elementary Calendar, Easy!Appointments,
# django-appointment, Calendly, SavvyCal), Google Contacts for ERPNext, Gmail connector in Claude
# Code, n8n and Pipedream Google Sheets triggers, Xero and QuickBooks (xero-node, python-quickbooks,
# node-quickbooks, the QBO PHP SDK, Expensify, Kademi), SimpleFin (budget-board), ERPNext sync in
# Frappe Books, SMTP sending (WooCommerce, wpmgr). Complaints in everyday words ("Lists are showing,
# but users are not added to the list", "Having the same issue here too", "Airtable integration
# stopped working on June 28th", "I managed to add the database but after i closed the browser ...
# it wouldn't allow me to add the database again", "Workflow stopped updating notion database",
# "Leads not Going to SalesForce", "I get the same error when I try to authorize", "Any news here? I
# found already the same issue", "No change, in 9 months. Anybody here?", "Same here. ... Syncing has
# stopped working", "Got the same problem since yesterday.", "My issue (or a variation?) persists.",
# "Did you fix the bug?", "Has anyone seen an issue with answers + landings tables being stale?",
# "until I just got back to work today and it's broken again", "today during the morning the
# synchronization stopped working") kept with near misses from the same threads (maintainers'
# diagnoses and questions, "Issue is fixed.", "This seems to be now resolved on my end", "Ok, i
# disconnected the integration and reconnected. Now it works. Strange", "I'm stupid", "This appears
# to be resolved; not sure when, not sure how.", feature and integration requests - Zoho OAuth,
# SavvyCal, AWeber source, Zapier webhooks, an Airtable request, a webhook API like Typeform's,
# "Auto-Connect Calendar", "Implement Webhook in Stripe" -, how-to and conceptual questions -
# "How to specify connection duration?", "CalDAV sync in 1.5.1 is only one way? What am I doing
# wrong.", "what the deference between api_key and your_api_key" -, missing fields of a working
# integration - Jotform's submission ID, Stitch's Pipedrive leads table, Typeform response/form link).
# Sources (issues corpus; texts copied from the thread excerpts the search returned, trimmed only - a
# title plus the first sentences, a title alone, or one comment):
#  mautic/mautic #1416, EvanHerman/yikes-inc-easy-mailchimp-extender #269, mjmlio/mjml #3132,
#  webhookdb/webhookdb #104, airbytehq/airbyte #38157 #61385 #21344, stitchdata/docs #1122,
#  MscrmTools/XrmToolBox #502, XeroAPI/xero-node #417 #299, routablehq/python-quickbooks #75,
#  mcohen01/node-quickbooks #190, IntuitDeveloper/C2QB-library-for-Windows-CUI-and-GUI #1,
#  tapdata/tapdata #654, verbb/formie #1543 #886, coordinape/coordinape #1110, framer/plugins #219,
#  bluedotimpact/bluedot #1196, dvanoni/notero #476 #188 #57 #584, L-a-r-t/chatgpt-to-notion #30,
#  omnivore-app/omnivore #4098, PipedreamHQ/pipedream #9339 #1138 #5703, jotform/jotform-api-php #15,
#  Crocoblock/suggestions #6970, tellform/tellform #259, activepieces/activepieces PR #1415,
#  anthropics/claude-code #52588, sebwarnke/alfred-calendly #8, calcom/cal.diy #3582 #11497 #8770
#  #8248 #17139 #5749, bytechefhq/bytechef #1391, BrilliantPlugins/salesforce-wordpress-to-lead #99,
#  wpsharks/s2member #260, solspace/craft-freeform #108, proudcity/wp-proudcity #2255 #2320,
#  frappe/erpnext #39962, Expensify/App PR #45251 #47435 #41085, teelur/budget-board #832,
#  frappe/books #1390, mailchimp/mc-woocommerce #36, anupsahoo/revenueos #17,
#  woocommerce/woocommerce #14865, mosamlife/wpmgr #380, mailchimp/mc-magento2 #753,
#  veda-consulting-company/uk.co.vedaconsulting.mailchimp #322, kewisch/gdata-provider #735 #901
#  #549 #529, derekantrican/GAS-ICS-Sync #514, elementary/calendar #117, n8n-io/n8n #31330 #15490,
#  wherebyus/general-tasks #1306, twentyhq/twenty #10264, funmusicplace/mirlo PR #2326,
#  opencollective/opencollective #1839, hackable/gpw #21, mailin-api/sendinblue-nodejs-api-npm #16,
#  adamspd/django-appointment #245, alextselegidis/easyappointments #604 #1734, aden-hive/hive #7043,
#  intuit/QuickBooks-V3-PHP-SDK #528, Kademi/kademi-dev #5343, formbricks/formbricks #4646 #4644
#  #4584 #4645, singer-io/tap-typeform #25, automatisch/automatisch #1144, baptisteArno/typebot.io
#  #316, formzillion/formzillion.com #4.
# Look-ups: 36 search look-ups of the 60 allowed (35 issues corpus, 1 pages corpus); no other tool.
# Checked: every thread URL was grepped (exact URL followed by a quote, # or /) over
# /work/main/tools/real/*.py, tools/real/pending/*.py and /work/wt/*/tools/real/*.py - none of the
# threads above is in an earlier batch; every text was compared (lower-cased) with the ~26.6k texts
# of those files and within the batch - two duplicates found and dropped ("same issue here" on
# airbyte #61385, Pipedream's stock "Without more information, I'm going to close this issue...").
# Skipped as already used (the corpus is heavily mined; most top hits were taken): n8n-io/n8n #15035
# #12623 #24326 #19257 #30429 #20534 #18943 #25180 #18037 PR #5854, tcampb/react-calendly #73,
# calcom/cal.diy #14685 #5735 #2877 #11870 #7278 #8376, PipedreamHQ/roadmap
# #426, nopSolutions/nopCommerce #6626 #6813, verbb/formie #1541 #147 #2086 #2199 #1595 #1107,
# ibericode/mailchimp-user-sync #55, veda-consulting-company #335 #306 #347, rainlab/mailchimp-plugin
# #22, Repair-DeskPOS #618 #838 #355 #585 #1519, forem/forem #15616, yikes #663 #62 #364 #325 #164
# #237 #235 #69, skovmand/mailchimp-laravel #9, drewm/mailchimp-api #323, ibericode/mailchimp-for-
# wordpress #242 #699, buttondown/roadmap #3517, raae/pow-app #240, enosysau/WEBSITE #5,
# Crocoblock/jetformbuilder #8 #428, airbytehq/airbyte #33879 #58634 #44471 #49842 #32922,
# singer-io/tap-pipedrive #132, mautic/mautic PR #4163 PR #5401 PR #4219, Expensify/App #70873
# #42250, routablehq/python-quickbooks #40, simonv3/quickbooks-python #11, WordPress/wordcamp.org
# #1342, ruckus/quickeebooks #127, intuit/QuickBooks-V3-DotNET-SDK #342, solspace/craft-freeform
# #1412 #1372 #144 #272, PipedreamHQ/pipedream #2197 #8056 #21399, asciisd/zoho #4, klaviyo/magento2-
# klaviyo #261, mikkeltschentscher/danishskincare.com #109, mailchimp/mc-woocommerce #1379 #402
# #1210 #221 #440 #768 #441 #228 #504 #708 #231 #276, arussellsaw/budgie #6, dvanoni/notero #661
# #450 #40, tabdeck/tabdeck.so #62, formbricks/formbricks #6597 #4648, activepieces/activepieces
# #3067, nextcloud/integration_google #40, syndesisio/syndesis #5325 #8165, hcengineering/platform
# #7959, thunderbird/appointment #908, strangerstudios/pmpro-mailchimp #34, strangerstudios/paid-
# memberships-pro #920, mailchimp/mc-magento #602, mailchimp/mc-magento2 #1131 #230 #66 #930 #26
# #238 #578, BrilliantPlugins #88 #107 #46 #97, CybotAS/CookiebotWP #65, CommonsBuild/coordination
# #526, FriendlyCaptcha #93, sourcegraph/about #6135, aweber/public-api-examples #29,
# QualityUnit/pap-public #39, wpsharks/s2member #303 #313, woocommerce/subscribe-and-connect #25,
# AffiliateWP #434, rocklobster-in/contact-form-7 #19, actualbudget/actual #5151, dotmailer PR #117,
# webhookdb/webhookdb #39, sendinblue/APIv3-python-library #63, mailin-api #15, resend/resend-node
# #662, sendgrid/sendgrid-python #954, mailgun/mailgun.js #109, HaikuArchives/Calendar #45,
# phw198/OutlookGoogleCalendarSync #1305, Automattic/newspack-plugin #4350, dcblogdev/laravel-xero
# #53, XeroAPI/Xero-NetStandard #257, foxbytehq/laravel-xero-oauth2 #32 #48 #42, XeroAPI/xero-node
# #382 #370, tobimori/kirby-dreamform PR #149.
# Rejected on reading: thin or off-theme threads and comments - mc-magento2 #1359 (steps only),
# jessepearson/mailpoet-contact-form-7 #10 (a quoted support query), Pipedream PR #15069 (a PR stub),
# buttondown #2031 (tags, no connection), calcom #14265 (double webhook, "bumping"), hizzle-co/noptin
# #678 (mail authentication warning, not an integration), gdata-provider #513 and FossifyOrg/Calendar
# #258 (display vs sync unclear, checklist text), andstatus/todoagenda #17 (Android provider, not two
# systems), calcom #2615 (the comment carries a private e-mail address), XeroAPI/xero-node #299's
# truncated maintainer reply, Expensify #39726 / #42913 / #44148 / #49156 / #78106 not taken (tester
# templates), the pages-corpus hits (vendor docs and blog posts, no forum voice), logs-only comments.
# Doubts: veda #322 ("No change, in 9 months. Anybody here?" and "Sync Contacts buttons don't appear")
# - complaint: the Mailchimp sync pages cannot be used, a support person would open a ticket.
# calcom #17139 "Did you fix the bug?" - complaint, the reporter's still-broken follow-up (earlier
# batches label "any updates on why this is happening?" on a bug thread as a complaint), while
# calcom #11497 "is this still alive? seems pretty cruciual?" - other, the thread is about a missing
# alert e-mail, not a failing connection; coordinape's "@CryptoGraffe is this still not working?" -
# other (maintainer asking). easyappointments #604 (appointments created through the API are not
# pushed to Google Calendar; the maintainer tagged it enhancement and later said "this is already
# part of the app") - other, a missing feature of a working sync. chatgpt-to-notion #30 (databases
# listed but unclickable) - complaint, the Notion connection cannot be completed. anthropics/claude-
# code #52588 (filed as a feature request but reports the Gmail connector stopped accepting calls
# with "This connector requires authentication.") - complaint. activepieces PR #1415 (a developer
# pasting Jotform's "WebHook URL is wrong" 400 while testing) - complaint, pasted connection error.
# mjml #3132 - the description names Typeform only as the form, the failure is the Typeform webhook,
# so integration other; the reporter's "bounce back" comment - other (a mailbox problem).
# yikes #269 "now i have connected but ... Invalid domain for site key" - complaint (reCAPTCHA key
# rejected). Expensify QA issues (#47435, #41085) - complaint, connection/sync failing as reported.
# XrmToolBox #502 (reconnect button request) - other, kept as a near miss. Rows naming only "the
# add-on", "the sync" or SMTP - integration none; rows naming Thunderbird, Mailchimp, Airtable,
# Notion, Google, Xero, QBO, SimpleFin and so on - other; the two Stripe webhook items - stripe.
# Integration: other (99), none (59), stripe (2). Exposure: none.
# Voices: issue only. Languages: English only. 160 rows (123 under 200 characters), 76 complaints
# (47.5%), 87 threads.
ROWS = [
    ('https://github.com/mautic/mautic/issues/1416', 'issue', 'complaint', 'other', "Lists are showing, but users are not added to the list (yet).", False),
    ('https://github.com/mautic/mautic/issues/1416', 'issue', 'other', 'none', "As far as I am aware this is resolved now.", False),
    ('https://github.com/EvanHerman/yikes-inc-easy-mailchimp-extender/issues/269', 'issue', 'complaint', 'other', "Sorry, that is an invalid MailChimp API key. Please check the error log on the debug options tab for further information.\n\nwhen i tried to integrate the form with mailchimp API KEY, the error message was permanently there", False),
    ('https://github.com/EvanHerman/yikes-inc-easy-mailchimp-extender/issues/269', 'issue', 'other', 'none', "There seems to be an issue for some of our users with the old version. I would recommend downloading the latest beta release that we've been working diligently on. The issue seems to be suppressed in the new release.", False),
    ('https://github.com/EvanHerman/yikes-inc-easy-mailchimp-extender/issues/269', 'issue', 'complaint', 'other', "Thanks, now i have connected but the form is displaying with an error in RED that says:ERROR: Invalid domain for site key", False),
    ('https://github.com/mjmlio/mjml/issues/3132', 'issue', 'complaint', 'other', "API key not being sent\n\nI've tried several different emails and once I complete the typeform it says I'll get the API key \"in a minute\" but I never receive any.", False),
    ('https://github.com/mjmlio/mjml/issues/3132', 'issue', 'other', 'other', "Hi @rm-cheira, I can confirm that there is an issue with the API registration. Following investigation, it appears to be an issue with the Typeform webhook.", False),
    ('https://github.com/mjmlio/mjml/issues/3132', 'issue', 'complaint', 'none', "Having the same issue here too. Noting the comment from @dazgreer - I will send an email. Can't wait for it to be fixed.", False),
    ('https://github.com/mjmlio/mjml/issues/3132', 'issue', 'other', 'none', "I’m getting a bounce back after sending an email with “username not found at domain” error.", False),
    ('https://github.com/webhookdb/webhookdb/issues/104', 'issue', 'complaint', 'other', "Convertkit unsubscribed subscribers are still missing", False),
    ('https://github.com/airbytehq/airbyte/issues/38157', 'issue', 'complaint', 'other', "[source-pipedrive] Missing table entries (e.g. Stages and Pipelines)\n\nThe Pipedrive connector is not able to sync stages and pipeline data. Apparently, anything else seems to work fine.", False),
    ('https://github.com/airbytehq/airbyte/issues/38157', 'issue', 'other', 'none', "Thanks for reporting the issue @ducjeremyvuucm I added this to the connector team backlog for future resolution.", False),
    ('https://github.com/airbytehq/airbyte/issues/38157', 'issue', 'complaint', 'none', "Hi, I'm facing the same issue with the Pipelines schema; it's almost empty, but the sync within Airbyte does not throw any error", False),
    ('https://github.com/stitchdata/docs/issues/1122', 'issue', 'other', 'other', "PipeDrive: leads not synchronized\n\nI use the official PipeDrive integration (https://www.stitchdata.com/docs/integrations/saas/pipedrive)\n\nAlthough the Lead entity is present in the API (see https://developers.pipedrive.com/docs/api/v1/Leads), I do not see this table in the list of tables to be synchronized.", False),
    ('https://github.com/MscrmTools/XrmToolBox/issues/502', 'issue', 'other', 'none', "Allow to explicitly disconnect and to reconnect respectively", False),
    ('https://github.com/MscrmTools/XrmToolBox/issues/502', 'issue', 'other', 'none', "I guess there is no need to disconnect. You already can click on connect button to reapply a connection", False),
    ('https://github.com/XeroAPI/xero-node/issues/417', 'issue', 'other', 'other', "Cant disconnect from xero using xero.disconnect\n\nIm using AdonisJs as my Node Framework, the xeroclient config works perfectly, I can extract details that I need.\n\nI just cant disconnect", False),
    ('https://github.com/XeroAPI/xero-node/issues/417', 'issue', 'other', 'none', "Hey - I answered this on S/O but will also put it back in here. Ultimately need a bit more information to see why the object's not initialized properly.", False),
    ('https://github.com/routablehq/python-quickbooks/issues/75', 'issue', 'other', 'other', "How to specify connection duration?\n\nI noticed the connection of the client is short lived.", False),
    ('https://github.com/routablehq/python-quickbooks/issues/75', 'issue', 'other', 'other', "The QuickBooks API uses OAuth 1.0 for authentication, which does not have the concept of \"Access Token Duration\" built in naturally.", False),
    ('https://github.com/routablehq/python-quickbooks/issues/75', 'issue', 'other', 'none', "And apparently you can extend the token's life span indefinitely using [Reconnect](https://developer.intuit.com/docs/0100_quickbooks_online/0100_essentials/000500_authentication_and_authorization/oauth_management_api#/Reconnect).", False),
    ('https://github.com/mcohen01/node-quickbooks/issues/190', 'issue', 'complaint', 'none', "Problem refreshing the token\n\nNot able to get the new token after expiry", False),
    ('https://github.com/IntuitDeveloper/C2QB-library-for-Windows-CUI-and-GUI/issues/1', 'issue', 'other', 'none', "I have one problem however. Occasionally the Access Token needs to be refreshed. \nThe access token is supposed to be good for 100 days.\n\nWhat are the conditions where a access token would need to be refreshed other than the 100 day time limit? Thanks", False),
    ('https://github.com/tapdata/tapdata/issues/654', 'issue', 'other', 'other', "Zoho CRM with OAuth\n\nWould like to have the OAuth experience, similar to Salesforce", False),
    ('https://github.com/verbb/formie/issues/1543', 'issue', 'complaint', 'other', "Klaviyo e-mail integration: duplicate error\n\nI have a form that's linked with a Klaviyo e-mail marketing integration. After submitting the form, users get subscribed to a specific list in Klaviyo. Although, if the user already has a profile on Klaviyo, I always get the error of a 'duplicate_profile'.", False),
    ('https://github.com/verbb/formie/issues/1543', 'issue', 'other', 'other', "That's interesting to hear. The process is split into two parts. We first call [identify](https://developers.klaviyo.com/en/v1-2/reference/identify-post) which ensures a profile is created. Then a call to [subscribe](https://developers.klaviyo.com/en/v1-2/reference/subscribe) to add them to the nominated list.", False),
    ('https://github.com/airbytehq/airbyte/issues/61385', 'issue', 'complaint', 'other', "[source-airtable] Unable to find/sync any fields\n\nOur airtable syncs were working previously.\n\nThen at around 2025-06-05 9:30am AEST (2025-06-04 11:30 PM UTC) - the schema got updated by airbyte and all the fields stopped syncing.", False),
    ('https://github.com/airbytehq/airbyte/issues/61385', 'issue', 'other', 'none', "This seems to be now resolved on my end. The sync started working again 7 hours agp at 2025/06/05 1:50am AEST", False),
    ('https://github.com/coordinape/coordinape/issues/1110', 'issue', 'complaint', 'other', "Airtable integration stopped working on June 28th", False),
    ('https://github.com/coordinape/coordinape/issues/1110', 'issue', 'other', 'none', "@CryptoGraffe is this still not working?", False),
    ('https://github.com/framer/plugins/issues/219', 'issue', 'complaint', 'other', "Unable to sync airtable to framer CMs (console log shows 500 error for internal server error)\n\nAirtable wont sync with Framer even thou i reverted to the original database it had synced last week!", False),
    ('https://github.com/framer/plugins/issues/219', 'issue', 'other', 'none', "Issue is fixed.", False),
    ('https://github.com/bluedotimpact/bluedot/issues/1196', 'issue', 'complaint', 'other', "[Bug] Changes to certain Airtable's don't get reflected on the website\n\nYesterday, when Dewi was making changes to the AGI strategy course, directly on Airtable, the website was not reflecting these changes.", False),
    ('https://github.com/dvanoni/notero/issues/476', 'issue', 'complaint', 'other', "Notero no longer \"syncing\" my sources: SYNC SAYS IT HAPPENS BUT IT DOESNT\n\nNotero no longer syncing my sources. When I ask to sync, it says it is syncing, but nothing is showing up in my Literature inbox. Nothing has been updated for almost 10 days.", False),
    ('https://github.com/dvanoni/notero/issues/476', 'issue', 'other', 'other', "Hi @mallorycerkleski, thanks for sharing that info. I wonder if there has been an issue on Notion's side recently. Some other Notero users have also mentioned issues where Notero says it syncs but then the items don't appear in Notion (#450, #475).", False),
    ('https://github.com/L-a-r-t/chatgpt-to-notion/issues/30', 'issue', 'complaint', 'other', "bug: cannot add database\n\nI added integration on my databases and they appears on list like following image. but they are unclickable - nothing happens on click.", False),
    ('https://github.com/L-a-r-t/chatgpt-to-notion/issues/30', 'issue', 'complaint', 'none', "I managed to add the database but after i closed the browser and tried again, it wouldn't allow me to add the database again.", False),
    ('https://github.com/L-a-r-t/chatgpt-to-notion/issues/30', 'issue', 'other', 'other', "I had the same problem as you described, but I just found a solution to be able to connect the unresponsive database.\n\nHere's how I did it (but I don't know if the solution will hold up over time):", False),
    ('https://github.com/dvanoni/notero/issues/188', 'issue', 'complaint', 'other', "Syncing between Notion & Zotero has stopped working\n\nApologies if this is a known issue already, but I checked the existing issues and couldn't find anything new on it. I last used Notero last Monday. It worked fine, and I was able to synchronise papers into my database. This morning, I tried adding new papers to the monitored folder and they no longer synchronise across.", False),
    ('https://github.com/dvanoni/notero/issues/188', 'issue', 'other', 'none', "Hi, @samawelch! Thanks for reaching out. It's curious that no feedback appears.\n\nTo help me dig into this, would you mind installing a test build of Notero?", False),
    ('https://github.com/omnivore-app/omnivore/issues/4098', 'issue', 'complaint', 'other', "Notion intergration: There was an error updating Notion settings.\n\nI want to use the intergration function for my notion, but when I pasted my notion database ID, it showed 'There was an error updating Notion settings.'", False),
    ('https://github.com/omnivore-app/omnivore/issues/4098', 'issue', 'other', 'other', "Hey @pharazone, would you mind sharing a screenshot of the database created in your Notion?", False),
    ('https://github.com/PipedreamHQ/pipedream/issues/9339', 'issue', 'complaint', 'other', "Workflow stopped updating notion database\n\nThe great Thomas Frank notion voice notes workflow suddenly stopped updating my notion database despite showing at the event updated successfully. I've tried to revoke everything reconnecting pipedream to notion and restart the workflow updating all steps and still not working.", False),
    ('https://github.com/dvanoni/notero/issues/57', 'issue', 'complaint', 'none', "APIResponseError but object syncs anyway. It also duplicates\n\nI am seeing an issue where I get an API response error but the object syncs anyway.", False),
    ('https://github.com/dvanoni/notero/issues/57', 'issue', 'other', 'other', "Out of curiosity, were you previously syncing items to a different Notion database? I'm wondering if that's where the database ID is coming from that you see in the error message.", False),
    ('https://github.com/dvanoni/notero/issues/584', 'issue', 'complaint', 'other', "Notes not syncing from Zotero to Notion\n\nNotes from Zotero do not sync to Notion.", False),
    ('https://github.com/dvanoni/notero/issues/584', 'issue', 'other', 'none', "The \"No valid items to sync\" message there is a bit misleading.", False),
    ('https://github.com/dvanoni/notero/issues/584', 'issue', 'complaint', 'other', "It's only existing entries in zotero that aren't synced, i.e. updates. If I add a new paper to zotero it DOES sync.", False),
    ('https://github.com/jotform/jotform-api-php/issues/15', 'issue', 'other', 'other', "Submission ID not provided in Webhook data\n\nIt's seriously frustrating that you don't provide the submission ID when data is pushed via the webhook. Please can you consider fixing this.", False),
    ('https://github.com/jotform/jotform-api-php/issues/15', 'issue', 'other', 'none', "I'm stupid", False),
    ('https://github.com/Crocoblock/suggestions/issues/6970', 'issue', 'complaint', 'other', "Webhooks for JetFormBuilder no data in response\n\nWhen calling webhook from jetformbuilder we are not getting any data in body, does anyone know what could be the issue?", False),
    ('https://github.com/tellform/tellform/issues/259', 'issue', 'other', 'other', "Provide Webhook API for external systems integrations and tracking of submissions\n\nAny plans to provide similar webhook service as typeform https://developer.typeform.com/webhooks/ ?\n\nI'd like to forward my submissions to an external system for further processing.", False),
    ('https://github.com/tellform/tellform/issues/259', 'issue', 'other', 'none', "@felixcheruiyot this is on the roadmap for the 2.3.0 release", False),
    ('https://github.com/activepieces/activepieces/pull/1415', 'issue', 'complaint', 'other', "I keep getting the following error when testing\n\n```\n[API] [15:41:58 UTC] ERROR: [HttpClient#sendRequest] error, responseStatus: 400\n[API] [15:41:58 UTC] ERROR: [HttpClient#sendRequest] error, responseBody: {\n[API] [15:41:58 UTC] ERROR:   responseCode: 400,\n[API] [15:41:58 UTC] ERROR:   message: 'WebHook URL is wrong. (Example : http://www.myhost.com/post.php)',", False),
    ('https://github.com/activepieces/activepieces/pull/1415', 'issue', 'other', 'other', "Jotform doesn't like ngrok links (Facebook too), try using https://serveo.net/ for exposing localhost", False),
    ('https://github.com/anthropics/claude-code/issues/52588', 'issue', 'complaint', 'other', "No UI path to re-authenticate installed OAuth MCP connector with expired token\n\nGmail connector (hosted, OAuth-based, built by Google) stopped accepting calls mid-session with \"This connector requires authentication.\"", False),
    ('https://github.com/verbb/formie/issues/886', 'issue', 'complaint', 'other', "Google integration \"Not connected\" despite successful connection workflow\n\nI've set up google sheets integration for a formie form. When setting up the integration at the form level, I am able to enable and then try to \"connect\" it, the workflow completes successfully with an integration connected disappearing pop up message - however the status of the integration remains \"Not connected\" (screenshot below).", False),
    ('https://github.com/sebwarnke/alfred-calendly/issues/8', 'issue', 'other', 'other', "I can disconnect from Calendly", False),
    ('https://github.com/calcom/cal.diy/issues/3582', 'issue', 'other', 'none', "Auto-Connect Calendar\n\nWhen a calendar is disconnected, users are sent an email for them to reconnect their calendar.", False),
    ('https://github.com/calcom/cal.diy/issues/11497', 'issue', 'other', 'none', "[CAL-2507] alarm system email when calendar disconnects\n\ninvestigate why it didnt alert", False),
    ('https://github.com/calcom/cal.diy/issues/11497', 'issue', 'other', 'other', "Now I can't able to reproduce this issue. previously I was able to reproduce this when Google calender was removed.", False),
    ('https://github.com/calcom/cal.diy/issues/11497', 'issue', 'other', 'none', "is this still alive? seems pretty cruciual?", False),
    ('https://github.com/calcom/cal.diy/issues/8770', 'issue', 'other', 'none', "in addition to this - could we allow the user to mark a calendar is IMPORTANT, so if it disconnects, their account is paused until it has been reconnected.", False),
    ('https://github.com/bytechefhq/bytechef/issues/1391', 'issue', 'other', 'other', "Not tested becaues Calendly account needs to be upgraded to the Standard plan.", False),
    ('https://github.com/calcom/cal.diy/issues/8248', 'issue', 'complaint', 'other', "[CAL-1479] Cal.com booking seeing events on a calendar that is no longer connected to the account.", False),
    ('https://github.com/calcom/cal.diy/issues/8248', 'issue', 'other', 'none', "Fixed back in April", False),
    ('https://github.com/BrilliantPlugins/salesforce-wordpress-to-lead/issues/99', 'issue', 'complaint', 'other', "Leads not Going to SalesForce\n\nHi, \n\nI downloaded the plugin toady and created my first form. The leads are not going to salesforce though. \nPlease help.", False),
    ('https://github.com/BrilliantPlugins/salesforce-wordpress-to-lead/issues/99', 'issue', 'other', 'none', "@katw433 Free support for this plugin is provided in the [WordPress.org Support Forum](https://wordpress.org/support/plugin/salesforce-wordpress-to-lead/).", False),
    ('https://github.com/PipedreamHQ/pipedream/issues/1138', 'issue', 'other', 'other', "[SOURCE] New AWeber subscriber\n\nI'd like to trigger a workflow each time a new subscriber is added to my AWeber account.", False),
    ('https://github.com/PipedreamHQ/pipedream/issues/1138', 'issue', 'other', 'none', "This is ready for release!", False),
    ('https://github.com/wpsharks/s2member/issues/260', 'issue', 'other', 'other', "Aweber List\n\nNot truly a bug, but important to note in the interface due to the recent changes at Aweber.  I only figured it out after my server got many returned emails from Aweber.", False),
    ('https://github.com/solspace/craft-freeform/issues/108', 'issue', 'complaint', 'other', "Mailing list integration 401 \"error\"\n\nI've connected my form with the Constant Contact mailing list integration, but I am getting an error in the console.", False),
    ('https://github.com/solspace/craft-freeform/issues/108', 'issue', 'other', 'other', "Sorry for the trouble here. We've recently had another customer report a similar issue. They recreated the Constant Contact connection from scratch and reconnected it and that seemed to solve the problem for them. Are you at all able to try this? :)", False),
    ('https://github.com/proudcity/wp-proudcity/issues/2255', 'issue', 'complaint', 'other', "MailOptin with Constant Contact email log fail\n\nSites using upgraded MailOptin with Constant Contact are getting failures in the email log:", False),
    ('https://github.com/proudcity/wp-proudcity/issues/2255', 'issue', 'other', 'other', "Waiting on information to connect with Jackson on MailChimp so we can confirm their setup.", False),
    ('https://github.com/proudcity/wp-proudcity/issues/2320', 'issue', 'complaint', 'other', "Oakwood Constant Contact Issue\n\nConstant Contact won't authorize on the Oakwood Site. Currently it seems we have an issue with the `okta` authorization protocol that is being used to try and authorize the site with CC for API credentials.", False),
    ('https://github.com/frappe/erpnext/issues/39962', 'issue', 'complaint', 'other', "Google Contact: Not able to Authorize Google Contacts Access\n\nI'm trying to Authorize ERPNext to Access my Google Contacts, but I'm facing an issue with it.", False),
    ('https://github.com/frappe/erpnext/issues/39962', 'issue', 'complaint', 'other', "I get the same error when I try to authorize the Google Contacts Integration.", False),
    ('https://github.com/frappe/erpnext/issues/39962', 'issue', 'complaint', 'none', "Any news here? I found already the same issue in v15.10.3", False),
    ('https://github.com/Expensify/App/pull/45251', 'issue', 'other', 'other', "I disconnected from QBO however I still can sync successfully 🤔 . it's blocking me from completing the checklist 😢", False),
    ('https://github.com/Expensify/App/pull/45251', 'issue', 'other', 'other', "@arosiclair I think that after the backend update, we don't get `isAuthenticationError` pushed correctly when syncing the connection with QBO (Xero works perfectly).", False),
    ('https://github.com/teelur/budget-board/issues/832', 'issue', 'complaint', 'other', "[BUG] When one account has errors, it prevents the rest form syncing\n\nWhen syncing my accounts with SimpleFin, if one account has an issue with its authentication, the rest of the accounts fail to sync.", False),
    ('https://github.com/teelur/budget-board/issues/832', 'issue', 'other', 'none', "I was unable to reproduce the issue on my end, but I did see some areas where this issue could potentially come up.\n\nI released patch v3.5.1, which should have the fix for this.", False),
    ('https://github.com/teelur/budget-board/issues/832', 'issue', 'other', 'none', "Awesome! I’ll update when I get home and give it a test.", False),
    ('https://github.com/frappe/books/issues/1390', 'issue', 'complaint', 'other', "🐛 [Bug] - Sync Data from Server\n\nafter putting-in API details, clicking on Sync data from server. Firstly, the \"Sync data from server\" doesn't look like a button.\n\nAnd when I click on this field/button, I am redirected to home page.", False),
    ('https://github.com/frappe/books/issues/1390', 'issue', 'other', 'other', "The redirect remains unexplained. Please provide the Books, ERPNext, and server integration versions, plus the failing request status and console error when Sync Data from Server is clicked.", False),
    ('https://github.com/mailchimp/mc-woocommerce/issues/36', 'issue', 'other', 'none', "we did see something late yesterday IF a product has been deleted, the sync will not happen. maybe that's what you're seeing as well?", False),
    ('https://github.com/mailchimp/mc-woocommerce/issues/36', 'issue', 'other', 'none', "Removing the priority and 1.0 tags. User has not followed up, and we cannot troubleshoot this issue.", False),
    ('https://github.com/anupsahoo/revenueos/issues/17', 'issue', 'other', 'other', "Stretch: real CRM integration (HubSpot webhook)\n\nIngest a real won-opportunity event from a HubSpot deal-stage webhook.", False),
    ('https://github.com/woocommerce/woocommerce/issues/14865', 'issue', 'complaint', 'other', "Email's not being sent SMTP autentication failed, redentials are being overwritten ?\n\nWith latest version 3.0.5, emails of new orders with authenticated SMTP stop being sent, the credentials are being overwritten somewhere, not even my system mails get out.", False),
    ('https://github.com/woocommerce/woocommerce/issues/14865', 'issue', 'other', 'none', "I need further testing, please ignore this in the meantime...", False),
    ('https://github.com/mosamlife/wpmgr/issues/380', 'issue', 'complaint', 'none', "SMTP fails on some website after successful configuration days ago\n\n**Describe the bug**: smtp continue fails with no reason on website that already have configured all the settings and have already sent successful email, test email or normal email (form, wordpress udpate etc).", False),
    ('https://github.com/mailchimp/mc-magento2/issues/753', 'issue', 'complaint', 'other', "Mailchim Magento 2.3.1 Possible Bug - Data Not Syncing", False),
    ('https://github.com/mailchimp/mc-magento2/issues/753', 'issue', 'other', 'none', "What version of mc-magento2 do you have?\nAre you using the sample data?\nWhat version of php do you have?", False),
    ('https://github.com/veda-consulting-company/uk.co.vedaconsulting.mailchimp/issues/322', 'issue', 'complaint', 'none', "No change, in 9 months. Anybody here?", False),
    ('https://github.com/veda-consulting-company/uk.co.vedaconsulting.mailchimp/issues/322', 'issue', 'complaint', 'other', "I've have run into the same issue.\n\"**Sync Contacts**\" buttons don't appear on **Mailchimp Pull/Push Sync** screens.", False),
    ('https://github.com/veda-consulting-company/uk.co.vedaconsulting.mailchimp/issues/322', 'issue', 'other', 'other', "I moved our organization to Mosaico in Civi + Amazon SES. It was a lot of work, and there are a couple things I still need to get fixed (like click tracking). But now we get to save money by canceling MailChimp!", False),
    ('https://github.com/kewisch/gdata-provider/issues/735', 'issue', 'complaint', 'other', "Events not syncing with Google\n\nI have had this issue for quite some time and have never been able to figure out how to fix it. whenever i receive a calendar invite and I accept it, it rarely syncs to Google Calendar.", False),
    ('https://github.com/kewisch/gdata-provider/issues/735', 'issue', 'complaint', 'other', "I have a similar problem. TB, ver 115,9.9.0, simply stops syncing. Nothing I do will cause it to sync short of unsubscribing and then resubscribing to the calendar.", False),
    ('https://github.com/kewisch/gdata-provider/issues/735', 'issue', 'other', 'none', "Can you check the main readme on enabling debugging and add some debug logs here?", False),
    ('https://github.com/kewisch/gdata-provider/issues/735', 'issue', 'complaint', 'none', "Seeing the same issue.\nWanted to add some debug logs here, but I can't find it.", False),
    ('https://github.com/derekantrican/GAS-ICS-Sync/issues/514', 'issue', 'complaint', 'other', "New events not showing up on GCal even though script seems to be working\n\nOver roughly the past two weeks, events I add to Outlook are not showing up in the calendar that I use GAS-ICS-Sync to populate.", False),
    ('https://github.com/kewisch/gdata-provider/issues/901', 'issue', 'complaint', 'other', "The add on no longer functions\n\nI can no longer add new evets. I can't close reminders. New events entered directly on google calendar do not appear.", False),
    ('https://github.com/kewisch/gdata-provider/issues/901', 'issue', 'complaint', 'other', "Same here. Thunderbird 128.8.1esr (64-bit) with Provider for Google Calendar add-on version 128.5.1. Syncing has stopped working. Cannot add new events or Tasks.", False),
    ('https://github.com/kewisch/gdata-provider/issues/901', 'issue', 'complaint', 'none', "Got the same problem since yesterday.\nI tried the backup, but still the same....", False),
    ('https://github.com/kewisch/gdata-provider/issues/549', 'issue', 'complaint', 'other', "Calendar not synchronizing\n\nHello.\nI use this extension since few years now. Thanks for it.\nSince about a month, I can notice that events created out of thunderbird are not synchronizing in it.", False),
    ('https://github.com/kewisch/gdata-provider/issues/549', 'issue', 'other', 'none', "This is probably another symptom of [this thoroughly discussed problem](https://github.com/kewisch/gdata-provider/discussions/497).", False),
    ('https://github.com/kewisch/gdata-provider/issues/549', 'issue', 'complaint', 'none', "Hello. I can say that it doesn't solve the problem. Calendars resync when the module is unactivated/reactivated, yet, it lost its synchronisation after.", False),
    ('https://github.com/elementary/calendar/issues/117', 'issue', 'complaint', 'other', "It seems as though calendar does not download all of my appointments; several repeating events are not present in any view, nor are they shared to indicator-datetime; calendar only seems to keep track of about a third of all events on my Google calendar.", False),
    ('https://github.com/elementary/calendar/issues/117', 'issue', 'other', 'none', "This appears to be resolved; not sure when, not sure how.", False),
    ('https://github.com/kewisch/gdata-provider/issues/529', 'issue', 'other', 'none', "There was an issue with the add-on and is now fixed by the developer.", False),
    ('https://github.com/kewisch/gdata-provider/issues/529', 'issue', 'complaint', 'none', "Thanks for the heads up.  My issue (or a variation?) persists.", False),
    ('https://github.com/n8n-io/n8n/issues/31330', 'issue', 'complaint', 'other', "Google Sheets Trigger every minute is not working manual Execute is working sent email", False),
    ('https://github.com/n8n-io/n8n/issues/15490', 'issue', 'complaint', 'other', "Google Sheets - Unable to Activate Workflow", False),
    ('https://github.com/PipedreamHQ/pipedream/issues/5703', 'issue', 'complaint', 'other', "[BUG]\n\n**Describe the bug**\nGoogle sheets integration not catching updates.", False),
    ('https://github.com/PipedreamHQ/pipedream/issues/5703', 'issue', 'other', 'other', "Hello @pjamesscaife, as I have commented [here](https://pipedream-users.slack.com/archives/CMZG4EBJ9/p1678714005157169?thread_ts=1678663633.795599&cid=CMZG4EBJ9), maybe you have not gave Pipedream enough permisson when connecting to Google Sheet account. You can try to remove Pipedream from your [Google Account Permission page](https://myaccount.google.com/security) and try to reconnect again?", False),
    ('https://github.com/wherebyus/general-tasks/issues/1306', 'issue', 'other', 'other', "Next steps: Tracking signup locations with tags in MailChimp\n\n## Feature or problem\nYay, tags in MailChimp! \n\n - What signup locations are we now automatically tracking with tags in MailChimp?", False),
    ('https://github.com/twentyhq/twenty/issues/10264', 'issue', 'other', 'none', "Sync Only Shared Emails\n\nAvoid to share unwanted emails and information with the team, since current email integration either syncs all emails and contact, or none (making it useless)", False),
    ('https://github.com/funmusicplace/mirlo/pull/2326', 'issue', 'other', 'stripe', "chore: detail that people need to enable webhooks for stripe\n\nIt's important to add a bunch of webhook stuff to stripe. We should probably automated that for self install.", False),
    ('https://github.com/opencollective/opencollective/issues/1839', 'issue', 'other', 'other', "Webhooks - Custom URLs and Zapier\n\n## User story \nAs a collective owner, I can configure notification webhooks to custom URLs or Zapier so that I can process events as they occur.", False),
    ('https://github.com/opencollective/opencollective/issues/1839', 'issue', 'other', 'none', "What events do we want to support in this first version?", False),
    ('https://github.com/hackable/gpw/issues/21', 'issue', 'other', 'stripe', "Implement Webhook in Stripe", False),
    ('https://github.com/mailin-api/sendinblue-nodejs-api-npm/issues/16', 'issue', 'other', 'other', "api_key for authentications\n\n**what the deference between api_key and your_api_key**", False),
    ('https://github.com/calcom/cal.diy/issues/17139', 'issue', 'complaint', 'other', "Sync Latency?\n\n### Issue Summary\n\nI manually created a Google Calendar appointment on my phone calendar. \nThen a colleague used my cal.com page to schedule an Exchange appointment. \nNow i have two conflicting appointments.", False),
    ('https://github.com/calcom/cal.diy/issues/17139', 'issue', 'other', 'other', "Integrate Calendars: Utilize any available integration features in cal.com to automatically check for conflicts with your Google Calendar.", False),
    ('https://github.com/calcom/cal.diy/issues/17139', 'issue', 'complaint', 'none', "Did you fix the bug?", False),
    ('https://github.com/calcom/cal.diy/issues/5749', 'issue', 'complaint', 'other', "cal.com not preventing users from booking a meeting when busy\n\n### Issue Summary\n\nI've setup cal.com with 3 calendars (1x google calendar, 2x caldav through SOGo (mailcow))", False),
    ('https://github.com/calcom/cal.diy/issues/5749', 'issue', 'complaint', 'other', "I too have the same issue, I have Tuesdays and Thursdays blocked out in my Google Calendar as busy, but cal.com still allows bookings at those dates", False),
    ('https://github.com/calcom/cal.diy/issues/5749', 'issue', 'complaint', 'other', "Same here. \n\nConnected my Apple iCloud calendars and cal.com offers time slots that are already booked in them.", False),
    ('https://github.com/calcom/cal.diy/issues/5749', 'issue', 'other', 'none', "@alishaz-polymath is looking into caldav issues", False),
    ('https://github.com/adamspd/django-appointment/issues/245', 'issue', 'other', 'other', "Is there any way we can integrate Acuity Booking Schedular or Google Calendar Sync to this package?", False),
    ('https://github.com/adamspd/django-appointment/issues/245', 'issue', 'other', 'none', "Hi @Junaidiqbal35, I've merge PR #265. It sends an ics file to users that allows to sync with calendars.", False),
    ('https://github.com/alextselegidis/easyappointments/issues/604', 'issue', 'other', 'other', "Google calendar is not synced automatically when appointment is created via api\n\nI am calling an api [POST /api/v1/appointments] for creating an appointment. With Google calendar sync integrated with easy appointment, I have a following issue.", False),
    ('https://github.com/alextselegidis/easyappointments/issues/604', 'issue', 'other', 'none', "Old ticket, but this is already part of the app", False),
    ('https://github.com/alextselegidis/easyappointments/issues/1734', 'issue', 'other', 'other', "CalDAV sync in 1.5.1 is only one way? What am I doing wrong.\n\nFirst off, great software! 👌🏻", False),
    ('https://github.com/aden-hive/hive/issues/7043', 'issue', 'other', 'other', "[Integration]: SavvyCal - Scheduling links and meeting automation", False),
    ('https://github.com/Expensify/App/issues/47435', 'issue', 'complaint', 'other', "QBO - Error appears when connecting to QBO", False),
    ('https://github.com/intuit/QuickBooks-V3-PHP-SDK/issues/528', 'issue', 'complaint', 'other', "Quickbook Sync issue(Invoice) with the PHP SDK(5.0.0)\n\nIt worked fine until last day,but all of a sudden the syncing of the invoices has been throwing as error as below", False),
    ('https://github.com/Expensify/App/issues/41085', 'issue', 'complaint', 'other', "[QBO] `Sync Now` does not manually sync the connection\n\nWhen a user clicks sync now, we should manually sync the connection between new Expensify and QuickBooks online. However, when clicking sync now currently, nothing happens and the button is unresponsive.", False),
    ('https://github.com/Expensify/App/issues/41085', 'issue', 'other', 'none', "Oops, this is already done -- https://github.com/Expensify/App/issues/41015", False),
    ('https://github.com/XeroAPI/xero-node/issues/299', 'issue', 'complaint', 'other', "[v4] refreshToken() fails after a ValidationException error occurs on createContact() API call.", False),
    ('https://github.com/Kademi/kademi-dev/issues/5343', 'issue', 'complaint', 'other', "Access token exception in Xero", False),
    ('https://github.com/formbricks/formbricks/issues/4646', 'issue', 'complaint', 'other', "Airtable Integration: Multi-Select Question Responses Not Saved\n\n### Issue Summary\n\nWhen submitting a response to a Multi-Select question in a survey connected to Airtable, the response is successfully saved in Formbricks but does not appear in the Airtable table. There is no error message or notification.", False),
    ('https://github.com/formbricks/formbricks/issues/4646', 'issue', 'other', 'none', "Seemed to work fine for me, can you check your entire table (new entries are created at the end) or share SS of your response? 😊", False),
    ('https://github.com/singer-io/tap-typeform/issues/25', 'issue', 'complaint', 'none', "Answers + Landings tables no longer refreshing\n\nHas anyone seen an issue with answers + landings tables being stale? Only my questions table is updating, despite certainty that there have been new responses to the survey I'm pulling in.", False),
    ('https://github.com/singer-io/tap-typeform/issues/25', 'issue', 'complaint', 'none', "Hi @nmccormick-bombas did you ever find a resolution to this? I am experiencing the same thing.", False),
    ('https://github.com/singer-io/tap-typeform/issues/25', 'issue', 'other', 'other', "No solution as of yet. One thing that will work - if you setup separate\nintegrations for your different taboola accounts. A bit of a PIA, but it\nwill prevent the pipe from breaking.", False),
    ('https://github.com/singer-io/tap-typeform/issues/25', 'issue', 'complaint', 'none', "I have noticed the same thing. I managed to get answers when I keep changing tables to replicate settings but now landings won't get updated", False),
    ('https://github.com/singer-io/tap-typeform/issues/25', 'issue', 'complaint', 'other', "I have the same issue. Managed to fix it back in December by changing the token in typeform and resetting the integration, and making it run the entire integration again. It took hours but seemed to work... until I just got back to work today and it's broken again.", False),
    ('https://github.com/formbricks/formbricks/issues/4644', 'issue', 'complaint', 'other', "Airtable Integration: Long Free Text Responses Not Saved\n\n### Issue Summary\n\nWhen a respondent submits an answer to a Free Text question with a large input in a Formbricks-connected Airtable survey, the response is successfully saved in Formbricks but fails to appear in the Airtable sheet.", False),
    ('https://github.com/automatisch/automatisch/issues/1144', 'issue', 'other', 'other', "Airtable request\n\nI want to put my google forms answers (or google sheets answers) into an Airtable database as new responses are recorded.", False),
    ('https://github.com/baptisteArno/typebot.io/issues/316', 'issue', 'complaint', 'other', "Integration with google account and deleted answers appearing\n\nHello Baptiste, first I would like to congratulate you for the excellent tool!\n\nI'm facing problems when trying to sync my google drive account and google sheets spreadsheet in typebot.", False),
    ('https://github.com/baptisteArno/typebot.io/issues/316', 'issue', 'other', 'other', "Can you create another issue for the Google Sheets bug? If possible, can you provide logs from the console when it has crashed?", False),
    ('https://github.com/baptisteArno/typebot.io/issues/316', 'issue', 'complaint', 'none', "I believe I configured it correctly, as it was working fully before, today during the morning the synchronization stopped working", False),
    ('https://github.com/formbricks/formbricks/issues/4584', 'issue', 'complaint', 'other', "Google Sheets Integration broken\n\n### Issue Summary\n\nIt is not possible to link a sheet.", False),
    ('https://github.com/formbricks/formbricks/issues/4584', 'issue', 'other', 'none', "Ok, i disconnected the integration and reconnected. Now it works. Strange", False),
    ('https://github.com/formbricks/formbricks/issues/4645', 'issue', 'complaint', 'other', "Airtable Integration: Responses with Polish Characters Not Saved", False),
    ('https://github.com/formbricks/formbricks/issues/4645', 'issue', 'other', 'none', "Hey @vltkv , I was not able to reproduce this, can you share more details or screenshot of your response from formbricks response page 😊", False),
    ('https://github.com/formzillion/formzillion.com/issues/4', 'issue', 'other', 'other', "Airtable Integration\n\nConnect your forms to Airtable, a versatile cloud-based database tool. Automate the creation of new records in your Airtable bases directly from form submissions.", False),
    ('https://github.com/airbytehq/airbyte/issues/21344', 'issue', 'other', 'other', "Source Typeform: Associate Typeform Response with Form", False),
]
