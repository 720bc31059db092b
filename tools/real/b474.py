# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 474 (mine-b474): SHORT FOLLOW-UPS IN FIVE LANGUAGES under broken-integration reports. Each thread gives
# the report (title plus first sentences) and, where the excerpt had them, several short replies: "+1 / same
# here" in French, Portuguese, Spanish, German and Italian, "still broken", maintainers' questions, and the
# "it works again" follow-ups. 92 of the 141 rows (65%) are not English (fr 32, pt 24, es 18, de 14, it 4); every
# non-English row carries its ISO 639-1 tag (and exposure_mentioned). English rows come from the same kind of
# thread (report + "same here" + "works now").
# Complaints are writers saying, from their own experience, that a connection between two systems fails now:
# "Je confirme être dans le même cas. Plus de mise à jour depuis le 15 juin 23h." (Linky/Enedis plugin for
# Domoticz), "Pareil chez nous..." (Sirene API v1 returning 404s), "je rouvre car ça ne marche plus à nouveau"
# (Sirene API 503), "Hello, il me semble que ce soit à nouveau le cas." (Enedis API change), "Mesma coisa aqui
# na STN ... 503" / "Mesma coisa no IFRN" (api-pgd), "Tentei sim. Ela conecta, mas após enviar algumas
# mensagens, entra em loop" (Evolution API <-> WhatsApp), "Intermitência na API PIX do Bradesco", "Tengo el
# mismo Error ... SSL: Connection reset by peer" / "Estoy igual. Fue luego de la actualización" (AFIP web
# services), "tengo el mismo problema ... Status 500" (Culqi API), "Imposible conectar a Culqi API", "Das Problem besteht bei mir auch" / "Kann ich
# bestätigen ... das selbe Problem" (ioBroker.iot cloud login after an update), "update: muss dich leider
# enttäuschen :-(" (tado adapter still losing data), FSyncMS "Ungültiger Benutzerkonto-Name oder Passwort",
# "Der Sync funktionierte noch vor Upgrade auf SVWS 1.3.2" (SVWS <-> WeNoM sync, 502), ConnectLife "API
# failed" in an Italian Home Assistant log, WeBeep sync "mi restituisce immediatamente lo stesso errore", and
# English "same here / problem persists / the same problem with 0.0.73 / Hi, I get this error again".
# Near misses kept (label other): "works again" follow-ups in all languages ("1.5.2 geht wieder!", "ça
# marche. gg 👍", "bon!!!! c'est reparti sans rien toucher", "après restart de la prod, ça fonctionne",
# "Efectivamente, ya está solucionado!", "renove la key y ya todo ok...", "Es problema de Afip , porque
# recien intente y empezo a funcionar correctamente", "Já identifiquei o problema...", "Aqui tb tudo normal",
# "Works now. I had  the same issue", "yes the problem is improved", "Thank you very much. That worked."),
# maintainers' questions and diagnoses ("Gerou algum erro no console?", "tentou apagar e criar com o mesmo
# nome?", "Disculpa la tarda respuesta ... aun tienes este problema?", "Tu peux re-tester s'il te plaît ?",
# "Le message n'est pas surprenant ...", "please retry with version 0.0.73", "Fixed with 0.1.2", the closing
# note of the Italian FSE support desk), workarounds ("Je propose un contournement ici ...", a new Evolution
# instance name), own-login trouble that is not between two systems (ioBroker.admin login after 7.5.0 with its
# German "kann ich bestätigen ... Zurück auf 7.4.22 funktioniert dann wieder", 42Tools 401 redirect loop, a
# Spanish game-server login, Paladium login servers), a Brevo API research task (betagouv), an API Entreprise
# prod/dev data mismatch (demarche-numerique #372), and one warning that screenshots expose API access tokens.
# Sources (61 threads; issues corpus, texts copied from the thread excerpts the `search` tool returned - a title
# plus the first sentences, or one comment - trimmed at the start or end only, never reworded or translated;
# pasted logs cut after their first lines):
#  fr: kylekatarnls/vicopo #22 #27, guillaumezin/DomoticzLinky #142 #112, betagouv/api-subventions-asso #3145,
#  bokub/linky #16, Sylrelo/42Tools #39, Immersion-Facilitee/immersion-facile #2767, etalab/sirene_as_api #320,
#  demarche-numerique/demarche.numerique.gouv.fr #372, Paladium-Developpement/Paladium-Issue #1900
#  pt: JZResgate/NASA-Issues #38, code-chat-br/whatsapp-api #120, canove/whaticket-community #580 #64,
#  CarlosWGama/php-pagseguro #14, bacen/pix-api #535, gestaogovbr/api-pgd #239, evolution-foundation/
#  evolution-api #272, anthropics/claude-code #52976, AppCivicoPlataforma/AppCivico #28
#  es: culqi/culqi-php #31 #50 #35,
#  AfipSDK/afip.php #79, AfipSDK/afip.js #53, RoDNet/Bugtracker-Infinium-4.3.4 #4830
#  de: DrozmotiX/ioBroker.tado #842, ioBroker/ioBroker.iot #141, ioBroker/ioBroker.admin #2983,
#  balu-/FSyncMS #11, SVWS-NRW/SVWS-Server #542
#  it: oyvindwe/connectlife-ha #322, caiosweet/Home-Assistant-custom-components-DPC-Alert #67 (report in
#  Italian, maintainer reply in English), ministero-salute/it-fse-support #2777, toto04/webeep-sync #11
#  en: GuyKh/ims-custom-component #33, abnvle/ha-imgw-pib-monitor #7, oyvindwe/connectlife-ha #198 #349,
#  1000ch/pinput #14, testpushpleaseignore/acquisition #23, rezarahiminia/free-api-worldcup2022 #100,
#  fungus75/ioBroker.zoe2 #56, osm/icka #9, mollie/mollie-api-php #378, VivaPayments/API #2552,
#  home-assistant/core #161454, AlexxIT/Dataplicity #19, TA2k/ioBroker.psa #13, NoahFetz/F1AppleTV #46,
#  homecineplexx/ioBroker.homepilot20 #86, ioBroker/ioBroker.sonoff #331, TA2k/ioBroker.mercedesme #195,
#  bimmerconnected/ha_custom_component #79, ReneNulschDE/mbapi2020 #231, albertogeniola/meross-homeassistant
#  #412, sanghviharshit/ha-mila #39, culqi/culqi-php #46, tgalal/yowsup #2855,
#  dane-9/gemini-srt-translator-gui #17
# Look-ups: 39 of the 60 allowed, all `search` calls (37 issues corpus, 2 pages corpus); no fetch, find_*,
# or read_file. Queries: Spanish/Portuguese/French/German/Italian follow-up phrases ("sigue sin funcionar",
# "a mí también", "continua com erro", "aqui também", "toujours le même problème", "pareil pour moi", "immer
# noch", "gleiches Problem", "anche a me", "ancora non funziona", "funktioniert wieder", "résolu") combined
# with integration words (API, token, webhook, sync, login, adapter, plugin, integración/integrazione), and
# domain queries: ioBroker adapters, Jeedom/Domoticz/Linky, Home Assistant custom integrations, Mercado Pago,
# WhatsApp APIs (Evolution, whaticket, wppconnect), Datadis/i-DE, Comelit/Vimar, Transbank/Culqi,
# PagSeguro/Melhor Envio, Fatture in Cloud/Satispay/PagoPA/FSE, Chorus Pro/INSEE Sirene, Mondial Relay/
# Colissimo, AFIP, NFe/SEFAZ, Pix/Banco Inter, E-Distribuzione, Shopware/sync. The two `pages` queries
# (Spanish forum, Jeedom forum) returned only tutorials and documentation, nothing usable.
# Checked: every thread URL grepped (URL followed by a single or double quote, '#' or '/') over
# /work/main/tools/real/b*.py, /work/main/tools/real/pending/*.py and /work/wt/*/tools/real/pending/*.py
# before use and again right before writing this file; texts compared with /work/notes/dupcheck.py.
# Skipped as already in the corpus (URL found) - the non-English part of this theme is heavily mined:
# miguelangellv/ha-octopus-spain #7, evolution-foundation/evolution-api #428 #67 #1835 #1469 #2658 #1502,
# kylekatarnls/vicopo #13, pvarry/intra42 #16, rg-engineering/ioBroker.daswetter #420,
# t4qjXH8N/ioBroker.google-sharedlocations #20, MiGoller/ioBroker.life360 #76, oyvindwe/connectlife-ha #365,
# italia/anpr #5245, wsbndaf/Webservice #176, FieldControl/status #258, robbinjanssen/home-assistant-
# ojmicroline-thermostat #404, activepieces/activepieces #1822, exposedev/expose #396, SealedSaucer/
# Online-Forever #36, ioBroker/AdapterRequests #556, iobroker-community-adapters/ioBroker.homeconnect #34
# and ioBroker.fronius #39, thovid/ioBroker.viessmannapi #69, guillaumezin/DomoticzLinky #8,
# TheGui01/Frisquet-connect-for-home-assistant #45, Scrat95220/DomoticzGazpar #35, mercadopago/devsite-docs
# #971, mercadopago/sdk-php #223, mercadopago/sdk-nodejs #87, fedealvz/WHMCS-MercadoPago #52,
# salman0ansari/whatsapp-api-nodejs #527, wppconnect-team/wppconnect-server #1283, code-chat-br/whatsapp-api
# #44, home-assistant/core #94312 #153896, OpenWebNet-HA/MyHOME #67, gvigroux/hon #29, dala318/python_poollab
# #16, marc2016/ioBroker.panasonic-comfort-cloud #59, ioBroker/ioBroker.cloud #113, Apollon77/
# ioBroker.daikin-cloud #242, smaragdschlange/ioBroker.nuki #87, AdyRock/com.switchbot #112, seenthis/
# seenthis_squelettes #235, dubocr/homebridge-tahoma #485, d-r-e/rncp #181, Gitlawb/openclaude #1342,
# BirknerAlex/hacs_1komma5grad #22, etesync/etesync-web #249, DrozmotiX/ioBroker.tado #391, PLCHome/
# ioBroker.growatt #42 #44, foxthefox/ioBroker.fritzdect #75 #484, LucaPatarca/homeassistant_aton #2,
# manuxio/rehau-nea-smart-2-home-assistant #38, OrwellianEpilogue/ephemera #30, guerrerotook/securitas-
# direct-new-api #57, JackJPowell/uc-intg-psn #3, uvejota/homeassistant-edata #102 #209 #270 #205 #208 #197
# #142 #144 #193 #131 #71 #309 #112, marcmp/tus-consumos #5 #18, ldotlopez/ha-ideenergy #56, madchicken/
# comelit-client #47, nicolas-fricke/ha-component-comelit-intercom #1, h4de5/home-assistant-vimar #49 #71,
# andreaprosseda/vimar-byme-plus-homeassistant #15 #33, culqi/culqi-php #34, TransbankDevelopers #64 #26 #50
# and webpay-rest #90, freshworkstudio/transbank-web-services #33, brenooliveira/exemplo-integracao-moip-
# transparente #1, r-martins/PagSeguro-Magento-Transparente #121 #77 #81, devaguia/correios-php #54,
# pagseguro/pagseguro-modulo-prestashop #103 #91, pagopa/pdnd-interop-frontend #676, ministero-salute/
# it-fse-support #492 #888, claudiopizzillo/FeCscraper #15, satispay/gbusiness-api-php-sdk #12,
# anticorruzione/npa #2133 #604 #591 #593 #981, ln-nicolas/api_insee #5, OCA/l10n-france #410,
# InseeFrLab/DoReMIFaSol #94, Common-Services-Ltd/lapostesuivi #17 #19 #20, frontBOI/mondial-relay #1,
# incubateur-ademe/territoires-en-transitions PR #4031, AfipSDK/afip.php #120, AfipSDK/afip.js #31,
# wnpower/iFactura-API-Integracion #7, mgesuitti/neofactura #13, multinexo/php-afip-ws #45, reingart/pyafipws
# #29, ingadhoc/odoo-argentina-ce #66, sarriaroman/AFIP-API #4, ZeusAutomacao/DFe.NET #1326 #1179 #900 #489
# #619, nfephp-org/sped-nfe #326 #971 #589, thiagopena/djangoSIGE #50, allgood/APInter-PHP #14 #7 #24,
# openboleto/openboleto #71, guidi/bancointer_dotnet #8, andreroggeri/pynubank #379 #453, divulgueregional/
# api-inter-v2 #3, bacen/pix-api #343, sathia-musso/enelgrid #4, uvejota/edistribucion #21, jagalindo/
# edistribucion #2, DevelopersRede/erede-php #57, CamaraDosDeputados/dados-abertos #238, madbob/GASdotto #65,
# italia/ansc #2009, asterics/AsTeRICS #367, devcode-it/openstamanager #713, AChep/keyguard-app #608,
# facebookarchive/Facebook-For-OpenCart #589, crosspoint-reader/crosspoint-sync #6.
# Rejected or not taken: anticorruzione/npa #2131 and ministero-salute/it-fse-support #335 (found but the
# excerpt had no usable text beyond an auto-reply); sususweet/midea_auto_cloud #206 (an Italian HA log mixed
# with a Chinese error and one English sentence - language unclear); JackonYang/evernote2 #5 (Chinese, not a
# theme language); NextDom/plugin-teleinfo #139 (a USB meter modem, not two systems);
# cmdrmcdonald/EliteDangerousDataProvider #286, caido #2149, mgp25/SC-API #191, meross-homeassistant #71,
# mg-saic-ha #154, eusec #252, ioBroker/ioBroker #359, cursor #3634 and several other English threads (to keep
# the non-English share near the brief's 60%); Hares-ControlMySpa #21 (a maintainer's own announcement);
# RocktimRajkumar/JOB-portal #2 (an app's own API); Ysurac/openmptcprouter #1281 (only "LTE,ADSL");
# bokub/linky-like threads already listed above; and, after labelling, 6 weaker rows (a lone maintainer row
# of MTrab/energidataservice #526, a second "same here" and maintainer replies that repeated others); after
# dupcheck: TransbankDevelopers/transbank-plugin-woocommerce-webpay #162 (its report text is word for word the
# one of #64, already in b338) and the replies "Same for me." (bimmerconnected #79) and "Same problem..."
# (gemini-srt-translator-gui #17), whose exact texts are already in b102 / b440.
# Doubtful labels and how they were decided:
#  - code-chat-br/whatsapp-api #120: the last row quotes a helper's warning that the screenshots "estão
#    expondo os tokens de acesso da API" and the writer's "Fato, não atentei" -> exposure_mentioned True
#    (a third party tells the owner the token is exposed); label other (an acknowledgement, nothing newly
#    broken). The title row ("Apenas funcionando a rota ...") -> complaint (the other routes fail).
#  - Immersion-Facilitee #2767 is a team's own ticket, but it reports the Sirene API failing in prod ->
#    complaint; "après restart de la prod, ça fonctionne" -> other; the reopen -> complaint.
#  - ioBroker.iot #141 (iobroker.pro cloud login of the IoT adapter) -> complaint; ioBroker.admin #2983 (the
#    admin UI's own login) -> other, including "Kann ich bestätigen" there, since no second system is involved.
#    Same reasoning for 42Tools #39, the RoDNet game server and Paladium login servers -> other.
#  - DomoticzLinky #142 "bon!!!! c'est reparti sans rien toucher ... wait and see" -> other (works again).
#  - connectlife-ha #349: the report says everything works but the log is full of API errors; only the "+1"
#    ("facing similar error messages, multi Times in a day") was kept -> complaint, the maintainer's "this is
#    expected" -> other. #322 (Italian HA log, "ConnectLife API failed ... status=500") -> complaint.
#  - DPC-Alert #67 "Dalla versione 2026.1 di Home assistant, ci sono problemi di integrazione." -> complaint
#    (the integration stopped fetching after an update; a support person would open a ticket).
#  - SVWS-Server #542: the kept sentence says the sync worked before the upgrades (and the comment shows a 502
#    on /synchronize) -> complaint.
#  - ioBroker.sonoff #331 "i had the same issue. I had to re-enter username and password" -> other (fixed for
#    the writer); "same here, but ... did not fix the issue!" -> complaint.
#  - betagouv #3145 (a task to research Brevo API problems) -> other; demarche-numerique #372 -> other.
#  - integration: `other` when the row names the product (Culqi, Mollie, Viva, ConnectLife,
#    Linky/EDF, Sirene API, Bradesco, Whaticket, Wenom, FSyncMS, Gemini, Peugeot, Mercedes, IMGW ...), `none`
#    for replies and reports that name none. No ActiveCampaign, Keap or Stripe rows in this batch.
# Counts: rows 141; complaints 75 (53%), other 66; threads 61 (en 25, fr 11, pt 10, es 6, de 5, it 4);
# languages: en 49, fr 32, pt 24, es 18, de 14, it 4; integration: other 37, none 104; exposure_mentioned: 1;
# voices: issue 141.
ROWS = [
    ('https://github.com/GuyKh/ims-custom-component/issues/33', 'issue', 'complaint', 'other', 'Hi Guy the integration was fine like 2 or 3 days ago \nbut now its look missing the api \nError From log file (2023-05-14 23:37:04.715 WARNING (MainThread) [custom_components.ims.config_flow] IMS Weather Setup Error: HTTP Error: No API Call made', False),
    ('https://github.com/abnvle/ha-imgw-pib-monitor/issues/7', 'issue', 'complaint', 'other', 'Integration fails to start: API returned status 404 for warnings_meteo\n\nHi,\n\nThe integration suddenly stopped working and hangs on "Initialization". It seems that the IMGW API endpoint for weather warnings might have changed, causing a 404 error that prevents the entire integration from starting up.', False),
    ('https://github.com/abnvle/ha-imgw-pib-monitor/issues/7', 'issue', 'other', 'none', "Hi,\nWe're experiencing issues with the API that provides weather forecasts for integration. The API was under quite heavy load. Everything should be fine now. I tested it on my instance and the data is now downloading correctly.", False),
    ('https://github.com/kylekatarnls/vicopo/issues/22', 'issue', 'complaint', 'other', "API dysfonctionnel car site inaccessible\n\nLe site https://vicopo.selfbuild.fr/ est malheureusement inaccessible ce qui empêche le fonctionnement de l'API", False, 'fr'),
    ('https://github.com/kylekatarnls/vicopo/issues/22', 'issue', 'other', 'none', "Bonjour,\n\nNous avons des intempéries endommageant le réseau de l'hébergeur. Ce devrait être résolu sous 24 heures.\n\nMerci,", False, 'fr'),
    ('https://github.com/kylekatarnls/vicopo/issues/27', 'issue', 'complaint', 'other', 'Problème accès à l\'API\n\nBonjour,\n\nJe me permets de vous informer concernant un problème d\'accès à l\'API et surtout d\'accès au domaine principal : https://vicopo.selfbuild.fr qui renvoi un erreur "Site inaccessible" ERR_CONNECTION_TIMED_OUT.', False, 'fr'),
    ('https://github.com/kylekatarnls/vicopo/issues/27', 'issue', 'other', 'none', "Désolé du désagrément, je n'ai pas de réponse de mon hébergeur. Vous pouvez en attendant utiliser le back-up https://vicopo.ovnicap.com/\n\nMerci de votre patience.", False, 'fr'),
    ('https://github.com/kylekatarnls/vicopo/issues/27', 'issue', 'other', 'none', "Ok merci le retour rapide et l'url de back-up. 👍", False, 'fr'),
    ('https://github.com/kylekatarnls/vicopo/issues/27', 'issue', 'complaint', 'none', 'Bonjour et merci pour cette api.\n\nJe me suis rendu compte que depuis quelque jours, quand je rentre un CP ça me renvoi un résultat "erreur".', False, 'fr'),
    ('https://github.com/oyvindwe/connectlife-ha/issues/198', 'issue', 'complaint', 'other', 'Unable to setup API error\n\nThis morning the integration failed to load. Is this an error with the integration of connectlife itself?', False),
    ('https://github.com/oyvindwe/connectlife-ha/issues/198', 'issue', 'complaint', 'none', 'Same here unfortunatly', False),
    ('https://github.com/oyvindwe/connectlife-ha/issues/322', 'issue', 'complaint', 'other', "ConnectLife API failed\n\nRegistratore: custom_components.connectlife.coordinator\nFonte: custom_components/connectlife/coordinator.py:64\nIntegrazione: ConnectLife ([documentazione](https://github.com/oyvindwe/connectlife-ha), [problemi](https://github.com/oyvindwe/connectlife-ha/issues))\nPrima occorrenza: 04:25:18 (23 occorrenze)\nUltimo accesso: 09:23:44\n\nConnectLife API failed with 'Unexpected response: status=500', will try 2 more times", False, 'it'),
    ('https://github.com/oyvindwe/connectlife-ha/issues/349', 'issue', 'complaint', 'none', 'Just installed the intégration and facing similar error messages, multi Times in a day.', False),
    ('https://github.com/JZResgate/NASA-Issues/issues/38', 'issue', 'complaint', 'other', 'Não estamos conseguindo liberar em MASSA na Mondial, sem essa função o faturamento despenca.\n\nA função liberar em MASSA GPS Mondial não esta funcionando, ao conferirmos na tela da Mondial as viaturas não liberam.', False, 'pt'),
    ('https://github.com/JZResgate/NASA-Issues/issues/38', 'issue', 'other', 'none', 'Conforme relatado pelo @MarceloMelloJZ por outro canal, o problema está na integração e não no site Nasa.\n\nEstá em desenvolvimento a solução.', False, 'pt'),
    ('https://github.com/JZResgate/NASA-Issues/issues/38', 'issue', 'other', 'none', '@MarceloMelloJZ, pedimos por favor, mais uma vez, que sempre que houver atualizações de senha, nos manter informados.\n\nDentre alguns problemas que houveram um deles foi a senha atualizada sem reportar o T.I.\n\nCorrigido', False, 'pt'),
    ('https://github.com/betagouv/api-subventions-asso/issues/3145', 'issue', 'other', 'other', "Rechercher des solutions pour l'utilisation de l'API Brevo\n\n### Description\n\nContacter Brevo ou rechercher sur internet si d'autres dev ont le même problème avec l'API", False, 'fr'),
    ('https://github.com/betagouv/api-subventions-asso/issues/3145', 'issue', 'other', 'none', "Je pense que ç'a été bon, après investigation des dates de dernières connexions. On ferme ?", False, 'fr'),
    ('https://github.com/1000ch/pinput/issues/14', 'issue', 'complaint', 'none', "API Token Failed\n\nI've been using the extension with no issues for a few days and suddenly it's saying my API token has failed. I've regenerated a new token and uninstalled the extension but still gives me the same error.", False),
    ('https://github.com/1000ch/pinput/issues/14', 'issue', 'other', 'none', "Ye there was nothing on the Twitter feed this morning but debugged the API response with Chrome's developer tools and saw it was the API down, rather than an extension bug :)", False),
    ('https://github.com/testpushpleaseignore/acquisition/issues/23', 'issue', 'complaint', 'none', 'Yep, suddenly started getting the same yesterday morning.', False),
    ('https://github.com/testpushpleaseignore/acquisition/issues/23', 'issue', 'complaint', 'none', "Yes the same issue again. I waited a day before reporting it as it could get fixed as the previous time but it hasn't. The strange thing is that the URL works fine from a browser.", False),
    ('https://github.com/testpushpleaseignore/acquisition/issues/23', 'issue', 'other', 'none', 'Sorry for not getting to this sooner, but should have this fixed in my v0.9.6 release.', False),
    ('https://github.com/rezarahiminia/free-api-worldcup2022/issues/100', 'issue', 'complaint', 'none', 'Hey there, running into the same issue this morning. Followed the registration step in the readme.', False),
    ('https://github.com/rezarahiminia/free-api-worldcup2022/issues/100', 'issue', 'other', 'none', "I don't know about python but everything worked fine for me this morning when doing user creation, login and using API services through the token (using Javascript/Axios)", False),
    ('https://github.com/guillaumezin/DomoticzLinky/issues/142', 'issue', 'complaint', 'other', "blocage données manquantes\n\nBonjour, ça faisait trop longtemps sans problème!!!\nil y a quelques jours,dans le log de domoticz, il m’était demandé de mettre a jour le plugin, ce que j'ai fait en allant le chercher ici, et le téléchargeant en zip et mis dans le bon répertoire avec les droits qui vont bien.\nC'est reparti sans problème mais depuis la récupération journalière ne se fait plus (depuis 5 jours) avec le msg \nerreur (linky) durant l'étape save de 2021-06-18 à 2021-06-19 - Données manquantes pour mettre à jour le tableau de bord.", False, 'fr'),
    ('https://github.com/guillaumezin/DomoticzLinky/issues/142', 'issue', 'complaint', 'none', "Bonjour,\nJe confirme être dans le même cas.\nPlus de mise à jour depuis le 15 juin 23h.\nJe précise que le problème est présent sur une install avec la mise à jour et sur une autre où je n'ai pas fait la mise à jour.\nBonne journée.", False, 'fr'),
    ('https://github.com/guillaumezin/DomoticzLinky/issues/142', 'issue', 'other', 'none', "bon!!!! c'est reparti sans rien toucher, sauf plugin en debug. Dernière donnée Vendredi 18 à 0h!!! wait and see.", False, 'fr'),
    ('https://github.com/guillaumezin/DomoticzLinky/issues/142', 'issue', 'other', 'none', "Je crois avoir réussi à reproduire le problème, et il n'a l'air de se produire que quand le cache de données est vide, c'est pour cela qu'il semble intermittent.", False, 'fr'),
    ('https://github.com/guillaumezin/DomoticzLinky/issues/112', 'issue', 'complaint', 'other', "Le plugin ne récupére plus les données depuis plusieurs jours\n\nBonjour,\n\nDepuis plusieurs jours toutes les tentatives de récupération échouent, dans les logs j'ai ce message surprenant !!\n\n Status: (Compteur EDF) Prochaine récupération complète de l'historique : 2021-05-06", False, 'fr'),
    ('https://github.com/guillaumezin/DomoticzLinky/issues/112', 'issue', 'other', 'none', "Bonjour,\nLe message n'est pas surprenant, pour ne pas surcharger les serveurs, le plugin ne fait une récupération complète que de temps en temps.", False, 'fr'),
    ('https://github.com/guillaumezin/DomoticzLinky/issues/112', 'issue', 'other', 'none', "Bonjour,\n\nMerci d'avoir pris le temps de vous intéresser à mon problème.\nNéanmoins depuis quelques jours le plugin fonctionne bien, sans avoir compris ce qui a pu débloquer la situation, mais je vais m'en tenir là et ne pas vous encombrer d'un incident qui a été passager.", False, 'fr'),
    ('https://github.com/DrozmotiX/ioBroker.tado/issues/842', 'issue', 'complaint', 'none', 'update:\nmuss dich leider enttäuschen :-(', False, 'de'),
    ('https://github.com/fungus75/ioBroker.zoe2/issues/56', 'issue', 'complaint', 'none', 'no new data´s available ?\n\nHey did some else have the Probleme that the adapter seems not to work anymore ? \nsince some days the data´s are not updated.', False),
    ('https://github.com/osm/icka/issues/9', 'issue', 'complaint', 'none', 'Get auth token failed\n\nThis started this morning..\n\n<date> <time> keep alive error: get auth token failed', False),
    ('https://github.com/mollie/mollie-api-php/issues/378', 'issue', 'complaint', 'other', 'Webhook does not work\n\nWebhook file is reachable, by the browser\nBut it does not send any post value to this url whatsoever.\n\nI think mollie has a bug.', False),
    ('https://github.com/mollie/mollie-api-php/issues/378', 'issue', 'other', 'none', 'This is not a bug in this package.\n\nMost likely, your webhookUrl is still unreachable.', False),
    ('https://github.com/mollie/mollie-api-php/issues/378', 'issue', 'complaint', 'other', 'No my webhook Url is very very reachable. ow it worked b4, and now not, I think this mollie is really bugged.', False),
    ('https://github.com/VivaPayments/API/issues/2552', 'issue', 'complaint', 'none', '@inovas97 we are having the same issue, we had the webhook for the "Transaction Payment Created" event configured for a long time, and the last time we\'ve noticed that it worked was last Friday (20/09/2024). Is there any update on this?', False),
    ('https://github.com/VivaPayments/API/issues/2552', 'issue', 'other', 'other', 'I\'m using it recently and it works perfectly with Transaction Payment Created, i.e, I receive webhook every time a transaction is created. Did you try with "Transaction Payment Created" option and also is there any security group/load balance between your application and Viva which might be blocking request from Viva?', False),
    ('https://github.com/code-chat-br/whatsapp-api/issues/120', 'issue', 'complaint', 'none', 'Apenas funcionando a rota: "instance/fetchInstances/"\n\n**Version: 1.3**\n\nOlá, tudo bem? Está havendo um problema interessante.', False, 'pt'),
    ('https://github.com/code-chat-br/whatsapp-api/issues/120', 'issue', 'complaint', 'none', 'Eu consigo pegar as instâncias ativas da api, tudo funciona normal, porém, depois de um tempo ela começa a não reconhecer mais o id da instância. Informando que ela não existe ou não está conectada. Mas não é o caso.', False, 'pt'),
    ('https://github.com/code-chat-br/whatsapp-api/issues/120', 'issue', 'other', 'none', 'Bom dia!\nUai!!!\n\nGerou algum erro no console?', False, 'pt'),
    ('https://github.com/code-chat-br/whatsapp-api/issues/120', 'issue', 'complaint', 'none', 'Esse é o log onde a aplicação está, um exemplo que quando a aplicação diz que a instância não existe ou não está conectada. Um detalhe, a primeira que eu fiz, deu certo, retornou normalmente, fiz a segunda tentativa e já retornou 400.', False, 'pt'),
    ('https://github.com/code-chat-br/whatsapp-api/issues/120', 'issue', 'other', 'none', '> @gutodiasdev Toma cuidado com esses prints porque estão expondo os tokens de acesso da API, principalmente se eles são de produção.\n\nFato, não atentei, de qualquer forma, é um produção teste rs', True, 'pt'),
    ('https://github.com/canove/whaticket-community/issues/580', 'issue', 'complaint', 'other', 'Desconectou e não conecta mais?\n\nOlá, pessoal;\n\nEstava utilizando duas instâncias separadas do Whaticket na mesma VPS [independentes] há cerca de três meses e no início deste mês de setembro as duas desconectaram e não conectam mais. Fica em loop a aba de Conexões. Há algum problema da API ou de alguma biblioteca?', False, 'pt'),
    ('https://github.com/home-assistant/core/issues/161454', 'issue', 'complaint', 'none', "Hi,\nI believe the problem is still present.\n\nThe connection is frequently lost and the integration doesn't detect this \nevent, resulting in the data remaining frozen.", False),
    ('https://github.com/caiosweet/Home-Assistant-custom-components-DPC-Alert/issues/67', 'issue', 'complaint', 'other', 'Errore integrazione\n\nDalla versione 2026.1 di Home assistant, ci sono problemi di integrazione.', False, 'it'),
    ('https://github.com/caiosweet/Home-Assistant-custom-components-DPC-Alert/issues/67', 'issue', 'other', 'none', "I can't try it, but a new version has come out.", False),
    ('https://github.com/AlexxIT/Dataplicity/issues/19', 'issue', 'other', 'none', 'yup? looks like trouble no longer exist... after "HA security issue" was fixed?', False),
    ('https://github.com/bokub/linky/issues/16', 'issue', 'complaint', 'other', "erreur 404 apres le login\n\nJ'étais plein d'espoirs :)\nmais une fois que je rentre mes identifiants ici :\nhttps://conso.vercel.app/\nje tombe sur ce message\n\nERREUR 404\nLa page que vous recherchez n’existe pas.\n\nest-ce que c'est lié a mon compte ou bien l'api a changée et cela ne marche plus ?", False, 'fr'),
    ('https://github.com/bokub/linky/issues/16', 'issue', 'other', 'none', "Oui, visiblement c'est très récent (cf. #14)\n\nJe regarde à mon retour de vacances", False, 'fr'),
    ('https://github.com/bokub/linky/issues/16', 'issue', 'other', 'none', "@rafipiccolo Tu peux re-tester s'il te plaît ?", False, 'fr'),
    ('https://github.com/bokub/linky/issues/16', 'issue', 'other', 'none', 'ça marche.\ngg 👍', False, 'fr'),
    ('https://github.com/bokub/linky/issues/16', 'issue', 'complaint', 'none', 'Hello, il me semble que ce soit à nouveau le cas.', False, 'fr'),
    ('https://github.com/Sylrelo/42Tools/issues/39', 'issue', 'other', 'none', '[BUG] Impossible de se connecter\n\n**Describe the bug**\nÇa redirige plusieurs fois avant de voir brièvement une erreur 401 puis redirige sur la page de login.', False, 'fr'),
    ('https://github.com/Sylrelo/42Tools/issues/39', 'issue', 'other', 'none', "Yes je m'en suis aperçu hier soir, normalement c'est partiellement fix !\nLa moindre erreur du back forçait une déconnection totale du front, j'ai changé ça, du coup devrait plus déconnecter.", False, 'fr'),
    ('https://github.com/TA2k/ioBroker.psa/issues/13', 'issue', 'complaint', 'other', '401 Authentication error since some days\n\nSince some days i got the error:\n\npsa.0 | 2022-09-20 08:41:35.480 | warn | {"errors":{"401":"UNAUTHORIZED"}}\n-- | -- | -- | --\npsa.0 | 2022-09-20 08:41:35.478 | warn | AxiosError: Request failed with status code 401\n\nBut I can login normally into the Peugeot APP so no issue with the passowrd.', False),
    ('https://github.com/TA2k/ioBroker.psa/issues/13', 'issue', 'other', 'none', 'Its only a warning you can ignore it', False),
    ('https://github.com/NoahFetz/F1AppleTV/issues/46', 'issue', 'other', 'none', "Had a few people with the same issue, you have to change your password and it should work again. That's the only thing that helped in the other cases.", False),
    ('https://github.com/NoahFetz/F1AppleTV/issues/46', 'issue', 'other', 'none', 'Yes it works!', False),
    ('https://github.com/NoahFetz/F1AppleTV/issues/46', 'issue', 'complaint', 'none', "Hi, I get this error again. change my password many times. can't login.", False),
    ('https://github.com/ioBroker/ioBroker.iot/issues/141', 'issue', 'complaint', 'none', 'Nach Update kein einloggen mehr möglich\n\nHallo\n\nGerade den Adapter ein Upgrade verpasst. Und obwohl mein Passwort den Anforderungen entspricht und ich dies auch testweise mehrfach geändert habe, ist kein einloggen möglich. Im Log steht immer das das Passwort nicht den Anforderungen entspricht.', False, 'de'),
    ('https://github.com/ioBroker/ioBroker.iot/issues/141', 'issue', 'complaint', 'none', 'Hallo, \nich habe das Selbe Problem.\nMit freundlichen Grüßen\nEduard', False, 'de'),
    ('https://github.com/ioBroker/ioBroker.iot/issues/141', 'issue', 'complaint', 'other', 'Meldung im Log nach Update: \nerror | (14685) The password must be at least 8 characters long and have  numbers, upper and lower case letters. Please change the password in the  profile https://iobroker.pro/accountProfile.\n-- | --\nPasswort entspricht den Vorgaben, wurde geändert, aber Meldung bleibt', False, 'de'),
    ('https://github.com/ioBroker/ioBroker.iot/issues/141', 'issue', 'complaint', 'none', 'Das Problem besteht bei mir auch', False, 'de'),
    ('https://github.com/ioBroker/ioBroker.iot/issues/141', 'issue', 'complaint', 'none', 'Kann ich bestätigen, habe gerade sogar die 1.5.1 vom Git probiert, das selbe Problem.\nWieder downgrade gemacht erst mal.', False, 'de'),
    ('https://github.com/ioBroker/ioBroker.iot/issues/141', 'issue', 'other', 'none', 'gibt schon 1.5.2 gerade beim testen', False, 'de'),
    ('https://github.com/ioBroker/ioBroker.iot/issues/141', 'issue', 'other', 'none', '1.5.2 geht wieder!', False, 'de'),
    ('https://github.com/homecineplexx/ioBroker.homepilot20/issues/86', 'issue', 'complaint', 'other', "Login Problems after firmware update 5.10.11\n\n**Describe the bug**  \nioBroker have login problems with the new rademacher firmware 5.10.11\nThe adapter don't work with the new firmware.", False),
    ('https://github.com/homecineplexx/ioBroker.homepilot20/issues/86', 'issue', 'other', 'none', 'please retry with version 0.0.73 and give a feedback', False),
    ('https://github.com/homecineplexx/ioBroker.homepilot20/issues/86', 'issue', 'complaint', 'none', 'the same problem with 0.0.73', False),
    ('https://github.com/ioBroker/ioBroker.sonoff/issues/331', 'issue', 'other', 'none', 'i had the same issue. I had to re-enter username and password after the upgrade to v3', False),
    ('https://github.com/ioBroker/ioBroker.sonoff/issues/331', 'issue', 'complaint', 'none', 'same here, but for me reentering user and password did not fix the issue!', False),
    ('https://github.com/ioBroker/ioBroker.admin/issues/2983', 'issue', 'other', 'none', '[bug]: Nach Update von 7.4.21 auf v7.5.0/v7.5.1 kein Login mehr möglich\n\nNach dem Update von 7.4.21 auf v7.5.0/v7.5.1  ist kein Logion des Admin möglich. Username/ Passwort sollen falsch sein. Passwort wird neu gesetzt, kein Erfolg. Admin ist Member der Admin Group', False, 'de'),
    ('https://github.com/ioBroker/ioBroker.admin/issues/2983', 'issue', 'other', 'none', 'Zurück auf 7.4.22 geht alles wieder: `iobroker upgrade admin@7.4.22`', False, 'de'),
    ('https://github.com/ioBroker/ioBroker.admin/issues/2983', 'issue', 'other', 'none', 'Kann ich bestätigen: Login user "admin" nicht mehr möglich. Zurück auf 7.4.22 funktioniert dann wieder.', False, 'de'),
    ('https://github.com/ioBroker/ioBroker.admin/issues/2983', 'issue', 'other', 'none', 'Hm... Ich kann nicht reproduzieren :(\nHab Chrom/Safari/FF ausprobiert, https und http und alles geht.', False, 'de'),
    ('https://github.com/TA2k/ioBroker.mercedesme/issues/195', 'issue', 'complaint', 'other', 'Login never possible\n\nSince friday the login via IOBroker with the adapter mercedesme version 0.1.1 is never possible.\n\nDo you have some info what is happend ??', False),
    ('https://github.com/TA2k/ioBroker.mercedesme/issues/195', 'issue', 'other', 'none', 'Fixed with 0.1.2', False),
    ('https://github.com/bimmerconnected/ha_custom_component/issues/79', 'issue', 'complaint', 'none', "ha_custom_component invalid_auth\n\nThe integration is currently not working.\nI don't know if they are already working on it.", False),
    ('https://github.com/bimmerconnected/ha_custom_component/issues/79', 'issue', 'other', 'other', 'Yes, see https://github.com/home-assistant/core/issues/128598.\n\nIf you are still running the custom component, please remove it and just use the component integrated to Home Assistant.', False),
    ('https://github.com/ReneNulschDE/mbapi2020/issues/231', 'issue', 'complaint', 'other', 'Not able to set up the integration\n\n### The problem\n\nThe integration seems to have an API issue. See HA Community post [https://community.home-assistant.io/t/mercedes-me-component/41911/1867?u=steuerlexi](url)\n\nDieser Fehler wurde von einer benutzerdefinierten Integration verursacht\n\nLogger: custom_components.mbapi2020.oauth', False),
    ('https://github.com/ReneNulschDE/mbapi2020/issues/231', 'issue', 'other', 'none', 'I have checked your your changes manually in my installtion. Work very well! Thx for your work and have a nice vaction...', False),
    ('https://github.com/albertogeniola/meross-homeassistant/issues/412', 'issue', 'other', 'none', '@albertogeniola Works for me. Thanks!', False),
    ('https://github.com/sanghviharshit/ha-mila/issues/39', 'issue', 'other', 'other', "This must have been corrected on the Mila website - it's working now.", False),
    ('https://github.com/culqi/culqi-php/issues/31', 'issue', 'complaint', 'other', 'Imposible conectar a Culqi API\n\nno puedo seguir probando, ya que por php me dice : Imposible conectar a Culqi API...\ncuando por js saco el token de la tarjeta no me da problema...', False, 'es'),
    ('https://github.com/culqi/culqi-php/issues/31', 'issue', 'other', 'none', 'renove la key y ya todo ok...', False, 'es'),
    ('https://github.com/culqi/culqi-php/issues/46', 'issue', 'complaint', 'other', 'Culqi\\Error\\UnableToConnect - Unable to connect to Culqi API\n\nHi i have done a culqi payment gateway by the guidelines of github -  [https://github.com/culqi/culqi-php](https://github.com/culqi/culqi-php) . Now i faced an error of Unable to connect to Culqi API.', False),
    ('https://github.com/culqi/culqi-php/issues/46', 'issue', 'complaint', 'other', 'I confirm.\nhe strangest thing is that the request is executed, the payment goes through (this can be seen in the personal account of culqi), but instead of a response about successful payment, the error Imposible conectar a Culqi API comes.', False),
    ('https://github.com/culqi/culqi-php/issues/50', 'issue', 'complaint', 'other', 'Usando la Api de Culqi php me sale el siguiente error\n\nEn modo de pruebas, anteriormente si había tenido éxito con las transacciones.\n"message": "Internal server error"', False, 'es'),
    ('https://github.com/culqi/culqi-php/issues/50', 'issue', 'complaint', 'none', 'tengo el mismo problema.\n\nEn pruebas del lado desde mi backend al momento de crear el cargo:\n\nStatus 500 Internal Server Error', False, 'es'),
    ('https://github.com/culqi/culqi-php/issues/35', 'issue', 'complaint', 'other', 'No se puede crear token de cargo en Culqi API\n\nHola! Estoy teniendo problemas seguidos con culqi y no puedo crear el cargo del pago en el entorno de integración, a pesar que se crea el token de acceso, cada vez que envío un pago. Ya lo he notificado y aún no recibo respuesta.', False, 'es'),
    ('https://github.com/culqi/culqi-php/issues/35', 'issue', 'other', 'none', 'Disculpa la tarda respuesta, @zerojuls aun tienes este problema?', False, 'es'),
    ('https://github.com/CarlosWGama/php-pagseguro/issues/14', 'issue', 'complaint', 'none', 'Erro ao Gerar Token de Cartão em Produção\n\nPrezado,\n\nhouve alguma alteração ou descontinuidade na API de Pagamentos Recorrentes? Após preencher os dados do cartão corretamente, há uma mensagem de Token Required, mesmo com os dados sendo passados corretamente para a função.', False, 'pt'),
    ('https://github.com/CarlosWGama/php-pagseguro/issues/14', 'issue', 'other', 'none', 'Olá @andsil50 . EU testei aqui e está normal. Verifica se as suas credências está correto e tenta novamente.', False, 'pt'),
    ('https://github.com/CarlosWGama/php-pagseguro/issues/14', 'issue', 'other', 'none', 'Aqui tb tudo normal. Acabou de usar com dois clientes.', False, 'pt'),
    ('https://github.com/CarlosWGama/php-pagseguro/issues/14', 'issue', 'other', 'none', 'Já identifiquei o problema. Foi necessário ajustar para True o parâmetro que carrega os scripts.', False, 'pt'),
    ('https://github.com/ministero-salute/it-fse-support/issues/2777', 'issue', 'other', 'none', 'Buonasera, non avendo ricevuto ulteriori riscontri, la presente viene chiusa come risolta. Si può procedere con la riapertura in caso fosse necessario ulteriore supporto. Grazie', False, 'it'),
    ('https://github.com/Immersion-Facilitee/immersion-facile/issues/2767', 'issue', 'complaint', 'other', 'Problème récupération des creds pour utiliser l\'api sirene\n\n### :bug: Le problème\n\nLe problème ne se produit que en prod.\nSur le formulaire de convention, la saisie du siret 98322768700016 retourne une 503 "Le service Sirene API n\'est pas disponible".', False, 'fr'),
    ('https://github.com/Immersion-Facilitee/immersion-facile/issues/2767', 'issue', 'other', 'none', 'après restart de la prod, ça fonctionne', False, 'fr'),
    ('https://github.com/Immersion-Facilitee/immersion-facile/issues/2767', 'issue', 'complaint', 'none', 'je rouvre car ça ne marche plus à nouveau', False, 'fr'),
    ('https://github.com/etalab/sirene_as_api/issues/320', 'issue', 'complaint', 'none', "API V1 ne répond plus\n\nBonjour, confirmez-vous que l'API V1 qui répondait encore des données semaine dernière ne répond plus que des 404 actuellement ?", False, 'fr'),
    ('https://github.com/etalab/sirene_as_api/issues/320', 'issue', 'complaint', 'none', 'Pareil chez nous...', False, 'fr'),
    ('https://github.com/etalab/sirene_as_api/issues/320', 'issue', 'other', 'none', 'Je propose un contournement ici pour ceux qui recherchent une solution : \nhttps://github.com/etalab/sirene_as_api/issues/319#issuecomment-1091426701', False, 'fr'),
    ('https://github.com/demarche-numerique/demarche.numerique.gouv.fr/issues/372', 'issue', 'other', 'none', "Le problème semble venir de l'api qui ne renvoi pas le même résultat en prod / dev \n`https://api-dev.apientreprise.fr/v2/entreprises/195901830` \nvs \n`https://api.apientreprise.fr/v2/entreprises/195901830`", False, 'fr'),
    ('https://github.com/demarche-numerique/demarche.numerique.gouv.fr/issues/372', 'issue', 'other', 'other', "L'équipe Api Entreprise a fixé le bug", False, 'fr'),
    ('https://github.com/AfipSDK/afip.php/issues/79', 'issue', 'complaint', 'none', 'SoapClient::__doRequest(): SSL: Se ha forzado la interrupci�n de una conexi�n existente por el host remoto.\n\nError Al querer generar una factura o querer ver el estado del servidor arroja eso, como puedo manejar esa excepcion?', False, 'es'),
    ('https://github.com/AfipSDK/afip.php/issues/79', 'issue', 'complaint', 'none', 'Tengo el mismo Error\n\nSoapClient::__doRequest(): SSL: Connection reset by peer in', False, 'es'),
    ('https://github.com/AfipSDK/afip.php/issues/79', 'issue', 'complaint', 'none', 'Estoy igual. Fue luego de la actualización del CLI\n\nErrorException: SoapClient::__doRequest(): SSL: Connection reset by peer', False, 'es'),
    ('https://github.com/AfipSDK/afip.php/issues/79', 'issue', 'other', 'other', 'Es problema de Afip , porque recien intente y empezo a funcionar correctamente', False, 'es'),
    ('https://github.com/AfipSDK/afip.php/issues/79', 'issue', 'other', 'none', 'Efectivamente, ya está solucionado!', False, 'es'),
    ('https://github.com/AfipSDK/afip.php/issues/79', 'issue', 'other', 'other', 'Genial Gracias, consulta alguien tiene los codigos de error q arroja afip? es para manejar las excepciones', False, 'es'),
    ('https://github.com/AfipSDK/afip.js/issues/53', 'issue', 'complaint', 'none', 'error al facturar\n\nHola buenos dias, usando la version  "@afipsdk/afip.js": "^0.7.8", hasta ayer esta todo ok, pero hoy empezo a tener unos problemas', False, 'es'),
    ('https://github.com/AfipSDK/afip.js/issues/53', 'issue', 'other', 'none', 'Proba ahora con la version v0.7.9 (recién la publique)', False, 'es'),
    ('https://github.com/AfipSDK/afip.js/issues/53', 'issue', 'complaint', 'none', 'Por alguna razon parece el mismo error pero no salen excepciones en el log del servicio.... \nActualice a la 0.7.9', False, 'es'),
    ('https://github.com/AfipSDK/afip.js/issues/53', 'issue', 'other', 'none', 'Por lo que veo en las imágenes es un error diferente, sigue apareciendo?', False, 'es'),
    ('https://github.com/AfipSDK/afip.js/issues/53', 'issue', 'other', 'none', 'por ahora no, fue durante la mañana, seguimos monitoreando en la tarde y hoy en la mañana, si hasta el medio dia no hay errores cierro el issue. gracias.', False, 'es'),
    ('https://github.com/bacen/pix-api/issues/535', 'issue', 'complaint', 'other', 'Intermitência na API PIX do Bradesco\n\nPrezados, alguém aqui utiliza a API do Bradesco e saberia me informar se esta ocorrendo alguma intermitência?\n\nEstamos recebendo erro 500 de erro de forma intermitente para criação e consulta de PIX.', False, 'pt'),
    ('https://github.com/gestaogovbr/api-pgd/issues/239', 'issue', 'complaint', 'none', 'Instabilidade na api (erro 502, 503, etc)\n\nOlá, a API está bastante instável apresentando erro 502 ou 503 constantemente, impossibilitando o envio de dados. Poderiam verificar?', False, 'pt'),
    ('https://github.com/gestaogovbr/api-pgd/issues/239', 'issue', 'complaint', 'none', 'Mesma coisa aqui na STN desde o dia 18/05/2026:\n`<html> <head><title>503 Service Temporarily Unavailable</title></head> <body> <center><h1>503 Service Temporarily Unavailable</h1></center> <hr><center>nginx</center> </body> </html>`', False, 'pt'),
    ('https://github.com/gestaogovbr/api-pgd/issues/239', 'issue', 'complaint', 'none', 'Mesma coisa no IFRN', False, 'pt'),
    ('https://github.com/evolution-foundation/evolution-api/issues/272', 'issue', 'complaint', 'none', 'API fica conectando e desconectando após mensagem de erro\n\nPor algum motivo, a API entra num loop e fica reiniciando a conexão após a mensagem "stream errored out".', False, 'pt'),
    ('https://github.com/evolution-foundation/evolution-api/issues/272', 'issue', 'other', 'other', 'A solução foi criar uma nova instancia com um novo nome, e conectar o telefone novamente. Entretanto, acaba perdendo a organização no Inbox do Chatwoot, pois as conversas para o mesmo contacto ficam em inbox diferentes', False, 'pt'),
    ('https://github.com/evolution-foundation/evolution-api/issues/272', 'issue', 'other', 'none', 'tentou apagar e criar com o mesmo nome?', False, 'pt'),
    ('https://github.com/evolution-foundation/evolution-api/issues/272', 'issue', 'complaint', 'none', 'Tentei sim. Ela conecta, mas após enviar algumas mensagens, entra em loop conforme descrito acima, sempre apresentando o mesmo erro.', False, 'pt'),
    ('https://github.com/anthropics/claude-code/issues/52976', 'issue', 'complaint', 'none', 'fico recebendo API Error: Unable to connect to API...\n\n**Bug Description**\nfico recebendo  API Error: Unable to connect to API (ConnectionRefused)', False, 'pt'),
    ('https://github.com/canove/whaticket-community/issues/64', 'issue', 'complaint', 'none', 'Problemas em conexões\n\nAo criar uma nova conexão o sistema faz o cadastro porém fica apenas em loading e não aparece o qrcode, não gera erro no console, nem algo do tipo.', False, 'pt'),
    ('https://github.com/AppCivicoPlataforma/AppCivico/issues/28', 'issue', 'complaint', 'none', 'Erro 500 na API de Estabelecimentos\n\nBoa noite, estou recebendo o erro abaixo na API de estabelecimentos:', False, 'pt'),
    ('https://github.com/toto04/webeep-sync/issues/11', 'issue', 'complaint', 'none', 'Internet connection error\n\nUna volta che va in errore per connessione internet, anche una volta che è tornata quando avvio la sincronizzazione mi restituisce immediatamente lo stesso errore, senza nemmeno provarci a connettersi', False, 'it'),
    ('https://github.com/RoDNet/Bugtracker-Infinium-4.3.4/issues/4830', 'issue', 'other', 'none', 'Error de conexión\n\nHola, desde la caida de ayer a la 1 de la tarde mas o menos, me es imposible iniciar sesion en el servidor: Primero alegando que los datos no son correctos y luego con el mensaje de "imposible conectar"', False, 'es'),
    ('https://github.com/tgalal/yowsup/issues/2855', 'issue', 'other', 'none', 'Works now. I had  the same issue', False),
    ('https://github.com/tgalal/yowsup/issues/2855', 'issue', 'other', 'none', 'yes the problem is improved', False),
    ('https://github.com/tgalal/yowsup/issues/2855', 'issue', 'complaint', 'none', 'problem persists', False),
    ('https://github.com/tgalal/yowsup/issues/2855', 'issue', 'complaint', 'none', '@turkeyhakan did you solve the problem? I have the same problem. Can you help me?', False),
    ('https://github.com/balu-/FSyncMS/issues/11', 'issue', 'complaint', 'other', 'Ungültiger Benutzerkonto-Name oder Passwort\n\nBis vor kurzem lief mein FSyncMS-Sever bei all-inkl.com noch ohne Schwierigkeiten, aber seit letzer Woche versagt er denn Dienst. Eine gelbe Statuszeile unten im Browser beschwert sich über einen Fehler bei der Synchronisation und ein "Ungültiger Benutzerkonto-Name oder Passwort".', False, 'de'),
    ('https://github.com/SVWS-NRW/SVWS-Server/issues/542', 'issue', 'complaint', 'other', 'Auf dem externen Wenom läuft ein Nginx Reverse-Proxy. Der Sync funktionierte noch vor Upgrade auf SVWS 1.3.2 und Upgrade von Wenom 1.3.2.', False, 'de'),
    ('https://github.com/dane-9/gemini-srt-translator-gui/issues/17', 'issue', 'complaint', 'other', '[Bug]: Invalid API Key\n\n### What happened?\n\nI\'ve been getting an "invalid Primary API Key" message since yesterday.\n\nI think it\'s a bug that appeared after the Gemini 3.0 release yesterday.', False),
    ('https://github.com/dane-9/gemini-srt-translator-gui/issues/17', 'issue', 'other', 'none', 'Thank you very much. That worked.', False),
    ('https://github.com/Paladium-Developpement/Paladium-Issue/issues/1900', 'issue', 'other', 'none', '[Bug]: Error occurred while contacting login serveurs, are they down ?\n\n### Que s\'est-il passé ?\n\nIl nous est impossible de se connecter. Ca arrive depuis quelques jours avec le même message d\'erreur: "Error occurred while contacting login serveurs, are they down ?".', False, 'fr'),
    ('https://github.com/Paladium-Developpement/Paladium-Issue/issues/1900', 'issue', 'other', 'none', 'Bonjour,\n\nMerci pour le signalement de ce bug. ✔️ \n\nIl a été corrigé.\n\nCordialement,', False, 'fr'),
]
