# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 304 (mine-named8): messages that NAME Stripe, Keap/Infusionsoft or ActiveCampaign
# (the integration field is the point of this batch), complaints mixed with near misses
# naming the same products. Issue voice only; GitHub issues and PRs found with the
# `issues` search corpus, texts copied from the thread excerpts, every thread checked
# against all earlier batches (this topic is heavily mined: most Keap forum threads,
# the infusionsoft-php / nateleavitt / novaksolutions trackers and the ActiveCampaign
# wrappers were already used, so Keap and ActiveCampaign rows are fewer than Stripe rows
# and are mostly near misses).
# Sources: WooCommerce Stripe gateway, Craft Commerce Stripe, dj-stripe, Laravel-adjacent
# and Rails Stripe apps (koudoku, omniauth-stripe-connect, pinax-stripe-light), stripe-node,
# stripe-expo, stripe-dotnet, EDD (core + Stripe renewals PR), WPSwings subscriptions,
# akash console, firezone, DevBetter, openai/codex (Stripe plugin); Infusionsoft PHP SDKs
# (infusionsoft-php, novaksolutions), the Python library, the Ruby gem, Pipedream, Nango,
# Formie; ActiveCampaign in FluentCRM, Freeform, breatheco-de (4Geeks), the Node wrapper,
# two Ruby gems, celo.org, DoSomething.
# Shapes: complaints - "No such customer" after a test/live or account switch, invalid /
# missing API keys after deploying ("works in development but not in production", "No API
# key provided" in dj-stripe admin), webhook signature failures, renewals via Stripe not
# completing, a Stripe OAuth link that is invalid, a webhook that returns 200 but never
# updates the subscription, ActiveCampaign event tags not created / attendees not tagged,
# an Infusionsoft "[FailedLoginAttempt]Invalid username and/or password", "+1 same
# error". Near misses - feature requests ("[TRIGGER] Infusionsoft - New Contact Record",
# "Keap / See docs here", "Migration AC A ENV TO AC B ENV", "add active campaign tracker in
# a privacy first manner"), how-to ("How do you put this into test mode?", "Is there a
# reason the request() function doesn't refresh the access token"), PR descriptions of
# fixes ("Fix Stripe webhook endpoints returning 500s", "Updated ActiveCampaign importer to
# v3 API", "active campaign integration authorisation", "Single sign-on fix"), follow-ups
# ("It was my fault ... Sorry for the noise", "nevermind. figured it out", "This is working
# as I expect ... renewals ... from Stripe"), docs/README gripes.
# Named in passing, about another product (integration = the one it is about):
# mc-magento #178 (switched to Stripe, then Mailchimp e-commerce data stopped - complaint,
# other), the Magento answer in the same thread, zyphlar #21 ("Fix IPNs for PayPal OR
# implement Stripe"), pow-app #153 ("Is there a native Mailchimp + Stripe integration?"),
# Formie #19 (a list of CRMs with Infusionsoft among them - other), stripe-dotnet #1683
# ("Update Appveyor API key / The old API key expired." - a Stripe repository, but the key
# is Appveyor's - other, other).
# Referred to only indirectly (integration 'none' per the guideline, nothing named):
# the WooCommerce Stripe gateway feature request about webhooks (#2298), stripe-expo #25
# ("Invalid API Key provided: pk_test_"), the "+1" in omniauth-stripe-connect #37, the
# infusionsoft-php #9 question and #101 follow-up, the Node wrapper's SSO fix PR, and
# DoSomething #1286, where "Active Campaigns" means the site's own campaigns, not the
# ActiveCampaign product (other, none - a deliberate name-collision near miss).
# Doubtful calls: a product name that appears only inside a link or code identifier is
# counted as named (woocommerce-gateway-stripe #1159, whose text names Stripe only in the
# gateway's issue URL -> stripe). #1159 is written by a WooCommerce support engineer who
# "keeps seeing this error when customers switch from test to live" - complaint. WPSwings
# #167 (QA-filed "Renewal payment are not completed via stripe") and firezone #9869 (the
# team's own issue from a customer chat, "webhook returns 200 but fails to update
# subscription") are read as a sync that never completes - complaint. EDD #5861 asks which
# webhook URL to use but reports "the renewal failed and the license is set to expired" -
# complaint; the gateway is not named, EDD is -> other. zyphlar #21 states "IPNs for PayPal
# aren't currently working" but is the maintainer's own backlog item labelled Feature
# Request - other. SDK/wrapper errors that are not authentication or connection failures
# follow the earlier batches' convention and are other: active-campaign-rails #7
# ("NameError: uninitialized constant ActiveCampaign::RestClient" after a gem update),
# novaksolutions #117 (an Infusionsoft campaign failing on EmailAddStatus after the push
# succeeded), craft commerce-stripe #145 (test-mode how-to with an "Invalid source object"
# error). infusionsoft-php #101 is a DataService.authenticateUser call rejected with
# "[FailedLoginAttempt]Invalid username and/or password" although the writer says the
# credentials are right - complaint (credentials rejected while running), though it later
# turned out to be a syntax slip (that follow-up is other). Languages: English only.
# No exposure in this batch.
ROWS = [
('https://github.com/woocommerce/woocommerce-gateway-stripe/issues/2298', 'issue', 'other', 'none', "Create a tool to update pending orders that have been paid\n**Is your feature request related to a problem? Please describe.**\nThis feature request is related to #2176. When merchants don't have the webhooks set up correctly, the problem described in the issue happens.", False),
('https://github.com/woocommerce/woocommerce-gateway-stripe/issues/1159', 'issue', 'complaint', 'stripe', 'No such customer error\n**Describe the bug**\n\nThis has been described by @mikkamp here: https://github.com/woocommerce/woocommerce-gateway-stripe/issues/1092#issuecomment-565794126\n\nI am not sure if that has been fixed in the PR of that issue, but I keep seeing this error when customers switch from test to live.', False),
('https://github.com/woocommerce/woocommerce-gateway-stripe/issues/471', 'issue', 'other', 'stripe', 'Well, I mentioned this because stripe is treating it differently in their response. Invalid keys get their own error message, live keys while in test mode gets the above more generic answer.', False),
('https://github.com/craftcms/commerce-stripe/issues/145', 'issue', 'other', 'stripe', 'How do you put this into test mode?\nHow do you put this into test mode? \n\nThere are no fields for the test keys and no switch for Test or Live mode. Cant see anything in the docs referencing it. \n\nI created a new gateway using Stripe and entered my test keys, but I get an error when paying.', False),
('https://github.com/andrewculver/koudoku/issues/37', 'issue', 'complaint', 'stripe', 'Stripe::InvalidRequestError after migrating from Test to Live mode\nNow I have everything up and running in test mode, I want to migrate to Live mode on Stripe in my production environment. I have changed my publishable and secret keys in my initialiser and pushed up to Heroku. Now when I try to post a transaction using a real card I get the following error returned from Stripe:', False),
('https://github.com/akash-network/console/issues/1693', 'issue', 'complaint', 'stripe', 'Stripe - no signatures found matching the expected signature for payload\nError: No signatures found matching the expected signature for payload. Are you passing the raw request body you received from Stripe?  (code: undefined)', False),
('https://github.com/wpswings/subscriptions-for-woocommerce/issues/167', 'issue', 'complaint', 'stripe', 'Renewal payment are not completed via stripe\n**Bug Name -**Renewal payment are not completed via stripe', False),
('https://github.com/awesomemotive/easy-digital-downloads/issues/5861', 'issue', 'complaint', 'other', 'Two Different WebHooks. Docs Vs. Options Page.\nWhat Up. How are you guys? We just launched the new maintainn.com with EDD & Software licensing. I love it. The only issue we\'re having is with the webhooks. \n\nOur site tells us to use: \n\nhttps://cloudup.com/cl6x975xrkL\n\nYour documentation tells us to use:\n\nhttps://cloudup.com/cF8VMZI6NXq\n\nCan you please clarify the webhook to use? We have two subscriptions we\'re trying to import. we have the correct transaction ID and subscription Id. But the renewal failed and the license is set to "expired"', False),
('https://github.com/dj-stripe/dj-stripe/issues/1982', 'issue', 'complaint', 'stripe', '"No API key provided" error when adding a Webhook from Django Admin UI\n**Describe the bug**\nI receive the following error when attempting to create a `Webhook` via the Django Admin UI:\n\n```\nNo API key provided. (HINT: set your API key using "stripe.api_key = <API-KEY>"). You can generate API keys from the Stripe web interface.', False),
('https://github.com/dj-stripe/dj-stripe/issues/1456', 'issue', 'complaint', 'stripe', 'HTTP_STRIPE_SIGNATURE not send by stripe while using dj-stripe webhook in local.\n**Describe the bug**\n\n`HTTP_STRIPE_SIGNATURE` not send by stripe while using dj-stripe webhook in local (docker).', False),
('https://github.com/dj-stripe/dj-stripe/issues/1569', 'issue', 'complaint', 'stripe', "Unfortunately it still does not work.\n\nStripe API calls triggered by the event are done with the API key defined in the environment which leads to objects not being found on the incorrect Stripe account:\n`stripe.error.InvalidRequestError: Request req_vcSUuTukAbWXnh: No such customer: 'cus_L3pz5P2RMxvQEe'`", False),
('https://github.com/expo/stripe-expo/issues/25', 'issue', 'complaint', 'none', 'Test environment\nInvalid API Key provided: pk_test_\n\nThis error seems to imply no test enviorment?', False),
('https://github.com/pinax/pinax-stripe-light/issues/227', 'issue', 'complaint', 'stripe', 'Payments Webhook failed when stripe in Test mode\nWhen playing with the stripe starter project, if my Stripe account is in a **test** mode : \n```\nInternal Server Error: /payments/webhook/\n\nstripe.error.InvalidRequestError: Request req_XXXXXXXXXXX: No such event: evt_XXXXXXXXX; \na similar object exists in live mode, but a test mode key was used to make this request.\n```', False),
('https://github.com/pinax/pinax-stripe-light/issues/227', 'issue', 'other', 'stripe', "It was my fault, on the stripe.com/account/webhooks page settings, I forgot to put the popup menu 'Mode' to 'Test' instead of 'Live'.\nSorry for the noise.", False),
('https://github.com/awesomemotive/easy-digital-downloads/pull/9135', 'issue', 'other', 'stripe', 'This is working as I expect. I was able to get renewals to come in from Stripe via actual webhooks (using Stripe Test Clocks).', False),
('https://github.com/openai/codex/issues/17926', 'issue', 'complaint', 'stripe', 'Stripe Oauth link invalid\n### What issue are you seeing?\n\nThe Oauth link to connect stripe is invalid.', False),
('https://github.com/stripe/stripe-dotnet/pull/1683', 'issue', 'other', 'other', 'Update Appveyor API key\nThe old API key expired.', False),
('https://github.com/firezone/firezone/issues/9869', 'issue', 'complaint', 'stripe', 'Stripe webhook returns 200 but fails to update subscription\nWe should either return an error so Stripe tries again, or fix the underlying issue preventing the account from updating successfully.', False),
('https://github.com/DevBetterCom/DevBetterWeb/pull/1463', 'issue', 'other', 'stripe', 'Fix Stripe webhook endpoints returning 500s to Stripe\n## Why\n\nStripe emailed that it cannot reach `https://devbetter.com/stripe-invoice-paid-web-hook/`. The endpoint is reachable — investigation showed Stripe deliveries are being **rejected with 400s** and some paths return **500s**.', False),
('https://github.com/stripe/stripe-node/issues/1437', 'issue', 'complaint', 'stripe', "Error stating invalid api key while the same api key is working in curl\n### Describe the bug\n\nI have this strange situation where a call to `stripe.tokens.create` will fail with the following error message:\n\n```\n message: 'Invalid JSON received from the Stripe API',\n```", False),
('https://github.com/isaacsanders/omniauth-stripe-connect/issues/37', 'issue', 'complaint', 'stripe', 'Uploaded Stripe app to Heroku now i get error omniauth: (stripe_connect) Authentication failure! invalid_credentials: OAuth2::Error, invalid_client: No such API key: Bearer\ni tested my app locally and works fine, but then i deployed it to Heroku and no im running into issues.', False),
('https://github.com/isaacsanders/omniauth-stripe-connect/issues/37', 'issue', 'complaint', 'none', 'Weird I have the same error!\nEverything works in development but not in production', False),
('https://github.com/mailchimp/mc-magento/issues/178', 'issue', 'complaint', 'other', "Stripe payment method: MailChimp Error\nWe just switched from using PayPal PayFlow Pro to Stripe as our credit card gateway. After switching to Stripe, ecommerce data stopped being transferred the Mailchimp. Investigating, I've discovered that  Mailchimp_Errors.log is full of hundreds of this error:", False),
('https://github.com/mailchimp/mc-magento/issues/178', 'issue', 'other', 'other', 'When retrieving the order information the payment method seems to fail, this is caused due to the change on the payment and will send new order correctly once the process gets to them. Magento itself is the one throwing that exception.', False),
('https://github.com/zyphlar/Open-Source-Access-Control-Web-Interface/issues/21', 'issue', 'other', 'other', "Fix IPNs for PayPal OR implement Stripe\nIPNs for PayPal aren't currently working due to not sending PayPal back the reply it expects. However this may not be important since we'll never be able to get all the IPNs anyway (thanks, JotForm.) Maybe the way forward is Stripe.", False),
('https://github.com/raae/pow-app/issues/153', 'issue', 'other', 'other', 'Use Mailchimp as marketing email service\nBoth for newsletter sent to anyone (including users) signing up for it, and for user specific marketing as a welcome sequence for instance.\n\nIs there a native Mailchimp + Stripe integration?', False),
('https://github.com/novaksolutions/infusionsoft-php-sdk/issues/117', 'issue', 'other', 'keap', 'EmailAddStatus error for new contacts\nI use your API to upload new contacts, with name, email, etc, and a tag. These appear to load correctly into Infusionsoft. We also have a campaign set up in Infusionsoft to send an email to a staff member when a contact gets the tag. The campaign fires, but sometimes gives this error and fails:', False),
('https://github.com/infusionsoft/infusionsoft-php/issues/101', 'issue', 'complaint', 'keap', "User Authentication error\nWhen I try to authenticate a user using `$infusionsoft->data()->authenticateUser('joe@example', 'password');` I get:\n`Fatal error: Uncaught exception 'Infusionsoft\\Http\\HttpException' with message 'exception 'fXmlRpc\\Exception\\FaultException' with message '[FailedLoginAttempt]Invalid username and/or password.'", False),
('https://github.com/infusionsoft/infusionsoft-php/issues/101', 'issue', 'other', 'none', 'nevermind. figured it out. syntax was slightly off.', False),
('https://github.com/infusionsoft/infusionsoft-php/issues/9', 'issue', 'other', 'none', "Access token refreshing\nIt seems in my reading of the code that I will have to add a try/catch and a loop around every call because of token expiration. Is there a reason the request() function doesn't refresh the access token if it's expired?", False),
('https://github.com/PipedreamHQ/pipedream/issues/983', 'issue', 'other', 'keap', "[TRIGGER] Infusionsoft - New Contact Record / New Order\nI'd like automation to work off of a new record created in Infusionsoft (and write it to Bigquery ideally)", False),
('https://github.com/NangoHQ/nango/issues/516', 'issue', 'other', 'keap', 'Keap\nSee docs here: https://developer.infusionsoft.com/docs/rest/', False),
('https://github.com/verbb/formie/issues/19', 'issue', 'other', 'other', "Support for CRM integrations and developer guidance\n### Description\nThis plugin is gorgeous and I would love to use it! Unfortunately, we're unable to use it for literally any of our clients until we have support for common CRM integrations and API developer documentation. These are a few integrations we use regularly that are all supported by Freeform:\n\n- HubSpot\n- Mailchimp\n- Infusionsoft\n- Sharpspring\n- Zoho\n- Pardot / Salesforce", False),
('https://github.com/nateleavitt/infusionsoft/pull/81', 'issue', 'other', 'keap', 'Add error logging to failed requests\nThis adds a basic error log for failed requests to the Infusionsoft API.\n\nSee issue #77', False),
('https://github.com/infusionsoft/Official-API-Python-Library/issues/23', 'issue', 'other', 'keap', 'Official API?\nI found this repo from the API Helper Libraries page, https://developer.infusionsoft.com/resources/helper-libraries/\n\nBut the API client is for the XML-RPC which is deprecated (https://developer.infusionsoft.com/developer-guide/)\n\nI think most devs would expect to find a client for restv1 or restv2, as I did.', False),
('https://github.com/FluentCRM/fluent-crm/pull/30', 'issue', 'other', 'activecampaign', "Updated ActiveCampaign importer to v3 API\nThe previous import method used the `contact_list` endpoint on the old v1 API, this has two problems:\n\n1. It's limited to page sizes of 20\n2. AC engineering has admitted there are timeout issues with the old API that they won't be fixing\n\nThis caused large imports to crash once they hit a timeout.", False),
('https://github.com/breatheco-de/breatheco-de/issues/2654', 'issue', 'complaint', 'activecampaign', 'Event tags review bugs\n- Some events are not having their tags created on active campaign: For example `options-for-making-money-in-tech`, [here is the event on the admin](https://admin.4geeks.com/events/event/356?&location=downtown-miami) but the gat was not created on active campaign.\n- Some event tags are being created like `event-geektalks-demoday-presentacion-de-proyectos-finales` but then, the attendies are not being tagged.', False),
('https://github.com/breatheco-de/breatheco-de/issues/2654', 'issue', 'other', 'activecampaign', 'The event `options-for-making-money-in-tech` when if run `Reattempt add event slug to Active Campaign` this tag appear in production', False),
('https://github.com/solspace/craft-freeform/pull/2489', 'issue', 'other', 'activecampaign', 'fix(SFT-2731): active campaign integration authorisation\nWe were previously check `/lists` endpoint but ActiveCampaign requires lists to be linked to a user group or account for the list to be available to use.', False),
('https://github.com/ActiveCampaign/activecampaign-api-nodejs/issues/59', 'issue', 'other', 'activecampaign', '[FEATURE REQUEST] Migration AC A ENV TO AC B ENV - New service || Enable apis to public\nHi all,\n\nThanks in advance for taking time and reading my proposal.\n\nMain issue: AC does not migrate accounts on AC from A(ENV) to B(ENV) both inside active campaign, imagine for example replicating, cloning the test platform to production and the opposite even though it would have less sense.', False),
('https://github.com/ActiveCampaign/activecampaign-api-nodejs/pull/13', 'issue', 'other', 'none', 'Single sign-on fix [#100941148]\nNeed to reset the "action" to just `singlesignon` instead of `auth_singlesignon`, otherwise you get a "You are not authorized to access this file" error returned.', False),
('https://github.com/DoSomethingArchive/legacy-website/issues/1286', 'issue', 'other', 'none', 'General User Reg Email - Active Campaigns Merge Tag Needed\n"Active Campaigns" merge tag not displaying', False),
('https://github.com/celo-org/website/issues/105', 'issue', 'other', 'activecampaign', 'add active campaign tracker in a privacy first manner\nfollow the guide here to add to celo.org (request by karima)\nhttps://help.activecampaign.com/hc/en-us/articles/360000872064-Site-tracking-and-the-GDPR\n\nonly turn on if we have the consent we obtain from our privacy banner', False),
('https://github.com/ekyfauzi/active-campaign-rails/issues/7', 'issue', 'other', 'activecampaign', "Error being thrown on 0.2.2\nHi team,\n\nThe latest version is causing an error to be thrown:\n\n```\nclient.list_list(ids: 'all')\nNameError: uninitialized constant ActiveCampaign::RestClient", False),
('https://github.com/mhenrixon/active_campaign/pull/84', 'issue', 'other', 'activecampaign', 'adds warning\n**Note that even the README on 0.1.16 is confusing now, because the subdomain given to you does not work without adding `/admin/api.php` to the end of it**', False),
]
