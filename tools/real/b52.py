# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 52 (mine-b, round 2): short, messy complaints in issue threads —
# one-line "+1"s, "any updates on that?", "it shows out of sync !! what's
# wrong ??", "Disconnects and reconnects on its own" — about Mailchimp,
# HubSpot, Salesforce, Discord and Twitch connections; and the replies next
# to them: "is this still an issue?", "fixed the sync", "my fault", "GitHub
# is not the place for support", display bugs after linking.
ROWS = [
("https://github.com/PipedreamHQ/pipedream/issues/10670","issue","complaint","other","Discord integration is not working. I have a workflow that uses the integration with Discord to listen for incoming messages, and it stopped working since yesterday. I tried to reconnect the account and I can't even list the channels.",False),
("https://github.com/cabberley/HA_AemoNemData/issues/10","issue","complaint","other","Integration not working. Around 21:00 AEST 05/05/2025, the integration has stopped updating. Thinking there's possibly been a change to the AEMO file being ingested? Can anyone else confirm this is the case & it's not just my setup?",False),
("https://github.com/cabberley/HA_AemoNemData/issues/10","issue","other","other","This is a data issue with the AEMO NEM site. It appears to be broken atm.",False),
("https://github.com/LF-Decentralized-Trust-labs/gitmesh/issues/228","issue","complaint","other","bug: Discord integration is unstable. Discord events and data syncing are unreliable or failing intermittently.",False),
("https://github.com/hicommonwealth/commonwealth/issues/7146","issue","other","other","Discord Integration doesn't update after linking. If you link Discord from the manage integrations page, the page will not display the integration after successfully linking Discord unless you refresh.",False),
("https://github.com/Chatterino/chatterino2/issues/1762","issue","other","other","\"Login expired! Try logging in again.\" Error just now (fixed by signing in again)",False),
("https://github.com/Chatterino/chatterino2/issues/1762","issue","complaint","other","Mine expired today. Might've been a change that twitch made. Wouldn't surprise me",False),
("https://github.com/Chatterino/chatterino2/issues/1762","issue","other","none","Because we store credentials on the client (your computer), there's no way that I know of to keep the token refreshed properly. Tokens expire after a while,",False),
("https://github.com/SaviorXTanren/mixer-mixitup/issues/6","issue","complaint","none","Bot Account logged out on random occasions when starting up. Most likely due to OAuth token expiration, though not sure why it's not refreshing properly.",False),
("https://github.com/lavab/web/issues/586","issue","other","none","Auth token expired, please login again. Currently it just terminates connection...",False),
("https://github.com/ovh-ux/ovh-chatbot/issues/7","issue","other","none","Manage token auth expiration. Is it possible to reply when an auth token is expired please,",False),
("https://github.com/datacite/datacite/issues/1313","issue","complaint","other","Salesforce sync still broken? In the support meeting today, Britta reported that since July 14th, since MDS password was changed, the salesforce sync still seems to be broken.  She said it sync'ed once after that, and then never again.",False),
("https://github.com/datacite/datacite/issues/1313","issue","other","none","@MaryHirsch I have moved a fix for this to production.",False),
("https://github.com/MinnPost/object-sync-for-salesforce/issues/324","issue","complaint","other","Not generating any sync requests. We installed the plugin on a brand new bare WP site.  The salesforce connection is working fine but for field mapping but there is no evidence that a sync occurs.",False),
("https://github.com/MinnPost/object-sync-for-salesforce/issues/324","issue","other","none","In general GitHub is not the place for support requests so I’m going to close this.",False),
("https://github.com/MinnPost/object-sync-for-salesforce/issues/172","issue","complaint","other","Changed SF sandbox, using same App. Now users aren't syncing.",False),
("https://github.com/tasks/tasks/issues/510","issue","complaint","none","Sync not working. On samsung note3 the sync is set to hourly...last sync is on the day I installed  the  application",False),
("https://github.com/tasks/tasks/issues/510","issue","other","none","As I continued to troubleshoot my issue I must admit this was my fault.  I had sync turned off on my phone.  Sorry for the interuption.",False),
("https://github.com/msupply-foundation/mobile/issues/89","issue","complaint","none","Doesn't seem to be syncing - sync error. Last sync... On the Mobile 10 store.",False),
("https://github.com/alex-peck/monarch-amazon-sync/issues/26","issue","complaint","other","Sync not working. Hello. I keep getting the error message that orders are not found when I run a manual sync. Any ideas why? Both connections to Monarch and Amazon are green.",False),
("https://github.com/alex-peck/monarch-amazon-sync/issues/26","issue","complaint","none","I'm getting this error",False),
("https://github.com/strangerstudios/pmpro-mailchimp/issues/34","issue","complaint","other","Simply put --- The Mailchimp sync doesn't work. Lists appear okay for all levels, They just don't sync. This doesn't make me want to sign up for a paid account!",False),
("https://github.com/strangerstudios/pmpro-mailchimp/issues/34","issue","other","none","Should be fixed in v2.1.1",False),
("https://github.com/nopSolutions/mailchimp-plugin-for-nopcommerce/issues/12","issue","complaint","other","Any updates on that? Just tried the Plugin, the Customers are synchronised to Mailchimp, but the subscribed ones are not subscribed :/",False),
("https://github.com/nopSolutions/mailchimp-plugin-for-nopcommerce/issues/12","issue","complaint","none","Same problem. See my comment here https://github.com/nopSolutions/mailchimp-plugin-for-nopcommerce/issues/11#issuecomment-625148478",False),
("https://github.com/mailchimp/mc-woocommerce/issues/504","issue","complaint","other","mailchimp for woocommerce is not syncing. I have this problem with plugin synchronization. I can access perfectly and access my mailchimp lists but it never synchronizes.",False),
("https://github.com/mailchimp/mc-woocommerce/pull/414","issue","other","none","Fixed a bug where a new order wasn't being synced",False),
("https://github.com/withoneai/pica/issues/335","issue","complaint","other","HubSpot Integration is not working. HubSpot integration in add integration is not working it shows : Couldn’t complete the connection Authorization failed because the provided scopes are insufficient. Please contact the app developer.",False),
("https://github.com/activepieces/activepieces/issues/420","issue","complaint","other","[BUG]: HubSpot Authentication Doesn't Work. I connect my HubSpot account, then save the authentication, it errors and nothing happens.",False),
("https://github.com/n8n-io/n8n/issues/20504","issue","complaint","other","Failed to connect n8n to HubSpot. When I try to connect the n8n tool to HubSpot to create a flow, I always get the same parameter error, but everything is configured correctly in the HubSpot app.",False),
("https://github.com/microsoft/PowerPlatformConnectors/issues/2507","issue","complaint","other","HubSpot CRM issue. Api Name - shared_hubspotcrm Bug description -Failed to authenticate with Hubspot.",False),
("https://github.com/microsoft/PowerPlatformConnectors/issues/2507","issue","other","other","CCing @jopanchal and @Amjed-Ayoub. Can you find out if the OAuth client ID has hit a rate limit from HubSpot?",False),
]
