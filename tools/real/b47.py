# (source, voice, label, integration, text[, exposure_mentioned])
# Batch 47 (mine-a, round 2): ActiveCampaign odds and ends — an MCP
# connector whose OAuth registration fails, client libraries whose calls
# come back rejected, and the near misses around them (maintainer
# explanations, PR titles adding error text or proxy support, how-to
# questions about adding contacts to lists); a Mailchimp SDK contact-add
# failure and a Pipedream test-connection failure with their replies.
ROWS = [
("https://github.com/anthropics/claude-ai-mcp/issues/489","issue","complaint","activecampaign","ActiveCampaign connector: OAuth DCR fails (\"Couldn't register with ActiveCampaign's sign-in service\") + token introspection HTTP error"),
("https://github.com/anthropics/claude-ai-mcp/issues/489","issue","other","activecampaign","One other thing from the trace: at the time of this attempt, your account host was redirecting to ActiveCampaign's account reactivation page. If that account is not active, the connector will not work even with the correct URL until it is reactivated. Closing as a configuration issue."),
("https://github.com/amp-labs/connectors/pull/866","issue","other","activecampaign","feat: Enable proxy: ActiveCampaign. BLOCKED Workspace is not supported for non-oauth2 connectors, cannot proceed with testing."),
("https://github.com/rudderlabs/rudder-transformer/pull/962","issue","other","activecampaign","Active Campaign: add error response text. log response error"),
("https://github.com/ActiveCampaign/activecampaign-api-nodejs/pull/5","issue","other","none","Adds error handing. Fixes the issue where calling a contact that doesn’t exist does not return anything."),
("https://github.com/mhenrixon/active_campaign/issues/20","issue","complaint","none","Error when using contact_add (but likely other endpoints too). When using the `contact_add` endpoint, even if I supply valid information as follows: then I get this response from the API: {\"result_code\"=>0, \"result_message\"=>\"Contact Email Address is not valid.\", \"result_output\"=>\"json\", \"results\"=>[]}"),
("https://github.com/mhenrixon/active_campaign/issues/20","issue","other","none","Can you put that branch up as a pull-request @mcmire , took me forever to debug why I couldn't add or sync comments before I came across your post."),
("https://github.com/mhenrixon/active_campaign/issues/20","issue","other","none","Create a PR and I will get it merged properly. Don't worry about the API key or anything, I'll git this fixed over the next few days."),
("https://github.com/ActiveCampaign/activecampaign-api-nodejs/issues/32","issue","other","none","Is this fully functional ? I want to get all list & also want to view the contact. output : \"result_code\": 0, \"result_message\": \"Failed: Nothing is returned\". Could you please tell me how can I make the request for getting all List & add contact in the List by using this wrapper"),
("https://github.com/ActiveCampaign/activecampaign-api-nodejs/issues/39","issue","other","none","Adding contact to List. I'm trying to add new members to my contacts and a specific mailing list, however all the examples I could find were for PHP. I didn't get an error, but no success adding the user to the list. I'd appreciate any help or pointers in the right direction, Thanks!"),
("https://github.com/ActiveCampaign/activecampaign-api-nodejs/issues/39","issue","other","none","Make sure the list exists in the account. Also I don't see the `user` var being declared anywhere in the code. I was able to do it with the following code"),
("https://github.com/mailchimp/Mailchimp-SDK-iOS/issues/38","issue","complaint","none","Adding user to contact list is failing. I can successfully initialize Mailchimp in debug mode and I am trying to create a contact from my app. But I receive an error: Error: The operation couldn’t be completed. (appname.APIError error 4.) What am I doing wrong?"),
("https://github.com/mailchimp/Mailchimp-SDK-iOS/issues/38","issue","other","none","Hi @gbesler. Thanks for opening the issue and providing a code sample. Case 4 in the `APIError` enum is `apiError(response: APIErrorResponse)`. Could you print out the `status`, `type`, and `detail` of the `APIErrorResponse`"),
("https://github.com/PipedreamHQ/pipedream/issues/14495","issue","complaint","none","[BUG] Checkvisit - Test Connection button failed. Test Connection button failed when creating source. I tried to generate a new token. I am unable to connect. I tried to save the account and actions work nicely"),
("https://github.com/PipedreamHQ/pipedream/issues/14495","issue","other","none","Thanks for flagging, @vunguyenhung - this is fixed!"),
]
