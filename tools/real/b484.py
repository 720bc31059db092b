# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 484 (mine-b484): EXPOSURE IN WORDS - the exposure_mentioned field. Texts that say in words that a key,
# token or secret got out (committed / pushed to a public repository, left in git history, posted in a forum post
# or PR, shared in a config file, flagged by a provider or a scanner, "API Key Rotates when I coomit to GitHub",
# "I accidentally pushed my API key to github, and it was rendered invalid by github", "I stupidly commited the
# keys", "You just... shared with the whole world the credentials of your bot", "YOU HAD KEYS IN THE FILE", a
# monday.com moderator "I have edited your post to erase a big portion of your API key", "If the API key you are
# showing here is yours, I recommend you to edit it NOW"), against near misses with exposure False: hypotheticals
# and policies ("in case of a leak - there is no way to revoke", "If an access token is leaked there is no
# possibility to revoke it", "if a user's account / tokens were compromised", "Let's say I have an opensource
# project where I accidentally pushed the secret key", "This is great in terms of API token leaks", a use case
# "one of my user has a leaked token"), secrets that were NOT committed ("the local `.env` file contains real
# production API keys and secrets. While the file is properly gitignored", "(gitignored - verify never committed
# & rotate if shared)"), .gitignore / config-file advice ("API key can still be accidentally committed to repo",
# "Prevents accidental upload of credentials", "`keys.local.json` is in .gitignore already", "**Don't** commit
# your keys to GH.", "maybe obfuscate private information (webhooks) from the config file", "Make sure to hide
# the sensitive data (edit the token)!", "with the API key blurred out", "$token = 'TOKEN  HIDDEN - PUBLIC
# FORUM';"), revocation features and PRs (self-service leaked-key revocation, revoking additional secret types,
# marking revoked API keys, keycloak revocation policies), key restriction how-tos (Google Maps key in Sketch),
# PyPI trusted-publishing PRs ("no secret to expire or leak"), and ordinary integration complaints and replies
# from the same or neighbouring threads (PyPI 403 on publish, GitLab 401s, GitHub 401 on push, Twilio
# authorization errors, Discord webhook messages not arriving, monday.com API queries failing, an audit-log API
# token that "automatically got deleted on its own").
# Complaint vs other (tests/data/README.md "Guideline"): complaint = the writer's own connection / credentials fail
# now. Exposure rows are complaints only when something is failing for the writer: the OpenAI key that rotates on
# every commit (adrianhajdin #10) and the Kiro account suspended after a possibly exposed key (#7301). A pure
# leak report or a third party telling the owner "your key is in the repo" is other, also when it asks to
# revoke; "works now / I created a new one" follow-ups are other (remix #3864 reply: exposure True, other).
# Label calls and doubts: Kiro #7301 says "It is possible that my API key was unintentionally exposed" - a
# suspected leak, kept True. gmplot #196 ("API Key is visible to anyone who views the html file header") is a
# client-side key published by design - kept True because the text says the key is visible to anyone. Evil-Bees
# #45 third reply ("people can steal your client ID and secret") is implied exposure of the already-public
# secret - True. TeamUltroid #344 "NEVER push your secrets ... Revoke them as soon as possible." - the second
# sentence implies they were pushed - True; fabston #13 "**Don't** commit your keys to GH." reads as advice
# alone - False. mcao/RoBot #6 reply "I have regenerated the token" and father-bot #338 "both tokens were
# already revoked" do not say the token got out - False. anuraghazra #18 is phrased as a hypothetical ("Let's
# say ...") - False, though it may describe the writer's own case. PostHog PR #81587 (customer wanting leaked
# keys revoked) is a feature PR - False. neodyme-labs #1 ("force pushed commits ... that would have otherwise
# revelealed sensitive data") names no key or token - False. sglandtransport #4 ("Remove history of api.dart
# ... invalidate the current API key") implies the key is in the public history - True. adrianhajdin #10 reply
# "Did you find any solution for the same" is read as "+1 same problem" (complaint). gHashTag/trinity #601
# remediation comment ("still contained the hardcoded credential") - True. Integration: 'other' for the named
# product the message is about (OpenAI, GitLab, GitHub, PyPI, Twilio, Slack, Discord, Google, Kraken, monday.com,
# MiniMax, DeepSeek ...), 'none' for replies naming none. No ActiveCampaign / Keap / Stripe row survived the
# duplicate checks (every Stripe-exposure thread found was already mined).
# Honest shortfall: the brief asked for ~45 exposure rows and ~half complaints. This theme is heavily mined
# already (the grep over tools/real/b*.py, pending and the other worktrees rejected roughly 75% of the threads
# the searches returned, among them nearly every GitGuardian / secret-scanning / Discord-token / OpenAI-leak /
# Slack-token thread), so the batch has 101 rows, 26 with exposure True, 19 complaints (2 of them with exposure).
# No row was padded; fewer complaints because first-person "my leaked key now fails" reports that were still
# unused were rare.
# Sources (threads; issues corpus excerpts as returned by the `search` tool - a title plus first sentences, or one
# comment - trimmed, never reworded or translated; issue-template headings kept where they precede the text):
#  bytecrumbs/sglandtransport #4, grantbachman/wallofshame #24, DefGuard/defguard #1729, OpenCTI-Platform/opencti
#  #6643, louketo/louketo-proxy #333, Evil-Bees/Alertit PR #45, TeamUltroid/Ultroid PR #344, hexpm/hexpm #375,
#  kirodotdev/Kiro #7301, CreativeSDK/web-image-editor-drag-and-drop PR #19, adrianhajdin/
#  project_ai_mern_image_generation #10, varunshenoy/GraphGPT PR #2, ccxt/ccxt #3492, PostHog/posthog PR #81587,
#  advanced-security/GSSAR #54, mattyopon/faultray #136, jsonresume/jsonresume.org #217, ariffazil/arifOS #478
#  (comment only; the scanner title duplicates an earlier row's text), eddiesigner/sketch-map-generator #56,
#  gmplot/gmplot #196, trufflesecurity/trufflehog #3662, snailyp/gemini-balance #354 (zh), klamt-lab/straindesign
#  PR #77, doronz88/DeveloperDiskImage PR #28, executablebooks/sphinx-tabs #221, icloud-photos-downloader/
#  icloud_photos_downloader #763, tempoxyz/pytempo PR #54, ersilia-os/ersilia #922, anuraghazra/anuraghazra #18,
#  kimeisele/steward-protocol #853, OWASP/CheatSheetSeries #1124, neodyme-labs/github-secrets #1,
#  goauthentik/authentik #3237, Twilio-org/rapid-response-kit #8, Endogen/Telegram-Kraken-Bot #30, Steffo99/greed
#  PR #146, ahmmikun/XLICON-MD #38, fabston/Telegram-Support-Bot PR #13, father-bot/chatgpt_telegram_bot PR #338,
#  freeCodeCamp/100DaysOfCode-twitter-bot #20, kubernetes-sigs/kubespray #11190, lindell/multi-gitter #250,
#  mcao/RoBot #6, miromannino/Contributions-Importer-For-Github PR #42, nhuber/TwitterBot PR #1,
#  python-gitlab/python-gitlab #263, surftimer/SurfTimer-discord #28, remix-project-org/remix-project #3864,
#  di-sukharev/opencommit #197, chriskuehl/dumb-pypi #18, spckio/spck-issues #554, gHashTag/trinity #601,
#  Authenticator-Extension/Authenticator #270, radiasoft/sirepo #2941, huboard/huboard #64.
#  monday.com Community (fetched snapshot of davidsimpsonapps/monday-community-archive, dist/api/topics/<id>.json,
#  replies cited #post_<postNumber> as in earlier batches; cooked HTML turned to text, texts cut at sentence ends):
#  topics 32539, 41300, 13299, 12472, 72668, 23551 (none used before).
# Look-ups (38 of 45; no find_* / read_file calls): issues corpus - "accidentally committed my API key to GitHub, key revoked, now getting
# invalid API key", "my OpenAI API key was leaked and disabled, requests fail", "I posted my token in the issue
# above by mistake, please delete", "Stripe secret key exposed in repository rotate key", "feature request: revoke
# compromised token, in case a key leaks", "pushed .env file with secrets to public repo what should I do", "key
# was exposed and got revoked, now integration returns 401 unauthorized after leak", "oops I accidentally included
# my token in the log I pasted, regenerated it", "someone used my leaked API key, unexpected charges, account
# suspended", "how to rotate API key best practice avoid committing secrets gitignore", "Discord bot token leaked
# reset, bot stopped working login failed", "Slack token automatically revoked because it was found in a public
# GitHub repository ...", "AWS access key pushed to GitHub, AWS quarantined account ...", "SendGrid API key
# compromised emails stopped sending account disabled", "Mein API-Schlüssel wurde versehentlich veröffentlicht,
# Token gesperrt", "不小心把 token 提交到 github 了 泄露 重新生成", "Google Maps API key visible in screenshot ...",
# "\"Your API key was reported as leaked ...\" 403 PERMISSION_DENIED Gemini", "Mailchimp disabled my API key
# because it was found publicly on GitHub ...", "Telegram bot token leaked in commit, revoked with BotFather ...",
# "Hugging Face token was invalidated because it was exposed publicly ...", "PyPI npm publish token leaked in CI
# logs revoked ...", "GitHub revoked my personal access token because it was pushed to a public repository ...",
# "Twilio auth token exposed in repo, rotated it, SMS sending fails error 20003 ...", "I deleted the commit with
# the key but the key still leaked in history, forced push", "your token is visible in the screenshot you
# attached, please revoke it", "OpenAI sent email my key was found publicly and disabled ...", "GitLab personal
# access token leaked in public project was revoked automatically ...", "my keys were stolen after I shared my
# config file in this issue ...", "oops I just realized I pasted my real api key in the issue description ...",
# "Slack incoming webhook URL was leaked on GitHub and Slack disabled it ...", "Stripe rolled my API key because
# it was exposed publicly ...", "Discord webhook got deleted because I accidentally published the webhook URL
# ...", "APIキーが漏洩して無効化された 401 エラー ...", "mi clave API se filtró en GitHub ...", "minha chave de
# API vazou no repositório ..."; pages corpus - "accidentally posted my API key in this thread, already rotated
# it, please edit", "my API key got leaked and someone used it ..." (vendor help pages only, none kept).
# Fetches (not counted): hubspotdev/devslackarchive, davidsimpsonapps/monday-community-archive,
# openenergymonitor/forum-archive, gcharang/discord-archive-komodo, opsmill/discord_archive,
# datazip-inc/olake-slack-archive - grepped locally for leak / exposed / compromised / "posted your key" /
# regenerate; only the monday.com archive gave usable rows (HubSpot's archive had no key-exposure messages left
# after its secret scan, the energy-monitor and OLake archives none, Komodo only wallet seeds / private keys,
# which were left out as off-domain).
# Checked and skipped as already mined (grep of owner/repo/kind/number over tools/real/b*.py, pending and
# /work/wt/*/pending): micah5/sponsorship_remover #7, polyzy/weather_py #2, apinf/platform #1664,
# grantbachman/wallofshame #1 #6, blacktop/ipsw-diffs #5, WebDevSimplified/chat-gpt-api #2,
# zendesk/zendesk_api_client_rb #615 #616, woj-ciech/kamerka #24, fredrikburmester/streamystats #223,
# OvidijusParsiunas/deep-chat #36, openai/openai-quickstart-node #33, vaguenebula/AlpacaDataReflect #2,
# digas99/duo-explained #18, openai/openai-openapi #255, 3ffe/beenote #4, Ybakman/LLM_Uncertainty #2, lencx/nofwl
# #86, GreyDGL/PentestGPT #559, sourcegraph-community/no-secrets #10, angular-university/stripe-course #57,
# Nishitbaria/Dev-Exchange #101, dsekz/chrome-x-browser-validation-header #2, OpenSourceFellows/amplify #501,
# viru0909-dev/nyay-setu-working #156, abi/screenshot-to-code #618, dzikoysk/reposilite #67, cds-snc/covid-alert-
# server #266, thedevdojo/wave #89, Th3Wall/Fakeflix #3, shareweave/shareweave #44, ankitpathak62/Webdev-notes #1,
# codeRIT/brickhack.io #239, gregzaal/Auto-Voice-Channels #62, discord/discord-api-docs #2013 #1138 #1156 #5842
# #5091 #5715, peterthehan/create-discord-bot #6, singularityhub/sregistry #239, PolyMarsDev/Sokobot #11,
# cirebon-dev/notification_bot #4, praneetsharma/ClearMessagesBot-Discord #1, QuantumNous/new-api #6318,
# Pirate-Weather/pirateweather #675, HeRAMS-WHO/herams-backlog #153, Chanzhaoyu/chatgpt-web #2066 #1217,
# darryllane/Bluto #35, ztjhz/BetterChatGPT #353, Xnopyt/discord-bot-gui #12, imptype/serverless-chatgpt-discord-
# bot #1, hackermondev/discord-active-developer-badge #36, nettlesh/CalypsoBot #45, IMarkoMC/Tokens #75 #25 #184,
# skidmaster69420/discord-tokens #85 #34, anthropics/claude-code #96048, putme-in/putmein #37,
# neel-asanulhaquekiron/social-app #15, sayeeg-11/Pixel_Phantoms #712, AOSSIE-Org/PictoPy #71, openskeye/go-vss #3,
# roodriiigooo/GITLEAK_EXPLORER #1, danielmiessler/SecLists #1324, The-Swarm-Corporation/swarms-examples #86,
# duyet/monorepo #1354, microsoft/code-with-engineering-playbook #5, rubygems/rubygems.org #2687 #2462,
# mozilla/ecosystem-platform #458, DataDog/documentation #13402, python-discord/site #701, howdyai/botkit #309,
# Talent-Catalog/talentcatalog #903, UQComputingSociety/uqcsbot-slack #194, yeokm1/w31slack #1,
# dylex/slack-libpurple #12, CovertLab/wcEcoli #564, unknownsrc/tokens #7, kawaiiDango/reverseSearchBot #1,
# nodejs/build #1353, os-climate/os_c_data_commons #251, GabInc/blobon #545, luxifyit/luxify-staging #66,
# prgrms-web-devcourse/slam-server #20, Hombre2014/Portfolio-tracker #48, Hylozoic/hylo-node #567,
# prof-rossetti/intro-to-python #41, themarshallproject/klaxon #340 #410, sendgrid/docs #1798, librariesio/
# libraries.io #2920, cline/cline #1300, google-gemini-php/laravel #47, Gameye98/FBBrute #12, JayZeeDesign/
# microsoft-autogen-experiments #2, RedHatTraining/DO288-apps #160, Rostlab/JS16_ProjectA #115, mindaugaskasp/
# discord-music-bot #2, idies/pyJHTDB #31, LoeiFy/Mirror #37, evaera/RoVer #236, livecoders/Home #420,
# eth0izzle/shhgit #77, RustAudio/coreaudio-rs #50, ThePatr10t/yall-Qaeda #17, pkmnct/qualtrics-google-map-lat-long
# #11, fullstackreact/google-maps-react #522, nycmeshnet/nycmesh.net #206, WikiWatershed/model-my-watershed #3135,
# Malshare/MalShare #95, Malshare/Frontend #43, continuedev/continue #10513 #11541 #10902, Alishahryar1/free-claude-
# code #1014, google/generative-ai-docs #356, kizuna-ai-lab/sokuji #540, poenl/gemini-api #8, veda-consulting-
# company/uk.co.vedaconsulting.mailchimp #228, mailchimp/mc-magento #1042, drewm/mailchimp-api #229 #59,
# n3d1117/chatgpt-telegram-bot #645, tdlib/telegram-bot-api #77, ZekerTop/ai-cli-complete-notify #33,
# akashvaghela09/insta-saver-bot #20, Orenoid/telegram-account-bot #7, our-ark/enoch #41, cjlcarvalho/scihub-
# telegram #14, ArtemioPadilla/watchboard #201, JaskoCoder/UniBrain #250, henriqueclaranhan/telegram-music-
# downloader-bot #16, mustafababil/Telegram-Weather-Bot #1, mimbres/YourMT3 #20, langchain-ai/langchain #31141,
# aio-libs/async-lru #495, openwallet-foundation/acapy #3799, IgorKowalczyk/igorkowalczyk #28, PyGithub/PyGithub
# #1753, asyml/texar-pytorch #336, codeforamerica/vita-min #5318, cschleiden/vscode-github-actions #12,
# jamesgeorge007/github-activity-readme #71, mislav/bump-homebrew-formula-action #48, mislav/hub #2294,
# openwallet-foundation/owl-agent-test-harness #619, peter-evans/repository-dispatch #10, teoxoy/profile-readme-
# stats #25, twilio/twilio-cli #146, twilio/twilio-node #559, twilio/twilio-video-app-react #171 #246 #841,
# dan1471/FREE-openai-api-keys #74 #76, ECE4760/ECE4760.github.io #1, betalgo/openai #38, checkmarx-ltd/cx-flow
# #1341, faiyazahmad07/WEBSTER #3, googlecodelabs/your-first-pwapp #157, openai/openai-python #3883,
# MartianInGreen/OpenWebUI-Tools #2, buttondown/roadmap #1229, Artraxon/tihibot #1, AlexsLemonade/refinebio #2059,
# GameServerManagers/LinuxGSM #3951, Gruppio/SlackWebhooksGithubCrawler #1, Reimnop/Discord4Fabric #81,
# appirio-tech/connect-app #1890, aws/aws-health-tools #25, cds-snc/sre-bot #13, fabrizioschiavi/pragmatapro #98,
# flutter-stripe/flutter_stripe #1877, getwud/wud #534, neutrinoapp/neutrino #12, python-discord/bot #1753,
# slackapi/slack-github-action #249, stripe/stripe-python #1466, stripe/stripe-ruby #1917, upptime/upptime #597,
# waldronlab/TCGAutils #25, woocommerce/woocommerce-gateway-stripe #4800, AstroQore/vibe-bar #62,
# CommandDash/commanddash #345, elianiva/dotfiles #9, ftyszyx/feishu-vitepress #8, majiayu000/claude-skill-
# registry #39 #40, pritak/mayaandkeshal.com #1, vz-risk/VCDB #14831.
# Rejected: nusquama/n8nworkflows.xyz #7 and the arifOS #478 title (scanner text identical, case-insensitively, to
# an earlier row); twilio/twilio-node #328 (the first post pastes a live-looking SID and auth token without saying
# so; the reply that points it out is cut mid-sentence in the excerpt); sendgrid/sendgrid-python #841 (web-login trouble, not an
# integration); snowdrop/k8s-infra #124 and Dominic789654 #177 (a certificate and a personal name, not a key or
# token); cwinfosec/github_autopwn #2, ccie18643/PyTCP #43, devopsacademyau exercise PRs (diffs / duplicates of
# kept PR shapes); Komodo Discord messages about wallet seeds and private keys (crypto custody, off-domain);
# vendor help pages from the pages corpus (documentation, not messages).
ROWS = [
    ('https://github.com/bytecrumbs/sglandtransport/issues/4', 'issue', 'other', 'other', 'Invalidate the LTA Datamall API key\n\n2 options:\n\n- Remove history of api.dart and api_test.dart (https://help.github.com/en/github/authenticating-to-github/removing-sensitive-data-from-a-repository)\n- somehow invalidate the current API key and create a new one', True),
    ('https://github.com/bytecrumbs/sglandtransport/issues/4', 'issue', 'other', 'other', 'As advised by LTA Data Mall, once a key is revoked, a new key cannot be generated with the same email address again. Hence I created a new key with the sglandtransportapp@gmail.com address.', False),
    ('https://github.com/grantbachman/wallofshame/issues/24', 'issue', 'other', 'none', "Possible security issue\n\nYou just committed some code in a93dcab6e65187484fd6ddbc8eada67f4184280a that looks    to contain a secret key. You might want to consider removing it.    \n\nBest practice is to store these keys in an environment variable    and reference that variable in your code. If that's not an option, you    can store them in a config file, making sure to add that file to your    .gitignore before committing.", True),
    ('https://github.com/DefGuard/defguard/issues/1729', 'issue', 'other', 'none', 'Gateways secrets/jwt revoke\n\n**Is your feature request related to a problem? Please describe.**\nCurrently each gateways in each location are issued with JWT token with pretty much "never expire" property.\nWhile there is clear reason for that it creates a security issue in case of a leak - there is no way to revoke or disable that JWT.', False),
    ('https://github.com/OpenCTI-Platform/opencti/issues/6643', 'issue', 'other', 'none', 'Leaked Tokens are not revokable\n\n## Environment\n1. OS (where OpenCTI server runs): debain (k8s)\n2. OpenCTI version: 6.0.9\n\n## Description\nIf an access token is leaked there is no possibility to revoke it or to generate a new one. The only possibility that exists is to delete the user and generate a new one.', False),
    ('https://github.com/OpenCTI-Platform/opencti/issues/6643', 'issue', 'other', 'none', "@iFrozenPhoenix Thanks for your request. As you have seen, I've modify your ticket since we consider this being a feature, given the fact that it's a behavior that does not exists currently in the platform and not something that is broekn. I agree though that it's a must and shoul dbe there as a feature.", False),
    ('https://github.com/OpenCTI-Platform/opencti/issues/6643', 'issue', 'other', 'none', "@aHenryJard thanks for having solved this! I'm re-opening the issue because an orgn admin cannot manage its own user's token.\nUse case:\n- I'm an org admin in a org segregation \n- one of my user has a leaked token \n- I want to be able to reset it", False),
    ('https://github.com/louketo/louketo-proxy/issues/333', 'issue', 'other', 'other', "Compromised tokens / support for revocation policy\n\nHow would I force a logout across multiple keycloak-proxy instances if a user's account / tokens were compromised?\n\nKeycloak seems to handle this by using revocation policies: https://www.keycloak.org/docs/2.5/server_admin/topics/sessions/revocation.html", False),
    ('https://github.com/louketo/louketo-proxy/issues/333', 'issue', 'other', 'other', "hi @leoluk .. at the moment this isn't supported .. Its not entirely clear if this just revokes the session you have with keycloak or provides a mechanism for an RP to revoke an access token", False),
    ('https://github.com/Evil-Bees/Alertit/pull/45', 'issue', 'other', 'none', 'Gitignore env.local\n\nYou have exposed secrets in the public repository. This is a **major** security concern. \n\nPlease note that this fix is not sufficient, as the secrets have already been exposed. You should change the database connection URI and all of your API keys, and make sure these are never added to Git.', True),
    ('https://github.com/Evil-Bees/Alertit/pull/45', 'issue', 'other', 'none', "It's exposed for a reason, to make it easier for others to contribute, so for now we will not change this, as it makes it easier for others to setup and contribute to project.\nThank you 😄", True),
    ('https://github.com/Evil-Bees/Alertit/pull/45', 'issue', 'other', 'other', 'In that case you should let your users know that their information is not stored securely. You should also make sure you have disabled billing on your Google Cloud account, as people can steal your client ID and secret and use them for their own app.', True),
    ('https://github.com/TeamUltroid/Ultroid/pull/344', 'issue', 'other', 'none', 'NEVER push your secrets to a **public** GitHub repository.\nRevoke them as soon as possible.', True),
    ('https://github.com/hexpm/hexpm/issues/375', 'issue', 'other', 'none', 'Mark API keys as revoked instead of removing them\n\nIf authentication fails due to a revoked key we can inform the client about that.', False),
    ('https://github.com/kirodotdev/Kiro/issues/7301', 'issue', 'complaint', 'other', 'Account Suspension – Request for Access Restoration\n\nHello Support Team,\n\nI am writing to request assistance regarding my account, which appears to have been temporarily suspended.\n\nI received the following message:\n"Your User ID (0458f468-80f1-704b-f73e-a38712061163) temporarily is suspended. We\'ve locked your account as a security precaution."\n\nI understand that this action may have been triggered by unusual activity. It is possible that my API key was unintentionally exposed, which could have resulted in unauthorized or abnormal usage.', True),
    ('https://github.com/CreativeSDK/web-image-editor-drag-and-drop/pull/19', 'issue', 'other', 'none', 'Add a seperate config.js file for API key\n\n- API key can still be accidentally committed to repo.\n- Adding config.js to .gitignore will not prevent tracking, once file is\n  in the repo.', False),
    ('https://github.com/adrianhajdin/project_ai_mern_image_generation/issues/10', 'issue', 'complaint', 'other', "OpenAI API - API Key Rotates when I coomit to GitHub\n\nHello there!\nI'm trying to commit the project to GitHub, but everytime I receive the mail fro openAI telling me that they rotated the key because it got exposed.\nI already created the .gitignore file with .env, but it does not seems to work. I do not have the .env file in my repository https://github.com/tynoschuck/Ai-image-generator but I keep receiving the mail.\nAny chande you know how to fix this? Thanks in advance!", True),
    ('https://github.com/adrianhajdin/project_ai_mern_image_generation/issues/10', 'issue', 'other', 'none', 'Hey! Did you find a solution in the end?', False),
    ('https://github.com/adrianhajdin/project_ai_mern_image_generation/issues/10', 'issue', 'complaint', 'none', 'Did you find any solution for the same', False),
    ('https://github.com/varunshenoy/GraphGPT/pull/2', 'issue', 'other', 'other', 'Externalize OPENAPI_API_KEY\n\nAllows .gitignore to ignore API Key\nPrevents accidental upload of credentials', False),
    ('https://github.com/varunshenoy/GraphGPT/pull/2', 'issue', 'other', 'none', '@varunshenoy, what do you think about moving the API Key into a separate file so that it can be ignored by git?', False),
    ('https://github.com/varunshenoy/GraphGPT/pull/2', 'issue', 'other', 'none', 'Hey there, totally sorry. This is a great idea. Been busy with school/work, will take a look at this once I get a chance.', False),
    ('https://github.com/ccxt/ccxt/issues/3492', 'issue', 'other', 'none', 'Storing API secret\n\nHello,\n\nIs there a convenient way to store an API key/secret on a forked repository?  I want to keep a file with all of my keys/secrets in the same repo so my first idea was to include the file in the primary .gitignore.  However, my concern is that if I keep my fork in sync with this repo, changes I made in .gitignore will be overwritten every time I sync, unhiding my key/secret file.', False),
    ('https://github.com/ccxt/ccxt/issues/3492', 'issue', 'other', 'none', "`keys.local.json` is in .gitignore already.\n\nAdditionally, if you make it an alias then you're pretty safe even in case it gets removed from .gitignore and you accidentally commit it.", False),
    ('https://github.com/PostHog/posthog/pull/81587', 'issue', 'other', 'none', 'feat(security): add public self-service leaked API key revocation\n\nA customer reached out asking if they could send us some API keys to revoke. We should give them a self service way to do this.', False),
    ('https://github.com/advanced-security/GSSAR/issues/54', 'issue', 'other', 'other', 'Revoke Additional secrets\n\nLooks like a great idea, here are some secret additional secrets that can be revoked based on its own values:', False),
    ('https://github.com/mattyopon/faultray/issues/136', 'issue', 'other', 'none', '[P1 security-secrets] Real OAuth/API secrets exist locally in .env (gitignored — verify never committed & rotate if shared)\n\nRepo-side hardening done in #171; closing the repository tracker.', False),
    ('https://github.com/jsonresume/jsonresume.org/issues/217', 'issue', 'other', 'none', 'CRITICAL: Rotate all API keys and secrets in production\n\n## 🔒 CRITICAL SECURITY ISSUE\n\n**Severity:** CRITICAL  \n**Priority:** IMMEDIATE ACTION REQUIRED\n\n## Issue\n\nWhile setting up `.env.example`, I discovered that the local `.env` file contains **real production API keys and secrets**. While the file is properly gitignored, these credentials should be rotated immediately as a security best practice.', False),
    ('https://github.com/ariffazil/arifOS/issues/478', 'issue', 'other', 'other', 'Partial fix applied during 2026-06-24 RSI forge:\n- Removed hardcoded MINIMAX_API_KEY, SEA_LION_API_KEY, AGENT_ZERO_API_KEY, and OPERATOR_API_TOKEN from deploy/a-forge.yml.\n- Secrets now load exclusively from /root/.secrets/a-forge.env (chmod 600).\n- The key is still present in git history (commit d832cc50 and others).', True),
    ('https://github.com/eddiesigner/sketch-map-generator/issues/56', 'issue', 'other', 'other', "Do I need to restrict Google Maps Api Key when using Map Generator in Sketch?\n\nHi, \nI've come across this issue when implementing the Google Maps api key to Map Generator in Sketch. So my question is, do I need to restrict the Google Maps Api Key and how do I do it?\n\nAppreciate any help!", False),
    ('https://github.com/eddiesigner/sketch-map-generator/issues/56', 'issue', 'other', 'other', "Hi,\n\nYou don't need to restrict your Google Maps API Key for this plugin, actually you can't because there are no restrictions for desktop applications, only for domains and mobile apps identifiers.", False),
    ('https://github.com/gmplot/gmplot/issues/196', 'issue', 'other', 'other', 'API Key is visible to anyone who views the html file header\n\nThis is not the most secure thing....\n\nWhen I view the gmplot-generated html file from any anonymous user-agent, and using any old developer tools, I can see this line:', True),
    ('https://github.com/trufflesecurity/trufflehog/issues/3662', 'issue', 'other', 'other', 'Slack detector: `unexpected error auth response token_revoked`\n\nhttps://api.slack.com/methods/auth.test', False),
    ('https://github.com/snailyp/gemini-balance/issues/354', 'issue', 'other', 'other', '是的，403就是key失效了', False, 'zh'),
    ('https://github.com/klamt-lab/straindesign/pull/77', 'issue', 'other', 'other', 'ci(release): publish to PyPI with trusted publishing\n\n## This would have broken the next release\n\nThe stored PyPI API token is now deleted, but the publish step still passed:', False),
    ('https://github.com/doronz88/DeveloperDiskImage/pull/28', 'issue', 'other', 'other', 'Publish to PyPI via Trusted Publishing\n\nThe v0.3.0 release built fine but `twine upload` was rejected with **403 Forbidden**. The workflow authenticates with the `PYPI_USERNAME` / `PYPI_PASSWORD` secrets stored in 2024-11, and those credentials no longer work — so v0.3.0 is tagged and released on GitHub but absent from PyPI.', False),
    ('https://github.com/executablebooks/sphinx-tabs/issues/221', 'issue', 'complaint', 'other', "MAINT: Fix publishing workflow/permissions\n\nWhen I was trying to get 3.5.0 out of the door the publishing workflow is actually run into permission issues. Probably it's just an expired token or similar.", False),
    ('https://github.com/icloud-photos-downloader/icloud_photos_downloader/issues/763', 'issue', 'complaint', 'other', 'PyPI does not work with user/pass any more\n\n# Problem\n\nLatest release [failed to publish to pypi](https://github.com/icloud-photos-downloader/icloud_photos_downloader/actions/runs/7397772385/job/20127432450) with error:\n```\nHTTPError: 403 Forbidden from https://upload.pypi.org/legacy/          \n         Username/Password authentication is no longer supported. Migrate to API\n         Tokens or Trusted Publishers instead.', False),
    ('https://github.com/icloud-photos-downloader/icloud_photos_downloader/issues/763', 'issue', 'other', 'none', 'I take care.', False),
    ('https://github.com/icloud-photos-downloader/icloud_photos_downloader/issues/763', 'issue', 'other', 'other', 'I changed pypi to use token auth. I had to enable 2FA on the way. I have recovery codes and stuff stored in my personal keepass. Maybe we should find a more project specific place to safe this stuff... npm is still to go...', False),
    ('https://github.com/tempoxyz/pytempo/pull/54', 'issue', 'other', 'other', 'ci: use OIDC trusted publishing for PyPI releases\n\n## Problem\n\nRelease commits since `v0.5.0` have failed with `403 Forbidden` from PyPI:', False),
    ('https://github.com/ersilia-os/ersilia/issues/922', 'issue', 'other', 'other', '🐛 Bug: Use PyPI Token in publishing workflows\n\n### Describe the bug.\n\nWe currently use PyPI Username and Password as authentication mechanism in publish workflows. The recommended authentication method is using an API Token https://pyfound.blogspot.com/2020/01/start-using-2fa-and-api-tokens-on-pypi.html', False),
    ('https://github.com/ersilia-os/ersilia/issues/922', 'issue', 'complaint', 'none', 'Thanks @DhanshreeA \n\nThe current workflow still fails: https://github.com/ersilia-os/ersilia/actions/runs/7272748115/job/19815410180', False),
    ('https://github.com/anuraghazra/anuraghazra/issues/18', 'issue', 'other', 'none', "Git question\n\n@anuraghazra Let's say I have an opensource project where I accidentally pushed the secret key and I again removed nad pushed again to the repo. And guess hacker can look up my git commit history and can get the secret key. Is there any way to solve it instead of deleting whole repo?", False),
    ('https://github.com/anuraghazra/anuraghazra/issues/18', 'issue', 'other', 'none', 'Maybe this helps \nhttps://docs.github.com/en/github/managing-large-files/removing-files-from-a-repositorys-history', False),
    ('https://github.com/kimeisele/steward-protocol/issues/853', 'issue', 'other', 'none', '[security] Leaked .node_keys.json purged from history (TICKET-006 Phase 2)\n\n## Status: ✅ RESOLVED — force-pushed to main at 3dbcaad21\n\nThis is an audit-trail record for the security remediation performed as\nPhase 2 of TICKET-006 (federation mass-audit).\n\n## What was leaked\n\nPrivate key material in `data/federation/.node_keys.json`, public_key\n`bb1cbb17c90c…`. The file was committed despite a `.gitignore` rule\non line 331 — it was added to git BEFORE the rule was introduced and\nnever untracked.', True),
    ('https://github.com/OWASP/CheatSheetSeries/issues/1124', 'issue', 'other', 'none', 'Update: Secrets Management Cheat Sheet\n\n## What is missing or needs to be updated?\nWhen people need to remove hardcoded secrets from the github, the current cheat sheet in section 9.2 Remediate suggests to remove the secrets from commit history.', False),
    ('https://github.com/neodyme-labs/github-secrets/issues/1', 'issue', 'other', 'other', 'Question: Does this apply to Gitlab?\n\nThe premise of this tool seems to hinge on the fact that Gitlab does not delete force-pushed commits and instead has them dangling in the repo for later inspection.\n\nI was curious if the same applies to Gitlab as I have force pushed commits in the past to re-write history that would have otherwise revelealed sensitive data. i.e. Does Gitlab also not fully delete such commits?', False),
    ('https://github.com/goauthentik/authentik/issues/3237', 'issue', 'complaint', 'other', 'Twilio SMS authentication not working with messaging service\n\n**Describe the bug**\nThis is a two-parter.\n\n1. I followed the documentation to create a new Twilio messaging service, and provided all the information, but it returns an authorization error. Twilio logs show nothing.', False),
    ('https://github.com/Twilio-org/rapid-response-kit/issues/8', 'issue', 'other', 'other', 'Better error message in logs when Twilio tokens are wrong/missing\n\nI miscopied the Twilio secret token when configuring the app and all I got was 500s with no additional information in the logs. It would be great to add a descriptive error message when this happens.', False),
    ('https://github.com/Endogen/Telegram-Kraken-Bot/issues/30', 'issue', 'other', 'other', "Possible private key leak\n\nOn commit c144aea15a886077abc9bbd49feab9462c4c8c2c there are personal keys. I've not tested them, are you sure they are not active anymore?", True),
    ('https://github.com/Endogen/Telegram-Kraken-Bot/issues/30', 'issue', 'other', 'none', "Hey thanks for the notice :-)\n\nI know about that. I stupidly commited the keys, then noticed it and immediately changed them. Since it's not possible to remove the commit, it's in there forever. Only thing i could do is remove the repo and create it again.", True),
    ('https://github.com/Steffo99/greed/pull/146', 'issue', 'other', 'none', 'You just... shared with the whole world the credentials of your bot :fearful: \n\nPlease revoke them as soon as possible :sweat_smile:', True),
    ('https://github.com/ahmmikun/XLICON-MD/issues/38', 'issue', 'other', 'none', 'API key is hardcoded\n\nPlease do not hardcode API keys, bots find them and charge your accounts. Look it up, use .env files and stuff to secure, your are the 8th person I’ve notified tonight alone.', True),
    ('https://github.com/ahmmikun/XLICON-MD/issues/38', 'issue', 'other', 'none', 'Its my oldest project and I am no more working on it and the API keys now expired', False),
    ('https://github.com/fabston/Telegram-Support-Bot/pull/13', 'issue', 'other', 'none', "**Don't** commit your keys to GH.", False),
    ('https://github.com/father-bot/chatgpt_telegram_bot/pull/338', 'issue', 'other', 'none', "I'm searching for a unrelated problem.\n\nJust looked into your config and you probably want to remove the keys. You probably also want to remove them from your API accounts.", True),
    ('https://github.com/father-bot/chatgpt_telegram_bot/pull/338', 'issue', 'other', 'none', 'both tokens were already revoked', False),
    ('https://github.com/freeCodeCamp/100DaysOfCode-twitter-bot/issues/20', 'issue', 'other', 'other', 'config.js to be included in .gitignore\n\nJust a thought that the Twitter keys for this are regenerated and kept private so that someone with not the best intentions could post what they like?\n\nAs it stands anyone can take this code and post what they like to the @_100DaysOfCode account on Twitter', True),
    ('https://github.com/freeCodeCamp/100DaysOfCode-twitter-bot/issues/20', 'issue', 'other', 'other', "Yes, that's true and thanks for the reminder. But currently where I have deployed this application, it takes code directly from Github. I'll be switching it soon.", False),
    ('https://github.com/kubernetes-sigs/kubespray/issues/11190', 'issue', 'complaint', 'other', 'CI fail by "An error occurred in pipeline execution. 401 Client Error"\n\n### Which jobs are failing ?\n\nCI fail by pipeline, with message:\n\n```\nAn error occurred in pipeline execution. 401 Client Error: Unauthorized for url: https://gitlab.com/api/v4/namespaces?search=kargo-ci\n```', False),
    ('https://github.com/kubernetes-sigs/kubespray/issues/11190', 'issue', 'other', 'other', 'gitlab CI is displaying a warning that appears to indicate our token has expired.', False),
    ('https://github.com/kubernetes-sigs/kubespray/issues/11190', 'issue', 'other', 'none', 'The problem was indeed the topic expiring, this is now fixed (see slack : https://kubernetes.slack.com/archives/CDQSC941H/p1715673411450409)\n/close', False),
    ('https://github.com/lindell/multi-gitter/issues/250', 'issue', 'complaint', 'other', "GitLab 14.10.2: 401 Unauthorized\n\n**Describe the bug**\n\nRunning multi-gitter against a self-hosted GitLab server fails after upgrade from GitLab 14.9.3 to 14.10.2. I wrote a script to update multiple projects and did a dry-run to confirm it all works. Due to a deadline the update had to wait and didn't get applied, while an upgrade to the GitLab server was applied in the meantime. The script is unchanged, but all of a sudden I can't access any GitLab project anymore through multi-gitter.", False),
    ('https://github.com/lindell/multi-gitter/issues/250', 'issue', 'other', 'none', 'It seems to not be the cloning that fails, but the fetching of extra information about the project via a GET request.', False),
    ('https://github.com/mcao/RoBot/issues/6', 'issue', 'other', 'none', 'Regenerate your bot key, removing the config file does not delete it from the history\n\n448446dc91c04d91cd61aecf1d3276a2584af55f <- this means nothing, it is still possible to login to the bot with the removed key.', True),
    ('https://github.com/mcao/RoBot/issues/6', 'issue', 'other', 'none', 'I have regenerated the token 👍', False),
    ('https://github.com/miromannino/Contributions-Importer-For-Github/pull/42', 'issue', 'other', 'none', 'I submitted the request already, hopefully they will soon. But I would suggest to deactivate/change API keys/passwords if any. They can still be already stolen by some bots', True),
    ('https://github.com/nhuber/TwitterBot/pull/1', 'issue', 'other', 'none', "Updated File\n\nYOU HAD KEYS IN THE FILE, SOMEONE COULD POTENTIALLY HACK YOUR BOT AND CHANGE WHAT IT DOES IF THEY HAVE ACCESS TO THAT. I deleted it, Though the code won't work, at least it's free from the threat of it being hacked.", True),
    ('https://github.com/python-gitlab/python-gitlab/issues/263', 'issue', 'complaint', 'other', 'Personal Access Tokens with some special characters cause 401 errors\n\nWhen a generated personal access token contains a leading hyphen (ex. -aaaaaaa) then attempts to perform actions using both the gitlab module and directly via the cli will result in 401 unauthorized errors.', False),
    ('https://github.com/python-gitlab/python-gitlab/issues/263', 'issue', 'other', 'none', "I've not been able to generate a token with special chars so far...\n\nCould you enable the debug (``gl.enabled_debug()``) and send me the output? Make sure to hide the sensitive data (edit the token)!", False),
    ('https://github.com/davidsimpsonapps/monday-community-archive/blob/master/dist/api/topics/32539.json', 'forum', 'complaint', 'other', 'Problems performing a query\nGood morning, I’m developing an API in Node.js that will be integrated with a company system. The API needs to perform queries against our Monday task boards. I’m having problems performing API queries, I used the example codes from the documentation to perform the queries but it’s not working, after that I tried several other ways, using several other NPM modules and I still can’t perform the queries.', False),
    ('https://github.com/davidsimpsonapps/monday-community-archive/blob/master/dist/api/topics/32539.json#post_2', 'forum', 'other', 'other', 'Hello @Thiago_Taura!\n\nWelcome to the community!\n\nIf the API key you are showing here is yours, I recommend you to edit it NOW so that no one else has that information. I also recommend you to regenerate it in your developer section.', True),
    ('https://github.com/davidsimpsonapps/monday-community-archive/blob/master/dist/api/topics/32539.json#post_3', 'forum', 'complaint', 'none', 'Good morning, Thanks for the answer, I already tried this method and the same problem remains. I tried both types of import from fetch and also from other modules like axios, I already reinstalled nodejs and also the project modules.\n\nHow do I edit the topic, I searched a lot but I don’t find the option, not even in the topics created in my account.', False),
    ('https://github.com/davidsimpsonapps/monday-community-archive/blob/master/dist/api/topics/41300.json#post_2', 'forum', 'other', 'none', 'Hello @knpashish!\n\nI have edited your post to erase a big portion of your API key since you should not be sharing that information publicly.', True),
    ('https://github.com/davidsimpsonapps/monday-community-archive/blob/master/dist/api/topics/13299.json', 'forum', 'other', 'other', 'Error - Column Names - create new items (PHP)\nCreating an item is not an issue.\n\nAdding column items (Status and Assignee) results in errors namely:\n\n{"errors":[{"message":"Parse error on \\":\\" (STRING) at [3, 11]","locations":[{"line":3,"column":11}]}],"account_id":1157581}\n\nThe code:\n\n$token = \'TOKEN  HIDDEN - PUBLIC FORUM\';', False),
    ('https://github.com/davidsimpsonapps/monday-community-archive/blob/master/dist/api/topics/12472.json#post_11', 'forum', 'other', 'none', 'Hey @LOIJon - this is really odd. I’m wondering if perhaps Postman is / isn’t doing something in the headers. Could you send us a screenshot of the full config (with the API key blurred out)?\n\n-Daniel', False),
    ('https://github.com/davidsimpsonapps/monday-community-archive/blob/master/dist/api/topics/72668.json', 'forum', 'complaint', 'other', 'Audit Log API token - automatic deletion\nI have been using Monday.com Audit Logs API token for almost 2years and we have use this Audit Log API token in a script we run which saves these logs from Monday.com to AWS s3.\n\nThis API token automatically got deleted on its own. When you go to Monitor by API section in Audit logs, we cannot even edit or delete this token ourselves.', False),
    ('https://github.com/davidsimpsonapps/monday-community-archive/blob/master/dist/api/topics/72668.json#post_6', 'forum', 'other', 'none', 'We do see a token and it’s working fine.\n\nWhen it got deleted earlier and the integration failed, that’s when i had to regenerate it using my account.\n\nNow i wish to Regenerate it using a common service account so that the integration isn’t ljnked to my personal account, however, we aren’t able to Regenerate it because there’s no Regenerate option available now.', False),
    ('https://github.com/davidsimpsonapps/monday-community-archive/blob/master/dist/api/topics/23551.json', 'forum', 'other', 'other', 'API - dedicated API token per board and per permission\nHello\n\nWould be great if Monday lets us generate new API token for desired boards  as well as lets us to set permission (readonly+ or full CRUD operations.)\n\nThis is great in terms of API token leaks due to insecure coding practices or web server compromise or any other reasons.\n\nThank you.', False),
    ('https://github.com/davidsimpsonapps/monday-community-archive/blob/master/dist/api/topics/23551.json#post_4', 'forum', 'other', 'none', 'Hi @awesome.dan!\n\nThank you for the awesome feedback. It sounds like what you’re looking for is the ability to create API tokens that are specific to each board, not to each user, is that right?\n\nAt this time, API tokens are all personal tokens. This means they will include all of the permissions that the user who generated it has. If a user does not have access to a board, their API tokens also will not, etc. etc.\n\nI can definitely forward this as feedback for our team’s consideration!', False),
    ('https://github.com/davidsimpsonapps/monday-community-archive/blob/master/dist/api/topics/23551.json#post_5', 'forum', 'other', 'none', 'Hi, im admin for my company. No coding  knowledge. So i have two questions:\n\n\n\nas i understand, i need to give my unique token to my third party programmer, and as i see he could accidentally do what kind of things?\n\n\n\n\nthere is any way to give only access to the boards that i need to interact with trough the API?', False),
    ('https://github.com/davidsimpsonapps/monday-community-archive/blob/master/dist/api/topics/23551.json#post_6', 'forum', 'other', 'other', 'Hi @hlopezvc,\n\nGreat question. You don’t have to give your API token to this third-party programmer. What you can do is to create a new user profile for this programmer in your monday.com account, and only grant this user access to test workspaces/data.\n\nThis way, the programmer will not be able to access the data that he does not have access to in the monday.com UI via the API. Does this make sense? There won’t be any accidents this way.', False),
    ('https://github.com/surftimer/SurfTimer-discord/issues/28', 'issue', 'complaint', 'other', 'No messages sent\n\nWant to preface this that I tested the two different webhooks on https://disforge.com/tool/webhook-tester# to ensure my links work.\n\nIn game, when I run the test command, it says in game that everything worked fine (all messages sent), and the server console returns no feedback (I assume that is good).  However, my discord channels are not receiving the messages.  I have also just tried manually testing the features as well.', False),
    ('https://github.com/surftimer/SurfTimer-discord/issues/28', 'issue', 'other', 'none', 'That should be the only place to edit that. \nWorks fine for me out of the box, maybe obfuscate private information (webhooks) from the config file and share it.', False),
    ('https://github.com/surftimer/SurfTimer-discord/issues/28', 'issue', 'other', 'none', "When installing RIPext, did you install the certificate as well? If you don't this will cause a silent error.", False),
    ('https://github.com/remix-project-org/remix-project/issues/3864', 'issue', 'complaint', 'other', 'Getting "Error from IDE 401 unathorized" while using Dgit\n\nMy Github API tokens is set and my remote URL is also set But i can\'t push to my Github Repository', False),
    ('https://github.com/remix-project-org/remix-project/issues/3864', 'issue', 'other', 'none', 'Can you verify your credentials have the correct permissions?', False),
    ('https://github.com/remix-project-org/remix-project/issues/3864', 'issue', 'other', 'other', 'I accidentally pushed my API key to github, and it was rendered invalid by github.\nI created a new one now...it is working.', True),
    ('https://github.com/di-sukharev/opencommit/issues/197', 'issue', 'complaint', 'none', '[ERROR]: 401\n\n### Opencommit Version\n\n1.0.4\n\n### Node Version\n\n16.20.0\n\n### NPM Version\n\n16\n\n### What OS are you seeing the problem on?\n\nOther Linux Distro\n\n### What happened?\n\n└  Error: Request failed with status code 401\n│\n└  Retrying after sleeping for 61000', False),
    ('https://github.com/di-sukharev/opencommit/issues/197', 'issue', 'other', 'none', 'Stupid me, had to make another api key.', False),
    ('https://github.com/chriskuehl/dumb-pypi/issues/18', 'issue', 'complaint', 'other', 'Push token expired?\n\ntravis is having issues pushing to gh-pages, I tried running it locally [and it succeeded](https://github.com/chriskuehl/dumb-pypi/commit/1bcfa45ee636559bfa6e635fd3dda2dd067373a8)', False),
    ('https://github.com/chriskuehl/dumb-pypi/issues/18', 'issue', 'other', 'other', "Somehow the @chriskuehl-travis user's API key disappeared entirely from GitHub...\n\nGenerated a new one and updated the Travis config, looks like it's working now! https://travis-ci.org/chriskuehl/dumb-pypi/builds/308585500", False),
    ('https://github.com/spckio/spck-issues/issues/554', 'issue', 'complaint', 'none', 'Git push error\n\nHTTP Error : 401 unauthorized', False),
    ('https://github.com/spckio/spck-issues/issues/554', 'issue', 'other', 'other', 'you probably set the github token wrongly', False),
    ('https://github.com/spckio/spck-issues/issues/554', 'issue', 'other', 'none', 'It was resolved after updating the token.', False),
    ('https://github.com/gHashTag/trinity/issues/601', 'issue', 'other', 'other', 'Exposed API credential found in this repository\n\nA scan found what appears to be a **live deepseek API key** committed to this repository.', True),
    ('https://github.com/gHashTag/trinity/issues/601', 'issue', 'other', 'other', '## Remediation status — 2026-09-12\n\nThe current main version still contained the hardcoded credential. PR #986 removes that literal and reads `DEEPSEEK_API_KEY` from the environment, rejecting missing/empty values before any network call.', True),
    ('https://github.com/Authenticator-Extension/Authenticator/issues/270', 'issue', 'other', 'other', 'Remove API secrets from public source\n\nI confirmed with GitHub support that they might revoke our tokens if we keep them in our source code. Probably need to rotate Google API keys just to be safe.', True),
    ('https://github.com/radiasoft/sirepo/issues/2941', 'issue', 'other', 'other', 'Alpha Release 2020-09-13 01:10:25 UTC\n\n- auth.github failing because no secret key was set #2940', False),
    ('https://github.com/huboard/huboard/issues/64', 'issue', 'complaint', 'other', "GitHub API v2 has been removed (Causing auth failures)\n\nHi there,\n\nI'm not entirely positive this is why I'm seeing authentication failures consistently now, but since it started when the v2 API was turned off I suspect it's related.", False),
]
