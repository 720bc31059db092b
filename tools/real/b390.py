# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 390 (mine-b390): ITALIAN ("it", 62 rows) and PORTUGUESE ("pt", 62 rows - Brazilian, plus two
# Angolan threads) issue threads written by native speakers themselves (no machine translation, no
# AI-written reports), about integrations whose connection, login or sync stopped.
# Portuguese: NF-e / NFC-e / NFS-e emitters against SEFAZ and city-hall web services (ZeusAutomacao
# DFe.NET, nfephp-org sped-nfe, Samuel-Oliveira Java_NFe, OpenAC.Net.NFSe, the NFS-e Nacional PoC and
# Rainzart/nfse-nacional), Angola's SAF-T validation portal and a COVID-19 data API, Mercado Pago's
# WooCommerce plugin (order status not updated), Rede (e.Rede API timeouts), Sicoob Pix, PagHiper's
# WHMCS module, pyitau (Itaú portal login), the Imprensa Nacional INLABS login used for D.O.U.
# downloads, the B3 "CEI" investor portal behind cei-crawler / darf_generator / guilhermecgs ir / bolsa
# (LOGIN_FAILED, the new reCAPTCHA), Correios SIGEP (php-sigep) and postage API, Sinesp and
# loterias APIs, the Câmara dos Deputados open-data API.
# Italian: the FSE 2.0 gateway of the Ministero della Salute (401 TokenAuthenticationFailed, 502/503
# "da questa mattina", "fino a ieri funzionava"), GovWay towards SdI / Sistema TS, ANSC and ANPR
# cooperative services and certificates ("errore di collegamento con ANPR", "ANSC momentaneamente
# non disponibile" from Sicra Evo, ECONNRESET/timeouts), ANAC PCP via PDND ("Non rispondono i servizi
# di PCP/PDND siamo fermi"), SPID identity providers failing for service providers (IdP TIM 403),
# SPID logins into the IO app and the ANPR citizen portal, the Mediaset Play Kodi add-on ("l'addon non
# funge di nuovo da giorni"), a RaiPlay scraper, an Amazon offers Telegram bot (PA-API).
# Complaints in everyday words ("desde ontem começou a dar erro", "Hoje meu sistema amanheceu com este
# erro", "Esse erro comecou a ocorrer hoje, sem nenhuma alteração", "Aguardando solução também",
# "Api parou de Funcionar ... Do nado paro de carregar", "Conseguiram resolver ? Estou com o mesmo
# problema.", "Ormai sono più di 2 settimane che non va.", "da questa mattina sto riscontrando il
# seguente errore", "Ieri sera funzionava tutto correttamente", "OTTENGO SISTEMATICAMENTE ERRORE 502
# PER DELLE TRASMISSIONI CHE HANNO SEMPRE FUNZIONATO", "confermo pure io il timeout dei servizi") kept
# with near misses from the same threads: maintainers' questions and diagnoses ("Você já tentou acessar a URL do
# webservice diretamente no navegador?", "Erro 403 indica que o seu certificado não deve ser válido", "Precisa usar o certificado
# neste provedor", "stiamo registrando dei temporanei disservizi", "il problema potrebbe essere legato
# ai certificati, che risultano entrambi scaduti"), works-now follow-ups ("Hoje pela manhã voltou ao
# normal", "Sim, voltou a funcionar", "Consegui resolver", "I sistemi hanno ripreso a funzionare",
# "adesso il problema risulta risolto"), redirects to a mailing list, how-to and feature questions
# (SistemaTS via GovWay, the CEI reCAPTCHA, SPID Face ID in the IO app, a Correios error-handling
# enhancement), a PR description of a login fix (pyitau), provider status notices (Câmara open
# data), access-process questions that are no failure (ANAC attributes on PDND, a purpose awaiting
# approval), a lost-phone SPID OTP request and a security report that IO still logs in with a
# suspended SPID identity.
# Sources (issues corpus of the search tool, 38 look-ups in all, no other look-ups; texts copied from
# the thread excerpts the search returned, trimmed only - a title plus the first sentences, or one
# comment; pasted JSON errors, tokens and logs between or after kept sentences were cut, never
# reworded or translated):
#  pt - ZeusAutomacao/DFe.NET #137 #619, nfephp-org/sped-nfe #991 #259 #326 #758,
#       Samuel-Oliveira/Java_NFe #220, nfe/poc-nfse-nacional #2, OpenAC-Net/OpenAC.Net.NFSe #19,
#       Rainzart/nfse-nacional #38, assoft-portugal/SAF-T-AO #76, mercadopago/cart-woocommerce #107,
#       Imprensa-Nacional/inlabs #11, lucasrcezimbra/pyitau PR #102, paghiper/whmcs #62,
#       giordanolima/loterias-api #11, Menighin/cei-crawler #46 #35 #28 #51, guilhermecgs/ir #10,
#       renanleonellocastro/darf_generator #30, gicornachini/bolsa #2, chapeupreto/sinesp #20,
#       DevelopersRede/erede-php #57, ravelinodecastro/covid-19-ao-api #4,
#       CamaraDosDeputados/dados-abertos #238, elemke/sicoob-pix #2, stavarengo/php-sigep #318 #205,
#       shipping7/correios-java-sdk #55.
#  it - ministero-salute/it-fse-support #2279 #2001 #1773 #400 #2632 #33, link-it/govway #173 #49,
#       italia/ansc #3826 #909 #144 #934 #2004 #99 #236, italia/anpr #3174 #3287 #4200 #901 #5172,
#       pagopa/io-app #2499 #2674 #6557, anticorruzione/npa #919 #335 #1096,
#       italia/spid #1373 #1363 #1318 #11 #1332,
#       phate89/Mediaset-Play-plugin.video.videomediaset #77, Stream4me/addon #415,
#       samirsalman/AmazonOffers-TelegramBot #3, alefiori82/amazon-paapi5 #16.
# Checked: every thread URL was grepped (exact URL followed by a quote, #, / or space) over
# tools/real/*.py, tools/real/pending/*.py and /work/wt/*/tools/real/*.py - none is in an earlier
# batch; texts were compared with every earlier row by build.py (no duplicate). Skipped as already
# used (the searches returned many): it-fse-support #890 #891 #119 #888, npa #980 #2784,
# rdstation-wp PR #81, hotmart-webhook-create-member #4, melhorenvio #53, DFe.NET #489, nfse-bh-sdk #5,
# sped-nfe #589, cart-woocommerce #196, woo-picpay #8, devsite-docs #1327, WHMCS-MercadoPago #39,
# wirecardBrasil/magento2 #41, woocommerce-pagseguro #149, l10n-italy #1949 #4795 #2744 #1125 #4442
# #905, fattureincloud ruby-sdk #34 and php-sdk #136, TrainMonitor #3 #8 #11, api-trenitalia #12,
# sabas/trenitalia #5, VivaPayments #1900, govpay #551, Giua-App #136 #80, AsTeRICS #367, api-pgd #177,
# ticketz #445, open-erp #11, Kronoterm #40, Mediaset Play #78 #82, plugin.video.raitv (maxbambi #11
# #39 #47 #92, nightflyer73 #24 #38), Stream4me #541, io-app #3321, wai-portal #1454, ansc #3265 #1996,
# anpr #1918 #4753, homeassistant_aton #2, bancointer_dotnet #8, sageone NF-e #44 #20, nfephp #960,
# APInter-PHP #14, ClassevivaAPI #10 #12, esse3_unimore #5, quadermas #13, Community-Tech #23,
# Italo-API #1, raccolta_rifiuti #6, vimar-byme-plus #15.
# Rejected on reading: claude-code #980 (an Italian issue filled in from an AI-drafted template),
# VivaPayments #1874 (Italian title over English comments), sergioteula/python-amazon-paapi #144
# and jorgerosal/amazon-paapi #7 (English with one Italian word), midea_auto_cloud #206 and
# ariston #297 / OctopusEnergyIT #25 (English text over Italian Home Assistant logs), Home Assistant
# core IPMA / Iliad threads (English), FSE #2279's second comment and #2596 (a pasted JWT), FSE
# #1772's description (the same text as #1773's; only #1773 kept, and #1772 left out), myunimol
# #20 #27 (a maintainer's tracking notes), SAF-T portal's Telegram-link reply. The pages corpus
# (two look-ups) returned only guides and vendor help pages, no forum posts, so the batch has no
# forum voice.
# Doubts and how they were decided: ANSC / ANPR web-app access in a browser (#934 "Web App oggi non
# funzionante", #99, #901 a browser certificate warning) - other, as in earlier batches (a person
# reaching a portal, not two systems), while cooperative services called by municipal software
# (#909, #144, #2004, #236's R001/R002 timeouts, anpr #4200, #5172 from Sicra Evo) - complaint; a SPID
# login failing through the identity provider (anpr #3174 #3287, io-app #2499, ansc #99's "timeout
# la richiesta di autenticazione con SPID", the service providers' IdP TIM 403s) - complaint, the
# federation between two systems failing. SAF-T-AO #76 (the validation portal unreachable) - other.
# Java_NFe #220 (reports the break and the fix in one message) - other. DFe.NET #619's "Enfrentei o
# mesmo problema ... mas normalizou" - other (resolved). nfe/poc-nfse-nacional #2 (test calls to the
# national NFS-e API all fail, "Alguém obteve sucesso?") - complaint. CEI reCAPTCHA threads:
# cei-crawler #28 (asks how to bypass the captcha) and darf_generator #30 (a maintainer's task) -
# other; guilhermecgs/ir #10 ("Esbarrei com esse problema hoje", login to CEI now blocked) -
# complaint. sicoob-pix #2 (token works, every Pix call returns 400) - complaint. Stream4me #415
# (some RaiPlay sections return errors, others work) - other, a content gap rather than a lost
# connection. npa #1096 (blocked a week by a PDND purpose awaiting approval) and #335 (missing
# attributes) - other, an approval process. io-app #6557 (login still works with a suspended SPID
# identity) - other. inlabs #11 "Aguardando solução também" - complaint (a +1).
# Integration: "other" for every named product or service (SEFAZ, NFS-e, Mercado Pago, CEI/B3, FSE
# gateway, ANSC, ANPR, SPID, IO, PCP/PDND, Mediaset Play, PA-API ...); "none" for replies naming none.
# Exposure: none.
# Voices: issue only. Languages: it 62, pt 62. 124 rows, 54 complaints (43.5%), 66 threads.
ROWS = [
    ('https://github.com/ZeusAutomacao/DFe.NET/issues/137', 'issue', 'complaint', 'other', 'Impossível conectar-se ao servidor remoto\n\nOlá, pessoal, desde ontem começou a dar erro erro na emissão das NFCe\nAlguém já verificou ou passou por isso, li algumas coisas sobre aplicações bancarias que mudam o acesso e outras coisas de antivirus, firewall, tem algo a ver oque vocês acham ?', False, 'pt'),
    ('https://github.com/ZeusAutomacao/DFe.NET/issues/137', 'issue', 'other', 'none', 'Você já tentou acessar a URL do webservice diretamente no navegador?', False, 'pt'),
    ('https://github.com/ZeusAutomacao/DFe.NET/issues/137', 'issue', 'complaint', 'none', 'Atualizando mais testes que fiz, na imagem acima que postei, observem o seguinte, TimeOut 10000, quando coloco 1000 dá outro erro, "O tempo limite da operação foi atingido", quando mudo de produção para homologação, funciona.\nHelp de alguém sobre esta situação ?', False, 'pt'),
    ('https://github.com/ZeusAutomacao/DFe.NET/issues/137', 'issue', 'other', 'none', 'Hoje pela manhã voltou ao normal, instabilidade não mostrada', False, 'pt'),
    ('https://github.com/nfephp-org/sped-nfe/issues/991', 'issue', 'complaint', 'other', 'Erro ao tentar emitir NFC-e Failed to connect to nfce-homologacao.svrs.rs.gov.br port 443: Connection refused\n\nConsultei a sefaz e todos os serviços estão funcionando.\nEsse erro comecou a ocorrer hoje, sem nenhuma alteração realizada no código fonte', False, 'pt'),
    ('https://github.com/nfephp-org/sped-nfe/issues/991', 'issue', 'other', 'none', 'Esse tipo de duvida deve ser tirada no grupo https://groups.google.com/g/nfephp\nNão se trata de problemas ou bugs no código', False, 'pt'),
    ('https://github.com/nfephp-org/sped-nfe/issues/991', 'issue', 'other', 'none', 'Ah, desculpas!\nVou postar no grupo, obrigado por avisar.\nMas só para ver outras análises, aí ta funcionando normalmente?', False, 'pt'),
    ('https://github.com/nfephp-org/sped-nfe/issues/259', 'issue', 'complaint', 'other', 'Erro ao emitir nota\n\nAn error occurred while trying to communication via soap, [https://nfe.prefeitura.sp.gov.br/ws/lotenfe.asmx] Unable to handle request without a valid action parameter. Please supply a valid soap action.\n\nHoje meu sistema amanheceu com este erro ao tentar emitir uma nota.\nA url foi alterada ou algo assim?', False, 'pt'),
    ('https://github.com/nfephp-org/sped-nfe/issues/259', 'issue', 'other', 'none', 'Há algum equivoco ai !!! o sped-nfe não ACESSA a prefeitura', False, 'pt'),
    ('https://github.com/nfephp-org/sped-nfe/issues/259', 'issue', 'other', 'none', 'o sped-nfe é para as NFe mode 55 e 65 das SEFAZ e não NFSe que são das prefeituras', False, 'pt'),
    ('https://github.com/nfephp-org/sped-nfe/issues/259', 'issue', 'other', 'none', 'Consegui resolver.\nReplace all SOAP_1_2 para SOAP_1_1\nResolveu meu problema.\nEspero que possa ajudar alguém', False, 'pt'),
    ('https://github.com/nfephp-org/sped-nfe/issues/326', 'issue', 'complaint', 'other', '109 - Servico Paralisado sem Previsao\n\nDesde a semana passada estou recebendo esse erro quando tento buscar documentos emitidos contra a empresa. Já liguei na SEFAZ de SP e no 0800 do site nfe.fazenda.gov.br e todo mundo fala que o servidor está operando sem problemas, mas, simplesmente não consigo baixar notas. Alguém tem algum dica ?', False, 'pt'),
    ('https://github.com/nfephp-org/sped-nfe/issues/326', 'issue', 'other', 'none', 'O sistema está funcionando normalmente !', False, 'pt'),
    ('https://github.com/Samuel-Oliveira/Java_NFe/issues/220', 'issue', 'other', 'other', 'Erro ao emitir nota: Connection or outbound has closed\n\nPara deixar registrado, eu estava passando por este problema com a lib v4.00.13\n\nAssim como o colega do issue #219 o erro começou ontem à noite também.\n\nPara solucionar, atualizei a lib para a versão "v4.00.15 - SNAPSHOT - 14/06/2021 (G)"', False, 'pt'),
    ('https://github.com/ZeusAutomacao/DFe.NET/issues/619', 'issue', 'complaint', 'other', 'Emissão em Contingência desde 30/12/2017\n\nBom dia alguém com esse problema:\nNo dia 30/12/2017 por volta das 10h00, todas as emissões NFC-e (Produção) dos clientes que tenho no RN, MA, PA (que utilizam a SEFAZ do RS) estão saindo em contingências.\n\nErro acontece na Autorização (Exceção de Comunicação por tempo excedido), mesmo aumentando o timeout para 1min ainda acontece a mesma exceção', False, 'pt'),
    ('https://github.com/ZeusAutomacao/DFe.NET/issues/619', 'issue', 'other', 'none', 'Enfrentei o mesmo problema no sábado (31/12) no mesmo horário, mas normalizou no sábado mesmo no final da tarde', False, 'pt'),
    ('https://github.com/nfe/poc-nfse-nacional/issues/2', 'issue', 'complaint', 'other', 'Emissão NFS-e funcionando?\n\nBom dia colegas.\n\nEstou efetuando testes na API de NFS-e Nacional, mas não estou obtendo sucesso.', False, 'pt'),
    ('https://github.com/nfephp-org/sped-nfe/issues/758', 'issue', 'complaint', 'other', 'An error occurred while trying to communication via soap\n\nao enviar o lote da nota assinada me retorna esse erro abaixo, ja ative a extensão soap e as outras exigidas o que pode ser ?', False, 'pt'),
    ('https://github.com/nfephp-org/sped-nfe/issues/758', 'issue', 'other', 'none', 'Erro 403 indica que o seu certificado não deve ser válido !! \nPodem haver outros motivos para essa falha, mas teria de investigar mais.', False, 'pt'),
    ('https://github.com/nfephp-org/sped-nfe/issues/758', 'issue', 'complaint', 'other', 'jsmaximo conseguiu descobrir o erro? Comigo aconteceu a mesma coisa em todos os testes de homologação no webservice da Bahia, acredito que não seja certificado pq em produção funciona.', False, 'pt'),
    ('https://github.com/OpenAC-Net/OpenAC.Net.NFSe/issues/19', 'issue', 'complaint', 'other', "A solicitação HTTP não está autorizada no esquema de autenticação de cliente 'Anonymous'\n\nOi Rafael,\n\nTu que respira webservices, saberia me dar um norte a respeito do que pode ser esse problema ?", False, 'pt'),
    ('https://github.com/OpenAC-Net/OpenAC.Net.NFSe/issues/19', 'issue', 'other', 'none', 'Precisa usar o certificado neste provedor ai pelo visto', False, 'pt'),
    ('https://github.com/OpenAC-Net/OpenAC.Net.NFSe/issues/19', 'issue', 'other', 'none', 'É o certificado que a gente passa no Config, né ?', False, 'pt'),
    ('https://github.com/Rainzart/nfse-nacional/issues/38', 'issue', 'complaint', 'other', 'Erro ao baixar PDF via portal\n\nOla, alguem mais recebendo erro\n\nao tentar baixar o PDF?\n\nO erro eh intermitente. Acredito que seja um problema no load balancer deles (ou seja, o login eh ok, mas ao tentar baixar bate em outro servidor. isso eh apenas um palpite).', False, 'pt'),
    ('https://github.com/Rainzart/nfse-nacional/issues/38', 'issue', 'other', 'none', 'Subi uma PR pra resolver essa situação.  Aguardando agora o merge no projeto.', False, 'pt'),
    ('https://github.com/Rainzart/nfse-nacional/issues/38', 'issue', 'other', 'none', 'Sim, concordo contigo. Prazo apertado e serviço deficiente.', False, 'pt'),
    ('https://github.com/assoft-portugal/SAF-T-AO/issues/76', 'issue', 'other', 'other', 'Portal de Validação do SAFT-AO\n\nErro ao aceder o portal de validação da agt\n\nNão consigo aceder ao portal de validação do ficheiro SAFT. \nMais alguem tem o mesmo problema? \nAlguem sabe porque razão o portal não funciona? e quando reestabelece?', False, 'pt'),
    ('https://github.com/mercadopago/cart-woocommerce/issues/107', 'issue', 'complaint', 'other', 'Status do pedido não atualiza\n\nNo painel o status do pedido não está sendo atualizado e fica apenas como pagamento pendente, pelo que vi no log, o site está recebendo os dados.', False, 'pt'),
    ('https://github.com/mercadopago/cart-woocommerce/issues/107', 'issue', 'complaint', 'none', 'Conseguiram resolver ? Estou com o mesmo problema.', False, 'pt'),
    ('https://github.com/mercadopago/cart-woocommerce/issues/107', 'issue', 'other', 'none', 'Tive esse problema e resolvi. Era o prefixo de pagamento que estava com acento e por isso não localizava o ID da fatura.', False, 'pt'),
    ('https://github.com/Imprensa-Nacional/inlabs/issues/11', 'issue', 'complaint', 'other', 'Falha ao tentar acessar o portal\n\nOlá,\n\nPrimeiramente obrigado pelo trabalho de disponibilização das edições diárias do D.O.U.\n\nDesde a semana passada tenho encontrado dificuldades no acesso, seja via código, ou diretamente no site. \n\nNo código, ocorre uma falha ao obter o cookie:\n\n`Exception: Falha ao obter cookie. Verifique suas credenciais`', False, 'pt'),
    ('https://github.com/Imprensa-Nacional/inlabs/issues/11', 'issue', 'complaint', 'none', 'Aguardando solução também', False, 'pt'),
    ('https://github.com/Imprensa-Nacional/inlabs/issues/11', 'issue', 'complaint', 'none', 'Minha experiência aqui é a seguinte:\n\nTemos um processo que efetua o download de forma programática, seguindo o script de exemplo para criarmos o nosso. Faz alguma semanas que também estamos com problema na autenticação, mas com ressalva.', False, 'pt'),
    ('https://github.com/lucasrcezimbra/pyitau/pull/102', 'issue', 'other', 'other', 'ajuste nas linhas 81 e 82. Devido a mudanças no portal o login não es…\n\n…tava funcionando.', False, 'pt'),
    ('https://github.com/lucasrcezimbra/pyitau/pull/102', 'issue', 'other', 'none', 'Obrigado!', False, 'pt'),
    ('https://github.com/paghiper/whmcs/issues/62', 'issue', 'other', 'other', 'Éra isso mesmo. O problema era essa linha antiga de Auto-Login, retirei ela e tudo voltou a funcionar. Um forte Abraço.', False, 'pt'),
    ('https://github.com/paghiper/whmcs/issues/62', 'issue', 'other', 'none', 'Excelente. \nVou encerrar este ticket então, se precisar de suporte novamente por favor abra outro ticket.', False, 'pt'),
    ('https://github.com/giordanolima/loterias-api/issues/11', 'issue', 'complaint', 'other', 'Serviço parou de respoder\n\nO retorno da API hoje foi:\n"erro":"Periodo de utilizacao expirado ou token invalido!"', False, 'pt'),
    ('https://github.com/Menighin/cei-crawler/issues/46', 'issue', 'complaint', 'other', 'Recebendo erro ao loggar no CEI\n\nFala pessoal, estou recebendo erro de LOGIN_FAILED, porém se loggo a resposta do método de login, parece que o erro está relacionado a essa mensagem:', False, 'pt'),
    ('https://github.com/Menighin/cei-crawler/issues/46', 'issue', 'other', 'other', 'Olá @camposbrunocampos \nParece que o CEI estava com alguma instabilidade ontem. Outras pessoas me reportaram isso daí.\nAqui ta funcionando normal, resolveu ai pra vc?', False, 'pt'),
    ('https://github.com/Menighin/cei-crawler/issues/46', 'issue', 'other', 'none', 'Sim, voltou a funcionar, vou fechar a issue aqui! Obrigado @Menighin', False, 'pt'),
    ('https://github.com/Menighin/cei-crawler/issues/35', 'issue', 'other', 'other', 'Recaptcha\n\nBom Dia,\n\nPrimeira mente que repositório incrível , que iniciativa fenomenal velho. Parabéns.\n\nDeixa eu perguntar esse crawler funciona mesmo com o recaptcha existente na tela inicial do login do cei ?', False, 'pt'),
    ('https://github.com/Menighin/cei-crawler/issues/35', 'issue', 'other', 'other', 'Bom dia,\n\no CEI fornece um subdomínio para acessar sem o captcha, vc consegue verificar a url dentro do repositório', False, 'pt'),
    ('https://github.com/Menighin/cei-crawler/issues/28', 'issue', 'other', 'other', 'Problemas com acesso por conta de Captcha do CEI\n\nOpa @Menighin  tudo beleza? Cara tens alguma ideia sobre como burlar o sistema de Captcha que o CEI adicionou? Ou é algo meio impossível de se realizar? hehe', False, 'pt'),
    ('https://github.com/Menighin/cei-crawler/issues/28', 'issue', 'other', 'none', 'Aparentemente ele usa um serviço pago para resolver os captcha :(', False, 'pt'),
    ('https://github.com/Menighin/cei-crawler/issues/51', 'issue', 'other', 'other', 'Vocês pretendem fazer um Crawler pra nova área logada?\nParece que o CEI "antigo" vai ser descontinuado.', False, 'pt'),
    ('https://github.com/guilhermecgs/ir/issues/10', 'issue', 'complaint', 'other', 'Login CEI-B3 com reCAPTCHA\n\nOpa, beleza guilherme e comunidade, tudo bem?\n\nTo criando essa issue para perguntar se vocês já se depararam com uma característica nova agora do login no cei-b3, o sistema está requerindo uma solução de recaptcha. Vocês já chegaram a implementar algo para isso?', False, 'pt'),
    ('https://github.com/guilhermecgs/ir/issues/10', 'issue', 'other', 'none', 'Bem problematico isso...\n\no reCAPTCHA foi feito exatamente para evitar o que estamos tentando fazer, entao é bem provavel que seja bem dificil contorna-lo na forca bruta.', False, 'pt'),
    ('https://github.com/renanleonellocastro/darf_generator/issues/30', 'issue', 'other', 'other', 'Consertar Login CEI-B3\n\n## Objetivo\nO sistema _**CEI-B3**_  adicionou um campo novo no Login, o campo de _**reCAPTCHA**_ . É necessário consertar o sistema de conexão com o _**CEI-B3**_  para lidar com a resolução do _**reCAPTCHA**_  se possível.', False, 'pt'),
    ('https://github.com/renanleonellocastro/darf_generator/issues/30', 'issue', 'other', 'other', 'Só usar essa url, @renanleonellocastro: https://ceiapp.b3.com.br/CEI_Responsivo/login.aspx', False, 'pt'),
    ('https://github.com/gicornachini/bolsa/issues/2', 'issue', 'other', 'other', 'Nova forma de conexão ao CEI\n\nÉ mais uma dica... Em vez de usar a url https://cei.b3.com.br/CEI_Responsivo/, pode usar essa url: https://ceiapp.b3.com.br/CEI_Responsivo/login.aspx.\nPor hora, ela não possui o captcha...', False, 'pt'),
    ('https://github.com/ministero-salute/it-fse-support/issues/2279', 'issue', 'complaint', 'other', 'FSE INI TokenAuthenticationFailed CAMPANIA\n\nBuonasera, \nda questa mattina sto riscontrando il seguente errore :', False, 'it'),
    ('https://github.com/ministero-salute/it-fse-support/issues/2001', 'issue', 'complaint', 'other', 'Errore validazione ambiebnte test\n\nbuongiorno, \nda questa mattina chiamando il servizio \nhttps://modipa-val.fse.salute.gov.it/govway/rest/in/FSE/gateway/v1/documents/validation \ncon "{\\"healthDataFormat\\":\\"CDA\\",\\"mode\\":\\"ATTACHMENT\\",\\"activity\\":\\"VALIDATION\\"}" \n\nOttengo il seguente errore: \n"Invalid response received from the API Implementation"', False, 'it'),
    ('https://github.com/ministero-salute/it-fse-support/issues/2001', 'issue', 'other', 'none', "Buon pomeriggio, \nLa informiamo che l'anomalia risulta rientrata.\nLa invitiamo gentilmente a riprovare la chiamata e restiamo a disposizione per ulteriore supporto.\nGrazie", False, 'it'),
    ('https://github.com/ministero-salute/it-fse-support/issues/2001', 'issue', 'complaint', 'none', 'Buongiorno,\n\nAnche io sto sperimentando la stessa problematica questa mattina, con le stesse dinamiche.\nIeri sera funzionava tutto correttamente, ma da questa mattina (senza toccare alcuna riga di codice) ricevo il seguente messaggio di errore:', False, 'it'),
    ('https://github.com/link-it/govway/issues/173', 'issue', 'other', 'other', "Connessione a SistemaTS\n\nPer connettersi si usa il ModI?\nC'è una GovLet?\nCi sono istruzioni?\n\nGrazie!", False, 'it'),
    ('https://github.com/link-it/govway/issues/173', 'issue', 'other', 'none', "Buongiorno @sergiocorato,\n\nper poterti aiutare al meglio, avremmo bisogno di qualche dettaglio in più sul servizio specifico a cui ti riferisci (nome tecnico, ente erogatore, endpoint di esposizione ... ) in modo da comprendere quali siano i requisiti di sicurezza necessari per l'accesso.", False, 'it'),
    ('https://github.com/italia/ansc/issues/3826', 'issue', 'other', 'none', "[webapp]: RIAPERTURA DELL' ISSUE #3407\n\nBuongiorno,\nil problema dell'issue #3407 non è stato ancora risolto.\nla collega riscontro ancora il problema, in data 25 agosto tra le 10.20 e le 10.40 abbiamo provato più volte;\nabbiamo modificato anche la password ma il problema persiste.", False, 'it'),
    ('https://github.com/italia/ansc/issues/3826', 'issue', 'other', 'none', "Salve @UpiTorino \nPer poter indagare sono necessari i seguenti dati:\n\n1. IdEvento che non si riesce a firmare\n2. Operatore che ha eseguito l'operazione di firma\n3. IdOperazione", False, 'it'),
    ('https://github.com/italia/anpr/issues/3174', 'issue', 'complaint', 'other', 'Application is not available\n\nSalve,\nprovando ad accedere ai "Servizi al Cittadino" tramite SPID dopo l\'autenticazione vengo rediretto alla seguente pagina di errore:', False, 'it'),
    ('https://github.com/italia/anpr/issues/3174', 'issue', 'other', 'none', "buonasera vi confermo che c'è un problema nel sistema.\nstiamo lavorando per ripristinare il sito", False, 'it'),
    ('https://github.com/italia/anpr/issues/3287', 'issue', 'complaint', 'other', 'Buongiorno, non appena provo a fare accesso con SPID o altre modalità al portale, appare questo messaggio di errore. Purtroppo non è stato possibile accedere al servizio, le possibili cause sono: Il t', False, 'it'),
    ('https://github.com/pagopa/io-app/issues/2499', 'issue', 'complaint', 'other', 'Errore registrazione via SPID Aruba\n\nSegnalo difficoltà di registrazione con SPID; ho dovuto ritentare diverse volte; in fase di accettazione della privacy (lato app io) il pulsante "accetta" o dava un alert rosso con errore oppure faceva apparire uno spinning wheel che dopo un po\' di secondi spariva lasciando la pagina bianca.', False, 'it'),
    ('https://github.com/pagopa/io-app/issues/2674', 'issue', 'other', 'other', 'Autenticazione SPID solo con username e password\n\nSalve,\n\nutilizzo lo SPID di Poste (Poste ID) sul medesimo telefono (IOS) dove utilizzo l’app IO; normalmente, quando devo effettuare un accesso SPID a qualsiasi sito inquadro il QR Code e utilizzo il riconoscimento facciale del telefono (Face ID).\n\nSe provo ad accedere tramite SPID all’app IO, questa possibilità non mi viene offerta e devo per forza inserire username e password di SPID; solo dopo l’accesso posso abilitare il riconoscimento facciale anche per l’app IO.\n\nÈ possibile in qualche modo far dialogare le due applicazioni per un accesso più semplice?', False, 'it'),
    ('https://github.com/pagopa/io-app/issues/2674', 'issue', 'other', 'other', "Ciao @Massimo80,\nl'esperienza da te descritta funziona sui siti desktop, dove puoi utilizzare la fotocamera del tuo smartphone per inquadrare il codice mostrato sullo schermo del tuo computer.", False, 'it'),
    ('https://github.com/pagopa/io-app/issues/6557', 'issue', 'other', 'other', "Login sessione persistita con identità SPID sospesa\n\n**Descrivi il problema**\nIl login alla app IO è ancora possibile nonostante IdP Aruba abbia bloccato l'identità SPID per scadenza documento di riconoscimento.", False, 'it'),
    ('https://github.com/phate89/Mediaset-Play-plugin.video.videomediaset/issues/77', 'issue', 'complaint', 'other', "l'addon non funge di nuovo da giorni\n\nmediaset deve aver aggiornato qualcosa....spero Phate possa risolvere quanto prima", False, 'it'),
    ('https://github.com/phate89/Mediaset-Play-plugin.video.videomediaset/issues/77', 'issue', 'complaint', 'none', 'Ormai sono più di 2 settimane che non va.', False, 'it'),
    ('https://github.com/Stream4me/addon/issues/415', 'issue', 'other', 'other', "Rai Play\n\nSalve, in Rai Play in Programmi > Sport > ' Qatar' nessun video dell'elenco funziona, Gol, Sintesi, ecc. Ho provato con browser e funzionano. Inoltre sempre in Rai Play anche 'Fiction' e 'Serie TV' ritornano errore.", False, 'it'),
    ('https://github.com/samirsalman/AmazonOffers-TelegramBot/issues/3', 'issue', 'complaint', 'other', 'Error\n\nCiao,\n\ndopo aver inserito i parametri, ricevo questo errore:', False, 'it'),
    ('https://github.com/alefiori82/amazon-paapi5/issues/16', 'issue', 'other', 'none', 'ciao\n\ncome facio a instalare il tuo pacheto sul progeto di samir puoi inserirlo tu e mi passi il tutto tramiìte zip se vuio ti passo telegram cosi ci sentiamo li ?', False, 'it'),
    ('https://github.com/chapeupreto/sinesp/issues/20', 'issue', 'complaint', 'other', 'Api parou de Funcionar\n\nAlguem teve problema na API? \n\nDo nado paro de carregar.', False, 'pt'),
    ('https://github.com/DevelopersRede/erede-php/issues/57', 'issue', 'complaint', 'other', 'Falha na conexão\n\nOi bom dia,\n\nRealizamos muitas transações por dia com a rede e desde ontem algumas tem retornado a seguinte mensagem:\n\nFailed to connect to api.userede.com.br port 443: Connection timed out\n\nNem conseguimos nos comunicar com a API. Sabem me dizer se está ocorrendo alguma oscilação por ai? Desde já grata.', False, 'pt'),
    ('https://github.com/ravelinodecastro/covid-19-ao-api/issues/4', 'issue', 'complaint', 'other', 'API SERVER ERROR\n\nNão está sendo possivel comunicar com a API.', False, 'pt'),
    ('https://github.com/ravelinodecastro/covid-19-ao-api/issues/4', 'issue', 'other', 'none', 'Problema resolvido, no último commit antes desse, acrescentei a possibilidade de desactivar o consumo dos dados vindo do site da comissão interministerial. Desse jeito, se eles atrasam, consigo actualizar manualmente.', False, 'pt'),
    ('https://github.com/CamaraDosDeputados/dados-abertos/issues/238', 'issue', 'other', 'other', 'Vários casos de Erro 500\n\nSalve, pessoal!\n\nEstamos enfrentando problemas de estabilidade na rede da Câmara e por isso, em diversas ocasiões, os acessos às APIs estão resultando em erro 500.', False, 'pt'),
    ('https://github.com/CamaraDosDeputados/dados-abertos/issues/238', 'issue', 'other', 'none', 'Salves outra vez!\n\nObtive informação da área de redes que na manhã desta terça-feira 30/04 o problema já estava resolvido.', False, 'pt'),
    ('https://github.com/elemke/sicoob-pix/issues/2', 'issue', 'complaint', 'other', 'CobOperacaoInvalida\n\nOlá,\n\nEsse projeto ainda funciona?\n\nFiz um teste e consegui gerar o token de acesso, mas ao tentar criar um pix ou consultar esta retornando ERRO 400 : CobOperacaoInvalida', False, 'pt'),
    ('https://github.com/elemke/sicoob-pix/issues/2', 'issue', 'other', 'none', 'Boa tarde, @cesarlopes \nAcabei de subir a versão 2.0 com alguns ajustes. De qualquer forma, o erro informado normalmente é porque está sendo enviada uma chave pix inexistente.', False, 'pt'),
    ('https://github.com/ministero-salute/it-fse-support/issues/1773', 'issue', 'complaint', 'other', "[Regione Calabria] Errore Gateway 503\n\nBuongiorno,\nda circa un'ora utilizzando i servizi del gateway fse riceviamo la seguente risposta:", False, 'it'),
    ('https://github.com/ministero-salute/it-fse-support/issues/1773', 'issue', 'other', 'none', 'Buongiorno,\nstiamo registrando dei temporanei disservizi.\nLa invitiamo a monitorare il canale Slack per aggiornamenti.\nGrazie.', False, 'it'),
    ('https://github.com/ministero-salute/it-fse-support/issues/1773', 'issue', 'other', 'none', 'Buongiorno,\ni disservizi dovrebbero essere rientrati.\nLe chiediamo di effettuare un nuovo test.\nGrazie.', False, 'it'),
    ('https://github.com/ministero-salute/it-fse-support/issues/400', 'issue', 'complaint', 'other', 'NON FUNZIONA ERRORE 502 ESISTEMATICO\n\nCOME DA OGGETTO OTTENGO SISTEMATICAMENTE ERRORE 502 PER DELLE TRASMISSIONI CHE HANNO SEMPRE FUNZIONATO', False, 'it'),
    ('https://github.com/ministero-salute/it-fse-support/issues/400', 'issue', 'other', 'none', 'Buon pomeriggio @DATASOFTNA,\nil problema dovrebbe essere rientrato. Potrebbe riprovare cortesemente? Grazie.', False, 'it'),
    ('https://github.com/ministero-salute/it-fse-support/issues/2632', 'issue', 'complaint', 'other', 'Errore 503 in invio validazione documento\n\nSalve, nel cercare di somministrare un test di invio referto FSE riceviamo questo errore. Si tratta di dati non congruenti, errati, o imcompleti oppure è un problema lato server del servizio ?', False, 'it'),
    ('https://github.com/ministero-salute/it-fse-support/issues/33', 'issue', 'complaint', 'other', 'HTTP 502 Bad Gateway (Invalid response received from the API Implementation)\n\nBuongiorno, è tutto il pomeriggio che stiamo ricevendo dal gateway errori di tipo "HTTP 502" anche utilizzando dei cda che in passato venivano correttamente validati. Vi risultano problemi tra il frontend "govway" ed il suo backend ?', False, 'it'),
    ('https://github.com/link-it/govway/issues/49', 'issue', 'complaint', 'other', "Errore 502 Bad Gateway\n\nTentando di inviare una fattura specifica, ricevo l'errore 502 Bad Gateway, che non trovo in documentazione.", False, 'it'),
    ('https://github.com/link-it/govway/issues/49', 'issue', 'other', 'none', "GovWay non genera errori con codice http '502'.\n\nPer capire se l'errore è stato generato da un componente dispiegato architetturalmente prima di govway (es. un frontend web) o se effettivamente la richiesta è transitata su govway puoi verificare se nella risposta http è presente l'header http 'GovWay-Transaction-ID'.", False, 'it'),
    ('https://github.com/italia/ansc/issues/909', 'issue', 'complaint', 'other', '[SC]: URGENTE - Firma Dichiarante Cartacea - 502 Bad Gateway / Timeout\n\n### Descrivi il problema\n\nil servizio risponde 502 Bad Gateway', False, 'it'),
    ('https://github.com/italia/ansc/issues/909', 'issue', 'other', 'none', 'Salve @biadanpad \nAbbiamo verificato che si è trattato di un problema temporaneo.\n\nVi chiediamo di riprovare e in caso di ulteriori errori riaprire la issue.', False, 'it'),
    ('https://github.com/italia/ansc/issues/144', 'issue', 'complaint', 'other', "Problema invocazione servizi ANSC\n\nBuongiorno,\npremetto che l'azienda per cui lavoro ed un'altra si collabora nello sviluppo del software con l'integrazione ad ANSC. Quindi stesso software ma che viene testato su macchine diverse.\nAll'altra azienda funziona quasi tutto, a me va in timed out la connessione già al servizio di Invio allegati (se presente un documento da inviare) oppure con quella successiva di Validazione atto.", False, 'it'),
    ('https://github.com/italia/ansc/issues/144', 'issue', 'other', 'none', "Buongiorno @annamaraspin \nSulla chiamata ai servizi non c'è un filtro sull'indirizzo IP sorgente, per cui, se entrambe i chiamanti hanno gli stessi requisti in termini di certificati dovrebbe esserci alcun problema.", False, 'it'),
    ('https://github.com/italia/ansc/issues/934', 'issue', 'other', 'other', "[webapp]: Web App oggi non funzionante\n\n### Descrivi il problema\n\nOggi cercando di entrare nella web app ANSC scopo verifica delle prove, riceviamo da stamattina l'errore", False, 'it'),
    ('https://github.com/italia/ansc/issues/934', 'issue', 'other', 'none', "Salve @migmar68 \nCi sono dei problemi con la validazione dei certificati che sono in fase di risoluzione.\nNel frattempo potreste accedere con il vostro account SPID qualora il codice fiscale associato sia corrispondente a quello dell'utenza abilitata.", False, 'it'),
    ('https://github.com/italia/ansc/issues/2004', 'issue', 'complaint', 'other', '[SC]: 502 Bad Gateway\n\n### Descrivi il problema\n\nBuongiorno,\nnon riesco a lavorare né in webapp né coi servizi cooperativi con i \ncertificati 037050-PC-0002.p12 e 050028-PC-0002.p12.', False, 'it'),
    ('https://github.com/italia/ansc/issues/2004', 'issue', 'other', 'none', '@annamaraspin  il problema potrebbe essere legato ai certificati, che risultano entrambi scaduti il 5 ottobre.', False, 'it'),
    ('https://github.com/italia/anpr/issues/4200', 'issue', 'complaint', 'other', 'Errore di sicurezza (SunCertPathBuilderException) in ambiente di TEST-COMUNI\n\nBuongiorno\n\nda ieri rileviamo un errore di collegamento con ANPR in ambiente TEST-COMUNI:', False, 'it'),
    ('https://github.com/italia/anpr/issues/4200', 'issue', 'other', 'none', 'Buongiorno, Il comportamento si presenta ancora?\nStiamo parlando di qualche servizio in particolare?\nGrazie in anticipo.', False, 'it'),
    ('https://github.com/italia/anpr/issues/4200', 'issue', 'complaint', 'other', 'abbiamo lo stesso problema.\nper quanto riguarda noi, sembra che il certificato server per invocare i servizi (tutti) su wstest.interno.anpr.it sia scaduto il 25/10/2023.\npotete farci avere un certificato aggiornato?', False, 'it'),
    ('https://github.com/italia/anpr/issues/4200', 'issue', 'complaint', 'none', 'Buongiorno,\nvi segnaliamo che anche noi abbiamo lo stesso problema con i servizi di test.\nGrazie', False, 'it'),
    ('https://github.com/italia/anpr/issues/901', 'issue', 'other', 'other', 'Errore certificato di postazione\n\nBuonasera.\nDa circa una settimana, su tutti i pc dell\'anagrafe esce un errore sul browser Internet Explorer, riguardante la validità del certificato ANPR.\nIl messaggio parla di "INVALID DATE". Ho controllato e la data di scadenza è del 2023!!!', False, 'it'),
    ('https://github.com/italia/anpr/issues/5172', 'issue', 'complaint', 'other', 'ANSC non disponibile\n\nBuongiorno, non riusciamo ad utilizzare ANSC, provando a stampare da Sicra Evo un certificato di morte il sistema restituisce "ANSC momentaneamente non disponibile", da webapp non riusciamo ad eseguire alcuna ricerca oppure restituisce login error.', False, 'it'),
    ('https://github.com/italia/anpr/issues/5172', 'issue', 'other', 'none', 'Si è trattato di un errore temporaneo risolto poco dopo, vedi https://github.com/italia/ansc/issues/2521.', False, 'it'),
    ('https://github.com/italia/ansc/issues/99', 'issue', 'other', 'other', "problemi con accesso ad ANSC\n\nBuongiorno,\nabbiamo ricevuto ieri le utenze per accedere all'applicazione web di ANSC:", False, 'it'),
    ('https://github.com/italia/ansc/issues/99', 'issue', 'complaint', 'other', "L'URL adesso risponde correttamente, purtroppo poi mi va in timeout la richiesta di autenticazione con SPID: spidpre.anpr.interno.it ha impiegato troppo tempo a rispondere.", False, 'it'),
    ('https://github.com/italia/ansc/issues/236', 'issue', 'complaint', 'other', 'buongiorno,\n\nconfermiamo anche noi la non raggiungibilità della Web Application da ieri pomeriggio, e segnaliamo anche delle risposte in timeout, di alcuni dei servizi cooperativi.', False, 'it'),
    ('https://github.com/italia/ansc/issues/236', 'issue', 'complaint', 'none', 'confermo pure io il timeout dei servizi R001 e R002', False, 'it'),
    ('https://github.com/italia/ansc/issues/236', 'issue', 'other', 'none', 'Il sistema è nuovamente operativo.', False, 'it'),
    ('https://github.com/anticorruzione/npa/issues/919', 'issue', 'complaint', 'other', 'Non rispondono i servizi di PCP/PDND siamo fermi', False, 'it'),
    ('https://github.com/anticorruzione/npa/issues/919', 'issue', 'other', 'none', 'I sistemi hanno ripreso a funzionare', False, 'it'),
    ('https://github.com/anticorruzione/npa/issues/335', 'issue', 'other', 'other', 'PCP codeList - Attributi richiesti per la fruizione\n\nSalve,\ncome ente "Regione Lazio" richiedendo, dalla piattaforma PDND, la fruizione del contesto "PCP – codeList" si viene bloccati dal messaggio “Il tuo Ente non ha gli attributi certificati necessari per iscriversi” (allego screenshot del messaggio)', False, 'it'),
    ('https://github.com/anticorruzione/npa/issues/335', 'issue', 'other', 'other', "l'assegnazione dell'attributo necessario all'accesso per il servizio erogato da ANAC avviene solo a valle della richiesta di certificazione ad AgID e della iscrizione al registro dei gestori delle  piattaforme di ANAC.", False, 'it'),
    ('https://github.com/anticorruzione/npa/issues/1096', 'issue', 'other', 'other', "Finalità in attesa approvazione in ambiente di PRODUZIONE\n\nCome PPAA abbiamo urgenza di far partire degli affidamenti e pertanto è necessaria la piattaforma eProcurement funzionante. Siamo ormai bloccati da una settimana senza sapere chi sia l'interlocutore corretto a cui rivolgersi e senza conoscere le cause del problema e quindi ipotizzare qualsiasi soluzione.", False, 'it'),
    ('https://github.com/italia/spid/issues/1373', 'issue', 'complaint', 'other', 'Problema con IDP Telecom\n\nSalve, \n\nsiamo il service provider  entityID="https://spidsign.itagile.it"\n\nLe chiamate a tutti Identity Provider funzionano tranne quella all\'IDP Telecom alla seguente url:', False, 'it'),
    ('https://github.com/italia/spid/issues/1373', 'issue', 'other', 'other', "Ho avuto lo stesso problema in passato. Semplicemente l'IDP TIM non aveva aggiornato i metadata. Si è risolto da solo dopo due lunghe settimane.", False, 'it'),
    ('https://github.com/italia/spid/issues/1363', 'issue', 'complaint', 'other', 'Problema login solamente con IDP TIM\n\nSalve,\n\nsi riscontra un problema di accesso solamente tramite IDP "TIM" per il nostro cliente.', False, 'it'),
    ('https://github.com/italia/spid/issues/1363', 'issue', 'complaint', 'other', "Buongiorno,\nho lo stesso problema con svariati (una decina almeno) di comuni, ho scritto ad AGID innumerevoli volte ma ancora non c'è una soluzione.", False, 'it'),
    ('https://github.com/italia/spid/issues/1318', 'issue', 'complaint', 'other', 'Problema idp TIM\n\nCiao,\nstiamo sviluppando un sistema di autenticazione spid per il comune di Lastra a Signa e ad oggi funzionano tutti gli idp tranne tim che continua a rispondere con un errore http 403 e messaggio "Forbidden. Server understood the request but is refusing to fulfill the request."\n\nHo provato a scrivere anche a tim ma ancora nessuna risposta al riguardo.', False, 'it'),
    ('https://github.com/italia/spid/issues/11', 'issue', 'complaint', 'other', "Comune di Santa Croce sull'Arno problema IDP TIM\n\nBuongiorno Umberto, \ncontinuiamo  riscontrare problemi con il Comune di Santa Croce sull'Arno solo con IDP TIM (tutti gli altri funzionano regolarmente).\nCi blocchiamo su una pagina TIM di cui allego lo screenshot", False, 'it'),
    ('https://github.com/italia/spid/issues/11', 'issue', 'other', 'other', 'Contattato supporto SPID di TIM,\nadesso il problema risulta risolto\nSaluti', False, 'it'),
    ('https://github.com/italia/spid/issues/1332', 'issue', 'other', 'other', 'SPID Credenziali\n\nHo bisognio di aiutto. Sono all estero in Romania. Ho perso il cellulare E per reimpostare la password mi mandano un codice OTP. Comme posso fare per avere una nuova password?', False, 'it'),
    ('https://github.com/stavarengo/php-sigep/issues/318', 'issue', 'complaint', 'other', 'Erro na autenticação\n\nBom Dia pessoal, estou tentando a dias fazer o script funciona e so me retornar erro de autenticação, já testei com 2 usuários que uso no SIGEP web dos correios e funcionou normal, mas retorna que a autenticação falhou, é preciso pedir alguma permissão liberação para os correios para uso do webserver ?', False, 'pt'),
    ('https://github.com/stavarengo/php-sigep/issues/205', 'issue', 'other', 'none', '@srdavidsilva tente usar o WSDL local.', False, 'pt'),
    ('https://github.com/shipping7/correios-java-sdk/issues/55', 'issue', 'other', 'other', 'Melhorar tratamento nos problemas de autenticação na API de postagem\n\nQuando acontece algum problema na chamada da API de postagem, não conseguimos verificar o erro que aconteceu.', False, 'pt'),
]
