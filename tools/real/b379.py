# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 379 (mine-b379): CHAT voice, short casual Discord messages from the Komodo crypto-wallet
# project's #support channel (plus one #wallet-ocean-qt chunk): the Agama wallet in lite/SPV mode
# against Komodo's Electrum servers, native komodod over RPC, BarterDEX/marketmaker talking to a
# local coin daemon, the Verus-built Agama and the web wallet, Ledger Live - from
# gcharang/discord-archive-komodo ("An archive of the Public Discord channels in the Komodo
# Server", kept by gcharang, a Komodo team member who also answers in the logs). The export is one
# semicolon-separated CSV per channel chunk (AuthorID; Author; Date; Content; ...), about 100
# messages per file; each source is the commit-pinned blob URL of one chunk file
# (before-2019-Dec-05/csv/<category>/<channel>/<n>.csv), i.e. one channel and a day or two of talk.
# The archive was used before (b135 b202 b225-b227 b237 b305 b326; about 200 chunk files, among them
# support chunks 1-3 6-8 11 14 18 56 63 76 78 84 87 90 91 94 96 99 101-137...), so only chunks no
# earlier batch cites were taken: support 4, 12 (Jun-Jul 2018: Agama 0.2.3x-0.2.40 SPV "Can't
# connect and i get error shepherd electrum balance", "KMD SPV server electrum1.cipig.net:10001 is
# unreachable!", BarterDEX not finding the local wallet), 32, 33, 44, 45 (Sep-Oct 2018: Agama 0.2.41d
# "Unable to establish RPC connection!", electrum.js "Failed to fetch"), 75 (Feb-Mar 2019:
# BarterDEX not seeing a Credits wallet - fixed by server=1; Ledger Live "won't sync"), 92, 93, 98,
# 100 (5 Jun 2019, the Agama security incident: old Agama and the Verus Agama "Connection error!
# Trying to switch to another server...", the web wallet as the workaround), and
# wallet-ocean-qt 9 (Jun 2019, a missing komodo.conf - near misses only).
# Texts are the Content field, copied from the CSV with Python's csv module (no retyping); the
# only edits are trims: the "[slack] <nick> " / "[matrix] <nick> " prefix that the bridge bot put
# before relayed messages was cut, and a long message was cut at a sentence end. Nothing reworded.
# Look-ups: 2 search calls (code corpus; both returned generic token/401 guides, nothing used).
# The archive was found with find_repos ("discord-archive") and mirrored with fetch (139 MB);
# rows were chosen by grepping the CSVs locally for connect/sync/RPC phrases and reading each
# chunk around the hits. Before that, indieweb/indieweb-chat-archive #bridgy and
# #indieweb-wordpress days were read (mostly join events; b355 already mined it with 2 complaints
# in 20 files), and apache/fineract-chat-archive, FHIR/zulip-archive, ltsp/irclogs,
# snarfed/indiewebcamp-irc-logs (code only) and qTox/qtox-irc-logs (almost no connection talk)
# were checked and left.
# Checked: every chunk URL was normalised (blob ref and #L fragment dropped) and compared with all
# discord-archive-komodo URLs in /work/main/tools/real/*.py, pending/*.py and
# /work/wt/*/tools/real/*.py - none of the 12 chunks is cited before (a first draft built on
# support chunks 1-3, 7, 11, 14, 18, 56, 63, 87, 91, 94, 99, 127, 128 was dropped whole when
# build.py flagged a duplicate and the URL check showed b305 and others had used them); texts
# were compared with earlier rows by build.py (no duplicate).
# Label notes: complaints are first-hand reports that the wallet cannot reach its servers / node /
# coin daemon or does not sync now, incl. bare pasted errors ("Connection error!\n agama verus lite
# mode", the electrum.js "Failed to fetch" trace), "anyone else getting connection error ..." asked
# while it fails, and follow-ups saying a fix did not help ("have done but no joy :/", "No luck
# after restarting", "that didn't help either"). Near misses (other): staff questions and fixes
# ("Hi there which version of the wallet you currently have?", AV/firewall/VPN advice, "you need
# rpcuser/rpcpassword ... or marketmaker cannot speak to the native deamon"), "works now" /
# "thanks it work with the webwallet" follow-ups, "ah, I'm missing server=1 I think", safety
# questions after the incident, funds swept by the team ("I wake up today and my address is
# empty"), install and config-file trouble (Ocean "Missing komodo.conf", BarterDEX not loading),
# a fee question, praise for support.
# Exposure (1): "I think I've been hacked" (5 Jun 2019, after the Agama seed leak) - marked True
# as an account reported compromised; doubtful, since the writer does not say a key got out.
# Questions such as "Is Mobile Agama compromised as well?" and "so even manually generated key
# pairs in Agama are at risk?" are not exposure.
# Doubts: provenance - the repository is a team member's personal account, not the KomodoPlatform
# org, though he runs it as the server's archive and is staff in the logs (earlier batches took
# it on the same footing). "Under a different seed I had sent 3000 CRDS, none of which showed up"
# (BarterDEX not seeing deposits because it could not reach the coin daemon) - complaint, though
# the cause was the user's config. Ledger Live "won't sync" after a fork ("Says block was not
# found a reorg may have occurred") - complaint. "me 2" - complaint as a bare "same here" on a
# connection error. "Today many users suggesting connections problems on Agama SPV" (a moderator
# relaying reports) - other. "How to use agama 5.6a when both spv servers are down?" - complaint
# (says the servers are down now). "sending not working - how much fee needed?" - other (a fee
# question). No non-English rows.
S004 = "https://github.com/gcharang/discord-archive-komodo/blob/7378b4fb9966dfa46dfcdddf2e833cf7bd473761/docs/.vuepress/public/before-2019-Dec-05/csv/komodo-project/support/4.csv"
S012 = "https://github.com/gcharang/discord-archive-komodo/blob/7378b4fb9966dfa46dfcdddf2e833cf7bd473761/docs/.vuepress/public/before-2019-Dec-05/csv/komodo-project/support/12.csv"
S032 = "https://github.com/gcharang/discord-archive-komodo/blob/7378b4fb9966dfa46dfcdddf2e833cf7bd473761/docs/.vuepress/public/before-2019-Dec-05/csv/komodo-project/support/32.csv"
S033 = "https://github.com/gcharang/discord-archive-komodo/blob/7378b4fb9966dfa46dfcdddf2e833cf7bd473761/docs/.vuepress/public/before-2019-Dec-05/csv/komodo-project/support/33.csv"
S044 = "https://github.com/gcharang/discord-archive-komodo/blob/7378b4fb9966dfa46dfcdddf2e833cf7bd473761/docs/.vuepress/public/before-2019-Dec-05/csv/komodo-project/support/44.csv"
S045 = "https://github.com/gcharang/discord-archive-komodo/blob/7378b4fb9966dfa46dfcdddf2e833cf7bd473761/docs/.vuepress/public/before-2019-Dec-05/csv/komodo-project/support/45.csv"
S075 = "https://github.com/gcharang/discord-archive-komodo/blob/7378b4fb9966dfa46dfcdddf2e833cf7bd473761/docs/.vuepress/public/before-2019-Dec-05/csv/komodo-project/support/75.csv"
S092 = "https://github.com/gcharang/discord-archive-komodo/blob/7378b4fb9966dfa46dfcdddf2e833cf7bd473761/docs/.vuepress/public/before-2019-Dec-05/csv/komodo-project/support/92.csv"
S093 = "https://github.com/gcharang/discord-archive-komodo/blob/7378b4fb9966dfa46dfcdddf2e833cf7bd473761/docs/.vuepress/public/before-2019-Dec-05/csv/komodo-project/support/93.csv"
S098 = "https://github.com/gcharang/discord-archive-komodo/blob/7378b4fb9966dfa46dfcdddf2e833cf7bd473761/docs/.vuepress/public/before-2019-Dec-05/csv/komodo-project/support/98.csv"
S100 = "https://github.com/gcharang/discord-archive-komodo/blob/7378b4fb9966dfa46dfcdddf2e833cf7bd473761/docs/.vuepress/public/before-2019-Dec-05/csv/komodo-project/support/100.csv"
W009 = "https://github.com/gcharang/discord-archive-komodo/blob/7378b4fb9966dfa46dfcdddf2e833cf7bd473761/docs/.vuepress/public/before-2019-Dec-05/csv/komodo-apps-products/wallet-ocean-qt/9.csv"

