# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 269 (mine-expo2): the exposure_mentioned field, issue voice, GitHub issues/PRs
# from threads no earlier batch used (found with the `issues` search corpus; texts
# copied from the thread excerpts). Positives in less common wording: a third party
# telling the owner "The API_KEY being used in the API is exposed", "There is an API
# key exposed in the VirusTotal script", "I foolishly uploaded my private key to
# Dropbox, and now consider it compromised" (Keybase), a chat message that "contains
# the API key of FireAlarm", "Be carefull, you comitted an API key in this repo", a
# maintainer renewing a YouTube key because "it's publically available through our
# front-end and source code", an extension's maintainer saying someone is "taking the
# keys the extension uses", "your credentials are public" (.npmrc), an SRE story to
# rotate "credentials that were exposed in the supportbot repository", "Fixed slack
# credentials leak", a scanner notice ("an API key got committed to this repo", a
# HuggingFace "public meltdown" notice), "Token out in the open", "Token leaked in all
# docstrings", "API Keys Exposed Publicly in Shared Links"; non-English: a Chinese
# scanner notice ("多个 API Key 已泄露"), a French PR asking to rotate a key now in the
# GitHub history ("il faut partir du principe qu'elle est compromise") and a French
# ticket quoting a partner ("Le token est exposé dans le Github").
# Hard negatives from the same threads and nearby ones: replies that say nothing got
# out in words ("Crap ... Will cancel that one and get another", "It is the API key
# used by the site on browser", "the API key is not private"), a hypothetical ("When
# happens when a private key is compromised?"), feature requests to hide tokens in
# screenshots/streams or remove the show-token eye icon (zh), design reports (secret
# shown on an error page to the owner, key visible in devtools, private key in plain
# text in the admin UI), tests that tokens are not exported on PR builds, scanner
# false positives on fake/test tokens (GitGuardian, GitHub secret scanning, "This was
# not a real token"), "Should this APi key be public", "Is it safe to share my openai
# api key?", "Does sharing the API key legal?", a Spanish title-only question about
# API key security, a "how do I use a stolen token" question about a token-theft tool
# (zh), a hypothetical database leak, "I'd feel real bad if someone leaked their key
# because of me", ".idea in your npm published package" ("It doesn't seem like they
# contain actually private information in this case"), a screenshot-redaction review
# ("No pixels leak a real secret") and a docs reviewer asking to blur a Token ID.
# Doubts: XenForo-MCASSOC's "my instance secret being displayed to me, or a user who
# somehow manages to come across this error" is labelled False (shown to the owner on
# an error page; a design report, not an event of the secret getting out);
# Anil-matcha's "the current sharing mechanism reveals API keys publicly in shared
# links" is labelled True on its words ("API Keys Exposed Publicly") although it is a
# design report; NikkelM's outage announcement is 'other' (maintainer's announcement)
# though the keys stopped working; the Keybase PGP key row is True (a private key
# "compromised" after an upload), not an API key; allisto's "also check gitter
# private chat" reply is False. All labels 'other' (no row reports a connection
# failing for the writer). Language-tagged rows: zh, fr, es.
ROWS = [
('https://github.com/allisto/allisto-app/issues/15', 'issue', 'other', 'other', "newsapi.org API_KEY exposed\nThe API_KEY being used in the API is exposed, and might give rise to potential security threats.\n@neddstarkk", True),
('https://github.com/allisto/allisto-app/issues/15', 'issue', 'other', 'none', "@rshrc also check gitter private chat with regard to this.", False),
('https://github.com/ncsa/ossec-tools/issues/1', 'issue', 'other', 'other', "API Key\nThere is an API key exposed in the VirusTotal script.  Just an fyi...", True),
('https://github.com/ncsa/ossec-tools/issues/1', 'issue', 'other', 'none', "Crap, I can't believe I missed that. Will cancel that one and get another - Thanks for reporting.", False),
('https://github.com/keybase/keybase-issues/issues/1837', 'issue', 'other', 'none', "Private key compromised\nWhen happens when a private key is compromised?", False),
('https://github.com/keybase/keybase-issues/issues/1837', 'issue', 'other', 'other', "I foolishly uploaded my private key to Dropbox, and now consider it compromised. I would like to create a new key and use it with keybase without losing my account. Is that possible? cc @zQueal", True),
('https://github.com/seemoo-lab/nexmon/issues/675', 'issue', 'other', 'other', "🚨 URGENT: Your HuggingFace key is having a public meltdown! 🎭\nDear Repository Owner,\n\n🎉 CONGRATULATIONS! 🎉\n\nYou've just won our prestigious \"Most Public Secret of the Day\" award! Your HuggingFace API key has achieved internet fame!", True),
('https://github.com/SOBotics/FireAlarm/issues/11', 'issue', 'other', 'none', "The bot just leaked its API key\n[This message](http://chat.stackoverflow.com/transcript/message/36456770#36456770) in [FireAlarm Development](http://chat.stackoverflow.com/rooms/123602/firealarm-development) contains the API key of FireAlarm. Is this bad enough to warrant changing the key?", True),
('https://github.com/SOBotics/FireAlarm/issues/11', 'issue', 'other', 'none', "No; the API key is not private (you can see it in the code, if you look).", False),
('https://github.com/animelover1984/youtube-dl/issues/46', 'issue', 'other', 'none', "API key in public repo\nHello,\n\nBe carefull, you comitted an API key in this repo : https://github.com/animelover1984/youtube-dl/blob/74c803336b98247cc45187cb873c6983617f8b0e/youtube_dl/extractor/anvato.py#L211", True),
('https://github.com/animelover1984/youtube-dl/issues/46', 'issue', 'other', 'none', "It is the API key used by the site on browser", False),
('https://github.com/openwhyd/openwhyd/issues/190', 'issue', 'other', 'other', "Renew YouTube API Key\nOur YouTube API Key has been used and remained untouched for many years.\n\nAs it's publically available through our front-end and source code, it's possible that other developers started using it.\n\nIn order to prevent restrictions that may occur in that case, let's create a new API Key and purge our CDN caches to make sure that openwhyd.org users start using the new one.", True),
('https://github.com/NikkelM/Random-YouTube-Video/issues/125', 'issue', 'other', 'other', "REASON: Error RYV-2/Error RYV-3: No API keys available/All API keys have exceeded the allocated quota\nHello to everyone that might be seeing this.\nIt has come as it had to, and someone has made it their personal mission to disrupt everyone's experience by taking the keys the extension uses for access to YouTube's API and using them to their limit.\nThis attacker does not gain anything by doing so, as the keys are limited to work only when fetching publicly available data from the YouTube API, which can be done so for free by using their own API key.", True),
('https://github.com/rschmukler/dotfiles/issues/1', 'issue', 'other', 'other', "Npmrc\nI'm not sure if you're aware that your credentials are public.", True),
('https://github.com/department-of-veterans-affairs/va.gov-team/issues/138201', 'issue', 'other', 'none', "Rotate exposed supportbot credentials and sanitize README\n## User Story\n\nAs a Platform SRE engineer, I want to rotate all credentials that were exposed in the supportbot repository and remove sensitive internal details from the README, so that the leaked values are invalidated and the public repository no longer provides reconnaissance data.", True),
('https://github.com/CodeWithAloha/ACLU/pull/173', 'issue', 'other', 'other', "Fixed slack credentials leak", True),
('https://github.com/zendesk/zendesk_api_client_rb/issues/616', 'issue', 'other', 'other', "[Security] Your MiniMax API key was committed to this repo\nHey! Just a heads-up -- I ran a scan and it looks like an API key got committed to this repo, and it's still active.", True),
('https://github.com/Miaozeqiu/ZjoocEasy/issues/4', 'issue', 'other', 'none', "⚠️ 安全提醒：多个 API Key 已泄露在 public/images/apis.txt\n你好，\n\n在您的仓库 `ZjoocEasy` 的 `public/images/apis.txt` 文件中，检测到以下 API Key 被明文泄露：", True, 'zh'),
('https://github.com/3cn-ecn/nantralPlatform/pull/190', 'issue', 'other', 'none', "Pense à faire tourner ta clef d'api car maintenant elle est dans l'historique de Github et il faut partir du principe qu'elle est compromise. On peut néanmoins essayer de l'effacer des commits mais c'est assez chiant à faire ^^'", True, 'fr'),
('https://github.com/ItzLightyHD/Express/issues/10', 'issue', 'other', 'none', "Token out in the open\n`var pddtoken` in **Express/src/Commands/Utilities/Mail.js** has the token in read format. Remove that to avoid misuse!!", True),
('https://github.com/numerique-gouv/ami-notifications-api/issues/988', 'issue', 'other', 'other', "Changer le token de 17Cyber\nMessage de Laurent de 17Cyber : \n> Le token est exposé dans le Github ci-dessous dans les faits rien de méchant car ce token est visible dans le HTML de la page mais il faut éviter svp", True, 'fr'),
('https://github.com/numerique-gouv/ami-notifications-api/issues/988', 'issue', 'other', 'none', "Je changera la valeur de la variable d'env. dès que je l'aurai récupérée de leur espace partenaire.", False, 'fr'),
('https://github.com/SanPen/ESIOS/issues/5', 'issue', 'other', 'other', "Token leaked in all docstrings\nHi, I was looking at your code to get an idea of how ESIOS Auth works and I noticed you have a token explicitly written in all the docstrings `\"5c7f9...\"`\n\nJust wanted to let you know", True),
('https://github.com/zapuilib/zapui/pull/52', 'issue', 'other', 'none', "Token exposed", True),
('https://github.com/Anil-matcha/ai-creator-academy/issues/9', 'issue', 'other', 'none', "API Keys Exposed Publicly in Shared Links\nHi, the current sharing mechanism reveals API keys publicly in shared links, posing a critical security threat. I think we need a new, secure linking method.", True),
('https://github.com/inabahare/lewd2/issues/20', 'issue', 'other', 'none', "Hide token unless clicked/hovered\nso you don't accidently show this in screenshots/streams or whatever", False),
('https://github.com/codexu/note-gen/issues/386', 'issue', 'other', 'none', "[feat] token 可以去掉小眼睛吗\n### 描述你的建议\n\ntoken填写框右边有个小眼睛，点击可以展示明文，团队使用的话token会有泄露风险，可以去掉这个小眼睛吗", False, 'zh'),
('https://github.com/codexu/note-gen/issues/386', 'issue', 'other', 'none', "在本地的存储文件中也是可以查看到的，在这里隐藏没有意义。", False, 'zh'),
('https://github.com/mattermost/mattermost-developer-documentation/pull/1357', 'issue', 'other', 'none', "I'm probably being over-cautious, but I recommend that you hide additional details in the Manage Personal Tokens screenshot. I can _almost_ make out your email address (which you likely don't want visible at all), and I also recommend blurring out some or all of the Token ID.", False),
('https://github.com/openlinker-project/openlinker/pull/1284', 'issue', 'other', 'other', "Thanks for the thorough delta re-review.\n\n**Screenshot redaction confirmed** - viewed all three token-adjacent shots:\n- `p6-ksef-portal-token-list.png`: only the token name, creator NIP, and activation date are visible (all test-environment placeholder data); no token value shown.\n- `p7-ksef-portal-generate-token-form.png`: form only, no value.\n- `p8-ksef-portal-token-revealed.png`: confirmed the value is a literal `<redacted-test-secret>` placeholder, not a real token.\n\nNo pixels leak a real secret.", False),
('https://github.com/lol768/XenForo-MCASSOC/issues/19', 'issue', 'other', 'other', "Hiding instance secret from user\nHello,\n\nI somehow when testing managed to make the application throw an invalid signature error. This resulted in my instance secret being displayed to me, or a user who somehow manages to come across this error. I'm suggesting that it logs it to the XenForo server logs instead of displaying it to the user.", False),
('https://github.com/soflyy/oxygen-bugs-and-features/issues/3580', 'issue', 'other', 'none', "Enhanced Key Security Request\nThe reason is that I discovered that on the activated website, although the key is hidden, it can be viewed through developer tools. I believe this is very unsafe.", False),
('https://github.com/tryvocalcat/badgefed/issues/51', 'issue', 'other', 'none', "Private key is in plain text\nAfter going to `/admin/actors/edit/x`, for x being id of an actor if the user provided his own private key it will be visible (I assume for other admins too?) in the browser. I'd expect my key pairs to be more secured", False),
('https://github.com/nivekcode/node-command-line-starter/pull/1', 'issue', 'other', 'none', "Hi @kreuzerk ,\nLooks like the tokens are not exported on PR builds.\nIt's awesome, since a year ago it wasn't the situation and I was a bit worried...", False),
('https://github.com/JuliaCI/Coverage.jl/pull/113', 'issue', 'other', 'other', "hide token from Codecov.io submission URL logs\nhm. it seems the tests are depending on the token being printed to the log. thoughts?", False),
('https://github.com/glific/glific/pull/4816', 'issue', 'other', 'other', "chore: change test secrets to generic\nRewrite fake secrets used in tests to dummy values to bypass gitguardian flagging them.", False),
('https://github.com/openshift/osde2e/pull/3057', 'issue', 'other', 'other', "Replace fake JWT token in LogAnalysis Sanitizer tests\nReplace dummy JWT token with clearly fake token: `eyJGAKE.eyJTEST.FAKE-JWT-FOR-TESTING-ONLY` to avoid GitHub Secret Scanning alerts.", False),
('https://github.com/marcusquinn/aidevops/pull/2788', 'issue', 'other', 'other', "fix: replace token-like example with obvious placeholder in telegram.md\n## Summary\n\n- Resolve both GitHub secret scanning alerts (#1 and #2) — both false positives from fake/example credentials", False),
('https://github.com/InVisionApp/kit-deployer/pull/161', 'issue', 'other', 'none', "Remove fake token used in readme example\nThis was not a real token, however we shouldn't have it in the readme regardless to avoid fears that it could have been a real token.", False),
('https://github.com/arichornlover/uYouEnhanced/issues/526', 'issue', 'other', 'none', "[Questions] Should this APi key be public\n### My question\n\nshould this be public:", False),
('https://github.com/jprichardson/string.js/issues/178', 'issue', 'other', 'other', ".idea in your npm published package\nI've recently noticed that git globally ignored filed are included in a npm package when publishing it and as a result some files are published by accident. See https://github.com/npm/npm/issues/5673 (and I'm working on https://github.com/rom1504/npm-safeguard)\n\nThe last version published of this package contain files in a .idea/. It doesn't seem like they contain actually private information in this case, but publishing these files by accident can lead to publishing passwords or any other private information (that would be put in webstorm run configurations for example)", False),
('https://github.com/Aquilao/GoTokenTheft/issues/2', 'issue', 'other', 'none', "这个有啥用\n盗取的token如何利用勒", False, 'zh'),
('https://github.com/OpenGVLab/InternGPT/issues/1', 'issue', 'other', 'other', "Is it safe to share my openai api key?\nAccording to the term of use https://openai.com/policies/terms-of-use, users shouldn't share their api key with any organization.", False),
('https://github.com/shreyashankar/gpt3-sandbox/issues/113', 'issue', 'other', 'none', "Legel\nDoes sharing the API key legal?", False),
('https://github.com/lascarayf/demo/issues/26', 'issue', 'other', 'none', "Ver seguridad de la API Key", False, 'es'),
('https://github.com/Zizaco/confide/pull/239', 'issue', 'other', 'none', "Avoid generation of multiple tokens\nAvoid generation of multiple tokens, so if the database got leaked, the attacker will not be able to reset a password with previous tokens of an user.", False),
('https://github.com/ssbc/patchwork/pull/934', 'issue', 'other', 'none', "I'm going to quick-merge this because:\n\n1. it's trivial\n2. it's critical\n3. I'd feel real bad if someone leaked their key because of me", False),
('https://github.com/MyEtherWallet/etherwallet/issues/1893', 'issue', 'other', 'none', "i suspect my Account is hacked.What to do?\nHi,\nI suspect from yesterday my Account has been having strange activities !\nWhat can I do to Stop it.\nIt contains all my Tokens\nJosiah Githinji", False),
]
