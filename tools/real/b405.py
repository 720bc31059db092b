# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 405 (mine-b405): ENGLISH end users of editor plugins, browser extensions, note-taking
# plugins and chat front-ends / self-hosted apps that call a hosted AI, speech or translation API
# with the user's own key - Obsidian plugins (Text2Anki, Auto Classifier, Companion, Smart
# Connections, Open Weather, Auto Link Title, mcp-obsidian's Local REST API), Logseq plugins (GPT-3
# OpenAI, Composer), Notepad++ plugins (NppOpenAI, NppTranslate), VS Code extensions (DeepL,
# ChatGPT, Continue, Roo Code), browser extensions (Simple Translate, DeepLopener PRO, Human Reader,
# Ollama Client), KOReader's X-Ray plugin, OmegaT's DeepL plugin, TYPO3's DeepL extension, R's
# babeldown, SillyTavern, Home Assistant's ElevenLabs integration, desktop-waifu, Natively, BoltAI,
# MarkFlowy, turbogpt.ai, matrix-chatgpt-bot, a WhatsApp AI bot, Better Translation Manager, job-ops
# and OpenRouter front-ends (claude-code-router, openclaude, OpenClaw, Hermes Agent, EasyCLIProxyAPI,
# pal-mcp-server) - complaints in everyday words ("it does not recognize my key", "Every translation
# drops a 403", "I have already renewed the authentication key without success", "Constantly fires
# `Invalid API key, please try again.`", "Doesn't work with my fresh API key", "It used to work
# before", "This config file works well two days agos", "Hello, same here. 403 :(") kept with near
# misses from the same threads (maintainers' diagnoses - "Please make sure you use the free version",
# "These versions have not yet supported the (132 characters) long OpenAI user API keys", "I suspect
# that you're getting a geographical restriction", "make sure `https` is at the beginning" -, "works
# now" follow-ups - "After switching to the Pro version, the translation works", "I tried with
# different api key. It worked. I completely used my free credits", "I add in wrong place (Codex
# API)", "You have to delete ":fx" at the end of the key" -, quota and billing mistaken for key errors
# - "my free $18 credits had "expired"", "This seems to happen when you have no credits at
# OpenRouter", "The key will show up as invalid until you convert to a paid subscription" -, how-to
# ("How do I change the API key once I already put it in?"), a PR adding Gemini key validation, a
# README warning that a new OpenWeather key is not active at once, and feature requests).
# Exposure rows: obsidian-companion #42 (the writer posted screenshots of the key: "im not worried
# about some of the numbers showing i will delete it"), nostr-client #2 (a third party: "I've found a
# OPENAIkey in this git history"; the owner: "forgot and pushed it accidentally ... they disabled this
# API key quickly"), node-chatgpt-api #197 ("because I passed the api_key to the public warehouse of
# github") -> True. Masked keys inside pasted error text (Continue's "sk-proj-****...21sA") -> False.
# Sources (issues corpus, 11 search look-ups of the 60 allowed; texts copied from the thread excerpts
# the search returned, trimmed only - a title plus the first sentences, or one comment):
#  manibatra/obsidian-text2anki-openai #1, HyeonseoNam/auto-classifier #22, rizerphe/obsidian-
#  companion #42, brianpetro/obsidian-smart-connections #748, Krazal/nppopenai #32,
#  willasm/obsidian-open-weather PR #1, web-vision/deepltranslate-core #59, soerenuhrbach/vscode-
#  deepl #12, ychoi-kr/omegat-plugin-deepl-api-free #2, ropensci-review-tools/babeldown #85, web-
#  vision/deepltranslate-core #166, web-vision/deepltranslate-core #40, databird/npptranslate64 #3,
#  SillyTavern/SillyTavern #3224, sienori/simple-translate #517, T3aHat/DeepLopener_PRO #2,
#  MarkusPfundstein/mcp-obsidian #28, briansunter/logseq-openai #57, briansunter/logseq-openai
#  #121, briansunter/logseq-openai #117, briansunter/logseq-openai #55, briansunter/logseq-openai
#  #143, briansunter/logseq-openai #115, briansunter/logseq-openai #83, martindev9999/logseq-
#  composer #4, continuedev/continue #12788, continuedev/continue #10078, sebhs/human-reader-
#  chrome-extension #39, home-assistant/home-assistant.io #39747, home-assistant/core #147667,
#  home-assistant/core #147687, AlizerUncaged/desktop-waifu #124, carleeno/elevenlabs_tts #123,
#  Natively-AI-assistant/natively-cluely-ai-assistant #69, elevenlabs/elevenlabs-js #8,
#  Marfusios/nostr-client #2, andersmelander/better-translation-manager #90, DaKheera47/job-ops
#  #202, ultimatejimmy/xray.koplugin #72, valory-xyz/olas-operate-app PR #530, musistudio/claude-
#  code-router #227, BeehiveInnovations/pal-mcp-server #209, Gitlawb/openclaude #967,
#  openclaw/openclaw #26960, router-for-me/EasyCLIProxyAPI #114, NousResearch/hermes-agent #14637,
#  RooCodeInc/Roo-Code #6459, BoltAI/BoltAI #299, Shishir435/ollama-client #298, mims-harvard/Medea
#  #1, zolrath/obsidian-auto-link-title #165, Zain-ul-din/whatsapp-ai-bot #37, matrixgpt/matrix-
#  chatgpt-bot #156, mikebpech/turbogpt.ai #11, drl990114/MarkFlowy #489, gencay/vscode-chatgpt
#  #157, waylaidwanderer/node-chatgpt-api #197, acheong08/ChatGPT #55, Panafor-Ai-Team/Aico #107,
#  ikechan8370/chatgpt-plugin #185.
# Checked: every thread URL was grepped (exact URL followed by a quote, # or /) over
# tools/real/*.py, tools/real/pending/*.py and /work/wt/*/tools/real/*.py (and pending) - none is in
# an earlier batch; every text was compared (lower-cased) with the ~27.5k earlier rows and within the
# batch - no duplicate. Skipped as already used: different-ai/obsidian-ava #14, logancyang/obsidian-
# copilot #94 #161, diffbot/code-gpt-docs #77, continuedev/continue #10088, ITSpecialist111/
# ai_automation_suggester #153, open-webui/pipelines #145, Aider-AI/aider #950, anthropics/claude-
# quickstarts #193, abi/screenshot-to-code #272 #430, emilsvennesson/opencode-websearch #15,
# ezetech/anthropic-gui #85, eyaltoledano/claude-task-master #222, ItzCrazyKns/Vane #303,
# Good-player/free-claude-api-and-anthropic #14, fredrikburmester/streamystats #223,
# openai/openai-quickstart-node PR #33, vaguenebula/AlpacaDataReflect #2, GreyDGL/PentestGPT #559,
# OvidijusParsiunas/deep-chat #36, lencx/nofwl #86, Ybakman/LLM_Uncertainty #2, sejaljain-27/repo #13,
# yding25/GPT-Planner #1, massgen/MassGen #1105, kholsinger/Lecture-Notes #24, MemoriLabs/Memori #554,
# radareorg/radare2-extras #324, can1357/oh-my-pi #449, FatihMakes/Mark-XXXIX-OR #12,
# cequence-io/openai-scala-client #109, al-swaiti/ComfyUI-OllamaGemini #27, itcon-pty-au/stremio-ai-
# search #59, google-gemini/gemini-cli #25198, RooCodeInc/Roo-Code #2445, micah5/sponsorship_remover
# #7, MartianInGreen/OpenWebUI-Tools #2, sunnah-com/api #3843, Subscribie/subscribie #821,
# apinf/platform #1664, usgo/online-ratings #87.
# Rejected on reading: the Chinese / Japanese threads and comments (immersive-translate #50,
# SillyTavern #4483, GeminiProChat #142, zotero-pdf-translate #1048, CherryHQ/cherry-studio #3091,
# chatmoss-ui #169, noobnooc/ohmygpt #4, DeepLopener_PRO's Japanese replies, chatgpt-plugin's "已解决，
# 换了key") - this batch is English; shouri123/Late-Meet #338 #770 (contributors' code-level bug
# templates, not a user's own failure); openai/openai-openapi #255 ("my api key has been changed with
# someone" - unclear whether a leak); continuedev/continue #12651 (a third copy of the same template);
# aandrew-me/tgpt #101 #104 (the tool's own shared key, not the user's); automated leak-scanner
# issues; an OpenClaw reply with garbled characters; comments that were only screenshots, logs or
# system-info dumps; briansunter/logseq-openai #55's h-b comment (near-copy of #117's description).
# Doubts: obsidian-companion #42 - exposure True: the writer says in words that screenshots showing
# part of the key were posted. zolrath/obsidian-auto-link-title #165 (a bogus "API key is not 32
# characters" console warning while the API is not used) - other, nothing between two systems fails.
# better-translation-manager #90 (the maintainer files a user's report that the Gemini key is not
# validated) - complaint. logseq-openai #83 ("gpt-3.5-turbo ... doesn't work", labelled enhancement:
# a model not yet supported) - other, a missing feature; MarkFlowy #489's opening ("What's the plan
# for the ChatGPT") - other, while the later "I still received "request error, please check your
# ApiKey"" - complaint. vscode-chatgpt #157 (how to change the key, with a 401) - complaint: stuck
# with a rejected key. elevenlabs-js #8 is an SDK user, kept for its 401 and the "still getting the
# same issue" follow-up. Quota / billing explanations and "it worked after buying credits" - other.
# Messages naming no product ("403 error", "Same for me") - integration none; those naming OpenAI,
# DeepL, ElevenLabs, Gemini, OpenRouter, ChatGPT, OpenWeather, LinkPreview - other.
# Integration: other (72), none (59). Exposure: 4 rows True.
# Voices: issue only. Languages: English only. 131 rows, 70 complaints (53.4%), 60 threads.
ROWS = [
    ('https://github.com/manibatra/obsidian-text2anki-openai/issues/1', 'issue', 'complaint', 'other', 'Unable to run\n\nI get the following in the console output:\n\nplugin:text2anki-openai:734          POST https://api.openai.com/v1/chat/completions 401', False),
    ('https://github.com/HyeonseoNam/auto-classifier/issues/22', 'issue', 'complaint', 'other', 'Error on ChatGPT API Key\n\nWhile setting API, even if the API key is right and I had double checked it with other plugins, the plugin said that the error occurred.\n\nI try with restarting the plugin and obsidian several times. It continually failed to set the API.', False),
    ('https://github.com/HyeonseoNam/auto-classifier/issues/22', 'issue', 'other', 'none', '@HyeonseoNam Sorry for asking again, I am not sure how could I do with #19, since I installed the plugin through community plugins store.', False),
    ('https://github.com/HyeonseoNam/auto-classifier/issues/22', 'issue', 'other', 'none', '@SunProg, Sorry. I should have mentioned #9, not #19. Are you sure your billing is working properly?', False),
    ('https://github.com/rizerphe/obsidian-companion/issues/42', 'issue', 'complaint', 'none', 'Invalid license key, Has to be a me thing\n\nI can not get my key to work, i feel like this should be a step thats impossible to do wrong, but i must be\nI made a key https://ibb.co/fYks0NKn\nI pasted it in  https://ibb.co/5JTNcJL\n(im not worried about some of the numbers showing i will delete it)', True),
    ('https://github.com/rizerphe/obsidian-companion/issues/42', 'issue', 'complaint', 'other', "I am also getting the following:\n```\nOpenAl API key is invalid. Please doublecheck your API key in the plugin settings.\n```\n\nUsing the `OpenAI ChatGPT` provider with the `GPT 3.5 Turbo preview` model.\nThere is credit on the account and I'm using a read only API key.", False),
    ('https://github.com/brianpetro/obsidian-smart-connections/issues/748', 'issue', 'complaint', 'other', "API key invalid and error thrown\n\nWhen I add the API key I get an error. It's freshly created from https://platform.openai.com/api-keys", False),
    ('https://github.com/brianpetro/obsidian-smart-connections/issues/748', 'issue', 'complaint', 'none', "It seems like it's not adding it at all? But I do see it in the settings", False),
    ('https://github.com/brianpetro/obsidian-smart-connections/issues/748', 'issue', 'other', 'none', '@stanislavkozlovski The API key setting can be found in the Smart Chat window, see this screenshot', False),
    ('https://github.com/Krazal/nppopenai/issues/32', 'issue', 'complaint', 'other', 'The problem with the gpt chat keys\n\nI installed the plugin, but the key that generates the gpt chat for me with the prefix sk-proj at the beginning and there is no way to just do sk in the key cabinet, because of this, the plugin does not start and knocks out the error what should I do? screenshot attached', False),
    ('https://github.com/Krazal/nppopenai/issues/32', 'issue', 'other', 'other', 'Hi!\n\nThank you for your patience! Unfortunately, this is an OpenAI (API) warning, not a message built into the plugin. OpenAI suggests some possible solutions here: https://help.openai.com/en/articles/6882433-incorrect-api-key-provided', False),
    ('https://github.com/Krazal/nppopenai/issues/32', 'issue', 'complaint', 'other', 'Okay, its OpenAI warning, but it is due to fact, that API key written in the NppOpenAI.ini is somehow disrupted by plugin\'s code. \nI have the same warning showing, that API key ending with "8La" is incorrect. Problem is, that my keys don\'t end with "8La".', False),
    ('https://github.com/Krazal/nppopenai/issues/32', 'issue', 'other', 'other', 'Is it possible that you are using an older NppOpenAI version, like v0.4.0.0? You can check it out here: **Plugins » NppOpenAI » About.** These versions have not yet supported the (132 characters) long OpenAI user API keys. :(', False),
    ('https://github.com/willasm/obsidian-open-weather/pull/1', 'issue', 'other', 'other', "Add warning about new OW API key\n\nAfter installing the plugin, I encountered a 401 error... After a little understanding of the code, I realized that the error was not on the plugin's side. In the OpenWeather FAQ, I found a mention that the new key does not become active immediately.", False),
    ('https://github.com/web-vision/deepltranslate-core/issues/59', 'issue', 'complaint', 'other', "Client error: `POST https://api-free.deepl.com` resulted in a `403 Forbidden`\n\nI set up a DeepL API Free Account with Deepl and received an authentication key for the DeepL API.\nI entered the authentication key in the extension settings `(settings.apiKey (string)` and as host 'https://api-free.deepl.com` `(settings.apiUrl (string)`).\nIf I now want to translate a content element with Deepl, I get the error message:\n```\nClient error: `POST https://api-free.deepl.com` resulted in a `403 Forbidden` response:\n403 Forbidden\n```\n\nI have already renewed the authentication key without success.", False),
    ('https://github.com/web-vision/deepltranslate-core/issues/59', 'issue', 'other', 'none', 'After switching to the Pro version, the translation works.', False),
    ('https://github.com/soerenuhrbach/vscode-deepl/issues/12', 'issue', 'complaint', 'none', '403 error\n\nEvery translation drops a 403', False),
    ('https://github.com/soerenuhrbach/vscode-deepl/issues/12', 'issue', 'other', 'other', "Hi,\n\nIs your API-Key correct? \nDo you use the correct version? Please make sure you use the free version if you don't use the paid deepl plan.", False),
    ('https://github.com/soerenuhrbach/vscode-deepl/issues/12', 'issue', 'complaint', 'other', 'Iam using: DeepL API Free. Hope this is the correct one.\n\nAlso generated a new API key and tried to use it. Still no luck.', False),
    ('https://github.com/soerenuhrbach/vscode-deepl/issues/12', 'issue', 'complaint', 'other', 'I have the same problem. \n\nI just created a DeepL Free User and entered the API key.', False),
    ('https://github.com/soerenuhrbach/vscode-deepl/issues/12', 'issue', 'other', 'other', 'After I restarted Visual Studio and the settings Deepl: Use Pro off, it works.\n\nI think the description for the settings is confusing because when you create an account for Deepl you are thrown with terms like Deepl Pro.', False),
    ('https://github.com/soerenuhrbach/vscode-deepl/issues/12', 'issue', 'complaint', 'none', 'I have the same problem. it warns "Request failed with status code 403"', False),
    ('https://github.com/soerenuhrbach/vscode-deepl/issues/12', 'issue', 'complaint', 'none', 'Hello, same here. 403 :(', False),
    ('https://github.com/ychoi-kr/omegat-plugin-deepl-api-free/issues/2', 'issue', 'complaint', 'other', 'Error contacting DeepL API: 403: Forbidden\n\nHi,\n\nI\'m trying out the plugin but unfortunately the only thing I\'m getting is "Error contacting DeepL API: 403: Forbidden" error message. OT v6.0. Let me know how I can troubleshoot or what to check.', False),
    ('https://github.com/ychoi-kr/omegat-plugin-deepl-api-free/issues/2', 'issue', 'other', 'other', 'Please check if your API key is valid.\n\nBelow is from the DeepL website:\n\nError 403\nAuthorization failed. Please supply a valid auth_key parameter\n\nThis error occurs when the API key in the request is either missing or incorrect.', False),
    ('https://github.com/ychoi-kr/omegat-plugin-deepl-api-free/issues/2', 'issue', 'other', 'none', "Ah, I get it. I thought that it was a workaround to use the free plan only - I don't have a paid subscription.", False),
    ('https://github.com/ropensci-review-tools/babeldown/issues/85', 'issue', 'complaint', 'other', "Error `! HTTP 403 Forbidden.` with an active key\n\nHi all, I'm getting a HTTP 403 Forbidden error message, either in my local and posit cloud.\n\nFrom Deepl it says [Authorization failed. Please supply a valid auth_key parameter](https://support.deepl.com/hc/en-us/articles/9773964275868-DeepL-API-error-messages).\n\nI tested my API key on Google Colab with Python and got it worked.", False),
    ('https://github.com/web-vision/deepltranslate-core/issues/166', 'issue', 'complaint', 'other', '403 error after update to v2.3.1 (TYPO3 10.4)\n\nWe are running a TYPO3 10.4 installation with version 2.2.2 of your extension and a deepl v2 api key. Everything was working fine until we updated wv_deepltranslate to version 2.3.1. Now we\'re getting: \n{"status":"false","message":"Client error:GET https:\\/\\/api.deepl.com\\/v2\\/languages?type=target resulted in a 403 Forbiddenresponse"}" when calling any page in the TYPO3 backend. After downgrading the extension everything is working again.', False),
    ('https://github.com/web-vision/deepltranslate-core/issues/166', 'issue', 'other', 'other', '@dkd-lehnebach Are you using DeepL Pro or Free API version?', False),
    ('https://github.com/web-vision/deepltranslate-core/issues/166', 'issue', 'complaint', 'other', 'I ran into the same problem and did a quick debug. In my environment the Curl exception was caused by `DeeplService->loadSupportedLanguagesFromAPI()` because the extension configuration (retrieved in the constructor) did not take my override settings from `.env` into account and fell back to the settings from `LocalConfiguration.php` where no API-Key/API-URL was set.', False),
    ('https://github.com/web-vision/deepltranslate-core/issues/40', 'issue', 'complaint', 'other', 'Bug with API endpoint?\n\nWe installed the latest TER version of this extension into a 10.4.21 TYPO3 installation and tried to translate a standard text content element. We inserted a valid Deepl API Key (according to client) into the extension configuration. When translating in the page module in the last step we get an error message:\nClient error: `POST https://api.deepl.com/v2/translate` resulted in a `403 Forbidden` response: {"message":"Wrong endpoint. Use https://api-free.deepl.com"} \nDoes this clearly say the API key is invalid?', False),
    ('https://github.com/web-vision/deepltranslate-core/issues/40', 'issue', 'other', 'none', 'Forget it. Issue is resolved.', False),
    ('https://github.com/databird/npptranslate64/issues/3', 'issue', 'complaint', 'none', 'Translation 403 error', False),
    ('https://github.com/databird/npptranslate64/issues/3', 'issue', 'other', 'other', '403 mean "forbiden", maybe you enter a wrong API key.\nPlease go to "Translate > Translate Engine Settings"\nAnd enter the API key for "Deepl" or, for other engine, enter required infos.', False),
    ('https://github.com/databird/npptranslate64/issues/3', 'issue', 'other', 'none', "I hadn't entered an API key, was unaware I'd need to.", False),
    ('https://github.com/SillyTavern/SillyTavern/issues/3224', 'issue', 'complaint', 'other', '[BUG] <title>deepl translation error\n\ndeepl does not work as expected after adding the api key .\nIf insiders need to test it, I can provide the api key.\n【error:forbidden】', False),
    ('https://github.com/SillyTavern/SillyTavern/issues/3224', 'issue', 'other', 'other', 'I cannot reproduce this. I suspect that you\'re getting a geographical restriction, as 403 response code is sometimes used to indicate this. Please see the command line logs (a line that starts with "DeepL error:  ") or verify with a VPN that masks a location.', False),
    ('https://github.com/sienori/simple-translate/issues/517', 'issue', 'complaint', 'other', 'DeepL API Authentication failed.\n\nWhat happened?\nAfter I set the DeepL API key, it shows:\nError: Authentication of DeepL API failed. Please set the authentication key and plan correctly on the settings page.\nI double-checked, and I am sure my API key is correct.', False),
    ('https://github.com/sienori/simple-translate/issues/517', 'issue', 'complaint', 'other', "I tried the same thing on Microsoft Edge version 119.0.2151.97. It doesn't work also.", False),
    ('https://github.com/sienori/simple-translate/issues/517', 'issue', 'other', 'none', 'You have to delete ":fx" at the end of the key.', False),
    ('https://github.com/sienori/simple-translate/issues/517', 'issue', 'complaint', 'none', 'Similar problem. No cue and no clue how to solve it.', False),
    ('https://github.com/T3aHat/DeepLopener_PRO/issues/2', 'issue', 'complaint', 'other', 'Authorization failed.\n\nI entered a valid key but got the following error:\n\n ------------------------------------------------------------- \n DeepLopener PRO Error: 403\n Authorization failed. Please supply a valid auth_key parameter.', False),
    ('https://github.com/MarkusPfundstein/mcp-obsidian/issues/28', 'issue', 'complaint', 'other', "Error 40101\n\nCaught Exception. Error: Error 40101: Authorization required.  Find your API Key in the 'Local REST API' section of your Obsidian settings.\n\nI have no problem using the API in the Obsidian web plugin, I don't know which step went wrong", False),
    ('https://github.com/briansunter/logseq-openai/issues/57', 'issue', 'complaint', 'other', 'OpenAI plugin Error on logseq\n\ni just installed the plugin . placed the api key correctly .\n\nmy observation .\n\nafter i type my query . firstly one request to the openai api is sent  and got 404 error  , later openai plugin error occured .', False),
    ('https://github.com/briansunter/logseq-openai/issues/57', 'issue', 'other', 'none', 'Could you post a screenshot of the response on the `completions` request?', False),
    ('https://github.com/briansunter/logseq-openai/issues/57', 'issue', 'other', 'other', 'I tried with different api key. It worked. I completely used my free credits in openai api', False),
    ('https://github.com/briansunter/logseq-openai/issues/121', 'issue', 'complaint', 'other', 'Unknown error\n\nHi Brian,\nI hope this message finds you well. I appreciate the fantastic tool you\'ve developed. It has the potential to greatly assist me in my work. \nHowever, I\'m currently facing an issue. The popup window displays "Error - Unknown error." I\'ve input my openAI key but I\'ve been unable to locate any error logs.', False),
    ('https://github.com/briansunter/logseq-openai/issues/121', 'issue', 'complaint', 'other', 'I am also getting an `Unknown OpenAI Error` popup and have not been able to locate any logs to check what the actual response of the API request might be.', False),
    ('https://github.com/briansunter/logseq-openai/issues/121', 'issue', 'complaint', 'none', 'Same for me:\n\nany advice on that please?', False),
    ('https://github.com/briansunter/logseq-openai/issues/117', 'issue', 'complaint', 'other', '"Unknown API Error"\n\nI\'m currently using Logseq 0.9.9 under Fedora and the GPT-3 OpenAI plugin v1.13.1. Even after generating a new API key, I\'m still getting the \'Unknown OpenAI Error\', just as described in an older issue', False),
    ('https://github.com/briansunter/logseq-openai/issues/117', 'issue', 'other', 'none', "I've managed to open the developer tools. It turns out, to open the view shown at https://github.com/briansunter/logseq-plugin-gpt3-openai#debugging, one needs to use the key combination Ctrl+Shift+I, as Logseq is an Electron app.", False),
    ('https://github.com/briansunter/logseq-openai/issues/55', 'issue', 'complaint', 'other', '"Unkown OpenAI error" when chosing gpt-block oder gpt-page\n\nI installed the plugin and also inserted an API Key, but when i try to use gpt3 i get "Unknown OpenAI Error". \nIm running version 08.11 windows of logseq. \nInterestingly the dalle command works fine', False),
    ('https://github.com/briansunter/logseq-openai/issues/55', 'issue', 'other', 'none', 'Would you mind checking the error console for messages? I have a debugging guide here https://github.com/briansunter/logseq-plugin-gpt3-openai#debugging', False),
    ('https://github.com/briansunter/logseq-openai/issues/55', 'issue', 'other', 'none', "Let me know if this is still an issue. There's better error messaging in the latest version. Other users have tried making a new API key.", False),
    ('https://github.com/briansunter/logseq-openai/issues/143', 'issue', 'complaint', 'none', '403 (forbidden)\n\nEvery time I try to use any gpt command, it says "error" "unknown error" with a 403 forbidden in the console. It used to work before. Does anyone know what\'s happening?', False),
    ('https://github.com/briansunter/logseq-openai/issues/143', 'issue', 'other', 'none', 'Hello, I pushed some updates that might fix this. Could you try updating and restarting logseq?', False),
    ('https://github.com/briansunter/logseq-openai/issues/143', 'issue', 'complaint', 'other', 'I restarted logseq and tried again, /gpt still returns this "unknown error". I tried both the user and project type of openAI API key, but no difference.', False),
    ('https://github.com/briansunter/logseq-openai/issues/143', 'issue', 'other', 'none', "It looks like it's using an old url. This should have been fixed in the latest update, but if you go into settings and make sure `https` is at the beginning and not `http` that might fix it.", False),
    ('https://github.com/briansunter/logseq-openai/issues/143', 'issue', 'other', 'none', 'No way, that fixed it! Thanks a lot!', False),
    ('https://github.com/briansunter/logseq-openai/issues/115', 'issue', 'complaint', 'none', 'Facing Unknown Error\n\nI have just installed the plugin and added my API key to the Plugin settings. When I try to use the plugin using the Ctrl+G shortcut and typing a prompt I am facing an "Unknown Error".', False),
    ('https://github.com/briansunter/logseq-openai/issues/115', 'issue', 'other', 'none', 'I was able to enable and open developer tools. Turns out my free $18 credits had "expired" on 1st April even though I registered for the API only yesterday. I added my billing information and used a new API key and it worked.', False),
    ('https://github.com/briansunter/logseq-openai/issues/83', 'issue', 'other', 'other', 'Doesn\'t work with chatGPT\n\nOpenAI just released the chatgpt api:\nhttps://openai.com/blog/introducing-chatgpt-and-whisper-apis\n\nhttps://platform.openai.com/docs/models/gpt-3-5\n\nI\'ve added "gpt-3.5-turbo"  in openAICompletionEngine in the plugin settings but it doesn\'t work.', False),
    ('https://github.com/briansunter/logseq-openai/issues/83', 'issue', 'other', 'none', "Hey @Vitorvlv , I'm working on supporting this now. Should be out in a couple days.", False),
    ('https://github.com/briansunter/logseq-openai/issues/83', 'issue', 'other', 'other', 'In the same vein, as the Whisper API is now available, being able to upload an audio file and get the transcribed text directly in Logeq would be pretty cool!', False),
    ('https://github.com/martindev9999/logseq-composer/issues/4', 'issue', 'complaint', 'other', "Embedding failed. Verify your Embedding OpenAI API key in the settings and try again\n\nI love the potential of this plugin. In fact, I can't think of a better way to engage with my own notes. However, I'm getting this error:\n\nI have my apikey entered into both boxes in the settings, but it's not working.", False),
    ('https://github.com/continuedev/continue/issues/12788', 'issue', 'complaint', 'other', 'Error: OpenAI GPT-4.1 - 401\n\n**Error Details**\n\nModel: OpenAI GPT-4.1\nProvider: openai\nStatus Code: 401\n\n**Error Output**\n```\n401 Incorrect API key provided: sk-or-v1*************************************************************de5d. You can find your API key at https://platform.openai.com/account/api-keys.\n```', False),
    ('https://github.com/continuedev/continue/issues/10078', 'issue', 'complaint', 'other', 'Error: OpenAI GPT-4.1 - 401\n\n**Error Details**\n\nModel: OpenAI GPT-4.1\nProvider: openai\nStatus Code: 401\n\n**Error Output**\n```\n401 Incorrect API key provided: sk-proj-********************************************************************************************************************************************************21sA. You can find your API key at https://platform.openai.com/account/api-keys.\n```', False),
    ('https://github.com/continuedev/continue/issues/10078', 'issue', 'other', 'none', 'Related issues:\n\n- #9997 - Error: OpenAI GPT-4.1 - 401 (duplicate)', False),
    ('https://github.com/sebhs/human-reader-chrome-extension/issues/39', 'issue', 'complaint', 'other', 'Invalid API key, please try again.\n\nConstantly fires `Invalid API key, please try again.`, despite creating new keys with all permissions. Perhaps ElevenLabs API changed ?', False),
    ('https://github.com/home-assistant/home-assistant.io/issues/39747', 'issue', 'complaint', 'other', "Says invalid API Key - I copied it direct\n\nDid the API key format change? Doesn't work with my fresh API key from signing up at Elevenlabs.", False),
    ('https://github.com/home-assistant/home-assistant.io/issues/39747', 'issue', 'other', 'none', 'You may take a look at https://github.com/home-assistant/core/issues/147687', False),
    ('https://github.com/home-assistant/core/issues/147667', 'issue', 'complaint', 'other', 'Elevenlabs Invalid API Key\n\n### The problem\n\nFresh API key from Elevenlabs website into the Integration "Invalid API Key"', False),
    ('https://github.com/home-assistant/core/issues/147687', 'issue', 'complaint', 'other', 'Eleven Labs Integration Refuses Valid API Key ("Invalid API Key")\n\n### The problem\n\nThe official Eleven Labs HA integration won\'t accept my API keys. Tried doing some google/forum searching, but didn\'t find anything recent (past few months).\n\nProblem persists through Core and even OS reboots.', False),
    ('https://github.com/AlizerUncaged/desktop-waifu/issues/124', 'issue', 'complaint', 'other', 'Invalid API Key for Elevenlabs\n\nI have put in this code over 3 three times and even refreshed it, but it still gives me this error. Why?', False),
    ('https://github.com/AlizerUncaged/desktop-waifu/issues/124', 'issue', 'other', 'none', 'Nvm, found out what went wrong', False),
    ('https://github.com/AlizerUncaged/desktop-waifu/issues/124', 'issue', 'other', 'none', 'How did you do it?', False),
    ('https://github.com/carleeno/elevenlabs_tts/issues/123', 'issue', 'complaint', 'none', 'Getting Unauthorized errors lately', False),
    ('https://github.com/Natively-AI-assistant/natively-cluely-ai-assistant/issues/69', 'issue', 'complaint', 'other', 'ElevenLabs API key is not working\n\nI tried to input the correct ElevenLabs API key, but speech-to-text is not working', False),
    ('https://github.com/elevenlabs/elevenlabs-js/issues/8', 'issue', 'complaint', 'none', "API Key not being passed\n\nI don't think the API key is being passed to the API. I have tried both the .env method and declaring it directly in code. Getting a 401 response.", False),
    ('https://github.com/elevenlabs/elevenlabs-js/issues/8', 'issue', 'other', 'none', "@SubParLou We've merged a fix and if you upgrade to `0.1.5` the environment variable should be respected! If it's still an issue, feel free to reopen this and tag me!", False),
    ('https://github.com/elevenlabs/elevenlabs-js/issues/8', 'issue', 'complaint', 'none', "@dsinghvi \nUpdated to 0.1.5 and still getting the same issue. It let me make 1 call and then the next time I tried it failed with 401 again. the call that did come through is not showing in my account history indicating to me it's still not using the api key.", False),
    ('https://github.com/Marfusios/nostr-client/issues/2', 'issue', 'other', 'other', "OpenAI API key in edit history...\n\nI've found a OPENAIkey in this git history - Make sure you delete it and use another one - You can also purge git history.", True),
    ('https://github.com/Marfusios/nostr-client/issues/2', 'issue', 'other', 'other', 'Thanks for the info, yea, forgot and pushed it accidentally. \nFortunately, OpenAI/Github monitors all public repos and they disabled this API key quickly', True),
    ('https://github.com/andersmelander/better-translation-manager/issues/90', 'issue', 'complaint', 'other', 'Gemini provider unable to validate API key a.o.\n\nThe Gemini provider is able to perform translations but it fails to:\n\n- Validate the API key\n- Retrieve the models list.', False),
    ('https://github.com/DaKheera47/job-ops/issues/202', 'issue', 'complaint', 'other', 'Problem with Gemini API key\n\n**Describe the bug**\nThe API key generated in https://aistudio.google.com/app/api-keys is validated correctly in the first config, but after a while the app prompts to set it again and the generated key is considered invalid', False),
    ('https://github.com/ultimatejimmy/xray.koplugin/issues/72', 'issue', 'complaint', 'other', 'Gemini API key\n\nThe Gemini api key generated in AI studio now started with AQ.ab… and generated error when I try to use it', False),
    ('https://github.com/ultimatejimmy/xray.koplugin/issues/72', 'issue', 'other', 'none', "Are you copying and pasting it directly? If not, I would recommend it so you don't make a mistake typing it out.", False),
    ('https://github.com/valory-xyz/olas-operate-app/pull/530', 'issue', 'other', 'other', 'feat: validate Gemini API key\n\n## Proposed changes\n\n### Gemini Key Validation\n- When a valid Gemini API key is entered, the system should successfully validate it and proceed to the next step (e.g., validating Twitter).\n- If an invalid key (e.g., a random string) is entered, an alert should be displayed.', False),
    ('https://github.com/musistudio/claude-code-router/issues/227', 'issue', 'complaint', 'other', 'Call openrouter models show {"error":{"message":"No auth credentials found","code":401}}\n\nThis config file works well two days agos with KIMI-K2 model in openrouter.', False),
    ('https://github.com/BeehiveInnovations/pal-mcp-server/issues/209', 'issue', 'complaint', 'other', 'I have a similar issue, using the OpenRouter API, it returns 401: user not found.', False),
    ('https://github.com/Gitlawb/openclaude/issues/967', 'issue', 'complaint', 'other', 'error 401\n\n"401 {"error":{"message":"No cookie auth credentials found","code":401}}"\n\nusing OpenRouter API keys.\nmodel: gpt-4o', False),
    ('https://github.com/Gitlawb/openclaude/issues/967', 'issue', 'other', 'none', 'Please test this with 0.8.0 release, if there is still issues, please share error messages.', False),
    ('https://github.com/Gitlawb/openclaude/issues/967', 'issue', 'other', 'none', 'Closing as stale/incomplete auth support. A maintainer asked for retesting on a newer release and no follow-up was provided. Please open a new issue with current-version logs if this still reproduces.', False),
    ('https://github.com/openclaw/openclaw/issues/26960', 'issue', 'complaint', 'other', "[Bug]: OpenClaw 401: User not found error with OpenRouter\n\n### Summary\n\nI am trying to get OpenClaw to work with OpenRouter but when I try to talk to my agent via Open Router I get 401: User not found. I go into my OpenRouter logs, and I don't see any errors, in fact it looks like it's a succeful call.", False),
    ('https://github.com/router-for-me/EasyCLIProxyAPI/issues/114', 'issue', 'complaint', 'other', 'Openrouter API 401 error\n\nHello\nI have configed the APIKEY.fun with no error but when i did the same for openrouter.ai with provided api key, there is 401 error.\nCould you please advise how to solve it?', False),
    ('https://github.com/router-for-me/EasyCLIProxyAPI/issues/114', 'issue', 'other', 'none', 'Maybe you could check whether the key is correct.', False),
    ('https://github.com/router-for-me/EasyCLIProxyAPI/issues/114', 'issue', 'complaint', 'other', 'well,i even create new one and paste immediately.I checked the openrouter docs which say the authorization header may differ than other provider but the EasyCLIProxyAPI UI does not have custom field to input (or i may not know the place)', False),
    ('https://github.com/router-for-me/EasyCLIProxyAPI/issues/114', 'issue', 'other', 'none', 'thanks all.I add in wrong place (Codex API)', False),
    ('https://github.com/NousResearch/hermes-agent/issues/14637', 'issue', 'complaint', 'other', '[Bug]: Openrouter - API call failed: AuthenticationError [HTTP 401]\n\n### Bug Description\n\nI am using openrouter. I verified that my openrouter api_key is working and I have credits. I also checked api_key value in "/Users/[user]/.hermes/.env", it is correct. \nWhen I try to chat in "hermes" application. I am getting following error -', False),
    ('https://github.com/RooCodeInc/Roo-Code/issues/6459', 'issue', 'complaint', 'other', 'OpenRouter returns 401 error with valid API key\n\n1、create a new open-router key, set the credit limit to $5. my account has $10 total\n2、 add the key into roo code \n3、try run some task，and a few step，it will send the  401 No auth credentials found', False),
    ('https://github.com/RooCodeInc/Roo-Code/issues/6459', 'issue', 'other', 'none', 'after a few minutes left, i retry the task and it will continue to run. no 401 present.', False),
    ('https://github.com/RooCodeInc/Roo-Code/issues/6459', 'issue', 'other', 'none', 'Closing the issue since it seems to be solved', False),
    ('https://github.com/BoltAI/BoltAI/issues/299', 'issue', 'complaint', 'other', "OpenRouter API key not validating\n\nWhen saving the settings under the OpenRouter integration, an error message is produced.\nFailed to validate the API key.\nError message: The data couldn't be read because it's missing.", False),
    ('https://github.com/BoltAI/BoltAI/issues/299', 'issue', 'other', 'other', 'This seems to happen when you have no credits at OpenRouter. The issue went away for me when I purchased some credits.', False),
    ('https://github.com/Shishir435/ollama-client/issues/298', 'issue', 'complaint', 'other', '[bug] OLC-AUTH-FAILED: OpenRouter server error (401)\n\n**What happened**\nOpenRouter at https://openrouter.ai/api/v1 returned HTTP 401 while generating a response with model "tencent/hy3". Check its credentials, API key, or account access.', False),
    ('https://github.com/mims-harvard/Medea/issues/1', 'issue', 'complaint', 'none', "Please help, Error code: 401 - {'error': {'message': 'No cookie auth credentials found', 'code': 401}}.", False),
    ('https://github.com/mims-harvard/Medea/issues/1', 'issue', 'other', 'other', "I was use google gemini's api key. I'll try openrounter. Thank you.", False),
    ('https://github.com/zolrath/obsidian-auto-link-title/issues/165', 'issue', 'other', 'other', "API key error when API not used\n\nI see the error below in my console:\n\n```plugin:obsidian-auto-link-title:669 LinkPreview API key is not 32 characters long, please check your settings```\n\nBut I'm not using the API.", False),
    ('https://github.com/Zain-ul-din/whatsapp-ai-bot/issues/37', 'issue', 'complaint', 'other', 'Invalid api keys.....\n\nI get "invalid api key" error messages with !chatgpt and !gemini...', False),
    ('https://github.com/Zain-ul-din/whatsapp-ai-bot/issues/37', 'issue', 'other', 'none', '@Gottano have you added the API key?', False),
    ('https://github.com/Zain-ul-din/whatsapp-ai-bot/issues/37', 'issue', 'other', 'none', "yes.  I stopped and re ran it again and it's working now. Must have been some kind of bug.", False),
    ('https://github.com/matrixgpt/matrix-chatgpt-bot/issues/156', 'issue', 'complaint', 'other', 'Using a new API Key\n\nHi, \n\nmy first chatgpt API key is invalid after 1.4.23. Until this date everything works like a charm. Now i create a new Key without deleting the old key but the docker image breaks with a error if i use the new key.\n\nHow does changing key works?', False),
    ('https://github.com/matrixgpt/matrix-chatgpt-bot/issues/156', 'issue', 'other', 'none', "I don't see why setting a new API key in the environment file and restarting the container shouldn't work, we do not persist the key inside our storage backend.", False),
    ('https://github.com/matrixgpt/matrix-chatgpt-bot/issues/156', 'issue', 'other', 'none', 'Thinking about my first post i forget to tell you my "free" key valid time is expired. I think that\'s it.', False),
    ('https://github.com/mikebpech/turbogpt.ai/issues/11', 'issue', 'complaint', 'other', 'Invalid API Key\n\nOpened up the webclient today and got invalid API Key, Went to OpenAI and generated a new API key and got the same result.', False),
    ('https://github.com/mikebpech/turbogpt.ai/issues/11', 'issue', 'other', 'other', 'The key will show up as invalid until you convert to a paid subscription in OpenAPI.', False),
    ('https://github.com/mikebpech/turbogpt.ai/issues/11', 'issue', 'other', 'none', "I didn't realize there was a change. Was fine with my free API key oh well.", False),
    ('https://github.com/mikebpech/turbogpt.ai/issues/11', 'issue', 'other', 'none', "it is also possible that your initial grant of $18.00 has expired; in which case you'll have to recharge it.", False),
    ('https://github.com/drl990114/MarkFlowy/issues/489', 'issue', 'other', 'other', "What's the plan for the ChatGPT\n\n**Describe the bug**\nChatGPT can't work for a while. What's the plan for the ChatGPT feature? Will it change to the other AI engine such us Bing?", False),
    ('https://github.com/drl990114/MarkFlowy/issues/489', 'issue', 'complaint', 'none', 'I used a new API key I just applied for yesterday. But I still received "request error, please check your ApiKey; is it right or not setting" on the version 0.8.0. Do you have any suggestions?', False),
    ('https://github.com/drl990114/MarkFlowy/issues/489', 'issue', 'other', 'none', 'I have not reproduced this problem on `windows` and `macos`.', False),
    ('https://github.com/gencay/vscode-chatgpt/issues/157', 'issue', 'complaint', 'none', 'Change API key\n\nHow do I change the API key once I already put it in? \n\nI put in an incorrect key and need to change it. Now every time I "log in" it fails to ask for a new key (even after uninstalling/reinstalling the extension). And then I get a 401 Invalid Authentication error.', False),
    ('https://github.com/gencay/vscode-chatgpt/issues/157', 'issue', 'other', 'none', 'Hi @gpeyton thanks for using the extension! You can run the command `ChatGPT: Reset session` to reset the api-key. After resetting ask a question to get a new dialog to enter your new key.', False),
    ('https://github.com/waylaidwanderer/node-chatgpt-api/issues/197', 'issue', 'complaint', 'none', 'Error: invalid_api_key; Incorrect API key provided:\n\nHello, first of all, I would like to thank bro for providing this code warehouse, but I have encountered some problems in use, my api_key is always invalid, it seems to be banned, is there any solution?', False),
    ('https://github.com/waylaidwanderer/node-chatgpt-api/issues/197', 'issue', 'other', 'none', 'I know, because I passed the api_key to the public warehouse of github, sorry', True),
    ('https://github.com/acheong08/ChatGPT/issues/55', 'issue', 'complaint', 'other', 'Incorrect API key provided\n\nHi,\n\nThanks for the great work!\nI have done !refresh and also try to login via my email & password, but still the error occurs:\n\n{"detail":{"message":"Incorrect API key provided: Bearer. You can find your API key at https://beta.openai.com.","type":"invalid_request_error","param":null,"code":"invalid_api_key"}}\nSomething went wrong!', False),
    ('https://github.com/acheong08/ChatGPT/issues/55', 'issue', 'other', 'none', "The service went down just now. It's back up", False),
    ('https://github.com/acheong08/ChatGPT/issues/55', 'issue', 'complaint', 'none', 'I also meet such problem right now.', False),
    ('https://github.com/acheong08/ChatGPT/issues/55', 'issue', 'other', 'none', "@zhwang1694 @superswan \nI can't replicate this. Can you try again?", False),
    ('https://github.com/Panafor-Ai-Team/Aico/issues/107', 'issue', 'other', 'none', 'Fail chat gracefully on InvalidProviderAPIKey\n\nChat gets stuck in running state when provider API keys are invalid. Should fail with visible error message instead.', False),
    ('https://github.com/ikechan8370/chatgpt-plugin/issues/185', 'issue', 'complaint', 'other', 'Error: ChatGPT invalid apiKey\n\n  Error: ChatGPT invalid apiKey', False),
]
