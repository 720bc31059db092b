# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 289 (mine-paste5): issue voice, messages that are mostly PASTED TEXT about a
# connection to a named product's API - error lines, stack traces, JSON error bodies,
# HTTP responses, CLI/log output - with little or no prose, plus the near misses in the
# same threads. Threads found with the `issues` search corpus (texts copied verbatim
# from the thread excerpts), none used by an earlier batch. Sources: HubSpot SDK/CLI
# (ESOCKETTIMEDOUT on `hs fetch`, "HTTP Request Failed", 429 API exception), SendGrid
# "access forbidden" bodies (php, C# x2), Slack invalid_auth (laravel-slack-api,
# slack-tools, slack-cleaner, pocketpaw socket mode), Shopify "[API] Invalid API key or
# access token" (python api), Salesforce Workbench session errors, Twilio 401 in the yap
# helpline app, Keap/Infusionsoft token exchange 401 invalid_grant, Amazon SP-API
# "access token ... revoked" JSON, BaseCRM access token, Mailchimp (mc-woocommerce cURL
# 28, mc-magento sync log, CiviCRM webhook message), Mailjet ENOTFOUND / cURL 28,
# SparkPost cURL 28, QuickBooks SDK cURL 28, WooCommerce REST 403 bodies, Stripe
# (ApiConnection timeouts in stripe-php and stripe-ruby, `stripe listen` logs with [500]
# and a broken listener), and near misses naming the same products: npm ERESOLVE build
# logs for ngx-stripe / react-stripe-js / better-auth's Stripe plugin / ultimate-nest /
# shopify-api-js, a Stripe React Native crash report, the HubSpot SDK timeout feature
# request, WooCommerce admin 403s inside one site, maintainers' replies ("This is an API
# Key issue", "That means you've reached your API rate limit", "Duplicate of #325",
# "Requests don't take more than 30 seconds"), "my apologies", "Resolved now", "did the
# trick".
# Label doubts:
# - hubspot-api-python #20: intermittent "API exception" later explained as 429 rate
#   limit; the OP is labelled complaint (calls to HubSpot failing now), the
#   maintainer's "rate limit" answer other.
# - stripe-cli #857: `stripe listen` log showing [500] from the writer's own webhook
#   endpoint for checkout.session.completed - webhook processing failing, complaint
#   (doubt: the 500 is their handler, not Stripe).
# - mc-magento #785 is framed as "log lacks adequate detail" but says "data sync
#   continuously fails": complaint.
# - veda CiviCRM-Mailchimp #205: title says only 1 contact syncs; body asks to turn an
#   error message into a success message - complaint (doubt).
# - stripe-react-native #2332: a maintainer's crash report from Crashlytics when users
#   have no network - a crash-handling bug, other (doubt).
# - woocommerce #9435 (403 on the site's own wc-api from an integrator) complaint;
#   woocommerce-admin #3522 (403s inside the admin's own REST calls) other - not
#   between two systems.
# - Integration follows what the excerpt itself names: pure log/JSON excerpts that name
#   no product (hs fetch output, SendGrid's bare "access forbidden" bodies, `stripe
#   listen` logs, the 403 HTML bodies) carry 'none' even in a vendor's repository.
# No exposure rows in this batch.
ROWS = [
('https://github.com/HubSpot/hubspot-cli/issues/746', 'issue', 'complaint', 'none', """hs fetch "Error: ESOCKETTIMEDOUT" / UPDATE: [ERROR] A RequestError has occurred. Error: ESOCKETTIMEDOUT
## Description and Context
I am syncing files to and from a private GIT-repository in a script and fetching about 1000 files. Since a few days ago I am getting regular   "Error: ESOCKETTIMEDOUT"  messages(worked for about 6 months, # of files fluctuates between 300 and 1500 files). 1-10 files get this error.""", False),
('https://github.com/HubSpot/hubspot-cli/issues/746', 'issue', 'complaint', 'none', """```
...
[ERROR] A Error has occurred. ESOCKETTIMEDOUT
[ERROR] A Error has occurred. ESOCKETTIMEDOUT
[ERROR] Not all files in folder "/" were successfully fetched.  Re-run the last command to try again
```""", False),
('https://github.com/HubSpot/hubspot-api-nodejs/issues/211', 'issue', 'complaint', 'other', """HTTP Request Failed Error when using basic API
I ran into some weird bug. I’m getting “HTTP Request Failed” error when using API,

`const { response } = await client.crm.contacts.basicApi.getPage(1, '0', properties);`

This error occurs only for some HubSpot accounts. Any hunches on this?""", False),
('https://github.com/HubSpot/hubspot-api-nodejs/issues/211', 'issue', 'other', 'none', """I ve just checked it 
and it works fine 
```javascript
const properties = ['email', 'firstname'];
const response = await hubspotClient.crm.contacts.basicApi.getPage(1, '0', properties);
```
try to update lib because 5.0.0 uses [depracated request](https://www.npmjs.com/package/request)""", False),
('https://github.com/HubSpot/hubspot-api-nodejs/issues/387', 'issue', 'other', 'other', """No timeout on requests
Hello,

I believe `node-fetch` doesn't have a timeout in the node environment by default. 
[hubspot-api-nodejs](https://github.com/HubSpot/hubspot-api-nodejs) is not customizing this behavior (https://github.com/HubSpot/hubspot-api-nodejs/blob/master/src/services/http/HttpClient.ts#L5)

Unfortunately, I don't have a reproducible example because the potential issue depends on network connectivity and Hubspot server""", False),
('https://github.com/HubSpot/hubspot-api-python/issues/20', 'issue', 'complaint', 'other', """API exception error while retrieving Hubspot contacts
We are trying to get the contacts information. We want to get all the properties associated with the contact. 
We get API exception error intermittently. Could you please suggest how do we handle this?""", False),
('https://github.com/HubSpot/hubspot-api-python/issues/20', 'issue', 'other', 'none', """Hi, @maheshsonavane, this looks like an API error. Could you maybe provide a server response from output with `correlation-id` included?""", False),
('https://github.com/HubSpot/hubspot-api-python/issues/20', 'issue', 'other', 'none', """That means you've reached your API rate limit (429 HTTP code) and should wait some time before doing new requests""", False),
('https://github.com/sendgrid/sendgrid-php/issues/664', 'issue', 'complaint', 'none', """Got 403 error code when get mail activity
I got 403 error when try to get all mail activity

{"errors":[{"field":null,"message":"access forbidden"}]}""", False),
('https://github.com/sendgrid/sendgrid-php/issues/664', 'issue', 'other', 'none', """This is an API Key issue, here are a couple of things to try:

1. Double check the value of `app.sendgrid_api_key` in your application.
2. Try making a [simple cURL call](https://sendgrid.com/docs/Classroom/Send/v3_Mail_Send/curl_examples.html) with your API key to rule out if the API key itself is not functional.

If it's number 1, please try creating a new API key in the UI.""", False),
('https://github.com/sendgrid/sendgrid-csharp/issues/959', 'issue', 'complaint', 'none', """And get following result 
Forbidden
{"errors":[{"field":null,"message":"access forbidden"}]}
Server: nginx
Date: Sat, 14 Dec 2019 16:21:14 GMT
Connection: keep-alive
Access-Control-Allow-Methods: HEAD, OPTIONS, GET""", False),
('https://github.com/sendgrid/sendgrid-csharp/issues/911', 'issue', 'complaint', 'none', """**Error** 
**{"errors":[{"field":null,"message":"access forbidden"}]}**

i have given full access to key.""", False),
('https://github.com/sendgrid/sendgrid-csharp/issues/911', 'issue', 'other', 'other', """Thanks for submitting a GitHub issue! We are very sorry that you are running into this problem. In order to better serve you, as this does not present itself as a library specific issue, we would like to ask that you reach out to our support team at <a href="https://support.sendgrid.com">https://support.sendgrid.com</a>.""", False),
('https://github.com/vluzrmos/laravel-slack-api/issues/30', 'issue', 'complaint', 'other', """Always getting invalid_auth
All my requests are getting invalid auth. I have hardcoded the `Bot Token` onto my `services.php` config file as per documentation.

On my Slack App - the `Bot` has the `chat:write` OAuth Scope enabled.""", False),
('https://github.com/vluzrmos/laravel-slack-api/issues/30', 'issue', 'complaint', 'none', """I face the same issue, was thought it is my mistake""", False),
('https://github.com/vluzrmos/laravel-slack-api/issues/30', 'issue', 'other', 'none', """Hi @isaac-manubag , I tried to simulate that error, but only receive "missing_scope".""", False),
('https://github.com/rygwdn/slack-tools/issues/1', 'issue', 'complaint', 'other', """WebClient request fails with invalid_auth
Reproduction: 
1. `slack-tools -w Shopify test --debug`

**Error:**

```
~/src/github.com/rygwdn/slack-tools main ❯ slack-tools -w Shopify test --debug
[DEBUG] Debug mode enabled
[DEBUG] Using workspace: Shopify
[DEBUG] Testing authentication for workspace: Shopify
Testing auth for workspace: Shopify""", False),
('https://github.com/sgratzl/slack-cleaner/issues/102', 'issue', 'complaint', 'other', """slacker.Error: invalid_auth
When I run slack-cleaner, I get the below error.
I tried to update the token and change the permission scope but I still get the same error. 

Running slack-cleaner v0.7.4
Traceback (most recent call last):
  File "/usr/local/bin/slack-cleaner", line 11, in <module>""", False),
('https://github.com/pocketpaw/pocketpaw/issues/372', 'issue', 'complaint', 'other', """[22:52:17] ERROR    Failed to retrieve WSS URL: The request to the Slack API failed. (url:
                    https://slack.com/api/apps.connections.open, status: 200)
                    The server responded with: {'ok': False, 'error': 'invalid_auth'}
           ERROR    Failed to connect (error: The request to the Slack API failed. (url:
                    https://slack.com/api/apps.connections.open, status: 200)
                    The server responded with: {'ok': False, 'error': 'invalid_auth'}); Retrying...""", False),
('https://github.com/Shopify/shopify_python_api/issues/419', 'issue', 'complaint', 'other', """When finding discount codes and order in shopify it sometimes gives an error - [API] Invalid API key or access token (unrecognized login or wrong password)
I am using shopify python api to find the order details and the discount code details. 

shopify_python_api - 7.0.2
shopify API version 2020-01. 

When I make these two calls,
shopify.DiscountCode.find(coupon_id, price_rule_id)
shopify.Order.find(order_id, fields='discount_codes, email')

they fail sometimes with an error code 401 - [API] Invalid API key or access token (unrecognized login or wrong password)""", False),
('https://github.com/Shopify/shopify_python_api/issues/419', 'issue', 'complaint', 'none', """I am having the same problem with Orders.find only with the id argument, so far this day there are more than 100 events""", False),
('https://github.com/forceworkbench/forceworkbench/issues/744', 'issue', 'complaint', 'other', """Login Error: Salesforce Session Invalid or Expired
I am attempting to login to Workbench but keep getting logged out with the error "An error has occurred and you have been logged out: Your Salesforce session is invalid or has expired. Please login again."
I have cleared my cache/history and updated Chrome without success. I also attempted with IE11 and received the same error.""", False),
('https://github.com/forceworkbench/forceworkbench/issues/744', 'issue', 'other', 'other', """Have you checked your login history in Salesforce? You might have IP restrictions or something blocking login.""", False),
('https://github.com/forceworkbench/forceworkbench/issues/744', 'issue', 'other', 'none', """@thvd Thank you! Disabling the first setting (Lock sessions to the IP address from which they originated) did the trick.""", False),
('https://github.com/bmlt-enabled/yap/issues/306', 'issue', 'complaint', 'other', """> [05-Sep-2019 14:28:48 UTC] PHP Fatal error: Uncaught
> Twilio\\Exceptions\\RestException: [HTTP 401] Unable to fetch page:
> Authenticate in
> /home/admin/public_html/yap/vendor/twilio/sdk/Twilio/Page.php:5""", False),
('https://github.com/infusionsoft/infusionsoft-php/issues/260', 'issue', 'complaint', 'keap', """Unable to exchange the code for a token
I am following the exact code in the README file. However, I get stuck at this step:

`$infusionsoft->requestAccessToken($_GET['code'])`

Authorization is successful, and I can see a _code_ returned. However, when a token is requested, I am getting this error:

```
HTTP/1.1 401 Unauthorized
Date: Wed, 29 Jul 2020 08:00:55 GMT
Content-Type: application/json
Content-Length: 155
Connection: keep-alive
            {
            "error": "invalid_grant",
            "error_description": "Unable to authenticate username and password"
            }
```""", False),
('https://github.com/jakobowsky/new-sp-api/issues/1', 'issue', 'complaint', 'none', """access token revoked
{
  "errors": [
    {
      "code": "Unauthorized",
      "message": "Access to requested resource is denied.",
      "details": "The access token you provided is revoked, malformed or invalid."
    }
  ]
}

Process finished with exit code 0""", False),
('https://github.com/yurypaleev/BaseCRM/issues/2', 'issue', 'complaint', 'other', """Access token invalid using valid access token
Keep getting an error telling me my access token is invalid. Directly copied and pasted my token from BaseCRM.

I follow the readme directly as well.""", False),
('https://github.com/yurypaleev/BaseCRM/issues/2', 'issue', 'other', 'other', """Was using an API Token, not an access token. My apologies.

Those with a similar error please see this:

https://support.getbase.com/hc/en-us/articles/203134199-Where-can-I-find-my-API-Token-""", False),
('https://github.com/mailchimp/mc-woocommerce/issues/329', 'issue', 'complaint', 'other', """API Request Error – cURL error 28
Hello. I’m developing a website where I need to integrate with MailChimp for email marketing purposes. However when I install the plugin and insert the generated key into the administrative panel of the site, I get the following error:

`Mailchimp says: API Request Error - cURL error 28: Operation timed out after 30001 milliseconds with 0 out of -1 bytes received`""", False),
('https://github.com/mailchimp/mc-woocommerce/issues/329', 'issue', 'other', 'none', """Duplicate of #325, please follow that issue for further updates.""", False),
('https://github.com/mailchimp/mc-magento/issues/785', 'issue', 'complaint', 'other', """MailChimp_Errors.log lacks adequate detail
I am trying to troubleshoot an issue with the module (data sync continuously fails) and my error log contains lots of lines which look like this;

```
2018-08-29T08:55:09+00:00 DEBUG (7): Invalid Resource : The resource submitted could not be validated. For field-specific details, see the 'errors' array.
2018-08-29T09:00:15+00:00 DEBUG (7): Invalid Resource : The resource submitted could not be validated. For field-specific details, see the 'errors' array.""", False),
('https://github.com/veda-consulting-company/uk.co.vedaconsulting.mailchimp/issues/205', 'issue', 'complaint', 'none', """Syncing only 1 contact from smart group or group
I recently changed the API key to one with more permissions, and it seems the following error keeps being displayed.

"API is set in Webhook setting for listID fbdb2a177xxxx\"""", False),
('https://github.com/veda-consulting-company/uk.co.vedaconsulting.mailchimp/issues/205', 'issue', 'other', 'other', """This is right error message. API should not be set as option in Web hook setting in Mailchimp.""", False),
('https://github.com/mailjet/mailjet-apiv3-nodejs/issues/22', 'issue', 'complaint', 'other', """Frequent ENOTFOUND errors
In my node app (running inside a docker container) I frequently get ENOTFOUND errors when caling `mailjet.post('send').request(message)`.

It is working most of the time, but suddenly failing for no obvious reason with

    getaddrinfo ENOTFOUND api.mailjet.com api.mailjet.com:443""", False),
('https://github.com/mailjet/mailjet-apiv3-nodejs/issues/22', 'issue', 'other', 'none', """Could you please share some more details:
- where your server is hosted ? If it is private local server, in which country it is located ?
- how often do you get this error ?
- do you get this error only when calling our SendAPI or you encounter it when calling other resources as well ?""", False),
('https://github.com/mailjet/mailjetBundle/issues/13', 'issue', 'complaint', 'none', """Curl Time out after 2060 milliseconds
When I make a call using the get method like so
`$response = $this->get(MJResources::$Contact);`

It throws up error 

`cURL error 28: Operation timed out after 2060 milliseconds with 0 out of 0 bytes received (see http://curl.haxx.se/libcurl/c/libcurl-errors.html)"`""", False),
('https://github.com/mailjet/mailjetBundle/issues/13', 'issue', 'other', 'none', """Resolved now""", False),
('https://github.com/SparkPost/php-sparkpost/issues/118', 'issue', 'complaint', 'other', """CURLE_OPERATION_TIMEDOUT (28)
PHP SDK returns us following Exception at random way many times on each day:

Message: Unable to contact Transmissions API: An error occurred when fetching the URI "https://api.sparkpost.com/api/v1/transmissions/" with the adapter "guzzle5" ("cURL error 28: See http://curl.haxx.se/libcurl/c/libcurl-errors.html").
API Message:
API Code: 0
API Description:""", False),
('https://github.com/SparkPost/php-sparkpost/issues/118', 'issue', 'other', 'none', """Hi @DrySs - are you still running into this issue? There are several places you can set the timeout value. The [curl_setopt docs](http://www.php.net/manual/en/function.curl-setopt.php) might be useful. Let us know if you're still running into issues here.""", False),
('https://github.com/intuit/QuickBooks-V3-PHP-SDK/issues/126', 'issue', 'complaint', 'other', """cURL Error Number:[28]
Fatal error: Uncaught QuickBooksOnline\\API\\Exception\\SdkException: [0]: cURL error during making API call. cURL Error Number:[28] with error:[Operation timed out after 0 milliseconds with 0 out of 0 bytes received] thrown in quickbooks-oauth2/v3-php-sdk/src/Core/HttpClients/CurlHttpClient.php on line 122

I got this error some time, I can't able to find solution, please help..""", False),
('https://github.com/intuit/QuickBooks-V3-PHP-SDK/issues/126', 'issue', 'other', 'other', """@xyzgd It is a proper respond. Sometimes QuickBooks Online Server is busy, so the respond time to a request is too long. To avoid long waiting time, we terminate the request from client side.

When you see this error, just retry at a later time.""", False),
('https://github.com/woocommerce/woocommerce/issues/9435', 'issue', 'complaint', 'none', """403 Error API
Hi,

I am receiving a 403 error, when I access this website's API. Is there a plugin issue or HTAAccess file error?
![screen shot 2015-10-26 at 1 43 55 pm](https://cloud.githubusercontent.com/assets/1679993/10742072/97092e40-7c01-11e5-847e-7274947f444f.png)

Request

GET https://thewhosoevers.com/wc-api/v2 HTTP/1.1
Accept: application/json
Authorization: Basic XX==
Host: thewhosoevers.com

Response

HTTP/1.1 403 Forbidden
Date: Mon, 26 Oct 2015 20:47:29 GMT
Server: Apache/2.2.15 (CentOS)""", False),
('https://github.com/woocommerce/woocommerce/issues/9435', 'issue', 'other', 'other', """I'm sorry but this is not the place to get support. Github is for bug reports in WooCommerce itself, and contributions.""", False),
('https://github.com/XiaoFaye/WooCommerce.NET/issues/665', 'issue', 'complaint', 'none', """403 error
Hi, I'm getting this error 

System.AggregateException: 'One or more errors occurred. (<html>
<head><title>403 Forbidden</title></head>
<body>
<center><h1>403 Forbidden</h1></center>
</body>
</html>
)'""", False),
('https://github.com/XiaoFaye/WooCommerce.NET/issues/665', 'issue', 'other', 'none', """Please check your hosting environment, this could be a permission issue.""", False),
('https://github.com/XiaoFaye/WooCommerce.NET/issues/665', 'issue', 'complaint', 'none', """Hi Marvinvdl, I am facing the same issue, Was you able to fix it?

all the best!""", False),
('https://github.com/woocommerce/wc-api-php/issues/314', 'issue', 'complaint', 'none', """The error body im getting back is:

```
<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">
<html><head>
<title>403 Forbidden</title>
</head><body>
<h1>Forbidden</h1>
<p>You don't have permission to access this resource.</p>
</body></html>
```""", False),
('https://github.com/woocommerce/woocommerce-admin/issues/3522', 'issue', 'other', 'other', """Repeated 403 across all pages
Hello,

After fresh installation of the plugin on an existing WooCommerce site, I'm getting 403 errors in the console on all of the plugin pages, including the setting page.

Some of the errors are listed below:
```
api-fetch.min.js?ver=3.1.2:1 GET .../wp-json/wc-analytics/orders?_fields%5B0%5D=id&page=1&per_page=1&status%5B0%5D=processing&status%5B1%5D=on-hold&_locale=user 403""", False),
('https://github.com/stripe/stripe-php/issues/222', 'issue', 'complaint', 'stripe', """ApiConnection in CurlClient.php line 182:
Hello,

I am trying to send a payment request using stripe.

But when i send a request i get a specific error.

```(Network error [errno 28]: Connection timed out after 30001 milliseconds)```

What can i do to resolve this?""", False),
('https://github.com/stripe/stripe-php/issues/222', 'issue', 'other', 'none', """@Varun006 : Requests don't take more than 30 seconds to execute with our API. If you create a basic customer without a card in Test mode or even simply retrieve one you manually created in the dashboard the request will execute in a few seconds at most and usually way faster than that.""", False),
('https://github.com/stripe/stripe-ruby/issues/655', 'issue', 'complaint', 'stripe', """Stripe::APIConnectionError: Unexpected error communicating when trying to connect to Stripe. You may be seeing this message because your DNS is not working. To check, try running 'host stripe.com' fro
We're seeing this error throw every few days, especially with a job that makes request after request to Stripe to update meta data each day.""", False),
('https://github.com/stripe/stripe-ruby/issues/655', 'issue', 'other', 'stripe', """@zachfeldman Check out `Stripe.max_network_retries`, which does roughly what you want.""", False),
('https://github.com/stripe/stripe-cli/issues/857', 'issue', 'complaint', 'none', """2026-05-20 13:19:02   --> checkout.session.completed [evt_1TZ4sD1vw693fkdJIxtFyOOq]
2026-05-20 13:19:02  <--  [500] POST http://127.0.0.1:8000/api/payments/webhook/ [evt_1TZ4sD1vw693fkdJIxtFyOOq]
2026-05-20 13:19:04   --> charge.updated [evt_3TZ4sC1vw693fkdJ0HA0hi72]
2026-05-20 13:19:04  <--  [200] POST http://127.0.0.1:8000/api/payments/webhook/ [evt_3TZ4sC1vw693fkdJ0HA0hi72]

Also got this issue from last 2 days""", False),
('https://github.com/stripe/stripe-cli/issues/852', 'issue', 'complaint', 'none', """```
[Thu, 14 Apr 2022 17:23:09 IST] DEBUG websocket.Client.readPump: Incoming message message={"webhook_id":"1649937187-wh_9wrhYXUwh9pHiB","webhook_conversation_id":"1649937188-wc_SmKTPLB8kmvPow","event_payload":"{\\n  \\"id\\": \\"evt_1KoREVKloVRKT3Agv0wYjbaN\\",""", False),
('https://github.com/stripe/stripe-react-native/issues/2332', 'issue', 'other', 'stripe', """App crashing when cannot connect to api.stripe.com
**Describe the bug**

On crashlytics we have logs of users having crashes because they cannot connet to the API this is the stack trace

`    Fatal Exception: com.stripe.android.core.exception.APIConnectionException: IOException during API request to Stripe (https://api.stripe.com/v1/payment_intents/[pi_X]?client_secret=[client_secret]: Unable to resolve host "api.stripe.com": No address associated with hostname.""", False),
('https://github.com/richnologies/ngx-stripe/issues/281', 'issue', 'other', 'stripe', """Add support for @stripe/stripe-js v8+
npm error code ERESOLVE
npm error ERESOLVE could not resolve
npm error
npm error While resolving: ngx-stripe@20.7.0
npm error Found: @stripe/stripe-js@8.1.0
npm error node_modules/@stripe/stripe-js
npm error   @stripe/stripe-js@"^8.1.0" from the root project
npm error
npm error Could not resolve dependency:
npm error peer @stripe/stripe-js@">=7.0.0 <8.0.0" from ngx-stripe@20.7.0""", False),
('https://github.com/stripe/react-stripe-js/issues/511', 'issue', 'other', 'stripe', """Declared peer dependency forbids latest version of @stripe/stripe-js@4.0.0
### What happened?

Trying to install latest versions of this and @stripe/stripe-js doesn't work due to the way peer dependency is declared in https://github.com/stripe/react-stripe-js/blob/master/package.json#L111

```
npm error code ERESOLVE
npm error ERESOLVE unable to resolve dependency tree""", False),
('https://github.com/better-auth/better-auth/issues/5398', 'issue', 'other', 'stripe', """```sh
npm install @better-auth/stripe

npm error code ERESOLVE
npm error ERESOLVE unable to resolve dependency tree
npm error
npm error While resolving:
npm error Found: stripe@19.1.0
npm error node_modules/stripe
npm error   stripe@"^19.1.0" from the root project
npm error
npm error Could not resolve dependency:
npm error peer stripe@"^18" from @better-auth/stripe@1.3.27""", False),
('https://github.com/rubiin/ultimate-nest/issues/481', 'issue', 'other', 'stripe', """Could not resolve dependency: peer stripe@"^14.19.0" from @golevelup/nestjs-stripe@0.8.1
### Describe the bug

I cloned a repo and run
```bash
npm install
```
and got an error:
```bash
npm ERR! While resolving: ultimate-nest@2.6.0
npm ERR! Found: stripe@16.8.0
npm ERR! node_modules/stripe
npm ERR!   stripe@"^16.8.0" from the root project""", False),
('https://github.com/Shopify/shopify-api-js/issues/407', 'issue', 'other', 'none', """Fresh project with npm install - npm ERR! ERSEOLVE unable to resolve dependency tree
# Issue summary

In VS Code (Windows) pulled latest code from repository to start a fresh project. Ran npm install to build module directory. npm produces ERR! ERSEOLVE unable to resolve dependency tree. Having such an error is a blocker for new projects with this repository.""", False),
]
