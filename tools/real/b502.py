# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 502 (mine-b502): SPANISH, second pass - Spanish-written issue threads about connections between systems
# failing now, in domains the corpus had not mined yet or only thinly: Peruvian DNI / RUC look-ups against JNE and
# SUNAT endpoints (giansalex/peru-consult, peru-consult-api, JossMP/datos-peru), Paraguay's SIFEN / SET e-invoicing
# web services (roshkadev/rshk-jsifenlib, TIPS-SA/facturacionelectronicapy-setapi), Uruguay's DGI e-factura
# (reingart/py_efactura_uy), Peru SUNAT / Bizlinks OSE through greenter, Argentina's iFactura WooCommerce plugin and
# pyafipws, Costa Rica Hacienda (CRLibre/API_Hacienda, dbadillasanchez), Guatemala FEL, Spanish Redsys / Bizum
# gateways (redsys-laravel, redsys-php, redsys-Messages, OCA payment_redsys), Spanish VERI*FACTU / TicketBAI / SII
# connectors (OCA/l10n-spain, garacil/verifactu for Dolibarr, mdiago/VeriFactu), Issabel's Gmail remote SMTP, plus
# English rows about Wallbox (a Spanish charger maker) in Home Assistant and WhatsApp Business webhooks.
# Complaints are writers saying, from their own setup, that the call to the other system fails now: "Al parecer el
# token ya no funciona", "la consulta de DNI dejo de funcionar, dias atras estuvo normal", "a todo ruc que consulto
# me devuelve que 'no se encontro el ruc'", "devuelve Not Found", "no hay respuesta del servidor, devuelve vacio",
# SIFEN returning null objects / "Lote rechazado" 0301 / "XML Mal Formado" 0160, "Could not connect to host" when
# sending to Bizlinks, "INICIO DE SESIÓN INCORRECTO" from iFactura, "la respuesta por parte del Webservice es firma
# Invalida" (Hacienda CR), AEAT error 1100 and TicketBAI send errors, the Bizum test phone rejected, Gmail SMTP
# registration failing after a yum update, "Error communicating with Wallbox API", WhatsApp webhooks that never
# arrive, and "+1 / a mi tampoco me funciona / Tengo el mismo problema / Ojala vuelve a la normalidad" replies.
# Near misses kept (label other): maintainers' diagnoses and answers ("Es un error en la pagina fuente: JNE", "le
# agregaron recaptcha a la consulta", "probablemente el DNI sea de un menor de edad", "La SET está con problemas",
# "Aun para operar en el ambiente de pruebas necesitas el certificado digital válido", "Ese es un error que también
# ha sucedido al conectar con Sunat", "You must use a digital certificate accepted by the Spanish Tax Agency"),
# workarounds and "works now" follow-ups ("EL DNI ya se arreglo.", "La solución propuesta funciona", "He creado un
# pull request, cambiandole la url de consulta", "pueden actualizar el paquete", "Just tried it again and it worked",
# "Sorry my bad, I made a full restart"), how-to and documentation questions (Uruguay CFE test servers without a
# certificate, where the Xades-EPES policy goes, .pfx vs .p12, a RUC token in .env), feature requests and PRs
# (Bizum in redsys-laravel and payment_redsys, new Redsys error codes, VERI*FACTU in Dolibarr core, a
# connection-error response line in l10n_es_verifactu_oca, TicketBAI duplicate-registration handling, garacil's
# version-numbering PR, module naming in #3579, the "INTEGRANDO FEL" PR title), a compliance review of a Verifactu
# module, a "declaración responsable" question, a CRLibre install problem ("No carga el API" - the API does not
# load on the writer's own server, no second system involved), a signing-output error found by an XSD validator
# (CRLibre #35, not a connection), and a web-shop / app cart sync bug inside one product (DonBodegon #217).
# Label calls / doubts: scraping-style look-ups (peru-consult) are counted as integrations with JNE / SUNAT - the
# writers' look-ups stop working because the source endpoint or its token changed, which is what a support person
# would ticket; questions that imply the failure persists ("hola, alguien ya descubrió como solucionarlo", "Pudiste
# resolver estimado ?" is kept other as a bare question to another user); signature-invalid answers from Hacienda
# CR (CRLibre #5, dbadillasanchez #8) are complaints because the tax web service rejects the submission; rshk-
# jsifenlib #2 (SET answers "XML Mal Formado" for RUCs with dashes) and TIPS-SA #13 (a missing XML declaration makes
# SIFEN reject consultaRUC) are developer bug reports, kept as complaints (borderline); TIPS-SA #9 (a self-made
# certificate against the SIFEN test server) is a complaint although the cause is the writer's setup; reingart/
# py_efactura_uy #2's "no puedo hacerlo funcionar con PHP" is a how-to about signing XML, kept other; Henrik1986's
# reply and the Wallbox rows are English. Integration is 'other' for any named service (JNE, SUNAT, SIFEN, DGI,
# Hacienda, Redsys, AEAT, Wallbox, WhatsApp, Gmail), 'none' for short replies naming no product. No row mentions
# key exposure (the threads' tokens, e.g. "token=abcxyz", are public defaults, not leaks). 101 rows are Spanish
# ('es'), 24 English; no other language.
# Texts: a first-post row is the title, a line break, then the first lines of the post; a reply row is the first
# lines of one comment, copied from the excerpts the `search` tool returned, trimmed at line ends (long XML answers,
# stack traces, code and issue-template boilerplate cut away; in TIPS-SA #9 and home-assistant.io #40861 a
# screenshot-markdown line between the title and the prose was dropped; in OCA/l10n-spain #4374 the template lines
# before the quoted description were dropped; nocobase #428 is cut at a comma), never reworded or translated.
# Replies carry the thread URL without an anchor (the excerpts give no comment ids).
# Sources (63 threads): giansalex/peru-consult #18 #34 #52 #53 #63 #67 #71, giansalex/peru-consult-api #31 #32 #44,
#  JossMP/datos-peru #4, roshkadev/rshk-jsifenlib #2 #3 #25 #26 #51, TIPS-SA/facturacionelectronicapy-setapi #3 #9
#  #13, reingart/py_efactura_uy #2 #3, thegreenter/greenter #83, fedealvz/Woo-iFactura #27, reingart/pyafipws #11,
#  CRLibre/API_Hacienda #5 #35 #53 #94, dbadillasanchez/factura-electronica-API-Ministerio-de-Hacienda-CR #8,
#  sihaysistema/factura_electronica_gt PR #186, ssheduardo/redsys-laravel #49, creagia/redsys-php #6,
#  eusonlito/redsys-Messages #7, OCA/l10n-spain PR #1775 #4645 #4006 #3579 #514 and issues #4374 #3001,
#  garacil/verifactu #10 #30 PR #43, mdiago/VeriFactu #139, Dolibarr/dolibarr #36628,
#  Jhdnarvaez/Ecosistema-DonBodegon #217, IssabelFoundation/issabel #11, home-assistant/core #79785 #91402 #107455
#  #163312 #167930 #170142, home-assistant/home-assistant.io #29068 #40861, tulir/whatsmeow #939, n8n-io/n8n #33534,
#  daveebbelaar/python-whatsapp-bot #24, nocobase/docs #428.
# Look-ups (36 of 40, all `search`, no fetch / read_file / find_*): issues corpus - "integración Alegra API token no
# funciona error", "Siigo API error autenticación token", "WhatsApp Business API webhook no recibo mensajes", "Home
# Assistant integración dejó de funcionar error al conectar", "Nordigen GoCardless banco sincronización error token
# caducado", "Moodle plugin error conexión token webservice no válido", "Odoo l10n_mx facturación PAC error timbrado
# conexión", "Belvo Fintoc API credenciales inválidas", "no funciona la conexión con la API, me devuelve error 401
# token inválido desde ayer", "Loyverse Bsale integración sincronización productos no sincroniza", "bot de WhatsApp
# se desconecta sesión cerrada no envía mensajes", "Hola, desde la actualización la integración no carga, error de
# autenticación con la nube", "webhook de pagos no llega notificación pedido no se actualiza WooCommerce plugin",
# "Redsys Bizum TPV virtual error firma notificación", "FacturaScripts error conexión API plugin", "SIFEN Paraguay
# factura electrónica error conexión certificado webservice", "DGII e-CF República Dominicana error autenticación
# semilla token", "TicketBAI envío error certificado Hacienda foral rechazo conexión", "FEL Guatemala certificador
# error firma conexión factura", "no me deja iniciar sesión en la integración, usuario o contraseña incorrectos
# aunque en la app funcionan", "Hacienda El Salvador DTE Ministerio de Hacienda API firmador error autenticación",
# "Telegram bot Discord bot deja de responder error conexión token inválido hola", "Nubefact Facturama TusFacturas
# OpenFactura API token error al emitir", "Wallbox integración Home Assistant error login no conecta",
# "l10n_es_aeat_sii error envío SII AEAT certificado conexión rechazada", "Verifactu módulo error envío AEAT
# certificado no se conecta PrestaShop Dolibarr", "error de autenticación SMTP Gmail contraseña de aplicación no
# envía correos configuración", "Tuya Xiaomi token clave local dispositivo no conecta integración me sale error",
# "conector WooCommerce Odoo sincronización pedidos no se importan error clave consumidor", "Mikrotik API Zabbix no
# conecta error de conexión rechazada usuario español", "credenciales Google API hoja de cálculo error permisos
# token de acceso caducó", "Costa Rica Hacienda recepción token IDP error 401 comprobante electrónico envío",
# "facturación electrónica Bolivia SIN Uruguay DGI CFE webservice error conexión", "consulta DNI RUC API token Perú
# error no responde apisperu", "SIFEN rechazo certificado consulta RUC SET Paraguay error envío lote"; pages corpus -
# "foro ayuda error al conectar con la API token expirado integración dejó de funcionar" (vendor help pages only,
# nothing kept). Most look-ups for the brief's suggested domains (Alegra, Siigo, Bsale, Loyverse, Belvo, Fintoc,
# Nordigen, Moodle, WhatsApp bots, Odoo l10n_mx) returned English threads or threads already in the corpus.
# Checked and skipped as already mined (grep of the URL path in both quote styles over tools/real/b*.py, pending and
# the other worktrees): OCA/l10n-spain #1560 #1477 #4497 #1034 #5172 #2112 #1710 #4291 #4851 #412 #2082 #1669 #4507
# PR #4373, OCA/l10n-mexico #111 PR #85 #103, itadmin01/Odoo_CFDI #5, wnpower/iFactura-API-Integracion #14,
# fedealvz/Woo-iFactura #37, sarriaroman/AFIP-API #4, AfipSDK/afip.js #68 #72, AfipSDK/afip.php #101,
# multinexo/php-afip-ws #40, mgesuitti/neofactura #13, LibreDTE/libredte-lib-core #37 #52, johann04/xades-signer-cr
# #5, thegreenter/demo #44 #123, thegreenter/greenter #22 #29 #54 #86 #181, CRLibre/API_Hacienda #89 #97 #160,
# dbadillasanchez #4 #5 #7, JonhCR/FirmaXadesEpes #1, josemmo/Facturae-PHP #63 #76 #175, Barnetik/tbai-php-lib #8
# #42 #43 #64 #66, luisiturrios1/python-cfdiclient #14 #17 #45, josiasmc/facturador-electronico-cr PR #11,
# giansalex/peru-consult #29, TIPS-SA/facturacionelectronicapy-setapi #12, ssheduardo/redsys-laravel #68,
# crevillo/payum-redsys #29, ssheduardo/sermepa #22, DevopensourceTeam/Devopensource_Redsys #35,
# conekta/conekta-woocommerce #105 #131, mercadopago/cart-woocommerce #196, TransbankDevelopers/transbank-plugin-
# woocommerce-webpay #146, leifermendez/api-whatsapp-ts #13, codigoencasa/builderbot #1006, tecactus/reniec-php #1,
# GDSC-UANL/siase-api #3, catalyst/moodle-auth_userkey #42, guerrerotook/securitas-direct-new-api #604,
# uvejota/homeassistant-edata #197, salman0ansari/whatsapp-api-nodejs #616 #794, kilbot/WooCommerce-POS #185,
# sipgate/sipgate.io #88, Facturama/facturama-php-sdk #26, FacturAPI/facturapi-php #29, FacturAPI/facturapi-docs
# PR #271, AndresRamos/ARSoftware.Contpaqi.Comercial.Api #89, garacil/verifactu PR #42, mdiago/VeriFactu #151,
# luisgoncalves/xades4j #134, johanbernard/prestashop_to_dolibarr #33.
# Rejected: johann04/xades-signer-cr #6 and bryancalisto/ec-sri-invoice-signer #33 (the excerpt is an XML answer
# with one line of prose), CRLibre #53's body (base64 / XML only - the title alone is kept), one-word or
# unfinished replies ("Listo!", "a buscar una pronta solucion.", "ya pude revisarlo", "Aquí le lo envío", a
# truncated "Esto es en verdad,absolutamen..."), Facturama #20 and thegreenter/demo #70 (code dumps, not a
# connection), greenter #41 (SUNAT response semantics, not a failing connection), Polish Allegro threads (off
# theme), Chinese / Japanese / German / Italian results, and English threads of already mined WhatsApp / Moodle /
# GoCardless repositories.
ROWS = [
    ('https://github.com/giansalex/peru-consult-api/issues/32', 'issue', 'complaint', 'other', 'api dni caido\nhola, al hacer una solicitud para el din obtengo el siguiente error\n\n{\n    "$id": "1",\n    "Message": "An error has occurred."\n}\n\ntengo el curl que facilitaron oar hacer la consulta a traves del jne y obtengo ese error', False, 'es'),
    ('https://github.com/giansalex/peru-consult-api/issues/32', 'issue', 'other', 'other', 'Es un error en la pagina fuente: [JNE](https://aplicaciones007.jne.gob.pe/srop_publico/Consulta/PadronAfiliado)', False, 'es'),
    ('https://github.com/giansalex/peru-consult-api/issues/32', 'issue', 'complaint', 'other', 'muy aparte de esto, el ruc les funciona? nunca use el servicio del ruc , lo instale tal cual esta en la descripción y cuando consulto me sale bad request :  in src/Controller/RucController.php (line 41) , y otra duda es de no se donde debo sacar el token', False, 'es'),
    ('https://github.com/giansalex/peru-consult-api/issues/32', 'issue', 'other', 'none', 'a mi si me funciono el ruc, el token creo que está en el .env por defecto el token es: abcxyz', False, 'es'),
    ('https://github.com/giansalex/peru-consult-api/issues/32', 'issue', 'other', 'none', 'EL DNI ya se arreglo.', False, 'es'),
    ('https://github.com/giansalex/peru-consult/issues/52', 'issue', 'complaint', 'other', 'Error consultar DNI el token ya no funciona\nSaludos.\nAl parecer el token ya no funciona, alguien puede sacarme de dudas, Gracias !!', False, 'es'),
    ('https://github.com/giansalex/peru-consult/issues/52', 'issue', 'complaint', 'other', 'Hola. Creo que el problema es el endpoint del JNE. En mi sistema hacia la consulta y hoy me he percatado que está fallando.', False, 'es'),
    ('https://github.com/giansalex/peru-consult/issues/52', 'issue', 'other', 'none', 'Pudiste resolver estimado ?', False, 'es'),
    ('https://github.com/giansalex/peru-consult/issues/52', 'issue', 'other', 'none', 'le agregaron recaptcha a la consulta', False, 'es'),
    ('https://github.com/giansalex/peru-consult/issues/52', 'issue', 'other', 'none', 'Al parecer que si, se tendrá que buscar otra fuente ..', False, 'es'),
    ('https://github.com/giansalex/peru-consult/issues/52', 'issue', 'other', 'other', 'Se puede intentar hacer scraping a las siguientes urls:\n\nhttps://app1.susalud.gob.pe/registro/ (devuelve un solo string)\nhttp://app.sis.gob.pe/SisConsultaEnLinea/Consulta/frmResultadoEnLinea.aspx (devuelve nombres y apellidos separados)', False, 'es'),
    ('https://github.com/giansalex/peru-consult-api/issues/44', 'issue', 'complaint', 'other', 'error al consultar DNI\nhoy realice unas pruebas y la consulta de DNI dejo de funcionar, dias atras estuvo normal, la consulta RUC esta normal:\nel error es este:', False, 'es'),
    ('https://github.com/giansalex/peru-consult-api/issues/44', 'issue', 'complaint', 'other', 'hola @wlson10 , hiciste algún cambio para que te funcione el ruc? vi el issue creado pero no entiendo en que archivo y linea hacer el cambio ya que el ruc no me funciona desde enero', False, 'es'),
    ('https://github.com/giansalex/peru-consult-api/issues/44', 'issue', 'complaint', 'other', 'Hola @DevRestP ,no, esta tal cual y solo funciona la consulta ruc, menos DNI', False, 'es'),
    ('https://github.com/giansalex/peru-consult-api/issues/44', 'issue', 'other', 'none', 'Hola, no te funciona la consulta DNI ?, recuerdo que la vez que fallo tuve que actualizarlo', False, 'es'),
    ('https://github.com/giansalex/peru-consult-api/issues/44', 'issue', 'complaint', 'other', 'buen dia @lgabrielc , que actualizacion hiciste amigo? tendras dicha actualizacion?, actualmente solo esta funcionando  la consulta RUC menos el DNI', False, 'es'),
    ('https://github.com/giansalex/peru-consult/issues/18', 'issue', 'complaint', 'other', 'Respuesta "No se encontro el ruc"\nBuen dia, a todo ruc que consulto me devuelve que "no se encontro el ruc"\n\nhttp://localhost/api/v1/ruc/20550263948?token=abcxyz \n\neh realizado un composer update por si habia nuevas actualizaciones y tengo el mismo resultado a que puede ser esto, ya que ha estado trabajando muy bien.', False, 'es'),
    ('https://github.com/giansalex/peru-consult/issues/18', 'issue', 'other', 'other', 'Hola @sysarp, si hay un problema, pero es con cualquier ruc. La opción que se utiliza es por búsqueda por nombres en Sunat, y esta mostrando un error. Esperemos que sea temporal.', False, 'es'),
    ('https://github.com/giansalex/peru-consult/issues/18', 'issue', 'other', 'none', 'Gracias por la respuesta,...', False, 'es'),
    ('https://github.com/giansalex/peru-consult/issues/18', 'issue', 'complaint', 'none', 'Tengo el mismo error. como se puede solucionar?', False, 'es'),
    ('https://github.com/giansalex/peru-consult/issues/18', 'issue', 'other', 'other', 'El problema sigue aun, tal vez pueda usarse http://www.sunat.gob.pe/cl-ti-itmrconsruc/FrameCriterioBusquedaMovil.jsp', False, 'es'),
    ('https://github.com/giansalex/peru-consult/issues/18', 'issue', 'complaint', 'none', 'Ojala vuelve a la normalidad :(', False, 'es'),
    ('https://github.com/giansalex/peru-consult/issues/18', 'issue', 'complaint', 'none', 'Hola q tal? aun sigue el inconveniente, estoy optando la medida de usar una pagina que me da como 300 consultas, entiendo que luego de eso me cobrará, ustedes que salida le estan dando?', False, 'es'),
    ('https://github.com/giansalex/peru-consult/issues/18', 'issue', 'other', 'none', '@mariodaviddelgado cual es ese servicio', False, 'es'),
    ('https://github.com/giansalex/peru-consult/issues/18', 'issue', 'other', 'none', 'He creado un pull request, cambiandole la url de consulta.\nLo he probado desde **peru-consult-api** y me está funcionando bien', False, 'es'),
    ('https://github.com/JossMP/datos-peru/issues/4', 'issue', 'complaint', 'other', 'Error consulta de DNI -JNE\nSaludos estimados. \nAlguien puede sacarme de dudas al parecer el token obtenido no funciona..', False, 'es'),
    ('https://github.com/giansalex/peru-consult/issues/63', 'issue', 'complaint', 'other', 'No hay datos de respuesta a las solicitudes con DNI\nCuando se hace una consulta se envia y responde, pero sin datos de respuesta, ya probé con varios DNIs y no funciona, las consultas al RUC si funcionan con normalidad.', False, 'es'),
    ('https://github.com/giansalex/peru-consult/issues/63', 'issue', 'other', 'other', 'hola yo tambien presente este problema, pero al no encontrar solución en la web, evalué  yo mismo la raíz del problema,  y es que el edpoint a cambiado  los parámetros de la url. entra a la siguiente ruta\n\nvendor/giansalex/peru-consult/src/Peru/Jne/Endpoints.php', False, 'es'),
    ('https://github.com/giansalex/peru-consult/issues/63', 'issue', 'other', 'none', 'La solución propuesta funciona, solo queda esperar la actualización del paquete.', False, 'es'),
    ('https://github.com/giansalex/peru-consult/issues/53', 'issue', 'complaint', 'other', 'Error: Consulta RUC y Consulta DNI ya no funcionan\nHa alguien le pasó el mismo problema y como logro solucionarlo ? Gracias por sus comentarios.', False, 'es'),
    ('https://github.com/giansalex/peru-consult/issues/53', 'issue', 'complaint', 'other', 'la consulta por ruc si esta funcionando, la que ya murio es consulta por dni', False, 'es'),
    ('https://github.com/giansalex/peru-consult/issues/53', 'issue', 'other', 'none', 'Este issue se verá en #52', False, 'es'),
    ('https://github.com/giansalex/peru-consult/issues/34', 'issue', 'complaint', 'other', 'no funciona el api\nHola, alguien sabe alguna forma de corregir el problema actual??\nno hay respuesta del servidor, devuelve vacio.', False, 'es'),
    ('https://github.com/giansalex/peru-consult/issues/34', 'issue', 'other', 'none', 'Hola, probablemente el DNI sea de un menor de edad.', False, 'es'),
    ('https://github.com/giansalex/peru-consult/issues/34', 'issue', 'complaint', 'other', 'hola, no es de un menor de edad, es mi dni, tengo el siguiente codigo .\n\nNo se si estoy desactualizado pero la ultima vez que lo corregi estuve en la issue 29 , en la cual cambio el token del api del JNE', False, 'es'),
    ('https://github.com/giansalex/peru-consult/issues/67', 'issue', 'complaint', 'other', 'No funciona la consulta del DNI\nal hacer la consulta, devuelve Not Found', False, 'es'),
    ('https://github.com/giansalex/peru-consult/issues/67', 'issue', 'other', 'other', 'Cambiaron el formulario de la sunat y le pusieron recaptcha, ¿alguna otra URL?', False, 'es'),
    ('https://github.com/giansalex/peru-consult/issues/67', 'issue', 'complaint', 'none', 'a mi tampoco me funciona. Alguna solución?', False, 'es'),
    ('https://github.com/giansalex/peru-consult/issues/67', 'issue', 'complaint', 'none', 'Hola a todos. Tengo el mismo problema. Se tiene que modificar algo en el código?', False, 'es'),
    ('https://github.com/giansalex/peru-consult/issues/67', 'issue', 'complaint', 'none', 'hola, alguien ya descubrió como solucionarlo', False, 'es'),
    ('https://github.com/giansalex/peru-consult/issues/67', 'issue', 'other', 'none', 'pueden actualizar el paquete\n```\ncomposer update giansalex/peru-consult\n```', False, 'es'),
    ('https://github.com/giansalex/peru-consult/issues/71', 'issue', 'complaint', 'other', 'consulta de ruc no funciona\nHola, la consulta de ruc no funciona, devuelve código 200 pero no visualizo ninguna respuesta, instale con composer require giansalex/peru-consult , y mi archivo php lo inserte a nivel de donde se encuentra la carpeta vendor', False, 'es'),
    ('https://github.com/giansalex/peru-consult-api/issues/31', 'issue', 'complaint', 'other', 'Consulta de RUC no funciona\nAl consultar el RUC de la siguiente forma: \nhttp://localhost:8080/api/v1/ruc/20209443237?token=abcxyz\n\nSe dispara el siguiente error la mayoría de las veces:\n\nSymfony\\Component\\HttpKernel\\Exception\\BadRequestHttpException:', False, 'es'),
    ('https://github.com/roshkadev/rshk-jsifenlib/issues/3', 'issue', 'other', 'other', 'Normalmente ese error se debe a que el certificado no está correctamente configurado o, en mi experiencia, el ambiente de desarrollo de Sifen no está funcionando por algún motivo. \n\nSi crees que tu certificado está correcto (podés comentar acá la configuración si tenés dudas) lo que podés hacer es esperar unas horas e intentar de vuelta.', False, 'es'),
    ('https://github.com/roshkadev/rshk-jsifenlib/issues/3', 'issue', 'other', 'none', 'Sí, mejor utilizar el formato .pfx directamente, aunque sean similares con el .p12. Al parecer con cambiar la extensión basta.\n\nSi con eso seguís teniendo inconvenientes, podés comentar de vuelta y revisamos el inconveniente.', False, 'es'),
    ('https://github.com/roshkadev/rshk-jsifenlib/issues/3', 'issue', 'complaint', 'other', 'Hola, justamente ese es el inconveniente que tengo. El formato de mi archivo es .pfx ahora pero al realizar la consulta de ruc me salta el error que se menciona arriba. Los objetos que retornan el servicio web de sinfín retornan con valores nulos: \'"dCodRes": null, "dMsgRes": null, "xContRUC": null\'.', False, 'es'),
    ('https://github.com/roshkadev/rshk-jsifenlib/issues/26', 'issue', 'complaint', 'other', 'ERROR: \'Las comillas de apertura se deben utilizar para el atributo "classId" asociado a un tipo de elemento "object".\'\nHola !\n\nCuando envio mi Documento Electronico, tengo este error.', False, 'es'),
    ('https://github.com/roshkadev/rshk-jsifenlib/issues/25', 'issue', 'complaint', 'other', 'Envio de lote\nBuenas.\n\nAl realizar el envió de lote utilizando el siguiente método:\n\nRespuestaRecepcionLoteDE respuesta = Sifen.recepcionLoteDE(deList);\n\nRecibo la siguiente respuesta:', False, 'es'),
    ('https://github.com/roshkadev/rshk-jsifenlib/issues/25', 'issue', 'other', 'other', 'Esto se puede dar por dos motivos:\n\n1) La SET está con problemas (este suele ser el caso más frecuente)\n2) La SET ya sabe que te va a rechazar toditos los docs del lote con su pre-validación ya, entonces ni te acepta el lote y no te da un mensaje', False, 'es'),
    ('https://github.com/roshkadev/rshk-jsifenlib/issues/51', 'issue', 'complaint', 'other', 'Codigo de respuesta 0301\nBuenas, nosotros estamos recibiendo el codigo 0301, que seria lote rechazado, consulte a sifen y me  repondieron asi', False, 'es'),
    ('https://github.com/roshkadev/rshk-jsifenlib/issues/51', 'issue', 'other', 'none', 'Lo recomendable en ese caso es a cada documento que se encuentra dentro del lote, realizarle una consulta con su CDC y así ir descartando que ya se proceso anteriormente.', False, 'es'),
    ('https://github.com/roshkadev/rshk-jsifenlib/issues/2', 'issue', 'complaint', 'other', 'Bug al consultar RUC con guiones\nCuando se consulta un RUC con guiones la set responde esto:', False, 'es'),
    ('https://github.com/TIPS-SA/facturacionelectronicapy-setapi/issues/9', 'issue', 'complaint', 'other', 'Error al tratar de enviar documento xml\nEs la primera vez que utilizo la libreria. Comprendo que es necesario un certificado pkcs12 para firmar el documento antes de enviarlo al SIFEN. La empresa para la cual estoy desarrollando aun no tramito la emision de su certificado, por lo cual, he generado uno yo misma para iniciar las pruebas. El error generado al intentar enviar el xml firmado se debe a que el cerfificado no es emitido por entidades autorizadas? aun cuando estoy el parametro "env" es test?', False, 'es'),
    ('https://github.com/TIPS-SA/facturacionelectronicapy-setapi/issues/9', 'issue', 'other', 'other', 'Aun para operar en el ambiente de pruebas necesitas el certificado digital válido, pero el error que te debería de salir dice explícitamente eso.\n\nEse error es cuando la SET tiene problemas, pasa muchísimo con el servidor de pruebas.', False, 'es'),
    ('https://github.com/TIPS-SA/facturacionelectronicapy-setapi/issues/13', 'issue', 'complaint', 'other', '[BUG] consultaRUC - Falta declaración XML en el envelope SOAP\n## Descripción del problema\n\nLa función `consultaRUC` en `SET.ts` no incluye la declaración XML (`<?xml version="1.0" encoding="UTF-8"?>`) al inicio del envelope SOAP, lo que causa el error **0160 - "XML Mal Formado"** al consultar el SIFEN.', False, 'es'),
    ('https://github.com/TIPS-SA/facturacionelectronicapy-setapi/issues/3', 'issue', 'complaint', 'other', "Error al enviar\nMe esta dando error, estoy usando setApi.evento() usando el example xml, id '1' y un certificado, este es el error que me da", False, 'es'),
    ('https://github.com/reingart/py_efactura_uy/issues/3', 'issue', 'other', 'other', 'documentacion efactura uruguay\nva de nuevo:\n" has logrado hacer algun tipo de prueba con la facturacion electronica Uruguaya? No logro encontrar una documentacion muy completa de las llamadas."', False, 'es'),
    ('https://github.com/reingart/py_efactura_uy/issues/3', 'issue', 'other', 'none', 'Muchisimas gracias por la info, voy a estudiar el tema.', False, 'es'),
    ('https://github.com/reingart/py_efactura_uy/issues/2', 'issue', 'other', 'other', 'CFE en php\nMariano, estoy tratando de conectarme a los servidores de testing de DGI, pero no tengo CRT, KEY ni RUT para probar. Tenes eso para probar?\n\nSaludos\nCatriel', False, 'es'),
    ('https://github.com/reingart/py_efactura_uy/issues/2', 'issue', 'other', 'other', '@catrielr necesitas tener el certificado comenzando el proceso de DGI a test. Cuando haces eso tenes el Rut emisor (el de la empresa con la que comenzas el test desde la página de DGI). Cualquier cosa a las órdenes.', False, 'es'),
    ('https://github.com/reingart/py_efactura_uy/issues/2', 'issue', 'other', 'other', "Hola Marcelo, pude obtener un certificado y hacer consultas usando la documentacion de DGI con la aplicacion SoapUI, pero no puedo hacerlo funcionar con PHP, hay algo en PHP para la firma de los XML's?\nSaludos\nCatriel", False, 'es'),
    ('https://github.com/thegreenter/greenter/issues/83', 'issue', 'complaint', 'other', 'Could not connect to host\nCuando quiero enviar a Bizlinks me aparece este error\n\n    Could not connect to host\n\nHay algún otro ajuste que se deba hacer? Pregunto aquí porque vi un issue en el que adaptaban un cambio para bizlinks', False, 'es'),
    ('https://github.com/thegreenter/greenter/issues/83', 'issue', 'other', 'other', 'Ese es un error que también ha sucedido al conectar con Sunat, podrías ver este issue\n\nhttps://github.com/giansalex/greenter/issues/54', False, 'es'),
    ('https://github.com/thegreenter/greenter/issues/83', 'issue', 'other', 'none', 'Voy a revisar agregando ese campo en el constructor', False, 'es'),
    ('https://github.com/thegreenter/greenter/issues/83', 'issue', 'complaint', 'none', 'No, aun no he tenido suerte, voy a seguir intentando soluciones', False, 'es'),
    ('https://github.com/thegreenter/greenter/issues/83', 'issue', 'complaint', 'none', 'Hola, yo tengo un problema similar pero ocurrió de la noche a la mañana (literalmente), desde ayer.', False, 'es'),
    ('https://github.com/fedealvz/Woo-iFactura/issues/27', 'issue', 'complaint', 'other', 'Error : INICIO DE SESIÓN INCORRECTO\nHola configure el plugin pero indica INICIO DE SESIÓN INCORRECTO, estoy poniendo el email en ifactura y su correspondiente contraseña puede ayudarme?', False, 'es'),
    ('https://github.com/fedealvz/Woo-iFactura/issues/27', 'issue', 'other', 'other', 'Hola!\nSi tenes un plan contratado y estas usando ese login fijate no tener activado el modo de pruebas', False, 'es'),
    ('https://github.com/reingart/pyafipws/issues/11', 'issue', 'complaint', 'other', 'Error al facturar B\nHola, despues de haber habilitado y designado responsabilidades me encuentro con el siguiente error que no puedo resolver.', False, 'es'),
    ('https://github.com/CRLibre/API_Hacienda/issues/94', 'issue', 'other', 'none', 'No carga el API\n**Describa el problema** *(bug)*\nBuenas, no he logrado cargar la API en mi servidor, he intentado en IIS y en XAMPP en Windows.', False, 'es'),
    ('https://github.com/CRLibre/API_Hacienda/issues/5', 'issue', 'complaint', 'other', 'Error con la firma digital xades-epes\nLa firma no es válida. Aquí adjunto los pasos que he estado siguiendo, para corroborar si a ustedes les sucede lo mismo cuando intenan firmar el documento.', False, 'es'),
    ('https://github.com/CRLibre/API_Hacienda/issues/53', 'issue', 'complaint', 'other', 'Error emisor desconocido en respuesta de hacienda', False, 'es'),
    ('https://github.com/CRLibre/API_Hacienda/issues/35', 'issue', 'other', 'none', 'Error al firmar XML\n**El API retorna el XML en base64, pero contiene errores segun gometa** *(bug)*\nAl generar el xml firmado, regresa una serie de errores', False, 'es'),
    ('https://github.com/dbadillasanchez/factura-electronica-API-Ministerio-de-Hacienda-CR/issues/8', 'issue', 'complaint', 'other', 'Dudas\nBuenos Dias, estoy realizando la facturacion electronica para Costa Rica habia creado 1 sola clase y dentro de ella hacia todo lo que he visto que haces en funciones separadas, etc. Sin embargo la respuesta por parte del Webservice es firma Invalida tengo muchas dudas de lo que debo firmar y de lo que se debe encriptar en el XML de la firma igualmente de como funciona el codigo que colocaste si ya yo tengo armado el XML con la factura como hago para firmarlo con tu documento, hay posibilidad de que me puedas pasar a mi correo algun XML firmado de ejemplo con algunos comentarios de lo que se debe encriptar, ETC.', False, 'es'),
    ('https://github.com/dbadillasanchez/factura-electronica-API-Ministerio-de-Hacienda-CR/issues/8', 'issue', 'other', 'other', 'Adicional a esto amigo, no veo la politica de la firma Xades- EPES que es un PDF que hay que agregar segun hacienda a la parte de la Firma no consigo donde se agrega eso si me puedes orientar te lo agradeceria', False, 'es'),
    ('https://github.com/sihaysistema/factura_electronica_gt/pull/186', 'issue', 'other', 'none', 'INTEGRANDO FEL', False, 'es'),
    ('https://github.com/ssheduardo/redsys-laravel/issues/49', 'issue', 'other', 'other', 'Pago por Bizum\nCreo que ahora en Redsys se puede configurar el pago por Bizum. ¿se puede configurar pago por Bizum con este package?', False, 'es'),
    ('https://github.com/ssheduardo/redsys-laravel/issues/49', 'issue', 'other', 'none', 'Pues ahí me pillas, voy a investigar el tema.\nSi tienes documentación sobre ello me lo envías y lo veo.', False, 'es'),
    ('https://github.com/ssheduardo/redsys-laravel/issues/49', 'issue', 'complaint', 'other', 'No se se falta algo más. Yo le paso en el setMethod la valor z y me llega bien a Bizum pero meto el teléfono de prueba y me da un error que no entiendo a que se debe porque el resto de datos están bien.', False, 'es'),
    ('https://github.com/ssheduardo/redsys-laravel/issues/49', 'issue', 'other', 'none', 'Tienes los datos de prueba que te pasa el Banco para poder probarlo?', False, 'es'),
    ('https://github.com/ssheduardo/redsys-laravel/issues/49', 'issue', 'other', 'other', "Hola, os puedo decir que, al menos con los datos del TPV de pruebas que Redsys pone a disposición del público, añadiendo `Redsys::setMethod('z');` en la petición, el pago se encamina por Bizum sin ningún problema :)", False, 'es'),
    ('https://github.com/creagia/redsys-php/issues/6', 'issue', 'other', 'other', "On Redsys official docs, you'll find that notification is sent as a `POST` request, not `GET`. https://pagosonline.redsys.es/conexion-redireccion.html#:~:text=DS_MERCHANT_EMV3DS%20tipo%20JSON.-,Notificaci%C3%B3n%20Online,-La%20notificacio%CC%81n%20on\n\nMaybe this could be the issue? Take a look at the official docs, the notification is a `POST` request un background, so you won't see the result on screen. `urlOk` and `urlKo` are only the return after the user clicks on continue, while notification is sent in background.", False),
    ('https://github.com/eusonlito/redsys-Messages/issues/7', 'issue', 'other', 'other', 'New messages in Redsys\nHola Eusonlito, ¿sigues manteniendo este proyecto? Hay nuevos mensajes de error en Redsys que no están aquí registrados, por ejemplo el 9673 - SIS0673 - Bizum. Operación cancelada. El usuario no desea seguir.', False, 'es'),
    ('https://github.com/eusonlito/redsys-Messages/issues/7', 'issue', 'other', 'none', 'Vale, revisaré la documentación oficial para buscar los nuevos códigos: https://pagosonline.redsys.es/codigosRespuesta.html\n\nGracias!', False, 'es'),
    ('https://github.com/OCA/l10n-spain/pull/1775', 'issue', 'other', 'other', "[12.0][UPD] payment_redsys: add 'Bizum' option to 'redsys_pay_method' field.\nAdd 'Bizum' option to 'redsys_pay_method' field.", False),
    ('https://github.com/OCA/l10n-spain/pull/1775', 'issue', 'other', 'other', '¿Solo se necesita este cambio para que funciones Bizum?\nNo he leído nada al respecto.', False, 'es'),
    ('https://github.com/OCA/l10n-spain/pull/1775', 'issue', 'other', 'other', 'Hola @sergio-teruel , la configuración básica de Bizum es la misma que la que se usa para Pago con tarjeta de Redsys.\n\nDe esta manera, se pueden tener ambos métodos visibles en la web duplicando el método y cambiando únicamente este selector (Pago con tarjeta en uno y Bizum en el otro).', False, 'es'),
    ('https://github.com/OCA/l10n-spain/pull/1775', 'issue', 'other', 'none', 'Ok... mola!!\n¿Pódeis llevar los cambios a 13 y 14?', False, 'es'),
    ('https://github.com/OCA/l10n-spain/pull/4645', 'issue', 'other', 'other', '[18.0][IMP] l10n_es_verifactu_oca: create response line also when no verifactu response\nLa idea es que en caso de error de conexión con Verifactu, podamos visualizar desde la factura que hay un error de conexión.', False, 'es'),
    ('https://github.com/OCA/l10n-spain/pull/4645', 'issue', 'other', 'none', 'Hola, @pedrobaeza podrías revisar esto? También se corrige este pequeño error:', False, 'es'),
    ('https://github.com/OCA/l10n-spain/pull/4645', 'issue', 'other', 'other', 'El test da error por culpa de un commit de Odoo:', False, 'es'),
    ('https://github.com/OCA/l10n-spain/issues/4374', 'issue', 'complaint', 'other', '[16.0] [FIX] l10n_es_verifactu_oca Error 1100 en el envío de facturas\n> Al realizar el envío de las facturas a la AEAT a través de Veri*Factu nos encontramos con los siguentes errores:\n1100 | Valor o tipo incorrecto del campo: IdSistemaInformatico\n1100 | Valor o tipo incorrecto del campo: NIF', False, 'es'),
    ('https://github.com/OCA/l10n-spain/issues/3001', 'issue', 'complaint', 'other', '[15][BUG] l10n_es_ticketbai_oss: Error al enviar al ticketbai\nHemos instalado dicho modulo y sus dependencias.\n\nAl crear una  factura de cliente de empresa francesa ,sujeta a OSS B2C France, y al enviar a ticket bai, da error siguiente', False, 'es'),
    ('https://github.com/OCA/l10n-spain/pull/4006', 'issue', 'other', 'other', '[14.0][IMP]l10n_es_ticketbai_*:response_invoice_already_registered\nCuando la factura se envía a hacienda esta puede ser rechazada. El caso por el que se propone este cambio esta explicado en el issue #3984 \n\nComo se comenta en el issue, cuando la factura se rechaza con el motivo (005 – Registro duplicado) en Odoo la factura se clasifica como enviada correctamente. Se está dando el caso que esto no es así y el usuario no es consciente del rechazo de la factura, porque esta le consta en Odoo como enviada.', False, 'es'),
    ('https://github.com/OCA/l10n-spain/pull/3579', 'issue', 'other', 'none', 'Me parece adecuado lo que propones Pedro. Yo me quedo con l10n_es_verifactu_atc', False, 'es'),
    ('https://github.com/OCA/l10n-spain/pull/514', 'issue', 'other', 'other', 'La AEAT aún no ha habilitado el entorno de producción y todavía no se sabe cómo lo van a gestionar. Ya se cambiará lo que haya que cambiar.\n\nPara lo otro, aún no se ha implementado la opción de enviar las del semestre anterior (van con una clave especial).', False, 'es'),
    ('https://github.com/OCA/l10n-spain/pull/514', 'issue', 'other', 'none', 'No hay dos opciones, sólo hay ésta. Lo otro son los commits de la 8.0 llevados a la rama principal, pero no operativos para v9.', False, 'es'),
    ('https://github.com/garacil/verifactu/issues/30', 'issue', 'other', 'other', 'Cumplimiento estricto de normativa y reutilización\nHola Germán,\n\nHe comenzado a usar tu módulo Verifactu porque es el que me pareció tener la mejor base para mis necesidades particulares. No obstante he visto elementos mejorables.', False, 'es'),
    ('https://github.com/garacil/verifactu/issues/10', 'issue', 'other', 'other', 'Faltan datos del productor\nBuenas tardes, he probado el módulo en un entorno de pruebas y tenia pensado activarlo antes de fin de año, pero con el retraso hasta 2027 lo he pospuesto de momento.\nLa declaración responsable me indica que faltan datos, adjunto captura.', False, 'es'),
    ('https://github.com/garacil/verifactu/issues/10', 'issue', 'other', 'other', 'Hola José. Respondiendo a tu duda sobre el marco normativo: Efectivamente, el RD 1007/2023 (Ley Antifraude) y VeriFactu son cosas distintas pero dependientes.', False, 'es'),
    ('https://github.com/garacil/verifactu/pull/43', 'issue', 'other', 'other', 'fix: renumerar a 1.1.1 e integrar las correcciones normativas de los PR #34-#41\nCorrige la numeración de versión del módulo e integra las correcciones aportadas por @braito4 en los PR #34 a #41, verificadas una a una contra los esquemas oficiales de la AEAT y el código de Dolibarr 19.0.3.', False, 'es'),
    ('https://github.com/mdiago/VeriFactu/issues/139', 'issue', 'complaint', 'other', 'Connection Timeout\nIs it normal that sending an invoice to the test environment will timeout even if I raise it to 600 seconds?\n\nShould i change the test certificate with something else?\n\nI tried with mine but I get an error 4011 (Certificado no es valido)... still my cert is good to access other services.', False),
    ('https://github.com/mdiago/VeriFactu/issues/139', 'issue', 'other', 'other', 'You must use a digital certificate accepted by the Spanish Tax Agency (AEAT).\nIf your certificate allows you to access [this online service](https://sede.agenciatributaria.gob.es/static_files/common/html/selector_acceso/SelectorAccesos.html?ref=%2Fwlpl%2FBUGC-JDIT%2FCnec&aut=CP), it is valid.', False),
    ('https://github.com/Dolibarr/dolibarr/issues/36628', 'issue', 'other', 'other', 'Add VeriFactu module to core distribution for Spain compliance (mandatory in 2027)\n### Feature Request\n\nI would like to request the inclusion of a VeriFactu compliance module into the official Dolibarr distribution.', False),
    ('https://github.com/Jhdnarvaez/Ecosistema-DonBodegon/issues/217', 'issue', 'other', 'none', 'Al sincronizar la página web con la aplicación se eliminan los productos del carrito\nAl sincronizar la página web con la aplicación se eliminan los productos del carrito, no está sincronizando. \n\nA parte de eso, hay clientes que han reportado que han estado añadiendo productos en la página web y de repente se les eliminan todos los productos que habían añadido anteriormente.', False, 'es'),
    ('https://github.com/IssabelFoundation/issabel/issues/11', 'issue', 'complaint', 'other', 'Hola Nicolas\n\nLa prueba válida es que si en una distribución de Centos7-Issabel 4 antigua\nme registro con la cuenta de gmail sin problemas y luego de hacer un\nyum-update ya no me deja entonces es que en las actualizaciones se ha\nmodificado algo que afecta al registro.\n\nMe inclino más a pensar que es algo de php y las versiones', False, 'es'),
    ('https://github.com/home-assistant/core/issues/170142', 'issue', 'complaint', 'other', 'I just purchased a Wallbox Pulsar Plus, and tried the integration, getting the same error: "Error communicating with Wallbox API". This is my first time trying the integration.', False),
    ('https://github.com/home-assistant/core/issues/163312', 'issue', 'complaint', 'other', "Wallbox 'Unexpected error fetching data'\n### The problem\n\nWallbox integration, became unavailable for me earlier today. Same error logs as a previous issue, #161059, that was just closed today.", False),
    ('https://github.com/home-assistant/core/issues/163312', 'issue', 'complaint', 'other', '@hesselonline \nI have the same problem. When I try to reload, I get this error: Failed setup, will retry: Error communicating with Wallbox API.', False),
    ('https://github.com/home-assistant/core/issues/79785', 'issue', 'complaint', 'other', 'I have the same problem too after 10 minutes it disconnects and gives me an error.  My installation is\n Home assistant 2022.10.0\n Supervisor 2022.09.0\n All on Raspberry pi4', False),
    ('https://github.com/home-assistant/home-assistant.io/issues/40861', 'issue', 'complaint', 'other', 'Can add Wall (Pulsar Pro) box to Home Assistant\n### Feedback\n\nAt first i get error, cant make connection, after that i get the error, already in progres. But noting has started', False),
    ('https://github.com/home-assistant/home-assistant.io/issues/40861', 'issue', 'other', 'other', '@ArieSmit69 did you manage to resolve this? There is probably something wrong with the serial/credentials you entered, best way to get support for that is to go to the home assistant forum (this is only for general issues in the code, not personal setup issues).', False),
    ('https://github.com/home-assistant/home-assistant.io/issues/29068', 'issue', 'complaint', 'other', 'Unknown error occurred\n### Feedback\n\nHi,\nI entered the Serial Number and the credentials to access but I get an unknown error. Could you please provide me support?', False),
    ('https://github.com/home-assistant/home-assistant.io/issues/29068', 'issue', 'other', 'other', 'You seem to have a lot of ssl issues in general, one of these prevents the wallbox integration from working. Something is wrong with your Home Assistant system in general. The error mentions that the certificate is not yet valid; is the date and time of your system correct? Incorrect date and time can cause these issues.', False),
    ('https://github.com/home-assistant/core/issues/91402', 'issue', 'complaint', 'other', "Wallbox integration gives a blank error when adding manually\n### The problem\n\nI have tried both adding the integration via the HomeAssistant website and via searching integrations. The former doesn't find my HAss instance, the latter takes the SN, username, password and then gives the following helpful blank box", False),
    ('https://github.com/home-assistant/core/issues/91402', 'issue', 'other', 'other', 'Just tried it again and it worked without any issues this time. Not sure what changed. Closing ticket.', False),
    ('https://github.com/home-assistant/core/issues/167930', 'issue', 'complaint', 'other', 'Wallbox integration\n### The problem\n\nWhen adding the Wallbox integration, "Unknown error occured" shows up immediately if you use a password that is too long.', False),
    ('https://github.com/home-assistant/core/issues/107455', 'issue', 'complaint', 'other', 'Wallbox integration do not work\n### The problem\n\nI want to integrate my wallbox pulsar plus to my HA installation. unfortunately, when I enter my credential and the SN N° of my charger, I receve an empty message and it do not create the sensors. Is there an issue with the integration?', False),
    ('https://github.com/home-assistant/core/issues/107455', 'issue', 'other', 'other', 'HI, there are no issues with the integration currently. Maybe try with a fresh hass installation? Also, I understood that some forum members sometimes suffer from bad network connectivity.', False),
    ('https://github.com/home-assistant/core/issues/107455', 'issue', 'other', 'none', 'Sorry my bad, I made a full restart of the system and it solved my problem.', False),
    ('https://github.com/tulir/whatsmeow/issues/939', 'issue', 'complaint', 'other', "Some numbers do not receive webhooks\nSome of my clients connect, but don't receive any messages.\n\nI can send messages, but when people reply to the message, no event arrives.", False),
    ('https://github.com/n8n-io/n8n/issues/33534', 'issue', 'complaint', 'other', "whats up api business cloud\n## Describe the problem/error/question\nWhatsApp webhook confirmed registered and active on Meta's Graph API (GET /{app-id}/subscriptions returns active:true, correct callback_url pointing to my n8n instance, messages field subscribed). Confirmed on two separate fresh Meta Apps with identical result. Workflow shows Published/Listening with no errors in n8n. Sending a real WhatsApp message to my test number produces nothing in the Executions tab or live editor.", False),
    ('https://github.com/daveebbelaar/python-whatsapp-bot/issues/24', 'issue', 'complaint', 'other', "Webhooks are working properly but I'm not getting messages on my smartphone\nHi guys,\n\nI followed the instructions until point 3.", False),
    ('https://github.com/daveebbelaar/python-whatsapp-bot/issues/24', 'issue', 'other', 'other', 'I got the same issue. I didn\'t click "subscribe" for the messages section in their webhooks settings.', False),
    ('https://github.com/nocobase/docs/issues/428', 'issue', 'complaint', 'other', 'Token is invalid\nI use NocoBase v1.4.14, Docker deploy in CentOS 7.6.1810 x86_64(Py3.7.9). I add a token in API Token Panel months ago, set its expire days as "Never Expired", it works very well, until a few days ago, the API request suddenly return 401 http response code', False),
]
