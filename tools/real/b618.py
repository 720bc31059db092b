# b618 -- SHORT follow-up messages (mostly < ~300 chars) from GitHub issue/PR threads of integration,
# plugin, SDK and sync repositories: "+1 / same here / still broken / can confirm" complaints and their
# near misses ("works now", "fixed in x.y", "duplicate of #n", "can you share the logs?", "which version?",
# "I'll take a look", thanks, maintainer explanations, "my mistake" follow-ups, bare "any news?" pings).
#
# Source: the issues corpus (search), queried with follow-up phrases plus integration words (webhook, token,
# API key, sync, OAuth, 401/403, connection, MQTT, CalDAV, push/APNs, Strava/Garmin/Tesla/Spotify/Discord/
# Telegram/Slack/Shopify/Dropbox/Hue/Alexa...). Every thread was checked against all earlier batches
# (/work/main/tools/real, pending, /work/wt) before use; about two thirds of the threads surfaced were already
# used and were skipped. 89 distinct threads, at most 3 rows per thread, mostly 1-2.
# Anchors "#issuecomment-N" are the ORDINAL position of the comment in the thread as shown by the index
# (1 = first comment after the description), used only to separate rows -- not GitHub comment ids.
# A row without anchor is the thread's first post (title + body).
# Texts verbatim; markup stripped (code fences, ** bold), issue-template headings dropped (n8n#12683,
# n8n#13329, homey#2444), long logs / e-mail quotes cut with everything after them (ring-mqtt#450,
# icloud3#494, anchor#168, ha-bridge#410, hub-decathlon#81, rmapi#180 kept one log line), two comments
# cut at a sentence boundary (nextcloud/desktop#10474, blockchain/receive-payments-demos#82 c2).
#
# Counts: 117 rows, 60 complaint / 57 other (51%); voice: all "issue" (no unused chat archive with short
# integration turns was found in the time available); exposure_mentioned True: 1; languages: 113 English,
# 4 "zh" (chenyme/grok2api#99, sunmh207/AI-Codereview-Gitlab#19 x2, heymind/OneDrive-Index-Cloudflare-Worker#21).
# integration: other 39 (a product is named in the text), none 78 (no product named in the message itself;
# the label follows the text, not the thread).
#
# Doubtful label calls:
#   - Bare status pings without a failure statement -> other: matrix-appservice-slack#182 "Any news on this?",
#     settings-onlineaccounts#237 "Curious if there is any progress on this?". With a statement
#     ("I have same isuue too. Any news?", "Any indication of a fix?" after "broken now") -> complaint.
#   - TeslaJS#288 "Token has expired" (reporter's own diagnosis/resolution) -> other.
#   - Indego#173 "Yes exactly, I have the same issue with their iOS app." (vendor app logging its user out) -> other.
#   - discord.js#1233 "it seems you have left your token in the source code of your bot" -> other, exposure True
#     (third party telling the owner the token is public).
#   - ha-bridge#410 "yes, i do it a few times." (link button pressed, Hue bridge still 'unauthorized user') -> complaint.
#   - btcpayserver#2102 "the invoice details have now all an empty notificationURL" (IPN callbacks not sent;
#     later called user error by maintainers) -> complaint as written.
#   - better-onetab#277 "Doesn't save and on sync it looses last tabs." (extension <-> cloud sync) -> complaint.
#   - gns3-gui#1665 "Strange, i have always the message" (GUI <-> server 'Connection refused') -> complaint.
#   - grok2api#99 (zh, many 403s from the upstream API since yesterday) -> complaint.
#   - SC-API#191 (unofficial Snapchat API login failing) -> complaint.
#   - Game auth-server threads (StrangeLoopGames/EcoIssues) contribute only maintainer/resolution rows -> other.
#   - Maintainer replies that confirm an outage or explain a cause (Discord servers having issues, Stitch fixed,
#     "temporary server issue", TWCManager Fleet API) -> other.

