# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 293 (mine-expo6): exposure described in words in SHORT replies and comments
# inside issue and PR threads, and their hard negatives from the same threads. Issue
# voice; threads found with the `issues` search corpus (texts copied verbatim from the
# thread excerpts); every URL grepped against tools/real/*.py in both quote styles and
# as a substring first -- none used by an earlier batch.
# Positives: a leaked webhook URL ("Webhook URL is exposed", "i leaked my webhook URL"
# while presenting a setup), a thank-you for being told "my token was public", a PR
# titled "deleting" because the "API key is visible", a key "surely already been scraped
# by bots", a TMDb key "visible" and its owner's "Yes, I know it's visible", an env file
# "still exposed in git commits", a .env in the repo and the owner's "rotated the exposed
# credentials", "Recently made a mistake by committing my server key to
# GitHub", a "compromised OpenPGP key", a personal access token put in a "publicly shared
# config file" and "You should most definitely regenerate that", a token in a config PR
# ("If this is your bot's token, you should delete it").
# Hard negatives in the same threads and beside them: "Webhook link has been reset and
# hidden" (remediation, no words that it got out), a feature request to hide an API key
# because "It's easily leaked during screenshare/screenshot" (hypothetical), a .env that
# "might be pushed" and "might become public", a troll asking an AI agent to "post" its
# key and the agent's "I can't share API keys publicly", "The Webhook URL should already
# be private enough", Shodan "Invalid API key" complaints and their fixes (a trailing
# space), a follow-up that pastes the key itself with no word about exposure, an example
# key of unknown validity and "Having all x's probably does make it more obvious",
# "It can be any randon string ... you should keep it a secret", a placeholder docs PR,
# "dont make your tokens public" (imperative advice), a scanner flagging a test key ("no
# real vulnerability here"), an INVALID_TOKEN question.
# Label doubts:
# - SuperMario127 #14 "Webhook link has been reset and hidden" -> False: it reports the
#   fix, not that the URL got out (the title row carries the exposure).
# - auto-movie-tagger #9 owner's "Yes, I know it's visible. I Wanted people to quickly be
#   able to use the script" -> True: the key is published on purpose, but the text says
#   in words that it is publicly visible (unlike keys meant to be public, e.g. browser
#   keys with domain restrictions, labelled False in b285).
# - BrickShop #35 opener says the repo "contains a .env file" that "may contain" keys ->
#   True (a third party telling the owner a secrets file is in the public repo; the
#   owner's reply confirms "exposed credentials").
# - lichess-bot #644 is hedged ("If this is your bot's token") but points at a token in
#   the PR -> True.
# - slaude #18 "dont make your tokens public" -> False: advice wording, though posted on
#   a PR that carried tokens.
# - hopskipnfall #2 "Not sure if that key was valid or not" about an example key -> False.
# - shodan-python #134: the follow-up pastes the key in `set shodan_apikey ...` with no
#   words about exposure -> complaint, False (the thread's later TruffleSecurity notice
#   is a template already in the corpus, so it is left out).
# - AutoSploit #42 opener: the ASCII banner lines of the pasted output are cut.
# - KeydropAutocode #5 "INVALID_TOKEN / where to get a new token?" -> complaint, 'none'.
# - Integration: 'other' where the excerpt names a product (multica, Movie database,
#   Shodan); replies that name none carry 'none'. Discord/bot tokens with no product
#   named carry 'none'.
ROWS = [
('https://github.com/Level-Share-Square/SuperMario127/issues/14', 'issue', 'other', 'none', """Webhook URL is exposed, leading to possible webhook abuse
https://github.com/Level-Share-Square/SuperMario127/blob/27ded630485da497aca0ef3581ae9059090203eb/.github/workflows/notif.yml#L15""", True),
('https://github.com/Level-Share-Square/SuperMario127/issues/14', 'issue', 'other', 'none', """Webhook link has been reset and hidden""", False),
('https://github.com/multica-ai/multica/issues/6004', 'issue', 'other', 'other', """[Feature]: Lets hide the webhook URL

### What do you want and why?

Lets hide the webhook url in automations - when i was presenting my multica setup to my cohort, i leaked my webhook URL. Please hide this, atleast by default, so people can show / share their multica setup without leaking sensitive keys,""", True),
('https://github.com/skidmaster69420/discord-tokens/issues/83', 'issue', 'other', 'none', """Thank you for letting me know my token was public i would never found and something bad could've happened""", True),
('https://github.com/GireeshS22/upstox/pull/5', 'issue', 'other', 'none', """deleting

deleting as API key is visible""", True),
('https://github.com/unoplatform/Uno.Samples/pull/597', 'issue', 'other', 'none', """chore: remove api key

The API Key that was there has surely already been scraped by bots and harvested for all its requests as I am just seeing the Error state now if I run this app as is. We should leave this as a placeholder""", True),
('https://github.com/unoplatform/Uno.Samples/pull/597', 'issue', 'other', 'none', """perhaps we should leave a note somewhere to remind the user or the future us, that this needs to be replaced""", False),
('https://github.com/prithugoswami/auto-movie-tagger/issues/9', 'issue', 'other', 'other', """API Key

You API Key for the Movie database is visible. I don't know if you care, but I thought I might mention in case you wanted to not post it publicly.""", True),
('https://github.com/prithugoswami/auto-movie-tagger/issues/9', 'issue', 'other', 'none', """Yes, I know it's visible. I Wanted people to quickly be able to use the script. And besides its just a script and not a complete project. I do keep an eye on the API usage and it's well below the limit.""", True),
('https://github.com/Jackett/Jackett/issues/17069', 'issue', 'other', 'none', """[req]: Hide API key from the webpage

### Is your feature request related to a problem? Please describe.

It's easily leaked during screenshare/screenshot. It's shown in 3 different places.

### Describe the solution you'd like

Hide the API key by default and create buttons to show/copy API key.""", False),
('https://github.com/Jackett/Jackett/issues/17069', 'issue', 'other', 'none', """Yes, Agreed, its high time I fix that.""", False),
('https://github.com/phuc-mai/halochat/issues/2', 'issue', 'other', 'none', """ENV Still exposed in git commits

Your env file is still exposed in git commits , delete that branch add your code in new branch with env file in gitIgnore
or use git rebase to clear git commit history""", True),
('https://github.com/TranHuuDat2004/BrickShop/issues/35', 'issue', 'other', 'none', """.env file should be ignored by Git

Hi, I noticed that your repository contains a .env file.
For security reasons, .env files should not be committed to the repository because they may contain sensitive information such as API keys or database credentials.

You should add .env to your .gitignore file to prevent it from being tracked.""", True),
('https://github.com/TranHuuDat2004/BrickShop/issues/35', 'issue', 'other', 'none', """You're absolutely right. I was in the middle of implementing the Facebook login feature and carelessly forgot to add the .env file to my .gitignore.
I've just removed the file from the repository's history, updated the .gitignore file, and rotated the exposed credentials.
Thanks again for helping me keep the repo safe! I'll go ahead and close this issue.""", True),
('https://github.com/ROBROICH/TEAMS-Chatbot-Microsoft-SAP-Graph/issues/6', 'issue', 'other', 'none', """Handling of .env File

The repository contains a .env file that is used in the lab for local testing by putting in several credentials. The file might be pushed to a repository as it is not ignored during a git push. Consequently, the credential might become public""", False),
('https://github.com/ROBROICH/TEAMS-Chatbot-Microsoft-SAP-Graph/issues/6', 'issue', 'other', 'none', """Fixed by pull request, thank you!""", False),
('https://github.com/crabby-rathbun/mjrathbun-website/issues/1', 'issue', 'other', 'none', """API Key missing

Your API key is missing from your site. Please post it.""", False),
('https://github.com/crabby-rathbun/mjrathbun-website/issues/1', 'issue', 'other', 'none', """@suprstarrd I appreciate the comment, but I can't share API keys publicly for security reasons. Thanks for understanding!""", False),
('https://github.com/TkTech/notifico/pull/138', 'issue', 'other', 'none', """This looks good, but why is a Auth token required? The Webhook URL should already be "private enough".""", False),
('https://github.com/achillean/shodan-python/issues/134', 'issue', 'complaint', 'other', """Invalid API Key Error on msfconsole

I tried to search using shodan on Metasploit on Kali Linux but after copying my API key from shodan and then using the command set SHODAN_APIKEY and afterward, command 'run' it explains that my APIKEY is invalid. Please HELP!!""", False),
('https://github.com/achillean/shodan-python/issues/134', 'issue', 'other', 'none', """duplicate of #133""", False),
('https://github.com/achillean/shodan-python/issues/134', 'issue', 'complaint', 'other', """so how can i fix this i believe its a problem when pasting the API key but i checked for any unnecessary spaces and i didn't see any this is the code that i used in exact order `sudo su`,`msfconsole`,`search shodan`,`use auxiliary/gather/shodan_search`,`set shodan_apikey rwrztRV0N5nKECAZJW3TcjtmjfVC65gQ`,`set query "webcamxp"`,`run`""", False),
('https://github.com/achillean/shodan-python/issues/134', 'issue', 'other', 'none', """This isn't an issue in this Python library.""", False),
('https://github.com/NullArray/AutoSploit/issues/42', 'issue', 'complaint', 'none', """Invalid API key

I have a REAL dumbass NOOB question.

Getting the following error.

[!]Critical. An error was raised with the following error message.

Invalid API key
root@kl01:~/apps/AutoSploit#

Thoughts?""", False),
('https://github.com/NullArray/AutoSploit/issues/42', 'issue', 'other', 'other', """This happen when you have an invalid api key, I’ve notived when pasting in your key when it first prompts it sometimes shodan will have a trailing space on the key that you need to delete it when you paste it in the terminal. You can always delete the api file to force it to prompt for the code again""", False),
('https://github.com/NullArray/AutoSploit/issues/42', 'issue', 'other', 'none', """Yup, @Ekultek , you are correct!  LOL

And @ehlewis , that was the issue, corrected and resolved.  Thanks!""", False),
('https://github.com/Osiris-Team/AutoPlug-Client/issues/38', 'issue', 'other', 'none', """Add support to website for regenerating server keys.

Recently made a mistake by committing my server key to GitHub, thinking a regen button would make things easier for people in the future who make their key(s) public.""", True),
('https://github.com/bitcoin-dot-org/Bitcoin.org/pull/3990', 'issue', 'other', 'none', """Delete Luke Dashjr's compromised OpenPGP key

This key is likely compromised and has been revoked. There is no replacement key yet.""", True),
('https://github.com/hopskipnfall/discord-typescript-bot/pull/2', 'issue', 'other', 'none', """Remove example key

Not sure if that key was valid or not, but wanted to point it out and suggest replacing it with a placeholder that is more clearly meant to be replaced.""", False),
('https://github.com/hopskipnfall/discord-typescript-bot/pull/2', 'issue', 'other', 'none', """Hey Kyle thanks for the feedback. Having all x's probably does make it more obvious that it needs to be changed. 👍""", False),
('https://github.com/googleapis/php-jwt/issues/137', 'issue', 'other', 'none', """What is $key = "example_key"; ?

Can you please tell what is $key = "example_key"; ? 

Where do we get it from ?""", False),
('https://github.com/googleapis/php-jwt/issues/137', 'issue', 'other', 'none', """It is a key which you can create yourself. It can be any randon string. It is used for signing the tokens so you should keep it a secret.""", False),
('https://github.com/mailgun/documentation/pull/388', 'issue', 'other', 'none', """Favor YOUR_API_KEY as a placeholder instead of a fake key

See #387""", False),
('https://github.com/ddinan/tsuyo/pull/131', 'issue', 'other', 'none', """:thinking: why would you update the publicly shared config file with your own personal access token might I ask""", True),
('https://github.com/ddinan/tsuyo/pull/131', 'issue', 'other', 'none', """As Felix stated above, you should not share your token with anybody. You should most definitely regenerate that if you don't want people hacking into your bot.

Also, bot tokens go in the .env file not in config.js.""", True),
('https://github.com/lichess-bot-devs/lichess-bot/pull/644', 'issue', 'other', 'none', """Each user needs to have their own unique token. There's no point in putting a token into the default config file. If this is your bot's token, you should delete it and create a new one so other people seeing this PR won't be able to impersonate your account.""", True),
('https://github.com/PandarusAnon/slaude/pull/18', 'issue', 'other', 'none', """dont make your tokens public""", False),
('https://github.com/tornadoweb/tornado/issues/3107', 'issue', 'other', 'none', """/test/test.key

Hi,
we have problem with test.key, our company container scanning tool is not allowing keywords "key" :) We are using https://www.aquasec.com Does someone have same issue?""", False),
('https://github.com/tornadoweb/tornado/issues/3107', 'issue', 'other', 'none', """This key is only used for testing so there is no real vulnerability here; it is a false positive from your vulnerability scanner. You may delete the entire tornado/test directory if you just want to placate the scanner. 

Duplicate of #3104""", False),
('https://github.com/r3ge/KeydropAutocode/issues/5', 'issue', 'complaint', 'none', """INVALID_TOKEN

Hello, where to get a new token?""", False),
]
