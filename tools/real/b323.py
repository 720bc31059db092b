# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# MERGE NOTE: the 68 rows from the betcode Slack export (Faxulous/supersecretbetcodehistoryformcp)
# were dropped when this batch was merged: the export was pushed by a member to feed a knowledge
# base, not published by the community's owners, and the corpus takes chat only from archives
# their owners published (tests/data/README.md). Only the PyScript rows remain. Dropped: 68 rows.
# Batch 323 (mine-chat13): CHAT voice only, from two community chat archives published as
# GitHub repositories that no earlier batch used (checked with grep -F "github.com/OWNER/REPO"
# on tools/real/*.py):
# - Faxulous/supersecretbetcodehistoryformcp: a raw Slack export (one JSON file per channel and
#   day) of the "betcode" Slack, the ~2,300-member community of Betfair Exchange API developers
#   around the betfairlightweight and flumine Python libraries, with Betfair and BetConnect staff
#   present (channels issues, general, betconnect, betfair-news). 68 rows.
# - pyscript/discord-dump: the PyScript Discord exported with DiscordChatExporter as one HTML
#   file per channel (pyscript-dot-com, pyscript-bugs, pyscript-docs). 8 rows, all near misses.
# Sources of the Slack rows carry #L<line> of the message's "ts" field in the channel-day file;
# PyScript sources carry the message-container anchor. Texts are the archived message text
# (Slack escapes such as &lt; &gt; &amp;, <@U...> mentions and <url|label> links kept as
# archived); PyScript texts are the rendered HTML text, and one list (key/value under "the
# header you can use:") is written one item per line.
# Complaints (36): Betfair API logins and sessions failing now - CERT_AUTH_REQUIRED after
# months of working or with fresh certificates, DANISH_AUTHORIZATION_REQUIRED, repeated
# INVALID_SESSION_INFORMATION ("Since yesterday night", "after a while", "runs correctly for a
# while (30-60 mins) but then"), "Session must be 'Bearer <session>' for a WebApp" on the
# stream, "NOT_AUTHORIZED: AppKey is not configured for service" and "Connection is not
# authenticated", ACCOUNT_PENDING_PASSWORD_CHANGE blocking every second login, an SSL "ca md too
# weak" certificate error at login on a new server, keep_alive answering status 520, stream
# subscriptions rejected with "connection reset by peer" after 12 hours, "connection closed by
# server" then MAX_CONNECTIONS_EXCEEDED, "Can't login via certlogin", 404s on the account
# endpoint with "same here. I cannot login", "Same here. Can't login consistently", BetConnect
# API 401s ("get error 401 all the time", "Generic 401 error code whilst trying to lay"), and an
# S3 HeadBucket 403 "despite the access key and secret key being correct".
# Near misses (40): how to get an API key / app key, keep-alive and session-lifetime
# questions and answers, maintainers' and staff replies (BetConnect's planned auth release,
# Betfair's "handle INVALID_SESSION_INFORMATION by creating a new API login request",
# permission-scoped app keys), the library author's release note on the cert-login endpoint
# change, certificate how-tos, "final code for me and it works", "certificates all sorted",
# "It works now", a struck-through error followed by "Scratch that!", a live-key application
# refused, security advice (AWS Secrets Manager, what certificates protect), a feature wish for
# IP-restricted and scoped keys; PyScript: pyscript.com sessions logging users out, a post-login
# redirect to an Anaconda Cloud page and the staff reply, how to use pyscript.com secrets with
# the API proxy, a vendor-caused outage notice, a docs question on login/authentication, an
# embedded game that "refused to connect".
# Doubts: the betcode export was pushed by a member (Faxulous), not by Betfair or the library
# maintainers, to feed an MCP knowledge base; it is public and only short message excerpts are
# used. "AppKey is not configured for service" is a permission Betfair must grant, but it is a
# credential rejected while the writer tries to connect, so every first-hand report of it is a
# complaint; the writer's own later "Scratch that! ... sub-account isn't [enabled]" is other.
# "I get occasional INVALID_SESSION_INFORMATION ... Why do I likely get that error?" and "after
# a while i get invalid_session_token. What's the correct pattern here?" ask for the pattern but
# report the failure happening - complaint. "Anyone else getting 404 errors on the account
# endpoint?" (the library author) reports the API failing now - complaint. The S3 403 comes from
# the writer's own AWS bucket, not Betfair - complaint, integration other. "betfair just forced
# me to create a new account because ... they thought it was compromised" is an account closure
# (the account, not a key, and not actually compromised) - other, no exposure. "If a computer or
# server gets compromised they have access to the key" and "in case the server is compromised"
# are hypotheticals - no exposure. PyScript "Is someone resetting the pyscript.com server every
# day and making us log in again?" is a site logging its own users out, and the Anaconda Cloud
# landing page after sign-in is a redirect bug with login working - both other; "refused to
# connect" is a browser embedding a page, not a connection between two systems - other.
# Integration 'other' where the text names a product (Betfair, BF, betfairlightweight/bflw,
# flumine, AWS, GitHub, pyscript.com); 'none' when it names none (the BetConnect channel rows
# and bare error codes). No exposure rows. English only.
# Other archives looked at this session and not used: FHIR/zulip-archive, dorianim/zulip-archive,
# apache/fineract-chat-archive, wdwdev/discord-archive, ecochran76/slack-export,
# speedshop/cgrp-slack-export, PastaPastaPasta/dash-discord-archive, twiinGG/discord-archive,
# TeamDman/teamy-discord-archive, canoe-project/canoe-discord-archive, scicloj/zulipdata,
# ltsp/irclogs, hackclub/slack-data, alexeyqu/ods-slack-data, dlt-hub/dlt-slack-backup (all
# archiver code, no messages), PyXMR2025/monero-community-archive (GitHub issues, not chat),
# openebs-archive/community-archive (workshop files), corazawaf/project-chat-archive (WAF
# meetings, no integration talk), srid/zulip-archive gh-pages (the Functional Programming Zulip:
# no integration trouble); indieweb/indieweb-chat-archive is over the snapshot size limit.
ROWS = [
('https://github.com/pyscript/discord-dump/blob/main/PyScript_General-pyscript-bugs_1037015991416258602.html#chatlog__message-container-1393750156272468102', 'chat', 'other', 'other', 'i created a game using pyscript, but it says "refused to connect"', False),
('https://github.com/pyscript/discord-dump/blob/main/PyScript_General-pyscript-dot-com_1195794694622421082.html#chatlog__message-container-1212000142052565082', 'chat', 'other', 'other', 'Just lost a pile of work again. Is someone resetting the pyscript.com server every day and making us log in again ? Did not used to IIRC.', False),
('https://github.com/pyscript/discord-dump/blob/main/PyScript_General-pyscript-dot-com_1195794694622421082.html#chatlog__message-container-1224107968644120576', 'chat', 'other', 'other', "I was viewing a project link from discord on pyscript.com on my phone. I then signed in and after login I was left on an anaconda cloud landing page. My expected behaviour was to return to pyscript.com so i thought I'd report this.", False),
('https://github.com/pyscript/discord-dump/blob/main/PyScript_General-pyscript-dot-com_1195794694622421082.html#chatlog__message-container-1224151261163552881', 'chat', 'other', 'other', "Thanks for the heads up - you are right - you should go back to the pyscript.com page... ahh the joys of auth - we'll look into it!", False),
('https://github.com/pyscript/discord-dump/blob/main/PyScript_General-pyscript-dot-com_1195794694622421082.html#chatlog__message-container-1253065642136047757', 'chat', 'other', 'other', 'Hi, how do I use the secrets stored in pyscript.com?', False),
('https://github.com/pyscript/discord-dump/blob/main/PyScript_General-pyscript-dot-com_1195794694622421082.html#chatlog__message-container-1253383962462519296', 'chat', 'other', 'none', 'Hello you can use the secrets together with the API proxy by setting the value of the header to {MY_SECRET}  so for example if you created a secret called MY_SECRET with a value of "Bearer 123", you can then create an api proxy and the header you can use:\nkey: Authorization\nvalue: {MY_SECRET}\nAnd when you call the proxy, it will convert "MY_SECRET" to "Bearer 123" when calling the url server side', False),
('https://github.com/pyscript/discord-dump/blob/main/PyScript_General-pyscript-dot-com_1195794694622421082.html#chatlog__message-container-1433455658358935614', 'chat', 'other', 'other', 'Hi all, update on the pyscript.com outage... the issue has been traced to an issue with one of our 3rd party vendors who seems to be having trouble with an AWS connection. So sorry for the disruption (the outage is affecting other Anaconda services too - if you see conda issues etc). The issue has been reported as an official "incident" which means our folks are on it and their folks are on it. \n\nWe will post updates here and again, sorry for the downtime.', False),
('https://github.com/pyscript/discord-dump/blob/main/PyScript_General-pyscript-docs_1037014340802453615.html#chatlog__message-container-1307290485445886032', 'chat', 'other', 'other', 'Hi, is there some high-level documentation (for python beginners) to understand the following aspects of building an app with Pyscript + frameworks: 1) Persistent storage, 2) Login/authentication, 3) API, 4) Security, 5)Sharing?', False),
]
