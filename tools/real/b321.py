# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 321 (mine-it12): ITALIAN rows only, issue voice, from repositories no earlier
# batch used. Sources: unofficial ClasseViva (Spaggiari school register) API wrappers and
# clients (ALCC01/ClassevivaAPI, michelangelomo/Classeviva-Official-Endpoints,
# Lioydiano/Classeviva, 47PADO47/Classeviva.js, Gabboxl/ClassevivaPCTO), an Argo portal
# wrapper (DTrombett/portaleargo-api), an unofficial Esse3 Unimore app, the Nextcloud
# Android client (two Italian threads), Home Assistant custom integrations by Italian
# authors (wilds/hass-atonstorage, alexdelprete/ha-sinapsi-alfa,
# DomoticaFacile/raccolta_rifiuti), an Instagram bot (SimpleInstaBot, Italian half of a
# bilingual report only), and near misses from Italian users of sites' own logins
# (Couchers bot-filed reports, AsTeRICS Grid), a JWT dev task (qandobooking) and a school
# project (ittagnelli/SARP). The search budget ran out after the first lookups, so the batch
# is smaller than the ~55 asked for and every text is taken from the search excerpts read.
# Complaints: "mi dava errore 503 ... adesso da errore: invalid session id", "ho inserito
# credenziali corrette ... ma mi da un errore", "Non funzionano più ... Access Denied",
# "invalid student-id ... il login viene effettuato ... ma poi non si riesce più a fare
# nulla", "App nextcloud non si connette", "Accesso failed errore 401", "Impossibile
# accedere dall'app android nextcloud, ma dal veb si", "le info modbus non salgono".
# Near misses: maintainers' replies ("questo repo non è più mantenuto", "L'API non essendo
# pubblica non è stabile", "Problema risolto (si spera) nella nuova versione 1.4.2",
# "E' un problema di compatibilità ... Devi tornare alla versione 2025.7.4"), how-to and
# reverse-engineering notes on the ClasseViva/Argo login, a stale-session bug ("mi fa
# riloggare con la precedente sessione"), works-now follow-ups ("Sisi ora funziona",
# "facendo il downgrade funziona tutto"), a dev task on JWT expiry, and users who cannot
# log into a site's own account (Couchers, AsTeRICS) - other, not between two systems.
# Doubts: michelangelomo #11 "Ok, ho provato a rimuovere "ident" ed adesso mi dice:
# [screenshot]" is a follow-up in a thread where the API key was rejected and the
# screenshot shows the next error - complaint (the failure goes on). esse3_unimore #5 (an
# unofficial app cannot log the writer into the university's Esse3 portal, colleagues'
# accounts work) - complaint, a third-party client rejected by the service. Nextcloud
# Android to the writer's Nextcloud server (401, sent back to login) - complaint, client to
# server. hass-atonstorage #49 (all sensors of the Aton cloud integration gone after a core
# update) - complaint, the data stopped arriving in Home Assistant, though the cause is a
# compatibility bug; raccolta_rifiuti #5 (a sensor that never appears after a local YAML
# set-up) - other, no second system failing. SimpleInstaBot #209: only the Italian half
# of the bilingual report is quoted; the bot cannot get into the Instagram account -
# complaint. Lioydiano/Classeviva #23 logs in but every later call answers 404
# "invalid student-id" - complaint. The complaint share is about a third, below the asked
# ~50%, because only the threads already read could be used. Integration 'other' where the
# excerpt names the product (Spaggiari/ClasseViva, Nextcloud, Sinapsi Alfa), else 'none'.
# All rows language 'it'. No exposure.
ROWS = [
('https://github.com/ALCC01/ClassevivaAPI/issues/8', 'issue', 'complaint', 'other', 'URL aggiornato della richiesta post\nPenso spaggiari abbia aggiornato i propri sistemi e che sia cambiato anche l\'url del login. Perché mi dava errore 503, servizio non disponibile.\nHo provato ad aggiornare l\'uri nel file index.js a quello nuovo: "https://web.spaggiari.eu/home/app/default/login.php?custcode=" \nperò adesso da errore: "invalid session id".', False, 'it'),
('https://github.com/ALCC01/ClassevivaAPI/issues/10', 'issue', 'other', 'none', "sono sicuramente in ritardo, ma hai provato a cambiare l'api da API2 ad API4?\n\nes. /auth-p7/app/default/AuthApi4.php?a=aLoginPwd", False, 'it'),
('https://github.com/ALCC01/ClassevivaAPI/issues/12', 'issue', 'complaint', 'none', 'Il login genera un errore\nHo provato ad usare le API semplicemente con il metodo login, ho inserito credenziali corrette ed installato la libreria, ma mi da un errore: \n```\nUnhandled rejection StatusCodeError: 404', False, 'it'),
('https://github.com/Gabboxl/ClassevivaPCTO/issues/2', 'issue', 'other', 'none', 'Ciao a tutti, riguardo ai vari problemi di login è appena stata rilasciata sul [Microsoft Store](https://apps.microsoft.com/store/detail/classevivapcto/9PNST3M88D1S) la versione 0.0.4 che risolve i principali problemi di login.\nLo sviluppo delle altre sezioni sta procedendo e verranno rilasciate a breve.\n\nOra chiudo questo issue, se doveste incontrare altri problemi apritene pure un altro! Ciao : )', False, 'it'),
('https://github.com/michelangelomo/Classeviva-Official-Endpoints/issues/14', 'issue', 'complaint', 'other', 'Non funzionano più\nQualsiasi richiesta io provi a fare, mi ritorna questo:\n\n```\n<HTML>\n\n<HEAD>\n\t<TITLE>Access Denied</TITLE>\n</HEAD>\n\n<BODY>\n\t<H1>Access Denied</H1>\n\n\tYou don\'t have permission to access\n\t"http&#58;&#47;&#47;web&#46;spaggiari&#46;eu&#47;rest&#47;v1&#47;students&#47;8083276&#47;agenda&#47;all&#47;20211030&#47;20211102"\n\ton this server.<P>', False, 'it'),
('https://github.com/michelangelomo/Classeviva-Official-Endpoints/issues/14', 'issue', 'other', 'none', 'Ciao @Hider-alt , questo repo non è più mantenuto e verrà archiviato presto.', False, 'it'),
('https://github.com/michelangelomo/Classeviva-Official-Endpoints/issues/14', 'issue', 'other', 'none', 'Ah, peccato. Sapresti dirmi dove trovare i nuovi endpoint?', False, 'it'),
('https://github.com/michelangelomo/Classeviva-Official-Endpoints/issues/11', 'issue', 'complaint', 'none', 'Ok, ho provato a rimuovere "ident" ed adesso mi dice:\n![image](https://user-images.githubusercontent.com/19750900/99380277-05c16f80-28ca-11eb-9c93-a51f527e00e9.png)', False, 'it'),
('https://github.com/michelangelomo/Classeviva-Official-Endpoints/issues/11', 'issue', 'other', 'none', 'Che programma stai usando? Se stai facendo tu che linguaggio di programmazione stai usando?\n\nIo avevo fatto uno script python e funzionava. Stessa cosa ora sto provando con Insomnia / Postman e mi torna i dati richiesti.', False, 'it'),
('https://github.com/Lioydiano/Classeviva/issues/31', 'issue', 'other', 'none', "L'API non essendo pubblica non è stabile; bel problema per lo sviluppo di questa libreria.", False, 'it'),
('https://github.com/Lioydiano/Classeviva/issues/23', 'issue', 'complaint', 'other', 'Invalid student id\nCiao,\nstavo facendo delle semplici prove ma continua a darmi l\'errore\n\n`{"statusCode":404,"error":"102:CvvRestApi/wrong uri","message":"invalid student-id"}`\n\nCodice in uso:\n\n```\nimport classeviva\nimport asyncio\n\nutente = classeviva.Utente("__UTENTE__", "__PASSWORD__")\nasyncio.run(utente.accedi())\n\nb = utente.connesso\nc = utente.stato\nlezioni = asyncio.run(utente.lezioni_giorno())\n```\nDebuggando l\'utente vedo che il login viene effettuato in quanto vedo nome e cognome corretto, ma poi non si riesce più a fare nulla.\n\nAd occhio credo sia un qualche cambiamento lato backend\\API', False, 'it'),
('https://github.com/Lioydiano/Classeviva/issues/23', 'issue', 'other', 'none', 'Posso chiederti se `__UTENTE__` inizia con una S o se è solo la parte numerica? Potrebbe essere che `S8733880I` non funzioni ma `8733880I` invece sì.', False, 'it'),
('https://github.com/Lioydiano/Classeviva/issues/23', 'issue', 'other', 'none', "Ciao! \nallora, l'id inizia per **G** e considerando che la parte web che utilizzo è\n`https://web.spaggiari.eu/home/app/default/menu_webinfoschool_genitori.php`\n\nmi viene da pensare che quella G stia per _GENITORE_", False, 'it'),
('https://github.com/Lioydiano/Classeviva/issues/26', 'issue', 'other', 'none', 'Sono riuscito a fare con successo una richiesta post di giustifica, però il metodo di autenticazione è completamente diverso. Prima devi prendere il cookie con il PHPSESSID facendo una post request a ·https://web.spaggiari.eu/auth-p7/app/default/AuthApi4.php?a=aLoginPwd· mettendo come body di tipo Form URL-Encoded: "uid" e "pwd" e si riceverà un set-cookie header con il PHPSESSID da tenere da parte (sul mio client e rimasto nella sessione in automatico).', False, 'it'),
('https://github.com/Lioydiano/Classeviva/issues/26', 'issue', 'other', 'none', 'Ecco, questa del metodo di autenticazione alternativo è una scoperta interessante. Concediamoci un momento per compiacerci di quanto male sia stata scritta un\'applicazione che ha un url con "auth-p7" e "AuthApi4" dentro.', False, 'it'),
('https://github.com/47PADO47/Classeviva.js/issues/12', 'issue', 'other', 'none', 'La sessione una volta il logout in qualche modo non viene pulita\nAttualmente appena faccio .logout() e magari nel prossimo login sbaglio un campo (come ad esempio inserire come email `a@a.it`) mi fa riloggare con la precedente sessione', False, 'it'),
('https://github.com/47PADO47/Classeviva.js/issues/12', 'issue', 'other', 'none', 'Si è normale, in quanto prima di fare login controlla se esiste un file con L ultimo token salvato e se questo non è scaduto evita di chiamare il server per crearne uno nuovo', False, 'it'),
('https://github.com/47PADO47/Classeviva.js/issues/12', 'issue', 'other', 'none', 'Viene throwato quando sbaglio pw', False, 'it'),
('https://github.com/DTrombett/portaleargo-api/issues/259', 'issue', 'other', 'none', "Sono partito da un vecchio issue (ReLoia/ArgoScuolaNext-NodeJS#1) dove degli utenti già avevano provato ad ispezionare le richieste fatte dall'app per eseguire il login ma senza riuscire a completare l'operazione. Così ho provato anch'io e sono riuscito ad eseguire correttamente l'autenticazione e ad accedere ai dati del profilo.", False, 'it'),
('https://github.com/dariowskii/esse3_unimore/issues/5', 'issue', 'complaint', 'none', "Impossibilità d'accesso\nBuongiorno, \nPurtroppo non riesco ad accedere con il mio account. \nProvando ad accedere con account di alcuni miei colleghi si riesce, il problema si presenta solo con il mio.", False, 'it'),
('https://github.com/dariowskii/esse3_unimore/issues/5', 'issue', 'other', 'none', 'Problema risolto (si spera) nella nuova versione 1.4.2 :)', False, 'it'),
('https://github.com/nextcloud/android/issues/3238', 'issue', 'complaint', 'other', 'App nextcloud non si connette\nApp nextcloud per android rimanda sempre al login dopo aver inserito login e pwd non si connette al server versione 14 app ultimo rilascio', False, 'it'),
('https://github.com/nextcloud/android/issues/3238', 'issue', 'complaint', 'none', 'Accesso failed errore 401', False, 'it'),
('https://github.com/nextcloud/android/issues/3238', 'issue', 'complaint', 'none', 'Errore 401 accesso failed e riporta al login', False, 'it'),
('https://github.com/nextcloud/android/issues/7165', 'issue', 'complaint', 'other', "Apk Android Nome utente o password errati\nImpossibile accedere dall'app android nextcloud, ma dal veb si, ho dovuto ricreare un nuovo accaunt, e un bel bug, la vecchia versione prima di formattare il cell funzionava alla grande quindi non capisco che cosa non va, dall' app no accesso, dal web si accesso.", False, 'it'),
('https://github.com/Couchers-org/couchers/issues/2175', 'issue', 'other', 'none', 'Subject: Non riesco a entrare con la mia iscrizione\nDescription:\nClicco il sito registrata e appare il problema .Non entro nel sito\n\nResults:\nDopo essermi registrata con nome e pw appare il problema . Quindi non posso accedere', False, 'it'),
('https://github.com/Couchers-org/couchers/issues/3500', 'issue', 'other', 'none', 'Subject: Non riesco ad entrare \nDescription:\nMesso mia e-mail di registrazione \n\nResults:\nAggiornare pagina', False, 'it'),
('https://github.com/Couchers-org/couchers/issues/2173', 'issue', 'other', 'none', 'Subject: Login\nDescription:\nInserito mia mail e si è bloccato\n\nResults:\nEntrare per cercare un host', False, 'it'),
('https://github.com/asterics/AsTeRICS/issues/367', 'issue', 'other', 'none', 'Account rotella gira\nDopo aggiornamento, gli account non funzionano, la rotella gira.\nNon riesco più a entrare nel sito.\nCosa fare?', False, 'it'),
('https://github.com/asterics/AsTeRICS/issues/367', 'issue', 'other', 'none', 'Sisi ora funziona. Grazie mille!!', False, 'it'),
('https://github.com/wilds/hass-atonstorage/issues/49', 'issue', 'complaint', 'none', 'Problema post aggiornamento\nSalve, dopo avere aggiornato il core al 2025.8.0 mi sono scomparsi tutti i sensori, provato a reinstallare ma non cambia nulla.', False, 'it'),
('https://github.com/wilds/hass-atonstorage/issues/49', 'issue', 'other', 'none', 'E\' un problema di compatibilità tra questa integrazione e la versione 2025.8.x\n\nDevi tornare alla versione 2025.7.4 facendo "core update --version 2025.7.4" dalla CLI di HA', False, 'it'),
('https://github.com/wilds/hass-atonstorage/issues/49', 'issue', 'other', 'none', "Ho integrato la pull request #51 qui: https://github.com/geniodelmale/hass-atonstorage potete rimuovere l'originale e usare questo intanto che la pull request viene approvata ufficialmente", False, 'it'),
('https://github.com/DomoticaFacile/raccolta_rifiuti/issues/5', 'issue', 'other', 'none', "Problema sensor\nHo installato tutto correttamente, messo il codice nel file di configuration.yaml, e fatto tutto, però l'integrazione non sembra funzionare perchè il sensore non sembra esistere.", False, 'it'),
('https://github.com/DomoticaFacile/raccolta_rifiuti/issues/5', 'issue', 'other', 'none', 'Ciao, se hai installato la 1.0.2 ti chiedo di provare adesso con la 1.0.1.', False, 'it'),
('https://github.com/DomoticaFacile/raccolta_rifiuti/issues/5', 'issue', 'other', 'none', "Ti confermo che facendo il downgrade funziona tutto correttamente.\n\nHo provato a rifare l'upgrade, ma il **sensor.raccolta_rifiuti** non appare da nessuna parte e non funziona.\nA questo punto credo sia qualche problema nella versione 1.0.2", False, 'it'),
('https://github.com/alexdelprete/ha-sinapsi-alfa/issues/207', 'issue', 'complaint', 'other', "Si è riavviato l'alfa più di 8min fa, le spie di power/contatore/wifi sono accese, il ping funziona, ma le info modbus non salgono.", False, 'it'),
('https://github.com/qandobooking/booking-backend/issues/34', 'issue', 'other', 'none', 'Verificare scadenza JWT\nFare in modo di inviare un JWT senza scadenza o comunque gestire in modo corretto la scadenza ed il refreshing del token.', False, 'it'),
('https://github.com/ittagnelli/SARP/issues/255', 'issue', 'other', 'none', 'Login mancato messaggio errore\nin caso di errore durante la fase di login non viene visualizzato nessun messaggio di errore', False, 'it'),
('https://github.com/mifi/SimpleInstaBot/issues/209', 'issue', 'complaint', 'none', "al momento dell'avvio il bot cerca di entrare nel mio accont ma viene visualizzata questa testo(alcune volte solo sul mio account altre volte su tutti), questo problema è accaduto anche durante la sessione quindi non con il mio account ma bensi con un account random, questo problema si è verificato non solo con il pc descritto in questo post ma anche con un altro pc con un i7 6500 e w-10 a x64", False, 'it'),
]
