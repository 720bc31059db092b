# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 428 (mine-b428): FRENCH-language writers (with English rows from the same threads or from French
# users writing in English) reporting that a plugin, module, bot, script or integration lost its login,
# token, API key, webhook or sync with another system - away from the energy, school, Freebox and bank
# aggregator connectors mined before: Dolibarr connectors (DoliWoo WooCommerce webservice, PrestaShop to
# Dolibarr SOAP keys, doliconnect Stripe payments), payment modules (PayZen signature refused through the
# SPIP "bank" plugin, a SIPS/ATOS PrestaShop module install), Jeedom plugins (Somfy TaHoma, Tuya/SmartLife
# cloud, Google Cast tokens, Jeedom Market credentials) and a PHP Netatmo API client used on Jeedom, Home
# Assistant integrations used by French speakers (Delta Dore Tydom, Overkiz/Atlantic Cozytouch and Somfy,
# Netatmo, Alexa without cloud, Google OAuth), Somfy Protect to MQTT and homebridge (TaHoma/Rexel, Somfy
# Protect), Odoo's French localisation (Chorus Pro / PISTE 401 and 403), Discord self-bots and a Vinted
# Discord bot, Nextcloud-Collabora on YunoHost, Doctolib scraping (Vite Ma Dose, vaccin.click), French
# public-sector sign-in (FranceConnect, ProConnect, MonComptePro), SNCF/Navitia API keys, a Quebec Kodi
# add-on (Noovo in DepotQuebec), the 42 school API (intra42, rncp), a PSA car controller, collec-science's
# API and a document-retrieval scraper.
# Complaints in everyday French ("depuis quelque jours je n'ai plus accès a ma boxe dans jeedom market", "Ca fonctionnais
# bien, puis sans raison apparente, au fil de la semaine, on ne peut plus se connecter", "ça met la même
# erreur qui dit que mon token est invalide alors que j'ai un token valide", "j'ai eu une fois une commande
# qui c'est syncronisée, puis plus rien", "Tout marche parfaitement sauf l'import des données Doctolib. Ils
# nous bloquent dès le second appel.", "Hello,\nMême souci...", "Malheureusement, ça ne fonctionne pas mieux
# avec la 2026.4.0", "la connexion via les réseaux ne fonctionne plus") and pasted errors ("Can't connect to
# Netatmo Server", "Utilisateur non valide. Merci de configurer correctement vos identifiants market",
# "Invalid 'state' parameter", "Erreur 400 : redirect_uri_mismatch", "Authentification non valide",
# "Impossible de se reconnecter après 10 tentatives", "Des données de jeton non valides ont été reçues",
# "HTTP error code received from Chorus: 403", "401 UNAUTHORIZED https://api.sncf.com/..."), kept with near
# misses from the same threads: maintainers' diagnoses and questions ("Rexel a mis en place une
# authentification déportée", "il est préférable de se connecter via le numéro de téléphone", "Tu peux me
# donner la page d'origine", "droits en lecture mal positionnés ... pour la clé privée"), fixes and
# "works now" follow-ups ("Version 3.0.6 en cours de déploiement", "C'est réglé Avec le 3.0.6 ! Merci !!!",
# "Corrigé en prod", "fixé !", "Je peux me connecter de nouveau , merci !", "(facepalm) somedy has changed
# my technical user parameters !!!!", "Ok, problem solved."), a feature request (automatic Google
# Assistant tokens for the Jeedom Google Cast plugin), design questions (whether a 401 from a SIRI feed
# counts as an error on transport.data.gouv.fr), an error-handling suggestion (Simple-Email-Checker),
# support-forum redirections, and trouble that is not a lost connection (a plugin page that never loads
# after a Jeedom 4 upgrade, a module ZIP that will not install, Jeedom's own web login, alarm cameras
# that stop following the alarm state, a 400 in the log while "le fonctionnement a l'air correct").
# Sources (53 threads; issues corpus only, texts copied from the thread excerpts the `search` tool
# returned - a title plus the first sentences, or one comment - trimmed, never reworded or translated;
# in two rows a middle part was left out: four identical repeated log lines in Tydom #336, and the setup
# steps and screenshots between the greeting and the problem in collabora_ynh #49):
#  GPCsolutions/doliwoo #81, johanbernard/prestashop_to_dolibarr #33, KiboOst/php-simpleNetatmoAPI #16,
#  CyrilP/hass-deltadore-tydom-component #336 #416, OCA/l10n-france #410 #349,
#  mewzax/Discord-RPC-Selfbot #17, AstraaDev/selfbot.py #16, YunoHost-Apps/collabora_ynh #49,
#  redbug26/jeedom-tahoma #23 #28 #31 #10, dubocr/homebridge-tahoma #381, guirem/plugin-googlecast #73 #47,
#  CovidTrackerFr/vitemadose #227, dunglas/vaccin.click #27, home-assistant/frontend #27033 #24236,
#  TrogloGeek/prestashop-tggatos-module #106, home-assistant/core #83571 #75394 #153721 #125615 #99120,
#  ptibogxiv/doliconnect #15, sabinus52/jeedom-smartlife #11, jeedom/core #3193 #3419,
#  anisite/DepotQuebec #112, betagouv/rdv-service-public #3330 #3167, Immersion-Facilitee/immersion-facile
#  #2565, etalab/admin_api_entreprise #1128, Grafikart/Grafikart.fr #328, d-r-e/rncp #181,
#  Minims/SomfyProtect2MQTT #248 #160, alxscms/homebridge-somfy-protect #22, Laxilef/OTGateway #158,
#  flobz/psa_car_controller #1064, nursit/bank #62, vlourme/vintedpy #9, hove-io/navitia #4343,
#  theopenconversationkit/tock-bot-open-data #3, etalab/transport-site #2818, cormoran-io/retriever-cases
#  #2737, Sim08570/Simple-Email-Checker #2, collec-science/collec-science #727,
#  home-assistant/home-assistant.io #24229, pvarry/intra42 #10
# Look-ups: 40 `search` calls of the 50 allowed (all on the issues corpus; no read_file / find_string /
# fetch). Queries: Dolibarr WooCommerce sync, PrestaShop Mondial Relay webservice (twice), Jeedom Netatmo
# token, Tydom/Delta Dore "ne fonctionne plus depuis hier", Chorus Pro Odoo auth, French Discord bot token,
# Qonto 401 / Qonto sync, YunoHost Nextcloud sync, PayPlug secret key, Systempay/Lyra IPN signature, Somfy
# TaHoma Jeedom, Xiaomi cloud token, Alexa Jeedom "erreur jeton", Telegram webhook, Doctolib scraper,
# Atlantic/Hitachi Overkiz auth, Dolibarr Stripe webhook, Chronopost webservice, Jeedom cloud "depuis
# hier", Home Assistant "jeton expiré", Pennylane API token, WordPress "clé API invalide", Quebec app
# login, Google agenda sync 401, psa_car_controller OTP, API Sirene INSEE token, FranceConnect
# invalid_client, eWeLink/Sonoff password, Somfy Protect token, Tesla Jeedom token, PayZen signature,
# discord.py "Improper token", Netatmo Home Assistant, Navitia/SNCF key, Desjardins scraper, Thunderbird
# CardDAV auth, Jeedom Google Home/Alexa auth, "identifiants invalides" with a working mobile app.
# Checked: every thread URL grepped (URL followed by a quote, '#', '/' or end) over
# /work/main/tools/real/*.py, /work/main/tools/real/pending/*.py and /work/wt/*/tools/real/pending/*.py
# before use; all texts compared lower-cased and punctuation-normalised (whole text, and the first and
# last 50 characters) with the texts of those files and of /work/wt/*/tools/real/*.py.
# Skipped as already in the corpus (URL found): OPEN-DSI/ecommerceng #2 #9, OPEN-DSI/ecommerceng_woosync
# #66 #31, domoticz/domoticz #6280, CyrilP/hass-deltadore-tydom-component #297, tydom2mqtt/tydom2mqtt #264,
# mgcrea/homebridge-tydom #72, SII-Nantes/callForPaper #11, MTES-MCT/ecobalyse #2332, redbug26/jeedom-
# tahoma #20 #38 #46, alexylem/jarvis #657, OpenWonderLabs/SwitchBotAPI #374, dubocr/homebridge-tahoma
# #485 #387 #328, djalega8000/Zokou-2.0 #62, afup/web #216, ae-utbm/sith #528, PaylineByMonext/payline-
# php-sdk #53, TrogloGeek/prestashop-tggatos-module #76, guillaumezin/DomoticzLinky #217 #139,
# php-telegram-bot/core #494, nursit/bank #43, Dolibarr/dolibarr-community-modules #1071,
# Common-Services-Ltd/lapostesuivi #16 #23, sabinus52/jeedom-smartlife #72 #57 #52 #51, pvarry/intra42 #16,
# ApplETS/ETSMobile-Android2 #134, 202-ecommerce/stripe_official #69, ln-nicolas/api_insee #5,
# incubateur-ademe/territoires-en-transitions PR #4031, demarche-numerique/demarche.numerique.gouv.fr
# #10799, MTES-MCT/monitorfish #3535, gip-inclusion/les-emplois PR #1407,
# kkrypt0nn/Python-Discord-Bot-Template #83, home-assistant/core #136245.
# Rejected: nextcloud/android #5820 and YunoHost-Apps/nextcloud_ynh #291 (the Nextcloud client failing to
# reach the writer's own Nextcloud server: same product, not two systems); ApplETS/Notre-Dame-v3 #186 (the
# app's own login broken by an app update, fixed by the next update); hekmon/rtetempo #38 (RTE energy
# API, off theme), Aymkdn/assistant-plugins #114 (Freebox plugin), busybox11/probote #5 (Pronote);
# PnX-SI/gn_mobile_occtax #228 (only comments in the excerpt, the title alone was not enough);
# wwoof/webapp #215, gip-inclusion/carnet-de-bord #1838, NextINpact/nxiv6 #3 #128, zestedesavoir #2516,
# MTES-MCT/Docurba #114 (a site's own login, not an integration); jugla/keyatome #42 (a discussion of a
# brute-force script's statistics); the English-only TbSync/CardBook, Telegram webhook, eWeLink, Tesla,
# Xiaomi token-extractor and most psa_car_controller threads (kept for English batches); two rows were
# dropped after the text check: "Same for me" (HA core #125615, the same text is already in the corpus)
# and the pasted "Erreur de connexion au cloud Tuya : Get accesstoken failed. Username or password
# error!" comment in jeedom-smartlife #11 (contained word for word in a b391 row of #57).
# Doubtful labels and how they were decided:
#  - Tydom #416 (cameras no longer follow the alarm, the transmitter blinks since the HA integration was
#    added): side effects inside the Delta Dore system, not a lost HA-Tydom connection -> other.
#  - jeedom-tahoma #28 (plugin page never loads after the Jeedom 4 upgrade) -> other, and "je suis dans le
#    même cas" -> other; jeedom/core #3419 (Jeedom's own web login refused) -> other; #3193 (the box
#    rejected by the Jeedom Market with "Utilisateur non valide") -> complaint (box to Market account).
#  - jeedom-tahoma #10: the missing panel.php file plus the NOK status towards the TaHoma box despite
#    "synchro faite... plein de fois" -> complaint; the writer's fix (remote access on somfy.fr) -> other.
#  - KiboOst #16: the maintainer's and the reporter's "C'est pénible ... Je recherche de mon côté comment
#    récupérer l'accesstoken renouvellé" -> other (no new failure reported); dedelajoie's "Can't connect to
#    Netatmo Server avec cette nouvelle version" -> complaint.
#  - Discord-RPC-Selfbot #17: the maintainer blames the token but admits the program fails -> other; the
#    reporter's "il a rien mon token ... c juste le truc qui bug" -> complaint (login still failing).
#  - vitemadose #227 (Doctolib blocks the import after the second call) and vaccin.click #27 (Doctolib's
#    queue page stops the extension since yesterday) -> complaint, scraping as the connection.
#  - cormoran retriever-cases #2737 (a scraper disabled for days, contributions impossible) -> complaint;
#    the "ask Richard to act on his account" replies -> other.
#  - etalab/admin_api_entreprise #1128: the maintainer's second comment "aujourd'hui ça ne marche plus même
#    sur le 3000" confirms a failing sign-in -> complaint.
#  - rdv-service-public #3330 (team-written: heterogeneous errors on the FranceConnect callback) and #3167
#    ("Invalid 'state' parameter" on one domain) -> complaint; the credential-recovery comments -> other.
#  - Simple-Email-Checker #2: a pasted API error framed as an error-handling suggestion -> other.
#  - alxscms/homebridge-somfy-protect #22: "Request failed with status code 400" while "le fonctionnement a
#    l'air correct" -> other.
#  - home-assistant/core #125615: the reporter's later comment that HA loses the Netatmo access token on
#    every update -> complaint (still failing, workaround only).
#  - intra42 #10 ("chain validation failed" on the app's authentication server) -> complaint, as the
#    corpus already labels intra42 #16.
#  - Mixed-language rows (home-assistant.io #24229, Tydom #336, HA core #75394/#83571 quoting "Authentification
#    non valide") are written in English with quoted French messages -> no language code.
#  - integration: `other` when the row names the product whose connection it is about (Netatmo, Somfy,
#    Chorus, Dolibarr, Doctolib, FranceConnect, Discord, 42 ...), `stripe` for the doliconnect Stripe
#    sandbox payment, `none` for replies and follow-ups naming none.
# Counts: rows 125; complaints 63, other 62; threads 53; integration: other 74, none 50, stripe 1;
# exposure_mentioned: 0; voices: issue 125; languages: fr 82, en 43.
ROWS = [
    ('https://github.com/GPCsolutions/doliwoo/issues/81', 'issue', 'complaint', 'other', "Dolibarr webservices access\n\nBonjour,\n\nJ'ai bien installé DoliWoo dans wordpress, et le plugin arrive a se connecter à Dolibarr car l'utilisateur est créé et qu'il y a une indication de detection\n\nDolibarr version    OK! (Detected v3.8.2) \n\nPar contre, j'ai eu une fois une commande qui c'est syncronisée, puis plus rien. Comment faire pour trouver où il y a un problème.", False, 'fr'),
    ('https://github.com/GPCsolutions/doliwoo/issues/81', 'issue', 'other', 'none', "Bonjour, l'issue tracker n'est pas un forum d'assistance.\nJe vous ai adressé une réponse par email à votre récent message.", False, 'fr'),
    ('https://github.com/GPCsolutions/doliwoo/issues/81', 'issue', 'other', 'none', 'You received this message because you subscribed to the project.\nI was just closing a support request made in french telling them that the\nissue tracker is not a support forum.\nNothing to worry about.', False),
    ('https://github.com/johanbernard/prestashop_to_dolibarr/issues/33', 'issue', 'complaint', 'other', "Compatibilty with Dolibarr 11 ?\n\nHi,\n\nPrestashop 1.7.5.0\nDolibarr 11.0.3\nHosting : OVH\n\nThanks a lot for this module, I will buy it for sure if I manage to make it work.\n\nWhen testing the webservice keys on prestashop side, I get the following error :\n\n_Dolibarr doesn't respond, please check your Dolibarr's URL and the communication keys.Then check if Soap is enable in the PHP configuration of your dolibarr's server_\n\nI've double-checked everything like dolibarr url, login and key.", False),
    ('https://github.com/johanbernard/prestashop_to_dolibarr/issues/33', 'issue', 'other', 'other', "Ok, problem solved.\nIt looks like on dolibarr side, prestashop_to_dolibarr plugin does not support installation under /custom folder so it's required to install it at the root of dolibarr.", False),
    ('https://github.com/KiboOst/php-simpleNetatmoAPI/issues/16', 'issue', 'complaint', 'other', "De nouveau Can't connect to Netatmo Server\n\nL'authentification Netatmo a encore changé.\nIl semble que le access token ait une durée de vie de 3 heures et qu'il faille le recuperer et le stocker pour l'utiliser (toutes les 3 heures).\nLa solution serait ici: https://github.com/philippelt/netatmo-api-python\nMais je n'ai pas reussi à recuperer le nouvel acces token. :(\nje n'ai pas compris la procédure à priori.", False, 'fr'),
    ('https://github.com/KiboOst/php-simpleNetatmoAPI/issues/16', 'issue', 'other', 'other', "Oui j'ai vue çà, pas bcp de temps en ce moment et je commence à penser à virer tout netatmo, çà devient trop fermé et inutilisable dans un environnement de maison connectée...", False, 'fr'),
    ('https://github.com/KiboOst/php-simpleNetatmoAPI/issues/16', 'issue', 'other', 'other', 'C’est pénible. J’ai pas mal de produit Netatmo, dont des prises Legrand Netatmo que j’ai installé il y a moins de 6 mois.\nJe recherche de mon côté comment récupérer l’accesstoken renouvellé.', False, 'fr'),
    ('https://github.com/KiboOst/php-simpleNetatmoAPI/issues/16', 'issue', 'other', 'none', "J'ai un truc qui fonctionne, il faut que je fasse d'autres tests et que je mette à jour la doc, mais tout est fonctionnel.", False, 'fr'),
    ('https://github.com/KiboOst/php-simpleNetatmoAPI/issues/16', 'issue', 'other', 'other', "Normalement c'est bon, voir la doc dans requirements, j'ai mis en place sur mon Jeedom et tout est reparti.", False, 'fr'),
    ('https://github.com/KiboOst/php-simpleNetatmoAPI/issues/16', 'issue', 'complaint', 'other', 'Bonjour, \nj\'ai une erreur "Can\'t connect to Netatmo Server" avec cette nouvelle version.', False, 'fr'),
    ('https://github.com/CyrilP/hass-deltadore-tydom-component/issues/336', 'issue', 'complaint', 'none', 'Thank you Sleinous\n\nBefore going to crach the last log I had is:\n```\n2026-07-16 09:09:04.805 ERROR (MainThread) [custom_components.deltadore_tydom] Impossible de se reconnecter après 10 tentatives \n\n2026-07-16 09:09:04.805 INFO (MainThread) [custom_components.deltadore_tydom] Incoming message - type : 258 - message : No PONG received after 1.0 seconds \n```\n\nI notice, in my case it often in the morning. It happened at 8:40 and 9:09, might be coincidence also.', False),
    ('https://github.com/CyrilP/hass-deltadore-tydom-component/issues/336', 'issue', 'complaint', 'none', 'good morning i had again the issue today with 0.26 at around 9:51 am.', False),
    ('https://github.com/CyrilP/hass-deltadore-tydom-component/issues/416', 'issue', 'other', 'other', "problemes : tydome 2.0 qui clignote, caméras qui ne se synchronisent plus avec l'alarme\n\nbonjour\nj'ai intégré tout mon système delta dore sur mon HA via votre intégration\ntrès simple merci beaucoup !\nj'ai une tydom home pour mon gainable et mes lumières du jardin\net une tydom 2.0 pour mon alarme avec 6 caméras outdoor (celles avant la tycam guard)", False, 'fr'),
    ('https://github.com/OCA/l10n-france/issues/410', 'issue', 'complaint', 'other', 'Error 403 updating chorus info and services\n\nmodule: l10n_fr_chorus_account\nversion: 14.0\n\n**Steps to reproduce**\nI\'ve done all the Configuration steps, and when I click on "Update chorus information and services" on customer tab\n\n**Current behavior**\nI get the error:\n"Wrong request on https://sandbox-api.aife.economie.gouv.fr/cpro/structures/v1/rechercher. HTTP error code received from Chorus: 403"', False),
    ('https://github.com/OCA/l10n-france/issues/349', 'issue', 'complaint', 'other', "[Chorus]Issue with 401 and 403 without configuration changes\n\nHi @alexis-via ,\n\nHope you're doing well.\nI'm trying to use your send a facturX invoice via your chorus pro module.\nHere is the situation : \n\n- OAuth and OAuthSecret have been checked and placed in the odoo conf. Service restarted\n- technical user is properly set in the accounting configuration  of my company\n- SIRET have been checked manually on chorus\n- requirements have been checked on chorus and setup on the invoicing contact", False),
    ('https://github.com/OCA/l10n-france/issues/349', 'issue', 'other', 'none', '(facepalm) somedy has changed my technical user parameters !!!!', False),
    ('https://github.com/mewzax/Discord-RPC-Selfbot/issues/17', 'issue', 'complaint', 'other', "marche jamais\n\nque ça soit en discord.js-selfbot v11 ou v13 le code marche pas, que ça soit en v11 ou v13 ça met la même erreur qui dit que mon token est invalide alors que j'ai un token valide", False, 'fr'),
    ('https://github.com/mewzax/Discord-RPC-Selfbot/issues/17', 'issue', 'other', 'none', 'euh ça c a cause de ton token mais oui sinon le programme marche pas je vais bientot l update (y a un event qui est pas géré par la v11 et dcp ça plante au bout d un certain temps)', False, 'fr'),
    ('https://github.com/mewzax/Discord-RPC-Selfbot/issues/17', 'issue', 'complaint', 'none', "il a rien mon token, j'ai même essayé dme connecter avec mon token et ça a marché mdr c juste le truc qui bug jpense", False, 'fr'),
    ('https://github.com/AstraaDev/selfbot.py/issues/16', 'issue', 'complaint', 'none', 'Token invalid (it actually valid i tested it)\n\nThe script says its not valid, i tried the things from other issues didnt work', False),
    ('https://github.com/AstraaDev/selfbot.py/issues/16', 'issue', 'other', 'other', "Bot=False est obsolète dans le nouveau Discord.py, vous devez utiliser :\ndiscord.py == 1.7.3\naiohttp == 3.6.0\n\nPour que ça marche.\n\nDe plus, si vous n'êtes pas sous Windows, vous devez commenter la ligne 153 dans selfbot.py et tout devrait fonctionner correctement.", False, 'fr'),
    ('https://github.com/AstraaDev/selfbot.py/issues/16', 'issue', 'other', 'other', "Bot=False is deprecated in new Discord.py, you have to be using:\ndiscord.py == 1.7.3\naiohttp == 3.6.0\n\nFor it to work.\n\nAlso if you're not on windows, you need to comment out line 153 in selfbot.py and everything should work fine.", False),
    ('https://github.com/YunoHost-Apps/collabora_ynh/issues/49', 'issue', 'complaint', 'other', "Collabora sur serveur yunohost - Nextcloud files editor connexion collabora bug - Loop ?\n\nSeulement j'ai un bug que je ne parviens pas à résoudre.\nLorsque que je veux édité un document depuis mon Nextcloud cela ne fonctionne pas.\nCela commence à s'ouvrir puis j'ai deux message qui reviens en boucle.", False, 'fr'),
    ('https://github.com/redbug26/jeedom-tahoma/issues/23', 'issue', 'complaint', 'other', 'No more communication since last tahoma API update\n\nHi,\n\nSince the last tahoma API update (2019-12-03), the communication from Jeedom plugin and tahoma account is NOK. \n\nThanks a lot for your help !', False),
    ('https://github.com/redbug26/jeedom-tahoma/issues/23', 'issue', 'complaint', 'other', 'Hi,\n\nConfirmed: I got the same pb here !\nMaybe some APIs changed from Somfy side ?\n\nAgain thanks for your support on this great plugin !', False),
    ('https://github.com/redbug26/jeedom-tahoma/issues/23', 'issue', 'complaint', 'other', 'Hi,\n\nConfirmed too: Same problem since the last somfy update.\n\nThanks for support', False),
    ('https://github.com/redbug26/jeedom-tahoma/issues/23', 'issue', 'other', 'none', 'Fixed by @jordan-akki \nThanks to him', False),
    ('https://github.com/redbug26/jeedom-tahoma/issues/28', 'issue', 'other', 'other', "Plugin HS\n\nbonjour,\n\nj'utilise le plugin Tahoma depuis qques temps maintenant, sans souci.\nDepuis que je suis passé sous Jeedom 4 (4.0.51/4.0.52), l'accès au plugin est impossible (roue crantée qui tourne).\nJe vois sur le forum Jeedom que je ne suis pas tout seul dans ce cas.", False, 'fr'),
    ('https://github.com/redbug26/jeedom-tahoma/issues/28', 'issue', 'other', 'none', "Bonjour, je suis dans le même cas. Avez réussi a trouver un fix ? Problème d'incompatibilité de version ajax ?", False, 'fr'),
    ('https://github.com/redbug26/jeedom-tahoma/issues/31', 'issue', 'complaint', 'other', 'Invalid return - Connexion NOK\n\nSince a recent update of Tahoma servers, connexion to somfy account is impossible.\nAlways obtain error message when updating credentials: Invalid returnInvalid return', False),
    ('https://github.com/redbug26/jeedom-tahoma/issues/31', 'issue', 'complaint', 'none', 'the plugin worked but well but I have the same issue today', False),
    ('https://github.com/redbug26/jeedom-tahoma/issues/10', 'issue', 'complaint', 'other', "Le plugin ne fonctionne pas sur ma dernière installation jeedom\n\nBonjour,\nIl fonctionnait avant que je ne remette tout à plat (carte SD HS)\nJ'ai ça : Fichier introuvable : /var/www/html/core/php/../../plugins/tahoma/desktop/php/panel.php\nEst ce que cela a un lien avec le nom fonctionnement ?\nEt cette copie d'écran\n![000224-2018-10-24 21_09_27-plugin - jeedom - vivaldi](https://user-images.githubusercontent.com/34965806/47723937-dd6c6700-dc55-11e8-8d34-60bff23d2f9d.png)\nEt je ne vois pas sur quoi cliquer pour avoir OK à la place de NOK (synchro faite... plein de fois)\nJe me connecte sans pb à ma box Tahoma.\nHelp...", False, 'fr'),
    ('https://github.com/redbug26/jeedom-tahoma/issues/10', 'issue', 'other', 'other', 'Ah ke je viens de trouver !\nIl faut "donner l\'accès à distance à la box" sur la page "https://www.somfy.fr/espace-personnel/ma-box-domotique"\nEt là NOK devient OK.\nEt bien sûr synchroniser.\nEt "je vois tout" !\nJ\'en aurai passé du temps sur ça...', False, 'fr'),
    ('https://github.com/dubocr/homebridge-tahoma/issues/381', 'issue', 'complaint', 'other', "Error 401 Bad credentials (AUTHENTICATION_ERROR)\n\nBonjour,\n\ndepuis quelques temps, j'obtiens une erreur au login. Ma box est une Rexel\n\nen vérifiant -> https://dev.duboc.pro/homebridge-tahoma c'est l'erreur 401 qui m'est retournée.\n\nJe ne trouve pas la cause de mon soucis ! ?", False, 'fr'),
    ('https://github.com/dubocr/homebridge-tahoma/issues/381', 'issue', 'other', 'other', "Bonjour,\n\nMalheureusement Rexel a mis en place une authentification déportée (authentification sur leurs infrastructures permettant ensuite de se connecter sur les serveurs applicatifs d'Overkiz).\nEt je n'ai pas connaissance du serveur d'authentification ni des clés.", False, 'fr'),
    ('https://github.com/guirem/plugin-googlecast/issues/73', 'issue', 'other', 'other', "Integration automatique des Jeton Google Assistant/Home\n\n## Description\n\nDans la continuité du Issue#47, un script est mis à disposition pour récupérer les jetons Googles en JSON.\nL'ideal serait de l'intégré afin que ces jetons se mettent/updates tout seul car ils changement régulièrement.", False, 'fr'),
    ('https://github.com/CovidTrackerFr/vitemadose/issues/227', 'issue', 'complaint', 'other', "Doctolib - Whitelisting echec\n\nBonjour,\nJe suis désolé j'ouvre une issue même si il ne s'agit pas d'une erreur mais bien d'un problème de notre côté !\nNous essayons d’implémenter votre solution pour le compte de la Métropole Aix Marseille Provence afin de proposer votre service aux citoyens de la région sur le portail qui référence les services Métropolitains.\nBien entendu nous y faisons clairement référence à votre travail et à votre site.\n\nTout marche parfaitement sauf l'import des données Doctolib. Ils nous bloquent dès le second appel.", False, 'fr'),
    ('https://github.com/CovidTrackerFr/vitemadose/issues/227', 'issue', 'other', 'other', 'Bonjour,\n\nMerci pour votre message. Nous ne pouvons malheureusement pas vous aider sur ce point, nous sommes indépendants de Doctolib. Ce dépôt n’a pas été créé dans le but d’être implémenté plusieurs fois, cela pouvant surcharger les plateformes de réservation.', False, 'fr'),
    ('https://github.com/dunglas/vaccin.click/issues/27', 'issue', 'complaint', 'other', "Doctolib se protège avec une file d'attente...\n\nDepuis hier, rien ne se passait avec l'extension... En regardant maintenant, je vois que Doctolib se protège contre notre spam...", False, 'fr'),
    ('https://github.com/dunglas/vaccin.click/issues/27', 'issue', 'other', 'other', "Ah j'ai eu ça une fois aussi au moment du développement, mais je n'ai jamais réussi à reproduire. J'ai l'impression que ça fait ça que lorsque les serveurs  de Doctolib sont chargés.", False, 'fr'),
    ('https://github.com/dunglas/vaccin.click/issues/27', 'issue', 'other', 'other', "J'ai vu cette page le jour de l'ouverture de la vaccination à tous pour les créneaux vides. Depuis, plus rien. Je n'aurais donc pas tendance à dire que c'est lié à ton addon car plutôt lié aux évènements ?\nCela dit, je suis loggé sur doctolib depuis. Etais-tu loggé sur doctolib @pirquessa ?", False, 'fr'),
    ('https://github.com/dunglas/vaccin.click/issues/27', 'issue', 'other', 'none', 'Je clos, je reproduis plus', False, 'fr'),
    ('https://github.com/home-assistant/frontend/issues/27033', 'issue', 'complaint', 'other', "Bug Somfy with Overkiz\n\nBonjour, il y a peu, j'ai tenté de rajouter l'intégration somfy with overkiz sur home assistant. Malheureusement, j'ai un message me disant erreur unnatendue. Lorsque le mot de passe entré est erroné, l'intégration affiche clairement : erreur d'authentification. Mais la, le mot de passe et le nim d'utilisateurs étaient bon, et j'ai le message erreur innatendue.", False, 'fr'),
    ('https://github.com/TrogloGeek/prestashop-tggatos-module/issues/106', 'issue', 'other', 'other', 'Problème installation sous prestashop 1.7.6.4\n\nBonjour, tout d\'abord merci de proposer ce plugin. \n\nPar contre j\'essaye d\'installer le plugin sous Prestashop 1.7.6.4 mais il m\'affiche une erreur: \n"Ce fichier ne semble pas être un fichier .zip de module valide."', False, 'fr'),
    ('https://github.com/TrogloGeek/prestashop-tggatos-module/issues/106', 'issue', 'other', 'none', 'Bonjour, avez-vous bien renommé le dossier conteneur du module en tggatos avant de faire votre fichier ZIP ?', False, 'fr'),
    ('https://github.com/home-assistant/core/issues/83571', 'issue', 'complaint', 'other', 'Hello,\n\nI have exactly the same issue. The Overkiz integration works fine with my Tahoma setup, but I get the "Authentification non valide" when I try to setup my Cozytouch account', False),
    ('https://github.com/home-assistant/core/issues/75394', 'issue', 'complaint', 'other', '[Overkiz, Somfy] Unable to authenticate against Atlantic Cozytouch\n\nHello,\n\nAfter installing a NaviClim kit to automate my four Atlantic AC, i\'m unable to add Overkiz integration to HA, after entering my credentials following message is display "Authentification non valide"', False),
    ('https://github.com/home-assistant/core/issues/75394', 'issue', 'other', 'other', 'Thanks for reporting. We just received a similar report from another user, also using CozyTouch. https://github.com/iMicknl/ha-tahoma/issues/816\n\nPerhaps CozyTouch did change their authentication method, as other vendors have done in the past.', False),
    ('https://github.com/home-assistant/core/issues/153721', 'issue', 'complaint', 'other', 'Overkiz expired authentification (Cozytouch)\n\n### The problem\n\nThe overkiz integration (via Cozytouch) integration shows an unexpired authentification and all related entities became unavailable.\n\nI have to manually re-enter my Cozytouch passowrd to re-authentificate.', False),
    ('https://github.com/home-assistant/core/issues/153721', 'issue', 'complaint', 'none', 'Hi there, I confirm, exact same problem.\nFirst set up september 8. Connection expired on october 5...', False),
    ('https://github.com/ptibogxiv/doliconnect/issues/15', 'issue', 'complaint', 'stripe', "Echec paiement Stripe mode bac à sable\n\ntentative de paiement d'un service par cb via stripe en mode bac à sable\ntout va bien, mais après avoir cliqué sur paiement on est redirigé vers ça", False, 'fr'),
    ('https://github.com/ptibogxiv/doliconnect/issues/15', 'issue', 'other', 'none', "faut que je regarde d'ou ça vient...", False, 'fr'),
    ('https://github.com/ptibogxiv/doliconnect/issues/15', 'issue', 'complaint', 'other', "observation du jour\n\nmaintenant on est redirigé vers le panier, qui apparait vide ; la commande est bien créé, mais n'apparait pas comme payé dans dolibarr", False, 'fr'),
    ('https://github.com/ptibogxiv/doliconnect/issues/15', 'issue', 'other', 'none', 'fixé !', False, 'fr'),
    ('https://github.com/sabinus52/jeedom-smartlife/issues/11', 'issue', 'complaint', 'other', 'Problème avec la connexion du compte tuya\n\nBonjour\nJ’arrive pas a me connecter sur Le volet configuration à mon compte smartlife/tuya\nJ’ai essayé tous les configurations possibles mais sans Succès\nJe me trouve au Maroc code +212\nJ’ai changé le mot de passe de mon compte plusieurs fois toujours rien', False, 'fr'),
    ('https://github.com/sabinus52/jeedom-smartlife/issues/11', 'issue', 'other', 'other', "Bonjour,\n\nSuite à différents retours que j'ai eu, il est **préférable** de se connecter via le numéro de téléphone utilisé lors de l'inscription à Tuya/SmartLife, au lieu de l'email.\nPour le code pays, il ne faut pas mettre le **+** juste **212** dans ton cas", False, 'fr'),
    ('https://github.com/sabinus52/jeedom-smartlife/issues/11', 'issue', 'complaint', 'other', 'bonjour Sabinus52,\n\nje viens d’installer ton plugin smartlife qui tombre à pic :wink: MERCI\njeedom box, smartife,\nmais impossible de me connecter, internal error 500.', False, 'fr'),
    ('https://github.com/jeedom/core/issues/3193', 'issue', 'complaint', 'other', "bonjour, depuis quelque jours je n'ai plus accès a ma boxe dans jeedom market. quand je me connect avec mon PC voila se que j'ai dans la page de mise a jour. Erreur sur la vérification des mises à jour : Code : -32026\nMessage : Utilisateur non valide. Merci de configurer correctement vos identifiants market dans la configuration de Jeedom\n Dernière vérification : 2025-11-19 23:49:07. pouvez vous m'aider? cordialement", False, 'fr'),
    ('https://github.com/jeedom/core/issues/3193', 'issue', 'other', 'other', 'Sur votre box Jeedom,dans Configuration/systeme/réglages puis onglet Market,votre identifiant et mot de passe sont ils bien rentrés ? Faire un Tester/Synchroniser sur cette même page pour vérifier le tout', False, 'fr'),
    ('https://github.com/jeedom/core/issues/3419', 'issue', 'other', 'other', "Bonjour \nDepuis le 7 juillet, je suis dans l'impossibilité de me connecter via le le DNS ou l'ip en direct.\nMon jeedom me dit que mon login ou mot de passe est incorrect, ce qui est faux.", False, 'fr'),
    ('https://github.com/jeedom/core/issues/3419', 'issue', 'other', 'none', "Bonjour,\n\nPour toute demande liée à l'usage de Jeedom nous vous invitons à passer par un sujet sur le forum ou par un ticket auprès du support.", False, 'fr'),
    ('https://github.com/anisite/DepotQuebec/issues/112', 'issue', 'complaint', 'other', "Noovo\n\nCa fonctionnais bien, puis sans raison apparente, au fil de la semaine, on ne peut plus se connecter\nCa ne laisse pas de Log dans le journal des évènement, donc impossible de connaitre la cause de l'erreur\nImpossible de voir les options de l'Add On aussi, donc je ne sais pas si d'autres ont ce problème de connexion aussi?", False, 'fr'),
    ('https://github.com/anisite/DepotQuebec/issues/112', 'issue', 'complaint', 'other', 'Moi j’ai accès au informations de l’add-on mais rien d’autre\n\nNoovo fonctionnait bien il y a une semaine et tout d’un coup plus rien il n’ouvre plus et fait un erreur de consulter le journal', False, 'fr'),
    ('https://github.com/anisite/DepotQuebec/issues/112', 'issue', 'other', 'none', 'Version 3.0.6 en cours de déploiement, tenez moi informé merci', False, 'fr'),
    ('https://github.com/anisite/DepotQuebec/issues/112', 'issue', 'other', 'none', "C'est réglé Avec le 3.0.6 ! Merci !!!", False, 'fr'),
    ('https://github.com/betagouv/rdv-service-public/issues/3330', 'issue', 'complaint', 'other', "Erreurs diverses lors de la connexion FranceConnect\n\nNous avons un ensemble hétérogène d'erreurs en rapport avec notre callback FranceConnect :", False, 'fr'),
    ('https://github.com/betagouv/rdv-service-public/issues/3167', 'issue', 'complaint', 'other', "Activer FranceConnect sur rdv-aide-numerique.fr\n\n## Actuellement\n\n* Comportement actuel : lorsqu'on se connecte avec le bouton FranceConnect depuis le domaine rdv-aide-numerique.fr, ona toujours une erreur : `Nous n’avons pas pu vous authentifier via Franceconnect : ‘Invalid ‘state’ parameter’`", False, 'fr'),
    ('https://github.com/betagouv/rdv-service-public/issues/3167', 'issue', 'other', 'other', "J'ai envoyé un mail au support FranceConnect pour qu'on retrouve nos identifiants : https://zammad10.ethibox.fr/#ticket/zoom/3721", False, 'fr'),
    ('https://github.com/betagouv/rdv-service-public/issues/3167', 'issue', 'other', 'other', "OK, les identifiants on été retrouvés et stockés dans le Nextcloud, j'ai fait une demande d'ajout du domaine rdv-aide-numerique.fr, ils doivent maintenant valider à la main. :heavy_check_mark:", False, 'fr'),
    ('https://github.com/betagouv/rdv-service-public/issues/3167', 'issue', 'other', 'other', "J'enlève le ticket bug, puisqu'on a enlevé le bouton de connexion France Connect sur RDV Aide Numérique, et donc il n'y a pas directement de dysfonctionnement,", False, 'fr'),
    ('https://github.com/Immersion-Facilitee/immersion-facile/issues/2565', 'issue', 'complaint', 'other', "ETQ prescripteur je ne peux me connecter à mon espace via pro connect\n\n### :bug: Le problème\n\nJ'ai un message d'erreur : Accès impossible\nNous n'arrivons pas à vous connecter à votre service en ligne pour l'instant.\n\ncode erreur : Y030118", False, 'fr'),
    ('https://github.com/Immersion-Facilitee/immersion-facile/issues/2565', 'issue', 'other', 'none', 'Corrigé en prod', False, 'fr'),
    ('https://github.com/etalab/admin_api_entreprise/issues/1128', 'issue', 'complaint', 'other', "Connexion impossible en local avec MonComptePro\n\nJ'ai installé en local, avec Docker, cette application.\n\nAprès les migrations, je tente de me connecter et je suis redirigé vers cette adresse `https://app-test.moncomptepro.beta.gouv.fr/oauth/authorize?client_id=4442bfd8caac8e19ff202d33060edcd248592662d5a8098e28b706ba906fe9e0db95ad336c38248f42896db272990b8dfc969d8b8857101dabf9b2ffe7ec49b9&redirect_uri=http%3A%2F%2Fentreprise.api.localtest.me%3A5000%2Fauth%2Fapi_gouv_entreprise%2Fcallback&response_type=code&scope=openid+email&state=1aa2f96db0704ed449e42ba1718ecafe44193a3b1b4593c1` et j'obtiens le message suivant :\n\n> Erreur 400\n>            invalid_redirect_uri: redirect_uri did not match any of the client's registered redirect_uris", False, 'fr'),
    ('https://github.com/etalab/admin_api_entreprise/issues/1128', 'issue', 'other', 'none', "Cela m'étonne car cela fonctionne pour moi.\n\nJe vais creuser voir.", False, 'fr'),
    ('https://github.com/etalab/admin_api_entreprise/issues/1128', 'issue', 'complaint', 'none', "Ok, en fait aujourd'hui ça ne marche plus même sur le 3000 (la semaine dernière ce n'était pas le cas).\n\nJe vais creuser ça.", False, 'fr'),
    ('https://github.com/Grafikart/Grafikart.fr/issues/328', 'issue', 'complaint', 'other', 'Connexion FB/Google/Github\n\nHello hello, juste pour signaler que la connexion via les réseaux ne fonctionne plus\n\nErreur 400 : redirect_uri_mismatch', False, 'fr'),
    ('https://github.com/Grafikart/Grafikart.fr/issues/328', 'issue', 'other', 'none', "Tu peux me donner la page d'origine car le redirect m'étonne beaucoup ici.", False, 'fr'),
    ('https://github.com/Grafikart/Grafikart.fr/issues/328', 'issue', 'other', 'none', 'Tout fonctionne actuellement, je sais pas si tu as touché à quelque chose de ton coté.', False, 'fr'),
    ('https://github.com/d-r-e/rncp/issues/181', 'issue', 'complaint', 'other', '[BUG] The site is not loading anymore\n\nThe site is not loading anymore when we try to access it by login in with intra 42. It just redirects to the landing page.\nThe API seems to be sending a 401 UNAUTHORIZED error.\n"Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method."', False),
    ('https://github.com/d-r-e/rncp/issues/181', 'issue', 'other', 'none', 'Sorry, indeed, expired API secret. Thanks for the report, The app is back online.', False),
    ('https://github.com/d-r-e/rncp/issues/181', 'issue', 'complaint', 'none', 'Hey I think the secret is expired again', False),
    ('https://github.com/d-r-e/rncp/issues/181', 'issue', 'other', 'none', 'Thanks again, replaced the api key.', False),
    ('https://github.com/d-r-e/rncp/issues/181', 'issue', 'complaint', 'none', 'Hey, I think it is time again', False),
    ('https://github.com/Minims/SomfyProtect2MQTT/issues/248', 'issue', 'complaint', 'none', "token rate limit\n\nBonjour, depuis ma dernière update j'ai cette erreur, une idée ?", False, 'fr'),
    ('https://github.com/Minims/SomfyProtect2MQTT/issues/248', 'issue', 'complaint', 'none', 'Hello,\nMême souci...', False, 'fr'),
    ('https://github.com/Minims/SomfyProtect2MQTT/issues/248', 'issue', 'other', 'none', 'Hello,\n\nJe viens de release la 2026.4.0 suite a un soucis similaire.', False, 'fr'),
    ('https://github.com/Minims/SomfyProtect2MQTT/issues/248', 'issue', 'complaint', 'none', 'Malheureusement, ça ne fonctionne pas mieux avec la 2026.4.0', False, 'fr'),
    ('https://github.com/Minims/SomfyProtect2MQTT/issues/160', 'issue', 'complaint', 'other', "'401 Client Error: Unauthorized for url' Issue after some weeks of usage\n\nHi,\n\nI got an issue after some weeks of usage without any problem and restart.\n\nImpossible to get the Somfy Alarm Status.", False),
    ('https://github.com/Minims/SomfyProtect2MQTT/issues/160', 'issue', 'other', 'none', "Hello,\n\nest ce que plus haut dans les logs tu n'as pas une erreur lors du refresh du token que je puisse voir à quel moment je peux peut etre retenter une identification.", False, 'fr'),
    ('https://github.com/alxscms/homebridge-somfy-protect/issues/22', 'issue', 'other', 'other', "[Somfy Protect] Request failed with status code 400\n\nBonjour,\n\nVoici le message d'erreur que je reçois dans Homebridge. Sinon le fonctionnement a l'air correct. Si quelqu'un a une idée?", False, 'fr'),
    ('https://github.com/Laxilef/OTGateway/issues/158', 'issue', 'complaint', 'other', 'TokenExpiredError\n\nHello,\n\nAfter months of usage, I just noticed that I am no more able to run any command, due to token expiration.\nMy understanding is that I do not manage this token myself: I just need to provide Somfy account credentials.\nI just checked that I am still able to address my alarm from my iOS dedicated app.', False),
    ('https://github.com/flobz/psa_car_controller/issues/1064', 'issue', 'complaint', 'other', "Need to redo OTP after each HA server restart\n\nEach time I reboot HA (latest version 2025.04) and latest version of PSA Car controller, I need to redo the OTP procedure.\nThis used to work like a year ago...\nIs that a normal thing or it's a bug?", False),
    ('https://github.com/flobz/psa_car_controller/issues/1064', 'issue', 'complaint', 'none', 'I have the same issues... it appeared with latest PSA update', False),
    ('https://github.com/nursit/bank/issues/62', 'issue', 'complaint', 'other', 'PayZen : bug sur paiement avec un accent dans le nom du site\n\n> Bonjour,\n>\n> Nous avons eu un bogue sur le formulaire de paiement qui vient d’être identifié et qui semble apparu avec les dernières mises à jour. Après moultes investigations, notre développeur pu trouver : cela provenait du nom du site qui était encodé en HTML au lieu de laisser les caractères bruts. Un mot du nom contenait un accent et créé donc un décalage dans la génération de la signature de paiement, créant ainsi un refus chez Payzen.', False, 'fr'),
    ('https://github.com/vlourme/vintedpy/issues/9', 'issue', 'complaint', 'other', "hikari.errors.UnauthorizedError: Unauthorized 401\n\nHey , I've got this error : \nhikari.errors.UnauthorizedError: Unauthorized 401: '401: Unauthorized' for https://discord.com/api/v10/gateway/bot", False),
    ('https://github.com/vlourme/vintedpy/issues/9', 'issue', 'other', 'none', "J'ai mis mon token dans le .env.exemples, et j'ai juste enlever le .example, je l'ai laisser en .env", False, 'fr'),
    ('https://github.com/home-assistant/core/issues/125615', 'issue', 'complaint', 'other', "Netatmo Cloud becomes unavailable\n\n### The problem\n\nThis will be the third time I'f installed Netatmo.\nIt works fine for several days before becoming unavailable.", False),
    ('https://github.com/home-assistant/core/issues/125615', 'issue', 'complaint', 'other', 'Hello.\n\nHave the impression that HA loses the Netatmo access token when updating to\nnewer Core or Operating System.\nWhen having a HA problem where you decide to reinstall a saved previous HA\nversion it also loses the Netatmo access token.\nI’f noticed that because every time you delete and reinstall the Netatmo\nintegration it works again.', False),
    ('https://github.com/home-assistant/core/issues/99120', 'issue', 'complaint', 'other', 'Netatmo integration and use no longer works\n\n### The problem\n\nTo have a wide range of Netatmo products in our home automation system (26 units and 106 entities), Home Assistant is no longer used because nothing works.', False),
    ('https://github.com/hove-io/navitia/issues/4343', 'issue', 'complaint', 'other', '"Permission Denied" when accessing API after generating token\n\n**Describe the bug**\nI am encountering an issue when trying to access the Navitia API using the token I generated, as described in the documentation. After following the token generation process, I receive the following error message when attempting to access the API either in a web browser or from a Databricks notebook:', False),
    ('https://github.com/hove-io/navitia/issues/4343', 'issue', 'other', 'none', "Hi @aghassen it's normal, this free service as been discontinued on 2024-10-31.", False),
    ('https://github.com/theopenconversationkit/tock-bot-open-data/issues/3', 'issue', 'complaint', 'other', 'How to set credentials to the sncf api\n\nI fail to use tock bot open data due to \n\n```\n<-- 401 UNAUTHORIZED https://api.sncf.com/v1/coverage/sncf/places?q=Lille (639ms)', False),
    ('https://github.com/theopenconversationkit/tock-bot-open-data/issues/3', 'issue', 'other', 'other', 'from the README : \n\n> You will need a (free) SNCF Open Data key and to set the environment var (see OpenDataConfiguration).', False),
    ('https://github.com/theopenconversationkit/tock-bot-open-data/issues/3', 'issue', 'other', 'none', 'Ok I set my username instead of my tocken.', False),
    ('https://github.com/etalab/transport-site/issues/2818', 'issue', 'other', 'none', "Vérification de la disponibilité des ressources API et réponse 401\n\nSoulevé par IDFM, [sur leur JDD](https://transport.data.gouv.fr/datasets/horaires-prevus-sur-les-lignes-de-transport-en-commun-dile-de-france-gtfs-datahub).\n\nConsidérer que pour les ressources SIRI, une réponse 401 n'est pas une erreur ?", False, 'fr'),
    ('https://github.com/etalab/transport-site/issues/2818', 'issue', 'other', 'none', "Autre idée : avoir une clé privée qui nous permet de faire la vérification en mode authentifié. Je crains qu'on ai des faux positifs sinon...", False, 'fr'),
    ('https://github.com/cormoran-io/retriever-cases/issues/2737', 'issue', 'complaint', 'other', "Alte Leipziger\n\nEst désactivé depuis plusieurs jours.\nDu coup les contributions au NDSP sont impossibles (un worker s'en est plaint).\n\nQuel est le statut de ce scraper?", False, 'fr'),
    ('https://github.com/cormoran-io/retriever-cases/issues/2737', 'issue', 'other', 'none', "@mimbaud En effet on pourrait demander à Richard d'effectuer l'action requise sur son compte, pour voir si le scraper fonctionne après ça.", False, 'fr'),
    ('https://github.com/cormoran-io/retriever-cases/issues/2737', 'issue', 'other', 'none', "DP réactivé, l'action de RIchard sur son compte a bien résolu le problème @mimbaud", False, 'fr'),
    ('https://github.com/Sim08570/Simple-Email-Checker/issues/2', 'issue', 'other', 'none', "Erreur API\n\nBonjour,\nVoici une erreur que l'on peut rencontrer:\n`details=data['details']`\n`KeyError: 'details'`\nOr, il serait bien de préparer une condition qui justement check si il n'y a pas d'erreur, car la cause est: en réalité:\n`The concurrent connection limit has been exceeded.`", False, 'fr'),
    ('https://github.com/Sim08570/Simple-Email-Checker/issues/2', 'issue', 'other', 'none', "L'erreur viens de la ****clé API**** il faut renouvelé 😉", False, 'fr'),
    ('https://github.com/Sim08570/Simple-Email-Checker/issues/2', 'issue', 'other', 'none', "Ok, merci, je pensais pas qu'il fallait que l'on s'en créer une.", False, 'fr'),
    ('https://github.com/collec-science/collec-science/issues/727', 'issue', 'complaint', 'none', "Pb d'accès à l'API getDetail\n\nLa connexion ne semble pas se faire correctement, ou la requête pose problème. Bug découvert par Nadine R.", False, 'fr'),
    ('https://github.com/collec-science/collec-science/issues/727', 'issue', 'other', 'none', "Plusieurs problèmes : \n- droits en lecture mal positionnés dans le serveur pour la clé privée utilisée pour chiffrer le jeton \n- mauvaise configuration des droits pour le compte considéré et l'échantillon interrogé.", False, 'fr'),
    ('https://github.com/home-assistant/frontend/issues/24236', 'issue', 'complaint', 'other', "intégration Alexa sans cloud dysfonctionne\n\nDepuis la mise a jour 2025.1.1 voir peut être 2024.12.1, je ne peux préciser car nous venons de soulever le problème, l'intégration Alexa sans Cloud ne semble plus vouloir fonctionner\n\nL'intégration est toujours active car dans l'application Alexa tous les Devices sont bien présents, reconnus et affichant leurs statut\nLe problème commence quand je demande a Alexa d'éteindre ou allumer des lumières, prises ou autres Devices", False, 'fr'),
    ('https://github.com/guirem/plugin-googlecast/issues/47', 'issue', 'complaint', 'other', "Changement dans l'API Google.\n\n## Description\n\nGoogle a changé des éléments dans son API.\nTout est décrit ici :", False, 'fr'),
    ('https://github.com/guirem/plugin-googlecast/issues/47', 'issue', 'complaint', 'other', "L'accès à /setup/eureka_info fonctionne encore (comme indiqué dans le second lien que j'ai mis) sur mes GH Mini mais plus l'accès à l'alarm par exemple (ce qui m'a fait m'en rendre compte car je l'utilise dans mes scénarios) ou d'autres URLs.", False, 'fr'),
    ('https://github.com/guirem/plugin-googlecast/issues/47', 'issue', 'other', 'other', "Hi,\n\nIt seems there isn't any easy fix/solution for now.\nUnfortunately this is not really a bug but more an evolution of Google API that's causing this feature to stop working.", False),
    ('https://github.com/guirem/plugin-googlecast/issues/47', 'issue', 'other', 'none', 'implemented in version 2.15', False),
    ('https://github.com/home-assistant/home-assistant.io/issues/24229', 'issue', 'complaint', 'other', 'Error on add integration\n\n### Feedback\n\nHi, when i try to add integration i have the message : "Des données de jeton non valides ont été reçues"\n\nCan you tell me why?', False),
    ('https://github.com/home-assistant/home-assistant.io/issues/24229', 'issue', 'other', 'other', 'probleme solve with  add a new idclient oauth', False),
    ('https://github.com/pvarry/intra42/issues/10', 'issue', 'complaint', 'other', "Connexion impossible\n\nHello, déjà merci pour l'appli, elle est bien pratique ^^\nJ ai changer de portable et installer le appli. Ne recevant pas de notification (toute les autorisations étais au vert) , je l ai desinstaller puis re-installer\nSauf que maintenant je peux plus me connecter, j ai le message `chain validation failed`", False, 'fr'),
    ('https://github.com/pvarry/intra42/issues/10', 'issue', 'other', 'none', "Salut,\n\nJ'ai un problème de certificat SSL sur le serveur d'authentification.\nCe sera fix d'ici peu de temps", False, 'fr'),
    ('https://github.com/pvarry/intra42/issues/10', 'issue', 'other', 'none', 'Je peux me connecter de nouveau , merci !', False, 'fr'),
]
