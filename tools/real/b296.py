# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 296 (mine-forum6): forum voice, end-user threads from vendor/community support boards
# kept as GitHub issues, none used before: gReader's user board (github.com/noinnion/greader,
# an issues-only support repo for a closed-source Android feed reader; users call it "the
# forum"), Feedbin's support board (feedbin/support), Tidbyt's community-app board
# (tidbyt/community) and Pieces' support board (pieces-app/support).
# Complaints: gReader's Feedly sync and Feedly-via-Google login breaking (403
# disallowed_useragent, "I can't sync with feedly anymore", "Same problem. Version
# 5.1.4-382 premium.", "Me too." with the pasted 403), feeds that stopped syncing, a network
# error on every WiFi sync, Reeder no longer syncing with Feedbin, a Netatmo app broken since
# authorization, the Strava applet not showing after connecting, a Powerball app whose API
# changed, Pieces unable to connect GitHub/Google accounts ("After one of the updates, I can't
# connect via GH/Google anymore", "but it still doesn't work").
# Near misses in the same threads: workarounds ("create an account on Feedly without Google",
# "uncheck the https sign-in option", OPML export/re-import), "Same issue.can sync again after
# log out and re-login." and "works for me again" follow-ups, speculation about Feedly API
# changes, maintainers of the community apps ("the api changed ... Not much I can do"),
# support staff replies ("the issue is resolved now", "clear your browser cache"), an API-key
# how-to on the Jacket app and its "New changes work for me".
# Doubts: voice - these boards are GitHub issue trackers, but each is run as the product's
# user support/community board (no code review, end users asking for help), which the brief
# treats as forum voice; gReader is the weakest case. The Strava applet developer's
# confirmation on tidbyt #299 is a maintainer reply, labelled other although he reproduces the
# failure. Pentaphon's "everybody is using a free Feedly account?" (#417) is labelled other
# (speculation, no own report); huLter's "Same issue.can sync again after log out and
# re-login." is other (working again). Powerball (#1407) is a public data API, not a user
# account link; labelled complaint since the app's data feed stopped. Pieces' login-via-GitHub
# threads are labelled complaint only where the user is connecting an external account
# (GitHub/Google); sign-in-only and "Personal Cloud" threads were left out. No exposure; all
# English.
ROWS = [
('https://github.com/noinnion/greader/issues/417', 'forum', 'complaint', 'other', "feedly sync\nI can't sync with feedly anymore. \nAndroid app v 4.3.1_pro", False),
('https://github.com/noinnion/greader/issues/417', 'forum', 'complaint', 'none', 'Also having same issue, using 4.3.1_pro', False),
('https://github.com/noinnion/greader/issues/417', 'forum', 'complaint', 'none', 'Same problem. Version 5.1.4-382 premium.', False),
('https://github.com/noinnion/greader/issues/417', 'forum', 'other', 'other', "Looks like all Greader versions are affected. I'm guessing everybody is using a free Feedly account?", False),
('https://github.com/noinnion/greader/issues/417', 'forum', 'complaint', 'other', "Same here. I'm also using Feedly account.", False),
('https://github.com/noinnion/greader/issues/417', 'forum', 'other', 'other', 'Looks like feedly made some (unintentional?) changes to api.', False),
('https://github.com/noinnion/greader/issues/417', 'forum', 'complaint', 'none', 'Have the same issue, but this should not be a big issue in code, the http response is 204, which means success but no response content. There should be a fix on check response as success if the code is in the class 2XX', False),
('https://github.com/noinnion/greader/issues/417', 'forum', 'other', 'none', 'Same issue.can sync again after log out and re-login.', False),
('https://github.com/noinnion/greader/issues/417', 'forum', 'other', 'none', 'Ok, works for me again after deleting all data of the app and reconfigure it.', False),
('https://github.com/noinnion/greader/issues/365', 'forum', 'complaint', 'other', 'Cannot authenticate with Google for Feedly sync\nI am receiving a 403 error, disallowed_useragent, when trying to sync with Feedly using Google authentication.', False),
('https://github.com/noinnion/greader/issues/365', 'forum', 'complaint', 'none', 'I have the same issue on ASUS Zenfone ZE554KL (Android 8).', False),
('https://github.com/noinnion/greader/issues/365', 'forum', 'other', 'other', 'The only way currently fix this issue is to pull your Opml of feeds and open a NEW Feedly account via a regular email address way. Logging into Feedly that way still works as with doing it that way with The old reader.', False),
('https://github.com/noinnion/greader/issues/365', 'forum', 'other', 'none', "Thanks. That's what I ended up doing in the end.", False),
('https://github.com/noinnion/greader/issues/187', 'forum', 'complaint', 'other', 'Feedly login failure\nSuddenly since today greader is not logging in to my account on feedly. I am logging in using google & the password is correct as it shows tje sibscriptions for a second and then says Login failure.\nPlease resolve this. Iam an old user of your app.', False),
('https://github.com/noinnion/greader/issues/353', 'forum', 'complaint', 'other', 'Login via feedly not working anymore\nNo issue with this in the past but suddenly have issues logging in every time I open the app.  Defaults to login page and every time I login successfully, app kicks me out and goes back to login screen.  \nChecked on feedly site for login and no issues there.', False),
('https://github.com/noinnion/greader/issues/338', 'forum', 'complaint', 'other', 'Feedly login via Google no longer works\nGoogle has changed their Oauth login and now it is impossible to login to a feedly account in the gReader app.', False),
('https://github.com/noinnion/greader/issues/338', 'forum', 'complaint', 'none', 'Yeah I also have the same issue. I hope the developer can fix this.', False),
('https://github.com/noinnion/greader/issues/338', 'forum', 'complaint', 'other', "+1. Seems that the issue us related to Google authentication policy change. Google doesn't allow non-browser useragents to login.", False),
('https://github.com/noinnion/greader/issues/338', 'forum', 'other', 'other', 'I had the same problem. What I did to resolve this is to export my rss feeds (opml) from Feedly and create an account on Feedly without Google. Import opml files, and then login from Greader with your new account.', False),
('https://github.com/noinnion/greader/issues/280', 'forum', 'complaint', 'other', "Google login issue error 403 auth issue\nI can't login using my Google aching\nAccount I get an authentication error\nPlease fix", False),
('https://github.com/noinnion/greader/issues/280', 'forum', 'complaint', 'none', 'Me too.\n\n"403. That’s an error.\n\nError: disallowed_useragent"', False),
('https://github.com/noinnion/greader/issues/280', 'forum', 'other', 'other', 'quick fix: add a "feedly login" under manage account -> logins on feedly.com so you can login with username and password instead of a third-party provider', False),
('https://github.com/noinnion/greader/issues/280', 'forum', 'complaint', 'other', 'Same here. \nFeedly Cloud -> Login -> Continue with Google ->\nError 403\nError: disallowed_useragent\n\nAll my subscriptions is in my Google account.', False),
('https://github.com/noinnion/greader/issues/246', 'forum', 'complaint', 'none', "Feeds don't sync anymore\nHi, I was always happy with the app. Just a little while ago I bought the pro version. Now, all of a sudden, with no apparent reason, tbe feeds don't sync anymore. What can I do?", False),
('https://github.com/noinnion/greader/issues/246', 'forum', 'complaint', 'none', 'Same issue as well. At or after 2:30pm EST yesterday the 10th all of my feeds stopped updating.', False),
('https://github.com/noinnion/greader/issues/246', 'forum', 'other', 'none', 'OK,  I solved it this way: Export your feed list to an OPML file, then delete all your feeds,  then  import the OPML file again.  I hope  this will  last a while...', False),
('https://github.com/noinnion/greader/issues/246', 'forum', 'complaint', 'none', 'Too bad,  but the same error reappeared just after a few hours and then again after I did the export-delete-import procedure. I think I shall uninstall greader and look for another feed reader', False),
('https://github.com/noinnion/greader/issues/344', 'forum', 'complaint', 'none', "Network error (expected ':status' header not present)\nLately I've been getting the above error almost every time I sync on WiFi whether at home or the office. For whatever reason sync works on mobile data but not WiFi. Any insights?", False),
('https://github.com/noinnion/greader/issues/344', 'forum', 'other', 'other', 'You can bypass this by logging out and then logging back into Feedly again but this time click the 3 dots in the upper right corner and uncheck the "https" sign-in option. The good news is that everything will work again. The bad news is that your login is no longer secure.', False),
('https://github.com/feedbin/support/issues/183', 'forum', 'complaint', 'other', "Reeder for iPhone not syncing\nFor several days I've experienced problems syncing Reeder for iPhone with Feedbin; a sync attempt would fail (with no error message) but a second or third sync attempt would succeed.  As of today all syncing attempts fail.", False),
('https://github.com/tidbyt/community/issues/2925', 'forum', 'complaint', 'other', 'Netatmo App Hasn’t Worked in 4 Months\nMy favorite thing about the Tidbyt was the Netatmo app. I loved having a dashboard with my own personal weather information on it and it was dense with the information I wanted. However, it hasn’t worked since September 2024, which has curbed my excitement about the Tidbyt itself. Once I authorize Netatmo, all I get is a cloud with a slash through it.', False),
('https://github.com/tidbyt/community/issues/2925', 'forum', 'other', 'other', "A short while after https://tidbyt.com/blogs/tidbyt/tidbyt-is-joining-modal, the owners stopped reviewing changes to the community apps. If you'd like to fix the Netatmo app, you could do so on https://github.com/tavdog/tronbyt-apps and help the Tronbyt community to extend the lifetime of our beloved displays.", False),
('https://github.com/tidbyt/community/issues/2925', 'forum', 'other', 'none', '@danmcclain you might wanna take a look at this. Rohan has given us access to approve updates and new apps.', False),
('https://github.com/tidbyt/community/issues/299', 'forum', 'complaint', 'other', 'Strava Applet Not Displaying Correctly in App Preview or Tidbyt Display\nThe Strava applet is not displaying correctly on either my Android app or physical Tidbyt.  I am able to select the Strava applet and connect my account but no preview is displayed within the application and once I save and add to Tidbyt it does not display on the actual Tidbyt device as expected in the applet rotation order (it simply skips over it).  Is anyone else experiencing issues with the Strava applet integration?', False),
('https://github.com/tidbyt/community/issues/299', 'forum', 'other', 'other', 'Hey @OrianTheHunter, developer of the Strava applet here - thanks for the report.\n\nMine had been working earlier today presumably using cached data, but I just removed and re-added my own screens and had the same experience as you - black screen, skipped in the rotation. The demo data flashes briefly once I log in but as soon as it tries to grab my data it seems to crash.', False),
('https://github.com/tidbyt/community/issues/1407', 'forum', 'complaint', 'other', "Powerball app stopped working\nDoesn't work at all anymore, doesn't even appear on my tidbyt. The tidbyt phone app shows a cloud with a line through it.", False),
('https://github.com/tidbyt/community/issues/1407', 'forum', 'other', 'none', 'cc @AmillionAirs . I believe the api has changed and needs updating.', False),
('https://github.com/tidbyt/community/issues/1407', 'forum', 'other', 'other', "Yeah the api changed and isn't publicly listed anymore on the powerball website.  Not much I can do at this point as their aren't any other free options", False),
('https://github.com/tidbyt/community/issues/1559', 'forum', 'other', 'other', "Jacket app doesn't indicate how to get API keys\n@noahpodgurski I think your jacket app would be handy but I cannot figure out where to get the API keys to make it work for my location. There is no documentation on how to get said keys.", False),
('https://github.com/tidbyt/community/issues/1559', 'forum', 'other', 'none', 'Same issue as @mcorby17', False),
('https://github.com/tidbyt/community/issues/1559', 'forum', 'other', 'none', 'New changes work for me 👍. Thanks for the update!', False),
('https://github.com/pieces-app/support/issues/304', 'forum', 'complaint', 'other', "Can't login/connect an account(GitHub, Google, etc)\nAfter one of the updates, I can't connect via GH/Google anymore.\nIt looks like OAuth2 goes to GH and sends it to the Peices local server, and it doesn't respond. Therefore, it causes infinity loading.", False),
('https://github.com/pieces-app/support/issues/304', 'forum', 'other', 'none', 'We are aware that some of the Pieces services are currently down. We’re very sorry for the inconvenience this may have caused. The team is working to resolve the issues as quickly as possible. So rest be assured this will be resolved soon @ruff3d', False),
('https://github.com/pieces-app/support/issues/304', 'forum', 'other', 'none', 'Hey @ruff3d  the issue is resolved now. Let me know if you still face any issues!', False),
('https://github.com/pieces-app/support/issues/304', 'forum', 'complaint', 'none', "Thanks for reacting,\nbut it still doesn't work.", False),
('https://github.com/pieces-app/support/issues/329', 'forum', 'complaint', 'other', "Can't connect to any cloud provider. Nothing happens\nI just installed the application, twice (and also restarted everything including my computer).  \nI've been trying to connect a cloud account (tried Google and GitHub), but nothing happens. It starts loading but no browser window opens.", False),
('https://github.com/pieces-app/support/issues/634', 'forum', 'complaint', 'other', 'i install Pieces for vs code and its not connecting to my google account and github account , i install extension in vs code when i try to connect their github it this error is showing "Unable to sign in! We aren\'t sure what happened. If the issue persists, please contact support."', False),
('https://github.com/pieces-app/support/issues/634', 'forum', 'other', 'none', 'hey @Usama-integriti  Thank you for reaching out to support, I see you are having an issue signing in.\n\nI would first try to clear your browser cache and try again', False),
('https://github.com/pieces-app/support/issues/260', 'forum', 'other', 'none', 'can you schedule some time w/ me here? and I will get you set up, this should no longer be the case for new users, however there is a little bit of manula intervention we need to work around for exsisting users w/ this issue.', False),
('https://github.com/pieces-app/support/issues/15', 'forum', 'other', 'other', 'This is an issue we are seeing across all platforms, and it happens when a user has signed in first with Github and then attempts to connect additional accounts like Github or email-pass. \n\nAt the moment, we need to manually fix your account to resolve this, so please reach out to us using our [support form](https://getpieces.typeform.com/to/mCjBSIjF#page=docs-sidebar) and we will take care of it for you.', False),
]
