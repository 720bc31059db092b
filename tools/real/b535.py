# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 535 (mine-b535): ITALIAN, next pass - Italian-written GitHub issue threads where a connection between two
# systems fails now, plus near misses from the same threads, in repositories not used by the earlier Italian batches
# (every batch's ROWS in main, pending and the other worktrees loaded with python; the repositories of their 'it' rows
# - 233 of them, OCA/l10n-italy, italia/*, pagopa/*, ministero-salute/*, anticorruzione/npa, link-it/*, Tundrak/IPTV-
# Italia, samirsalman/AmazonOffers-TelegramBot, toto04/webeep-sync, alexdelprete/*, home-assistant/core and others -
# left alone) and no thread already cited anywhere.
# A small batch: 35 rows from 16 threads. The issues search returns few Italian-written threads outside the domains
# the earlier Italian batches already took, so 44 look-ups gave this much. 18 rows are written in Italian (7th element
# 'it'); the other 17 are English rows about Italian products or services or written by Italian users (BAXI boiler
# with an Italian-locale Home Assistant log, the Ariston and MCZ clouds, Amazon PA-API reports by Italian users,
# Aruba mail, the Bologna Tper API) and carry no language element. All voice 'issue'; exposure_mentioned is False
# everywhere.
# Threads: (1) Italian transport data: MarcoBuster/railway-opendata #2 (the Trenord backend answering 403, "ti
# disconnetteva a causa dell'errore 403"), MasterCruelty/robbot #50 (Tper API "broken"); (2) an Italian Telegram bot
# library: Gianbacchio/ESP8266-TelegramBot #3 ("Non riesco piu' a ricevere risposta dal bot" after the bot API 2.0);
# (3) Italian Home Assistant packages and integrations by Italian developers or users: andbad/HA_PowerControl #107 #12
# #63, Home-Assistant-Pro-Team/Power-Control-HomeAssistant #1, Andre0512/hon #305 ("Configurazione non riuscita" after
# a Home Assistant update), vipial1/BAXI_thermostat #9; (4) Italian brands' clouds: fustom/ariston-remotethermo-home-
# assistant-v3 #433 (Ariston cloud down, many "same here"), Robbe-B/maestro_mcz #199 (MCZ stove cloud); (5) Amazon
# PA-API by Italian users: sergioteula/python-amazon-paapi #144 (403 AssociateNotEligible, Italian log lines),
# jorgerosal/amazon-paapi #7 #16 ("risolto"); (6) Odoo bank statement CSV import in Italian: OCA/bank-statement-import
# #709; (7) Aruba mail: mautic/mautic #7371 (maintainer reply only).
# Complaints (16 of 35): the writer says, from their own experience, that the link to the other system fails now,
# including pasted connection errors ("ERROR:root:HTTPSConnectionPool(host='admin.trenord.it' ... too many 403 error
# responses"), the BAXI pairing 480 error, the PA-API 401/403, and "+1" follow-ups on the Ariston outage ("Same here.
# Sadly they do not support local control.", "Here the same problem. Both the Home Assistant integration and the app are not working.").
# Near misses kept (label other): maintainers' replies ("devo verificare che cosa è cambiato", "Prova ad eliminare
# l'integrazione e riaggiungerla", "As the error says, your account does not meet the requirements", "this is an issue
# with Aruba, not mautic"), works-now/thanks ("Grande ha funzionato, grazie :-)", "risolto", "A me ora funziona"),
# a wrong-repository report and its apology (andbad #12), local automation and entity trouble inside Home Assistant
# that is not a link between two systems (#107 "entità non trovata", #63 load control not switching back on,
# Power-Control #1 errors at start-up), a CSV mapping error in Odoo's statement import (OCA #709, no second system),
# a feature wish for local control (Ariston #433), a patch offered for Trenord (railway-opendata #2, first half).
# Label calls / doubts: railway-opendata #2 is split in two rows of its description: the offer of a patch is other
# (like a PR description), the pasted 403 error that "mi faceva" is a complaint. Andre0512/hon #305 ("Con l'ultimo
# aggiornamento di home assistant mi sono ritrovato questo problema", setup of the hOn cloud integration failing) is a
# complaint, borderline: it may be a Home Assistant compatibility break rather than the hOn link (b528 made the same call
# for ha-sinapsi-alfa #147). Robbe-B/maestro_mcz #199 (integration no longer starts after a Wi-Fi SSID change, and the
# MCZ cloud app does not work either) is a complaint. MasterCruelty/robbot #50 "The second task won't work because of
# broken API I guess" is a complaint, borderline (written by the maintainer in a task issue). Ariston #433 ASX9 ("I
# thought I had been banned or something for using the API a lot") is a complaint, borderline. Gianbacchio #3 names no
# product in its text (only "API 2.0" and "bot"), so integration 'none'. Integration is 'other' when a product/service
# is named (Trenord, Tper, Home Assistant/HA, Power Control, hOn, BAXI, Ariston/elco, MCZ, Amazon PA-API, Aruba),
# 'none' for rows naming none. No activecampaign / keap / stripe rows.
# Sources (issues corpus only; texts copied from the excerpts the `search` tool returned - a title plus the first
# sentences, or one comment - trimmed at line ends, never reworded or translated; logs cut after their first lines).
# Look-ups: 44 of 45 (43 `search` on the issues corpus, 1 `find_repos`; no fetch / read_file). Queries: "Nexi XPay
# modulo pagamento errore non funziona più ordine"; "Axerve Banca Sella gateway pagamento errore autenticazione
# plugin"; "ioBroker adapter non si connette più errore login cloud italiano"; "plugin Minecraft collegamento account
# Discord non funziona errore token bot"; "3bmeteo ilmeteo API previsioni non funziona più errore integrazione";
# "Trenord Cotral Busitalia orari API bot non risponde errore"; "bot Telegram non funziona più da ieri errore API
# risposta vuota"; "Moodle plugin errore connessione servizio esterno token non valido non sincronizza"; "importazione
# movimenti banca CSV API non funziona più errore Intesa Sanpaolo UniCredit"; "integrazione Home Assistant inverter
# cloud non si aggiorna più errore autenticazione ciao"; "PrestaShop modulo errore webservice corriere non funziona più
# salve"; "Odoo connettore sincronizzazione e-commerce errore non funziona più buongiorno"; "Salve, da qualche giorno
# l'app non riesce più a collegarsi al server, errore di connessione"; "ciao, da stamattina l'API restituisce errore
# 403 e lo script non scarica più i dati"; "PayPal pagamento non va a buon fine errore credenziali API modulo
# italiano"; "termostato caldaia integrazione non si collega più al cloud errore login Ariston Vaillant italiano";
# "sincronizzazione Google Calendar non funziona più errore token scaduto grazie"; "Amazon API prodotti bot offerte
# errore richiesta non autorizzata non funziona più"; "Impossibile connettersi, errore di autenticazione, le
# credenziali sono corrette ma il login fallisce"; "Argoclima Olimpia Splendid Daikin climatizzatore integrazione
# errore connessione non risponde italiano"; "Shelly Tapo Sonoff dispositivo non raggiungibile dopo aggiornamento,
# sensori non disponibili, aiuto"; "Piero24 TelegramBot AmazonOffers errore bot non invia messaggi"; "PEC Aruba
# Legalmail IMAP SMTP errore autenticazione non invia più"; "Danea Easyfatt WooCommerce sincronizzazione prodotti
# ordini errore non funziona"; "firma remota Aruba InfoCert Namirial API errore OTP autenticazione fallita"; "Zucchetti
# TeamSystem gestionale API integrazione errore token non valido"; "stufa pellet MCZ Maestro Extraflame Duepi cloud non
# si connette più errore"; "Stripe pagamento errore webhook non arriva chiave API non valida, buongiorno non
# funziona"; "MailUp API integrazione errore autenticazione token newsletter iscritti non sincronizzati"; "Immergas
# Dominus Ferroli Riello Baxi caldaia integrazione errore connessione"; "Questo errore ha avuto origine da
# un'integrazione personalizzata. Registratore Fonte Prima occorrenza errore di autenticazione login"; "Questo errore
# ha avuto origine da un'integrazione personalizzata timeout connessione cloud non disponibile"; "ciao, l'integrazione
# ha smesso di funzionare, tutte le entità non disponibili, ho provato a reinstallare"; "Ciao, come mai da ieri non si
# collega più? mi dice errore di connessione, prima funzionava benissimo"; "Buongiorno, da qualche giorno non ricevo
# più i dati dal server, il token risulta scaduto, come posso risolvere? Grazie"; "Salve, dopo l'aggiornamento il
# plugin non comunica più con il gestionale, errore 401 non autorizzato"; find_repos "italia" (looking for a published
# Italian community chat archive - none found); "le notifiche non arrivano più, il webhook non viene chiamato, ho
# controllato la configurazione, ciao"; "robot aspirapolvere integrazione cloud credenziali errate non si connette più
# Xiaomi Roborock Dreame italiano"; "andbad HA_PowerControl integrazione errore"; "stazione meteo non invia più dati a
# Meteonetwork Weather Underground, errore upload, ciao"; "Ciao, da qualche giorno il bot non riesce più a fare il login
# sul sito, credo abbiano cambiato qualcosa, errore"; "Home-Assistant-Pro-Team package errore non funziona più dopo
# aggiornamento, ciao"; "Ciao, l'integrazione non riesce più a connettersi all'account, errore login, anche a me
# stesso problema".
# Skipped as already in the corpus (python load of main, pending and the other worktrees): sabas/trenitalia #5;
# roughconsensusandrunningcode/TrainMonitor #3 #8; Razorphyn/Informazioni-Treni-Italiani #3; TrinTragula/api-trenitalia
# #12; SimoDax/Trenitalia-API #3 #8; home-assistant/core #49217; MarcoBuster/OrarioTreniBot PR #17 #19;
# chomupashchuk/ariston-remotethermo-home-assistant-v2 #33 #38; fustom/ariston-remotethermo-home-assistant-v3 #268;
# PHPMailer/PHPMailer #3335; Robbe-B/maestro_mcz #140; Foundry376/Mailspring #392; toto04/webeep-sync #140; Favio25/
# Kronoterm-homeassistant #40; oyvindwe/connectlife-ha #365; LucaPatarca/homeassistant_aton #2; hcraveiro/Home-
# Assistant-FusionSolar-App #12; colloquy/colloquy #3637. Left alone because their repositories already carry Italian
# rows: samirsalman/AmazonOffers-TelegramBot #37 #38 #40 #44; toto04/webeep-sync #142; matteobaccan/html2pop3 #183;
# mifi/SimpleInstaBot #209; Bobsilvio/tigosolar-local #24; alexdelprete/ha-abb-powerone-pvi-sunspec #49 #96 #296;
# home-assistant/core #38129; DomoticaFacile/raccolta_rifiuti #6; andrea-mattioli/mattiols_hassio_repository #55;
# gvigroux/hon #215; andry08/ArubaOTP-seed-extractor #13; VivaPayments/API #1869; Gabboxl/ClassevivaPCTO #291;
# Arrowar/StreamingCommunity #495; italia/ansc, italia/anpr, ministero-salute/it-fse-support, anticorruzione/npa,
# pagopa/*, link-it/govpay threads.
# Not taken: hultenvp/solis-sensor #520 and Tasshack/dreame-vacuum threads (English, no Italian link beyond one "Same
# here (Italy)"); Andre0512/hon #32 (an Italian-locale log header with no error line); hmailserver #341 (a log only);
# AiGotsrl/public-issue-reporter #22 (an internal QA note); OCA/bank-statement-import #709 TheMule71 (English with an
# Italian gloss in brackets); the rest of mautic #7371's description (issue-template boilerplate); Ariston #433
# pchaves1's bare "Same here" (the same text is already in b90).
ROWS = [
    ('https://github.com/MarcoBuster/railway-opendata/issues/2', 'issue', 'other', 'other', "Trenord patch, segnalazione fix\n\nCiao non so se sei italiano, io ho trovato un fix per trenord perché ti disconnetteva a causa dell'errore 403 (perché il loro backend vogliono anche gli headers), metti questo nel tuo codice python nella riga 139", False, 'it'),
    ('https://github.com/MarcoBuster/railway-opendata/issues/2', 'issue', 'complaint', 'other', "errore che mi faceva:\n\n```\nERROR:root:HTTPSConnectionPool(host='admin.trenord.it', port=443): Max retries exceeded with url: /store-management-api/mia/train/24921 (Caused by ResponseError('too many 403 error responses'))", False, 'it'),
    ('https://github.com/MasterCruelty/robbot/issues/50', 'issue', 'other', 'other', '[2.0] Tper api\n\nA few commands to check Tper bus and trains in Emilia-Romagna\n\n- [x] A command to check stop info by giving stop code\n- [x] A command to check trains by giving station code or searching the station', False),
    ('https://github.com/MasterCruelty/robbot/issues/50', 'issue', 'complaint', 'none', "The second task won't work because of broken API I guess", False),
    ('https://github.com/Gianbacchio/ESP8266-TelegramBot/issues/3', 'issue', 'complaint', 'none', "Aggiornamento ad API 2.0\n\nE' previsto ? Non riesco piu' a ricevere risposta dal bot nonostante veda sul monitor seriale che il messaggio arriva.", False, 'it'),
    ('https://github.com/Gianbacchio/ESP8266-TelegramBot/issues/3', 'issue', 'other', 'none', 'Ciao,\ndevo verificare che cosa è cambiato.\nsicuramente lo aggiornerò a breve.', False, 'it'),
    ('https://github.com/Gianbacchio/ESP8266-TelegramBot/issues/3', 'issue', 'other', 'none', "Grazie per la risposta.\nVorrei chiederti se ti fosse possibile poi scrivere anche sinteticamente cosa e' cambiato e come hai rimediato.", False, 'it'),
    ('https://github.com/andbad/HA_PowerControl/issues/107', 'issue', 'other', 'other', "Clicco e sparisce\n\nCiao come mai sul mio HA quando clicco per attivare power control, sparisce poi l'icona e mi dice entità non trovata? In effetti il comando di attivazione lo esegue regolarmente.", False, 'it'),
    ('https://github.com/andbad/HA_PowerControl/issues/107', 'issue', 'other', 'none', "Prova ad eliminare l'integrazione e riaggiungerla. Ti chiederà se vuoi ricaricare la vecchia configurazione così non devi rifarla da zero.\nDovrebbe risolvere il tuo problema.\n\nBy(t)e", False, 'it'),
    ('https://github.com/andbad/HA_PowerControl/issues/107', 'issue', 'other', 'none', 'Grande ha funzionato, grazie :-)', False, 'it'),
    ('https://github.com/andbad/HA_PowerControl/issues/12', 'issue', 'other', 'other', 'Errore aggiorna lista controllo carichi\n\nCiao Mauro e complimenti per il tuo lavoro! Ho aggiornato HA e il tuo package all’ ultima versione presa da GitHub. Ho un problema il registro mi da questi due errori, ma smanettando un pò non riesco a capire quale può essere il problema. Puoi aiutarmi?', False, 'it'),
    ('https://github.com/andbad/HA_PowerControl/issues/12', 'issue', 'other', 'none', "Ciao,\nti ringrazio per i complimenti, ma non mi chiamo Mauro e nel mio package non c'è un'automazione con quel nome.\n\nImmagino tu stia cercando di usare questo package:\nhttps://hassiohelp.eu/2020/10/14/nuovo-controllo-carichi/\n\nTi conviene chiedere lì, dunque non ho modo di aiutarti. ☺️\n\nBy(t)e", False, 'it'),
    ('https://github.com/andbad/HA_PowerControl/issues/12', 'issue', 'other', 'none', 'Hai ragione scusami!!!!!  Si stavo usando proprio quel package li e cercando tra le repository pensavo fosse questa :( Adesso ho visto che questo è un altro package.. Sorry!\nVisto che sono capitato qua per caso voglio provare il tuo package mi sembra molto valido! Grazie e scusa di nuovo :)', False, 'it'),
    ('https://github.com/andbad/HA_PowerControl/issues/63', 'issue', 'other', 'other', 'mantini_spento_n non funziona\n\nho problemi con la lavatrice\ne Power Control v.3.70\nad esigenza la spegne ma ad esigenza rientrata non la riaccende', False, 'it'),
    ('https://github.com/Home-Assistant-Pro-Team/Power-Control-HomeAssistant/issues/1', 'issue', 'other', 'other', 'Errore in avvio di HA\n\nCiao, ho installato e configurato come indicato il package ma al riavvio di HA nel log appaiono questi errori:', False, 'it'),
    ('https://github.com/Andre0512/hon/issues/305', 'issue', 'complaint', 'other', "Configurazione non riuscita\n\nCon l'ultimo aggiornamento di home assistant mi sono ritrovato questo problema", False, 'it'),
    ('https://github.com/Andre0512/hon/issues/305', 'issue', 'other', 'none', 'prova se questo funziona per te: https://github.com/Andre0512/hon/issues/303#issuecomment-2968229369', False, 'it'),
    ('https://github.com/Andre0512/hon/issues/305', 'issue', 'other', 'none', 'Alla riga 58, controlla la formattazione. A me ora funziona, ma le entità si aggiornano con molto ritardo.', False, 'it'),
    ('https://github.com/OCA/bank-statement-import/issues/709', 'issue', 'other', 'none', 'Buongiorno a tutti,\ndopo aver mappato l\'estratto conto in .csv da importare, il sistema non me lo fa fare perchè mi da il seguente errore: "data in not in list" ma la data è presente.\n\nPotete darmi un suggerimento?\n\nGrazie', False, 'it'),
    ('https://github.com/vipial1/BAXI_thermostat/issues/9', 'issue', 'complaint', 'other', "pairing error\n\nit worked about two weeks\nintegration gives me pairing error:\n\n> Questo errore ha avuto origine da un'integrazione personalizzata.\n\nLogger: custom_components.baxi_thermostat.BaxiAPI\nSource: custom_components/baxi_thermostat/BaxiAPI.py:108\nIntegration: BAXI Thermostat (documentation)\nFirst occurred: 21:22:30 (1 occurrences)\nLast logged: 21:22:30\n\nERROR with post request to https://ruapi.remoteapp.bdrthermea.com/v1.0/pairings: 480", False),
    ('https://github.com/fustom/ariston-remotethermo-home-assistant-v3/issues/433', 'issue', 'complaint', 'other', "[BUG] Ariston is down? Neither the integration nor the app access my account/water heater.\n\nHome Assistant has lost access to the water heater for 6 hours now and if I try to access it through the app I am logged out and can't login in.\n\nIs anyone seeing this too?", False),
    ('https://github.com/fustom/ariston-remotethermo-home-assistant-v3/issues/433', 'issue', 'complaint', 'other', 'Here the same problem. Both the Home Assistant integration and the app are not working.', False),
    ('https://github.com/fustom/ariston-remotethermo-home-assistant-v3/issues/433', 'issue', 'complaint', 'other', 'Same here. I notified elco (their german brand using the same backends) via their support email.', False),
    ('https://github.com/fustom/ariston-remotethermo-home-assistant-v3/issues/433', 'issue', 'complaint', 'none', 'Same here. Sadly they do not support local control.', False),
    ('https://github.com/fustom/ariston-remotethermo-home-assistant-v3/issues/433', 'issue', 'other', 'none', 'it would be good if we can go to a non cloud based system, what will happen when they pull the plug and stop support  :-(', False),
    ('https://github.com/fustom/ariston-remotethermo-home-assistant-v3/issues/433', 'issue', 'complaint', 'none', 'Precisely last weekend I implemented several automations in my water heater and I thought I had been banned or something for using the API a lot, I hope that a local control will be possible in the future.', False),
    ('https://github.com/Robbe-B/maestro_mcz/issues/199', 'issue', 'complaint', 'other', "Integration won't working since new wifi ssid\n\nHello,\n\nI am experiencing an issue since the SSID of the Wi-Fi network to which the MCZ Stream stove is connected was changed.\n\nIn fact, everything had been working fine for months, but after changing the network name on the same hardware (Fritz!Box), the integration no longer starts. I get the following error message:\n\n_Configuration failed, retrying:\nCheck the logs_", False),
    ('https://github.com/Robbe-B/maestro_mcz/issues/199', 'issue', 'complaint', 'other', "The MCZ app that connects to the cloud doesn't work for me either. MCZ Maestro Upgrade.\n\nHowever, the older MCZ Maestro app, which doesn't rely on the cloud and connects directly to the stove, does work.", False),
    ('https://github.com/Robbe-B/maestro_mcz/issues/199', 'issue', 'complaint', 'none', 'This is terrible, especially now during winter time.\nThe intergation does not work for me anymore either.', False),
    ('https://github.com/sergioteula/python-amazon-paapi/issues/144', 'issue', 'complaint', 'other', 'Error 403\n\nHello,\nfrom yesterday night my script wont work anymore error is:\nStarting script\n--- Fetching pagina 1 ---\nErrore nel fetch pagina 1: Request failed with status 403 - {"message":"Your account does not currently meet the eligibility requirements.","reason":"AssociateNotEligible","type":"AccessDeniedException"}\n\nusing creators api\n\nCan you help me?', False),
    ('https://github.com/sergioteula/python-amazon-paapi/issues/144', 'issue', 'other', 'none', 'As the error says, your account does not meet the requirements to use the API, so nothing we can do from here, sorry.', False),
    ('https://github.com/jorgerosal/amazon-paapi/issues/7', 'issue', 'complaint', 'other', "401 error\n\nHi, thank you very much for creating this script. I was trying to use it but I get this error:\n\nstatus: 401,\n      text: '{\"__type\":\"com.amazon.paapi5#UnrecognizedClientException\",\"Errors\":[{\"Code\":\"UnrecognizedClient\",\"Message\":\"The Access Key ID or security token included in the request is invalid.\"}]}',\n      method: 'POST',\n      path: '/paapi5/searchitems'\n\nI tested the credentials on amazon Scratchpad and they work regularly.\n\nhow can i solve?\neverything is hosted on a raspberry pi3.", False),
    ('https://github.com/jorgerosal/amazon-paapi/issues/7', 'issue', 'other', 'none', 'risolto', False, 'it'),
    ('https://github.com/jorgerosal/amazon-paapi/issues/16', 'issue', 'complaint', 'none', 'Same here, in my [previous comment](https://github.com/jorgerosal/amazon-paapi/issues/8#issuecomment-884367291) I said that with that package.json the problem automagically disappears... now magically it has reappeared.\nI have a bot for Telegram and now unfortunately I have to stop it again 😔', False),
    ('https://github.com/mautic/mautic/issues/7371', 'issue', 'other', 'other', 'Hi @Arkango this is an issue with Aruba, not mautic. Please contact their support.\nAre you sure you validated the usage of the domain name bu this router ? Most of the time you need to configure your DNS to authorize the router to send emails on your behalf. If this is not done, the router blocks the emails.', False),
]
