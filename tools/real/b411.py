# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 411 (mine-b411): ENGLISH reports, in ISSUE voice, where a tool's connection to a hosted
# service failed because a token or credential stopped being accepted, seen from the user's side -
# GitHub Actions and GitHub API calls ("Bad credentials", "The Personal Access Token used has
# expired", "Resource not accessible by integration"), deploy actions and CLIs (Vercel, Netlify,
# Cloudflare wrangler / wrangler-action, Heroku deploy action, Fly.io flyctl, Semaphore -> Heroku),
# registry logins and publishing (GHCR / Docker Hub push, npm publish tokens, PyPI / twine 403),
# Terraform providers (Cloudflare, uptime.com, TFE, DigitalOcean in typhoon), Sentry CLI auth
# tokens, backup and sync tools to cloud storage (rclone on OneDrive, restic / Stash on Backblaze
# B2, the B2 CLI, Duplicati on OneDrive and Google Drive, Duplicacy and gdrive on Google Drive, the
# Home Assistant OneDrive backup add-on, a Nextcloud Google sync app, an E5 auto-renew script
# authorising rclone) - complaints in everyday words ("Everything stopped from working 2 hours ago",
# "Wrangler Action was working 2 days ago, but now", "A workflow which previously worked now fails",
# "These errors were not present yesterday", "Since 12 days, I am unable to backup to Google Drive",
# "I have a dozen backups that are now failing", "Still failing with a fresh token D:", "I will get
# following message every week", "Had this error today.", "same happens for me") kept with near
# misses from the same threads (maintainers' diagnoses - "Pretty sure that's because you limit the
# workflows permissions", "It looks like the token is not valid anymore. Do you know who owns the PAT?",
# "Likely an expired access token that is cached", "Our token was probably reset" -, "works now"
# follow-ups - "reissued an API key ... Builds are working agian", "just regenerating the deploy token
# fixed the problem ... This worked for me", "I had the GHCR_TOKEN secret defined both in the pipeline and in a
# variable group", "Rerun the action to deploy, fixed" -, PRs and release
# notes - Vercel CLI's better invalid-token message, Cloudflare's provider handling revoked tokens,
# npm trusted publishing replacing an expiring NPM_TOKEN, a GHCR auth fix -, how-tos and doc issues
# - how to revoke Azure Artifacts npm credentials, a reminder to renew an npm token before it
# expires -, and feature requests - B2 bucket-specific keys, a Telegram
# bot notifying users of invalid tokens, NuGet revoking keys found by GitHub token scanning).
# Exposure rows: a token said in words to be out - SonarQube token shown in Travis logs (simgrid
# #127, incl. the owner's "Only the old ... was exposed"), a Codecov token committed literally in a
# public repo (apache/shenyu #6595), GitGuardian's "exfiltrating the secrets used in your GitHub
# actions" (sadteams/bot-md #32), a GitHub token found "exposed in a public configuration"
# (wtpsplit #169), "You just leaked Your Credentials Here" (TorrentLeech-Gdrive PR #266), "You are
# leaking your tokens in credentials.py" (DisAtBot #1), Google / Mediawiki secrets exposed and the
# owner's "It definitely was a mistake to put it up there" (gdrive-to-commons #2), a bot token pushed
# in a PR (RoVer PR #236: three rows True, and "it's not a real token" False). Not exposure:
# hypotheticals and advice (kam #164 "There might be a chance that these secrets have leaked",
# archived-bot PR #45 "Never push your bot token", NuGet #7282 policy, "revoke your token" alone).
# Sources (issues corpus, 25 look-ups; texts copied from the thread excerpts the search returned,
# trimmed only - a title plus the first sentences, or one comment; template headings, images and
# long logs between them left out):
#  vectordotdev/vector #2208, Azure/CloudShell #340, rclone/rclone #4139 #3022,
#  BetaHuhn/deploy-to-vercel-action #281, react-native-community/directory #2687,
#  amondnet/vercel-action #138, vercel/vercel PR #10131 #10874, kylierst/MSO_E5_Dev_AutoRenew #8,
#  netlify/cli #1787 #6736 #127 #174, roxiness/routify-starter #55, netlify/actions #52,
#  cloudflare/workers-sdk #2935, cloudflare/wrangler-action #179 #33, cloudflare/wrangler-legacy
#  #892, restic/restic #1425 #3450 #5741 #1916, Backblaze/B2_Command_Line_Tool #443 #475,
#  stashed/stash #698, Gamesight/slack-workflow-status #45, mktcode/consecutive-workflow-action #33,
#  dorny/paths-filter #270, cpp-for-yourself/homeworks #17, NuGet/NuGetGallery #7282,
#  gilbertchen/duplicacy #504, duplicati/duplicati #2940 #1393 #5071 #3523 #1390,
#  lavinir/hassio-onedrive-backup #190 #212, sadteams/bot-md #32, johnhenry/raijin #32,
#  TypedDevs/bashunit PR #698, actions/setup-node #1068, facebook/flipper #3816, autc04/Retro68
#  #274, mithro/actions-includes #52, buildthehomelab/storage-planner PR #30, vortexntnu/vortex-auv
#  #357, GaloisInc/cryptol #1959, docker/build-push-action #1371, docker/login-action #592,
#  shish/shimmie2 #1255, MobilityData/gtfs-realtime-validator #150, aceeric/ociregistry #17,
#  pypi/warehouse #14826 #4192, pypa/packaging-problems #313, nenokkadine/GD-Utils #3,
#  AkhileshNS/heroku-deploy #153 #84 #160, cityofaustin/atd-data-tech #9124, semaphoreci/docs #750,
#  simgrid/simgrid #127, redhat-developer/kam #164, apache/shenyu #6595,
#  cloudfour/cloudfour.com-patterns #2452, MicrosoftDocs/azure-devops-docs #1814, prasmussen/gdrive
#  #153, MarcelRobitaille/nextcloud_google_synchronization #27, getsentry/sentry-cli #1974 #844,
#  getsentry/sentry #45907, ghaiklor/telegram-bot-github #1, evaera/RoVer PR #236,
#  uptime-com/terraform-provider-uptime #29, hashicorp/terraform-provider-tfe #174,
#  cloudflare/terraform-provider-cloudflare #6532 PR #7023, poseidon/typhoon #165,
#  superfly/flyctl-actions #40, dwyl/elixir-auth-github-demo #57, superfly/docs #1065,
#  GiteaBot/gitea-backporter #24, superfly/fly-pr-review-apps #60, i-dot-ai/redbox PR #751,
#  segment-any-text/wtpsplit #169, gautamajay52/TorrentLeech-Gdrive PR #266, RodolfoFerro/DisAtBot
#  #1, tonythomas01/gdrive-to-commons #2, freyacodes/archived-bot PR #45.
# Checked: every thread URL was grepped (exact URL followed by a quote, # or /) over
# tools/real/*.py, tools/real/pending/*.py and /work/wt/*/tools/real/*.py (and pending) - none of
# the threads above is in an earlier batch; every text was compared (lower-cased) with the ~27k
# earlier rows and within the batch - one clash ("Resolved", mpyw/axios-case-converter #68) and the
# whole thread dropped. This theme was heavily mined before: skipped as already used were
# UncleRus/esp-idf-lib #525, octokit/request-action #252, jamesgeorge007/github-activity-readme #71,
# IgorKowalczyk/igorkowalczyk #28, korthout/backport-action #711, protontypes/LibreSelery #20,
# rclone/rclone #2812 #3490 #4512 #2861 #8547 #1139 #6105 #4250 #3073, OneDrive/onedrive-api-docs
# #1341, derrix060/onedriveClient #52, clojure-emacs/clojuredocs-export-edn #1,
# nampham2101/child-care-v2 #108, rubygems/rubygems.org PR #2687 PR #2692, home-assistant/core
# #137380, RahulR100/mcstatusbot #10, Rostlab/JS16_ProjectA #115, nodejs/build #1353,
# IMarkoMC/Tokens #25, 0xCaso/dex-listings-scanner-bot #1, n3d1117/chatgpt-telegram-bot #645,
# PolyMarsDev/Sokobot PR #11, howdyai/botkit PR #309, closeio/tasktiger PR #293,
# mindaugaskasp/discord-music-bot #2, StefanMaron/AL-Dependency-MCP-Server #18,
# modelcontextprotocol/servers #3061, mieweb/wikiGDrive #626, ianstormtaylor/slate #6002,
# nice-registry/all-the-package-repos #16, bobmatnyc/ai-code-review #85,
# CognitionAI/metabase-mcp-server #20, dblock/slack-strava #59, microsoft/botframework-sdk #2537,
# xBytez/slackbotapi PR #28, slack-ruby/slack-ruby-bot #215, shaunburdick/slack-ooo-personal #20,
# fraschetti/Octoslack #114, scrapinghub/slackbot #236, pypa/packaging-problems #887, pypa/twine
# #692, pypi/warehouse #15410, AmirulAndalib/TL-GD #1, Mozilla-TWQA/Hasal PR #713, jikig-ai/soleur
# #7797, cake-contrib/Cake.Sonar #22, cedarcode/mi_carrera PR #324, npm/cli #4686,
# rosshadden/dotfiles #1, miruamel/xingyu #6, Bogidon/dotfiles #1, danpaz/bodybuilder #189,
# yegor256/tacit #157, labbots/google-drive-upload #140, rclone-ui/rclone-ui #78, alexlyee/massdm
# PR #8, openai/gpt-discord-bot #40, noblox/noblox.js PR #58, AndreyLysenkov/dismoodicon #37,
# discord/discord-api-docs #1138 #602, kawaiiDango/reverseSearchBot PR #1, tdlib/telegram-bot-api
# #77, carykh/WordleEdit PR #1, terraform-providers/terraform-provider-opc #65,
# rancher/terraform-provider-rancher2 #110, oracle/terraform-examples #13, AlexsLemonade/refinebio
# PR #2059, aws/aws-health-tools #25, Gruppio/SlackWebhooksGithubCrawler #1,
# slackapi/slack-github-action #249, graphql-hive/graphql-inspector #2260,
# TransbankDevelopers/transbank-sdk-dotnet PR #49, Comfy-Org/registry-backend PR #8,
# corona-warn-app/cwa-server #152, idies/pyJHTDB #31, gregzaal/Auto-Voice-Channels PR #62,
# cline/cline #1300, mimbres/YourMT3 #20, ethereum/go-ethereum #35716, rstudio/tensorflow #9,
# cluster-labs/ipfscloud-web #10.
# Rejected on reading: pypi/support #3665 #3656 (same text as the used warehouse #15410, and the
# writer pasted a live-looking token), cloudflare/workers-sdk #4089 and superfly/flyctl #1787 (same
# text by the same writer as wrangler-action #179 / flyctl-actions #40, which were kept),
# arsfeld/nixos #241 (written by a systemd failure notifier), go-ethereum #35717 #35718 (phishing
# spam), BaseIntelligence/bounty-challenge #12026 and kipsilabs/altmount PR #30 (security audits /
# bot review, nothing failing), superloglabs PR #247, langflow PR #15172, ever-works PR #2499 (bot
# text), github/roadmap and Sid-ah/testrepo (roadmap items), ikedaosushi/tech-news #14986 (news
# feed), dockserver PR #3 and UpMortem/slack-bot PR #27 (title only), the Chinese / Spanish /
# French threads (maple3142/aria2c-ariang #17, sudojia/AutoTaskScript #11, akari-bot PR #748,
# gentle-ai #795, leopardo-hr #7065 - this batch is English). Cut on reading to keep the batch near
# its size (weak, title-only or context-less rows): vedantmgoyal9/winget-releaser #240,
# LelouchFR/skill-icons #3, netlify/cli #1944 #320 #622, cloudflare/workers-sdk #2678 #2611,
# cloudflare/wildebeest #146 #149, cloudflare/wrangler-legacy #581, restic #2293 #3252 #2339 #1923,
# n0k0m3/PerseusCI #1, christian-korneck/delete-run-artifacts-action #18, RelationRx/pyrelational
# #12, apache/inlong #4205, hackclub/OnBoard #73, mcuadros/ofelia PR #202, pypa/twine #804 #221,
# AkhileshNS/heroku-deploy #61 #107, scala-vienna/scala-vienna-web #35, getsentry/sentry-cli #977
# #284 #2711, getsentry/sentry-capacitor #103, getsentry/sentry-webpack-plugin #236,
# getsentry/sentry-react-native #267 (and a sentry.properties token pasted in it),
# ducdigital/gulp-sentry-release #10, hashicorp/terraform-provider-azurerm #20834,
# signalsciences/terraform-provider-sigsci #43, kopia/kopia #3125, lensfun/lensfun #1996,
# duplicati #4826, Rick1330/collabsphere #1504, fullstack-hy2020 PR #4027, getgauge/gauge PR #2818,
# github/github-mcp-server PR #282, FredHutch/motuz PR #304, dwyl/PWA-Liveview #22, superfly/docs
# #713, axzxc1236/Rclone_Gdrive_public_folder_automation #1; second excerpts from one message were
# not kept (one row per message).
# Doubts: reports that an error MESSAGE is misleading when the token is invalid (vercel #10874's
# opening post, netlify/cli #6736, typhoon #165) and that a provider plans on with bad credentials
# (terraform-provider-tfe #174) - other: the writer knows the cause and asks for a better message;
# on vercel #10874 the later "I get the same issue as well. Any updates" (writer still failing) is a
# complaint, and PaulRBerg's "Same issue ... The error should be more informative" is other (knows
# it was an expired token, asks for a better error). netlify/cli #1787's opening post (staff filing
# forum reports) - other; the users' "I think this is same bug which I getting" rows - complaint.
# nextcloud_google_synchronization #27 (a feature request "Set Token expire period" whose writer has
# to re-authorise every week) - complaint, as an integration asking to re-authorise again and again.
# GitHub Actions "Resource not accessible by integration" (a GITHUB_TOKEN permission refused) -
# complaint when the writer's workflow fails with it; the permission fixes are other. vortex-auv
# #357 (a teammate's ghcr pull relayed) - complaint. Self-filed CI tickets by a repo's own owner
# (mithro/actions-includes #52, GaloisInc/cryptol #1959) - complaint, the pipeline is failing now.
# "# same question, watching" style +1s were kept only where the thread is a failure report.
# Integration: any named product is "other" (GitHub, Vercel, Netlify, Cloudflare, Heroku, Fly,
# Docker / GHCR, npm, PyPI, Sentry, Backblaze, OneDrive, Google Drive, rclone, restic, Terraform,
# SonarQube, Codecov, Discord, Slack, Telegram); rows naming none - "none". No ActiveCampaign,
# Keap or Stripe rows.
# Integration: other (117), none (75). Exposure: 12 rows True (all label other).
# Voices: issue only. Languages: English only. 192 rows, 89 complaints (46.4%), 92 threads.
ROWS = [
    ('https://github.com/vectordotdev/vector/issues/2208', 'issue', 'complaint', 'other', 'GITHUB_TOKEN expires before test harness finishes\n\nWe are receiving a `Bad Credentials` error during the "Post a comment with results" step:', False),
    ('https://github.com/vectordotdev/vector/issues/2208', 'issue', 'other', 'none', "This hasn't been an issue recently.", False),
    ('https://github.com/Azure/CloudShell/issues/340', 'issue', 'complaint', 'other', '[BUG] Submitting an issue to this repository results in a failed github action\n\n## To Reproduce\n\nOpen an `[Image Update]` issue #338\n\n## Observed Behavior\n\nhttps://github.com/Azure/CloudShell/actions/runs/5631495354/job/15258501726\n\n> Access Denied: The Personal Access Token used has expired', False),
    ('https://github.com/Azure/CloudShell/issues/340', 'issue', 'other', 'none', '@marcindulak -- thank you for reporting this  -- We are investigating and will respond back here.', False),
    ('https://github.com/Azure/CloudShell/issues/340', 'issue', 'complaint', 'other', 'Currently another error is present https://github.com/Azure/CloudShell/actions/runs/6189136644, the github action fails with\n\n> HttpError: Bad credentials', False),
    ('https://github.com/Azure/CloudShell/issues/340', 'issue', 'other', 'other', 'The GitHub Action that caused the failure has been disabled. Thank you for reporting this! Closing issue.', False),
    ('https://github.com/rclone/rclone/issues/4139', 'issue', 'complaint', 'other', "onedrive hangs on token issue without any notice\n\nWhen I have a token issue on OneDrive, it just hangs without anything helpful. \n\n**Note**: I am not asking how to fix the issue (I haven't tried yet but I suspect I just need to reauthenticate). I am reporting the lack of clarity from rclone", False),
    ('https://github.com/rclone/rclone/issues/3022', 'issue', 'complaint', 'other', 'OneDrive 2 factor authentication\n\nHi. Our company has started to use two-factor authentication on email addresses. This seems to have blocked rclone from being able to copy into the OneDrive account. Rclone has been running perfectly (thank you to the rclone dev team) until this change.', False),
    ('https://github.com/rclone/rclone/issues/3022', 'issue', 'other', 'other', "In my opinion I don't think a 2FA itself _should_ affect rclone, because you should be prompted for e.g., a one-time code on Microsoft's website, not by rclone. But that's just my guess.", False),
    ('https://github.com/rclone/rclone/issues/3022', 'issue', 'other', 'other', '@fredster1 can you describe what you did and paste what error messages you got from rclone?', False),
    ('https://github.com/rclone/rclone/issues/3022', 'issue', 'complaint', 'other', 'Here is the error I am getting back.  \n\n2019/03/04 03:30:03 Failed to create file system for "onedrive:ENTIRESERVER": failed to get root: Get https://graph.microsoft.com/v1.0/drives/b!q25_ba7pO0aw0lOX3xLKNSVj3GVXkKFGiiMuMlQYYfBfm1mkaCAgS4NjfUgJhrsS/root: oauth2: cannot fetch token: 400 Bad Request\nResponse: {"error":"invalid_grant"', False),
    ('https://github.com/BetaHuhn/deploy-to-vercel-action/issues/281', 'issue', 'complaint', 'other', 'Hangs indefinitely when token is expired\n\n**🐞 Describe the bug**\n\nAction hangs indefinitely when Vercel token is expired.', False),
    ('https://github.com/react-native-community/directory/issues/2687', 'issue', 'complaint', 'none', 'Production deploys failing since July 22: site frozen, merged packages not appearing\n\nThe scheduled "[CODE] Refresh data and deploy production website" workflow has\nfailed on every run since July 22 (~25 consecutive failures over 2+ days).', False),
    ('https://github.com/amondnet/vercel-action/issues/138', 'issue', 'complaint', 'other', 'How to re-authenticate\n\nMy action is stuck when this action is triggered.', False),
    ('https://github.com/amondnet/vercel-action/issues/138', 'issue', 'other', 'other', '@peterkimzz \n1. Does vercel token have permission in team scope?\n2. Did you disable vercel build?', False),
    ('https://github.com/amondnet/vercel-action/issues/138', 'issue', 'other', 'none', 'Yes, it has a team scope. Actually, I found the solution a few days ago.\nThank you!', False),
    ('https://github.com/vercel/vercel/pull/10131', 'issue', 'other', 'other', '[cli] Fix error message when token is invalid\n\nThis changes the error when a token is invalid or expired from\n\n```\nError: Could not retrieve Project Settings. To link your Project, remove the `.vercel` directory and deploy again.\n```\n\nto a better error\n\n```\nError: The specified token is not valid. Use `vercel login` to generate a new token.\n```', False),
    ('https://github.com/vercel/vercel/issues/10874', 'issue', 'other', 'other', 'Vercel CLI misleading error on missing permissions: "Could not retrieve Project Settings. To link your Project, remove the `.vercel` directory and deploy again."\n\nRunning the same command using the `--debug` reveals the actual issue (which has nothing to do with a `.vercel` folder which was never there):', False),
    ('https://github.com/vercel/vercel/issues/10874', 'issue', 'complaint', 'none', 'I get the same issue as well. Any updates on this issue?', False),
    ('https://github.com/vercel/vercel/issues/10874', 'issue', 'other', 'other', '@mike-rambil I faced the same issue and realized that my Vercel token was expired. Try to generate a new one in **Account Settings > Token** and update your GitHub action.', False),
    ('https://github.com/vercel/vercel/issues/10874', 'issue', 'other', 'none', 'Same issue as @carlosdaniiel07.\n\nThe error should be more informative. Users should be informed they are trying to use an expired token.', False),
    ('https://github.com/kylierst/MSO_E5_Dev_AutoRenew/issues/8', 'issue', 'complaint', 'other', 'Problem auth error\n\nI tried to authorize rclone, but I encountered an error. How can I solve this issue?', False),
    ('https://github.com/kylierst/MSO_E5_Dev_AutoRenew/issues/8', 'issue', 'other', 'other', 'Did you make sure you put the proper redirect url in the app registered in the Azure portal?', False),
    ('https://github.com/kylierst/MSO_E5_Dev_AutoRenew/issues/8', 'issue', 'complaint', 'other', 'same problem.. Set the redirect and running the code.. but the instructions in the part of configuring azure is quite confusing', False),
    ('https://github.com/react-native-community/directory/issues/2687', 'issue', 'other', 'none', "Hey, thanks for the report! 👍 \n\nIt's the same issue as recently started to pop out on CI validation runs, more details you can find in the PR adding a workaround:", False),
    ('https://github.com/netlify/cli/issues/1787', 'issue', 'other', 'other', 'Auth fails with "Failed retrieving user account: Unauthorized."\n\n**Describe the bug**\n\nWe got two reports in the forum about this error when people upgraded to version 3.2.0 and then tried to run `netlify dev` or `netlify status`.', False),
    ('https://github.com/netlify/cli/issues/1787', 'issue', 'complaint', 'other', "I think this is same bug which I getting with \n\n```bash\nnetlify deploy --site $NETLIFY_SITE_ID --auth $NETLIFY_AUTH_TOKEN --prod\n```\n\nError message\n```\nFailed retrieving addons for site <MY_SITE_ID>: Unauthorized. Double-check your login status with 'netlify status' or contact support with details of your error.\n```", False),
    ('https://github.com/netlify/cli/issues/1787', 'issue', 'complaint', 'other', 'This bug is even when netlify status` and `netlify login`', False),
    ('https://github.com/netlify/cli/issues/6736', 'issue', 'other', 'other', 'Misleading error message when an invalid `NETLIFY_AUTH_TOKEN` is provided\n\n### Describe the bug\n\nA confusing error message is shown when running `netlify deploy` with an invalid `NETLIFY_AUTH_TOKEN`:\n\n```\n»   Error: Site not found. Please rerun "netlify link"\n```', False),
    ('https://github.com/netlify/cli/issues/127', 'issue', 'complaint', 'other', "Not logged in. Log in to deploy to a site\n\nI tried deploying my site using `netlify-cli` commands.\nHere is my command in batch file I'm using :", False),
    ('https://github.com/netlify/cli/issues/127', 'issue', 'other', 'none', 'Apologies, that env var you are using is incorrect and was documented incorrectly at one point.  Updating the docs as we speak.', False),
    ('https://github.com/netlify/cli/issues/127', 'issue', 'other', 'other', 'Thank you,\n\nAfter having change `NETLIFY_ACCESS_TOKEN` to `NETLIFY_AUTH_TOKEN`, the deployment was successful.', False),
    ('https://github.com/roxiness/routify-starter/issues/55', 'issue', 'complaint', 'other', 'Unable to manually deploy to netlify\n\nWhen initializing a fresh copy of this starter template, I am unable to deploy to netlify via `npm run deploy:netlify`. I recieve the following error from the netlify CLI: `Unauthorized`.', False),
    ('https://github.com/roxiness/routify-starter/issues/55', 'issue', 'other', 'none', "Good catch @StephenStrickland! I've removed the file from the template.", False),
    ('https://github.com/netlify/actions/issues/52', 'issue', 'complaint', 'other', 'Authorization for cli action suddenly does no longer work\n\nHi,\n\nI just wanted to deploy my app like I have done before (did not change anything inside my repo at all), but somehow the authorization does no longer seem to work. My github env secrets are still intact and my access token on netlify also has not been touched.', False),
    ('https://github.com/netlify/actions/issues/52', 'issue', 'other', 'none', "hm, apparently this does only happen for previews. For prod deployments it does work. Maybe I have an error inside my configuration. I'll close this for now.", False),
    ('https://github.com/netlify/cli/issues/174', 'issue', 'complaint', 'none', 'Handle logged out users with grace\n\nEverything stopped from working 2 hours ago \n\nwhen i try to deploy a new site i have:', False),
    ('https://github.com/netlify/cli/issues/174', 'issue', 'other', 'other', 'ok so i dig it into my files, in mac by default all the files that begin with . will be hidden, so you need to make them visible, then navigate to your user folder, and remove the .netlify folder, then type \n\nnetlify login \n\nthis will generate new credentials', False),
    ('https://github.com/netlify/cli/issues/174', 'issue', 'other', 'none', "Thanks for the report, sounds like we aren't handling a loading error.", False),
    ('https://github.com/netlify/cli/issues/174', 'issue', 'other', 'other', 'Ran in the same problem, this fixed it for me. Not sure if this problem occured because I changed my password, so the credentials stored under .netlify was invalidated?', False),
    ('https://github.com/cloudflare/workers-sdk/issues/2935', 'issue', 'complaint', 'other', '🐛 BUG: Wrangler Publish Auth Error\n\nI am unable to publish with wrangle.  I have tried most of the settings on the API token, however, even with the global api key I still get auth errors.', False),
    ('https://github.com/cloudflare/workers-sdk/issues/2935', 'issue', 'other', 'other', "Would you be able to post some more details about your setup? Specifically:\n* Your `wrangler.toml` config file\n* The specific scopes your API token has\n* What command you're running\n* The specific error message you receive\nThanks!", False),
    ('https://github.com/cloudflare/wrangler-action/issues/179', 'issue', 'complaint', 'other', '🐛 BUG: ✘ [ERROR] A request to the Cloudflare API ... failed.\n\n### Describe the Bug\n\nHi,\nWrangler Action was working 2 days ago, but now it shows error `[ERROR] ParseError: A request to the Cloudflare API (/accounts/iiiiiiiiiiiiiiiiiiiidddddddddddd/workers/services/wordpress-plugins) failed.`, how can I fix it?', False),
    ('https://github.com/cloudflare/wrangler-action/issues/33', 'issue', 'complaint', 'other', 'Worker deployment authentication error\n\nevery wrangler action fails with:\n```\nBuilt successfully, built project size is 189 KiB.\nError:  Code 10000: Authentication error\n```', False),
    ('https://github.com/cloudflare/wrangler-action/issues/33', 'issue', 'complaint', 'other', "I think wrangler identify something wrong... CF worker is awesome but it's an obstacle.", False),
    ('https://github.com/cloudflare/wrangler-action/issues/33', 'issue', 'other', 'other', 'I ran into to something similar, which was clearly an error on my end.\n\nThe token I was trying to use was configured to work on a different site than what was configured in `wrangler.toml`.', False),
    ('https://github.com/cloudflare/wrangler-legacy/issues/892', 'issue', 'complaint', 'other', "support request: how to use a limited API token?\n\nMy global API key works but I don't want to use that for deployment from a server. So I've been trying to create a token with limited permissions.\n\nNow, even when starting with the Edit Cloudflare Workers template, I don't manage to create a token with limited permissions that works with wrangler.", False),
    ('https://github.com/cloudflare/wrangler-legacy/issues/892', 'issue', 'other', 'none', 'Try updating to 1.6.0! We _just_ released support for this very feature today :) Let us know if you run into any issues', False),
    ('https://github.com/cloudflare/wrangler-legacy/issues/892', 'issue', 'complaint', 'none', 'Oh nice.  Unfortunately I get the same error.', False),
    ('https://github.com/restic/restic/issues/1425', 'issue', 'complaint', 'other', 'Restic does not work with B2\n\n$ restic -r b2:bucketname:/ init\n\ncreate backend at b2:bucketname:/ failed: b2.NewClient: b2_authorize_account: 401: Invalid authorization token\n\nThe key and account have been exported correctly.', False),
    ('https://github.com/restic/restic/issues/1425', 'issue', 'other', 'none', 'I had the same problem and it turned out I had an incorrect application key and needed to get a fresh one.', False),
    ('https://github.com/restic/restic/issues/1425', 'issue', 'other', 'other', "Even though my account/keys were working for duplicity and for b2 cli, I wiped out my B2 bucket and created and new one along with a new key. Now it's working.", False),
    ('https://github.com/restic/restic/issues/3450', 'issue', 'other', 'none', "Given the 401 errors, I have created a new application key and the problem is gone. This new key has the same permissions as were listed above, so I'm not sure why this fixed the problem.", False),
    ('https://github.com/restic/restic/issues/3450', 'issue', 'other', 'none', 'As the new application key works, it looks like something was wrong with the old one. Maybe a typo in the bucket name or the key was broken in some other way? Anyways, I think we can then close this issue?', False),
    ('https://github.com/restic/restic/issues/3450', 'issue', 'complaint', 'other', 'Getting the same with `restic 0.16.5 compiled with go1.22.4 on linux/amd64`', False),
    ('https://github.com/Backblaze/B2_Command_Line_Tool/issues/443', 'issue', 'other', 'none', 'Is there any chance the application key you used yesterday has expired?', False),
    ('https://github.com/Backblaze/B2_Command_Line_Tool/issues/443', 'issue', 'other', 'none', "Ok.  I think I found it.  When it re-authorizes, it's not correctly passing in the application key; it's using the accountId instead.", False),
    ('https://github.com/restic/restic/issues/5741', 'issue', 'complaint', 'other', 'restic init errors with B2 storage\n\nAttempts to create Restic repositories in Backblaze, which previously worked without any issue, now generate this error:', False),
    ('https://github.com/stashed/stash/issues/698', 'issue', 'complaint', 'other', "401 creating repositories on B2\n\nInitially I set my account ID to my master account ID. This was wrong, so I changed that to the application key ID of the key I was using. No change. I've deleted and recreated the secret a couple times, checked to ensure that the key/ID matches, ensured the files are only a single line, etc.", False),
    ('https://github.com/Backblaze/B2_Command_Line_Tool/issues/475', 'issue', 'complaint', 'other', 'I seem to have gotten a lot of `ERROR: Unknown error: 401 unauthorized` since some point in the past (I run the script I made containing various b2 sync commands automated in the background) and just noticed. I tried renaming `~/.b2_account_info` and authorizing again', False),
    ('https://github.com/restic/restic/issues/1916', 'issue', 'other', 'other', 'Modify B2 to support bucket-specific keys\n\nHey - since the release of the B2 [application keys](https://www.backblaze.com/b2/docs/application_keys.html), it would be great if restic can support per-bucket keys!', False),
    ('https://github.com/restic/restic/issues/1916', 'issue', 'other', 'none', 'My apologies - I have since seen the tweet which led me to see this was closed in #1914 - thanks :+1:', False),
    ('https://github.com/Gamesight/slack-workflow-status/issues/45', 'issue', 'complaint', 'none', 'Resource not accessible by integration\n\n```\n/usr/bin/docker exec  some_hash sh -c "cat /etc/*release | grep ^ID"\nError: HttpError: Resource not accessible by integration\nError: Resource not accessible by integration\n```', False),
    ('https://github.com/Gamesight/slack-workflow-status/issues/45', 'issue', 'other', 'none', 'As for this one\n\nIf this PullRquest is merged, it will be resolved.', False),
    ('https://github.com/Gamesight/slack-workflow-status/issues/45', 'issue', 'complaint', 'none', 'Still seeing the issue, errors are the same. My case is when workflow is triggered from another workflow, maybe it will help.', False),
    ('https://github.com/Gamesight/slack-workflow-status/issues/45', 'issue', 'complaint', 'none', 'Had this error today.', False),
    ('https://github.com/Gamesight/slack-workflow-status/issues/45', 'issue', 'other', 'other', 'The most common cause of this is a workflow-level `permissions:` block overriding the default `GITHUB_TOKEN` scopes.', False),
    ('https://github.com/mktcode/consecutive-workflow-action/issues/33', 'issue', 'complaint', 'none', "Error: Resource not accessible by integration\n\nHi! Thanks for the great action, I'm getting the following strange error:\n\n```\nError: Resource not accessible by integration\n```", False),
    ('https://github.com/mktcode/consecutive-workflow-action/issues/33', 'issue', 'other', 'none', "Pretty sure that's because you limit the workflows permissions:", False),
    ('https://github.com/dorny/paths-filter/issues/270', 'issue', 'complaint', 'none', "Error: Resource not accessible by integration\n\nAnother issue for what's looking like a dead project to me, this integration is broken today, not sure for how long its been that way:\n`Error: Resource not accessible by integration`", False),
    ('https://github.com/dorny/paths-filter/issues/270', 'issue', 'other', 'none', '@WardenDrew \nYou probably forgot to configure permissions. See the documentation for instructions.', False),
    ('https://github.com/cpp-for-yourself/homeworks/issues/17', 'issue', 'complaint', 'none', 'Error: Resource not accessible by integration\n\nTry to run tasks for pull request, but get errors:', False),
    ('https://github.com/cpp-for-yourself/homeworks/issues/17', 'issue', 'other', 'none', 'For those, who may face this problem in the future:\n\nGo to your repository **Settings** -> **Actions** -> **General**, scroll down, and make sure, to give **_read and write_** permissions for the workflow and click _save_.', False),
    ('https://github.com/NuGet/NuGetGallery/issues/7282', 'issue', 'other', 'other', 'Revoke NuGet.org API keys published to GitHub using token scanning\n\nLeverage [GitHub’s token scanning partnership program](https://developer.github.com/partnerships/token-scanning/) such that whenever you commit or push a change to GitHub in a public repository and an NuGet.org API key is found, it is sent to NuGet.org for validation. If it’s valid, we should revoke it and notify the user of this action.', False),
    ('https://github.com/gilbertchen/duplicacy/issues/504', 'issue', 'complaint', 'none', 'GCD_RETRY followed by Error 401: Invalud Credentials, authError\n\nOccasionally a backup will fail part way through with the following:', False),
    ('https://github.com/duplicati/duplicati/issues/2940', 'issue', 'complaint', 'none', 'I have a similar issue here. Regenerating AuthID Token does not help.', False),
    ('https://github.com/duplicati/duplicati/issues/1393', 'issue', 'complaint', 'other', 'Fatal error backup to Google Drive\n\nHi,\n\nSince 12 days, I am unable to backup to Google Drive. I get the error below:\nFatal error\nGoogle.GData.Client.GDataRequestException: Execution of authentication request returned unexpected result: 404\n\nI did not change anything to either configuration of Duplicati, nor Google Drive.', False),
    ('https://github.com/duplicati/duplicati/issues/1393', 'issue', 'other', 'other', 'I am tracking this in issue #1347 and am almost done with a new Google Drive backend.', False),
    ('https://github.com/duplicati/duplicati/issues/1393', 'issue', 'complaint', 'none', 'I downloaded this version, but the previous connection does not work anymore. Do you have some recommendations to restore the previous backup configuration, to prevent a new backup set.', False),
    ('https://github.com/duplicati/duplicati/issues/5071', 'issue', 'complaint', 'other', "OneDrive backups stopped working\n\nI tried to also regenerate my auth ID but it still doesn't work. Getting this error", False),
    ('https://github.com/duplicati/duplicati/issues/5071', 'issue', 'other', 'other', 'this looks like a backend (hoster) problem, did you try to investigate in your Onedrive console to see if anything was amiss ? also, is it a transient or permanent problem ?', False),
    ('https://github.com/duplicati/duplicati/issues/5071', 'issue', 'complaint', 'none', "I am trying to regenerate authid but even the oauth server for duplicate isn't working when I open the page", False),
    ('https://github.com/duplicati/duplicati/issues/5071', 'issue', 'other', 'none', 'Well, works for me (TM).\n I just deleted the Oauth token and recreated it without problem, did a backup and it worked all fine.', False),
    ('https://github.com/lavinir/hassio-onedrive-backup/issues/190', 'issue', 'complaint', 'other', 'I new code to sign to OneDrive\n\nProvided code for expired. The expiration was announced at the last step and there is no error anywhere else.', False),
    ('https://github.com/lavinir/hassio-onedrive-backup/issues/190', 'issue', 'complaint', 'none', '+1\nSame thing happens to me when I try to authenticate with the provided code.', False),
    ('https://github.com/lavinir/hassio-onedrive-backup/issues/190', 'issue', 'other', 'none', 'Restarting the addon should generate a new code', False),
    ('https://github.com/lavinir/hassio-onedrive-backup/issues/190', 'issue', 'other', 'other', 'That actually worked this time, but also by opening the Microsoft authentication link in a private Chrome window.', False),
    ('https://github.com/duplicati/duplicati/issues/3523', 'issue', 'complaint', 'other', "Configuration for oneDrive disappeared and reconfig fails\n\n## Description\n\nBackup to OneDrive fails since  4 days. I'm not sure, but maybe I habeinstalled a new duplicati version.", False),
    ('https://github.com/duplicati/duplicati/issues/1390', 'issue', 'complaint', 'other', 'Execution of authentication request returned unexpected result: 404\n\nHi,\nUsing the latest Duplicati 2.0.0.85- 2.0.0.85_preview_2015-03-07 and Google Drive as a target backup, last night the error just happened to all of my backup to Google Drive, before this it is good..', False),
    ('https://github.com/duplicati/duplicati/issues/1390', 'issue', 'other', 'none', 'According to [this thread][1], the target needs updating to use the v3 client libraries.', False),
    ('https://github.com/duplicati/duplicati/issues/1390', 'issue', 'complaint', 'none', 'This is also affecting me.  I have a dozen backups that are now failing because of this same issue.  I would really like to see a fix for this too!', False),
    ('https://github.com/lavinir/hassio-onedrive-backup/issues/212', 'issue', 'complaint', 'other', 'Authenticate code does not work\n\nI had hassio-onedrive-backup installed and it created the 10 backups as set in the config. At some stage the creation of backups stopped and I got the message:', False),
    ('https://github.com/lavinir/hassio-onedrive-backup/issues/212', 'issue', 'complaint', 'none', 'I have the same issue, the code does not work.', False),
    ('https://github.com/lavinir/hassio-onedrive-backup/issues/212', 'issue', 'other', 'none', 'I encountered the same, but the fix was easy: restart the add-on. That will generate a new code. I suppose that the code displayed has already expired by the time you see it.', False),
    ('https://github.com/sadteams/bot-md/issues/32', 'issue', 'other', 'other', 'Compromised Token\n\nHello,\n\n@gitguardian has identified that a commit recently introduced into your repository is exfiltrating the secrets used in your GitHub actions:', True),
    ('https://github.com/johnhenry/raijin/issues/32', 'issue', 'complaint', 'other', '0.0.1 publish failed: NPM_TOKEN looks expired (404 on PUT, nothing was published)', False),
    ('https://github.com/TypedDevs/bashunit/pull/698', 'issue', 'other', 'other', 'ci(npm): switch to OIDC trusted publishing (tokenless)\n\n## Why\n\nThe `Publish to npm` job keeps failing with `401 Unauthorized` / `404 PUT` because the `NPM_TOKEN` secret keeps expiring or being rejected (confirmed via `npm whoami` → 401). Manual token rotation is the root problem — npm tokens expire and need re-issuing every time.', False),
    ('https://github.com/actions/setup-node/issues/1068', 'issue', 'complaint', 'other', '404 when trying to publish to npm.\n\n**Description:**\nSame github action triggered by tag creation worked 2 weeks ago, now it fails when trying to publish a new version to npm.', False),
    ('https://github.com/actions/setup-node/issues/1068', 'issue', 'other', 'none', 'Hello @ggsdc \nThank you for creating this issue. We will investigate it and get back to you as soon as we have some feedback', False),
    ('https://github.com/actions/setup-node/issues/1068', 'issue', 'complaint', 'none', 'I may have missed your initial reply and I was checking back on this as I had to do a new upload manually of the library in said repository.\n\nIs there any news on this issue or how to fix it?', False),
    ('https://github.com/facebook/flipper/issues/3816', 'issue', 'complaint', 'other', "NPM publishing failing in GitHub Actions\n\nI've noticed the NPM publish action has been failing for a couple of weeks now (starting [here](https://github.com/facebook/flipper/runs/6598456090?check_suite_focus=true#step:7:128)), so the `react-native-flipper` and `js-flipper` packages aren't up to date.\n\nIt looks like an expired/invalid token. Any chance someone can update the credentials and re-publish a recent version?", False),
    ('https://github.com/facebook/flipper/issues/3816', 'issue', 'other', 'none', 'https://github.com/facebook/flipper/commit/41d7b2a307ad6d3a5efa8b5369b4d3e6cbe6a49e should fix it. We will release 0.150 soon which should trigger the publishing job.', False),
    ('https://github.com/autc04/Retro68/issues/274', 'issue', 'complaint', 'other', 'Possible token expiry when pushing to GHCR\n\nThe last docker build of Retro68 invoked by pushing to the master branch failed because of the error: "unauthorized: unauthenticated: User cannot be authenticated with the token provided."', False),
    ('https://github.com/autc04/Retro68/issues/274', 'issue', 'complaint', 'other', '@autc04 is there any chance you could take a quick look at this? It looks like the GHCR push for the docker image is still failing due to a user authentication issue in the latest merge', False),
    ('https://github.com/autc04/Retro68/issues/274', 'issue', 'other', 'other', "I tried back in January, something didn't work, I got frustrated.\nI tried again, something didn't work, and I figured out that for some reason I had the GHCR_TOKEN secret defined both in the pipeline and in a variable group. Of course the wrong one silently overrode the one that I changed.\n\nIt should work now, and be easier to update next year.", False),
    ('https://github.com/mithro/actions-includes/issues/52', 'issue', 'complaint', 'other', 'Publish Docker image workflow fails on push events due to invalid GHA_CR_TOKEN\n\n## Summary\n\nThe "Publish Docker image" workflow fails on all `push` events because the `GHA_CR_TOKEN` secret is invalid or expired.', False),
    ('https://github.com/buildthehomelab/storage-planner/pull/30', 'issue', 'other', 'other', 'Fix ghcr.io Docker push auth\n\n## Summary\n\n- `secrets.TOKEN` was causing `denied: denied` on ghcr.io login\n- Switch to `secrets.GITHUB_TOKEN` (built-in, always available) with explicit `packages: write` permission on the job', False),
    ('https://github.com/vortexntnu/vortex-auv/issues/357', 'issue', 'complaint', 'other', 'cant pull image from ghcr\n\nThere seems to be an issue when pulling docker image from ghcr related to permissions, is this uniq to ronja? or do the issue reoccur with others?', False),
    ('https://github.com/vortexntnu/vortex-auv/issues/357', 'issue', 'other', 'other', 'Likely an expired access token that is cached. Reset by docker login ghcr.io/vortexntnu', False),
    ('https://github.com/vortexntnu/vortex-auv/issues/357', 'issue', 'other', 'none', "Closing, as the pkg is now public. There shouldn't be any authorization issues.", False),
    ('https://github.com/GaloisInc/cryptol/issues/1959', 'issue', 'complaint', 'other', 'CI: Docker jobs fail to log in\n\nThe nightly Docker CI jobs [consistently fail with](https://github.com/GaloisInc/cryptol/actions/runs/20777847137/job/59667869901#step:9:58):\n\n```\nRun docker/login-action@v3\nLogging into ghcr.io...\nError: Error response from daemon: Get "https://ghcr.io/v2/": denied: denied\n```\n\nThis started happening a couple of days ago.', False),
    ('https://github.com/docker/build-push-action/issues/1371', 'issue', 'complaint', 'other', 'Fail to push to ghcr.io due to expired token\n\n### Description\n\nI have a Docker image that takes ~15 minutes to build. It fails to push due to what seems to be an expired token, this same workflow worked four months ago.', False),
    ('https://github.com/docker/login-action/issues/592', 'issue', 'complaint', 'other', 'Login issue , secrate checked , not able to push to github registry , token working in local so not token issu', False),
    ('https://github.com/docker/login-action/issues/592', 'issue', 'other', 'other', "I don't see the `password` input set in your workflow so `secrets.GHCR_TOKEN` is empty or does not exist:", False),
    ('https://github.com/shish/shimmie2/issues/1255', 'issue', 'complaint', 'other', '[docker] Failed to authorize in new workflow\n\nFollow-up of #1251 \n\nThe latest builds on main [seem to be failing](https://github.com/shish/shimmie2/actions/runs/10736302793/job/29775435481) due to an unauthorized error related to a missing token.', False),
    ('https://github.com/shish/shimmie2/issues/1255', 'issue', 'other', 'other', "Actually, I'm not sure if a [personal access token](https://app.docker.com/settings/personal-access-tokens) is being used as a secret for the DOCKER_PASSWORD variable.", False),
    ('https://github.com/shish/shimmie2/issues/1255', 'issue', 'complaint', 'none', 'Still failing with a fresh token D:', False),
    ('https://github.com/MobilityData/gtfs-realtime-validator/issues/150', 'issue', 'complaint', 'other', 'Docker image push to GitHub Container Registry is failing\n\n**Summary:** \n\nIt looks like starting on April 20th the Docker image push to the GitHub Container registry started failing with:', False),
    ('https://github.com/MobilityData/gtfs-realtime-validator/issues/150', 'issue', 'other', 'none', "@barbeau I'm not aware of any changes. It looks like the token is not valid anymore. Do you know who owns the PAT?", False),
    ('https://github.com/MobilityData/gtfs-realtime-validator/issues/150', 'issue', 'other', 'none', 'I believe PAT belonged to @lionel-nj.', False),
    ('https://github.com/aceeric/ociregistry/issues/17', 'issue', 'complaint', 'other', 'ghcr.io via a Personal access tokens (classic)\n\nI am trying to access ghcr.io using a token and server (version 1.9.5) says:\n\n```\nlevel=error msg="doPull failed for \\"ghcr.io/xxx/xxx:latest\\": auth attempt failed. Status: 401"\n```', False),
    ('https://github.com/aceeric/ociregistry/issues/17', 'issue', 'other', 'none', 'Yes it works now, thanks!', False),
    ('https://github.com/aceeric/ociregistry/issues/17', 'issue', 'complaint', 'none', 'I have temporary "resolved"  it by opening access for public to the image as there is negligible risk involved in this specific case. But unfortunately the core issue is not fixed as the token still does not work correctly.', False),
    ('https://github.com/pypi/warehouse/issues/14826', 'issue', 'complaint', 'other', '403 Invalid or non-existent authentication information error when uploading package using twine\n\nI am attempting to upload my Python package to PyPI using twine, but consistently receive the error: 403 Invalid or non-existent authentication information.', False),
    ('https://github.com/pypa/packaging-problems/issues/313', 'issue', 'complaint', 'none', "I still don't understand how to upload. I always get this:", False),
    ('https://github.com/pypa/packaging-problems/issues/313', 'issue', 'other', 'none', 'Have you tried with `username = __token__`', False),
    ('https://github.com/pypi/warehouse/issues/4192', 'issue', 'complaint', 'other', "I've been having this issue today. Everything worked fine yesterday. Verified that could login to pypi after logging out. Also, verified that I could upload to test.pypi. Haven't changed any configurations recently.", False),
    ('https://github.com/nenokkadine/GD-Utils/issues/3', 'issue', 'complaint', 'other', 'error when executing workflow to deploy to heroku\n\nhow to solve this? could you make a more detailed tutorial? or a video, I entered all the "repository secrets" but the deployment does not work.', False),
    ('https://github.com/nenokkadine/GD-Utils/issues/3', 'issue', 'other', 'none', 'Give me the Log of the Workflow', False),
    ('https://github.com/nenokkadine/GD-Utils/issues/3', 'issue', 'complaint', 'none', 'Error credentials not found', False),
    ('https://github.com/nenokkadine/GD-Utils/issues/3', 'issue', 'other', 'other', 'Yeah Log Clearly Shows, Heroku Credentials are not Given or Wrongly Given Please check them', False),
    ('https://github.com/AkhileshNS/heroku-deploy/issues/153', 'issue', 'complaint', 'other', 'heroku: Press any key to open up the browser to login or q to exit\n\nHi, my action is failing now because in my CD Heroku ask for credentials...', False),
    ('https://github.com/AkhileshNS/heroku-deploy/issues/153', 'issue', 'other', 'none', 'adding the  justlogin: true fix the issue', False),
    ('https://github.com/AkhileshNS/heroku-deploy/issues/84', 'issue', 'other', 'other', 'We were having a similar issue (if not the same). Turns out we forgot to add our bot account to the Heroku application (with Deploy access).', False),
    ('https://github.com/AkhileshNS/heroku-deploy/issues/84', 'issue', 'other', 'none', '> Interestingly for me just regenerating the deploy token fixed the problem.\n\nThis worked for me, thank you!', False),
    ('https://github.com/AkhileshNS/heroku-deploy/issues/84', 'issue', 'other', 'other', 'I got this issue after resetting my heroku login/password. I had to regenerate new tokens and it fixed the issue', False),
    ('https://github.com/cityofaustin/atd-data-tech/issues/9124', 'issue', 'complaint', 'other', 'Fix Moped-Test deployment Heroku credentials\n\n ▸    Invalid credentials provided.\n ›   Error: Cannot log in with HEROKU_API_KEY set\n ▸    Command failed: heroku login', False),
    ('https://github.com/cityofaustin/atd-data-tech/issues/9124', 'issue', 'other', 'other', 'I updated heroku password, put password in 1Password and then reissued an API key via the Heroku dashboard. Updated the secret in github actions. Builds are working agian.', False),
    ('https://github.com/AkhileshNS/heroku-deploy/issues/160', 'issue', 'complaint', 'other', 'unable to deploy to Heroku due to ToS change?\n\nA workflow which previously worked now fails. It seems to work but then fails after stating the terms of service have changed, and seeming to ask the user to open a browser to accept them:', False),
    ('https://github.com/AkhileshNS/heroku-deploy/issues/160', 'issue', 'complaint', 'none', 'same happens for me', False),
    ('https://github.com/AkhileshNS/heroku-deploy/issues/160', 'issue', 'complaint', 'none', '@AkhileshNS any updates here?\n\nI have some workflows that are working and others that are failing due the similar issue.', False),
    ('https://github.com/semaphoreci/docs/issues/750', 'issue', 'complaint', 'other', '[Semaphore 2.0] Heroku auth credentials issue\n\nWhen deploying Rails app to Heroku instance, we experienced Invalid credentials error while executing command : heroku run rake db:migrate  .', False),
    ('https://github.com/semaphoreci/docs/issues/750', 'issue', 'other', 'none', '👋thank you for pointing out to this, much appreciated @marijadeversity !', False),
    ('https://github.com/simgrid/simgrid/issues/127', 'issue', 'other', 'other', 'Your SonarQube token is compromised\n\nBecause of usage of `set -x` your SonarQube token is presented in Travis logs.', True),
    ('https://github.com/simgrid/simgrid/issues/127', 'issue', 'other', 'none', "I'm so stupid :-( \nThanks for noticing, I will regenerate it.", False),
    ('https://github.com/simgrid/simgrid/issues/127', 'issue', 'other', 'other', "@mquinson I hope you'll fix root cause before regeneration? Otherwise I guess SonarSource guys maintaining SonarQube.com will revoke it again ;)", False),
    ('https://github.com/simgrid/simgrid/issues/127', 'issue', 'other', 'none', 'nope, it seems to be OK. Only the old "ac......." was exposed, not the new one I just generated.', True),
    ('https://github.com/redhat-developer/kam/issues/164', 'issue', 'other', 'other', 'Add documentation for CI secret rotation\n\nOver a quarters that we have added secrets like github token, username, password etc in CI. There might be a chance that these secrets have leaked. To avoid such threat we should keep rotating our secrete in certain duration gap.', False),
    ('https://github.com/apache/shenyu/issues/6595', 'issue', 'other', 'other', '[Task] Rotate leaked Codecov token and use a secret instead of plaintext\n\n## Description\n`token: 2760af6a-3405-4882-9e61-04c5176fecfa` committed literally, not via `${{ secrets.CODECOV_TOKEN }}`. Repo is public.', True),
    ('https://github.com/cloudfour/cloudfour.com-patterns/issues/2452', 'issue', 'other', 'other', 'Renew the npm release token before it expires (2026-11-23)\n\nThe `NPM_TOKEN` repository secret is a 90-day npm granular access token created on 2026-08-25. **It expires on or around 2026-11-23.** When it does, the release workflow will fail at the publish step — the version commit and release PR will still work, so the failure only appears when a release is actually cut.', False),
    ('https://github.com/MicrosoftDocs/azure-devops-docs/issues/1814', 'issue', 'other', 'other', 'How do I revoke NPM credentials?\n\nI clicked the "Generate NPM credentials" button that is listed on this page, which created a token.  How do I later revoke this token?  The documentation does not explain how to do that.', False),
    ('https://github.com/MicrosoftDocs/azure-devops-docs/issues/1814', 'issue', 'other', 'other', 'Maybe each time you generate new NPM credentials it invalidates the old one?', False),
    ('https://github.com/prasmussen/gdrive/issues/153', 'issue', 'complaint', 'none', 'Error 401 - expired or invalid token\n\nHi,\nI am getting error 401 - expired or invalid token after some days or weeks of use. What is the problem for this error?', False),
    ('https://github.com/MarcelRobitaille/nextcloud_google_synchronization/issues/27', 'issue', 'complaint', 'other', "Set Token expire period for 6 months.\n\n### Describe the feature you'd like to request\n\nHi, this plugin is great, but Google Oauth2 will expire in a week.\nI will get following message every week.", False),
    ('https://github.com/MarcelRobitaille/nextcloud_google_synchronization/issues/27', 'issue', 'other', 'none', 'Closing due to inactivity', False),
    ('https://github.com/getsentry/sentry-cli/issues/1974', 'issue', 'complaint', 'other', 'error: Invalid token: API request failed\n\nI have generated an auth token. I am able to use this to login locally from my project without problems. However, when I try to do the same from the Dockerfile that makes our production builds from a Gitlab CICD pipeline it no longer works. I have verified it is the exact same token being used in both environments.', False),
    ('https://github.com/getsentry/sentry/issues/45907', 'issue', 'complaint', 'other', 'authentication failiure issue with jenkins integration\n\n### Problem Statement\n\nHi,\n\nI am getting the below error while i integrate the jenkins with the sentry. I have added the steps in jenkins file and getting the below API error after running the job-\n\nerror: API request failed\n  caused by: sentry reported an error: Invalid token (http status: 401)', False),
    ('https://github.com/getsentry/sentry/issues/45907', 'issue', 'complaint', 'none', 'Hi Team,\n\nPlease help on this as soon as possible. as this is urgent issue.', False),
    ('https://github.com/getsentry/sentry/issues/45907', 'issue', 'other', 'other', 'Also, did you create a token as described in our docs? https://docs.sentry.io/product/releases/setup/release-automation/jenkins/', False),
    ('https://github.com/getsentry/sentry-cli/issues/844', 'issue', 'complaint', 'other', 'Always get Invalid token (http status: 401) for self-hosted Sentry', False),
    ('https://github.com/getsentry/sentry-cli/issues/844', 'issue', 'complaint', 'none', 'same issues I got . want some help.', False),
    ('https://github.com/getsentry/sentry-cli/issues/844', 'issue', 'other', 'other', 'I had the same issue. In my case it was cause my Sentry CLI always tried to connect to the sentry.io server instead of my self-hosted sentry server.', False),
    ('https://github.com/getsentry/sentry-cli/issues/844', 'issue', 'other', 'none', 'Update: it was due to connection issue in my machine, I tested the command on another device and it worked fine', False),
    ('https://github.com/getsentry/sentry-cli/issues/844', 'issue', 'other', 'other', 'This seems like a bug to me. If I logged into my own server using `--url`, the default behaviour should be to place that URL in `.sentryclirc` along with the auth token.', False),
    ('https://github.com/ghaiklor/telegram-bot-github/issues/1', 'issue', 'other', 'none', 'Notify user if token is invalid\n\nSome users can copy paste token wrong and think that bot is active. Need to notify all 401 codes to users once.', False),
    ('https://github.com/evaera/RoVer/pull/236', 'issue', 'other', 'other', 'What... why are you leaking your bot token. And why are you pushing this.', True),
    ('https://github.com/evaera/RoVer/pull/236', 'issue', 'other', 'other', "Considering this is their first pull request, I'm guessing they didn't know what making a pull request did? maybe....\nregardless, that token should be regenerated (and not pushed to github in the first place)", True),
    ('https://github.com/evaera/RoVer/pull/236', 'issue', 'other', 'other', 'Probably. I tried to contact the user in Discord about how they just leaked their bot token, and should regenerate it, but to no avail, I just hope they read this.', True),
    ('https://github.com/evaera/RoVer/pull/236', 'issue', 'other', 'none', "LOL sorry lads, it's not a real token.", False),
    ('https://github.com/uptime-com/terraform-provider-uptime/issues/29', 'issue', 'complaint', 'other', "Authentication Error on Terraform Apply\n\nI'm getting errors when uptime modules are invoked from pipeline agents, running locally it works out as expected. \nThe plan is executed it successfully, however on Terraform Apply I got this:", False),
    ('https://github.com/hashicorp/terraform-provider-tfe/issues/174', 'issue', 'other', 'none', "Provider creates plans when authentication fails\n\nRather than failing, this provider silently ignores authentication plans and creates plans. Since it can't see the resources in the organization when refreshing state it instead attempts to recreate them.", False),
    ('https://github.com/hashicorp/terraform-provider-tfe/issues/174', 'issue', 'other', 'other', 'What exactly is your auth failure? Terraform providers should not ignore rejected credentials, e.g. HTTP 401 and 403 errors. However, they do handle 404 errors by assuming the resource needs to be created.', False),
    ('https://github.com/hashicorp/terraform-provider-tfe/issues/174', 'issue', 'other', 'none', "In this case I forgot to put an authentication token at all. If there is no auth token I feel that the project should fail immediately, since it is impossible to write/create resources without write access (and you can't have write access without the auth token).", False),
    ('https://github.com/cloudflare/terraform-provider-cloudflare/issues/6532', 'issue', 'complaint', 'other', 'Every resource suddenly returns Authentication error (10000)\n\nRunning provider version `4.26.0`, but tried upgrading to `4.52.5` with no success. A `terraform plan` run will return a `Authentication error (10000)` on every resource today. These errors were not present yesterday. Our API token has not expired according to the Cloudflare Admin panel.', False),
    ('https://github.com/cloudflare/terraform-provider-cloudflare/pull/7023', 'issue', 'other', 'other', 'fix(tokens): Handle revoked and expired tokens\n\nTokens can now be in an expired or revoked state. Terraform would not gracefully handle this however.', False),
    ('https://github.com/poseidon/typhoon/issues/165', 'issue', 'other', 'other', 'DigitalOcean revoked token\n\n## Bug\n\nWhen using a revoked/invalid API token on DigitalOcean, a unrelated error message is displayed.', False),
    ('https://github.com/superfly/flyctl-actions/issues/40', 'issue', 'complaint', 'other', "shows ‘flyctl auth login’ error when deploying application in github actions\n\nI receive this error message `No access token available. Please login with 'flyctl auth login'", False),
    ('https://github.com/dwyl/elixir-auth-github-demo/issues/57', 'issue', 'complaint', 'other', "Deploy to Fly.io failing\n\n> Error No access token available. Please login with 'flyctl auth login'\n\nSee the action failing for the main branch: https://github.com/dwyl/elixir-auth-github-demo/actions/runs/4162831180/jobs/7202511438", False),
    ('https://github.com/dwyl/elixir-auth-github-demo/issues/57', 'issue', 'other', 'none', 'Rerun the action to deploy, fixed', False),
    ('https://github.com/superfly/docs/issues/1065', 'issue', 'complaint', 'other', 'GH Actions Deployment instructions don\'t work: generated token is not usable\n\nThe [Continuous Deployment](https://fly.io/docs/app-guides/continuous-deployment-with-github-actions/) page mentions generating a token via `fly tokens create deploy -x 999999h` for GitHub Actions. However, if I use that token, it doesn\'t work: I get the "Could not find App" error.', False),
    ('https://github.com/superfly/docs/issues/1065', 'issue', 'other', 'other', 'Hey @anatoliykmetyuk, just to clarify, when you ran into the error `Could not find App` where you in the right directory when running the command- `fly tokens create deploy -x 999999h`? When you "used the token", where or how were you using it?', False),
    ('https://github.com/GiteaBot/gitea-backporter/issues/24', 'issue', 'complaint', 'other', 'Fly deployment failed\n\nhttps://github.com/GiteaBot/gitea-backporter/actions/runs/4584934309/jobs/8096741750', False),
    ('https://github.com/GiteaBot/gitea-backporter/issues/24', 'issue', 'other', 'other', 'From fly.io "These kinds of tokens are an entirely new concept! We\'re still working out the kinks. We\'ll do our best, but we may have reset these tokens periodically while we get things right."\n\nOur token was probably reset. I\'ve generated a new one and added it.', False),
    ('https://github.com/superfly/fly-pr-review-apps/issues/60', 'issue', 'complaint', 'other', "Error: Not authorized to deploy this app.\n\nIs the error I get when I try to run this workflow. I'm using the same `FLY_API_TOKEN` that I'm using to successfully deploy my `main` branch to fly. What am I doing wrong?", False),
    ('https://github.com/i-dot-ai/redbox/pull/751', 'issue', 'other', 'other', "Changed slack integration to use webhook url instead of bot token\n\n## Context\n\nWe couldn't get the slack bot token back, so I've changed the slack integration to use the webhook url instead from a slack app to make it recoverable.", False),
    ('https://github.com/segment-any-text/wtpsplit/issues/169', 'issue', 'other', 'other', 'Potential Exposure of GitHub Access Token\n\nHello,\n\nWe are a group of security researchers conducting an analysis of publicly available resources to assess common misconfiguration risks.\n\nDuring our research, we came across a GitHub access token exposed in a public configuration', True),
    ('https://github.com/gautamajay52/TorrentLeech-Gdrive/pull/266', 'issue', 'other', 'none', '# You just leaked Your Credentials Here now people are gonna Abuse It 😉', True),
    ('https://github.com/gautamajay52/TorrentLeech-Gdrive/pull/266', 'issue', 'other', 'none', 'revoke your token', False),
    ('https://github.com/RodolfoFerro/DisAtBot/issues/1', 'issue', 'other', 'none', 'You are leaking your tokens in credentials.py\n\nDon\'t commit the real config file, instead just commit a dummy file.\nE.g. "credentials.py.here" and add credentials.py to the gitignore.', True),
    ('https://github.com/tonythomas01/gdrive-to-commons/issues/2', 'issue', 'other', 'other', "Potentially leaking keys, secrets and tokens\n\nHi Tony, I'm not 100% sure what this project is about, but I just quickly browsing through it, quite somes keys, secrets and tokens of Google Accounts and Mediawiki are exposed.", True),
    ('https://github.com/tonythomas01/gdrive-to-commons/issues/2', 'issue', 'other', 'none', 'Thank you for reporting @David-Wobrock. It definitely was a mistake to put it up there. Ideally the app should pull it from the env variables or some other secrets server.', True),
    ('https://github.com/freyacodes/archived-bot/pull/45', 'issue', 'other', 'other', "Never push your bot token, bot secret or Google API key on a public git repository. These credentials can be seen by anyone and can't be easily removed from git history.", False),
]
