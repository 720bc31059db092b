# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 583 (mine-b583): ISSUE AND FORUM VOICE, EXPOSURE IN WORDS, VARIED - GitHub issue / PR threads where someone
# says in words that a password, API key, token or secret got out through a channel other than a plain commit:
# visible in the process list / command-line arguments (owncloud SMB, Qubes backup passphrase, ubports, salt,
# okconfig, DuoStream, enoch curl argv), left in shell history (Screenly, GSA-TTS, ECC, autodl-curl-sonarr),
# included in diagnostic / support bundles (DC/OS ZooKeeper passwords, streborn Wi-Fi password), baked into a
# Docker image (docker-registry secret_key), shipped in a client-side JS bundle or APK (yourok main.dart.js,
# bettergi, reddoorz AWS key in APK), sent in a URL / query string (WhoisXML key, Radarr TMDB key), telemetry
# (Graylog), emailed in plain text at registration (servatrice, nbproject, boxbilling, pathfinder), public S3
# credentials (SinaStorage), bug-bounty "token leaked" reports (stagehand, lets-chat), leaked while reporting an issue
# (postman), logged in clear text (foxess-ha, filaops, WeKnora), .env checked in by an AI agent (one-ie).
# Plus near misses from the same and neighbouring threads (maintainer replies, "fixed", "by design"/"non-issue",
# feature requests for stdin / header-only keys / redacted bundles, hypotheticals with "could"/"may", fix PRs) and
# a set of auth/connection complaints (Google authorisation token needs updating, 401 on sync, refresh token
# expired / invalid_grant, forced re-login every day).
# All rows voice='issue': texts copied from the `search` tool's issues-corpus excerpts - a title plus the start of the
# description, or one comment - cut at a line or sentence end, never reworded; comment rows cite the thread URL.
# No forum row: the pages corpus answered the forum-style queries (leaked key in gist/screenshot, ex-employee access,
# key rotation 401, leaked bot token) only with vendor docs, blogs and one community.openai.com thread already used.
# Counts: 106 rows from 87 threads (at most 4 rows per thread), 9 complaints, 36 exposure rows,
# 2 non-English (ru 2).
# Below the ~130 target: most hits of the searches (ps aux, shell history, screenshots, S3, APK, plaintext email,
# query-string keys, Stripe keys, token refresh 401s) were threads already used by earlier batches.
# Label calls: exposure rows are 'other' (security reports, nobody's connection failing). Complaints: OGCS #308
# (description + "No, it does not solve the problem"), x-clone-rn 401, budi cloud 401, Qwen refresh token, Opteo
# invalid_grant, ChatMock refresh 401, claude-code forced /login, Exodus-Privacy F-Droid build lacking API key
# (developer's bug note - complaint, doubtful).
# Exposure True: design findings stated as fact (ECC, enoch, GSA-TTS, Screenly "will be saved in your shell's
# history", autodl-curl-sonarr, docker-registry, yourok, bettergi scanner title, foxess-ha, WeKnora title, filaops,
# tldw_server "full API keys in the log output by default" (title, doubtful),
# gitlab-ci-dashboard /params "returns the API key in plain text" - doubtful, since the sentence after is "could").
# Exposure False: zbackup (feature request), pongstylin "could be bundled", SecuScan "can appear", Truxify and 10xdigital (policy), Graylog
# maintainer "on purpose", Netflix msl "may leak", Castar (ru) password stored in clear text in the product's own
# settings, excalidraw title only, adobe imscli "Useful for cases where the token gets leaked" (hypothetical).
# Integration: 'other' where a named product's key/connection is concerned (Jira/curl skills in ECC, Sonarr, DC/OS,
# Sentry, OpenAI, Graylog telemetry, RapidAPI, WhoisXML, VirusTotal, Datadog, crates.io, TMDB via Radarr, FoxESS,
# ownCloud SMB, GitLab, Discord tokens, Google Calendar, Google Ads, Qwen, Claude Code, AWS); 'none' otherwise. No
# ActiveCampaign, Keap or Stripe thread turned up unused (all Stripe-key leak threads were taken).
# Languages: ru 2 (Castar). zh / ja / de / es queries returned English threads or threads already used.
# Lookups: 31 (search 31).
# Sources (87 threads):
#  10xdigitalventures-gif/affiliate/issues/24
#  AdguardTeam/AdguardForWindows/issues/1408
#  BLB3DPrinting/filaops/issues/118
#  ContinuumIO/anaconda-issues/issues/12114
#  Dallinger/Dallinger/issues/2952
#  DataDog/dd-agent/pull/3466
#  DuoStream/Duo/issues/455
#  Exodus-Privacy/exodus-android-app/issues/207
#  FreeRDP/FreeRDP/issues/4712
#  GSA-TTS/agentic-coding-playbook/issues/112
#  Graylog2/graylog2-server/issues/17455
#  IBM/mcp-context-forge/issues/1580
#  IMarkoMC/Tokens/issues/127
#  JRpersonal/streborn/pull/554
#  KanishJebaMathewM/Truxify/issues/12137
#  NAUbackup/VmBackup/pull/69
#  Netflix/msl/issues/139
#  Opteo/google-ads-api-token-helper/issues/1
#  QubesOS/qubes-issues/issues/1582
#  QwenLM/qwen-code/issues/378
#  Radarr/Radarr/issues/3890
#  RapidAPI/feedback/issues/28
#  RayBytes/ChatMock/issues/71
#  Screenly/cli/issues/12
#  SinaCloudStorage/SinaStorage-SDK-Python/issues/2
#  SuffolkLITLab/ALKiln/issues/153
#  Tencent/WeKnora/issues/1287
#  Zymest/autodl-curl-sonarr/issues/10
#  adobe/imscli/issues/5
#  afadesigns/zshellcheck/pull/657
#  affaan-m/ECC/issues/2165
#  agents-squads/squads-cli/pull/739
#  alias8818/enoch-agentic-research-system/issues/288
#  anthropics/claude-code/issues/78037
#  babalae/bettergi-scripts-list/pull/3480
#  boxbilling/boxbilling/issues/478
#  browserbase/stagehand/issues/1320
#  burakorkmez/x-clone-rn/issues/18
#  certtools/intelmq-manager/issues/198
#  ci-dashboard/gitlab-ci-dashboard/issues/12
#  crits/crits_services/pull/104
#  d2iq-archive/dcos-docs-site/pull/429
#  docker-archive/docker-registry/pull/80
#  duplicati/duplicati/issues/1813
#  excalidraw/excalidraw/pull/11254
#  exercism/website-copy/pull/1696
#  exodus4d/pathfinder/issues/80
#  firezone/firezone/pull/6948
#  getsentry/sentry/issues/84153
#  godspeed1989/xd-h3c/pull/3
#  google/osv-scalibr/issues/1297
#  iamfatness/CoreVideo/issues/97
#  ilsenem/php-snipper/issues/3
#  keighl/barkup/issues/17
#  krislechy/Castar_Release/issues/7
#  liwala/ay-framework/issues/196
#  luanti-org/luanti-org.github.io/issues/223
#  lucascbeyeler/zmbackup/issues/123
#  macxq/foxess-ha/pull/377
#  molly/web3-is-going-great/issues/593
#  nbproject/nbproject/issues/370
#  netxms/netxms/issues/3498
#  nginxinc/docker-nginx-controller/pull/61
#  one-ie/one/issues/26
#  openclaw/trust/issues/13
#  opinkerfi/okconfig/issues/40
#  osscontainertools/kaniko/pull/909
#  owncloud/core/issues/6092
#  phw198/OutlookGoogleCalendarSync/issues/308
#  pongstylin/tactics/pull/147
#  postmanlabs/postman-app-support/pull/6814
#  ramimac/aws-customer-security-incidents/issues/20
#  redhatcz/Thesis-management-system/issues/134
#  rmusser01/tldw_server/issues/474
#  rust-lang/crates.io/issues/3400
#  saltstack/salt/issues/28120
#  sdelements/lets-chat/issues/857
#  siropkin/budi/issues/842
#  sitespeedio/browsertime/issues/2343
#  ubports/ubports-installer/issues/235
#  utksh1/SecuScan/issues/1758
#  warmshowers/Warmshowers.org/issues/35
#  woogerboy21/servatriceadminwebui/issues/3
#  xdCloudy/LlamaManager/issues/79
#  yourok-0001/releases1/pull/1
#  zbackup/zbackup/issues/148
#  zotero/web-library/issues/9

