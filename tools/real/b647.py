# b647 -- vein: SHORT replies (one to a few sentences) inside threads about broken integrations, connections,
# sync, webhooks, API keys / OAuth tokens: "same here", "still getting 401", "+1", "any update? still broken",
# "works now, thanks", "never mind, my mistake", "can you share your logs?", maintainer "fixed in vX", "closing".
# Label by the guideline: the writer reports the failure continuing NOW for them (same problem, still broken,
# still rejected, "any update? ... doesn't work at all") -> complaint; works now / fixed / my mistake / questions
# for detail / maintainer replies / bare "any update?" / "please help" with no report -> other.
#
# How found.
#  - issue voice (55 rows): `search` on the issues corpus with ~25 queries phrased as short replies about
#    failing integrations in many products (Home Assistant integrations, Todoist, Notion, Spotify clients,
#    Strava/Garmin/Withings/Fitbit syncs, Twitch/Discord bots, Trakt/Plex, Tesla API tools, Sonarr/Jackett,
#    Gmail IMAP/app passwords, Dropbox/OneDrive, Xero/QuickBooks, WooCommerce REST, Shopify, Mailchimp); every
#    thread checked against tools/real/b*.py + pending/b*.py (roughly 4 in 5 hits were already used).
#    Texts copied verbatim from the index excerpts. Anchors "#issuecomment-N" = ORDINAL position of the comment
#    in the thread as shown by the index (1 = first comment after the description); "#issuecomment-xN" = the index
#    showed the thread from mid-thread, N counts from the first comment shown. Anchors only separate rows.
#  - forum voice (28 rows): monday.com community (Discourse) via davidsimpsonapps/monday-community-archive,
#    dist/api/topics/<id>.json, "#post_N" = Discourse post number (replies only, no first posts); Redash
#    community via getredash/discourse-archive, t/<slug>/<id>.html, "#L<n>" = line where the post body starts.
#    Snapshots fetched, every reply of every topic not used by an earlier batch pulled out programmatically
#    (HTML stripped as in earlier batches: <br> -> newline, paragraphs -> blank line, emoji img -> :name:),
#    filtered with keyword regexes, read in context, picked and labelled by hand.
#  - chat voice (17 rows): HubSpot developer Slack (hubspotdev/devslackarchive), channel-day files not used before,
#    messages taken byte-exact from the JSON "text" field (Slack escapes such as <@U...> kept);
#    "#L<n>" = line of the message's "text" in the file. Other chat sources tried gave nothing: datazip olake
#    Slack (unused days had no vein text), indieweb #bridgy logs (too large to fetch, one day read = joins only);
#    opsmill Discord was fetched but its data is a zip and was not examined.
#  Long replies are cut with [... cut] (log dumps, screenshots, code). No rewriting, no translation.
#
# Counts: 100 rows; label complaint 47 / other 53. voice: issue 55 (30 complaint / 25 other), forum 28 (11/17),
#   chat 17 (6/11). integration: none 65, other 35 (no ActiveCampaign / Keap / Stripe text turned up in unused
#   short-reply threads). exposure_mentioned True: 0. language: 1 row zh (web-clipper "一样的问题" = same problem),
#   rest English. 72 distinct threads, max 4 rows per thread.
#
# Doubtful calls:
#  - Bare "any update?"-style pleas without a report -> other: TWCManager#564 "@MikeBishop or @ngardiner please
#    help", fitbit2garminconnect#1 "Did you ever update this?", monday 4039 "Any update on this?" (a feature).
#    Versus "any update + report" -> complaint: supermemory#340 "Any update on this? Notion integration doesn't work
#    at all", HubSpot Slack 2024-05-07 "what is the update on this issue? I am facing the same issue while
#    installing apps" (the issue itself is not spelled out; labelled by "facing the same issue").
#  - Short "+1"-type replies that only make sense with the thread ("Yes, this too", "Ditto", "Same Error",
#    "Still not working :/", "Hello getting this again now....") -> complaint, because the thread is an auth/sync
#    failure (sms-backup-plus#971 Gmail XOAuth, Jackett#1654 401s, Withings2Garmin PR#11 Garmin 403, node-red tesla).
#  - Missing features of a working integration -> other even when phrased "same problem": monday 79748 (Jira
#    comments not synced), 65991 (Jira subtasks), 24951 (Gmail automations not copied with a duplicated board),
#    31580; a data-format problem with Zapier dates was left out.
#  - Own-product logins / outages -> other: HubSpot Slack "Is anyone else not able to log into HubSpot because of a
#    CORS issue?", "Anyone else getting HubSpot issues today?", "We keep getting a 403 forbidden error" (their own
#    site's robots.txt, not a connection between systems).
#  - anxdpanic/plugin.video.twitch#291: "Invalid OAuth ... still get those" -> complaint (token rejected popups
#    persist) although the add-on otherwise works; the other reply there ("haven't put in any credentials yet")
#    -> other.
#  - HubSpot Slack 2019-05-06 "with the two-factor authentication enabled is there a way to get access to the FTP
#    working again" -> complaint (FTP access to the portal broken by 2FA, phrased as a question).
#  - HubSpot Slack 2023-11-28 "some of our integrations messed up because the custom code didn't run" -> complaint
#    (platform incident, but the writer reports their integrations failing).
#  - monday 16001 "I have a connector that doesn't work anymore" (Integromat scenario broken by an API change) and
#    59527 "my api key is only working on my workspace" -> complaint.
#  - monday 55010 "I get the same problem" (monday tunnel "retrying connection to the server") -> complaint.
#  - imap-backup#64 "Still having the issue, but ... a fix has been worked on upstream ... Thanks" -> complaint
#    (still failing for the writer, though the tone is friendly and no action is asked).
#  - Integration: rows naming no product -> none even when the thread title names one (e.g. "Still not working"
#    in an Integromat/Gmail thread); HubSpot/monday/Zapier/Gmail/Spotify/Notion/etc. named -> other.

