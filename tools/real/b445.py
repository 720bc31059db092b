# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 445 (mine-b445): CHAT voice, English, from IRC logs that two projects publish themselves as
# GitHub repositories (owner-published, not a member's scrape), channel-days no earlier batch used:
#  - duraspace/irclogs: DuraSpace's own archive of the #duraspace IRC channel (DSpace / Fedora
#    Commons developers, 2009-2018; logged by the project's DuraLogBot, "This channel is logged -
#    http://irclogs.duraspace.org/"), one file per day, original-logs/<day>.log (HTML-marked lines:
#    tags stripped and entities unescaped to get the message; for Slack messages bridged in by
#    DSpaceSlackBot the bridged "<nick> " prefix is trimmed). Snapshot master 41b63d8f (2018-09-14).
#  - fluid-project/fluid-irc-logs: the Fluid Project's own archive of #fluid-work, #fluid-tech and
#    #fluid-design (botbot.me exports 2013-2018 under botbot.me/<channel>/<year>/, then the project's
#    own fluid-bot logs under fluid-irc-logs/%23<channel>/). Snapshot main 8adbcc61 (2020-11-16).
#    The botbot.me files are Python bytes reprs, so \' and \xe2\x80\x99-style escapes were decoded
#    back to the characters they stand for; nothing else was changed.
# Each channel-day file is the thread unit; every source is the file's blob URL with #L<line> of the
# message. Texts are one message each, verbatim after the "<nick> " prefix (a few start by
# addressing someone, "gtirloni: ..."), never joined, trimmed or reworded.
# Complaints (60): the Slack <-> IRC bridge crashing / the "Slack sync bot ... blocked from entering
# this IRC channel. Hence, the sync isn't working", bridged messages "aren't coming through so
# quickly", the kompewter bot "blocked from accessing IRC ... never is able to connect", Matrix's
# freenode bridge cut off ("back to my old IRC client, after matrix failed me"); CI hooks between
# GitHub and Travis / Jenkins / GitLab not firing ("Travis is not running properly on DSPR#1600.
# Cannot seem to restart Travis", "the deploy webhook didn't trigger", "the container rebuild didn't
# happen", "my own 'ok to test' comments ... Recently they stopped working", "it triggers CI that is
# still pending till now", "why didn't Fluid project website update even after few PRs were
# merged", a GitLab runner "Checking for jobs... failed ... result=401"); credentials and
# permissions rejected ("permission denied publickey", "Permission to GPII/windows.git denied ...
# error: 403", "Permission to fluid-project/docs-inclusive-learning.git denied", "I had my
# credentials revoked as well", "i'm having trouble doing it because of the 2FA", "can't publish
# gpii-windows", a CacheFly upload "saying permission denied", an AWS IAM "is not authorized to
# perform", a Vidyo portal where "the assigned password is being refused", a mailing-list page
# showing "roster authentication failed"); ownCloud desktop sync stuck ("No connection to ownCloud
# at https:...", "the unsynced files remain unsynced", "I have trouble connecting to Owncloud so
# maybe that's why it is not syncing"); the Confluence wiki's JIRA macro broken ("those jira links
# are broken on me too"); and the GPII local flow manager failing to reach its cloud services
# ("Unauthorized while executing HTTP GET on url http://localhost:8084/carla", "returning 401",
# "Failed to retrieve access token: connect ECONNREFUSED", "ECONNREFUSED from the real STMM at
# http://stmm.gpii.net/match", a credentials installer that "fails for me").
# Near misses (68) from the same channel-days: maintainers' diagnoses and fixes ("is this pref in
# the allowedPreferences array of the client credential you use?", "the webhook url is
# https://ci-int.gpii.net/github-webhook/", "yesterday's security patch reset the list of tls/ssl
# certificates that confluence knew about", "triggered the deployment job manually", "you'd fork the
# repository ... the error you are getting is probably related to authentication though"), works-now
# follow-ups ("it's working now.. maybe it was temporary", "kompewter has come back to life", "it's
# fine now", "site has rebuilt"), how-to and setup talk (enabling a Jenkins GitHub hook), freenode's
# notice blocking Matrix access, Slack outages and Slack dropping its IRC gateway (one service down,
# not a link between two), JIRA errors inside JIRA, Vidyo calls dropping, an ownCloud upload refused
# as too big, a Chrome-store upload blocked by a manifest field, and greetings / thanks.
# Look-ups: 16 of the 45 allowed - 4 `search` (pages: OpenStack eavesdrop / keystone 401, IRC
# webhook stopped, openstack-infra gerrit replication auth, Fedora meetbot FAS/pagure; code: IRC /
# Gitter room archives), 9 `find_repos` (irc-logs, irclogs, gitter-archive, matrix-archive,
# chat-logs, meetbot, chatlog, gitter-log) and 3 `fetch` (ltsp/irclogs - only the log-site PHP
# code, no logs, unused; duraspace/irclogs; fluid-project/fluid-irc-logs). No read_file or
# find_string. Everything after the fetches was read locally from the snapshots (git cat-file) and
# searched with local regular expressions (401 / unauthorized / credentials / webhook / stopped
# working / can't connect / ECONNREFUSED / permission denied / Slack, IRC, Matrix bridge / sync).
# Why not OpenStack / Fedora / Ubuntu / Debian logs: the pages corpus holds meetings.opendev.org and
# meetbot-raw.fedoraproject.org meeting logs, but only each page's opening (roll call, #topic,
# zodbot greetings) comes back, never the exchange that would show a failing connection, and no
# GitHub copy of eavesdrop or the Ubuntu/Debian logs owned by those projects was found; Gitter and
# Matrix archive searches found only archiving tools or personal exports (skipped as unsure).
# Checked: every thread URL grepped (single and double quotes, URL up to '#') over
# /work/main/tools/real/b*.py, /work/main/tools/real/pending/*.py and /work/wt/*/tools/real/pending/*.py
# before use, and for fluid-irc-logs also the same channel-day in the other logger's folder (botbot.me
# vs fluid-irc-logs/%23...), since both loggers ran in autumn 2018; /work/notes/dupcheck.py: problems 0.
# Skipped as already in the corpus (b339 / b345 and others): duraspace 2017-07-24 (Sonatype 401),
# 2013-12-12 (Confluence login token), 2016-03-30 (Elsevier API keys), 2010-08-31 (NetBeans-JIRA),
# 2016-10-26 (handle resolver), 2018-03-14 (ORCID v1 API), 2009-07-01 (mibbit); fluid-work 2018-03-14
# (Jenkins gpii-bot 2FA against GitHub), 2018-10-16 (key-in 401, both the botbot.me and the
# %23fluid-work copy), 2015-10-19, 2016-05-12, 2018-08-09 and the other channel-days listed in b339.
# Rejected: long pasted logs and stack traces (npm ERR! blocks, strace lines), messages whose failure
# is a local bug or test (XOAI / Spring wiring, IoC distributions "stopped working"), Vidyo / Skype
# call drops and IRC clients crashing (one app, not a connection), GPII OAuth design talk with nothing
# failing, and jokes ("the 401 near London").
# Doubtful labels and how they were decided:
#  - GPII's local flow manager and its cloud (preferences server, STMM matchmaker, CouchDB) are two
#    systems talking over HTTP with OAuth client credentials; a 401 / ECONNREFUSED / "Unauthorized"
#    between them -> complaint, integration none (their own components, no product named), even in a
#    development set-up; cindyli's "i got the same, give me a few mins to find out" -> complaint (+1).
#  - Pushes and publishes rejected for permissions (GitHub 403, "permission denied publickey", npm
#    2FA / revoked credentials, CacheFly, AWS IAM) -> complaint: credentials rejected while the writer
#    connects to another system. Asking someone to "fix my perms" / "check kavya's JIRA perms" -> other.
#  - duraspace 2014-07-16: a SourceForge mailing-list page answering "roster authentication failed"
#    (pasted auth error) -> complaint, with "me neither - but the error is real"; 2012-05-17 "tons of
#    ... ConnectException: Connection refused" from integration tests without a running Fedora ->
#    complaint (pasted connection error), cwilper's explanation -> other; 2012-06-21 "now I can't
#    connect" to the conference line -> complaint, weakest row of the batch.
#  - Slack, JIRA or GitHub being down for everyone -> other (a service outage, not a link between two
#    systems); the Slack <-> IRC bridge failing -> complaint.
#  - fluid-work 2015-09-16 "express-couchUser stopped working and they can't log in" -> other: the
#    site's own login library, like an app logging its own user out.
#  - fluid-design 2017-03-07 ownCloud refusing a 6 MB upload as "too big" -> other (a size limit, not
#    a lost connection), while 2016-08-15 / 2018-01-04 / 2018-09-17 sync that never completes -> complaint.
#  - freenode's global notice asks Matrix users to change NickServ passwords "as a precaution" ->
#    exposure False (a precaution, nobody says a password got out); no row in this batch mentions a
#    leak, so exposure is False throughout. All rows are English.
ROWS = [
    ('https://github.com/duraspace/irclogs/blob/master/original-logs/2017-04-19.log#L14', 'chat', 'complaint', 'other', 'For anyone looking for the DSpace Developers Meeting, unfortunately our Slack <-> IRC integration seems to have crashed overnight (just noticed it) and I cannot get it restarted.', False),
    ('https://github.com/duraspace/irclogs/blob/master/original-logs/2017-04-19.log#L18', 'chat', 'other', 'other', "Ok, so, I've just pinged everyone on Slack to move over here. Giving folks a few minutes.", False),
    ('https://github.com/duraspace/irclogs/blob/master/original-logs/2017-04-19.log#L22', 'chat', 'complaint', 'other', "Not sure what happened to the Slack sync bot, but it currently seems to be blocked from entering this IRC channel. Hence, the sync isn't working. So, old school IRC it is!", False),
    ('https://github.com/duraspace/irclogs/blob/master/original-logs/2017-06-07.log#L150', 'chat', 'complaint', 'none', "And as a sidenote, I haven't had time to figure out what is up with kompewter....but it currently seems blocked from accessing IRC.  I've tried simply restarting, but it never is able to connect.", False),
    ('https://github.com/duraspace/irclogs/blob/master/original-logs/2017-06-14.log#L38', 'chat', 'other', 'none', '(And yes, kompewter has come back to life...after being seemingly "blocked" from IRC for several weeks)', False),
    ('https://github.com/duraspace/irclogs/blob/master/original-logs/2018-04-04.log#L16', 'chat', 'other', 'other', 'Thanks jcreel256.  I\'m seeing reports (on Twitter) that Slack is down for others too... But the status page currently shows "no issues": https://status.slack.com/', False),
    ('https://github.com/duraspace/irclogs/blob/master/original-logs/2018-04-04.log#L18', 'chat', 'other', 'other', "I'm unable to Connect to Slack currently.  But, if it's just me, I guess I can run this meeting from IRC...and hope others can see these messages ;)", False),
    ('https://github.com/duraspace/irclogs/blob/master/original-logs/2017-01-04.log#L109', 'chat', 'complaint', 'other', 'huh, it looks like Travis is not running properly on DSPR#1600.  Cannot seem to restart Travis either (not sure why)', False),
    ('https://github.com/duraspace/irclogs/blob/master/original-logs/2017-01-04.log#L111', 'chat', 'other', 'none', '+1 by inspection.', False),
    ('https://github.com/duraspace/irclogs/blob/master/original-logs/2017-01-04.log#L113', 'chat', 'complaint', 'other', "I don't see 1600 here https://travis-ci.org/DSpace/DSpace/pull_requests", False),
    ('https://github.com/duraspace/irclogs/blob/master/original-logs/2017-10-25.log#L139', 'chat', 'other', 'other', 'Then, the shibboleth authentication was not working in rest for some time.', False),
    ('https://github.com/duraspace/irclogs/blob/master/original-logs/2013-09-18.log#L33', 'chat', 'other', 'other', "no problem. you might want to ping andrew on the fcrepo JIRA permissions if there are ongoing issues.  I'm not sure why it isn't working, as it seems to be setup correctly", False),
    ('https://github.com/duraspace/irclogs/blob/master/original-logs/2014-07-16.log#L22', 'chat', 'complaint', 'none', 'briefly shows the sign up page and then redirects to a page that says', False),
    ('https://github.com/duraspace/irclogs/blob/master/original-logs/2014-07-16.log#L25', 'chat', 'complaint', 'other', 'DSpace-tickets roster authentication failed.', False),
    ('https://github.com/duraspace/irclogs/blob/master/original-logs/2014-07-16.log#L31', 'chat', 'other', 'none', 'monikam_ : I don\'t see any difference in the two links you just pasted into IRC.  The error one and the "successful" one look like the same link to me?', False),
    ('https://github.com/duraspace/irclogs/blob/master/original-logs/2014-07-16.log#L32', 'chat', 'complaint', 'none', 'me neither - but the error is real', False),
    ('https://github.com/duraspace/irclogs/blob/master/original-logs/2011-07-20.log#L305', 'chat', 'complaint', 'none', 'PeterDietz: need some help..when i give the command to fetch main repo it is giving permission denied publickey', False),
    ('https://github.com/duraspace/irclogs/blob/master/original-logs/2011-07-20.log#L306', 'chat', 'other', 'none', 'oops, I think i shared the private code for people who are members of it. one sec', False),
    ('https://github.com/duraspace/irclogs/blob/master/original-logs/2012-05-17.log#L145', 'chat', 'other', 'other', "Yeah, I'm guessing you need to bring up a Fedora before running those.", False),
    ('https://github.com/duraspace/irclogs/blob/master/original-logs/2012-05-17.log#L146', 'chat', 'complaint', 'other', 'I get tons of com.sun.jersey.api.client.ClientHandlerException: java.net.ConnectException: Connection refused', False),
    ('https://github.com/duraspace/irclogs/blob/master/original-logs/2012-06-21.log#L38', 'chat', 'complaint', 'none', "Just got off the call to do that Linux test build, now I can't connect. Did we hit some kind of limit?", False),
    ('https://github.com/duraspace/irclogs/blob/master/original-logs/2012-06-21.log#L39', 'chat', 'other', 'none', 'I was the 9th, seems unlikely', False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-design/2018/fluid-design-2018-04-03.log#L26', 'chat', 'complaint', 'other', "hi gtirloni, I pushed up a change to guide.inclusivedesign.ca but the deploy webhook didn't trigger. All I did was rename 2 files and I suspect that may not have been enough for the trigger.", False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-design/2018/fluid-design-2018-04-03.log#L27', 'chat', 'other', 'none', 'let me check', False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-design/2018/fluid-design-2018-04-03.log#L29', 'chat', 'other', 'other', "fluid-everyone: Vidyo's being stubborn and repeatedly kicking me out... :( Will keep trying but just in case: for SNOW: no news; Wordpress/wp-a11y-theme: finishing up the training manual; would like to sync up with jhung sometime this week to review the PR for FLOE-531", False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-design/2018/fluid-design-2018-08-31.log#L48', 'chat', 'complaint', 'other', '"ERROR: Permission to fluid-project/docs-inclusive-learning.git denied to michelled.', False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-design/2018/fluid-design-2018-08-31.log#L53', 'chat', 'other', 'other', 'alanharnum: we probably need to review all webhooks for these repositories and make sure they point to https://ci.incd.ca/github-webhook/  (with trailing "/" and all). i don\'t have access to do that in the fluid-project org though', False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-design/2018/fluid-design-2018-08-31.log#L54', 'chat', 'other', 'other', 'michelled: triggered the deployment job manually, please see if the changes are there now -- https://ci.incd.ca/job/website-handbook.floeproject.org/15/', False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-design/2018/fluid-design-2018-08-31.log#L82', 'chat', 'other', 'none', 'michelled: checked that we were using up to date webhook, site has rebuilt', False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-tech/2017/fluid-tech-2017-03-07.log#L81', 'chat', 'other', 'other', 'avtar1 cindyli: did you add a webhook to cindyli/qi-dashboard-frontend-demo pointing it to jenkins?', False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-tech/2017/fluid-tech-2017-03-07.log#L85', 'chat', 'other', 'other', "i don't see a POST request from GH to Jenkins, that's why i'm asking", False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-tech/2017/fluid-tech-2017-03-07.log#L91', 'chat', 'complaint', 'none', "avtar1: the container rebuild didn't happen", False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-tech/2017/fluid-tech-2017-03-07.log#L93', 'chat', 'other', 'none', 'cindyli: is the webhook active? there should be a checkbox in your repo settings to indicate that', False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-tech/2017/fluid-tech-2017-03-17.log#L58', 'chat', 'complaint', 'none', 'We encountered the following errors while processing your request:', False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-tech/2017/fluid-tech-2017-03-17.log#L59', 'chat', 'complaint', 'other', 'User: arn:aws:iam::478785806711:user/TylerRoscoe is not authorized to perform: iam:GetAccountSummary', False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-tech/2017/fluid-tech-2017-03-17.log#L61', 'chat', 'other', 'other', "so i guess either you can fix that, or if it's easier right now just give me an access key/secret key pair for the rtf aws account", False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-tech/2017/fluid-tech-2017-05-19.log#L63', 'chat', 'complaint', 'other', 'hey this doesn\'t look great... May 19 15:11:10 h-0005.tor1.inclusivedesign.ca gitlab-ci-multi-runner[1983]: time="2017-05-19T15:11:10Z" level=warning msg="Checking for jobs... failed" runner=ab434075 status="4', False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-tech/2017/fluid-tech-2017-05-19.log#L67', 'chat', 'complaint', 'other', 'Checking GitLab compatibility... not-compatible" reason="GitLab Runner >= 9.0 can be used ONLY with GitLab CE/EE >= 9.0" result=401', False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-tech/2017/fluid-tech-2017-05-19.log#L68', 'chat', 'other', 'other', 'mmmm, this morning gitlab.com had a heads up about the upgrading to a new release', False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-tech/2017/fluid-tech-2017-05-19.log#L69', 'chat', 'complaint', 'none', "fwiw i can't find any logs related to my builder in there, just tthat ^ error over and over", False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-tech/2017/fluid-tech-2017-05-19.log#L70', 'chat', 'other', 'none', "that is weird, as it's working right now... mmmm", False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-tech/2017/fluid-tech-2017-08-30.log#L54', 'chat', 'other', 'none', "clown: i've added you and some other people to the list of admins, feel free to 'ok to test' until get tired now :)", False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-tech/2017/fluid-tech-2017-08-30.log#L56', 'chat', 'complaint', 'none', 'gtirloni, yes, well I thought amatas had added me back in Jun/Jul, and for a while my own "ok to test" comments worked.  Recently they stopped working.', False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-tech/2017/fluid-tech-2017-08-30.log#L57', 'chat', 'other', 'other', "i don't see that in the ci-service repo, maybe it was a temporary change in the jenkins config... they get overwritten by the ci-service repo whenever there's a commit", False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-tech/2017/fluid-tech-2017-01-19.log#L62', 'chat', 'complaint', 'none', 'curl: (7) Failed to connect to wiki.gpii.net port 443: Connection refused :/', False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-tech/2017/fluid-tech-2017-01-19.log#L63', 'chat', 'other', 'none', "oh, sorry, this connection doesn't go through the LBs", False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-tech/2017/fluid-tech-2017-01-19.log#L67', 'chat', 'other', 'other', 'jira is down too', False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-work/2015/fluid-work-2015-09-16.log#L219', 'chat', 'other', 'other', "Basically no one can see the work we've already finished on the manufacturer interface because express-couchUser stopped working and they can't log in.", False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/fluid-irc-logs/%23fluid-work/%23fluid-work.2020-01-27.log#L33', 'chat', 'other', 'none', 'hi there! I just wanted to ask you if you remember which is the config to work with the local web endpoint for testing preference sets', False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/fluid-irc-logs/%23fluid-work/%23fluid-work.2020-01-27.log#L40', 'chat', 'complaint', 'none', 'cindyli: wait, no... I still have this error "Unauthorized while executing HTTP GET on url"', False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/fluid-irc-logs/%23fluid-work/%23fluid-work.2020-01-27.log#L44', 'chat', 'other', 'none', 'javjarfer[m]: you need to use "gpii.config.untrusted.production.dynamicDR", only config files for the production env have this special config included', False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/fluid-irc-logs/%23fluid-work/%23fluid-work.2020-01-27.log#L49', 'chat', 'complaint', 'none', "cindyli: it's weird, the login endpoint appears not to be exposed", False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/fluid-irc-logs/%23fluid-work/%23fluid-work.2020-01-27.log#L56', 'chat', 'other', 'none', 'javjarfer[m]: i tried the same config and all http endpoints are exposed', False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/fluid-irc-logs/%23fluid-work/%23fluid-work.2020-01-27.log#L62', 'chat', 'complaint', 'none', 'yes, I tried that, that\'s when I get the "Unauthorized while executing HTTP GET on url http://localhost:8084/carla"', False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/fluid-irc-logs/%23fluid-work/%23fluid-work.2020-01-27.log#L64', 'chat', 'complaint', 'none', 'javjarfer[m]: i got the same, give me a few mins to find out', False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/fluid-irc-logs/%23fluid-work/%23fluid-work.2020-01-27.log#L65', 'chat', 'other', 'none', 'cindyli: of course, thanks for the assistance', False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/fluid-irc-logs/%23fluid-work/%23fluid-work.2020-03-17.log#L313', 'chat', 'complaint', 'none', 'cindyli or Bosmon, is trying to write a "http://registry.gpii.net/common/volume" preference to the cloud returning 401 a known problem?', False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/fluid-irc-logs/%23fluid-work/%23fluid-work.2020-03-17.log#L317', 'chat', 'other', 'none', 'stegru: its value is a number? do you have problems saving other preferences?', False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/fluid-irc-logs/%23fluid-work/%23fluid-work.2020-03-17.log#L319', 'chat', 'other', 'none', 'stegru: is this pref in the allowedPreferences array of the client credential you use?', False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/fluid-irc-logs/%23fluid-work/%23fluid-work.2020-03-17.log#L328', 'chat', 'other', 'none', 'there\'s a field called "allowedPrefsToWrite", that volume preference needs to be in its array', False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/fluid-irc-logs/%23fluid-work/%23fluid-work.2020-03-10.log#L144', 'chat', 'complaint', 'none', "Justin_o: jhung mentioned that we use webhooks for automatic deployments. Then why didn't Fluid project website update even after few PRs were merged which affected the content of the site?", False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/fluid-irc-logs/%23fluid-work/%23fluid-work.2020-03-10.log#L145', 'chat', 'other', 'none', 'sachin10101998 thanks for pointing that out. The fluidproject site is one of the exceptions. The webhook is triggered when changes are made to the gh-pages branch. This is an old process that was never changed. Many of the other sites are rebuilt when changes are made to master.', False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/fluid-irc-logs/%23fluid-work/%23fluid-work.2020-03-10.log#L243', 'chat', 'other', 'none', "gmoss Justin_o if there's no build log for the recent builds, then the problem lies in webhook settings and not in ci-jobs.", False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-work/2018/fluid-work-2018-07-20.log#L63', 'chat', 'complaint', 'none', "i'm having trouble doing it because of the 2FA i set up", False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-work/2018/fluid-work-2018-07-20.log#L68', 'chat', 'complaint', 'none', 'I had my credentials revoked as well', False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-work/2018/fluid-work-2018-07-20.log#L69', 'chat', 'complaint', 'none', 'I just finished setting up my token again, but then the 2fa is another issue when publishing', False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-work/2018/fluid-work-2018-07-24.log#L65', 'chat', 'complaint', 'other', "avtar: do you know if there is something wrong with our cache fly account.. i'm not able to upload to it", False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-work/2018/fluid-work-2018-07-24.log#L66', 'chat', 'complaint', 'none', "it's saying permission denied", False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-work/2018/fluid-work-2018-07-24.log#L68', 'chat', 'other', 'none', "avtar: it's working now.. maybe it was temporary or something wrong with my client", False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-design/2018/fluid-design-2018-01-04.log#L137', 'chat', 'complaint', 'other', 'gtirloni: I can\'t seem to get owncloud to sync. in my settings I see an error message "No connection to ownCloud at https:... Error downloading https....  and there was a message about some files that were too big. I selected "Apply" and now it just shows a Waiting message', False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-design/2018/fluid-design-2018-01-04.log#L138', 'chat', 'other', 'none', "danayo: what's the file's size?", False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-design/2018/fluid-design-2018-01-04.log#L142', 'chat', 'other', 'other', 'danayo: if you go to the settings for the ownCloud app and look in the activity you might see the file or the error there', False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-design/2018/fluid-design-2018-01-04.log#L144', 'chat', 'complaint', 'none', 'I still see the other message (no connection etc)', False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-design/2016/fluid-design-2016-08-15.log#L54', 'chat', 'complaint', 'other', 'Hi gtirloni, there are still several files that are not uploaded from my local owncloud folder to the online version. Do you know if there is a way to activate the uplaoding process for each individual file?', False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-design/2016/fluid-design-2016-08-15.log#L55', 'chat', 'other', 'other', 'hi, it doesn\'t seem like owncloud has an option for that. is it showing any errors? in the settings, it should have a tab saying "not synced" or something like that', False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-design/2016/fluid-design-2016-08-15.log#L61', 'chat', 'complaint', 'none', 'gtirloni: sorry I just saw your message. If I go to the settings, it show which files are still being synced. but the unsynced files remain unsynced…', False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-design/2018/fluid-design-2018-09-17.log#L13', 'chat', 'other', 'none', "sepidehshahi: That's strange. It should have the default permissions. I've now shared it explicitly with the IDRC group. Let me know if you can see it now.", False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-design/2018/fluid-design-2018-09-17.log#L15', 'chat', 'complaint', 'other', 'I have trouble connecting to Owncloud so maybe that’s why it is not syncing the files properly.', False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-design/2018/fluid-design-2018-09-17.log#L17', 'chat', 'other', 'other', 'can you send me the file or a link to the file so I can have a look at it until I get my owncloud fixed', False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-design/2017/fluid-design-2017-03-07.log#L123', 'chat', 'other', 'other', 'great. I’m still unable to upload the latest Xd file on to OwnCloud.', False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-work/2016/fluid-work-2016-04-05.log#L85', 'chat', 'complaint', 'none', '"message": "Failed to retrieve access token: connect ECONNREFUSED",', False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-work/2016/fluid-work-2016-04-05.log#L88', 'chat', 'other', 'none', 'maybe the actual secrets I need to use are different for a real server...', False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-work/2016/fluid-work-2016-04-05.log#L110', 'chat', 'other', 'none', 'sgithens: are you getting connection refused while trying to access "flowmanager.gpii.net" on port 443 using https protocol, is that it?', False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-work/2018/fluid-work-2018-03-15.log#L186', 'chat', 'complaint', 'none', "I was here trying to figure out why I can't publish gpii-windows", False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-work/2018/fluid-work-2018-03-15.log#L187', 'chat', 'other', 'other', 'anybody with some experience on publishing in npm', False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-work/2018/fluid-work-2018-03-15.log#L188', 'chat', 'complaint', 'none', "I'm getting this error https://pastebin.com/Ci20RAdZ", False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-work/2018/fluid-work-2018-03-15.log#L189', 'chat', 'complaint', 'none', "I can publish gpii-universal but I'm getting that when trying to do the same for gpii-windows", False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/fluid-irc-logs/%23fluid-work/%23fluid-work.2019-04-12.log#L60', 'chat', 'other', 'other', '-christel- [Global Notice 1/2] Hi all, following the Matrix.org security announcement [https://matrix.org/blog/2019/04/11/security-incident/] we have temporarily blocked access to freenode via Matrix until we have confirmation that the issues have been fixed.', False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/fluid-irc-logs/%23fluid-work/%23fluid-work.2019-04-12.log#L63', 'chat', 'complaint', 'other', 'hey stegru, back to my old IRC client, after matrix failed me', False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/fluid-irc-logs/%23fluid-work/%23fluid-work.2020-09-14.log#L31', 'chat', 'other', 'none', "I'm unable to upload the package at all because of this.", False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-work/2016/fluid-work-2016-04-15.log#L159', 'chat', 'complaint', 'none', 'I am not able to push on the git getting the error.', False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-work/2016/fluid-work-2016-04-15.log#L160', 'chat', 'complaint', 'other', "C:\\gpii\\windows [GPII-1318 +5 ~1 -0 !]> git push https://github.com/GPII/windows.git  master remote: Permission to GPII/windows.git denied to dovsons. fatal: unable to access 'https://github.com/GPII/windows.git/': The requested URL returned error: 403", False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-work/2016/fluid-work-2016-04-15.log#L166', 'chat', 'other', 'none', "dsharma: are you a committer in that repository? ideally, you'd fork the repository, commit to your own fork and later make a pull request. the error you are getting is probably related to authentication though. this should be useful: https://guides.github.com", False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-work/2014/fluid-work-2014-02-26.log#L243', 'chat', 'other', 'none', 'if i changed this to point at the remote preferences server, i could get the save to work, but of course the login failed', False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-design/2017/fluid-design-2017-11-16.log#L252', 'chat', 'other', 'other', "Justin_o, gtirloni any idea why I can't connect to this link from the floeproject.org page? https://first-discovery.floeproject.org/demos/prefsServerIntegration/", False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-work/2015/fluid-work-2015-10-23.log#L86', 'chat', 'complaint', 'other', 'cindyli: cae you see the jira issues displayed properly on the iteration page? it looks broken to me', False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-work/2015/fluid-work-2015-10-23.log#L89', 'chat', 'complaint', 'other', 'anastasiac: those jira links are broken on me too', False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-work/2015/fluid-work-2015-10-23.log#L90', 'chat', 'other', 'none', 'system upgrade?', False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-work/2015/fluid-work-2015-10-23.log#L92', 'chat', 'other', 'other', "cindyli: yesterday's security patch reset the list of tls/ssl certificates that confluence knew about. i had to restore the original and it seems to be working now.", False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-work/2016/fluid-work-2016-11-08.log#L310', 'chat', 'other', 'other', "kasparnet: can you check kavya's JIRA perms? she can't see the pull request into on a JIRA", False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-work/2016/fluid-work-2016-11-08.log#L311', 'chat', 'other', 'other', "jessm: looks like job #44 got created for that but it failed to run. i'll restart jenkins and trigger it manually again.", False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-work/2016/fluid-work-2016-10-19.log#L134', 'chat', 'complaint', 'other', 'gtirloni: I pushed a commit to GPII #464 pull request (https://github.com/GPII/universal/pull/464) yesterday. it triggers CI that is still pending till now. you can see the pending at the bottom of the pull request page', False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-work/2016/fluid-work-2016-10-19.log#L136', 'chat', 'other', 'other', "cindyli: nullpointer exception in jenkins. it looks like the job failed midway through. could you add 'ok to test' and see if it triggers a new build?", False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-design/2018/fluid-design-2018-07-18.log#L64', 'chat', 'complaint', 'other', 'thanks gtirloni I’ve asked to recover my password but vidyo is telling me I don’t exist.  :(', False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-design/2018/fluid-design-2018-07-18.log#L65', 'chat', 'other', 'none', 'carenwatkins: see if you receive an password reset email in a few minutes', False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-design/2018/fluid-design-2018-07-18.log#L66', 'chat', 'complaint', 'none', 'gtirloni: I’m not sure if I did something out of sequence but the assigned password is being refused.', False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-tech/2016/fluid-tech-2016-03-04.log#L144', 'chat', 'other', 'none', "I can't remember all that we did but was there a step where I had to enable a webhook", False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-tech/2016/fluid-tech-2016-03-04.log#L164', 'chat', 'other', 'none', 'awesome, so hopefully new the webhook should work again', False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-work/2014/fluid-work-2014-07-29.log#L207', 'chat', 'other', 'other', 'jhernandez was telling me that the "mention" feature in JIRA seems to have stopped working recently', False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-work/2013/fluid-work-2013-12-20.log#L59', 'chat', 'other', 'other', "Wow. Jira is having issues? I can't close and when trying to resolve I get a disk space error? anyone else getting this? cindyli, Justin_o?", False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/fluid-irc-logs/%23fluid-work/%23fluid-work.2020-04-06.log#L109', 'chat', 'complaint', 'other', 'MorphicCredentials_testers.gpii.net-2.msi fails for me', False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/fluid-irc-logs/%23fluid-work/%23fluid-work.2020-04-06.log#L113', 'chat', 'other', 'none', "no, your dev cloud, it's fine now", False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-work/2014/fluid-work-2014-01-12.log#L1258', 'chat', 'complaint', 'none', 'But in fact I get an ECONNREFUSED from http://stmm.gpii.net:80/match', False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-work/2014/fluid-work-2014-01-12.log#L1260', 'chat', 'other', 'none', 'hmm... dont think I saw any ECONNREFUSED on my end', False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-work/2014/fluid-work-2014-01-12.log#L1272', 'chat', 'complaint', 'none', 'I do, however, get an ECONNREFUSED from the real STMM at http://stmm.gpii.net/match', False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-work/2014/fluid-work-2014-01-12.log#L1273', 'chat', 'complaint', 'none', "yzen - I am so far unable to demonstrate it working since I don't see that the STMM is really online", False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-work/2014/fluid-work-2014-01-12.log#L1289', 'chat', 'other', 'none', "So far the balance of evidence seems to be that our cloud version of the STMM isn't properly installed, so we'll wait for avtar", False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-work/2014/fluid-work-2014-01-12.log#L1307', 'chat', 'complaint', 'none', "We're having problems verifying that the cloud-based stmm is working correctly", False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-work/2014/fluid-work-2014-01-12.log#L1308', 'chat', 'complaint', 'none', 'In particular both http://stmm.gpii.net/match and http://stmm.gpii.net/ are giving ECONNREFUSED on port 80', False),
    ('https://github.com/duraspace/irclogs/blob/master/original-logs/2013-04-03.log#L221', 'chat', 'complaint', 'none', 'On second look, I have that set on my other instance but I have never received such an email from there. And there are errors in the log.', False),
    ('https://github.com/duraspace/irclogs/blob/master/original-logs/2013-04-03.log#L222', 'chat', 'other', 'none', 'I get it now, it works only for dspace-jspui and dspace-api, not dspace-xmlui', False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-work/2014/fluid-work-2014-07-29.log#L229', 'chat', 'other', 'none', 'Bosmon was just saying that he never received any emails from the committers list', False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-design/2018/fluid-design-2018-08-31.log#L51', 'chat', 'complaint', 'none', "it doesn't look like it's been redeployed yet to the site, hopefully that will happen soon", False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-work/2016/fluid-work-2016-10-19.log#L135', 'chat', 'complaint', 'none', 'no details reported by clicking on the "details" link. shall it be cancelled?', False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-work/2014/fluid-work-2014-01-12.log#L1284', 'chat', 'complaint', 'none', "Bosmon: well it looks like it does not work for some reason , the server doesn't even get hit when i try to open a socket", False),
    ('https://github.com/duraspace/irclogs/blob/master/original-logs/2017-05-17.log#L81', 'chat', 'complaint', 'other', 'Action: tdonohue notes that on my end Slack is being a bit "slow"...my messages aren\'t coming through so quickly. Hopefully this is all making it to you though (as it seems to be going to irc)', False),
    ('https://github.com/fluid-project/fluid-irc-logs/blob/main/botbot.me/fluid-design/2018/fluid-design-2018-03-13.log#L230', 'chat', 'other', 'other', "jessm: yeah, i heard about slack's shutting down the xmpp/irc gateways but i don't know there's anything to be done, except try a different solution like rocket.chat or mattermost.com (which have open source client/server)... re: cc community, maybe they developed a bridge of their own?", False),
    ('https://github.com/duraspace/irclogs/blob/master/original-logs/2018-06-27.log#L21', 'chat', 'other', 'other', "The whole 'net is buzzing with the news that Slack is down.", False),
]
