# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 316 (mine-de11): GERMAN (de) rows only, about connections, logins, tokens and syncs
# between two systems - complaints together with the near misses that live in the same
# threads (maintainer diagnoses and questions, "funktioniert wieder", "mea culpa", feature
# requests, outage notes). Issue voice only: GitHub issue threads found with the `issues`
# search corpus, texts copied from the thread excerpts (trimmed at start/end; where an issue
# form put English template boilerplate or an image link between the title and the German
# description, that boilerplate was left out and the German title and description kept).
# Every repository here is new to the corpus (each owner/repo grepped in tools/real/*.py
# first); the ioBroker adapters, MoneyMoney, FinTS/phpFinTS/hbci4j, Husqvarna, Life360,
# Roborock, Viessmann, Vaillant, Tado, Renault, Daikin, Somfy, ÖkoFEN, ista,
# Urlaubsverwaltung, waipu.tv, JFritz, Payback, evcc, SukramJ/aiohomematic, octopus_germany,
# PoolLab, jlawyer, lexoffice (Baebeca) and selectline threads the searches turned up were
# left alone because they are already used. The pages corpus (FHEM/ioBroker forums) gave no
# usable thread openings, so there is no forum voice.
# Sources: travelynx (check-in service and its bahn.de/DBRIS, BLS, HAFAS, EFA backends and
# the Träwelling sync), Träwelling (Mastodon linking and sharing, HAFAS/DB-Rest outages,
# travelynx import), bahn.expert (hand-off to travelynx), Besser-Bahn (Träwelling login in a
# third-party app), PhoneBlock (Fritz!Box CardDAV blocklist sync, SIP answering machine,
# dongle), Home Assistant custom integrations by/for German users (Tibber Pulse local bridge,
# Volkswagen Connect, EcoFlow cloud, Fronius Wattpilot, a DWD/NINA card), the Spritpreise
# app (Tankerkönig), geierlein (ELSTER VAT return), the lieferheld API, DAPNET and the OST
# studentenportal.
# Complaints: "so kommt ein "403 Forbidden"-Fehler", "bahn.de Backend wirft Fehler 404",
# "Habe ich auch seit 16:38. Kein Checkin möglich." (+1), "BLS API liefert 503 zurück",
# "scheitert auch die Anmeldung bei Traewelling über die Schnittstelle", "Jetzt kommt ein
# HTTP 401 Unauthorized bei Abfrage der Nutzerdaten", "Träwelling Feature Login scheitert mit
# error 404", "Mit Mastodon verbinden funktioniert nicht", "Checkins können nicht auf
# Mastodon geteilt werden", "Seit 3 Tagen bekomme ich keine Daten mehr von meinem Tibber
# Puls", "Anmeldung bei Volkswagen Connect nicht möglich", "accessKey is invalid",
# "Die Fritzbox kann das Phonebook nicht synchronisieren.. ständig Fehler das ich die
# Logindaten prüfen soll", "Fehler Nummer 11", "Fehler 22", "Registrierung fehlgeschlagen",
# "Die Datenübertragung wurde vom Server abgebrochen", "Es ist leider immernoch nicht möglich
# gleiche Meldung" (still failing after a fix).
# Near misses: maintainers' diagnoses and outage notes ("Endpunktbezogener IP-Block vonseiten
# bahn.de ... Für den Moment funktioniert es wieder", "bahn.de hat ihre interne API
# geändert", "seit etwa 11:20 Uhr wirft die von uns genutzte Schnittstelle ... den Fehler
# 503", "Sie scheinen ein Leerzeichen am Ende Ihres Benutzernamens ... eingegeben zu haben",
# "meiner Meinung nach hat dein HA Server eine Netzwerk-Herausforderung"), questions
# ("Besteht das Problem auch, wenn du `https://` davor schreibst?", "Funktioniert es
# mittlerweile wieder bzw. hast du mal versucht, den Account neu zu verbinden?"), works-now
# and fix notes ("Nein, mea culpa. Mit https:// funktioniert's natürlich", "Telefonbuch
# gelöscht und neu eingerichtet.. nun läufts", "Sollte ab v1.25.0 ... wieder tun", "Mit
# Dongle-Version 1.3.1 gefixt - Anmeldung OK", "Heute geht wieder alles wie gehabt", "Jetzt
# hat es funktioniert" with password advice), feature requests (an import from travelynx, a
# map like travelynx's, a sync-check dummy entry, a sync tool for old Fritz!Boxes, a hint to
# re-create the blocklist after a password change, an automatic logout after one's own
# password change), a DWD card display bug and a website login/reset problem (single system).
# Doubts: bahn.expert #873 (the hand-off to travelynx fails with "Weiterleitung nicht
# eindeutig") is read as a failing integration - complaint, although the maintainer calls it
# not bahn.expert's problem. PhoneBlock #436 is labelled enhancement (empty error log in the
# app) but reports "Sync dauernd fehlschlägt ... letzte Nacht selbst mehrfach" - complaint.
# PhoneBlock #29 opens by noticing the sync is broken but states the fix ("Telefonbuch neu
# einrichten") and asks for a feature - other; its follow-up "Synchronisation trotz
# Neueinrichtung nicht geklappt" - complaint. Spritpreise #37 ("Fehler beim Abrufen der
# Daten" from the Tankerkönig API; the cause was an unconfirmed API key) - complaint,
# integration none (no product named in the excerpt). travelynx #407 opens with a bare
# "Fehler linie 964" under the title "Bahn.de backen fehler" - complaint. geierlein #29 is
# one message in two rows: the error report (complaint) and its "Nachtrag" that it works
# again (other). DAPNET #50 (401 after changing one's own password, asks for auto-logout) and
# studentenportal #718 (cannot log in to the site) are one-system logins - other. The
# Wattpilot comment ("hatte das Problem beim Einloggen. Jetzt hat es funktioniert" plus
# advice) - other. Integration 'other' where the excerpt names the product (bahn.de/DB, BLS,
# Traewelling/Träwelling, travelynx, Mastodon, Tibber, Volkswagen Connect, EcoFlow, DWD,
# Fritz!Box/PhoneBlock, HAFAS), else 'none'. Language: de (all rows). No exposure.
ROWS = [
('https://github.com/derf/travelynx/issues/222', 'issue', 'complaint', 'other', 'bahn.de API throws 403 Forbidden\nWenn man versucht sich in ein Zug mithilfe der bahn.de-API einzuchecken, so kommt ein "403 Forbidden"-Fehler.', False, 'de'),
('https://github.com/derf/travelynx/issues/222', 'issue', 'other', 'other', 'Endpunktbezogener IP-Block vonseiten bahn.de. Machste nix, außer SOCKS Proxies nutzen bis die IPs ausgehen.\n\nFür den Moment funktioniert es wieder.', False, 'de'),
('https://github.com/derf/travelynx/issues/419', 'issue', 'complaint', 'other', 'bahn.de Backend wirft Fehler 404\nWenn man versucht, Sachen mit bahn.de Backend zu machen bekommt man einen "Internal Server Error"\n\nDa im weiteren Verlauf ein Error 404 Not found zu sehen ist, vermute ich, dass etwas beim Upstream Provider geändert wurde', False, 'de'),
('https://github.com/derf/travelynx/issues/419', 'issue', 'other', 'other', 'Das kann ich hier nicht reproduzieren. Ggf. ein temporärer Fuckup bei der DB?', False, 'de'),
('https://github.com/derf/travelynx/issues/407', 'issue', 'complaint', 'other', 'Bahn.de backen fehler\nMoin,\nFehler linie 964 steht da', False, 'de'),
('https://github.com/derf/travelynx/issues/407', 'issue', 'complaint', 'none', 'Habe ich auch seit 16:38.\nKein Checkin möglich.', False, 'de'),
('https://github.com/derf/travelynx/issues/407', 'issue', 'other', 'other', "Jo, bahn.de hat ihre interne API geändert, das bleibt jetzt erstmal so bis ich Zeit hatte mich drum zu kümmern. Perspektivisch dürfte das heute oder morgen Abend der Fall sein.\n\nBis dahin am besten auf's IRIS ausweichen.", False, 'de'),
('https://github.com/derf/travelynx/issues/403', 'issue', 'complaint', 'other', 'BLS API liefert 503 zurück, anschauen von Departures nicht möglich\nAnscheinend liefert die BLS Api einen 503 Service Unavailable zurück, ein Anzeigen der Abfahrten geschweigedenn ein Einchecken ist somit nicht möglich.\nIch habe es mit dem Bahnhof BLS: Baden (ÖBB: Baden (CH)) versucht.', False, 'de'),
('https://github.com/derf/travelynx/issues/374', 'issue', 'complaint', 'other', '[DBRIS/Bahn.de] Error 502 beim Einchecken\nHallo derf,\n\naktuell liefert das Bahn.de-Backend mal wieder Error 502, wenn man bei einem letzten Ziel im Bahn.de-Backend einchecken möchte:\n\n> 502 Bad Gateway\n\n> Das von travelynx genutzte Backend hat einen Fehler zurückgegeben. travelynx hat keine Möglichkeiten, diese Situation zu beheben.', False, 'de'),
('https://github.com/derf/travelynx/issues/47', 'issue', 'complaint', 'other', 'Traewelling-Verknüpfung: Error 500\nTraewelling ist mit einem Error 500 nicht erreichbar. Beim Versuch, das Problem durch Abmelden und wieder Anmelden zu beheben, scheitert auch die Anmeldung bei Traewelling über die Schnittstelle ;-)', False, 'de'),
('https://github.com/derf/travelynx/issues/47', 'issue', 'other', 'none', 'Das könnte an uns gelegen haben. Kannst du es noch einmal probieren, ob es jetzt klappt?\nWir hatten einen Krypto-Key beim Serverumzug vor zwei Tagen vergessen.', False, 'de'),
('https://github.com/derf/travelynx/issues/47', 'issue', 'complaint', 'other', 'Jetzt hat sich das Fehlerbild verändert: Jetzt kommt ein HTTP 401 Unauthorized bei Abfrage der Nutzerdaten. Allerdings sehe ich bei Traewelling einen neu generierten API-Token...', False, 'de'),
('https://github.com/derf/travelynx/issues/62', 'issue', 'complaint', 'other', 'Träwelling Feature Login scheitert mit error 404\nBeim Versuch meinen Träwelling Account to verknüpfen erscheint dieser Fehler', False, 'de'),
('https://github.com/derf/travelynx/issues/62', 'issue', 'other', 'other', 'Sollte ab v1.25.0 (soeben live auf travelynx.de) wieder tun', False, 'de'),
('https://github.com/derf/travelynx/issues/202', 'issue', 'other', 'other', 'Träwelling <-> travelynx sync ist nun wieder möglich. Für travelynx → Träwelling muss dazu in travelynx das bahn.de-Backend ausgewählt werden.', False, 'de'),
('https://github.com/derf/travelynx/issues/195', 'issue', 'other', 'other', 'Gibt es in der Zwischenzeit irgendeine Möglichkeit sich bei Bussen oder U-Bahnen des Hamburger Verkehrverbundes (HVV) einzuloggen? Leider sehe ich HVV nicht mit in der Liste der verfügbaren Backends :(', False, 'de'),
('https://github.com/derf/travelynx/issues/243', 'issue', 'other', 'other', 'Es gibt diverse Backends, die z.B. bei Fahrten ohne Echtzeitdaten keinen Trip-Endpunkt in ihrer API bereitstellen – und ohne den kann travelynx nicht einchecken.', False, 'de'),
('https://github.com/Traewelling/traewelling/issues/4716', 'issue', 'complaint', 'other', '"Mit Mastodon verbinden" funktioniert nicht\nWenn man auf den "Mit Mastodon verbinden"-Knopf drückt und anschließend eine Instanz eingibt und eine Verbindung herstellen möchte, passiert nichts. Habe es schon mit mehreren Instanzen versucht.', False, 'de'),
('https://github.com/Traewelling/traewelling/issues/4716', 'issue', 'other', 'none', 'Besteht das Problem auch, wenn du `https://` davor schreibst?', False, 'de'),
('https://github.com/Traewelling/traewelling/issues/4716', 'issue', 'other', 'none', "Nein, mea culpa. Mit https:// funktioniert's natürlich. \nGgf. könnte man das automatisch ergänzen oder dem User ne Warnung mitgeben.", False, 'de'),
('https://github.com/Traewelling/traewelling/issues/4359', 'issue', 'complaint', 'other', 'Checkins können nicht auf Mastodon geteilt werden\nBeim Versuch, einen Checkin auf Mastodon zu teilen, erhalte ich mehrere Benachrichtigungen, dass dies wegen "Fehler 0" nicht funktioniert.', False, 'de'),
('https://github.com/Traewelling/traewelling/issues/4359', 'issue', 'other', 'none', 'Funktioniert es mittlerweile wieder bzw. hast du mal versucht, den Account neu zu verbinden? Ich kann den Fehler nämlich gerade nicht nachstellen. :/', False, 'de'),
('https://github.com/Traewelling/traewelling/issues/1393', 'issue', 'complaint', 'other', 'Bei aktiviertem "Teilen via Mastodon" können keine Fahrten mehr gepostet werden. Wenn man Sharing via Mastodon beim Posten\nBei aktivierten "Telen auf Mastodon" können keine Fahrten mehr gepostet werden.\n\nWenn man Mastodon beim Verfassen des Beitrags deaktiviert, funktioniert das Teilen des Beitrags ganz normal.', False, 'de'),
('https://github.com/Traewelling/traewelling/issues/3099', 'issue', 'other', 'other', 'Hi, seit etwa 11:20 Uhr wirft die von uns genutzte Schnittstelle (HAFAS / DB-Rest) den Fehler 503 zurück (siehe Monitoring). Wir können hier leider nur warten, bis sich das wieder fängt - sorry.', False, 'de'),
('https://github.com/Traewelling/traewelling/issues/3188', 'issue', 'other', 'none', 'Laut Monitoring hat die Fahrplanschnittstelle zwischen 14:40 und 15:10 Uhr kurzzeitig nur Fehler geworfen. Das hat sich aber mittlerweile wieder gelegt.', False, 'de'),
('https://github.com/Traewelling/traewelling/issues/3236', 'issue', 'other', 'other', 'Auswertungs karte(wie bei travelnyx)\nEs währe doch bestimmt cool wenn träwelling auch so eine Auswertungs karte bekommt wie sie es bei travelnyx gibt.\n\nSeit dem das synchronisieren leider auch nicht mehr geht ist es echt schade das man alles 2 mal einchecken muss.', False, 'de'),
('https://github.com/Traewelling/traewelling/issues/1059', 'issue', 'other', 'other', 'Eine Möglichkeit, alle Daten von vorherigen Farhten von Travelynx auf Träwelling migrieren zu können.', False, 'de'),
('https://github.com/marudor/bahn.expert/issues/873', 'issue', 'complaint', 'other', 'Einchecken in Travelynx schlägt fehl\n- Ich habe eine Route im Nahverkehr eingegeben.\n- Wenn man jetzt versucht die Fahrt in Travelynx einzuchecken kommt die Fehlermeldung, dass es die Weiterleitung nicht eindeutig ist.', False, 'de'),
('https://github.com/marudor/bahn.expert/issues/873', 'issue', 'other', 'other', 'Travelynx handlet Nahverkehr völlig anders. Ist aber fachlich eig. kein Problem von bahn.expert.\nIch machs hier absichtlich zu.', False, 'de'),
('https://github.com/marudor/bahn.expert/issues/1146', 'issue', 'complaint', 'none', '> behoben\n\nEs ist leider immernoch nicht möglich gleiche Meldung', False, 'de'),
('https://github.com/chuk-development/Besser-Bahn/issues/42', 'issue', 'complaint', 'other', 'Träwelling: Letzte Fahrten, Feed und Freunde laden nicht\n## Beschreibung\n\nNach der Träwelling-Anmeldung werden bei mir praktisch keine Träwelling-Inhalte geladen.\n\nBetroffen sind mindestens:\n\n- „Meine letzten Fahrten“\n- der Feed\n- Freunde / Following\n- Follower\n- Anfragen\n\nDie jeweiligen Bereiche bleiben im Ladezustand bzw. liefern keine Inhalte.', False, 'de'),
('https://github.com/chuk-development/Besser-Bahn/issues/34', 'issue', 'other', 'other', 'Beide Teile geklärt.\n\n**Token-Tausch (der eigentliche Blocker):** gefixt. Träwelling verlangt einen User-Agent, der sagt, wer da anfragt. Wir haben keinen gesetzt — und Dart füllt einen leeren User-Agent automatisch mit `Dart/3.5 (dart:io)`, was Träwelling genau so ablehnt.', False, 'de'),
('https://github.com/marq24/ha-tibber-pulse-local/issues/111', 'issue', 'complaint', 'other', 'Keine Verbindung mehr zur Bridge\nSeit 3 Tagen bekomme ich keine Daten mehr von meinem Tibber Puls.\nLeider kann ich nicht sagen was ich genau gemacht habe, bin aber der Meinung das letzte Core Update gegen 16 Uhr gemacht zu haben.', False, 'de'),
('https://github.com/marq24/ha-tibber-pulse-local/issues/111', 'issue', 'other', 'other', 'Also zumindest kann dein HA-Server unter dieser IP `http://192.168.178.84` __keine__ Tibber Pulse Bridge finden...\n\nund nur als Zusatz info:\n- Deine `victron_mqtt` hat auch ein issue...\n- unter der IP 192.168.178.33 ist auch Deine InfluxDB nicht mehr erreichbar\n\nmeiner Meinung nach hat dein HA Server eine Netzwerk-Herausforderung... ich kann das nicht lösen', False, 'de'),
('https://github.com/robinostlund/homeassistant-volkswagencarnet/issues/1041', 'issue', 'complaint', 'other', '[BUG] Kein Login möglich, Fehler: Anmeldung bei Volkswagen Connect nicht möglich. Bitte überprüfe deine Zugangsdaten und stelle sicher, dass der Dienst verfügbar ist.\nBekomme beim Login einen Fehler in der folgenden Form:\n\nAnmeldung bei Volkswagen Connect nicht möglich. Bitte überprüfe deine Zugangsdaten und stelle sicher, dass der Dienst verfügbar ist.', False, 'de'),
('https://github.com/snell-evan-itt/hassio-ecoflow-cloud-US/issues/70', 'issue', 'complaint', 'other', 'Kein Zugang mehr möglich zur Ecoflow Cloud "accessKey is invalid"beim öffentlichen\nnach Ecoflow Firmwareupdate von Stram AC pro und Ultra trotz neuem Zugriffsschlüssel und Geheimer Schlüssel kein Zugang mehr möglich ((\'accessKey is invalid\',), {})\nhat irgendjemand eine Idee was ich noch testen / probieren kann ?', False, 'de'),
('https://github.com/mk-maddin/wattpilot-HA/issues/80', 'issue', 'other', 'none', 'Hallo\nIch bin absuluter Anfänger. Aber ich hatte das Problem beim Einloggen. Jetzt hat es funktioniert. Ich hatte versucht das Passwort von dr Resetcard einzugeben, das ist falsch. Es muss das von einem selbst bei der Installation vergebene Passwort eingegeben werden.', False, 'de'),
('https://github.com/timmaurice/lovelace-nina-dwd-card/issues/13', 'issue', 'other', 'other', 'Es wird nur Warnung 1 der DWD Integration angezeigt\nDie Deutscher Wetterdienst (DWD) Integration hat aktuell zwei Warnungen es wird aber nur Warnung 1 angezeigt.', False, 'de'),
('https://github.com/woheller69/spritpreise/issues/37', 'issue', 'complaint', 'none', 'Fehler beim Abrufen der Daten\n**Describe the bug**\nBeim aufrufen eines Ortes erscheint die Fehlermeldung', False, 'de'),
('https://github.com/kenodressel/lieferheld-api/issues/2', 'issue', 'other', 'none', 'Wie kommt man an die API Keys?\nHi,\nNettes tut aber wie kommt man and ie API Keys oder gibts nur den einen?', False, 'de'),
('https://github.com/stesie/geierlein/issues/29', 'issue', 'complaint', 'none', 'Fehlercode: 080090100\nIch bekomme beim Abschicken der Voranmeldung folgenden Meldung:\n\nDie Datenübertragung wurde vom Server abgebrochen:\nEs ist ein interner Fehler aufgetreten.\nFehlercode: 080090100\n\nDie .pfx-Datei sowie mein passwort wurden vorher erfolgreich abgefragt/eingegeben.\nWas kann das Problem sein?', False, 'de'),
('https://github.com/stesie/geierlein/issues/29', 'issue', 'other', 'none', 'Nachtrag: \nHeute geht wieder alles wie gehabt. War wohl nur ein Serverfehler beim Finanzamt. Sorry!', False, 'de'),
('https://github.com/DecentralizedAmateurPagingNetwork/Web/issues/50', 'issue', 'other', 'none', 'Fehler nach Änderung des eigenen Passworts\nWenn man sein eigenes Passwort ändert, ist natürlich seine alte Auth nicht mehr gültig und man bekommt erst "ok" und dann "401" not authorized\n\nVielleicht kann man in der neuen Version nach einer Änderung des __eigenen__ Passworts automatisch einen logout machen?', False, 'de'),
('https://github.com/studentenportal/web/issues/718', 'issue', 'other', 'none', 'Anmeldung / Zurücksetzten des Kennworts nicht möglich\nHallo\n\nIch kann mich nicht anmelden. Das Zurücksetzten des Kennworts funktioniert auch nicht, ich erhalte keine E-Mail. \nZusätzlich kann ich den Account aber auch nicht neu erstellen.', False, 'de'),
('https://github.com/haumacher/phoneblock/issues/11', 'issue', 'complaint', 'other', 'Ist die Datenbank aktuell nicht verfügbar?\nDie Fritzbox kann das Phonebook nicht synchronisieren.. ständig Fehler das ich die Logindaten prüfen soll. \n"Die Aktualisierung ist gescheitert. Bitte überprüfen Sie die Benutzerdaten.(11)"\nLogin wurde sogar schon neu gemacht.. trotzdem kann man nicht synchronisieren. Auf der Homepage ann ich mich mit den Daten einloggen.. seltsam.', False, 'de'),
('https://github.com/haumacher/phoneblock/issues/11', 'issue', 'other', 'other', 'Ich sehe in den Log-Dateien Einträge der Bauart \n\n```\n[2022-11-01 09:46:21] [info] WARN: Invalid password (length 20) for user: te...@24-mail...\n```\n\nDas deutet darauf hin, dass das von der Fritz!Box übermittelte Passwort tatsächlich nicht mit dem gespeicherten Hash übereinstimmt.', False, 'de'),
('https://github.com/haumacher/phoneblock/issues/11', 'issue', 'other', 'none', 'Telefonbuch gelöscht und neu eingerichtet.. nun läufts. Danke', False, 'de'),
('https://github.com/haumacher/phoneblock/issues/76', 'issue', 'complaint', 'other', 'Blocklist ist leer\nDie Blocklist auf der Fritzbox ist leer und lässt sich nicht synchronisieren. Ich krieg immer Fehler Nummer 11.', False, 'de'),
('https://github.com/haumacher/phoneblock/issues/76', 'issue', 'other', 'other', 'Siehe E-Mail. Sie scheinen ein Leerzeichen am Ende Ihres Benutzernamens bei der Einrichtung der Blockliste in der Fritz!Box eingegeben zu haben. Am besten die Kopierfunktion für Nutzernamen und Passwort auf der PhoneBlock-Webseite verwenden.', False, 'de'),
('https://github.com/haumacher/phoneblock/issues/14', 'issue', 'complaint', 'other', 'Aktualisierung ist gescheitert (11+22)\nBin eben auf Phoneblock gestoßen und wollte es auch gleich auf meinen beiden FritzBoxen als Telefonbuch einbinden.\n\nIch habe mir dazu einen Account registriert, bestätigt und bei beiden Boxen das Telefonbuch mit den angezeigten Zugangsdaten angelegt.\n\nBei meiner FB6591 war die erste Anmeldung auch erfolgreich, leider aber das Telefonbuch leer. :smiling_face_with_tear: <br>\nWenn ich im Telefonbuch Blocklist auf "Telefonbuch synchronisieren" gehe, dauert es eine Weile und es wird ein Fehler 11 angezeigt:', False, 'de'),
('https://github.com/haumacher/phoneblock/issues/14', 'issue', 'complaint', 'none', 'Ok, bei der 6490 hatte sich ein Leerzeichen nach der ServerURI eingeschlichen... Daher wohl der Fehler 22.\n\nJetzt ist es zum Fehler 11 geworden, genauso wie bei der 6591... :thinking:', False, 'de'),
('https://github.com/haumacher/phoneblock/issues/233', 'issue', 'complaint', 'other', 'FritzBox - Aktualisierung Telefonbuch Blocklist Meldung Fehler 22 aktualisierung nicht möglich\nIn der FritzBox wurde mir das vor einiger Zeit eingerichtete Blocklist Telefonbuch ohne Einträge angezeigt. Eine Aktualisierung bringt die Fehlermeldung 22 - Aktualisierung nicht möglich. \n\nIch habe mittlerweile das telefonbuch komplett neu eingerichtet. Eine Aktualisierungsanfrage läuft aber weiterhin auf den gleichen Fehler. Ist das ein lokales Problem in meiner Box? Wenn ja, wie ist es zu beheben? Oder ist ein Serverproblem?', False, 'de'),
('https://github.com/haumacher/phoneblock/issues/436', 'issue', 'complaint', 'other', 'PhoneBlock App 1.3.1\nEs gibt sichtbare Sync Fehler zwischen Fritz!Box und der CardDAV Liste, doch das Fehlerprotokoll in der App bleibt leer (seit der ersten PB App Version an überhaupt) , daher ist es dem user nicht möglich, dem Dev Anhaltspunkte zu liefern, warum der Sync dauernd fehlschlägt (ist mir letzte Nacht selbst mehrfach nacheinander passiert - Sync Fehler und kein Protokoll).', False, 'de'),
('https://github.com/haumacher/phoneblock/issues/29', 'issue', 'other', 'other', 'Telefonbuchsynchronisation leichter überprüfen\nIch habe festgestellt, dass das Telefonbuch in der Fritz!Box anscheinend nicht mehr/nicht richtig synchronisiert. Die Nummer 015219632700 ist in PhoneBlock gelistet, wird aber nicht als SPAM erkannt, weil nicht im Telefonbuch enthalten. Lösung des Problems ist klar: Telefonbuch neu einrichten.\nWäre es möglich im Telefonbuch als ersten Eintrag einen Dummy anzuzeigen der immer das aktuelle Datum (und evtl Uhrzeit) enthält um mit einem kurzen Blick ins Telefonbuch feststellen zu können, dass die Synchronisierung noch funktioniert?', False, 'de'),
('https://github.com/haumacher/phoneblock/issues/29', 'issue', 'complaint', 'other', 'Wobei ich gerade festgestellt habe, dass die Synchronisation trotz Neueinrichtung nicht geklappt hat. Obige Nummer ist nicht in der Fritz!Box, wird aber in der Suche auf der Webseite als "Blockiert" markiert.', False, 'de'),
('https://github.com/haumacher/phoneblock/issues/29', 'issue', 'other', 'other', 'Das kann schon sein. Die Größe der Blocklist in der PhoneBlock-DB ist aktuell 11193 (siehe https://phoneblock.net/phoneblock/status.jsp). Soviele Nummer kann die Fritz!Box leider nicht in einem Telefonbuch verwalten. Daher muss PhoneBlock bei der Synchronisation eine Auswahl treffen.', False, 'de'),
('https://github.com/haumacher/phoneblock/issues/98', 'issue', 'complaint', 'other', 'Registrierung fehlgeschlagen: No response. (Fehler 404).\nMit dem AB sah ich die Möglichkeit, auch ältere FritzBoxen oder CardDAV-Anbindung für PhoneBlock nutzen zu können. Beim Versuch, den AB auf zwei unterschiedlichen FritzBox 7412 einzurichten, erhalte ich in der WebGUI jedoch sofort den Fehler: `Registrierung fehlgeschlagen: No response. (Fehler 404).`', False, 'de'),
('https://github.com/haumacher/phoneblock/issues/98', 'issue', 'other', 'none', 'Das SSL-Zertifikat der Box spielt keine Rolle, die Kommunikation zwischen AB und Box erfolgt über SIP. Kannst Du mir mal bitte die ersten paar Zeichen der Anrufbeantworter-Kennung mitteilen, dann könnte ich mir das mal von AB-Seite aus anschauen.', False, 'de'),
('https://github.com/haumacher/phoneblock/issues/363', 'issue', 'other', 'none', 'Mit Dongle-Version 1.3.1 gefixt - Anmeldung OK.', False, 'de'),
('https://github.com/haumacher/phoneblock/issues/198', 'issue', 'other', 'other', 'Hinweis: Blockliste nach Passwortwechsel neu einrichten\nDie Fritz!Box hat einen Bug, der verhindert, dass man das Passwort für ein CardDAV-Telefonbuch aktualisieren kann. Man muss das Telefonbuch löschen und neu einrichten. Beim Zurücksetzten des Passworts sollte man hier einen Hinweis erhalten.', False, 'de'),
]
