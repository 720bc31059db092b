# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# At assembly one row was removed: a second bare "me too" (aniyomiorg/aniyomi #2027), the same text as the
# wereadwise #4 row above it (texts must be unique across the corpus).
# Batch 462 (mine-b462): CHAT-LIKE SHORT REPLIES in issue threads about broken integrations, any product. For
# each thread the report (title + first sentences) is one row, and the short comments under it are further rows:
# "+1 / same here / me too / Same issue." replies, "still broken", "any solution?", maintainers' one-line
# questions and diagnoses, "works now / fixed itself / that worked, I feel dumb" follow-ups. All rows are
# voice='issue'; no new owner-published chat archive turned up, so there are no chat rows.
# Products: activity sync between fitness services (tapiriik Runkeeper <> Strava <> Garmin; Garmin Connect
# uploaders), Trakt scrobbling from Kodi, Last.fm scrobbling from players (Radiant Player, GPMDP, pano-scrobbler,
# Wail, Nuvola), Todoist API tokens rejected after Todoist retired API versions, Pocket clients and Pocket
# imports (Omnivore, pockyt, RemarkablePocket, alfred-pocket, PocketDesktop), Readwise / WeRead (Chinese rows),
# AniList / MyAnimeList trackers (Tachiyomi, TachiyomiSY, Aniyomi, MALSync, yomikiru, Otaku, anitrack),
# Nightscout uploads from xDrip / xDrip4iOS / OpenAPS / LibreLink Up (401, "marking record:failed"),
# WakaTime plugins that stopped sending heartbeats to the dashboard, Toggl (Pipedream trigger, Capsule
# integration), a Spotify Connect add-on whose connection drops, and a Google-Sheets token that expires.
# Complaints: the writer says, from their own experience, that the sync / scrobble / upload / login to the other
# service stopped or is rejected now ("the sync between Runkeeper and Strava is down", "Sync is broken for me too
# since few days", "Reauthorization didn't help", "the connection between wail and last.fm still fails",
# "Invalid Todoist token", "401 Unauthorized", "it stopped again, 4 hours ago", "Same problem now") and bare
# +1 replies on such reports ("Same issue.", "me too", "Same😭", "Same with me same android version").
# Near misses kept (label other): maintainer questions and diagnoses ("Is it working now?", "Works for me, can
# you try to relogin?", "what kind of error do you get?", "Refer to ... and post information", "Mean the remote
# connection dropped. There is not much I can do", "AniList is currently having major infrastructure ... issues",
# "Todoist shut down the old REST v2 API"), works-again follow-ups ("It started working again. Thank you !!!",
# "Yes, it is working perfectly again. :-)", "Ah, that worked. I feel really dumb now.", "It fixed itself.",
# "v3.8.1 working form me after ... force reauthorizing", "I removed / reconnected all my accounts and it
# helped"), side questions ("Why was this closed? Did you manage to fix it?", "Isn't their "update" just taking
# it down"), a feature request (automatic AniList progress), a missing import button / a disconnect button
# that does nothing (Omnivore), and an offline-upload setup question solved by switching to the API secret.
# Sources (46 threads; issues corpus, texts copied from the thread excerpts the `search` tool returned - a title
# plus the first sentences, or one comment - trimmed, never reworded or translated; image tags and pasted logs
# cut):
#  cpfair/tapiriik #170, iamkroot/trakt-scrobbler #230, razzeee/script.trakt #705 #706 #177 #316,
#  wenlzhang/obsidian-todoist-context-bridge #18, jeremiaa/magic-frame #12, VoltaicHQ/Progress-Sheet-Updater #18,
#  fuergaosi233/wereadwise #4, zhaohongxuan/obsidian-weread-plugin #197, readwiseio/obsidian-readwise #73,
#  kochka/WeightLogger #15, La0/garmin-uploader #10, radiant-player/radiant-player-mac #194,
#  kawaiiDango/pano-scrobbler #29, MarshallOfSound/Google-Play-Music-Desktop-Player-UNOFFICIAL- #2736,
#  artem-zinnatullin/android-wail-app #201, tiliado/nuvolaplayer #172, unliftedq/PocketDesktop #38,
#  achembarpu/pockyt #16, nov1n/RemarkablePocket #9, omnivore-app/omnivore #3788 #3256, fniephaus/alfred-pocket #21,
#  hassio-addons/app-spotify-connect #63, Goldenfreddy0703/Otaku-Testing #129, TSedlar/anitrack #19,
#  mienaiyami/yomikiru #279, aniyomiorg/aniyomi #2027, jobobby04/TachiyomiSY #1061 #1103,
#  tachiyomiorg/tachiyomi #3964, MALSync/MALSync #2531, nightscout/cgm-remote-monitor #7431 #1955,
#  StephenBlackWasAlreadyTaken/xDrip #204, nightscout/nightscout.github.io #242, JohanDegraeve/xdripswift #636,
#  timoschlueter/nightscout-librelink-up #96, wakatime/vscode-wakatime #344 #282 #392, wakatime/atom-wakatime #55,
#  PipedreamHQ/pipedream #15271, toggl/track-extension #630
# Look-ups: 19 of the 100 allowed - 17 `search` calls (issues corpus) and 2 `find_repos` calls; no fetch,
# read_file or find_string.
#  Archive hunt (2 look-ups, nothing usable): find_repos "chatlogs" (personal / game / Twitch chat-log tools,
#  none a project's own archive about integrations) and "gitter-archive" (only archiver tools). Archives already
#  in the corpus were not searched again.
#  Issue searches: "same here, integration stopped syncing since yesterday"; "+1 still happening, token expired,
#  reauthorized and it works again"; "any update? our sync stopped working too"; Strava sync stopped; Trakt
#  scrobbling stopped / re-authenticate; Todoist integration invalid token; Plaid ITEM_LOGIN_REQUIRED; Readwise
#  sync stopped; Garmin Connect login fails; Last.fm scrobbling stopped; Pocket integration / consumer key;
#  Notion integration unauthorized; Spotify connection lost; MyAnimeList / AniList tracking; Nightscout upload
#  xDrip 401; WakaTime heartbeats; Toggl integration not syncing.
# Note: /work/notes/dupcheck.py as given crashes on tools/real/build.py (its glob b*.py also matches build.py,
# which has no ROWS); it was run from a copy whose main glob is b[0-9]*.py: problems: 0.
# Checked: every thread URL grepped (URL followed by a single or double quote, '#' or '/') over
# /work/main/tools/real/b*.py, /work/main/tools/real/pending/*.py and /work/wt/*/tools/real/pending/*.py
# before use and again right before writing this file; every text compared with the texts of main's batches
# (exact, lower-cased): two bare "same here" replies were already there and were dropped.
# Skipped as already in the corpus (URL found): nextcloud/integration_google #90, nextcloud/integration_onedrive
# #25, twentyhq/twenty #11342, arussellsaw/budgie #6, phw198/OutlookGoogleCalendarSync #383,
# nylas/nylas-mail #578, jobisoft/TbSync #347 #93, soscripted/sox #200, coddingtonbear/inthe.am #338,
# cpfair/tapiriik #500 #579 #498 #529 #524 #254 #255, jonasoreland/runnerup #1188, thomaschampagne/elevate #524
# #966 #1035, AmazMod/AmazMod #8, iamkroot/trakt-scrobbler #234, razzeee/script.trakt #613,
# Stremio/stremio-bugs #1436, trakt/Plex-Trakt-Scrobbler #639 #447, web-scrobbler/web-scrobbler #1225,
# Santofer/Remindian #39, tod-org/tod #223, wenlzhang/obsidian-todoist-context-bridge #20,
# jamiebrynes7/obsidian-todoist-plugin #326 #336, atymic/todo-sync #42, darekkay/todoist-export #20,
# kusold/todoist-habitrpg #42, HeroBlackInk/ultimate-todoist-sync-for-obsidian #110 #78, plaid/support #163,
# frappe/erpnext #25488, dvankley/firefly-plaid-connector-2 #39, WorldBrain/Memex #1213, jsonMartin/readwise-mirror
# #53, readwiseio/obsidian-readwise #8, cyberjunky/home-assistant-garmin_connect #19 #29, mgifos/quick-plan #53,
# kochka/WeightLogger #21 #58 #80 #37, xonel/GFrun #5, MarshallOfSound/GPMDP #2668 #3915,
# ShazamScrobbler/macos-app #31, radiant-player/radiant-player-mac #518, jchen1/MiniPlay #9,
# cheshire137/soma-chrome #2, nybbles/obsidian-pocket #91, miniflux/v2 #1630 #1888, b-yp/logseq-notion-sync #13
# #18, dvanoni/notero #68 #698 #727 #650 #740, BartoszJarocki/jarocki.me #26, anhi/obsidian-notion-connector #1,
# lizheming/doumark-action #13, hassio-addons/app-spotify-connect #12, dtcooper/raspotify #70,
# librespot-org/librespot #247.
# Rejected: Toggl's own desktop / mobile apps failing to sync with Toggl's servers (toggl-open-source/toggldesktop
# #4798 #2371 #2756, toggl/track-macos-feedback #8, toggl/mobileapp #1194) - one product's own sync, not two
# systems; hifiberry/hifiberry-os #325 and sergiocastell/spotify-dogfood #18 (device discovery / an app's own
# login); kompoti121/Anilili #5 (the app stops after login, unclear); OCA/bank-statement-import #883 (a design
# proposal for Plaid's cursor API); remnoteio/remnote-issues #1059 and AKASHAorg/Alpha #146 (an app's own
# sync, not between two systems);
# nightscout/cgm-remote-monitor #8227 only partly (the maintainer reply was cut off in the excerpt, so the thread
# was dropped); achembarpu/pockyt #16 comment "yep. gonna have to delete that key now lmao" (hints that a key was
# shown in a screenshot, but does not say so in words - left out rather than guess exposure).
# Label calls and doubts: bare +1 replies that name no product get integration 'none' even when the thread is
# about Strava / Trakt / Last.fm; "Same for me ... Update. v3.8.1 working form me after ... force reauthorizing"
# and "Same-ish ... it all works again" are 'other' because the message ends with it working; "Nevermind, I think
# Anilist is down" and "It's not, the API is still down" are 'other' (diagnosis of the other side, no own
# failure reported as current); PocketDesktop rows are complaints with integration 'none' (the client's sync with
# Pocket's API, product not named in those texts); the Omnivore "can't be disconnected" report is 'other' (a
# button that does nothing), the reply "it hasn't imported anything in over a couple of days" is a complaint;
# the xDrip offline-upload question is 'other' (new setup, solved by configuration); obsidian-weread / wereadwise
# rows are Chinese ('zh', integration 'none'). Spotify Connect add-on dropping its connection was taken as a
# connection between two systems (the add-on and Spotify) - a doubt.
ROWS = [
    ('https://github.com/cpfair/tapiriik/issues/170', 'issue', 'complaint', 'other', "Runkeeper <> Strava sync down\n\nIt seems the sync between Runkeeper and Strava is down in both directions for me, my last activity was the 8th of August and I've since done three more in Runkeeper and one in Strava, none of which gets synced. Checking the https://tapiriik.com/activities page, none of these activities are listed in neither the Runkeeper nor Strava columns.\n\nDoes anyone experience this as well? Any ideas where to start looking?", False),
    ('https://github.com/cpfair/tapiriik/issues/170', 'issue', 'complaint', 'none', 'I have the same issue. Also, when I try to change settings, I get "502" error.', False),
    ('https://github.com/cpfair/tapiriik/issues/170', 'issue', 'complaint', 'other', 'Syncing Garmin Connect -> (strava, endomondo, runkeeper) \nI have queuing rotating and can not sync it automatically or manually. It happened when i removed smashrun, but it may be connected with something else. \nLast synced run 9th Aug 7pm CET.', False),
    ('https://github.com/cpfair/tapiriik/issues/170', 'issue', 'complaint', 'none', 'Yip, I have the same thing.\n\nI have just removed all my services, and re-added them, but back to the same queuing message.', False),
    ('https://github.com/cpfair/tapiriik/issues/170', 'issue', 'complaint', 'none', 'Same issue.', False),
    ('https://github.com/cpfair/tapiriik/issues/170', 'issue', 'other', 'none', 'It started working again. Thank you !!!', False),
    ('https://github.com/cpfair/tapiriik/issues/170', 'issue', 'other', 'none', 'Yes, mine was automatically synced too, great! Thanks! I guess this issue can be closed now.', False),
    ('https://github.com/cpfair/tapiriik/issues/170', 'issue', 'other', 'none', 'I had the same issue a few days ago. I removed / reconnected all my accounts and it helped.', False),
    ('https://github.com/iamkroot/trakt-scrobbler/issues/230', 'issue', 'complaint', 'other', "Am i right in thinking this scrobbler will not work until Trakt API is back online?\n\nThe scrobbler is no longer reporting what I'm watching to Trakt, with the following information in my log. I also cannot seem to clear or purge the backlog. Am I right in assuming this is because the Trakt API is not online? Will this automatically fix once the API is up?", False),
    ('https://github.com/razzeee/script.trakt/issues/705', 'issue', 'complaint', 'other', "Not scrobbling\n\nSince a couple of days scrobbling doesn't work anymore, it used to be that when I started playback of a movie or episode I got an notification saying trakt scrobbling and I could see in the android app that I'm currently watching something, but it doesn't work anymore. I'm on the latest update from the official repo and reauthorised the Trakt Addon.", False),
    ('https://github.com/razzeee/script.trakt/issues/705', 'issue', 'complaint', 'other', "Same problem and I installed the latest version from this repo and I can't authorize the addon with Trakt, the prompt never shows up", False),
    ('https://github.com/razzeee/script.trakt/issues/705', 'issue', 'other', 'none', "Don't install the version from this repo, it's unusable. You should only use the official kodi repo.", False),
    ('https://github.com/razzeee/script.trakt/issues/705', 'issue', 'other', 'none', 'I have installed it using the official kodi repo?', False),
    ('https://github.com/razzeee/script.trakt/issues/705', 'issue', 'other', 'none', 'Refer to https://github.com/razzeee/script.trakt#i-found-something-that-doesnt-work and post information', False),
    ('https://github.com/razzeee/script.trakt/issues/705', 'issue', 'complaint', 'none', "scrobbling doesn't work anymore for everyone, just read all the threads on Reddit. Thanks", False),
    ('https://github.com/razzeee/script.trakt/issues/706', 'issue', 'complaint', 'other', "Not scrobbling\n\n> Don't install the version from this repo, it's unusable. You should only use the official kodi repo. \n\nI have installed it using the official kodi repo, still this issue persists.", False),
    ('https://github.com/razzeee/script.trakt/issues/706', 'issue', 'complaint', 'other', "Sync is broken for me too since few days. Watch history to trakt doesn't update at all.\n\nOfficial Repo: Trakt v3.8.1", False),
    ('https://github.com/razzeee/script.trakt/issues/706', 'issue', 'complaint', 'none', "Same here, no Sync or watch history \nReauthorization didn't help", False),
    ('https://github.com/razzeee/script.trakt/issues/706', 'issue', 'other', 'other', 'Same for me. No sync. v3.8.1 from official repo\n----\nUpdate.\nv3.8.1 working form me after reinstalling (back to 3.6.1 and next to 3.8.1) and force reauthorizing to trakt.tv', False),
    ('https://github.com/razzeee/script.trakt/issues/706', 'issue', 'other', 'other', 'Same-ish as [sergserg2](https://github.com/sergserg2)\nUpdating to 3.8.1 did not fix it. Nor re-auth.\nUninstalling 3.8.1 including settings and then just installing 3.8.1 from the Kodi repo and it all works again.', False),
    ('https://github.com/razzeee/script.trakt/issues/706', 'issue', 'complaint', 'other', "It's been like that for a long while, even now after v3.8.2, update the result is the same: it says it’s adding 49 movies to to my library but nothing changes it trakt. TV Episodes are added to my library correctly. It's just movies that aren't being added to the library.", False),
    ('https://github.com/razzeee/script.trakt/issues/177', 'issue', 'complaint', 'other', "Trakt Plugin won't scrobble anymore\n\nBeen using it for quite some time now. It just won't scrobble anymore. I have checked my username and password, uninstalled and re-installed from within XBMC, reset all settings to default and re-enetered the information, and finally even downloaded the files and put them in the addon folder myself.\nRestarted XBMC each time and it still refuses to scrobble :(", False),
    ('https://github.com/razzeee/script.trakt/issues/316', 'issue', 'complaint', 'other', 'No longer scrobble to Trakt\n\nHello I have been using this for months without any problems on two separate instances of Kodi however recently within the last two weeks My computers are  no longerr scrobble to Trakt\nhave not done anything on my end tried updating the add-on manually that did not help', False),
    ('https://github.com/wenlzhang/obsidian-todoist-context-bridge/issues/18', 'issue', 'complaint', 'other', 'API token not accepted\n\nWhen I paste my API token it is not accepted. I get the error "Invalid Todoist token"\n\nversion 1.1.0 and Todoist 9.26.4, v9842', False),
    ('https://github.com/wenlzhang/obsidian-todoist-context-bridge/issues/18', 'issue', 'other', 'other', "This has been fixed in v1.1.1. The root cause was that the Todoist API endpoints used by the old SDK (v3) were deprecated. We've migrated to SDK v6 which uses the current API.\n\nPlease update to v1.1.1 and your API token should work again. Thanks for reporting!", False),
    ('https://github.com/jeremiaa/magic-frame/issues/12', 'issue', 'complaint', 'other', "Unable to add Todist API token\n\nHi Jeremiaa and team,\n     Thanks for creating this wonderful program. I have a problem activating the Todoist integration.\nI have installed Magic-frame on a Docker container on Proxmox. I am managing it through Portainer.\nI've tried adding the token multiple times, and regenerating the token also does not work.", False),
    ('https://github.com/jeremiaa/magic-frame/issues/12', 'issue', 'other', 'other', 'hey @ranjitrajkumar — turned out this wasnt your token at all. Todoist shut down the old REST v2 API we were using (it returns 410 Gone now), so the integration was broken for everyone, no token could connect. sorry the app told you to "regenerate your token" - that was a misleading message and its fixed too.', False),
    ('https://github.com/jeremiaa/magic-frame/issues/12', 'issue', 'other', 'none', "Thanks, @jeremiaa, I haven't got down to testing yet. I'll reopen the bug if there are similar concerns.", False),
    ('https://github.com/VoltaicHQ/Progress-Sheet-Updater/issues/18', 'issue', 'complaint', 'none', 'Token.pickle expires frequently\n\nHello, the app randomly stops being authorized sometimes. Deleting token.pickle and re-authing fixes the issue.', False),
    ('https://github.com/VoltaicHQ/Progress-Sheet-Updater/issues/18', 'issue', 'other', 'none', "Thank you for reporting the issue, It is known already. It'll be fixed in next release (if there ever is another).", False),
    ('https://github.com/fuergaosi233/wereadwise/issues/4', 'issue', 'complaint', 'none', '没法同步了…… 显示404error', False, 'zh'),
    ('https://github.com/fuergaosi233/wereadwise/issues/4', 'issue', 'complaint', 'none', 'Same😭', False),
    ('https://github.com/fuergaosi233/wereadwise/issues/4', 'issue', 'complaint', 'none', 'me too', False),
    ('https://github.com/fuergaosi233/wereadwise/issues/4', 'issue', 'other', 'none', 'https://github.com/fuergaosi233/wereadwise/pull/5 Fixed', False),
    ('https://github.com/fuergaosi233/wereadwise/issues/4', 'issue', 'complaint', 'none', '好像还是没有办法同步哦', False, 'zh'),
    ('https://github.com/zhaohongxuan/obsidian-weread-plugin/issues/197', 'issue', 'complaint', 'none', '从8月22日起同步失败\n\n从8月22日起更新/同步不了新阅读+划线书籍。提示有更新，但实际没有更新出来', False, 'zh'),
    ('https://github.com/zhaohongxuan/obsidian-weread-plugin/issues/197', 'issue', 'other', 'none', '我刚刚更新插件后就同步成功了', False, 'zh'),
    ('https://github.com/zhaohongxuan/obsidian-weread-plugin/issues/197', 'issue', 'other', 'none', '今天同步成功了。', False, 'zh'),
    ('https://github.com/readwiseio/obsidian-readwise/issues/73', 'issue', 'complaint', 'other', "can't sync\n\nobsidian readwise plugin not sync, do I need reinstall?", False),
    ('https://github.com/kochka/WeightLogger/issues/15', 'issue', 'complaint', 'other', 'No longer uploading to Garmin Connect\n\nLast 2 days uploads to Garmin Connect has failed.  Seems to correspond to the same time Connect made a change to the site.  No idea what the change was but on Wednesday very early hours there was down time for "system maintenance".  Any ideas on fixing it?', False),
    ('https://github.com/La0/garmin-uploader/issues/10', 'issue', 'complaint', 'other', 'Logins are failing\n\n2018-04-05 17:34:50,766 [INFO] Try to login on GarminConnect...\n2018-04-05 17:34:52,470 [CRITICAL] Login Failure: 503 Server Error: Service Unavailable for url: https://connect.garmin.com/legacy/session', False),
    ('https://github.com/La0/garmin-uploader/issues/10', 'issue', 'other', 'none', "Hello @dougmc0,\n\nI'm reproducing the error, i hope this is just an intermittent issue.\nOtherwise i have to update the login workflow and make a new release...", False),
    ('https://github.com/La0/garmin-uploader/issues/10', 'issue', 'other', 'none', '@dougmc0 I just published a new release with a fix for this issue. Can you update your install of **garmin-uploader** and report if the upload is working again ?', False),
    ('https://github.com/La0/garmin-uploader/issues/10', 'issue', 'other', 'none', '@La0 It works for me. Thanks a lot!', False),
    ('https://github.com/La0/garmin-uploader/issues/10', 'issue', 'other', 'none', "Old version still failing.  It's beginning to sound like it's not a temporary thing after all.\nNew version works.\n\nThanks!", False),
    ('https://github.com/radiant-player/radiant-player-mac/issues/194', 'issue', 'complaint', 'other', "Last.fm scrobbling does no longer work\n\nWorked for months without problems. Deauthorized already and authorized again, but without success. It stopped 2 days ago. I'm using v1.2.0 on Mac OS X 10.9.3", False),
    ('https://github.com/kawaiiDango/pano-scrobbler/issues/29', 'issue', 'complaint', 'other', "After update on 03/21 won't scrobble at all\n\nHey,\n\nI just updated pScrobbler to the latest version available on the App store and now it won't scrobble at all anymore. :-(\nI already rebooted my phone, uninstalled it, reinstalled, logged off & into my Last.fm account, but nothing will work.", False),
    ('https://github.com/kawaiiDango/pano-scrobbler/issues/29', 'issue', 'other', 'none', 'Is it working now?', False),
    ('https://github.com/kawaiiDango/pano-scrobbler/issues/29', 'issue', 'other', 'none', 'Yes, it is working perfectly again. :-)', False),
    ('https://github.com/MarshallOfSound/Google-Play-Music-Desktop-Player-UNOFFICIAL-/issues/2736', 'issue', 'complaint', 'other', 'Lastfm not scrobbling\n\n**OS:** Windows\n\n**Issue Descriptions:**  The last.fm integration seems to have stopped working after the latest update to version 4.4.1.\n\nI unauthorized the scrobbling and then reauthorized it and it still will not scrobble any songs to my account.', False),
    ('https://github.com/MarshallOfSound/Google-Play-Music-Desktop-Player-UNOFFICIAL-/issues/2736', 'issue', 'other', 'none', 'Why was this closed? Did you manage to fix it?', False),
    ('https://github.com/artem-zinnatullin/android-wail-app/issues/201', 'issue', 'complaint', 'other', 'After Last.fm website update Scrobbling issue\n\nHey there,\n\nAfter the new last fm website update the application is unable to scrobble either its scrobbling... or scrobble error. I logged out and sign in again it worked for a while and then again it stopped scrobbling.', False),
    ('https://github.com/artem-zinnatullin/android-wail-app/issues/201', 'issue', 'complaint', 'other', "same for me, the best of all scrobblers stopped scrobbling - but after logging out i can't even log in to last.fm any more via wail", False),
    ('https://github.com/artem-zinnatullin/android-wail-app/issues/201', 'issue', 'other', 'none', '@nIELSEn74 what kind of error do you get?', False),
    ('https://github.com/artem-zinnatullin/android-wail-app/issues/201', 'issue', 'complaint', 'other', "hello ilya,\n\nin the meantime it's possible to login,  but the connection between wail\nand last.fm still fails", False),
    ('https://github.com/artem-zinnatullin/android-wail-app/issues/201', 'issue', 'complaint', 'other', 'I\'m also having this issue.\n\nI receive a "Last.fm error: Value <?xml of type java.lang.String cannot be converted to JSONObject" message when I try to refresh the app.', False),
    ('https://github.com/artem-zinnatullin/android-wail-app/issues/201', 'issue', 'complaint', 'other', "now that the wail-app got connected to last.fm it can't scrobble anyway :(", False),
    ('https://github.com/artem-zinnatullin/android-wail-app/issues/201', 'issue', 'other', 'none', 'Can confirm this behavior with wail 0.7.5 beta, it only happens through the "refresh"/"update" action on the dashboard view though.\n\nScrobbling still works fine for me', False),
    ('https://github.com/tiliado/nuvolaplayer/issues/172', 'issue', 'complaint', 'other', "Last.fm scrobbling stopped working\n\nI'm using nuvolapayer on debian jessie and ubuntu 14.04. And last.fm scrobbling has stopped after upgrade, player just doesn't send anything. Debug mode is not helping much, it doesn't mention last.fm at all.", False),
    ('https://github.com/unliftedq/PocketDesktop/issues/38', 'issue', 'complaint', 'none', 'Not sync data and articles\n\nVersion installed from MS Store (2.0.1.0) not sync any data. App is empty (no articles show). Only circle animation "do job" round in loop, but nothing happened.', False),
    ('https://github.com/unliftedq/PocketDesktop/issues/38', 'issue', 'other', 'none', 'Can you have a try on the settings page to manually sync data?', False),
    ('https://github.com/unliftedq/PocketDesktop/issues/38', 'issue', 'complaint', 'none', "Yes I try to do that, but there is no button there. Only circle spin around. It looks like try to sync data, but nothing happen. When I restart app sync start immediately after I strat it. I try to restart app, reinstall it, but this things don't help.", False),
    ('https://github.com/unliftedq/PocketDesktop/issues/38', 'issue', 'other', 'other', 'Just have a quick check, the retrieve call to getpocket throws exception, which lead to the sync failure, will make a hotfix asap.', False),
    ('https://github.com/unliftedq/PocketDesktop/issues/38', 'issue', 'other', 'none', '@arlido The fixed version is deployed, please upgrade and have a try.', False),
    ('https://github.com/achembarpu/pockyt/issues/16', 'issue', 'complaint', 'other', 'There was a problem trying to connect this app to Pocket. Please try again.\n\njust as the title states, i get this error when trying to connect an account. this is right after adding my key.', False),
    ('https://github.com/achembarpu/pockyt/issues/16', 'issue', 'other', 'other', 'well, i just uninstalled pockyt and reinstalled, and removed all of the keys from my pocket account, created one for "desktop other" and re regged the pockyt app, and added the key\nseems to work now.', False),
    ('https://github.com/nov1n/RemarkablePocket/issues/9', 'issue', 'complaint', 'other', 'Error occurred during sync: A valid access token is required to access the requested API endpoint\n\nHi\nThe tool is really promising but it seems I do not have a good token on the Pocket side... Is it link to the fact I use 2 computers ?', False),
    ('https://github.com/nov1n/RemarkablePocket/issues/9', 'issue', 'other', 'none', 'Yes working!', False),
    ('https://github.com/omnivore-app/omnivore/issues/3788', 'issue', 'other', 'other', "Pocket integration can't be disconnected\n\nI've made the connection to Pocket using _Integration_ option in Omnivore.", False),
    ('https://github.com/omnivore-app/omnivore/issues/3788', 'issue', 'other', 'none', 'Encounter the same issue here. The disconnect button just greyed out. and nothing happens when clicked the greyed button', False),
    ('https://github.com/omnivore-app/omnivore/issues/3788', 'issue', 'complaint', 'other', "I have a similar problem, but in my case, it hasn't imported anything in over a couple of days. Clicking on the Disconnect button does nothing.\n\nI've even gone into Pocket and revoked access there, but it's still the same.", False),
    ('https://github.com/omnivore-app/omnivore/issues/3256', 'issue', 'other', 'other', 'Bug: There is no "import" button for Pocket integration on the web\n\nI have connected my Pocket account and since Omnivore doesn\'t sync the newly added items from Pocket automatically, I used to use the "Import" button in the [integrations page](https://omnivore.app/settings/integrations) every few days to manually sync my pocket account with omnivore.', False),
    ('https://github.com/fniephaus/alfred-pocket/issues/21', 'issue', 'complaint', 'other', "Can't get Pocket reading list\n\nI wonder how to reauthorize to get it back to work.", False),
    ('https://github.com/fniephaus/alfred-pocket/issues/21', 'issue', 'other', 'none', '`pocket wf:deauth` should do the trick :)', False),
    ('https://github.com/fniephaus/alfred-pocket/issues/21', 'issue', 'complaint', 'none', "The auth process completed successfully, but still can't get list in the next attempt.", False),
    ('https://github.com/fniephaus/alfred-pocket/issues/21', 'issue', 'other', 'none', 'Are you using the latest version?\nHas it worked before?', False),
    ('https://github.com/fniephaus/alfred-pocket/issues/21', 'issue', 'other', 'none', 'Had this happen before to me too. Adding a new article to the list fixed the issue for me.', False),
    ('https://github.com/fniephaus/alfred-pocket/issues/21', 'issue', 'complaint', 'none', "@fniephaus I'm using the latest version & it was working last week. Tried reinstalling it but still fails.\n@nikitavoloboev I add items everyday.", False),
    ('https://github.com/hassio-addons/app-spotify-connect/issues/63', 'issue', 'complaint', 'other', 'Spotify stops playing randomly, "Connection reset by peer"\n\n# Problem/Motivation\n\nThe problem started to occur after upgrading from 2020.12.1 to 2020.12.2. I tried reverting using a snapshot (just reverted HA) but it is still happening, it is barely usable at the moment :(', False),
    ('https://github.com/hassio-addons/app-spotify-connect/issues/63', 'issue', 'other', 'none', 'Mean the remote connection dropped. There is not much I can do about that from an add-on perspective.', False),
    ('https://github.com/hassio-addons/app-spotify-connect/issues/63', 'issue', 'complaint', 'other', "It doesn't recover though, and drops from the list of Spotify Connect devices. The only way I can resume playing music it is by rebooting it in my HA installation, which is quite annoying.", False),
    ('https://github.com/Goldenfreddy0703/Otaku-Testing/issues/129', 'issue', 'complaint', 'other', 'anilist stopped working\n\nToday I could not get the usual anilist features ro work so I pogged out and when I tried to log back in, it kept showing the "incorrect username or password" message.\nI have followed the usual method and double-checked the username and token', False),
    ('https://github.com/Goldenfreddy0703/Otaku-Testing/issues/129', 'issue', 'other', 'other', 'Nevermind, I think Anilist is down (forgot that their site still works even when the 3rd party api doesnt) (will close this as soon as I can confirm it to be the issue)', False),
    ('https://github.com/Goldenfreddy0703/Otaku-Testing/issues/129', 'issue', 'other', 'none', 'No issues reported as per\nhttps://anilist.openstatus.dev/', False),
    ('https://github.com/TSedlar/anitrack/issues/19', 'issue', 'complaint', 'other', 'No longer working with My Anime List after they updated their API\n\nWhen I try entering my username along with my new password, it always fails to log in to MAL', False),
    ('https://github.com/TSedlar/anitrack/issues/19', 'issue', 'other', 'none', 'Isn\'t their "update" just taking it down for now (or forever)?', False),
    ('https://github.com/TSedlar/anitrack/issues/19', 'issue', 'other', 'none', "Nope, it's back up (for me, at least)", False),
    ('https://github.com/TSedlar/anitrack/issues/19', 'issue', 'other', 'none', "It's not, the API is still down. Only their own website and app works.", False),
    ('https://github.com/mienaiyami/yomikiru/issues/279', 'issue', 'other', 'other', 'Automatic anilist progress\n\n### Description of the new feature / enhancement\n\nUpdate anilist progress automatically as you read.', False),
    ('https://github.com/mienaiyami/yomikiru/issues/279', 'issue', 'complaint', 'other', 'Hi there, I am having an issue while login with anilist of "invalid token/error".Can you help me with that?', False),
    ('https://github.com/mienaiyami/yomikiru/issues/279', 'issue', 'other', 'other', '@gaurav4152 \nIt may be due to very recent changes in Anilist. If you notice, it now asks for human verification each time. \nI will wait and see if it fixes automatically after some time.', False),
    ('https://github.com/mienaiyami/yomikiru/issues/279', 'issue', 'other', 'other', 'Woah ,you are right its the issue with anilist !\nThanks for the reply! :)', False),
    ('https://github.com/aniyomiorg/aniyomi/issues/2027', 'issue', 'complaint', 'other', "MyAnimeList stop working\n\nI don't know if MyAnimeList change it's API or something like that, but it suddenly stop working. And when I try to log out and relogin my account it didn't work and my account stayed log out.", False),
    ('https://github.com/jobobby04/TachiyomiSY/issues/1061', 'issue', 'complaint', 'other', 'Myanimelist tracker login not working\n\n### Steps to reproduce\n\nTry to login to Myanimelist tracker\nGet infinite login refresh, or if cancelled a 403 error', False),
    ('https://github.com/jobobby04/TachiyomiSY/issues/1061', 'issue', 'complaint', 'none', 'Same with me same android version', False),
    ('https://github.com/tachiyomiorg/tachiyomi/issues/3964', 'issue', 'complaint', 'other', '[Bug] AniList tracker broken\n\n### Actual behavior\n* if you try to update a manga that already has AL tracking, there is a HTTP Error 400', False),
    ('https://github.com/tachiyomiorg/tachiyomi/issues/3964', 'issue', 'other', 'none', 'Works for me, can you try to relogin?', False),
    ('https://github.com/tachiyomiorg/tachiyomi/issues/3964', 'issue', 'other', 'none', 'Ah, that worked. I feel really dumb now.', False),
    ('https://github.com/MALSync/MALSync/issues/2531', 'issue', 'complaint', 'other', 'Error with anilist\n\n### Describe the Bug\n\nmalsync logs me out if i pick my anilist account as my primary account', False),
    ('https://github.com/MALSync/MALSync/issues/2531', 'issue', 'other', 'other', "AniList is currently having major infrastructure and related issues, you'll just need to wait it out while they fix things. Nothing we can do about it.", False),
    ('https://github.com/MALSync/MALSync/issues/2531', 'issue', 'other', 'other', 'Anilist has fixed it', False),
    ('https://github.com/jobobby04/TachiyomiSY/issues/1103', 'issue', 'complaint', 'other', 'Anilist tracker login not working.\n\n### Actual behavior\n\nNothing happens and anilist tracker does not get logged in.', False),
    ('https://github.com/nightscout/cgm-remote-monitor/issues/7431', 'issue', 'complaint', 'other', 'Xdrip not uploading readings any more "marking record:failed"\n\nHi, i have been having problems with xdrip not pushing my numbers to nightscout for a few days now.\n\nError message says:\n"unable to do REST API Upload: Failed to connect to ..... marking record:failed".', False),
    ('https://github.com/nightscout/cgm-remote-monitor/issues/7431', 'issue', 'other', 'other', 'Can you post your xDrip+ uploader status (hiding personal information) here?', False),
    ('https://github.com/nightscout/cgm-remote-monitor/issues/7431', 'issue', 'other', 'none', 'Crazily enough, just as I was about to take screenshots, i noticed that the error message was gone and all of the readings are now on nightscout, without me changing anything in the last 3 days. It fixed itself.', False),
    ('https://github.com/nightscout/cgm-remote-monitor/issues/7431', 'issue', 'complaint', 'none', 'Actually, the problem re-appeared. The old data got unploaded, but it stopped again, 4 hours ago.', False),
    ('https://github.com/nightscout/cgm-remote-monitor/issues/7431', 'issue', 'complaint', 'none', "I'm having this issue too. Has anyone got a solution for it?", False),
    ('https://github.com/nightscout/cgm-remote-monitor/issues/7431', 'issue', 'complaint', 'none', "Same issue, I installed the latest update and it's still not working. So restarting the app does nothing and it is present in the current release. AAPS is working via local broadcasts.", False),
    ('https://github.com/nightscout/cgm-remote-monitor/issues/7431', 'issue', 'complaint', 'none', 'Same problem now', False),
    ('https://github.com/nightscout/cgm-remote-monitor/issues/1955', 'issue', 'complaint', 'other', 'Token/Role based access controls breaks OpenAps ns-upload-entries\n\ncan it be that pull Request nightscout/cgm-remote-monitor#1868 (Token/Role based access controls) caused the uploading of Dexcom cgm entries to fail with Nightscout@0.9.0-beta3\n\n> %ns-upload-entries cgm/cgm-glucose.json\n> {"status":401,"message":"Unauthorized","description":"Invalid/Missing"}', False),
    ('https://github.com/nightscout/cgm-remote-monitor/issues/1955', 'issue', 'other', 'other', 'Are you still seeing a problem with this?  If openaps is using your api-secret any requests should be authorized', False),
    ('https://github.com/StephenBlackWasAlreadyTaken/xDrip/issues/204', 'issue', 'other', 'other', 'Trying to upload local (offline)\n\nI am trying to use OPENAPS OFFLINE with XDRIP + dexcom g4share.\nUntil today I am using xdrip upload directly to my nightscout URL and work fine.\nI want work offline, so I try more than 6 times of the tutorial', False),
    ('https://github.com/StephenBlackWasAlreadyTaken/xDrip/issues/204', 'issue', 'other', 'other', 'resolved.\n\nI am using TOKEN in nightscout.\nSo i need to change to api secret. And now is working upload offline', False),
    ('https://github.com/nightscout/nightscout.github.io/issues/242', 'issue', 'complaint', 'other', "xDrip follower device receives 401 error and no sensor data from Nightscout\n\nHi, and thank you for your work on Nightscout.\nI'm having an issue getting sensor data on a follower device using xDrip.", False),
    ('https://github.com/JohanDegraeve/xdripswift/issues/636', 'issue', 'complaint', 'other', 'Nightscount: URL + token returns 401 unauthorized\n\n### Current Behavior:\nAdding the nightscout URL + token returns unauthorized access when veriyfing the app url.', False),
    ('https://github.com/JohanDegraeve/xdripswift/issues/636', 'issue', 'other', 'other', 'Can you reproduce this with NS services other than Nightscout Pro?', False),
    ('https://github.com/timoschlueter/nightscout-librelink-up/issues/96', 'issue', 'complaint', 'other', "Uploading values to nigtscoutpro fails\n\nI've deployed the script on heroku and pulling the values from librelink seems to work but I'm getting an auth error trying to upload to nightscout. \n\nI'm running a hosted nightscout instance on nightscoutpro.com. I've already double checked the credentials and tried disabling HTTPS.", False),
    ('https://github.com/wakatime/vscode-wakatime/issues/344', 'issue', 'complaint', 'other', "Wakatime not updating/showing all activity in dashboard.\n\nAm experiencing this weird issue.\nThe coding activities just stopped updating on the web dashboard, it's as if am not doing anything, but when I go to plugin status I can actually see my IDE(s) updated as used.", False),
    ('https://github.com/wakatime/vscode-wakatime/issues/344', 'issue', 'complaint', 'other', 'Same exact problem. My wakatime is offline for whole week or two now. Was deleting ~/.weakatime multiple times, no effect', False),
    ('https://github.com/wakatime/vscode-wakatime/issues/282', 'issue', 'complaint', 'other', 'No activity shown for past 14 days\n\nI use wakatime across VS Code and Android Studio. It was working fine when I last checked around June 10, 2022. I noticed it yesterday that there is no activity shown for the last 14 days in my dashboard. I reinstalled both the extensions but still it does not seem to work.', False),
    ('https://github.com/wakatime/vscode-wakatime/issues/282', 'issue', 'other', 'none', "Does the status bar change from `Initialized` to something else when you save some changes in a file?\n\nYou should turn on debug mode and check your vscode dev console, and `~/.wakatime.log` file. Most likely it's a networking issue but we won't know for sure until checking the logs:", False),
    ('https://github.com/wakatime/atom-wakatime/issues/55', 'issue', 'complaint', 'other', "Code activity still stopped\n\nOS: ubunut 14.04 LTS\nWakatime still doesn't work on my pc, I think there is a huge problem.\n~/.wakatime.log is empty also. Today I checked the wakatime website and there was no tracked time in my profile, so I lost whole day codign activity :angry:", False),
    ('https://github.com/wakatime/atom-wakatime/issues/55', 'issue', 'other', 'other', 'Today I change my timezine in my wakatime profile, may it cause problem?', False),
    ('https://github.com/wakatime/atom-wakatime/issues/55', 'issue', 'other', 'none', "Changing the timezone won't cause any problems, the only thing it could do is make your dashboard load slow the first time because your coding activity won't be cached in the new timezone yet.", False),
    ('https://github.com/wakatime/vscode-wakatime/issues/392', 'issue', 'complaint', 'none', 'I think I also encountered this problem, starting today with the following error log in console:', False),
    ('https://github.com/PipedreamHQ/pipedream/issues/15271', 'issue', 'complaint', 'other', "Toggl Track\n\n### Summary:\nUntil Jan 10th it worked, not anymore\n\n### Details:\nEntries from January 11th are not registered. I tried to erase the trigger and configure again, but it's stuck in an endless loop searching for new events (time entries).", False),
    ('https://github.com/toggl/track-extension/issues/630', 'issue', 'complaint', 'other', 'Capsule integration no longer working with Toggl button\n\nDesk case:323478\n\n"Why has Toggl stopped working with Capsule? I subscribed as i found that the toggl button in the individual cases on Capsule easy to use and to monitor staff time. Can you advise if this is likey to be fixed? "', False),
    ('https://github.com/toggl/track-extension/issues/630', 'issue', 'other', 'none', 'Unable to reproduce. Integration seems to be working ok. I informed the user how to check their setup.', False),
]
