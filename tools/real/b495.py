# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 495 (mine-b495): theme asked for Q&A VOICE (voice 'forum': Stack Overflow / Stack Exchange, vendor Q&A
# boards, GitHub Discussions Q&A) about integrations, API keys, OAuth tokens, webhooks and syncs failing now, plus
# near misses. RESULT: the pages corpus yielded NO Q&A thread that is not already in the corpus (every vendor-board
# or SO-mirror thread the look-ups surfaced was already mined, see the skip list), so this is a small batch of
# SUPPORT QUESTIONS FILED IN GITHUB ISSUE TRACKERS (Q&A in form, but voice 'issue', tagged honestly), 37 rows from 20
# threads: Google Sheets service-account 403s ("The caller does not have permission", "403 on all methods",
# "Suddenly Getting 403 Errors ... on a Public Spreadsheet", "Method doesn't allow unregistered callers"),
# Salesforce sessions (simple-salesforce "This session is not valid for use with the REST API",
# django-salesforce INVALID_OPERATION_WITH_EXPIRED_PASSWORD), a HubSpot private-app token rejected through the
# Node SDK, Mailchimp API-key errors (Formie "API error when attempting to connect Mailchimp integration",
# mc-woocommerce maintainers on the "API Key Invalid" message), and GitHub webhook signature rejections on
# self-hosted receivers (policy-bot "missing signature", matrix-hookshot "No signature on URL", probot on now.sh
# "signature does not match event payload and secret").
# Complaint = the writer says a connection / credential / webhook between two systems fails now (403 / 401 /
# invalid session / invalid signature while connecting or running), including a follow-up still failing after
# advice ("I have already added my service account ... and have set it as an editor", "Thank you @namper but
# that didn't make a difference") and a bare "Any updates on this?" under an unanswered 403 report (read as a
# +1, borderline).
# Near misses kept (label other): maintainers' and helpers' answers ("Did you share the sheet with the service
# account?", "I think you need to share the spreadsheet with service account email", "I think you should also
# include _instance_url_", "Some API methods support only OAuth2 access token or only private app access token",
# the Formie data-center explanation, the now.json env-var answer), "works now / my mistake" follow-ups
# ("You are really a saviour. It worked straightaway.", "Shared with email and working like a charm"), a
# follow-up that found the cause and turns into a how-to ("I tracked this down to ... Restricted ... How do I
# allow read/write access"), a maintainer issue about clearer "API Key Invalid" UI feedback (feature work), and
# a reply giving key-format detail without saying it fails (Formie strandofgenius, borderline other).
# Integration: Google Sheets / Salesforce / HubSpot / Mailchimp / GitHub -> 'other'; replies naming no
# product -> 'none'. No ActiveCampaign, Keap or Stripe rows: every Keap / ActiveCampaign / Stripe thread the
# look-ups returned was already mined. No row mentions key exposure; all rows English.
# Doubts: voice - these are GitHub issues, not Q&A pages, so they are 'issue' rows although the theme asked for
# 'forum'; titles and bodies are joined as in the search excerpts (a title line, then the first sentences);
# VoltaicHQ #40 and apache/hop #3333 rows are bare titles (the description is a screenshot / the first comment),
# kept as pasted-error complaints; comment rows carry the thread URL (no comment ids were available).
# Sources (20 threads, issues corpus, texts copied from the excerpts the `search` tool returned, trimmed, never
# reworded; pasted logs cut after their first lines): googleapis/google-api-ruby-client #461,
# VoltaicHQ/Progress-Sheet-Updater #40, gglukmann/use-google-sheets #37, theoephraim/node-google-spreadsheet
# #164 #562 #531, nithinmurali/pygsheets #64, tidyverse/googlesheets4 #170, nikaia/translation-sheet #8,
# apache/hop #3333, googleapis/google-auth-library-ruby #544, simple-salesforce/simple-salesforce #422,
# django-salesforce/django-salesforce #88, HubSpot/hubspot-api-nodejs #432, mailchimp/mc-woocommerce #260,
# verbb/formie #2543, palantir/policy-bot #324, matrix-org/matrix-hookshot #762 #183,
# chadfawcett/probot-serverless-now #11.
# Look-ups (43 of 45; no fetch): pages corpus - "ActiveCampaign API returns 401 unauthorized with valid API key",
# "Infusionsoft Keap API access token expired refresh token invalid", "Stripe webhook not received signature
# verification failed stackoverflow", "Google OAuth refresh token invalid_grant after a week", "Mailchimp API key
# invalid 401 error question", "HubSpot API 401 authentication credentials not found private app token",
# "stackoverflow Salesforce REST API INVALID_SESSION_ID ...", "Zapier zap stopped working authentication expired
# reconnect ...", "Stripe API No such customer invalid API key provided question", "HubSpot community webhook not
# firing ...", "Mailchimp webhook not being called ...", "stackoverflow.com questions Stripe webhook returns 400
# in production ...", "community.hubspot.com OAuth refresh token BAD_REFRESH_TOKEN ...", "community.zapier.com zap
# trigger not firing webhook ActiveCampaign", "salesforce.stackexchange.com connected app OAuth invalid_grant ...",
# "Infusionsoft XML-RPC API error invalid key question forum", "n8n community HubSpot credentials suddenly 401
# ...", "Make.com community Mailchimp connection error ...", "Microsoft Q&A Graph API token expired AADSTS700082
# ...", "QuickBooks Online API intuit developer community question 401 ...", "Stripe Connect account OAuth
# question ...", "Pipedrive community API token invalid webhooks stopped ...", "I am getting invalid_grant when
# trying to refresh the access token ...", "My Stripe webhook endpoint is not receiving events after deploying
# ...", "Xero developer community discussion AuthenticationUnsuccessful 401 ...", "Shopify community forum
# question [API] Invalid API key or access token ...", "Trailblazer community question integration user password
# expired ...", "Google Ads API forum question refresh token stopped working ...", "Square developer forums
# question OAuth access token expired ...", "Zoho CRM API forum question invalid_code ...", "Okta developer forum
# question refresh token invalid_grant ...", "PayPal developer community question REST API client authentication
# failed ..."; issues corpus - "discussion Q&A Google Sheets API 403 The caller does not have permission service
# account", "github discussions Q&A invalid_grant refresh token expired Google API help", "discussion Q&A:
# webhook not received after deploying, signature invalid", "ActiveCampaign API question contact sync not working
# ...", "question: Stripe webhook signature verification fails in production ...", "question HubSpot API 401
# Authentication credentials not found private app token help", "question simple-salesforce INVALID_LOGIN or
# Session expired ...", "question Mailchimp API 401 API Key Invalid ...", "Infusionsoft Keap API question access
# token invalid 401 refresh help"; find_repos "discourse-archive", "forum-archive" (no integration forum archive).
# Checked and skipped as already mined (grep over tools/real/b*.py, pending and worktrees): Q&A pages
# integration.keap.com invalid-refresh-token/82597 (b14), rest-api-connection/43545 (b42), api-restrictions-rate-
# limits/306 (b20), how-to-get-started-with-api-authentication/288 and which-keys-for-the-api-access.../14986
# (b42); community.keap.com click-here-to-authorize/85091 (b21), how-to-get-access-token/86529 (b352);
# integrate.hubspot.com BAD_REFRESH_TOKEN/5490 (b71); coderapp.vercel.app answer/43761122 (b42); example-a.com
# answer/32032417 (b11); microsoftpartnercommunity OAuth-Refresh-token-has-expired-after-90-days (b196);
# community.xero.com discussions 127920775 and 51855559 (b136); community.shopify.com "[API] Invalid API key or
# access token" 3332 (b137) and "Why is my Admin API access token showing as invalid" (b196);
# developer.squareup.com forums oauth-token-issues/26359 (b228). Issues: google-api-nodejs-client #2494 #632
# #2938 #641, google-auth-library-nodejs #1093, actor-google-sheets #15, hardwario/gupload #5,
# endoplasmic/google-assistant #95, ActiveCampaign/activecampaign-api-php #101 #71 #8, ActiveCampaign/module-
# integration #104 #22 #54, veda mailchimp #306 #294, nopSolutions mailchimp #12, adnanh/webhook #391,
# AMAZON-Clone #19, vercel/nextjs-subscription-payments #176 #64, stripe-php #1223, stripe-node #1303 #356 #396,
# stripe-python #1051, hubspot-api-python #129 #211 #132, HubSpot.NET #131 #120, hubspot-api-php #523,
# hubspot-php #404, hubspot-cli #814, powerbi-custom-connectors #39, simple-salesforce #272 #598 #406 #561,
# forceworkbench #744, restforce #303, Chrome-Salesforce-inspector #127, omniauth-salesforce #30, mc-woocommerce
# #646 #341, yikes mailchimp #126 #333 #164 #334, ChurchCRM #640, hitobito #3636, inbound-pro #123,
# infusionsoft-php #302 #16 #61 #137 #228 #99 #91, bvalosek/infusionsoft-api #13, enosysau/WEBSITE #5.
# Rejected: vendor docs, SEO "how to fix" blogs and AI-generated explainer pages (taourl.com, sideguysolutions,
# rapidevelopers, nango, fixdevs ...) - not public messages by the affected user; Zoho "Kaizen" posts - vendor
# tutorials; remaining comments in the kept threads that only repeat pasted stack traces.
ROWS = [
    ('https://github.com/googleapis/google-api-ruby-client/issues/461', 'issue', 'complaint', 'other', 'Google Sheets API v4 service_account - struggling with error forbidden: The caller does not have permission (Google::Apis::ClientError)', False),
    ('https://github.com/googleapis/google-api-ruby-client/issues/461', 'issue', 'other', 'other', 'Did you share the sheet with the service account? Service accounts are effectively separate users and need to be on the ACLs the same as any other user.', False),
    ('https://github.com/googleapis/google-api-ruby-client/issues/461', 'issue', 'other', 'other', '@sqrrrl You are really a saviour. It worked straightaway. \n\nAs per your suggestion I shared the sheet from Google Drive with the email address there against `client_email` key in the private key JSON I downloaded while creating the service account and ran my script and it returned the data from the sheet.', False),
    ('https://github.com/VoltaicHQ/Progress-Sheet-Updater/issues/40', 'issue', 'complaint', 'other', 'Sheets API error: The caller does not have permission', False),
    ('https://github.com/VoltaicHQ/Progress-Sheet-Updater/issues/40', 'issue', 'complaint', 'none', 'Any updates on this?', False),
    ('https://github.com/VoltaicHQ/Progress-Sheet-Updater/issues/40', 'issue', 'other', 'other', 'The google account that is making the request to the sheets API does not have permission to access the document. Make sure you linked a document that the google account, which you authenticated in the program, can access. Sometimes a different account is used since it is already logged in in the browser. You can delete token.pickle to redo the auth flow', False),
    ('https://github.com/gglukmann/use-google-sheets/issues/37', 'issue', 'complaint', 'other', 'The caller does not have permission\nHi. I\'m receiving the error "The caller does not have permission" when running this. \n\nI\'ve configured the app in Google Console to allow the Google Sheets API—creating an API Key and a Service Account. The API Key is used in the app as `GATSBY_GOOGLE_SHEETS_API_KEY`, `GATSBY_GOOGLE_SHEETS_SHEET_ID` added from the Sheet URL, and the Service Account email was added to the Google Sheet with full Editor permissions.', False),
    ('https://github.com/gglukmann/use-google-sheets/issues/37', 'issue', 'other', 'other', 'I tracked this down to being a result of the Google Sheet having general sharing access set to Restricted. It worked when the sheet was temporarily made Public. \n\nHow do I allow read/write access to this sheet but keep the sheet sharing to Restricted?', False),
    ('https://github.com/theoephraim/node-google-spreadsheet/issues/164', 'issue', 'complaint', 'other', "403 on all methods :-(\nI'm requiring JSON creds from a service worker and using useServiceAccountAuth\nWhen I call isAuthActive() it returns true but is I try anything else like getInfo() I just get a 403 returned in the error object in the callback", False),
    ('https://github.com/theoephraim/node-google-spreadsheet/issues/164', 'issue', 'other', 'none', "Maybe you are auth-ing correctly but you don't have access to the sheet?\nDid you make sure to follow step 5?", False),
    ('https://github.com/theoephraim/node-google-spreadsheet/issues/164', 'issue', 'other', 'none', 'Oh wow. How did I read the instructions so many times and miss that every time?!\n\nShared with email and working like a charm. Apologies for being a nob... and thanks for replying so quickly 👍', False),
    ('https://github.com/nithinmurali/pygsheets/issues/64', 'issue', 'complaint', 'other', 'On update, "The caller does not have permission", even though the client_email has access\nThank you very much for publishing this module!\n\nThis is probably more of a support request than a bug report.\n\nI created a service account, and got a JSON authentication file. I shared the spreadsheet that I need with the email address that appears in the "client_email" field in the file, and gave it Edit permission.\n\nI am able to read the cells, but I cannot update a cell. I get the following error:', False),
    ('https://github.com/tidyverse/googlesheets4/issues/170', 'issue', 'complaint', 'other', "Permission denied while trying to use service account token\nHi there! First off, thanks for making this great, well-documented package. I'm having what seems to be an authentication issue on a sheet I'd like to read. I've created a service account token in GCP and stored it as an environment variable, which I'm reading in this way:", False),
    ('https://github.com/nikaia/translation-sheet/issues/8', 'issue', 'complaint', 'other', 'Permission Denied Setting Sheet API\nhi @nbourguig  i just try this package when i try \nphp artisan translation_sheet:setup\n`[Google_Service_Exception]', False),
    ('https://github.com/nikaia/translation-sheet/issues/8', 'issue', 'other', 'other', 'Hi,\n\nI think you need to share the spreadsheet with service account email you created by giving it _CAN EDIT_ permission.', False),
    ('https://github.com/apache/hop/issues/3333', 'issue', 'complaint', 'other', 'Google Sheet Output 403 Error', False),
    ('https://github.com/apache/hop/issues/3333', 'issue', 'other', 'none', 'can you try adding the service account user as read/editor to the sheet?', False),
    ('https://github.com/apache/hop/issues/3333', 'issue', 'complaint', 'other', 'I have already added my service account in the sharing settings of the Google sheet I want to edit, and have set it as an editor.', False),
    ('https://github.com/theoephraim/node-google-spreadsheet/issues/562', 'issue', 'complaint', 'other', 'Suddenly Getting 403 Errors ... on a Public Spreadsheet\nI have a publicly shared spreadsheet (I can open it up in Incognito Mode just fine).  I have a script, written with google-spreadsheet, which updates that spreadsheet.  It used to work great.\n\nNow however when I try to use the library I get 403 errors:', False),
    ('https://github.com/googleapis/google-auth-library-ruby/issues/544', 'issue', 'complaint', 'other', "auth\nA service account is created and the spreadsheet is shared with the service account e-mail. However when using sheetsV4 as below the error that comes back is\n\n`forbidden: Method doesn't allow unregistered callers (callers without established identity)`\n\nThis makes no sense because the service account is basically its own identity.", False),
    ('https://github.com/theoephraim/node-google-spreadsheet/issues/531', 'issue', 'complaint', 'other', '403 Connecting with Service Account (recommended)\nI am getting forbiden all of a sudden with the recomened method', False),
    ('https://github.com/simple-salesforce/simple-salesforce/issues/422', 'issue', 'complaint', 'other', 'Error: This session is not valid for use with the REST API\nHello. Using `simple_salesforce` ver. 1.10.1 and the code below, I am able to login to a sandbox:', False),
    ('https://github.com/simple-salesforce/simple-salesforce/issues/422', 'issue', 'other', 'none', 'I think you should also include _instance_url_', False),
    ('https://github.com/simple-salesforce/simple-salesforce/issues/422', 'issue', 'complaint', 'other', "Thank you @namper but that didn't make a difference. Like I said, the login seems to be successful: through the Salesforce web interface, I can see the login", False),
    ('https://github.com/django-salesforce/django-salesforce/issues/88', 'issue', 'complaint', 'other', 'INVALID_OPERATION_WITH_EXPIRED_PASSWORD\nSince I set `SESSION_COOKIE_DOMAIN` to something like `.my-domain.org`, I am receiving the following error (which is blocking):', False),
    ('https://github.com/HubSpot/hubspot-api-nodejs/issues/432', 'issue', 'complaint', 'other', 'Unable to be authorized while using sdk with accessToken\nHello,\n\nI have been working with hubspot since a year. The sample successful request is in below that I have been using for long time.', False),
    ('https://github.com/HubSpot/hubspot-api-nodejs/issues/432', 'issue', 'other', 'other', 'Some API methods support only OAuth2 access token or only private app access token or only developer account API key.', False),
    ('https://github.com/mailchimp/mc-woocommerce/issues/260', 'issue', 'other', 'other', 'Improved UI Feedback when an API Key is invalid\nWhen an API key fails, we\'ll return the response back from MailChimp reflecting the possible issue. For example "API Key Invalid :: Your API key may be invalid, or you\'ve attempted to access the wrong datacenter."', False),
    ('https://github.com/mailchimp/mc-woocommerce/issues/260', 'issue', 'other', 'none', "@jessiebrown is there any possible way that we could try to simulate an Akamai block to see if this is a readable error that can be used? Otherwise we're relying on the store owners to show us when this happens.", False),
    ('https://github.com/verbb/formie/issues/2543', 'issue', 'complaint', 'other', 'API error when attempting to connect Mailchimp integration\n### Describe the bug\n\nI was creating a new Mailchimp connection. I am getting the following error.', False),
    ('https://github.com/verbb/formie/issues/2543', 'issue', 'other', 'other', 'So the URL is derived from your API key, where we [extract the data center](https://mailchimp.com/developer/marketing/docs/fundamentals/) from the string.', False),
    ('https://github.com/verbb/formie/issues/2543', 'issue', 'other', 'none', '@engram-design no it does not have that in the API key. The key is from a older version of Craft and we are upgrading it.', False),
    ('https://github.com/palantir/policy-bot/issues/324', 'issue', 'complaint', 'other', "Trouble with deploying the app\nHey guys, so I'm trying to deploy the app and use it on my repo, but it doesn't work properly. When I run it, I do get callbacks from github but I see a lot of errors:", False),
    ('https://github.com/matrix-org/matrix-hookshot/issues/762', 'issue', 'complaint', 'other', '[Webhooks] No signature on URL. Rejecting / Error: Invalid signature\nIs it a bug or a configuration failure that matrix-hookshot (v4.0.0) rejects POST request with this error message?', False),
    ('https://github.com/matrix-org/matrix-hookshot/issues/183', 'issue', 'complaint', 'other', '[GithubWebhooks] No signature on URL\n```\nJan 23 16:52:58 matrix-hookshot[484998]: ERROR 15:52:58:305 [GithubWebhooks] No signature on URL. Rejecting', False),
    ('https://github.com/chadfawcett/probot-serverless-now/issues/11', 'issue', 'complaint', 'other', 'Error: signature does not match event payload and secret\nI am getting `Error: signature does not match event payload and secret` on webhook invocation.', False),
    ('https://github.com/chadfawcett/probot-serverless-now/issues/11', 'issue', 'other', 'none', 'Hi @kuldeepkeshwar the environment variables will need to be passed to `now` either through the deploy command, or through the `now.json` config file.', False),
]
