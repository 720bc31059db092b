# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 425 (mine-b425): EXPOSURE DESCRIBED IN WORDS, second pass, in threads b419 (and every earlier batch)
# did not use. Rows where a writer says in words that a key, token or secret got out: keys shipped inside
# browser extensions and mobile apps ("Your API key for https://weatherapi.com can very easily be extracted
# by downloading a GitHub release", "You can search the minified javascript and find this value", "Keys or
# tokens for APIs were discovered in the application package or bundle", "The key was extracted from the
# decoded iOS version"), AI keys visible in front-end code or the browser network tab ("In network, other
# people can see my API Key!", "other users are able to see my API key", "your openAI API key is visible and
# someone can use it", "the OpenAI API Bearer key used in this project is public", "your OpenAI key is
# shown in the error message", a Chinese "即使设置隐藏输入框，api-key的实际内容也是发送到浏览器了" and
# "报错的时候，直接把key暴露出来了"), stolen or abused keys ("ApiKey被盗刷了", "感觉有人盗刷", "我的也是在五一前后被盗
# 用了5$多", "由于翻译密钥泄漏目前已导致本人损失400元"), Telegram / Discord bot tokens committed ("It is not a
# great idea to commit your actual Telegram Bot token to source control", "Um, are you aware that you
# committed your token?", "accidentally leaked my bot token back in 2022", "I think one or more token in this
# repo still functioning"), third parties and scanners reporting leaks (Anthropic / GoogleAI / Gemini key
# notices, "Sendgrid keys are exposed publically", lastfm credentials in a config file, a GroupMe access
# token posted in documentation, "Sharing access token with the world is not a very bright idea!", Firebase
# configs reported as exposed, "you leaked all of your credentials you later tried to remove", "I
# accidentally exposed my secret api key XD", "Maybe not leaking .env content"); kept with near misses
# (exposure_mentioned=False): hypotheticals ("is it possible someone can see and steal it?", "what if ... any
# way to avoid my client secret being exposed", "If an app is developed using this library ... end users
# could easily inspect the bearer token", "请问搭建https站点也会有这个风险吗"), advice and docs ("Add a .env_sample
# file ... less likely that someone would commit their credentials", "There is no way to securely store
# secrets in chrome extensions", an iOS course note on hard-coded keys, "Never expose API-key to browser"),
# feature requests for secret scanning, pre-commit hooks, key rotation and Supabase RLS, publishable keys
# the maintainer says are fine (Stripe pk_ vs sk_, Firebase web config "considered public, not secret",
# GitGuardian false positives on Firebase keys, Google Maps keys "ok to leave in unprotected", "Intended, you
# can get it from the sections easily anyways", "Just app id, not token XD", "Apparently this is public and
# shared"), explicit denials ("The original issue ... is invalid", "This guy thought the token in the readme
# was active...", "all of that api keys is already expired"), a leaked .env holding only phone numbers, a
# "Firebase database is exposed publicly" report about a database not a key, Google's "unrestricted API
# keys ... may be publicly exposed" e-mails, keyboard shortcuts / key bindings that stopped working after an
# update, missing i18n translation keys, Twilio account suspensions and billing. Complaints are failing
# credentials or connections reported now (Gemini quota / "Consumer ... has been suspended", "Incorrect API
# key provided", OpenAI keys auto-disabled, Hugging Face 401 "Invalid credentials in Authorization header",
# Discord "improper token passed", Slack app de-authorising every few hours, a broken Slack webhook, GitHub
# "Bad credentials", OpenWeatherMap "Invalid API key", a SendGrid key wiped in listmonk's webhook settings);
# none of the complaints in this batch also mentions an exposure in words.
# Sources (133 threads in 131 repositories; issues corpus only, texts copied from the thread
# excerpts the `search` tool returned - a title plus the first sentences, or one comment - trimmed, never
# reworded or translated; in a few rows a middle image line or a long log tail was left out of the trim,
# nothing was rewritten):
#  react-native-maps/react-native-maps #1461, angelgladin/Photo_Exif_Toolkit #20,
#  priyankapakhale/GoogleMapsNearbyPlacesDemo PR #3, rcgroot/open-gpstracker-ng #21,
#  googlemaps-samples/android-samples #200, sourcesimian/aioTelegramBot PR #3,
#  python-telegram-bot/python-telegram-bot #2026, james-fray/download-virus-check #1,
#  jonathanpeppers/inclusive-code-reviews-browser #6, liorchamla/vsc-google-fonts #1,
#  aklinker1/vite-plugin-web-extension #226, virejdasani/LuminousNewTab #16, Merrit/adventure_list #23,
#  flutter/flutter #31398, GitGuardian/APISecurityBestPractices #14, CodeSoom/ConStu #133,
#  sahat/hackathon-starter #1210, sendgrid/rest #44, Kaidenki/whatsapp-bot #2, teja2495/quick-search #37,
#  itcon-pty-au/stremio-ai-search #147, hihumanzone/Gemini-Discord-Bot #48, amitdevv/ytfocusmode #1,
#  David-patrick-chuks/Riona-AI-Agent #20, Jeffrey0117/SpeakSlow #1, KyleBenzle/SynerGPT #2,
#  Scodive/ResearchGPT #20, KiyoEditz/Elaina-MD #3, alnutile/php-llms #2, getsentry/.github PR #200,
#  Aalto-LeTech/aplus-courses #1135, gideonn/insta-Unfollow-Users PR #3, crockpotveggies/tinderbox #5,
#  zachlatta/pyre #2, cdzombak/groupme-tools #14, LoeiFy/Mirror #59, mmcloughlin/finsky #10,
#  agno-agi/agno #1303, openai/openai-openapi #255, QuantumNous/new-api #2205, popjane/free_chatgpt_api
#  #15, slackapi/slack-github-action #170, ezet/stripe-sdk #121,
#  RavindraChherke/Stripe-module-for-Appcelerator-Titanium-iOS-and-Android #11,
#  mohammedhammoud/django-rest-framework-stripe PR #4, DGouron/review-flow #49, cal-itp/data-infra #5224,
#  envsecrets/envsecrets #71, slsa-framework/slsa-github-generator #897, recommenders-team/recommenders
#  #1742, civiform/civiform #7099, fetchai/innovation-lab-examples #117, alphagov/notifications-api PR
#  #3839, fortify/fcli #798, panzhenhai520/webmedic #14, Chanzhaoyu/chatgpt-web #1706,
#  54wall/LiYuJapanese #1, the-cult-of-integral/discord-raidkit #36, samuelscheit/discord-bot-client
#  #123, gorilla-devs/GDLauncher #1344, rcallaby/Hacking-Study-Guide PR #177,
#  Nobara-Project/nobara-core-packages #104, qdore/Mutate #44, crittermike/shortkeys #289,
#  lacymorrow/crossover #76, omacom/omarchy #3176, pop-os/cosmic-settings #453,
#  MTES-MCT/Dossier-Facile-Frontend PR #892, timbru31/SilkSpawners #27, matecat/MateCat #7,
#  wikimedia/jquery.i18n #222, olivierperez/o80-i18n #7, AFP-Medialab/verification-plugin #1202,
#  streaak/keyhacks #109 #58, fosterful/scheduler #362, twilio/authy-python #56, casdoor/casdoor #1146,
#  huggingface/autotrain-advanced #762, sillsdev/silnlp #791, jguadagno/jjgnet-broadcast #212,
#  kyyogaa4/aca #19, ropensci-archive/travis #70, axa-ch-webhub-cloud/pattern-library #2199,
#  integrations/slack #723, RBND-studio/flows-cloud #59, rzhanje1/xane #658, Ink/ios-picker PR #53,
#  klentoy/bloop-portfolio #64, uchicago-mobi/MPCS51030-2019-Winter-Forum #117, CCIP-App/CCIP-iOS #7,
#  Svrf/svrf-ios-sdk #31, NSHipster/articles #636, djtech42/YikYakTerminal #13,
#  rkho/product-hunt-react-native #116, meantimeit/jukepi #2, USA-RedDragon/badnest PR #30,
#  Kometa-Team/Community-Configs PR #722, owasp-amass/amass PR #547, btcccorp/btcchina-api-php PR #4,
#  vlado/earthquake-croatia PR #126, knadh/listmonk #2690, IMarkoMC/Tokens #174 #44, seniv/vk-tg-bot #27,
#  plon/Bard-Discord-bot #9, Kong/kong PR #12090, Androz2091/discord-giveaways-bot PR #87,
#  ProgixDev/incacook-app #65, tryWabbit/Google-Api-Helper #7, getodk/collect PR #2611,
#  TamoTamApp/tamotam-app #6, Trustroots/nostroots #107, google/osv-scalibr #1089, pharo-project/pharo
#  #7741, openai/openai-node #97, justinmahar/openai-ext #7, cogentapps/chat-with-gpt #131,
#  mrshameen/SHANUWA-MD #2, yagizhanNY/openai-chatgpt3-clone #30, msadiq10/ChatGPTClone #2,
#  ronidas39/LLMtutorial #2, riwigefi/light-gpt #14, GaiZhenbiao/ChuanhuChatGPT PR #78,
#  shadowsocks/shadowsocks-android #3092, omroy07/AgriTech #142, mateendev3/lets_chat #2,
#  BlueBubblesApp/bluebubbles-server #725, openai/pixel #34, FilenCloudDienste/filen-mobile #374,
#  continuedev/continue #10902, coaidev/coai #67, ionic-in-action/chapter4 #2
# Look-ups: 47 `search` calls of the 50 allowed (all on the issues corpus; no read_file / find_string /
# fetch). Queries (4 per batch): Google Maps key in APK; OpenAI key leaked in front end / bill; Telegram bot
# token committed; Stripe sk_live in client code; Chrome extension hard-coded key; Firebase google-services
# apiKey safe to commit; .env with SendGrid/Twilio pushed; Discord token leaked and reset; token posted in a
# log then regenerated; Gemini key leaked / quota; Anthropic key found on GitHub; screenshot showing a token;
# OpenAI key disabled after leak; Slack token revoked after push; Stripe pk_live public; secret-scanning
# pre-commit feature requests; Portuguese "API key vazou"; Chinese "key 泄露 被盗刷 余额"; Discord "Improper
# token" after reset; Japanese "APIキー 漏洩"; keyboard shortcuts after update; missing i18n translation keys;
# Mapbox token exposed; Twilio suspended; Supabase service_role key in front end; Hugging Face token 401;
# "pasted my API key in this issue, rotated"; Slack webhook URL committed; "you posted your token in the
# logs"; "accidentally committed my API key, revoked"; API key in iOS ipa; French "clé API exposée"; Discord
# webhook URL leaked; AWS keys leaked; "your config paste includes your API key"; SendGrid key revoked after
# GitHub detection; German "Bot Token geleakt"; Russian "токен утек"; Portuguese "token vazado"; Google Maps
# key abused / billing alert; GitHub PAT found and revoked; npm token leaked E401; OpenAI key in browser
# network tab; Firebase database hacked via public config; bot offline after token reset; leaked key now
# 401; "Consumer has been suspended".
# Checked: every thread URL grepped (URL followed by a quote, '#', '/' or end) over
# /work/main/tools/real/*.py, /work/main/tools/real/pending/*.py and /work/wt/*/tools/real/pending/*.py
# (b419 included) before use; texts checked unique within the batch; build.py run once with the file copied
# to tools/real/ (it also rejects texts already in the corpus).
# Skipped as already in the corpus (URL found; most of the top hits for this theme were already mined):
#  BasedHardware/omi #3317, ufersa/plataforma-sabia #985, fullstackreact/google-maps-react #543,
#  ericberman/MyFlightbookAndroid #336, imranhsayed/google-maps-in-react #14, ThePatr10t/yall-Qaeda #17,
#  fredrikburmester/streamystats #223, openai/openai-quickstart-node #33, PromtEngineer/Langchain-Tutorilas
#  #3, mckaywrigley/chatbot-ui #944 #923, GreyDGL/PentestGPT #559, yding25/GPT-Planner #1,
#  herobrine19/openai-billing #4, radareorg/radare2-extras #324, africa-covid-19-response-toolkit/bot-
#  starter-kit #4, marcpaulo15/GPS_TelegramBot #3, henriqueclaranhan/telegram-music-downloader-bot #16,
#  Orenoid/telegram-account-bot #7, polakowo/gpt2bot #6, cjlcarvalho/scihub-telegram #14,
#  n3d1117/chatgpt-telegram-bot #645, angular-university/stripe-course #57, stripe/stripe-ruby #1917,
#  ovieokeh/react-stripe-payment #3, samarbadriddin0v/notion-clone #2, phuc-mai/artify #2,
#  stripe-samples/checkout-one-time-payments #125, lichess-org/lila #3232, Telerik-Verified-Plugins/Stripe
#  #11, streaak/keyhacks #38, Authenticator-Extension/Authenticator #1018, jjNford/chrome-ex-oauth2 #4,
#  firebase/firebase-android-sdk #4425, EXERLOG/exer_log #7, MohGovIL/hamagen-react-native #16,
#  google/ground-android #3485, fpvout/DigiView-Android #53, salmanA169/masrofy #25, zacharee/
#  LockscreenWidgets #1, danielBingham/communities #265, TwilioDevEd/sdk-starter-node #89, philnash/
#  twilio-video-react-hooks #43, thecodeteam/codedellemc.github.io #35, sharetribe/ftw-daily #1323,
#  chuyishang/safeguard #5, skidmaster69420/discord-tokens #59 #34 #2 #85 #42 #90 #74 #65, discord/discord-
#  api-docs #1138 #5091 #1734 #5715 #1156 #1387, imptype/serverless-chatgpt-discord-bot #1, nettlesh/
#  CalypsoBot #45, Alawal/GuildReset-Discord-Bot #13, noblox/noblox.js #58, carykh/WordleEdit #1,
#  python-discord/site #701 and bot #788, blinks32/Ionic-food-delivery-app-with-admin #3, singularityhub/
#  sregistry #239, kizuna-ai-lab/sokuji #540, itcon-pty-au/stremio-ai-search #149, imuniqueshiv/
#  MeetOnMemory #557, MIT-MI/MEM1 #7, elianiva/dotfiles #9, qhjqhj00/MemoRAG #73, anderson-ntlabs/
#  cidadao.ai-backend #22, Alex8791-cyber/cognithor #529, iamakashpc/Gemini-Clone #3, BinaryInkTN/GooeyGUI
#  #3, nylas/nylas-mail #2756, mattermost/mattermost-developer-documentation #1357, OvidijusParsiunas/
#  deep-chat #36, Chanzhaoyu/chatgpt-web #1217 #1639 #2066 #1275, digas99/duo-explained #18, noobnooc/
#  ohmygpt #4, vaguenebula/AlpacaDataReflect #2, integrations/slack #341, thisdot/starter.dev #1337,
#  CovertLab/wcEcoli #564, nodejs/build #1353, UQComputingSociety/uqcsbot-slack #194, Talent-Catalog/
#  talentcatalog #903, zduvall/eDOT #121, mahloola/osuCollector-frontend #3, Automattic/wp-calypso #37610,
#  onyx-dot-app/onyx #7589, github/roadmap #735, Junyi-99/ChatGPT-API-Scanner #27, darryllane/Bluto #35,
#  Gameye98/FBBrute #12, ftyszyx/feishu-vitepress #8, woj-ciech/kamerka #24, grantbachman/wallofshame #1,
#  blacktop/ipsw-diffs #5, zendesk/zendesk_api_client_rb #616, polyzy/weather_py #2, jackMort/ChatGPT.nvim
#  #67, panzhenhai520/webmedic #12, lobehub/lobehub #1123, ChatGPTNextWeb/NextChat #518, SakshL/Discord-
#  Server-Cloner #18, openai/gpt-discord-bot #16, Rapptz/discord.py #7336, itskekoff/discord-server-copy
#  #3, kkrypt0nn/Python-Discord-Bot-Template #83, xKynn/PokecordCatcher #11, Supersebi3/Selfbot #4,
#  kitadakyou/PyBacklogPy #3, octocat/Spoon-Knife #33354, virejdasani/LuminousNewTab #7, wilsjame/
#  how-to-nasa #4, mapbox/mapbox-react-examples #18, developmentseed/videomap.earth #14, russellporter/
#  openskimap.org #20, huggingface/blog #3356 #3249, unicodeveloper/globalthreatmap #43, CivicLabsBelgium/
#  luftdaten_irceline_viewer #7, CodingGarden/next-travel-log #1, redcross/dcsops #155, sendgrid/docs
#  #1798, whoiskatrin/chart-gpt #86, astrnox/BioQuest #100, durdana3105/peer-learning #1525,
#  aden-hive/hive #2757, Priyanshu-byte-coder/devtrack #2170, deepbeepmeep/Wan2GP #455, betalgo/openai
#  #38, Vectreal/vectreal-platform #746, lin2025/gpt4 #1, micah5/sponsorship_remover #7, shengxinjing/
#  email-helper #13, google-gemini-php/laravel #47, appirio-tech/connect-app #1890, apinf/platform #1664,
#  RefugeRestrooms/refugerestrooms-android #87, simonoppowa/OpenNutriTracker #925, codeRIT/brickhack.io
#  #239, Subscribie/subscribie #821, pritak/mayaandkeshal.com #1, amberelectric/public-api #6, DataDog/
#  documentation #13402, braze-inc/braze-web-sdk #111, react-native-config/react-native-config #51,
#  microsoft/appcenter-sdk-react-native #565, CommandDash/commanddash #345, whitep4nth3r/thingoftheday #5,
#  3cn-ecn/nantralPlatform #190, mgechev/gemini-angular-drawing-demo #1, msal4/royal_news #2,
#  jackhelodeon/christmas-movie-advent-calendar #8, actions/create-github-app-token #392, Mikaela/
#  mikaela.github.io #104, DisboxApp/web #166, KyeOnDiscord/ip-grabber-creator #2, MashClashXD/
#  Hypixel-Auction-Flipper #1, intechstudio/grid-editor #1587, BossHuso/discord-rare-drop-notificater #77,
#  FoxxMD/tautulli-notification-digest #8, Samsung/CredSweeper #648, asquarezone/TerraformZone #6,
#  GabInc/blobon #545, Bahnburner/Home-Assistant-Config #5, imperva/incapsula-logs-downloader #33,
#  L4GSP1KE/Upload-Assistant #316, HeRAMS-WHO/herams-backlog #153, rubygems/rubygems.org #2687 #2692
#  #2462, Hombre2014/Portfolio-tracker #48, prof-rossetti/intro-to-python #41, blockframes/blockframes
#  #6423, SynBioHub/synbiohub #1448, IMarkoMC/Tokens #84 #39 #125 #90 #119 #79 #75, unknownsrc/tokens
#  #7, top-gg/Luca #12, AndreyLysenkov/dismoodicon #37, alexlyee/massdm #8, kawaiiDango/reverseSearchBot
#  #1, hackermondev/discord-active-developer-badge #36, praneetsharma/ClearMessagesBot-Discord #1,
#  Lavrudin/diolinux-team-bot #2, gregzaal/Auto-Voice-Channels #62, RahulR100/mcstatusbot #10,
#  visgl/react-google-maps #275, scalaspace/scalaspace.github.io #78, rsuite/rsuite #4575, corona-warn-app/
#  cwa-server #152, RedHatTraining/DO288-apps #160, miruamel/xingyu #6, npm/cli #4686, danpaz/bodybuilder
#  #189, 11ty/eleventy-plugin-syntaxhighlight #93, StefanMaron/AL-Dependency-MCP-Server #18, cloudfour/
#  cloudfour.com-patterns #2452, TypeStrong/fork-ts-checker-webpack-plugin #132, ianstormtaylor/slate
#  #6002, rosshadden/dotfiles #1, jfarmer08/wyze-api #49, zhangchenchen/query_gpt #1, TwitchLib/TwitchLib
#  #1057, Xnopyt/discord-bot-gui #12, dr5hn/countries-states-cities-database #1583, sejaljain-27/repo #13,
#  google/generative-ai-docs #356, babaohuang/GeminiProChat #122, thooton/muse #6, snailyp/gemini-balance
#  #382, nprapps/elections14 #187, qconrad/intellistar-emulator #29, SaviorXTanren/mixer-mixitup #6.
# Rejected: huggingface/blog #3364, WJDDesigns/Ultra-Card #116, SCK-SEAL-TEAM-One/shopping-cart #54 and
# Ilias1988/Hacking-Cheatsheets #7 (bot-template notices whose text is, or nearly is, a notice already in
# the corpus from a sibling thread); Smug246/Luna-Grabber #199 (a credential-stealing malware repository);
# ramimac/aws-customer-security-incidents #303 (a bare link, the exposure only in the URL); iiitv/
# hackiiitv20-submissions PR #7 and dropbox/dropbox-sdk-js #20 (exposure only implied: "never commit the
# security keys", "We cannot have an access token in the examples"); skidmaster69420/discord-tokens #69 and
# IMarkoMC/Tokens #44's first message (generic or implied); cfug/dio #787 (only "+1" without the
# description); mmcloughlin/finsky #10's closing comment (same text already in the corpus); CodeSoom #133's second excerpt (same message as the row kept); duplicate excerpts of a
# Twilio suspension template in Ross1337/SMSBotBypass (not about an integration the writer owns).
# Doubtful labels and how they were decided:
#  - exposure True for keys shipped inside an extension or app when the writer says they can be extracted
#    or seen (LuminousNewTab #16, inclusive-code-reviews-browser #6, googlemaps-samples #200 "Exposed API
#    key", NowSecure finding, ChuanhuChatGPT PR #78's second Chinese reply, riwigefi/light-gpt #14,
#    cogentapps #131); False where it is stated as a conditional or about a library in general
#    (openai-ext #7 "If an app is developed using this library...", react-native-maps #1461, NSHipster #636).
#  - GoogleMapsNearbyPlacesDemo PR #3 ("need to be Censored ... make sure no one knows your API keys") and
#    fetchai #117 ("The ... .env incident ... demonstrates that real credentials can be committed") -> True:
#    both say a real key sits, or sat, in public code.
#  - Publishable keys reported as exposed (Merrit #23, AgriTech #142, openai/pixel #34, GDLauncher #1344,
#    Riona #20, mateendev3 #2) -> True, because the writer says it in words, even where the maintainer
#    replies the key is meant to be public; the maintainer replies -> False.
#  - Replies that acknowledge a leak without saying it ("I saw the problem and disabled my API key",
#    "all of that api keys is already expired", "Luckily they're API credentials") -> False.
#  - Kaidenki/whatsapp-bot #2 reply: the leaked .env held phone numbers, not a key -> False.
#  - shadowsocks-android #3092 "Firebase database is exposed publicly": a database, not a key -> False.
#  - openai-openapi #255 "my api key has been changed with someone": unclear whether anyone got the key; no
#    failing connection described -> other, False.
#  - coaidev/coai #67 pastes a "Consumer ... has been suspended" error, but the request is to hide the key
#    that the error shows to clients -> other, exposure True.
#  - autotrain-advanced #762: Hugging Face refused a push because files contain valid HF secrets; the push
#    fails (complaint) and the secret was blocked, not published -> exposure False.
#  - Gemini quota errors reported as "invalid gemini api key" / "Resource Exhausted (429)" (stremio-ai-search
#    #147, Gemini-Discord-Bot #48, quick-search #37, SpeakSlow #1) -> complaint: the integration's key is
#    refused now.
#  - ropensci-archive/travis #70 (a third party reports the owner's broken Slack webhook) and kyyogaa4/aca
#    #19 (a task ticket about integration failures from key rotation) -> complaint.
#  - Kong PR #12090 (a workaround PR saying the token no longer works) -> other, as a PR description.
#  - Keyboard-shortcut, i18n-key and Twilio-suspension rows -> other, integration none or other; they are
#    near misses on the word "key" / "suspended", not lost connections between two systems.
#  - integration: `stripe` for rows naming Stripe; `other` when another product is named (Google Maps,
#    Firebase, OpenAI, Gemini, Telegram, Slack, SendGrid, Twilio, Hugging Face...); `none` otherwise.
# Counts: rows 198; complaints 28, other 170; threads 133; integration: other 91, none 104, stripe 3;
# exposure_mentioned: True 44, False 154; voices: issue 198; languages: en 182, zh 14, ko 1, ru 1.
ROWS = [
    ('https://github.com/react-native-maps/react-native-maps/issues/1461', 'issue', 'other', 'other', 'Security concern about Google Map API\n\n```\n<application>\n    <meta-data\n      android:name="com.google.android.geo.API_KEY"\n      android:value="Your Google maps API Key Here"/>\n</application>\n```\nWhen we put our key to manifest file, is it possible someone can see and steal it?', False),
    ('https://github.com/react-native-maps/react-native-maps/issues/1461', 'issue', 'other', 'none', 'Only if you publish your manifest file to the public. You can overcome this by using manifest/gradle variables - see https://developer.android.com/studio/build/manifest-build-variables.html', False),
    ('https://github.com/react-native-maps/react-native-maps/issues/1461', 'issue', 'other', 'none', 'Another option is to set it as a env variable that is injected during the build process of your CI.\n\nIn the end, there are ways to decompile your apk and retrieve the contents of the manifest so there is not real way to contain this information, just make it harder for people to get access.', False),
    ('https://github.com/angelgladin/Photo_Exif_Toolkit/issues/20', 'issue', 'other', 'none', 'I accidentally exposed my secret api key XD', True),
    ('https://github.com/priyankapakhale/GoogleMapsNearbyPlacesDemo/pull/3', 'issue', 'other', 'none', "MapsActivity.java need to be Censored\n\nYou need to make sure no one knows your API keys, it's a big mistake. To hide that, let the java code get the API keys from google_maps_api.xml which automatically generated when creating a Maps Fragment Activity. I've edited your MapsActivity.java for your safety, please take a look", True),
    ('https://github.com/rcgroot/open-gpstracker-ng/issues/21', 'issue', 'complaint', 'other', 'where can i put my own api key of google map\n\nyour api just deprecated , and i just took a long time to find a way to adjust a api key but did not found a way', False),
    ('https://github.com/rcgroot/open-gpstracker-ng/issues/21', 'issue', 'other', 'none', "i took one day to find out this way to put my api :'( , just found it on a Androidmanifest.xml 🤣 is in Folder Develop and u should open in Exporler File straight not find inside a Studio like me lol", False),
    ('https://github.com/googlemaps-samples/android-samples/issues/200', 'issue', 'other', 'other', 'Exposed API key in string resources and manifest\n\nI believe adding the API key to string resources in build.gradle creates the following warning in Google Play Console:', True),
    ('https://github.com/googlemaps-samples/android-samples/issues/200', 'issue', 'other', 'none', "I am also not a fan of the way Maps SDK is currently initialized :( Unfortunately, I don't believe there is a workaround with the warning that you shared w/o changing the initialization behavior on the SDK itself.", False),
    ('https://github.com/sourcesimian/aioTelegramBot/pull/3', 'issue', 'other', 'other', "It is not a great idea to commit your actual Telegram Bot token to source control, especially not a public one. I hope that isn't your real one, if so best chat with @BotFather to get a new one, or some one may usurp your bot's identity.", True),
    ('https://github.com/python-telegram-bot/python-telegram-bot/issues/2026', 'issue', 'other', 'none', "how to revoke/refresh bot token using api?\n\nI have looked into api.telegram couldn't find anything.  is it not at all possible to get another token using python? if it is then how so", False),
    ('https://github.com/python-telegram-bot/python-telegram-bot/issues/2026', 'issue', 'other', 'other', "Hi. That's not possible with the API. You can find all API methods at https://core.telegram.org/bots/api", False),
    ('https://github.com/james-fray/download-virus-check/issues/1', 'issue', 'other', 'none', 'You have an Application Programming Interface key in your code\n\nYou should remove your key from the code here: https://github.com/james-fray/download-virus-check/blob/master/common.js#L15.', True),
    ('https://github.com/james-fray/download-virus-check/issues/1', 'issue', 'other', 'other', 'Do you have any idea how to hide a key in a Chrome extension? The best that I know is to use a simple encoding like base64 encoding for instance.', False),
    ('https://github.com/james-fray/download-virus-check/issues/1', 'issue', 'other', 'other', "Ah, sorry about that. I didn't realize this used in a chrome extension. In that case, I don't know of any way to truly hide it and this is fine if you are already sharing your API key as part of the extension.", False),
    ('https://github.com/jonathanpeppers/inclusive-code-reviews-browser/issues/6', 'issue', 'other', 'other', 'Find out if there is a safer way to handle the API key\n\nRight now the build generates `secrets.js` from a Github Actions secret:\n\nhttps://github.com/jonathanpeppers/inclusive-code-comments/blob/ce5a0640884cdb1e4f9a2078cf12a998b987b3ab/.github/workflows/main.yml#L20-L22\n\nYou can search the minified javascript and find this value, but it is slightly obfuscated. You can also see the value in the networking tab (browsing web requests) in Edge Dev tools.\n\nThere might be a way to not ship a secret in the extension?', True),
    ('https://github.com/jonathanpeppers/inclusive-code-reviews-browser/issues/6', 'issue', 'other', 'none', "Closing this, as we haven't really found a better solution.", False),
    ('https://github.com/liorchamla/vsc-google-fonts/issues/1', 'issue', 'other', 'other', 'Exposed API key\n\nDid you know you have exposed your Google API Key in your code? That is generally a really bad idea.', True),
    ('https://github.com/liorchamla/vsc-google-fonts/issues/1', 'issue', 'other', 'other', "Thank you for the issue but we can't (I think) reach Google Fonts API without a key. Maybe you have a workaround (like public usable keys for APIs or a way to hide that API) ?\n\nLet me know I'm very interrested in any way to make this extension better 👍", False),
    ('https://github.com/liorchamla/vsc-google-fonts/issues/1', 'issue', 'other', 'other', 'The only way to do something like this is to have each user of the extension to input their own API key into a VSCode setting or something like that. That would be the recommended way.\n\nThe problem with what your doing is that every single request made by every single one of your users is using your own personal API Key. So eventually, its possible that your API will stop working because you may go over some sort of API request quota with Google. At which point, your extension will stop working for everyone all at once.', False),
    ('https://github.com/aklinker1/vite-plugin-web-extension/issues/226', 'issue', 'other', 'other', "Example for securely setting secrets for something like Google Analytics\n\n### Summary\n\nIt'd be nice if there were an example that securely sets secrets for a service, like Google Analytics, for example.", False),
    ('https://github.com/aklinker1/vite-plugin-web-extension/issues/226', 'issue', 'other', 'other', "There is no way to securely store secrets in chrome extensions. Some way or another, the key is always shipped in your JS code.\n\nDouble check to see if your key is actually a secret. If it's not, and it's more of a public key, just put it in your `.env` file. If it's a actual secret that shouldn't be leaked, check the permissions.", False),
    ('https://github.com/virejdasani/LuminousNewTab/issues/16', 'issue', 'other', 'other', 'Weather API Key Leak\n\nYour API key for https://weatherapi.com can very easily be extracted by downloading a GitHub release, opening the zip, and heading to `assets/config.json`.', True),
    ('https://github.com/virejdasani/LuminousNewTab/issues/16', 'issue', 'other', 'none', 'Done! Thanks again :)', False),
    ('https://github.com/Merrit/adventure_list/issues/23', 'issue', 'other', 'other', 'API Keys published in firebase_settings.\n\nSecurity issue.', True),
    ('https://github.com/Merrit/adventure_list/issues/23', 'issue', 'other', 'other', 'Hi there, thanks for raising the issue!\n\nAre you referring to the `firebase_options.dart`?\n\nIf so, the [docs](https://firebase.google.com/docs/projects/learn-more#config-files-objects) indicate that information is considered public, not secret:', False),
    ('https://github.com/flutter/flutter/issues/31398', 'issue', 'other', 'other', 'How to store Firebase authentication API Key safely to push on VCS?', False),
    ('https://github.com/GitGuardian/APISecurityBestPractices/issues/14', 'issue', 'other', 'other', 'False positive, Firebase API key\n\nHello, and thank you for the GitGuardian service that you provide, it is really useful.\n\nI want to point out that you should not auto-detect a Firebase API key as "compromised" since this is not a private key but a public key that any entity should access in order to connect to the Firebase API that was set up.', False),
    ('https://github.com/GitGuardian/APISecurityBestPractices/issues/14', 'issue', 'other', 'other', 'Agree, Firebase in JavaScript are public keys, even that they look like private, everything what need to be in JS is public.', False),
    ('https://github.com/GitGuardian/APISecurityBestPractices/issues/14', 'issue', 'other', 'none', "Just received an alert for the same thing, it's really a false positive.", False),
    ('https://github.com/CodeSoom/ConStu/issues/133', 'issue', 'other', 'other', '[Note] Firebase api키에 대한 참고 사항\n\n## 📌 Firebase api키에 대한 참고 사항\n- 이전에는 아래와 같이 Firebase의 api key를 `.env`로 관리하였다.', False, 'ko'),
    ('https://github.com/sahat/hackathon-starter/issues/1210', 'issue', 'other', 'other', 'Secure Env Not Used for ENV Keys\n\nIn ref to #1127 , Sendgrid keys are exposed publically.\n\nI can fix this.', True),
    ('https://github.com/sahat/hackathon-starter/issues/1210', 'issue', 'other', 'other', 'Going to close this issue due to no response.  The original issue "Sendgrid keys are exposed publically" is invalid.', False),
    ('https://github.com/sendgrid/rest/issues/44', 'issue', 'other', 'other', 'Add a .env_sample file\n\nOur preference is that users have an environment file when using the SendGrid API, because it is less likely that someone would commit their credentials to github.', False),
    ('https://github.com/Kaidenki/whatsapp-bot/issues/2', 'issue', 'other', 'none', 'Maybe not leaking .env content\n\nPlease do a force push without the `.env` or make this repo private.', True),
    ('https://github.com/Kaidenki/whatsapp-bot/issues/2', 'issue', 'other', 'none', "ill do that its juss my phone numbers that i use for testing the bot that's there and i tought i added it to gitignore too anyways thanks for the heads up", False),
    ('https://github.com/teja2495/quick-search/issues/37', 'issue', 'complaint', 'other', 'Gemini Api issue\n\nI have the pro gemini plan and I created the api key but when I try to use it it says \n\nYou exceeded your current quota, please check your plan and billing details.', False),
    ('https://github.com/teja2495/quick-search/issues/37', 'issue', 'complaint', 'none', "I got the same issue, so I changed my API to a different account's API. However, on my first search again, it showed the same issue: 'limit exceeded,' even though it was a completely different account and API with 0 usage stats.", False),
    ('https://github.com/itcon-pty-au/stremio-ai-search/issues/147', 'issue', 'complaint', 'other', '[Bug Report] invalid gemini api key\n\n## Bug Report\n\n**Device Type:** windows\n\n**Error Details:**\n```\nInvalid Gemini API key: [GoogleGenerativeAI Error]: Error fetching from https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash-lite:generateContent: [429 Too Many Requests] You exceeded your current quota, please check your plan and billing details.', False),
    ('https://github.com/hihumanzone/Gemini-Discord-Bot/issues/48', 'issue', 'complaint', 'other', 'The Gemini API quota has been exceeded. - Resource Exhausted (429)\n\nI have tried making new keys, doing multiple attempts and it just doesnt work.', False),
    ('https://github.com/hihumanzone/Gemini-Discord-Bot/issues/48', 'issue', 'other', 'none', "I know I'm late, but for anyone encountering this problem later, disable Google Search and URL Context tool in config.js if you are using free tier.", False),
    ('https://github.com/amitdevv/ytfocusmode/issues/1', 'issue', 'other', 'other', 'Gemini api key exhausted\n\nAdd an option to enter your own gemini key to prevent quota exhaustion', False),
    ('https://github.com/amitdevv/ytfocusmode/issues/1', 'issue', 'other', 'none', '@arjuunns, thanks for the suggestion!  I’m currently busy with exams, so I’ll work on this after a week', False),
    ('https://github.com/David-patrick-chuks/Riona-AI-Agent/issues/20', 'issue', 'other', 'other', 'Why are the Gemini API keys exposed in .env.example?\n\nHi David,\n\nI noticed that the `.env.example` file contains actual Gemini API keys. Is it intentional to have these keys publicly exposed, and is it safe to do so?', True),
    ('https://github.com/David-patrick-chuks/Riona-AI-Agent/issues/20', 'issue', 'other', 'other', 'Check the comments above the free API keys:\n# Gemini API keys\n# These API keys are legitimate and working for anyone to use.\n# Note: Each key allows 1500 requests in 24 hours before switching to the next key.', False),
    ('https://github.com/David-patrick-chuks/Riona-AI-Agent/issues/20', 'issue', 'complaint', 'none', 'Hi, i barely have any clue how to set it up but i managed to do most of it just receiving this error now: -GEMINI_API_KEY_1 limit exhausted, switching to the next API key... {"timestamp":"12:18:34 PM"}. How can i change API keys or make it work from terminal.', False),
    ('https://github.com/Jeffrey0117/SpeakSlow/issues/1', 'issue', 'complaint', 'other', '無法使用自己的Gemini API key\n\n使用gemini API時，不管如何設定都會出現如下訊息。已經使用多個不同的Google帳號進行測試，確定額度都有\n錯誤: API调用频率超限\n测试失败原因: API调用频率超限', False, 'zh'),
    ('https://github.com/Jeffrey0117/SpeakSlow/issues/1', 'issue', 'other', 'other', '這個「頻率超限」其實不是你的額度問題，是**舊版預設的 Gemini 模型**造成的。舊版預設用 `gemini-1.5-pro`，而 Google 已經把這顆模型從**免費額度**移除了，所以任何帳號去打都會回 rate limit，跟你實際的額度無關 —— 這也是為什麼你換多個帳號都一樣。', False, 'zh'),
    ('https://github.com/KyleBenzle/SynerGPT/issues/2', 'issue', 'other', 'other', '[Security] Leaked Anthropic API Key detected in ANtalk.py\n\n## Leaked Secret Detected\n\nA **Anthropic API Key** was found exposed in this public repository.', True),
    ('https://github.com/Scodive/ResearchGPT/issues/20', 'issue', 'other', 'other', "🚨 URGENT: Your GoogleAI API key is exposed in your public repo\n\nHi Repo Owner,\nYour API key is exposed in your public repo—it's already been viewed by multiple people!\nPlease revoke it right away, remove it from the repo, and generate a new one to prevent misuse and unauthorized charges.", True),
    ('https://github.com/KiyoEditz/Elaina-MD/issues/3', 'issue', 'other', 'other', 'Security Alert: Leaked Anthropic Api Key Detected\n\n## Security Alert: Leaked Anthropic Api Key\n\nYour repository contains a **Anthropic Api Key** that has been **identified in a public repository**.', True),
    ('https://github.com/KiyoEditz/Elaina-MD/issues/3', 'issue', 'other', 'none', 'that is not a problem, because all of that api keys is already expired.', False),
    ('https://github.com/alnutile/php-llms/issues/2', 'issue', 'other', 'other', '[Security Alert] Exposed API key(s) detected: Anthropic\n\nHi,\n\nAn automated responsible-disclosure scan found pattern(s) matching the following API key type(s) in this file:', True),
    ('https://github.com/getsentry/.github/pull/200', 'issue', 'other', 'other', 'Remove unused anthropic API key', False),
    ('https://github.com/Aalto-LeTech/aplus-courses/issues/1135', 'issue', 'other', 'none', 'Show an error message if the user has regenerated their token', False),
    ('https://github.com/gideonn/insta-Unfollow-Users/pull/3', 'issue', 'other', 'none', 'Rejecting the change. \nSharing access token with the world is not a very bright idea!', True),
    ('https://github.com/crockpotveggies/tinderbox/issues/5', 'issue', 'complaint', 'other', "Access token\n\nFun stuff!\nCan't seem to get my access token tho. \nI get the error: \nSECURITY WARNING: Please treat the URL above as you would your password and do not share it with anyone. See the Facebook Help Center for more information.\n\nany clue why that is?", False),
    ('https://github.com/crockpotveggies/tinderbox/issues/5', 'issue', 'other', 'none', 'Got it to work by being really quick with copying the url before the warning popped up.', False),
    ('https://github.com/zachlatta/pyre/issues/2', 'issue', 'other', 'none', 'This is a safety feature that prevents people from unsuspectingly giving their access token to malicious websites or apps. You need to quickly copy the location bar (URL) before the warning pops up.', False),
    ('https://github.com/cdzombak/groupme-tools/issues/14', 'issue', 'other', 'other', 'Remove Access Token in Credentials.\n\nsachinrudr You should probably not post your personal Groupme Access token in the Credential section of the documentation.', True),
    ('https://github.com/LoeiFy/Mirror/issues/59', 'issue', 'complaint', 'other', '重新设置token报错, 401\n\napi.github.com/graphql:1 Failed to load resource: the server responded with a status of 401 (Unauthorized)\n这有没有可能是生成hash时的错误, 生成hash时是用token + xxx.github.io一直报401', False, 'zh'),
    ('https://github.com/mmcloughlin/finsky/issues/10', 'issue', 'complaint', 'none', "A question\n\nHello, I am interested in your repo, and I wanna figure out how it works.\nBut when I tried to send request with your codes, I got the 401 Unauthorized status code.\nI thought the reason might be the token's expiration.", False),
    ('https://github.com/agno-agi/agno/issues/1303', 'issue', 'complaint', 'none', "On just a note I was using the legacy API key first when I first got the error about incorrect API key and tried it again with another legacy key and it didn't work and I know the entire time I was working with this code my API key wasn't changed at all", False),
    ('https://github.com/openai/openai-openapi/issues/255', 'issue', 'other', 'none', 'forgot api\n\ncan u help me cause my api key has been changed with someone  n i need it back :( thankyou', False),
    ('https://github.com/openai/openai-openapi/issues/255', 'issue', 'other', 'other', 'Delete your key on the https://platform.openai.com/api-keys and create a new one', False),
    ('https://github.com/QuantumNous/new-api/issues/2205', 'issue', 'complaint', 'other', 'openai一直自动禁用\n\n**例行检查**\n\n<img width="420" height="139" alt="Image" src="https://github.com/user-attachments/assets/15c2c25e-7f5a-4411-a21c-5a18954e309b" />\n每次出现这个问题，我所有key都会被自动禁用', False, 'zh'),
    ('https://github.com/popjane/free_chatgpt_api/issues/15', 'issue', 'complaint', 'other', "api中key失效\n\nopenai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-gGSeH***************************************7fB1.", False, 'zh'),
    ('https://github.com/slackapi/slack-github-action/issues/170', 'issue', 'complaint', 'other', 'API/App keeps disconnecting from Slack workspace and requires re-auth\n\n### Description\n\nI have followed method 2 in your API guide \nhttps://github.com/marketplace/actions/slack-send\n\nEvery couple of hours the app gets disconnected/de-authorized and I need to re-install it to the workspace, which generates a new token, which I need to manually enter into GitHub secrets in each repo that I want to have an Action send a notification on.', False),
    ('https://github.com/ezet/stripe-sdk/issues/121', 'issue', 'other', 'stripe', 'Confusion between Publishable key and Secret key\n\nHi,\n\nThanks for such a wonderful package. \n\nI was exploring a library and document of it. I found that everywhere we have used word Publishable key and at most of the places code documentation is saying "[publishableKey] is your publishable key, beginning with "sk_"....." however, publishable key starts from "pk_" and Secret key starts from "sk_". so, which key is expected by library to work smoothly.', False),
    ('https://github.com/ezet/stripe-sdk/issues/121', 'issue', 'other', 'none', 'Publishable key is the correct key to use. The secret key should definitely not be stored in the client.', False),
    ('https://github.com/RavindraChherke/Stripe-module-for-Appcelerator-Titanium-iOS-and-Android/issues/11', 'issue', 'other', 'none', 'publishableKey?\n\nHi Ravindra,\n\nThanks for the great module. \nCan you please help for how to get "publishableKey"?', False),
    ('https://github.com/RavindraChherke/Stripe-module-for-Appcelerator-Titanium-iOS-and-Android/issues/11', 'issue', 'other', 'stripe', 'You need a stripe account that provides you with a private (stored on your server) and public key. Stripe Docs and their site are pretty good', False),
    ('https://github.com/mohammedhammoud/django-rest-framework-stripe/pull/4', 'issue', 'other', 'stripe', 'fix publishable API Key issue and add migrations directory\n\nTransactions on the frontend, through Stripe.js or checkout.js should be happening with the publishable key (pk_). Whereas, anything happening in the backend (basically the code that only owner can access), would be using the private/secret key (sk_).', False),
    ('https://github.com/DGouron/review-flow/issues/49', 'issue', 'other', 'none', 'feat: add secret scanning pre-commit hook\n\n## Summary\n\nIntegrate gitleaks into pre-commit hooks to detect secrets (API keys, tokens) before they enter the repository.', False),
    ('https://github.com/cal-itp/data-infra/issues/5224', 'issue', 'other', 'none', 'Add secret scanner to pre-commit\n\nI want to be notified if a secret is detected in a commit, prior to it being pushed live.', False),
    ('https://github.com/envsecrets/envsecrets/issues/71', 'issue', 'other', 'none', 'build pre-commit hooks for secret scanning\n\nScan the codebase for accidentally exposed/hard-coded secrets before committing the code.\n\nUse a pre-commit hook to achieve this.', False),
    ('https://github.com/slsa-framework/slsa-github-generator/issues/897', 'issue', 'other', 'other', '[feature] pre-submit to prevent exposing keys\n\nAdd a simple pre-submit that prevents inclusion of private keys or GitHub PAT tokens.', False),
    ('https://github.com/slsa-framework/slsa-github-generator/issues/897', 'issue', 'other', 'other', 'GitHub provides secret scanning for all repos which will alert project maintainers.\nhttps://docs.github.com/en/code-security/secret-scanning/about-secret-scanning\n\nThis might be just as good as pre-submits since the secret would be leaked in the PR code anyway.', False),
    ('https://github.com/recommenders-team/recommenders/issues/1742', 'issue', 'other', 'other', 'This is now supported automatically by GitHub. Enabled in Settings, Code Security, Secret scanning', False),
    ('https://github.com/civiform/civiform/issues/7099', 'issue', 'other', 'none', 'Add detection/prevention of secret leaks\n\n#### Is your feature request related to a problem? Please describe.\n\nIt is easy to inadvertently commit a secret (server secret, auth secret, etc.) that is used for developer testing. We would like to be notified if this occurs, or better, we could prevent it from happening in the first place.', False),
    ('https://github.com/fetchai/innovation-lab-examples/issues/117', 'issue', 'other', 'none', '[Security]: Add pre-commit secret scanning to prevent accidental API key commits\n\nThe `Crewai-agents/trip_planner/.env` incident (Issue #1/[#48](https://github.com/fetchai/innovation-lab-examples/issues/48)) demonstrates that **real credentials can be committed** without any guardrails.', True),
    ('https://github.com/alphagov/notifications-api/pull/3839', 'issue', 'other', 'none', 'Add detect-secrets pre-commit hook\n\nThis integrates [detect-secret](https://github.com/Yelp/detect-secrets), which scans new commits to the repository for known/suspected secret values.', False),
    ('https://github.com/alphagov/notifications-api/pull/3839', 'issue', 'other', 'other', 'we are using github push protection instead', False),
    ('https://github.com/fortify/fcli/issues/798', 'issue', 'other', 'none', 'Add minimal Secret Scanning support to fcli\n\nWe have some good secret scanning now in SAST engine, but this can only be used realistically post commit.\n\nOnce a secret has been committed it is in the repository history forever.', False),
    ('https://github.com/panzhenhai520/webmedic/issues/14', 'issue', 'other', 'none', '哥们你快醒醒\n\nApiKey被盗刷了', True, 'zh'),
    ('https://github.com/Chanzhaoyu/chatgpt-web/issues/1706', 'issue', 'other', 'none', '感觉有人盗刷，更新了最新的image也还有', True, 'zh'),
    ('https://github.com/Chanzhaoyu/chatgpt-web/issues/1706', 'issue', 'other', 'none', '我的也是在五一前后被盗用了5$多，已经换用其他的了', True, 'zh'),
    ('https://github.com/Chanzhaoyu/chatgpt-web/issues/1706', 'issue', 'other', 'none', '请问搭建https站点也会有这个风险吗', False, 'zh'),
    ('https://github.com/54wall/LiYuJapanese/issues/1', 'issue', 'other', 'none', '由于翻译密钥泄漏目前已导致本人损失400元，请立即删除或替换密钥！', True, 'zh'),
    ('https://github.com/the-cult-of-integral/discord-raidkit/issues/36', 'issue', 'complaint', 'none', 'improper token passed\n\ni have reset bot token twice and it still isnt working', False),
    ('https://github.com/samuelscheit/discord-bot-client/issues/123', 'issue', 'complaint', 'none', "I Can't Login with my token\n\nHello, I Have a problem i logged out to put another token and when i put it, it doesnt let me in, could you help me?? \n\nThanks!", False),
    ('https://github.com/samuelscheit/discord-bot-client/issues/123', 'issue', 'other', 'none', 'your token is invalid, make sure you copied the right token.', False),
    ('https://github.com/gorilla-devs/GDLauncher/issues/1344', 'issue', 'other', 'none', "Potential API key leak.\n\nThe latest commit https://github.com/gorilla-devs/GDLauncher/commit/371559a548a391ff50fa354e055530952acb8644 exposes an API key.\n\nI'm not sure if this is intended or not. If it is (such as a public key), I suggest putting a comment above it describing it as such, as right now it looks like an unintentional leak.", True),
    ('https://github.com/gorilla-devs/GDLauncher/issues/1344', 'issue', 'other', 'none', 'Intended, you can get it from the sections easily anyways.\nThanks for reporting tho.', False),
    ('https://github.com/rcallaby/Hacking-Study-Guide/pull/177', 'issue', 'other', 'none', 'added more information on API key leaks', False),
    ('https://github.com/Nobara-Project/nobara-core-packages/issues/104', 'issue', 'other', 'none', "Editing a keyboard shortcut via System Settings does nothing\n\nWhat's worse is that it tells you it's updated, but if you check the journal you can see the initial shortcut code is still running, no matter how many times you update it via the GUI. The only solution is to delete the shortcut and recreate it.", False),
    ('https://github.com/qdore/Mutate/issues/44', 'issue', 'other', 'none', "New key bindings don't work, the only working shortkey is Ctrl-D and Ctrl-T.\n\nUbuntu 14.04\nWhen I change the default shortkeys they don't work any more.\nNew assignments don't work either.", False),
    ('https://github.com/crittermike/shortkeys/issues/289', 'issue', 'other', 'none', 'Update Ups!\n\nSince update on 28th Dec shortkeys have stopped working. Could it be caused by Firefox not granting permission? Though all boxes seemed to be ticked in the addons manager. What should I do?', False),
    ('https://github.com/lacymorrow/crossover/issues/76', 'issue', 'other', 'none', "Keybinds not working\n\nI'm trying all the keybinds, like ctrl+optn+shift+x, but nothing happens.", False),
    ('https://github.com/lacymorrow/crossover/issues/76', 'issue', 'other', 'none', 'Dumb mistake on my part. I deleted the old version and when i redownloaded it it worked.', False),
    ('https://github.com/omacom/omarchy/issues/3176', 'issue', 'other', 'none', "SUPER + RETURN after update doesn't work\n\n### What's wrong?\n\nafter update, the super + return (terminal) stop to work. I've never changed any of defaults keybindings.", False),
    ('https://github.com/pop-os/cosmic-settings/issues/453', 'issue', 'other', 'none', "Settings > Input Devices > Keyboard Shortcuts (All shortcuts disabled after an update)\n\nToday, after the latest update, all shortcuts are disabled and don't function.", False),
    ('https://github.com/pop-os/cosmic-settings/issues/453', 'issue', 'other', 'none', 'This occurs because of a mismatch of `cosmic-settings`, `cosmic-settings-daemon` and `cosmic-comp` packages. Please make sure you are using the latest commits of all of them.', False),
    ('https://github.com/MTES-MCT/Dossier-Facile-Frontend/pull/892', 'issue', 'other', 'none', 'feat: 🎸 show full key when i18n translation not found', False),
    ('https://github.com/timbru31/SilkSpawners/issues/27', 'issue', 'other', 'none', 'Missing i18n key notification\n\nWhenever a string was not found a fallback message should be displayed with the missing i18n key.', False),
    ('https://github.com/matecat/MateCat/issues/7', 'issue', 'other', 'none', "i18n support?!\n\nHey guys, couldn't figure out how to show translation keys when doing i18n like translations. Is there a way? Would be very helpful! Thanks", False),
    ('https://github.com/wikimedia/jquery.i18n/issues/222', 'issue', 'other', 'none', "None existing key is replaced with the key name instead of the fallback text!\n\nUnfortunately I don't get this work. When I don't have `message-key` in the language file then JQuery.i18n displays instead of `Fallback text` the key: `message-key`", False),
    ('https://github.com/wikimedia/jquery.i18n/issues/222', 'issue', 'other', 'none', 'Hey I run into the same problem. The data-api is not working and all messages are displayed the keys instead.', False),
    ('https://github.com/olivierperez/o80-i18n/issues/7', 'issue', 'other', 'none', 'production: use default key if no translation available\n\nInstead of returning `[missing key: $KEY]`, at least in production code, could it be possible to return $KEY instead?', False),
    ('https://github.com/AFP-Medialab/verification-plugin/issues/1202', 'issue', 'other', 'none', 'Error in i18n when translation has missing key\n\nError file not found with missing key. It is trying to post missing translation key whereas it should just load a fallback file when there is translation file missing.', False),
    ('https://github.com/streaak/keyhacks/issues/109', 'issue', 'other', 'other', 'Mapbox api details\n\nHi there,\ncan you please provide more details regarding  Mapbox access token exploit.', False),
    ('https://github.com/fosterful/scheduler/issues/362', 'issue', 'other', 'other', 'Twilio account is suspended?\n\nI received the following email from Twilio with regards to the OMD Twilio account.\n\nDid anyone else receive this? I checked the account and on one screen is shows a negative credit balance. On another, it shows a positive credit balance. Possibly a bug?', False),
    ('https://github.com/fosterful/scheduler/issues/362', 'issue', 'other', 'other', 'It was a mistake on Twilio', False),
    ('https://github.com/twilio/authy-python/issues/56', 'issue', 'other', 'other', 'twilio suspensions\n\ntwilio has been a pain in the ass\nme and my friend has been trying to work on an app and try different stuff like automating dictionary building dating apps\nbut when i try upgrading account it gets suspended i tried two accounts it got suspended', False),
    ('https://github.com/casdoor/casdoor/issues/1146', 'issue', 'other', 'other', 'Add support for Twilio SMS\n\nPlease add support for Twilio Messaging.\nHere are the docs: https://www.twilio.com/docs/sms', False),
    ('https://github.com/casdoor/casdoor/issues/1146', 'issue', 'other', 'other', 'Can you provide a Twilio test account? My account has been suspended.', False),
    ('https://github.com/huggingface/autotrain-advanced/issues/762', 'issue', 'complaint', 'other', 'Bad request for commit endpoint: It appears that one or more of your files contain valid Hugging Face secrets, such as tokens or API keys\n\nI tried to push GPT2 to my HF account.\n\nI have used os to hide the token:\n\nos.environ["HF_TOKEN"] = "token"', False),
    ('https://github.com/sillsdev/silnlp/issues/791', 'issue', 'complaint', 'other', 'Expired huggingface hub tokens\n\nI recently ran into this error today when running an experiment:\n```\n[ERROR|hub.py:686] 2025-08-11 19:50:39,350 >> 401 Client Error. (Request ID: Root=1-689a498f-25b909552da4ac566d60ba4c;a3bc1ce1-4cc8-4f91-9fd8-37fa9b0acb63)\nRepository Not Found for url: https://huggingface.co/facebook/nllb-200-distilled-1.3B/resolve/main/model.safetensors.\nPlease make sure you specified the correct `repo_id` and `repo_type`.\nIf you are trying to access a private or gated repo, make sure you are authenticated.\nInvalid credentials in Authorization header', False),
    ('https://github.com/jguadagno/jjgnet-broadcast/issues/212', 'issue', 'other', 'other', 'Rotate Google API Key\n\n[Alert](https://github.com/jguadagno/jjgnet-broadcast/security/secret-scanning/1)', False),
    ('https://github.com/jguadagno/jjgnet-broadcast/issues/212', 'issue', 'other', 'none', 'This was done a long time ago', False),
    ('https://github.com/kyyogaa4/aca/issues/19', 'issue', 'complaint', 'none', 'Resolve issues with API key rotation in integration workflows\n\nAPI keys fail to rotate correctly, causing integration failures. Debug and fix.', False),
    ('https://github.com/ropensci-archive/travis/issues/70', 'issue', 'complaint', 'other', 'Broken Slack webhook\n\nHi there! :wave:\n\nI see you have a broken Slack webhook https://github.com/ropenscilabs/travis/settings/hooks Could you please repair/remove it? Thank you!', False),
    ('https://github.com/ropensci-archive/travis/issues/70', 'issue', 'other', 'none', 'Removed!', False),
    ('https://github.com/axa-ch-webhub-cloud/pattern-library/issues/2199', 'issue', 'complaint', 'other', "Feature deployment announcements in Slack\n\nSlack notifications no longer work, since the repo was moved. Plz investiage.\n\nHint: I guess it's connected to the slack token, check the pipeline logs.", False),
    ('https://github.com/axa-ch-webhub-cloud/pattern-library/issues/2199', 'issue', 'other', 'none', "They do work, don't they?", False),
    ('https://github.com/integrations/slack/issues/723', 'issue', 'complaint', 'other', "GitHub App not giving notifications in Slack\n\nI've connected Slack to my GitHub Organization, I've connected the GitHub App to our Slack, invited it to our `#channel`, running `/github subscribe Organization/Repo` gives me a positive reply that the channel is now subscribed.", False),
    ('https://github.com/integrations/slack/issues/723', 'issue', 'other', 'other', "There's an ongoing incident at this time https://status.github.com/messages and that might be causing a problem with webhook deliveries, or delays as the backlog processes.", False),
    ('https://github.com/RBND-studio/flows-cloud/issues/59', 'issue', 'other', 'other', "Secure Supabase DB\n\nWe should either enable RLS and only allow DB manipulation through our BE. Or make sure the DB and rest of the Supabase services are not accessible to the public. We will probably remove postgrest, functions and realtime either way, because we won't be using that.", False),
    ('https://github.com/rzhanje1/xane/issues/658', 'issue', 'other', 'none', 'Fix issue with API keys not being revoked properly\n\nRevoked API keys are still being used for access. Debug and fix.', False),
    ('https://github.com/Ink/ios-picker/pull/53', 'issue', 'other', 'none', "Add code to allow API key to be set outside of info plist.\n\n@sonicbee9 - what do you think about allowing the consumer the ability to set the API key outside of the app's info plist?  It's very easy to crack open any app on the App Store and view its info plist.  It's a security risk to place an API key in the info plist.", False),
    ('https://github.com/klentoy/bloop-portfolio/issues/64', 'issue', 'other', 'none', 'NowSecure static analysis: API keys or tokens hardcoded in the application\n\n### Finding Description\n\nKeys or tokens for APIs were discovered in the application package or bundle. An attacker can potentially use this information to gain access to the associated APIs which can expose sensitive data, enable unauthorized access, permit data to be modified, or other malicious activity.', True),
    ('https://github.com/uchicago-mobi/MPCS51030-2019-Winter-Forum/issues/117', 'issue', 'other', 'none', "How have we managed API keys so far? In most of the assignments I've graded, they've been hard-coded into the app. For example, on assignment 5 (What's in the News), the API key usually lived inside a variable in the news service or View Controller. For several reasons, this is not something to get into the habit of doing.", False),
    ('https://github.com/CCIP-App/CCIP-iOS/issues/7', 'issue', 'other', 'none', 'API Key leak\n\nhttps://github.com/CPRTeam/CCIP-iOS/blob/master/CCIP/CCIP/AppDelegate.m#L19', True),
    ('https://github.com/CCIP-App/CCIP-iOS/issues/7', 'issue', 'other', 'none', 'Just app id, not token XD\nhttps://github.com/CPRTeam/CCIP-iOS/blob/master/CCIP/CCIP/AppDelegate.m#L150', False),
    ('https://github.com/CCIP-App/CCIP-iOS/issues/7', 'issue', 'other', 'none', 'sorry, that naming was my fault...xDDD', False),
    ('https://github.com/Svrf/svrf-ios-sdk/issues/31', 'issue', 'other', 'other', '# Feature request\n\n## Description\n\nAllow API keys to be specified in code rather than provided via an Info.plist\n\n### "Why?"\n\nTwo reasons:\n\n1. this makes it more challenging for people who open up your app\'s bundle to find "private" information, such as your access key.', False),
    ('https://github.com/NSHipster/articles/issues/636', 'issue', 'other', 'none', "Security Concern About https://nshipster.com/xcconfig/\n\nHi @mattt,\n\nJust finish reading of https://nshipster.com/xcconfig/, great article. \n\nA question pop up during reading, if you left `API SECRET` in Info.plist, wouldn't that be a security concern? Someone can easily get that, right?", False),
    ('https://github.com/NSHipster/articles/issues/636', 'issue', 'other', 'none', 'The unfortunate truth of the matter is that nothing in your compile app can be kept secret. Anyone with enough know-how and effort can decompile and analyze your app to find hard-coded credentials, or install an intermediary certificate and intercept network traffic.', False),
    ('https://github.com/djtech42/YikYakTerminal/issues/13', 'issue', 'other', 'none', "The key was extracted from the decoded iOS version a while ago. The key changed at some point, so it doesn't stay the same all the time.", True),
    ('https://github.com/djtech42/YikYakTerminal/issues/13', 'issue', 'other', 'none', "I decompiled the latest (2.8.2) android version apk and can't find the key anywhere. I'm looking for it because if they change it later it could break the app I'm building, so I'd like to know how to find it again.", False),
    ('https://github.com/rkho/product-hunt-react-native/issues/116', 'issue', 'other', 'none', 'Move API keys off of the repo for deployment to App Store\n\nAPI keys should not be bundled in the IPSW file', False),
    ('https://github.com/meantimeit/jukepi/issues/2', 'issue', 'other', 'other', 'config file has credentials\n\nyour config file is showing some lastfm credentials.. you might want to take them out of there...', True),
    ('https://github.com/meantimeit/jukepi/issues/2', 'issue', 'other', 'none', "Hi Wouter\n\nThanks for bringing that to my attention. Luckily they're API credentials and not an important password. The next commit will see them removed as well as introducing some new features.", False),
    ('https://github.com/USA-RedDragon/badnest/pull/30', 'issue', 'other', 'none', 'Remove API Key from the config.\n\nApparently this is public and shared, I was being overly protective.', False),
    ('https://github.com/Kometa-Team/Community-Configs/pull/722', 'issue', 'other', 'none', 'Redact API key in configuration file\n\nRedacted API key for security reasons.', False),
    ('https://github.com/owasp-amass/amass/pull/547', 'issue', 'other', 'none', 'Are you proposing that we include valid API keys in the example configuration file?', False),
    ('https://github.com/btcccorp/btcchina-api-php/pull/4', 'issue', 'other', 'none', "you shouldn't put your api key here. It's very dangerous", False),
    ('https://github.com/vlado/earthquake-croatia/pull/126', 'issue', 'other', 'other', 'Switch to sendgrid api key\n\nSendgrid will stop working without API Key tomorrow.', False),
    ('https://github.com/knadh/listmonk/issues/2690', 'issue', 'complaint', 'other', 'Sendgrid API key is wiped when temorarily disabling it in webhooks', False),
    ('https://github.com/IMarkoMC/Tokens/issues/174', 'issue', 'other', 'none', 'you the best\n\naccidentally leaked my bot token back in 2022, not sure if you guys invalidated it but thanks for your work', True),
    ('https://github.com/seniv/vk-tg-bot/issues/27', 'issue', 'complaint', 'none', '[Q] Токен\n\n@seniv тут такое дело... я мальца позабыл все.\n\nЯ помню как-то решал этот вопрос самостоятельно, а сейчас долго не делал все это и забыл вообще что да как.\nЛовлю такую вот ошибочку:\n![image](https://user-images.githubusercontent.com/25010528/47257142-c9c14380-d492-11e8-87b7-dbcb593d9ee7.png)\n\nНапомни в чем трабл. :thinking: \nТокен, вроде как, рабочий. (По новой создавал).', False, 'ru'),
    ('https://github.com/plon/Bard-Discord-bot/issues/9', 'issue', 'other', 'none', 'This guy thought the token in the readme was active...', False),
    ('https://github.com/plon/Bard-Discord-bot/issues/9', 'issue', 'other', 'none', "Oh... I should've tested the token before making an issue, sorry for the misunderstanding.", False),
    ('https://github.com/IMarkoMC/Tokens/issues/44', 'issue', 'other', 'none', 'Token deletion repo heh? I think one or more token in this repo still functioning', True),
    ('https://github.com/IMarkoMC/Tokens/issues/44', 'issue', 'other', 'none', "They are deleted by discord once they're detected. It's nearly instant", False),
    ('https://github.com/Kong/kong/pull/12090', 'issue', 'other', 'none', 'hotfix(cd): skip comment on commit step\n\nThe token seems to be changed/expired and no longer working. Allow the step to fail to unblock the workflow.', False),
    ('https://github.com/Androz2091/discord-giveaways-bot/pull/87', 'issue', 'other', 'none', 'Um, are you aware that you committed your token?', True),
    ('https://github.com/ProgixDev/incacook-app/issues/65', 'issue', 'other', 'other', '[Low] Verify Google Maps API key restrictions in Google Cloud Console\n\n## Finding\nBoth platforms embed the Google Maps API key directly in `Info.plist` /\n`AndroidManifest.xml`, with an in-repo comment noting it\'s intended as a\nrestricted "public" mobile key. That\'s a normal pattern for client-side Maps\nkeys', False),
    ('https://github.com/tryWabbit/Google-Api-Helper/issues/7', 'issue', 'complaint', 'other', 'google api key error occured?\n\nAfter providing google api key.. Still its showing error. Please check', False),
    ('https://github.com/tryWabbit/Google-Api-Helper/issues/7', 'issue', 'other', 'other', "Thanks for using my library @sourabhsharmait ,\nI'm sure you didn't have your billing address registered with your google account that you're using for api key. Please confirm if you have valid billing address.", False),
    ('https://github.com/tryWabbit/Google-Api-Helper/issues/7', 'issue', 'other', 'none', 'Yes.. You are right.. I was using non billabe key... Thank you for correction...\n\nAnd thank you for this great work....', False),
    ('https://github.com/getodk/collect/pull/2611', 'issue', 'other', 'other', "Add details about Google billing accounts for API keys\n\nThe Google maps API key process has changed in the last few months. I also added an explanation for why the keys that are in the source code 1) don't work for debug builds 2) are ok to leave in unprotected.", False),
    ('https://github.com/TamoTamApp/tamotam-app/issues/6', 'issue', 'other', 'none', 'got such email, it looks like this needs to be looked again', False),
    ('https://github.com/Trustroots/nostroots/issues/107', 'issue', 'other', 'other', 'Google Maps unrestricted key warning\n\nI got this email from Google:\n\n> Dear Google Maps Platform customer,\n> \n> We detected that you are using unrestricted API keys with Google Maps Platform services. These keys may be publicly exposed and vulnerable to abuse.', False),
    ('https://github.com/streaak/keyhacks/issues/58', 'issue', 'other', 'other', 'Add information about Google Maps api keys', False),
    ('https://github.com/google/osv-scalibr/issues/1089', 'issue', 'other', 'other', 'PRP: Secret extractor for Google Maps API Key\n\n**Secret name:** Google Maps API Key\n\n**Risk in exposing the secret:**\nA Google Maps API key can be abused to make API calls that may incur significant costs for the owner.', False),
    ('https://github.com/pharo-project/pharo/issues/7741', 'issue', 'complaint', 'other', 'CI: Need to use access token for GitHub\n\n**Describe the bug**\nGithub finally turned off the old API. \n\nThe CI uses it, when triggering a build we now get:\n\nCaused: org.kohsuke.github.GHFileNotFoundException: https://api.github.com/ {"message":"Bad credentials. The API can\'t be accessed using username/password authentication. Please create a personal access token to access this endpoint: http://github.com/settings/tokens","documentation_url":"https://docs.github.com/articles/creating-a-personal-access-token-for-the-command-line"}', False),
    ('https://github.com/pharo-project/pharo/issues/7741', 'issue', 'other', 'none', "I have updated the CI to use auth tokens.\nI'll close it for now, if this persists, please reopen.", False),
    ('https://github.com/openai/openai-node/issues/97', 'issue', 'other', 'none', '> ### Describe the bug\n> In network, other people can see my API Key!\n> \n> <img alt="image" width="1253" src="https://user-images.githubusercontent.com/51500098/223651624-1f5eee29-9443-4590-ac12-6efbce25a371.png">\n> \n> ### To Reproduce\n> 1. Use this node.js library to send a request\n> 2. Open network, in the authorization section, the API key is exposed.', True),
    ('https://github.com/openai/openai-node/issues/97', 'issue', 'other', 'other', 'You are not supposed to send requests to OpenAI API from a client machine.\n\nhttps://platform.openai.com/account/api-keys\n> Do not share your API key with others, or expose it in the browser or other client-side code.', False),
    ('https://github.com/openai/openai-node/issues/97', 'issue', 'other', 'none', 'I suggest you revoke your leaked key immediately.', True),
    ('https://github.com/justinmahar/openai-ext/issues/7', 'issue', 'other', 'other', 'Document Security Considerations\n\nIt appears that use of this library exposes the OpenAI API key to users.\n\nIf an app is developed using this library, and served to end users, those end users could easily inspect the bearer token in the network request and gain access to the API key.', False),
    ('https://github.com/cogentapps/chat-with-gpt/issues/131', 'issue', 'other', 'none', 'Option to hide API key from users\n\nhey, first off I just wanted to say that I really like your project! I have been using it for a bit now and it works really well. but one downside I have with it, is that other users are able to see my API key. a great feature to add would be to make it so. the API key will be hidden when it detects that it has been inputted from the server and not from the user.', True),
    ('https://github.com/cogentapps/chat-with-gpt/issues/131', 'issue', 'other', 'none', 'The API key should not be visible to users when provided on the server via a config.yaml file. The API key is loaded and used only on the server, and not sent to the browser.', False),
    ('https://github.com/mrshameen/SHANUWA-MD/issues/2', 'issue', 'other', 'other', 'otect your openAI API key\n\nyour openAI API key is visible and someone can use it.\nfix the issue', True),
    ('https://github.com/yagizhanNY/openai-chatgpt3-clone/issues/30', 'issue', 'other', 'other', 'I found your API key\n\nWhen I tried to send a message to ChatGPT through the website, I checked the Network tab in my browser and found out that the OpenAI API Bearer key used in this project is public.', True),
    ('https://github.com/yagizhanNY/openai-chatgpt3-clone/issues/30', 'issue', 'other', 'none', 'Hi @itsrn \n\nThanks for this critical feedback. I saw the problem and disabled my API key for now. I will fix it asap. Also thanks for your suggestions.', False),
    ('https://github.com/yagizhanNY/openai-chatgpt3-clone/issues/30', 'issue', 'other', 'none', "Now, user must enter their own api key before the chat. It's still visible on headers but not mine anymore :)", False),
    ('https://github.com/msadiq10/ChatGPTClone/issues/2', 'issue', 'other', 'other', 'API Key Exposed to Client\n\nWhenever there is an error, your OpenAI key is shown in the error message.', True),
    ('https://github.com/ronidas39/LLMtutorial/issues/2', 'issue', 'other', 'other', 'OpenAi Api Key is visible\n\nNote that the openai api key is shown , to ensure that security of you repository and your data disable it or add the them to .env file.', True),
    ('https://github.com/riwigefi/light-gpt/issues/14', 'issue', 'other', 'other', 'Thank you for your reminder, my friend. As this is a pure front-end application, users access the Open AI service by sending requests within the front-end application, without using a server proxy for the Open AI service. This is to avoid the risk of user data leakage, and to allow users visiting the site to use the service directly. Therefore, I had to preset the API key, which can be viewed in the network tab through the request response. I have now obfuscated the API key, and may optimize it further in the future.', True),
    ('https://github.com/riwigefi/light-gpt/issues/14', 'issue', 'other', 'none', 'Yes exactly man, just wrap it in an API and make this call on server side itself, so that no one can see these details on client end.', False),
    ('https://github.com/GaiZhenbiao/ChuanhuChatGPT/pull/78', 'issue', 'other', 'none', 'Never expose API-key to browser\n\nNever expose API-key to browser, using server-side configuration instead when no user input is given.', False),
    ('https://github.com/GaiZhenbiao/ChuanhuChatGPT/pull/78', 'issue', 'other', 'none', '这样做，如果用户想要更换API-Key，就无法在网页上操作了。为了不替用户做这个选择，我提供了一个开关，用户可以自行选择是否需要隐藏该输入框。', False, 'zh'),
    ('https://github.com/GaiZhenbiao/ChuanhuChatGPT/pull/78', 'issue', 'other', 'none', '实际上并不影响用户自行填写。提交的实现中输入框还在，用户也可以填写，只有当用户不填写时服务端才会使用默认的key，而服务端配置的key不会发送到客户端。\n即使设置隐藏输入框，api-key的实际内容也是发送到浏览器了，用户可以轻松的通过把type="password" 改掉而看到实际key的内容', True, 'zh'),
    ('https://github.com/shadowsocks/shadowsocks-android/issues/3092', 'issue', 'other', 'other', 'Firebase database is exposed publicly.\n\nFirebase database is exposed publicly and seems compromised.', False),
    ('https://github.com/omroy07/AgriTech/issues/142', 'issue', 'other', 'other', 'bug: firebase.js – Exposed Hard-Coded Firebase Config\n\nNature & Root Cause\nFirebase API key, project ID, and other secrets are embedded in firebase.js within the client bundle.\n\nImpact\n\nPublic exposure of credentials.', True),
    ('https://github.com/mateendev3/lets_chat/issues/2', 'issue', 'other', 'other', 'Since this is an open source project, deleting files is not enough to stop someone from getting any data that was committed previously. For instance, when you ["Added Firebase to app"](https://github.com/mateendev3/lets_chat/commit/6a696af97692b5613b40b80a843c6352e6ee0d12) you leaked all of your credentials you later tried to remove. This actually isn\'t bad in of itself. These keys are unique, but not private.', True),
    ('https://github.com/BlueBubblesApp/bluebubbles-server/issues/725', 'issue', 'other', 'other', 'Security config rules for Firebase rtdb is open to anyone?\n\nI received a notification from Google concerning the Firebase rtdb.  It said:\n\nYour Security Rules allow anyone on the internet to read or write to your database.', False),
    ('https://github.com/BlueBubblesApp/bluebubbles-server/issues/725', 'issue', 'other', 'none', 'Disregard.  This appears to be a stale DB.', False),
    ('https://github.com/openai/pixel/issues/34', 'issue', 'other', 'other', 'P5+: Fix exposed Firebase config\n\n[debate_game_firebase.pdf](https://github.com/openai/pixel/files/11205299/debate_game_firebase.pdf)\n\n> Description:\nGoogle Firebase is a Google-backed application development software that enables developers to develop\niOS, Android and Web apps.\nSummary:\nI have found Firebase config information like API-key,authDomain, databaseURL, projectId, storageBucket,\nmessagingSenderId.', True),
    ('https://github.com/FilenCloudDienste/filen-mobile/issues/374', 'issue', 'other', 'other', '[Security issue need investigation] Firebase allows for easy misconfiguration of security rules with zero warnings\n\nTLDR:\n- Firebase allows for easy misconfiguration of security rules with zero warnings', False),
    ('https://github.com/FilenCloudDienste/filen-mobile/issues/374', 'issue', 'other', 'other', 'Not sure why you are posting this, but we do not use Firestore. Firebase libs are only included due to FCM for push notifications. Maybe check out the source first.', False),
    ('https://github.com/continuedev/continue/issues/10902', 'issue', 'complaint', 'other', 'Error: Gemini 2.5 Pro - Unknown error\n\n**Error Details**\n\nModel: Gemini 2.5 Pro\nProvider: gemini\nStatus Code: N/A\n\n**Error Output**\n```\n{"error":{"message":"{\\n  \\"error\\": {\\n    \\"code\\": 403,\\n    \\"message\\": \\"Permission denied: Consumer \'api_key:AIzaSyAbm-_oW12aAAxNc8FEEh-84QT7o-9r1Ak\' has been suspended.\\",\\n    \\"status\\": \\"PERMISSION_DENIED\\",', False),
    ('https://github.com/coaidev/coai/issues/67', 'issue', 'other', 'other', "报错的时候，直接把key暴露出来了。\n\ngemini error: Permission denied: Consumer 'api_key:AIza**************************** has been suspended. (code: 403, status: PERMISSION_DENIED)\n\n建议对客户端隐藏", True, 'zh'),
    ('https://github.com/coaidev/coai/issues/67', 'issue', 'other', 'other', 'gemini 的问题。gemini error: 后的全都为 gemini 的 error 输出', False, 'zh'),
    ('https://github.com/ionic-in-action/chapter4/issues/2', 'issue', 'complaint', 'other', 'Weather API no longer working\n\nWeather API(https://ionic-in-action-api.herokuapp.com/weather) fails with "Invalid API key. Please see http://openweathermap.org/faq#error401 for more info."', False),
    ('https://github.com/ionic-in-action/chapter4/issues/2', 'issue', 'other', 'none', "Thanks, looks like they now require an API key as of a couple days ago. I'll get this fixed up tonight.", False),
]
