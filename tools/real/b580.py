# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 580 (mine-b580): NON-ENGLISH EXPOSURE IN WORDS, issue voice - GitHub issue / PR threads in French, Portuguese,
# German and Spanish where someone says in words that a password, token or secret got out (committed to a public repo,
# shown in a settings response, shown to a colleague, "leak sur le forum", a Discord token "celoiquado"), plus near misses
# from the same and neighbouring threads (maintainer replies, "fixed", policies, show/hide-password feature requests,
# passwords shown in the product's own settings / login form) and a few auth/sign-in rows.
# All rows voice='issue': texts copied from the `search` tool's issues-corpus excerpts - a title plus the start of the
# description, or one comment - cut at a line or sentence end, never reworded, never translated. Credential values are
# never included: vuejs-br #3 is cut before the pasted JWT; Immersion-Facilitee and the Mercado Pago threads show none.
# Counts: 55 rows from 32 threads (at most 4 rows per thread), 1 complaint, 8 exposure rows, all 55 non-English.
# SHORTFALL: the brief asked for ~120 rows / ~50 exposure / a third complaints. The issues corpus is searched by meaning
# and answers non-English queries mostly with English threads; almost every non-English hit for the obvious queries
# (Klartext/en clair/texto plano/in chiaro logs, ioBroker adapters, Loxberry, gazpar2mqtt, centreon, SnippetVamp,
# communecter, nantralPlatform, FinHal, CoursIA, aurea-io, IMarkoMC/Tokens (es), Programador-jr/King, anticorruzione/npa
# 401s (it, 6 threads), ministero-salute (it), SUAP/GTIN/mapos/rnds/syllabus 401s (pt/es), selectline/Agora (de),
# HFRplus, b3desk, notes-android (fr), Mercado Pago / Moip token threads) was already used by earlier batches. The pages
# corpus returned only articles/blogs, no forum threads. So: no Italian row, only 4 Spanish rows, 1 complaint.
# Label calls: exposure rows are 'other' (security reports, nobody's connection failing). Exposure True: zulybot PR
# "Token celoiquado ... Discord já resetou" (pt, doubtful slang for leaked token), FuiVazado "Credenciais hardcoded no
# site" (pt), naoimportaweb "credenciais estão hardcoded aqui no repositório" (pt), cidadao.ai PR "Os 10 segredos
# expostos" (pt, fix PR that states the exposure), Brunera17/TCC #1 ".env com segredos reais commitado no repositório
# público" (pt), trackdechets PR "(cf leak sur le forum)" (fr, doubtful: the leak is mentioned in passing),
# easy-wi #1033 TS3/SSH passwords sent in the settings response (de, like Vane in b579) and the comment "aus Versehen
# die Hälfte der Server Passwörter offenbart" (de). Exposure False: FuiVazado maintainer reply ("troquei ... as
# credenciais"), renanbneto #46 policy ("Uma exposição acidental ... comprometeria", hypothetical), easy-wi maintainer
# reply, nisiode/iogo-android and jeedom (password visible in the product's own settings / login popup), Blount/Cheky
# (admin password on index.php, then "C'était ton navigateur"), show-password feature requests (tchap, GeoNature,
# YesWiki, zds-site, SVOHG, securebox), WeGIA review advice, Mercado Pago card-token Q&A.
# Complaint: vuejs-br/treinamento-vue3-code #3 ("Estou recebendo 401 em qualquer rota ... mesmo passando o token").
# Other (doubtful): mathieueveillard "La reconnexion ne fonctionne pas" (developer's own id_token bug note),
# covoiturage "je suis déconnectée" (app logging its own user out), Immersion-Facilitee #769 / PR 4173, 1024pix,
# potentiel (identity-provider logout PRs and bug notes, nothing reported failing between systems now),
# upe-garanhuns "403 em vez de 401" (status-code bug, not failing credentials).
# Integration: 'other' where a product's connection or key is named (Mercado Pago, Discord, Inclusion Connect,
# ProConnect), 'none' otherwise. No ActiveCampaign, Keap or Stripe thread turned up.
# Languages: fr 28, pt 13, de 10, es 4 (55); it 0.
# Lookups: 60 (search 60).
# Sources (32 threads):
#  LabRedesCefetRJ/WeGIA/pull/1982, mercadopago/card-payment-sample-php/issues/1, zulybot/zuly/pull/80,
#  allanf181/FuiVazado/issues/2, naoimportaweb/cml/issues/1, anderson-ntlabs/cidadao.ai-backend/pull/23,
#  martin-ueding/geo-activity-playground/issues/159, scalableminds/webknossos/issues/43, Brunera17/TCC/issues/1,
#  renanbneto/monitoramento-master/issues/46, vuejs-br/treinamento-vue3-code/issues/3, upe-garanhuns/sistema-acs/issues/19,
#  mathieueveillard/portfolio-admin/issues/1, covoiturage-gouv-fr/mono/issues/163,
#  Immersion-Facilitee/immersion-facile/issues/769, MTES-MCT/trackdechets/pull/1892, easy-wi/developer/issues/1033,
#  nisiode/iogo-android/issues/54, tchapgouv/tchap-web-v4/issues/563, jeedom/core/issues/2845,
#  PnX-SI/GeoNature/issues/3974, YesWiki/yeswiki/issues/1034, Blount/Cheky/issues/37, AlexDerAndros/SVOHG/issues/34,
#  metaphysys/securebox/issues/17, zestedesavoir/zds-site/issues/388, Immersion-Facilitee/immersion-facile/pull/4173,
#  1024pix/pix/pull/8942, MTES-MCT/potentiel/pull/2778, AccessiDys/AccessiDys/issues/363,
#  jonatasoli/fast-ecommerce-back/issues/1091, NextDom/nextdom-core/pull/1579

