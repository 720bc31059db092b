# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 392 (mine-b392): asked for CHAT voice from an owner-published chat archive not used before;
# none with usable messages was found (see "Archive search" below), so by the brief's fallback this
# batch is ISSUE voice: chat-like short replies and openings from GitHub issue threads about a client
# app whose connection to an online service broke - AnkiDroid <-> AnkiWeb sync, Cloudlog / QLog
# uploads to LoTW, Club Log, QRZ, QO-100 Dx Club and the GridTracker -> Cloudlog API, the Kodi YouTube
# add-on's sign-in and API keys, NetNewsWire's Feedly account, Twitch chat clients (Chatterino,
# Chatty, The Blue Alliance's embedded chat), rclone / skilion onedrive tokens, and Discord webhooks
# in self-hosted apps (owncast, Loomio, Speedtest Tracker, Cal.diy, Pulse, ONEARMY's platform) -
# complaints in everyday words ("Anki will not sync anymore", "it works in the past but now",
# "Same here. Just setup new password and I get the same error.", "Didn't help either.", "Feedly no
# longer syncs as of 4 Aug", "Having it reduced doesn't help. The problem still persists.", "+1 same
# error") kept with near misses from the same threads (maintainers' one-liners "I am unable to
# reproduce this.", "Is this a brand new install? what version of PHP", "Believed to have been
# fixed.", "Do you still have this problem?", "#905"; "Now it works. I don't know why.", "you are
# right ... many thanks", "Thanks for clarifying, that's what I ended up doing."; a Chatterino UX
# suggestion and a PR adding an expired-login indicator; explanations of OAuth scopes and API keys).
# Archive search (about 48 look-ups, before the fallback): find_repos over slack-archive,
# slack_archive, slackarchive, slack-history, slack-log, slack-export, discord-archive,
# discord_archive, discord-export, discord-dump, discord-log, discord-history, zulip-archive,
# zulip_archive, gitter, gitter-archive, gitter-history, matrix-archive, irclogs, irc-logs,
# chat-archive, chat-logs, chat-history, community-archive, sweetops; code searches for Slack /
# Discord / Zulip / Gitter exports; find_string for DiscordChatExporter and Slack-export fields.
# Fetched and found to hold no messages: FHIR/zulip-archive (only the archiver tool),
# apache/fineract-chat-archive (the generator; the archive is only deployed to Pages),
# ltsp/irclogs (only the PHP viewer), psadmin-io/slackarchive (README only), collabnix/slack-archive
# (README only). corazawaf/project-chat-archive holds only monthly-meeting transcripts (no user
# support). Not taken: PastaPastaPasta/dash-discord-archive and JuliaLangSlack/SlackArchive (a
# member's copy / the Julia Slack already mined via paveloom-a), digitaldemocracy2030/slack-logs and
# kaggler_ja archives (Japanese), canoe / wdwdev / openebs-archive (database files or tools, no chat).
# Sources (issues corpus, 7 look-ups; texts copied from the thread excerpts the search returned,
# trimmed only - a title plus the first sentences, or one comment):
#  ankidroid/Anki-Android #7062 #4859 #8811 #2487 #14376 #11143 #2276, magicbug/Cloudlog #1069 #437
#  #2230 #1455 #1960 #2496 #1597 #2736 #3374 and PR #2252, foldynl/QLog #890,
#  jdf76/plugin.video.youtube #700 #698 #108, anxdpanic/plugin.video.youtube #1086 #915 #1255,
#  natko1412/repo.natko1412 #8, Ranchero-Software/NetNewsWire #4137 #4942 #4267 #4078 #3730 #3250
#  #4498 #1966 #3680 #2743 #4223, Chatterino/chatterino2 #1231 #4399 #3275 #2463 #2292 #1532 #1416
#  #2612 and PR #6919, chatty/chatty #32, the-blue-alliance/the-blue-alliance #1189,
#  skilion/onedrive #424, rclone/rclone #2861 #1941, owncast/owncast #2064, loomio/loomio #8569,
#  alexjustesen/speedtest-tracker #2332, calcom/cal.diy #14444, ONEARMY/community-platform #1968,
#  rcourtman/Pulse #341.
# Look-ups: 55 in all (48 for the archive hunt incl. 6 fetches, 7 issue searches).
# Checked: every thread URL was grepped (exact URL followed by a quote, # or /) over
# tools/real/*.py, tools/real/pending/*.py and /work/wt/*/tools/real/*.py - none is in an earlier
# batch; build.py reports no duplicate text. Skipped as already used: rclone #3490 #2812 #4512,
# xybu/onedrived-dev #64, derrix060/onedriveClient #52, OneDrive/onedrive-api-docs #1341,
# Anki-Android #5297 #9950 #4533, gshang2017/docker #234, chatterino2 #1762,
# WHMCS-Discord-Notifications #14 #16, Microsoft-Rewards-bot #109, henrywhitaker3/Speedtest-Tracker
# #1138.
# Rejected on reading: mk-fg/python-onedrive #32 and Cloudlog #1597's other comments (a pasted error /
# a .tq8 dump), eveseat/seat #870 (the excerpt is a reply about a deleted test webhook),
# maple3142/aria2c-ariang #17 and TrainLCD #2302 (Chinese / Japanese), the truncated follow-ups in
# speedtest-tracker #2332 and ONEARMY #1968.
# Doubts: Cloudlog #2230 (QO-100 upload "works in the past but now" a red message; a maintainer then
# shows the message is misleading when nothing is left to upload) - the opening stays a complaint as
# written, the replies other. Cloudlog #3374 (LoTW rejects the uploaded signatures) - complaint, the
# upload to LoTW fails. chatterino2 #3275 mentions changing the password after "twitch leaked" (the
# 2021 Twitch breach, not this writer's key) - exposure false. #1532 (moderation events missing
# because of an OAuth scope) - only the explanation kept, other. #1416's opening (reconnect loop while
# logged in) - complaint although the maintainer traced it to a channel limit. the-blue-alliance
# #1189's "I had this same issue today ... I was able connect after" left out as ambiguous.
# NetNewsWire #4137's opening names no sync service - integration none. jdf76 #700 Wribbe's comment
# quotes another user (kept with its "> "). loomio #8569 (only the "test connection" button is
# broken, real notifications work) - opening complaint as written, the resolution other.
# Integration: "other" for every named product (AnkiWeb, LoTW, Club Log, QRZ, YouTube, Feedly,
# Twitch, OneDrive, Discord ...); "none" for replies that name none. Exposure: none.
# Voices: issue only (fallback, no chat). Languages: English only.
# 124 rows, 60 complaints (48.4%), 56 threads.
ROWS = [
    ('https://github.com/skilion/onedrive/issues/424', 'issue', 'complaint', 'other', 'Occasional auth issues - invalid_grant\n\nI just compiled from source\n```\n% cat version \nv1.1.3\n```\n\nI sometimes see errors such as:\n\n```\nHTTP request returned status code 400 (Bad Request)\n{\n"correlation_id": "<an ID number>",\n"error": "invalid_grant",', False),
    ('https://github.com/rclone/rclone/issues/2861', 'issue', 'complaint', 'other', 'onedrive Failed to query available drives: HTTP error 401 (401 Unauthorized)\n\n#### What is the problem you are having with rclone?\nWhile I copied token from cmd,it shows\n\n>  Failed to query available drives: HTTP error 401 (401 Unauthorized)', False),
    ('https://github.com/rclone/rclone/issues/2861', 'issue', 'other', 'none', 'Have you tried copying the config file from the Windows box?  Find out where it is with `rclone config file` then copy it to the remote machine and try that?\n\nI suspect something went wrong with the cut and paste.  The onedrive tokens are very long', False),
    ('https://github.com/rclone/rclone/issues/1941', 'issue', 'complaint', 'other', 'Login to OneDrive get some error log\n\nWEB page show "Success Go back to rclone to continue", but rclone show message is "2017/12/24 13:39:30 Failed to configure token: failed to get token: oauth2: cannot fetch token: 401 Unauthorized', False),
    ('https://github.com/rclone/rclone/issues/1941', 'issue', 'complaint', 'other', '+1 same error\nOneDrive (Personal) in unusable right now', False),
    ('https://github.com/rclone/rclone/issues/1941', 'issue', 'other', 'none', '@Whuihuan you need to leave the "client_secret" blank most likely.\n\n@kladiv try remaking the remote?', False),
    ('https://github.com/rclone/rclone/issues/1941', 'issue', 'complaint', 'none', '@ncw I encounter the issue when used my personal "client_id" and "client_secret".\nAfter 3600 error returned', False),
    ('https://github.com/ankidroid/Anki-Android/issues/7062', 'issue', 'complaint', 'other', "Anki will not sync anymore\n\nHello I'm currently unable to get anki to sync on my phone or computer. Does anyone have any way to correct?", False),
    ('https://github.com/ankidroid/Anki-Android/issues/7062', 'issue', 'other', 'other', 'https://ankiweb.net appears to be down, @dae is likely aware but if not perhaps that tag will do it :-)', False),
    ('https://github.com/ankidroid/Anki-Android/issues/4859', 'issue', 'complaint', 'other', 'ankidroid "a network error has occured" message when syncing for first time on LG k4\n\nWhen attempting to login, only the "a network error has occurred" message appears.', False),
    ('https://github.com/ankidroid/Anki-Android/issues/4859', 'issue', 'other', 'none', 'I am unable to reproduce this.', False),
    ('https://github.com/ankidroid/Anki-Android/issues/8811', 'issue', 'complaint', 'other', '[Bug] Can\'t log in to AnkiWeb\n\nAlways get responded `"Invalid email address or password"`. My user/pass was definitely correct because I copy&pasted them from my password manager', False),
    ('https://github.com/ankidroid/Anki-Android/issues/8811', 'issue', 'other', 'none', 'Hi there! Item 2 here https://github.com/ankidroid/Anki-Android/wiki/FAQ#sync-is-not-working - try regular mobile browser', False),
    ('https://github.com/ankidroid/Anki-Android/issues/2487', 'issue', 'complaint', 'other', 'I enter correct username and password but it says invalid\n\nMessage says username or password is invalid.', False),
    ('https://github.com/ankidroid/Anki-Android/issues/14376', 'issue', 'complaint', 'other', "[Bug] logging in and syncing\n\nI logged in yesterday and imported my decks, everything worked perfectly. until Today when i tried to sync my cards to continue doing anki on my phone, the sync didn't work. it was on 0KB forever, i tried different WIFIs and still the same result.", False),
    ('https://github.com/ankidroid/Anki-Android/issues/11143', 'issue', 'complaint', 'other', 'Cannot synchronize cards anymore\n\nHello,\nevery time I try to synchronize I receive this error: "AnkiWeb encountered an error. Please try again in a few minutes, and if the problem persists, please file a bug report".', False),
    ('https://github.com/ankidroid/Anki-Android/issues/11143', 'issue', 'other', 'none', 'Data center issue, please see this link for updates:\n\nhttps://forums.ankiweb.net/t/error-ankiweb-encountered-a-problem/19528', False),
    ('https://github.com/ankidroid/Anki-Android/issues/2276', 'issue', 'complaint', 'other', "Ankidroid 2.0 beta version 17 won't synchronize\n\nWhat steps will reproduce the problem?\n1. Press sync button. \n2. Try to login or create a new account. \n3. Error message: Invalid username or password (everytime)", False),
    ('https://github.com/magicbug/Cloudlog/issues/1069', 'issue', 'complaint', 'other', 'gridtracker and cloud log issue.\n\nCloudlog interfacing with gridtracker doesn\'t seem to work.  Gridtracker states "invalid response" when I put in variations of my cloudlog install and the api key.', False),
    ('https://github.com/magicbug/Cloudlog/issues/1069', 'issue', 'other', 'none', 'The DNS name seems to be invalid?', False),
    ('https://github.com/magicbug/Cloudlog/issues/1069', 'issue', 'other', 'other', 'I just tried with everything running locally here. No problem to log from WSJT-X to Cloudlog via GridTracker.\nI use the following url in GridTracker: http://127.0.0.1/cloudlog/index.php/api/qso. Try to add qso at the end of your url', False),
    ('https://github.com/magicbug/Cloudlog/issues/1069', 'issue', 'complaint', 'other', 'I\'m having the same issue. Thought it was a GridTracker issue, but when I try to manually post a QSO to the API, the server responds with ```401 Unauthorized {"status":"failed","reason":"missing api key"}``` - even though I used a valid API-key.', False),
    ('https://github.com/magicbug/Cloudlog/issues/437', 'issue', 'complaint', 'other', 'clublog failed\n\n**Describe the bug**\nFollowing the steps in the wiki for clublog just gives an error', False),
    ('https://github.com/magicbug/Cloudlog/issues/437', 'issue', 'other', 'none', 'Have you confirmed the login information is correct? If so what environment is it hosted on PHP version numbers, have you installed all the modules as per the wiki.', False),
    ('https://github.com/magicbug/Cloudlog/issues/437', 'issue', 'other', 'other', "Both LoTW and Clublog have had issues with being overloaded lately too. I'd\nwait and try again later and see if they work.", False),
    ('https://github.com/magicbug/Cloudlog/pull/2252', 'issue', 'other', 'other', 'Qrz failure fixing - Fixes https://github.com/magicbug/Cloudlog/issues/2198\n\nFixes the following:\n- When uploading to qrz with an invalid or expired key, Cloudlog stops immediatly uploading for **that** station, so only one QSO fails, not thousands (in the bad case)', False),
    ('https://github.com/magicbug/Cloudlog/pull/2252', 'issue', 'other', 'none', 'Thanks for doing this', False),
    ('https://github.com/magicbug/Cloudlog/issues/2230', 'issue', 'complaint', 'other', "None of your Logbooks are configured to export data to the QO-100 Dx Club's API.\n\nHY\n\ni want to Upload my Logs die QO100DX Club , and it works in the past\nbut now i get this Message in Red", False),
    ('https://github.com/magicbug/Cloudlog/issues/2230', 'issue', 'other', 'none', 'I think the error message is misleading. It also appears if all QSOs are uploaded and no new ones exist. Maybe this is the case here?', False),
    ('https://github.com/magicbug/Cloudlog/issues/2230', 'issue', 'other', 'none', 'Hy Phl0\n\nyou are right ... many thanks', False),
    ('https://github.com/magicbug/Cloudlog/issues/1455', 'issue', 'complaint', 'other', "LOTW sync issues: not detecting previous QSOs // can't download from LOTW\n\nHi,\n\nI'm having issues with syncing with LOTW.\n\nI have imported my certificate successfully.  However, when I go to sync, I get the following report:\n\n```\nM7TGZ (Home QTH) No QSOs to Upload\n\nLoTW Matches\nLoTW Downloading failed either due to it being down or incorrect logins.\n```", False),
    ('https://github.com/magicbug/Cloudlog/issues/1455', 'issue', 'other', 'none', "As for the downloading matches unless CURL is missing on the system there's not a huge amount to go wrong, you can enable full debugging in /applcation/config/config.php and run sync again and check application/logs to see if it contains any hints but usually this failing is purely down to login data being wrong.", False),
    ('https://github.com/magicbug/Cloudlog/issues/1960', 'issue', 'complaint', 'other', 'LotW not able to sync or up/download\n\nI uploaded the LotW certificate and it is valid. I double checked my user and password for lotw (I use it for cloudlog as well).\n\nCloudlog is not able to sync or up/download.', False),
    ('https://github.com/magicbug/Cloudlog/issues/1960', 'issue', 'other', 'none', "Now it works. I don't know why. I tried it for several days.", False),
    ('https://github.com/magicbug/Cloudlog/issues/1960', 'issue', 'complaint', 'none', 'Same here. Just setup new password and I get the same error.', False),
    ('https://github.com/magicbug/Cloudlog/issues/2496', 'issue', 'complaint', 'other', 'Upload to LoTW does not work\n\nThe new QSOs do not get uploaded to the LoTW and keep being "red" in Logbook-Overview.\nNeither GUI nor Cronjob with curl .../index.php/lotw/lotw_upload work.', False),
    ('https://github.com/magicbug/Cloudlog/issues/2496', 'issue', 'other', 'none', 'Is this a brand new install? what version of PHP', False),
    ('https://github.com/magicbug/Cloudlog/issues/2496', 'issue', 'other', 'other', 'Works now - the DXCC country in the station profile was "Germany DL/D (Deleted)"\nAfter changing it to "Federal Republic of Germany - DL" the LoTW sync works again.', False),
    ('https://github.com/magicbug/Cloudlog/issues/1597', 'issue', 'other', 'other', 'Another idea just came to mind. Log into LotW and go to `Your Accoun` -> `Your Activity`. That should show all activity regarding uploads.', False),
    ('https://github.com/magicbug/Cloudlog/issues/2736', 'issue', 'other', 'other', 'Regarding Clublog - with the PR we are removing the endpoint for realtime. No more need to put it into crontab. The ClubLog Upload will happen automaticly after EVERY QSO without any cron.', False),
    ('https://github.com/magicbug/Cloudlog/issues/2736', 'issue', 'complaint', 'other', 'The cron upload for Lotw always return this no credentials error, not sure what I am supposed to do.\nI cannot put credentials for XV9Q or XV9BPO anywhere in cloudlog unless I am missing something...', False),
    ('https://github.com/foldynl/QLog/issues/890', 'issue', 'complaint', 'other', 'Clublog upload - sent callsign instead email\n\nI tried upload my logs, but I get error. Clublog sent an email too:', False),
    ('https://github.com/foldynl/QLog/issues/890', 'issue', 'other', 'other', 'Just one note, Clublog is quite sensitive to failed logins, so apart from those error messages, you are on the blacklist for some time and cannot log in even if you have the correct password.', False),
    ('https://github.com/magicbug/Cloudlog/issues/3374', 'issue', 'complaint', 'other', 'LOTW Uploads Fail\n\nI get this error any time I try to upload to LOTW from CloudLog.', False),
    ('https://github.com/jdf76/plugin.video.youtube/issues/700', 'issue', 'complaint', 'other', '> Also : when I try to enable my own Api keys (and get the Error mentioned above), if I start the addon --> It will crash. I then need to go to settings and change these to use the predefined keys. This will work, and I CAN SIGN IN, but this will only work for a day or so... And then I get the error "Youtube:AccesNotConfigured".', False),
    ('https://github.com/anxdpanic/plugin.video.youtube/issues/1086', 'issue', 'other', 'other', 'The api keys need to be renew to use TV and Limited Use with OAuth 2.0. Older keys used desktop based on the older method.', False),
    ('https://github.com/anxdpanic/plugin.video.youtube/issues/915', 'issue', 'complaint', 'other', 'YouTube addon is not working without api keys\n\nHi,\nYouTube kodi addon is not working without api keys. Tried beta version also but not working. Pls help.\nRegards,\nKiran', False),
    ('https://github.com/anxdpanic/plugin.video.youtube/issues/915', 'issue', 'other', 'none', '#905', False),
    ('https://github.com/jdf76/plugin.video.youtube/issues/698', 'issue', 'complaint', 'other', 'Sign In not possible\n\nWhen attempting to sign in, i get the following error message on the second sign in (Youtube Plugin for Kodi #1):\n\n> Signing in with Google is temporarily disabled for this app\n> The use of Google Log-in has not yet been confirmed for this app', False),
    ('https://github.com/jdf76/plugin.video.youtube/issues/698', 'issue', 'complaint', 'other', 'I second this, the Youtube on TV "device" works no problem, but the Youtube plugin for Kodi #1 gives the error mentioned above.', False),
    ('https://github.com/jdf76/plugin.video.youtube/issues/698', 'issue', 'other', 'none', 'Using your own API keys should resolve this issue, https://forum.kodi.tv/showthread.php?tid=348464&pid=2681560#pid2681560', False),
    ('https://github.com/jdf76/plugin.video.youtube/issues/698', 'issue', 'other', 'none', "I've opened #700 for other users that experience this", False),
    ('https://github.com/anxdpanic/plugin.video.youtube/issues/1255', 'issue', 'other', 'none', 'None of this is necessary. All you needed to do is update the addon.', False),
    ('https://github.com/natko1412/repo.natko1412/issues/8', 'issue', 'complaint', 'other', 'YOUTUBE_API_KEY hardcoded and not accepted anymore\n\nresulting in HTTP error 403 - access denied.', False),
    ('https://github.com/natko1412/repo.natko1412/issues/8', 'issue', 'other', 'none', '@misanthropos fixed in 0.2.1 in the official repo. The API Key is now an addon setting that you can enter in the GUI (not exactly great to do with a remote, but at least easier than hacking the code)', False),
    ('https://github.com/jdf76/plugin.video.youtube/issues/108', 'issue', 'complaint', 'other', 'Can confirm this is an issue and should affect everyone soon, All was working fine until one day last week I got a "key expired" error.', False),
    ('https://github.com/Ranchero-Software/NetNewsWire/issues/4137', 'issue', 'complaint', 'none', "Not bringing in news updates\n\nNetNewsWire has never done this before. It doesn't bring in updates after I tell it to update. This is the first time in years that this has happened.", False),
    ('https://github.com/Ranchero-Software/NetNewsWire/issues/4137', 'issue', 'other', 'other', 'What type of account — On My iPad, iCloud, Feedly, etc. — are you using?', False),
    ('https://github.com/Ranchero-Software/NetNewsWire/issues/4137', 'issue', 'other', 'other', "I think Feedly, but I'm not sure. How do I find out?", False),
    ('https://github.com/Ranchero-Software/NetNewsWire/issues/4137', 'issue', 'complaint', 'other', 'Hello,\nI have the same problem and I am using Feedly. \nNetNewsWire stopped syncing with it on all my devices at the same time.', False),
    ('https://github.com/Ranchero-Software/NetNewsWire/issues/4137', 'issue', 'other', 'other', 'One thing to try — go to NetNewsWire’s settings, and disable Feedly, then re-enable it.', False),
    ('https://github.com/Ranchero-Software/NetNewsWire/issues/4942', 'issue', 'complaint', 'other', "Feedly not syncing\n\nI've got 7.0b2 Mac in a state where it won't refresh my Feedly account.  The refresh menu item and toolbar icon are greyed out.  I can browse existing articles.", False),
    ('https://github.com/Ranchero-Software/NetNewsWire/issues/4942', 'issue', 'complaint', 'none', 'I have the same issue as blackletter. If I can assist with any data, let me know.', False),
    ('https://github.com/Ranchero-Software/NetNewsWire/issues/4267', 'issue', 'complaint', 'other', 'iOS, Feedly: Feeds fail to refresh with no error\n\nWith NNW for iOS (and a Feedly account if that matters), my feeds will often fail to refresh upon launching the app or attempting a manual refresh. No error message is displayed, and the syncing progress bar completes as normal.', False),
    ('https://github.com/Ranchero-Software/NetNewsWire/issues/4267', 'issue', 'complaint', 'other', "I'm having the same issue on iOS as well. Doesn't seem to be an issue on macOS. \n\nI've resorted to removing and re-adding Feedly each time I want to read new stuff, but really just means I end up not using the app.", False),
    ('https://github.com/Ranchero-Software/NetNewsWire/issues/4267', 'issue', 'other', 'none', 'This just started happening to me maybe three days ago, but now it seems to work again.', False),
    ('https://github.com/Ranchero-Software/NetNewsWire/issues/4078', 'issue', 'complaint', 'other', 'Feedly no longer syncs as of 4 Aug\n\nTitle. Have logged out, deleted and reinstalled the app. Feedly website shows I have 600+ unread items.', False),
    ('https://github.com/Ranchero-Software/NetNewsWire/issues/4078', 'issue', 'other', 'none', "Closing this because I believe it's been fixed. If not, we can reopen this. More detail from the Error Log would be helpful.", False),
    ('https://github.com/Ranchero-Software/NetNewsWire/issues/3730', 'issue', 'complaint', 'other', 'Feedly for iOS Frequently Has Errors\n\nWhile my Feedly account has never had a single issue with NetNewsWire on the Mac, every week or two on iOS, I get an error saying to add the Feedly account again. (See attached image.) So I remove the account and then add it back and it works fine again for a little while.', False),
    ('https://github.com/Ranchero-Software/NetNewsWire/issues/3730', 'issue', 'other', 'none', 'Are you still seeing this bug?', False),
    ('https://github.com/Ranchero-Software/NetNewsWire/issues/3730', 'issue', 'other', 'other', 'Hey Brent. Thanks for getting back to me. If this is about my Feedly issue, I actually switched to iCloud syncing many months ago and it’s been rock solid on all of my devices.', False),
    ('https://github.com/Ranchero-Software/NetNewsWire/issues/3250', 'issue', 'complaint', 'other', "NetNewsWire 6.0 iOS Feedly feed doesn't work after restore from backup\n\nI restored a backup (that didn't save passwords) to a new phone and NNW stated that the Feedly account was active, but it wasn't getting any updates. I had to delete the Feedly account and re-add it to get it to work normally again.", False),
    ('https://github.com/Ranchero-Software/NetNewsWire/issues/3250', 'issue', 'other', 'none', 'Believed to have been fixed.', False),
    ('https://github.com/Ranchero-Software/NetNewsWire/issues/4498', 'issue', 'complaint', 'other', 'Error; Please add the Feedly account again. If this problem persists, open Keychain Access and delete all feedly.com entries, then try again.\n\nI am getting this error repeatedly on iPhone. I have opened the Passwords app and do not see any entry for Feedly, am I missing something?', False),
    ('https://github.com/Ranchero-Software/NetNewsWire/issues/1966', 'issue', 'other', 'none', 'For the next time the error happens — does temporarily switching from wi-fi to a cell network fix the problem?', False),
    ('https://github.com/Ranchero-Software/NetNewsWire/issues/1966', 'issue', 'other', 'none', 'I will keep that in mind. But restarting the app worked great for me this time. (It has happened twice, but not again since then.)', False),
    ('https://github.com/Ranchero-Software/NetNewsWire/issues/1966', 'issue', 'complaint', 'none', 'Didn’t help either. I tried that before zu rule out WiFi problems.', False),
    ('https://github.com/Ranchero-Software/NetNewsWire/issues/3680', 'issue', 'complaint', 'other', 'Syncing Issues with Feedly\n\nI am facing syncing issues with Feedly and the NNW clients. I use NNW on macOS and iPadOS with my Feedly account linked to both. In the past, when I marked feeds read on one client, the change would propagate to Feedly and to the other NNW client. Now however, each seems to maintain a separate state that only it is aware of.', False),
    ('https://github.com/Ranchero-Software/NetNewsWire/issues/3680', 'issue', 'other', 'none', 'Did you restore anything from a Time Machine backup or migrate to a new device lately?', False),
    ('https://github.com/Ranchero-Software/NetNewsWire/issues/3680', 'issue', 'other', 'other', 'If you do a manual refresh on either your Mac or iPad, do you get an error?\n\nWhen you check against the Feedly web interface, which matches it? Your iPad or your Mac?', False),
    ('https://github.com/Ranchero-Software/NetNewsWire/issues/2743', 'issue', 'complaint', 'other', 'Error while creating Feedly feed (on NetNewsWire for Mac)\n\nI cannot activate the feedly account in NetNewsWire for Mac (I\'m running Version 5.1.3 (3018) on Mac Os Big Sur Version 11.1).\n\nEverything works smoothly up to when I confirm the login (I\'m connected through the google signon). Then, instead of activating the account in feedly I get the following error message: "The operation couldn’t be completed. (Secrets.CredentialsError error 0.)".', False),
    ('https://github.com/Ranchero-Software/NetNewsWire/issues/2743', 'issue', 'other', 'none', 'Is it possible that you changed the NetNewsWire.app name or had it changed at one time?  That is typically how that error gets triggered.  Please see this issue for instructions on how to clear it up.   #2419', False),
    ('https://github.com/Ranchero-Software/NetNewsWire/issues/2743', 'issue', 'other', 'other', 'Yes, that was it!  I deleted the feedly items in the keychain, recreated the feed and all seems to work fine now!\n\nThanks for your help.', False),
    ('https://github.com/Ranchero-Software/NetNewsWire/issues/4223', 'issue', 'complaint', 'other', 'In NNW 6.1.4 macOS failing to refresh articles with Feedly account\n\nIn NNW 6.1.4 macOS with Feedly account.\n\nAt startup, NetNewsWire tries to refresh the feeds but fails somehow:\n- no news articles show-up\n- it stopped working about 1 week to 10 days ago.', False),
    ('https://github.com/Ranchero-Software/NetNewsWire/issues/4223', 'issue', 'other', 'other', 'What happens if, in NetNewsWire’s Account preferences, you make Feedly inactive and then make it active?', False),
    ('https://github.com/Ranchero-Software/NetNewsWire/issues/4223', 'issue', 'complaint', 'other', 'As requested, I did disable, then enable, then refresh, and for the first time, NetNewsWire displayed a modal window: "Unauthorized". Tried again and got "Too Many Requests". Still no new articles.', False),
    ('https://github.com/Ranchero-Software/NetNewsWire/issues/4223', 'issue', 'other', 'other', 'I have just tried to remove and set up again the feedly connection. It is working back correctly now.', False),
    ('https://github.com/Chatterino/chatterino2/issues/1231', 'issue', 'complaint', 'other', 'Issue with logging in\n\nWhen launching an updated version of chatterino2 it repeatedly comes up with "login expired! Try logging in again." x2 then saying I am disconnected and proceeding to repeat this until the end of time.', False),
    ('https://github.com/Chatterino/chatterino2/issues/1231', 'issue', 'other', 'none', 'You do not need to sign out, re-adding the account will replace the old one.\n\n The issue you are describing is fixed in code and will be released in a couple days!', False),
    ('https://github.com/Chatterino/chatterino2/issues/4399', 'issue', 'other', 'none', "Expired login Suggestion\n\nOnce login has expired I am required to click the remove button before I can click add and paste login info. In my ideal world you'd be able to readd the old account that has the expired login by just pasting login info and not having to click the remove button it seems like an unnecessary step.", False),
    ('https://github.com/Chatterino/chatterino2/issues/4399', 'issue', 'other', 'none', 'This is not true', False),
    ('https://github.com/Chatterino/chatterino2/issues/3275', 'issue', 'complaint', 'other', 'Can\'t login.\n\nI change my twitch password after situatuins with "twitch leaked" and now for some reason I can\'t login in Chatterino. \nI go to Chatterino Settings - Accounts - Add - Basic - Log in (Opens in browser) - pressing the button (in new oppened page) - and getting error: \n"Loading username and user id\nError getting user ID. Refresh and try again"\n\nRefresh doesn\'t help', False),
    ('https://github.com/Chatterino/chatterino2/issues/3275', 'issue', 'other', 'none', 'Does the URL look special in a way? Could you open the Developer Console (F12) and screenshot the Console?', False),
    ('https://github.com/Chatterino/chatterino2/issues/2463', 'issue', 'other', 'none', 'Expired login message should not be spammed repeatedly\n\nIt would be nice if this kind of situation was recognized, and the notification was printed only once, not multiple times, so the subsequent connection attempts were performed silently.', False),
    ('https://github.com/Chatterino/chatterino2/issues/2292', 'issue', 'other', 'other', 'Chatterino 2 login expired and asking for entirely new authorization? (not just pasting in the key again)\n\nI know that Chatterino sometimes needs to be reauthorized but when I went to do it now, I got sent via the page from Twitch where it lists all the permissions Chatterino has and you have allow it, as if it was the first time authorizing it.\n\nIs this known/intentional?', False),
    ('https://github.com/Chatterino/chatterino2/issues/2292', 'issue', 'other', 'none', 'If you are unsure, you can always forcefully remove the connection from Twitch first, then relogin.', False),
    ('https://github.com/Chatterino/chatterino2/issues/2292', 'issue', 'other', 'none', "Thanks for clarifying, that's what I ended up doing.", False),
    ('https://github.com/Chatterino/chatterino2/issues/1532', 'issue', 'other', 'other', "This has become an issue due to a recent change to PubSub and oauth scopes. \nThe topic on which moderator actions are relayed over, now needs an additional scope - one of which Chatterino hasn't been given access to during your initial login.", False),
    ('https://github.com/Chatterino/chatterino2/issues/1416', 'issue', 'complaint', 'none', 'Constant Reconnecting when logged in\n\nIn the last month or longer Chatterino(1) has been stuck in the reconnecting loop on every channel chat added. Strangely, when I log out everything starts working perfectly', False),
    ('https://github.com/Chatterino/chatterino2/issues/1416', 'issue', 'complaint', 'none', "Having it reduced doesn't help. The problem still persists.", False),
    ('https://github.com/Chatterino/chatterino2/issues/1416', 'issue', 'other', 'none', "Most likely your auth token expired.\nTry adding it new (don't know if deleting one works rn).", False),
    ('https://github.com/Chatterino/chatterino2/issues/1416', 'issue', 'other', 'none', "Not really a Chatterino issue (other than that we don't advertise any limits).\nThere are limits set to how many channels you can join, and you've exceeded that limit. Not much we can do, sorry.", False),
    ('https://github.com/Chatterino/chatterino2/issues/2612', 'issue', 'complaint', 'other', 'Messages do not send\n\nI open the app, with my Twitch account bound. The tabs I had opened reload and connect. From thereon, none of the messages i type and send ever make it.', False),
    ('https://github.com/Chatterino/chatterino2/issues/2612', 'issue', 'other', 'other', '- Please use issue templates.\n- This is a known twitch issue, there is currently no known workaround or way to detect this', False),
    ('https://github.com/Chatterino/chatterino2/pull/6919', 'issue', 'other', 'none', 'Add visual indicator for when your login expires by using the preexisting user button in the gui.\n\nThis pull addresses my concerns brought up in discussion  #3213.', False),
    ('https://github.com/chatty/chatty/issues/32', 'issue', 'complaint', 'none', 'Login data was determined invaild\n\nHi, every time i close/start chatty i keep getting\nhttps://i.gyazo.com/920da41ebede7f4fa2813077ed573b4c.png\nhttps://i.gyazo.com/4ae130b249062c75c82e4605fb49a83f.png\nand every time i i have to login. Anyone got any idea why?', False),
    ('https://github.com/chatty/chatty/issues/32', 'issue', 'other', 'other', "I'm not sure why that would happen, unless during times where Twitch was derping. But it shouldn't happen regularly.", False),
    ('https://github.com/chatty/chatty/issues/32', 'issue', 'complaint', 'none', "I've been having this happen myself from time to time. Basically the window pops up, I click verify, and it lets me back in. Not sure if any kind of auto reconnect would be possible?", False),
    ('https://github.com/the-blue-alliance/the-blue-alliance/issues/1189', 'issue', 'complaint', 'other', "Twitch chat doesn't log in\n\nMy twitch chat just sits here, expontential backoff erroring. This is when I am signed in via my Facebook as Greg Marra.", False),
    ('https://github.com/the-blue-alliance/the-blue-alliance/issues/1189', 'issue', 'other', 'none', 'Do you still have this problem?', False),
    ('https://github.com/the-blue-alliance/the-blue-alliance/issues/1189', 'issue', 'other', 'other', "They switched from Flash to websockets recently so this shouldn't be happening. \n\nWhat's your OS and browser?", False),
    ('https://github.com/owncast/owncast/issues/2064', 'issue', 'complaint', 'other', 'Discord webhooks\n\n### Share your bug report, feature request, or comment.\n\nDiscord Webhooks do not work yet', False),
    ('https://github.com/owncast/owncast/issues/2064', 'issue', 'other', 'none', "Could you provide some detail? They've worked in the past.", False),
    ('https://github.com/owncast/owncast/issues/2064', 'issue', 'complaint', 'other', 'I made a Discord webhook and put it in to owncast and nothing happened on my discord server', False),
    ('https://github.com/owncast/owncast/issues/2064', 'issue', 'other', 'none', 'I just tested it and it seems to be working fine.', False),
    ('https://github.com/owncast/owncast/issues/2064', 'issue', 'complaint', 'other', 'I just tested this on my instance. It seems to work intermittently for me. Of the 5 times I tried this afternoon, I got a message in Discord 2 times after 2 minutes. The other 3 attempts I considered failed 5 minutes after going live.', False),
    ('https://github.com/loomio/loomio/issues/8569', 'issue', 'complaint', 'other', "Unable to use Discord Chatbot\n\nI tried to setup a Discord chatbot, but it doesn't seem to work. Discord doesn't seem to get the messages.", False),
    ('https://github.com/loomio/loomio/issues/8569', 'issue', 'other', 'none', "First, check that you've entered the webhook URL correctly.", False),
    ('https://github.com/loomio/loomio/issues/8569', 'issue', 'other', 'none', 'Just checking, are you testing a real notification? I think the "test connection" button is broken.', False),
    ('https://github.com/loomio/loomio/issues/8569', 'issue', 'other', 'none', "Right, you're correct, sorry for not updating you.\n\nI found out that real notifications work", False),
    ('https://github.com/alexjustesen/speedtest-tracker/issues/2332', 'issue', 'complaint', 'other', 'Webhook Notifications not working\n\nI have tested webhook notifications but nothing appears to be sent.\nI have tested for both Discord and https://webhook.site.\nI also tested the webhooks in Sonarr and it is received correctly.', False),
    ('https://github.com/calcom/cal.diy/issues/14444', 'issue', 'complaint', 'other', "Discord webhook is not working.\n\nDiscord webhook is not working.\n\nThe test ping is sent successfully, but I don't receive any notification of the actual reservation. Am I missing something?", False),
    ('https://github.com/ONEARMY/community-platform/issues/1968', 'issue', 'complaint', 'other', '[bug] Precious Plastic Discord Webhook broken?\n\n**Describe the bug**\nWe use a Discord webhook to display a message when there is activity on the Community Platform. (new map pin, new how-to)', False),
    ('https://github.com/rcourtman/Pulse/issues/341', 'issue', 'complaint', 'other', 'Discord notifications not working\n\nI\'m on 4.6.0 (runing as systemd service) and just noticed that notifications are not working. I\'ve tried both "Discord" and "Generic"', False),
]
