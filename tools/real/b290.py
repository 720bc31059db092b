# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 290 (mine-paste5): issue voice, mostly-pasted messages - tracebacks, log lines,
# JSON/HTML error bodies, CI output, build and config dumps - about connections to
# assorted third-party APIs, and the pasted-text near misses that are not connection
# complaints. Threads found with the `issues` search corpus (texts copied verbatim from
# the thread excerpts), none used by an earlier batch. Complaint sources: FreshRSS sync
# via EasyRSS ("Sync failed: Invalid HTTP status 401"), OpenWeatherMap in an xbar plugin
# (urllib2 401 traceback), Visual Crossing weather plugin ("Request failed, status 401"
# stack), Have I Been Pwned key in pwnedOrNot, OpenRouter key in Helios, DashScope
# "InvalidApiKey" as an issue title, ProjectDiscovery cloud key in httpx, Anthropic 401
# in NodeToCode's Unreal log, Ayla cloud (pyfujitsu), Intrinio, open-webui, Google Play
# (finsky), a generic ETIMEDOUT paste (UpdateHub), Omegle API change, FIFA API for a
# World Cup Slack notifier, Pinboard from the pinput extension ("Unexpected token <"),
# a forms-to-CRM plugin timing out (cURL 28). Near misses: CI pipelines whose own token
# is rejected (kafka-docker-playground ServiceNow/Salesforce connector nightlies,
# backport-action's expired PAT, merge-gatekeeper on Dependabot PRs, cover-checker on
# fork PRs, a Pulsar CI PR, cdnjs and Ghost fork-secret threads), stack traces of
# unrelated bugs (JSONDecodeError from a Rollbar bot, chainhammer, code-act, Ignition's
# UI crash, Taco's Airbrake "handle.body.map is not a function", a Serverless PR, a
# subutai NullPointerException, "Unexpected token <" in mintme/salien-bot/sysPass),
# config and build dumps (docker-compose environment, REDCap compose, vscode-docker env
# file), how-to code (axios interceptors and auth headers), a dev task to show a better
# message on cURL 28 (easy-table-of-contents), GoDAM's QA spec for invalid-key handling,
# an IlluminatedCloud maintainer's INVALID_SESSION_ID trace, spatie/crawler timeouts
# ("Was in my code. Sorry."), and the maintainers' replies and "fixed"/"my mistake"
# follow-ups in the complaint threads.
# Label doubts:
# - CI rows (kafka-docker-playground "ServiceNow Credentials are invalid", backport-action
#   "401 Bad credentials ... Looks like the PAT expired", merge-gatekeeper, cover-checker
#   "Bad credentials (401)" on fork PRs) are the project's own pipeline secrets: other,
#   per the devtask rule. merge-gatekeeper and cover-checker are written by users of an
#   action in their own CI - still a pipeline secret chore, other (doubt).
# - pinput #25: "Unexpected token < in JSON" every time a pin is saved to Pinboard is a
#   failing connection to Pinboard's API (the writer later says "must have been
#   something with the api service"): complaint; the follow-up "it just started working
#   again" other.
# - spatie/crawler #351 (cURL 28 while crawling arbitrary sites, asking about exception
#   handling) other: not a link between two systems; its "Was in my code" other.
# - dinguschan Helios #73 reports that the app's bundled key returns 401: complaint
#   (integration 'other', OpenRouter named via its docs link).
# - liyupi yu-ai-agent #7 is used by its title only (the body is a Maven download log).
# - open-webui #4773 is a bare traceback title and "Following docker logs!.": complaint,
#   no product named -> 'none'.
# - Live-WorldCup #12: the OP ("running it locally") is too thin; used the reporter's
#   "Is the FIFA API getting hammered or something?" as complaint and his
#   "it looks like this is just occasional" as other.
# - Integration follows what the excerpt names (a URL host such as api.intrinio.com or
#   aylanetworks.com, a plugin id such as visual-crossing-weather, AnthropicResponseParser
#   counts as naming the product); bare tracebacks carry 'none'.
# No exposure rows.
ROWS = [
('https://github.com/Alkarex/EasyRSS/issues/38', 'issue', 'complaint', 'other', """401 error
Hi,

I can log in successfully to service using ER without any problem but whenever the app started to sync it shows:
```
Sync failed: Invalid HTTP status 401: https://mydomain/FreshRSS/p/api/greader.php/reader/api/0/stream/contents..
```
How can I fix this issue?""", False),
('https://github.com/Alkarex/EasyRSS/issues/38', 'issue', 'other', 'other', """Please check that you have activated the API in FreshRSS options, and ensure that you are using your API password, which might be different from your normal FreshRSS password.""", False),
('https://github.com/Alkarex/EasyRSS/issues/38', 'issue', 'complaint', 'none', """I have exactly the same problem. The only thing I changed was an Update from LOS16 2019-06-15 to 2019-07-20.
On the server nothing was changed. I can login via the Webbrowser and also with EasyRSS with the initial login. Only sync is not possible with this error.""", False),
('https://github.com/matryer/xbar-plugins/issues/183', 'issue', 'complaint', 'none', """weather plugin stopped working because of HTTP Error 401: Unauthorized
I get this error while running the plugin:

    [~] % /Users/rbd/Projects/bitbar-plugins/Enabled/weather.15m.py
    Traceback (most recent call last):
      File "/Users/rbd/Projects/bitbar-plugins/Enabled/weather.15m.py", line 53, in <module>
        print render_wx()
      File "/Users/rbd/Projects/bitbar-plugins/Enabled/weather.15m.py", line 46, in render_wx
        weather_data = get_wx()""", False),
('https://github.com/willasm/vc-weather/issues/17', 'issue', 'complaint', 'other', """Plugin won't enable
I get this error when enabling the plugin. It won't start. Tried all the basic reebooting and such.

Error: Request failed, status 401
    at new t (app.js:1:1925609)
    at PU (app.js:1:1925801)
    at app.js:1:1926480
    at app.js:1:237228
    at Object.next (app.js:1:237333)
    at a (app.js:1:236051)
plugin:visual-crossing-weather:4519 Error: Request failed, status 401""", False),
('https://github.com/thewhiteh4t/pwnedOrNot/issues/61', 'issue', 'complaint', 'none', """Status 401 : Unauthorised — either no API key was provided or it wasn't valid
i edit config Json file the following 

```
{
  "api_key":"https://cdn.tiny.cloud/1/MYAPIKEY/tinymce/6/tinymce.min.js"
}
```

Getting error !!!

```
[>] Created by : thewhiteh4t
[>] Version    : 1.3.0.1

[+] API Key Found...

[+] Checking Breach status for XXXXXX@gmail.com

[-] Status 401 : Unauthorised — either no API key was provided or it wasn't valid
```""", False),
('https://github.com/thewhiteh4t/pwnedOrNot/issues/61', 'issue', 'other', 'none', """@MohammadAlrubaie just the key not the url""", False),
('https://github.com/dinguschan-owo/Helios/issues/73', 'issue', 'complaint', 'other', """API key is invalid
the key is invalid because the api is returning 401 errors and according to this: https://openrouter.ai/docs/api-reference/errors 401 means the api key is invalid""", False),
('https://github.com/liyupi/yu-ai-agent/issues/7', 'issue', 'complaint', 'none', """HTTP 401 - {"code":"InvalidApiKey","message":"Invalid API-key provided.","request_id":"14b59d9c-353c-9a23-8341-27f304b6eeae"}""", False),
('https://github.com/projectdiscovery/httpx/issues/1889', 'issue', 'complaint', 'other', """[INF] Current httpx version v1.6.8 (latest)
[WRN] UI Dashboard is disabled, Use -dashboard option to enable
[ERR] missing or invalid api key (get free api key & configure it from https://cloud.projectdiscovery.io/?ref=api_key)
```
Why i get this error if i logged already?""", False),
('https://github.com/projectdiscovery/httpx/issues/1889', 'issue', 'complaint', 'none', """Installed it on another server and got the same error. WTF?""", False),
('https://github.com/projectdiscovery/httpx/issues/1889', 'issue', 'other', 'none', """backed issue, should be fixed now.""", False),
('https://github.com/protospatial/NodeToCode/issues/1', 'issue', 'complaint', 'other', """HTTP 401 error
Installed the plugin on the project. Started the project and the required actor. Pressed NodeToCode

LogNodeToCode: Error: [2025.03.12-18.03.22][ERROR] HTTP 401 error. Response: {"type":"error","error":{"type":"authentication_error","message":"x-api-key header is required"}} - HttpHandler
LogNodeToCode: Error: [2025.03.12-18.03.22][ERROR] API authentication failed - AnthropicResponseParser
LogNodeToCode: Error: [2025.03.12-18.03.22][ERROR] Failed to parse LLM response""", False),
('https://github.com/protospatial/NodeToCode/issues/1', 'issue', 'other', 'other', """You're receiving that error you because you need to [input an API key in the plugin's settings](https://github.com/protospatial/NodeToCode/wiki/Provider-Configuration). You either need to use an API key from one of the [supported LLM cloud providers](https://github.com/protospatial/NodeToCode/wiki/Choosing-an-LLM-Provider), or use Ollama.""", False),
('https://github.com/Mmodarre/pyfujitsu/issues/13', 'issue', 'complaint', 'other', """401 Unauthorized
Hello,

I've tried to connect to the cloud but I receive following error:

`requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://user-field.aylanetworks.com/users/sign_in.json
`

Any ideas why?""", False),
('https://github.com/Mmodarre/pyfujitsu/issues/13', 'issue', 'other', 'other', """It appeared that password in domoticz plugin was not saved correctly into DB.
Thus no authentication.

Sorry for bothering. Solved with changing password.""", False),
('https://github.com/nhedlund/intrinio/issues/13', 'issue', 'complaint', 'other', """HTTPError: 401
requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://api.intrinio.com/prices?page_size=50000&start_date=2016-01-01&page_number=1&frequency=daily&sort_order=desc&identifier=AAPL""", False),
('https://github.com/nhedlund/intrinio/issues/13', 'issue', 'other', 'none', """wrong pwd, sorry""", False),
('https://github.com/open-webui/open-webui/issues/4773', 'issue', 'complaint', 'none', """requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url:
Following docker logs!.""", False),
('https://github.com/mmcloughlin/finsky/issues/5', 'issue', 'complaint', 'other', """    r.raise_for_status()
  File "/usr/lib/python2.7/site-packages/requests/models.py", line 937, in raise_for_status
    raise HTTPError(http_error_msg, response=self)
requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://android.clients.google.com/fdfe/details?doc=com.snapchat.android""", False),
('https://github.com/mmcloughlin/finsky/issues/5', 'issue', 'other', 'none', """Closing this issue since I intend to archive this repository. It was an experimental project 10 years ago that I don't intend to work any more on.""", False),
('https://github.com/NexovaDev/UpdateHub/issues/1746', 'issue', 'complaint', 'none', """Getting the error ```Error: connect ETIMEDOUT 34.100.245.52:443```
Getting the error ```Error: connect ETIMEDOUT 34.100.245.52:443
    at __node_internal_captureLargerStackTrace (node:internal/errors:490:5)
    at __node_internal_exceptionWithHostPort (node:internal/errors:668:12)
    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1494:16)```.""", False),
('https://github.com/ash47/OmegleMiddleMan/issues/18', 'issue', 'complaint', 'none', """Error: getaddrinfo ENOTFOUND
Hello

I get this message every time i try to connect to somebody. 

Error: ERROR (13:08:28): getaddrinfo ENOTFOUND front5 front5:80

i reinstall everything, and i still get this error.""", False),
('https://github.com/ash47/OmegleMiddleMan/issues/18', 'issue', 'other', 'other', """Omegle changed their API. I have just pushed a patch that updates the API in this project, it should work now. Thanks for the notification.""", False),
('https://github.com/sbehrends/Live-WorldCup-Notification-for-Slack/issues/12', 'issue', 'complaint', 'other', """Is the FIFA API getting hammered or something?""", False),
('https://github.com/sbehrends/Live-WorldCup-Notification-for-Slack/issues/12', 'issue', 'other', 'none', """Ok nm, it looks like this is just occasional b/c we're refreshing the connection every 5 seconds. Great job guys!""", False),
('https://github.com/sbehrends/Live-WorldCup-Notification-for-Slack/issues/12', 'issue', 'other', 'other', """We have no control over FIFA API :/""", False),
('https://github.com/1000ch/pinput/issues/25', 'issue', 'complaint', 'other', """SyntaxError: Unexpected token < in JSON at position 0
started up Chrome this morning and i'm getting this error everytime i try to save a pin, any idea why this might be happening?

i went to pinboard and entered a pin manually, so that side seems to be working.""", False),
('https://github.com/1000ch/pinput/issues/25', 'issue', 'other', 'none', """it just started working again, so it must have been something with the api service.  If the service call failed, it might be returning a page which would explain the token < in JSON at position 0

Closing""", False),
('https://github.com/zaus/forms-3rdparty-integration/issues/75', 'issue', 'complaint', 'none', """Error 28: Operation timed out
Hello,

We have received the same error a few times over the last couple days and I'm looking for a way to fix it. Someone else set up the integration so I'm not very well versed in how this plugin works with connecting to the CRM. Please see the error email we received below:

There was an error when trying to integrate with the 3rd party service {ER Outtake}""", False),
('https://github.com/zaus/forms-3rdparty-integration/issues/75', 'issue', 'other', 'none', """It sounds like a "problem" with your CRM service taking too long; there is a setting to increase the "Request timeout" which presumably the person setting up the integration already changed""", False),
('https://github.com/vdesabou/kafka-docker-playground/issues/8668', 'issue', 'other', 'other', """servicenow.user: ServiceNow Credentials are invalid: User is not authenticated
servicenow.password: ServiceNow Credentials are invalid: User is not authenticated validation_errors: servicenow.user: ServiceNow Credentials are invalid: User is not authenticated
###################################################################
08:27:29 ℹ️ ⏳ waiting up to 180 seconds for connector ServiceNowSink_runner (lcc-22rrdmm) to be RUNNING""", False),
('https://github.com/vdesabou/kafka-docker-playground/issues/7669', 'issue', 'other', 'none', """ exceptionMessage='Invalid Session ID found in SessionHeader: Illegal Session. Session not found, missing session hash: 2b35c8ce52f845a5831e2710af4b2a4fe360321f3e5649b4432be246dcf505da
This error usually occurs after a session expires or a user logs out. Decoder: DataInDbSessionKeyDecoder'
 extendedErrorDetails='{[0]}'
]
]""", False),
('https://github.com/korthout/backport-action/issues/711', 'issue', 'other', 'none', """PR Info workflow fails with 401 on every pull request
**Describe the bug**

`PR Info` fails on every pull request since 2026-08-17. `actions/github-script` authenticates with `secrets.BACKPORT_ACTION_PAT`, GitHub answers `401 Bad credentials`, and the merge-queue instructions comment never gets posted.

401 points at the token rather than its scopes, since missing permissions answer 403. Looks like the PAT expired.""", False),
('https://github.com/upsidr/merge-gatekeeper/issues/82', 'issue', 'other', 'none', """Dependabot PRs all failing with a 401 bad credentials error
I've configured merge-gatekeeper in a github action and gave it repo access.. it works great for all of my team's PRs, but the dependabot ones fail with the following error message:""", False),
('https://github.com/naver/cover-checker/issues/36', 'issue', 'other', 'none', """Error Bad credentials (401) when Pull Request is from a fork repository
I noticed that the cover-checker does not work when it is set for a pull request from a forked repository. The failure is 

```
Exception in thread "main" java.lang.IllegalStateException: org.eclipse.egit.github.core.client.RequestException: Bad credentials (401)
	at com.naver.nid.cover.github.manager.GithubPullRequestManager.<init>(GithubPullRequestManager.java:52)""", False),
('https://github.com/apache/pulsar/pull/6225', 'issue', 'other', 'none', """[CI] Add GITHUB_TOKEN as the environment variable for running pulsarbot
*Motivation*

Fix `Bad credentials` error when re-running checks

```
{
  "message": "Bad credentials",
  "documentation_url": "https://developer.github.com/v3"
}
```""", False),
('https://github.com/cdnjs/packages/issues/44', 'issue', 'other', 'none', """CI fails on PRs from forks
See #43 for context.

GitHub Actions doesn't pass custom secrets to PRs from forks for secuirty reasons, which means that the CI doesn't have the robocdnjs token to comment & approve.""", False),
('https://github.com/TryGhost/Ghost/pull/22342', 'issue', 'other', 'none', """Improved error message if secrets are missing in CI run
- Github Actions doesn't allow repository secrets to be accessed in CI runs when the PR is opened from a fork. This is an intentional design "feature" for security purposes, so there aren't any legitimate / risk-free workarounds.
- This results in some frustratingly vague error messages if you open a PR from a fork and it fails, usually in the form of some "authentication failed" message, which doesn't immediately point to a solution.""", False),
('https://github.com/gitcoinco/web/issues/1835', 'issue', 'other', 'none', """JSONDecodeError: Expecting value: line 1 column 1 (char 0)
View details in Rollbar: [https://rollbar.com/gitcoin/gitcoin/items/652/](https://rollbar.com/gitcoin/gitcoin/items/652/)

```
Traceback (most recent call last):
  File "/home/ubuntu/gitcoin/coin/app/dashboard/management/commands/sync_geth.py", line 62, in handle
    bounty = get_bounty(bounty_enum, network)
  File "/home/ubuntu/gitcoin/coin/app/dashboard/utils.py", line 253, in get_bounty
    data = json.loads(data_str)""", False),
('https://github.com/drandreaskrueger/chainhammer/issues/7', 'issue', 'other', 'none', """raise JSONDecodeError("Expecting value", s, err.value) from None json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)
raise JSONDecodeError("Expecting value", s, err.value) from None
json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)""", False),
('https://github.com/xingyaoww/code-act/issues/4', 'issue', 'other', 'none', """json.decoder.jsondecodeerror
How to resolve this problme?
json.decoder.jsondecodeerror: expecting value: line 1 column 1 (char 0) python""", False),
('https://github.com/spatie/ignition/issues/812', 'issue', 'other', 'none', """TypeError: Cannot read properties of undefined (reading 'map')
**Please include some context and the contents of the console in your browser's developer tools.**

## JavaScript Error
```
TypeError: Cannot read properties of undefined (reading 'map')
    at Wu (<anonymous>:8:256537)
    at bf (<anonymous>:3:186649)
    at <anonymous>:3:221181
    at yp (<anonymous>:3:222533)""", False),
('https://github.com/trello-talk/Taco/issues/70', 'issue', 'other', 'none', """[Airbrake] [Production] handle.body.map is not a function
**Airbrake error:** [#9608](https://contact-trellobot-xyz.airbrake.io/projects/271195/groups/2766322204285449608)
**Airbrake project:** Taco

**Error type:** `TypeError`
**Error message:** `` handle.body.map is not a function ``
**Where:** `<no information>`
**Occurred at:** Jun 13, 2020 19:08:21 UTC""", False),
('https://github.com/Serverless-Devs/serverless-cd/pull/22', 'issue', 'other', 'none', """fix: throw error map is undefined
{"errorMessage":"Cannot read property 'map' of undefined","errorType":"FunctionUnhandledError: TypeError","stackTrace":["FunctionUnhandledError: TypeError: Cannot read property 'map' of undefined","    at handler (/code/deliver.js:85:31)","    at processTicksAndRejections (internal/process/task_queues.js:95:5)"]}""", False),
('https://github.com/subutai-io/peer-os/issues/2137', 'issue', 'other', 'none', """Caused by: java.lang.NullPointerException
	at io.subutai.core.hubmanager.impl.HubManagerImpl.getHubConfiguration(HubManagerImpl.java:609)
	at io.subutai.core.hubmanager.impl.HubManagerImpl.isRegisteredWithHub(HubManagerImpl.java:545)
	at Proxy1acc33a4_2822_410d_81d5_e82b4a6693d9.isRegisteredWithHub(Unknown Source)""", False),
('https://github.com/mintme-com/old-wallet/issues/172', 'issue', 'other', 'none', """Unexpected token < in JSON at position 0
``` 
SyntaxError: Unexpected token < in JSON at position 0
 ```""", False),
('https://github.com/meepen/salien-bot/issues/115', 'issue', 'other', 'none', """SyntaxError: Unexpected token < in JSON at position 0
I get this message after running the headless for a few hours:

SyntaxError: Unexpected token < in JSON at position 0
    at JSON.parse (<anonymous>)
    at Request.response [as _callback] (C:\\Users\\Administrator\\Desktop\\salien-bot-master\\headless\\jquery_node.js:78:26)""", False),
('https://github.com/nuxsmin/sysPass/issues/1240', 'issue', 'other', 'none', """Error: Unexpected token A in JSON at position 0
Hello.

We have this error using the application: 
`SyntaxError: Unexpected token A in JSON at position 0`

**To Reproduce**

1. Enter in some account
2. Click on "Edit account password\"""", False),
('https://github.com/docker/compose/issues/1204', 'issue', 'other', 'none', """"environment" not working
Hi,

I am trying to create a container using docker-compose 1.1.0 and this case looks like it is not using the environment variable:

File docker-compose-mysql.yml

    mysql:
      image: mysql
      environment:
        - MYSQL_ROOT_PASSWORD:password""", False),
('https://github.com/123andy/redcap-docker-compose/issues/4', 'issue', 'other', 'none', """Error running 'docker-compose up'
Hi Andy,

Trying to run docker-compose up in the repository root. 

WARNING: The WEB_PORT variable is not set. Defaulting to a blank string.
WARNING: The WEB_OVERRIDES variable is not set. Defaulting to a blank string.
WARNING: The WEBROOT_DIR variable is not set. Defaulting to a blank string.""", False),
('https://github.com/microsoft/vscode-docker/issues/2855', 'issue', 'other', 'none', """idk what i do xd
Does this occur consistently?
Repro steps:

1.
2.

Action: vscode-docker.compose.up.subset
Error type: 1
Error Message: Process 'docker-compose -f "docker-compose.yml" config --se...' exited with code 1
Error: Couldn't find env file: c:\\xampp\\htdocs\\Dcode\\dynasty_code\\.env.dev""", False),
('https://github.com/axios/axios/issues/2824', 'issue', 'other', 'none', """I wonder why axios-interceptors-response can't be used for token refresh
**Environment**
axios : 0.19.0
react : 16.9.0

I'm making toy project using Spring boot with react.js.

**I just wonder why my axios-interceptors-response can't be used for token refresh.**
Almost every other example I've seen are using interceptors-request to refresh their access token.""", False),
('https://github.com/axios/axios/issues/1383', 'issue', 'other', 'none', """Updating auth headers on every request?
Hello guys,

I made a new instance of the axios which I use for the protected api resources and I attached auth header with token to it, but the problem is if I go to the console and delete tokem from localStorage, axios is still sending it as the instance was not updated.

Is there a solution so my auth headers in the instance can check for token in localStorage in every request?""", False),
('https://github.com/ahmedkaludi/easy-table-of-contents/issues/564', 'issue', 'other', 'none', """Need to put a proper display message on license activation/deactivation timeout
cURL error 28: Operation timed out after 15001 milliseconds with 0 bytes received""", False),
('https://github.com/rtCamp/godam/issues/1355', 'issue', 'other', 'none', """API Error Handling Needs Enhancement (Central + Plugin)
### Problem Summary  
- When switching environments or using an invalid API key, the plugin fails silently.  
- Infinite loading appears instead of showing a clear "Invalid API Key" message.  
- API responses are not validated on plugin load.  
- If an API key that was once valid gets invalidated/removed from Central later, the plugin does **not** detect it until failure.  
- Appropriate 401/403 handling is missing.""", False),
('https://github.com/RoseSilverSoftware/IlluminatedCloud/issues/601', 'issue', 'other', 'none', """javax.xml.ws.soap.SOAPFaultException: INVALID_SESSION_ID: Invalid Session ID found in SessionHeader: Illegal Session. Session not found, missing session hash: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
This error usually occurs after a session expires or a user logs out. 
	at org.apache.cxf.jaxws.JaxWsClientProxy.invoke(JaxWsClientProxy.java:161)
	at com.sun.proxy.$Proxy175.logout(Unknown Source)""", False),
('https://github.com/spatie/crawler/issues/351', 'issue', 'other', 'none', """cURL error 28: Operation timed
Hello,
I'm using spatie/crawler 4.7.5 with php 7.2

My script ended with the exception:
```
In CurlFactory.php line 210:
cURL error 28: Operation timed out after 20001 milliseconds with 0 bytes received (see https://curl.haxx.se/libcurl/c/libcurl-errors.html)
```
I thought all exceptions would be caught and notified through the crawlFailed method of a CrawlObserver.
Or am I mistaken?""", False),
('https://github.com/spatie/crawler/issues/351', 'issue', 'other', 'none', """Found the issue. Was in my code. Sorry.""", False),
]