ROWS = [
    ("https://github.com/LabRedesCefetRJ/WeGIA/pull/1982", "issue", "other", "other",
     "Cuidado para não exibir mensagens sensíveis no lado do cliente da aplicação, que possam expor detalhes internos ou confundir o usuário.", False, "pt"),
    ("https://github.com/mercadopago/card-payment-sample-php/issues/1", "issue", "other", "other",
     "[PREGUNTA]\n\nSe envía un token de acuerdo a como veo el js pero, ¿de dónde sale ese token?", False, "es"),
    ("https://github.com/mercadopago/card-payment-sample-php/issues/1", "issue", "other", "other",
     "Ese token es generado automáticamente por Mercado Pago SDK para que la información de la tarjeta sea enviada a los servidores de modo seguro.", False, "es"),
]
ROWS += [
    ("https://github.com/zulybot/zuly/pull/80", "issue", "other", "other",
     "Token celoiquado\n\n## É provável que o Discord já resetou mas né 🤷", True, "pt"),
    ("https://github.com/allanf181/FuiVazado/issues/2", "issue", "other", "none",
     "Credenciais hardcoded aponta que código no github é diferente do site no ar\n\nhttps://github.com/allanf181/FuiVazado/blob/d02efdcece2c5d10800c042285d666a70694776f/index.php#L149\n\nCredenciais hardcoded no site são prova de que o que está publicado e o que está no repositório não são a mesma fonte.", True, "pt"),
    ("https://github.com/allanf181/FuiVazado/issues/2", "issue", "other", "none",
     "Eu troquei somente as credenciais para ninguém usar elas para acessar o banco de dados, https://github.com/allanf181/FuiVazado/blob/main/index.php#L12", False, "pt"),
    ("https://github.com/naoimportaweb/cml/issues/1", "issue", "other", "none",
     "Secrets Hardcoded\n\nNotei que algumas credenciais estão hardcoded aqui no repositório, o que pode abrir brechas de segurança, especialmente usando em produção. Seria ideal mover essas credenciais para variáveis de ambiente ou algum outro método seguro para evitar exposição de dados sensíveis.", True, "pt"),
    ("https://github.com/anderson-ntlabs/cidadao.ai-backend/pull/23", "issue", "other", "none",
     "fix(security): remove hardcoded credentials from scripts and docs\n\nCloses #22.\n\nEste commit remove todas as credenciais literais encontradas na árvore do repo público e as substitui por placeholders explicitos. Os 10 segredos expostos ainda precisam ser rotacionados nos provedores; a ordem recomendada é Railway token → Postgres → Redis → Supabase service_role → JWT/SECRET → Anthropic → Maritaca → APIs públicas.", True, "pt"),
    ("https://github.com/martin-ueding/geo-activity-playground/issues/159", "issue", "other", "none",
     "Settings per Passwort schützen\n\nWie Du vielleicht weißt lasse ich meine Instanz öffentlich laufen (https://tracks.theragnarbay.org/). Da ist es ungünstig dass die Settings für jeden les bzw. schreibbar sind. Ließe sich das irgendwie per Passwort schützen oder ggf. über erlaubte IP-Adressen regeln?", False, "de"),
    ("https://github.com/martin-ueding/geo-activity-playground/issues/159", "issue", "other", "none",
     "Klingt, als bräuchten wir langsam ein Zugriffsmanagement. Muss ich mal überlegen.", False, "de"),
    ("https://github.com/scalableminds/webknossos/issues/43", "issue", "other", "none",
     "[OX-656] Passwortänderung", False, "de"),
]
ROWS += [
    ("https://github.com/Brunera17/TCC/issues/1", "issue", "other", "other",
     "[SEGURANÇA CRÍTICA] Arquivo backend/.env com segredos reais commitado no repositório público\n\nO arquivo backend/.env está versionado e presente no repositório público, expondo valores reais de: SECRET_KEY, REFRESH_SECRET_KEY, ACCESS_TOKEN_EXPIRE_MINUTES, REFRESH_TOKEN_EXPIRE_DAYS, REDIS_HOST, REDIS_PORT, REDIS_DB, MERCADOPAGO_ACCESS_TOKEN e REDIS_REQUIRED.", True, "pt"),
    ("https://github.com/renanbneto/monitoramento-master/issues/46", "issue", "other", "none",
     "[SEGURANÇA] Gestão segura de segredos — .env, chaves e credenciais\n\n## Contexto\n\nO arquivo `.env` contém as chaves mais sensíveis do sistema: `APP_KEY`, credenciais do banco, tokens SIA, segredos de webhook. Uma exposição acidental desse arquivo comprometeria todo o sistema. Este issue garante que segredos não vazem.", False, "pt"),
]
ROWS += [
    ("https://github.com/vuejs-br/treinamento-vue3-code/issues/3", "issue", "complaint", "none",
     "401 Unauthorized\n\nOla,\n\nEstou recebendo 401 em qualquer rota que eu precise do token, mesmo passando o token na requisição.", False, "pt"),
    ("https://github.com/upe-garanhuns/sistema-acs/issues/19", "issue", "other", "none",
     "Código de retorno incorreto ao acessar o sistema sem token válido\n\nPrezado, 4° período.\n\nGostaria de chamar a sua atenção para uma questão crítica relativa à implementação atual. Chegou ao meu conhecimento que, ao tentar acessar o sistema sem o token, o código retornado é 403 (Forbidden) em vez de 401 (Unauthorized).", False, "pt"),
    ("https://github.com/mathieueveillard/portfolio-admin/issues/1", "issue", "other", "none",
     "La reconnexion ne fonctionne pas\n\nDéconnexion puis reconnexion : l'utilisateur est bien reconnu, mais son id_token n'est plus disponible.", False, "fr"),
    ("https://github.com/covoiturage-gouv-fr/mono/issues/163", "issue", "other", "none",
     "Parcours connexion utilisateur\n\nLorsque je vais sur l'interface, je suis automatiquement connectée avec les derniers identifiants que j'ai utilisé. Mais dès que je fais une action je suis déconnectée. C'est assez embêtant...", False, "fr"),
    ("https://github.com/Immersion-Facilitee/immersion-facile/issues/769", "issue", "other", "other",
     "ETQ personne inclusion connecté je ne peux pas me déconnecter réellement\n\n### :bug: Le problème\n\nQuand je clique sur le bouton pour me déconnecter, tout semble bien se passer. Mais si je reclique ensuite sur le bouton pour me connecter, aucun identifiant ne me sera demandé et je serai connecté immédiatement.", False, "fr"),
]
ROWS += [
    ("https://github.com/MTES-MCT/trackdechets/pull/1892", "issue", "other", "none",
     "Display security warning for token and update doc\n\nAjoute:\n-  un texte enjoignant l'utilisateur à prendre soin de ses token (cf leak sur le forum)\n- quelque lignes de doc pour préciser les bons headers à passer dans les requêtes", True, "fr"),
    ("https://github.com/easy-wi/developer/issues/1033", "issue", "other", "none",
     "Sicherheitsproblem: Zeigt passwörter\n\nWenn man die Einstellungen eines Master Servers aufruft, dann werden TS3 Passwort sowie SSH passwörter übertragen. Diese lassen sich recht einfach auslesen.", True, "de"),
    ("https://github.com/easy-wi/developer/issues/1033", "issue", "other", "none",
     "Dies ist nicht so kritisch, wie es zuerst scheinen mag:\n- Das Interface sollte in Zeiten von Letsentcrypt usw. ausschließlich über https erreichbar sein\n- Zugreifen darf nur derjenige, welche auch neue Passwörter eintragen kann\n- Im Falle von Keys + Passwort (empfohlen!) kann man mit dem Passwort alleine nicht viel machen\n- SSH2 Passwörter bzw. die Passwörter zu den Keys werden über AES128 verschlüsselt in den DB abgelegt", False, "de"),
    ("https://github.com/easy-wi/developer/issues/1033", "issue", "other", "none",
     "Ich finde es sehr wohl kritisch. Das Passwort sollte zumindest nicht im Klartext auf dem Display angezeigt werden!\n\nErst vorgestern einem Kollegen den Aufbau des Interfaces gezeigt und Ihm dabei aus Versehen die Hälfte der Server Passwörter offenbart.", True, "de"),
    ("https://github.com/nisiode/iogo-android/issues/54", "issue", "other", "none",
     "Passwort wird in Klartext angezeigt\n\nUnter Servereinstellungen wird das eingegebene Passwort nicht verschleiert. Kann also leicht ausspioniert werden", False, "de"),
    ("https://github.com/nisiode/iogo-android/issues/54", "issue", "other", "none",
     "ist gefixed", False, "de"),
]
ROWS += [
    ("https://github.com/tchapgouv/tchap-web-v4/issues/563", "issue", "other", "none",
     "En tant que membre, j'aimerai avoir la possibilité de voir mon mot de passe lors de la saisie\n\nProblème adressé: \n- les utilisateurs peuvent faire une erreur de saisie", False, "fr"),
    ("https://github.com/tchapgouv/tchap-web-v4/issues/563", "issue", "other", "none",
     "Retour SSI : Le faire par appui, si l'utilisateur lache : le mot de passe disparait", False, "fr"),
    ("https://github.com/jeedom/core/issues/2845", "issue", "other", "none",
     "[BUG] mot de passe totalement visible depuis v4.4.10 #2740\n\nDepuis la version 4.4.10, (possibilité de voir ou non le mot de passe) issue #2740\nlorsque sur le page d'identification, je clique sur la textbox: inputPassword, une popup apparait avec le mot de passe en clair sans avoir cliqué sur voir le mot de passe", False, "fr"),
    ("https://github.com/PnX-SI/GeoNature/issues/3974", "issue", "other", "none",
     "Permettre d'afficher/masquer le mot de passe d'identification\n\n## Version\n\n 2.15.4\n\n## Description du bug\n\nLors de l'inscription d'un utilisateur, ou lors de son identification par la suite, on ne peut pas visualiser en clair le mot de passe. Des utilisateurs éprouvent des difficultés à saisir leur mot de passe et souhaiteraient pouvoir le vérifier.", False, "fr"),
    ("https://github.com/PnX-SI/GeoNature/issues/3974", "issue", "other", "none",
     "OK. 👍\nEn attendant ils peuvent le saisir ailleurs (dans un bloc note par exemple) et faire un copier/coller.", False, "fr"),
    ("https://github.com/YesWiki/yeswiki/issues/1034", "issue", "other", "none",
     "Login : pouvoir voir son mot de passe quand on le tape", False, "fr"),
    ("https://github.com/Blount/Cheky/issues/37", "issue", "other", "none",
     "Mot de passe admin en permanence sur index.php\n\nLe mot de passe admin reste en permanence sur la page index.php ce qui pose des probleme de sécurité", False, "fr"),
    ("https://github.com/Blount/Cheky/issues/37", "issue", "other", "none",
     "C'était ton navigateur peut-être ? ^^", False, "fr"),
    ("https://github.com/Blount/Cheky/issues/37", "issue", "other", "none",
     "Oui, j'ai essayé avec un autre pc et tout est ok\nMerci pour ta reponse", False, "fr"),
    ("https://github.com/AlexDerAndros/SVOHG/issues/34", "issue", "other", "none",
     "Bei Login kann man das Passwort sehen", False, "de"),
    ("https://github.com/metaphysys/securebox/issues/17", "issue", "other", "none",
     "Mejoras gráficas: añadir opción \"show password\"", False, "es"),
    ("https://github.com/zestedesavoir/zds-site/issues/388", "issue", "other", "none",
     "[Membre] Améliorer le formulaire d'inscription\n\nCertains membres suggèrent de retirer la répétition du champ \"mot de passe\" au profit d'un bouton \"Afficher le mot de passe\" qui permettrait de vérifier ce que l'on vient de taper.", False, "fr"),
]
ROWS += [
    ("https://github.com/martin-ueding/geo-activity-playground/issues/159", "issue", "other", "none",
     "Ging jetzt recht einfach: Man muss einmal das Passwort eingeben, dann wird das in der Session hinterlegt. Somit muss man das nicht ständig eingeben. Und man kann auch im Web-Interface das Passwort setzen und ändern. Aber nur, wenn es entweder kein Passwort gibt oder man schon eingeloggt ist. Das sollte jetzt soweit sicher sein, wenn ich keinen Denkfehler gemacht habe.", False, "de"),
    ("https://github.com/zestedesavoir/zds-site/issues/388", "issue", "other", "none",
     "J'aime bien, mais c'est complètement pas standard sur PC. A voir la\nfaisabilité.", False, "fr"),
    ("https://github.com/zestedesavoir/zds-site/issues/388", "issue", "other", "none",
     "Je ne suis pas pour une telle feature ... l'expérience a montré que les gens ne savent pas ce qu'ils ecrivent", False, "fr"),
    ("https://github.com/tchapgouv/tchap-web-v4/issues/563", "issue", "other", "none",
     "Non, malheureusement il n'est pas accessible de le faire par appui parce que souvent la souris suit ce que font les yeux, donc là on demande à l'user de faire 2 choses au lieu d'une. Ca ajoute de la complexité.", False, "fr"),
    ("https://github.com/YesWiki/yeswiki/issues/1034", "issue", "other", "none",
     "Une piste de résolution : https://www.csestack.org/hide-show-password-eye-icon-html-javascript/", False, "fr"),
    ("https://github.com/PnX-SI/GeoNature/issues/3974", "issue", "other", "none",
     "ajouté dans la 2.17.2.", False, "fr"),
    ("https://github.com/mercadopago/card-payment-sample-php/issues/1", "issue", "other", "other",
     "buenas @neoacevedo ! Gracias por contactar con nosotros. Simplemente me gustaría aclarar que este canal es para issues o problemas con el código del ejemplo.", False, "es"),
    ("https://github.com/mathieueveillard/portfolio-admin/issues/1", "issue", "other", "none",
     "Utiliser un wrapper ? https://github.com/mjrussell/redux-auth-wrapper", False, "fr"),
    ("https://github.com/mathieueveillard/portfolio-admin/issues/1", "issue", "other", "none",
     "Lors de la re-connexion, rediriger automatiquement vers la gestion des séries.", False, "fr"),
    ("https://github.com/LabRedesCefetRJ/WeGIA/pull/1982", "issue", "other", "other",
     "Sobre o método `criarCardToken`, o trecho de código é PHP, que é server side, a tokenização dos cartões tem como objetivo impedir que os dados de cartão de crédito trafeguem de maneira exposta dentro dos servidores institucionais, porém da forma que foi implementado o número de cartão, o mês e ano de expiração e o código de segurança continuam transitando livremente pelo fluxo da aplicação até chegar à função privada de criar tokens.", False, "pt"),
    ("https://github.com/LabRedesCefetRJ/WeGIA/pull/1982", "issue", "other", "other",
     "O ideal seria descobrir qual gateway de pagamento está configurado para aquele método de pagamento, e então carregar apenas os scripts específicos daquela plataforma.", False, "pt"),
]
ROWS += [
    ("https://github.com/Immersion-Facilitee/immersion-facile/pull/4173", "issue", "other", "none",
     "#4172 - Supprimer en local les informations de connexion même si la déconnexion du fournisseur n'est pas allé jusqu'au bout\n\n## 🌈 Contexte\n\nLorsque l'on accède à une page de mini-stage, on commence toujours par supprimer les informations d'identité résiduels pour éviter d'avoir des informations PE connecté.", False, "fr"),
    ("https://github.com/1024pix/pix/pull/8942", "issue", "other", "none",
     "[POC] Déconnecter la session du fournisseur d'identité en cas d'erreur lors de la connexion (PIX-12531)\n\n## :unicorn: Problème\nLorsqu'un utilisateur se connecte avec son fournisseur d'identité sans avoir les claims requis, il arrive sur une page Oups d'erreur avec la liste des claims manquant.", False, "fr"),
    ("https://github.com/1024pix/pix/pull/8942", "issue", "other", "none",
     "POC annulé après discussion avec l'équipe.", False, "fr"),
    ("https://github.com/MTES-MCT/potentiel/pull/2778", "issue", "other", "other",
     "🐛 Permettre la déconnexion de proconnect si l'utilisateur n'est pas autorisé\n\nSi l'utilisateur n'est pas autorisé sur Potentiel, il risque de ne pas pouvoir se déconnecter de proconnect. Ceci impacte surtout les envs de test car on utilise plusieurs comptes, mais pourrait arriver en prod si quelqu'un a plusieurs comptes proconnect.", False, "fr"),
    ("https://github.com/AccessiDys/AccessiDys/issues/363", "issue", "other", "none",
     "Déconnexion en mode déconnecté\n\nQuand j'essaie de me déconnecter de accessidys, affichage du message même si je suis en mode connecté.  Environnement :", False, "fr"),
    ("https://github.com/jonatasoli/fast-ecommerce-back/issues/1091", "issue", "other", "other",
     "[BACK] - Fazendo uma POC para gerar o token do cartão no ML pra continuar os testes\n\nFazendo uma POC em svelte só pra gerar um tokend e cartão com o js do Mercado Pago pra conseguir realizar os testes do lado do backend.", False, "pt"),
    ("https://github.com/NextDom/nextdom-core/pull/1579", "issue", "other", "none",
     "add security score in firstUse, Profil & user pages\n\nfix #1572", False, "fr"),
    ("https://github.com/zestedesavoir/zds-site/issues/388", "issue", "other", "none",
     "Oui, mais c'est du spécifique IE.", False, "fr"),
]
