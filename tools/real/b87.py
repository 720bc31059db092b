# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 87 (mine-c): calendar and accounting connections from issue
# trackers earlier batches had not touched. Cal.com Google Calendar
# threads (invalid_grant after restart, invalid_client on reconnect,
# changes that never sync back, conflict checks ignored, "Makes me think
# of switching back to calendly") with maintainers' "can't reproduce" and
# volunteers' offers as near misses; Thunderbird Appointment broken after
# reconnecting Google; Xero tokens that stop refreshing (Airbyte
# source-xero, laravel-xero); Expensify's sync-error UI task and PR as
# near misses.
ROWS = [
("https://github.com/calcom/cal.diy/issues/11870","issue","complaint","other","[CAL-2816] Google Calendar Integration credentials are not refreshing"),
("https://github.com/calcom/cal.diy/issues/11870","issue","other","other","@lawweiliang Looks like your google calendar integration are expired. After removing the calendar integration. I can book the event type. could you please connect your calendar again?"),
("https://github.com/calcom/cal.diy/issues/11870","issue","other","other","Thanks @Udit-takkar As far as what I remember. As long as I receive the invitation email, click \"yes\" over the invitation email. It will automatically add the event to my google calendar. I don't think I have done any integration in the past. Need your guidance on this."),
("https://github.com/calcom/cal.diy/issues/11870","issue","other","none","Hey @lawweiliang, in order to check your calendar intergrations you can go under the settings page on the bottom left of cal webapp"),
("https://github.com/calcom/cal.diy/issues/5796","issue","complaint","other","Blocked Google Calendar requests due to `invalid_grant` from expired token. When stopping the Cal.com web instance and restarting it, the Google Calendar response comes back as with a `400` bad request. Instead of attempted to fetch a new token, the Google Calendar integration breaks until the user removes the calendar connection and signs back into their Google account."),
("https://github.com/calcom/cal.diy/issues/25476","issue","complaint","other","fix(OAuth): Google Calendar authentication failing with `{\"message\":\"invalid_client\",\"data\":null}` error. Google Calendar integration fails with \"invalid_client\" error on managed Cal.com instance after disconnecting and attempting to reconnect calendar."),
("https://github.com/calcom/cal.diy/issues/25476","issue","complaint","other","Cannot reconnect Google Calendar due to invalid_client OAuth error. Integration remains disconnected and unusable"),
("https://github.com/calcom/cal.diy/issues/8376","issue","complaint","other","Issue with Google Calendar sync. Hello, we have a problem with Google Calendar synchronization on our self-hosted app. If someone connects Google Calendar to an account on the app, events are synced, but future changes (new events, rescheduling, or deletion) directly in google calendar are not moved to cal.com app. To see changes, users have to delete and connect calendars one more time."),
("https://github.com/calcom/cal.diy/issues/8376","issue","complaint","other","Yes, we have the same issue. Hope the developers at cal.com can fix it. Really bad the calendar does not synchronize. Makes me think of switching back to calendly."),
("https://github.com/calcom/cal.diy/issues/8376","issue","other","other","I would like to work on this issue as I have extensive knowledge of Google Calendar API. Here are a few questions:- 1. Are we using a webhook response from Google to update the calendar data? 2. Are we using poll data to update the calendar data and what is polling frequency?"),
("https://github.com/calcom/cal.diy/issues/3705","issue","complaint","other","\"There was a problem updating your calendar\" with bookings onto Google Calendar. When people request a booking from one of my event pages, I receive emails containing the following: This is a relatively new issue, probably appearing sometime in the last 2 weeks or less."),
("https://github.com/calcom/cal.diy/issues/5506","issue","complaint","other","[CAL-366] Google Calendar conflict not checked. Reported by a customer: cal.com allowed someone to double book a meeting, though the correct Google calendar was setup to check for conflicts in my cal.com account"),
("https://github.com/calcom/cal.diy/issues/5506","issue","complaint","none","I am also experiencing this issue. I have been consistently from the start. I have my calendar connected, but I'm not sure what it does. It doesn't add events to my calendar and it doesn't seem to conflict check. I've tried disconnecting it multiple times and reconnecting it to no avail."),
("https://github.com/calcom/cal.diy/issues/5506","issue","other","none","i dont think this is happening anymore. at least I cant reproduce this"),
("https://github.com/calcom/cal.diy/issues/5506","issue","other","none","please reach out to support@cal.com with your username if this is happening to you, so we can investigate."),
("https://github.com/thunderbird/appointment/issues/908","issue","complaint","other","Unable to use Appointment after disconnecting then re-connecting Google Calendar. After disconnecting and then re-connecting the Google Calendar, Appointment is left in a 'broken state' where it believes no calendar is connected (and no share link is available/working)."),
("https://github.com/airbytehq/airbyte/issues/38928","issue","complaint","other","[source-xero] Access tokens getting expired without refreshing. After half an hour of setting a new access token using xero PKCE flow, I get the following error: 'Unable to connect to stream bank_transactions - Failed to authorize request. Please update your access token to continue using the source.'"),
("https://github.com/airbytehq/airbyte/issues/38928","issue","other","none","@abedzantout, please message me on Slack if you need help with the fix."),
("https://github.com/airbytehq/airbyte/issues/38928","issue","complaint","none","I've updated to the latest airbyte, and the problem persists."),
("https://github.com/dcblogdev/laravel-xero/issues/53","issue","complaint","other","Problem with Xero when running as background process. Xero is connected but there seems to be a problem with token. All my invoices are failing when it process before 12:30PM in AEST (1:30AM UTC)"),
("https://github.com/dcblogdev/laravel-xero/issues/53","issue","other","none","How are they failing? in your sync command are you setting the tenant for each fetcher?"),
("https://github.com/dcblogdev/laravel-xero/issues/53","issue","complaint","none","I found the issue, tokens are not renewing automatically, and it needs to wait for 30 minutes to renew, can you take a look at this?"),
("https://github.com/dcblogdev/laravel-xero/issues/53","issue","other","none","So you are not running the refresh command..."),
("https://github.com/Expensify/App/issues/42250","issue","other","other","[Xero][QBO] [Wave Collect] Add error message in case of sync failure. Right now, if an error occurs during sync, we do not display it to the user. Display an error to the user to indicate sync wasn't successful, to avoid confusion."),
("https://github.com/Expensify/App/issues/42250","issue","other","none","Hey! I’m Jakub Szymczak from Software Mansion, an expert agency, and I’d like to work on this issue!"),
("https://github.com/Expensify/App/pull/42307","issue","other","other","Add error message in case of integration sync failure"),
]
