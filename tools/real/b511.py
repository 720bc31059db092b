# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 511 (mine-b511): GERMAN, next pass - German-written GitHub issue threads where someone reports that a
# connection between two systems fails now, plus near misses from the same threads, in repositories not mined by b507
# / b492 / b491 / b485 / b482: Tibber price APIs (hass.tibber_prices, ioBroker.tibberlink, evcc tariffs), Fronius and
# Kostal Plenticore inverters in ioBroker, a Solarman logger in Home Assistant, the SOLECTRUS dashboard and its SENEC
# collector (mein-senec.de / SENEC app API 401 and 400, SENEC firmware change, a Shelly outage), ioBroker.senec,
# LoxBerry's MQTT gateway and Mosquitto passwords, ioBroker.mqtt credentials after an update,
# Volkswagen/BMW/Husqvarna/Viessmann cloud logins in ioBroker adapters, the Easee wallbox cloud (ioBroker.easee,
# evcc), Nextcloud Notes sync, Moodle login in the Potsdam university app, a Signal bot (covidbot), a Fritz!Box SIP
# registration (phoneblock AnswerBot), e-mail notification from a Synology backup tool, and a Heidelpay payment-plan
# question. 101 of the 112 rows are German (7th element 'de'); 11 rows from the same threads are English and carry no
# language element.
# Complaints are writers saying a connection between two systems fails now: "Seit gestern werden die dynamischen
# Strompreise von Tibber nicht mehr verwendet", "Seit dem werden keine Daten mehr übertragen" / "IP is not a Fronius
# inverter" (Fronius), "seit dem upgrade auf Version 3.0.4 kommt keine verbindung zu stande sobald ein username und
# pass vergeben wird" (ioBroker.mqtt), "Error getting data from SENEC cloud: Error 401", "Seit heute Vormittag meldet
# mein Solectrus Dashboard \"Keine Verbindung\"", "Login nicht mehr möglich - scheinbar Backend umgestellt" (VW), "So
# ein Mist. kein Login via ioBroker mehr möglich!" (Viessmann), "Die Charger können nicht mehr ausgelesen werden seit
# 1-2 Tagen" (Easee), "Die APP bring mir dauernd einen Syncronisarions Fehler" (Nextcloud Notes), "Login für Moodle
# schlägt fehl", "AnswerBot: Registration failed: 401 Unauthorized" (Fritz!Box), "Das Versenden des
# Datensicherungsprotokolls per E-Mail ist fehlgeschlagen!", and "+1 / still failing" replies ("Habe das gleiche
# Problem mit mqtt als client", "Gerade getestet, passiert ... auch wieder", "Eine Fehlermeldung habe ich in der Log
# nicht mehr, aber Daten werden weiterhin nicht übertragen...", "i can confirm, tomorrow prices have been missing
# since monday.").
# Near misses kept (label other): maintainers' questions and diagnoses ("Was passiert bei einem Adapter restart?",
# "Bei mir macht die Tibber API was sie soll ... ggf. noch mal deine Tibber Zugangsdaten kontrollieren", "Sieht so
# als, als wäre das Update der SENEC-Firmware bei dir angekommen", "Ja, das ist ein bekanntes Problem und wird bereits
# hier diskutiert", "Bitte folge der Anweisung und logge dich in der app aus und wieder ein", "Du kannst mit der
# Option `--log-all-packets` ... loggen lassen", the SENEC-collector maintainer confirming the 401 outage), works-now
# / my-mistake follow-ups ("deine version funktioniert einwansfrei!!!", "Cloud ist wieder verfügbar", "Jetzt scheint
# es erstmal zu gehen :-)", "Wer lesen kann ist klar im Vorteil!", "Habe ich wohl übersehen. Bitte um Entschuldigung
# für die Dopplung.", "Nicht mehr reproduzierbar", "Die Probleme in der Easee Cloud scheinen gerade weg zu sein"), fix
# notes ("Gefixt mit 0.3.1", "implementiert in 1.8.0"), a how-to question ("Könntest du dies näher beschreiben wie das
# funktionieren soll"), a Mosquitto start failure with an empty password file and a LoxBerry bug where any password is
# accepted (not a failing connection between two systems), a display-behaviour question (Solarman values "Unbekannt"
# after sunset) and the Heidelpay payment-plan question.
# Label calls / doubts: exposure_mentioned is False everywhere (no key or token said to have got out).
# ioBroker.tibberlink #232 is other: the writer is no longer a Tibber customer and the price pull fails as expected;
# the thread becomes a request to make price fetching optional. covidbot #198 is the bot team's own report that Signal
# users can no longer reach the bot after reinstalling (complaint, borderline). frankjoke/ioBroker.bmw #32 "Wäre
# schön, wenn du den Adapter ... richtig stellen könntest" is kept as complaint (still affected). The SENEC-collector
# maintainer's confirmation of the 401 outage is other by the maintainer-reply rule. toafez/BasicBackup #3 (mail
# notification via the DSM's Gmail sender fails) and ioBroker.plenticore #139 (continuous warnings after an inverter
# firmware update) are complaints, borderline. nextcloud/notes-android #1450 has a German title and an English body:
# no language element. Integration is 'other' when a product is named (Tibber, Fronius, SENEC, Plenticore, Easee,
# Viessmann, VW, Nextcloud, Moodle, Signal, Fritz!Box, MQTT broker, Heidelpay ...), 'none' for replies that name none;
# no row is about Stripe, Keap or ActiveCampaign.
# Texts: copied from the excerpts the `search` tool returned (an issue title plus the first sentences, or one
# comment), trimmed at line or sentence ends, never reworded or translated; pasted logs cut. Left out between title
# and prose: the pasted HTML log table in ioBroker.mqtt #272 and the "**Describe the bug**" heading in ioBroker.easee
# #55; for husqvarna-automower #8 only the second paragraph of Boronsbruder's first comment is kept (the first one
# quotes the vendor's API note); quoted blocks in replies are left out. ioBroker.fronius #142, husqvarna-automower #8,
# solectrus #3219 and evcc #7440 have a title-only row (the excerpt showed no description). Replies cite the issue URL
# without anchor.
# Sources (40 threads, all GitHub issues; issues corpus): iobroker-community-adapters/ioBroker.fronius #375 #256 #142,
# StephanJoubert/home_assistant_solarman #396, christianTF/LoxBerry-Plugin-MQTT-Gateway #14 #1, mschlenstedt/Loxberry
# #1327, ioBroker/ioBroker.mqtt #272, eknoes/covidbot #198, jpawlowski/hass.tibber_prices #141,
# hombach/ioBroker.tibberlink #232 #811, evcc-io/evcc #9977 #17298 #7440 #8821, timemb/herzenspeople #77,
# TA2k/ioBroker.vw-connect #232, nextcloud/notes-android #763 #1450, thovid/ioBroker.viessmannapi #51,
# home-assistant/core #108860, frankjoke/ioBroker.bmw #32, ice987987/ioBroker.husqvarna-automower #8,
# University-of-Potsdam-MM/Mobile.UP #623 #517, solectrus/solectrus #4512 #2327 #5103 #3219, solectrus/senec-collector
# #800 #413 #639 #224, nobl/ioBroker.senec #337, haumacher/phoneblock #137, toafez/BasicBackup #3,
# Newan/ioBroker.easee #55, pixcept/ioBroker.plenticore #66 #139.
# Look-ups (39 of 70, all `search` on the issues corpus; no fetch, find_* or read_file): "Unzer Modul Zahlung Fehler
# API Schlüssel ungültig Verbindung fehlgeschlagen", "Hallo, seit heute funktioniert die Anmeldung an der Mercedes me
# API nicht mehr, Fehler beim Login", "Billbee Easybill Schnittstelle Bestellungen werden nicht mehr übertragen Fehler
# Authentifizierung", "openHAB Binding Verbindung zur Cloud fehlgeschlagen Bridge offline Anmeldung seit gestern",
# "Skoda Audi Porsche Connect Integration Login klappt nicht mehr Fehlermeldung Token", "Hallo, das Plugin kann keine
# Verbindung zu heidelpay Unzer herstellen, Zahlungen schlagen fehl, Fehlermeldung im Log", "Guten Tag, seit dem
# Update werden keine Sendungsnummern mehr von DHL übermittelt, Fehler bei der Anmeldung am Geschäftskundenportal",
# "Matrix Bot Signal Threema Nachrichten kommen nicht mehr an, Verbindung zum Server abgelehnt, Token ungültig,
# Hallo", "aWATTar Tibber Strompreise werden nicht mehr abgerufen, API liefert Fehler, seit gestern keine Daten",
# "Germanized WooCommerce DHL Label Erstellung fehlgeschlagen Fehler Anmeldung Zugangsdaten falsch",
# "immobilienscout24 wg-gesucht Scraper funktioniert nicht mehr, wird geblockt, keine Ergebnisse mehr, Captcha",
# "Buderus Bosch EasyControl Junkers Integration keine Verbindung mehr zum Gateway, Passwort wird nicht akzeptiert",
# "Homematic IP Cloud Access Point Verbindung getrennt Authentifizierung fehlgeschlagen Home Assistant seit heute",
# "Moin, seit dem Firmware Update vom Wechselrichter bekomme ich keine Werte mehr, Verbindung wird abgelehnt, Fronius
# Kostal SMA Plugin", "LoxBerry Plugin verbindet sich nicht mehr mit dem Miniserver, Benutzer Passwort falsch, MQTT
# Gateway keine Daten", "FHEM Modul Anmeldung beim Server schlägt fehl, Cloud login error, seit einigen Tagen keine
# Readings mehr", "Plentymarkets JTL Connector Shopware Abgleich bricht ab, Fehler 401, Token abgelaufen, Artikel
# werden nicht übertragen", "Hallo, leider bekomme ich seit dem letzten Update keine Verbindung mehr, Anmeldung
# fehlgeschlagen obwohl Zugangsdaten korrekt sind, in der App funktioniert es", "Nextcloud App Deck Notes
# Synchronisation mit dem Server funktioniert nicht mehr, Fehlermeldung Anmeldung, bitte um Hilfe", "Viessmann ViCare
# Vaillant Zugriff API Limit erreicht Fehler 429 Anmeldung gesperrt keine Daten mehr Heizung", "Gambio Shop
# Schnittstelle Modul Fehler Verbindung Warenwirtschaft Zugangsdaten werden nicht akzeptiert Bestellungen Import",
# "Fehler beim Abrufen der Daten, Server antwortet mit 403 Forbidden, Adapter funktioniert seit heute nicht mehr,
# Hersteller hat API geändert", "Miele@home Home Connect Bosch Siemens Hausgeräte Verbindung Cloud getrennt Token
# abgelaufen erneut autorisieren klappt nicht", "Klarna Mollie PayPal Plus Shopware Plugin Zahlungsstatus wird nicht
# aktualisiert Webhook kommt nicht an Bestellung bleibt offen", "Telegram Bot Benachrichtigungen kommen nicht mehr an,
# Fehler 401 Unauthorized, Token neu erstellt, geht trotzdem nicht", "Trade Republic Login funktioniert nicht mehr,
# Fehler bei der Anmeldung, Verifizierung schlägt fehl pytr", "Stud.IP ILIAS Moodle App Anmeldung über Shibboleth
# funktioniert nicht mehr, Synchronisation der Kurse schlägt fehl", "SENEC Huawei FusionSolar Growatt Solax Cloud
# Anmeldung fehlgeschlagen, Integration liefert keine Werte mehr, Passwort geändert", "DATEV sevDesk lexoffice Export
# Schnittstelle Fehlermeldung Zugriff verweigert API Key abgelaufen Belege werden nicht hochgeladen", "senec-collector
# mein-senec.de Anmeldung Fehler 401 keine Daten mehr", "SIP Registrierung fehlgeschlagen Telekom easybell Placetel
# Fritzbox Anmeldung am Provider funktioniert nicht mehr", "E-Mail Versand über SMTP IONOS Strato web.de GMX
# Authentifizierung fehlgeschlagen seit Umstellung, Mails gehen nicht mehr raus", "Wallbox KEBA Easee Alfen Cloud API
# keine Verbindung mehr, Ladevorgang wird nicht erkannt, Login Fehler seit Update", "SOLECTRUS Collector Verbindung zu
# InfluxDB fehlgeschlagen Token unauthorized, Shelly Tibber Collector keine Daten mehr", "Firefly III Importer
# GoCardless Nordigen Sparkasse Bankverbindung abgelaufen, Umsätze werden nicht mehr importiert", "paperless-ngx
# E-Mail Konto Abruf funktioniert nicht mehr, IMAP Anmeldung fehlgeschlagen, Outlook OAuth Token abgelaufen", "Hallo,
# seit gestern kommen keine Daten mehr vom Speicher, sonnenBatterie Kostal Plenticore API Anmeldung fehlgeschlagen,
# Adapter gelb", "Ostrom Rabot Energy Tado Netatmo API Token ungültig, Integration muss ständig neu angemeldet werden,
# nach ein paar Stunden wieder abgemeldet", "Alexa Skill Verknüpfung mit Konto fehlgeschlagen, Geräte nicht
# erreichbar, Smart Home Skill deutsch Fehler bei der Kontoverknüpfung".
# Checked and skipped as already mined (URL grepped in tools/real/b*.py, pending and every worktree's pending files):
# TA2k/ioBroker.mercedesme #116 #74, TA2k/ioBroker.parcel #90, eknoes/covidbot #201,
# Danielhiversen/home_assistant_tibber_data #101, Codibris/ioBroker.tibberconnect #94, isotope/core #2123 (and #2137,
# a re-post of it), Skylar-Tech/node-red-contrib-matrix-chat #133, Sanidhya30/Jellyfin-Newsletter #99,
# SukramJ/aiohomematic #2367, netresearch/dhl-module-shipping-m2 #13, Petschko/dhl-php-sdk #5, littleyoda/pysma #9,
# ioBroker/ioBroker.cloud #113 #41 #215, dala318/python_poollab #16, foxriver76/ioBroker.bring #29, Tyde/TuCanMobile
# #72, minecraft-linux/mcpelauncher-manifest #377, TA2k/ioBroker.vw-connect #437, DrozmotiX/ioBroker.discovergy #244,
# iobroker-community-adapters/ioBroker.homeconnect #390 #48 #396, DeOldSax/iliasDownloaderTool #5,
# RobertKrajewski/Sync-my-L2P #139, selectline-software/selectline-api #35 #294 #478,
# nicolettas-muggelbude/RechnungsFee #306, haumacher/phoneblock #363 #98, iobroker-community-adapters/ioBroker.email
# #179, evcc-io/evcc #19854 #16085 #1852 #7652, solectrus/solectrus #2140, foxriver76/ioBroker.sonnen #35,
# csuermann/virtual-smart-home #24, NorthernMan54/homebridge-alexa #129, jfilter/frag-den-staat-app #109.
# Rejected: English threads found by the German queries (flathunters/flathunter,
# skodaconnect/homeassistant-skodaconnect, bosch-thermostat/home-assistant-bosch-custom-component,
# thetrueavatar/Viessmann-Api #45, jpgorganizer/ioBroker.smartgarden #56, TA2k/ioBroker.bmw #18,
# tijsverkoyen/HomeAssistant-FusionSolar, firefly-iii, paperless-ngx, tado threads, rwthmoodle/Sync-my-L2P #32,
# studip-sync #6, christoph-schaeffer/dhl-business-shipping #20); timemb/herzenspeople #4 (a project task, no
# connection); solectrus #1885 (only `docker ps` output); replies cut mid-sentence in the excerpt (evcc #8821 second
# comment, tibberlink #232 ETGermany, viessmannapi #51 rest of OberfragGER's comment).
ROWS = [
    ('https://github.com/eknoes/covidbot/issues/198', 'issue', 'complaint', 'other', 'Signalprobleme nach Neuinstallation\n\nWir bekommen vermehrt Berichte, dass Personen nach einer Signal-Neuinstallation nicht mehr mit dem Bot kommunizieren können. Vermutlich hängt das mit der geänderten Sicherheitsnummer zusammen. Eigentlich sollte der Bot einmal in der Woche alle neuen Sicherheitsnummern akzeptieren, das Skript scheint aber nicht (mehr) zuverlässig zu funktionieren.', False, 'de'),
    ('https://github.com/eknoes/covidbot/issues/198', 'issue', 'other', 'none', 'Das alte Skript hatte einen alten Pfad, ist jetzt gefixed. Außerdem gibt es mit a888a73 ein Skript für einzelne Nutzer:', False, 'de'),
    ('https://github.com/eknoes/covidbot/issues/198', 'issue', 'other', 'none', 'Die Nutzer:innen müssen dem Bot glaube ich irgendeine Nachricht schreiben, weil dieser sie intern sperrt nachdem das Senden einmal nicht erfolgreich wird, aber sie entsperrt sobald sie einmal wieder Kontakt aufgenommen haben.', False, 'de'),
    ('https://github.com/eknoes/covidbot/issues/198', 'issue', 'complaint', 'none', 'Kann es sein, dass es im wöchentlichen Skript immer noch einen Fehler gibt? Bekomme nach wie vor Nachrichten, dass der Bot bei Leuten seit Wochen nicht mehr funktioniert. Nach dem individuellen Zurücksetzen geht es dann aber immer wieder.', False, 'de'),
    ('https://github.com/eknoes/covidbot/issues/198', 'issue', 'other', 'none', 'Ja das scheint so zu sein, ich hab es gerade nochmal getestet. Man / ich muss mir dafür mal in Ruhe Zeit nehmen.', False, 'de'),
    ('https://github.com/jpawlowski/hass.tibber_prices/issues/141', 'issue', 'complaint', 'other', 'App läuft nicht mehr\n\nSeit letzten Update läuft die App nicht mehr', False, 'de'),
    ('https://github.com/jpawlowski/hass.tibber_prices/issues/141', 'issue', 'complaint', 'other', 'Same for me since yesterday: ‘Error communicating with API: Empty data received for price_info‘.', False),
    ('https://github.com/jpawlowski/hass.tibber_prices/issues/141', 'issue', 'complaint', 'other', 'Also an issue with direct tibber API that I do not get price info via the REST integration I have.', False),
    ('https://github.com/hombach/ioBroker.tibberlink/issues/232', 'issue', 'other', 'other', 'Error (undefined) occured during: -pull of prices today- :\n\nkommt regelmässig beim abfragen im ioBroker log\n\nbin kein tibber kunde mehr (war zu teuer im vergleich zu festpreis jahr)\n\nsomit bekomme ich die preisinfos leider nicht mehr.\n\nwürde den puls aber gerne weiter nutzen', False, 'de'),
    ('https://github.com/hombach/ioBroker.tibberlink/issues/232', 'issue', 'other', 'none', 'nach update auf version 1.7.2 lautet die fehlermeldung "Error (undefined) occured during: -force pull of prices today- : "', False, 'de'),
    ('https://github.com/hombach/ioBroker.tibberlink/issues/232', 'issue', 'other', 'other', 'Im Vergleich zur 1.6.1 fragt die 1.7.2 bei Adapter-Start (z.B. durch Update) die Preise im force-mode (rein adapter-intern) ab. Da war vorher ein Fehler, sprich nicht abfragen, in dieser Situation.', False, 'de'),
    ('https://github.com/hombach/ioBroker.tibberlink/issues/232', 'issue', 'other', 'none', 'implementiert in 1.8.0', False, 'de'),
    ('https://github.com/hombach/ioBroker.tibberlink/issues/811', 'issue', 'complaint', 'other', 'The prices for tomorrow have been missing.\n\nThe prices for tomorrow have been missing.\n\nIs it correct that the data (arrays) for "prices tomorro" are no longer being provided?', False),
    ('https://github.com/hombach/ioBroker.tibberlink/issues/811', 'issue', 'complaint', 'none', 'i can confirm, tomorrow prices have been missing since monday.', False),
    ('https://github.com/hombach/ioBroker.tibberlink/issues/811', 'issue', 'complaint', 'other', 'Ich hab jetzt mehrfach neu gestartet - sie fehlen immer noch. Vor ca. 3 Tagen hats noch geklappt (ich verwende den Tibber Pulse erst seit 5 Tagen). Gut, dass es nicht nur mir so geht.\n\nIn der App sind die Daten längst da.', False, 'de'),
    ('https://github.com/hombach/ioBroker.tibberlink/issues/811', 'issue', 'other', 'none', 'Ich hab ihn jetzt nochmal gestoppt und neu gestartet. Nichts.\nDann hab ich das Logging auf "alles" gestellt. Dann kamen die Daten.', False, 'de'),
    ('https://github.com/hombach/ioBroker.tibberlink/issues/811', 'issue', 'other', 'other', '@chrmenne Das sollte eher Zufall gewesen sein - durch Debug ändert sich da nichts.\nIchhatte die Presie heute auch erst nach 18:00 in der App... und etwas später dann im Adapter. Tendenziell hat Tibber mal wieder Server Probleme -  oder Umbau. Das kommt immer wieder mal vor, legt sich normal aber auch wieder .', False, 'de'),
    ('https://github.com/evcc-io/evcc/issues/9977', 'issue', 'complaint', 'other', 'Tibber Preise werden nicht gezogen\n\n### Describe the bug\n\nTibber Preise werden nicht gezogen.', False, 'de'),
    ('https://github.com/evcc-io/evcc/issues/17298', 'issue', 'complaint', 'other', 'Tibber Tarif wird nicht mehr verwendet\n\n### Describe the bug\n\nSeit gestern werden die dynamischen Strompreise von Tibber nicht mehr verwendet. Ich habe gestern Abend auch das neue Update installiert. Kann aber nicht sagen, ob es davor schon nicht mehr ging. Folgende Warnung kommt jetzt immer', False, 'de'),
    ('https://github.com/evcc-io/evcc/issues/17298', 'issue', 'other', 'other', '@Staschewsk Ist das ein anhaltendes Problem bei dir? Bei mir macht die Tibber API was sie soll, und ich bekomme den Fehler nicht. Sonst ggf. noch mal deine Tibber Zugangsdaten kontrollieren (Token, Homeid)', False, 'de'),
    ('https://github.com/evcc-io/evcc/issues/17298', 'issue', 'complaint', 'other', 'Das Problem besteht seit gestern Abend. Wie schon gesagt, habe ich gestern Abend auch die Version 0.131.6 von EVCC installiert. Tibber Token habe ich kontrolliert.', False, 'de'),
    ('https://github.com/timemb/herzenspeople/issues/77', 'issue', 'other', 'other', 'Payment App und Heidelpay\n\nIch habe testweise einen jährlich wiederkehrenden Plan auf der Registrierungsseite hinzugefügt (4te Option). Laut der Einstellung im Adminbereich wird diese Zahlungsart von Heidelpay unterstützt. Was mich jetzt doch etwas verwundert, da die Aussagen dazu gegenteilig waren.', False, 'de'),
    ('https://github.com/timemb/herzenspeople/issues/77', 'issue', 'other', 'other', 'Bitte abklären, ob die App einen 2. Kanal für Sofortüberweisung anbietet, da Heidelpay dafür eine Kooperation mit einem Drittanbieter hat.', False, 'de'),
    ('https://github.com/iobroker-community-adapters/ioBroker.fronius/issues/375', 'issue', 'complaint', 'other', 'Update auf 3.28.1-3 - Keine Datenübertragung mehr\n\nIch habe den Fronius Wechselrichter auf die Softwareversion 3.28.1-3 aktualisiert. Seit dem werden keine Daten mehr übertragen.', False, 'de'),
    ('https://github.com/iobroker-community-adapters/ioBroker.fronius/issues/375', 'issue', 'complaint', 'other', 'Ich habe den Datalogger auf dem Wechselrichter neu gestartet, seit dem habe ich in den Logs die Fehlermeldung:\n\nfronius.0 | 2023-10-08 09:38:11.233 | error | IP is not a Fronius inverter', False, 'de'),
    ('https://github.com/iobroker-community-adapters/ioBroker.fronius/issues/375', 'issue', 'complaint', 'other', 'Ich habe diese Fehlermeldung (neben anderen) ebenfalls.\nFronius Symo Hybrid 5-0-3-S', False, 'de'),
    ('https://github.com/iobroker-community-adapters/ioBroker.fronius/issues/375', 'issue', 'other', 'none', 'Was passiert bei einem Adapter restart? GGF. im Debug mode starten und prüfen was dort ausgegeben wird.\nWas liefert die API auf der IP die beim Adapter angegeben wurde?', False, 'de'),
    ('https://github.com/iobroker-community-adapters/ioBroker.fronius/issues/375', 'issue', 'other', 'none', 'API calls sind in der Readme dokumentiert. Der check der API wird regelmäßig ausgeführt. Daher nehme ich an dass das Problem jetzt permanent gelöst ist wenn es am Tag funktioniert', False, 'de'),
    ('https://github.com/iobroker-community-adapters/ioBroker.fronius/issues/375', 'issue', 'complaint', 'none', 'Eine Fehlermeldung habe ich in der Log nicht mehr, aber Daten werden weiterhin nicht übertragen...', False, 'de'),
    ('https://github.com/iobroker-community-adapters/ioBroker.fronius/issues/375', 'issue', 'other', 'none', 'Bitte poste die log files im debug mode wenn der Adapter neu gestartet wird', False, 'de'),
    ('https://github.com/iobroker-community-adapters/ioBroker.fronius/issues/256', 'issue', 'complaint', 'other', 'Keine Daten auslesbar, trotz erkannter IP\n\nHi zusammen, seit geraumer Zeit habe ich das Problem, dass keine Daten mehr vom Fronius Symo WR zum iobroker übertragen werden. Die IP wird erkannt, eine Verbindung zum Gerät erfolgt nicht. Habe über den WR traceroute und Ping gecheckt, das war auch okay. so langsam gehen mir die Ideen aus, was ich noch checken kann. Firmware des WR ist die 3.24.2-1, Adapter v1.1.6, auch mit der 1.1.3 keine Daten.\nIch habe mittlerweile eine Feste IP, DHCP IP, LAN und WLAN getestet, ohne Erfolg.', False, 'de'),
    ('https://github.com/iobroker-community-adapters/ioBroker.fronius/issues/256', 'issue', 'complaint', 'other', 'Hallo!\nLeider habe ich das gleiche Problem seit Anfang an. \nWechselrichter: Symo GEN24 10 plus\nSoftware Version: 1.22.2-1\nWie @Ulle80  beschrieben auch schon alles versucht, ohne Erfolg.\nLg mayli', False, 'de'),
    ('https://github.com/iobroker-community-adapters/ioBroker.fronius/issues/256', 'issue', 'other', 'none', 'Was sagt der Debug mode dazu? Habt ihr sichergestellt dass das Protokoll passt? (http vs https). Wenn der Ping geht dass ist das recht warscheinlich. Weiters auch mal schauen ob die API auch entsprechend antwortet.', False, 'de'),
    ('https://github.com/iobroker-community-adapters/ioBroker.fronius/issues/142', 'issue', 'complaint', 'other', 'Keine Verbindung mehr zum GEN24 - IP ist aber OK', False, 'de'),
    ('https://github.com/iobroker-community-adapters/ioBroker.fronius/issues/142', 'issue', 'other', 'none', 'Auf die URL bekomme ich die folgende Anzeige.', False, 'de'),
    ('https://github.com/StephanJoubert/home_assistant_solarman/issues/396', 'issue', 'other', 'none', 'Ich habe gestern das Update auf 1.5.1 gemacht  und zuerst war alles wie gewohnt. vorher hatte ich glaube 1.3.3. Als mein sun800 (ohne Relaisbox) dann Abends nichts mehr produziert hat und auch offline war ist die Anzeige alle Werte auf „Unbekannt“ gesprungen. Bisher war es bei mir so das einfach der zu letzt gesendete Wert bis zum nächsten Morgen angezeigt wurde.\n\nIst das neue Verhalten denn so explizit gewünscht, das also wirklich nach Sonnenuntergang bis Sonnenaufgang dann die ganze Zeit nur Unbekannt steht?', False, 'de'),
    ('https://github.com/StephanJoubert/home_assistant_solarman/issues/396', 'issue', 'complaint', 'none', 'Nein, das ist ein Verhalten, das ich auch erlebe. Yoyu lädt es und führt es aus und alles sieht normal aus und dann funktioniert es ohne Vorwarnung nicht mehr. Wenn Sie HA neu starten, verbindet es sich wieder mit dem Solarwechselrichter und beginnt wieder zu arbeiten ... bis es das nächste Mal wieder stoppt. Dies ist erst seit 1.5.x ein Problem. Ich bin derzeit wieder bei 1.4.3 und alles ist in Ordnung ...', False, 'de'),
    ('https://github.com/StephanJoubert/home_assistant_solarman/issues/396', 'issue', 'other', 'none', 'Bei mir funktionierte es mit 1.5.1 den ganzen Tag Problemlos, nur nach Sonnenuntergang stand halt überall „Unbekannt“ anstatt der zuletzt übermittelte Wert wie sonst.', False, 'de'),
    ('https://github.com/christianTF/LoxBerry-Plugin-MQTT-Gateway/issues/14', 'issue', 'complaint', 'other', 'Plugin-Upgrade resets external broker password\n\nBei Verwendung eines externen Brokers wird nach dem Upgrade das bestehende Passwort mit einem zufälligen überschrieben.\nIm Log wird beim Neustart nach dem Upgrade "Check host/port/user/pass and your connection." gemeldet. Nach Eingabe des Secure-Pins steht auch in den Settings unter "MQTT Broker password" ein zufällig generiertes Passwort und nicht das korrekte, vor dem Upgrade gesetzte.\nSobald das Passwort korrigiert und gespeichert wird läuft alles wieder normal.', False, 'de'),
    ('https://github.com/christianTF/LoxBerry-Plugin-MQTT-Gateway/issues/14', 'issue', 'other', 'none', 'Danke für die Meldung!\n\nNoch eine Rückfrage zum Reproduzieren:\nVerwendest du am externen Broker User und Pass, oder meldest du anonym an?', False, 'de'),
    ('https://github.com/christianTF/LoxBerry-Plugin-MQTT-Gateway/issues/14', 'issue', 'other', 'none', 'Immer gerne :-)\n\nUser und Passwort', False, 'de'),
    ('https://github.com/christianTF/LoxBerry-Plugin-MQTT-Gateway/issues/14', 'issue', 'other', 'none', 'Ich konnte das bei mir jetzt leider nicht reproduzieren.\n\nIrgendeinen Bug hab ich mit der Mosquitto-Auth mal gefixt, vielleicht liegt es daran.\n\nKannst du probieren, einfach nochmal das gleiche Update von 0.7.1 auf 0.7.1 zu machen - passiert es dann bei dir trotzdem wieder?', False, 'de'),
    ('https://github.com/christianTF/LoxBerry-Plugin-MQTT-Gateway/issues/14', 'issue', 'complaint', 'none', 'Gerade getestet, passiert beim Update von 0.7.1 auf 0.7.1 auch wieder.', False, 'de'),
    ('https://github.com/christianTF/LoxBerry-Plugin-MQTT-Gateway/issues/14', 'issue', 'other', 'none', 'Tut mir leid, es passiert bei mir einfach nicht....', False, 'de'),
    ('https://github.com/christianTF/LoxBerry-Plugin-MQTT-Gateway/issues/1', 'issue', 'other', 'none', 'mosquitto startet nicht mit leerem Passwort-File\n\nWenn Auth deaktiviert, bleibt das leere Passwort-File in der Mosquitto-Config.\nDamit startet mosquitto nicht.', False, 'de'),
    ('https://github.com/christianTF/LoxBerry-Plugin-MQTT-Gateway/issues/1', 'issue', 'other', 'none', 'Gefixt mit 0.3.1', False, 'de'),
    ('https://github.com/mschlenstedt/Loxberry/issues/1327', 'issue', 'other', 'none', 'MQTT Mosquitto: Sonderzeichen im Passwort\n\nPer PM:\nich weiß nicht, ob es schon irgendwo einmal Thema war, aber mir ist gerade im MQTT Gateway v2.1.0 Plugin aufgefallen, dass wenn ich hier die Sonderzeichen \n"\noder\n(\nim Feld "MQTT Broker password" verwende, die Anmeldung am Broker mit jedem beliebigen Passwort möglich ist.\nIch kann also am MQTT Client auch einfach nur "Hallo123" eingeben und die Verbindung zum Broker funktioniert trotzdem.\nSobald ich die beiden Sonderzeichen aus meiner Konfiguration entferne, kann sich der Client wieder wie erwartet nur noch mit dem korrekten PW anmelden.', False, 'de'),
    ('https://github.com/ioBroker/ioBroker.mqtt/issues/272', 'issue', 'complaint', 'other', 'invalid pass or username since version 3.0.4\n\nseit dem upgrade auf Version 3.0.4 kommt keine verbindung zu stande sobald ein username und pass vergeben wird....\n\nOhne funktioniert es... habe auch schon verschiedene ausprobiert', False, 'de'),
    ('https://github.com/ioBroker/ioBroker.mqtt/issues/272', 'issue', 'complaint', 'other', 'Habe das gleiche Problem mit mqtt als client. Passwort mehrfach neueingegeben.', False, 'de'),
    ('https://github.com/ioBroker/ioBroker.mqtt/issues/272', 'issue', 'complaint', 'none', 'ich probiere es mal... mir ist auch aufgefallen das es mit einem neuen passwort auch nicht in einer früheren version funktioniert (habe das pass seit "Jahren" nicht geändert ;-)\n\nIch check mal deine version', False, 'de'),
    ('https://github.com/ioBroker/ioBroker.mqtt/issues/272', 'issue', 'other', 'none', 'deine version funktioniert einwansfrei!!!\nKann ich dann auf dieser bleiben oder bekomme ich keine zukünftigen "offiziellen" updates? (Bin da nicht soooo bewandert :-))', False, 'de'),
    ('https://github.com/ioBroker/ioBroker.mqtt/issues/272', 'issue', 'complaint', 'none', 'same here!!!!', False),
    ('https://github.com/ioBroker/ioBroker.mqtt/issues/272', 'issue', 'other', 'none', 'Grmppffff ... @Garfonso Could I get a PR please?', False),
    ('https://github.com/TA2k/ioBroker.vw-connect/issues/232', 'issue', 'complaint', 'other', 'Login nicht mehr möglich - scheinbar Backend umgestellt\n\nHi,\nnachdem heute ein iOS Update der App kam und darin steht, dass das Backend gewechselt wurde, h\nabe ich mir schon gedacht, dass es hier evtl. auch zu einem Fehler kommen wird.\nUnd siehe da: ein Login ist aktuell nicht möglich.', False, 'de'),
    ('https://github.com/TA2k/ioBroker.vw-connect/issues/232', 'issue', 'other', 'none', 'Bitte folge der Anweisung und logge dich in der app aus und wieder ein', False, 'de'),
    ('https://github.com/TA2k/ioBroker.vw-connect/issues/232', 'issue', 'complaint', 'none', 'Danke, habe ich wohl überlesen.\nTrotzdem bekomme ich nun aber noch einen Fehler.', False, 'de'),
    ('https://github.com/nextcloud/notes-android/issues/763', 'issue', 'complaint', 'other', 'Synchronisations Fehler\n\nDie APP bring mir dauernd einen Syncronisarions Fehler.\nIch weiß aber nicht warum...', False, 'de'),
    ('https://github.com/nextcloud/notes-android/issues/1450', 'issue', 'complaint', 'other', "Synchronisierung fehlgeschlagen - keine Synchronisierung möglich\n\nHi, I always have a sync problem on my tablet.  This error does not appear on my mobile phone.  A synchronization does not take place on the tablet.  Unfortunately, I can't help myself anymore and need help to solve the problem.", False),
    ('https://github.com/thovid/ioBroker.viessmannapi/issues/51', 'issue', 'other', 'other', "Here is the official statement regarding limits from the viessmann community:", False),
    ('https://github.com/thovid/ioBroker.viessmannapi/issues/51', 'issue', 'complaint', 'other', 'So ein Mist. kein Login via ioBroker mehr möglich!', False, 'de'),
    ('https://github.com/home-assistant/core/issues/108860', 'issue', 'complaint', 'other', 'Problems ViCare API\n\n### The problem\n\nThis is my first time here.\nThe story: I use the ViCare integration since November 2023. It works very good and was very helpful to unterstand our heatpump.\nAt 2024-01-15 I got suddenly no data from Viessmann. I report this in the Viessmann Developer Community and got the information about https://github.com/home-assistant/core/issues/107847#issuecomment-1890795605.', False),
    ('https://github.com/home-assistant/core/issues/108860', 'issue', 'other', 'other', 'Hallo, welche Geräte hast du in deinem Viessmann Account? Du siehst das am Anfang des HA Logs.', False, 'de'),
    ('https://github.com/frankjoke/ioBroker.bmw/issues/32', 'issue', 'complaint', 'none', 'Adapter geht nicht mehr - Code 404\n\nhttps://forum.iobroker.net/topic/40001/bmw-adapter-code-404', False, 'de'),
    ('https://github.com/frankjoke/ioBroker.bmw/issues/32', 'issue', 'complaint', 'none', 'Hi, gleiches Problem bei mir. Leider scheint die API für Remote Services geändert worden zu sein. Wäre mega, wenn das gefixt werden könnte. :)', False, 'de'),
    ('https://github.com/frankjoke/ioBroker.bmw/issues/32', 'issue', 'other', 'other', 'Vielleicht könnte das hier helfen, für Home Assistant wurde das bereits gefixt, lag tatsächlich an der API Änderung: https://community.home-assistant.io/t/bmw-connected-drive-doesnt-work-anymore/237983', False, 'de'),
    ('https://github.com/frankjoke/ioBroker.bmw/issues/32', 'issue', 'complaint', 'none', 'Danke.\nMit dem Link komme ich nicht so klar.\nWäre schön, wenn du den Adapter bei iob auch richtig stellen könntest.\nBenutze diesen jeden Tag um die Klima einzuschalten.\nDanke im Voraus.\nmfg\nDieter', False, 'de'),
    ('https://github.com/frankjoke/ioBroker.bmw/issues/32', 'issue', 'other', 'other', 'du schreibst:\nin der man das BMW Plugin installiert und dann per iob Adapter darauf zugreift. \n\nKönntest du dies näher beschreiben wie das funktionieren soll.\nDanke.', False, 'de'),
    ('https://github.com/ice987987/ioBroker.husqvarna-automower/issues/8', 'issue', 'complaint', 'none', 'Adapter aktualisiert die Werte nicht', False, 'de'),
    ('https://github.com/ice987987/ioBroker.husqvarna-automower/issues/8', 'issue', 'other', 'none', 'Nur weil es bei meinen Skriptversuchen mit der AuthAPI anfangs auch gehakt hat:\nIm Developerportal sind die Verbindungen zwischen APP/Appkey und den APis angelegt?', False, 'de'),
    ('https://github.com/ice987987/ioBroker.husqvarna-automower/issues/8', 'issue', 'complaint', 'none', 'ja die sind angelegt.... es geht ja auch teilweise und vorher unter greyhound ging es auch', False, 'de'),
    ('https://github.com/ice987987/ioBroker.husqvarna-automower/issues/8', 'issue', 'other', 'none', 'Und unter edit schon man renew Key gemacht? Wie es oben in dem Hinweis steht?\nIch weiß aber nicht, ob sich der Appkey dann auch ändert und neu eingetragen werden muss...\n\nGreyhounds Adpater hat auch noch die Alte API genutzt, die anscheinend jetzt ausser Betrieb ist...', False, 'de'),
    ('https://github.com/ice987987/ioBroker.husqvarna-automower/issues/8', 'issue', 'other', 'none', 'ich habe jetzt mal die Application im dev portal gelöscht und komplett neu angelegt. Jetzt scheint  es erstmal zu gehen :-)', False, 'de'),
    ('https://github.com/University-of-Potsdam-MM/Mobile.UP/issues/623', 'issue', 'complaint', 'other', 'Bug: Zugriff auf Moodle2 funktioniert nicht\n\nGemeldetes Problem von einem Studenten am Tag der Internationalisierung', False, 'de'),
    ('https://github.com/University-of-Potsdam-MM/Mobile.UP/issues/517', 'issue', 'complaint', 'other', "Login für Moodle schlägt fehl\n\nTobias' iPhone", False, 'de'),
    ('https://github.com/University-of-Potsdam-MM/Mobile.UP/issues/517', 'issue', 'other', 'none', 'Nicht mehr reproduzierbar', False, 'de'),
    ('https://github.com/solectrus/solectrus/issues/4512', 'issue', 'complaint', 'other', 'Senec Collector liest seit gestern keine Daten mehr aus der Cloud\n\n### Beschreibung\n\nGestern morgen um kurz nach 10 Uhr hat mein Senec-Collector plötzlich angefangen keine Daten mehr von der mein-senec.de Cloud zu bekommen. \nIn den Logs habe ich dann gefunden, dass anscheinend irgendetwas mit der Authentifizierung an meinem User nicht mehr klappt. --> "Error getting data from SENEC cloud: Error 401"\nDaraufhin habe ich mein Passwort in meinem Konto geändert und entsprechend in den Environment Variables aktualisiert. Leider hat das keine Besserung gebracht.', False, 'de'),
    ('https://github.com/solectrus/solectrus/issues/4512', 'issue', 'other', 'none', 'Ja, das ist ein bekanntes Problem und wird bereits hier diskutiert:\nhttps://github.com/solectrus/senec-collector/issues/639', False, 'de'),
    ('https://github.com/solectrus/solectrus/issues/4512', 'issue', 'other', 'none', 'Vielen Dank für den Hinweis. Habe ich wohl übersehen. Bitte um Entschuldigung für die Dopplung.', False, 'de'),
    ('https://github.com/solectrus/senec-collector/issues/800', 'issue', 'complaint', 'other', 'Fehler in der Verbindung von Senec-Collector mit dem Senec Server\n\n### Beschreibung\n\nHallo, seit Donnerstag abend wird bei mir der Ladestand des Akkus und dessen Temperatur nicht mehr angezeigt. Aus den Senec-Collector verwende ich auch nur diese beiden Werte, da ich den Rest meines P4 lokal erzeuge. Ich habe deshalb vorhin mein System mal von Develop auf den aktuellen Latest 1.1.1 gebracht. Leider ist das Problem immer noch da. Ich habe deshalb mal mit "docker compose logs senec-collector > Senec-Collector.Log" ein log erzeugt und mit angehängt.', False, 'de'),
    ('https://github.com/solectrus/senec-collector/issues/413', 'issue', 'complaint', 'other', 'Error 400\n\nIch bekomme seit heute Mittag keine Daten mehr - ohne dass ich irgendetwas geändert hätte.\nDie Senec-Cloud ist per App und Web allerdings erreichbar.\n\nEin Neustart des Containers bringt keine Besserung und zeigt in den Logs folgendes:', False, 'de'),
    ('https://github.com/solectrus/senec-collector/issues/413', 'issue', 'other', 'none', 'Danke für den Hinweis. Ersten Tests zufolge kann ich das reproduzieren. Ich prüfe das genauer...', False, 'de'),
    ('https://github.com/solectrus/senec-collector/issues/413', 'issue', 'other', 'none', 'Es scheint, als wäre nur dieser Endpunkt betroffen:', False, 'de'),
    ('https://github.com/solectrus/senec-collector/issues/639', 'issue', 'complaint', 'other', 'Verwendung der App-API nicht mehr möglich\n\nHallo,\n\nSeit heute Vormittag meldet mein Solectrus Dashboard "Keine Verbindung" bzw. "keine Daten vorhanden".\nNeustart bereits erledigt. Zugriff über die SENEC App zeigt alle Daten korrekt an.\n\nHat noch jemand das Problem?\n\nLG', False, 'de'),
    ('https://github.com/solectrus/senec-collector/issues/639', 'issue', 'other', 'other', 'Ja, https://app-gateway.prod.senec.dev ist seit heute 10:30 Uhr nicht nutzbar und antwortet mit `HTTP 401 Unauthorized`. Somit bekommen Nutzer des SENEC-Collector, die den Cloud-Zugang nutzen, derzeitig keine Messwerte. Das ist insbesondere ärgerlich für die Besitzer eines SENEC P4, der keinen lokalen Zugang hat.', False, 'de'),
    ('https://github.com/solectrus/solectrus/issues/2327', 'issue', 'complaint', 'none', 'FAIL + Keine Daten vorhanden!\n\nHallo Georg,\n\nSeit 10:15 Uhr heute Vormittag erscheint "FAIL" bei mir und die Anzeige "leuchtet" rot. Die aktuellen Daten werden weiterhin richtig dargestellt nur drunter sehe ich nur "Keine Daten vorhanden!". Ich habe nichts an der Konfiguration geändert?', False, 'de'),
    ('https://github.com/solectrus/solectrus/issues/2327', 'issue', 'other', 'other', 'Sieht so als, als wäre das Update der SENEC-Firmware bei dir angekommen. Hier habe ich dazu etwas aufgeschrieben:', False, 'de'),
    ('https://github.com/solectrus/solectrus/issues/2327', 'issue', 'other', 'none', 'Hi Georg,\n\nTja, was soll ich sagen... Wer lesen kann ist klar im Vorteil! Danke für die Info. Ich habe was zu tun!\n\nVG', False, 'de'),
    ('https://github.com/solectrus/solectrus/issues/2327', 'issue', 'complaint', 'other', 'Moin, ich habe das gleiche Problem, nur das bei mir keine Daten bei Jetzt angezeigt werden. Die Senec Anlage ist noch über HTTP erreichbar.', False, 'de'),
    ('https://github.com/nobl/ioBroker.senec/issues/337', 'issue', 'complaint', 'other', 'Warnmeldung und anschließend teilweise Adapter auf gelb.\n\nBekomme seit einiger Zeit diese Warnung \n\n\t(Poll) received error 404 response from SENEC with content: {"timestamp":"2025-07-18T05:27:02.089+00:00","status":404,"error":"Not Found","message":"","path":"/v1/senec/monitor/76304/data"}\n\nDanach schaltet sich der Adapter teilweise auf gelb sodass Werte nicht mehr geholt werden und für die Bearbeitung zur Verfügung stehen.', False, 'de'),
    ('https://github.com/nobl/ioBroker.senec/issues/337', 'issue', 'other', 'other', 'Schaut mal im HA Forum, da wird die Problematik durch den Entwickler sehr gut erläutert, SENEC hat den Zugang zur Api scheinbar deaktiviert bzw. die Anmeldung an "größere Hürden" gekoppelt.', False, 'de'),
    ('https://github.com/nobl/ioBroker.senec/issues/337', 'issue', 'other', 'other', 'Die Verbindung zu mein-senec.de ist dort schon implementiert und wird aktiv benutzt.', False, 'de'),
    ('https://github.com/solectrus/senec-collector/issues/224', 'issue', 'complaint', 'other', 'Hallo ich nochmal, die Senec Kollegen schrauben\n\nsolectrus-senec-collector-1  | Error getting data from SENEC at 192.168.179.31: VARIABLE_NOT_FOUND has unknown prefix!', False, 'de'),
    ('https://github.com/haumacher/phoneblock/issues/137', 'issue', 'complaint', 'other', 'AnswerBot: Registration failed: 401 Unauthorized\n\nHier nochmal als neues Issue, weil es wahrscheinlich kein Docker-Problem ist und daher hier #97 nicht passt.\nDer AnswerBot läuft mit dem compose.yaml, die Fritzbox ist IP-Client in einem Unifi-Netz.', False, 'de'),
    ('https://github.com/haumacher/phoneblock/issues/137', 'issue', 'other', 'none', 'Du kannst mit der Option `--log-all-packets` bzw. mit der Umgebungsvariable `LOG_ALL_PACKETS=true` die SIP-Kommunikation loggen lassen. Das gibt vielleicht ein Gefühl, was passier und wer von den beiden was sagt.', False, 'de'),
    ('https://github.com/toafez/BasicBackup/issues/3', 'issue', 'complaint', 'other', 'E-Mail Versand funktioniert nicht\n\nVielen Dank für dieses geniale Projekt! :- )\n\nEin kleines Problem hab ich jedoch, dem ich nicht Herr werde:\n\nIn den Systemeinstellungen unter Benachrichtigungen ist eine gmail-Adresse hinterlegt und ein Empfänger mit anderer TLD. Für die nächtlichen Backups über HyperBAckup bekomme ich dort auch unkompliziert mails. BasicBackup schreibt jedoch immer ins log:\n\n` Das Versenden des Datensicherungsprotokolls per E-Mail ist fehlgeschlagen!`', False, 'de'),
    ('https://github.com/toafez/BasicBackup/issues/3', 'issue', 'other', 'none', 'Hi!\n\nZuerst mal ein Schuß ins Blaue, da ich wohl erst morgen dazu komme, mir das näher anzuschauen. Beim Erstellen bzw. Editieren eines Basic Backup Auftrages kannst du zu den Eingabefeldern Absender- und Empfängeradresse einen Hilfetext aufrufen. Hast du diesen (siehe nachfolgenden Text) beachtet?', False, 'de'),
    ('https://github.com/Newan/ioBroker.easee/issues/55', 'issue', 'complaint', 'none', 'Seit einiger Zeit lauter Fehlermeldungen im log.\n\nIch bekomme seit geraumer Zeit halbstündlich Fehlermeldungen im log, die so vorher nicht da waren. Es handelt sich um Errorfehler 500, 502 und 504. \nLaut Google sollen es Serverseitige Fehler sein, aber mehr weiß ich leider auch nicht.\n\nIm Debug sind keine Fehler ersichtlich. Login und alles andere ist ok - sind halt nur diese Fehlermeldungen, mit denen ich nichts anfangen kann.', False, 'de'),
    ('https://github.com/Newan/ioBroker.easee/issues/55', 'issue', 'complaint', 'other', 'Gleiches Problem. Die Charger können nicht mehr ausgelesen werden seit 1-2 Tagen. Hat Easse etwas an der API verändert ?', False, 'de'),
    ('https://github.com/Newan/ioBroker.easee/issues/55', 'issue', 'complaint', 'none', 'Ob es generell ein Problem gibt, weiss ich (noch) nicht.\n\nAber jetzt grad im Moment ist die Cloud leider wiedermal down :(\nhttps://status.easee.com/', False, 'de'),
    ('https://github.com/Newan/ioBroker.easee/issues/55', 'issue', 'other', 'none', 'Cloud ist wieder verfügbar', False, 'de'),
    ('https://github.com/evcc-io/evcc/issues/7440', 'issue', 'complaint', 'other', 'Problem with Easee Home under 0.116.0', False),
    ('https://github.com/evcc-io/evcc/issues/7440', 'issue', 'other', 'other', 'Update! Die Probleme in der Easee Cloud scheinen gerade weg zu sein.\n\nHabe auf 0.116 upgedatet und siehe da - es läuft nun auch unter 0.116:', False, 'de'),
    ('https://github.com/evcc-io/evcc/issues/8821', 'issue', 'complaint', 'other', 'Easee permanente Timeouts\n\n### Describe the bug\n\nHeute auf v0.118.5 gewechselt An wechselhaften Tagen, so wie heute oder letzten Sonntag, sehe ich extrem oft Fehler in der Art "max charge current 12A: timeout". Am Sonntag kam noch "charger: timeout" und "charger logic error: disabled but charging" dazu (da war ich aber noch auf einer früherern 0.118.x Version).', False, 'de'),
    ('https://github.com/solectrus/solectrus/issues/5103', 'issue', 'complaint', 'other', 'Nach Ausfall eines Shelly-Gerätes insgesamt keine Daten mehr verfügbar\n\n### Beschreibung\n\nHallo.\nDirekt nach einem Ausfall eines verbundenen Shelly pro 3em wurde in der Solectrus-Oberfläche der status "Nicht verbunden" (oder hieß es "nicht Erreichbar"?) angezeigt. Solectrus lieferte ab diesem Zeitpunkt keinerlei Daten mehr, obwohl alle anderen Komponenten (z. B. die Senec-PV-Anlage, andere Shelly-Komponenten) weiterhin und ohne Unterbrechung erreichbar waren. Auch nachdem der Shelly pro 2em wieder verfügbar war ändertes sich dies nicht. Erst nach einem Neustart zeigte Solectrus wieder Daten an. Ab Ausfall des shelly bis Neustart von Solectrus wurden keinerlei Daten in die DB geschrieben.', False, 'de'),
    ('https://github.com/solectrus/solectrus/issues/3219', 'issue', 'complaint', 'none', 'Solectrus zeiugt Ständig "Keine Verbindung" aber es werden trotzdem aktuelle Werte angezeigt', False, 'de'),
    ('https://github.com/solectrus/solectrus/issues/3219', 'issue', 'complaint', 'other', 'Im Moment sehe ich mal wieder keine Aussetzer, aber die waren auch nicht immer zu sehen.\nTrotzdem hier die letzten Zeilen von `docker compose logs senec-collector`:\nUps, jetzt hab ich dort doch Fehler drin stehen (trotz InfluxDB 2.7):', False, 'de'),
    ('https://github.com/pixcept/ioBroker.plenticore/issues/66', 'issue', 'complaint', 'other', 'Batteriewert SoC aktualisiert nicht mehr in 2.2.0\n\nHallo,\nder Adapter lief bisher problemlos, aber seit gestern aktualisiert er den SoC Wert für die Batterie nicht mehr.\nNutze den Adapter mit einem Plenticore Plus und einer BYD Batterie.', False, 'de'),
    ('https://github.com/pixcept/ioBroker.plenticore/issues/66', 'issue', 'complaint', 'other', 'Ich habe das selbe Problem, bei mir ist zum einen der SoC der Batterie und die Power bei PV2 betroffen. In der Web GUI vom Plenticore werden die Daten korrekt angegeben. Bei mir ebenfalls mit BYD Batterie.', False, 'de'),
    ('https://github.com/pixcept/ioBroker.plenticore/issues/66', 'issue', 'other', 'none', 'Ich konnte das Problem lösen, in drm ich den Adapter ca 10 Minuten gestoppt habe.\nDanach ging es wieder.\nAktuell läuft es.', False, 'de'),
    ('https://github.com/pixcept/ioBroker.plenticore/issues/66', 'issue', 'other', 'none', 'Hi, \ndanke für den Tipp, nach dem beschriebenen Vorgehen werden auch bei mir die Werte wieder korrekt angezeigt.', False, 'de'),
    ('https://github.com/pixcept/ioBroker.plenticore/issues/66', 'issue', 'other', 'none', '@StrathCole I think this issue can be closed.', False),
    ('https://github.com/pixcept/ioBroker.plenticore/issues/139', 'issue', 'complaint', 'other', 'Nach Update auf SW-Version 02.20.21395 Warnings im Log\n\nHi,\nnachdem ich meinen PLENTICORE plus 10 Wechslerichter auf SW-Version 02.20.21395 geupdatet habe, bekomme ich im Log kontinuierlich folgende Warnings:', False, 'de'),
]
