# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 308 (mine-lang9): NON-ENGLISH rows - Portuguese, Spanish and French - about
# e-commerce/ERP/payment APIs, tax-authority web services, ISP boxes and the Enedis
# (Linky) data chain, complaints together with the near misses of the same threads.
# Issue voice only (GitHub issues and a few PRs found with the `issues` search corpus,
# texts copied from the thread excerpts); every URL checked against tools/real/*.py with
# and without trailing slash - the Bling/Hotmart/ticketz/wppconnect threads of b160, the
# Mercado Libre threads of b105, the AFIP threads of b251, the SAT threads of b251, the
# ecommerceng threads of b106 and the Linky/Enedis threads of b252/b253/b276 were found
# already used and left alone.
# Sources: Portuguese - Moip SDK, a Nubank API client, OLX's ad-integration API, Sage
# One's Brazilian NF-e API, Organizze's API docs, Map-OS, Press-Ticket (GPT key), RD
# Station's WordPress plugin (an issue and a PR), a student project sending leads to RD
# Station, Mercado Libre's PHP SDK. Spanish - a Mercado Pago webhook-signature task,
# SAT CFDI bulk-download clients (python-satcfdi, python-cfdiclient,
# phpcfdi/sat-ws-descarga-masiva), AFIP SDKs (afip.php, afip.js, pyafipws), LibreDTE
# (Chile's SII), Mercado Pago's Node SDK and PrestaShop module, Culqi for WooCommerce.
# French - a Freebox Home integration (gvigroux/freebox_home), the Orange TV Kodi add-on,
# the Bbox Home Assistant integration, Conso API / MyElectricalData / apiEnedis /
# DomoticzLinky threads not used before, and own-app token near misses (GeoNature-citizen,
# osuny admin, a Dolibarr backup module, data.gouv.fr).
# Complaints: "Estou recebendo erro 401", "parece que a autenticação parou de funcionar",
# "esta dando erro 401 mesmo passando o authorization correto", "passei a não conseguir
# mais me autenticar na API", "no login ok, demais funções erro 401", "Os dados de
# contato não estão sendo enviados para o RDStation"; "Certificado Inválido", "me está
# pasando lo mismo", "les está fallando el servicio por parte del SAT?", "wsaa me da error
# de certificado ... despues de estar funcionando correctamente por casi dos años",
# "Unauthorized use of live credentials" (prose only), "TOKEN invalido"; "Problème avec
# l'authentification ?", "j'ai une erreur de connexion (échec de configuration)",
# "Impossible de rafraîchir le token", "même message d'erreur pour moi", "Mon token est
# bon ... mais rien n'y fait", "je n'ai plus de données affichées".
# Near misses: maintainers' questions and diagnoses ("o erro apresentado é
# AuthorizationFailure?", "Você está mandando o token que pegou no login?", "vc tem
# creditos?", "no puedes usar el CSD", "Ese error aparece cuando tratas de usar un cert de
# test en prod", "l'API qui permet de se connecter est en panne", "je viens de corriger le
# problème"), works-now replies ("voltou ao normal muito obrigado", "ya funciona sin
# problemas", "parece que se reestableció", "Ca fonctionne chez moi", "tout est rentré dans
# l'ordre"), how-tos ("Como fazer o refresh do acess_token no novo sdk?", "para GF não é
# necessário o token rd station não?"), an explanatory post on AFIP's "ya posee un TA
# valido", a PR description (RD Station token-expired log), a security task (validate
# Mercado Pago webhook signatures), feature requests (mail admins on an invalid token,
# store API-token errors), and apps' own session/CSRF tokens.
# Doubts: python-satcfdi #37 "Yo tengo el mismo error, sin embargo ... los certificados
# 'reales' sí funcionan sin problema" is a +1 whose writer says his real set-up works -
# other. LibreDTE #72 reports SII's certification RCV refusing the certification token and
# offers a patch - complaint (credentials rejected now), though it reads like a fix.
# MyElectricalData #574 opens as a question ("Existe-t-il une possibilité de récupérer le
# token ?") but says Enedis' consent service is down - complaint. apiEnedis #182 ("Demande
# de Token") is a consent page that never returns a token - complaint. Map-OS #2649 calls
# the app's own REST API from an external client and gets 401 - read as an integration
# (complaint), not an own-session logout. GeoNature-citizen #440 ("Erreur 401 : token has
# expired" after the session lapsed) is the app's own frontend/backend session - other,
# like the candilib/egapro rows of earlier batches. Press-Ticket #102 is labelled 'other'
# integration for its "GPT ERROR" title (an OpenAI key in a ticket app). AFIP's WSAA/WSASS
# named in a text count as the product (integration 'other'). The freebox_home #9 row is
# a quoted message ("> ...") as the comment shows it. Titles in English over a
# non-English body were left out (sdk-nodejs #161, RD Station PR #81, afip.js #48's body
# kept only as the maintainer reply). No exposure. Languages: pt 19, es 21, fr 21.
ROWS = [
('https://github.com/wirecardBrasil/moip-sdk-php/issues/63', 'issue', 'complaint', 'none', 'Erro 401 - Erro de Autenticação.\nEstou recebendo erro 401 no retorno. Funciona perfeitamente em homologação. Minha conta é do tipo "negócio" e alterei o token e chave. No entanto continuo recebendo erro de autenticação. Meu código está como na documentação e funciona perfeitamente em sandbox.', False, 'pt'),
('https://github.com/wirecardBrasil/moip-sdk-php/issues/63', 'issue', 'other', 'other', 'Entra em contato com o suporte de desenvolvedores do moip, e avisa que vc quer utilizar a API v2.\n\nPor padrão as contas de sandbox estão habilitadas apenas para API v1', False, 'pt'),
('https://github.com/fmsouza/nubank-api/issues/22', 'issue', 'complaint', 'none', 'Erro\nDepois da última atualização parece que a autenticação parou de funcionar.', False, 'pt'),
('https://github.com/olxbr/ad_integration/issues/34', 'issue', 'complaint', 'other', 'Autenticação - Problemas técnicos\nEstou tentando realizar a autenticação através da API, e a OLX retorna o erro abaixo.', False, 'pt'),
('https://github.com/Sage/sageone_br_nfe_documentacao_api/issues/34', 'issue', 'complaint', 'none', 'Erro ao emitir uma NFS-e - PHP\nOlá, não estamos conseguindo emitir uma nota pela API.\nRealizamos a autenticação via OAuth2 com sucesso, mas, mesmo utilizando o sample em PHP ele retorna erro de autenticação ao requisitar o end point da emissão da nota. \n\nAlguém poderia nos ajudar?', False, 'pt'),
('https://github.com/Sage/sageone_br_nfe_documentacao_api/issues/34', 'issue', 'other', 'none', 'Olá @sandrocavalcanti o erro apresentado é `AuthorizationFailure`?', False, 'pt'),
('https://github.com/organizze/api-doc/issues/7', 'issue', 'complaint', 'none', 'nao estou conseguindo mais usar a api\nesta dando erro 401 mesmo passando o authorization correto', False, 'pt'),
('https://github.com/organizze/api-doc/issues/7', 'issue', 'other', 'none', 'Confirmei aqui, além do erro da rota inexistente, realmente havia um problema na autenticação. Corrigido. Muito obrigado por reportar o Problema @thalessfmg', False, 'pt'),
('https://github.com/organizze/api-doc/issues/7', 'issue', 'other', 'none', '@esdras voltou ao normal muito obrigado', False, 'pt'),
('https://github.com/organizze/api-doc/issues/50', 'issue', 'complaint', 'none', 'não consigo mais autenticar minha aplicação\nolá, por acaso houve alguma mudança no backend? de um mês para outro passei a não conseguir mais me autenticar na API, e quando abri um ticket no suporte eles sugeriram tentar uma outra API key, o que também não funcionou.', False, 'pt'),
('https://github.com/RamonSilva20/mapos/issues/2649', 'issue', 'complaint', 'none', 'Erro Api\nBom dia, alguém está com erro na api, no login ok, demais funções erro 401', False, 'pt'),
('https://github.com/RamonSilva20/mapos/issues/2649', 'issue', 'other', 'none', '@gyulamester Você está mandando o token que pegou no login nas outras requests?', False, 'pt'),
('https://github.com/rtenorioh/Press-Ticket/issues/102', 'issue', 'complaint', 'other', 'GPT ERROR\npreenchi ambos os campos corretamentas mas ainda sim recebo a msg de erro dizendo que não tenho api...', False, 'pt'),
('https://github.com/rtenorioh/Press-Ticket/issues/102', 'issue', 'other', 'none', 'vc tem creditos? pois se nao tiver creditos não conseguirá usa a integração', False, 'pt'),
('https://github.com/rtenorioh/Press-Ticket/issues/102', 'issue', 'complaint', 'none', 'Infelizmente não está funcionando, um amigo testou com a dele tbm e nada, da o msm erro', False, 'pt'),
('https://github.com/ResultadosDigitais/rdstation-wp/issues/42', 'issue', 'other', 'other', 'Token RD Station para GF\nOlá pessoal, para GF não é necessário o token rd station não? Como será feito associação dos lead do meu site para minha conta?', False, 'pt'),
('https://github.com/ResultadosDigitais/rdstation-wp/pull/81', 'issue', 'other', 'none', 'Mensagem de erro de token inválido aparece todo dia quando o token expira e está fazendo clientes abrirem tickets no suporte\n - Mensagem de token expired não é mais exibida, a mensagem de token inválido só é exibida no caso da tentativa do refresh token não funcionar', False, 'pt'),
('https://github.com/marcosdosea/gcm-ufs/issues/401', 'issue', 'complaint', 'other', 'Bug formulário de captura de leads\nOs dados de contato não estão sendo enviados para o RDStation', False, 'pt'),
('https://github.com/mercadolibre/php-sdk/issues/103', 'issue', 'other', 'none', 'Como fazer o refresh do acess_token no novo sdk?\nBoa tarde,\n\nNo sdk antigo tinha um exemplo de como se fazer o refresh_token.\n\ncomo funciona agora, poderiam dar um exemplo?\n\nobrigado!', False, 'pt'),
('https://github.com/qubustudio/lzdetailingstorebackend/issues/14', 'issue', 'other', 'other', 'security: Validar firma del webhook de Mercado Pago (CRITICO)\n## Descripcion\nEl endpoint POST /api/v1/webhooks/mercadopago debe validar la firma de las notificaciones IPN. Sin esto, cualquiera puede falsificar una notificacion de pago y marcar ordenes como pagadas.', False, 'es'),
('https://github.com/SAT-CFDI/python-satcfdi/issues/48', 'issue', 'complaint', 'other', 'Intentar descarga masiva con certificado SAT FIEL error 500\ninstale la libreria python-satcfdi y copie el codigo de ejemplo para descarga masiva de CFDI estoy teniendo problemas  obtengo una salida donde pide generar el token, le di una leida al codigo y al parecer si debería de generar por que esta en la funcion. comparto la salida.', False, 'es'),
('https://github.com/SAT-CFDI/python-satcfdi/issues/37', 'issue', 'complaint', 'none', "Certificado Inválido en descarga masiva\nObtengo:\n\n`{'CodEstatus': '305', 'Mensaje': 'Certificado Inválido'}` al usar el certificado", False, 'es'),
('https://github.com/SAT-CFDI/python-satcfdi/issues/37', 'issue', 'other', 'none', 'Yo tengo el mismo error, sin embargo creo que está relacionado con los certificados de prueba dado que los certificados "reales" sí funcionan sin problema.', False, 'es'),
('https://github.com/SAT-CFDI/python-satcfdi/issues/37', 'issue', 'other', 'none', 'no puedes usar el CSD', False, 'es'),
('https://github.com/luisiturrios1/python-cfdiclient/issues/44', 'issue', 'complaint', 'none', 'Hola, dejé de usar la libreria unos meses y estoy de regreso, y me está pasando lo mismo, al parecer el código de Error es 301 "XML mal formado"', False, 'es'),
('https://github.com/luisiturrios1/python-cfdiclient/issues/44', 'issue', 'other', 'other', 'Hola colegas, comencé de cero con la librería actualizada y ya funciona sin problemas, lo que detecté ahora es que el token expira, esto por qué el SAT mantiene una petición hasta 72 horas, lo que hice fue que entre mis peticiones agregué un método que renueva el token a los 2 minutos', False, 'es'),
('https://github.com/luisiturrios1/python-cfdiclient/issues/11', 'issue', 'complaint', 'none', 'Certificado Invalido\nHola. He estado probando los ejemplos y usando los certificados de prueba pero recibo respuesta 305 Certificado Invalido en cada solicitud. Agradeceria cualquier sugerencia. Gracias', False, 'es'),
('https://github.com/phpcfdi/sat-ws-descarga-masiva/issues/65', 'issue', 'complaint', 'other', 'Error por parte del SAT?\nHola, disculpa ahorita les está fallando el servicio por parte del SAT?\n\nDesde aproximadamente el día 6 o 7 de junio del 2024 estoy notando que al verificar la petición el estado de la misma se queda en 1 (Aceptada) pero no pasa de ahí, no se si les esté pasando lo mismo', False, 'es'),
('https://github.com/phpcfdi/sat-ws-descarga-masiva/issues/65', 'issue', 'other', 'none', 'Muchas gracias por tu confirmación, también ayer parece que se reestableció y veo que ya se están descargando todos los pendientes, muchas gracias nuevamente', False, 'es'),
('https://github.com/AfipSDK/afip.php/issues/15', 'issue', 'other', 'other', 'El CEE ya posee un TA valido para el acceso al WSN solicitado\nEste error se produce, dependiendo del tráfico en los servidores de AFIP, cuando se intenta obtener ticket de acceso demasiadas veces estando vigente tickets anteriores.', False, 'es'),
('https://github.com/AfipSDK/afip.php/issues/95', 'issue', 'complaint', 'none', 'El CEE ya posee un TA valido para el acceso al WSN solicitado\nHace un tiempo realice la misma consulta, y me comentaron que debia tener un certificado para cada server... asi lo hice, pero en cada server, cada vez que solicito un cae me da el siguiente error:', False, 'es'),
('https://github.com/AfipSDK/afip.js/issues/48', 'issue', 'other', 'other', 'Estas en modo testing? Copiaste bien el texto del cert que te dio afip incluyendo el BEGIN y END?', False, 'es'),
('https://github.com/AfipSDK/afip.js/issues/52', 'issue', 'complaint', 'other', 'Certificado no emitido por AC de confianza\nHola, Como va?\n\nEstoy con un problemita que me esta volviendo loco..\n\nGenere los 2 certificados 1 desde WSAAS para testing \ny otro desde  Administración de Certificados Digitales, en teoria para Produccion.\n\nCuando uso mi cuit en el modo testing, funciona ok, pero cuando lo paso a produccion y pongo el certifcado y la key me da este error:\n\nCertificado no emitido por AC de confianza.', False, 'es'),
('https://github.com/AfipSDK/afip.js/issues/52', 'issue', 'other', 'none', 'Ese error aparece cuando tratas de usar un cert de test en prod o viceversa. Si estas en prod no olvides pasarle el parametro `production: true` al `new Afip()`', False, 'es'),
('https://github.com/reingart/pyafipws/issues/76', 'issue', 'complaint', 'other', 'Certificado Invalida\nHola,\n     hoy, 01/06 wsaa me da error de certificado (estoy usando WSFEv1) despues de estar funcionando correctamente por casi dos años cuando en Septiembre del 2018 hubo también una actualización del certificado; buscando el posible problema encontre un certificado creado hace dos días lo reemplace pero sigue igual; ademas de reemplazarlo e incorporarlo a Windows hay que hacer algo mas? desde ya muchas gracias.', False, 'es'),
('https://github.com/LibreDTE/libredte-lib-core/issues/72', 'issue', 'complaint', 'other', 'Registro de compra venta - TOKEN invalido\nEstuve probando y al parecer el wsdl de certificación, en el RCV, requiere un token de producción para poder acceder a los datos requeridos.\n\nDejo un pequeño parche ya que no sé donde podría reportar esto al SII:', False, 'es'),
('https://github.com/LibreDTE/libredte-lib-core/issues/72', 'issue', 'other', 'other', 'Pude reproducir lo indicado, y efectivamente con un token de producción no hay problemas en certificación.\n\nAntes no era así, pero si SII hizo algún cambio, esperemos que sea definitivo. De todas formas si en el futuro es necesario revertir se hace.', False, 'es'),
('https://github.com/mercadopago/sdk-nodejs/issues/161', 'issue', 'complaint', 'other', 'Buenas, estoy integrando Mercado Pago a través de la funcionalidad Marketplace (estoy utilizando el SDK de NodeJS).\nYa solicité la homologación y tengo las credenciales de producción, además de tener creada la aplicación de Marketplace.\nA la hora de intentar realizar un pago obtengo el siguiente error:', False, 'es'),
('https://github.com/mercadopago/cart-prestashop/issues/64', 'issue', 'complaint', 'other', 'Undefined index: access_token - Al guardar clint_id & client_secret\nAl intentar guardar los datos de MercadoPago en mi **Prestashop 1.6.1.0** obtengo el siguiente mensaje de error:', False, 'es'),
('https://github.com/culqi/culqi-woocommerce/issues/15', 'issue', 'other', 'other', 'Hola! @videotuto ese error pasa cuando pones mal la llave publica. me podrias indicar que version estas usando del api porque el plugin de woocommerce usa la 2.0', False, 'es'),
('https://github.com/gvigroux/freebox_home/issues/9', 'issue', 'complaint', 'other', '> J\'ai desinstaller, reinstaller l\'add on, retesté. elle est immediatement reconnu par home assistant, je choisi "ajouter l\'integration" "freebox home" "configurer une nouvelle instance" pour pouvoir mettre mon domaine et mon port securisé et maintenant j\'ai un message d\'erreur des que je valide "lien routeur freebox " que je n\'avais pas avant de desinstaller l\'addon', False, 'fr'),
('https://github.com/gvigroux/freebox_home/issues/10', 'issue', 'other', 'other', "@dbzzzde je viens de corriger l'installation avec HACS. Ca marche maintenant", False, 'fr'),
('https://github.com/f-lawe/plugin.video.orange.fr/issues/74', 'issue', 'complaint', 'other', 'Addon ne demarre pas. Problème avec l\'authentification ?\nHello. Je viens de faire un update et clean install de l\'addon (v 2.1.4 vers v.2.3.2) pour tester l\'authentification mais je n\'arrive pas à faire marcher l\'addon. Ni Live tv ni catchup fonctionnent : "Orange TV France error" dans les deux cas.\nLe username et mot de passe sont corrects, je peux les voir et vérifier dans settings.xml.\nDepuis un navigateur j\'arrive à me connecter et à regarder la télé.', False, 'fr'),
('https://github.com/f-lawe/plugin.video.orange.fr/issues/74', 'issue', 'other', 'other', 'Ca fonctionne chez moi, merci @remzouille ! Et bien joué. Ils ont visiblement mis à jour des trucs chez Orange côté back, quand je vois les informations que tu utilises dans les headers et les cookies', False, 'fr'),
('https://github.com/f-lawe/plugin.video.orange.fr/issues/90', 'issue', 'complaint', 'none', "Problème authentification\nDepuis quelques semaines (après l'update vers 2.3.6 je suspecte) j'ai le message suivant qui apparaît tous les jours lorsque j'ouvre un live, et pareil pour le replay.", False, 'fr'),
('https://github.com/cyr-ius/hass-bbox2/issues/20', 'issue', 'complaint', 'other', "Bonjour, \n\nMoi aussi j'ai presque le même problème, sauf que l'entrée est bien créé mais j'ai une erreur de connexion (échec de configuration) , ma bbox est bien sur le même réseau que mon serveur HA 192.168.1.xxx", False, 'fr'),
('https://github.com/bokub/conso-api/issues/147', 'issue', 'complaint', 'other', "Erreur 500 : Impossible de rafraîchir le token. Réessayez plus tard\nBonjour,\n\nJ'ai 2 PRM, 2 tokens différents, et le même résultat pour les deux PRM depuis ce matin. \n\nEst-ce une nouvelle evo non documentée côté Enedis, ou un incident en cours chez eux ?", False, 'fr'),
('https://github.com/bokub/conso-api/issues/147', 'issue', 'complaint', 'other', "même message d'erreur pour pour moi, également\nJ'ai rafraichit mon token en réautorisant l'API, mais toujours la même erreur.\nLes données existent bien chez Enedis (https://mon-compte-particulier.enedis.fr/visualiser-vos-mesures-consommation)", False, 'fr'),
('https://github.com/bokub/conso-api/issues/147', 'issue', 'other', 'other', "Salut, je viens de corriger le problème à l'instant\n\nEncore une fois, Enedis a modifié son API sans prévenir ceux qui l'utilisent.", False, 'fr'),
('https://github.com/MyElectricalData/myelectricaldata_import/issues/574', 'issue', 'complaint', 'other', 'Existe-t-il une possibilité de récupérer le token ?\n car actuellement le service de **demande de consentement ne fonctionne pas (Enedis**) et ma sauvegarde (trop ancienne) contenait un token précédent.', False, 'fr'),
('https://github.com/MyElectricalData/myelectricaldata_import/issues/574', 'issue', 'other', 'other', "Je viens d'ouvrir un ticker chez Enedis, les consentements semble encore HS pour je ne sais qu'elle raison...", False, 'fr'),
('https://github.com/saniho/apiEnedis/issues/109', 'issue', 'complaint', 'none', "Plus d'un mois sans aucun accès\nJ'ai tout essayé, réinstallé, etc toujours le même résultat.\nMon token est bon, le PDL est bon, la collecte des données est active mais rien n'y fait\n\nSi quelqu'un a le même problème ?", False, 'fr'),
('https://github.com/saniho/apiEnedis/issues/182', 'issue', 'complaint', 'other', "Demande de Token\nBonjour,\nJe souhaite demander un nouveau token car j'ai reinstallé HomeAssistant. Tout est bien configuré au niveau de mon compte Enedis.\n\nSur https://enedisgateway.tech/, je fais la demande de consentement. Le bouton me renvoie vers le site Enedis. Je valide la coche (je conscens librement ...)\n\nLe click sur le bouton valider ne fait rien. Je reste sur la même page (et rien ne charge).", False, 'fr'),
('https://github.com/saniho/apiEnedis/issues/71', 'issue', 'complaint', 'other', "Plus de mise à jour des données\nBonjour,\n\nDepuis 3 jours, je n'ai plus aucun affichages des données même après un redémarrage de Home Assistant.", False, 'fr'),
('https://github.com/saniho/apiEnedis/issues/71', 'issue', 'other', 'other', "L'autorisation de relevée des données horaires sur le site ENEDIS étant valide pendant 1 an, cette dernière était périmée. J'ai validé une nouvelle autorisation valide pour une nouvelle année et tout est rentré dans l'ordre.\n\nMerci.", False, 'fr'),
('https://github.com/guillaumezin/DomoticzLinky/issues/209', 'issue', 'complaint', 'other', "Bonjour, tout fonctionnait bien (Bravo et merci pour ce plugin) mais depuis quelques jours, je n'ai plus de données affichées. Dans le log domoticz, on note une demande de se reconnecter avec un nouveau code XXXX-YYYY. Ce que je fais. J'arrive sur le site ENEDIS, saisie du nom et du mot de passe et j'arrive sur une page ENEDIS affichant une erreur 500.\nOù est mon erreur?", False, 'fr'),
('https://github.com/guillaumezin/DomoticzLinky/issues/209', 'issue', 'other', 'none', "Je ne comprends pas, ils sont censés m'informer par mail quand leur infrastructure tombe, je ne reçois pas de notification la moitié du temps.\n\nToujours est-il que l'API qui permet de se connecter est en panne :", False, 'fr'),
('https://github.com/osunyorg/admin/issues/1214', 'issue', 'other', 'none', 'Gestion du token invalide\nEn cas de token invalide, envoyer un mail aux admins du site pour leur demander de renouveler le token', False, 'fr'),
('https://github.com/PnX-SI/GeoNature-citizen/issues/440', 'issue', 'other', 'none', '[authentification] Erreur 401 : token has expired\nSalut tout le monde 👋 \n\nJe suis confronté à une erreur suite à l\'activation de l\'authentification sur mon GN Citizen 1.0.0\n\nTout s\'est bien passé sur le coup, et j\'avais pu créer un compte et me connecter. En y revenant après coup, maintenant que ma session a expiré (?), un message d\'erreur apparaît en haut à droite : "Une erreur est survenue lors de la récupération des données du serveur"', False, 'fr'),
('https://github.com/simafri/dolibackup/issues/1', 'issue', 'other', 'none', "Le jeton de sécurité a expiré, aussi l'action a été annulée. Merci de ré-essayer.\nBonjour,\n\nAprès installation du module sur Dolibarr 14.0.3, le message:\n\n apparaît dans la configuration des Modules/Applications.", False, 'fr'),
('https://github.com/datagouv/data.gouv.fr/issues/2077', 'issue', 'other', 'none', "Stocker les erreurs API levés par un token API\nPermet aux utilisateurs qui automatisent sans observabilité (c'est pas bien), de voir si leurs tokens provoquent des erreurs 400 de validation par exemple et de savoir pourquoi", False, 'fr'),
]
