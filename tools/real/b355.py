# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 355 (mine-b355): CHAT voice, a SMALL batch (30 rows, 2 complaints) from one community chat
# archive its owners publish as a repository and that no earlier batch used as a source:
#  - indieweb/indieweb-chat-archive: the IndieWeb community's own archive of its chat channels
#    (the "indieweb" GitHub org, the same logs served at chat.indieweb.org), one JSON event per line
#    and one file per channel and day (freenode/<#channel>/<yyyy>/<mm>/<dd>.txt). Rows come from
#    #indieweb-wordpress (WordPress webmention / Bridgy / Micropub / syndication plugins, their
#    authors pfefferle and GWG answering) and one #bridgy day. grep -F "indieweb-chat-archive" on
#    tools/real/*.py: only header notes of b305/b323/b350 saying the archive was too large to mirror
#    and mostly join lines; no row used it. The snapshot is over the fetch limit, so the day files
#    were read one by one with read_file (commit-pinned), and each source is the commit-pinned blob
#    URL of the channel-day file ('#' encoded as %23; no #L fragment - lines were not counted).
# Texts are the "content" field of message events, JSON escapes decoded (\u2019 -> ’, \/ -> /);
# nothing reworded or trimmed.
# Complaints (2), both jgmac1106 on 2018-08-02: other systems cannot reach his WordPress site's feed
# and webmentions now ("failing curl test ... everyone says they don’t get it", "webmention.rocks
# ... never gotten it to work ... gRegor has told me for a bit he can’t get my feeds ... I
# timeout"). Label doubts: these two are complaints because feed readers / webmention.rocks / curl
# fail against his site now and a support person would open a ticket; the opening "I am having
# some trouble with the webmention plugin ... I am new to bridgy too. Could you help?" (2017-07-10)
# is other - the thread shows Bridgy's webmentions arriving but displayed with an odd link (a
# display issue solved by Semantic Linkbacks and a PHP upgrade), not a failing connection.
# Near misses (28): Bridgy-sent webmentions displayed with an odd appspot link (a display issue
# fixed by installing Semantic Linkbacks and upgrading PHP: "I updated my PHP and the plugin works
# now :)"), "last commit to bridgy-publish got it publishing again" with a syndication-link bug,
# feature wishes (auto-syndicating likes/reposts posted via Micropub to GitHub/Twitter through
# Bridgy), maintainers' how-tos and requests ("Can you try to sum this up and file a github
# issue?"), the Facebook-logic question after Bridgy's Facebook shutdown, rel=alternate design
# talk, a plugin display question and a Bridgy stats note.
# Why so few rows and complaints: the archive is readable only file by file and most lines are
# join events and plugin design talk; 23 read_file calls on 20 channel-day files gave these rows. Other
# archives checked this session and not usable: SaschaMann/zulip-archive (a Julia helpdesk copy;
# Julia archives already used), tisonkun/zulip-archive and bnbweb/x-chat-archive (workflow only),
# lorebooks-wiki/changelog-zulip-archives (run by a member, "not affiliated with the Changelog
# team"), claire4ai/archive (over the fetch limit, research-network news), snarfed/
# indiewebcamp-irc-logs, Chouser/clojure-irc-log, esripdx/irc-logs, NYCPython/irclogs,
# getnikola/irclogs-site, ltsp/irclogs, laravel-taiwan/slacklogs (viewer/logger code only),
# flink-irc-logs (2015 Flink IRC, no integration talk), vim-jp/slacklog (82 GB, not indexed),
# openebs-archive/community-archive (workshop files). No exposure rows.
W170710 = "https://github.com/indieweb/indieweb-chat-archive/blob/df4a5dfbf0326010c33c5e870f76905b3b7dc8f6/freenode/%23indieweb-wordpress/2017/07/10.txt"
W170725 = "https://github.com/indieweb/indieweb-chat-archive/blob/df4a5dfbf0326010c33c5e870f76905b3b7dc8f6/freenode/%23indieweb-wordpress/2017/07/25.txt"
W170912 = "https://github.com/indieweb/indieweb-chat-archive/blob/df4a5dfbf0326010c33c5e870f76905b3b7dc8f6/freenode/%23indieweb-wordpress/2017/09/12.txt"
W180320 = "https://github.com/indieweb/indieweb-chat-archive/blob/01cf58184538a59d2770f90d2353422a52151dc6/freenode/%23indieweb-wordpress/2018/03/20.txt"
W180515 = "https://github.com/indieweb/indieweb-chat-archive/blob/03f57269c7d379148288b029a562d0d33eba9735/freenode/%23indieweb-wordpress/2018/05/15.txt"
W180612 = "https://github.com/indieweb/indieweb-chat-archive/blob/04199bebf285d42c8a4e8f7c2646836fdb7cdfe9/freenode/%23indieweb-wordpress/2018/06/12.txt"
W180717 = "https://github.com/indieweb/indieweb-chat-archive/blob/06cdab5e5a909aa390dba76a06d1128c6b013680/freenode/%23indieweb-wordpress/2018/07/17.txt"
W180802 = "https://github.com/indieweb/indieweb-chat-archive/blob/01269bfdc3bd89a7cd9fb4aa90924dd853704232/freenode/%23indieweb-wordpress/2018/08/02.txt"
W181010 = "https://github.com/indieweb/indieweb-chat-archive/blob/30071c78c1c6e31e59387bc4f6f95222a84a0242/freenode/%23indieweb-wordpress/2018/10/10.txt"
B160906 = "https://github.com/indieweb/indieweb-chat-archive/blob/e2148304b13312e243e49ab2eb8eb9411d99e770/freenode/%23bridgy/2016/09/06.txt"

