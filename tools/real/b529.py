# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 529 (mine-b529): PORTUGUESE, next pass - Portuguese-written GitHub issue and pull-request messages (all
# voice='issue') about connections between systems failing now, in repositories and domains no earlier Portuguese
# batch (b494, b514 and every other batch whose rows carry 'pt', loaded with python and listed by repository) had
# mined: Brazilian open-data and public lookup APIs (BrasilAPI CEP / CNPJ / IBGE endpoints and their upstreams ViaCEP,
# Correios, WideNet, OpenStreetMap, minha-receita; the IBGE servicodados API; the INEP open-data API; the Banco Central
# series API through rbcb; the Senado API through congressbr; the FIPE table API parallelum / fipe.online; brapi stock
# quotes; Receita Federal CNPJ scrapers and ReceitaWS), university and public-service systems (SIGAA through
# sigaa-api at UFRB / UnB, the FATEC SIGA API, UFABC next, the Siga-Doc login, the SUSEP/SISGP gateway token, the PEN
# service bus of SEI, Sigarra at FEUP in Portugal, Chave Móvel Digital / AMA in Portugal), Open Finance aggregation
# (Pluggy / Meu Pluggy with Nubank, Santander, Banco do Brasil; Nubank -> YNAB sync tools), a Telegram bot
# (Telegram.Bot), a MongoDB Atlas connection in a betting bot, Firebase auth in a React course (da2k), the Intelbras
# Guardian Home Assistant integration, a Daikin HA thread, a BBB voting bot's login and the Luby join API, plus near
# misses from the same threads. 134 of the 136 rows are Portuguese and carry 'pt' (two of them pt-PT: NIAEFEUP/uni
# #264 and jfoclpf/form-for-parking-violation #186); two English replies in Portuguese threads (TelegramBots/
# Telegram.Bot #1320, NIAEFEUP/uni #264) carry no language element.
# Complaints (63) are writers reporting from their own setup that an API, its credentials or a sync between two
# systems fails now: "Todos os serviços de CEP retornaram erro." / "o mesmo retorna HTTP 404", "caiu a api mesmo",
# "Caiu, voltei para o postmon!", "Voltou a retornar 404 em várias chamadas", "Problema ainda persiste na V2",
# "unable to verify the first certificate" from the IBGE upstream, "estou tentando rodar o serviço do IBGE ... e está
# dando timeout", "A autenticacao de null falhou!" / "Erro ao se conectar com o serviço ViaCEP." pasted by users,
# "strict-origin-when-cross-origin" with a Bearer key, "BCB API Request error cannot open the connection", "a API ...
# não está respondendo", "API fora do ar", FIPE "Status 404", "rate limit exceeded ... mesmo utilizando a versão paga",
# "Erro ao obter as marcas. O token é obrigatório agora?", brapi "Something went wrong while fetching the data",
# "todas as consultas tem retornado: Receita não responde", minha-receita 404, the BrasilAPI CNPJ endpoint's 504,
# "Telegram.Bot.Exceptions.ApiRequestException: 'Unauthorized'", "Atlas error code 8000", "SIGAA: Invalid
# credentials.", "A API retorna falha de autenticação mesmo com os dados de login corretos", "gateway/connect/token
# not found erro 404" / "500 (Internal Server Error)", the PEN module's authentication failing with the new
# certificates, Chave Móvel Digital "Server Unavailable", Pluggy "PARTIAL_SUCCESS ... UNSTABLE" for Nubank, "o pluggy
# nao puxa nada após o dia 04/09", "após aprovar o acesso de dados via Open Finance, o aplicativo dá erro", a
# Nubank -> YNAB sync importing nothing, the Intelbras Guardian "Autenticação falhou" on the OAuth callback, the
# Senado API change breaking sen_bills, and "+1 / same error" replies ("Percebi o mesmo erro!", "Também percebi
# alguma instabilidade", "Aqui também parou de funcionar, tanto na v1 quanto na v2.", "continuam retornando 404").
# Near misses kept (label other, 73): maintainers' replies and diagnoses ("estamos passando por DDOS e por conta disso
# estamos sendo bloqueados", "Provavelmente foi alguma instabilidade na API do IBGE", "é um problema com o openstret
# map, pode usar a v1", "Houve um numero anormal de requisições que acabou esgotando meu plano", "parece que houve uma
# instabilidade com o servidor da FIPE", "A yahoo finance mudou a auth de um endpoint", "Limitação do provider",
# "Precisamos esperar o provedor voltar", "Esse serviço é providenciado pelo governo (AMA)", "O conector está
# funcionando corretamente"), questions for detail ("qual URL você está acessando?", "vc mora no Brasil mestre?",
# "manda print do erro", "Tem o trecho do código do `index.js`?"), works-now / my-mistake follow-ups ("Ah agora voltou a
# funcionar", "Testando agora, voltou a funcionar", "foi um bloqueio no meu ip apenas", "O problema estava no código da
# nossa aplicação", "Eu estava tentando a integração errada", "esse cep foi alterado hoje pelos correios", "esse
# github é do BrasilApi, não do BrasilAberto", "Já está funcional", "Finalmente corrigido"), feature requests and
# tasks (NuConta sync support, a Pluggy integration task, a SenadoApiClient task, brapi error handling), a README link
# fix, quota/plan messages after a token was added (FIPE 5000 requests a day), key requests, CNPJ data rejected by
# ReceitaWS (data content, the API answers), a lone CEP missing from the provider's base, logins to a single system
# (Siga-Doc, UFABC next) and an integration that does not show up in Home Assistant's menu (setup, no connection yet).
# Label calls / doubts: BrasilAPI #586's first post (existing CEPs answering 404) and #417 (CEPs only answering inside
# braces) kept as complaints for the API failing the writer's lookups; #485's first post (one CEP answering 500,
# "As vezes ele funciona, as vezes da erro") complaint, borderline; #561's first post kept as complaint although the
# CEP proved invalid (the writer's "Valeu pelo toque" is other). deividfortuna/fipe #38's first post (rate limit
# without token, "Como faço para conseguir um Token??") kept as complaint, borderline; the 5000-a-day message after
# the token was added is other (plan limit). fipe #84's "Estou com essa dificuldade, como passou o header" kept as a
# +1 complaint (borderline). NIAEFEUP/uni #264 (the app kept a stale Sigarra session after a password change and showed
# no courses; logout/login fixed it) kept as complaint, borderline. sigaa-api #36 (titled "feat: Suporte login UNB",
# credentials rejected) kept as complaint. spbgovbr SISGP #39 (the front end's token call to its gateway answers
# 404/500 during installation) complaint, borderline. pluggyai/meu-pluggy #3 (a question on refresh frequency noting a
# connection 2 days old) kept as other. danielhe4rt/bbbot #18's first post ("Tentei logar varias vezes e nao vai")
# complaint, borderline. andreroggeri/nubank-sync-ynab #10's maintainer comment (account security mechanisms tripped, so
# he turned the script off) kept as other. Integration is 'other' where the text names a product or service (IBGE,
# BCB, ViaCEP, Correios, OpenStreetMap, Vercel, postmon, minha-receita, Receita, Telegram, MongoDB, SIGAA, Siga,
# Sigarra, Pluggy, Nubank, Santander, Banco do Brasil, Open Finance, YNAB, Actual, Intelbras, Chave Móvel Digital, PEN,
# Yahoo Finance, firebase, Senado), 'none' where the excerpt names none (generic "a api", endpoints, URLs); no row is
# about Stripe, ActiveCampaign or Keap. No row says a key or token got out (exposure False throughout).
# Excerpt trims: texts copied from the excerpts the `search` tool returned - a title plus the first sentences, or one
# comment - trimmed at line ends, never reworded or translated; JSON and logs cut after their first lines;
# crossworth/daikin #1 and deividfortuna/fipe #46 keep only the writer's own lines after a leading quote block;
# deividfortuna/fipe #38's maintainer reply stops before the line carrying an e-mail address.
# Sources (issues corpus): BrasilAPI/BrasilAPI PR #254 and #493 #586 #618 #649 #485 #606 #448 #417 #561 #598 #601
#  #580, vmarcosp/covidbr-app #12, inepdadosabertos/api #2, wilsonfreitas/rbcb #33, da2k/curso-reactjs-ninja #289,
#  TelegramBots/Telegram.Bot #1320, JDaniloC/BetBot #12, GeovaneSchmitz/sigaa-api #31 #36, filipemeneses/fatec-api #15,
#  spbgovbr/Sistema_Programa_de_Gestao_Susep #39, projeto-siga/siga #405, org-nexus-projects/ufabc-next-server #37,
#  NIAEFEUP/uni #264, pluggyai/meu-pluggy #18 #2 #14 #3, andreroggeri/br-to-ynab #7, andreroggeri/nubank-sync-ynab #10,
#  vilsonneto/guigo #38, lubysoftware/join #4, danielhe4rt/bbbot #18, jfoclpf/form-for-parking-violation #186,
#  pengovbr/mod-sei-pen #4, duarteguilherme/congressbr #56, richecr/CamaraDosDeputados #64, vitinh0z/dever-de-casa #16,
#  bobaoapae/guardian-api-intelbras #2, crossworth/daikin #1, deividfortuna/fipe #38 #63 #35 #84 #46 #102,
#  Alissonsleal/brapi #32 #23, Massa191/Consultas_CNPJ_CPF_Receita_Federal #15 #13, leads2b/receita-tools #20,
#  cuducos/minha-receita #212.
# Look-ups (27 of 60; all `search` on the issues corpus; no fetch, find_*, or read_file): "API IBGE servicodados erro
# conexão não retorna mais dados bom dia", "Firebase erro de autenticação app não conecta mais ao banco de dados
# ajuda", "BrasilAPI ViaCEP consulta CEP retornando erro 403 parou de funcionar", "Home Assistant integração Tuya
# Positivo Intelbras não conecta erro autenticação após atualização", "bot telegram parou de responder erro 401
# Unauthorized token bom dia pessoal", "iFood API integração pedidos não chegam erro token merchant polling", "Protheus
# REST API erro de conexão TOTVS não autorizado 401 integração", "Supabase erro ao conectar banco de dados projeto não
# funciona mais professor aula", "Pluggy Belvo Open Finance conexão com banco falhou erro item login não sincroniza",
# "Nuvemshop Tray Tiny ERP API token inválido integração parou de sincronizar produtos estoque", "não consigo conectar
# no MongoDB Atlas erro de autenticação bad auth aula professor", "SIGAA SUAP API login erro autenticação aplicativo
# não consegue acessar universidade", "meu pluggy conector erro sincronização conta Nubank Itaú não atualiza
# transações", "Sankhya API gateway login erro token integração não autoriza", "bot discord em português não conecta
# erro ao logar o bot caiu desde ontem", "deixou de funcionar autenticação falhou palavra-passe integração Portugal
# erro ligação servidor", "API dados abertos Senado Federal legis erro requisição não retorna mais bom dia", "Positivo
# Casa Inteligente Intelbras câmera integração Home Assistant não conecta mais erro", "Moodle webservice token inválido
# integração plugin erro conexão bom dia não sincroniza notas", "Google Sheets API planilha erro credenciais python
# parou de funcionar invalid_grant ajuda", "Getnet API erro autenticação token access_token 401 integração pagamento
# sandbox", "Clicksign ZapSign D4Sign webhook não chega documento assinado erro token API", "Olist Magalu Americanas
# marketplace integração pedidos não importam erro autenticação loja", "Typebot Z-API webhook parou de enviar mensagens
# erro instância desconectada", "brapi API cotação erro token inválido requisição não retorna mais", "ReceitaWS
# consulta CNPJ API erro 403 bloqueado timeout parou de funcionar", "API FIPE parallelum erro 429 401 token não retorna
# marcas veículos". The Tuya / Home Assistant, Firebase, Supabase (bolt.new), Telegram-library, Moodle, Google Sheets,
# Clicksign/DocuSign and MongoDB queries returned English threads only (apart from the rows kept above); the iFood,
# Sankhya, Getnet, Olist and Typebot queries returned repositories already mined by earlier Portuguese batches.
# Checked and skipped as already mined or in a repository the Portuguese batches already use (every batch's ROWS
# loaded with python; URL paths and repositories compared): totvs/tds-vscode #335 #92 #1016 #882 #228 #932 #355 #389,
# totvs/advpl-vscode #441, CamaraDosDeputados/dados-abertos #200 #364 #248 #328 #332 #198 #164 #50 #279,
# PostmonAPI/postmon #248 #141, gestaogovbr/api-pgd #239, chapeupreto/sinesp #20 #37, SeuAliado/OpenCEP #29,
# ifrn-oficial/cliente_suap_javascript #5, ForceTower/Melon #98, marcosdosea/gcm-ufs #145, gestaolegalufmg/gestaolegal
# #369, Varejonline/api #2, Abrasel-Nacional/opendelivery and Open-Delivery-Beta-Test, AlexsanderVargas/vendas-bot #38,
# RamonSilva20/mapos #2649, Sage/sageone_br_nfe_documentacao_api #24 #26 #33 #44, ticketz-oss/ticketz #445,
# organizze/api-doc #7, allgood/APInter-PHP #14, discord/discord-api-docs #1842 #1790, guiireal/takeshi-bot #78,
# john-titor-master/bombcrypto-superbot #30, stavarengo/php-sigep #322 #313, andreroggeri/pynubank #419,
# megaapp977/stack #654, Purple-Stock/open-erp #11, mrayone/hotmart-webhook-create-member #4, ecomplus/cloud-commerce PR
# #802, evolution-foundation/evolution-api, code-chat-br/whatsapp-api #120, joaomirandas/whats2api #1,
# cleitonme/Whazing-SaaS #80, pagseguro/payment-magento #80 #88, olxbr/ad_integration #34, discovery-tecnologia/
# dsc-mercado-livre #61, r-martins/PagSeguro-Magento-Transparente-M2 #137, devaguia/correios-php #54,
# finotilucas/Correios-Brasil PR #62, giordanolima/loterias-api #11, OpenSourceCommunityBrasil/Client-API-GTIN #7, the
# PagSeguro / Moip / Braspag / Juno / Mercado Pago sandbox threads.
# Rejected: English-only threads the queries returned, radar-parlamentar/radar #259 (a log only), deividfortuna/fipe
# #101 (a data question about reference values), Ricardo-Dinucci/cestas-de-precos-tarefas #894 (an internal task log),
# saiteja-madha/discord-js-bot #464 (English text), BrasilAPI #443 #605 #807 #805 and PR #839 (left out to keep the
# BrasilAPI share of the batch near a third), short replies carrying no sentence ("Duplicado", "Fixed", "up",
# "Ver #204").
ROWS = [
    ('https://github.com/BrasilAPI/BrasilAPI/pull/254', 'issue', 'complaint', 'other', 'Então, mas estou tentando rodar o serviço do IBGE direto na minha máquina e está dando timeout\nSerá que o Brasil API não está no cache da Vercel?', False, 'pt'),
    ('https://github.com/BrasilAPI/BrasilAPI/pull/254', 'issue', 'other', 'none', 'Eu rodando local aqui ta funcionando direitinho 🤔', False, 'pt'),
    ('https://github.com/BrasilAPI/BrasilAPI/pull/254', 'issue', 'other', 'other', 'Mentira, na real ta funcionando ainda, o que ta quebrando é o remoto na Vercel 🤔', False, 'pt'),
    ('https://github.com/BrasilAPI/BrasilAPI/pull/254', 'issue', 'complaint', 'none', 'Ai caramba, aqui não consegui fazer um request ainda ao endpoint:\nhttps://servicodados.ibge.gov.br/api/v1/localidades/estados/27', False, 'pt'),
    ('https://github.com/vmarcosp/covidbr-app/issues/12', 'issue', 'complaint', 'none', 'API Com problemas?\n\nBom dia parceiro, o mapa não exibe mais os dados, busquei pela API e a mesma não está respondendo. Sabe o motivo?', False, 'pt'),
    ('https://github.com/vmarcosp/covidbr-app/issues/12', 'issue', 'other', 'none', 'Ah agora voltou a funcionar. Deve ter sido um erro pontual. Obrigado.', False, 'pt'),
    ('https://github.com/BrasilAPI/BrasilAPI/issues/493', 'issue', 'complaint', 'other', 'Endpoint /api/ibge/uf/v1 retornando erro 500\n\nTanto no browser quanto no postman retorna o mesmo error\n\n`\n{\n    "message": "unable to verify the first certificate",', False, 'pt'),
    ('https://github.com/BrasilAPI/BrasilAPI/issues/493', 'issue', 'other', 'other', 'Olá @Factobot! Provavelmente foi alguma instabilidade na API do IBGE.', False, 'pt'),
    ('https://github.com/inepdadosabertos/api/issues/2', 'issue', 'complaint', 'none', 'API fora do ar.\n\nEstive tentando verificar alguns dados e o retorno dos endereços disponíveis para a API estão fora do ar. \nhttp://api.dadosabertosinep.org/v1', False, 'pt'),
    ('https://github.com/wilsonfreitas/rbcb/issues/33', 'issue', 'complaint', 'other', 'Erro ao buscar as séries\n\nOlá!\n\nEstou com um erro quando busco as séries:\n\n> rbcb::get_series(c(IPCA = 433, IGPM = 189), last = 12, as = "ts")\nError in .get_series(series_url(x, start_date, end_date, last)) : \n  BCB API Request error cannot open the connection\n\nO que pode ser?', False, 'pt'),
    ('https://github.com/wilsonfreitas/rbcb/issues/33', 'issue', 'complaint', 'none', 'Estou tendo este mesmo erro ao tentar fazer download das séries também, mas parece se restringir apenas quando tento fazê-lo através do script. Se copio e colo o código diretamente no terminal, ele baixa as séries normalmente.', False, 'pt'),
    ('https://github.com/wilsonfreitas/rbcb/issues/33', 'issue', 'other', 'none', 'Muito estranho isso, essa API é bem estável, uso quase que diariamente.\nVocês estão dentro de algum firewall?', False, 'pt'),
    ('https://github.com/wilsonfreitas/rbcb/issues/33', 'issue', 'other', 'none', 'Vou fechar essa issue, se tiverem mais evidências podemos reabri-la  novamente.', False, 'pt'),
    ('https://github.com/BrasilAPI/BrasilAPI/issues/586', 'issue', 'complaint', 'none', 'Alguns CEPs retornando 404\n\nAlguns CEPs que claramente existem (buscando por outras ferramentas), não estão sendo encontrados tanto na /cep/v1 quanto /cep/v2, como por exemplo os ceps 22630-011 e 04006-051:', False, 'pt'),
    ('https://github.com/BrasilAPI/BrasilAPI/issues/586', 'issue', 'complaint', 'none', 'a mesma coisa acontecendo aqui, caiu a api mesmo', False, 'pt'),
    ('https://github.com/BrasilAPI/BrasilAPI/issues/586', 'issue', 'complaint', 'other', 'Caiu, voltei para o postmon!', False, 'pt'),
    ('https://github.com/BrasilAPI/BrasilAPI/issues/586', 'issue', 'other', 'none', 'Testando agora, voltou a funcionar :+1:', False, 'pt'),
    ('https://github.com/BrasilAPI/BrasilAPI/issues/586', 'issue', 'complaint', 'none', 'Voltou a retornar 404 em várias chamadas :disappointed:', False, 'pt'),
    ('https://github.com/BrasilAPI/BrasilAPI/issues/586', 'issue', 'complaint', 'other', 'Aqui também estou recebendo 404 em algumas chamadas.\nPor exemplo: https://brasilapi.com.br/api/cep/v1/18303270', False, 'pt'),
    ('https://github.com/BrasilAPI/BrasilAPI/issues/618', 'issue', 'complaint', 'none', 'CEP - Erro 404\n\nBoa tarde pessoal.\n\nSeguem a instabilidade com os endpoints de CEP v1 e v2?\n\nAqui os dois endpoints continuam dando 404.', False, 'pt'),
    ('https://github.com/BrasilAPI/BrasilAPI/issues/649', 'issue', 'other', 'none', 'Problema na API ao consultar CEPs específicos (ex.: 54580-000)\n\n###Passos para Reproduzir:\n\nFaça um GET para a API utilizando o CEP **54580-000**.', False, 'pt'),
    ('https://github.com/BrasilAPI/BrasilAPI/issues/649', 'issue', 'other', 'other', 'Limitação do provider — verificado 08/08/2026: o ViaCEP responde `{"erro":"true"}` para 54580-000 (CEPs de faixa única de município não estão na base do ViaCEP; Correios também não retorna via cep-promise). Não é corrigível na API — os dados vêm dos providers públicos.', False, 'pt'),
    ('https://github.com/BrasilAPI/BrasilAPI/issues/485', 'issue', 'complaint', 'none', 'Erro 500\n\nOlá.\nTentando usar essa API em meu App, mas tem um CEP com problemas.', False, 'pt'),
    ('https://github.com/BrasilAPI/BrasilAPI/issues/485', 'issue', 'other', 'none', 'Querido, provavelmente você fez muitas requisições e o serviço parou de responder, aconteceu algumas vezes comigo, mas, na minha máquina está funcionando normalmente, segue print:', False, 'pt'),
    ('https://github.com/BrasilAPI/BrasilAPI/issues/485', 'issue', 'complaint', 'none', 'Só se o serviço conta requisições por CEP, porque no mesmo momento que consultei este CEP com erro, outros funcionavam. \nAs vezes ele funciona, as vezes da erro.', False, 'pt'),
    ('https://github.com/BrasilAPI/BrasilAPI/issues/485', 'issue', 'other', 'none', 'Outra possibilidade, se o problema é o grande número de requisições, seria retornar uma mensagem de erro específica.', False, 'pt'),
    ('https://github.com/BrasilAPI/BrasilAPI/issues/606', 'issue', 'complaint', 'none', 'Erro ao consultar CEP Api V1, para qualquer endereço\n\nhttps://brasilapi.com.br/api/cep/v1\n```json\n{\n"message":"Todos os serviços de CEP retornaram erro.",', False, 'pt'),
    ('https://github.com/BrasilAPI/BrasilAPI/issues/606', 'issue', 'complaint', 'other', 'Recebo o mesmo erro, porém o estranho e que a ViaCep esta funcionando normalmente como verificado acessando [](https://viacep.com.br/ws/04513010/json) ou [](https://viacep.com.br/ws/04513010/xml)', False, 'pt'),
    ('https://github.com/BrasilAPI/BrasilAPI/issues/606', 'issue', 'complaint', 'none', 'Estou tendo o mesmo problema... Ao testar na minha máquina local funciona, mas quando subo para o servidor estou recebendo este erro.', False, 'pt'),
    ('https://github.com/BrasilAPI/BrasilAPI/issues/606', 'issue', 'other', 'none', 'Olá pessoal, estamos trabalhando nisso. O problema é que nosso serviço funciona como um proxy para outros provedores e estamos passando por DDOS e por conta disso estamos sendo bloqueados / passando por essa instabilidade.', False, 'pt'),
    ('https://github.com/BrasilAPI/BrasilAPI/issues/606', 'issue', 'other', 'none', 'Pode nos dizer se melhorou?', False, 'pt'),
    ('https://github.com/BrasilAPI/BrasilAPI/issues/448', 'issue', 'complaint', 'none', 'Todos os serviços de CEP retornaram erro.\n\nOlá, ao realizar qualquer requisição nos endpoints de CEP (v1 e v2), o mesmo retorna HTTP 404', False, 'pt'),
    ('https://github.com/BrasilAPI/BrasilAPI/issues/448', 'issue', 'other', 'none', '@cpracideli, qual URL você está acessando?\nEstá enviando o CEP na URL?', False, 'pt'),
    ('https://github.com/BrasilAPI/BrasilAPI/issues/448', 'issue', 'complaint', 'none', '@murilohns estou tendo o mesmo problema. Testei com vários CEP. Tanto na v1 como na v2.', False, 'pt'),
    ('https://github.com/BrasilAPI/BrasilAPI/issues/448', 'issue', 'complaint', 'none', 'Aqui também parou de funcionar, tanto na v1 quanto na v2.', False, 'pt'),
    ('https://github.com/BrasilAPI/BrasilAPI/issues/417', 'issue', 'complaint', 'none', 'Cep está retornando erro\n\nAlgo aconteceu que para alguns ceps (como 94440000) a api agora só está retornando success quando o cep é enviado entre chaves', False, 'pt'),
    ('https://github.com/BrasilAPI/BrasilAPI/issues/417', 'issue', 'other', 'none', '@alezanchet cê tá usando alguma configuração específica? não tá funcionando nem no navegador?', False, 'pt'),
    ('https://github.com/BrasilAPI/BrasilAPI/issues/417', 'issue', 'other', 'none', 'Só pra confirmar, vc mora no Brasil mestre?', False, 'pt'),
    ('https://github.com/BrasilAPI/BrasilAPI/issues/417', 'issue', 'other', 'none', 'Tá funcionando pra mim, sugiro que essa issue seja fechada', False, 'pt'),
    ('https://github.com/BrasilAPI/BrasilAPI/issues/417', 'issue', 'other', 'none', 'Funcionando aqui também, não encontrei nenhuma outra evidência de problema', False, 'pt'),
    ('https://github.com/BrasilAPI/BrasilAPI/issues/561', 'issue', 'complaint', 'none', 'Service error na api de cep v1 e v2\n\nOpa, fui buscar o seguinte cep seguindo o endpoint: https://brasilapi.com.br/api/cep/v1/27946830 e https://brasilapi.com.br/api/cep/v2/27946830 mas obtive o seguinte response:', False, 'pt'),
    ('https://github.com/BrasilAPI/BrasilAPI/issues/561', 'issue', 'other', 'none', 'Pelo que entendi de fato esse é um cep inválido, não? 👀', False, 'pt'),
    ('https://github.com/BrasilAPI/BrasilAPI/issues/561', 'issue', 'other', 'other', 'Valeu pelo toque Luciano, acabei não tendo o cuidado de buscar antes de abrir o issue :/\n\nPro meu azar esse cep foi alterado hoje pelos correios, obrigadão pela atenção!', False, 'pt'),
    ('https://github.com/BrasilAPI/BrasilAPI/issues/598', 'issue', 'complaint', 'other', 'Hoje está dando erro parra qquer CEP\n\n// https://brasilapi.com.br/api/cep/v2/04662002\n\n{\n  "message": "invalid json response body at https://nominatim.openstreetmap.org/search?format=json&addressdetails=1&country=Brasil&state=SP&city=S%C3%A3o%20Paulo&street=Avenida%20Washington%20Lu%C3%ADs reason: Unexpected token < in JSON at position 0",', False, 'pt'),
    ('https://github.com/BrasilAPI/BrasilAPI/issues/598', 'issue', 'other', 'other', '@pcintra11 é um problema com o openstret map, pode usar a v1 por enquanto, por favor?', False, 'pt'),
    ('https://github.com/BrasilAPI/BrasilAPI/issues/598', 'issue', 'complaint', 'none', '@murilohns  a v1 esta também com erros no retorno', False, 'pt'),
    ('https://github.com/BrasilAPI/BrasilAPI/issues/598', 'issue', 'other', 'none', '@luizsonego só pra garantir, esses erros na v1 que vc ta tendo são constantes pra diferentes ceps ou intermitentes? 👀', False, 'pt'),
    ('https://github.com/BrasilAPI/BrasilAPI/issues/598', 'issue', 'other', 'none', 'Aqui a V1 para cep está funcionando corretamente', False, 'pt'),
    ('https://github.com/BrasilAPI/BrasilAPI/issues/598', 'issue', 'complaint', 'none', 'Problema ainda persiste na V2, indispensável para obtensão de coordenadas por exemplo', False, 'pt'),
    ('https://github.com/BrasilAPI/BrasilAPI/issues/601', 'issue', 'complaint', 'none', 'CEPs V1 - Erro - strict-origin-when-cross-origin\n\nOlá, primeiramente gostaria de agradecer ao trabalho de todos..\nGostaria também de um auxilio, estou utilizando a API de CEP v1 de vocês, porém ela parou de funcionar. Tentei contato pelo formulário mas não esta enviando.\n\nJá gerei a minha chave e estou passando ela correntemente pelo meu header Authorization Bearer. Porém tenho recebido o seguinte erro: "strict-origin-when-cross-origin".', False, 'pt'),
    ('https://github.com/BrasilAPI/BrasilAPI/issues/601', 'issue', 'other', 'other', '@bcerquiare você confundiu, esse github é do BrasilApi, não do BrasilAberto 😬', False, 'pt'),
    ('https://github.com/da2k/curso-reactjs-ninja/issues/289', 'issue', 'complaint', 'none', 'M4#A59 - Uncaught Error: Network Error at eval (auth.esm.js:4943)\n\nE aí @fdaciuk, blz?\n\nDeu esse erro aki quando faço o login, não funciona como no video:', False, 'pt'),
    ('https://github.com/da2k/curso-reactjs-ninja/issues/289', 'issue', 'other', 'other', 'Oi @hiwoshu! Esse erro é no arquivo do firebase. \nVocê está tentando fazer login no localhost? Chegou a ver se o seu localhost está liberado lá nas configurações de domínios autorizados do firebase (Authorized domains)?', False, 'pt'),
    ('https://github.com/TelegramBots/Telegram.Bot/issues/1320', 'issue', 'complaint', 'other', "Erro não autorizado\n\nquando rodo a api da o seguinte erro:\nTelegram.Bot.Exceptions.ApiRequestException: 'Unauthorized'\n\ninclui \n\nAPI_id do aplicativo\nAPI_hash do aplicativo\n\ncomo deixado aqui no codigo porem recebo essa msg como posso resolver isso?", False, 'pt'),
    ('https://github.com/TelegramBots/Telegram.Bot/issues/1320', 'issue', 'other', 'none', 'Just from naming it looks like you are trying to use user api credentials in bot library \nPS: Please use english', False),
    ('https://github.com/JDaniloC/BetBot/issues/12', 'issue', 'complaint', 'other', 'ERRO NA CONEXÃO\n\nBoa noite,\n\nEstou com erro quando incluo a linha MongoDB.cadastrar("NOMEDOUSUARIO", "SENHA"), Atlas error code 8000. Como posso solucionar?', False, 'pt'),
    ('https://github.com/JDaniloC/BetBot/issues/12', 'issue', 'other', 'other', 'Ele não tá conseguindo entrar no collection do seu Mongo, está dando "bad auth : Authentication failed", verifique se você colocou a senha correta na conexão do Mongo.', False, 'pt'),
    ('https://github.com/JDaniloC/BetBot/issues/12', 'issue', 'other', 'other', 'Solução do problema:\n\nAo criar a autenticação de um cluster mongo, exemplo:', False, 'pt'),
    ('https://github.com/GeovaneSchmitz/sigaa-api/issues/31', 'issue', 'complaint', 'other', 'Não funciona com o sigaa da UFRB\n\nO sigaa da ufrb tem url: https://sistemas.ufrb.edu.br.\nAo tentar apenas efetuar o login, aparece o seguinte erro:', False, 'pt'),
    ('https://github.com/GeovaneSchmitz/sigaa-api/issues/31', 'issue', 'other', 'none', 'hum, estranho\nNão deveria dar erro, caso o login esteja realmente correto.\nAmbos parametros dos formulários são identicos...', False, 'pt'),
    ('https://github.com/GeovaneSchmitz/sigaa-api/issues/36', 'issue', 'complaint', 'other', '✨feat: Suporte login UNB\n\nQuando instalo a api no meu projeto e passo minhas credenciais, recebo esse erro:\n\n```\n.../sigaa-login-ifsc.ts:93\nthrow new Error(this.errorInvalidCredentials);\n              ^\nError: SIGAA: Invalid credentials.\n```', False, 'pt'),
    ('https://github.com/filipemeneses/fatec-api/issues/15', 'issue', 'complaint', 'none', 'Problemas na API\n\nEstou com problema na api, está dando esse erro: https://imgur.com/a/RhKsVOA\nAlguém consegue me ajudar?', False, 'pt'),
    ('https://github.com/filipemeneses/fatec-api/issues/15', 'issue', 'other', 'none', 'Tem o trecho do código do `index.js`? Parece que deu alguma exceção de conexão ou falha de login', False, 'pt'),
    ('https://github.com/filipemeneses/fatec-api/issues/15', 'issue', 'other', 'other', 'https://imgur.com/a/C7025pU, sim no lugar de login e senha eu coloquei meu login e senha do siga, se puder me ajudar agradeço!', False, 'pt'),
    ('https://github.com/spbgovbr/Sistema_Programa_de_Gestao_Susep/issues/39', 'issue', 'complaint', 'none', 'Problema teste de login\n\nEstou na etapa VALIDAÇÃO DA INSTALAÇÃO – 3ª ETAPA, o formulário de login aparece na tela, mas depois que digito os dados não acontece nada, nenhuma mensagem aparece e não sai da tela de login, não tem log de erro nada. \nEncontrei um erro no console debug do navegador "gateway/connect/token not found erro 404"\nPoderiam me auxiliar nessa questão? Já tenho a carga de dados no banco.', False, 'pt'),
    ('https://github.com/spbgovbr/Sistema_Programa_de_Gestao_Susep/issues/39', 'issue', 'complaint', 'none', 'Estamos com o mesmo problema. Ao observar o erro, recebemos o seguinte:\npolyfills.c3ba86db9aae5690bd6d.js:1\nPOST https://sisgphomolog.fundacentro.gov.br/sisgp/gateway/connect/token 500 (Internal Server Error)', False, 'pt'),
    ('https://github.com/spbgovbr/Sistema_Programa_de_Gestao_Susep/issues/39', 'issue', 'other', 'none', 'Boa tarde\n\nSim, entrei em contato com o suporte do sistema através do e-mail\n***@***.***\n\nEles tem um grupo de suporte que deu auxilio com isso.', False, 'pt'),
    ('https://github.com/projeto-siga/siga/issues/405', 'issue', 'other', 'none', 'GI: Não consigo logar com minha matrícula\n\nDigo que esqueci a senha e recebo uma senha que depois o próprio Siga não reconhece. Será que alguém pode testar para ver se o problema é específico comigo?', False, 'pt'),
    ('https://github.com/projeto-siga/siga/issues/405', 'issue', 'other', 'none', '@crivano era um problema com seus dados na tabela de identidade. Já foi corrigido.Você já pode pedir nova senha.', False, 'pt'),
    ('https://github.com/org-nexus-projects/ufabc-next-server/issues/37', 'issue', 'other', 'none', 'Erro na autenticação\n\n![Captura de Tela 2020-02-17 às 15 25 36](https://user-images.githubusercontent.com/1896093/74678528-08a3fe00-519a-11ea-8259-3d29c12e4585.png)\n\nOs usuários não conseguindo fazer login', False, 'pt'),
    ('https://github.com/NIAEFEUP/uni/issues/264', 'issue', 'complaint', 'other', 'Falha no login\n\nMudei a palavra passe do Sigarra e a aplicação, em vez de dar logout, continuou a mostrar o meu perfil, mas sem mostrar nenhuma cadeira. Dando logout manualmente e login com a nova palavra passe resolveu o problema.', False, 'pt'),
    ('https://github.com/NIAEFEUP/uni/issues/264', 'issue', 'other', 'none', 'I tested and this issue was already fixed!', False),
    ('https://github.com/pluggyai/meu-pluggy/issues/18', 'issue', 'complaint', 'other', 'Banco do Brasil\n\nOi pessoal, após aprovar o acesso de dados via Open Finance, o aplicativo dá erro:', False, 'pt'),
    ('https://github.com/pluggyai/meu-pluggy/issues/18', 'issue', 'other', 'none', 'Bom dia, isso pode acontecer com as instituições. Você pode compartilhar o seu itemId diretamente pelo Discord para que possamos dar atenção? O conector está funcionando corretamente.', False, 'pt'),
    ('https://github.com/pluggyai/meu-pluggy/issues/2', 'issue', 'complaint', 'other', 'Transações da conta Nubank\n\nAntes de tudo, obrigado a Pluggy por abrir essa porta e libertar esse dados. Eu usava a anos o excelente pynubank até acontecer os problemas recentes e daí fiquei no escuro em relação meus gastos.\n\nPara o Nubank eu recebo "executionStatus": "PARTIAL_SUCCESS", e só consigo acessar os dados do cartão de crédito. Eu vi que ele retorna como UNSTABLE e que em https://status.pluggy.ai/ tem tb uma observação.', False, 'pt'),
    ('https://github.com/pluggyai/meu-pluggy/issues/2', 'issue', 'other', 'other', 'Olá jeffersonmsb, isso mesmo, a conexão pela qual você conectou a conta está instável. Somente a conexão através do meupluggy funciona corretamente.', False, 'pt'),
    ('https://github.com/pluggyai/meu-pluggy/issues/14', 'issue', 'complaint', 'other', 'Problemas com atualização de transações de cartão de crédito Santander\n\nComecei a utilizar o Actual junto com o Pluggy há algumas semanas. Tudo estava funcionando até que há alguns dias estou com dificuldades de atualizar no Pluggy as minhas transações do cartão de crédito (o pluggy nao puxa nada após o dia 04/09).', False, 'pt'),
    ('https://github.com/pluggyai/meu-pluggy/issues/14', 'issue', 'other', 'other', 'Bom dia,\n\nNão temos nenhum caso generalizado de problemas, mas, se quiser, você pode reportar o seu caso com o item id no Discord da Pluggy para que possamos analisá-lo pontualmente!', False, 'pt'),
    ('https://github.com/pluggyai/meu-pluggy/issues/3', 'issue', 'other', 'other', 'Frequência de atualização\n\nOlá, qual a frequência de atualização a partir do meupluggy?\n\nNão sei se entendi errado no leia-me que seria diariamente. Conexão do Nubank está como 2 dias atrás. Eu tb tentei atualizar o item mas acredito que não seja esse o caminho.', False, 'pt'),
    ('https://github.com/pluggyai/meu-pluggy/issues/3', 'issue', 'other', 'none', 'Olá, todas as conexões são atualizadas a cada 24 horas.\nSua conexão específica já deve estar sincronizada e atualizada todos os dias.', False, 'pt'),
    ('https://github.com/andreroggeri/br-to-ynab/issues/7', 'issue', 'complaint', 'other', 'Erro ao rodar sync com Nubank\n\nConfigurei para buscar transações a partir do dia anterior.\n\nEsperava ver as transações do dia de hoje e do anterior. Não foi importado nenhuma transação.', False, 'pt'),
    ('https://github.com/andreroggeri/br-to-ynab/issues/7', 'issue', 'other', 'none', 'Finalmente corrigido 🙈', False, 'pt'),
    ('https://github.com/andreroggeri/nubank-sync-ynab/issues/10', 'issue', 'other', 'other', 'Adicionar suporte a NuConta\n\nPara sincronizar as transações da NuConta + os rendimentos', False, 'pt'),
    ('https://github.com/andreroggeri/nubank-sync-ynab/issues/10', 'issue', 'other', 'other', 'Uma dúvida, vc tem usado essa aplicação? Eu tive problemas na minha conta, parece que a lib que faz o acesso do YNAB está disparando alguns mecanismos de segurança, e por conta disso eu desliguei o meu script até atualizar pra lib do YNAB que usa a API (daí não precisa de usuário e senha)', False, 'pt'),
    ('https://github.com/vilsonneto/guigo/issues/38', 'issue', 'other', 'other', 'feat(bot): integrar Pluggy (Open Finance) com Nubank do pai\n\n## O que fazer\n\nConectar o bot ao Nubank do pai via Pluggy para ler transferências automaticamente.', False, 'pt'),
    ('https://github.com/lubysoftware/join/issues/4', 'issue', 'complaint', 'none', 'Falha na autenticação do usuário\n\nA API retorna falha de autenticação mesmo com os dados de login corretos', False, 'pt'),
    ('https://github.com/danielhe4rt/bbbot/issues/18', 'issue', 'complaint', 'none', 'Nao loga!\n\nTentei logar varias vezes e nao vai', False, 'pt'),
    ('https://github.com/danielhe4rt/bbbot/issues/18', 'issue', 'other', 'none', 'manda print do erro', False, 'pt'),
    ('https://github.com/danielhe4rt/bbbot/issues/18', 'issue', 'other', 'none', 'instalou o node? Panda print novamente, por favor', False, 'pt'),
    ('https://github.com/jfoclpf/form-for-parking-violation/issues/186', 'issue', 'complaint', 'other', 'Autenticação chave móvel digital não funciona\n\nA autenticação com chave móvel digital não está a funcionar, da um erro "Server Unavailable". A URL que está a usar é https://cmd.autenticacao.gov.pt/Ama.Authentication.Frontend/Processes/DigitalSignature/DigitalSignatureIntro.aspx.\nPodem validar o erro na imagem anexa.', False, 'pt'),
    ('https://github.com/jfoclpf/form-for-parking-violation/issues/186', 'issue', 'other', 'other', 'Esse serviço é providenciado pelo governo (AMA) e o site da AMA está em\nbaixo\n\nhttps://www.ama.gov.pt/\n\naparentemente foi alvo de ataque', False, 'pt'),
    ('https://github.com/jfoclpf/form-for-parking-violation/issues/186', 'issue', 'other', 'none', 'Já está funcional', False, 'pt'),
    ('https://github.com/pengovbr/mod-sei-pen/issues/4', 'issue', 'complaint', 'other', 'Falha na conexão utilizando novo padrão certificado PEN\n\nIdentificado falha na autenticação do módulo com o Barramento de Serviços do PEN ao se utilizar o novo padrão de certificados digitais gerados pelo próprio Portal de Administração do Barramento.', False, 'pt'),
    ('https://github.com/duarteguilherme/congressbr/issues/56', 'issue', 'complaint', 'none', 'sen_bills não funciona\n\nPrezados, a função sen_bills está dando erro mesmo quando tento rodar o exemplo que vocês utilizam. A mensagem que aparece é a seguinte:\n\n```\nErro: `.x` must be a list, not NULL\nRun `rlang::last_error()` to see where the error occurred.\n```', False, 'pt'),
    ('https://github.com/duarteguilherme/congressbr/issues/56', 'issue', 'other', 'none', 'Oi Rodrigo, tudo bem? Vi agora que não está funcionando mesmo:', False, 'pt'),
    ('https://github.com/richecr/CamaraDosDeputados/issues/64', 'issue', 'other', 'none', 'Link pra API dos Dados Abertos quebrado.\n\n**Descrição do bug**\nO link referente a isso no README.md não leva a nada. Queria entender mais sobre essa api', False, 'pt'),
    ('https://github.com/richecr/CamaraDosDeputados/issues/64', 'issue', 'other', 'none', 'Realmente estava com link incorreto. Corrigi lá já. Obrigado pelo aviso.', False, 'pt'),
    ('https://github.com/vitinh0z/dever-de-casa/issues/16', 'issue', 'other', 'other', '[implementação] Implementar SenadoApiClient\n\nParte do épico de fase 2 (Senado Federal).\n\n## O que fazer\nCriar o cliente de integração com a API de Dados Abertos do Senado Federal, com seus próprios DTOs de resposta bruta (formato diferente do da Câmara), isolado no pacote `integracao`.', False, 'pt'),
    ('https://github.com/bobaoapae/guardian-api-intelbras/issues/2', 'issue', 'other', 'other', 'Intelbras Guardian não aparece para integrações\n\nDepois de instalado e configurado via ui (porta 8000), não consigo adicionar a integração pois não aparece no menu de integracoes', False, 'pt'),
    ('https://github.com/bobaoapae/guardian-api-intelbras/issues/2', 'issue', 'other', 'none', 'você conseguiu resolver o problema ?  Estou no mesmo ponto aqui.', False, 'pt'),
    ('https://github.com/bobaoapae/guardian-api-intelbras/issues/2', 'issue', 'complaint', 'other', 'bom dia a todos! aqui a integração apareceu mas nao consigo completar, pois dá uma falha daquela url de callback. \n\n"Autenticação falhou: Certifique-se de copiar a URL completa de callback."\n\nInclusive eu consegui autenticar a fastapi na intelbras cloud. O fastAPI funcionou ok, pois identificou minha ANM 24 net na rede e le os eventos, mas nao consigo autenticar a integração, alguem passou por este mesmo problema?', False, 'pt'),
    ('https://github.com/crossworth/daikin/issues/1', 'issue', 'other', 'none', 'Muito obrigado. Consegui. Deu certo. Eu estava tentando a integração errada.', False, 'pt'),
    ('https://github.com/deividfortuna/fipe/issues/38', 'issue', 'complaint', 'none', 'Como faço para conseguir um Token??\n\nA API está retornando o seguinte erro:\n\n```\n{\nmessage: "Quantidade inválida de requisições. Usuários sem token podem fazer apenas 500 requisições por dia"\n}\n```\n\nComo faço para conseguir um token?', False, 'pt'),
    ('https://github.com/deividfortuna/fipe/issues/38', 'issue', 'other', 'none', 'Ainda estou trabalhando em um portal para fazer o registro. Por enquanto posso fazer manualmente.', False, 'pt'),
    ('https://github.com/deividfortuna/fipe/issues/38', 'issue', 'other', 'none', 'Coloquei o Token... Porem agora a Mensagem mudou para:\n\n```\n{\n"message":"Quantidade inválida de requisições. Você pode fazer apenas 5000 requisições por dia"\n} \n```', False, 'pt'),
    ('https://github.com/deividfortuna/fipe/issues/38', 'issue', 'other', 'none', 'Pode me fornecer uma chave?', False, 'pt'),
    ('https://github.com/deividfortuna/fipe/issues/38', 'issue', 'complaint', 'none', 'Erro ao obter as marcas.\nO token é obrigatório agora?', False, 'pt'),
    ('https://github.com/deividfortuna/fipe/issues/63', 'issue', 'complaint', 'none', 'Erro: 404 Page Not Found, ao buscar veículos do tipo carro e da marca VW - VolksWagen.\n\nAo realizar uma busca com veículos do tipo carro e da marca VW - VolksWagen, ocorre um erro: 404 Page Not Found.\nEsse foi o caminho utilizado: https://parallelum.com.br/fipe/api/v1/carros/marcas/59/modelos', False, 'pt'),
    ('https://github.com/deividfortuna/fipe/issues/63', 'issue', 'complaint', 'none', 'Percebi o mesmo erro!', False, 'pt'),
    ('https://github.com/deividfortuna/fipe/issues/35', 'issue', 'complaint', 'none', 'API Fora do Ar\n\nTem previsão de volta?', False, 'pt'),
    ('https://github.com/deividfortuna/fipe/issues/35', 'issue', 'other', 'none', 'Olá,\nHouve um numero anormal de requisições que acabou esgotando meu plano. Estou trabalhando para que esse problema não volte a ocorrer.', False, 'pt'),
    ('https://github.com/deividfortuna/fipe/issues/35', 'issue', 'other', 'none', 'problema foi resolvido mas precisei mudar a URL. A nova base é https://parallelum.com.br/fipe/api/v1\n\nA antiga continua funcionando mas sem SSL.', False, 'pt'),
    ('https://github.com/deividfortuna/fipe/issues/84', 'issue', 'complaint', 'none', 'Rate limit exceeded (mesmo na versão paga)\n\nHoje resolvemos fazer um teste com esta API e, mesmo utilizando a versão paga (Pro), foi interrompido com o erro:\n\n```\n{\n"error":"rate limit exceeded. Please visit https://fipe.online to get a token"\n}\n```\n\nExiste algum parâmetro adicional que precisa informar para não ocorrer isso?', False, 'pt'),
    ('https://github.com/deividfortuna/fipe/issues/84', 'issue', 'other', 'none', 'O problema estava no código da nossa aplicação, onde o header estava sendo passado de forma errada.', False, 'pt'),
    ('https://github.com/deividfortuna/fipe/issues/84', 'issue', 'complaint', 'none', 'Olá @cirofeitosa, consegue me auxiliar? Estou com essa dificuldade, como passou o header corretamente?', False, 'pt'),
    ('https://github.com/deividfortuna/fipe/issues/46', 'issue', 'complaint', 'none', 'API FORA DO AR\n\nBoa tarde Deivid, fiz uma requisição na api e a mesma me retornou com o Status 404\nPode nos ajudar dando uma olhada?\nEstou tentando bater na URL: https://parallelum.com.br/fipe/api/v1/carros/marcas', False, 'pt'),
    ('https://github.com/deividfortuna/fipe/issues/46', 'issue', 'complaint', 'none', 'A fipe voltou ao normal, mesmo assim requests para as rotas https://parallelum.com.br/fipe/api/v1 continuam retornando 404.', False, 'pt'),
    ('https://github.com/deividfortuna/fipe/issues/46', 'issue', 'other', 'none', 'Opa, parece que houve uma instabilidade com o servidor da FIPE. Estou analisando uma solução para o problema, espero ter alguma resposta nas próximas horas...', False, 'pt'),
    ('https://github.com/deividfortuna/fipe/issues/46', 'issue', 'other', 'none', 'Muito obrigado por se prontificar', False, 'pt'),
    ('https://github.com/deividfortuna/fipe/issues/102', 'issue', 'complaint', 'none', 'Sistema caiu?\n\nBoa tarde, o sistema está fora do ar? Fui verificar o sistema, e aparentemente o registro está congelado. Aconteceu alguma coisa? Ou tenho que migrar para a v2?', False, 'pt'),
    ('https://github.com/deividfortuna/fipe/issues/102', 'issue', 'other', 'none', 'Olá @M4riotto!\n\nO domínio `https://parallelum.com.br/` está enfrentando instabilidades no momento. \n\nRecomendo migrar suas chamadas para a nova URL da API: **https://api.fipe.online**', False, 'pt'),
    ('https://github.com/Alissonsleal/brapi/issues/32', 'issue', 'complaint', 'none', 'API instável?\n\nO que está acontecendo com a API?\n\nEstou recebendo respostas inconsistentes para múltiplos ativos. Exemplo:', False, 'pt'),
    ('https://github.com/Alissonsleal/brapi/issues/32', 'issue', 'complaint', 'none', 'Também percebi alguma instabilidade', False, 'pt'),
    ('https://github.com/Alissonsleal/brapi/issues/32', 'issue', 'complaint', 'none', '@Alissonsleal, atualmente está ocorrendo algum problema no processamento para criptos, por exemplo, usando o default do swagger o seguinte erro é retornado:\n\nhttps://brapi.dev/api/v2/crypto?coin=BTC%2CETH&currency=BRL está retornando `{"error":true,"message":"Something went wrong while fetching the data"}`', False, 'pt'),
    ('https://github.com/Alissonsleal/brapi/issues/32', 'issue', 'other', 'other', '@lukiinhas1616 arrumado.\n\nA yahoo finance mudou a auth de um endpoint, precisei fazer uma mudança nesse commit: https://github.com/Alissonsleal/brapi/commit/8d736d16c0a2972750631ab08eae4f7b048881ad', False, 'pt'),
    ('https://github.com/Alissonsleal/brapi/issues/23', 'issue', 'other', 'none', 'Tratamento de erro\n\nAo enviar a requisição para a url de exemplo https://brapi.ga/api/quote/COGN3,MGLU3,VVAR3,OIBR3, retorna a seguinte informação\n{"error":"Não encontramos a ação VVAR3"}.\nPara melhor tratamento do retorno não seria possível retornar apenas as existentes? ou até mesmo os existentes e o não existente com a informação do erro?', False, 'pt'),
    ('https://github.com/Massa191/Consultas_CNPJ_CPF_Receita_Federal/issues/15', 'issue', 'complaint', 'other', 'Bloqueio na aplicação\n\nAcredito que a receita tenha bloqueado a aplicação ou por conta da utilização do reaptcha, não está funcionando mais.', False, 'pt'),
    ('https://github.com/Massa191/Consultas_CNPJ_CPF_Receita_Federal/issues/15', 'issue', 'other', 'none', 'Prezados, foi um bloqueio no meu ip apenas. Testei local e está funcionando.', False, 'pt'),
    ('https://github.com/Massa191/Consultas_CNPJ_CPF_Receita_Federal/issues/13', 'issue', 'complaint', 'other', 'Ajuda\n\nMarcos, tudo bem?\nPrimeiro gostaria de parabenizar pelo trabalho realizado.\n\nEstamos utilizando sua API, e por algum tempo funcionou perfeitamente.\n\nPorém agora, todas as consultas tem retornado: Receita não responde.', False, 'pt'),
    ('https://github.com/Massa191/Consultas_CNPJ_CPF_Receita_Federal/issues/13', 'issue', 'other', 'other', 'Se foi ontem era problema da receita mesmo, o servidor da receita federal deve ser hospedado em uma calculadora de tão ruim que é e normalmente há sobrecargas e vários serviços param de funcionar...tenho aqui também consultas de CPF em alguns webservices diferentes e o problema também aconteceu ontem. Hoje está estável.', False, 'pt'),
    ('https://github.com/Massa191/Consultas_CNPJ_CPF_Receita_Federal/issues/13', 'issue', 'other', 'other', 'Sim\nUltimamente tem ocorrido diversas instabilidades nos serviços da receita.', False, 'pt'),
    ('https://github.com/leads2b/receita-tools/issues/20', 'issue', 'other', 'other', "Erro 'CNPJ rejeitado pela Receita Federal' para empresa existente\n\nA API está retornando o erro 'CNPJ rejeitado pela Receita Federal' para as empresas ativas.", False, 'pt'),
    ('https://github.com/leads2b/receita-tools/issues/20', 'issue', 'other', 'none', 'Refiz as consultas dos CNPJs citados acima e ambos estão retornando corretamente agora. Vou manter este issue aberto para realizarmos a implementação de uma verificação que irá evitar que esse problema aconteça para CNPJs já existentes em nossa base.', False, 'pt'),
    ('https://github.com/cuducos/minha-receita/issues/212', 'issue', 'complaint', 'none', "Erro 404 ao realizar busca de CNPJ\n\nOlá estou tomando erro ao realizar a busca de um CNPJ. Segue requisição que está sendo realizada.\n`curl --location 'https://minhareceita.org/27484015000129'`", False, 'pt'),
    ('https://github.com/BrasilAPI/BrasilAPI/issues/580', 'issue', 'complaint', 'other', 'Endpoint CNPJ fora do ar\n\nO minha-receita parece estar fora do ar (https://github.com/cuducos/minha-receita/issues/204), e por consequência o endpoint do BrasilAPI também está, retornando erro 504', False, 'pt'),
    ('https://github.com/BrasilAPI/BrasilAPI/issues/580', 'issue', 'other', 'none', 'Precisamos esperar o provedor voltar. Vocês podem acompanhar o andamento por [essa issue](https://github.com/cuducos/minha-receita/issues/204)', False, 'pt'),
]
