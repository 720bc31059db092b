# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 565 (mine-b565): CHAT VOICE from an owner-published IRC archive no batch had used: the BRL-CAD #brlcad
# channel on Freenode, 2004-2021, published by the BRL-CAD organisation itself as BRL-CAD/irc_archive (branch main,
# snapshot 6f257e47bf2b9d57f716bbe9be555a6a04da2641; README: "Archived contents of BRL-CAD Internet Relay Chat (IRC)
# channel ... the logs are preserved here for reference"). One irclog2html page per day, logs/YYYYMMDD.html, run
# through HTML Tidy (long messages wrapped over several lines). One day file = one thread. Rows cite the blob URL
# https://github.com/BRL-CAD/irc_archive/blob/main/logs/<day>.html#L<n>, n = the line where the message's
# <td width="100%"> cell starts (the line before names the nick); a script checked every #L against the file.
# All rows voice='chat', all English (no language element); exposure_mentioned False throughout.
# Texts: the message cell with tags removed, entities unescaped and Tidy's line wraps joined back with one space (Tidy
# wraps only at spaces); nothing else changed - mojibake such as "fall? la autorizaci?n" and the irclog2html double
# space before URLs are kept. /me actions are the action text as the archive shows it ("pats github O:-)"). No
# message was cut: every row is a whole message. Bot lines (CIA-nn commit feed, Notify, ibot, gcibot) were not used.
# Theme: a member saying a login, credential, bot, mirror or connection to another service fails now - SourceForge
# Subversion / CVS refusing commits and checkouts ("svn: Server sent unexpected return value (403 Forbidden) in
# response to MKACTIVITY request", "Could not authenticate to server: rejected Basic challenge", "SSL negotiation
# failed: Connection reset by peer", "SSL handshake failed: Secure connection truncated", "MERGE ... timed out waiting
# for server", "svn: Authorization failed", "can't connect ot host: Connection refused", "can't create temporary
# directory /tmp/cvs-serv817"), SourceForge passwords and ssh keys rejected ("sf.net won't accept my new ssh key
# anymore", "my password is being rejected", "tried to reset my password - can reach the website but the commits
# still fail", "my password just stopped working"), SourceForge down mid-commit, the CIA.vc commit-announcement bot
# dead ("cia is still not working..", "CIA-22 is still dead...", "cia is mia", "Hmm - CIA still not working"), the
# Notify bot losing Google Melange / GCI events or its IRC connection, GitHub answering "Storage server temporarily
# offline" on a commit, buildbot failing svn certificate verification against sourceforge, Coverity and FTP logins
# failing, the brlcad-devel list rejecting a subscriber's post, ssh to project hosts refused, Freenode unreachable,
# mail to SURVICE "Failed connect() Error: Connection refused", brlcad.org's expired TLS certificate.
# Complaints: 66 of 138 (48%).
# Near misses kept (label other): maintainers' replies and diagnoses ("looks like cvs.sf.net is a bit overloaded at
# the moment", "sourceforge svn is down for the next 6 hours or so", "so maybe you have a bad sourceforge password in
# your keyring", "go to the sf.net page and get a read/write checkout url", "looks like samba folks are to blame about
# CIA going down recently", "notify's email queue is empty", "the bot is alive, but yeah notifications are still
# down"), questions for detail ("did you try one of the other login nodes?", "are you able to log-in on the
# sourceforge page?"), works-now lines ("i figured out a way to get in", "its ok", "there we go", "ah, it's letting me
# update now", "I updated ok maybe 30 min ago", "<-- just logged in with no issue"), the 2008 SourceForge password
# expiry notice quoted, advice (upload an ssh key to sf.net), a pre-commit hook rejecting files for svn:mime-type
# ("Commit blocked by pre-commit hook": not a connection or credential failure; the bare "svn: Commit failed (details
# follow):" line before it was not used, as it reads like 20110816 L2614, whose cause was a server timeout), web pages failing rather than a connection (Melange 500 on "request to
# become a mentor", Melange upload 500, the OGV student site's login "Internal error" under review, the wiki
# unreachable, the bug tracker down, the new SourceForge interface), sync / mirror / bridge talk with nothing broken
# (syncing ChangeLog, the github version, git bridge script, Zulip replacing IRC, travis-upload not set up yet,
# GitHub's 100MB push limit, a commit bot to revive after channel lock-down), an expired GitHub org invite.
# Label calls / doubts: one-line follow-ups inside a failing exchange are complaints when they restate the failure
# ("no joy here either.", "doesn't work here either", "yeah, it's busted", "is anybody else having problems with
# commiting?", "OK, so no more work today :)") and other when they ask or guess ("what did I do wrong ?", "could be a
# filter of some sort on the domain, though"). Operators' own reports of a third-party service down are complaints
# (brlcad "ahh, cia is down... dagnabit", "you know cia went down, right?", ``Erik "notify decided that it cannot
# resolve irc.freenode.net O.o investigating..."), but brlcad's 20080703 L216 answer confirming the outage is other
# (a reply). 20100127 L1127 is a Spanish-localised svn error around the English "Could not authenticate to server:
# rejected Basic challenge"; kept without a language element (the sentence is English) - doubtful. 20130423 L360
# ('growl... "Authorization failed."') names no service; complaint on the pasted auth error. 20170212 L103 ("figured I
# should report it so someone can fix it") continues the expired-certificate report: complaint. "is Notify down?" and
# "we seem to have lost notify?" are complaints (a bot relaying Melange / commit mail stopped). Dropped as too
# borderline after a first pick: wiki edits answering 403, a site login after disabling LDAP, a certificate name
# mismatch on brlcad.org, a commit "interrupted" with a question about caps. Integration: 'other' when the message
# names the service (SourceForge / sf / svn URL on sourceforge, CIA, Notify, Melange, GitHub, Coverity, buildbot,
# Freenode, the lists.sourceforge.net list), 'none' when it names none (bare svn errors on /svnroot/brlcad, ssh, ftp,
# "my password", the brlcad.org certificate).
# Sources (70 day files): 20050508 20050512 20050710 20050829 20050922 20050923 20050927 20051114 20070227 20070301 20070629 20070913 20070915 20080109
#  20080113 20080307 20080515 20080612 20080703 20080716 20080725 20080819 20080912 20080917 20090318 20090403 20090406 20090603
#  20090621 20091209 20100127 20110129 20110816 20111221 20120926 20120927 20121105 20121113 20121130 20121208 20121218 20130423
#  20130426 20130427 20130619 20131108 20140704 20141114 20141204 20141215 20150112 20150115 20150117 20150201 20150210 20150429
#  20150522 20150617 20150619 20150724 20150802 20150820 20150830 20160113 20160415 20170212 20180303 20180713 20180928 20210514.
# Look-ups: 19 of 70 (11 find_repos: irc-logs, irclogs, slack-archive, chat-log, zulip-archive, discord-archive,
# tg-archive, gitter, irc_log, slack-export, chatlogs; 5 find_files: wdwdev/discord-archive and 0x3639/tg-archive -
# archiver code only -, and the exact paths integration_logs.json, messages2.html, result.json - personal exports; 3
# search: two code, one docs - the docs search "IRC channel logs archived in a GitHub repository" found
# BRL-CAD/irc_archive and travlr/zmqirclog). Fetches (not counted): github:BRL-CAD/irc_archive (used) and
# github:travlr/zmqirclog (its master holds only a README; the gh-pages log branch is not in the snapshot; not used).
# Candidates picked locally: the 516,608 parsed messages filtered with regular expressions (login / password / ssh /
# svn / cvs / sourceforge / sf.net / cia / notify / github / melange / buildbot / certificate / bridge / mirror /
# sync near can't / fail / denied / refused / rejected / down / dead / expired / 403 ...), then each read in its day.
# Used-thread exclusion: a script loaded every batch's ROWS from /work/main/tools/real/b*.py, pending/*.py and
# /work/wt/*/tools/real/pending/*.py (importlib, 71,624 rows, 26,056 threads); none is under BRL-CAD/irc_archive
# (the BRL-CAD rows before are from BRL-CAD/zulip_archive, a different archive: Zulip topics, not IRC days), and a
# grep of every header for "irc_archive" found nothing. No text repeats a used text.
# Rejected after reading: CAD / raytracing / build talk that only matched a keyword ("mirror" shader, "bridge" of a
# road, bot = bag-of-triangles primitive, "sync" of libz sources), build failures after an svn update, GSoC / GCI task
# links, NickServ and sshd security notices pasted (20060117, 20160810), "<PROTECTED>" lines, the cad_zulip bridge's
# relayed messages (not used), and a member's "cant login to 'new' account" (20110303, no
# service named, unclear which account).
ROWS = [
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20050508.html#L750', 'chat', 'complaint', 'other', 'cia is still not working..', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20050508.html#L761', 'chat', 'complaint', 'none', 'no joy here either.', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20050829.html#L1063', 'chat', 'complaint', 'other', "CIA bot is offline right now or we'd see here too :/", False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20050922.html#L293', 'chat', 'complaint', 'none', 'brlcad, learner, when ya get a chance can you try logging into the site? my password just stopped working for no apparent reason and its bothering the heck out of me', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20050923.html#L58', 'chat', 'other', 'none', 'i figured out a way to get in', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20050923.html#L73', 'chat', 'complaint', 'none', 'i had no trouble getting in before and all of a sudden my password stopped working', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20050923.html#L84', 'chat', 'other', 'none', 'did you try one of the other login nodes?', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20050927.html#L310', 'chat', 'complaint', 'none', "can't create temporary directory /tmp/cvs-serv817", False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20050927.html#L332', 'chat', 'other', 'other', 'AchiestDragon: heh, yeah.. looks like cvs.sf.net is a bit overloaded at the moment', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20050927.html#L1035', 'chat', 'other', 'none', "yeah, we don't have access to that -- it's still just temporary", False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20051114.html#L106', 'chat', 'complaint', 'other', 'argh whenever i have the time to seriously work on the site something on sourceforge HAS to be down', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20051114.html#L140', 'chat', 'other', 'other', 'yeah, that happened last week when sourceforge performed the mysql server migrations', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20070301.html#L2527', 'chat', 'complaint', 'none', 'Erik, SURVICE\'s email troubles don\'t seem limited to cvs commits. Sending an email to Mark failed with "TCP active open: Failed connect() Error: Connection refused" for the last 14 hours', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20070629.html#L7340', 'chat', 'complaint', 'none', "I still can't access it - it asks for a username, then a password then aborts", False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20070629.html#L7351', 'chat', 'other', 'none', 'anonymous ftp', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20070629.html#L7371', 'chat', 'complaint', 'none', "doesn't work here either", False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20070629.html#L7376', 'chat', 'other', 'none', 'could be a filter of some sort on the domain, though', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20070915.html#L218', 'chat', 'complaint', 'none', "hmm, can't cvs update", False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20070915.html#L223', 'chat', 'other', 'none', 'anyone doing a commit at the moment or something?', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20070915.html#L240', 'chat', 'complaint', 'none', "but now cvs has some update problem, so that's stonewalled", False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20070915.html#L246', 'chat', 'other', 'none', 'I updated ok maybe 30 min ago', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20080109.html#L266', 'chat', 'complaint', 'other', "hm, and i'm unable to log into our coverity report .. server must be overloaded :)", False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20080109.html#L272', 'chat', 'other', 'none', "um, I think there's a port block in the way. I was able to telnet to it from another machine, so I tried running firefox remote X from there and the page came up", False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20080307.html#L156', 'chat', 'other', 'other', '"In support of improved security, all SourceForge.net user passwords have been expired and must be changed upon next login. CVS, Subversion and Shell users will need to login to the site to change their password before they will be able to access these services."', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20080515.html#L460', 'chat', 'other', 'other', 'takes cia about a half hour to fully shut down and start back up', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20080515.html#L472', 'chat', 'complaint', 'other', "brlcad: lots of people flooding #cia that bots don't work, #commits is dead, etc", False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20080612.html#L1109', 'chat', 'complaint', 'other', "sf.net won't accept my new ssh key anymore, and asks me for password all the time -- any idea of the reason?", False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20080612.html#L1116', 'chat', 'other', 'none', 'maybe another special brl-cad hook?', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20080703.html#L211', 'chat', 'complaint', 'other', 'CIA-22 is still dead...', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20080703.html#L216', 'chat', 'other', 'none', 'the bot is alive, but yeah notifications are still down', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20080703.html#L240', 'chat', 'other', 'other', "either the problem is on sf.net's end or I totally missed where things are amiss on cia.vc", False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20080716.html#L2487', 'chat', 'complaint', 'none', "svn: Server sent unexpected return value (403 Forbidden) in response to MKACTIVITY request for '/svnroot/brlcad/!svn/act/683d9f64-d642-4309-846b-f929d2cad1b5'", False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20080716.html#L2536', 'chat', 'complaint', 'none', 'is anybody else having problems with commiting?', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20080716.html#L2564', 'chat', 'other', 'none', "oh, it seems that it's an scheduled downtime", False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20080716.html#L2570', 'chat', 'other', 'other', 'mafm: so svn on sf.net is down?', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20080716.html#L2599', 'chat', 'other', 'other', 'mafm: sourceforge svn is down for the next 6 hours or so', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20080716.html#L3793', 'chat', 'complaint', 'none', "svn: Server sent unexpected return value (403 Forbidden) in response to MKACTIVITY request for '/svnroot/brlcad/!svn/act/6f51664b-be0d-4203-96a0-6a780e9db359' -- OK, so no more work today :)", False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20080725.html#L516', 'chat', 'complaint', 'other', 'I think CIA-22 is dead.', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20080819.html#L1246', 'chat', 'other', 'other', "just can't get into this new sourceforge interface", False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20080819.html#L1263', 'chat', 'other', 'none', "starseeker: if you have some feedback, I'd be glad to send it forward -- they're asking me how I feel about it", False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20080912.html#L238', 'chat', 'complaint', 'other', 'ahh, cia is down... dagnabit', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20080917.html#L534', 'chat', 'other', 'other', 'looks like samba folks are to blame about CIA going down recently', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20080917.html#L540', 'chat', 'other', 'none', 'they did some git push that queued up 78k commits', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20090318.html#L650', 'chat', 'complaint', 'other', 'dammit, sf.net is down right as I submit', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20090318.html#L666', 'chat', 'other', 'none', 'there we go', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20090403.html#L5864', 'chat', 'complaint', 'other', "BRL, I can't seem to be able to post on the 'brlcad-devel@lists.sourceforge.net' list", False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20090403.html#L5880', 'chat', 'other', 'none', 'its ok', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20090406.html#L73', 'chat', 'complaint', 'none', "svn: can't connect ot host: Connection refused", False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20090406.html#L89', 'chat', 'other', 'none', 'what did I do wrong ?', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20090406.html#L119', 'chat', 'other', 'none', 'or was it the repo address', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20090603.html#L1458', 'chat', 'other', 'none', 'Commit blocked by pre-commit hook (exit code 1) with output:', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20090603.html#L1493', 'chat', 'other', 'none', "righto.  If you are trying to commit code, then use 'svn propset svn:mime-type text/plain'", False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20090621.html#L357', 'chat', 'complaint', 'none', "starseeker: now I'm consistently getting 'connection reset by peer' trying to commit a reasonably-sized directory.", False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20090621.html#L364', 'chat', 'complaint', 'other', "svn: PUT of '/svnroot/brlcad/!svn/wrk/c15f0990-e0bc-4000-8927-761347c0a79c/rt%5E3/trunk/src/other/ogre/CMake/Packages/FindDirectX.cmake': SSL negotiation failed: Connection reset by peer (https://brlcad.svn.sourceforge.net)", False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20090621.html#L377', 'chat', 'other', 'none', 'autoprops is broken >.<', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20090621.html#L382', 'chat', 'other', 'none', "Ralith: here's brlcad's mime-types wiki article if it helps:  http://brlcad.org/wiki/Mime-types", False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20091209.html#L1408', 'chat', 'complaint', 'other', "grrrr, sourceforge don't tell me you can't connect....", False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20091209.html#L1436', 'chat', 'complaint', 'none', "``Erik: could be - well, I can't get a steady enough connection to try the traditional route anyway...", False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20100127.html#L1127', 'chat', 'complaint', 'other', "svn: MKACTIVITY de '/svnroot/brlcad/!svn/act/f16532de-2a33-44e6-b2f6-0430491a8a3b': fall? la autorizaci?n: Could not authenticate to server: rejected Basic challenge (https://brlcad.svn.sourceforge.net)", False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20100127.html#L1141', 'chat', 'other', 'none', 'wonder if you put the wrong key in the keyring..', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20100127.html#L1174', 'chat', 'other', 'other', 'so maybe you have a bad sourceforge password in your keyring', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20110129.html#L75', 'chat', 'complaint', 'other', 'what the bleep... sf password issue', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20110129.html#L80', 'chat', 'complaint', 'none', "I can't fix it - my password is being rejected", False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20110129.html#L86', 'chat', 'other', 'none', 'brlcad: can you commit?', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20110129.html#L91', 'chat', 'complaint', 'none', 'tried to reset my password - can reach the website but the commits still fail', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20110816.html#L2614', 'chat', 'complaint', 'none', '>.< svn: Commit failed (details follow):', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20110816.html#L2620', 'chat', 'complaint', 'other', "svn: MERGE of '/svnroot/brlcad/osl/trunk': timed out waiting for server (https://brlcad.svn.sourceforge.net)", False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20110816.html#L2627', 'chat', 'other', 'none', 'do you mind if I perform several small commits on boost parts?', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20120926.html#L288', 'chat', 'complaint', 'other', 'Hmm - CIA still not working', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20120927.html#L54', 'chat', 'other', 'other', 'since CIA is offline, used Length() instead of IsSingleton() .. is considerably faster too relatively speaking, but probably not significantly', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20121105.html#L436', 'chat', 'complaint', 'other', 'cia is mia', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20121105.html#L446', 'chat', 'complaint', 'other', 'you know cia went down, right?', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20121105.html#L457', 'chat', 'other', 'none', 'like as in someone accidentally fdisked the virtual host partition without making a backup', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20121105.html#L487', 'chat', 'other', 'none', 'and no brlbot for local needs? :D', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20121113.html#L153', 'chat', 'other', 'other', 'I m getting a 500 melange error when clicking "request to become a mentor" :(', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20121113.html#L159', 'chat', 'other', 'none', "andrei: you're not alone with the error", False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20121130.html#L4695', 'chat', 'complaint', 'other', 'ERROR: Storage server temporarily offline. See http://status.github.com for GitHub system status.', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20121208.html#L356', 'chat', 'complaint', 'other', '``Erik: Everytime I try to checkout the brlcad src from buildbot, I get a "Server certificate verification failed: issuer is not trusted."(for brlcad.svn.sourceforge.net) Also, there\'s no \'accept\' in buildbot as in the command line version. Can you disable certificate check only for the repo brlcad.svn.sourceforge.net in the svn config file on the server?', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20121208.html#L367', 'chat', 'other', 'none', '``Erik: Not required. I came up with something else', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20121218.html#L2750', 'chat', 'other', 'other', 'Unable to upload files at Google Melange', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20121218.html#L2756', 'chat', 'other', 'none', 'just try again in a few minutes', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20130423.html#L360', 'chat', 'complaint', 'none', 'growl... "Authorization failed."', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20130426.html#L1211', 'chat', 'other', 'none', "that's the right address", False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20130426.html#L1216', 'chat', 'complaint', 'none', 'but whenever i sent a mail to it i get this mail saying "You are not allowed to post to this mailing list, and your message has been automatically rejected"', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20130427.html#L249', 'chat', 'other', 'none', "I can't figure out how to get a login", False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20130619.html#L2138', 'chat', 'complaint', 'none', 'brlcad: i tried that and it does not prompt neither password or username: simply opens the editor and after writing the comment prompts svn: Authorization failed', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20130619.html#L2151', 'chat', 'other', 'other', "vladbogo: it'll depend what method you used to check out -- go to the sf.net page and get a read/write checkout url", False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20131108.html#L181', 'chat', 'complaint', 'other', 'huh, notify decided that it cannot resolve irc.freenode.net O.o investigating...', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20140704.html#L205', 'chat', 'complaint', 'none', "d_rossbeg: I want to commit the changes of nmgreorg, but it always tell me 'authorization failed'.", False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20140704.html#L222', 'chat', 'other', 'other', 'Zhao_Anqing: are you able to log-in on the sourceforge page? https://sourceforge.net/account/login.php', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20140704.html#L229', 'chat', 'other', 'none', 'd_rossberg: yes, I can', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20140704.html#L288', 'chat', 'complaint', 'none', 'now it says"Authorization failed" without tell me to type again.', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20140704.html#L322', 'chat', 'complaint', 'none', 'd_rossberg: commit on windows is good but failed on Linux. And I remove the ~/.subversion/auth, it still failed.', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20141114.html#L293', 'chat', 'other', 'none', "Can't pull dynamically-That page is behing a login", False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20141114.html#L318', 'chat', 'other', 'none', 'I am not talking about authenticating into my app', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20141204.html#L3782', 'chat', 'complaint', 'other', "$ svn checkout https://brlcad.svn.sourceforge.net/svnroot/brlcad/brlcad/trunk brlcad svn: OPTIONS of 'https://brlcad.svn.sourceforge.net/svnroot/brlcad/brlcad/trunk': SSL handshake failed: Secure connection truncated (https://brlcad.svn.sourceforge.net)", False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20141204.html#L3808', 'chat', 'other', 'none', "I'm not sure if it's related  to the fact that I'm behind a proxy", False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20141215.html#L3678', 'chat', 'complaint', 'other', "I've been trying to commit a fix but sourceforge keeps giving me errors", False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20150112.html#L2889', 'chat', 'complaint', 'other', "hmm, Notify doesn't seem to be showing all the GCI activity...", False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20150112.html#L2921', 'chat', 'other', 'other', "notify's email queue is empty, it's displayed everything that an email has came in for...", False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20150112.html#L2932', 'chat', 'complaint', 'none', 'it missed a couple of my comments...', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20150115.html#L492', 'chat', 'complaint', 'other', "Andrei_: Notify has been behaving oddly with Melange for the last couple of days... It doesn't send all events, but it does send some, and there isn't a discernable pattern.  It might just be Melanges fault, though...", False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20150115.html#L500', 'chat', 'other', 'none', 'yeah, at first I thought it failed to update, since I ve assigned some tasks', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20150117.html#L731', 'chat', 'complaint', 'other', "brlcad, github returned an error when committing...I didn't see it", False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20150201.html#L260', 'chat', 'complaint', 'other', 'i am unable to download it,i have proxy issues while downloading with this command in ubuntu "svn checkout svn://svn.code.sf.net/p/brlcad/code/brlcad/trunk brlcad-code "', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20150201.html#L274', 'chat', 'other', 'none', "hmm, not sure, I think there's also a way to download a zip or tar.gz", False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20150210.html#L375', 'chat', 'complaint', 'other', "sf seems to be slightly busted for me today, does the scowl mean I'm not unique? o.O", False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20150210.html#L391', 'chat', 'complaint', 'other', 'is just seeing sourceforge is down?', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20150210.html#L397', 'chat', 'complaint', 'none', "yeah, it's busted", False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20150210.html#L412', 'chat', 'other', 'other', 'pats github O:-)', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20150210.html#L418', 'chat', 'other', 'none', "ah, it's letting me update now", False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20150429.html#L733', 'chat', 'complaint', 'other', '``Erik: we seem to have lost notify?', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20150619.html#L1673', 'chat', 'other', 'none', 'for the main login, it gave me an "Internal error"', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20150619.html#L2713', 'chat', 'other', 'none', "is there a problem with wiki? I can't access any page.", False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20150802.html#L143', 'chat', 'complaint', 'none', "I some how can't logon to the bzflag account: ssh_exchange_identification: Connection closed by remote host. Anyone facing this issue?", False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20150820.html#L929', 'chat', 'complaint', 'none', "brlcad: My ssh stopped again, Somehow day before yesterday Erik solved it but now I'm facing the same.", False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20150830.html#L537', 'chat', 'complaint', 'other', '``Erik: is Notify down?', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20170212.html#L95', 'chat', 'complaint', 'none', 'I just tried to access brlcad.org and Firefox refused, saying the site was insecure. "brlcad.org uses an invalid security certificate. The certificate expired on February 8, 2017 at 1:06 PM."', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20170212.html#L103', 'chat', 'complaint', 'none', 'Easy for me to allow as an exception, but figured I should report it so someone can fix it the Right Way.', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20170212.html#L150', 'chat', 'complaint', 'none', 'teepee: ssl cert for brlcad.org expired (like, feb8ish)', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20170212.html#L156', 'chat', 'other', 'none', 'heh, woops', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20180928.html#L484', 'chat', 'other', 'other', "wonder if we can get the commit bot working again now that they've had to lock down the channels against spamming", False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20180303.html#L135', 'chat', 'other', 'none', 'Hello again. The bug-tracker is still down, right?', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20210514.html#L100', 'chat', 'other', 'other', ".ask brlcad sean, hi. tom browder here. i just found my invite to join the github brlcad group but it has expired. i'll be glad to join if invited again.", False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20050512.html#L700', 'chat', 'other', 'other', "you should be able to upload an ssh key to sf.net under your user profile page too, and you won't have to keep entering in a password", False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20050710.html#L265', 'chat', 'complaint', 'none', "I can't ssh into any machines", False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20050710.html#L275', 'chat', 'other', 'none', "heh, you're having that problem now too?", False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20070227.html#L2034', 'chat', 'complaint', 'other', "i can't access freenode from my irc client today - can anyone here help me out?", False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20070913.html#L173', 'chat', 'complaint', 'none', 'Unable to connect via SSH or HTTP. Also all my processes appear to have been killed since I am not on IRC although I was when went to bed last night.', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20070913.html#L180', 'chat', 'other', 'none', '<-- just logged in with no issue', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20160113.html#L1991', 'chat', 'other', 'other', "github says repo limit is 1GB and you can't push files > 100MB", False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20160415.html#L314', 'chat', 'other', 'other', "travis-upload won't work until I get more stuff set up, but it allows me to upload builds from travis/appveyor without any risk to the rest of the system", False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20150522.html#L442', 'chat', 'other', 'none', "suppose we could fail configure until the sync is made manually... hadn't considered making it a haulting condition", False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20111221.html#L221', 'chat', 'other', 'other', "nods - didn't want to dig too hard into it, since we've got to sync with the github version at some point and I think that's diverged pretty significantly", False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20180713.html#L191', 'chat', 'other', 'other', "Zulip eh... What, good old IRC somehow isn't good enough anymore? :)", False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20080113.html#L442', 'chat', 'other', 'none', "I'd give you an account if I could, but the whole login system is actually down at the moment ever since the news went up", False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20150617.html#L1896', 'chat', 'other', 'none', 'abhijeet: the server brlcad uses for irc is offline at the moment, what are you looking for help with?', False),
    ('https://github.com/BRL-CAD/irc_archive/blob/main/logs/20150724.html#L186', 'chat', 'other', 'none', 'dracarys983: sending the patch in a mail would be good, the mailing lists should work again; but is the patch tracker still broken too?', False),
]
