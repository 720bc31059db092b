# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 273 (mine-short2): issue voice, SHORT chat-like replies about logins to third-party
# services, API tokens, webhooks and third-party APIs going down, from GitHub repositories no
# earlier batch used (found with the `issues` search corpus; texts copied from the thread
# excerpts, one comment per row, trimmed but not reworded). Sources: an Obsidian->Trello
# plugin, a Kodi add-on login (cmik.xbmc), a Splatoon stats app (squid-tracks), small public
# APIs that return 503 (letsvalidate, CodeX, quotable, somascrobbler, OSRM demo, Carbon-API,
# json-tagger), Steam tools (SteamDesktopAuthenticator, idle_master_extended), BookLiveRipper,
# BeUnblurred, Spotify Connect clients (Volumio plugin, raspotify, spot, the HA add-on), a
# Bluesky client (akari), the Nextcloud Passwords extension, VS Live Share sign-in, Skoda
# Connect, a FoE helper extension, OpenML, Tuya via Homebridge and Homey, Telegram bot
# libraries (php-telegram-bot, botgram, chatgpt-telegram, Telegram.Bot), Zapier/Pabbly
# requests and an ETA question.
# Complaints are one-liners that only read as complaints in their thread: "same thing",
# "Yeah tried everything won't work.", "does not work", "I have the same issue. Reboot
# fixes it", "Have this issue as well, Fedora Silverblue 35",
# "It looks like the API is down again :(", "Any new update?" (on a login-failure thread),
# "Big sadge", "Asking for signIn again And again", "that's fixed but still not working :(".
# Near misses in the same threads: "fixed in 1.3.3", "tyvm :D", "thanks its fixed",
# "Thx cmik all good", ":( up again", "Thanks looking it", "Try it again.", "Check: #307",
# "Fixed by simply reinstallling", "Works now again after the new update", "Well, its
# working again now.", "Ah my bad, renewing the bot's token solved the issue.", "sorry, i
# found problem in my code .", maintainers asking for logs, a bare "Zapier integration"
# request, "I will be see.", and "May I ask when it would be ready approximately ~ ?".
# Doubts: "Any new update?" by a second user on the cmik login thread is labelled complaint
# (it says the failure persists for them); the akari maintainer's "Mine does log out too ...
# Can you confirm the behavior you are seeing?" is labelled other (a maintainer's question);
# the OpenML "Login broken?" report is other (the site's own login, not a connection between
# two systems); the Azure Static Web Apps thread contributes only its "working again" reply;
# 503s from a third-party public API the writer's code calls are complaints (as earlier
# batches did with "API down?"). Rows that name no product in the excerpt carry 'none' even
# when the repository is about one (Steam, Nintendo, Telegram). Language-tagged rows: es.
# No chat or forum rows: the chat archives not yet used (twiinGG/discord-archive, a DAO
# server) carry no integration talk, and the forum archives found were already mined.
# Bare "Same" / "I'm having the same issue" replies were dropped: the same texts are
# already in the corpus and build.py rejects duplicate texts. No exposure.
ROWS = [
('https://github.com/nathonius/obsidian-trello/issues/48', 'issue', 'complaint', 'other', "The obsidian rejected your token\nMy API token was newly created for this plugin, but when I connect, this plugin give an alert saying \"the obsidian rejected your token.\"", False),
('https://github.com/nathonius/obsidian-trello/issues/48', 'issue', 'other', 'none', "Fixed by simply reinstallling", False),
('https://github.com/nathonius/obsidian-trello/issues/48', 'issue', 'other', 'none', "This should be fixed now. #51", False),
('https://github.com/cmik/cmik.xbmc/issues/48', 'issue', 'complaint', 'none', "Login error v1.30\nLogin errors using  V1.30 . .", False),
('https://github.com/cmik/cmik.xbmc/issues/48', 'issue', 'complaint', 'none', "same thing", False),
('https://github.com/cmik/cmik.xbmc/issues/48', 'issue', 'complaint', 'none', "Yeah tried everything won't work.", False),
('https://github.com/cmik/cmik.xbmc/issues/48', 'issue', 'other', 'none', "Hi,\nDo you have logs?\nI’ll check tonight.\nI’ll keep you posted.\nThanks", False),
('https://github.com/cmik/cmik.xbmc/issues/48', 'issue', 'complaint', 'none', "Any new update?", False),
('https://github.com/cmik/cmik.xbmc/issues/48', 'issue', 'other', 'none', "I've pushed version 1.3.1 to fix the login issue.", False),
('https://github.com/cmik/cmik.xbmc/issues/48', 'issue', 'other', 'none', "thanks its fixed", False),
('https://github.com/cmik/cmik.xbmc/issues/48', 'issue', 'other', 'none', "Thx cmik all good", False),
('https://github.com/hymm/squid-tracks/issues/206', 'issue', 'complaint', 'none', "Login is broken again?\nThe login doesn't work again instantly logs you out when you log in.", False),
('https://github.com/hymm/squid-tracks/issues/206', 'issue', 'other', 'none', "fixed in 1.3.3", False),
('https://github.com/hymm/squid-tracks/issues/206', 'issue', 'other', 'none', "tyvm :D", False),
('https://github.com/letsvalidate/api/issues/6', 'issue', 'complaint', 'none', "This happens often... The so-called 'status tracker' doesnt work and shows the service as being up still. The API is down for me too.", False),
('https://github.com/letsvalidate/api/issues/6', 'issue', 'other', 'none', "It works fine now. Tks @hbakhtiyor", False),
('https://github.com/letsvalidate/api/issues/6', 'issue', 'complaint', 'none', "Hello, I am getting the 503 error when trying to use the API. Are there any updates to trying to keep it from going down often?", False),
('https://github.com/letsvalidate/api/issues/6', 'issue', 'other', 'none', "now works, looks like auto restarting doesn't work :)", False),
('https://github.com/letsvalidate/api/issues/6', 'issue', 'complaint', 'none', "It looks like the API is down again :(", False),
('https://github.com/letsvalidate/api/issues/6', 'issue', 'other', 'none', ":( \nup again", False),
('https://github.com/Jaagrav/CodeX/issues/17', 'issue', 'complaint', 'none', "Unable to access API\nApi Is down and receiving error code:\n\n response: {\n    status: 503,\n    statusText: 'Service Unavailable',", False),
('https://github.com/Jaagrav/CodeX/issues/17', 'issue', 'other', 'none', "@basura-persistent  bro now its working thank @Jaagrav for this epic api", False),
('https://github.com/Jaagrav/CodeX/issues/17', 'issue', 'other', 'none', "Yes sorry API is working now. I appreciate you @Jaagrav . This API is a key part of my research project", False),
('https://github.com/lukePeavey/quotable/issues/157', 'issue', 'complaint', 'none', "API is down\nHi 👋 \nI am trying to request API but it is returning 503", False),
('https://github.com/lukePeavey/quotable/issues/157', 'issue', 'other', 'none', "Thanks looking it", False),
('https://github.com/lukePeavey/quotable/issues/157', 'issue', 'other', 'none', "Thanks! 👍 \nNice work", False),
('https://github.com/maxkueng/somascrobbler/issues/7', 'issue', 'complaint', 'none', "API down?\nStarting today, I haven't been able to connect a socket to the scrobbler API.", False),
('https://github.com/maxkueng/somascrobbler/issues/7', 'issue', 'other', 'none', "Yeah, I'm working on it. Has to do with #6.", False),
('https://github.com/maxkueng/somascrobbler/issues/7', 'issue', 'other', 'none', "It's fixed and works again :tada:", False),
('https://github.com/Project-OSRM/osrm-backend/issues/4392', 'issue', 'complaint', 'none', "Getting 503 responses for the API requests\nIt looks like the API is returning 503 for the demo site and any other API request I use. Just an FYI", False),
('https://github.com/Project-OSRM/osrm-backend/issues/4392', 'issue', 'other', 'none', "Looks like this has been fixed", False),
('https://github.com/cyberboysumanjay/Carbon-API/issues/14', 'issue', 'complaint', 'none', "Error 503\nMy code was working fine until recently when I kept getting Error 503. I was wandering if this was because of server problems?", False),
('https://github.com/cyberboysumanjay/Carbon-API/issues/14', 'issue', 'other', 'none', "Probably it is because my Heroku Dynos monthly limit is over. It should start working from next month.", False),
('https://github.com/cyberboysumanjay/Carbon-API/issues/14', 'issue', 'other', 'none', "The API is up now!\nClosing this issue for now", False),
('https://github.com/EmilStenstrom/json-tagger/issues/2', 'issue', 'other', 'none', "I appreciate the reports of the service being down, but a little more information would be helpful, so I can make the most of my (limited) time working on this.", False),
('https://github.com/Azure/static-web-apps/issues/380', 'issue', 'other', 'none', "Well, its working again now.", False),
('https://github.com/Jessecar96/SteamDesktopAuthenticator/issues/826', 'issue', 'complaint', 'none', "1.0.11 no Login possible\nafter updating i cant refresh logins on any account.", False),
('https://github.com/Jessecar96/SteamDesktopAuthenticator/issues/826', 'issue', 'complaint', 'none', "does not work\n(http://prntscr.com/7FIGM4DfD2YK)", False),
('https://github.com/Jessecar96/SteamDesktopAuthenticator/issues/826', 'issue', 'other', 'none', "Downgrade to 1.0.10 just Download and Copy files  from the old version in the Folder, it works again after Downgrading", False),
('https://github.com/Jessecar96/SteamDesktopAuthenticator/issues/826', 'issue', 'complaint', 'none', "done all the shit (downgrading and trying vpn and others still give errorr for openning confirmation page and ask to relogin and when i want to do so it gives general failure error)", False),
('https://github.com/jonas-med-ett-s/idle_master_extended/issues/334', 'issue', 'complaint', 'none', "I cant login too. I just enter my log&password and click LOGIN.. nothing heppens. Solve this pls..", False),
('https://github.com/jonas-med-ett-s/idle_master_extended/issues/334', 'issue', 'complaint', 'none', "Can't login with cookie method since yesterday evening EU time. Versions 1.7 , 1.8beta. Chrome & Firefox", False),
('https://github.com/jonas-med-ett-s/idle_master_extended/issues/334', 'issue', 'complaint', 'none', "i have the same problem with this method as well", False),
('https://github.com/jonas-med-ett-s/idle_master_extended/issues/334', 'issue', 'other', 'none', "Check: #307", False),
('https://github.com/jonas-med-ett-s/idle_master_extended/issues/123', 'issue', 'complaint', 'none', "con la nueva version no me inicia sesion, ni poniendo mis datos ni con el inicio rapido!", False, 'es'),
('https://github.com/jonas-med-ett-s/idle_master_extended/issues/123', 'issue', 'other', 'none', "@mathii0202 I'm not sure what you mean. Can you provide a screenshot of the issue?", False),
('https://github.com/Sinflower/BookLiveRipper/issues/1', 'issue', 'complaint', 'none', "Login functionality broke\nAs the title says. Big sadge.", False),
('https://github.com/Sinflower/BookLiveRipper/issues/1', 'issue', 'other', 'none', "New release up, should fix the login problem", False),
('https://github.com/Sinflower/BookLiveRipper/issues/1', 'issue', 'other', 'none', "Thanks man, I appreciate the quick follow-up.", False),
('https://github.com/macedonga/beunblurred/issues/85', 'issue', 'complaint', 'none', "Log in broken again\nIs there a previous version known to work to get token for site? I had used a version from earlier last year previously when website broke, but that's not working either now.", False),
('https://github.com/balbuze/volumio-plugins/issues/152', 'issue', 'complaint', 'other', "Volumio disconnects from Spotify Connect\nAfter installing the plugin Volumio appears on Spotify Connect. However after a while of not using it, it will disconnect and not able to see it until I disable/enable the plugin.", False),
('https://github.com/balbuze/volumio-plugins/issues/152', 'issue', 'complaint', 'none', "It happens to me from time to time. \n\nI thought it was my Pi's wifi not stable, disconnect all the time.", False),
('https://github.com/balbuze/volumio-plugins/issues/152', 'issue', 'other', 'none', "Yes, this is a current limitation of the underlying librespot library we use - it doesn't handle disruptions form the network well.", False),
('https://github.com/dtcooper/raspotify/issues/70', 'issue', 'complaint', 'other', "Connecting\nIt worked fine until a few minutes it just dropped connection.\nWhen i select it again in Spotify IOS app it says connecting and then fails.\nReboot of the raspberry pi did not solve it.", False),
('https://github.com/dtcooper/raspotify/issues/70', 'issue', 'other', 'none', "Works now again after the new update", False),
('https://github.com/xou816/spot/issues/351', 'issue', 'complaint', 'none', "Have this issue as well, Fedora Silverblue 35", False),
('https://github.com/xou816/spot/issues/351', 'issue', 'complaint', 'none', "Only happens after long periods of suspension for me. I wake up the computer, and then I try to play something and nothing plays, and then I restart spot and it prompts me for my login.", False),
('https://github.com/hassio-addons/app-spotify-connect/issues/12', 'issue', 'complaint', 'other', "Lost connection after some time\nAfter some time (5-10minutes) I am no longer able to use Spotify connect. If I play music when it happens it continues to play chached music then stops. Logs only states “connection reset by peer”", False),
('https://github.com/akari-blue/akari/issues/130', 'issue', 'complaint', 'other', "Session auto logs out\nAt least once a day my s session is logged out, requiring a new password from in Bluesky.", False),
('https://github.com/akari-blue/akari/issues/130', 'issue', 'other', 'none', "Mine does log out too after a day or so, but I just have to reauthenticate, I don't need a new password/key. Can you confirm the behavior you are seeing?", False),
('https://github.com/akari-blue/akari/issues/130', 'issue', 'complaint', 'none', "Hi! Yes about once per day I'll get logged out and asked to sign in again.", False),
('https://github.com/marius-wieschollek/passwords-webextension/issues/281', 'issue', 'complaint', 'none', "I've got the same problem for weeks now... Apart from that it's a great app. It's only annoing having to enter my password twice or thrice...", False),
('https://github.com/microsoft/live-share/issues/3858', 'issue', 'complaint', 'none', "Authentication Error\nIssue Type: <b>Bug</b>\n\nAsking for signIn again And again", False),
('https://github.com/microsoft/live-share/issues/3858', 'issue', 'other', 'none', "Hey @hussain0811  thanks for reporting this issue. Could you please attach logs from your session as they will help us investigate!", False),
('https://github.com/skodaconnect/homeassistant-skodaconnect/issues/114', 'issue', 'complaint', 'none', "Retrying setup: API token request returned with status code 401\n**Describe the bug**\nSeams the legacy API is no longer handled correct", False),
('https://github.com/mainIine/foe-helfer-extension/issues/2909', 'issue', 'complaint', 'none', "API token not created\nThere seems to be an issue with linking my account and therefore not generating an API token.\nThis is the only server I play on.", False),
('https://github.com/mainIine/foe-helfer-extension/issues/2909', 'issue', 'other', 'none', "Try it again.", False),
('https://github.com/openml/OpenML/issues/441', 'issue', 'other', 'none', "Login broken?\nIssue name should explain the issue pretty well. I tried with Firefox and Chromium. There's no error message or any further information which I could post.", False),
('https://github.com/openml/OpenML/issues/441', 'issue', 'other', 'none', "Fixed since this morning :). Thanks for reporting.", False),
('https://github.com/prasad-edlabadka/homebridge-tuya-ir/issues/90', 'issue', 'complaint', 'other', "'error token invalid' about weekly\nAbout every week I have to restart my homebridge server due to a 'error token invalid' error from Tuya, causing my Tuya devices to stop working. Is there any workaround known perhaps?", False),
('https://github.com/prasad-edlabadka/homebridge-tuya-ir/issues/90', 'issue', 'other', 'none', "I will look into it.", False),
('https://github.com/prasad-edlabadka/homebridge-tuya-ir/issues/90', 'issue', 'complaint', 'none', "I have the same issue. Reboot fixes it", False),
('https://github.com/athombv/com.tuya/issues/184', 'issue', 'complaint', 'none', "token is expired (Code 1010)\nApp worked fine for weeks. \nNow at every point, with every device, I get this error msg: \"token is expired (Code 1010)\"", False),
('https://github.com/php-telegram-bot/core/issues/494', 'issue', 'other', 'none', "Have you tried resetting your webhook? (unset and set again)", False),
('https://github.com/php-telegram-bot/core/issues/494', 'issue', 'complaint', 'none', "one of my commands was returning nothing, that's fixed but still not working :(", False),
('https://github.com/php-telegram-bot/core/issues/494', 'issue', 'other', 'none', "@BrutalBirdie It was a problem from the hosting bro, nothing wrong with the bot.", False),
('https://github.com/botgram/botgram/issues/14', 'issue', 'other', 'none', "Sorry for this questions, i fixed that by deleted current webhook.", False),
('https://github.com/m1guelpf/chatgpt-telegram/issues/40', 'issue', 'other', 'none', "Ah my bad, renewing the bot's token solved the issue.", False),
('https://github.com/TelegramBots/Telegram.Bot/issues/420', 'issue', 'complaint', 'none', "my web hook app after some days ,stoped suddenly , when i reinvoke new API token and set new token my bot working fine , but , This happens again and again ,\ni'm confused,please help!!", False),
('https://github.com/TelegramBots/Telegram.Bot/issues/420', 'issue', 'other', 'none', "sorry, i found problem in my code .", False),
('https://github.com/mtlynch/whatgotdone/issues/141', 'issue', 'other', 'other', "Zapier integration", False),
('https://github.com/buhe/langchain-swift/issues/108', 'issue', 'other', 'other', "Pabbly Connect Support\nCheaper and better alternative to Zapier.", False),
('https://github.com/buhe/langchain-swift/issues/108', 'issue', 'other', 'none', "I will be see.", False),
('https://github.com/alireza0/s-ui/issues/294', 'issue', 'other', 'none', "Thank you, yet that's amazing to know it would be in the next updates, I thought I could be a help and speed up the procedure; However it makes me feel good to wait for something amazing created by you as a great developer. May I ask when it would be ready approximately ~ ?", False),
('https://github.com/m1guelpf/chatgpt-telegram/issues/40', 'issue', 'complaint', 'other', "`Conflict: can't use getUpdates method while webhook is active [...]`\nWhen running the bot (version 0.2), after logging in via the browser, I get the following output:\n\n```\n2022/12/08 10:17:19 Started ChatGPT\n2022/12/08 10:17:19 Started Telegram bot! Message @######### to start.\n2022/12/08 10:17:19 Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first\n2022/12/08 10:17:19 Failed to get updates, retrying in 3 seconds...\n```", False),
]
