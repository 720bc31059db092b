# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 69 (mine-a, round 3): home and hobby users whose cloud-linked
# integrations stop without a developer's vocabulary — "Suddenly, the sensi
# integration is unable to authenticate", "Keine Verbindung mehr zur Cloud",
# "since a day or two, Home Assistant is not able to connect to the cloud",
# sensors "Unavailable" since a release, "I'm in the same boat", a thermostat
# graph "stuck on Sync", a Fitbit face showing stale data, a tracker that
# "hasn't pulled any data since the end of September"; and the replies
# that close them: "Bringing in the latest update solved this issue",
# "Solved for me by removing and adding the integration", "Worked as of
# this morning", vendor outages upstream.
ROWS = [
("https://github.com/iprak/sensi/issues/31","issue","complaint","other","\"Invalid Credentials\" No Longer Able To Authenticate. Suddenly, the sensi integration is unable to authenticate. I tried to setup a new instance and still get an \"invalid credentials\" error. I am able to login to the sensi app with those same credentials. Maybe a auth token issue?"),
("https://github.com/iprak/sensi/issues/31","issue","other","none","@iprak ah ok. I see that now. Sorry, should have checked that first. Bringing in the latest update solved this issue."),
("https://github.com/iprak/sensi/issues/27","issue","complaint","none","Can't login. With some problems I'm seeing, I just tried re-installing the addon.  I can't login anymore.  It says invalid credentials.  I am using the credentials to log into the mobile app.  I'm stuck."),
("https://github.com/iprak/sensi/issues/27","issue","complaint","none","Yes right now it is rejecting credentials, all the entities become unusable"),
("https://github.com/iprak/sensi/issues/27","issue","complaint","other","I have tried create a new sensi account and its still rejecting me login"),
("https://github.com/iprak/sensi/issues/27","issue","complaint","none","Same here can't log in, logs not helpful .."),
("https://github.com/dala318/python_poollab/issues/16","issue","complaint","none","Keine Verbindung mehr. Zur Zeit bekomme ich keine Verbindung mehr zur Cload aufgebaut. Egal ob man einen neuen Token erstellt oder den alten nutzen will.",False,"de"),
("https://github.com/dala318/python_poollab/issues/16","issue","complaint","none","No Connection to cloud since yesterday. Invalide Auth"),
("https://github.com/dala318/python_poollab/issues/16","issue","other","none","Solved for me by removing and adding the integration. Seem it lost the auth token in some update"),
("https://github.com/Limych/ha-jq300/issues/126","issue","other","none","Thanks, with your issue, removing and re-pair, all the sensors work again."),
("https://github.com/briis/weatherflow_forecast/issues/150","issue","complaint","other","Getting Unavailable on all sensors. Since the Home Assistant 2024.08 release, I have been getting on all of my WeatherFlow devices and sensors \"Unavailable\" . I deleted the WeatherFlow API key and built a new key using the WeatherFlow methods. This restored the measures, but it failed after 12 hours."),
("https://github.com/briis/weatherflow_forecast/issues/150","issue","other","none","I cannot reproduce this. Everything is working in my two installations. Could you have a look in the Log to see if anything shows up here, and post that?"),
("https://github.com/rsnodgrass/hass-sensorpush/issues/14","issue","complaint","other","Unable to fetch latest samples from SensorPush cloud. since a day or two, Home Assistant is not able to connect to the cloud"),
("https://github.com/rsnodgrass/hass-sensorpush/issues/14","issue","other","other","According to \"SensorPush Web Site\"  those new Sensors generation will be added to cloud late January 2021 no data available in the cloud for those sensor... i am closingthe isssue"),
("https://github.com/bodyscape/cielo_home/issues/41","issue","complaint","none","Failed Authentication. I noticed my integration stopped working this morning (couldn't see devices in the integration any more). Tried several times and always get a failed authorization response."),
("https://github.com/bodyscape/cielo_home/issues/41","issue","complaint","none","Oh no, I also just lost communication (says \"Unavailable\"). We just lost power for a few hours and thought that was it, but I guess not. My phone app still works fine, so it shouldn't be a Cielo server issue."),
("https://github.com/bodyscape/cielo_home/issues/41","issue","complaint","none","I'm in the same boat as @yodashut I've deleted and re-added the integration, but it fails."),
("https://github.com/bremor/bureau_of_meteorology/issues/118","issue","complaint","none","Sensors report as Unavailable, and error log shows \"Cannot connect...\". The integration was previously working without incident. Now all the sensors are reporting unavailable."),
("https://github.com/bremor/bureau_of_meteorology/issues/118","issue","other","none","This sounds like when the integration started that there was no internet connectivity. Possibly a duplicate of #113"),
("https://github.com/home-assistant/core/issues/83274","issue","complaint","none","Any news on this? I'm disappointed that there are no workarounds other than removing and adding the integration again."),
("https://github.com/masaccio/ha-kingspan-watchman-sensit/issues/27","issue","complaint","other","Is this integration still working? I just got a couple of Sensit devices and sensors, but on installing the HA integration, the prompt for username and password always fails."),
("https://github.com/masaccio/ha-kingspan-watchman-sensit/issues/27","issue","other","none","Yes working with latest HA Core."),
("https://github.com/beestat/app/issues/304","issue","complaint","none","Data stuck on Sync. After not logging in for a while, I see my Thermostat Detail graph is stuck on \"Sync\".   Same goes for the Sensors page.  I dont think it has pulled any data since the end of September."),
("https://github.com/beestat/app/issues/304","issue","other","none","Worked as of this morning, closing out. Thanks"),
("https://github.com/cpfair/tapiriik/issues/229","issue","complaint","other","Sync stuck on \"Checking Garmin Connect\" since May 17. I have been stuck at \"Checking Garmin Connect\" for a few days, whether I disconnect GC or not. I have RunKeeper, Strava, Dropbox, Smashrun, and Garmin linked."),
("https://github.com/iLiviu/road-to-fire/issues/35","issue","complaint","other","Account error after the latest update. After applying the latest update the account won't sync. I tried many times to clear the cache and reconnect the google drive. Other tabs (transactions, profits) are ok."),
("https://github.com/etesync/etesync-web/issues/310","issue","complaint","none","At first, the sync from my Phone to the Database on the Computer was working. However, about a week ago the sync seems to have stopped working.   The same goes for my contacts. At first, it was working but now it is not working."),
("https://github.com/Rytiggy/Glance/issues/90","issue","complaint","other","Sync issue. Hi, my fit bit seems to have stopped automatically syncing so I constantly get the stale data message. I have to go in and resync in the fit bit app manually."),
("https://github.com/Rytiggy/Glance/issues/90","issue","other","other","If you're using Dexcom as your data source their servers have been having trouble. It should be resolved by Dexcom soon."),
]
