# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 457 (mine-b457): FORUM VOICE from WordPress.org plugin support forums, their mirrors and other
# vendor community forums - a WordPress plugin's connection to a CRM, e-mail, payment, form or analytics
# service. SMALL BATCH: the stored `pages` corpus is close to exhausted for this theme (b431 reported the
# same). 45 look-ups returned mostly vendor documentation, SEO "how to fix" posts and connector marketing
# pages; of the few real forum threads they returned, most were already in the corpus (see "Skipped").
# Only 4 new forum threads were found: a wordpress.org support topic for the Analytics Insights plugin
# (via the ww.wp.xz.cn markdown mirror) whose Google authorisation drops every day, a Mailchimp for
# WordPress (MC4WP) maintainer reply on the remarpro.com mirror (webhost / Akamai blocking the Mailchimp
# API), the Googlyzer vendor forum (palmspark.com) post on Google ClientLogin token expiry, and a
# XenForo community question on the PayPal gateway for a WordPress bridge.
# The one complaint: "the plugins keeps disconnecting ... I can authorize it again and it works, but the
# next day I have to authorize it again" (wordpress.org topic "Authorisation error 624", with its pasted
# error codes).
# Near misses kept (all label other): the plugin author's follow-up question and the thread starter's
# answer in the same topic, the MC4WP maintainer's diagnosis, the vendor forum explainer, the XenForo
# how-to question, and - following the corpus' precedent of tagging Q&A / help pages voice='forum'
# (help.activecampaign.com, knowledge.hubspot.com, kb.accessally.com rows in earlier batches) - fifteen
# help pages, release notes and blog posts (13 from WordPress-plugin vendors or about WP plugins) on the same failures, described in
# general terms and with nothing reported broken by the writer: Paid Memberships Pro on Stripe webhooks
# and a PayPal IPN bug-fix release, ExactMetrics (GADWP) re-authentication and OAuth-flow notices and its
# API-quota explanation, Memberful's reconnect guide, WP Mail SMTP error pages (SMTP.com "API key
# invalid", Outlook "Invalid authentication token"), an Akismet "Your API key is invalid" how-to, a
# resolved WP Mail SMTP / Gmail token-expiry write-up, Hookdeck on WooCommerce disabling webhooks after
# five failures, MemberPress cancellations that do not sync, Ultimate Member's Stripe sync troubleshooting,
# a Supermetrics community how-to on "Authentication Token Invalid", and Mailchimp's old KB article on a
# lost device (advice about possibly compromised access - a hypothetical, so exposure_mentioned=False).
# Sources (19 threads / pages; `pages` corpus only, texts copied from the excerpts the `search` tool
# returned - a title and the first sentences, or one comment - trimmed, never reworded; markdown bullet
# markers and line-wrap indentation of the mirror page were dropped, words kept):
#  ww.wp.xz.cn/support/topic/authorisation-error-624 (wordpress.org mirror), remarpro.com/support/topic/
#  error-503-service-unavailable-8, palmspark.com/topic/googlyzer-security, xenforo.com/community/threads/
#  user-upgrades-alternatives-to-paypal.106093, paidmembershipspro.com (stripe-webhook-errors-missing-events,
#  author/admin), exactmetrics.com (docs/why-do-i-have-to-re-authenticate..., gadwp-is-switching...,
#  why-did-we-implement...), memberful.com docs, wpmailsmtp.com docs (smtpcom-api-key-invalid,
#  outlook-invalid-authentication-token), wpassistant.ai/q/akismet-your-api-key-is-invalid, dragganaitool.com,
#  hookdeck.com, wpwizzy.com/?p=2936, docs.ultimatemember.com/article/1961, community.supermetrics.com,
#  kb.mailchimp.com.
# Look-ups: 45 of the 45 allowed (all `search` on the `pages` corpus; no read_file / find_string / fetch).
# Queries: Mailchimp API key invalid plugin topic; WordPress plugin connection lost / reconnect;
# ads-software.com "not syncing anymore"; remarpro.com Stripe API key error; "Viewing 3 replies" + API key
# invalid; "The topic 'Connection error' is closed to new replies"; "This topic was modified" + Mailchimp
# sync; wpmudev Hustle / Mailchimp; first-person "since yesterday ... invalid API key"; wordpress.org Google
# Analytics token expired; wpmudev Stripe membership; Paid Memberships Pro Stripe webhook; Gravity Forms
# Salesforce feed auth error; "This topic contains ... replies" + API connection failed; "Support » Plugin:"
# Mailchimp for WooCommerce orders not syncing; "Support » Plugins » Contact Form 7" API key not valid;
# Site Kit token revoked / Thread Starter; Mailchimp API key keeps disappearing; PayPal IPN stopped on a
# membership site; WooCommerce Stripe "Invalid API Key provided"; wpmudev Google Analytics / MarketPress
# PayPal / Membership Stripe; XenForo Stripe user upgrades; forum.mautic.org Mailchimp; "Click to expand"
# 401 CRM; wordpress.stackexchange Mailchimp 401; Stack Overflow WooCommerce webhook to Zapier; WP Mail
# SMTP Gmail invalid_grant; "The topic 'API Key Invalid' / 'Not syncing with Mailchimp anymore' / 'Stripe
# connection error' is closed to new replies"; odoo.com forum Mailchimp connector; civicrm.stackexchange
# Mailchimp sync; community.shopify.com reconnect; Jetpack connection broken; AWeber / GetResponse "Re:"
# thread; HubSpot / Sendinblue key deprecated reply; ActiveCampaign plugin forum topic; Keap /
# Infusionsoft plugin reauthorize; "Support » Plugins »" MC4WP / WooCommerce PayPal Payments /
# MonsterInsights; wp.xz.cn output_format=md plugin disconnecting; "Title: Connection lost ... Resolved".
# Checked: every URL grepped (both quote styles) over /work/main/tools/real/b*.py, tools/real/pending/*.py
# and /work/wt/*/tools/real/pending/*.py before use; /work/notes/dupcheck.py run on this file.
# Skipped as already in the corpus (URL found): premium.wpmudev.org/forums/topic/anti-splog-losing-api-key
# and /api-key-6/, ads-software.com/support/topic/sitekit-setup-error-2, wordpress.org/support/topic/
# api-key-54, lemmy.world/comment/367602, monster-tamer.com/wordpress-notification-woes,
# dev.to/feed/rahul_sharma_15bd129bc69e (CF7 to CleverReach), bugwp.com/community (two pages),
# wpfusion.com Keap API-key sunsetting and ActiveCampaign webhooks, wpassistant.ai MC4WP 401,
# help.profit.fm invalid API key, slashimage.com, wp-maintenance.pro WooCommerce webhooks, sendlayer.com,
# paidmembershipspro.com PayPal IPN troubleshooting / November 2025 IPN errors, akismet.com suspended key,
# chimpmatic.com, advancedformintegration.com, webtoffee.com, help.customerhub.com, seresa.io,
# pageprogressive.com, mysoly.nl, taourl.com.
# Rejected: vendor setup docs with no failure in them (Mailchimp / Stripe / PayPal / Salesforce /
# ActiveCampaign / Keap connector set-up pages, Odoo / CiviCRM sync references), SEO explainer pages
# ("Invalid API Key: decoding the error", drdroid, alexacabs, way2mail, messagemeaning, sideguysolutions,
# storelatina - a first-person opening that is a template, not a report), gositeme.com pages (a
# compromised server's file listings exposing a site's internal notes - not taken), plus4chan debug pages,
# the wordpress.org forum guidelines and moderator handbook (no integration), and non-WordPress SaaS help
# pages (ClickFortify, GBPCentral, Shopimize, ...) that are off theme.
# Label doubts:
#  - Authorisation error 624: the writer can re-authorise and it works until the next day, so the failure
#    recurs now -> complaint; the quoted deconf.com advice in the middle of the post was left out (not the
#    writer's words); integration none (the kept text names no product). The author's question about
#    "more than 20-25 websites using the same Google account" and the answer "I'm using this plugin on 12
#    websites..." (cut where the excerpt ended) -> other, integration other (Google).
#  - dragganaitool.com tells of Gmail sending via WP Mail SMTP that "had stopped working silently", but as
#    a solved past case introducing a how-to -> other.
#  - Akismet how-to opens with "then one day you see 'Your API key is invalid.'" in second person, a
#    scenario, not a report -> other.
#  - kb.mailchimp.com: "If you think that you've lost control ... compromised" is advice for a
#    hypothetical -> exposure_mentioned False.
#  - integration: `stripe` where the row is about Stripe (PMPro webhooks, Ultimate Member Stripe), `other`
#    for other named products (Google Analytics, Mailchimp, PayPal, SMTP.com, Microsoft, Akismet,
#    Memberful, WooCommerce webhooks, MemberPress gateways, Supermetrics), `none` when no product is named.
# Counts: rows 21; complaints 1, other 20; threads 19; integration: stripe 2, other 18, none 1;
# exposure_mentioned: 0; voices: forum 21; languages: en 21 (the complaint pastes Dutch error labels
# "Aantal / Foutcode / Fout reden" inside English prose - kept as English).
ROWS = [
    ('https://ww.wp.xz.cn/support/topic/authorisation-error-624/?output_format=md', 'forum', 'complaint', 'none', 'Authorisation error 624\n\nI have problems on multiple site, the plugins keeps disconnecting. The error shown is this:\n\nAantal: 26\nFoutcode: 600\nFout reden: \nNone\nFout details: \n624\n\nI can authorize it again and it works, but the next day I have to authorize it again… There is nothing in the PHP error log. Is there something else I can try?', False),
    ('https://ww.wp.xz.cn/support/topic/authorisation-error-624/?output_format=md', 'forum', 'other', 'other', 'Hi,\n\nAre you authorizing more than 20-25 websites using the same Google account?', False),
    ('https://ww.wp.xz.cn/support/topic/authorisation-error-624/?output_format=md', 'forum', 'other', 'other', 'I’m using this plugin on 12 websites with the same Google account', False),
    ('https://remarpro.com/support/topic/error-503-service-unavailable-8', 'forum', 'other', 'other', 'Hi,\nMaybe your webhost is blocking access to the MailChimp API servers.\nTo fix it, you should ask your webhost for the following URL to be whitelisted: https://*.api.mailchimp.com\nIf that’s not it, it might be that you are blocked in the MailChimp firewall.\nAkamai is the firewall MailChimp and many other major websites use to protect their servers, which is why this is somewhat harder to fix.\nWhen this happens, we recommend you to change your IP address because having a bad reputation at Akamai does not just affect the MailChimp API.', False),
    ('http://palmspark.com/topic/googlyzer-security/', 'forum', 'other', 'other', 'Googlyzer Security\n\nAuthentication Tokens & Login Credentials\n\nOnce a user completes Google Service authentication, Googlyzer stores an authentication token which it uses for all subsequent Google data requests. If Store Google Credentials is enabled, Googlyzer will also store your Google login credentials. This is the default, and HIGHLY recommended setting. Each Google ClientLogin authentication token expires after approximately 2 weeks. If you choose to allow Googlyzer to store your Google login credentials, Googlyzer will automatically detect token expiration and renew as required. If you choose not to allow Googlyzer to store your Google login credentials, the Googlyzer Dashboard and Widgets will return errors once the authentication token has expired and you will be required to return to this settings tab and re-authenticate with Google in order to re-enable Googlyzer.', False),
    ('https://xenforo.com/community/threads/user-upgrades-alternatives-to-paypal.106093/', 'forum', 'other', 'other', "How is the PayPal gateway used? I'm new to XenForo, and while I'm hoping to bridge it with my WordPress site, I'm new enough that I don't know exactly how that will work. (I just bought XenWord and am very hopeful that it plays well not just with my site but my PayPal/Content/User plugin.)", False),
    ('https://www.paidmembershipspro.com/stripe-webhook-errors-missing-events', 'forum', 'other', 'stripe', 'Stripe webhooks are essential for keeping Paid Memberships Pro synchronized with your Stripe account by enabling Stripe to notify your site when specific events happen. Without properly configured webhooks, critical issues can occur. For example, users may not receive a membership level after checkout, or memberships may not be removed after failed payments. These issues are important to address promptly to ensure a positive user experience and avoid confusion for your customers.', False),
    ('https://www.paidmembershipspro.com/author/admin/', 'forum', 'other', 'other', 'PMPro Update 1.9.5.1\n\nVersion 1.9.5.1 of Paid Memberships Pro is out with a handful of bug fixes. These bugs have the potential to hinder sales (especially for customers using PayPal Standard and PayPal Express), so be sure to upgrade.', False),
    ('https://www.exactmetrics.com/docs/why-do-i-have-to-re-authenticate-google-analytics-in-exactmetrics-6-0/', 'forum', 'other', 'other', 'Why do I have to Re-authenticate Google Analytics in ExactMetrics 6.0?\n\nThe new version of ExactMetrics is a significant rewrite of the old plugin. We invested the resources to do this complete rewrite, so we can add new features faster while making sure your analytics data is the most accurate.\n\nOur goal is to bring the plugin up to date with the latest recommended standards of Google Analytics. Part of this involved using a more secure authentication flow.\n\nWhen you update the old plugin to ExactMetrics 6.0, you will be asked to re-authenticate Google Analytics to see your reports. This is entirely optional because your old tracking code will still be on the site and analytics data will continue to be tracked.', False),
    ('https://www.exactmetrics.com/gadwp-is-switching-to-a-new-authorization-flow/', 'forum', 'other', 'other', 'Heads-up! GADWP is switching to a new authorization flow\n\nOn the following 2-3 releases we will iterate through some important steps and we’ll be changing the OAuth 2.0 authorization flow. Carefully read the following details and recommendations to avoid future functionality issues.\n\nPlease note that these changes will not affect the tracking functionality of the plugin. If you don’t follow the steps bellow, you’ll be probably experiencing reporting issues, meaning that the plugin will not be able to retrieve and display reports inside your WordPress install (frontend reports, backend reports, dashboard reports, and widgets).', False),
    ('https://www.exactmetrics.com/why-did-we-implement-the-new-google-analytics-authentication-flow-challenges-explained/', 'forum', 'other', 'other', 'Our plugin like every other Google Analytics plugin relies entirely on the Google Analytics API, and each app developer has a restricted quota limit per day.\n\nWhile this API limit can be raised upon request to Google, the process has gotten harder given the size and growth of ExactMetrics over the years.\n\nThis puts both you (users) and us (developers) in a tough spot because when more users login to their WordPress dashboard every day, then towards the end of the day users start seeing API limit exceeded errors instead of the analytics reports.', False),
    ('https://memberful.com/docs/wordpress-plugin/troubleshooting/disconnect-reconnect-plugin', 'forum', 'other', 'other', 'If you’re having trouble with the Memberful WordPress plugin — like sync errors, sign-in issues, or problems viewing restricted content — reconnecting the plugin can often resolve them. In this help article, you’ll learn when to disconnect or reconnect the plugin, what happens during the process, and how to complete it step-by-step.', False),
    ('https://wpmailsmtp.com/docs/smtpcom-api-key-invalid/', 'forum', 'other', 'other', 'What This Error Means\nThe API key stored in WP Mail SMTP doesn’t match any active API key in the SMTP.com account. SMTP.com rejects the request before WP Mail SMTP can send any email.\nCommon Causes\n- You deleted or regenerated the API key in the SMTP.com dashboard without updating WP Mail SMTP\n- Wrong key copied (partial key, or key from a different account)\n- The pasted key includes leading or trailing whitespace\n- SMTP.com suspended the account, invalidating all keys', False),
    ('https://wpmailsmtp.com/docs/outlook-invalid-authentication-token/', 'forum', 'other', 'other', 'What This Error Means\nThe OAuth access token WP Mail SMTP uses to authenticate with Microsoft has expired or been revoked. Microsoft tokens expire and require periodic re-authorization.\nCommon Causes\n- OAuth refresh token expired after 90 days of inactivity (the token self-renews on each use within that window)\n- You changed the Microsoft account password\n- An admin revoked app permissions in Azure AD\n- Someone modified the Azure app registration after Microsoft issued the token', False),
    ('https://wpassistant.ai/q/akismet-your-api-key-is-invalid', 'forum', 'other', 'other', 'Akismet is working quietly for months, then one day you see “Your API key is invalid.” Comments stop being checked and your spam queue freezes. That message almost never means “Akismet is broken.” It means Akismet no longer accepts the key or site details you are sending.', False),
    ('https://dragganaitool.com/when-oauth-token-expiry-broke-gmail-api-sending-in-wp-mail-smtp-and-the-auto-renew-workflow-i-implemented', 'forum', 'other', 'other', 'Every WordPress developer who has implemented email functionality through Gmail’s API using the WP Mail SMTP plugin knows how convenient and secure it is—until something breaks. One of the most subtle yet catastrophic issues that can occur is the expiry of OAuth tokens. This is exactly what happened when a sudden surge of undelivered emails revealed that Gmail API sending via WP Mail SMTP had stopped working silently. This article walks through how OAuth token expiry disrupted email functionality and how an automatic token renewal workflow was implemented to resolve it.', False),
    ('https://hookdeck.com/webhooks/platforms/how-to-solve-woocommerce-5-delivery-failure-webhook-disabling', 'forum', 'other', 'other', "If you've ever had your WooCommerce webhooks mysteriously stop working, you've likely encountered one of the platform's most frustrating features: automatic webhook disabling after five consecutive delivery failures. This article explains why this happens, how to work around it with the woocommerce_max_webhook_delivery_failures filter, and why a dedicated webhook infrastructure like Hookdeck might be a better solution.", False),
    ('https://wpwizzy.com/?p=2936', 'forum', 'other', 'other', 'MemberPress integrates with payment gateways like Stripe and PayPal to handle subscription payments. When a user cancels their subscription from their account page or from the payment gateway directly, MemberPress should update the subscription status to “cancelled” and revoke access to protected content. However, sometimes subscriptions remain active in MemberPress even after the user has cancelled, allowing continued access to content that should no longer be available.', False),
    ('https://docs.ultimatemember.com/article/1961-ultimate-member-stripe-extension-troubleshooting-registration-payment-sync-issues', 'forum', 'other', 'stripe', 'UM Stripe Extension — Troubleshooting Registration & Payment Sync Issues\nOverview\nWhen integrating Ultimate Member (UM) with the Stripe extension, users typically register through a form, complete payment via Stripe Checkout, and then have their user account created in WordPress.\nThis document explains what to check and why, in cases where:\n- The payment goes through successfully in Stripe.\n- But no user account is created in WordPress.', False),
    ('https://community.supermetrics.com/getting-started-14/troubleshooting-authentication-token-invalid-how-to-restore-supermetrics-access-555', 'forum', 'other', 'other', 'Experiencing an "Authentication Token Invalid" error in Supermetrics can halt your data flow, but thankfully, it\'s usually a quick fix! This error often indicates that your connection to a data source (like Google Analytics, Facebook Ads, etc.) has expired or been revoked. Think of your authentication token as a digital key; sometimes, it just needs to be refreshed or replaced to regain access.', False),
    ('http://kb.mailchimp.com/article/ive-lost-the-mobile-device-that-i-use-for-mailchimp.-what-should-i-do', 'forum', 'other', 'other', "If you think that you've lost control of your MailChimp account, remain calm and act quickly. Please review our article on what to do if you think your account has been compromised if you feel this is the case.\n\nIf you use an app to connect to your MailChimp account from a mobile device and lose the mobile device, you can remove that app from your list of Authorized Applications or you can deactivate the API key used for it. Either of these actions will immediately revoke that app's access to your account.", False),
]
