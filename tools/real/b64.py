# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 64 (mine-a, round 3): merchants and home users saying plainly that
# things stopped arriving or logging in, several not in English: Polish
# sellers whose Allegro orders no longer reach Comarch, Wapro, IdoSell, DPD
# or their invoicing ("od godziny 15 brak zamówień", "u mnie też") and the
# marketplace staff replies ("contact Comarch", "our fault, event resent");
# German tools whose account link or Shibboleth login stopped; a French
# Nextcloud sync; Home Assistant cloud integrations that "suddenly stopped";
# calendar sync adapters that sync once and never again; and near misses:
# sites that log their own users out after updates, "my bad, it's a test
# app", "logging out and back in fixed this", a temporary outage now over.
ROWS = [
("https://github.com/allegro/allegro-api/issues/4313","issue","complaint","other","Pracujemy na oprogramowaniu Comarch ERP od wczoraj zauważyliśmy, że od godziny 14-15 przestały nam się pobierać zamówienia z allegro do Comarch e-sklep, wczoraj cały dzień wszystko było ok do mniej więcej godziny 14-15. Czy jest jakaś awaria?",False,"pl"),
("https://github.com/allegro/allegro-api/issues/4313","issue","other","other","Nie powinno być problemu z pobieraniem zamówień. Nie mamy też podobnych zgłoszeń. W takim wypadku skontaktuj się z obsługą Comarch.",False,"pl"),
("https://github.com/allegro/allegro-api/issues/6091","issue","complaint","other","Nieprzeniesione zamówienia Allegro>Wapro Aukcje. Zauważaliśmy iż w niedzielę, 4 wrz 2022, około godziny 21:47 nie przeniosło się nam około 50 zamówień do Wapro Aukcji. Niestety w późniejszych dniach te zamówienia dalej się nie przeniosły.",False,"pl"),
("https://github.com/allegro/allegro-api/issues/6091","issue","other","other","Nie potwierdzam problemów z dostępnością zamówień w API Allegro.",False,"pl"),
("https://github.com/allegro/allegro-api/issues/3043","issue","complaint","other","brak informacji o zamówieniach. Od godz 15.00 brak informacji o zamówieniach przekazywanych przez API (RESTAPI) wcześniej między 12-14 nie były wysyłane wiadomości do klientów",False,"pl"),
("https://github.com/allegro/allegro-api/issues/3043","issue","complaint","none","Potwierdzam, od godziny ~15 nie zwraca nowych zamówień dla /checkout-forms/",False,"pl"),
("https://github.com/allegro/allegro-api/issues/3043","issue","complaint","none","potwierdzam nam też nie pobiera zamówień na produkcji",False,"pl"),
("https://github.com/allegro/allegro-api/issues/3043","issue","complaint","none","U mnie też ani jednego zamówienia od 15.",False,"pl"),
("https://github.com/allegro/allegro-api/issues/6612","issue","complaint","other","Zamówienie nie zostało pobrane. Dzień dobry, z jakiegoś powodu zamówienie a06775e0-95a9-11ed-bc25-21661d93bf50 nie zostało pobrane do Idosell.",False,"pl"),
("https://github.com/allegro/allegro-api/issues/6612","issue","other","other","Potwierdzam, że to wina po naszej stronie. Rzeczywiście informacja o zamówieniu nie dotarła do Idosell. Ponowiliśmy event, zamówienie powinno być już widoczne. Przepraszamy za wszelkie niedogodności z tym związane.",False,"pl"),
("https://github.com/allegro/allegro-api/issues/6612","issue","other","none","Dzień dobry, dziękuję Pani Marto za wszystkie informacje. Czy gdyby taki problem pojawił się w przyszłości zgłosić go do Państwa tutaj na forum?",False,"pl"),
("https://github.com/allegro/allegro-api/issues/1028","issue","complaint","other","Integracja z DPD - brakujące transakcje. od pewnego czasy korzystam z integracji z DPD. Niestety od kilku dni nie importują się wszystkie transakcje. Zwłaszcza jest problem z transakcjami z dni poprzednich.",False,"pl"),
("https://github.com/allegro/allegro-api/issues/1028","issue","other","other","Wczoraj mieliśmy awarię Allegro WebAPI pisaliśmy o tym tytaj #1021 jednakże problem został szybko rozwiązany i wszystko wróciło do normy.  W tej sprawie zalecam kontakt z dpd.",False,"pl"),
("https://github.com/allegro/allegro-api/issues/3684","issue","complaint","other","Problemy z integracją Shoplo/wfirma. Mamy problem z integracją pomiędzy systemami, w wyniku czego nie fakturują nam się wszystkie zamówienia.",False,"pl"),
("https://github.com/allegro/allegro-api/issues/3684","issue","other","other","@KarolinaCiesielska to jest forum dla developerów. Powinnaś skontaktować się z supportem Shoplo lub wFirma.",False,"pl"),
("https://github.com/PipedreamHQ/pipedream/issues/21697","issue","other","other","From August 9 to August 15, 2026, we noticed that orders were not syncing from Verizon to NetSuite. The issue appears to have been temporary, as the integration started syncing orders again this week without any changes from our side."),
("https://github.com/Limych/ha-jq300/issues/121","issue","complaint","none","Intergration Stopped Working. Suddenly the Intergration stopped working and the password and user are correct."),
("https://github.com/MTrab/landroid_cloud/issues/260","issue","complaint","none","I have had the integration for long time. Suddenly it stopped. I removed it and reinstalled. Now when i try to add the integration again i get an error. Is this the reason why?"),
("https://github.com/MTrab/landroid_cloud/issues/260","issue","other","none","Probably - Kress is currently not working"),
("https://github.com/Jarnsen/ha-xsense-component_test/issues/58","issue","complaint","none","Unable to log in – \"Unknown error occurred\". The integration has always worked perfectly, but now I'm suddenly unable to log in."),
("https://github.com/MarcelRobitaille/nextcloud_google_synchronization/issues/43","issue","complaint","other","Getting disconnected after one week. I connect to Google, everything works great for a week, but after that the events start to disappear because I'm getting logged out. I'm using a normal Google account (not Google Workspace). Is this expected that the connection only works for a week?"),
("https://github.com/MarcelRobitaille/nextcloud_google_synchronization/issues/43","issue","other","none","That's my fault because it's a test app. My bad, closing."),
("https://github.com/gggard/AndroidCaldavSyncAdapater/issues/268","issue","complaint","none","First sync works but never sync afterwards. The first sync goes smoothly and I see all my events, but the account never sync afterwards, so the new events are not added."),
("https://github.com/gggard/AndroidCaldavSyncAdapater/issues/268","issue","complaint","none","Same kind of problem with a samsung s7 :synchronisation goes well but stops and cannot Be automatic 😟"),
("https://github.com/gggard/AndroidCaldavSyncAdapater/issues/268","issue","complaint","none","Same problem on Echo Horizon Lite (Android 7.0) I have to reinstall the program every month :("),
("https://github.com/osm-fr/infrastructure/issues/158","issue","complaint","other","La synchro nextcloud ne fonctionne pas depuis mon ordi. cela fonctionne pour 4 autres nextcloud, donc je pense que c'est du coté d'osm-fr",False,"fr"),
("https://github.com/osm-fr/infrastructure/issues/158","issue","other","none","Je viens de faire une synchro depuis mon client: aucun problème pour moi.",False,"fr"),
("https://github.com/osm-fr/infrastructure/issues/158","issue","other","none","cela semble ok, merci :)",False,"fr"),
("https://github.com/postmanlabs/postman-app-support/issues/1450","issue","other","none","Logging out of my account and logging back in seems to have fixed this."),
("https://github.com/owncloud/client/issues/1495","issue","other","none","I updated to 1.5.2 today, worked great with the click to update mechanism! But, when the upgrade finished, the client seems to have forgotten my account. So, I logged back in with edit my account, and all works fine. Would be great if it remembered my account."),
("https://github.com/owncloud/android/issues/809","issue","other","none","Relogin after update. Everytime i have to re-enter all my credentials and url when the client got an update. Why?"),
("https://github.com/PietSmietde/Bugs/issues/282","issue","other","none","Ausgeloggt nach jedem Update. Scheinbar wird man nach jedem Update von der Webseite ausgeloggt, was ziemlich nervend ist, wenn man sich auf mehreren Geräten immer wieder einloggen muss.",False,"de"),
("https://github.com/DeOldSax/iliasDownloaderTool/issues/5","issue","complaint","none","Anmeldung nicht möglich. Wahrscheinlich durch das redesign der Shibboleth Auth Seite verursacht. Aktuell sagt das Tool nur, dass das Passwort falsch sei.",False,"de"),
("https://github.com/DeOldSax/iliasDownloaderTool/issues/5","issue","complaint","none","Kann das Problem bestätigen, seit der Umstellung mags nicht mehr.",False,"de"),
("https://github.com/Deazl/pr0keys/issues/40","issue","complaint","none","Keine Verknüpfung obwohl schon angemeldet. Nach 4 Tagen sagt er auf einaml das der Account nicht verknüpft ist",False,"de"),
("https://github.com/Deazl/pr0keys/issues/40","issue","complaint","none","ja bei mir das selbe",False,"de"),
("https://github.com/nextcloud/notes-android/issues/2501","issue","other","none","Thank you, it works ! Sorry I didn't look for the correct subject in the FAQ, I didn't correctly identify the problem in the long report message of the app."),
]
