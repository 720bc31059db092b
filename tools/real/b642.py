# b642 — vein: developers' issue threads in client libraries/SDKs/plugins/apps naming Stripe,
# ActiveCampaign or Keap/Infusionsoft; near misses (other) + real connection/auth complaints.
# How found: `search` (issues corpus) with many SDK-/symptom-specific queries (type errors, API-version
#   pins, deserialization, webhook signatures, TLS 1.0 deprecation, ApiConnection/SSL/timeout errors,
#   restricted-key permissions, connection tokens, Infusionsoft timeouts); every thread checked against
#   tools/real/b*.py + pending/b*.py. The vein is heavily mined: roughly 9 in 10 hits were already used,
#   especially ActiveCampaign and Keap threads, so complaints fall short of half and AC/Keap are thin.
# Counts: 100 rows, 73 threads, 46 repos, max 4 rows/thread. label: complaint 39, other 61.
#   voice: issue 100. integration: stripe 89, keap 8, other 2, activecampaign 1. exposure True: 1.
# Doubtful calls:
#  - TLS 1.0 rejections ("Stripe no longer supports API requests made with TLS 1.0") -> complaint: the API
#    refuses the writer's calls now, though the cause is their server's TLS stack (stripe-python#337,
#    saas-ecom#16, Simple-Bootstrap#17, realpython/support#324, Stripe-Cordova#9, stripe-contrib/stripe-cli#18,
#    stripe-php#290/#276/#248, omnipay-stripe#53). Maintainer explanations in these threads -> other.
#  - Network/SSL failures reaching api.stripe.com -> complaint (connection between two systems failing,
#    not credentials): stripe-cli#328 TLS handshake timeout, stripe-python#660/#81/#726, opencollective#2584
#    ECONNRESET, fjordllc/bootcamp#3771 Net::OpenTimeout, stripe-python#35 timeouts, stripe-dotnet#93
#    "Error while talking with one of our backends", stripe-dotnet#1667 comment (no request reaches Stripe).
#  - omniauth-stripe-connect#2 (gem omits auth header -> invalid_client during OAuth connect) -> complaint,
#    because the writer's connect flow fails; stripe-java#1280 ("No API key provided" on one call path,
#    written up as an SDK bug) -> other. Same root kind, judged by what the writer is reporting.
#  - tier-vercel-openai#6 (live Stripe key fails where test key works) -> complaint, although the visible
#    error is a 500 from the tier service.
#  - Glimesh#801 (Stripe "account has been deleted" at onboarding) -> complaint; author's later
#    "my own stupidity, clear cookies" -> other.
#  - stripe-dotnet#2688 ("Invalid IP address" on every request from Azure) and st-paywall#70
#    (PermissionError with restricted and standard key) -> complaint (requests/credentials rejected).
#  - Webhook signature failures (nextjs-subscription-payments#240, supabase#45494) -> other per brief
#    (signature/body-parsing near miss) even though every delivery fails; moodle-paygw_stripe#42 (Stripe
#    reports 404/400 delivery errors to the endpoint) -> complaint (webhook delivery failing).
#  - infusionsoft-php#100 (CurlClient timeouts "completely unreliable") -> complaint though phrased as SDK
#    critique; infusionsoft-php-sdk#21 ("Could not resolve host" while running the example, a config slip)
#    -> complaint.
#  - tap-to-pay-android-demo#8 and stripe-terminal-android#539 (connection-token creation failing) ->
#    complaint: app/backend/Stripe link, not Bluetooth reader pairing.
#  - ACINQ/eclair#611: Strike (not Stripe) API keys give 401 -> complaint, integration other; the secret key
#    in the opener was cut; maintainer's "I edited your message to remove your secret key ... regenerate"
#    -> other with exposure True.
#  - abantecart#1833 (wants to remove a Stripe connection after deleting the app) -> other: nothing failing.
#  - stripe-node#2387 ("Invalid Stripe API version" at runtime) -> other: API-version/type mismatch.
ROWS = [
("https://github.com/stripe/stripe-node/issues/1874", "issue", "other", "stripe",
r'''### Describe the bug

v13 types incorrectly pins to "2022-11-15", it should pin to "2023-08-16" as mentioned in the [release notes](https://github.com/stripe/stripe-node/releases/tag/v13.0.0).

https://github.com/stripe/stripe-node/blob/3065b53f868475eee1147361b0710371df5240c3/types/lib.d.ts#L30

It gives error when trying to use api version "2023-08-16" with `new Stripe(<API_KEY>, { apiVersion: "2023-08-16" })`

```ts
src/stripe.ts:7:3 - error TS2322: Type '"2023-08-16"' is not assignable to type '"2022-11-15"'.

7   apiVersion: '2023-08-16',
    ~~~~~~~~~~
```''', False),
("https://github.com/stripe/stripe-node/issues/2387", "issue", "other", "stripe",
r'''When initializing stripe with an API key, I am getting typescript errors when specifying the API version:

`const stripe = new Stripe(stripeSecretKey, {apiVersion: '2025-07-30'})` says: 

> Type '"2025-07-30"' is not assignable to type '"2022-08-01"'.

Running it fails with:

> Invalid Stripe API version: 2025-07-30

and the stripe dashboard logs show no requests. However, if I use `apiVersion: null` then the request goes through to stripe succesfully, but I also get an error on my console: 

> NotFound: Not Found

My understanding is that stripe-node should include types for the current version only, and it seems to be expecting a very old one. If I omit the config object, typescript then complains that it's required.''', False),
("https://github.com/stripe/stripe-node/issues/1946", "issue", "other", "stripe",
r'''I'm unable to supply stripe with my API version "2020-08-27". This is causing issues as it's breaking types since it thinks for example, certain enum values exist that don't in the 2020 api version.

stripe version `14.1.0`
typescript version `4.7.4`''', False),
("https://github.com/stripe/stripe-node/issues/1946#comment-tbell511-2023-10-31", "issue", "other", "stripe",
r'''nvm, I see that this is intended behavior.

not sure how I went days on 14.1.0 without any issues until today 🤔''', False),
("https://github.com/dhaspden/nestjs-stripe/issues/94", "issue", "other", "stripe",
r'''When compiling, I receive the error mentioned in the subject.

Stripe version: "stripe": "^8.53.0"

interface StripeOptions extends Stripe.StripeConfig
apiVersion is the only mandatory parameter.''', False),
("https://github.com/stripe/stripe-node/issues/863", "issue", "other", "stripe",
r'''The type definitions for the `Stripe` constructor require a `StripeConfig` object to be passed in.  This contradicts the documentation (https://www.npmjs.com/package/stripe#usage-with-typescript).  In the JavaScript code (`lib/stripe.js`), the `Stripe` constructor defaults the `config` parameter to `{}`, but that's not an option in TypeScript because the `StripeConfig` interface has require properties (`apiVersion`).

Please update the documentation to show a minimum `StripeConfig` object, and/or update the type definitions to have an appropriate default.''', False),
("https://github.com/stripe/stripe-node/pull/2218#comment-tinotaylor-2024-11-14", "issue", "other", "stripe",
r'''I am 17.3.1 but still getting this error. I just upgrade my dashboard to the latest version:

`Type '"2024-10-28.acacia"' is not assignable to type '"2022-08-01"'.ts(2322)
lib.d.ts(72, 7): The expected type comes from property 'apiVersion' which is declared here on type 'StripeConfig'
(property) Stripe.StripeConfig.apiVersion?: "2022-08-01"''', False),
("https://github.com/stripe/stripe-cli/issues/353", "issue", "other", "stripe",
r'''### Problem
I am trying to use the CLI to fetch information about my Connect accounts. This returns an `"invalid_request_error"` as the key is restricted and it is not possible to get Connect data with it.

### Feature
It would be helpful if it was possible to get Connect accounts and have relevant events such as the `account.updated` webhook event emulated and from the Stripe platform in the CLI.''', False),
("https://github.com/frappe/payments/issues/60", "issue", "other", "stripe",
r'''Issue Reproduction:
1. Create multi-company accounting structure
2. Go to stripe settings and try and create a stripe settings.

Expected:
stripe settings should get saved.''', False),
("https://github.com/medusajs/medusa/issues/2948", "issue", "other", "stripe",
r'''In #2601, there is an error when the Stripe webhook is configured related to concurrent requests trying to complete the cart. It seems the error still occurs in the latest version.''', False),
("https://github.com/alexmorrisnz/moodle-paygw_stripe/issues/42", "issue", "complaint", "stripe",
r'''I've started receiving webhook errors from Stripe about the webhook. Mostly error 404, occasionally 400. The webhook endpoint is correct, and the permissions are 644 as are all other files in the directory. I'm not sure if the webhook is actually required to run this on a subscription model.''', False),
("https://github.com/chris-bluemoon/revive2/issues/84", "issue", "other", "stripe",
r'''flutter: StripeService: Error in makePayment: StripeException(error: LocalizedErrorMessage(code: FailureCode.Failed, localizedMessage: `secret` format does not match expected client secret formatting., message: `secret` format does not match expected client secret formatting., stripeErrorCode: null, declineCode: null, type: null))
flutter: Payment result: false
flutter: Payment failed - StripeService returned false''', False),
("https://github.com/airbytehq/airbyte/issues/15585", "issue", "other", "stripe",
r'''On Sentry we've been seeing a handful or errors where customers are configuring their Stripe connector w/ accounts that don't have enough permissions to sync certain streams. We might want to make it more clear what sets of permissions they need so they don't go through with the sync process that will end up failing.''', False),
("https://github.com/PipedreamHQ/pipedream/issues/18279", "issue", "other", "stripe",
r'''I want to listen for specific events. There is one event that Stripe sends that is not available to single out in Pipedream, and that event is setup_intent.requires_action. In order to listen for this event, I have to listen for all events (*) which I do not want to do because this wastes credits.''', False),
("https://github.com/stripe/stripe-dotnet/issues/1507", "issue", "other", "stripe",
r'''I am trying to create a payment intent, using version 22.8.1.

My code is as follows:

```c#
StripeConfiguration.SetApiKey("secretKey");
var paymentIntents = new PaymentIntentService();
var createOptions = new PaymentIntentCreateOptions
 {
    Amount = 1499,
    Currency = "gbp",
    AllowedSourceTypes = new List<string> { "card" }
};
var intent = paymentIntents.Create(createOptions);
```

This produces the error: Unexpected character encountered while parsing value''', False),
("https://github.com/payolapayments/payola/issues/158", "issue", "other", "stripe",
r'''When I add the following code to my payola initializer, I'm unable to get the subscription when I trigger the method from the stripe 'test webhook' backend.

``` ruby
config.subscribe('charge.succeeded') do |subscription|
  puts subscription
end
```

I use ngork in order expose my local development environment. I can see the stripe logging in my rails logs but no subscription information set in my initializer.''', False),
("https://github.com/payolapayments/payola/issues/158#comment-fousa-2015-09-15", "issue", "other", "stripe",
r'''Okay, so I made actual changes to the subscription and now everything is received correctly.''', False),
("https://github.com/arlyon/async-stripe/issues/384", "issue", "other", "stripe",
r'''I made a request to POST /v1/transfers and it errored beacuse of insufficient capabilities on the account.

```json
{
  "error": {
    "code": "insufficient_capabilities_for_transfer",
    "message": "Your destination account needs to have at least one of the following capabilities enabled: transfers, crypto_transfers, legacy_payments",
    "request_log_url": "https://dashboard.stripe.com/logs/req_nIhlutaV4amLEs?t=1685040634",
    "type": "invalid_request_error"
  }
}
``` 

is what the API gave back.

However, async-stripe doesn't deserialize that correctly, instead throwing an error with message `"error serializing or deserializing a request"`.''', False),
("https://github.com/arlyon/async-stripe/issues/499", "issue", "other", "stripe",
r'''When constructing the webhook event it something happens with the body so every event fails.

[... cut]

Every single event it goes to the Err and prints error
```
Error constructing event: BadParse(Error("unknown variant `self`, expected `account` or `self_`", line: 133, column: 3))
```''', False),
("https://github.com/arlyon/async-stripe/issues/118", "issue", "other", "stripe",
r'''Hi! I'm trying to run some of the example code and running into a weird error. 

Here's the code: 

```rust
    let client = stripe::Client::new(stripe_api_key);

    let params = stripe::ListCharges::new();
    let charges = stripe::Charge::list(&client, params);
    println!("{:?}", charges);
```

Here's the error:

```
Err(JSONSerialize(Error("data did not match any variant of untagged enum Expandable", line: 13, column: 58)))
```

I'm using this version:
```
async-stripe = { version = "0.13.0-rc3", features = ["runtime-blocking"]}
```

I confirmed with the API key the Stripe request works using the CLI. I can also see the Rust queries in the Stripe dashboard succeed with a 200.''', False),
("https://github.com/arlyon/async-stripe/issues/783", "issue", "other", "stripe",
r'''After trying to fetch a Dispute for a Paypal payment, I get the following deserialization error:

```
payment_method_details.type: unknown variant `paypal`, expected `card` at line 218 column 20
```

The error can be fixed by adding the Paypal variant to `DisputePaymentMethodDetailsType`''', False),
("https://github.com/isaacsanders/omniauth-stripe-connect/issues/2", "issue", "complaint", "stripe",
r'''Hi Isaac, now the auth works, but the problem is on the token retrieve part because there isn't the header param for the auth:

Error:

invalid_client: No authentication credentials were provided. Send your secret API key in the Authorization header using the Bearer authentication method
{
  "error_description": "No authentication credentials were provided. Send your secret API key in the Authorization header using the Bearer authentication method",
  "error": "invalid_client"
}''', False),
("https://github.com/stripe/stripe-cli/issues/182", "issue", "complaint", "stripe",
r'''stripe version 0.6.5 (beta)

### Issue
Ran `stripe login` and received error message

```
Post https://dashboard.stripe.com/stripecli/auth: http2: server sent GOAWAY and closed the connection; LastStreamID=1, ErrCode=ENHANCE_YOUR_CALM, debug=""
```

### Expected Behavior
According to the readme: "You'll be redirected to the Stripe dashboard to confirm that you want to give access to your account to the CLI. After confirming, a new API key will be created and returned to the CLI."''', False),
("https://github.com/stripe/stripe-cli/issues/182#comment-ob-stripe-2019-09-19", "issue", "other", "stripe",
r'''@bz-stripe Thanks for the report. We've identified the issue and will release a fix soon.''', False),
("https://github.com/stripe/stripe-cli/pull/1869", "issue", "other", "stripe",
r'''What it says on the tin.

Before:
```
go run cmd/stripe/main.go customers list --live
{
  "error": {
    "message": "Permission denied.",
    "type": "api_error",
    "code": "unauthorized"
  }
}
```

After:
```
go run cmd/stripe/main.go customers list --live
you're logged in to a sandbox; to access livemode, reauthenticate with 'stripe login' and select your live account
```''', False),
("https://github.com/abantecart/abantecart-src/issues/1833", "issue", "other", "stripe",
r'''I installed Abantecart because I was initially planning on using this app for my online store.  After testing this and others, I decided Abantecart was not what we needed to go with.  I wasn't thinking I needed to disconnect my payment options, because I figured I would be able to do this within Stripe.  However, Stripe will not let me remove the connection to Abantecart within their platform. 

I removed Abantecart from my server, so I have no way of removing the Stripe information within the app.  Because this is tied to Stripe, I can't even create a new account, because the business name is connected.''', False),
("https://github.com/impress-org/givewp/pull/7415", "issue", "other", "stripe",
r'''This PR fixes the bug that prevents the Stripe Element gateway from working in setups using the API keys connection method. 

Now we are using only `stripeKey` to load the Stripe script (when `stripeConnectedAccountId` is missing) to prevent errors when the account is connected through API keys.''', False),
("https://github.com/nateleavitt/infusionsoft/issues/80", "issue", "other", "keap",
r'''Hello I have an issue where I am trying to update or create a customer with their associated Groups. But I can't seem to get it working using Infusionsoft.contact_add({:FirstName => first_name, :LastName => last_name, :Email => email, :Groups => tags.join(',')}) or using the contact_update or data_add or data_update. It seems I can only add or delete a single tag at the time. What am I doing wrong?''', False),
("https://github.com/novaksolutions/infusionsoft-php-sdk/issues/7#comment-swarnenduDutta-2015-05-11", "issue", "other", "keap",
r'''Infusionsoft_Exception: [NoFieldFound]No field found: ContactGroup.Group Name Attempted: 1 time(s). m getting this error''', False),
("https://github.com/ActiveCampaign/activecampaign-api-php/issues/6", "issue", "other", "activecampaign",
r'''The version in the ActiveCampaign.class.php file is 1.
I tried to use the API call $AC->api("contact/tag/add", $aPostData);

But it gave me an error: An unexpected problem occurred with the API request. Some causes include: invalid JSON or XML returned. Here is the actual response from the server: ----

To fix it, I changed a line in the Contact.class.php file.''', False),
("https://github.com/stripe/stripe-dotnet/issues/2688", "issue", "complaint", "stripe",
r'''I am updating Stripe Connect accounts via the API. Everything works perfectly on localhost.

As soon as try it on the live server, every API request is returning a 500 error, Invalid IP address.

I am still working in Test Mode on stripe, as we are still in development, so I am using the same API Keys.

The website is hosted on Azure App Services (windows) - with the same setup as my localhost.

Please can you suggest how I can resolve this so we can resume testing on our live servers.''', False),
("https://github.com/stripe/stripe-dotnet/issues/2688#comment-richardm-stripe-2023-05-03", "issue", "other", "stripe",
r'''Hello @FoxwoodDesign2017. This forum is for bug reports and feature requests for the stripe-dotnet library. It sounds like you need help with your environment or with your integration, and should contact Stripe Support through [support.stripe.com/contact](support.stripe.com/contact) because they can help you more interactively -- or Azure support, since it seems likely that the problem resides there.''', False),
("https://github.com/tylerjrichards/st-paywall/issues/70", "issue", "complaint", "stripe",
r'''“PermissionError: Request req_RvqaWvQhVA7wxB: We’re sorry, but we’re unable to serve your request.” is the error that I get when using the [st-paywall](https://st-paywall.readthedocs.io/en/latest/) component.
I have already set the permissions for the restricted stripe api key i used to:
Subscriptions >>> Read
Customers >>> Read

But I still get that error. Can somebody help me with that please?''', False),
("https://github.com/tylerjrichards/st-paywall/issues/70#comment-cho-amh-programmerExpert-2024-06-27", "issue", "complaint", "stripe",
r'''I can show, But even while using a standard key, it is still the same.''', False),
("https://github.com/stripe/stripe-cli/pull/1604", "issue", "other", "stripe",
r'''Adds a new hidden stripe keys permissions subcommand that resolves the minimal set of restricted API key (RAK) permissions needed for a given set of API endpoints (e.g. `stripe keys permissions "GET /v1/customers"`)
The command prints the resolved permissions, and surfaces any unresolved endpoints as warnings to stderr.''', False),
("https://github.com/stripe/stripe-java/issues/1280", "issue", "other", "stripe",
r'''If I take your documented example to create a Person (https://stripe.com/docs/api/persons/create?lang=java) and modify it to provide the API Key as a request option the code throws an exception complaining the API Key is missing.

[... cut]

This looks like a bug to me, I am using the latest SDK version 20.86.1

```
2021-11-06 18:13:45.656 ERROR 98335 --- [nPool-worker-19] c.l.yyy.xxx.service.StripeService        : No API key provided. Set your API key using `Stripe.apiKey = "<API-KEY>"`. You can generate API keys from the Stripe Dashboard. See https://stripe.com/docs/api/authentication for details or contact support at https://support.stripe.com/email if you have any questions.
```''', False),
("https://github.com/stripe/stripe-java/issues/1944", "issue", "other", "stripe",
r'''I'm working on a service that needs to communicate with the API for multiple (mostly) independent Stripe accounts. To this extent, I would like to configure a single `StripeClient` instance with a baseline configuration for retries (etc.) and add the keys only per request. However, the library currently always [throws if there is no authenticator configured](https://github.com/stripe/stripe-java/blob/dfafa652bc29c2154b79670acda4575516880895/src/main/java/com/stripe/StripeClient.java#L685). There is no good _default_ API key in this case, so I'm currently setting a dummy value.''', False),
("https://github.com/stripe/stripe-java/pull/2041", "issue", "other", "stripe",
r'''### Why?
`BearerTokenAuthenticator` threw an IllegalArgumentException with a vague message when given a null API key. This was inconsistent with the rest of the SDK.

### What?
- Throw ApiKeyMissingException instead
- Improve the message to: "API key cannot be null. Set Stripe.apiKey"''', False),
("https://github.com/justdjango/Shopping_cart/issues/4", "issue", "complaint", "stripe",
r'''Trying to create new account and this is the error am getting

> You did not provide an API key, though you did set your Authorization header to "Bearer". Using Bearer auth, your Authorization header should look something like 'Authorization: Bearer YOUR_SECRET_KEY'. See https://stripe.com/docs/api#authentication for details, or we can help at https://support.stripe.com/.''', False),
("https://github.com/laravel/docs/pull/7407", "issue", "other", "stripe",
r'''I was getting the following error when copying from the example in the docs:

```php
Stripe\Exception\AuthenticationException
No API key provided. (HINT: set your API key using "Stripe::setApiKey(<API-KEY>)". You can generate API keys from the Stripe web interface. See https://stripe.com/api for details, or email support@stripe.com if you have any questions.
```

Adding Stripe::setApiKey(<API-KEY>) fixes this error.''', False),
("https://github.com/vercel/nextjs-subscription-payments/issues/240", "issue", "other", "stripe",
r'''Hi, I have the Supabase extension running and my app working locally and on Vecel. I also have Supabase set up to work locally and with the Vercel cloud env config. 

When I run the preview webhook on my local and update the products (with the env vars config for the cloud DB) and the locally generated secret, it works, the products are updated on my Supabase cloud DB. 

However, the Stripe Server Webhook just keeps throwing an error. I've set STRIPE_WEBHOOK_SECRET in my Vercel env vars and have repeatedly deleted, updated, and renewed the secret on the webhook and in Vercel, but I keep getting the same error. 

Webhook Error: No signatures found matching the expected signature for payload. Are you passing the raw request body you received from Stripe?''', False),
("https://github.com/supabase/supabase/issues/45494", "issue", "other", "stripe",
r'''I've been debugging a Stripe webhook signature verification issue for two days and after eliminating every code-level cause, I believe this is an issue at your Edge Function gateway layer. I'd really appreciate your help.
Summary
My Stripe webhook Edge Function (stripe-webhook) returns 400 on every Stripe webhook delivery, with the error:

"No signatures found matching the expected signature for payload. Are you passing the raw request body you received from Stripe?"

This happens consistently regardless of code changes.''', False),
("https://github.com/tierrun/tier-vercel-openai/issues/6", "issue", "complaint", "stripe",
r'''**To Reproduce**
When I replace the test Stripe key with the live Stripe key in the environmental variables in Vercel, the above error occurs. No issue exists when I am using test keys.''', False),
("https://github.com/vercel/nextjs-subscription-payments/pull/76", "issue", "other", "stripe",
r'''Because the Vercel/Stripe integration currently isn't working, I've documented the manual steps to configure Stripe with this starter.

A few important notes:
1. It's important to redeploy after adding Stripe environment variables
2. The first build will fail due to missing Stripe variables
3. Be sure to change environment variables to production when you're ready to "go live"''', False),
("https://github.com/invoiceninja/invoiceninja/issues/4423", "issue", "other", "stripe",
r'''I am using the newest release v5 and when I try to add a credit card payment method it says:

HTTP 500 Internal Server Error 

Class 'App\PaymentDrivers\Str' not found''', False),
("https://github.com/ACINQ/eclair/issues/611", "issue", "complaint", "other",
r'''I went to [Strike's website](https://strike.acinq.co) and following the API reference to create a charge but it keeps failing:

I copy pasted the example curl command on the command line, replaced the API key but I get a 401 error.  I generated three new API keys, tried them and nothing. Added and removed the ":" after the key and nothing. Sometimes I am prompted "Enter host password for user '[... cut]':" and I enter the password of my account in "strike.acinq.co" and it fails... Please tell me what I am doing wrong.''', False),
("https://github.com/ACINQ/eclair/issues/611#comment-dpad85-2018-05-31", "issue", "other", "other",
r'''Hi, this is not the right place for support for Strike, this github should only be used to report technical issues with eclair. I edited your message to remove your secret key (you must keep it private), but anyway you should regenerate a new one in Strike (https://strike.acinq.co/dashboard/account/apikeys).

Thanks! Closing this.''', True),
("https://github.com/stripe/react-stripe-js/issues/587", "issue", "other", "stripe",
r'''I am trying to find it in the codebase, but I am unable to.

I keep seeing these requests fail with error:

```
{error: {message: "Invalid request."}}
```''', False),
("https://github.com/Glimesh/glimesh.tv/issues/801", "issue", "complaint", "stripe",
r'''So, I have requested a Fresh New Start on my Monetization Onboarding and this is what Stripe throws at me :

`{"error":{"code":null,"message":"The account acct_1IOOHePYtRoZR4Rg has been deleted, so we can't complete this action. Please let us know via https://support.stripe.com/contact if you think this was a mistake."}}`''', False),
("https://github.com/Glimesh/glimesh.tv/issues/801#comment-MrTeeXD-2022-01-22", "issue", "other", "stripe",
r'''I would like to apologise as this is my own stupidity. All I had to do was clear my cookies. I am sorry, I was really tired when making this.''', False),
("https://github.com/stripe/stripe-cli/issues/328", "issue", "complaint", "stripe",
r'''### Issue
Trying to login using the `stripe login` command.

### Expected Behavior
I'm expecting it to open a link in the browser to login to Stripe.

### Steps to reproduce
Run the stripe login command.

### Traceback

```
$stripe login --interactive
Enter your API key:
Your API key is: sk_test_************************
How would you like to identify this device in the Stripe Dashboard? [default: iMac.local]
Error verifying the CLI was setup successfully: Get https://api.stripe.com/v1/account: net/http: TLS handshake timeout
```

```
$ stripe login
Post https://dashboard.stripe.com/stripecli/auth: net/http: TLS handshake timeout
```''', False),
("https://github.com/stripe/stripe-cli/issues/328#comment-tomer-stripe-2019-12-05", "issue", "other", "stripe",
r'''Hey @iugo-robert! Are you running behind some firewall or vpn? I'm not having issues with TLS handshakes on my side :(''', False),
("https://github.com/stripe/stripe-python/issues/337", "issue", "complaint", "stripe",
r'''I am getting this error in my local **window** .

'Stripe no longer supports API requests made with TLS 1.0. Please initiate HTTPS connections with TLS 1.2 or later. You can learn more about this at https://stripe.com/blog/upgrading-tls.'

Please help''', False),
("https://github.com/stripe/stripe-python/issues/337#comment-ob-stripe-2017-08-07", "issue", "other", "stripe",
r'''@prakashkumar163 This error message is returned by the API, not by the Python library itself. You're seeing this error because your Python environment is using TLS 1.0 instead of TLS 1.2 to send requests to the API.''', False),
("https://github.com/pedropaf/saas-ecom/issues/16", "issue", "complaint", "stripe",
r'''Stripe no longer supports API requests made with TLS 1.0. Please initiate HTTPS connections with TLS 1.2 or later.''', False),
("https://github.com/pedropaf/saas-ecom/issues/16#comment-whatsdis-2016-08-05", "issue", "other", "stripe",
r'''updating to latest stripe.net fixes this''', False),
("https://github.com/danielchristianschroeter/Simple-Bootstrap-Stripe-Payment-Form/issues/17", "issue", "complaint", "stripe",
r'''Hi, I have tried this payment form and I have received an error:

> _Error! Stripe no longer supports API requests made with TLS 1.0. Please initiate HTTPS connections with TLS 1.2 or later. You can learn more about this at https://stripe.com/blog/upgrading-tls._

How to overcome it ?''', False),
("https://github.com/danielchristianschroeter/Simple-Bootstrap-Stripe-Payment-Form/issues/17#comment-TakesTheBiscuit-2016-11-17", "issue", "other", "stripe",
r'''This is an issue with your server''', False),
("https://github.com/danielchristianschroeter/Simple-Bootstrap-Stripe-Payment-Form/issues/17#comment-EasyRenter-2018-01-10", "issue", "complaint", "stripe",
r'''Hello Manik,

I have the same issue. Did you find a solution to solve it ?''', False),
("https://github.com/danielchristianschroeter/Simple-Bootstrap-Stripe-Payment-Form/issues/17#comment-EasyRenter-2018-01-11", "issue", "other", "stripe",
r'''Thx @TakesTheBiscuit  for this sharing. I will check that right away.
For our problem, "TLS 1.0 Not Supported anymore", my solution was to update MAMP to V4. It seem that there were no other solution :)''', False),
("https://github.com/realpython/support/issues/324", "issue", "complaint", "stripe",
r'''I got right to the end of Real Python 2: django ecommerce app. I finally registered a user with Stripe and I got the following error:

AuthenticationError: Stripe no longer supports API requests made with TLS 1.0. Please initiate HTTPS connections with TLS 1.2 or later.

I upgraded Stripe to the 1.19.1 to start and then the latest version, as per the recommendation on Stripes web site, but the error continued. 

Has anyone else raised this issue? Do you guys have a fix?''', False),
("https://github.com/realpython/support/issues/324#comment-mjhea0-2016-12-16", "issue", "other", "stripe",
r'''Yes, we are aware of the issue. In fact, if all goes well with refactoring over the weekend, we should have a new release out on Monday. If not, it will come out some time next week.''', False),
("https://github.com/StephenForte/Stripe-Cordova/issues/9", "issue", "complaint", "stripe",
r'''i was using this plugin in cordova application and while implementing charge api i got this error.
Stripe no longer support API request made with TLS 1.0. please initiate HTTPS connection with TLS 1.2 or later.

Can you help me in this''', False),
("https://github.com/stripe-contrib/stripe-cli/issues/18", "issue", "complaint", "stripe",
r'''It seems as of the 1st july 2016 support for TLS 1.0 was dropped and thus breaking stripe-cli
message received when initiating a api call(command)
"Stripe no longer supports API requests made with TLS 1.0. Please initiate HTTPS connections with TLS 1.2 or later. You can learn more about this at https://stripe.com/blog/upgrading-tls."''', False),
("https://github.com/laravel/cashier-stripe/issues/494#comment-jasonvarga-2018-03-06", "issue", "other", "stripe",
r'''This is fixed in stripe/stripe-php 4.0 but Cashier is requiring v3.

See https://github.com/stripe/stripe-php/pull/299''', False),
("https://github.com/stripe/stripe-php/issues/290", "issue", "complaint", "stripe",
r'''I have set up a new integration on a server that already has existing Stripe integrations that work fine. However, any attempt to make calls to Stripe return the error

`Stripe\Error\Authentication: Stripe no longer supports API requests made with TLS 1.0. Please initiate HTTPS connections with TLS 1.2 or later`

The test script for PHP on https://support.stripe.com/questions/how-do-i-upgrade-my-stripe-integration-from-tls-1-0-to-tls-1-2#php gives the following error

`TLS 1.2 is not supported. You will need to upgrade your integration.`

However my hosting provider assures me that TLS1.2 is enabled and working fine, they've even verified using Paypal's TLS test site.

Is this a false positive? Is there a setting or something I've missed?''', False),
("https://github.com/stripe/stripe-php/issues/290#comment-remistr-2016-09-01", "issue", "other", "stripe",
r'''@robertkent87 The fact that your other integration works is usually unrelated. The reason is that we whitelisted any existing integration into being allowed to use TLS 1.0 until January 2017 before making the change. Your new integration gets the error because it's new and we want to make sure that new users are relying on TLS 1.2 only and nothing else.''', False),
("https://github.com/stripe/stripe-php/issues/276", "issue", "complaint", "stripe",
r'''Having an issue where "stripe/stripe-php": "2.*" works with TLS1.2 but "stripe/stripe-php": "3.*" does not.

When using stripe 2.* it works, returns TLS 1.2 supported, no action required.   When using stripe 3.* it does not work, returns TLS 1.2 is not supported. You will need to upgrade your integration.

We verified that our server supports TLS1.2 properly.''', False),
("https://github.com/stripe/stripe-php/issues/248", "issue", "complaint", "stripe",
r'''**PHP version:** 5.6.18
**Stripe version:** 3.12.1

One of our applications is failing to make successful API calls while using TLS v1.2. The request returns no response as shown below:

[... cut]

I was able to correct the connection problem by commenting out that block of code. Could this be a bug?''', False),
("https://github.com/thephpleague/omnipay-stripe/issues/53", "issue", "complaint", "stripe",
r'''When trying to process payments for new Stripe accounts, we now receive the error:

> Stripe no longer supports API requests made with TLS 1.0. Please initiate HTTPS connections with TLS 1.2 or later. You can learn more about this at https://stripe.com/blog/upgrading-tls.''', False),
("https://github.com/thephpleague/omnipay-stripe/issues/53#comment-delatbabel-2016-08-06", "issue", "other", "stripe",
r'''You may also like to check that you have the correct version of libcurl installed. You need something > 7.40.  The same problem exists with PayPal. e.g. on a CentOS 6 server you have to update libcurl from the city-fan repo.''', False),
("https://github.com/thephpleague/omnipay-stripe/issues/53#comment-emarthinsen-2017-09-25", "issue", "complaint", "stripe",
r'''I'm running into the same problem. Here's the error message that I'm getting:

```Stripe no longer supports API requests made with TLS 1.0. Please initiate HTTPS connections with TLS 1.2 or later. You can learn more about this at https://stripe.com/blog/upgrading-tls.```

I'm on OSX 10.12.6. My version of libcurl is `7.54.0` and my version of OpenSSL is `1.0.2l`. All of those are the most current versions.''', False),
("https://github.com/stripe/stripe-python/issues/660", "issue", "complaint", "stripe",
r'''Over the last few days I have started seeing this error occurring, intermittently.  I am using the default http client which is choosing `requests`.  I set `stripe.verify_ssl_certs = False` but it is still happening.

[... cut]

[07:11:33][ERROR] oscar_apps.checkout.facade facade.py:get_customer:108 | connected customer retrieve error: APIConnectionError(message='Could not verify Stripe\'s SSL certificate.  Please make sure that your\nnetwork is not intercepting certificates.  If this problem persists,\nlet us know at support@stripe.com.''', False),
("https://github.com/stripe/stripe-python/issues/81", "issue", "complaint", "stripe",
r'''okay, so this issue is killing me, it is directly related to, if not the same as issues #75, and #74.

I've detailed a lot of my problems in issue #75, I understand that the workaround should be:

``` python
stripe.verify_ssl_certs = False
```

However, I've got this set, and a debug log shows it is set to false, just before my call to create a customer, however when I try to create the customer , I'm still getting the SSL error:

```
  File "/home/john/PycharmProjects/flask-peachy-new/server/lib/stripe/api_requestor.py", line 257, in _check_ssl_cert
    raise error.APIConnectionError(e)
APIConnectionError: [Errno 13] Permission denied
```''', False),
("https://github.com/stripe/stripe-python/issues/726", "issue", "complaint", "stripe",
r'''Some of the requests made from our application running on Heroku and using Python 3.9.2 and your library's version 2.56.0 get this exception.

[... cut]

_APIConnectionError: Could not verify Stripe's SSL certificate.  Please make sure that your network is not intercepting certificates.  If this problem persists, let us know at support@stripe.com._ 

Most of the requests do work, but we get this intermittently for some of them. I did write to support, but they needed an event ID that I did not have to trace the problem and I figured that since the request doesn't even reach their server this is the better place to ask.''', False),
("https://github.com/stripe/stripe-python/issues/726#comment-ob-stripe-2021-06-18", "issue", "other", "stripe",
r'''Hi @mihaiz-eggnita. Are you making any changes to `stripe.ca_bundle_path` or doing anything at all that could affect TLS certificate validation?''', False),
("https://github.com/stripe/stripe-python/issues/1064#comment-richardm-stripe-2023-09-28", "issue", "other", "stripe",
r'''Hello @sergueikp, thanks for the report. I was unable to reproduce this myself in an Ubuntu docker container:

[... cut]

Judging by the error message, I don't think this is a problem we can fix in stripe-python and the cause probably lies elsewhere in your environment.''', False),
("https://github.com/opencollective/opencollective/issues/2584", "issue", "complaint", "stripe",
r'''We're having some errors with Stripe that are not properly detected. 

We added logging in: https://github.com/opencollective/opencollective-api/pull/2821 and now in the console, we see:

```
error: Stripe Payment Error: An error occurred with our connection to Stripe.
error: undefined {"raw":{"message":"An error occurred with our connection to Stripe.","detail":{"code":"ECONNRESET"}},"detail":{"code":"ECONNRESET"},"type":"StripeConnectionError"}
 ```

We need to detect this specific error and get notified when this happen so we can troubleshoot.''', False),
("https://github.com/stripe/stripe-ruby/issues/898", "issue", "other", "stripe",
r'''There are some jobs running to charge customers. But there are some issues with customers' accounts and the error is received `Stripe::InvalidRequestError: Your account cannot currently make charges. To find out why charge creation is currently disabled, look at the "verification.disabled_reason" property on this account`. The jobs are rescheduled for repeat and then run again. 
Every time a job is run a connection to Stripe server is created but it does not close after the exception occurs.''', False),
("https://github.com/stripe/stripe-dotnet/issues/1667#comment-iriswu1031-2019-06-18", "issue", "complaint", "stripe",
r'''Not only subscription not working, I couldn't do anything using the new SDK.
I couldn't get invoice / create webhook etc. The error occurs everytime when I use the SDK to connect to stripe API.''', False),
("https://github.com/stripe/stripe-dotnet/issues/1667#comment-remi-stripe-2019-06-18", "issue", "other", "stripe",
r'''Thanks. I don't see any request coming in on our side to fetch that Subscription so it does look like the request is never making it to our servers at least. 

Looking into it further, I also don't see any request at all on this account inn the past 7 days. Not even with the older version of the library. 

Are you sure you're testing both versions on the same account? If so, could you give me an example Session id or Subscription id that you successfully created or retrieved with stripe-dotnet?''', False),
("https://github.com/stripe/stripe-dotnet/issues/93", "issue", "complaint", "stripe",
r'''I get the below error when I use the stripe.net dll to process a charge:

Error while talking with one of our backends.  Sorry about that!  We have been notified of the problem.  Please contact support@stripe.com if you have any questions.

This is probably not an issue with the code, but, I was wondering if anyone who has used Stripe.net is aware of what causes this?''', False),
("https://github.com/stripe/stripe-dotnet/issues/93#comment-robfe-2015-04-13", "issue", "other", "stripe",
r'''@jimdanz may be unrelated but may be interesting anyway, I was getting this same generic error message (which led me here) and it turned out I'd forgotten to encode my basic auth header. Might be handy for idiots like me to have a specific error message when the basic auth header is undecodable at your end...''', False),
("https://github.com/stripe/stripe-dotnet/issues/93#comment-irongaze-2017-01-25", "issue", "complaint", "stripe",
r'''Sorry for the necrobump, but for other folks googling this issue, it's still hitting us periodically.  We run a nightly billing script, and randomly about one in 1000 charges fails with this message.  Can't be a code issue, b/c the other charges work fine.  Can't be a data problem, b/c the same charge will work the following night.''', False),
("https://github.com/beam-community/stripity-stripe/issues/428", "issue", "other", "stripe",
r'''I'm having an issue on `402` responses from Stripe.

What I'm getting when an error occurs is:
`HTTP request error: unable to encode value: {"Request-Id", "req_xxxxxxxxxxx"}`

Weird thing it happens only sometimes.

Checking the Stripe logs basically turns out that the card information of the customer were wrong. but still it shouldn't raise a error like that.''', False),
("https://github.com/novaksolutions/infusionsoft-php-sdk/issues/161", "issue", "complaint", "keap",
r'''We run a daily cronjob to send 2 separate emails out, 1 of each to a different group of Infusionsoft contacts. Twice in the last couple of weeks Infusionsoft has crapped out and returned a 524 error on us after sending one of the emails. 

We wrote a second script that's the same as the first, except it only sends the second email. However when we try to run this manually after the cronjob script fails, we receive the error: 

`Fatal error: Uncaught CURL error: HTTP/2 stream 0 was not closed cleanly: Unknown error code (err 1)
Attempted: 1 time(s).
  thrown in /home/kcmcrew/recurring_scripts/infusionsoft-sdk/Infusionsoft/App.php on line 193`''', False),
("https://github.com/novaksolutions/infusionsoft-php-sdk/issues/161#comment-jchimene-2020-04-28", "issue", "other", "keap",
r'''WAG: Try fiddling with CURLOPT_HTTP_VERSION
I've never seen this error before even after 5 yrs. of using this SDK''', False),
("https://github.com/infusionsoft/infusionsoft-php/issues/100", "issue", "complaint", "keap",
r'''The CurlClient uses the CurlTransport as its XmlRpcTransport which sets the CURLOPT_TIMEOUT_MS to 5000. With large applications, that timeout is frequently reached. There is nothing in the SDK which allows you to change that option.

The default GuzzleClient works just fine. The CurlClient is completely unreliable for large applications and should not be used.''', False),
("https://github.com/infusionsoft/infusionsoft-php/issues/100#comment-micfai-2017-03-06", "issue", "other", "keap",
r'''@KelseySheely we're overriding the timeout in the CurlClient request function. Are there certain calls which you get the timeout more frequently on?''', False),
("https://github.com/novaksolutions/infusionsoft-php-sdk/issues/21", "issue", "complaint", "keap",
r'''Fatal error: Uncaught CURL error: Could not resolve host: https; Host not found Attempted: 1 time(s). thrown in E:\xampp\htdocs\projects\Amit\sign-up\infusionsoft-php-sdk-master\Infusionsoft\App.php on line 101

error coming while executing example.php''', False),
("https://github.com/novaksolutions/infusionsoft-php-sdk/issues/21#comment-jacoballred-2015-04-21", "issue", "other", "keap",
r'''Looks like a configuration issue. Can you paste your config.php, with your API key redacted?''', False),
("https://github.com/stripe/stripe-python/issues/35", "issue", "complaint", "stripe",
r'''I'm actually running into the same issue as explained in the stripe-ruby issue https://github.com/stripe/stripe-ruby/issues/46 . Reading the thread on that issue, it seems like Heroku will go through with the request anyway. Recently, I've seen a fair amount of our stripe charges (4 times in the past 2 weeks) taking longer than 30 seconds (and hence Heroku cutting off the request) and the charge NOT ending up going through. I'm wondering if there is another issue going on?''', False),
("https://github.com/stripe/stripe-ruby/issues/46", "issue", "other", "stripe",
r'''At the moment the `open_timeout` and `timeout` [values are](https://github.com/stripe/stripe-ruby/blob/master/lib/stripe.rb#L146) `30` and `80` respectively.

On heroku they have a hard timeout of 30seconds per request, so when Stripe times out it causes the request to fail ungracefully.

I suppose an alternative would be to allow users to specify their own timeout values?''', False),
("https://github.com/fjordllc/bootcamp/issues/3771", "issue", "complaint", "stripe",
r'''View details in Rollbar: [https://rollbar.com/komagata/Bootcamp/items/778/](https://rollbar.com/komagata/Bootcamp/items/778/)

```

Net::OpenTimeout: execution expired
  File "/usr/local/lib/ruby/2.7.0/net/http.rb", line 960, in initialize
[... cut]
  File "/usr/local/bundle/gems/stripe-5.39.0/lib/stripe/connection_manager.rb", line 111, in block in execute_request
```''', False),
("https://github.com/stripe-samples/tap-to-pay-android-demo/issues/8", "issue", "complaint", "stripe",
r''' com.stripe.stripeterminal.external.models.ConnectionTokenException: Creating connection token failed''', False),
("https://github.com/stripe-samples/tap-to-pay-android-demo/issues/8#comment-ahsan7786-2024-10-28", "issue", "complaint", "stripe",
r'''Any update on this ?

we are facing this issue when ever we autoupdate our app''', False),
("https://github.com/stripe-samples/tap-to-pay-android-demo/issues/8#comment-amigax-2024-12-17", "issue", "complaint", "stripe",
r'''im getting this a lot again recently, did u find a fix?''', False),
("https://github.com/stripe/stripe-terminal-android/issues/539", "issue", "complaint", "stripe",
r'''ApiClient.createConnectionToken() regularly fails. why is that?''', False),
("https://github.com/stripe/stripe-terminal-android/issues/539#comment-amigax-2025-01-14", "issue", "other", "stripe",
r'''it was down to the free render account (takes 60 secs to spin up). though my client is having issues I will see what I can find out.''', False),
("https://github.com/stripe/stripe-android/issues/912", "issue", "other", "stripe",
r'''Our customers seem to get stuck for quite a while and sometimes for a really long time for a callback, 5 minutes at-least and possibly upwards when I am trying to generate a token for the card by calling stripe.createToken() method, the callback or timeout just doesn't come for a long time''', False),
]