ROWS = [
    ('https://github.com/IABTechLab/uid2docs/issues/26#issuecomment-1', 'issue', 'complaint', 'none', 'I got a same response.. how to fix it? :)', False),
    ('https://github.com/IABTechLab/uid2docs/issues/26#issuecomment-2', 'issue', 'other', 'other', 'To avoid leaking sensitive data the API tokens in the example are fake. Please replace them with the API tokens UID2 team provided to test it.', False),
    ('https://github.com/goauthentik/authentik/issues/755#issuecomment-2', 'issue', 'other', 'none', "Found the issue. I regenerated the token by accident and didn't update it. Resetting it resolved this.\n\nI'd suggest to print another error message though :)", False),
    ('https://github.com/fedora-infra/fas/issues/183#issuecomment-2', 'issue', 'other', 'none', 'This is working for me now on latest', False),
    ('https://github.com/DavidMStraub/homeassistant-homeconnect/issues/12#issuecomment-1', 'issue', 'other', 'none', 'Hi David,\nI installed the component 10 day ago, for me every day the token refresh automatically.', False),
    ('https://github.com/sander1988/Indego/pull/173#issuecomment-3', 'issue', 'other', 'none', 'Yes exactly, I have the same issue with their iOS app.', False),
    ('https://github.com/GNS3/gns3-gui/issues/1665#issuecomment-2', 'issue', 'complaint', 'none', 'Strange, i have always the message..... :-(', False),
    ('https://github.com/horsicq/x64dbg-Plugin-Manager/issues/12#issuecomment-1', 'issue', 'other', 'none', "Thanks a lot for the bugreport. I'll take a look.", False),
    ('https://github.com/KickEngineering/KickDevDocs/issues/255#issuecomment-1', 'issue', 'other', 'none', 'Thanks for the report. This is already being tracked internally.\nWe’ll post updates there and close this as a duplicate to keep tracking clean.', False),
    ('https://github.com/Nincodedo/Ninbot/issues/847', 'issue', 'complaint', 'other', 'Twitch OAuth token refresh broken\n\nSeems to not refresh at all.', False),
    ('https://github.com/chenyme/grok2api/issues/99#issuecomment-2', 'issue', 'complaint', 'none', '自从昨天以来，我收到了很多403错误，只有40个账户。我想他们可能刚刚发布了一些安全方面的变更。', False, 'zh'),
    ('https://github.com/ubports/ubuntu-touch/issues/1043#issuecomment-1', 'issue', 'complaint', 'other', 'same on pro-5, I had to export from the contacts.google.com website, and use `syncevolution --import /path/to/file/allcontacts.vcf backend=evolution-contacts database=Personal` to import', False),
    ('https://github.com/BlueBubblesApp/bluebubbles-app/issues/1621#issuecomment-1', 'issue', 'complaint', 'none', 'Can confirm, some of my contacts were not transfered over... or maybe they just werent matched correctly', False),
    ('https://github.com/BlueBubblesApp/bluebubbles-app/issues/1621#issuecomment-3', 'issue', 'other', 'none', 'fixed in 1.0.0.8', False),
    ('https://github.com/sunmh207/AI-Codereview-Gitlab/issues/19#issuecomment-2', 'issue', 'complaint', 'other', '“在.env中配置GITLAB_ACCESS_TOKEN”  已经配置了，不然逻辑都走不到报错的地方。上面的错误是代码走到“response = requests.get(url, headers=headers)”这里报出来的', False, 'zh'),
    ('https://github.com/sunmh207/AI-Codereview-Gitlab/issues/19#issuecomment-7', 'issue', 'other', 'other', '已经解决了，GITLAB_URL地址的问题', False, 'zh'),
    ('https://github.com/blockchain/receive-payments-demos/issues/82#issuecomment-1', 'issue', 'complaint', 'none', "I'm facing the same issue also, sometimes receive callback for 0 confirmation only, sometimes even 0 confirmation also didn't received.", False),
    ('https://github.com/blockchain/receive-payments-demos/issues/82#issuecomment-2', 'issue', 'complaint', 'other', 'Also facing this but no one from blockchain.com seems to maintain the API anymore and when you contact them they say "go to the github"... but no one from blockchain is actively here maintaining it.', False),
    ('https://github.com/blockchain/receive-payments-demos/issues/82#issuecomment-3', 'issue', 'other', 'none', "Make sure your server responds back with *ok* otherwise your callback domain will be blocked and no longer receive any notifications. I don't know how to unblock the callback domain. Hopefully someone else can assist with that.", False),
    ('https://github.com/kodi-connect/kodi-alexa-video/issues/62#issuecomment-2', 'issue', 'complaint', 'none', 'same here, it looks its not working any more', False),
    ('https://github.com/kodi-connect/kodi-alexa-video/issues/62#issuecomment-3', 'issue', 'other', 'other', 'Can you provide more info? What content country you have in the Amazon account? Or anything that might help.\nI cannot really pin point what the actual problem might be, as it is working for a lot of other users.', False),
    ('https://github.com/bwssytems/ha-bridge/issues/410#issuecomment-2', 'issue', 'complaint', 'none', 'Hello,\n\nyes, i do it a few times.\n\nPeter', False),
    ('https://github.com/athombv/homey/issues/2444', 'issue', 'complaint', 'other', "[nl.philips.hue] Can't pair after firmware update of bridge\n\ni can t pair my hue bridge s (3pcs ) with the new firmware ? can you correct this asap ?", False),
    ('https://github.com/ebaauw/homebridge-hue/issues/265#issuecomment-3', 'issue', 'complaint', 'other', 'sorry to follow up on this, but I have the same problem.\nI get this error on first startup of Homebridge after a complete new installation of Homebridge and the Homebridge Hue plugin. I never got the token to edit the config.json. deleting the "users" section as recommended by FezVrasta has no effect. \nAny ideas?', False),
    ('https://github.com/ebaauw/homebridge-hue/issues/265#issuecomment-2', 'issue', 'other', 'none', 'thanks, I removed the "users" section and it worked.', False),
    ('https://github.com/encryptic-team/encryptic/issues/103#issuecomment-2', 'issue', 'complaint', 'other', 'I managed to get Dropbox Sync to run on my PC but not on my Laptop (after importing the user profile from my PC). When I hit the sync button it shortly starts spinning and then interrupts without an error message. I tried both the existing Dropbox access token as well as generating a new one. Neither approach worked. Do you have any ideas?', False),
    ('https://github.com/btcpayserver/btcpayserver/issues/2102#issuecomment-3', 'issue', 'complaint', 'none', 'No, the invoice details have now all an empty notificationURL. No code has been changed.', False),
    ('https://github.com/btcpayserver/btcpayserver/issues/2102#issuecomment-6', 'issue', 'other', 'none', 'Yeah, seems like it was just user error.', False),
    ('https://github.com/jackyzy823/fxa-selfhosting/issues/54#issuecomment-2', 'issue', 'complaint', 'other', 'Also i tried update to latest fxa-mono docker image. Same result.. :+((\n\nWe have to wait fix from mozilla team?', False),
    ('https://github.com/mgp25/SC-API/issues/191#issuecomment-1', 'issue', 'complaint', 'none', 'I get the same error sometimes. And sometimes it works.', False),
    ('https://github.com/mgp25/SC-API/issues/191#issuecomment-3', 'issue', 'complaint', 'none', '@teknogeek  It never worked for me. I tried it like 100 times. Seriously', False),
    ('https://github.com/ThScEo/AutoForge/issues/37#issuecomment-2', 'issue', 'complaint', 'none', "I'm still getting the same connection failed error. Confirmed the SID and user key are up to date, as well as my license key.", False),
    ('https://github.com/ThScEo/AutoForge/issues/37#issuecomment-4', 'issue', 'other', 'none', 'Fixed! Cheers!', False),
    ('https://github.com/standardnotes/desktop/issues/729#issuecomment-4', 'issue', 'complaint', 'none', "Hi @antsgar,\n\nwhat exactly was the solution here? With automatic updates I got 3.8.16 installed yesterday and now also can no longer use the desktop client (it asked me to reenter my credentials, but would not accept them, after signing out I cannot sign in because of an `Unknown error.`).\n\nI'm running the old Ruby based syncing server, is the newer desktop client no longer compatible with it?", False),
    ('https://github.com/ZhFahim/anchor/issues/168', 'issue', 'complaint', 'none', "App does not sync\n\nSince updating to 0.17.1, I haven't been able to sync my notes from the android app to the server. These errors are repeating in the app's logs.", False),
    ('https://github.com/abstracta/tero/issues/20', 'issue', 'complaint', 'none', "Can't connect\n\nDoesn't seem to have any connection, even though I provided correct API endpoints and keys.\nIt would be beneficial to see the exact error in the GUI, or better yet- see a failure /warning message when starting the app", False),
    ('https://github.com/mjpearson/passport-slack/issues/20#issuecomment-2', 'issue', 'complaint', 'none', "@felixexter I've tried the above entering the profileUrl and scope in config and I still keep getting asked for authorization.", False),
    ('https://github.com/integrations/slack/issues/1487#issuecomment-1', 'issue', 'complaint', 'none', 'I have same isuue too. Any news?', False),
    ('https://github.com/integrations/slack/issues/1487#issuecomment-3', 'issue', 'other', 'none', 'Thanks @tiffany-yang-stat-recovery, this resolved it for me as well. Closing this issue!', False),
    ('https://github.com/matrix-org/matrix-appservice-slack/issues/182#issuecomment-1', 'issue', 'other', 'none', 'Any news on this?', False),
    ('https://github.com/matrix-org/matrix-appservice-slack/issues/182#issuecomment-2', 'issue', 'other', 'other', 'This issue is specific to Scalar, a closed-source integration manager hosted by Element.\n(Just mentioning that this cannot be fixed by volunteers on the open source repositories.)', False),
    ('https://github.com/mjpearson/passport-slack/issues/39#issuecomment-1', 'issue', 'other', 'other', "Speaking from experience, if you're logged into multiple Slack teams in the browser, it always prompts, in case you want to switch teams.\n\nFYI: I don't think I've ever seen it not prompt :(\n\nThis would be an issue with Slack though, not passport-slack.", False),
    ('https://github.com/prose-intelligence-ltd/Telepathy-Community/issues/5#issuecomment-1', 'issue', 'other', 'none', "Just managed to replicate this. Seems to be an API issue. I'll work on trying to find a way around it.", False),
    ('https://github.com/prose-intelligence-ltd/Telepathy-Community/issues/5#issuecomment-2', 'issue', 'other', 'none', 'Managed to fix this and it looks like things are in working order now!', False),
    ('https://github.com/LibraryOfCongress/api.congress.gov/issues/350', 'issue', 'complaint', 'none', 'API Key Issue\n\nAPI Key I was issued is returning a 403? \n\nShould I expect this to work immediately?', False),
    ('https://github.com/cyberjunky/python-garminconnect/issues/85#issuecomment-3', 'issue', 'complaint', 'none', 'I am running into the same issue, has anyone been able to fix it?', False),
    ('https://github.com/cyberjunky/python-garminconnect/issues/85#issuecomment-1', 'issue', 'complaint', 'other', '@c0deaddict Facing the same thing over here. Looks like you have to request the API from Garmin now. See https://developer.garmin.com/gc-developer-program/overview/.', False),
    ('https://github.com/cyberjunky/python-garminconnect/issues/62#issuecomment-3', 'issue', 'other', 'none', 'Strange thing is that if you retry the request it usually works as well. But will have another look.', False),
    ('https://github.com/cyberjunky/python-garminconnect/issues/62#issuecomment-4', 'issue', 'complaint', 'other', 'tried the newest pypi package and am still getting the Error occurred during Garmin Connect communication: Forbidden url: https://sso.garmin.com/sso/signin\n\ni dont see any consent thing on https://connect.garmin.com/modern/\n\n@bidspells where did you log in?', False),
    ('https://github.com/Decathlon/hub-decathlon/issues/81#issuecomment-1', 'issue', 'other', 'none', 'Hello,\n\nCould you retry now?\n\nWe are looking to resolve this issue.\n\nRegards', False),
    ('https://github.com/Decathlon/hub-decathlon/issues/81#issuecomment-3', 'issue', 'complaint', 'other', 'Hi Charles\n\nStrava has disappeared again\n\nare you able to resolve\n\nThanks\n\nDean', False),
    ('https://github.com/openshiftio/openshift.io/issues/4737#issuecomment-1', 'issue', 'other', 'none', '#4739 is the same issue and has the same effects. Closing this and will continue there.', False),
    ('https://github.com/janinko/ghprb/issues/406#issuecomment-1', 'issue', 'other', 'none', '@Repox Have you looked at the jenkins logs?', False),
    ('https://github.com/budowski/budoist/issues/20#issuecomment-2', 'issue', 'other', 'none', 'Fixed in version 1.3.1', False),
    ('https://github.com/owncloud-archive/calendar/issues/844#issuecomment-5', 'issue', 'complaint', 'other', 'Hi guys,\n\nI can confirm this issue under IOS 8.3 as well. Furthermore same behaviour in CardDAV - shared contacts are shown across OC accounts but in none of my IOS devices.\n\nCheers,\nRalf', False),
    ('https://github.com/kdw2060/hassio-addons/issues/18#issuecomment-2', 'issue', 'other', 'none', 'Found a solution, should work again when you update to 0.202', False),
    ('https://github.com/nextcloud/server/issues/2552#issuecomment-1', 'issue', 'other', 'none', 'Will be fixed in 11.0.1', False),
    ('https://github.com/nextcloud/server/issues/2552#issuecomment-2', 'issue', 'other', 'none', 'Awesome, thank you @LukasReschke and @rullzer!', False),
    ('https://github.com/elementary/settings-onlineaccounts/issues/237#issuecomment-1', 'issue', 'complaint', 'other', 'I get the same issue. I cannot load Caldav server at all. I do use Google Worskpace so I am not sure if this is a problem. I do have 2FA on and I am use specific app password as well.', False),
    ('https://github.com/elementary/settings-onlineaccounts/issues/237#issuecomment-2', 'issue', 'other', 'none', 'Hi All,\n\nCurious if there is any progress on this?', False),
    ('https://github.com/irazasyed/telegram-bot-sdk/issues/228#issuecomment-1', 'issue', 'other', 'none', "New info:\nat 4:59 PM. my bot is working normally again.\nI don't know why.\n\nbut now, i feel really happy. hope, never get the bot problem again.", False),
    ('https://github.com/Eleirbag89/TelegramBotPHP/issues/166#issuecomment-1', 'issue', 'other', 'other', 'Yeah if telegram cannot reach the location of your webhook it will indeed not work.', False),
    ('https://github.com/RobertFrydenlund/SpotifyPlugin/issues/15#issuecomment-1', 'issue', 'other', 'other', 'Revoking access from the plugin in Spotify Account settings and re-installing opened the browser again to auth the plugin. Not sure if this still represents something that could be fixed to make this unecessary though (the plugin should be able to renew the token, I would think?)', False),
    ('https://github.com/spotify-api/spotify-api.js/pull/190#issuecomment-2', 'issue', 'other', 'none', 'Thanks for fixing this error.\nAnd, sorry for a very late response.', False),
    ('https://github.com/kaaes/spotify-web-api-android/issues/136', 'issue', 'other', 'none', '401 Invalid Access Token\n\nsilly me', False),
    ('https://github.com/discordjs/discord.js/issues/1233#issuecomment-3', 'issue', 'other', 'none', '@ericnelson0 - it seems you have left your token in the source code of your bot...', True),
    ('https://github.com/appu1232/Discord-Selfbot/issues/362#issuecomment-1', 'issue', 'complaint', 'none', '@steve3743 seems that we have the same problem', False),
    ('https://github.com/appu1232/Discord-Selfbot/issues/362#issuecomment-2', 'issue', 'other', 'other', "Discord's servers are having some issues recently. This could be related to that, or your internet connection may be poor.", False),
    ('https://github.com/Just-Some-Bots/MusicBot/issues/608#issuecomment-2', 'issue', 'other', 'other', "I mean, it lost connection to Discord. Some bots attempt to reconnect at intervals, some don't. If you want support for autoreconnect, make an issue asking for it. Otherwise, this is not a bug.", False),
    ('https://github.com/discord-jda/JDA/issues/375#issuecomment-1', 'issue', 'other', 'other', "This is common with reconnecting to discord too frequently (Like restarting in an IDE many times) for the most part it can safely be ignored because it'll correct itself.", False),
    ('https://github.com/nextcloud/desktop/issues/10474#issuecomment-1', 'issue', 'complaint', 'other', 'FWIW: Same here. Synchronization no longer down- or uploads anything after upgrading the Nextcloud client to 34.0.0.', False),
    ('https://github.com/nextcloud/desktop/issues/1985#issuecomment-1', 'issue', 'other', 'none', 'Version 2.6.4 is pretty old. Could you try a more recent version and tell us if you still have the problems?', False),
    ('https://github.com/owncloud/client/issues/3815#issuecomment-1', 'issue', 'complaint', 'other', 'The only option i have is "pause sync" but the owncloud.exe process consume 0.1% CPU', False),
    ('https://github.com/owncloud/client/issues/3815#issuecomment-4', 'issue', 'other', 'none', 'Ok i\'ve tried and it\'s the same behavior as #3813 ! I removed the hidden symlinks created by default by Windows ("Pictures", "Movies" and "Music") and the sync worked again !\nThanks @phil-davis ! I didn\'t found this issue :/', False),
    ('https://github.com/StrangeLoopGames/EcoIssues/issues/21186#issuecomment-1', 'issue', 'other', 'none', 'Authentication servers are undergoing maintenance.', False),
    ('https://github.com/StrangeLoopGames/EcoIssues/issues/10143#issuecomment-8', 'issue', 'other', 'none', 'Looks like this was fixed. I can connect now. Thank you!', False),
    ('https://github.com/home-assistant/core/issues/116420#issuecomment-2', 'issue', 'other', 'none', 'You mean Protect or Network?', False),
    ('https://github.com/home-assistant/core/issues/116420#issuecomment-4', 'issue', 'complaint', 'none', 'There is mo issues with protect. But network integration is not working. And this is the isues', False),
    ('https://github.com/ExperiDev1/T1basic130118/issues/5#issuecomment-2', 'issue', 'complaint', 'none', "It says 'last delivery was not successful. Invalid HTTP Response. 404.'\nWhen i hover over triangle.", False),
    ('https://github.com/ExperiDev1/T1basic130118/issues/5#issuecomment-1', 'issue', 'other', 'none', 'Place your cursor over the triangle  - it should show you a message - please send me this message.\n\nNow click on the triangle. Scroll down to see Recent Deliveries. Click on the latest delivery (top one) and send me the details.\n\nAll good practice for supporting customers in the field!', False),
    ('https://github.com/singer-io/tap-shopify/issues/174#issuecomment-1', 'issue', 'complaint', 'other', 'My Stitch pipelines are now throwing errors, so this is actually broken now. Any indication of a fix?', False),
    ('https://github.com/singer-io/tap-shopify/issues/174#issuecomment-2', 'issue', 'complaint', 'other', "I'm having the same problem. I've emailed Stitch support but haven't heard back yet.", False),
    ('https://github.com/singer-io/tap-shopify/issues/174#issuecomment-4', 'issue', 'other', 'other', 'Stitch fixed the problem yesterday.', False),
    ('https://github.com/activepieces/activepieces/issues/1020#issuecomment-1', 'issue', 'other', 'none', "Thank you for reporting the issue, Fixed, It should be working now.\n\nI will close the issue, feel free to reopen If it's not working.", False),
    ('https://github.com/dzt/shopify-monitor/issues/144#issuecomment-3', 'issue', 'complaint', 'none', 'Whatever API or connection was being used is now outdated. I had the monitor working perfectly fine but I am having issues', False),
    ('https://github.com/dzt/shopify-monitor/issues/144#issuecomment-4', 'issue', 'complaint', 'none', 'same plz solve this problem', False),
    ('https://github.com/airbytehq/airbyte/issues/17673#issuecomment-1', 'issue', 'other', 'none', '@lluisgassovillarejo \nSeems like a connection issues, have you tried later on?', False),
    ('https://github.com/phpclassic/php-shopify/issues/54#issuecomment-2', 'issue', 'other', 'none', 'Seems to be a temporary server issue.', False),
    ('https://github.com/radiasoft/sirepo/issues/649#issuecomment-5', 'issue', 'other', 'none', 'Thanks @robnagler, I updated the oauth settings and reconfigured our machines. Now it works fine.', False),
    ('https://github.com/luvuong-le/node-vue-chat/issues/9', 'issue', 'complaint', 'none', 'OAuth Redirect URL Mismatch\n\n- OAuth currently not functioning with mismatch redirect uri error', False),
    ('https://github.com/Zibbp/ganymede/issues/563#issuecomment-1', 'issue', 'other', 'none', 'works now.. something with my curl was broken...', False),
    ('https://github.com/sanghviharshit/ha-mila/issues/48#issuecomment-1', 'issue', 'complaint', 'none', 'Same issue here since 2 days. I tried to delete all the integration entries, restart and add the integration, same problem while trying to login. Same log.', False),
    ('https://github.com/juruen/rmapi/issues/180#issuecomment-1', 'issue', 'complaint', 'none', 'I have experienced a similar failure today. This is all I got:\nERROR: 2021/05/27 06:48:57 main.go:42: failed to build documents tree, last error: failed to fetch document tree 401 Unauthorized Error', False),
    ('https://github.com/juruen/rmapi/issues/180#issuecomment-2', 'issue', 'other', 'none', 'duplicate of #177', False),
    ('https://github.com/heymind/OneDrive-Index-Cloudflare-Worker/issues/21', 'issue', 'complaint', 'none', 'token 不能自动刷新\n\ntoken不能自动刷新，经常过两天就要手动重新获取token，非常麻烦，希望改进。', False, 'zh'),
    ('https://github.com/node-apn/node-apn/issues/303#issuecomment-1', 'issue', 'other', 'none', "This doesn't appear to be an issue related to node-apn", False),
    ('https://github.com/dcai/airnotifier/issues/92#issuecomment-1', 'issue', 'complaint', 'none', 'I too am having this issue @SimoneCarnio, were you able to resolve it?', False),
    ('https://github.com/laravel-notification-channels/apn/issues/118#issuecomment-1', 'issue', 'complaint', 'none', "I'm not sure if it's related, but I suddenly started getting errors in production 7 days ago. Occurs in `vendor/edamov/pushok/src/Client.php:161`.\n\nSSL certificate problem: unable to get local issuer certificate", False),
    ('https://github.com/immobiliare/ApnsPHP/issues/89#issuecomment-2', 'issue', 'other', 'none', '@xabaras check out #86 for a temporary fix, and the ultimate fix/reason', False),
    ('https://github.com/immobiliare/ApnsPHP/issues/89#issuecomment-1', 'issue', 'complaint', 'none', 'Same Issue for me!', False),
    ('https://github.com/googlesamples/google-services/issues/71#issuecomment-2', 'issue', 'complaint', 'none', 'I was having trouble with the certificate. The problem is that after some time i stop receiving push notifications. Any ideas why?', False),
    ('https://github.com/Tysonpower/HCPBridgeMqtt_tynet/issues/69#issuecomment-1', 'issue', 'other', 'none', 'nevermind, added a new user', False),
    ('https://github.com/aschroder/Magento-SMTP-Pro-Email-Extension/issues/174#issuecomment-2', 'issue', 'complaint', 'other', "Im getting a similar message but I don't have gmail.", False),
    ('https://github.com/n8n-io/n8n/issues/12683', 'issue', 'complaint', 'other', "Google just dont connect\n\nwhen i try to connect my google account to google sheets it just doesn't conect, and when it does, it just disconect from it\n\nit says ''check your credencials''", False),
    ('https://github.com/tsightler/ring-mqtt/issues/450', 'issue', 'complaint', 'other', 'RIng MQTT has stopped working not sure where problem lies\n\n2022-09-04T00:04:20.333Z ring-mqtt Attempting to reconnect to MQTT broker...\n2022-09-04T00:04:20.339Z ring-mqtt Unable to connect to MQTT broker Connection refused: Not authorized', False),
    ('https://github.com/cnwangjie/better-onetab/issues/277#issuecomment-1', 'issue', 'complaint', 'none', "Doesn't save and on sync it looses last tabs.", False),
    ('https://github.com/NuvioMedia/NuvioMobile/issues/1385#issuecomment-1', 'issue', 'complaint', 'none', 'Same happing here :(', False),
    ('https://github.com/v0-3/cactus/issues/3#issuecomment-1', 'issue', 'complaint', 'none', 'I am also having the same issue, have you happened to have found a solution or an alternative?', False),
    ('https://github.com/LavaToaster/IPS-SteamLoginMethod/issues/58#issuecomment-1', 'issue', 'complaint', 'other', 'Can confirm this problem since the v4.1.14 update. Was working fine prior to update. Not seeing any errors aside from what the OP mentioned. Trying to connect the steam account on the Account Settings page just redirects back to the forums as if nothing happened.', False),
    ('https://github.com/tdorssers/TeslaPy/issues/154#issuecomment-1', 'issue', 'complaint', 'other', "Have you made any progress on this?  \n\nI'm experiencing the same thing.  The vehicle_list call is failing.  I established new auth tokens and it behaves the same way.  The code I'm running has been working well for well over a year.\n\nI fear Tesla is locking down access to this (unsupported) API.", False),
    ('https://github.com/timdorr/tesla-api/issues/688', 'issue', 'complaint', 'other', 'Login broken\n\nHello,\n\nthe login to the Tesla API is broken since today.\nWe get this error:\n{"error":"invalid_request","error_description":"Invalid code_verifier","error_uri":"https://auth.tesla.com/error/reference/1d9f8f73-8335-40b1-ad8b-e6d23ce673e8-1676459376419"}\n\nThis seems to be broken for everybody:\nhttps://github.com/tomhollander/TeslaAuth/issues/30\n\nAny ideas?', False),
    ('https://github.com/ngardiner/TWCManager/issues/549', 'issue', 'complaint', 'other', 'Tesla API doesn´t work any more\n\nSince 4 days Tesla-API doesn´t work any more! Is there any possibility to troubleshoot this issue?', False),
    ('https://github.com/ngardiner/TWCManager/issues/549#issuecomment-1', 'issue', 'other', 'other', "The short-term fix for this would be #547, but the longer-term fix will be moving to the Fleet API. Instructions on how individual users obtain these tokens aren't totally clear yet.", False),
    ('https://github.com/mseminatore/TeslaJS/issues/288#issuecomment-1', 'issue', 'other', 'none', 'Token has expired', False),
    ('https://github.com/hjespers/teslams/issues/110#issuecomment-1', 'issue', 'other', 'other', "It's still working for me. This might have been a temporary problem which is normal with the Tesla authentication server(s)", False),
    ('https://github.com/n8n-io/n8n/issues/13329', 'issue', 'complaint', 'other', 'Workflow not triggering any more\n\nThis workflow stopped firing, without any discernible change on our end. We are still generating Zendesk tickets continuously throughout the day and they should be triggering this workflow.\n\nNo error message, the workflow is simply not firing anymore', False),
    ('https://github.com/gcobb321/icloud3/issues/494', 'issue', 'complaint', 'other', "Integration stopped working\n\nHi,\n\nSince the last core update (or maybe due to some Apple change) the integration n longer working for me. I've tried with both app password and my normal password, but it seems stuck.", False),
]
