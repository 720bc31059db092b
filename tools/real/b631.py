# b631 -- rows from issue threads of Home Assistant core / home-assistant.io, Homebridge plugins, openHAB
# add-ons, ioBroker adapters and related custom components for cloud services: Tesla (alandtse/tesla,
# tesla-http-proxy-addon, Tessie, Teslemetry, Tesla Fleet), Ring, Google Nest, tado, Netatmo, myQ (HA core,
# homebridge-myq, SmartThings-MyQ-Edge), Bosch/Siemens Home Connect (ioBroker, openHAB, node-red, bosch-homecom),
# VW/Skoda (ioBroker.vw-connect), BMW ConnectedDrive (HA core, bimmerconnected), Spotify (spotcast, Spotify Connect
# add-on), Tuya (homebridge-tuya-ir), Withings, Roborock / Google Calendar, Ecobee (none kept).
#
# Source: the issues corpus (search). Every thread was checked against all earlier batches with a thread counter;
# 54 distinct threads, none exceeding 4 rows in total. Anchors "#issuecomment-N" are the ORDINAL position of
# the comment as shown by the index excerpt (1 = first comment after the description); where the excerpt began
# mid-thread the anchor is "#issuecomment-<author>-<date>" instead -- both only separate rows, they are not GitHub
# comment ids. A row without anchor is the thread's first post (body only, title not prepended).
# Texts verbatim from the index excerpts; markup stripped (code fences, bold, images), issue-template headings
# dropped. Long logs/tracebacks cut (alandtse/tesla#190, #941, core#167835, dna909/ioBroker.homeconnect#35 kept only
# the relevant log lines, TA2k/ioBroker.vw-connect#82/#258 kept the error lines); excerpts that ended mid-sentence were
# cut at the last complete sentence (core#166167 c1, core#26924 vangorra, openhab-addons#16788 c3,
# app-spotify-connect#319 description cut after "Expected behavior").
#
# Counts: 82 rows, 44 complaint / 38 other. voice: all "issue". language: all English.
# integration: {'other': 51, 'none': 31}. exposure_mentioned True: 0.
#
# Doubtful label calls:
#   - core#101763 c1 ("I am having the same issue as well" then says they moved to local ESP32 control) -> complaint
#     as a "+1 same problem".
#   - hassio-addons/app-spotify-connect#319 description -> complaint: phrased as a feature request (token login) but
#     reports that login no longer works and the add-on cannot connect.
#   - humbertogontijo/homeassistant-roborock#550 (Google Calendar integration stopped working) -> other: cause is a
#     Python dependency pin conflict between two integrations, not a failing connection/auth; user already fixed it.
#   - openhab-addons#16788 (bridge "Online" but no appliances, 401s in title) -> complaint: setup of the Home Connect
#     authorization not working.
#   - core#104268 c1 (points to closed issues, says Chamberlain broke the API) and core#101912 rows -> other: commentary,
#     not the writer's own failure report.
#   - core#114358 c1 (Tessie: "reconnected my Tesla account ... it worked") -> other (works now).

