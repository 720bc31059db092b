# b629 -- CHAT voice: single IRC turns from Krijn Hoetmer's published IRC log archive
# (github.com/KrijnHoetmer/irc-logs, the logs of irc.mozilla.org #developers and #testing that he
# ran and published on his site; day files developers/YYYYMMDD.html, testing/YYYYMMDD.html).
# An earlier batch used 29 rows from this archive (other #developers days); every row here comes
# from a day file with room left under the 4-rows-per-thread limit (checked against all batches in
# tools/real, pending and /work/wt), and no text repeats an earlier row.
# Read from a fetched snapshot (main at 41567c2). Anchor = the log line id (#l-<n>) of the turn.
# Texts are the archived message text after HTML unescaping, nick prefix removed, otherwise verbatim
# (one turn per row; tab characters inside pasted Sync log lines kept).
#
# Why this archive: the brief asked for chat archives of integration/bot/SDK/data-tool communities
# that their owners published. Candidates checked and dropped this session: the betcode Slack export
# (Faxulous/...; member-pushed, excluded by tests/data/README.md), indieweb/indieweb-chat-archive
# (over the snapshot size limit; read_file of #bridgy/#indieweb-wordpress days gave too few turns
# per look-up), gdcc/zulip-archive, MrAlders0n/meshcore-discord-archive, paritytech/matrix-archiver
# and duraspace/irclogs (remaining unused threads almost all dev chatter or already at 4 rows),
# apache/fineract-chat-archive, psadmin-io/slackarchive, FHIR/zulip-archive,
# PastaPastaPasta/dash-discord-archive (tool only, no archived messages), digitaldemocracy2030/
# slack-logs (no snapshot). #developers is Mozilla's developer-services channel: the connection/
# auth/sync traffic is about hg.mozilla.org pushes over ssh, the try server, LDAP credentials,
# Persona/BrowserID logins, Firefox Sync / Firefox Accounts, pulse, treestatus; #testing is the W3C
# web-platform-tests channel (sync.py mirroring GitHub to w3c-test.org).
#
# Counts: 110 rows, 58 complaint / 52 other (53%); voice: all "chat"; language: all English;
# exposure_mentioned True: 0; integration: other 58 (a named service in the text: hg, try, LDAP,
# Persona, Sync, FxA, AMO, pulse, inbound...), none 52. 54 day files, at most 4 rows each.
# Complaints: "Permission denied (publickey...)" pasted on push, "I can't push to try"/"unable to push
# to try" (push that never completes), LDAP credentials rejected or expired, Persona/MDN/AMO/pulse
# logins failing, Firefox Sync errors ("Sync suddenly lost my credentials", "Could not authenticate:
# No keyFetchToken", "firefox sync is failing for me in the past 48h"), the w3c-test.org sync broken.
# Near misses: how-to questions (setting up ssh for push, own Sync server, writing a Sync engine,
# safebrowsing API keys), helpers' diagnostics ("are the permissions on the key correct?", "you need to
# push to ssh://", "about:sync-log"), "works for me", "that worked", "oh. I had a stale password",
# explanations of outages ("its closed, due to bug ...", "there is a replication lag").
#
# Doubtful label calls:
#   - LDAP password expired and the writer asks where to get it reset (20111224 l-812 bsmith,
#     20120801 l-1302 andreasn, 20121211 l-1967 bz) -> complaint: the credential is failing now and
#     support would act; philor's "or your LDAP password has expired?" (20120328) is a question -> other.
#   - "I can't do it, Persona hates me" (20120406) -> complaint (login failing), terse.
#   - Asa's OOM "after a failed sync connection" (20120518 l-3631) -> complaint (Sync connection failing).
#   - rillian's "it just wouldn't let me log in with my previous 6 character password" -> complaint;
#     the same writer's explanation of the new minimum length -> other.
#   - bbouvier's "HTTP Error 403: ssl required" push (20140211) was his own https push URL -> complaint
#     as written; khuey's "you need to push to ssh://" -> other.
#   - "can't push to try" turns caused by a repository lock or a closed tree are pushes that do not
#     complete -> complaint; the replies naming the cause -> other.
#   - gcp's pasted "Sync.BrowserIDManager ERROR Could not authenticate: No keyFetchToken" -> complaint,
#     integration other; mkaply's "unknown error on multople machines" names no product -> none.
#   - darobin's "I think the sync is broken" (testing, GitHub->w3c-test.org mirroring) -> complaint, none.

