# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 544 (mine-b544): CHAT VOICE from an owner-published IRC archive that no batch had used: the #selendroid
# channel logs (freenode, 2013-09 to 2016-03) that the Selendroid project itself commits to its GitHub
# organisation as selendroid/irc-logs (a log bot's push.sh commits one plain-text file per channel-day,
# <YYYY>/<MM>/<DD>.txt, lines "[YYYY-MM-DD hh:mm:ss] nick: message"; 954 files, ~12,600 message lines once the
# join/quit lines are dropped). Selendroid is a WebDriver (JSON Wire Protocol / REST) server for Android: a
# selendroid-standalone server on the host talks HTTP to a selendroid-server instrumented on the device or
# emulator (adb port forwarding 8080/38080), clients (Java SelendroidDriver / Selenium RemoteWebDriver, Python,
# Ruby, Perl bindings) talk to the standalone, and it plugs into Selenium Grid as a node, into Appium, Sauce Labs,
# Jenkins and Travis CI. All rows are voice='chat'; each cites the channel-day file on GitHub at the fixed commit
# d3c9bebdc5f32137cf752405f5e756c2eaaa916a with #L<n>, the line holding that message; one channel-day file = one
# thread (the rows of a day share the URL before '#').
# Theme: members reporting that a connection between two systems fails now - the Selenium Grid hub and a
# Selendroid node that cannot talk ("The target server failed to respond", NoHttpResponseException on register,
# "Right now, no hub can't talk to node", "Failed to check status of node: server response code:500", a
# GridException after the node came up, "Error forwarding session"), the standalone server that cannot reach
# the selendroid-server on the device ("Selendroid server on the device didn't came up after 20sec", SocketException
# loops, "Unexpected error communicating with selendroid server on the device", "Connection to
# http://localhost:38080 refused", ECONNREFUSED from an RSpec client, "can't access the selendroid server running
# on the device on port 8080"), clients that cannot talk to the server (RemoteWebDriver after the netty migration,
# newer Python bindings on port 5555, a Perl RC client getting 404), a node that will not connect to Jenkins,
# Maven Central / mvnrepository unreachable behind a workplace firewall, a snapshot repository URL answering 404,
# a Travis build broken by oss-sonatype connection problems, ios-driver failing to connect to the WebView only in
# Sauce Labs, and HTTP basic auth in the webview app answering "401 Auth Required" - plus the replies of the same
# channel-days.
# Complaints (42 of 109): first reports and still-failing follow-ups ("seems like I am still getting the same
# error after uninstalling the app and selendroid server", "I tried forceReinstall, manually uninstall and
# reinstalling app all these but still see this error", "but it still throws the same error message"), pasted
# errors with little prose ("404 Not Found", the NoHttpResponseException and SocketException log lines, the
# status-13 JSON answers), and maintainers reporting their own setup failing ("communicating with the selendroid
# server sometimes isn't", "i'm not sure why python fails when trying to connect on 5555", "even with his
# changes, only in sauce labs I had issues with connecting to the WebView over the RWKDP").
# Near misses kept (label other, 67): maintainers' diagnoses and questions ("do you have any network issues? like
# the node has the port blocked ...", "the node, can you hit it http://<node host>:5555/wd/hub ?", "you need to
# run `adb logcat`", "your rspec should be using the port that the selendroid standalone server is running on",
# "oh, you need to use WebDriver, not RC style", "your command line has the reverse :)"), works-now lines ("I got
# it working", "I got it to do something! awesome! :)", "looks like my code it running :)", "atlast launching grid
# issue is resolved", "Ah. yes. They do"), how-to questions (registering a real device in Grid2, connecting to the
# hub without curl, integrating with Robot Framework, HTTP authentication in the webview app, typical causes of
# the 20-second error) and port/protocol explanations.
# Label calls / doubts: an HTTP connection between two running programs (client -> standalone, standalone ->
# device server, hub <-> node, node -> Jenkins, build -> Maven/Sonatype, Sauce Labs -> WebView) failing is a
# complaint even when the cause later turns out to be the writer's config (ports swapped, wrong protocol, a
# re-signing problem); devices or emulators not detected by adb / the standalone (TomC's 4.1 phones, "when I run
# selendroid it notifies that can't find devices", Mr_Nice_'s missing AVD behind "Error starting Selendroid
# session") are device set-up, not a connection between systems: other. Borderline complaints: the snapshot
# repository URL answering 404 (a wrong URL), the Perl client's 404 (RC-style endpoint), TomC's "401 Auth
# Required" (URL credentials in the webview app on Android 4.1), ddary's "with the newer versions of the python
# bindings it was not working anymore", lukeis's "hung requests in my CI" and "couldn't get ios-driver to work on
# ios8 in saucelabs", jack090_'s fragment "when trying to connect". oskoryk's "without adb forward ... it doesn't
# work at all" (a documentation error with the workaround in hand), the UnreachableBrowserException design talk
# and mummana's "hie m getting selendroidserverexception" (no connection stated by the writer) are other.
# integration: 'other' when a product is named (Selenium Grid / SelendroidSessionProxy / GridException, Selenium
# RemoteWebDriver, Sauce Labs, Jenkins, Travis CI / oss-sonatype, mvnrepository, Robot Framework), 'none' for
# Selendroid's own servers and generic lines. exposure_mentioned is False throughout; a 2015-07-23 line where a
# member pasted his NickServ password into the channel (and then "changed password") was deliberately not taken.
# Language: all English.
# Texts: the message part of one log line (after "nick: "), verbatim; leading/trailing blanks stripped; long
# pasted log lines kept whole as they are one chat message; repeated re-posts of the same question by the same
# member (nm_ 2014-06-10 L27/L30, souvik 2014-07-04 L33, operatiay 2014-07-08 L19, schmiedc 2015-03-23 L13)
# were left out so no text repeats.
# Sources: selendroid/irc-logs channel-days 2013-09-09 2013-10-11 2013-12-06 2013-12-10 2013-12-20 2014-01-09
# 2014-01-14 2014-02-27 2014-03-05 2014-03-10 2014-04-07 2014-04-08 2014-05-07 2014-06-04 2014-06-10 2014-07-04
# 2014-07-08 2014-07-09 2014-10-14 2014-10-22 2014-11-18 2015-01-12 2015-03-23 2015-06-08 2015-06-29 2015-07-21
# 2015-08-14 2016-01-11.
# Archive search (to find an unused owner-published archive): listed every archive cited by earlier batches from
# their rows' URLs (hubspotdev, gcharang/komodo, MeshCore, rust-lang / gdcc / NCAR / leanprover / leamas / BWPanda
# / OSMLatvija / ricochet / BRL-CAD / JuliaCommunity / isabelle Zulips, fluid-project, yocto, i2p, duraspace,
# qTox, indieweb, opsmill, olake, paveloom-a Julia Slack, haskell-jp, ArchLinuxJP, NeuroTechX, pyscript,
# coreruleset, houstondatavis, clojureverse, paritytech, nous ...) and their headers' "looked at" lists; then
# find_repos on discord-archive, slack-archive, gitter, gitter-archive, irc-logs, irclog, irc_logs, irc-archive,
# zulip, zulip-archive, zulip_archive, chat-logs, chatlog, chat-archive, chat-history, slack-log, slacklog,
# slackarchive, slack_archive, slack-export, slack-history, slack-dump, discord-export, discord-dump,
# discord-history, discord-log, discord_archive, matrix-archive, matrix-log, community-archive; find_files on
# candidates. Not used: NYCPython/irclogs, Glose/irclogs, esripdx/irc-logs, laravel-taiwan/slacklogs,
# africa-covid-19-response-toolkit/slackarchive, devict/slack-history, ditto-eth/discord-history, mizoc/zulip_archive
# (viewer/archiver code only, no messages); marler8997/zig-irc-logs and flink-irc-logs/flink-irc-logs.github.io
# (members' / third-party copies, not the projects' own). selendroid/irc-logs is committed by the Selendroid
# organisation itself and no batch cites it (grep of "selendroid" over every source of tools/real/b*.py,
# pending/*.py and /work/wt/*/tools/real/pending/*.py: 0).
# Look-ups: 2 of the 40 allowed `search` calls (code corpus, both unproductive); the rest with find_repos /
# find_files / read_file and one `fetch` (github:selendroid/irc-logs), read locally with git archive; candidates
# found with local regular expressions (connect / refused / failed to respond / communicating / 401 / 404 / 500 /
# grid / hub / register / sauce / jenkins / sonatype / maven / firewall / didn't came up ...) and then read
# channel-day by channel-day.
# Checked: dupcheck.py OK (no thread or text of another batch).
ROWS = [
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2013/09/09.txt#L154', 'chat', 'complaint', 'none', "so, I still intermittently get some hung requests in my CI… trying to run down root cause still (what I was doing in that last commit).  But for the past couple weeks I've lost all support of the dev team on the UI tests as they are 'focus on delivery' until dreamforce… it's a pain to maintain their tests when they change the UI every other day and not the tests and they still don't have much faith in it since I haven't gott", False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2013/09/09.txt#L156', 'chat', 'other', 'none', 'in my case the emulators are working ok, relatively stable', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2013/09/09.txt#L157', 'chat', 'other', 'none', 'yeah, the emulators are stable', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2013/09/09.txt#L159', 'chat', 'complaint', 'none', "communicating with the selendroid server sometimes isn't", False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2013/10/11.txt#L27', 'chat', 'other', 'other', 'i mean i want to integrate selendroid with robotframework', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2013/10/11.txt#L28', 'chat', 'other', 'none', 'yes, python works fine', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2013/12/06.txt#L42', 'chat', 'complaint', 'none', 'Caused by: org.apache.http.conn.HttpHostConnectException: Connection to http://localhost:38080 refused', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2013/12/06.txt#L43', 'chat', 'other', 'none', 'I guess the tests listen on 38080 rather than 8080?', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2013/12/06.txt#L44', 'chat', 'other', 'none', 'Ah. yes. They do', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2013/12/10.txt#L27', 'chat', 'other', 'none', 'hie m getting selendroidserverexception dnt why so wt i did is i made a gist of it please look at it', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2013/12/10.txt#L31', 'chat', 'other', 'none', "mummana: the error shows that it couldn't connect to the selendroid server. did the app start up? what do you see?", False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2013/12/10.txt#L33', 'chat', 'other', 'none', 'check the adb logcat for any errors?', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2013/12/20.txt#L88', 'chat', 'other', 'none', 'only thing \'extra\' you need to do after starting the RemoteWebDriver against it is to call driver.switchTo().window("WEBVIEW")', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2013/12/20.txt#L117', 'chat', 'complaint', 'none', "I stopped it didn't give warnings but when trying to connect", False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2013/12/20.txt#L129', 'chat', 'other', 'none', "otherwise it's 5555", False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/01/09.txt#L63', 'chat', 'other', 'none', 'First of all, we\'ve found that without "adb forward tcp:38080 tcp:8080" it doesn\'t work at all (not ... tcp:8080 tcp:8080 as it stated)', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/01/09.txt#L64', 'chat', 'other', 'none', "that's correct… doc error :)", False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/01/09.txt#L66', 'chat', 'other', 'none', 'from the selendroid-server perspective, if you test only that part, the default port it 8080', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/01/09.txt#L125', 'chat', 'other', 'none', 'oskoryk: when the selendroid-standalone server is installing and starting the selendroid-server on the device the port 38080 is used', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/01/09.txt#L127', 'chat', 'other', 'none', 'oskoryk: but for just running the tests against the selendroid-server, that actually does the job if interacting with the app, it is just 8080, forwarding the port from the device 1:1', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/01/09.txt#L132', 'chat', 'other', 'other', 'hi dary atlast launching grid issue is resolved , the reason whyy before  it was not working is weird', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/01/14.txt#L57', 'chat', 'other', 'none', 'when application which we are trying to test suddenly crashes - we receive "org.openqa.selenium.remote.UnreachableBrowserException: Error communicating with the remote browser. It may have died." exception', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/01/14.txt#L62', 'chat', 'other', 'none', 'maybe what you can do is to have a look at the adb logcat and return the error that is displayed there', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/01/14.txt#L130', 'chat', 'complaint', 'none', "true… i'm not sure why python fails when trying to connect on 5555", False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/01/14.txt#L133', 'chat', 'complaint', 'none', "d=webdriver.Remote(command_executor='http://127.0.0.1:5555/wd/hub',desired_capabilities={'aut': 'com.ebay.mobile:2.4.0.23'}) but with the newer versions of the python bindings it was not working anymore", False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/01/14.txt#L134', 'chat', 'other', 'none', "yeah, something with the keep-alives maybe, i'm not sure", False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/02/27.txt#L49', 'chat', 'other', 'none', 'I\'d like to ask one more thing: do you know what typical reasons are for "Selendroid server on the device didn\'t come up after 20sec"?', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/02/27.txt#L50', 'chat', 'other', 'none', 'I would say the target package does not match the aut', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/02/27.txt#L55', 'chat', 'other', 'none', 'Do you think we could improve the error reporting so we\'d get a specific message? There are probably several different causes to "Selendroid server on the device didn\'t come up".', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/03/05.txt#L63', 'chat', 'complaint', 'none', 'and I get:Error requesting http://localhost:4444/selenium-server/driver/:', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/03/05.txt#L64', 'chat', 'complaint', 'none', '404 Not Found', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/03/05.txt#L65', 'chat', 'other', 'none', 'oh, you need to use WebDriver, not RC style', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/03/05.txt#L66', 'chat', 'other', 'none', '(http://localhost:4444/wd/hub/status does work)', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/03/05.txt#L87', 'chat', 'other', 'none', 'selendroid speaks the "JSONWireProtocol" which is just a REST API', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/03/05.txt#L93', 'chat', 'other', 'none', 'I got it to do something! awesome! :)', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/03/10.txt#L30', 'chat', 'complaint', 'none', 'where is the snapshot repository located? I tried this url: http://dominikdary.github.io/selendroid/ but I get an 404', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/03/10.txt#L35', 'chat', 'other', 'none', 'then you have ti build it locally', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/04/07.txt#L71', 'chat', 'other', 'none', "@ddary the problem is that the devices aren't being recognised", False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/04/07.txt#L84', 'chat', 'other', 'none', 'TomC have you activated usb debugging?', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/04/08.txt#L20', 'chat', 'other', 'none', 'quick Q on HTTP authentication in the AndroidDriver Webview app', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/04/08.txt#L27', 'chat', 'complaint', 'none', 'the AndroidDriver Webview app will produce a 401 Auth Required', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/04/08.txt#L33', 'chat', 'complaint', 'none', 'it just does not work in the AndroidDriver Webview App', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/05/07.txt#L17', 'chat', 'other', 'other', 'can anyone give me advice how can i register my real device in the GRID2 (device connected to the network via wi-fi)', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/06/04.txt#L11', 'chat', 'complaint', 'none', 'but my server gives "The target server failed to respond"', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/06/10.txt#L21', 'chat', 'complaint', 'other', 'But I am not clear why it shows "SelendroidSessionProxy: Unknown version. The target server failed to respond"  message on the grid console', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/06/10.txt#L33', 'chat', 'other', 'none', "nm_: do you have any network issues? like the node has the port blocked that you're trying to have the grid hub connect to?", False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/06/10.txt#L34', 'chat', 'other', 'none', 'There are no network issues. I started the hub on 4444 and registered node.', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/06/10.txt#L37', 'chat', 'other', 'none', 'the node, can you hit it  http://<node host>:5555/wd/hub ?', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/06/10.txt#L50', 'chat', 'other', 'none', "sorry, i don't immediately see where the issue is… and I don't run selendroid as a grid locally :(", False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/06/10.txt#L53', 'chat', 'other', 'other', "i don't use selenium grid", False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/06/10.txt#L65', 'chat', 'other', 'none', 'have you tried to debug further? looked at the source code even? :)', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/06/10.txt#L67', 'chat', 'complaint', 'other', "No I didn't. But I don't see any error when I start the hub or register the node. I notice the error when I open the link http://localhost:4444/grid/console", False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/06/10.txt#L72', 'chat', 'complaint', 'none', 'Jun 10, 2014 11:33:14 AM org.apache.http.impl.client.DefaultRequestDirector tryExecute INFO: I/O exception (org.apache.http.NoHttpResponseException) caught when processing request: The target server failed to respond Jun 10, 2014 11:33:14 AM org.apache.http.impl.client.DefaultRequestDirector tryExecute INFO: Retrying request Jun 10, 2014 11:33:14 AM org.apache.http.impl.client.DefaultRequestDirector tryExecute INFO: I/O exception (', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/06/10.txt#L74', 'chat', 'complaint', 'none', "Right now, no hub can't talk to node. This error happened multiple times today.", False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/06/10.txt#L75', 'chat', 'complaint', 'other', 'At times, I noticed this error doesn\'t show up and I can see the grid console and the nodes registered when I open http://localhost:4444/grid/console. But along with that I see a message on grid/console as "SelendroidSessionProxy: Unknown version. The target server failed to respond"', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/06/10.txt#L76', 'chat', 'complaint', 'other', 'So there are two issues, 1- when I sent a curl command to register node, I notice the error message(above). So the hub and node can\'t communicate 2- if #1 doens\'t happen and the node is registered but then I see a message on grid/console as  a message on grid/console as "SelendroidSessionProxy: Unknown version. The target server failed to respond"', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/07/04.txt#L8', 'chat', 'other', 'none', "but when I run selendroid it notifies that can't find devices", False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/07/04.txt#L9', 'chat', 'other', 'none', 'is it possible to connect to remote emulator ?', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/07/04.txt#L32', 'chat', 'complaint', 'none', "FAILED: MobileTest org.openqa.selenium.SessionNotCreatedException: Selendroid server on the device didn't came up after 20sec: io.selendroid.exceptions.SelendroidException: Selendroid server on the device didn't came up after 20sec: \tat io.selendroid.server.model.SelendroidStandaloneDriver.createNewTestSession(SelendroidStandaloneDriver.java:311) \tat io.selendroid.server.handler.CreateSessionHandler.handle(CreateSessionHandler.ja", False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/07/08.txt#L15', 'chat', 'complaint', 'other', "@ddary I'm encountering problems with the communication between RemoteWebDriver and Selendroid server after the migration to netty", False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/07/08.txt#L25', 'chat', 'other', 'none', 'hi operatiay, only with the remote web driver or as well with the selendroidClient?', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/07/08.txt#L32', 'chat', 'other', 'none', 'what kind of issues are you having?', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/07/08.txt#L44', 'chat', 'other', 'none', 'ok, thanks, i will have a look this evening', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/07/09.txt#L127', 'chat', 'complaint', 'none', "I can run the sample test app fine on the tablet. But when I am trying to my local app it gives me an error:  Caused by: io.selendroid.exceptions.SelendroidException: Selendroid server on the device didn't came up after 20sec:", False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/07/09.txt#L128', 'chat', 'complaint', 'none', 'it loops through giving this error before it Jul 09, 2014 11:44:03 AM org.apache.http.impl.client.DefaultRequestDirector tryExecute INFO: I/O exception (java.net.SocketException) caught when processing request: Connection r Jul 09, 2014 11:44:03 AM org.apache.http.impl.client.DefaultRequestDirector tryExecute', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/07/09.txt#L129', 'chat', 'other', 'none', 'anything show up in the logcat regarding starting the app?', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/07/09.txt#L137', 'chat', 'other', 'none', 'ah, so something went wrong with the resigning… uninstall both your app and the selendroid server (have to do it through settings on the device) and try again', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/07/09.txt#L138', 'chat', 'other', 'none', 'selendroid only works because both the app and the selendroid server app get signed with the same certificate', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/07/09.txt#L143', 'chat', 'complaint', 'none', 'seems like I am still getting the same error after uninstalling the app and selendroid server', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/10/14.txt#L55', 'chat', 'complaint', 'none', "Selendroid server on the device didn't came up after 20sec: I am stuck with this issue", False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/10/14.txt#L58', 'chat', 'other', 'none', 'what do you see happening? anything? nothing? is there something in the logcat?', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/10/14.txt#L60', 'chat', 'complaint', 'none', 'I tried forceReinstall, manually uninstall and reinstalling app all these but still see this error', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/10/14.txt#L65', 'chat', 'other', 'none', 'you need to run `adb logcat`', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/10/22.txt#L34', 'chat', 'complaint', 'other', 'I am unable to download the selendroid-grid-plugin from the mvnrepository', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/10/22.txt#L36', 'chat', 'complaint', 'none', 'it appears that there is an issue with the server', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/10/22.txt#L37', 'chat', 'other', 'none', "the link on Selendroid's page is also broken", False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/10/22.txt#L39', 'chat', 'other', 'none', 'I was able to download it from another site: http://mavenbrowse.pauldoo.com/central/io/selendroid/selendroid-grid-plugin/0.11.0/', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/10/22.txt#L41', 'chat', 'other', 'none', 'http://search.maven.org/remotecontent?filepath=io/selendroid/selendroid-grid-plugin/0.12.0/selendroid-grid-plugin-0.12.0.jar    worked for me', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/10/22.txt#L43', 'chat', 'complaint', 'none', 'i get an Unable to Connect', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/10/22.txt#L44', 'chat', 'other', 'none', 'maybe a workplace firewall', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/10/22.txt#L50', 'chat', 'other', 'none', 'selendroiddriver is merely an extension of RemoteWebDriver with a default host and port', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/11/18.txt#L59', 'chat', 'complaint', 'other', "but we're seemingly only going to be using appium in the future… we couldn't get ios-driver to work on ios8 in saucelabs", False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/11/18.txt#L66', 'chat', 'complaint', 'other', 'even with his changes, only in sauce labs I had issues with connecting to the WebView over the RWKDP', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/11/18.txt#L92', 'chat', 'other', 'none', 'Hi Again.  I am getting "io.selendroid.exceptions.SessionNotCreatedException: Error starting Selendroid session" when trying to use remote driver.  Any tips on how to start debugging this?', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/11/18.txt#L100', 'chat', 'other', 'none', "yeah, it can't find any devices, you may need to create an avd", False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2014/11/18.txt#L125', 'chat', 'other', 'none', 'looks like my code it running :)', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2015/01/12.txt#L45', 'chat', 'complaint', 'other', "did travis ci change something.. I want to re-kick the failed build (due to oss-sonatype) connection probs.  can't find the re-run icon", False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2015/03/23.txt#L15', 'chat', 'complaint', 'other', 'my node won\'t connect to my jenkins installation when im adding the line "proxy": "io.selendroid.grid.SelendroidSessionProxy" so my configuration', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2015/06/08.txt#L21', 'chat', 'other', 'other', 'is there a way to connect to the selenium hub without using curl?', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2015/06/08.txt#L23', 'chat', 'other', 'none', 'you can use any other mechanism you like that will generate an http request', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2015/06/29.txt#L432', 'chat', 'other', 'none', 'yep, 404 "unkown command"  https://w3c.github.io/webdriver/webdriver-spec.html#handling-errors', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2015/06/29.txt#L437', 'chat', 'other', 'none', 'the existing implementations do 200 HTTP response with a "status" in the json response', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2015/06/29.txt#L438', 'chat', 'complaint', 'none', '{"status":13,"sessionId":"0b07e2f2-656c-eaf5-0b65-cc29f502843c","value":{"message":"io.selendroid.server.common.exceptions.SelendroidException: Unexpected error communicating with selendroid server on the device', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2015/06/29.txt#L439', 'chat', 'complaint', 'none', 'standalone craps out', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2015/06/29.txt#L440', 'chat', 'complaint', 'none', 'the device return 404', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2015/07/21.txt#L24', 'chat', 'complaint', 'other', '@lukeis: I have a grid setup and for some reason, every time I start my grid, it keeps throwing: Failed to check status of node: server response code:500', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2015/07/21.txt#L29', 'chat', 'other', 'none', 'i could only guess that the "host" key in your "configuration" isn\'t set correctly?', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2015/07/21.txt#L46', 'chat', 'other', 'none', 'your command line has the reverse :)', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2015/07/21.txt#L49', 'chat', 'complaint', 'none', 'but it still throws the same error message', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2015/07/21.txt#L59', 'chat', 'other', 'other', "sorry, nope… i don't really know what's going on there, if everything you say is true, it should just be working  (also i don't use grid myself)", False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2015/07/21.txt#L64', 'chat', 'other', 'none', 'I got it working', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2015/07/21.txt#L66', 'chat', 'complaint', 'other', '{"status":13,"value":{"message":"Session [(null externalkey)] not available and is not among the last 1000 terminated sessions.\\nActive sessions are[]","class":"org.openqa.grid.common.exception.GridException","stackTrace":[{"fileName":"ActiveTestSessions.java","className":"org.openqa.grid.internal.ActiveTestSessions","methodName":"getExistingSession","lineNumber":110},{"fileName":"Registry.java","className":"org.openqa.grid.interna', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2015/08/14.txt#L6', 'chat', 'complaint', 'none', 'Hi, I\'m new to selendroid and i\'ve tried to follow the guide to get the selendroid test app running from a junit test. But I only get "Error forwarding session.."', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2015/08/14.txt#L10', 'chat', 'complaint', 'none', 'any hints on what to check to get it connected?', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2016/01/11.txt#L46', 'chat', 'complaint', 'none', "but can't access the selendroid server running on the device on port 8080", False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2016/01/11.txt#L48', 'chat', 'other', 'none', "the one on the devices is only up while a 'session' is running (like a test)", False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2016/01/11.txt#L53', 'chat', 'complaint', 'none', 'Connection refused - connect(2) for "localhost" port 9000', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2016/01/11.txt#L54', 'chat', 'other', 'none', 'your rspec should be using the port that the selendroid standalone server is running on  (4444)', False),
    ('https://github.com/selendroid/irc-logs/blob/d3c9bebdc5f32137cf752405f5e756c2eaaa916a/2016/01/11.txt#L55', 'chat', 'other', 'none', 'all communication should go through it… you should not be trying to connect directly to your device', False),
]
