# (source, voice, label, integration, text[, exposure_mentioned])
# Batch 19: HubSpot connector auth failures mid-sync, token-revocation
# handling work, ConvertKit and ActiveCampaign API requests.
ROWS = [
("https://github.com/fossasia/eventyay-hubspot/pull/19","issue","other","other","feat: hubspot oauth disconnect button and refresh token. Add a service function that checks whether the stored token expires within 5 minutes and silently fetches a new one before returning it."),
("https://github.com/HubSpot/slack-client/pull/31","issue","other","none","add token revoked error"),
("https://github.com/TractionOnDemand/TractionSyncProxy/issues/8","issue","complaint","other","Auth tokens get out of sync. If a user manually revokes their SFDC or Google token, the Heroku server does not ask the user to re-authenticate and will try (and fail) to use the existing stored credentials. There is minimal error reporting back to the user when this happens."),
("https://github.com/airbytehq/airbyte/issues/62467","issue","complaint","other","[source-hubspot] Mid-sync Auth Failures on Associations Make Contacts Stream Unusable on Large Accounts. HubSpot connections sometimes fail mid-sync while syncing the Contacts stream. The simplified error is `Failure in source: Unauthorized. Please ensure you are authenticated correctly`"),
("https://github.com/PipedreamHQ/pipedream/issues/8056","issue","other","other","[ACTION] ConvertKit: add tags to subscriber. Is there a specific app this action is for? ConvertKit"),
("https://github.com/PipedreamHQ/pipedream/issues/8056","issue","other","none","Great, thank you."),
("https://github.com/ActiveCampaign/activecampaign-api-nodejs/issues/10","issue","other","none","Hi, thanks for pointing this out. This should be fixed now (Github and NPM have been updated). Let us know of any problems or questions! :+1:"),
("https://github.com/ActiveCampaign/activecampaign-api-nodejs/issues/10","issue","other","none","Can't add tags. This code fires a `Invalid API method` error. the contact has been created earlier by calling `ac.api('contact/add')`."),
("https://github.com/maximadeka/convertkit-ruby/pull/37","issue","other","other","Integration-key. Added support for `integration_key`."),
("https://github.com/themegrill/user-registration/pull/772","issue","other","other","Compatibility - ConvertKit Addon. Test the email marketing addon of ConvertKit (now Kit) by generating v3 keys and sync fields and perform action from form settings."),
("https://github.com/webhookdb/webhookdb/issues/39","issue","other","other","Add ConvertKit integrations"),
("https://github.com/engagebay/restapi/issues/4","issue","other","none","PArameters not working for add- tag api endpoints. I have used email and tags as parameter and used from-encoded as body request while sending the request."),
]
