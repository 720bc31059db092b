# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 432 (mine-b432): THE PRODUCT'S OWN INTEGRATIONS - ActiveCampaign, Keap/Infusionsoft and Stripe - in
# threads no earlier batch used. The theme turned out to be very heavily mined already: of the roughly 250
# distinct threads the 50 look-ups surfaced, only 31 were not in the corpus (see "Skipped" below), so this
# batch is small and leans on Stripe, where the long tail is longest.
# Complaints are connections to Stripe / Keap / ActiveCampaign failing now: Stripe webhooks that stop arriving
# or are rejected ("webhooks from stripe aren't making their way through", "301 errors returned on all webhook
# attempts from Stripe", "Stripe webhooks for subscriptions and invoices are returning 404 and 500", "As a
# result webhooks created via the console command do not reach their intended target", a 500 from a Sylius /
# Payum webhook, "Some events are received by the Stripe CLI and some of them are not"), signature
# verification errors ("Unable to extract timestamp and signatures from header", "The signature for the
# webhook is not present in the Stripe-Signature header", "It always rejects the event as invalid even though
# it is a valid event", "simply is broken for Stripe?"), Stripe authentication failing ("Error while
# authenticating with Stripe ... context canceled" after a Docker image update, a restricted key refused with
# 403 on /v1/ephemeral_keys), a successfully paid WooCommerce order marked failed, a Laravel Cashier webhook
# "*not* working", a stripe-cli forward returning 500, and Keap's REST API answering "410 Gone" to an
# integration that "was performing very well" until yesterday.
# Near misses kept from the same or similar threads: maintainers' replies and questions (Cashier's support
# policy, aspnet/WebHooks "try the 'direct' mode", Stripe's "This error usually indicates that the signature
# is invalid", a Sylius maintainer pointing at the Stripe webhook-attempts log, "I have fixed this by
# specifying the right model"), feature requests and design issues (Stripe Connect OAuth in a PHP client,
# restricted-key docs, "Better handling for failed Webhooks", disabling webhooks after failures "like the
# Stripe one", basic auth for stripe_tester, a Stripe signature helper for FunStripe, a curl timeout PR for
# the ActiveCampaign PHP client, a "fail closed" signature PR and a webhook-reconciliation PR, a staging
# security finding that signatures were *not* checked), how-to questions (Infusionsoft server-to-server
# auth, "How to get missed transaction details when my server down ?", an Infusionsoft SDK example calling a
# method that no longer exists), a French retrospective blog post on a past Stripe webhook outage ("Voici
# comment j'ai corrigé le tir"), a French troubleshooting page, Stripe's Portuguese support article on 4xx /
# 5xx webhook responses and ActiveCampaign's Spanish help page on the bulk contact importer.
# Sources (31 threads/pages; issues and pages corpora, texts copied from the excerpts the `search` tool
# returned - a title plus the first sentences, or one comment - trimmed, never reworded or translated; in
# cashier-stripe #1747 and spatie #66 the excerpt is a later sentence of the description, nothing rewritten):
#  woocommerce/woocommerce-gateway-stripe #3329 #4150, infusionsoft/infusionsoft-php #152 #151 #306,
#  mike-bronner/laravel-mixpanel #55, laravel/cashier-stripe #1696 #1747, spatie/laravel-stripe-webhooks #66,
#  jlinn/stripe-api-php #13, deltaepsilon/fireline #2, SandeepVashishtha/Eventra PR #16229,
#  invertase/stripe-firebase-extensions #314, aspnet/WebHooks #105, freelawproject/courtlistener #2208,
#  ParabolInc/parabol #5089, scalekit-inc/org-brain-workshop #13, buttercloud/stripe_tester PR #11,
#  stripe/stripe-cli #1159 #631, Sylius/PayumStripe #4, liberusoftware/ecommerce-laravel PR #728,
#  stripe/stripe-dotnet #2195, stripe/stripe-php #1662, ActiveCampaign/activecampaign-api-php PR #84,
#  simontreanor/FunStripe #20, stripe/stripe-node #450; pages: docs.zenpcteam.ovh (diagnostic webhook
#  paiement, fr), fabiomeyer.com (webhooks Stripe production, fr), support.stripe.com 4xx/5xx webhook article
#  (pt-BR), help.activecampaign.com Bulk Contact Importer (es).
# Look-ups: 50 of the 50 allowed (all `search`; 36 on the issues corpus, 14 on pages; no read_file /
# find_string / fetch). Queries: ActiveCampaign API key invalid WordPress; Infusionsoft token refresh
# failed; Stripe webhook signature verification failed; ActiveCampaign contacts not syncing; ActiveCampaign
# 403 api_key; Keap disconnected / reauthorize; ActiveCampaign invalid API key (pages); Infusionsoft / Keap
# plugin token (pages); WooCommerce Stripe webhook pending orders; Stripe "Invalid API Key provided";
# n8n ActiveCampaign credentials; Infusionsoft InvalidKey xmlrpc; Stripe api_key_expired; form submissions
# not sent to ActiveCampaign; Stripe Connect deauthorized; Keap REST 401 invalid access token; Stripe
# webhooks 401 / Laravel Cashier; ActiveCampaign "You are not authorized to access this file"; Infusionsoft
# API stopped working; ActiveCampaign webhook not firing; Stripe Connect access revoked; Zapier
# ActiveCampaign reconnect (pages); Keap legacy key / SAK 401 (pages); Stripe WordPress invalid key (pages);
# integration.keap.com invalid_grant (pages); community.activecampaign.com not syncing (pages); Keap REST
# hooks inactive (pages); Keap X-Keap-API-Key 401 (pages); Stripe webhook 403 firewall; ActiveCampaign
# "Invalid API URL"; Airbyte ActiveCampaign 401; Stripe webhook in German; Keap Laravel token expired;
# Stripe restricted key rak_; Stripe webhook in Portuguese (issues); Infusionsoft redirect_uri mismatch;
# Stripe webhook endpoint disabled; ActiveCampaign in German (pages); Stripe webhook in French (pages);
# Stripe webhook 401 basic auth / staging; ActiveCampaign in Spanish (pages); Stripe webhook in Portuguese
# (pages); Stripe / WooCommerce in German (pages); self-hosted Stripe webhooks after upgrade; ActiveCampaign
# tags not applied; Stripe webhook in Chinese; Stripe in Japanese; api-us1.com cURL error 28; "Unable to
# extract timestamp and signatures from header"; "stopped receiving Stripe events yesterday".
# Checked: every thread URL (cut at '#', trailing '/' dropped) compared exactly with the source URLs of all
# rows of /work/main/tools/real/b*.py, tools/real/pending/*.py and /work/wt/*/tools/real/pending/*.py
# (loaded as Python, 18,230 threads) before use; texts compared by /work/notes/dupcheck.py; no overlap.
# (A first pass grepped only single-quoted tuples and missed most of the corpus; about 100 threads drafted
# from that pass turned out to be in b01-b129 and were all dropped, see below.)
# Skipped as already in the corpus (URL found), among others: infusionsoft/infusionsoft-php #16 #61 #91 #99
#  #137 #191 #228 #288 #302, novaksolutions/infusionsoft-php-sdk #72 #165, nateleavitt/infusionsoft #12 #39
#  #42 #51, infusionsoft/Official-API-Python-Library #11, ActiveCampaign/module-integration #21 #22 #54 #87
#  #102 PR #107, ActiveCampaign/activecampaign-api-php #8 #12 #76, ActiveCampaign/activecampaign-api-nodejs
#  #34 #35 #42, GearPlug/activecampaign-python #11, mhenrixon/active_campaign #26, elementor/elementor #5020
#  #7877 #10716, solspace/craft-freeform #93 #111 #341 #437 #1285 #1563, verbb/formie #571 #654 #1389,
#  soflyy/breakdance-bugs #1017 #1312, n8n-io/n8n #9195 #17357 #17464 PR #210, stripe/stripe-php #1223 #1403,
#  stripe/stripe-node #356 #396 #2165 #2246, stripe/stripe-cli #487 #600 #1085 #1341 PR #792,
#  stripe/vscode-stripe #673, stripe/stripe-terminal-android #410, stripe/stripe-react-native #1661,
#  stripe/stripe-apps #458 #505 #612 #1027 #1039, stripe/sync-engine #192, stripe/stripe-python #1367,
#  integrallis/stripe_event #7 #8 #15 #17 #21 #128, vercel/nextjs-subscription-payments #176 #397,
#  woocommerce/woocommerce #19631 #20765, woocommerce/woocommerce-gateway-stripe #403 #634 #1119 #1289 #2176
#  #2294 #3154 #5691, laravel/cashier-stripe #78 #714, spatie/laravel-stripe-webhooks #35 #53 #90,
#  invertase/stripe-firebase-extensions #55 #109 #165 #278 #445, mrvautin/expressCart #98 #117, OCA/OCB #649,
#  gravityplus/Gravity-Forms-Stripe #19 #41, dj-stripe/dj-stripe #1508 #2060, akash-network/console #1580
#  #1693 #1756, monetr/monetr #1459, tylerjrichards/st-paywall #36 #45, theopolisme/react-native-stripe-terminal
#  #35, jackrobertscott/authpack-client-190806 #24, beam-community/stripity-stripe #462, neutrinoapp/neutrino
#  #12, tamagui/tamagui #4014, nextjs/saas-starter #99, the integration.keap.com threads (api-authentication,
#  invalid-refresh-token, webhooks-randomly-being-marked-inactive, legacy-api-key-october-31st, steps-in-
#  migrating...), help.customerhub.com, onbelay.ai, validemailchecker.com, wpfusion.com, monkeypodmarketing.com,
#  sofsolutionshub.com, developer.keap.com REST hooks, the WooCommerce/Stripe webhook blog pages
#  (wp-maintenance.pro, woohelpdesk.com, vaultdevlabs.com, orderdaemon.com, getsuperpress.com), kondado.com.br,
#  chargebee.com, and many more.
# Rejected: amp-labs/connectors #848 (URL new but its only text, "Add ActiveCampaign connector", is already a
# row in b30); Mailchimp / SendGrid / GetResponse / Airtable / HubSpot / Reapit threads (other products, not
# this theme); stripe-java PR #2149, chobbledotcom/tickets PR #389, Work90210/APIFold #145, webhookdb #265,
# stripe_tester PR #12 and the zenpcteam Stripe Connect guide (code-only or mojibake excerpts, or nothing a
# writer says beyond a title); stripe-firebase-extensions #314 magicmikek (cut off mid-sentence); the
# docs.onepay.country and guide.inallweb.com pages (lists of endpoints, no prose).
# Doubtful labels and how they were decided:
#  - woocommerce-gateway-stripe #3329: only the title was usable ("Uncaught WC_Stripe_Exception and
#    successfully paid order marked as failed.") - Stripe and WooCommerce out of sync now -> complaint.
#  - laravel-mixpanel #55 aakarim: "the webhook is *not* working for me in Cashier 10" -> complaint,
#    integration other (Cashier named, Stripe not).
#  - spatie #66: a how-to ("how do i turn it to a 200") but the stripe-cli forward is answered with 500 now
#    -> complaint.
#  - cashier-stripe #1747: written as a suggestion to bump a constant, but it says "no webhooks are issued at
#    all" -> complaint.
#  - stripe-firebase-extensions #314: the description is a docs request -> other; DCSnip3r's pasted 403
#    "restricted API key" error -> complaint, integration none (the text names no product).
#  - aspnet/WebHooks #105 jsvahn ("We are having the same error ... simply is broken for Stripe?") -> complaint.
#  - woocommerce-gateway-stripe #4150: a past failure told as the reason for a feature request -> other.
#  - scalekit #13: webhook signatures *not* verified is a security gap, not a failing connection -> other.
#  - fabiomeyer.com: the writer's own outage, but told afterwards with the fix -> other.
#  - stripe-php #1662, Sylius/PayumStripe #4 jimiero, stripe-firebase-extensions #314 DCSnip3r: integration
#    none where the kept words name no product.
# Counts: rows 39; complaints 16, other 23; threads 31; integration: stripe 25, none 7, keap 3,
# activecampaign 2, other 2; exposure_mentioned: 0; voices: issue 35, forum 4; languages: en 35, fr 2, pt 1,
# es 1. Below the brief's targets (about 120 rows, 40 threads, 50-60% complaints): the unmined remainder of
# this theme in the search index is thin, and the 50 look-ups were spent.
ROWS = [
    ('https://github.com/woocommerce/woocommerce-gateway-stripe/issues/3329', 'issue', 'complaint', 'stripe', 'Uncaught WC_Stripe_Exception and successfully paid order marked as failed.', False),
    ('https://github.com/infusionsoft/infusionsoft-php/issues/152', 'issue', 'other', 'keap', 'Server to server communication\n\nAt the moment, we are using the old XML RPC approach, with an API key that the reseller gave us.\n\nBTW I read that using the xmlrpc approach is deprecated and the only option will be the new OAuth approach.\n\nIs it true? Is there a way to perform server-to-server communication without a customer interaction with this Infusionsoft PHP SDK?', False),
    ('https://github.com/mike-bronner/laravel-mixpanel/issues/55', 'issue', 'complaint', 'other', 'on my end I can confirm that the webhook is *not* working for me in Cashier 10.', False),
    ('https://github.com/mike-bronner/laravel-mixpanel/issues/55', 'issue', 'other', 'other', 'I have fixed this by specifying the right model to look for a Cashier billable under. #90', False),
    ('https://github.com/laravel/cashier-stripe/issues/1696', 'issue', 'complaint', 'stripe', 'Stripe Webhook using /stripe/webhook returning 301 in stripe dashboard\n\nUsing default Cashier webhook as per docs, {APP_URL}/stripe/webhook, 301 errors returned on all webhook attempts from Stripe when in production/live, works as intended in development using CLI', False),
    ('https://github.com/laravel/cashier-stripe/issues/1696', 'issue', 'other', 'none', "Hey there,\n\nUnfortunately we don't support this version anymore. Please check out [our support policy](https://laravel.com/docs/releases) on which versions we are currently supporting. Can you please try to upgrade to the latest version and see if your problem persists?", False),
    ('https://github.com/laravel/cashier-stripe/issues/1747', 'issue', 'complaint', 'stripe', 'const STRIPE_VERSION badly out of date\n\nAs a result webhooks created via the console command do not reach their intended target. In fact no webhooks are issued at all.', False),
    ('https://github.com/spatie/laravel-stripe-webhooks/issues/66', 'issue', 'complaint', 'stripe', 'Now, when I use the stripe-cli (on localhost) and run stripe listen (and forward events to http://localhost:8000/my_stripe_webhooks_endpoint, as specified in the [Stripe docs](https://stripe.com/docs/stripe-cli/webhooks#forward-events), I see a 500 POST response. Why, and how do i turn it to a 200 response that Stripe needs to see?', False),
    ('https://github.com/infusionsoft/infusionsoft-php/issues/151', 'issue', 'other', 'keap', 'Example doc fails with "undefined method named \'add\' of class Infusionsoft\\Api\\Rest\\ContactService"\n\nI am using the docs on https://github.com/infusionsoft/infusionsoft-php I am getting this errors', False),
    ('https://github.com/infusionsoft/infusionsoft-php/issues/306', 'issue', 'complaint', 'keap', '410 Gone in PUT https://api.infusionsoft.com/crm/rest/v1/contacts/\n\nClient error: PUT https://api.infusionsoft.com/crm/rest/v1/contacts/?access_token= resulted in a 410 Gone response:\n\nMy integration was performing very well, but yesterday this error incoming.', False),
    ('https://github.com/jlinn/stripe-api-php/issues/13', 'issue', 'other', 'stripe', 'Stripe Connect\n\nSome of the API items require an OAuth access token to work using [Stripe Connect](https://stripe.com/docs/connect).', False),
    ('https://github.com/deltaepsilon/fireline/issues/2', 'issue', 'complaint', 'stripe', "Subscriptions and Invoices Webhooks returning 404 and 500\n\nStripe webhooks for subscriptions and invoices are returning 404 and 500 respectively. \n\nI'm not sure if this is an issue with my setup or internal in fireline. The other webhooks are working as expected.", False),
    ('https://github.com/SandeepVashishtha/Eventra/pull/16229', 'issue', 'other', 'stripe', 'fix: fail closed on invalid Stripe webhook signature + idempotency (Closes #15837)\n\n## Problem\n\nStripeService.verifyWebhookSignature() swallowed all exceptions and returned false, the webhook handler did not strictly reject invalid payloads, signature was verified twice, there was no Stripe event-id idempotency, and unhandled event types returned 200 causing silent data loss.', False),
    ('https://github.com/invertase/stripe-firebase-extensions/issues/314', 'issue', 'other', 'stripe', 'Update restricted key instructions\n\nIn the onboarding for restricted key we say:\n\n> What is your Stripe API key? We recommend creating a new restricted key with write access only for the “Customers”, “Checkout Sessions” and “Customer portal” resources. And read-only access for the “Subscriptions” and “Plans” resources.\n\nSince the two extensions have been merged, I think we also need write access to Invoices and read access to Products from the restricted key.', False),
    ('https://github.com/invertase/stripe-firebase-extensions/issues/314', 'issue', 'complaint', 'none', 'Adding to this, we need updates for permissions regarding "setting up a payment for future use" \n\nError messages made it clear that must add SetupIntent write permissions, but there is another permission that is needed that is unclear. \n\n403 Error: POST /v1/ephemeral_keys\n\ninvalid_request_error\n\nThe provided key \'rk_test_*********************************************************************************************OrqQzX\' does not have the required permissions for this endpoint on account \'acct_1Cr5cpGaWq1l1Ho5\'. This is a restricted API key, but the required permissions are not available for use by restricted keys.', False),
    ('https://github.com/aspnet/WebHooks/issues/105', 'issue', 'complaint', 'stripe', 'Dosent work for multiple stripe accounts\n\nYou can open multiple stripe accounts under the one login profile, each account gets its own set of api keys. The webhooks willl only working against the initial account. If you switch to another account, and set the correct secret key in the web.config it does not work. It always rejects the event as invalid even though it is a valid event', False),
    ('https://github.com/aspnet/WebHooks/issues/105', 'issue', 'other', 'stripe', "Can you try and use the 'direct' mode of the Stripe receiver: it doesn't do a follow up GET request to get the actual event data. For details, please see fdc6a7fa059eed2a6ceca39aece06898c18a0f84\n\nHope this helps!\n\nHenrik", False),
    ('https://github.com/aspnet/WebHooks/issues/105', 'issue', 'complaint', 'stripe', 'Did you get any explanation to this issue? We are having the same error, though we only have one account. The same key and event combination works if I run it with curl, so it seems to me that the key implementation here simply is broken for Stripe?', False),
    ('https://github.com/woocommerce/woocommerce-gateway-stripe/issues/4150', 'issue', 'other', 'stripe', "Better handling for failed Webhooks\n\n**Is your feature request related to a problem? Please describe.**\nWe recently experienced an issue when testing ACH on a live site in which the webhook to confirm the payment failed silently. This resulted in the webhook not being retried from Stripe's side and the order remaining On Hold until manually re-running the webhook.", False),
    ('https://github.com/freelawproject/courtlistener/issues/2208', 'issue', 'other', 'stripe', 'Disabling webhooks after consecutive failures.\n\nAs commented on #1636 we should set logic to disable webhooks after a defined number of failures.\n\nWe can consider following a logic like the [Stripe](https://stripe.com/docs/webhooks/best-practices) one:', False),
    ('https://github.com/ParabolInc/parabol/issues/5089', 'issue', 'complaint', 'stripe', "action-staging not accepting stripe webhooks\n\nSince locking down action-staging, webhooks from stripe aren't making their way through.\nthis isn't a showstopper, but we should fix this so we can properly test stripe things.", False),
    ('https://github.com/ParabolInc/parabol/issues/5089', 'issue', 'other', 'none', "I'm guessing we should probably have an easy way to whitelist lots of things so testing webhooks from other services (i.e. integrations) is easy too", False),
    ('https://github.com/scalekit-inc/org-brain-workshop/issues/13', 'issue', 'other', 'stripe', "Stripe webhook signature verification skipped in staging\n\nStaging's webhook endpoint accepts any payload without verifying the Stripe signature header - found while comparing staging vs prod config. Anyone who knows the endpoint URL could inject fake billing events in staging.", False),
    ('https://github.com/buttercloud/stripe_tester/pull/11', 'issue', 'other', 'stripe', 'Authentication support\n\nI was recently working with stripe event gem and to test it started using your gem. I could not test the events with user authentication though which is actually advised by stripe event gem so I thought I would try to add it in this gem.', False),
    ('https://github.com/stripe/stripe-cli/issues/1159', 'issue', 'complaint', 'stripe', "Docker container crashes when listening for webhooks\n\nI'm running stripe-cli from docker compose without version specified, so when I updated the image from 1.19.2 to 1.19.3, it stopped working with a weird error: \n\n```\nChecking for new versions...\nGetting ready...\ntime=“Wed, 27 Mar 2024 11:39:36 UTC” level=fatal msg=“Error while authenticating with Stripe: Post “https://api.stripe.com/v1/stripecli/sessions”: context canceled”\n```", False),
    ('https://github.com/Sylius/PayumStripe/issues/4', 'issue', 'complaint', 'none', 'What to look exactly for, the webhook says \n\n<?xml version="1.0"?>\n<response><type>https://tools.ietf.org/html/rfc2616#section-10</type><title>An error occurred</title><status>500</status><detail>Internal Server Error</detail></response>\n\nwhich is caused by that error I get on my site, the one mentioned about', False),
    ('https://github.com/Sylius/PayumStripe/issues/4', 'issue', 'other', 'stripe', 'I was talking about the Stripe logs on the Stripe website.\n\nEdit your Stripe webhook and then you will see "Webhook attempts" list', False),
    ('https://github.com/liberusoftware/ecommerce-laravel/pull/728', 'issue', 'other', 'stripe', 'feat(payments): signed Stripe webhook to reconcile order state\n\n## Signed Stripe webhook to reconcile order state\n\nTASKS 0.4 flagged "no webhook verification for either provider" — and in fact there was **no webhook handling at all**.', False),
    ('https://github.com/stripe/stripe-dotnet/issues/2195', 'issue', 'complaint', 'stripe', '39.1.2 throws Exception on Webhook parsing\n\nJust upgraded from 37.25.0 and set the API version to 2020-08-27.\n\nCode constructing the event (the header is present in the Request)\n`EventUtility.ConstructEvent(json, Request.Headers["Stripe-Signature"], secret);`\n\nException:\n```\nStripe.StripeException: The signature for the webhook is not present in the Stripe-Signature header.', False),
    ('https://github.com/stripe/stripe-dotnet/issues/2195', 'issue', 'other', 'none', "@drsam-germany This error usually indicates that the signature is invalid or doesn't match what the library expects. Unfortunately, this can be quite tricky to debug without getting access to the raw JSON + signature you received.", False),
    ('https://github.com/stripe/stripe-php/issues/1662', 'issue', 'complaint', 'none', 'Php Webhook issue\n\n### Describe the bug\n\nOn this file I have named charge.php, after a test purchase on my website, it comes up with this error:\nWebhook Error: Unable to extract timestamp and signatures from header', False),
    ('https://github.com/ActiveCampaign/activecampaign-api-php/pull/84', 'issue', 'other', 'activecampaign', 'Add docblocks and set curl timeout on the class\n\n@ActiveCampaign/integration', False),
    ('https://github.com/simontreanor/FunStripe/issues/20', 'issue', 'other', 'stripe', 'Webhook signature verification\n\nAdd a helper for verifying Stripe webhook signatures, which is a common requirement for production integrations.', False),
    ('https://docs.zenpcteam.ovh/troubleshooting/diagnostic-webhook-paiement', 'forum', 'other', 'stripe', '🔍 Diagnostic Webhook Paiement\n🚨 Problème Identifié\nVotre commande ne se met pas à jour avec le statut "paid" après paiement.\n🔧 Solutions à Tester\n1. Déployer le Webhook de Debug', False, 'fr'),
    ('https://www.fabiomeyer.com/blog/webhooks-stripe-production-spring-boot', 'forum', 'other', 'stripe', 'Le problème avec les webhooks\nJanvier 2026, 3h du matin. Mon téléphone sonne : alerte PagerDuty.\n“250 commandes en status ‘pending’ depuis 2h. Aucune n’a été marquée ‘completed’.”\nJ’ouvre Stripe Dashboard : tous les paiements ont réussi. J’ouvre ma base de données : toutes les commandes sont en ‘pending’.\nLe problème : mes webhooks Stripe n’étaient pas traités.\nCe qui devait être une simple intégration est devenu un cauchemar de production. Voici comment j’ai corrigé le tir et construit un système robuste de gestion de webhooks avec Spring Boot.', False, 'fr'),
    ('https://support.stripe.com/questions/webhooks-what-to-do-when-the-http-status-code-starts-with-a-four-(4xx)-or-five-(5xx)?locale=pt-BR', 'forum', 'other', 'none', 'Um código de status HTTP no intervalo 400 a 499 ou 500 a 599 vem do seu servidor e indica que o sistema recebeu a solicitação, mas não conseguiu processá-la. Tente fazer o seguinte:\nNo Dashboard, veja a resposta do seu servidor para obter mais informações', False, 'pt'),
    ('https://help.activecampaign.com/hc/es/articles/360017846539-Utilice-la-API-bulk-Contact-Importer', 'forum', 'other', 'activecampaign', 'Con ActiveCampaign, puede usar la API Bulk Contact Importer para cargar un gran número de contactos en su cuenta con una sola llamada a la API.', False, 'es'),
    ('https://github.com/stripe/stripe-cli/issues/631', 'issue', 'complaint', 'stripe', 'Stripe CLI appears to not receive all events\n\n### Issue\nSome events are received by the Stripe CLI and some of them are not. Which events are and are not received by the CLI appears to be pretty random. I did note though, that whenever I restart the Stripe CLI `listen` command, the first events appear to go through just fine. It is after some period of time, that events start to never reach the CLI.', False),
    ('https://github.com/stripe/stripe-node/issues/450', 'issue', 'other', 'stripe', 'How to get missed transaction details when my server down ?\n\nHi i am new to payment gateway integration.\n\nI integrated stripe payment gateway in my hybrid mobile application with node js as server and every thing seems to be working fine.', False),
]
