# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 67 (mine-a, round 3): Stripe from the merchant's chair — money shows
# in the Stripe dashboard (even paid out) but the shop, ERP or invoicing
# tool never records the payment or the order ("No order, no error,
# nothing."), checkouts stuck on "Processing payment", a Stripe-side
# transaction missing from a ledger; and the replies around them: where the
# webhook event went missing, a bank-account workaround that "will work",
# "Ma il pagamento arriva", "this does not appear to be an integration
# issue". Plus a few other connectors that stopped short (Mailchimp
# campaign orders, a Zepto/Salesforce reconnect that never completes).
ROWS = [
("https://github.com/Dolibarr/dolibarr/issues/22822","issue","complaint","stripe","Stripe payment is not registered in Dolibarr. I made a successful test payment for an invoice, but the invoice still shows as \"Not paid\" and there are no payments visible in Customer Invoices > Payments."),
("https://github.com/Dolibarr/dolibarr/issues/22822","issue","other","stripe","If I manually enter a STRIPE_BANK_ACCOUNT_FOR_PAYMENTS in Setup > Others, it will work. I entered \"1\" as the value, but I think that just selects the first entered bank (and payments work if that bank is not a cash account)."),
("https://github.com/Dolibarr/dolibarr/issues/39847","issue","complaint","stripe","BUG: one Stripe Payment was not registered in Dolibarr?? I just ran into a strange bug. A stripe payment was registered in Stripe.com dashboard as paid, and even that the money had been paid out to me. BUT there was no record of this payment in Dolibarr."),
("https://github.com/Dolibarr/dolibarr/issues/39847","issue","other","stripe","So a payment that Stripe shows as paid but Dolibarr never recorded usually means the `payment_intent.succeeded` event either never reached your instance or was not processed, while the others were."),
("https://github.com/Dolibarr/dolibarr/issues/32510","issue","complaint","stripe","BUG: Stripe payment completed, but not registered by Dolibarr. But when customer was asked to pay, the customer replied that the payment was done, and I can see it in my Stripe Dashboard as not only completed but also added to a payout which actually is in my bank account."),
("https://github.com/PrestaShop/PrestaShop/issues/25496","issue","complaint","stripe","I had from time to time customers who paid me money. I can see it on Stripe dashboard but there was no order on Prestashop side. No order, no error, nothing."),
("https://github.com/mollie/PrestaShop/issues/636","issue","other","none","Could you please send us more information regarding the issue? If possible, please send us an email to support@invertus.eu with the explanation, steps to recreate the issue, and access to your shop (Back Office and FTP)."),
("https://github.com/opencollective/opencollective/issues/7593","issue","complaint","stripe","Stripe transaction not recorded in the ledger"),
("https://github.com/stripe/stripe-cli/issues/684","issue","other","stripe","Ma il pagamento arriva ho anche chiamato il supporto stripe",False,"it"),
("https://github.com/PipedreamHQ/pipedream/issues/14610","issue","other","none","Without more detail, I am going to close this request for now. If you are the reporter, please feel free to add more detail to help us troubleshoot, but this does not appear to be an integration or components related issue."),
("https://github.com/boxbilling/boxbilling/issues/901","issue","complaint","stripe","I have created a Stripe account, used the API keys and updated the configuration for payment gateways. However, when trying to pay an invoice, I get the green tick after entering card details. Then I get an empty black box top right and a message saying \"Processing payment ...Thank you for your patience.\""),
("https://github.com/boxbilling/boxbilling/issues/901","issue","complaint","none","I should probably add, invoice remains unpaid and no money is transferred from the client back"),
("https://github.com/boxbilling/boxbilling/issues/901","issue","other","stripe","This is probably even more broken now, right? Didn't stripe change how their API works?"),
("https://github.com/frappe/payments/issues/108","issue","complaint","stripe","Payments App Issues in (develop, version-15) Branches - Stripe Integration Not Production-Ready. When inputting credit card information through the payment page, the payment often **fails to process correctly**."),
("https://github.com/invoiceninja/invoiceninja/issues/6612","issue","complaint","stripe","Stripe payment issue. When using Stripe as payment gateway, there are two errors: - not all enabled (in Invoice Ninja and Stripe) are shown to the customer for payment (or aren't available) - when using \"Sofort-Überweisung\" as payment method only an payment source is created but no payment intend"),
("https://github.com/mailchimp/mc-magento2/issues/1065","issue","complaint","other","Unable to capture the order for a campaign. The order show synced on Magento. But It's show no orders on Mailchimp Campaign pape."),
("https://github.com/buttondown/roadmap/issues/3517","issue","other","none","User updating ticket asking about status."),
("https://github.com/zeptonow/mcp/issues/37","issue","complaint","other","Zepto MCP connector reconnect fails across clients (Claude and ChatGPT) — was working until last week. It has since started showing \"Connection issue — Connection has expired. You can reconnect to re-authenticate.\" Clicking \"Reconnect\" does not successfully re-establish the connection"),
("https://github.com/MinnPost/object-sync-for-salesforce/issues/532","issue","complaint","other","Authorise button links to Setting tab an doesn't' connect to Salesforce account. When we click to authorise and link to the correct Salesforce account we are taken back to the settings tab and not connected to Salesforce at all. This has happened with multiple people testing it."),
("https://github.com/MinnPost/object-sync-for-salesforce/issues/532","issue","other","none","Nobody is currently working on this plugin, but here's my advice:"),
("https://github.com/PipedreamHQ/pipedream/issues/17306","issue","other","keap","Attempted to create a sandbox account via https://sandbox.keap.com/, when submitting the sign up forms, it shows a welcome message prompting to reach out to support via Chat. They should revert in 24 - 48 hrs."),
]
