# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 531 (mine-b531): GERMAN, next pass - German-written GitHub issue threads where someone reports that a
# connection between two systems fails now, plus near misses from the same threads, in repositories no German batch
# used (all batches' rows were loaded with python and every repository carrying a 'de' row was listed; none of them is
# used here, and every thread URL was checked against all batches in main, main's pending and the other worktrees).
# Theme found: German Scriptable / web widgets reading the RKI / DIVI COVID APIs (rphl/corona-widget, tzschies/incidence,
# stritti/covid-ampel-widget, marcusraitner/COVID-19-Dashboard, iamrbn/tagesschau-widget), vaccipy (a tool that talks to
# the German Impfterminservice / 116117 and gets 429 / 401 / bot-protection blocks), the MVG departures API
# (mvv-display-for-ESP32), a Pi-hole blocklist repository whose users' gravity update cannot reach GitHub (RPiList/specials),
# Freifunk firmware (VPN tunnel not rebuilt - Freifunk Dresden, weimarnetz), a Deye inverter read by a Modbus gateway
# (SolaxModbusGateway), a Nextcloud Deck app timing out against the server, German PHP web apps that cannot reach their
# database or SMTP server at setup (php_mobile_accounting, TS3-Webinterface, redaxo core), a Magento German locale pack
# and a Kodi repository install, and ioBroker trashschedule (one works-now reply). 123 of the 125 rows are German (7th
# element 'de'); 2 rows of RPiList/specials #646 are English and carry no language element.
# Complaints (50) are writers saying a connection between two systems fails now: "Termin konnte nicht gebucht werden: 429
# {}", "Terminpaare können nicht geladen werden: 401 Unauthorized", "Anfrage wurde von der Botprotection geblockt.",
# "Vermittlungscode kann derzeit nicht angefragt werden", "es kommt sofort \"Anspruch abgelaufen\"", "JSON parsing
# exception | IP gebannt oder Website down", "Mein Fehler oder hat das Widget wieder mal Probleme, Daten vom RKI zu
# lesen?", "Ganz aktuell meldet die RKI API Fehler 499 Token required.", "Seit 3 Tagen kein Update der Daten ... obwohl
# das RKI die Zahlen updatet", "Offensichtlich hat sich bei der API für die Inzidenz ... wieder etwas geändert", "MVG API
# antwortet nur noch mit HTTP 404?", "[✗] Status: Connection Refused ... List download failed" (Pi-hole to GitHub),
# "bekommt das pihole wohl keine Verbindung zu GitHub", "wird der Tunnel vom FF Router zu den VPN Endpunkten nicht wieder
# aufgebaut", "seit dem neuesten Update bekomme ich keine Daten mehr ausgelesen" (Deye inverter), "failed to connect to
# myserver (port 443) ... ETIMEDOUT", "Mit den angegebenen Daten kann keine Verbindung aufgebaut werden", "SQLSTATE[HY000]
# [1045] Access denied for user", "writeMail:SMTP connect() failed", and many "+1" replies ("Habe das gleiche Problem...",
# "Habe auch das selbe Problem.", "Selbes Problem hier:", "Ja, ich bekomme den gleichen Fehler", "Gleiches Spiel - aber
# gut, wenn ich nicht der einzige bin.", "Kann ich bestätigen.", "Das Gleiche hatte ich gestern aber auch.").
# Near misses kept (label other, 75): maintainers' questions and diagnoses ("Gibt es ein fehler in der system.log?",
# "Hey, welche Version verwendest du?", "huch, das sieht nach einem Verbindungsfehler aus...", "RKI scheint aktuell
# Probleme zu haben.", "Es scheint ein Problem mit dem API Server für die DIVI-Daten zu geben.", "Ist ein Cookie-Problem,
# das gerade mehrere betrifft. Update kommt.", "Die alte Fahrinfo API wurde abgeschaltet.", "deine Datenbankverbindung
# ist nicht korrekt?"), works-now / my-mistake follow-ups ("Ja, geht wieder", "Geht scheinbar wieder!", "Tippfehler...
# Wahnsinn", "Über Port 25 habe ich die Mails auf einmal erhalten", "Funktioniert wieder." after a new ics file,
# "Okay liegt wohl echt an der Überlastung, jetzt ging es zweimal"), wrong-data reports that are not a failing connection
# (rphl #109 #176 #6 "falscher Inzidenzwert", "Bei mir stimmen heute die Inzidenzen nicht"), a script crash (rphl #164
# TypeError), a request for a clearer MySQL error message (easy-wi #521), an admin login inside Magento itself
# (German_LocalePack #248 - not two systems), an install that stops at the database step without an error (TS3 #14),
# a 404 when installing an add-on from a repository (kodinerds #90 - a wrong path, not a failing connection), and
# thanks / praise.
# Label calls / doubts: exposure_mentioned is False everywhere (no key or token said to have got out). Borderline
# complaints: vaccipy #130 (the writer asks whether a recurring error matters; the maintainer says it means an invalid
# Vermittlungscode - kept as a credential rejected while running), vaccipy #368 (the code fails on the 116117 page),
# vaccipy #482 ("Anspruch abgelaufen" for the booking code), rphl #28 and #33 (widget shows no data; the thread blames the
# RKI fetch), iamrbn/tagesschau-widget #4 (filed by the maintainer, API answer in the wrong format), redaxo #424 (the setup
# cannot open its database), weimarnetz #218 (one node does not connect its VPN), tobiasfaust #174 (no data read from
# the inverter since an update). Vaccipy is a bot against a service that rate-limits bots; the 429 / bot-protection
# reports were kept as complaints because the writer reports the connection to the service failing now. Integration is
# 'other' when the text names the remote product (RKI, DIVI, Impfterminservice / 116117, vaccipy, MVG, GitHub, Deye,
# Nextcloud, Magento, Kodi repo, ioBroker ical), 'none' when the text names none (even when the repository is about one);
# no row is about Stripe, Keap or ActiveCampaign.
# Texts: copied from the excerpts the `search` tool returned (an issue title plus the first sentences, or one comment),
# trimmed at line ends, never reworded or translated; pasted logs cut after the error line. Left out between lines: the
# screenshot / image lines in vaccipy #334 #392 #130, marcusraitner #120 (ragalthar) and rphl #33; the long config /
# version block is kept verbatim in nextcloud-deck #832 up to its exception line. Replies cite the issue URL without anchor.
# Sources (42 threads, all GitHub issues; issues corpus): riconeitzel/German_LocalePack_de_DE #248,
# wolfgang-wiedermann/php_mobile_accounting #24, First-Coder/TS3-Webinterface #14 #59, redaxo/core #424,
# easy-wi/developer #521, RPiList/specials #172 #646, Freifunk-Dresden/firmware-freifunk-dresden #3, weimarnetz/weimarnetz
# #218, kodinerds/repo #90, stefan-niedermann/nextcloud-deck #832, tobiasfaust/SolaxModbusGateway #174, rphl/corona-widget
# #165 #6 #109 #164 #191 #176 #28 #33, stritti/covid-ampel-widget #27, marcusraitner/COVID-19-Dashboard #110 #120,
# tzschies/incidence #12, timreibe/vaccipy #460 #476 #60 #449 #148 #482 #364 #334 #488 #137 #392 #130 #55 #368,
# iamrbn/tagesschau-widget #4, klein0r/ioBroker.trashschedule #62, florianlederer/mvv-display-for-ESP32 #37.
# Look-ups (49 of 60, all `search` on the issues corpus; no fetch): "Oxid eShop Modul Zahlungsanbieter Verbindung
# fehlgeschlagen API Schlüssel ungültig", "Gambio Modul Schnittstelle Fehler Verbindung nicht möglich Zugangsdaten",
# "Thunderbird CalDAV Kalender synchronisiert nicht mehr Fehler 401 Nextcloud seit Update", "Jellyfin Plugin Trakt
# Verbindung funktioniert nicht mehr Autorisierung fehlgeschlagen", "Discord Bot verbindet sich nicht mehr Token ungültig
# Fehler seit heute hallo", "Shopware 6 App Verbindung zur API schlägt fehl Zugangsdaten korrekt Fehlermeldung
# Bestellungen nicht übertragen", "Zattoo Kodi Addon Anmeldung fehlgeschlagen Login funktioniert nicht mehr", "Übung
# Verbindung zur Datenbank fehlgeschlagen Uni Server SSH Zugriff verweigert Hilfe", "pyLoad Premium Account Login
# fehlgeschlagen Hoster funktioniert nicht mehr Hallo", "Hallo, seit dem Update bekomme ich keine Verbindung mehr zur
# Datenbank. Fehlermeldung Access denied", "E-Mail Versand funktioniert nicht SMTP Verbindung fehlgeschlagen Passwort
# richtig Mailserver Fehlermeldung", "Synchronisation mit dem Server schlägt fehl App zeigt Fehler Anmeldung nicht möglich
# Nextcloud Passwörter", "Keine Verbindung zum Server möglich seit gestern Fehlermeldung Zertifikat", "Versandmodul DHL
# Schnittstelle Fehler Authentifizierung fehlgeschlagen Label erstellen nicht möglich", "Mediathek Addon Kodi funktioniert
# nicht mehr Fehler beim Abrufen Joyn waipu Login", "Telegram Bot antwortet nicht mehr Verbindung Fehler Hallo zusammen",
# "Abgleich mit JTL-Wawi klappt nicht mehr Artikel werden nicht übertragen Fehlermeldung Verbindung", "Anmeldung schlägt
# fehl obwohl Benutzername und Passwort stimmen, geht seit gestern nicht mehr", "Kontakte und Kalender werden nicht mehr
# abgeglichen Handy Server Fehlermeldung Abgleich", "Moodle Plugin Verbindung zum Videoserver fehlgeschlagen Hochschule
# Fehlermeldung", "Sky Ticket DAZN Addon Anmeldung fehlgeschlagen funktioniert seit heute nicht mehr", "Pi-hole Unbound
# keine Namensauflösung mehr DNS Anfragen werden nicht beantwortet seit Update Hallo", "Praktikum Abgabe Git push
# abgelehnt Zugriff verweigert GitLab Hochschule Fehlermeldung", "Wallbox Integration verliert Verbindung Cloud
# Zugangsdaten werden abgelehnt seit Firmware", "Pihole Listen lassen sich nicht mehr laden Fehler Verbindung GitHub
# gravity RPiList", "Freifunk Knoten VPN Tunnel baut sich nicht mehr auf keine Verbindung zum Gateway fastd", "Mastodon
# Instanz Föderation funktioniert nicht Beiträge kommen nicht an Relais Fehler", "Matrix Synapse Bridge Verbindung
# abgebrochen Nachrichten kommen nicht mehr an Signal WhatsApp Brücke", "Freifunk Router offline keine Verbindung zum
# Mesh Gateway seit Update Knoten", "Blockliste Pihole Fehler beim Herunterladen Status Connection Refused Hallo
# zusammen", "Kodi Addon ARD Audiothek ZDF Fehler beim Laden Server antwortet nicht Hallo", "Plex Server nicht erreichbar
# Fernzugriff funktioniert nicht mehr Tautulli Verbindung fehlgeschlagen", "MeshCom Gateway keine Verbindung zum Server
# MQTT APRS Meldungen kommen nicht an", "BigBlueButton Greenlight LDAP Anmeldung Hochschule funktioniert nicht mehr
# Fehler", "Thunderbird Adressbuch CardDAV Synchronisation Fehler Anmeldung Server Posteo mailbox.org", "Verbindung zum
# Server konnte nicht hergestellt werden Zeitüberschreitung Fehlermeldung", "Synchronisierung fehlgeschlagen Server
# meldet 401 nicht autorisiert Anmeldedaten", "seit Umstellung der Schnittstelle kommen keine Daten mehr an Fehler beim
# Abruf", "Widget zeigt keine Daten RKI API Fehler Scriptable Inzidenz lädt nicht", "MQTT Broker Verbindung wird ständig
# getrennt ESP32 Gateway Wechselrichter keine Werte mehr", "Bot meldet sich nicht mehr an Discord Token abgelaufen Fehler
# beim Starten Hilfe bitte", "Scriptable Widget funktioniert seit heute nicht mehr API liefert keine Daten habe das
# gleiche Problem", "Abfallkalender Abfuhrtermine werden nicht mehr geladen Fehler Server der Stadt", "Impfterminservice
# Skript funktioniert nicht mehr Fehler 429 blockiert Terminsuche", "Trade Republic Login funktioniert nicht mehr Fehler
# beim Anmelden Websocket pytr", "Internetmarke Portokasse Anmeldung fehlgeschlagen Deutsche Post Schnittstelle Fehler",
# "Alexa Skill Kontoverknüpfung fehlgeschlagen Geräte werden nicht mehr gefunden seit gestern", "Abfahrtsmonitor zeigt
# keine Abfahrten mehr API VBB VRR MVG liefert Fehler seit heute", "vaccipy Vermittlungscode Fehler Server nicht
# erreichbar Zertifikat Verbindung abgelehnt". Many look-ups (Oxid, Discord, Shopware 6, Zattoo, university SSH, pyLoad,
# DB access, SMTP, Nextcloud, certificates, DHL, Telegram, Sky/DAZN, Pi-hole/unbound in pi-hole's own repos, git push,
# wallbox, Mastodon, Matrix bridges, Plex/Tautulli, BBB LDAP, CardDAV, 401 sync, MQTT/ESP32, Trade Republic, Internetmarke,
# Alexa skills) returned only English, Spanish, French or Chinese threads, or threads of repositories already used.
# Mined then dropped before committing to keep the complaint share near 40% (all near misses, label other): icssw-org/
# MeshCom-Firmware #568 #553 #154, ffbsee/ffbsee-firmware #11, FreifunkBremen/gluon-site-ffhb #35, freifunk-gluon/gluon
# #1130, 100prznt/EzoGateway #33, Pinguinklaus/TodoLageer #20, sunweaver/nextcloud-high-performance-backend-setup #75,
# lectureStudio/lectureStudio #95, BerlusGmbH/Berlussimo #61, NerdySoftPaw/openpublictransport #54, rphl/corona-widget #148,
# Com-Lum/MMM-RMV #37, timreibe/vaccipy #70 (none of their rows is in this file).
# Checked and skipped as already mined or in a German batch's repository: FriendsOfREDAXO/frontend_edit #12,
# foxthefox/ioBroker.fritzdect #82, kivitendo/kivitendo-erp #394, selectline-software/selectline-api #112 #52 #169 #464
# #397, ecamp/ecamp #55, Deazl/pr0keys #41, engelsystem/engelsystem #39, Educational-Engineering/Issues #98 #99,
# PietSmietde/Bugs #78, softwerkskammer/Agora #1055, urlaubsverwaltung #847 #427, tine20/tine20 #2861,
# aluxnimm/outlookcaldavsynchronizer #198 #449, fayer3/plugin.video.joyn_app #7 #8, knaerzche/plugin.video.joyn #5 #15,
# raptor2101/Mediathek #107, rols1/Kodi-Addon-ARDundZDF #33 #39 #47 #57, TA2k/ioBroker.parcel #90 #40,
# netresearch DHL threads (dhl-module-shipping-m2 in a German batch; dhl-shipping-m2 #39 is English prose),
# StrangeLoopGames/EcoIssues #12011, kellerza/hassio-sma-em #30, ArduinoHannover/DBAPI #3, opendata-stuttgart/
# sensors-software #144, iobroker-community-adapters/ioBroker.fronius #375, marq24/ha-tibber-pulse-local #36,
# mampfes/hacs_waste_collection_schedule threads, Traewelling/traewelling #3035, pecuniabanking/pecunia-client #523.

