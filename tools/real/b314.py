# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 314 (mine-expo10): EXPOSURE in words, from angles earlier exposure batches used
# less: (1) provider notices quoted or paraphrased in threads (a Discord token-reset
# notice quoted as "Your token was found on a public website and I have went ahead and
# invalidated it.", GitLab revoking PATs "when it detects that they were leaked", Heroku's
# status note "no additional OAuth tokens compromised beyond what was reported", a Google
# Cloud "publicly accessible Google API key" mail quoted in a Bengali blog post, a
# GitWarningBot issue "Your Github key seems to be exposed."); (2) maintainers and bystanders telling
# a user they exposed something ("Please don't post tokens online", "`--debug` options
# seems to expose your credentials", "regenerate your API key as it was exposed and was
# sent via email to everyone who subscribed", "your clientid and secret are exposed here",
# "Also, next time do not share the private token." in the HubSpot developer Slack, a
# "Chat-exposed npm token never revoked" incident issue); (3) exposure described without the words
# key/token (".envファイルがgithubに載ってしまっています", "Latest code has credentials
# committed", "letting the password in the wild", "The .env.prod file includes private
# keys and should not have been added to github", "possibly due to a previous accidental
# GitHub commit", "the credential was inadvertently pushed to a public GitHub repository").
# Negatives in the same or nearby threads: denials ("That's a unique token used to verify
# the website ownership ... not actually an API key", "There is no public repository to
# remove it from", "Threat Dragon was not affected by this incident", a retracted "PASSWORD
# LEAKED!!!"), conditionals and hypotheticals ("If this is a GitHub API key, you should
# revoke it", "just in case they escape somehow", "Your secret ListenBrainz token may have
# been unintentionally disclosed if you shared your Plex Server logs"), policy and advice
# (".env files should not be included in GitHub repositories", "People tend to copy/paste
# debug output to public places", Google's auto-disable policy for leaked service account
# keys), publishable/public-by-design credentials (the Mapbox public token "is always
# exposed on the client application", "the client map access token that will be exposed
# whenever I deploy", Mendix "public credentials", Stripe's pk_ key "is normal and
# expected" in the frontend), a key-rotation reminder e-mail question, and complaints
# from the same incidents where nothing says a key got out: Heroku deploys and the
# Heroku-GitHub integration broken after the April 2022 incident, Plex, Overseerr and Home
# Assistant failing after the Plex-breach password reset, npm classic tokens revoked,
# Twilio SMS failing, an O365 token revoked by the user.
# Issue voice found with the `issues` search corpus (texts copied from the thread
# excerpts); two chat rows from the HubSpot developer Slack export
# (hubspotdev/devslackarchive, read after fetch); forum voice from the `pages` corpus.
# Every URL grepped against tools/real/*.py first (single- and double-quoted, with and
# without trailing slash/anchor); none was used by an earlier batch.
# Doubts: a vendor breach or "security incident" that made the writer reset a password or
# lost an integration is NOT exposure unless the text says keys/tokens/credentials got out
# ("Heroku suffered a breach and have been resetting passwords" - False; "After the recent
# Plex hack, I reset my Plex account password" - False; "Due to a recent security issue GH
# revoked many oauth tokens" - False; but the patchback quote "we have seen no additional
# OAuth tokens compromised beyond what was reported" - True, it says tokens were
# compromised). FiorixF1 #1 "It looked like the bot token was hijacked" - True. Riot #1090
# (403 on every new key, "possibly due to a previous accidental GitHub commit (now removed
# and cleaned)") - complaint and exposure. TeslaBuds #10 "It's not the entire token" - a
# partial denial, False. CodingGarden #1 and videomap.earth #14 replies are by-design
# statements about public client tokens - False, while their openers ("there is an access
# token for mapbox accessible", "The Mapbox token is publicly exposed") are True.
# mapbox-react-examples #18 "it's already in version control history" - True. Sen66 #47
# owner's "I know it has my credentials in it" (in the committed code) - True. steemit
# #2786 (friends lost accounts after passwords were posted as comments) - True, 'other'
# (a feature request). Movie-Roulette #13 ("Issue with exposed Plex API Token": the token
# is printed to the console) - False, nothing got out. release-drafter #1479 ("our
# NPMJS_TOKEN was revoked ... I disabled publishing") read as a complaint (publishing to
# npm failing now); govuk-prototype-kit #1298 is a maintainer's incident notice that the
# Heroku-GitHub integration is disconnected - complaint; OpenCRE #202 and regen-web #924
# are tasks opened because auto-deploys are broken now - complaint. Integration 'other'
# where the excerpt names the product (Twilio, Heroku, GitHub, GitLab, npm, Mapbox, Plex,
# Tesla, Riot/League of Legends, Google Cloud, AWS, De Lijn, ListenBrainz), 'stripe' for
# the publishable-key page, else 'none' (bot/Discord tokens whose text names no product).
# Language-tagged rows: ja (1), bn (1).
ROWS = [
# (1) provider notices and platform-side revocations
('https://github.com/unknownsrc/tokens/issues/19', 'issue', 'other', 'none', 'Yeah that\'s the point of this repo "Your token was found on a public website and I have went ahead and invalidated it.".\n\nWe do not want your bot token, we only want you to store properly your bot token [lol](https://github.com/unknownsrc/tokens/blob/main/FAQ.md)\n\nLiterally anyone can find your bot token and use it to whatever he wants, you should store tokens in ENV variables to keep them safe', True),
('https://github.com/dagger/dagger/pull/13849', 'issue', 'other', 'other', 'fix(ci): use project `deploy tokens` for GitLab\nGitLab automatically revokes user PATs when it detects that they were leaked. That is what these private repository tests used, and both tokens were revoked. GitLab does not document the same automatic response for project deploy tokens.', True),
('https://github.com/sanitizers/patchback-github-app/issues/27', 'issue', 'other', 'other', "Oh... Apparently, they've just disabled the GH integration until they're done investigating (**_emphasis_** mine):\n\n> Update\n>\nBased on current progress, we plan to complete our investigation by May 30, 2022. We are continuing with remediation activities and plan to publish additional information about the incident once it’s resolved.\n>\n>    At this time we have seen no additional OAuth tokens compromised beyond what was reported on April 15, 2022.", True),
('https://vielhuber.de/bn/blog-bn/git-historie-bereinigen-bn/', 'forum', 'other', 'other', 'পাসওয়ার্ডের মতো সংবেদনশীল ডেটা .env ফাইলে থাকা উচিত এবং যদি সম্ভব হয়, গিট রিপোজিটরিতে শেষ না হওয়া। কিন্তু এটা সম্ভবত আমাদের প্রত্যেকের সাথে অন্তত একবার ভুলবশত ঘটেছে: গিটহাব জিস্টে ("পাবলিক" হিসাবে) আমাদের নিজস্ব ব্যক্তিগত মানচিত্র এপিআই কী ছদ্মবেশ ছাড়াই দ্রুত একটি সুন্দর Google মানচিত্র JS API স্ক্রিপ্ট প্রকাশ করে।\nসৌভাগ্যবশত, মনোযোগী গুগল ক্লাউড প্ল্যাটফর্ম ট্রাস্ট অ্যান্ড সেফটি টিম সম্প্রতি স্বয়ংক্রিয় ই-মেইল দিয়ে আপনার আঙ্গুল টোকাতে শুরু করেছে যা শুধুমাত্র পাবলিক এপিআই কীগুলির জন্য github.com কে বড় আকারে ছাপায় না।:\nপ্রিয় গ্রাহক,\nআমরা নিম্নলিখিত Google ক্লাউড প্ল্যাটফর্ম প্রকল্পের সাথে যুক্ত একটি সর্বজনীনভাবে অ্যাক্সেসযোগ্য Google API কী সনাক্ত করেছি:', True, 'bn'),
('https://github.com/FiorixF1/fioriktos-bot/issues/1', 'issue', 'other', 'none', 'Sorry for late reply, I saw the issue only now :(\n\nIt looked like the bot token was hijacked. It has been revoked and substituted with a new one.', True),
('https://github.com/release-drafter/release-drafter/issues/1479', 'issue', 'complaint', 'other', "build: restore publishing to npmj ?\nI think [our NPMJS_TOKEN was revoked](https://github.blog/changelog/2025-12-09-npm-classic-tokens-revoked-session-based-auth-and-cli-token-management-now-available/)\n\n[I disabled publishing for now](https://github.com/release-drafter/release-drafter/commit/60cac2b845b56526905acdb9de6d6c6cb4e199f5), and thought maybe since the app is no longer supported, the corresponding npmjs repo could be discontinued ?", False),
# (2) maintainers and bystanders telling someone they exposed a credential
('https://github.com/wpietri/sucks/issues/39', 'issue', 'other', 'none', '@vietquocnguyen `--debug` options seems to expose your credentials in a likely base64ed form. I suggest that you change your credentials ASAP.', True),
('https://github.com/taycaldwell/riot-api-java/issues/133', 'issue', 'other', 'none', 'Please make sure to regenerate your API key as it was exposed and was sent via email to everyone who subscribed to notifications for this project.', True),
('https://github.com/TeslaBuds/AuthAppForTesla/issues/10', 'issue', 'other', 'none', "Please don't post tokens online :-D \n\nIs this the access token or the refresh token? The refresh token almost never change, and certainly not when tapping refresh tokens :-D", True),
('https://github.com/TeslaBuds/AuthAppForTesla/issues/10', 'issue', 'other', 'other', 'It’s not the entire token. \nIs there still a way to revoke tokens other than charging the Tesla account password?', False),
('https://github.com/spotify/spotify-web-playback-sdk-example/pull/13', 'issue', 'other', 'none', '@eliasds your clientid and secret are exposed here - you probably want to invalidate those', True),
('https://github.com/hashgraph/hedera-hts-demo/pull/3', 'issue', 'other', 'none', '@cloudcash \nYour private key has been leaked, so you should delete it.\nIt may be too late now.\nYou may want to add an explanation to README.md.', True),
('https://github.com/hashgraph/hedera-hts-demo/pull/3', 'issue', 'other', 'none', '`.env` files should not be included in GitHub repositories, they are specifically excluded by the `.gitignore` file to avoid private data appearing in GitHub.\nThe readme instructions mention that you should copy `.env.sample` to `.env` and update `.env` with your own private settings.\nClosing this PR', False),
('https://github.com/ruby-china/homeland/issues/804', 'issue', 'other', 'other', 'Your Github key seems to be exposed.\nYou might want to take action :)', True),
('https://github.com/pseudonym117/Riot-Watcher/issues/31', 'issue', 'other', 'other', "You exposed your Riot API Key\nIn tests.py you set key = '5cf65626-43f1-4919-aade-47bba8c847b9' which is your League of Legends API Key. You should probably change it like in your README.rst to 'your-api-key' and also reset your actual key.", True),
('https://github.com/Derpthemeus/ChampionMastery.GG/issues/1', 'issue', 'other', 'none', "Exposed API KEY\nYou should probably remove your API key from [here](https://github.com/Derpthemeus/ChampionMasteryLookup/blob/master/public/riot.txt) and purge the previous commits so the key doesn't show in the project history.", True),
('https://github.com/Derpthemeus/ChampionMastery.GG/issues/1', 'issue', 'other', 'none', "That's a unique token used to verify the website ownership during the application process for an API key, but is not actually an API key or anything sensitive. Thanks for the concern", False),
('https://github.com/bloominstituteoftechnology/Secret-Gists/pull/22', 'issue', 'other', 'other', "If this is a GitHub API key, you should revoke it (if it's just randomness you generated for testing crypto that's okay).", False),
('https://github.com/afollestad/cabinet-issue-tracker/issues/112', 'issue', 'other', 'none', "the Keystore's login password should be removed from github\nHello, I'm not sure it's your personal login,password and keystore, but I've seen multiple repository on github with that data. \n\nMay be it's not too late to remove it.", True),
('https://github.com/afollestad/cabinet-issue-tracker/issues/112', 'issue', 'other', 'none', 'There is no public repository to remove it from.', False),
('https://github.com/jajoosam/chhota/issues/1', 'issue', 'other', 'none', 'Api key has been left in development code.\nvar googleApiLoaded = function() {\ngapi.client. setApiKey( "" ) \n\n:(', True),
('https://github.com/sprksoft/smpp/issues/9', 'issue', 'other', 'other', 'Exposed de lijn API key\nThis allows an bad actor to abuse delijn api in Ur name which can cause U legal problems.\nI recommend to fix this by having Ur own api on an server, forwarding requests to the delijn api, so that the api key is no longer exposed.', True),
('https://github.com/ddclient/ddclient/pull/274', 'issue', 'other', 'none', 'People tend to copy/paste debug output to public places when they have a problem and seek help.  Not everyone is careful enough to remove private information.  It is best practice to remove all credentials from debug output.', False),
('https://github.com/aubrey-wodonga/eavesdrop.fm/issues/5', 'issue', 'other', 'other', "### tl;dr\n\nYour secret ListenBrainz token may have been unintentionally disclosed if you shared your Plex Server logs.", False),
('https://github.com/sahara101/Movie-Roulette/issues/13', 'issue', 'other', 'other', 'Issue with exposed Plex API Token\nHi there, I noticed that the Plex API token is being logged straight to the console. I would love to expose this to my friends so they could use it but unfortunately this is too much of a security risk for me.', False),
# (3) exposure without the words key/token, and repositories with secrets in them
('https://github.com/kidayuichi/PSSA/issues/22', 'issue', 'other', 'none', '.envファイルを削除する\n## issueの内容\n.envファイルがgithubに載ってしまっています。.gitignoreに.envを追加して、gitで追わないようにしましょう。', True, 'ja'),
('https://github.com/codefordenver/Circular/issues/368', 'issue', 'other', 'none', 'remove .env.prod file from repo\nThe .env.prod file includes private keys and should not have been added to github by following these instructions: https://help.github.com/articles/removing-sensitive-data-from-a-repository/', True),
('https://github.com/Sen66/PokemonGo-Bot/issues/47', 'issue', 'other', 'none', "Latest code has credentials committed\nIf I knew how to contact Sen directly I would, sorry for making this public.  I'm guessing those credentials aren't samples.", True),
('https://github.com/Sen66/PokemonGo-Bot/issues/47', 'issue', 'other', 'none', 'I know it has my credentials in it, but didnt want to fix it as it was some random account I created for testing purpose. Ill remove them when I commit something again^^', True),
('https://github.com/euparkeria/RedditJerk/pull/3', 'issue', 'other', 'none', 'Remove credentials from README\nI would highly recommend _not_ putting real credentials in your README. If that\naccount means anything to you, you should change the password immediately.', True),
('https://github.com/GrupoZapVivaReal/code-challenge/pull/22', 'issue', 'other', 'none', 'Removes password from frontend markdown.\nWe had some issues letting the password in the wild, from now on the\ncandidate will need to ask for credentials.', True),
('https://github.com/miruamel/xingyu/issues/45', 'issue', 'other', 'other', 'Chat-exposed npm token never revoked (incident A3 still Open, Immediate deadline missed)\n# xingyu: chat-exposed npm token never revoked (incident A3 still Open, "Immediate" deadline missed)\n\n**Severity:** High (live credential exposure / security)\n**Category:** Security / incident follow-through', True),
('https://github.com/RiotGames/developer-relations/issues/1090', 'issue', 'complaint', 'other', 'Dev API key returns 403 Forbidden on all endpoints (even after regeneration)\nHowever, despite validating my email and generating multiple new API keys, every request I send — including basic endpoints like `/lol/summoner/v4/summoners/by-name/{summonerName}` — returns a **403 Forbidden**. Even with a brand new key.\n\nI suspect that my account or IP may have been flagged or limited, possibly due to a previous accidental GitHub commit (now removed and cleaned).', True),
('https://github.com/steemit/condenser/issues/2786', 'issue', 'other', 'none', "Share password as post or comment Issue\nIt would be nice if you could take a precaution to not send users' passwords as posts or comments. Some malicious people follow these posts and comments and hack their accounts. Lately, many of our friends have lost their accounts because of this issue.", True),
('https://github.com/griffpatch/griffpatch.github.io/issues/5', 'issue', 'other', 'none', 'PASSWORD LEAKED!!!\nedit: nope, found out it was fake...', False),
('https://github.com/natcap/invest/issues/493', 'issue', 'other', 'other', "Deactivate unused Google Cloud service accounts etc\nThere's a lot of old service accounts and service account keys on the NatCap Servers project in Google Cloud. I suspect some of them aren't in use any more. Since each key is a potential access point it would be best for security if we deactivate all those that aren't used or we aren't sure what they are for. Keys that have been in use for a few years could also get replaced, just in case they escape somehow.", False),
('https://github.com/mendix/docs/pull/1603', 'issue', 'other', 'none', 'That section already identifies the credentials as public: "These are the public credentials you will find below." The additional note suggested in this PR is unnecessary.', False),
# publishable / client tokens
('https://github.com/developmentseed/videomap.earth/issues/14', 'issue', 'other', 'other', 'The Mapbox token is publicly exposed\nThe Mapbox token used for the map is exposed. We need to move on from GH pages if we want to fix that.\nIs the current token scoped to only videomap.earth?', True),
('https://github.com/developmentseed/videomap.earth/issues/14', 'issue', 'other', 'other', 'How do you mean? AFAIK, the mapbox public token is always exposed on the client application? It\'s part of the request, so there\'s no real way to "hide" it in the client application.', False),
('https://github.com/mapbox/mapbox-react-examples/pull/18', 'issue', 'other', 'none', "Though, I suppose now it's besides the point since it's already in version control history.", True),
('https://github.com/CodingGarden/next-travel-log/issues/1', 'issue', 'other', 'other', 'Mapbox access token in plain text\nThere might be an issue with the following, there is an access token for mapbox accessible.', True),
('https://github.com/CodingGarden/next-travel-log/issues/1', 'issue', 'other', 'none', 'This is the client map access token that will be exposed whenever I deploy.\nBUT it should also be moved to a `.env` file. Thanks for letting me know.', False),
('https://verifiedapp.io/blog/stripe-keys-in-your-frontend', 'forum', 'other', 'stripe', 'The publishable key (pk_)\n\nThis is the only Stripe key meant for the browser. It starts with pk_ and it is designed to be public — it identifies your account to Stripe.js and lets the client build a payment form, but on its own it cannot move money or read sensitive data. Seeing a pk_test_ or pk_live_ key in your frontend is normal and expected. That is its job.', False),
# incidents and integrations failing (complaints), with and without exposure words
('https://github.com/redcross/dcsops/issues/155', 'issue', 'complaint', 'other', "Some chapter's Twilio SMS notifications are failing\nMultiple chapters are getting this error messages when trying to send SMS:\n\n`Twilio::REST::RequestError: The From phone number {PHONE_NUMBER} is not a valid, SMS-capable inbound phone number or short code for your account.`", False),
('https://github.com/OWASP/threat-dragon/issues/431', 'issue', 'complaint', 'other', 'Pipeline action: deploy has stopped working\n**Describe the bug**\nThe deploy action has stopped working, first noticed on 14th May :\nhttps://github.com/OWASP/threat-dragon/actions/workflows/deploy.yaml\n\n**Expected behaviour**\nDeploy action used to work OK, and we need it for our demo on Heroku', False),
('https://github.com/OWASP/threat-dragon/issues/431', 'issue', 'other', 'other', 'This is expected, Heroku suffered a breach and have been resetting passwords from 4th May:', False),
('https://github.com/OWASP/threat-dragon/issues/419', 'issue', 'other', 'other', 'Heroku Security Incident / Threat Dragon\'s Response\n**TLDR;**\nThreat Dragon was not affected by this incident.  No action is necessary for any Threat Dragon users or maintainers.  This incident does not impact GitHub OAuth Applications, and as such does not impact Threat Dragon users.', False),
('https://github.com/alphagov/govuk-prototype-kit/issues/1298', 'issue', 'complaint', 'other', 'Automatic Heroku deploys are not working for users - Incident\n## Incident about using Heroku and the GOV.UK Prototype Kit\n\nFollowing a security incident, Heroku has temporarily stopped GitHub repositories automatically deploying to Heroku or deploying through its dashboard.\n\nFor Prototype Kit users this means the integration of prototypes from Heroku to GitHub has been disconnected and you may not be able to use your new prototype for user research until you reconnect it.', False),
('https://github.com/regen-network/regen-web/issues/924', 'issue', 'complaint', 'other', 'Fix heroku auto-deploys for the registry-server\n**Describe the bug**\n\nDue to [a recent security issue][1] GH revoked many oauth tokens. Our registry-server made use of an oauth token for the connection between GH and Heroku which allows automated deploys of the `dev` and `master` branch. @blushi tried to re-enable the connection but it turns out that currently Heroku is [not allowing new connections via oauth tokens][2] at the moment.', False),
('https://github.com/Materials-Consortia/optimade-python-tools/issues/1158', 'issue', 'complaint', 'other', 'Heroku not deploying\nSomething is wrong with our Heroku deployment, which is meant to update with every push to master.', False),
('https://github.com/OWASP/OpenCRE/issues/202', 'issue', 'complaint', 'other', 'Fix Heroku autodeployment\n## Issue\nHeroku suffered a breach and because of that disabled auto-deploys from github.\nNeed to write an action that performs the same task from the main branch some other way', False),
('https://github.com/AmirulAndalib/TL-GD/issues/1', 'issue', 'complaint', 'other', 'Error while deploying using github to heroku\nI followed the guide but deloyment failed:\nRun akhileshns/heroku-deploy@v3.12.12\nCreated and wrote to ~/.netrc\n ›   Warning: Our terms of service have changed: \n ›   https://dashboard.heroku.com/terms-of-service\n ▸    not logged in\nError: Error: Command failed: heroku container:login', False),
('https://github.com/home-assistant/core/issues/77521', 'issue', 'complaint', 'other', 'Plex integration broken after resetting Plex account password\n### The problem\n\nAfter the recent Plex hack, I reset my Plex account password and chose the option to sign out all locations. After doing this, the Plex integration in Home Assistant has stopped working.', False),
('https://github.com/linuxserver/docker-plex/issues/328', 'issue', 'complaint', 'other', 'I think I am getting this problem too after resetting my password according to the `data breach` email I got. \n\nFYI: I did reset my password and then clicked on `"Sign out connected devices after password change."`. After that I got a new `Plex Claim` and I am not able to see my server anymore.', False),
('https://github.com/sct/overseerr/issues/1034', 'issue', 'complaint', 'other', "After resetting plex token there's no way to update it\n#### Description\nI reset my Plex password and click log me out everywhere, as expected this logged me out of Overseerr too, however there was no way then enter a new one so Overseerr was unable to import new users or sync the library", False),
('https://github.com/RogerSelwyn/O365-HomeAssistant/issues/148', 'issue', 'complaint', 'none', 'Token Expired.\nI "accedently" revoked all my tokens for my account when trying too troublesshoot an ather issue.\nThis resultetd ofcourse the revokation of this integrations current aut token as well :-)\n\nProblem is that there are no new "Repair" so i cant easaly reauthenticate the integration...\nAny idea?\nalso tried with latest version 4.3.2', False),
# chat: HubSpot developer Slack export
('https://github.com/hubspotdev/devslackarchive/blob/main/channel_api/2023/04/2023-04-18.json', 'chat', 'other', 'none', 'Also, next time do not share the private token.', True),
('https://github.com/hubspotdev/devslackarchive/blob/main/channel_general/2020/12/2020-12-18.json', 'chat', 'other', 'none', 'Question, do you know when you get that email that says API hasnt been rotated, If we rotate it, will we need to connect back all apps?', False),
# forum: incident write-ups and policy pages
('https://dev.classmethod.jp/articles/risk-management-aws-access-key-accidentally-exposed/', 'forum', 'other', 'other', 'The customer was using Developer Poweruser IAM which is a managed policy; PowerUserAccess for development purposes. During some process, the credential was inadvertently pushed to a public GitHub repository. The access key which was exposed had permission to create, delete, modify across a wide range of resources.\nUnfortunately, the key was used by someone who intended to abuse the AWS account for cryptocurrency mining.', True),
('https://cloud.google.com/blog/products/identity-security/automatically-disabling-leaked-service-account-keys-what-you-need-to-know', 'forum', 'other', 'none', 'Today, we are enhancing our detection service that regularly scans public repositories for leaked keys and notifies customers if they are found. Starting June 16, 2024, exposed service account keys that have been detected in services including public repos will be automatically disabled by default for new and existing customers.', False),
]
