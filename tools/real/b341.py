# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 341 (mine-b341): ISSUE voice, "still broken" loops and vague reports. Issue threads about
# connectors, plugins, SDKs and bots between two systems (payment gateways and IPN returns,
# calendar and cloud-storage sync, smart-home cloud integrations, weather-station uploads, chat
# bots and Discord / Slack webhooks, analytics collection and exports, open-data APIs consumed by
# the writer's code, shop and mailing-list sync) where the opening report is vague ("stopped
# working", "No data", "Still not working", "Bot stopped responding", "nothing comes through") and
# follow-ups say "Same here", "Happening again", "IPN is not working again", "The problem is
# unfortunately still present today", "screwing my API key pretty much once a day"; kept with the
# near misses of the same threads (maintainers asking for logs or explaining an upstream outage,
# fix and release announcements, "It seems to work now", "I was looking at the old server!", a
# feature request, a how-to answer, a status chaser).
# Sources (issues corpus; texts copied verbatim from the thread excerpts the search returned,
# trimmed at sentence or line boundaries; in a few rows a code block or screenshot line between
# the title and a later sentence of the same description was dropped, nothing reworded):
#   payments - PayU-EMEA/woo-payu-payment-gateway #64, blockonomics/woocommerce-plugin #401,
#     magento/magento2 #18148 (PayPal IPN), loadedcommerce/loaded7 #710,
#     eWAYPayment/eway-rapid-net #5, OneZoom/OZtree #470, paytabscom/paytabs-woocommerce #13;
#   smart home / cloud accounts - Pigotka/ha-cc-jablotron-cloud #26,
#     kbirger/ha-smarter-integration #90, gcobb321/icloud3_v3 #367,
#     tijsverkoyen/HomeAssistant-FusionSolar #232, JimStar/reolink_cctv #183,
#     MTrab/energidataservice #846, athombv/homey #2836 (IFTTT), brbeaird/SmartThings_MyQ #119,
#     AlbertMN/AssistantComputerControl #129, hardillb/node-red-alexa-home-skill-web #130,
#     tartanguru/alexa-assistant-instructions #11, mike-grant/haaska #204;
#   weather stations - G6EJD/ESP-Weather-Underground-Sensor-Upload #1, IU5HKU/MiniWXStation #17,
#     cytech/Home-Assistant-wundergroundpws #227, leoherzog/WundergroundStationForwarder #66;
#   open-data APIs - austender/austender-ocds-api #5, carbon-intensity/api-definitions #18,
#     socrata/dev.socrata.com #552;
#   calendar / storage sync - ennswi/AndroidCaldavSyncAdapater #24, adrian/upm-android #37,
#     todotxt/todo.txt-cli #229, mpcjanssen/simpletask-android #1159,
#     mechatroner/word-discoverer #2 (a zh feature request, then an OAuth token error);
#   chat bots / webhooks - djudman/evernote-telegram-bot #35, yegor256/0rsk #31, z44d/tgram #15,
#     out386/aria-telegram-mirror-bot #90, mautrix/telegram #621, Patbox/BanHammer #39,
#     jb3/webhook-discord #59, statevde/statev_v5_issues #1349 (de), discohook/site #94,
#     postmanlabs/postman-app-support #5630 (Slack);
#   analytics - OregonDigital/ControlledVocabularyManager #258, Sterc/Analytics-dashboard-widget #32,
#     LibCrowds/libcrowds #228, department-of-veterans-affairs/va.gov-team #15747 (GA -> BigQuery);
#   shops / mailing lists - shopwp/wp-shopify #107, govhackaustralia/hackerspace3 #416 (Mailchimp).
# Checked with grep -F against tools/real/*.py of main and of the sibling worktrees (b339-b344): no
# thread here is in an earlier batch, and every repository except magento/magento2,
# department-of-veterans-affairs/va.gov-team and loadedcommerce/loaded7 (other threads of them used
# before) is new to the corpus. Skipped as already used: OutlookGoogleCalendarSync, gdata-provider,
# GAS-ICS-Sync, tapiriik, elevate, hagruenbeck_cloud, maestro_mcz, reapit, mc-woocommerce, cal.diy,
# tasknotes, airbyte and others; todotxt/todo.txt-android #483 repeats the text of todo.txt-cli #229
# and was not taken.
# Doubts: blockonomics #401 (a custom plugin no longer moving WooCommerce orders to completed next
# to the gateway plugin) read as plugin interplay inside one shop, not a failing connection ->
# other. socrata #552 'The "try it" still does not work' (the API explorer still returning no data
# after the maintainer's fix) kept as a still-failing complaint. "Any updated (reliable) timeframe
# on this?" (eway #5) and the Smarter helpdesk quote (ha-smarter #90) are status chasers / relays
# that report nothing new -> other. carbon-intensity "None of the widgets ... are currently
# displaying" (an observation about the provider's own site) -> other, while "I thought it was
# just me!" (a +1) -> complaint. Public open-data APIs returning no data to the writer's code
# (austender, carbon-intensity, energidataservice, socrata) read as a failing connection between
# the writer's system and the API -> complaint. Telegram bots that stopped answering (0rsk,
# evernote-telegram-bot, tgram, mautrix bridge) read as a failing bot <-> Telegram connection ->
# complaint. Short maintainer lines ("Try the latest version", "fixed") kept as near misses.
# Exposure: none (no text says a key or token got out).
ROWS = [
    # --- payments ---
    ('https://github.com/PayU-EMEA/woo-payu-payment-gateway/issues/64', 'issue', 'complaint', 'other', "After successful payment, status does not update\n\nHi,\n\nI have been using the plugin for a long time and never had a problem, somehow 2-3 days ago there was a problem that the order statuses do not update after a successful payment. Nothing has been changed for a long time.", False),
    ('https://github.com/PayU-EMEA/woo-payu-payment-gateway/issues/64', 'issue', 'other', 'other', "It is a problem with WAF on server. Probably blocks PayU IP (185.68.12.0/24, 185.68.14.0/24).  Please contact with hosting company.", False),
    ('https://github.com/blockonomics/woocommerce-plugin/issues/401', 'issue', 'other', 'none', "WC status changes not working properly.\n\nI have an issue where we have a plugin that is changing the status to completed directly in case the payment is completed, since a few days ago it stopped working with only your plugin and i'm thinking that it might be that you changed something in your plugin?", False),
    ('https://github.com/blockonomics/woocommerce-plugin/issues/401', 'issue', 'other', 'none', "Hi @Energisk87 👋 , we did not push any updates to the plugin. This seems to be a conflict with another plugin you've added or updated recently", False),
    ('https://github.com/magento/magento2/issues/18148', 'issue', 'complaint', 'other', "Today I’m not receive IPN, or get it randomly for some orders. \nDid PayPal make some changes?", False),
    ('https://github.com/magento/magento2/issues/18148', 'issue', 'other', 'other', "As there is still no solution for this, we will inform at Magento support through Enterprise. I will report the outcome if there is still no fix in the meantime.", False),
    ('https://github.com/loadedcommerce/loaded7/issues/710', 'issue', 'complaint', 'other', "PayPal Express - Order Statuses are Not Updated Properly - IPN Issue\n\nIPN is not working again on some sites such as rangekleen.com and nationaldarts.com, and etoolinc.com.", False),
    ('https://github.com/eWAYPayment/eway-rapid-net/issues/5', 'issue', 'complaint', 'other', "Errors with paying via Paypal\n\nPaying with Paypal was the easiest thing in the world to set up.  And yet sometime in the last few weeks it has stopped working.  I suspect something in their API (or yours) has changed, because I don't believe I have changed anything.", False),
    ('https://github.com/eWAYPayment/eway-rapid-net/issues/5', 'issue', 'other', 'other', "Hi Ian - is this in Sandbox? There is an issue with PayPal in Sandbox at the moment due to some changes in SSL certificates that should be resolved later this week.", False),
    ('https://github.com/eWAYPayment/eway-rapid-net/issues/5', 'issue', 'other', 'none', "Any updated (reliable) timeframe on this?", False),
    ('https://github.com/OneZoom/OZtree/issues/470', 'issue', 'complaint', 'other', "PayPal post failure\n\nPayPal fails to post transactions back to the database", False),
    ('https://github.com/OneZoom/OZtree/issues/470', 'issue', 'other', 'other', "This seems to have been fixed in 3.6 with the PayPal callback thing that @lentinj implemented: now that we are running that on production, it all works fine, so closing this.", False),
    ('https://github.com/paytabscom/paytabs-woocommerce/issues/13', 'issue', 'other', 'other', "IPN is not yet supported in our WooCommerce plugin.\nWe have queue this task and will work on it soon.", False),
    # --- smart home / cloud accounts ---
    ('https://github.com/Pigotka/ha-cc-jablotron-cloud/issues/26', 'issue', 'complaint', 'none', "Data from cloud has long outages.\n\nOut of the blue, the integration doesn't connect to the cloud. Continuous initialization is in progress. Once in a while it connects and gets data. After that, nothing again. Has anyone experienced these issues as well? It ran fine for half a year.", False),
    ('https://github.com/Pigotka/ha-cc-jablotron-cloud/issues/26', 'issue', 'complaint', 'none', "Hello, for the last day I have the same problems, before that it was working without problems for two years.", False),
    ('https://github.com/Pigotka/ha-cc-jablotron-cloud/issues/26', 'issue', 'other', 'none', "I do not see such a problem globally. And when you even say it gets the data occasionally it is even more strange.\nCould you reinstall the integration when unavailable and share debug logs of initialization? I need to see which initialization step will fail. Logs from standard run are not needed.", False),
    ('https://github.com/kbirger/ha-smarter-integration/issues/90', 'issue', 'complaint', 'other', "Smarter Integration - HA, iOS App etc - all not working for two week", False),
    ('https://github.com/kbirger/ha-smarter-integration/issues/90', 'issue', 'other', 'other', "I finally heard back from Smarter.Am's Helpdesk..... \"Our technical team is working closely with the service provider to restore full functionality as soon as possible. Unfortunately, we don’t yet have a confirmed timeline, but your devices will automatically reconnect once the service is back online.\"", False),
    ('https://github.com/gcobb321/icloud3_v3/issues/367', 'issue', 'complaint', 'other', "Still not working\n\niCloud3 ist still not working for me.\n\nSince the problem with Apple started i did every update for icloud3. Actually running on 3.1.3. It works for a few hours and then stops. iCloud3 says not logged into Apple account and i'm not able to log in again.", False),
    ('https://github.com/tijsverkoyen/HomeAssistant-FusionSolar/issues/232', 'issue', 'complaint', 'none', "Sensors unavailable\n\nHi there,\n\nI updated today to the 3.3.0 version. But now all my sensors are unavailable. I checked my api account and everything seems to be ok.\n\nIs there anything i need to do after the update?", False),
    ('https://github.com/tijsverkoyen/HomeAssistant-FusionSolar/issues/232', 'issue', 'other', 'none', "Reinstalling the integrations did the trick.", False),
    ('https://github.com/JimStar/reolink_cctv/issues/183', 'issue', 'complaint', 'none', "sensors do not update\n\nsensors do not update after updating to the latest version 0.1.19, if reloaded the integration starts working, but after a while all sensors stop updating again, when going back to the old version of the integration 0.1.18 everything works correctly again", False),
    ('https://github.com/JimStar/reolink_cctv/issues/183', 'issue', 'other', 'none', "Please attach a debug log file, as described in the ticket template.", False),
    ('https://github.com/JimStar/reolink_cctv/issues/183', 'issue', 'other', 'none', "Yes. And the debug-log only makes sense if you wait before your issue starts happening. After that just attach here the **full** log file (starting with HA restart records).", False),
    ('https://github.com/MTrab/energidataservice/issues/846', 'issue', 'complaint', 'none', "No data\n\n### Describe the issue\n\nHi,\n\nLove the work you do. \n\nThere is no data to be found this morning. \nThere is no data in tomorrow\nAt midnight the today data stopped showing\nI did a core update yesterday, might have something to do with it.", False),
    ('https://github.com/MTrab/energidataservice/issues/846', 'issue', 'complaint', 'none', "Same here. API change ?", False),
    ('https://github.com/MTrab/energidataservice/issues/846', 'issue', 'other', 'none', "Backend problems - nothing i can do in the integration", False),
    ('https://github.com/MTrab/energidataservice/issues/846', 'issue', 'other', 'none', "Seems like it's working again - at least it does when I test", False),
    ('https://github.com/athombv/homey/issues/2836', 'issue', 'complaint', 'other', "[com.ifttt] Describe your issue here\n\nAfter the latest update none of the IFTTT flows are working anymore.\nRestarted Homey, restarted the IFTTT app, checked IFTTT, nothing worked.", False),
    ('https://github.com/athombv/homey/issues/2836', 'issue', 'complaint', 'none', "I have the same problem, get the error message, \"502 bad gateway\".", False),
    ('https://github.com/athombv/homey/issues/2836', 'issue', 'other', 'other', "It has been solved with the update from this afternoon. IFTTT is working again.", False),
    ('https://github.com/athombv/homey/issues/2836', 'issue', 'other', 'other', "Hi Robin, I can confirm everything is working as intended. IFTTT get’s triggered by the flows again. Thx!", False),
    ('https://github.com/brbeaird/SmartThings_MyQ/issues/119', 'issue', 'complaint', 'other', "Not your issue but wonder if you run into it, having to relink IFTTT to Smartthings\n\nThis has started happening quite a bit to me later after not happening for years. All the sudden a command that is set up in IFTTT to trigger the MYQ virtual switch isn't recognized.  if I disconnect and reconnect the applet it'll work again w/o changing anything else.", False),
    ('https://github.com/brbeaird/SmartThings_MyQ/issues/119', 'issue', 'other', 'other', "IFTTT was having quite a few issues during March. From what I hear, things have been more stable lately.", False),
    ('https://github.com/AlbertMN/AssistantComputerControl/issues/129', 'issue', 'other', 'other', "Yeah, sadly, Google have decided to be super restrictive all of a sudden - which is truly sad.\nAll Google Assistant applets needs to be re-created, and the reason there are no new official ACC applets, is that I have not had time to re-create all 100+ by hand, and I probably won't have the time anytime soon.", False),
    ('https://github.com/hardillb/node-red-alexa-home-skill-web/issues/130', 'issue', 'complaint', 'other', "Skill stopped working\n\nHello hardillb,\nthank you for your amazing skill. it's been years that I'm using it without any hiccups. Today I notices that my Alexa couldn't talk to my devices so I started troubleshooting and ended up disabling the skill and reenable to re-link but Alexa/Amazon couldn't do the authorization anymore and I can't link my account anymore.", False),
    ('https://github.com/hardillb/node-red-alexa-home-skill-web/issues/130', 'issue', 'other', 'other', "FYI - Amazon is currently having issues\n\nhttps://downdetector.ca/status/amazon-alexa/", False),
    ('https://github.com/hardillb/node-red-alexa-home-skill-web/issues/130', 'issue', 'other', 'none', "Closing as I assume everything is working again now us-east-1 is back up and nobody is screaming.", False),
    ('https://github.com/tartanguru/alexa-assistant-instructions/issues/11', 'issue', 'complaint', 'other', "fix for The skill keeps asking me to link my Google Account not working\n\nI continually have to link my Google Account.  I've tried the fix listed in common issues several times but I still continue to have the issue.", False),
    ('https://github.com/tartanguru/alexa-assistant-instructions/issues/11', 'issue', 'other', 'none', "Thanks both of you. I tried the fix several times and eventually it worked!", False),
    ('https://github.com/mike-grant/haaska/issues/204', 'issue', 'complaint', 'other', "Trouble with Account Linking\n\nHello there,\n\nif setup everything and it looks like that it is working. I can see device from HA with the test function in aws.\nThe last step is to activate the skill in my alexa app. This is the problem. It will not work.", False),
    ('https://github.com/mike-grant/haaska/issues/204', 'issue', 'other', 'none', "Clicked many times and save all in all and now with some magic it worked.", False),
    # --- weather station uploads ---
    ('https://github.com/G6EJD/ESP-Weather-Underground-Sensor-Upload/issues/1', 'issue', 'complaint', 'none', "Connection failed\n\nHi there,\n\nyour script is great. I tried to get it work for my home weather station. I failed like 100 times. \nIt says that the connection failed. Is your script still running at your station?\nI spent like 8 hours and did not get it to work. And I think that something with the authorization procedure does not work anymore. I read that you cannot use the pw anymore you have to use the key.", False),
    ('https://github.com/G6EJD/ESP-Weather-Underground-Sensor-Upload/issues/1', 'issue', 'other', 'other', "WU were purchased by IBM and a condition of the buy-out was that they would no-longer allow free weather data downloads. The only way NOW is to pay their fee or if you had a PWS that was continuously uploading data then they give you a concession to download your own data. So effectively the WU service is shut.", False),
    ('https://github.com/IU5HKU/MiniWXStation/issues/17', 'issue', 'complaint', 'other', "I have problem wunderground publish station\n\nI am having a problem where the weather station is not coming online on the wunderground website. I have checked the website and the URL is correct, as is the publication password.\nIs anyone else having this problem? What else could it be?", False),
    ('https://github.com/IU5HKU/MiniWXStation/issues/17', 'issue', 'other', 'none', "so this function seems to be no more usable, sorry, not my fault.", False),
    ('https://github.com/cytech/Home-Assistant-wundergroundpws/issues/227', 'issue', 'complaint', 'other', "Impossible to connect to server wunderground since 4 days\n\nwunderground worked well till 4 days ago : but at first, the datas did'nt updating (even if I refreched the integration). So i decided to reinstall the integration and after sone try evreything worked well again (it was difficult to connect to wunderground server but it was going good after some tryes) . Some hours later, datas did'nt updated again.", False),
    ('https://github.com/cytech/Home-Assistant-wundergroundpws/issues/227', 'issue', 'other', 'none', "not a valid bug report template\nconverted to discussion", False),
    ('https://github.com/leoherzog/WundergroundStationForwarder/issues/66', 'issue', 'complaint', 'other', "Problem fetching from api.weather.com\n\nTrying to pull from wunderground and post to CWOP. It worked once, but not after that. I'm using the API key, not station key.", False),
    ('https://github.com/leoherzog/WundergroundStationForwarder/issues/66', 'issue', 'other', 'other', "I regenerated my wunderground API key and it seems to be working now.", False),
    ('https://github.com/leoherzog/WundergroundStationForwarder/issues/66', 'issue', 'complaint', 'none', "Hopefully they figure something out soon. Whatever is happening is screwing my API key pretty much once a day. I'm going to have to stop using this until it can be figured out.", False),
    # --- open data APIs ---
    ('https://github.com/austender/austender-ocds-api/issues/5', 'issue', 'complaint', 'none', "API not working since 12 May 2021\n\nAPI calls using dates or CN ids return errors after 12 May.", False),
    ('https://github.com/austender/austender-ocds-api/issues/5', 'issue', 'other', 'none', "We apologise for the occasional missing updates to the OCDS data, and for the very long pause in us reponding to these issues.  We've improved our monitoring of the function that creates that data this week.  And also started monitoring this repo better.", False),
    ('https://github.com/carbon-intensity/api-definitions/issues/18', 'issue', 'complaint', 'none', "Api not returning intensity data\n\nI have used the api for a while.. today its not returning any intensity data.. is there some system issue?", False),
    ('https://github.com/carbon-intensity/api-definitions/issues/18', 'issue', 'other', 'none', "None of the widgets on https://carbonintensity.org.uk are currently displaying so this looks pretty widespread.", False),
    ('https://github.com/carbon-intensity/api-definitions/issues/18', 'issue', 'complaint', 'none', "I thought it was just me!", False),
    ('https://github.com/carbon-intensity/api-definitions/issues/18', 'issue', 'complaint', 'none', "Happening again May 30 2024, nothing forecast after 10pm today for the last few days and now nothing at all on the web page.", False),
    ('https://github.com/carbon-intensity/api-definitions/issues/18', 'issue', 'other', 'none', "Closing this old issue from 2023 as problem was with data source and resolved.  In this instance systems maintenance took the data source off line ... service was restored at the end of the maintenance window.", False),
    ('https://github.com/socrata/dev.socrata.com/issues/552', 'issue', 'complaint', 'none', "Data missing after 7/4/2016 update\n\nMy code stopped working yesterday and I noticed there was a note on the page (https://dev.socrata.com/foundry/data.energystar.gov/3pic-tayf) that the data was \"synchronized\" yesterday. My debugging showed no data is being returned.", False),
    ('https://github.com/socrata/dev.socrata.com/issues/552', 'issue', 'other', 'none', "@evenrik OK, looks like the API is returning data now. Our engineering team is still looking into the cause of the sync error, but your app should work again.", False),
    ('https://github.com/socrata/dev.socrata.com/issues/552', 'issue', 'complaint', 'none', "The \"try it\" still does not work. Will try to run my code.", False),
    ('https://github.com/socrata/dev.socrata.com/issues/552', 'issue', 'other', 'none', "Thanks that worked. My app is also getting data now.", False),
    # --- calendar and cloud-storage sync ---
    ('https://github.com/ennswi/AndroidCaldavSyncAdapater/issues/24', 'issue', 'complaint', 'other', "aCalDav stop syncing\n\nHello,\nWhen I install aCalDav, I setup sync every 15minutes.\nAt the beginning, the sync is perfect, but, after one or two days, the sync stop...\nSo, I uncheck and re-check the sync option, and it works only for one time...", False),
    ('https://github.com/ennswi/AndroidCaldavSyncAdapater/issues/24', 'issue', 'complaint', 'other', "I'm hitting the problem for a month now.\nBefore 15/02/2017 everything was working great, but since then the synchronization is not done anymore, even when you try to force it.\n\nI'm trying to synchronize with owncloud (I triple checked the credentials).", False),
    ('https://github.com/ennswi/AndroidCaldavSyncAdapater/issues/24', 'issue', 'complaint', 'none', "The problem is unfortunately still present today.\n\nCould please re-open that issue?", False),
    ('https://github.com/adrian/upm-android/issues/37', 'issue', 'complaint', 'other', "Sync with Dropbox stopped working\n\nI’m not sure if this is similar to the problem reported in #32 , but my Android UPM app stopped syncing with DropBox in the last week or so.\n\nMy DropBox app still works on my phone, but UPM 1.17 (22) states “Problem communicating with Dropbox” when I attempt to sync.", False),
    ('https://github.com/adrian/upm-android/issues/37', 'issue', 'other', 'other', "I've just released a new version of UPM (version 1.19) with a fix for the Dropbox syncing issue. This new version should be available as an upgrade in the play store over the next few hours.", False),
    ('https://github.com/todotxt/todo.txt-cli/issues/229', 'issue', 'complaint', 'other', "Failure to Sync (Android)\n\nHi, I'd like to report what seems to be a new bug.  I'm on a Samsund Galaxy 5 with Android \nI\"ve been using this app for years and I love it.  \nIt has always been working great on this phone and on my previous phones.\nBut in the past week or so, I haven't been able to sync with dropbox. Error message: \"Synchronizing Failed\" when I open the app or when I try to add a new task or when I click \"Sync now\"", False),
    ('https://github.com/todotxt/todo.txt-cli/issues/229', 'issue', 'other', 'other', "Believe this is related to the bump in Dropbox's API from v1 to v2. Noticed someone mention that Dropbox turned off the v1 API over the weekend.", False),
    ('https://github.com/mpcjanssen/simpletask-android/issues/1159', 'issue', 'other', 'other', "Updating the SDK was needed and is doen, #1157 handles the dropbox syncing problem, which is not fixed by updating the API.\nSee updates there.", False),
    ('https://github.com/mechatroner/word-discoverer/issues/2', 'issue', 'other', 'other', "要是能加入同步功能就更好了\n\n要是使用google drive等网盘同步就更好了", False, 'zh'),
    ('https://github.com/mechatroner/word-discoverer/issues/2', 'issue', 'other', 'other', "Google Drive sync is implemented. @yaro97 you can try it now in version 2.9.2", False),
    ('https://github.com/mechatroner/word-discoverer/issues/2', 'issue', 'complaint', 'other', "I have this plugin version 2.10.2, but it constantly shows me an error: `\"Unable to get oauth token\"`. \n\nI have no problems logging in with my Google Drive from my browser.", False),
    # --- fitness ---
    # --- chat bots and webhooks ---
    ('https://github.com/djudman/evernote-telegram-bot/issues/35', 'issue', 'complaint', 'none', "Bot stopped responding\n\nSince a couple of days ago the bot stopped saving messages and responding to any command. Any idea why?", False),
    ('https://github.com/djudman/evernote-telegram-bot/issues/35', 'issue', 'other', 'none', "@jagr21 @scorp77777 fixed", False),
    ('https://github.com/yegor256/0rsk/issues/31', 'issue', 'complaint', 'other', "Telegram bot is not working\n\n`@zerorsk_bot` is not responding for any message, I tried some predefined commands like `/done` and `/tasks` but it's keeping silence. (also tried hello and version - no response)", False),
    ('https://github.com/yegor256/0rsk/issues/31', 'issue', 'other', 'none', "@g4s8 hm... works for me. Can you try now?", False),
    ('https://github.com/yegor256/0rsk/issues/31', 'issue', 'other', 'none', "@yegor256 yes, it's working now. Also, I received answers for yesterday messages (with 1 day delay).", False),
    ('https://github.com/z44d/tgram/issues/15', 'issue', 'complaint', 'none', "My bot stopped handling and receive updates.\n\nafter 3 days of running my bot, it's stopped responding without any exceptions or any information in logger.", False),
    ('https://github.com/z44d/tgram/issues/15', 'issue', 'other', 'none', "attach more information to your issue or close it, i can't guess what happened to your bot, my magical power is limited.", False),
    ('https://github.com/z44d/tgram/issues/15', 'issue', 'other', 'none', "Should be [fixed](https://github.com/2ei/tgram/commit/754c7193d610104af4c9677894661a1e939c4a68), please reopen it if you faced it again.", False),
    ('https://github.com/out386/aria-telegram-mirror-bot/issues/90', 'issue', 'complaint', 'other', "I tried to send messages to the bot but it wasn't responding.\nI checked the telegram API and found that the bot didn't do getupdates.\nThere's definitely nothing wrong with my `.constant.js` since I just re-installed the os and copied the same one which once successfully ran.  \nWhat may be the problem?", False),
    ('https://github.com/out386/aria-telegram-mirror-bot/issues/90', 'issue', 'other', 'other', "Try with a different test bot account, once. Sometimes (very rarely) Telegram bots stop responding for a couple days.", False),
    ('https://github.com/out386/aria-telegram-mirror-bot/issues/90', 'issue', 'other', 'none', "Yes！That works！\nThe previous bot was dead and I created a new bot and it came back to normal.\nThank you very much!!!", False),
    ('https://github.com/mautrix/telegram/issues/621', 'issue', 'complaint', 'none', "bot not responding anymore\n\nI have a bridge running for a while now. Everything used to go fine until recently. I notice that I cannot talk to the bot anymore. The weird thing is all the bridge room I already have keeps getting updates. The only thing that seems broken is the bot itself. It doen't respond to any message anymore and always appears offline.", False),
    ('https://github.com/mautrix/telegram/issues/621', 'issue', 'other', 'none', "Seems the error was due to the fact that the telegrambot use was ignore somwhow... unignoring it solved the issue", False),
    ('https://github.com/Patbox/BanHammer/issues/39', 'issue', 'complaint', 'other', "Discord webhooks not working [1.20.1]\n\nand it worked for a few weeks, but suddenly stopped working, with no clear indication from the logs that the messages are failing to send. Possibly an issue with the Discord API?", False),
    ('https://github.com/Patbox/BanHammer/issues/39', 'issue', 'other', 'other', "Yeah discord removed an old way of doing things, it's been fixed by #38 \nThough that might not have been released for your Minecraft version", False),
    ('https://github.com/jb3/webhook-discord/issues/59', 'issue', 'complaint', 'other', "Webhook posts are failing\n\nHi,\n\nMy app spontaneously stopped posting to Discord several hours ago (no code changes on my part, tested on multiple envs).\n\nWas running 3.6.0 and updated to 3.7.4 to no avail (however, reverting to 3.5.1 seems to work).", False),
    ('https://github.com/statevde/statev_v5_issues/issues/1349', 'issue', 'complaint', 'other', "GitHub webhook im discord ist kaputt\n\n**Character Name**\nDiscord\n\n**Auftrittszeitpunkt (Datum / Uhrzeit)**\nSiehe Zeitpunkt letzter Nachricht \n\n**Beobachtetes Verhalten**\nWebhook postet keine neuen Bugtracker Einträge mehr", False, 'de'),
    ('https://github.com/statevde/statev_v5_issues/issues/1349', 'issue', 'other', 'none', "wieder am laufen ;)", False, 'de'),
    ('https://github.com/discohook/site/issues/94', 'issue', 'complaint', 'none', "Update it says the Webhook is incorrect despite me copying the webhook url and directly copying it without change. Why is this its still valid. Webhooks can't expire can it?", False),
    ('https://github.com/discohook/site/issues/94', 'issue', 'other', 'none', "I'm going to mark this as complete because it worked fine on a different device and not my main. I'm not sure why I didn't have any extensions or vpn's on the browser I was using.", False),
    ('https://github.com/postmanlabs/postman-app-support/issues/5630', 'issue', 'complaint', 'other', "Slack integration not receiving messages\n\n**Describe the bug**\nI installed the slack integration for my monitor. The authorization works fine and Slack is showing Postman with the proper rights. However, no results (neither success nor failure) get actually send to Slack.", False),
    ('https://github.com/postmanlabs/postman-app-support/issues/5630', 'issue', 'other', 'none', "@RT-TL Can you confirm if the collection associated with your monitor is present in the workspace and if the monitor itself ran as per the schedule.", False),
    # --- analytics collection and exports ---
    ('https://github.com/OregonDigital/ControlledVocabularyManager/issues/258', 'issue', 'complaint', 'other', "Google Analytics stopped working\n\nWe added the GA tracking code to the site a few months ago but according to the latest report, GA's not receiving data from the site.  The last reported data came in on 4/26/16.", False),
    ('https://github.com/Sterc/Analytics-dashboard-widget/issues/32', 'issue', 'complaint', 'other', "Stopped working\n\nI have several sites all running Analytics perfectly up until about a week ago.\nI can revoke authorization, re-authorize no problems. Create a new GG account, new everything, authorize, no problems \n- but no stats coming in.", False),
    ('https://github.com/Sterc/Analytics-dashboard-widget/issues/32', 'issue', 'other', 'other', "A new version will released this week with a fix for this. A quick fix is to trim the last / from the url on line 608 in the Google Analytics Request class.", False),
    ('https://github.com/Sterc/Analytics-dashboard-widget/issues/32', 'issue', 'other', 'none', "Fix works perfectly, thanks again.", False),
    ('https://github.com/LibCrowds/libcrowds/issues/228', 'issue', 'complaint', 'other', "Fix Google Analytics\n\nThis is strange as nothing has changed here for weeks but we seem to have no Analytics data from 1st September.", False),
    ('https://github.com/LibCrowds/libcrowds/issues/228', 'issue', 'other', 'none', "Nope, we're good, I was looking at the old server!", False),
    ('https://github.com/department-of-veterans-affairs/va.gov-team/issues/15747', 'issue', 'complaint', 'other', "[BUG] GA<>BigQuery Export 11/2\n\n## What happened?\nOur daily Google Analytics<>BigQuery export is outside of it's normal morning-AM hours window and has not completed the daily export.", False),
    ('https://github.com/department-of-veterans-affairs/va.gov-team/issues/15747', 'issue', 'other', 'other', "Issue has been escalated to our Google analytics enterprise support", False),
    # --- shops and mailing lists ---
    ('https://github.com/shopwp/wp-shopify/issues/107', 'issue', 'complaint', 'other', "Products not synced when sync was marked successful\n\nI cant sync the products from my shopify store.\nThe sync seems fine, but there are only two dialog entries.\nAll tutorials have a much longer sync checklist.\n\nI tried to disconnect and reconnect multiple times, but I cant see any wrong setting on my side.", False),
    ('https://github.com/shopwp/wp-shopify/issues/107', 'issue', 'other', 'other', "Hey there. By default in 2.0, the plugin won't sync your Shopify data as native WP posts. If you want to do this you'll need to enable it from within the plugin settings.", False),
    ('https://github.com/govhackaustralia/hackerspace3/issues/416', 'issue', 'other', 'other', "Just wondering what you mean by this\n\n> Mailchimp integration has not been working for the past few years.\n\nDoes this mean we haven't been updating the mailing lists or is it that our mailchimp subscription/account/config is off and it's not working at all, even for the existing mailing list?", False),
    ('https://github.com/govhackaustralia/hackerspace3/issues/416', 'issue', 'complaint', 'none', "Yeah it still needs some investigation, but essentially our mailing list isn't being updated for some reason. I've started investigating but it's still unclear as to whether it's config or code.", False),
]
