# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 300 (mine-near7): the complaint share of the near-miss topic - threads where a
# real connection/sync/credential failure is reported now, kept together with the near
# misses that live in the same threads (maintainer questions and advice, "works now",
# "my mistake", "all is well!", "Bingo! Thank you", "Should be fixed in 1.1").
# Issue voice only, from repositories/threads no earlier batch used: Trakt scrobblers
# (scrobblex, trakt-scrobbler, Plex-Trakt-Scrobbler, Stremio core and an AI-search
# add-on), Readwise/Zotero bridges (Memex, readwise-mirror, Zotero2Readwise-Sync), YNAB
# importers (bunq2ynab, ynab-sdk-ruby, wxt9861/ynab, bank2ynab, ynam), a FinTS->Firefly
# importer, todoist-habitica-sync, javastravav3api, googlefitbit, OutlookGoogleCalendarSync,
# a BandHealthBridge app, Fluent Search settings sync, Samsung Notes sync on a Galaxy Book
# mask, OpenPhoto mobile, Epicenter, a WeRead Obsidian plugin and a GPT key reseller
# (Chinese rows).
# Complaints: "API-Key is not being recognized", "subsequent syncs ... some sort of token
# error", "Unauthorized (YNAB::ApiError)", "401 - API access token missing", "Status code
# is 401 ... Unauthenticated", "Re-authenticate fixed the issue but it needs to be done
# every day", "it needs reauthenticating every few days", "I'm having the same problem"
# (+1), "同样的报错" (+1, "same error"), "报错token失效" ("token invalid" after login).
# Near misses in the same threads: "I resolved the issue by using Project API keys",
# "It was my fault. I didn't set the 'scope'", "It seems to be working now. However, this
# issue recurs every now and then" (other: works now), "Ok, embarrassingly, it appears to
# work now", "you need to restart the scrobbler", "How are you passing in the Personal
# Access Token?", "该问题大概率是由于错误的使用方式" ("most likely wrong usage").
# Doubts: Stremio-core #864 opens as a request ("Please work on the trakt scrobbling") but
# reports re-authorising every few days - complaint. stremio-ai-search #80 is a bot-filed
# bug report asking how to avoid daily re-authentication - complaint (asks to re-authorise
# again and again). bunq2ynab #38 fails at set-up with a token-format error - complaint
# (credentials rejected while connecting). googlefitbit #13 fails on the first
# authorisation ("state token is invalid or has expired") - complaint. The Memex follow-up
# "For me the sync still does not work" is a +1 - complaint. kellwinr/galaxybook_mask #45
# (Samsung Notes sync with Samsung's cloud through a device mask) and photo/mobile-android
# #297 ("I can't sync") are read as app-to-server sync - complaint. Integration 'other'
# where the excerpt names the product (Trakt, Readwise, YNAB, Habitica/Todoist, Strava,
# Fitbit, Google, Microsoft, Firefly, Zotero, WeChat), else 'none'. Language-tagged rows:
# zh (5). No exposure.
ROWS = [
('https://github.com/EpicenterHQ/epicenter/issues/93', 'issue', 'complaint', 'none', 'API-Key is not being recognized\nEven when using a correct API-key I get the following error:\n"Something went wrong. Please verify that your API Key in settings is correct."\n\nI\'ve tried multiple API keys, and checked for white space characters. Everything is working on my side.', False),
('https://github.com/EpicenterHQ/epicenter/issues/93', 'issue', 'other', 'none', 'I resolved the issue by using "Project API keys" instead of the default API keys.', False),
('https://github.com/EpicenterHQ/epicenter/issues/93', 'issue', 'other', 'none', 'Awesome, happy to hear!!', False),
('https://github.com/bandapps/bandapps.github.io/issues/7', 'issue', 'complaint', 'none', "Bug\nThe initial sync seemed to go OK. But after that subsequent syncs we're company by some sort of token error. The error goes by really fast and is hard to read.", False),
('https://github.com/bandapps/bandapps.github.io/issues/7', 'issue', 'other', 'none', "Hey AGPVEN,\nI think I've isolated the problem, it got through my beta test. I'll be putting a version into the review queue soon", False),
('https://github.com/bandapps/bandapps.github.io/issues/7', 'issue', 'other', 'none', 'Great...thx', False),
('https://github.com/bandapps/bandapps.github.io/issues/7', 'issue', 'other', 'none', 'Should be fixed in 1.1. apologies!', False),
('https://github.com/adirh3/Fluent-Search-Tasks/issues/12', 'issue', 'complaint', 'other', 'Sync not working\nI am logged in to Microsoft. It says Unable to sync but when I click on the button, it says it synced. If I click on sync on my other computer, it say it is synced but the latest settings are not imported.', False),
('https://github.com/kellwinr/galaxybook_mask/issues/45', 'issue', 'complaint', 'none', 'uggh it wont work, tried so hard, randomly worked today somehow for a minute and synced but now not syncing anymore.', False),
('https://github.com/photo/mobile-android/issues/297', 'issue', 'complaint', 'none', "Sync doesn't work\nI can't sync. I have a Nexus 4. I come from germany.\n\nWhich other informations do you need?", False),
('https://github.com/radeklat/todoist-habitica-sync/issues/36', 'issue', 'complaint', 'other', 'Frequent API access issues\nI keep getting the following error messages from the interface:\n[ERROR]: Unexpected network error: 401 Client Error: Unauthorized for url: https://habitica.com/api/v3/tasks/[task ID?]/score/up\nThe Todoist API seems to be working fine, but the Habitica side is not syncing with the tool at all lately.', False),
('https://github.com/radeklat/todoist-habitica-sync/issues/36', 'issue', 'other', 'none', "Hello @gkronisch. I'm sorry to hear about the sync not working. There might have been a change in the API. I'm on a vacation at the moment without a computer. So the earliest I can have a look is from 30 May onwards.", False),
('https://github.com/radeklat/todoist-habitica-sync/issues/36', 'issue', 'other', 'none', 'No worries @radeklat! Thank you for your reply. It seems to be working now. However, this issue recurs every now and then, seemingly at random, so it may be good to figure out what is causing it and whether that cause can be avoided.', False),
('https://github.com/danshannon/javastravav3api/issues/140', 'issue', 'complaint', 'other', "401 Unauthorized while uploading an activity\nHello,\nI've got 401 Unauthorized when I do strava.upload(...) with AuthorisationScope.WRITE.", False),
('https://github.com/danshannon/javastravav3api/issues/140', 'issue', 'other', 'other', '@Daszczu can you give me rest of the text (off to the right of your second screenshot) after "401 Unauthorized : StravaResponse [" - that\'s the actual error message coming back from Strava and it should help working out what\'s wrong', False),
('https://github.com/danshannon/javastravav3api/issues/140', 'issue', 'other', 'none', "Yeah, just as I thought. It was my fault. I didn't set the 'scope' to 'write' while requesting access token.", False),
('https://github.com/simonbromberg/googlefitbit/issues/13', 'issue', 'complaint', 'other', 'State token invalid or expired\nI\'m going through the process of loading this code and everything goes as expected until I go to the authorize part. It goes to the fitbit page with \'heart rate\', \'activity and exercise\', and \'profile\' where you can deny or allow. Upon clicking \'allow\'. This error appears: \n"The state token is invalid or has expired. Please try again."', False),
('https://github.com/simonbromberg/googlefitbit/issues/13', 'issue', 'other', 'none', "Doesn't look like something specific to this library. \nHave you tried it more than once?", False),
('https://github.com/simonbromberg/googlefitbit/issues/13', 'issue', 'other', 'none', 'Verify you have followed the instructions correctly. Possible mistake with the the project key / callback URI', False),
('https://github.com/phw198/OutlookGoogleCalendarSync/issues/1205', 'issue', 'complaint', 'other', 'Authorisation token invalid\n**Problem Description**  \n\\App worked on first machine. App doesn\'t work on second machine. On second machine, receiving "Authorisation token invalid" error. "Your Google authorisation token needs updating. The process to reauthorise access to your Google account will now begin...". I\'ve tried multiple ways to reauthorize. Website indicates authorization is successful, but not app.', False),
('https://github.com/ryck/scrobblex/issues/13', 'issue', 'complaint', 'other', "bug: Tract Token Issues\n**Current behavior:**\n\nAfter authorizing the application via my localhost, I'm seeing in the logs that it gets an auth error for the API. The log is as follows:\n\n[2025-07-02 19:03:50] info:     🔑 Getting token...\n\n[2025-07-02 19:03:50] info:     🔐 Token adquired\n\n[2025-07-02 19:04:21] info:     🔑 Getting token...\n\n[2025-07-02 19:04:21] error:    ❌ Auth API error: Request failed with status code 400\n\n[2025-07-02 19:04:21] error:    ❌ No tokens found!", False),
('https://github.com/iamkroot/trakt-scrobbler/issues/234', 'issue', 'complaint', 'other', "[BUG] Scrobbles unsuccesful, being discarded\nI believe the Trakt API is back online now, but I'm having issues scrobbling. To troubleshoot, I revoked my TraktScrobbler access from my account at https://trakt.tv/oauth/authorized_applications and successfully ran trakts auth --force \n\nHowever, my logs show:\n\n```\n2022-12-22 06:47:39,054 - DEBUG - scrobbler - utils - Response: <Response [401]>\n2022-12-22 06:47:39,054 - WARNING - scrobbler - scrobbler - Scrobble unsuccessful. Discarding it.\n\n```", False),
('https://github.com/iamkroot/trakt-scrobbler/issues/234', 'issue', 'other', 'none', 'After revoking and re-running the auth, you need to restart the scrobbler for the changes to take effect: `trakts start -r`', False),
('https://github.com/iamkroot/trakt-scrobbler/issues/234', 'issue', 'other', 'none', 'Thanks. I had restarted after reauthorizing (and before posting my issue), but it didn’t make a difference. I just now force reauthorized a 2nd time, restarted the scrobbler and all is well!', False),
('https://github.com/Stremio/stremio-core/issues/864', 'issue', 'complaint', 'other', "Trakt Scrobbling\nPlease work on the trakt scrobbling. I'm aware that there's currently some new issues with trakt api, but there were already issues anyway. \n\nI'm not sure how it all works but I think stremio needs to talk to the trakt api more often\n\nThe authentication too, it needs reauthenticating every few days up to every week, seems to be random.", False),
('https://github.com/trakt/Plex-Trakt-Scrobbler/issues/581', 'issue', 'complaint', 'other', 'Broken authentication since Friday, 13/11.\nHi,\n\nI noticed my trakt account stopped getting updates around friday, so i assumed something went wrong with my server, so i went ahead and revoked access from trakt then added it again. However whenever i try to add new PIN. i keep getting this error. and PIN in Traktv never updates to being used. Jellyfin integration works no problem.', False),
('https://github.com/itcon-pty-au/stremio-ai-search/issues/80', 'issue', 'complaint', 'other', '[Bug Report] Trakt integration authentication\n**Error Details:**\n```\nSearch starting with "recommend" returned results with watched movies in Trakt. Re-authenticate fixed the issue but it needs to be done every day.\n```\n\n**Description:**\nIs there a way to avoid having to re-authenticate Trakt every day?', False),
('https://github.com/itcon-pty-au/stremio-ai-search/issues/80', 'issue', 'other', 'none', 'Looking into this. Thanks for reporting.', False),
('https://github.com/itcon-pty-au/stremio-ai-search/issues/80', 'issue', 'other', 'none', 'This is now implemented. Tokens will be automatically refreshed if expired and you need not re-authenticate every day. However once in 90 days, you will still need to re-authenticate via the addon config page.', False),
('https://github.com/WorldBrain/Memex/issues/1213', 'issue', 'complaint', 'other', 'Readwise does not sync\n1. __Can you describe the problem and bug in more detail?__\n\nI copied my API key and it says that its active and uploading annotations, but it does not appear in Readwise.', False),
('https://github.com/WorldBrain/Memex/issues/1213', 'issue', 'complaint', 'none', 'For me the sync still does not work, I tried with Windows and Mac and different browsers.', False),
('https://github.com/jsonMartin/readwise-mirror/issues/53', 'issue', 'complaint', 'none', "Not syncing, but no errors\nHi there, I haven't been able to sync since Mar 24.\n\nI used the commands to test the token (good) and initiate sync, which brought up the message that it was checking for new stuff since Mar 24, then the message went away and nothing followed it, success or error.", False),
('https://github.com/jsonMartin/readwise-mirror/issues/53', 'issue', 'other', 'none', "Do you have an error message in the console.log? Usually if there is nor error / success message, it's because an exception during a sync run in the plugin caused a crash. That should be visible in the console.", False),
('https://github.com/jsonMartin/readwise-mirror/issues/60', 'issue', 'complaint', 'other', '[ISSUE] Activation does work; API key isn\'t being fetched from ReadWise.\nI\'ve installed readwise-mirror and tried to "Authenticate with Readwise".\n\nThe browser redirects to ReadWise, but the web site reports an error.\n\nThere is an API key in the plugin settings, but sync doesn\'t do anything.', False),
('https://github.com/jsonMartin/readwise-mirror/issues/60', 'issue', 'other', 'none', 'Ok, embarrassingly, it appears to work now. Thanks for the support.\n\nIt might be worth adding to the setting page a note telling users to expect the error on the Readwise page.', False),
('https://github.com/jsonMartin/readwise-mirror/issues/60', 'issue', 'other', 'none', 'Thanks for reporting back, and for your patience. Glad to hear it works now.', False),
('https://github.com/wesselt/bunq2ynab/issues/38', 'issue', 'complaint', 'other', "Error in Personal Access Tokens from YNAB\nHi! \n\nFirst of all, thanks for this project. I've seen it work at a friends house and it looks amazing.\nNow i'm trying to set it up. When i get to the test phase it gives me this error.", False),
('https://github.com/ynab/ynab-sdk-ruby/issues/42', 'issue', 'complaint', 'other', 'Base usage + examples not working?\nI checked my Personal Access Token twice, and even generated a new one, and each time I get: "`call_api\': Unauthorized (YNAB::ApiError)".\n\nFrom the command line, with CURL, my token works.\n\nCan you please help?', False),
('https://github.com/ynab/ynab-sdk-ruby/issues/42', 'issue', 'other', 'none', 'Hi @skeud -\n\nHow are you passing in the Personal Access Token?', False),
('https://github.com/wxt9861/ynab/issues/7', 'issue', 'complaint', 'none', "API Access Not Working\nI'm seeing the same issue as previously, on the latest release...no info except that the token doesn't work. Even created a new token and doesn't work.", False),
('https://github.com/wxt9861/ynab/issues/7', 'issue', 'complaint', 'none', "I'm having the same problem.  I hope this gets fixed/updated soon!", False),
('https://github.com/wxt9861/ynab/issues/7', 'issue', 'other', 'none', "I just remembered we had this issue previously and it was due to a dependency package. I see they have new version available. I'll bump up dependency tomorrow or so and lets see if it solves the problem.", False),
('https://github.com/bank2ynab/bank2ynab/issues/380', 'issue', 'complaint', 'none', 'ERROR: 401 - API access token missing\nI have followed your instructions to the letter, including making sure there is a space either side of the = sign in my user_configuration.conf.template, but I am still getting "ERROR: 401 - API access token missing etc".', False),
('https://github.com/bank2ynab/bank2ynab/issues/380', 'issue', 'other', 'none', 'Hi!\nMake sure your edited file is named "user_configuration.conf", without the\n".template" ending. Let us know if that didn\'t resolve the issue.', False),
('https://github.com/bank2ynab/bank2ynab/issues/380', 'issue', 'other', 'none', 'Bingo! Thank you so much for putting all of this together.', False),
('https://github.com/snowskeleton/ynam/issues/41', 'issue', 'complaint', 'none', "Crash during ynam --quickstart\nI'm getting the following crash when trying to run `ynam --quickstart`:\n\n```\nWARNING:ynam:Found error {'id': '401', 'name': 'unauthorized', 'detail': 'Unauthorized'} in response body.", False),
('https://github.com/bnw/firefly-iii-fints-importer/issues/91', 'issue', 'complaint', 'other', 'Unauthorized since this month\nI recently moved states in Germany and paused my monthly Firefly import.\n\nSadly my bank is now returning: \n```\nStatus code is 401. Body is: {"message":"Unauthenticated","exception":"AuthenticationException"}\n```\n\nI didn\'t change anything in my setup.', False),
('https://github.com/bnw/firefly-iii-fints-importer/issues/91', 'issue', 'other', 'none', 'Hm, are you using the config-yaml file? If yes, could you try to run the import without that file, entering all data as you go?\nDuring which step of the import, did this error occur?', False),
('https://github.com/chatanywhere/GPT_API_free/issues/135', 'issue', 'complaint', 'other', 'Zotero invalid_api_key\n您好，刚刚申请了Key 但是一次没有用就显示invalid_api_key', False, 'zh'),
('https://github.com/chatanywhere/GPT_API_free/issues/135', 'issue', 'other', 'none', '该问题大概率是由于错误的使用方式，请正确设置接入点url', False, 'zh'),
('https://github.com/e-alizadeh/Zotero2Readwise-Sync/issues/12', 'issue', 'complaint', 'other', '403 Forbidden accessing Zotero API\nMy last successful sync was a week ago.\n\nRunning the local version of Zotero2Readwise, I can see an error accessing my API:', False),
('https://github.com/zhaohongxuan/obsidian-weread-plugin/issues/151', 'issue', 'complaint', 'other', '微信登录成功后，点击同步信息，报错token失效，重复登陆还是报错', False, 'zh'),
('https://github.com/zhaohongxuan/obsidian-weread-plugin/issues/151', 'issue', 'other', 'none', '重新扫码登录也不行吗？是在不行的话就把插件卸载了重新登录试试，我自己在macOS上测试，过了几个星期Cookie都会自动刷新的。', False, 'zh'),
('https://github.com/zhaohongxuan/obsidian-weread-plugin/issues/151', 'issue', 'complaint', 'none', '同样的报错', False, 'zh'),
]
