# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 336 (mine-deit16): GERMAN (43 rows, 'de') and ITALIAN (37 rows, 'it') real messages, issue
# and forum voice, about a login, cloud connection, token/API key, certificate or data download
# between two systems failing now, with near misses from the same threads and sites.
# Sources (each repository, thread and page checked with grep -F against tools/real/*.py; none was
# used by an earlier batch):
# German - ioBroker adapters: Apollon77/ioBroker.tuya (#67 #58 #237 #268 #526), TA2k/ioBroker.bmw
# (#297 #72 #38), PArns/ioBroker.netatmo (#204), foxthefox/ioBroker.fritzdect (#79 #97 #484 #82
# #199 #61 #137 #233), iobroker-community-adapters/ioBroker.wolf-smartset (#295 #241 #249 #201),
# iobroker-community-adapters/ioBroker.tesla-motors (#364), dbweb-ch/ioBroker.tesla-motors (#112),
# smaragdschlange/ioBroker.nuki (#83), iobroker-community-adapters/ioBroker.shelly (#779 #786
# #1543 #88 #463); seydx/homebridge-fritz-platform (#42); fredericvl/py-agua-iot (#42).
# Italian - italia/spid-keycloak-provider (#6 #17 #53 #13), WPGov/wp-spid-italia (#82 #4 #24 #78),
# italia/spid-saml-check (#134), italia/spid-cie-oidc-php (#15), italia/spid-cie-oidc-django
# (#326), italia/cie-middleware (#92 #129), link-it/govway (#61 #9 #104 #180 #264; note: this is
# GovWay, not link-it/govpay which b313 used), FatturaElettronica/FatturaElettronica.NET (#187),
# virtualdj/pun_sensor (#34 #87 #106 #64; a Home Assistant integration that logs in to
# mercatoelettrico.org); pages: tuxnews.it, navigaweb.net and teleclubitalia.it on SPID
# authentication errors.
# Complaints (38): "Es besteht keine Verbindung zu tuya", "Keine Verbindung möglich - Probleme mit
# SmartLife", Tuya sensor values no longer updated since the adapter update, BMW "BMW CarData
# authentication failed" ("Bei mir ist es das gleiche Ergebnis"), "Nun halt nicht mehr",
# "AxiosError ... 401", "Hab den selben Fehler", fritzdect "Kein Login mehr ... Kennwort falsch",
# "seit Wochen bekomme ich keine Verbindung mehr", "Nun kann der Adapter keine Geräte mehr
# finden", "failed to login, wrong user name or password", homebridge-fritz "Kommunikation mit der
# Fritzbox", Wolf "API REFRESH TOKEN ERROR", "read ECONNRESET", Tesla "Seit gestern ist mein Token
# abgelaufen ... redirect_uri", "Ich habe das gleiche Problem", Shelly "http passwort falsch",
# "Wrong MQTT authentification", "Keine Verbindung zur Cloud"; SPID/Keycloak "errore di
# validazione" and "sto avendo lo stesso problema", "Errore annulla login idp", WordPress SPID "Si
# è verificato un errore durante l'accesso SPID" and "Formato richiesta non corretto", CIE OIDC
# "Failed to establish the Trust", CIE middleware "Carta abbinata ma non riconosciuta in login",
# GovWay/SdI "unable to find valid certification path", GovWay/INPS "APIUnavailable", "Test
# connettività fallito", ISEE "autenticazione fallita", pun_sensor "non scarica i dati", "confermo
# che non si apre", "Anche io ... Ancora non va", "non mi sta caricando i dati di domani".
# Near misses (42): maintainers' questions and requests for logs (Apollon77, foxthefox, lscorcia,
# damikael, milesimarco, marklar79, aantetomaso, ChrMaass, virtualdj), works-now and my-mistake
# follow-ups ("nach Installation der github-Version klappt es wieder", "jetzt geht es wieder",
# "erl. mit V 2.8.3", "Fehler ist gefunden", "Come non detto ... certificato scaduto", "Problema
# risolto", "Ora pare risolto", the Shelly NTP fix), a how-to (Netatmo "Login mit Netatmo" steps;
# "wie bekomme ich den Shelly dazu, lokal ... zu quatschen?"), feature requests (Wolf direct ISM7
# connection instead of the portal; PUN orario), a status display that is wrong while everything
# works (Tuya "funktioniert aber"), a device's own WLAN drop (Wolf module), a UI change in
# Keycloak, a plugin's own bug (WordPress SPID metadata 500), a config-form error with "Gleiches
# Problem bei mir" (py-agua-iot #42 - the form rejects a field, no connection involved), token
# read-out failing on one tablet, SDI content validation (00403), missing attributes of a working
# SPID login, and three Italian help/news pages on SPID errors.
# Doubts: sign-in to a service through SPID/CIE while an integration is being set up (Keycloak,
# WordPress, CIE OIDC) is labelled complaint, as in b325 - the service provider and the identity
# provider are two systems and the authentication between them fails. Shelly #463 (no cloud
# connection; the maintainer answers that the adapter only connects locally) keeps the report as a
# complaint and the answer and follow-up as other. pun_sensor #34: the maintainer's "Anche a me
# non va ... È comunque un problema di rete" is other (a maintainer diagnosing), the users'
# "confermo che non si apre" and "Ancora non va" are +1 complaints on the integration's download
# failing. Shelly #779 and fritzdect #484/#137 skip the English bug-template parts: #779 joins its
# title to the first body line, leaving out the check boxes between them; #484 and #137 start at
# the body sentence after "**Describe the bug**".
# Languages: every row is tagged 'de' or 'it'; rows quote machine log lines or an English error
# string (e.g. "AxiosError: Request failed with status code 401", "The 'redirect_uri' supplied is
# not registered", "Wrong MQTT authentification"), which the brief allows; no row mixes German or
# Italian prose with English prose, so none is left untagged.
# Integration: 'other' where the excerpt names the product whose connection it is about (Tuya,
# BMW, Netatmo, Fritzbox, Wolf, Tesla, Shelly, SPID/CIE/Keycloak, SdI, INPS, ISEE...), 'none'
# where it names none.
# No exposure. Size: 80 rows (asked ~75: ~40 de / ~35 it); 57 threads; complaints 47.5%.
# No SHORTFALL. Italian issue text outside the Italian public-administration repositories (most of
# which earlier batches already used: italia/spid, spid-cie-php, anpr, ansc, pdnd-interop,
# it-fse-support, ClasseViva and Argo clients, tis24dev/addhOn, gvigroux/hon) is scarce in the
# index, so the Italian half leans on SPID/CIE/GovWay integrations plus one Home Assistant
# integration (pun_sensor).
ROWS = [
# --- Apollon77/ioBroker.tuya ---
('https://github.com/Apollon77/ioBroker.tuya/issues/67', 'issue', 'complaint', 'none', 'Hi, ich habe den gleiche Fehler wie oben beschrieben.\nZertifikat installiert, Proxy eingerichtet, App geöffnet, jedoch verbindet er nicht und die App zeigt einen Netzwerkverbindungsfehler.', False, 'de'),
('https://github.com/Apollon77/ioBroker.tuya/issues/67', 'issue', 'other', 'none', 'Ich habe mal ansätze aus https://github.com/joeferner/node-http-mitm-proxy/issues/165 versucht ... Bitte 3.0.1 vom GitHub versuchen', False, 'de'),
('https://github.com/Apollon77/ioBroker.tuya/issues/58', 'issue', 'complaint', 'other', 'Es besteht keine Verbindung zu tuya\n\nNachdem ich mittels eines Android Gerätes die Geräte in den ioBroker bekommen habe, besteht nun laut ioBroker keine Verbindung zu Tuya...', False, 'de'),
('https://github.com/Apollon77/ioBroker.tuya/issues/58', 'issue', 'other', 'none', 'Bitte logging auf debug stellen und vorher nochmal neu vom GitHub installieren. \n\nDebug log unter Instanzen - expertenmodus, dort Spalte Logstufe.', False, 'de'),
('https://github.com/Apollon77/ioBroker.tuya/issues/237', 'issue', 'complaint', 'other', 'Keine Verbindung möglich - Probleme mit SmartLife v.3.21.5\n\nHallo, ich bin noch recht neu was das Thema ioBroker angeht. Habe nun versucht der Adapter zum laufen zu bringen - leider ohne erfolg. Habe alles entsprechend der Anleitung befolgt.', False, 'de'),
('https://github.com/Apollon77/ioBroker.tuya/issues/268', 'issue', 'complaint', 'other', 'Seit Update des Adapters keine aktuellen Werte von meinem Tuya-Lichtsensor mehr\n\nHallo Apollon77,\nich nutze den Tuya-Adapter bisher ohne größere Probleme mit meinen WLAN-Steckdosen und einem WLAN-Lichtsensor.\nSeit den letzten beiden Updates des Adapters werden die Datenpunkte für die Lux-Werte des Sensors nicht mehr aktualisiert, lediglich beim Neustart des Adapters.', False, 'de'),
('https://github.com/Apollon77/ioBroker.tuya/issues/268', 'issue', 'other', 'none', 'Vielen Dank,\nnach Installation der github-Version klappt es wieder!', False, 'de'),
('https://github.com/Apollon77/ioBroker.tuya/issues/526', 'issue', 'other', 'none', 'Verbunden mit Gerät oder Dienst mit Warnung - funktioniert aber\n\n"Verbunden mit Gerät oder Dienst" hat immer rotes X, Gerät funktioniert aber problemlos über Yahka', False, 'de'),
('https://github.com/Apollon77/ioBroker.tuya/issues/526', 'issue', 'other', 'other', 'Wenn kein Gerät verbunden ist dann kann wohl keine lokale verbidnung hergestellt werden. Achtung: Bei Tuya kann immer nur EINER lokal verbinden ... also wenn da noch ein homebridge plugin oder die Tuya App offen ist dann kann das schn die ursache sein. Das ist im Log alles ersichtlich.\n\nAlso bitte mehr Details und ggf Log zeigen', False, 'de'),
# --- TA2k/ioBroker.bmw ---
('https://github.com/TA2k/ioBroker.bmw/issues/297', 'issue', 'complaint', 'other', 'Bei mir ist es das gleiche Ergebnis. \n\nbmw.0 | 2026-08-02 14:51:21.562 | error | BMW CarData authentication failed', False, 'de'),
('https://github.com/TA2k/ioBroker.bmw/issues/72', 'issue', 'complaint', 'none', 'Hatte ich schon einmal. Damals musste ich user und pass neu eingeben; dann ging es.\nNun halt nicht mehr.\n\nJemand eine Idee ?', False, 'de'),
('https://github.com/TA2k/ioBroker.bmw/issues/72', 'issue', 'other', 'none', 'erl. mit V 2.8.3', False, 'de'),
('https://github.com/TA2k/ioBroker.bmw/issues/38', 'issue', 'complaint', 'other', 'AxiosError: Request failed with status code 401\n\nBMW Fahrzeug wurde  in letzter Version angezeigt, aber Inhalte nicht mehr aktualisiert.\nADAPTER gelöscht und neue Version erneut installiert. --Y Host und Lebeszeichen grün, aber Verbunden mit Gerät oder Dienst rot\n\nBMW-PW abgeändert, gleiches Ergebnis', False, 'de'),
('https://github.com/TA2k/ioBroker.bmw/issues/38', 'issue', 'complaint', 'none', 'Hab den selben Fehler:\n\n`bmw.0\n\t2023-09-22 17:55:06.504\terror\tundefined\nbmw.0\n\t2023-09-22 17:55:06.504\terror\tStart relogin in 5min\nbmw.0\n\t2023-09-22 17:55:06.504\terror\tPlease check username and password or too many logins in 5 minutes', False, 'de'),
# --- PArns/ioBroker.netatmo ---
('https://github.com/PArns/ioBroker.netatmo/issues/204', 'issue', 'other', 'other', 'Du gehst in ioBroker in den Admin (Das ist die normale Web Oberfläche zur Konfiguration).\nDort in die Konfiguration der Netatmo Instanz. Dort alle Features prüfen das alles angehakt ist was du brauchst.\nDann Klickst du den grrossen Button "Login mit Netatmo" ... dann geht ein Fentser auf - falls nicht Popup Blocker prüfen. Dort einloggen und Berechtigungen freigeben. Dann kommt eine Ok meldung.', False, 'de'),
('https://github.com/PArns/ioBroker.netatmo/issues/204', 'issue', 'other', 'other', 'ok, das dürfte das problem gewesen sein…\njetzt geht es wieder! .. hatte aber direkt auf der netatmo seite zig mal probiert, alles zu refreshen… ohne erfolg!\n\naber mit der anleitung von dir, passt das jetzt!\n\nSorry für die Umstände!', False, 'de'),
# --- italia/spid-keycloak-provider ---
('https://github.com/italia/spid-keycloak-provider/issues/6', 'issue', 'complaint', 'other', 'Errore di validazione\n\nCiao Luca,\nutilizzando la versione 12.0.3 di keycloak e seguendo le indicazioni del Wiki ho provato ad effettuare un test di autenticazione SPID riscontrato però il seguente errore di validazione:\n\nAuthnRequest/RequestedAuthnContext | required key not provided\n\nSapresti dirmi, per favore, da cosa possa dipendere questo errore?', False, 'it'),
('https://github.com/italia/spid-keycloak-provider/issues/6', 'issue', 'other', 'other', "Ciao!\nTi sei ricordato di inserire il livello SPID nella sezione apposita della configurazione dell'Identity Provider?", False, 'it'),
('https://github.com/italia/spid-keycloak-provider/issues/6', 'issue', 'complaint', 'other', "Ciao,\nsto avendo lo stesso problema riportato sopra e nel mio caso non sembra essere dovuto ad una semplice dimenticanza.\nHo notato che in alcuni deployment di keycloak (ad esempio tramite le charts di codecentric su kubernetes per sfruttare le replicazioni) la parte dell'authncontext non viene correttamente riconosciuta e inoltre non è sembra possibile salvare una ClassRefs sebbene il salvataggio delle configurazioni non generi errore.\nIn pratica, quando vengono poi scambiati i metadati con l'ambiente di test di SPID appare effettivamente l'errore di cui sopra.", False, 'it'),
('https://github.com/italia/spid-keycloak-provider/issues/17', 'issue', 'complaint', 'other', "Errore annulla login idp\n\nFacendo annulla dalla maschera di login dell'idp di test (sto usando un container in locale di spid-testenv2) ho questa schermata:", False, 'it'),
('https://github.com/italia/spid-keycloak-provider/issues/53', 'issue', 'other', 'none', 'Problema legato alla gui. Bisogna usare il tema keycloak e non keycloak.v2.', False, 'it'),
('https://github.com/italia/spid-keycloak-provider/issues/13', 'issue', 'other', 'none', "Come non detto, avevo una versione vecchia dell'idp in locale con un certificato scaduto", False, 'it'),
# --- WPGov/wp-spid-italia ---
('https://github.com/WPGov/wp-spid-italia/issues/82', 'issue', 'complaint', 'other', 'Errore autenticazione verso DEMO SPID con IDP TEST spid.gov.it\n\nSalve,\nsto provando a testare l\'accesso con spid simulando l\'accesso verso Demo SPID  con l\'Idp di test spid.gov.it.\nUna volta che inserisco le credenziali di test fornite da demo spid( per esempio cesare/password123) ottengo correttamente i metadati ma quando clicco su Conferma il redirect sul mio portale ritorna errore "Si è verificato un errore durante l\'accesso SPID. Contattare l\'amministratore per maggiori informazioni."', False, 'it'),
('https://github.com/WPGov/wp-spid-italia/issues/82', 'issue', 'other', 'other', 'Problema risolto.\nHo scaricato ultimo metadata xml idp_demo.xml per ipdtest da https://demo.spid.gov.it/metadata.xml e sostituito nel plugin.', False, 'it'),
('https://github.com/WPGov/wp-spid-italia/issues/4', 'issue', 'complaint', 'other', 'Errore Login\n\nSalve, ho installato e configurato Spid ed è andato tutto bene, nessun errore, ma quando provo ad effettuare il login mi da, per tutti i servizi, lo stesso errore: Error, Formato richiesta non corretto - Contattare il gestore del servizio. Potete aiutarmi a risolvere, grazie e complimenti per il lavoro svolto.', False, 'it'),
('https://github.com/WPGov/wp-spid-italia/issues/4', 'issue', 'other', 'none', 'Chiedo scusa, ma non avevo notato la Procedura tecnica, presumo che non funzioni per la mancata comunicazione dei metadati. Saluti.', False, 'it'),
('https://github.com/WPGov/wp-spid-italia/issues/24', 'issue', 'other', 'none', "Buonasera,\nverifichi la corretta compilazione dei dati e che con l'ambiente demo il flusso di accesso funzioni.\n\nSe ciò non dovesse funzionare, può inviarmi l'url del metadata tramite email per una verifica.", False, 'it'),
('https://github.com/WPGov/wp-spid-italia/issues/78', 'issue', 'other', 'other', 'Errore nella generazione del metadata SPID su Wordpress 6.7.2\n\nBuonasera,\nho installato il plugin su un WP versione 6.7.2 e ho trovate diverse difficoltà.\n\n1) il plugin su WP 6.7.2 non riesce a generare i certificati necessari... (problema bypassato con la generazione manuale del certificato con OpenSSL)\n\n2) il plugin sempre su WP 6.7.2 da un errore 500 quando cerchi di visualizzare il metadata.', False, 'it'),
# --- italia/spid-saml-check ---
('https://github.com/italia/spid-saml-check/issues/134', 'issue', 'other', 'none', "Metadata\n\nSalve,\nin seguito all'ultimo aggiornamento vedo che ad ogni test ora è necessario reinserire la url dei metadati. E' un comportamento voluto?\nGrazie per la disponibilità", False, 'it'),
# --- italia/spid-cie-oidc-php ---
('https://github.com/italia/spid-cie-oidc-php/issues/15', 'issue', 'complaint', 'other', 'Errore "Failed to establish the Trust" all\'invio della richiesta al sistema di federazione di test\n\nSalve, \nho fatto il setup del progetto https://github.com/italia/spid-cie-oidc-django#setup e funziona tutto correttamente, riesco a fare un login con SPID. \n\nInvece se mando la richiesta da questo progetto ottengo questo errore', False, 'it'),
('https://github.com/italia/spid-cie-oidc-php/issues/15', 'issue', 'other', 'none', 'Buongiorno @evelina-a ,\nassicurati di aver registrato correttamente il RP sul pannello di amministrazione del TA esposto da spid-cie-oidc-django.', False, 'it'),
# --- foxthefox/ioBroker.fritzdect ---
('https://github.com/foxthefox/ioBroker.fritzdect/issues/79', 'issue', 'complaint', 'other', 'Fritzdect nur noch mit neuem Nutzer funktionsfähig\n\nSeit dem Update auf Admin 4.0.9 und js-controller 3.17 gibt fritzdect immer wieder Fehlermeldungen wie diese aus.\n\nDiese ist nur durch einen Workaround zu beheben, wenn man in der Fritzbox einen neuen Nutzer anlegt.\n\nJedes starten und stoppen der Instanz, setzt den Workaround wieder zurück und man bekommt erneut diese Fehlermeldungen.', False, 'de'),
('https://github.com/foxthefox/ioBroker.fritzdect/issues/97', 'issue', 'other', 'none', 'so scheinbar geht es nun habe VPN rausgenommen und zugang aus dem Internet auch :-)\n\nna nun schauen wir mal .. fals es neuigkeiten gibt melde ich mich.', False, 'de'),
('https://github.com/foxthefox/ioBroker.fritzdect/issues/484', 'issue', 'complaint', 'other', 'Der ioBroker kann seit heute keinen Login mehr auf der Fritzbox durchführen und meldet, dass das Kennwort falsch wäre.', False, 'de'),
('https://github.com/foxthefox/ioBroker.fritzdect/issues/82', 'issue', 'complaint', 'other', 'Keine Verbindung\n\nIch brauche bitte Hilfe seit Wochen bekomme ich keine Verbindung mehr. habe schon den Adapter neuinstalliert.  die Fritzbox zurückgesetzt. Labor Version oder letzte 7.12 OS. AVM 7590. Es kommt immer der Fehler.', False, 'de'),
('https://github.com/foxthefox/ioBroker.fritzdect/issues/82', 'issue', 'other', 'none', 'Fehler ist gefunden kann geschlossen werden\n\nMit freundlichen Grüßen\nJokerschwab', False, 'de'),
('https://github.com/foxthefox/ioBroker.fritzdect/issues/199', 'issue', 'complaint', 'other', 'ioBroker aktuell und 6890 LTE 07.28 fkt. nicht mehr ?\n\nHallo,\nich habe ioBroker komplett upgedated inkl. Node JS, Adapter usw. Kompletter aktueller Stand.\nDie Fritz hat in der Nacht ein autom. Update von 7.21 auf 7.28 erhalten.\nNun kann der Adapter keine Geräte mehr finden.', False, 'de'),
('https://github.com/foxthefox/ioBroker.fritzdect/issues/61', 'issue', 'other', 'other', 'Du meldest dich aber an der FritzBox oberfläche mit Benutzer und Passwort an? Nicht nur Passwort, weil das ja nicht funzt.', False, 'de'),
('https://github.com/foxthefox/ioBroker.fritzdect/issues/137', 'issue', 'complaint', 'other', 'Seit dem Update kommt es wieder alle paar Stunden zu Verbindungsfehlern:\n\nfritzdect.0 | 2021-03-17 21:05:31.039 | error | (4185) no response part in returned message\n-- | -- | -- | --\nfritzdect.0 | 2021-03-17 21:05:31.038 | error | (4185) fritzbox returned this {"msg":"failed to login, wrong user name or password","function":"send_response","error":"0000000000000000"}', False, 'de'),
('https://github.com/foxthefox/ioBroker.fritzdect/issues/233', 'issue', 'complaint', 'none', 'Hallo, ich bekomme immer diesen Fehler im Protokoll angezeigt. Benutzername und Passwort habe ich schon mehrfach überprüft, ohne erfolg. Gibt es irgendwas das ich noch tun kann?', False, 'de'),
('https://github.com/foxthefox/ioBroker.fritzdect/issues/233', 'issue', 'other', 'other', 'was sagt denn die Fritzbox unter Ereignisse?', False, 'de'),
# --- seydx/homebridge-fritz-platform ---
('https://github.com/seydx/homebridge-fritz-platform/issues/42', 'issue', 'complaint', 'other', 'Es sieht aber auch so aus, als würde die grundsätzliche Kommunikation mit der Fritzbox Schwierigkeiten bereiten. Zwar steht im Log die Meldung "Successfully logged in", es kommen aber auch Fehler:', False, 'de'),
# --- fredericvl/py-agua-iot ---
('https://github.com/fredericvl/py-agua-iot/issues/42', 'issue', 'other', 'none', 'Gleiches Problem bei mir, komme auch nicht weiter.', False, 'de'),
# --- Italian help and news pages on SPID errors ---
('https://tuxnews.it/errore-autenticazione-spid-come-risolvere/', 'forum', 'other', 'other', 'Ripetuta inserzione di credenziali errate (ErrorCode nr19) Problema: L’errore nr19 indica che l’autenticazione ha fallito a causa di ripetuti tentativi con credenziali errate. Soluzione: Verificare l’esattezza delle credenziali. Se il problema persiste nonostante le credenziali corrette, è consigliato contattare il fornitore SPID.', False, 'it'),
('https://www.navigaweb.net/2020/12/problemi-di-accesso-con-spid-come.html', 'forum', 'other', 'other', 'Il messaggio di "Credenziali non valide" appare talvolta anche quando si è certi di aver digitato correttamente. I sistemi di sicurezza SPID sono estremamente rigidi: dopo un numero limitato di tentativi falliti (solitamente tre o cinque), l\'account viene congelato per 30 minuti.', False, 'it'),
('https://www.teleclubitalia.it/207828/caos-bonus-mobilita-laccesso-spid-non-funziona-utenti-in-attesa-da-ore/', 'forum', 'other', 'other', 'Numerosi utenti non stanno riuscendo ad autenticarsi all’interno del sito allestito dal ministero dell’Ambiente per richiedere il bonus previsto per l’acquisto di bici, monopattini.\n\nLe segnalazioni parlano tutte di errori ricevuti dai rispettivi provider SPID, ovvero gli enti accreditati che dovrebbero confermare al governo l’identità di chi richiede i fondi, consentendo l’erogazione.', False, 'it'),
# --- italia/cie-middleware ---
('https://github.com/italia/cie-middleware/issues/92', 'issue', 'complaint', 'other', 'Carta abbinata ma non riconosciuta in login\n\nCiao a tutti, sono riuscito ad abbinare correttamente la carta al middleware CIE ma nel momento in cui apro un sito che richiedere accesso con CIE ricevo la pagina  di seguito.', False, 'it'),
('https://github.com/italia/cie-middleware/issues/92', 'issue', 'other', 'none', 'Hai provato a cancellare la caxhe del browser?\nChe antivirus hai installato? Io ho avuto problemi con Kaspersky', False, 'it'),
('https://github.com/italia/cie-middleware/issues/129', 'issue', 'other', 'other', "Purtroppo la segnalazione è troppo generica. Non siamo a conoscenza di CIE difettose, l'anomalia lamentata potrebbe dipendere da diversi fattori (non corretta configurazione del Software CIE, lettore acquistato, antenna del chip RF che si è guastata). Verifica CIE si riferisce solo ad una partita del 2018 dichiarata difettosa. Non ce ne sono state altre.", False, 'it'),
# --- iobroker-community-adapters/ioBroker.wolf-smartset ---
('https://github.com/iobroker-community-adapters/ioBroker.wolf-smartset/issues/295', 'issue', 'complaint', 'other', 'API REFRESH TOKEN ERROR: login_required: undefined\n\nHabe ein ISM7 und einen Account für die Wolf Cloud, wo ich mein Gerät registriert habe.', False, 'de'),
('https://github.com/iobroker-community-adapters/ioBroker.wolf-smartset/issues/241', 'issue', 'other', 'other', 'Da ich hier von den 20 Minuten lese:\nMein Modul klingt sich auch regelmäßig mal für genau 20 Minuten aus dem WLAN der Fritzbox aus. Da ich Probleme mit den Werten in diesem Fall hatte habe ich das Issue #48 damals eröffnet. \nBis heute konnte ich das Problem nicht ausfindig machen. In den 20 Minuten funktioniert dann aber auch der Zugriff per Wolf App nicht.', False, 'de'),
('https://github.com/iobroker-community-adapters/ioBroker.wolf-smartset/issues/249', 'issue', 'other', 'other', 'direkte Datenverbindung statt Portal ?\n\nkein Bug des Adapters\n\nProblem:\nDer Portalserver von Wolf ist extrem oft nicht erreichbar. Wäre es möglich in den Adapter eine Direktverbindung zum ISM7 einzubauen um die Daten zu sammeln? Die Wolf-App kann diese lokale Verbindung.', False, 'de'),
('https://github.com/iobroker-community-adapters/ioBroker.wolf-smartset/issues/201', 'issue', 'complaint', 'none', "massenhaft Fehler im LOG\n\n Ich habe unzähligemal am Tag diese 2 Fehlermeldungn\n\nTypeError: Cannot read properties of undefined (reading 'Values')\n\n API GET GUI DESK. ERROR: Error: read ECONNRESET\n\nWie bringe ich dies weg?", False, 'de'),
# --- link-it/govway ---
('https://github.com/link-it/govway/issues/61', 'issue', 'complaint', 'other', 'Errore durante fruizione SdIRiceviFile "unable to find valid certification path to requested target"\n\nBuongiorno,\nchiedo gentilmente supporto per la configurazione della govlet Fatturazione Attiva, in merito alla creazione del keystore .jks.\nHo seguito quanto descritto qui https://github.com/link-it/govway/issues/9 per creare il keystore ma purtroppo ricevo questo messaggio d\'errore nella console di monitoraggio in seguito all\'invio di una fattura verso https://testservizi.fatturapa.it/ricevi_file:', False, 'it'),
('https://github.com/link-it/govway/issues/9', 'issue', 'other', 'other', 'Dovresti avere due certificati: SDI-Client.cer e SDI-Server.cer , immagino che ti riferisca ad uno di questi due quando parli di SDI-pIva.cer.', False, 'it'),
# --- FatturaElettronica/FatturaElettronica.NET ---
('https://github.com/FatturaElettronica/FatturaElettronica.NET/issues/187', 'issue', 'other', 'none', "Segnalazione errore 00403\n\nBuongiorno,\nvolevo suggerire l'implementazione del controllo 00403 o se già implementato esso presenta un'anomalia nella validazione del file XML.", False, 'it'),
# --- link-it/govway ---
('https://github.com/link-it/govway/issues/104', 'issue', 'complaint', 'other', 'Errore di chiamata\n\nstiamo eseguendo l\'aggiornamento al nuovo software di GOVWAY per le chiamate a MODI. Per ora abbiamo solamente eseguito lo switch da scpcoop a GOVWAY, richiamando sempre in SOAP al solo scopo di poter verificare il corretto funzionamento di GOVWAY.\n\nEffettuando la chiamata a  AssegnoUnicoUniversale v1  riceviamo il seguente errore:\n<ns2:exception code="APIUnavailable" description="The API Implementation is temporary unavailable" type="integration"/>', False, 'it'),
('https://github.com/link-it/govway/issues/104', 'issue', 'other', 'other', "Quest'errore, solitamente, puo avere due cause:\n1. il certificato client che state utilizzando non risulta censito in ambiente INPS\n2. il connettore non è correttamente configurato per l'autenticazione https client e quindi il vostro certificato non arriva proprio a INPS.", False, 'it'),
('https://github.com/link-it/govway/issues/180', 'issue', 'complaint', 'none', 'Test connettività fallito [httpCode 500] Servizio non disponibile\n\n**Descrizione del Bug**\nProfilo MODI erogazione su servizio di test in locale su HTTP tutto ok. Nel momento in cui ho provato ad agganciare ad un "Erogazione" un "Connettore" https la prima volta che ho eseguito il test di connettività ha restituito un errore CSRF poi la seconda volta un errore \'Test connettività fallito [httpCode 500] Servizio non disponibile\'.', False, 'it'),
('https://github.com/link-it/govway/issues/264', 'issue', 'complaint', 'other', 'Ho necessità di capire cosa non va in questa chiamata "govway_id":"e4916bcc-be28-11f0-b773-0050569b2937"\n\nBuongiorno, a seguito di una chiamata SOAP per ricevere ISEE mi viene restituito il messaggio di autenticazione fallita.\n\nAttendo un vostro cortese per individuarne le cause, grazie in anticipo.', False, 'it'),
# --- smaragdschlange/ioBroker.nuki ---
('https://github.com/smaragdschlange/ioBroker.nuki/issues/83', 'issue', 'other', 'other', 'Das Auslesen des Tokens mittels http://<Nuki Bridge IP>:8080/auth hat bei mir nicht funktioniert, getestet mit Chrome, Firefox und Opera über ein Android Tablett.', False, 'de'),
# --- iobroker-community-adapters/ioBroker.tesla-motors ---
('https://github.com/iobroker-community-adapters/ioBroker.tesla-motors/issues/364', 'issue', 'complaint', 'other', "Das erneuern des Token in Version 1.5.0 funktioniert nicht mehr\n\nIch nutze noch die alte Version 1.5.0 da ich vom Auto nur 2 States benötige und dies bisher gut funktioniert hat. Mir ist der Umstieg wegen diesen beiden States zu aufwändig. Seit gestern ist mein Token abgelaufen. Nun wollte ich den Token verlängern und habe in den Adapter-Einstellungen auf den Link unter Schritt #1 geklickt. Jetzt wird auf der Seite folgendes angezeigt:\n\nEs ist ein Fehler aufgetreten. Bitte versuchen Sie es später erneut\nTesla Logo\nThe 'redirect_uri' supplied is not registered for this 'client_id'.", False, 'de'),
('https://github.com/iobroker-community-adapters/ioBroker.tesla-motors/issues/364', 'issue', 'other', 'other', 'Danke für die Meldung.\n\nVersion `1.5.0` nutzt noch den alten Auth-/API-Ansatz. Tesla hat diesen Bereich inzwischen geändert bzw. stärker eingeschränkt; dadurch funktioniert der alte Token-Refresh mit der früheren Redirect-URI nicht mehr zuverlässig.', False, 'de'),
# --- dbweb-ch/ioBroker.tesla-motors ---
('https://github.com/dbweb-ch/ioBroker.tesla-motors/issues/112', 'issue', 'complaint', 'none', 'Ich habe das gleiche Problem. Leider kann ich manuell auch keinen Token hinzufügen', False, 'de'),
# --- italia/spid-cie-oidc-django ---
('https://github.com/italia/spid-cie-oidc-django/issues/326', 'issue', 'other', 'other', "Ho seguito il tuo esempio e sono riuscito ad eseguire un login in locale, utilizzando i tuoi dump per quanto riguarda la parte di entity e di configurazione.\nIl login autentica lo User giusto (che ha negli attributes una mail e un fiscal_number), ma non riesco ad ottenere tutte le informazioni che scrivo negli attributes, come ad esempio il fiscal_number (l'ho provato facendo ridirezionare la callback view ad un template creato da me dove stampo attribute, value in oidc_rp_user_attrs.items). Come configuro i parametri che voglio ricevere dal Provider?", False, 'it'),
# --- virtualdj/pun_sensor ---
('https://github.com/virtualdj/pun_sensor/issues/34', 'issue', 'complaint', 'none', 'appena installato non scarica i dati, penso per lo stesso problema di connettività', False, 'it'),
('https://github.com/virtualdj/pun_sensor/issues/34', 'issue', 'other', 'none', "Connessione TIM fisso entrambi? Anche a me non va, mentre da mobile (Vodafone) sì.\nÈ comunque un problema di rete, perché l'URL non si apre neppure da browser.", False, 'it'),
('https://github.com/virtualdj/pun_sensor/issues/34', 'issue', 'complaint', 'none', 'Io sono su openfiber ma confermo che non si apre nemmeno dal browser.', False, 'it'),
('https://github.com/virtualdj/pun_sensor/issues/34', 'issue', 'complaint', 'none', 'Anche io sono su openfiber. Ancora non va.', False, 'it'),
('https://github.com/virtualdj/pun_sensor/issues/34', 'issue', 'other', 'none', 'Ora pare risolto.', False, 'it'),
('https://github.com/virtualdj/pun_sensor/issues/87', 'issue', 'complaint', 'none', '@virtualdj la candidate release non mi sta caricando i dati di domani. Sono le 22:08 e ho gli attributi popolati solo per oggi. Sia PUN che zonale. Nella vecchia versione, pre modifiche prezzi a 15 minuti, ci sono.', False, 'it'),
('https://github.com/virtualdj/pun_sensor/issues/106', 'issue', 'other', 'none', "Forse non ho capito bene la domanda o non hai letto il README... 😉\n\nGli esiti PUN li trovi negli attributi del sensore PUN Orario, per oggi e domani se l'ora di scaricamento è successiva alle 15.", False, 'it'),
('https://github.com/virtualdj/pun_sensor/issues/64', 'issue', 'other', 'none', 'PUN orario\n\nCiao, sarebbe possibile implementare questo dato?', False, 'it'),
# --- iobroker-community-adapters/ioBroker.shelly ---
('https://github.com/iobroker-community-adapters/ioBroker.shelly/issues/779', 'issue', 'complaint', 'other', 'shelly adapter meldet, dass das http passwort falsch wäre\n\nDer Adapter meldet ca. 1 mal pro Tag diesen Fehler:', False, 'de'),
('https://github.com/iobroker-community-adapters/ioBroker.shelly/issues/786', 'issue', 'complaint', 'other', 'Also ganz versteh ichs wirklich nicht. Ich denke ich hab alles richtig konfiguriert, sowohl im Adapter als auch auf meinen Shellies, die es betrifft (GEN2 bzw plus).\nAlle heiligen Zeiten kommt folgnder Error:', False, 'de'),
('https://github.com/iobroker-community-adapters/ioBroker.shelly/issues/1543', 'issue', 'other', 'other', '@mcm1957 , ich habe mehrere Shellys und nach reboot waren alle, bis auf eins, ruhig. Bei dem einen habe ich den NTP auf meinen lokalen Router geändert und seitdem habe ich von dem Shelly auch keine Meldung mehr in Log des IoBroker. Verstehe zwar nicht warum, aber das hat bei mir geholfen.', False, 'de'),
('https://github.com/iobroker-community-adapters/ioBroker.shelly/issues/88', 'issue', 'complaint', 'other', 'Wrong MQTT authentification\n\nHabe diese Woche mein iobroker auf aktuellen stand gebracht ( Node.js: v10.16.3, NPM: v6.9.0, Docker Container von buanet v3.1.2beta (2019-09-03)) lief auch alles bis gestern nacht.\n\nSeit heute Morgen bringt mir der Shelly Adapter "Wrong MQTT authentification"', False, 'de'),
('https://github.com/iobroker-community-adapters/ioBroker.shelly/issues/463', 'issue', 'complaint', 'none', 'Keine Verbindung zur Cloud. Adapter gelb\n\nDer Adapter läuft, zeigt mir die Objekte an und diese lassen sich auch schalten.\nAber er bekommt keine Verbindung zur Cloud.(Ist also gelb)\nLogin-Daten wurden keine vergeben und auch keine in den Adapter eingegeben.', False, 'de'),
('https://github.com/iobroker-community-adapters/ioBroker.shelly/issues/463', 'issue', 'other', 'none', 'der Adapter verbindet sich nicht zur Cloud sondern nur Lokal. gelb ist er wenn er mit keinem Gerät lokal verbunden ist.', False, 'de'),
('https://github.com/iobroker-community-adapters/ioBroker.shelly/issues/463', 'issue', 'other', 'other', 'Okay, verstehe.\nNur wie bekomme ich den Shelly dazu, lokal, mit dem Adapter zu quatschen?\nSorry, wenn ich so "doof" frage.', False, 'de'),
]
