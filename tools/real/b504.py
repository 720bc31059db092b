# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 504 (mine-b504): SPANISH, third pass - Spanish-written issue threads where a program's connection to another
# system fails now, in a domain the earlier Spanish batches (b502, b488, b474, b470, b461, b458 and older) had not
# mined: PUBLIC DATA APIs of Spanish-speaking countries and the apps, bots and Home Assistant integrations that
# consume them - Argentine / Venezuelan / Chilean exchange-rate APIs (api-dolar-argentina, dolarapi.com,
# argentinadatos.com, pydolarvenezuela, bolivarium-conversor, binance-bcv-dolar, estadisticasbcra.com through
# Bursatil-Argentina-Python and aledc7/BCRA-API, Banxico in Odoo, odoo-venezuela's BCV rate PR), Argentina's georef
# API and SMN weather service (georef-ar-api, geoAr, smnQL, series-tiempo), Spain's fuel-price service of the Ministerio
# (ha-gas-station-spain), the Dominican fuels API (ogticrd), Chilean holiday / indicator APIs (listado-apis-publicas-en-
# chile, devschile/huemul) and a Chilean vehicle-data API (Xpertians/odc), Zaragoza's open-data API (Bizi bikes, tram
# times), MeteoGalicia / Meteocat / AEMET-sensor Home Assistant integrations, Mexico City's Ecobici API (LabPLC), Uruguay's
# UTE, Valenbisi via citybikes, Bitso prices; plus a few Spanish payment-notification threads not mined before (CECA TPV
# in Caminofacil and woocommerce-ceca-gateway, Mercado Pago PrestaShop status notifications #207 #165 #178,
# Devopensource_Redsys #50). 132 of the 141 rows are Spanish (7th element 'es'); 9 rows from the same threads or themes
# are English and carry no language element (odoo #38517, pydolarvenezuela #17, ha-gas-station-spain #25, meteocat #20,
# ute_energy #7, citybikes-api #2, BitcoinChecker #46).
# Complaints (59 of 141) are writers saying the API or service their program talks to stopped answering or stopped
# updating now: "API caída, Application Error", "La API de dolar oficial en Venezuela lleva 2 días caída", "la API no
# actualiza el valor desde el dia de ayer", "no se está actualizando el valor del dolar bolsa", "me aparecen los
# siguientes errores: SysCallError: (10054, 'WSAECONNRESET')", "no me anda tu codigo, creo que porque hoy usa https",
# "La API no está respondiendo. Retorna un 524", "ante toda consulta me retorna Internal Server Error", "API rate limit
# exceeded", "La integración ha dejado de actualizar los precios", "La fuente oficial ... está en mantenimiento y por
# ello no funciona la integración", "No suministra datos desde el gran apagón", "A mí tampoco me funciona desde ayer",
# "desde ayer sobre las 20:00 dejó de funcionar" (Bizi), "llevamos camino de 3 semanas sin servicio" (tram API), "me da
# accesos denegado" after a token was obtained (odc), "La API ya no fuciona ... desde el 2022 dejó de actualizarse" (SMN),
# the TPV answering "Comunicación online incorrecta", payment notifications that never update the shop's order, and
# short +1s ("Efectivamente sigue caída.", "tamalo denuevo", "Idem en mi caso").
# Near misses kept (label other): maintainers' answers and diagnoses ("Hubo un inconveniente con un token vencido. Ya
# está operativo nuevamente.", "la «maravillosa web de Gobierno» está de nuevo en mantenimiento", "el BCRA actualizó su
# API", "en su última actualización se redujeron las rutas de la API", "el servidor de CECA da timeout", "bloquearon todo
# atrás de cloudflare"), works-now follow-ups ("Buen día, solucionado", "ya funciona", "Vaya que torpe, ha funcionado",
# "Parece que ya funciona, lo damos por solucionado", "ya se ha restablecido la conectividad"), wrong or differing VALUES
# returned by a working API (BCV rate, Banco Nación decimals, Euro price, dolarapi Chile endpoint, fuel price vs the
# ministry's site) - data quality, not a failing connection -, how-to questions (a Postman example for the odc API, where
# to find the fuel API, an SMN example for series-tiempo, update time of a rate), maintainers' task titles and PRs
# (georef error-message tasks, geoAr warning PR, odoo-venezuela timeout PR, Criptoya request task, huemul finvox fix,
# pydolarvenezuela cron fix, binance-bcv-dolar timeout bug), a service-retirement notice for a list of public APIs
# (apis.digital.gob.cl feriados), a Valenbisi endpoint listing, Ecobici API feature wishes, an OXXO payment-expiry
# question a request to be notified of outages and a feature request to fetch UF / dollar values from a web service
# (e-gob/SIMPLE #471).
# Label calls / doubts: an API that returns stale data because its source scraper or token broke ("no actualiza desde",
# "desactualizado desde hace días", "Data desactualizada", "Cotizacion dolar desactualizada") is counted as a stopped
# sync (complaint), while an API returning a wrong or differing value is other; pydolarvenezuela #3 ("actualmente cuando
# quiere solicitar el precio del BCV ... muestra este error") is a complaint although the cause was a route change;
# kalanda/homeassistant-aemet-sensor #16 (wrong station id, fixed by the user) and Xpertians/odc's follow-up are
# complaints on the report, as a support person would open a ticket; DataScienceResearchPeru #81 ("Errores al obtener
# data de datos abiertos argentina") is a terse complaint; galambert75's "Ahora me llegan algunos valores y otros no"
# is kept as complaint (still partly failing); the maintainer of meteogalicia saying the problem "aún persiste" is other
# (maintainer status); Devopensource_Redsys #50 (order state reverting to pending after the bank's confirmation) and
# mercadopago/cart-prestashop #165 (status never updated automatically) are complaints, #178 (no automatic expiry for
# unpaid OXXO orders) is other. Integration is 'other' when a service is named (Mercado Pago, Redsys, CECA, Banxico, BCV,
# BCRA, georef, SMN, MeteoGalicia, Meteocat, Bizi, Ecobici, dolarapi, Heroku ...), 'none' for replies naming none. No
# row mentions key exposure: BCRA-API #2's pasted bearer token and odc's token were cut off with the rest of the post,
# and no writer says a key got out.
# Texts: a first-post row is the title, a blank line, then the first lines of the post; a reply row is the first lines
# of one comment, copied from the excerpts the `search` tool returned, trimmed at line ends (screenshot-markdown lines,
# code, logs and quoted e-mail dropped; in bolivarium-conversor #52 and pydolarvenezuela #3 an image line between the
# title and the prose was dropped), never reworded or translated. Replies carry the thread URL without an anchor.
# Sources (71 threads; issues corpus): Castrogiovanni20/api-dolar-argentina #25 #33, enzonotario/dolarapi.com #43 #44
#  #46 #47 #49 #57 #73 #76, enzonotario/argentinadatos.com #10, ivanosquis10/bolivarium-conversor #52, fcoagz/
#  api-pydolarvenezuela #2 #3 #17 #89, gabrielbaute/binance-bcv-dolar #7, binaural-dev/odoo-venezuela PR #580,
#  gauss314/Bursatil-Argentina-Python #4, aledc7/BCRA-API #2 #4, odoo/odoo #38517, PaulJBis/Caminofacil #327,
#  juanmirod/woocommerce-ceca-gateway #6, mercadopago/cart-prestashop #165 #178 #207, DevopensourceTeam/
#  Devopensource_Redsys #50, miguelangellv/ha-gas-station-spain #7 #16 #25 #26 #30 #31 #32 #34 #35 #37 #48 #56,
#  ogticrd/do-fuels-api #2, devschile/huemul #271 #655, datosgobar/georef-ar-api #13 #117 #200 #215 #236 #237 #239,
#  PoliticaArgentina/geoAr PR #15, datosgobar/series-tiempo-ar-api #683, gastonpereyra/smnQL #2 #3,
#  DataScienceResearchPeru/covid-19_latinoamerica #81, Xpertians/odc #75, juanbrujo/listado-apis-publicas-en-chile #42
#  #72, e-gob/SIMPLE #471, figorr/meteocat #20, Danieldiazi/homeassistant-meteogalicia #2, kalanda/homeassistant-aemet-sensor #16,
#  gustavoqzdaa/ute_energy #7, LabPLC/api.labcd.mx #66 #77, zaragoza-sedeelectronica/zaragoza-sedeelectronica.github.io
#  #63 #68, eskerda/citybikes-api #2, codeforspain/datos #2, lucasnbarbero/crypto-wallet-vue #9, aneonex/BitcoinChecker
#  #46.
# Look-ups (31 of 90, all `search` on the issues corpus; no fetch / read_file / find_*): "AutoFirma no conecta con el
# navegador error al comunicar con la aplicación"; "Bitso API error clave inválida firma no funciona desde ayer"; "bot
# de Telegram token inválido dejó de responder error 401 Unauthorized hola"; "Stripe pago error clave secreta no funciona
# webhook no llega hola"; "Paycomet Sequra Aplazame módulo error conexión pedido no se actualiza"; "EMT Madrid
# MobilityLabs API login error token no funciona"; "Banxico SIE API token error no responde consulta tipo de cambio";
# "clave de API de OpenAI no funciona me sale error 401 hola ayuda"; "api dolar venezuela BCV monitor no funciona error
# consulta desde hoy"; "módulo Correos Express MRW GLS Nacex error webservice credenciales no genera etiqueta"; "Niubiz
# Izipay Kushki Wompi pasarela error credenciales llave pública no funciona producción"; "integración Tuya Smart Life no
# conecta error credenciales hola buenas desde la actualización"; "Evolution API instancia desconectada no envía
# mensajes webhook no llega hola"; "bot de Discord token inválido no se conecta error al iniciar sesión ayuda";
# "WooCommerce Holded FacturaScripts sincronización pedidos error API key plugin español"; "Google Drive API Apps Script
# hoja de cálculo error de autorización token dejó de funcionar"; "e-distribución Endesa integración Home Assistant error
# login no obtiene datos consumo"; "ARBA COT webservice error autenticación usuario clave CIT no responde"; "Siigo Alegra
# API conexión falla token de acceso no autorizado factura no se envía"; "Correo Argentino Andreani API cotización envío
# error credenciales plugin WooCommerce no funciona"; "SII Chile envío DTE error token semilla no se pudo obtener
# conexión rechazada Odoo"; "notificaciones push Firebase FCM no llegan a los dispositivos dejaron de funcionar servidor
# clave"; "token de acceso de Instagram Facebook caducado la API ya no devuelve publicaciones error 190"; "mindicador.cl
# API no responde error al obtener indicadores dólar UF desde ayer"; "API precios carburantes gasolineras Ministerio no
# responde error integración dejó de funcionar"; "georef API Argentina no responde error 500 consulta direcciones
# normalizar"; "API transporte Buenos Aires colectivos client_id client_secret error 401 no devuelve datos"; "API feriados
# Chile Banco Central CMF apikey no funciona error consulta"; "integración Renfe EMT Valencia MeteoGalicia Home Assistant
# no actualiza error al conectar con la API"; "SMN Argentina Servicio Meteorológico Nacional integración no devuelve datos
# token error API"; "Octopus Energy España Naturgy Holaluz integración Home Assistant no inicia sesión error
# credenciales"; "API Red Movilidad Santiago micro paradero no responde Bicing Valenbisi integración dejó de funcionar";
# "datos abiertos ayuntamiento API no devuelve datos desde ayer servicio caído aparcamientos tiempo real"; "CriptoYa Buda
# Bitso API precios no responde error 403 desde hoy bot". Most of the first look-ups (AutoFirma, Telegram, Discord,
# Stripe, OpenAI, Tuya, FCM, Instagram, carriers, LatAm gateways, Siigo/Alegra, e-invoicing) returned English threads or
# threads already in the corpus; the yield came once the queries named Latin-American and Spanish public-data APIs.
# Checked and skipped as already mined (grep of the URL path over tools/real/b*.py, pending/*.py and every worktree's
# pending files): ctt-gob-es/clienteafirma (26 threads, all results), IIC2233 Syllabus threads, rubenlagus/TelegramBots
# #1079, duhow/hass-aigues-barcelona #5, mercadopago/cart-woocommerce #196, wfpaisa/ps_payu #7,
# TransbankDevelopers/transbank-plugin-woocommerce-webpay #64, limcross/webpay_rails #7, rgcl/webpay-nodejs #19,
# evolution-foundation/evolution-api #2443, wnpower/iFactura-API-Integracion #9, fedealvz/Woo-iFactura #16 #37,
# jagalindo/edistribucion #1 #2 #3, uvejota/homeassistant-edata #2 #71 #112 #114 #120 #137 #169 #197,
# tryton-ar/account_invoice_ar #150, giansalex/lycet #4 #613, thegreenter/greenter #86 #219, soenac/api-dian #11,
# Stenfrank/ubl21dian #6, alejoasotelo/andreani-sdk-rest #1, TodoPago/SDK-PHP #5, luisiturrios1/python-cfdiclient #45,
# LibreDTE/libredte-lib-core #37 #52 #72, odoo/odoo #59000 #74520, odoo-ecuador #245, OCA/l10n-spain #1669, sarriaroman/AFIP-API #11, multinexo/
# php-afip-ws #40, fermartv/emt_madrid #7, zaragoza-sedeelectronica #44, BottlecapDave/HomeAssistant-OctopusEnergy #224.
# Rejected: English-only results of the Spanish queries (Telegram, Discord, Tuya, FCM, Instagram, OpenAI/continue,
# Stripe webhooks, crypto exchanges, Opower, ParkAPI, Portuguese Evolution API and Correios threads, Czech CSOB, Polish
# Allegro), eskerda/pybikes #524 (English, an exploratory token hunt), ingadhoc/odoo-argentina PR #1161 (review threads
# only), georef-ar-api #238 (an image and "ERROR 500" only), listado-apis-publicas-en-chile PR #12 ("no funciona." and a
# joke error payload), vz-john's log-only reply in gas-station #25, one-word replies ("a mi tambien", "RIP"),
# luisiturrios1/python-cfdiclient #24 (a traceback only) and the AEMET home-assistant/core threads #96201 #130659
# #90739 #120017 (English).
ROWS = [
    ('https://github.com/Castrogiovanni20/api-dolar-argentina/issues/25', 'issue', 'complaint', 'other', "API caída, Application Error\n\nBuenos días! Estoy usando su api para integrarlo con un tablero en excel y esta mañana me encontré con que el servidor de heroku no está funcionando!", False, 'es'),
    ('https://github.com/Castrogiovanni20/api-dolar-argentina/issues/25', 'issue', 'other', 'none', "Buen día, solucionado, gracias por reportarlo", False, 'es'),
    ('https://github.com/Castrogiovanni20/api-dolar-argentina/issues/25', 'issue', 'other', 'other', "Buenas! Aprovecho el hilo para agradecer tambien por la API! \n\nConsultar, porque la de Banco Nación no estaría tomando los decimales", False, 'es'),
    ('https://github.com/Castrogiovanni20/api-dolar-argentina/issues/33', 'issue', 'other', 'other', "Valores Api Nacion\n\nBuenos dias! estoy verificando que la llamada a la API de Banco Nación no esta trayendo los valores que estan publicados en la pagina BNA.com.ar.", False, 'es'),
    ('https://github.com/Castrogiovanni20/api-dolar-argentina/issues/33', 'issue', 'other', 'other', "Hola, los valores son extraidos del sitio DolarSi, por favor comparalo contra lo que muestra DolarSi", False, 'es'),
    ('https://github.com/enzonotario/dolarapi.com/issues/43', 'issue', 'complaint', 'other', "Dolar Bolsa no actualiza regularmente\n\nHola buenas tardes estimados, estoy notando que la API no actualiza el valor desde el dia de ayer. Ultimamente la frecuencia de actualizacion no esta siendo la esperada. Desde ya muchas gracias!", False, 'es'),
    ('https://github.com/enzonotario/dolarapi.com/issues/43', 'issue', 'other', 'none', "Hola @Santiago-Musso , gracias por reportarlo. Hubo un inconveniente con un token vencido. Ya está operativo nuevamente.\n\nSaludos!", False, 'es'),
    ('https://github.com/enzonotario/dolarapi.com/issues/76', 'issue', 'other', 'other', "Problema con tipo de cambio USD\n\nBuenas,\n\nHace unos días la API empezó a tener diferencias con el tipo de cambio oficial.", False, 'es'),
    ('https://github.com/enzonotario/dolarapi.com/issues/76', 'issue', 'other', 'other', "DolarHoy, aunque actualmente muestra el valor correcto, durante un tiempo no lo hizo, por lo que habíamos cambiado directamente a BNA. Hace unos días BNA empezó a bloquear el scraping, por lo que actualmente lo estamos extrayendo desde Ámbito Financiero.", False, 'es'),
    ('https://github.com/ivanosquis10/bolivarium-conversor/issues/52', 'issue', 'complaint', 'none', "Listado de Bancos no Disponible\n\nImagino que es un problema de la api interna", False, 'es'),
    ('https://github.com/ivanosquis10/bolivarium-conversor/issues/52', 'issue', 'other', 'none', "La api exploto creo, tocará hacer cambio este fin, gracias por avisar amigo! Tengo que buscar otra api entonces", False, 'es'),
    ('https://github.com/ivanosquis10/bolivarium-conversor/issues/52', 'issue', 'other', 'none', "El creador de la API que consume , cambio la forma en qué se solicita", False, 'es'),
    ('https://github.com/gauss314/Bursatil-Argentina-Python/issues/4', 'issue', 'complaint', 'other', "API BCRA\n\nBuenas!\nEstoy teniendo problemas con el código para usar la API del BCRA, ¿se puede seguir usando?\nEs la primera vez que me conecto a una API y me aparecen los siguientes errores:\nSysCallError: (10054, 'WSAECONNRESET')", False, 'es'),
    ('https://github.com/gauss314/Bursatil-Argentina-Python/issues/4', 'issue', 'other', 'none', "Hola!, acabo de probar el codigo bcra.py y funciona correctamente.", False, 'es'),
    ('https://github.com/gauss314/Bursatil-Argentina-Python/issues/4', 'issue', 'other', 'none', "Tenías razon con lo del proxy, me había quedado conectado a la VPN del laburo.\nMil gracias y gran laburo!", False, 'es'),
    ('https://github.com/aledc7/BCRA-API/issues/2', 'issue', 'complaint', 'other', "no me anda por https\n\nHola Alejandro, no me anda tu codigo, creo que porque hoy usa https en lugar de http", False, 'es'),
    ('https://github.com/aledc7/BCRA-API/issues/2', 'issue', 'complaint', 'none', "el código me devuelve error, no es que no ande. ;-(", False, 'es'),
    ('https://github.com/gabrielbaute/binance-bcv-dolar/issues/7', 'issue', 'other', 'other', "La API no levanta si la página del BCV está caída.\n\nSi la página del BCV no abre o tarda en abrir, la API se cae por el tiempo de espera de 15 segundos.", False, 'es'),
    ('https://github.com/odoo/odoo/issues/38517', 'issue', 'complaint', 'other', "Error to update exchange rate from Mexican Bank\n\nImpacted versions:\n- 11.0 Enterprise\n- 12.0 Enterprise\n- 13.0 Enterprise", False),
    ('https://github.com/odoo/odoo/issues/38517', 'issue', 'other', 'other', "I have checked that Banxico changes the web-services.", False),
    ('https://github.com/PaulJBis/Caminofacil/issues/327', 'issue', 'complaint', 'other', "Hay pedidos que el TPV no cobra pero que se marcan en el sistema como pagados\n\nHa habido 3 pedidos, CF4906CF,  CF6118QB y CF7975LM, que dan en el TPV \"Comunicación online incorrecta\", y que sin embargo aparecen en nuestra base de datos como pagados. WTF???", False, 'es'),
    ('https://github.com/PaulJBis/Caminofacil/issues/327', 'issue', 'other', 'none', "Hoy hemos tenido que regenerar el certificado SSL de la Web, pero lo hemos hecho a una hora que no coincide con ninguno de los pedidos anteriores.", False, 'es'),
    ('https://github.com/PaulJBis/Caminofacil/issues/327', 'issue', 'other', 'other', "Hipótesis: se debe a que, a veces, el sistema tarda demasiado en enviar el email de confirmación, y como el \"OK\" sólo se imprime después de enviar éste, el servidor de CECA da timeout. Se han añadido más logs para comprobar esto.", False, 'es'),
    ('https://github.com/PaulJBis/Caminofacil/issues/327', 'issue', 'other', 'none', "Se ha cambiado ya el orden de las acciones en pago.php, para que envíe el \"OK\" antes de enviar el email de confirmación.", False, 'es'),
    ('https://github.com/juanmirod/woocommerce-ceca-gateway/issues/6', 'issue', 'complaint', 'other', "Pedido Cancelado\n\nHola juanmirod.\n\nHe probado el plugin primero en la web sin haber publicado y todo ha ido perfecto, pero en el momento de publicar la web, al hacer un pedido, este envía una notificación a woocommecerce de pedido no realizado aunque se ha hecho el pago y cobrado mediante pago con tarjeta.", False, 'es'),
    ('https://github.com/juanmirod/woocommerce-ceca-gateway/issues/6', 'issue', 'other', 'none', "Si te funcionaba todo bien en el entorno de pruebas, comprueba bien que hayas cambiado las direcciones al entorno de producción y que coincida el protocolo (debería ser https para producción) Tal vez sea algo de eso, si no tal vez alguien de los que siguen el repo te pueda ayudar, yo la verdad es que lo mantengo colgado porque veo que es útil, pero hace años que no lo uso.", False, 'es'),
    ('https://github.com/mercadopago/cart-prestashop/issues/207', 'issue', 'complaint', 'other', "No actualiza estado del pedido\n\nTengo instalado Prestashop 1.7.2.4 con la última versión de MercadoPago (1.0.11). Cuando realizo una compra con MP la orden se confirma en Prestashop, pero aunque cancele o confirme el pago desde MP no me actualiza el estado (siempre queda en transaction_started).", False, 'es'),
    ('https://github.com/mercadopago/cart-prestashop/issues/207', 'issue', 'other', 'none', "Por favor actualizar a última versión del módulo.\n\nGracias.", False, 'es'),
    ('https://github.com/mercadopago/cart-prestashop/issues/165', 'issue', 'complaint', 'other', "Status de Pago no Cambia\n\nHola\n\nSi se tiene un pedido en \"Pago Error\" o \"Pendiente Verificación/Validación\" una vez que este pedido esta autorizado no lo actualiza en PrestaShop automaticamente, hay que hacerlo manual, es decir, nunca pasa al sig. estatus \"Pago Aceptado\"", False, 'es'),
    ('https://github.com/mercadopago/cart-prestashop/issues/165', 'issue', 'other', 'none', "Hola @pixelwebmx1 por favor descargar la ultima versión.\n\nGracias.", False, 'es'),
    ('https://github.com/mercadopago/cart-prestashop/issues/178', 'issue', 'other', 'other', "Error: No cambia de status\n\nHola,\nDetectamos que el modulo (PS 1.6) no actualiza el status del pedido cuando este ha vencido en su fecha de pago, por ejemplo:", False, 'es'),
    ('https://github.com/mercadopago/cart-prestashop/issues/178', 'issue', 'other', 'none', "Puede utilizar lo button de \"Cancelar Pago\" que tiene en lo admin de la ordenes.", False, 'es'),
    ('https://github.com/DevopensourceTeam/Devopensource_Redsys/issues/50', 'issue', 'complaint', 'other', "Problema cambio de estado pedido después de confirmación\n\nHola!\nVuestro plugin es genial!!!!\nPero últimamente estoy teniendo unos problemillas con algunos pedidos (no con todos).\nA veces después de que el banco confirme la compra y se facture el pedido se vuelve a cambiar el estado automáticamente a \"Pendiente\". Porque puede ser? Help!!!", False, 'es'),
    ('https://github.com/DevopensourceTeam/Devopensource_Redsys/issues/50', 'issue', 'other', 'none', "Hola @ClickCons que version del modulo tienes? esto lo hemos solucionado en los últimos cambios", False, 'es'),
    ('https://github.com/DevopensourceTeam/Devopensource_Redsys/issues/50', 'issue', 'other', 'other', "Hola @mbernabeu ! Tengo la Devopensource_Redsys v0.2.0 (no es la última), no sabia que era un problema general y lo habíais solucionado.\nActualizo!!!!!!!!! Grazie.", False, 'es'),
    ('https://github.com/fcoagz/api-pydolarvenezuela/issues/3', 'issue', 'complaint', 'other', "BCV Error\n\nactualmente cuando quiere solicitar el precio del BCV", False, 'es'),
    ('https://github.com/fcoagz/api-pydolarvenezuela/issues/3', 'issue', 'other', 'none', "Buenas tardes @tipoxd, en su última actualización se redujeron las rutas de la API. Ahora, se manejará en una única ruta `GET /api/v1/<currency>`.", False, 'es'),
    ('https://github.com/fcoagz/api-pydolarvenezuela/issues/2', 'issue', 'other', 'other', "BCV error\n\nla tasa del BCV no es la correcta, del resto muy buena api", False, 'es'),
    ('https://github.com/fcoagz/api-pydolarvenezuela/issues/2', 'issue', 'other', 'none', "De hecho es la página informativa, tiene retraso en cuanto las actualizaciones de los monitores, es por eso que me he basado en que tú puedas elegir el proveedor para la obtención de los datos del dólar", False, 'es'),
    ('https://github.com/fcoagz/api-pydolarvenezuela/issues/17', 'issue', 'other', 'other', "Not update BCV end week. Fix CRON", False),
    ('https://github.com/fcoagz/api-pydolarvenezuela/issues/89', 'issue', 'other', 'other', "Euro price off\n\nEl valor del euro esta por debajo del bcv.", False, 'es'),
    ('https://github.com/enzonotario/dolarapi.com/issues/57', 'issue', 'complaint', 'other', "API Venezuela Caída\n\nLa API de dolar oficial en Venezuela lleva 2 días caída, no ha actualizado el precio desde el 20 de enero", False, 'es'),
    ('https://github.com/enzonotario/dolarapi.com/issues/73', 'issue', 'other', 'other', "La tasa no es correcta hoy! URGENTE\n\nLa tasa que refleja BCV hoy es distinta a la del API", False, 'es'),
    ('https://github.com/enzonotario/dolarapi.com/issues/73', 'issue', 'other', 'none', "Buenas @Clacame , ya quedó corregido.\n\nGracias por reportarlo. Saludos!", False, 'es'),
    ('https://github.com/enzonotario/dolarapi.com/issues/49', 'issue', 'other', 'other', "Actualizacion oficial\n\nHola @enzonotario que tal vas? queria saber en que hora se actualiza la tasa \"[oficial](https://ve.dolarapi.com/v1/dolares/oficial)\" del api, actualmente estoy teniendo inconvenientes al actualizar la tasa temprano tipo 6 AM horario Venezuela y me sigue trayendo la tasa de ayer, queria saber la hora aproximada de actualizacion, muchas gracias de antemano por tu tiempo!", False, 'es'),
    ('https://github.com/enzonotario/dolarapi.com/issues/46', 'issue', 'complaint', 'other', "Dolara paralelo Venezuela no actualizado\n\nAL parecer el dólar paralelo de Venezuela esta desactualizado, marca 109 desde hace días y no aumenta aunque se sabe que si ha aumentado", False, 'es'),
    ('https://github.com/enzonotario/dolarapi.com/issues/46', 'issue', 'other', 'other', "Genial @luiscastcode, ahora se está extrayendo desde LasLucas.com\n\nCualquier cosa puedes volver a abrir este u otro issue.\n\nGracias, saludos!", False, 'es'),
    ('https://github.com/binaural-dev/odoo-venezuela/pull/580', 'issue', 'other', 'other', "[FIX] Tasa bcv no se actualiza\n\nPor que: tenia varios dias sin actualizar la tasa\n\nSolucion: se aumenot el timeout al consultar al bcv", False, 'es'),
    ('https://github.com/miguelangellv/ha-gas-station-spain/issues/56', 'issue', 'complaint', 'other', "Error 404 / ContentTypeError: La web de geoportalgasolineras ha cambiado y la API devuelve HTML en lugar de JSON\n\n### Descripción del problema\nLa integración ha dejado de actualizar los precios y muestra errores constantes en el registro de Home Assistant.", False, 'es'),
    ('https://github.com/miguelangellv/ha-gas-station-spain/issues/34', 'issue', 'complaint', 'other', "Error al añadir la integracion\n\nLo primero de todo gracias por tu trabajo con esta util integracion.\n\nLlevaba observando dias atras que no obtenia datos de ninguna de las gasolineras, y entrando en los reportes solventados, vi que a muchos se le solucionaban problemas eliminando la integracion, actualizandola y añadiendola de nuevo.", False, 'es'),
    ('https://github.com/miguelangellv/ha-gas-station-spain/issues/34', 'issue', 'other', 'other', "El problema es que la «maravillosa web de Gobierno» está de nuevo en mantenimiento, por tanto, no puede obtener los datos. https://geoportalgasolineras.es/index2.jsp", False, 'es'),
    ('https://github.com/miguelangellv/ha-gas-station-spain/issues/7', 'issue', 'other', 'other', "Algunas gasolineras han desaparecido\n\nHola, en primer lugar agradecer tu trabajo ya que me esta ayudando para integrar algunas de mis gasolineras favoritas (antes tenía que hacerlo de forma manual).\n\nComentarte que con el nuevo año, algunas de estas gasolineras han desaparecido, ¿sabes donde puedo consultar la api con las gasolineras disponibles?", False, 'es'),
    ('https://github.com/miguelangellv/ha-gas-station-spain/issues/7', 'issue', 'other', 'other', "En la descripción del proyecto, está el enlace a la API que ofrece el Gobierno con los datos: https://sedeaplicaciones.minetur.gob.es/ServiciosRESTCarburantes/PreciosCarburantes/help\n\nBásicamente este componente consulta esa API. Sino están ahí...", False, 'es'),
    ('https://github.com/miguelangellv/ha-gas-station-spain/issues/35', 'issue', 'complaint', 'other', "Origen de los datos en mantenimiento\n\nLa fuente oficial del Gobierno de España está en mantenimiento y por ello no funciona la integración. :-(", False, 'es'),
    ('https://github.com/miguelangellv/ha-gas-station-spain/issues/35', 'issue', 'other', 'none', "Lo sé. Poco puedo hacer.", False, 'es'),
    ('https://github.com/miguelangellv/ha-gas-station-spain/issues/37', 'issue', 'complaint', 'other', "Sin actualizaciones desde hace algo mas de 1 semana\n\nBuenos días.\n\nMe estoy fijando de que hace algo más de una semana no se actualizan los precios de los carburantes. No sé si será problema mío o le pasa a más gente.", False, 'es'),
    ('https://github.com/miguelangellv/ha-gas-station-spain/issues/32', 'issue', 'complaint', 'other', "No se están obteniendo datos\n\nHace ya bastantes días que no se recuperan datos.\n\nHe accedido a la web https://geoportalgasolineras.es/index2.jsp que es donde indicas que se obtienen los datos pero aparece el mensaje: \"Aplicación en mantenimiento, disculpe las molestias\".", False, 'es'),
    ('https://github.com/miguelangellv/ha-gas-station-spain/issues/32', 'issue', 'other', 'other', "En esta página indica cuales son los servicios REST:\nhttps://geoportalgasolineras.es/geoportal-instalaciones/DescargarFicheros", False, 'es'),
    ('https://github.com/miguelangellv/ha-gas-station-spain/issues/31', 'issue', 'other', 'none', "A mí me funciona correctamente. Asegúrate de tener la última versión.\n\nPor otro lado, como cualquier servicio del estado es normal que falle de vez en cuando, es cuestión de darle un tiempo de espera.", False, 'es'),
    ('https://github.com/miguelangellv/ha-gas-station-spain/issues/31', 'issue', 'complaint', 'other', "Tengo la última version, si es cierto que me funcionaba o eso parecía, pero despues de reiniciar home assistant ya no coge datos.", False, 'es'),
    ('https://github.com/miguelangellv/ha-gas-station-spain/issues/31', 'issue', 'other', 'other', "Como te he dicho, eso depende de la web del estado, Como ves, está en mantenimiento actualmente: https://geoportalgasolineras.es/index2.jsp", False, 'es'),
    ('https://github.com/miguelangellv/ha-gas-station-spain/issues/25', 'issue', 'complaint', 'other', "Failed to load the configuration stream: 500 Internal Server Error Server got itself in trouble\n\nThroughout the day, the service has gone down twice. All gas station entities appear as unavailable.", False),
    ('https://github.com/miguelangellv/ha-gas-station-spain/issues/30', 'issue', 'complaint', 'other', "No suministra datos desde el gran apagón\n\nDesde que ha vuelto la luz, ya no proporciona datos la integración.", False, 'es'),
    ('https://github.com/miguelangellv/ha-gas-station-spain/issues/26', 'issue', 'complaint', 'other', "Fallo Componente Gas Station Spain\n\nBuenos días Miguel Angel.\n\nHoy me esta dando fallo el componente Gas Station Spain. No me da los valores. ¿Soy yo solo o es un fallo General?.", False, 'es'),
    ('https://github.com/miguelangellv/ha-gas-station-spain/issues/26', 'issue', 'complaint', 'none', "Hola, a mi también me dejo de funcionar, creo que empezó a fallar después de  actualizar HA. Acabo de actualizar a la ultima versión.", False, 'es'),
    ('https://github.com/miguelangellv/ha-gas-station-spain/issues/26', 'issue', 'complaint', 'other', "A mí tampoco me funciona desde ayer. Aunque no parece que sea problema de la integración y sí del servidor que proporciona los datos. Ya que anterior a ésta utilizaba la integración RESTful  y que no había borrado y también falla.", False, 'es'),
    ('https://github.com/miguelangellv/ha-gas-station-spain/issues/26', 'issue', 'complaint', 'none', "A mi me esta fallando, per si puedo acceder al enlace que has proporcionado", False, 'es'),
    ('https://github.com/miguelangellv/ha-gas-station-spain/issues/16', 'issue', 'other', 'other', "No se corresponde el precio con lo indicado en la web\n\nEl precio que figura en la web del ministerio no coincide con el mostrado por el sensor a fecha de hoy marca 10 centimos inferior a la pagina del ministerio.", False, 'es'),
    ('https://github.com/miguelangellv/ha-gas-station-spain/issues/16', 'issue', 'other', 'none', "¿Sigue pasando o ha sido un error puntual?", False, 'es'),
    ('https://github.com/ogticrd/do-fuels-api/issues/2', 'issue', 'complaint', 'other', "Data desactualizada\n\nBuenas tardes,\n\nEstaba revisando la data de este API de manera exploratoria para un proyecto, ingrese los parametros para recibir una respuesta con la informacion mas actualizada de los precios de gasolina premium y la ultima fecha en la respuesta fue del 11 de Diciembre 2021.", False, 'es'),
    ('https://github.com/ogticrd/do-fuels-api/issues/2', 'issue', 'other', 'other', "Saludos @setejera,\n\nEn efecto, la data está desactualizada debido a que la fuente de datos que suplía nuestra base de datos (RSS del [MICM](https://www.micm.gob.do)) ha sido removida.", False, 'es'),
    ('https://github.com/enzonotario/argentinadatos.com/issues/10', 'issue', 'complaint', 'other', "No se está actualizando el valor del indice UVA\n\nBuenas tardes, comobien va? espero que anden bien!\n\nGenero esta issue para informar que no se está actualizando el valor del **indice UVA** en **datos/v1/finanzas/indices/uva/index.json** siendo el registro del día **2025-01-23**, el último generado.", False, 'es'),
    ('https://github.com/enzonotario/argentinadatos.com/issues/10', 'issue', 'other', 'other', "Buenas @FranSpinelli , genial gracias por reportarlo!\n\nEfectivamente, el BCRA actualizó su API por lo que estaba fallando la consulta. Ya quedó actualizada y con los valores al día. Cualquier cosa puedes volver a re-abrir el Issue.", False, 'es'),
    ('https://github.com/devschile/huemul/issues/271', 'issue', 'other', 'none', "fix: json no trae monedas los fines de semana en finvox.js", False, 'es'),
    ('https://github.com/devschile/huemul/issues/271', 'issue', 'other', 'other', "La api que se consulta \"http://indicadoresdeldia.cl/webservice/indicadores.json\" no trae esa info.", False, 'es'),
    ('https://github.com/enzonotario/dolarapi.com/issues/47', 'issue', 'other', 'other', "Problema cl.dolarapi.com/v1/cotizaciones/usd\n\nHola,\n\nel endpoint https://cl.dolarapi.com/v1/cotizaciones/usd esta entregando un valor erroneo, esta es la respuesta:", False, 'es'),
    ('https://github.com/enzonotario/dolarapi.com/issues/44', 'issue', 'complaint', 'other', "[HOTFIX] Dolar MEP no esta actualizandose\n\nHola buenas tardes estimados, no se esta actualizando el valor del dolar bolsa.", False, 'es'),
    ('https://github.com/enzonotario/dolarapi.com/issues/44', 'issue', 'other', 'other', "Hola @Santiago-Musso , gracias por reportarlo!\n\nLo que sucedió es que en DolarHoy agregaron el patrocinio de Cocos, y el Scraper no detectaba la nueva estructura. Ya se actualizó para que interprete la nueva estructura.", False, 'es'),
    ('https://github.com/aledc7/BCRA-API/issues/4', 'issue', 'complaint', 'other', "Cotizacion dolar desactualizada\n\nBuenas tardes. Estoy consultando via API con la URL \"https://api.estadisticasbcra.com/usd_of_minorista\" y la ultima cotizacion del array es del 28/02/2020 de $64,26, queria saber si cambio algo", False, 'es'),
    ('https://github.com/aledc7/BCRA-API/issues/4', 'issue', 'other', 'other', "Hola estimado, esta API la he dejado de utilizar, ya que el Banco Central la tuvo caída mucho tiempo.", False, 'es'),
    ('https://github.com/datosgobar/georef-ar-api/issues/237', 'issue', 'complaint', 'other', "Encontre-un-bug-en-georef-ar-api\n\nLa API no está respondiendo. Retorna un 524", False, 'es'),
    ('https://github.com/datosgobar/georef-ar-api/issues/239', 'issue', 'complaint', 'other', "API caída\n\nHola, buenas tardes. Lleva un par de días caída la API, no? Porque ante toda consulta me retorna Internal Server Error. Saludos", False, 'es'),
    ('https://github.com/datosgobar/georef-ar-api/issues/236', 'issue', 'complaint', 'other', "API caída\n\nBuenas! Puede ser que este caida la API o la movieron de dominio?\n\n`curl -X GET https://apis.datos.gob.ar/georef/api/provincias`\n\nPermanece sin responder.", False, 'es'),
    ('https://github.com/datosgobar/georef-ar-api/issues/200', 'issue', 'complaint', 'other', "Encontre-un-bug-en-georef-ar-api\n\nBuen dia, que puede estar pasando que me esta tirando este error: API rate limit exceeded,  la consulta a la API. https://apis.datos.gob.ar/georef/api/provincias?id=30", False, 'es'),
    ('https://github.com/datosgobar/georef-ar-api/issues/215', 'issue', 'other', 'other', "Mejorar el tipo de errores que devuelve el bulk (via POST)\n\n(Relacionado a https://github.com/datosgobar/georef-ar-api/issues/170)\n\nActualmente si alguna de las filas del bulk tiene algun error, la api devuelve \"error 400\" y nada mas.", False, 'es'),
    ('https://github.com/datosgobar/georef-ar-api/issues/117', 'issue', 'other', 'none', "Mejorar mensajes de error ante usos incorrectos de la interfaz de la API", False, 'es'),
    ('https://github.com/datosgobar/georef-ar-api/issues/13', 'issue', 'other', 'other', "Manejo de errores en interfaces ElasticSearch y Nominatim", False, 'es'),
    ('https://github.com/PoliticaArgentina/geoAr/pull/15', 'issue', 'other', 'other', "respuestas vacias de georef no generan error sino warning", False, 'es'),
    ('https://github.com/e-gob/SIMPLE/issues/471', 'issue', 'other', 'other', "UF/Dolar/UTM -> valores automáticos\n\nEstimado:\n\nhay diferentes sitio web  ( http://indicadoresdeldia.cl/pages/code/ ) que ofrecen los valores de la UF, Dolar, UTM, etc... sería bueno que SIMPLE tenga integrado esta conectividad de webservice hacia algun sitio, o tener uno propio, a fin de obtener los valores de esas 'monedas', ya que distintos trámites requieren de su valor para la generación del calculo de pago.", False, 'es'),
    ('https://github.com/Xpertians/odc/issues/75', 'issue', 'other', 'other', "Problems connecting with Postman\n\nEstimado Oscar, por esas cosas de la vida estoy trabajando Gino Cabrera en un proyecto y me quiería conectar a la API de multiservicios acá en Chile.\n\nHice algunos intentos creandome una cuenta de cliente y con las IDs.", False, 'es'),
    ('https://github.com/Xpertians/odc/issues/75', 'issue', 'other', 'none', "Hola!\n\nExcelente, mira intenta con este ejemplo:\nhttps://odc.xpertians.com/docs/ejemplos-de-implementacion/#usando-postman", False, 'es'),
    ('https://github.com/Xpertians/odc/issues/75', 'issue', 'complaint', 'other', "Hola Osacar, sabes que solo llegue hasta el segundo paso.\n\nSolicitar el token ningún problema funciona perfecto pero cuando trato de recuperar el dato me da accesos denegado y ya compré 1.000 créditos para hacer las pruebas antes para asegurarme que estaba todo ok.", False, 'es'),
    ('https://github.com/juanbrujo/listado-apis-publicas-en-chile/issues/72', 'issue', 'other', 'other', "Baja de Servicio API Feriados\n\nBuenas!\nMás que nada era para informar sobre la baja de la [API Feriados de Gobierno Digital](https://apis.digital.gob.cl/fl/feriados) la cual dejo de de dar servicios el 26/02/2025, esto solo para que la saquen del listado.", False, 'es'),
    ('https://github.com/juanbrujo/listado-apis-publicas-en-chile/issues/42', 'issue', 'complaint', 'other', "API de feriados legales no está funcionando\n\nEso, intente con el año 2021 y no encuentra datos. Estuve probando esta: https://apis.digital.gob.cl/fl/ y creo que funciona bien.", False, 'es'),
    ('https://github.com/juanbrujo/listado-apis-publicas-en-chile/issues/42', 'issue', 'other', 'other', "Ya volví a dejar operativa la API de feriadosapp.com, con algunos cambios pero está al día.", False, 'es'),
    ('https://github.com/devschile/huemul/issues/655', 'issue', 'complaint', 'none', "proximo-feriado.js no funciona", False, 'es'),
    ('https://github.com/devschile/huemul/issues/655', 'issue', 'complaint', 'other', "tamala la API `https://apis.digital.gob.cl/fl/feriados/2021`", False, 'es'),
    ('https://github.com/devschile/huemul/issues/655', 'issue', 'other', 'none', "volvio la API", False, 'es'),
    ('https://github.com/devschile/huemul/issues/655', 'issue', 'complaint', 'none', "tamalo denuevo", False, 'es'),
    ('https://github.com/figorr/meteocat/issues/20', 'issue', 'complaint', 'other', "Hi,\n\nAfter updating Home Assistant to the latest version, the Meteocat integration stopped working. The API is confirmed to be working fine by Meteocat support, so the issue seems to be with the integration.", False),
    ('https://github.com/Danieldiazi/homeassistant-meteogalicia/issues/2', 'issue', 'complaint', 'none', "No se reciben datos", False, 'es'),
    ('https://github.com/Danieldiazi/homeassistant-meteogalicia/issues/2', 'issue', 'other', 'other', "Boas!\nParece que algo está fallando en los servicios web de MeteoGalicia, pues devuelve a veces un error 500 y otras un 404:", False, 'es'),
    ('https://github.com/Danieldiazi/homeassistant-meteogalicia/issues/2', 'issue', 'complaint', 'other', "Gracias!\n\nAhora me llegan algunos valores y otros no. Seguro es problema de MeteoGalicia.\n\nExcelente integración, por cierto.", False, 'es'),
    ('https://github.com/Danieldiazi/homeassistant-meteogalicia/issues/2', 'issue', 'other', 'none', "Si, les he escrito para notificarles el problema, pero ya estaban al tanto. Parece que el problema aún persiste, ahora ya no me da 404, simplemente tarda mucho en cargar.", False, 'es'),
    ('https://github.com/Danieldiazi/homeassistant-meteogalicia/issues/2', 'issue', 'other', 'none', "Parece que ya funciona, lo damos por solucionado. Gracias por avisar.", False, 'es'),
    ('https://github.com/kalanda/homeassistant-aemet-sensor/issues/16', 'issue', 'complaint', 'none', "Invalid response: 200\n\nHola \n\nEstoy tratando de instalar esta integración pero no lo consigo. He seguido los pasos pero me da error, pongo aquí mi configuración de configuration.yaml ¿que puedo estar haciendo mal?", False, 'es'),
    ('https://github.com/kalanda/homeassistant-aemet-sensor/issues/16', 'issue', 'other', 'none', "Ese número de estación no funciona porque creo que no estas cogiendo el número de tu estación del sitio correcto. Debes buscarlo en `\"Observación convencional\" => \"Datos de observación\"`como se indica en las instrucciones https://github.com/kalanda/homeassistant-aemet-sensor/blob/master/README.md", False, 'es'),
    ('https://github.com/kalanda/homeassistant-aemet-sensor/issues/16', 'issue', 'other', 'none', "Vaya que torpe, ha funcionado, muchas gracias", False, 'es'),
    ('https://github.com/miguelangellv/ha-gas-station-spain/issues/48', 'issue', 'complaint', 'other', "Me da error y no puedo acceder a los sensores\n\nHacia unas semanas que no usaba la integración y cuando he ido a revisarla he visto que no me daban valores los sensores que ya habia creado. Al intentar añadir nuevos me da el siguente error: \"Error\nNo se pudo cargar el flujo de configuración: 500 Internal Server Error Server got itself in trouble\"", False, 'es'),
    ('https://github.com/miguelangellv/ha-gas-station-spain/issues/48', 'issue', 'other', 'none', "Has vuelto a probar ? Ayer cuando lo comentaste probé y no funcionaba y hoy ya me funciona correctamente de nuevo", False, 'es'),
    ('https://github.com/miguelangellv/ha-gas-station-spain/issues/48', 'issue', 'other', 'none', "Si, ya funciona. Acabo de comprobarlo tras leer tu comentario. Gracias.", False, 'es'),
    ('https://github.com/miguelangellv/ha-gas-station-spain/issues/48', 'issue', 'complaint', 'none', "Perdon por usar este post ya abierto, pero el error es el mismo, me he dado cuenta que si instala la v2 (la que sea) me da el error, pero si instala la ultima de v1, me funciona bien, me deja meter lar gasolineras y me salen en el mapa y todo, pero si una vez \"configurada\" actualizo a la v2, no me carga las estaciones, y no me deja añadir otra, por el error 500? es por algun error momentaneo? o hay que configurar algo ? gracias", False, 'es'),
    ('https://github.com/gastonpereyra/smnQL/issues/3', 'issue', 'complaint', 'other', "La API ya no fuciona.\n\nParece que desde el 2022 dejó de actualizarse. \nhttps://ws.smn.gob.ar/map_items/weather", False, 'es'),
    ('https://github.com/gastonpereyra/smnQL/issues/3', 'issue', 'complaint', 'other', "Idem en mi caso. Incluso bajando los archivos de tiempo presente del sitio oficial tiene un par de horas de retraso", False, 'es'),
    ('https://github.com/gastonpereyra/smnQL/issues/3', 'issue', 'other', 'other', "El otro problema es que bloquearon todo atrás de cloudflare, asi que probablemente incluso si encontraras la API correcta, no vas a poder traerte la info programaticamente porque cloudflare te pide el token para poder pasar su barrera.", False, 'es'),
    ('https://github.com/gastonpereyra/smnQL/issues/2', 'issue', 'complaint', 'other', "El metodo para obtener la subestacion usando la latitud y longitud ya no funciona\n\nLa pagina del SMN al recibir una request en [https://www.smn.gob.ar/smn/app/location/geo/:lat,:lon](https://www.smn.gob.ar/smn/app/location/geo/:lat,:lon) devuelve el error 404 (No existe la pagina)", False, 'es'),
    ('https://github.com/datosgobar/series-tiempo-ar-api/issues/683', 'issue', 'other', 'other', "Proporcionen un ejemplo para tomar la temperatura de bs as con el SMN y la API Series De Tiempo.", False, 'es'),
    ('https://github.com/DataScienceResearchPeru/covid-19_latinoamerica/issues/81', 'issue', 'complaint', 'other', "Argentina\n\nErrores al obtener data de datos abiertos argentina.", False, 'es'),
    ('https://github.com/gustavoqzdaa/ute_energy/issues/7', 'issue', 'complaint', 'other', "@gustavoqzdaa Thank you, it resolved that problem, but new one raised on the same step", False),
    ('https://github.com/LabPLC/api.labcd.mx/issues/77', 'issue', 'other', 'other', "Ecobici: problemas actuales.\n\nInformación en tiempo real:\n\n- Estaciones desconectadas no se muestran como tal en mapas web ni movil, continúan con estado activo.", False, 'es'),
    ('https://github.com/LabPLC/api.labcd.mx/issues/77', 'issue', 'other', 'none', "Creo que ya nadie mantiene está API", False, 'es'),
    ('https://github.com/LabPLC/api.labcd.mx/issues/77', 'issue', 'other', 'other', "Me parece que el equipo actual del Laboratorio para la Ciudad ha tenido problemas para darle mantenimiento y están trabajando en eso. Mientras tanto pueden consultar la información directamente desde las  [APIs de Ecobici](https://www.ecobici.cdmx.gob.mx/es/informacion-del-servicio/open-data)", False, 'es'),
    ('https://github.com/LabPLC/api.labcd.mx/issues/66', 'issue', 'other', 'other', "Typo en ecobici example\n\nHola,\n\ntienen está URL mal, falta la i en ecobici:\n\napi.labcd.mx/v1/movilidad/estaciones-ecobic/3\n\nEl json de respuesta no incluye las bicis disponibes y slots:", False, 'es'),
    ('https://github.com/LabPLC/api.labcd.mx/issues/66', 'issue', 'other', 'none', "Gracias @ropa03. Lo revisamos y te enviamos una respuesta.", False, 'es'),
    ('https://github.com/zaragoza-sedeelectronica/zaragoza-sedeelectronica.github.io/issues/63', 'issue', 'complaint', 'other', "Es posible que no funcione la API de Bizi Zaragoza?\n\nHe estado usando el API de Zaragoza respecto al estacionamiento Bizi, pero desde ayer sobre las 20:00 dejó de funcionar. En el siguiente enlace se puede comprobar que no se reciben los datos de las estaciones.", False, 'es'),
    ('https://github.com/zaragoza-sedeelectronica/zaragoza-sedeelectronica.github.io/issues/63', 'issue', 'other', 'none', "Hola, actualizo para comentar que ya funciona.", False, 'es'),
    ('https://github.com/zaragoza-sedeelectronica/zaragoza-sedeelectronica.github.io/issues/63', 'issue', 'other', 'none', "Hola, creo que el servicio vuelve a funcionar en el ejemplo que nos indicas ya devuelve resultados\n{\"totalCount\":130,\"start\":0,\"rows\":50}", False, 'es'),
    ('https://github.com/zaragoza-sedeelectronica/zaragoza-sedeelectronica.github.io/issues/63', 'issue', 'complaint', 'none', "Hola, parece que vuelve a estar caida, tocara esperar a que lenvanten el servicio de nuevo :P", False, 'es'),
    ('https://github.com/zaragoza-sedeelectronica/zaragoza-sedeelectronica.github.io/issues/63', 'issue', 'complaint', 'none', "Efectivamente sigue caída.", False, 'es'),
    ('https://github.com/eskerda/citybikes-api/issues/2', 'issue', 'complaint', 'other', "Valenbisi data is same for the last few days\n\nThe info from valenbisi network is being reported the same for last few days.\nThanks.", False),
    ('https://github.com/codeforspain/datos/issues/2', 'issue', 'other', 'other', "Valenbisi: Servicio publico de alquiler de bicicletas en Valencia\n\nAPI publica.", False, 'es'),
    ('https://github.com/zaragoza-sedeelectronica/zaragoza-sedeelectronica.github.io/issues/68', 'issue', 'complaint', 'other', "No duelve los tiempos del tranvía\n\nNinguna parada del tranvía esta devolviendo los tiempos de espera del tranvia ya que no se actualizan los datos desde el día 4 de Abril a las 10:12am", False, 'es'),
    ('https://github.com/zaragoza-sedeelectronica/zaragoza-sedeelectronica.github.io/issues/68', 'issue', 'other', 'none', "Hola, nos comentan que se están haciendo tareas de mantenimiento de los sistemas y que se espera que la red vuelva a estar operativa durante mañana 7 de abril.\n\nDisculpa las molestias", False, 'es'),
    ('https://github.com/zaragoza-sedeelectronica/zaragoza-sedeelectronica.github.io/issues/68', 'issue', 'other', 'none', "Gracias por la info @virtor\n\nHay alguna forma de que nos podamos enterar sin tener que abrir una issue? Más que nada porque tener a los usuarios 3 días sin poder buscar un solo tranvía y no poder informarles nos penaliza mucho", False, 'es'),
    ('https://github.com/zaragoza-sedeelectronica/zaragoza-sedeelectronica.github.io/issues/68', 'issue', 'complaint', 'none', "1 semana después, siguen llegando datos del día 4, alguna novedad?", False, 'es'),
    ('https://github.com/zaragoza-sedeelectronica/zaragoza-sedeelectronica.github.io/issues/68', 'issue', 'complaint', 'none', "Hola @virtor, llevamos camino de 3 semanas sin servicio, varios usuarios me están mandando emails preguntando que ocurre, hay alguna novedad? Los datos siguen marcando el día 04/04", False, 'es'),
    ('https://github.com/zaragoza-sedeelectronica/zaragoza-sedeelectronica.github.io/issues/68', 'issue', 'other', 'none', "Hola, lo único que sabemos es que están trabajando en solucionar el error, en cuanto lo hagan te aviso.\n\nSaludos y disculpa las molestias", False, 'es'),
    ('https://github.com/zaragoza-sedeelectronica/zaragoza-sedeelectronica.github.io/issues/68', 'issue', 'other', 'none', "Hola, nos comentan que ya se ha restablecido la conectividad.\n\nSaludos", False, 'es'),
    ('https://github.com/lucasnbarbero/crypto-wallet-vue/issues/9', 'issue', 'other', 'other', "Configuración de Solicitudes a la API de Criptoya\n\n## Descripción:\n- Configurar el manejo de solicitudes a la API de https://criptoya.com/ para obtener precios de criptomonedas.", False, 'es'),
    ('https://github.com/aneonex/BitcoinChecker/issues/46', 'issue', 'complaint', 'other', "Bitso prices don't syncing\n\nMaybe Bitso change their API please check what happened.", False),
    ('https://github.com/aneonex/BitcoinChecker/issues/46', 'issue', 'other', 'none', "Fixed and will be included to the next app version (v2.19).", False),
]
