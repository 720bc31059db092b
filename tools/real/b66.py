# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 66 (mine-a, round 3): shop owners and marketers saying that orders,
# contacts or events don't show up in the email/CRM tool any more, without
# an error to paste: WooCommerce orders missing in Mailchimp, Klaviyo
# "Placed Order" never arriving, Sendinblue/Brevo lists that stop filling
# (also in French), Sendy sign-ups spinning forever with "me too"s, Outlook
# to Google calendar sync that "no longer syncs", TbSync asking for the
# password in a loop, HubSpot/Pipedrive connectors that won't reconnect; and
# the replies: "Should be fixed in 1.3.25", "this seems to work, thanks",
# "I was doing it incorrectly. please ignore."
ROWS = [
("https://github.com/mailchimp/mc-woocommerce/issues/765","issue","complaint","other","WooCommerce Orders not transparent with Mailchimp Transactional email Audience. I have 305 WooCommerce orders. My Mailchimp audience is 206 contacts 166 of them are subscribers. Of the 166 subscribers: 67 did place a WooCommerce order but the order details are not showing in Mailchimp"),
("https://github.com/mailchimp/mc-woocommerce/issues/765","issue","other","other","@SpencerBarron the first thing that I would recommend would be to open up your plugin logs, switch to DEBUG mode - maybe run a re-sync... and search for the emails in question."),
("https://github.com/mailchimp/mc-woocommerce/issues/1379","issue","complaint","other","I dont see this person in Mailchamp under purchased products. Can you see if something went wrong with the sync"),
("https://github.com/mailchimp/mc-woocommerce/issues/1379","issue","complaint","none","Now i look better i cant find this person at all in mailchimp"),
("https://github.com/mailchimp/mc-woocommerce/issues/1379","issue","other","other","For order id `237185 ` the product id `237114` included in the line items has synced over to Mailchimp as seen in the API. When you say \"I dont see this person in Mailchamp under purchased products.\" is that in reference to segmenting in Mailchimp?  If so that is something that is something the integration doesn't control."),
("https://github.com/vtex-apps/store-discussion/issues/580","issue","complaint","other","[klaviyo-pixel] :: server-side tracking API events does not occur. The backend events of klaviyo-pixel are not occurring for the Siman client. There is no action required to reproduce the error. Basically you have to buy a product, but in the klaviyo this data does not reach."),
("https://github.com/klaviyo/php-klaviyo/issues/35","issue","complaint","other","Event \"Ordered Product\" not all product items tracked. I have 4 items in my order and not all products are tracked when sending the event \"Ordered Product\". only 2 events are sent to Klaviyo regarding \"Ordered Product\" when checking through the Klaviyo backend inside my customer profile."),
("https://github.com/klaviyo/php-klaviyo/issues/35","issue","complaint","none","@kamil-klasicki no support?"),
("https://github.com/klaviyo/php-klaviyo/issues/35","issue","other","other","Hi @DannyDan could you share the calls you're making w/ some event data?  If you don't feel comfortable sharing here, please write into our support and our team will take this so we can troubleshoot further for your specific account issue."),
("https://github.com/fluentform/fluentform/issues/33","issue","complaint","other","Sendinblue add to list issue. Contact is not added when email exist in any other list in Sendinblue. In entires log there is message \"Contact already exist\"."),
("https://github.com/verbb/formie/issues/403","issue","complaint","other","Contact not added to SendInBlue list. I am seeing a contact added to SendInBlue and the field mappings are working as expected. However the contact is not added to the list selected."),
("https://github.com/verbb/formie/issues/403","issue","other","none","Should be fixed in [1.3.25](https://github.com/verbb/formie/releases/tag/1.3.25)"),
("https://github.com/verbb/formie/issues/1541","issue","complaint","other","Brevo Integration (Sendinblue) 400 Error. I'm currently adding the brevo integration in a project. However, after adding the API key, when testing the integration (save + refresh) I get the following error:"),
("https://github.com/verbb/formie/issues/1541","issue","complaint","none","Hey @engram-design! Is there any news on this issue or an estimation on when you could look into it?"),
("https://github.com/mission-apprentissage/labonnealternance/issues/4261","issue","complaint","other","La liste Brevo PRODUCTION contacts entreprises #672 ne semble pas se mettre à jour. La dernière création (que je présume être la date d'import) est au 27/02/2026.",False,"fr"),
("https://github.com/mission-apprentissage/labonnealternance/issues/4261","issue","complaint","other","Hello @alanlr après vérification sur brevo; la création du dernier contact remonte toujours au 27/02/2026",False,"fr"),
("https://github.com/CrystalAsia/sendywpcf/issues/2","issue","complaint","none","Not subscribing. I followed the instructions but when i press submit, the circle keeps spinning and no user is added to the list. I dont use double optin."),
("https://github.com/CrystalAsia/sendywpcf/issues/2","issue","complaint","none","Exactly same thing here. Any idea?"),
("https://github.com/CrystalAsia/sendywpcf/issues/2","issue","complaint","none","Me too, same here."),
("https://github.com/CrystalAsia/sendywpcf/issues/2","issue","complaint","other","hey - just installed this plugin - also not getting any emails added to my list in Sendy when they sign up. used the exact template you shared - any ideas why?"),
("https://github.com/benjaminhoffman/gatsby-plugin-mailchimp/issues/87","issue","other","none","In Error. I was doing it incorrectly. please ignore."),
("https://github.com/activepieces/activepieces/issues/2365","issue","other","none","It's already there, please also check this bug"),
("https://github.com/phw198/OutlookGoogleCalendarSync/issues/2079","issue","complaint","other","Outlook No longer to Google. Been using sync for over a year. Now no longer syncing. Received meeting invite on Outlook for 10:30 am on 2/26.  Don't see the meeting in Google even after clicking Sync and Full Sync"),
("https://github.com/phw198/OutlookGoogleCalendarSync/issues/2079","issue","other","other","You only have 5 items on your Outlook calendar in the alternate mailbox `My Outlook Data File(1)` - is that the calendar you are intending to sync? I'm thinking probably not and maybe you accidentally switched it over from the default mailbox calendar?"),
("https://github.com/phw198/OutlookGoogleCalendarSync/issues/1338","issue","complaint","none","Sync doesn't start since the 4th of November. Log is full of the errors below:"),
("https://github.com/phw198/OutlookGoogleCalendarSync/issues/232","issue","other","none","Thanks very much – this seems to work. Thanks again"),
("https://github.com/phw198/OutlookGoogleCalendarSync/issues/707","issue","other","none","According to your log file you don't wait long enough for the next schedule sync (in 15 minutes) to run!"),
("https://github.com/jobisoft/TbSync/issues/725","issue","complaint","other","Personal Outlook account synchronization stopped working the next day. Today after 10 hours I started Thunderbird again, but the synchronization stopped working. I was asked to enter the password again (getting 401 auth errors) in an infinite loop."),
("https://github.com/jobisoft/TbSync/issues/712","issue","complaint","none","This also started happening to me on a weekly basis. All my checked sync items in TBsync suddenly go unchecked. I have to re-check them and sync again."),
("https://github.com/jobisoft/TbSync/issues/712","issue","complaint","none","I've also seen this issue a few times over the last few months. My calendar and contacts disappear, and I have to reselect them in TBSync."),
("https://github.com/PipedreamHQ/pipedream/issues/19389","issue","complaint","other","Pipedrive. Reconnecting is not working. I try to reconnect and says to contact support."),
("https://github.com/microsoft/PowerPlatformConnectors/issues/3674","issue","complaint","other","Hi Troy...trying to integrate HubSpot deal fields with a Teams channel...right now I'm getting an error msg telling me I can't open up the HubSpot CRM connector to establish automated workflows."),
("https://github.com/microsoft/PowerPlatformConnectors/issues/3674","issue","other","other","Hello, I'm the developer of the HubSpot connectors. Can you please provide more details about what flows you are building, which connectors you are using, and which actions are failing?"),
("https://github.com/singer-io/tap-hubspot/issues/224","issue","complaint","none","@kethan1122 the data is still missing"),
]
