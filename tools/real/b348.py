# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 348 (mine-b348): SHORT, terse and non-native-English reports as customers type them -
# issue titles and first lines of a few words ("API is no more working", "Sync broken",
# "connection lost again today..", "Token expired", "invalid_grant", "API key is invalid",
# "Lost connection", "Webhook Not Working", "Login error ... I cannot login Google since 2 days
# ago"), pasted error lines with almost no prose ("Error: HTTP 401: Unauthorized",
# "Error: connect ECONNREFUSED", a "token expired ... errorCode 401" JSON, "Incorrect API key
# provided"), short "+1" replies ("yes me too!!!!!!!!", "I have the same issue ...") and short
# near misses of the same shape: how to get an API key, "Add support to webhooks", rate-limit
# questions and docs, "No Sync Button?" / "sync button missing" UI issues, praise, "its work
# thanks", "OK. Now working!", maintainers asking for details or saying it is fixed, PR/feature
# titles ("Handle invalid grant", "[feat] raise an alert when the supplied token is expired").
# Sources: issues corpus (search excerpts of the threads; texts copied verbatim, trimmed to the
# title and first sentences or one comment) - public APIs going down (cyberboysumanjay/APIs,
# davemachado/public-api, rest7/api, brahmai-research/aiforcause, NamelessMC/Nameless,
# mgp25/Chat-API, myApi/myApi), syncs (yegobox/flipper, joshsoftware/code-curiosity,
# kolyvan/kybook, appnexus/sicksync, 5andr0/PogoLocationFeeder, sitespeedio/dashboard.sitespeed.io,
# fxerkan/pironman_grafana_dashboard), Google logins (nsupdate-info #498, gskinner/regexr,
# NecronomiconCoding/NecroBot, nibogd/ingress-ice, postmanlabs/postman-app-support #1608,
# TeamVanced/VancedManager, Novalys/PokemonGo-Bot-SimpleGUI, elementary/calendar #112), tokens and
# OAuth (ukkari/NewsWatch, elcuervo/tangalanga, authlib/example-oauth2-server,
# QuePort/passport-azure-oauth, nmarus/node-ews, omab/django-social-auth), connection refused
# (edgurgel/httpoison, ttezel/twit, pump-io/pump.io), API keys (googlearchive/android-play-places,
# Anuj-Kumar-Sharma/Shuffler, anomalyco/opencode #46209, TobyG74/ChisatoBOT, aandrew-me/tgpt),
# webhooks (salman0ansari/whatsapp-api-nodejs #616, reapit/foundations #7767,
# ericferon/glpi-webhook #8, Nutlope/roomGPT #59), Mailchimp (Techofficer/prelauncher,
# weDevsOfficial/weforms, swt83/php-mailchimp, proudcity/wp-proudcity #289), near misses from
# othneildrew/Best-README-Template, OpenGVLab/Ask-Anything, 123yxh/EasyPaper,
# insideout10/wordlift-plugin, adaojunior/pusher, blinklabs-io/adder, jlippold/tweakCompatible,
# ReinhardtR/runeprofile-plugin, dgmid/nextcloud-bookmark-manager, thepeacemonk/Onigiri,
# ahmet-cetinkaya/whph, henryperson/twitchmultivod, pescap/WebScrapingMDS,
# meetDeveloper/freeDictionaryAPI, josephwegner/simple-api, stripe/stripe-node #1429,
# Escape-Technologies/py-multiauth, oauth-wg/oauth-first-party-apps,
# simplesamlphp/simplesamlphp-module-oidc, agoraxyz/discord-runner,
# strongloop/loopback-getting-started-intermediate, ita-social-projects/SpaceToStudy-Client,
# fr3ts0n/AndrOBD, AmethystTim/JM-PDF-plugin; one help page (help.lighthouseapp.com, forum voice).
# Checked with grep -F against tools/real/*.py of main and of the other worktrees: no thread here
# is in an earlier batch; most repositories are new. Repositories used before but with a new thread
# here: nsupdate-info/nsupdate.info, postmanlabs/postman-app-support, salman0ansari/whatsapp-api-
# nodejs, reapit/foundations, ericferon/glpi-webhook, proudcity/wp-proudcity, Nutlope/roomGPT,
# elementary/calendar, anomalyco/opencode. Threads the searches returned that earlier batches used
# (plugNmeet-server #507, snakefire #9, refresh-token #8, s2ap-quickstart #6, django-oauth-toolkit
# #1342, GPT_API_free #135, muser #30, StealthHumanizer #95, GPix #4, RunJS #710, forecastie #641,
# openfoodnetwork #6992, stripe-firebase-extensions #165, courtlistener #3418, Brizy #1212 ...)
# were skipped.
# Doubts: public-API outages the writer's client depends on ("API is no more working", "nginx 502")
# are complaints, as in earlier batches. The Google-login rows (regexr, Postman, nsupdate, Vanced and bot
# logins via Google OAuth) are counted as a connection to Google failing - complaint; the
# loopback sample "401 (Unauthorized) Error ... upon login attempt" is the app's own login - other.
# elcuervo/tangalanga "Token expired / How do i get the new token?" - complaint (the token stopped
# working), integration none (no product named). twit/httpoison ECONNREFUSED reports - complaint
# (pasted connection error to a remote service). stripe-node #1429 is a request for sample code
# (labelled feature-request) - other. The "No Sync Button?" / "sync button missing" rows are UI
# near misses - other. freeDictionaryAPI's maintainer stating the limit - other. pump.io
# "remote login (on JPope's node)" ECONNREFUSED - complaint between two servers.
# Languages: zh 3 (nmarus/node-ews, omab/django-social-auth, AmethystTim/JM-PDF-plugin), id 2
# (TobyG74/ChisatoBOT), es 1; aandrew-me/tgpt quotes a bilingual error but its prose is English -
# untagged. Exposure: none in this batch.
ROWS = [
    ('https://github.com/cyberboysumanjay/APIs/issues/5', 'issue', 'complaint', 'none', "Not responding\n\nYour api's are not responding, why added it if they are not working ???", False),
    ('https://github.com/cyberboysumanjay/APIs/issues/5', 'issue', 'other', 'none', 'Hi @protonichash,\nThe API is working fine for me', False),
    ('https://github.com/davemachado/public-api/issues/47', 'issue', 'complaint', 'none', 'API is not working, returning 404 NOT FOUND ERROR', False),
    ('https://github.com/rest7/api/issues/10', 'issue', 'complaint', 'none', 'API is no more working\n\nThis is api is responding 404 not found. Please check.', False),
    ('https://github.com/NamelessMC/Nameless/issues/424', 'issue', 'complaint', 'none', 'API Not working - Reminder\n\nAPI Not working this is just a reminder so u remember to take a look :P', False),
    ('https://github.com/NamelessMC/Nameless/issues/424', 'issue', 'other', 'none', 'In what aspect do you mean by the API is broken or not working?', False),
    ('https://github.com/NamelessMC/Nameless/issues/424', 'issue', 'complaint', 'none', 'Its the Actions on api who not working its always stand Invalid API method', False),
    ('https://github.com/NamelessMC/Nameless/issues/424', 'issue', 'other', 'none', "I've just experimented with the API, and I can confirm it works as intended.", False),
    ('https://github.com/mgp25/Chat-API/issues/865', 'issue', 'complaint', 'none', 'the api not working with me - is it problem with you also ?\n\nAPI was working with me .. \nbut today not working', False),
    ('https://github.com/mgp25/Chat-API/issues/865', 'issue', 'other', 'none', 'its work\nthanks', False),
    ('https://github.com/brahmai-research/aiforcause/issues/6', 'issue', 'complaint', 'none', 'API not working\n\nIf you go to the endpoint, it gives the nginx 502 code there', False),
    ('https://github.com/brahmai-research/aiforcause/issues/6', 'issue', 'other', 'none', 'Everything is working now, great job guys!', False),
    ('https://github.com/myApi/myApi/issues/5', 'issue', 'complaint', 'none', "Love myApi... BUT...\n\nHello:\n\nI've been using myApi for many months but it stopped working yesterday all of the sudden. I upgraded to the latest version and still nothing. Any suggestions?", False),
    ('https://github.com/myApi/myApi/issues/5', 'issue', 'other', 'none', "I've closed this issue as the issue tracker is for detailed bug reports.", False),
    ('https://github.com/yegobox/flipper/issues/375', 'issue', 'complaint', 'none', 'Sync broken', False),
    ('https://github.com/joshsoftware/code-curiosity/issues/29', 'issue', 'other', 'none', '@spatil I think sync all is working now. We can close this issue.', False),
    ('https://github.com/ukkari/NewsWatch/issues/23', 'issue', 'complaint', 'none', 'Ticket Expired\n\n{\n  "errorId" : "ap8-sv2.2015050319.2790828",\n  "errorMessage" : "token expired: 1430646225282 (-61365)",\n  "errorCode" : 401\n}', False),
    ('https://github.com/elcuervo/tangalanga/issues/10', 'issue', 'complaint', 'none', 'Token expired\n\nHow do i get the new token?', False),
    ('https://github.com/Escape-Technologies/py-multiauth/issues/8', 'issue', 'other', 'none', '[feat] raise an alert when the supplied token is expired', False),
    ('https://github.com/nsupdate-info/nsupdate.info/issues/498', 'issue', 'complaint', 'other', 'google and other Oauth not allowing login\n\nI can’t login to admin my account via google and others', False),
    ('https://github.com/gskinner/regexr/issues/349', 'issue', 'complaint', 'other', 'Google login not working\n\nHi!\nToday as I tried to login using my Google account, just like any other day, it asked for permission to access my email addresses. Weird, I thought. Granting it permission, I proceeded hoping to get logged in and view my saved patterns. But I never get logged in.', False),
    ('https://github.com/gskinner/regexr/issues/349', 'issue', 'other', 'none', "Thanks for the heads up! We quietly rolled out a v3.8 build, which adds some new features, but it looks like it causes some auth problems. I rolled it back to v3.7 for now, and we'll try to pin down what went wrong.", False),
    ('https://github.com/NecronomiconCoding/NecroBot/issues/2868', 'issue', 'complaint', 'other', 'cannot log in with google\n\nInitializing NecroBot logger at time 8/7/2016 10:09:12 AM...\n[10:09:16] New update detected, would you like to update? Y/N\n[10:09:19] Downloading and apply Update...\n[10:09:23] Finished downloading newest Release...\n[10:09:24] Finished unpacking files...\n[10:09:24] Logging in using Google\n[10:09:24] You need to fill out GoogleUsername and GooglePassword in auth.json!', False),
    ('https://github.com/NecronomiconCoding/NecroBot/issues/2868', 'issue', 'complaint', 'none', 'yes me too!!!!!!!!', False),
    ('https://github.com/NecronomiconCoding/NecroBot/issues/2868', 'issue', 'other', 'other', "There isn't a way to log in using Google, just have to wait for an update.", False),
    ('https://github.com/NecronomiconCoding/NecroBot/issues/2868', 'issue', 'other', 'none', 'I restarted the bot and then it worked.', False),
    ('https://github.com/nibogd/ingress-ice/issues/25', 'issue', 'complaint', 'other', "Google login is broken\n\nGoogle has changed it's login forms, authentication doesn't work as for now.", False),
    ('https://github.com/nibogd/ingress-ice/issues/25', 'issue', 'other', 'none', 'Fixed, everybody MUST update for ice to work.', False),
    ('https://github.com/postmanlabs/postman-app-support/issues/1608', 'issue', 'complaint', 'other', "Login with Google is not working\n\nSince it's updated to version 3, I can't login using my google account:", False),
    ('https://github.com/postmanlabs/postman-app-support/issues/1608', 'issue', 'other', 'none', "@gmazzo Can you upgrade to v3.2.5 and check? (chrome://extensions > enable 'Developer Mode' > Update extensions now)", False),
    ('https://github.com/TeamVanced/VancedManager/issues/504', 'issue', 'complaint', 'other', 'Login error\n\nI cannot login Google since 2 days ago. Nothing work. All 3 apps updated, no root. Thanks!', False),
    ('https://github.com/TeamVanced/VancedManager/issues/504', 'issue', 'other', 'none', 'not related to manager', False),
    ('https://github.com/TeamVanced/VancedManager/issues/504', 'issue', 'other', 'none', 'OK. Now working! Thanks for the project', False),
    ('https://github.com/Novalys/PokemonGo-Bot-SimpleGUI/issues/117', 'issue', 'complaint', 'other', 'Problems with Google login\n\nProblems with Google  login', False),
    ('https://github.com/Novalys/PokemonGo-Bot-SimpleGUI/issues/117', 'issue', 'other', 'none', 'Please check the [Latest Release](https://github.com/Novalys/PokemonGo-Bot-SimpleGUI/releases/latest). This problem should be fixed.', False),
    ('https://github.com/salman0ansari/whatsapp-api-nodejs/issues/616', 'issue', 'complaint', 'other', 'Webhook Not Working\n\nI setup webhook for All incoming whatsapp but no Response receive on webhook url. is there any issue ?', False),
    ('https://github.com/salman0ansari/whatsapp-api-nodejs/issues/616', 'issue', 'other', 'none', 'show me your .env file', False),
    ('https://github.com/salman0ansari/whatsapp-api-nodejs/issues/616', 'issue', 'complaint', 'none', 'I have the same issue can you properly describe how we can use webhook?', False),
    ('https://github.com/reapit/foundations/issues/7767', 'issue', 'complaint', 'none', 'Webhook request not receiving\n\nOne of our mutual client Kayandco (KYC) has installed our AWS app. But still we are not receiving the webhook request for this client. The test ping is working. But the actual data is not triggering the webhook.', False),
    ('https://github.com/reapit/foundations/issues/7767', 'issue', 'other', 'none', "Hi @gokulngk this should now be resolved - if you can confirm I'd be grateful", False),
    ('https://github.com/reapit/foundations/issues/7767', 'issue', 'other', 'none', 'Thanks for the reply. We are currently receiving the webhook request as expected.', False),
    ('https://github.com/ericferon/glpi-webhook/issues/8', 'issue', 'complaint', 'other', 'the same thing happens to me with microsoft Teams webhook', False),
    ('https://github.com/ericferon/glpi-webhook/issues/8', 'issue', 'other', 'none', 'There was indeed a bug, that has been solved in v1.0.6.', False),
    ('https://github.com/appnexus/sicksync/issues/75', 'issue', 'complaint', 'none', 'Lost connection\n\nGetting a lot of "Lost connection"s. \n\nIt should reconnect', False),
    ('https://github.com/5andr0/PogoLocationFeeder/issues/471', 'issue', 'complaint', 'none', 'connection lost again today..\n\nany problem..its happen again..connection lost', False),
    ('https://github.com/sitespeedio/dashboard.sitespeed.io/issues/19', 'issue', 'complaint', 'none', 'Please check the dashboards\n\nSome of the dashboards contain "NO DATA" - maybe you should monitor the data sources? :)', False),
    ('https://github.com/sitespeedio/dashboard.sitespeed.io/issues/19', 'issue', 'other', 'none', 'Hi, yeah we monitor but I was on vacation and had no access to fix it. It should work again now.', False),
    ('https://github.com/fxerkan/pironman_grafana_dashboard/issues/4', 'issue', 'complaint', 'other', "Pironman5 Dashboard - Data input troubleshooting\n\nHi there Friend!\n\nI absolutely loved this over the Dashboard that Sunfounder gives for the Pironman 5 Max - I got it running on a raspberry Pi but I'm having trouble getting the data to run into the dashboard.", False),
    ('https://github.com/fxerkan/pironman_grafana_dashboard/issues/4', 'issue', 'other', 'none', 'I ran into this until I set the time range longer. For me, that was at least 6 hours.', False),
    ('https://github.com/fr3ts0n/AndrOBD/issues/164', 'issue', 'other', 'none', "Dashboard\n\nUsing latest version.\nHow does one access the Dashboard?\nI don't see it anywhere.", False),
    ('https://github.com/nmarus/node-ews/issues/148', 'issue', 'complaint', 'none', 'Error: HTTP 401: Unauthorized\n\nError: HTTP 401: Unauthorized\n账号密码都OK，但一直401失败，请问是为什么？', False, 'zh'),
    ('https://github.com/omab/django-social-auth/pull/796', 'issue', 'complaint', 'other', '出现401错误\n\n新浪微博出现HTTP Error 401: Unauthorized', False, 'zh'),
    ('https://github.com/strongloop/loopback-getting-started-intermediate/issues/1', 'issue', 'other', 'none', '401 (Unauthorized) Error\n\nGetting this error upon login attempt:', False),
    ('https://github.com/ita-social-projects/SpaceToStudy-Client/issues/16', 'issue', 'other', 'none', '401 Error Page\n\nAs a User I want to see 401 Unauthorized Error page so that I can be informed about the error.', False),
    ('https://github.com/joshsoftware/code-curiosity/issues/29', 'issue', 'complaint', 'none', 'Sync All is broken', False),
    ('https://github.com/authlib/example-oauth2-server/issues/45', 'issue', 'complaint', 'none', 'invalid_grant', False),
    ('https://github.com/QuePort/passport-azure-oauth/issues/6', 'issue', 'complaint', 'other', 'invalid_grant error\n\nHi,\n\nAfter logging in at the azure login page, I get a redirect back to the redirect URL of my app, but the pade displays the following error. Can you please help? Thank you!', False),
    ('https://github.com/oauth-wg/oauth-first-party-apps/issues/72', 'issue', 'other', 'none', 'invalid_grant error code\n\nSec. 5.2.2, "The provided authorization grant" - does the protocol really allow the client to provide a grant type in this endpoint?', False),
    ('https://github.com/simplesamlphp/simplesamlphp-module-oidc/pull/114', 'issue', 'other', 'none', 'Return invalid grant error when auth code is not valid', False),
    ('https://github.com/agoraxyz/discord-runner/pull/387', 'issue', 'other', 'none', 'Handle invalid grant', False),
    ('https://github.com/edgurgel/httpoison/issues/386', 'issue', 'complaint', 'none', 'Econnrefused error\n\nI am getting the {:error, %HTTPoison.Error{id: nil, reason: :econnrefused}-error  and was wondering what the reason for and the solution of it are.', False),
    ('https://github.com/edgurgel/httpoison/issues/386', 'issue', 'other', 'none', 'It means the connection was refused. The port is probably not open?', False),
    ('https://github.com/ttezel/twit/issues/173', 'issue', 'complaint', 'none', 'connect "ECONNREFFUSED" Error.\n\nHello Guys ,\n\ni am getting error on my remote linux machine as a connect Econnrefused.\nthe same code is working fine on my local machine please give me some solution.', False),
    ('https://github.com/ttezel/twit/issues/173', 'issue', 'other', 'none', "This probably means you've lost network connectivity? Feel free to reopen with code if this is reproducible!", False),
    ('https://github.com/pump-io/pump.io/issues/560', 'issue', 'complaint', 'none', "Error: connect ECONNREFUSED\n\nWhen I tried to use a remote login (on JPope's node) I got this error:\n\n```\nError: connect ECONNREFUSED\n    at errnoException (net.js:770:11)\n    at Object.afterConnect [as oncomplete] (net.js:761:19)\n```", False),
    ('https://github.com/othneildrew/Best-README-Template/issues/50', 'issue', 'other', 'none', "How do I obtain an API key?\n\nStep might be useful as I can't find any api key at https://example.com", False),
    ('https://github.com/OpenGVLab/Ask-Anything/issues/24', 'issue', 'other', 'none', 'Please fill the API key first~\n\nI am still new to this, but how or from where can we get the API key ?', False),
    ('https://github.com/OpenGVLab/Ask-Anything/issues/24', 'issue', 'other', 'other', 'You can get the API key from OpenAI', False),
    ('https://github.com/123yxh/EasyPaper/issues/1', 'issue', 'other', 'none', 'How to get API Key？Thank you', False),
    ('https://github.com/insideout10/wordlift-plugin/issues/1496', 'issue', 'other', 'none', 'Add support for WebHooks', False),
    ('https://github.com/adaojunior/pusher/issues/13', 'issue', 'other', 'none', 'Add support to webhooks', False),
    ('https://github.com/blinklabs-io/adder/issues/78', 'issue', 'other', 'none', 'Support webhooks\n\nCreate a webhook output plugin to send payloads as webhooks.', False),
    ('https://github.com/jlippold/tweakCompatible/issues/117697', 'issue', 'other', 'none', '[NOBUG] Thank you for your awesome work!\n\nI think you get way too less "thank yous" for your work.', False),
    ('https://github.com/ReinhardtR/runeprofile-plugin/issues/3', 'issue', 'other', 'none', 'No Sync Button?\n\nRecently my Sync button disappeared? I have no other plugins enabled that have a sync button here like the Wiki Sync plugin.', False),
    ('https://github.com/ReinhardtR/runeprofile-plugin/issues/3', 'issue', 'other', 'none', 'The button was moved in a recent update :D', False),
    ('https://github.com/dgmid/nextcloud-bookmark-manager/issues/10', 'issue', 'other', 'other', 'Sync button/menu option missing\n\nHi, noticed there is no visible sync button or option within the menu.', False),
    ('https://github.com/thepeacemonk/Onigiri/issues/239', 'issue', 'other', 'none', 'Hi there! The sync button is next to the action buttons on the sidebar.', False),
    ('https://github.com/ahmet-cetinkaya/whph/issues/291', 'issue', 'other', 'none', '[FEATURE] Main screen sync button', False),
    ('https://github.com/henryperson/twitchmultivod/issues/12', 'issue', 'other', 'none', 'Oh, yeah that works, kinda weird for it to be invisible but it works nonetheless so thank you for the tip.', False),
    ('https://github.com/pescap/WebScrapingMDS/issues/180', 'issue', 'other', 'none', '#update desinstalé e instalé y funciona sin problemas...', False, 'es'),
    ('https://github.com/Anuj-Kumar-Sharma/Shuffler/issues/5', 'issue', 'complaint', 'none', 'API key is invalid', False),
    ('https://github.com/googlearchive/android-play-places/issues/32', 'issue', 'complaint', 'other', 'PLACE_API_INVALID App\n\nHi  i am getting API invalid error message, i given my API Key which i configured in google place - API. Can you help me out !', False),
    ('https://github.com/googlearchive/android-play-places/issues/32', 'issue', 'complaint', 'other', "I'm also getting the same issue. Even though I have given API key after enabled related services in Goog console page.", False),
    ('https://github.com/googlearchive/android-play-places/issues/32', 'issue', 'other', 'none', 'Have you activated the api key?', False),
    ('https://github.com/anomalyco/opencode/issues/46209', 'issue', 'complaint', 'none', 'invalid api key\n\ninvalid api key', False),
    ('https://github.com/TobyG74/ChisatoBOT/issues/107', 'issue', 'complaint', 'none', 'Apikey invalid\n\nApikey baru tapi didetect invalid', False, 'id'),
    ('https://github.com/TobyG74/ChisatoBOT/issues/107', 'issue', 'other', 'none', 'Invalid? Hubungi admin api nya.', False, 'id'),
    ('https://github.com/AmethystTim/JM-PDF-plugin/issues/26', 'issue', 'other', 'none', '报错内容与插件无关', False, 'zh'),
    ('https://github.com/kolyvan/kybook/issues/222', 'issue', 'complaint', 'none', 'No Sync\n\nHi, I can’t sync anything...', False),
    ('https://github.com/stripe/stripe-node/issues/1429', 'issue', 'other', 'stripe', 'Stripe Webhook code needed\n\n### Is your feature request related to a problem? Please describe.\n\nThe webhook nodejs code provided by Stripe does not work.\nPlease provide a code that works.', False),
    ('https://github.com/stripe/stripe-node/issues/1429', 'issue', 'other', 'none', '@rudyhadoux Please work with our support team for help instead: https://support.stripe.com/contact', False),
    ('https://github.com/Nutlope/roomGPT/issues/59', 'issue', 'complaint', 'stripe', 'Stripe-Webhook not returning event.\n\nStripe setup successfully listens to the POST and registers event types.\nHowever, the app itself does not detect those events.\nTherefore, credits cannot be updated.\nPlease Help!', False),
    ('https://github.com/Nutlope/roomGPT/issues/59', 'issue', 'complaint', 'none', 'Hey, I have the same issue. How did you solved that?', False),
    ('https://github.com/elementary/calendar/issues/112', 'issue', 'complaint', 'other', "Adding a Google calendar manually doesn't sync and hence doesn't work\n\nThe calendar names and the google account credentials are accepted. But the sync doesn't happen even after along time.", False),
    ('https://github.com/Techofficer/prelauncher/issues/9', 'issue', 'complaint', 'other', 'mailchimp integration\n\nHello, Mailchimp integration is not working. Lists are not updating and auto responder email not sending.', False),
    ('https://github.com/Techofficer/prelauncher/issues/9', 'issue', 'complaint', 'none', 'I have the same issue. Has this issue been resolved?', False),
    ('https://github.com/weDevsOfficial/weforms/issues/80', 'issue', 'complaint', 'other', 'MailChimp integration is not working\n\nUser details are not going to the MailChimp list after submitting a form.', False),
    ('https://github.com/weDevsOfficial/weforms/issues/11', 'issue', 'other', 'other', 'Mailchimp Integration', False),
    ('https://github.com/swt83/php-mailchimp/issues/1', 'issue', 'complaint', 'other', "Mailchim integration does not work\n\nDo you still support this? I can't manage it to work, constantly getting bool false as a response.", False),
    ('https://github.com/proudcity/wp-proudcity/issues/289', 'issue', 'complaint', 'other', 'WC: mailchimp integration issues\n\nThe two newest entries on the "get updates" form did not feed into mailchimp.', False),
    ('https://github.com/proudcity/wp-proudcity/issues/289', 'issue', 'other', 'none', '@kevindherman is this still an issue, or can we close?', False),
    ('https://github.com/meetDeveloper/freeDictionaryAPI/issues/73', 'issue', 'other', 'none', "It's actually 300 request per 5 minutes.", False),
    ('https://github.com/josephwegner/simple-api/issues/14', 'issue', 'other', 'none', 'request limit\n\nhow to create a limit that such as only allow 3 request  to the API per second ?', False),
    ('https://github.com/aandrew-me/tgpt/issues/60', 'issue', 'complaint', 'none', 'API Key Error after updating.\n\nAPI Key Error after updating from Aur. Same problem with older versions. Please, help!\nOutput: Error: 提供错误的API密钥 | Incorrect API key provided', False),
    ('https://github.com/aandrew-me/tgpt/issues/60', 'issue', 'other', 'none', 'When you get that error, all you can do is wait. Coz its not a problem with the program but rather the backend', False),
    ('https://github.com/aandrew-me/tgpt/issues/60', 'issue', 'complaint', 'none', 'I have the same problem but the site works fine', False),
    ('http://help.lighthouseapp.com/kb/api/how-do-i-get-an-api-token', 'forum', 'other', 'none', 'How do I get an API token?\n\nCreating a token\n\nClick on your user name or avatar in the top right of the page:', False),
]
