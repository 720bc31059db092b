# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 573 (mine-b573): EXPOSURE IN WORDS in forum and chat voices - posts and pages where a person (or a reporter /
# researcher) says a key, token, password or secret got out: a Server Fault user who "posted a question with working
# login credentials to his actual production server" (Stack Exchange moderator FAQ), a friend's startup whose key was
# "scraped ... from a public GitHub commit" (leaked.now), "I've been through this twice. The first time I panicked and
# force-pushed" (shipwithai, npm token), a Cloudflare tutorial "Three real failures: ... and a leaked secret" (autokaam),
# "Real API Key Disasters I've Witnessed" on r/vibecoding (redlib mirror), Bubble API connector tokens "visible on the
# developer console on each page load" (anishgandhi), the Hugging Face Spaces secrets incident and the 2024 token
# exposure analysis, Moltbook's "150,000 API keys leaked" and the Wiz findings, Docker Hub images carrying credentials
# (cleanstart, safeguard, cloudnativenow, nhimg, techedgedaily, bleedwatch's "Layer 4 added ENV AWS_ACCESS_KEY_ID"),
# Kaspersky / gostoa reports of tokens found on GitHub, a French author who found "une clé API exposée dans un dépôt
# public" (fr), a Japanese write-up of an OpenAI key leak incident ("実際に起きたAPIキー漏洩事件", ja) and Korean case
# lists ("한 개발자가 실수로 OpenAI API 키를 GitHub에 커밋", ko).
# Near misses (label other, exposure False) from the same kind of pages: Q&A and forum questions on keeping keys out of
# the front end (forum.bubble.io #370632, #311137, iot.stackexchange #1455), hypothetical scenarios (r/MailChimp
# "If it leaked ... we'd be exposed", tryguardian, openreplay fr/ja, resourcecentral, vibeguard's Stripe key), "what to
# do if your key leaks" guides (gitguardian HF, datahogo, smartscope, fixwikihub, clrn, howtorotate, safetoship, mngb ru),
# vendor announcements (Fly.io community "our auth system was flaky sometimes", org-scoped tokens), 401 / token-expiry
# troubleshooting pages (Cloudflare 10000, Notion unauthorized, n8n OAuth), an r/googlecloud user puzzled by a
# credential-hygiene email, and Codidact's PII-redaction question.
# Where texts come from: the `pages` corpus (search tool) only; texts copied from its excerpts - a title plus the start
# of the body, or one paragraph / sentence run - never reworded. All voice='forum' (forum, Q&A, Reddit mirror and
# blog/article pages, as earlier batches counted checkyourvibe / securie / dev.to pages). No chat row: the local chat
# mirrors under /work/.mirror (fineract chat archive, flink IRC logs, ltsp irclogs) hold only site code at HEAD (no log
# text matched an exposure regex), and find_string for chat phrasings ("I leaked my token", "accidentally pasted my
# token", "accidentally leaked my token") hit only code fixtures, READMEs and FAQs, not chat exports.
# Counts: 94 rows, 28 exposure rows (all label other), 1 complaint. The complaint share is far below the 35-50% target:
# the pages corpus answered forum-complaint queries (Make, Notion, Mailchimp, Cloudflare, Fly.io, webhooks, "anyone
# else? 401 since this morning") with vendor help pages and troubleshooting articles, and the few forum threads it
# returned were already in the corpus. Exposure rows fall short of the ~40 asked: most first-person leak stories the
# corpus holds (HN #45241001 and its mirrors, community.openai.com threads, checkyourvibe, securie, xingwu, majona,
# brainxx, byte-tools, crowdcompany, trslog, bizdev-note, ...) are already used by earlier batches.
# Label calls / doubts: exposure True also for third-party and research reports that keys were found public or stolen
# (Stack Exchange FAQ, leaked.now's friend, Wiz/Moltbook, Docker Hub studies, Kaspersky "Hundreds of thousands of tokens
# ... discovered on GitHub", gostoa "finds thousands of valid secrets", HF Spaces "secrets might have been accessed
# without proper authorization") - doubtful for the survey-style rows (techedgedaily, nhimg, cloudnativenow, gostoa);
# True for anishgandhi (tokens visible to every visitor of a Bubble page: a design exposure, doubtful, as b571 counted
# Streisand's public secrets) and hoop.dev ("Buried in a public repo ... One token. Full compromise." - an unnamed
# incident narrative, doubtful). False for the elegantsoftwaresolutions row saying "the Supabase key was hardcoded into
# the front-end JavaScript" (the article says that anon key is public by design), for signalovernoise's "Rotate your
# keys now if you've used Moltbook" (advice), for pupjunkies-style "send the key over Discord" warnings (not kept), and
# for hypothetical second-person scenarios ("You just got a GitHub notification that your npm token was found in a
# public commit", shipwithai; openreplay). Complaint: tokechan's Notion post ("ある日を境にうまくNotionAPIと連携ができてない
# ことが発覚") kept as a complaint for the title + first line (doubtful: the next line admits a typo, kept as other);
# the post also prints old and new Notion tokens, not copied here. autokaam's "A token that worked yesterday throws
# Authentication error [code: 10000] today" is a tutorial's framing, other. Text repair: the elegantsoftwaresolutions Wiz
# row is cut before a mis-decoded dash ("โ") in the stored page.
# Integration: 'other' for rows about a named service (Hugging Face, OpenAI, Cloudflare, Supabase, Bubble, Mailchimp,
# Google Cloud, Fly.io, Notion, npm, Docker Hub, AWS, Twilio, Blynk, SendGrid, n8n, Moltbook, Binance ...), 'stripe' for
# vibeguard's Stripe-secret-in-bundle page, 'none' otherwise. No ActiveCampaign or Keap page turned up unused.
# Languages: ko 4 (minzkn x3, koder.ai), ja 5 (n2sm x2, tokechan x2, openreplay ja), fr 3 (logiciel-actu x2,
# openreplay fr), ru 2 (mngb.ru); the rest English.
# Lookups: 59 of 60 (pages 55, code-index find_string 3, issues 1), plus read-only local git greps of /work/.mirror.
# Sources (about 80 pages): meta.stackexchange.com/a/132119, safeguard.sh (HF 2024, Docker Hub 2024), thefinalhop.com,
#  leaked.now (detect unauthorized usage), logiciel-actu.fr, search.n2sm.co.jp cache, anishgandhi.com, redlib.librenode
#  r/vibecoding, autokaam.com, elegantsoftwaresolutions.com (Supabase 2026), shipwithai.io (npm token), minzkn.com,
#  koder.ai/ko, hoop.dev, mngb.ru, tokechan-blog, axebps-redlib r/MailChimp, redlib.felix r/googlecloud, forum.bubble.io
#  #370632 #311137, iot.stackexchange #1455, community.fly.io #19578 #13194, meta.codidact #289192, gitguardian.com
#  (HF remediation), datahogo, tryguardian, fixwikihub, smartscope, clrn, blog.openreplay.com fr/ja, olimpio, repo-guard,
#  sden.ai, vibe-code-fix, deploydoc, kaspersky, globalgrades, resourcecentral, vibeguard, llmbestpractices,
#  cyprianaarons, formbee, sopheraconsulting, twilio.com blog, developers.cloudflare.com, community.blynk.cc #3666,
#  wordathemes, feedthebees, bqtyf.cn, credbridge, peaktrendsus, workflowtipster ?p=15790, wisechecker, fixerrorcodes,
#  errorscan, docs.gostoa.dev, flarestart, howtorotate (sendgrid), safetoship (sendgrid), signalovernoise.at,
#  techedgedaily, cleanstart, bleedwatch, cloudnativenow, nhimg.org x2, ghostcred, apiskey.online, binance.com blog.
ROWS = [
# --- Stack Exchange moderator FAQ (forum/Q&A) ---
("https://meta.stackexchange.com/a/132119/179419", "forum", "other", "none",
 "I've observed several incidents where users inadvertently posted detailed, sensitive information. For example, a Server Fault user who posted a question with working login credentials to his actual production server, or the Stack Overflow user who posted actual medical records as example data for his question.", True),
("https://meta.stackexchange.com/a/132119/179419", "forum", "other", "none",
 "Often, simply editing is enough, but in cases where someone could suffer serious consequences if the information remains visible on the web (keys that can't be changed, 3rd-party medical information, etc.), you'll want to make sure it's thoroughly purged. Moderators can redact information from prior revisions to remove all traces of such information from both the post and its history; flagging will alert them to the nature of the problem.", False),
# --- Hugging Face token exposures ---
("https://safeguard.sh/resources/blog/hugging-face-token-exposure-2024-analysis", "forum", "other", "other",
 "Hugging Face Token Exposure 2024 Analysis\n\nResearchers found thousands of valid Hugging Face API tokens in public code and models. Analysis of the 2024 exposures and what they mean for ML supply chain.", True),
("https://safeguard.sh/resources/blog/hugging-face-token-exposure-2024-analysis", "forum", "other", "other",
 "Lasso Security found more than 1,600 exposed Hugging Face API tokens across public repositories, with a meaningful percentage carrying write access to organization-owned models and datasets.", True),
("https://www.thefinalhop.com/hugging-face-security-incident-what-you-need-to-know/", "forum", "other", "other",
 "On May 25, 2024, Hugging Face detected suspicious activity suggesting that some Spaces’ secrets might have been accessed without proper authorization. These secrets include sensitive data like tokens and credentials used by the platform to communicate securely with user applications.", True),
("https://www.thefinalhop.com/hugging-face-security-incident-what-you-need-to-know/", "forum", "other", "other",
 "Revocation of Compromised Tokens: All compromised Hugging Face (HF) tokens were revoked to prevent further unauthorized access. Users were advised to switch to fine-grained access tokens, which provide better security control and limit the scope of permissions.", True),
("https://www.gitguardian.com/remediation/hugging-face-user-access-token", "forum", "other", "other",
 "My Hugging Face user access token leaked! What should I do?\nWhat is a Hugging Face user access token and how it is used?", False),
# --- leaked.now: a friend's startup ---
("https://leaked.now/blog/how-to-detect-unauthorized-usage-of-your-ai-apis-20251209", "forum", "other", "other",
 "\"My Startup Got a $14,000 OpenAI Bill Overnight\"\n\nI'll never forget the panic in my friend's voice when he called me at 3 AM last month. His Y Combinator startup woke up to a $14,000 OpenAI charge - someone had scraped their API key from a public GitHub commit and was running massive GPT-4 inference jobs.", True),
("https://leaked.now/blog/how-to-detect-unauthorized-usage-of-your-ai-apis-20251209", "forum", "other", "none",
 "This isn't rare. In 2024 alone, we've seen: - A developer accidentally commit a Claude API key, leading to $8,700 in unauthorized Anthropic charges - A Google Gemini key exposed in a Jupyter notebook, resulting in account suspension - Hundreds of Mistral and Cohere keys leaked in public Dockerfiles", True),
# --- French ---
("https://www.logiciel-actu.fr/reperer-une-fuite-dapi-key-dans-un-depot-git-public-et-corriger-les-erreurs-en-cinq-etapes-pratiques", "forum", "other", "none",
 "Je me souviens de la première fois où j'ai trouvé une clé API exposée dans un dépôt public : ça m'a pris quelques secondes de choc, puis une montée d'adrénaline en me disant « il faut agir tout de suite ».", True, "fr"),
("https://www.logiciel-actu.fr/reperer-une-fuite-dapi-key-dans-un-depot-git-public-et-corriger-les-erreurs-en-cinq-etapes-pratiques", "forum", "other", "none",
 "Pourquoi une API key exposée est urgente\nUne clé API exposée, c'est comme laisser les clefs de la maison sous le paillasson.", False, "fr"),
("https://blog.openreplay.com/fr/cles-api-repo", "forum", "other", "none",
 "Que faire lorsque vos clés API se retrouvent dans un dépôt\nVous avez poussé du code sur GitHub et réalisé quelques secondes plus tard que votre clé API l’accompagnait. Peut-être que GitHub vous a envoyé une alerte. Peut-être que GitGuardian vous a envoyé un e-mail.", False, "fr"),
# --- Japanese ---
("https://search.n2sm.co.jp/cache/?docId=66b640fd2915437ba9c8df1d63140790&hq=google", "forum", "other", "other",
 "個人開発や学習目的では「とりあえず動けばいい」で済ませがちですが、組織でAPIを運用する場合、一晩で数千ドルの被害が発生する可能性を、身をもって体験しました。", False, "ja"),
("https://search.n2sm.co.jp/cache/?docId=66b640fd2915437ba9c8df1d63140790&hq=google", "forum", "other", "other",
 "本記事では、実際に起きたAPIキー漏洩事件の全貌、OpenAIサポートとのやり取り、そして同じ被害を防ぐための具体的な対策を共有します。", True, "ja"),
("https://tokechan-blog.pages.dev/blog/notiontoken", "forum", "complaint", "other",
 "Notion Integration トークンが無効になっていた?\n2025-11-23\nNotion Integration トークンが無効になっていた?\nなんか、ブログの記事とかを整理したいたらある日を境にうまくNotionAPIと連携ができてないことが発覚!", False, "ja"),
("https://tokechan-blog.pages.dev/blog/notiontoken", "forum", "other", "other",
 "どうやら、前回にNotion DBのトークンを更新していた際にタイポしてたっぽいのが原因だった。\n本当にタイポでのエラーってなくならないよね。。。。", False, "ja"),
("https://blog.openreplay.com/ja/api-keys-repo", "forum", "other", "none",
 "API キーがリポジトリに含まれてしまった場合の対処法\nGitHub にコードをプッシュした直後、API キーも一緒にアップロードしてしまったことに気づく。GitHub からアラートが届いたかもしれません。GitGuardian からメールが来たかもしれません。", False, "ja"),
# --- Korean ---
("https://www.minzkn.com/vibecoding/pages/api-key-management.html", "forum", "other", "other",
 "사례 1: GitHub 커밋으로 변동,000 청구\n\n한 개발자가 실수로 OpenAI API 키를 GitHub에 커밋. 자동화된 봇이 키를 스캔하여 24시간 내에 변동,000 상당의 토큰을 사용했습니다.", True, "ko"),
("https://www.minzkn.com/vibecoding/pages/api-key-management.html", "forum", "other", "other",
 "사례 2: .env 파일이 Docker 이미지에 포함\n\n.env 파일을 .dockerignore에 추가하지 않아 Docker Hub에 공개 이미지로 푸시됨. 48시간 후 OpenAI API 한도 초과로 서비스 중단.", True, "ko"),
("https://www.minzkn.com/vibecoding/pages/api-key-management.html", "forum", "other", "none",
 "API 키 관리\n\nLLM API 키를 안전하게 관리하고 유출을 방지하는 완벽한 보안 가이드", False, "ko"),
("https://koder.ai/ko/blog/api-ki-boan-mobeomsarye-biyong-sonsil-bangji", "forum", "other", "none",
 "API 키는 소프트웨어가 다른 서비스와 대화할 때 사용하는 “비밀번호”입니다. 길고 무작위처럼 보이지만, 각 키 뒤에는 유료 리소스에 대한 직접 접근 권한이 있습니다.", False, "ko"),
# --- Russian ---
("https://mngb.ru/kompyuter/38/kak-skrit-token-bota-telegram-na-github", "forum", "other", "other",
 "Публикация исходного кода Telegram-бота на GitHub без надёжного скрытия токена – это прямая угроза безопасности.", False, "ru"),
("https://mngb.ru/kompyuter/38/kak-skrit-token-bota-telegram-na-github", "forum", "other", "other",
 "Если токен попадёт в открытый доступ, злоумышленник может получить контроль над ботом или использовать его для рассылки спама от вашего имени.", False, "ru"),
# --- first-person and witnessed leaks (en) ---
("https://anishgandhi.com/bubble-security-api-best-practices", "forum", "other", "other",
 "These API calls are not secure. Let me explain how.\n- This API call, endpoint URL, and all its tokens (Client ID, Client Secret, Authentication token, refresh token, etc.) are visible on the developer console on each page load of the bubble.io application. It doesn’t matter if I am using this API call or not. It will be visible to logged-out users (Unauthorised users) as well on any page load.", True),
("https://redlib.librenode.com/r/vibecoding/top", "forum", "other", "none",
 "Real API Key Disasters I've Witnessed:\n* A developer pushed AWS keys to GitHub at 9pm. By 7am, they had a $4,800 bill from someone spinning up servers to mine crypto\n* An indie dev had their entire image generation quota used up in 3 hours after exposing a Midjourney API key\n* A startup leaked database credentials in Docker config files, resulting in their entire user table being stolen", True),
("https://redlib.librenode.com/r/vibecoding/top", "forum", "other", "none",
 "Your API keys are not passwords, and treating them like they are will get you in trouble. Fast.\nThe key difference: Passwords are for humans. API keys are for machines.", False),
("https://redlib.librenode.com/r/vibecoding/top", "forum", "other", "none",
 "What's your biggest \"oh crap\" security moment been? I promise whatever it is, I've seen worse.", False),
("https://autokaam.com/tutorials/cloudflare-api-token-gotchas-that-bit-me/", "forum", "other", "other",
 "Cloudflare API Token Gotchas: The PUT That Wiped Mine Twice\nThree real failures: the self-update that drops scopes, the wrangler auth error nobody explains, and a leaked secret.", True),
("https://autokaam.com/tutorials/cloudflare-api-token-gotchas-that-bit-me/", "forum", "other", "other",
 "A token that worked yesterday throws Authentication error [code: 10000] today. Nothing rotated. Nobody touched the dashboard. Your CI deploy was green on Monday and red on Tuesday with the same secret in the same env var.", False),
("https://www.elegantsoftwaresolutions.com/blog/supabase-api-key-exposure-2026", "forum", "other", "other",
 "The numbers Wiz documented: 1.5 million API authentication tokens, 35,000 user email addresses, and 4,060 private conversations", True),
("https://www.elegantsoftwaresolutions.com/blog/supabase-api-key-exposure-2026", "forum", "other", "other",
 "Here's the part that matters for you, because it's the exact stack vibe coders use: the app was built fast, the Supabase key was hardcoded into the front-end JavaScript, and Row Level Security was never turned on. That combination is what blew the doors off.", False),
("https://shipwithai.io/blog/npm-token-leaked-response/", "forum", "other", "other",
 "What you do in the next 60 minutes determines whether this is a 1-hour inconvenience or a 1-week incident. I’ve been through this twice. The first time I panicked and force-pushed. It made everything worse. The second time I followed this runbook. Contained in 45 minutes.", True),
("https://shipwithai.io/blog/npm-token-leaked-response/", "forum", "other", "other",
 "You just got a GitHub notification that your npm token was found in a public commit. Or you ran git log and saw your AWS key in plaintext. Or GitHub Secret Scanning just emailed you.\nYour heart rate spikes. That’s normal.", False),
("https://hoop.dev/blog/the-critical-danger-of-api-token-leaks-and-how-to-stop-them", "forum", "other", "none",
 "Buried in a public repo, tucked within a config file, it opened a door to everything that should have been locked. One token. Full compromise. No alarms. No alerts.", True),
("https://signalovernoise.at/insights/2026-02-02-moltbook-api-leak", "forum", "other", "other",
 "150,000 API Keys Leaked. Anyone Surprised?\n\nsecurityapi-keysmoltbook\n\nMoltbook leaked 150,000 API keys this week. OpenAI keys, Anthropic keys, Google keys—the full buffet. Some users are reporting thousands of dollars in unauthorized usage before they noticed.", True),
("https://signalovernoise.at/insights/2026-02-02-moltbook-api-leak", "forum", "other", "other",
 "Rotate your keys now if you’ve used Moltbook. Then think harder about which tools actually need direct API access versus which could work with more limited permissions.", False),
# --- reports of keys found public (Docker Hub, GitHub) ---
("https://www.kaspersky.com.au/blog/tokens-on-github/22383/embed/", "forum", "other", "other",
 "GitHub key leaks and how to prevent them\n\nHundreds of thousands of tokens and cryptographic keys have been discovered on GitHub. We explain why this is bad and how to avoid a leak.", True),
("https://docs.gostoa.dev/blog/page/5", "forum", "other", "other",
 "This isn't a theoretical risk. GitHub scans over 100 million commits per day and finds thousands of valid secrets — API keys, database passwords, cloud credentials. Most of them were \"removed\" by developers who thought deleting the line was enough.", True),
("https://techedgedaily.com/your-docker-containers-are-leaking-sensitive-data-right-now/", "forum", "other", "other",
 "Our analysis of 50,000 public Docker images on Docker Hub found hardcoded credentials in roughly 7% of them. AWS keys, Slack tokens, and database passwords appeared in Dockerfiles because developers ran commands like this:", True),
("https://www.cleanstart.com/blogs/over-10-000-docker-hub-images-exposed-credentials-why-it-happened-and-how-cleanstart-prevents-it-at-the-source", "forum", "other", "other",
 "Security researchers recently identified more than 10,000 Docker Hub images containing exposed credentials, including API keys, cloud access tokens, and private encryption keys. These exposures are not isolated developer errors.", True),
("https://safeguard.sh/resources/blog/docker-hub-exposed-secrets-at-scale-2024", "forum", "other", "other",
 "Docker Hub Exposed Secrets at Scale 2024\n\nResearchers keep finding valid AWS, GitHub, and cloud credentials baked into public Docker Hub images. What the 2024 data shows and how to stop shipping secrets.", True),
("https://www.bleedwatch.com/research/anatomy-docker-cicd-aws-killchain", "forum", "other", "other",
 "We caught it on a Tuesday afternoon. A scan job promoted a Docker layer secret to critical in a customer's tenant, and forty minutes later the same string showed up in a GitHub Actions audit row, and twelve minutes after that it correlated to a production AWS role with iam:* on three accounts.", True),
("https://www.bleedwatch.com/research/anatomy-docker-cicd-aws-killchain", "forum", "other", "other",
 "Stage 1 — Layer 4 of a public image\nThe artifact was acme/api:prod-2026-05-01, public on Docker Hub. Layer 4 added ENV AWS_ACCESS_KEY_ID=AKIA...REDACTED. Layer 7 added ENV AWS_SECRET_ACCESS_KEY=.... Classic mistake, but not the interesting part — what matters is where it fell out of the engineer's mental model.", True),
("https://cloudnativenow.com/contributed-content/fresh-secrets-from-the-docks-what-15-million-docker-images-taught-us-about-cloud-security", "forum", "other", "other",
 "Our deep dive into 15 million public DockerHub images yielded over 100,000 valid, exploitable secrets—many belonging to major enterprises.", True),
("https://nhimg.org/?p=4236", "forum", "other", "other",
 "The research revealed that tens of thousands of Docker container images hosted on Docker Hub contain confidential secrets, including private cryptographic keys and API credentials. These exposures dramatically increase the attack surface for modern applications and the infrastructure that depends on them.", True),
("https://nhimg.org/?p=6017", "forum", "other", "other",
 "GitGuardian’s The State of Secrets Sprawl 2025 found around 100,000 valid secrets in public Docker images, with ENV instructions accounting for 65% of container secret leaks.", True),
("https://ghostcred.io/blog/docker-images-leaking-secrets-embedded-credentials", "forum", "other", "other",
 "Your Git history gets a lot of attention when teams think about leaked secrets. Your .env files get a mention in onboarding docs. But Docker images? They quietly accumulate secrets across build layers, get pushed to registries, and sit there — sometimes publicly — while everyone assumes the container runtime is an abstraction layer that protects them.", False),
# --- forum / Q&A near misses ---
("https://axebps-redlib.hf.space/r/MailChimp?after=t3_1j499xy", "forum", "other", "other",
 "How realistic is this scenario?\nI’m exploring what communities virtual API keys (subkeys) make sense or don't (feel free to invalidate!).\nBelow is a hypothetical scenario, is it realistic? Is there a better use case for mailchimp API consumers? Any feedback much appreciated 🙏", False),
("https://axebps-redlib.hf.space/r/MailChimp?after=t3_1j499xy", "forum", "other", "other",
 "- Security Nightmares: That single API key had full account access. If it leaked—say, through a misconfigured tenant script—we’d be exposed.", False),
("https://axebps-redlib.hf.space/r/MailChimp?after=t3_1j499xy", "forum", "other", "other",
 "- No Tenant Isolation: When Tenant A’s sync spiked API calls (think 10k/day from a bad loop), it hit Mailchimp’s rate limits (10 simultaneous connections, 120-second timeouts) and throttled everyone. We got 429 errors across the board, and customers were livid.", False),
("https://redlib.felix.onthewifi.com/r/googlecloud/top", "forum", "other", "other",
 "I have no idea why I received this email. Can someone explain why? I don't do anything with Google Cloud related to API's or anything else they mention.\nAssuming the email is legit from Google Cloud support, why did I get it?", False),
("https://forum.bubble.io/t/security-question-with-streaming/370632", "forum", "other", "other",
 "However I have a security question as I am not a security expert and want to avoid to show my API Keys in the front end to end users.", False),
("https://forum.bubble.io/t/security-question-with-streaming/370632", "forum", "other", "other",
 "I don’t think stream call are differents. Normally, the API call will be processed server side so there’s no security problem there. However, why did you select Shared header instead of Authentication: Private key in header?", False),
("https://forum.bubble.io/t/security-question-with-streaming/370632", "forum", "other", "other",
 "Even if looking for the API call with developers tools in my browser, I won’t be able to find the Header of the request and the API key?", False),
("https://forum.bubble.io/t/security-how-to-manage-api-tokens-on-bubble/311137", "forum", "other", "other",
 "Security: How to manage API Tokens on Bubble\n\nHi all, Wesley from Flusk here :wave:t3:\n\nToday I’d like to share with you some insights, tips and tricks about Bubble API Tokens, that can be way more dangerous than what people use to think.", False),
("https://iot.stackexchange.com/questions/1455/what-is-the-auth-token-in-blynk/1456", "forum", "other", "other",
 "What is mean by the 'auth token'? Why is it required for Blynk to function correctly?", False),
("https://iot.stackexchange.com/questions/1455/what-is-the-auth-token-in-blynk/1456", "forum", "other", "other",
 "A more generic rundown on token based authentication can be found on Stack Overflow, which might be useful for context. Essentially, treat it as a 'username and password in one' for your device, and make sure it's kept safe, otherwise you'll have security problems.", False),
("https://community.blynk.cc/t/change-arduino-with-esp8266-credentials-with-droidterm/3666", "forum", "other", "other",
 "Screenshot above of DroidTerm running on my Samsung S3 phone to change the Blynk access credentials of the connected Arduino (with ESP8266). You can change the routers SSID, password and Blynk token details without having access to the Arduino sketch.", False),
("https://community.fly.io/t/dashboard-auth-improvements-yeet-nasty-logouts/19578", "forum", "other", "other",
 "We were aware our auth system was flaky sometimes and that was specially bad when you want to do things like fly launch and tweak settings so we spent some time figuring the rough edges and today we shipped those changes to y’all!", False),
("https://community.fly.io/t/org-scoped-tokens/13194", "forum", "other", "other",
 "The tokens fly auth token gives you are terrifying and it’s not fun to use them. Deploy tokens are cool, because they help make access tokens less scary by scoping the token to an app.", False),
("https://meta.codidact.com/posts/289192", "forum", "other", "none",
 "What should I do when I come across PII in a post?\nSometimes, posts can accidentally contain personal information that shouldn't be out on the internet, such as real names, real IP addresses, home addresses, or other pieces of PII (Personally Identifiable Information).", False),
# --- guides and hypotheticals (near misses) ---
("https://www.datahogo.com/en/blog/exposed-api-key-github-fix", "forum", "other", "none",
 "Exposed API Key on GitHub — Fix It Now | Data Hogo\nExposed API key on GitHub? Revoke the key first — every second counts. Then remove it from git history. Provider URLs and git filter-repo commands included.", False),
("https://tryguardian.dev/blog/github-token-leak", "forum", "other", "other",
 "The mental model most founders carry is that pushing to a private repo means the token inside is private. It is not. There is no such thing as a 'private commit' the moment your token hits any remote that another human or service ever touches.", False),
("https://www.fixwikihub.com/articles/security-api-key-leaked-public-github-repository", "forum", "other", "none",
 "Accidentally committing API keys, tokens, or secrets to a public GitHub repository is one of the most common security incidents.", False),
("https://smartscope.blog/en/Tips/GitHub/github-secrets-exposure-recovery/", "forum", "other", "none",
 "Complete Recovery Guide When Secrets Are Accidentally Pushed to GitHub¶\nPublic repositories are scanned by bots within minutes\nWhen secrets are exposed on GitHub, immediate action is required.", False),
("https://www.clrn.org/how-to-change-discord-token", "forum", "other", "other",
 "These tokens are essentially cryptographically-signed strings, acting as a form of bearer authentication. If compromised or suspected of being compromised, immediate revocation and regeneration are paramount for maintaining account security.", False),
("https://olimpio.io/blog/github-repository-exposed-secrets-security-guide", "forum", "other", "none",
 "It happens more often than most developers admit. A repository created as private, accidentally set to public during a settings change or organisation migration. A .env file committed before .gitignore was configured.", False),
("https://repo-guard.com/id/blog/secrets-in-public-repos", "forum", "other", "none",
 "Once a secret hits a public repo, treat it as compromised. Bots continuously scan the public event stream of GitHub and can find a fresh key within minutes.", False),
("https://sden.ai/learn/ai/shipping-secure-apps/secrets-and-api-keys", "forum", "other", "none",
 "Already leaked? Rotate it: you can't un-leak.\nIf a secret has been in client code, a public repo, a log, or a chat, it is burned.", False),
("https://vibe-code-fix.pages.dev/glossary/secret-in-client", "forum", "other", "none",
 "A secret in the client bundle means an API key, database password, or signing token got baked into JavaScript that ships to the browser. Every visitor can open devtools, find it in the Network or Sources tab, and use it.", False),
("https://www.deploydoc.com/guides/secret-leaked-frontend-bundle", "forum", "other", "none",
 "Symptoms\n- Suspicion that a server-only key (Stripe sk_, Supabase service_role) was given a public prefix.\n- Security scanner flagged exposed credentials.\n- API quota burning faster than expected — abuse from leaked key.", False),
("https://globalgrades.com/course/AI-Driven-DevOps-on-AWS-Accelerate-Innovation-and-Automation/lessons/1696/read", "forum", "other", "none",
 "This is not a rare edge case. It happens to experienced developers at large companies regularly. The good news is that it is entirely preventable.", False),
("https://resourcecentral.online/how-to-remove-api-keys-from-git-history", "forum", "other", "none",
 "How to remove API keys from Git history is something most developers only search after the panic has already set in. You committed a .env file, pushed to GitHub, and then realised what you'd done.", False),
("https://vibeguard.live/blog/vibe-coded-app-leaks-secrets", "forum", "other", "stripe",
 "You just shipped your app. The landing page looks great, the API works, users are signing up. Life is good.\nMeanwhile, your Stripe secret key is sitting in your JavaScript bundle, visible to anyone who opens DevTools.", False),
("https://llmbestpractices.com/ops/secrets-and-env", "forum", "other", "none",
 "A secret is any value that grants access if leaked; keep it on the server, out of git, and inside a platform secret store.", False),
("https://www.cyprianaarons.xyz/writing/fixes/launch-ready/fix-launch-ready-exposed-api-keys-missing-auth-framer-webflow-ai-chatbot-product-cyber-security", "forum", "other", "none",
 "If I see exposed API keys and missing auth in a Framer or Webflow AI chatbot product, I assume two things immediately: the app is already at risk, and the founder may not realize how much damage is possible yet.", False),
("https://docs.formbee.dev/docs/securing%20your%20api%20key/How%20To%20Protect%20Your%20API%20Key", "forum", "other", "other",
 "Why do we need to protect our API key?\nYour API key is like a password to your formbee usage. If a malicious user gets access to your api key, they could spam the API resulting in your usage being wasted.", False),
("https://sopheraconsulting.com/en/blog/credential-hygiene-no-code-automatisierung", "forum", "other", "other",
 "A contractor left six months ago. His Google account still runs your invoicing.\nWe see this exact situation more often than any other, and it never starts as a security problem.", False),
("https://www.twilio.com/blog/protect-phishing-auth-token-fraud", "forum", "other", "other",
 "Someone who steals your Twilio auth token can use your account as you, doing whatever they want with no repercussions. Fraudsters can make calls, send messages using your trusted identity, download logs, or change the URL settings of your Twilio phone numbers.", False),
("https://developers.cloudflare.com/fundamentals/api/how-to/roll-token/", "forum", "other", "other",
 "Roll tokens\nIf your token is lost or compromised, you can either create a new token or roll your token to generate a new secret.", False),
("https://flarestart.com/article/i-accidentally-pasted-a-password-or-api-key-what-to-do-next-20260409", "forum", "other", "none",
 "I Accidentally Pasted a Password or API Key — What to Do Next\nTake a breath. This happens to senior engineers, security people, and everyone in between.", False),
("https://howtorotate.com/docs/tutorials/sendgrid", "forum", "other", "other",
 "Replace the Leaked Sendgrid API Key\nReplace the leaked Sendgrid API Key with the new one in all impacted applications and services.", False),
("https://safetoship.dev/leaked/sendgrid-api-key", "forum", "other", "other",
 "My SendGrid account got suspended after the leak. What now?\nOpen a support ticket explaining the rotation. SendGrid suspends accounts on detected abuse to protect deliverability.", False),
("https://www.apiskey.online/?p=46", "forum", "other", "none",
 "An API key is not just a string — it’s direct access to your application’s power, data, and billing. Exposed API keys are one of the most common causes of API abuse, unexpected charges, and account bans.", False),
("https://www.binance.com/hi/blog", "forum", "other", "other",
 "The Silent Drain – API Key Exploits Explained\nAPI keys can grant powerful account access without triggering login alerts, making them targets by scammers today.", False),
# --- auth-failure troubleshooting near misses ---
("https://wordathemes.com/cloudflare-api-authentication-error-10000/", "forum", "other", "other",
 "Addressing Cloudflare API Authentication Error 10000: A Step-by-Step Guide\n\nEncountering a Cloudflare API Authentication Error 10000 can be incredibly frustrating. This vague but disruptive error prevents you from managing your Cloudflare configurations and initiating key DNS changes.", False),
("https://feedthebees.beemaster.ca/Documentation/CloudflareApiAuthentication", "forum", "other", "other",
 "The Comserv2 application has been updated to handle these authentication issues in the following ways:\n- Enhanced Error Handling: Improved error messages for authentication failures with specific guidance based on the error type", False),
("http://www.bqtyf.cn/networking/understanding-and-resolving-cloudflare-api-error-10000-in-pr-1765858957.html", "forum", "other", "other",
 "The Cloudflare API error 10000 often manifests as a generic failure response when attempting to perform API operations, such as updating DNS records, purging cache, or modifying zone settings.", False),
("https://credbridge.vercel.app/blog/oauth-token-expiry-alerts-automation", "forum", "other", "none",
 "At some point in every automation builder's career, a client sends a message that goes something like this: \"Hey, the reports haven't come in for three days. Everything okay?\"", False),
("https://peaktrendsus.blogspot.com/2026/06/fix-n8n-http-request-401-error-oauth2.html", "forum", "other", "other",
 "Expired OAuth2 tokens cause HTTP Request nodes in n8n to return 401 Unauthorized and halt workflows.", False),
("https://workflowtipster.top/?p=15790", "forum", "other", "other",
 "A Notion webhook 401 unauthorized error happens when your request reaches a server that expects authentication, but the credentials you sent are missing, malformed, expired, or mismatched for that workspace and target resource.", False),
("https://wisechecker.com/resolve-notion-api-token-revoked-error/", "forum", "other", "other",
 "When you see the ‘API Token Revoked’ error in Notion, your integration or API key can no longer authenticate with the Notion server.", False),
("https://www.fixerrorcodes.net/notion-api-error-code-unauthorized-fix/", "forum", "other", "other",
 "The Notion unauthorized error (also known as error 401) occurs when your API integration loses access to a Notion page or workspace, typically due to an invalid bearer token or removed integration permissions.", False),
("https://errorscan.org/brand/notion/workspace-api/error/unauthorized", "forum", "other", "other",
 "Notion rejected the request due to missing or invalid bearer token.", False),
]
