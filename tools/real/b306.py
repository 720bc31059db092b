# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 306 (mine-iss9): issue voice, everyday bug reports where a connection, sync or
# credential between two systems broke, with the near misses from the same threads. All
# rows come from GitHub issue threads (excerpts read through the `issues` search corpus) of
# repositories no earlier batch used (each checked with grep on github.com/OWNER/REPO in
# tools/real/*.py): Obsidian plugins syncing with cloud services (agile-task-notes/Jira,
# dida-sync/TickTick, Custom Frames/Todoist, Omnivore, Granola sync), Alfred workflows
# (Bear, Microsoft To Do, clipboard OCR, Slack, Todoist), VS Code extensions (Azure DevOps
# pull requests, Settings Sync with GitHub gists, GitLens/GitLab, ShareCode/GitLab,
# Atlassian Jira/Bitbucket) plus a JetBrains Azure DevOps plugin (dorkag) and an Azure
# DevOps client (Paol0B/AzureDevOps), the Azure DevOps marketplace publish task, browser
# bookmark sync (floccus, Nextcloud Bookmarks), self-hosted dashboards (gethomepage widgets,
# the Beszel integration of Homepage), CI/deploy tokens (action-netlify-deploy, Netlify
# deploy from CircleCI, a Netlify release token, a site deploy failing on "Bad
# credentials"), and a CRM integration bug filed by a triage bot (Cal-ID/Pipedrive).
# Shapes kept: "was working until ... now nothing", "Highlight import not working ...
# simply not importing when I run Sync anymore", "a couple of days later it stopped
# working", "After a few hours, I lose connection", "Homepage ... widget integration no
# longer works", "after many successful syncs I'm now unable to get this to work" with a
# pasted 401, "Invalid / Expired GitHub Token", "Bad credentials", "Token is wrong or
# expired", "Access token invalid or no longer valid", a few-word "+1" ("Hi, same here !",
# "I've got the same problem. Has anyone a solution?", "It started for me failing for me
# too, just this morning").
# Near misses from the same threads: maintainer questions ("I assume you had it working
# prior to today?", "Are you using a normal username or an email address to
# authenticate?", "Are you still experiencing it?"), fixes and release notes ("Fixed in
# 0.0.12.", "The latest releases (>1.0.7) should fix this", "I updated the workflow to
# version 3.1.6 which fixes that problem"), "works now" follow-ups ("So I went into netlify
# and deleted the access token and re-created a new one. Now its working", "Ok, I removed
# the integration. Started the process again and it worked!", "I try again, and it works",
# "Site is back building again"), "my mistake" (dida-sync: "写成了 dida，但我用的其实是
# ticktick" - "I wrote dida in the front matter but I actually use TickTick"), thanks, and
# set-up advice.
# Doubts: gitkraken/vscode-gitlens #4240 is a bug filed by a GitKraken developer as a
# reproduction recipe ("When a cloud integration token expires mid-session, we do not
# attempt to refresh it") - other, a dev task rather than a user reporting a failure now
# (b299 labelled "OAuth - handle 401 errors" the same way). onehashai/Cal-ID #1271 is a
# bot-triaged Pipedrive bug: the integration works but creates no deals and needs two clicks
# to disconnect - other (missing feature of a working integration). nampham2101/child-care-v2
# #108 is an owner's own task, but it reports the deploy "can no longer authenticate to
# Netlify" now - complaint. bjrnt/alfred-bear #10 pastes "The provided token is not valid" on
# first install and asks where the token comes from - complaint (credential rejected while
# connecting), though it reads half like a how-to. johandebeurs/alfred-mstodo-workflow #11
# ("Password not found ... stopped working") is kept as a complaint: the thread's log shows a
# token refresh failing, the excerpt only the quiet stop. Paol0B/AzureDevOps #17 "I can
# confirm it works great ... the listed/suggested scopes are not enough" - other (works, a
# documentation remark). The maintainer question "You're saying they
# completely broke their api?" (gethomepage #2661) - other. floccus #428's maintainer advice
# names Nextcloud - integration other. Integration 'other' where the excerpt names the
# product (Jira, Todoist, Google, Obsidian, Azure DevOps, Marketplace, GitHub, GitLab,
# Homepage, Unifi, Nextcloud, Firefox/floccus, Granola, Netlify, CircleCI, Bitbucket,
# Pipedrive, TickTick), else 'none'. Languages: zh (4 rows: dida-sync x3, alfred-clipboard-ocr
# whose prose is Chinese around an English log). No exposure.
ROWS = [
('https://github.com/BoxThatBeat/obsidian-agile-task-notes/issues/17', 'issue', 'complaint', 'other', "Getting a 401 when I try to sync with Jira\nI am getting a 401 error when I try to sync  with Jira. Wondering if something changed on their API recently. I can look into this myself, but wanted to pin it here in case others are having the same problem.", False),
('https://github.com/BoxThatBeat/obsidian-agile-task-notes/issues/17', 'issue', 'other', 'none', "Weird, I just tried and it worked for me. I assume you had it working prior to today?", False),
('https://github.com/eightHundreds/obsidian-dida-sync/issues/14', 'issue', 'complaint', 'none', "同步不成功 显示返回 401\n按照文档设置之后，进行同步时，发现 notification 显示返回 401，同步不成功。", False, 'zh'),
('https://github.com/eightHundreds/obsidian-dida-sync/issues/14', 'issue', 'other', 'none', "有没有可能是你的账号密码错误? 我这边还是能用", False, 'zh'),
('https://github.com/eightHundreds/obsidian-dida-sync/issues/14', 'issue', 'other', 'other', "@eightHundreds 我终于发现问题了，是因为我在 front matter 里写成了 dida，但我用的其实是 ticktick。。。😂\n不好意思麻烦了，谢谢！", False, 'zh'),
('https://github.com/Ellpeck/ObsidianCustomFrames/issues/79', 'issue', 'complaint', 'other', "The Google token is invalid or oudated.\nI cannot re-login to Todoist via Google login. It shows this error:", False),
('https://github.com/Ellpeck/ObsidianCustomFrames/issues/79', 'issue', 'other', 'none', "Hi! Sorry that it took so long for a response, it seems that this issue got lost in the shuffle somehow. Unfortunately, I am unable to reproduce this issue. Are you still experiencing it?", False),
('https://github.com/omnivore-app/obsidian-omnivore/issues/177', 'issue', 'complaint', 'other', "Highlight import not working in Obsidian\nI have the Obsidian plug-in installed and it used to work perfectly, but my highlights are simply not importing when I run \"Sync\" anymore. I get the \"Fetching articles... Articles fetched\" dialogue box, but no highlight notes are created. The \"Last sync\" time in the plug-in settings updates as well.", False),
('https://github.com/omnivore-app/obsidian-omnivore/issues/177', 'issue', 'other', 'none', "I was able to fix it by setting Filter to \"Advanced\" and entering \"in:all has:highlights\" as the custom query. Shout-out to the Discord.", False),
('https://github.com/ankitbko/vscode-pull-request-azdo/issues/18', 'issue', 'complaint', 'other', "Authentication Error using PAT\n- Extension version: v0.0.11\n- VSCode Version: 1.53.0\n- OS: Windows\n\nSteps to Reproduce:\n\n1. Create a PAT token in Azure Devops with scopes: Code: Read & Write, Pull Request Threads: Read & Write\n2. Try signing in to Azure Devops using the PAT.\nError:", False),
('https://github.com/ankitbko/vscode-pull-request-azdo/issues/18', 'issue', 'other', 'none', "Fixed in 0.0.12.", False),
('https://github.com/edgafner/dorkag/issues/60', 'issue', 'complaint', 'other', "Get 401 back even though I provide a full access PAT\n**Describe the bug**\nI go through the process of creating a personal access token (PAT) in azure devops. After copying the PAT into the provided field of the plugin and I try to pull requests, I get shown an error:", False),
('https://github.com/edgafner/dorkag/issues/60', 'issue', 'other', 'none', "No. \n\nDid you create the PAT with All\nOrganization Access as I documented? \n\nIf not you need to create one and if yes check that in case you using ssh the clone with ssh checkbox is enabled. \n\nPlease let me know if one of these fixed the issue.", False),
('https://github.com/Paol0B/AzureDevOps/issues/17', 'issue', 'other', 'none', "I can confirm it works great, thanks a lot! Only thing is the listed/suggested scopes are not enough for the extension. To fetch work items you also need the work item (read) permission and to fetch pipelines apparently something else (I did not find out which, but full access works, so need to look into that here).", False),
('https://github.com/Paol0B/AzureDevOps/issues/17', 'issue', 'complaint', 'none', "Hmm for some reason it has worked once (with a PAT) but not anymore?\n\nIt says 401 Authentication failed in the elements:", False),
('https://github.com/microsoft/azure-devops-extension-tasks/issues/90', 'issue', 'complaint', 'other', "error: Received response 401 (Not Authorized).\nGetting this error when trying to publish to Marketplace. \n2018-09-20T08:38:53.9213932Z error: Received response 401 (Not Authorized). Check that your personal access token is correct and hasn't expired.", False),
('https://github.com/microsoft/azure-devops-extension-tasks/issues/90', 'issue', 'complaint', 'none', "I've got the same problem. Has anyone a solution?", False),
('https://github.com/microsoft/azure-devops-extension-tasks/issues/90', 'issue', 'other', 'none', "I was getting the same error running from the command line, finally found the issue - when you create the pat token, in the organisations drop down make sure its \"All accessible [your org] organizations\" - then it worked for me....", False),
('https://github.com/gitkraken/vscode-gitlens/issues/2949', 'issue', 'complaint', 'other', "Wrong \"Invalid/expired Gitlab token\" keeps popping up\n### Description\n\nVSCode 1.83.0, WSL2 on Windows 11\n3 gitlab remotes (3 different repos in the same account, under the same user and same token), the token has permissions for all the remote repos.\n\nAfter entering a valid token, the pop-up appears within 10 sec. All remotes requiring the token work fine, pull/push etc. \nSame after reinstalling the Gitlens addon, switching to pre-release version, and generating a brand new token.\n\nThis started around October 1st, 2023.", False),
('https://github.com/gitkraken/vscode-gitlens/issues/2949', 'issue', 'other', 'none', "Sorry for the delay here, can you please enable debug logging by running the _GitLens: Enable Debug Logging_ command from the Command Palette", False),
('https://github.com/gitkraken/vscode-gitlens/issues/4240', 'issue', 'other', 'other', "When a cloud integration token expires mid-session, we do not attempt to refresh it\n### Description\n\n1. Connect a cloud integration (like GitLab).\n2. Keep the current window open until the token expires (for GitLab, 2 hours)\n3. Attempt to use the integration (for example, view GitLab PRs in Launchpad)", False),
('https://github.com/tigerxy/VSCode-ShareCode/issues/14', 'issue', 'complaint', 'other', "gitlab token expired\nHi, \nI'm trying to share code snippets on gitlab but I received always this error message : \"Token is wrong or expired. Please renew it.\" I  tried to generate a new Token but I have the same problem .", False),
('https://github.com/tigerxy/VSCode-ShareCode/issues/14', 'issue', 'complaint', 'other', "Hi, same here ! User GitLab enterprise.", False),
('https://github.com/henrygd/beszel/issues/336', 'issue', 'complaint', 'other', "Homepage Dashboard integration broken after 0.9.0 update\nDid the api endpoint change on the latest update?\n[Homepage](gethomepage.dev) widget integration no longer works.", False),
('https://github.com/henrygd/beszel/issues/336', 'issue', 'other', 'none', "No need to apologize! Thank you for your work!", False),
('https://github.com/gethomepage/homepage/issues/1452', 'issue', 'complaint', 'other', "Unifi service doesn't work after update to 3.0.20\n### Description\n\nAfter Unifi OS was updated to 3.0.20 last night the integration on homepage no longer works.", False),
('https://github.com/gethomepage/homepage/issues/2661', 'issue', 'other', 'none', "You’re saying they completely broke their api? Before I waste some time looking into this do you have a link with evidence of this? I didn’t see anything in the release notes", False),
('https://github.com/bjrnt/alfred-bear/issues/10', 'issue', 'complaint', 'none', "On first install get error message about token\nHi, new to Alfred workflows - I've installed the workflow and on first time searching I get the following error in a finder popup:\n\nThere is no application set to open the URL xcall066958CA://x-callback-url/handle-error?error-Code=3&errorMessage=The%20provided%20token%20is%20not%20valid&errorDomain=The%20provided%20token%20is%20not%20valid&.", False),
('https://github.com/bjrnt/alfred-bear/issues/10', 'issue', 'other', 'none', "Hi, I suspect you might not be on the latest version of the workflow. Could you try removing it and ensuring that you're on the [latest version](https://github.com/bjrnt/alfred-bear/releases/tag/v3.0)? Hope this helps! :)", False),
('https://github.com/johandebeurs/alfred-mstodo-workflow/issues/11', 'issue', 'complaint', 'none', "Password not found\nI'm having the issue below shown below. The workflow worked initially when I installed it and a couple of days later it stopped working.", False),
('https://github.com/oott123/alfred-clipboard-ocr/issues/13', 'issue', 'complaint', 'none', "Access token invalid or no longer valid\nAlfred版本:4.3.4(1229)\n错误日志:\n[09:22:18.374] ERROR: OCR Clipboard[Run Script] request failed, clear credentials cache and try again\nAccess token invalid or no longer valid", False, 'zh'),
('https://github.com/fspinillo/slackfred/issues/28', 'issue', 'complaint', 'none', "Problem to auth token\nI have created a token for my team and typed `stl API-TOKEN` (with the correct API token). Debugging your workflow I get this message:", False),
('https://github.com/fspinillo/slackfred/issues/28', 'issue', 'other', 'none', "If you open up keychain access and search for alfredv2, are there any keys there?", False),
('https://github.com/moranje/alfred-workflow-todoist/issues/21', 'issue', 'other', 'none', "You are right. Thanks for creating an issue. I updated the workflow to version 3.1.6 which fixes that problem. It had to do with JSON not being parsed correctly, which messed up the way token was checked.", False),
('https://github.com/shanalikhan/code-settings-sync/issues/408', 'issue', 'complaint', 'other', "Keep on getting \"Invalid / Expired GitHub Token\" message when trying to download\nI have follow the steps several times and keep getting this error message:\nSync : Invalid / Expired GitHub Token. Please generate new token with scopes mentioned in readme. Exception Logged in Console.", False),
('https://github.com/shanalikhan/code-settings-sync/issues/215', 'issue', 'complaint', 'none', "error message:\n{\"message\":\"Bad credentials\",\"documentation_url\":\"https://developer.github.com/v3\"}\n\nI can't download the setting \n\ni am sure the account and gist id are correct", False),
('https://github.com/shanalikhan/code-settings-sync/issues/215', 'issue', 'other', 'other', "sometimes it happens alot of users face such problem in github token, this is the their API exception , you need to create new token and try again", False),
('https://github.com/shanalikhan/code-settings-sync/issues/397', 'issue', 'other', 'none', "@shanalikhan I try again, and it works. Before, When I copy the gist, some number else  appended to the tail. Thank you anyway.", False),
('https://github.com/floccusaddon/floccus/issues/694', 'issue', 'complaint', 'other', "sync fails since upgrade of Floccus to 4.4.1\n**Describe the bug**\nSince I upgraded our Nextcloud server to from 18.0.7 to 19.0.4 the floccus sync fails.", False),
('https://github.com/floccusaddon/floccus/issues/694', 'issue', 'complaint', 'other', "I have the same issue. I think I just upgraded my Firefox addon to version 4.4.1 before this started happening. Nothing was changed on my nextcloud backend.", False),
('https://github.com/floccusaddon/floccus/issues/428', 'issue', 'other', 'other', "Also, you could try creating an app password for floccus in nextcloud and use that, to see if your password might be causing trouble for some reason.", False),
('https://github.com/nextcloud/bookmarks/issues/994', 'issue', 'complaint', 'none', "@marcelklehr I confirm that the problem persists with version 3.0.8 (E018: Couldn't authenticate with the server). I have TOTP activated.", False),
('https://github.com/nextcloud/bookmarks/issues/994', 'issue', 'other', 'none', "Are you using a normal username or an email address to authenticate?", False),
('https://github.com/tomelliot/obsidian-granola-sync/issues/2', 'issue', 'complaint', 'other', "Sync Failing\nHi, after many successful syncs I'm now unable to get this to work:\n\nplugin:granola-sync:263 Error fetching documents: Error: Request failed, status 401", False),
('https://github.com/tomelliot/obsidian-granola-sync/issues/2', 'issue', 'complaint', 'other', "It started for me failing for me too, just this morning.\n\nGranola sync error: Authentication failed. Your access token may have expired. Please update your credentials file.", False),
('https://github.com/tomelliot/obsidian-granola-sync/issues/2', 'issue', 'other', 'other', "Hey folks - just seeing this issue now. The latest releases (>1.0.7) should fix this. The token for the Granola API was being fetched when Obsidian was opened (so it could be stale by the time the sync happens). Now it's getting fetched when the sync occurs.\nLet me know if it's still an issue.", False),
('https://github.com/jsmrcaga/action-netlify-deploy/issues/17', 'issue', 'complaint', 'other', "Logging into your Netlify account\nAll of the sudden my builds are failing with `Logging into your Netlify account`.", False),
('https://github.com/jsmrcaga/action-netlify-deploy/issues/17', 'issue', 'other', 'other', "Sorry it took so long. So I went into netlify and deleted the access token and re-created a new one. Now its working", False),
('https://github.com/adambard/learnxinyminutes-docs/issues/5305', 'issue', 'complaint', 'none', "Site deployment failing - Bad credentials\nIt looks like the site deployment has been failing for the last month, apparently due to \"Bad credentials\":", False),
('https://github.com/adambard/learnxinyminutes-docs/issues/5305', 'issue', 'other', 'none', "Thanks for the heads up! Site is back building again.", False),
('https://github.com/clojure-emacs/clojuredocs-export-edn/issues/1', 'issue', 'complaint', 'other', "401 Unauthorized on deploying\nDeploying operation seems failing recently.\nI noticed that logs in CircleCI shows `401 Unauthorized` on deploying.", False),
('https://github.com/clojure-emacs/clojuredocs-export-edn/issues/1', 'issue', 'other', 'other', "I think I got it. Generated a personal token, replaced the old one with CircleCI with the new one and now it works. I'm guessing only the owner of the team has deployment access on the basic plan. I don't know.", False),
('https://github.com/nampham2101/child-care-v2/issues/108', 'issue', 'complaint', 'other', "[owner] rotate the Netlify token the release deploy step uses\nThe release workflow's deploy step can no longer authenticate to Netlify. The gate ahead of it passes; the deploy fails immediately with `Unauthorized: could not retrieve project`.", False),
('https://github.com/nampham2101/child-care-v2/issues/108', 'issue', 'other', 'none', "Done. A new token is in the `NETLIFY_AUTH_TOKEN` secret, and the release path is proven green end to end:", False),
('https://github.com/atlassian/atlascode/issues/1635', 'issue', 'complaint', 'other', "Jira and Bitbucket keep disconnecting\n**Describe the bug**\nAfter a few hours, I lose connection to both Jira and Bitbucket \n\n**To Reproduce**\nSteps to reproduce the behavior:\n1. Sign into Jira and Bitbucket using OAuth\n2. Develop\n3. Try to commit or view tickets\n4. Notification that connection to Bitbucket or OAuth is missing\n\n**Expected behavior**\nAs recently as a few weeks ago, I could stay logged in for a month or more", False),
('https://github.com/atlassian/atlascode/issues/1635', 'issue', 'complaint', 'other', "Yes, this just started happening for me too, a right pain! I\n\nIn my Atlassian UI Settings -> Bitbucket tab, it says \"Credential Error\" in the hover popup.", False),
('https://github.com/atlassian/atlascode/issues/35', 'issue', 'other', 'none', "Ok, I removed the integration. Started the process again and it worked!", False),
('https://github.com/onehashai/Cal-ID/issues/1271', 'issue', 'other', 'other', "Pipedrive: no deal creation on booking, disconnect needs two clicks\n## Summary\nThe Pipedrive CRM integration has two defects. First, CrmService.createEvent only creates Pipedrive activities (meetings), not deals — PipedriveApiClient has no createDeal method, so bookings never produce Pipedrive deals.", False),
]
