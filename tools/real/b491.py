# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 491 (mine-b491): GERMAN FORUM AND Q&A VOICE - asked for German forum threads (forum.iobroker.net, forum.fhem.de,
# homematic-forum.de, simon42, Shopware / JTL / Nextcloud / lexoffice communities, IP-Symcon, Loxone, computerbase,
# heise) about integrations and cloud connections failing now. HONEST RESULT: the forums ran dry. The stored `pages`
# corpus holds almost no German forum threads on this theme: eleven German pages queries returned vendor docs, SEO
# blog posts (blog.silverpc.hu, antwort.net), FHEM wiki diffs, AVM help pages and the same eight forum.iobroker.net
# pages (mirrored on 213.136.68.177:4567) about Blockly, Zigbee/SQL, S0 meters and absolute humidity - none about an
# integration failing, and the one on-theme forum page (forum.iobroker.net/post/231267, Homematic IP cloud adapter)
# is already in the corpus. No owner-published German forum archive was found (find_repos "forum-archive" lists none
# in German on this theme, "fhem-forum" gave nothing, find_string of a typical German forum sentence gave nothing).
# So, as the brief allows, the batch falls back to German issue threads from the same communities (ioBroker adapters,
# FHEM-adjacent FRITZ!Box tools, phpFinTS, Solectrus, booking software), plus English replies and English threads of
# the same German-run home-automation projects (ioBroker cloud/netatmo/fb-checkpresence/smartgarden, node-red FRITZ!Box
# and Bosch SHC nodes, the Gardena HA integration). All rows are voice='issue' (GitHub issues); none is a forum row.
# The German issue space is almost fully mined already (b358 b364 b372 b382 b389 b397 b409 b422 and others took
# ~100 German rows each): most German threads the issues corpus returned were already in the corpus (see below), so
# the batch is small - 77 rows, 29 of them German (language 'de'), 48 English. Not padded.
# Complaints (30) are writers saying a connection between two systems or its credentials fail now: SMTP "5.7.8 Error:
# authentication failed" when cancelling a booking (ep3-bs), a FRITZ!Box Labor firmware breaking the TR-064 login
# ("Did not get session id- invalid username or password?"), the tr-064 adapter going red with "Can not connect to
# your FritzBox" / 401 and "Credentials incorrect" after an update, Solectrus losing the Senec connection "seit heute
# Mittag", phpFinTS "Banking-Programm ist nicht registriert (9078)" after an update, the Xiaomi cloud login of
# mihome-vacuum ("Login fehlgeschlagen" although the mihome-cloud adapter works with the same credentials, "Hab
# dasselbe Problem", a pasted login-step log), Roborock logins not accepted, Gardena smartgarden 403 / 401 / 404 and
# "after a few weeks I have to generate a new gardena api key", the Gardena HA websocket 403, Netatmo
# "Authenticate refresh error: invalid_client" after Netatmo's OAuth change, ioBroker cloud instances stuck yellow /
# unable to connect, fb-checkpresence not connecting although the Fritzbox user is right, node-red-contrib-fritzapi
# "login failed" after FRITZ!OS 07.29, Bosch Smart Home Controller pairing failing with "please check password" /
# 400 Bad Request, and replies saying it still fails after advice ("Same result...", "No, the password is correct",
# "I tried that already ... won't get accepted", "still no success").
# Near misses kept (label other, 47): maintainers' questions and diagnoses ("403 deutet auf falsche Zugangsdaten
# hin.", "API keys verbunden?", "Kannst du ggfs ein python3 Script ausführen?", "Gardena liefert keine Geräte
# zurück...", "Ich kann es nachvollziehen, habe aber noch keine Idee...", "has the fritzbox user the correct access
# rights", "this sounds like you used the wrong password", "Do you have web.0 instance?"), found-the-cause / works-now
# follow-ups ("Habe den Fehler gefunden ... die Email Einstellungen setzen", "HAHA :-) gelöst ... Es muss ein Benutzer in
# der Fritzbox angelegt werden", "die Base adresse hatte nicht gestimmt", "today i was able to solve the issue by
# resetting the Bosch Smart Home Controller", "now it works. Strange."), heads-up issues about the FRITZ!OS 7.24 login
# change filed before anything broke (fritzdect #95, fb-checkpresence #35, tr-064 #191) with their replies, a feature
# request for a Gardena cloud link-test sensor, and a company-cloud account lockout inside one product (sopra-cloud
# #83: "wie kann ich diesen account wieder frei geben?" - not between two systems).
# Label calls and doubts: EvaP #39 ("Frau Tholen kann sich nicht anmelden ... Authentication failed") is a user login
# to the evaluation platform itself, not a connection between two systems - labelled other (doubtful: EvaP may use an
# external HPI login). ep3-bs #257 is the booking software's SMTP login to its mail server - complaint, integration
# none (no product named). tr-064 #64 first post ("Adapter geht auf rot" after an update) names no error; kept as a
# complaint because the adapter's only job is the FritzBox connection and the reply pastes the connection error.
# smartgarden #13: Marshammer's later answers to the maintainer's questions ("Ja hab jetzt Extra noch mal das Passwort
# geändert...", "APi sollte verbinden sein ...") are labelled other (answers with details, not a new failure report),
# "so neuer Fehler :) die Base adresse hatte nicht gestimmt" other (the 403's cause found); his "Kann nicht sein komme
# mit den gleichen Daten bei Husqvarna auf die Seite" is a complaint (credentials rejected though correct). Netatmo
# #194: bvol's pasted "Authenticate refresh error: invalid_client" is a complaint, his explanation "Re-authorize must
# be done via DEV Portal" other. ioBroker.cloud #117 SayAndre's "Can I rename that?" other. The mihome-vacuum log
# excerpt keeps a Chinese error description ("验证码输入错误") inside German prose; language de. No row mentions key
# exposure (the Netatmo log shows a masked client-ID; not exposure).
# Sources (30 threads, all GitHub issues): tkrebs/ep3-bs #257, e-valuation/EvaP #39, foxthefox/ioBroker.fritzdect #34
# #95, soef/ioBroker.tr-064 #64 #14, solectrus/solectrus #4944, nemiah/phpFinTS #156, iobroker-community-adapters/
# ioBroker.mihome-vacuum #1063, copystring/ioBroker.roborock #1030, jpgorganizer/ioBroker.smartgarden #13 #35 #42 #49,
# luconlua/sopra-cloud #83, PArns/ioBroker.netatmo #194, ioBroker/ioBroker.cloud #117 #15, afuerhoff/ioBroker.fb-
# checkpresence #158 #35, dnknth/node-red-contrib-fritzapi #29, iobroker-community-adapters/ioBroker.tr-064 #191,
# hxmelab/node-red-contrib-bosch-shc #42 #70 #72, py-smart-gardena/hass-gardena-smart-system #12.
# Texts: copied from the excerpts the `search` tool returned (issue title + first lines of the first post, or one
# comment), trimmed at line ends, never reworded or translated; long logs cut after their first lines. Replies cite
# the issue URL without anchor (the excerpts carry no comment ids).
# Look-ups (45 of 45): pages corpus - "Adapter Anmeldung fehlgeschlagen Cloud Verbindung getrennt forum", "Token
# abgelaufen API Schnittstelle funktioniert nicht mehr Forum", "Shopware Plugin API Schlüssel ungültig Verbindung
# fehlgeschlagen", "synchronisiert nicht mehr seit Update Nextcloud Kalender Fehler", "Hallo zusammen, seit gestern
# funktioniert der Adapter nicht mehr, Login fehlgeschlagen ioBroker Forum", "Hallo zusammen Integration Home Assistant
# Fehler beim Einrichten Authentifizierung ungültig seit Update", "ioBroker Adapter Fehler 401 Unauthorized Token
# ungültig seit heute keine Daten mehr", "ioBroker iot Adapter Verbindung zur Cloud getrennt Alexa funktioniert nicht
# mehr", "FHEM Forum Login fehlgeschlagen Modul Cloud Zugang Passwort nicht mehr möglich", "ioBroker Forum Adapter
# Anmeldung schlägt fehl Passwort falsch Cloud Account gesperrt", "Homematic IP Cloud Access Point Verbindung getrennt
# Forum Beitrag", "Beitrag von Re: CloudMatic Alexa Skill Verbindung funktioniert nicht mehr Registriert",
# "ip-phone-forum MyFRITZ Anmeldung fehlgeschlagen Dienst Verbindung getrennt seit Update", "Forum Beitrag Home Connect
# Token abgelaufen Integration Fehler 401 Hilfe", "smarthome-forum Shelly Cloud Verbindung getrennt Alexa Integration
# nicht mehr erreichbar", "homee Community Alexa Skill Verknüpfung fehlgeschlagen Cloud Verbindung getrennt", "Mitglied
# seit Beiträge Punkte für Reaktionen Fritzbox Smart Home Anmeldung Benutzer Kennwort Fehler App verbindet nicht mehr",
# "Beitrag von Registriert: Hat sich bedankt CCU Cloud Zugriff Verbindung Fehler Token Alexa funktioniert nicht mehr",
# "ioBroker Community Forum schrieb am zuletzt editiert Cloud Adapter Verbindung Fehler Anmeldung"; issues corpus -
# "lexoffice sevDesk API Schlüssel ungültig Verbindung funktioniert nicht mehr", "Shopware JTL Connector
# Synchronisation bricht ab Fehler Authentifizierung", "Anmeldung fehlgeschlagen seit heute Integration lässt sich nicht
# mehr einrichten Zugangsdaten werden nicht akzeptiert", "Verbindung zur Cloud fehlgeschlagen Token abgelaufen bitte
# erneut anmelden funktioniert nicht", "Nextcloud Synchronisation Kalender Kontakte DAVx5 Fehler 401 Anmeldung seit
# Update", "FHEM Modul Login funktioniert nicht mehr API Änderung Hersteller", "Fritzbox TR-064 Anmeldung fehlgeschlagen
# Benutzer Passwort Smart Home Integration", "Seit dem Update keine Verbindung mehr zum Portal Login schlägt fehl
# Wechselrichter Senec Kostal SMA", "Viessmann Vaillant Heizung Cloud API Fehler invalid_grant Token erneuern
# funktioniert nicht", "FinTS Bank Anmeldung fehlgeschlagen PIN TAN Fehler seit Umstellung Hibiscus", "Magenta
# SmartHome Bosch Smart Home Controller Verbindung verloren Pairing Passwort falsch", "MoneyMoney Extension Anmeldung
# funktioniert nicht mehr Webbanking Login Fehler", "Shopware Plugin Zugangsdaten ungültig Verbindung zum Dienst
# fehlgeschlagen Bestellungen werden nicht übertragen", "Integration Fehler beim Einrichten ungültige Authentifizierung
# Smart Meter Netzbetreiber Portal Login geändert", "Hallo, seit ein paar Tagen bekomme ich nur noch Fehler 401 beim
# Abrufen der Daten, Token ungültig", "Xiaomi Cloud Login fehlgeschlagen Roborock Staubsauger Adapter Zugangsdaten
# korrekt", "Netatmo Adapter Token ungültig neu autorisieren funktioniert nicht invalid_client", "Gardena Husqvarna Miele
# Cloud API Anmeldung 403 Fehler seit gestern keine Werte mehr", "Adapter verbindet sich nicht mehr mit der Cloud
# Instanz bleibt gelb Zugangsdaten stimmen", "Hersteller hat die API umgestellt Login geht nicht mehr Fehlermeldung
# Anmeldung abgelehnt bitte um Hilfe", "eWeLink Sonoff Cloud Anmeldung fehlgeschlagen Adapter seit heute keine
# Verbindung", "Spotify Adapter Token abgelaufen Autorisierung erneut durchführen funktioniert nicht Fehler",
# "smartgarden Gardena Adapter Fehler Verbindung Websocket API Key neu erstellen Hilfe"; find_repos "forum-archive",
# "fhem-forum"; find_string "seit heute funktioniert der Adapter nicht mehr". No fetch, no read_file.
# Checked and skipped as already mined (grep of URL and path over tools/real/b*.py, pending and the other worktrees):
#  forum.iobroker.net/post/231267; selectline-api #388 #147 #35; aspnetde/mite.desk #5; thecem/octopus_germany #39;
#  ecamp #55; softwerkskammer/Agora #1055; DeOldSax/iliasDownloaderTool #5; SVWS-Server #542; PipedreamHQ #21352;
#  kivitendo PR #394; sw-home/FHEM-HomeConnect #8; homematic-community/hm_pdetect #47; luconlua/sopra-cloud #114;
#  PietSmietde/Bugs #78; urlaubsverwaltung #847; home-assistant.io #37060; lexware-php-api #13; ioBroker.daikin-cloud
#  #254 #242; nobl/ioBroker.senec #521; phpFinTS #358 #45 #22 #20 #497 #46; firefly-iii-fints-importer #225;
#  moneymoney-shoop #2; Amazon-MoneyMoney #32; pecunia-client #523; WienerNetzeSmartmeter #232 #306;
#  plentymarkets-shopware-connector #494 #298; moneymoney-bondora #23; moneymoney-ibkr #5 #1; foe-helfer-extension
#  #734; mihome-vacuum #594; smartgarden #61 #33 #43 #52; mielecloudservice #78; ioBroker.worx #16; ioBroker.cloud #12
#  #16 #113 #119 #215; ioBroker.iot #21; AdapterRequests #556; ioBroker.alexa2 #148; ioBroker.daswetter #420.
# Rejected: iobroker-community-adapters/ioBroker.tr-064 #18 / #19 (copies of soef #64 / #68 - same texts), the
# husqvarna-automower #8 excerpt (a debug log with a full access token, no prose), smartgarden #56 / #70 (English
# "same here" replies likely duplicated elsewhere; #70 mostly a pasted log), ioBroker.worx #61 (log only), sopra-cloud
# #83 posts that contain personal e-mail addresses, romgen's truncated "I htink there should be better UI feedback"
# (tr-064 #64), AlexxIT/SonoffLAN and Spotify threads (English, off the German theme), blog and documentation pages.
ROWS = [
    ('https://github.com/tkrebs/ep3-bs/issues/257', 'issue', 'complaint', 'none', '5.7.8 Error: authentication failed: authentication failure\n\nHallo,\n\nbeim stornieren der Buchung kommt diese Fehlermeldung.\n5.7.8 Error: authentication failed: authentication failure', False, 'de'),
    ('https://github.com/tkrebs/ep3-bs/issues/257', 'issue', 'other', 'none', 'Vielen Dank für die Rückantwort.\nHabe den Fehler gefunden.\nEinfach unter / config / autoload / local.php die Email Einstellungen setzen.', False, 'de'),
    ('https://github.com/e-valuation/EvaP/issues/39', 'issue', 'other', 'none', 'Frau Tholen kann sich nicht anmelden\n\nSie ist als Nutzer eingetragen, konnte sich aber vom HPI-Rechner aus nicht erfolgreich authentifizieren.  \n\n"Authentication failed"\n\n=> herausfinden, woran das liegt', False, 'de'),
    ('https://github.com/foxthefox/ioBroker.fritzdect/issues/34', 'issue', 'complaint', 'other', '07.08-64610 Labor Version\n\nHi, habe aktuell Probleme mit der letzten Fritzbox Labor 07.08-64610 BETA. \n\nDamit geht leider die API bzw. der TR-64 Zugang nicht. Kann das jemand nachvollziehen? Werde wieder auf die letzte Version downgraden!\n\nDebuglog: \n\n`\n\nfritzdect.0 | 2019-01-16 13:50:55.237 | debug | Did not get session id- invalid username or password?', False, 'de'),
    ('https://github.com/soef/ioBroker.tr-064/issues/64', 'issue', 'complaint', 'none', 'Adapter geht auf rot\n\nvgl. \nhttp://forum.iobroker.net/viewtopic.php?f=20&t=11197\n\nHabe Adapter upgedatet.\nDanach geht er nach einiger Zeit auf rot.\nEgal welche Version ich nun versuche.\n\nmfg', False, 'de'),
    ('https://github.com/soef/ioBroker.tr-064/issues/64', 'issue', 'complaint', 'other', 'NAch dem upgrade auf ioBroker.admin 3.2.0 und bis dato sämtlichen zur verfügung gestellten anhänglichen updates inkl. tr-64 Adapter geht dieser bei mir auch Permanet auf ROT.\nAsuzug aus dem Logfile:\n\nhost.raspberrypi | 2018-02-13 16:11:21.486 | error | instance system.adapter.tr-064.1 terminated with code 1 ()\n-- | -- | -- | --\ntr-064.1 | 2018-02-13 16:11:16.332 | error | ~\ntr-064.1 | 2018-02-13 16:11:16.331 | error | ~~ If configuration, networt, IP address, etc. ok, try to restart your FritzBox\ntr-064.1 | 2018-02-13 16:11:16.331 | error | ~~ Fatal error. Can not connect to your FritzBox.', False, 'de'),
    ('https://github.com/soef/ioBroker.tr-064/issues/64', 'issue', 'other', 'other', 'HAHA :-) \ngelöst ... scheinbar \n[](http://forum.iobroker.net/viewtopic.php?t=6750)\nEs muss ein Benutzer in der Fritzbox angelegt werden, damit sich der tr-64 mit Benutzername und Passwort anmelden kann. Dann geht es nun scheinbar.', False, 'de'),
    ('https://github.com/soef/ioBroker.tr-064/issues/14', 'issue', 'complaint', 'other', 'Fehlermeldungen im iobroker log\n\nHi,\nIch habe eine Fritzbox 7490 mit softwaresatnd 06.60\n\nnach update auf 0.1.19 bekomme ich folgende Fehlermeldungen im Log:\ntr-064.0\t2017-01-13 15:30:39.014\terror\tcode=unknown error code Device responded with fault Error: Credentials incorrect', False, 'de'),
    ('https://github.com/soef/ioBroker.tr-064/issues/14', 'issue', 'other', 'none', 'Hello,\n\nare you sure that this error does not occur in the previous version of iobroker.tr-064? It occurs when getting Information from the device "Teresas-iPhone".', False),
    ('https://github.com/soef/ioBroker.tr-064/issues/14', 'issue', 'complaint', 'none', 'Hi,\nI am pretty sure as it never came up before I updated.\nBefore I had version 0.1.12 installed. \nit also occurs for other devises:', False),
    ('https://github.com/solectrus/solectrus/issues/4944', 'issue', 'complaint', 'other', 'Seit Mittags keine Verbindung mehr\n\n### Beschreibung\n\nHallo, seit September nutze ich Solectrus auf einem Raspberry Pi4 und seit heute Mittag sagt mir das System das es keine Verbindung mehr findet.\nDas Gleiche hatte ich auch wenn ich die IP Adresse des Senec Hybrid V3 in meinem Browser eintippt.\n\nBeim Browser konnte ich allerdings von http auf https gehen und die Seite als vertrauenwürdig einstufen und sehe alle Daten wieder.\n\nGibt es bei Senec selbst durch das kommende Update eine Anpassung der API?', False, 'de'),
    ('https://github.com/nemiah/phpFinTS/issues/156', 'issue', 'complaint', 'none', '3079, 9078 - Banking-Programm nicht registriert\n\nSeit dem Update erhalte ich:\n\n"Fatal error: Uncaught Fhp\\Dialog\\Exception\\FailedRequestException: Request Failed: Bitte wenden Sie sich an den Hersteller des Banking-Programms. (3079); Dialog abgebrochen - Banking-Programm ist nicht registriert. (9078); Der Auftrag wurde nicht ausgeführt.(Initialisierung fehlgeschlagen, Auftrag nicht bearbeitet.) (9010); Die Nachricht enthält Fehler. (9050); Dialog abgebrochen (9800)..."', False, 'de'),
    ('https://github.com/nemiah/phpFinTS/issues/156', 'issue', 'other', 'none', 'Statt `->setTanMechanism `jetzt `->login`.\n\nDie Registrierungsnummer muss du angeben, als 5ten Parameter im Constructor, der Parameter heißt aber eigentlich schon die ganze Zeit `$productName.` Oder was meinst du mit gibt es nicht mehr?', False, 'de'),
    ('https://github.com/iobroker-community-adapters/ioBroker.mihome-vacuum/issues/1063', 'issue', 'complaint', 'other', 'ERROR: Login failed\n\nBei Get Devices kommt der Fehler Login fehlgeschlagen.\nE-Mail und Paswwort ist aber richtig, da der mihome-cloud Adapter mit den gleichen Zugangsdaten funktioniert.', False, 'de'),
    ('https://github.com/iobroker-community-adapters/ioBroker.mihome-vacuum/issues/1063', 'issue', 'other', 'none', 'Ich kann es nachvollziehen, habe aber noch keine Idee, wo dran es liegt. Im Adapter selber scheint es zu funktionieren. Vlt gibt es da gerade auch temporäre Probleme auf deren Server oder die haben was umgestellt, müssen wir mal beobachten', False, 'de'),
    ('https://github.com/iobroker-community-adapters/ioBroker.mihome-vacuum/issues/1063', 'issue', 'complaint', 'none', 'Hab dasselbe Problem, wollte gerade in der IoBrokervisu nachsehen ob er seinen Job erledigt hat und festgestellt das er nicht mit dem Server Kommunizieren kann.', False, 'de'),
    ('https://github.com/iobroker-community-adapters/ioBroker.mihome-vacuum/issues/1063', 'issue', 'complaint', 'none', 'Hier mal ein logauszug:\n\n`<head></head>\nLogin step2: &&&START&&&{"qs":"%3Fsid%3Dxiaomiio%26_json%3Dtrue","code":87001,"description":"验证码输入错误"', False, 'de'),
    ('https://github.com/copystring/ioBroker.roborock/issues/1030', 'issue', 'complaint', 'other', 'Connection / User+Password zu Roborock funktionieren nicht\n\n### Bug Description\n\nIch bekomme den Fehler das die Logins nicht akzeptiert werden. Es ist aber definitiv der richtige Account drin. Habe es mit mehreren Browsern probiert.\n\nKonto Login geht auf: https://de.roborock.com/account?p\nKonto Login geht NICHT auf: https://euaccount.roborock.com/login/entry', False, 'de'),
    ('https://github.com/jpgorganizer/ioBroker.smartgarden/issues/13', 'issue', 'complaint', 'none', 'error 403\n\nHallo,\nbei mir kommt immer error 403. jemand eine Idee das das sein kann?\nDANKE', False, 'de'),
    ('https://github.com/jpgorganizer/ioBroker.smartgarden/issues/13', 'issue', 'other', 'none', '403 deutet auf falsche Zugangsdaten hin.', False, 'de'),
    ('https://github.com/jpgorganizer/ioBroker.smartgarden/issues/13', 'issue', 'complaint', 'other', 'Kann nicht sein komme mit den gleichen Daten bei Husqvarna auf die Seite.\nNoch eine Idee ? Danke', False, 'de'),
    ('https://github.com/jpgorganizer/ioBroker.smartgarden/issues/13', 'issue', 'other', 'none', 'so neuer Fehler :) \ndie Base adresse hatte nicht gestimmt.', False, 'de'),
    ('https://github.com/jpgorganizer/ioBroker.smartgarden/issues/13', 'issue', 'other', 'other', 'Gardena liefert keine Geräte zurück. \n\nGleiches Konto genutzt wie in der Gardena App?\nGeräte sind eingebunden?', False, 'de'),
    ('https://github.com/jpgorganizer/ioBroker.smartgarden/issues/13', 'issue', 'other', 'none', 'Ja hab jetzt Extra noch mal das Passwort geändert um zu schauen das alles gleich ist.\nHab Aktuell ein Sensor und ein Wasserhahn in der APP,.', False, 'de'),
    ('https://github.com/jpgorganizer/ioBroker.smartgarden/issues/13', 'issue', 'other', 'none', 'API keys verbunden?', False, 'de'),
    ('https://github.com/jpgorganizer/ioBroker.smartgarden/issues/13', 'issue', 'other', 'none', 'Kannst du ggfs ein python3 Script ausführen?', False, 'de'),
    ('https://github.com/jpgorganizer/ioBroker.smartgarden/issues/13', 'issue', 'other', 'none', 'APi sollte verbinden sein hab alles gemacht wie in der Anleitung.\nSorry mit Python3 kenne ich mich nicht mit aus. Könnte dir anbieten wenn du es machen würde', False, 'de'),
    ('https://github.com/luconlua/sopra-cloud/issues/83', 'issue', 'other', 'none', 'mit Chrome geht es auch nicht?\nFunktioniert es im Büro?\nKönnen Sie von einem anderen PC probieren?', False, 'de'),
    ('https://github.com/luconlua/sopra-cloud/issues/83', 'issue', 'other', 'none', 'wie kann ich diesen account wieder frei geben? Die Adminrechte habe ich jetzt', False, 'de'),
    ('https://github.com/luconlua/sopra-cloud/issues/83', 'issue', 'other', 'none', 'Ich vermute mal bisher nur durch Löschen des Accounts möglich, und dann wieder registrieren.', False, 'de'),
    ('https://github.com/luconlua/sopra-cloud/issues/83', 'issue', 'other', 'none', 'habe ich gemacht, \n- wo sehe ich dann die Anmeldung im Adminbereich?  \n- bekommt der neue Account dann automatisch eine Rückmeldung ob die Anmeldung erfolgt ist?', False, 'de'),
    ('https://github.com/PArns/ioBroker.netatmo/issues/194', 'issue', 'complaint', 'other', "No Data since yesterday due to auth Changes @ netatmo?\n\nSince yesterday 16:30h the adapter doesn't receive any updates. \n\nRoot cause could be the oath changes done by netatmo this week. They force oauth scope grant by user via Web UI as soon as the access token is expired and not refreshed via refresh token. In case of Token Refresh a new pair of access / refresh token is issued.", False),
    ('https://github.com/PArns/ioBroker.netatmo/issues/194', 'issue', 'complaint', 'other', 'netatmo.0\n2024-06-26 11:08:54.884\tinfo\tSuccessfully authenticated with Netatmo with individual client-ID 6347998axxxxxxxxxxxxxx\n\n### **netatmo.0\n2024-06-26 11:08:54.882\tinfo\tAPI Warning: Authenticate refresh error: invalid_client**', False),
    ('https://github.com/PArns/ioBroker.netatmo/issues/194', 'issue', 'other', 'other', 'Maybe try to re-authorize with Netatmo via Admin? Does this work?', False),
    ('https://github.com/PArns/ioBroker.netatmo/issues/194', 'issue', 'other', 'none', 'Re-authorize must be done via DEV Portal interactively. Not only Refresh Token but Access Token changes.', False),
    ('https://github.com/ioBroker/ioBroker.cloud/issues/117', 'issue', 'complaint', 'other', 'Cloud adapter apparently turned yellow since days\n\nI can\'t find any help on forums so I try here.\nSince 2 weeks one of my 2 cloud instances just stays yellow. Even after upgrading it to pro.\nKey is enterend, web instance is working. I don\'t know what\'s wrong.\nI reinstalled / regenerated the API keys and so on. in the log it just said "Timeout" Connection Lost.', False),
    ('https://github.com/ioBroker/ioBroker.cloud/issues/117', 'issue', 'other', 'none', 'And when you try to delete this one instance that is always yellow and recreate it?', False),
    ('https://github.com/ioBroker/ioBroker.cloud/issues/117', 'issue', 'other', 'none', 'Log shows that cloud adapter is successfully connected ... is only admin showing yellow?\nWhat is shown when you go to Objects -> cloud.2.info.connection What is the status there? if it is true then only admin is displaying wrong', False),
    ('https://github.com/ioBroker/ioBroker.cloud/issues/117', 'issue', 'other', 'none', "I just did that's why it is now called cloud.2 instead of cloud.0 >.< Can I rename that?", False),
    ('https://github.com/ioBroker/ioBroker.cloud/issues/117', 'issue', 'other', 'none', 'very strange. in fact the log schows that the adapter is cuccessfully connected. We need to check deeper', False),
    ('https://github.com/ioBroker/ioBroker.cloud/issues/15', 'issue', 'complaint', 'other', 'Instance not shown in settings\n\nI recently updated from Ubuntu 14 to Ubuntu 16 and now I am having issues to connect the cloud adapter. I had a similar problem upon setting up iobroker in the beginning.\nAs a result Instance is showing nothing and so  the adapter is not able to connect.', False),
    ('https://github.com/ioBroker/ioBroker.cloud/issues/15', 'issue', 'other', 'none', 'Do you have web.0 instance?', False),
    ('https://github.com/ioBroker/ioBroker.cloud/issues/15', 'issue', 'complaint', 'none', 'Hey, no I did see no instances at all :(\nprior the ubuntu update the field in the settings showed web.0 even i had no web adapter installed.\n\nI played around a little and installed the web adapter, afterwards it showed a web.0 instance, but it did not work. So i installed the socketio adapter and refered web.0 to socketio and tried it again, but still no success.\n\nCloud Instance status only goes from red to yellow', False),
    ('https://github.com/afuerhoff/ioBroker.fb-checkpresence/issues/158', 'issue', 'complaint', 'other', 'Adapter does not connect - stays yellow\n\n**Describe the bug**  \nAdapter stays yellow. It says not connected to device or service. The user in Fritzbox is correctly setup and username and password are correct as well. TR-64 connector works fine.\nHopefully someone is able to help me.\nThanks', False),
    ('https://github.com/afuerhoff/ioBroker.fb-checkpresence/issues/158', 'issue', 'other', 'other', 'Hello, \nhas the fritzbox user the correct access rights. Most of the services are deactivated. This is a sign for bad access rights or an incorrect password. Sometimes it helps to put in the password again because of the encryption function. \nHas you tried to reboot the fritzbox? \nWhich Admin adapter version you have?', False),
    ('https://github.com/afuerhoff/ioBroker.fb-checkpresence/issues/158', 'issue', 'other', 'none', 'No answer from creator of the issue', False),
    ('https://github.com/dnknth/node-red-contrib-fritzapi/issues/29', 'issue', 'complaint', 'other', "Suddenly connection to FB 7590 can't be established anymore\n\nWithout having changed anything I realized this morning that my heating schedules were not set (thermostats dect 301). Looking at my node red thermostats nodes it says login failed. As already said, I have not changed any setting in the last months. I should mention here that I have updated FRITZ!OS to 07.29 a few days ago.", False),
    ('https://github.com/dnknth/node-red-contrib-fritzapi/issues/29', 'issue', 'other', 'other', 'Hello @ceysa75,\n\nNo clue, honestly. "It stopped working suddenly" is a bit vague to begin with.\nI use the same FB version without any issues. I would probably try to set up a new FB user with home automation access and see whether reconfiguring the nodes solves it. Good luck!', False),
    ('https://github.com/dnknth/node-red-contrib-fritzapi/issues/29', 'issue', 'complaint', 'other', "Hi dnknth,\n\nI tried that already, ne FB user with full access, but no success. I have further investigated what the problem could be. It is as simple as the username and the password in the configuration node (tried that for different users) won't get accepted.", False),
    ('https://github.com/foxthefox/ioBroker.fritzdect/issues/95', 'issue', 'other', 'other', 'Think about changes in FritzOS higher 7.24\n\nHi,\nnot a bug, but from FritzOS 7.24 and higher the API should be changed with the login:\nhttps://avm.de/fritz-labor/frisch-aus-der-entwicklung/bekannte-probleme/', False),
    ('https://github.com/foxthefox/ioBroker.fritzdect/issues/95', 'issue', 'other', 'none', "Thanks for the information, I didn't know such upcoming changes.\nI will try to keep on track.", False),
    ('https://github.com/foxthefox/ioBroker.fritzdect/issues/95', 'issue', 'other', 'none', 'fine, so we can close this issue here. Thanks!', False),
    ('https://github.com/afuerhoff/ioBroker.fb-checkpresence/issues/35', 'issue', 'other', 'other', 'FritzOS 7.24 and higher API changed with username and password\n\nHi,\nnot a bug report, but important for Beta-Testers and the future development,\nin FritzOS 7.24 and higher are a change was done, take a look here, please:', False),
    ('https://github.com/afuerhoff/ioBroker.fb-checkpresence/issues/35', 'issue', 'other', 'none', 'Hi, thanks for information. I know this article.', False),
    ('https://github.com/afuerhoff/ioBroker.fb-checkpresence/issues/35', 'issue', 'other', 'none', 'fine, than can be closed :-)', False),
    ('https://github.com/iobroker-community-adapters/ioBroker.tr-064/issues/191', 'issue', 'other', 'other', 'Changes in FritzOS higher 7.24 in the API\n\nHi,\ntake attention to the next FritzOS, please.\n\nhttps://avm.de/fritz-labor/frisch-aus-der-entwicklung/bekannte-probleme/\n\nThe API and Login with username and password should be changed and need some changes in the assigned tools ( adapters, scripts.. ).', False),
    ('https://github.com/iobroker-community-adapters/ioBroker.tr-064/issues/191', 'issue', 'other', 'other', 'Thank you for bringing this to our attention.\nAccording to https://avm.de/fileadmin/user_upload/Global/Service/Schnittstellen/Empfehlungen%20zur%20Benutzerfu%CC%88hrung%20bei%20der%20Anmeldung%20an%20einer%20FRITZ%21Box_v1.1.pdf the main change is that "ONLY logins with username and password are possible starting 7.24 ... becaus ethe adapter already only uses that I would not see any change, correct?', False),
    ('https://github.com/iobroker-community-adapters/ioBroker.tr-064/issues/191', 'issue', 'other', 'other', 'yes, but if the user don\'t create a user in the fritzbox, the FritzOS create itself a user "fritz" .. looks like it make sense to make a link to this in the docu? \nI use since Monday FritzOS 7.24-84707 beta, no problems.', False),
    ('https://github.com/iobroker-community-adapters/ioBroker.tr-064/issues/191', 'issue', 'other', 'other', 'I would expect that this user is then shown in the Userlist in Fritzbox admin or?!', False),
    ('https://github.com/hxmelab/node-red-contrib-bosch-shc/issues/42', 'issue', 'other', 'none', 'Ok, the module is up2date and seems to start properly. \n\nWell, for the first you could change your system password temporarily to a a simple numeric password and try again with the new one. Maybe there is a character in your current password causing a problem.', False),
    ('https://github.com/hxmelab/node-red-contrib-bosch-shc/issues/42', 'issue', 'complaint', 'none', 'I have changed the password to a numeric one with 12 numbers. Same result... "ERROR - please check password". \nAnything else I can test?', False),
    ('https://github.com/hxmelab/node-red-contrib-bosch-shc/issues/42', 'issue', 'other', 'none', 'What environment do you use? OS, machine, docker... could you try a pairing attempt with another environment?', False),
    ('https://github.com/hxmelab/node-red-contrib-bosch-shc/issues/42', 'issue', 'other', 'other', '@hxmelab Hi, today i was able to solve the issue by resetting the Bosch Smart Home Controller.\nDont add any bosch smart home devices before you try to pair node red with Bosch SHC. If there is any device added to the SHC before you try to pair, it wont work. \n...And thx for your node!!', False),
    ('https://github.com/hxmelab/node-red-contrib-bosch-shc/issues/70', 'issue', 'complaint', 'other', 'Pair dosent work\n\nHello, I have the current Node Red installed on an Intel NUC which also has Home a\nAssistant is running. The controller is found in Node Red. Unfortunately, when I try to pair, I get the error (400 Bad Request). Password is correct and I have activated the controller for pairing. Is the error known?', False),
    ('https://github.com/hxmelab/node-red-contrib-bosch-shc/issues/70', 'issue', 'other', 'none', 'Hi souljaxaser, I am sorry to hear you have problems to connect. If you still face this issue, please check the following issue:', False),
    ('https://github.com/hxmelab/node-red-contrib-bosch-shc/issues/72', 'issue', 'complaint', 'none', 'Pairing fails\n\nHi,\n\npairing fails.', False),
    ('https://github.com/hxmelab/node-red-contrib-bosch-shc/issues/72', 'issue', 'other', 'none', 'Hi,\n\nthis sounds like you used the wrong password.\n\nBr,\nChris', False),
    ('https://github.com/hxmelab/node-red-contrib-bosch-shc/issues/72', 'issue', 'complaint', 'none', 'No, the password is correct. I even set it to a simple numeric one to be sure it does not fail.', False),
    ('https://github.com/hxmelab/node-red-contrib-bosch-shc/issues/72', 'issue', 'other', 'none', 'Ok, after trying almost everything - i have redeployed node-red and setup everything from scratch - now it works. Strange. But ok for now. :-)', False),
    ('https://github.com/jpgorganizer/ioBroker.smartgarden/issues/35', 'issue', 'complaint', 'other', 'wrong api key\n\nAfter a few weeks I have to generate a new gardena api key, else the old one is wrong', False),
    ('https://github.com/jpgorganizer/ioBroker.smartgarden/issues/35', 'issue', 'other', 'none', 'pls see https://github.com/jpgorganizer/ioBroker.smartgarden/issues/34', False),
    ('https://github.com/jpgorganizer/ioBroker.smartgarden/issues/42', 'issue', 'complaint', 'other', 'API V1\n\nWith the basic setting:\nhttps://api.authentication.husqvarnagroup.dev and https://api.smart.gardena.dev\nI get the error message:\nsmartgarden.0 2022-03-10 20:31:39.815 error Error: request returned 401 Unauthorized', False),
    ('https://github.com/jpgorganizer/ioBroker.smartgarden/issues/42', 'issue', 'other', 'other', 'this are the correct addresses\n\nGardena interface is up an running, so I assume that the error is on your side. \n\npls check your password and api key; perhaps create a new api key - this helped others', False),
    ('https://github.com/jpgorganizer/ioBroker.smartgarden/issues/49', 'issue', 'complaint', 'none', 'Error: request returned 404 Not Found\n\nHi, after installing the Adapter in version 2.0.0 from Github or Installing the current version from ioBroker i get this error message\n\n<html>\n<body>\n\nsmartgarden.0 | 15054 | 2022-06-16 16:05:02.891 | info | 3/ ---> State change by device: state sg.0.info.connection changed: false (ack = true)', False),
    ('https://github.com/py-smart-gardena/hass-gardena-smart-system/issues/12', 'issue', 'complaint', 'other', 'Websocket lost connection, no more updates\n\nI noticed that my sensors had old values and found this in the Home Assistant log (developer tool GUI):\n\n> Logger: websocket\nSource: util/thread.py:20\nFirst occurred: May 31, 2020, 7:50:26 PM (1 occurrences)\nLast logged: May 31, 2020, 7:50:26 PM\n>\n> error from callback <bound method Client.on_close of <gardena.smart_system.Client object at 0x7f17043d5850>>: 403 Client Error: Forbidden for url: https://api.smart.gardena.dev/v1/websocket', False),
    ('https://github.com/py-smart-gardena/hass-gardena-smart-system/issues/12', 'issue', 'other', 'other', '@osks could you implement the gardena testtool from here (https://github.com/py-smart-gardena/hass-gardena-smart-system/issues/5#issuecomment-636923978) into the integration with an binary sensor for the linktest to see fast cloud problems? Make its sense or is it possible to implement an fallback mechanism for an local connection without cloud?', False),
    ('https://github.com/py-smart-gardena/hass-gardena-smart-system/issues/12', 'issue', 'other', 'none', '@northpower25 : which testtool are you talking about ?', False),
]
