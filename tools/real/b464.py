# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 464 (mine-b464): FRENCH-LANGUAGE voice - francophone home-automation and e-commerce/ERP connector threads
# (Jeedom plugins, Domoticz plugins, Home Assistant custom components by French authors, Gladys, jMQTT,
# Linky/Enedis and Gazpar/GRDF collectors, Netatmo, Somfy/Overkiz/Cozytouch, Freebox / Bbox / Livebox, Dolibarr
# connectors to WooCommerce / Stripe / Paybox, PrestaShop modules, Cozy connectors to French providers,
# FranceConnect / ProConnect and HelloAsso in French public-sector and association apps). 74 of the 137 rows
# are written in French (language='fr'); the rest are English rows from the same French-provider niches
# (Cozy konnectors for Ameli / MAIF / Orange / Sosh / Online, Verisure, Renault, Météo-France, Withings,
# Netatmo, Livebox) kept to balance the French near misses. All rows are voice='issue' (GitHub threads); the
# `pages` corpus returned only documentation and tutorials for French forum queries (easydomoticz, jeedom.github.io,
# projetsdiy, domotique-fibaro tutorial, vendor help centres), no forum thread usable as a message, so no
# forum rows.
# Complaints (label complaint) are writers saying a connection between two systems, its sync or its
# credentials fails now, e.g. "Depuis qqsjours, plus de données" (DomoticzGazpar), "[My TaHoma Box] Error 400
# invalid_grant" on a Cozytouch box + "J'ai le même soucis, j'ai fait un changement du mot de passe et
# pareil...", "Il semble que depuis quelques semaines plus d'API Overkiz pour les box CozyTouch", Dolibarr
# Paybox "Error while proceeding authentication with HMAC key", "Le lien de paiement Stripe dans factures qui
# fonctionnait jusqu'alors m'envoie ... sur une page 404", doliconnect card not saved on Stripe, "Le flux avec
# Pushbullet a été déconnecté... Tentative de reconnexion...", "Depuis plusieurs jour plus rien ne marche !"
# (assistant-freebox-cloud / IFTTT), "j'ai erreur de connexion entre tes plugin et ma freebox", Gladys Google
# account association failing (OAuth 401), "Impossible de se connecter par France Connect", Mercator "Le POST
# refuse en 403 Forbidden", "J'ai la même chose ici aussi." on a 403 from a robot-mower cloud, jMQTT "Broker
# offline chaque matin" / "Depuis ce matin, subitement le broker est offline" / "MQTT connexion lost" / "Error:
# Connection refused", Renault R5 "erreur quand j'essaie de lancer ou arrêter la charge", DomoticzLinky "Je
# n'arrive plus à avoir de données depuis le 9 octobre 2022" and "depuis le 26 mars, je ne récupère plus que
# les données de production", plus English ones (Cozy konnectors "seems broken" / "bad credentials" / "no
# token in body", "At least 42 users hosted on our servers have the same issue.", Verisure "I can't login
# anymore on the Verisure integration", Netatmo invalid_grant, Renault "403 Forbidden on any API calls",
# Revolut 401, Dolibarr Stripe idempotent key refusals, WooSync 404 invalid ID, Météo-France "stopped working
# 1 hour ago", Withings "Error retrieving token").
# Near misses kept (label other): maintainers' questions and diagnoses in French ("as-tu toujours le soucis?",
# "As tu édité le fichier googleapi.js ?", "Qu'as tu changé? Tu es sûr que le broker mosquitto est toujours
# vivant?", "c'est probablement un problème d'infrastructure côté Enedis", "Depuis ce matin il y a un problème
# entre les services de Google et IFTTT ... Il faut attendre", "lire la doc de stripe.... test = carte test",
# "Je pense avoir corrigé un bug dans l'API", "Non, l'API Enedis ne le permet pas (encore).", redirect to the
# Jeedom forum), "works now" / "my mistake" follow-ups ("j'ai refais mon fichier configuration.yaml et je n'ai
# plus d'erreur, surement un espace qui trainait", "j'ai enfin tout récupéré. Désolé pour cette Issue
# inutile", "merci cela fonctionne", "I Recreated my access+refreshed token ... all work", "It's working again"
# style replies), feature questions and how-tos (Linky data to InfluxDB, IDX in MQTT for Domoticz, "Générer son
# propre token ?" for Météo-France, "Configurer le webhook dans HelloAsso"), PR descriptions (teleinfo
# "communication error" fix, socolissimo signature fix, ProConnect error logging, FranceConnect error page,
# HelloAsso webhook routing, 401 handling, refresh-token work at Pix, SMS error message at Domifa), and
# French "own login" trouble that is not an integration (NextINpact mobile login, Pix users logged out every
# hour, cqdg refresh token logging users out, a fresh PeerTube instance rejecting its own web client, the
# zestedesavoir beta API page answering 403, jMQTT #77 status indicator staying offline while exchanges work).
# Sources (71 threads; `issues` corpus, texts copied from the thread excerpts the `search` tool returned - a
# title plus the first sentences, or one comment - trimmed, never reworded or translated; pasted logs and
# screenshots cut after their first lines; issue-template fields (environment, versions, car make/model) and
# screenshot links standing between a title and its description were left out):
#  Scrat95220/DomoticzGazpar #35, guillaumezin/DomoticzLinky #49 #204 #128 #123,
#  NextDom/plugin-teleinfo PR #200, Domochip/WPalaControl #2, dubocr/homebridge-tahoma #437,
#  OPEN-DSI/ecommerceng_woosync #44, nonolk/domoticz_tahoma_blind #7,
#  Dolibarr/dolibarr #13865 #21122 #16067 #11150, ptibogxiv/doliconnect #11,
#  cozy-labs/konnectors #465 #364 #742 #635 #365 #746, gip-inclusion/les-emplois PR #5041,
#  linagora/cozy-stack #792, PrestaShop/PrestaShop-modules PR #13,
#  mission-apprentissage/labonnealternance PR #1498, tducret/revolut-python #30,
#  Aymkdn/assistant-plugins #249 #130, Aymkdn/assistant-freebox-cloud #61,
#  Ferlab-Ste-Justine/cqdg-project #288, 1024pix/pix PR #778 PR #3865, GladysAssistant/Gladys #25,
#  YunoHost-Apps/peertube_ynh #117, betagouv/Aidants_Connect PR #506, rvaidun/befake #80,
#  demarche-numerique/demarche.numerique.gouv.fr #6062, elefan-grenoble/gestion-compte #1188,
#  Club-Alpin-Lyon-Villeurbanne/plateforme-club-alpin PR #1742, NextINpact/nxiv6 #128,
#  josprox/Estrella-Music #10, sourcentis/mercator #1194, vincentjanv/anthbot_genie_ha #14,
#  zestedesavoir/zds-site #3404, hacf-fr/renault-api #555 #1658, nborrmann/jodel_api #52,
#  aluxnimm/outlookcaldavsynchronizer #160, nextcloud/server #6199, earion68/hass_custom_bbox #7,
#  cyr-ius/hass-livebox-component #5, domotruc/jMQTT #77 #103 #93 #39,
#  home-assistant/core #91270 #147532 #109369 #119455 #86438 #82997 #93628, hacf-fr/meteofrance-api #340,
#  andreadegiovine/homeassistant-stellantis-vehicles #606, philippelt/netatmo-api-python #95,
#  CFenner/MMM-Netatmo #100, planetk/homebridge-netatmo #40, GoldenCheetah/GoldenCheetah #4162 #2834,
#  guerrerotook/securitas-direct-new-api #266, SocialGouv/domifa PR #1401
# Look-ups: 37 of the 100 allowed, all `search` calls (35 on `issues`, 2 on `pages`); no fetch / find_* /
# read_file. Queries (French unless noted): jeedom plugin ne fonctionne plus erreur connexion; Netatmo jeton
# expiré; Domoticz plus de remontée; pages: community jeedom erreur 401, forum hacf erreur authentification;
# Dolibarr synchronisation WooCommerce; woosync 401 woocommerce_rest_cannot_view; Somfy TaHoma Overkiz
# identifiants; PrestaShop paiement webhook commandes non validées; Kresus woob; Budget Insight / Powens SCA;
# Dolibarr Stripe; Freebox app_token; Home Assistant erreur d'authentification; PrestaShop Colissimo Mondial
# Relay; Cozy konnector LOGIN_FAILED; PayPlug / PayZen / Systempay IPN; Qonto API 401; plugin ne se connecte
# plus au cloud; "c'est réglé ça remarche"; jeton d'accès expiré; Gladys; HelloAsso webhook; FranceConnect
# invalid_client; identifiants incorrects; API 403 depuis; CalDAV Nextcloud; Livebox; jMQTT broker; Météo-France
# token; Netatmo jeedom invalid_grant; PrestaShop marketplace stock sync; voiture connectée (Renault / Peugeot);
# Linky consentement; Withings; Verisure; Free Mobile SMS API.
# Checked: every thread URL grepped (URL followed by a single or double quote, '#' or '/') over
# /work/main/tools/real/b*.py, /work/main/tools/real/pending/*.py and /work/wt/*/tools/real/pending/*.py
# before use and again right before writing this file; texts compared with /work/notes/dupcheck.py.
# Skipped as already in the corpus (URL found) - the French niche is heavily mined, most top hits were taken:
#  JeedomConnect #69, NextDom/plugin-teleinfo #94 #198, jeedom-plugin-zigate #294, redbug26/jeedom-tahoma #20
#  #28 #31, DomoticzLinky #103 #118 #196 #219 #220, OPEN-DSI/ecommerceng #2 #5 #7 #9, ecommerceng_woosync #31
#  #32 #37, GPCsolutions/doliwoo PR #27, dubocr/homebridge-tahoma #387, swoelffel/woocommerce-paybox-gateway
#  #32, 202-ecommerce/stripe_official #183, kresusapp/kresus #106 #108 #146 #268, YunoHost-Apps/kresus_ynh #28
#  #33 #196, rbignon/woob #8, cozy/cozy-banks #1957, nursit/bank #43 #62 #74, Aymkdn/assistant-freebox #21,
#  DjMomo/ClassePhpFreebox #1 #2, freeboxos-bash-api #3, Loxya #383, herrersystem/fbxtools #5,
#  gvigroux/freebox_home #9, flobz/psa_car_controller #9, Common-Services-Ltd/lapostesuivi #20,
#  frontBOI/mondial-relay #6, home-assistant/core #111999 #146940, TeknooSoftware/sellsy-client #10,
#  datagouv/data.gouv.fr #2077, MTES-MCT/ecobalyse #2332, Dolibarr/dolibarr-community-modules #1071,
#  z411/trackma #449, sabinus52/jeedom-smartlife #52 #72, incubateur-ademe/territoires-en-transitions #1648,
#  histovec-beta PR #1505, gip-inclusion/les-emplois PR #1407, betagouv/rdv-service-public #3330,
#  Immersion-Facilitee/immersion-facile #2565, FLKone/HFRplus #142, pvarry/intra42 #16, pixelhumain/communecter
#  #733, OpenWonderLabs/SwitchBotAPI #374, tasks/tasks #3821, outlookcaldavsynchronizer #449,
#  elementary/calendar #643, cyr-ius/hass-livebox-component #36, cyr-ius/hass-bbox2 #20, earion68/hass_custom_bbox
#  #5, hacf-fr/lovelace-meteofrance-weather-card #117, philippelt/netatmo-api-python #93,
#  skrollme/homebridge-eveatmo #41, PrestaShop/PrestaShop #22088, Zasilkovna/prestashop #24,
#  myparcelnl/prestashop #287, bokub/linky #78, MyElectricalData/myelectricaldata_import #411,
#  jaroslawhartman/withings-sync #41, ovh/php-ovh-sms #1 #4 #33, caronc/apprise #652.
# Rejected: jeedom-plugin-zigate #74 / #226 (daemon to local Jeedom and USB/wifi key trouble, not a service
# connection; long logs), JeedomConnect #115 and BadWolf42/jMQTT #105 (excerpt only JSON / plugin lists),
# DomoticzLinky #242 (issue template only), YunoHost-Apps/kresus_ynh #235 (excerpt only logs), linagora/cozy-home
# PR #404 (Trello card title inside a PR), PrestaShop-modules PR #14 (same text as PR #13), ApplETS/Notre-Dame
# #366 (a school app's own login), phpservermon #550 (a patch proposal), gregt1993/Health_Bridge #31,
# magnific0/nokia-weight-sync #26, domoticz/domoticz #6151 #6036, home-assistant/core #94028 #96758 and
# Somfy-Developer #44, iMicknl/ha-tahoma #466 (not taken to keep the French share and the complaint ratio), the
# first "Même" +1 in befake #80 (the "La même" one kept), and, to keep complaints near 53%, seven weaker English
# maintainer / "works now" replies (Cozy #465, HA #91270 #109369, GoldenCheetah #2834, livebox #5, renault-api
# #555, Dolibarr #16067) plus aeecleclair/Hyperion PR #857; the "same here" +1 in home-assistant/core #147532
# (that text is already in b90).
# Doubtful labels and how they were decided:
#  - DomoticzLinky #49: Linky hourly data pushed on to InfluxDB "ne reçoit rien.. Est-ce normal ?" - a question
#    about an unsupported path of a working plugin -> other.
#  - Dolibarr #21122: the Stripe payment link of invoices answers 404 since v15 - the writer's Stripe payment
#    flow is broken -> complaint (stripe); the English reply pointing at the URL prefix -> other.
#  - doliconnect #11: card not saved on Stripe (sandbox with a real card, a user error the writer does not yet
#    know) -> complaint; the maintainer's "lire la doc de stripe" and the writer's link -> other.
#  - dubocr/homebridge-tahoma #437: "Il semble que depuis quelques semaines plus d'API Overkiz pour les box
#    CozyTouch" is an affected user's diagnosis of a still-failing connection -> complaint.
#  - demarche-numerique #6062: a team's tracking ticket that names users' failing FranceConnect logins ->
#    complaint (like other batches' internal investigation tickets); "Corrigé via #6332" -> other.
#  - jMQTT (Jeedom <-> Mosquitto broker) counts as a connection between two systems -> complaints; jMQTT #77
#    (status shown offline while exchanges work) -> other.
#  - earion68/hass_custom_bbox #7: "erreur password" with errors while setting up the Bbox module -> complaint,
#    although it later proved a YAML spacing mistake (that follow-up -> other).
#  - zestedesavoir #3404 (beta API page 403 for some users, deliberate restriction) and peertube_ynh #117
#    (own web client rejected by a new instance) are a site's own access, not an integration -> other.
#  - Estrella-Music #10 (third-party YouTube Music client cannot log into the user's account) -> complaint,
#    integration none (no product named in the rows).
#  - guillaumezin/DomoticzLinky #123: "depuis ce matin j'ai perdu mon graphique des dernières 24h" (data stopped
#    arriving) -> complaint; #204 follow-up "j'ai enfin pu récupérer quelques données ... je n'ai plus rien entre
#    ..." (renewed consent works, only a gap left) -> other.
#  - GoldenCheetah #4162 mixes English with a pasted French error line -> kept as an English row (no language).
#  - integration: `stripe` for the Dolibarr / doliconnect Stripe rows, `other` when a product is named
#    (Enedis/Linky, GRDF, Overkiz, Cozytouch, Paybox, Freebox, Pushbullet, IFTTT, Google, FranceConnect,
#    HelloAsso, Mercator, MQTT/jMQTT, Bbox, Livebox, Renault, Netatmo, Withings, Verisure, Météo-France...),
#    `none` for replies that name none.
#  - exposure: no row says a key or token got out -> all False.
# Counts: rows 137; complaints 72, other 65 (52.6%); threads 71; languages: fr 74 (28 complaints), en 63;
# integration: other 78, none 53, stripe 6; exposure_mentioned: 0; voices: issue 137.
ROWS = [
    ('https://github.com/Scrat95220/DomoticzGazpar/issues/35', 'issue', 'complaint', 'other', "Plus de données\n\nBonjour et tous d'abord merci pour ce plugin. Depuis qqsjours, plus de données.", False, 'fr'),
    ('https://github.com/Scrat95220/DomoticzGazpar/issues/35', 'issue', 'other', 'none', 'Bonjour, as-tu toujours le soucis?\nSi oui as-tu des erreurs dans le fichier de log?', False, 'fr'),
    ('https://github.com/guillaumezin/DomoticzLinky/issues/49', 'issue', 'other', 'other', "Envoi de données vers Influxdb\n\nBonjour,\nMon domoticz envoie certaines données vers un autre raspberry avec Influxdb et Grafana pour faire des graphes, des analyses et aussi pour stocker les valeurs non moyennées (domoticz moyenne les valeurs après un certain temps).\nJ'ai donc voulu faire pareil avec les données horaires récupérées par le plugin Linky et les envoyer vers Influxdb en utilisant le m'écanisme de Domoticz (menu envoi de données, etc.).\nApparemment, dans ce cas, influxdb ne reçoit rien.. Est-ce normal ? Peut-être est-ce parce que le plugin récupère le sdonnées horaires par batch plutôt que par changement de valeur ? Y a-t-il une méthode pour alle rhistoriser ces données vers influxdb ?", False, 'fr'),
    ('https://github.com/guillaumezin/DomoticzLinky/issues/49', 'issue', 'other', 'none', "Bonjour,\nJe ne suis pas surpris que ça ne fonctionne pas, le plugin récupère effectivement les données par batch, et les insère directement dans les vues d'historique, je ne vois pas de prime abord comment répondre à votre besoin, sans me plonger dans le code C de Domoticz, ce que je ne suis pas pressé de faire (le code est assez indigeste...).", False, 'fr'),
    ('https://github.com/NextDom/plugin-teleinfo/pull/200', 'issue', 'other', 'other', 'Update jeedom.py\n\nMise à jour suivant template plugin Jeedom.\nSolution à l\'erreur "communication error" sous debian 12.', False, 'fr'),
    ('https://github.com/Domochip/WPalaControl/issues/2', 'issue', 'other', 'other', 'MQTT and Domoticz\n\nBonjour,\n\nJ\'ai un soucis pour raccordé la box sur Domoticz, en effet, ce dernier fonctionne avec un système d\'IDX, \nPour associé les infos MQTT à mon device virtuel dans domoticz, il faut que le paramétré "IDX" soit intégré à la requête MQTT. \n\nTasmota ou espEasy offre la possibilité de déclaré l\'IDX, serait-ce possible d\'ajouter la cela aux paramètre MQTT ?\n\nMerci par avance.', False, 'fr'),
    ('https://github.com/Domochip/WPalaControl/issues/2', 'issue', 'other', 'none', "Hello,\n\nLa dernière version du firmware rend le WPalaControl compatible.\nL'utilisation des plugins conçus pour la CBox doivent maintenant fonctionner avec.\nN'hésites pas à me redire si ton problème est solutionné.", False, 'fr'),
    ('https://github.com/dubocr/homebridge-tahoma/issues/437', 'issue', 'complaint', 'other', "[My TaHoma Box] Error 400 invalid_grant\n\nBonjour,\n\nj'ai une box CozyTouch avec une clim réversible Shogun\nj'arrive bien à me servir de l'application Cozytouch/Atlantic, par contre  malheureusement je n'arrive  pas à l'intégrer à HomeKit  avec le plugin.\n\n**Voici les messages d'erreur:**\n[16/11/2022 21:17:41] [My TaHoma Box] Error 400 invalid_grant\n[16/11/2022 21:17:41] [My TaHoma Box] Retry in 120 sec...", False, 'fr'),
    ('https://github.com/dubocr/homebridge-tahoma/issues/437', 'issue', 'complaint', 'none', "J'ai le même soucis, j'ai fait un changement du mot de passe et pareil...", False, 'fr'),
    ('https://github.com/dubocr/homebridge-tahoma/issues/437', 'issue', 'complaint', 'other', "Il semble que depuis quelques semaines plus d'API Overkiz pour les box CozyTouch, ce sont les mêmes constants partout (HA, Homebridge, Jeedom, etc...) par contre la box Tahoma Switch n'est pas impacté.", False, 'fr'),
    ('https://github.com/OPEN-DSI/ecommerceng_woosync/issues/44', 'issue', 'complaint', 'other', "Dolibarr to Woocommerce Sync issue\n\nWhen i am clicking the button **Synchronize All** then no category or product is getting updated from Dolibarr to Woocommerce and in Dolibarr log i got this error.\nWhat can be reason/cause?\neCommerceRemoteAccessWoocommerce::batchUpdateRemoteProducts: Error:Error retrieving the remote product 'id:RakataSite' on the site '404: Error: Invalid ID. [woocommerce_rest_product_invalid_id]':  - Request:{} - Response:{}", False),
    ('https://github.com/nonolk/domoticz_tahoma_blind/issues/7', 'issue', 'complaint', 'other', 'Auth error\n\nI keep getting the following error:\n\n`Tahoma auth error`\n\nI verified my credentials through https://dev.duboc.pro/tools/setup (server: TaHoma / Connexoon). I am using a Connexoon.\n\nAny ideas?', False),
    ('https://github.com/nonolk/domoticz_tahoma_blind/issues/7', 'issue', 'other', 'other', "Thanks nonolk. Your comment made me change my password and downgrade it (<30 characters and no specials), which resulted in a working plugin. Could this be a bug in your plugin or at Somfy's end?", False),
    ('https://github.com/Dolibarr/dolibarr/issues/13865', 'issue', 'complaint', 'other', "Paybox module\n\n# Bug\nImpossible de faire un paiement par le module Paybox. \n\n## Expected and actual behavior\nMessage d'erreur sur site de Paybox quand on clique sur payer avec carte de crédit\n```\nMessage:\n\n\n            Error while proceeding authentication with HMAC key", False, 'fr'),
    ('https://github.com/Dolibarr/dolibarr/issues/21122', 'issue', 'complaint', 'stripe', 'Lien de paiement de facture Stripe KO\n\n### Bug\n\nLe lien de paiement Stripe dans factures qui fonctionnait jusqu’alors m’envoie depuis la dernière mise à jour (v15) sur une page 404', False, 'fr'),
    ('https://github.com/Dolibarr/dolibarr/issues/21122', 'issue', 'other', 'none', 'Hello,\n\nThere seems to be a problem in the beginning of the link. Indeed, the correct URL should be:\nhttps://crm.serpette.fr/htdocs/public/onlinesign/newonlinesign.php?....\nand no\nhttps://crm.serpette.fr/crm/htdocs/public/onlinesign/newonlinesign.php?...\n(Without the "crm/" between ".fr/" and "htdocs/")', False),
    ('https://github.com/ptibogxiv/doliconnect/issues/11', 'issue', 'complaint', 'stripe', "Echec ajout moyen de paiement\n\nBonjour, \n\nune limitation de dolibarr/stripe/doliconnect, ou un bug ? \n\n---\n# description du problème\n\nl'ajout d'un moyen de paiement de type carte bancaire depuis [doliaccount] ne marche pas.", False, 'fr'),
    ('https://github.com/ptibogxiv/doliconnect/issues/11', 'issue', 'other', 'stripe', 'lire la doc de stripe.... test = carte test, live = vraie carte.\n\ninterdiction de faire test avec vraie carte... ;)', False, 'fr'),
    ('https://github.com/ptibogxiv/doliconnect/issues/11', 'issue', 'other', 'none', "si ça peut servir à d'autres ;)\nhttps://stripe.com/docs/testing#cards", False, 'fr'),
    ('https://github.com/Dolibarr/dolibarr/issues/16067', 'issue', 'complaint', 'stripe', 'Stripe Module Bug\n\nHey there,\n\nI found a bug with the Stripe module. Apparently the Stripe module is always using the same Idempotent key for an invoice. But it has to be always a different one, or Stripe servers refuse the payment.', False),
    ('https://github.com/Dolibarr/dolibarr/issues/16067', 'issue', 'complaint', 'stripe', 'Same issue. After a failing payment with Stripe, I have to re-save the invoice for the payment to work.', False),
    ('https://github.com/Dolibarr/dolibarr/issues/11150', 'issue', 'complaint', 'stripe', 'Bug: deposit with stripe issue\n\n## Expected and actual behavior\nExpected : Make a deposit on doli, client pay with stripe and all should work correctly.\nActual behavior : just after the payment, the client get this error message', False),
    ('https://github.com/cozy-labs/konnectors/issues/465', 'issue', 'complaint', 'other', 'Online konnector does not import anything\n\nHi,\n\nOnline konnector does not seem to import any bill. I am aware of https://github.com/cozy-labs/konnectors/issues/267, but my credentials should be ok (at least, they are the same that I use in the Online console page and it works there).', False),
    ('https://github.com/cozy-labs/konnectors/issues/465', 'issue', 'other', 'other', 'Are you using 2FA on the Online.net side ?', False),
    ('https://github.com/cozy-labs/konnectors/issues/465', 'issue', 'complaint', 'none', 'Hmmm, is there something particular to do to use the updated version of Konnector?\n\nI did a `cozy-monitor update konnectors`, and tried to run again the Online konnector, but behavior did not change.', False),
    ('https://github.com/cozy-labs/konnectors/issues/364', 'issue', 'complaint', 'other', 'Sosh konnector seems broken\n\nA user report that the Sosh konnector is unable to import its bills.', False),
    ('https://github.com/cozy-labs/konnectors/issues/364', 'issue', 'other', 'other', 'The user reports that the account was imported from orange to sosh which might explain the problem.', False),
    ('https://github.com/cozy-labs/konnectors/issues/742', 'issue', 'complaint', 'other', 'Ameli konnector seems broken (`bad credentials`)\n\nUsers are reporting that the [konnector is unable to connect to Ameli website](https://forum.cozy.io/t/konnectors-connections-impossibles/4568/2). We get a `bad credential` error.\nConfirmed by looking at the logs on some servers we host.', False),
    ('https://github.com/cozy-labs/konnectors/issues/742', 'issue', 'other', 'none', "I highly doubt I'll find time before mid-june to takle this issue. If anyone is up to fix it, this would be more than welcomed!", False),
    ('https://github.com/cozy-labs/konnectors/issues/635', 'issue', 'complaint', 'other', "[MAIF] no token in body\n\nA user reports that the MAIF konnector doesn't work.\nHere are the logs:\n```\n[2016-12-24 16:25:37:903] error - MAIF | no token in body: [object Object]\n[2016-12-24 16:25:37:904] error - MAIF | Import failed.\n[2016-12-24 16:25:37:904] error - token not found", False),
    ('https://github.com/cozy-labs/konnectors/issues/635', 'issue', 'other', 'none', 'Thanks @clochix, strange...\nDo you know if the user is self hosted ?', False),
    ('https://github.com/cozy-labs/konnectors/issues/635', 'issue', 'complaint', 'none', 'At least 42 users hosted on our servers have the same issue.', False),
    ('https://github.com/cozy-labs/konnectors/issues/365', 'issue', 'complaint', 'other', 'Orange konnector seems broken\n\nA user reports that the Orange konnector is unable to import its bills.', False),
    ('https://github.com/cozy-labs/konnectors/issues/365', 'issue', 'other', 'none', 'The connector seems to work fine. However the ["bad credentials" error won\'t be prompted](#267), maybe this is it ?', False),
    ('https://github.com/gip-inclusion/les-emplois/pull/5041', 'issue', 'other', 'other', "Connexion: AJout de remontée d'erreur en cas de problème de connexion avec ProConnect\n\n## :thinking: Pourquoi ?\n\nJ'ai l'impression qu'un utilisateur n'arrive pas à se connecter alors que son email est déjà lié à un compte ProConnect.\nJe voudrais donc pouvoir vérifier si on ne tombe pas dans ce cas de figure là.", False, 'fr'),
    ('https://github.com/linagora/cozy-stack/issues/792', 'issue', 'complaint', 'other', "Unable to link bills from any provider\n\nHi\n\nI cannot sync my bills on my personnal cozy cloud.\n\nI am trying to link some accounts to collect bills and contracts. So far I've tried Free, Free mobile and voyages-sncf.\nWhen I try connecting by providing my (verified) credentials, I get the following error (for Free) :", False),
    ('https://github.com/PrestaShop/PrestaShop-modules/pull/13', 'issue', 'other', 'other', 'Update socolissimo/classes/SCFields.php\n\n[-]La verification de la signature ne fonctionne pas sinon.', False, 'fr'),
    ('https://github.com/mission-apprentissage/labonnealternance/pull/1498', 'issue', 'other', 'none', "fix: erreur 401 lors d'une erreur sur le format de l'authentification API\n\nDans l'API je transmets les erreurs 400 & 403 au client, les autres je les garde coté API et considère que ce sont des erreurs interne (format du token invalide, signature invalide...)", False, 'fr'),
    ('https://github.com/tducret/revolut-python/issues/30', 'issue', 'complaint', 'other', 'Status code 401 : The request should be authorized\n\nHello, \n\nSince a few days, I got a 401 from api.revolut.com. I tried to regenerate a new token but even with one I still got a 401.\nDoes the issue is on my side or revolut ?', False),
    ('https://github.com/Aymkdn/assistant-plugins/issues/249', 'issue', 'complaint', 'other', "probleme avec pushbullet\n\nBonjour,\n\nJ'ai un probleme que je ne sais pas résoudre : \nmes logs :\n Le flux avec Pushbullet a été déconnecté... Tentative de reconnexion...\n[assistant] (2019-05-30 19:39:25) Connecté ! Prêt à exécuter les ordres.\n[assistant] (2019-05-31 04:02:56) Le flux avec Pushbullet a été déconnecté... Tentative de reconnexion...", False, 'fr'),
    ('https://github.com/Aymkdn/assistant-plugins/issues/249', 'issue', 'other', 'none', 'Ce sont des problèmes de connexion qui peuvent être dûs à ta connexion internet. Je ne peux rien faire à ça du coup....', False, 'fr'),
    ('https://github.com/Aymkdn/assistant-plugins/issues/249', 'issue', 'complaint', 'none', "problème de connexion ? pourtant je n'ai pas de soucis de ce côté là", False, 'fr'),
    ('https://github.com/Aymkdn/assistant-freebox-cloud/issues/61', 'issue', 'complaint', 'other', 'Bonjour et merci j ai un problème assistant cloud\n\nDepuis plusieurs jour plus rien ne marche !. J ai supprimé mes applet. Pour ensuite en refaire quelques une pour voir mais rien. Je me suis reconnecter à kono.. Qui m\'as reloué. J ai donc eu un nouveau code d activation que j ai essayé sur assistant cloud en supprimant mes données afin de mettre mon nouveau code. Mais j ai une erreur à la fin du processus. (erreur" exist "). A tu une idée je suis perdu.', False, 'fr'),
    ('https://github.com/Aymkdn/assistant-freebox-cloud/issues/61', 'issue', 'other', 'other', "Salut,\n\nDepuis ce matin il y a un problème entre les services de Google et IFTTT. Le problème vient donc d'eux (mais ça ne fonctionne plus que depuis ce matin). Donc même si tu reconfigures ton compte, ça ne fonctionnera pas pour le moment !\n\nIl faut attendre qu'ils corrigent le problème de leur côté.", False, 'fr'),
    ('https://github.com/Aymkdn/assistant-freebox-cloud/issues/61', 'issue', 'other', 'none', 'Merci beaucoup pour ta réponse aussi rapide. J aurai du te consulté avant mdrr. Sa fait 2 h que je tourne en carré avec mon problème lol. OK je patiente ! Et je vais reprendre mes télécommandes en attendant. Merci beaucoup !', False, 'fr'),
    ('https://github.com/Aymkdn/assistant-freebox-cloud/issues/61', 'issue', 'other', 'none', 'Je le fermerai quand je constaterai que ça refonctionne si tu veux :)\n\nLà je suis en train de mettre un message sur le site pour que ce soit visible', False, 'fr'),
    ('https://github.com/Aymkdn/assistant-plugins/issues/130', 'issue', 'complaint', 'other', "erreur connexion freebox server\n\nbonjour, \n\nj'ai erreur de connexion entre tes plugin et ma freebox  . D'ou cela peut il venir ? \n\nvoici la capture d’écran de ma console", False, 'fr'),
    ('https://github.com/Aymkdn/assistant-plugins/issues/130', 'issue', 'other', 'none', 'merci cela fonctionne , mais je voudrais zapper une fois la premiere chaine allumée .\n\nmerci pour tout', False, 'fr'),
    ('https://github.com/Ferlab-Ste-Justine/cqdg-project/issues/288', 'issue', 'other', 'none', "Refresh token expirer log l'utilisateur", False, 'fr'),
    ('https://github.com/1024pix/pix/pull/778', 'issue', 'other', 'none', '[BUGFIX] Les utilisateurs étaient déconnectés intempestivement (PF-870).\n\n## :unicorn: Problème\nLes utilisateurs se retrouvent déconnectés toutes les heures et tombent sur une page "Oups!".', False, 'fr'),
    ('https://github.com/1024pix/pix/pull/3865', 'issue', 'other', 'none', "[FEATURE] Ajouter le refresh token (PIX-4017).\n\n## :christmas_tree: Problème\nNous n'avions jamais implémenté le refresh token pour nos applications. Il est nécessaire pour que soyons conforme à l'OIDC.", False, 'fr'),
    ('https://github.com/GladysAssistant/Gladys/issues/25', 'issue', 'complaint', 'other', 'Association compte google\n\nHello,\n\nje voulais associé mon compte mail avec gladys mais ça ne semble pas marché est ce normal : ', False, 'fr'),
    ('https://github.com/GladysAssistant/Gladys/issues/25', 'issue', 'other', 'none', 'As tu édité le fichier googleapi.js ?', False, 'fr'),
    ('https://github.com/GladysAssistant/Gladys/issues/25', 'issue', 'complaint', 'other', 'ça a marché mais aprés validation du premier menu google j\'ai l"erreur suivante : ', False, 'fr'),
    ('https://github.com/YunoHost-Apps/peertube_ynh/issues/117', 'issue', 'other', 'other', "Invalid client: client is invalid\n\nBnsoir,\n\nJe viens d'installer une instance, mais impossible de m'y connecter, ça affiche juste le message «Invalid client: client is invalid ».", False, 'fr'),
    ('https://github.com/betagouv/Aidants_Connect/pull/506', 'issue', 'other', 'other', "Améliorer l'expérience utilisateur en cas d'erreur explicite FranceConnect\n\n## 🌮 Objectif\n\nQuand FranceConnect nous retourne une erreur explicite, l'erreur n'est pas traitée côté AC et on se contente d'afficher un écran blanc avec un code 403. Il faut aller décoder l'URL pour savoir ce qui s'est passé : ", False, 'fr'),
    ('https://github.com/rvaidun/befake/issues/80', 'issue', 'complaint', 'other', 'INVALID_APP_CREDENTIAL\n\nApp no longer working since today (seems like a new version of the website)\nError INVALID_APP_CREDENTIAL showing up for French +33 number.', False),
    ('https://github.com/rvaidun/befake/issues/80', 'issue', 'complaint', 'none', 'La même', False, 'fr'),
    ('https://github.com/demarche-numerique/demarche.numerique.gouv.fr/issues/6062', 'issue', 'complaint', 'other', 'Problèmes de connexion / FranceConnect / mot de passe\n\n## Impossible de se connecter par France Connect', False, 'fr'),
    ('https://github.com/demarche-numerique/demarche.numerique.gouv.fr/issues/6062', 'issue', 'other', 'none', 'Corrigé via #6332', False, 'fr'),
    ('https://github.com/elefan-grenoble/gestion-compte/issues/1188', 'issue', 'other', 'other', "Configurer le webhook dans HelloAsso\n\nMerci @PaulienM \nJ'ouvre un nouveau fil (j'epère que c'est une bonne idée)\n\nVoilà ce que j'ai compris, qu'il faut faire :\n- Se connecter à son compte HelloAsso.\n- Aller dans Paramètres > Webhooks.\n- Cliquer sur Ajouter un webhook.", False, 'fr'),
    ('https://github.com/Club-Alpin-Lyon-Villeurbanne/plateforme-club-alpin/pull/1742', 'issue', 'other', 'other', "feat: webhook HelloAsso prod-ready (signature optionnelle + routage /webhook/notification)\n\n## Contexte\nSuite aux tests staging : le compte HelloAsso du club n'est pas « partenaire » → **pas de SignatureKey**, webhooks **non signés**. De plus, HelloAsso n'autorise qu'**une seule URL de notification par organisation**, déjà occupée par `/webhook/notification` (inscriptions événements).", False, 'fr'),
    ('https://github.com/NextINpact/nxiv6/issues/128', 'issue', 'other', 'none', "Impossible de se connecter sur l'application mobile\n\nBonjour,\n\nSur l'application mobile (à jours), la connexion provoque un rechargement de la page et... rien.\nLe formulaire de connexion réapparait, rien ne laisse à penser que la connexion est effective.", False, 'fr'),
    ('https://github.com/josprox/Estrella-Music/issues/10', 'issue', 'complaint', 'none', 'Not letting me login\n\nI put in my login info and it just tells me "Error desconocido"', False),
    ('https://github.com/josprox/Estrella-Music/issues/10', 'issue', 'complaint', 'none', 'L appli tourne sur  "validando tu sesion" et rien ne se passe..', False, 'fr'),
    ('https://github.com/sourcentis/mercator/issues/1194', 'issue', 'complaint', 'other', "API 403 Forbidden pour le module applications specifiquement\n\nBonjour\n\nJe me permets de vous consulter concernant les API mises en place, j'ai pu les installer, effectuer des tests concluants.\nJ'ai pu consulter en GET et inserer par POST des BDD, Flux, services... \nMais par contre je reste bloqué sur api/applications \n- Le POST refuse en 403 Forbidden.", False, 'fr'),
    ('https://github.com/sourcentis/mercator/issues/1194', 'issue', 'other', 'none', "Je pense avoir corrigé un bug dans l'API à ce sujet il y a quelques semaines.", False, 'fr'),
    ('https://github.com/vincentjanv/anthbot_genie_ha/issues/14', 'issue', 'complaint', 'other', 'Shadow request failed (403)\n\nHi Vincent,\n\nmy logfiles says: "Shadow request failed (403): {"message":"Forbidden", ...}" since an hour now. \nIs there any change in the API?', False),
    ('https://github.com/vincentjanv/anthbot_genie_ha/issues/14', 'issue', 'complaint', 'none', 'Hi, same error here !\nTrying to delete/reinstall but still the same.', False),
    ('https://github.com/vincentjanv/anthbot_genie_ha/issues/14', 'issue', 'complaint', 'none', "Bonjour,\nJ'ai la même chose ici aussi.", False, 'fr'),
    ('https://github.com/vincentjanv/anthbot_genie_ha/issues/14', 'issue', 'other', 'none', 'Great, work again, many thanks!', False),
    ('https://github.com/zestedesavoir/zds-site/issues/3404', 'issue', 'other', 'none', "Erreur 403 pour la page des apis dans la v17.\n\nSur l'url des api (en ce moment : https://beta.zestedesavoir.com/api/), chez certains utilisateurs le serveur renvoie une erreur 403. Elle provient d'un certain nginx.", False, 'fr'),
    ('https://github.com/zestedesavoir/zds-site/issues/3404', 'issue', 'other', 'none', "Il me semble que c'est volontaire : la béta utilisant des donénes réelles, si l'api possédait une faille sur la béta, en l'ouvrant à qui le veut, on se retrouverait avec des fuites.", False, 'fr'),
    ('https://github.com/hacf-fr/renault-api/issues/555', 'issue', 'complaint', 'other', 'Systematic "403 Forbidden" on any API calls\n\nHello,\n\nI have been using this great project for weeks without any lasting errors 😅\nBut for 2 days, it is now impossible to call any Renault API without an error.\nI always get `403 Forbidden`: `status`, `accounts` ...\n\n`login` command works perfectly', False),
    ('https://github.com/hacf-fr/renault-api/issues/555', 'issue', 'other', 'none', "Arf, so quick response and release 👏\nI didn't check this morning \n\nIt's working again\n\nThank you", False),
    ('https://github.com/nborrmann/jodel_api/issues/52', 'issue', 'complaint', 'other', '403 Forbidden\n\ngetting this error since today 4pm CET - seems they changed their api', False),
    ('https://github.com/aluxnimm/outlookcaldavsynchronizer/issues/160', 'issue', 'other', 'none', '401 means you can\'t authorize. Is the DAV url and username/password correct? Does test settings work? What caldav calendar server are you using or is it a google profile?\nMaybe your server needs the option "Force Basic Authentication" in network settings.', False),
    ('https://github.com/aluxnimm/outlookcaldavsynchronizer/issues/160', 'issue', 'complaint', 'none', 'Hi thanks for your tips,\n\nyes dav url and password are correct. Just doubled check it again but the\nsame error occurs.\n\nno, the test doesn´t work  "authorisation required"', False),
    ('https://github.com/nextcloud/server/issues/6199', 'issue', 'complaint', 'other', 'Error sync task with outlook plugin\n\nGood day,\nI have a problem when try to syncronize TASK with outlook plugin\nThe plugin an server log indicate an error authentication but the credential are correct.\n\nNextcloud 12.0.2', False),
    ('https://github.com/earion68/hass_custom_bbox/issues/7', 'issue', 'complaint', 'other', "erreur password\n\nJ'essai votre module mais je rencontre ces erreurs.\nQuelles sont les paramètres à modifier ?\nPour info, ma bbox est en lan 192.168.0.0", False, 'fr'),
    ('https://github.com/earion68/hass_custom_bbox/issues/7', 'issue', 'other', 'other', "Quelle version de Home Assistant ?\nÊtes-vous sûr d'avoir la dernière version du code de custom_bbox ? En effet j'ai fait une mise à jour très récemment pour supporter le nouveau firmware Bbox.", False, 'fr'),
    ('https://github.com/earion68/hass_custom_bbox/issues/7', 'issue', 'other', 'none', "j'ai refais mon fichier configuration.yaml et je n'ai plus d'erreur, surement un espace qui trainait.\ndésole du derangement", False, 'fr'),
    ('https://github.com/cyr-ius/hass-livebox-component/issues/5', 'issue', 'complaint', 'other', 'Livebox V4 PRO integration doesnt work\n\nHello,\n\ni have been so happy to see an integration for the Livebox lol but sadly...it doent work on my Livebox V4 PRO : when i \'ve been prompt to enter information like IP, Port, username and password, i type the password and i have a "Unknown linking error occurred".', False),
    ('https://github.com/cyr-ius/hass-livebox-component/issues/5', 'issue', 'complaint', 'none', 'sorry,  it doesnt work..."unknow error" no change', False),
    ('https://github.com/domotruc/jMQTT/issues/77', 'issue', 'other', 'other', 'Le broker reste offline\n\nCertains utilisateurs remontent uionn problème de broker qui reste offline alors que les échanges avec ce dernier fonctionnent.', False, 'fr'),
    ('https://github.com/domotruc/jMQTT/issues/77', 'issue', 'other', 'other', "Le cas analysé (voir message forum cité ci-dessus) est lié au broker eu.thethings.network.\nCe dernier ne fonctionne pas comme un broker standard dans le sens ou la publication du message donnant le statut de connexion de jeedom à ce broker n'est pas relayé par ce dernier.", False, 'fr'),
    ('https://github.com/domotruc/jMQTT/issues/103', 'issue', 'complaint', 'other', 'Broker offline chaque matin\n\nBonjour,\n\nJe constate depuis quelques jours des soucis de demon avec le plugin JMQTT ( ai je trop d’équipements?)\n\npour info : Le broker est OFFLINE\nlog : mis en debug mais a part l’info le broker est offline rien d’autre\n\nj’ai 3 broker différents et tous sont offline chaque matin.', False, 'fr'),
    ('https://github.com/domotruc/jMQTT/issues/103', 'issue', 'complaint', 'other', "Bonjour,\nJ'ai un problème très similaire . J'ai réinstallé mosquito sans succès. Je ne sais pas trop ou regarder.\nLe broker est en status POK.\nMais j'ai l'impression qu'il transmet quand même les commandes venant de jeedom, seul la réception des infos serait HS.", False, 'fr'),
    ('https://github.com/domotruc/jMQTT/issues/93', 'issue', 'complaint', 'other', 'POK Le broker est OFFLINE\n\nSalut\n\nDepuis ce matin, subitement le broker est offline.\n\nLe redemarrage du demon indique ceci \n\n[2019-11-24 17:57:56][INFO] : arrête le démon\n[2019-11-24 17:57:57][INFO] : démarre le démon', False, 'fr'),
    ('https://github.com/domotruc/jMQTT/issues/93', 'issue', 'other', 'other', "Qu'as tu changé?\nTu es sûr que le broker mosquitto est toujours vivant? Essayes d'ouvrir une console et de t'y connecter via la commande:", False, 'fr'),
    ('https://github.com/domotruc/jMQTT/issues/93', 'issue', 'complaint', 'none', "Je n'ai rien changé, j'ai juste supprimé un fichier backup volumineux sur le rpi c'est tout.. donc rien a voir\n\nVoici le resultat de la commande\n\nError: Connection refused", False, 'fr'),
    ('https://github.com/domotruc/jMQTT/issues/39', 'issue', 'complaint', 'other', 'pb connexion\n\nBonjour\nAprès installation de JMQTT sur rpi", les dépendances s\'installent correctement, cependant le deamon ne démarre pas et envoie régulièrement " MQTT connexion lost". Pourtant adresse ip de mosquitto correcte, les identifiants et mdp par défaut sont jeedom et l\'écoute en ssh de mosquitto est ok.\nAny idea?', False, 'fr'),
    ('https://github.com/domotruc/jMQTT/issues/39', 'issue', 'other', 'none', "Bonjour,\nNon, je n'ai pas d'idée. Pour aider, il me faudrait les fichiers de log MQTT et MQTT_dep.", False, 'fr'),
    ('https://github.com/domotruc/jMQTT/issues/39', 'issue', 'other', 'none', "L'idéal serait de faire ta demande de support sur le forum, il y a plus de passages qu'ici, et donc plus de chances de tomber sur quelqu'un qui a déjà eu ce problème.\nIci c'est plutôt réservé aux bugs avérés nécessitant correction ou aux demandes d'améliorations.", False, 'fr'),
    ('https://github.com/home-assistant/core/issues/91270', 'issue', 'complaint', 'other', "Same here, it doesn't work anymore since yesterday\n\nIt seems that the token is not correct, according to the [lib used to retrieve weather informations](https://github.com/hacf-fr/meteofrance-api/blob/master/src/meteofrance_api/const.py#L4)", False),
    ('https://github.com/home-assistant/core/issues/91270', 'issue', 'other', 'none', 'Same, fixed this morning.', False),
    ('https://github.com/hacf-fr/meteofrance-api/issues/340', 'issue', 'other', 'other', "Générer son propre token ?\n\n**Is your feature request related to a problem? Please describe.**\nBonjour, c'est un superbe projet ! Le code est vraiment simple à comprendre, c'est très utile car je suis actuellement en train d'utiliser cette API sur Javascript.\n\nJe voudrais savoir, y a-t-il un moyen automatique pour générer son propre token plutôt que d'utiliser celui du repo ? À moins que celui-ci est fiable ?", False, 'fr'),
    ('https://github.com/hacf-fr/meteofrance-api/issues/340', 'issue', 'other', 'other', "Ce token est fourni 'gracieusement' mais la procédure d'obtention d'un nouveau token est décrit dans un [document officiel](https://donneespubliques.meteofrance.fr/client/gfx/utilisateur/File/documentation-webservices-inspire.pdf) publié par Météo France et suivant la directive européene INSPIRE.\nDonc cela pourrait être automatisé en ayant en input un login/mdp. Tu peux proposer un PR si tu sais/veux faire.", False, 'fr'),
    ('https://github.com/home-assistant/core/issues/147532', 'issue', 'complaint', 'other', 'Meteo France: Unknown error occurred\n\n### The problem\n\nImpossible to find any city', False),
    ('https://github.com/home-assistant/core/issues/147532', 'issue', 'complaint', 'other', 'My integration stopped working 1 hour ago.\n\nThe problem is due to the meteofrance web site.', False),
    ('https://github.com/hacf-fr/renault-api/issues/1658', 'issue', 'complaint', 'other', "Problème intégration R5\n\nBonjours,\n\nJ'ai une erreur quand j'essaie de lancer ou arrêter la charge, changer la programmation pour ma R5.\nJ'ai par contre les autres infos correctement affichées (kilométrage, % batterie, etc)\n\nJ'ai alors dans les logs cette erreur :", False, 'fr'),
    ('https://github.com/andreadegiovine/homeassistant-stellantis-vehicles/issues/606', 'issue', 'complaint', 'other', 'connect does\'nt work ever\n\n### What happened?\n\neven with remote  or manual methode it is impossible to connect integration !!!!!!\n\nwith manuel for exemple i got message "erreur jeton acces é', False),
    ('https://github.com/andreadegiovine/homeassistant-stellantis-vehicles/issues/606', 'issue', 'complaint', 'none', 'I should said at each HA update the connection is losed', False),
    ('https://github.com/andreadegiovine/homeassistant-stellantis-vehicles/issues/606', 'issue', 'other', 'none', 'AND !! after x attemps and lot of time the Aouth method work !!', False),
    ('https://github.com/philippelt/netatmo-api-python/issues/95', 'issue', 'complaint', 'other', 'Error connection\n\nHello,\nfor a few days I can no longer connect to the API. Anything to change? I am using a version of the lnetatmo API that is not up to date, is that why?\nThanks\n\n`code=400, reason=, body=b\'{"error":"invalid_grant"}\'', False),
    ('https://github.com/philippelt/netatmo-api-python/issues/95', 'issue', 'other', 'none', 'The error is `"error":"invalid_grant"`\nRecreate your access+refresh token for your apps and update your credential file.\n\nIt would be better to use an up to date release of the library. The current version still support python 2 if this is why you are afraid to update...', False),
    ('https://github.com/philippelt/netatmo-api-python/issues/95', 'issue', 'other', 'none', 'I Recreated my access+refreshed token and updated the library, all work, thank you.', False),
    ('https://github.com/home-assistant/core/issues/109369', 'issue', 'complaint', 'other', 'Renault Integration starts but no entities are available/ without connection\n\n### The problem\n\nIntegration starts but no entities are available/ without connection', False),
    ('https://github.com/home-assistant/core/issues/109369', 'issue', 'other', 'none', 'My mistake, i found that somehow i deactivated "Data Collection" in my car, so be sure is enabled first.', False),
    ('https://github.com/CFenner/MMM-Netatmo/issues/100', 'issue', 'complaint', 'other', '{"error":"invalid_grant"\n\nHello,\n\nwhen I try to get this token with\n\n```\ncurl --data "grant_type=password&client_id=xxxxx&client_secret=xxxxx&username=xxxxx&password=xxxxx&scope=read_station" "https://api.netatmo.com/oauth2/token"\n```\n\nI get this answer: {"error":"invalid_grant"}\n\nI double checked client_id, client_secret, usename and password!', False),
    ('https://github.com/CFenner/MMM-Netatmo/issues/100', 'issue', 'complaint', 'other', 'I have the same issue. Maybe something changed with the app creation process at dev.netatmo.com? They ask me for a redirect URI and a webhook URI', False),
    ('https://github.com/planetk/homebridge-netatmo/issues/40', 'issue', 'complaint', 'other', '[netatmo-platform] ERROR - Netatmo: Error: Authenticate error: invalid_grant', False),
    ('https://github.com/planetk/homebridge-netatmo/issues/40', 'issue', 'other', 'other', 'Hi,\n\nyour clientID looks pretty short.\n\nCheck the info on your personal account page at netatmo:\n\nhttps://dev.netatmo.com/dev/myaccount\n\nCheck the data for your app in the technical parameters section.', False),
    ('https://github.com/guillaumezin/DomoticzLinky/issues/204', 'issue', 'complaint', 'other', "Plus de données depuis le 9 octobre 2022\n\nBonjour,\nJe n'arrive plus à avoir de données depuis le 9 octobre 2022. \nJ'ai tenté en diminuant le nombre de jours à récupérer mais rien n'y fait.", False, 'fr'),
    ('https://github.com/guillaumezin/DomoticzLinky/issues/204', 'issue', 'other', 'none', "Bon j'ai renouvelé le consentement et j'ai enfin pu récupérer quelques données depuis le 17/02/2023. En revanche je n'ai plus rien entre le 09/10/2022 et le 17/02/2023", False, 'fr'),
    ('https://github.com/guillaumezin/DomoticzLinky/issues/204', 'issue', 'other', 'none', "Ok j'ai repassé sur 250 jours au lieu du max et j'ai enfin tout récupéré. Désolé pour cette Issue inutile ;)", False, 'fr'),
    ('https://github.com/guillaumezin/DomoticzLinky/issues/128', 'issue', 'complaint', 'other', "Données de production mais pas celles de conso depuis qq jours\n\nBonjour et tout d’abord, un grand merci pour ce plugin.\nLe plugin a très bien fonctionné depuis le 24 février (après que Enedis m'ai changé pour la 4ième fois mon linky qui refusait de communiquer!), mais depuis le 26 mars, je ne récupère plus que les données de production, celles de conso restent à 0.\nEn consultation sur le site enedis, tout est OK", False, 'fr'),
    ('https://github.com/guillaumezin/DomoticzLinky/issues/128', 'issue', 'other', 'other', "Bonjour,\nDe mon côté, c'est les données de consommation qui ne sont pas remontées pendant quelques jours, et je me demande si le problème n'a pas commencé le 26 mars également, ça refonctionne depuis hier. Je vous propose de surveiller ce qu'il se passe pendant encore quelques jours, c'est probablement un problème d'infrastructure côté Enedis.", False, 'fr'),
    ('https://github.com/guillaumezin/DomoticzLinky/issues/128', 'issue', 'other', 'none', "Merci pour la réponse.\nJe vais attendre patiemment.\n\nAutre point: n'est-il pas possible de récupérer les index vrais du compteur ?", False, 'fr'),
    ('https://github.com/guillaumezin/DomoticzLinky/issues/128', 'issue', 'other', 'other', "Non, l'API Enedis ne le permet pas (encore).", False, 'fr'),
    ('https://github.com/guillaumezin/DomoticzLinky/issues/123', 'issue', 'complaint', 'other', "Bonsoir,\naprès vérification sur enedis sur mon premier compteur je peux remonter jusqu'au 22/07/2020 (celui la OK) par contre sur le 2eme je peux remonter jusqu'à Avril 2020 alors que sur domoticz ca bloque sur le 27 octobre 2020.\nDe plus depuis ce matin j'ai perdu mon graphique des dernières 24h sur mes 2 compteurs et je n'ai pas fait de modifs.\nPas non plus de message d'erreur dans les logs", False, 'fr'),
    ('https://github.com/guillaumezin/DomoticzLinky/issues/123', 'issue', 'other', 'other', "@srill vous décrivez le même comportement que @felixcharvin : les données ne semblent récupérables qu'à partir de la date d'activation de la collecte. Je trouve ça bizarre, je vais poser la question à Enedis.", False, 'fr'),
    ('https://github.com/GoldenCheetah/GoldenCheetah/issues/4162', 'issue', 'complaint', 'other', 'Withing Error retrieving token\n\nCant get body measurement from Withing any more\n\nErreur lors de la récupération du token, Error transferring https://account.withings.com/oauth2/token? - server replied: Not Found (203)', False),
    ('https://github.com/GoldenCheetah/GoldenCheetah/issues/4162', 'issue', 'other', 'other', 'Finally managed to make the sync with Withing work. I had to uninstall and manually delete all files from all directories and reinstall the V3.6 dev.', False),
    ('https://github.com/cozy-labs/konnectors/issues/746', 'issue', 'complaint', 'other', 'Withings konnector seems broken (`bad credentials`)\n\nThe message is always the same : "account config bad credentials"\nBut Withings no longer exist. Now it\'s Nokia Health.', False),
    ('https://github.com/GoldenCheetah/GoldenCheetah/issues/2834', 'issue', 'complaint', 'other', 'Get body measurements via withings (Nokia) broken\n\nHi,\nI have noticed that sync stopped working recently.\n\nYou can authorize and get a token & secret. When you attempt to sync you get an error:\n{"status":342,"error":"The signature (using Oauth) is invalid"}', False),
    ('https://github.com/guerrerotook/securitas-direct-new-api/issues/266', 'issue', 'complaint', 'other', "Even with my new central unit the integration stop working, and again I had a connection problem from securitas.\nA technician has to come back again at home to sort it out.\nI've decided to stop using the integration ufn.", False),
    ('https://github.com/guerrerotook/securitas-direct-new-api/issues/266', 'issue', 'other', 'other', "Avez vous essayer de vous connecter sur le site verisure avec les identifiants ? De temps en temps, le mot de passe doit être changé et aussi signer les nouveaux contrats pour l'utilisation en ligne de l'utilisateur. Après cela l'erreur inconnue devrait disparaitre et securitas pourra être utilisé dans home assistant.", False, 'fr'),
    ('https://github.com/home-assistant/core/issues/119455', 'issue', 'complaint', 'other', "Verisure wrong credentials\n\n### The problem\n\nI can't login anymore on the Verisure integration.\nAfter the update to 2024.6.2 I had to login, but it doens't work anymore.\nOn another HA but still on 2024.6.1 I have no problem (with same account)", False),
    ('https://github.com/home-assistant/core/issues/119455', 'issue', 'complaint', 'none', "+1\nI tried to roll back to 2024.6.1 and it still doesn't work.", False),
    ('https://github.com/home-assistant/core/issues/119455', 'issue', 'complaint', 'none', 'same here worked fine yesterday after upgrade to 2024.6.2 but after HA restart this morning got same error', False),
    ('https://github.com/home-assistant/core/issues/86438', 'issue', 'complaint', 'other', 'Issue adding Verisure integration\n\n### The problem\n\nHi,\nI\'m trying to add Verisure integration without success.\nI was able to add it 1 month ago and it worked for few hours and it suddenly stopped working. I deleted it and reinstalled it but  it didn\'t work with an "invalid authentication" as a an error message even if login/password information are correct.', False),
    ('https://github.com/home-assistant/core/issues/82997', 'issue', 'complaint', 'other', 'Verisure Integration fails after update to HA 2022.11.5\n\n### The problem\n\nAfter updating to latest version (Home Assistant 2022.11.5) the Verisure integration stopped working and required re-authentication. Entering correct credentials (email and password) in the dialogue and the popup answers “success”, but the Verisure integration still doesn’t work.', False),
    ('https://github.com/home-assistant/core/issues/82997', 'issue', 'other', 'other', 'A couple of hours after I filed the Issue I tried again to Configure Verisure integration and this time it worked perfectly. Strange!', False),
    ('https://github.com/home-assistant/core/issues/93628', 'issue', 'complaint', 'other', 'Verisure: Retrying setup: Could not log in to verisure\n\n### The problem\n\nHi, recently updated to 2023.5.4 and now I am getting this following error message. I have tried to disable 2FA but it still says unable to log in. Am I doing something wrong?', False),
    ('https://github.com/home-assistant/core/issues/93628', 'issue', 'other', 'none', 'Solution: remove the integration and install again. Enter credentials and authentication code.', False),
    ('https://github.com/SocialGouv/domifa/pull/1401', 'issue', 'other', 'none', "fix(NOTIFS_SMS): message d'erreur SMS en production #1388", False, 'fr'),
]
