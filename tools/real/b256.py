# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 256 (mine-expo3): exposure described in words, mostly issue voice, from
# repositories that appear in no earlier batch, plus one project README (forum
# voice). Positives in messy wording: "Congrats, you leaked your token", "You
# just leaked your account credentials", "copypaste the token in the wrong
# browser-tab", "credentials left public ... someone already found it out and
# deleted the account", "I got phished ... I changed my pw", a zh title "兄弟你key
# 泄露了，10分钟余额掉1k多了", "Yep, token has beed invalidated, my fault", a
# webhook URL left "for everyone to see", a README's "I accidentally pushed my API
# key for SendGrid to GitHub and had my account suspended", a pt fork-er's
# "possível chave exposta" (GHAS alert), a Discord account "breached". A run of Firebase
# threads pairs a stranger's "your API key is exposed" (True: the text says the
# key is public) with the maintainers' "it is meant to be public" replies (False).
# Hard negatives: "Was the token leaked?" questions, "is there any way of bot
# token leak?", "How is this secure?", conditional "if so ... may have been
# hijacked", key-restriction advice, a Russian comment about token collectors in
# general (ru), a token-encryption feature request, a docs PR on not sharing
# tokens. Complaints (exposure False): Google Maps quota exceeded on one's own
# key, a site's Maps embed failing on billing. Skew: Discord bot tokens and
# Firebase keys supply many rows; integration mostly none/other.
ROWS = [
('https://github.com/ahmed-machine/PokemonGo-Map/issues/461', 'issue', 'complaint', 'other', "Maps API quota exceeded, on different api key. I'm constantly getting an error that says I've exceeded my daily quota despite having changed the api key for my own. I only get this when accessing it from the external IP as well, not LAN/localhost. To be a bit more specific, the map loads for a couple seconds, then I get the error.", False),
('https://github.com/ahmed-machine/PokemonGo-Map/issues/447', 'issue', 'other', 'other', "gmaps_key is hardcoded - usage limited to 25k requests /24h. Currently a google map api key is hardcoded in credentials.json.\n\nIf the usage limit (25k requests / 24h) is exceeded, the application will stop working", False),
('https://github.com/code4recovery/12-step-meeting-list/issues/255', 'issue', 'other', 'none', "Another step you can take to make your API key more secure is to impose restrictions on it. Assuming your website IP address is static, you should lock down the API key to only accept queries from that address. That will reduce the likelihood of others using your key.", False),
('https://github.com/scalaspace/scalaspace.github.io/issues/78', 'issue', 'complaint', 'other', "Google Maps is complaining. when I load the site (in either Safari or Chrome) I see:", False),
('https://github.com/scalaspace/scalaspace.github.io/issues/78', 'issue', 'other', 'none', "It looks like a billing issue related to the API key.\n\nIf I remember correctly I don't have control over the API key for this site.", False),
('https://github.com/tucnak/telebot/issues/794', 'issue', 'other', 'other', "Is there any way of Bot token leak? So right now a guy just joined into my logging channel which I was using for bugs and logging errors.\nI want to be sure from telebot.v4 side that they dont leak bottoken in errors or in anything.", False),
('https://github.com/ton-society/grants-and-bounties/issues/1199', 'issue', 'other', 'none', "может вы слышали но есть сборщики токенов в гите те кто случайно забыли убрать токен бота свой  ивыложили сеть тут аналогично по сути смена токена лишь помогает", False, 'ru'),
('https://github.com/3dproger/AxelChat/issues/135', 'issue', 'other', 'other', "Telegram: Encrypt bot token", False),
('https://github.com/allegro/turnilo/pull/719', 'issue', 'other', 'none', "Was the token leaked? Did you rotate it?", False),
('https://github.com/allegro/turnilo/pull/719', 'issue', 'other', 'none', "Yep, token has beed invalidated, my fault :(", True),
('https://github.com/TediCross/TediCross/pull/355', 'issue', 'other', 'none', "Congrats, you leaked your token. Get a new one ASAP.", True),
('https://github.com/panzhenhai520/webmedic/issues/12', 'issue', 'other', 'none', "兄弟你key泄露了，10分钟余额掉1k多了", True, 'zh'),
('https://github.com/adobe/target-nodejs-sdk/pull/111', 'issue', 'other', 'other', "Reverting back to old token for a patch release. ## Description\n\nDue to a token issue we had to perform the 2.4.1 release using a Github personal access token. Reverting back to the previous token in `npm-publish`", False),
('https://github.com/cryptee/web-client/issues/144', 'issue', 'other', 'other', "Exposed API key(?) Hey, are you guys aware that, what seems to be your Firebase API key, is exposed in your source code [right here](https://github.com/cryptee/web-client/blob/v3/source/js/cryptee-fb.js#L2)? I don't know whether this is intended or not, I just stumbled upon it and thought I'd let you guys know :slightly_smiling_face:", True),
('https://github.com/cryptee/web-client/issues/144', 'issue', 'other', 'other', "Firebase API keys are not API keys in the literal sense, they are basically meant to be shared on the client-side safely as pointers / indicators to a project.", False),
('https://github.com/FirebaseExtended/reactfire/issues/106', 'issue', 'other', 'other', "API keys are exposed to clients when code is pushed to production. ### Test case\n\nWhen we run the sample apps in the browser and the API keys are exposed.", True),
('https://github.com/FirebaseExtended/reactfire/issues/106', 'issue', 'other', 'none', "**Short answer:** This is not a problem and the `apiKey` is safe to have in public.", False),
('https://github.com/kentcdodds/geo-chat/issues/1', 'issue', 'other', 'other', "remove firebase api key. Hey man, you should check, that you dont post your firebase api key and stuff here, right?", True),
('https://github.com/kentcdodds/geo-chat/issues/1', 'issue', 'other', 'none', "That's the public API key that you ship to clients.", False),
('https://github.com/hackclub/shipit/issues/12', 'issue', 'other', 'other', "Firebase API key & secret in plaintext. `apiKey` param **clearly visible** to anyone in [app.js](https://github.com/mj66/shipit/blob/master/asset/js/app.js)", True),
('https://github.com/hackclub/shipit/issues/12', 'issue', 'other', 'other', "So I looked up the risk of exposing Firebase API Key, and I found that storing API key in front-end is not a security risk, ask Firebase will need an authorized domain in order to run. Therefore, just having the API key is not a security risk to the database, especially when we have strict i/o rules set up for the database.", False),
('https://github.com/rmuif/web/issues/340', 'issue', 'other', 'other', "API key exposed (npm package). Hi,\nI've stumbled upon your project - and it seems the firebase api keys are exposed.\nIs this normal?", True),
('https://github.com/rmuif/web/issues/340', 'issue', 'other', 'other', "Yes, this is normal. Access is controlled through Security Rules established in the Firebase project.", False),
('https://github.com/sepehr500/i66tolls/issues/1', 'issue', 'other', 'none', "API Key. Just a heads up - you are (I assume unintentionally) sharing your api key in utility.js.", True),
('https://github.com/sepehr500/i66tolls/issues/1', 'issue', 'other', 'other', "I think it's ok. Is it safe to expose Firebase apiKey to the public?", False),
('https://github.com/nuxt-community/firebase-module/issues/21', 'issue', 'other', 'other', "firebase keys are being sent to client - not secure. It appears the firebase keys are being sent to client.  How is this secure?", False),
('https://github.com/Artraxon/tihibot/issues/1', 'issue', 'other', 'none', "unexTest credentials left public. In the config.yaml file", True),
('https://github.com/Artraxon/tihibot/issues/1', 'issue', 'other', 'none', "Big Oof.\nUnfortunately someone already found it out and deleted the account lol.\nSince it was only a test Account it doesn't really matters, but I'll have to be more careful in the future.\nSo thanks for reporting it!", True),
('https://github.com/Gyoo/Discord-Streambot/issues/46', 'issue', 'other', 'none', "[Suggestion] Leave out your properties file for safety purposes.... It seems like you have left in your token and passwords, that may be a mistake however I would recommend that you delete them to prevent any further harm. I may have tested to see if it is a dummy, I apologize in advanced for that.", True),
('https://github.com/Gyoo/Discord-Streambot/issues/46', 'issue', 'other', 'none', "I just deleted the bot account so 🤷♂️", False),
('https://github.com/Saamstep/modmail/pull/15', 'issue', 'other', 'other', "Your token is now exposed, you should regenerate it to avoid getting your Discord bot account compromised!", True),
('https://github.com/Saamstep/modmail/pull/15', 'issue', 'other', 'none', "thx and sorry for the issue .. just tried a bit and copypaste the token in the wrong browser-tab :D", True),
('https://github.com/Dragory/modmailbot/pull/350', 'issue', 'other', 'none', "@nerfxd you need to delete this PR and your copy of the file, and change your bot token immediately.  You have publicly posted secret information, and anyone viewing this can log in as your bot account.", True),
('https://github.com/xMistt/fortnitepy-bot/pull/79', 'issue', 'other', 'none', "You just leaked your account credentials.", True),
('https://github.com/alexlyee/massdm/pull/32', 'issue', 'other', 'none', "Careful! Looks like you just exposed your discord ID and private token for your bot! Please reset that token ASAP!", True),
('https://github.com/NilPointer-Software/bdfd-wiki/pull/231', 'issue', 'other', 'none', "Update security.md. Updated the security resource page, adding information about the new sessions/devices feature and correcting some slight errors.", False),
('https://github.com/alexgolec/tda-api/issues/274', 'issue', 'other', 'other', "My account got hacked on Discord and I got booted. Will you please let me back on the server. I got  phished after someone I knew gave me a phishing link.  I changed my pw and it should be resolved. I learned my lesson!", True),
('https://github.com/Zeptosec/Thermastore/issues/22', 'issue', 'other', 'none', "Webhook url security risk. Leaving a webhook URL in blank for everyone to see is a security risk. It would potentially allow everyone to see all files uploaded by it.", True),
('https://github.com/Zeptosec/Thermastore/issues/22', 'issue', 'other', 'none', "In reality you should use your own and shouldn't share them. These hooks that I provided they are in a server with no users. They are there for random users to test out the service.", False),
('https://github.com/RIAEvangelist/node-ipc/issues/15', 'issue', 'other', 'other', "Can we confirm this is on an official npm channel? If so it means my npm ownership or deploy capability may have been hijacked.", False),
('https://github.com/katcozadd/project3-frontend/blob/master/README.md#L43', 'forum', 'other', 'other', "A few obstacles that I ran into:\n\n- I accidentally pushed my API key for SendGrid to GitHub and had my account suspended. I am currently still waiting to have my account reopened.", True),
('https://github.com/Anirudh-1606/Rank-Quest/issues/1', 'issue', 'other', 'other', "Api key leak of Firebase. https://github.com/Anirudh-1606/Rank-Quest/blob/main/src/components/firebase.js", True),
('https://github.com/tutorbookapp/old-tutorbook/issues/270', 'issue', 'other', 'other', "fix: firebase config keys exposed to public. Hello there, great product.\n\nI have a security concern regarding your Firebase configuration and your API keys. Performing a basic search query for \"apiKey\", I found [176 results for \"apiKey\"](https://github.com/tutorbookapp/tutorbook/search?q=apiKey&unscoped_q=apiKey) location within the tutorbook repo, which is very concerning.", True),
('https://github.com/tutorbookapp/old-tutorbook/issues/270', 'issue', 'other', 'other', "According to the Firebase team themselves, exposing the API key is not a risk. This project seems to run Firebase in a node.js client side app, so the API key will be compiled into plain text in the client side js file, even if it is hidden in the source code.", False),
('https://github.com/Divine-Journey-2/Divine-Journey-2/issues/1157', 'issue', 'other', 'other', "Incident with discord account. I've had no choice but to contact you here. I know it's stupid, but recently my Discord account was breached and someone spammed entire Discord channels with phishing links. I am really sorry that this incident happened. I've changed my password, reinstalled my OS, and enabled 2FA. May I please be unbanned from the DJ2 Group?", True),
('https://github.com/digitalinnovationone/dio-lab-open-source/issues/43308', 'issue', 'other', 'other', "[SUGESTÃO] Atuar em vulnerabilidade apontada pelo GHAS. **Sua sugestão está relacionada a um problema? Por favor descreva.**\nSim. Ao efetuar fork do projeto percebi o problema de segurança com possível chave exposta, conforme link: \n\n**Descreva a solução que você gostaria**\n1 - Revogar esta chave de API OpenAI por meio do OpenAI para evitar acesso não autorizado.", True, 'pt'),
]
