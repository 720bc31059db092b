# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 534 (mine-b534): SPANISH, next pass - Spanish-written GitHub issue threads where someone reports that a
# connection between two systems fails now, plus near misses from the same threads, taken ONLY from repositories no
# earlier batch with ", 'es')" rows had used (every batch in main, main/pending and the other worktrees was loaded with
# python and the repositories of its 'es' rows listed; none of the repositories below appears, nor any of their threads).
# The search corpus answers most Spanish queries about the brief's suggested domains (FacturaScripts, Dolibarr, Redsys /
# Bizum, Openpay / Mercado Pago, SAT descarga masiva, SRI, DGII, Hacienda CR, Kodi add-ons, Home Assistant) with
# repositories already mined (greenter, CRLibre, python-satcfdi, python-cfdiclient, phpcfdi/sat-ws-descarga-masiva,
# sermepa, mercadopago/*, Paco8/*, ha-ideenergy, OCA/l10n-spain, LinuxCabal/admin-cfdi...), so those hits were skipped and
# the batch comes from the few new Spanish trackers found around them:
#  - Mexican SAT portal scrapers: jjlopez/descargar-cfdi (login now asks for a captcha, "Could not resolve host"),
#    blacktrue/sat-scraper (SATAuthenticatedException, 400 on the wsfederation login), phpcfdi/cfdi-sat-scraper (captcha
#    image 404 after the SAT changed its page, and the maintainers' fix PRs);
#  - Argentine Kodi add-on mariano-git/plugin.video.flow (Flow TV logins answering UNAUTHORIZED / 404 on
#    /auth/v2/provision/login, then Flow moving to a ForgeRock SSO with reCAPTCHA) and other Spanish TV add-ons / lists:
#    tvalacarta/tvalacarta ("error en el conector con dplay", "a3media dejó de funcionar"), michaz1988/repo,
#    LaQuay/TDTChannels (the m3u list and its app no longer downloading, stream URLs that "han caído"),
#    sergiomarquezdev/acestream-docker-home and alesnav/p2ptv-pi (AceStream engine: "Imposible conectar al canal");
#  - e-invoicing / ERP: odoocr/l10n_cr (Odoo POS cannot query the Hacienda API, "NetworkError"), emoreta/
#    guaba-facturacion-electronica-ecuador (database credentials rejected), NeoRazorX/facturascripts and
#    atareao/self-hosted (FacturaScripts database connection PR / compose file), OCA/delivery-carrier (CTT Express API),
#    kelmer44/correos-tracker (feature request).
# Complaints (27 of 84) are writers saying a login, an API call or a feed between two systems fails now, and the "same
# here / still failing" replies ("Te sigue funcionando ahora mismo?? ... Me manda un error", "A mi tampoco me funciona",
# "me pasa lo mismo", "No funciona nada. Absolutamente nada. ¿Servidor caído?", "los canales de mediaset en m3u8 están
# rotos"). Near misses kept (label other): maintainers' diagnoses and workarounds ("la página del SAT cambió y ahora usa
# el captcha en una imagen embedida", "Flow cambio el sistema de validacion de usuario", "Esto ya no debería hacer
# falta"), questions for details and how-to questions (cfdi-sat-scraper #42 on the authentication cookie), fix PR
# descriptions (cfdi-sat-scraper #8 #10 #52 #76, tvalacarta #35, facturascripts #26, l10n_cr #297 #299), works-again
# follow-ups ("Ya hice una prueba y si funciona la descarga aún", "Is working again!!", "el canal ya se vuelve a ver
# otra vez"), "my mistake" (atareao #17 "Error mío"), a channel list missing entries (TDTChannels #850 #1340), an
# invoice rejected for its XML content rather than a connection (l10n_cr #216), a feature request (correos-tracker #12).
# Label calls / doubts: scrapers that can no longer log into the SAT portal (captcha added, URL changed) are complaints
# (tool <-> SAT portal login failing now), integration 'other'; the Flow add-on's login and provisioning errors are
# complaints with integration 'other' (Flow); tvalacarta's "error en el conector con dplay" and "a3media dejó de
# funcionar" are complaints (add-on <-> broadcaster site), borderline; TDTChannels reports that the list URL or a
# broadcaster's m3u8 stream "ha caído" / no longer loads are labelled complaint as a player's connection to a server
# failing now, borderline (a support person would open a ticket), while maintainer replies and "han dejado de emitir
# online" stay other; acestream-docker-home #7 ("the server or network failed" when playing any channel) is a
# complaint, borderline; emoreta #1 (admin panel rejecting database credentials) is a complaint (app <-> database);
# l10n_cr #311 (POS cannot query the Hacienda API, NetworkError) is a complaint. Language: rows written in Spanish carry
# 'es'; blacktrue #3 keeps 'es' for its Spanish title though its one body line is English; rows wholly in English or made
# only of a log (blacktrue #2's post, #3's maintainer reply, plugin.video.flow #2's log lines, alesnav #2's reply, michaz1988 #20's
# "Is working again!!", l10n_cr #297, delivery-carrier #707) carry no language. exposure_mentioned is False on every row.
# Texts are a title plus the first lines of a post, or one comment, copied from the excerpts the `search` tool returned
# and trimmed at line ends; issue-template headings before the first filled field (l10n_cr) and screenshot/attachment
# lines dropped, logs cut to their first relevant lines.
# Sources (49 threads; issues corpus): jjlopez/descargar-cfdi #8 #9; blacktrue/sat-scraper #2 #3; phpcfdi/cfdi-sat-scraper
#  #5 #42 PR #8 #10 #52 #76; atareao/self-hosted #17; emoreta/guaba-facturacion-electronica-ecuador #1;
#  NeoRazorX/facturascripts PR #26 #1229; odoocr/l10n_cr #216 #284 #311 PR #57 #297 #299; kelmer44/correos-tracker #12;
#  mariano-git/plugin.video.flow #2 #5 #14 #16 #19 #21 #26 #27; sergiomarquezdev/acestream-docker-home #7;
#  alesnav/p2ptv-pi #2; tvalacarta/tvalacarta #13 #42 PR #35; michaz1988/repo #20; LaQuay/TDTChannels #7 #38 #256 #850
#  #1017 #1059 #1340 #1881 #2295 #2623 #2628 #4610; OCA/delivery-carrier PR #707 #906.
# Look-ups (40 of 45: 38 `search` on the issues corpus, 2 `find_repos`; no fetch / read_file / find_files / find_string):
#  search "FacturaScripts plugin error conexión API no conecta"; "addon Alfa kodi error no conecta servidor falla";
#  "Dolibarr error de conexión token API no funciona sincronización"; "Niubiz Izipay pasarela error autenticación
#  credenciales no funciona"; "SRI Ecuador web service comprobantes electrónicos error conexión no responde"; "datadis
#  integración home assistant error login no funciona desde ayer"; "Mercado Pago magento error credenciales access token
#  inválido no procesa pagos"; "timbrado Finkok error conexión PAC no timbra CFDI"; "Airzone integración no conecta con
#  el servidor cloud error de autenticación"; "plugin envíos Correos SEUR MRW Estafeta Servientrega error al conectar con
#  la API credenciales"; "Bizum Redsys error firma SIS0042 no conecta pasarela"; "no se conecta con la API, me devuelve
#  error 401 no autorizado desde ayer, antes funcionaba bien"; "facturación en línea SIN Bolivia error token delegado
#  servicio no responde"; "DTE El Salvador Ministerio de Hacienda autenticación error no puedo firmar transmitir"; "DIAN
#  habilitación facturación electrónica Colombia error conexión web service certificado rechazo"; "odoo l10n_cr hacienda
#  token error no envía facturas conexión"; "Decidim error al iniciar sesión OAuth proveedor externo no funciona hola";
#  "bot de Telegram dejó de responder error conexión token inválido Unauthorized hola"; find_repos "factura"; find_repos
#  "cfdi"; search "cfdi-sat-scraper no puede iniciar sesión en el SAT error login captcha"; "nodecfdi descarga masiva
#  error autenticación SAT token solicitud rechazada"; "facturascripts error conexión base de datos no conecta MySQL
#  instalación"; "descargar-cfdi SAT cambió la página ya no descarga error login portal"; "phpcfdi finkok timbrar error
#  usuario contraseña inválidos servicio no disponible"; "odoocr l10n_cr error token hacienda no se pudo conectar
#  facturación electrónica Costa Rica"; "integración Endesa Naturgy Som Energia home assistant error de login ya no
#  funciona"; "Holded API integración error 401 clave API no válida sincronización"; "addon kodi español no conecta con
#  la web error al cargar canales Balandro AceStream"; "plugin.video.flow no puedo iniciar sesión error de login cuenta
#  Flow Personal dispositivos"; "phpcfdi cfdi-sat-scraper error al iniciar sesión SAT FIEL sesión expirada no descarga";
#  "plugin.video.flow captcha login Flow cambió la validación no funciona más"; "Fermax Blue Prosegur integración home
#  assistant error autenticación no conecta"; "Nubefact Alegra Siigo API token inválido error al enviar factura
#  conexión"; "acestream docker no conecta engine error al reproducir canal me pasa lo mismo"; "addon atresplayer mitele
#  rtve play kodi error al iniciar sesión no reproduce"; "API Correos España seguimiento envío error conexión certificado
#  webservice Odoo Tecnativa"; "delivery carrier Odoo transportista error autenticación webservice credenciales no
#  válidas CTT Express Correos Express Sending"; "tvalacarta canal dejó de funcionar error al reproducir no conecta
#  servidor"; "TDTChannels canal no funciona enlace m3u8 error 403 ha caído lista".
# Skipped as already mined (repository already carries 'es' rows in an earlier batch): thegreenter/greenter and /demo,
#  CRLibre/API_Hacienda and fe-hacienda-cr-odoo, odoo-ecuador/odoo-ecuador, OCA/l10n-spain, OCA/l10n-mexico,
#  SAT-CFDI/python-satcfdi, luisiturrios1/python-cfdiclient, phpcfdi/sat-ws-descarga-masiva, AndresRamos/*,
#  LinuxCabal/admin-cfdi, bigdata-mx/factura-electronica, bambucode/tfacturaelectronica, mgesuitti/neofactura,
#  sarriaroman/AFIP-API, AfipSDK/*, wnpower/iFactura-API-Integracion, fedealvz/Woo-iFactura, ssheduardo/*, crevillo/
#  payum-redsys, DevopensourceTeam/Devopensource_Redsys, eusonlito/redsys-TPV, jesusangel/wc-sermepa, mercadopago/*,
#  whooohq/whq-woocommerce-chilexpress-shipping, ldotlopez/ha-ideenergy, uvejota/homeassistant-edata, yinyang17/
#  pvpc_energy, jagalindo/edistribucion, Paco8/*, guerrerotook/securitas-direct-new-api, max13fr/Airzonecloud-
#  HomeAssistant, josiasmc/facturador-electronico-cr, johann04/xades-signer-cr, JonhCR/FirmaXadesEpes, dbadillasanchez/*,
#  luisgoncalves/xades4j, miguelhuertas/*, soenac/api-dian, multinexo/php-afip-ws, TIPS-SA/*, FrameworkPeru/
#  openinvoiceperu, joseayram/utils, xocapik/FaceWebServiceClient, mdiago/VeriFactu, FacturAPI/*; English-only threads
#  (home-assistant/core Airzone / Prosegur, bvis/fermax-blue-hass, blaise-io/acelink, nav-gov-hu) were not taken.

