# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 55 (mine-b, round 2): named-integration complaints and near misses
# in issue voice, the ones not already in the corpus: page-builder forms whose
# integrations reset on update ("clients don't get leads! Not good."), a
# Mailchimp pop-up that will not connect, a Gumroad/Jetpack Stripe connect
# that fails, an API key that expired without notice; near misses: "Same
# issue. No solution." under an ActiveCampaign field-mapping request (a field
# not offered), double opt-in requests, "+1 Works great!", "my bad",
# "Cannot be reproduced", a fix PR for ExactTarget 401s.
ROWS = [
("https://github.com/ThemeFuse/Brizy/issues/1202","issue","complaint","none","Why do updates RESET contact form integrations. I'm NOT happy guys. https://www.screencast.com/t/tDWnuKLHOj7 Every update of your plugin resets the integrations and forms on pop ups, and contact pages. This happened last update as well.",False),
("https://github.com/ThemeFuse/Brizy/issues/1202","issue","other","none","That shouldn't happen, we'll look into it asap. Sorry for the inconvenience.",False),
("https://github.com/ThemeFuse/Brizy/issues/1202","issue","complaint","none","Please check. I confirmed on two sites I updated to latest version of PRO. On both I had to reconfigure the target email on contact forms, and save again. That means clients don't get leads! Not good.",False),
("https://github.com/ThemeFuse/Brizy/issues/1227","issue","complaint","other","Brizy Pro opt in pop up does not connect to Mailchimp. Brizy Pro will not connect the pop up to Mailchimp service. It stalls where its to connect to correct list.",False),
("https://github.com/ThemeFuse/Brizy/issues/1227","issue","other","other","Hello @juliedulong Natalia here! There is a fix in the next update for the MailChimp integration. Sorry for the inconvenience.",False),
("https://github.com/mautic/mautic/pull/4219","issue","other","none","+1 Works great!",False),
("https://github.com/veda-consulting-company/uk.co.vedaconsulting.mailchimp/issues/335","issue","other","other","\"Sync Contacts\" buttons don't appear on Mailchimp Pull/Push Sync screens. When trying to **sync CiviCRM contacts to Mailchimp** or **updating CiviCRM from Mailchimp** the buttons \"**_Sync contacts_**\" don't appear on either screen.",False),
("https://github.com/opencollective/opencollective/issues/5997","issue","other","stripe","Support more Stripe payment errors. One one-time or recurring contributions with Stripe, there are a few edge case payment errors that we're not precisely reporting to the user.",False),
("https://github.com/antiwork/gumroad/issues/2087","issue","complaint","stripe","account subscription problem with Stripe. Hello Gumroad Support Team, I am writing to report a persistent technical issue I'm facing while trying to set up my payment information by connecting my Stripe account. Every time I attempt to connect to Stripe, I am redirected back to Gumroad with an error page that says \"Something broke\".",False),
("https://github.com/Automattic/woocommerce-payments/issues/390","issue","other","none","Cannot be reproduced, feel free to reopen if you do.",False),
("https://github.com/elementor/elementor/issues/13453","issue","other","none","Nothing still? Are there any workarounds? This is very important to me.",False),
("https://github.com/elementor/elementor/issues/13453","issue","other","none","Same issue. No solution.",False),
("https://github.com/elementor/elementor/issues/12239","issue","other","activecampaign","Form Fields for ActiveCampaign issues in Pro 3.0.0. After upgrading to latest 3.0.1 (& pro 3.0.0) I noticed that when I added ActiveCampaign  in \"Action after Submit\" section the field maps were not present in the ActiveCampaign section.",False),
("https://github.com/elementor/elementor/issues/10716","issue","other","activecampaign","Elementor forms work fine when connecting the forms to ActiveCampaign, but double opt-in option cannot be activated and that is a feature that is definitely needed.",False),
("https://github.com/elementor/elementor/issues/10028","issue","other","activecampaign","So when I try to send that data, AC doesn't receive it because, as your docs say: \"ActiveCampaign supports the following fields: Email, First Name, Last Name, Phone and Organization\", meaning that it doesn't support custom fields.",False),
("https://github.com/NCRCounterpointAPI/APIGuide/issues/153","issue","complaint","none","I guess it appears to be an expired API key. There is/was no email sent to me (the Dealer) or the end user stating that the key was about to expire so how would one go about knowing of a pending renewal?",False),
("https://github.com/EUDAT-B2SHARE/b2share/issues/857","issue","other","none","And now it seems to work, don't know why:",False),
("https://github.com/sap-labs-france/ev-server/issues/4085","issue","other","none","All I need to do was authorize with a bearer token my bad. :(",False),
("https://github.com/guardian/subscriptions-frontend/pull/281","issue","other","other","Refresh ExactTarget access token more frequently. Occasionally we get 401 Unauthorized errors back from ExactTarget which is most likely due to an expired token",False),
]
