# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 586 (mine-b586): NON-ENGLISH ISSUE VOICE, INTEGRATION COMPLAINTS AND NEAR MISSES - GitHub issue / PR threads
# in French, Italian and Portuguese where someone reports that a connection between two systems fails now (Linky /
# Enedis data no longer fetched, Netatmo integration in Home Assistant failing, Aruba SPID signature rejected, ANSC vs
# Aruba remote signature mismatch) plus near misses from the
# same threads (maintainer replies, duplicates closed, "c'est ok aujourd'hui", reinstall fixed it, a Zigbee Linky
# dongle that stops reporting, a Vindi webhook PR).
# All rows voice='issue': texts copied from the `search` tool's issues-corpus excerpts - a title plus the start of the
# description, or one comment - cut at a line end, never reworded or translated; comment rows cite the thread URL.
# Exception to "the start": home-assistant #133313 / #156559 keep the template heading "### The problem".
# The DomoticzLinky #251 row keeps the delivery-point number masked with asterisks as the excerpt shows it.
# Counts: 15 rows from 8 threads, 5 complaints (33%), 0 exposure rows; languages fr 9, it 4, pt 2 (no de / es row).
# Shortfall: the batch is far below the ~130 asked. The theme space is heavily mined already (about 10,000 de/es/it/pt/fr
# rows in earlier batches); of ~150 threads the 33 searches returned, about 85% were already used (Mercado Pago /
# Mercado Libre, AFIP, ioBroker homeconnect / senec / tibberlink, Shopware / Shopify / Bling, Loxya, GeoNature,
# demarche-numerique, evolution-api, selectline-api, fattureincloud, ansc, mc-woocommerce...). The pages corpus gave
# only blog / vendor-doc pages for the native forum phrases (silverpc.hu, wcpos docs, PagSeguro docs), no forum
# threads, so no 'forum' row; generic native queries fell back to English threads. Deadline reached at 33 lookups.
# One more candidate (evolution-api #1776 description) was dropped: its text duplicates #1777, already in b415.
# Label calls: complaints - DomoticzLinky #251 (no Linky data since 22/01 despite Enedis consent), spid-cie-php #260
# (Aruba SPID "Unable to validate Signature"), ansc #2460 comment (ANSC errors while Aruba confirms the signature -
# doubtful, a cross-system mismatch), home-assistant #133313 (Netatmo integration configuration fails), #156559 (Netatmo thermostat stays unavailable
# although the integration is added - doubtful). Other: DomoticzLinky #198 ("Aujourd'hui c'est ok", works again),
# maintainer duplicate close (#251), Zlinky_TIC #65 (Zigbee dongle between meter and Z2M stops reporting - device /
# radio link, not two systems' connection, like Bluetooth; doubtful) and its replies, spid-cie-php replies (certificate
# update hint, follow-up question), Vindi PR description and closing comment, Netatmo "réinstaller ... a résolu".
# Integration: 'other' where a product's connection is named (Enedis / Linky, Aruba SPID, Aruba signature,
# Netatmo, Vindi), 'none' for the Zigbee dongle and a generic follow-up question.
# Lookups: 33 (search 33).
# Sources (8 threads):
#  guillaumezin/DomoticzLinky/issues/251, guillaumezin/DomoticzLinky/issues/198, fairecasoimeme/Zlinky_TIC/issues/65,
#  italia/spid-cie-php/issues/260, italia/ansc/issues/2460,
#  vindi/vindi-magento/pull/30, home-assistant/core/issues/133313, home-assistant/core/issues/156559

