# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 51 (mine-b, round 2): exposure in words, short and messy: Discord
# bot tokens found, posted or "stolen" and the owners' one-line replies;
# Stripe keys reported public (scanners, maintainers, Stripe staff) against
# "it's a publishable/test key" replies and an account ID that is not a key;
# Stripe webhooks that stopped, with the follow-ups that found the cause.
ROWS = [
("https://github.com/eritislami/evobot/issues/826","issue","other","none","there is an exploit i believe. So, yesterday I set up my bot and after all setup was done I invited the bot to my server. Then after like a minute or so a random dude appeared in a server then the bot I made started spamming links of that guy's server in everyone's dms so please if there any solution for this please let me know.",False),
("https://github.com/eritislami/evobot/issues/826","issue","other","none","Your token was stolen, there is no other way this can happen.",True),
("https://github.com/eritislami/evobot/issues/826","issue","other","none","Regenerate the token, and fast.",False),
("https://github.com/IMarkoMC/Tokens/issues/84","issue","other","other","False use. This thing made a discord bot's token deleted even if the bot is not even a scamming or phising bot.",False),
("https://github.com/IMarkoMC/Tokens/issues/84","issue","other","other","It not about scamming or phishing. You leaked your token and it was posted here to let discord deleted it . So no one can use it for ill intent",True),
("https://github.com/IMarkoMC/Tokens/issues/84","issue","other","none","Store your token properly lol.",False),
("https://github.com/skidmaster69420/discord-tokens/issues/74","issue","other","none","Okay, but why's my bot's token here? I honestly concerned how it ended up here, among the others.",True),
("https://github.com/skidmaster69420/discord-tokens/issues/74","issue","other","other","Do you use repl.it to host your bot?",False),
("https://github.com/discord/discord-api-docs/issues/5842","issue","other","other","bot token. so one of my bot tokens were leaked online, i got a dm from discord telling me where it got leaked and how to fix it so i fixed it and i keep geting the urgent dm, and i cant get rid of it",True),
("https://github.com/skidmaster69420/discord-tokens/issues/84","issue","other","other","hii, not that i care or anything but i got email from discord that my token was found here, i saw this project and it's good, you are closing scammer down.",True),
("https://github.com/skidmaster69420/discord-tokens/issues/84","issue","other","none","btw i'm not using my bot anymore, like few months already passed or so.",False),
("https://github.com/skidmaster69420/discord-tokens/issues/84","issue","other","other","It was found somewhere on the internet.  Were you hosting. your bot on repl.it?  That's the most common vector for leaked Discord bot tokens.",True),
("https://github.com/ItzSudhan/Discord-MusicBot/issues/829","issue","other","none","uh ig your bot token just leaked…",True),
("https://github.com/ItzSudhan/Discord-MusicBot/issues/829","issue","other","none","Do you change your bot config and upload it to forked repo?",False),
("https://github.com/ItzSudhan/Discord-MusicBot/issues/829","issue","other","none","Aight I checked it, your token was leaked by a pull request opened by @sawadalla",True),
("https://github.com/skidmaster69420/discord-tokens/issues/90","issue","other","none","Bro tried stealing my bot token",True),
("https://github.com/skidmaster69420/discord-tokens/issues/90","issue","other","none","Is it really stealing if it's plastered on a billboard for everyone see?  You leaked your own token and the repo owner found it.",True),
("https://github.com/IMarkoMC/Tokens/issues/153","issue","other","other","how tf did u do this discord emailed me saying my bot token got comprimised by here xd",True),
("https://github.com/skidmaster69420/discord-tokens/issues/56","issue","other","other","Fr bruh I was just having a normal day and discord messaged me about my token being in used and this mf tryna post my token publicly and I never did anything to this dude but thankfully I resetted the token",True),
("https://github.com/skidmaster69420/discord-tokens/issues/29","issue","other","other","Not a random bot. Your token was being used by a scammer who leaked it and was then published here so it would get reset by Discord, thus protecting your account from being used by a scammer.",True),
("https://github.com/skidmaster69420/discord-tokens/issues/29","issue","other","none","how do u get them token u must have a random bot",False),
("https://github.com/ovieokeh/react-stripe-payment/issues/3","issue","other","stripe","Exposed Security Key. I have reading through your tutorial [building-payments-system-react-stripe](https://blog.logrocket.com/building-payments-system-react-stripe/) for a project and it has been very helpful so far, and when running your app, after downloading it from github, i noticed you left your security key in the code, i don't know if it was a mistake or you did it on purpose but i thought i'd let you know anyway since",True),
("https://github.com/ovieokeh/react-stripe-payment/issues/3","issue","other","stripe","Thanks, it's a [publishable key](https://stripe.com/docs/keys) so there's no harm having it committed.",False),
("https://github.com/stripe-samples/checkout-one-time-payments/pull/125","issue","other","stripe","@MicahSparksPV This leaked your live API keys.",True),
("https://github.com/dualcube/moodle-enrol_stripepayment/pull/45","issue","other","stripe","from the above code, you can see **the plugin leaking the stripe secret key.** This key should be stored on the server and never exposed to the public.",True),
("https://github.com/stripe-samples/checkout-netlify-serverless/pull/3","issue","other","stripe","Don't ever commit your .env file to the history! That's why .env is listed in the gitignore https://github.com/stripe-samples/checkout-netlify-serverless/blob/master/.gitignore#L2 Please immediately revoke that secret key! https://stripe.com/docs/keys#revoking-keys",True),
("https://github.com/MAIF/daikoku/issues/1148","issue","other","stripe","Stripe secret key leaked into the SPA payload (toUiPayload). The Stripe **secret API key** is shipped to the browser inside the SPA bootstrap payload.",True),
("https://github.com/theopenco/llmgateway/issues/551","issue","other","stripe","Stripe API key is exposed in the nextjs app. I was going through your codebase and reviewing the changes and conversion from tanstack to nextjs, I discovered that in the apps/next/lib/stripe configuration, you have exposed your Stripe keys.",True),
("https://github.com/1bit-MONSTER/1bit-MONSTER/issues/411","issue","other","stripe","[SECURITY] Stripe account ID exposed in ROADMAP.md. While a Stripe account ID (`acct_xxx`) is not a secret key, exposing it in a public repo enables: - Targeted social engineering attacks against the account owner",False),
("https://github.com/franksmule/prestashop-stripejs/issues/35","issue","complaint","stripe","Problem with your Stripe webhook. Everything's working fine with presta1.6.1.6, but I still get these emails from stripe :",False),
]
