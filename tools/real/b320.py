# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 320 (mine-cloud12): self-hosted and hobbyist integrations with US/UK cloud
# accounts - complaints that a device/service connection, its login or its token is
# failing now, kept together with the near misses in the same threads (maintainer
# questions and advice, "works again", "Nevermind. Found errors in my code", how-tos,
# "Closing this issue as we think we already fixed it").
# Issue voice only, English only, from repositories no earlier batch used (checked against
# every github.com/OWNER/REPO in tools/real/*.py): Ring API clients (jeroenmoors/
# php-ring-api, KoenZomers/RingApi), ecobee (openhab/openhab-addons ecobee binding,
# yracine/device-type.myecobee for SmartThings), Octopus Energy UK for Home Assistant
# (BottlecapDave/HomeAssistant-OctopusEnergy, seven threads), Hive UK
# (Pyhass/Hive-Custom-Component), Wyze (SecKatie/ha-wyzeapi, shauntarves/wyze-sdk,
# svanhoutte/wyze_garmin_sync), Eufy (fuatakgun/eufy_security, bropat/eufy-security-ws),
# an rclone/OneDrive upload tool (ksauraj/global_index_source), the Tesla HTTP proxy
# add-on for the Fleet API (llamafilm/tesla-http-proxy-addon), Enphase Entrez tokens
# (vincentwolsink/home_assistant_enphase_envoy_installer) and SolarEdge on Homey
# (DiedB/Homey-SolarPanels). Texts copied from the thread excerpts the `issues` search
# corpus returned (the search budget ran out after the first round of look-ups, so the
# batch stays with these threads).
# Complaints: "polling results in a 401 response", "(401) Unauthorized", "failed with
# error code invalid_grant", "need to re-login to ecobee", "reporting invalid API key",
# "just says needs attention", "Data has stopped since the 3rd of June", "API key warning
# kept appearing", "Hive fails to set up", "two API keys expire in the last 5 days",
# "The token access expired", "refresh token is error.", "Captcha authentication is
# failing", "going around in a loop", "I am still stuck :(", "keeps asking for Captcha's
# over and over again", "couldn't fetch token: invalid_grant", "Could not get Entrez
# token", "It says can not login", +1s ("I've just had this happen to me too", "I have the
# same problem").
# Near misses: maintainer advice ("Just pull the current code", "you have to click 'save'
# before the API key actually starts working", "Check your API key - they expire after one
# year"), works-again follow-ups ("I just generated a new API and it's working!!", "Issue
# resolved itself 1 day later", "@svenbren worked for me!", "back to normal behavior"),
# "Nevermind. Found errors in my code.", how-to answers (re-auth through "Add Entry"),
# explanations of the vendor change ("Wyze now requires the API key").
# Doubts: Octopus #1731 and #1781 report failures that a restart cleared - complaint
# (the auth failure recurs and the reporter asks for it to be fixed). wyze-sdk #142 turned
# out to be the writer's own code ("Nevermind") - the opening post is still a complaint
# (token rejected while running it), the follow-up is other. avoev in wyze_garmin_sync
# #23 opens "Got the same error" but reports it fixed by new keys in the same message -
# other (works now). svenbren in eufy-security-ws #595 ("I also had this issue, but ... i
# found another solution") - other, a workaround that works. atimgraves' "I just checked
# mine and it's still reporting as expected" - other. Raycokes2000's original post in
# Homey-SolarPanels #69 ("my api key and side Id is not working") - complaint although
# the key was later said to be fine. The myecobee thread is a SmartThings device handler
# polling ecobee's cloud - integration 'other'. Integration 'other' where the excerpt
# names the product (Ring is never named in the Ring rows' excerpts, so 'none' there),
# else 'none'. No exposure; no language tags.
ROWS = [
('https://github.com/jeroenmoors/php-ring-api/issues/7', 'issue', 'complaint', 'none', '401 Unauthorized?\nAuthentication works fine, but polling results in a 401 response. Are you still running this code? Does it work for others? Thanks for your efforts at putting this together!', False),
('https://github.com/jeroenmoors/php-ring-api/issues/7', 'issue', 'other', 'none', 'Sorry for the very late reply!\n\nI had a similar issue and got it resolved by changing (by a random value) the last digit of the hardware id at https://github.com/jeroenmoors/php-ring-api/blob/master/ring.php#L67', False),
('https://github.com/jeroenmoors/php-ring-api/issues/7', 'issue', 'other', 'none', 'Just pull the current code, it should resolve this issue.', False),
('https://github.com/KoenZomers/RingApi/issues/25', 'issue', 'complaint', 'none', '[BUG] Session.Authenticate receives 401\n**Describe the bug**\nThis may or may not be related to #24 \nWhen I instantiate a `Session` and call its `Authenticate` method, a `WebException` is thrown with the following message:\n\nThe remote server returned an error: (401) Unauthorized.', False),
('https://github.com/KoenZomers/RingApi/issues/25', 'issue', 'other', 'none', 'Check https://github.com/KoenZomers/RingApi/issues/24', False),
('https://github.com/openhab/openhab-addons/issues/8720', 'issue', 'complaint', 'other', "[ecobee] grant type refresh_token to URL https://api.ecobee.com/token failed with error code invalid_grant\nI've been seeing the following error for about a week now and have been unable to resolve:", False),
('https://github.com/openhab/openhab-addons/issues/8720', 'issue', 'other', 'other', "No idea why that's happening @morph166955. You might want to post on the Ecobee binding thread on the forum, as more people will see your post.", False),
('https://github.com/yracine/device-type.myecobee/issues/14', 'issue', 'complaint', 'other', 'refresh_tokens failure\nI wanted to let you know that I installed an ecobee with this custom device type yesterday. (Thanks!) It was working fine. Now I\'m getting errors from refresh_tokens, with a log message "need to re-login to ecobee".', False),
('https://github.com/yracine/device-type.myecobee/issues/14', 'issue', 'complaint', 'none', 'I installed this yesterday and have been seeing the same error as well.', False),
('https://github.com/yracine/device-type.myecobee/issues/14', 'issue', 'other', 'other', 'Please follow my recommendations under the ST community wiki (known issues) and\nthe troubleshooting section (item no 6) where the ecobee change is described.', False),
('https://github.com/BottlecapDave/HomeAssistant-OctopusEnergy/issues/100', 'issue', 'complaint', 'other', 'Completely stopped working\n**Describe the bug**\n\nI’m not sure if this maybe an Octopus outage or what, but the integration currently isn’t loading at all for me, despite it working fine a few hours ago.', False),
('https://github.com/BottlecapDave/HomeAssistant-OctopusEnergy/issues/1731', 'issue', 'complaint', 'other', 'Reopen issue #1377 - "Invalid API Key" failure\n### Describe the bug\n\nOld issue : #1377\n\nI\'ve just had the exact same issue with the integration reporting invalid API key, only resolved by a full restart of HA. \n\nI first noticed this because the Agile price data in my dashboard was missing at 10AM (so I assume the failure happened before 4:30pm yesterday??).', False),
('https://github.com/BottlecapDave/HomeAssistant-OctopusEnergy/issues/1731', 'issue', 'complaint', 'none', "I've just had this happen to me too.", False),
('https://github.com/BottlecapDave/HomeAssistant-OctopusEnergy/issues/1050', 'issue', 'complaint', 'other', 'Not working since upgrade to 13.0.3\n### Describe the bug\n\nIts been working grate for a few upgrades that ive done with the Octopus intergration, the api key s still the same and my account number is still in the intergration.\n\n### Reproduction steps\n\nDoes not start just says needs attention', False),
('https://github.com/BottlecapDave/HomeAssistant-OctopusEnergy/issues/1733', 'issue', 'complaint', 'none', 'Having the same issue at the moment. Data has stopped since the 3rd of June for some random reason!', False),
('https://github.com/BottlecapDave/HomeAssistant-OctopusEnergy/issues/1733', 'issue', 'other', 'other', 'I just checked mine and it’s still reporting as expected, I wonder if this\nis to do with octopus getting ready for their new car charging structure?', False),
('https://github.com/BottlecapDave/HomeAssistant-OctopusEnergy/issues/1756', 'issue', 'complaint', 'other', 'OE API key being reported as invalid\n### Describe the bug\n\nOver the past few days my OE integration has been having hiccups and it turns out that HA was reporting that my API key for OE was incorrect. So I duly reset my API key, added it back into the integration using the reconfigure functionality. However, the invalid API key warning kept appearing.', False),
('https://github.com/BottlecapDave/HomeAssistant-OctopusEnergy/issues/1781', 'issue', 'complaint', 'other', '"Invalid API key" repair raised while all Octopus API calls returned 403 (CloudFront error body); cleared by a Home Assistant restart without reconfiguring\n### Describe the bug\n\n## possibly similar to issue #1731 - a reload did not resolve, a restart of HA did.', False),
('https://github.com/Pyhass/Hive-Custom-Component/issues/166', 'issue', 'complaint', 'other', '[BUG]\n**Describe the bug**\nHive fails to set up\n\n**To Reproduce**\nSteps to reproduce the behaviour:\n\n1. Hive discovered on network.\n2. Add integration\n3. Enter account details\n4. Enter 2fa\n5. integration says failed to set up', False),
('https://github.com/SecKatie/ha-wyzeapi/issues/487', 'issue', 'complaint', 'other', "I've had two API keys expire in the last 5 days.  On Sunday I got the latest module, generated my first API key, and my Wyze lights were working again. By Monday, they weren't responding to HA, and I got authentication errors in the logs when rebooting HA.\n\nTuesday I generated a 2nd new Wyze API key. It worked for about 48 hours.", False),
('https://github.com/SecKatie/ha-wyzeapi/issues/487', 'issue', 'other', 'other', '> Would be nice if I can just re-login without having the remove the integration.\n\nIf you click "Add Entry" the window for user/pw/API credentials pops up again to re-auth. From there I was able to enter a new API key.  The error condition disappears from the Wyze module, but I couldn\'t control my Wyze devices until I restarted HA.  Still, much easier than fully removing/re-installing the Wyze module.', False),
('https://github.com/SecKatie/ha-wyzeapi/issues/487', 'issue', 'other', 'none', 'Thank you denverwombat, that will be very helpful if it happens again in the future.  I appreciate your help!', False),
('https://github.com/SecKatie/ha-wyzeapi/issues/619', 'issue', 'complaint', 'none', '[Bug] Unable To Configure Integration\n**Describe the bug**\nThe token access expired so I tried entering in a new key ID and API key but it kept failing with the message: "Unknown error occurred"', False),
('https://github.com/SecKatie/ha-wyzeapi/issues/612', 'issue', 'other', 'other', 'Because this is the way Wyze has asked 3rd party integrations to connect. We used to use a simple username/password but Wyze now requires the API key.', False),
('https://github.com/SecKatie/ha-wyzeapi/issues/612', 'issue', 'other', 'none', "**I just generated a new API and it's working!!**", False),
('https://github.com/SecKatie/ha-wyzeapi/issues/612', 'issue', 'other', 'none', "Can confirm that the tokens appear to have been fixed! I'll let it run for a while but the access token is back to expiring after 2 days like it used to be, and the refresh token issued now seems to be working properly again. 🤞", False),
('https://github.com/SecKatie/ha-wyzeapi/issues/509', 'issue', 'other', 'other', "There is no latest build, there have been no updates to this repository in almost 2 months. \n\nMaybe the problem was addressed on Wyze's end, you can try removing my branch if you want and see if any issues return.", False),
('https://github.com/svanhoutte/wyze_garmin_sync/issues/23', 'issue', 'other', 'other', 'Got the same error, the issue appears to be that the token has expired (even though it is supposed to the good for a year). Re-created and updated the Key Id and Api Key from https://developer-api-console.wyze.com and everything is back to normal.', False),
('https://github.com/svanhoutte/wyze_garmin_sync/issues/23', 'issue', 'other', 'none', 'Key Id and Api Key recreated and back to normal behavior.', False),
('https://github.com/shauntarves/wyze-sdk/issues/142', 'issue', 'complaint', 'other', "Guidance on new API implementation?\nUsing v2.0 wyze-sdk, I get an expired token:\n`wyze_sdk.errors.WyzeApiError: The access token has expired. Please refresh the token and try again.\nThe server responded with: {'ts': 1690073311112, 'code': '2001', 'msg': 'AccessTokenError', 'data': {}}`\n\nI have created new tokens at the wyze portal, and implemented using:", False),
('https://github.com/shauntarves/wyze-sdk/issues/142', 'issue', 'other', 'none', 'Nevermind. Found errors in my code.', False),
('https://github.com/shauntarves/wyze-sdk/issues/183', 'issue', 'complaint', 'none', 'Token refresh failing as of July 15, 2024\nHas something changed? As of today (July 15, 2024) I am getting the error message "refresh token is error." and I am unable to refresh the access token with the refresh token.', False),
('https://github.com/shauntarves/wyze-sdk/issues/183', 'issue', 'other', 'none', 'Check your API key - they expire after one year and need to be generated again.', False),
('https://github.com/shauntarves/wyze-sdk/issues/183', 'issue', 'complaint', 'none', 'The key had not expired, but I generated a new one anyway. The refresh token fails immediately on use. Here is my test code.', False),
('https://github.com/fuatakgun/eufy_security/issues/1461', 'issue', 'complaint', 'other', "Captcha/Authentication issue\n**Describe the bug**\n\nFor the last few days the Captcha authentication is failing repeat attempts. When looking at the eufy-security-ws service, it appears that the login is failing\n\n2026-04-25 19:23:07.710\tINFO\teufy-security-ws:eufy-security-client\t[http] [HTTPApi.loginRequestCaptcha] Please send requested captcha to proceed with authentication\n2026-04-25 19:23:38.211\tERROR\teufy-security-ws:eufy-security-client\t[http] [HTTPApi.login] Login - Response code not ok {\n  code: 26006,\n  msg: 'Email address or password incorrect.',", False),
('https://github.com/fuatakgun/eufy_security/issues/1296', 'issue', 'complaint', 'none', 'I have the same problem.  Tried to install again but no progress.  Hope it wil be fixed soon', False),
('https://github.com/fuatakgun/eufy_security/issues/1296', 'issue', 'other', 'none', 'After some more researce i found #1224 where they say you need to reset the password and change this in the addon.  Worked for me!', False),
('https://github.com/fuatakgun/eufy_security/issues/1398', 'issue', 'complaint', 'other', "Eufy security failed about a month ago for me also, I can't get passed the Captcha, it accepts, says it is reloading and then fails and says I need to enter a captcha again - just going around in a loop.\nI have tried deleting and reloading, but still the same, and haven't got to the stage of entering a password yet.", False),
('https://github.com/fuatakgun/eufy_security/issues/1398', 'issue', 'other', 'other', 'By any chance, did you create a Souncore account? I did and was not aware that this action changes eufy-security password as well. In the moment I changed my password to the new one in the Add-On in Home Assistant, it worked again.', False),
('https://github.com/fuatakgun/eufy_security/issues/756', 'issue', 'complaint', 'none', "Failed to set up: Captcha code is required, please revalidate on Integrations page\nI just upgraded to this version due to RPi 3 memory issues but I'm getting stuck.\n\nIt asks for a Captcha check", False),
('https://github.com/fuatakgun/eufy_security/issues/756', 'issue', 'other', 'none', 'Issue resolved itself 1 day later after rebooting the system. No Captcha was asked anymore', False),
('https://github.com/fuatakgun/eufy_security/issues/756', 'issue', 'complaint', 'none', 'I am still stuck :(', False),
('https://github.com/fuatakgun/eufy_security/issues/140', 'issue', 'other', 'none', 'Looks like changing the configuration to use the IP instead of localhosr fixes the problem now.', False),
('https://github.com/fuatakgun/eufy_security/issues/140', 'issue', 'other', 'other', 'Your problem is that you are not able to login because eufy servers are asking captcha code to enter through add on.', False),
('https://github.com/bropat/eufy-security-ws/issues/595', 'issue', 'other', 'none', "I also had this issue, but for me i found another solution, that works since two days.\n\nI changed my password in the app (addon) config to something wrong, saved it und restarted the app.\nAfter that i set up my right password, saved it und did a restart again.\nNow the app worked again, but only for about seven minutes.\n\nAfter that i repeated the above steps a few times and at one point i got an captcha request.\nAfter solving the captcha, the app connected and the issue does'nt appear again.", False),
('https://github.com/bropat/eufy-security-ws/issues/595', 'issue', 'complaint', 'other', "@svenbren The Eufy Security integration keeps asking for Captcha's over and over again. Not woking for me...", False),
('https://github.com/bropat/eufy-security-ws/issues/595', 'issue', 'other', 'none', '@svenbren worked for me!', False),
('https://github.com/ksauraj/global_index_source/issues/12', 'issue', 'complaint', 'other', 'Unable to upload\nFacing this below issue. Please fix\ncouldn\'t fetch token: invalid_grant: maybe token expired? - try refreshing with "rclone config reconnect oned{Sacas}:', False),
('https://github.com/ksauraj/global_index_source/issues/12', 'issue', 'other', 'none', 'Thanks for informing.\n\nPlease update  tool and check if it gets fixed at your end.', False),
('https://github.com/ksauraj/global_index_source/issues/12', 'issue', 'other', 'none', 'Closing this issue as we think we already fixed it. Thanks for informing.', False),
('https://github.com/llamafilm/tesla-http-proxy-addon/issues/83', 'issue', 'complaint', 'other', "This is my brand new car and I am the first owner. Something weird happened. Out of nowhere, the key got accepted in the subsequent trial by the App and said it was successful. Now I took that authentication code and put it in the Tesla custom integration under Fleet API settings, I am getting 'failed to setup' error and no devices are shown.", False),
('https://github.com/vincentwolsink/home_assistant_enphase_envoy_installer/issues/316', 'issue', 'complaint', 'other', '[BUG] Failed setup, will retry: Could not get Entrez token\n**Describe the bug**\nSince this morning all entities show up as unavailable', False),
('https://github.com/DiedB/Homey-SolarPanels/issues/132', 'issue', 'complaint', 'other', 'SolarEdge doesn\'t work\n"Error: Inloggegevens onjuist" \n\nThis is the message I receive after entering the correct ID and API.\n\nPlease help me', False),
('https://github.com/DiedB/Homey-SolarPanels/issues/132', 'issue', 'other', 'none', "This happens quite often and if I recall correctly, it is often caused by the installer not pressing 'save' after generating your API key. Could that be the case?", False),
('https://github.com/DiedB/Homey-SolarPanels/issues/69', 'issue', 'complaint', 'other', "Sar edge pair not working\nHello, my api key and side Id is not working with my solar edge. It says can not login.\nBut that's all got from my engineer.", False),
('https://github.com/DiedB/Homey-SolarPanels/issues/69', 'issue', 'other', 'none', "I remember this going wrong when the installer did not click 'save' after retrieving the API key.", False),
('https://github.com/DiedB/Homey-SolarPanels/issues/69', 'issue', 'other', 'none', "On the page where an installer can find the API key, you have to click 'save' before the API key actually starts working.", False),
]
