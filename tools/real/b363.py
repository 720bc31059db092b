# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 363 (mine-b363): EXPOSURE IN WORDS - messages where the writer says a password, token or
# key got out (committed .env / config files, passwords "in the clear" in dotfiles, secrets in
# commit history, tokens printed into public Travis build logs, an access token pasted into an
# issue description that was e-mailed to a whole list, a token shown in a community-forum post or
# screenshot that a moderator had to redact, SQL passwords "included" in a push, GitHub revoking
# a token that a deploy script pushed), with near misses from the same threads and places.
# Positives phrased WITHOUT "leak"/"key": "Your freenode password is in the clear here ... now
# that it's been made public", "Public password oops", "sftpconfig published", "Found Account
# Password in commit history.", "Travis currently writes the secret GH_TOKEN to the build log",
# "Latest push included SQL Passwords", "its database connection details are completely exposed",
# "he put the access token ... into the description field, not realizing that it would be emailed
# out", "I erased the image from your post so that you don't expose your token", "Would advise you
# to change your password, this is public.", "The repo just went public ... hard-coded the swarm@
# SSH + sudo password".
# Near misses (exposure False): hypotheticals and policies ("If you ever get compromised...", "a
# token is compromised, allow users to revoke and regenerate", "In situations where you've shared
# the token ... that's when you'd need to regenerate", "without exposing the API key?", "Before we
# shift our github from being private to public ... How to do that?"), denials ("No secrets were
# ever committed to the public repo git history", "This file is just a blank copy of the
# example", "Hunter2 is a classic public password", "It was intentional ... used for testing",
# "noone found them yet"), scanner feature requests (talisman, gitleaks, detect-secrets-server,
# Travis filtered output), a moderator asking for code "with the API token replaced with
# placeholders", "I've removed the API key and board ID", and replies that only say a key was
# rotated/abandoned.
# Complaints (16): a Slack invite failing with token_revoked (voyager #48), GitHub Actions runs
# failing 401 "Bad Credentials" (owl-agent-test-harness #619, notepad-plus-plus #17035, PyGithub
# #1753 comment), the GitHub Slack app not re-prompting after a revoked token (integrations/slack
# #341, two rows), an npm publish blocked by a rejected NPM_TOKEN (lean-ctx #1574), the Cloudflare
# WordPress plugin failing to authenticate after a key roll (#244), Apple News "Forbidden" after
# changing keys (#438 comment), a staging deploy failing on git auth (CATcher #779), SSH logins
# failing "Invalid token" after the Twilio trial ended (authy-ssh #54), an embed failing on the
# Maps quota (vip-embeddable-tool #199), monday.com forum posts (DOMO connector "Your API token is
# incorrect", Power BI connector error, a get query failing with 400), and ONE complaint WITH
# exposure: developerFolio #403 ("Can't Deploy Without Access Token Being Revoked" - the deploy
# pushes the .env token, GitHub revokes it).
# Sources: GitHub issues/PRs found with the `issues` search corpus, texts copied from the thread
# excerpts it returned (title + first sentences, or one comment; trimmed, never reworded):
#  DRYTRIX/TimeTracker #665, YehudaBriskman/WindoM #104, The-Swarm-Corporation/swarms-cloud #133,
#  ministryofjustice/cloud-platform #8195, berops/claudie #231, hyphacoop/organizing #125,
#  memrynote/memry #542, timf34/Substack2Markdown pull #36, gowtham758550/ip-finder #1,
#  grantbachman/wallofshame #3, neovim/bot-ci pull #15, Syntaf/travis-sphinx #21,
#  triplea-game/triplea #267 and pull #273, Azure/azure-sdk-for-c #197, apache/druid pull #11046,
#  lyngbach/uxTour #1, sqc157400661/XiaoTShop #15, KatherLab/MediSwarm pull #450, atelic/dotfiles
#  #1, adamchainz/mac-ansible #8, sjohnston1972/canyon #8, kootenpv/sky #5, mundipagg/boleto-api
#  #3, atereshkov/TT2-helper-flutter #1, saadpasta/developerFolio #403, Code52/Ideastrike #85,
#  ZeroK-RTS/Zero-K-Infrastructure #345, SparkDevNetwork/Rock #75, SO-Close-Vote-Reviewers/
#  SOCVR-Chatbot #6, thoughtworks/talisman #169, gitleaks/gitleaks #1129, voyagermesh/voyager #48,
#  Yelp/detect-secrets-server #61, makeabilitylab/makeabilitylabwebsite #5,
#  openwallet-foundation/owl-agent-test-harness #619, notepad-plus-plus/notepad-plus-plus #17035,
#  PyGithub/PyGithub #1753, department-of-veterans-affairs/va.gov-team #90415,
#  travis-ci/travis-ci #6055, wala/WALA #421, joernio/joern pull #128, rednaks/matrix-webhooks #23,
#  integrations/slack #341, yvgude/lean-ctx #1574, cloudflare/Cloudflare-WordPress #244,
#  alleyinteractive/apple-news #438, restic/restic #2500, CATcher-org/CATcher #779,
#  authy/authy-ssh #54, votinginfoproject/vip-embeddable-tool #199,
#  glasslion/aliyun-machine-learning-for-dummies pull #1, puppetlabs/bolt pull #187,
#  privacy-tech-lab/gpc-privacy-choice #134.
#  Forum voice: the monday.com community archive the davidsimpsonapps/monday-community-archive
#  repository publishes (read from the fetched snapshot, dist/api/topics/<id>.json, cited with
#  #post_<n>; HTML stripped, <br /> as newline, texts checked as substrings of the archived post):
#  topics 10978, 54063, 41557, 57865, 68724, 17532, 104755 (none in an earlier batch; b343's header
#  names 68724 as looked at but it has no row from it). One page from the `pages` corpus
#  (keys-courses.pages.dev advice post, as a near miss).
# Checked: every thread URL was grepped (exact URL followed by a quote, # or / or end of line)
# against tools/real/*.py, tools/real/pending/*.py and the other miners' worktrees
# (/work/wt/*/tools/real/*.py); only unused threads were taken. The exposure theme is heavily
# mined: most hits of the searches (streamvista, Pixel_Phantoms, SuiteCRM-Core, devtrack,
# ToDo-list-App, mastodon #4029, Blackhippy, deep-spot-cloud, pushd, LICSTER, anynote, plagiarism,
# DroneBlocks, stripe-course, no-secrets, stripe-ruby, daikoku, GITLEAK_EXPLORER, the OpenAI/Gemini
# "reported as leaked" threads, SendGrid/klaxon/blockrazor, Travis token-in-log threads
# travis-ci #7452 #7660 #5758, danger-js #675, the Discord token repos skidmaster69420/IMarkoMC,
# discord-api-docs, the RadarCOVID keys, the MiniMax scanner issues, kamerka, codedellemc, micah5,
# rubygems, Talent-Catalog, howdyai/botkit, the pages-corpus "I committed an API key" blogs ...)
# were already in earlier batches and were skipped. Also skipped: duplicates of used texts (the
# oudeismetis "Removing private SSH key" PR text, the damusss MiniMax scanner text, kootenpv/yagmail
# #60 = same text as sky #5, wallofshame #5 ~ #3), token-grabber / RAT repositories
# (Luna-Grabber, aesthetirat), and a blog post found with find_string whose repository the tool
# did not name.
# Doubts: berops/claudie #231 ("a plethora of ... unencrypted secrets committed within", a repo
# being prepared for open-sourcing) - exposure True (committed to a repository). Syntaf/
# travis-sphinx #21 says the token "will dump ... if the push fails" but is titled "revealed" and
# shows the token in a log - True. triplea #267 pastes "fatal: Authentication failed" but the
# report is about the token printed in a public log, "The token has been changed since" - other,
# exposure True. Azure #197's reply pastes an "invalid_client" error only as proof the old secret
# is dead - other, exposure False. kootenpv/sky #5 ("Your key seems to be exposed") is the owner's
# own bot-style notice - True. XiaoTShop #15 and TT2-helper-flutter #1 point at a committed
# password / google-services.json - True. va.gov-team #90415 ("a potentially leaked secret within
# an issue") is a procedure request - False. SOCVR-Chatbot #6 ("accidentally committing changes to
# the app.config file") names no secret getting out - False. monday 54063 post 5 (a moderator
# erasing an image "so that you don't expose your token") - True; 10978 post 4 ("I've replaced
# the API Token you've had in your post with placeholders") - True. voyager #48 (invite form
# answering token_revoked) and vip-embeddable-tool #199 (Maps quota exceeded breaks the embed) are
# counted as a connection failing now - complaint. PyGithub #1753's comment is cut before it says
# why GitHub revoked the token, so exposure False. integration: `other` where a product is named
# (GitHub, Slack, Travis, Azure, AWS, freenode, PocketBase, monday.com, Twilio ...), `none` when the
# excerpt names none; no Stripe/Keap/ActiveCampaign thread turned up unused.
# Voices: issue 73, forum 12 (monday archive 11, one page). Languages: all English.
# 85 rows, 16 complaints (19% - the theme's exposure reports are mostly `other`), 32 exposure
# positives (38%). Look-ups used: 42 (search 37, find_string 4, read_file 1).
ROWS = [
    ('https://github.com/DRYTRIX/TimeTracker/issues/665', 'issue', 'other', 'none', "Security: exposed Env Secret (local) credential in .env.local-test\n\nHeads up — found exposed credentials in `.env.local-test`.\n\nThe file `.env.local-test` is committed to this repository's history and publicly visible. It contains environment secrets (local).\n\n**Rotate these now.** The credentials are in git history, so removing the file from HEAD is not enough — they are already exposed.", True),
    ('https://github.com/DRYTRIX/TimeTracker/issues/665', 'issue', 'other', 'none', '@molloyzak13  thank you for the heads up. This file is just a blank copy of the example. I will remove it.', False),
    ('https://github.com/YehudaBriskman/WindoM/issues/104', 'issue', 'other', 'other', 'security: rotate exposed credentials and purge from repo history\n\n## Severity: 🔴 CRITICAL\n\nLive production credentials are stored in two tracked/accessible files:\n\n**`backend/.env`** (committed):\n- Google Client Secret: line 19\n- Google Refresh Token: line 20\n- Spotify Client Secret: line 26\n- SMTP App Password: line 40', True),
    ('https://github.com/YehudaBriskman/WindoM/issues/104', 'issue', 'other', 'none', 'Closing — credentials have been moved to the private Yehuda-Documentation/Windom repo. No secrets were ever committed to the public repo git history. Threat addressed.', False),
    ('https://github.com/The-Swarm-Corporation/swarms-cloud/issues/133', 'issue', 'other', 'none', '[Security] Credentials were committed to this repository — rotation and history purge required\n\nA source scan of this repository found **API credentials committed in real key format**, present both in current files and in git history.', True),
    ('https://github.com/ministryofjustice/cloud-platform/issues/8195', 'issue', 'other', 'other', 'Secrets in Commit History of Prototype\n\n## Impact on the service\n\nPossible exposure of secrets\n\n## Problem description\n\nSecrets for old AWS credentials and Slack webhooks have appeared in the history of a repo using the prototype guidance.', True),
    ('https://github.com/ministryofjustice/cloud-platform/issues/8195', 'issue', 'other', 'none', 'seems it is not the issue with cloud platform and should be some git usage issue', False),
    ('https://github.com/berops/claudie/issues/231', 'issue', 'other', 'none', "Inspect git history for previously leaked credentials & remediate\n\nGit history of `platform` stretches far and wide.\nI vaguely recall that we've had a plethora of both encrypted and unencrypted secrets committed within.", True),
    ('https://github.com/hyphacoop/organizing/issues/125', 'issue', 'other', 'none', "Reset access token for roobot:tomesh.net\n\nWhen @patcon was setting up the chatbot, he put the access token (equivalent to password) into the description field, not realizing that it would be emailed out to members@... So there's not a copy of the token in all of our inboxes. It does not seem possible to easily reset.", True),
    ('https://github.com/hyphacoop/organizing/issues/125', 'issue', 'other', 'none', "@ASoTNetworks gets points for realizing access tokens aren't api key, but just session-specific 🙏", False),
    ('https://github.com/memrynote/memry/issues/542', 'issue', 'other', 'none', 'Replace real secrets in committed .env.example with placeholders + rotate exposed credentials\n\n# Plan 001: Remove real secret values from the committed `apps/landing/.env.example`, rotate the exposed credentials, and replace them with placeholders', True),
    ('https://github.com/timf34/Substack2Markdown/pull/36', 'issue', 'other', 'none', 'Would advise you to change your password, this is public. \n\nI might look into making sure this is less likely to happen as a mistake structurally.', True),
    ('https://github.com/gowtham758550/ip-finder/issues/1', 'issue', 'other', 'none', 'Found Account Password in commit history.', True),
    ('https://github.com/gowtham758550/ip-finder/issues/1', 'issue', 'other', 'none', 'We can assume that the above mention account is fully compromised.\nwe advise to reset password immediately.', True),
    ('https://github.com/grantbachman/wallofshame/issues/3', 'issue', 'other', 'none', 'Possible security issue\n\nYou just committed some code in SHA a93dcab6e65187484fd6ddbc8eada67f4184280a that looks to contain a secret key. You might want to consider removing it.', True),
    ('https://github.com/neovim/bot-ci/pull/15', 'issue', 'other', 'other', '[RDY] Quiet Git and change GH token.\n\nTravis currently writes the secret GH_TOKEN to the build log. @stefan991 has already generated a new one.', True),
    ('https://github.com/Syntaf/travis-sphinx/issues/21', 'issue', 'other', 'other', 'GitHub access token revealed in travis-ci log on failed deploy\n\nThis line https://github.com/Syntaf/travis-sphinx/blob/master/travis_sphinx.py#L51 will dump the personal access token right into the travis-ci log if the push to github fails.', True),
    ('https://github.com/triplea-game/triplea/issues/267', 'issue', 'other', 'other', "travis build - token can be revealed if git push fails\n\nIn this build: https://travis-ci.org/triplea-game/triplea/builds/89180193\n\nThe following was printed:\n```\n127.63s$ git push -q https://$GITHUB_PERSONAL_ACCESS_TOKEN_FOR_TRAVIS@github.com/triplea-game/triplea --tags\nremote: Invalid username or password.\nfatal: Authentication failed for 'https://7a6d8d8dcf1fd192c3f6a2eded408872f1382d7f@github.com/triplea-game/triplea/'\n```\n\nThe token has been changed since, but this is a liability.", True),
    ('https://github.com/Azure/azure-sdk-for-c/issues/197', 'issue', 'other', 'other', 'Make sure to remove/rotate the secrets from Azure since these are now compromised\n\nrotate the keys used originally in curl POC', True),
    ('https://github.com/apache/druid/pull/11046', 'issue', 'other', 'none', 'Fix Integration Tests\n\nKeys were compromised. Rotating them with the new ones.', True),
    ('https://github.com/lyngbach/uxTour/issues/1', 'issue', 'other', 'none', 'sftpconfig published\n\n@lyngbach \nYou really should remove your sftp config imediately! makre sure, you also delete all changes of this file.', True),
    ('https://github.com/sqc157400661/XiaoTShop/issues/15', 'issue', 'other', 'none', "WARNING !!!!!!!!!\n\nhttps://github.com/sqc157400661/XiaoTShop/blob/15142a385ea98ae2d9bf217f99cb6d3c35ddb84f/config/filesystems.php#L61\n\nOnce you've submitted your password, even if the commit removes it, you can retrieve it through history, and the only solution isto change your password", True),
    ('https://github.com/KatherLab/MediSwarm/pull/450', 'issue', 'other', 'none', 'security: remove hard-coded swarm/sudo password from the runbook (repo is now public)\n\nThe repo just went public. `docs/deploy_test_runbook.md` hard-coded the `swarm@` SSH **+ sudo** password in five places', True),
    ('https://github.com/atelic/dotfiles/issues/1', 'issue', 'other', 'other', "clean up irssi config\n\nGreetings!  Your freenode password is in the clear here https://github.com/barbour-em/dotfiles/blob/master/.irssi/config#L97 -- that should probably be changed now that it's been made public.", True),
    ('https://github.com/adamchainz/mac-ansible/issues/8', 'issue', 'other', 'none', "Public password oops\n\nI just want to point out that there is a password public to the world in this file, hopefully it's not your actual one, but just in case you missed it...", True),
    ('https://github.com/adamchainz/mac-ansible/issues/8', 'issue', 'other', 'none', "Indeed it's not. Hunter2 is a classic public password.", False),
    ('https://github.com/sjohnston1972/canyon/issues/8', 'issue', 'other', 'other', 'Remove published superuser credentials and sensitive files from the public repo\n\nThe canyon repository is **public** on GitHub, yet `README.md` publishes the PocketBase superuser credentials for the deployed stack', True),
    ('https://github.com/kootenpv/sky/issues/5', 'issue', 'other', 'none', 'Your key seems to be exposed\n\nYou might want to take action :)', True),
    ('https://github.com/mundipagg/boleto-api/issues/3', 'issue', 'other', 'none', 'SEQ Keys\n\nThere are seq keys in the source code and on the commit history. Is this secure?', True),
    ('https://github.com/mundipagg/boleto-api/issues/3', 'issue', 'other', 'none', '@agaldino The Git history should be rewriten to remove these keys as they can still be seen on github. They should also be invalidated on the server.', True),
    ('https://github.com/mundipagg/boleto-api/issues/3', 'issue', 'other', 'none', "I don't think you need to rewrite the commit history as long as you invalidate the key on the server.", False),
    ('https://github.com/atereshkov/TT2-helper-flutter/issues/1', 'issue', 'other', 'other', 'Security Threat\n\nYou should remove` google-services.json` from the public repository, as it can provide unauthorized access to your database.', True),
    ('https://github.com/atereshkov/TT2-helper-flutter/issues/1', 'issue', 'other', 'none', 'Yep just forgot, thanks, @tanujyadav97.', False),
    ('https://github.com/saadpasta/developerFolio/issues/403', 'issue', 'complaint', 'other', "Can't Deploy Without Access Token Being Revoked\n\n**Describe the bug**\nWhen I follow instructions, somehow the access token from my `.env` file gets added to git remote repo, causing github to revoke the access token. My `.gitignore` definitely has `.env` added to it, so I'm not sure how this is happening, perhaps the build/deploy stage is somehow adding the token to the remote repo.", True),
    ('https://github.com/saadpasta/developerFolio/issues/403', 'issue', 'other', 'none', 'It is hard to debug this without more information. \nA bunch of users have faced this problem while deploying this project and we have extensive docs and wiki just to help with this.', False),
    ('https://github.com/davidsimpsonapps/monday-community-archive/blob/master/dist/api/topics/10978.json#post_1', 'forum', 'complaint', 'other', 'I built a Monday connector for DOMO and it worked perfectly.\nYesterday, it failed with the error “Your API token is incorrect.”\nDoes this mean the token expired?  I regenerated a new one in Monday Admin - but that fails with the same error.\nWhat should I try to fix this issue?', False),
    ('https://github.com/davidsimpsonapps/monday-community-archive/blob/master/dist/api/topics/10978.json#post_2', 'forum', 'other', 'none', 'I’d love to take a further look at the way you are trying to authenticate right now - could you please provide the query/code you are using as an example with the API token replaced with placeholders?', False),
    ('https://github.com/davidsimpsonapps/monday-community-archive/blob/master/dist/api/topics/10978.json#post_4', 'forum', 'other', 'other', 'That looks extremely odd to me! To be transparent with you, I’ve replaced the API Token you’ve had in your post with placeholders (XXXXXX) to avoid potential security issues - please do not share your API key publicly', True),
    ('https://github.com/davidsimpsonapps/monday-community-archive/blob/master/dist/api/topics/54063.json#post_5', 'forum', 'other', 'none', 'Hello @Priya,\nI noted that you sent an image that had a token. I erased the image from your post so that you don’t expose your token in the community.\nCould you upload it again but covering the token so it is not visible?', True),
    ('https://github.com/davidsimpsonapps/monday-community-archive/blob/master/dist/api/topics/54063.json#post_10', 'forum', 'other', 'none', 'Thanks for the support!\nI removed the set token line from coding and then the App is working fine.', False),
    ('https://github.com/thoughtworks/talisman/issues/169', 'issue', 'other', 'none', 'Scan for a commit id\n\nCurrently scanner scans the git commit history for potential secrets. \n\nWhen we add the scanner to a pipeline it will give false alerts based on the commit history.\n\nCan we run the scan for a particular commit id?', False),
    ('https://github.com/thoughtworks/talisman/issues/169', 'issue', 'other', 'none', '@Puneet1726 why is it a false alert? The scan checks for commit history intentionally. If you have deleted secrets, but it sits in your git history somewhere, it will still be accessible.', False),
    ('https://github.com/gitleaks/gitleaks/issues/1129', 'issue', 'other', 'none', 'branch name of the commits where the secrets detected\n\nIs there a way to get the branch name of the commits where the secrets detected? Also Is there a way to have one more field that tells, if the secret is currently in github or its past commits?(means now its removed)', False),
    ('https://github.com/voyagermesh/voyager/issues/48', 'issue', 'complaint', 'other', 'Slack channel token_revoked\n\nI stumbled across voyager today, and thought the features looked really cool! I was hoping to get it set up, but ran into some bugs while following the user guide. Unfortunately, it looks like the slack channel is closed, because when I try to get an invite it says that the token is revoked.', False),
    ('https://github.com/voyagermesh/voyager/issues/48', 'issue', 'other', 'other', 'I have updated the Slack legacy token. It is working again.', False),
    ('https://github.com/Yelp/detect-secrets-server/issues/61', 'issue', 'other', 'none', "Is there a way to scan entire commit history for secrets?\n\nI know generally speaking it's better to use the preventative methodology, but sometimes you need to scan the entire commit history. \n\nIs this possible right now?", False),
    ('https://github.com/makeabilitylab/makeabilitylabwebsite/issues/5', 'issue', 'other', 'none', 'Password/Settings Leakage on Github\n\nBefore we shift our github from being private to public, we need that none of our passwords/security settings leak out. How to do that?', False),
    ('https://github.com/openwallet-foundation/owl-agent-test-harness/issues/619', 'issue', 'complaint', 'other', 'All test runners are failing with an error 401 "Bad Credentials"\n\nAll of the GHA-triggered runsets are failing with the following error.\n\n@WadeBarnes can you please take a look?  Could this be related to the token issue that @ryjones mentioned on Discord the other day about his token being deactivated?', False),
    ('https://github.com/openwallet-foundation/owl-agent-test-harness/issues/619', 'issue', 'other', 'none', "The `REPO_ACCESS_TOKEN` needs to be updated.  I've messaged @ryjones.", False),
    ('https://github.com/notepad-plus-plus/notepad-plus-plus/issues/17035', 'issue', 'complaint', 'other', '[WORKFLOW BUG] release-notifier workflow: "bad credentials"\n\nI noticed with the recent run of the `release-notifier` issue that when it was trying to remote-trigger the workflows in the plugintemplate and plugindemo that it gave the [`bad credentials` error](https://github.com/notepad-plus-plus/notepad-plus-plus/actions/runs/18037240754/job/51326962022#step:3:57) message.', False),
    ('https://github.com/PyGithub/PyGithub/issues/1753', 'issue', 'complaint', 'none', 'I had the same issue. The first time when I used my token everything is fine. Then it did not work anymore. Again I created a new token (all permissions checked) and the first time it worked then again not.', False),
    ('https://github.com/department-of-veterans-affairs/va.gov-team/issues/90415', 'issue', 'other', 'none', 'Document policy/procedure for Platform team when secret is leaked in issue\n\nIn the item that came out of a recent security scan, for a potentially leaked secret within an issue, there was some realization that our playbooks did not have steps identified for the team to work with.', False),
    ('https://keys-courses.pages.dev/blog/accidentally-committed-api-key-git.html', 'forum', 'other', 'none', 'I Accidentally Committed an API Key to Git: Now What?\n\nIt happens to nearly every developer at least once. You are moving fast, testing a feature locally, and before you realize it, you have pushed a commit containing a plaintext API key to a public GitHub repository.', False),
    ('https://github.com/triplea-game/triplea/pull/273', 'issue', 'other', 'none', '.travis.yml - Sed out the github personal access token when there is error output\n\nFix for #267 \n\nPlease see that issue for the travis output that is dangerous, and an example of how this fix updates that output to hide the secret token.', False),
    ('https://github.com/travis-ci/travis-ci/issues/6055', 'issue', 'other', 'other', "New feature request: filtered output as an additional security mechanism\n\n**Motivation:** Some utilities may leak secrets from environment variables set with `travis env`. It would be great if Travis had protection against this, since it'd give me more comfort in bringing my open source projects into Travis.", False),
    ('https://github.com/wala/WALA/issues/421', 'issue', 'other', 'other', 'Is it OK for the values of `$AUTH_TOKEN` and `$GH_TOKEN` from `travis/script-maven` to be visible in public Travis CI job logs? Or do I need to suppress that verbose output somehow?', False),
    ('https://github.com/joernio/joern/pull/128', 'issue', 'other', 'other', "This is just the way that Travis identifies encrypted tokens. You can't do anything with the encrypted form of the token, only Travis knows how to decrypt it.", False),
    ('https://github.com/Azure/azure-sdk-for-c/issues/197', 'issue', 'other', 'none', 'Rotated.\n\nProof - running with the old secret:\n```\n{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret is provided.', False),
    ('https://github.com/rednaks/matrix-webhooks/issues/23', 'issue', 'other', 'none', 'revoke and re-generate new tokens\n\n### use case\n* a token is compromised, allow users to revoke and regenerate secret web hooks tokens.', False),
    ('https://github.com/integrations/slack/issues/341', 'issue', 'complaint', 'other', 'Prompt to re-authenticate user if token was revoked\n\n**Scenario**\n- Install GitHub App in slack and successfully configure it for a channel(s)\n  - `/github signin` & `/github  subscribe owner/repo`\n- On GitHub user Settings / Applications, **revoke** autorized GitHub App\n- Perform `/github subscribe owner/repo`\n\n**Issue**\n- Could not find resource: `owner/repo`', False),
    ('https://github.com/integrations/slack/issues/341', 'issue', 'complaint', 'other', 'yeah i am having the same issue. since i removed my token from GitHub i now get "Could not find resource" when i try and to resubscribe. I would expect it to prompt for re-auth but it doesn\'t', False),
    ('https://github.com/integrations/slack/issues/341', 'issue', 'other', 'none', 'as a work-around, you can `/github signin` again... I think that solves the issue in the meantime', False),
    ('https://github.com/yvgude/lean-ctx/issues/1574', 'issue', 'complaint', 'other', "release: npm publish of lean-ctx-bin@3.9.20 blocked — NPM_TOKEN rejected (masked E404 on PUT)\n\nThe only unpublished 3.9.20 channel. Two attempts (run 32932578073, jobs 98075655850 + 98082338504) fail identically:\n\n```\nnpm error 404 Not Found - PUT https://registry.npmjs.org/lean-ctx-bin\nnpm error 404  'lean-ctx-bin@3.9.20' is not in this registry.\n```", False),
    ('https://github.com/cloudflare/Cloudflare-WordPress/issues/244', 'issue', 'complaint', 'other', "No way to re-authenticate after rolling / changing an API key\n\nWhen the API key is changed from Cloudflare's dashboard, the WordPress plugin fails to authenticate, but doesn't provide a way to change the saved credentials.\nThe only workaround is to disable and re-enable the plugin.", False),
    ('https://github.com/alleyinteractive/apple-news/issues/438', 'issue', 'complaint', 'other', 'I changed the keys and got the Forbidden message. I deactivated, uninstalled, reinstalled several times, and the plugin always comes back with the old settings. How can i clean uninstall and install, or solve the Forbidden issue?', False),
    ('https://github.com/restic/restic/issues/2500', 'issue', 'other', 'none', 'Ability to change password\n\nIt would be nice, if you could change the repository password. If you ever get compromised...', False),
    ('https://github.com/davidsimpsonapps/monday-community-archive/blob/master/dist/api/topics/41557.json#post_1', 'forum', 'other', 'other', 'Hi - can I suggest you move the “Regenerate” button far away from the “Copy” button on the API v2 Token page? One missed click there could break A LOT of stuff all at once (not that it has happened to me or anything ). Maybe also put a safety on it, like you have to click a second time to confirm that you REALLY want to regenerate your token.', False),
    ('https://github.com/davidsimpsonapps/monday-community-archive/blob/master/dist/api/topics/57865.json#post_1', 'forum', 'other', 'other', 'Is there a way to securely access third party API from frontend (Monday views/widgets)?\nI mean, is there some feature from Monday SDK that I allow me to make a request to a third party API from frontend without exposing the API key?', False),
    ('https://github.com/davidsimpsonapps/monday-community-archive/blob/master/dist/api/topics/68724.json#post_2', 'forum', 'other', 'none', 'In situations where you’ve shared the token i.e. to if you were to involve a partner in your workflow set up, or if there’s a platform bug, that’s when you’d need to regenerate the token.', False),
    ('https://github.com/davidsimpsonapps/monday-community-archive/blob/master/dist/api/topics/17532.json#post_1', 'forum', 'complaint', 'other', 'Does anyone know of a sure way to get data into Power BI?\nI’ve tried this Loading GraphQL data (monday.com API v2) into PowerBI · GitHub\nHowever it’s not working returning an error  “We found extra characters at the end of JSON input.”', False),
    ('https://github.com/davidsimpsonapps/monday-community-archive/blob/master/dist/api/topics/17532.json#post_4', 'forum', 'other', 'none', 'Thanks @Helen, I sure hope so! I’ve removed the API key and board ID.', False),
    ('https://github.com/davidsimpsonapps/monday-community-archive/blob/master/dist/api/topics/104755.json#post_1', 'forum', 'complaint', 'other', 'I didn’t touch the project for about a week and then when I came back to it, today, one of my get queries is failing with a 400 status and code ‘ERR_BAD_REQUEST’. However, my write queries are all still working flawlessly. No code has been changed on my end.', False),
    ('https://github.com/CATcher-org/CATcher/issues/779', 'issue', 'complaint', 'other', "Staging application's deployment is not working, due to permissions issue\n\nThe [staging application](https://github.com/CATcher-org/CATcher-staging) has a permissions problem in its deployment workflow.\nThis is preventing new versions of the staging app from being deployed at https://catcher-org.github.io/CATcher-staging/", False),
    ('https://github.com/authy/authy-ssh/issues/54', 'issue', 'complaint', 'other', 'Unhelpful error when Twilio trial period ends\n\nWhen my Twilio account trial period ended all SSH logins started failing with this misleading error:\n\n    Invalid token. try again', False),
    ('https://github.com/votinginfoproject/vip-embeddable-tool/issues/199', 'issue', 'complaint', 'other', "Urgent - Maps API quota warning\n\nThe state of Wyoming is attempting to embed the Tool on their webpage, http://soswy.state.wy.us/Elections/PollPlaceLookup%20(2).aspx.\n\nYesterday, the tool wasn't functioning properly, and in reviewing the page, they have found an error occurring on the back end which indicated they had exceeded the daily request quota for the API.", False),
    ('https://github.com/glasslion/aliyun-machine-learning-for-dummies/pull/1', 'issue', 'other', 'none', "Thank you so much. I'll abandon that key.", False),
    ('https://github.com/puppetlabs/bolt/pull/187', 'issue', 'other', 'none', '"I know. It was intentional." - This repo contains and ssh tool and this key is used for testing', False),
    ('https://github.com/lyngbach/uxTour/issues/1', 'issue', 'other', 'none', 'Doh, thank you for noticing.\n\nPassword changed and past history removed, ty again.', False),
    ('https://github.com/privacy-tech-lab/gpc-privacy-choice/issues/134', 'issue', 'other', 'none', 'Modify password mechanism to prevent committing password to repo\n\nIn the context of making our repo public we may need to modify the password mechanism (which is ensuring that only users we admit on Prolific can participate in our usability study and write to the repo). At the moment, it is hardcoded.', False),
    ('https://github.com/Code52/Ideastrike/issues/85', 'issue', 'other', 'other', "Repository contains AppHarbor DB password\n\nWhile the AppHarbor install is only meant to be temporary and for testing, its database connection details are completely exposed in [Web.release.config](https://github.com/Code52/Ideastrike/blob/master/src/Ideastrike.Nancy/Web.Release.config).\n\nI'm not familiar with how AppHarbor works, but in any case, exposing passwords like this is probably not safe.", True),
    ('https://github.com/Code52/Ideastrike/issues/85', 'issue', 'other', 'other', 'For the purpose of rapid dev, it was just easier to have it in there than fight to get AppHb to work with us right.\n\nBefore we go "live", we\'ll be regenerating the password and removing it from the config so that AppHb injects it correctly.', False),
    ('https://github.com/ZeroK-RTS/Zero-K-Infrastructure/issues/345', 'issue', 'other', 'none', 'repository still contains some passwords\n\nplease remove all of them and change all used passwords!\n\nnever ever store passwords in a public repository!', True),
    ('https://github.com/ZeroK-RTS/Zero-K-Infrastructure/issues/345', 'issue', 'other', 'none', 'noone found them yet -> it is not a real world problem.\npeople dont steal in civilised countries.', False),
    ('https://github.com/SparkDevNetwork/Rock/issues/75', 'issue', 'other', 'none', 'Latest push included SQL Passwords\n\nThe latest push included the connectionstrings.config file with all of the SQL passwords for all of the testing servers.', True),
    ('https://github.com/SO-Close-Vote-Reviewers/SOCVR-Chatbot/issues/6', 'issue', 'other', 'none', "Make the connection string for the database not be in the app.config file\n\nI'm really sick of accidentally committing changes to the app.config file every time I switch computers.", False),
]
