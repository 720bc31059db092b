# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 286 (mine-expo5): exposure described in words, second half -- Chinese issue
# threads about drained OpenAI balances, forum-voice web pages (a blog post, product
# and guide pages, a Russian freelance post), and a few more English issues; all from
# threads and pages no earlier batch used (URLs grepped against tools/real/*.py).
# Positives: usage-led suspicion in Chinese ("用了这个docker之后，为什么我的open ai API
# key提示泄露了？" -- the key was reported as leaked after using a Docker image; "key 泄漏了吧"
# -- "your key leaked, I guess"; "这个工具盗key" -- "this tool steals keys"; "这就是个API key
# 收集器 ... 账号余额里的钱都被人撸完了" -- "it's an API key collector ... someone drained the
# balance"), an English "API was stolen, 10$" with "I suspect that the developers ... have
# stolen my API", a blog post "Someone is using my Google Maps API Key ... I suspect
# someone is stealing my API Key"; third-party reports ("Your api_key is compromised in
# the setting.json file", a scanner's "it looks like an API key got committed to this
# repo, and it's still active" on cc-skills), a weather watch-face maintainer finding the shared
# OpenWeatherMap key abused by another app ("I believe this is due to abuse of the API
# key ... I may be forced to disable to existing key"), a zh maintainer explaining an
# earlier ban ("之前因为把 key 暴露有人恶意刷" -- the key was exposed and abused), a reviewer's
# "Commit ... reveals a production secret", an owner's follow-up that "the committed key
# was **redacted at HEAD**", Chinese scanner notices ("邮箱 SMTP 信息泄露"), and several
# automated disclosure notices (KeyScout, "Possible leaked API key", "Exposed API
# credentials detected", a jokey "Most Public Secret" notice) -- templates repeat across
# repositories, so these rows are near-duplicates in wording.
# Hard negatives: the same Chinese threads' replies that blame an unprotected deployment
# or a brute-forced access password rather than a key ("你这个大概率被别人扫到了", "端口被人扫
# 到了而已", "不一定是key被盗了", "果然有一大堆got access code"), conditional diagnostics ("如果
# ... 那你的 key 一定是泄露了"), a balance drained overnight with no key named, a
# maintainer's "没人偷你额度" (nobody is stealing your quota); billing spikes blamed on the
# writer's own retry loops (errorzap, metaltorque, wastedtokens), a generic "runaway API
# bills" note listing "a leaked key" as one cause, marketing and guide pages in
# hypothetical voice (an unrestricted Maps key "can simply copy your key", "a whopping
# invoice ... for thousands of API calls you never made", Twilio SMS-pumping page,
# frontend-secrets guide, "Is it safe to expose Firebase apiKey"), a Hacker News thread
# on whether API keys are secrets, questions about exposing GCP keys, AWS quarantine
# policy PRs, a Trusted Advisor alarm request, hypothetical token-regeneration requests,
# a decompiled-APK question, a shared weather key hitting "Limit reached" ("API key
# is shared by all users"), a wunderground usage-alert e-mail blamed on the vendor.
# Complaints (exposure False): the watch face's weather no longer updating ("Either the
# key expired or the API changed"), Breezy Weather's "Limit reached" after one use.
# Doubts: the fl.ru post (ru, mixed with Google's English recommendation) reports
# "несанкционированное (?) использование" -- unauthorized (?) use -- of Maps from the
# writer's own site and never says a key got out: labelled False; emvuys's bare "key 泄漏了
# 吧" is a guess, labelled True on its words; Sen-CaPoo's zh-Hant reply is tagged 'zh'. Language tags:
# zh, ru. No chat rows (no unused chat export on this topic was found).
ROWS = [
('https://github.com/ChatGPTNextWeb/NextChat/issues/1134', 'issue', 'other', 'other', "[Bug] 用了这个docker之后，为什么我的open ai API key提示泄露了？", True, 'zh'),
('https://github.com/ChatGPTNextWeb/NextChat/issues/1134', 'issue', 'other', 'none', "自己看看是不是存 github 去了", False, 'zh'),
('https://github.com/ChatGPTNextWeb/NextChat/issues/1134', 'issue', 'other', 'none', "我一直在用，没有出现这种情况", False, 'zh'),
('https://github.com/ChatGPTNextWeb/NextChat/issues/518', 'issue', 'other', 'none', "[余额飞跑]\n**描述问题**\n一晚上就这样挂着，啥也没干，余额就消费了6刀。按理说6刀可以恢复很多次对话了。", False, 'zh'),
('https://github.com/ChatGPTNextWeb/NextChat/issues/518', 'issue', 'other', 'none', "有没有加密码啊，会不会被别人用了", False, 'zh'),
('https://github.com/ChatGPTNextWeb/NextChat/issues/518', 'issue', 'other', 'none', "key 泄漏了吧", True, 'zh'),
('https://github.com/ChatGPTNextWeb/NextChat/issues/518', 'issue', 'other', 'other', "去 openai 官网查看你的 api key 消费记录，如果你的 token 每小时都有消费，并且每次都消耗了上万 token，那你的 key 一定是泄露了，请立即删除重新生成。\n\n不要在乱七八糟的网站上查余额。", False, 'zh'),
('https://github.com/ChatGPTNextWeb/NextChat/issues/518', 'issue', 'other', 'other', "通过上述两个方法就可以定位到你的 token 被快速消耗的原因：\n- 如果 openai 消费记录异常，但是 docker 日志没有问题，那么说明是 api key 泄露；\n- 如果 docker 日志发现大量 got access code 爆破记录，那么就是密码被爆破了。", False, 'zh'),
('https://github.com/ChatGPTNextWeb/NextChat/issues/518', 'issue', 'other', 'none', "果然有一大堆got access code。这个key是废了。哭死。。。", False, 'zh'),
('https://github.com/Chanzhaoyu/chatgpt-web/issues/1275', 'issue', 'other', 'none', "大家千万别用，这个工具盗key，我1号就发现使用了2美金，我马上改了KEY ，KEY就只填写到了这个上面\n大家千万别用，这个工具盗key，我1号就发现都没使用既然消费了1.2美金，我马上改了KEY ，KEY就只填写到了这个上面，首先我有PULS会员，我根本就没用KEY，5号我上后台发现既然每天都在消费1-2美金左右，6号我把我KEY又换掉没填这个上面6号消费为0.01，所以我很肯定是这个盗KEY。", True, 'zh'),
('https://github.com/Chanzhaoyu/chatgpt-web/issues/1275', 'issue', 'other', 'none', "我没有这个情况，不过以防万一，到时候仔细看看项目源码。\n\n我猜，你这个大概率被别人扫到了。\n\n你网站是否设置了复杂的密码？网页title的有没有修改？", False, 'zh'),
('https://github.com/Chanzhaoyu/chatgpt-web/issues/1275', 'issue', 'other', 'none', "我盗你 key ，何必呢？源码全在这，你自己看下不行吗？\n\nP.S. 端口被人扫到了而已，`README` 说的清清楚楚设置访问密钥，修改 `title`", False, 'zh'),
('https://github.com/Chanzhaoyu/chatgpt-web/issues/1275', 'issue', 'other', 'none', "你网站有设权限验证吗，没有的话就算没发给过别人也有可能被扫到然后拿去用，我的设了密码所以目前倒是没这情况", False, 'zh'),
('https://github.com/lobehub/lobehub/issues/956', 'issue', 'other', 'other', "这就是个API key收集器\n前几天部署了这个东西，一直没用。昨天登陆platform.openai.com一看，发现账号余额里的钱都被人撸完了。这作者实在太缺德！", True, 'zh'),
('https://github.com/lobehub/lobehub/issues/956', 'issue', 'other', 'none', "请确认是否是你没有设置密码，被恶意攻击的人利用了。 本项目没有存在任何后门的", False, 'zh'),
('https://github.com/lobehub/lobehub/issues/956', 'issue', 'other', 'other', "我使用該專案一陣子，並且也進行了大量的客製化調整，對專案代碼也看了數十小時以上，基本上不存在偷 KEY 的內容；請確保自己佈署的環境，以及環境設定檔是否有外洩的狀況，另外如果使用 OpenAI 也可以去他們的後台查看到底呼叫了哪些項目導致費用產生，說不定真的只是自己大量使用某些功能導致費用。", False, 'zh'),
('https://github.com/lobehub/lobehub/issues/956', 'issue', 'other', 'none', "不能上来就抹黑啊。\n一定要设好密码，要不然很容易被爬虫爬去地址，不一定是key被盗了，倒是有可能被盗用。\n最开始有一个项目没有设密码的功能，不少人都被盗用了。", False, 'zh'),
('https://github.com/MuiseDestiny/zotero-gpt/issues/351', 'issue', 'other', 'other', "API was stolen, 10$ !!!!!!!!!!\n\nSince I used this plugin two days ago, my API usage has skyrocketed, and I was playing games yesterday and didn't use the API at all.\nIf it's not your official problem. Please investigate it carefully!!! I suspect that the developers of Zotero Chinese have stolen my API.", True),
('https://github.com/MuiseDestiny/zotero-gpt/issues/351', 'issue', 'other', 'none', "请关闭插件 自行检查在哪里调用流失的额度。没人偷你额度。也请你尽快删除你配置的密钥，避免进一步的损失。", False, 'zh'),
('https://github.com/ozio/tinypng/issues/1', 'issue', 'other', 'other', "compromised API key\nHello, \nYour api_key is compromised in the setting.json file.\nI don't know if this was done on purpose. But since the api_key is not included in the initial commits, I supposed that it was included by accident.", True),
('https://github.com/GoogleCloudPlatform/stackdriver-errors-js/issues/9', 'issue', 'other', 'other', "Question: Security Concern of Exposing GCP API Key\nIs there a way to securely expose GCP API key to public?\nThere doesn't seem to be an option to limit service access on the level of per API key.", False),
('https://github.com/govuk-paas/paas-cf/pull/2720', 'issue', 'other', 'other', "Update to include new AWS quarantine policy\nWhat\n----\n\nAWS have started to use \"AWSCompromisedKeyQuarantineV2\" on compromised\nkeys, this commit updates our logic to take account of encountering this\nor the previous policy when runningundertaking matches.", False),
('https://github.com/aws-samples/aws-customer-playbook-framework/pull/13', 'issue', 'other', 'other', "Update Compromised_IAM_Credentials.md\nhttps://repost.aws/knowledge-center/potential-account-compromise. AWSExposedCredentialPolicy_DO_NOT_REMOVE is not used in compromise by AWS anymore. Update to AWSCompromisedKeyQuarantineV2 which is applied to an identity if a key is found in the public.", False),
('https://github.com/mapbox/DEPRECATED-patrol-rules-aws/issues/88', 'issue', 'other', 'other', "Alarm on exposed access keys\nTrusted Adviser is able to report whether an AWS Access Key has been exposed / publicly leaked.", False),
('https://github.com/openziti/zrok/issues/191', 'issue', 'other', 'none', "Generate New Secret Token\nif I mistakenly expose my secret token, i'd like to be able to regenerate it.", False),
('https://github.com/line/centraldogma/pull/1340', 'issue', 'other', 'none', "Allow regenerating the secret of an application token\nMotivation:\n\nWhen the secret of an application token is leaked, the only remedy has been to\ndeactivate or delete the token and create a new one.", False),
('https://github.com/kristijandraca/BackgroundMailLibrary/issues/13', 'issue', 'other', 'none', "Security Issue\nYour code seems to use hard coded username and password. Is this currently a security risk (meaning, have the apk's that get uploaded to the market been decompiled)", False),
('https://github.com/warmsound/crystal-face/issues/187', 'issue', 'complaint', 'other', "Weather is not updating\nIf you look at the [reviews](https://apps.garmin.com/en-US/apps/9fd04d09-8c80-4c81-9257-17cfa0f0081b) it looks like it's happening for everyone. I assume something went bad with the API. Either the key expired or the API changed.", False),
('https://github.com/warmsound/crystal-face/issues/187', 'issue', 'other', 'other', "Thank you for reporting and investigating this. I believe this is due to abuse of the API key, by using it to call the OpenWeatherMap One Call API, which does not fall under the Open Source allowances. I have not been able to track down the culprit app, so I may be forced to disable to existing key, and release a new version of Crystal that uses a new key.", True),
('https://github.com/xiaweizi/SimplicityWeather/issues/5', 'issue', 'other', 'other', "之前因为把 key 暴露有人恶意刷直接导致我被封号，费了半天劲才解封，所以就把 key 跟注释掉了，你可以到高德上自己注册开发者账号，添加应用后替换项目中的 key 就好了", True, 'zh'),
('https://github.com/breezy-weather/breezy-weather/issues/405', 'issue', 'complaint', 'other', "OpenWeather API says \"Limit reached\" after 1 use\nNot sure whether this has been issued here already.\nRight after adding an OpenWeather source there is already the error message that the limit was reached. This can't be true, because I hardly used it at all (=1 time, some seconds ago).", False),
('https://github.com/breezy-weather/breezy-weather/issues/405', 'issue', 'other', 'none', "API key is shared by all users, that's why we suggest to use your own key to have your own limit.", False),
('https://github.com/n0bel/PiClock/issues/28', 'issue', 'other', 'other', "wunderground API usage alert\nHi kevin\nhave you got these before from wu email  \"wunderground API usage alert\"\n\ni have mine and 3 other people i have built clocks for all over 12 months\nno updates or changes at all and we all got the emails\nany ideas  i think its a WU issue", False),
('https://github.com/terrylica/cc-skills/issues/89', 'issue', 'other', 'other', "[Security] Your minimax API key was committed to this repo\nHey! Just a heads-up -- I ran a scan and it looks like an API key got committed to this repo, and it's still active.\n\n### What's the risk?\n\nThe key is still live -- anyone who comes across it can use it, burning through your credits or quota.", True),
('https://github.com/terrylica/cc-skills/issues/89', 'issue', 'other', 'none', "Reopening: this was auto-closed by a closing-keyword match in a release commit body, not intentionally.\n\nStatus: the committed key was **redacted at HEAD** in v22.16.1", True),
('https://github.com/larymak/ToDo-list-App/issues/6', 'issue', 'other', 'none', "Commit e4ae7c5f70de0762f23e976d019cb9e522faea7f\nreveals a production secret.\nAlthough it's later obscured in commit c25a1c62e342a6ad82f2ffb68e343a6b295a865c, it's still present in the commit history and can be found by someone who was looking to misuse it.", True),
('https://github.com/AdaXH/blog/issues/2', 'issue', 'other', 'other', "安全漏洞提醒\n漏洞类型：邮箱 SMTP 信息泄露\n\n漏洞等级：高\n\n漏洞危害：任何人可以通过 SMTP 账号密码收发邮件，进而通过邮箱重置其他平台密码\n\n解决方案：重置 SMTP 密码并检查邮箱是否有敏感信息泄露（请勿只修改代码，历史版本库依旧可见）", True, 'zh'),
('https://github.com/AdaXH/blog/issues/2', 'issue', 'other', 'none', "fixed", False),
('https://github.com/QIN2DIM/V2RSS/issues/3', 'issue', 'other', 'other', "安全漏洞提醒\n漏洞类型：邮箱 SMTP 信息泄露\n\n漏洞等级：高\n\n解决方案：重置 SMTP 密码并检查邮箱是否有敏感信息泄露（请勿只修改代码，历史版本库依旧可见）", True, 'zh'),
('https://github.com/togethercomputer/together-cookbook/issues/48', 'issue', 'other', 'other', "Your TogetherAI key is exposed! 🙈\nDear Repository Owner,\n  \n  🚨 CONGRATULATIONS! 🎉 \n  \n  You've won our \"Most Public Secret\" award! Your TogetherAI API key has achieved celebrity status and is now more exposed than a Windows XP machine in 2025!", True),
('https://github.com/ruvnet/RuVector/issues/480', 'issue', 'other', 'other', "[Security] Exposed API credentials detected — please revoke immediately\n## [Security Notice] Exposed API Credentials Detected\n\nHello! This is a **responsible disclosure** notification.\n\nAn automated scanner found what appears to be an exposed **Google API** API key committed to this repository.", True),
('https://github.com/anderlli0053/DEV-tools/issues/394', 'issue', 'other', 'other', "Security: Exposed API Key Detected (google)\n### Details\n\n| Field | Value |\n|-------|-------|\n| **File** | `bucket/winxp-sp3-private.json` |\n| **Key Type** | Google AI Key Literal |\n| **Severity** | HIGH |\n| **Cost Risk** | Gemini API, Maps, Cloud services. Variable cost risk. |", True),
('https://github.com/114514ggb/ATRI-bot/issues/3', 'issue', 'other', 'other', "[Security Alert] Exposed API key(s) detected: Google API Key\nHi,\n\nAn automated responsible-disclosure scan found pattern(s) matching the following API key type(s) in this file:", True),
('https://github.com/Coff0xc/Github-API-scan/issues/2', 'issue', 'other', 'other', "Possible leaked API key in this repository\nHi — an automated scan found what looks like a live **GitHub (classic PAT)** API key committed to this repository at:\n\n- path: `config.py`\n\nThe scanner did **not** validate the key against the vendor's API — validating someone else's credential would be unauthorized access. Please treat the key as compromised regardless:", True),
('https://github.com/pjaguirreh/Web-Scraping-Plebiscito/issues/2', 'issue', 'other', 'other', "[Security] Exposed API credentials detected — please revoke immediately\n> This notification was sent to **help you**, before someone with bad intentions finds and uses your credentials.\n> API keys exposed in public repositories are actively targeted by malicious actors.", True),
('https://code.luasoftware.com/tutorials/google-maps/secure-api-key-for-google-maps-static-api/', 'forum', 'other', 'other', "Someone is using my Google Maps API Key\n\nI noticed my monthly Google Maps Static API Static Maps has been increasing on a monthly basis, from 30K -> 55K -> 80K (Check at Billing -> Transactions). I switched all static map request code to MapBox and realize my Google Maps Static API Static Maps didn’t decrease while my MapBox Static Images API call is only around 30K.\n\nI suspect someone is stealing my API Key and try to check for some clue at Google Maps -> Metrics and select Maps Static API from the drop down.", True),
('https://www.fl.ru/projects/5424137/restrict-api-keys.html', 'forum', 'other', 'other', "Произошло несанкционированное (?) использование Dynamic Maps SKU from the Maps JavaScript API с моего англоязычного сайта, за которое мне пришлось заплатить. Google support прислали рекомендацию, что надо сделать, чтобы избежать этого в дальнейшем. Неоходимо выполнить все их рекомендации по инструкции.", False, 'ru'),
('https://localyse.eu/?p=11325', 'forum', 'other', 'other', "What is the risk? If your API key is not strictly protected with the right restrictions (such as HTTP referrers), a malicious party or competitor can simply copy your key from the source code. They place it on a completely different domain and generate traffic there. The result? Every time their map is loaded, you pay the bill for the API usage.", False),
('https://www.mavlers.com/blog/google-maps-api-key-security-guide', 'forum', 'other', 'other', "But guess what? \n\nOn Monday morning, you wake up to a not-so-fun surprise: a whopping invoice from Google Cloud for thousands of API calls you never made. (Uh oh!)\n\nWorse? Your Maps API stops working, and your customers can’t find you.", False),
('https://errorzap.com/posts/the-api-loop-that-ran-up-the-bill-overnight/', 'forum', 'other', 'none', "The API Loop That Ran Up the Bill Overnight\n\nThe cron job ran at 11 PM. By the time I poured coffee the next morning, it had called a paid LLM API a few thousand times.\n\nNobody touched it. Nobody approved it. It just sat there in the dark, retrying, retrying, retrying — like a vending machine eating a stuck dollar bill, except the dollar bill was billable tokens.", False),
('https://intel.metaltorque.dev/cost-tracker-caught-900-overnight-api-spend-auto-capped', 'forum', 'other', 'other', "A misconfigured retry loop in our research pipeline caused one agent to hammer Claude Opus — the most expensive model tier — for six straight hours overnight. Our daily cost report, which ran once at 7 AM UTC, emailed the damage after $912.47 had already been spent.", False),
('https://wastedtokens.com/stories/1', 'forum', 'other', 'other', "I accidentally set up an infinite retry loop and burned $340 in 4 hours\nI was building a little side project with the OpenAI API. Nothing fancy, just a script that summarized Slack threads and posted them to a channel.\nI had a try/except block that was supposed to handle rate limit errors gracefully. Except I forgot to add any backoff logic.", False),
('https://generative-production.com/vibe-coding/common-traps/runaway-api-bills.html', 'forum', 'other', 'none', "Runaway API Bills\n\nA script gets stuck in a loop and calls the API a million times overnight; a misconfigured job keeps retrying a failed request; a leaked key is used by someone else. The common thread: no ceiling.", False),
('https://cloakbin.com/how-to/twilio-api-key-exposure', 'forum', 'other', 'other', "How to Prevent Twilio API Key Exposure\n\nA leaked Twilio Account SID and Auth Token lets attackers run SMS pumping fraud on your account — burning $5,000–$50,000 in 24 hours by sending verification SMS to attacker-controlled premium-rate numbers. This guide is the 5-minute lockdown.", False),
('https://vibeblame.com/guides/api-key-leaks', 'forum', 'other', 'none', "Why frontend secrets are always exposed\nFrontend JavaScript is public. Everything in your JS bundle can be read by anyone who opens DevTools -> Sources, or downloads the file directly. There is no way to hide a secret on the client side.", False),
('https://localcoder.net/is-it-safe-to-expose-firebase-apikey-to-the-public', 'forum', 'other', 'other', "Is it safe to expose Firebase apiKey to the public?\n\nWhile it may seem counterintuitive to expose a secret key to the public, the Firebase apiKey is designed to be used in this way and does not pose a security risk.", False),
]