ROWS = [
    ('https://github.com/riconeitzel/German_LocalePack_de_DE/issues/248', 'issue', 'other', 'other', 'Kein Login zum connect manager mehr möglich\n\nHallo.\nNach der Installation kann ich mich leider nicht mehr im connect manager einloggen.\nDie deutsche Übersetzung ist zwar da, aber wenn ich meine Login Daten eingebe und bestätige, passiert rein garnichts...', False, 'de'),
    ('https://github.com/riconeitzel/German_LocalePack_de_DE/issues/248', 'issue', 'other', 'none', 'Hat das vielleicht mit der gleichzeitigen Installation von magesetup zu tun?', False, 'de'),
    ('https://github.com/riconeitzel/German_LocalePack_de_DE/issues/248', 'issue', 'other', 'none', 'Eigentlich nicht denke ich, das Phänomen hatte ich schon nach dem German_LocalPack...\nHabe jetzt einfach mal vor die URL ein https:// gestellt und komme dann pötzlich rein...', False, 'de'),
    ('https://github.com/wolfgang-wiedermann/php_mobile_accounting/issues/24', 'issue', 'complaint', 'none', 'Einrichten der Datenbank Fehler\n\nHei!\nMir gelingt es leider nicht über den ersten Schritt hinaus zu kommen.\nEntpacken und erstellen der directory lief problemlos\nBeim Eingabefenster für ports benutzername und passwort erhalte ich folgenden Fehler\n\nMit den angegebenen Daten kann keine Verbindung aufgebaut werden: Internal Server Error', False, 'de'),
    ('https://github.com/First-Coder/TS3-Webinterface/issues/14', 'issue', 'other', 'none', 'Installation schlägt fehl\n\nWenn ich die Installation starte, komme ich genau bis zu dem Punkt, an dem die Datenbanktabellen erstellt werden. Dann drücke ich auf "Next" und das gleiche Fenster mit denselben Abfragen erscheint erneut.', False, 'de'),
    ('https://github.com/First-Coder/TS3-Webinterface/issues/14', 'issue', 'other', 'none', 'Lass mal nebenbei die console laufen, es wird ein fehler kommen ;), Dann weiß ich zumindest schonmal welche datei den fehler hervorruft', False, 'de'),
    ('https://github.com/First-Coder/TS3-Webinterface/issues/14', 'issue', 'other', 'none', 'Danke dir :). Ich werde mir die datei mal genauer anschauen. Es wäre noch sehr nützlich wenn du in den logs schauen könntest, was der error ist.', False, 'de'),
    ('https://github.com/First-Coder/TS3-Webinterface/issues/14', 'issue', 'complaint', 'none', "Hier ist das Ergebnis des Logs:\n\n2017-01-23 22:32:40\tCRITICAL\tcheck_database.php (SQL Error):SQLSTATE[HY000] [1045] Access denied for user ''@'localhost' (using password: NO)", False, 'de'),
    ('https://github.com/First-Coder/TS3-Webinterface/issues/59', 'issue', 'other', 'none', 'Passwort Reset über SMTP geht nicht\n\nIch habe es jetzt mal mit einer anderen E-Mail Adresse versucht. Jedoch kann ich das Passwort nicht zurücksetzen. Ich bekomme immer folgende Fehler Meldung "Password could not be resetted!"', False, 'de'),
    ('https://github.com/First-Coder/TS3-Webinterface/issues/59', 'issue', 'other', 'none', 'Gibt es ein fehler in der system.log?', False, 'de'),
    ('https://github.com/First-Coder/TS3-Webinterface/issues/59', 'issue', 'complaint', 'none', 'writeMail:SMTP connect() failed. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting\n\nAber nur wenn ich Port 465 verwende. Wenn ich Port 25 verwenden will, gibts keinen Fehler im System Log aber es geht trotzdem ned', False, 'de'),
    ('https://github.com/First-Coder/TS3-Webinterface/issues/59', 'issue', 'other', 'none', 'Über Port 25 habe ich die Mails auf einmal erhalten, obwohl eine Fehlermeldung im Browser kam :D', False, 'de'),
    ('https://github.com/First-Coder/TS3-Webinterface/issues/59', 'issue', 'other', 'none', 'Beachtet bitte, dass der SMTP Port 465 SSL benötigt - TLS funktioniert unter Umständen auch. Ist SSL nicht aktiviert/konfiguriert, wird das nicht funktionieren.', False, 'de'),
    ('https://github.com/redaxo/core/issues/424', 'issue', 'complaint', 'none', "Setup: Schritt 4 von 7 / Schreiben der 'data/config.yml'\n\nFehler beim Anlegen der Datenbank.\n[translate:sql_unable_to_open_datebase]", False, 'de'),
    ('https://github.com/redaxo/core/issues/424', 'issue', 'other', 'none', 'Ok, scheinbar fehlt die Meldung in der Sprachdatei.\n\nAber der eigentliche Fehler stimmt vermutlich, und deine Datenbankverbindung ist nicht korrekt?', False, 'de'),
    ('https://github.com/easy-wi/developer/issues/521', 'issue', 'other', 'other', 'Fehlermeldung bei falsche MySQL Daten\n\nHabe eben versucht das Webinterface zu installieren und mir ist aufgefallen, hat man bei den MySQL Daten ein Fehler drin kommt keine Fehlermeldung ob was falsch ist.', False, 'de'),
    ('https://github.com/RPiList/specials/issues/172', 'issue', 'complaint', 'other', 'Kein listen updaten\n\nHallo zusammen,\n\nich hab sämtliche liste einmal gelöscht und mit den list hier geupdatet, bekomme aber bei vielen listen wenn ich sie via Update Gravity (list of blocked domains) update bekomme ich die Meldung \n\n> \n```\n  [i] Target: raw.githubusercontent.com (notserious)\n  [✗] Status: Connection Refused\n  [✗] List download failed: no cached list available', False, 'de'),
    ('https://github.com/RPiList/specials/issues/172', 'issue', 'complaint', 'other', 'Ich nutze unbound also upstream DNS.\nMeine Vermutung ist das ich beim Einrichten einen Fehler gemacht habe.\nIch muss heute Abend nochmal in Ruhe schauen und melde mich dann wieder.\nWeil wenn ich über shh schaue bekommt das pihole wohl keine Verbindung zu GitHub. Die genaue Fehlermeldung schreibe ich heute Abend dazu. Ich glaub es war no Route to host.', False, 'de'),
    ('https://github.com/RPiList/specials/issues/172', 'issue', 'other', 'other', 'Wenn das Problem bei Unbound vermutet wird, dann einfach den Upstream DNS Server in 1.1.1.1 ändern. Funktioniert Pihole dann wieder, ist Unbound das Problem.', False, 'de'),
    ('https://github.com/RPiList/specials/issues/172', 'issue', 'complaint', 'other', 'Habt ihr da eine Lösung gefunden? ich kann auch keine Listen mehr updaten, wenn unbound aktiv ist.', False, 'de'),
    ('https://github.com/RPiList/specials/issues/172', 'issue', 'other', 'none', 'Das o.g. schon alles durchprobiert? Zeiteinstellungen auf dem Pi geprüft usw...?', False, 'de'),
    ('https://github.com/RPiList/specials/issues/172', 'issue', 'complaint', 'other', 'Also Zeiteinstellung passt laut Ausgabe von putty.\nkomischerweiße kann ich ganz normal surfen, wenn unbound aktiv ist. aber beim gravity-update bekomme ich die Fehlermeldung: DNS Resolution currently unavalible.', False, 'de'),
    ('https://github.com/RPiList/specials/issues/172', 'issue', 'other', 'none', 'Habe das Problem nach längerem Suchen gefunden... Tippfehler... Wahnsinn', False, 'de'),
    ('https://github.com/RPiList/specials/issues/646', 'issue', 'other', 'other', 'Pihole problem\n\nHi, a moment ago I did the gravity update on my pihole, I am given this error:', False),
    ('https://github.com/RPiList/specials/issues/646', 'issue', 'other', 'other', 'Hi, it‘s a layer 8 (User) Problem. You have use the „html“ version of the list but you have to use the raw Version of the Target url  like: https://github.com/RPiList/specials/raw/master/Blocklisten/Win10Telemetry in you’re case.', False),
    ('https://github.com/RPiList/specials/issues/646', 'issue', 'other', 'other', 'Wie @AleksCee sagte, benutzen Sie den falschen Link im Pihole. Die Liste selbst ist sauber. Viele Grüße', False, 'de'),
    ('https://github.com/Freifunk-Dresden/firmware-freifunk-dresden/issues/3', 'issue', 'complaint', 'none', 'VPN wird nicht wieder aufgebaut nachdem Internet Zugang weg war\n\nIch schalte über Nacht meinen Internet-Router aus. Wenn ich ihn früh wieder anschalte, wird der Tunnel vom FF Router zu den VPN Endpunkten nicht wieder aufgebaut. \nWenn ich das Autosetup ausführe gibt es die Meldung, dass keine Verbindung hergestellt werden kann.\nInteressanterweise werden auch keine DNS Anfragen gezüglich der Entpunkte ans Internet gestellt.', False, 'de'),
    ('https://github.com/Freifunk-Dresden/firmware-freifunk-dresden/issues/3', 'issue', 'other', 'none', 'Der pull ist aber nicht getestet weil ich jetzt hier kein testsystem habe', False, 'de'),
    ('https://github.com/Freifunk-Dresden/firmware-freifunk-dresden/issues/3', 'issue', 'other', 'none', 'Danke, ich habe den fix gerade erst gesehen. werde ich mir mal ansehen. weiss aber noch nicht wann ich dazu komme.', False, 'de'),
    ('https://github.com/weimarnetz/weimarnetz/issues/218', 'issue', 'other', 'none', 'steht das vielleicht auch in Zusammenhang mit #131 ?', False, 'de'),
    ('https://github.com/weimarnetz/weimarnetz/issues/218', 'issue', 'complaint', 'none', 'jetzt mit ausem vtun locking auf 3.v. verbindet sich auch die 122 mit cc \ngm von montag.\ndie 319 schafft es nicht', False, 'de'),
    ('https://github.com/kodinerds/repo/issues/90', 'issue', 'other', 'other', 'Installation von Kodi-Addon-ARDundZDF schlägt fehl\n\nWenn man in Kodi das Addon Kodi-Addon-ARDundZDF über die kodinerds repo installieren will, bekommt man die Fehlermeldung: "Download fehlgeschlagen (Code 404)".', False, 'de'),
    ('https://github.com/stefan-niedermann/nextcloud-deck/issues/832', 'issue', 'complaint', 'other', 'Konto neu angelegt, offline\n\n```\nApp Version: 1.14.0\nApp Version Code: 1014000\nServer App Version: 0.6.4\nApp Flavor: fdroid\n\nFiles App Version Code: 30140390\n\n---\n\nOS Version: 4.14.117-perf-gaf11d57(V12.0.1.0.QCXEUXM)\nOS API Level: 29\nDevice: willow\nManufacturer: Xiaomi\nModel (and Product): Redmi Note 8T (willow_eea)\n\n---\n\ncom.nextcloud.android.sso.exceptions.UnknownErrorException: failed to connect to myserver (port 443) from /100.101.203.26 (port 37297) after 60000ms: isConnected failed: ETIMEDOUT (Connection timed out)', False, 'de'),
    ('https://github.com/tobiasfaust/SolaxModbusGateway/issues/174', 'issue', 'complaint', 'other', 'Keine Daten seit neuem Update\n\nHallo ich habe ein deye 12k \nHabe deine Software schon lange laufen aber seit dem neuesten Update bekomme ich keine Daten mehr ausgelesen.\nLeider hat ein Update auf ein älteres Update keine Verbesserung gebracht.\nHast du eine Idee was es sein könnte 💕 \nDanke im vorraus 😘', False, 'de'),
    ('https://github.com/tobiasfaust/SolaxModbusGateway/issues/174', 'issue', 'other', 'none', 'Sorry, nicht gesehen.\nDas scheint jedenfalls nicht am Gateway zu liegen. Hier schau bitte auf die serielle Konsole ob dort Fehlermeldungen ausgegeben werden.', False, 'de'),
    ('https://github.com/rphl/corona-widget/issues/165', 'issue', 'complaint', 'other', '"Kein Internet" Fehler trotz LTE\n\nEin Bild sagt mehr als 1.000 Worte. Mein Fehler oder hat das Widget wieder mal Probleme, Daten vom RKI zu lesen?', False, 'de'),
    ('https://github.com/rphl/corona-widget/issues/165', 'issue', 'complaint', 'none', 'Kann ich bestätigen. Dadurch werden auch Änderungen an den Geo-Koordinaten nicht umgesetzt.', False, 'de'),
    ('https://github.com/rphl/corona-widget/issues/165', 'issue', 'other', 'other', 'Muss ich prüfen. Hier scheint es ein Problem mit der RKI Api zu geben.', False, 'de'),
    ('https://github.com/rphl/corona-widget/issues/165', 'issue', 'other', 'none', 'Geht bei mir heute morgen wieder...', False, 'de'),
    ('https://github.com/rphl/corona-widget/issues/165', 'issue', 'other', 'none', "Bei mir geht's heute auch wieder. Habe den Code nicht geändert.", False, 'de'),
    ('https://github.com/rphl/corona-widget/issues/165', 'issue', 'other', 'other', 'Wie vermutet war es das RKI was keine Daten geliefert hat. \n\n⚡️ Bedeutet auch das keine Daten geladen werden konnte, was nicht immer kein Internet zur Grunde hat. Werde es mal in der Doku anpassen.', False, 'de'),
    ('https://github.com/stritti/covid-ampel-widget/issues/27', 'issue', 'complaint', 'other', 'Inzidenz wird nicht mehr angezeigt\n\n**Aktuelles Verhalten**\nÖffnet man die Seite des Ampel Widgets, erscheint eine Fehlermeldung. Auch eine Änderung des Landkreises liefert das gleiche Problem.', False, 'de'),
    ('https://github.com/stritti/covid-ampel-widget/issues/27', 'issue', 'other', 'other', 'Liegt wahrscheinlich an der API des RKI.', False, 'de'),
    ('https://github.com/stritti/covid-ampel-widget/issues/27', 'issue', 'other', 'other', 'Scheint ein Problem beim RKI zu sein. Das Scriptable-Widget hat auch das Problem: https://github.com/rphl/corona-widget/issues/118\n\nWarten wir mal ab ...', False, 'de'),
    ('https://github.com/rphl/corona-widget/issues/6', 'issue', 'other', 'none', 'Hallo…\nEs funktioniert wieder. Lag wohl am API , wie du schon vermutet hast.\nVielen Dank für deine tolle Arbeit \n\nLieben Gruß Torsten', False, 'de'),
    ('https://github.com/rphl/corona-widget/issues/6', 'issue', 'other', 'none', 'Hallo!\nBei mir stimmen heute die Inzidenzen nicht. SK und LK Kaiserslautern', False, 'de'),
    ('https://github.com/marcusraitner/COVID-19-Dashboard/issues/110', 'issue', 'complaint', 'other', 'Inzidenz D lässt Widget abstürzen\n\nOffensichtlich hat sich bei der API für die Inzidenz für ganz Deutschland wieder etwas geändert. Bei DE=y stürzt das Widget ab oder zeigt nichts mehr an.', False, 'de'),
    ('https://github.com/marcusraitner/COVID-19-Dashboard/issues/110', 'issue', 'other', 'none', 'Hat wahrscheinlich was mit dem R-Wert zu tun.', False, 'de'),
    ('https://github.com/marcusraitner/COVID-19-Dashboard/issues/110', 'issue', 'other', 'none', 'Geht scheinbar wieder! Immer noch das beste COVID Widget überhaupt!', False, 'de'),
    ('https://github.com/marcusraitner/COVID-19-Dashboard/issues/110', 'issue', 'other', 'none', 'Vielen Dank 😊 ich wäre glücklich, wenn wir es endlich nicht mehr benötigen würden.', False, 'de'),
    ('https://github.com/tzschies/incidence/issues/12', 'issue', 'complaint', 'none', 'Hallo!\n\nLeider läuft das tolle Script seit heute nicht mehr.\nEs läuft endlos, ohne dass es durchläuft und fie Widgets werden nicht aktualisiert.\nWäre toll, wenn das wieder funktionieren würde.', False, 'de'),
    ('https://github.com/tzschies/incidence/issues/12', 'issue', 'other', 'other', 'RKI scheint aktuell Probleme zu haben. Einfach etwas Geduld haben ;-)', False, 'de'),
    ('https://github.com/tzschies/incidence/issues/12', 'issue', 'other', 'none', 'OK - Danke 😀👍', False, 'de'),
    ('https://github.com/tzschies/incidence/issues/12', 'issue', 'complaint', 'none', 'Habe das gleiche Problem...', False, 'de'),
    ('https://github.com/tzschies/incidence/issues/12', 'issue', 'complaint', 'none', 'Habe auch das selbe Problem... sieht heute Vormittag „Daten nicht verfügbar.Reload erfolgt. Bitte warten“\n\nHoffe das geht bald wieder. \nIst mit Abstand das beste „Corona Zahlen Widget“', False, 'de'),
    ('https://github.com/tzschies/incidence/issues/12', 'issue', 'complaint', 'none', 'Habe auch das selbe Problem.', False, 'de'),
    ('https://github.com/tzschies/incidence/issues/12', 'issue', 'other', 'other', 'Es scheint ein Problem mit dem API Server für die DIVI-Daten zu geben. Ich hoffe morgen ist es behoben, sonst schau ich es mir nochmal genauer an.', False, 'de'),
    ('https://github.com/rphl/corona-widget/issues/109', 'issue', 'other', 'none', 'Aktuelle Version zeigt falschen Inzidenzwert an\n\nIch verwende die aktuelle Version aus dem Git Repo. Es zeigt für meinen Landkreis Ebersberg seit 2 Tagen nicht den aktuellen Inzidenzwert an.', False, 'de'),
    ('https://github.com/rphl/corona-widget/issues/109', 'issue', 'other', 'none', 'Ich vermute du nutzt die LiveInzidenz? Daten kommen alle aus der API und sollten aktuell sein. Außer dein Landkreis/Stadt hat seit paar Tagen nichts gemeldet. \n\nSiehe auch Hinweise zur Quelle/Daten in der README.', False, 'de'),
    ('https://github.com/rphl/corona-widget/issues/164', 'issue', 'other', 'none', "Widget zeigt nur Text Error in Line….. an\n\nSeit 2 Tagen bekomme ich nur noch die Meldung: Error on line 768:37: TypeError: undefined is not an object (evaluating 'completeDataObj[curDate].cases = value.cases')", False, 'de'),
    ('https://github.com/rphl/corona-widget/issues/164', 'issue', 'other', 'other', 'Danke für die Info. Schaue es mir nachher an was das Problem sein könnte. Vermute etwas mit der RKI aber.', False, 'de'),
    ('https://github.com/rphl/corona-widget/issues/191', 'issue', 'complaint', 'other', 'Seit 3 Tagen kein Update der Daten\n\nSeit 3 Tagen steht der Wert für Wiesbaden (Koordinaten 50.0782,8.2398) auf 1.308, obwohl das RKI die Zahlen updatet.', False, 'de'),
    ('https://github.com/rphl/corona-widget/issues/191', 'issue', 'other', 'none', 'Bitte aktuelle/letzte Version nutzen. Problem bereits vor Tagen gelöst: https://github.com/rphl/corona-widget/issues/189', False, 'de'),
    ('https://github.com/rphl/corona-widget/issues/176', 'issue', 'other', 'none', 'Das Script zieht falsche Werte\n\nDie Koordinaten für Wiesbaden lauten 50.08 und 8.24', False, 'de'),
    ('https://github.com/rphl/corona-widget/issues/176', 'issue', 'complaint', 'other', 'Ganz aktuell meldet die RKI API Fehler 499 Token required. Spätestens damit dürften dann jetzt alle Widgets, die auf der RKI API basieren aktuell ein Problem haben und einen Fehler oder die zuletzt ermittelten Werte anzeigen.', False, 'de'),
    ('https://github.com/rphl/corona-widget/issues/28', 'issue', 'complaint', 'none', 'Anzeige keine Darstellung\n\nHallo, ich habe das Widget installiert aber irgendwie zeigt er mir nicht die Daten an die er laut deinem Screenshot anzeigen soll.', False, 'de'),
    ('https://github.com/rphl/corona-widget/issues/28', 'issue', 'complaint', 'none', 'Das Gleiche hatte ich gestern aber auch.', False, 'de'),
    ('https://github.com/rphl/corona-widget/issues/28', 'issue', 'other', 'other', 'Liegt wohl am RKI, wenn man direkt dort nachschaut dann bekommt man die Info, dass die Zahlen teilweise noch nicht aktualisiert wurden. Nürnberg hat z.B. die Zahlen von gestern.', False, 'de'),
    ('https://github.com/timreibe/vaccipy/issues/460', 'issue', 'complaint', 'other', 'Termin konnte nicht gebucht werden: 429 {}\n\nGuten Morgen,\ngibt es hierfür eine Lösung bzw. Workaround? \n\n2021-06-13 20:10:27.286   impfterminservice   [err] [77656]   Termin konnte nicht gebucht werden: 429 {}', False, 'de'),
    ('https://github.com/timreibe/vaccipy/issues/460', 'issue', 'other', 'none', 'Hi, bitte #461 und #449 dafür folgen', False, 'de'),
    ('https://github.com/timreibe/vaccipy/issues/476', 'issue', 'complaint', 'none', 'Termin konnte nicht gebucht werden: 429 {}\n\nHallo zusammen, \n\nSeit gestern versuche ich einen Termin zu buchen. Schon 5x hätte es freie Termine gegeben, aber immer ging es nach dem gleichen Prinzip schief:', False, 'de'),
    ('https://github.com/timreibe/vaccipy/issues/60', 'issue', 'complaint', 'none', 'Meldung: "Termin konnte nicht gebucht werden: {}"\n\nAls ich auf das Tool schaute sah ich im Verlauf folgende Meldung öfters. So habe ich jetzt leider immer noch keinen Termin.', False, 'de'),
    ('https://github.com/timreibe/vaccipy/issues/60', 'issue', 'other', 'none', 'Ist ein Cookie-Problem, das gerade mehrere betrifft. Update kommt.', False, 'de'),
    ('https://github.com/timreibe/vaccipy/issues/60', 'issue', 'complaint', 'none', 'https://gyazo.com/cc4a645516b7c80c39554bdfe12edaee\n\nGleiches Spiel - aber gut, wenn ich nicht der einzige bin.', False, 'de'),
    ('https://github.com/timreibe/vaccipy/issues/60', 'issue', 'complaint', 'none', 'Sollte das auf der `improvements` branch gefixed sein? Ich hatte den fehler gerade auf der.', False, 'de'),
    ('https://github.com/timreibe/vaccipy/issues/449', 'issue', 'other', 'none', '@prinze2021 hast du dazu das Zertifikat manuell hinzugefügt?', False, 'de'),
    ('https://github.com/timreibe/vaccipy/issues/449', 'issue', 'other', 'none', 'Ich habe nichts gemacht. Ich habe ganz normal die Version 2.11\nruntergeladen und das war es.', False, 'de'),
    ('https://github.com/timreibe/vaccipy/issues/449', 'issue', 'other', 'other', 'eventuell liegt es wirklich am Impfterminservice, solltet ihr immer noch scheitern bitte den neusten Release probieren: ', False, 'de'),
    ('https://github.com/timreibe/vaccipy/issues/148', 'issue', 'complaint', 'none', 'Anfrage durch Botprotection blockiert\n\nTrotz des hier https://github.com/iamnotturner/vaccipy/blob/master/FAQ.md#faq beschriebenen Vorgehens für manuelle Cookies taucht wiederholt der folgende Fehler bei der Impf-Code Generierung auf:\n\n```\n[err] [*TER1 | 71065]   Anfrage wurde von der Botprotection geblockt.\nEs werden manuelle Cookies aus dem Browser benötigt.', False, 'de'),
    ('https://github.com/timreibe/vaccipy/issues/148', 'issue', 'other', 'none', 'Wie in den FAQ\'s beschrieben ist ein "normales" Nutzerverhalten im Browser nachzustellen, also Seite muss lang geöffnet sein und man muss mal hier und da rumklicken. Ansonsten hilft es auch die Mail/Telefonnummer zu ändern oder 24 Stunden zu warten.', False, 'de'),
    ('https://github.com/timreibe/vaccipy/issues/482', 'issue', 'complaint', 'other', 'Kurzes update: Codes können nach wie vor nicht über die Website verwendet werden, es kommt sofort "Anspruch abgelaufen". Habe eben nochmal die Suche mit vaccipy und den gleichen Codes angeworfen, das funktioniert soweit. Es können also wohl Termine damit gesucht aber nicht gebucht werden.', False, 'de'),
    ('https://github.com/timreibe/vaccipy/issues/364', 'issue', 'complaint', 'other', 'Aktuell Wartungsarbeiten beim Impfterminservice\n\nBei der Code-Generierung erscheint bei mir alle 30 Skunden die folgende Fehlermeldung:\n\n[err] [impfzentren_laden] JSON parsing exception | IP gebannt oder Website down, erneuter Versuch in 30 Sekunden\n\nIch habe auch schon verschiedene Impfzentren durchprobiert und jedes Mal die selbe Fehlermeldung.\n\nIst dies nur ein vorübergehendes Problem, da Website temporär down oder mache ich was falsch?', False, 'de'),
    ('https://github.com/timreibe/vaccipy/issues/364', 'issue', 'other', 'none', 'Aktuell sind Wartungsarbeiten einfach etwas warten.', False, 'de'),
    ('https://github.com/timreibe/vaccipy/issues/364', 'issue', 'other', 'other', 'Unter https://www.impfterminservice.de wurde auf Wartungsarbeiten hingewiesen, war also serverseitig. Hat sich wohl eben geändert, sind wieder online,', False, 'de'),
    ('https://github.com/marcusraitner/COVID-19-Dashboard/issues/120', 'issue', 'complaint', 'none', 'Wieder mal keine Daten\n\nWidget zeigt wieder seit 3 Tagen keine neuen Daten. Wieder ein neues API Problem?', False, 'de'),
    ('https://github.com/marcusraitner/COVID-19-Dashboard/issues/120', 'issue', 'other', 'none', 'Scheint so. `de=n` hilft erst Mal als Workaround.', False, 'de'),
    ('https://github.com/marcusraitner/COVID-19-Dashboard/issues/120', 'issue', 'complaint', 'none', 'Die Fehlermeldung kommt seit heute. Ist das das gleiche Problem?\n\nUnd in welcher Zeile kann ich den Parameter de=n setzen?', False, 'de'),
    ('https://github.com/marcusraitner/COVID-19-Dashboard/issues/120', 'issue', 'other', 'none', 'Scheint wieder alles zu funktionieren?', False, 'de'),
    ('https://github.com/marcusraitner/COVID-19-Dashboard/issues/120', 'issue', 'other', 'none', 'Ja, geht wieder', False, 'de'),
    ('https://github.com/iamrbn/tagesschau-widget/issues/4', 'issue', 'complaint', 'none', 'Error bei API abfrage\n\nwidget zeigt ein fehler an, dass die daten aus der API nicht das korrekte format haben.', False, 'de'),
    ('https://github.com/iamrbn/tagesschau-widget/issues/4', 'issue', 'other', 'none', 'sollte mit dem update auf 1.4 behoben sein.', False, 'de'),
    ('https://github.com/rphl/corona-widget/issues/33', 'issue', 'complaint', 'none', 'Fehler - Daten konnten nicht geladen werden...\n\nHi, hab mir den Script grade über Scriptable geladen leider zeigt er immer nur Fehler an ?? \nReload was da steht bringt nix.. ', False, 'de'),
    ('https://github.com/rphl/corona-widget/issues/33', 'issue', 'other', 'none', 'Wenn du es direkt in Scriptable ausführst (Play Button drücken)\n\nGibt es Fehler auf der Konsole?', False, 'de'),
    ('https://github.com/rphl/corona-widget/issues/33', 'issue', 'other', 'none', 'Hmm, das deutet drauf hin das etwas mit dem Abruf der Daten nicht funktioniert hat.\n\nFüge mal in neue Zeile 462 folgendes ein: `console.warn(e)` und führ es nochmal aus. Evtl gibt das mehr details zum Fehler', False, 'de'),
    ('https://github.com/rphl/corona-widget/issues/33', 'issue', 'complaint', 'none', 'Leider immer noch der selbe Fehler 😞', False, 'de'),
    ('https://github.com/rphl/corona-widget/issues/33', 'issue', 'complaint', 'none', 'Selbes Problem hier:', False, 'de'),
    ('https://github.com/klein0r/ioBroker.trashschedule/issues/62', 'issue', 'other', 'other', 'Also, ich habe eine neue ical Instanz installiert und von der Abfallgesellschaft eine neue ics Datei runtergeladen. Funktioniert wieder. Wäre eh nur noch ein Monat aktiv gewesen, die vorige ics Datei ✌️', False, 'de'),
    ('https://github.com/timreibe/vaccipy/issues/334', 'issue', 'complaint', 'none', 'Terminpaare können nicht geladen werden: 401 Unauthorized\n\nHi erhalte jedes mal mit der neusten Version folgenden Fehler:', False, 'de'),
    ('https://github.com/timreibe/vaccipy/issues/334', 'issue', 'complaint', 'other', 'https://001-iz.impfterminservice.de/impftermine/service?plz=68163 vermittlungscode wäre falsch wenn ich die Webseite aufruf.\nSobald ich https://002-iz.impfterminservice.de/impftermine/service?plz=68163 auswähle nimmt er es.... leider aber nicht im script hier kommt immer wieder 401...', False, 'de'),
    ('https://github.com/timreibe/vaccipy/issues/334', 'issue', 'other', 'other', 'Ich hatte das Problem auch gehabt, dann habe ich pro ImpfKreis ein Vaccipy Instanz gestartet, damit gehts.', False, 'de'),
    ('https://github.com/timreibe/vaccipy/issues/334', 'issue', 'other', 'none', "Hey, wie's aussieht haben sich die Gruppierungen (von `001.` zu `002.`) geändert, deshalb klappt das mit dem Code nicht mehr. Ich update nachher die Liste", False, 'de'),
    ('https://github.com/timreibe/vaccipy/issues/488', 'issue', 'complaint', 'none', '\'Vermittlungscode\' kann nicht gneriert werden\n\nHallo,\n\nLieder funktioniert (auch?) mit der neuen Version  v1.2.13 die Code-Generierung nicht. Es wird alles eingetippt geprüft und dann kommt folgende Fehlermelung:\n\n"Die Code-Generierung war leider nicht erfolgreich:\nVermittlungscode kann derzeit nicht angefragt werden. Versuchen Sie es später erneut."', False, 'de'),
    ('https://github.com/timreibe/vaccipy/issues/488', 'issue', 'other', 'none', '@chimii1 Ja, die Betreiber der Webseite lernen auch dazu. Die Methode an sich funktioniert weiterhin. Nur wenn der Bot sie ausführt nicht, weil er als Bot erkannt und blockiert wird.', False, 'de'),
    ('https://github.com/timreibe/vaccipy/issues/488', 'issue', 'other', 'none', 'Ist denn mit 1.2.13 nochmal was geändert worden? Im Grunde ging es ja heute schon mit 1.2.11 und 1.2.12 - allerdings morgens.\n\nKann es sein, dass es Abends schwieriger wird?', False, 'de'),
    ('https://github.com/timreibe/vaccipy/issues/137', 'issue', 'complaint', 'none', '"Die Code-Generierung war leider nicht erfolgreich"\n\n(_Sorry vorab, falls das hier zu einer Dopplung wird - eine Antwort habe ich in den alten Issues jedoch nicht gefunden_)\n\nBei der Impf-Code-Generierung scheint die manuelle Einrichtung der Cookies zu klappen (zumindest scheitert es nicht an der botprotection) aber ich werde dann stets mit der Meldung **"Die Code-Generierung war leider nicht erfolgreich"** konfrontiert. ', False, 'de'),
    ('https://github.com/timreibe/vaccipy/issues/137', 'issue', 'other', 'none', 'Hast du schon eine andere Telefonnummer und Mail versucht?', False, 'de'),
    ('https://github.com/timreibe/vaccipy/issues/137', 'issue', 'complaint', 'none', 'Ja, ich bekomme den gleichen Fehler', False, 'de'),
    ('https://github.com/timreibe/vaccipy/issues/137', 'issue', 'other', 'none', 'Ist ein Fehler der auftritt, wenn der Request in die Warteschlange läuft. Wird gefixt. Einfach nochmal später versuchen wenn die Seite nicht so sehr überlastet ist.', False, 'de'),
    ('https://github.com/timreibe/vaccipy/issues/137', 'issue', 'complaint', 'none', 'Ich muss jedesmal manuell die Cookies einfügen, manchmal wird der auch angenommen und bisher bin ich dann auch jedesmal bei "Die Code-Generierung war leider nicht erfolgreich" geendet. Habe Telefonnummer und E-Mail auch mal gewechselt und hat nichts gebracht.', False, 'de'),
    ('https://github.com/timreibe/vaccipy/issues/392', 'issue', 'complaint', 'none', 'Fehler bei der Code Generierung\n\nHallo Miteinander,\n\nbeim Code generieren treffe ich auf folgenden Fehler, dieser wird alle 15 Sekunden neu ausgegeben.', False, 'de'),
    ('https://github.com/timreibe/vaccipy/issues/392', 'issue', 'other', 'none', 'Hey, welche Version verwendest du?', False, 'de'),
    ('https://github.com/timreibe/vaccipy/issues/392', 'issue', 'other', 'none', 'huch, das sieht nach einem Verbindungsfehler aus... führst du das aufm Arbeitsrechner oder so aus?', False, 'de'),
    ('https://github.com/timreibe/vaccipy/issues/392', 'issue', 'other', 'other', 'wollte auch eben fragen, ob eventuell die ports gesperrt sind, vaccipy nicht durch die (Windows-)Firewall kommt oder ähnliches', False, 'de'),
    ('https://github.com/timreibe/vaccipy/issues/130', 'issue', 'complaint', 'other', 'Terminpaare\n\nGuten Tag,\nich hätte da nur eine kurze Frage, hab vaccipy gestartet und da kommt immer wieder diese Fehlermeldung: ', False, 'de'),
    ('https://github.com/timreibe/vaccipy/issues/130', 'issue', 'other', 'none', 'Hi, das bedeutet ungültiger Vermittlungscode. Hast dich wohl bei der Eingabe vertippt.', False, 'de'),
    ('https://github.com/timreibe/vaccipy/issues/55', 'issue', 'complaint', 'none', 'Ich hab es jetzt gerade am Laptop per Mobilem Hotspot versucht und es hat tatsächlich einmal funktioniert und ich habe per SMS die PIN bekommen allerdings ist dann die Verifikation der PIN fehlgeschlagen^^', False, 'de'),
    ('https://github.com/timreibe/vaccipy/issues/55', 'issue', 'complaint', 'none', '@sinun98 ja habe es direkt davor und danach bei anderen Impfzentren versucht (über Windows), jedoch immer erfolglos. Fehlermeldung siehe Screenshot oben.', False, 'de'),
    ('https://github.com/timreibe/vaccipy/issues/55', 'issue', 'other', 'none', 'Okay liegt wohl echt an der Überlastung, jetzt ging es zweimal an meinem Win10 PC ohne Probleme ;-)', False, 'de'),
    ('https://github.com/timreibe/vaccipy/issues/55', 'issue', 'other', 'none', '#54 ist ein fix beschrieben.', False, 'de'),
    ('https://github.com/timreibe/vaccipy/issues/368', 'issue', 'complaint', 'other', '"Es ist ein Unerwarteter Fehler Aufgetreten" bei manueller Eingabe\n\nVaccipy zeigt mir in der Konsole an, dass Keine Termine Verfügbar sind. Wenn ich probiere meinen Vermittlungscode manuell auf der 116117 Seite einzugeben, dann kommt die obengenannte Nachricht. Vermutlich kann das Programm keine Termine finden weil der Code nicht richtig funktioniert?', False, 'de'),
    ('https://github.com/timreibe/vaccipy/issues/368', 'issue', 'other', 'none', 'Manchmal tritt ein Fehler beim manuellen Aufrufen des Codes auf. Sollte ein Code fehlerhaft sein, dann bekommst du folgende Rückmeldung:\n\n`Ungültiger Vermittlungscode`\n\nSolange vaccipy beim Suchen "keine Termine in X" ausgibt, dann funktioniert auch alles.', False, 'de'),
    ('https://github.com/timreibe/vaccipy/issues/368', 'issue', 'other', 'none', 'Top, danke für die Nachricht. Tolle Arbeit, die ihr hier leistet!', False, 'de'),
    ('https://github.com/florianlederer/mvv-display-for-ESP32/issues/37', 'issue', 'complaint', 'other', 'MVG API antwortet nur noch mit HTTP 404?\n\nMir ist aufgefallen, dass alle Aufrufe der MVP API mit einer HTTP 404 antworten. Mache ich was falsch oder wurde auf MVG-Seite was geändert?', False, 'de'),
    ('https://github.com/florianlederer/mvv-display-for-ESP32/issues/37', 'issue', 'other', 'other', 'Ich hab mal die MVG angefragt:\n\nDie alte Fahrinfo API wurde abgeschaltet.', False, 'de'),
    ('https://github.com/florianlederer/mvv-display-for-ESP32/issues/37', 'issue', 'other', 'none', 'Kann jemensch einen PR machen?', False, 'de'),
]
