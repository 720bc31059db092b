# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 50 (mine-b, round 2): exposure in words from issue trackers, the
# non-Stripe side: keys pushed or posted publicly and the owners' replies,
# keys "stolen" through third-party apps, provider mails saying a key leaked;
# and the non-exposure texts on the same topic: "let me revoke my key if it
# is ever compromised" feature requests, "it's only a test key", advice.
ROWS = [
("https://github.com/Pirate-Weather/pirateweather/issues/675","issue","complaint","other","API key revoked without warning. The API key that I've been using the past few years was suddenly revoked without warning as I never got an email from APIable that the key was revoked. The subscription in APIable shows as expired so not entirely sure what happened.",False),
("https://github.com/Pirate-Weather/pirateweather/issues/675","issue","complaint","none","Same issue here. My account shows that my tokens were revoked.",False),
("https://github.com/Pirate-Weather/pirateweather/issues/675","issue","complaint","none","@alexander0042 Any idea what happened? I was surprised when I started getting errors and when querying the API it showed 403 Unauthorized.",False),
("https://github.com/gobitfly/eth2-beaconchain-explorer/issues/1494","issue","other","none","FR: Allow API key to be reset. Right now if a node operator leaks their API key accidentally they have no recourse... this would be bad.",False),
("https://github.com/virejdasani/LuminousNewTab/issues/7","issue","other","none","API Key. Might want to be careful leaving your API key in and sharing this around the web",True),
("https://github.com/virejdasani/LuminousNewTab/issues/7","issue","other","other","Hi, thanks a lot for bringing this to my notice. Is there any way to hide the key on GitHub automatically?",False),
("https://github.com/MartianInGreen/OpenWebUI-Tools/issues/2","issue","other","none","API KEY in File. Hey, I noticed you pushed your API key in the file. You should immediately revoke that and ideally not do that again.",True),
("https://github.com/cnguy/onetricks.net/issues/5","issue","other","none","Visable api key. Not sure if this was intended but your api key for this application is visible",True),
("https://github.com/cnguy/onetricks.net/issues/5","issue","other","none","Hi, thank you for the warning! Fortunately, it is not my API key. That is just for verifying apps.",False),
("https://github.com/mgechev/gemini-angular-drawing-demo/issues/1","issue","other","none","Exposure of API Key. Hi Minko Gechev, Hope you're doing well. I noticed that the API key is visible in your repository. Just wanted to give you a heads-up to prevent any security issues.",True),
("https://github.com/mgechev/gemini-angular-drawing-demo/issues/1","issue","other","none","Yes, this is intentional to enable people to try the app at the deploy URL. Thanks for the heads up!",False),
("https://github.com/darryllane/Bluto/issues/35","issue","other","other","Exposed HIBP API Key. Hey there Darryllane, I'm creating an issue because I have noticed that you've left your Have I Been Pwned API key exposed on Github! Just a reminder that the API Access is paid and anyone can authenticate as you with your API key!",True),
("https://github.com/mckaywrigley/chatbot-ui/issues/944","issue","other","none","Leaked key. Starting somewhere from last week, there have been ongoing daily uses of the key generating anywhere from few dollars up to 10$. I just saw another issue thread stating the same thing. Is there any way this can be fixed?",True),
("https://github.com/mckaywrigley/chatbot-ui/issues/944","issue","other","none","Change your key, asap.   They got mine and immediately ran it up to the limit.  I think they are sharing the keys on discord.",True),
("https://github.com/mckaywrigley/chatbot-ui/issues/944","issue","other","none","To clarify the app isn't \"Leaking\" the API key.",False),
("https://github.com/mckaywrigley/chatbot-ui/issues/951","issue","other","none","Api Keys are stole n using this app. I have seen this a couple of months ago, any key i use here it tends to increase usage even though nothing am doing. how can i use 150$ in one day really.",True),
("https://github.com/fredrikburmester/streamystats/issues/223","issue","other","other","Open AI API key leaked. Set this up last night with new Open IA API key. This morning, I received email from Open AI to say key had been leaked and had been disabled. How could this have happened?",True),
("https://github.com/fredrikburmester/streamystats/issues/223","issue","other","none","It's not because of this project at least.",False),
("https://github.com/ztjhz/BetterChatGPT/issues/353","issue","other","other","BetterGPT is Stealing API Keys DO NOT USE. I gave bettergpt.chat a unique API key on June 13th at approximately 3pm, and had no other keys at the time, and _did not use the service at all_.",True),
("https://github.com/lencx/nofwl/issues/86","issue","other","other","It is seriously suspected that my api is leaked, and then my api submits requests too many times, so when using openai, it prompts too many requests in 1 hours",True),
("https://github.com/privatevoid-net/depot/issues/122","issue","other","none","Hi, this is a snakeoil key, used for testing.",False),
("https://github.com/grafana/agent/pull/6873","issue","other","none","patch2: Remove real keys from testing. Even when testing you should never commit real keys to VCS. Especially private keys.",False),
("https://github.com/grafana/agent/pull/6873","issue","other","none","As far as I know these were keypairs generated specifically for the test, and aren't used in any environment.",False),
("https://github.com/MaxGfeller/youtube-search/issues/45","issue","other","none","Exposed key in tests/test-search.js. Don't know if it's fake or real, but just as a heads up.",True),
("https://github.com/MaxGfeller/youtube-search/issues/45","issue","other","none","Thanks for letting me know @rokoburilo! The key is just used for the automated tests and nothing else.",False),
("https://github.com/JuliaML/OpenAI.jl/issues/4","issue","other","none","Remove API key in the test scripts. The API key should be a secret in the GitHub repo that gets passed by CI into the file when testing.",False),
("https://github.com/llazzaro/django-scheduler/pull/390","issue","other","none","Use an obviously fake SECRET_KEY for tests. Don't give the illusion that the key is a real secret.",False),
("https://github.com/Junyi-99/ChatGPT-API-Scanner/issues/27","issue","other","none","IMPORTANT: Using API Keys. Important warning: finding exposed API keys on GitHub does not make them free to use.",False),
("https://github.com/PostHog/posthog/pull/45054","issue","other","other","fix: GitHub Secret scanning alerts not revoking keys. GitHub is sending us alerts with the wrong key type. This is resulting in all lookups failing.",False),
("https://github.com/github/roadmap/issues/630","issue","other","other","Secret scanning: Surface GitHub token metadata in alert view. The UI for a secret scanning alert will surface metadata about any leaked GitHub token.",False),
("https://github.com/datagouv/data.gouv.fr/issues/1243","issue","other","other","Étudier le secret scanning program de Github. Cela permettrait d'être prévenu et de révoquer des clés d'API ayant fuité sur Github.",False,"fr"),
]
