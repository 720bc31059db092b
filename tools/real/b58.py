# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 58 (mine-b, round 2): exposure in words, including Spanish and
# Portuguese: "seu token está exposto", tokens left in first commits, keys
# shipped in a Maven snapshot, Google mailing the owner after a repo went
# public, forks of a tutorial showing users' keys; against non-exposure on the
# same topic: "the key was phased out and swapped", "Thanks GPT.", "fixed it",
# "Please notify the owner to reset it", republished without the key.
ROWS = [
("https://github.com/IIC2233/Syllabus-2018-1/issues/866","issue","other","none","Les quiero comentar que pille a varios subiendo sus api keys a sus repositorios. Aunque estos son privados y solo los pueden ver ustedes y los ayudantes, igual es mala práctica (deberian ser variables de entorno o estar guardadas afuera de sus repos), entonces les voy a pedir que a los que hayan hecho eso, que por favor cambien sus llaves a unas nuevas, cosa que no vayan a tener problemas.",True,"es"),
("https://github.com/zio/zio/pull/4498","issue","other","none","Changed the actual api key with \"API_KEY\". Seems like someone have exposed their api key. I replaced it with \"API_KEY\".",True),
("https://github.com/zio/zio/pull/4498","issue","other","none","Please notify the api key owner to reset it.",False),
("https://github.com/zio/zio/pull/4498","issue","other","none","Nevermind did some research turns it out it can be a public one too or smth? But i guess a admin should review anyways",False),
("https://github.com/whitep4nth3r/thingoftheday/issues/5","issue","other","none","Tutorial Exposes API Keys. Tried to find a better way to notify you but couldn't.  Your tutorial exposes people's API keys.  I took a look through the forked repos and could find a few the credentials file.",True),
("https://github.com/whitep4nth3r/thingoftheday/issues/5","issue","other","none","Gotcha. The tutorial tells users to save their own keys to their repos and since I can see their forked repos then I can see theirs. If you're happy I'm happy though :).",True),
("https://github.com/feder-cr/invisible_playwright_mcp/pull/1165","issue","other","other","Replace the committed API key with a placeholder. data_folder/secrets.yaml and the example beside it both shipped a real-looking OpenAI key. It is dead and answers 401, but it should not have been in the repository,",True),
("https://github.com/mobiledgex/edge-cloud-sampleapps/pull/120","issue","other","none","Are those keys something we really need to hide? Because they're still in the git history.",True),
("https://github.com/mobiledgex/edge-cloud-sampleapps/pull/120","issue","other","other","@gainsley: Google detected these keys when the repository was made public. I got an email from them suggesting remedies, including regenerating keys, which is what I did.",True),
("https://github.com/mobiledgex/edge-cloud-sampleapps/pull/120","issue","other","other","@brucearmstrong awesome, thanks. That's pretty slick of google.",False),
("https://github.com/msal4/royal_news/issues/2","issue","other","other","Your API shouldn't be put publicy on this repo. You should remove your api key from the [news.js file](https://github.com/msal4/royal_news/blob/master/src/news.js). you should put a placeholder in the URL instead. Something like `Put your API Key here`. Some people might use your key to abuse newsapi.org in your name.",True),
("https://github.com/msal4/royal_news/issues/2","issue","other","none","Thank, i fixed it.",False),
("https://github.com/MISP/misp-book/pull/177","issue","other","none","Replace API key with dummy. Replace a real(?) API key with a dummy",True),
("https://github.com/tifa2UP/Netly/issues/2","issue","other","none","Beware the dangers of leaving API keys in the repo",True),
("https://github.com/tifa2UP/Netly/issues/2","issue","other","other","@thehig Thank you for alerting us! We'll change the keys in the deployed version and add stubs to the version on Github.",False),
("https://github.com/mautini/pubgjava/issues/2","issue","other","other","FYI: Your API key is public. You forgot to remove your API key before deploying to mvn repository. It's contained in current snapshot.",True),
("https://github.com/mautini/pubgjava/issues/2","issue","other","other","Oh, I remove it from the github repository but not from the snapshot version... Thanks you very much, I'll revoke it :)",True),
("https://github.com/mautini/pubgjava/issues/2","issue","other","other","Library republished on maven without the key. Thanks again :)",False),
("https://github.com/Programador-jr/King/issues/4","issue","other","other","Seu token está exposto. A repl.it é open-source, seu token está exposto.",True,"pt"),
("https://github.com/Programador-jr/King/issues/4","issue","other","none","Nossa, muito obrigado por me avisar",False,"pt"),
("https://github.com/idies/pyJHTDB/issues/31","issue","other","none","exposed auth_token. in SDEs.ipynb somebody exposed a token",True),
("https://github.com/idies/pyJHTDB/issues/31","issue","other","none","I have replaced the exposed token with the testing token. Thanks again for spotting this issue!",True),
("https://github.com/OpenNHP/opennhp/issues/1246","issue","other","none","Thank you for your feedback. In general, they are for demo purpose or should be invalidated already. I will surely look into the places with key or token exposure and apply mitigations if necessary.",False),
("https://github.com/Lavrudin/diolinux-team-bot/issues/2","issue","other","none","Tem um token nos primeiro commits. Nos primeiros commits tem o token da API sem nenhuma proteção, sei que ele ele foi retirado do código e substituído por variaveis de ambiente, esse issue é só pra saber se vcs criaram outro token depois disso pq caso contrário a api fica vulnerável",True,"pt"),
("https://github.com/Lavrudin/diolinux-team-bot/issues/2","issue","other","none","Todos os tokens que acabaram subindo por acidente foram imediatamente substituídos. De qualquer forma, agradeço muito por se preocupar e nos alertar.",True,"pt"),
("https://github.com/PaddlePaddle/Paddle-Lite/issues/3693","issue","other","none","Thank you very much for pointing out this security issue. We will fix it as soon as possible!",False),
("https://github.com/dsekz/chrome-x-browser-validation-header/issues/2","issue","other","none","Possible exposed API key / secret in repository. I noticed what appears to be a committed API key / secret in this repository.",True),
("https://github.com/dsekz/chrome-x-browser-validation-header/issues/2","issue","other","none","Thanks GPT.",False),
("https://github.com/ghtorrent/ghtorrent.org/pull/659","issue","other","none","Changing previous key in keys.txt. The previously submitted key was phased out, so it was swapped with the new one.",False),
]
