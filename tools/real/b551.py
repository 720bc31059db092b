# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 551 (mine-b551): CHAT VOICE from a chat archive no batch had used: the DDNet (DDraceNetwork, the
# Teeworlds-based online game) IRC logs that DDNet publishes at ddnet.org/irclogs, committed to GitHub as
# TeeworldsDB/irclogs (README "Mirror of https://ddnet.tw/irclogs/"; an update.sh wgets ddnet.org/irclogs and
# commits one plain-text file per channel-day: ddnet/<YYYY-MM-DD>.log for #ddnet, 2014-02 to 2025-10, 4,127 files,
# ~924,000 lines, and teeworlds/<YYYY-MM-DD>.log for #teeworlds, 2,331 files, ~89,000 lines). From 2017 the #ddnet
# log also carries the DDNet Discord #developer channel through an IRC<->Discord bridge, so many lines read
# "HH:MM <+bridge> [ddnet] <nick> message". DDNet is a client/server game with a lot of system-to-system plumbing:
# game servers register over HTTPS with the master servers (master1.ddnet.org/ddnet/15/register) and the master
# checks back over UDP, the client fetches the server list and info.ddnet.tw over libcurl, servers write ranks to
# MySQL/MariaDB, the community runs Discord webhooks (ddnet-insta round stats, GitHub -> Discord notifications)
# and an IRC<->Discord bridge, contributors push to GitHub. All rows are voice='chat'; each cites the channel-day
# file on GitHub at the fixed commit 595b8b48865a4497d30be65570f70f158d2f5265 with #L<n>, the line holding that
# message; one channel-day file = one thread (rows of a day share the URL before '#').
# Owner doubt: the mirror repository belongs to TeeworldsDB (a Teeworlds/DDNet community organisation run by DDNet
# contributors), not to the ddnet organisation itself; the logs are DDNet's own (its log bot, its ddnet.org site).
# No project-owned GitHub archive with this much support talk was found (see "Archive search" below).
# Theme: members reporting that a connection between two systems fails now - game servers that do not register
# with the master servers ("ddnet servers are not connecting to master servers", "WARNING: Master server is not
# responding, switching master", "ERROR: the master server reports that clients can not connect to this server",
# "register failed. libcurl error (7): Failed to connect to master1.ddnet.org port 443", a register call answering
# HTTP 400), clients that cannot connect to game servers or reach ddnet.tw / info.ddnet.tw ("libcurl error:
# Connection timed out after 2750 milliseconds", "error setting certificate verify locations", "UDP seems to be
# filtered", curl "Couldn't connect to server"), MySQL connections refused (a forum answering "Can't connect to
# local MySQL server through socket", "from EUR I can't reach mysql database on GER"), Cloudflare unable to reach
# a hoster's web server, GitHub rejecting pushes and clones ("fatal: Authentication failed for ...", "Support for
# password authentication was removed", a Windows git clone failing on the CA bundle), Discord webhooks that stop
# delivering ("SendMessage failed: HTTP 404 Not Found, {"message": "Unknown Webhook", "code": 10015}", "i get no
# webhook" from the ddnet-insta round-stats webhook, GitHub -> Discord webhooks not triggering), an IRC<->Discord
# bridge that died, moderator/rcon logins rejected, a forum whose SMTP server answers "535 5.7.8 Error:
# authentication failed" - plus the replies of the same channel-days.
# Complaints (59 of 130): first reports and still-failing follow-ups ("i cant join for id", "the connection times
# out", "even with my old servers build i don't get any result again", "yes, When we try to add the MasterServer,
# we get the same error that we sent", "but direct connection didnt worked"), pasted errors with no prose (the
# libcurl, register and git lines), outage reports ("USA servers are unconnectable atm, confirmed it's not just
# me", "many players can't connect to russian ddnet servers") and maintainers reporting their own setup failing
# (deen's master-server and MySQL lines, robyt3's "the webhook seems broken in general", ChillerDragon's bridge).
# Near misses kept (label other, 71): maintainers' diagnoses and questions ("it's because of the firewall", "is it
# only ipv6 that it's complaining about?", "It's the join flood tripping the ddos protection, try vanilla",
# "does this work? ``curl https://master2.ddnet.org/ddnet/15/servers.json``", "you need to generate a ssh key"),
# works-now lines ("ok I thjink Rob fixed it", "ddnet GER is back", "Fixed by getting the ddnet info manually :)",
# "okay smh it works now", "i confirm webhooks are working now", "regis1: fixed, should work again"), config
# explanations (the renamed sv_round_stats_discord_webhooks setting), the writer's own-mistake line ("Ah my
# firewall settings preventing it from updating. Blocking TCP."), a pasted "No such command" config error (not a
# connection) and jokes in the same minutes.
# Label calls / doubts: a game client that cannot connect to a game server, and a game server that cannot
# register with the master server, are counted as a connection between two systems failing (the b544 rule for an
# HTTP/UDP link between two running programs), also when the cause is a DDoS, the hoster's filtering or the
# writer's port forwarding. deen's "I'd open a ticket with the hoster but can't reach their website either" (an
# aside about browsing a site during the outage) is other. Edible's "i changed my password and i cant log in
# anymore" (teeworlds 2015-11-09, a remote shell account) is a borderline complaint: credentials rejected when
# connecting. Rico's "I cant login as a MOD" (moderator login to the game servers rejected) is a complaint.
# "ok i made it work with old server an not new one" is a complaint (the new build still sends nothing).
# integration: 'other' when another product is named and is what the line is about (MySQL, GitHub/git, Discord
# webhooks and bridge, Cloudflare, OVH, NFOservers); 'none' for DDNet's / Teeworlds' own servers, master servers,
# client and website, and for generic lines (SMTP is a protocol, so the forum's mail error is 'none').
# exposure_mentioned: True on one row, ChillerDragon's "@.puch you leaked ur webhook btw" (2025-07-29: the Discord
# webhook URL, whose path is the token, committed to a public GitHub config); the rest of that day ("gotta put that
# in passwords.cfg", "imagine someone found that and used it during tournament lmao", "fast delete the webhook ...")
# is False (advice, a hypothetical, no statement in words that it got out). Lines carrying webhook URLs or IDs
# (even truncated: 2025-07-28 L106/L122/L127, 2023-02-06) were not taken.
# Language: all English.
# Texts: the message part of one log line (after the nick, and for bridged lines after "[ddnet] <nick> " or
# "**<nick>** "), verbatim, leading/trailing blanks stripped; pasted log lines kept whole as they are one chat
# message (the 2023-07-08 line keeps the terminal frame characters "│" it was pasted with). Repeated re-posts of
# the same error by the same member and the identical GitHub "Support for password authentication was removed"
# line of 2022-04-13 were left out so no text repeats.
# Sources: TeeworldsDB/irclogs ddnet/ channel-days 2014-07-13 2014-08-15 2014-12-07 2015-03-15 2015-12-16
# 2016-01-14 2016-01-22 2016-05-17 2016-09-10 2016-10-16 2017-02-28 2017-03-04 2017-07-25 2017-09-02 2017-10-26
# 2018-07-09 2018-07-11 2019-01-04 2019-04-25 2020-02-29 2020-04-23 2020-06-01 2021-01-07 2021-03-15 2021-09-18
# 2022-04-13 2022-06-16 2022-12-19 2023-02-10 2023-07-08 2024-04-02 2024-07-05 2024-08-12 2025-07-28 2025-07-29
# 2025-10-02; teeworlds/ channel-days 2015-05-12 2015-11-09 2016-08-22 2016-11-13 (40 threads).
# Archive search: listed every chat archive cited by earlier batches from their rows' URLs (hubspotdev, gcharang
# komodo, MeshCore, Mark-Simulacrum / NCAR / gdcc / leamas / OSMLatvija / BWPanda / ricochet / BRL-CAD /
# JuliaCommunity / isabelle Zulips, selendroid, fluid-project, yocto, leanprover, paritytech, i2p, nous, olake,
# duraspace, haskell-jp, indieweb, qTox, clojureverse, pyscript, NeuroTechX, ArchLinuxJP, coreruleset,
# houstondatavis, paveloom-a); find_repos on discord, slack, gitter, irc, zulip, irc-log(s), irclog(s), irc_log,
# irc-archive, irc-history, chatlog, chat-log, chat-archive, chatarchive, chat-history, chat-export, slack-archive,
# slack_archive, slackarchive, slack-arch, slack-log, slacklog, slack-history, slack-export, slack-backup,
# slack-dump, zulip-archive, zulip_archive, zulip-export, gitter-archive, gitter-export, gitter-chat, gitter-log,
# gitter-hist, gitter_, discord-archive, discord_archive, discordarchive, discord-export, discord-history,
# discord-log, discord-chat-log, discord-backup, discord-dump, matrix-arch, matrix-log, mattermost-arch, meetbot,
# community-archive. Checked and not used: apache/fineract-chat-archive (archiver code only, messages not
# committed), FHIR/zulip-archive (archiver fork, no messages), getnikola/irclogs-site ("Actual logs not
# included"), ltsp/irclogs (owner-published but only 24 channel-days of 2019-10, removed again), corazawaf/
# project-chat-archive (monthly OWASP Slack meeting chats, almost no support talk), digitaldemocracy2030/
# slack-logs (gzip JSONL, no snapshot could be fetched), psadmin-io/slackarchive, DappSociety/slack_archives,
# JuliaLangSlack/SlackArchive, PastaPastaPasta/dash-discord-archive, ronnywang/g0v-slack-archive (viewer/archiver
# code or members' copies), PyXMR2025/monero-community-archive (a GitHub-issues mirror, not chat). No batch cites
# TeeworldsDB or ddnet.org/irclogs (the only DDNet source in any batch is the issue ddnet/ddnet#11037).
# Look-ups: 3 of the 40 allowed `search` calls (code corpus, all unproductive); the rest with find_repos /
# find_files / find_string / read_file and `fetch` (apache/fineract-chat-archive, ltsp/irclogs, corazawaf/
# project-chat-archive, getnikola/irclogs-site, TeeworldsDB/irclogs), the chosen archive read locally with git
# archive; candidates found with local regular expressions (can't/cannot/couldn't/unable to connect|login|reach,
# connection refused/timed out/problems, webhook, api key, token, 403, certificate, master server down/not
# responding, unauthorized, authentication failed) and then read channel-day by channel-day.
# Checked: the file imports, every tuple validated; dupcheck.py OK (no thread or text of another batch).
ROWS = [
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2014-07-13.log#L1', 'chat', 'complaint', 'none', 'deen: cant connect to server anymore, Rob is busy checking if its the server, could it have blocked me for some reason?', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2014-07-13.log#L3', 'chat', 'other', 'none', 'seems like something is bad with the connection', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2014-07-13.log#L13', 'chat', 'other', 'none', 'ok I thjink Rob fixed it', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2014-08-15.log#L128', 'chat', 'complaint', 'none', 'deen: I cannot connect to ddnet brutal :8311', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2014-08-15.log#L133', 'chat', 'other', 'none', 'broken spoof protection i think', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2014-08-15.log#L140', 'chat', 'other', 'none', 'ddnet GER is back', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2014-12-07.log#L216', 'chat', 'complaint', 'other', "EastByte: from EUR I can't reach mysql database on GER, you know why?", False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2014-12-07.log#L219', 'chat', 'other', 'none', "it's because of the firewall", False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2015-03-15.log#L10', 'chat', 'complaint', 'none', "Hallo :) For some reason I can't connect to the test servers. I was wondering if you changed the pw?", False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2015-12-16.log#L20', 'chat', 'complaint', 'none', 'ddnet servers are not connecting to master servers', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2015-12-16.log#L23', 'chat', 'complaint', 'none', '[5671be89][register]: WARNING: Master server is not responding, switching master', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2015-12-16.log#L31', 'chat', 'other', 'none', 'mhh i havent this issue with my ddnet servers ont same host', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2015-12-16.log#L32', 'chat', 'other', 'none', 'can you check connection, like if you can ping master4 ?', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2016-01-14.log#L6', 'chat', 'complaint', 'none', 'but masterserver does not showing up them', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2016-01-14.log#L10', 'chat', 'other', 'other', 'idk goto_die , i think its not a problem from ovh', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2016-01-22.log#L88', 'chat', 'complaint', 'other', 'deen: why does mysql show "Can\'t connect to MySQL server on \'localhost\' (111)" when connecting to a remote ip address?', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2016-01-22.log#L100', 'chat', 'other', 'none', 'can you even reach windows from inside the vm?', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2016-05-17.log#L5', 'chat', 'complaint', 'other', 'When I type the command "git clone path" it everytime says fatal: cant connect blabla', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2016-05-17.log#L6', 'chat', 'other', 'none', 'f4c3: can you give the full command and the full error?', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2016-05-17.log#L9', 'chat', 'complaint', 'other', "error: unable to access 'https://github.com/ddnet/ddnet-maps': error setting certificate verify locations:   :CAfile: C:Programme/Git/mingw32/libexec/ssl/certs/ca-bundle.crt   ... CApath: none", False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2016-05-17.log#L12', 'chat', 'other', 'other', 'I don\'t know how to solve it properly, but as an insecure workaround this might work: git config --global http.sslverify "false"', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2016-09-10.log#L6', 'chat', 'complaint', 'none', 'halo again, is there a reason u cant login to ger ddnet servers for a long time?', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2016-09-10.log#L9', 'chat', 'other', 'none', "ger is being ddos'd for a while now", False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2016-09-10.log#L13', 'chat', 'other', 'other', 'nfoservers cannot distuingish between clients, it only filters based on signatures in each packet and we are receiving legitimate- and ddos-traffic while both are looking similar', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2016-10-16.log#L133', 'chat', 'complaint', 'none', 'heinrich5991: now the server is not closing, but i cant connect', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2016-10-16.log#L142', 'chat', 'other', 'none', 'what IP address did you connect to? try 127.0.0.1:8303', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2016-10-16.log#L155', 'chat', 'complaint', 'none', 'the masterserver reports that clients can not connect to this server', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2016-10-16.log#L157', 'chat', 'other', 'none', "no, that's completely unrelated", False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2017-02-28.log#L1', 'chat', 'complaint', 'none', "deen, USA servers are unconnectable atm, confirmed it's not just me", False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2017-02-28.log#L4', 'chat', 'complaint', 'none', 'the others i can see them but cant connect , Everyone have the same problem', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2017-03-04.log#L4', 'chat', 'complaint', 'other', 'I can\'t access to the DDNet forum: Can\'t connect to local MySQL server through socket \'/var/run/mysqld/mysqld.sock\' (111 "Connection refused") [2002]', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2017-07-25.log#L86', 'chat', 'complaint', 'none', 'I cant login as a MOD. It just ask mes for a password but even with my  password i wont login. Any help`', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2017-07-25.log#L93', 'chat', 'other', 'none', "You can't really login until the servers are all updated and advertise themselves correctly as username requiring servers", False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2017-09-02.log#L114', 'chat', 'complaint', 'none', "Hi!, maybe it's off-topic a bit, but can I debug the connection more somehow? Lately I'm unable to connect to many game servers including any teeworlds server so the default time-out message is insufficient.  :tw_twintri:", False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2017-10-26.log#L110', 'chat', 'other', 'none', 'did it say "server registered" in the console tho?', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2017-10-26.log#L111', 'chat', 'other', 'none', 'You have to forward port, and also be sure that your ISP allows you to use that port', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2017-10-26.log#L114', 'chat', 'complaint', 'none', '[2017-10-26 20:01:52][register]: ERROR: the master server reports that clients can not connect to this server.', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2017-10-26.log#L117', 'chat', 'other', 'none', 'do i have to fear hackers if i open that port?', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2018-07-09.log#L89', 'chat', 'complaint', 'none', "heyho I've got quite the weird situation right here. I cannot connect to 95.172.92.151:8336 (ddnet get) using the official ddnet client, but at the same time vanilla can connect to this server", False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2018-07-09.log#L90', 'chat', 'other', 'none', "oh yeah, vanilla doesn't send TKEN", False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2018-07-09.log#L93', 'chat', 'other', 'none', "Henningstone: it's a firewall rule I can't change sadly", False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2018-07-09.log#L97', 'chat', 'other', 'none', "Learath2: alright thanks for the info, lawl the irony though :D DDNet client is the only client that can't connect to a ddnet server", False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2018-07-11.log#L187', 'chat', 'complaint', 'none', 'I dont know if it fits here but: I cant connect to GER nor RUS servers. CHN, CHILE, USA and CANADA works fine. Alrdy restarted router, changed DNS but nothing seems to work. Any ideas whats the problem?', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2018-07-11.log#L188', 'chat', 'other', 'none', "It's the join flood tripping the ddos protection, try vanilla 😦", False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2019-01-04.log#L240', 'chat', 'complaint', 'none', '[2019-01-04 17:22:46][http]: task failed. libcurl error: Connection timed out after 2750 milliseconds', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2019-01-04.log#L245', 'chat', 'complaint', 'none', 'the connection times out', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2019-01-04.log#L248', 'chat', 'other', 'none', "hmm. but why doesn't ddnet.tw load", False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2019-04-25.log#L175', 'chat', 'complaint', 'none', '[2019-04-25 17:19:50][fetcher]: task failed. libcurl error: error setting certificate verify locations:', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2019-04-25.log#L182', 'chat', 'other', 'none', 'maybe some outdated cert idk?', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2019-04-25.log#L193', 'chat', 'complaint', 'none', '[2019-04-25 17:26:29][http]: task failed. libcurl error: Connection timed out after 2000 milliseconds', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2019-04-25.log#L197', 'chat', 'other', 'none', 'can u reach https://info.ddnet.tw/info from browser?', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2020-02-29.log#L66', 'chat', 'complaint', 'none', 'and i cant connecting for id', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2020-02-29.log#L80', 'chat', 'other', 'none', 'what happens if you try to connect to the server?', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2020-02-29.log#L100', 'chat', 'other', 'none', 'I can see the server and join', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2020-02-29.log#L106', 'chat', 'other', 'none', 'you can enter `95.172.92.151:8220` in the host address field and can then click connect to join the server', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2020-02-29.log#L110', 'chat', 'complaint', 'none', 'i cant join for id', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2020-02-29.log#L133', 'chat', 'other', 'none', "sounds like you can't connect to the server at all", False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2020-02-29.log#L135', 'chat', 'other', 'none', "I don't know why. can you open a console and try `ping ger.ddnet.tw`?", False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2020-04-23.log#L1', 'chat', 'complaint', 'none', "i have a problem: sometimes i cant reach http://ddnet.tw and also can't reach the GER servers,", False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2020-04-23.log#L3', 'chat', 'other', 'none', 'if i understand correctly ddnet.tw is sometimes down due to ddos', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2020-04-23.log#L8', 'chat', 'other', 'none', '@ZimE tbh I have no clue but maybe if its the ip you might be blocked by some dnsbl idk maybe if you send a route one could help you ``tracert ddnet.tw``', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2020-06-01.log#L4', 'chat', 'complaint', 'none', "after spam changing maps, the master server is not responding anymore and it'll try reconnect although without any success. is there a way to make it so it'll wait longer for the master server response instead of trying to switch master servers? For some reason the master servers just randomly start to decide when they dont want to respond anymore. i literally switched the maps around for 15-20 times for this to happen", False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2021-01-07.log#L358', 'chat', 'complaint', 'other', '@noby meh my bridge died xd', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2021-01-07.log#L359', 'chat', 'other', 'other', 'i guess u have to use discord now', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2021-01-07.log#L360', 'chat', 'complaint', 'other', 'SendMessage failed: HTTP 404 Not Found, {"message": "Unknown Webhook", "code": 10015}', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2021-03-15.log#L25', 'chat', 'complaint', 'none', "Hm. Anyone have any ideas why I can't connect to the Singapore servers? ddnet.tw/status says they are alive. Other players have confirmed they can reach them. These are the lowest ping servers (~110ms) for Australian players.", False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2021-03-15.log#L27', 'chat', 'other', 'none', 'Huh. I can connect directly by address sgp2.ddnet.tw. IP changed?', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2021-03-15.log#L29', 'chat', 'other', 'none', 'Ah my firewall settings preventing it from updating. Blocking TCP.', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2021-03-15.log#L30', 'chat', 'other', 'none', 'Fixed by getting the ddnet info manually :)', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2021-09-18.log#L311', 'chat', 'complaint', 'other', 'Logon failed, use ctrl+c to cancel basic credential prompt.', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2021-09-18.log#L312', 'chat', 'complaint', 'other', 'remote: Support for password authentication was removed on August 13, 2021. Please use a personal access token instead.', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2021-09-18.log#L314', 'chat', 'complaint', 'other', "fatal: Authentication failed for 'https://github.com/Chairn/ddnet/'", False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2021-09-18.log#L317', 'chat', 'other', 'other', 'you need to generate a ssh key', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2021-09-18.log#L319', 'chat', 'other', 'other', 'you can change the remote with git remote set-url origin  git@github.com:Chairn/ddnet.git', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2022-04-13.log#L116', 'chat', 'complaint', 'other', "fatal: Authentication failed for 'https://github.com/Kiotid/KRVClient.git/'", False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2022-04-13.log#L117', 'chat', 'other', 'other', 'do this https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/creating-a-personal-access-token', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2022-06-16.log#L1', 'chat', 'complaint', 'none', "Hello good night I have a problem that when I go to any ddnet map it keeps connecting infinite (I'm from Brazil, Alagoas) and it doesn't connect. @Moderator", False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2022-06-16.log#L2', 'chat', 'complaint', 'none', "something wrong with the mastersevers? I can't connect my homeserver oO `[2022-06-16 00:22:53][register/6/ipv6]: ERROR: the master server reports that clients can not connect to this server.", False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2022-06-16.log#L5', 'chat', 'other', 'none', "is it only ipv6 that it's complaining about?", False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2022-06-16.log#L6', 'chat', 'other', 'none', 'then you might only have allowed your port on ipv4?', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2022-06-16.log#L7', 'chat', 'complaint', 'none', '`[2022-06-16 00:30:06][http]: https://master1.ddnet.tw/ddnet/15/register failed. libcurl error: The requested URL returned error: 400` I have never seen this one', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2022-12-19.log#L234', 'chat', 'other', 'none', 'When we put the Master Server in the VPS, it gives us complete and correct server information', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2022-12-19.log#L237', 'chat', 'complaint', 'none', '2022-12-19 21:51:49 E register/7/ipv4: ERROR: the master server reports that clients can not connect to this server.', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2022-12-19.log#L245', 'chat', 'other', 'none', "it works when the masterserver is on the same machine, but it does not work when it's on a different machine?", False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2022-12-19.log#L252', 'chat', 'complaint', 'none', 'yes, When we try to add the MasterServer, we get the same error that we sent', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2023-02-10.log#L12', 'chat', 'complaint', 'none', "hmm, many players can't connect to russian ddnet servers", False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2023-02-10.log#L13', 'chat', 'complaint', 'other', 'cloudflare cant connect to russian web server too', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2023-02-10.log#L18', 'chat', 'other', 'none', 'oh, that explains the lowe number of players', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2023-02-10.log#L19', 'chat', 'other', 'none', "I'd open a ticket with the hoster but can't reach their website either 😄", False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2023-07-08.log#L43', 'chat', 'complaint', 'none', "│ 2023-07-08 11:26:18 I http: https://master1.ddnet.org/ddnet/15/register failed. libcurl error (7): Failed to connect to master1.ddnet.org port 443 after 199 ms: Couldn't connect to server                     │", False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2023-07-08.log#L44', 'chat', 'other', 'none', 'can i debug this with a manual curl @heinrich5991 ?', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2024-07-05.log#L139', 'chat', 'complaint', 'other', 'I just found a GitHub Webhook Bug', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2024-07-05.log#L141', 'chat', 'complaint', 'other', "Issues created on the mobile app don't trigger webhooks", False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2024-07-05.log#L143', 'chat', 'complaint', 'other', 'Not a mobile bug, the webhook seems broken in general', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2024-07-05.log#L160', 'chat', 'other', 'other', 'the webhook felt insulted after reading your message', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2024-08-12.log#L258', 'chat', 'complaint', 'none', 'so i can join with IP now, but its not listed and keeps spamming those errors', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2024-08-12.log#L260', 'chat', 'other', 'none', 'does this work? ``curl https://master2.ddnet.org/ddnet/15/servers.json``', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2024-08-12.log#L263', 'chat', 'complaint', 'none', '2024-08-12 06:12:22 E register/6/ipv4: ERROR: the master server reports that clients can not connect to this server.', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2025-07-28.log#L104', 'chat', 'complaint', 'other', '@chillerdragon i got a bug with webhook in your last version of ddnet-insta i get no webhook', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2025-07-28.log#L107', 'chat', 'complaint', 'other', 'i put this but I get no answer from webhook in my discord', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2025-07-28.log#L108', 'chat', 'other', 'other', 'Did you edit or leak your webhook url? Looks a bit short to me', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2025-07-28.log#L109', 'chat', 'other', 'none', 'Any errors in the logs?', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2025-07-28.log#L117', 'chat', 'complaint', 'other', "even with my old servers build i don't get any result again", False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2025-07-28.log#L119', 'chat', 'other', 'none', 'Ah it used to work for you before?', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2025-07-28.log#L132', 'chat', 'other', 'none', '2025-07-28 14:54:23 I chatresp: No such command: sv_round_stats_discord_webhook.', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2025-07-28.log#L143', 'chat', 'other', 'none', '@.puch the configs were renamed', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2025-07-28.log#L145', 'chat', 'other', 'other', 'it is now ``sv_round_stats_discord_webhooks`` with an extra ``s`` because you can provide multiple urls comma separated', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2025-07-28.log#L171', 'chat', 'other', 'other', 'and you also can skip discord entirely if you use ``sv_round_stats_format_http`` pointing to a python server http endpoint. Like flask.', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2025-07-28.log#L193', 'chat', 'other', 'other', '@chillerdragon i confirm webhooks are working now 🙂', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2025-07-29.log#L112', 'chat', 'other', 'other', '@.puch you leaked ur webhook btw', True),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2025-07-29.log#L113', 'chat', 'other', 'none', 'rly?', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2025-07-29.log#L119', 'chat', 'other', 'none', 'gotta put that in passwords.cfg', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2025-07-29.log#L124', 'chat', 'other', 'none', 'imagine someone found that and used it during tournament lmao', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2025-07-29.log#L133', 'chat', 'other', 'other', '@.puch fast delete the webhook before assa gets your discord banned with racial slur spamming', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2024-04-02.log#L91', 'chat', 'complaint', 'none', "curl: (28) Failed to connect to ger10.ddnet.org port 443 after 133791 ms: Couldn't connect to server", False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2024-04-02.log#L96', 'chat', 'other', 'none', 'okay smh it works now', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2025-10-02.log#L228', 'chat', 'complaint', 'none', 'I cant connect to any server it always says UDP seems to be filtered, downloading the master server worked though', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2025-10-02.log#L232', 'chat', 'other', 'none', '@telekomDDNet send ip you cant connect to', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/ddnet/2025-10-02.log#L239', 'chat', 'other', 'none', '@remakepower it seems like it connects, need to slowly download your map (about 45seconds)', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/teeworlds/2015-05-12.log#L7', 'chat', 'complaint', 'none', 'hello, forum registration is dead with this error : Please contact the forum administrator with the following error message reported by the SMTP server: "535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6 "', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/teeworlds/2015-05-12.log#L16', 'chat', 'other', 'none', 'regis1: fixed, should work again, big thanks for reporting', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/teeworlds/2015-11-09.log#L1', 'chat', 'complaint', 'none', 'thank you so much heinrich5991, i changed my password and i cant log in anymore', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/teeworlds/2016-08-22.log#L3', 'chat', 'complaint', 'none', 'hi, is it just me or is the master server down? (i cant find anny servers)', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/teeworlds/2016-08-22.log#L5', 'chat', 'other', 'none', "dos'd since days as it seems ._.", False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/teeworlds/2016-08-22.log#L7', 'chat', 'other', 'none', 'but I can send you a cfg file that will add all servers to your favorites, so you can play anyway ;)', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/teeworlds/2016-11-13.log#L57', 'chat', 'complaint', 'none', "btw, i've tried to use ipv6 in teeworlds, and i was unable to connect (even if the host had just ipv6 and no ipv4)", False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/teeworlds/2016-11-13.log#L58', 'chat', 'other', 'none', 'we had that years ago but it causes trouble with clients that do have an ipv6 stack but no connectivity', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/teeworlds/2016-11-13.log#L65', 'chat', 'other', 'none', 'direct connectivity with ipv6 should work', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/teeworlds/2016-11-13.log#L68', 'chat', 'complaint', 'none', 'but direct connection didnt worked, even with or without dualstack (i had ipv4 disabled to test it)', False),
    ('https://github.com/TeeworldsDB/irclogs/blob/595b8b48865a4497d30be65570f70f158d2f5265/teeworlds/2016-11-13.log#L71', 'chat', 'other', 'none', "Stitch626: most likely it's you doing something wrong then, pretty sure it works", False),
]
