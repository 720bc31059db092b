# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 55 (mine-b, round 2): named-integration complaints and near misses
# in issue voice, the ones not already in the corpus: page-builder forms whose
# integrations reset on update ("clients don't get leads! Not good."), a
# Mailchimp pop-up that will not connect, a Gumroad/Jetpack Stripe connect
# that fails; "+1 Works great!", "Cannot be reproduced", a "Sync Contacts"
# button that is missing (a display bug, not a broken sync).
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
]
