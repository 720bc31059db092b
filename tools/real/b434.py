# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 434 (mine-b434): SHORT FOLLOW-UP REPLIES in issue threads about a connection, credential, token or sync
# failing between two systems, each reply kept as its own row, plus the thread's opening message where the
# excerpt had it. English mostly, with French, Italian, German, Portuguese and Spanish writers (tagged).
# Complaint rows are the short "+1" and "still broken" shapes: "same here on mac", "getting same issue on my 3
# computers.", "I am getting the same error. I even upgraded to the Pro license...", "It still isn't working for
# me. Did you do something to fix yours?", "Same issue here ... have reinstalled, redone the token etc..", "Its
# the same error", "No change.  Immediately gives the same error", "Still an issue.", "Same Problem! ... No help?",
# "i'm also facing this same issue.", "Did you find a solution fir this?\nI've the same problem", "Any news on
# this? My Dropbox account is showing that I am connected...", "Can you please give a status? Has your key been
# banned?", "Tried. Can't manually connect even.", "Nothing works :-(" after re-entering a new token, "Yes I am
# actively experiencing this issue", and in other languages "Problème identique pour moi", "Impossible d'avoir les
# informations depuis quelques jours", "Me ocurre lo mismo pero no me deja eliminar el Hub", "Sino all'altro ieri
# tutto funzionava correttamente", "Mangager não autentica mais após atualização de ontem"; plus the openings they
# answer (401 / Invalid API key after an update, invalid_grant on refresh, Home Connect / Enphase / Landroid /
# Vaillant / NUKI / Anycubic / Coinbase / Viva Wallet integrations that stopped authenticating, PDND tokens no
# longer issued). Near misses of the same short shape from the same threads: "It is working now.", "That
# worked! 🎉", "idk why it works now, but it does", "I reactívate the integration and its Ok", "C'est revenu :)",
# "Oui en effet tout fonctionne, merci", "Muito obrigado. Atualizei e funciona normalmente.", "Corrigido ja",
# "gracias!", "okay ths", "I'll give it a try, thanks!", "I realized I was using the wrong code, my bad", "Okay, I
# figured it out", maintainers' "Fixed with #248", "Should be fixed now with bookmarks v13.1.1", "Fixed in 2.1.7b",
# "Ist bekannt und wird bald behoben sein...", "duplicate of ...", "Closing this issue since there haven't been any
# replies", "closing - cleaning up old backlog", "Still waiting for your reply", questions for detail ("Have you
# updated from an old version...?", "Have you requested Offline Access?", "Salve, avete provato a usare il tool di
# debug...?"), a thanks-plus-ETA request after the maintainer acknowledged, and own-account logins that are not a
# connection between two systems (Standard Notes password after an OS update, SVWS-Server snapshot login, a
# DAPNET core API that dies).
# Sources (64 threads; issues corpus only for the rows, texts copied from the thread excerpts the `search` tool
# returned - a title plus the first sentences, or one comment - trimmed, never reworded or translated; quoted
# earlier comments, e-mail reply tails, image lines and issue-template headings/HTML tags were left out; in
# withings-sync #253 only the two exception lines of a long traceback were kept, the frames between them left out):
#  rawnly/splash-cli #82, decolua/9router #3480, exposedev/expose #396, gtrxAC/discord-j2me #294,
#  Vedza/NitroSniperGo #151, boredazfcuk/docker-icloudpd #687, stwa/google_addressbook #21, ably/ably-dotnet
#  #25, nitrotasks/nitro #79, signalkraft/mypyllant-component #264, DarwinsBuddy/WienerNetzeSmartmeter #247,
#  Euphonique/iCloudPhotoSync #36, tauqua/gog-galaxy-itch.io #94, timniklas/hass-neakasa #77,
#  evolution-foundation/evolution-api #428, stegripe/rawon #295, subsurface/subsurface #1499,
#  laurent-martin/hass_int_toutsurmoneau #21, Master13011/vacances-scolaire-HA #11, claudegel/sinope-130 #458,
#  home-assistant/core #94312 #74477 #87079, greghesp/ha-bambulab #675, cgollner/unclouded #130,
#  MTrab/landroid_cloud #945, MarcelRobitaille/nextcloud_google_synchronization #18,
#  jaroslawhartman/withings-sync #253, openid/AppAuth-Android #472, allegro/allegro-api #6733,
#  Gitlawb/openclaude #1342, adrianhajdin/project_openai_codex #65, zaclimon/Tsutaeru #5, standardnotes/forum
#  #3022, joleys/niko-home-control-II #148, veista/smartthings #127, DavidMStraub/homeassistant-homeconnect
#  #116, SVWS-NRW/SVWS-Server #249, massif-press/compcon #1101, aykit/MyOwnNotes #81,
#  NCRCounterpointAPI/APIGuide #100, screenpipe/screenpipe #1534, rootio/rootio_web #16, FOSSBilling/FOSSBilling
#  #2675, Rishikant181/Rettiwt-API #493, smaragdschlange/ioBroker.nuki #87, TA2k/ioBroker.vw-connect #141,
#  dbweb-ch/ioBroker.tesla-motors #11, goir/ha-solarmanager-ch #1, WaresWichall/hass-anycubic_cloud #60,
#  matbott/home_assistant_Spritmonitor #11, Andre0512/hon #187, pagopa/pdnd-interop-frontend #1101 #230,
#  VivaPayments/API #1444 #1027, coinbase/coinbase-woocommerce #38, patrickkivits/bunq-for-woocommerce #16,
#  fsantini/KoboCloud #115, floccusaddon/floccus #1408, robbinjanssen/home-assistant-ojmicroline-thermostat
#  #404, DecentralizedAmateurPagingNetwork/Core #29, nextcloud/notes-android #2584, jaapp/ha-marstek-local-api
#  #96
# Look-ups: 35 `search` calls of the 50 allowed (34 on the issues corpus, 1 on pages - it gave only help-centre
# articles, none kept; no read_file / find_string / fetch). Queries:
#  (1) still not working after generating a new API key, same here 401 unauthorized; (2) stesso problema, non si
#  connette più, errore autenticazione token; (3) mismo problema aquí, no sincroniza desde ayer, error de
#  autenticación; (4) même problème, la connexion ne fonctionne plus, erreur d'authentification token; (5)
#  gleiches Problem seit dem Update, Anmeldung fehlgeschlagen, keine Verbindung zur Cloud; (6) mesmo erro aqui,
#  token inválido, integração parou de funcionar; (7) anche a me non funziona più, errore di login
#  dell'integrazione dopo aggiornamento; (8) bei mir auch, Integration meldet Authentifizierung fehlgeschlagen
#  seit heute; (9) pareil chez moi, l'intégration ne se connecte plus depuis hier; (10) +1 webhook stopped
#  arriving, any update? still broken for us; (11) a mí también me pasa, la integración dejó de funcionar, no
#  conecta con la nube; (12) também estou com o mesmo problema, erro 401 na API, parou de sincronizar; (13,
#  pages corpus) same here since yesterday, connection keeps asking to re-authenticate, community forum; (14)
#  Gleiches Problem hier, Token abgelaufen, Login geht nicht mehr; (15) stesso problema anche per me,
#  l'integrazione non si collega più al cloud; (16) mismo error, el token expiró y ya no conecta con la API,
#  alguna solución?; (17) mesmo problema aqui, PagSeguro retorna não autorizado, token inválido; (18) +1
#  invalid_grant refresh token, still happening for me after re-authorizing; (19) idem, même erreur 401 avec la
#  clé API, ça ne marche toujours pas; (20) non riesco più ad accedere, credenziali non valide, anche a me da
#  ieri; (21) Bei mir geht es auch nicht mehr, API Key ungültig, Fehler 401; (22) me pasa lo mismo, no puedo
#  iniciar sesión, credenciales inválidas desde la actualización; (23) stesso problema da stamattina, token
#  scaduto, Home Assistant integrazione non aggiorna; (24) seit heute keine Daten mehr, Login schlägt fehl, hier
#  auch, funktioniert wieder; (25) a mí tampoco me funciona, error 401 al sincronizar, ya funciona gracias; (26)
#  sigue sin funcionar, he generado una nueva clave API y sigue dando error; (27) ancora non funziona, ho
#  rigenerato la chiave API ma errore di autenticazione; (28) funktioniert immer noch nicht, neuen Token
#  erstellt, Verbindung wird abgelehnt; (29) Anche io ho lo stesso problema con l'integrazione, login fallito;
#  (30) Tengo el mismo problema, la integración no se conecta, error de token; (31) Habe das gleiche Problem,
#  Adapter verbindet sich nicht mehr, Token ungültig; (32) idem anche a me, non si collega più, errore token
#  scaduto, qualche novità?; (33) plugin WooCommerce Satispay Nexi non funziona più, chiave API non valida,
#  stesso problema; (34) Hola, a mi me pasa igual, desde ayer no sincroniza, ¿alguna novedad?; (35) Bei mir auch
#  seit gestern, Verbindung zur API abgebrochen, jemand eine Lösung?
# Checked: every thread URL grepped (URL followed by a quote, '#', '/' or end) over /work/main/tools/real/b*.py,
# /work/main/tools/real/pending/*.py and /work/wt/*/tools/real/pending/*.py (the other miners had not yet written
# their batch files when checked; b431, b432, b435 and b437 were compared again for URLs and texts before the
# commit: no overlap) before use; then /work/notes/dupcheck.py (thread URLs and lower-cased texts
# against every batch in main and pending): problems 0. One reply dropped for that check: gog-galaxy-itch.io #94
# "any update on this?" (the same text is in b95).
# Skipped as already in the corpus (URL found):
#  CompositeLight/currentRMS-helper #53, cline/cline #1734, dovrosenberg/fvtt-campaign-builder #451,
#  nprapps/elections14 #187, samrum/homebridge-onstar #23, Gitlawb/openclaude #1356, ahivert/tgtg-python #172,
#  ebaauw/homebridge-ws #37, ministero-salute/it-fse-support #890 #119 #284 #888 #891 #2458,
#  oyvindwe/connectlife-ha #365, AChep/keyguard-app #608, AndlyticsProject/andlytics #386, LAB-MI/candilibV2
#  #621, luconlua/sopra-cloud #114, minecraft-linux/mcpelauncher-manifest #377, pieces-app/support #266,
#  devaguia/correios-php #54, mrayone/hotmart-webhook-create-member #4,
#  brenooliveira/exemplo-integracao-moip-transparente #1, prismagroupsa/Ajax_alarm_ha_integration #28,
#  OrwellianEpilogue/ephemera #30, MTrab/landroid_cloud #260, DomoticaFacile/raccolta_rifiuti #6,
#  lwestenberg/homeassistant_bold #27, JohNan/homeassistant-wellbeing #147, dreo-team/hass-dreoverse #29,
#  home-assistant/core #153896 #146994 #126370, brettmeyerowitz/homeassistant-homgar #2, gillesvs/librelink #48,
#  reapit/foundations #11080, Doist/todoist-api #19, apaleo/api #370 #350 #238, umbraco/Umbraco.Cloud.Issues
#  #596, microsoftarchive/api #63, Rising-Phoenix-Development/MalexGames-Accessorries #5,
#  JackJPowell/uc-intg-psn #3, Limych/ha-jq300 #121, Alkarex/EasyRSS #38, dustin/gopro #11,
#  ifrn-oficial/cliente_suap_javascript #5, dala318/python_poollab #16, Favio25/Kronoterm-homeassistant #40,
#  p0l0/hagruenbeck_cloud #213, r-martins/PagSeguro-Magento-Transparente #56 #176 #77,
#  cagartner/bagisto-pagseguro #4, pagseguro/pagseguro-modulo-prestashop #103, artistas/laravel-pagseguro #125
#  #61, claudiosanches/woocommerce-pagseguro #8, PHPSC/pagseguro #23, andris9/xoauth2 #10,
#  seenthis/seenthis_squelettes #235, intuit/oauth-jsclient #77, amzn/selling-partner-api-models #921,
#  dr5hn/countries-states-cities-database #1583, qconrad/intellistar-emulator #29, madbob/GASdotto #65,
#  dariowskii/esse3_unimore #5, asterics/AsTeRICS #367, dinguschan-owo/Helios #73, continuedev/continue #9634,
#  contemplator1998/smartthings #14, HA-AndersenEV/hassio-andersen-ev #31, kattcrazy/Tuya-Unsupported-Sensors
#  #1, veista/smartthings #115, Deazl/pr0keys #73 #75, Educational-Engineering/Issues #99, finndev/PokeBuddy
#  #25, aluxnimm/outlookcaldavsynchronizer #449, Fryyyyy/zeekr_ev_api #39, aandrew-me/tgpt #101,
#  google-gemini/gemini-cli #25198, martykan/forecastie #641, onesky/plugin-intellij #7,
#  iobroker-community-adapters/ioBroker.homeconnect #396 #48, Pirate-Weather/pirateweather #45, wso2/api-manager
#  #4930, marc2016/ioBroker.panasonic-comfort-cloud #59, iobroker-community-adapters/ioBroker.hmip #333,
#  foxriver76/ioBroker.bring #29, iobroker-community-adapters/ioBroker.ring #319 #106,
#  home-assistant/home-assistant.io #24229, kristofferR/FellowAiden-HomeAssistant #32, anticorruzione/npa #980,
#  VivaPayments/API #1677, patrickkivits/bunq-for-woocommerce #30 #24, etesync/android #246, kolyvan/kybook
#  #222, GeekMagicClock/gif #10, tasks/tasks #510.
# Rejected: wolveix/satisfactory-server #37 (a game client's login token, not an integration); gilesknap/gphotos-sync
# #387 (excerpt had only "Here's the last few lines", no error); pagseguro/pagseguro-modulo-prestashop #137 (card
# payments declined - payment authorisation, not credentials); macherel/Barcode-Wallet #12 (creating a barcode entry,
# 429 / CORS of the app's own API); threads and replies in Chinese, Russian or Dutch (outside the theme's languages:
# obsidian-dida-sync #14 #28, kybook #533, frostflake #11); the generated Zendesk analysis dungnt95wano/xxxx #52;
# user-login-only threads not kept even as near misses (netbird #5578, bazarr #1212, motionpie #215, NecroBot,
# Resonite); contentless or off-language replies ("upupupupup", "kaise??? plz explain...", openclaude #1342 "same" /
# "exactly", unclouded #130 StephenKoller cut off mid-word, Viva Wallet #1027 screenshot-only replies); ha-solarmanager-ch
# #1 description (error only in an image) - its two replies kept; Spritmonitor #11 description trimmed before the
# pasted app token.
# Doubtful labels and how they were decided:
#  - Status-chasing on an unresolved connection failure ("Can you please give a status? Has your key been banned?",
#    "Any news on this? My Dropbox account...", "any news on the fix?") -> complaint: the writer is still cut off.
#    A thanks-plus-ETA reply right after the maintainer acknowledged (unclouded #130 rammzomar) -> other; a bystander
#    asking the reporter for news ("@IstrateAndrei Do you have any update on this? (Still facing this issue I
#    assume)") -> other, nothing of the writer's own is reported broken.
#  - "également de mon coté ... il semblerais que cela corrige le probleme" (toutsurmoneau #21) -> other: the reply
#    is mainly the password-reset workaround that fixed it. "Me too... I am cloud connected so it may be related to
#    #673." (ha-bambulab #675) -> complaint (+1 on "I can't connect" after the update); goldsam328's "I am cloud
#    connected so it may be related to #673." -> other (answers the maintainer's question, no failure stated).
#  - Own-account logins to a single product (standardnotes #3022, SVWS-Server #249, DAPNET Core #29) -> other, like
#    the guideline's phone app logging its own user out. Cloud sync or cloud-storage connections of an app
#    (compcon #1101 "Syncing to the cloud doesn't function" with 401, subsurface #1499 "Can't manually connect") ->
#    complaint.
#  - AppAuth-Android #472 varuntribe ("how do you ask for offline access ... still no luck") and Rettiwt-API #493's
#    update (own workaround works, "`rettiwt auth login ...` still doesn't work") -> complaint: the refresh / login
#    still fails. niko-home-control-II #148 "No I renewed my token ... this seems not possible" -> complaint (the
#    expired token cannot be replaced, entities unavailable).
#  - VivaPayments/API #1444 (Italian: API key and public key entered, "non si attiva nessun bottone di
#    collegamento") -> complaint: the plugin does not connect with the credentials given; the maintainer opened a
#    support exchange.
#  - sinope-130 #458 (French maintainer explaining "Cannot submit login form") and vacances-scolaire-HA #11's
#    "Je pense que cela vient de l'api du GOUV..." -> other (maintainer diagnosis).
#  - integration: `other` when the row names the product or service it is about (Home Assistant, Dropbox,
#    Enphase, Home Connect, Coinbase, NUKI, PDND, Viva Wallet, Tout sur mon eau, iCloud, Google, Garmin,
#    ownCloud...), `none` for replies that name none ("same here on mac", "Still an issue.").
#  - exposure_mentioned: none of the rows says a key or token got out.
# Counts: rows 195; complaints 110, other 85; threads 64; integration: none 140, other 55;
# exposure_mentioned: 0; voices: issue 195; languages: en 171, fr 10, it 5, de 4, pt 3, es 2.
ROWS = [
    ('https://github.com/rawnly/splash-cli/issues/82', 'issue', 'complaint', 'other', "Response code 401 (Unauthorized)\n\nCurrently the API access seems not possible:\n\n  statusCode: 401,\n  statusMessage: 'Unauthorized',\n\nHappens with all unsplash downloads.", False),
    ('https://github.com/rawnly/splash-cli/issues/82', 'issue', 'other', 'none', 'Have you updated from an old version or just installed the latest release?\nWhich version are you running? Which OS? \n\nPlease before opening a new issue, fill the template.', False),
    ('https://github.com/rawnly/splash-cli/issues/82', 'issue', 'complaint', 'none', 'I always update to the latest version when having problems. And OS should be not relevant for an authentication error. Just my thoughts 😅\n\nWith the update I have v3.4.14 and it runs under Win10.', False),
    ('https://github.com/rawnly/splash-cli/issues/82', 'issue', 'complaint', 'none', 'Can you please give a status? Has your key been banned? Is this the end of the project?', False),
    ('https://github.com/rawnly/splash-cli/issues/82', 'issue', 'other', 'none', "Hi, my key hasn't been banned, the problem is in the CI that makes the release, for some reason it isn't injecting the api-key, right know I can't find the time to fix this issue, I'm considering re enabling custom", False),
    ('https://github.com/decolua/9router/issues/3480', 'issue', 'complaint', 'other', 'unexpected status 401 Unauthorized: Invalid API key, url: http://127.0.0.1:20128/v1/responses\n\ni have issue unexpected status 401 Unauthorized: Invalid API key, url: http://127.0.0.1:20128/v1/responses after update codex and 9router', False),
    ('https://github.com/decolua/9router/issues/3480', 'issue', 'complaint', 'none', 'same here on mac', False),
    ('https://github.com/decolua/9router/issues/3480', 'issue', 'complaint', 'none', 'getting same issue on my 3 computers.', False),
    ('https://github.com/decolua/9router/issues/3480', 'issue', 'complaint', 'none', 'same here on windows', False),
    ('https://github.com/decolua/9router/issues/3480', 'issue', 'other', 'other', 'hello all, i am resolved, just disable api key in 9router', False),
    ('https://github.com/decolua/9router/issues/3480', 'issue', 'other', 'none', 'open web UI => tab endpoint & key => disable require API key', False),
    ('https://github.com/exposedev/expose/issues/396', 'issue', 'complaint', 'other', 'Authentication failed\n\nI get the following error while trying to share a site. I tried running the herd share command and also the expose share command. \n`Authentication failed. Please check your authentication token and try again.\nConnection to server closed.`\nI tried a new token as well, but it still did not work.', False),
    ('https://github.com/exposedev/expose/issues/396', 'issue', 'complaint', 'none', 'I am getting the same error. I even upgraded to the Pro license thinking that would get me going. No such luck...', False),
    ('https://github.com/exposedev/expose/issues/396', 'issue', 'complaint', 'none', "I'm getting the same error too. Can someone support?", False),
    ('https://github.com/exposedev/expose/issues/396', 'issue', 'complaint', 'none', "Same issue here, can't seem to get around it - have reinstalled, redone the token etc..", False),
    ('https://github.com/exposedev/expose/issues/396', 'issue', 'other', 'none', 'It is working now.', False),
    ('https://github.com/exposedev/expose/issues/396', 'issue', 'complaint', 'none', "It still isn't working for me. Did you do something to fix yours?", False),
    ('https://github.com/exposedev/expose/issues/396', 'issue', 'other', 'none', "I didn't do anything.", False),
    ('https://github.com/gtrxAC/discord-j2me/issues/294', 'issue', 'complaint', 'other', 'Cannot connect to gateway. Do you want to retry? Message: Authentication failed.\n\nBlackBerry 9720 with BlackBerry OS 7.1.0.1121\nDiscord J2ME Version 5.3.1 (blackberry)', False),
    ('https://github.com/gtrxAC/discord-j2me/issues/294', 'issue', 'other', 'none', "Hi, your token is invalid. You may have written or copied it incorrectly, or if you have previously been able to use the app, then the token has expired and you'll need to get it again.", False),
    ('https://github.com/gtrxAC/discord-j2me/issues/294', 'issue', 'complaint', 'none', 'I already got the token again, but I guess I can try doing it again', False),
    ('https://github.com/gtrxAC/discord-j2me/issues/294', 'issue', 'other', 'none', 'idk why it works now, but it does\ni did the same thing as before (edit: which is getting the token again)', False),
    ('https://github.com/Vedza/NitroSniperGo/issues/151', 'issue', 'complaint', 'none', "Token Authentication Error on Startup [Mac]\n\nHi, I keep getting this error upon starting up the program, I don't know why, I've even tried switching through a few of my alts but it's still giving the same error.\n\n[x] Error opening connection for [token], websocket: close 4004: Authentication failed.", False),
    ('https://github.com/Vedza/NitroSniperGo/issues/151', 'issue', 'other', 'none', "Hi,\nYour token must have changed, because this error only happen when your token isn't working.", False),
    ('https://github.com/Vedza/NitroSniperGo/issues/151', 'issue', 'other', 'none', 'I realized I was using the wrong code, my bad', False),
    ('https://github.com/boredazfcuk/docker-icloudpd/issues/687', 'issue', 'other', 'none', 'Try setting *skip_check=true* in your icloudpd.conf file.', False),
    ('https://github.com/boredazfcuk/docker-icloudpd/issues/687', 'issue', 'other', 'none', "I'll give it a try, thanks!", False),
    ('https://github.com/boredazfcuk/docker-icloudpd/issues/687', 'issue', 'other', 'none', 'That worked! 🎉', False),
    ('https://github.com/boredazfcuk/docker-icloudpd/issues/687', 'issue', 'complaint', 'other', 'Spoke too soon I guess. It did run for a couple of days, but I now get this:\n\n```\n[long list of file here]\n2024-12-02 16:34:12 DEBUG    /home/user/iCloud/2023/11/IMG_8885.HEIC already exists\n2024-12-02 16:34:13 ERROR    Authentication required for Account. (421)\n2024-12-02 16:34:13 ERROR    Authentication required for Account. (421)', False),
    ('https://github.com/stwa/google_addressbook/issues/21', 'issue', 'complaint', 'other', 'Authentication failed?\n\nHi,\n\ni\'m using roundcube 1.0.3 and your plugin. But on synching it tells me that authentication failed. But the "google api code" ist correct. any idea?', False),
    ('https://github.com/stwa/google_addressbook/issues/21', 'issue', 'other', 'none', 'Is this still a problem? I have never heard of any problems like this again, authentication seems to work fine.', False),
    ('https://github.com/ably/ably-dotnet/issues/25', 'issue', 'other', 'none', 'Hi. Could you please update from branch Token-auth-bugfix and retry?', False),
    ('https://github.com/ably/ably-dotnet/issues/25', 'issue', 'other', 'none', "OK, I've checked it, token auth seems to be connecting properly now on my side.", False),
    ('https://github.com/nitrotasks/nitro/issues/79', 'issue', 'complaint', 'none', 'Sync still not working despite upgrade to 1.3.1\n\nA per the earlier issue,now thw authentication is completed..no problem..\nBut its still not syncing...I authenticated and now its trying to sync from past 1hour...and still only the .jason file is the only file created...', False),
    ('https://github.com/signalkraft/mypyllant-component/issues/264', 'issue', 'complaint', 'other', "Unexpected error in login, saunier Spain\n\nI get the Unexpected error error when trying to install the application with the new HACS update, I have to use yesterday's release (v0.9.0b3) to let me enter the connection data, but I get the Unexpected error error.\nWith version v0.8.22 it doesn't even let me enter the MIGOLINK connection data", False),
    ('https://github.com/signalkraft/mypyllant-component/issues/264', 'issue', 'other', 'none', 'Delete the account on the integration and log on again.', False),
    ('https://github.com/signalkraft/mypyllant-component/issues/264', 'issue', 'complaint', 'none', 'Its the same error\n\nI do it and have he same error\n\nI delete the integration and download again ,but its error', False),
    ('https://github.com/signalkraft/mypyllant-component/issues/264', 'issue', 'complaint', 'other', 'Hello \nI have  reinstalled version v0.9.0b3 and I also get the same error (unexpected error) in login (vaillant - spain).\n\nthank you', False),
    ('https://github.com/signalkraft/mypyllant-component/issues/264', 'issue', 'other', 'none', 'I reactívate the integration and its Ok\n\nThank you', False),
    ('https://github.com/signalkraft/mypyllant-component/issues/264', 'issue', 'complaint', 'none', 'Me ocurre lo mismo pero no me deja eliminar el Hub, deshabilito e intento eliminarlo y tampoco me deja.\n\nAlguna idea?', False, 'es'),
    ('https://github.com/signalkraft/mypyllant-component/issues/264', 'issue', 'complaint', 'other', 'Hello. \nI needed to download the release v0.9.0b3 as I was receiving the 500 error. \nHowever, I can\'t log on. It says "Authentication failed. Check username and password..."', False),
    ('https://github.com/DarwinsBuddy/WienerNetzeSmartmeter/issues/247', 'issue', 'complaint', 'other', 'Login not working anymore\n\nSince this morning my login stopped working. I deleted the intergration and installed it again, still no success. The login works for log.wien and also for the smartmeter website. Any recommendations?', False),
    ('https://github.com/DarwinsBuddy/WienerNetzeSmartmeter/issues/247', 'issue', 'complaint', 'none', 'same here ... my login-data are correct - can login to webportal - but I cant login with the integration anymore.  How to proceed? thx', False),
    ('https://github.com/DarwinsBuddy/WienerNetzeSmartmeter/issues/247', 'issue', 'other', 'none', "You can implement the updated code from #248 manually (edit the py files on your home assistance installation accordingly) or wait for a release. It's still being worked on.", False),
    ('https://github.com/DarwinsBuddy/WienerNetzeSmartmeter/issues/247', 'issue', 'other', 'none', 'Fixed with #248', False),
    ('https://github.com/Euphonique/iCloudPhotoSync/issues/36', 'issue', 'complaint', 'other', 'connection to server failed\n\nWhen trying to add my first account and after entering my credentials, I get "connection to server failed" immediately.  Running DSM DSM 7.2.2-72806 Update 8.', False),
    ('https://github.com/Euphonique/iCloudPhotoSync/issues/36', 'issue', 'other', 'none', "Thanks for your help. :)\nI've updated the app to version 1.4.6\nPlease let me know if it fixes your issue. :)", False),
    ('https://github.com/Euphonique/iCloudPhotoSync/issues/36', 'issue', 'complaint', 'none', "No change.  Immediately gives the same error - almost seems it's not even trying.", False),
    ('https://github.com/tauqua/gog-galaxy-itch.io/issues/94', 'issue', 'complaint', 'other', "You can't log in anymore because Cloudflare protection\n\nHello.\n\nIf you have it disconnected, when you want to log in again it pops Cloudflare Protection that you can't interact", False),
    ('https://github.com/timniklas/hass-neakasa/issues/77', 'issue', 'complaint', 'other', 'Invalid token error\n\nWhile looking into issues with litterbox cards showing all unknown values, saw this in the logs\n```\nLogger: custom_components.neakasa.coordinator\nSource: custom_components/neakasa/coordinator.py:176\nError getting statistics: TokenInvalid：token does not contain the @ sign，token=t8HC...\n```', False),
    ('https://github.com/timniklas/hass-neakasa/issues/77', 'issue', 'complaint', 'none', 'I am seeing this as well.  When this happens, the litterbox becomes unavailable until the integration entry is restarted', False),
    ('https://github.com/timniklas/hass-neakasa/issues/77', 'issue', 'other', 'none', 'Should be fixed in [v1.2.1-pre1](https://github.com/timniklas/hass-neakasa/releases/tag/v1.2.1-pre1)', False),
    ('https://github.com/evolution-foundation/evolution-api/issues/428', 'issue', 'complaint', 'other', '[PT][BUG] Não é possível abrir o manager: Integration not found\n\n### Título: Mangager não autentica mais após atualização de ontem\n\n#### Descrição:\n\nNem no manager nem no Swagger é possível fazer login, pois aparece uma mensagem dizendo: Integration not found".', False, 'pt'),
    ('https://github.com/evolution-foundation/evolution-api/issues/428', 'issue', 'other', 'none', 'Corrigido ja', False, 'pt'),
    ('https://github.com/evolution-foundation/evolution-api/issues/428', 'issue', 'other', 'none', 'Muito obrigado. Atualizei e funciona normalmente.', False, 'pt'),
    ('https://github.com/stegripe/rawon/issues/295', 'issue', 'complaint', 'none', '[Question] Error [TOKEN_INVALID]: An invalid token was provided\n\nThe token is correct, it dont matter if i reset it, it keeps sending me the error', False),
    ('https://github.com/stegripe/rawon/issues/295', 'issue', 'other', 'other', "It's your fault, if you need support, I said join [our Discord server](https://zhycorp.com/discord)", False),
    ('https://github.com/subsurface/subsurface/issues/1499', 'issue', 'other', 'none', 'Let me try. Usually I quit and relaunch.', False),
    ('https://github.com/subsurface/subsurface/issues/1499', 'issue', 'complaint', 'none', "Tried. Can't manually connect even.\n\nI need to quit and relaunch.", False),
    ('https://github.com/subsurface/subsurface/issues/1499', 'issue', 'other', 'other', 'this suggests a generic connectivity issue on your end.\n\ntry this in a browser:\nhttps://cloud.subsurface-divelog.org/', False),
    ('https://github.com/laurent-martin/hass_int_toutsurmoneau/issues/21', 'issue', 'complaint', 'other', "Ne fonctionne plus depuis le 12 mai ?\n\nBonjour, \nL'intégration ne fonctionne plus depuis le 12 mai chez moi, dommage car très utile.\nCi joint copie d'écran\nJe trouve ça dans les journaux", False, 'fr'),
    ('https://github.com/laurent-martin/hass_int_toutsurmoneau/issues/21', 'issue', 'complaint', 'none', 'Bonjour\nProblème identique pour moi ☹️', False, 'fr'),
    ('https://github.com/laurent-martin/hass_int_toutsurmoneau/issues/21', 'issue', 'other', 'none', 'également de mon coté\na voir mais il m a fallu changer mon mot de passe pour me reconnecter sur l interface web ( lié ou pas, je ne sais pas ) , et il semblerais que cela corrige le probleme ( j ai remis le meme mot de passe )', False, 'fr'),
    ('https://github.com/laurent-martin/hass_int_toutsurmoneau/issues/21', 'issue', 'other', 'other', "Je confirmes que le changement de mot de passe (remis le même) sur l'interface web de tout pour mon eau a corrigé le problème\nJ ai l info d aujourd'hui qui est remontée , par contre ça m'a cumulé les 3 jours manquants", False, 'fr'),
    ('https://github.com/laurent-martin/hass_int_toutsurmoneau/issues/21', 'issue', 'other', 'none', 'Oui en effet tout fonctionne, merci', False, 'fr'),
    ('https://github.com/Master13011/vacances-scolaire-HA/issues/11', 'issue', 'complaint', 'none', "Probleme d'API\n\nBonjour,\nDepuis peu l'intégration ne marche plus et m'affiche cette erreur :\n\nJ'ai tenté de supprimer et de re crée l'intégration mais cela ne change rien, est-ce un problème de mon côté ?", False, 'fr'),
    ('https://github.com/Master13011/vacances-scolaire-HA/issues/11', 'issue', 'other', 'none', "C'est revenu :)", False, 'fr'),
    ('https://github.com/Master13011/vacances-scolaire-HA/issues/11', 'issue', 'other', 'none', "Bonjour,\n\nJe pense que cela vient de l'api du GOUV...", False, 'fr'),
    ('https://github.com/claudegel/sinope-130/issues/458', 'issue', 'other', 'other', "2- Error during setup of component neviweb130: Cannot submit login form... Check your network or firewall\nCe message est émit par neviweb130 lorsqu'il ne réussit pas à connecter avec neviweb.com. Ceci peut -être pour raison d'erreur sur le courriel de login ou le mot de passe ou encore si il y a un problème de réseau et que la connection avec neviweb.com ne réussi pas. Si Neviweb est en maintenance il est possible que les connections soient refusées. Mais dans ce cas c'est temporaire.", False, 'fr'),
    ('https://github.com/home-assistant/core/issues/94312', 'issue', 'complaint', 'other', 'Home assistant stopped connecting to Enphase.\n\n### The problem\n\nHome assistant stopped connecting to Enphase. Integration not working. The integration stopped two days ago.', False),
    ('https://github.com/home-assistant/core/issues/94312', 'issue', 'complaint', 'none', 'same problem!', False),
    ('https://github.com/home-assistant/core/issues/94312', 'issue', 'other', 'none', 'Likely to be a duplicate of https://github.com/home-assistant/core/issues/79382', False),
    ('https://github.com/home-assistant/core/issues/94312', 'issue', 'complaint', 'other', "I'm experiencing issues with connection to enphase being lost as well. But when I restart home assistant it does reconnect.\n\nHow's this for others having problems with this integration?", False),
    ('https://github.com/home-assistant/core/issues/94312', 'issue', 'complaint', 'other', "Impossible d'avoir les informations depuis quelques jours.\nUne mise a jour homeassistant ou enphase ?", False, 'fr'),
    ('https://github.com/home-assistant/core/issues/94312', 'issue', 'other', 'none', 'duplicate of https://github.com/home-assistant/core/issues/88983', False),
    ('https://github.com/greghesp/ha-bambulab/issues/675', 'issue', 'complaint', 'none', "I also have this problem after update. I can't connect", False),
    ('https://github.com/greghesp/ha-bambulab/issues/675', 'issue', 'other', 'none', 'related to #673 possibly, looks like you both are cloud connected?', False),
    ('https://github.com/greghesp/ha-bambulab/issues/675', 'issue', 'other', 'none', 'I am cloud connected so it may be related to #673.', False),
    ('https://github.com/greghesp/ha-bambulab/issues/675', 'issue', 'complaint', 'none', 'Me too... I am cloud connected so it may be related to #673.', False),
    ('https://github.com/greghesp/ha-bambulab/issues/675', 'issue', 'complaint', 'other', "I have received my A1 mini today and can't login either.", False),
    ('https://github.com/greghesp/ha-bambulab/issues/675', 'issue', 'other', 'none', 'Fixed the error output with #676.', False),
    ('https://github.com/cgollner/unclouded/issues/130', 'issue', 'complaint', 'other', "Can't connect to Dropbox\n\nHi. I can't connect to Dropbox which is the only reason I bought the product (duplicate deletion).\n\nPlease help.", False),
    ('https://github.com/cgollner/unclouded/issues/130', 'issue', 'complaint', 'none', "I can't sign in either. I don't have 2 factor security.", False),
    ('https://github.com/cgollner/unclouded/issues/130', 'issue', 'complaint', 'none', "Likewise - I don't have 2 factor either. Very frustrating - that's the only reason I bought the app - full cloud integration!", False),
    ('https://github.com/cgollner/unclouded/issues/130', 'issue', 'other', 'other', 'Hey guys, the Dropbox service that Unclouded uses has been shutdown. Working on a fix to use the new service. Sorry for the inconvenience!', False),
    ('https://github.com/cgollner/unclouded/issues/130', 'issue', 'other', 'none', 'Thanks Christian - look forward to it working again soon. Please let us\nknow an ETA once you think you have one.', False),
    ('https://github.com/cgollner/unclouded/issues/130', 'issue', 'complaint', 'other', "Any news on this? My Dropbox account is showing that I am connected to the app, but, it doesn't show up in the list of connected accounts.", False),
    ('https://github.com/cgollner/unclouded/issues/130', 'issue', 'complaint', 'none', 'Hi @cgollner first of all: awesome app! Your last message was a month ago, any news on the fix?', False),
    ('https://github.com/cgollner/unclouded/issues/130', 'issue', 'complaint', 'other', 'Yes, the same problem with Dropbox', False),
    ('https://github.com/cgollner/unclouded/issues/130', 'issue', 'complaint', 'other', "Same here...  Won't let me add my Dropbox Acount.  I get as far as to allowing the app permissions and that's it...", False),
    ('https://github.com/MTrab/landroid_cloud/issues/945', 'issue', 'complaint', 'other', 'Integration not connecting to Landroid Cloud anymore\n\n### Describe the issue\n\nHi, \nSince updating to 5.3.2, about 8 hours ago, the integration is not connecting to Worx Cloud anymore, state message "is initialized":', False),
    ('https://github.com/MarcelRobitaille/nextcloud_google_synchronization/issues/18', 'issue', 'complaint', 'other', '401 error from google\n\n### Describe the Bug\n\nFailed to get number of Google contacts: Request failed with status code 401\nconnected to app, authorised all ok, get this error when telling app to sync from admin area of nc', False),
    ('https://github.com/MarcelRobitaille/nextcloud_google_synchronization/issues/18', 'issue', 'other', 'none', 'Hi @CybSecUK. Thanks for reporting. Could you please send a screenshot of where you see the 401 error? Could you please also share your server logs? You can go to settings > Logging > 3-dot menu > Download logs. This will be impossible to diagnose without logs.', False),
    ('https://github.com/MarcelRobitaille/nextcloud_google_synchronization/issues/18', 'issue', 'other', 'none', 'Hi, hope this is what you need\nits a new NC install, so I may have missed something\nStubbsy', False),
    ('https://github.com/jaroslawhartman/withings-sync/issues/253', 'issue', 'complaint', 'other', 'API Error 401?\n\nAfter some weeks break using the sync tool, I get now the following error:\n\n```\ngarminconnect.exceptions.GarminConnectConnectionError: API Error 401 -\n\nThe above exception was the direct cause of the following exception:\n\ngarminconnect.exceptions.GarminConnectAuthenticationError: Failed to retrieve social profile\n```', False),
    ('https://github.com/openid/AppAuth-Android/issues/472', 'issue', 'complaint', 'none', 'Refresh Token authorization issue\n\nEvery time I\'m calling `performActionWithFreshTokens()` I get \n`AuthorizationException: {"type":2,"code":2002,"error":"invalid_grant","errorUri":""}`\n\nSeen the same issue reported here but without a proper solution/explanation.', False),
    ('https://github.com/openid/AppAuth-Android/issues/472', 'issue', 'complaint', 'none', "i'm also facing this same issue.", False),
    ('https://github.com/openid/AppAuth-Android/issues/472', 'issue', 'other', 'none', 'Have you requested [Offline Access](https://openid.net/specs/openid-connect-core-1_0.html#OfflineAccess)?', False),
    ('https://github.com/openid/AppAuth-Android/issues/472', 'issue', 'other', 'none', '@IstrateAndrei Do you have any update on this? (Still facing this issue I assume)', False),
    ('https://github.com/openid/AppAuth-Android/issues/472', 'issue', 'other', 'none', 'This is an error message you are receiving from the provider. From the OAuth2 RFC, `invalid_grant` is returned when:', False),
    ('https://github.com/openid/AppAuth-Android/issues/472', 'issue', 'complaint', 'none', 'Hi, how do you ask for offline access with AppAuth?\nI have tried adding it as additional param but still no luck.', False),
    ('https://github.com/allegro/allegro-api/issues/6733', 'issue', 'complaint', 'none', 'Invalid refresh token\n\nThe refresh token expires within the validity period but has not been re-authorized. What is the reason?', False),
    ('https://github.com/allegro/allegro-api/issues/6733', 'issue', 'other', 'none', 'I have sent the details by email', False),
    ('https://github.com/allegro/allegro-api/issues/6733', 'issue', 'other', 'none', 'It means that the refresh token from step 1 is no longer valid. You should use a refresh token from step 3 instead - please, check [our tutorial ](https://developer.allegro.pl/tutorials/authentication-and-authorization-m09BlVyo7iY#extending-token-validity)about extending token validity.', False),
    ('https://github.com/allegro/allegro-api/issues/6733', 'issue', 'other', 'none', 'okay ths', False),
    ('https://github.com/Gitlawb/openclaude/issues/1342', 'issue', 'complaint', 'none', '401 API issue again happening even after setting up the API\n\nSame error is happing again : \n\n401 {"error":{"message":"API key                                                                \n     required","type":"authentication_error","code":"api_key_required"}}', False),
    ('https://github.com/Gitlawb/openclaude/issues/1342', 'issue', 'complaint', 'none', 'Same issue for me on MacOS 15.7.5', False),
    ('https://github.com/Gitlawb/openclaude/issues/1342', 'issue', 'complaint', 'none', 'Same issues', False),
    ('https://github.com/Gitlawb/openclaude/issues/1342', 'issue', 'complaint', 'none', 'same issues on windows 11:   └  401 {"error":{"message":"API key required","type":"authentication_error","code":"api_key_required"}}', False),
    ('https://github.com/Gitlawb/openclaude/issues/1342', 'issue', 'complaint', 'none', 'Same for me, it worked fine yesterday when I updated it from 0..13 to 0.14 but now yet again, same error.', False),
    ('https://github.com/Gitlawb/openclaude/issues/1342', 'issue', 'other', 'none', "it's easy to fix. it's a bug inside openclaude, inside the files cli.mjs and sdk.mjs. you just need to follow this tutorial and add and delete some lines.", False),
    ('https://github.com/Gitlawb/openclaude/issues/1342', 'issue', 'other', 'none', "I dont think that's the case... I didnt do anything and now it works, it's clearly from their end... we shall see for how long", False),
    ('https://github.com/adrianhajdin/project_openai_codex/issues/65', 'issue', 'complaint', 'none', 'Error 401\n\nEven though I had tried by changing into new API key but it\'s still showing the same error - " Request failed with status code 401"\nPlease help, how I could resolve this issue...', False),
    ('https://github.com/zaclimon/Tsutaeru/issues/5', 'issue', 'complaint', 'none', 'Your Credentials are Not Valid Error\n\nI seem to be getting this error no matter what Panel URL or Service URL I try. I am not sure why that would be? Has anyone else experienced this?', False),
    ('https://github.com/zaclimon/Tsutaeru/issues/5', 'issue', 'other', 'none', 'I just wanted to check up on this, Is the issue still happening now?', False),
    ('https://github.com/zaclimon/Tsutaeru/issues/5', 'issue', 'other', 'none', "Closing this issue since there haven't been any replies. Feel free to open another one if you have further issues.", False),
    ('https://github.com/zaclimon/Tsutaeru/issues/5', 'issue', 'complaint', 'none', 'hi me too haing trouble login, i have other app working ok using same url:port  and same user and pass, but on this app it allways says invalid credentials', False),
    ('https://github.com/standardnotes/forum/issues/3022', 'issue', 'other', 'none', 'Password not working after IOS Update\n\nHi all,\n\nLast night I updated my MacBook to the latest apple software update (IOS 16.4.1).\nRight after the update, my password stopped working. "Invalid authentication, please try again."\nI am certain that I am using the correct password, as I log in every single day.', False),
    ('https://github.com/standardnotes/forum/issues/3022', 'issue', 'other', 'none', 'Currently assisting over emails', False),
    ('https://github.com/standardnotes/forum/issues/3022', 'issue', 'other', 'none', "Have you been able to log in to your account again? I've had this problem for over a year but on android and web. I try again with each app update and it still shows me the same error.", False),
    ('https://github.com/joleys/niko-home-control-II/issues/148', 'issue', 'complaint', 'other', 'Not possible to update my hobby API token.\n\nToday my hobby API token expired resulting in all Niko Home control entities ending up in the "unavailable" state and automations stopped working.\nI\'m unable to find a way to update this token. Maybe I\'ve overlooked it but it seems that this (important) option is missing?', False),
    ('https://github.com/joleys/niko-home-control-II/issues/148', 'issue', 'other', 'other', 'Have you got a new token from the Niko website?', False),
    ('https://github.com/joleys/niko-home-control-II/issues/148', 'issue', 'complaint', 'none', 'No I renewed my token via the configuration software. In the connected services section.\nSo it should be somehow possible to exchange the current (expired) token in the HA integration with this new one, but this seems not possible.', False),
    ('https://github.com/joleys/niko-home-control-II/issues/148', 'issue', 'other', 'none', 'Can you change it in the file: /homeassistant/.storage/core.config_entries ?\n\nBe sure you take a backup before changing any core files.', False),
    ('https://github.com/home-assistant/core/issues/74477', 'issue', 'complaint', 'other', 'Home connect integration doesnt update the token\n\n### The problem\n\nEverything in the integration works, and the entityes get all the right status... till the token expires and it wont refresh.\n\nNeed to restart the integration all days and everything starts working again.', False),
    ('https://github.com/home-assistant/core/issues/74477', 'issue', 'complaint', 'none', 'I see in the source code a refresh_tokens method. So, the token should be refreshed ?\nSo this should be working. Maybe any kind of update that just broke it? I never had this working so i dont know if there was a working version of it. As soon as i started working, i always had the token expired after some time.', False),
    ('https://github.com/home-assistant/core/issues/74477', 'issue', 'complaint', 'none', "I've the same issue with HA version core-2022.10.4. I've added the integration about a month ago and a couple of days ago the integration stopped updating the entities and the following message appears in the log:", False),
    ('https://github.com/veista/smartthings/issues/127', 'issue', 'complaint', 'other', "Smartthings doesn't work after updates\n\nYesterday I updated Home Assistant, and the integration no longer loads correctly.\nIn the integration, I see this\n\nConfiguration failed:\nCheck the logs", False),
    ('https://github.com/home-assistant/core/issues/87079', 'issue', 'complaint', 'other', 'Token expired and not renewed automatically\n\n### The problem\n\nI have set up the Home Connect integration successfully but after some time I do not receive device updates. The log says the token expired:', False),
    ('https://github.com/home-assistant/core/issues/87079', 'issue', 'complaint', 'none', 'Still an issue.', False),
    ('https://github.com/DavidMStraub/homeassistant-homeconnect/issues/116', 'issue', 'complaint', 'none', 'token not renewing\n\nWhen the token expires, the Home Assistant does not request a new one. I have no idea why, but it can be seen in the log. Then it will always help to restart HA for only about 24 hours (?) Or in the integration to select to restore Home Connect again.', False),
    ('https://github.com/DavidMStraub/homeassistant-homeconnect/issues/116', 'issue', 'complaint', 'none', 'Here is an error from the log:\nLogger: homeconnect\nSource: /usr/local/lib/python3.8/site-packages/homeconnect/api.py:72\nFirst time occurred: November 12, 2020 7:07:24 PM (1 occurrences)\nLast login: November 12, 2020 7:07:24 PM\n\nThe token has expired.', False),
    ('https://github.com/DavidMStraub/homeassistant-homeconnect/issues/116', 'issue', 'complaint', 'none', "Did you find a solution fir this?\nI've the same problem", False),
    ('https://github.com/SVWS-NRW/SVWS-Server/issues/249', 'issue', 'other', 'none', 'Login schlägt fehl\n\nDer Login mit der Snapshot-Version 0.9.3-SNAPSHOT abd3bcaf8c7f884da9a2c10164082aee73da21cd\nschlägt fehl. Zusätzlich ist auch kein Datenbank-Schema vorausgewählt.', False, 'de'),
    ('https://github.com/SVWS-NRW/SVWS-Server/issues/249', 'issue', 'other', 'none', 'Ist bekannt und wird bald behoben sein...', False, 'de'),
    ('https://github.com/massif-press/compcon/issues/1101', 'issue', 'complaint', 'none', "[BUG] Error Code 401\n\nSyncing to the cloud doesn't function\nAny option to quick sync to the cloud produces this error", False),
    ('https://github.com/massif-press/compcon/issues/1101', 'issue', 'other', 'none', 'Fixed in 2.1.7b', False),
    ('https://github.com/aykit/MyOwnNotes/issues/81', 'issue', 'complaint', 'other', "error 401\n\nHello together,\n\nI've the problem that MyOwnNotes can't sync my notes. I looked it up in my server log and the paths are correctly set. If I call the URL manually with a already logged in session of ownCloud it also works like a charm.", False),
    ('https://github.com/NCRCounterpointAPI/APIGuide/issues/100', 'issue', 'complaint', 'none', 'KeyNotFoundException on API service\n\nWe noticed we could not authenticate on the API service. We were pretty sure our credentials were correct. After several tries were unsuccessful, we decided to restart the API service on the server. This resolved the issue, and the same password worked right away.', False),
    ('https://github.com/NCRCounterpointAPI/APIGuide/issues/100', 'issue', 'complaint', 'none', 'Yes I am actively experiencing this issue, restarting the API service does not appear to work currently though.', False),
    ('https://github.com/screenpipe/screenpipe/issues/1534', 'issue', 'complaint', 'none', "I manually pulled my auth token via web inspector - and tried to hit the user api endpoints manually via curl. \n\nThe auth endpoint doesn't recognize my token - I don't have a valid account?", False),
    ('https://github.com/screenpipe/screenpipe/issues/1534', 'issue', 'other', 'none', 'is still not working? we fixed a few things yesterday', False),
    ('https://github.com/screenpipe/screenpipe/issues/1534', 'issue', 'other', 'none', 'closing - cleaning up old backlog. will reopen if still relevant.', False),
    ('https://github.com/rootio/rootio_web/issues/16', 'issue', 'complaint', 'none', 'API authentication failure\n\nHey Josh, the API key you supplied can no longer authenticate. Please look into it.', False),
    ('https://github.com/FOSSBilling/FOSSBilling/issues/2675', 'issue', 'complaint', 'none', 'Key is generated, but everytime I try to use it in my API I get "authentication failure":\n\n{\n    "result": null,\n    "error": {\n        "message": "Authentication Failed",\n        "code": 206\n    }\n}', False),
    ('https://github.com/FOSSBilling/FOSSBilling/issues/2675', 'issue', 'other', 'none', 'This should be resolved with #27', False),
    ('https://github.com/Rishikant181/Rettiwt-API/issues/493', 'issue', 'complaint', 'other', "Failed to authenticate using the given account Credentials\n\nfacing this issue when creating an api key.\nI had a working API key before but it suddenly stopped working, when I checked the account it was suspended so I created a new fresh account but I still got the same issue, the account itself still works on twitter with no errors, but I can't generate an API key with it.", False),
    ('https://github.com/Rishikant181/Rettiwt-API/issues/493', 'issue', 'complaint', 'other', "Update: I created my own API key by encoding the cookie I copied from twitter request headers, plugged it in and it's working.\n`rettiwt auth login my-burner-email account-id password` still doesn't work.", False),
    ('https://github.com/smaragdschlange/ioBroker.nuki/issues/87', 'issue', 'complaint', 'other', 'Connection to NUKI bridge dont work anymore\n\n**Describe the bug**  \nAfter updating adapter to version 2.0 the connection to NUKI bridge dont work anymore. The error "Invalid toke given" appears. After five errors the adapter stop to work', False),
    ('https://github.com/smaragdschlange/ioBroker.nuki/issues/87', 'issue', 'other', 'none', 'Please reenter your token ONCE after updating to V2.0.0.\nDue to encryption changes enterng the token again is required.', False),
    ('https://github.com/smaragdschlange/ioBroker.nuki/issues/87', 'issue', 'complaint', 'none', "Hello,\n\nthank you for the quick feedback. \n\nI've entered the old token four times and also create a new token and enter this token too.\n\nNothing works :-(", False),
    ('https://github.com/smaragdschlange/ioBroker.nuki/issues/87', 'issue', 'other', 'none', 'Ok, sorry - Then I do not know a solution.', False),
    ('https://github.com/TA2k/ioBroker.vw-connect/issues/141', 'issue', 'complaint', 'none', 'dosen\'t connect - error "No Token received."\n\nHi together,\n\nI installed this adapter and try to run, but it dosen\'t work.\n\nlogfiles show\n`No Token received.\nNo Token received visiting url and accept the permissions.\n`\n\nWhat can I do ?', False),
    ('https://github.com/TA2k/ioBroker.vw-connect/issues/141', 'issue', 'other', 'none', 'Did you choose the correct type and relogin via app and accept all notifications?', False),
    ('https://github.com/TA2k/ioBroker.vw-connect/issues/141', 'issue', 'other', 'other', "ok, my mistake I have selected VW, don't see the GO item.\nNow it is connected and all fine :-)", False),
    ('https://github.com/dbweb-ch/ioBroker.tesla-motors/issues/11', 'issue', 'complaint', 'none', 'adapter does not start, can\'t get new token\n\nI had the adapter set up properly and got some valid values.\n\nBut it stopped working a long time ago. When I tried to get a new token, it just says "start adapter first" but it is running, but with a red dot in the adapter list. \n\nSo I can\'t get a new token and the adapter can\'t start because maybe the token is wrong.', False),
    ('https://github.com/goir/ha-solarmanager-ch/issues/1', 'issue', 'complaint', 'none', 'Does it work now? It worked for me, but currently i get the error 403 (forbidden). Maybe refresh token problem.', False),
    ('https://github.com/goir/ha-solarmanager-ch/issues/1', 'issue', 'complaint', 'other', 'Same problem here for HomeAssistant 2025.2.4', False),
    ('https://github.com/WaresWichall/hass-anycubic_cloud/issues/60', 'issue', 'complaint', 'other', "Can't add integration - neither slicer or web token works\n\nWhen I try to add anycubic as integration i get this error:\n\nThis error is the same nevertheless if I use slicer token or web token. Both tokens looks like the screenshots in the readme.", False),
    ('https://github.com/WaresWichall/hass-anycubic_cloud/issues/60', 'issue', 'complaint', 'other', "I have the same problem. It was working until today. I had to restart HA, and since then the integration hasn't worked.", False),
    ('https://github.com/WaresWichall/hass-anycubic_cloud/issues/60', 'issue', 'complaint', 'none', 'Can confirm. Also, my slicer token is 1213 characters long instead of the 344 mentioned in the readme.', False),
    ('https://github.com/WaresWichall/hass-anycubic_cloud/issues/60', 'issue', 'other', 'none', 'Okay, I figured it out', False),
    ('https://github.com/matbott/home_assistant_Spritmonitor/issues/11', 'issue', 'complaint', 'none', 'unable to connect\n\nI try to add this integration an get an error "unable to connect".\nI fill out the form with the Vehicle-ID (7 digits) and the Bearer-Token (produced with \'my Account - change password - create new token\').', False),
    ('https://github.com/matbott/home_assistant_Spritmonitor/issues/11', 'issue', 'other', 'none', 'gracias!', False, 'es'),
    ('https://github.com/Andre0512/hon/issues/187', 'issue', 'complaint', 'other', 'Fails to setup\n\nHi\n\nEverytime my Homeassistant restarts I have to delete the intragration and install it again just because it fails to setup.\n\nDoes anyone have the same sintoms?', False),
    ('https://github.com/Andre0512/hon/issues/187', 'issue', 'other', 'none', 'Hi, I never seen something like this before, can you see something in the protcol?', False),
    ('https://github.com/Andre0512/hon/issues/187', 'issue', 'complaint', 'none', 'Having the same issue, the log just says login failed. It contains sensitive information so I can not just past the debug-log here.', False),
    ('https://github.com/pagopa/pdnd-interop-frontend/issues/1101', 'issue', 'complaint', 'other', "Mancato stacco del token in ambiente di collaudo\n\nBuon pomeriggio.\n\nSiamo partner tecnologici di alcuni Comuni presso i quali seguiamo gli aspetti dell'interoperabilità con la PDND.\nIN AMBIENTE DI COLLAUDO, da ieri pomeriggio riceviamo sistematicamente la seguente segnalazione di errore qualsiasi sia l'e-service invocato:", False, 'it'),
    ('https://github.com/pagopa/pdnd-interop-frontend/issues/1101', 'issue', 'other', 'none', 'Salve, avete provato a usare il tool di debug della client assertion presente in piattaforma?', False, 'it'),
    ('https://github.com/pagopa/pdnd-interop-frontend/issues/1101', 'issue', 'complaint', 'none', "Salve.\n\nSino all'altro ieri tutto funzionava correttamente.\nCome suggerito ora abbiamo provato ad usare il debug dell'asserzione e ci rende il seguente errore:", False, 'it'),
    ('https://github.com/pagopa/pdnd-interop-frontend/issues/230', 'issue', 'complaint', 'none', "Impossibile ottenere un token e problemi di accesso a parti del back-office\n\nBuongiorno,\nvi segnalo sull'ambiente di TEST alcune problematiche:\n\n# Impossibilitá di ottenere un token\nDopo aver testato correttamente settimana scorsa l'ottenimento di un token per l'accesso a un servizio di cui siamo erogatori, da ieri sembra non funzionare più la stessa operazione, a paritá anche di client-assertion utilizzata.", False, 'it'),
    ('https://github.com/VivaPayments/API/issues/1444', 'issue', 'complaint', 'other', 'Utilizzo plugin woocommerce Wivavollet\n\nHo inserito nella configurazione del plugin i parametri ID venditore, Chiave API e Chiave pubblica ma non\nsi attiva nessun bottone di collegamento.', False, 'it'),
    ('https://github.com/VivaPayments/API/issues/1444', 'issue', 'other', 'none', 'Still waiting for your reply. Please close this issue if no longer a problem. Thanks...', False),
    ('https://github.com/coinbase/coinbase-woocommerce/issues/38', 'issue', 'complaint', 'other', 'Getting error: Could not validate API Key: Status code 401 with WP 4.9 and woo-commerce Version 3.2.5\n\nHi, \nI am getting the error Could not validate API Key: Status code 401 on the woocommerce>checkout>coinbase page but I have put the API key and API secret from coinbase and getting the error in Wordpress Version 4.9 and woo-commerce Version 3.2.5.', False),
    ('https://github.com/coinbase/coinbase-woocommerce/issues/38', 'issue', 'complaint', 'none', 'Hey Tanveer,\n\nBy any chance did you ever get this resolved? I have the same error on my store, yet I have enabled new API keys but still seeing the error message.', False),
    ('https://github.com/coinbase/coinbase-woocommerce/issues/38', 'issue', 'complaint', 'none', 'Same Problem! ... No help?', False),
    ('https://github.com/coinbase/coinbase-woocommerce/issues/38', 'issue', 'other', 'other', "Actually, I have found another plugin which helps me to integrate Coinbase and other altcoins perfectly. (GoUrl Woocommerce) Still using it and it's easy and helpful. I hope this will helps you out.", False),
    ('https://github.com/coinbase/coinbase-woocommerce/issues/38', 'issue', 'other', 'none', 'Hi, we are closing out PRs + Issues as this project is being archived.', False),
    ('https://github.com/VivaPayments/API/issues/1027', 'issue', 'complaint', 'other', 'Viva Wallet Plugin set up issue with WooCommerce – when placing order "Wrong Merchant credentials or API unavailable"\n\nHello,\n\nI have set up Viva Wallet with WooCommerce going through the steps I was given correctly, but when I place an order with Viva Wallet it is showing the following message "Wrong Merchant credentials or API unavailable"\n\nCan anyone help me please?', False),
    ('https://github.com/VivaPayments/API/issues/1027', 'issue', 'other', 'other', 'Please use the plugin and the instructions from https://developer.vivawallet.com/e-commerce-plugins/woocommerce/\n\nIn case the problem persists provide the following screenshots and we will look into the issue:', False),
    ('https://github.com/patrickkivits/bunq-for-woocommerce/issues/16', 'issue', 'complaint', 'none', 'API key not valid or not setup yet\n\ni get critical error after scanning auth code \n\nin store i see this error \napiContext has not been loaded.\n\nIt has been working for years now', False),
    ('https://github.com/patrickkivits/bunq-for-woocommerce/issues/16', 'issue', 'other', 'none', 'On another server it works flawless so it must be server misconfiguration. Thank you Patrick', False),
    ('https://github.com/fsantini/KoboCloud/issues/115', 'issue', 'complaint', 'other', "Kobo libra not sincronize file\n\nHi dear, from one week i can't sincronyze no more file from Gdrive or Pcloud.\n\nCan i send you the log?", False),
    ('https://github.com/fsantini/KoboCloud/issues/115', 'issue', 'other', 'none', 'Hi, yes please do. Either post it here, or send it to francesco.santini@gmail.com\nDo you have the latest version installed?', False),
    ('https://github.com/fsantini/KoboCloud/issues/115', 'issue', 'other', 'none', 'yes i have installed last version. i send you a file.', False),
    ('https://github.com/fsantini/KoboCloud/issues/115', 'issue', 'other', 'none', "I investigated the problem and it's a duplicate of #112. I'm going to close this to follow up there.", False),
    ('https://github.com/floccusaddon/floccus/issues/1408', 'issue', 'other', 'none', "I'm on it. This is likely caused by the bookmarks app update yesterday", False),
    ('https://github.com/floccusaddon/floccus/issues/1408', 'issue', 'other', 'none', 'Should be fixed now with bookmarks v13.1.1', False),
    ('https://github.com/floccusaddon/floccus/issues/1408', 'issue', 'other', 'none', 'It should be available in the next hour', False),
    ('https://github.com/robbinjanssen/home-assistant-ojmicroline-thermostat/issues/404', 'issue', 'complaint', 'none', 'Connection to API is broken\n\nCannot login. Did they cut off the API?', False),
    ('https://github.com/robbinjanssen/home-assistant-ojmicroline-thermostat/issues/404', 'issue', 'other', 'none', 'Seems like a temporary connection issue that is outside the scope of this integration', False),
    ('https://github.com/DecentralizedAmateurPagingNetwork/Core/issues/29', 'issue', 'other', 'none', 'API stribt ohne Vorwarnung oder Logs\n\nIn der aktuellen Version stirbt die API fast jeden Tag, ohne dass im Log etwas steht. Core läuft weiter, aber keine Verbindung zur API-URL möglich. Können wir ein paar Debug-Meldungen einbauen?', False, 'de'),
    ('https://github.com/DecentralizedAmateurPagingNetwork/Core/issues/29', 'issue', 'other', 'none', 'Dublicate zu #35', False, 'de'),
    ('https://github.com/nextcloud/notes-android/issues/2584', 'issue', 'complaint', 'other', 'Ok - lession learned! The system itslf said: It is aktual version.\nBut starting the updater he took me (no - NextCloud) to ver 31.0.0! Thanks! \n\nBut: The problem with "no synch" still remains....', False),
    ('https://github.com/jaapp/ha-marstek-local-api/issues/96', 'issue', 'complaint', 'other', 'API connection gets lost\n\nFor several days now, the setting to use the local API has been regularly set to inactive in my Mastek app.\nI wonder if this is a Mastek problem or if it is somehow related to the API itself?\nAre others experiencing this problem?', False),
]