ROWS = [('https://github.com/home-assistant/core/issues/114358',
  'issue',
  'complaint',
  'other',
  'Hi, my Tessie integration refuse to connect anymore. My Token is good as per Tessie themselves, so they point me to '
  'the HA integration that may be at fault\n'
  '\n'
  'I see this log :\n'
  '\n'
  '2024-03-28 09:30:27.311 ERROR (MainThread) [homeassistant.components.tessie.coordinator] Authentication failed '
  "while fetching Tessie data: 401, message='Unauthorized', url=URL('https://api.tessie.com/XXXXXXXX/status')\n"
  '\n'
  '(I have obfuscated the XXXXXX of course) ... but Tessie said my Token is good, I tested multiple re-generated '
  'tokens with no luck',
  False),
 ('https://github.com/home-assistant/core/issues/114358#issuecomment-1',
  'issue',
  'other',
  'other',
  'Well actually even if the token seemed good, I reconnected my Tesla account to Tessie and it worked ... not an HA '
  'issue to me',
  False),
 ('https://github.com/alandtse/tesla/issues/911#issuecomment-jesserockz-2024-03-27',
  'issue',
  'complaint',
  'none',
  'I am running 3.20.4 but it was working still after updating and stopped working on Monday I believe',
  False),
 ('https://github.com/alandtse/tesla/issues/911#issuecomment-llamafilm-2024-03-27',
  'issue',
  'other',
  'other',
  'I believe a token is supposed to be good for 8 hours. Your log shows 7:59:46 remaining and then it suddenly '
  'expires. So I suspect it was never working in the first place.\n'
  'I think there’s a bug here in the reauth config flow, so to change the token you need to delete the car/integration '
  'and add it back.\n'
  'Also, I removed the OAuth piece from the proxy add on in the latest version. So now you shouldn’t have to ever '
  'restart it. I recommend the Tesla Auth app (for macOS and iOS) to generate a refresh token.',
  False),
 ('https://github.com/alandtse/tesla/issues/911#issuecomment-llamafilm-2024-03-29',
  'issue',
  'other',
  'other',
  'Someone shared a python script to create the token here: '
  'https://github.com/llamafilm/tesla-http-proxy-addon/discussions/69\n'
  '\n'
  'I like the Tesla Auth app because it cleverly intercepts the URL to avoid the copy/paste.  I hope someone ports it '
  'to Android.',
  False),
 ('https://github.com/alandtse/tesla/issues/190',
  'issue',
  'complaint',
  'other',
  'My Home Assistant instance with this custom component quit working today. Assuming that the token had expired, I '
  'refreshed it in the Tesla Tokens app but found no way to force a refresh within the Tesla Custom Component GUI. To '
  'get around this I removed the custom component, restarted, added it back, but now I get an error when attempting to '
  'authenticate. \n'
  '\n'
  'Can anyone suggest next troubleshooting steps? \n'
  '\n'
  "I did find another website mentioning that V3 of the Tesla Auth API started in Feb 2022, but since we're in April "
  'and no one else is reporting an issue I assume this is not the case.',
  False),
 ('https://github.com/home-assistant/core/issues/167835',
  'issue',
  'complaint',
  'other',
  'Teslemetry started requiring re-authentication this evening (having never required it before). I proceed through '
  'the re-auth which appears successful but a few seconds later it shows as requiring attention saying "Failed to set '
  'up: Access token is invalid, please reauthenticate". Repeating authentication process simply ends up repeating the '
  'whole thing and never staying authenticated.',
  False),
 ('https://github.com/alandtse/tesla/issues/941#issuecomment-nickshine-2024-05-27',
  'issue',
  'complaint',
  'none',
  'I have run in to this issue as well.\n'
  '\n'
  '2024-05-26 21:26:29.890 DEBUG (MainThread) [teslajsonpy.connection] Unable to refresh sso oauth token\n'
  "2024-05-26 21:26:29.890 DEBUG (MainThread) [teslajsonpy.connection] Auth returned {'error': 'login_required', "
  "'error_description': 'The refresh_token is invalid', 'referenceID': "
  "'31972244-7547-4273-ac31-55bf00327e42-1716776789821. For more information, visit: "
  "https://developer.tesla.com/docs/fleet-api#help-and-support'}",
  False),
 ('https://github.com/home-assistant/core/issues/166167',
  'issue',
  'complaint',
  'other',
  'Everytime Home assistant restarts Tesla Fleet integration need re-authinication:\n'
  'I tried to remove the integration, restart Home Assistant and re-add the integration but still the same issue',
  False),
 ('https://github.com/home-assistant/core/issues/166167#issuecomment-1',
  'issue',
  'complaint',
  'none',
  '@Bre77 - I am encountering the same issue that Xieo mentions above. The integration was working fine for me for '
  'many months, but recently I started to get prompted to reauthenticate frequently (and it has now become a daily '
  'occurrence.) I pasted two entries from my logs below in case it is helpful. Every time I get the request to '
  're-authenticate, I successfully log in and link the app and things work fine for a little while, then it happens '
  'again. I just turned on debug logging.',
  False),
 ('https://github.com/llamafilm/tesla-http-proxy-addon/issues/52',
  'issue',
  'complaint',
  'other',
  'Tesla integration was configured via Proxy and was running fine for about the day, but after restart of the server '
  "can't get it running again. Error in the logs below",
  False),
 ('https://github.com/alandtse/tesla/issues/20#issuecomment-zephyrus9MA-2021-09-11',
  'issue',
  'complaint',
  'none',
  'Tried latest version (with token) after generating a token and testing it using curl commands. The login failed:',
  False),
 ('https://github.com/home-assistant/core/issues/114279',
  'issue',
  'complaint',
  'other',
  'There is no obvious way of changing the login credentials in Ring integration if it is already setup so I deleted '
  'it and tried to re-add it.\n'
  'It asked me for my Ring login details but kept failing.\n'
  '\n'
  'I tried to login to my ring.com account directly and I was prompted for an MFA code.\n'
  "The Ring integration does not ask for this so I'm guessing why logging into to the Ring account via HA is failing "
  "because it's not prompting to add the MFA code at login.",
  False),
 ('https://github.com/home-assistant/core/issues/114279#issuecomment-1',
  'issue',
  'other',
  'none',
  "Hi, MFA is working for me.  Are you sure you're using the right credentials?  Could you enable debug logging for "
  'the ring integration and the ring_doorbell library and upload some logs?',
  False),
 ('https://github.com/home-assistant/home-assistant.io/issues/11603',
  'issue',
  'other',
  'other',
  "I know the ring component was broken because Ring updated their API, and also added 2FA, but now that it's working "
  "again, the documentation hasn't been updated to reflect whether or not this component works if you have 2FA enabled "
  'on your account.',
  False),
 ('https://github.com/home-assistant/home-assistant.io/issues/11603#issuecomment-3',
  'issue',
  'other',
  'none',
  'For the 0.104, the integration will work differently, including 2FA support.\n'
  '\n'
  "I'm suggesting on closing this issue for now since the documentation for the next release has been updated.",
  False),
 ('https://github.com/home-assistant/core/issues/44584#issuecomment-dgomes-2020-12-28',
  'issue',
  'complaint',
  'none',
  'Meanwhile got this warning and lost control over the thermostat\n'
  '\n'
  '2020-12-28 21:04:00 WARNING (Thread-OnRpcTerminated) [google_nest_sdm.google_nest_subscriber] Subscriber '
  "disconnected, will restart: <class 'google.api_core.exceptions.Unauthenticated'>: 401 Request had invalid "
  'authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. '
  'See https://developers.google.com/identity/sign-in/web/devconsole-project.',
  False),
 ('https://github.com/home-assistant/core/issues/138253',
  'issue',
  'complaint',
  'other',
  'Nest is failing after 20 mins, credentials never get a new expiry time',
  False),
 ('https://github.com/home-assistant/core/issues/98390',
  'issue',
  'complaint',
  'other',
  "After a number of days/weeks (I'm not sure how many) the google nest integartion stops, and there's an error saying "
  "the token has expired.  It comes up saying it needs 'reconfiguring' in the HA frontend.\n"
  '\n'
  "This could be the same issue as #92927, however I'm not sure as mine doesn't stop as soon as hours normally.\n"
  '\n'
  "This issue has been present in at least the last two versions of HA, but I can't be more specific as to the last "
  'one in which it was working, sorry!',
  False),
 ('https://github.com/homebridge-plugins/homebridge-tado/issues/158',
  'issue',
  'complaint',
  'other',
  'Reopening this issue with a screenshot in Home and adding that I’m running the plugin in a child bridge. \n'
  '\n'
  'Connexion with Tado fails therefore all my thermostats are displaying off/0º and are not responding.',
  False),
 ('https://github.com/home-assistant/core/issues/161054#issuecomment-SaintTDI-2026-01-16',
  'issue',
  'complaint',
  'none',
  'I have the same issue, it worked till yesterday night.\n'
  '\n'
  "I'm using: \n"
  'Home Assistant OS\n'
  'Core 2026.1.1\n'
  'Supervisor 2026.01.1\n'
  'Operating System 16.3\n'
  'Frontend 20260107.1',
  False),
 ('https://github.com/home-assistant/core/issues/141181',
  'issue',
  'complaint',
  'other',
  'My Tado integration is not loading anymore since HA 2025,3.4. It suddenly stopped working on Saturday areound 6pm '
  'CET. \n'
  '\n'
  'I have tried to setup the integration on my DEV environment for troubleshooting with the same error. However I can '
  'log on my Tado app itself. The login credentials are correct, I checked it several times. \n'
  '\n'
  'The Tado bridge has FW 92.1.\n'
  '\n'
  'Any help would be much appreciated.',
  False),
 ('https://github.com/home-assistant/core/issues/79238',
  'issue',
  'complaint',
  'other',
  'After Beta Update stop working Netatmo Integration\n'
  'Reconfigure is not Working\n'
  '\n'
  'Log:\n'
  'Logger: homeassistant.config_entries\n'
  'Source: config_entries.py:1088\n'
  'First occurred: 01:01:08 (5 occurrences)\n'
  'Last logged: 01:04:13\n'
  '\n'
  "Config entry 'Netatmo' for netatmo integration could not authenticate: Token scope not valid, trigger renewal",
  False),
 ('https://github.com/home-assistant/core/issues/79238#issuecomment-2',
  'issue',
  'complaint',
  'none',
  'Same for me \nPhil',
  False),
 ('https://github.com/home-assistant/core/pull/57487',
  'issue',
  'other',
  'other',
  'Trigger reauthentication for Netatmo when token or token scope is invalid.',
  False),
 ('https://github.com/home-assistant/core/issues/111938',
  'issue',
  'other',
  'other',
  'Good morning,\n'
  '\n'
  'I just received an email from Netatmo that they will update their policy regarding API keys and Access/Refresh '
  'Tokens as  per May 29, 2024. As I use Netatmo for my main security via Home Assistant, I wonder if I need to adapt '
  'my configuration or maybe the integration itself.\n'
  '\n'
  'Kind regards.\n'
  '\n'
  'Douwe',
  False),
 ('https://github.com/home-assistant/core/issues/97748',
  'issue',
  'complaint',
  'other',
  'The MyQ integration fails to connect and the error in the log says 401 Unauthorized.',
  False),
 ('https://github.com/home-assistant/core/issues/97748#issuecomment-1',
  'issue',
  'other',
  'none',
  'After letting it sit with the integration removed from HA for about 45 minutes, I tried it again and could now '
  'connect.',
  False),
 ('https://github.com/hjdhjd/homebridge-myq/issues/45',
  'issue',
  'complaint',
  'other',
  'Just starting getting this error today: \n\nError getting MyQ devices: Unauthorized (216)',
  False),
 ('https://github.com/hjdhjd/homebridge-myq/issues/45#issuecomment-1',
  'issue',
  'other',
  'other',
  "well whatever you do, don't restart your homebridge instance like I just did - it will remove the device from "
  'homekit along with any automations',
  False),
 ('https://github.com/hjdhjd/homebridge-myq/issues/45#issuecomment-4',
  'issue',
  'complaint',
  'other',
  'Same issue...\n'
  '\n'
  '@kbrashears5 I wish I would have checked here first, before restarting Homebridge (doing so removed the device from '
  'HomeKit/Home-app for me too)... *sigh*...\n'
  '\n'
  'Btw, as someone pointed out in the other (same) issue posted, I am also unable to log into chamberlain.com – it '
  "says the username/password I entered was/is incorrect (even know that's not true).\n"
  '\n'
  'Chamberlain is most likely the problem... they are kind of the worst...',
  False),
 ('https://github.com/home-assistant/core/issues/97796',
  'issue',
  'complaint',
  'other',
  'The MyQ integration fails to connect, and the error in the log says 401 Unauthorized. I tried resetting the '
  'password and adding a co-owner nothing worked.',
  False),
 ('https://github.com/home-assistant/core/issues/104268',
  'issue',
  'complaint',
  'none',
  'Was working previously then all of a sudden stopped working. Known issues link took me to Core page. I tried '
  'logging back in after confirming my password and no luck. I removed the integration and am now trying to re-add it '
  "and still can't log in.",
  False),
 ('https://github.com/home-assistant/core/issues/104268#issuecomment-1',
  'issue',
  'other',
  'other',
  'Have a look at...\n'
  '\n'
  'https://github.com/home-assistant/core/issues?q=label%3A%22integration%3A+myq%22+is%3Aclosed\n'
  '\n'
  'Looks like the integration is being removed entirely due to the main issue (Chamberlain are d**ks and intentionally '
  "broke their API so that we can't have nice things).",
  False),
 ('https://github.com/home-assistant/core/issues/104268#issuecomment-2',
  'issue',
  'other',
  'other',
  'I recently heard (from a trusted source within the industry) that they locked the API because Chamberlain had used '
  "it without the code owner's release (and basically stole it), and they now owed him/her $13,000,000.00, or "
  'royalties (or some facsimile thereof)  They did not choose royalties, opting for the one-time payment and now '
  "operate out of a deficit for the App / API.  As if 70-90% market share weren't enough.",
  False),
 ('https://github.com/hjdhjd/homebridge-myq/issues/44',
  'issue',
  'complaint',
  'other',
  'Was working yesterday.\n'
  '\n'
  '[7/1/2020, 13:33:20] [MyQ2] Error getting MyQ devices: undefined\n'
  '[7/1/2020, 13:33:36] [MyQ2] Error getting MyQ devices: undefined',
  False),
 ('https://github.com/hjdhjd/homebridge-myq/issues/44#issuecomment-2',
  'issue',
  'complaint',
  'other',
  'Same here.  I also tried using the chamberlain plugin, and it is also not working.\n'
  'Looks like Chamberlain changed something on their side again.\n'
  '\n'
  'MyQ2 plugin error:\n'
  'Error getting MyQ devices: undefined\n'
  '\n'
  'Chamberlain plugin error:\n'
  'Error: invalid response, got HTTP 401: {"code":"401.203","message":"Unauthorized","description":"The username or '
  'password you entered is incorrect. Try again."}',
  False),
 ('https://github.com/home-assistant/core/issues/101763#issuecomment-1',
  'issue',
  'complaint',
  'none',
  'I am having the same issue as well. I recently hooked an ESP32 up to my garage door opener and added 2 reed '
  'switches to the garage door so I can control it locally. Very glad I did it.',
  False),
 ('https://github.com/home-assistant/core/issues/101763#issuecomment-2',
  'issue',
  'complaint',
  'other',
  'Confirming similar behavior and the same error returned from MyQ after reloading HA when the integration is '
  'starting. Was working OK since the previous fix was merged until breaking again this morning.',
  False),
 ('https://github.com/brbeaird/SmartThings-MyQ-Edge/issues/50',
  'issue',
  'complaint',
  'other',
  'Been getting this error today after having things working quite well with lan bridge on rPi. Do you believe that '
  'this could be the issue that you reported yesterday with MyQ server that you are working on or should I pursue '
  'something further on my end.\n'
  'Thanks for the great work on this.',
  False),
 ('https://github.com/home-assistant/core/issues/103404#issuecomment-1',
  'issue',
  'other',
  'none',
  'The codeowner said this on the other issues:\n'
  'I have an update here: https://community.home-assistant.io/t/the-current-state-of-myq-from-the-codeowner/630623\n'
  'I am closing and locking this issue - to only have one github issue open for this problem - please see #101912',
  False),
 ('https://github.com/home-assistant/core/issues/101912#issuecomment-gigawhitlocks-2023-10-27',
  'issue',
  'other',
  'other',
  'Can we mark the existing integration as no longer working? A MyQ customer service agent just told me that they do '
  'not support and have no intent to ever support any kind of 3rd party access ever again in the future and have no '
  'interest in partnering with anyone.',
  False),
 ('https://github.com/home-assistant/core/issues/101912#issuecomment-ur7x-2023-10-28',
  'issue',
  'other',
  'other',
  'For what it is worth.  MyQ is not just attacking HA... They have blown up Smartthings and Hubitat too...  They have '
  'gone scorched earth for some reason.',
  False),
 ('https://github.com/dna909/ioBroker.homeconnect/issues/35',
  'issue',
  'complaint',
  'other',
  'I cannot connect to my BSH API App from iobroker and get the following error messages:\n'
  '\n'
  'homeconnect.0 | 2020-02-20 17:21:27.242 | warn | (17870) Retry Refresh Token in 5min\n'
  'homeconnect.0 | 2020-02-20 17:21:27.241 | error | (17870) Error Refresh-Token: 400 undefined\n'
  'homeconnect.0 | 2020-02-20 17:21:27.228 | warn | (17870) If Restart is not working please reset the Token in the '
  'settings.\n'
  'homeconnect.0 | 2020-02-20 17:21:27.227 | warn | (17870) Restart the Adapter to get all devices correctly.\n'
  'homeconnect.0 | 2020-02-20 17:21:27.225 | error | (17870) Error getting Aplliances with existing Token: 401 The '
  'access token expired',
  False),
 ('https://github.com/serbanb11/bosch-homecom-hass/issues/93',
  'issue',
  'complaint',
  'other',
  "Hey, thanks a lot for your work. It's awesome to have all these Values available in HA <3 \n"
  '\n'
  'My Issue is that I have to re-Authenticate after each reboot. So after every update/fix I have to visit the '
  'SingleKeyID page and extract the Token via F12. \n'
  '\n'
  'I am using Version 1.3.28\n'
  'The Connect-Key K 40 RF is connected via WiFi.',
  False),
 ('https://github.com/openhab/openhab-addons/issues/16788',
  'issue',
  'complaint',
  'other',
  'I followed the guide in the docs, but I cannot make the homeconnect binding work.\n'
  '\n'
  'When the bridge says "Online", it\'s working.\n'
  '\n'
  'The bridge Thing is Online and `/homeconnect` looks like this:\n'
  '\n'
  'However no appliances show up and the Thing inbox is empty. Also a manual Thing scan for new Homeconnect things '
  "doesn't show up any appliances.",
  False),
 ('https://github.com/openhab/openhab-addons/issues/16788#issuecomment-1',
  'issue',
  'other',
  'other',
  'When you clicked the authorized bridge button and you completed the steps on the remote site, did you enter the '
  'same emailadres as you use in the homeconnect app or the emailadres of your developer account ?',
  False),
 ('https://github.com/openhab/openhab-addons/issues/16788#issuecomment-3',
  'issue',
  'other',
  'none',
  'In your home connect dev app, did you use HTTP or HTTPS for the redirect URL ?',
  False),
 ('https://github.com/alexkn/node-red-contrib-homeconnect/issues/9',
  'issue',
  'complaint',
  'none',
  "Since yesterday the token cannot be refreshed and I tried to set up a new authorisation and this doesn't function. "
  'The callback URL says `ok` and the `auth-node` keeps daying `authorizing`.\n'
  '\n'
  'It worked for 2 a 3 weeks withouth problems. Is this a known issue.',
  False),
 ('https://github.com/TA2k/ioBroker.vw-connect/issues/82',
  'issue',
  'complaint',
  'other',
  'I cannot login with my Skoda Account anymore\n'
  '\n'
  'Following entries in log:\n'
  '\n'
  '2021-04-05 13:28:47.711 - error: vw-connect.0 (29140) No userId found, please check your account\n'
  '2021-04-05 13:28:47.713 - error: vw-connect.0 (29140) Login Failed',
  False),
 ('https://github.com/TA2k/ioBroker.vw-connect/issues/394#issuecomment-paradoxerweise-2025-11-26b',
  'issue',
  'complaint',
  'none',
  "Restarted 5 times after updating, still not working. I guess I'll have to wait :-(",
  False),
 ('https://github.com/TA2k/ioBroker.vw-connect/issues/258',
  'issue',
  'complaint',
  'other',
  'Enyaq (but also Skoda) Login fails with latest adapter:\n'
  '\n'
  'vw-connect.0 | 2023-06-29 14:03:20.727 | error | No Token received. Please try to logout and login in the VW app or '
  'select type VWv2 in the settings\n'
  '\n'
  "I have the same issue locally. Some Skodas work, some don't. It is not a T&C problem.\n"
  '\n'
  '@TA2k can I email you credentials?',
  False),
 ('https://github.com/TA2k/ioBroker.vw-connect/issues/149',
  'issue',
  'complaint',
  'none',
  'Since the last few day I get an error on login:\n'
  '2021-09-16 07:20:29.076 - error: vw-connect.0 (23763) Error: error=login.error.throttle\n'
  '\n'
  'My configuration is as follows:\n'
  'Node.js:v12.22.6\n'
  'NPM:6.14.15\n'
  'Adapter Version 0.0.39',
  False),
 ('https://github.com/TA2k/ioBroker.vw-connect/issues/149#issuecomment-2',
  'issue',
  'other',
  'none',
  '@MiRen76 Please update on 0.0.41\n@dervitti You are using skoda? Please wait until the 500error are gone',
  False),
 ('https://github.com/fondberg/spotcast/issues/64',
  'issue',
  'other',
  'other',
  'It would be great if this would work with the Spotify API. See https://www.home-assistant.io/integrations/spotify/',
  False),
 ('https://github.com/home-assistant/core/pull/30717#issuecomment-Electronlibre2012-2020-01-18',
  'issue',
  'other',
  'none',
  'Sorry to ask but @frenck when do you think it would be released please?\n'
  '\n'
  'I hope it will be on the 0.104.2 of yesterday lol ... cant wait for it ;)',
  False),
 ('https://github.com/home-assistant/core/pull/30717#issuecomment-frenck-2020-01-18',
  'issue',
  'other',
  'none',
  "@Electronlibre2012 This re-write introduces new features and will not be released with a bug fix release. I'm "
  'currently aiming for 0.105, however, there is no warranty it will make that release.',
  False),
 ('https://github.com/hassio-addons/app-spotify-connect/issues/319',
  'issue',
  'complaint',
  'other',
  'The add-on currently relies on Spotify username and password for login. However, Spotify has officially deprecated '
  'this authentication method, making the current approach unusable.\n'
  '\n'
  'Current behavior\n'
  '- Logging in with username/password no longer works.\n'
  '- The add-on cannot connect to Spotify accounts.\n'
  '\n'
  'Expected behavior\n'
  '- Add support for logging in with a Spotify API token.\n'
  '- This would restore functionality and align the add-on with Spotify’s updated authentication requirements.',
  False),
 ('https://github.com/hassio-addons/app-spotify-connect/issues/319#issuecomment-2',
  'issue',
  'complaint',
  'none',
  "> I'm experiencing the same issue. Bump!\n"
  '\n'
  '> [2025-10-25T13:39:54Z ERROR librespot] Invalid `--password` / `-p`: Password authentication no longer supported, '
  'use OAuth\n'
  '> [18:39:55] WARNING: spotifyd crashed, halting add-on\n'
  '\n'
  "Same here, even with today's update",
  False),
 ('https://github.com/home-assistant/home-assistant.io/issues/35623',
  'issue',
  'other',
  'other',
  'I’ve been reading through the Spotify API documentation and have noticed that there are other media types available '
  'such as tracks / albums etc.\n'
  '\n'
  'Would it be possible to extend the Spotify integration in home assistant to have a method to allow for searching '
  'the Spotify engine for tracks / albums etc not in your favourites library?',
  False),
 ('https://github.com/home-assistant/core/issues/105044',
  'issue',
  'complaint',
  'other',
  'Any time I try to call the service I receive the error "Could not get spotify token". Th integration was working up '
  'until recently.',
  False),
 ('https://github.com/prasad-edlabadka/homebridge-tuya-ir/issues/6',
  'issue',
  'complaint',
  'none',
  'Unfortunately, I all time get "sign invalid". I\'ve\nchecked my IDs and secret many times, but\ndoesn\'t work.',
  False),
 ('https://github.com/prasad-edlabadka/homebridge-tuya-ir/issues/6#issuecomment-1',
  'issue',
  'other',
  'other',
  'Can you paste the log file... else it is hard to know... but at least you need to make sure you subscribe to IR '
  'Control Hub Open Service in the Tuya API',
  False),
 ('https://github.com/home-assistant/core/issues/26924#issuecomment-vangorra-2019-09-28',
  'issue',
  'other',
  'other',
  'Withings is very picky about the domains they send data to. Additionally, they are also picky that request data '
  'matches dev account data clearly. This makes the setup process a lot more complicated that using other oath2 '
  'enabled components.\n'
  '\n'
  "The domain provided in the withings developer page isn't very important, it just needs to be publicly accessible "
  'and return some data. This can literally be a blank html page some place. Withings will check and return an obscure '
  "error when saving the form if it doesn't fit their requirements.\n"
  '\n'
  'If you have nabu casa, login to your HA and use that domain in the withings developer config. Eg: '
  '`https://my_long_id.nabu.casa/`, then set that as the base_url in the withings HA config.',
  False),
 ('https://github.com/home-assistant/core/issues/86353',
  'issue',
  'complaint',
  'other',
  "I've been trying to get the Withings integration up and running again for weeks. Unfortunately without success. I "
  'followed the integration documentation and entered the URL as follows: <my Nabucasa id> /auth/external/callback. I '
  'then always get the error: {"errors":[{"message":"redirect_uri_mismatch: The redirect URI provided is missing or '
  'does not match partner callback url"}]}\n'
  '\n'
  'Can someone tell me how to enter the Calback URL on the Withings partner site?\n'
  '\n'
  'I would be happy with your help to get the integration running again.',
  False),
 ('https://github.com/home-assistant/core/issues/94376#issuecomment-1',
  'issue',
  'complaint',
  'none',
  'Was working in 2023.6.0 but failed after upgrading to 2023.6.1',
  False),
 ('https://github.com/home-assistant/core/issues/94376#issuecomment-3',
  'issue',
  'other',
  'other',
  'Could you please try to log in via the MyBMW website?\n'
  'BMW enforced new password rules but apparently the screen to change is is not always coming up.',
  False),
 ('https://github.com/home-assistant/core/issues/98966',
  'issue',
  'complaint',
  'other',
  'Every so often (seldom more than a few days apart) the BMW Connected Drive integration stops working, I get a '
  'persistent notification that the integration requires re-configuration, which in practice seems to be that it '
  'requires reauthentication. \n'
  '\n'
  'It does not seem to be quota related (which was previously a thing), but rather the authentication, see error '
  'message below.\n'
  '\n'
  "Re-configuration is a breeze - type the username and password and I'm up and running in a second - but it's a pain "
  'and it wreaks havoc with my smart charging setup...\n'
  '\n'
  'I see this both on Home Assistant Supervised and on Home Assistant OS (on two different Home Assistant instances '
  'and with two different BMW accounts).\n'
  '\n'
  "Not sure if it's an integration problem or a BMW API problem.",
  False),
 ('https://github.com/bimmerconnected/ha_custom_component/issues/45#issuecomment-1',
  'issue',
  'other',
  'none',
  'Are you on the latest custom component via HACS or on 2022.6? Should be fixed there.',
  False),
 ('https://github.com/bimmerconnected/ha_custom_component/issues/45#issuecomment-3',
  'issue',
  'other',
  'none',
  'This problem was solved after updating HA with the newer version: Core 2022.6.2, Supervisor 2022.05.3 \n'
  'I never tried with the beta version.',
  False),
 ('https://github.com/bimmerconnected/ha_custom_component/issues/45#issuecomment-4',
  'issue',
  'complaint',
  'none',
  "I still can't log in.  I have everything updated",
  False),
 ('https://github.com/bimmerconnected/ha_custom_component/issues/73#issuecomment-1',
  'issue',
  'other',
  'other',
  'Please do not use the custom component anymore - it is outdated. Instead, use the version integrated to Home '
  'Assistant.\n'
  'Also, you might have to wait until midnight UTC for a login failed quota to reset, so please be patient (and keep '
  "the integration disabled over midnight if it soesn't work directly).",
  False),
 ('https://github.com/bimmerconnected/ha_custom_component/issues/73#issuecomment-3',
  'issue',
  'other',
  'other',
  'Then please try logging in to the MyBMW website. We had issues in the past where the password had to be changed on '
  'the website, but the MyBMW app continued to work.',
  False),
 ('https://github.com/bimmerconnected/ha_custom_component/issues/73#issuecomment-4',
  'issue',
  'other',
  'none',
  'Good idea! I did login in with my U/P without issues at website. Anywho - I reset the P and retried from HA - it '
  'worked. Thanks for guidelines 🙏',
  False),
 ('https://github.com/home-assistant/home-assistant.io/issues/27866#issuecomment-1',
  'issue',
  'other',
  'other',
  'Your issue is with the custom component (https://github.com/bimmerconnected/ha_custom_component).\n'
  '\n'
  'Please reopen the issue there or remove the custom component and use the component delivered with HA.\n'
  '\n'
  'There is no functional difference.\n'
  '\n'
  'If you cannot login, please try to login once via the MyBMW website, as it might ask you to change your password.',
  False),
 ('https://github.com/bimmerconnected/bimmer_connected/issues/254#issuecomment-2',
  'issue',
  'other',
  'other',
  'The authentication issue is related to #250 and will be fixed in HA 0.118. That should fix your issue ;)',
  False),
 ('https://github.com/bimmerconnected/bimmer_connected/issues/254#issuecomment-3',
  'issue',
  'other',
  'none',
  'I can confirn its fixed.\nThank you very much!',
  False),
 ('https://github.com/Python-roborock/python-roborock/issues/346',
  'issue',
  'other',
  'other',
  'Hi everyone\n'
  '\n'
  'I am using the Roborock HA integration and it would be really cool if I could de-/activate schedules for cleaning.\n'
  '\n'
  'I have a few schedules for cleaning for different areas and would like to simply switch them on and off from the '
  'dashboard.\n'
  '\n'
  'Any chance of adding support for this?\n'
  '\n'
  'cheers,\n'
  'Matthias',
  False),
 ('https://github.com/Python-roborock/python-roborock/issues/346#issuecomment-1',
  'issue',
  'other',
  'none',
  'I think a next step here is to figure out what the API is for getting schedules.',
  False),
 ('https://github.com/home-assistant/core/issues/138622',
  'issue',
  'other',
  'none',
  'There is a number of maintenance items that need reset after cleaning.  Currently only 4 are avaliable in HA '
  'being,  air filter, main brush, sensors and side brush.  However the app itself has an additional one which is the '
  'water filter or also called cleaning tray.  Can this be added?',
  False),
 ('https://github.com/humbertogontijo/homeassistant-roborock/issues/550',
  'issue',
  'other',
  'other',
  'After update to HA version 2023.11.3, Google Calendar integration stopped working. The cause seems to be that '
  'Roborock integration pins ical to version 5.0.0 but the Google Calendar integration required 6.1.0 (or maybe '
  '6.0.0?).\n'
  'I found PR #545 open which should resolve the issue.\n'
  'Manually changing the manifest.json solved the problem for me but not sure (yet) if there are any unintended '
  'consequences.',
  False),
 ('https://github.com/Python-roborock/local_roborock_server/issues/88',
  'issue',
  'other',
  'none',
  'Hi all, I got routine/room/full cleaning scheduling working on a development branch on my local server.\n'
  '\n'
  'If you want me to contribute it back let me know.',
  False)]
