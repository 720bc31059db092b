# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 53 (mine-b, round 2): one-line pile-ons under Home Assistant and
# similar integration issues ("Same problem also for me", "Me too. The issue
# did not solve", "Add me to the list") when a cloud login or token stops
# working after an update, with the "fixed now"/"reset my password" follow-ups;
# and scanner-style "your API key is exposed" reports against "no security
# impact"/"not a genuine finding" replies.
ROWS = [
("https://github.com/home-assistant/core/issues/43894","issue","complaint","other","Hive Integration Auth broken. Hive integration authentication seems to be failing as of yesterday.",False),
("https://github.com/home-assistant/core/issues/43894","issue","other","none","This might help https://github.com/home-assistant/core/issues/43890#issuecomment-738004252",False),
("https://github.com/meichthys/uptime_kuma/issues/88","issue","complaint","other","Home Assistant Operating System 11.4 (from 11.3) breaks Authentication. Previously I had to turn off authentication for the integration to work (had been working for several months). Now after upgrading the OS to 11.4 authentication is broken completely which also makes any existing / associated entities disappear.",False),
("https://github.com/meichthys/uptime_kuma/issues/88","issue","complaint","none","Happened to me as well, Waiting for a fix hopefully.",False),
("https://github.com/meichthys/uptime_kuma/issues/88","issue","other","none","Someone fixed something in the last couple of days because I just re-ran the update on the rolled back VM and now post-update everything still works.",False),
("https://github.com/hassio-addons/app-uptime-kuma/issues/145","issue","other","none","Are you referring to the integration or addon?",False),
("https://github.com/home-assistant/core/issues/153896","issue","other","none","This will be resolved in 2025.10.2.",False),
("https://github.com/home-assistant/core/issues/153896","issue","complaint","none","In my case, it's still not fixed. I have to reboot my whole system to get the integrarion back working again.",False),
("https://github.com/home-assistant/core/issues/153896","issue","complaint","none","Me too. The issue did not solve",False),
("https://github.com/leikoilja/ha-google-home/issues/717","issue","complaint","other","Not working. This is not integrating with home Home assistant  Hacs",False),
("https://github.com/leikoilja/ha-google-home/issues/717","issue","other","none","What a helpful bug report! I'm sure a dev will see this and say : oh boy, I know what's wrong now, I'll quickly fix it!",False),
("https://github.com/leikoilja/ha-google-home/issues/717","issue","other","none","@treforparr, not sure what this issue is meant for, but i suspect that you might have authentication issues. It is unfortunately ongoing issue with authentication",False),
("https://github.com/dreo-team/hass-dreoverse/issues/29","issue","complaint","none","@JeffSteinbok did I miss the fix?  I can not log in with your integration.",False),
("https://github.com/dreo-team/hass-dreoverse/issues/29","issue","complaint","other","Not working for me either. First time trying to set this up. Created an account 5min ago. I'm in the EU. App works, in HA I can't login.",False),
("https://github.com/dreo-team/hass-dreoverse/issues/29","issue","other","other","UPDATE: I've reset the password and not it works both in the app and HA",False),
("https://github.com/home-assistant/core/issues/124463","issue","complaint","other","Yale integration authentication issue. Afte HA OS update from 13.0 to 13.1 my Yale integration was broke and it asked to re-authenticate. I tried logging in multiple times but each time it says invalid authentication.",False),
("https://github.com/home-assistant/core/issues/124463","issue","other","other","It looks like they have adjusted their WAF; the login request now responds with a Cloudflare block page.",False),
("https://github.com/home-assistant/core/issues/124463","issue","complaint","other","I have the same issue. Got locked out of the house today. Had to stand in the rain soaking (it's a European townhouse so the door leads straight to the sidewalk)... then search for, download, install, login to the Yale Home app and then I could get in.",False),
("https://github.com/home-assistant/core/issues/124463","issue","complaint","other","Has anyone found a waiting solution to the Yale problem?",False),
("https://github.com/home-assistant/core/issues/177088","issue","complaint","other","Upgrade to 2026.7.3: MyVaillant authentication stopped working. After upgrading to 2026.7.3 today, the MyVaillant integration now shows that it needs repair. The authentication is failing. It was fine on the previous version. I checked the username and password are still OK.",False),
("https://github.com/home-assistant/core/issues/177088","issue","complaint","none","Same problem  for me",False),
("https://github.com/home-assistant/core/issues/177088","issue","complaint","none","Same problem also for me",False),
("https://github.com/home-assistant/core/issues/177088","issue","other","other","The myvaillant authors have updated their integration this morning. This appears to have fixed the problem.",False),
("https://github.com/home-assistant/core/issues/152552","issue","complaint","other","Integration broken after updating to 2025.9.3. August integration asks me to reconfigure and it says it’s successful from the August site but I return to home assistant just to see that it still asks to reconfigure.",False),
("https://github.com/home-assistant/core/issues/152552","issue","complaint","none","The exact error is “authentication expired” I believe. But logging back in does not fix it.",False),
("https://github.com/home-assistant/core/issues/152552","issue","other","none","Having this issue as well. For what it is worth, I am seeing the message “failed to authenticate: migration to oauth required.  I enabled debug logging and tried to re run the auth sequence and it suddenly succeeded for me",False),
("https://github.com/home-assistant/core/issues/152552","issue","complaint","none","Also getting the info `Failed to set up: Migration to OAuth required` in the integration after relogging in.",False),
("https://github.com/iprak/winix/issues/136","issue","complaint","other","Login Failure. I've validated my login multiple times, deleted the integration, re-added the integration and it still will not log me in. This integration was working until the most recent Winix/HA upgrade.",False),
("https://github.com/iprak/winix/issues/136","issue","complaint","other","Add me to the list of people seeing the login issue. Just updated the integration today.  It continues to prompt me for my Winix password.",False),
("https://github.com/Zlkcyber/megafin/issues/4","issue","complaint","none","Token is expired. even after Re-authenticating the token always expired",False),
("https://github.com/Zlkcyber/megafin/issues/4","issue","complaint","none","same with me",False),
("https://github.com/jhu-bids/TermHub/issues/92","issue","complaint","other","Need new auth token(s). It seems that our `PALANTIR_ENCLAVE_AUTHENTICATION_BEARER_TOKEN` has expired.",False),
("https://github.com/jhu-bids/TermHub/issues/92","issue","other","none","@Sigfried I think this is resolved. If we still need a token though, go ahead and re-open.",False),
("https://github.com/unlock-protocol/unlock/issues/16533","issue","other","none","Security Disclosure: Exposed API key in repository. I have identified a security issue in this repository involving an exposed live API key hardcoded in a source file.",True),
("https://github.com/abi/screenshot-to-code/issues/618","issue","other","none","Exposed API Key in Repository. While reviewing this repository, I found that an API key has been hardcoded in the source code / committed to the repository's history, and is publicly accessible.",True),
("https://github.com/abi/screenshot-to-code/issues/618","issue","other","none","What's the key?",False),
("https://github.com/Budibase/budibase/issues/18837","issue","other","none","We apologize for this issue. It was submitted by an automated AI security scanner during a controlled test run — not a genuine security finding.",False),
]