ROWS = [
    ('https://github.com/zbackup/zbackup/issues/148', 'issue', 'other', 'none', 'Password on commandline option?\n\nI understand that if /proc access is not restricted per UID another user may scrape a password from ps or the like. However, it would be handy to pass the password as an argv argument. Say, `--password foobar`.', False),
    ('https://github.com/zbackup/zbackup/issues/148', 'issue', 'other', 'none', 'i think the security implications are more important than the convenience, and you can easily create a script to do this for you if you want. i am open to supporting an environment variable for the password, which makes it easy to add to the command line, and if you want to submit a pull request for that then please go ahead.', False),
    ('https://github.com/FreeRDP/FreeRDP/issues/4712', 'issue', 'other', 'none', "use `/from-stdin` if you don't want that, otherwise there is no way to prevent this.", False),
    ('https://github.com/FreeRDP/FreeRDP/issues/4712', 'issue', 'other', 'none', "But we don't have passwords! It comes from the another application. And we want to keep it secure?", False),
    ('https://github.com/affaan-m/ECC/issues/2165', 'issue', 'other', 'other', '[Security] API tokens passed via curl flags expose credentials in process list and shell history (jira-integration, social-publisher)\n\n## Security: API tokens passed via curl command flags (EX-01)', True),
    ('https://github.com/Screenly/cli/issues/12', 'issue', 'other', 'none', 'Change how tokens are inputed\n\nWe currently enter tokens this way:', False),
    ('https://github.com/Screenly/cli/issues/12', 'issue', 'other', 'none', "There issue with this is that by default (unless you prefix the command with a space), the token will be saved in your shell's history. This should be considered a security issue.", True),
    ('https://github.com/Screenly/cli/issues/12', 'issue', 'other', 'none', 'Fixed in https://github.com/Screenly/cli/pull/44', False),
    ('https://github.com/ilsenem/php-snipper/issues/3', 'issue', 'other', 'none', 'Ask token in interactive mode on `init`\n\nToken should not be submitted, thus saved in shell command history.', False),
    ('https://github.com/Zymest/autodl-curl-sonarr/issues/10', 'issue', 'other', 'other', 'API key in clear text in history and logs\n\nI think submitting the API key as an argument to the shell script is not a good way of doing things. The API key will be readable by various tools and users in clear text.', True),
    ('https://github.com/alias8818/enoch-agentic-research-system/issues/288', 'issue', 'other', 'none', 'P1: `smoke-test-local.sh` exposes bearer token in curl argv (visible to `ps -ef`/shell history/audit) AND embeds it in JSON body persisted to server log\n\n**Severity**: P1 (high) — bearer token leaks into process list, shell history, and server-side request log', True),
    ('https://github.com/d2iq-archive/dcos-docs-site/pull/429', 'issue', 'other', 'other', "Specifies which information is no longer in the diagnostic bundles.\n\nThe initial description claimed that the bundles didn't contain\nsensitive configuration values. However, from [DCOS-19073](https://jira.mesosphere.com/browse/DCOS-19073) we can\nconclude that passwords from ZooKeeper can still leak in the\ndiagnostic bundles.", True),
    ('https://github.com/JRpersonal/streborn/pull/554', 'issue', 'other', 'none', "fix(agent): the Wi-Fi password never leaves the speaker in a diagnostic\n\n`/etc/wpa_supplicant.conf` holds the passphrase in plain text, and the debug state copied the file out verbatim. That state answers an **unauthenticated GET on the LAN** and is the body of every diagnostic bundle mailed in or attached to an issue, so a support request carried the reporter's Wi-Fi password with it.", True),
    ('https://github.com/google/osv-scalibr/issues/1297', 'issue', 'other', 'none', 'Hi @0xXA after panel discussion, we have decided that this PRP request is out of scope so we will close it. Thank you for your interest!', False),
    ('https://github.com/docker-archive/docker-registry/pull/80', 'issue', 'other', 'none', "Don't set a secret_key in the Dockerfile\n\nSetting the key in the `Dockerfile` means everyone that pulls the\nimage from the public index gets the same key. This moves the key\ngeneration to the `setup-configs.sh` script.", True),
    ('https://github.com/Dallinger/Dallinger/issues/2952', 'issue', 'other', 'none', 'Is it safe to put Dallinger deployment images in public Docker registries?\n\nAre there any private variables (e.g. AWS keys) that could be exposed this way?', False),
    ('https://github.com/SuffolkLITLab/ALKiln/issues/153', 'issue', 'other', 'none', "Nvm, we're not doing it this way. Also, this has moved to a different repo: https://github.com/plocket/docassemble-ALAutomatedTestingTests", False),
    ('https://github.com/getsentry/sentry/issues/84153', 'issue', 'other', 'other', 'What are your recommendations about sending authentication failures to Sentry?\n\nI am not talking about problems with Sentry itself.', False),
    ('https://github.com/firezone/firezone/pull/6948', 'issue', 'other', 'other', "chore: don't report authentication errors to sentry\n\nDo we want to track 401s in sentry? If we see a lot of them, something is likely wrong but I guess there is some level of 401s that users will just run into.", False),
    ('https://github.com/GSA-TTS/agentic-coding-playbook/issues/112', 'issue', 'other', 'none', "[Bug] secret examples expose tokens in shell history\n\n## What's Wrong\n\nSeveral skill/docs examples set secrets via inline shell assignments or `export`, which leaves the literal value in shell history and the process list.", True),
    ('https://github.com/exercism/website-copy/pull/1696', 'issue', 'other', 'none', 'walkthrough: Add command hint to remove token from Bash history', False),
    ('https://github.com/nginxinc/docker-nginx-controller/pull/61', 'issue', 'other', 'none', 'Secure docker layers from key disclosure\n\nusing secrets and secure mounts will prevent certs + keys from being present in intermediate container layers.', False),
    ('https://github.com/nginxinc/docker-nginx-controller/pull/61', 'issue', 'other', 'none', '@aknot242 really appreciate this change. Will merge asap after I play around a bit with this. 👍🏻', False),
    ('https://github.com/afadesigns/zshellcheck/pull/657', 'issue', 'other', 'none', 'feat: ZC1638 — flag `docker build --build-arg SECRET=VALUE` layer leak', False),
    ('https://github.com/pongstylin/tactics/pull/147', 'issue', 'other', 'other', "fix: remove hardcoded secret in openai.js (CWE-798)\n\nThe OpenAI API key is loaded from environment variables in src/utils/openai.js. While the code checks for the key's presence before initializing the client, this file could be bundled into client-side JavaScript during the build process. If included in the client bundle, the API key would be exposed to anyone who inspects the JavaScript files through browser DevTools.", False),
    ('https://github.com/excalidraw/excalidraw/pull/11254', 'issue', 'other', 'none', 'fix: an api key stored in packages/common/src/constants in constants.ts', False),
    ('https://github.com/yourok-0001/releases1/pull/1', 'issue', 'other', 'none', 'fix: remove hardcoded secret in main.dart.js (CWE-798)\n\nAPI keys are embedded directly in the compiled JavaScript bundle (main.dart.js), making them accessible to any user who can access the deployed web application. Six occurrences of API key patterns were identified in the client-side code.', True),
    ('https://github.com/babalae/bettergi-scripts-list/pull/3480', 'issue', 'other', 'none', 'fix: hardcoded api keys detected in client-side java... in main.js', True),
    ('https://github.com/godspeed1989/xd-h3c/pull/3', 'issue', 'other', 'none', 'clean argv[] to let the output of "ps aux|grep xd" be \'-u ***** -p *****...', False),
    ('https://github.com/xdCloudy/LlamaManager/issues/79', 'issue', 'other', 'none', 'M10.6 — Redacted diagnostic bundle and support evidence\n\nParent: #10\nBlocked by: #73\n\n## Goal\nProduce a useful support bundle containing enough evidence to debug real failures without leaking secrets.', False),
    ('https://github.com/iamfatness/CoreVideo/issues/97', 'issue', 'other', 'other', 'P1: Build support bundles and production diagnostics\n\n## Problem\nDebugging Zoom/OBS/media issues has taken too long because logs, config, SDK status, OAuth state, and output health are spread across places.', False),
    ('https://github.com/osscontainertools/kaniko/pull/909', 'issue', 'other', 'none', 'document --secret security semantics\n\nClarifies what "secrets are not stored securely" means, prompted by discussion #892. The docs now spell out that a secret is exposed to other RUN steps during the build even without an explicit mount, but is never added to the image and never ends up in the pushed layers, which answers the question of whether it can be recovered from the built image.', False),
    ('https://github.com/postmanlabs/postman-app-support/pull/6814', 'issue', 'other', 'none', "Update the bug_report template\n\nWe've seen a few cases in the past where the user accidentally leaked an access token or API key while reporting an issue. This puts the user at risk for an account take over or information disclosure.", True),
    ('https://github.com/SinaCloudStorage/SinaStorage-SDK-Python/issues/2', 'issue', 'other', 'other', 'S3 bucket credentials exposed\n\nHi, S3 bucket credentials S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY are exposed in your public github repo.', True),
    ('https://github.com/ContinuumIO/anaconda-issues/issues/12114', 'issue', 'other', 'none', "After reviewing more detailed information it was determined that the bucket in question isn't controlled by Anaconda but a partner organizatio", False),
    ('https://github.com/keighl/barkup/issues/17', 'issue', 'other', 'other', 'Security-related question about a possible exposed credential\n\nHello,\n\nMy name is Emma, I am conducting an academic study on possible credential exposure in public GitHub repositories.', False),
    ('https://github.com/Exodus-Privacy/exodus-android-app/issues/207', 'issue', 'complaint', 'other', "[FDroid] Unable to download reports and trackers on 3.0.0\n\nWhen we have [rework ](https://github.com/Exodus-Privacy/exodus-android-app/pull/150)about API Key management has be doing, we do not have thinks on integration on FDroid.\n\nWith 3.0.0 version from Fdroid, it's not possible to download reports and trackers because API Key is not present in APK.", False),
    ('https://github.com/Exodus-Privacy/exodus-android-app/issues/207', 'issue', 'other', 'none', 'In my opinion it is conpletely pointless to try and hide the API key within the app. Anybody with a rooted phone and a custom CA certificate can see it in the traffic anyway.', False),
    ('https://github.com/Graylog2/graylog2-server/issues/17455', 'issue', 'other', 'other', 'telemetry api_key leak\n\nThere is a telemetry api_key leak here, there is an information security leak, how do I remove him?', True),
    ('https://github.com/Graylog2/graylog2-server/issues/17455', 'issue', 'other', 'other', 'thanks for reporting this. The telemetry API key is included in the clear on purpose, as we do require it to report telemetry to that endpoint. Therefore, I do consider this a non-issue and I am closing it. If I misunderstood your issue or you have additional information, feel free to reopen it.', False),
    ('https://github.com/agents-squads/squads-cli/pull/739', 'issue', 'other', 'none', 'fix(telemetry): restore write-only API key — broken since March 14 [v0.3.0]\n\n## Summary\nTelemetry has been dead since March 14. Zero events in 30 days. Root cause: commit 6261882 replaced the write-only key with an env var no user has set.', False),
    ('https://github.com/RapidAPI/feedback/issues/28', 'issue', 'other', 'other', '[feedback]: How do I learn about what Telemetry you collect and how can I disable it if I want?\n\n### What do you think of the extension?\n\nAn API client such as RapidAPI Client could be privy to private keys and other sensitive information.', False),
    ('https://github.com/woogerboy21/servatriceadminwebui/issues/3', 'issue', 'other', 'none', 'Plain text passwords in registration email.\n\nCurrently when registering for a new account, users are sent a mail containing the plain text version of their password.', True),
    ('https://github.com/redhatcz/Thesis-management-system/issues/134', 'issue', 'other', 'none', 'I agree completely -- this will be fixed ASAP (will try to do so tomorrow).', False),
    ('https://github.com/redhatcz/Thesis-management-system/issues/134', 'issue', 'other', 'none', 'I created this account myself via the registration page.', False),
    ('https://github.com/nbproject/nbproject/issues/370', 'issue', 'other', 'none', 'Password sent in plaintext in registration email\n\nI just signed up for a new account on nb.mit.edu and was surprised to find that the welcome email contained my password in plaintext. I believe the relevant email template is `confirm_guest_registration`.', True),
    ('https://github.com/AdguardTeam/AdguardForWindows/issues/1408', 'issue', 'other', 'none', "Assigned, we'll rework it soon", False),
    ('https://github.com/boxbilling/boxbilling/issues/478', 'issue', 'other', 'none', 'Signup emails have password in plain text\n\nI noticed this when signing up at http://www.boxbilling.com/\n\nThe signup email sends the user their own password in plaintext.', True),
    ('https://github.com/warmshowers/Warmshowers.org/issues/35', 'issue', 'other', 'none', 'Consider stopping including plain-text password in registration email\n\nCurrent best practice is not to send out a plain-text email on registration. Drupal 7 has ended this approach; it has a number of problems.', False),
    ('https://github.com/exodus4d/pathfinder/issues/80', 'issue', 'other', 'none', "Plain text passwords\n\nI just registered for this website, and it sent me my login (username and password) via email in plain text. (see http://plaintextoffenders.com/about/ if you don't understand why this is bad)", True),
    ('https://github.com/luanti-org/luanti-org.github.io/issues/223', 'issue', 'other', 'none', 'Sending the password by email when someone else creates the account is intentional and desirable. You can change your password afterwards', False),
    ('https://github.com/browserbase/stagehand/issues/1320', 'issue', 'other', 'none', 'Critical Token Leaked: Bug Bounty query\n\nHi Team\nI am Abhinav, a cyber security researcher.\nI have found a security vulnerability in your platform(Extremely Critical  token leaked )', True),
    ('https://github.com/sitespeedio/browsertime/issues/2343', 'issue', 'other', 'none', 'Hi Abhinav,\nBrowsertime is an open source tool that gets money by people supporting. Feel free to support it at https://opencollective.com/sitespeedio - if we get enough money, maybe we can setup a bounty program.  If you want to report anything, feel free to report it to info@sitespeed.io.', False),
    ('https://github.com/one-ie/one/issues/26', 'issue', 'other', 'none', 'Hi Abhinav, I am aware that Claude checked in my .env file to github and I have changed the keys. Thank you.', True),
    ('https://github.com/sdelements/lets-chat/issues/857', 'issue', 'other', 'none', 'Reporting a Vulnerability\n\nHi Team\n\nI am Mridul, a cyber security researcher.\nI have found a security vulnerability in your platform (token leaked)', True),
    ('https://github.com/molly/web3-is-going-great/issues/593', 'issue', 'other', 'other', '[NEW]: Shinu Iba AWS token leak\n\n### Date\n\n2022-9-8\n\n### Description\n\nShinu Iba leaks credentials to GitHub in commit. No bug bounty or responsible disclosure policy in place so researcher has to post online to draw teams attention.', True),
    ('https://github.com/liwala/ay-framework/issues/196', 'issue', 'other', 'other', 'fix(jobs): WhoisXML API key sent as URL query parameter — visible in request logs, proxy logs, CDN telemetry', True),
    ('https://github.com/liwala/ay-framework/issues/196', 'issue', 'other', 'other', 'Fixed — the WhoisXML key is sent via Authorization: Bearer header, not a URL query parameter (packages/jobs/src/nrd-feed.ts).', False),
    ('https://github.com/10xdigitalventures-gif/affiliate/issues/24', 'issue', 'other', 'none', '[C3] Verify API keys are header-only\n\n## Severity\nCritical\n\n## Problem\nAPI keys in URLs leak through logs, history, proxies, and referrers. A header-only patch exists but needs verification.', False),
    ('https://github.com/crits/crits_services/pull/104', 'issue', 'other', 'other', 'Make VT use proxies and not leak API key.\n\nIf the connection fails when fetching a PCAP the URL would be logged,\nwhich included the API key. This is not something we want sitting in\nlogs, so strip it out.', False),
    ('https://github.com/KanishJebaMathewM/Truxify/issues/12137', 'issue', 'other', 'none', '[BUG][backend][P3] requireApiKey accepts API keys from the query string — secrets leak into logs, CDN caches and referrers', False),
    ('https://github.com/DataDog/dd-agent/pull/3466', 'issue', 'other', 'other', 'Truncate the URL at the API key when logging to prevent the clear API', False),
    ('https://github.com/zotero/web-library/issues/9', 'issue', 'other', 'none', 'Have proxyRequest include api key\n\nWhen requests are always going through a php proxy page, that page can add the api key to requests so it is not exposed on the page.', False),
    ('https://github.com/rust-lang/crates.io/issues/3400', 'issue', 'other', 'other', 'Automatically respond to crates.io API token leaks on GitHub (via GitHub secret scanning)', False),
    ('https://github.com/IBM/mcp-context-forge/issues/1580', 'issue', 'other', 'none', '[Feature Request]: API Key Auth support through queryparams', False),
    ('https://github.com/rmusser01/tldw_server/issues/474', 'issue', 'other', 'none', 'full API keys in the log output by default\n\n**Are You on the Latest version?**\nNo idea, I used your install script.',True),
    ('https://github.com/rmusser01/tldw_server/issues/474', 'issue', 'other', 'none', 'Thank you for the heads up on that, did not mean to leave that in.', False),
    ('https://github.com/rmusser01/tldw_server/issues/474', 'issue', 'other', 'none', 'Just pushed a fix to main. Thank you again for the heads up. Would you like to be noted as the first person to report a security bug?', False),
    ('https://github.com/Radarr/Radarr/issues/3890', 'issue', 'other', 'other', "API KEY is Showing\n\n**Describe the bug**\nAPI calls to TMDB have radarr's api key in plain text for all to see.\nI think it's supposed to be secret.\nI've tested it and it can be used.", True),
    ('https://github.com/utksh1/SecuScan/issues/1758', 'issue', 'other', 'none', "[#12] Raw API keys embedded in rate-limit identity leak into logs\n\nratelimit.py:124,130 builds client identity as 'apikey:{value}' embedding the literal secret. This string is used as a dict key and can appear in debug logs or exception traces, leaking the API key.", False),
    ('https://github.com/macxq/foxess-ha/pull/377', 'issue', 'other', 'other', 'Redact API key in debug log\n\n`sensor.py` logs the raw FoxESS OpenAPI key in plaintext at debug level:', True),
    ('https://github.com/lucascbeyeler/zmbackup/issues/123', 'issue', 'other', 'other', 'There is no solution for that and I do not consider this as a security problem. If you can see the password by using grep you already have access inside the host to do whatever you want.', False),
    ('https://github.com/owncloud/core/issues/6092', 'issue', 'other', 'other', 'SMB/CIFS password visible in processlist\n\nWhen using external storage "SMB/CIFS" username and password becomes visible to users logged in on the server.\n\nThe password is visible when listing processes on the server (ps -ef)', True),
    ('https://github.com/duplicati/duplicati/issues/1813', 'issue', 'other', 'none', 'Sorry about the labels, this is actually a duplicate of #2024', False),
    ('https://github.com/QubesOS/qubes-issues/issues/1582', 'issue', 'other', 'none', 'Backup encryption passphrase is exposed to dom0 process list', True),
    ('https://github.com/QubesOS/qubes-issues/issues/1582', 'issue', 'other', 'none', 'Fixed in Qubes 4.0 (thanks to `scrypt` instead of `openssl` usage).', False),
    ('https://github.com/ubports/ubports-installer/issues/235', 'issue', 'other', 'none', 'password in plaintext in process list\n\nafter flashing a nexus 5 I was surprised to find a process still active with my password in plaintext.', True),
    ('https://github.com/saltstack/salt/issues/28120', 'issue', 'other', 'none', 'Clear text passwords\n\nUsing shadow.gen_password() puts the password in clear text in the process list. Is there any way around this?', True),
    ('https://github.com/saltstack/salt/issues/28120', 'issue', 'other', 'none', "@jtylers, thanks for the report.  Does @eliasp's answer work for you?", False),
    ('https://github.com/DuoStream/Duo/issues/455', 'issue', 'other', 'none', "Can you not display my account's password in plain text?\n\nOn command line of DuoRdp.exe.\nAnyone can access task manager on the host can see it.", True),
    ('https://github.com/DuoStream/Duo/issues/455', 'issue', 'other', 'none', 'Not true, the process in question runs with TCB rights, which means only administrators can.', False),
    ('https://github.com/opinkerfi/okconfig/issues/40', 'issue', 'other', 'none', 'installing with winexe exposes password in process list', True),
    ('https://github.com/NAUbackup/VmBackup/pull/69', 'issue', 'other', 'none', "Add possibility to read password from stdin\n\nI'd like to have the possibility to have the password read from stdin to reduce the danger for the password to be easily captured when having root access to a XenServer.", False),
    ('https://github.com/netxms/netxms/issues/3498', 'issue', 'other', 'none', 'Clear-text authentication tokens retrievable after issuance', False),
    ('https://github.com/BLB3DPrinting/filaops/issues/118', 'issue', 'other', 'none', '[HIGH] GUARDIAN-005: Password Reset Token Logged in Plaintext\n\n## Summary\nWhen email is not configured, password reset tokens are logged in plaintext. Log access = account takeover.', True),
    ('https://github.com/openclaw/trust/issues/13', 'issue', 'other', 'none', 'T-ACCESS-003: plaintext token storage validated, hardening PR submitted', False),
    ('https://github.com/ci-dashboard/gitlab-ci-dashboard/issues/12', 'issue', 'other', 'other', 'The params endpoint leaks the API key.\n\nThe `/params` endpoint returns the API key in plain text.  If the application is hosted publicly, this could cause the token to be leaked to unknown third parties.', True),
    ('https://github.com/krislechy/Castar_Release/issues/7', 'issue', 'other', 'none', 'Пароль хранится в настройках в открытом виде\n\nПароль хранится в настройках в открытом виде, необходимо обеспечить корректную информационную безопасность и считать эти данные конфиденциальными', False, 'ru'),
    ('https://github.com/krislechy/Castar_Release/issues/7', 'issue', 'other', 'none', 'Исправлено в v.0.121', False, 'ru'),
    ('https://github.com/certtools/intelmq-manager/issues/198', 'issue', 'other', 'none', 'Passwords could be hidden in the interface by default and only shown if the use clicks a button ("eye" symbol right of the input field?)', False),
    ('https://github.com/Netflix/msl/issues/139', 'issue', 'other', 'none', "MSL Token toString() may leak sensitive data\n\nThe `toString()` methods on master token, user ID token, and service token classes may leak sensitive data by including the otherwise encrypted data if the local entity was able to decrypt it. This data should not be included to avoid accidents where a token's string representation is included in a log message.", False),
    ('https://github.com/IMarkoMC/Tokens/issues/127', 'issue', 'other', 'other', 'me when the the the\n\nmy token noooooooooooooooooooooooooooooo\nmaybe you found it on repl.it which i obviously leave everything in plaintext and dont use secrets', True),
    ('https://github.com/Tencent/WeKnora/issues/1287', 'issue', 'other', 'none', '[Bug]: API key is logged clear text', True),
    ('https://github.com/phw198/OutlookGoogleCalendarSync/issues/308', 'issue', 'complaint', 'other', '2.6.1 problem with custom API key\n\nI have been using a custom Client ID for OGCS.\nWith 2.6.1 it still manages to acquire the token and sync for the first run but after restarting the app (even if I hit the Save button before I quit) it shows "Your Google authorisation token needs updating" error.', False),
    ('https://github.com/phw198/OutlookGoogleCalendarSync/issues/308', 'issue', 'other', 'other', 'Can you add the Google Plus API (in addition to the Calendar API) to your personal project and see if that helps?', False),
    ('https://github.com/phw198/OutlookGoogleCalendarSync/issues/308', 'issue', 'complaint', 'other', 'No, it does not solve the problem', False),
    ('https://github.com/phw198/OutlookGoogleCalendarSync/issues/308', 'issue', 'other', 'other', 'Oops it seems that it just took a little time for the change to become effective.\nIt seems to work now.', False),
    ('https://github.com/burakorkmez/x-clone-rn/issues/18', 'issue', 'complaint', 'none', 'User Sync Failed 401\n\nI experienced an error in the user sync section, where the status code is 401', False),
    ('https://github.com/siropkin/budi/issues/842', 'issue', 'complaint', 'other', 'cloud: HTTP 401 on /v1/whoami + /v1/ingest with the local cloud.toml api_key\n\n## Symptom', False),
    ('https://github.com/adobe/imscli/issues/5', 'issue', 'other', 'none', 'Add token invalidation\n\nUseful for cases where the token gets leaked in a presentation or to test systems.', False),
    ('https://github.com/QwenLM/qwen-code/issues/378', 'issue', 'complaint', 'other', 'Refresh Token Expiring after a few min of usage\n\n### What happened?\n\nAfter a few min of usage it throws error\n\n`Refresh token expired or invalid`', False),
    ('https://github.com/Opteo/google-ads-api-token-helper/issues/1', 'issue', 'complaint', 'other', 'Refresh token expiring? Error: 16 UNAUTHENTICATED: Failed to retrieve auth metadata with error: invalid_grant', False),
    ('https://github.com/RayBytes/ChatMock/issues/71', 'issue', 'complaint', 'other', 'ERROR: refresh token request returned status 401\n\nI’ve noticed that  “ERROR: refresh token request returned status 401” this error occurs roughly every ten days — it seems that the refresh token may be expiring. Every time I have to manually log out and log back in for new refresh token to fix it, which is quite inconvenient. How should I resolve this issue? For example: Is there a way to refresh the refresh token itself?', False),
    ('https://github.com/RayBytes/ChatMock/issues/71', 'issue', 'other', 'other', 'Will take a look into this, thank you', False),
    ('https://github.com/anthropics/claude-code/issues/78037', 'issue', 'complaint', 'other', 'OAuth refresh token rejected server-side after ~24h - forced /login every day (Max sub, single machine)', False),
    ('https://github.com/ramimac/aws-customer-security-incidents/issues/20', 'issue', 'other', 'other', 'reddoorz.com\n\nhttps://www.pdpc.gov.sg/-/media/Files/PDPC/PDF-Files/Commissions-Decisions/Decision---Commeasure-Pte-Ltd---15092021.pdf?la=en\n\nInvestigations revealed that the unknown threat actor(s) had most likely gained access\nand exfiltrated the Organisation’s database of customer records hosted in an Amazon RDS\ncloud database, after they obtained an Amazon Web Services (“AWS”) access key. The AWS\n3\naccess key was embedded within an Android application package (“the affected APK”)\npublicly available for download from the Google Play Store.', True),
]
