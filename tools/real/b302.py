# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 302 (mine-lang8): NON-ENGLISH rows - Italian, German, some French and Spanish -
# about integrations, cloud logins, tokens and API credentials, complaints together with
# the near misses that live in the same threads. Issue voice only (GitHub issues and one
# PR each in Italian and Spanish), texts copied from the `issues` search excerpts; every
# URL checked against tools/real/*.py (with and without trailing slash/anchor) - FinTS,
# Fatture in Cloud, hOn, ConnectLife, Kronoterm, the Life360 #68 thread and the other
# threads found already used were left alone.
# Sources: Italian - the BTicino X8000 / Legrand Smarther integration and add-on
# (andrea-mattioli), Comelit (HA core, gicamm, an intercom integration), the INIM
# SmartLiving alarm integration, Viva Wallet's WooCommerce plugin, PagoPA's PDND
# interoperability frontend, a CNR ePAS PR, an Alexa/Home Assistant docs issue.
# German - ioBroker adapters (Husqvarna Automower, Life360, Roborock, Viessmann,
# Vaillant, Tado, Renault ZOE, Daikin Cloud, Somfy TaHoma) and a REDAXO CardDAV add-on.
# French - the Domoticz Linky (Enedis) plugin and the YunoHost Home Assistant package.
# Spanish - a RENIEC client, the Lycet/SUNAT e-invoicing API, a Costa Rica e-invoicing
# PR (Hacienda IDP) and the Datadis integration (edata #197).
# Complaints: "non aggiorna i dati in automatico", "da qualche giorno, quando cerco di
# rinnovare il token ... Internal server error", "perde l'associazione con legrand e devo
# rifare l'autorize", "la centrale non risponde", "Anche io ho lo stesso identico
# problema", "ottengo ... [403 Forbidden]", "errore 401 Unauthorized"; "verliert der
# Adapter ... die Verbindung", "kann sich der Adapter nicht mehr bei Tado anmelden",
# "Nach ein paar Tagen funktioniert die Verbindung zur Daikin Cloud nicht mehr",
# "Scheint noch nicht zu funktionieren"; "même chose ici", "invalid_grant"; "error 401
# usando un token correcto", "Cliente no Autorizado", "credenciales incorrectas siendo
# correctas". Near misses: maintainers ("Devi usare http e non https", "Stando ai log, ci
# sono problemi di connessione tra il tuo HA e la centrale", "abbiamo sistemato l'errore",
# "Bitte mal die GitHub version testen", "il faut parfois insister", "Necesitas enviar el
# token de seguridad"), works-now replies ("Avevo dei problemi con la smartlan", "Jetzt
# aber klappt's", "Die Probleme bei Somfy sind wohl behoben", "avec succès au deuxième
# essai", "das Problem an sich hat sich erledigt"), advice ("Occhio che dopo 500 chiamate
# al giorno l'api va offline"), a webhook-deprecation how-to, PR descriptions, and a
# Viessmann report that login SUCCEEDS with wrong credentials.
# Doubts: bticino #46 ("funziona molto bene ma non aggiorna i dati in automatico") is a
# complaint - the sync with the Legrand API does not update on its own. The Husqvarna
# #117 maintainer reply "hatte ich heute zum ersten mal auch einen disconnect" stays
# other (maintainer diagnosing), and #47's "Könnte sonst noch was in den Log Daten stehen"
# is other (a redaction question). Life360 #83 "Auch die App funktioniert jetzt auch nicht
# mehr" is a complaint (the adapter is still failing; the vendor outage widened). Daikin
# #242 "Mal sehen wie lange die Verbindung nun steht..." is other (works now, wait and
# see). home-assistant.io #29957 (integrating Alexa with Home Assistant "non ci sono
# riuscito") is read as a complaint: the connection between the two fails at set-up,
# although it reads half like a support request. The REDAXO Prozer CardDAV report
# (Addressbook.app no longer connects after a password change) is a complaint with
# integration 'other'. Rows whose opener mixes an English title/log with the local
# language were dropped (bticino #39, the Comelit homebridge log, a TaHoma status notice);
# the roborock #709 opener keeps its one-line English error title over three German
# sentences. YunoHost #33 (a 401 in the HA web UI behind the YunoHost SSO) contributes only
# the maintainer's "regarde la console" reply - other. Integration 'other' only where the
# excerpt names a product (Legrand, Comelit, Home Assistant, Viva Wallet/WooCommerce, PDND,
# Husqvarna, Viessmann, Vaillant, Tado, Daikin, Somfy, Enedis/Linky, SUNAT, Hacienda,
# Addressbook.app, Alexa), else 'none'. Languages: it, de, fr, es. No exposure.
ROWS = [
# bticino / mattiols (it)
('https://github.com/andrea-mattioli/bticino_x8000_component/issues/46', 'issue', 'complaint', 'none', "Aggiornamento dei dati\nCiao andrea, la tua integrazione funziona molto bene ma non aggiorna i dati in automatico. Per ovviare a questo ho fatto una autonomazione che ricarica l’integrazione ma così facendo non mi piace in quanto perde diciamo così la timeline dell’andamento del termostato.", False, 'it'),
('https://github.com/andrea-mattioli/bticino_x8000_component/issues/46', 'issue', 'other', 'none', "Occhio che dopo 500 chiamate al giorno l'api va offline", False, 'it'),
('https://github.com/andrea-mattioli/bticino_x8000_component/issues/46', 'issue', 'complaint', 'other', "ma è collegato ai problemi C2C di legrand?\nanche io ho appena installato l'integrazione per mio fratello che ha un po' di X8000 vecchi e in effetti dice che non aggiorna i valori\ngrazie", False, 'it'),
('https://github.com/andrea-mattioli/mattiols_hassio_repository/issues/68', 'issue', 'complaint', 'other', "Internal server error durante update del token\nBuongiorno Andrea, da qualche giorno, quando cerco di rinnovare il token tramite interfaccia web dopo aver confermato l'accesso sul portale legrand ottengo il seguente messaggio: \"The server encountered an internal error and was unable to complete your request. Either the server is overloaded or there is an error in the application.\"", False, 'it'),
('https://github.com/andrea-mattioli/mattiols_hassio_repository/issues/47', 'issue', 'complaint', 'other', "Dopo due giorni l'addon smette di funzionare (non è presente nulla nei log) ed al riavvio perde l'associazione con legrand e devo rifare l'autorize sul sito prima che rifunzioni.", False, 'it'),
('https://github.com/andrea-mattioli/mattiols_hassio_repository/issues/20', 'issue', 'complaint', 'none', "Buongiorno Andrea,\ndopo l'ultimo aggiornamento l'addon ha smesso di funzionare.\nHo seguito la solita procedura, ho cancellato la cartella .bticino_smarter in config, ho fatto un rebuild, e poi in https://my_hassio_ip:5588/ ho seguito la procedura per generare il codice. Quando premo \"accetta\", però, mi porta in una pagina di errore (500 internal server error).", False, 'it'),
('https://github.com/andrea-mattioli/mattiols_hassio_repository/issues/59', 'issue', 'other', 'none', "Devi usare http e non https", False, 'it'),
('https://github.com/andrea-mattioli/mattiols_hassio_repository/issues/80', 'issue', 'other', 'none', "Update webhook trigger: mattiols_x_8000\nMi è apparso questo messaggio poche ore fa:\n\nMi sembra di capire che serva un aggiornamento dell'add-on.\nOppure posso fare qualcosa (di affidabile e definitivo) in autonomia?", False, 'it'),
('https://github.com/andrea-mattioli/mattiols_hassio_repository/issues/58', 'issue', 'other', 'other', "Ok. Ci sono riuscito.\nQualche nota, nel caso qualche altro utente avesse lo stesso problema mio:\n\n- Il mio acconto, probabilmente, era precedente ad una qualche nuova integrazione con LeGrand.", False, 'it'),
# husqvarna ioBroker (de)
('https://github.com/ice987987/ioBroker.husqvarna-automower/issues/232', 'issue', 'complaint', 'none', "Verbindung zu Gerät oder Dienst verloren\nHi,\n\ntrotz der Anpassung von #182 verliert der Adapter bei mir immer mal wieder (wenn auch detulich seltener, ich würde sagen so alle 3-4 Tage mal) die Verbindung zum Gerät/Dienst. Es sieht für mich so aus, als wenn die Verbindung sauber geschlossen wird mit \"1001\", aber dann nicht wieder aufgebaut wird.", False, 'de'),
('https://github.com/ice987987/ioBroker.husqvarna-automower/issues/182', 'issue', 'complaint', 'other', "Verbindung zu Gerät oder Dienst verloren\nHallo,\n\nDer Husqvarna Adapter verliert bei mir immer wieder die Verbindung zum Gerät oder Dienst:\n\nGibt es hierfür eine einfache Lösung? Wie kann man es troubleshooten?\nIm normalen Log ist leider nichts zu sehen ...\nEin Restart der Instanz behebt das Problem erst einmal, bis es irgendwann wieder auftritt.", False, 'de'),
('https://github.com/ice987987/ioBroker.husqvarna-automower/issues/117', 'issue', 'complaint', 'none', "Adapter verliert WS-Verbindung\nHallo,\ndie Verbindung mit dem Mäher reist nach ungefähr  3 Tagen immer ab.\n\nNach einem Neustart ist die Verbindung sofort wieder da und hält dann wieder für 3 Tage.\nKannst du den Adapter nicht so einstellen, das er jede Nacht neu startet?", False, 'de'),
('https://github.com/ice987987/ioBroker.husqvarna-automower/issues/117', 'issue', 'other', 'other', "interessanterweise hatte ich heute zum ersten mal auch einen disconnect. werde das mal beobachten...\n\noffenbar gibt's auch Probleme seitens husqvarna:", False, 'de'),
('https://github.com/ice987987/ioBroker.husqvarna-automower/issues/47', 'issue', 'other', 'none', "Ich habe nicht vergessen, nur der Mäher hat bis dato nie die Verbindung verloren.", False, 'de'),
('https://github.com/ice987987/ioBroker.husqvarna-automower/issues/47', 'issue', 'other', 'none', "Ich habe den letzten Ausfall nun zeitlich eingrenzen können. Bevor ich hier aber die Log Daten poste:\nIch habe mowerID und die Geokoordinaten durch x ersetzt. Könnte sonst noch was in den Log Daten stehen, dass ich hier eventuell nicht öffentlich machen sollte?", False, 'de'),
# comelit / inim / viva (it)
('https://github.com/home-assistant/core/issues/172361', 'issue', 'complaint', 'other', "Integration: comelit - Impossibile aggiungere centrale VEDO 34\nAggiungendo centrale Vedo34 esce errore imprevisto.\nLa centrale funziona regolarmente e si accede correttamente da ip via browser e login con codice.", False, 'it'),
('https://github.com/gicamm/homeassistant-comelit/issues/126', 'issue', 'complaint', 'other', "Gentilmente Ingegnere un aiuto, sono completamente bloccato,\nso che Home assistant vuole comunicare con la centrale Vedo, ma la centrale non risponde.\nCosa sbaglio?", False, 'it'),
('https://github.com/gicamm/homeassistant-comelit/issues/126', 'issue', 'other', 'other', "Ciao,\nl'integrazione si connette alla centrale mediante il modulo Vedo IP. I parametri importanti, come da esempio, sono IP, username e password. Ma prima di ogni cosa bisogna verificare che il modulo vedo IP esista e sia connesso alla LAN.", False, 'it'),
('https://github.com/nicolas-fricke/ha-component-comelit-intercom/issues/1', 'issue', 'complaint', 'none', "Anche io ho lo stesso identico problema, peccato l'aspettavo da tempo", False, 'it'),
('https://github.com/matteoraf/ha-inim_smartliving_alarm_panel/issues/11', 'issue', 'other', 'none', "Ciao Valerio, scusa per l'attesa.\n\nStando ai log, ci sono problemi di connessione tra il tuo HA e la centrale.", False, 'it'),
('https://github.com/matteoraf/ha-inim_smartliving_alarm_panel/issues/11', 'issue', 'other', 'none', "Hai pienamente ragione. Avevo dei problemi con la smartlan. Grazie mille per il tuo supporto.", False, 'it'),
('https://github.com/VivaPayments/API/issues/1900', 'issue', 'complaint', 'other', "Configurazione plugin con woocommerce\nBuonasera, ho installato e configurato il plugin vivawallet con woocommerce e dopo aver inserito i dati della carta di credito per completare la procedura di pagamento mi da errore. Allego immagine della pagina che mi compare dopo aver cliccato su tasto paga. \nHo seguito la procedura di set up indicata sul sito vivawallet.", False, 'it'),
('https://github.com/consiglionazionaledellericerche/epas/pull/52', 'issue', 'other', 'none', "Corretta prelievo jwt token quando scaduto e in scadenza.", False, 'it'),
# ioBroker adapters (de)
('https://github.com/MiGoller/ioBroker.life360/issues/83', 'issue', 'complaint', 'none', "Bei mir selbes Problem. \nAdapter wirft Fehler. \nDie App funktioniert aber (noch) tadellos.", False, 'de'),
('https://github.com/MiGoller/ioBroker.life360/issues/83', 'issue', 'complaint', 'none', "Muss leider korrigieren.\nAuch die App funktioniert jetzt auch nicht mehr.\nAbgemeldet, und kann mich nun nicht mehr anmelden.", False, 'de'),
('https://github.com/MiGoller/ioBroker.life360/issues/83', 'issue', 'other', 'other', "Guten Morgen. Habe mir auch die Nacht damit um die Ohren geschlagen. Die Änderungen aus https://github.com/pnbruckner/life360/pull/10 für Home Assistant gehen in dieselbe Richtung wie meine Erkenntnisse. Jetzt konnte ich mich im API-Debugger auch wieder anmelden. Heute Nacht ging es mit demselben Code nicht. Egal ...", False, 'de'),
('https://github.com/copystring/ioBroker.roborock/issues/709', 'issue', 'complaint', 'none', "Error: Login returned empty userdata.\nHallo copystring,\nbei Start vom Adapter werden mehrere Fehler im LOG ausgegeben und der Adapter wird beendet.\nIch habe bereits den Adapter deinstalliert und neu installiert, jedoch hat sich am Problem nichts geändert.", False, 'de'),
('https://github.com/copystring/ioBroker.roborock/issues/709', 'issue', 'other', 'none', "Hallo copystring,\n\ndas Problem an sich hat sich erledigt. Die Ursache war anscheinend ein Update der App, was es erforderlich machte sich einmal mit der App neu anzumelden. \nDanach funktionierte der Adapter auch wieder wie gewohnt.", False, 'de'),
('https://github.com/thovid/ioBroker.viessmannapi/issues/53', 'issue', 'other', 'other', "Login möglich trotz falscher Login Daten\nHallo Zusammen,\n\num einen Fehler beim Zugriff auf den Viessmann Server zu provozieren (um den dann im Script weiter verarbeiten zu können) habe ich im Adapter erfundene Login Daten eingetragen und den Adapter neu gestartet.\n\nDas führte aber nicht zu einem ungültigen Login. Der Adapter konnte sich vielmehr korrekt beim Viessmann Server anmelden und hat sich auch zur richtigen Anlage verbunden.", False, 'de'),
('https://github.com/thovid/ioBroker.viessmannapi/issues/53', 'issue', 'other', 'none', "Hallo Rainer, das sieht mir nach ungewünschtem Verhalten aus.", False, 'de'),
('https://github.com/TA2k/ioBroker.vaillant/issues/29', 'issue', 'complaint', 'other', "Neues Anmeldeverfahren bei Vaillant\nSeit Vorgestern empfängt mein Adapter keine Daten mehr. Bei der Prüfung mit der MyVaillant-App habe ich festgestellt, dass ein Zwangsupdate erforderlich ist. Nach Installation wurde ich auf ein neues Anmeldeverfahren hingewiesen. Ich habe zwangsweise umgestellt. Danach funktioniert der Adapter weiterhin nicht, auch nicht mit den neuen Logindaten, die ich bei der Umstellung angeben musste.", False, 'de'),
('https://github.com/TA2k/ioBroker.vaillant/issues/29', 'issue', 'other', 'none', "Bitte mal die GitHub version testen ob es wieder geht.", False, 'de'),
('https://github.com/TA2k/ioBroker.vaillant/issues/29', 'issue', 'complaint', 'none', "Scheint noch nicht zu funktionieren. Version: Version 0.1.1 heute um ca. 8:00 Uhr aus GitHub.", False, 'de'),
('https://github.com/DrozmotiX/ioBroker.tado/issues/727', 'issue', 'complaint', 'other', "Seit gestern morgen (01.11., ca. 06:04 Uhr) kann sich der Adapter nicht mehr bei Tado anmelden. Benutzername oder Passwort wurden an dem entsprechenden Tag bzw. eigentlich überhaupt nicht geändert (auf Tado-Seite). Anmeldung mit den selben Nutzerdaten am Tado-Webportal klappt ohne weiteres.  Hat hier Tado möglicherweise was am Login-Verfahren geändert?", False, 'de'),
('https://github.com/fungus75/ioBroker.zoe2/issues/39', 'issue', 'other', 'none', "So, alle Daten nochmal neu eingetragen, obwohl sie äußerlich noch da standen. Jetzt aber klappt's. \nVielen Dank für Deine Hilfe!", False, 'de'),
('https://github.com/fungus75/ioBroker.zoe2/issues/39', 'issue', 'other', 'none', "Hab für diesen Fall im Log eine sprechende Meldung eingebaut.", False, 'de'),
('https://github.com/Apollon77/ioBroker.daikin-cloud/issues/242', 'issue', 'complaint', 'other', "Nach ein paar Tagen funktioniert die Verbindung zur Daikin Cloud nicht mehr. Fehler invalid_grant\nNach ein paar Tagen funktioniert die Verbindung zur Daikin Cloud nicht mehr und man muss die APP neu anlegen.", False, 'de'),
('https://github.com/Apollon77/ioBroker.daikin-cloud/issues/242', 'issue', 'other', 'other', "Ich habe die GitHub Version installiert und neu gestartet.\nIch musste aber die App bei Daikin nicht neu anlegen.\n\nMal sehen wie lange die Verbindung nun steht...", False, 'de'),
# fr / es / misc
('https://github.com/guillaumezin/DomoticzLinky/issues/221', 'issue', 'complaint', 'other', "device_code not found in db\nBonjour,\n\nNouveau sur Domoticz, j'ai voulu installer votre plugin juste pour relever mon compteur Linky.\nJe rencontre systématiquement l'erreur \"Error: Enedis Linky Sorbiers: Durant l'étape : parseaccesstoken - Erreur status : 400 - code invalid_grant - description : device_code not found in db\"", False, 'fr'),
('https://github.com/guillaumezin/DomoticzLinky/issues/221', 'issue', 'other', 'other', "Bonjour,\n\nPour l'instant, tout est un peu bancal, cf. le roman-fleuve #219 (même si votre message d'erreur est un peu différent, ce qui veut dire que les choses bougent chez Enedis...)", False, 'fr'),
('https://github.com/guillaumezin/DomoticzLinky/issues/145', 'issue', 'complaint', 'none', "même chose ici avec le plugin fraîchement mis à jour.", False, 'fr'),
('https://github.com/guillaumezin/DomoticzLinky/issues/145', 'issue', 'other', 'none', "Bonsoir, il faut parfois insister, avez-vous toujours cette erreur ?", False, 'fr'),
('https://github.com/guillaumezin/DomoticzLinky/issues/145', 'issue', 'other', 'none', "Bonsoir,\nnouvelle tentative ce soir, avec succès au deuxième essai.\nAprès l'affichage du message d'erreur, j'ai fait retour en arrière puis j'ai revalidé... ça a marché.", False, 'fr'),
('https://github.com/YunoHost-Apps/homeassistant_ynh/issues/33', 'issue', 'other', 'none', "Peux-tu regarder si tu as des erreurs dans le console de ton navigateur lorsque tu recharges la page? (touche F12)", False, 'fr'),
('https://github.com/Excodibur/ioBroker.tahoma/issues/52', 'issue', 'other', 'other', "Die Probleme bei Somfy sind wohl behoben und auch die neue Version funktioniert. \nVielen Dank für den Hinweis! \nIch schließe dieses Problem.", False, 'de'),
('https://github.com/tecactus/reniec-php/issues/1', 'issue', 'complaint', 'none', "error 401\nse muestra un error 401 usando un token correcto en la version 1.1", False, 'es'),
('https://github.com/giansalex/lycet/issues/613', 'issue', 'complaint', 'other', "Envío de GRE Remitente\nAcabo de generar las credenciales en el portal de SUNAT, desde la sección para registrar una API SUNAT.\n\nCopiando el \"id\" y \"clave\" en el empresa.json.\n\nPero aún así tengo el error de cliente no autorizado, trate de realizar el envio por POSTMAN y me apareció la respuesta de Cliente no Autorizado", False, 'es'),
('https://github.com/giansalex/lycet/issues/4', 'issue', 'other', 'none', "Necesitas enviar el token de seguridad, puedes revisar la api en [swagger](http://petstore.swagger.io/?url=https://raw.githubusercontent.com/giansalex/lycet/master/public/swagger.yaml)", False, 'es'),
('https://github.com/josiasmc/facturador-electronico-cr/pull/11', 'issue', 'other', 'other', "Mejorar logging de errores en Token para facilitar diagnóstico\nActualmente los mensajes de error en newToken() y refreshToken() registran un genérico \"Fallo 40x\", lo cual dificulta diagnosticar problemas de autenticación con el IDP de Hacienda.", False, 'es'),
('https://github.com/uvejota/homeassistant-edata/issues/197', 'issue', 'complaint', 'none', "Credenciales incorrectas\nBuenas tardes, intento configurar la integración y me sale el error \"credenciales incorrectas\" siendo correctas", False, 'es'),
('https://github.com/home-assistant/home-assistant.io/issues/29957', 'issue', 'complaint', 'other', "integrazione Alexa con Home Assistant\nBuongiorno a tutti,\nho provato ad integrare Alexa a Home Assistant, seguendo in maniera dettagliata la procedura ma, purtroppo non ci sono riuscito.\nE' possibile ricevere un aiuto?", False, 'it'),
('https://github.com/yakamara/redaxo_prozer/issues/78', 'issue', 'complaint', 'other', "nach Passwortänderung keine Verbindung via Carddav mehr\nÄndert man sein Passwort kann die Addressbook.app keine Verbindung mehr herstellen obwohl das neue Passwort eingetragen wurde.", False, 'de'),
('https://github.com/pagopa/pdnd-interop-frontend/issues/1306', 'issue', 'complaint', 'other', "Errore Invalid key=value pair (missing equal-sign) nell'endpoint .../v2/keys/{kid}\n**Descrivi il bug**\nOgni volta che si tenta di chiamare l'API \"/keys/{kid}\" nella sua versione 2 (quella consigliata su PDND), ottengo il seguente messaggio di errore [403 Forbidden]:", False, 'it'),
('https://github.com/pagopa/pdnd-interop-frontend/issues/1306', 'issue', 'other', 'none', "Buongiorno, abbiamo sistemato l'errore. Dovrebbe andare tutto ora", False, 'it'),
('https://github.com/pagopa/pdnd-interop-frontend/issues/1233', 'issue', 'complaint', 'other', "Errore validità token - 401 Unauthorized\nStiamo provando a testare un e-service da noi pubblicato in ambiente Interoperabilità Collaudo. Abbiamo correttamente generato la client assertion e il token. Nel momento in cui proviamo a inviare la chiamata GET usando il token generato otteniamo un errore 401 Unauthorized.", False, 'it'),
]
