# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 494 (mine-b494): PORTUGUESE - Portuguese-written GitHub issue and pull-request messages (all rows tagged 'pt',
# all voice='issue') about integrations between Brazilian payment, commerce, logistics, ERP and government systems
# failing now: Iugu, Pagar.me, Juno, Moip (Wirecard), Vindi, Cielo-style credentials, Mercado Pago (IPN, sdk-php,
# cart-woocommerce, a Pix sample and a Minecraft Pix plugin), PagSeguro modules (laravel-pagseguro, Magento transparente,
# WooCommerce, PrestaShop), Gerencianet/Efí and PicPay Pix QR codes, Monetizze postbacks, Hotmart (katomart),
# Getfy -> Utmify webhooks, Frenet and pedro-teixeira/correios freight quotes, TOTVS Protheus WS/REST authentication,
# RNDS (saude.gov.br) tokens, a Recife SCPA webservice, ISSe NFS-e, Metabase tokens, Evolution API <-> n8n, RD Station
# client review comments, and the near misses around them.
# Complaints are writers reporting from their own setup that a connection, its credentials or its notifications fail
# now: "Invalid JSON received from the Iugu API", "Erro na requisi\u00e7\u00e3o: Unauthorized", Pagar.me "'api_key está
# faltando'" / "API não funciona em PROD, apenas em DEV" / "parou de funcionar o split" / "Erro 500 tambem",
# "Checkout send failure" and its "+1, também estou com este problema", PagSeguro "Falha ao processar pagamento ...
# porém esta acontecendo isso agora", IPN / postback notifications that no longer arrive or never update the order
# ("Funcionava e derepente, não funciona mais", "o status do pedido não muda para aprovado", "novas transações não
# chegam", "O URL digitado não responde a um status HTTP correto"), Juno / Moip / Pagar.me auth failures ("não conecta
# na API", "Nao estou conseguindo autenticar", "'Client error: 401'"), Mercado Pago 401s and "Nada no Mercado Pago
# funciona", Gerencianet/Juno QR codes that PicPay cannot read, Woo <-> Vindi subscriptions out of sync after a 422,
# "os webhooks não estão sendo enviados para a Utmify", Frenet "Nenhuma cotação foi encontrada para este cep",
# Correios "URL Error - Bad XML", TOTVS 2410 SOAP "ainda apresenta erro de autenticação" plus its "+1", "Authorization
# token was not informed", RNDS "EHR-ERR884: Os dados de autenticação informados são inválidos", Hotmart "erro na api
# que seleciona a conta", Evolution API "da um erro de conexão ... msm estando conectado".
# Near misses kept (label other): maintainers' replies and diagnoses ("Estivemos fazendo alguns deploys no ambiente de
# testes", "Este erro acontece devido a uma incompatibilidade com a versão de sua chave de API", "peço que abra um
# chamado", "me parece que os Correios estão instáveis", "se o token de acesso usado começar com `APP_USR`, você não
# está usando credenciais de sandbox", "Aqui tratamos apenas de questões referentes ao uso do tds-vscode", "Plataforma
# alterando ..."), questions for detail ("@fabiolnm pode testar agora?", "O erro continua acontecendo?", "São QR Codes
# do ambiente de homologação?"), works-now follow-ups ("o problema parou de ocorrer sozinho", "tudo funcionou
# perfeitamente", "Consegui fazer aqui no SOAP", "o erro era que em vez de por "https" eu estava colocando sem o "s"",
# "Corrigido em 1383...", "Problema solucionado na última versão"), how-to questions (where to get client_id /
# secret_id for Pix, how the Monetizze postback test works, what counts as abandoned checkout, where to put the Iugu key
# in ASP.NET Core, using Meu RH logins over Protheus REST, Juno SDK docs), PR descriptions and reviews (Mercado Pago
# status-name fix, access-token validation change, Moip subscriptions hotfix, Juno README, RD Station token-refresh
# review comments), an RD Station API 2.0 offer, a feature-style report about Gerencianet client IDs not being tied to
# a domain (hypothetical fraud, no exposure), a Pagar.me Magento e-mail to the buyer, and an own-app session expiry
# (baobaxia "Signature expired", not between two systems).
# Label calls / doubts: Mercado Pago cart-woocommerce #192 (plugin sets an already shipped order back to PROCESSING)
# kept as other - the sync works and misbehaves, no failing connection (borderline); pagarme-magento #35 (approved-
# payment e-mail to the customer not sent) kept as other (buyer notification, unclear it is the gateway link);
# Metabase token not refreshed (TropicalHazards #363) kept as complaint although written as a dev task; REST-DataWare
# #218 (Bearer token refused by the writer's own RDW server) and ServeRest #350 (a learner's login error, later "my
# mistake") kept as complaints for their first posts; Monetizze #17 follow-up "Ambas as transações estão vindo com o
# mesmo status" kept as complaint (still failing after the maintainer's answer); ACBr ISSe "Versão de mensagem não
# reconhecida" kept as complaint. Texts quoting a program's message keep the writer's lead-in. warleysr/autopix #20 has
# a Portuguese title and an English log; tagged 'pt'. Complaints are 45 of 115 (39%): many complaint threads in this
# theme were already mined, and the new threads carried more maintainer replies than reports. No row mentions key
# exposure in words (mercadopago/sdk-php #174 and warleysr/autopix #30 pasted live tokens, but the texts do not say so
# and those parts were not copied; #30 was skipped entirely).
# Sources (58 threads, issues corpus; texts copied from the excerpts the `search` tool returned - a title plus the
# first sentences, or one comment - trimmed at the ends only, never reworded or translated; pasted logs cut after
# their first lines; GitHub issue-form template headings kept where they precede the first sentence):
#  iugu/iugu-node #7 #8 #16, iugu/iugu-php #48, iugu/iugu-net #91, pagarme/pagarme-js #72 #131 #355,
#  pagarme/pagarme-opencart #85, pagarme/pagarme-magento #35, pagarme/pagarme-python #134,
#  claudiosanches/woocommerce-pagarme #20, claudiosanches/woocommerce-pagseguro #95, michaeldouglas/laravel-pagseguro
#  #171, r-martins/PagSeguro-Magento-Transparente #146, pagseguro/pagseguro-modulo-prestashop #3,
#  deivisonarthur/OSC-Magento-Brasil-6-Pro #308, mercadopago/cart-woocommerce #162 #192 PR #111 PR #253,
#  mercadopago/sdk-php #174, mercadopago/pix-payment-sample-node #4, magnussolution/magnusbilling #180,
#  warleysr/autopix #20, tamojuno/integration-api-php-sdk #10 PR #8, jetimob/juno-sdk-php-laravel #41,
#  andersao/moip-assinaturas-php #1, ibody/moip-assinaturas PR #5, vindi/vindi-woocommerce-subscriptions #73,
#  renatofrota/pix-pendencias #40, gerencianet/gn-api-sdk-php #8, bacen/pix-api #598, Monetizze/ExemploPOSTCallback
#  #5 #6 #13 #17 #28, getfy-opensource/getfy #38, katomaro/katomart_old #51, evolution-foundation/evolution-api #1619,
#  agendor/rdstation-php-client #11, ResultadosDigitais/rdstation-ruby-client PR #49, FrenetGatewaydeFretes/
#  frenet-magento2 #31, pedro-teixeira/correios #57, ACBrNet/ACBr.Net.NFSe #144, wsbndaf/Webservice #175,
#  t-bonatti/test-denovo-convert-issue #32, Abrasel-Nacional/opendelivery #63, totvs/advpl-vscode #567,
#  totvs/tds-vscode #389 #1034, OpenSourceCommunityBrasil/REST-DataWare #218, kyriosdata/rnds #15,
#  ServeRest/ServeRest #350, fga-eps-mds/2018.1-TropicalHazards-BI #363, RedeMocambos/baobaxia #177.
# Look-ups (41 of 45; no fetch, find_*, or read_file): issues corpus - "erro de autenticação token expirado API
# Asaas", "webhook não chega Hotmart Kiwify", "Mercado Livre API invalid_grant refresh token não funciona", "Melhor
# Envio token inválido cotação de frete não aparece", "iugu chave de API inválida erro", "Pagar.me parou de funcionar
# erro na transação api key", "Gerencianet Efí Pix certificado erro de autenticação 401", "Tiny ERP Omie Conta Azul
# integração parou de sincronizar pedidos", "RD Station integração não envia leads token", "Home Assistant integração
# deixou de funcionar erro de login conta portuguesa", "Asaas webhook cobrança não recebe notificação erro", "iFood
# API token não conecta pedidos polling erro", "Jadlog API token erro ao gerar etiqueta não autorizado", "Mercado Pago
# notificação IPN não está chegando pagamento aprovado", "e-fatura Autoridade Tributária comunicação webservice erro
# autenticação", "integração deixou de funcionar desde ontem erro 401 Unauthorized api", "plugin woocommerce não
# conecta com a API credenciais inválidas", "Google Sheets API erro de autenticação planilha não sincroniza",
# "Nuvemshop Tray Loja Integrada API token inválido integração parou", "Cielo Rede GetNet Stone API credenciais erro
# autenticação merchant", "integração Home Assistant EDP Galp MEO deixou de funcionar não consigo autenticar",
# "ifthenpay easypay eupago MB WAY callback não chega encomenda", "Moloni InvoiceXpress Vendus API token erro ao
# emitir fatura", "Sicoob Sicredi Banco do Brasil API cobrança token erro invalid_client", "mercadopago plugin status
# do pedido não atualiza notificação pagamento aprovado woocommerce", "Vindi Juno PicPay API erro token autenticação
# integração", "typebot n8n chatwoot integração credencial erro não conecta pt-br", "Monetizze Braip Kiwify postback
# webhook não recebe vendas erro", "gn-api-sdk efipay erro credenciais inválidas client_id produção homologação",
# "mercadopago sdk erro access_token inválido unauthorized pagamento pix", "Hotmart API webhook assinatura hottok erro
# integração membros", "Olist Tiny ERP API token erro pedidos não importam Shopee Magalu integração", "Frenet Kangu
# Loggi Intelipost frete não calcula erro token", "integração Home Assistant deixou de funcionar após atualização erro
# ao conectar à conta", "RD Station Conta Azul refresh token expirado erro 401 integração parou", "parou de
# sincronizar estoque produtos integração loja virtual erro", "\"chave de API inválida\" ou \"token inválido\" desde
# hoje não funciona", "TOTVS Protheus Sankhya Senior API REST erro de autenticação token integração não funciona",
# "Melhor Envio Jadlog Kangu etiqueta erro Unauthenticated token expirou plugin"; pages corpus - "erro 401 token
# inválido integração API não funciona mais pt.stackoverflow", "webhook parou de funcionar fórum comunidade
# integração" (both gave vendor docs only; nothing kept). The Portugal (AT/e-fatura, SIBS/MB Way, Moloni, CTT) and
# Home Assistant queries returned English or already-mined threads only, so no pt-PT rows.
# Checked and skipped as already mined (grep of each URL path over tools/real/b*.py, tools/real/pending/*.py and the
# other worktrees' pending files): gestaogovbr/api-pgd #177, mrfyda/ha-eredes #24, nfephp-org/nfephp #960,
# getfy-opensource/getfy #20 #27 #37, wppconnect-team/wppconnect-server #1294, nfe/woo-nfe #67,
# discovery-tecnologia/dsc-mercado-livre #4 #76, devaguia/correios-php #54, melhorenvio/wp-melhorenvio-v2 #53,
# finotilucas/Correios-Brasil #40 #53 #60 PR #62, cristianoritta/tracevirtus_sso #41, pagarme/pagarme-net #154,
# mercadolibre/php-sdk #34 #39 #103, mercadolibre/api #101, andreroggeri/pynubank #379 #430, allgood/APInter-PHP #14,
# servicosgovbr/manual-script-chatbot-login-unico #30, bacen/pix-api #314 #343 #423, wirecardBrasil/moip-sdk-php #63,
# ifrn-oficial/cliente_suap_javascript #5, vitorccs/bradesco-api-php #7, guidi/bancointer_dotnet #8,
# FieldControl/status #258, zydontecnologia/zydon-stories #481, Sage/sageone_br_nfe_documentacao_api #20 #33 #34 #36
# #44, marcosdosea/gcm-ufs #401, RocketChat/feature-requests #336, softr/asaas-php-sdk #18, cleitonme/Whazing-SaaS
# #149 #233, RamonSilva20/mapos #1650 #2156 #2649, LinkNacional/WHMCS-WhatsApp-API-Notifications-open-source #35,
# Varejonline/api #2, fazer-ai/agents #104, shipping7/correios-java-sdk #55, ticketz-oss/ticketz #445,
# nfephp-org/sped-nfe #589 #758, OpenAC-Net/OpenAC.Net.NFSe #19, claudiosanches/woocommerce-pagseguro #74 #126,
# mercadopago/cart-woocommerce #107 #132, megaapp977/stack #654, pagseguro/pagseguro-modulo-prestashop #91,
# r-martins/PagSeguro-Magento-Transparente #165, DeveloperCielo/API-3.0-PHP #183 #200, DeveloperCielo/Webservice-1.5 #4,
# DeveloperCielo/API-3.0-Java #8 #43, banzeh/cielo #2, djansen1987/SAJeSolar #91, banco-alimentar/alimentestaideia.pt
# PR #601, imobanco/bb-wrapper #78, elemke/sicoob-pix #2, BoletoNet/boletonet #306,
# alexandresanlim/pix-dynamic-payload-generator.net #8, divulgueregional/api-inter-v2 #3, amagovpt/doc-SAFE #1,
# mercadopago/sdk-php #233, tamojuno/integration-api-php-sdk #12, jetimob/juno-sdk-php-laravel #9,
# brenooliveira/exemplo-integracao-moip-transparente #1, CarlosWGama/php-pagseguro #14, mrayone/hotmart-webhook-
# create-member #2 #4, katomaro/katomart_old #54, pedro-teixeira/correios #55 #480, FrenetGatewaydeFretes/
# frenet-magento2 #30 #33, OpenSourceCommunityBrasil/Client-API-GTIN #7, emensageria/emensageria #11,
# Purple-Stock/open-erp #11.
# Rejected: getfy-opensource/getfy #7 (text cut mid-word between screenshots), warleysr/autopix #30 (a pasted config
# with a live Mercado Pago token and database password - not copied), the Frenet #31 reopening comment (near-identical
# to the already-mined #30 comment), Spanish-only threads (mercadopago/cart-woocommerce #70 #73 #196, sdk-php #118,
# fedealvz/WHMCS-MercadoPago #13, mercadolibre/api #101), English threads outside the theme (Home Assistant, WooCommerce,
# Shopify, ERPNext results), Monetizze #6 "???" and bacen/pix-api #598 "BACEN?" (too short), truncated comments
# (tamojuno #10 "Nenhuma d...", renatofrota #40 code-only replies), mercadopago/sdk-php #174 body (only the title and
# first sentence kept; the next line is a URL carrying an access token), vendor documentation pages from the pages
# corpus, PR titles with no text (woovi, Braspag, DeveloperCielo docs).
ROWS = [
    ('https://github.com/fga-eps-mds/2018.1-TropicalHazards-BI/issues/363', 'issue', 'complaint', 'other', 'Atualizar token de autenticação do metabase após expirar\n\n## Descrição\nAtualmente o token de autenticação do metabase não é atualizado após expirar, causando erros em requisições que necessitam validar a autenticação.', False, 'pt'),
    ('https://github.com/RedeMocambos/baobaxia/issues/177', 'issue', 'other', 'none', 'Session problem - "Signature expired" error\n\nDurante a edição, em pouco tempo não é possível mais realizar nenhuma operação que precise de login.', False, 'pt'),
    ('https://github.com/RedeMocambos/baobaxia/issues/177', 'issue', 'other', 'none', 'Desabilitar expiração do token na configuração da app', False, 'pt'),
    ('https://github.com/iugu/iugu-node/issues/8', 'issue', 'complaint', 'other', 'O erro retornado é o seguinte:\n\n[Error: Invalid JSON received from the Iugu API]', False, 'pt'),
    ('https://github.com/iugu/iugu-node/issues/16', 'issue', 'complaint', 'other', '@vinone Opa, esta aqui:\n\n```\n{\n  "type": "IuguAPIError",\n  "message": "Invalid JSON received from the Iugu API",', False, 'pt'),
    ('https://github.com/iugu/iugu-node/issues/7', 'issue', 'complaint', 'other', 'Erro ao criar um boleto - Invalid JSON received from the Iugu API\n\nQuando faço a chamada para criar um novo boleto, serviço *charge*, recebo o seguinte erro:', False, 'pt'),
    ('https://github.com/iugu/iugu-node/issues/7', 'issue', 'other', 'none', 'Corrigido em 13830a12ebeb5e8419b1dcfc03f73478955c8677', False, 'pt'),
    ('https://github.com/iugu/iugu-php/issues/48', 'issue', 'complaint', 'other', 'Não autorizado no ambiente laravel\n\nMensagem que retorna com o token em production php laravel https://github.com/pedrobutzen/iugu-laravel\n{\n    "message": "Erro na requisi\\u00e7\\u00e3o: Unauthorized",', False, 'pt'),
    ('https://github.com/iugu/iugu-net/issues/91', 'issue', 'other', 'other', 'Compatibilidade com Asp.net Core api\n\nboa noite, estou tentando usar a lib fiz um controller pra teste pedi os customers ele da erro pedindo a key, nao estou conseguindo por a key no projeto. (OBS: iniciante no C#)', False, 'pt'),
    ('https://github.com/pagarme/pagarme-js/issues/72', 'issue', 'complaint', 'other', "Pagamento com cartão de crédito no ambiente de testes respondendo 'api_key está faltando'\n\nAo tentar gerar o card_hash usando o form de checkout, estou tomando este erro:", False, 'pt'),
    ('https://github.com/pagarme/pagarme-js/issues/72', 'issue', 'other', 'other', 'Estivemos fazendo alguns deploys no ambiente de testes e provavelmente eles afetaram a resposta do card_hash. Confirmo que também não está funcional para mim. A equipe responsável foi informada e está trabalhando para reverter o quadro.', False, 'pt'),
    ('https://github.com/pagarme/pagarme-js/issues/72', 'issue', 'other', 'none', '@fabiolnm pode testar agora?\n\nAcreditamos estar tudo bem :)', False, 'pt'),
    ('https://github.com/pagarme/pagarme-js/issues/72', 'issue', 'complaint', 'other', 'O `card_hash` está sendo gerado mas as transações de teste não estão sendo autorizadas:', False, 'pt'),
    ('https://github.com/michaeldouglas/laravel-pagseguro/issues/171', 'issue', 'complaint', 'other', 'Erro de "Checkout send failure"\n\nBom dia.\nDesde ontem estou tendo problemas na criação de pagamentos no sistema pois está retornando o erro "Checkout send failure". Alguém mais com esse problema? Sabem se a API está operando normalmente? Houve alguma mudança na estrutura?', False, 'pt'),
    ('https://github.com/michaeldouglas/laravel-pagseguro/issues/171', 'issue', 'complaint', 'none', 'Boa noite, também estou com este problema. Você conseguiu encontrar uma solução?', False, 'pt'),
    ('https://github.com/michaeldouglas/laravel-pagseguro/issues/171', 'issue', 'other', 'other', 'Infelizmente ninguém apontou uma possível causa. Nem aqui nem no (péssimo) suporte do PagSeguro.\nMas felizmente o problema parou de ocorrer sozinho. Só posso crer que tenha sido alguma instabilidade na API do PagSeguro.', False, 'pt'),
    ('https://github.com/michaeldouglas/laravel-pagseguro/issues/171', 'issue', 'other', 'none', 'Obrigado, @jouglasw, de fato aparentou ser uma instabilidade da API, fiz a ativação no sistema e tudo funcionou perfeitamente.', False, 'pt'),
    ('https://github.com/deivisonarthur/OSC-Magento-Brasil-6-Pro/issues/308', 'issue', 'complaint', 'none', 'Pagamento Falhou: Chave não encontrada para meio de pagamento informado\n\nEstou com esse problema ja faz algum tempo:\n\nOperação de    Pagamento Falhou.\n--\nRazão   Chave não encontrada para meio de pagamento informado.', False, 'pt'),
    ('https://github.com/pagarme/pagarme-opencart/issues/85', 'issue', 'complaint', 'other', 'Falha na confirmação de pagamento ("value" is required)\n\nSaudações... \n\nInstalei a nova versão da Pasta API para OC 2.3.0.2, e agora estou recebendo uma mensagem de erro ao finalizar o pagamento com cartão de crédito: "value" is required', False, 'pt'),
    ('https://github.com/pagarme/pagarme-opencart/issues/85', 'issue', 'complaint', 'other', 'E no cado do boleto aparece o seguinte erro:\nchild "type" fails because ["type" is required]', False, 'pt'),
    ('https://github.com/pagarme/pagarme-opencart/issues/85', 'issue', 'other', 'other', 'Olá @FBXWEB. \nMeu nome é Jonatas e faço parte da equipe de suporte técnico do Pagar.me. \nEste erro acontece devido a uma incompatibilidade com a versão de sua chave de API. \nAtualmente nossas integrações pro OpenCart só são compatíveis com as versões 2017-07-17 e a versão 2013-03-01 da API.', False, 'pt'),
    ('https://github.com/pagarme/pagarme-js/issues/355', 'issue', 'complaint', 'other', 'API não funciona em PROD, apenas em DEV.\n\n## Description\n\n## My Setup\n- Eu estou com um problema que consigo utilizar minha Chave Pagarme de DEV e funciona certinho, mas ao mudar para PROD a integração não funciona.', False, 'pt'),
    ('https://github.com/r-martins/PagSeguro-Magento-Transparente/issues/146', 'issue', 'complaint', 'other', 'Falha ao processar pagamento junto ao PagSeguro. Por favor, entre em contato com nossa equipe.\n\nOlá,\n\nPossuo o serviço do pagseguro transparente pro(cartão, boleto e TEF), porém ao finalizar o pedido no cartão ele da a mensagem "Falha ao processar pagamento junto ao PagSeguro. Por favor, entre em contato com nossa equipe.", o site já foi configurado e estava certo e funcionando, porém esta acontecendo isso agora.', False, 'pt'),
    ('https://github.com/r-martins/PagSeguro-Magento-Transparente/issues/146', 'issue', 'other', 'none', '@richard-nexxus peço que abra um chamado relatando isso e informando o url da loja com a dificuldade.\nVamos manter esse espaço para bugs do módulo mesmo, ok?', False, 'pt'),
    ('https://github.com/pagarme/pagarme-js/issues/131', 'issue', 'complaint', 'other', 'Boa tarde Murilo.. esta tudo certo com a api de testes?\n\nNao alterei nada e parou de funcionar o split de pagamentos pra mim,  antes\nfuncionava normal.. fui fazer uma transacao e recebi uma exception', False, 'pt'),
    ('https://github.com/pagarme/pagarme-js/issues/131', 'issue', 'complaint', 'other', 'http://status.pagar.me/   Erro 500 tambem.', False, 'pt'),
    ('https://github.com/claudiosanches/woocommerce-pagarme/issues/20', 'issue', 'complaint', 'other', 'Erro: transaction não encontrada\n\n@claudiosmweb tudo bem meu caro?\n\nUm número considerável de usuários estão reportando mensagens como `transaction não encontrada` no momento da compra e pelos testes que fizemos, pode estar relacionada a nova opção de utilizar o Checkout Pagar.me.', False, 'pt'),
    ('https://github.com/claudiosanches/woocommerce-pagarme/issues/20', 'issue', 'other', 'other', 'Estou vendo erros de JavaScript que esta impedindo abrir o Checkout Pagar.me e tentando enviar de uma vez.', False, 'pt'),
    ('https://github.com/claudiosanches/woocommerce-pagarme/issues/20', 'issue', 'other', 'none', '@rodrigoPgSup não precisa de spam velho!', False, 'pt'),
    ('https://github.com/agendor/rdstation-php-client/issues/11', 'issue', 'other', 'other', 'Api 2.0\n\nOlá, noto que hoje a API da RD está na versão 2.0, pensando nisso te convido ajudar ou deixar eu te ajudar evoluir está integração', False, 'pt'),
    ('https://github.com/Abrasel-Nacional/opendelivery/issues/63', 'issue', 'other', 'none', 'Olá @fabiosoliveira,\n\nA correção foi efetuada, e já está disponível na versão rc-10.', False, 'pt'),
    ('https://github.com/magnussolution/magnusbilling/issues/180', 'issue', 'complaint', 'other', 'Integração com MercadoPago\n\nEm teste pagamento via mercadopago, apenas confirmação de pagamento o credito nao inseri automaticamente.\n\nFazendo a verificação na URL -  Que nós envia a notificação de pagamento do Mercado Pago\nhttps://www.mercadopago.com.br/ipn-notifications/save\nRetorna a mensagem: O URL digitado não responde a um status HTTP correto. Você deve responder 200 ou 201.', False, 'pt'),
    ('https://github.com/magnussolution/magnusbilling/issues/180', 'issue', 'other', 'none', 'nao esta claro sua descrição. Por favor ler  https://github.com/magnussolution/magnusbilling6/issues/56', False, 'pt'),
    ('https://github.com/claudiosanches/woocommerce-pagseguro/issues/95', 'issue', 'complaint', 'other', 'Problema com IPN\n\nChecking IPN request...\n09-20-2018 @ 12:26:48 - PagSeguro IPN is valid! The return is: SimpleXMLElement Object\n\nFuncionava e derepente, não funciona mais...\nConseguem me ajudar?', False, 'pt'),
    ('https://github.com/pagarme/pagarme-magento/issues/35', 'issue', 'other', 'other', 'Notificação automática de pagamento aprovado não funciona\n\nQuando um pagamento é feito com cartão de crédito e é aprovado, não está enviando a notificação de pagamento aprovado para o cliente.', False, 'pt'),
    ('https://github.com/pagarme/pagarme-magento/issues/35', 'issue', 'other', 'none', 'Problema solucionado na última versão do nosso módulo disponível no master =D', False, 'pt'),
    ('https://github.com/ACBrNet/ACBr.Net.NFSe/issues/144', 'issue', 'other', 'other', 'Eu adicionei o servidor ISSe favor fazer testes com o mesmo.', False, 'pt'),
    ('https://github.com/ACBrNet/ACBr.Net.NFSe/issues/144', 'issue', 'complaint', 'other', 'Testei e deu o mesmo problema da minha implementação: "Versão de mensagem não reconhecida"', False, 'pt'),
    ('https://github.com/ACBrNet/ACBr.Net.NFSe/issues/144', 'issue', 'other', 'other', 'Pelo que pude apurar é um erro ao processar a menssagem de retorno do webservice do ISSe, ela não vem no padrão esperado pelo conversor em .net.\nAi complica a vida da pessoa, kkkkkkkkkkkkkkkkk', False, 'pt'),
    ('https://github.com/ACBrNet/ACBr.Net.NFSe/issues/144', 'issue', 'other', 'none', 'E se pagar, a vontade volta? Heheh 😁😁😁', False, 'pt'),
    ('https://github.com/wsbndaf/Webservice/issues/175', 'issue', 'complaint', 'other', 'Duvidas na autenticação\n\nBom dia, estou responsável por programar o consumo do webservice para a cidade do Recife e estou tendo dificuldade na autenticação do usuário que já está autorizado no sistema SCPA e testado no SOAP UI 5.5.0.', False, 'pt'),
    ('https://github.com/t-bonatti/test-denovo-convert-issue/issues/32', 'issue', 'other', 'other', '[From lost] A consulta na sefaz precisa ser autenticada com o certificado do cliente - {3}\n\nIssue movida de lost\n ---\n\nEstava sempre sendo autenticada com o certificado da ContaAzul', False, 'pt'),
    ('https://github.com/mercadopago/cart-woocommerce/issues/192', 'issue', 'other', 'other', 'Plugin muda o status de pedido já feito\n\nOlá, o cliente ao criar um pedido e pagando com o plugin MercadoPago o pedido no Woocommerce é mudado para “PROCESSING” por exemplo.\n\nEntão despachamos o produto e mudamos o status para “ENVIADO”, mas uns 2 dias depois, o plugin volta e muda o status novamente para “PROCESSING”.', False, 'pt'),
    ('https://github.com/pagseguro/pagseguro-modulo-prestashop/issues/3', 'issue', 'complaint', 'other', 'Mudança de Status para Aprovado\n\nBoa tarde,\n\ngostei muito do puglin, entretanto não sei se as funcionalidades estão funcionando perfeitamente. Quando realizo uma compra e o pagamento é efetuado com sucesso o status do pedido não muda para aprovado/finalizado ou qualquer status diferente de aguardando pagamento.', False, 'pt'),
    ('https://github.com/mercadopago/cart-woocommerce/pull/111', 'issue', 'other', 'other', "Fix Mercado Pago status name.\n\nO status 'processing' não existe no Mercado Pago, por isso o status dos pedidos não é atualizado automaticamente depois que um boleto é pago e a opção de Reduzir estoque está habilitada.", False, 'pt'),
    ('https://github.com/mercadopago/cart-woocommerce/pull/111', 'issue', 'other', 'none', 'Fernando, dei uma olhada no seu pull request. Faz todo sentido. Obrigado pelo suporte!', False, 'pt'),
    ('https://github.com/mercadopago/cart-woocommerce/issues/162', 'issue', 'complaint', 'other', 'Situação do Pagamento Checkout Transparente\n\nNesta opção após fechar a venda e passar o cartão aparece que a venda foi autorizada mas na parte de pedidos do Woocommerce não atualiza o seu status.', False, 'pt'),
    ('https://github.com/tamojuno/integration-api-php-sdk/issues/10', 'issue', 'complaint', 'other', 'Exemplo PHP\n\nBoa tarde\n\nA SDK PHP mesmo usando os metodos de autenticação e chamadas apenas gera erro, não conecta na API.\n\nConseguem dar um help?', False, 'pt'),
    ('https://github.com/tamojuno/integration-api-php-sdk/issues/10', 'issue', 'other', 'other', 'Opa blz Ipex? Cara também ralei pra conseguir fazer essa API funcionar, tem uma classe que um cara criou que é bem mais fácil, e foi por ela que fiz a integração... tem boleto e cartão de credito, essa é a classe: \n\nhttps://github.com/ylmenezes/php-juno-v2', False, 'pt'),
    ('https://github.com/pagarme/pagarme-python/issues/134', 'issue', 'complaint', 'other', 'Autenticação\n\nNao estou conseguindo autenticar', False, 'pt'),
    ('https://github.com/jetimob/juno-sdk-php-laravel/issues/41', 'issue', 'other', 'other', 'Documentação\n\nSei que a Iugu comprou a Juno, mas ainda utilizo a Juno para recebimento de pagamentos.\nAcontece que estou tentando usar o sdk, mas não está claro os comandos disponíveis.', False, 'pt'),
    ('https://github.com/jetimob/juno-sdk-php-laravel/issues/41', 'issue', 'other', 'other', 'Opa, beleza?\n\nRealmente, como a Juno vai deixar de existir, não demos a devida atenção para a documentação após o refactor para a v2.', False, 'pt'),
    ('https://github.com/tamojuno/integration-api-php-sdk/pull/8', 'issue', 'other', 'none', 'Update README.md\n\nAdicionado instruções para instalação do SDK pelo composer', False, 'pt'),
    ('https://github.com/tamojuno/integration-api-php-sdk/pull/8', 'issue', 'other', 'none', 'Opa tudo bom @albertomoreiraluiz  ? Cara eu estou com algumas dificuldade para integrar será que voce poderia me dar uma força?', False, 'pt'),
    ('https://github.com/tamojuno/integration-api-php-sdk/pull/8', 'issue', 'other', 'other', 'Não faço a menor ideia de como interagir com a API da JUNO diretamente, por isso eu queria utilizar o SDK, porém ele não tem documentação, dai atualmente estou utilizando a API do MercadoPago e PayPal que tem mais suporte.', False, 'pt'),
    ('https://github.com/tamojuno/integration-api-php-sdk/pull/8', 'issue', 'other', 'other', "Fala dev's! \n\nEu criei uma classe em PHP que usa a API da Juno, segue link [PHP JUNO](https://github.com/ylmenezes/php-juno-v2) .", False, 'pt'),
    ('https://github.com/tamojuno/integration-api-php-sdk/pull/8', 'issue', 'other', 'none', 'Rapaz a api deles é bem confusa rs... essa tua classe além de emitir os boletos também integra cartão de crédito?', False, 'pt'),
    ('https://github.com/renatofrota/pix-pendencias/issues/40', 'issue', 'complaint', 'other', 'QRCodes gerados pela Gerencianet e Juno não são lidos pelo PicPay\n\nNo PicPay, ao tentar ler o QRCode ou inserir o Copia e Cola gerado pela Gerencianet ou Juno, é exibido o erro abaixo:', False, 'pt'),
    ('https://github.com/renatofrota/pix-pendencias/issues/40', 'issue', 'other', 'none', 'São QR Codes do ambiente de homologação?\n\nPode mandar um exemplo?', False, 'pt'),
    ('https://github.com/evolution-foundation/evolution-api/issues/1619', 'issue', 'complaint', 'other', 'problema com credencial ou erro de conexão?\n\nNão consigo finaliza o flux no n8n com a evolution, da um erro de conexão por algum motivo, msm estando conectado na evolution, como corrijo?', False, 'pt'),
    ('https://github.com/Monetizze/ExemploPOSTCallback/issues/28', 'issue', 'other', 'other', "Dados em JSON\n\nPercebi que na linha 261 há essa informação:\n\n  $json = $dados['json']; // Contem todo o conteúdo do postback em formato json\n\nPorém, na requisição de teste da Monetizze, não recebo esses dados.\n\nExiste alguma outra documentação ou exemplos de webhook de teste para que eu possa utilizar?", False, 'pt'),
    ('https://github.com/Monetizze/ExemploPOSTCallback/issues/28', 'issue', 'other', 'other', 'Oi @danielWagnerr , a requisição teste da monetizze falta muita muita coisa além do json, vou tentar te mandar um aqui, vou cortar umas partes por sigilo da empresa.', False, 'pt'),
    ('https://github.com/getfy-opensource/getfy/issues/38', 'issue', 'complaint', 'other', '[BUG]: Problema com vendas de orderbumps, dados de UTM e integração com Utmify\n\n### Descrição do problema\n\nAtualmente os orders bump não estão sendo contabilizados nas vendas. E nos detalhes da venda também não está exibindo os dados de UTM que veio essa compra. O teste foi realizado com vendas através da Spacepag. Além disso, os webhooks não estão sendo enviados para a Utmify', False, 'pt'),
    ('https://github.com/Monetizze/ExemploPOSTCallback/issues/17', 'issue', 'complaint', 'other', 'Postback trazendo transações de maneira incorreta.\n\nOlá, estou desenvolvendo uma aplicação que se integra com a Monetizze e está ocorrendo um comportamento incorreto das requisições. Após gerar alguns logs dos postbacks recebidos, percebo que estou recebendo requisições referentes a transações de meses anteriores, e novas transações não chegam em um tempo habil nem ficam com o status atualizado, vejam na imagem abaixo:', False, 'pt'),
    ('https://github.com/Monetizze/ExemploPOSTCallback/issues/17', 'issue', 'other', 'other', 'Toda transação é enviada novamente quando o Status dela altera para "completa".\n\n>   Completa =  Valor das comissões disponível para saque na Monetizze (Quando a venda completa 30 dias da data de finalizada)\n\nSobre receber o mesmo postback duas vezes, verifique se você não cadastrou na monetizze a URL 2x', False, 'pt'),
    ('https://github.com/Monetizze/ExemploPOSTCallback/issues/17', 'issue', 'complaint', 'none', 'Olá Erick, então... Ambas as transações estão vindo com o mesmo status, neste exemplo completo.', False, 'pt'),
    ('https://github.com/Monetizze/ExemploPOSTCallback/issues/13', 'issue', 'other', 'other', 'Abandono de checkout\n\nQual das opções lá caracteriza-se como abandono de checkout?', False, 'pt'),
    ('https://github.com/Monetizze/ExemploPOSTCallback/issues/13', 'issue', 'other', 'none', '@marmottajr @Cardoso222 @Monetizze @ErickVal \nAlguém me ajuda?', False, 'pt'),
    ('https://github.com/Monetizze/ExemploPOSTCallback/issues/13', 'issue', 'other', 'none', 'No caso se não vier o id da venda vc deve considerar como checkout abandonado. Se vc receber dois postbacks com o mesmo id da venda vc deve verificar o status da venda. @lucaspaulino', False, 'pt'),
    ('https://github.com/Monetizze/ExemploPOSTCallback/issues/6', 'issue', 'other', 'other', 'Dúvida\n\nColoquei a chave unica e do produto. Já subi o arquivo em um servidor e configurei no Postback da monetizze. Como sei que funcionou através do botão teste? Aparecerá alguma mensagem? \nobrigado!', False, 'pt'),
    ('https://github.com/Monetizze/ExemploPOSTCallback/issues/6', 'issue', 'other', 'none', 'Olá @vitortlv ...\nQuando você apertar no botão verde "teste" deve abrir uma nova janela, nela aparece escrito\n **Código HTML: 200**  Se aparecer qualquer outro numero diferente você fez algo errado.', False, 'pt'),
    ('https://github.com/Monetizze/ExemploPOSTCallback/issues/6', 'issue', 'other', 'none', 'Podemos agendar uma call no skype? Para fazer este exemplo funcionar? Pois com o exemplo funcionando eu consigo me virar. Abraços e tenha uma ótima noite!', False, 'pt'),
    ('https://github.com/Monetizze/ExemploPOSTCallback/issues/6', 'issue', 'other', 'none', 'Bom dia, @vitortlv , acredito que não é necessario uma call para fazer o exemplo funcionar.', False, 'pt'),
    ('https://github.com/Monetizze/ExemploPOSTCallback/issues/5', 'issue', 'other', 'other', 'Não me ficou claro como funciona a integração\n\nComo eu envio ou recebo os dados?', False, 'pt'),
    ('https://github.com/Monetizze/ExemploPOSTCallback/issues/5', 'issue', 'other', 'other', 'O sistema da da monetizze só suporta recebimento.\nPara tal, você deve cadastrar a URL conforme consta no [LEIA ME](https://github.com/Monetizze/ExemploPOSTCallback/blob/master/README.md)', False, 'pt'),
    ('https://github.com/gerencianet/gn-api-sdk-php/issues/8', 'issue', 'other', 'other', 'Possibilidade de Fraude nos Pagamentos\n\nOlá, estou analisando e fazendo a implementação da nova API GN e identifiquei uma possibilidade de burlar o esquema de recebimento de qualquer meio de pagamento que for gerado no site, devido a falta de um relacionamento entre o **Client ID**, **Client Secret** e o **Domínio** quer ira roda a API.', False, 'pt'),
    ('https://github.com/andersao/moip-assinaturas-php/issues/1', 'issue', 'complaint', 'other', "Erro\n\nEstou fazendo a implementação, esta dando seguinte erro:\n\nFatal error: Uncaught exception 'GuzzleHttp\\Exception\\ClientException' with message 'Client error: 401'", False, 'pt'),
    ('https://github.com/bacen/pix-api/issues/598', 'issue', 'other', 'other', 'Chaves de Acesso\n\nBom dia, onde consigo o client_id e secret_id para iniciar a validação de testes?', False, 'pt'),
    ('https://github.com/bacen/pix-api/issues/598', 'issue', 'other', 'other', 'Bom dia @joaovelozo... é o Banco que fornece essas credenciais para ter acesso ao Ambiente deles. Você tem que entrar em contato com a instituição que fornecerá o serviço de geração de PIX solicitando isso.', False, 'pt'),
    ('https://github.com/bacen/pix-api/issues/598', 'issue', 'other', 'none', '@GustavoBraz Valeu pela dica valiosa campeão.', False, 'pt'),
    ('https://github.com/mercadopago/pix-payment-sample-node/issues/4', 'issue', 'complaint', 'other', 'Documentação horrível, site totalmente quebrado\n\nGente, pelo amor de cristo...\nNada no Mercado Pago funciona de verdade, é desastroso isso daqui.\nEstou tentando, desde ontem, integrar a API de vocês em meu projeto, e sem sucesso...', False, 'pt'),
    ('https://github.com/mercadopago/sdk-php/issues/174', 'issue', 'complaint', 'other', 'Problema ao buscar pagamento\n\nOlá! Estou com um problema ao tentar conferir um pagamento.', False, 'pt'),
    ('https://github.com/mercadopago/sdk-php/issues/174', 'issue', 'other', 'none', 'Olá, se o token de acesso usado começar com `APP_USR`, você não está usando credenciais de sandbox.', False, 'pt'),
    ('https://github.com/mercadopago/sdk-php/issues/174', 'issue', 'other', 'other', '@lucassmacedo \nComo o Joel explicou, o access token utilizado na sua chamada é o do ambiente de produção.\nPara fazer chamadas em sandbox utilize as credenciais de sandbox que você pode encontrar neste [link](https://www.mercadopago.com/mlb/account/credentials).', False, 'pt'),
    ('https://github.com/warleysr/autopix/issues/20', 'issue', 'complaint', 'other', 'Erro ao gerar QR (1.16.6 Arclight)\n\n`[23:23:40] [Server thread/INFO] [minecraft/ServerPlayNetHandler]: Eisenbahnn issued server command: /autopixmenu\n[23:23:53] [Craft Scheduler Thread - 5/INFO] [STDERR/]: [io.github.warleysr.autopix.mercadopago.MercadoPagoAPI:createPixPayment:88]: java.io.IOException: Server returned HTTP response code: 401 for URL: https://api.mercadopago.com/v1/payments', False, 'pt'),
    ('https://github.com/mercadopago/cart-woocommerce/pull/253', 'issue', 'other', 'other', 'Alteração na validação Access Token', False, 'pt'),
    ('https://github.com/katomaro/katomart_old/issues/51', 'issue', 'complaint', 'other', 'ERRO AO INICIAR HOTMART\n\n![log](https://github.com/user-attachments/assets/1587aa2b-a69f-484f-a895-7626eb59d440)\nAo tentar iniciar a conta da hotmart, é retornardo um erro na api que seleciona a conta vide imagem em anexo para melhor auxilio, o que fazer?', False, 'pt'),
    ('https://github.com/katomaro/katomart_old/issues/51', 'issue', 'other', 'other', 'Plataforma alterando, como eu disse esse tempo todo atrás, que não valia a pena mexer. Uma correção está disponível apenas para sponsors até a próxima versão da aplicação até o fim deste mês, onde a nova corrigirá isso para todos e adicionará muitas funcionalidades.', False, 'pt'),
    ('https://github.com/ibody/moip-assinaturas/pull/5', 'issue', 'other', 'other', 'Hotfix/subscriptions\n\nPercebi que ao tentar reativar ou suspender uma assinatura pela API estava gerando um WebServerResponseError, "Ocorreu um erro ao chamar o webservice", e ao analisar vi que é o mesmo caso ao se tentar atualizar um plano, a API do Moip retorna um body vazio com o código 200, aí apenas consertei.', False, 'pt'),
    ('https://github.com/vindi/vindi-woocommerce-subscriptions/issues/73', 'issue', 'complaint', 'other', 'Assinatura criada no Woo não existe na Vindi\n\nEm alguns casos, quando no momento do registro da assinatura na Vindi apresenta um erro 422 na API, (falha no telefone, falha no método de pagamento, etc) acaba ficando a assinatura criada no Woo, dando a entender ao cliente que está tudo ok. Mas na vindi, não há nem sinal de assinatura, fatura ou qualquer outra coisa.', False, 'pt'),
    ('https://github.com/vindi/vindi-woocommerce-subscriptions/issues/73', 'issue', 'other', 'none', 'Olá, Tudo bem?\n\nDesculpe o transtorno;\n\nEssa questão foi corrigida no Pull #71 pode verificar?\n\nQualquer dúvida, estamos a disposição ;)', False, 'pt'),
    ('https://github.com/vindi/vindi-woocommerce-subscriptions/issues/73', 'issue', 'complaint', 'other', 'Oi Laerte.\nEu já havia implementado manualmente essa correção do telefone. Tive algumas assinaturas depois disso com sucesso.\nMas ontem o problema foi  no método de pagamento, conforme log abaixo. E a assinatura foi criada no Woo mas não na Vindi.', False, 'pt'),
    ('https://github.com/vindi/vindi-woocommerce-subscriptions/issues/73', 'issue', 'other', 'none', '@Frisoni \n\nO erro continua acontecendo?', False, 'pt'),
    ('https://github.com/pedro-teixeira/correios/issues/57', 'issue', 'complaint', 'other', 'erro ao calcular frete em alguns produtos\n\nem alguns produtos da minha loja ao calcular o frete recebo a mensagem "Esse método de envio está fora do ar. Por favor entre em contato conosco" habilitei o log e no log é registrado\n\n2015-02-21T13:44:20+00:00 DEBUG (7): pedroteixeira_correios [312]: URL Error - Bad XML [301]', False, 'pt'),
    ('https://github.com/pedro-teixeira/correios/issues/57', 'issue', 'other', 'other', '@dsalvanhini, não acho que o nome do produto seja o problema, pelo erro me parece que os Correios estão instáveis.', False, 'pt'),
    ('https://github.com/FrenetGatewaydeFretes/frenet-magento2/issues/31', 'issue', 'complaint', 'other', 'O Cálculo de frete na página do produto não retorna valores de frete.\n\nOlá!\n\nEstamos usando a versão 2.4.5.1 no Magento 2.4.5 p1\nO Cálculo de frete na página do produto não retorna valores de frete.\nRecebemos a seguinte mensagem:\n"Desculpe. Nenhuma cotação foi encontrada para este cep."', False, 'pt'),
    ('https://github.com/FrenetGatewaydeFretes/frenet-magento2/issues/31', 'issue', 'other', 'other', 'Aqui está funcionando corretamente no Magento 2.4.5-p1 e módulo frenet atualizado, abre um ticket lá no site da frenet para analisarem alguma configuração na conta.', False, 'pt'),
    ('https://github.com/FrenetGatewaydeFretes/frenet-magento2/issues/31', 'issue', 'other', 'none', 'Bom dia @rjslegall !\nFui informado, que existe um chamado em andamento aguardando uma resposta do cliente, por ora iremos fechar o issue pois o problema não parece estar relacionado ao módulo.', False, 'pt'),
    ('https://github.com/totvs/advpl-vscode/issues/567', 'issue', 'complaint', 'other', 'Problema Autenticação WS SOAP - 2410\n\nBom dia pessoal, na versão 2410 a autenticação REST e SOAP se tornaram obrigatória não há como desligar, nas API REST ok mas no WS SOAP ninguém na TOTVS conseguiu enviar um exemplo de autenticação usando o SOAP, todas as maneiras que tentei ainda apresenta erro de autenticação, alguém possui exemplo dessa autenticação no WS SOAP?', False, 'pt'),
    ('https://github.com/totvs/advpl-vscode/issues/567', 'issue', 'complaint', 'none', 'Tiago, estou com o mesmo problema, conseguiu resolver?', False, 'pt'),
    ('https://github.com/totvs/advpl-vscode/issues/567', 'issue', 'other', 'none', 'como está fazendo? pois não tem muito segredo \n\nsegue link que ensina: https://terminaldeinformacao.com/2022/12/07/como-consumir-um-ws-rest-gerando-token-via-advpl/', False, 'pt'),
    ('https://github.com/totvs/advpl-vscode/issues/567', 'issue', 'other', 'none', 'Vinicius, obrigado pelo retorno. \nConsegui fazer aqui no SOAP, simplesmente passando a autenticação na requisição do WS.', False, 'pt'),
    ('https://github.com/totvs/advpl-vscode/issues/567', 'issue', 'other', 'none', '@AlexandrePinheiroSUDJF  vc poderia passar como vc autenticou???', False, 'pt'),
    ('https://github.com/OpenSourceCommunityBrasil/REST-DataWare/issues/218', 'issue', 'complaint', 'other', '[Bug]: Erro de autenticação Bearer\n\n### Descrição do bug\n\nColoco a autenticação com Bear, executo a Url --> http://localhost:8082/GetToken?username=rdw&password=123', False, 'pt'),
    ('https://github.com/totvs/tds-vscode/issues/1034', 'issue', 'other', 'other', 'Usar login de acesso da RD0 em API Rest\n\nBoa tarde,\n\nNão sei se para tal dúvida estou usando o canal correto. \nPorém segue minha dúvida:\n\nNós usamos o app Meu RH e temos os acesso registrados na RD0, gostaria de usar esse mesmo acesso em um software interno nosso. Para isso gostaria de fazer o login via API Rest..', False, 'pt'),
    ('https://github.com/totvs/tds-vscode/issues/1034', 'issue', 'other', 'none', '@emilyfb13 Aqui tratamos apenas de questões referentes ao uso do tds-vscode.', False, 'pt'),
    ('https://github.com/totvs/tds-vscode/issues/389', 'issue', 'complaint', 'other', 'Erro Generate Ws Protheus\n\nBoa Noite, estou tentando fazer uma geração de WebService Protheus no VSCODE.\nE agora começou a aparecer essa mensagem, isso antes não acontecia, não precisava ter o token para gerar client de WebService.\n\nConseguem me ajudar por favor?\n\nSegue o erro abaixo:\n\nOne or more validations errors detected:\n\nAuthorization token was not informed.', False, 'pt'),
    ('https://github.com/kyriosdata/rnds/issues/15', 'issue', 'complaint', 'other', 'EHR-ERR884: Os dados de autenticação informados são inválidos\n\nObtive o `access_token` no endpoint [`https://ehr-auth-hmg.saude.gov.br/api/token`](https://ehr-auth-hmg.saude.gov.br/api/token) mas ao tentar utilizar obtenho o seguinte retorno:', False, 'pt'),
    ('https://github.com/kyriosdata/rnds/issues/15', 'issue', 'other', 'other', 'curl é muito útil, mas uso depois de validar com o Postman (minha realidade). Acabei de fazer consulta, conforme sugestão [aqui](https://documenter.getpostman.com/view/215332/TVewY47S) e tive resultado satisfatório.', False, 'pt'),
    ('https://github.com/ServeRest/ServeRest/issues/350', 'issue', 'complaint', 'other', 'token\n\nOlá, sou nova na area de QA e estou usando a API do Serverest no postman, a fim de aprender, porém acredito que seja necessário token para usar os métodos, e não encontrei onde gero esse token, na tela de login aparece um erro e não gera o token.', False, 'pt'),
    ('https://github.com/ServeRest/ServeRest/issues/350', 'issue', 'other', 'other', 'Olá @clascleo! Se você estiver utilizando como **URL base** o `https://serverest.dev/`, o erro pode estar no seu **body**.', False, 'pt'),
    ('https://github.com/ServeRest/ServeRest/issues/350', 'issue', 'other', 'none', 'Olá, obrigada pelo retorno, o erro era que em vez de por "https" eu estava\ncolocando sem o "s", agora deu certo.', False, 'pt'),
    ('https://github.com/ResultadosDigitais/rdstation-ruby-client/pull/49', 'issue', 'other', 'other', '@joaohornburg foi tratado nos outros locais mas aqui faltou, o `RDStation.configuratino` pode ser `nil`, ainda que seja possível passar via argumento aqui, pode ser passado `nil` também.', False, 'pt'),
    ('https://github.com/ResultadosDigitais/rdstation-ruby-client/pull/49', 'issue', 'other', 'none', 'nesse caso ele vai tomar invalid credentials.', False, 'pt'),
    ('https://github.com/ResultadosDigitais/rdstation-ruby-client/pull/49', 'issue', 'other', 'none', 'Deveria, mas uma exception `Undefined method for nil:NilClass` estourará aqui porque se `client_id` for `nil` a expressão seguinte será executada com o `configuration` sendo `nil` .', False, 'pt'),
]
