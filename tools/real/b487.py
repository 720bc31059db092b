# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 487 (mine-b487): CHAT VOICE from the I2P project's own published IRC meeting logs (2002-2022). All rows
# are voice='chat'. The I2P project (and its predecessor IIP, whose #iip-dev meetings the first logs hold)
# publishes every dev meeting log on its own website, https://geti2p.net/en/meetings/<NNN>, rendered from the
# raw logs kept in its website repository i2p/i2p.www (i2p2www/meetings/logs/<NNN>.log, 285 logs). Each row cites
# that raw log on GitHub at the fixed commit 3afd7340f51d53e407986e2d2ca9cf004b708b35 with #L<n>, the line of the
# file holding that message. The unit of the split is one meeting log (one channel-day of #iip-dev / #i2p /
# #i2p-dev). grep -F "i2p.www", "i2p2www" and "geti2p.net/en/meetings" over tools/real/b*.py,
# tools/real/pending/*.py and /work/wt/*/tools/real/pending/*.py found nothing before this batch.
# Theme: members and developers reporting that a connection between two systems fails now, and the everyday
# meeting chat around it: anonymous CVS checkout / pserver login refused (2003), an image host answering "Access
# Denied (User Account Disabled)", IIP relays and node.ref hosts that cannot be reached, the IIP<->IRC relay
# bridge not relaying, the PHTTP transport relay "Error sending the message", eepsites / irc.*.i2p that cannot
# be reached, Tor and Privoxy getting in the way of the I2P proxy, Syndie archive syncing errors (HTTP 504,
# "socket closed"), the forum's e-mail function erroring, postman's mail.i2p not delivering mail (also from
# GitHub) and bouncing, the monotone server mtn.i2p2.i2p down since June 12, viewmtn "internal server error",
# expired / CACert certificates on sites and mirrors, git.repo.i2p and other console-linked sites down for
# months, reseed servers down for two weeks, git clone over ssh timing out, Trac's xmlrpc breaking, Bote plugin
# keys that users cannot install - and the answers, status notes, "works now" lines and key / mirror / sync
# chatter around them.
# Complaints (39) are writers saying, from their own use, that such a connection, fetch, sync, delivery or login
# fails now, incl. pasted errors with little prose ("acvs [checkout aborted]: connect to localhost(127.0.0.1):2401
# failed: Connection refused", "Access Denied (User Account Disabled)", "\" Umm... the server encountered some
# sort of error. \""), "+1" lines ("yeah, same here.", "TrevorReznik encounters like 70% socket closed", "anonimal,
# yah, I have had serious issues lately too (lots of email getting bounced)") and maintainers reporting their own
# service down ("git.repo.i2p has been down for a while ...", "meeh runs 3 of our 10, and all 3 were down for
# about two weeks").
# Near misses kept (label other, 67): maintainers' answers and questions ("can you cvs -d :pserver: locally?",
# "squid I use constantly ... are you unable to use that?", "dm: did you enter that into your hosts file ...",
# "working on it", "ok, ill look into that and get an update in there asap"), "works now" / fixed lines ("well i
# stuck on a password and it works now", "The sigterm.no fail was partly my fault, I've resolved the issue ...
# mirror-syncing", "We had a DNS issue with the old http://deb.i2p2.no repository"), hypotheticals ("(unless
# sourceforge is down again)", "it seems that if some/all of postman's stuff goes down we're screwed"), key and
# certificate chatter ("has the expired IIP signing-key been replaced?", "you can delete expired secret subkeys
# from your keyring", "invalidate compromised key -> invalidate future ones" - a policy, not exposure; reseed SSL
# certs "may be expired ... I will make sure those are updated", Let's Encrypt automation, .deb signing keys),
# sync / mirror / git chatter that reports nothing broken (staying in sync with the old website through mtn,
# the mirror list, registration on git.idk.i2p, git over SSH, syncing issues with GitHub by a bot, GitHub
# tarballs, fake accounts on GH), and opinions ("reseeds that are down result in a terrible new-user experience,
# it's unacceptable", "make running reseeds easier").
# Label calls and doubts: the network-reachability lines of 2003-2004 (IIP relays, eepsites, irc.*.i2p) are
# kept as complaints because the writer reports a connection to another service failing now, but they are about
# an anonymity network's own routing, so borderline. 291 L31 (asking to raise the ssh read timeout during git
# clone "to improve the chances of success") is a complaint (it reports clones failing), while 291 L32 ("As trac
# hasn't been very reliable, is it ok to start ... mirroring tickets to GitLab") is a how-to / process question:
# other. 209 L433 ("unprofessional to have expired/none/CACert (which throws up errors = scary)") is a complaint
# about certificate errors now, borderline opinion. 228 L78 (".py files are not updating for some reason") is a
# complaint about the website deployment sync; the restart script line next to it was not taken (local script).
# 269 L72 (zzz relaying a report that two sites "have been down for weeks or months") and 299 L87 (eyedeekay
# relaying that users "are not able to install the plugin keys") are second-hand reports, kept as complaints.
# 264 L23 ("the relay was down so I didn't see pings here", the Slack<->IRC bridge) is an excuse for missing
# pings, past tense: other. 255 L50 is the reseed operator's own maintenance note: other. integration: 'other'
# when a third-party product or tool is named (CVS, Monotone / mtn / viewmtn, Trac, git, GitHub, GitLab, Tor /
# Privoxy, SourceForge, the phpBB board, squid, MediaWiki, Let's Encrypt, mail.i2p in 243 L116), 'none' for
# I2P's / IIP's own network services (eepsites, reseeds, relays, postman's mail, Syndie) and rows naming nothing.
# No row says a key or token got out (exposure False throughout). Language: all English (a German aside in 021
# was not taken).
# Texts: one IRC message each, copied from the raw log line with the timestamp and nick cut away (for bridged
# lines also the relay's inner "<nick>" / "IIP <nick>" / "[Slack/nick]" prefix and a leading "* " of /me lines),
# never reworded or translated; a script checked that every text is a verbatim substring of its log line.
# Sources: 48 meeting logs of i2p/i2p.www i2p2www/meetings/logs: 001 002 010 020 021 047 058 059 069 072 074 079
#  080 090 095 112 135 168 173 184 193 205 207 209 210 213 217 222 228 229 231 234 239 240 243 255 263 264 269 288
#  290 291 292 299 303 304 315 316.
# Look-ups: 33 of 45. find_repos: "irc_log", "meetbot", "gitter-log", "slacklog", "irclog", "meeting-logs",
# "matrix-log", "gitter", "telegram-archive", "eavesdrop", "chat-export", "freenode", "slack_log", "zulip-arch",
# "slack_archive", "discord_archive", "discord-history", "community-archive"; search code "irc log channel day
# <nick> ssh key permission denied publickey push mirror fails" and a Slack-export-shaped "webhook stopped
# working ... 401" query (no archive); search pages "irclogs #ubuntu-server log authentication failed LDAP sync",
# "chat archive log channel api token stopped working 401 ...", "meetbot.fedoraproject.org irc log
# #fedora-admin", "eavesdrop.openstack.org irclogs #openstack-infra log", and five more eavesdrop / opendev
# irclogs queries (gerrit publickey, launchpad openid login, #zuul github app webhook, github replication,
# #openstack-keystone 401, gerrit / launchpad login) - the pages corpus holds only a handful of
# meetings.opendev.org / eavesdrop meeting logs, each excerpted from its roll-call start, too little to mine;
# find_string "anyone else getting 401" (0 hits) and "stopped working for me too" (one hit was a company's internal
# Slack transcript, read once with read_file and rejected: a private company channel, not a project's own
# published log, and it pastes a password). Fetches (not counted): vim-jp/slacklog and bakkot/matrix-logs (too
# large to bring), laravel-taiwan/slacklogs, archlinuxvn/irclog, NYCPython/irclogs, sndevs/slack_archive,
# DappSociety/slack_archives, BenWiederhake/freenode-serenity-archive, openebs-archive/community-archive,
# PyXMR2025/monero-community-archive (code, viewers or scrapers only, no messages), plowsof/post-libera-meeting-logs
# (a script), bitcoin-core/bitcoincore.org (meeting summaries with short "comic relief" snippets, not logs),
# emacs-jp/slack-log, elm-jp/slack-log, rust-lang-ja/slack-log, nim-lang/irclogs (no snapshot), and i2p/i2p.www.
# The I2P logs were read locally (git archive), candidate lines picked by keyword filters (service words such as
# reseed, mtn, trac, git, mirror, cert, mail, relay, login, password, key, sync combined with failure words such
# as down, can't reach / connect / pull, refused, timed out, broken, expired, error), each read with its
# surrounding lines.
# Checked and skipped as already mined: no i2p.www / geti2p meeting URL occurs in any batch; archives already
# used for chat rows (chrusel/yocto-irc-logs, hubspotdev/devslackarchive, duraspace/irclogs,
# fluid-project/fluid-irc-logs, qTox/qtox-irc-logs, haskell-jp/slack-log, ArchLinuxJP/slacklog, the zulip /
# discord / slack archives of gdcc, leamas, Mark-Simulacrum, leanprover-community, NCAR, OSMLatvija, BWPanda,
# ricochet, BRL-CAD, gcharang, MrAlders0n, opsmill, datazip-inc, teknium1, hey-dan123, pyscript, NeuroTechX,
# paveloom-a, paritytech/matrix-archiver, clojureverse) were not reopened.
# Rejected: I2P protocol-internal talk matched by the filters (tunnel build failures, netDb, SSU2, NTCP, jbigi,
# OOM, time sync, "sync" of peers) - trouble inside one product, not between two systems; lines about people who
# cannot be reached (mhatta, postman, kytv); broken website links and CSS; bot ticket feeds (MTN_, i2pr/iRelay
# trac titles); "cvs is screwing with me!" (venting on its own); "jrand0m: nope" and "No, wait." (too short to
# stand alone); the launchpad/debian "major outage" lines of 246 (a packaging process left by a vanished
# maintainer, not a failing connection); and the many roll-call / agenda lines. The batch stays at 106 rows: the
# archive's on-theme lines are exhausted at this depth and no weak rows were added to reach 110.
ROWS = [
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/001.log#L367', 'chat', 'other', 'none', "it will retry (default 5 tries) (random time yes) when connecting to network nodes so you won't get disconnected each time a relay doesn't work", False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/002.log#L154', 'chat', 'other', 'none', 'if you observe that it is down: update status on site', False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/002.log#L354', 'chat', 'other', 'none', "Maybe an IRC chan where people who can't connect to IIP can go?", False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/010.log#L101', 'chat', 'complaint', 'none', "i often find that i can't connect through half of the hosts in node.ref", False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/010.log#L103', 'chat', 'other', 'none', 'well, most usually are that are on', False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/020.log#L38', 'chat', 'other', 'other', '(unless sourceforge is down again)', False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/021.log#L354', 'chat', 'complaint', 'none', 'my isproxy often complains it cannot reach certain things, and sometimes just vanishes without a trace', False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/047.log#L169', 'chat', 'other', 'none', 'Oh, and has the expired IIP signing-key been replaced?', False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/058.log#L206', 'chat', 'complaint', 'none', "well, i'm looking into it, i think 2401 is currently blocked", False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/058.log#L207', 'chat', 'other', 'other', 'can you cvs -d :pserver: locally?', False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/058.log#L214', 'chat', 'complaint', 'other', 'acvs [checkout aborted]: connect to localhost(127.0.0.1):2401 failed: Connection refused', False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/058.log#L215', 'chat', 'other', 'none', "'k, after adding the inetd.conf line and kill -HUP identd?", False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/058.log#L238', 'chat', 'complaint', 'other', 'i added the user anonymous with blank password added them to readers and into the cvsgroup and i get cvs login: authorization failed: server localhost rejected access to /home/cvsgroup/cvsroot for user anonymous', False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/058.log#L243', 'chat', 'other', 'none', "hmm thecrypto, I don't think you want an anonymous OS user", False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/058.log#L246', 'chat', 'other', 'none', 'well i stuck on a password and it works now', False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/059.log#L479', 'chat', 'complaint', 'none', "first since my e-mail isn't working again (damn spammers)", False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/069.log#L206', 'chat', 'complaint', 'other', 'only think you should try to disable the email function in the phpboard, now you get an error each time', False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/072.log#L235', 'chat', 'complaint', 'none', 'Access Denied (User Account Disabled)', False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/072.log#L236', 'chat', 'complaint', 'none', 'yeah, same here.', False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/072.log#L237', 'chat', 'other', 'none', 'i can see it', False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/074.log#L28', 'chat', 'complaint', 'none', '22:13:15.371 ERROR [ Sender 1148] er.transport.phttp.PHTTPSender: Error sending the message', False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/074.log#L29', 'chat', 'other', 'none', "ah ok, yeah, i've been smacking around the phttp relay too", False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/079.log#L28', 'chat', 'complaint', 'none', "jrand0m: i can't reach any eepsite or I2P service (with few temporary exceptions)", False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/079.log#L30', 'chat', 'other', 'none', 'most eepsites are down - duck, baffled, madman2003 are the most consistently up lately', False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/079.log#L31', 'chat', 'complaint', 'none', "jrand0m: i can't reach them, nor irc.*.i2p", False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/079.log#L32', 'chat', 'other', 'other', 'squid I use constantly for all my web browsing - are you unable to use that?', False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/080.log#L52', 'chat', 'complaint', 'none', "Argh, relaying for my own text doesn't work.", False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/090.log#L23', 'chat', 'complaint', 'none', 'did the network heal?  I still cannot connect to i2p irc reliably', False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/090.log#L27', 'chat', 'other', 'none', "its been a progression jteitel - some of the issues we've been seeing are related to the netDb failures", False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/095.log#L226', 'chat', 'complaint', 'none', '"The site you requested is no longer hosted here"', False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/095.log#L228', 'chat', 'other', 'none', 'dm: did you enter that into your hosts file or are you just browsing to the IP', False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/095.log#L229', 'chat', 'complaint', 'none', 'Invalid URI in request GET i2pforum.cervantes.', False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/112.log#L97', 'chat', 'complaint', 'other', 'I actually upgraded Tor the day before yesterday because it stopped working, and now the network is telling me again, I have a non compatible version... what the..', False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/135.log#L53', 'chat', 'complaint', 'other', "??? got i2p up and running but can't resolve the .i2p sites .... states point browser at 4444 proxy but privoxy + tor already there ... site.i2p:4444 also fails ... ideas (w/o disabling privoxy or tor)", False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/135.log#L55', 'chat', 'other', 'none', "Eol: perhaps some people in #i2p-chat can help, we're in the weekly dev meeting right now", False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/168.log#L17', 'chat', 'other', 'none', "we've had various server problems too with irc and postman's tracker over the past couple of weeks - postman has done a lot of migrations, so things should be more stable for folk", False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/173.log#L94', 'chat', 'other', 'none', 'you can delete expired secret subkeys from your keyring if you wish', False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/173.log#L103', 'chat', 'other', 'none', 'invalidate compromised key -> invalidate future ones', False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/184.log#L68', 'chat', 'other', 'none', '(and when they are no longer authorized, remove that key from the list of "keys allowed to post")', False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/193.log#L15', 'chat', 'other', 'none', "the new http server isn't in use on the syndie.i2p.net/archive/ archive yet, so you cant push up new messages atm, though you can pull (or, of course, run your own 'httpserv' and let people post)", False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/205.log#L70', 'chat', 'complaint', 'none', 'As for syncing errors, I currently have 1 instance of HTTP 504, and 4 instances of "socket closed"', False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/205.log#L72', 'chat', 'complaint', 'none', 'TrevorReznik encounters like 70% socket closed', False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/205.log#L74', 'chat', 'other', 'none', 'ok, ill look into that and get an update in there asap', False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/207.log#L134', 'chat', 'other', 'none', "it's nice to hear someone was working on getting failed synchronizations to retry.", False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/209.log#L432', 'chat', 'other', 'none', 'weltende: SSL on the sites, legit certs, SSL on the mirrors (at least some) - how possible is this?', False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/209.log#L433', 'chat', 'complaint', 'none', 'unprofessional to have expired/none/CACert (which throws up errors = scary)', False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/209.log#L481', 'chat', 'other', 'other', "dg: actually it's just the monotone plugin as I said before.. other downtimes weren't *that* often to be really annoying imho..", False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/210.log#L358', 'chat', 'complaint', 'none', "(It doesn't help that an officially linked forum is down a lot of the time and we have.. no forum for users). It worked good for a while.", False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/213.log#L13', 'chat', 'complaint', 'none', "There's a link to the agenda he had been using for the previous few meetings, but I can't pull zzz.i2p at the moment...", False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/213.log#L190', 'chat', 'other', 'none', 'Yep. zzz, you reached the site yet?', False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/213.log#L194', 'chat', 'complaint', 'none', '" Umm... the server encountered some sort of error. "', False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/213.log#L196', 'chat', 'other', 'other', 'str4d, how are you staying in sync with the old website? did you branch from it in mtn or are you doing it manually, or have deferred the whole painful issue?', False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/213.log#L197', 'chat', 'other', 'none', "Rn, odd... shouldn't do that.", False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/213.log#L198', 'chat', 'other', 'other', 'zzz, branched in mtn and propping regularly.', False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/217.log#L46', 'chat', 'complaint', 'other', 'internal server error on http://meeh.i2p/viewmtn/viewmtn.py/branch/changes/i2p.i2p', False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/217.log#L48', 'chat', 'other', 'none', 'working on it', False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/222.log#L26', 'chat', 'other', 'none', "dg: if it's occuring on another site, that suggests an I2P tunnel problem.", False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/228.log#L78', 'chat', 'complaint', 'none', 'Status: .py files are not updating for some reason (they were)', False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/228.log#L92', 'chat', 'other', 'none', 'If .py -> restart is not working, then welterde_ (and every mirror operator) need to manually restart every time.', False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/229.log#L62', 'chat', 'other', 'none', 'looks like you are already in the mirror list as download.i2p2.no, is that working?', False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/229.log#L63', 'chat', 'other', 'none', 'if you want to add i2p.nu also, fine, more the merrier, as long as you are around at update time, or somebody else has the password', False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/231.log#L23', 'chat', 'other', 'none', 'I think that it was useful work, if only because there is a long-standing bug about login problems, and susimail is one of the first apps that users are going to try', False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/234.log#L46', 'chat', 'complaint', 'other', '2. Replace mtn.i2p2.i2p in default i2ptunnel.config (zzz) (Down since June 12 - possible replacements mtn.killyourtv.i2p or mtn.i2p-projekt.i2p)', False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/234.log#L49', 'chat', 'other', 'other', "we can't put both in one tunnel as that confuses mtn", False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/234.log#L55', 'chat', 'other', 'other', 'mtn.meeh.i2p hs ben running for a year now', False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/234.log#L62', 'chat', 'other', 'none', "it seems that if some/all of postman's stuff goes down we're screwed", False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/239.log#L220', 'chat', 'other', 'none', 'forum will be dead by year-end due to rekey', False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/240.log#L274', 'chat', 'other', 'other', '2015-10 New wiki eepsite: As ugha.i2p was down from may 2015 to 2015-10-30, a new wiki was launched (http://i2pwiki.i2p). It is running on MediaWiki. Please move to this wiki.', False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/243.log#L116', 'chat', 'complaint', 'other', "Re: #1119, I'm just now seeing zzz's latest comment from 3 weeks ago. I never received an email nor have I been receiving emails from github or other things over the past few weeks to @mail.i2p/@i2pmail.org.", False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/243.log#L117', 'chat', 'complaint', 'none', "I'm seriously wondering if postman's email service is having problems.", False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/243.log#L121', 'chat', 'complaint', 'none', 'anonimal, yah, I have had serious issues lately too (lots of email getting bounced)', False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/243.log#L225', 'chat', 'complaint', 'none', 'Yes, though because i2pmail is problematic lately, sadie_i2p and I should try to chat over IRC if possible.', False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/255.log#L50', 'chat', 'other', 'none', "My reseed's SSL certs may be expired or close to expiring, I will make sure those are updated", False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/255.log#L53', 'chat', 'other', 'other', 'letskencrypt (now called acme-client) has been going through a number of changes but it has stabilized now. I can automate updates of the SSL certs for the reseeds.', False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/255.log#L55', 'chat', 'other', 'none', 'manas, for any reseed issues, please work with backup@mail.i2p', False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/263.log#L27', 'chat', 'other', 'none', "in addition, echelon did have some server issues, so if you didn't get an ACK from him that he got your email, send it again", False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/264.log#L23', 'chat', 'other', 'none', "And no pinging because not on my I2P laptop, and the relay was down so I didn't see pings here", False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/269.log#L72', 'chat', 'complaint', 'none', 'ok anonymousmaybe reports that those two sites have been down for weeks or months and recommends that they be removed from the router console', False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/269.log#L74', 'chat', 'complaint', 'none', 'git.repo.i2p has been down for a while primarily because I have not had time to go in and get it running again.', False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/269.log#L76', 'chat', 'other', 'none', 'If it is desired that it be running again, I can make time to do that. But I would also not object to it being removed.', False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/269.log#L80', 'chat', 'other', 'none', "it's a terrible user experience to have dead links on our console home page, and we owe it to our users to keep them up or remove them", False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/288.log#L95', 'chat', 'other', 'none', '1 (cont) lots of work testing reseeds and working with reseeders to get things un-broken; tested and removed open trackers also', False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/290.log#L131', 'chat', 'other', 'other', 'there was a report on zzz.i2p a while back that there are several fake zzz-i2p accounts on GH. is that a problem?', False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/291.log#L23', 'chat', 'other', 'none', "Registration on git.idk.i2p is open, but it requires manual approval from an admin. We are timely about it, but feel free to ping me if you're in a hurry.", False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/291.log#L24', 'chat', 'other', 'other', 'The preferred approach is to use git with SSH at this time, except for the initial clone, which you can perform by downloading the git bundle with snark.', False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/291.log#L31', 'chat', 'complaint', 'other', '1. Is there a way to change the network read timeout in ssh during the git clone.  If yes, increasing it to something like 5 minutes will improve the chances of success', False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/291.log#L32', 'chat', 'other', 'other', '2. As trac hasn’t been very reliable, is it ok to start opening or mirroring tickets to GitLab.  Will they be looked at?', False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/291.log#L33', 'chat', 'other', 'none', '1: I have been investigating this, it does not appear so but I cannot answer conclusively yet.', False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/291.log#L36', 'chat', 'complaint', 'none', "related q: what's the plan to improve the consistently poor uptime of public-facing services run by meeh?", False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/291.log#L54', 'chat', 'other', 'none', 'meeh often told us the issue is mostly the old system on old IPs he is using, with welterde changing the DNS that did change today', False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/292.log#L56', 'chat', 'complaint', 'none', 'meeh runs 3 of our 10, and all 3 were down for about two weeks. One came back.', False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/292.log#L57', 'chat', 'complaint', 'none', 'and the other two are still down, for different reasons', False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/292.log#L61', 'chat', 'other', 'none', "reseeds that are down result in a terrible new-user experience, it's unacceptable", False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/292.log#L63', 'chat', 'other', 'none', 'make running reseeds easier, then people will run them', False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/299.log#L45', 'chat', 'complaint', 'other', 'Trac migration was sticky mostly for the reasons I felt it needed to happen, in particular trac xmlrpc broke on our instance at about the same time as last months meeting', False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/299.log#L46', 'chat', 'other', 'other', 'After trying and failing to fix it for a couple weeks I just decided it would be easier to (carefully) scrape our trac issues down and migrate them to gitlab using the gitlab API', False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/299.log#L55', 'chat', 'other', 'other', 'this now makes us reliant on gitlab (when it was just code, we could always use github) ... do we have any backup admin?', False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/299.log#L59', 'chat', 'other', 'other', "I can look into syncing the issues with github using a bot, it's not that different than the second half of the migration process", False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/299.log#L87', 'chat', 'complaint', 'none', "People are trying to use mhatta's fork of Bote but they are not able to do so because they are not able to install the plugin keys easily", False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/299.log#L91', 'chat', 'other', 'none', '1) he should provide better instructions to his users; 2) he needs to make the request of us', False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/303.log#L34', 'chat', 'other', 'none', 'We had a DNS issue with the old http://deb.i2p2.no repository', False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/303.log#L36', 'chat', 'other', 'none', 'Please let us know if you run into any issues using the new setup, which should have fewer issues overall', False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/304.log#L15', 'chat', 'other', 'none', 'In the new setup, our .deb package signing keys will only be valid for our packages, instead of across all packages', False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/304.log#L32', 'chat', 'other', 'none', "The sigterm.no fail was partly my fault, I've resolved the issue there which had to do with the way I used to do mirror-syncing.", False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/315.log#L28', 'chat', 'other', 'none', 'I guess the reseed problem either caused people to try again or give up on i2p off the bat', False),
    ('https://github.com/i2p/i2p.www/blob/3afd7340f51d53e407986e2d2ca9cf004b708b35/i2p2www/meetings/logs/316.log#L60', 'chat', 'other', 'other', 'github and maybe gitlab allow tarball download off of a tag', False),
]
