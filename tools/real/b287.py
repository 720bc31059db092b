# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 287 (mine-still5): FOLLOW-UP messages in issue threads about a failing
# connection, sync, login or API key -- the second, third and later comments, each
# excerpted alone, verbatim, beside the opening post of the same thread. Issue voice;
# repositories no earlier batch used (found with the `issues` search corpus, texts
# copied from the thread excerpts): Obsidian Google-Calendar plugins (YukiGasai's
# obsidian-google-calendar, dexin-qi's obsidian-sync-calendar, Sasoon's gcal-sync,
# Cordedmink2's google-sync), homebridge plugins (Govee, FRITZ!Box, Somfy Connexoon),
# Home Assistant custom integrations (Proxmox VE, Engie BE, Petlibro), and small API
# clients (ampcast's Spotify connection, teneo-bot, comic-vine-scraper, Minepacks'
# update check, MariTalk, tgtg-python, SubMusic's Nextcloud/Subsonic sync).
# Complaints here are mostly follow-ups as people write them: "Getting the same
# error.  Brand new OAuth credentials.", "I'm having the same problem.", "Hey there,
# same issue here, I'll be waiting as well!", "By the way, I disabled it for 48h and it
# still doesn't work.", "Attempted using chrome / and safari browser and also was
# blocked ... it's still unfortunately blocked.", "The web interface is working
# properly ... any request is actually raising the 401 error.", "Nothing, "0%" for
# minutes .", a pasted "[GoogleCalendar] Error: Error Google API request"
# stack with no prose. Near misses in the same threads: "Please enable Debug Mode",
# "What do you see in the logs?", "You can log out and login again, just to make
# sure", "Noi it seems to work...", "Yeah, it works fine. Thank you.", "It seems to be
# fixed", "Fixed itself", "seems to be fixed with 07.24-85135 BETA", "Fixed, pull the
# repo again!", "I improved Spotify connectivity in version 0.9.22. Did that help?",
# "the issue got fixed, i was just doing some mistakes", a Google Calendar API that
# "had become disabled", a maintainer blaming Somfy's server, the Govee maintainer
# spotting a wrong password, "I can use those API methods successfully if I were to
# use a new IP", a maintainer reworking the OAuth flow.
# Doubts: the teneo-bot opener is a title plus a screenshot ("Invalid API key") --
# labelled complaint as pasted error text; ampcast's opener accepts re-auth ("which
# is fine") but reports playback silently dying when the Spotify session drops --
# complaint; Minepacks' "API key being rejected" is a GitHub update check, complaint
# (integration none, GitHub only named in the maintainer's reply); the SubMusic
# opener names Nextcloud only as "NC" -- integration other. Follow-ups naming no
# product carry integration 'none' even where the thread is about Google, Govee etc.
# No forum rows (the pages corpus gave documentation, not threads, for this topic).
# No exposure.
ROWS = [
('https://github.com/YukiGasai/obsidian-google-calendar/issues/178', 'issue', 'complaint', 'other', 'Google Events could not be loaded\nI followed step by step your indications, thanks! But when I restart Obsidian the plugin doesn\'t work and it appears the above error: "Google Events could not be loaded". What could I missed? Thanks, Stefano', False),
('https://github.com/YukiGasai/obsidian-google-calendar/issues/178', 'issue', 'complaint', 'other', '[GoogleCalendar] Error: Error Google API request\n    at eval (plugin:google-calendar:25:44286)\n    at Generator.next (<anonymous>)\n    at o (plugin:google-calendar:6:1197)', False),
('https://github.com/YukiGasai/obsidian-google-calendar/issues/178', 'issue', 'other', 'none', 'Please enable Debug Mode in the Settings and check again.', False),
('https://github.com/YukiGasai/obsidian-google-calendar/issues/178', 'issue', 'other', 'none', 'Noi it seems to work...', False),
('https://github.com/YukiGasai/obsidian-google-calendar/issues/178', 'issue', 'complaint', 'none', 'Getting the same error.  Brand new OAuth credentials.', False),
('https://github.com/YukiGasai/obsidian-google-calendar/issues/60', 'issue', 'complaint', 'other', 'Can\'t use the plugin since the last update\nHello!\n\nThank you for your plugin. \nSince the last update (1.8.5), I can\'t display calendars or events (when i click on "List google events" for example). \n\nWhat kind of information can I give to you to help debbuging?', False),
('https://github.com/YukiGasai/obsidian-google-calendar/issues/60', 'issue', 'other', 'none', 'Hi @nicosomb,\nI was not able to reproduce your issue.\nYou can log out and login again, just to make sure.\nPlease turn on the debug option in the settings and open the dev console with `Ctrl` + `Shift` + `i`.', False),
('https://github.com/YukiGasai/obsidian-google-calendar/issues/60', 'issue', 'other', 'none', 'Yeah, it works fine. Thank you.', False),
('https://github.com/YukiGasai/obsidian-google-calendar/issues/64', 'issue', 'other', 'other', 'Apologies - almost as soon as I posted this, I retraced my steps and found that the Google Calendar API had become disabled for some reason and I needed to re-enable it.', False),
('https://github.com/YukiGasai/obsidian-google-calendar/issues/219', 'issue', 'complaint', 'other', 'always tell me "login failed"\nand google events couldn\'t be loaded. And I will need to login again and again all the time.', False),
('https://github.com/YukiGasai/obsidian-google-calendar/issues/149', 'issue', 'complaint', 'none', 'I keep needing to logout and login frequently for the plugin to work.\nWithout any notice, the plugin frequently (~twice a week) stops working. I figured a way to make it work again: I logout and login again in the settings, which is a pain. Any idea why this is happening? Thanks', False),
('https://github.com/YukiGasai/obsidian-google-calendar/issues/149', 'issue', 'complaint', 'none', "I'm having the same problem. Have we done the setup incorrectly? What can we do to help you debug this?", False),
('https://github.com/YukiGasai/obsidian-google-calendar/issues/149', 'issue', 'other', 'none', 'Hi, I am currently reworking the OAuth process as part of my bachelor thesis, that should address this issue. But it will take some more time to finish everything. You can test the updated process from the Branch ba-auth-improvments if you like.', False),
('https://github.com/YukiGasai/obsidian-google-calendar/issues/149', 'issue', 'complaint', 'none', "Hey there, same issue here, I'll be waiting as well!", False),
('https://github.com/dexin-qi/obsidian-sync-calendar/issues/14', 'issue', 'complaint', 'other', "I tried everything and it's still not syncing\nCould anyone who has successfully made it work provide a step-by-step guide on how they managed to do so?\n\nI downloaded the plugin from the community browser and enabled it. Then, I created a project on Google Cloud, enabled the API for Google Calendar, configured the OAuth consent page, created desktop app credentials, downloaded the JSON file, renamed it accordingly, and placed it in the .obsidian file as instructed. However, the syncing is still not functioning properly. Additionally, every time I click the sync button, the consent page opens up and I have to grant permission again.", False),
('https://github.com/Sasoon/obsidian-gcal-sync/issues/13', 'issue', 'complaint', 'other', 'Can\'t Link to Google Account\nGot the following error when I tried to setup my Google Account via the plugin\'s service:\n\n"This app is blocked\n\nThis app tried to access sensitive info in your Google Account. To keep your account safe, Google blocked this access."\n\nWas using the Zen browser.', False),
('https://github.com/Sasoon/obsidian-gcal-sync/issues/13', 'issue', 'other', 'other', "Hmm Google hasn't blocked my project, it's just not verified yet. Can you try with another browser? I just retested auth with Chrome on my end and it worked, I might install Zed and try to replicate this", False),
('https://github.com/Sasoon/obsidian-gcal-sync/issues/13', 'issue', 'complaint', 'none', "Attempted using chrome / and safari browser and also was blocked. I tried restarting Obsidian and it's still unfortunately blocked.", False),
('https://github.com/Cordedmink2/obsidian-google-sync/issues/1', 'issue', 'other', 'none', '@Cordedmink2 the issue got fixed, i was just doing some mistakes, please delete this issue', False),
('https://github.com/Cordedmink2/obsidian-google-sync/issues/1', 'issue', 'other', 'other', 'The issue is that I was using the same client id of the google calendar plugin but this one required creating a custom app name, I thought they were same so applied the same steps but then I properly read the docs and found that we have to create own application for the google api backend for your plugin.', False),
('https://github.com/homebridge-plugins/homebridge-govee/issues/480', 'issue', 'complaint', 'other', "8.02 being disabled by Hoobs\n### What issue do you have? Please be as thorough and explicit as possible.\nTHE GOVEE PLUGIN ISN'T WORKING ANYMORE. SEE LOG. I didn't make any changes to my configuration, and the API key is not included", False),
('https://github.com/homebridge-plugins/homebridge-govee/issues/480', 'issue', 'other', 'other', 'Hi, looks like your govee username and password in the plugin config is incorrect? as the logs state it is failing to login', False),
('https://github.com/homebridge-plugins/homebridge-govee/issues/480', 'issue', 'other', 'none', "Thanks Ben, not sure how that's happened as I never changed my password, but yes, you're correct. Thanks", False),
('https://github.com/andig/homebridge-fritz/issues/157', 'issue', 'complaint', 'other', 'Login failed 07.24-84707 BETA\nHi,\n\nI just had a strange behaviour, that homebridge was running perfectly except the fact, that no device showed up any more.\nIn the log, it turned out, that homebridge-fritz cannot login into the fritzbox any more. (fritzbox Version 07.24-84707 BETA )', False),
('https://github.com/andig/homebridge-fritz/issues/157', 'issue', 'other', 'none', 'seems to be fixed with 07.24-85135 BETA', False),
('https://github.com/yenoiwesa/homebridge-connexoon/issues/76', 'issue', 'complaint', 'other', 'Connexoon plugin failing out\nHello, \nI have this plug in for more then few month and all worked well.\nlast week, it shows no response on my Home app.\nI checked in the homebridge and i getting this message:\n[27/01/2023, 21:32:19] [My Connexoon Hub] Could not login with any of the authentication methods.', False),
('https://github.com/yenoiwesa/homebridge-connexoon/issues/76', 'issue', 'complaint', 'none', 'By the way, I disabled it for 48h and it still doesn’t work.', False),
('https://github.com/yenoiwesa/homebridge-connexoon/issues/76', 'issue', 'other', 'other', "Sorry @cherkover I cannot do anything about this. If the Somfy server returns bad credentials then that is it, I can't know why", False),
('https://github.com/dougiteixeira/proxmoxve/issues/77', 'issue', 'complaint', 'other', 'Always needs re-authentication when started after longer time\nI always have to re-authenticate the integration, after I started my Proxmox server. Maybe there is an automation for that?', False),
('https://github.com/dougiteixeira/proxmoxve/issues/77', 'issue', 'other', 'none', 'What do you see in the logs? In `<your-ha-host>/config/logs`?', False),
('https://github.com/dougiteixeira/proxmoxve/issues/77', 'issue', 'other', 'none', "Today no request for authentication came up and nothing was in the logs. I saw no issues in the logs, maybe there was something faulty on my side. I'll keep an eye on it and report back if necessary.👍🏼", False),
('https://github.com/dougiteixeira/proxmoxve/issues/77', 'issue', 'other', 'none', 'It seems to be fixed. Now it works just fine👍🏼.\nThanks for asking!', False),
('https://github.com/dougiteixeira/proxmoxve/issues/77', 'issue', 'other', 'none', "Agree I had the similar problem and it's fixed now.", False),
('https://github.com/DaanVervacke/hass-engie-be/issues/31', 'issue', 'complaint', 'none', 'Authentication Fails after few hours\n### System Health details\n\nAfter few hours I get the following message in the Integration screen : Authentication Failed 401.', False),
('https://github.com/flifloo/ha_petlibro/issues/9', 'issue', 'complaint', 'none', 'Integration no longer authenticating; failed setup\n### What happened ?\n\nI had this working for a few weeks without any issue. Last week I started getting prompted to reenter my credentials. I get a message that reauthorization was successful but the log states otherwise.', False),
('https://github.com/flifloo/ha_petlibro/issues/9', 'issue', 'other', 'none', 'Fixed itself, possibly caused by 2024.9.1 and fixed on new update', False),
('https://github.com/rekkyrosso/ampcast/issues/62', 'issue', 'complaint', 'other', 'Spotify re-authenticate upon playback error.\nHello i\'ve noticed an issue with spotify, from time to time i need to re-authenticate when i\'m listening to music (which is fine) but authentication window is not poping up until page refresh. For example i have multiple spotify songs on my playlist, after few of them there is silence, but player status still shows that something is playing, after page refresh i\'m geing greet with "Connect" button for Spotify.', False),
('https://github.com/rekkyrosso/ampcast/issues/62', 'issue', 'other', 'other', 'I improved Spotify connectivity in version 0.9.22. Did that help?', False),
('https://github.com/rekkyrosso/ampcast/issues/62', 'issue', 'other', 'none', 'Hi i think that yes. I did not noticed that behaviour after latest update. Thanks!', False),
('https://github.com/recitativonika/teneo-bot/issues/25', 'issue', 'complaint', 'none', 'Invalid API key\n![Image](https://github.com/user-attachments/assets/d7e905cf-8c0a-488f-8f36-a8d0f69735d6)', False),
('https://github.com/recitativonika/teneo-bot/issues/25', 'issue', 'other', 'none', 'Fixed, pull the repo again!', False),
('https://github.com/cbanack/comic-vine-scraper/issues/372', 'issue', 'complaint', 'none', "Invalid API key\n```\nLooks like your API key is being rejected... maybe temporary on the db's end, \njust thought I'd bring it to your attention\n```", False),
('https://github.com/GeorgH93/Minepacks/issues/274', 'issue', 'complaint', 'none', 'Getting this big Error reguarding API Key\n### Help request\n\n**Problem**\n\nGetting a huge error line in my console regarding an API key being rejected.', False),
('https://github.com/GeorgH93/Minepacks/issues/274', 'issue', 'other', 'other', 'It failed to check for updates with the GitHub API, probably just a temporary rate limit or outage issue. Should be save to ignore for now.', False),
('https://github.com/maritaca-ai/maritalk-api/issues/9', 'issue', 'complaint', 'none', 'Unauthorized 401 Error Despite Using a New API Key\nHello team, \n\nI\'ve been trying to use your API, but I consistently encounter a "401 Client Error - Unauthorized for URL" even though I\'m using a brand new key.', False),
('https://github.com/maritaca-ai/maritalk-api/issues/9', 'issue', 'other', 'none', 'hi @willianfco.\n\nCould provide more details about how you are trying to perform the request? Especially could share the prompt and parameters you are trying to use? \n\nAlso, are you able to use the web interface normally?', False),
('https://github.com/maritaca-ai/maritalk-api/issues/9', 'issue', 'complaint', 'none', "Hello @ZanezZephyrs!\n\nThe web interface is working properly.\n\nAs for the prompt, I've been using the following python script to just to check the accessibility but any request is actually raising the 401 error.", False),
('https://github.com/ahivert/tgtg-python/issues/172', 'issue', 'complaint', 'other', '401 Unauthorized Error when using the latest version\nI am using the latest version that queries Google Play and gets the latest version number, and it still logs in successfully, but I\'m seeing the following error when using any of the other API methods. \n\n`TgtgAPIError: (401, b\'{"timestamp":1655951233381,"status":401,"error":"Unauthorized","path":"/api/item/v7/1"}\')`', False),
('https://github.com/ahivert/tgtg-python/issues/172', 'issue', 'other', 'none', 'I just found out that I can use those API methods successfully if I were to use a new IP.', False),
('https://github.com/memen45/SubMusic/issues/9', 'issue', 'complaint', 'other', "no sync : NC-20.0.2, SubMusic-0.0.21, Fenix 6xPro\nSorry to say, but I don't get music synced for a few days now. The problems might be older already, I didn't use your music provider app for quite a while.", False),
('https://github.com/memen45/SubMusic/issues/9', 'issue', 'other', 'none', 'Thanks a lot for reporting! I have received another report of this issue and I have not been able to solve it yet.\n\n- Does it actually complete the sync or not (by looking at the songs in the playlist)? It might be just the progress that is not updated, but the sync is completed already in the background.', False),
('https://github.com/memen45/SubMusic/issues/9', 'issue', 'complaint', 'none', 'I removed all but 3 files which were already on the watch. So the sync should be instant. Nothing, "0%" for minutes .', False),
]
