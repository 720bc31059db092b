# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 360 (mine-b360): SPANISH ("es") and PORTUGUESE ("pt") issue threads written by native
# speakers themselves (no machine translation) from Brazilian e-commerce/payment integrations and
# Latin-American electronic-invoicing connectors: Mercado Pago (mapos, WHMCS-MercadoPago, px-ios,
# code-examples), PagSeguro (PrestaShop module, r-martins Magento, laravel-pagseguro libraries,
# bagisto-pagseguro, django example), Moip/Wirecard, Pix (bacen/pix-api, pix-pendencias,
# AbacatePay docs), NF-e/CT-e/MDF-e against SEFAZ (ZeusAutomacao/DFe.NET, wmixvideo/nfe,
# Java_NFe), Sage One NF-e API, VTEX store-discussion, OLX ad_integration, A Biblia Digital API;
# AFIP (odoo-argentina, odoo-argentina-ce, AfipSDK/afip.php), SAT/CFDI (python-cfdiclient,
# python-satcfdi, bigdata-mx/factura-electronica, SifiNomina), SUNAT (thegreenter demo/greenter,
# giansalex/lycet, openinvoiceperu, sunatphp), SRI Ecuador (odoo-ecuador), DIAN (efacturacion-
# colombia-firma), Costa Rica Hacienda (xades-signer-cr).
# Complaints: credentials/tokens rejected ("Token inválido", 401/Unauthorized from PagSeguro with
# "Email e Token estão corretos", "Não foi possível estabelecer uma conexão com o PagSeguro",
# invalid_grant from Sage NF-e, 403 with a newly created API key, "Computador no autorizado" with
# valid AFIP certificates, AFIP homologation certificate expired, "security token could not be
# authenticated" from an OSE, SUNAT "No tiene el perfil para enviar comprobantes" with the SOL
# user), connections failing now ("No se pudo conectar a sunat ... hace 2 meses", SEFAZ "A conexão
# subjacente estava fechada", "estava utilizando emissão normalmente até ontem", 403 Forbidden /
# unknown_ca from SEFAZ BA/GO, MDF-e 403 in homologation, "antes funcionaban OK las
# notificaciones IPN", PSPs not notifying the Pix webhook), and "+1"/"sigue el error" follow-ups.
# Near misses (same threads): maintainers' questions and diagnoses ("Você pegou o token de prod ou
# sandbox?", "esto suele ser un error en el servicio de Sunat", "Com certeza seu certificado
# expirou"), works-now / my-mistake follow-ups ("Ya quedó solucionado", "Realmente, acabei dando
# essa bobeira aqui", "Era isso mesmo", "Gerencianet resolveu o problema", "A día de hoy ese
# problema ya ha sido solucionado por Sunat", "Consegui resolver ... cache de variáveis"),
# how-tos and questions (Pix webhook for a static QR, which credential to pass, CFDI validation,
# PAC needed to stamp), docs requests, a PR description of a signature fix, an outdated-link
# report for where to get the Mercado Pago token.
# Sources (issues corpus; texts copied from the thread excerpts the search returned, trimmed only,
# never reworded or translated):
#  RamonSilva20/mapos/issues/1755
#  mercadopago/code-examples/issues/16
#  fedealvz/WHMCS-MercadoPago/issues/18
#  Harievilozanini/mercadopagotransparente/issues/1
#  brenooliveira/exemplo-integracao-moip-transparente/issues/1
#  ctmil/odoo-argentina/issues/39
#  ingadhoc/odoo-argentina-ce/issues/40
#  johann04/xades-signer-cr/issues/5
#  alanhoff/node-pagseguro/issues/13
#  pagseguro/pagseguro-modulo-prestashop/issues/12
#  r-martins/PagSeguro-Magento-Transparente/issues/56
#  michaeldouglas/laravel-pagseguro/issues/115
#  cagartner/bagisto-pagseguro/issues/4
#  pagseguro/pagseguro-modulo-prestashop/issues/62
#  michaeldouglas/laravel-pagseguro/issues/93
#  allisson/django-pagseguro2-example/issues/3
#  artistas/laravel-pagseguro/issues/61
#  artistas/laravel-pagseguro/issues/125
#  luisiturrios1/python-cfdiclient/issues/14
#  SAT-CFDI/python-satcfdi/issues/36
#  bigdata-mx/factura-electronica/issues/176
#  sifisoft/SifiNomina/issues/8
#  bacen/pix-api/issues/449
#  renatofrota/pix-pendencias/issues/32
#  AbacatePay/documentation/issues/8
#  bacen/pix-api/issues/98
#  bacen/pix-api/issues/354
#  thegreenter/demo/issues/44
#  thegreenter/demo/issues/35
#  FrameworkPeru/openinvoiceperu/issues/11
#  JossMP/sunatphp/issues/18
#  thegreenter/greenter/issues/22
#  giansalex/lycet/issues/15
#  thegreenter/demo/issues/33
#  ZeusAutomacao/DFe.NET/issues/514
#  ZeusAutomacao/DFe.NET/issues/1090
#  ZeusAutomacao/DFe.NET/issues/489
#  wmixvideo/nfe/issues/533
#  ZeusAutomacao/DFe.NET/issues/1326
#  Samuel-Oliveira/Java_NFe/issues/345
#  ZeusAutomacao/DFe.NET/issues/198
#  ZeusAutomacao/DFe.NET/issues/1185
#  Sage/sageone_br_nfe_documentacao_api/issues/33
#  organizze/api-doc/issues/43
#  Sage/sageone_br_nfe_documentacao_api/issues/50
#  omarciovsena/abibliadigital/issues/512
#  pagseguro/pagseguro-modulo-prestashop/issues/97
#  vtex-apps/store-discussion/issues/527
#  olxbr/ad_integration/issues/76
#  wirecardBrasil/moip-sdk-node/issues/15
#  AfipSDK/afip.php/issues/87
#  miguelhuertas/efacturacion-colombia-firma/issues/6
#  odoo-ecuador/odoo-ecuador/pull/243
#  AfipSDK/afip.php/issues/111
#  thegreenter/greenter/issues/86
#  thegreenter/greenter/issues/154
#  bigdata-mx/factura-electronica/issues/135
#  mercadopago/px-ios/issues/283
# Checked: every thread URL was grepped (exact URL followed by a quote, # or /) against
# tools/real/*.py, tools/real/pending/*.py and /work/wt/*/tools/real/*.py before taking it. The
# searches also returned many threads earlier batches already hold (mercadopago/sdk-php #233,
# cart-woocommerce #56 #132, php-afip-ws #40 #43 #45, afip.js #31 #48 #54, nfephp #960, sped-nfe
# #589 #1072, PHPSC/pagseguro #23, moip-sdk-php #63, python-cfdiclient #11 #17 #45, Purple-Stock
# open-erp #11, megaapp977/stack #654, bacen/pix-api #423 #532, mercadolibre api/php-sdk,
# meli_oerp #66, dsc-mercado-livre #76, openinvoiceperu #110, greenter #158, LibreDTE #72,
# facturador-electronico-cr #11, conekta-woocommerce #131, wompi plugin #26, WHMCS-MercadoPago
# #13 #52, devsite-docs #971, sdk-nodejs #87, nectarcrm-api #2, ticketz #445, wppconnect #4,
# api-pgd #177, cfilipes/planner #20, djangoSIGE #50, OCA connector-woocommerce #23); all skipped.
# Rejected: English-only threads (Nextcloud/ownCloud, Home Assistant, PrestaShop webservice,
# VivaPayments, WooCommerce REST), the pages corpus (only vendor docs and news in Spanish, no
# forum threads), CFDI/DIAN/Hacienda "sello"/"firma inválida" reports (a document-signature
# content error, not a failing connection or credential - only replies taken), Varejonline POST
# 500 (data error), image-only reports.
# Doubts: PagSeguro 401/Unauthorized reports where the writer later found sandbox/production
# credentials mixed up are complaints at the time of writing (the follow-ups are other).
# pix-pendencias #32 is a tracker entry listing PSPs that do not notify the webhook - complaint
# (webhooks not delivered). moip-sdk-node #15 ("estou tendo problemas para integrar", screenshot
# showed an auth error per the reply) - complaint, weak text. thegreenter/demo #44 first message
# (SUNAT "Internal Error" on send) - complaint, a failing connection to the tax service.
# ZeusAutomacao #1326 author's reply says SEFAZ-MT rejected since January and "aparentemente
# ontem eles resolveram" - other (resolved). SUNAT "No tiene el perfil" is an authorisation
# rejection of the SOL user - complaint. vtex-apps/store-discussion #527 description is English
# (no language tag); its replies are Portuguese. Integration: other for any named product or tax
# service (Mercado Pago, PagSeguro, Moip, SEFAZ, AFIP, SAT, SUNAT, VTEX ...), none for replies
# naming none. Exposure: none (no text says a key got out).
# Voices: issue only. Languages: pt 62, es 55, en 1.
# 118 rows, 44 complaints (37%), 58 threads.
ROWS = [
    ('https://github.com/RamonSilva20/mapos/issues/1755', 'issue', 'complaint', 'other', 'Integração Mercado Pago não Funciona\n\nOlá tudo bem?\nPercebi que vocês removeram a integração via painel do MercadoPago porém colocaram a integração \nvia arquivo. Cadastrei meu access token, meu client_ID, client_secret, public_key corretamente. \n\nPorém na hora de gerar o boleto está dando este erro:', False, 'pt'),
    ('https://github.com/RamonSilva20/mapos/issues/1755', 'issue', 'other', 'none', '@rodrigobg Você pegou o token de prod ou sandbox?', False, 'pt'),
    ('https://github.com/RamonSilva20/mapos/issues/1755', 'issue', 'other', 'none', 'Vlw pessoal, eu usei o token do aplicativo, mas não roda. Tem que ser o token direto da conta. Uma coisa que percebi ele só gera o boleto quando você adiciona um produto na OS, quando adiciona serviços ele não funciona. pode ser algum bug. não sei.', False, 'pt'),
    ('https://github.com/mercadopago/code-examples/issues/16', 'issue', 'other', 'other', 'Como generar un nuevo Token de Pago, luego de un “payment” rechazado?\n\nProbando en entorno Sandbox, tengo una app que genera un "token de pago", que luego envío al servidor para generar el "payment".', False, 'es'),
    ('https://github.com/mercadopago/code-examples/issues/16', 'issue', 'other', 'none', 'He podido  resolverlo llamando clearSession(), luego de procesar un payment.', False, 'es'),
    ('https://github.com/mercadopago/code-examples/issues/16', 'issue', 'other', 'none', '@Cuxs Si totalmente, la documentación de MP es tristísima!', False, 'es'),
    ('https://github.com/fedealvz/WHMCS-MercadoPago/issues/18', 'issue', 'other', 'other', 'Mercado pago token\n\nHola buenas! El link que te lleva a tomar el token de mercado pago argentina no funciona!', False, 'es'),
    ('https://github.com/fedealvz/WHMCS-MercadoPago/issues/18', 'issue', 'other', 'none', 'Parece que mudaron la sección. Fijate acá que hay guía oficial de como obtener los datos:\nhttps://www.mercadopago.com.ar/ayuda/20214', False, 'es'),
    ('https://github.com/fedealvz/WHMCS-MercadoPago/issues/18', 'issue', 'other', 'none', 'Esos campos son para compatibilidad con versiones anteriores, no es necesario completarlos', False, 'es'),
    ('https://github.com/fedealvz/WHMCS-MercadoPago/issues/18', 'issue', 'other', 'none', 'Cierro por inactividad. Si el problema persistiera no dudes en reabrir el issue o crear uno nuevo. Saludos!', False, 'es'),
    ('https://github.com/Harievilozanini/mercadopagotransparente/issues/1', 'issue', 'complaint', 'none', 'Erro\n\nOlá, alterei todas as configurações de token e key para o meu.\nMas não funcionou. Deu o seguinte erro', False, 'pt'),
    ('https://github.com/brenooliveira/exemplo-integracao-moip-transparente/issues/1', 'issue', 'complaint', 'other', 'Token de intrução inválido\n\nFala @brenooliveira, acabei de baixar o teu código e estou tentando rodar localmente. Eu estou acessando o sandbox do moip e pegando o Token de Acesso de lá, porém quanto eu coloco e tento fazer um pagamento no teu projeto eu estou recebendo o erro: `{"Codigo":914,"StatusPagamento":"Falha","Mensagem":"Token inválido"}`', False, 'pt'),
    ('https://github.com/brenooliveira/exemplo-integracao-moip-transparente/issues/1', 'issue', 'other', 'other', 'Oi Luan,\n\nacho que esse meu token já foi invalidado, faz o seguinte, entre na sua conta moip, configurações, chave de acesso e token para moip assinaturas ...\n\nLá vai ter o seu token.', False, 'pt'),
    ('https://github.com/ctmil/odoo-argentina/issues/39', 'issue', 'complaint', 'other', "certificado expirado\n\nHola,\nCreería que instalé todo correctamente pero al hacer el dummy test me muestra este resultado:\nafip1 odoo.http: ('No se puede conectar. Esto es lo que recibimos: ns1:cms.cert.expired: Certificado expirado', '')", False, 'es'),
    ('https://github.com/ctmil/odoo-argentina/issues/39', 'issue', 'complaint', 'none', 'Me pasó lo mismo hoy haciendo pruebas. Ya lo había instalado y funcionaba bien.', False, 'es'),
    ('https://github.com/ctmil/odoo-argentina/issues/39', 'issue', 'other', 'other', 'Hola! Lo del certificado Expirado no tiene que ver con la localización sino con AFIP, cada X tiempo expiran y hay que volver a emitirlos.', False, 'es'),
    ('https://github.com/ctmil/odoo-argentina/issues/39', 'issue', 'other', 'none', 'El certificado de demo lo liberó AdHoc para hacer pruebas hace más de 1 año y ya hace rato que venció. Hay que dar de alta uno con un CUIT. Saludos.', False, 'es'),
    ('https://github.com/ingadhoc/odoo-argentina-ce/issues/40', 'issue', 'complaint', 'other', 'Certificado de homologación expirado\n\nEl certificado de homologation está expirado \nhttps://github.com/ingadhoc/odoo-argentina-ce/blob/13.0/l10n_ar_afipws/demo/certificate_demo.xml\nadjunto captura del error al conectar con el diario', False, 'es'),
    ('https://github.com/johann04/xades-signer-cr/issues/5', 'issue', 'other', 'none', 'Hola amigo.\nYa vi cual era el problema.\nEl certificado habia caducado por hacienda.', False, 'es'),
    ('https://github.com/alanhoff/node-pagseguro/issues/13', 'issue', 'other', 'other', '401 não é tratado\n\nParece que a lib ainda não olha o status code e quando toma 401 ele passa por tudo "blindly".', False, 'pt'),
    ('https://github.com/pagseguro/pagseguro-modulo-prestashop/issues/12', 'issue', 'complaint', 'other', 'Erro conclusão de pagamento (prestashop 1.5.6.0 e pagseguro 1.8)\n\nNobres tenho perdido muito sono com o erro ao concluir compra conforme imagem anexada', False, 'pt'),
    ('https://github.com/r-martins/PagSeguro-Magento-Transparente/issues/56', 'issue', 'complaint', 'other', "Error ao Finalizar Compra com o Modulo: PagSeguro - Ricardo Martins\n\nAcabei de fazer vários teste e nada de resolver o problema:\nsegue o log:\n\nRetorno PagSeguro (/transactions): 'Unauthorized'", False, 'pt'),
    ('https://github.com/michaeldouglas/laravel-pagseguro/issues/115', 'issue', 'complaint', 'other', 'Error on send: 401-Unauthorized\n\nEstou com problemas ao utilizar o Sandbox.\nEstá retornando o seguinte erro:\n`Error on send: 401-Unauthorized`\nQuando desativo o sandbox funciona normalmente.', False, 'pt'),
    ('https://github.com/michaeldouglas/laravel-pagseguro/issues/115', 'issue', 'other', 'none', '@pcesarteixeira os dados de acesso a SandBox é diferente de Produção. (até onde sei não da pra usar os mesmos dados.)', False, 'pt'),
    ('https://github.com/michaeldouglas/laravel-pagseguro/issues/115', 'issue', 'other', 'none', 'Realmente, acabei dando essa bobeira aqui, perdão pelo vacilo.', False, 'pt'),
    ('https://github.com/cagartner/bagisto-pagseguro/issues/4', 'issue', 'complaint', 'other', 'Pagseguro: Unauthorized\n\nErro ao enviar pedido, configurei o token e email do pagseguro, o que pode ser?', False, 'pt'),
    ('https://github.com/cagartner/bagisto-pagseguro/issues/4', 'issue', 'other', 'other', 'Olá @joaovdiasb \n\nvocê está testando em qual modo? Produção ou Sandbox? Se for sandbox vc precisa pegar os credenciais no site do sandbox: https://sandbox.pagseguro.uol.com.br/', False, 'pt'),
    ('https://github.com/cagartner/bagisto-pagseguro/issues/4', 'issue', 'other', 'none', 'Vou configurar um virtual host então pra ver se rola, valeu ai pelo apoio!', False, 'pt'),
    ('https://github.com/pagseguro/pagseguro-modulo-prestashop/issues/62', 'issue', 'complaint', 'other', 'Servidor retornando 401 em todos os pagamentos (Email e Token estão corretos)\n\nIntegrei uma loja virtual de um cliente em Prestashop 1.7 com o modulo do Pagseguro transparente checkout.\nNo entanto, mesmo apos revisar diversas vezes o email e o token do cliente, no momento de finalizar o pagamento no site dá o erro:', False, 'pt'),
    ('https://github.com/pagseguro/pagseguro-modulo-prestashop/issues/62', 'issue', 'other', 'none', 'Boa Noite alfonsoalexandre,\n\nObrigado por utilizar o módulo oficial em seus projetos! :)\n\nConfere algumas dicas para solucionar esses problemas:', False, 'pt'),
    ('https://github.com/michaeldouglas/laravel-pagseguro/issues/93', 'issue', 'other', 'none', 'Tinha colocado email do comprador  ao inves do vendendor', False, 'pt'),
    ('https://github.com/allisson/django-pagseguro2-example/issues/3', 'issue', 'other', 'other', "Erro 'message': 'Unauthorized' ao fazer checkout\n\nEstou enfrentando um problema ao fazer checkout, pois não sei qual tipo de credencial devo colocar como parâmetro na instância abaixo:\n`pagseguro_api = PagSeguroApi(reference='credencial')`\n\nDevo colocar o appID, AppKey ou o token que tenho no settings?", False, 'pt'),
    ('https://github.com/artistas/laravel-pagseguro/issues/61', 'issue', 'complaint', 'other', 'Unauthorized: Não foi possível estabelecer uma conexão com o PagSeguro\n\nOlá, talvez esse problema que estou enfrentando seja por causa de falta de conhecimento não neccessáriamente um bug no sistema de vcs, enfim segue a baixo o problema.', False, 'pt'),
    ('https://github.com/artistas/laravel-pagseguro/issues/125', 'issue', 'complaint', 'other', 'Unauthorized: Não foi possível estabelecer uma conexão com o PagSeguro\n\nOlá estou tendo problemas na utilização da API. Estou tentando criar um plano e esta voltando a seguinte mensagem:\n\nArtistas\\PagSeguro\\PagSeguroException\nUnauthorized: Não foi possível estabelecer uma conexão com o PagSeguro.', False, 'pt'),
    ('https://github.com/artistas/laravel-pagseguro/issues/125', 'issue', 'complaint', 'none', 'Estou com o mesmo problema. Tudo configurado com sandbox, token, email, etc. \nPorém o erro persiste, testei o  `PagSeguro::startSession()` e `PagSeguroRecorrente::startSession()`. os dois estão retornando Unauthorized.', False, 'pt'),
    ('https://github.com/artistas/laravel-pagseguro/issues/125', 'issue', 'other', 'none', 'Consegui resolver aparentemente era cache de variáveis no arquivo .env;\n\nAs variáveis não estavam sendo passadas para o php pelo método env();', False, 'pt'),
    ('https://github.com/luisiturrios1/python-cfdiclient/issues/14', 'issue', 'complaint', 'other', 'Error en Autenticacion\n\nHola Luis, tocayo por cierto!, estoy ejecuntado en arch y me da el siguiente error.\n/.local/lib/python3.9/site-packages/cfdiclient/autenticacion.py", line 124, in obtener_token\n    raise Exception(ex)\nException: An error occurred when verifying security for the message.\nEn Win2 no tuve problema pero en arch si.', False, 'es'),
    ('https://github.com/luisiturrios1/python-cfdiclient/issues/14', 'issue', 'other', 'none', 'Entiendo Arch viene con pocos certificados raíz, no va por ahí ?', False, 'es'),
    ('https://github.com/luisiturrios1/python-cfdiclient/issues/14', 'issue', 'other', 'none', 'Ya quedó solucionado, solo comentarlo por si a alguien le pasa este problema, fue la hora que tenía en el', False, 'es'),
    ('https://github.com/SAT-CFDI/python-satcfdi/issues/36', 'issue', 'other', 'other', 'No timbra la factura\n\nHola, \n\nGracias por la iniciativa.\n\nIntentando crear el CFDI, veo que genera el xml y pdf de forma exitosa pero no veo la factura timbrada y no veo la factura en el portal del SAT.', False, 'es'),
    ('https://github.com/SAT-CFDI/python-satcfdi/issues/36', 'issue', 'other', 'none', '¿Con qué PAC estás trabajando? \n¿Será que puedas poner parte del código para saber si hay algo raro?', False, 'es'),
    ('https://github.com/SAT-CFDI/python-satcfdi/issues/36', 'issue', 'other', 'none', 'Derivado de la pregunta de PAC, ahora entiendo que son los únicos autorizados para Timbrar facturas. \nPara alguien como yo que no está familiarizado con el proceso de generación y timbrado de CFDIs, valdría la pena incluir el proceso y esta limitante en el Repo', False, 'es'),
    ('https://github.com/bigdata-mx/factura-electronica/issues/176', 'issue', 'other', 'other', 'Si, nosotros timbramos sin problemas con Finkok. El error es claro, estas sellando mal tus facturas.', False, 'es'),
    ('https://github.com/sifisoft/SifiNomina/issues/8', 'issue', 'other', 'other', 'Como validar un XML de CFDI para encontrar errores ?\n\nCuando timbramos CFDI es muy común recibir un mansaje tal como : \n\nDatos mínimos y formato de datos del XML incorrectos, favor de verificar org.xml.sax.SAXParseException', False, 'es'),
    ('https://github.com/bacen/pix-api/issues/449', 'issue', 'other', 'other', 'Pix estático consegue enviar um webhook para notificação de pagamento?\n\nOlá a todos!\n\nAo gerar um Pix estático, é possível definir um webhook para notificação do pagamento dele?', False, 'pt'),
    ('https://github.com/bacen/pix-api/issues/449', 'issue', 'other', 'none', 'Precisa de um PSP, que só pode te notificar se houver txid.', False, 'pt'),
    ('https://github.com/renatofrota/pix-pendencias/issues/32', 'issue', 'complaint', 'other', 'Não notifica no webhook Pix recebidos por QR estático com txid\n\nOs PSPs marcados não notificam o webhook do recebedor quando um QR Code estático com txid é pago.', False, 'pt'),
    ('https://github.com/renatofrota/pix-pendencias/issues/32', 'issue', 'other', 'other', 'Gerencianet resolveu o problema. Fechado.', False, 'pt'),
    ('https://github.com/AbacatePay/documentation/issues/8', 'issue', 'other', 'other', 'Melhorar PIX QR-CODE webhook DOCS\n\nDocumentacao de como recebemos os webhooks dessa feature.', False, 'pt'),
    ('https://github.com/bacen/pix-api/issues/98', 'issue', 'other', 'other', 'Webhook: API Pix\n\nBoa tarde, por favor já existe previsão para entrega da normatização do webhook?', False, 'pt'),
    ('https://github.com/bacen/pix-api/issues/354', 'issue', 'other', 'other', 'Webhook x devolucao\n\nO webhook deve ser acionado quando a devolução de um Pix for completada ?', False, 'pt'),
    ('https://github.com/bacen/pix-api/issues/354', 'issue', 'other', 'none', 'Tem razão. Acredito que o texto pode ficar mais claro. O webhook deve ser acionado em caso de sucesso ou recusa.', False, 'pt'),
    ('https://github.com/thegreenter/demo/issues/44', 'issue', 'complaint', 'other', "URL de WebService SUNAT\n\nhola he intentando enviar a la sunat y me mando este error\nobject(Greenter\\Model\\Response\\Error)[115]\n  protected 'code' => string 'env:Client' (length=10)\n  protected 'message' => string 'Internal Error' (length=14)", False, 'es'),
    ('https://github.com/thegreenter/demo/issues/44', 'issue', 'other', 'other', 'Hola @rhinoperu, esto suele ser un error en el servicio de Sunat, podrias esperar y volver a intentar.', False, 'es'),
    ('https://github.com/thegreenter/demo/issues/44', 'issue', 'complaint', 'none', 'ahora manda esto a que se debe\nNo tiene el perfil para enviar comprobantes electronicos - Detalle: Rejected by policy.', False, 'es'),
    ('https://github.com/thegreenter/demo/issues/44', 'issue', 'other', 'none', 'Una pregunta donde pongo el usuario, he estado buscando el error que indica y es por el usuario segun la informacion que busque, donde se configura el usuario gracias', False, 'es'),
    ('https://github.com/thegreenter/demo/issues/35', 'issue', 'complaint', 'other', 'Buenas tardes a todos, les saluda german, también estoy teniendo el mismo problema **"No tiene el perfil para enviar comprobantes electrónicos", veo que algunos dicen que lo resolvieron otros dicen que aún le persiste el error.', False, 'es'),
    ('https://github.com/FrameworkPeru/openinvoiceperu/issues/11', 'issue', 'complaint', 'other', 'Error al realizar la solicitud HTTP\n\nAl enviar documentos .xml al servicio beta de la Sunat, el servidor está generando el siguiente error:\n\n**Error Message:**\nError al realizar la solicitud HTTP a https://e-beta.sunat.gob.pe/ol-ti-itcpfegem-beta/billService. Esto puede deberse a que el certificado del servidor no está configurado correctamente en HTTP.SYS en el caso HTTPS. La causa puede ser también una falta de coincidencia del enlace de seguridad entre el cliente y el servidor.\n\n**InnerException:**\nError de autenticación porque la parte remota cerró la secuencia de transporte.', False, 'es'),
    ('https://github.com/JossMP/sunatphp/issues/18', 'issue', 'complaint', 'other', 'No se pudo conectar a sunat\n\nAmigos no se si alguién pudo solucionar el problema de conectividad a Sunat, desde ya hace 2 meses Aprox no  se logran extraer los datos', False, 'es'),
    ('https://github.com/JossMP/sunatphp/issues/18', 'issue', 'complaint', 'none', 'Pudiste solucionar estimado !!', False, 'es'),
    ('https://github.com/thegreenter/greenter/issues/22', 'issue', 'complaint', 'none', 'Error `store:///notfound` en beta\n\nHola, estoy obteniendo el siguiente error en beta, alguna idea de por qué?\n\n```\n  +"faultstring": " - Detalle: Error opening URL \'store:///notfound\'"\n  +"faultcode": "soap-env:Server.200"\n```', False, 'es'),
    ('https://github.com/thegreenter/greenter/issues/22', 'issue', 'other', 'other', 'Ya se me ha presentado ese error, es problema del servicio de SUNAT, solo esta ocurriendo con el servicio de facturas (incluye resumen diario y comunicación de bajas).', False, 'es'),
    ('https://github.com/thegreenter/greenter/issues/22', 'issue', 'other', 'other', 'A día de hoy ese problema ya ha sido solucionado por Sunat, en futuros sucesos solo queda esperar.', False, 'es'),
    ('https://github.com/giansalex/lycet/issues/15', 'issue', 'complaint', 'other', 'Usuario Secundario envió a producción\n\nHola  @giansalex acabo de enviar el comprobante con la url de producción, pero recibí un mensage de error con codigo 0111 **No tiene el perfil para enviar comprobantes electronicos**, ¿tengo que poner en los archivos .env el usuario y clave sol, o el usuario secundario que generé en el portal de la Sunat?', False, 'es'),
    ('https://github.com/giansalex/lycet/issues/15', 'issue', 'other', 'none', 'Debe ir la clave sol del Usuario Secundario, pero esto puede tomar 1 día después de crearlo para que tome efecto.', False, 'es'),
    ('https://github.com/giansalex/lycet/issues/15', 'issue', 'complaint', 'none', 'Hola @giansalex, si, sigue el error con código **0111- No tiene el perfil para enviar comprobantes electronicos - Detalle: Rejected by policy.**, con el SOL_USER y SOL_PASS de mi usuario secundario, voy a crear otro por si las dudas, el portal es demasiado lento.', False, 'es'),
    ('https://github.com/giansalex/lycet/issues/15', 'issue', 'other', 'none', 'Tal vez no le has dado el rol correspondiente al usuario en el portal de sunat.', False, 'es'),
    ('https://github.com/giansalex/lycet/issues/15', 'issue', 'complaint', 'none', 'Acabo de probar con el principal.... y sigue el error.', False, 'es'),
    ('https://github.com/thegreenter/demo/issues/33', 'issue', 'complaint', 'other', 'error de usuario al usar en produccIón\n\ncree un usuario secundario con los permisos para comprobantes electronicos, subi el certificado en formato .cer y cambie de ::FE_BETA A ::FE_PRODUCCION y al momento de querer generar me da este error:\n"no tiene el perfil para enviar comprobantes electronicos"', False, 'es'),
    ('https://github.com/thegreenter/demo/issues/33', 'issue', 'other', 'none', 'Hola @abelnexus , cuanto tiempo paso después de que creaste el usuario con los permisos.', False, 'es'),
    ('https://github.com/thegreenter/demo/issues/33', 'issue', 'other', 'none', 'con el usuario principal?, generalmente se toma un tiempo para que este activo, creo que es aprox. 1 dia', False, 'es'),
    ('https://github.com/ZeusAutomacao/DFe.NET/issues/514', 'issue', 'other', 'none', 'A emissão de NFC-e e de NF-e são feitos em endereços separados, então o problema realmente pode ocorrer em um e em outro não.', False, 'pt'),
    ('https://github.com/ZeusAutomacao/DFe.NET/issues/1090', 'issue', 'complaint', 'other', 'A conexão subjacente estava fechada: Erro inesperado em um envio CTe\n\nOlá pessoal\n\nAlguém conseguiu sanar de vez este problema, se sim qual foi a solução. Por gentileza', False, 'pt'),
    ('https://github.com/ZeusAutomacao/DFe.NET/issues/1090', 'issue', 'other', 'other', 'Certificado Digital, algo na Sefaz, Algo local no computador (cadeia de certificado, ou até mesmo se for windows 7 se não me engano tem que instalar uns kb) \n\nComece tentando acessar o E-CAC pra ver se consegue acessar normalmente', False, 'pt'),
    ('https://github.com/ZeusAutomacao/DFe.NET/issues/1090', 'issue', 'complaint', 'none', 'Olá obrigado pelo retorno.\nJá efetuamos este procedimento porém permanece o erro.', False, 'pt'),
    ('https://github.com/ZeusAutomacao/DFe.NET/issues/489', 'issue', 'complaint', 'none', 'NFeAutorizacao com Erro ao emitir\n\nestava utilizando emissão normalmente até ontem, dai passou emitir esse erro:\n\nThe underlying connection was closed: An unexpected error occurred on a send.\n-> Unable to read data from the transport connection: An existing connection was forcibly closed by the remote host.', False, 'pt'),
    ('https://github.com/ZeusAutomacao/DFe.NET/issues/489', 'issue', 'other', 'none', 'A lib uso no dia a dia com mais de 500 clientes hoje e não esta dando erro. (Estou usando o nuget mais atualizado). Isso ai não tem nada a ver com oque você fez não?', False, 'pt'),
    ('https://github.com/ZeusAutomacao/DFe.NET/issues/489', 'issue', 'other', 'other', 'sim, na vdd foi problema no sefaz geral que se deu na sexta feira pelo que intendi, outros amigos q tem emissão tiveram mesmo problema de conexão', False, 'pt'),
    ('https://github.com/wmixvideo/nfe/issues/533', 'issue', 'complaint', 'other', 'Rejeição na emissão para a BA e GO : Transport error: 403 Error: Forbidden\n\nEstou recebendo a rejeição:\n`org.apache.axis2.AxisFault: Transport error: 403 Error: Forbidden`\nna emissão de NF-e em produção para a Bahia e:\n`javax.net.ssl.SSLHandshakeException: Received fatal alert: unknown_ca`\npara Goiás.', False, 'pt'),
    ('https://github.com/wmixvideo/nfe/issues/533', 'issue', 'other', 'none', 'Bom dia @felipedamiani. Você tem acesso a outro certificado do mesmo estado, emitido por outra certificadora para fazer um teste?', False, 'pt'),
    ('https://github.com/ZeusAutomacao/DFe.NET/issues/1326', 'issue', 'other', 'other', '@fabiojmdias esta rejeição ocorre porque a SEFAZ está instável ou indisponível e não consegue processar a solicitação.\nNesse caso entre sempre no site da SEFAZ e verifique o status dos servidores deles...\nAinda acontece o problema?', False, 'pt'),
    ('https://github.com/ZeusAutomacao/DFe.NET/issues/1326', 'issue', 'other', 'other', 'Olá @danilobreda, tudo certo? Essa rejeição estava ocorrendo desde o final de Janeiro e no status dos servidores estava constando tudo ok, por isso tomei a iniciativa de perguntar pra comunidade se mais alguém estava tendo esse problema. Neste meio tempo, também abri um chamado junto a Sefaz-MT e, aparentemente ontem eles resolveram a situação.', False, 'pt'),
    ('https://github.com/Samuel-Oliveira/Java_NFe/issues/345', 'issue', 'other', 'none', 'Fala Samu, meu agente até disse, "Esse Dev é um Gênio" cara eu tava setando a lib do certificado manual, na versão 3.12 atualizei apara 3.14 e td se resolveu, assim eu fecho aqui e sigo com meus mais sinceros pedidos de desculpas pelo "EQUIVOCO".', False, 'pt'),
    ('https://github.com/ZeusAutomacao/DFe.NET/issues/198', 'issue', 'other', 'other', 'Boa noite! Pelo que tenho percebido em vários fóruns, desde o dia 15/09 surgiu um problema na SEFAZ SP no ambiente de homologação para as operações de cancelamento e CCe (eventos).', False, 'pt'),
    ('https://github.com/ZeusAutomacao/DFe.NET/issues/1185', 'issue', 'complaint', 'other', 'Erro 403 - Forbidden MDFe Homologação\n\nEstou implementando o MDFe aqui na empresa e desde quarta quando estava fazendo testes estou tendo esse erro, já emiti alguns manifestos em homologação mas agora só me retorna esse erro.', False, 'pt'),
    ('https://github.com/ZeusAutomacao/DFe.NET/issues/1185', 'issue', 'other', 'none', 'Com certeza seu certificado expirou... verifica ai', False, 'pt'),
    ('https://github.com/ZeusAutomacao/DFe.NET/issues/1185', 'issue', 'other', 'none', 'Era isso mesmo, acabei testando com outro cliente e não tive o erro, mas eu jurava que já tinha feito esse teste anteriormente e que tinha dado erro também... rs.', False, 'pt'),
    ('https://github.com/Sage/sageone_br_nfe_documentacao_api/issues/33', 'issue', 'complaint', 'other', 'invalid_grant ao tentar gerar o Access Token\n\nEstou usando o exemplo em C# para implementar a API em meu sistema de gestão.\nEu consegui gerar o Authorization Code normalmente, porém, ao tentar gerar o Access Token, recebo o erro "invalid_grant"', False, 'pt'),
    ('https://github.com/organizze/api-doc/issues/43', 'issue', 'other', 'other', 'A URL correta tem que incluir o número da sua conta junto a Organizze.\n\nhttps://app.organizze.com.br/<NÚMERO DA CONTA>/configuracoes/api-keys', False, 'pt'),
    ('https://github.com/Sage/sageone_br_nfe_documentacao_api/issues/50', 'issue', 'complaint', 'other', 'URGENTE: Erro no getAccessToken. Problema na obtenção do Token, gerando o erro invalid_grant ou vazio\n\nBom dia pessoal,\nEstá acontecendo a mesma coisa conosco.\nQuando vamos utilizar o método getAccessToken para gerar o token dá erro.\nRetorna vazio ou {"error":"invalid_grant"}', False, 'pt'),
    ('https://github.com/Sage/sageone_br_nfe_documentacao_api/issues/50', 'issue', 'other', 'none', 'Prezado @kmapps, a colaborada Ana da equipe comercial contatará para obter as informações do acesso para validarmos o caso.\n\nObrigado,\nEquipe Dev Sage NFe', False, 'pt'),
    ('https://github.com/omarciovsena/abibliadigital/issues/512', 'issue', 'complaint', 'other', 'Erro 403 Forbidden ao usar API Key recém-criada\n\nOlá Márcio, tudo bem?\n\nPrimeiramente, parabéns pelo excelente projeto da API!', False, 'pt'),
    ('https://github.com/omarciovsena/abibliadigital/issues/512', 'issue', 'other', 'none', 'Romulo, qual o cURL utilizado?', False, 'pt'),
    ('https://github.com/pagseguro/pagseguro-modulo-prestashop/issues/97', 'issue', 'other', 'other', 'Unauthorized = Não autorizado  \n\nVocê deveria ter recebido essa resposta, exemplo:', False, 'pt'),
    ('https://github.com/pagseguro/pagseguro-modulo-prestashop/issues/97', 'issue', 'other', 'other', '**b)** O email de cadastro e token estão incorretos. Vale lembrar que a conta precisa ser do tipo Vendedor ou Empresarial, não pode ser Conta Pessoal.', False, 'pt'),
    ('https://github.com/pagseguro/pagseguro-modulo-prestashop/issues/97', 'issue', 'complaint', 'none', 'Com os servidores não tem nada que possa estar causando o bloqueio não, fizemos todos os testes do nosso lado aqui.', False, 'pt'),
    ('https://github.com/vtex-apps/store-discussion/issues/527', 'issue', 'complaint', 'other', 'Error 403 into graphql app into production url\n\n**What are you trying to accomplish? Please describe.**  \nWe are testing our website into final url and all our apps with graphql connection receive a 403 error.', False),
    ('https://github.com/vtex-apps/store-discussion/issues/527', 'issue', 'other', 'other', 'Oi, quando funciona no myvtex e não funciona em produção é um sinal que pode ser problema de uso de APIs que precisam de permissão de usuário. \n\nEm myvtex, estamos sempre logados com uma conta de admin. Em um ambiente de produção não.', False, 'pt'),
    ('https://github.com/vtex-apps/store-discussion/issues/527', 'issue', 'other', 'none', 'Oi coração! É isso mesmo, percebi que mudei em várias apps menos nessas duas do exemplo!', False, 'pt'),
    ('https://github.com/olxbr/ad_integration/issues/76', 'issue', 'complaint', 'other', 'Erro de forbiden\n\nTentei a requisição pelo laravel e obtive erro de 403 como ficou a request', False, 'pt'),
    ('https://github.com/wirecardBrasil/moip-sdk-node/issues/15', 'issue', 'complaint', 'none', 'Integração com Ionic3\n\nOlá estou tendo problemas para integrar com ionic 3. Gostaria de um help, please.', False, 'pt'),
    ('https://github.com/wirecardBrasil/moip-sdk-node/issues/15', 'issue', 'other', 'other', 'Oi @wesleydeveloper, tudo bem? Você está tendo um erro de autenticação, me parece que o access token que você está utilizando não é válido.', False, 'pt'),
    ('https://github.com/wirecardBrasil/moip-sdk-node/issues/15', 'issue', 'other', 'none', 'Deu certo, @wesleydeveloper? Vou fechar essa issue, caso continue tendo problemas pode comentar aqui, beleza?', False, 'pt'),
    ('https://github.com/AfipSDK/afip.php/issues/87', 'issue', 'complaint', 'other', 'Dice "Computador no autorizado" pero los certificados estan al día siendo utilizados por otro sistema ya\n\nEstoy usando certificado y key validas que estan ahora mismo en producción, lo uso ahora mismo para facturar en otro sistema, pero acá me dice computador no autorizado.', False, 'es'),
    ('https://github.com/AfipSDK/afip.php/issues/87', 'issue', 'other', 'none', 'Para poder utilizar el web service debes vincular el servicio de consulta al padron alcance 13 con el certificado', False, 'es'),
    ('https://github.com/AfipSDK/afip.php/issues/87', 'issue', 'other', 'other', 'debes activar SOAP en php.ini y luego vas al panel de la afip donde asignas los certificados y debes vincularlos! luego de crear el certificado debes decirles que accesos tienen, debes seleccionar el que dice factura electronica!', False, 'es'),
    ('https://github.com/AfipSDK/afip.php/issues/87', 'issue', 'other', 'none', 'si estas en la parte de pruebas el error es porque  no hiciste la autorización.', False, 'es'),
    ('https://github.com/miguelhuertas/efacturacion-colombia-firma/issues/6', 'issue', 'other', 'none', 'Hola @DGoRdriguez \nQuién es el proveedor de tu certificado digital?', False, 'es'),
    ('https://github.com/odoo-ecuador/odoo-ecuador/pull/243', 'issue', 'other', 'other', 'FIX: NO AUTORIZADA ID:39 MENSAJE: FIRMA INVALIDA\n\nse corrige segun nueva especificacion del SRI que pide unicamente firmar documentos con certificados de tipo Firma Digital (Digital Signature)', False, 'es'),
    ('https://github.com/AfipSDK/afip.php/issues/111', 'issue', 'complaint', 'other', 'Errores en los certificados al pasar de desarrollo a produción.\n\nTengo un sistema de facturación con vuestra librería, funcionando perfecto, pero al pasar a producción con los correspondientes certificados, comenzaron los errores.', False, 'es'),
    ('https://github.com/AfipSDK/afip.php/issues/111', 'issue', 'complaint', 'other', 'Genere dos certificados más en Afip, pensando que podría tener error en el mismo, en ambos certificados obtengo un error diferente al anterior, pero igual entre estos últimos certificados.\n\nFatal error: Uncaught Exception: SOAP Fault: ns1:coe.not Authorized Computador no autorizado a acceder al servicio in Afip.php:231', False, 'es'),
    ('https://github.com/thegreenter/greenter/issues/86', 'issue', 'complaint', 'other', 'The security token could not be authenticated or authorized (OSE)\n\nHola, al enviar a una OSE tengo el siguiente error:\n\nA security error was encountered when verifying the message Caused by: The security token could not be authenticated or authorized', False, 'es'),
    ('https://github.com/thegreenter/greenter/issues/86', 'issue', 'other', 'none', 'No, eso es cuando las credenciales no son las correctas.', False, 'es'),
    ('https://github.com/thegreenter/greenter/issues/154', 'issue', 'other', 'other', 'Al emitir nota de Credito de boleta me sale el error en la Sunat del 1079\n\nA que se debe que salga ese error en la sunat,Gracias', False, 'es'),
    ('https://github.com/thegreenter/greenter/issues/154', 'issue', 'other', 'none', 'Tendrías que enviarlo en un resumen diario.', False, 'es'),
    ('https://github.com/bigdata-mx/factura-electronica/issues/135', 'issue', 'other', 'none', 'Amigo yo recuerdo que estos errores se presentan por el siguiente motivo:\n\nCuando en el xml viene una cantidad de este tipo: 1.0000000\nAl momento de generar la cadena original se genera de la siguiente forma: 1.00 y por consiguiente cuando tratas de generar el sello no coincide con el que trae la factura.', False, 'es'),
    ('https://github.com/mercadopago/px-ios/issues/283', 'issue', 'complaint', 'other', 'No funcionan las notificaciones IPN\n\nPor favor que alguien conteste sobre este asunto, antes funcionaban OK las notificaciones IPN, tanto en sandbox como no.', False, 'es'),
    ('https://github.com/mercadopago/px-ios/issues/283', 'issue', 'other', 'none', '@javenosa este issue corresponde a funcionalidad de backend, no a las SDK mobile, por eso lo cierro.', False, 'es'),
]
