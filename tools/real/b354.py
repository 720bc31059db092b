# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 354 (mine-b354): ENGLISH issue threads (two rows Chinese/French) from repositories no
# earlier batch used, about integrations between two systems - Slack / GitHub / Discord OAuth
# logins and redirect URIs, Telegram and Discord bot tokens, Twilio credentials, Tuya and Anker
# clouds, Ecobee re-authorisation in Homebridge, Spotify app credentials, HubSpot API-key sunset,
# Shopify and GrowthBook webhooks, a Cloudflare tunnel in front of Home Assistant - kept with near
# misses from the same threads (maintainers explaining or asking, "My bad. I forgot to save urls.
# It works.", "this should be fixed now!", "The problem did disappear on it's own", thanks,
# root-cause write-ups, Google Drive service-account how-tos and settings tasks, a template
# message about the HubSpot API-key change, Mollie status documentation).
# Sources (issues corpus; texts copied from the thread excerpts the search returned, trimmed only):
#  growthbook/growthbook #262, sap-tutorials/Tutorials #23097, jupyter-naas/awesome-notebooks
#  #1296, jupyter-naas/drivers #338, homeassistant-apps/app-cloudflared #932,
#  thomluther/ha-anker-solix #428, slackapi/slack-skills-plugin #20 #37, pinaraf/Slacken #15,
#  healthchecks/healthchecks #604, sagi/workers-slack #28, HeemPlayz/Discord-Bot-Dashboard #3,
#  chsasank/outline-wiki-docker-compose #39, callahanrts/slack-chat #48, nashdev/jobs #162,
#  commonknowledge/leftbookclub #301, ClusterM/localtuya_rc #25, EnzoD86/tuya-smart-ir-ac #102,
#  tuya/tuya-iot-python-sdk #76, OFFLINE-GmbH/oc-mall-plugin #688, nwithan8/tauticord #169,
#  Rapptz/discord.py #7336, sahat/hackathon-starter #610,
#  whyour/qinglong #287 (zh), aimclub/GOLEM #116, onedr0p/telegram-couchpotato-bot #19,
#  eworm-de/routeros-scripts #80, jptsantossilva/BEC #8, Michael-Obele/Svelte-MiniApps-sv4 #26,
#  Max-Eee/NeoPass #60, cloudflare/vibesdk #88, thedevdojo/auth #120, better-auth/better-hub #60,
#  Railly/tinte #55, 2MJ-DEV/BuyMeACoffee-Africa #31 (fr), kite-org/kite #135,
#  apsinghdev/opensox #150, greenpau/caddy-security #41, vojtamolda/homebridge-ecobee3-sensors
#  #12, fsspec/gdrive-fsspec #35, datakind/dk-routing #30, mitodl/ocw-studio #443,
#  Bottelet/DaybydayCRM #197, ivanvermeyen/laravel-google-drive-demo #47,
#  airavata-courses/scrapbook #4, barmiro/SYSH #8, AudioBand/AudioBand #49.
# Checked with grep -F "github.com/<owner>/<repo>" against tools/real/*.py: none of these
# repositories appears in an earlier batch. Repositories the searches returned that earlier
# batches used (reapit/foundations, calcom, home-assistant/core, PipedreamHQ, NangoHQ, mollie/*,
# frappe/ecommerce_integrations, Xero SDKs, twilio/*, yikes mailchimp, formie, stripe/*,
# discord-api-docs, tdlib/telegram-bot-api, ZekerTop, fondberg/spotcast, ...) were skipped, as was
# a Discord raid tool thread.
# Doubts: healthchecks #604 is a self-hoster's Slack app set-up
# failing with Slack's redirect_uri error - complaint; the writer's "My bad ... It works." - other.
# Svelte-MiniApps #26 is the maintainer reporting that users' GitHub login fails - complaint.
# leftbookclub #301: the task list opening is other, the two comments saying the Shopify create/
# update hooks do not work (again, in production) are complaints. barmiro/SYSH #8 reports a
# revoked Spotify refresh token the writer already recovered from and asks for handling - other.
# DaybydayCRM #197 ("The button in settings does not work" while asking for set-up
# instructions for a Google Drive integration the maintainer says is not available) - other.
# routeros-scripts #80 quotes a 401 from api.telegram.org after weeks of working - complaint.
# app-cloudflared #932 (HA login through a Cloudflare tunnel rejected as invalid authentication)
# counted as a failing connection between two systems - complaint.
# Languages: zh 2 (qinglong #287), fr 1 (BuyMeACoffee-Africa #31); the rest English.
# Exposure: none - no row says a key got out.
# Rows 90: complaints 39, other 51; 47 threads from 46 repositories; voice issue only.
ROWS = [
    ('https://github.com/growthbook/growthbook/issues/262', 'issue', 'complaint', 'other', "Webhooks not firing\n\nWe just started to integrate GrowthBook into our application to be able to control the experiments that we are running. To notify of any changes in experiments, we are utilising webhooks that basically pushes the changed configuration to our application.\n\nThis has worked really well until recently when we needed to create new webhooks which never fires."),
    ('https://github.com/growthbook/growthbook/issues/262', 'issue', 'other', 'none', "Ah, I see. Thanks for the explanation and and the workaround!"),
    ('https://github.com/sap-tutorials/Tutorials/issues/23097', 'issue', 'complaint', 'other', "The connection to Hubspot could not be established, so the tutorial should be updated.\nThis is a mandatory step for further learnings.\n\nI tried several solutions connecting Hubspot with the open connector, but was not successful.\nOnly via REST API i could connect to the CRM system."),
    ('https://github.com/sap-tutorials/Tutorials/issues/23097', 'issue', 'other', 'none', "This tutorial will be deprecated shortly."),
    ('https://github.com/jupyter-naas/awesome-notebooks/issues/1296', 'issue', 'other', 'other', "HubSpot - Update templates with new auth method message\n\nSetup HubSpot\n👉 Starting November 30, 2022, HubSpot API keys no longer enable access to HubSpot APIs, so in Naas version 2.8 and above, you need [create a private app and use the access token.](https://developers.hubspot.com/docs/api/private-apps)"),
    ('https://github.com/jupyter-naas/drivers/issues/338', 'issue', 'other', 'other', "@jravenel, now we need to create a private and pass the token inside the header. \n\nThis modification will impact all users using the old method => Once naas will be restarted, they will have to create a private hubspot to keep using their integration.\n\nOnce, it will be done, I will update all templates in awesome-notebooks."),
    ('https://github.com/homeassistant-apps/app-cloudflared/issues/932', 'issue', 'complaint', 'other', "Error: Login attempt failed\n\nWhen attempting to access Home Assistant via the domain setup with Cloudflared, the following error is displayed: Unable to connect to Home Assistant."),
    ('https://github.com/homeassistant-apps/app-cloudflared/issues/932', 'issue', 'other', 'none', "The problem did disappear on it's own, but thank you for your response!"),
    ('https://github.com/thomluther/ha-anker-solix/issues/428', 'issue', 'complaint', 'other', "Since updating to 3.4.2, it is no longer possible to log in."),
    ('https://github.com/slackapi/slack-skills-plugin/issues/20', 'issue', 'complaint', 'other', "No longer works from today\n\nThe oauth flow gives the follow error from slack\n```\nredirect_uri did not match any configured URIs. Passed URI: http://localhost:3118/callback\n```"),
    ('https://github.com/slackapi/slack-skills-plugin/issues/20', 'issue', 'other', 'none', "Hi @Bigsy, thanks for submitting this. I see a similar issue here: https://github.com/anthropics/claude-code/issues/37714. I will surface this to the appropriate internal team, will drop in with updates!"),
    ('https://github.com/slackapi/slack-skills-plugin/issues/20', 'issue', 'other', 'none', "Hi @Bigsy, this should be fixed now!"),
    ('https://github.com/slackapi/slack-skills-plugin/issues/20', 'issue', 'other', 'none', "Many thanks for the quick turnaround!"),
    ('https://github.com/slackapi/slack-skills-plugin/issues/37', 'issue', 'complaint', 'other', "Slack MCP OAuth authorization fails in `cursor-agent` CLI with redirect URI mismatch\n\nSlack MCP OAuth authorization fails in `cursor-agent` CLI with redirect URI mismatch. The Cursor desktop app works fine."),
    ('https://github.com/pinaraf/Slacken/issues/15', 'issue', 'complaint', 'other', "Could not login\n\nHi, I'm trying to login on slacken but when the browser opens gives the following error:\n\n`redirect_uri did not match any configured URIs. Passed URI: http://127.0.0.1:1337/`"),
    ('https://github.com/pinaraf/Slacken/issues/15', 'issue', 'other', 'none', "May need to use latest api, see \n* https://api.slack.com/changelog/2020-02-legacy-test-token-creation-to-retire\n* https://api.slack.com/changelog/2020-01-deprecating-antecedents-to-the-conversations-api"),
    ('https://github.com/pinaraf/Slacken/issues/15', 'issue', 'other', 'none', "Is this project dead?"),
    ('https://github.com/healthchecks/healthchecks/issues/604', 'issue', 'complaint', 'other', "Issue in slack oauth redirect uri\n\nI tried to follow the instructions for slack integration\nI configured redirect uri in my slack app. And gave correct client id and client secret, however when trying to click add slack, getting this error from slack - \n```\nredirect_uri did not match any configured URIs. Passed URI:\n```"),
    ('https://github.com/healthchecks/healthchecks/issues/604', 'issue', 'other', 'none', "My bad. I forgot to save urls. \nIt works."),
    ('https://github.com/sagi/workers-slack/issues/28', 'issue', 'complaint', 'other', "Getting `invalid_auth` error on oauth.v2.access\n\nI'm running into an issue trying to enable installation via a url. When I run the following I get an `invalid_auth` error. What's confusing me is that that's not an error code listed in slacks documentation."),
    ('https://github.com/sagi/workers-slack/issues/28', 'issue', 'other', 'other', "The `invalid_auth` error code is propagated from a response that is sent by Slack. It hints that the `code` param may"),
    ('https://github.com/HeemPlayz/Discord-Bot-Dashboard/issues/3', 'issue', 'complaint', 'other', "Invalid OAuth2 redirect_uri\n\ni started the project but when i click login button it says Invalid OAuth2 redirect_uri"),
    ('https://github.com/HeemPlayz/Discord-Bot-Dashboard/issues/3', 'issue', 'complaint', 'none', "Getting the same error too which really sucks"),
    ('https://github.com/HeemPlayz/Discord-Bot-Dashboard/issues/3', 'issue', 'other', 'other', "Sorry for late response, the solution is that you go to https://discord.com/developers\nThen head to your bot\nNext is you go to OAuth2\nFinally you add the login URI in Redirect URIs example: https://example.com/auth"),
    ('https://github.com/chsasank/outline-wiki-docker-compose/issues/39', 'issue', 'complaint', 'other', "Integration with slack work for Auth. For posting updates to slack or search through slack. Slack integration complains redirect uri is wrong\n\nAny idea how to get past the error"),
    ('https://github.com/chsasank/outline-wiki-docker-compose/issues/39', 'issue', 'other', 'other', "add the URI to your Slack app under **OAuth & Permissions** → **Redirect URLs**."),
    ('https://github.com/callahanrts/slack-chat/issues/48', 'issue', 'complaint', 'other', "Tried setting up slack chat.\nAfter keying in the client id and client secret, restarted Atom, the pop-up browser provided the following error. OAuth Error: redirect_uri did not match any configured URIs."),
    ('https://github.com/callahanrts/slack-chat/issues/48', 'issue', 'other', 'other', "You must add a redirect_url from application configuration in Slack site"),
    ('https://github.com/callahanrts/slack-chat/issues/48', 'issue', 'other', 'none', "We got it going end of last week.\nHehehe."),
    ('https://github.com/nashdev/jobs/issues/162', 'issue', 'complaint', 'other', "OpenAPI error login error\n\nwhile attempting to log in to slack so I could access https://jobs.nashdev.com, i received a oauth error stating the client_id was invalid."),
    ('https://github.com/commonknowledge/leftbookclub/issues/301', 'issue', 'other', 'other', "Shopify products should automatically sync to the website\n\n- [x] Fix the Shopify webhook\n- [ ] Add a backup cron job triggered by Github Actions"),
    ('https://github.com/commonknowledge/leftbookclub/issues/301', 'issue', 'complaint', 'other', "Inexplicably the `product_delete` hook works but `..._create` and `..._update` don't."),
    ('https://github.com/commonknowledge/leftbookclub/issues/301', 'issue', 'complaint', 'other', "This is not working in production again, even though it works locally (e.g. when testing localhost processing of webhooks via [ngrok](https://ngrok.com/))."),
    ('https://github.com/ClusterM/localtuya_rc/issues/25', 'issue', 'complaint', 'other', "Cannot find devices in the Tuya cloud\n\nHello everyone, \nI can't add integration to HA. I have already provided the Client ID and Client Secret to integration, but when I try to continue, an error appears."),
    ('https://github.com/ClusterM/localtuya_rc/issues/25', 'issue', 'complaint', 'none', "I have exactly the same problem."),
    ('https://github.com/ClusterM/localtuya_rc/issues/25', 'issue', 'complaint', 'other', "Bug is still there. Region is correct. on the other tuya addons in home assistant that step worked just fine. only the local setup isn't working"),
    ('https://github.com/ClusterM/localtuya_rc/issues/25', 'issue', 'other', 'other', "It may be that the trial version service for IoT Core connectivity hasn't been added or has expired. If it's expired, go to the service page to apply for an extension."),
    ('https://github.com/EnzoD86/tuya-smart-ir-ac/issues/102', 'issue', 'complaint', 'other', "Countless token invalid after few days\n\nIt happened also with previous versions and might also be related on why CLOUD_FOREIGN_API reaches 50k at the middle of the month (just received an email saying that my remaining requests are 6%). I'm using 5 min interval and two devices which should be around 20k. Basically what i see is hundreds of token invalid"),
    ('https://github.com/tuya/tuya-iot-python-sdk/issues/76', 'issue', 'complaint', 'other', "Error code \"1010\" causing a \"token invalid\"\n\nHi, I am getting an error `{'code': 1010, 'msg': 'token invalid', 'success': False, 't': 1682574088236, 'tid': '27e13586e4be11eda0c0360158882c1b'}`."),
    ('https://github.com/tuya/tuya-iot-python-sdk/issues/76', 'issue', 'other', 'other', "It looks like I resolved it by using [tuya-connector-python](https://github.com/tuya/tuya-connector-python) instead."),
    ('https://github.com/OFFLINE-GmbH/oc-mall-plugin/issues/688', 'issue', 'other', 'other', "Thanks for your answer. Here is some additional information on the payment statuses in Mollie:\n\n- Paid | Your customer successfully made a payment.\n- Open | A payment was started, but not finished."),
    ('https://github.com/nwithan8/tauticord/issues/169', 'issue', 'complaint', 'other', "Improper token error on startup\n\nUpdated to 4.1.1, get this error on startup\n\n```\n2024-03-14 12:43:52,842 - [INFO]: Setting up Discord connector\nINFO:Setting up Discord connector\n2024-03-14 12:43:52,861 - [INFO]: Connecting to Discord...\nINFO:Connecting to Discord...\n2024-03-14 17:43:52 INFO     discord.client logging in using static token\nINFO:logging in using static token\n2024-03-14 12:43:53,071 - [CRITICAL]: Fatal error occurred. Shutting down: Improper token has been passed."),
    ('https://github.com/nwithan8/tauticord/issues/169', 'issue', 'other', 'other', "@ibtvt Would you mind sharing your config with me privately? I've confirmed that error is Discord saying the token is invalid, I want to verify your config file is formatted correctly."),
    ('https://github.com/Rapptz/discord.py/issues/7336', 'issue', 'other', 'none', "I suppose it's because you store token in .env, so it's cached. All you have to do is reopen your IDE or update .env file with set_key(i didn't try it, reopening my VSC helped, so i just suppose that it might be helpful too)"),
    ('https://github.com/sahat/hackathon-starter/issues/610', 'issue', 'complaint', 'other', "Running locally, after I log in (via Facebook),\non the /api page, I click \"Twillio\".\nI fillout the number and a message \"Hello\".\nClick Send. I get:\n\nConnect\n500 Authenticate"),
    ('https://github.com/sahat/hackathon-starter/issues/610', 'issue', 'other', 'other', "@hotwilson Do you have updated the env config variables for twilio?"),
    ('https://github.com/sahat/hackathon-starter/issues/610', 'issue', 'other', 'none', "I suspect the problem was resolved in the particular case since the requester hasn't got back here in a while.  Closing the issue."),
    ('https://github.com/whyour/qinglong/issues/287', 'issue', 'complaint', 'other', "telegram发送通知消息失败\n\n请问设置了TG_BOT_TOKEN 和TG_USER_ID后执行脚本, 最后推送通知时报如下错误怎么处理,感谢\n\n`HTTPError: Response code 401 (Unauthorized)", False, 'zh'),
    ('https://github.com/whyour/qinglong/issues/287', 'issue', 'other', 'none', "设置了2个TG_BOT_TOKEN", False, 'zh'),
    ('https://github.com/aimclub/GOLEM/issues/116', 'issue', 'complaint', 'other', "Fix telegram_notify error\n\nCurrently this action gives `Unauthorized` error. Something wrong with Token?"),
    ('https://github.com/onedr0p/telegram-couchpotato-bot/issues/19', 'issue', 'complaint', 'other', "Unhandled rejection Error 401\n\nNot sure but the config and acl file gets loaded correctly...\n`Unhandled rejection Error: Error: 401 {\"ok\":false,\"error_code\":401,\"description\":\"[Error]: Unauthorized\"}"),
    ('https://github.com/onedr0p/telegram-couchpotato-bot/issues/19', 'issue', 'other', 'other', "`Error: 401 {\"ok\":false,\"error_code\":401,\"description\":\"[Error]: Unauthorized\"}` this is a message from the Telegram server.\n\nThis maybe because of an incorrect telegram bot ID please verify t"),
    ('https://github.com/eworm-de/routeros-scripts/issues/80', 'issue', 'complaint', 'other', "Telegram notifications failure\n\nHi there,\n\nAfter working flawless for several weeks, my telegram notification script is failing now with this:\n\nDownload from api.telegram.org FAILED: 401 should contain www-authenticate header\n\nwhat should i do?"),
    ('https://github.com/eworm-de/routeros-scripts/issues/80', 'issue', 'other', 'none', "Hmm, very interesting... I have not seen something like that with Telegram API and I can not reproduce.\n\nJust wondering is there a proxy between your Mikrotik device and the Telegram servers that requires authentication?"),
    ('https://github.com/eworm-de/routeros-scripts/issues/80', 'issue', 'other', 'none', "No answer, so closing for now."),
    ('https://github.com/jptsantossilva/BEC/issues/8', 'issue', 'complaint', 'other', "Some Telegram messages are not being sent\n\nHi,\n\nI am trying out your bot, so for it looks great! There is one problem tho. It looks like some messages are not being sent to Telegram."),
    ('https://github.com/Michael-Obele/Svelte-MiniApps-sv4/issues/26', 'issue', 'complaint', 'other', "Redirect URI Mismatch Error\n\nUsers attempting to log in with GitHub are encountering an error message stating that the redirect_uri is not associated with the application. This indicates a misconfiguration or potential security risk."),
    ('https://github.com/Michael-Obele/Svelte-MiniApps-sv4/issues/26', 'issue', 'other', 'none', "Fixed by updating the url in Settings > Developer settings > Svelte MiniApps"),
    ('https://github.com/Max-Eee/NeoPass/issues/60', 'issue', 'complaint', 'other', "Login issue with github\n\nIt is showing this when I try to login with GitHub \nThe redirect_uri is not associated with this application."),
    ('https://github.com/Max-Eee/NeoPass/issues/60', 'issue', 'other', 'none', "@shuraazure The issue has been resolved yesterday. Can you try again now and comment here if you still face the issue."),
    ('https://github.com/Max-Eee/NeoPass/issues/60', 'issue', 'other', 'none', "@shuraazure Thanks for the video and for pointing out the issue. The new domain wasn’t configured to redirect from the www version to the root domain, which caused the problem. It has now been resolved."),
    ('https://github.com/Max-Eee/NeoPass/issues/60', 'issue', 'other', 'none', "Ty will try n let u know ☺️"),
    ('https://github.com/cloudflare/vibesdk/issues/88', 'issue', 'complaint', 'other', "Github oAuth Setup issues.\n\nThe redirect_uri is not associated with this application.\n\nThe application might be misconfigured or could be trying to redirect you to a website you weren't expecting."),
    ('https://github.com/cloudflare/vibesdk/issues/88', 'issue', 'other', 'other', "https://customdomain/api/auth/callback/github works for me without issues.\n\nJust add github clientid/secret. And keep the redirect url as above."),
    ('https://github.com/thedevdojo/auth/issues/120', 'issue', 'complaint', 'other', "GitHub Login Error The redirect_uri is not associated with this application\n\n## Issue Description\nWhen logging in via GitHub, the following error occurs:\n```\nThe redirect_uri is not associated with this application\n```"),
    ('https://github.com/thedevdojo/auth/issues/120', 'issue', 'other', 'other', "I think the issue might be with your **Authorization callback URL**. It needs to be `http://devdojo.test/auth/github/callback` instead."),
    ('https://github.com/thedevdojo/auth/issues/120', 'issue', 'other', 'none', "@dayas-kr-coder Let us know if this issue has been resolved. Closing"),
    ('https://github.com/better-auth/better-hub/issues/60', 'issue', 'complaint', 'other', "OAuth Error When Signing In with GitHub (Local Environment Only): redirect_uri Not Associated with Application\n\nWhen clicking **Continue with GitHub**, the OAuth flow fails and an error page is shown instead of completing authentication."),
    ('https://github.com/better-auth/better-hub/issues/60', 'issue', 'other', 'none', "Hi @IvanTsxx,\n\nI'm checking this.\nProbably because of OAuth Proxy."),
    ('https://github.com/Railly/tinte/issues/55', 'issue', 'other', 'other', "## Root Cause\n\nThe GitHub OAuth App configuration is missing the required redirect URI."),
    ('https://github.com/2MJ-DEV/BuyMeACoffee-Africa/issues/31', 'issue', 'complaint', 'other', "Lorsque l’on tente de se connecter ou de s’inscrire avec GitHub OAuth, une alerte s’affiche :\n\n> Be careful! The redirect_uri is not associated with this application.\n\nL’authentification échoue ensuite, empêchant la connexion à l’application.", False, 'fr'),
    ('https://github.com/kite-org/kite/issues/135', 'issue', 'complaint', 'other', "github oauth The redirect_uri is not associated with this application.\n\nhttps://github.com/login/oauth/authorize?client_id=Ov23liQ44acMO3k1WRkZ&redirect_uri=kite-pre.xxxxx\nkite-pre.xxxxx  missing https://"),
    ('https://github.com/kite-org/kite/issues/135', 'issue', 'other', 'none', "Added `HOST` env?"),
    ('https://github.com/apsinghdev/opensox/issues/150', 'issue', 'complaint', 'other', "[BUG] Login with Github redirect_uri issue\n\n`redirect_uri` is showing `https://www.opensox.in/api/auth/callback/github` which seems to be correct but still the issue occurs."),
    ('https://github.com/greenpau/caddy-security/issues/41', 'issue', 'other', 'none', "@rubydotexe , you are serving the portal from the `/` (root) of `auth.example.com`. However, you are configuring it as if you are serving it from `/auth/`."),
    ('https://github.com/greenpau/caddy-security/issues/41', 'issue', 'other', 'none', "@greenpau  Absolute game changer. I feel very silly. Thank you so much for your fast response, Mr. Greenberg. My dnd group and I appreciate it."),
    ('https://github.com/vojtamolda/homebridge-ecobee3-sensors/issues/12', 'issue', 'complaint', 'other', "Regularly needing re-authorization\n\nSeems I'll get it working, authorize with Ecobee, and then after a few hours I get the \"waiting for user to authorize application\" message in the log again, complete with a new authorization code. Is this expected?"),
    ('https://github.com/vojtamolda/homebridge-ecobee3-sensors/issues/12', 'issue', 'other', 'none', "@DaveHamilton - it's not expected."),
    ('https://github.com/vojtamolda/homebridge-ecobee3-sensors/issues/12', 'issue', 'complaint', 'none', "I am also having this issue. At first, I thought it was only happening after a reboot the raspberrypi it is running on. But now I have had to re-authorize without any reboot occurring."),
    ('https://github.com/vojtamolda/homebridge-ecobee3-sensors/issues/12', 'issue', 'other', 'none', "As @mrose17 wrote the de-authorization is certainly not-intended and shouldn't happen. However, when I do development I sometimes get de-authorized too. It's typically caused by an interrupted authentication request-response."),
    ('https://github.com/fsspec/gdrive-fsspec/pull/35', 'issue', 'other', 'other', "add service_account credentials support\n\nAdded support for service account credentials, it is a simple change and should not impact anything else."),
    ('https://github.com/fsspec/gdrive-fsspec/pull/35', 'issue', 'other', 'other', "The [service account](https://cloud.google.com/iam/docs/service-account-creds#key-types) credentials are created in GCP and give you a `json` file containing the needed keys."),
    ('https://github.com/datakind/dk-routing/issues/30', 'issue', 'other', 'other', "Add a proper flow to set up the gdrive integration\n\nCurrently, the Google Drive integration requires a few extra steps not covered in the current repo:\n1. Having a Google dev account\n2. Enabling both Google Sheets and Google Drive API"),
    ('https://github.com/mitodl/ocw-studio/issues/443', 'issue', 'other', 'other', "Google Drive integration settings\n\n- `DRIVE_SERVICE_ACCOUNT_CREDS` - Service account credentials JSON, I can give you the one I tested with or you can create your own service account and set it up with access to the team drive(s) specified below."),
    ('https://github.com/Bottelet/DaybydayCRM/issues/197', 'issue', 'other', 'other', "Google Drive Integration\n\nAre there any instructions on how to set this up? The button in settings does not work and I've added credentials into `config/services.php` to no avail."),
    ('https://github.com/Bottelet/DaybydayCRM/issues/197', 'issue', 'other', 'other', "Hi @dymond The GDrive Google Integration is not 100% available on the open-source project yet. Is this something you need, or can you handle it with local storage?"),
    ('https://github.com/ivanvermeyen/laravel-google-drive-demo/issues/47', 'issue', 'other', 'other', "[ NOT AN ISSUE] Example how to use Service Account as credentials\n\nI want to share with you the modifications I've done to use service account (json file) to authenticat instead of using Oauth tokens:"),
    ('https://github.com/airavata-courses/scrapbook/issues/4', 'issue', 'other', 'other', "Created service account and required credential.  Google drive set up done. Tested upload api."),
    ('https://github.com/barmiro/SYSH/issues/8', 'issue', 'other', 'other', "I recovered by clearing `access_token`, `refresh_token`, and `token_expires` in the `users` table, then restarting SYSH and reconnecting Spotify.\n\nSYSH should detect `invalid_grant`, clear the invalid Spotify tokens, and trigger the normal reauthorization flow."),
    ('https://github.com/AudioBand/AudioBand/issues/49', 'issue', 'complaint', 'other', "Issues after build v0.9.9\n\nI updated to the latest version of Audioband, when I put my Spotify App details in they did not work and returned below\n\n```\n2022-02-20 16:48:51.7867 | DEBUG | AudioSource(Spotify) | Using RefreshToken from previous auth to connect to Spotify.\n2022-02-20 16:48:51.8620 | ERROR | AudioSource(Spotify) | Error while refreshing access token, user most likely offline ~ invalid_client\n2022-02-20 16:48:52.8637 | DEBUG | AudioSource(Spotify) | Using RefreshToken from previous auth to connect to Spotify.\n```"),
]
