# b653 -- CHAT voice: single turns from the freeCodeCamp Gitter chat history (a Gitter archive stored in a repo,
# never used by an earlier batch).
#
# Archive: github.com/freeCodeCamp/open-data, folder gitter-history/archives/<Room>.tsv at commit
# 57de860b9f8dff14695c82b05a1977111f6c5104 (later HEAD turned the folder into a submodule). One TSV per Gitter
# room of the FreeCodeCamp org (2014-11 .. 2016-12): room id, room name, sent (UTC), user id, username, message
# id, text. Read from a `fetch` snapshot of the repo; the 12 largest room files (HelpBackEnd, HelpFrontEnd,
# CodeReview, ... >= 4 MiB) are absent from the snapshot, so rows come from the remaining 537 rooms
# (HelpBasejumps, HelpContributors, Contributors, camperbot, vagrant, CampCounselors, DataScience, Casual,
# CurriculumDevelopment, LiveCoding, linux, ruby, dotnet, Wiki and a few city rooms).
# Source URL = the room's public Gitter day archive https://gitter.im/<org>/<Room>/archives/YYYY/MM/DD (UTC day
# of the message) + "#<Gitter message id>" (the TSV's message-id column), so a thread = one channel-day
# (at most 4 rows per channel-day; 76 channel-days used). Texts are the TSV text column verbatim (markdown
# and line breaks kept, nothing cut).
#
# Tried and dropped this session: indieweb/indieweb-chat-archive (#bridgy / #indieweb-dev day files are mostly
# join events, the snapshot is over the fetch size limit, and the files are not in the find_string index);
# snarfed/indiewebcamp-irc-logs, FHIR/zulip-archive, PastaPastaPasta/dash-discord-archive, NYCPython/irclogs,
# laravel-taiwan/slacklogs, rotty/irclogs, fitztrev/ubuntu-irc-logs, mpharrigan/fah-irc-log,
# catircservices/catirclogs.org, console0/cinci-pm-irc-logs, softwareengineerprogrammer/cemetech-irc-logs
# (viewer/logger code only, no messages). find_repos over irclog / irc-log / irc_logs / irc-archive / gitter /
# gitter-archive / gitter-history / tg-archive / telegram-archive / matrix-archive / chat-archive / chat-logs /
# slack-history / slack-archive / slacklog / discord-archive gave mostly tools.
#
# Vein: learners and contributors wiring their apps to other services -- GitHub / Twitter / Facebook / Google
# OAuth (passport, redirect_uri_mismatch, "Could not authenticate you", InternalOAuthError), Heroku <-> MongoLab,
# Robomongo/CLI <-> MongoLab auth, hub/git <-> GitHub API ("Bad credentials", HTTP 401, permission denied),
# camperbot <-> Gitter API (OAuth client credentials, bot not responding), Facebook Graph token expiry, Google
# image search API rate limit, OBS <-> Twitch, Franz <-> Google, app <-> SQL Server/Postgres/Mongo.
# Near misses (other): how-to questions about OAuth/API keys/callback URLs, "works now" / "my fault" / "that
# works" follow-ups, maintainers' notices and fixes, service outages of one system (Heroku down, MongoLab
# maintenance, Coderbyte down), CSRF / Rails authenticity-token errors, app login with a wrong password,
# integration chatter (Trello/GitHub integration, FB events integration, Gitter webhooks), unrelated "sync"
# (browser-sync, Gitter avatar sync, GitHub fork sync) and a wifi-password joke, key-hygiene remarks.
#
# Counts: 107 rows; complaint 55 / other 52; voice chat 107;
# integration other 78, none 29 (no ActiveCampaign / Keap / Stripe talk in this archive);
# exposure True 4; all English.
#
# Doubtful calls:
#  - App <-> database connection failures in a dev setup (MongoError "failed to connect to server
#    [localhost:27017]", ECONNREFUSED on Windows, Postgres "password authentication failed", SQL Server
#    "Connection Timeout Expired ... pre-login handshake") -> complaint: a connection between two systems
#    failing now, although local. A local FCC web-app login with "Invalid username or password", CSRF /
#    InvalidAuthenticityToken errors -> other (one system / form token, as earlier batches did).
#  - Contributors 2016-11-19 pasted 401 "AUTHORIZATION_REQUIRED" from freecodecamp.com/api/users right after
#    asking where to get an AccessToken -> complaint (pasted auth error); the AccessToken question -> other.
#  - CampCounselors 2015-01-09 a counselor quoting a user ("google and facebook give me errors about oAuth URL's
#    being broken") and 2015-01-01 "It appears the authentication issue remains, @netchaos experienced it" ->
#    complaint (relayed live report of the site's social sign-in failing); vimalkurup's GitHub sign-in landing in
#    someone else's account -> complaint (sign-in integration misbehaving), exposure False (no key/token).
#  - SanFrancisco 2015-08-03 maintainer "And Facebook/google login are not working" (on the beta site) -> other:
#    a maintainer's notice, not a user report.
#  - Casual 2015-12-12 "hit a rate limit on the Google image search API ... purdybot failed to find images" ->
#    complaint (bot <-> API integration failing now); "it's down. My guess is heroku turned it off" -> other
#    (hosting of one system).
#  - camperbot "looks like the bot is down in <room>" / "camperbot is down in main room" and Wiki "Merging the PR
#    ... broke gitter chat as camperbot is not updated to use discourse" -> complaint (bot integration stopped).
#  - vagrant: git/ssh "permission denied" cloning submodules and "error when trying to push to private repo ...
#    ssh key for github" -> complaint (GitHub rejecting the credentials); the maintainer's explanation -> other.
#  - Contributors 2016-10-29 "is it normal that i can not sign in with github there" -> complaint (phrased as a
#    question, but reports the GitHub sign-in failing on the writer's instance).
#  - DataScience 2016-06-30 "Not running today: any renewal for a new access token will end at the same time of
#    expiration as the previous one" -> complaint (Facebook token renewal blocking the scraper).
#  - Exposure True (all label other): "My API keys are in the repo :P"; "don't have your mongo URL in the code on
#    GitHub - anyone could connect to it" (told to the owner); "scrubbing the github history the one time I did
#    saved the info on git"; "The Local Weather challenge still requires us to expose API keys in codepen" (keys
#    actually being published in public pens -- the most doubtful of the four). "we would under no circumstance,
#    share the special API key" and "looking for a way to include the API key but not commit it" -> exposure
#    False (policy / advice on avoiding leaks).

