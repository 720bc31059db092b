# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 503 (mine-b503): FRENCH, second pass - French-written issue threads about integrations, API keys, tokens,
# webhooks, sync and connections between systems, in domains not mined by b464 / b443 / b489: French payment and
# e-commerce modules (SIPS/Atos TggAtos for PrestaShop, Dolibarr <-> WooCommerce ecommerceng / WooSync, PrestaShop
# webservice keys, Mailjet, a Stripe/Chargily webhook PR), ProConnect / AgentConnect logins in French public-service
# products (Visio/meet, immersion-facile, egapro, rdv-service-public, mon-aide-cyber, csplab, les-emplois), YunoHost apps
# (OnlyOffice <-> Nextcloud connector, Mastodon, PeerTube), Nextcloud sync (osm-fr, b3desk, Cospend/MoneyBuster), GLPI
# mail collector with Office 365 OAuth, GeoNature mobile, RTE Tempo / Ecowatt API keys (Home Assistant, Tasmota), the
# RATP schedules API, GRDF Gazpar, OpenPortability <-> Pleroma, a Freebox / Home Assistant thread, plus French near
# misses (key/token error messages, UX tickets, PR descriptions). 81 of the 97 rows are French (7th element 'fr');
# 16 rows from the same threads are English and carry no language element.
# Complaints are writers saying that a connection between two systems fails now: "Erreur durant la tentative de
# connexion (Statut de vérification d'intégrité incorrect)" (OnlyOffice connector), "ERR! Error: Invalid access token"
# (Mastodon on YunoHost), "Token n'est pas valide et je ne peux pas me connecter" (PeerTube private instance behind the
# YunoHost SSO), "\"Echec lors de l'authentification.\" avec des identifiants valides" (GeoNature mobile), "504 Gateway
# Time-out" / "erreur 500 quand je lance la synchro des commandes" (Dolibarr <-> WooCommerce), "unable to restore Cart
# ..., cannot process bank response" and an "internal server error" on the bank return URL (SIPS/Atos), "j'ai toujours
# en retour une erreur 400" (Mailjet API), "Authentication failed ... 535-5.7.8 Username and Password not accepted"
# (contact form mail through Gmail), "j'obtiens un 403 forbiden" / "HTTP code 500 ... COMMON_ERROR_T03" (RTE Tempo),
# "[Login error] EMAIL_INVALID_FORMAT" (GRDF), ProConnect errors ("Unable to get id_token meta data", an error page on
# login), the GLPI collector not fetching Office 365 mail after installing the OAuth plugin, "Nextcloud ne semble pas se
# synchroniser" / "Je réouvre ! cela patine ce matin", "L'API semble down" and "Internal Server Error" on the RATP
# schedules API, the webservice call of ikurso failing, and "+1 / still failing" replies ("C'est Dolibarr quite renvoit
# le 504", "J'ai comme l'impression que le même bug est présent sur l'authentification pour la reconnection").
# Near misses kept (label other): maintainers' questions and diagnoses ("Qui renvoit le 504 ? WooCommerce, Dolibarr ?",
# "L'application onlyoffice doit être accessible publiquement, est-ce le cas?", "le compte chez GRDF est crée?", "Avez-vous
# bien entré `ID Client` et `ID Secret` ?", "Ce doit être un problème de timeout sur la synchro", Mailjet's "Nous
# réservons cet espace ..."), works-now / my-mistake follow-ups ("C'est bon ! ... j'ai utilisé sur la version prod des clé
# de la dev", "effectivement l'authentification fonctionne, merci !", "L'API est de nouveau fonctionnelle", "Ça semble
# être revenu dans l'après midi, je clos", "oui cela semble fonctionner pour moi aussi, désolé du bruit !", "C'est
# réparé."), PR titles/descriptions of fixes (egapro ProConnect Identité -> Fédération, rdv-service-public revert,
# pass-culture expired-token error codes, b3desk Nextcloud connection, seenthis API error message, papillon-python token
# fix, Stripe/Chargily fail-closed webhooks, cartobio, l10n_fr_chorus_account, PrestaShop WS 401 page), task and UX
# tickets about key/token error wording (adresse.data.gouv.fr, simplonline, Eno WS KO, osis-portal, territoires en
# transitions, flux-retour-cfas, elec-ha RTE client, csplab ProConnect user story), how-to questions (odoo-expert bearer
# token, RTE Ecowatt application / client_id), a game access key in Wegas (not a connection between systems), train
# delays not shown by the SNCF API integration (data content, not a failing connection), bank-account validation in a
# Quebec form (MTESSDev/FRW), a WooSync/WPML line-mapping question, a payment module that shows no payment method
# because a table is missing (TggAtos #107), the egapro redirect after a working ProConnect login, and FluentCleaner's
# API-key request page error (doubt: the key request fails on the vendor's page, no connection is attempted yet).
# Label calls / doubts: exposure_mentioned is True only for horaires-ratp-api #104 "J'ai trouvé des accès à leur API en
# clair sur GitHub aussi" (credentials of the IDFM API found in clear on GitHub); the same thread's "Je me suis dit que
# t'avais besoin que du token, donc je l'ai donné :)" (a token handed to the maintainer on purpose) is not exposure.
# The Mastodon and PeerTube YunoHost reports are complaints because the failure sits between the app and the YunoHost
# SSO/LDAP; TggAtos #95 (payment validated but the bank user-return URL answers 500) is a complaint, borderline;
# ikurso #972 is a maintainer's own task title about a failing webservice call (complaint, borderline); the GRDF reply
# "Mon compte est parfaitement activé sur le site ..." is kept as complaint (still failing after the maintainer's
# checks); the osm-fr #58 late reply about the whole server being slow (web and sync) was not kept (not clearly between
# two systems). Integration is 'stripe' only for the Stripe/Chargily PR; 'other' when a product is named (Nextcloud,
# WooCommerce, Mailjet, ProConnect, RTE, GRDF, Office 365, Mastodon, PeerTube, Pleroma, Freebox, SIPS ...), 'none' for
# generic replies. Complaints are 35 of 97: the French threads found had many maintainers' replies, PR descriptions and
# UX tickets around key and token errors, kept as near misses rather than padded with weaker complaints.
# Sources (issues corpus; texts copied from the excerpts the `search` tool returned - a title plus the first sentences,
# or one comment - trimmed at line ends, never reworded or translated; logs cut after their first lines):
#  MFYDev/odoo-expert #11, BaseAdresseNationale/adresse.data.gouv.fr #23, Heigvd/Wegas #1210, InseeFr/Eno #1162,
#  mission-apprentissage/flux-retour-cfas PR #3351, axel584/ikurso #972, simplonco/simplonline #83, OCA/l10n-france PR
#  #425, numerique-gouv/b3desk PR #242, YunoHost-Apps/onlyoffice_ynh #225, YunoHost-Apps/mastodon_ynh #69,
#  YunoHost-Apps/peertube_ynh #119, builtbybel/FluentCleaner #168, seenthis/seenthis_squelettes PR #240,
#  PnX-SI/gn_mobile_occtax #228, OPEN-DSI/ecommerceng #6, OPEN-DSI/ecommerceng_woosync #24 #64, PapillonApp/papillon-python
#  PR #12, frtz13/homeassistant_gazpar_cl_sensor-deprecated #47, suitenumerique/meet #478, Immersion-Facilitee/
#  immersion-facile #4989, SocialGouv/egapro PR #3862 and #2391, betagouv/mon-aide-cyber PR #802, betagouv/
#  rdv-service-public PR #5666, betagouv/csplab #517, mailjet/mailjet-apiv3-php-simple #78, pass-culture/
#  pass-culture-main PR #3203 #7376, pgrimaud/horaires-ratp-api #104 #105 #94, Master13011/SNCF-API-HA #14,
#  home-assistant/core #132333, MTESSDev/FRW #284, glpi-project/glpi #11877, ISCPIF/OpenPortability #37,
#  julien-nc/cospend-nc #315, osm-fr/infrastructure #58, TrogloGeek/prestashop-tggatos-module #112 #107 #95,
#  gip-inclusion/les-emplois PR #6750, kitokoh/leopardo-hr PR #2758, open4good/open4goods #44, uclouvain/osis-portal
#  #420, incubateur-ademe/territoires-en-transitions #1169, AgenceBio/cartobio-front PR #213, PrestaShop/PrestaShop #11799
#  and PR #2381, Bukimedia/PrestaSharp #177, hekmon/rtetempo #38 #60, kamaradclimber/rte-ecowatt #92 and PR #17,
#  NicolasBernaerts/tasmota #16, m-maillot/elec-ha #17.
# Look-ups (40 of 40; no fetch): issues corpus - "Odoo Chorus Pro connexion échoue erreur token", "module PrestaShop
# Colissimo erreur identifiants API ne fonctionne plus", "Mondial Relay module erreur webservice clé invalide", "pont
# Matrix bridge déconnecté ne fonctionne plus depuis", "synchronisation ne fonctionne plus depuis la mise à jour erreur
# 401 jeton expiré", "PayPlug SystemPay Lyra module paiement notification IPN ne fonctionne pas commande non validée",
# "Nextcloud application connexion au serveur impossible identifiants refusés bonjour", "Qonto API clé identifiant erreur
# bonjour", "YunoHost application LDAP SSO connexion échoue après mise à jour", "Mastodon bot token invalide ne publie
# plus erreur 401", "bonjour depuis quelques jours l'API renvoie une erreur d'authentification, mes identifiants sont
# corrects", "webhook ne reçoit plus les notifications depuis hier bonjour", "module Lengow PrestaShop WooCommerce
# synchronisation commandes erreur connexion", "Pennylane Shine Swan API intégration erreur jeton bonjour", "Gazpar GRDF
# intégration plus de données erreur connexion identifiants", "AgentConnect ProConnect connexion échoue erreur
# invalid_client redirection", "Mailjet les emails ne partent plus erreur 401 clé API bonjour", "API Sirene INSEE jeton
# expiré erreur 401 depuis", "Hydro-Québec Desjardins Interac connexion échoue intégration ne fonctionne plus", "Bouygues
# SFR Orange Livebox intégration Home Assistant authentification échoue depuis mise à jour", "Somfy TaHoma Cozytouch
# Overkiz connexion impossible bonjour depuis ce matin", "Monetico CM-CIC e-Transactions Up2pay retour paiement commande
# reste en attente module", "Chronopost Boxtal Sendcloud webservice étiquette erreur authentification module", "Gandi
# LiveDNS clé API certificat renouvellement échoue erreur 403 bonjour", "Navitia SNCF API token erreur plus aucun
# horaire depuis", "GLPI plugin collecteur OAuth Microsoft erreur authentification bonjour ne fonctionne plus",
# "PeerTube plugin OpenID connexion échoue fédération instance ne fonctionne plus bonjour", "MoneyBuster PhoneTrack
# Cospend synchronisation Nextcloud erreur bonjour", "Thelia module paiement erreur retour banque bonjour", "bot Discord
# Telegram token invalide le bot ne répond plus depuis ce matin bonjour", "Infomaniak kDrive Swiss Post TWINT connexion
# synchronisation échoue bonjour", "Renault MyRenault API Gigya connexion erreur intégration plus de données voiture",
# "Stripe webhook paiement erreur signature clé secrète ne fonctionne plus bonjour", "clé API publiée par erreur sur
# GitHub dépôt public révoquer la clé", "présentement l'intégration ne fonctionne plus erreur authentification
# courriel", "synchronisation agenda CalDAV Google Outlook ne se fait plus erreur 401 bonjour depuis", "erreur SMTP
# authentification les mails ne partent plus depuis la migration Office 365 Gmail bonjour", "jeton expiré il faut se
# reconnecter tous les jours, la connexion au compte se perd", "webservice PrestaShop clé 401 Unauthorized
# synchronisation boutique logiciel de caisse", "RTE Ecowatt Tempo API OAuth client_id erreur 401 intégration ne
# récupère plus", "le webhook ne se déclenche plus scénario Make Zapier n8n bonjour erreur"; pages corpus - "forum
# bonjour depuis la mise à jour le module de paiement ne valide plus les commandes notification", "forum YunoHost
# application synchronisation ne fonctionne plus erreur authentification" (vendor docs and blogs only, nothing kept).
# Checked and skipped as already mined (grep over tools/real/b*.py, tools/real/pending/*.py and the other worktrees'
# pending files): OCA/l10n-france #349 #410, Dolibarr/dolibarr-community-modules #1071, hacf-fr/hass-ecoledirecte #260,
# LAB-MI/candilibV2 #621 #622, Common-Services-Ltd/lapostesuivi #19 #20, DISIC/observatoire #462, afup/web #84 #216,
# swoelffel/woocommerce-paybox-gateway #7 #18 #32, YunoHost-Apps/gogs_ynh_old #2, YunoHost-Apps/mastodon_ynh #43,
# YunoHost-Apps/peertube_ynh #117, Sim08570/Simple-Email-Checker #2, jmcruvellier/little_monkey #84,
# seenthis/seenthis_squelettes #235, MTES-MCT/ecobalyse #1268 #2332, jugla/keyatome #42, betagouv/rdv-service-public #1491
# #4319, OPEN-DSI/ecommerceng #2 #7 #9, OPEN-DSI/ecommerceng_woosync #17 #32 #66, alexbelgium/hassio-addons #2296, the
# Gazpar threads frtz13 #24 #56 #57 #61, Scrat95220/DomoticzGazpar #48 #49, goldendatahub/gazpar2mqtt #78,
# hugoKs3/plugin-jazpar #23, ssenart/home-assistant-gazpar #43, Immersion-Facilitee/immersion-facile #2565,
# proconnect-gouv/proconnect-documentation #49, gip-inclusion/les-emplois PR #5041, etalab/admin_api_entreprise #1128,
# ln-nicolas/api_insee #5, demarche-numerique #10799 and PRs #13793 #12383, MTES-MCT/monitorfish #3535,
# territoires-en-transitions PR #4031, InseeFrLab/DoReMIFaSol #94, datagouv/data.gouv.fr #2077, hydroqc/hydroqc-ha #46 #97
# #118, home-assistant/core #106828, cyr-ius/hass-bbox2 #20, earion68/hass_custom_bbox #4, gvigroux/freebox_home #9,
# TrogloGeek/prestashop-tggatos-module #71 #76 #97, chtipepere/woocommerceAtosPlugin #5 #18, PrestaShop/PrestaShop
# #14834, frontBOI/mondial-relay #6, pgrimaud/horaires-ratp-api #112 #116, pgrimaud/ratp-api-rest #48, osm-fr/
# infrastructure #158, nursit/bank #15, PaylineByMonext/payline-php-sdk #53, AstraaDev/selfbot.py #27,
# nextcloud/notes-android #2501, SynoCommunity/spksrc #953, hacf-fr/renault-api #1020 #2098, discord/discord-api-docs
# #1455, SII-Nantes/callForPaper #11, zestedesavoir/zds-site #425, histovec/histovec-beta PR #1505,
# bacemadhimi/transport-management-system #205, NextDom/nextdom-core #828, duniter/cesium #422,
# OCA/connector-prestashop #157, hekmon/rtetempo #52 #53 #57 #58, kamaradclimber/rte-ecowatt #67.
# Rejected: hydroqc-ha #120 (title in mixed French/English followed by a log only), Somfy-TaHoma-Developer-Mode #71
# (reply in English, no French text), horaires-ratp-api #12 (an API that intermittently answers with empty schedules -
# data, not a failing connection; unclear), suitenumerique/meet #478's second comment (extra context only), egapro
# #2391's "la redirection ne fonctionne plus" (app routing after a working login), osm-fr #58's "cela ne fonctionne pas
# ... cela prend tellement de temps" (server slowness on web and sync alike), gn_mobile_monitoring #60 (log only),
# linagora/cozy-home PR #404 (Cozy already mined; a Trello card title), English-only vendor threads (Mailjet SDKs, Gandi
# LiveDNS plugins, UPS/FedEx, Office 365 SMTP, CalDAV synchronizers, n8n webhooks, Stripe signature threads - off theme
# for a French batch), the pages-corpus results (vendor documentation, blogs).
ROWS = [
    ('https://github.com/MFYDev/odoo-expert/issues/11', 'issue', 'other', 'none', "PROBLEM TOKEN\n\nBonjour félicitation pour ce travail tres bien fait , j ai un souci pour le bearer token sil vous plait peut tu m'expliquer la procédure pour obtenir un token", False, 'fr'),
    ('https://github.com/BaseAdresseNationale/adresse.data.gouv.fr/issues/23', 'issue', 'other', 'none', 'lien download: clé invalide / clé déjà utilisée\n\nIl faudrait avoir 2 messages différents pour les clé incorrectes et les clés déjà utilisée.', False, 'fr'),
    ('https://github.com/Heigvd/Wegas/issues/1210', 'issue', 'other', 'none', 'Pas possible de rjoindre une partie: clé accès invalide\n\nJ\'ai essayé avec plusieurs clé de jeu ouverts et je reçois le message "clé invalide"', False, 'fr'),
    ('https://github.com/Heigvd/Wegas/issues/1210', 'issue', 'other', 'none', "C'est bon !\nhum... j'ai utilisé sur la version prod des clé de la dev\nok, il y a plus malin...", False, 'fr'),
    ('https://github.com/Heigvd/Wegas/issues/1210', 'issue', 'other', 'none', "Bon, après bien des investigations, il apparait qu'il n'est pas possible de créer une partie sur WegasCache et la rejoindre depuis Wegas prod....", False, 'fr'),
    ('https://github.com/InseeFr/Eno/issues/1162', 'issue', 'other', 'none', 'Gestion des erreurs: message clair quand le WS Eno Xml est KO\n\nRenvoyer un message d\'erreur clair si le WS legacy Eno "Xml" vers lequel sont redirigées certaines requêtes est KO,', False, 'fr'),
    ('https://github.com/mission-apprentissage/flux-retour-cfas/pull/3351', 'issue', 'other', 'none', "feat(server): update message d'erreur si of non trouvé par API Key", False, 'fr'),
    ('https://github.com/axel584/ikurso/issues/972', 'issue', 'complaint', 'none', "corriger le problème à l'appel du webservice d'arthur\n\nsur la page données personnelles concernant les clubs locaux, nous avons une erreur.", False, 'fr'),
    ('https://github.com/simplonco/simplonline/issues/83', 'issue', 'other', 'none', "Pas d'erreur quand une clé n'est plus valide\n\nQuand une clé n'est plus valide, il ne faut pas afficher une erreur, mais redirigé sur la home", False, 'fr'),
    ('https://github.com/OCA/l10n-france/pull/425', 'issue', 'other', 'other', 'l10n_fr_chorus_account: impr error message\n\nIn case of HTTP401, there is some relevant info in the header.', False),
    ('https://github.com/numerique-gouv/b3desk/pull/242', 'issue', 'other', 'other', "Corrections sur la connexion à Nextcloud\n\n# Modifications\n\n- [x] L'erreur rencontrée dans #238 qui survient lorsque les informations de Nextcloud sont enregistrées dans le profil de l'utilisateur, mais que Nextcloud devient injoignable. Désormais les échecs sont journalisés mais n'affichent plus d'exception dans les logs.", False, 'fr'),
    ('https://github.com/YunoHost-Apps/onlyoffice_ynh/issues/225', 'issue', 'complaint', 'other', "Connecteur Nextcloud : Erreur durant la tentative de connexion (Statut de vérification d'intégrité incorrect)\n\nNextcloud : 34.0.4\nOnlyoffice connector : 10.2.0\nONLYOFFICE Docs version : 6.4\n\nBonjour, il me semble entrer les bonnes informations côté connecteur nextcloud : \n\nDocument server : `https://collab.domain.tld/`\net la clé privé", False, 'fr'),
    ('https://github.com/YunoHost-Apps/onlyoffice_ynh/issues/225', 'issue', 'other', 'other', "L'application onlyoffice doit être accessible publiquement, est-ce le cas?", False, 'fr'),
    ('https://github.com/YunoHost-Apps/mastodon_ynh/issues/69', 'issue', 'complaint', 'other', "ERR! Error: Invalid access token\n\nNouvelle installation sur un vps (debian 8), il n'y a que mastodon d'installé sur Yunohost.", False, 'fr'),
    ('https://github.com/builtbybel/FluentCleaner/issues/168', 'issue', 'other', 'none', "Problème clé API\n\nBonjour,\nDans le logiciel, je click pour demander ma clé API, je met mon mail.\nEnsuite je click sur le bouton pour confirmer mon mail, qui m'envoie sur la page du navigateur pour me dire une erreur est survenue.\nJ'ai effectuer plusieurs fois, sur plusieurs jours.", False, 'fr'),
    ('https://github.com/builtbybel/FluentCleaner/issues/168', 'issue', 'other', 'none', 'hey, please post issues in english only. feel free to use a translator if needed. there are also plenty of tutorials on youtube explaining how to set this up, thanks!', False),
    ('https://github.com/seenthis/seenthis_squelettes/pull/240', 'issue', 'other', 'none', "Améioration du message d'erreur de l'API si mauvais login ou pass\n\nFix #235 cadeau pour @bortzmeyer", False, 'fr'),
    ('https://github.com/PnX-SI/gn_mobile_occtax/issues/228', 'issue', 'complaint', 'other', '"Echec lors de l\'authentification." avec des identifiants valides', False, 'fr'),
    ('https://github.com/PnX-SI/gn_mobile_occtax/issues/228', 'issue', 'other', 'none', 'Bonjour,\n\nMerci @dece pour ton retour,\nNous avons regardé dans notre instance IDF, effectivement nous avons une erreur dans notre fichier config, \ncomme indiqué dans la documentation, Il fallait utiliser le paramètre gn_application_id à la place de uh_application_id', False, 'fr'),
    ('https://github.com/PnX-SI/gn_mobile_occtax/issues/228', 'issue', 'other', 'none', "Hello, ah bah super ! J'ai effacé les données de l'appli de mon téléphone pour refaire la synchro de la config et effectivement l'authentification fonctionne, merci !", False, 'fr'),
    ('https://github.com/OPEN-DSI/ecommerceng/issues/6', 'issue', 'complaint', 'other', 'Probléme Synchro 2nd woocommerce\n\nBonjour,\n\nJ\'ai remarqué que lorsque l\'on a plus de 2 woocommerce que l\'on veut synchroniser depuis Dolibarr, seul le premier de la liste fonctionne. Pour les autres on a un message "504 Gateway Time-out\nThe server didn\'t respond in time."\nIl y aurait t\'il une solution à ce probléme ?', False, 'fr'),
    ('https://github.com/OPEN-DSI/ecommerceng/issues/6', 'issue', 'other', 'other', 'Bonjour\nQui renvoit le 504 ? WooCommerce, Dolibarr ?', False, 'fr'),
    ('https://github.com/OPEN-DSI/ecommerceng/issues/6', 'issue', 'complaint', 'other', "C'est Dolibarr quite renvoit le 504. Aprés avoir cliqué sur  tout synchronisé, l'erreur 504 s'affiche aprés une minute environs.", False, 'fr'),
    ('https://github.com/OPEN-DSI/ecommerceng/issues/6', 'issue', 'other', 'none', 'Bonjour\nCe doit être un problème de timeout sur la synchro. Il faut augmenter le temps maximum d’exécution au niveau du PHP.', False, 'fr'),
    ('https://github.com/OPEN-DSI/ecommerceng_woosync/issues/24', 'issue', 'complaint', 'other', "Erreur 500\n\nBonjour,\nj'utilise WooSync avec Dolibarr + woocommerce. cela fonctionnait bien jusqu'à pas tres longtemps.\nen effet, la synchro des articles et des contacts fonctionne bien mais j'ai une erreur 500 quand je lance la synchro des commandes.", False, 'fr'),
    ('https://github.com/OPEN-DSI/ecommerceng_woosync/issues/64', 'issue', 'other', 'other', 'synchro avec site WPML\n\nBonjour,\nwoosync installé chez un client qui gère un woocommerce avec WPML :\nen fr (donc url racine du shop) : tout ce passe bien, les commandes descendent dans dolibarr avec leur ref produit\nen langues étrangères (donc url du shop en /en /de ...) : les lignes de commande descendent bien dans dolibarr, mais sous la forme de lignes libres', False, 'fr'),
    ('https://github.com/OPEN-DSI/ecommerceng_woosync/issues/64', 'issue', 'other', 'other', 'Bonjour\nLe module est utilisé par un de nos client avec WPML. La synchro produit mappe les différents produits dans les différentes langues de WooCommerce avec le seul produit correspondant dans Dolibarr.', False, 'fr'),
    ('https://github.com/PapillonApp/papillon-python/pull/12', 'issue', 'other', 'none', "Correction d'une misstake au niveau du token\n\nAu début j'ai voulu essayer test.py, j'ai entré tout sans erreurs, puis toutes les requêtes renvoyaient not found, j'ai donc jeté un coup d'oeil au code et j'ai remarqué que le token qui était envoyé lors de la ligne suivant : response = requests.get(api_url.rstrip('/') + '/user', params={'token': token}), envoyait le token en format json", False, 'fr'),
    ('https://github.com/frtz13/homeassistant_gazpar_cl_sensor-deprecated/issues/47', 'issue', 'complaint', 'other', "[Login error] EMAIL_INVALID_FORMAT\n\nBonjour, je découvre cette intégration génialissime ! \nJe ne manquerais pas de le faire connaitre sur mon groupe Facebook de 5000 membres ! \nJe pense avoir suivi à la lettre chaque étape, à l'instant.\nA lancement du service shell_command.grdf_get_data, j'obtiens dans activity.log : [Login error] EMAIL_INVALID_FORMAT", False, 'fr'),
    ('https://github.com/frtz13/homeassistant_gazpar_cl_sensor-deprecated/issues/47', 'issue', 'other', 'other', "le compte chez GRDF est crée?\nconnexion avec ce compte à l'espace client GRDF avec un navigateur fonctionne correctement?", False, 'fr'),
    ('https://github.com/frtz13/homeassistant_gazpar_cl_sensor-deprecated/issues/47', 'issue', 'complaint', 'other', 'Merci beaucoup de prendre le temps de me répondre. \nMon compte est parfaitement activé sur le site et je vois le graphique de ma conso.', False, 'fr'),
    ('https://github.com/suitenumerique/meet/issues/478', 'issue', 'complaint', 'other', "Problème connexion proconnect\n\n## Bug Report\n\nDepuis le PC DGFiP en ethernet, sur le navigateur microsoft edge. \nConnexion sur Visio, je clique sur connexion proconnect, j'ajoute mon adresse mail et je tombe sur l'erreur en pj. \nPuis je ferme l'onglet, je recommence et ça fonctionne", False, 'fr'),
    ('https://github.com/Immersion-Facilitee/immersion-facile/issues/4989', 'issue', 'complaint', 'other', 'Erreur en se déconnectant de son compte pro-connect\n\n### :bug: Le problème\nBug lors de la déconnexion du compte pro connect. Lorsque l\'utilisateur clique sur se déconnecter, une page d\'erreur s\'affiche avec le message :\n\n```json\n{"error_description":"Unable to get id_token meta data","error":"server_error"}\n```', False, 'fr'),
    ('https://github.com/SocialGouv/egapro/pull/3862', 'issue', 'other', 'other', "fix(auth): bascule ProConnect de l'Identité vers la Fédération\n\n## Contexte\n\nL'authentification ProConnect en **preprod** échouait avec une page d'erreur `400 invalid_client: client is invalid` renvoyée par `identite.proconnect.gouv.fr`, dès le clic sur « S'identifier avec ProConnect » (avant l'écran de login).", False, 'fr'),
    ('https://github.com/betagouv/mon-aide-cyber/pull/802', 'issue', 'other', 'other', '[AUTHENTIFICATION][PRO CONNECT] Gestion des erreurs de connexion proconnect', False, 'fr'),
    ('https://github.com/SocialGouv/egapro/issues/2391', 'issue', 'other', 'other', "Problème de redirection une fois connecté à ProConnect\n\nDéclaration index et repeq, après la page Etes-vous assujetti ? on arrive à la page Connexion, une fois connecté à ProConnect on est redirigé sur page d'accueil Egapro, or on doit être redirigé vers la page Commencer", False, 'fr'),
    ('https://github.com/betagouv/rdv-service-public/pull/5666', 'issue', 'other', 'other', 'Revert "Utilisation de ProConnect pour la connexion SuperAdmin (#5662)"\n\nThis reverts commit d3209de376871d4b166954999f530d99005ff7bb.\n\nRevert #5662\n\n# Contexte\n\nLa connexion en tant que super admin via la 2fa agent connect a l’air de fonctionner', False, 'fr'),
    ('https://github.com/betagouv/csplab/issues/517', 'issue', 'other', 'other', "Intégration ProConnect - agent\n\n#### User story \n \nETQ qu'utilisateur de l'ATS je veux pouvoir m'authentifier avec ProConnect afin d'accéder à mon espace sans créer de mot de passe.", False, 'fr'),
    ('https://github.com/mailjet/mailjet-apiv3-php-simple/issues/78', 'issue', 'complaint', 'other', 'Send email - Error 400\n\nBonjour,\n\nJ\'ai mis en place tous les composants pour le fonctionnement de cette API, j\'ai copié/collé le code pour envoyer un simple email "sendEmail()", et j\'ai toujours en retour une erreur 400.\n\nUne idée du pourquoi? (je suis sur un compte mailjet gratuit)', False, 'fr'),
    ('https://github.com/mailjet/mailjet-apiv3-php-simple/issues/78', 'issue', 'other', 'other', "Bonjour @Jonathan2104,\n\nNous réservons cet espace à la résolution de problèmes avec le wrapper PHP et l'utilisation de l'API en général. Votre erreur semblant lié à un problème sur votre compte, pouvez-vous contacter directement notre support via https://app.mailjet.com/support/ticket ?", False, 'fr'),
    ('https://github.com/pass-culture/pass-culture-main/pull/3203', 'issue', 'other', 'none', "(PC-16746)[API] fix: fix backoffice API in case of expired token\n\nLien vers le ticket Jira : https://passculture.atlassian.net/browse/PC-16746\n\n## But de la pull request\n\ncorriger une erreur Sentry dans le cas ou un appel est fait à l'API backoffice avec un token expiré", False, 'fr'),
    ('https://github.com/pass-culture/pass-culture-main/pull/7376', 'issue', 'other', 'none', '(PC-21255)[API] fix: use correct api error codes when token is expired\n\n## But de la pull request\nRetourner des 401 (au lieu de 404) pour faciliter la gestion des erreurs pour le front', False, 'fr'),
    ('https://github.com/pgrimaud/horaires-ratp-api/issues/104', 'issue', 'other', 'other', "Je me suis dit que t'avais besoin que du token, donc je l'ai donné :) \n\nJe suis en train de tester vite fait l'API IDFM. C'est lent, et leurs systèmes de nommage de ligne et arrêts est super relou.", False, 'fr'),
    ('https://github.com/pgrimaud/horaires-ratp-api/issues/104', 'issue', 'other', 'other', "Ahh ok merci ! J'ai trouvé des accès à leur API en clair sur GitHub aussi. David, si tu passes par là, merci 😂", True, 'fr'),
    ('https://github.com/pgrimaud/horaires-ratp-api/issues/104', 'issue', 'other', 'other', "Ah, je savais pas pour le token d'une heure. Encore un truc pour faire chier évidemment…\n\nLà, pour info, le temps de réponse c'est entre 15 et 30 secondes. Oui oui, secondes…", False, 'fr'),
    ('https://github.com/pgrimaud/horaires-ratp-api/issues/105', 'issue', 'complaint', 'other', 'problème :"Internal Server Error"\n\ndepuis quelques jours ça affiche cette erreur ? y a une solution pour ça ?', False, 'fr'),
    ('https://github.com/pgrimaud/horaires-ratp-api/issues/105', 'issue', 'other', 'other', 'Ref to #104 \n\nEn attente de la RATP 😞', False, 'fr'),
    ('https://github.com/pgrimaud/horaires-ratp-api/issues/105', 'issue', 'other', 'none', "L'API est de nouveau fonctionnelle. Merci de votre patience 😄", False, 'fr'),
    ('https://github.com/pgrimaud/horaires-ratp-api/issues/94', 'issue', 'complaint', 'none', "API down\n\nBonjour,\n\nL'API semble down actuellement (pas de réponse du serveur), aussi d'après https://downforeveryoneorjustme.com/api-ratp.pierre-grimaud.fr\n\nMerci beaucoup pour ce service !", False, 'fr'),
    ('https://github.com/pgrimaud/horaires-ratp-api/issues/94', 'issue', 'other', 'none', "Il semble qu'elle soit revenue aujourd'hui. Mais hier, elle fonctionnait par intermittence.", False, 'fr'),
    ('https://github.com/pgrimaud/horaires-ratp-api/issues/94', 'issue', 'other', 'none', "Hello,\n\nOui j'ai quelques soucis d'infra en ce moment. L'API est de plus en plus utilisée.", False, 'fr'),
    ('https://github.com/Master13011/SNCF-API-HA/issues/14', 'issue', 'other', 'other', "Les retards de trains ne sont pas pris en compte.\n\nMalgré plusieurs essais:\nLes trains en retard n'apparaissent pas en retard.\nLes horaires ne correspondent pas aux nouveaux horaires de trains.", False, 'fr'),
    ('https://github.com/home-assistant/core/issues/132333', 'issue', 'complaint', 'other', "A ce que je vois le problème n'est toujours pas résolue et que je ne sais toujours pas ou et comment certain on modifier la vérification SSL mais bon", False, 'fr'),
    ('https://github.com/home-assistant/core/issues/132333', 'issue', 'other', 'none', 'Il faut attendre la prochaine release pour que le fix soit livré (2024.12.5 normalement).', False, 'fr'),
    ('https://github.com/home-assistant/core/issues/132333', 'issue', 'complaint', 'other', 'Hi, the same solutions are not sustainable and jump if you have an update. I tested with a domain name and port but I never have the message on the freebox to authorize the integration. For the moment I stayed in 2024.11.', False),
    ('https://github.com/MTESSDev/FRW/issues/284', 'issue', 'other', 'none', 'Problème avec la validation des comptes bancaires\n\n**Description du problème**\nCertains comptes bancaires ne fonctionnent pas.', False, 'fr'),
    ('https://github.com/glpi-project/glpi/issues/11877', 'issue', 'complaint', 'other', 'Pas de notifications envoyés par le collecteur GLPI et pas de création automatique des tickets\n\nBonjour,\nje viens de migrer mon GLPI en version 10.0.0.\nJ\'ai installé le plugin OAUTH pour mon collecteur de mail qui utilise un compte office365.\nLe plugin a été bien  installé  mais j\'ai les problèmes ci-dessous:\n1/ le collecteur fonctionne mais ne recuperent pas tout seul (automatiquement) le mail, je dois aller cliquer manuellement dans le collecteur sur le bouton "Récuperer les courriels maintenant"', False, 'fr'),
    ('https://github.com/YunoHost-Apps/peertube_ynh/issues/119', 'issue', 'complaint', 'other', "Bonjour,\nJ'installe une nouvelle instance Peertube sur mon YunoHost (je n'ai qu'une instance Peertube). C'est installer sur peertube.domaine.tld\n\nQuand il se termine sans aucun message d'erreur, je reçois un email avec mon identifiant et mon mot de passe root.\nMais quand je vais à mon URL de cette instance, j'ai un message rouge Token n'est pas valide et je ne peux pas me connecter avec root et mdp.\nAvez-vous une idée pour le réparer?", False, 'fr'),
    ('https://github.com/YunoHost-Apps/peertube_ynh/issues/119', 'issue', 'other', 'none', "Ok, I'm able to reproduce it. It seems to happen when you install peertube as a private instance.\n\nIs it you case ?", False),
    ('https://github.com/ISCPIF/OpenPortability/issues/37', 'issue', 'complaint', 'other', 'Can’t connect to Pleroma\n\nAll is in the title...', False),
    ('https://github.com/ISCPIF/OpenPortability/issues/37', 'issue', 'complaint', 'none', 'Not working!\n\n`Invalid user/password`', False),
    ('https://github.com/ISCPIF/OpenPortability/issues/37', 'issue', 'other', 'other', '@bugsysop ok, we have confirmed that [pleroma.tcweb.org](https://pleroma.tcweb.org/) works now, I’ve reset the token of [social.tmprs.net](https://social.tmprs.net/), it should work too now.', False),
    ('https://github.com/ISCPIF/OpenPortability/issues/37', 'issue', 'complaint', 'none', "J'ai comme l'impression que le même bug est présent sur l'authentification pour la reconnection.", False, 'fr'),
    ('https://github.com/julien-nc/cospend-nc/issues/315', 'issue', 'complaint', 'other', 'Cospend no longer compatible with Moneybuster ?\n\nHi,\n\nSince a couple of months (end of August 2024), I cannot use MoneyBuster Android app with the Cospend app included in my Nextcloud instance hosted on zaclys.\n\nThe issue is about the synchronization between MoneyBuster and Cospend; when I try to do it I got the following message in the MoneyBuster app:\n```\nProject sync failed\nSynchronization with project XXXXX failed. Error message:\n\n401 Unauthorized\n{"message": "Projet introuvable"}', False),
    ('https://github.com/osm-fr/infrastructure/issues/58', 'issue', 'complaint', 'other', "Nextcloud ne semble pas se synchroniser\n\net pas d'accès par le web https://nextcloud.openstreetmap.fr", False, 'fr'),
    ('https://github.com/osm-fr/infrastructure/issues/58', 'issue', 'other', 'none', "Je n'ai pass de souci à me connecter sur https://nextcloud.openstreetmap.fr/index.php/login\n\nPour la synchro, je n'utilise pas ça, du coup, je ne peux pas tester :(", False, 'fr'),
    ('https://github.com/osm-fr/infrastructure/issues/58', 'issue', 'other', 'none', 'oui cela semble fonctionner pour moi aussi, désolé du bruit !', False, 'fr'),
    ('https://github.com/osm-fr/infrastructure/issues/58', 'issue', 'complaint', 'other', "je n'ose plus écrire :) mais j'ai \n- du mal à ce que la synchro se fasse sur mon ordi en utilisant le logiciel desktop (cea marche bien pour trois autres serveurs nextcloud avec lesquelles je synchronise des dossiers),\n- cela semble fonctionner du coté du service web jusqu'à la fenêtre d'identification, puis cela rame", False, 'fr'),
    ('https://github.com/osm-fr/infrastructure/issues/58', 'issue', 'complaint', 'none', 'Je réouvre ! cela patine ce matin', False, 'fr'),
    ('https://github.com/TrogloGeek/prestashop-tggatos-module/issues/112', 'issue', 'complaint', 'other', "erreur sur prestashop 1.7.7.0\n\nBonjour a toi Troglogeek j'ouvre aujourd'hui une deuxième boutique en utilisant ton module , et vu que c'est le même compte bancaire et le même hébergeur je me suis permis de copier le dossier du module directement dans la nouvelle boutique, tout ce passe bien jusqu'au retour a la boutique ou j'obtiens ce message en mode debug 🐞 \n\n[PrestaShopModuleException]\n\nTggAtosBaseBankReturnFrontController::recoverCart: unable to restore Cart#fr, cannot process bank response", False, 'fr'),
    ('https://github.com/TrogloGeek/prestashop-tggatos-module/issues/107', 'issue', 'other', 'other', '[PS 1.7.6.5] - Pas de moyen de paiement\n\nBonjour,  \nAprès avoir installé le module en version 5.1 (via l\'interface de PS), configuré le module, mis le certificat de la banque, déplacé les répertoires "sensibles" hors accès public, me voilà confronté à un problème assez important :   \n- Dans la page de checkout, j\'ai le message "Malheureusment, aucun moyen de paiement disponible".', False, 'fr'),
    ('https://github.com/TrogloGeek/prestashop-tggatos-module/issues/95', 'issue', 'complaint', 'other', 'erreur url retour confirmation paiement\n\nBonjour Troglogeek et merci pour le boulot.\nJ\'utilise presta 1.6.0.19 et tggatos 4.1.3. sur ovh mutu pro 2010 avec certificat SSL.\nTggatos fonctionne parfaitement, les commandes passent en paiement validé ou erreur de paiement, le client recoit sa confirmation de commande, mais le message de confirmation de paiement n\'apparait pas, a la place un "internal server error" sur une url de retour de type : \nwww.monsite.fr/modules/tggatos/autodispatch/userreturn.pub.php?DATA=XXXXX', False, 'fr'),
    ('https://github.com/TrogloGeek/prestashop-tggatos-module/issues/95', 'issue', 'other', 'none', "Le log indiqué signifie que le le script s'est terminé sans fournir de réponse HTTP, ce qui signifie généralement une erreur fatale ou un dépassement de la durée maximale d'exécution lors du traitement.", False, 'fr'),
    ('https://github.com/gip-inclusion/les-emplois/pull/6750', 'issue', 'other', 'none', "Tech: ajout de message d'erreur dans le parcours de connexion OpenID\n\n## :thinking: Pourquoi ?\n\nPour faciliter le traitement de ces cas peu probables.", False, 'fr'),
    ('https://github.com/kitokoh/leopardo-hr/pull/2758', 'issue', 'other', 'stripe', 'fix(billing): webhooks Stripe/Chargily fail-closed — secret absent = payload rejeté (Closes #2614, #2615)\n\n## Contexte\n\nT001/T002 (audit expert backend 2026-08-15) : `StripeService::verifyWebhookSignature()` et `ChargilyService::verifyWebhookSignature()` **fail-open** — secret non configuré = payload accepté sans vérification.', False, 'fr'),
    ('https://github.com/open4good/open4goods/issues/44', 'issue', 'complaint', 'other', "Bug au moment de l'envoie du formulaires de contact\n\n Erreur ! Nous n'avons pas pu envoyer votre message, en raison d'une erreur technique ! (Le mail n'a pas pu être envoyé : Authentication failed; nested exception is javax.mail.AuthenticationFailedException: 535-5.7.8 Username and Password not accepted.", False, 'fr'),
    ('https://github.com/open4good/open4goods/issues/44', 'issue', 'other', 'none', "Merci, et désolé pour le retard. C'est réparé.\n\nBien votre site shopetic !", False, 'fr'),
    ('https://github.com/uclouvain/osis-portal/issues/420', 'issue', 'other', 'none', "Si on se trompe dans l'authentification, rester sur la page et afficher un message d'erreur\n\nLorsqu'on se trompe dans l'authentification, il faut que la page d'authentification reste affichée avec un message d'erreur.", False, 'fr'),
    ('https://github.com/incubateur-ademe/territoires-en-transitions/issues/1169', 'issue', 'other', 'none', "T - [Auth] Expliciter l'erreur si je me connecte avec un email qui n'existe pas, ou un mot de passe incorrect.\n\n- [x] affiche `L'email et le mot de passe ne correspondent pas.`", False, 'fr'),
    ('https://github.com/AgenceBio/cartobio-front/pull/213', 'issue', 'other', 'none', 'Navigue vers le login en cas de jeton expiré', False, 'fr'),
    ('https://github.com/PrestaShop/PrestaShop/issues/11799', 'issue', 'complaint', 'other', "Webservice Error - APi key issue\n\nUsing clean install of Prestashop 1.7.4.4 installed on an 1&1 service - via 1&1 control Panel\n\ntrying to contact an inventory control program (www.selro.com) to prestashop via an API webservice.\n\nupon trying to link - i get the following error\n We couldn't connect with prestashop. Please check the API keys and try again.", False),
    ('https://github.com/PrestaShop/PrestaShop/issues/11799', 'issue', 'other', 'none', 'Also, did you enabled the Webservice from the Advanced Parameters => Webservice page?\ndid you check the key of your webservice', False),
    ('https://github.com/PrestaShop/PrestaShop/pull/2381', 'issue', 'other', 'other', '[*] WS : Avoid blank page on webservce authentification fail\n\nAdd an 401 Unauthorized message to avoid a blank page', False),
    ('https://github.com/Bukimedia/PrestaSharp/issues/177', 'issue', 'complaint', 'other', 'Unable to access PrestaShop 1.6.1.1 API - 401 Unauthorized\n\nHi!\nI have full permissions to PrestaShop and I am trying to access OrderFactory using PrestaSharp with following code:', False),
    ('https://github.com/Bukimedia/PrestaSharp/issues/177', 'issue', 'complaint', 'none', 'I get the same error ...\ni checked my web service permission...', False),
    ('https://github.com/Bukimedia/PrestaSharp/issues/177', 'issue', 'other', 'other', 'I had same error \nbut resolved by configuring my OVH hosting parameters (PHP in CGI mode enabled)', False),
    ('https://github.com/hekmon/rtetempo/issues/38', 'issue', 'complaint', 'other', "403 Forbiden\n\nHello,\n\nJ'ai bien effectué l'installation et activation de ma clef API.\nMais au moment de configurer l'intégration, j'obtiens un 403 forbiden.\n\nSi j'entre un mauvais ID-Api, j'obtiens  une erreur Oauth.\nCela semble provenir du site RTE ? ou ils ont modifié certaines variables ?", False, 'fr'),
    ('https://github.com/hekmon/rtetempo/issues/38', 'issue', 'other', 'other', "Avez-vous bien entré `ID Client` et `ID Secret` ? Avez-vous bien activé l'api Tempo dans votre application RTE ?", False, 'fr'),
    ('https://github.com/hekmon/rtetempo/issues/38', 'issue', 'other', 'none', "Pour référence: *Forbidden* est l'écriture correcte, sauf si le serveur a mal orthographié.", False, 'fr'),
    ('https://github.com/hekmon/rtetempo/issues/60', 'issue', 'complaint', 'other', "API request failed après la MAJ HAOS 16\n\nBonjour,\n\nAprès la MAJ vers HAOS 16 l'intégration remonte l'erreur suivante : \n\n`Cette erreur provient d'une intégration personnalisée\n\nEnregistreur: custom_components.rtetempo.api_worker", False, 'fr'),
    ('https://github.com/hekmon/rtetempo/issues/60', 'issue', 'other', 'none', "Ça semble être revenu dans l'après midi, je clos 🙂", False, 'fr'),
    ('https://github.com/kamaradclimber/rte-ecowatt/issues/92', 'issue', 'complaint', 'other', 'Error fetching ecowatt api data: Error communicating with API: (missing_token) Missing access token parameter.\n\nError reported in the logs', False),
    ('https://github.com/kamaradclimber/rte-ecowatt/pull/17', 'issue', 'other', 'other', 'Bonjour, Je suis en train de configurer votre HACS Ecowatt. Compte créé et abonnement API fait. Mais... "créez une nouvelle application, obtenir le client_id et client_secret (uuid dans les deux cas)". Là je coince. Créez une nouvelle application? Où?\nMerci d\'avance pour votre aide', False, 'fr'),
    ('https://github.com/kamaradclimber/rte-ecowatt/pull/17', 'issue', 'other', 'other', "https://data.rte-france.com/catalog/-/api/consumption/Ecowatt/v4.0 -> abonnez vous à l'api\nEn cliquand sur s'abonner, le site demande un nom d'application", False, 'fr'),
    ('https://github.com/NicolasBernaerts/tasmota/issues/16', 'issue', 'complaint', 'other', 'ECO: Signal - Error 403 ()\n\nGot a valid token but then "ECO: Signal - Error 403 ()" after eco_enable 1\n\nDeleted Eco AP appliication, created a new one, updated eco key, enabled again eco but still issue.\nCould you please advise ?', False),
    ('https://github.com/NicolasBernaerts/tasmota/issues/16', 'issue', 'other', 'other', "Quel sont les logs de la console ?\nEst-ce que le token a bien été récupéré ?\nCe message pourrait signaler que vous générez un token depuis un compte RTE sur lequel l'application Ecowatt n'a pas été autorisée.", False, 'fr'),
    ('https://github.com/m-maillot/elec-ha/issues/17', 'issue', 'other', 'other', 'Tempo : client API RTE « Tempo Like Supply Contract » (OAuth2 client credentials)\n\nRéf. spec : §4.1.5, §6.4.\n\n- [ ] `POST /token/oauth/` en client credentials, jeton mis en cache (~2 h) et renouvelé à expiration', False, 'fr'),
]
