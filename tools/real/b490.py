# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 490 (mine-b490): FORUM VOICE from vendor and community forums of no-code / automation / CRM /
# home-automation tools found in the `pages` search corpus (Bubble forum, Airtable community, AppSheet
# community). All rows are voice='forum'. This is a SMALL, HONEST batch: 10 rows, all label 'other'.
# Why so few: the pages corpus answered 45 look-ups almost entirely with vendor docs, SEO troubleshooting
# blogs and tutorials (logicworkflow, flowgenius, rapidevelopers, workflowtipster, sideguysolutions ...),
# not forum threads; the few forum threads it did return were already mined (see "skipped" below), and no
# owner-published forum archive for the theme's forums turned up via find_repos (only unrelated or excluded
# archives). I did not pad the batch with weak or non-forum rows, and I did not fetch any repository.
# Complaint vs other in this batch: a complaint would be a forum post whose writer says a connector, API
# key, OAuth token, webhook or sync with another system is failing for them now. None of the new forum
# posts I could read does that, so there are no complaint rows; the rows kept are the forum's near misses:
#  - feature requests on a working connector (Bubble API Connector error / status-code handling, the
#    SendGrid "no way to store the Status Code value" follow-up, "For booking platforms, this is critical",
#    "impossible to know in the editor that an error has been encountered" - all missing features of a
#    connector that works, label other per the guideline);
#  - staff replies ("No immediate plan, but we'll think about it", "Not immediately, it's a very different
#    part of code");
#  - a "+1" on a feature request ("Agree. OAuth would be a very welcome feature indeed !.") - a +1 on a
#    feature request, not on a failure report, so other;
#  - a solved follow-up / showcase ("[Showcase] Manual OAuth2 Token Integration": the writer struggled with
#    OAuth2 errors in the past and now shares the working HubSpot setup - other);
#  - vendor announcements about credential migration (the opening of Airtable's API-key deprecation
#    announcement by an Airtable engineering manager, cut before its stripped feature list; AppSheet's "Action needed for apps using Airtable data source") - policy
#    and how-to, nothing reported broken, other.
# Label calls / doubts: the Bubble SendGrid follow-up says the writer cannot tell whether an email "was
# actually accepted by sendgrid" - read as a missing feature of the API Connector, not a failing connection
# (other, integration other). The showcase post mentions past "different errors kept showing up every time"
# but says it is working now (other). The AppSheet announcement says Airtable API keys are a legacy mechanism
# being replaced - a deprecation policy, not a key being rejected for the writer, and not exposure.
# integration: 'other' where a product's connection is the subject (Bubble API Connector / SendGrid /
# HubSpot / Airtable); 'none' for staff replies and +1s that name no product. No row mentions exposure.
# All rows are English (no language element).
# Citation: rows cite the forum page URL returned by the search tool. Post numbers / anchors could not be
# verified from the stored excerpts (the excerpt concatenates the visible posts without numbers), so replies
# cite the topic URL without an anchor rather than a guessed post number; the Airtable row keeps the
# community's own bc-p (post) path as returned.
# Sources (4 threads, all new to the corpus):
#  forum.bubble.io/t/showcase-manual-oauth2-token-integration/79988,
#  forum.bubble.io/t/bubble-api-connector-processing-http-error-status-codes/5685,
#  community.airtable.com/t5/announcements/new-api-capabilities-now-in-ga-and-upcoming-api-keys-deprecation
#  (bc-p/142923), community.appsheet.com/gc/Announcements/Important-Action-needed-for-apps-using-Airtable-
#  data-source/m-p/661235.
# Look-ups (45 of 45; no fetch, no read_file): pages corpus - "n8n community credentials not working 401
# unauthorized node error", "Home Assistant community integration failed to set up authentication token
# expired", "Make Integromat community connection error invalid access token scenario stopped", "Bubble forum
# API connector 401 error OAuth token refresh not working", "openHAB community binding offline communication
# error authentication", "Airtable community sync stopped working API key deprecated personal access token
# error", "community forum thread integration stopped syncing since yesterday invalid credentials",
# "community.n8n.io Google Sheets credential error my workflow stopped working", "community.home-assistant.io
# integration stopped working invalid authentication after update", "community.zapier.com zap error
# authentication failed reconnect account keeps disconnecting", "community.hubspot.com integration sync error
# contacts not syncing disconnected", "Hubitat community integration stopped working token expired
# reauthorize", "Stripe plugin not working anymore error Bubble forum help", "Retool resource OAuth 2.0
# authentication keeps expiring help thread", "Glide app Google Sheets sync stopped data not updating anyone
# else having this issue", "openHAB forum cloud connector myopenhab offline authentication failed since
# update", "FlutterFlow community Supabase Firebase API call failed 401 since today", "Pipedream community
# workflow Google OAuth token refresh failed invalid_grant", "I have been getting this error since yesterday,
# my HubSpot connection says token expired ...", "Hi all, my Shopify integration stopped syncing orders ...",
# "Hello, since the last update my Home Assistant integration shows "Failed to set up" ...", "Hey guys, my n8n
# workflow with the Gmail node suddenly fails with invalid_grant ...", "Airtable API returns 401
# AUTHENTICATION_REQUIRED in my app since February ...", "same problem here since this morning all my
# scenarios fail with connection error ...", "WooCommerce REST API consumer key 401 woocommerce_rest_cannot_view
# forum support topic", "Zoho CRM integration invalid oauth token error forum post help needed", "Kaizen
# Troubleshooting OAuth2.0 reply: I am getting invalid_code error ...", "403 Forbidden error with LinkedIn node
# all troubleshooting failed n8n", "LinkedIn node error fetching person name or ID n8n community", "Nest SDM
# integration stopped working refresh token invalid_grant Home Assistant community thread", "Ecobee integration
# Hubitat community keeps asking to re-authorize, connection lost", "Pipedrive community integration Google
# calendar sync stopped working reconnect does not help", "HubSpot Shopify integration stopped syncing orders
# customers ...", "Klaviyo community Shopify integration error credentials invalid reconnect store sync
# failing", "Zapier community my Zap was turned off because of errors ...", "Shopify community app API access
# token revoked 401 Invalid API key or access token ...", "There was an issue setting up your call. Raw
# response for the API Status code 401 Bubble API connector ...", "Retool Google Sheets resource error token
# expired have to reconnect every day community", "Glide community Airtable data source stopped syncing error
# since Airtable API key deprecation ..."; find_repos - "discourse-archive", "forum-archive",
# "community-archive", "discourse-scrape"; find_string - "community.n8n.io/t/" (only link lists / notes
# citing n8n topics, no post text; not used).
# Checked and skipped as already mined (grep over tools/real/b*.py, pending and other worktrees):
#  community.retool.com/t/refreshing-custom-auth-token/57042 (b200), community.glideapps.com/t/addressing-
#  glide-s-recent-airtable-and-excel-outage/67515 (b86), forum.bubble.io/t/how-does-api-connector-works-on-the-
#  backend/175918 (b352), community.thunkable.com/t/...airtable-api-key-deprecation/2497984 (b218, b393),
#  help.zoho.com community topic kaizen-4-troubleshooting-oauth2-0 (b196), community.glideapps.com/t/clear-
#  instructions-for-changing-airtable-api-to-oauth/66474 (b340), forum.bubble.io/t/new-features-api-
#  connector/151053 (b113); WooCommerce woocommerce_rest_cannot_view pages (b172, b196, b253, b423, b448, b464).
# Rows rejected and why: the Bubble 5685 post "On this topic, and without knowing how bubble platform is set
# up - is there a possibility to expand ... to cover the use case I'm describing?" (a link was stripped from the
# stored text, so the excerpt is not a faithful copy); the eshopman.com / celigo / webgility pages that retell
# a HubSpot Community thread (paraphrase, not the forum post); community.airtable.com bc-p/172018 (same
# announcement as bc-p/142923, would duplicate the text); titles of n8n community topics seen only as links in
# notes found by find_string (no post text available - a bare title taken from someone else's link list is not
# the forum message); all vendor help-centre / docs / SEO blog pages (not forum voice).
ROWS = [
    ('https://forum.bubble.io/t/showcase-manual-oauth2-token-integration/79988', 'forum', 'other', 'other', "[Showcase] Manual OAuth2 Token Integration\n\nHey guys,\n\nI struggled for a long time to get the OAuth2 working right. Eventhough I felt like I was making progress every day, different errors kept showing up every time, which drove me crazy (and that obviously didn’t help either :crazy_face: )\n\nThankfully I found a lot of help on this forum, especially @lottemint.md who very kindly offered his help and walked me through all the steps. I would probably never have succeeded without him! Big up to him and @NigelG for their understanding. I’m incredibly grateful for Bubble and the knowledge/help from its community, it shows once more that both together really make a huge difference!\n\nNow that it’s working for me I want to give back to the community and help rookies like me understand how it should be done (I don’t have a huge tech background - I’m more that business kind of guy).\n\nBelow is a step-by-step guide - I’m taking the Hubspot example here but I guess it would work for other integrations that cannot be done with the User-Agent flow :", False),
    ('https://forum.bubble.io/t/bubble-api-connector-processing-http-error-status-codes/5685', 'forum', 'other', 'other', "Bubble API connector - Processing HTTP Error / Status Codes\n\nThe bubble API connector is great for “Sunny” day cenarios. It can connect to just about any external service.\n\nNow, I’m now running into some limitations with “Rainy” day scenarios.\n\nContinuing the discussion from [Feature Request] Error in Logs, or let us manage errors responses:\n\nLike the post above, I want to able to write some logic and workflows based on the HTTP error codes returned.\n\nIn the example, above I want to ask the user to enter the address again if I get an HTTP error code 422, and so on.\n\nHas anyone found a way to do this - process the error code from the bubble API connector?", False),
    ('https://forum.bubble.io/t/bubble-api-connector-processing-http-error-status-codes/5685', 'forum', 'other', 'none', "No immediate plan, but we’ll think about it. I think a few other things regarding the API connector will come first (like Oauth, if possible), but eventually we should have an answer there as well. I can’t commit on a timeline though.", False),
    ('https://forum.bubble.io/t/bubble-api-connector-processing-http-error-status-codes/5685', 'forum', 'other', 'none', "Agree. OAuth would be a very welcome feature indeed !.", False),
    ('https://forum.bubble.io/t/bubble-api-connector-processing-http-error-status-codes/5685', 'forum', 'other', 'none', "Not immediately, it’s a very different part of code. We’ll think about it though.", False),
    ('https://forum.bubble.io/t/bubble-api-connector-processing-http-error-status-codes/5685', 'forum', 'other', 'other', "Any update on this? I noticed that using SendGrid from the API Connector, there is currently no way to store the Status Code value (i.e. there is no way to determine if the email was actually accepted by sendgrid).", False),
    ('https://forum.bubble.io/t/bubble-api-connector-processing-http-error-status-codes/5685', 'forum', 'other', 'none', "Is there any solution to this in the meantime? For booking platforms, this is critical.", False),
    ('https://forum.bubble.io/t/bubble-api-connector-processing-http-error-status-codes/5685', 'forum', 'other', 'other', "I have to follow-up on this @emmanuel I have a plugin for a customer that is impossible to know in the editor that an error has been encountered. In the logs it clearly shows Raw error but in the workflows there is no way to test this against.", False),
    ('https://community.airtable.com/t5/announcements/new-api-capabilities-now-in-ga-and-upcoming-api-keys-deprecation/bc-p/142923', 'forum', 'other', 'other', "New API capabilities now in GA and upcoming API keys deprecation period\n\nHiya everybody,\n\nFor those I haven’t met, I’m Fred, an Engineering Manager here at Airtable.\n\nToday our team is announcing the General Availability of many new API features to make our API Authentication more secure and reliable, as well as open up new API capabilities.", False),
    ('https://community.appsheet.com/gc/Announcements/Important-Action-needed-for-apps-using-Airtable-data-source/m-p/661235', 'forum', 'other', 'other', "Important: Action needed for apps using Airtable data source\n\nIf your app does not use Airtable as a data source then you can ignore this post \nBackground\n\nAppSheet supports app creation with data stored in different data sources such as AppSheet databases, Sheets and Airtable. For Airtable specifically, an Airtable API key is required to authenticate this connection. Airtable has announced that the Airtable API key is a legacy authentication mechanism and is being replaced in favor of two new authentication methods: Personal Access Tokens (PATs) and OAuth for integrations. AppSheet supports the authentication method with Personal Access Tokens.", False),
]