ROWS = [
    # jjlopez/descargar-cfdi: scraper of the SAT portal (Mexico)
    ('https://github.com/jjlopez/descargar-cfdi/issues/8', 'issue', 'complaint', 'other', 'Nuevo Login con CAPTCHA\n\nEl SAT cambió el login de acceso al portal y ahora pide un captcha por lo que no se puede iniciar sesión desde python, al menos no con estos archivos..\n\nAlguna solución o_O', False, 'es'),
    ('https://github.com/jjlopez/descargar-cfdi/issues/8', 'issue', 'other', 'none', 'Hola una solución temporal que yo encontré, fue cambiar la url del login a esta  https://cfdiau.sat.gob.mx/nidp/jsp/content.jsp?id=mat-ptsc-totp&sid=0 y digo temporal porque cuando el SAT coloque tambien un captcha aqui, pues se perderá el acceso.', False, 'es'),
    ('https://github.com/jjlopez/descargar-cfdi/issues/8', 'issue', 'complaint', 'none', 'Hola @chrisscasta \nTe sigue funcionando ahora mismo?? o_O\nMe manda un error \nError:Unable to complete request at this time. (JSP file not found)', False, 'es'),
    ('https://github.com/jjlopez/descargar-cfdi/issues/8', 'issue', 'other', 'none', 'Uuuu, no pues se me hace que ya bloquearon también esa parte o habría que esperar por si es un error en el server del sat. La semana pasada que encontré esa solución funcionaba bien.', False, 'es'),
    ('https://github.com/jjlopez/descargar-cfdi/issues/8', 'issue', 'other', 'none', 'Ya hice una prueba y si funciona la descarga aún, prueba con tu código.', False, 'es'),
    ('https://github.com/jjlopez/descargar-cfdi/issues/8', 'issue', 'other', 'none', 'Checando..\nTambien encontre esta otra URL, podrías apoyarme a ver si funciona y cómo usarla.', False, 'es'),
    ('https://github.com/jjlopez/descargar-cfdi/issues/9', 'issue', 'complaint', 'other', 'SAT Scraper URL\n\nHola, estoy usando el sat scraper y todo funcionaba bien pero ahora me da este error:\n\nDescarga terminada con error: cURL error 6: Could not resolve host: cfdicontribuyentes.accesscontrol.windows.net\n\nAlguien sabe si cambio el URL?', False, 'es'),
    ('https://github.com/jjlopez/descargar-cfdi/issues/9', 'issue', 'other', 'none', 'hola disculpa al final pudiste seguir usandolo?', False, 'es'),
    # blacktrue/sat-scraper
    ('https://github.com/blacktrue/sat-scraper/issues/3', 'issue', 'complaint', 'other', "Blacktrue \\ Scraping \\ Exceptions \\ SATAuthenticatedException Error al autenticar al usuario, posible cambio en el metodo\n\nthis problem with url \n'loginUrl' => 'https://cfdiau.sat.gob.mx/nidp/app/login?id=4&sid=1&option=credential'", False, 'es'),
    ('https://github.com/blacktrue/sat-scraper/issues/3', 'issue', 'other', 'none', 'The URL changes constantly by decision of the authority, if you get a correct url the library will work', False),
    ('https://github.com/blacktrue/sat-scraper/issues/2', 'issue', 'complaint', 'other', 'Error downloadPeriod\n\nClient error: `POST https://cfdicontribuyentes.accesscontrol.windows.net/v2/wsfederation` resulted in a `400 Bad Request` response:', False),
    ('https://github.com/blacktrue/sat-scraper/issues/2', 'issue', 'other', 'none', 'Hola, este error generalmente se debe a que la URL de login libre de captcha ya cambio.\n\nEn la versión v1.4.0, agregue un parametro en el constructor para sobrescribir el valor.\nEn la versión v2.0.0 controlamos el error lanzando una excepción: SATAuthenticatedException\n\nFavor de revisar la documentación del readme', False, 'es'),
    # phpcfdi/cfdi-sat-scraper
    ('https://github.com/phpcfdi/cfdi-sat-scraper/issues/5', 'issue', 'complaint', 'other', 'Client error: `GET https://cfdiau.sat.gob.mx/nidp/jcaptcha.jpg` resulted in a `404 Not Found`\n\nNo encuntro como solucionar esto', False, 'es'),
    ('https://github.com/phpcfdi/cfdi-sat-scraper/issues/5', 'issue', 'other', 'none', 'Recuerda que http es un protocolo sin estado.', False, 'es'),
    ('https://github.com/phpcfdi/cfdi-sat-scraper/issues/5', 'issue', 'other', 'other', '@ulises58 la página del SAT cambió y ahora usa el captcha en una imagen embedida, la versión develop ya tiene solucionado el problema y la versión master pronto será actualizada con estos cambios', False, 'es'),
    ('https://github.com/phpcfdi/cfdi-sat-scraper/issues/5', 'issue', 'other', 'none', '@eclipxe13 muchas gracias', False, 'es'),
    ('https://github.com/phpcfdi/cfdi-sat-scraper/issues/42', 'issue', 'other', 'other', '[PREGUNTA] cómo optienen la cookie de autenticación?\n\nHola buen día, estoy creando un proyecto en nodejs para hacer más o menos lo mismo que este proyecto, quiero mostrarle al usuario una cuadro donde ingrese sus datos de rfc, contraseña y que meta el valor de la captcha, eso ya lo logré y le mando al sat todos los datos, pero hay un redireccionamiento a `https://portalcfdi.facturaelectronica.sat.gob.mx` que trae un form que con javascript automaticamente se hacen un submit', False, 'es'),
    ('https://github.com/phpcfdi/cfdi-sat-scraper/issues/42', 'issue', 'other', 'none', 'En toda la comunicación usamos un cliente con un Cookie Jar y que va guardando todas las cookies que van dejando los sitios del SAT.', False, 'es'),
    ('https://github.com/phpcfdi/cfdi-sat-scraper/pull/10', 'issue', 'other', 'other', 'Stable again\n\nSe implementan los cambios para que vuelva a funcionar con la página del SAT, y varias mejoras:\n- captcha en una imagen embedida en lugar de una externa\n- cambiar la codificación incorrecta utf-16 a utf-8', False, 'es'),
    ('https://github.com/phpcfdi/cfdi-sat-scraper/pull/8', 'issue', 'other', 'none', 'Update SATScraper.php\n\nSe actualizan nombres paramatros enviados al form\nSe cambia como se obtiene la imagen del capcha', False, 'es'),
    ('https://github.com/phpcfdi/cfdi-sat-scraper/pull/76', 'issue', 'other', 'none', 'Revisión 2023-06-22, correcciones menores (Versión 3.2.4)\n\nSe corrige el mensaje relacionado con el envío de datos incorrectos al iniciar sesión usando CIEC.', False, 'es'),
    ('https://github.com/phpcfdi/cfdi-sat-scraper/pull/52', 'issue', 'other', 'other', '[v3] Inicio de sesión por medio de la eFirma\n\nSeparación de métodos de registro en el portal del SAT\nImplementación de registro por FIEL', False, 'es'),
    # atareao/self-hosted (FacturaScripts compose file)
    ('https://github.com/atareao/self-hosted/issues/17', 'issue', 'other', 'other', 'Error en Facturascripts\n\nSe ha utilizado como base de datos **MariaDB** en este servicio, pero el archivo de entorno, hace referencia a la clave de root de MYSQL', False, 'es'),
    ('https://github.com/atareao/self-hosted/issues/17', 'issue', 'other', 'none', 'Error mío', False, 'es'),
    # emoreta/guaba-facturacion-electronica-ecuador
    ('https://github.com/emoreta/guaba-facturacion-electronica-ecuador/issues/1', 'issue', 'complaint', 'other', 'Problema al importar base de datos MySql\n\nQuise probar el sistema pero me sale un par de errores cuando se importa la base de datos y cuando intento correr panel de admin, me sale que hay un error con las credenciales de la base de datos aunque las haya revisado con anterioridad.', False, 'es'),
    # NeoRazorX/facturascripts
    ('https://github.com/NeoRazorX/facturascripts/pull/26', 'issue', 'other', 'none', 'Evitar que aparezca warning si falla la conexión\n\nOcultar warning si falla conexión de base de datos y capturar texto de error', False, 'es'),
    ('https://github.com/NeoRazorX/facturascripts/pull/1229', 'issue', 'other', 'none', 'Tarea #671 desvincular instalacion', False, 'es'),
    # odoocr/l10n_cr (Costa Rica e-invoicing for Odoo)
    ('https://github.com/odoocr/l10n_cr/issues/311', 'issue', 'complaint', 'other', 'Error al Crear cliente en POS V15\n\n###### Steps to reproduce:\nCrear Cliente en POS\n###### Current behavior:\nNo Consulta Informacion de Hacienda\n\n###### Expected behavior:\nConsultar cèdulade cliente Nuevo con API de Hacienda\n\n###### Video/Screenshot link (optional):\nNetworkError: A network error occurred.', False, 'es'),
    ('https://github.com/odoocr/l10n_cr/issues/216', 'issue', 'other', 'other', 'Facturas rechazadas\n\n###### Steps to reproduce:\n* Emitir una factura\n\n###### Current behavior:\n* Factura rechazada por codigo, mensaje, fila, columna', False, 'es'),
    ('https://github.com/odoocr/l10n_cr/issues/284', 'issue', 'other', 'none', 'El error es debido a los datos de prueba de Odoo, puede intentar actualizando su versión de Odoo a la más reciente o corrigiendo el error en el fichero "sale_order_demo.xml" del módulo de "sale_stock", no es un problema del modulo de facturación electrónica, por lo que voy a marcar como cerrado el issue', False, 'es'),
    ('https://github.com/odoocr/l10n_cr/pull/299', 'issue', 'other', 'other', '[12.0 FIX] Error al validar Hacienda en POS', False, 'es'),
    ('https://github.com/odoocr/l10n_cr/pull/297', 'issue', 'other', 'other', 'fixing service unavailable by hacienda improdunce', False),
    ('https://github.com/odoocr/l10n_cr/pull/57', 'issue', 'other', 'none', 'Eliminar MAB y colocar “Mensaje”', False, 'es'),
    # kelmer44/correos-tracker
    ('https://github.com/kelmer44/correos-tracker/issues/12', 'issue', 'other', 'other', 'Informar si el error es de correos', False, 'es'),
    # mariano-git/plugin.video.flow (Kodi add-on for Flow, Argentina)
    ('https://github.com/mariano-git/plugin.video.flow/issues/14', 'issue', 'complaint', 'other', 'Error de login (UNAUTHORIZED)\n\nHola Mariano! Cómo estás?\n\nUna consulta, volví a instalar el plugin en LibreElec (siempre lo tuve instalado en OSMC), para ver si el tema del buffering y cortes que tengo se deba al sistema operativo en sí y no a Kodi.\nEl problema es que ahora, luego de instalar el plugin de cero y todo el tema en LibreElec, no me deja loguearme. Sabrás qué podrá ser?\nEn el log veo "unauthorized", así que al parecer me está denegando el acceso. La cuenta es de mi mamá y hace poco ella cambió la contraseña, pero actualmente desde cualquier dispositivo uso la nueva clave y se loguea perfectamente, por ende no sé qué podrá ser.', False, 'es'),
    ('https://github.com/mariano-git/plugin.video.flow/issues/27', 'issue', 'complaint', 'other', 'Error al ingresar usuario y contraseña\n\nHola Mariano! Tanto tiempo..\n\nTe comento que hace unos 2 meses que estoy sin poder usar el plugin. Un día me dejó de funcionar, y lo que hice fue volver todas las configuraciones a por default (tanto del plugin como del iptv simple), volver a ingresar contraseña y password, pero nada.\nTe dejo el error que me tira la ingresar user y pass en el plugin.', False, 'es'),
    ('https://github.com/mariano-git/plugin.video.flow/issues/27', 'issue', 'other', 'none', 'Recién leo lo del otro issue abierto....es por ese cambio en la validación de user y pass con captcha?\n\nCalculo que debe tener que ver con eso :(', False, 'es'),
    ('https://github.com/mariano-git/plugin.video.flow/issues/27', 'issue', 'other', 'other', 'Si, lamentablemente ese es el problema... :-(\n\nSeria bueno contar con ayuda a ver si algun otro plugin pudo resolver algo parecido.\n\nQueda una alternativa y es usar otra API que no sea web. Pero tienen 2 problemas.\n1.- Son mas duras de entender.\n2.- Probablemente hagan que el dispositivo se vea como un "SmartTV" y hay pocos disponibles.', False, 'es'),
    ('https://github.com/mariano-git/plugin.video.flow/issues/26', 'issue', 'complaint', 'other', 'CRITICAL: reCAPTCHA Enterprise / ForgeRock\n\nBuenos días!\n\nProbablemente no sea un error directo del desarrollo sino algo que tocaron en flow. Hace 3 días estoy teniendo el siguiente error:\n\nws.rs.servererrorexception.ServerErrorException: (<frame at 0x6980e388, file \'/storage/.kodi/addons/script.module.piggy.ws/lib/ws/rs/servererrorexception.py\', line 28, code __init__>, \'HTTP 509 - Unknown Code\')\n\nNo actualiza el listado de canales ni trae descripciones.', False, 'es'),
    ('https://github.com/mariano-git/plugin.video.flow/issues/26', 'issue', 'other', 'other', 'Tal cual, Flow cambio el sistema de validacion de usuario y pasaron a una plataforma SSO (single sign on) ForgeRock (https://www.pingidentity.com/)\n\nComo todo el desarrollo es independiente de lo que hagan en Flow, recien me entero cuando deja de funcionar o alguno de uds experimenta algun problema.\n\nIntente abrir un canal de comunicacion con Flow hace un tiempo atras pero nunca me contestaron, se ve que no les interesa...', False, 'es'),
    ('https://github.com/mariano-git/plugin.video.flow/issues/19', 'issue', 'complaint', 'other', 'ERROR <general>: plugin.video.flow: ERROR: piggy.base.overload.invocables.Invocables: Error processing overloading\n\nHola @mariano-git !\n\nSabés que hacer varios días que no puedo ver nada, primero que no me carga la programación, y segundo cuando quiero ver algo me tira este error que pongo en el titulo del issue.\n\nPor lo que veo es al hacer este Post:\nPOST /auth/v2/provision/login HTTP/1.1"\n\nY está retornando un 404', False, 'es'),
    ('https://github.com/mariano-git/plugin.video.flow/issues/19', 'issue', 'other', 'none', 'No tengo ese problema. De hecho force que actualizara y todo bien...\n\nFijate la fecha y la hora del log.', False, 'es'),
    ('https://github.com/mariano-git/plugin.video.flow/issues/2', 'issue', 'complaint', 'other', "2022-01-05 15:45:49.303 T:5044    ERROR <general>: ext.ws.rs.NotAuthorizedException: UNAUTHORIZED\n2022-01-05 15:45:50.495 T:5044    ERROR <general>: [plugin.video.flow v1] ERROR: execute (174) - 404 Client Error: Not Found for url: https://web.flow.com.ar/auth/v2/provision/login", False),
    ('https://github.com/mariano-git/plugin.video.flow/issues/5', 'issue', 'complaint', 'other', 'Hola Mariano y Damian! A mi tampoco me funciona. En mi caso no necesito VPN porque estoy en Argentina. La instalación todo perfecto. Le configuro bien la cuenta de usuario. Pero cuando ingreso al ADD ON, simplemente me lleva a la interfaz de VIDEOS. No da ningún mensaje de error.', False, 'es'),
    ('https://github.com/mariano-git/plugin.video.flow/issues/5', 'issue', 'other', 'other', 'Hola @pikenon! Por el log que me enviaste pude ver que hay una llamada a Flow que esta fallando. Lamentablemente no hay informacion sobre porque falla ya que el server devuelve un HTTP 200, lo cual significa que la llamada fue aceptada, pero luego informa un error de Cloudfront...', False, 'es'),
    ('https://github.com/mariano-git/plugin.video.flow/issues/16', 'issue', 'complaint', 'other', 'Buenas!! Tardé en contestar porque no tuve tiempo para probar las posibles soluciones. El tema es que no lo puedo hacer funcionar aun ni en Windows ni en Android. Me tira errores diferentes en ambas versiones, pero por ahora te comento lo que me sucede en Kodi-Windows 10.\nYa no me da errores explícitos, pero NO LOGRO que me aparezcan los canales. Me aparece todo vacío en la sección TV. Tengo la cuenta bien configurada (usuario y contraseña de flow), hice limpieza de dispositivos en la cuenta flow. Pero no logro que me aparezcan canales.', False, 'es'),
    ('https://github.com/mariano-git/plugin.video.flow/issues/21', 'issue', 'other', 'none', 'Bueno, veo que sigue con el mismo error.\n\nLamentablemente no puedo ayudarte porque esto ya no parece ser un error del plugin en si.\nLa unica opcion para que sea un problema del plugin es que haya algo mal en la generacion de los tokens pero eso ya lo probamos.', False, 'es'),
    ('https://github.com/mariano-git/plugin.video.flow/issues/21', 'issue', 'other', 'none', 'Cierro el issue dado que para encontrar el problema seria necesario contar con el equipo fisico y eso no es posble.', False, 'es'),
    # sergiomarquezdev/acestream-docker-home
    ('https://github.com/sergiomarquezdev/acestream-docker-home/issues/7', 'issue', 'complaint', 'other', 'The media could not be loaded, either because the server or network failed or because the format is not supported.\n\nLo he instalado utilizando el docker-compose.yml y me sale ese error al intentar reproducir cualquier canal. Alguna idea?', False, 'es'),
    ('https://github.com/sergiomarquezdev/acestream-docker-home/issues/7', 'issue', 'complaint', 'none', 'me pasa lo mismo, tambien con el docker compose del repo, he probado con http://127.0.0.1:6878/webui/html/player.html y con http://127.0.0.1:6878/webui/player/', False, 'es'),
    ('https://github.com/sergiomarquezdev/acestream-docker-home/issues/7', 'issue', 'other', 'none', 'conseguiste solucionarlo @Daniel-Boluda @sergiomarquezdev @Flashky', False, 'es'),
    # alesnav/p2ptv-pi
    ('https://github.com/alesnav/p2ptv-pi/issues/2', 'issue', 'complaint', 'other', 'Acestream\n\nNo consigo hacer que funcione Acestream con ningún canal. El texto que recibido es el indicado abajo. Mis distribución de linux es un Debian "wheezy". Gracias.\n\npi@raspberrypi ~/p2ptv-pi $ ./tv.sh -c acestream://23bfebbef2e0129e0082eebb83b1e00195743788 -o\nCargando canal AceStream acestream://23bfebbef2e0129e0082eebb83b1e00195743788...\nImposible conectar al canal especificado\nReproducción detenida', False, 'es'),
    ('https://github.com/alesnav/p2ptv-pi/issues/2', 'issue', 'other', 'other', 'AceStream is not opensource, so the last free version published os NOT compatible with the newest AceStream streams. This is the main reason which causes these errors when trying to play streams...\n\nSorry, I can not fix it. Closing...', False),
# tvalacarta/tvalacarta (Kodi add-on for Spanish TV catch-up sites)
    ('https://github.com/tvalacarta/tvalacarta/issues/42', 'issue', 'complaint', 'other', 'Dplay se ha producido un error en el conector con dplay\n\nTvalacarta no funciona bien. En canales/todos/dplay/ cualquiera de las series se emumeran las temporadas y los capitulos pero al clicar para ver pone (no puedes ver ese video porque... Se ha producido un error en el conector con dplay)', False, 'es'),
    ('https://github.com/tvalacarta/tvalacarta/issues/13', 'issue', 'complaint', 'other', 'a3media dejó de funcionar\n\nHola, seguramente por un cambio en la web.', False, 'es'),
    ('https://github.com/tvalacarta/tvalacarta/pull/35', 'issue', 'other', 'other', 'Arreglar RTVE a la carta\n\nSoluciona el fallo en el visionado y descarga de videos de RTVE a la carta. Ver comentarios en el codigo.', False, 'es'),
    ('https://github.com/tvalacarta/tvalacarta/pull/35', 'issue', 'other', 'none', 'Es una ñapa de una linea, pero funciona bien. Lo dificil ha sido la investigación para descubrir que estaba fallando.', False, 'es'),
    ('https://github.com/tvalacarta/tvalacarta/pull/35', 'issue', 'other', 'other', 'Bien visto :)\n\nTendré que tener cuidado al actualizar youtubedl, al menos hasta que lo arreglen.', False, 'es'),
    ('https://github.com/tvalacarta/tvalacarta/pull/35', 'issue', 'other', 'other', 'Esto ya no debería hacer falta, ¿no? Parece que vuelve a estar activo:', False, 'es'),
    ('https://github.com/tvalacarta/tvalacarta/pull/35', 'issue', 'other', 'none', 'Lo cierro pues', False, 'es'),
    # michaz1988/repo
    ('https://github.com/michaz1988/repo/issues/20', 'issue', 'complaint', 'none', 'No funciona ningún canal\n\nHola! La reproducción de canales no funciona.... Ayer sí funciona perfectamente.', False, 'es'),
    ('https://github.com/michaz1988/repo/issues/20', 'issue', 'other', 'none', 'Is working again!!', False),
    # LaQuay/TDTChannels (public list of Spanish TV/radio stream URLs and its app)
    ('https://github.com/LaQuay/TDTChannels/issues/2628', 'issue', 'complaint', 'other', 'Enlace de lista m3u no funciona\n\nHe intentado descargar el enlace de m3u\n\nhttps://www.tdtchannels.com/lists/tv.m3u\n\nY no funciona', False, 'es'),
    ('https://github.com/LaQuay/TDTChannels/issues/2628', 'issue', 'other', 'none', 'Aqui hay un backup: https://notabug.org/Glamorous6584/TDTChannels-Archive', False, 'es'),
    ('https://github.com/LaQuay/TDTChannels/issues/2628', 'issue', 'other', 'none', 'Muchas gracias, pero no me valen, son antiguos. Por ejemplo el enlace del Toro TV no se ha actualizado.', False, 'es'),
    ('https://github.com/LaQuay/TDTChannels/issues/2623', 'issue', 'complaint', 'other', 'Hace 3 días ningún canal no descarga ni funciona cuando abro la app tdtchannels. Además realicé una donación y tampoco funciona esta app. Por favor soliciona lo antes posible. Mil gracias.', False, 'es'),
    ('https://github.com/LaQuay/TDTChannels/issues/2623', 'issue', 'other', 'none', 'nadie tiene un backup de las listas antes de cerrar?', False, 'es'),
    ('https://github.com/LaQuay/TDTChannels/issues/2623', 'issue', 'other', 'other', 'Para quien solo le interese la radio: https://www.radio-browser.info/search?page=1&order=clickcount&reverse=true&hidebroken=true&countrycode=ES', False, 'es'),
    ('https://github.com/LaQuay/TDTChannels/issues/1881', 'issue', 'complaint', 'other', 'Canal no funciona: Canal Sur Andalucía\n\nEl enlace ha dejado de funcionar: \nhttps://cdnlive.shooowit.net/rtvalive/smil:83CRxkDnV6DVR.smil/playlist.m3u8\n\nSiguen emitiendo en directo a través de YouTube, pero el enlace m3u8 ha caído.', False, 'es'),
    ('https://github.com/LaQuay/TDTChannels/issues/2295', 'issue', 'complaint', 'other', 'Canal no funciona: TV Canaria\n\nHola, parece que la URL ha caído:\n\nhttps://rtvc-live1-rm.flumotion.com/playlist.m3u8', False, 'es'),
    ('https://github.com/LaQuay/TDTChannels/issues/1017', 'issue', 'other', 'none', 'Han dejado de emitir online.', False, 'es'),
    ('https://github.com/LaQuay/TDTChannels/issues/256', 'issue', 'complaint', 'none', 'No funciona nada. Absolutamente nada. ¿Servidor caído?', False, 'es'),
    ('https://github.com/LaQuay/TDTChannels/issues/256', 'issue', 'other', 'none', 'Hola! Disculpa, esta mañana he estado retocando todo el proyecto. Lo estoy migrando a un dominio mejor. La app debería funcionarte ya y las listas están subidas.', False, 'es'),
    ('https://github.com/LaQuay/TDTChannels/issues/256', 'issue', 'other', 'none', 'Hola! Le daremos un vistazo. Sin embargo es difícil determinar si un enlace está "caído" o no, pues al ser oficial van "tumbándolos" y levantándolos a su merced.', False, 'es'),
    ('https://github.com/LaQuay/TDTChannels/issues/7', 'issue', 'other', 'none', '@matiroda Se les ha caido en la web, tampoco les funciona http://www.cmmedia.es/en-directo/tv/.', False, 'es'),
    ('https://github.com/LaQuay/TDTChannels/issues/7', 'issue', 'other', 'none', 'Te cometo que el canal ya se vuelve a ver otra vez, asi que seguramente ha sido fallo en la emision, gracias por el trabajo que haces...', False, 'es'),
    ('https://github.com/LaQuay/TDTChannels/issues/38', 'issue', 'other', 'none', 'Hola, por el momento no es posible tener los M3U8 de Mediaset, al cambiar casi cada día.', False, 'es'),
    ('https://github.com/LaQuay/TDTChannels/issues/1340', 'issue', 'other', 'none', 'Canal no sale: FDF\n\nel canal FDF y muchos mas nacionales, no están en el archivo m3u y si están listados en la web', False, 'es'),
    ('https://github.com/LaQuay/TDTChannels/issues/4610', 'issue', 'other', 'none', 'Hola, estos canales no son de una fuente oficial y por tanto no podemos añadirlos. Gracias.', False, 'es'),
    ('https://github.com/LaQuay/TDTChannels/issues/850', 'issue', 'other', 'none', 'Canales presentes en los archivos md pero no presentes en las listas\n\nHola,\n\nDesde hace algun tiempo hay varios canales que funcionan y estan publicados en los archivos md pero que han desaparecido de las listas.\nAlgunos ejemplos son canales nacionales como Cuatro, La Sexta, Telecinco, etc.', False, 'es'),
    ('https://github.com/LaQuay/TDTChannels/issues/1059', 'issue', 'complaint', 'none', 'EXACTAMENTE, los canales de mediaset en m3u8 están rotos', False, 'es'),
    ('https://github.com/LaQuay/TDTChannels/issues/1059', 'issue', 'other', 'none', 'El estado de los canales está en https://github.com/LaQuay/TDTChannels/blob/master/info_television.md\nSi encuentras algún dato incorrecto, coméntalo.\nGracias.', False, 'es'),
    # OCA/delivery-carrier
    ('https://github.com/OCA/delivery-carrier/pull/906', 'issue', 'other', 'none', 'El módulo que está como dependencia todavía tiene el PR abierto: #839', False, 'es'),
    ('https://github.com/OCA/delivery-carrier/pull/707', 'issue', 'other', 'other', 'No change is needed, the `delivery_cttexpress` api fails sometimes.', False),
]
