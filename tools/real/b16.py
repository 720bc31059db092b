# (source, voice, label, integration, text[, exposure_mentioned])
# Batch 16: development tasks that mention 401s, tokens and refresh logic
# (near misses), API-key regeneration bugs, Keap hook answers.
ROWS = [
("https://integration.keap.com/t/webhooks-randomly-being-marked-inactive/90938","forum","other","none","I would encourage you to take the same preventative steps; our team just looked into one of these kinds of requests and found exactly as we expected, that the receiving server was non-responsive to the call, specifically when dealing with a payload that contained a large number of record identifiers."),
("https://github.com/buttondown/roadmap/issues/1229","issue","other","none","Regenerate API key is not working"),
("https://github.com/ging/social_stream/issues/114","issue","other","none","Regenerate API key in main settings is broken. After confirming \"Are you sure?\" nothing happens"),
("https://github.com/ging/social_stream/issues/114","issue","other","none","It seems to work on Chrome but fails in Firefox"),
("https://github.com/buttondown/roadmap/issues/502","issue","other","none","Allow regeneration of API keys"),
("https://github.com/harvard-lil/perma/issues/1455","issue","other","none","Regenerate API Key does not regenerate new API key. The regenerate api key button doesn't work. Maybe we change the name to \"Don't generate new API key\" or, maybe we fix the regen logic?"),
("https://github.com/catchpoint/WebPageTest/issues/2156","issue","other","none","Regenerate API key. This is a regression with the new account page and needs to added back"),
("https://github.com/hackclub/flavortown/issues/667","issue","other","none","when i generate an api key it closes the settings menu and i have to reopen it to get my api key"),
("https://github.com/wso2/api-manager/issues/4930","issue","complaint","none","API Key regenerate Issue. Create API deploy with api key authentication. Generate API Key associate to application and invoke API. Regenerate API Key. Invocation failed"),
("https://github.com/frappe/raven/issues/1913","issue","other","none","@nikkothari22 Hi, Sorry for bothering is this something could be solved anytime soon ?"),
("https://github.com/MixItUpBot/Desktop/issues/339","issue","other","none","Handle oauth tokens when 401 Unauthorized. When an API call returns with 401 Unauthorized, attempt to refresh the token using the refresh_token. If that fails due to refresh token being revoked, notify the user they must restart the app and re-auth since the refresh token cannot be used anymore"),
("https://github.com/MixItUpBot/Desktop/issues/339","issue","other","none","completed in pull #338"),
("https://github.com/raven-dev-ops/E-Commerce_Frontend/issues/25","issue","other","none","Auth: add 401 handling and refresh flow in API client. Handle expired sessions in the API client and optionally refresh tokens."),
("https://github.com/SandeepVashishtha/Eventra/pull/12446","issue","other","none","fix(api): let refresh interceptor own 401 handling. Removes the early `onUnauthorized()` response handler from `api.js` so silent token refresh in `setupResponseInterceptor` can run before logout."),
("https://github.com/usenocturne/nocturne-ui/issues/30","issue","other","none","Force refresh access token if any call returns 401"),
("https://github.com/fluxsocial/junto-mobile/issues/1021","issue","other","none","Handle 401 responses. The app currently does not handle 401 errors sent back from the server. If a token exists, try reauthenticating the user. If the token is expired, log the user out then prompt them to sign in once again"),
("https://github.com/fluxsocial/junto-mobile/issues/1021","issue","other","none","@jdeepee That was the original idea, however, after looking at the Cognito docs, refreshing of the access token is done by the library. Unfortunately, when the refresh token expires, the user must sign in again to obtain a new one."),
("https://github.com/yakeer/DearT/pull/2","issue","other","none","Refresh Token on API Unauthorized."),
("https://github.com/green-ecolution/green-ecolution/issues/217","issue","other","none","Refresh token when api returns 401"),
("https://github.com/Kong/insomnia/pull/1338","issue","other","none","Fetch new access and refresh tokens when refresh fails. This PR will allow Insomnia to re-authenticate again to get brand new access and refresh tokens when the refresh token request fails due an unauthorized request."),
("https://github.com/Kong/insomnia/pull/1338","issue","other","none","I haven't taken a look yet but I'm excited for this! Will try and get to it next week."),
("https://github.com/IndiePass/indiepass/issues/32","issue","other","none","Handle expiring tokens. It'd be great if a first class citizen of the app was the handling of 401s as a \"oh maybe I need to refresh this token / re-authorize the user\", now more folks are doing expiration"),
("https://github.com/sharetribe/flex-sdk-js/pull/23","issue","other","none","Implement token refresh logic. If the API Server responds with 401 Unauthorized and a Refresh Token is found in storage then first use Grant type Refresh Token to get a fresh access token and then try the original API call again."),
("https://github.com/Plant-for-the-Planet-org/treemapper/issues/154","issue","other","none","React on 401 code from API. When an authorized API request from the backend returns with status code 401 (\"OAuth Token is invalid or expired\"), the user should be either logged out or the OAuth Token should be refreshed from Auth0."),
]