ROWS = [
    ('https://github.com/davidsimpsonapps/monday-community-archive/blob/master/dist/api/topics/13541.json#post_15', 'forum', 'complaint', 'none', 'Still not working. Getting a error message when I try to send emails and it goes to the integration page?', False),
    ('https://github.com/davidsimpsonapps/monday-community-archive/blob/master/dist/api/topics/13541.json#post_16', 'forum', 'other', 'none', 'Hi @ReconRooster - Perhaps you have an older version of the app. Have you tried uninstalling it and installing it fresh? The latest install link I have is monday.com: Where Teams Get Work Done', False),
    ('https://github.com/davidsimpsonapps/monday-community-archive/blob/master/dist/api/topics/117317.json#post_3', 'forum', 'complaint', 'other', 'Hi Desiree,\n\nIt is all of my users. However, we think it is because Make.com did an update and it really interfered with the forms connection. So you may find other users having the same issue.', False),
    ('https://github.com/davidsimpsonapps/monday-community-archive/blob/master/dist/api/topics/32889.json#post_47', 'forum', 'complaint', 'other', 'I am also getting an email with ’ ERROR: monday.com did not return a valid webhook. Please try again later.’', False),
    ('https://github.com/davidsimpsonapps/monday-community-archive/blob/master/dist/api/topics/41747.json#post_35', 'forum', 'complaint', 'none', 'Unfortunately I am still having issues with the integrations not working, but I have reached out to support for some help. When they were working, the integrations solved a big challenge so I’m hoping it is a simple resolution.', False),
    ('https://github.com/davidsimpsonapps/monday-community-archive/blob/master/dist/api/topics/44765.json#post_18', 'forum', 'other', 'other', 'As of Today, my API automations (through Zapier) started working again. The Monday dev team mustve fixed the phone validation issue!\n\nI did not change anything on my side.\n\nThanks Monday team!', False),
    ('https://github.com/davidsimpsonapps/monday-community-archive/blob/master/dist/api/topics/49631.json#post_3', 'forum', 'complaint', 'other', 'I’m having some of the same issues and now Gmail isn’t working at all. I’m receiving an error “The email was not sent.” No explanation and I can’t find anything on that error here in the forum.\n\nIdeas anyone?\n\nThanks!', False),
    ('https://github.com/davidsimpsonapps/monday-community-archive/blob/master/dist/api/topics/81096.json#post_4', 'forum', 'other', 'none', 'There was an issue with monday.com yesterday with integrations that use a certain type of authentication (like this). I would try again now that its resolved', False),
    ('https://github.com/davidsimpsonapps/monday-community-archive/blob/master/dist/api/topics/81096.json#post_6', 'forum', 'other', 'none', 'It worked! Seems like the issue has been resolved. Thanks for you reply.', False),
    ('https://github.com/davidsimpsonapps/monday-community-archive/blob/master/dist/api/topics/93489.json#post_8', 'forum', 'other', 'none', 'I’ve got it working now with some help of .NET folks.\n\nThe .NET API is authorizing the user with the incoming JWT token.', False),
    ('https://github.com/davidsimpsonapps/monday-community-archive/blob/master/dist/api/topics/729.json#post_4', 'forum', 'other', 'other', 'Hey Jean-Denis! Sorry for the late response.\n\nAre you still having trouble connecting our webhooks to Zoho Flow/Google Sheets?', False),
    ('https://github.com/davidsimpsonapps/monday-community-archive/blob/master/dist/api/topics/53134.json#post_8', 'forum', 'other', 'none', 'Yes! The webhooks must be created via API, using a token belonging to an app (shortLivedToken or OAuth token).\n\nIf your webhook satisfies the two above conditions and is still not getting the header, please open a ticket with our support team – Support Form', False),
    ('https://github.com/davidsimpsonapps/monday-community-archive/blob/master/dist/api/topics/8052.json#post_3', 'forum', 'complaint', 'none', 'Hi @dipro,\n\nThank you for your quick response.\n\nthe error is “Could not send request” and “unable to get local issuer certificate”.\n\nNow i have the body and authorization Tabs as you did but there is still the same error.\n\nCan you please help me?', False),
    ('https://github.com/davidsimpsonapps/monday-community-archive/blob/master/dist/api/topics/79748.json#post_4', 'forum', 'other', 'none', 'I haven’t been able to sync comments and updates between the two systems. Anyone else able to figure it out with the standard integration?', False),
    ('https://github.com/davidsimpsonapps/monday-community-archive/blob/master/dist/api/topics/24951.json#post_9', 'forum', 'other', 'other', 'Was this issue ever solved? I’m having the same issue where the gmail automations are not transferring over to my duplicated boards.', False),
    ('https://github.com/davidsimpsonapps/monday-community-archive/blob/master/dist/api/topics/10887.json#post_6', 'forum', 'other', 'other', 'Figured it out… the query itself wasn’t the issue.\n\nThe key “body” was actually supposed to be called “payload” for Google Apps Script.\n\nAgain, thanks for your help!', False),
    ('https://github.com/davidsimpsonapps/monday-community-archive/blob/master/dist/api/topics/55010.json#post_4', 'forum', 'complaint', 'none', 'Hi, I get the same problem. Could you give me any answer about it here?\n\nThanks', False),
    ('https://github.com/davidsimpsonapps/monday-community-archive/blob/master/dist/api/topics/55010.json#post_8', 'forum', 'other', 'none', 'For those looking at this old thread and having similar issues – we fixed it by updating the monday tunnel to use ngrok under the hood.\n\nIf you’re still having this problem, clone the most recent version of the quickstart project and try again!', False),
    ('https://github.com/davidsimpsonapps/monday-community-archive/blob/master/dist/api/topics/4039.json#post_4', 'forum', 'other', 'none', 'Any update on this? I have seen same kind of post here as well. Verify webhook origin as Monday.com', False),
    ('https://github.com/davidsimpsonapps/monday-community-archive/blob/master/dist/api/topics/65991.json#post_2', 'forum', 'other', 'other', 'Running into the same problem here :disappointed: Not being able to sync subtasks from Jira to Monday (even as just regular top-level items) makes this integration nearly meaningless for keeping consistency between Jira & Monday. Why was this overlooked in the creation of this integration?', False),
    ('https://github.com/davidsimpsonapps/monday-community-archive/blob/master/dist/api/topics/16001.json#post_8', 'forum', 'complaint', 'none', 'Hi @Helen\n\nThank you for your feedback, so it is planned to put the id of the parent element back in the ID group. When is it planned to retrieve the information?\n\nI currently have an outage, I have a connector that doesn’t work anymore. :confounded:', False),
    ('https://github.com/davidsimpsonapps/monday-community-archive/blob/master/dist/api/topics/59527.json#post_18', 'forum', 'complaint', 'none', 'I have sent the query.\n\nNow I am facing this issue where my api key is only working on my workspace and not working on any other workspace.', False),
    ('https://github.com/davidsimpsonapps/monday-community-archive/blob/master/dist/api/topics/7017.json#post_2', 'forum', 'other', 'none', 'Hey @stefaniaraujo, can you share your code (without your API key) and the full error response you’re receiving?\n\nThis sounds like a timeout issue, but I’d love to know more!', False),
    ('https://github.com/davidsimpsonapps/monday-community-archive/blob/master/dist/api/topics/7568.json#post_12', 'forum', 'other', 'other', 'Hey @goldenrush – can you share the error you’re receiving in Zapier? A screenshot would be awesome.', False),
    ('https://github.com/getredash/discourse-archive/blob/main/t/how-to-skip-redash-login-verification/6014.html#L389', 'forum', 'complaint', 'none', 'Hi @jesse\n\r\nI added headers\n\r\nAuthorization=Key {{user api_key}}\n\r\nAccept=/\n\r\nContent-Type=application/json\n\r\nto request POST {{redash_url}}/api/query_results\n\r\nbut it not work, it still show error 404 ```\n\r\nCouldn’t find resource. Please login and try again\r\nHow can i pass this error', False),
    ('https://github.com/getredash/discourse-archive/blob/main/t/how-to-skip-redash-login-verification/6014.html#L452', 'forum', 'complaint', 'none', 'I’m just trying create new query. I use endpoint /api/queries to do this but still get same error', False),
    ('https://github.com/getredash/discourse-archive/blob/main/t/how-to-skip-redash-login-verification/6014.html#L479', 'forum', 'other', 'none', 'Without further information it’s hard to know the issue. If you can share the curl for your request that will be easier to debug :smiley:', False),
    ('https://github.com/getredash/discourse-archive/blob/main/t/use-of-icons-in-alert-destination/3410.html#L255', 'forum', 'other', 'other', ':scream: should work as long as you don’t put any value in Icon (URL) (Slack takes only one of them). Can you share the full configuration sans the webhook URL along with a screenshot of how it looks like on Slack?', False),
    ('https://github.com/hubspotdev/devslackarchive/blob/main/channel_general/2023/10/2023-10-15.json#L8', 'chat', 'complaint', 'other', "<@U2H3TT8F2> have there been reports of issues with the auth api? I'm getting:\n\nA RequestError has occurred. Error: getaddrinfo EAI_AGAIN <http://api.hubapi.com|api.hubapi.com>", False),
    ('https://github.com/hubspotdev/devslackarchive/blob/main/channel_api/2023/05/2023-05-11.json#L110', 'chat', 'complaint', 'other', 'Hi Great Developers of HubSpot I have a missing token in my Wordpress HubSpot plugin anybody can help ?', False),
    ('https://github.com/hubspotdev/devslackarchive/blob/main/channel_api/2023/05/2023-05-11.json#L436', 'chat', 'complaint', 'none', 'Yes I did them. I clicked test and the test data comes through fine. It’s just no linked with my database. From my non developer account when i create a contact it doesn’t trigger any payload ', False),
    ('https://github.com/hubspotdev/devslackarchive/blob/main/channel_api/2023/05/2023-05-11.json#L468', 'chat', 'other', 'other', 'did you install the app in your HubSpot account?', False),
    ('https://github.com/hubspotdev/devslackarchive/blob/main/channel_api/2023/05/2023-05-11.json#L141', 'chat', 'other', 'none', 'hey friends!  after a LOT of digging, we found out where the issue was and a patch is being deployed soon and we should be good to go :+1:.  Thanks for calling this out and the patience :slightly_smiling_face:', False),
    ('https://github.com/hubspotdev/devslackarchive/blob/main/channel_workflows/2023/07/2023-07-19.json#L34', 'chat', 'other', 'none', 'Ohhh, so it’s basically a scope issue? It worked! Thanks a lot!', False),
    ('https://github.com/hubspotdev/devslackarchive/blob/main/channel_workflows/2023/11/2023-11-28.json#L24', 'chat', 'complaint', 'none', "Yes same here, some of our integrations messed up because the custom code didn't run.", False),
    ('https://github.com/hubspotdev/devslackarchive/blob/main/channel_javascript/2022/03/2022-03-21.json#L87', 'chat', 'other', 'other', 'Never mind, I just found the reason <https://knowledge.HubSpot.com/ads/connect-your-google-ads-account-to-HubSpot>.', False),
    ('https://github.com/hubspotdev/devslackarchive/blob/main/channel_general/2019/05/2019-05-06.json#L206', 'chat', 'complaint', 'none', 'with the two-factor authentication enabled is there a way to get access to the FTP working again or we sh*t out of luck?', False),
    ('https://github.com/hubspotdev/devslackarchive/blob/main/channel_general/2019/05/2019-05-06.json#L227', 'chat', 'other', 'none', 'Heya <@U7BQUDTEJ>, is that 2FA enabled portal-wide for you?', False),
    ('https://github.com/hubspotdev/devslackarchive/blob/main/channel_api/2024/05/2024-05-07.json#L34', 'chat', 'complaint', 'none', 'Hey, what is the update on this issue? I am facing the same issue while installing apps.', False),
    ('https://github.com/hubspotdev/devslackarchive/blob/main/channel_local-development/2020/03/2020-03-20.json#L51', 'chat', 'other', 'other', 'can you DM me a log of your terminal, and copy n paste the contents of the HubSpot.config.yml file with any API keys, access keys, obfuscated? (Portal id’s are fine to leave in)', False),
    ('https://github.com/hubspotdev/devslackarchive/blob/main/channel_marketplace/2019/03/2019-03-21.json#L3', 'chat', 'other', 'other', 'The PayPal integration issue has been resolved.', False),
    ('https://github.com/hubspotdev/devslackarchive/blob/main/channel_modules/2020/07/2020-07-01.json#L208', 'chat', 'other', 'other', 'NNevermind. I found a salesforce campaign field that I had to add for this work.', False),
    ('https://github.com/hubspotdev/devslackarchive/blob/main/channel_help-the-community/2019/08/2019-08-01.json#L35', 'chat', 'other', 'none', 'We keep getting a 403 forbidden error :worried:', False),
    ('https://github.com/hubspotdev/devslackarchive/blob/main/channel_general/2023/09/2023-09-13.json#L71', 'chat', 'other', 'other', 'Is anyone else not able to log into HubSpot because of a CORS issue?', False),
    ('https://github.com/hubspotdev/devslackarchive/blob/main/channel_random/2024/05/2024-05-21.json#L3', 'chat', 'other', 'other', 'Anyone else getting HubSpot issues today?\nWe seem to be getting a lot recently in our office, across all different portals\nOur internet connection is still solid', False),
    ('https://github.com/microtower00/obsidian-ai-images/issues/19#issuecomment-2', 'issue', 'other', 'other', 'Had the same issue; I had to restart Obsidian to fix that issue.', False),
    ('https://github.com/wchill/revanced-patches/issues/5#issuecomment-1', 'issue', 'complaint', 'none', 'Yup - getting 401: Unauthorized and then when tryign to login - getting a Invalid request to OAuth API error.\n@wchill', False),
    ('https://github.com/AndrewTapp/solaredgeoptimizers/issues/54#issuecomment-2', 'issue', 'other', 'none', 'Thanks for the quick response\n\nRemoving and re-adding it made it work again :)\n\n[... cut]', False),
    ('https://github.com/barneyonline/ha-enphase-energy/issues/855#issuecomment-3', 'issue', 'other', 'none', 'Fixed in [4.3.1](https://github.com/barneyonline/ha-enphase-energy/releases/tag/v4.3.1)', False),
    ('https://github.com/barneyonline/ha-enphase-energy/issues/855#issuecomment-4', 'issue', 'other', 'none', "Thanks, @barneyonline.  I've validated that this resolves the issue on my system.", False),
    ('https://github.com/Darkdragon14/ha-aqara-devices/issues/25#issuecomment-2', 'issue', 'other', 'none', "Sorry! Was still on v0.6.2, don't know why it didn't upgrade, everything is running smoothly now, thank you so much!", False),
    ('https://github.com/mailchimp/mc-woocommerce/issues/372#issuecomment-2', 'issue', 'complaint', 'other', "Hi,\n\nI have the smae issue. I don't see my new product on mailchimp. It seems that the plugin doesn't synchronise Woocommerce and mailchimp.\n\n[... cut]", False),
    ('https://github.com/webclipper/web-clipper/issues/1367#issuecomment-1', 'issue', 'complaint', 'other', '[... cut]\n\n一样的问题，已确认Notion已登录且没有阻止第三方cookie @DiamondYuan', False, 'zh'),
    ('https://github.com/supermemoryai/supermemory/issues/340#issuecomment-1', 'issue', 'complaint', 'other', "Any update on this? \nNotion integration doesn't work at all", False),
    ('https://github.com/supermemoryai/supermemory/issues/340#issuecomment-2', 'issue', 'other', 'none', 'Hi, this has been fixed now. Thanks for reporting!', False),
    ('https://github.com/NTifyApp/NTify/issues/50#issuecomment-2', 'issue', 'complaint', 'none', 'I am having this issue as well. It just started yesterday. Before it was signed in and working, now it is asking for me to sign in, but will not allow me to do so, and just keeps popping up with the "sign in" dialogue. [... cut]', False),
    ('https://github.com/KRTirtho/spotube/issues/1427#issuecomment-1', 'issue', 'other', 'other', "Please don't use that account for a few days with Spotube. Spotify probably noticed excessive login attempts.", False),
    ('https://github.com/swdotcom/swdc-vscode-musictime/issues/49#issuecomment-3', 'issue', 'other', 'none', 'Working fine again after the update, thanks!', False),
    ('https://github.com/owntone/owntone-server/issues/1317#issuecomment-x2', 'issue', 'complaint', 'other', 'I see the same error, I get disconnected after a day or so of inactivity. so the below status from /api/spotify \n\n[... cut]', False),
    ('https://github.com/maxrave-dev/SimpMusic/issues/1921#issuecomment-1', 'issue', 'other', 'other', 'Should be fixed by f7b4f290 (accept any locale in the Spotify login-success URL). Closing as completed — reopen if login still is not recognized.', False),
    ('https://github.com/thlucas1/homeassistantcomponent_spotifyplus/issues/180#issuecomment-1', 'issue', 'other', 'none', '@thlucas1 is there a way to "test" the creds on this page?', False),
    ('https://github.com/sodelalbert/Withings2Garmin/pull/11#issuecomment-1', 'issue', 'complaint', 'other', "This fixes the Withings API error but I'm still having issues with Garmin -\n\nI get 403s back when trying to authenticate. Credentials are correct.", False),
    ('https://github.com/sodelalbert/Withings2Garmin/pull/11#issuecomment-2', 'issue', 'complaint', 'none', 'Still not working :/', False),
    ('https://github.com/sodelalbert/Withings2Garmin/pull/11#issuecomment-4', 'issue', 'other', 'other', '@fakarava94 Just wanted to let you know that I did a successful sync from withings to garmin using your branch `fix/api-update`\nThanks!!!', False),
    ('https://github.com/xperseguers/fitbit2garminconnect/issues/1#issuecomment-3', 'issue', 'other', 'none', 'Did you ever update this? I would find it very useful.', False),
    ('https://github.com/gempir/go-twitch-irc/issues/166#issuecomment-1', 'issue', 'other', 'none', 'Did you change the password of your bot account? Then You need to re-generate a token', False),
    ('https://github.com/anxdpanic/plugin.video.twitch/issues/291#issuecomment-2', 'issue', 'other', 'none', "I have this message every time I start up the extension, but only once though, so not that annoying. FYI I haven't put in any credentials yet (I don't want to).", False),
    ('https://github.com/anxdpanic/plugin.video.twitch/issues/291#issuecomment-3', 'issue', 'complaint', 'none', 'Invalid OAuth. I have restarted Kodi several times and still get those. Once I even got a message when I was watching a local file too.\n\n[... cut]', False),
    ('https://github.com/jujoco/twitch-multitask-task-list-overlay/issues/51#issuecomment-1', 'issue', 'complaint', 'other', 'I am also having an issue with this. No matter what I try, the "Invalid oAuth access token" error message pops up. I have tried refreshing for a new access token, removing the bot connection from my Twitch account and reconnecting it, removing the source from OBS / Meld Studio and adding it again, and more. [... cut]', False),
    ('https://github.com/wAIfu-DEV/w-AI-fu_v2/issues/19#issuecomment-1', 'issue', 'other', 'none', "seems like you might be using the wrong authentication details, I would check you are using the correct username and oauth(remember not to include the 'oauth:' part of the key)", False),
    ('https://github.com/trakt/Plex-Trakt-Scrobbler/issues/380#issuecomment-1', 'issue', 'other', 'none', 'Duplicate of https://github.com/trakt/Plex-Trakt-Scrobbler/issues/372, updating the plugin to [v1.1.0.7](https://github.com/trakt/Plex-Trakt-Scrobbler/releases/tag/v1.1.0.7) will fix this issue.', False),
    ('https://github.com/marcone/teslausb/issues/796#issuecomment-x3', 'issue', 'complaint', 'other', '@marcone the issue may be a bit more complicated.  Opened a new bug ticket for Tesla API access failing with token refresh.  Seems they changed the Tesla API.', False),
    ('https://github.com/ngardiner/TWCManager/issues/564#issuecomment-x2', 'issue', 'complaint', 'none', 'The access/refresh still seems to be a problem, at least for me.', False),
    ('https://github.com/ngardiner/TWCManager/issues/564#issuecomment-x5', 'issue', 'complaint', 'none', 'Same problem here M3 2020 and MY 2022. If I manually fill in the tokens it works for ~ a day. Then the api control gets lost. Im on v1.3.2.', False),
    ('https://github.com/ngardiner/TWCManager/issues/564#issuecomment-x6', 'issue', 'other', 'none', '@MikeBishop or @ngardiner please help 🙏', False),
    ('https://github.com/onokje/node-red-contrib-tesla/issues/8#issuecomment-1', 'issue', 'other', 'none', 'Nevermind, it was user error 🙄', False),
    ('https://github.com/onokje/node-red-contrib-tesla/issues/8#issuecomment-2', 'issue', 'complaint', 'none', 'Hello getting this again now.... Model S, HW3, 2020.48.35.5 on the car.... thoughts?', False),
    ('https://github.com/Jackett/Jackett/issues/1654#issuecomment-x2', 'issue', 'complaint', 'other', 'removed KickAssTorrent (kat.how) from both jackett and sonarr. no change, every index is still gives 401 in sonarr.', False),
    ('https://github.com/Jackett/Jackett/issues/1654#issuecomment-x4', 'issue', 'other', 'other', '@PaintPauller could you turn on Debug level logging in Sonarr and upload your logs? Thanks.', False),
    ('https://github.com/Jackett/Jackett/issues/1654#issuecomment-x5', 'issue', 'complaint', 'none', 'Same Error\n[http://imgur.com/NEVxHnw](http://imgur.com/NEVxHnw)', False),
    ('https://github.com/Jackett/Jackett/issues/1654#issuecomment-x6', 'issue', 'complaint', 'none', 'Same issue here for the past few days, just updated to 0.8.18 and still the same. [... cut]', False),
    ('https://github.com/jberkel/sms-backup-plus/issues/1061#issuecomment-x1', 'issue', 'complaint', 'none', 'Sorry, but that is a no-go and enabling two-factor does NOT work.  \n\nYour advice was correct in 2019 but no longer.  [... cut]', False),
    ('https://github.com/jberkel/sms-backup-plus/issues/971#issuecomment-1', 'issue', 'complaint', 'none', 'Yes, this too', False),
    ('https://github.com/jberkel/sms-backup-plus/issues/971#issuecomment-4', 'issue', 'complaint', 'none', 'Ditto', False),
    ('https://github.com/jberkel/sms-backup-plus/issues/971#issuecomment-5', 'issue', 'complaint', 'other', 'Same here. Mine says:\n\nLogin error XOAuth authorization error. Please maek sure you enabled IMAP in your Gmail account settings.\n\nNote that I *do* have IMAP enabled and have since verified that.\n\n[... cut]', False),
    ('https://github.com/jberkel/sms-backup-plus/issues/971#issuecomment-6', 'issue', 'complaint', 'none', 'Same issue. Anyone find an alternative to this app. Really need this working', False),
    ('https://github.com/imapsync/imapsync/issues/175#issuecomment-1', 'issue', 'other', 'other', 'I figured it out, you also need to enable imap access unsecure apps in Google admin panel. Like this:\n\n[... cut]', False),
    ('https://github.com/joeyates/imap-backup/issues/64#issuecomment-3', 'issue', 'complaint', 'none', "Still having the issue, but my understanding is that a fix has been worked on upstream and will be released eventually, so I don't think there's anything you need to do here. Thanks for all your help!", False),
    ('https://github.com/imapsync/imapsync/issues/339#issuecomment-2', 'issue', 'other', 'none', 'Can confirm the app-password way works. Just used it.', False),
    ('https://github.com/dcblogdev/laravel-xero/issues/31#issuecomment-1', 'issue', 'complaint', 'none', 'I am getting the same problem. Even if you manually delete the first token, it will not work. It seems it will only work when the xero_tokens id=1', False),
    ('https://github.com/dcblogdev/laravel-xero/issues/31#issuecomment-2', 'issue', 'other', 'none', '@craigrileyuk  @mattglover11  can you confirm if this issue is still present? I am struggling to replicate.', False),
    ('https://github.com/samschott/maestral/issues/479#issuecomment-1', 'issue', 'complaint', 'none', 'Started having the same issue today as well.\n\nVersion 1.5.0 (35)\nMac OS 11.6 (20G165)', False),
    ('https://github.com/samschott/maestral/issues/479#issuecomment-2', 'issue', 'complaint', 'other', 'Same.  Trying to download a relatively small existing Dropbox folder on initial setup is now nearly impossible: I keep manually resuming sync, seeing a little progress, and then seeing the authentication error again.', False),
    ('https://github.com/SinisterRectus/Discordia/issues/372#issuecomment-1', 'issue', 'other', 'none', 'There seems to be something wrong with your token', False),
    ('https://github.com/SinisterRectus/Discordia/issues/372#issuecomment-4', 'issue', 'complaint', 'none', 'I also have the exact same issue. I re generated my token many times, to paste it back into my code, and I still had the same issue. I also correctly added "Bot " before my token, like this : "Bot MY_TOKEN_HERE". I don\'t know what to do anymore', False),
    ('https://github.com/SinisterRectus/Discordia/issues/86#issuecomment-4', 'issue', 'other', 'none', 'Oh I see thanks. Its now working.', False),
    ('https://github.com/woocommerce/wc-api-node/issues/20#issuecomment-2', 'issue', 'complaint', 'none', "Thank for reply \nBut still getting same issue i'm update all as latest version.", False),
    ('https://github.com/woocommerce/wc-api-node/issues/20#issuecomment-3', 'issue', 'other', 'none', 'Thanks issue solved after install Woo -RC1 version and regenerate API key\nThank you.', False),
    ('https://github.com/woocommerce/wc-api-node/issues/82#issuecomment-1', 'issue', 'complaint', 'none', 'Facing the same issue. Please share the solution if you have managed to resolve it.', False),
    ('https://github.com/woocommerce/wc-api-node/issues/82#issuecomment-4', 'issue', 'complaint', 'none', "Did anyone find a solution? I'm struggling with this for a long time.  [... cut]", False),
]
