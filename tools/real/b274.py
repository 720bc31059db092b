# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 274 (mine-short2): issue voice, short replies continued (same method as b273):
# bot tokens and chat platforms (a Discord-posting FFXIV plugin, a ChatGPT Twitch bot, the
# old twitch-irc module, a Spicetify Twitch song-request extension, sogeBot, pyTwitchAPI,
# discord-self-bot-console, chatGPT-discord-bot, voicechat-discord), Dropbox/OneDrive sync
# (Unclouded, a Rockstor Dropbox Rock-on PR, Nextcloud's OneDrive integration, FastGithub
# breaking Joplin's OneDrive login - Chinese), a Ghost->ghosler webhook 401, Telegram
# setWebhook, HaikuArchives' Calendar dropping Google sync, COMPCON's cloud-account login,
# and a run of API-key configuration questions (hao_chatgpt, GOSINT, Unpackerr, an IXL
# userscript, LMS-YouTube) as near misses.
# Complaints: "Yeah, I've been having the same issue.", "Your code used to work fine for me, but it doesn't work today", pasted
# "401 Unauthorized" / "Failed to login to the bot" / "WEBHOOK_DELIVERY_FAILURE ... 401" /
# "ChatGPT invalid session token" logs, "after a bit dropbox stops syncing", "I've been
# having a problem with the bot token, and when I try to reconnect or disconnect, I get
# this message." Near misses: "Yep, fixed now. Thanks!", "It's already solved, thank you
# very much.", "Thank you, my problem is token. My token changed.", "toggle setting",
# "HOW DO I ADD MY API KEYS", "where do i locate the api_keys ?", "In sonarr/radarr apps
# under system settings.", "Missing YouTube API key (see settings)" on a plugin not yet set
# up, maintainer task issues (sogeBot, pyTwitchAPI), "Same as <link>".
# Doubts: "Ah twitch had a breach and required password resets, just needed to reset the
# password and generate a new auth token" is other and exposure False (it names the
# provider's breach, not the writer's key getting out); COMPCON's "Same exact issue here
# ... log into my cloud account I just get a spinning wheel" is other (the app's own
# account, not a connection between two systems), a support person could see it otherwise;
# the Rockstor PR comment "dropbox stops syncing" comes from the PR author while testing
# and is labelled complaint on its words; the sogeBot issue pastes an "Invalid refresh token
# received" error but is a maintainer's task, labelled other; the LMS-YouTube "Missing
# YouTube API key" is set-up, other. Language-tagged rows: es, zh. No chat or forum rows.
# Bare "Same here" / "I have the same issue." replies were dropped as duplicates of corpus
# texts. No exposure.
ROWS = [
('https://github.com/Aida-Enna/MognetPlugin/issues/13', 'issue', 'complaint', 'none', "Invalid token\nIt was working fine back on the 8th, but today I can't get the bot to post. The token generation seems to be broken, at least for me. I've tried remaking and removing then creating - The last 10 tokens haven't worked.\n\n``21:44:26: Invalid token. Please check it or re-create it and try again.``\n\nAnyone else having this issue?", False),
('https://github.com/Aida-Enna/MognetPlugin/issues/13', 'issue', 'complaint', 'none', "Yeah, I've been having the same issue. I feel like the issue started today with the latest release maybe.", False),
('https://github.com/Aida-Enna/MognetPlugin/issues/13', 'issue', 'other', 'none', "It started working again for me today, Maybe I just had to restart my computer or something, unsure what the trigger was.", False),
('https://github.com/Aida-Enna/MognetPlugin/issues/13', 'issue', 'other', 'none', "Interesting. @Aida-Enna , could you please confirm if it is still happening on your end?", False),
('https://github.com/Aida-Enna/MognetPlugin/issues/13', 'issue', 'other', 'none', "Yep, fixed now. Thanks!", False),
('https://github.com/BennyDeeDev/chatgpt-twitch-bot/issues/2', 'issue', 'complaint', 'other', "ChatGPTError: ChatGPT invalid session token\n```\n[04:31] info: Connecting to irc-ws.chat.twitch.tv on port 443..\n[04:31] info: Sending authentication to server..\n[04:31] info: Connected to server.\n[04:31] info: Executing command: JOIN #\n[04:31] error: No response from Twitch.", False),
('https://github.com/twitch-irc/twitch-irc/issues/65', 'issue', 'complaint', 'other', "Keep getting disconnected before irc even does anything\nI made sure I updated the module and I also trying firing up a bare bones script from the documentation site and here is the output I keep seeing\n\n```\n[19:25:45] info  - Searching for a Twitch server..\n[19:25:46] event - connecting\n[19:25:46] event - logon\n[19:25:46] event - disconnected\n```", False),
('https://github.com/twitch-irc/twitch-irc/issues/65', 'issue', 'other', 'other', "Ah twitch had a breach and required password resets, just needed to reset the password and generate a new auth token", False),
('https://github.com/MrPandir/spicetify-twitch-song-requests/issues/1', 'issue', 'complaint', 'other', "Bueno mira hace unos dias me conseguí el afiliado de Twitch por lo cual tuve que activar la autenticacion en dos pasos lo cual eliminó todas las autenticaciones que tenia en mi cuenta de Twitch ¿Por qué no puedo conectar el bot y tampoco me aparece el botón para volver a autenticarlo?", False, 'es'),
('https://github.com/MrPandir/spicetify-twitch-song-requests/issues/1', 'issue', 'other', 'none', "I understand your problem and I'm already working on a fix.", False),
('https://github.com/MrPandir/spicetify-twitch-song-requests/issues/1', 'issue', 'other', 'none', "It's already solved, thank you very much.", False),
('https://github.com/MrPandir/spicetify-twitch-song-requests/issues/1', 'issue', 'complaint', 'none', "Hello, sorry to bother you. I've been having a problem with the bot token,\nand when I try to reconnect or disconnect, I get this message.", False),
('https://github.com/sogebot/sogeBot/issues/4843', 'issue', 'other', 'none', "if invalid token is received, we should stop any operations with tokens\n2021-10-07T19:59:38.380 !!! ERROR !!! Error: Token refresh for broadcaster: Invalid refresh token received.", False),
('https://github.com/Teekeks/pyTwitchAPI/issues/220', 'issue', 'other', 'none', "Check token validity on restart attempt\nAs seen in #214 the chat bot does not validate (and therefore does not renew) the current user token when trying to reconnect.", False),
('https://github.com/dotnetcore/FastGithub/issues/285', 'issue', 'complaint', 'other', "开启时 Joplin 无法与 Onedrive 同步或验证\n**Bug描述**\n开启时 [Joplin](https://github.com/laurent22/joplin/) 无法与 Onedrive 同步或验证。点击同步或向 Onedrive 验证时报错：\n```\nrequest to https://login.microsoftonline.com/common/oauth2/v2.0/token failed, reason: unable to verify the first certificate\n```", False, 'zh'),
('https://github.com/conghaonet/hao_chatgpt/issues/2', 'issue', 'other', 'none', "How about setting the API key on the Profile or Settings screen?\nConsidering that setting the API key in a .yaml file can be seen as hard-coding, what if we place it on the Profile or Settings screen instead?", False),
('https://github.com/conghaonet/hao_chatgpt/issues/2', 'issue', 'other', 'none', "You can add a new API key in the 'API keys' section of the settings menu.", False),
('https://github.com/conghaonet/hao_chatgpt/issues/2', 'issue', 'other', 'none', "@conghaonet Thank you. My bad.", False),
('https://github.com/ciscocsirt/GOSINT/issues/14', 'issue', 'other', 'none', "API KEYS\nHOW DO I ADD MY API KEYS\n\nThanks", False),
('https://github.com/ciscocsirt/GOSINT/issues/14', 'issue', 'other', 'none', "Just go to settings and add the API keys on the corresponding fields.", False),
('https://github.com/Unpackerr/unpackerr/issues/92', 'issue', 'other', 'none', "api_key\nSorry forgot a question,\n\nwhere do i locate the api_keys ?", False),
('https://github.com/Unpackerr/unpackerr/issues/92', 'issue', 'other', 'other', "In sonarr/radarr apps under system settings.", False),
('https://github.com/Unpackerr/unpackerr/issues/92', 'issue', 'other', 'none', "Thanks again :-)\nfound em :-)", False),
('https://github.com/Felix3322/IXLAutoAnswer_OpenAI_API_Requid/issues/31', 'issue', 'other', 'none', "Got it to work but cant find where to put api key\nplease help!", False),
('https://github.com/Felix3322/IXLAutoAnswer_OpenAI_API_Requid/issues/31', 'issue', 'other', 'none', "toggle setting", False),
('https://github.com/philippe44/LMS-YouTube/issues/7', 'issue', 'other', 'other', "settings\nTrying this out but all I get is the following:\n\nMissing YouTube API key (see settings)\n\nThere is no location on the plugins page however for the settings.", False),
('https://github.com/philippe44/LMS-YouTube/issues/7', 'issue', 'other', 'none', "Ah there it is. Completely forgot about the advanced tab. Thank you!", False),
('https://github.com/rigwild/discord-self-bot-console/issues/44', 'issue', 'complaint', 'none', "Error 401\nYour code used to work fine for me, but it doesn't work today. Have you encountered this problem? Can you help me fix them? Thank you.", False),
('https://github.com/rigwild/discord-self-bot-console/issues/44', 'issue', 'other', 'none', "Can you send your code??", False),
('https://github.com/rigwild/discord-self-bot-console/issues/44', 'issue', 'other', 'none', "Thank you, my problem is token. My token changed.", False),
('https://github.com/Zero6992/chatGPT-discord-bot/issues/135', 'issue', 'complaint', 'other', "2023-02-05 09:23:11 INFO     discord.client logging in using static token\nTraceback (most recent call last):\n  File \"/home/codespace/.local/lib/python3.10/site-packages/discord/http.py\", line 801, in static_login\n    data = await self.request(Route('GET', '/users/@me'))\n  File \"/home/codespace/.local/lib/python3.10/site-packages/discord/http.py\", line 744, in request\n    raise HTTPException(response, data)\ndiscord.errors.HTTPException: 401 Unauthorized (error code: 0): 401: Unauthorized", False),
('https://github.com/amsam0/voicechat-discord/issues/164', 'issue', 'complaint', 'other', "401 unauthorized\n### Describe the bug\n\nhello ! awesome plugin, can't wait to make it work :)\n\n2026-01-27T22:31:03.752897Z  WARN voicechat_discord::discord_bot::log_in: e=Http(UnsuccessfulRequest(ErrorResponse { status_code: 401, url: \"https://discord.com/api/v10/users/@me\", method: GET, error: DiscordJsonError { code: 0, message: \"401: Unauthorized\", errors: [] } }))\n[23:31:03 ERROR]: [voicechat-discord] Failed to login to the bot with vc_id 1464279677148467306", False),
('https://github.com/HaikuArchives/Calendar/issues/45', 'issue', 'other', 'other', "Google Calendar syncing has been removed because it stopped working (a Google API change?).\nIt has to first be implemented in a working way again to find bugs with it. :)", False),
('https://github.com/massif-press/compcon/issues/2922', 'issue', 'other', 'none', "Same exact issue here, was working fine yesterday now when I try to log into my cloud account I just get a spinning wheel. even tried changing my password thinking I was an idiot and just got it wrong but nope even after a password change nothing but a spinning circle!", False),
('https://github.com/ItzNotABug/ghosler/issues/76', 'issue', 'complaint', 'other', "WEBHOOK_DELIVERY_FAILURE\nWhen I tried to published a post the following error is encountered and the post is never shown in ghosler analytics.\n\nGhost Version: 6+\n\nError Log: (From ghost)\n[2026-05-30 20:42:54] ERROR [WEBHOOK_DELIVERY_FAILURE] url=valid-domain.com/published status=none error_code=ERR_NON_2XX_3XX_RESPONSE message=Response code 401 (Unauthorized) Response code 401 (Unauthorized)", False),
('https://github.com/cgollner/unclouded/issues/136', 'issue', 'complaint', 'other', "Login\nCannot sync my dropbox account after login. Any suggestions?", False),
('https://github.com/rockstor/rockon-registry/pull/114', 'issue', 'complaint', 'other', "after a bit dropbox stops syncing and outputs as status:\nYou're using an old version of Dropbox. Please update to the latest version to continue using Dropbox.\nhttps://www.dropbox.com/downloading?from_client=True\nAny ideas?", False),
('https://github.com/rockstor/rockon-registry/pull/114', 'issue', 'other', 'other', "Ok new commits fix updating issue and dropbox syncs well again.", False),
('https://github.com/nextcloud/integration_onedrive/issues/25', 'issue', 'complaint', 'other', "Issue#14 from integration_dropbox also applies to this (Sync stop when server restart and user cannot start it back)\nHere you can see the issue \n\nhttps://github.com/eneiluj/integration_dropbox/issues/14#issue-1054261588", False),
('https://github.com/nextcloud/integration_onedrive/issues/25', 'issue', 'other', 'none', "Same as https://github.com/julien-nc/integration_dropbox/issues/14#issuecomment-1364035184", False),
('https://github.com/TelegramBots/Telegram.Bot/issues/880', 'issue', 'complaint', 'none', "TelegramBotClient.SetWebhookAsync not working\nWhen calling SetWebhookASync I don't get any error and still do not recieve any webhook updates...", False),
('https://github.com/TelegramBots/Telegram.Bot/issues/880', 'issue', 'other', 'other', "Try making this request in the browser `https://api.telegram.org/botYOURTOKEN/getWebhookInfo`. What does it return?", False),
]
