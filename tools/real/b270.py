# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 270 (mine-expo2): the exposure_mentioned field, forum voice (community threads,
# a Reddit post through a libreddit mirror, blog/news/docs pages found with the `pages`
# search corpus) plus issue-voice Discord/Slack token threads (found with the `issues`
# corpus); no source is in an earlier batch (checked by URL; for the skidmaster69420
# token-dump repository only threads #13 and #31 are new). Positives: an OpenAI user
# whose limit was used up ("someone used my API key the last 2 days") and a reply
# naming "the likely source of the leak", a founder whose Maps key was "pulled out of
# my app" and used for Gemini calls, a news summary ("A developer exposed an
# unrestricted Firebase browser API key"), "Someone grabbed my tokens", "thank you for
# notifying me that my token was stolen", "Stop stealing my discord bot's token" with
# the reply "You put your token publicly somewhere", "he accidentally left discord
# webhooks exposed to the world wide net", a course maintainer's review "Please remove
# secret (slack webhook url) from PR", and a scanner notice about "an exposed webhook
# URL in this repository".
# Hard negatives: a Cloudflare community thread about unknown domains added "thru API"
# (no key said to be out; "we don't have any API created") and the moderator's
# "Please rotate your Global API Key immediately", Cloudflare's compromised-account
# docs ("If your token is lost or believed to be compromised"), advice in the OpenAI
# thread ("this could have been avoided by limiting the scope"), the same founder's
# opening paragraph (the outage, shipping a Maps key "inside the app" as Google tells
# you), a blog calling a Google "publicly accessible API key" e-mail a false positive
# for Firebase web keys, Firebase scanner/how-to pages ("not secrets", "If only the web
# apiKey is \"exposed\": You don't need to rotate it"), a cert-exam page in conditional
# voice, a "you pushed a key" how-to in second person, a German Google Cloud docs page
# (de) about keeping keys out of version control, a Chinese article (zh) about GitHub
# push protection rejecting a push with an OpenAI key (the key never left), and the
# Python Discord token guide ("If for whatever reason your token gets leaked").
# Labels: the founder's outage paragraph is 'complaint' (the app has been "dead" for
# 72 hours after Google Cloud suspended the project); everything else 'other'.
# Doubts: the Cloudflare opening post suspects misuse of the account's API but says no
# key got out, labelled False; the OpenAI reply ("it's the likely source of the leak")
# is True as a third party telling the owner where the key leaked; the aaronjohnson
# blog quotes Google's "We have detected a publicly accessible Google API key" but says
# the key was public on purpose and the alert is a false positive, labelled False;
# the zh push-protection article is False (push rejected). Language-tagged rows: de, zh.
ROWS = [
('https://community.openai.com/t/someone-used-my-api-key-and-used-up-all-my-limit/774218', 'forum', 'other', 'other', "Someone used my API key and used up all my limit!\n\nHi! I just got a mail from OpenAI that my monthly API limit was reached but I wasnt using my one and only API key this month. I checked the usage page and yes, someone used my API key the last 2 days and used GPT4, GPT4-Turbo & GPT4o.", True),
('https://community.openai.com/t/someone-used-my-api-key-and-used-up-all-my-limit/774218', 'forum', 'other', 'none', "As unfortunate as it is, @KptnTeddy, if that was the only place the API key was used, then it's the likely source of the leak, plus your system and browser (if you use any 3rd party extensions).", True),
('https://community.openai.com/t/someone-used-my-api-key-and-used-up-all-my-limit/774218', 'forum', 'other', 'none', "I agree with @_j’s input on this as well, and would like to add that in your case, this could have been avoided by limiting the scope of the generated API key by using the restricted scope of the API key and limiting it to embeddings during API key creation.", False),
('https://libreddit.jesseisageek.com/r/Startups', 'forum', 'complaint', 'other', "I run a live app with ~100k users, over 1 million customer photos, and around $1M ARR.\nFor the last 72 hours it's basically been dead because of a Google Cloud suspension.\nHere's what happened.\nMy app uses Google Maps. Like every mobile developer, I have to ship a Maps API key inside the app because that's literally how Google tells you to do it. Their docs even say these keys aren't secrets.", False),
('https://libreddit.jesseisageek.com/r/Startups', 'forum', 'other', 'other', "Someone pulled the Maps key out of my app (again, exactly where Google requires it to be), and used it to run Gemini calls. Thousands of dollars worth. About $4,200.\nI've never used Gemini. Never signed up for it. Didn't even know that key could access it.", True),
('https://techtextnews.com/firebase-key-misconfiguration-costs-developer-54k-mo1hn0z88qby', 'forum', 'other', 'other', "A developer exposed an unrestricted Firebase browser API key, resulting in €54,000 in unexpected Gemini API charges within 13 hours. The incident highlights critical risks when authentication tokens lack proper access controls.", True),
('https://community.cloudflare.com/t/unusual-activity/422004', 'forum', 'other', 'none', "We have unusual activity in our account. Someone added domains to our site thru API.\nUpon checking they added the domain thru API and using digitalocean IP.\nOnly a few people have access to this account and have confirmed that these domains were not added by them.\nAnother thing is that we don’t have any API created.", False),
('https://community.cloudflare.com/t/unusual-activity/422004', 'forum', 'other', 'none', "Please rotate your Global API Key immediately and delete/rotate any API Tokens you’ve created. Once you’ve done that, come back and we can help investigate how/why this happened.", False),
('https://developers.cloudflare.com/fundamentals/account-and-billing/account-security/securing-a-compromised-account/', 'forum', 'other', 'other', "API tokens\n\nIf your token is lost or believed to be compromised, you can either create a new token or your token can be rolled to generate a new secret. Rolling your API token into a new one will invalidate the previous token, but the access and permissions will be the same as the previous API token.", False),
('https://aaronjohnson.github.io/posts/firebase-api-key-security.html', 'forum', 'other', 'other', "Firebase API Keys Aren’t Secrets (And Why Scanners Get It Wrong)\n\nThat security alert about your “leaked” Firebase key? Probably a false positive.\n\nThe Alert\n\nGoogle Cloud Trust & Safety emails you:\n\nWe have detected a publicly accessible Google API key…\n\nYour heart sinks. Then you realize: you put it there on purpose.", False),
('https://vibeappscanner.com/security-issue/firebase-exposed-api-keys', 'forum', 'other', 'other', "Exposed Secrets in Firebase Projects\nFirebase API keys (the ones in firebaseConfig) are designed to be public and are not secrets. The real danger comes from exposing Firebase Admin SDK credentials, service account JSON files, and legacy database secrets that bypass all security rules.", False),
('https://checkyourvibe.dev/blog/how-to/fix-firebase-api-key-exposure', 'forum', 'other', 'other', "That apiKey starting with AIzaSy is visible in your deployed JavaScript and that's intentional. Google's documentation explicitly says this value is not secret.", False),
('https://checkyourvibe.dev/blog/how-to/fix-firebase-api-key-exposure', 'forum', 'other', 'none', "If only the web apiKey is \"exposed\": You don't need to rotate it. Fix your Security Rules instead (see Step 4 below).", False),
('https://certifiedassociatecloudengineer.examzify.com/question/while-looking-at-your-applications-0e251d6b24cd9e30', 'forum', 'other', 'none', "You know what? Making a mistake in your code, especially when it involves sensitive information like a service account key, can feel like a sinking ship. But fear not! If you've found yourself in the predicament of accidentally committing a service account key to your private GitHub repository, there’s a clear course of action to follow.", False),
('https://partnerinai.com/blogs/accidentally-leaked-api-key-what-to-do-now', 'forum', 'other', 'none', "Accidentally leaked API key what to do is the kind of search people make while panicking. Fair enough. You drop a token somewhere public, or commit one to GitHub, and suddenly bots start chewing through credits with odd prompts and even odder behavior.", False),
('https://cloud-dot-devsite-v2-prod.appspot.com/source-repositories/docs/detecting-security-keys?hl=de', 'forum', 'other', 'other', "Sie sollten Sicherheitsschlüssel keinesfalls in einem Versionskontrollsystem speichern.\nMit Cloud Source Repositories können Sie verhindern, dass Nutzer Sicherheitsschlüssel in einemGoogle Cloud -Repository speichern.", False, 'de'),
('https://jishuzhan.net/article/1955180331937607681', 'forum', 'other', 'none', "GitHub 扫描器冷酷地拒绝了你的推送:commit 1afb20f2f6f2fb36196f85ca5889aacd1663b193agent-service/.env:2 发现 OpenAI API Key。删文件?重新提交?naive。那些包含敏感信息的 commit 依然躺在历史里等着被揪出来。", False, 'zh'),
('https://www.pythondiscord.com/pages/guides/python-guides/keeping-tokens-safe/', 'forum', 'other', 'other', "What should I do if my token does get leaked?\n\nIf for whatever reason your token gets leaked, you should immediately follow these steps: - Go to the list of Discord Bot Applications you have and select the bot application that had the token leaked.", False),
('https://github.com/V4NSH4J/discord-mass-DM-GO/issues/257', 'issue', 'other', 'none', "Someone grabbed my tokens\nSomeone grabbed my tokens and all the tokens I have in the bot.", True),
('https://github.com/skidmaster69420/discord-tokens/issues/31', 'issue', 'other', 'other', "thanks\njust want to thank you for notifying me that my token was stolen, woke up with a discord message and I was scared asf. also if anybody was to steal that certain token, I don't use it anymore. respects given", True),
('https://github.com/skidmaster69420/discord-tokens/issues/13', 'issue', 'other', 'other', "Stop stealing my discord bot's token\nRemove the files immediately please", True),
('https://github.com/skidmaster69420/discord-tokens/issues/13', 'issue', 'other', 'none', "You put your token publicly somewhere, dummy. This invalidated your token so someone can't be malicious with it. You're welcome", True),
('https://github.com/BadDeathclaw/Drymouth-Gulch/pull/1215', 'issue', 'other', 'other', "Bruh\n## Description\nResolves ghost's oopsie\n\n## Motivation and Context\nhe accidentally left discord webhooks exposed to the world wide net", True),
('https://github.com/pluhin/sa.it-academy.by/pull/2598', 'issue', 'other', 'other', "Please remove secret (slack webhook url) from PR,\npossible way: https://github.com/pluhin/sa.it-academy.by/wiki/00.-To-read#how-to-revert-commit-with-secret-example", True),
('https://github.com/FoxxMD/tautulli-notification-digest/issues/8', 'issue', 'other', 'other', "[Security] Publicly exposed Discord webhook URL in this repository\nHello!\n\nWhile researching publicly leaked Discord webhook URLs, I found what appears to be an exposed webhook URL in this repository. I'm filing this issue rather than using the webhook itself so nothing is posted into your server.", True),
]
