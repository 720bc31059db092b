# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 375 (mine-b375): EXPOSURE DESCRIBED IN WORDS, half positives, half near misses in the
# same vocabulary. 123 rows, 62 with exposure True (50.4%).
# Positives (a key/token/password/secret said to have got out): .env files and production
# secrets committed to public repos (Supabase service-role key + JWT secret, Laravel APP_KEY +
# Pusher secret, Naver client secret in git history - Korean, Firebase google-services.json, a
# partial OpenAI key "leaked in 5 tracked files", Twitter keys in a notebook, Docker Hub
# credentials visible in a Travis build history, a HuggingFace token in LLaVA-NeXT scripts,
# SSH private keys in repos, JWT bearer tokens, a slack token in a PR), drive-by replies on PRs
# that carry a bot token ("Homie, you just gave me your bot token", "you've exposed your discord
# token", "Hell nah, dude delete this"), "You have shared your username and password to the
# world", "cause the commit (and the diff) contain the credentials", an urgent request to delete
# a PR holding API tokens and SSH keys, the writer's own admissions ("i didnt know\ni leaked my
# token", "accidentally committed it", "I've revoked the exposed key and generated a new one"),
# third-party abuse ("Vivek's Mapbox API token was used by a bad actor, costing 480 USD", a
# Mapbox usage spike "an LLM may have grabbed the token", a Binance bot "your API keys got
# compromised"), keys sent to a third party by an extension, a client secret returned by an API
# or sitting in the page source (gitalk, Chinese), a password shown in clear in a repo URL
# (French), openWB's debug-log upload sending passwords (German), Google Maps keys in shipped
# APKs.
# Near misses (exposure False): hypotheticals and risks ("api-key有被暴露的风险", "If someone
# installs a malicious extension, all the api keys ... can easily be grabbed", "may contain API
# keys or tokens", "Looks like anyone can decompile apk file", a Korean "could be exposed"
# lesson note), policies and prevention (mask tokens before commit, redact client_secret in the
# issue template, .env refactors, docker secrets for DB passwords, "It has my token, so I just
# chose not to include it"), password-in-debug-log design reports (Nagstamon, TS3UpdateScript,
# pcloudcc, Loxberry in German, fchat, hass-smartbox), breach-driven precautionary rotation
# (CircleCI 2023, Travis 2017/2021, Heroku 2022 - labelled False as in b255/b237: the text says
# a provider was breached, not that this key got out), rotation/revocation feature requests and
# docs (ghtkn revoke, Travis token rotation, courtlistener self-service reset, oncehub, securie,
# unbanai, DataDog), denials and false positives ("These are test keys", "This is an
# intentional check-in of an insecure key", "It's fineeeeee, it's an old password",
# GitGuardian false-positive reports, a retracted scanner report, Mapbox public key "false
# positive"), bare maintainer replies ("Token has been deleted.", "Thank you Matt, I have
# removed the keys.", "we have revoked the token").
# Labels: leak reports alone are "other" (nothing between two systems failing now). The 8
# complaints are credentials failing now, all without exposure: Pirate Weather key regeneration
# deleting the key, Binance bots that stopped, a Cloudflare deploy token rejected (9109),
# Discord bot tokens not working, Discord resetting a bot token after 1000 connections, a
# revoked GitHub token giving 401 Bad credentials, Nextcloud Android looping on a revoked app
# token. Complaints are therefore far below the usual 40-60%: this batch is about the exposure
# element, by design of its brief.
# Integration: "other" for named products (OpenAI, Supabase, SendGrid, Mapbox, Binance, Discord,
# Cloudflare, Firebase, GitHub, CircleCI, Travis ...), "none" where none is named. No
# ActiveCampaign / Keap / Stripe thread was found unused.
# Sources: `issues` corpus for 120 rows (texts copied from the thread excerpts the search
# returned; title plus the first sentences, or one comment, trimmed only), `pages` corpus for 3
# forum-voice vendor/blog pages (developers.oncehub.com, securie.ai, unbanai.org). 72 look-ups.
# Threads: neel-asanulhaquekiron/social-app #15, iamnikhilsharma/jobflow #1,
# herobrine19/openai-billing #4, Pirate-Weather/pirateweather #45, so010/knockplop PR #6,
# reshamas/fastai_deeplearn_part1 #47, sendgrid/docs #6384, microsoft/JARVIS #78,
# LLaVA-VL/LLaVA-NeXT PR #462, NavodPeiris/speechlib #24, binary-husky/gpt_academic #2253,
# TS3Tools/TS3UpdateScript #27, lneely/pcloudcc-lneely #15, mschlenstedt/Loxberry #72,
# HenriWahl/Nagstamon #609, snaptec/openWB #480, graham33/hass-smartbox #30,
# guitarrapc/githubactions-lab PR #151, seonghoho/LitMood #1,
# 00-Dohyun-00/hyundai_autoever_mobility_sw_school_python_project #18,
# DanielLavrushin/asuswrt-merlin-idefix #13, anushaihalapathirana/cron-expression-validator #9,
# soulmachine/docker-images #1, freelawproject/courtlistener PR #7352, jsboige/CoursIA #3125,
# alexhuang1117/Data-Science-Portfolio #1, manascb1344/TensorForce #63,
# Niketkumardheeryan/ML-CaPsule #2216, anthropics/courses PR #53, BasedHardware/omi #3317,
# aallam/openai-kotlin #223, bids-standard/bids-specification #1376, urql-graphql/urql #2927,
# nipreps/nirodents PR #58, travis-ci/travis-ci #10045, heroku/heroku-kafka-jsplugin PR #59,
# leouieda/website PR #116, ducminh-phan/reformat-gherkin #47, superdesigndev/superdesign #37,
# Coneja-Chibi/TunnelVision #29, gbif/ipt #3077,
# CyberPunkMetalHead/binance-trading-bot-new-coins #71, yasinkuyu/binance-trader #171,
# taniman/profit-trailer #1977, durdana3105/peer-learning #1525,
# BeepBoopHQ/slapp-firebase-example #1, SB2318/UltimateHealth #911,
# divinevideo/divine-mobile #4257, jvolker/miq-nz-booking-tools PR #32, openclaw/openclaw
# #12861, cdrage/composefiles PR #2, simple-login/simplelogin-postfix-docker PR #11,
# slims/slims9_bulian #343, treeverse/lakeFS PR #745, cthit/Gamma #231, metakgp/metakgp-wiki
# #38, Fytex/H43 PR #2, alexlyee/massdm PR #2, mezmer420/dashi #1, ryansb/gitwarrior #8,
# Brad-Edwards/aptl #417, coreos/fleet #1332, xxh/xxh #203, AxiSEMunity/AxiSEM3D #54,
# axpdev-lab/aeroftp PR #876, NuSkooler/enigma-bbs PR #125, ajmeese7/spambot PR #50,
# ddinan/tsuyo PR #20, Atluzka/account-gen-bot PR #8, AstraaDev/selfbot.py PR #25,
# Ast0lf0/Basic-Level-Sytem-for-Discord PR #2, mo-karbalaee/jalgorithm #3,
# mandatoryprogrammer/xsshunter-express PR #39, Rai2en/CVE-2023-50564_Pluck-v4.7.18_PoC #2,
# suzuki-shunsuke/ghtkn #459, gitalk/gitalk #550, canonical/authd PR #973,
# lowcoder-org/lowcoder #1453, shiya/github-login PR #1, berkeley-dsep-infra/jupyterhub-k8s
# #44, DataDog/documentation PR #25998, discord/discord-api-docs #2016 #1695 #1790,
# egebilecen/PZServerDiscordBot #185, fphilipe/warden-github-rails #11, nextcloud/android
# #12201, HOKGroup/HOK-Revit-Addins #172, Vedza/NitroSniperGo PR #427,
# PremierLangage/premierlangage #47, truenas/zettarepl #70, simple-login/app #1904,
# Greenstand/treetracker-wallet-api PR #558, GitGuardian/ggshield #423,
# GitGuardian/APISecurityBestPractices #4, formbricks/formbricks #8113, B3nac/InjuredAndroid
# #7, commons-app/apps-android-commons #5373, huggingface/blog #3356, galahq/gala PR #765,
# hackforla/food-oasis PR #714.
# Checked: every thread URL was grepped (exact URL followed by a quote, # or /) over
# /work/main/tools/real and /work/wt/*/tools/real (batches, pending, audit files) - none is in
# an earlier batch; build.py's duplicate-text check passes. Skipped as already used (about 80%
# of what the searches returned - this theme is heavily mined): e.g. micah5/sponsorship_remover
# #7, Cake.Sonar #22, igv #1433, shareweave #44, Fakeflix #3, chatbot-ui #944 #923, evobot #826,
# skidmaster69420/discord-tokens, n3d1117/chatgpt-telegram-bot #645, pangeo #675, AICONSlab/MIRACL
# #83 (same vsoch text as NeuroVault #769, whose opener was therefore left out), urql-devtools
# #402, stripe-ruby #1917, GabInc/blobon #545, DjangoGirls #1687, mapbox-react-examples #18.
# Templates whose text is already in the corpus were not re-taken (MiniMax "cheesestudio" scans,
# GitGuardian "Compromised Token", "URGENT: Your API key is exposed", FabricAttachedMemory's
# "I noticed you had commited a private ssh key", sudoanonymouscoder's Discord-webhook notice).
# Rejected on reading: ethereum/go-ethereum #35716-#35718 (phishing "Security Alert" spam),
# Luna-Grabber / Mercurial-Grabber / SMSBotBypass (malware or fraud tooling), discord.js PR
# #5562 (the title is a live-looking bot token), fl.ru Google Maps project (unclear whether a
# key got out), openai-openapi #255 (unclear wording).
# Doubts: lowcoder #1453 (client secret returned by an API) and PremierLangage #47 (password
# in clear in a displayed repo URL) taken as exposure True - the secret is shown to people who
# should not see it. openWB #480 (the debug-log upload sends usernames and passwords to the
# vendor) True; the other password-in-debug-log reports False (written to a local file, no one
# said it got out). lakeFS PR #745, slims #343, cthit/Gamma #231, xxh #203, simple-login/app
# #1904, coreos/fleet #1332 openers say credentials are exposed and are True, while their
# replies ("only inside the two containers", "It's fineeeeee, it's an old password", "It's
# expected", "this is actually a test key", "intentional check-in") are False.
# CyberPunkMetalHead #71 ("your API keys got compromised", a third party's diagnosis) True.
# LLaVA-NeXT maintainer "many more access tokens accidentally got exposed" True; JARVIS
# "we have revoked the token" alone False (as kamerka's "I have revoked the key" in b03).
# Breach-driven rotations False, see above. Voices: issue 120, forum 3. Languages: zh 4, ko 3,
# de 2, fr 1, pt 1, the rest English.
ROWS = [
    ('https://github.com/neel-asanulhaquekiron/social-app/issues/15', 'issue', 'other', 'other', "[P0] Secrets committed to public repo: rotate keys, untrack .env files, purge history\n\n## Problem\n`server/.env` (contains `SUPABASE_SERVICE_ROLE_KEY`, `JWT_SECRET`) and root `.env` are **tracked in git** (added in `e15ef2f`) even though `.gitignore` lists `.env`. The repo is **public** on GitHub. The service-role key bypasses RLS entirely; the JWT secret lets anyone mint a token for any user.", True),
    ('https://github.com/iamnikhilsharma/jobflow/issues/1', 'issue', 'other', 'other', "[SECURITY][P0] Production .env committed to public repo — APP_KEY and Pusher APP_SECRET exposed\n\n## Summary\nThe production `.env` file is committed at the repo root and publicly readable. It contains the live production values:", True),
    ('https://github.com/herobrine19/openai-billing/issues/4', 'issue', 'other', 'other', "虽然是个很好的功能。。。\n\napi-key有被暴露的风险，官方建议不要透露api-key到公网，建议提高安全性", False, 'zh'),
    ('https://github.com/herobrine19/openai-billing/issues/4', 'issue', 'other', 'other', "直接调的openai的接口，api-key应该不会暴露吧", False, 'zh'),
    ('https://github.com/Pirate-Weather/pirateweather/issues/45', 'issue', 'complaint', 'other', 'API Keys not being generated\n\nI lost my API key and logged in. I clicked regenerate API key and all it did was delete the key. No new one was generated. I tried different browsers and different internet connections. The problem persists.', False),
    ('https://github.com/so010/knockplop/pull/6', 'issue', 'other', 'none', "Storing the key in github public repo is not fortunate anyhow.\nOf course it doesn't mater in this case because it is now expired and removed..", True),
    ('https://github.com/reshamas/fastai_deeplearn_part1/issues/47', 'issue', 'other', 'none', 'API key is exposed\n\n@reshamas your api key is exposed', True),
    ('https://github.com/sendgrid/docs/issues/6384', 'issue', 'other', 'other', 'Will sendgrid api key expire? Or how to set the expiration date?\n\nWill sendgrid api key expire? Or how to set the expiration date? is there any rotation solution/suggestion?', False),
    ('https://github.com/microsoft/JARVIS/issues/78', 'issue', 'other', 'other', 'Plain text token in the repo\n\nThere is a token pushed in plain text to repo. Is it some expired one or should be deleted?', True),
    ('https://github.com/microsoft/JARVIS/issues/78', 'issue', 'other', 'none', 'Thanks for the reminder, we have revoked the token. And this file will be removed on the next commit.', False),
    ('https://github.com/LLaVA-VL/LLaVA-NeXT/pull/462', 'issue', 'other', 'other', "Remove HuggingFace token\n\nThis PR is to remove the project's HuggingFace token from the repository. You should also ensure that this token is then properly revoked on HuggingFace.", True),
    ('https://github.com/LLaVA-VL/LLaVA-NeXT/pull/462', 'issue', 'other', 'none', 'I did a small filtering in #465 for hf tokens but it requires admin access to do force push. I think there are many more access tokens accidentally got exposed as we copy our scripts when releasing. We should have disabled these tokens already.', True),
    ('https://github.com/NavodPeiris/speechlib/issues/24', 'issue', 'other', 'other', 'Token leak?\n\nI believe HuggingFace token should not be added to the repo', True),
    ('https://github.com/binary-husky/gpt_academic/issues/2253', 'issue', 'other', 'none', "Thanks for flagging this. I’ve revoked the exposed key and generated a new\none, and I’m reviewing usage to make sure there wasn’t any abuse. I’ll also\nmove secrets out of the repo to avoid this going forward. Appreciate the\nheads up", True),
    ('https://github.com/TS3Tools/TS3UpdateScript/issues/27', 'issue', 'other', 'none', 'Censore serveradmin password in debug file\n\nMultiple customers sends us their debug file, that we can help them better and faster. We always can see the "serveradmin" password in clear text, what\'s sometimes useful, but in the most cases not needed.', False),
    ('https://github.com/lneely/pcloudcc-lneely/issues/15', 'issue', 'other', 'none', "Maybe let's not publish the crypto password to the debug logs in plain text\n\n(self explanatory)", False),
    ('https://github.com/mschlenstedt/Loxberry/issues/72', 'issue', 'other', 'none', 'Backup: Passwort im Klartext in Logdatei bei Loglevel "Debug"\n\nSteht der Loglevel auf "Debug" kommt teilweise das Passwort im Klartext in die Logdatei:', False, 'de'),
    ('https://github.com/HenriWahl/Nagstamon/issues/609', 'issue', 'other', 'none', "Passwords in debug log\n\nI've noticed the debug log contains server passwords in cleartext. They should be replaced by something like `*****` or redacted otherwise so no actual password ends up in the logfile.", False),
    ('https://github.com/snaptec/openWB/issues/480', 'issue', 'other', 'none', 'Debuglog sendet Passwörter\n\nEntgegen der Angabe bei den Debugeinstellungen werden im Log zahlreiche Benutzernamen und Passwörter von verschiedenen Modulen mit aufgenommen. Das Skript senddebug.sh sollte dringend überarbeitet werden!', True, 'de'),
    ('https://github.com/graham33/hass-smartbox/issues/30', 'issue', 'other', 'none', 'Debug logs should not include passwords and credentials\n\nThis makes it too easy to accidentally leak credentials', False),
    ('https://github.com/guitarrapc/githubactions-lab/pull/151', 'issue', 'other', 'none', "ci: reduct token\n\n## tl;dr;\n\nGitHub Secret Scanning is enabled and checking all tokens related. Let's mask token before commit.", False),
    ('https://developers.oncehub.com/docs/regenerating-your-api-key', 'forum', 'other', 'other', 'Regenerating your API key\n\nHow to regenerate your API key\n\nIf you suspect that your secret API key has been compromised, you may wish to expire your existing API key and generate a new one.', False),
    ('https://github.com/seonghoho/LitMood/issues/1', 'issue', 'other', 'other', '🔒 네이버 API Client Secret 재발급 (git 히스토리 노출)\n\n## 문제\n\n`src/stores/book.store.js`(현재는 삭제됨)에 네이버 검색 API의 `clientId`/`clientSecret`이 **평문으로 커밋**되어 `origin/master`에 푸시됐습니다.', True, 'ko'),
    ('https://github.com/seonghoho/LitMood/issues/1', 'issue', 'other', 'other', 'PR #43 으로 해소됐습니다.\n\n유출된 검색 키는 **재발급할 수 없지만 애플리케이션 자체가 없어져 이미 무효**입니다. 네이버가 검색 API 를 신규 등록에서 제외해 다시 받을 수도 없습니다 — 노출된 자격증명으로 할 수 있는 일이 없으므로 이 이슈의 목적(무효화)은 달성됐습니다.', True, 'ko'),
    ('https://github.com/00-Dohyun-00/hyundai_autoever_mobility_sw_school_python_project/issues/18', 'issue', 'other', 'none', '크롤링 담당자 -한상원 - 해결 문제 14- Open API 인증키가 GitHub에 노출될 수 있는 보안 문제', False, 'ko'),
    ('https://github.com/DanielLavrushin/asuswrt-merlin-idefix/issues/13', 'issue', 'other', 'none', 'Security Risk - The token-generation script logs the secret itself to syslog\n\nLogging the secret is concerning to me, because anyone who gets access to the logs, even for debugging purposes, could generate their own valid tokens.\nI always ask people to remove their credentials/IPs/MACs when debugging. Not sure why anyone would specifically need to print it out', False),
    ('https://github.com/anushaihalapathirana/cron-expression-validator/issues/9', 'issue', 'other', 'none', 'FYI, your npm package contains some secret code', True),
    ('https://github.com/soulmachine/docker-images/issues/1', 'issue', 'other', 'other', 'Docker Hub credentials are exposed in Travis build\n\nIt looks like your Docker Hub credentials are visible in your Travis build history (https://travis-ci.org/soulmachine/docker-images/builds/419522114), please consult the [documentation](https://docs.travis-ci.com/user/best-practices-security/) how they can be hidden, and change your password afterwards.', True),
    ('https://securie.ai/ask/how-do-i-rotate-an-openai-key', 'forum', 'other', 'other', 'How do I rotate an OpenAI API key after it leaks?\n\nShort answer\n\nGo to platform.openai.com/api-keys, delete the leaked key, create a new one with minimum permissions, and update every environment (Vercel, GitHub Actions, .env). Contact OpenAI support within 7 days for fraud reversal if the key was used.', False),
    ('https://www.unbanai.org/blog/openai-api-key-compromised-security-response', 'forum', 'other', 'other', 'What is an OpenAI API Key Compromise?#\nAPI key compromise occurs when your secret OpenAI API key becomes exposed to unauthorized parties, allowing them to make API requests on your billing account.', False),
    ('https://github.com/freelawproject/courtlistener/pull/7352', 'issue', 'other', 'none', 'feat(users): Allow users to reset their own API token\n\n## Summary\n\nCurrently, users who accidentally expose their API token (for example, by committing it to GitHub or leaking it in a screenshot) must contact support and wait for someone to manually rotate the token in production using a Python script. This PR enables users to reset their API token directly from their profile instead.', False),
    ('https://github.com/jsboige/CoursIA/issues/3125', 'issue', 'other', 'other', 'security: partial OpenAI key (sk-F6ZJn…) leaked in 5 tracked files + history — scrub + confirm rotation\n\n## Summary\n\nA partial OpenAI API key (`sk-F6ZJn…`, first ~9 chars + last 4 chars exposed depending on file) is committed across **5 tracked files** in this repo. The key appears **already invalid** — it returns `401 invalid_api_key` (observed since PR #640, ~6 weeks), so it has likely been auto-revoked by OpenAI\'s secret scanning.', True),
    ('https://github.com/alexhuang1117/Data-Science-Portfolio/issues/1', 'issue', 'other', 'other', 'Private key in code\n\nI also wanted to let you know that in the jupyter notebook for the project "FX_Analysis_during_UK_Election", you have included your private keys for the twitter API:\nCONSUMER_KEY\nCONSUMER_SECRET\nACCESS_TOKEN\nACCESS_TOKEN_SECRET', True),
    ('https://github.com/alexhuang1117/Data-Science-Portfolio/issues/1', 'issue', 'other', 'none', 'Thank you Matt,\n\nI have removed the keys.\n\nBest regards,\nAlex', False),
    ('https://github.com/manascb1344/TensorForce/issues/63', 'issue', 'other', 'none', 'Exposed API Keys\n\nHello! Not sure if it is intentional but your API keys are exposed which poses significant security risks. Probably best to create a .env file to store those in. If it is intentional ignore this :)', True),
    ('https://github.com/Niketkumardheeryan/ML-CaPsule/issues/2216', 'issue', 'other', 'none', 'Jupyter notebooks contain hardcoded file paths and may contain API keys or tokens\n\n## Impact\n\n- Any API key embedded in a notebook\'s cell output or `os.getenv` default is exposed in the public repository.', False),
    ('https://github.com/anthropics/courses/pull/53', 'issue', 'other', 'other', 'Refactor to follow convention of saving API_KEY in `.env` file\n\nPutting the API_KEY in plain text in the `00_Tutorial...` notebook feels like an easy way for folks to accidentally check an API key into source control.', False),
    ('https://github.com/BasedHardware/omi/issues/3317', 'issue', 'other', 'other', 'Google Maps Api keys disclosed in apk/ipa distributed via app stores\n\n**Describe the bug**\nGoogle Maps Api keys can be extracted from distributed apk and ipa files', True),
    ('https://github.com/aallam/openai-kotlin/issues/223', 'issue', 'other', 'other', 'API key not protected\n\nI have faced with one issue. Looks like anyone can decompile apk file and retrive API key and reuse it. \nDo you have some recommendation how to protect it in case of using this library for Android projects?', False),
    ('https://github.com/bids-standard/bids-specification/issues/1376', 'issue', 'other', 'other', '[BUG] [POTENTIAL] CircleCI May Stop Working; Changing Environment Variables/Secrets.\n\n### Describe your problem in detail.\n\nCircleCI was breached and has recommended revoking and updating secrets.', False),
    ('https://github.com/urql-graphql/urql/issues/2927', 'issue', 'other', 'other', "ℹ️ **Note:** After a quick scan, I've determined that no user-affecting secrets have been stored in Circle CI. The environment variables stored there do not contain any npm credentials or anything else. This is purely an incident affecting infrastructure accounts for the documentation.", False),
    ('https://github.com/nipreps/nirodents/pull/58', 'issue', 'other', 'other', "MAINT: Rotate CircleCI secrets and setup up org-level context\n\nResponding to CircleCI's security alert on Jan 4, 2023 this PR rotates the secrets of this project.", False),
    ('https://github.com/travis-ci/travis-ci/issues/10045', 'issue', 'other', 'other', "Rotate API Token\n\nIt looks like https://github.com/travis-ci/travis-ci/issues/6709 was closed a while ago but there's still no way to rotate/revoke an API token (or have more than one) without Travis Support getting involved.\n\nFrom a security standpoint, the limitation of having only 1 API token, and not being able to self-revoke/rotate in the event of compromise, seems pretty bad.", False),
    ('https://github.com/heroku/heroku-kafka-jsplugin/pull/59', 'issue', 'other', 'other', 'Does this mean our Travis token leaked? Should we roll it?', False),
    ('https://github.com/leouieda/website/pull/116', 'issue', 'other', 'other', 'Update TravisCI access token\n\nGithub revoked the old token after a security breach at Travis. Update\nit with a new one just to be sure.', False),
    ('https://github.com/ducminh-phan/reformat-gherkin/issues/47', 'issue', 'other', 'other', "Travis CI secrets need rotating according to recent security bulletin\n\nThere was a bug in Travis CI where users filing pull requests from a forked repository could view secrets from the original repository. It's probably a good idea to rotate the Travis secrets for this repo.", False),
    ('https://github.com/superdesigndev/superdesign/issues/37', 'issue', 'other', 'other', 'The real issue here is that they are sending **our API keys** (currently partial, but enough to present a significant security risk) as well as our prompts (i.e. **our intellectual property and potentially confidential project details**), and the AI responses (i.e. the end designs it generates) to a third-party system, and there are no details as to who has access to that data or why they even need it.', True),
    ('https://github.com/Coneja-Chibi/TunnelVision/issues/29', 'issue', 'other', 'none', 'allowKeysExposure = True required for sidecar (Security risk)\n\nThis is quite a big security risk. If someone installs a malicious extension, all the api keys stored in ST can easily be grabbed.', False),
    ('https://github.com/gbif/ipt/issues/3077', 'issue', 'other', 'other', "IPT 3.3.0 exposes a third-party service API key\n\nAccording to our organisation's security scanner, IPT 3.3.0 exposes a third-party services' API key in some requests. I will provide further detail directly to an IPT developer, as this may be too sensitive to paste into a publicly-accessible GitHub issue.", True),
    ('https://github.com/gbif/ipt/issues/3077', 'issue', 'other', 'none', 'Thanks @ben3000 for following up on this.\nResolved as a false positive.', False),
    ('https://github.com/CyberPunkMetalHead/binance-trading-bot-new-coins/issues/71', 'issue', 'other', 'other', 'I work with IT security and from the evidence here in this issue, anyone with IT security 101 skills, can say with 99% certainty that your server got hacked/invade and/or your API keys got compromised.', True),
    ('https://github.com/yasinkuyu/binance-trader/issues/171', 'issue', 'other', 'other', 'So far it hasn\'t worked even once. Deal with caution when using this thing, the owners will get your API keys and they might use it to steal you money!!!!!', False),
    ('https://github.com/yasinkuyu/binance-trader/issues/171', 'issue', 'other', 'other', "Sigh.  Go read the code (tab to your left...), there is no possibility of anyone stealing your API keys (which shouldn't allow withdrawal anyhow - you have control over that when you create them...).", False),
    ('https://github.com/taniman/profit-trailer/issues/1977', 'issue', 'complaint', 'other', "Binance API IP error\n\nHi I have two binance bots on two different accounts that havent been able to run for weeks, before I had left it on for a few days and when I came back it was spamming errors. After that I could no longer run either bot with updated versions and waited a week and still I get this error. I dont know if my API or IP have been permanently banned by Binance.", False),
    ('https://github.com/durdana3105/peer-learning/issues/1525', 'issue', 'other', 'other', 'Security: Supabase anon key in Vite bundle without Row Level Security on all tables\n\n### Description\nThe frontend requires `VITE_SUPABASE_URL` and `VITE_SUPABASE_ANON_KEY` (both\nprefixed with `VITE_`), which means they are embedded in the production\nJavaScript bundle visible to any user.', False),
    ('https://github.com/BeepBoopHQ/slapp-firebase-example/issues/1', 'issue', 'other', 'other', "Firebase config file shouldn't be in the repository\n\nSince BeepBoop actually builds the image from `Dockerfile`, then `firebase.json` *must* be in the repository, which is very bad practice since it contains sensitive information like the private key.", False),
    ('https://github.com/SB2318/UltimateHealth/issues/911', 'issue', 'other', 'other', '🚨 [Bug]: Google Services JSON with Real Firebase Credentials Committed to Repository Root\n\n### Describe the bug\n\nThe file `google-services (12).json`, containing real Firebase project credentials, is committed directly to the repository root.', True),
    ('https://github.com/divinevideo/divine-mobile/issues/4257', 'issue', 'complaint', 'other', 'ci: Cloudflare API token rejected on PR preview + web prod deploys (auth error 9109)\n\nThe Cloudflare API token used by our deploy workflows is being rejected by the Cloudflare API.', False),
    ('https://github.com/jvolker/miq-nz-booking-tools/pull/32', 'issue', 'other', 'none', '@paramaujla You have shared your username and password to the world, I highly recommend changing your password ASAP. @jvolker Maybe we should remove those fields so this doesn\'t keep happening.', True),
    ('https://github.com/jvolker/miq-nz-booking-tools/pull/32', 'issue', 'other', 'none', "@alexDrinkwater is right. A password change is highly recommended.\n\nIf opened another issue to discuss removal of username and password.\n\nI'm going to close this PR and ask Github to delete this PR as it contains sensitive data and doesn't improve the code.", True),
    ('https://github.com/openclaw/openclaw/issues/12861', 'issue', 'other', 'none', 'URGENT SECURITY: Please delete PR #12847 containing sensitive data\n\n## URGENT SECURITY REQUEST\n\n**Please delete PR #12847 immediately.**\n\n**Reason:** This PR was created accidentally and contains **sensitive security information** including:\n- API tokens\n- SSH keys and server IPs  \n- Private repository information\n- Personal email addresses', True),
    ('https://github.com/cdrage/composefiles/pull/2', 'issue', 'other', 'other', "@vp-knguyen uh oh, might wanna delete that branch, there's a slack secret token in this pr!", True),
    ('https://github.com/cdrage/composefiles/pull/2', 'issue', 'other', 'none', 'Yeah sorry I forgot to set the upstream for my branch. Thank you for the kind advice', False),
    ('https://github.com/simple-login/simplelogin-postfix-docker/pull/11', 'issue', 'other', 'none', 'Add support for docker based secrets for database password\n\nPutting passwords for the database in the compose file is not very safe as most of the time these files are checked in into code repos are that makes them available for anyone to access the database.', False),
    ('https://github.com/slims/slims9_bulian/issues/343', 'issue', 'other', 'none', 'Hardcoded DB credentials in docker-compose.yml (DB_PASS / MARIADB_ROOT_PASSWORD)\n\nDescription: Plaintext DB credentials (e.g., DB_PASS=Pass123, MARIADB_ROOT_PASSWORD=Pass123) are committed in the repo and used in container deployments. This exposes production credentials to anyone with repo access.', True),
    ('https://github.com/treeverse/lakeFS/pull/745', 'issue', 'other', 'none', "Update docker-compose.yaml\n\nPlease remove these it is exposing docker's credentials", True),
    ('https://github.com/treeverse/lakeFS/pull/745', 'issue', 'other', 'none', 'However you can see the Postgres password and username are exposed only inside the two containers that require them: `lakefs` and `postgres`.  Note that this is a single-machine configuration with local-only storage and a local containerised database that is not backed up.', False),
    ('https://github.com/cthit/Gamma/issues/231', 'issue', 'other', 'none', "Jokes aside, you have an email and password in /docker-compose.yml that maybe shouldn't be there.", True),
    ('https://github.com/cthit/Gamma/issues/231', 'issue', 'other', 'none', "It's fineeeeee, it's an old password 😂", False),
    ('https://github.com/metakgp/metakgp-wiki/issues/38', 'issue', 'other', 'none', 'MySql password: Is it hardcoded in the repository?\n\n- [ ] Build docker containers using a password other than the current password, and then restore. This should work properly\n- [ ] If not, where is the current password stored?', False),
    ('https://github.com/Fytex/H43/pull/2', 'issue', 'other', 'none', "Well xD I think you did it by mistake.\n\nSince you shared your token don't forget to reset it :)", True),
    ('https://github.com/alexlyee/massdm/pull/2', 'issue', 'other', 'none', "Careful! This is your token! Please delete this one now that you've exposed it online.", True),
    ('https://github.com/mezmer420/dashi/issues/1', 'issue', 'other', 'none', 'It has my token, so I just chose not to include it. Is there another way?', False),
    ('https://github.com/ryansb/gitwarrior/issues/8', 'issue', 'other', 'none', "You seem to have committed a private key to this repo.\n\nThis is an automatic message from the pubkey police. See my code at http://github.com/ryansb/pubkey_police . The file .ssh/id_rsa at the url http://github.com/mcgournj/AD-Cloud-Computing/tree/44015f1613b9b2a3dc72a7f823b028f1e21da676/.ssh/id_rsa seems to be an rsa private key. I'd recommend taking this out of your repo, as it is the equivalent of committing a password.", True),
    ('https://github.com/Brad-Edwards/aptl/issues/417', 'issue', 'other', 'none', "[Security/Medium] Operator lab SSH private key (aptl_lab_key) committed in inventory evidence\n\n## Summary\n\nThe **private** half of the operator's lab SSH key `aptl_lab_key` (ed25519, comment `aptl-local-lab`) is committed verbatim in three tracked ACES inventory-evidence files.", True),
    ('https://github.com/coreos/fleet/issues/1332', 'issue', 'other', 'none', 'Private SSH keys in repo\n\nyou might want to change your keys out...seeing how they have been public for over a year. Just a friendly warning.', True),
    ('https://github.com/coreos/fleet/issues/1332', 'issue', 'other', 'none', 'This is an intentional check-in of an insecure key. Thanks for checking!', False),
    ('https://github.com/xxh/xxh/issues/203', 'issue', 'other', 'none', "Possible exposed credential in this repo\n\nHi — while doing some public-good scanning for exposed secrets in public repos, I think I spotted a live-looking OpenSSH private key in `xde/keys/id_rsa` (commit `1034852`).\n\nI haven't accessed, tested, or used it, and I'm not going to.", True),
    ('https://github.com/AxiSEMunity/AxiSEM3D/issues/54', 'issue', 'other', 'none', 'private SSH key in repo\n\nFor some reason there are a pair of public / private SSH keys in the main repo - potentially a big security vulnerability! Need to see if they belong to anyone / if they have rights in the repo & fix accordingly.', True),
    ('https://github.com/axpdev-lab/aeroftp/pull/876', 'issue', 'other', 'none', 'chore(aerorsync): generate the lane-3 harness key instead of committing it\n\nRaised by the pre-release security audit: `src-tauri/src/aerorsync/capture/keys/id_ed25519` is a private key committed to a public repository. It went in on 2026-04-18 with the native rsync delta transport.', True),
    ('https://github.com/NuSkooler/enigma-bbs/pull/125', 'issue', 'other', 'none', 'This PK is part of the Exodus BBS door server distribution - it\'s not "private" per', False),
    ('https://github.com/ajmeese7/spambot/pull/50', 'issue', 'other', 'none', 'Homie, you just gave me your bot token... what were you hoping to accomplish here?', True),
    ('https://github.com/ddinan/tsuyo/pull/20', 'issue', 'other', 'none', "If you're only looking to run the bot, you don't need to make a pull request, just edit `config.js` and run `node bot`.\n\nYou've leaked your bot's token so I recommend you generate a new one to prevent hackers leeching from your bot.", True),
    ('https://github.com/Atluzka/account-gen-bot/pull/8', 'issue', 'other', 'other', "This is public for everyone to see, you've exposed your discord token make sure to reset it before its too late.", True),
    ('https://github.com/AstraaDev/selfbot.py/pull/25', 'issue', 'other', 'none', 'Hell nah, dude delete this, all people see your bot token and can use it', True),
    ('https://github.com/Ast0lf0/Basic-Level-Sytem-for-Discord/pull/2', 'issue', 'other', 'none', 'Is this your token? If so, please reset it now. I’m guessing you don’t know much about this, but you just exposed your token, and tried to change the base code to include your token.', True),
    ('https://github.com/mo-karbalaee/jalgorithm/issues/3', 'issue', 'other', 'none', 'delete the commit that had the user and password it in', True),
    ('https://github.com/mandatoryprogrammer/xsshunter-express/pull/39', 'issue', 'other', 'none', "@prostoya24 You might want to remove this commit and pull request. I don't think you or the owner of the repo want that information in the repository ;)\n\n(and change that password anywhere u used it)", True),
    ('https://github.com/Rai2en/CVE-2023-50564_Pluck-v4.7.18_PoC/issues/2', 'issue', 'other', 'none', 'remove initial commit\n\ncause the commit (and the diff) contain the credentials you are trying to hide ;-)', True),
    ('https://github.com/suzuki-shunsuke/ghtkn/issues/459', 'issue', 'other', 'other', "Add `revoke` command\n\n### Feature Overview\n\nAdd `revoke` command to revoke GitHub Access Tokens using GitHub API.\n\n### Why is the feature needed?\n\nTo revoke leaked access tokens quickly.\nWe can revoke them by GitHub API.", False),
    ('https://github.com/gitalk/gitalk/issues/550', 'issue', 'other', 'other', 'Security issue\n\nBug:\n\n`curl https://www.example.com/post` 之后，源代码中含有github用户的Client Secret', True, 'zh'),
    ('https://github.com/gitalk/gitalk/issues/550', 'issue', 'other', 'other', '网页源代码。 `Client Secret`不应泄露', False, 'zh'),
    ('https://github.com/canonical/authd/pull/973', 'issue', 'other', 'none', 'GitHub issue template: Redact values assigned to the client_secret option\n\nTo avoid users accidentally leaking secrets in public GitHub issues.', False),
    ('https://github.com/lowcoder-org/lowcoder/issues/1453', 'issue', 'other', 'other', '[Bug]: /api/applications/home includes the App Client Secret\n\n### Current Behavior\n\nI have setup a Generic OAuth Provider using Azure. I noticed that the Client Secret is shown on /api/applications/home\n\n### Expected Behavior\n\nThis is an unnecessary security risk.', True),
    ('https://github.com/shiya/github-login/pull/1', 'issue', 'other', 'other', "Hi! The client id and secret should not be public! You should go into settings and change those keys right now. I'm going to delete this to prevent your data from leaking further.", True),
    ('https://github.com/berkeley-dsep-infra/jupyterhub-k8s/issues/44', 'issue', 'other', 'other', 'OAuth client secret is exposed\n\nRe: https://github.com/data-8/jupyterhub-k8s/blob/data8_jupyterhubv3/manifest.yaml#L31\n\nIt theoretically could be used to impersonate the OAuth client (the authenticator).', True),
    ('https://github.com/berkeley-dsep-infra/jupyterhub-k8s/issues/44', 'issue', 'other', 'none', "Yeah @derrickmar accidentally committed it. Nothing super serious for now since those keys are only used in development. We'll revoke them when we merge in the changes he has and use a proper config.", True),
    ('https://github.com/DataDog/documentation/pull/25998', 'issue', 'other', 'other', 'If your secret was leaked and needs to be rotated, contact [ecosystems@datadog.com][11]. Only one secret can be active at a time. Once you regenerate your secret, the existing secret will be deleted. Customers do not need to re-authorize the integration.', False),
    ('https://github.com/discord/discord-api-docs/issues/2016', 'issue', 'complaint', 'other', "Bot token not working\n\nFew day ago i tried to start my bot but it came with token error, i tried regenerating token several times but its not working. Did he get banned?. he's name is TwilightBot #3819 .", False),
    ('https://github.com/discord/discord-api-docs/issues/1695', 'issue', 'complaint', 'other', "My discord.js token doesn't work\n\nI can't run my discord bot online since this morning because any of the tokens I provide work. It had never happened before and I don't know what's the issue.", False),
    ('https://github.com/discord/discord-api-docs/issues/1790', 'issue', 'other', 'other', 'AJUDA COM BOT, RÁPIDO (português brasileiro)\n\nOlá! Bom, eu não sei se é aqui, mas, tudo bem\ntoda vez que reinicio o site (discord.gg/developer/applications) o token muda, isso é normal?', False, 'pt'),
    ('https://github.com/egebilecen/PZServerDiscordBot/issues/185', 'issue', 'complaint', 'other', "[BUG] Discord Resetting my Bot Token\n\n**Describe the bug**\nI get a this message from Discord:\n\n```\nHey vvntr,\n\nIt appears your bot, Zomboid Server Status, has connected to Discord more than 1000 times within a short time period. Since this kind of behavior is usually a result of a bug we have gone ahead and reset your bot's token.", False),
    ('https://github.com/fphilipe/warden-github-rails/issues/11', 'issue', 'complaint', 'other', "Issue with revoking of user tokens\n\nI am using this gem for auth for an internal tool, sometimes we need to revoke the tokens. However the next time the user loads the app they get an error page and the following error is thrown:\n\n`GET https://api.github.com/user/orgs: 401 - Bad credentials // See: https://developer.github.com/v3`", False),
    ('https://github.com/nextcloud/android/issues/12201', 'issue', 'complaint', 'other', 'Not handling revoked token\n\n### Expected behaviour\n\nThe app should detect the revoked access and the user should be able to login and create new token.\n\n### Actual behaviour\n\nThe app trys to login repeatetly.\nIt tried it so much it triggered the automatic lockig of the user and triggered login timeout for my ip.', False),
    ('https://github.com/HOKGroup/HOK-Revit-Addins/issues/172', 'issue', 'other', 'other', "update passwords, tokens etc\n\nBefore we had a Settings.json file in HOK.Core, all of the tokens, and passwords were simply hard coded and committed to this repo. That means that our github token and FME passwords are publicly visible if someone was so inclined as to look through the repo history. Let's make sure that we don't compromise HOK security and refresh these values.", True),
    ('https://github.com/Vedza/NitroSniperGo/pull/427', 'issue', 'other', 'other', 'Change your password, you just leaked your token.', True),
    ('https://github.com/Vedza/NitroSniperGo/pull/427', 'issue', 'other', 'other', "actually thanks for telling, i don't really use github much so i didnt know\ni leaked my token. Though i changed my password!", True),
    ('https://github.com/PremierLangage/premierlangage/issues/47', 'issue', 'other', 'other', "Mot de passe en clair dans l url du repo\n\nDans l'affichage du lien github dans le filebrowser il y a le mot de passe en clair.", True, 'fr'),
    ('https://github.com/truenas/zettarepl/issues/70', 'issue', 'other', 'none', 'Private key in public git repo\n\nYou probably want to change your private key and not share them publicly next time.', True),
    ('https://github.com/truenas/zettarepl/issues/70', 'issue', 'other', 'none', 'Yes, they are not used anywhere.', False),
    ('https://github.com/simple-login/app/issues/1904', 'issue', 'other', 'none', 'You published private key!\n\nHello!\n\nYou had published the private key:\nhttps://github.com/simple-login/app/blob/master/local_data/private-pgp.asc\n\nIt can cause a lot of security problems!', True),
    ('https://github.com/simple-login/app/issues/1904', 'issue', 'other', 'none', "@QW21WQ this is actually a test key used in https://github.com/simple-login/app/blob/bcc/tests/test_pgp_utils.py#L47 \n\nWe don't use it in production :)", False),
    ('https://github.com/Greenstand/treetracker-wallet-api/pull/558', 'issue', 'other', 'none', 'security: remove leaked JWT bearer tokens and purge them from history\n\n## Why\n\nThe two files hardcode an RS256 JWT bearer token each. A public repository shows these tokens to everyone. We treat every exposed credential as compromised.', True),
    ('https://github.com/GitGuardian/ggshield/issues/423', 'issue', 'other', 'other', 'False positive (in dotfiles)\n\n## Describe the bug\n\nI received the following mail:\n```\n GitGuardian has detected the following Company Email Password exposed within\n your GitHub account.', False),
    ('https://github.com/GitGuardian/APISecurityBestPractices/issues/4', 'issue', 'other', 'other', 'False positive disclosure email: link does not work.\n\nI received a notification email claiming a disclosure in a Git commit. This was a false positive. Clicking on the False Positive link took me to a 403 error.', False),
    ('https://github.com/formbricks/formbricks/issues/8113', 'issue', 'other', 'none', 'We apologize for this issue. It was submitted by an automated AI security scanner during a controlled test run — not a genuine security finding. We sincerely apologize for any confusion or noise this caused the maintainers.', False),
    ('https://github.com/B3nac/InjuredAndroid/issues/7', 'issue', 'other', 'other', 'Hi, AWS does have a source code scanning service that checks for exposed AWS keys on Github. When an api key is found AWS emails the account attached to that key.', False),
    ('https://github.com/commons-app/apps-android-commons/issues/5373', 'issue', 'other', 'other', "Prevent our Mapbox API token being abused\n\nThere is a possibility that Vivek's Mapbox API token was used by a bad actor, costing [480 USD](https://github.com/commons-app/apps-android-commons/issues/5351).", True),
    ('https://github.com/huggingface/blog/issues/3356', 'issue', 'other', 'other', 'Security Notice: Exposed Mapbox API key detected\n\nHi there,\n\nWe found an exposed Mapbox API key in this repository (ending in ...YyJ9).\n\n**What happened:** Your API key was committed to a public file and is visible to anyone. It has been viewed 3,504 times.', True),
    ('https://github.com/huggingface/blog/issues/3356', 'issue', 'other', 'other', "I tracked this down, it is a false-positive.  The api key is expected in the URL because it is a public key.  @sandhawalia / @hsandhawalia  I saw you're the last commit, safe to close this issue.  I will post this same comment in the other issue.", False),
    ('https://github.com/galahq/gala/pull/765', 'issue', 'other', 'other', "Rotate Mapbox token\n\nThe token that was being used here had no URL restrictions and is exposed to the client, meaning it is possible to grab it from the Gala site and use it on another project. A sudden spike in usage this month led to my account having a non-zero bill (still only like $2) for the first time. I'm worried that an LLM may have grabbed the token and suggested it for reuse in someone else's project", True),
    ('https://github.com/hackforla/food-oasis/pull/714', 'issue', 'other', 'other', "Remove mapbox api tokens\n\nI noticed the code in your repo has what I think are your mapbox API token keys.  Probably best not to have it in a publicly accessible repo.  Also, it might be best to revoke the old keys so someone else doesn't use up api quote or run up a bill on your account.", True),
    ('https://github.com/hackforla/food-oasis/pull/714', 'issue', 'other', 'none', "That's fine, your solution sounds better than the patch.  Just wanted to make sure you knew about leaking tokens in your repo.", True),
]
