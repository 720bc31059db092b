# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 473 (mine-b473): KEAP / INFUSIONSOFT integrations, SDKs and plugins (PHP/Ruby/Node SDKs, WordPress
# membership plugins, OAuth proxies, connectors) whose Keap connection, OAuth token, legacy API key or Service
# Account Key stopped working, plus near misses. The theme turned out to be almost exhausted: nearly every Keap /
# Infusionsoft thread the issues and pages corpora return is already in the corpus (see "skipped" below), so this
# batch has only 26 Keap rows (17 threads, 2 complaints). As the brief allows ("take what is new"), the rest of the batch is
# SPILL-OVER that the Keap look-ups surfaced and that is not yet in the corpus: OAuth / API-key / webhook / sync
# failures of other products (Google, Salesforce, Slack, Office 365, QuickBooks, Mailchimp, Pipedrive, Smartlead,
# SignNow, Reapit, NCR Counterpoint, Mindbody, YetiForce, Exchange, Mautic and Saltcorn webhooks, n8n / Nango /
# Pipedream credentials) and XML-RPC-to-REST migration talk (Jetpack, Bugzilla). All rows are voice 'issue'
# (GitHub) or 'forum' (vendor docs / KB pages, as earlier Keap batches did with help.keap.com and wpfusion.com).
# Complaints (label complaint): the writer reports a connection / credential failing now - Ruby gem "I'm getting
# 401 Unauthorized, when configure infusion-soft with OAUTH 2.0", an Infusionsoft SDK refresh dying with
# "Uncaught Exception: Invalid client identifier ... Infusionsoft_OAuth2::refreshToken(NULL)"; off theme:
# omniauth "invalid_client" / "bad_client_secret" / "invalid credentials in callback phase", Office 365
# "AADSTS7000215: Invalid client secret is provided", Intuit "HTTP status 401 ... invalid_client", "401
# Unauthorized when valid APIKey header is present", "401 Missing API key", "After Client Secret Key Expired,
# App is not working", Pipedream "it says it's connected. But on string it is not connecting" / "Can't
# connect" to Pipedrive, Gravity Forms leads "not feeding into Salesforce", Mailchimp tags / orders not
# synchronized, "Mailchimp Sync stuck at 200 contacts", Marketing Cloud login fails, SignNow GetTokenAsync
# connection closed, n8n OAuth credentials that stop after token expiry / "says Error or Unauthorized",
# Nango "Refreshing token returns 400 bad request", Reapit "invalid_client", YetiForce "401 unauthorized
# after 6.1 upgrade", php-ews "Now i get 401 at all times", Saltcorn and Mautic webhooks that fire without
# payload or in the wrong format, WooCommerceConnector "Error While orders sync", and "+1 I'm getting this
# too".
# Near misses (label other): Keap SDK bugs that are not a connection failure (infusionsoft-php #323 tag
# stdClass exception after 1.6.1, #154 "Tags can't be added or removed through this object", #179
# "Unrecognized property: tag_ids", "#ConfusionSoft"), fix PRs and PR descriptions (#326 "Fix adding tags",
# #320 "add apikey auth" for PAT/SAK, patricklodder #9 new XML API with OAuth, mulesoft "Connector with OAuth
# throws Token Expired Exceptions", Nango refresh fixes), a Keap data-provider feature request (qore #5227),
# vendor docs and KB pages (iMember360 sync modules, "Due to Infusionsoft API restricted, contact information
# on the site is generally cached", FormLift OAuth proxy, Domo connector, developer.infusionsoft.com
# authentication / FAQ, a 4Spot Consulting blog paragraph), maintainers' questions ("Could you provide an
# example of the request from Postman", "How long have you had the extension installed?", "@pachumon - any
# update?"), "works now / my mistake" follow-ups ("I have extra space in ENV name. It is working as
# expected.", "solved: invalid_client_id", "After recreating everything worked as expected", SignNow
# "use the https://api-eval.signnow.com endpoint"), feature requests (n8n OAuth2 credential type missing,
# newspack Salesforce sync logging, Jetpack REST instead of xmlrpc.php) and migration notices (Bugzilla
# XML-RPC removal).
# Sources (59 threads; issues and pages corpora, texts copied from the excerpts the `search` tool returned -
# a title plus first sentences, or one comment - trimmed, never reworded or translated; pasted logs cut after
# their first lines):
#  Keap: nateleavitt/infusionsoft #84, infusionsoft/infusionsoft-php #154 #179 #323 #336 PR #320 PR #326,
#  patricklodder/infusionsoft PR #9, qoretechnologies/qore #5227; pages docs.imember360.com/i4w_sync_contacts,
#  imember360.com/docs/i4w_sync_user, support360-kb-05222019.groovehq.com (tag not reflected), oauth.formlift.net,
#  knowledge.domo.com (Infusionsoft connector), developer.infusionsoft.com/authentication and
#  /faqs/category/api, 4spotconsulting.com/mastering-keap-integrations-guarding-against-data-erosion.
#  Spill-over: zquestz/omniauth-google-oauth2 #36, omniauth/omniauth #998, twinslash/redmine_omniauth_google
#  #4 #19, realdoug/omniauth-salesforce #9 #27, zammad/zammad #3592, kmrshntr/omniauth-slack #35,
#  intuit/oauth-rubyclient #14, NCRCounterpointAPI/APIGuide #109, mindbody/API-Examples #33,
#  OfficeDev/microsoft-teams-apps-company-communicator #1608, PipedreamHQ/pipedream #18082 #19399,
#  gravityplus/Gravity-Forms-Salesforce #231, mailchimp/Firebase #67, mailchimp/mc-woocommerce #226 #1193,
#  singer-io/tap-exacttarget #35, signnow/SignNow.NET #115, signnow/SignNowPHPSDK #40, n8n-io/n8n #13403
#  #17486 #17889 #26197, mulesoft/mule PR #9590, NangoHQ/nango #429 PR #2323 PR #2387 PR #5508,
#  libracore/WooCommerceConnector #83, Automattic/newspack-plugin #711 #1333, Automattic/jetpack #8230,
#  GothenburgBitFactory/bugwarrior #697, wordpress-mobile/WordPress-Android #1235, reapit/foundations #8855,
#  YetiForceCompany/YetiForceCRM #14503, jamesiarmes/php-ews #622, saltcorn/saltcorn #567, mautic/mautic
#  #4151 #13349.
# Look-ups: 45 of the 60 allowed - 43 `search` calls (issues 29, pages 14) and 2 `find_repos` ("infusionsoft",
#  "keap": long lists of code repositories, mostly without issue threads in the index); no fetch / read_file /
#  find_files / find_string. Queries: Infusionsoft invalid_grant refresh token; Keap WordPress plugin sync;
#  Infusionsoft API key invalid plugin; Keap OAuth n8n; Keap SAK / legacy key sunset XML-RPC; Infusionsoft
#  Node SDK unauthorized; Gravity Forms Infusionsoft feed; tap-infusionsoft / Keap connector; laravel
#  infusionsoft token refresh; Keap forum invalid_grant; Infusionsoft 401 PHP Q&A; [InvalidKey]; Keap rest
#  hooks stopped firing; WP Fusion Keap; Activepieces / Pipedream Keap; Infusionsoft broken after update;
#  keap-sdk X-Keap-API-Key; n8n Keap node; Zapier Keap Max Classic reconnect; Memberium sync; SAK 401 after
#  migration; Keap 503 XML-RPC; PMPro Infusionsoft; Ninja Forms / WPForms Infusionsoft; omniauth
#  Infusionsoft invalid_client; infusionsoft-php 1.6 PAT/SAK; Keap REST v2 SDK; resthook verify
#  X-Hook-Secret; "stopped working yesterday"; 401 after October 31; wordpress.org Infusionsoft plugin;
#  OAuth2 refresh Q&A; Elixir / Discourse / .NET Infusionsoft libraries; Nango Keap provider; Keap Max
#  Classic sync complaints; XML-RPC sunset REST v2; WooCommerce Infusionsoft order sync;
#  api.infusionsoft.com invalid_client; php-sdk SAK 401 after 1.6; Keap resthook not firing.
# Checked: every thread URL was grepped (both quote styles, thread part only) over main's tools/real/b*.py,
#  tools/real/pending/*.py and /work/wt/*/tools/real/pending/*.py; Keap Discourse threads were matched by
#  topic id across hosts (community.keap.com / integration.keap.com / community.infusionsoft.com), because
#  the same topic appears under several host names.
# Skipped as already in the corpus (not exhaustive): infusionsoft/infusionsoft-php #9 #16 #61 #91 #93 #99
#  #101 #114 #115 #122 #137 #152 #158 #191 #220 #228 #232 #252 #260 #302 PR #242; nateleavitt/infusionsoft
#  #12 #42 #76 PR #83 #85 #87 #88; novaksolutions/infusionsoft-php-sdk #95 #165 #175 #176 #178 PR #177;
#  EventDay/Infusionsoft.net #64; bvalosek/infusionsoft-api #3 #13; infusionsoft/API-Sample-Code #7;
#  infusionsoft/Official-API-Python-Library #11 #21; beaverbuilder/feature-requests #205; elementor #6824;
#  zaus/forms-3rdparty-integration #18 #23; PipedreamHQ/pipedream #137 #1416 #17306 #20904,
#  PipedreamHQ/roadmap #290; activepieces #2232; amp-labs/connectors PR #81; boncey/Flickr4Java #255;
#  Keap forum topics 43545 82597 86529 85209 91017 89944 90938 92790 92929 93019 16256 306; wpfusion.com
#  sunsetting post, help.keap.com sunsetting pages, infusedwoo.com/docs/settings, docs.integry.ai Keap,
#  blinkmetrics Keap, keap.memberium.com background sync, myconvertmore Memberium checklist, monkeypodmarketing
#  legacy-api-key (https; the http:// copy of the same page was not taken), learn.thryv.com XML-RPC sunset,
#  coderapp.vercel.app/answer/43761122, docs.cyclr.com/infusionsoft-connector (its twin
#  docs.cyclr.com/connector-guides/infusionsoft not taken either); off theme: n8n #987 #1486 #1507 #2264
#  #12920 #17450 #22893 #30345 #30875, NangoHQ/nango #455 #988 #1005 #1016, intuit/oauth-jsclient #77,
#  XeroAPI/Xero-NetStandard #257, EvanHerman/yikes-inc-easy-mailchimp-extender (all hits), mc-woocommerce #161
#  #231 #257 #285 #402 #450 #563 #768 #798, Gravity-Forms-Salesforce #205 #271 #300 #304, wp-erp #501 #707,
#  weforms #157, YetiForceCRM #14092, pipedrive/client-php #290, CordysCRM #1812, foxriver76/node-bring-api
#  #300, fattureincloud-csharp-sdk #103, RestyaPlatform/board #867, zapier-platform-cli #268, and others.
# Rejected: crms-team/crms #80 ("Wrong Key Error" - not clear which key or system), n8n #13403's maintainer
#  reply (cut off mid-sentence in the excerpt), excerpts that were only plugin lists or screenshots. Also
#  skipped as already present: dashclicks Keap auth docs and the apis.io Keap REST-hooks pages.
# Label calls / doubts: infusionsoft-php #323 ("doesn't work anymore since release 1.6.1", an SDK exception
#  when tagging contacts) is labelled other, in line with how earlier batches labelled SDK method bugs of the
#  same repository (addToCampaign, AffiliateService); a reviewer could argue complaint. NangoHQ/nango #429 is
#  a contributor-filed bug ("When trying to refresh a token for some providers, it returns a 400") labelled
#  complaint, integration none (no provider named). mautic #4151 (webhook to Zapier sent in the wrong format)
#  is labelled complaint, as is the reporter's reply; the maintainer's "Zapier is not supported" is other.
#  WordPress-Android #1235 ("i tried blocking /xmlrpc.php ... and the app no longer works or connects") is
#  other: the break is self-inflicted and the message asks about plans. n8n #17889 (OAuth2 credential type
#  missing from the UI) is other (missing feature, nothing broken). The complaint share is 34 of 89 (38%),
#  below the 50-60% aim: the Keap theme yielded mostly near misses, and no more new Keap complaints could be
#  found. All rows English; no row mentions a key getting out (exposure False everywhere).
ROWS = [
    ('https://github.com/nateleavitt/infusionsoft/issues/84', 'issue', 'complaint', 'keap', "Getting 401 with OAUTH 2.0\n\nI'm getting 401 Unauthorized, when configure infusion-soft with OAUTH 2.0.", False),
    ('https://github.com/qoretechnologies/qore/issues/5227', 'issue', 'other', 'keap', 'Implement Keap Data Provider\n\n## Summary\n\nImplement a Keap (formerly Infusionsoft) data provider integration for Qorus.', False),
    ('https://github.com/infusionsoft/infusionsoft-php/issues/323', 'issue', 'other', 'keap', 'Adding contacts to a tag doesn\'t work anymore since release 1.6.1\n\nSince the latest release adding contacts to a tag with `$tagService->addContacts` throws an exception with the message "Cannot use object of type stdClass as array" on `infusionsoft/infusionsoft.php` line 523. The changes in `restfulRequest` with `$params` and `$full_params` seem to dropping support for stdClass, but the service still uses a stdClass instead of an array.\n\n@ROMzombie can you please fix this?', False),
    ('https://github.com/infusionsoft/infusionsoft-php/pull/326', 'issue', 'other', 'keap', 'Fix adding tags to a contact\n\nThis fixes #325', False),
    ('https://github.com/infusionsoft/infusionsoft-php/pull/326', 'issue', 'other', 'none', 'Thank you for acting on this quickly @ROMzombie!', False),
    ('https://github.com/infusionsoft/infusionsoft-php/issues/154', 'issue', 'other', 'keap', 'REST API update contact error\n\nHi Guys,\n\nHave you seen this error while you are updating an empty custom_fields on contact ? \n"Tags can\'t be added or removed through this object"', False),
    ('https://github.com/infusionsoft/infusionsoft-php/issues/154', 'issue', 'other', 'keap', 'For anyone who is getting the error "Tag can\'t be added or removed through this object" while updating custom_fields by REST API.\n\nThis code can overcome the issue(I have tested it and it\'s working ):', False),
    ('https://github.com/infusionsoft/infusionsoft-php/issues/154', 'issue', 'other', 'keap', "Hi @dkaitou ...\n\nDo you happen to have any idea where I find these ID numbers for custom fields in Infusionsoft's control panel?\n\nI'm working on a system that was built by someone else.  And the code using the API has these custom field ID numbers everywhere.  Yet I can't find where they are actually set up in Infusionsoft's control panel.", False),
    ('https://github.com/infusionsoft/infusionsoft-php/issues/179', 'issue', 'other', 'keap', 'Unable to find and then save a contact due to tag_ids attribute\n\n```php\n$contact = $infusionsoft->contacts()->find(1);\n```\n\nwill result in a contact object with a tag_ids attribute, eg:\n\n```\n$contact->attributes[\'tag_ids\']\n```\n\nThen when you try to save the contact using:\n```php\n$contact->save()\n```\n\nYou will get the following error:\n```\n400 Bad Request` response:\\n{"message":"Unrecognized property: tag_ids"}\n```', False),
    ('https://github.com/infusionsoft/infusionsoft-php/issues/179', 'issue', 'other', 'keap', '#ConfusionSoft', False),
    ('https://github.com/infusionsoft/infusionsoft-php/issues/179', 'issue', 'other', 'none', "@acobster that feels like a bandaid fix. Ideally we'd have a transformer in the sdk that handles all of that for us. The problem with a transformer is that we'd have to update it every time a field changes on the model, however there might be ways to automate updating that.", False),
    ('https://github.com/infusionsoft/infusionsoft-php/issues/179', 'issue', 'other', 'none', 'Taking a step back, would a more appropriate fix be to ignore `tag_ids` on the server side? Or perhaps even honor updates to `tag_ids`?', False),
    ('https://github.com/infusionsoft/infusionsoft-php/pull/320', 'issue', 'other', 'keap', "Switch calls to use headers and add apikey auth\n\nWe shouldn't be sending tokens via the URI (which can be logged or captured in transit), so switch to using HTTP Headers instead for all calls.\n\nAdd support for the `X-Keap-API-Key` header to allow Personal Access Tokens and Service Account Keys through the SDK.", False),
    ('https://github.com/infusionsoft/infusionsoft-php/pull/320', 'issue', 'other', 'none', '(not part of your changes but..) Broken link?', False),
    ('https://github.com/patricklodder/infusionsoft/pull/9', 'issue', 'other', 'keap', "Updated to new XML API\n\nI've got things working with the new API locations using Oauth-based access tokens, since the older mechanism is deprecated for new apps.\n\nI don't have support for refreshing new access tokens yet, but if you already have a valid, non-expired access token you can pass that in and it will get used.", False),
    ('https://docs.imember360.com/i4w_sync_contacts/', 'forum', 'other', 'keap', 'This module provides a mechanism to (one-way) update the entire local Contact cache table (_isContact).\nThis module can be triggered from a server-side CRON job.\nThis module can be called through ‘Send an http post…’ from within an Infusionsoft application.', False),
    ('https://imember360.com/docs/i4w_sync_user/', 'forum', 'other', 'keap', 'This module provides a mechanism to refresh the local contact cache using a “Send Http post to another server” action in In Infusionsoft.', False),
    ('https://imember360.com/docs/i4w_sync_user/', 'forum', 'other', 'keap', 'The new “Campaign Builder” HTTP POST do not automatically send the contact record data for processing. Individual value pairs must now be specified.', False),
    ('https://support360-kb-05222019.groovehq.com/help/i-just-assigned-a-tag-to-a-user-but-it-isnt-reflected-on-the-site', 'forum', 'other', 'keap', 'Due to Infusionsoft API restricted, contact information on the site is generally cached.\n\nHowever, cached contact information is automatically updated during certain events known to iMember360, such as when a tag is assigned from within iMember360 or when an an Infusionsoft HTTP POST is received for a contact.', False),
    ('https://oauth.formlift.net/', 'forum', 'other', 'keap', 'If you made it here, that’s because either A. you are very lost, or B. You are trying to connect your WordPress plugin to the Infusionsoft API via the Oauth method.', False),
    ('https://oauth.formlift.net/', 'forum', 'other', 'keap', 'It originally started as a  solution to use for my own plugin, FormLift, to allow me to collect API stats from my users. I’ve worked out all the kinks, and it’s pretty seamless, battle tested and ready for you to install.', False),
    ('https://knowledge.domo.com/Connect/Connecting_to_Data_with_Connectors/Configuring_Each_Connector/Connectors_for_Sales/Infusionsoft%2F%2FInfusionsoft_Enterprise_Connector', 'forum', 'other', 'keap', 'Both versions of the Infusionsoft connector (standard as well as Enterprise) use OAuth to connect. In the Enterprise version of the connector, you are also asked to enter your client ID and client secret.', False),
    ('https://developer.infusionsoft.com/authentication', 'forum', 'other', 'keap', 'The access_token is the token you will use to authenticate requests to the Infusionsoft API, and it expires after the time in the expires_in field (in seconds). In order to get a new valid access token after one has expired, you must use the refresh_token to request a new access token.', False),
    ('https://developer.infusionsoft.com/faqs/category/api/', 'forum', 'other', 'keap', 'Why is my package key in “Waiting” status?\nWe automatically approve the 1st API key a developer creates, but we need to manually approve the 2nd one. We GENERALLY only approve 2 keys per developer (one for testing, one for production), but exceptions are made to this, in which case the developer needs to submit a ticket in order for us to review and enable their package key.', False),
    ('https://4spotconsulting.com/mastering-keap-integrations-guarding-against-data-erosion', 'forum', 'other', 'keap', 'However, the moment an API integration falters, the risks multiply. We’re not just talking about minor inconveniences; we’re talking about fundamental breaches of data integrity that can undermine trust and operational effectiveness.', False),
    ('https://github.com/zquestz/omniauth-google-oauth2/issues/36', 'issue', 'complaint', 'other', 'invalid_client: { "error" : "invalid_client" }\n\nWhen I try to use this it gets to the callback url (/auth/google_oauth2/callback) but shows this\n\n```\nOAuth2::Error\n\ninvalid_client: \n{\n  "error" : "invalid_client"\n}\n```', False),
    ('https://github.com/omniauth/omniauth/issues/998', 'issue', 'complaint', 'other', "Vague error in callback phase of custom strategy\n\nI don't know if the issue that I'm experiencing is within Omniauth or if it's something to do with the Polar API that I'm attempting to integrate with. Apologies ahead of time if I'm in the wrong place.", False),
    ('https://github.com/twinslash/redmine_omniauth_google/issues/19', 'issue', 'complaint', 'other', "Invalid client\n\nHi, got to the step where I get the consent screen from Google, but it fails to authenticate. That's where I'm stuck. Any help?", False),
    ('https://github.com/twinslash/redmine_omniauth_google/issues/4', 'issue', 'complaint', 'other', 'Invalid client\n\nGoogle succeeds with its own testing. Once on redmine, I receive the following error:\n\nError: invalid client', False),
    ('https://github.com/realdoug/omniauth-salesforce/issues/27', 'issue', 'other', 'other', "solved: invalid_client_id\n\nI'd been pulling my hair out trying to get the [demo app](https://github.com/richardvanhook/omniauth-salesforce-example) working, but kept getting invalid_client_id when omniauth-salesforce was trying to get the token. \n\n I found a solution and figured I'd share it in case anyone is having the same problem.  The answer for me is to pass client_options: { auth_scheme: :request_body } in the setup.", False),
    ('https://github.com/realdoug/omniauth-salesforce/issues/9', 'issue', 'complaint', 'other', 'Getting "invalid credentials" in callback phase\n\nNot sure what\'s going on - request phase is fine, but callback phase is blowing up?', False),
    ('https://github.com/zammad/zammad/issues/3592', 'issue', 'complaint', 'other', 'Office 365 Callback Fails: Invalid client secret is provided\n\nE, [2021-06-03T12:00:36.863481 #20439-47404254989080] ERROR -- : (microsoft_office365) Authentication failure! invalid_credentials: OAuth2::Error, invalid_client: AADSTS7000215: Invalid client secret is provided.', False),
    ('https://github.com/kmrshntr/omniauth-slack/issues/35', 'issue', 'complaint', 'other', 'invalid_credentials: OAuth2\n\nwhen i have tried to authenficate with the gem i have got\n\n```\nE, [2016-06-27T22:48:04.884077 #56935] ERROR -- omniauth: (slack) Authentication failure! invalid_credentials: OAuth2::Error, bad_client_secret: \n{"ok":false,"error":"bad_client_secret"}\n```\n\nbut if i have do the same step manually i have got the access_token', False),
    ('https://github.com/kmrshntr/omniauth-slack/issues/35', 'issue', 'complaint', 'none', "+1 I'm getting this too", False),
    ('https://github.com/intuit/oauth-rubyclient/issues/14', 'issue', 'complaint', 'other', 'IntuitOAuth::OAuth2ClientException Exception: HTTP status 401, error message: {"error":"invalid_client"}\n\n__Problem__\n\n```\ntokens = @client.token.get_bearer_token(authorization_code)\n*** IntuitOAuth::OAuth2ClientException Exception: HTTP status 401, error message: {"error":"invalid_client"}, intuit_tid: 1-5ebb4fc0-a1d1103a01a5ef86671f0dbe on Wed, 13 May 2020 01:39:12 GMT\n```', False),
    ('https://github.com/intuit/oauth-rubyclient/issues/14', 'issue', 'other', 'none', "Ah sorry, My issue was with\n\n```ruby\n      ENV['QBO_API_CLIENT_SECRET '],\n```\n\nI have extra space in ENV name. It is working as expected.", False),
    ('https://github.com/NCRCounterpointAPI/APIGuide/issues/109', 'issue', 'complaint', 'other', "401 Unauthorized when valid APIKey header is present\n\nI implemented an SDK to transact with the client's installation of the NCR API software. The API sever has a properly requested and installed XML API key file and in the admin interface it shows up properly. It was issued just a few days ago, so it's perfectly valid.", False),
    ('https://github.com/NCRCounterpointAPI/APIGuide/issues/109', 'issue', 'other', 'other', 'Could you provide an example of the request from Postman so we can see the request?', False),
    ('https://github.com/mindbody/API-Examples/issues/33', 'issue', 'complaint', 'other', 'PHP Example does not work, 401 Missing API key\n\nThe PHP example does not work. It results in a 401 error with the message "Missing API key". I tried providing a client with the Api-Key header set as default, but this is overridden somewhere', False),
    ('https://github.com/OfficeDev/microsoft-teams-apps-company-communicator/issues/1608', 'issue', 'complaint', 'other', 'After Client Secret Key Expired, App is not working\n\nHi,\n\nApp scret key have been expired, And I created new secret key on app registration but now CC is not working.', False),
    ('https://github.com/OfficeDev/microsoft-teams-apps-company-communicator/issues/1608', 'issue', 'other', 'none', 'Hi @EkremERs \nPlease cross verify once again w.r.t secrets renewal with the below steps.', False),
    ('https://github.com/PipedreamHQ/pipedream/issues/18082', 'issue', 'complaint', 'other', "Smartlead\n\n### App\nSmartlead\n\n### Summary:\nI've tried so many times to connect to my smartlead, have tested it , it says it's connected. But on string it is not connecting. And i've burnt so many tokens doing this. Help me connect pipdream to my smartlead. It's the main reason i subsscribed", False),
    ('https://github.com/PipedreamHQ/pipedream/issues/19399', 'issue', 'complaint', 'other', 'Pipedrive\n\n### App\nPipedrive\n\n### Summary:\nCan\'t connect\n\n### Details:\nWhen trying to use Connect to connect with Pipedrive I get a "Something went wrong" error because pipedream is taking me to typeline.pipedrive.com (typeline is my workspace url) while it should be oauth.pipedrive.com', False),
    ('https://github.com/gravityplus/Gravity-Forms-Salesforce/issues/231', 'issue', 'complaint', 'other', 'Gravity Form Leads\n\nHi,\n\nI have a lead form created in Gravity Forms, everything seems to be setup fine. However, the lead is not feeding into Salesforce and I am not receiving an error code.', False),
    ('https://github.com/mailchimp/Firebase/issues/67', 'issue', 'complaint', 'other', 'memberTagsHandler failing to synchronize tags\n\nWe have the firebase extension installed and set up (`mailchimp/mailchimp-firebase-sync@0.5.2`).\n\nThis morning, a new user signed up and was synchronized correctly to Mailchimp. However, the tags that were inserted with the initial user data were not synchronized to Mailchimp. Only a tag that was added later was synchronized.', False),
    ('https://github.com/mailchimp/Firebase/issues/67', 'issue', 'other', 'other', 'Hi @christoph-nimagna ,\n\n- How long have you had the extension installed?\n- How would the user have been created? E.g. via Firebase Auth or via Merge Fields?', False),
    ('https://github.com/mailchimp/mc-woocommerce/issues/1193', 'issue', 'complaint', 'other', '[BUG] Mailchimp Sync stuck at 200 contacts', False),
    ('https://github.com/mailchimp/mc-woocommerce/issues/226', 'issue', 'complaint', 'other', 'Some orders syncing, some aren’t\n\nHello,\n\nI am having an issue whereby Mailchimp sometimes doesn’t sync the orders back through to their website?\n\nMost of the time, the orders are created as well as the order data, however it seems that there are times where the orders are not synced back, and therefore it generates an abandoned cart email to the subscriber.', False),
    ('https://github.com/singer-io/tap-exacttarget/issues/35', 'issue', 'complaint', 'other', 'Marketing Cloud login fails\n\nIssue seems to be related to https://github.com/singer-io/tap-exacttarget/issues/22 but I cannot create a Marketing Cloud Integration even after specifying the optional Tenant Subdomain.', False),
    ('https://github.com/signnow/SignNow.NET/issues/115', 'issue', 'complaint', 'other', 'We are getting an error message when we call the GetTokenAsync()\n\nWe are getting an error message stating that the below message System.Net.WebException: The underlying connection was closed: An unexpected error occurred on a receive.', False),
    ('https://github.com/signnow/SignNow.NET/issues/115', 'issue', 'other', 'other', 'Could you please try to run Authorisation Example from `SignNow.NET.Examples` solution.', False),
    ('https://github.com/signnow/SignNow.NET/issues/115', 'issue', 'other', 'none', '@pachumon - any update?', False),
    ('https://github.com/n8n-io/n8n/issues/17486', 'issue', 'complaint', 'other', 'Get Request Failed ERR_ASSERTION\n\nIf I create a new credential or run a reconnect on the existing credential (opens pop up to put in the Access Key/Secret) the request works normally until the existing token expires.', False),
    ('https://github.com/n8n-io/n8n/issues/13403', 'issue', 'complaint', 'other', "can't build webflow oauth2\n\n## Describe the problem/error/question\n\nif oauth 2 -> 8n8 doesn't show usual fields for oauth2\nif token -> integration doesn'work", False),
    ('https://github.com/n8n-io/n8n/issues/26197', 'issue', 'complaint', 'other', 'Oauth is not working\n\n### Bug Description\n\nWhen was I connect Oauth like Gmail, Google sheet, LinkedIn & Others it was not connect with n8n on the latest version.\n\n### To Reproduce\n\nWhenever i was connect my account Oauth account and when the new window is open for connection i was give it all permission and then it says Error or Unauthorized.', False),
    ('https://github.com/n8n-io/n8n/issues/17889', 'issue', 'other', 'other', 'OAuth 2 API Credentials missing\n\nDear n8n Support Team,\n\nI am currently using the cloud version of n8n and have noticed that the option to create OAuth2 credentials (e.g., "Generic OAuth2 API" or OAuth2 under HTTP Request) is missing from the credentials setup interface. The only available authentication options I see are "Basic Auth" and "None."', False),
    ('https://github.com/n8n-io/n8n/issues/17889', 'issue', 'other', 'none', 'Thank you for reaching out! We’ve received your issue and are looking into it.', False),
    ('https://github.com/mulesoft/mule/pull/9590', 'issue', 'other', 'other', 'SE-13371: Connector with OAuth throws Token Expired Exceptions', False),
    ('https://github.com/NangoHQ/nango/issues/429', 'issue', 'complaint', 'none', 'Refreshing token returns 400 bad request\n\n**Issue Description** \n\nWhen trying to refresh a token for some providers, it returns a 400 error response.', False),
    ('https://github.com/NangoHQ/nango/issues/429', 'issue', 'other', 'none', 'Sure! In these cases, you can add `close #429` in the commit message so it closes the related issue automatically once merged.', False),
    ('https://github.com/NangoHQ/nango/pull/5508', 'issue', 'other', 'other', 'fix(providers): fix timify refresh token\n\n## Describe the problem and your solution\n\n- Timify was initially added without testing. The customer reports that a connection is being created but token refresh is failing.', False),
    ('https://github.com/NangoHQ/nango/pull/2387', 'issue', 'other', 'none', 'fix(connection): refresh credentials should re-fetch connection before proceeding\n\n## Describe your changes\n\nShould fix https://linear.app/nango/issue/NAN-1164/credal-box-connection-failing-to-refresh-intermittently', False),
    ('https://github.com/NangoHQ/nango/pull/2323', 'issue', 'other', 'none', 'So refreshes are being incorrectly marked as resolved which means there is still an underlying issue with the connection refresh not working for that connection, correct?', False),
    ('https://github.com/NangoHQ/nango/pull/2323', 'issue', 'other', 'none', 'Yes, looking at the log their refresh_token is just expired', False),
    ('https://github.com/libracore/WooCommerceConnector/issues/83', 'issue', 'complaint', 'other', 'Error While orders sync', False),
    ('https://github.com/Automattic/newspack-plugin/issues/1333', 'issue', 'other', 'other', 'Salesforce sync: better logging of successful and failed syncs\n\n**Is your feature request related to a problem? Please describe.**\nSyncing between WooCommerce donation orders and Salesforce Opportunities and Contacts happens via the WooCommerce webhooks API.', False),
    ('https://github.com/Automattic/newspack-plugin/issues/711', 'issue', 'other', 'other', "Prevent failed WooCommerce orders from being synced to Salesforce\n\nCurrently, WooCommerce orders are synced to Salesforce as soon as they're successfully created and their webhooks fired.", False),
    ('https://github.com/Automattic/newspack-plugin/issues/711', 'issue', 'other', 'none', 'Is this issue still relevant, @dkoo ?', False),
    ('https://github.com/Automattic/jetpack/issues/8230', 'issue', 'other', 'other', 'Using the REST API instead of xmlrpc.php to avoid hosting blocks\n\nNowadays a lot of hosting providers are simply blocking xmlrpc.php due to regular attacks.\n\nAre there plans for Jetpack to move away from xmlrpc.php and use, for example, the REST API?', False),
    ('https://github.com/Automattic/jetpack/issues/8230', 'issue', 'other', 'other', "We've started working on this; right now if XML-RPC is blocked we fall back to the REST API for the connection process.", False),
    ('https://github.com/Automattic/jetpack/issues/8230', 'issue', 'other', 'none', 'Thanks for the clarification.', False),
    ('https://github.com/GothenburgBitFactory/bugwarrior/issues/697', 'issue', 'other', 'other', 'Bugzilla XML-RPC API to be deprecated, please switch to REST API\n\n[We are removing the XML-RPC API](https://bugzilla.mozilla.org/show_bug.cgi?id=1599274). Please see documentation at https://bmo.readthedocs.io/en/latest/api/index.html.', False),
    ('https://github.com/GothenburgBitFactory/bugwarrior/issues/697', 'issue', 'other', 'none', "It will be when it's shut down, yes.", False),
    ('https://github.com/wordpress-mobile/WordPress-Android/issues/1235', 'issue', 'other', 'other', 'hi! this is (was) great news. the current app published in google play still seems to require XML-RPC, though...? i tried blocking `/xmlrpc.php` on my self-hosted site jetpack, and the app no longer works or connects.', False),
    ('https://github.com/wordpress-mobile/WordPress-Android/issues/1235', 'issue', 'other', 'other', "@snarfed Jetpack itself requires XML-RPC to connect to your site, so unfortunately blocking `/xmlrpc.php` disables your site's connection to WordPress.com entirely (and therefore, the app can't reach your site via WordPress.com either).", False),
    ('https://github.com/infusionsoft/infusionsoft-php/issues/336', 'issue', 'complaint', 'keap', 'Uncaught Exception: Invalid client identifier in /Infusionsoft/OAuth2.php:127\n\nUncaught Exception: Invalid client identifier in /Infusionsoft/OAuth2.php:127 Stack trace: #0 /Infusionsoft/App.php(200): Infusionsoft_OAuth2::refreshToken(NULL) #1 /Infusionsoft/App.php(133): Infusionsoft_App->refreshTokens()', False),
    ('https://github.com/signnow/SignNowPHPSDK/issues/40', 'issue', 'other', 'other', 'If you\'re constantly getting "invalid_client" as a response...\n\nHad an issue where I was constantly getting "invalid_client".\n\nI realize that if you created the API tokens at https://app-eval.signnow.com/ you should use the https://api-eval.signnow.com endpoint.', False),
    ('https://github.com/reapit/foundations/issues/8855', 'issue', 'complaint', 'other', 'Invalid client error when trying to generate a token for Tatlers\n\n**Describe the bug**\nI am getting the following response when trying to generate the access token for Tatlers:\n\n{\n    "error": "invalid_client"\n}', False),
    ('https://github.com/reapit/foundations/issues/8855', 'issue', 'other', 'other', 'Hi @adamboother \nPlease see the below section which should be of use; \nhttps://foundations-documentation.reapit.cloud/troubleshooting/authentication-issues#error-invalid_client', False),
    ('https://github.com/YetiForceCompany/YetiForceCRM/issues/14503', 'issue', 'complaint', 'other', '[question][api][bug] Webservice call giving 401 Unauthorized after 6.1 upgrade\n\n### ⁉️ Describe the bug\n\nWe upgraded our Dev environment to 6.1 w/Servicepack and since then our API will not connect to the webservice. I keep getting a 401 unauthorized error.', False),
    ('https://github.com/jamesiarmes/php-ews/issues/622', 'issue', 'complaint', 'other', '401 after Microsoft exchange upgrade\n\nVersion (e.g. 1.0, dev-master):\nPHP version: 8.1\nMicrosoft Exchange version: 2019 local\n\nmy application was working fine for few months ,but id did the following and it broke it\nFirst my certficate expired that i used for curl and i updated it\n2nd i patched Microsoft exchange server => https://msrc.microsoft.com/update-guide/vulnerability/CVE-2024-21410\n\nNow i get 401 at all times', False),
    ('https://github.com/jamesiarmes/php-ews/issues/622', 'issue', 'other', 'none', 'Take a look at this issue I posted a few years ago - the solutions there might help: https://github.com/jamesiarmes/php-ews/issues/397', False),
    ('https://github.com/saltcorn/saltcorn/issues/567', 'issue', 'complaint', 'other', 'Issue: Webhook not sending json\n\nAdded webhook for insert on Leads table using Landing Page plugin. Webhook fires when lead added to table, but json payload not being sent.', False),
    ('https://github.com/saltcorn/saltcorn/issues/567', 'issue', 'other', 'other', "Hi John, I can't replicate that, it works for me. I define an insert web hooks for table and use a url from https://pipedream.com/ (I got this by setting up on https://requestbin.com/, it's a free service) - I see the body.", False),
    ('https://github.com/saltcorn/saltcorn/issues/567', 'issue', 'other', 'none', 'After recreating everything worked as expected. I had sent test data through before and cleared it, there must have been a trailing space left behind. \nUpdated isssue title.', False),
    ('https://github.com/mautic/mautic/issues/13349', 'issue', 'complaint', 'other', 'Webhoooks test payload is ok. But on event, no data is passed.\n\n### What happened?\n\nI\'m getting some integrations put together to perform actions on events. \nAt the moment I\'m working on the basics "contact identified".\n\nWhen clicking send test payload the relevant information is being passed over.', False),
    ('https://github.com/mautic/mautic/issues/4151', 'issue', 'complaint', 'other', 'Test webhook payload format incorrect\n\n| Bug report | \n\n## Description:\nTrying to set up webhooks with Zapier. The webhook test data sends in the correct format but the actual webhook data is in incorrect format.', False),
    ('https://github.com/mautic/mautic/issues/4151', 'issue', 'other', 'other', 'Zapier is not supported by the core team. See https://github.com/mautic/mautic/issues/2838', False),
    ('https://github.com/mautic/mautic/issues/4151', 'issue', 'complaint', 'other', 'The issue is not about zapier integration. The problem is that the webhook\nposts from Mautic are incorrect. The testpost from Mautic works correct but\nactual post does not.', False),
]