ROWS = [
    ('https://gitter.im/FreeCodeCamp/HelpBasejumps/archives/2015/12/17#56731ba7a95dea5d421533cf', 'chat', 'complaint', 'other', 'my twitter and facebook oauth broke xD', False),
    ('https://gitter.im/FreeCodeCamp/HelpBasejumps/archives/2015/10/27#562f062cb1bb53dd75721d6f', 'chat', 'complaint', 'other', "Now I can't get github oauth to work on heroku for the life of me", False),
    ('https://gitter.im/FreeCodeCamp/HelpBasejumps/archives/2015/10/27#562fb272e9687e79152e5acc', 'chat', 'complaint', 'other', "I'm trying herokuappurl/auth/github/callback and I get internal server errors.", False),
    ('https://gitter.im/FreeCodeCamp/HelpBasejumps/archives/2015/09/25#5605a92f5c1379fe64599dfe', 'chat', 'complaint', 'other', "twitter oAuth isn't working, though I believe I have it configured correctly, and the env show the proper TWITTER_OAUTH_KEY: and TWITTER_OAUTH_SECRET:", False),
    ('https://gitter.im/FreeCodeCamp/HelpBasejumps/archives/2015/09/25#5605bc685c1379fe6459a152', 'chat', 'complaint', 'other', 'Error: {"errors":[{"code":32,"message":"Could not authenticate you."}]} I think is the relevant part', False),
    ('https://gitter.im/FreeCodeCamp/HelpBasejumps/archives/2015/09/04#55e9b26117b2081605a5bdde', 'chat', 'complaint', 'other', 'I already tried with local authentication and works great, but fails with twitter :worried: ', False),
    ('https://gitter.im/FreeCodeCamp/HelpBasejumps/archives/2015/12/07#5665ff89981d328249334551', 'chat', 'complaint', 'other', 'Anyone else has had problems logging in to heroku from cli? I just downloaded it, and when I try to log in I get "Authetication failure"', False),
    ('https://gitter.im/FreeCodeCamp/HelpBasejumps/archives/2015/12/07#56660494accacb904891f486', 'chat', 'other', 'none', 'Figured it out. My fault.', False),
    ('https://gitter.im/FreeCodeCamp/HelpBasejumps/archives/2016/01/14#5698085cda358920486ebd05', 'chat', 'complaint', 'other', 'Hmm, try to deploy my image searcher, and the database wont connect but everything else work. I created a new user for my mongo and set the mongodb url  config on  heroku', False),
    ('https://gitter.im/FreeCodeCamp/HelpBasejumps/archives/2015/10/08#5615ba6b7e53d02c09d0701e', 'chat', 'complaint', 'none', '@jondcoleman  did you happen to get past the part where you connect to the mongo database ? I keep getting an error saying connection failed. Anyone else know how to trouble shoot this?', False),
    ('https://gitter.im/FreeCodeCamp/HelpBasejumps/archives/2015/07/30#55b9b902c35e438c74fc85f1', 'chat', 'complaint', 'other', "@smirciat I tried to set Valid OAuth redirect URIs to my app's heroku domain, and it's still not working. 'Internal Server Error'", False),
    ('https://gitter.im/FreeCodeCamp/HelpBasejumps/archives/2015/07/30#55b9c7c7aaa7fab9633e019c', 'chat', 'complaint', 'other', "I guess I have to give permission to other facebook users...My wife's failed too.", False),
    ('https://gitter.im/FreeCodeCamp/HelpBasejumps/archives/2015/12/11#566b439dcffd648a05551334', 'chat', 'complaint', 'other', '@jondcoleman it is giving me the following error: `AuthorizationError: The redirect_uri MUST match the registered callback URL for this application.`', False),
    ('https://gitter.im/FreeCodeCamp/HelpBasejumps/archives/2015/10/12#561aff5a4e0fa3e5544823bd', 'chat', 'complaint', 'other', 'getting the following error on the clementine tutorial when I try to authenticate with github...AuthorizationError: The redirect_uri MUST match the registered callback URL for this application.', False),
    ('https://gitter.im/FreeCodeCamp/HelpBasejumps/archives/2015/10/11#5619eaec4e0fa3e554480d43', 'chat', 'other', 'none', 'anyone else in here done the clementine tutorial for oauth yet?', False),
    ('https://gitter.im/FreeCodeCamp/HelpBasejumps/archives/2016/01/19#569e99fc2bc35f6c1c1b0626', 'chat', 'complaint', 'none', 'Hey, I am working on getting set up for the backend challenges and I am getting this error: The redirect_uri MUST match the registered callback URL for this application. Anybody have any ideas?', False),
    ('https://gitter.im/FreeCodeCamp/HelpBasejumps/archives/2015/08/16#55d02e5a35e3e09b3adaec1b', 'chat', 'complaint', 'none', 'I get an error that there is no authentication token', False),
    ('https://gitter.im/FreeCodeCamp/HelpBasejumps/archives/2015/09/21#55ffacc13a8116ed5f698318', 'chat', 'complaint', 'none', 'any ideas why this fails with a 401 response?', False),
    ('https://gitter.im/FreeCodeCamp/HelpBasejumps/archives/2015/10/01#560ca44fbb57f96b620d105c', 'chat', 'other', 'other', "That time when you decide you're done and it's time to release your Basejump . . . and you realize that MongoLabs is down for the next zillion hours due to a version update.", False),
    ('https://gitter.im/FreeCodeCamp/HelpBasejumps/archives/2015/09/20#55fee04827416c1b31e6d90d', 'chat', 'other', 'other', 'Well, it sure is hard to test my app when Heroku is down.', False),
    ('https://gitter.im/FreeCodeCamp/HelpBasejumps/archives/2015/08/27#55decb8da001749b2d957ba7', 'chat', 'complaint', 'other', 'It gives me an OAUTH error', False),
    ('https://gitter.im/FreeCodeCamp/HelpBasejumps/archives/2015/08/27#55decbf99be7c0820510ae8c', 'chat', 'other', 'other', 'I have the API key and the secret', False),
    ('https://gitter.im/FreeCodeCamp/HelpBasejumps/archives/2015/09/05#55ea40360b6aa72b12ffd21c', 'chat', 'other', 'none', 'My API keys are in the repo :P', True),
    ('https://gitter.im/FreeCodeCamp/HelpBasejumps/archives/2015/09/05#55ea3ed02e48d88a543d8ff5', 'chat', 'other', 'other', 'If so, I’m looking for a way to include the API key but not commit it to my github repo', False),
    ('https://gitter.im/FreeCodeCamp/HelpBasejumps/archives/2016/01/08#569029e1b1f439094a0718ee', 'chat', 'other', 'other', '@anders462 Not related, but don\'t have your mongo URL in the code on GitHub - anyone could connect to it.  Instead use the envirnment variable:\n`process.env.MONGOLAB_URI || "mongodb://localhost:27017/url-shortener";`\nThis will connect locally or on the server without exposing your URL/Password.', True),
    ('https://gitter.im/FreeCodeCamp/HelpBasejumps/archives/2015/08/10#55c8e7ab2ee3da6275c36a46', 'chat', 'other', 'other', "I'm trying to use Twitter OAuth in my website, but I'm not sure how to set it up. I looked around in  https://github.com/DaftMonk/generator-angular-fullstack#heroku, but I don't know how to setup the environment variables for twitter.", False),
    ('https://gitter.im/FreeCodeCamp/HelpBasejumps/archives/2015/09/06#55eb9c2f24228c321f1ae87d', 'chat', 'other', 'other', 'http://voteplox.herokuapp.com/ twiter oauth works now', False),
    ('https://gitter.im/FreeCodeCamp/HelpBasejumps/archives/2015/12/27#568052d44f069158055bfeb5', 'chat', 'other', 'none', 'Does anyone have any ideas for using external oauth service for authentication in a single page app? The redirect (to github for example) step feels awkward in an SPA. ', False),
    ('https://gitter.im/FreeCodeCamp/HelpBasejumps/archives/2016/01/04#568acf630199d70069e0e84f', 'chat', 'other', 'other', 'ok, i got it working in my c9 pointing to the mongolab db.  now to try out heroku.', False),
    ('https://gitter.im/FreeCodeCamp/HelpBasejumps/archives/2015/11/11#564377f05f3db8f60ab60b4e', 'chat', 'other', 'other', 'Yelp wants me to give them a website to get my API Key. Is it possible to test the Yelp API locally?', False),
    ('https://gitter.im/FreeCodeCamp/HelpContributors/archives/2016/04/15#5710dd8c3066f78f385de083', 'chat', 'complaint', 'other', "Hey, I can't get github auth to work?", False),
    ('https://gitter.im/FreeCodeCamp/HelpContributors/archives/2016/04/21#571911f5a3833fbc566a3d29', 'chat', 'complaint', 'other', 'but i get and error in github login...', False),
    ('https://gitter.im/FreeCodeCamp/Contributors/archives/2016/11/19#58302075297a180b4f12455c', 'chat', 'complaint', 'other', 'I also don\'t know how to configure the Github Auth, I always got some "Oops something wrong ..." error. Shouldn\'t the callback url been set to `/auth/github/callback/`?', False),
    ('https://gitter.im/FreeCodeCamp/Contributors/archives/2016/11/19#583031b4b7cf637f2abd32e2', 'chat', 'complaint', 'none', '```\n{\nerror: {\nname: "Error",\nstatus: 401,\nmessage: "Authorization Required",\nstatusCode: 401,\ncode: "AUTHORIZATION_REQUIRED"\n}\n}\n```', False),
    ('https://gitter.im/FreeCodeCamp/Contributors/archives/2016/11/19#5830319d5eb8ea792a3c8aef', 'chat', 'other', 'none', '@systimotic  ok. Do you know where to get the apis AccessToken?', False),
    ('https://gitter.im/FreeCodeCamp/Contributors/archives/2016/10/10#57fc193b4fde720314270d33', 'chat', 'complaint', 'other', "Has anyone been able to link their profile to twitter when running the app locally?  I put my twitter api keys into the .env, but I keep getting this error `Error: Desktop applications only support the oauth_callback value 'oob'`", False),
    ('https://gitter.im/FreeCodeCamp/Contributors/archives/2016/10/20#5808a06980020cc608f99e05', 'chat', 'other', 'none', 'I keep getting `invalid csrf token error` in my local fcc server. What might be wrong??', False),
    ('https://gitter.im/FreeCodeCamp/Contributors/archives/2016/12/15#5852a6e8e7bdfe4e2959b665', 'chat', 'complaint', 'none', 'i just only got repetitive \n```\nMongoError: failed to connect to server [localhost:27017] on first connect\n```\nbut the db is ready and running idk\n', False),
    ('https://gitter.im/FreeCodeCamp/NewYorkCity/archives/2016/01/01#568700254f069158055ca2ef', 'chat', 'complaint', 'none', "It might be C9 but I can't log into your app at all.", False),
    ('https://gitter.im/FreeCodeCamp/NewYorkCity/archives/2016/01/01#568701789606b15a055e71c9', 'chat', 'complaint', 'other', 'This is the error I get @UlisesCabrera : \n\n`Failed to fetch user profile\nInternalOAuthError: Failed to fetch user profile\n    at /home/ubuntu/workspace/node_modules/passport-github/lib/strategy.js:95:19`', False),
    ('https://gitter.im/FreeCodeCamp/NewYorkCity/archives/2016/01/01#56870bb63c6894026925a2ce', 'chat', 'other', 'none', 'That works! The polls feed is a nice touch.', False),
    ('https://gitter.im/FreeCodeCamp/CurriculumDevelopment/archives/2016/01/03#5688c2433acb61171600ab06', 'chat', 'complaint', 'other', "I can't get robomongo to work with mongolab, authentication fails but cmd does authenticate.", False),
    ('https://gitter.im/FreeCodeCamp/CurriculumDevelopment/archives/2016/01/03#5688d3154d3dc5f707aed16d', 'chat', 'complaint', 'other', '@luishendrix92 for me, it also fails with cmdline to auth to mongolab ', False),
    ('https://gitter.im/FreeCodeCamp/CurriculumDevelopment/archives/2016/02/20#56c7f721fb02ccf10fbdf537', 'chat', 'other', 'other', 'The Local Weather challenge still requires us to expose API keys in codepen. This was discussed, but no solution was found - https://github.com/FreeCodeCamp/FreeCodeCamp/issues/3714', True),
    ('https://gitter.im/FreeCodeCamp/CurriculumDevelopment/archives/2016/02/02#56b0e367eaf741c118d6673a', 'chat', 'other', 'other', "@Greenheart I like that idea. I'm not very familiar witht he bulneravilities other than using `.env` for variables with sensitive infomration like port, mongo uri, api keys, admin username which are the cases I have used and making sure they are not saved on git, and scrubbing the github history the one time I did saved the info on git", True),
    ('https://gitter.im/FreeCodeCamp/CampCounselors/archives/2015/01/09#54afe18df6608bae65efedc1', 'chat', 'complaint', 'other', 'Zersiax Someone is having trouble logging into the site. "google and facebook give me errors about oAuth URL\'s being broken, and email gives me a 500 bad arguments error …"', False),
    ('https://gitter.im/FreeCodeCamp/CampCounselors/archives/2015/01/17#54baaf78723506dd0c0f1f68', 'chat', 'other', 'other', '@terakilobyte I’m pretty sure we’re not correctly saving the access token for twitter', False),
    ('https://gitter.im/FreeCodeCamp/CampCounselors/archives/2014/12/29#54a09c9955c5c3522f73aabe', 'chat', 'other', 'none', '@terakilobyte What do you mean authentication code? There shouldn’t be any API keys visible in the source code. Did you find one?', False),
    ('https://gitter.im/FreeCodeCamp/DataScience/archives/2016/06/30#57751911632b75030fba525f', 'chat', 'complaint', 'other', 'Oh! the fb token session expired!!! noooo!!!', False),
    ('https://gitter.im/FreeCodeCamp/DataScience/archives/2016/06/30#57751f70632b75030fbab205', 'chat', 'complaint', 'other', "Not running today: any renewal for a new access token will end at the same time of expiration as the previous one (here, 5 o'clock)... Amazing...", False),
    ('https://gitter.im/FreeCodeCamp/DataScience/archives/2016/03/27#56f83dc87c18711013e653fd', 'chat', 'complaint', 'none', 'api key does not exist', False),
    ('https://gitter.im/FreeCodeCamp/DataScience/archives/2016/03/27#56f83e386d20f28b42f24a3f', 'chat', 'other', 'none', 'that works', False),
    ('https://gitter.im/FreeCodeCamp/Casual/archives/2015/12/12#566c9672d09f6139361ffd8f', 'chat', 'complaint', 'other', 'It’s possible we hit a rate limit on the Google image search API. I noticed purdybot failed to find images for pizza and brownies and that’s ludicrous.  ', False),
    ('https://gitter.im/FreeCodeCamp/Casual/archives/2015/12/12#566caf2e3078c0747650e69d', 'chat', 'other', 'other', 'Okay so the image search API is working again now that it’s using Google’s custom search API. I’m not sure what the response on the server is yet for when it gets rate limited. Right now it gets 100 requests a day. Once that threshold is reached the ‘Sorry’ message will come back.', False),
    ('https://gitter.im/FreeCodeCamp/Casual/archives/2015/11/14#56476bcb10f6aea94fdda662', 'chat', 'other', 'other', "@abhisekp @AkiraLaine so yeah, it's down. My guess is heroku turned it off. It can only be on for 18 hours a day and I have it setup to go to sleep at night unless someone talks to it. I'm guessing the wake up code is broken.", False),
    ('https://gitter.im/FreeCodeCamp/camperbot/archives/2016/04/20#5717768b98c544f1396cd758', 'chat', 'complaint', 'other', "\nYour OAuth request is incorrect\n\nThe supplied client credentials don't match: either the client_id or the redirect_uri wasn't exactly right.\n\nIf you can't resolve this issue, please contact support.\n", False),
    ('https://gitter.im/FreeCodeCamp/camperbot/archives/2016/04/20#57177e28a3833fbc5669c33d', 'chat', 'other', 'none', '@sunilgaud  did u add your own keys to the .env file', False),
    ('https://gitter.im/FreeCodeCamp/camperbot/archives/2016/02/24#56ccfe7495f2abfa55e868b0', 'chat', 'complaint', 'other', "but it doesn't respond in the gitter nor on the console.", False),
    ('https://gitter.im/FreeCodeCamp/camperbot/archives/2016/02/24#56ccfd6d95f2abfa55e86899', 'chat', 'other', 'other', 'oh, so GITTER_USER_TOKEN is NOT the API KEY but is this Personal Access Token. I have it wrongly.', False),
    ('https://gitter.im/FreeCodeCamp/camperbot/archives/2016/02/24#56ccff7dbd660af56c72931e', 'chat', 'other', 'none', 'Actually, she does respond to botstatus. I think it was the TOKEN key issue.', False),
    ('https://gitter.im/FreeCodeCamp/camperbot/archives/2016/03/17#56eb059cc081db78786b0792', 'chat', 'other', 'none', 'Camperbot was responding with "API offline" before the patch.', False),
    ('https://gitter.im/FreeCodeCamp/camperbot/archives/2015/11/26#56577d7a63bfb30b58e49ba9', 'chat', 'complaint', 'other', '@BerkeleyTrue looks like the bot is down in https://gitter.im/FreeCodeCamp/LetsPair', False),
    ('https://gitter.im/FreeCodeCamp/camperbot/archives/2015/11/23#56533ab03146b37569411922', 'chat', 'complaint', 'other', 'camperbot is down in main room', False),
    ('https://gitter.im/FreeCodeCamp/camperbot/archives/2016/04/11#570bdbeb2a2f4d4276137c2d', 'chat', 'other', 'other', 'How about webhooks https://github.com/gitterHQ/services? ', False),
    ('https://gitter.im/FreeCodeCamp/Wiki/archives/2016/08/20#57b82bc65ebf2a3a60aeb6b7', 'chat', 'complaint', 'other', '@Rafase282 Merging the PR https://github.com/FreeCodeCamp/wiki/pull/1257 broke gitter chat as camperbot is not updated to use discourse', False),
    ('https://gitter.im/FreeCodeCamp/LiveCoding/archives/2016/03/28#56f96ef8e4a8384a1bbca002', 'chat', 'complaint', 'other', 'but when i hit start streaming it says failed to connect to server', False),
    ('https://gitter.im/FreeCodeCamp/LiveCoding/archives/2016/03/28#56f971bbd9b73e635f6706b2', 'chat', 'other', 'other', "don't i have to do something in twitch besides copying the key?", False),
    ('https://gitter.im/FreeCodeCamp/linux/archives/2016/04/30#57253c72e10a59c0610779c2', 'chat', 'complaint', 'other', 'anyone using Franz http://meetfranz.com/   I have it working great on my laptop, desktop cannot get it to authenticate google services.. using Ubutnu 16.04 Unity?   I prefer it for gitter over the gitter app as I can keep everything in one spot.  ', False),
    ('https://gitter.im/FreeCodeCamp/TimeCoordinatorApp/archives/2015/03/22#550ef8e5af9119b80c94bb61', 'chat', 'complaint', 'other', "do you have a sec? i'm still trying to get my local instance set up. I got the twitter api keys in a .env, and now when i run node server.js i do get the log-in screen. however, i can't login, and i'm thinking it's because that .env still needs work.", False),
    ('https://gitter.im/FreeCodeCamp/TimeCoordinatorApp/archives/2015/03/13#55030048a5006b4723f1954a', 'chat', 'complaint', 'none', 'Can anyone help me get the app running locally? I forked the repo to my personal, synced it locally, npm installed all of the required moduals, i have mogodb and node running. when i try to run node app.js, i get an error related to OAuth.', False),
    ('https://gitter.im/FreeCodeCamp/Melbourne/archives/2016/05/18#573c5696831fd2d97d9f9158', 'chat', 'other', 'other', 'yes nice app Asif. One thing though, you might want to tone down the twitter permissions ;)', False),
    ('https://gitter.im/FreeCodeCamp/Backend-Challenges/archives/2016/04/15#5710592e2c971116643213d0', 'chat', 'other', 'none', 'Word of caution: This is a **public chatroom**, so we would under no circumstance, share the special API key obtained from REPL team here. Better use private messages for that.', False),
    ('https://gitter.im/FreeCodeCamp/Minneapolis/archives/2015/07/06#559aa85e5331f9985a7f9e90', 'chat', 'other', 'other', 'just takes forever to sync', False),
    ('https://gitter.im/FreeCodeCamp/vagrant/archives/2016/05/31#574dc1aba78d5a256e399007', 'chat', 'complaint', 'other', 'Yes, I tried to use hub but somehow I get this error message: Error getting pull request: Unauthorized (HTTP 401)\nBad credentials', False),
    ('https://gitter.im/FreeCodeCamp/vagrant/archives/2016/05/31#574dc2c56bbc2d1d4defddd7', 'chat', 'complaint', 'other', '@alayek i cannot get the PR branch downloaded, something is blocking me saying bad credentials.', False),
    ('https://gitter.im/FreeCodeCamp/vagrant/archives/2016/05/31#574dfd9480352f204df3eb6f', 'chat', 'complaint', 'other', "it won't let me run recursive, says permission denied", False),
    ('https://gitter.im/FreeCodeCamp/vagrant/archives/2016/05/31#574d99a0da3f93da6f21f24a', 'chat', 'other', 'other', "anyone know of a command that pushes a public key  up to githup to set up ssh?   i  can't find anything.   might have to be done manually by the user.", False),
    ('https://gitter.im/FreeCodeCamp/vagrant/archives/2016/06/04#5752ea85813c217c21da213c', 'chat', 'complaint', 'other', '@alayek ever since I changed ownership, I cannot use hub anymore. I get this error of bad credentials. ', False),
    ('https://gitter.im/FreeCodeCamp/vagrant/archives/2016/06/04#5752f1dc3bdac7ae37b49831', 'chat', 'other', 'other', 'I just got gh to work, in case anyone runs into trouble with permission denied I can help', False),
    ('https://gitter.im/FreeCodeCamp/vagrant/archives/2016/06/04#5752f35072e5509b40787da3', 'chat', 'complaint', 'other', '```bash\nFATAL:  password authentication failed for user "fcctodomvc_dev"\n```\n\n@zcassini ^^\n', False),
    ('https://gitter.im/FreeCodeCamp/vagrant/archives/2016/05/30#574c8e834a49504d6099f95d', 'chat', 'complaint', 'other', '@byteknacker @alayek getting an error when trying to push to private repo. might this be because I have set ssh key for github earlier?', False),
    ('https://gitter.im/FreeCodeCamp/vagrant/archives/2016/05/30#574c8f966bbc2d1d4def89fd', 'chat', 'other', 'other', '@robeerob but even if you update your remotes, it would still give you permission denied. You are not added to the repo as collaborator, so you need to push to a fork and raise PR from there.', False),
    ('https://gitter.im/FreeCodeCamp/vagrant/archives/2016/05/30#574c5207454cb2be09503fa0', 'chat', 'other', 'other', '@alayek are you able to integrate Github with gitter? I think I need admin access to the chat room in order to integrate that is why i canot figure out how to do it. ', False),
    ('https://gitter.im/FreeCodeCamp/dotnet/archives/2016/09/07#57d089ba1baa312a6be0bc48', 'chat', 'complaint', 'none', 'but sometimes popup an error Connection Timeout Expired. The timeout period elapsed while attempting to consume the pre-login handshake acknowledgement.', False),
    ('https://gitter.im/FreeCodeCamp/dotnet/archives/2016/09/07#57d08b855c0ffa40609f6844', 'chat', 'other', 'none', 'so try run a smaller / simpler stored procedure that just inserts a single piece of data. test to make sure your connection is setup right and that you have the sproc calling code right', False),
    ('https://gitter.im/FreeCodeCamp/CampCounselors/archives/2015/01/01#54a58f8c29aec36b6af1c613', 'chat', 'complaint', 'other', 'It appears the authentication issue remains, @netchaos experienced it a few minutes ago', False),
    ('https://gitter.im/FreeCodeCamp/CampCounselors/archives/2015/01/01#54a50b07b2b2de4b78650716', 'chat', 'other', 'none', 'Hi @odrisck and everyone else who’s been tracking the authentication issues: @terakilobyte and I may have fixed it! No better way to bring in the new year than crushing bugs! :)', False),
    ('https://gitter.im/FreeCodeCamp/CampCounselors/archives/2015/01/01#54a5922cb2b2de4b78650a03', 'chat', 'complaint', 'other', '@odrisck regarding the github authentication issue, I always got logged into fresh accounts when I tried to signup, but last time when I tried I got logged into an account with two challenges already solved. So seems like I got access to someone else FreeCodeCamp account. I can email you the screenshots if it helps.', False),
    ('https://gitter.im/FreeCodeCamp/Contributors/archives/2016/12/06#58473f9bb4ffd59e38f550c1', 'chat', 'complaint', 'other', 'I tried this yesterday, was having 404 errors with sign in(using Github) ', False),
    ('https://gitter.im/FreeCodeCamp/Contributors/archives/2016/11/28#583c953916207f7b0eb80953', 'chat', 'complaint', 'other', 'so I have the server up & running; should I be able to login using my existing github id ? when I click on the Sign in with Github button, getting page not found error message', False),
    ('https://gitter.im/FreeCodeCamp/Contributors/archives/2016/10/29#581443f78ed1c0ff5c3e5ab1', 'chat', 'complaint', 'other', 'but is it normal that i can not sign in with github there ', False),
    ('https://gitter.im/FreeCodeCamp/HelpBasejumps/archives/2015/11/28#5659c21344f63d0a779e5468', 'chat', 'complaint', 'other', "anyone having problems getting clementinejs to run on heroku?  I'm having problems with mongolab and what appears to be authentication but I'm not real sure. @johnstonbl01 has been trying to help me but I wasn't sure if anyone else ran into issues?", False),
    ('https://gitter.im/FreeCodeCamp/HelpBasejumps/archives/2015/09/04#55e9ea5ab5c3114f7efe786a', 'chat', 'other', 'other', 'the code was right, the problem was c9. I deployed to heroku and twitter authenticates', False),
    ('https://gitter.im/FreeCodeCamp/HelpBasejumps/archives/2015/07/30#55b9ced022f1cbba636fc5bc', 'chat', 'complaint', 'other', '@chuah48263 I did facebook login, it looked like it was working then internal server error', False),
    ('https://gitter.im/FreeCodeCamp/HelpBasejumps/archives/2015/12/08#566749fb7b5b888449a81f68', 'chat', 'other', 'other', "Has anyone done twitter authentication via passport? Can't figure it out and it's frustrating me", False),
    ('https://gitter.im/FreeCodeCamp/SanFrancisco/archives/2015/08/03#55bfc27fdd07863713f0e531', 'chat', 'other', 'other', 'And Facebook/google login are not working', False),
    ('https://gitter.im/FreeCodeCamp/HelpContributors/archives/2016/01/02#56883d8a0171d1791d0312ba', 'chat', 'other', 'none', "@abhisekp ok it doesn't work, Invalid username or password.", False),
    ('https://gitter.im/FreeCodeCamp/ruby/archives/2016/03/24#56f465738f5147e119f0590e', 'chat', 'other', 'none', 'I am getting an authentication error', False),
    ('https://gitter.im/FreeCodeCamp/CampCounselors/archives/2015/01/24#54c31222c9e4a73e30979058', 'chat', 'other', 'other', "Coderbyte is taking a dump right now. I can't sign in or reset my password.", False),
    ('https://gitter.im/FreeCodeCamp/CampCounselors/archives/2015/01/17#54baba3973b182a117ea13f5', 'chat', 'other', 'other', '@piecedigital Yeah, I didn’t want that to stay up there, so I went ahead and set up the Trello/github integrations', False),
    ('https://gitter.im/FreeCodeCamp/ruby/archives/2016/05/03#5728dedd474247a946a5dbe0', 'chat', 'other', 'other', "@bishisht haha, no, we don't have trello. FCC used to have trello integration in the early days, but due to some issues we moved away from that.\n\nWe coordinate via GitHub issues", False),
    ('https://gitter.im/FreeCodeCamp/Toronto/archives/2015/07/03#5595d78efcbe8872682ecaa0', 'chat', 'other', 'other', "I'm testing an integration to get it so that FB events get shown in the activity area", False),
    ('https://gitter.im/FreeCodeCamp/HelpContributors/archives/2015/12/23#567af1a94d3dc5f707aeb67c', 'chat', 'other', 'none', 'Using the browser-sync provided url `localhost:3001`, \nwhen I make changes to a file (e..g using COM1000), the browser is neither reloading nor hot loading with the made changes.', False),
    ('https://gitter.im/FreeCodeCamp/Wiki/archives/2016/06/10#575ad27be20024bd1ad2532f', 'chat', 'other', 'other', 'wish Github UI had a sync fork feature', False),
    ('https://gitter.im/FreeCodeCamp/Casual/archives/2015/10/30#5632dc74c60dc89d53ec731b', 'chat', 'other', 'none', 'me and a friend on my robotics team are using bootable drives with kali to hack the wifi passwords at competitions lol', False),
    ('https://gitter.im/FreeCodeCamp/Wiki/archives/2016/04/24#571cd11cf5b6334a5e7066bb', 'chat', 'other', 'other', 'There is an integration that camperbot comments when someone updates a PR', False),
    ('https://gitter.im/FreeCodeCamp/HelpBasejumps/archives/2015/11/18#564cc0ed5131832b69bf04a0', 'chat', 'other', 'other', '@ironheartbj18 set up an integration on heroku it makes it easy', False),
]