ROWS = [
    (S004, "chat", 'other', 'none', "this prints indicate that mm can't connect to the wallet daemon", False),
    (S004, "chat", 'complaint', 'other', 'Is anyone able to help me figure out why my agama wallet won’t connect to servers on Mac? Firewall is good, internet is good, everything looks fine, but wallet won’t pull balances- shows alert about electroneum servers. Try switching manually in settings > SPV servers, still nothing', False),
    (S004, "chat", 'other', 'none', 'Hi there which version of the wallet you currently have?', False),
    (S004, "chat", 'other', 'none', 'how to enable atomic swap eth for first time? i cant add coin', False),
    (S004, "chat", 'complaint', 'none', 'the wallet wont connect when i create one using svp', False),
    (S004, "chat", 'complaint', 'other', 'I have a surface 3 tablet and a desktop (Windows). In both machines the Agama SPV had not been able to connect to the SPV server for about a week now.', False),
    (S004, "chat", 'other', 'none', 'Sweet! Thanks for the share! Will try when I get home', False),
    (S004, "chat", 'complaint', 'other', "Should my List of Unspent Transactions (UTXOs) always be blank and show Loading... ? I'm getting this on all coins including CRDS which is not showing my missing deposits (ticket 9425)", False),
    (S004, "chat", 'other', 'none', 'you need \n```rpcuser=arandomuser\nrpcpassword=arandompassword```\nin there too, or marketmaker cannot speak to the native deamon.', False),
    (S004, "chat", 'other', 'other', 'Today many users suggesting connections problems on Agama SPV .. (Telegram Feedback)', False),
    (S004, "chat", 'complaint', 'other', "Can't connect and i get error shepherd electrum balance / shepherd electrum transaction  😦", False),
    (S004, "chat", 'complaint', 'other', 'whats hapenning with agama wallet? am i the only ones having problems? same with .38 .39 .40', False),
    (S004, "chat", 'other', 'none', 'its a problem with spv', False),
    (S012, "chat", 'complaint', 'other', 'Wallet Notification\nKMD SPV server electrum1.cipig.net:10001 is unreachable!', False),
    (S012, "chat", 'other', 'none', 'need to update wallet?', False),
    (S012, "chat", 'other', 'none', 'Yes update 2.41 here https://komodoplatform.com/komodo-wallets/', False),
    (S012, "chat", 'other', 'other', "I downloaded the new version of BarterDEX for windows but it doesn't load properly. Old version works fine", False),
    (S012, "chat", 'complaint', 'other', "Ok I got it working but now I can't get BarterDEX to connect to my local wallet for BTNX", False),
    (S012, "chat", 'complaint', 'none', 'it just never finds my local wallet', False),
    (S012, "chat", 'other', 'none', "It's located in Appdata right ?", False),
    (S012, "chat", 'other', 'other', 'Which version of BArterdex you are using? Also wallet is fully loaded right?  First time running it on native?', False),
    (S032, "chat", 'other', 'none', "Re: `support here isnt as great as advertised`\nIn my experience the support and patience shown by everyone here has been very amazing!\nThere are times when I didn't understand the answers and when I couldn't get things working, but that was a function of my own lack of basic knowledge (I'm starting from 0).", False),
    (S032, "chat", 'complaint', 'none', 'i updated to 41d and I am getting rpc error', False),
    (S032, "chat", 'complaint', 'none', 'and I am still getting RPC connection error', False),
    (S032, "chat", 'other', 'none', 'Hi there please send us a ticket at support@komodoplatform.com also please send us information about the OS version you are running and also please try this guide and let us know through the ticket if it helped', False),
    (S032, "chat", 'other', 'other', 'is there a way to uninstall agama in macosx', False),
    (S032, "chat", 'complaint', 'none', 'i disabled antivirus but it was still not working', False),
    (S032, "chat", 'other', 'other', 'older versions of Agama were working with antivirus enabled', False),
    (S032, "chat", 'complaint', 'none', "that didn't help either", False),
    (S033, "chat", 'complaint', 'other', 'When I started up Agama, I would get a "can\'t connect RPC something"', False),
    (S033, "chat", 'other', 'none', 'for the unable to establish RPC issue?', False),
    (S033, "chat", 'other', 'none', "So it freezed at some point it started loading blocks or it just doesn't start synching any blocks?", False),
    (S033, "chat", 'complaint', 'none', "I had it running in the background and was trying to clean off this pc so I can use it for testing purposes.\n\nThen it started giving this error:\n\n```\nerror: couldn't connect to server: timeout reached (code 0)\n(make sure server is running and you are connecting to the correct RPC port)\n```", False),
    (S033, "chat", 'other', 'none', "I think it's working now.", False),
    (S044, "chat", 'other', 'none', 'Try a different electrum server in the settings', False),
    (S044, "chat", 'complaint', 'none', 'have done but no joy :/', False),
    (S044, "chat", 'other', 'none', 'make sure your network connection , Firewall or antivirus stopping traffic\nand some times Use of VPN may also cause issue accessing SPV servers', False),
    (S044, "chat", 'complaint', 'none', 'will try with vpn shortly, not working without it :/', False),
    (S044, "chat", 'complaint', 'none', "TypeError: Failed to fetch\nelectrum.js:288 Uncaught (in promise) TypeError: Cannot read property 'json' of undefined\n    at eval (electrum.js:288)\n    at <anonymous>", False),
    (S044, "chat", 'other', 'none', "Yes,  it's working now,  reinstalled , resynced and imported key", False),
    (S044, "chat", 'complaint', 'other', 'I\'m horrible at computers in general (Disclaimer!).. Havent been able to open Agama Native wallet for months. I dont have many KMD\'s in there, but it would be comforting to regain access,\n"unable to establish RPC connection".... anyone know what I\'ve screwed up for that error messag', False),
    (S044, "chat", 'other', 'none', "I think probably you will need to use the latest wallet , since you haven't been using in months. @Gregg Morgan", False),
    (S044, "chat", 'other', 'other', 'I downloaded the Agama wallet and want to put my coins there how do I make my wallet safe before transferring from exchange?', False),
    (S045, "chat", 'other', 'none', '`i did a dnat tcp port of 7770`\nDid you set 7770 in your config as well? \nIf `komodo-cli getinfo` return no error it should be a connectivity error', False),
    (S045, "chat", 'other', 'none', 'so, what port i must open?', False),
    (S045, "chat", 'complaint', 'other', 'Hello, I am running Agama 0.2.41d-beta and  keep seeing "Unable to establish RPC connection!" - I have tried deleting my peers.dat -- chainstate  & blocks files and restarted agama. What else can I try to get my Native KMD wallet synced properly?', False),
    (S045, "chat", 'other', 'none', 'Have you erased the Komodo.conf file ?', False),
    (S045, "chat", 'complaint', 'none', 'No luck after restarting', False),
    (S045, "chat", 'complaint', 'none', 'but wallet not sync, just say loading please wait for day', False),
    (S045, "chat", 'other', 'none', "It's stays loading and you are not getting any blocks?", False),
    (S045, "chat", 'other', 'none', 'it could be blocked by an AV or firewall.', False),
    (S075, "chat", 'complaint', 'none', 'Under a different seed I had sent 3000 CRDS, none of which showed up. Created a new seed and sent 6 CRDS (3 x 2 CRDS) but no change', False),
    (S075, "chat", 'other', 'other', 'and you are sure that BarterDEX can talk to the wallet?\nwallet listens to the default rpc port and has rpcusername and rpcpassword set\nthis is my config that works\n```server=1\ntxindex=1\nlitemode=1\nlisten=0\nlistenonion=0\nrpcuser=bartercrds\nrpcpassword=whatever```', False),
    (S075, "chat", 'other', 'other', "if it does not, BarterDEX can't connect to it and can't show balance", False),
    (S075, "chat", 'other', 'none', "ah, I'm missing server=1 I think", False),
    (S075, "chat", 'other', 'none', "Yes the balance is there now, sorry for wasting everyone's time 😐", False),
    (S075, "chat", 'complaint', 'other', 'Hey guys I still have my coins lost on the ledger app since the update. Says reorg attack. Coins display as same value as before the update. And won’t sync with ledger.', False),
    (S075, "chat", 'complaint', 'other', 'Says block was not found a reorg may have occurred. Latest edition of ledger live update.', False),
    (S075, "chat", 'other', 'none', '@fredrik please give the support team a moment to look at the issue and see if this is something serious or just a Gui glitch', False),
    (S092, "chat", 'other', 'other', 'Is Mobile Agama compromised as well?', False),
    (S092, "chat", 'complaint', 'other', "2. Start the Agama you have been using (0.3.5 or 0.3.6b) then login using your old seed to send funds to the new address you created  - ya that part doesn't work that well", False),
    (S092, "chat", 'complaint', 'other', 'try switching to another server - is what i get on verus coin wallet', False),
    (S092, "chat", 'complaint', 'other', "just get 'error blockchain.address.get_balance' from 0.3.5b", False),
    (S092, "chat", 'complaint', 'none', '@SHossain  Followed your instruction but i am getting: Connection error! Trying to switch to another server...', False),
    (S092, "chat", 'other', 'other', 'which Agama and which coin?', False),
    (S092, "chat", 'complaint', 'none', 'me 2', False),
    (S092, "chat", 'other', 'none', '@Dave123 use VRSC coin to create a new wallet', False),
    (S092, "chat", 'complaint', 'none', '@SHossain i did this and it says to switch to a different server', False),
    (S092, "chat", 'complaint', 'none', "problem is can't access old wallet still, step 2 still leaves us stuck", False),
    (S092, "chat", 'other', 'none', 'web wallet working', False),
    (S092, "chat", 'other', 'none', 'it seems like electrum servers are working great... old releases wont work because of the electrumx method change, only latest release will work.', False),
    (S092, "chat", 'other', 'other', 'It does not sound like an issue with Agama wallet itself... it sounds like an issue with SEED created wallets on LITE SPV version', False),
    (S092, "chat", 'other', 'none', '@SHossain  thanks it work with the webwallet', False),
    (S092, "chat", 'other', 'other', 'OK... so even manually generated key pairs in Agama are at risk?', False),
    (S093, "chat", 'complaint', 'other', 'Verus wallet is failing on creating lite wallet, "Go to "Settings", select "SPV Server List" tab, choose new server and click "OK"."  and this step is failing', False),
    (S093, "chat", 'complaint', 'other', 'In verus agama wallet, SPV server list is electrum1 and electrum2.cipig.net:10001:tcp .  Both are failing to connect', False),
    (S093, "chat", 'other', 'none', 'wallets using old code will not work with latest electrumx release', False),
    (S093, "chat", 'other', 'other', 'only release of agama that is know to work 100% with latest electrumx methods is the latest.', False),
    (S093, "chat", 'other', 'none', 'I used the web wallet and sent my funds out', False),
    (S093, "chat", 'other', 'other', "I don't want to enter my seed key into agama yet.  Can anyone help?", False),
    (S093, "chat", 'other', 'none', "I think I've been hacked", True),
    (S093, "chat", 'complaint', 'other', 'How to use agama 5.6a when both spv servers are down?', False),
    (S093, "chat", 'other', 'other', '@27aume native mode is not affected. unless you used the privatekey of your native wallet to login into Agama lite mode', False),
    (S098, "chat", 'complaint', 'other', 'Connection error!\n agama verus lite mode', False),
    (S098, "chat", 'other', 'none', 'I wake up today and my address is empty', False),
    (S098, "chat", 'other', 'none', 'dxer666, thats a connection error', False),
    (S098, "chat", 'complaint', 'other', 'How do l move tokens from my wallet if it won’t load? Agama lite keeps giving me a connection error??', False),
    (S098, "chat", 'complaint', 'none', 'The wallet is not working???', False),
    (S098, "chat", 'other', 'none', '@lhtc8 use this https://www.atomicexplorer.com/wallet/#/', False),
    (S098, "chat", 'other', 'none', "@JC  I've been using webwallet so far no problems", False),
    (S100, "chat", 'complaint', 'other', 'where do i send dex asset? verus wallet spv dont work', False),
    (S100, "chat", 'complaint', 'none', 'i have try both spv', False),
    (S100, "chat", 'other', 'other', 'Don’t activate KMD via the Verus wallet, activate VRSC and use the vrsc address', False),
    (S100, "chat", 'complaint', 'none', 'anyone else getting connection error when trying to load assetchains', False),
    (S100, "chat", 'other', 'other', 'Use the web version  https://www.atomicexplorer.com/wallet/#/ One of my friend used this to move KMD to antother wallet. He will buy a Ledger !', False),
    (S100, "chat", 'complaint', 'other', 'yes using webwallet and getting connection error for assetchains', False),
    (S100, "chat", 'other', 'none', 'sending not working - how much fee needed?', False),
    (S100, "chat", 'other', 'none', '@Warkid 0.0001 is the standard fee', False),
    (W009, "chat", 'other', 'other', 'cant install ocean on windows at all', False),
    (W009, "chat", 'other', 'none', 'error: cannot parse configuration file: Missing komodo.conf. Only use Key=Value Syntax', False),
    (W009, "chat", 'other', 'other', 'Trying to run ocean wallet for the first time on Mac OS and getting "Error: Cannot parse configuration file:  Missing komodo.conf.  Only use key=value syntax".  Could someone please help?', False),
]
