# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 310 (mine-short9): SHORT messages (most under ~200 characters) in every voice, the
# kind detectors struggle with: terse complaints ("I have the same problem", "I encounter the same
# Problem", "Invalid login :/", "Also get invalid login....", "I've the same problem",
# "Same here … very annoying  Please help community", "Appointment Webhooks not firing",
# "can't re-auth services after disconnect.", "I even regenerated my token and still does
# not work", "Fails with a 403 request", "Keeps ..."-style +1s), terse near misses ("should
# be resolved in v2.0!", "thank. works", "Works! Thanks!"-type follow-ups, "Working just fine
# for me too", "How long do tokens last before they expire?", "where can I find The “bearer
# api token“?", "how can i get the <ACCESS_TOKEN> ?", "what token?", "No need for api key",
# "My mistake, I have been logging in with my email address"), a few short exposure mentions
# (".env is commited", "I accidentally committed firebase/config.js which has the keys",
# "You just committed some code ... that looks to contain a secret key", "next time im not
# gonna put my token in a public txt file", "Thank you so much for leaking out my bot token!",
# "my token got put on here") and hypotheticals/advice without exposure ("What could an
# attacker do if he has my API key?", "so that you don't commit your API Key by mistake").
# Sources: GitHub issue/PR threads found with the `issues` search corpus (texts copied from
# the thread excerpts, one comment per row, trimmed but not reworded) - Flowise (Zapier
# key), cal.diy (Make), Burp-ConvisoPlatform, MMM-MicrosoftToDo, GoogleAuthSimple,
# rovercode, LockerProject, dypfinance, UCMercedACM, grantbachman/wallofshame, instatushq,
# IMarkoMC/Tokens (#49, #123, #124, #141, #170), EDMarketConnector #111, ThScEo/AutoForge
# (one Spanish row), octo, Thinkofname/steven, DripEmail, van-nav-extension and
# RealTimeWeatherMod (Chinese), nsupdate.info, WormBase, Tab-Session-Manager, wikiGDrive,
# evictorero/smiles, fishbaseapi, plugNmeet, reapit #7958/#8979, alchemy-sdk-js; forum voice
# from the monday.com community forum archive published as a repository
# (davidsimpsonapps/monday-community-archive, topic files no earlier batch used: Make/monday
# GraphQL errors, "Tokens are not authenticating", Google Ads and Outlook integrations,
# Power BI token, 403 from mutations, custom-trigger 401); chat voice from the JuliaLang
# Slack history (paveloom-a/julialang-slack-history, threads no earlier batch used) and the
# Nous Research Discord archives (hey-dan123 showcase threads no earlier batch used; one
# teknium1 #developers line, following the line-anchored URLs earlier batches used there).
# Every URL was grepped against tools/real/*.py first. The HubSpot developer Slack archive
# was not used.
# Doubtful calls: WormBase #5726 "Same problem in the Steeple Bumpstead outstation." is a +1
# on a wiki's own login being broken - other (a site's own login, not two systems). Likewise
# the JuliaLang "Microsoft 365 outage ... can't log into my own Azure stuff" - other (a
# service's own sign-in outage), and rovercode "I get logged out a lot" - other (own app
# session). The Nous "same error, but with Anthropic ... HTTP 529: Overloaded" is read as a
# failing API connection - complaint, though it is an overload rather than auth. octo #109
# ("none of my docs have synced for 2 days") is app-to-cloud sync - complaint.
# evictorero/smiles #2 ("I think the api key you posted expired") - complaint, exposure
# False: the key was shared on purpose in the project, the writer reports it rejected, not
# leaked. dypfinance #1 "your .env is commited" names no key in so many words, but a
# committed .env (and the reply "i have changed the keys") is exposure - True for both rows.
# IMarkoMC #123 "They don't seem to understand they leaked the token" is a bystander's
# remark about someone else's leaked token - exposure True, label other. The monday.com
# vendor reply "I can confirm that the integration is currently broken" is a maintainer
# reply - other. Monday's "Tokens are not authenticating" (Postman named in passing) keeps
# integration 'none' (the API it talks to is not named in the excerpt); RealTimeWeatherMod
# names 心知 (Seniverse) - 'other'. Short +1s are labelled by the thread they answer
# (complaint when the thread reports a failing connection/credential now).
# Languages: zh (2), es (1); the rest English.
ROWS = [
('https://github.com/FlowiseAI/Flowise/issues/2177', 'issue', 'complaint', 'other', '[BUG] Zapier Integration no longer accepts/recognizes API Keys\n**Describe the bug**\n\nZapier connection (Flowise Ai CLI API@1.0.0) no longer recognizes provided API key.', False),
('https://github.com/FlowiseAI/Flowise/issues/2177', 'issue', 'complaint', 'none', 'I encounter the same Problem', False),
('https://github.com/FlowiseAI/Flowise/issues/2177', 'issue', 'complaint', 'none', 'I have the same problem', False),
('https://github.com/FlowiseAI/Flowise/issues/2177', 'issue', 'other', 'none', 'should be resolved in v2.0!', False),
('https://github.com/calcom/cal.diy/issues/20593', 'issue', 'complaint', 'other', 'error: Your API key is not valid.\nI need to use the API key in Make and I get {"error":"Your API key is not valid."}\n\nTried to generate multiple. What\'s going on?', False),
('https://github.com/convisolabs/Burp-ConvisoPlatform/issues/6', 'issue', 'complaint', 'none', 'Invalid API Key even when it is valid\nThe API key is appearing to be invalid even when it is valid.', False),
('https://github.com/convisolabs/Burp-ConvisoPlatform/issues/6', 'issue', 'other', 'none', 'The bug was on the response from the API, was also fixed there.', False),
('https://github.com/thobach/MMM-MicrosoftToDo/issues/38', 'issue', 'complaint', 'none', 'Getting invalid_grant\nSo I went through the configuration steps in your documentation, and got to the end and all I have displaying is "Error occurred: invalid_grant. Check logs"', False),
('https://github.com/thobach/MMM-MicrosoftToDo/issues/38', 'issue', 'complaint', 'none', 'I just received this same message.', False),
('https://github.com/rovercode/rovercode-web/issues/252', 'issue', 'other', 'none', 'I get logged out a lot while working\nCould the token expiry time be made longer?', False),
('https://github.com/LockerProject/Locker/issues/760', 'issue', 'complaint', 'none', "can't re-auth services after disconnect.", False),
('https://github.com/dypfinance/dyp/issues/1', 'issue', 'other', 'none', 'your .env is commited\nHi, you might want to remove your .env and .env.production as you have it in gitignore', True),
('https://github.com/dypfinance/dyp/issues/1', 'issue', 'other', 'none', 'Hi, yes. I have forgotten to delete them. But it is not an issue, because i have changed the keys 2 months ago.', True),
('https://github.com/UCMercedACM/Chapter-Website/issues/177', 'issue', 'other', 'other', 'Firebase Keys to .env\nIn a past commit, I accidentally committed firebase/config.js which has the keys to the firebase.', True),
('https://github.com/grantbachman/wallofshame/issues/6', 'issue', 'other', 'none', 'Possible security issue\nYou just committed some code in a93dcab6e65187484fd6ddbc8eada67f4184280a that looks to contain a secret key. You might want to consider removing it.', True),
('https://github.com/instatushq/languages/pull/91', 'issue', 'other', 'none', "Support .env file\nI've added support for .env so that you don't commit your API Key by mistake ;-)", False),
('https://github.com/IMarkoMC/Tokens/issues/141', 'issue', 'other', 'none', 'ngl thats s crazy\nnext time im not gonna put my token in a public txt file', True),
('https://github.com/EDCD/EDMarketConnector/issues/111', 'issue', 'complaint', 'none', 'Invalid login :/', False),
('https://github.com/EDCD/EDMarketConnector/issues/111', 'issue', 'complaint', 'none', 'Also get invalid login....', False),
('https://github.com/EDCD/EDMarketConnector/issues/111', 'issue', 'other', 'other', 'Looks like Frontier have fixed this.', False),
('https://github.com/ThScEo/AutoForge/issues/3', 'issue', 'complaint', 'none', 'Entonces ahora no puedo conectarme, nuevamente me envía el mensaje "Error de conexión.\nError al iniciar sesión. Verifique sus credenciales o sid y contraseña"\n\nestoy usando las credenciales correctas', False, 'es'),
('https://github.com/davidmyersdev/octo/issues/109', 'issue', 'complaint', 'none', 'Failed Update?\nI went to install an update and now none of my docs have synced for 2 days :\\', False),
('https://github.com/Thinkofname/steven/issues/71', 'issue', 'complaint', 'none', 'Unable to connect doesnt work tryed my account no work even with email\ni tried to log in and it says invalid credentials Forbidden Operation', False),
('https://github.com/DripEmail/drip-php/issues/4', 'issue', 'other', 'none', 'How can i get the Api Token...\nCan you please kindly tell me how can i get the API Token for my app.', False),
('https://github.com/Mereithhh/van-nav-extension/issues/3', 'issue', 'other', 'none', '问下token怎么获取？', False, 'zh'),
('https://github.com/Small-tailqwq/RealTimeWeatherMod/issues/1', 'issue', 'other', 'other', '提问：API key 使用方法\n心知上面有两个key，在下实在搞不懂如何使用。是粘贴public的key还是private 的key', False, 'zh'),
('https://github.com/IMarkoMC/Tokens/issues/123', 'issue', 'other', 'none', "They don't seem to understand they leaked the token... smh", True),
('https://github.com/nsupdate-info/nsupdate.info/issues/320', 'issue', 'other', 'none', 'My mistake, I have been logging in with my email address, instead of username.', False),
('https://github.com/WormBase/website/issues/5726', 'issue', 'other', 'none', 'Same problem in the Steeple Bumpstead outstation.', False),
('https://github.com/sienori/Tab-Session-Manager/issues/552', 'issue', 'complaint', 'other', 'sync dont work\nI apologize in advance for bad English. \nI start synchronization. \nHalf the synchronization freezes. \nrestarts only after browser reboot.\nno files in google drive', False),
('https://github.com/sienori/Tab-Session-Manager/issues/552', 'issue', 'other', 'none', 'thank. works', False),
('https://github.com/mieweb/wikiGDrive/issues/361', 'issue', 'complaint', 'other', 'Sync seems to have stopped working.\nWhen making changes in google drive, wikigdrive does not show changes.', False),
('https://github.com/evictorero/smiles/issues/2', 'issue', 'complaint', 'none', 'Fails.\nFails with a 403 request. \n\nStatus forbidden, I think the api key you posted expired.', False),
('https://github.com/ropensci/fishbaseapi/issues/152', 'issue', 'complaint', 'none', 'I got the same issue. Can anyone please look at it?', False),
('https://github.com/mynaparrot/plugNmeet-server/issues/507', 'issue', 'complaint', 'none', 'Webhook not receiving events\nwebhook endpoint is not receiving any events any help please ?', False),
('https://github.com/reapit/foundations/issues/7958', 'issue', 'complaint', 'none', 'Webhooks have not fired since 04/10\nLooking at the Webhooks transaction log for Galbraith, there have been no recorded webhooks transactions since 04/10.', False),
('https://github.com/reapit/foundations/issues/8979', 'issue', 'complaint', 'none', 'Appointment Webhooks not firing', False),
('https://github.com/davidsimpsonapps/monday-community-archive/blob/master/dist/api/topics/118566.json', 'forum', 'complaint', 'none', 'Same issue here. The API changelog shows a new version release on 1 August 2025, shows no breaking changes', False),
('https://github.com/davidsimpsonapps/monday-community-archive/blob/master/dist/api/topics/118566.json', 'forum', 'complaint', 'none', 'Same here. Got a ton of errors on scenarios that were previously working without issue.', False),
('https://github.com/davidsimpsonapps/monday-community-archive/blob/master/dist/api/topics/118566.json', 'forum', 'other', 'none', 'It seems that the issue is now resolved.', False),
('https://github.com/davidsimpsonapps/monday-community-archive/blob/master/dist/api/topics/10665.json', 'forum', 'complaint', 'none', 'Tokens are not authenticating\nWondering if API or token generation is healthy? Receiving “Not Authenticated” message in Postman with simple queries. Have refreshed my token several times and tried each.', False),
('https://github.com/davidsimpsonapps/monday-community-archive/blob/master/dist/api/topics/10665.json', 'forum', 'other', 'none', 'How long do tokens last before they expire?', False),
('https://github.com/davidsimpsonapps/monday-community-archive/blob/master/dist/api/topics/10665.json', 'forum', 'complaint', 'none', 'I am having this same issue this morning. I even regenerated my token and still does not work.', False),
('https://github.com/davidsimpsonapps/monday-community-archive/blob/master/dist/api/topics/81995.json', 'forum', 'complaint', 'none', 'Same here … very annoying  Please help community', False),
('https://github.com/davidsimpsonapps/monday-community-archive/blob/master/dist/api/topics/81995.json', 'forum', 'complaint', 'none', 'Having the same issue since Wednesday, has anyone found a fix for this yet?', False),
('https://github.com/davidsimpsonapps/monday-community-archive/blob/master/dist/api/topics/31442.json', 'forum', 'complaint', 'other', 'Integration Failures\nIntegrations have suddenly started to fail.  I saw an older post with the same issue.  Have sent to tickets into monday.com, but no response.  Anyone else having issues?', False),
('https://github.com/davidsimpsonapps/monday-community-archive/blob/master/dist/api/topics/53594.json', 'forum', 'complaint', 'none', 'I’ve the same problem', False),
('https://github.com/davidsimpsonapps/monday-community-archive/blob/master/dist/api/topics/53594.json', 'forum', 'complaint', 'none', 'Having the same issue here is there any type of time frame when this will be fixed?', False),
('https://github.com/davidsimpsonapps/monday-community-archive/blob/master/dist/api/topics/53594.json', 'forum', 'other', 'none', 'Hi everyone! I can confirm that the integration is currently broken I am afraid. Our developers are aware of the issue and I have reached out for an update on a fix. Thanks in advance for your patience', False),
('https://github.com/davidsimpsonapps/monday-community-archive/blob/master/dist/api/topics/23737.json', 'forum', 'complaint', 'none', 'Help! Having the same issue here. Any fix yet?', False),
('https://github.com/davidsimpsonapps/monday-community-archive/blob/master/dist/api/topics/10424.json', 'forum', 'other', 'other', 'Working just fine for me too, I also prefer Integromat.', False),
('https://github.com/davidsimpsonapps/monday-community-archive/blob/master/dist/api/topics/75084.json', 'forum', 'other', 'none', 'Yes, everything is up and running again for me too!', False),
('https://github.com/davidsimpsonapps/monday-community-archive/blob/master/dist/api/topics/11582.json', 'forum', 'other', 'none', 'Thanks for your response. Can you please let me know where can I find The “bearer api token“?', False),
('https://github.com/davidsimpsonapps/monday-community-archive/blob/master/dist/api/topics/5499.json', 'forum', 'other', 'none', 'Great - thank you. I added my boss as an owner (who manages the API Keys), and the API is again working.\n\nThanks.', False),
('https://github.com/davidsimpsonapps/monday-community-archive/blob/master/dist/api/topics/9034.json', 'forum', 'complaint', 'none', 'From the last webinair I understand to put the client secret as API key. Unfortunately it still throws a 401', False),
('https://github.com/davidsimpsonapps/monday-community-archive/blob/master/dist/api/topics/88651.json', 'forum', 'other', 'none', 'good morning thanks for information how can i get the <ACCESS_TOKEN> ?', False),
('https://github.com/alchemyplatform/alchemy-sdk-js/issues/146', 'issue', 'other', 'none', 'Is the API keys are considered a secret?\nShould API keys keep in secret? \nWhat could an attacker do if he has my API key?', False),
('https://github.com/IMarkoMC/Tokens/issues/170', 'issue', 'other', 'none', 'I fixed it thanks.\n@IMarkoMC \nI know u find My bot token in My replit called all in one bots config.json file but i fixed it thank u for finding it.', True),
('https://github.com/IMarkoMC/Tokens/issues/124', 'issue', 'other', 'none', 'Big Thanks!\nThank you so much for leaking out my bot token! I changed my method to protect my bot token. Without you, my bot would have been hacked and stolen!', True),
('https://github.com/IMarkoMC/Tokens/issues/49', 'issue', 'other', 'none', 'please stop putting my bot ;-;\nmy token got put on here and its not even a token logging bot its just a normal bot', True),
('https://github.com/paveloom-a/julialang-slack-history/blob/history/threads/C67TK21LJ/1613085465.283800.json', 'chat', 'other', 'none', 'what token?', False),
('https://github.com/paveloom-a/julialang-slack-history/blob/history/threads/C67TK21LJ/1613085465.283800.json', 'chat', 'other', 'other', 'the secret token to make Github not mad at you', False),
('https://github.com/paveloom-a/julialang-slack-history/blob/history/threads/C67TK21LJ/1615842174.084300.json', 'chat', 'other', 'other', "Ironically there's a Microsoft 365 outage right now so I can't log into my own Azure stuff :upside_down_face:", False),
('https://github.com/paveloom-a/julialang-slack-history/blob/history/threads/C680MM7D4/1607951478.140200.json', 'chat', 'other', 'none', 'pretty bad though that an authentication/login outage kills peoples ability to toggle the lights...', False),
('https://github.com/hey-dan123/nous-discord-archive/blob/main/archives/community-projects-showcase/1492484093194272919-POLL--What-Local-Models-are-you-using.txt', 'chat', 'other', 'none', 'With apikey? Can you share de link please', False),
('https://github.com/hey-dan123/nous-discord-archive/blob/main/archives/community-projects-showcase/1490746179892543671-Android-Tools-for-Hermes.txt', 'chat', 'other', 'none', 'No need for api key', False),
('https://github.com/teknium1/nous-discord-archive/blob/main/archives/developers.txt#L929', 'chat', 'complaint', 'other', 'I’m receiving the same error, but with Anthropic\n\n“API call failed after 3 retries: HTTP 529: Overloaded”', False),
]
