# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 536 (mine-b536): GERMAN, next pass - German-written GitHub issue threads where someone reports that a
# connection between two systems fails now, plus near misses from the same threads, in repositories no German batch
# used (every batch file in main, main's pending and the other worktrees was loaded with python and every repository
# carrying a 'de' row was listed; none of them is used here, and every thread URL was checked against all of them).
# Theme found: a mix of small German trackers - a Freifunk app (AppWerft/Freifunker), lectureStudio presenter <-> server,
# a Discord bot reading Moodle (tjarbo/discord-moodle-bot), Schulmanager Online in Home Assistant
# (MrIcemanLE/Schulmanager-homeassistant), a school Online-IDE login, the Leitstellenspiel LSS-Manager script whose
# server went down, the CCC congress Fahrplan app, Tasmota -> Mosquitto MQTT, Anker Solix cloud logins
# (ronny130286/ioBroker.ankersolix2, tomquist/solix2mqtt), a Solarman PV adapter, a Solar-Log adapter, a Luxtronik
# heat-pump adapter, an EHEIM Digital integration, a Smart #1 API library, REDAXO docs, Baikal setup, a hackerspace
# IRC bot and a planning ticket about dead refresh tokens. 60 of the 64 rows are German (7th element 'de'); 4 rows are
# English (discord-moodle-bot #66 description and one reply, ankersolix2 #60 description, eheim #32 description) and
# carry no language element.
# Complaints (17): writers saying a connection between two systems fails now: "Serververbindung gestört", "der Presenter
# hat die Verbindung zum Server verloren ... Die Wiederherstellung der Verbindung hat nicht geklappt", "Ungültige
# anmeldedaten" from the Moodle bot setup page, "MQT: Connect failed to 192.168.178.18:1883, rc 5", "leider keine Daten
# bekommen" / "keinerlei Daten angezeigt" with Solarman app ID and secret entered, "Die App lädt ewig ... \"Fahrplan not
# yet Released!\"", "Benutzer oder Password verkehrt" / "Verbindung fehlgeschlagen" (Schulmanager), "das script nicht
# mehr lädt" + one "+1" (LSS-Manager, server down), the Anker account blocked ("LoginResponseCode: 100053 => Please try
# again in 1 hours.", "beim ersten Login-Versuch springt sofort diese Sperre an"), "jetzt kommt im mosquitto nix an",
# "ACCESS DENIED" (Solar-Log), "always: Connection failed." (EHEIM).
# Near misses kept (label other, 47): maintainers' questions and diagnoses ("Das hängt vom Zugangspunkt ab.", "Uns ist
# leider unser wahrscheinlich wichtigster server ausgefallen.", "Anker erlaubt nur eine bestimmte Anzahl von Logins pro
# Tag.", "Fehler 0002 bedeutet, dass ...", "Evtl. blöde Frage: scheint die Sonne?"), works-now / my-mistake follow-ups
# ("Sollte wieder funktionieren.", "Aktuell lädt die App die Daten wieder", "Nach update auf 15.5.0 konnte ich die
# Nachrichten auf dem Mosquitto wieder empfangen.", "Das hat sich erledigt", "Dank an Stiesel, das war der Fehler
# meinerseits.", "Aus irgendeinem Grund geht es wieder, lol", "Geschnallt... Hab die / überlesen..."), thanks, a
# developer's own bug note and a planning ticket about expired tokens (pySmartHashtag #3, sparmahllight #30), a docs
# ticket on login trouble (redaxo/docs #105), logins to a single system (Online-IDE #65, foo-pub #271 server error,
# Baikal #21 403 on its own web UI), an ISP line drop (orgafoo #86), a reconnect display bug found by pulling the LAN plug
# (lectureStudio #466), parse errors while data still arrive (luxtronik2 #360), an adapter not starting at night
# (solarlog #116 first comments), a setup question about a missing env var (solix2mqtt #2).
# Label calls / doubts: exposure_mentioned is False everywhere. Borderline complaints: Freifunker #93 (the app's
# "Serververbindung gestört" message, asked as a question), LSS-Manager #331 (a userscript that cannot load from its
# server; writer does not know why), congress_fahrplan #6 (app cannot load the schedule from the server), solarlog #116
# ("ACCESS DENIED" in the adapter log at night), lectureStudio #820 (connection to the server lost and not re-established,
# seen while testing). Borderline others: lectureStudio #466 (connection restored, only the view switches), Online-IDE #65
# (students' own logins). Complaints are only ~27% of the rows: German threads in unused repositories were scarce in the
# index and many results fell in repositories already mined (ioBroker, WebUntis, FinTS, Wiener Netze, evcc, derf), so
# the batch is smaller (64 rows) and the thread maintainers' replies dominate. Integration is 'other' when the text names
# the remote product (Moodle, Mosquitto, SOLARMAN, Anker, REDAXO, Luxtronic), 'none' otherwise.
# Texts: copied from the excerpts the `search` tool returned (an issue title plus the first sentences, or one comment),
# trimmed at line ends (trailing blanks dropped), never reworded or translated; image lines and empty code blocks left out;
# solix2mqtt #2 last row cut after its last complete sentence (the excerpt broke mid-word). Replies cite the issue URL
# without anchor.
# Sources (21 threads, all GitHub issues; issues corpus): AppWerft/Freifunker #93, lectureStudio/lectureStudio #466 #820,
# tjarbo/discord-moodle-bot #66, DasBasti/pySmartHashtag #3, martin-pabst/Online-IDE #65, redaxo/docs #105,
# ottelo9/tasmota-sml-images #61, raschy/ioBroker.solarmanpv #59, benjaminSchilling33/congress_fahrplan #6,
# hydranox/foo-pub #271, openlab-aux/orgafoo #86, Moritz-Staat/sparmahllight #30, MrIcemanLE/Schulmanager-homeassistant
# #2, LSS-Manager/lss-manager-v3 #331, ronny130286/ioBroker.ankersolix2 #60, tomquist/solix2mqtt #2,
# UncleSamSwiss/ioBroker.luxtronik2 #360, iobroker-community-adapters/ioBroker.solarlog #116,
# davidm-glitch/home-assistant-eheim-digital #32, JsBergbau/BaikalAnleitung #21.
# Look-ups (42 of 45, all `search` on the issues corpus; no fetch): "pytr Trade Republic Login funktioniert nicht mehr
# Fehler", "Kitodo Verbindung zum Server fehlgeschlagen Fehler", "OpenSlides Verbindung getrennt Server nicht
# erreichbar", "WebUntis Anmeldung fehlgeschlagen Stundenplan wird nicht mehr geladen", "comdirect API Zugriff
# funktioniert nicht mehr TAN Fehler 401", "Schul-Cloud Moodle Anmeldung Synchronisation schlägt fehl", "seit heute keine
# Verbindung mehr zur API Fehlermeldung Zugangsdaten ungültig", "Stud.IP ILIAS Schnittstelle Anmeldung funktioniert nicht
# mehr Token", "Kodi Addon ZDF ARD Mediathek Fehler beim Laden keine Verbindung", "Netzbetreiber Portal Zählerstände
# Abruf funktioniert nicht mehr Login Fehler", "Webhook kommt nicht mehr an Fehler seit Update Hallo zusammen", "Telegram
# Bot Token ungültig Unauthorized Fehler Nachricht wird nicht gesendet", "Hallo, leider bekomme ich seit gestern keine
# Daten mehr, Login schlägt fehl, Passwort stimmt", "Synchronisation mit Kalender funktioniert nicht mehr Fehler 403
# Hallo", "Verbindung zum MQTT Broker schlägt fehl nicht autorisiert Hallo", "Deutsche Bahn API Abfahrten liefert keine
# Daten mehr Fehler Schlüssel", "Bankverbindung Abruf Umsätze schlägt fehl Fehlermeldung Bank seit Umstellung",
# "Wechselrichter Cloud Portal Daten kommen nicht mehr an Anmeldung fehlgeschlagen", "sevDesk API Token ungültig
# Rechnungen werden nicht übertragen Fehler", "IMAP Abruf schlägt fehl Authentifizierung fehlgeschlagen Postfach seit
# gestern", "Alexa Skill Kontoverknüpfung fehlgeschlagen funktioniert nicht mehr Geräte nicht erreichbar", "Fehler beim
# Abrufen der Daten vom Server 500 seit heute morgen App zeigt nichts an Verein", "Gleiches Problem hier, seit heute keine
# Verbindung mehr, bei mir auch", "Token abgelaufen muss mich ständig neu anmelden Integration verliert Verbindung",
# "Zugriff verweigert API-Schlüssel falsch obwohl korrekt eingetragen Plugin WordPress Fehlermeldung", "Verbindung zur
# Datenbank konnte nicht hergestellt werden Installation Fehler Hallo zusammen Schule", "Seit dem Update keine Verbindung
# mehr zum Server, Fehlermeldung Authentifizierung fehlgeschlagen, gleiches Problem", "Shelly Cloud Verbindung getrennt
# Gerät offline Hallo Fehler seit Firmware", "Spotify Anmeldung funktioniert nicht mehr Fehler invalid_client Hallo
# zusammen", "Paperless Consumer E-Mail Konto Abruf Fehler Anmeldung fehlgeschlagen Hallo", "IServ Schulmanager Login
# funktioniert nicht mehr Fehler Schule Skript", "Kleinanzeigen Bot Login funktioniert nicht mehr Fehler Captcha
# Anmeldung", "Speedport Vodafone Station Router Login fehlgeschlagen Integration Daten werden nicht mehr abgerufen",
# "Luxtronik Wärmepumpe Verbindung abgebrochen keine Daten mehr Fehler", "Anker Solix Cloud Anmeldung fehlgeschlagen
# Fehler Konto gesperrt API", "Twitch OAuth Token abgelaufen Bot verbindet nicht mehr Fehler Hallo", "Seit heute Nacht
# werden keine Daten mehr übertragen, Fehler 401 Unauthorized im Log, Adapter neu gestartet hilft nicht", "Home Assistant
# Integration deutsch Fehler beim Einrichten Verbindung fehlgeschlagen Zugangsdaten korrekt App funktioniert", "Bitcoin
# Börse API Schlüssel ungültig deutsch Bot Fehler Kraken Bitpanda", "Kann ich bestätigen, bei mir auch seit heute keine
# Daten mehr, Login fehlgeschlagen 403 Forbidden", "Synchronisierung mit Server schlägt fehl App zeigt Fehler Anmeldung
# abgelaufen bitte erneut anmelden deutsch", "Verbindung zur Wallbox Cloud verloren seit Update keine Daten mehr Anmeldung
# fehlgeschlagen Hallo zusammen gleiches Problem".
# Skipped as already mined (repository carries 'de' rows in another batch, or the thread is cited): pytr-org/pytr and
# keisentraut (English), JonasJoKuJonas/homeassistant-WebUntis, nemiah/phpFinTS, raphaelm/python-fints,
# iamtorsten/libfintx (and its libfintx/libfintx move), pecuniabanking, openjverein, rols1/Kodi-Addon-ARDundZDF,
# raptor2101/Mediathek, DarwinsBuddy/WienerNetzeSmartmeter, dbopendata, derf/travelynx, selectline-software,
# MiGoller/ioBroker.life360, Apollon77/*, TA2k/*, ioBroker.cloud / ioBroker.mqtt / ioBroker.unifi, nograx, solectrus,
# luconlua/sopra-cloud, Educational-Engineering, Deazl/pr0keys, ecamp, FoodCoopX, StrangeLoopGames/EcoIssues,
# DeOldSax/iliasDownloaderTool, RobertKrajewski/Sync-my-L2P, dzhw, statevde, mephdrac, Rising-Phoenix-Development,
# redaxo/core, First-Coder, wolfgang-wiedermann, freifunkMUC, haumacher/phoneblock, vinegarhq/sober, amiantos/pibar,
# klein0r, verfriemelt-dot-org/sachsencacher, SVWS-NRW, digital-scouts, evcc-io, derolli1976/enpal,
# goecharger/go-eCharger-API-v2, Tosh79/lamonee_backlog, nextcloud/*, afuerhoff/ioBroker.fb-checkpresence.
ROWS = [
    ('https://github.com/AppWerft/Freifunker/issues/93', 'issue', 'complaint', 'none', 'Serververbindung gestört\n\nHallo,\nwie ist der im Titel genannter Problem zu lösen, bitte?\nDanke in voraus\nWilly', False, 'de'),
    ('https://github.com/AppWerft/Freifunker/issues/93', 'issue', 'other', 'none', 'Das hängt vom Zugangspunkt ab.', False, 'de'),
    ('https://github.com/AppWerft/Freifunker/issues/93', 'issue', 'other', 'none', 'Erstmals vielen Dank für Ihre Hilfe.', False, 'de'),
    ('https://github.com/lectureStudio/lectureStudio/issues/466', 'issue', 'other', 'none', 'lecturePresenter (V 5.0.492): Verbindungsabbruch auf Presenter-Seite und Verbindungswiederaufbau funktioniert auf Clientseite noch nicht\n\nWenn von Presenterseite aus die Verbindung zum Server abbricht (LAN-Stecker ziehen), dann merkt das der Presenter ordnungsgemäß und stellt auch die Verbindung zum Server wieder her, wenn die Internet-Verbindung wieder steht.\nDie Clients reagieren nach ein paar Sekunden auch auf die wiederhergestellte Verbindung, ABER:\nZumindest Chrome-Clients schalten auf "Hörsaal-Ansicht" um und zeigen die Folien nicht mehr an. Das lässt sich durch ein "Refresh" der Seite auf Clientseite beheben. Da werden dann die Folien neu geladen etc.', False, 'de'),
    ('https://github.com/lectureStudio/lectureStudio/issues/466', 'issue', 'other', 'none', 'Hierzu gibt es einen neueren ausführlichen Bericht, der u.a. auch auf die unerwünschte Umschaltung in den Hörsaalmodus eingeht.', False, 'de'),
    ('https://github.com/lectureStudio/lectureStudio/issues/820', 'issue', 'complaint', 'none', 'Heute konnte ich die Kameraprobleme bei Verbindungsabbrüchen des Presenters unbeabsichtigt erneut beobachten:\n- Beim Testen ist die Internetverbindung tatsächlich zusammengebrochen und der Presenter hat die Verbindung zum Server verloren.\n- Die Wiederherstellung der Verbindung hat nicht geklappt, da u.a. die Kamera als von einem anderen Programm genutzt gemeldet wurde.', False, 'de'),
    ('https://github.com/tjarbo/discord-moodle-bot/issues/66', 'issue', 'complaint', 'other', '🔎 Probleme mit Token generierung\n\nHello.\nThis site: https://fmdb.tjarbo.me/\nDoes not work for me it says "Ungültige anmeldedaten. Versuche es noch einmal" (wich means Incorrect Login Data in german)\n\nBut my password is 100% correct and my username also. The URL is also right...', False),
    ('https://github.com/tjarbo/discord-moodle-bot/issues/66', 'issue', 'other', 'none', 'or can i contact the Owners of the moodle and ask them about the Key? If so, what should I ask them about? The API token?', False),
    ('https://github.com/tjarbo/discord-moodle-bot/issues/66', 'issue', 'other', 'none', 'Ich hab grad gesehen dass du deutsch bist also ich hab grad unseren Besitzer nach der richtigen URL gefragt und er hat sie mir gegeben. Feier deine Arbeit echt Weiter so!', False, 'de'),
    ('https://github.com/tjarbo/discord-moodle-bot/issues/66', 'issue', 'other', 'other', 'Moin, vielen Dank :100: Der Bot ist zwar noch nicht zu 100% fertig und hat noch ein paar Macken, aber vielleicht kann er euch ja trotzdem im Moodle-Alltag unterstützen!  Solltest du Bugs finden, melde sie auf jeden Fall :wink:', False, 'de'),
    ('https://github.com/tjarbo/discord-moodle-bot/issues/66', 'issue', 'other', 'none', 'Das hat sich erledigt :white_check_mark:', False, 'de'),
    ('https://github.com/DasBasti/pySmartHashtag/issues/3', 'issue', 'other', 'none', 'Unable to fetch data\n\nWenn der Access token nicht gültig ist, muss der Login neu durchgeführt werden.', False, 'de'),
    ('https://github.com/martin-pabst/Online-IDE/issues/65', 'issue', 'other', 'none', 'Sometimes user password is broken\n\nHi Martin,\n\nin diesem Schuljahr ist es schon 2x passiert, dass bei SchülerInnen auf einmal der Login nicht mehr funktioniert (Fehler 0002) - quasi über Nacht. Helfen tut dann leider nur noch das Zurücksetzen des Passworts.', False, 'de'),
    ('https://github.com/martin-pabst/Online-IDE/issues/65', 'issue', 'other', 'none', 'Hallo,\nFehler 0002 bedeutet, dass der Server entweder den username nicht finden konnte oder dass Passwort dazu nicht korrekt war. Falls Sie Daten dazu hätten, welche usernames betroffen waren und wann der Login nicht funktioniert hat, wäre ich dankbar.', False, 'de'),
    ('https://github.com/martin-pabst/Online-IDE/issues/65', 'issue', 'other', 'none', 'Ich schließe das Issue, weil man im Moment nichts dazu tun kann (es ist nicht "actionable"). Ich melde mich, falls so ein Fehler wieder auftritt.', False, 'de'),
    ('https://github.com/redaxo/docs/issues/105', 'issue', 'other', 'none', 'Problembehandlung: User kann sich nicht einloggen\n\nMögliche Fehlerquellen:\n\n* Benutzer existiert nicht mehr -> Setup durchlaufen\n* Passwort nicht korrekt -> Setup durchlaufen, Passwort zurücksetzen über die Datenbank, FOR-Addon\n* Speicherplatz des Hosting-Pakets voll -> Prüfen beim Webhosting', False, 'de'),
    ('https://github.com/redaxo/docs/issues/105', 'issue', 'other', 'none', 'zu 2. neues Passwort über die Console setzen', False, 'de'),
    ('https://github.com/redaxo/docs/issues/105', 'issue', 'other', 'none', '4. Datenbank existiert nicht mehr, Seite wird U.U. nur aus dem Cache geladen', False, 'de'),
    ('https://github.com/redaxo/docs/issues/105', 'issue', 'other', 'other', '@alexplusde wenn die Datenbank nicht funktioniert wird REDAXO 5 garnichts anzeigen', False, 'de'),
    ('https://github.com/ottelo9/tasmota-sml-images/issues/61', 'issue', 'complaint', 'other', 'Keine MQTT Verbindung zu neuem Mosquitto Server\n\nHallo,\nich nutze seit Jahren eine selbstkompilierte Verisn von Tasmota (11.0.0) mit SML die bisher brav Daten auf eine toke\\mosquitto Instanz im Docker schickte. Da HA nun auf das MQTT Protokoll 5 setzt habe ich einen aktuelle eclipse-Mosquitto aufgesetzt. Hier bekommt aber der Tasmota keinen Zugriff.\nFehler in Tasmota:\n14:07:16.024 MQT: Connect failed to 192.168.178.18:1883, rc 5. Retry in 110 sec', False, 'de'),
    ('https://github.com/ottelo9/tasmota-sml-images/issues/61', 'issue', 'other', 'none', '@Buggyfan da das Thema kein issue sondern eine Frage ist, wäre das in der Rubrik "Discussion" besser aufgehoben', False, 'de'),
    ('https://github.com/ottelo9/tasmota-sml-images/issues/61', 'issue', 'other', 'other', 'Nach update auf 15.5.0 konnte ich die Nachrichten auf dem Mosquitto wieder empfangen.', False, 'de'),
    ('https://github.com/raschy/ioBroker.solarmanpv/issues/59', 'issue', 'complaint', 'other', 'Keine Verbindung trotz Dateneingabe\n\nHallo zusammen,\n\ndie Daten habe ich ohne Probleme von SOLARMAN bekommen.\n\n1.Zeile ID 2.Zeile Geheimniss\n\nleider keine Daten bekommen, gibt es hier weiter etwas zu beachten?\n\nDanke im Voraus!', False, 'de'),
    ('https://github.com/raschy/ioBroker.solarmanpv/issues/59', 'issue', 'other', 'none', 'Hallo Peterlustig123456, wie kommst du auf 1.Zeile / 2.Zeile? Bei mir sieht das UI so aus und sollte mit den richtigen Daten von dir auch funktionieren.', False, 'de'),
    ('https://github.com/raschy/ioBroker.solarmanpv/issues/59', 'issue', 'complaint', 'none', 'Hallo raschy,\n\nja richtig ist nebeneinander, jedoch bekomme ich in den Objekten keinerlei Daten angezeigt.\nBin da noch recht neu in der Materie, bitte um Nachsicht.\n\nAPP ID sowie APP Secret PW und Mail ist eingetragen', False, 'de'),
    ('https://github.com/raschy/ioBroker.solarmanpv/issues/59', 'issue', 'other', 'none', "Evtl. blöde Frage: scheint die Sonne? Was steht im Protokoll unter 'solarmanpv.0' ?", False, 'de'),
    ('https://github.com/raschy/ioBroker.solarmanpv/issues/59', 'issue', 'other', 'none', 'sonne ist ausreichend,WR läuft.', False, 'de'),
    ('https://github.com/benjaminSchilling33/congress_fahrplan/issues/6', 'issue', 'complaint', 'none', 'Fahrplan nicht mehr verfügbar!\n\nDie App lädt ewig, nach Daten löschen:\n"Fahrplan not yet Released!" und startet nicht mehr.', False, 'de'),
    ('https://github.com/benjaminSchilling33/congress_fahrplan/issues/6', 'issue', 'other', 'none', '@andreasb242 danke für die Info, bei vielen anderen treten die Probleme nicht auf, ich hab aber schon einige Punkte identifiziert die bis zum nächsten Jahr überarbeitet werden. Damit sollte auch dein Problem gelöst werden.', False, 'de'),
    ('https://github.com/benjaminSchilling33/congress_fahrplan/issues/6', 'issue', 'other', 'none', '@andreasb242 siehe Version 1.0.16', False, 'de'),
    ('https://github.com/benjaminSchilling33/congress_fahrplan/issues/6', 'issue', 'other', 'none', 'Besten Dank. Wirklich testen werde ich wohl nächstes Jahr ;-)\nAktuell lädt die App die Daten wieder, ich habe aber kein Update eingespielt.\nDer Fehler ist übriges nicht nur bei mir aufgetreten, sondern auch bei einem Kollegen, darum habe ich einen Bug erfasst.', False, 'de'),
    ('https://github.com/hydranox/foo-pub/issues/271', 'issue', 'other', 'none', 'Internal Server Error\n\nIch habe eben mal wieder nach Foo gesehen, aber scheinbar lässt es mich nicht ran...\nLiegt wahrscheinlich nicht an mir ;-)\n\nError:\nUndefined offset: 0', False, 'de'),
    ('https://github.com/hydranox/foo-pub/issues/271', 'issue', 'other', 'none', 'Jup.. der Case stand seit mehreren Wochen auf der TODO und ich kam leider noch nicht dazu.\nWir bei einem kommenden Refactoring der Frontpage obsolet.\nDemnach Closed.', False, 'de'),
    ('https://github.com/openlab-aux/orgafoo/issues/86', 'issue', 'other', 'none', 'heinrich down/Internetverbindung getrennt\n\nscheint so, als würde die Internetverbindung heute um 03:13 getrennt worden sein.\n`heinrich (~willie@vpn.nonze.ro) hat den IRC verlassen (Ping timeout: 272 seconds)`', False, 'de'),
    ('https://github.com/Moritz-Staat/sparmahllight/issues/30', 'issue', 'other', 'none', 'Re-Login-Flow bei totem Refresh-Token\n\n## Ziel\nEin abgelaufenes Token darf einen Connector nicht dauerhaft stilllegen.', False, 'de'),
    ('https://github.com/MrIcemanLE/Schulmanager-homeassistant/issues/2', 'issue', 'complaint', 'none', 'Kann mich nicht anmelden\n\n**Describe the bug**\nBeim Anmelden kommt die Fehlermeldung "Benutzer oder Password verkehrt" . es ist richtig ich kann mich ja Online Anmelden. Nur Ich habe 2 Kinder in unterschiedlichen Schulen, und nach der Online Anmeldung muss ich die Schule auswählen. vielleicht ist da der Fehler', False, 'de'),
    ('https://github.com/MrIcemanLE/Schulmanager-homeassistant/issues/2', 'issue', 'other', 'none', 'Ich werde versuchen mir das anzuschauen. Das Problem ist, dass es keine offizielle API und/oder Dokumentation gibt. Daher ist viel Probieren teil des Entwicklungsprozesses. Da ich diese Situation (zwei Schulen) nicht habe, muss ich schauen, wie ich da weiter komme.', False, 'de'),
    ('https://github.com/MrIcemanLE/Schulmanager-homeassistant/issues/2', 'issue', 'complaint', 'none', 'Bei mir kommt bei der Einrichtung "Verbindung fehlgeschlagen".\nNutzer und Passwort habe ich geprüft.\n\nEbenfalls 2 verschiedene Schulen im Account.', False, 'de'),
    ('https://github.com/MrIcemanLE/Schulmanager-homeassistant/issues/2', 'issue', 'other', 'none', 'Hallo und vielen Dank für die Meldung!\n\nIch habe das Problem analysiert und einen Fix vorbereitet, der die `institutionId` unterstützt. Da ich leider keinen Account mit mehreren Schulen zum Testen habe, benötige ich deine Hilfe, um den Fix zu verifizieren.', False, 'de'),
    ('https://github.com/LSS-Manager/lss-manager-v3/issues/331', 'issue', 'complaint', 'none', 'wird nicht angezeigt\n\nHi\n\ngestern ist mir aufgefallen, dass das script nicht mehr lädt... geht nicht nur mir so sondern auch einem kollegen von mir', False, 'de'),
    ('https://github.com/LSS-Manager/lss-manager-v3/issues/331', 'issue', 'other', 'none', 'Uns ist leider unser wahrscheinlich wichtigster server ausgefallen. Es wird aber daran gearbeitet. Da es Wochenende ist, kann es sich leider noch weiter verzögern', False, 'de'),
    ('https://github.com/LSS-Manager/lss-manager-v3/issues/331', 'issue', 'other', 'none', 'alles klar vielen dank für die schnelle rückinfo!', False, 'de'),
    ('https://github.com/LSS-Manager/lss-manager-v3/issues/331', 'issue', 'complaint', 'none', 'gibt es zu dem Thema eine neue Information? Bei mir wird das script leider auch nicht angezeigt.', False, 'de'),
    ('https://github.com/LSS-Manager/lss-manager-v3/issues/331', 'issue', 'other', 'none', 'Nein aktuell leider noch nicht. Wir würden uns dann melden wenn es wieder laufen sollte. ☺', False, 'de'),
    ('https://github.com/LSS-Manager/lss-manager-v3/issues/331', 'issue', 'other', 'none', 'Okay, danke für die schnelle Antwort!', False, 'de'),
    ('https://github.com/LSS-Manager/lss-manager-v3/issues/331', 'issue', 'other', 'none', 'Sollte wieder funktionieren. Damit schließe ich hier.', False, 'de'),
    ('https://github.com/ronny130286/ioBroker.ankersolix2/issues/60', 'issue', 'complaint', 'other', 'Probably I am doing something wrong\n\nHi there\nI am running iobroker on a Nanopi 6RC with JS-controller 7.0.6 and bought a Anker Solix Solarbank 2 E1600 Pro.\nAfter installing the bank I installed you Adapter and logged first logged in with my normal credentials, but the got a family account as suggested.\nNow this works but every time after I start the adapter I get a couple of updates (maybe for 2 hours or so) but then the account is blocked for 24 hours.\nAm I doing something wrong or is it Anker just not allowing this?', False),
    ('https://github.com/ronny130286/ioBroker.ankersolix2/issues/60', 'issue', 'other', 'none', 'Habe ich das richtig verstanden, dass du zuerst im Adapter deinen Haupt-Account genutzt hast und dann erst einen Familie-Account erstellt hast und diese nutzen wolltest?\n\nBekommst du im Log irgendeinen Hinweis/Fehlermeldung?', False, 'de'),
    ('https://github.com/ronny130286/ioBroker.ankersolix2/issues/60', 'issue', 'complaint', 'none', 'Hallo ronny\ndanke für die schnelle Antwort :-)\nDas ist das log wenn es gesperrt ist und ich einen Restart mache. Da steht login API username are different und dass es in einer Stunde wieder geht.\n\nankersolix2.0\t2025-05-07 20:45:14.566\tdebug\tAnalysis Sleeping for 600000ms... TimerId 1168\nankersolix2.0\t2025-05-07 20:45:14.565\tdebug\tLoginResponseCode: 100053 => Please try again in 1 hours.', False, 'de'),
    ('https://github.com/tomquist/solix2mqtt/issues/2', 'issue', 'other', 'none', 'Frage zum Setup/Start\n\nVermutlich eine blöde Frage, aber ich bekomme das nicht an den Start.', False, 'de'),
    ('https://github.com/tomquist/solix2mqtt/issues/2', 'issue', 'other', 'none', 'Geschnallt... Hab die / überlesen...', False, 'de'),
    ('https://github.com/tomquist/solix2mqtt/issues/2', 'issue', 'other', 'other', 'Anker erlaubt nur eine bestimmte Anzahl von Logins pro Tag. Wird die überschritten, dann wird der Account für mehrere Stunden (ich glaube es waren 12h) gesperrt. Es sieht so aus als wäre dein Account noch 3h gesperrt.', False, 'de'),
    ('https://github.com/tomquist/solix2mqtt/issues/2', 'issue', 'complaint', 'none', 'Schon. Aber beim ersten Login-Versuch springt sofort diese Sperre an. War gestern schon für 24 Stunden gesperrt, nach Ablauf der erste Versuch: Bäm, 3 Stunden gesperrt.\nDas Kommando ist aber doch richtig zusammen gesetzt? Nach der Sperre gestern hab ich heute mehrfach Login/Passwort abgeglichen, das passt.', False, 'de'),
    ('https://github.com/tomquist/solix2mqtt/issues/2', 'issue', 'complaint', 'other', 'Schaut jetzt so aus. Login bei Anker steht, würde ich sagen. Aber jetzt kommt im mosquitto nix an. Andere mqtt-clients liefern aber dort ab, also grundsätzlich funktioniert mqtt hier.', False, 'de'),
    ('https://github.com/UncleSamSwiss/ioBroker.luxtronik2/issues/360', 'issue', 'other', 'other', "Fehlerreport Couldn't handle 'Informationen.Energiemonitor'\n\n**Describe the bug**\nHabe eine neue Alpha Innotec mit Luxtronic 2.1 in der Software Version V3.88.0 , Rev. 9015 seit einigen Tagen installiert. Habe immer wieder Fehlermeldungen im Log und das der Adapter neu startet. Daten kommen jedoch regelmässig rein.", False, 'de'),
    ('https://github.com/iobroker-community-adapters/ioBroker.solarlog/issues/116', 'issue', 'other', 'none', "Kann ich bestätigen - abschalten des fullybrowser-Adapters hat nichts gebracht!\nVielen Dank für den Hinweis ... die Beschreibung ist zwar für eine alte Version des iobrokers, aber ich hab's trotzdem geschafft, den debug mode für den solarlog-Adapter einzuschalten :-)\nDann sehen wir hoffentlich morgen mehr !", False, 'de'),
    ('https://github.com/iobroker-community-adapters/ioBroker.solarlog/issues/116', 'issue', 'other', 'none', 'Ich bräuchte natürlich das log von morgens um 3, aber ja, genau ein solches. In dem oben sieht man nur, dass der Adapter reibungslos läuft - zu dieser Zeit wurden die Daten geschrieben, oder?', False, 'de'),
    ('https://github.com/iobroker-community-adapters/ioBroker.solarlog/issues/116', 'issue', 'complaint', 'none', 'Hallo, jetzt hat\'s geklappt.\nAlso ich sehe nur "ACCESS DENIED" im fraglichen Zeitraum ... hoffentlich siehst Du mehr ;-)', False, 'de'),
    ('https://github.com/davidm-glitch/home-assistant-eheim-digital/issues/32', 'issue', 'complaint', 'none', 'Integration doen`t work\n\nNeither with eheimdigital.local nor with the IP address does it work.\nalways: Connection failed.', False),
    ('https://github.com/davidm-glitch/home-assistant-eheim-digital/issues/32', 'issue', 'other', 'none', 'Bist du sicher, dass du die richtige Integration verwendest?\nAre you sure you are using the right integration?', False, 'de'),
    ('https://github.com/davidm-glitch/home-assistant-eheim-digital/issues/32', 'issue', 'other', 'none', 'Dank an Stiesel, das war der Fehler meinerseits. Ist aber auch verwirrend das alles .', False, 'de'),
    ('https://github.com/JsBergbau/BaikalAnleitung/issues/21', 'issue', 'other', 'none', '403 Forbidden\n\nIch bekomme beim Zugriff einen 403 Fehler, an den Berechtigungen für die Ordner sollte es ja eigentlich nicht liegen.', False, 'de'),
    ('https://github.com/JsBergbau/BaikalAnleitung/issues/21', 'issue', 'other', 'none', 'Wo genau erhälst du denn den Fehler?\nWelche Hinweise geben /var/log/nginx/access.log und /var/log/nginx/error.log?', False, 'de'),
    ('https://github.com/JsBergbau/BaikalAnleitung/issues/21', 'issue', 'other', 'none', 'Aus irgendeinem Grund geht es wieder, lol', False, 'de'),
]
