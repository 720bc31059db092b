# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 419 (mine-b419): EXPOSURE DESCRIBED IN WORDS and its near misses. Rows where a writer says in words
# that a key, token, secret or webhook URL got out - committed or pushed to a public repository ("you leaked
# it in the commit", "Your OpenWeather API key is visible in this repo", "found the Context7 API key in the
# open", "forgot that replit repositories are public lmao", "AWS key exposed\n\nlol"), printed into CI or
# workflow logs ("Today, Travis leaks secrets!", "token is revealed in logs", "Logs leak access token",
# "leaked into run 26358181381 session log"), posted online ("since it's been posted online, you should
# reset it"), stolen ("tf did you stole my russian bot token?!", a Chinese "偷我两次key", the eslint-scope
# backdoor that "stole the content of ~/.npmrc", "currently exploited mapbox tokens", "Your NPM account has
# been compromised"), flagged by scanners or GitGuardian ("Compromised Token", "Secret Scanning has
# detected two Google API keys ... marked publicly leaked", a MiniMax key "committed to this repo", a
# phishing-style "your token was exposed in your repo" notice, an exposed Discord webhook URL) and an
# Italian "Non si deve mai fare commit delle private key"; kept with near misses: hypotheticals and policies
# (a Japanese "トークン漏洩時にどうするか", Chinese key-rotation feature requests "目前用户 API Key 泄露后...",
# "in the event of a breach/leak", "If a user outputs an API token by accident", "You dont have to click
# regenerate unless your token has been leaked", "this could be used to login to the API if accidentally
# exposed"), advice ("Never share your secret or token online" is counted only where the writer says the
# secret WAS shared), secrets.yaml / dotfiles how-tos, debug-log redaction PRs and issues with no leak,
# explicit denials ("there is no chance of a token leak on GitHub"), tokens revoked or reset for other
# reasons (npm invalidated all tokens, "Discord keeps resetting the bot's token due to high usage", "the API
# key I created years ago was finally revoked", an expired token behind "Bad credentials"), "compromised"
# about a package not a key ("3.7.2 is compromised. Do not use it."), licence/product keys (German
# pr0keys game-key threads, licence-activation issues), Ingress "keys" in a sync plugin, SSH "REMOTE HOST
# IDENTIFICATION HAS CHANGED" threads, encryption/PGP keys forgotten, keys pasted into a product's own
# settings (Syncia, Raycast Gemini, obsidian-copilot, HIBP plugin), and a Mapbox token swap PR.
# Complaints are failing credentials or connections reported now (Discord "Improper token has been
# passed", "Bad credentials" in a repository-dispatch CI job, Adobe UMAPI "Failed to authenticate provided
# token", Kick 401, Heroku deploy, keen scoped keys, forgecode :sync "Invalid API Key", bots offline, API
# keys not accepted or not syncing) plus "same here" rows.
# Sources (135 threads in 121 repositories; issues corpus only, texts copied from the thread excerpts the
# `search` tool returned - a title plus the first sentences, or one comment - trimmed, never reworded or
# translated):
#  xyTom/Url-Shorten-Worker #45, discord/discord-api-docs #5049 #5009 #1734 #1597 #1523 #1346 #1728,
#  discord-tickets/bot PR #364, kubestellar/console #17193, github/roadmap #531,
#  hassio-addons/app-vaultwarden #196, noisebridge/library-org #23, OWASP/Maturity-Models #86,
#  travis-ci/dpl #263 #1167, thelounge/thelounge PR #2716, depcheck/depcheck PR #279,
#  looplj/axonhub #1692, Wei-Shaw/sub2api #6409, integrations/slack #782, IMarkoMC/Tokens #167 #154,
#  jaraco/skeleton #26, Deazl/pr0keys #44 #57 #12 #97 #65, AIPentest/CyberStrikeAI #316,
#  cryptee/web-client #223, open-keychain/open-keychain #1532, damusss/MILIMP-Media-Player #16,
#  Developer-Student-Clubs-VSSUT-Burla/CEM-frontend #24, luismayta/dotfiles #820,
#  JonathanReeve/dotfiles #2, Kyczan/dotfiles #1, edheltzel/dotfiles #52,
#  dotfiles/dotfiles.github.com PR #10, eeeXun/gtt #29, CodelyTV/dotly #270, hrtowii/dotfiles #1,
#  orhnk/dwm-dots #1, JamesANZ/dot-validator-selector #30, robwolff3/homeassistant-config #1,
#  agneevX/home-assistant #6, arsaboo/homeassistant-config #1, home-assistant/core #1039,
#  home-assistant/home-assistant.io #29798, RenierM26/ha-ezviz #47, BankkRoll/repo2pdf #22,
#  themeetinghouse/web PR #1268, Kivou-2000607/yata #145, forem/forem #3079,
#  Mikaela/mikaela.github.io #104, Cezerin2/Cezerin2 #278, OpenRA/OpenRA PR #7243,
#  Royal-lobster/Syncia #76, keen/keen-js #389, tailcallhq/forgecode #2618,
#  syncthing/syncthing-macos #59, jarvis-schlappa/e3dcset #6, Eneris/push-receiver PR #42,
#  tjfontaine/linode-python #25, restic/restic PR #3470, travis-ci/travis-ci #890,
#  bitfireAT/davx5-ose #1455, darcys22/godbledger PR #109, ad-ha/ide_api PR #2,
#  SakshL/Discord-Server-Cloner #18, openai/gpt-discord-bot #16, itskekoff/discord-server-copy #3,
#  xKynn/PokecordCatcher #11, Supersebi3/Selfbot #4, clearyy/discord-link-opener #3,
#  miurla/morphic PR #317, Leaflet/Leaflet PR #4174, Zenysis/Harmony PR #59,
#  digidem/comapeo-mobile PR #202, isawnyu/pleiades-gazetteer #540, nuko-chan/issues-tracker-api #18,
#  shield-wall/myprofile #638, AkhileshNS/heroku-deploy #107, mozilla/api.webmaker.org PR #85,
#  rails-girls-summer-of-code/rgsoc-teams PR #1138, Code-Institute-Org/gitpod-full-template PR #22,
#  mozilla/dispensary #481, mozilla/addons-linter #2105, eslint/eslint-scope #39,
#  DigitalRiver/react-atlas #911, RXNT/react-json-schema-form-extras #243,
#  SuperEvilMegacorp/vainglory-assets #278, ethereum/go-ethereum #35718, WJDDesigns/Ultra-Card #116,
#  mozilla/application-services PR #1169, checkmarx-ts/checkmarx-python-sdk #32,
#  adobe-apiplatform/user-sync.py #412, KickEngineering/KickDevDocs #239, csi2115-f21/scripts #27,
#  ddvk/remarkable-hacks #476, getumbrel/umbrel #2054, openai/tart #1135, ninjaprawn/async_wake-fun #7,
#  appsoftwareltd/dotnet-licence-key-generator #10, barakagb/gb-dl #30,
#  awesomemotive/easy-digital-downloads #5276, updatest/feedback #97, FOGProject/fog-client #34,
#  CellarHQ/cellarhq.com #306, sonichi/sutando PR #4234, TurboWarp/extensions #820,
#  anonaddy/browser-extension #50, Authenticator-Extension/Authenticator #1018,
#  kagisearch/browser_extensions #63, hjk789/NXEnhanced #56, raycast/extensions PR #1159 #13117,
#  bobby-b-bot/discord #1, ArtemGr/Sidekick #194, lilserf/bot-on-the-clocktower #180,
#  DeppSRL/open_bilanci #378, actions/checkout #25, thoth-station/kebechet #1123, axeII/home-ops #1634,
#  AntaresSimulatorTeam/Antares_Simulator #2705, time-series-machine-learning/tsml-eval #350,
#  max-sixty/tend #598, microsoft/PR-Metrics PR #794, homieiot/convention #328,
#  andrew-schofield/keepass2-haveibeenpwned #85, alangrainger/share-note #170,
#  iitc-project/ingress-intel-total-conversion #474, cygnusx-1-org/Slide #286,
#  logancyang/obsidian-copilot #1885 #3000
# Look-ups: 47 `search` calls of the 50 allowed, all on the issues corpus (no read_file / find_string /
# fetch). Queries: accidentally committed API key to public repo; GitHub secret scanning revoked my token;
# "your API key is exposed in this file"; someone used my leaked OpenAI key; Discord bot token leaked and
# reset; "oops I posted my token in the log"; Slack token revoked after found on GitHub; AWS keys
# compromised via dotfiles; npm token leaked in Travis logs; key-rotation feature requests; GitGuardian
# detected my key; Telegram bot token leaked / hijacked; PyPI token revoked 403; Stripe sk_live exposed;
# Chinese "你的key泄露了"; Chinese "不小心把API key提交到了GitHub"; Portuguese "vazou meu token"; API key in
# dotfiles; secrets.yaml pushed (Home Assistant); Russian "утечка токена"; "I edited your comment to remove
# your API key"; "you posted your access token in the issue"; leaked key then sync fails with invalid key;
# credentials in debug log; Twilio auth token exposed; Discord "Improper token has been passed"; pushed .env
# and key disabled; Mapbox token leaked; Japanese "トークンが漏洩"; Heroku API key revoked; "I posted my api key
# in the previous comment"; npm token compromise (eslint-scope); "leaked my token in screenshot lol";
# Google Maps key quota; Spanish "se filtró mi token"; Discord webhook URL leaked; revoked-after-leak 401;
# SSH host key changed; licence/product key shared; "remove credentials I accidentally committed";
# extension stole my API key; bot token reset by Discord; "oh no I committed my secret key"; token printed in
# GitHub Actions logs; token revoked then "Bad credentials"; plugin stopped syncing after key revoked;
# OpenAI key disabled as leaked.
# Checked: every thread URL grepped (URL followed by a quote, '#', '/' or end) over
# /work/main/tools/real/*.py, /work/main/tools/real/pending/*.py and /work/wt/*/tools/real/pending/*.py
# before use; texts checked unique within the batch; build.py run once with the file copied into tools/real/.
# Skipped as already in the corpus (URL found) - the theme is heavily mined, most first-page hits were taken:
#  duyet/monorepo #1354, GDD-Nantes/LLM4SchemaOrg #11, micah5/sponsorship_remover #7, polyzy/weather_py #2,
#  nodejs/build #1353, MartianInGreen/OpenWebUI-Tools #2, Bahnburner/Home-Assistant-Config #5,
#  woj-ciech/kamerka #24, weg-li/weg-li #875, PromtEngineer/Langchain-Tutorilas #3, fredrikburmester/
#  streamystats #223, mckaywrigley/chatbot-ui #944 #923, ztjhz/BetterChatGPT #353, openai/openai-openapi
#  #274, yding25/GPT-Planner #1, skidmaster69420/discord-tokens #59 #34 #85 #65 #80, carykh/WordleEdit PR #1,
#  mindaugaskasp/discord-music-bot #2, nettlesh/CalypsoBot PR #45, imptype/serverless-chatgpt-discord-bot
#  #1, discord/discord-api-docs #1138 #2013 #1156 #560 #2016, noblox/noblox.js PR #58, Chanzhaoyu/chatgpt-web
#  #2066 #1639, lencx/nofwl #86, GreyDGL/PentestGPT #559, NuGet/NuGetGallery #7282, Alawal/GuildReset-
#  Discord-Bot PR #13, ftyszyx/feishu-vitepress #8, weaviate/weaviate #8859, github/roadmap #547 #106,
#  Sid-ah/testrepo #41, rubygems/rubygems.org PR #2687, DataDog/documentation PR #13402, python-discord/site
#  PR #701, The-Swarm-Corporation/swarms-examples #86, swarms-cloud #133, vallabhatech/Digital-Ally #2,
#  viru0909-dev/nyay-setu-working #156, blacktop/ipsw-diffs #5, qhjqhj00/MemoRAG #73, BinaryInkTN/GooeyGUI
#  #3, FantoX/Atlas-MD #13, tweneboah/Full-Stack-Web-Development-Bootcamp-Course #14, sourcegraph-community/
#  no-secrets #9 #10, gregzaal/Auto-Voice-Channels PR #62, DanielLavrushin/asuswrt-merlin-idefix #13,
#  singularityhub/sregistry #239, Talent-Catalog/talentcatalog #903, howdyai/botkit PR #309, yeokm1/w31slack
#  #1, UQComputingSociety/uqcsbot-slack PR #194, CovertLab/wcEcoli PR #564, dylex/slack-libpurple #12,
#  integrations/slack #341, IMarkoMC/Tokens #25 #184 #34 #90 #39 #119, rh-aiservices-bu/rhai-agentic-demo
#  #10, evanyeung/terminal-slack #78, sourcegraph/sourcegraph-public-snapshot #7563, pangeo-data/pangeo
#  #675, GabInc/blobon #545, michaelyuen89/fishyapp #31, travis-ci/travis-ci #7452, pyvec/elsa #25,
#  heroku/heroku-kafka-jsplugin PR #59, simgrid/simgrid #127, serpapi/public-roadmap #2461, awslabs/aws-api-
#  gateway-developer-portal #162, Auroratide/poke5e #57, Vectreal/vectreal-platform PR #746, Soroban-Smart-
#  Block-Explorer #676, Parashield-Protocol/parashield-backend #379, mozilla-ai/otari #271, RadarCOVID/radar-
#  covid-android #9, asyml/texar-pytorch PR #336, terrylica/cc-skills #89, 3b1b/3Blue1Brown.com PR #222,
#  grantbachman/wallofshame #1 #2, tosin2013/mcp-adr-analysis-server #1723, danbooru/danbooru #2396,
#  blockframes/blockframes #6423, cjlcarvalho/scihub-telegram #14, ton-society/grants-and-bounties #1199,
#  n3d1117/chatgpt-telegram-bot #645, ArtemioPadilla/watchboard #201, kawaiiDango/reverseSearchBot PR #1,
#  FiorixF1/fioriktos-bot #1, tucnak/telebot #794, albertopoljak/Licensy #25, top-gg/Luca #12, n24q02m/
#  better-telegram-mcp PR #960, mlcommons/mlcube PR #95, sagemath/sage #42205, bids-standard/pybv #73,
#  pypi/support #3740, nationalarchives/ds-caselaw-custom-api-client PR #653, i8enn/pydantic-odm #5, pypa/
#  gh-action-pypi-publish #222, openwallet-foundation/acapy #3799, pypi/warehouse #11217, pypa/twine #692,
#  angular-university/stripe-course #57, stripe/stripe-ruby #1917, MAIF/daikoku #1148, ovieokeh/react-
#  stripe-payment #3, stripe-samples/checkout-one-time-payments PR #125, stripe-samples/placing-a-hold PR #3,
#  dualcube/moodle-enrol_stripepayment PR #45, samarbadriddin0v/notion-clone #2, phuc-mai/artify #2,
#  keybase/keybase-issues #1837, google-gemini-php/laravel #47, vaguenebula/AlpacaDataReflect #2,
#  majiayu000/claude-skill-registry #39 #40, zendesk/zendesk_api_client_rb #615, idies/pyJHTDB #31,
#  dungkhmt/openerp-micro-service #272, mintlayer/mintlayer-core #1938, navtoj/NotchBar PR #24,
#  OpenNHP/opennhp #1246, eth0izzle/shhgit #77, MrMEEE/awx-build #5, surbhioberoi/ridestats #2,
#  virejdasani/LuminousNewTab #7, iamakashpc/Gemini-Clone #3, chriswhong/nyctaxi PR #4, Gameye98/FBBrute #12,
#  David-Li0406/SMoA #1, 0xCaso/dex-listings-scanner-bot #1, corona-warn-app/cwa-server #152, thedevs-
#  network/the-guard-bot PR #163, GD-Sync/GD-Sync #40, AChep/keyguard-app #375 #608, Kaniwani/kw-backend #477,
#  gw2efficiency/issues #1402, buttondown/roadmap #1229, graham33/hass-smartbox #30, wpietri/sucks #39,
#  jens-maus/yam #562, TwilioDevEd/sdk-starter-node PR #89, HeRAMS-WHO/herams-backlog #153, google/osv-
#  scalibr #1058, VirgilSecurity/demo-twilio-backend-nodejs PR #1, Rapptz/discord.py #7336, kkrypt0nn/
#  Python-Discord-Bot-Template #83, shareweave/shareweave #44, up1512001/GymFit #7, Steinbeck-Lab/DECIMER.ai
#  #13, sharetribe/ftw-daily PR #1323, vercel/chatbot PR #481, blinks32/Ionic-food-delivery-app-with-admin
#  #3, Th3Wall/Fakeflix #3, chuyishang/safeguard #5, socialdistancingdashboard/virushack #7, mapbox/mapbox-
#  react-examples PR #18, russellporter/openskimap.org #20, CivicLabsBelgium/luftdaten_irceline_viewer #7,
#  developmentseed/videomap.earth #14, hackforla/food-oasis PR #714, huggingface/blog #3249, unknownsrc/
#  tokens #7, PolyMarsDev/Sokobot PR #11, XianhaiC/Voice-Bot #6, alphagov/govuk-prototype-kit #1298,
#  OWASP/threat-dragon #431, AkhileshNS/heroku-deploy #160 #84, AmirulAndalib/TL-GD #1, Subscribie/
#  subscribie #821, apinf/platform #1664, amberelectric/public-api #6, codeRIT/brickhack.io #239, danpaz/
#  bodybuilder #189, mozilla/webextension-polyfill #148, mozilla/web-ext #1344, axios/axios #10604, npm/npm
#  #21202, asyncapi/website PR #4640, Simpleboy353/REAPER-2.0 #7, ahmed-machine/PokemonGo-Map #461 #447 #256,
#  rhiever/optimal-roadtrip-usa #8, jsboige/CoursIA #10205, 7nohe/openapi-react-query-codegen #217,
#  intechstudio/grid-editor #1587, MashClashXD/Hypixel-Auction-Flipper PR #1, DisboxApp/web #166,
#  KyeOnDiscord/ip-grabber-creator #2, BossHuso/discord-rare-drop-notificater #77, Samsung/CredSweeper PR
#  #648, OpenWonderLabs/SwitchBotAPI #242, Hubs-Foundation/hubs PR #3729, shadcnio/react-shadcn-components
#  #44, kushin77/self-hosted-runner #2218 #1864, os-climate/os_c_data_commons #194, SELISEdigitalplatforms/
#  blocks-utilities #189, nicrivard/readwise2directory #1, kps-kimpyoungsik/aegis-core #179, Coneja-Chibi/
#  TunnelVision #29, lobehub/lobehub #1123, EvanHerman/yikes-inc-easy-mailchimp-extender #174, Osiris-Team/
#  AutoPlug-Client #38, Cap-go/capacitor-social-login PR #260, peter-evans/repository-dispatch #58,
#  digitalocean/action-doctl PR #66, livecoders/Home #420, jamesgeorge007/github-activity-readme #71,
#  octokit/request-action #252, UncleRus/esp-idf-lib #525, cschleiden/vscode-github-actions #12, mislav/
#  bump-homebrew-formula-action #48, teoxoy/profile-readme-stats #25, mislav/hub #2294, anmol098/waka-
#  readme-stats #506, IgorKowalczyk/igorkowalczyk #28, ipfs/aegir #143, octokit/octokit.rb #850, voicenotes-
#  community/voicenotes-sync #50, eudennis/ultimate-todoist-sync-for-obsidian-experiment #43,
#  alleyinteractive/apple-news #438, danielfariati/jellyfin-plugin-lastfm #11, OvidijusParsiunas/deep-chat
#  #36, openai/openai-quickstart-node PR #33, Ybakman/LLM_Uncertainty #2, HazyResearch/manifest #60,
#  3ffe/beenote #4.
# Rejected (URL free but not used): github/roadmap #56 #57 and Sid-ah/testrepo #40 (descriptions near-
#  identical to roadmap/testrepo texts already in the corpus); tweneboah/...-Course #15 and
#  damusss/MILIMP-Media-Player #12 #20 and the other GitGuardian "Compromised Token" issues (same template
#  text as a row kept or already present); outmoded/hapi-contrib #30 (whether a credential got out is only
#  implied); the skidmaster69420 / IMarkoMC #44 joke replies; Lawxsz/make-u-own-stealer #1,
#  Smug246/Luna-Grabber #199, Napoleon-x/..., BruteAkaSylo/Windows-11-Pro-Activator #5,
#  massgravel/Microsoft-Activation-Scripts #1126, twitter/the-algorithm spam and Ross1337/SMSBotBypass
#  (credential-stealer, piracy or spam projects); twilio/authy-python #56 (account suspension, profanity);
#  Deazl/pr0keys #57's description (insult); logancyang/obsidian-copilot #1808 (settings-storage bug, label
#  unclear); truncated excerpts (jaraco/skeleton #26's last comment, Discord-Server-Cloner "you find a fix?"); heroku-deploy
#  #107's "same problem here" (same text already in the corpus).
# Doubtful labels and how they were decided:
#  - discord-api-docs #5049 / #5009 "GitHub secret scanning broken": the GitHub-to-Discord token-scanning
#    push stopped working -> complaint (a push between two systems that stopped); exposure False because
#    "upload a valid token to a github gist" is a reproduction step, not a leak. The reply "I uploaded a valid
#    token to a public Gist and it was invalidated" -> exposure True (says a live token was posted publicly,
#    even on purpose).
#  - travis-ci/dpl #1167 "Today, Travis leaks secrets!" with a failing "Unknown command: npm --api_token=..."
#    deploy -> complaint (deploy broken) and exposure True.
#  - Leak reports that break nothing (scanner notices, "you leaked your key" issues, npm-token replacement
#    tasks, the eslint-scope reply) -> other with exposure True, as the guideline says.
#  - Conditional or question-form reports were counted as exposure when they state the key sits in a public
#    place: hrtowii/dotfiles #1 ("If these are your actual keys ... remove the old ones from this public git
#    repository"), JamesANZ #30 ("API key in the code" + link), themeetinghouse/web PR #1268 ("Should all
#    these API key's be public like this?"), mozilla/api.webmaker.org PR #85 ("the \"secure\" API hardcoded in
#    the repo? and this repo is public"), CellarHQ #306 ("Remove credentials from codebase ... Rotate keys
#    afterward"), agneevX #6 (username/password in a public config), OWASP/Maturity-Models #86 (travis logs
#    "leak of GitHub tokens as seen at" a real log). ethereum/go-ethereum #35718 is a phishing-style notice;
#    its text still says a token "was exposed in your repo" -> exposure True, other.
#  - Follow-ups that only imply a leak ("Well ... Shit, Thanks! Key is dead", "I remember now these were
#    howards and he deactivated them", "On second thought ... change the password!", "i revoked it already",
#    "We have revoked all associated npm tokens") -> exposure False: nothing in the row's words says the key
#    got out.
#  - "@Awsomegameplay123 reset your Discord token if you haven't already." -> exposure False (advice, no
#    statement of a leak in the row); the next comment "you leaked it in the commit" -> True.
#  - DigitalRiver/react-atlas #911 (delete npm tokens because malware "steals your npm tokens") -> exposure
#    False: precaution, no statement that their tokens got out. mozilla/dispensary #481 and addons-linter
#    #2105 ("a backdoor ... that stole the content of ~/.npmrc") -> True.
#  - discord-api-docs #1346 / #1728: invalid bot token while "there is no chance of a token leak" ->
#    complaint for the description; the #1346 sentence denying a leak kept as its own row -> other, False.
#  - Discord "Improper token has been passed" reports and bots offline -> complaint (the bot's login to
#    Discord fails); "Okay Sorry But how to solve this problem ?" after being told to regenerate -> complaint
#    (still failing). Bot-token regeneration explanations -> other.
#  - depcheck PR #279 ("deployments are still failing, even with an updated token") -> other (PR description
#    of a fix). forem #3079 / Cezerin2 #278 (revoking a token in the product's own settings fails) -> other
#    (not a connection between two systems). SSH host-key warnings -> other (device login, not an
#    integration). iitc #474 "Sync-Plugin does not work" (Ingress keys not synced between devices through the
#    plugin's cloud sync) -> complaint; the "keys" are game items.
#  - German pr0keys rows are about Steam product keys ("keine Keys mehr zu posten") -> exposure False
#    (licence/product keys are not credentials of an integration).
#  - integration: `other` when a product is named (Discord, GitHub, Google, AWS, npm, Travis, Heroku,
#    Mapbox, OpenAI, Slack...), `none` otherwise; no ActiveCampaign, Keap or Stripe row was found free.
#  - language: rows written in German (de), Chinese (zh), Japanese (ja) and Italian (it) carry a code;
#    axonhub #1692's bilingual title with Chinese body -> zh.
# Removed at assembly (lead): WJDDesigns/Ultra-Card #116 (a templated security notice whose text matches
# FoxxMD/tautulli-notification-digest #8 in b270) and adobe-apiplatform/user-sync.py #412 (mined at the
# same time in b418). The counts below are before that removal: now 209 rows, complaints 37, exposure 40.
# Counts: rows 212; complaints 38, other 174; threads 135; integration: other 99, none 113;
# exposure_mentioned: True 41, False 171; voices: issue 212; languages: en 196, de 8, zh 5, it 2, ja 1.
ROWS = [
    ('https://github.com/xyTom/Url-Shorten-Worker/issues/45', 'issue', 'other', 'other', "You've leaked your Google API key publically.\n\nYou need to not check in secrets like this, and you should rotate out that API key.\nhttps://github.com/xyTom/Url-Shorten-Worker/blob/9c3a8e9f1784e1db1a7402be3fec166a4df3a0e3/index.js#L95", True),
    ('https://github.com/xyTom/Url-Shorten-Worker/issues/45', 'issue', 'other', 'none', 'Thank you for your reminder.', False),
    ('https://github.com/discord/discord-api-docs/issues/5049', 'issue', 'complaint', 'other', 'Github Token Scanning is no longer retroactive\n\n### Description\n\nGithub Token scanning does not work on gists at all anymore\n\n### Steps to Reproduce\n\nupload a valid token to a github gist.\n\n### Expected Behavior\n\nthe token is invalidated by discord.\n\n### Current Behavior\n\nthe token is left active and nothing occurs', False),
    ('https://github.com/discord/discord-api-docs/issues/5049', 'issue', 'other', 'other', "I'm unable to repro this issue. I uploaded a valid token to a public Gist and it was invalidated as expected.", True),
    ('https://github.com/discord/discord-api-docs/issues/5049', 'issue', 'other', 'none', 'This issue no longer occurs.', False),
    ('https://github.com/discord/discord-api-docs/issues/5009', 'issue', 'complaint', 'other', 'GitHub secret scanning broken\n\n### Description\n\nkinda off topic but~ looks like token length got increased recently and the secret scanning on github was not updated to reflect this, as of now tokens generated wont be reset and the user wont get a system DM.', False),
    ('https://github.com/discord/discord-api-docs/issues/5009', 'issue', 'other', 'other', 'The secret scanning on github should be updated now to support the change in length.', False),
    ('https://github.com/discord/discord-api-docs/issues/5009', 'issue', 'other', 'none', 'Same goes for the regex in the client', False),
    ('https://github.com/discord-tickets/bot/pull/364', 'issue', 'other', 'other', "@Awsomegameplay123 reset your Discord token if you haven't already.", False),
    ('https://github.com/discord-tickets/bot/pull/364', 'issue', 'other', 'none', 'Do this, you leaked it in the commit, generally never put .env files on GitHub unless you’re 1000% sure they’re blank, also DT generates the .env for you', True),
    ('https://github.com/discord-tickets/bot/pull/364', 'issue', 'other', 'other', '@eartharoid @RooRay Discord automatically regenerates tokens that are in public repos', False),
    ('https://github.com/kubestellar/console/issues/17193', 'issue', 'other', 'other', "[sec-check] CRITICAL: Google API key committed to git history — rotate immediately\n\n## Security Finding\n\n**Severity**: Critical\n**Type**: Secret / Credential Exposure\n**Affected repo**: `kubestellar/console`\n**Secret Scanning alerts**: #1, #2\n\n### Summary\n\nGitHub Secret Scanning has detected two Google API keys committed to the repository's git history. Both are marked **publicly leaked**. Alert #1 was found in production server code (`pkg/api/server.go`); alert #2 in test code (`pkg/agent/scrub_test.go`).\n\nSince the secrets are in git history and this is a public repository, the keys have already been exposed to the public internet.", True),
    ('https://github.com/github/roadmap/issues/531', 'issue', 'other', 'other', 'Secret scanning: Validity check for GitHub tokens\n\n### Summary\n\nGitHub will validate detections of GitHub tokens, including Personal Access Tokens and OAuth tokens.\n\n### Intended Outcome\n\nGitHub Advanced Security customers can prioritize their detected GitHub tokens based on their validity status for facilitated remediation.', False),
    ('https://github.com/hassio-addons/app-vaultwarden/issues/196', 'issue', 'other', 'none', 'Token ADmin\n\n# Problem/Motivation\n\nthe token does not appear in the log\n## Expected behavior\n\ndisplay the token or link to retrieve it', False),
    ('https://github.com/hassio-addons/app-vaultwarden/issues/196', 'issue', 'other', 'none', 'As per documentation:\n\n> The admin/token in the logs is only shown until it is saved or changed', False),
    ('https://github.com/noisebridge/library-org/issues/23', 'issue', 'other', 'other', 'AWS key exposed\n\nlol\n\nhttps://github.com/noisebridge/library-org/commit/574a055694457a038a306b19ade36fb5af7ad3c5', True),
    ('https://github.com/noisebridge/library-org/issues/23', 'issue', 'other', 'none', 'I remember now these were howards and he deactivated them before sending me the code.', False),
    ('https://github.com/OWASP/Maturity-Models/issues/86', 'issue', 'other', 'other', 'Write test that checks travis logs for leak of GitHub tokens\n\nas seen at \n\n![image](https://cloud.githubusercontent.com/assets/656739/16541115/97536e66-4072-11e6-9c01-d6fb8caed273.png)\n\nand \n\nhttps://api.travis-ci.org/jobs/141860636/log.txt?deansi=true', True),
    ('https://github.com/travis-ci/dpl/issues/263', 'issue', 'other', 'other', 'NPM allows to use token instead of username and password\n\nWe should probably allow to pass token instead of api-key (which is built from username and password) in order to minimise any consequences of the leakage: http://blog.npmjs.org/post/118393368555/deploying-with-npm-private-modules', False),
    ('https://github.com/travis-ci/dpl/issues/263', 'issue', 'other', 'none', 'This was deployed with 1.7.15.', False),
    ('https://github.com/thelounge/thelounge/pull/2716', 'issue', 'other', 'other', 'Use a new npmjs token to publish through Travis\n\nnpmjs has invalidated all tokens recently, so I had to create a new one.', False),
    ('https://github.com/depcheck/depcheck/pull/279', 'issue', 'other', 'other', 'Update NPM tokens with correct permissions\n\nNPM package deployments are still failing, even with an updated token (see #275). One [issue comment](https://github.com/travis-ci/travis-ci/issues/9403#issuecomment-408641000) suggests that it is not sufficient to turn off 2fa-for-publishing after the token (as I did), but rather that the token must be created while 2fa-for-publishing is turned off.', False),
    ('https://github.com/depcheck/depcheck/pull/279', 'issue', 'other', 'other', 'Using this same token locally in my .npmrc works 👍 (just [published `0.6.10-beta.1` manually](https://www.npmjs.com/package/depcheck/v/0.6.10-beta.1) to test)', False),
    ('https://github.com/depcheck/depcheck/pull/279', 'issue', 'other', 'none', 'You need to use UI to add secured tokens, do not expose tokens in source code', False),
    ('https://github.com/travis-ci/dpl/issues/1167', 'issue', 'complaint', 'other', 'Leaks of secrets\n\n***Today, Travis leaks secrets!***\n\n```\nUnknown command: npm --api_token=2d0a8d99-...\n```\n\nhttps://travis-ci.org/falsandtru/spica/jobs/651662343#L393\n\nLooks like this is caused by dpl.', True),
    ('https://github.com/travis-ci/dpl/issues/1167', 'issue', 'other', 'none', "wow, it seems there's been a mistake in coordinating dpl v2 releases with one of it's dependencies.\n\ni have rolled this back, and just tested it, seems fixed.\n\nare you able to double check that it now recognizes the command?", False),
    ('https://github.com/travis-ci/dpl/issues/1167', 'issue', 'other', 'none', 'Confirmed. Thanks for you extremely quick response!', False),
    ('https://github.com/looplj/axonhub/issues/1692', 'issue', 'other', 'none', '[Feature/功能]: API密钥能否加一个轮转、重新生成功能\n\n现在有比较多的人在使用，但是有时候会有些人不小心泄露了KEY或者有人离职了，不希望API密钥被废除但是必须重新生成一个新的，避免被滥用', False, 'zh'),
    ('https://github.com/looplj/axonhub/issues/1692', 'issue', 'other', 'none', '附议，有时候不希望丢失统计数据，但是又需要轮转key就需要这个功能了。但是不知道现在的实现下实现这个是否容易（比如某处把key本身当作unique key用了之类的 或者有比较复杂的关联，类似渠道只能存档不能删除之类的）', False, 'zh'),
    ('https://github.com/Wei-Shaw/sub2api/issues/6409', 'issue', 'other', 'none', '功能建议：支持原地轮换用户 API 密钥，保留 Key ID 和计费历史\n\n## 背景\n\n目前用户 API Key 泄露后，只能先禁用旧 Key，再新建一个 Key。这样会产生新的 `api_key_id`，导致同一个用户或同一个业务主体的历史用量、计费记录和后续统计被拆分到两个 Key ID 下。', False, 'zh'),
    ('https://github.com/integrations/slack/issues/782', 'issue', 'other', 'other', 'Confusing/Concerning message to "re-enable the subscription"\n\nI recently disconnected my github account from the slack app (I was trying to see if there was any way to sign out of my github account in slack after integrating) and it removed the integration from our channels. What was really weird though is that it displayed this message:', False),
    ('https://github.com/integrations/slack/issues/782', 'issue', 'other', 'other', "Thanks for reporting this. I think it would help to know more about the Slack workspace you're using and which repository/organization to look into this further.", False),
    ('https://github.com/IMarkoMC/Tokens/issues/167', 'issue', 'other', 'none', 'tf did you stole my russian bot token?!?!?!?!?!??!?!!??\n\nwhy????\n# WHY?', True),
    ('https://github.com/IMarkoMC/Tokens/issues/167', 'issue', 'other', 'none', "i'm getting my words back...", False),
    ('https://github.com/jaraco/skeleton/issues/26', 'issue', 'complaint', 'other', "So the token is set (presumably correctly, as I used the same token as I've always used). Twine hasn't changed. I have no idea what's wrong :(", False),
    ('https://github.com/jaraco/skeleton/issues/26', 'issue', 'other', 'none', "I'm now suspecting the `add-github-secret` command is getting a trailing newline in that parameter.", False),
    ('https://github.com/Deazl/pr0keys/issues/44', 'issue', 'other', 'none', 'Key bereits eingelöst\n\nwill jetzt nicht wie ein Geier erscheinen doch wurde mein Thief Key bereits eingelöst bevor ich es tun konnte :D\n\nkein Plan ob es bei anderen auch schon mal vorgekommen ist', False, 'de'),
    ('https://github.com/Deazl/pr0keys/issues/44', 'issue', 'other', 'none', 'Hey @RatihX \nBitte achte darauf hier in Zukunft keine Keys mehr zu posten.\nSofern er dir einen neuen Key zukommen lässt, ist alles in Ordnung.', False, 'de'),
    ('https://github.com/Deazl/pr0keys/issues/57', 'issue', 'other', 'none', 'Nein, beids mein Fehler. Könnt ihr mir bitte jeweils die ersten beiden Blöcke der Keys zukommen lassen?', False, 'de'),
    ('https://github.com/Deazl/pr0keys/issues/12', 'issue', 'other', 'none', 'Gesperrter Key wieder freigeben?\n\nIch habe gestern über den account NekNek einen key geteilt und ihn selber wieder bekommen. Nun darf ich ihn natürlich nicht erneut eintragen könntest du ihn ggf wieder in die rotation reinhauen? Er ist noch immer aktiv ;)', False, 'de'),
    ('https://github.com/Deazl/pr0keys/issues/12', 'issue', 'other', 'none', 'Der Key ist nun wieder im Pool.', False, 'de'),
    ('https://github.com/Deazl/pr0keys/issues/97', 'issue', 'other', 'none', 'Keys löschen\n\nEine gute funktion wäre es noch, eingereichte Keys wieder löschen zu können solange sie noch nicht vergeben worden sind.', False, 'de'),
    ('https://github.com/Deazl/pr0keys/issues/65', 'issue', 'other', 'none', 'Zurücknehmen von geteilten Keys?\n\nIch meine das wäre mal möglich gewesen. Gibts aktuell leider nicht.\nHabe leider den falschen Key geteilt, der jetzt im System ist (Aber nicht mehr gültig).', False, 'de'),
    ('https://github.com/AIPentest/CyberStrikeAI/issues/316', 'issue', 'other', 'none', '[这傻逼项目偷我两次key 千万别用 垃圾不说还偷key.txt](https://github.com/user-attachments/files/32191759/key.key.txt)', True, 'zh'),
    ('https://github.com/AIPentest/CyberStrikeAI/issues/316', 'issue', 'other', 'none', '有证据吗？拿出证据，不要平白无故的污蔑别人和喷人！', False, 'zh'),
    ('https://github.com/cryptee/web-client/issues/223', 'issue', 'other', 'none', "[Feature Request] Enable access to docs after forgetting key, even if that means deleting all docs data.\n\n**Is your feature request related to a problem? Please describe.**\nI forgor 💀 my encryption key, but I didn't had any data on that account yet anyway.", False),
    ('https://github.com/open-keychain/open-keychain/issues/1532', 'issue', 'other', 'none', 'How to delete key to which I have forgotten password\n\nPardon my ignorance.\nI am only an end userqof the app, not a developer.', False),
    ('https://github.com/damusss/MILIMP-Media-Player/issues/16', 'issue', 'other', 'other', "[Security] Your MiniMax API key was committed to this repo\n\nHey! Just a heads-up -- I ran a scan and it looks like an API key got committed to this repo, and it's still active.\n\n| Detail | Value |\n|--------|-------|\n| Provider | MiniMax |\n| File | `temp.json` |", True),
    ('https://github.com/Developer-Student-Clubs-VSSUT-Burla/CEM-frontend/issues/24', 'issue', 'other', 'other', 'Compromised Token\n\nHello,\n\n@gitguardian has identified that a commit recently introduced into your repository is exfiltrating the secrets used in your GitHub actions:\nhttps://github.com/Developer-Student-Clubs-VSSUT-Burla/CEM-frontend/commit/2b0b0c428020afb8987f5af3b08b24a319bf9554\n\nWe recommend that you act quickly, starting by reverting the commit and revoking the secrets.', True),
    ('https://github.com/luismayta/dotfiles/issues/820', 'issue', 'other', 'other', 'Compromised Token\n\nHello,\n\n@gitguardian has identified that a commit recently introduced into your repository is exfiltrating the secrets used in your GitHub actions:\nhttps://github.com/luismayta/dotfiles/commit/4e79ee669a2cd15fd9b495c9e926b44625096c99', True),
    ('https://github.com/JonathanReeve/dotfiles/issues/2', 'issue', 'other', 'other', "API key in config files\n\nHey, I clicked to browse this repo through your issue report in doom-emacs but I noticed that in your configs you've got `biblio-bibsonomy-api-key` value.\n\nShould this key maybe be made private / not present in dotfiles?", True),
    ('https://github.com/JonathanReeve/dotfiles/issues/2', 'issue', 'other', 'none', 'Thanks for that! Removing.', False),
    ('https://github.com/Kyczan/dotfiles/issues/1', 'issue', 'other', 'other', 'Your OpenWeather API key is visible in this repo\n\nI recommend that you disable that key, and get a new one.\n\nFigure out a way to save your key in another file which is not committed.', True),
    ('https://github.com/Kyczan/dotfiles/issues/1', 'issue', 'other', 'none', 'Thanks. Will change it :)', False),
    ('https://github.com/edheltzel/dotfiles/issues/52', 'issue', 'other', 'other', 'Rotate the Context7 API key\n\nI found your repo when I was browsing through reddit for using tmux with Ghostty, https://www.reddit.com/r/Ghostty/comments/1qd2c50/comment/nzqh770/. I was browsing through other dotfiles in the repo, and found the Context7 API key in the open. Just flagging this as an isuse for you to look at. https://github.com/edheltzel/dotfiles/blob/master/config/.config/zed/settings.json#L21', True),
    ('https://github.com/edheltzel/dotfiles/issues/52', 'issue', 'other', 'none', 'Well ... Shit 🤦♂️\nThanks! Key is dead', False),
    ('https://github.com/dotfiles/dotfiles.github.com/pull/10', 'issue', 'other', 'none', "Add section about sensitive data removal\n\nSome people who are new to version controlling dotfiles might inadvertently commit sensitive data (passwords / API keys / etc...) Let's watch out for them.", False),
    ('https://github.com/eeeXun/gtt/issues/29', 'issue', 'other', 'other', "Feature: Add optional file path for reading API key\n\nHello!\nMy dotfiles are public and hence I can't really insert my API key for `deepl` into my config and push it to github... could you please add an option to enter a file path instead where the password can be read from?", False),
    ('https://github.com/eeeXun/gtt/issues/29', 'issue', 'other', 'none', 'So you push your encrypted secrets to Github? This sounds dangerous to me, even though it is encrypted.', False),
    ('https://github.com/CodelyTV/dotly/issues/270', 'issue', 'other', 'none', "How can we manage secrets in public?\n\nI'm wondering how others public their repository when it might have secrets such as api keys, tokens, and so on.  I'm using CryFS, saving the encrypted data inside of my repository and mounting the secrets when I needed.", False),
    ('https://github.com/hrtowii/dotfiles/issues/1', 'issue', 'other', 'none', 'API Keys in .zshrc\n\nHi,\n\nJust as a heads-up: If these are your actual keys, you might want to consider refreshing them and remove the old ones from this public git repository.', True),
    ('https://github.com/hrtowii/dotfiles/issues/1', 'issue', 'other', 'none', 'hi hi! i revoked it already. thanks!!', False),
    ('https://github.com/orhnk/dwm-dots/issues/1', 'issue', 'other', 'other', 'Your HuggingFace key is exposed! 🙈\n\nDear Repository Owner,\n  \n  🚨 CONGRATULATIONS! 🎉 \n  \n  You\'ve won our "Most Public Secret" award! Your HuggingFace API key has achieved celebrity status and is now more exposed than a Windows XP machine in 2024!', True),
    ('https://github.com/JamesANZ/dot-validator-selector/issues/30', 'issue', 'other', 'none', 'API key in the code\n\nhttps://github.com/James-Sangalli/dot-validator-selector/blob/de7b820ef0d8c929567e4d4ce678b1232906182d/web-sample/index.js#L3\n\nIf this is sensitive info, put is in a `.env` file that is not loaded to github.', True),
    ('https://github.com/robwolff3/homeassistant-config/issues/1', 'issue', 'other', 'other', "[Hint] - Secrets\n\nDon't know if you already know about but instead of stripping all sensitive informations by hand/automated before you push your configs you can use the secrets.yaml and .gitignore", False),
    ('https://github.com/agneevX/home-assistant/issues/6', 'issue', 'other', 'none', 'Hi -- you have username/password in your config file\n\nhttps://github.com/agneevX/my-ha-setup/blob/e69897720efa20958c4e7afa743f5e013fb579ce/config/configuration.yaml#L126', True),
    ('https://github.com/agneevX/home-assistant/issues/6', 'issue', 'other', 'none', 'This is intentional :)', False),
    ('https://github.com/agneevX/home-assistant/issues/6', 'issue', 'other', 'none', "On second thought, I'll move it to secrets.yaml (and change the password!)", False),
    ('https://github.com/arsaboo/homeassistant-config/issues/1', 'issue', 'other', 'other', "Thanks for sharing and a little question ;)\n\nThanks for sharing your config files for HA, it helped me really to tweak better mine but I have a little question:\n\nI have seen that you use a !secret tag for all credentials to avoid to store them in config file but where are they then ? I have checked your whole git repository but didn't find out how it works :(", False),
    ('https://github.com/home-assistant/core/issues/1039', 'issue', 'other', 'other', 'Move Secrets off Disk\n\nRight now there are a lot of passwords in the `configuration.yaml`.  It would be great if we could move them into something like [HashiCorp Vault](https://www.vaultproject.io/) so that I could be comfortable sharing my configuration file (or even checking it into Git).', False),
    ('https://github.com/home-assistant/core/issues/1039', 'issue', 'other', 'none', 'For now the easiest approach would be to use `!include secret_config.yaml` and have those files added to your `.gitignore`', False),
    ('https://github.com/home-assistant/home-assistant.io/issues/29798', 'issue', 'other', 'none', 'secret.yaml - where is the advantage?\n\n### Feedback\n\nWhile reading documentation and threads regarding the use of secrets.yaml, I wonder where the advantage in security aspect is? The password is still stored in a file and not encrypted in any way.  Or am I wrong with this?', False),
    ('https://github.com/home-assistant/home-assistant.io/issues/29798', 'issue', 'other', 'other', 'A) you can more easily keep all your secrets in one place\nB) many people also publish their config on GitHub and then you want to prevent your secrets from being there.', False),
    ('https://github.com/RenierM26/ha-ezviz/issues/47', 'issue', 'other', 'none', "Password in plaintext on config/.storage/core.config_entries\n\nI don't recall this behaviour from previous versions (~0.3). I just noticed that with the new auto-discovery, the plaintext password is now stored on `config/.storage/core.config_entries`. This is not ideal, since one typical process is to store everything under config in a GitHub repo (except some files like `secrets.yaml`).", False),
    ('https://github.com/RenierM26/ha-ezviz/issues/47', 'issue', 'other', 'none', "I'm busy working on storing the token and refresh token only. But this could be used to login to the API if accidentally exposed.", False),
    ('https://github.com/BankkRoll/repo2pdf/issues/22', 'issue', 'other', 'other', 'Vulnerability: GitHub Access Token Leak in URL\n\nerror', True),
    ('https://github.com/BankkRoll/repo2pdf/issues/22', 'issue', 'other', 'none', "That's a public token. No worries", False),
    ('https://github.com/themeetinghouse/web/pull/1268', 'issue', 'other', 'none', "Should all these API key's be public like this?", True),
    ('https://github.com/Kivou-2000607/yata/issues/145', 'issue', 'other', 'none', "Make a public version\n\nthat wouldn't require the API key", False),
    ('https://github.com/forem/forem/issues/3079', 'issue', 'other', 'none', 'Bug: revoking an acess token resulting in a 404\n\n**Describe the bug**\n\nRevoking an access token results in a 404', False),
    ('https://github.com/forem/forem/issues/3079', 'issue', 'other', 'none', "@timdeschryver the issue should be fixed now, I tested it on my account as well. Let me know if it doesn't work for you. Thanks!", False),
    ('https://github.com/Mikaela/mikaela.github.io/issues/104', 'issue', 'other', 'none', "test\n\nif the token is revoked, this shouldn't work?", False),
    ('https://github.com/Cezerin2/Cezerin2/issues/278', 'issue', 'other', 'none', "[BUG]: Revoke access token not working\n\n**Describe the bug**\nCan't revoke the access tokens", False),
    ('https://github.com/OpenRA/OpenRA/pull/7243', 'issue', 'other', 'other', "Replaced GitHub access token\n\nThis is a related security issue such as https://github.com/OpenRA/OpenRAWeb/pull/179 and I also took the time to give access to the @orabot account instead of myself. I already revoked all my GitHub access tokens so you can't use GitHub releases until this is merged.", False),
    ('https://github.com/Royal-lobster/Syncia/issues/76', 'issue', 'complaint', 'other', "OpenAI API Key not recognized?\n\nHello everyone!\nI'd like to use Syncia, but when I insert my secret API key I get a note to use a key which format is supported.\n\nany idea why?", False),
    ('https://github.com/Royal-lobster/Syncia/issues/76', 'issue', 'other', 'none', 'make sure to give it all permissions, currently it fetches the list of models to verify if the key is valid or not, if we only give permission to completions it would not work', False),
    ('https://github.com/keen/keen-js/issues/389', 'issue', 'complaint', 'other', 'Generated Scoped Key fails with Invalid API Key error\n\nRecent improvements to scoped keys validation invalidate keys generated by this and several other SDKs, resulting in an Invalid API Key Error. Newly generated scoped key can be successfully encrypted/decrypted, but cannot be used.', False),
    ('https://github.com/tailcallhq/forgecode/issues/2618', 'issue', 'complaint', 'other', "[Bug]: :sync command fails with 'Invalid API Key' despite valid provider credentials\n\n### Bug Description\n\nThe `:sync` command (workspace sync) fails immediately during initialization with an `Invalid API Key` authentication error, even when all provider API keys (Claude, OpenAI, etc.) are correctly configured.", False),
    ('https://github.com/syncthing/syncthing-macos/issues/59', 'issue', 'other', 'other', 'Inform user when API key is invalid\n\nWhen the API key is invalid the user is not informed. This is a followup of issue #46.', False),
    ('https://github.com/syncthing/syncthing-macos/issues/59', 'issue', 'other', 'none', "User is notified by the green/red dot API online/offline in the tray. Also the preferences Test button doesn't turn green when the API key is invalid.", False),
    ('https://github.com/jarvis-schlappa/e3dcset/issues/6', 'issue', 'other', 'none', 'Debug-Output leakt Credentials\n\n## Problem\nDebug-Mode zeigt Passwort-Länge:', False, 'de'),
    ('https://github.com/Eneris/push-receiver/pull/42', 'issue', 'other', 'other', 'fix: keep credentials out of the debug log\n\n## The problem\n\n`registerIfNeeded()` logs the whole credentials object:', False),
    ('https://github.com/Eneris/push-receiver/pull/42', 'issue', 'other', 'other', 'I ran into this while debugging missing push notifications through homebridge-ring: turning on debug wrote a full set of credentials into `homebridge.log`, which then had to be truncated.', False),
    ('https://github.com/tjfontaine/linode-python/issues/25', 'issue', 'other', 'none', 'Debug logs include sensitive data\n\nIf debug logs are turned on api_key, root password, and root ssh key are logged as well.  This information should be redacted and not included in debug logs.', False),
    ('https://github.com/restic/restic/pull/3470', 'issue', 'other', 'none', 'Sanitize debug log\n\nWhat does this PR change? What problem does it solve?\n-----------------------------------------------------\nThe debug log currently contains authentication credentials which can cause them to leak accidentally. This PR redacts the two most obvious leaks:', False),
    ('https://github.com/travis-ci/travis-ci/issues/890', 'issue', 'other', 'none', 'Ability to delete logs\n\nIf a user outputs an API token by accident then he should have an easy way to remove the logs.', False),
    ('https://github.com/travis-ci/travis-ci/issues/890', 'issue', 'other', 'none', 'This has been deployed!', False),
    ('https://github.com/bitfireAT/davx5-ose/issues/1455', 'issue', 'other', 'other', 'I recently wanted to send a Debug-Log of Davx5 to my Mail Provider and noticed that the Logs contained the "Authorization: Basic"-Header with the real value, e.g. my Password masked in Base64.', False),
    ('https://github.com/bitfireAT/davx5-ose/issues/1455', 'issue', 'other', 'none', "This is really complex and I'm afraid that there won't be a solution, because URLs and for instance event data are required information and they're also confidential information.\n\nBut yes at least passwords should never be in the debug data.", False),
    ('https://github.com/darcys22/godbledger/pull/109', 'issue', 'other', 'none', 'Deletes Password Debugging Output\n\nDebug was triggering codeQL issues as it was exposing credentials', False),
    ('https://github.com/ad-ha/ide_api/pull/2', 'issue', 'other', 'none', 'Remove Login Log on Debug File\n\nRemove security issue while recording login details in plain text on the Debug File', False),
    ('https://github.com/SakshL/Discord-Server-Cloner/issues/18', 'issue', 'complaint', 'other', 'error: Improper token has been passed\n\nHow to fix.\n\ndiscord.errors.LoginFailure: Improper token has been passed.', False),
    ('https://github.com/SakshL/Discord-Server-Cloner/issues/18', 'issue', 'other', 'none', 'Reset your Bot Token.', False),
    ('https://github.com/openai/gpt-discord-bot/issues/16', 'issue', 'complaint', 'none', 'I tried to refresh the token and do it again but still the same problem.\nHere are the full logs.', False),
    ('https://github.com/itskekoff/discord-server-copy/issues/3', 'issue', 'complaint', 'other', 'Improper Token Error\n\ndiscord.errors.LoginFailure: Improper token has been passed.\n\nGetting this error upon running. I have tried tons of stuff and have not been able to fix it, any ideas?', False),
    ('https://github.com/discord/discord-api-docs/issues/1734', 'issue', 'complaint', 'other', 'discord.errors.LoginFailure\n\nImproper token has been passed.', False),
    ('https://github.com/discord/discord-api-docs/issues/1734', 'issue', 'other', 'none', "You're putting your client secret in. You should regenerate that and then go into the bot tab and use the bot token instead. Never share your secret or token online, like this.", True),
    ('https://github.com/discord/discord-api-docs/issues/1734', 'issue', 'complaint', 'none', 'Okay Sorry \nBut how to solve this problem ?', False),
    ('https://github.com/discord/discord-api-docs/issues/1734', 'issue', 'other', 'other', '* Go to https://discord.com/developers/applications and click your application.\n* Under the "Client Secret" option, click Regenerate - since it\'s been posted online, you should reset it so the old one isn\'t usable.\n* Now on the left side of the page, click Bot.\n* Find the link that says "Click to reveal token" and click it.\n* Use that value to log in to the bot.', True),
    ('https://github.com/discord/discord-api-docs/issues/1734', 'issue', 'other', 'none', 'Thank you Sir/Madam  problem solve', False),
    ('https://github.com/xKynn/PokecordCatcher/issues/11', 'issue', 'complaint', 'other', 'getting an error when running launcher\n\nI keep seeing this error \n\ndiscord.errors.LoginFailure: Improper token has been passed.', False),
    ('https://github.com/xKynn/PokecordCatcher/issues/11', 'issue', 'other', 'none', "Your token might've changed, check your token again and replace it.", False),
    ('https://github.com/Supersebi3/Selfbot/issues/4', 'issue', 'complaint', 'other', 'discord.errors.LoginFailure: Improper token has been passed.\n\nPresents login failure due to token, but token is correct.', False),
    ('https://github.com/clearyy/discord-link-opener/issues/3', 'issue', 'complaint', 'other', "discord.errors.LoginFailure: Improper token has been passed.\n\nHi there,\n\nI edited the script, entered the server ID's, did follow the token tutorial, pasted it, and I keep getting this error. \n\nAny clue of what could be happening ?", False),
    ('https://github.com/clearyy/discord-link-opener/issues/3', 'issue', 'other', 'none', 'This error means the token you put in is invalid. I just tested and the youtube method of getting the token still seems to be working.', False),
    ('https://github.com/miurla/morphic/pull/317', 'issue', 'other', 'none', '@gionmud0 Your API key has been exposed. You should disable the key immediately.', True),
    ('https://github.com/Leaflet/Leaflet/pull/4174', 'issue', 'other', 'other', 'update mapbox token\n\nThis PR updates the Mapbox access token across the Leaflet site. Once this PR is merged, the previous token will be deleted. cc @mourner', False),
    ('https://github.com/Zenysis/Harmony/pull/59', 'issue', 'other', 'other', 'Mapbox access token instructions\n\nTODO:\n\n- [x] Removing current Mapbox access token\n- [x] Instructions on how to add a new Mapbox access token', False),
    ('https://github.com/digidem/comapeo-mobile/pull/202', 'issue', 'other', 'other', 'fix: update mapbox public access token\n\nReplaces the broken token with a (temporary) public access token created via the org account', False),
    ('https://github.com/isawnyu/pleiades-gazetteer/issues/540', 'issue', 'other', 'other', 'increase security for mapbox tokens\n\nOnce we have addressed [the immediate problem with our currently exploited mapbox tokens](https://github.com/isawnyu/pleiades-gazetteer/issues/539), we need to research and implement changes to secure those tokens as best we can, especially by getting them out of code on Github. I believe that mapbox has some guidance on this.', True),
    ('https://github.com/nuko-chan/issues-tracker-api/issues/18', 'issue', 'other', 'none', '[Phase 2] トークン漏洩時にどうするか（実装しないが語れるようにする）\n\n## 背景\n- 元仕様:   - docs/purpose/project-spec.md\n  - フェーズ 2: 認証基盤 + エラー基盤\n\n## 完了条件\n- [ ] トークン漏洩時にどうするか（実装しないが語れるようにする）', False, 'ja'),
    ('https://github.com/IMarkoMC/Tokens/issues/154', 'issue', 'other', 'none', 'Thanks bro\n\nforgot that replit repositories are public lmao', True),
    ('https://github.com/shield-wall/myprofile/issues/638', 'issue', 'other', 'other', 'for some reason heroku changed my api key, then I just added the new one and it back to work :)', False),
    ('https://github.com/AkhileshNS/heroku-deploy/issues/107', 'issue', 'complaint', 'other', "Error: Error: Command failed: git push heroku HEAD:refs/heads/main --force. 'heroku' does not appear to be a git repository\n\nError I am getting in Github actions:", False),
    ('https://github.com/AkhileshNS/heroku-deploy/issues/107', 'issue', 'complaint', 'other', 'I just ran into this problem; however my HEROKU_API_KEY had been set and working for nearly 6 months.', False),
    ('https://github.com/mozilla/api.webmaker.org/pull/85', 'issue', 'other', 'none', 'this has the "secure" API hardcoded in the repo? and this repo is public... this is probably no bueno, ya? @jbuck @cadecairos', True),
    ('https://github.com/mozilla/api.webmaker.org/pull/85', 'issue', 'other', 'other', "@ashleygwilliams it's encrypted: http://docs.travis-ci.com/user/deployment/heroku/", False),
    ('https://github.com/rails-girls-summer-of-code/rgsoc-teams/pull/1138', 'issue', 'other', 'other', 'Add a new deploy key for heroku\n\nSeems like the old key was no longer valid 🤷\u200d♂️', False),
    ('https://github.com/Code-Institute-Org/gitpod-full-template/pull/22', 'issue', 'other', 'other', 'feat: Add reset process note for API key\n\nWith 2FA/MFA being more prominent with Heroku and the recent change to disable\nautomatic deployment, I suggest adding a note regarding the process to clear any \nerroneous API keys - I have helped students with this 3 times in 24 hours so just\ntrying to save Tutor Support time going forward.', False),
    ('https://github.com/mozilla/dispensary/issues/481', 'issue', 'other', 'other', 'Replace NPM token\n\nAll npm tokens were revoked so this need replacing.\n\nThese tokens were revoked because of a backdoor in eslint-scope@3.7.2 that stole the content of ~/.npmrc: https://status.npmjs.org/incidents/dn7c1fgrr7ng', True),
    ('https://github.com/mozilla/addons-linter/issues/2105', 'issue', 'other', 'other', 'Replace NPM token\n\nTokens have been revoked and need re-issuing.\n\nThese tokens were revoked because of a backdoor in eslint-scope@3.7.2 that stole the content of ~/.npmrc: https://status.npmjs.org/incidents/dn7c1fgrr7ng', True),
    ('https://github.com/eslint/eslint-scope/issues/39', 'issue', 'other', 'other', "@manjatnms, please renew your NPM credentials. Installing it successfully means that the attacker's script also successfully finished. In our Linux CI environment it failed luckily, but that doesn't mean it's safe...", True),
    ('https://github.com/eslint/eslint-scope/issues/39', 'issue', 'other', 'none', '@yvele As noted elsewhere in the thread, 3.7.2 is compromised. Do not use it. Please install 3.7.1 instead. Thanks!', False),
    ('https://github.com/DigitalRiver/react-atlas/issues/911', 'issue', 'other', 'other', 'Delete tokens in your npm account and enable 2FA.\n\nBecause of the recent eslint compromise which downloads malware that steals your npm tokens we should delete any npm tokens in your npm account and make sure anyone with atlas publishing abilities has 2 factor auth turned on and has a strong password.', False),
    ('https://github.com/RXNT/react-json-schema-form-extras/issues/243', 'issue', 'other', 'other', 'Compromise of your npm account\n\nYour NPM account has been compromised and it is actively publishing malware. No new versions appear on GitHub, but new versions get published to npm. Rotate you access credentials immediately and remove the malicious versions from npm.', True),
    ('https://github.com/RXNT/react-json-schema-form-extras/issues/243', 'issue', 'other', 'other', 'Thank you for bringing this to our attention. We have revoked all associated npm tokens and confirmed that npm has removed the affected versions.', False),
    ('https://github.com/SuperEvilMegacorp/vainglory-assets/issues/278', 'issue', 'other', 'none', "Feature: Ability to regenerate JWT Token.\n\nEspecially now that some tokens may be granted PBE read permission, it's especially important that users can regenerate their token in the event of a breach/leak.", False),
    ('https://github.com/SuperEvilMegacorp/vainglory-assets/issues/278', 'issue', 'other', 'none', 'Good feature.  Adding to API list!', False),
    ('https://github.com/discord/discord-api-docs/issues/1597', 'issue', 'complaint', 'other', 'Token regenerating every minute\n\nThe token of my bot is regenerating every minute and i have to change it in my code or the bot will not work anymore', False),
    ('https://github.com/discord/discord-api-docs/issues/1597', 'issue', 'complaint', 'none', 'yes, it change when i reload the page, but, without regenerating it the bot go offline, and it dont give the invalid token error, it only go offline until i copy a new token and paste it, after that 1 or 2 minutes after, occurrs the same thing', False),
    ('https://github.com/discord/discord-api-docs/issues/1597', 'issue', 'other', 'none', 'You dont have to click regenerate unless your token has been leaked or you just want to invalidate the old ones. Ignore it changes, that is just how tokens work. A new one is generated every time you reload the page, but all the other ones are still valid.', False),
    ('https://github.com/discord/discord-api-docs/issues/1523', 'issue', 'other', 'other', 'Bot Token Bug\n\nWhenever you refresh the website, it regenerates your bot token.', False),
    ('https://github.com/discord/discord-api-docs/issues/1523', 'issue', 'other', 'none', 'This is by design.\nThe tokens are generated with the current time so whenever you refresh, the token will change.', False),
    ('https://github.com/ethereum/go-ethereum/issues/35718', 'issue', 'other', 'other', 'Security Alert: API Key Exposure Detected\n\n## Security Notification\n\nOur automated security scan detected that a personal access token associated with your account was found in a public repository.\n\n**@prx0r** — your token was exposed in your repo `bear`.', True),
    ('https://github.com/mozilla/application-services/pull/1169', 'issue', 'other', 'none', "Call replace_device after the refresh token has been updated\n\n@grigoryk is seeing `Remote server error: '401' '110' 'Unauthorized' 'Invalid authentication token in request signature'` after a password change because we're using the old token.", False),
    ('https://github.com/checkmarx-ts/checkmarx-python-sdk/issues/32', 'issue', 'complaint', 'other', 'CxSCA: How to renew token when 401 unauthorized\n\nAPI documentation states that the token expires after 1 hour. I see most of the API verbs use the annotation \n```@retry_when_unauthorized```\nBut my script ends when the method raises the ValueError exception instead of retrying and renewing the token:', False),
    ('https://github.com/checkmarx-ts/checkmarx-python-sdk/issues/32', 'issue', 'other', 'none', 'Thanks, now works like charm!', False),
    ('https://github.com/KickEngineering/KickDevDocs/issues/239', 'issue', 'complaint', 'other', 'Reopening Access Token returning 401 Unauthorized\n\n> @ash-easygo Sorry for the delay, but yes I am still having this issue. When I receive the app access token, it says it expires_in: 5184000, so it should still be valid.\n> \n> However all calls return 401 Unauthorized.', False),
    ('https://github.com/csi2115-f21/scripts/issues/27', 'issue', 'other', 'none', 'HW#1) why WARMIMG: REMOTE HOST IDENTIFICATION HAS CHANGED appear\n\nAs you repeatedly perform the task, the text may appear.\n\nThis is a warning notification that occurs when the destination server equipment is changed even though the IP is the same. It can be solved by updating the ~/.ssh/known_hosts file.', False),
    ('https://github.com/ddvk/remarkable-hacks/issues/476', 'issue', 'other', 'none', "Remote host identification has changed... I can't update\n\nHi!\n\nI  tried to update the hack from 2.14.3.977 to 2.14.3.1047, but I can't. It was the first time I was going to do it and I don't know anthing of programming...", False),
    ('https://github.com/getumbrel/umbrel/issues/2054', 'issue', 'other', 'none', "SSH: Remote host Identification has changed! Why?\n\nDoes anyone know why this is popping up? Is there an automated ssh-keygen command that is run? I had everything set up and next day I'm getting this:", False),
    ('https://github.com/openai/tart/issues/1135', 'issue', 'other', 'none', "I think it's caused by a duplicate IP address on the virtual machine.", False),
    ('https://github.com/ninjaprawn/async_wake-fun/issues/7', 'issue', 'other', 'none', 'wait i fixed it', False),
    ('https://github.com/appsoftwareltd/dotnet-licence-key-generator/issues/10', 'issue', 'other', 'none', 'Anyone with the same key can activate the same application?\n\nWe use a seed (user ID) to generate a key, but the same seed is not used to validate the key, so anyone with the same key can activate the app?', False),
    ('https://github.com/appsoftwareltd/dotnet-licence-key-generator/issues/10', 'issue', 'other', 'none', 'Yes, I noticed that anyone with the key can activate on many machines. Did you find a solution?', False),
    ('https://github.com/barakagb/gb-dl/issues/30', 'issue', 'other', 'none', 'Key already in use?\n\nI\'m a little confused I used this once before but now when I tried to get a few more of my courses it asks for my info again including my license key. when I put my key in it show "Activation failed. Key already in use" so what did I do wrong?', False),
    ('https://github.com/barakagb/gb-dl/issues/30', 'issue', 'other', 'none', 'i ended up buying a new key so this can be closed it works now', False),
    ('https://github.com/awesomemotive/easy-digital-downloads/issues/5276', 'issue', 'other', 'none', "Custom Software license activation field (idea/request)\n\nHi,\n\nI've been looking at the documentation but couldn't find a relevant reference.\nMy concern is about software keys being shared: one key can be activated/validated by many users.", False),
    ('https://github.com/updatest/feedback/issues/97', 'issue', 'other', 'other', 'Yeah this is coming from LemonSqueezy, sometimes it feels like Updatest itself overwhelms their API with how many activations happen ☹️', False),
    ('https://github.com/FOGProject/fog-client/issues/34', 'issue', 'other', 'other', 'Activation burns keys\n\nContinual Windows activation using the same key every cycle causes the key to be used up.', False),
    ('https://github.com/CellarHQ/cellarhq.com/issues/306', 'issue', 'other', 'other', 'Remove credentials from codebase\n\n- Twitter\n- AWS\n\nRotate keys afterward.', True),
    ('https://github.com/sonichi/sutando/pull/4234', 'issue', 'other', 'none', "@keweichen — the P0 is confirmed and escalated. I verified the shape without reading either value: commit `257e2300d`, 84-line message, three credential-shaped names, authored 2026-09-12T21:08Z, reachable only from this PR's branch and not from `main`. This repository is public, so ~2 days of exposure.", True),
    ('https://github.com/TurboWarp/extensions/issues/820', 'issue', 'other', 'none', 'A little question about extensions\n\nI have a little question: Can I use an API that requires an API key in an extension?', False),
    ('https://github.com/anonaddy/browser-extension/issues/50', 'issue', 'other', 'other', "[browser extension] Please give me a way to enter a new API key!\n\nHi,\n\nI'm getting regular messages about the API key expiring in x days, but I have no way that I can find in the extension, of invalidating the old/current key and/or entering a new one.", False),
    ('https://github.com/anonaddy/browser-extension/issues/50', 'issue', 'other', 'none', 'Thanks, that\'s a good idea.\n\nAt the moment you need to click on the "Settings" tab of the browser extension, scroll down to the bottom and then click "Logout". This will allow you to enter your new API key.', False),
    ('https://github.com/Authenticator-Extension/Authenticator/issues/1018', 'issue', 'other', 'none', 'get api key for extension\n\n### Describe the issue\n\nHow TO Get Api key for extension', False),
    ('https://github.com/kagisearch/browser_extensions/issues/63', 'issue', 'other', 'other', 'Summary API key keeps unsetting itself so changing the model is impossible\n\nPretty much the title. It would be nice to either not reset the API key or allow users to change the model without needing to enter the API key.', False),
    ('https://github.com/hjk789/NXEnhanced/issues/56', 'issue', 'other', 'other', "Yeah, I'm aware of this new API, it includes some additional features not included in the standard API. The problem is: it requires an API key provided by NextDNS devs, and I'm not sure if it would be a good idea to put the API key on an extension that anyone can easily view the code.", False),
    ('https://github.com/raycast/extensions/pull/1159', 'issue', 'other', 'other', "If a user does want to use their own set of keys (maybe the shared keys got blocked or rate limited), then they can provide those in the Command Preferences, and they'll be used instead.", False),
    ('https://github.com/raycast/extensions/issues/13117', 'issue', 'complaint', 'other', 'Gemini Extension API Key Problem\n\n### Description\n\nHello, I am trying to set up my Gemini for Raycast extension, [click here to access it](https://www.raycast.com/EvanZhouDev/raycast-gemini). I got my API key and put it in the set up screen, everything goes well, until I get this error :', False),
    ('https://github.com/bobby-b-bot/discord/issues/1', 'issue', 'complaint', 'other', 'Bobby b bot offline\n\nFor some reason bobby b bot is listed as offline on any server i invite it too.', False),
    ('https://github.com/bobby-b-bot/discord/issues/1', 'issue', 'other', 'other', "Hello, I am aware of the situation. Discord keeps resetting the bot's token due to high usage. Whenever I run the bot again with the new token, in a few hours, I get the following e-mail from Discord:", False),
    ('https://github.com/bobby-b-bot/discord/issues/1', 'issue', 'complaint', 'none', "Did you manage to find a fix because I'm having the same problem", False),
    ('https://github.com/ArtemGr/Sidekick/issues/194', 'issue', 'complaint', 'other', "I'm having the same problem, the bot has been down for more than two hours. It's offline according to Discord, and it isn't responding - neither in our server, nor to direct messages.", False),
    ('https://github.com/ArtemGr/Sidekick/issues/194', 'issue', 'other', 'none', 'Had to regenerate the token and increase the number of shards from 32 to 64. Thanks for the heads up.', False),
    ('https://github.com/discord/discord-api-docs/issues/1346', 'issue', 'complaint', 'other', "Bot Returning Invalid token when the token is infact valid\n\nI was running the bot `604056212706689076` in production up until a few days ago at which point it started throwing invalid token errors.\nI've regenned the token, multiple times and I've tried other code and other bots. It all works apart from this bot app.", False),
    ('https://github.com/discord/discord-api-docs/issues/1346', 'issue', 'other', 'none', "I'm not really sure why this is happening and there is no chance of a token leak on GitHub as all the code is hosted on a private git instance.\nJust to clarify, the token in that screenshot has been regenerated since testing.", False),
    ('https://github.com/discord/discord-api-docs/issues/1728', 'issue', 'complaint', 'other', "waiting on dev - Invalid token (but its not invalid)\n\nive been running this bot 718935686941638709  on my pc for a few days, but at which point it started throwing invalid token errors.\nI've regenned the token, multiple times and I've tried other code and other bots. It all works apart from this bot app.\n\nI'm not really sure why this is happening and there is no chance of a token leak", False),
    ('https://github.com/discord/discord-api-docs/issues/1728', 'issue', 'other', 'none', 'Mate your bot just probably banned.', False),
    ('https://github.com/lilserf/bot-on-the-clocktower/issues/180', 'issue', 'complaint', 'other', "discord bot shows offline?\n\nthe discord bot shows offline when i invited it to the server, it's got all the permissions it needs.", False),
    ('https://github.com/lilserf/bot-on-the-clocktower/issues/180', 'issue', 'complaint', 'none', 'Me too. I have Game Night tonight so an unpleasant surprise.', False),
    ('https://github.com/lilserf/bot-on-the-clocktower/issues/180', 'issue', 'other', 'none', "Sorry about this! I don't know how or why but it had just died, apparently.\nI've restarted it, hopefully in time for your game night!", False),
    ('https://github.com/DeppSRL/open_bilanci/issues/378', 'issue', 'other', 'none', 'Rimuovere private key e sostituirla\n\nNon si deve mai fare commit delle private key.\nVa revocata e rigenerata ed esclusa dai repo.\noauth2/openbilanci-drive-access-f9d652b90027.json', True, 'it'),
    ('https://github.com/DeppSRL/open_bilanci/issues/378', 'issue', 'other', 'other', 'Grazie della segnalazione. È un commit di 10 anni fa. La chiave non è parte di nessuno dei nostri account google. Probabilmente è stata revocata tempo fa.', False, 'it'),
    ('https://github.com/actions/checkout/issues/25', 'issue', 'other', 'other', 'token is revealed in logs\n\nhttps://github.com/foolip/reffy/runs/205394056 ran with the workflow in https://github.com/foolip/reffy/blob/github-actions-checkout-bug-report/.github/workflows/push.yml, using this step:\n\n```\n    - name: checkout reffy-reports\n      uses: actions/checkout@master\n      with:\n        repository: foolip/reffy-reports\n        token: ${{ secrets.REFFY_REPORTS_TOKEN }}\n        path: reffy-reports\n```\n\nREFFY_REPORTS_TOKEN was 7fdfbdbaed8a5bb8f6198d988de3348097a41a37 (since regenerated) and the following appears in the logs:', True),
    ('https://github.com/actions/checkout/issues/25', 'issue', 'other', 'none', 'The reason I added a token is that I wanted to push to *another* repo. I presume the generated token will only have write access to the repo the action is running on?', False),
    ('https://github.com/thoth-station/kebechet/issues/1123', 'issue', 'other', 'other', 'Logs leak access token\n\n## Bug description\n\nWhen looking at the logs of a kebechet workflow run, I noticed this towards the beginning:\n\n```\n2022-08-31 11:21:58,404   1 INFO     kebechet.utils:59: Cloning repository https://username:token@github.com/thoth-station/s2i-minimal-notebook to .\n```', True),
    ('https://github.com/thoth-station/kebechet/issues/1123', 'issue', 'other', 'other', 'About regenerating the token, the github app token for installation expire in 8 hours\nhttps://docs.github.com/en/authentication/keeping-your-account-and-data-secure/token-expiration-and-revocation#user-token-revoked-due-to-github-app-configuration', False),
    ('https://github.com/axeII/home-ops/issues/1634', 'issue', 'other', 'other', 'Possible Sensitive Token Leaked\n\n@axeII  \n\n`home-ops` uses or used a compromised version of `tj-actions/changed-files`. The compromised action appears to leak secrets the runner has in memory.\n\nThe usage of this action possibly resulted in runtime secrets being exposed via the GitHub Action run logs.\n\nOutput of an affected run:\n\n* https://github.com/axeII/home-ops/actions/runs/13867746950/job/38810057179#step:4:57\n\nThis looks like it leaked `BOT_APP_ID` and `BOT_APP_PRIVATE_KEY`. It is possible there are further credential leaks that we did not identify.', True),
    ('https://github.com/axeII/home-ops/issues/1634', 'issue', 'other', 'none', 'Seems like I merged the fixed version two weeks ago but the tokens were leaked anyways. Just rotated the secrets. Thanks again @mattlorimor 👍🏻', True),
    ('https://github.com/AntaresSimulatorTeam/Antares_Simulator/issues/2705', 'issue', 'other', 'none', 'Thanks for reaching out, we will review this quickly', False),
    ('https://github.com/AntaresSimulatorTeam/Antares_Simulator/issues/2705', 'issue', 'other', 'other', 'TODO\n- [X] Revoke existing DockerHub token\n- [x] Revoke existing SonarCloud token\n- [X] Setup new DockerHub token\n- [x] Setup new SonarCloud token\n- [x] Stop relying on tj-actions/changed-files ? Use lesser permissions for DockerHub token (read-only) ?', False),
    ('https://github.com/time-series-machine-learning/tsml-eval/issues/350', 'issue', 'other', 'none', 'Thanks @mattlorimor for catching this. I believe it has been fixed now but will still put looking for alternatives on the list of things to do for the action. Will regenerate all our secrets I guess.', False),
    ('https://github.com/max-sixty/tend/issues/598', 'issue', 'other', 'other', "Rotate CLAUDE_CODE_OAUTH_TOKEN and bot PAT — leaked into run 26358181381 session log\n\n## Summary\n\nThe session-log artifact for [run 26358181381](https://github.com/max-sixty/tend/actions/runs/26358181381) (tend-weekly, 2026-05-24) contains the live `CLAUDE_CODE_OAUTH_TOKEN` and the bot's GitHub PAT in cleartext. These should be treated as compromised and rotated.", True),
    ('https://github.com/microsoft/PR-Metrics/pull/794', 'issue', 'other', 'other', 'The installation token is embedded into the `gh api` command via an explicit `Authorization` header. Because this token is not a GitHub Actions *secret* value, it may not be masked and can be exposed via logs/process listings.', False),
    ('https://github.com/homieiot/convention/issues/328', 'issue', 'complaint', 'other', 'Action error on convention repo\n\n@Tieske We get a "build" error from the trigger website CI job: https://github.com/homieiot/convention/actions/runs/14388881960/job/40350917873\n\n```\nRun peter-evans/repository-dispatch@v3\nError: Bad credentials\n```', False),
    ('https://github.com/homieiot/convention/issues/328', 'issue', 'other', 'none', 'I think it is a bad token. What I think is happening, is that this repo fires a trigger against the website repo to start an action there. The website repo is the one that pulls in this repo, and builds and deploys the site.', False),
    ('https://github.com/homieiot/convention/issues/328', 'issue', 'other', 'none', "I have also created a new token, valid for 1 year. The organisation security settings prevent tokens of longer duration (I didn't find that setting though).", False),
    ('https://github.com/andrew-schofield/keepass2-haveibeenpwned/issues/85', 'issue', 'complaint', 'other', 'Invalid API Key\n\nHello, \n\nI just got an API Key from HIBP, and tried to use the key with this plugin, but I keep getting the following message:', False),
    ('https://github.com/andrew-schofield/keepass2-haveibeenpwned/issues/85', 'issue', 'other', 'none', 'Thanks for the quick resolution!', False),
    ('https://github.com/alangrainger/share-note/issues/170', 'issue', 'complaint', 'none', "API key cannot be reused!\n\nAfter installing the plugin, in the plugin's settings page, I can't use my previous API key, I need to use the 'Connect plugin' button to generate a new API key.", False),
    ('https://github.com/alangrainger/share-note/issues/170', 'issue', 'other', 'none', "You just need to edit the `data.json` and set the user ID to be the same also.\n\nIt's a pair of user ID and API key.", False),
    ('https://github.com/alangrainger/share-note/issues/170', 'issue', 'other', 'none', 'It worked. Thank you so much.', False),
    ('https://github.com/iitc-project/ingress-intel-total-conversion/issues/474', 'issue', 'complaint', 'none', "Sync-Plugin does not work\n\nWhen I update my keys on the desktop, the keys on my phone doesn't get updated (latest test build, doesn't work after a re-install)", False),
    ('https://github.com/cygnusx-1-org/Slide/issues/286', 'issue', 'complaint', 'other', 'API Key Revoked\n\nIt seems that the API key I created years ago was finally revoked. I can no longer browse or post with Slide. Is there any way forward for us?', False),
    ('https://github.com/cygnusx-1-org/Slide/issues/286', 'issue', 'other', 'other', 'After updating to the latest version I was able to get it working again by logging out and logging back in again. It will ask you to grant permission to redreader for your account and after doing that everything was working again. Hope that helps.', False),
    ('https://github.com/logancyang/obsidian-copilot/issues/1885', 'issue', 'complaint', 'other', 'API Keys not syncing\n\n- [ ] Disable all other plugins besides Copilot **(required)**\n- [ ] Screenshot of note + Copilot chat pane + dev console added **(required)**\n\nCopilot version: 3.0.3\n\n(Bug report without the above will be closed)\n\n**Describe how to reproduce**\n1. This requires two laptops that are using the same vault using Obsidian Sync (and e2e encryption is on).\n2. Enter API key for any provider in machine 1. Copilot should work fine with this provider on machine 1. \n3. Now start Obsidian on machine 2, wait for it sync. Notice that CoPilot is not working.  Errors show up (see screenshot).', False),
    ('https://github.com/logancyang/obsidian-copilot/issues/3000', 'issue', 'complaint', 'other', "Copilot doesn't accept my API Keys.\n\n## What went wrong\n\nCopilot saves the api keys I enter into the keychain, but then doesn't recognize them there. Whenever I restart the plugin it says that it failed to initialize and the advanced tab says I need to re-enter my keys, which I have done a few times by now.", False),
    ('https://github.com/logancyang/obsidian-copilot/issues/3000', 'issue', 'complaint', 'other', 'me too，minimax api', False),
]
