# (source, voice, label, integration, text[, exposure_mentioned[, language]])
# Batch 350 (mine-b350): CHAT voice from three community chat archives that their owners publish
# as GitHub repositories and that no earlier batch used (each checked with grep -F on
# tools/real/*.py: no hit for haskell-jp, ArchLinuxJP or qtox-irc-logs as a source; b337 only
# names "qTox IRC logs" as looked at and skipped, no row was taken). Read from fetched snapshots
# (git archive of HEAD), not from live sites:
#  - haskell-jp/slack-log: the Haskell-jp Slack workspace, archived by the Haskell-jp
#    organisation's own slack-log tool (docs/json/<channel id>/<page>.json, one JSON message
#    object per message; thread replies in docs/json/<channel>/<page>/<thread ts>.json).
#    Channels: questions (C5666B6BB), random (C4M4TT8JJ), mokumoku-online (CUPBC8WCE), general
#    (C4LFB6DE0), beginners (CR2TETE5R), ghc8x (CE368SB5G), jclub-heyhey (C011X16H4TS). Sources cite
#    the page file with #L<line> of the message's "text" line. 36 rows, Japanese ("ja").
#  - ArchLinuxJP/slacklog: the Arch Linux JP Slack (general, random), saved by the ArchLinuxJP
#    organisation as one Slack-API JSON file per channel and month (json/<yyyymm01>_<channel>.json);
#    #L<line> of the top-level "text" line. 7 rows, Japanese ("ja").
#  - qTox/qtox-irc-logs: the #qtox IRC channel logs the qTox project publishes, one file per
#    channel-day (<yyyy>/<mm>/#qtox_<yyyymmdd>.log.txt, '#' encoded as %23 in the URL); #L<line> of
#    the message line. 29 rows, English.
# Texts are the archived message text: Slack escapes (&lt; &gt; &amp;, <url|label> links,
# <#C...|channel> mentions, :emoji:) kept as archived, JSON string escapes decoded (newlines kept);
# IRC rows are the message after the "<nick> " prefix. Long messages are cut at a sentence end or
# after the pasted error line; nothing is reworded.
# Complaints (24): teratail questions no longer arriving in Slack over RSS, stack's
# "mirrors.json is expired" verification error against Hackage, Travis CI unable to curl Stack
# because of a dead certificate, GitHub Actions' PostgreSQL service refusing connections,
# AppVeyor's choco install timing out (NuGet), a Slack bot failing on Slack API responses
# ("the key email_misc was not present", then "full_text_extracts"), Stackage's certificate
# broken, gitpitch timing out; pacman against the JAIST mirror failing with "GPGME error: No
# data", package signatures expired ("同じ人いますか？"), a mirror answering 403 Forbidden; the
# qTox IRC<->Tox groupchat sync bot broken ("I can't see zetok's messages"), Travis failing to
# deploy the macOS release, GitHub commits not triggering the Jenkins nightlies, the openSUSE
# Build Service repository key expired (KEYEXPIRED / NOKEY pasted by four users) and "packages
# cannot be authenticated" with "still the same error" / "nope, still fails".
# Near misses (48): maintainers' diagnoses and fixes ("choco が落ちてるみたいですね", "GPG key
# expired ... just re-downlaod", "you need to setup a webhook for junkins", "The hook should be
# working already", "the broken thing is building the .dmg"), works-now follow-ups ("It's working
# now ... something must have went wrong on my end", "一通り再度連携出来たはず", "Ok it should be
# working again"), announcements (removing the old Slack GitHub integration, a Haskell Weekly
# subscriber list lost, the GitHub Actions setup runner-image workaround, the Slack API
# deprecation deadline), how-tos and questions (Slack token encryption on Travis, Gmail OAuth2 for
# IMAP, regenerating GitHub PATs, a slack-web "invalid_ts_latest" error to debug, a Slack bot that
# does not compile), sites being down or their certificates expired (Hackage "落ちてる", the stack
# website returning 403, wiki.hask.moe, mirror.archlinux.jp, the setup-qtox.exe server), a CI
# stopped for used-up Travis credits, a Wi-Fi WEP authentication failure, a Skype login, and the
# developer's own Slack API client failing to parse responses while it is being written.
# Doubts: a site being down or serving an expired certificate is labelled other when the writer
# only reports the site (Hackage down, stack website 403, wiki certificate), but complaint when a
# client-to-service connection fails because of it (Travis cannot curl Stack, "stackageがk8sの
# デプロイミスったのか証明書ぶっ壊れてる", the mirror answering 403 to a package download). The
# expired repository signing keys (qTox OBS repo, Arch package signatures, GPGME error) are counted
# as credentials rejected while one system fetches from another - complaint. The Slack bot's
# parse errors (library behind Slack's API) are complaint; the library author's own in-progress
# client failing to parse Slack responses (CUPBC8WCE/15.json) is other. "Travis failed to deploy"
# turned out to be a broken .dmg build, but the report itself is a failing deploy - complaint;
# the maintainer's explanation is other. The qTox auto-updater failure (LittleVulpix) is the
# product's own updater, not an integration - other. "403ですね" answers a maintainer's test of
# wiki permissions - other. No text says a key or token was exposed (exposure False throughout).
# Look-ups used: 45 (find_repos 26, find_files 12, find_string 5, search 2; 8 read_file calls on
# indieweb/indieweb-chat-archive files were not counted); its #bridgy/#indieweb-wordpress logs
# were read but are mostly join lines and design talk, and the repository is over the fetch limit.
ROWS = [
    ('https://github.com/haskell-jp/slack-log/blob/master/docs/json/C5666B6BB/101.json#L255', 'chat', 'complaint', 'other', '通常ならteratailの質問はRSS経由で <#C707P67R7|questions-feed-jp> に流れるはずなんですが、止まっちゃってるっぽいですね... ちょっと誰か調べてくれませんか？体調不良で、パソコン版Slackを開くのが億劫な状況です。', False, 'ja'),
    ('https://github.com/haskell-jp/slack-log/blob/master/docs/json/C5666B6BB/101.json#L261', 'chat', 'other', 'other', 'と思ったらどちらにしても今teratail不調みたいですね :cold_sweat: 焦っても今できることはなさそう', False, 'ja'),
    ('https://github.com/haskell-jp/slack-log/blob/master/docs/json/C4M4TT8JJ/99.json#L81', 'chat', 'complaint', 'other', '期限切れ問題また起きてるみたいですけどStackが悪いのかHackageが悪いのかどっちなのかわからない\n&lt;<https://github.com/commercialhaskell/stack/issues/3731%7CVerification> error: &lt;repo&gt;/mirrors.json is expired · Issue #3731 · commercialhaskell/stack&gt;', False, 'ja'),
    ('https://github.com/haskell-jp/slack-log/blob/master/docs/json/C4M4TT8JJ/94.json#L154', 'chat', 'other', 'other', 'Travis CIもはや分からなすぎる、GitHub Actionsに移行した方が良かったりするのかな', False, 'ja'),
    ('https://github.com/haskell-jp/slack-log/blob/master/docs/json/C4M4TT8JJ/94.json#L166', 'chat', 'complaint', 'other', 'まあとりあえず見たら簡単に更新が、証明書が死んでるからcurlでStackを取ってこれない…ダメっぽいですね…\nGitHub Actionsに移行させますか', False, 'ja'),
    ('https://github.com/haskell-jp/slack-log/blob/master/docs/json/C4M4TT8JJ/94.json#L178', 'chat', 'other', 'none', '古いイメージとかですかね？ &gt; curl\nLet’s encryptのルート証明書が切れた際に、古いイメージの古い curl （の設定）だとエラーはいて動作しなくなっちゃったんですよね', False, 'ja'),
    ('https://github.com/haskell-jp/slack-log/blob/master/docs/json/C4M4TT8JJ/94.json#L184', 'chat', 'other', 'other', 'Travis CIのデフォルト指定マシンで動いてるのにcurlがエラーになるのはちょっとなあってもうTravis調べるより将来性あるしってGitHub Actions移行を書いてしまった', False, 'ja'),
    ('https://github.com/haskell-jp/slack-log/blob/master/docs/json/CUPBC8WCE/34.json#L40', 'chat', 'complaint', 'other', 'GitHub Actions で PostgreSQL サーバー立ててるはずなんだけど接続拒否される\nうーん :thinking_face:\n```Error:     Exception when trying to run compile-time code:\n      Network.Socket.connect: &lt;socket: 13&gt;: does not exist (Connection refused)', False, 'ja'),
    ('https://github.com/haskell-jp/slack-log/blob/master/docs/json/C5666B6BB/75.json#L130', 'chat', 'complaint', 'other', 'AppVeyorで `choco install -y ghc --version 8.8.1` すると[NuGet] The operation has timed outと言われてしまうのですがどうしたらよいかわかる人いませんか？`--timeout 0`でタイムアウトを無効にしても直りませんでした。', False, 'ja'),
    ('https://github.com/haskell-jp/slack-log/blob/master/docs/json/C5666B6BB/75.json#L136', 'chat', 'other', 'other', 'choco が落ちてるみたいですね。', False, 'ja'),
    ('https://github.com/haskell-jp/slack-log/blob/master/docs/json/C5666B6BB/70.json#L166', 'chat', 'other', 'other', "質問するのが初めてでありますので必要な情報が足りなければすみません。こちらの情報としてGithubのURLを貼っておきますが、ピンポイントで欲しい情報があればそこだけピックアップして貼ります。\n\nSlackBotを作ろうと思い、ネットの記事やSlackAPIのGitHubのページを参照してサンプルコードをとりあえず実行しようと思ったのですが、\n\n```\n    Not in scope: type constructor or class 'SlackHandle'\n   |\n27 | echoBot :: SlackHandle -&gt; IO ()\n   |            ^^^^^^^^^^^\n\n```\nビルド時にこのようなエラーが出てきます。検索しても同じような状況で困っている人がいなそうなので、質問させていただきます。どうか知恵を貸していただけませんでしょうか。", False, 'ja'),
    ('https://github.com/haskell-jp/slack-log/blob/master/docs/json/C5666B6BB/70.json#L184', 'chat', 'other', 'none', 'どちらの記事でも `SlackHandle` なる型は使ってないようですね...\n本当にこの記事なんでしょうか？ :thinking_face:\n\nいずれにしても、そのエラーは 「 `SlackHandle` という型が存在していない」というエラーです。\nおそらく参考にした記事の内容が古く、APIが変ってしまっているのが原因と思われます。', False, 'ja'),
    ('https://github.com/haskell-jp/slack-log/blob/master/docs/json/C5666B6BB/70.json#L250', 'chat', 'complaint', 'other', '```\nuser error (When parsing the record Preferences of type Web.Slack.Types.Preferences.Preferences the key email_misc was not present.)\n```\nこのエラーが出てきました；；\n記事を丸パクしたやつと同じエラーでした。正直これはslackAPI側の権限とかそっち周りな気がするんですが見たことある方いらっしゃいますか？', False, 'ja'),
    ('https://github.com/haskell-jp/slack-log/blob/master/docs/json/C5666B6BB/70.json#L256', 'chat', 'other', 'none', '<https://github.com/mpickering/slack-api/commit/5fbc7732272289d5bdde9227b68c9ec362115f27>\nこのコミットで修正されている問題だと思われます。\nmasterの最新版を使わないとダメなのかも知れません... :fearful:', False, 'ja'),
    ('https://github.com/haskell-jp/slack-log/blob/master/docs/json/C5666B6BB/70.json#L274', 'chat', 'complaint', 'other', '```\nuser error (When parsing the record Preferences of type Web.Slack.Types.Preferences.Preferences the key full_text_extracts was not present.)\n```\nこ、今度は違うkeyのエラーが、、\n最新版でこれだと直近のバージョンだとslackbotは作れないのでしょうか,,,', False, 'ja'),
    ('https://github.com/haskell-jp/slack-log/blob/master/docs/json/C5666B6BB/70.json#L280', 'chat', 'other', 'other', '要するに最近のSlackの仕様変更に追いついてない、ということなので\n<https://github.com/mpickering/slack-api/pull/99> みたいに直すPull requestを送るしかなさそうですね... :disappointed_relieved:', False, 'ja'),
    ('https://github.com/haskell-jp/slack-log/blob/master/docs/json/C4M4TT8JJ/70.json#L166', 'chat', 'complaint', 'other', 'stackageがk8sのデプロイミスったのか証明書ぶっ壊れてる', False, 'ja'),
    ('https://github.com/haskell-jp/slack-log/blob/master/docs/json/C4M4TT8JJ/70.json#L172', 'chat', 'other', 'none', ':interrobang: 手元で見た感じアクセスできましたが、そういう意味ではない？\n<https://www.stackage.org/>', False, 'ja'),
    ('https://github.com/haskell-jp/slack-log/blob/master/docs/json/CE368SB5G/5.json#L16', 'chat', 'complaint', 'other', 'なんか gitpitch がタイムアウトする……\n明日には直ってるかな', False, 'ja'),
    ('https://github.com/haskell-jp/slack-log/blob/master/docs/json/C4LFB6DE0/28.json#L250', 'chat', 'other', 'other', ':mega: [お知らせ] SlackのGitHub integrationを新しいバージョンに移行するよう迫られた + インストールしているintegrationの数がFreeプランの上限に達してしまっていて新たに追加出来ない、という状況なので、古いGitHubのintegrationを削除します。もしかしたらリポジトリーによっては連携の再設定が必要になるので、ご利用中の方はご容赦ください :man-bowing:', False, 'ja'),
    ('https://github.com/haskell-jp/slack-log/blob/master/docs/json/C4LFB6DE0/28/1618724316.011700.json#L16', 'chat', 'other', 'none', '私が関与しているリポジトリーは一通り再度連携出来たはず :white_check_mark:', False, 'ja'),
    ('https://github.com/haskell-jp/slack-log/blob/master/docs/json/C4M4TT8JJ/102.json#L36', 'chat', 'other', 'other', '今週末くらいから、GitHub Action の Ubuntu shared runner 内で `haskell/actions/setup` が動かなくなっています（参考リンク<https://github.com/haskell/actions/issues/187|1>, <https://github.com/actions/runner-images/pull/7068|2>, <https://discourse.haskell.org/t/incident-github-actions-ci-failure-ghcup/5761|3>）。runner 用イメージ内での ghcup のパーミッションの設定が問題のようで、ghcup の作者の方が修正に向けて動きだしています。', False, 'ja'),
    ('https://github.com/haskell-jp/slack-log/blob/master/docs/json/C4M4TT8JJ/42.json#L148', 'chat', 'other', 'none', '403ですね。。。 :disappointed:', False, 'ja'),
    ('https://github.com/haskell-jp/slack-log/blob/master/docs/json/C4M4TT8JJ/109.json#L202', 'chat', 'other', 'other', ':cold_sweat: Haskell Weeklyの購読者リストがいつの間にかなくなってしまっていたらしい（しかも原因不明）。\n（私のように）登録してたけど届かなくなった！という方は再登録を。', False, 'ja'),
    ('https://github.com/haskell-jp/slack-log/blob/master/docs/json/CUPBC8WCE/32.json#L58', 'chat', 'other', 'other', 'お昼ご飯食べ終わって昼寝してから、slack-logの続きと、makeMistakesToLearnHaskellの続きやります。今日明日でslack-logの件を終えないとSlackのAPIが使えなくなっちゃう :scream:', False, 'ja'),
    ('https://github.com/haskell-jp/slack-log/blob/master/docs/json/CUPBC8WCE/32.json#L76', 'chat', 'other', 'other', 'TravisCIで動かしてたけど、なんか無料クレジットを使い切って止まってた。GitHub Actions に写すか', False, 'ja'),
    ('https://github.com/haskell-jp/slack-log/blob/master/docs/json/C4M4TT8JJ/2.json#L220', 'chat', 'other', 'other', '1&amp;2&gt;そうします。\n3&gt;実行時に使うslackのトークンはTravisCIの機能で暗号化しないといけないのですが、暗号化したものは暗号化した人のリポジトリでしか復号できない仕様になっています。そのため私がslackのトークンを設定/暗号化するのであれば譲渡はできないかと思います。あと、今使っている古いタイプのトークンはできる範囲が多すぎるため余り他人に渡したくないというのもあります。', False, 'ja'),
    ('https://github.com/haskell-jp/slack-log/blob/master/docs/json/C5666B6BB/35.json#L112', 'chat', 'other', 'other', '返信ありがとうございます。\nnewtypeの方法を勉強も兼ねて試しました。ありがとうございます。\nslack-webに乗り換えを検討しています。教えてくださってありがとうございます。ただ、乗り換え中に `Left (SlackError "invalid_ts_latest")` という実行時エラーがでるようになり、この通信をデバッグしたいのですが、どのようにするのが良さそうでしょうか？（Java,Scalaだとlogback.xmlなどを書き換えたりしますが、、、）', False, 'ja'),
    ('https://github.com/haskell-jp/slack-log/blob/master/docs/json/CR2TETE5R/21/1653782439.713629.json#L3', 'chat', 'other', 'other', '現在haskell で gmail の新着を imap で取得し、tmux のステータスバーに表示するプログラムを常用しております。oauth2.0 認証に変更したいのですが、参考にすべきサンプルコード等を探しています。参考情報等ご教示いただけると助かります。', False, 'ja'),
    ('https://github.com/haskell-jp/slack-log/blob/master/docs/json/CUPBC8WCE/36.json#L4', 'chat', 'other', 'other', '松原です。\nHaskellと直接は関係ないですが、GitHub の Personal Access Token でフォーマット変わったから再生成しろって警告出てるので、PAT の棚卸しします。\nまぁ大抵は自作 Haskell アプリケーション関連なので、Haskell アプリの整理も兼ねて。', False, 'ja'),
    ('https://github.com/haskell-jp/slack-log/blob/master/docs/json/CUPBC8WCE/36.json#L40', 'chat', 'other', 'other', '自分のPCでちょくちょく使ってるものだけ再生成して、他の PAT は削除しました（そのために GitHub Actions の整理などもした）。', False, 'ja'),
    ('https://github.com/haskell-jp/slack-log/blob/master/docs/json/C4M4TT8JJ/89.json#L58', 'chat', 'other', 'other', '<http://hackage.haskell.org|hackage.haskell.org> 落ちてる <https://twitter.com/bgamari/status/1376569577249865731>', False, 'ja'),
    ('https://github.com/haskell-jp/slack-log/blob/master/docs/json/C4M4TT8JJ/72.json#L202', 'chat', 'other', 'other', 'なぜかstackのウェブサイトが403を返すようになってしまっているそうです。 :scream:\n<https://github.com/commercialhaskell/stack/issues/5278>', False, 'ja'),
    ('https://github.com/haskell-jp/slack-log/blob/master/docs/json/CUPBC8WCE/15.json#L10', 'chat', 'other', 'other', '今日の成果: 自己紹介で挙げたissueの件で、新しく追加したAPIをテストするために簡単なクライアントを書きました。\n実際に実行してみたところ、なんか変なレスポンスがSlackから送られてJSONのパースに失敗しますね... :disappointed:', False, 'ja'),
    ('https://github.com/haskell-jp/slack-log/blob/master/docs/json/C5666B6BB/30.json#L76', 'chat', 'other', 'other', 'Twitterでふみさんにもリプライしたのですが, <https://wiki.hask.moe/> の証明書が11月10日に切れているので見れなくなってます,誰が管理者でしょう?', False, 'ja'),
    ('https://github.com/haskell-jp/slack-log/blob/master/docs/json/C011X16H4TS/3.json#L21', 'chat', 'other', 'other', 'なぜか skype にログインできないので遅れます・・・', False, 'ja'),
    ('https://github.com/ArchLinuxJP/slacklog/blob/master/json/20211101_general.json#L216', 'chat', 'complaint', 'other', 'pacmanのmirrorでjaistを使っていて\n```error: GPGME error: No data```\nが出てる人っていませんか?', False, 'ja'),
    ('https://github.com/ArchLinuxJP/slacklog/blob/master/json/20221201_general.json#L5921', 'chat', 'complaint', 'other', 'Arch Linuxをコンテナ環境に入れようとしてるんですが、パッケージの署名の期限が切れててインストールできないんですよね\n同じ人いますか？それとも自分だけ...?`pacman-key --init` や `pacman-key --populate` の実行、`pacman -S archlinux-keuring` はもう実行しています。', False, 'ja'),
    ('https://github.com/ArchLinuxJP/slacklog/blob/master/json/20210101_random.json#L1060', 'chat', 'other', 'other', '`<http://mirror.archlinux.jp|mirror.archlinux.jp>` 落ちてるのかな', False, 'ja'),
    ('https://github.com/ArchLinuxJP/slacklog/blob/master/json/20210101_random.json#L1176', 'chat', 'complaint', 'other', '403です。。？\n```$ curl -LO <https://mirror.archlinux.jp/community/os/x86_64/dbeaver-7.3.3-1-x86_64.pkg.tar.zst>\n  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n                                 Dload  Upload   Total   Spent    Left  Speed\n100   199  100   199    0     0   2010      0 --:--:-- --:--:-- --:--:--  2010\n\n$ sudo pacman -U dbeaver-7.3.3-1-x86_64.pkg.tar.zst\n[sudo] password for conao: \nloading packages...\nerror: could not open file dbeaver-7.3.3-1-x86_64.pkg.tar.zst: Unrecognized archive format', False, 'ja'),
    ('https://github.com/ArchLinuxJP/slacklog/blob/master/json/20210101_random.json#L2342', 'chat', 'other', 'other', 'ようやく流れ追ったけどChromeSyncのAPIキーが非公開になるって話か\n別に無くてもいいんだけど…', False, 'ja'),
    ('https://github.com/ArchLinuxJP/slacklog/blob/master/json/20230301_general.json#L1128', 'chat', 'other', 'other', 'gdrive AUR パッケージなら少し使ってた。コマンドラインからファイルのアップロードやフォルダ作るところまでは確認したけど、Google drive そのものをあんま使わないので、それからほぼ使ってなかった。再認証の方法がわからんので、このまま使わないかも。', False, 'ja'),
    ('https://github.com/ArchLinuxJP/slacklog/blob/master/json/20210401_random.json#L1481', 'chat', 'other', 'other', 'Buffaloの無線LANにだけ、NetworkmanagerのWEP認証通らず。。。なぜじゃー・・・', False, 'ja'),
    ('https://github.com/qTox/qtox-irc-logs/blob/master/2016/08/%23qtox_20160829.log.txt#L46', 'chat', 'complaint', 'other', 'IRC sync bot looks broken', False),
    ('https://github.com/qTox/qtox-irc-logs/blob/master/2016/08/%23qtox_20160829.log.txt#L47', 'chat', 'complaint', 'none', "I can't see zetok's messages", False),
    ('https://github.com/qTox/qtox-irc-logs/blob/master/2016/08/%23qtox_20160829.log.txt#L49', 'chat', 'other', 'other', 'bot was just pushing nick + message ~verbatim from groupchat to IRC', False),
    ('https://github.com/qTox/qtox-irc-logs/blob/master/2016/08/%23qtox_20160829.log.txt#L50', 'chat', 'other', 'other', 'and IRC just doesn\'t like my null, so now I\'m "escaping" it in messages sent to IRC', False),
    ('https://github.com/qTox/qtox-irc-logs/blob/master/2016/08/%23qtox_20160809.log.txt#L408', 'chat', 'complaint', 'other', 'Travis failed to deploy', False),
    ('https://github.com/qTox/qtox-irc-logs/blob/master/2016/08/%23qtox_20160809.log.txt#L435', 'chat', 'other', 'none', 'i.e. the broken thing is building the .dmg, deploying would work otherwise', False),
    ('https://github.com/qTox/qtox-irc-logs/blob/master/2016/08/%23qtox_20160817.log.txt#L85', 'chat', 'other', 'other', 'Though it turned out the OSX builds were broken anyway, the fact that travis could randomly fail to deploy was very concerning', False),
    ('https://github.com/qTox/qtox-irc-logs/blob/master/2016/08/%23qtox_20160808.log.txt#L139', 'chat', 'complaint', 'other', "because commits to qtox/qtox didn't trigger nightlies 24 hours ago", False),
    ('https://github.com/qTox/qtox-irc-logs/blob/master/2016/08/%23qtox_20160808.log.txt#L140', 'chat', 'other', 'other', "you ened to setup a webhook for junkins in repo's settings", False),
    ('https://github.com/qTox/qtox-irc-logs/blob/master/2016/08/%23qtox_20160808.log.txt#L143', 'chat', 'other', 'none', 'The hook should be working already', False),
    ('https://github.com/qTox/qtox-irc-logs/blob/master/2016/11/%23qtox_20161113.log.txt#L4', 'chat', 'complaint', 'other', 'W: An error occurred during the signature verification. The repository is not updated and the previous index files will be used. GPG error: http://download.opensuse.org/repositories/home:/antonbatenev:/tox/xUbuntu_16.04  Release: The following signatures were invalid: KEYEXPIRED 1478959636', False),
    ('https://github.com/qTox/qtox-irc-logs/blob/master/2016/11/%23qtox_20161114.log.txt#L6', 'chat', 'complaint', 'other', 'The repository is not updated and the previous index files will be used. GPG error: http://download.opensuse.org/repositories/home:/antonbatenev:/tox/xUbuntu_16.04  Release: The following signatures were invalid: KEYEXPIRED 1478959636Failed to fetch http://download.opensuse.org/repositories/home:/antonbatenev:/tox/xUbuntu_16.04/Release.gpg', False),
    ('https://github.com/qTox/qtox-irc-logs/blob/master/2016/11/%23qtox_20161114.log.txt#L7', 'chat', 'complaint', 'other', 'getting that on Linux Mint 18.. so whats the issue ? any problem with the repo ?', False),
    ('https://github.com/qTox/qtox-irc-logs/blob/master/2016/11/%23qtox_20161114.log.txt#L8', 'chat', 'other', 'none', 'nightfuri: GPG key expired', False),
    ('https://github.com/qTox/qtox-irc-logs/blob/master/2016/11/%23qtox_20161114.log.txt#L9', 'chat', 'other', 'none', 'it was replaced with a new one, just re-downlaod', False),
    ('https://github.com/qTox/qtox-irc-logs/blob/master/2016/11/%23qtox_20161117.log.txt#L62', 'chat', 'complaint', 'other', 'I got this warning when installing qtox from OBS; key is expired: warning: /var/cache/zypp/packages/home_antonbatenev_tox/x86_64/qtox-201610292107~v1.5.1-4.4.x86_64.rpm: Header V3 RSA/SHA256 Signature, key ID 5ef8303b: NOKEY', False),
    ('https://github.com/qTox/qtox-irc-logs/blob/master/2016/11/%23qtox_20161117.log.txt#L67', 'chat', 'other', 'none', 'cisc: well, anyway; key expired, you need to add a new one', False),
    ('https://github.com/qTox/qtox-irc-logs/blob/master/2017/01/%23qtox_20170104.log.txt#L316', 'chat', 'complaint', 'other', 'the gpg key of the opensuse respository is expired. what should I do?', False),
    ('https://github.com/qTox/qtox-irc-logs/blob/master/2016/09/%23qtox_20160927.log.txt#L221', 'chat', 'complaint', 'other', 'Hello, I get "WARNING: The following packages cannot be authenticated!" error for qtox when trying to install from https://software.opensuse.org/download.html?project=home%3Aantonbatenev%3Atox&package=qtox', False),
    ('https://github.com/qTox/qtox-irc-logs/blob/master/2016/09/%23qtox_20160927.log.txt#L228', 'chat', 'complaint', 'none', "Tried 'sudo apt-get update' and after that run 'sudo apt-get install qtox' still the same error", False),
    ('https://github.com/qTox/qtox-irc-logs/blob/master/2016/09/%23qtox_20160927.log.txt#L232', 'chat', 'other', 'none', 'try apt-get --list-cleanup update', False),
    ('https://github.com/qTox/qtox-irc-logs/blob/master/2016/09/%23qtox_20160927.log.txt#L233', 'chat', 'complaint', 'none', 'nope, still fails', False),
    ('https://github.com/qTox/qtox-irc-logs/blob/master/2016/09/%23qtox_20160927.log.txt#L239', 'chat', 'other', 'none', "It's working now", False),
    ('https://github.com/qTox/qtox-irc-logs/blob/master/2016/09/%23qtox_20160927.log.txt#L240', 'chat', 'other', 'none', 'Thanks for your help! something must have went wrong on my end when adding the repository or key because retrying from the start worked, sorry for taking your time', False),
    ('https://github.com/qTox/qtox-irc-logs/blob/master/2016/08/%23qtox_20160803.log.txt#L347', 'chat', 'other', 'other', 'right, sometimes travis likes to network timeout', False),
    ('https://github.com/qTox/qtox-irc-logs/blob/master/2016/08/%23qtox_20160803.log.txt#L350', 'chat', 'other', 'none', 'And network timeouts are rare and if they happen you restart the build', False),
    ('https://github.com/qTox/qtox-irc-logs/blob/master/2017/01/%23qtox_20170114.log.txt#L81', 'chat', 'other', 'none', 'It seems that the server that hosts the setup-qtox.exe is broken atm.', False),
    ('https://github.com/qTox/qtox-irc-logs/blob/master/2017/01/%23qtox_20170114.log.txt#L90', 'chat', 'other', 'none', 'Ok it should be working again', False),
    ('https://github.com/qTox/qtox-irc-logs/blob/master/2016/11/%23qtox_20161122.log.txt#L135', 'chat', 'other', 'none', 'Basically ever since this issue was introduced, no-one who uses / relies upon autoupdater has not been able to update', False),
]
