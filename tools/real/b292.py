# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# On merging: the hon #59 row carries no language tag. One Italian line over an English
# Home Assistant log is a mixed row, not an Italian one.
# Batch 292 (mine-lang6): issue and documentation-page voice, messages NOT written in
# English - Italian and Portuguese - about integrations, cloud logins, webhooks,
# certificates and API tokens. Sources (repositories and sites no earlier batch used,
# checked against tools/real/*.py in both quote styles; the Italian public-sector
# gateways of earlier batches - FSE, ANPR, PDND, pagoPA, SPID - were left alone):
# Italian Home Assistant work - the addhOn (Haier/Candy hOn) integration, the REHAU
# NEA SMART 2 bridge, Andre0512's hOn integration, the ZCS Azzurro inverter
# integration, the Vimar By-me Plus integration, the Ksenia Lares add-on - Satispay's
# g_business PHP SDK, and Italian help pages of Aruba Fatturazione Elettronica
# (WooCommerce module), Sendcloud, CleverReach and Fattura24; Brazilian WhatsApp
# gateways (Evolution API threads not used before, izing.open.io, wppconnect-server,
# whatsapp-api-nodejs), the Melhor Envio shipping plugin, Efi/Gerencianet's WooCommerce
# Pix plugin, the Central Bank's Pix API spec threads, a Banco Inter Pix client, the
# Open Delivery spec, a Bling/WooCommerce plugin and the JFL Active alarm integration.
# Complaints: "quando inserisco le credenziale gira per un po e poi dice: Impossibile
# connettersi ai server HON", "non c'e modo di correggere/aggiornare il metodo di
# autenticazione?", a pasted Italian "Questo errore ha avuto origine da
# un'integrazione personalizzata" 401 traceback, "io ho lo stesso problema come hai
# risolto?", "Problema ainda persiste", "ontem ... todas sessoes ficaram como
# Disconnected", "a intancia e desconectada apos 3 dias", a cURL error 58 on the Pix
# certificate, "nao consegui receber esse retorno" for a bank webhook. Near misses in
# the same threads: maintainers ("ho risolto dei bug ... La release addhOn v5.2.0 e
# rilasciata", "Ma le API di zcs restituiscono valori vuoti. Dovresti sentire loro
# direttamente", "O token continua valido?", "Qual versao do plugin esta sendo
# utilizada?"), works-now replies ("ho aggiornato alla versione 5.2 ed ha funzionato",
# "Usavo sandbox ma il token e per il sito live", "Consegui corrigir"), set-up
# questions about installer permissions in Vimar View Pro, a webhook-vs-polling
# question, a feature request for a store id in the Open Delivery webhook, a plugin
# behaviour question (unpaid orders sent to Bling) and documentation pages.
# Doubts: ZCS Azzurro "In pratica non inviano niente loro a quanto ho capito" is
# labelled complaint (the vendor API returns nothing to the integration); the Melhor
# Envio "Nao existem metodos de envio disponiveis" after a plugin update is a complaint
# (the shipping quote from the API fails), while "Sim, continua valido. Como o problema
# veio, ele se foi, mas as vezes volta" is other (gone for now); the Sicoob/Pix webhook
# "nao consegui receber esse retorno" is a complaint although it reads half like a
# how-to; the Satispay "Resource not found" on authentication is a complaint even
# though the writer later found he used a live token in sandbox (that reply is other).
# Rows that name no product carry integration 'none'. No exposure. No chat rows.
ROWS = [
# --- Italian: addhOn (hOn) ---
('https://github.com/tis24dev/addhOn/issues/30', 'issue', 'complaint', 'other', "errore per le credenziali\nsto provando ad usarla su v5.1.0 su \n Metodo di installazione Home Assistant OS\nCore 2026.6.4\nSupervisor 2026.06.2\nOperating System 18.0\nFrontend 20260527.7\nquando inserisco le credenziale gira per un pò e poi dice: Impossibile connettersi ai server HON\n\nse metto credenziali sbagliare da subito errore.\ncome si può fare debug?\nGrazie", False, 'it'),
('https://github.com/tis24dev/addhOn/issues/30', 'issue', 'other', 'none', "Ciao, sto analizzando la situazione e investigando, stiamo lavorando alla nuova release.\nA breve ti do un feedback", False, 'it'),
('https://github.com/tis24dev/addhOn/issues/30', 'issue', 'other', 'other', "@artexx ho risolto dei bug e migliorato il debug, nonché ora dovrebbe dire eventualmente il motivo per cui il login non va a buon fine.\n\nLa release [addhOn v5.2.0](https://github.com/tis24dev/addhOn/releases/tag/v5.2.0) è rilasciata.\nFammi sapere!", False, 'it'),
('https://github.com/tis24dev/addhOn/issues/30', 'issue', 'other', 'none', "ciao, controlla che tu non abbia la 2FA attiva sull account", False, 'it'),
('https://github.com/tis24dev/addhOn/issues/30', 'issue', 'other', 'none', "Buongiorno, grazie per le risposte ed il tuo lavoro.\nLa 2Fa non è abilitata, ho aggiornato alla versione 5.2 ed ha funzionato, mi ha automaticamente collegato a tutti i miei climatizzatori.\nSto aggiornando le plance e mi sembra tutto ok.\nGrazie ancora", False, 'it'),
# --- Italian: REHAU NEA SMART 2, hOn, Satispay ---
('https://github.com/manuxio/rehau-nea-smart-2-home-assistant/issues/38', 'issue', 'complaint', 'none', "Autenticazione fallita\nSalve, non c'è modo di correggere/aggiornare il metodo di autenticazione?\nPossiamo essere di aiuto in qualche modo?\n\nGrazie fin da ora.", False, 'it'),
('https://github.com/manuxio/rehau-nea-smart-2-home-assistant/issues/35', 'issue', 'complaint', 'none', "confermo", False, 'it'),
('https://github.com/Andre0512/hon/issues/59', 'issue', 'complaint', 'other', "Error 1 401\nQuesto errore ha avuto origine da un'integrazione personalizzata.\n\nLogger: homeassistant.config_entries\nSource: custom_components/hon/__init__.py:31\nIntegration: Haier hOn (documentation, issues)\nFirst occurred: 21:10:08 (1 occurrences)\nLast logged: 21:10:08\n\nError setting up entry carxxxxxxxxx@gmail.com for hon", False),
('https://github.com/satispay/gbusiness-api-php-sdk/issues/12', 'issue', 'complaint', 'other', "Fatal error durante la generazione delle chiavi\nPrima di scriver qui ho passato un giorno a controllare tutto e a rifare decine volte le procedure\n\n1) ho generato un authtoken dall'intefaccia utente\n2) ho messo il token nel file /examples/auth-with-token.php\n3) faccio la chiamata di questo script\ne ricevo sempre un exception error:\nFatal error: Uncaught Exception: Resource not found, request id: zCmOuOQg in /home/webmname/public_html/satispay/lib/Request.php:235", False, 'it'),
('https://github.com/satispay/gbusiness-api-php-sdk/issues/12', 'issue', 'other', 'none', "Ho capito. Usavo sandbox ma il token è per il sito live :)\nSuggerirei agli autori di aggiungere una nota su questo fatto", False, 'it'),
# --- Italian: ZCS Azzurro, Vimar, Ksenia ---
('https://github.com/sdesalve/zcsazzurro/issues/20', 'issue', 'complaint', 'none', "Sensori senza Valore\nSalve, dopo aver installato l'integrazione e creato i sensori mi trovo nella situazione come in foto. In pratica tutti i sensori sono vuoti. \n\nQuale potrebbe essere il problema ?", False, 'it'),
('https://github.com/sdesalve/zcsazzurro/issues/20', 'issue', 'other', 'none', "Nel log c'è scritto il problema...", False, 'it'),
('https://github.com/sdesalve/zcsazzurro/issues/20', 'issue', 'complaint', 'none', "Grazie. In pratica non inviano niente loro a quanto ho capito.", False, 'it'),
('https://github.com/sdesalve/zcsazzurro/issues/20', 'issue', 'complaint', 'none', "@FranFabi io ho lo stesso problema come hai risolto?", False, 'it'),
('https://github.com/sdesalve/zcsazzurro/issues/20', 'issue', 'other', 'other', "Funziona tutto come puoi vedere...\n\nMa le API di zcs restituiscono valori vuoti. Dovresti sentire loro direttamente", False, 'it'),
('https://github.com/andreaprosseda/vimar-byme-plus-homeassistant/issues/15', 'issue', 'other', 'other', "Problema su integrazione\nCiao Andrea ho scaricato la tua integrazione e sto cercando di configurarla, ma sull'app vimar view pro il mio impianto dopo la scansione non lo trovo, lo trovo soltanto nella voce \" connetti account installatore ad impianto\" il problema è che è scritto in grigio chiaro e non cliccabile.\nSpero tu mi possa aiutare dopo il fantastico lavoro che hai fatto con questa integrazione.", False, 'it'),
('https://github.com/andreaprosseda/vimar-byme-plus-homeassistant/issues/15', 'issue', 'other', 'none', "Ciao @therocket85 \npotresti non avere le autorizzazioni necessarie per configurare il tuo impianto.\nÈ possibile che il tuo installatore non ti abbia \"consegnato\" l'impianto ma lo gestisce lui per te. Ti consiglio di contattarlo e capire con lui come procedere, se lasciargli eseguire i primi step per l'integrazione o ottenere da lui le autorizzazioni necessarie", False, 'it'),
('https://github.com/andreaprosseda/vimar-byme-plus-homeassistant/issues/15', 'issue', 'other', 'other', "Ciao @therocket85. Solo un account installatore alla volta può essere associato a un impianto, per questo lo vedi in grigio non cliccabile. Devi chiedere al precedente installatore di disconnettersi dall'impianto. Fonte manuale Vimar della piattaforma View IoT, pagina 11:", False, 'it'),
('https://github.com/emanuelegreco29/Ksenia_Lares_4.0-HASS_Addon/issues/9', 'issue', 'other', 'none', "Sembra che tu stessi usando una vecchia versione dell'estensione e che, con il nuovo aggiornamento che cambia la gestione e lettura di alcuni sensori, essi non siano più disponibili. Hai provato a fare una reinstallazione pulita dell'integrazione e/o a riconfigurarla?", False, 'it'),
# --- Italian: help pages ---
('https://guide.pec.it/faq-modulo-woocommerce.aspx', 'forum', 'other', 'other', "Per attivare e rendere funzionante il modulo WooCommerce, dopo il suo acquisto unitamente al modulo documenti, occorre scaricare il plugin gratuito Aruba Fatturazione Elettronica e associarlo al servizio di Fatturazione Elettronica tramite l'inserimento del Codice cliente e Codice segreto generabili nella sezione Moduli e-commerce delle impostazioni del pannello.", False, 'it'),
('https://support.sendcloud.com/hc/it/articles/35936346704017-Risoluzione-dei-problemi-di-integrazione-con-sistemi-e-commerce-self-hosted', 'forum', 'other', 'other', "Sendcloud si connette al tuo sistema e-commerce utilizzando indirizzi IP specifici. Se il tuo server o strumenti di sicurezza (come firewall o plugin) bloccano IP sconosciuti, dovrai aggiungere i nostri IP alla lista consentita (allow-list). In questo modo possiamo importare nuovi ordini e inviare aggiornamenti sulle spedizioni senza interruzioni.", False, 'it'),
('https://support.cleverreach.com/hc/it/articles/4408432814866-Configurazione-automatica-fallita-Integrazione-di-Shopware-5-Shopware-6-WooCommerce-Wordpress-e-Magento-2', 'forum', 'other', 'none', "L'autoconfigurazione viene eseguita quando il modulo viene aperto per la prima volta (dopo l'installazione del plugin). Controlla le configurazioni del negozio esistenti e cerca di effettuare una chiamata interna per impostare correttamente le impostazioni del plugin o del negozio.", False, 'it'),
('https://fattura24.com/woocommerce/introduzione', 'forum', 'other', 'other', "Introduzione a WooCommerce\nWooCommerce è lo strumento ideale per chiunque voglia aprire velocemente un e-commerce con WordPress. Il plugin sviluppato da Fattura24 per WooCommerce estende le funzionalità che trovate in WooCommerce permettendo di creare:", False, 'it'),
# --- Portuguese: WhatsApp gateways ---
('https://github.com/evolution-foundation/evolution-api/issues/271', 'issue', 'complaint', 'none', "Não é possível conectar uma instância que foi desconectada\nTem algum problema pelo qual, quando uma instância é desconectada ou perde a conexão, quando se tenta conectar de novo, não gera o QR. Ou melhor, aparece no manager, mas não aparece no log. Pareceria que a conexão é fechada antes.\n\nO único jeito é apagar a instancia e criar uma nova.", False, 'pt'),
('https://github.com/evolution-foundation/evolution-api/issues/271', 'issue', 'other', 'other', "Amigo, tenta excluir essa instancia e reconectar novamente, isso aconteceu comigo e só funcionou assim, ah e ela foi desconectada pois mudar o numero de whatsapp de aparelho.", False, 'pt'),
('https://github.com/evolution-foundation/evolution-api/issues/67', 'issue', 'complaint', 'other', "Instancia Desconectando\nAo Configurar uma Instancia dentro da promova web e conectar Com o WhatsApp após um longo tempo ele perde a conexão com a Instancia , não envia e nem receber as conversas dentro do Chat woot. então refazemos a Conexão com o QR code Novamente ele volta a funcionar.", False, 'pt'),
('https://github.com/evolution-foundation/evolution-api/issues/67', 'issue', 'other', 'none', "De acordo com testes internos e em clientes esse comportamento depende da maquina em que esta instalado a api, região e configurações", False, 'pt'),
('https://github.com/ldurans/izing.open.io/issues/236', 'issue', 'complaint', 'other', "VERIFIQUE A CONEXÃO COM WHATSAPP\nBom a utilização estava funcionando normalmente, de uns dias pra cá, está sendo desconectado sozinho. O Qr code e lido e inicialmente funcionada, só que depois de um tempo, ao tentar enviar mensagem, um alerta é exibido, mandando verificar a conexão. Já tentei várias coisas como atualizar o conector WWebJS (whatsapp.js).", False, 'pt'),
('https://github.com/ldurans/izing.open.io/issues/236', 'issue', 'other', 'none', "Esse problema acontece depois de alguma ação específica? Me prontifico a resolver e dar PR nele", False, 'pt'),
('https://github.com/ldurans/izing.open.io/issues/236', 'issue', 'complaint', 'none', "Problema ainda persiste, tentando corrigir por aqui!", False, 'pt'),
('https://github.com/ldurans/izing.open.io/issues/236', 'issue', 'other', 'none', "Consegui corrigir", False, 'pt'),
('https://github.com/wppconnect-team/wppconnect-server/issues/1283', 'issue', 'complaint', 'none', "Sessões se desconectando na 2.2.1\nEstou usando a versão 2.2.1 e ontem às 18h e pouco todas sessões ficaram como Disconnected na API, embora continuassem conectadas nos app dos celulares", False, 'pt'),
('https://github.com/wppconnect-team/wppconnect-server/issues/1283', 'issue', 'other', 'none', "Por favor, envia o log apresentado no momento de fechamento das sessões pra tentar ver o que esta acontecendo.", False, 'pt'),
('https://github.com/salman0ansari/whatsapp-api-nodejs/issues/527', 'issue', 'complaint', 'none', "Também identifiquei esse problema, a intancia é desconectada apos 3 dias", False, 'pt'),
# --- Portuguese: shipping, Pix, e-commerce ---
('https://github.com/melhorenvio/wp-melhorenvio-v2/issues/53', 'issue', 'complaint', 'none', "Não existem métodos de envio disponíveis.\nApós a atualização do plugin, começou a aparecer a seguinte mensagem:\n\nNão existem métodos de envio disponíveis. Verifique seu endereço ou entre em contato conosco se precisar de ajuda.", False, 'pt'),
('https://github.com/melhorenvio/wp-melhorenvio-v2/issues/53', 'issue', 'complaint', 'none', "@DeboraMSantos você conseguiu resolver isso? Passou a acontecer no site de um cliente de uma hora para outra.", False, 'pt'),
('https://github.com/melhorenvio/wp-melhorenvio-v2/issues/53', 'issue', 'other', 'none', "Olá @pedro-rivera e @DeboraMSantos \nO token continua válido?", False, 'pt'),
('https://github.com/melhorenvio/wp-melhorenvio-v2/issues/53', 'issue', 'other', 'none', "@viniciustessmann desculpa a demora. Sim, continua válido. Como o problema veio, ele se foi, mas às vezes volta.", False, 'pt'),
('https://github.com/gerencianet/gn-api-woocommerce/issues/45', 'issue', 'complaint', 'other', "Erro Pix checkout\nTenho SSL, adicionei o certificado .p12 disponivel no site da Efí, e ocorre o erro:\n\ncURL error 58: could not load PEM client certificate from /tmp/producao-385804-pix.p12, OpenSSL error error:0909006C:PEM routines:get_name:no start line, (no key found, wrong pass phrase, or wrong file format?)", False, 'pt'),
('https://github.com/gerencianet/gn-api-woocommerce/issues/45', 'issue', 'other', 'none', "Boa tarde @alkabane tudo certo?\nQual versão do plugin está sendo utilizada?\nVocê usa hospedagem dedicada ou compartilhada?", False, 'pt'),
('https://github.com/bacen/pix-api/issues/532', 'issue', 'other', 'other', "Implementação Webhook vs API -\nEstou implementando PIX usando o Bradesco e na documentação disponibilizada pelo banco consta configuração do webhook.\nO ideal seria configurar webhook ou eu poderia criar uma rota/endpoint em minha API para receber payload de confirmação de pagamentos?", False, 'pt'),
('https://github.com/bacen/pix-api/issues/532', 'issue', 'complaint', 'other', "Estou lutando para conseguir usar o webhook (uso o sicoob), porém, não estou entendendo o funcionamento. Não sei se tem que configurar alguma coisa no apache, pq de toda forma q tentei, não consegui receber esse retorno. Se alguem puder auxiliar, agradeço.", False, 'pt'),
('https://github.com/bacen/pix-api/issues/532', 'issue', 'other', 'none', "Primeiro você deve registrar o seu  endpoint (url | webhook) para que o banco possa emitir a notificação de pagamento nele", False, 'pt'),
('https://github.com/divulgueregional/api-inter-v2/issues/3', 'issue', 'complaint', 'other', "Consigo obter o token, mas não gera a cobrança\nOlá,\n\nParabéns pelo desenvolvimento. Ficou muito bom!\n\nEstou com uma dificuldade para gerar uma cobrança imediata PIX.\n\nEu obtenho o certificado, porém, quando vou criar a cobrança, tenho o seguinte retorno:\n\n(\n    [error] => Falha a Criar Cobranca imediata: cURL error 60: SSL certificate problem: unable to get local issuer certificate", False, 'pt'),
('https://github.com/divulgueregional/api-inter-v2/issues/3', 'issue', 'other', 'none', "Desculpe, mas depois encontrei na seção TOKEN as informações para solucionar o problema.\n\nObrigado", False, 'pt'),
('https://github.com/Abrasel-Nacional/opendelivery/issues/31', 'issue', 'other', 'none', "[LINX] Adicionar campo Id ou cnpj da loja para indicar de qual loja está enviando o pedido via webhook.\nEstamos desenvolvendo via web hook.\nO marketplace envia o pedido para nós e salvamos as informações em nossa base. Mas como o token é por loja, é preciso adicionar um campo identificador único ou CNPJ da loja na request do webhook para poder identificar qual loja eu devo gerar o token para buscar o detalhe do pedido.", False, 'pt'),
('https://github.com/organisys/bling-woocommerce/issues/11', 'issue', 'other', 'other', "Pedidos que não foram pagos estão sendo enviados para o Bling\nO plugin sempre envia os pedidos para o Bling, mesmo quando a situação é Pagamento pendente ou Aguardando. Esse comportamento é esperado? \n\nSe for assim, poderia ser criado uma configuração para indicar em qual status o pedido deve ser enviado para a API do Bling.", False, 'pt'),
('https://github.com/fernac03/JFL_ACTIVE/issues/11', 'issue', 'complaint', 'none', "Integracao tem que ser recarregada pra funcionar\nOi,\n  Os sensores ficam todos com estado desconhecido, e' necessario reiniciar (reload) na sua integracao para ela voltar a funciona, toda vez que reinicia o homeassistant o mesmo acontece. Tenho 3 instalacoes diferentes e em todas mesmo sintoma, ja viu isso recentemente ?", False, 'pt'),
('https://github.com/fernac03/JFL_ACTIVE/issues/11', 'issue', 'other', 'none', "ola, \na  central  sempre  se reconecta   na  integração,  voce pode estar tendo algum problema  de rede  entre a central e o home assistant,  para que  a conexao fique  travada.   voce  esta  conectando pelo wifi ou pelo cabo de rede  direto ?", False, 'pt'),
]
