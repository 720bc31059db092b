# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 278 (mine-forum3): forum voice. Most rows come from Standard Notes'
# community forum, which the vendor runs as a GitHub repository (standardnotes/
# forum: users post questions and bug reports there and staff answer, so the rows
# are tagged 'forum', not 'issue'); no earlier batch used it. Complaints are notes
# that stop syncing between the phone, desktop and web apps through the vendor's
# sync server ("I am getting Unable to sync error on all my devices", "Sync error:
# The provided access token has expired", "Apple iphone app don't sync new notes",
# "it says it synced successfully but the note is nowhere to be found"), with "+1"
# replies ("I just started getting a sync error too", "same issue on iOS").
# Near misses from the same threads: staff replies (sign out and back in after the
# security update, "send us an email", "infrastructure upgrades that caused
# turbulence"), "it is working", "that was it", "Problem solved", and the
# session-refresh prompts ("Your session has expired", "Please enter your account
# email and password ... to refresh your session", a sign-in loop) labelled other as
# an app logging its own user out. Then pages-corpus rows not used before: a Nest
# developer forum how-to on the auth_revoked event (with the answer), a Hubitat
# community question on login security and tokens, an Airtable community
# maintenance notice (API requests will return 503), help/knowledge pages (Profit.co
# 401 token expiry, MetricSign Power BI "Credentials are invalid", German Mailtastic
# and Pilotly help pages) and a blog post quoting Gemini key-creation trouble --
# all other. Label doubts: (1) Standard Notes sync runs between a user's devices via
# the same vendor's server; failures to sync are labelled complaints (a sync between
# systems that stops), while pure re-login prompts are other -- the line between
# them is thin ("Sync error: Invalid login credentials" with a sign-in loop is kept
# other because the text is about the app's own login). (2) "Yes, it still does in
# v3.159.0" and "A note created *and* a note modified on the web app did not update
# on the Android app" are short follow-ups confirming a live sync failure ->
# complaint. (3) The first post of #115 reports a sync fault that deleting local
# data already fixed -> other. Integration 'other' where Standard Notes, Airtable,
# Nest, Hubitat, Power BI etc. are named in the excerpt, 'none' otherwise.
# Language-tagged rows: de. No exposure wording.
ROWS = [
('https://github.com/standardnotes/forum/issues/3903', 'forum', 'complaint', 'other', 'Unable to sync error March 30\nI am getting a repeated unable to sync error, even after restarting.  Anyone else>  Is it me or Standard Notes?  Just need to know whether to wait patiently or scream in frustration.  Thanks.', False),
('https://github.com/standardnotes/forum/issues/3903', 'forum', 'complaint', 'none', 'I just started getting a sync error too', False),
('https://github.com/standardnotes/forum/issues/3903', 'forum', 'other', 'none', 'Sync error: Invalid login credentials\n\nAfter loading the app, a window asking for email and passwords appears. After entering the credentials, the window is displayed again, above another saying that "Your session has been successfully restored."\n\nThis makes the app unusable.\n\nLogging to the web app with the same credentials works perfectly.', False),
('https://github.com/standardnotes/forum/issues/3903', 'forum', 'other', 'none', 'Seems reinstalling and logging in again helps.', False),
('https://github.com/standardnotes/forum/issues/3715', 'forum', 'complaint', 'other', 'Webapp - Sync error: The provided access token has expired\n**Describe the bug**\nI use the Standard Notes Android app and the webapp on Firefox. I noticed that changes I\'m making are not being synced between these two. In the bottom right corner of the webapp, there is a note "Sync error: The provided access token has expired." Refreshing the page does not correct this issue. I am worried about losing the changes I\'ve made if I try logging out and back in.', False),
('https://github.com/standardnotes/forum/issues/3715', 'forum', 'other', 'other', 'As a note, the mobile app is syncing fine. If I log into Standard Notes from a Chrome incognito window, it can synchronize properly with the mobile app.', False),
('https://github.com/standardnotes/forum/issues/3715', 'forum', 'complaint', 'none', 'Hi! I also experienced this starting early August.', False),
('https://github.com/standardnotes/forum/issues/2838', 'forum', 'other', 'none', 'Sessions Refresh Prompt - Concern?\nI\'ve been prompted to "Please enter your account email and password. Your credentials are needed for foo@bar.com to refresh your session with the server." twice in two days on my desktop client. Should I be concerned?', False),
('https://github.com/standardnotes/forum/issues/2838', 'forum', 'other', 'none', 'I am having this same thing happen on the Linux electron app, inside the browser and on the iOS app.  It is annoying to have to log in, go to my 2fa app and get that code, and then enter it when I am trying to get in quick to jot something down or read a note I wrote.', False),
('https://github.com/standardnotes/forum/issues/3308', 'forum', 'other', 'none', "Hi @AxelHamburch , this is an actual feature of the app, wherein it will ask for your login credentials to revalidate your current app session. This can happen if you haven't used the app on your device after a while, or if a background process might have wiped some cached keychain data on your device.", False),
('https://github.com/standardnotes/forum/issues/1033', 'forum', 'other', 'none', '"Your session has expired"\n**Describe the bug**\nI open SN in Brave browser (web app) latest every day. For the last few days, I see "Your session has expired. New changes will not be pulled in. Please sign out and sign back in to refresh your session." every time. The solution is to sign out, and sign back in (and clear all local data).', False),
('https://github.com/standardnotes/forum/issues/1033', 'forum', 'other', 'none', 'This is most likely to do with our recent infrastructure upgrades that caused turbulence for a short period of time. Please let me know if you continue to see this issue.', False),
('https://github.com/standardnotes/forum/issues/408', 'forum', 'complaint', 'none', "Sync issue: some notes won't sync Android vs Web\nUse web version, windows client and android client. At least two notes haven't sync'd properly between the web version and the android client. However, some notes do sync, i.e. new note on Android showed up on the web version.", False),
('https://github.com/standardnotes/forum/issues/408', 'forum', 'other', 'none', 'Signed out from Android app and signed in again. Resynced all notes. Seems complete. Will see if this happens again', False),
('https://github.com/standardnotes/forum/issues/408', 'forum', 'complaint', 'none', 'A note created *and* a note modified on the web app did not update on the Android app.', False),
('https://github.com/standardnotes/forum/issues/238', 'forum', 'complaint', 'other', 'iOS app not syncing\nTitle says it all.  Difficult for me to test on any other physical devices, though both the Standard Notes "desktop" (Electron) app, and https://app.standardnotes.org/ are showing the same data, so to the extent that there\'s any syncing between those two, syncing appears to be working.', False),
('https://github.com/standardnotes/forum/issues/238', 'forum', 'other', 'none', 'Please don’t forget to sign out and sign back in on mobile after the\nsecurity update. It should work after that.', False),
('https://github.com/standardnotes/forum/issues/238', 'forum', 'other', 'none', 'Thanks @mobitar - that was it.', False),
('https://github.com/standardnotes/forum/issues/2169', 'forum', 'complaint', 'other', "iphone standard notes app not syncing new notes\n**Describe the bug**\nSince a few days: Apple iphone app don't sync new notes that are made with apple computer app. Old notes are syncing good.", False),
('https://github.com/standardnotes/forum/issues/2169', 'forum', 'other', 'none', 'Hello Effie, it is working 👍🏻', False),
('https://github.com/standardnotes/forum/issues/2981', 'forum', 'complaint', 'none', 'Syncing issue\n**Describe the bug**\nSyncing of the desktop app doesn\'t work. At the same time i see "last synced" status "just now". The app status in another place: Unable to sync and sync unreachable.\nI\'ve installed the new version, but nothing has changed.', False),
('https://github.com/standardnotes/forum/issues/2981', 'forum', 'complaint', 'other', "Hello, same issue on iOS 15.7.3, StandardNotes Version 3.160.8 (658)\nI can't delete and install the application because I lose the local changes.", False),
('https://github.com/standardnotes/forum/issues/2981', 'forum', 'complaint', 'none', 'I am having the same problem with the windows desktop 3.181.35 and ios app 3.181.31 (955).\nios app also shows "Potentially out of sync message".\n\nThis started to happen way too often recently (November 2023)\n\nP.S. I am a paying customer.', False),
('https://github.com/standardnotes/forum/issues/2981', 'forum', 'other', 'none', 'Hi @andy-goryachev, can you send us an email at help@standardnotes.com using your account email? Syncing issues typically need added troubleshooting via email 🙏', False),
('https://github.com/standardnotes/forum/issues/3203', 'forum', 'complaint', 'none', 'Unable to sync error [Help Wanted]\n**Unable to sync error **\nI am getting Unable to sync error on all my devices', False),
('https://github.com/standardnotes/forum/issues/3060', 'forum', 'complaint', 'none', "Sync unreachable\n**Describe the bug**\nSeveral month ago, there are periods when note can't be synced from my desktop to storage.", False),
('https://github.com/standardnotes/forum/issues/3060', 'forum', 'complaint', 'none', 'Yes, it still does in v3.159.0, at least in mobile version.', False),
('https://github.com/standardnotes/forum/issues/115', 'forum', 'other', 'none', 'app does not sync unless logoff-delete and resync\nedit a few notes in web app, those notes were removed/hidden in app.\nAfter deleting local data, sync on android is good again.', False),
('https://github.com/standardnotes/forum/issues/115', 'forum', 'complaint', 'none', "I'm having the same issue described above. My notes only sync between my devices when I sign out and sign in again.", False),
('https://github.com/standardnotes/forum/issues/3563', 'forum', 'complaint', 'none', 'Sync only works between desktop and web app, not mobile app.\n**Describe the bug**\nI create a note on my Win10 Desktop App and then sync on my iPhone 7 iOS 15.8.2 and it says it synced successfully but the note is nowhere to be found. And vice versa.', False),
('https://github.com/standardnotes/forum/issues/3563', 'forum', 'other', 'none', 'uninstalled the iOS app and reinstalled and it seems to have resolved the issue...', False),
('https://github.com/standardnotes/forum/issues/3291', 'forum', 'other', 'none', 'Problem solved. Thanks', False),
('https://nestdevelopers.io/t/multiplex-rest-streaming-authorization-revoke/1102', 'forum', 'other', 'other', 'Multiplex REST Streaming Authorization Revoke\n\nHi there,\n\nWe are setting Cloud-2-Cloud integration with multiplexed REST Streaming connections.\nIt is mandatory to handle the authorization revoke event.\nWe haven’t been able to find in the documentation though what actually happens on the Streaming connection if a user revokes his authorization to connect to the Nest Cloud on his behalf.\n\nIs the whole multiplexed connection torn down with a 401? Or is there a special SSE event sent?', False),
('https://nestdevelopers.io/t/multiplex-rest-streaming-authorization-revoke/1102', 'forum', 'other', 'none', 'If a user revokes authorization you’ll get an auth_revoked event that you can handle. The multiplex connection should stay up, it’s just that one token is now invalid. So adjust subsequent multiplex calls to handle the loss of that token/user.', False),
('https://nestdevelopers.io/t/multiplex-rest-streaming-authorization-revoke/1102', 'forum', 'other', 'none', 'Thanks Jeff, tested OK. We were missing just the proper event type to look out for.', False),
('https://community.hubitat.com/t/hub-login-security-effects/80825', 'forum', 'other', 'other', 'Hub Login Security - effects\n\nI finally want to enable " Hub Login Security" on my hub.\nBut I really can\'t make up what effects it will have on my usage.\n\nI know for sure it will require a login when I access the hub on my LAN via web browser.', False),
('https://community.hubitat.com/t/hub-login-security-effects/80825', 'forum', 'other', 'other', 'Maker API and cloud dashboards continued working without missing a beat when I enabled login security a while ago.', False),
('https://community.airtable.com/t/scheduled-maintenance-and-downtime-on-october-15/43461', 'forum', 'other', 'other', 'Scheduled maintenance and downtime on October 15\n\nHi everyone – I wanted to give you a heads up about some important database upgrades we’re making to improve Airtable’s reliability. Our services will be unavailable for about 20 minutes on Friday, October 15 at 10 p.m. PT, and we wanted to give you a heads up given the potential disruption to your operations.', False),
('https://community.airtable.com/t/scheduled-maintenance-and-downtime-on-october-15/43461', 'forum', 'other', 'none', 'How are API requests affected?\n\nDuring the maintenance window, all customer API requests will return 503 responses. These requests should be retried with exponential backoff.', False),
('https://profit.co/answers/general/settings-preferences/why-has-my-integration-token-expired', 'forum', 'other', 'other', "If you're experiencing a 401 error with your Profit.co integration, it usually indicates that your authentication token has expired.", False),
('https://metricsign.com/errors/credentials-are-invalid', 'forum', 'other', 'other', 'Power BI Refresh Error:\nCredentials are invalid\n\nWhat does this error mean?\n\nThe credentials used to access the data source are rejected. This can happen after a password change, token expiration, or a permissions change on the source system.', False),
('https://code.iaflw.com/2024/01/gemini-makersuite-api-keys-and-caller.html', 'forum', 'other', 'other', 'On the Google Developer Community #gemini-api Discord channel, there have been a rise in the number of problems of people generating keys. Folks would say something like:\n\n"I\'m using MakerSuite with Gemini and I deleted an API Key. I went to create a new one, but I\'m getting an error saying the caller does not have permission. What does that mean and how can I get a key?"', False),
('https://help.mailtastic.com/de/articles/3532993-inaktive-integrationen-reaktivieren', 'forum', 'other', 'other', 'Eine Integration wird in der Regel immer dann inaktiv, wenn die Zugangsdaten, mit denen Sie die Integration bei Mailtastic eingerichtet haben, ungültig sind. Das kann passieren, wenn Sie die Zugangsdaten des verknüpften Services ändern.', False, 'de'),
('https://hilfe.pilotly.io/why-google-calendar-integration-breaks-and-how-to-fix-it', 'forum', 'other', 'other', 'Warum die Google Kalender-Integration nicht funktioniert\n\nWas verursacht die Fehlfunktion der Google Kalender-Integration?\n\nWenn die Google Kalender-Integration gestört ist, liegt das in der Regel an einem der folgenden Gründe:', False, 'de'),
]
