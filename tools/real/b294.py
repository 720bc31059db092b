# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 294 (mine-expo6): exposure described in words in SHORT replies and comments,
# second half -- more issue/PR threads (found with the `issues` search corpus, texts
# copied verbatim from the thread excerpts), a few unused day-files of the HubSpot
# developer Slack export (hubspotdev/devslackarchive, chat voice; the exposure-positive
# days of that archive are all used by earlier batches, so only near misses are left),
# and two forum-voice guide pages. Every URL grepped against tools/real/*.py in both
# quote styles and as a substring first; none used by an earlier batch.
# Positives: "you may want to rotate the API keys and secrets listed in this PR" and
# the author's "Sorry about the mistaken PR ... the keys have been rotated now", an
# automated notice of "a live GitHub (classic PAT) API key committed to this
# repository", "rotate previously leaked keys" and "GitGuardian recently detected some
# exposed secrets", RSA keys that are "already public", "master key was committed
# accidently", "Old key had leaked", "Your bot's token is here" (on a screenshot), "bruh,
# you just exposed your discord bot token", "Blud you just doxed your token", "Why u post
# my bot token", "wtf is my bot's token doing there" and the "mine too" pile-on, "You
# exposed the token on [this line]", "might want to refresh your token my guy, it's sorta
# in the source code", "one of my bots tokens have been posted on the internet", "GitHub
# leaked their private SSH key", a trusted-setup token that "is made public".
# Hard negatives: "Whoopsy daisy!", "It's fine, just a test bot", "that token is for his
# test bot anyways", "All tokens which i put on github are fake and just template",
# "Do not save tokens in plain text", "Read the readme.", a GPG key that "is expired"
# (not exposure), a feature request for key reset "A user by accident shares his api key
# or it is compromised" (hypothetical), keys to revoke "since commit history will become
# public" (not yet), API keys and passwords shown in a product's own log files (German
# "das Token mit im Log angezeigt", French "Supprimer apikey des log", nzbhydra2,
# viseron), chat replies "(The access token is redacted here ...)", "send us a screenshot
# (redacted if needed)", "if you didnt the publisher Key would be visible to all.",
# forum guides written in the second person ("You commit a key to a public repo ...
# The key is out. Now what?", "If a token leaks / Revoke immediately").
# Added in a second pass: "fix: Leaked API keys?", "api key exposed in github", "I'm just
# leak the source and the keys is still on", a committed private.key flagged "in a
# publicly viewable repository", "security keys are still visible on the master branch
# commit history", "Remove my bots password ... I done goofed", "Accidently found your
# password in the logs"; near misses "Make sure to revoke that token." (no words that it
# got out), "the file you are referring to is a self-signed certificate ... no need to
# remove it", "I saw that but assumed that it's just a test account", "Thanks for
# noticing it".
# Label doubts:
# - matrix-nio #167 "Remove my bots password ... Apparently I done goofed" -> True (the
#   title says the password is in the PR to be removed); the maintainer's "I saw that but
#   assumed that it's just a test account" -> False.
# - tine20 #5246 "Accidently found your password in the logs" -> True: the reporter saw
#   another person's password (in server logs, not public) -- doubt.
# - the-guard-bot #163 "Make sure to revoke that token." -> False (no words that the
#   token got out, though the PR carried one).
# - embassy #4394 author's reply ("Sorry about the mistaken PR ... poor practice on my
#   part ... the keys have been rotated now") -> True: it owns up to keys in the PR.
# - datahub #2385 "These are again already public (anyone on datahub has access to
#   them), but we still rotate them" -> True (says the keys are public; doubt: public to
#   the hub's users, not the web).
# - DiscordBotClient #223 "Your bot's token is here, not the location you captured." ->
#   True: points at the token visible in the reporter's screenshot.
# - Zero6992 #54 "It's fine, just a test bot. I delete it after taking the screenshot"
#   -> False (dismissal; no words that a key got out).
# - distube-music-bot #4 "it is also in two other bots on this account" -> True (tokens
#   in public source code).
# - namada-trusted-setup #104: the reporter's token is "invalid" and "made public" by
#   the project -> complaint (token rejected), True; integration 'none'.
# - PyDrocsid/cogs #95 (de): a moderation bot that auto-deletes Discord tokens posted in
#   chat writes the token into its own log -> False (a design issue, no key reported
#   out). jeedom-zigate #4 (fr) likewise.
# - HubSpot Slack 2024-05-17 opener (API endpoints "return 404", token redacted) ->
#   complaint (doubt: the writer later says he forgot a parameter), integration 'other'.
# - issue-graph #59 "since commit history will become publich" -> False (future).
# Language-tagged rows: de, fr.
ROWS = [
('https://github.com/embassy-rs/embassy/pull/4394', 'issue', 'other', 'none', """fwiw @its3mile - you may want to rotate the API keys and secrets listed in this PR, and you might not want to keep them in a public github repo where they can be pulled.""", True),
('https://github.com/embassy-rs/embassy/pull/4394', 'issue', 'other', 'none', """Thanks.

Sorry about the mistaken PR. I meant to merge into my fork main, not the official one.

For the avoidance of doubt, yes, poor practice on my part due to laziness, the keys have been rotated now.""", True),
('https://github.com/sourcegraph-community/no-secrets/issues/9', 'issue', 'other', 'other', """Possible leaked API key in this repository

Hi — an automated scan found what looks like a live **GitHub (classic PAT)** API key committed to this repository at:

- path: `secret-examples.md`""", True),
('https://github.com/Priyanshu-byte-coder/devtrack/issues/1828', 'issue', 'other', 'none', """[SECURITY/CHORE] Add strict warning to .env.example and rotate previously leaked keys

"To prevent this from happening again, I would like to be assigned to this issue so I can add a prominent security warning to the top of .env.example telling contributors not to place real keys in that tracked file.\"""", True),
('https://github.com/Priyanshu-byte-coder/devtrack/issues/1828', 'issue', 'other', 'other', """I wanted to provide some extra context for this issue. GitGuardian recently detected some exposed secrets in the project's Git history. 

Specifically, real **Supabase Keys** and **GitHub OAuth credentials** were accidentally committed to `.env.example` in commit `a9a5ae1`.""", True),
('https://github.com/berkeley-dsep-infra/datahub/pull/2385', 'issue', 'other', 'other', """Rotate GitHub RSA keys for private nbgitpuller links

These are again already public (anyone on datahub has
access to them), but we still rotate them""", True),
('https://github.com/gathuku/hotwiredcases/pull/11', 'issue', 'other', 'none', """Generate new credentials

The previous credentials master key was committed accidently.""", True),
('https://github.com/servo/saltfs/pull/692', 'issue', 'other', 'none', """(Old key had leaked, hence the forced merge. The commit is signed by the GPG key I often use to sign servo and rust commits so you know it's me.)""", True),
('https://github.com/rocq-prover/rocq/pull/7131', 'issue', 'other', 'none', """What did you do with your key? Did you use a new one? Was it really wanted? If yes, you should inform GitHub about it but you shouldn't change your key like that without a good reason...""", False),
('https://github.com/rocq-prover/rocq/pull/7131', 'issue', 'other', 'none', """Sorry my comment about your key was wrong: it is just that your key is expired: you should set a new expiration date (e.g. in one or two years) and republish your key on the keyservers and on GitHub.""", False),
('https://github.com/aiko-chan-ai/DiscordBotClient/issues/223', 'issue', 'other', 'none', """Your bot's token is here, not the location you captured.""", True),
('https://github.com/aiko-chan-ai/DiscordBotClient/issues/223', 'issue', 'other', 'none', """Whoopsy daisy!""", False),
('https://github.com/Zero6992/chatGPT-discord-bot/pull/54', 'issue', 'other', 'other', """@Zero6992 bruh, you just exposed your discord bot token""", True),
('https://github.com/Zero6992/chatGPT-discord-bot/pull/54', 'issue', 'other', 'none', """It's fine,  just a test bot. I delete it after taking the screenshot""", False),
('https://github.com/zcrew0x/kylebot/pull/5', 'issue', 'other', 'none', """Blud you just doxed your token 💀""", True),
('https://github.com/IMarkoMC/Tokens/issues/145', 'issue', 'other', 'none', """Fucked

Why u post my bot token and how u got""", True),
('https://github.com/IMarkoMC/Tokens/issues/145', 'issue', 'other', 'none', """Read the readme.""", False),
('https://github.com/IMarkoMC/Tokens/issues/65', 'issue', 'other', 'none', """my private bot token

wtf is my bot's token doing there""", True),
('https://github.com/IMarkoMC/Tokens/issues/65', 'issue', 'other', 'none', """Do not save tokens in plain text. Use ENV variables""", False),
('https://github.com/IMarkoMC/Tokens/issues/65', 'issue', 'other', 'none', """mine too tf is that""", True),
('https://github.com/Talus/GenBot-Tutorial/issues/3', 'issue', 'other', 'none', """Exposted bot token

You exposed the token on [this line](https://github.com/Talus/GenBot-Tutorial/blob/master/index.js#L4). Not sure if this is on purpose or not.""", True),
('https://github.com/Tomato6966/distube-music-bot/issues/4', 'issue', 'other', 'none', """your token is showing?

_might_ want to refresh your token my guy, it's sorta in the source code""", True),
('https://github.com/Tomato6966/distube-music-bot/issues/4', 'issue', 'other', 'none', """he always refreshes it. that token is for his test bot anyways""", False),
('https://github.com/Tomato6966/distube-music-bot/issues/4', 'issue', 'other', 'none', """it is also in two other bots on this account. idk, either way you really should not have any tokens in the source code
i never tested the token, however the fact that one is there at all is a bit concerning""", True),
('https://github.com/Tomato6966/distube-music-bot/issues/4', 'issue', 'other', 'none', """All tokens which i put on github are fake and just template for users who dont know how a discord token looks like""", False),
('https://github.com/IMarkoMC/Tokens/issues/110', 'issue', 'other', 'other', """how did you get my token?

I got a message from discord saying one of my bots tokens have been posted on the internet. To be honest I don't know what this token is and what it does but how do I prevent this from happening?""", True),
('https://github.com/digitalfabrik/entitlementcard/pull/889', 'issue', 'other', 'other', """Swap out Github SSH key

GitHub leaked their private SSH key. Hence, we have to swap out their public key in our CI pipeline with their new one.""", True),
('https://github.com/Scifabric/pybossa/issues/306', 'issue', 'other', 'none', """Allow users to reset their API-KEY easily

**Problem:** A user by accident shares his api key or it is compromised. He cannot re-create it.
**Solution:** Create a button that allows you to generate a new API-KEY for your user""", False),
('https://github.com/hjylewis/issue-graph/issues/59', 'issue', 'other', 'none', """Remove api keys from config file

Also need to revoke the key in the config file since commit history will become publich""", False),
('https://github.com/namada-net/namada-trusted-setup/issues/104', 'issue', 'complaint', 'none', """My token is invalid

My token comes from my email. But when I first used it, it was really used. Later, I saw my token in Unused tokens of Cohort 8. I don't understand. Why is that? The token originally belongs to me, but it is made public""", True),
('https://github.com/namada-net/namada-trusted-setup/issues/104', 'issue', 'other', 'other', """It was a new policy we introduced last week, you can read more about it on [twitter](https://twitter.com/namadanetwork/status/1595843269681897481?s=20&t=OxcRSQfXJA0vD1V7bvjlBQ). We decided to remove that policy and distribute some token via twitter.""", False),
('https://github.com/PyDrocsid/cogs/issues/95', 'issue', 'other', 'none', """Autolöschen von Token

Beim Autolöschen von einem DC-Token wird das Token mit im Log angezeigt.

--> Ersetzen des Inhalts des Tokens durch den str "TOKEN" um Missbrauch durch Leute zu verhindern, die den Log einsehen können.""", False, 'de'),
('https://github.com/jeedom-zigate/jeedom-plugin-zigate/issues/4', 'issue', 'other', 'none', """Supprimer apikey des log

Supprimer apikey des log afin que le support des utilisateurs soit anonyme""", False, 'fr'),
('https://github.com/theotherp/nzbhydra2/issues/162', 'issue', 'other', 'none', """Feature Req: Removal of API key from logs

When creating debug logs:
In the nzbhydra-config.yaml, for indexers that fail and report a **lastError**, the apikey is visible.
The debug json file also has the apikey visible.
Any change you can parse these out?""", False),
('https://github.com/theotherp/nzbhydra2/issues/162', 'issue', 'other', 'none', """The json logfile is meant to contain the apikeys because it's not included in the debug infos and you can copy the URLs from it to test stuff. I'll remove the apikey from the lastError column.""", False),
('https://github.com/roflcoopter/viseron/issues/755', 'issue', 'other', 'none', """Password clearly displayed in log

Not sure it can be reported as bug but more as a privacy/security risk

If passwords have the @ symbols, on logs part after it will be in clear text. If for unlucky it's the first char your whole password can be read""", False),
('https://github.com/florensiawidjaja/BioinfoMCP/pull/5', 'issue', 'other', 'none', """fix: Leaked API keys?

Closes #4""", True),
('https://github.com/prashasth-nair/AnimePeak/pull/31', 'issue', 'other', 'none', """Fix: api key exposed in github

its your choice to keep exposing api key""", True),
('https://github.com/prashasth-nair/AnimePeak/pull/31', 'issue', 'other', 'none', """Thanks for noticing it""", False),
('https://github.com/ChiuHuang/TS-Source/issues/6', 'issue', 'other', 'none', """Bro I think there is some github repo in your api keys

came from threads, stayed for apikeys""", True),
('https://github.com/ChiuHuang/TS-Source/issues/6', 'issue', 'other', 'none', """That's not my code I'm just leak the source and the keys is still on.""", True),
('https://github.com/thedevs-network/the-guard-bot/pull/163', 'issue', 'other', 'none', """Make sure to revoke that token.""", False),
('https://github.com/microsoft/PowerBI-visuals-FacetKey/issues/46', 'issue', 'other', 'none', """Revoke private key or add comment indicating the reason it has been committed

It is a security best practice to never commit a secret, especially within a publicly viewable repository. However, the following file has been committed to your repo:

- `PowerBI-visuals-FacetKey/certs/PowerBICustomVisualTest_private.key`""", True),
('https://github.com/microsoft/oxa-tools/issues/262', 'issue', 'other', 'none', """After a re-consideration, the file you are referring to is a self-signed certificate. It is naturally invalidate except for test purposes. There is no need to remove it. Thanks.""", False),
('https://github.com/gujc71/firebaseExample/issues/1', 'issue', 'other', 'none', """Security keys are still visible.

Hello, despite commit 7c9bf948f102ec1a578a9a4723f5757882520041, security keys are still visible on the master branch commit history at 2fdb882430bbbfde41aec6c7607e292a1088c413.""", True),
('https://github.com/matrix-nio/matrix-nio/pull/167', 'issue', 'other', 'none', """Remove my bots password 😞

Apparently I done goofed. Don't worry, I've changed the password already.""", True),
('https://github.com/matrix-nio/matrix-nio/pull/167', 'issue', 'other', 'none', """Heh, I saw that but assumed that it's just a test account so I didn't touch it.""", False),
('https://github.com/tine20/tine20/issues/5246', 'issue', 'other', 'none', """0010526: Remove password from log

**Reported by sstamer on 21 Nov 2014 11:22**

Accidently found your password in the logs...""", True),
('https://github.com/hubspotdev/devslackarchive/blob/main/channel_api/2024/05/2024-05-17.json', 'chat', 'complaint', 'other', """Hi!

I am testing out the API endpoints through the HubSpot Developers page, but the endpoints return 404?

For instance, requesting the subscription status fails:
<https://developers.HubSpot.com/docs/api/marketing-api/subscriptions-preferences>

(The access token is redacted here, but I made sure to set it in my request)""", False),
('https://github.com/hubspotdev/devslackarchive/blob/main/channel_api/2024/05/2024-05-17.json', 'chat', 'other', 'none', """Oh, ignore my request. I did forget to supply the email for the request ... THanks!""", False),
('https://github.com/hubspotdev/devslackarchive/blob/main/channel_workflows/2025/01/2025-01-03.json', 'chat', 'other', 'none', """If you've not done it already, be sure you enter your secret values with the private app auth token, and that you've mapped out the properties in the relevant section above the code too :slightly_smiling_face: Feel free to send us a screenshot (redacted if needed) of the custom code you're using and im happy to take a look""", False),
('https://github.com/hubspotdev/devslackarchive/blob/main/channel_general/2019/05/2019-05-01.json', 'chat', 'other', 'none', """if you didnt the publisher Key would be visible to all.""", False),
('https://everydayhustlejeff.com/ibyok/first-hour-after-leaked-key.html', 'forum', 'other', 'none', """It happens. You commit a key to a public repo. You paste it into a screenshot. You type it into the wrong terminal window. The key is out. Now what?
The next hour matters. Here's the playbook.""", False),
('https://mcanswers.ai/en/docs/api/secure-token', 'forum', 'other', 'none', """If a token leaks
Revoke immediately
Open Settings → API Tokens and revoke the exposed token.Rotate downstream config
Remove the old value from any deployment, secret store, or local environment.""", False),
]
