# b652 -- vein: email-marketing and CRM connector threads (ActiveCampaign's world, other vendors):
# Mailchimp (Ebizmarts mc-magento / mc-magento2, mc4wp, Elementor forms, CiviCRM veda sync, spatie/laravel-newsletter,
# Symfony HypeMailchimpBundle, Sylius Setono, October rainlab, nopCommerce plugin, Firebase extension, gibbon, JS/Python
# API wrappers), Klaviyo (magento2-klaviyo, PHP/Node/Python SDKs, tap-klaviyo, Pipedream), Brevo/Sendinblue (PHP lib,
# brevo-node, osuny, French gov projects), SendGrid Marketing contacts, MailerLite, Drip, AWeber (s2member, SDKs),
# Constant Contact (phpfui), HubSpot forms (hubspot-php, react hook, SDK), Pipedrive client-nodejs, Zoho Campaigns request,
# ConvertKit (safety-net, Elementor).
# Complaints: sync stopped / never completes (orders, products, unsubscribes, newsletter signups not arriving), pushes
# that return OK but contacts never appear, 401 / API Key Missing / Resource Not Found pasted errors, OAuth connect loop,
# "worked yesterday in production", 403 after API change, webhook-creation regression, 500s from the ESP, "+1 same issue".
# Near misses (other): maintainer replies and requests for detail, "works now"/"resolved", feature requests (two-way sync,
# webhooks, custom fields, new integrations), how-to questions (API usage, OAuth without redirect, private apps),
# PR/release descriptions of fixes, API rejections of single contacts (deleted/compliance/duplicate/invalid_parameter)
# which are not connection failures, docs bugs.
#
# How found: `search` on the issues corpus (~45 queries by vendor x plugin/SDK x symptom, a few German/French/Spanish/
# Portuguese phrasings) and 4 queries on the pages corpus (vendor docs and blogs only, no forum threads -> all rows are
# issue voice). Every thread checked against tools/real/b*.py + pending/b*.py and the other wt/b6xx files before use;
# this vein is heavily mined (about 4 in 5 top hits already used), so rows come from lower-ranked hits and long-tail
# repos. Texts copied verbatim from the index excerpts; omitted parts (images, templates, long logs) marked [... cut];
# end-of-excerpt truncation left as is. Anchors "#issuecomment-N" = ordinal of the comment in the thread as shown by
# the index (1 = first comment); "#issuecomment-xN" = thread shown from mid-thread. Anchors only separate rows.
#
# Counts: 108 rows; complaint 46 / other 62; voice issue 108; integration other 108 (no ActiveCampaign/Keap/Stripe
# threads in this vein); exposure True 0; language: 106 English, 2 French (fr). 76 distinct threads, max 3 rows each.
#
# Doubtful calls:
#  - mc-magento2#1359 "Subscribers are not added to mailchimp" -> other: bug filed by the maintainer with repro steps,
#    not a customer's failing connection.
#  - veda mailchimp#141 "sync numbers don't reflect correctly" -> other: sync runs, only its counters look wrong.
#  - elementor#29910, elementor#8768, mc4wp#771 (Forgotten Email Not Subscribed), Setono#90 (Member In Compliance
#    State), sendinblue php#134 (invalid_parameter), pipedream#15034 (duplicate_parameter), azure-docs#69098 -> other:
#    the ESP rejects one particular contact; the connection itself works.
#  - elementor#14978 (Elementor form -> MailPoet, two WP plugins) -> complaint: submissions never reach the list.
#  - s2member#202 -> complaint: integration sends the owner's address instead of the new member's to AWeber.
#  - osunyorg#3295 -> complaint: automated Bugsnag report of a Brevo contact-sync job failing (Too Many Requests).
#  - brevo-node#11 (500s on sendTransacEmail, writer says not auth) and pipedrive client-nodejs#115 (webhooks can no
#    longer be created) -> complaint: integration broken now, though not credentials.
#  - calvintychan mailchimp-api-js#2 (401, later explained as CORS) and mailchimp APIv3-examples#8 (401 API Key
#    Missing, user's request format) -> complaint: auth error pasted while trying to connect.
#  - sendgrid-python#824: description (new Marketing Campaigns unsupported) -> other; comment (403, "worked a few
#    weeks ago") -> complaint.
#  - mc-magento#399 (asks to sync products before orders) -> other: framed as a change request.
#  - klaviyo node#30 (track events missing, user found the fix) -> other: documentation mismatch.
#  - pipedream#13034 (maintainer's tracking issue for 410 Gone) -> other.
#  - a8cteam51/safety-net#115 "Scrub API key and secret key" -> exposure False (routine scrubbing, no leak stated).
ROWS = [
# --- mailchimp/mc-magento2, mc-magento (Ebizmarts) ---
("https://github.com/mailchimp/mc-magento2/issues/1755", "issue", "complaint", "other",
 r"""Order sync stopped after upgrade. Error in cron log related to bundle product.

### Preconditions

    1. Magento CE 2.4.5-p3
    2. mc-magento2 103.4.53.

### Steps to reproduce

After mailchimp module upgrade I see that ordres checked out after system deploy are not marked as "Sync" in product listing, but they were in status "Resync".

### Actual and Expected result

    Expected result:

   Order are synked

    Actual result:

   Order are Resync

### Additional information

I found these error on var/log/cron.log, every time that mailchimp cron was execute:""", False),
("https://github.com/mailchimp/mc-magento2/issues/491", "issue", "complaint", "other",
 r"""Products data not sync

# Description

### Preconditions

- Magento version 2.1.9
- Mailchimp module version 1.0.30 (we not install new version 1.0.32 because not compatible with our version of Magento)
- 2 environment (staging and production), each with a Mailchimp account connected

### Problems

When we edit an existing product or add new product they will not be synced to his Mailchimp backoffice.

### Step to reproduce

- edit title an existing product
- this product not is present in table "mailchimp_sync_ecommerce"
- in table "mailchimp_sync_ecommerce" more row with type = "PRO" not have batch_id assigned
- in table "cron_schedule" job "ebizmarts_ecommerce" has status "success" but job "ebizmarts_webhooks" has always status "missed"
[... cut]
Please may you help us?""", False),
("https://github.com/mailchimp/mc-magento2/issues/491#issuecomment-1", "issue", "other", "other",
 r"""Hi @elisongit 

please contact our support team.

Best""", False),
("https://github.com/mailchimp/mc-magento2/issues/195", "issue", "complaint", "other",
 r"""Order Sync for eCommerce data fails to acknowledge and loops through orders with deleted products

The constant on the number in a batch on the Order Api is 50.
If you have over 50 test orders where the products do no exist in Magento, the sync will cycle through them without marking them as complete or failed.
Every time the job will loop through the same failed orders, not updating any order data after them.
Therefore no orders will be synced if this limit is met by test orders / orders with a deleted product.""", False),
("https://github.com/mailchimp/mc-magento/issues/93", "issue", "complaint", "other",
 r"""Product Data Not Created Correctly At MailChimp

### Steps to reproduce
```
* Clear local errors
* Clear eCommerce data
```

### Actual and Expected result
```
Expected result: Data would be batched and data is created at MailChimp.

Actual result: Process runs for hours and data is not created correctly at MailChimp.
```

### Additional Information
MailChimp enabled extra logging on our account and watched it while the data was syncing. They responded with, "Thanks for getting that additional info over. Looking at the calls we were able to log I am seeing failed GET batches calls, but not getting an exact response for the failure on those. [... cut]""", False),
("https://github.com/mailchimp/mc-magento/issues/93#issuecomment-1", "issue", "other", "other",
 r"""Hi @bobbrodie 

in the error grid (in newsletter/mailchimp/mailchimp errors) yo have the errors and the batch_id. If you run the script getMailchimpResponse.php passing apiKey and batchId as pa""", False),
("https://github.com/mailchimp/mc-magento/issues/185", "issue", "complaint", "other",
 r"""Batch sync error for orders and products

Hi,

Because products are sent by batches, first time not all product is created. But simultaneously we send orders and therefore some of them have error "Bad Request : A product with the provided ID does not exist in the account for this list." Because not all products are sent yet. 

So, we need new attempts or some flag to prevent order creating before all products will be exported.""", False),
("https://github.com/mailchimp/mc-magento/issues/185#issuecomment-2", "issue", "other", "other",
 r"""I recheck it more carefully and now for new version any new order's missing products are created previously and the order is created correctly! Thanks.""", False),
("https://github.com/mailchimp/mc-magento/issues/399", "issue", "other", "other",
 r"""Sync all products before syncing orders

The way the syncing is combined causes the extension to send a batch of customers, a batch of products, a batch of orders, etc. But we're running into issues where orders are being sent before the products they contain are synced.

Is it possible to always sync products first? Otherwise you have to reset all local errors in order to resync, which due to all the other syncing issues, will cause another lag in getting data to MailChimp.""", False),
("https://github.com/mailchimp/mc-magento/issues/399#issuecomment-1", "issue", "other", "other",
 r"""Hello @lfolco 

Thanks for contacting us.
This issue is caused due to other errors. The order is not sent unless the products contained within are marked as sent.
Seems like there are products that failed to be sent.

Since version 1.1.7 there is a fix to prevent this from happening, unfortunately products that failed before updating to this version will remain with the incorrect mark.

One solution is to mark all the products to be re-sent.
This can be done running the following query in your database console:
**DELETE FROM mailchimp_ecommerce_sync_data WHERE type='PRO';**

In case this is not what's happening to you we can re-open this ticket.""", False),
# --- Symfony / Sylius / October ---
("https://github.com/AhmedSamy/HypeMailchimpBundle/issues/38", "issue", "complaint", "other",
 r"""$mailchimp->getList()->subscribe($email) problem !

Hello,

when i use $mailchimp->getList()->subscribe($email). The new subscriber is not added on my list.
i have the correct API key + ID list but when i go on my MC account there is no new subscriber..

Any idea ? I use Symfony 3""", False),
("https://github.com/AhmedSamy/HypeMailchimpBundle/issues/38#issuecomment-1", "issue", "complaint", "other",
 r"""Hi,
Same issue with Symfony 2.8.
Any clue ?""", False),
("https://github.com/Setono/SyliusMailchimpPlugin/issues/90", "issue", "other", "other",
 r"""Unsubscribing via mailchimp unsubscribe link and resubscribing via Sylius throws an error

### User Story
No. 1: As a newsletter subscriber, I want to unsubscribe via the link in a Mailchimp mail in the footer, as it is easier than logging into the shop account of the given vendor.

No. 2: As the same customer, I may want to subscribe to the newsletter again within Sylius shop, as I changed my mind.

### Problem
unsubscribing via the Mailchimp link in the footer and subscribing again via Sylius throws an error

`Mailchimp error: {"message":"Response status is 400 instead of subscribed.","response":{"title":"Member In Compliance State","status":400,"detail":"123@test.net is in a compliance state due to unsubscribe, bounce, or compliance review and cannot be subscribed."`
[... cut]""", False),
("https://github.com/rainlab/mailchimp-plugin/issues/24", "issue", "complaint", "other",
 r"""Subscription not working

It doesn't return an error, but when debugging the code I find that the call to the API returns this:

HTTP/1.0 302 Moved Temporarily\r\n
Server: AkamaiGHost\r\n
Content-Length: 0\r\n
Location: https://us19.api.mailchimp.com/1.3/?output=php&method=listSubscribe\r\n
Date: Wed, 08 Aug 2018 15:00:04 GMT\r\n
Connection: close\r\n
\r\n

any idea what's happening?""", False),
("https://github.com/rainlab/mailchimp-plugin/issues/24#issuecomment-3", "issue", "other", "other",
 r"""@mariavilaro looks like MailChimp finally got around to fully removing the 1.3 API: https://www.drupal.org/project/mailchimp/issues/2189665. Would you be willing to provide a PR to switch to V3 of the API, probably using https://github.com/drewm/mailchimp-api through composer?""", False),
# --- spatie/laravel-newsletter ---
("https://github.com/spatie/laravel-newsletter/issues/143", "issue", "complaint", "other",
 r"""subscribe always return false

Newsletter::subscribe($request->email, ['firstName'=>'Rince', 'lastName'=>'Wind']);""", False),
("https://github.com/spatie/laravel-newsletter/issues/143#issuecomment-1", "issue", "other", "other",
 r"""Tests seem to indicate that this package is working properly. Please verify that you followed the installation instructions and that your config file contains a valid mailchimp list id.""", False),
("https://github.com/spatie/laravel-newsletter/issues/258", "issue", "complaint", "other",
 r"""Subscribe not registering

Hi, This might not be the best place for asking a question like this but. I am trying to add an email to an Audience list by using the method Newsletter::subscribe($email);. When i check in mailchimp if the email has been added i don't see the email in the list. Now when i dd on the function it just returns false. I don't know what i am doing wrong. I tried several other possibilities from these issues that i listed below here. 

Also: When i try the method isSubscribed() with an email that is present in the audience list it returns true so the API key should been set correctly""", False),
("https://github.com/spatie/laravel-newsletter/issues/160", "issue", "complaint", "other",
 r"""Subscribing to my old mailchimp account

Actually i had one mailchimp account and when i installed this package and i put the api key and list id in my .env file, everything was fine but when i wanted to use another mailchimp account and collected the api key and list id of my new account and put that in my .env file but it is still subscribing to the old mailchimp account which i used before, although i had put the new api key and list id in my .env file. Please help me out in this, what might be the issue and how to solve it?""", False),
("https://github.com/spatie/laravel-newsletter/issues/160#issuecomment-1", "issue", "other", "other",
 r"""You should clear the config cache with `php artisan config:clear`.""", False),
("https://github.com/spatie/laravel-newsletter/issues/160#issuecomment-2", "issue", "complaint", "other",
 r"""i have already did it but now when i want to show the response of subscribe method then i am only getting false. please assist me with this issue. before it was working fine but now i am getting this issue.""", False),
("https://github.com/spatie/laravel-newsletter/issues/36#issuecomment-3", "issue", "other", "other",
 r"""They tagged the fix and the issue is resolved now 👍""", False),
("https://github.com/elementor/elementor/issues/29910", "issue", "other", "other",
 r"""Elemento Pro Form. Error in Mailchimp after submit action when the email has been deleted from Mailchimp

[... cut]

### Description

When an email address is entered that has been deleted from Mailchimp's subscriber list (and therefore can no longer be added), the software returns an error ("an error occured") in the Elementor Pro Form. This could be confusing for the user.

### Steps to reproduce

1. Remove a user from Mailchimp
2. Subscribe to the newsletter using Elementor Pro Form in the website, adding the email previously deleted, enable double opt-in in setting
3. Receive a form error

### Expected behavior

1. Remove a user from Mailchimp
2. Subscribe to the newsletter using Elementor Pro Form in the website, adding the email previously deleted, enable double opt-in in setting
3. Do not receive an error, or have the ability to customize it""", False),
("https://github.com/elementor/elementor/issues/6059#issuecomment-1", "issue", "other", "other",
 r"""@black-eye 

This is a limitation of mailchimp API:

> When a contact who unsubscribed themselves decides to resubscribe, they need to sign up again on your **Mailchimp-hosted signup form**. Our forms capture the date and time the contact gave you permission to send them emails.

source: https://mailchimp.com/help/resubscribe-a-contact/#Resubscribe_with_the_Signup_Form

Not really much we can do about it.

thanks.""", False),
("https://github.com/elementor/elementor/issues/8768", "issue", "other", "other",
 r"""Server error reported in the form response, if the added email adress already exist in Mailchimp

[... cut]

## Steps to reproduce

1) Create a form with field email
2) Action After Submit -> Use MailChimp
3) Complete the form with an already existing email address on the mailchimp list (or complete it twice with the same address)""", False),
("https://github.com/elementor/elementor/issues/7665", "issue", "complaint", "other",
 r"""Subscription to MailChimp is not running in a Popup

We have a form for a MailChimp list (made with Elementor Form Widget). As long as we have this form in a normal page the subscription process with MailChimp ist running.
As soon as we copy the very same form into a popup the subscription process is not working.

A bug?""", False),
("https://github.com/elementor/elementor/issues/7665#issuecomment-2", "issue", "other", "other",
 r"""@haemeulrich 

Please update Elementor Pro, re-save the form and try again and see if the issue still persists. if it does, please contact our support at support @elementor.com for guidance in resolving this issue and mention that you were directed by me and reference this issue.

thanks.""", False),
("https://github.com/elementor/elementor/issues/14978", "issue", "complaint", "other",
 r"""Subscribers are not included in the mailpoet list

[... cut]

I have followed [this tutorial](https://www.youtube.com/watch?v=vbTTWwekx50) to create a form using elementor pro and integrate it with the [mailpoet ](https://wordpress.org/plugins/mailpoet/)plugin, but when someone subscribes using that form (elementor pro form), the form subscriber filled is not included in the mailpoet subscriber list. Even though I have followed the tutorial correctly""", False),
# --- mc4wp, safety-net ---
("https://github.com/ibericode/mailchimp-for-wordpress/issues/756", "issue", "complaint", "other",
 r"""Email Subscribe form error

My website URL:  suzionthemove.com

### The issue no number indicated
[... cut]

There was an error subscribing. Please try again.""", False),
("https://github.com/ibericode/mailchimp-for-wordpress/issues/756#issuecomment-1", "issue", "other", "other",
 r"""Please update the MC4WP plugin to the latest version first. If that doesn't solve the issue. please see https://www.mc4wp.com/kb/fix-the-oops-something-went-wrong-error/

If you can still not solve the error after reading that kb article, please let me know the error you see in the log under MC4WP > Other.

Hope that helps. If you have any questions please use the Wordpress forums for support, we use git only for bugs and code related issues.""", False),
("https://github.com/ibericode/mailchimp-for-wordpress/issues/756#issuecomment-2", "issue", "complaint", "other",
 r"""I did not see any issues under the log & no updates are needed on the plug
in. Looks like I am still getting the same error while testing out the
subscribe button.

Please let me know if there's anything else I can do to fix this.""", False),
("https://github.com/ibericode/mailchimp-for-wordpress/issues/771#issuecomment-x1", "issue", "other", "other",
 r"""[2023-07-13 03:21:06] ERROR: Form 287 > Mailchimp API error: 400 Bad Request. Forgotten Email Not Subscribed. kati*********@gm***.com was permanently deleted and cannot be re-imported. The contact must re-subscribe to get back on the list.
Request:
POST https://us6.api.mailchimp.com/3.0/lists/4529508eb0/members
{"status":"pending","email_address":"kati*********@gm***.com","interests":{},"merge_fields":{"FNAME":"Test"},"email_type":"html","ip_signup":"211.30.161.162","tags":[]}
Response:
400 Bad Request
{"title":"Forgotten Email Not Subscribed","status":400,"detail":"kati*********@gm***.com was permanently deleted and cannot be re-imported. The contact must re-subscribe to get back on the list.","instance":"65793000-05e3-6a57-fc7b-56907404dbc1"}""", False),
("https://github.com/a8cteam51/safety-net/issues/115", "issue", "other", "other",
 r"""Convertkit plugin

1. Deactivate plugin
2. Scrub API key and secret key from convertkit settings""", False),
# --- Magento: Klaviyo and Mailchimp (Ebizmarts) newsletter sync ---
("https://github.com/klaviyo/magento2-klaviyo/issues/27", "issue", "complaint", "other",
 r"""User not unsubscribed if Admin Newsletter Subscriber page used

Hi,

This applies to Magento 2.3.1, not tested on anything else.
If you unsubscribe a user from the newsletter subscriber page in the admin they unsubscribe method is never reached.

When the UserProfileNewsletterSubscribeObserver fires the $subscriber->isStatusChanged() always returns false which stops the rest of the execute method running. Magento thinks the user is unsubscribed but the information never makes it back to Klaviyo servers.

Doesn't seem to happen anywhere else on the site (frontend, admin user area, third party modules affecting newsletter subscriptions)

Thanks in advance.""", False),
("https://github.com/klaviyo/magento2-klaviyo/issues/27#issuecomment-3", "issue", "other", "other",
 r"""@clivewalkden 

1. We don't post back to the magento side if a user unsubscribes in Klaviyo.  

2. We will investigate the `$subscriber->isStatusChanged()`""", False),
("https://github.com/klaviyo/magento2-klaviyo/pull/198", "issue", "other", "other",
 r"""Fixed newsletter signup on account creation page

Bug Description: when a user registered for an account on the account creation page the subscription wasn't properly being added to Klaviyo because `subscriber->hasDataChanges` was evaluating to false for new users. This change adjusts the logic to additionally check to see if the subscriber is new. We should now subscribe/unsubscribe registered users to Klaviyo lists when the subscription is either updated on the /customer/account/ page or if they checked the box on the /customer/account/create/ page.""", False),
("https://github.com/klaviyo/magento2-klaviyo/issues/325", "issue", "complaint", "other",
 r"""Guest Checkout Subscribe Checkbox Not Adding Emails to List

### Environment details

PHP version: 8.2
Magento version: 2.4.6-p9
Klaviyo extension version: 4.2.0
[... cut]
### Expected result

The guest user's email address should be added to the selected Klaviyo list after they check the subscribe checkbox and place an order.

### Actual result

 The guest user's email address is not added to the selected Klaviyo list, even though the subscribe checkbox was checked during checkout.""", False),
("https://github.com/klaviyo/magento2-klaviyo/issues/325#issuecomment-1", "issue", "other", "other",
 r"""Hi, thanks for submitting. I'm unable to recreate this on my end following the steps to recreate, a few potential causes here: 

* is the list you've selected for consent at checkout single or double opt-in? You can see this in List > Settings > Consent. If the list is single opt in, you'd expect to see the profile subscribed to the list immed""", False),
("https://github.com/mailchimp/mc-magento2/issues/417", "issue", "complaint", "other",
 r"""Incorrect re-syncing modified subscribers

## Issue description

When you're modifying subscriber status from Magento data is not sending to Mailchimp.

### Preconditions:
1. Installed Magento v2.2.5
2. mc-magento  v1.0.30

## Steps to reproduce

1. Create new customer in Magento, subscribe to newsletter
2. Wait untill subscriber will be appear in Mailchimp list
3. Unsubscribe this customer from newsletter

### Expected result
1. Subscriber will be unsubscribed in Mailchimp

### Actual result
1. Subscriber is still in "Subscribed" status in Mailchimp""", False),
("https://github.com/mailchimp/mc-magento2/issues/147", "issue", "complaint", "other",
 r"""Magento 2.2.1: Changes like "unsubscribe" and "delete" to subscribers in Magento backend aren't synched

Though the initial sync worked fine with two Mailchimp Stores configured for both store views and given lists in our Mailchimp test account, later changes made by backend users in the Magento newsletter backend section aren't synced.
[... cut]
### Expected result
1. Both changes will be synced with Mailchimp list after the next 5 min cron

### Actual result
1. No changes at all in the Mailchimp list.""", False),
("https://github.com/mailchimp/mc-magento2/issues/1359", "issue", "other", "other",
 r"""Subscribers are not added to mailchimp

### Preconditions

    1. Any version of magento2 with sample data
    2. mc-magento2 version 10x.x.44 installed and configured

### Steps to reproduce

    1. Disable the extension
    2. Register as a new customer
    3. Enter a new order as this customer
    4. Re enable the extension and wait until the order was synced
    5. Disable the extension
    6. Subscribe the customer to the newsletter
    7. Re enable the extension

### Actual and Expected result
    Expected result:
    The subscriber is synced in mailchimp and is subscribed
    Actual result:
    The customer is in mailchimp but as only eligible for transactional emails""", False),
("https://github.com/mailchimp/mc-magento2/issues/699", "issue", "complaint", "other",
 r"""Sync guest newsletter subscribers to Mailchimp list

Magento 2.2.8 CE
Mailchimp module: Version 101.2.34

When somebody subscribes to a newsletter as a guest via our client's Magento store they are not added to Mailchimp's list, if they create account and then subscribe to newsletter they do
get synced with Mailchimp and are sent the Welcome email

Is there a way for guests who just enter email address in the form for newsletter to be added to Mailchimp list as subscribers (they are in magento's Newsletetr Subscribers list as Guest)""", False),
("https://github.com/mailchimp/mc-magento2/issues/699#issuecomment-1", "issue", "other", "other",
 r"""Hi @shinoamakusa 

if you subscribe p.e. in the bottom of the page

[... cut]

works perfectly
Enable the extension logs and take a look at var/log/Mailchimp.log

Best""", False),
("https://github.com/mailchimp/mc-magento/issues/628", "issue", "other", "other",
 r"""Changing email, unsubscribe and delete? customer thru Magento

1. how can we unsubscribe customer emails in mailchimp thru Magento? 
unticking this box and clicking save: should that do the trick and is Mailchimp then updated?
(strangely enough after untick+save: the box is still ticked)

2. how can we delete customer emails in mailchimp thru Magento? Maybe this is also a unsubscribe. But sometimes we get an email "this email is no longer in use". So we would want to delete it.

3. how can we change a customers email?  sometimes we get an email "my email hass changed from AAA to BBB. please update your records". But how do we update our records and  inform Mailchimp via an update in Magento. Does changing the email in customer adminhtml -> update mailchimp immediately?""", False),
("https://github.com/Setono/SyliusMailchimpPlugin/issues/23", "issue", "other", "other",
 r"""Unsubscribe in Sylius should result in unsubscribe in Mailchimp

If a customer logs into their account in Sylius and unsubscribe from the newsletter, this change should cascade to Mailchimp obviously""", False),
("https://github.com/Setono/SyliusMailchimpPlugin/issues/23#issuecomment-2", "issue", "other", "other",
 r"""I guess this has been resolved, as both subscribing and unsubscribing in Sylius are reflected in Mailchimp after a few seconds.""", False),
# --- Mailchimp API clients ---
("https://github.com/calvintychan/mailchimp-api-js/issues/2", "issue", "complaint", "other",
 r"""Getting 401 (Unauthorized)

Hi, 
Thanks for the wrapper.

I'm getting 401 error when I try to add members.
Could you help me please?

I'm using this package with Vue.js.

[... cut]

Thank you!""", False),
("https://github.com/calvintychan/mailchimp-api-js/issues/2#issuecomment-2", "issue", "other", "other",
 r"""This is a common CORS error. It occurs when you try to execute your script in a different server (in your case localhost) through a different HTTP protocol (mailchip.com uses HTTPS for security). For example, I can execute the requests using this API inside a mobile device, but I can't execute it in a web browser like Chrome.""", False),
("https://github.com/mailchimp/APIv3-examples/issues/8", "issue", "complaint", "other",
 r"""API Key Missing Error

I am testing out the new API for subscribing new list member.   

My request: 

```
curl -H "Content-Type: application/json" -d '{"apikey": "myUniqueAPIKeyHere", 
"email": {"email": "sample@example.com"} }' 
https://us9.api.mailchimp.com/3.0/lists/uniquelistid1234/members
```

Response: 

```
{"type":"http://kb.mailchimp.com/api/error-docs/401-api-key-missing",
"title":"API Key Missing","status":401,"detail":"Your request did not include an API key.",
"instance":"uniqueinstance1234"}
```

Can you please advise? This will help sort out what needs to happen in language-specific apps. Many thanks.""", False),
("https://github.com/mailchimp/APIv3-examples/issues/8#issuecomment-1", "issue", "other", "other",
 r"""Hi, @nrakochy!
Unfortunately, we can't offer API support via GitHub issues. If you need help, please email apihelp at mailchimp dot com. That said, it looks like you're sending a v2.0 request to a v3.0 endpoint. Please check out the [getting started guide for v3.0](http://kb.mailchimp.com/api/article/api-3-overview).""", False),
("https://github.com/VingtCinq/python-mailchimp/issues/119", "issue", "other", "other",
 r"""[Support] How do you use this SDK with an apikey?

The `MailChimp` class expects a username/password combination in order to authenticate with the MailChimp API. Yet from MailChimp's documentation, this doesn't appear to be how the API is designed to work. It expects an apikey, much like the pre-3.0 APIs did. 

Perhaps this is the "Mailchimp secret key" mentioned in the `MailChimpClient` constructor's docstring? My application, which I'm currently upgrading to use the 3.0 API, cannot know anything besides the apikey for the MailChimp accounts it manages, so I'm not sure what to do.""", False),
# --- SendGrid marketing contacts ---
("https://github.com/sendgrid/sendgrid-nodejs/issues/1004", "issue", "complaint", "other",
 r"""Contacts added via v3 API are never processed

#### Issue Summary

Tried adding contacts through the `/v3/marketing/contacts` endpoint mentioned [here at the docs](https://sendgrid.api-docs.io/v3.0/contacts/add-or-update-a-contact). Both the "try it out" tool and the nodejs sdk gave me no problems, a `job_id` is returned as expected, but the contacts never actually show up on the list, seems like they're never processed. It's been more than six hours since I added the first one, so this seems like an issue.
[... cut]
Here's my code. Again, the API returns an OK response with a `job_id`, but the new contact never shows up on the list.""", False),
("https://github.com/sendgrid/sendgrid-python/issues/767", "issue", "complaint", "other",
 r"""Recpients/Contacts not being added to UI from API

#### Issue Summary

When using this wrapper, I try to add contacts/recipients, but none ever show up in the UI, despite receiving 201's.
[... cut]
I'm a bit confused, because (1) I'm receiving 201's and (2) if I try the example on the Contacts API page, it all works fine.""", False),
("https://github.com/sendgrid/sendgrid-python/issues/767#issuecomment-1", "issue", "other", "other",
 r"""Hello @dhhagan,

What you have posted looks as it should. 

My suggestion would be to reach out to our [support team](https://support.sendgrid.com) so that they may dig into your account to help troubleshoot.

With Best Regards,

Elmer""", False),
("https://github.com/sendgrid/sendgrid-python/issues/824", "issue", "other", "other",
 r"""Doesn't work with new Marketing Campaigns?

#### Issue Summary

Trying to insert new contacts using:
```

sg = SendGridAPIClient(EnvironmentAPI.get_env_var('SENDGRID_API_KEY'))

response = sg.client.mail.send.post(request_body=mail_data)
```

That ends up in the "legacy" marketing campaigns side. I opened a support ticket asking about that and it seems there's no support for the new marketing campaign with this library? I'd really rather not have 2 different ways of contacting sendgrid's api. It works just fine for basically everything else, like actually sending emails, but this one thing doesn't seem to work properly, and its a pretty big thing.""", False),
("https://github.com/sendgrid/sendgrid-python/issues/824#issuecomment-1", "issue", "complaint", "other",
 r"""I also have come across this, where I'm trying to use the existing [examples](https://github.com/sendgrid/sendgrid-python/blob/master/examples/contactdb/contactdb.py) for contactdb like so:

```
        response = sg.client.contactdb.lists.get()
        
        print(response.status_code)
        print(response.body)
        print(response.headers)
```

But I'm getting a 403 from python_http_client. I guess the new/legacy marketing split has changed something, because this definitely worked a few weeks ago.""", False),
("https://github.com/sendgrid/sendgrid-nodejs/issues/964", "issue", "other", "other",
 r"""Adding recipients to a list

#### Issue Summary
I want to add recipients to lists via the [marketing API](https://sendgrid.api-docs.io/v3.0/lists/update-list), however, I am not able to find this ability. 

This seems like a feature that really should be available. 
Am I missing something, or is this not possible? 

Thank you for your time. 
Olav""", False),
("https://github.com/segment-boneyard/segment-docs/issues/6591", "issue", "other", "other",
 r"""[Bug]: Updating list_id values for a contact is not supported by the Sendgrid destination

[... cut]

### Please describe the issue.

Hi Team! 
Our Sendgrid destination doesn't support updating lists with the contact that we send through into Sendgrid. Our docs are incorrect in indicating that the destination can be used to update lists in Sendgrid.
Lmk if you have any questions. Thanks!""", False),
# --- AWeber ---
("https://github.com/aweber/AWeber-API-Ruby-Library/issues/29", "issue", "other", "other",
 r"""Can't set subscriber to "subscribed" status

The docs say that status should be a write attribute, but I create a user like so (to_list is just a variable containing the retrieve aweber list):
[... cut]
However, "status" isn't being set on creation. I thought maybe it would only work on update, so I tried retrieving the subscriber after create and setting the status via:

```
subscriber.status = "subscribed"
subscriber.save
```

But that didn't work either. I need to be able to auto-opt-in users. I can do this with other mailing systems I've used, and according to the docs I should be able to.""", False),
("https://github.com/wpsharks/s2member/issues/202", "issue", "complaint", "other",
 r"""AWeber List subscriptions

The email sent to AWeber (e.g. list-id@aweber.com) by s2Member contains the "Email from name" and "Email from address" established on the Email configuration section of the General Options page. Each time someone registers for the site the above information is sent to Aweber to be added to the list. this results in building a list of one, as AWeber sees this as the same person opting in over and over again. 

In short, the actual new member's information that registers on the site, is not being passed to AWeber, instead the site owners from-name and from-email is sent to the list in place of the info for each new site signup.""", False),
("https://github.com/sendinblue/APIv3-php-library/issues/134", "issue", "other", "other",
 r"""sendinblue / APIv3-php-library create bulk contact into list

Took the example code from the doc. Tried to add email as follows:

$contactEmails = new \SendinBlue\Client\Model\AddContactToList(); 

$contactEmails['emails'] = array('example@gmail.com');

$result = $apiInstance->addContactToList($listId, $contactEmails);
But, this always throws an error :

{
"code":"invalid_parameter"
"message":"Contact already in list and/or does not exist"
}

The contact is not added at all and is not present in the list. I tried with valid emails as well.""", False),
("https://github.com/sendinblue/APIv3-php-library/issues/134#issuecomment-1", "issue", "other", "other",
 r"""Hi @bhautikvirani 

This error usually comes when either the contact does not exist or it is already present in the specified list.
The contact should exist in the first place

You can create an ticket to Sendinblue if you still face this issue.""", False),
("https://github.com/demarche-numerique/demarche.numerique.gouv.fr/pull/4380", "issue", "other", "other",
 r"""Migrate Sendinblue API to v3

Sendinblue API v2 is not deprecated and not maintained. This is a migration to API v3. Deployment of the key is required prior to this deployment.

We start to perform a lot of contact update requests, so we may be rate-limited (https://developers.sendinblue.com/docs/api#section-rate-limiting), which may be the cause of todays' bug. Limiting hydra simultaneous requests is a low-cost attempt to bypass that.

If migration to v3 does not fix the issue, hopefully we'll have better error messages (we have nothing at the moment)""", False),
("https://github.com/betagouv/mon-service-securise/pull/846", "issue", "other", "other",
 r"""Création du contact dans SendinBlue à l'inscription

Nous nous sommes rendu compte que les contacts dans SendinBlue sont crées uniquement lorsque le premier email est **ouvert**.
Afin de préparer le comportement de l'infolettre, on souhaite créer systématiquement ce contact au moment de l'inscription.

De plus, cela nous permet de remplir les champs `PRENOM` et `NOM`.""", False, "fr"),
("https://github.com/mailerlite/mailerlite-nodejs/issues/73", "issue", "other", "other",
 r"""Limitation: Change Subscriber Email Address via `subscriber.update()`

I just tried to further improve a sync feature between our platform and MailerLite to make sure that a users request to change their email address on our system would also be reflected in the MailerLite automations & subscription.

But as far as I can see, the `subscriber.update` API does not allow that?

Is this a limitation that is being worked on and possibly will be lifted in the future? Or do I have to follow the workaround discussed in other forums to create a new user and delete the old one?""", False),
("https://github.com/solspace/craft-freeform/pull/2636", "issue", "other", "other",
 r"""Add MailerLite email marketing integration

Freeform currently has no native MailerLite integration, so customers need a webhook or custom implementation to subscribe form users.

This adds a Freeform Pro email marketing integration for the current MailerLite API:

- API-token authentication, environment-variable support, and connection checking.
- Paginated group and subscriber-field discovery.
- Subscriber creation/updates by email and addition to the selected group, without removing existing group memberships.
[... cut]""", False),
("https://github.com/DripEmail/drip-php/issues/7", "issue", "other", "other",
 r"""uniqueness_error when calling create_or_update_subscriber for existing subscriber

As the method name suggests, it should be able to update an existing subscriber using this method. However, the API returns a `uniqueness_error` with message `User is already being used` when I try to update a subscriber. Any clues?""", False),
("https://github.com/HubSpot/hubspot-api-nodejs/issues/417", "issue", "other", "other",
 r"""Submit Form data?

https://legacydocs.hubspot.com/docs/methods/forms/submit_form

I don't see a method for submitting to forms anywhere. Is this a case of using `hubspotClient.apiRequest`  to use an [unwrapped endpoint](https://github.com/HubSpot/hubspot-api-nodejs#not-wrapped-endpoints)?""", False),
("https://github.com/celo-org/website/pull/618", "issue", "other", "other",
 r"""Use Hubspot embedded forms

Previously The forms would submit to our server and then to hubspot using the api,

This led to a few issues,

1 it required a developer to create or modify forms

2. data would get lost 
3. too many form submissions from fake friends

instead use the embeded forms via js and then apply nice styles :D""", False),
("https://github.com/elementor/elementor/issues/6922", "issue", "other", "other",
 r"""Custom field integration with convertKit

Hi,
Currently Elementor integration with convertkit is limited. When we want to link a form to convertkit, we can only have 2 fields from convertKit, We don't have access to other custom fields created in ConvertKit. 

You have great support for GetResponse. When we want to connnect an elementor form with GetResponse, that's done nicely, as we can connect to all getrespnose fields, including their custom fields, but that's not working when it comes to convertKit.""", False),
# --- CiviCRM Mailchimp sync (veda), Constant Contact SDK, Campaign Monitor ---
("https://github.com/veda-consulting-company/uk.co.vedaconsulting.mailchimp/issues/315", "issue", "complaint", "other",
 r"""Mailchimp pushing bad emails back to Civi

After pushing a Mailing List in Civi to Mailchimp, the sync appears to work successfully. The number of emails in Mailchimp is what I would expect after removing "bad" emails and the list in Civi stays the same.

After several minutes, the Civi list has dropped significantly and after review, the only emails remaining in Civi are either "On Hold" or they unsubscribed. 

Ex. Civi has 100 contacts > Sync to Mailchimp > Mailchimp has 75 contacts > Civi updates to 25 "bad" contacts - deleting the rest.""", False),
("https://github.com/veda-consulting-company/uk.co.vedaconsulting.mailchimp/issues/315#issuecomment-1", "issue", "complaint", "other",
 r"""Hi everyone. Checking in to see if anyone has any insight on this issue.""", False),
("https://github.com/veda-consulting-company/uk.co.vedaconsulting.mailchimp/issues/315#issuecomment-2", "issue", "other", "other",
 r"""@cleanneh is this still an issue?""", False),
("https://github.com/veda-consulting-company/uk.co.vedaconsulting.mailchimp/issues/141", "issue", "other", "other",
 r"""sync numbers don't reflect correctly

I've noticed our numbers don't seem to make sense at times when we run the civi to mailchimp sync. I just performed a sync followed by a 2nd sync with no changes to the contact records in-between.  I expected that the counts would all reflect no changes, however the list of contacts in sync already was 0 or an insignificant number.""", False),
("https://github.com/veda-consulting-company/uk.co.vedaconsulting.mailchimp/issues/42", "issue", "complaint", "other",
 r"""Not all of my groups are syncing

I've got three groups in CiviCRM that I've specified to sync to mailchimp. Two of them were working fine, syncing to particular groups in a mailchimp list. Then I added another group and specified that it sync to a second list (without a group). Now the third group sync's but at least one of the original groups aren't syncing when I run the sync command.

Thanks,
-Joseph""", False),
("https://github.com/veda-consulting-company/uk.co.vedaconsulting.mailchimp/issues/311", "issue", "complaint", "other",
 r"""New emails added via push to Mailchimp are shown as deleted & have incomplete info

Using Wordpress.

After adding a CiviCRM contact to CiviCRM groups synced with the full list and also an interest group, and running push sync from Civi to Mailchimp: the sync appears to succeed, the contact's email appears in Mailchimp, the email appears to be subscribed to the mailing list and interest group. However, the contact's first name and last name are not synced. And in Mailchimp, when viewing the contact a warning message appears: "This contact is deleted."
[... cut]
Any help with workarounds or clues would be helpful! Please let me know if more info is needed. Thanks!""", False),
("https://github.com/phpfui/ConstantContact/issues/17", "issue", "other", "other",
 r"""Using API without authorization process

I'm trying to use the API for a simple email signup form on a website. I need to get the access and refresh tokens, but in this use case there are no user redirect URLs or anything like that. What is the process for adding a contact without redirecting?""", False),
("https://github.com/veda-consulting-company/uk.co.vedaconsulting.mailchimp/issues/165", "issue", "complaint", "other",
 r"""Removed from smart group when Mailchimp sync runs

Hi, one of our clients have the issue that a contact in smart group is removed when Mailchimp sync runs. 
1. A contact is added to a smart group. "Sync membership of this group with membership of a Mailchimp List" is set up for an appropriate list in Mailchimp. 
2. Run "Mailchimp Sync" in scheduled jobs. Confirm that the contact is added into the mailing list in Mailchimp side. Then go back to check the contact's info in Civi. This person is removed from the smart group. 
3. Run "Mailchimp Sync" again. Since the contact is removed from the smart list, the person is also removed from Mailchimp list, and it is marked as "Reason: N/A (Unsubscribed by an admin)". Screenshot attached. 
[... cut]

Originally this issue was found in Mailchimp 1.7. We've just updated CiviCRM to 4.6.9 and Mailchimp extension to 1.8.2 but it didn't solve the issue. 

Appreciate your help in advance. 
Natsuki""", False),
("https://github.com/veda-consulting-company/uk.co.vedaconsulting.mailchimp/issues/165#issuecomment-1", "issue", "other", "other",
 r"""@natsukipope please check the Webhook settings on the Mailchimp side. The one which sends information back to CiviCRM should *NOT* be set to execute on API calls. We think this is the issue.""", False),
("https://github.com/veda-consulting-company/uk.co.vedaconsulting.mailchimp/issues/138", "issue", "complaint", "other",
 r"""fix to #115 cause mass unsubscribe of all list members

We disabled the group. Ran the sync. Re-enabled the group and ran the sync again, and when we went into Mailchimp after the 2nd sync all of the subscribers had been unsubscribed on our Mailchimp list.""", False),
("https://github.com/veda-consulting-company/uk.co.vedaconsulting.mailchimp/issues/138#issuecomment-1", "issue", "other", "other",
 r"""Here are the steps more thoroughly however after a few attempts we were unable to reproduce this so I'm closing.""", False),
("https://github.com/veda-consulting-company/uk.co.vedaconsulting.mailchimp/issues/69", "issue", "complaint", "other",
 r"""CiviCRM group and MailChimp list do not seem to sync

I'm struggling with getting this set up correctly. I'm using CiviCRM 4.4.6, Drupal 7.28, and Mailchimp Sync 1.0. 
[... cut]
[PROBLEMS](1) If I "remove" that test contact from the "Mailing List Subscribers" group in CiviCRM and then run Mailchimp Sync, the contact is not removed from the MailChimp List. There are no "result counts" in the Mailchimp Sync summary either in CiviCRM.""", False),
("https://github.com/nopSolutions/mailchimp-plugin-for-nopcommerce/issues/8", "issue", "complaint", "other",
 r"""eCommerce sync is not working

Source: https://www.nopcommerce.com/boards/t/54414/mailchimp-ecommerce-sync-is-not-working.aspx""", False),
("https://github.com/klaviyo/node-klaviyo/issues/30", "issue", "other", "other",
 r"""track events don't get tracked - missing properties in documentation

Following the documentation I tried to track an event, but nothing showed up in Klaviyo UI.
[... cut]
I had to modify the event call for the event to work:
* add customer_properties.$email
* fix field-name customerProperties -> customer_properties
* fix field-name timestamp -> time""", False),
("https://github.com/mailchimp/Firebase/issues/68", "issue", "complaint", "other",
 r"""Fails to add a user to MailChimp

## What I expect
Just want to add a user to MailChimp.

## What happened
Error occurred and saying in logs:
Error when adding user to Mailchimp audience Error: The requested resource could not be found.

## What I tried
- Double-check OAuth Token
- Double-check Audience ID
[... cut]
I tried this extension a year ago and same thing happened at the time.
I tried again today because I thought it was a small bug or something.
So I don't know how to deal with this.
Can I do anything to succeed?""", False),
("https://github.com/mailchimp/Firebase/issues/68#issuecomment-2", "issue", "other", "other",
 r"""This is now resolved by deleting the audience and create another audience.
I don't know why, but it is working fine now.""", False),
("https://github.com/ibericode/mailchimp-for-wordpress/issues/812", "issue", "complaint", "other",
 r"""MailChimp audience is not showing up in the list

[... cut]

Hi,

I am contacting you because I can’t find my audience in the list when I try to add the MailChimp element in a block - the one to subscribe to a newsletter for example. It's thus impossible to subscribe to my list. (see images 1 and 2)

However, I can see that my account is correctly connected in the plugin settings panel, and the audience list name is the correct one.

I have tried setting the plugin up again using a new API key, but the issue still remains.

Do you have any ideas of how to solve it?
Thank you in advance,""", False),
("https://github.com/MicrosoftDocs/azure-docs/issues/69098", "issue", "other", "other",
 r"""failed when member is existed

I have a failed case: when I send email from already registered email. api of mailchimp return 400 status code and my logic app fail. This is my code: https://drive.google.com/file/d/1nLIHgewVVM5wP-A-YB3sA7h4zo8aam66/view?usp=sharing

Can you have any solution for this problem?""", False),
("https://github.com/getbrevo/brevo-node/issues/11", "issue", "complaint", "other",
 r"""Urgent: Getting 500 response code when attempting to call sendTransacEmail

I'm getting the same error the original posted reported here: https://github.com/sendinblue/APIv3-php-library/issues/68

This has been happening off and on since about 8am Pacific this morning.

Nothing has changed on our end, and our emails to customers are suddenly failing because of this.
[... cut]
We know it's not an authentication issue, because if I intentionally put a mistake in our apiKey, I get a 401 (Unauthorized) rather than a 500 (Internal Server Error).""", False),
("https://github.com/getbrevo/brevo-node/issues/11#issuecomment-2", "issue", "other", "other",
 r"""Hi @speriosu 
I know it's late, but if you want SLA based support from Brevo please create a support ticket here: https://help.brevo.com/hc/en-us/articles/360020434360-Contact-the-support-team.""", False),
("https://github.com/PipedreamHQ/pipedream/issues/15034", "issue", "other", "other",
 r"""[BUG] Brevo - Add or Updated Contact failed to update contact

**Description**
If email already exists update fails

AxiosError - Request failed with status code 400
{
  "code": "duplicate_parameter",
  "message": "Unable to create contact, email is already associated with another Contact",
  "metadata": {
    "duplicate_identifiers": [
      "email"
    ]
  }
}

**Expected behavior**
Expected behavior, the contact should be updated if it already exists in Brevo, and added only if it does not exist.""", False),
("https://github.com/betagouv/api-subventions-asso/pull/1535#issuecomment-x1", "issue", "other", "other",
 r"""Oui, c'est ça ! En fait, vu qu'il était déjà dans une autre liste, il refusait de le créer ! Du coup, je fais un update si ça plante""", False, "fr"),
("https://github.com/klaviyo/klaviyo-api-php/issues/69", "issue", "complaint", "other",
 r"""ProfilesApi::bulkSubscribeProfilesRequest not subscribing to a list.

While using the ProfilesApi to send `bulkSubscribeProfilesRequest`, we never receive "Subscribed to.." events.

Identical payloads work within Postman but oddly don't work through the php-sdk.
[... cut]""", False),
("https://github.com/singer-io/tap-klaviyo/issues/8", "issue", "complaint", "other",
 r"""Missing emails in Subscribe List

Some emails are missing from the subscribe list. I am unable to see any error either, Please help. The data pull is only around 80%""", False),
("https://github.com/PipedreamHQ/pipedream/issues/13034", "issue", "other", "other",
 r"""[APP] Klaviyo - Update app/components to latest version

The Pipedream registry components for the app, **Klaviyo** are all returning 410 Gone error, as the version used by the components has been deprecated.

1. Add Member to list
2. Create List
3. Get Lists

e.g. Create List ([deprecated docs](https://developers.klaviyo.com/en/v1-2/reference/create-list))
[... cut]

New Create List method: 
https://developers.klaviyo.com/en/reference/create_list""", False),
("https://github.com/osunyorg/admin/issues/3295", "issue", "complaint", "other",
 r"""Brevo::ApiError in Brevo::UserSyncJob@default

## Error in Osuny

**Brevo::ApiError** in **Brevo::UserSyncJob@default**
Too Many Requests
[... cut]
## Stacktrace

    app/services/brevo/contact_service.rb:54 - Brevo::ContactService#search_contact
    app/services/brevo/contact_service.rb:46 - Brevo::ContactService#existing_contact
    app/services/brevo/contact_service.rb:32 - Brevo::ContactService#sync
    app/services/brevo/contact_service.rb:5 - Brevo::ContactService.sync
    app/jobs/brevo/user_sync_job.rb:3 - Brevo::UserSyncJob#perform""", False),
("https://github.com/amro/gibbon/issues/128#issuecomment-x2", "issue", "complaint", "other",
 r"""Here's what I got:

```
{"type":"http://developer.mailchimp.com/documentation/mailchimp/guides/error-glossary/","title":"Resource Not Found","status":404,"detail":"The requested resource could not be found.","instance":""}
```""", False),
("https://github.com/amro/gibbon/issues/128#issuecomment-x3", "issue", "other", "other",
 r"""@tubbo Are you setting an API key elsewhere? Can you try printing `mailchimp.api_key`?""", False),
("https://github.com/amro/gibbon/issues/128#issuecomment-x4", "issue", "complaint", "other",
 r"""Currently experiencing the same problem as @tubbo did. What's weird about it is it worked yesterday in production and it worked on our staging instance. Anything weird happening with mailchimp that I am not aware of or ?""", False),
("https://github.com/pipedrive/client-nodejs/issues/115", "issue", "complaint", "other",
 r"""Regression in createANewWebhook(): "Failed to get user or company" error if no user_id passed

(cross-posted from https://devcommunity.pipedrive.com/t/recent-pipedrive-api-regression-unable-to-create-webhook-without-user-id/2353)

We’re no longer able to create Pipedrive webhooks using createANewWebhook (or the endpoint https://developers.pipedrive.com/docs/api/v1/#!/Webhooks/get_webhooks) without providing the optional user_id field. The documentation (both here in the node library and in the developers.pipedrive.com site) states that the `user_id` is optional, but when omitted, the HTTP response returns the error message “Failed to get user or company”. We believe the API only recently started requiring the `user_id` parameter.""", False),
("https://github.com/pipedrive/client-nodejs/issues/115#issuecomment-1", "issue", "other", "other",
 r"""Hello, this has now been resolved.""", False),
("https://github.com/PipedreamHQ/pipedream/issues/5189", "issue", "other", "other",
 r"""Zoho Campaigns

**Name of app / service**
Zoho Campaigns
[... cut]
**Is lack of support preventing you from building workflows, or do you have a workaround?**
The oauth integration you do for all other zoho apps you could do with this

**Are there specific actions, or triggers, you'd like to see for this app? Please let us know here or use the Action and Trigger issue templates to open requests for each!**
Wanting to add new or old contact to list which requires pre-setting (or could receive) list ID, email (optionally firstname lastname phone, etc)""", False),
("https://github.com/mailchimp/mc-woocommerce/issues/1174", "issue", "complaint", "other",
 r"""Unable to connect account loop

I recently deactivated, deleted, and later reinstalled the Mailchimp for WooCommerce plugin. I am on Version 4.1.

After Installing the plugin again, I have been stuck in a perpetual loop on the connect account screen. The pop up to log in using my mailchimp credentials appears, I press log in, Press “Allow”, then I’m greeted with a ‘please wait’ animation. The pop up window closes, and then I’m prompted to start the process over again after the WP admin page refreshes.

Any ideas?""", False),
("https://github.com/infinum/eightshift-forms/pull/447", "issue", "other", "other",
 r"""adding fix for mailchimp

### Fixed

- Broken Mailchimp integration if only email is sent.""", False),
("https://github.com/HubSpot/hubspot-php/issues/399", "issue", "complaint", "other",
 r"""Form submission fails with '400 Bad Request'

I have a Symfony website which, until now, has been using the ryanwinchester/hubspot-php package to submit hubspot forms. In order to comply with the requirement to cease using API Token authentication and switch to using a Private Application Token I've had to replace the ryanwinchester/hubspot-php package with hubspot/hubspot-php.

Unfortunately I can't get form submission to work!
[... cut]
This works perfectly using ryanwinchester but fails every time with hubspot/hubspot-php with otherwise identical code. I get:
Client error: `POST https://forms.hubspot.com/submissions/v3/integration/submit/5163272/5479b330-36f5-4d7f-af9c-07b4e3c6138a` resulted in a `400 Bad Request` response:
 {"status":"error","message":"The request is not valid","correlationId":"f5cb2915-39ac-4eab-9083-1a740fa708eb","errors":[ (truncated...)""", False),
("https://github.com/HubSpot/hubspot-php/issues/399#issuecomment-1", "issue", "other", "other",
 r"""It looks like it's using an undocumented endpoint. Coming from ryanwinchester/hubspot-php here is what I changed in the forms()->submit() function:
[... cut]""", False),
("https://github.com/aaronhayes/react-use-hubspot-form/issues/38", "issue", "other", "other",
 r"""Private apps?

Hey, I just received a warning from Hubspot that I need to migrate my form submissions over to Private Apps. Given that this hook relates to embedding Hubspot form, I assume that this doesn't impact us. I just want to double-check.""", False),
("https://github.com/aaronhayes/react-use-hubspot-form/issues/38#issuecomment-1", "issue", "other", "other",
 r"""I think we are good; I don't really know what private apps are, but they seem completely different features.  https://developers.hubspot.com/docs/api/private-apps 

Thanks @kb1995 :)""", False),
]