ROWS = [
    # 2017-07-10: Bridgy webmentions shown with an odd appspot link; fixed by Semantic Linkbacks + PHP upgrade
    (W170710, "chat", "other", "other", "[pfefferle]: I am having some trouble with the webmention plugin on wordpress, I am new to bridgy too. Could you help?", False),
    (W170710, "chat", "other", "other", "I am on Webmention 3.4.1 and am getting an odd link to bridgy.appspot, similar to https://github.com/pfefferle/wordpress-webmention/issues/97.", False),
    (W170710, "chat", "other", "none", "@prtksxna you have to also install the semantic linkbacks plugin to have mf2/semantics support...", False),
    (W170710, "chat", "other", "none", "I do have it installed (just not activated) because it incorrectly reads my php version, and dies", False),
    (W170710, "chat", "other", "none", "you have to check your webserver version too", False),
    (W170710, "chat", "other", "other", "[pfefferle]: Thanks for helping me troubleshoot. I'll try and update it soon and ask bridgy to resend the webmentions :)", False),
    (W170710, "chat", "other", "none", "[pfefferle]: I updated my PHP and the plugin works now :)", False),
    (W170710, "chat", "other", "none", "[pfefferle]: The comment doesn't have appspot any more, but its still not what I was expecting - http://prtksxna.com/2017/03/27/published-breathe-to-the-chrome-web-store/ (see the 2nd comment)", False),
    (W170710, "chat", "other", "none", "weird, the checkin post-kind doesn’t show up as an option in settings. I see it in the code, I know the file is being read.", False),
    # 2017-07-25: a podcast plugin tweak, not an integration
    (W170725, "chat", "other", "none", "Welp, didn't work on the real site", False),
    # 2017-09-12: bridgy-publish publishing again, syndication links overwritten
    (W170912, "chat", "other", "other", "!tell GWG last commit to bridgy-publish got it publishing again, but I just noticed it overwrote an existing syndication link.  eg. Post came from ownyourgram (so it had instagram syndication link and syndicate-to for facebook/twitter), after the bridgy-publish ran it was only had facebook/twitter syndication links", False),
    (W170912, "chat", "other", "other", "well posts from OWG have typically left an instagram syndication link behind and now that bridgy-publish is working, i'm only getting the syndication links from bridgy-publish in metadata", False),
    (W170912, "chat", "other", "none", "I'm in the Indieweb plugin working on the h-card code, because mine is broken. Figured good opportunity to enhance.", False),
    # 2018-03-20: feature wish, auto-syndicating likes/reposts via Bridgy
    (W180320, "chat", "other", "other", "GWG would the bridgy plugin be a good place to add the option to auto syndicate likes and reposts posted via micropub? i.e. I like a GitHub repo via micropub and that automatically gets syndicated to GitHub as a star.", False),
    (W180320, "chat", "other", "other", "well, we have syndication targets for Bridgy Twitter and GitHub for replies, but there’s no way to automatically syndicate likes and replies", False),
    (W180320, "chat", "other", "other", "If you post a like of a Github repo URL, and syndicate to Github using Bridgy, then it should work already.", False),
    (W180320, "chat", "other", "other", "It isn't happening if you check the syndication target in Quill or such?", False),
    (W180320, "chat", "other", "other", "likes and reposts don’t have an option to check syndication targets. Not in Quill, not in Indigenous", False),
    # 2018-05-15: workflow questions, not failures
    (W180515, "chat", "other", "other", "I will try again later but it just didn’t work for me. I couldn’t figure out where to drop the url if I was replying to a Tweet and didn’t try Bridgy syndication to Twitter", False),
    (W180515, "chat", "other", "other", "It's way faster if you use Quill and the bookmarklet, or a browser extension like Omnibear. That's why Micropub is so important", False),
    (W180515, "chat", "other", "none", "Can you try to sum this up and file a github issue?", False),
    # 2018-06-12: maintainers
    (W180612, "chat", "other", "none", "pfefferle, what do we need to get Semantic Linkbacks out? I want to get people's default avatars back for them", False),
    # 2018-07-17: after Bridgy's Facebook support ended
    (W180717, "chat", "other", "other", "snarfed: should the facebook logic in indieweb press this go away?", False),
    (W180717, "chat", "other", "other", "the embed is still useful, regardless of whether you posse the reply (etc) to fb or not", False),
    # 2018-08-02: other systems cannot fetch the writer's feed / webmentions
    (W180802, "chat", "complaint", "none", "we will see, the class is going well, they haven’t tarred and feathered me yet, webmentions going through some getting caught in spam…the no rss feed…failing curl test..I have no idea what t do about that. I throw https://jgregorymcverry.com/feed into a broswer and it reads it fine…but everyone says they don’t get it", False),
    (W180802, "chat", "other", "none", "how is the feed failing?", False),
    (W180802, "chat", "complaint", "other", "i dunno I tried webmention.rocks again today first test: https://webmention.rocks/test/1 never gotten it to work….gRegor has told me for a bit he can’t get my feeds, then other tried a curl test and said I timeout…didn’t know if both were related", False),
    (W180802, "chat", "other", "none", "I had to update xray to look for  the rel=alternate link and now it uses that instead of parsing the HTML  if it's there", False),
    # 2018-10-10: a plugin display question
    (W181010, "chat", "other", "none", "I'm trying the Simple Location plugin. Works well on post pages but not on listing pages. Any idea of what i'm doing wrong?", False),
    # #bridgy 2016-09-06
    (B160906, "chat", "other", "other", "looks like bridgy will hit 5M responses today! woo. https://brid.gy/#stats", False),
]