ROWS = [
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20111206.html#l-1784', 'chat', 'complaint', 'other', 'sweet, seems the icing on my cake is loosing ldap access in the meantime due to password expiration policy', False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20111212.html#l-3178', 'chat', 'complaint', 'other', "coop|buildduty: I can't push to try", False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20111212.html#l-3182', 'chat', 'complaint', 'none', "coop|buildduty: it's timing out waiting for a lock", False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20111224.html#l-812', 'chat', 'complaint', 'other', "What is the process for requesting a password reset when you can't log in to https://ldap.mozilla.org/passwordreset/ to reset your password?", False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20111224.html#l-817', 'chat', 'other', 'none', 'bsmith, a bug, I guess', False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20120218.html#l-1509', 'chat', 'other', 'none', "*sigh* OK, I'm doing something dumb here. Can someone help me with setting up SSH for push access?", False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20120218.html#l-1513', 'chat', 'complaint', 'none', 'remote: Permission denied (publickey,gssapi-with-mic).', False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20120218.html#l-1517', 'chat', 'other', 'none', 'RyanVM: are the permissions on the key correct?', False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20120310.html#l-194', 'chat', 'complaint', 'other', "odd, i'm getting a sync unknown error on one box and no issues on the other with the exact same build", False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20120310.html#l-291', 'chat', 'other', 'other', 'RyanVM: about:sync-log, find the most recent error?', False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20120323.html#l-378', 'chat', 'complaint', 'none', 'Permission denied (publickey,gssapi-with-mic).', False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20120323.html#l-383', 'chat', 'other', 'none', "sounds like your ssh config isn't right", False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20120323.html#l-2547', 'chat', 'complaint', 'none', 'dholbert: thanks! "Permission denied (publickey,gssapi-with-mic)." < guess I don\'t have access anymore?', False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20120323.html#l-2548', 'chat', 'other', 'none', 'jviereck, do you have your .ssh/config set up correctly?', False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20120328.html#l-2378', 'chat', 'other', 'other', 'humph: a hand remembering where the blue + is, or your LDAP password has expired?', False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20120406.html#l-1945', 'chat', 'complaint', 'other', "I can't do it, Persona hates me", False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20120413.html#l-1369', 'chat', 'complaint', 'none', 'remote: Permission denied (publickey,keyboard-interactive).', False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20120413.html#l-1385', 'chat', 'other', 'none', 'Ms2ger: that never prevented pushes from working, though', False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20120413.html#l-1386', 'chat', 'complaint', 'none', 'glandium, huh, really? It did for me', False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20120416.html#l-844', 'chat', 'complaint', 'other', 'and get remote: Permission denied (publickey,keyboard-interactive). ... abort: no suitable response from remote hg!', False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20120416.html#l-850', 'chat', 'other', 'none', 'Try removing the "<" and ">" from the "User" line, so it says "User markcapella@twcny.rr.com".  Not sure if it\'s necessary, but that\'s how mine is set up.', False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20120425.html#l-253', 'chat', 'complaint', 'none', "edmorley: apparently I can't push right now", False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20120505.html#l-1137', 'chat', 'complaint', 'other', 'Sync suddenly lost my credentials', False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20120516.html#l-2540', 'chat', 'other', 'other', 'gfritzsche: I filed it under product: socorro IIRC', False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20120518.html#l-3393', 'chat', 'complaint', 'other', 'I also get a Sync error.', False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20120518.html#l-3631', 'chat', 'complaint', 'other', "rnewman: I'm OOMing repeatedly and that was after a failed sync connection. I think it's sync killing Firefox. What can I do? (nightly, windows 7)", False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20120518.html#l-3638', 'chat', 'other', 'other', "gcp: can you tell asa what you did to fix your sync ?  he's having same problem", False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20120518.html#l-3642', 'chat', 'other', 'other', 'I toggled the checkboxes in the sync menu', False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20120522.html#l-231', 'chat', 'complaint', 'none', "I can't push at all, ssh just stops working", False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20120522.html#l-3193', 'chat', 'complaint', 'other', 'ok, finally got my local hg all setup, now hg.mozilla isnt accepting my ssh', False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20120524.html#l-13', 'chat', 'complaint', 'none', "fwiw, I can't push myself any more", False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20120524.html#l-2081', 'chat', 'complaint', 'none', 'log shows "Permission denied (publickey,gssapi-keyex,gssapi-with-mic)."', False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20120524.html#l-2070', 'chat', 'other', 'none', 'espindola: I think you just hit an issue where some of our build machines were being reimaged today, I opened a bug 758223, please try another build and let me know how it goes', False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20120525.html#l-1440', 'chat', 'other', 'other', 'anyone know anything about sync?', False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20120531.html#l-165', 'chat', 'other', 'other', "hello, I want to make a build without Firefox Sync, I tried using: export MOZ_SERVICES_SYNC=0 but it didn't do the trick", False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20120606.html#l-1162', 'chat', 'complaint', 'other', "I can't log in to AMO", False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20120606.html#l-1164', 'chat', 'other', 'none', 'darktrojan: works for me', False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20120608.html#l-1107', 'chat', 'complaint', 'none', "I authenticated my account fine, but now I can't login", False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20120608.html#l-1108', 'chat', 'other', 'other', 'supposedly we use our LDAP login/password, right?', False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20120608.html#l-1112', 'chat', 'other', 'other', "nthomas: oh, you use your LDAP email address... I didn't have to choose a password when I created the account, and now I don't know what it is", False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20120704.html#l-1626', 'chat', 'complaint', 'none', "armenzg: doesn't appear to be the case, just tried, login failed for Administrator and the same rdp password you sent me via email for the .74 slave.", False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20120704.html#l-1627', 'chat', 'other', 'none', 'jimm: the user is "mozilla" instead of "Administrator"', False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20120704.html#l-1632', 'chat', 'other', 'none', 'armenzg: that worked', False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20120720.html#l-1367', 'chat', 'complaint', 'other', 'hmm. when I try to cancel builds on try, my LDAP credentials get rejected', False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20120720.html#l-1372', 'chat', 'other', 'none', 'oh. I had a stale password', False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20120727.html#l-1253', 'chat', 'complaint', 'other', "what's up with try? I cannot push to it...", False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20120727.html#l-1255', 'chat', 'other', 'none', 'gabor: its closed, due to bug 778062', False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20120801.html#l-1302', 'chat', 'complaint', 'other', 'what do I do in the case where my LDAP password expired while I was on vacation? File a bug against a product?', False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20120801.html#l-1303', 'chat', 'other', 'none', 'andreasn: yea, file a bug in https://bugzilla.mozilla.org/enter_bug.cgi?product=mozilla.org&format=itrequest', False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20120820.html#l-710', 'chat', 'other', 'other', 'AutomatedTester, how do I sync to my own WebDAV host?  so I control data?  have not used the feature due to these issues', False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20120820.html#l-711', 'chat', 'other', 'other', 'odin_: change services.sync.clusterURL to your host in config', False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20120920.html#l-1265', 'chat', 'complaint', 'other', "sweet, MDN switched to persona and now i can't actually log in", False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20120920.html#l-2094', 'chat', 'complaint', 'other', 'thank you persona, for disabling my password with no notification', False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20120920.html#l-2096', 'chat', 'other', 'none', 'bsmedberg: it looks like the minimum length was change to 8 characters', False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20120920.html#l-2098', 'chat', 'complaint', 'none', "and it just wouldn't let me log in with my previous 6 character password", False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20121005.html#l-90', 'chat', 'complaint', 'other', "jaws: can't push anything to try", False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20121005.html#l-94', 'chat', 'other', 'none', 'ekr took a long time, but the push finally succeeded', False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20121018.html#l-288', 'chat', 'other', 'other', 'gkw: I have no clue how you are getting that Sync error', False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20121018.html#l-289', 'chat', 'complaint', 'other', "gps: i don't know either. i just installed Aurora in a VM on NAT on the host machine (also with Aurora sync'ed) and it fails", False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20121018.html#l-290', 'chat', 'complaint', 'none', 'gps: i even tried with a new recovery key (having to re-add all my clients in the process), but this WinXP instance still fails', False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20121018.html#l-295', 'chat', 'other', 'other', 'gkw: could you turn the tabs engine logs up to trace? about:config services.sync.log.logger.engine.tabs => Trace', False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20121025.html#l-1266', 'chat', 'complaint', 'other', 'Hi, i have a problem with sync on aurora', False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20121025.html#l-1279', 'chat', 'other', 'other', "CircleCode: about:sync-log has error logs, if you can file a bug with the most recent error log that'd be good", False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20121027.html#l-30', 'chat', 'complaint', 'other', 'cancelling a rev asks for my LDAP creds a thousand times', False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20121202.html#l-1300', 'chat', 'complaint', 'other', "Sync isn't working and all my bookmarks have disappeared. I wonder if these are connected", False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20121211.html#l-1967', 'chat', 'complaint', 'other', 'Where do I file "my LDAP expired, please reset" bugs?', False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20130107.html#l-1269', 'chat', 'other', 'other', 'how is "about:sync-tabs" implemented, and where would I find it? Javascript? trying to prototype an extension that deals with tabs from sync', False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20130114.html#l-2080', 'chat', 'complaint', 'other', 'i had a sync error earlier though, fwiw', False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20130114.html#l-2081', 'chat', 'complaint', 'none', "bhearsum: Yeah, I'm getting an unknown error on multople machines. Site says it is up though - https://services.mozilla.com/status/", False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20130212.html#l-2404', 'chat', 'other', 'other', 'KWierso: Is there a wiki page for introduction to how sync works, and perhaps writing a sync engine?', False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20130212.html#l-2428', 'chat', 'other', 'other', "jwir3: but Sync is pretty much deprecated at this point; not sure you'd want to go this route.", False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20130305.html#l-2584', 'chat', 'complaint', 'none', 'Permission denied (publickey,gssapi-keyex,gssapi-with-mic).', False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20130305.html#l-2586', 'chat', 'complaint', 'none', "Credentials cache file '/tmp/krb5cc_500' not found", False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20130404.html#l-3373', 'chat', 'complaint', 'none', "Command ['ssh', '-o', 'IdentityFile=~/.ssh/ffxbld_dsa', 'ffxbld@stage.mozilla.org', 'mktemp -d'] returned non-zero exit code: 255", False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20130404.html#l-3375', 'chat', 'other', 'none', 'retrigger should fix that one', False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20130417.html#l-3174', 'chat', 'complaint', 'other', 'is Sync totally not working for anybody else?', False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20130417.html#l-3175', 'chat', 'other', 'none', 'working for me...', False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20130417.html#l-3177', 'chat', 'other', 'other', "mccr8: there've been hiccups in the service for a bunch of people over the last few days", False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20130417.html#l-3178', 'chat', 'complaint', 'none', "KWierso|Home: ah, yeah that sounds like what is happening to me.  I haven't synced for 3 or so days.", False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20130424.html#l-159', 'chat', 'other', 'other', "smaug: pastebin the log to #services-dev and someone will tell you what's up", False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20130508.html#l-2176', 'chat', 'complaint', 'none', 'it tells me Permission Denied (publickey)..', False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20130508.html#l-2177', 'chat', 'other', 'none', 'Sixdsn: you should see "No interactive shells allowed here!" if it\'s working', False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20130508.html#l-2183', 'chat', 'other', 'other', 'Sixdsn: do you have any hg.mozilla.org entry in ~/.ssh/config?', False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20130530.html#l-2068', 'chat', 'complaint', 'other', "btw, firefox sync if failing for me in the past 48h or so without even one successful sync. #sync can't help much about it.. this will surely create a major trust issue with users...", False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20130530.html#l-2073', 'chat', 'complaint', 'other', "sync was failing for me for last two weeks. i finally just deleted my sync account. i didn't use it anyway", False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20130530.html#l-2074', 'chat', 'other', 'other', 'and setting up a "private" sync server isn\'t a walk in the park either.', False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20130722.html#l-842', 'chat', 'complaint', 'none', 'So I cant push to mozilla repos from my house', False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20130722.html#l-857', 'chat', 'other', 'none', "daleharvey: I think I've seen something similar perhaps 3 months ago, and rebooting my machine helped", False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20130827.html#l-1918', 'chat', 'complaint', 'other', '"login.persona.org uses an invalid security certificate."', False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20130912.html#l-2666', 'chat', 'complaint', 'other', "I changed my Bugzilla email, and now Persona won't work", False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20130912.html#l-2661', 'chat', 'other', 'other', "Manishearth got persona questions?  swing over to the #identity channel and we'd love to help you out", False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20131125.html#l-1148', 'chat', 'other', 'other', 'does safebrowsing use API keys?', False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20140112.html#l-1426', 'chat', 'complaint', 'none', 'remote: Permission denied (publickey).', False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20140112.html#l-1424', 'chat', 'other', 'none', 'pretty sure you have to push to ssh://', False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20140211.html#l-1517', 'chat', 'complaint', 'other', 'why would i receive "abort: HTTP Error 403: ssl required" when trying to push on inbound?', False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20140211.html#l-1522', 'chat', 'other', 'none', 'you need to push to ssh://...', False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20140510.html#l-989', 'chat', 'complaint', 'other', "I installed a new OS on my laptop, and apparently, I can't push to try: 'remote: Permission denied (publickey).' Any idea of what I could do wrong? My key is correct (I can ssh to people.m.o for example)", False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20140510.html#l-994', 'chat', 'other', 'none', 'paul: Is your username right?', False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20140515.html#l-1988', 'chat', 'complaint', 'other', 'hwine: unable to push to try', False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20140515.html#l-1990', 'chat', 'other', 'none', 'snorp: last push was only 30 minutes ago -- it could be "normal" usage, let me look deeper', False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20140805.html#l-2441', 'chat', 'complaint', 'other', '1407265815386\tSync.BrowserIDManager\tERROR\tCould not authenticate: No keyFetchToken', False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20140805.html#l-2428', 'chat', 'other', 'none', "I've read people saying they see that, but the data still ends up syncing", False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20140902.html#l-2313', 'chat', 'complaint', 'other', 'ssh hg.mozilla.org reports "Permission denied (publickey)."', False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20140902.html#l-2317', 'chat', 'other', 'none', 'there is a replication lag', False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20140915.html#l-1478', 'chat', 'complaint', 'other', "mcote: I'm not sure if I need to use this, but I can't log into: pulse.mozilla.org", False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20140915.html#l-1479', 'chat', 'other', 'none', 'yeah known issue :) should be fixed soon', False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20141124.html#l-604', 'chat', 'complaint', 'other', 'when trying to log on the weekly reports website with persona, i get an error message that "mozilla.com is not responding", is that a known thing? whom should i tell it?', False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/developers/20141124.html#l-606', 'chat', 'other', 'none', 'bbouvier, I managed to log in not an hour ago', False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/testing/20141014.html#l-72', 'chat', 'complaint', 'none', "I think the sync is broken, but I don't know why", False),
    ('https://github.com/KrijnHoetmer/irc-logs/blob/main/testing/20141014.html#l-83', 'chat', 'other', 'none', 'it might have wedged the sync stuff', False),
]
