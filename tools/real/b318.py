# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 318 (mine-lang11): NON-ENGLISH rows - Spanish, French and some Portuguese - about
# payment gateways, tax-authority web services, home-automation clouds, SMS APIs and
# shipping/weather/utility data feeds: complaints together with the near misses of the
# same threads. Every row carries its language tag.
# Voice: forum voice was asked for first, but the stored page corpus holds almost no
# Spanish/French community threads (queries for es.stackoverflow, Jeedom/HACF forums,
# Microsoft Q&A fr/es, WordPress/PrestaShop forums and Mercado Pago forums returned only
# vendor docs and SEO blog posts), so the forum-voice rows are three help/documentation
# pages (Microsoft Graph in French, SafetyCulture in Spanish, Sensedia in Portuguese), all
# 'other'. Everything else is issue voice from GitHub repositories that no earlier batch
# used (each repository checked with grep -F "github.com/OWNER/REPO/" tools/real/*.py;
# the Mercado Pago, Transbank official, Culqi, Datadis/edata, i-DE, Linky/Enedis,
# Conso API, MyElectricalData, Bbox and home-assistant/core threads were found used and
# left alone).
# Sources - Spanish: ePayco's WooCommerce plugin (orders stuck in "Esperando Pago",
# "Firma no válida"), Openpay for WooCommerce (401 No Autorizado on tokens),
# freshworkstudio/transbank-web-services (Webpay "The signature or decryption was
# invalid"), thegreenter/greenter (SUNAT "No tiene el perfil para enviar comprobantes
# electrónicos"), FrameworkPeru/openinvoiceperu (SUNAT service down), josemmo/Facturae-PHP
# (FNMT certificate, FACe), yinyang17/pvpc_energy (login with 2FA), wfpaisa/ps_payu
# (PayU Latam merchant id not recognised). French: tydom2mqtt, mgcrea/homebridge-tydom
# and CyrilP/hass-deltadore-tydom-component (Delta Dore Tydom cloud), gduteil/cozytouch
# and OBone-git/Cozytouch-domoticz (Atlantic Cozytouch), ovh/php-ovh-sms (403 with new
# credentials), cedced19/free-mobile-desktop (Free Mobile SMS API how-to),
# laurent-martin/hass_int_toutsurmoneau (Suez), cyprieng/gazpar-home-assistant (GRDF),
# TheGui01/Frisquet-connect-for-home-assistant, hacf-fr/lovelace-meteofrance-weather-card.
# Portuguese: claudiosanches/woocommerce-correios (Correios webservice switched off),
# finotilucas/Correios-Brasil ("Falha na autenticação (novamente)"),
# pagseguro/pagseguro-modulo-prestashop ("token invalido").
# Complaints: "el pedido no pasa a \"Procesando\" ... sino que queda en \"Esperando
# Pago\"", "lo mismo nos pasa a nosotros desde hace mucho tiempo", "status of 401 (No
# Autorizado) ... Los tokens de producción están correctamente cargados", "llevo 2 dias
# con este error", "Ya han pasado 48 horas", "De pronto ya no puedo enviar", "Desde ayer
# dejo de funcionar el envio de facturas por culpa del certificado", "no identifica mi ID
# de comerciante"; "Depuis hier 6h impossible de communiquer avec le Tydom", "le plugin
# n'arrive plus à se connecter", "c'est toujours pareil. Je sèche !", "Depuis 2 jours
# l'integration ne remonte plus rien", "la connexion avec le serveur cozytouch est
# impossible", "J'ai le même souci"; "o plugin não está conectando com os correios",
# "Voltou a dar falha na autenticação".
# Near misses: maintainers' replies and diagnoses ("Le problème vient du mot de passe qui
# semble incorrect", "Te falta el tercer parámetro del certificarion bag", "puedes
# probar cambiando la url del servicio", "Os Correios mudaram a API ontem"), works-now and
# my-mistake replies ("tout refonctionne", "Mon erreur, j'ai changé mon mdp", "Tenía la
# autentificación en 2 pasos. La he quitado", "Ya se restableció", "fiz as alterações e
# funcionou!", "Résolu — cause identifiée"), how-tos (Free Mobile SMS to other contacts),
# advice on credential lifetime (OVH), vendor help pages on 401s and token expiry.
# Doubts: the Suez "Plus d'infos depuis le 31 août" opening post is labelled complaint
# (data stopped arriving through the integration) although the writer already suspects
# the provider, and the maintainer's "on ne peut rien faire... juste attendre" is other;
# the GRDF/Gazpar opening ("depuis plus rien") is a complaint while its closing "plus de
# données sur mon espace grdf. Je clôture" and the hint "Regardez si vous avez des données
# sur grdf" are other. The ePayco "Firma no válida" and Webpay "signature or decryption
# was invalid" rows count as credentials/notification verification failing (complaint).
# SUNAT's "No tiene el perfil para enviar comprobantes" is read as credentials rejected
# (complaint); "Ya han pasado 48 horas 🙁" is a short still-failing follow-up (complaint).
# homebridge-tydom #74 keeps only its French prose ("impossible de faire marcher
# tydom... voici le message qu'il met en boucle") because the log under it is English -
# labelled complaint. The Météo-France card rows (alerts no longer arriving after the
# upstream API change) are complaints; "Le problème n'est pas dans ce projet" is other.
# The Correios "Desse modo então meu site só vai voltar ao normal se eu fechar um
# contrato com os correios?" is a follow-up question (other). Integration 'other' where
# the excerpt names the product (ePayco, Openpay, Webpay/Transbank, SUNAT, FACe,
# PayU Latam, Tydom/Delta Dore, Cozytouch, OVH, Free Mobile, Tout sur mon eau, GRDF,
# Frisquet, Météo-France, Correios, PagSeguro, Microsoft Graph, SafetyCulture), else
# 'none'. No exposure. Languages: es 27, fr 26, pt 9 (62 rows: 32 complaint, 30 other).
# The openpay-woocommerce #13 follow-up (Spanish prose around a pasted English console
# line, "Failed to load resource: the server responded with a status of 401") carries no
# language tag: mixed, like the tibberlink #940 row of b275-b278.
ROWS = [
# --- Spanish ---
('https://github.com/epayco/Plugin_ePayco_WooCommerce/issues/173', 'issue', 'complaint', 'other', 'Estado de pedido queda en "Esperando Pago" WooCommerce\nCuando el pago es aceptado por el banco y la transacción se confirma, el pedido no pasa a "Procesando" ni a ningún estado final configurado en el Plugin de ePayco para WooCommerce, sino que queda en "Esperando Pago".', False, 'es'),
('https://github.com/epayco/Plugin_ePayco_WooCommerce/issues/3', 'issue', 'complaint', 'other', 'El estado no cambia de esperando pago a procesando\nCon la versión WooCommerce 3.5.4 y el Plugin 3.5.1 de ePayco, al recibir de manera exitosa un pago, el estado del pago no cambia exitosamente.', False, 'es'),
('https://github.com/epayco/Plugin_ePayco_WooCommerce/issues/3', 'issue', 'other', 'none', 'Buenas tardes\n\nReciba un cordial saludo.\n\nInformamos que se han realizado ajustes, mejoras y actualizaciones en el plugin, lo invitamos amablemente a realizar la actualización del plugin de acuerdo a la versión de woocommerce que presente, en caso de que ocurra algún inconveniente con el plugin, por favor informarnos.\n\nMuchas gracias por su comprensión.', False, 'es'),
('https://github.com/epayco/Plugin_ePayco_WooCommerce/issues/12', 'issue', 'complaint', 'other', 'Estado de pago incorrecto\nBuen día, llevamos un buen tiempo con un error en epayco. Tengo una instalación en el sitio web de un cliente, donde mucha cantidad de transacciones son aceptadas por ePayco pero en woocomerce salen canceladas.\nYa tenemos la versión reciente del plugin, en los tickets de soporte no me dan repsuesta desde hace 3 días.', False, 'es'),
('https://github.com/epayco/Plugin_ePayco_WooCommerce/issues/12', 'issue', 'complaint', 'none', 'Buenas noches, lo mismo nos pasa a nosotros desde hace mucho tiempo.\n\nHemos reportado el error a soporte varias veces sin solución.', False, 'es'),
('https://github.com/epayco/Plugin_ePayco_WooCommerce/issues/12', 'issue', 'other', 'none', 'Mira a mi no me dieron respuesta, pero lo solucioné cambiándolo de one page a standar checkout. Espero te funcione.', False, 'es'),
('https://github.com/epayco/Plugin_ePayco_WooCommerce/issues/50', 'issue', 'complaint', 'none', 'V 5.5.0 Firma no válida\nAl igual como se reportó en la V 5.4 la transacción pasa a Fallida, indica firma no válida, pero la transacción realmente es aprobada. \n\nfavor solucionar o indicar que realizar, dado que la lógica de mi negocio empieza con un estado "completado"\n\ngracias!', False, 'es'),
('https://github.com/open-pay/openpay-woocommerce/issues/13', 'issue', 'complaint', 'other', 'Agrego: revisando la consola encuentro este mensaje:\n\nFailed to load resource: the server responded with a status of 401 (No Autorizado)\nhttps://api.openpay.mx/v1/mupn4ftents38rjfastn/tokens\n\nLos tokens de producción están correctamente cargados. Puede faltar algo más?', False),
('https://github.com/open-pay/openpay-woocommerce/issues/13', 'issue', 'other', 'other', 'Que tal @MarceloPedra, sería bueno que revisaras la consola de tu navegador solo para descartar que no este tronando algún JS del plugin de Openpay, de algún otro plugin o de alguno mismo de WooCommerce.\n\nTambién sería oportuno si revisaras el log en tu dashboard de sandbox de Openpay para identificar cual es el error puntualmente.\n\nChecalo y nos cuentas por favor.\n\nSaludos!', False, 'es'),
('https://github.com/freshworkstudio/transbank-web-services/issues/49', 'issue', 'complaint', 'other', 'The signature or decryption was invalid\nEstoy tratando de hacer pruebas con el portal de webpay usando el codigo de comercio de integracion 597020000540 y me muestra este error The signature or decryption was invalid, si uso un codigo de comercio de produccion me funciona sin problemas.', False, 'es'),
('https://github.com/freshworkstudio/transbank-web-services/issues/49', 'issue', 'other', 'other', 'Hola. ¿Esto tiene algo que ver con este SDK en PHP? \nveo que usas .NET y existe un SDK oficial para ese lenguaje en https://github.com/TransbankDevelopers/transbank-sdk-dotnet', False, 'es'),
('https://github.com/freshworkstudio/transbank-web-services/issues/29', 'issue', 'complaint', 'other', 'The signature or decryption was invalid\nAl iniciar una transaccion en produccion, me entrega el siguiente error **The signature or decryption was invalid**. Hable con transbank, y ellos me dicen que es problema en el codigo.', False, 'es'),
('https://github.com/freshworkstudio/transbank-web-services/issues/29', 'issue', 'other', 'other', 'Te falta el tercer parámetro del certificarion bag. Ahi debes colocar el\ncertificado de transbank público', False, 'es'),
('https://github.com/thegreenter/greenter/issues/158', 'issue', 'complaint', 'none', 'No tiene el perfil para enviar comprobantes electrónicos\nHola alguien me ayuda llevo 2 dias con este error, ya cree 2 veces usuarios secundarios, le he asignado todos los permisos.\n\nmessage: "No tiene el perfil para enviar comprobantes electrónicos - Detalle: Rejected by policy."', False, 'es'),
('https://github.com/thegreenter/greenter/issues/158', 'issue', 'other', 'none', 'Hola revisa bien y espera a veces tarda hasta 24  horas .', False, 'es'),
('https://github.com/thegreenter/greenter/issues/158', 'issue', 'complaint', 'none', 'Ya han pasado 48 horas 🙁', False, 'es'),
('https://github.com/thegreenter/greenter/issues/158', 'issue', 'other', 'other', 'Hola @guillermosg28 , puedes revisar que los datos se han configurados correctamente, o de lo contrario comunicarte con sunat.\n```\nusuario = RUC + Usuario SOL\nclave    = contraseña SOL\n```', False, 'es'),
('https://github.com/thegreenter/greenter/issues/92', 'issue', 'complaint', 'none', 'No tiene el perfil para enviar comprobantes electronicos\nAlguien mas tiene problemas con este error, veo en varios foros de facebook que se les esta presentando el problema a clientes aleatoriamente\n\n0111 - No tiene el perfil para enviar comprobantes electronicos - Detalle: value=\'ticket: 7e88e9da-e69d-422f-8fa8-ca5837fa3de9, error: INFO: (nodo: "" valor: "")\'', False, 'es'),
('https://github.com/thegreenter/greenter/issues/92', 'issue', 'other', 'other', 'Hola @byJuanjo, puedes probar cambiando la url del servicio a `https://www.sunat.gob.pe/ol-ti-itcpfegem/billService`, eso le indico sunat a alguien con el mismo problema.', False, 'es'),
('https://github.com/FrameworkPeru/openinvoiceperu/issues/110', 'issue', 'complaint', 'other', "Error al enviar documento! Server.200 - Detalle: Error opening URL 'store:///notfound'\nNo puedo enviar ningún documento electrónico, alguien sabe si modificaron el servicio web de desarrollo de SUNAT. De pronto ya no puedo enviar (antes si lo hacía)", False, 'es'),
('https://github.com/FrameworkPeru/openinvoiceperu/issues/110', 'issue', 'other', 'other', 'Ya se restableció parece que era el problema en la sunat', False, 'es'),
('https://github.com/josemmo/Facturae-PHP/issues/97', 'issue', 'complaint', 'none', 'Estado del certificado desconocido\nBuenas...\n\nGracias por este gran aporte!\n\nTengo un certificado electrónico expedido por la FNMT desde febrero y utilizando esta librería para enviar facturas de una empresa  con éxito durante 5 meses.\n\nDesde ayer dejo de funcionar el envio de facturas por culpa del certificado (Sin especificar error) pero este esta **Válido y no revocado**.', False, 'es'),
('https://github.com/josemmo/Facturae-PHP/issues/97', 'issue', 'other', 'other', 'Hola @JoomBall,\n\n¿Con "dejó de funcionar" te refieres a que un punto de entrada de facturas no aceptó el documento? Si es así, ¿cuál? ¿FACe?', False, 'es'),
('https://github.com/yinyang17/pvpc_energy/issues/2', 'issue', 'complaint', 'none', 'Unknown error occurred\nBuenas,\n\nAl meter mis credenciales obtengo este mensaje:\n\nUnknown error occurred\n\nLa cuenta existe y esta probada desde la web\n\nGracias de antemano', False, 'es'),
('https://github.com/yinyang17/pvpc_energy/issues/2', 'issue', 'other', 'none', 'Me respondo a mi mismo.\n\nTenía la autentificación en 2 pasos. La he quitado', False, 'es'),
('https://github.com/wfpaisa/ps_payu/issues/3', 'issue', 'complaint', 'other', 'ayuda con tu módulo payulatam 1.7 errores\nhola, primero que todo gracias por el módulo, fué fácil de instalar y están claras las instrucciones pero me sale un error que no logro superar y es que me sale en el checkout después de elegir pagar con payulatam https://checkout.payulatam.com/ppp-web-gateway-payu/ allí sale que hay un problema con que no identifica mi ID de comerciante o que no identifica los parámetros dados', False, 'es'),
('https://help.safetyculture.com/es/000007/', 'forum', 'other', 'other', 'Generar token de API\n\nEste artículo le enseña cómo generar tokens para API que son necesarios para integraciones con SafetyCulture.\n\nTenga en cuenta que los tokens de API caducan después de 30 días de inactividad, momento en el cual deberá generar un nuevo token para que sus integraciones continúen funcionando con SafetyCulture.', False, 'es'),
# --- French ---
('https://github.com/tydom2mqtt/tydom2mqtt/issues/264', 'issue', 'complaint', 'other', 'PROBLÈME DE CONNEXION\nBonjour,\n\nDepuis hier 6h impossible de communiquer avec le Tydom, l’adresse IP est ok et dans les logs j’a ce message: \n\ntydom.TydomClient    - WARNING - Cannot send message to Tydom because no connection has been established yet.\n\nUne modification de la part de Delta Dore?', False, 'fr'),
('https://github.com/tydom2mqtt/tydom2mqtt/issues/264', 'issue', 'other', 'other', "Bonjour,\nJ'ai eu le même souci. \nJ'ai débranché le tydom, secteur et batterie, pendant 3 minutes.\nJ'ai ensuite redémarré Tydom2mqtt et tout refonctionne. \nBonne journée", False, 'fr'),
('https://github.com/mgcrea/homebridge-tydom/issues/74', 'issue', 'complaint', 'other', "impossible de faire marcher tydom\nbonjour j'ai un soucis pour faire marcher le plugin delta dore\n\nvoici le message qu'il met en boucle", False, 'fr'),
('https://github.com/mgcrea/homebridge-tydom/issues/74', 'issue', 'other', 'none', 'Le problème vient du mot de passe qui semble incorrect.', False, 'fr'),
('https://github.com/mgcrea/homebridge-tydom/issues/130', 'issue', 'complaint', 'other', 'Connexion impossible\nBonjour,\n\nDepuis ma dernière mise à jour de l’application Tydom sur ios, le plugin n’arrive plus à se connecter.\nVoici mon log. \nMerci de votre aide.', False, 'fr'),
('https://github.com/mgcrea/homebridge-tydom/issues/130', 'issue', 'other', 'other', 'Ce soucis de connexion est connu, tu peux regarder https://github.com/mgcrea/homebridge-tydom/issues/119 dans la partie  Troubleshootings\n\nle mot de passe est généré automatiquement par la box tydom, il faut que tu sniff le réseau pour retrouver le mot de passe généré. J’ai eu le même soucis et j’ai utilisé l’app proxyman ça marche nickel', False, 'fr'),
('https://github.com/mgcrea/homebridge-tydom/issues/130', 'issue', 'complaint', 'other', 'Merci pour ta réponse. \nLe problème c’est que j’ai déjà fais le Tito et malgré plusieurs reboot de Tydom 1.0 et de homebridge, c’est toujours pareil.\nJe sèche !', False, 'fr'),
('https://github.com/CyrilP/hass-deltadore-tydom-component/issues/297', 'issue', 'complaint', 'other', 'Après reset bouton 3 Tydom 2, impossible de se connecter en mode cloud. Message "impossible de se connecter à la passerelle". L\'app Tydom fonctionne normalement. mediation.tydom.com répond au ping.', False, 'fr'),
('https://github.com/CyrilP/hass-deltadore-tydom-component/issues/297', 'issue', 'other', 'other', 'Résolu — cause identifiée :\nLe reset bouton T3 (15s) a mis le compte Delta Dore dans un état invalide côté serveurs cloud. L’endpoint deltadoreb2ciot.b2clogin.com retournait “resource unavailable” depuis n’importe quelle connexion (WiFi et 4G).', False, 'fr'),
('https://github.com/gduteil/cozytouch/issues/84', 'issue', 'complaint', 'other', "Mise à jour des credentials dans l'intégration.\nJ'ai modifié le mot de passe de l'appli cozytouch. Depuis 2 jours l'integration ne remonte plus rien, je suppose que ça vient de ce changement même si quand je la recharge elle ne me met pas d'erreur.", False, 'fr'),
('https://github.com/gduteil/cozytouch/issues/120', 'issue', 'other', 'none', 'Bonjour,\nJ\'ai acheté le chauffe-eau et installé home assistant la même semaine. J\'ai eu ce message d\'erreur avec un compte "tout neuf". Donc, pas de blacklisting.\nJe ne sais pas pourquoi mais cela a fini par fonctionner. Je crois que les copier-coller de mdp ne fonctionnent pas correctement.', False, 'fr'),
('https://github.com/OBone-git/Cozytouch-domoticz/issues/18', 'issue', 'complaint', 'other', 'Bonjour,\nCe matin tous mes devices cozytouch sont en rouge dans domoticz, les logs indiquent que la connexion avec le serveur cozytouch est impossible :', False, 'fr'),
('https://github.com/OBone-git/Cozytouch-domoticz/issues/18', 'issue', 'other', 'none', "Mon erreur, j'ai changé mon mdp il y a une semaine, ça devait la première connexion avec login après expiration du cookie...", False, 'fr'),
('https://github.com/ovh/php-ovh-sms/issues/33', 'issue', 'complaint', 'other', "Client error response [url] https://api.ovh.com/1.0/sms/sms-xxxxxxxxxx-1/jobs [status code] 403 [reason phrase] Forbidden\nSalut !\nJ'ouvre cette issue parceque j'ai essayé de voir les autres issues mais j'ai pas eu de solution à mon problème.", False, 'fr'),
('https://github.com/ovh/php-ovh-sms/issues/1', 'issue', 'other', 'none', "Bonjour à tous,\nJe n'ai pas lu toutes les messages, mais il faut faire attention lors de la\ncréation de Credantials de bien s'assuré que la duré est illimité, si non\nvotre code fonctionnera une journée puis s’arrête car les credantials\nexpire sous 24h je pense.", False, 'fr'),
('https://github.com/cedced19/free-mobile-desktop/issues/5', 'issue', 'other', 'other', "bravo pour ton api\nBonjour,\n\nj'envoie beaucoup de sms free mobile et parfois longs, cela me prends du temps.\n\nJ'essaye d'utiliser ton api et j'arrive à m'envoyer des sms mais je souhaiterais savoir si je peux l'utiliser pour envoyer des sms à d'autres contacts ? comment ?", False, 'fr'),
('https://github.com/cedced19/free-mobile-desktop/issues/5', 'issue', 'other', 'other', "Sans connaitre la clef d'API du portable free mobile, tu ne peux pas envoyer des sms à des personnes qui n'ont pas leur portable chez Free Mobile.", False, 'fr'),
('https://github.com/laurent-martin/hass_int_toutsurmoneau/issues/8', 'issue', 'complaint', 'other', 'Plus d\'infos depuis le 31 août\nBonjour,\nJ\'utilise ton intégration dans HA depuis plusieurs mois sans problèmes. \nNéanmoins depuis le 31 Août, aucune remontée d\'information. Je suis allé sur le site web de "Tout sur mon eau", et le problème semble venir de leur côté car il n\'y a pas de donnée de consommation journalière pour Septembre.', False, 'fr'),
('https://github.com/laurent-martin/hass_int_toutsurmoneau/issues/8', 'issue', 'other', 'none', "Bonjour,\n\nEn effet, je n'ai pas de données non plus pour septembre, donc on ne peut rien faire... juste attendre que les données arrivent.", False, 'fr'),
('https://github.com/cyprieng/gazpar-home-assistant/issues/27', 'issue', 'complaint', 'none', "Temporalité des remontées des données ? Plus rien depuis 3 jours\nBonjour,\n\nUn grand merci pour cette intégration très pratique et très simple d'installation pour Home Assistant.\nJe l'ai installé lundi et j'ai bien eu des stats les 5 et 6 avril mais depuis plus rien.\nPas de problème sur les logs pourtant.\nUne idée ?", False, 'fr'),
('https://github.com/cyprieng/gazpar-home-assistant/issues/27', 'issue', 'other', 'other', "Bonjour \nRegardez si vous avez des données sur grdf.\nDe mon côté je n'ai plus rien depuis le 4.\nDonc pas de données non plus avec l'appli \nCdlt\nPhilippe", False, 'fr'),
('https://github.com/TheGui01/Frisquet-connect-for-home-assistant/issues/45', 'issue', 'complaint', 'other', "Pas de remontée de conso depuis le 20/10\nBonjour,\n\nJe n'ai plus de données dans HA depuis le 20/10.\nJe n'ai pas reçu d'alerte du site me disant que le contact avec ma chaudière avait été perdu, sur le portail Frisquet, j'ai bien des données pour le mois d'Octobre.", False, 'fr'),
('https://github.com/hacf-fr/lovelace-meteofrance-weather-card/issues/117', 'issue', 'complaint', 'none', "Les alertes météo semblent HS\nBonjour,\nles alerte météo ne fonctionnent plus chez moi. \nDans le doute j'ai créé un nouvelle carte pour Paris, mais toujours pas d'alertes.\nCela fonctionne chez vous ?\nMerci.", False, 'fr'),
('https://github.com/hacf-fr/lovelace-meteofrance-weather-card/issues/117', 'issue', 'complaint', 'other', "Bonjour,\nJ'ai le même souci, et en ce moment je suis dans un département avec alerte canicule. \nDe ce que j'ai lu en parcourant ici et là c'est que Météo France a changé qqc et que le du coup l'intégration Météo-France ne fonctionne plus correctement au niveau des alertes.", False, 'fr'),
('https://github.com/hacf-fr/lovelace-meteofrance-weather-card/issues/117', 'issue', 'other', 'other', "Le problème n'est pas dans ce projet mais dans celui de [meteofrance-api](https://github.com/hacf-fr/meteofrance-api).", False, 'fr'),
('https://learn.microsoft.com/fr-fr/graph/resolve-auth-errors', 'forum', 'other', 'other', 'Erreur (401) Non autorisé : votre jeton est-il valide ?\n\nVérifiez que votre application présente un jeton d’accès valide à Microsoft Graph dans le cadre de la demande. Cette erreur signifie souvent que le jeton d’accès peut être manquant dans l’en-tête de demande d’authentification HTTP ou que le jeton n’est pas valide ou est arrivé à expiration.', False, 'fr'),
# --- Portuguese ---
('https://github.com/claudiosanches/woocommerce-correios/issues/254', 'issue', 'complaint', 'other', 'Failed to connect to ws.correios.com.br port 80 ("Nenhuma opção de entrega foi encontrada para..."\nOlá, pessoal.\n\nEstou enfrentando um problema que vejo ser recorrente - ao fazer o checkout, o sistema mostra a mensagem "Nenhuma Opção De Entrega Foi Encontrada Para…".\nVerifiquei os logs e percebi que o plugin não está conectando com os correios, mostrando esta mensagem:\n\n09-18-2023 @ 14:21:01 - WP_Error: cURL error 7: Failed to connect to ws.correios.com.br port 80 after 168 ms: Couldn\'t connect to server\n\nalguma ideia do que pode ser feito?\nMuito obrigado', False, 'pt'),
('https://github.com/claudiosanches/woocommerce-correios/issues/254', 'issue', 'complaint', 'other', 'Está acontecendo exatamente o mesmo erro com um dos meus sites. Entrei em contato com o suporte do woo comerce e eles não me deram uma solução, só falaram pra eu entrar em contato com o desenvolvedor (que seria eu) ou contratar o serviço deles.', False, 'pt'),
('https://github.com/claudiosanches/woocommerce-correios/issues/254', 'issue', 'other', 'other', 'Os Correios mudaram a API ontem desativando o webservice. Precisa mudar para a nova API.https://github.com/claudiosanches/woocommerce-correios#configura%C3%A7%C3%A3o-do-plugin', False, 'pt'),
('https://github.com/claudiosanches/woocommerce-correios/issues/254', 'issue', 'other', 'other', 'Desse modo então meu site só vai voltar ao normal se eu fechar um contrato com os correios?', False, 'pt'),
('https://github.com/finotilucas/Correios-Brasil/issues/60', 'issue', 'complaint', 'none', 'Falha na autenticação (novamente)\nVoltou a dar falha na autenticação, mesmo restartando o Script por aqui, com mais alguém está ocorrendo?', False, 'pt'),
('https://github.com/finotilucas/Correios-Brasil/issues/60', 'issue', 'other', 'none', 'Boa tarde!\n\nObrigado por compartilhar, fiz as alterações e funcionou!', False, 'pt'),
('https://github.com/pagseguro/pagseguro-modulo-prestashop/issues/91', 'issue', 'complaint', 'other', 'erro de token invalido e unknown web session id (hospedagem compartilhada trava sessionid)\nsou novo aqui e queria configurar o meu prestashop junto com api do pagseguro, mas estou tendo estas dificuldades poderia me ajudar', False, 'pt'),
('https://github.com/pagseguro/pagseguro-modulo-prestashop/issues/91', 'issue', 'other', 'other', 'Boa Tarde marceonesgenesis,\n\nObrigado por utilizar o módulo oficial da PagSeguro e seja muito bem-vindo! :)\n\nEste travamento, "Token Web Inválido", pode ser originado por problemas de configuração de permissões de arquivos na hospedagem ou e-mail inválido na configuração do módulo.', False, 'pt'),
('https://docs.sensedia.com/pt/faqs/Latest/calls/key_validation_401.html', 'forum', 'other', 'none', 'Por que minha API retorna token inválido?\nSe sua API possui um interceptor de validação de chaves e ao realizar a chamada recebemos como resposta o status code 401-Unauthorized isto indica que a chave informada é inválida, por motivo de:\n- \nEstar errada, expirada ou revogada \n- \nNão possuir acesso àquele recurso/API', False, 'pt'),
]