ROWS = [
    ('https://github.com/guillaumezin/DomoticzLinky/issues/251', 'issue', 'complaint', 'other', 'Domoticz Linky\n\nBonjour, depuis le 22/01/2026 plus de données accessibles, même message "2026-01-27 14:20:04.077 Status: Linky: Récupération des données avec l\'historique court\n2026-01-27 14:20:04.077 Status: Linky: Traitement pour le point de livraison ******************\n2026-01-27 14:20:44.081 Status: Linky: Durant l\'étape : retry - Trop d\'échecs de communication, le plugin réessaiera plus tard\n2026-01-27 14:20:44.082 Status: Linky: Prochaine connexion : 2026-01-27 15:20:44" j\'ai tout effacé, tout réinstallé, consentement Enedis validé, mais toujours rien, que se passe t\'il?', False, 'fr'),
    ('https://github.com/guillaumezin/DomoticzLinky/issues/251', 'issue', 'other', 'none', 'Oui, doublon du #250, je ferme ce ticket', False, 'fr'),
    ('https://github.com/guillaumezin/DomoticzLinky/issues/198', 'issue', 'other', 'other', "Pas de données récupérées hier 25 janvier 2023\n\nBonjour,\n_Pour info car cela ne semble pas être un sujet DomoticzLinky mais Enedis_\nen fait sur l'application Enedis y a bien la consommation d'hier 24/01  donc la  passerelle peut être ?\n\nAujourd'hui c'est ok mais hier :", False, 'fr'),
    ('https://github.com/fairecasoimeme/Zlinky_TIC/issues/65', 'issue', 'other', 'none', "Plus de valeur remontée après quelques heures depuis le passage en mode standard.\n\nHello,\n\nZ2M + firmware 4000-0005, quand j'ai reçu j'étais en mode historique et tout marchais pas trop mal.\nDepuis le passage en mode standard qui a mis des plombes coté total les données ne sont plus remontée après un temps aléatoire entre qq heures et 2 jours.", False, 'fr'),
    ('https://github.com/fairecasoimeme/Zlinky_TIC/issues/65', 'issue', 'other', 'none', "Je vois que tu as configuré une liste limitative base, papp, iinst qui sont des valeurs du mode HISTORIQUE. C'est peut-être la raison. As-tu essayé de supprimer ces valeur et de mettre **all** à la place. As-tu essayé de forcer le mode historique ?", False, 'fr'),
    ('https://github.com/fairecasoimeme/Zlinky_TIC/issues/65', 'issue', 'other', 'none', "Bonjour, ça ne serait pas le condo par hasard ? Je crois que j'ai le même problème.", False, 'fr'),
    ('https://github.com/italia/spid-cie-php/issues/260', 'issue', 'complaint', 'other', 'Solamente con Aruba SPID, ottengo il seguente messaggio di errore: Unable to validate Signature\n\nUsandro https://spid2.comune.vallecorsa.fr.it/\ncome link per autenticazione tramite SPID al servizio di un comune, che ho implementato, ultimamente ottengo solo per ARUBA il seguente errore:\n\nStatusCode:\nStatusMessage: Unable to validate Signature\nErrorMessage: Errore non identificato\n\nCosa mi consigliate di fare?', False, 'it'),
    ('https://github.com/italia/spid-cie-php/issues/260', 'issue', 'other', 'other', 'Lo scorso 22 gennaio Aruba ha aggiornato il suo certificato. Hai provveduto ad aggiornare il metadata degli IdP?', False, 'it'),
    ('https://github.com/italia/spid-cie-php/issues/260', 'issue', 'other', 'none', 'No, cosa devo fare? Scusa se la domanda è banale, ma non sapevo di questa cosa', False, 'it'),
    ('https://github.com/italia/ansc/issues/2460', 'issue', 'complaint', 'other', "Buongiorno,\ninfatti la segnalazione era per la differenza tra ANSC e ARUBA, il sistema ANSC mi ha dato errore e l'atto risulta ancora in stato FIRMATO DAL DICHIARANTE, quindi con ANSC quadra, ma invece da ARUBA mi arriva la mail per indicarmi che ho firmato l'atto.", False, 'it'),
    ('https://github.com/vindi/vindi-magento/pull/30', 'issue', 'other', 'other', 'Fix/renovacao pedidos\n\nAlteração na validação do Webhook de renovação de pedidos da Vindi.', False, 'pt'),
    ('https://github.com/vindi/vindi-magento/pull/30', 'issue', 'other', 'other', 'Foi verificado um atraso na Interpretação dos Webhooks que provavelmente é o causador dos erros na interpretação dos retornos da Vindi.\n\nEstou fechando esse PR, para analisarmos uma maneira mais assertiva de ajustar essa questão.', False, 'pt'),
    ('https://github.com/home-assistant/core/issues/133313', 'issue', 'complaint', 'other', "Intégration netatmo ne fonctionne plus\n\n### The problem\n\nÉchec de configuration de l'intégration alors que celle-ci fonctionnait", False, 'fr'),
    ('https://github.com/home-assistant/core/issues/133313', 'issue', 'other', 'other', "Bonjour. Je me suis finalement résolu à desinstaller et réinstaller l'intégration. Cela a résolu mon problème.", False, 'fr'),
    ('https://github.com/home-assistant/core/issues/156559', 'issue', 'complaint', 'other', "Netatmo thermostat indisponible\n\n### The problem\n\nBonjour,\nJe suis nouveau dans HA et pour l'instant toutes mes integration se passe bien sauf.... concernant Netatmo\nCela fait une dizaine de jours que j'essaye de connecter mon thermostat netatmo à HA, l'integration se passe parfaitement mais il est toujours en mode indisponible.", False, 'fr'),
]
