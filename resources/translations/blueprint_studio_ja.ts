<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name></name>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <source>New from &amp;Template…</source>
        <translation>テンプレートから新規(&amp;T)…</translation>
    </message>
    <message>
        <source>start from a realistic blueprint of a sector, or a blank one</source>
        <translation>業界の実例に近いブループリント、または空白から始める</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>PDF をエクスポート(&amp;D)…</translation>
    </message>
    <message>
        <source>Export P&amp;NG…</source>
        <translation>PNG をエクスポート(&amp;N)…</translation>
    </message>
    <message>
        <source>Export S&amp;VG…</source>
        <translation>SVG をエクスポート(&amp;V)…</translation>
    </message>
    <message>
        <source>Export Spreads&amp;heet…</source>
        <translation>スプレッドシートをエクスポート(&amp;H)…</translation>
    </message>
    <message>
        <source>a lane × step grid: every blueprint as a sheet (.xlsx), or this one as .csv</source>
        <translation>レーン × ステップの表：各ブループリントを 1 シートに (.xlsx)、またはこのブループリントを .csv に</translation>
    </message>
    <message>
        <source>&amp;Import Spreadsheet…</source>
        <translation>スプレッドシートを読み込む(&amp;I)…</translation>
    </message>
    <message>
        <source>a new document from a lane × step grid (.xlsx or .csv)</source>
        <translation>レーン × ステップの表 (.xlsx または .csv) から新しい文書を作る</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>切り取り(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>すべて選択(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Edit Card Text</source>
        <translation>カードのテキストを編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <source>in card texts, notes, owners and facets of every blueprint</source>
        <translation>すべてのブループリントのカードのテキスト、メモ、担当者、ファセットから</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>置換(&amp;R)…</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>設定(&amp;F)…</translation>
    </message>
    <message>
        <source>language, theme, autosave, paper and units</source>
        <translation>言語、テーマ、自動保存、用紙、単位</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>挿入(&amp;I)</translation>
    </message>
    <message>
        <source>New &amp;Card in Current Cell</source>
        <translation>現在のセルに新しいカード(&amp;C)</translation>
    </message>
    <message>
        <source>Step &amp;Before</source>
        <translation>前にステップ(&amp;B)</translation>
    </message>
    <message>
        <source>Step &amp;After</source>
        <translation>後にステップ(&amp;A)</translation>
    </message>
    <message>
        <source>De&amp;lete Step</source>
        <translation>ステップを削除(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Lane in This Zone…</source>
        <translation>このゾーンにレーン(&amp;L)…</translation>
    </message>
    <message>
        <source>Delete La&amp;ne</source>
        <translation>レーンを削除(&amp;N)</translation>
    </message>
    <message>
        <source>Delete Bluepr&amp;int</source>
        <translation>ブループリントを削除(&amp;I)</translation>
    </message>
    <message>
        <source>Delete Lane</source>
        <translation>レーンを削除</translation>
    </message>
    <message>
        <source>&amp;Blueprint</source>
        <translation>ブループリント(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;To-Be Variant of This Blueprint</source>
        <translation>このブループリントの To-Be 版(&amp;T)</translation>
    </message>
    <message>
        <source>a copy to redesign as the future state, compared with this one</source>
        <translation>将来像を設計し直すためのコピー（この版と比較されます）</translation>
    </message>
    <message>
        <source>&amp;Rename Blueprint…</source>
        <translation>ブループリント名を変更(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>ウィンドウに合わせる(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Actual Size (100 %)</source>
        <translation>実寸 (100 %)(&amp;A)</translation>
    </message>
    <message>
        <source>Journey Map and &amp;Blueprint</source>
        <translation>ジャーニーマップとブループリント(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Journey Map Only</source>
        <translation>ジャーニーマップのみ(&amp;J)</translation>
    </message>
    <message>
        <source>Blueprint &amp;Only</source>
        <translation>ブループリントのみ(&amp;O)</translation>
    </message>
    <message>
        <source>Journey &amp;Rows</source>
        <translation>ジャーニーの行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Next Blueprint</source>
        <translation>次のブループリント(&amp;N)</translation>
    </message>
    <message>
        <source>Pre&amp;vious Blueprint</source>
        <translation>前のブループリント(&amp;V)</translation>
    </message>
    <message>
        <source>O&amp;utline</source>
        <translation>アウトライン(&amp;U)</translation>
    </message>
    <message>
        <source>the document as a tree, for the keyboard and screen readers</source>
        <translation>文書をツリーで表示（キーボードとスクリーンリーダー向け）</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>プレゼンテーション(&amp;P)</translation>
    </message>
    <message>
        <source>full screen, stage by stage, for a workshop projector; Esc returns</source>
        <translation>全画面でステージごとに（ワークショップのプロジェクター向け）。Esc で戻る</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>INFO</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>From “{start}” to “{end}”</source>
        <translation>「{start}」から「{end}」まで</translation>
    </message>
    <message>
        <source>Customer&apos;s goal: {goal}</source>
        <translation>顧客の目標：{goal}</translation>
    </message>
    <message>
        <source>over the acceptable time</source>
        <translation>許容時間を超過</translation>
    </message>
    <message>
        <source>within the acceptable time</source>
        <translation>許容時間内</translation>
    </message>
    <message>
        <source>Journey time</source>
        <translation>ジャーニーの所要時間</translation>
    </message>
    <message>
        <source>Customer&apos;s own time and waits</source>
        <translation>顧客自身の時間と待ち</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>moments of truth: {count}</source>
        <translation>真実の瞬間：{count}</translation>
    </message>
    <message>
        <source>open: {count}</source>
        <translation>未対応：{count}</translation>
    </message>
    <message>
        <source>Encounters · handoffs</source>
        <translation>接点 · 引き継ぎ</translation>
    </message>
    <message>
        <source>customer meets staff · work changes hands</source>
        <translation>顧客とスタッフが接する · 作業が引き継がれる</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>ステージ</translation>
    </message>
    <message>
        <source>Top fail points (of {count})</source>
        <translation>主な失敗ポイント（全 {count} 件）</translation>
    </message>
    <message>
        <source>Fail points: none marked</source>
        <translation>失敗ポイント：マークなし</translation>
    </message>
    <message>
        <source>Where the customer feels worst</source>
        <translation>顧客の気持ちが最も落ち込むところ</translation>
    </message>
    <message>
        <source>Executive summary · printed {date} with Blueprint Studio {version}</source>
        <translation>経営向け要約 · {date} に Blueprint Studio {version} で印刷</translation>
    </message>
    <message>
        <source>No stages: name stages in the editor to see the journey in phases.</source>
        <translation>ステージがありません：エディタでステージに名前を付けると、ジャーニーを段階ごとに見られます。</translation>
    </message>
    <message>
        <source>steps: {steps} · fail points: {fails}</source>
        <translation>ステップ：{steps} · 失敗ポイント：{fails}</translation>
    </message>
    <message>
        <source>Fail point</source>
        <translation>失敗ポイント</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>a persona</source>
        <translation>あるペルソナ</translation>
    </message>
    <message>
        <source>{title} — executive summary</source>
        <translation>{title} — 経営向け要約</translation>
    </message>
    <message>
        <source>Failure mode</source>
        <translation>故障モード</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>影響</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>RPN</source>
        <translation>RPN</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>回復策</translation>
    </message>
    <message>
        <source> (dismissed)</source>
        <translation>（除外）</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Fail points</source>
        <translation>失敗ポイント</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Synergies</source>
        <translation>シナジー</translation>
    </message>
    <message>
        <source>Show the critical path on the canvas</source>
        <translation>クリティカルパスをキャンバスに表示</translation>
    </message>
    <message>
        <source>Show encounters and handoffs on the lines</source>
        <translation>接点と引き継ぎをラインに表示</translation>
    </message>
    <message>
        <source>Stage / step</source>
        <translation>ステージ / ステップ</translation>
    </message>
    <message>
        <source>Acceptable</source>
        <translation>許容</translation>
    </message>
    <message>
        <source>Critical path (longest chain along flow arrows):</source>
        <translation>クリティカルパス（フロー矢印に沿った最長の連鎖）：</translation>
    </message>
    <message>
        <source>Rate severity, occurrence and detection 1–10; RPN = S × O × D. Double-click Recovery to choose its cards.</source>
        <translation>重大度・発生度・検出度を 1〜10 で評価。RPN = S × O × D。回復策をダブルクリックしてカードを選ぶ。</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>除外</translation>
    </message>
    <message>
        <source>Set this finding aside; the choice is saved with the blueprint</source>
        <translation>この指摘を除外する（ブループリントに保存されます）</translation>
    </message>
    <message>
        <source>Show dismissed</source>
        <translation>除外したものを表示</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Used by steps</source>
        <translation>使うステップ</translation>
    </message>
    <message>
        <source>Blueprints</source>
        <translation>ブループリント</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>レーン</translation>
    </message>
    <message>
        <source>Used by several steps: candidates to share or automate.</source>
        <translation>複数のステップで使用：共有や自動化の候補。</translation>
    </message>
    <message>
        <source>Analysis failed: {problem}</source>
        <translation>分析に失敗しました：{problem}</translation>
    </message>
    <message>
        <source> — acceptable {limit}: &lt;b&gt;over&lt;/b&gt;</source>
        <translation> — 許容 {limit}：&lt;b&gt;超過&lt;/b&gt;</translation>
    </message>
    <message>
        <source> — acceptable {limit}: within</source>
        <translation> — 許容 {limit}：範囲内</translation>
    </message>
    <message>
        <source>&lt;b&gt;Journey:&lt;/b&gt; {journey}{verdict}&lt;br&gt;&lt;b&gt;Customer&apos;s time and waits:&lt;/b&gt; {customer}&lt;br&gt;&lt;b&gt;Organisation&apos;s:&lt;/b&gt; {organisation}&lt;br&gt;&lt;b&gt;Encounters:&lt;/b&gt; {encounters} · &lt;b&gt;handoffs:&lt;/b&gt; {handoffs}</source>
        <translation>&lt;b&gt;ジャーニー：&lt;/b&gt;{journey}{verdict}&lt;br&gt;&lt;b&gt;顧客の時間と待ち：&lt;/b&gt;{customer}&lt;br&gt;&lt;b&gt;組織：&lt;/b&gt;{organisation}&lt;br&gt;&lt;b&gt;接点：&lt;/b&gt;{encounters} · &lt;b&gt;引き継ぎ：&lt;/b&gt;{handoffs}</translation>
    </message>
    <message>
        <source>(no stage)</source>
        <translation>（ステージなし）</translation>
    </message>
    <message>
        <source>Typically takes longer than its acceptable time</source>
        <translation>許容時間を超えることが多い</translation>
    </message>
    <message>
        <source>No chain of two or more cards along flow arrows.</source>
        <translation>フロー矢印に沿った 2 枚以上のカードの連鎖はありません。</translation>
    </message>
    <message>
        <source>Checks ({count})</source>
        <translation>チェック ({count})</translation>
    </message>
    <message>
        <source>{column}: rate from 1 to 10, or leave empty</source>
        <translation>{column}：1〜10 で評価するか空欄に</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>ファイルを開けません</translation>
    </message>
    <message>
        <source>open elsewhere by {holder}</source>
        <translation>{holder} が別の場所で開いています</translation>
    </message>
    <message>
        <source>it would be {size} MB when saved, more than the {most} MB a .bpx may hold</source>
        <translation>保存すると {size} MB になり、.bpx に収まる {most} MB を超えます</translation>
    </message>
    <message>
        <source>Autosave not restored</source>
        <translation>自動保存を復元できませんでした</translation>
    </message>
    <message>
        <source>{problem}. The snapshot was moved to {folder}.</source>
        <translation>{problem}。スナップショットは {folder} に移動しました。</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>問題が発生しました</translation>
    </message>
    <message>
        <source>{kind}: {error}

Your open documents are unchanged and autosaved; details are in {log}.</source>
        <translation>{kind}：{error}

開いている文書は変更されず、自動保存されています。詳細は {log} にあります。</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Frontstage</source>
        <translation>フロントステージ</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>バックステージ</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>サポート</translation>
    </message>
    <message>
        <source>Card and arrow notes</source>
        <translation>カードと矢印のメモ</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Facet tags (teams, systems…)</source>
        <translation>ファセットのタグ（チーム、システム…）</translation>
    </message>
    <message>
        <source>Fail points&apos; register entries</source>
        <translation>失敗ポイント台帳の項目</translation>
    </message>
    <message>
        <source>Print Audiences</source>
        <translation>印刷の対象者</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>挿入</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移動</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>Add image</source>
        <translation>画像を追加</translation>
    </message>
    <message>
        <source>The one-page executive summary instead of the wall</source>
        <translation>壁の代わりに 1 ページの経営向け要約</translation>
    </message>
    <message>
        <source>Zones shown</source>
        <translation>表示するゾーン</translation>
    </message>
    <message>
        <source>Lanes left out</source>
        <translation>省くレーン</translation>
    </message>
    <message>
        <source>Only these stages</source>
        <translation>これらのステージのみ</translation>
    </message>
    <message>
        <source>From step</source>
        <translation>開始ステップ</translation>
    </message>
    <message>
        <source>To step</source>
        <translation>終了ステップ</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>残す</translation>
    </message>
    <message>
        <source>(the first)</source>
        <translation>（最初）</translation>
    </message>
    <message>
        <source>(the last)</source>
        <translation>（最後）</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>（名前なし）</translation>
    </message>
    <message>
        <source>Audience {number}</source>
        <translation>対象者 {number}</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Compare this blueprint with:</source>
        <translation>このブループリントと比較：</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Untitled blueprint</source>
        <translation>無題のブループリント</translation>
    </message>
    <message>
        <source>Another file: {name}</source>
        <translation>別のファイル：{name}</translation>
    </message>
    <message>
        <source>Another file…</source>
        <translation>別のファイル…</translation>
    </message>
    <message>
        <source>Choose the as-is blueprint, or another file&apos;s version of this one.</source>
        <translation>現状 (As-Is) のブループリント、または別ファイルにあるこの版を選ぶ。</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>違いはありません。</translation>
    </message>
    <message>
        <source>Cards: {added} added, {removed} removed, {changed} changed, {moved} moved; {count} changes in all.</source>
        <translation>カード：追加 {added}、削除 {removed}、変更 {changed}、移動 {moved}。変更は合計 {count} 件。</translation>
    </message>
    <message>
        <source>Blueprint Studio files (*.bpx);;All files (*)</source>
        <translation>Blueprint Studio ファイル (*.bpx);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>Save the changes to “{name}” before closing?</source>
        <translation>閉じる前に「{name}」の変更を保存しますか？</translation>
    </message>
    <message>
        <source>Open blueprint</source>
        <translation>ブループリントを開く</translation>
    </message>
    <message>
        <source>Import spreadsheet</source>
        <translation>スプレッドシートを読み込む</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>スプレッドシート (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Save blueprint as</source>
        <translation>ブループリントに名前を付けて保存</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>PNG をエクスポート</translation>
    </message>
    <message>
        <source>Export SVG</source>
        <translation>SVG を書き出し</translation>
    </message>
    <message>
        <source>Resolution (dots per inch):</source>
        <translation>解像度 (dpi)：</translation>
    </message>
    <message>
        <source>The diagram only (no title, legend or personas)</source>
        <translation>図のみ（タイトル、凡例、ペルソナなし）</translation>
    </message>
    <message>
        <source>Card notes and owners: a number on each card, the notes listed under the blueprint</source>
        <translation>カードのメモと担当者：各カードに番号、メモはブループリントの下に一覧</translation>
    </message>
    <message>
        <source>Keep the text as text (searchable; embedded fonts show in browsers only)</source>
        <translation>テキストをテキストのまま残す（検索可能。埋め込みフォントはブラウザーでのみ表示）</translation>
    </message>
    <message>
        <source>Check that each lane was read as the kind you meant:</source>
        <translation>各レーンが意図した種類として読み込まれたか確認してください：</translation>
    </message>
    <message>
        <source>Document already open</source>
        <translation>文書はすでに開かれています</translation>
    </message>
    <message>
        <source>“{name}” is already open: {holder}.</source>
        <translation>「{name}」はすでに開かれています：{holder}。</translation>
    </message>
    <message>
        <source>Open it read-only, open a copy to edit separately, or cancel.</source>
        <translation>読み取り専用で開く、別に編集するコピーを開く、またはキャンセル。</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>読み取り専用で開く</translation>
    </message>
    <message>
        <source>Open a copy</source>
        <translation>コピーを開く</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>未保存の作業を復元</translation>
    </message>
    <message>
        <source>Blueprint Studio did not close properly. Restore the autosaved work?

{listing}</source>
        <translation>Blueprint Studio は正常に終了しませんでした。自動保存された作業を復元しますか？

{listing}</translation>
    </message>
    <message>
        <source>Recovery cards</source>
        <translation>回復策のカード</translation>
    </message>
    <message>
        <source>Filter cards</source>
        <translation>カードを絞り込む</translation>
    </message>
    <message>
        <source>Teams and departments</source>
        <translation>チームと部署</translation>
    </message>
    <message>
        <source>Systems and software</source>
        <translation>システムとソフトウェア</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>タッチポイント</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>アクター</translation>
    </message>
    <message>
        <source>Facets</source>
        <translation>ファセット</translation>
    </message>
    <message>
        <source>Tick to highlight their cards; tag cards in Properties.</source>
        <translation>チェックするとカードを強調。カードへのタグ付けはプロパティで。</translation>
    </message>
    <message>
        <source>Facet</source>
        <translation>ファセット</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>カード</translation>
    </message>
    <message>
        <source>new facet, e.g. Licensing team</source>
        <translation>新しいファセット（例：ライセンス担当）</translation>
    </message>
    <message>
        <source>Clear highlight</source>
        <translation>強調を解除</translation>
    </message>
    <message>
        <source>Colour of {facet}</source>
        <translation>{facet} の色</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>保存できません</translation>
    </message>
    <message>
        <source>{error}. Choose another name.</source>
        <translation>{error}。別の名前を選んでください。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>保存されていません</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>{name} を保存しました</translation>
    </message>
    <message>
        <source>Saving {name}…</source>
        <translation>{name} を保存中…</translation>
    </message>
    <message>
        <source>Autosave failed: {problem}</source>
        <translation>自動保存に失敗しました：{problem}</translation>
    </message>
    <message>
        <source>This document is {percent}% of the largest Blueprint Studio can save; move some blueprints into a file of their own</source>
        <translation>この文書は Blueprint Studio が保存できる最大サイズの {percent}% に達しています。いくつかのブループリントを別のファイルに移してください</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Find in card texts, notes, owners and facets</source>
        <translation>カードのテキスト、メモ、担当者、ファセットを検索</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>置換後の文字列</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>大文字と小文字を区別</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>単語単位</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>置換</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>すべて置換</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>一致なし</translation>
    </message>
    <message>
        <source>Matches: {count} · cards: {cards} · facets: {facets}</source>
        <translation>一致：{count} · カード：{cards} · ファセット：{facets}</translation>
    </message>
    <message>
        <source>Replaced: {count}</source>
        <translation>置換：{count}</translation>
    </message>
    <message>
        <source>Double-click an empty cell</source>
        <translation>空のセルをダブルクリック</translation>
    </message>
    <message>
        <source>a new card there (Enter keeps it, Esc drops it)</source>
        <translation>そこに新しいカード（Enter で確定、Esc で破棄）</translation>
    </message>
    <message>
        <source>Double-click a card, F2 or Enter</source>
        <translation>カードをダブルクリック、F2 または Enter</translation>
    </message>
    <message>
        <source>edit its text (Shift+Enter breaks the line)</source>
        <translation>テキストを編集（Shift+Enter で改行）</translation>
    </message>
    <message>
        <source>Arrows</source>
        <translation>矢印キー</translation>
    </message>
    <message>
        <source>move the cell cursor</source>
        <translation>セルカーソルを移動</translation>
    </message>
    <message>
        <source>Ctrl+arrows</source>
        <translation>Ctrl+矢印キー</translation>
    </message>
    <message>
        <source>move the selected cards a cell over</source>
        <translation>選択したカードを 1 セル移動</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>the next card in the lane</source>
        <translation>レーンの次のカード</translation>
    </message>
    <message>
        <source>Drag a card&apos;s right-hand handle</source>
        <translation>カードの右側のハンドルをドラッグ</translation>
    </message>
    <message>
        <source>an arrow to another card</source>
        <translation>別のカードへの矢印</translation>
    </message>
    <message>
        <source>Ctrl+wheel, Ctrl+= / Ctrl+-</source>
        <translation>Ctrl+ホイール、Ctrl+= / Ctrl+-</translation>
    </message>
    <message>
        <source>zoom; Ctrl+0 fits, Ctrl+1 is 100 %</source>
        <translation>ズーム。Ctrl+0 で全体、Ctrl+1 で 100 %</translation>
    </message>
    <message>
        <source>Wheel, Shift+wheel, middle-drag, Space+drag</source>
        <translation>ホイール、Shift+ホイール、中ボタンドラッグ、Space+ドラッグ</translation>
    </message>
    <message>
        <source>pan</source>
        <translation>スクロール</translation>
    </message>
    <message>
        <source>+ and − on the Emotions row</source>
        <translation>感情の行で + と −</translation>
    </message>
    <message>
        <source>score the cursor&apos;s step; Up/Down move a selected point</source>
        <translation>カーソルのステップを採点。上下キーで選択した点を移動</translation>
    </message>
    <message>
        <source>the customer meets the organisation: above it, what the customer does</source>
        <translation>顧客と組織が出会う線。上は顧客の行動</translation>
    </message>
    <message>
        <source>what the customer can see (above) and what happens out of sight (below)</source>
        <translation>顧客に見えるもの（上）と見えないところで起きること（下）</translation>
    </message>
    <message>
        <source>frontline and backstage staff meet the support functions</source>
        <translation>フロントとバックステージの担当者がサポート部門と接する線</translation>
    </message>
    <message>
        <source>flow: what happens next</source>
        <translation>フロー：次に起きること</translation>
    </message>
    <message>
        <source>two-way: an exchange (the customer and a member of staff)</source>
        <translation>双方向：やり取り（顧客とスタッフ）</translation>
    </message>
    <message>
        <source>information: data or a message passed on</source>
        <translation>情報：受け渡されるデータやメッセージ</translation>
    </message>
    <message>
        <source>A service blueprint (Shostack 1984; Bitner, Ostrom and Morgan 2008): steps run left to right, lanes hold the cards, and three lines divide the lanes.</source>
        <translation>サービスブループリント（Shostack 1984、Bitner・Ostrom・Morgan 2008）：ステップは左から右へ進み、レーンにカードが入り、3 本の線がレーンを区切ります。</translation>
    </message>
    <message>
        <source>★ marks a moment of truth; a step&apos;s time is under its name; the Emotions row plots each persona from −2 to +2 (dashed: the designed to-be curve).</source>
        <translation>★ は真実の瞬間。ステップの時間は名前の下。感情の行は各ペルソナを −2〜+2 で描きます（破線は設計した To-Be の曲線）。</translation>
    </message>
    <message>
        <source>An offline editor for service blueprints and customer journey maps. MIT licence.</source>
        <translation>サービスブループリントとカスタマージャーニーマップのためのオフラインエディタ。MIT ライセンス。</translation>
    </message>
    <message>
        <source>Python {python}, Qt for Python {pyside}, on {system}.</source>
        <translation>Python {python}、Qt for Python {pyside}、{system} 上。</translation>
    </message>
    <message>
        <source>The fonts&apos; licence texts are installed beside them, in {folder}.</source>
        <translation>フォントのライセンス文はフォントと同じ場所 {folder} にあります。</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Notation Legend</source>
        <translation>表記の凡例</translation>
    </message>
    <message>
        <source>About Blueprint Studio</source>
        <translation>Blueprint Studio について</translation>
    </message>
    <message>
        <source>{user} on {host} (process {pid}) since {when}</source>
        <translation>{host} の {user}（プロセス {pid}）、{when} から</translation>
    </message>
    <message>
        <source>an unsaved document</source>
        <translation>未保存の文書</translation>
    </message>
    <message>
        <source>{name}, autosaved {when}</source>
        <translation>{name}（{when} に自動保存）</translation>
    </message>
    <message>
        <source>{inches} in</source>
        <translation>{inches} インチ</translation>
    </message>
    <message>
        <source>{metres} m</source>
        <translation>{metres} m</translation>
    </message>
    <message>
        <source>{millimetres} mm</source>
        <translation>{millimetres} mm</translation>
    </message>
    <message>
        <source>wk</source>
        <translation>週</translation>
    </message>
    <message>
        <source>d</source>
        <translation>日</translation>
    </message>
    <message>
        <source>h</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>min</source>
        <translation>分</translation>
    </message>
    <message>
        <source>s</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>under 1 s</source>
        <translation>1 秒未満</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>未見積もり</translation>
    </message>
    <message>
        <source>(+{count} not in numbers)</source>
        <translation>（数値なし +{count}）</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>思考</translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation>気持ち</translation>
    </message>
    <message>
        <source>Emotions</source>
        <translation>感情</translation>
    </message>
    <message>
        <source>Touchpoints and channels</source>
        <translation>タッチポイントとチャネル</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>ペインポイント</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>機会</translation>
    </message>
    <message>
        <source>Physical evidence</source>
        <translation>物的証拠</translation>
    </message>
    <message>
        <source>Customer actions</source>
        <translation>顧客の行動</translation>
    </message>
    <message>
        <source>Support processes</source>
        <translation>支援プロセス</translation>
    </message>
    <message>
        <source>New lane</source>
        <translation>新しいレーン</translation>
    </message>
    <message>
        <source>Line of interaction</source>
        <translation>インタラクションライン</translation>
    </message>
    <message>
        <source>Line of visibility</source>
        <translation>可視ライン</translation>
    </message>
    <message>
        <source>Line of internal interaction</source>
        <translation>内部インタラクションライン</translation>
    </message>
    <message>
        <source>Wait point</source>
        <translation>待ちポイント</translation>
    </message>
    <message>
        <source>Decision point</source>
        <translation>判断ポイント</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>ペインポイント</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>機会</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>離脱</translation>
    </message>
    <message>
        <source>Item missing</source>
        <translation>欠品</translation>
    </message>
    <message>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>担当</translation>
    </message>
    <message>
        <source>facet</source>
        <translation>ファセット</translation>
    </message>
    <message>
        <source>Step {number}</source>
        <translation>ステップ {number}</translation>
    </message>
    <message>
        <source>Untitled journey map</source>
        <translation>無題のジャーニーマップ</translation>
    </message>
    <message>
        <source>Aware</source>
        <translation>認知</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>選択</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>利用</translation>
    </message>
    <message>
        <source>Stay or leave</source>
        <translation>継続か離脱か</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>ウィンドウ(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>プロパティ(&amp;P)</translation>
    </message>
    <message>
        <source>P&amp;ersonas</source>
        <translation>ペルソナ(&amp;E)</translation>
    </message>
    <message>
        <source>F&amp;acets</source>
        <translation>ファセット(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>比較(&amp;C)</translation>
    </message>
    <message>
        <source>A&amp;nalysis</source>
        <translation>分析(&amp;N)</translation>
    </message>
    <message>
        <source>O&amp;verview</source>
        <translation>全体図(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>検索(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Outline</source>
        <translation>アウトライン(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Notation Legend</source>
        <translation>表記の凡例(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;About Blueprint Studio</source>
        <translation>Blueprint Studio について(&amp;A)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source> New arrows: </source>
        <translation> 新しい矢印：</translation>
    </message>
    <message>
        <source>New arrows</source>
        <translation>新しい矢印</translation>
    </message>
    <message>
        <source> Scores go to: </source>
        <translation> 採点の対象：</translation>
    </message>
    <message>
        <source>Scores go to</source>
        <translation>採点の対象</translation>
    </message>
    <message>
        <source>Whose emotion curve a double-click or + and − in the Emotions row sets</source>
        <translation>感情の行でダブルクリックや + / − が設定する感情曲線の持ち主</translation>
    </message>
    <message>
        <source>Blueprint canvas</source>
        <translation>ブループリントのキャンバス</translation>
    </message>
    <message>
        <source>Arrows move the cell cursor, Enter edits, Ctrl+Return adds a card; View ▸ Outline (Ctrl+Shift+O) reads the same blueprint as a tree.</source>
        <translation>矢印キーでセルカーソルを移動、Enter で編集、Ctrl+Return でカードを追加。表示 ▸ アウトライン (Ctrl+Shift+O) で同じブループリントをツリーとして読めます。</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation>（読み取り専用）</translation>
    </message>
    <message>
        <source>{document}[*]{read_only} — Blueprint Studio</source>
        <translation>{document}[*]{read_only} — Blueprint Studio</translation>
    </message>
    <message>
        <source>Unnamed persona</source>
        <translation>名前のないペルソナ</translation>
    </message>
    <message>
        <source>{persona} (to-be)</source>
        <translation>{persona}（To-Be）</translation>
    </message>
    <message>
        <source>a new persona</source>
        <translation>新しいペルソナ</translation>
    </message>
    <message>
        <source>That card is in a row the current view hides.</source>
        <translation>このカードは現在の表示で隠れている行にあります。</translation>
    </message>
    <message>
        <source>Cards here carrying the facet “{facet}”: {count}</source>
        <translation>ファセット「{facet}」を持つカード：{count}</translation>
    </message>
    <message>
        <source>The clipboard holds {count} lines; pasting one card per line would make too many (at most {most}).</source>
        <translation>クリップボードには {count} 行あります。1 行 1 枚のカードでは多すぎます（最大 {most}）。</translation>
    </message>
    <message>
        <source>Rename step</source>
        <translation>ステップ名を変更</translation>
    </message>
    <message>
        <source>Step name:</source>
        <translation>ステップ名：</translation>
    </message>
    <message>
        <source>Note on the line</source>
        <translation>ライン上のメモ</translation>
    </message>
    <message>
        <source>Written on the {line} at “{step}”:</source>
        <translation>「{step}」の{line}に書くメモ：</translation>
    </message>
    <message>
        <source>Dismiss finding</source>
        <translation>指摘を除外</translation>
    </message>
    <message>
        <source>Restore finding</source>
        <translation>指摘を戻す</translation>
    </message>
    <message>
        <source>Paste cards</source>
        <translation>カードを貼り付け</translation>
    </message>
    <message>
        <source>Paste card</source>
        <translation>カードを貼り付け</translation>
    </message>
    <message>
        <source>Delete cards</source>
        <translation>カードを削除</translation>
    </message>
    <message>
        <source>Delete card</source>
        <translation>カードを削除</translation>
    </message>
    <message>
        <source>Move cards</source>
        <translation>カードを移動</translation>
    </message>
    <message>
        <source>Edit card</source>
        <translation>カードを編集</translation>
    </message>
    <message>
        <source>Connect cards</source>
        <translation>カードをつなぐ</translation>
    </message>
    <message>
        <source>Delete arrows</source>
        <translation>矢印を削除</translation>
    </message>
    <message>
        <source>Edit arrow</source>
        <translation>矢印を編集</translation>
    </message>
    <message>
        <source>Insert step</source>
        <translation>ステップを挿入</translation>
    </message>
    <message>
        <source>Delete step</source>
        <translation>ステップを削除</translation>
    </message>
    <message>
        <source>Move step</source>
        <translation>ステップを移動</translation>
    </message>
    <message>
        <source>Edit step</source>
        <translation>ステップを編集</translation>
    </message>
    <message>
        <source>Rename stage</source>
        <translation>ステージ名を変更</translation>
    </message>
    <message>
        <source>Rename lane</source>
        <translation>レーン名を変更</translation>
    </message>
    <message>
        <source>Delete lane</source>
        <translation>レーンを削除</translation>
    </message>
    <message>
        <source>Add blueprint</source>
        <translation>ブループリントを追加</translation>
    </message>
    <message>
        <source>Delete blueprint</source>
        <translation>ブループリントを削除</translation>
    </message>
    <message>
        <source>Duplicate as to-be</source>
        <translation>To-Be として複製</translation>
    </message>
    <message>
        <source>Move blueprint</source>
        <translation>ブループリントを移動</translation>
    </message>
    <message>
        <source>Edit blueprint</source>
        <translation>ブループリントを編集</translation>
    </message>
    <message>
        <source>Lane name:</source>
        <translation>レーン名：</translation>
    </message>
    <message>
        <source>Add lane</source>
        <translation>レーンを追加</translation>
    </message>
    <message>
        <source>Name of the new lane:</source>
        <translation>新しいレーンの名前：</translation>
    </message>
    <message>
        <source>Insert Step Before</source>
        <translation>前にステップを挿入</translation>
    </message>
    <message>
        <source>Insert Step After</source>
        <translation>後にステップを挿入</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>名前を変更…</translation>
    </message>
    <message>
        <source>Duration and Stage…</source>
        <translation>所要時間とステージ…</translation>
    </message>
    <message>
        <source>Delete Step</source>
        <translation>ステップを削除</translation>
    </message>
    <message>
        <source>Hide Row</source>
        <translation>行を隠す</translation>
    </message>
    <message>
        <source>Add Lane Above (same zone)</source>
        <translation>上にレーンを追加（同じゾーン）</translation>
    </message>
    <message>
        <source>Add Lane Below (same zone)</source>
        <translation>下にレーンを追加（同じゾーン）</translation>
    </message>
    <message>
        <source>New Blueprint</source>
        <translation>新しいブループリント</translation>
    </message>
    <message>
        <source>Rename blueprint</source>
        <translation>ブループリント名を変更</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>タイトル：</translation>
    </message>
    <message>
        <source>{kind} files (*{suffix})</source>
        <translation>{kind} ファイル (*{suffix})</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>エクスポートされていません</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>{name} をエクスポートしました</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, this blueprint only (*.csv)</source>
        <translation>Excel ブック (*.xlsx);;CSV、このブループリントのみ (*.csv)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>読み込めません</translation>
    </message>
    <message>
        <source>Imported {name}</source>
        <translation>{name} を読み込みました</translation>
    </message>
    <message>
        <source>Imported {name}: {count} blueprint(s). Save to keep it.</source>
        <translation>{name} を読み込みました：ブループリント {count} 件。残すには保存してください。</translation>
    </message>
    <message>
        <source>card, {lane}, step {step}: {text}</source>
        <translation>カード、{lane}、ステップ {step}：{text}</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>アウトライン</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Marks and time</source>
        <translation>マークと時間</translation>
    </message>
    <message>
        <source>Outline of the document</source>
        <translation>文書のアウトライン</translation>
    </message>
    <message>
        <source>Blueprints, stages, steps, lanes and cards. F2 edits, Insert adds a card, Delete deletes.</source>
        <translation>ブループリント、ステージ、ステップ、レーン、カード。F2 で編集、Insert でカード追加、Delete で削除。</translation>
    </message>
    <message>
        <source>blueprint {title}, steps: {steps}, cards: {cards}</source>
        <translation>ブループリント {title}、ステップ：{steps}、カード：{cards}</translation>
    </message>
    <message>
        <source>Scenario: {start} → {end}</source>
        <translation>シナリオ：{start} → {end}</translation>
    </message>
    <message>
        <source>Owner: {owner}</source>
        <translation>担当: {owner}</translation>
    </message>
    <message>
        <source>Notes on the cards</source>
        <translation>カードのメモ</translation>
    </message>
    <message>
        <source>Printed {date} with Blueprint Studio {version} · {page}</source>
        <translation>{date} に Blueprint Studio {version} で印刷 · {page}</translation>
    </message>
    <message>
        <source>stage {name}</source>
        <translation>ステージ {name}</translation>
    </message>
    <message>
        <source>all steps</source>
        <translation>全ステップ</translation>
    </message>
    <message>
        <source>page {number} of {count}</source>
        <translation>{number} / {count} ページ</translation>
    </message>
    <message>
        <source>strips: {count}</source>
        <translation>帯：{count}</translation>
    </message>
    <message>
        <source>Assembly map — {title}</source>
        <translation>組み立て図 — {title}</translation>
    </message>
    <message>
        <source>{rows} × {columns} = {count} pages; finished size {width} × {height} (scale {scale}).</source>
        <translation>{rows} × {columns} = {count} ページ。仕上がり {width} × {height}（倍率 {scale}）。</translation>
    </message>
    <message>
        <source>Print at 100 % (no “fit to page”). Neighbouring pages overlap by {overlap}: trim each page along its crop marks on the right and bottom, lay it over the next one matching the registration marks, and tape.</source>
        <translation>100 % で印刷してください（「ページに合わせる」は使わない）。隣のページとは {overlap} 重なります：各ページの右と下をトンボに沿って切り、見当合わせマークを合わせて次のページに重ね、テープで留めます。</translation>
    </message>
    <message>
        <source>tile {label}</source>
        <translation>タイル {label}</translation>
    </message>
    <message>
        <source>row {row} of {rows}, column {column} of {columns}</source>
        <translation>{rows} 行中 {row} 行目、{columns} 列中 {column} 列目</translation>
    </message>
    <message>
        <source>moment of truth</source>
        <translation>真実の瞬間</translation>
    </message>
    <message>
        <source>step {name}</source>
        <translation>ステップ {name}</translation>
    </message>
    <message>
        <source>lane {name}, cards: {count}</source>
        <translation>レーン {name}、カード：{count}</translation>
    </message>
    <message>
        <source>New card</source>
        <translation>新しいカード</translation>
    </message>
    <message>
        <source>The whole blueprint: click or drag to show that part</source>
        <translation>ブループリント全体：クリックまたはドラッグでその部分を表示</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>全体図</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>ペルソナ</translation>
    </message>
    <message>
        <source>Checked personas are followed in this blueprint:</source>
        <translation>チェックしたペルソナをこのブループリントで追います：</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <source>Role or segment</source>
        <translation>役割またはセグメント</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>一言</translation>
    </message>
    <message>
        <source>About</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>ニーズ</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>不満</translation>
    </message>
    <message>
        <source>one per line</source>
        <translation>1 行に 1 つ</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>色…</translation>
    </message>
    <message>
        <source>Photo…</source>
        <translation>写真…</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>写真なし</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>外観</translation>
    </message>
    <message>
        <source>no photo</source>
        <translation>写真なし</translation>
    </message>
    <message>
        <source>not an image</source>
        <translation>画像ではありません</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>新しいペルソナ</translation>
    </message>
    <message>
        <source>Edit persona</source>
        <translation>ペルソナを編集</translation>
    </message>
    <message>
        <source>Delete persona</source>
        <translation>ペルソナを削除</translation>
    </message>
    <message>
        <source>Move persona</source>
        <translation>ペルソナを移動</translation>
    </message>
    <message>
        <source>Follow personas</source>
        <translation>ペルソナを追う</translation>
    </message>
    <message>
        <source>Set persona photo</source>
        <translation>ペルソナの写真を設定</translation>
    </message>
    <message>
        <source>Clear emotion score</source>
        <translation>感情スコアを消去</translation>
    </message>
    <message>
        <source>Set emotion score</source>
        <translation>感情スコアを設定</translation>
    </message>
    <message>
        <source>Change emotion score</source>
        <translation>感情スコアを変更</translation>
    </message>
    <message>
        <source>Edit emotion reason</source>
        <translation>感情の理由を編集</translation>
    </message>
    <message>
        <source>Show journey map and blueprint</source>
        <translation>ジャーニーマップとブループリントを表示</translation>
    </message>
    <message>
        <source>Show journey map only</source>
        <translation>ジャーニーマップのみ表示</translation>
    </message>
    <message>
        <source>Show blueprint only</source>
        <translation>ブループリントのみ表示</translation>
    </message>
    <message>
        <source>Show row</source>
        <translation>行を表示</translation>
    </message>
    <message>
        <source>Hide row</source>
        <translation>行を隠す</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>行を追加</translation>
    </message>
    <message>
        <source>Persona colour</source>
        <translation>ペルソナの色</translation>
    </message>
    <message>
        <source>Persona photo</source>
        <translation>ペルソナの写真</translation>
    </message>
    <message>
        <source>Presenting {title}</source>
        <translation>{title} をプレゼンテーション中</translation>
    </message>
    <message>
        <source>{title} · stage {number} of {count}: {stage}</source>
        <translation>{title} · ステージ {number}/{count}：{stage}</translation>
    </message>
    <message>
        <source>{caption}    ·    {number} / {count}    ·    → next   ← back   Esc ends</source>
        <translation>{caption}    ·    {number} / {count}    ·    → 次へ   ← 戻る   Esc で終了</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>印刷</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>the document&apos;s own audiences: zones, lanes, stages or steps, and what is left out</source>
        <translation>文書独自の対象者：ゾーン、レーン、ステージ、ステップ、そして省くもの</translation>
    </message>
    <message>
        <source>Workshop sheet: the empty grid, cells sized for sticky notes</source>
        <translation>ワークショップ用シート：付箋サイズのセルの空のグリッド</translation>
    </message>
    <message>
        <source> a cell</source>
        <translation> 1 セル</translation>
    </message>
    <message>
        <source>One page (plotter or single sheet)</source>
        <translation>1 ページ（プロッターまたは 1 枚）</translation>
    </message>
    <message>
        <source>Strips stacked on one page, cut between stages</source>
        <translation>1 ページに重ねた帯（ステージの区切りで分割）</translation>
    </message>
    <message>
        <source>Tiles on office paper, to tape together</source>
        <translation>事務用紙にタイル状に（貼り合わせ用）</translation>
    </message>
    <message>
        <source>A page per stage (handouts), lane names repeated</source>
        <translation>ステージごとに 1 ページ（配布用）、レーン名を繰り返す</translation>
    </message>
    <message>
        <source>as many as print largest</source>
        <translation>最大に印刷できる数</translation>
    </message>
    <message>
        <source>Exactly the chosen size</source>
        <translation>選んだサイズちょうど</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>横向き</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>縦向き</translation>
    </message>
    <message>
        <source>Fit the paper</source>
        <translation>用紙に合わせる</translation>
    </message>
    <message>
        <source>Overall width</source>
        <translation>全体の幅</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source> in</source>
        <translation> インチ</translation>
    </message>
    <message>
        <source>This blueprint ({title})</source>
        <translation>このブループリント（{title}）</translation>
    </message>
    <message>
        <source>All {count} blueprints</source>
        <translation>全 {count} 件のブループリント</translation>
    </message>
    <message>
        <source>Scale down to fit</source>
        <translation>縮小して収める</translation>
    </message>
    <message>
        <source>Wrap into strips</source>
        <translation>帯に折り返す</translation>
    </message>
    <message>
        <source>For</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Sticky notes</source>
        <translation>付箋</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>用紙</translation>
    </message>
    <message>
        <source>Strips</source>
        <translation>帯</translation>
    </message>
    <message>
        <source>Tile paper</source>
        <translation>タイル用紙</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>重なり</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>向き</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>倍率</translation>
    </message>
    <message>
        <source> notes</source>
        <translation> の付箋</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>幅</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>余白</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF をエクスポート…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Pages of {paper}: {count} ({rows} rows × {columns} columns) and an assembly map; finished size {width} × {height}.</source>
        <translation>{paper} の用紙：{count} 枚（{rows} 行 × {columns} 列）と組み立て図。仕上がり {width} × {height}。</translation>
    </message>
    <message>
        <source>One page of {width} × {height} per stage, {count} in all (the first shown).</source>
        <translation>ステージごとに {width} × {height} を 1 ページ、計 {count} ページ（最初を表示）。</translation>
    </message>
    <message>
        <source>Strips: {count}, on one page of {width} × {height} at scale {scale}.</source>
        <translation>帯：{count}、{width} × {height} の 1 ページに倍率 {scale} で。</translation>
    </message>
    <message>
        <source>One page of {width} × {height} at scale {scale}.</source>
        <translation>{width} × {height} の 1 ページ、倍率 {scale}。</translation>
    </message>
    <message>
        <source>Card text prints {size} pt high.</source>
        <translation>カードの文字は {size} pt の高さで印刷されます。</translation>
    </message>
    <message>
        <source>Card text prints {size} pt high: too small to read on a wall (under {least} pt).</source>
        <translation>カードの文字は {size} pt：壁で読むには小さすぎます（{least} pt 未満）。</translation>
    </message>
    <message>
        <source>Larger: {choices}.</source>
        <translation>より大きく：{choices}。</translation>
    </message>
    <message>
        <source>One page of {paper} per blueprint: stages, time and the top fail points.</source>
        <translation>ブループリントごとに {paper} 1 ページ：ステージ、時間、主な失敗ポイント。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>PDF を書き出しています…</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>Exported {name}.</source>
        <translation>{name} をエクスポートしました。</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>印刷できません</translation>
    </message>
    <message>
        <source>{error}. The PDF is at {path}; open it to print.</source>
        <translation>{error}。PDF は {path} にあります。開いて印刷してください。</translation>
    </message>
    <message>
        <source>Printing: {answer}</source>
        <translation>印刷：{answer}</translation>
    </message>
    <message>
        <source>Flow →</source>
        <translation>フロー →</translation>
    </message>
    <message>
        <source>Two-way ↔</source>
        <translation>双方向 ↔</translation>
    </message>
    <message>
        <source>Information (dashed)</source>
        <translation>情報（破線）</translation>
    </message>
    <message>
        <source>e.g. 5 min, 1-25 d, same day</source>
        <translation>例：5 min、1-25 d、same day</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>プロパティ</translation>
    </message>
    <message>
        <source>department or role</source>
        <translation>部署または役割</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Lane colour</source>
        <translation>レーンの色</translation>
    </message>
    <message>
        <source>The journey the customer goes on to when they leave here</source>
        <translation>顧客がここで離脱したときに移るジャーニー</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>how long the customer waits</source>
        <translation>顧客が待つ時間</translation>
    </message>
    <message>
        <source>how long this takes, e.g. 3-5 min</source>
        <translation>かかる時間（例：3-5 min）</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>色</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>マーク</translation>
    </message>
    <message>
        <source>Exit to</source>
        <translation>離脱先</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>待ち</translation>
    </message>
    <message>
        <source>Takes</source>
        <translation>所要</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>写真</translation>
    </message>
    <message>
        <source>a few words, drawn on the arrow</source>
        <translation>矢印に描く短い言葉</translation>
    </message>
    <message>
        <source>what is handed over, how, when: shown when hovering the arrow</source>
        <translation>何をどう、いつ引き渡すか（矢印にカーソルを重ねると表示）</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>the longest it may take</source>
        <translation>許される最長時間</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>真実の瞬間</translation>
    </message>
    <message>
        <source>A step that decides how the customer judges the whole service</source>
        <translation>顧客がサービス全体をどう評価するかを決めるステップ</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ステージ</translation>
    </message>
    <message>
        <source>what happens in this step, shown when hovering its header</source>
        <translation>このステップで起きること（見出しにカーソルを重ねると表示）</translation>
    </message>
    <message>
        <source>the lane&apos;s purpose, shown when hovering its name</source>
        <translation>レーンの目的（名前にカーソルを重ねると表示）</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>レーン</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Starts when</source>
        <translation>開始条件</translation>
    </message>
    <message>
        <source>Ends when</source>
        <translation>終了条件</translation>
    </message>
    <message>
        <source>Customer&apos;s goal</source>
        <translation>顧客の目標</translation>
    </message>
    <message>
        <source>Print lane purposes under their names</source>
        <translation>レーンの目的を名前の下に印刷</translation>
    </message>
    <message>
        <source>why they feel this way</source>
        <translation>そう感じる理由</translation>
    </message>
    <message>
        <source>Clear score</source>
        <translation>スコアを消去</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>感情</translation>
    </message>
    <message>
        <source>Score (−2 … +2)</source>
        <translation>スコア（−2 … +2）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>{kind} (zone: {zone})</source>
        <translation>{kind}（ゾーン：{zone}）</translation>
    </message>
    <message>
        <source>(no journey named)</source>
        <translation>（ジャーニー指定なし）</translation>
    </message>
    <message>
        <source>No facets yet: add them in the Facets panel</source>
        <translation>ファセットはまだありません：ファセットパネルで追加</translation>
    </message>
    <message>
        <source>no photo: drop or paste a picture on the card</source>
        <translation>写真なし：カードに画像をドロップまたは貼り付け</translation>
    </message>
    <message>
        <source>(unnamed stage)</source>
        <translation>（名前のないステージ）</translation>
    </message>
    <message>
        <source>New stage…</source>
        <translation>新しいステージ…</translation>
    </message>
    <message>
        <source>Card colour</source>
        <translation>カードの色</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>新しいステージ</translation>
    </message>
    <message>
        <source>Stage name:</source>
        <translation>ステージ名：</translation>
    </message>
    <message>
        <source>Photo for the card</source>
        <translation>カードの写真</translation>
    </message>
    <message>
        <source>New from Template</source>
        <translation>テンプレートから新規</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Stages: {stages} · steps: {steps} · cards: {cards}</source>
        <translation>ステージ：{stages} · ステップ：{steps} · カード：{cards}</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Persona:&lt;/b&gt; {people}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;ペルソナ：&lt;/b&gt;{people}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
        <translation>画像 (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</translation>
    </message>
    <message>
        <source>{name} is {size} MB; pick a picture under {most} MB</source>
        <translation>{name} は {size} MB あります。{most} MB 未満の画像を選んでください</translation>
    </message>
    <message>
        <source>{name} is not a picture Blueprint Studio can read (PNG, JPEG, WebP, GIF, BMP)</source>
        <translation>{name} は Blueprint Studio が読める画像ではありません（PNG、JPEG、WebP、GIF、BMP）</translation>
    </message>
    <message>
        <source>Cards with the ticked facets: {count}</source>
        <translation>チェックしたファセットのカード：{count}</translation>
    </message>
    <message>
        <source> (to-be)</source>
        <translation>（To-Be）</translation>
    </message>
    <message>
        <source>Exit to “{journey}” (double-click to open)</source>
        <translation>「{journey}」へ離脱（ダブルクリックで開く）</translation>
    </message>
    <message>
        <source>No photo added: {problem}</source>
        <translation>写真を追加できませんでした：{problem}</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>システムに合わせる（{language}）</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Millimetres and metres</source>
        <translation>ミリメートルとメートル</translation>
    </message>
    <message>
        <source>Inches</source>
        <translation>インチ</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>テーマ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Autosave every</source>
        <translation>自動保存の間隔(&amp;A)</translation>
    </message>
    <message>
        <source>Default &amp;paper</source>
        <translation>既定の用紙(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>単位(&amp;U)</translation>
    </message>
    <message>
        <source>The new language shows when Blueprint Studio next starts.</source>
        <translation>新しい言語は Blueprint Studio の次回起動時に反映されます。</translation>
    </message>
    <message>
        <source>The service typically takes {typical}, more than the acceptable {acceptable}</source>
        <translation>サービスの標準的な所要時間は {typical} で、許容の {acceptable} を超えています</translation>
    </message>
    <message>
        <source>Step &apos;{step}&apos; typically takes {typical}, more than the acceptable {acceptable}</source>
        <translation>ステップ「{step}」の標準的な所要時間は {typical} で、許容の {acceptable} を超えています</translation>
    </message>
    <message>
        <source>Step &apos;{step}&apos;: the customer acts, but nothing they see or touch is named (no physical evidence or touchpoint)</source>
        <translation>ステップ &apos;{step}&apos;: 顧客は行動しているが、見たり触れたりするものが書かれていない（物的証拠もタッチポイントもない）</translation>
    </message>
    <message>
        <source>No arrows yet: draw the flow between the cards to check encounters, handoffs and orphans</source>
        <translation>矢印がまだありません。カード間の流れを描くと、接点・引き継ぎ・孤立したカードを確認できます</translation>
    </message>
    <message>
        <source>{card} is seen by the customer but no arrow links it to a customer action</source>
        <translation>{card} は顧客に見えますが、顧客の行動とつながる矢印がありません</translation>
    </message>
    <message>
        <source>{card} has no arrow to or from it</source>
        <translation>{card} には出入りする矢印がありません</translation>
    </message>
    <message>
        <source>{card} leads nowhere the customer sees: no chain of arrows reaches the line of visibility</source>
        <translation>{card} は顧客に見えるところにつながりません：可視ラインに届く矢印の連鎖がありません</translation>
    </message>
    <message>
        <source>The arrow from {source} to {target} crosses {count} lines at once: a step in between may be missing</source>
        <translation>{source} から {target} への矢印は一度に {count} 本のラインを越えています：間のステップが抜けているかもしれません</translation>
    </message>
    <message>
        <source>Step &apos;{step}&apos; has no duration</source>
        <translation>ステップ「{step}」に所要時間がありません</translation>
    </message>
    <message>
        <source>Wait point {card}: how long is the wait?</source>
        <translation>待ちポイント {card}：待ち時間はどのくらいですか？</translation>
    </message>
    <message>
        <source>Fail point {card} has no owner</source>
        <translation>失敗ポイント {card} に担当者がいません</translation>
    </message>
    <message>
        <source>Fail point {card} has no recovery: which card puts it right?</source>
        <translation>失敗ポイント {card} に回復策がありません：どのカードで立て直しますか？</translation>
    </message>
    <message>
        <source>Step &apos;{step}&apos; has no cards</source>
        <translation>ステップ「{step}」にカードがありません</translation>
    </message>
    <message>
        <source>&apos;{activity}&apos; is done in {count} lanes ({lanes}): share it or split the work?</source>
        <translation>「{activity}」は {count} 本のレーン（{lanes}）で行われています：共有しますか、作業を分けますか？</translation>
    </message>
    <message>
        <source>Add facet</source>
        <translation>ファセットを追加</translation>
    </message>
    <message>
        <source>Edit facet</source>
        <translation>ファセットを編集</translation>
    </message>
    <message>
        <source>Delete facet</source>
        <translation>ファセットを削除</translation>
    </message>
    <message>
        <source>Tag cards</source>
        <translation>カードにタグ付け</translation>
    </message>
    <message>
        <source>Untag cards</source>
        <translation>カードのタグを外す</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>写真を外す</translation>
    </message>
    <message>
        <source>Set card photo</source>
        <translation>カードの写真を設定</translation>
    </message>
    <message>
        <source>Add line note</source>
        <translation>ラインにメモを追加</translation>
    </message>
    <message>
        <source>Delete line note</source>
        <translation>ラインのメモを削除</translation>
    </message>
    <message>
        <source>Edit line note</source>
        <translation>ラインのメモを編集</translation>
    </message>
    <message>
        <source>Describe lane</source>
        <translation>レーンを説明</translation>
    </message>
    <message>
        <source>Set exit</source>
        <translation>離脱先を設定</translation>
    </message>
    <message>
        <source>New audience</source>
        <translation>新しい対象者</translation>
    </message>
    <message>
        <source>Edit audience</source>
        <translation>対象者を編集</translation>
    </message>
    <message>
        <source>Delete audience</source>
        <translation>対象者を削除</translation>
    </message>
    <message>
        <source>Replace matches</source>
        <translation>一致を置換</translation>
    </message>
    <message>
        <source>Replace match</source>
        <translation>一致を置換</translation>
    </message>
    <message>
        <source>Blank blueprint</source>
        <translation>空のブループリント</translation>
    </message>
    <message>
        <source>Start from nothing</source>
        <translation>白紙から始める</translation>
    </message>
    <message>
        <source>The five standard lanes and four empty steps.</source>
        <translation>標準の 5 レーンと空の 4 ステップ。</translation>
    </message>
    <message>
        <source>Blank journey map</source>
        <translation>空のジャーニーマップ</translation>
    </message>
    <message>
        <source>Thoughts, emotions, touchpoints, pain points and opportunities over four stages.</source>
        <translation>4 つのステージにわたる思考、感情、タッチポイント、ペインポイント、機会。</translation>
    </message>
    <message>
        <source>Opening a bank account</source>
        <translation>銀行口座の開設</translation>
    </message>
    <message>
        <source>Financial services</source>
        <translation>金融サービス</translation>
    </message>
    <message>
        <source>A newcomer to the country opens a current account online: application, identity check, compliance, card.</source>
        <translation>来日したばかりの人がオンラインで普通預金口座を開く：申込み、本人確認、コンプライアンス、カード。</translation>
    </message>
    <message>
        <source>Hospital outpatient visit</source>
        <translation>病院の外来受診</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>医療</translation>
    </message>
    <message>
        <source>A patient referred by their GP sees a specialist: booking, arrival, consultation, tests and follow-up.</source>
        <translation>かかりつけ医の紹介で専門医を受診：予約、来院、診察、検査、フォローアップ。</translation>
    </message>
    <message>
        <source>Applying for a building permit</source>
        <translation>建築許可の申請</translation>
    </message>
    <message>
        <source>Public sector</source>
        <translation>公共部門</translation>
    </message>
    <message>
        <source>A homeowner applies to the municipality to extend a house: from finding the rules to the decision.</source>
        <translation>住宅所有者が増築を自治体に申請：規則を調べるところから決定まで。</translation>
    </message>
    <message>
        <source>A restaurant visit</source>
        <translation>レストランでの食事</translation>
    </message>
    <message>
        <source>Hospitality</source>
        <translation>ホスピタリティ</translation>
    </message>
    <message>
        <source>A couple books a table for an anniversary dinner: booking, arrival, ordering, the meal, paying.</source>
        <translation>カップルが記念日のディナーを予約：予約、来店、注文、食事、支払い。</translation>
    </message>
    <message>
        <source>Returning an online order</source>
        <translation>ネット注文の返品</translation>
    </message>
    <message>
        <source>Retail and e-commerce</source>
        <translation>小売と EC</translation>
    </message>
    <message>
        <source>A customer sends back shoes that do not fit: return request, drop-off, warehouse check and refund.</source>
        <translation>合わなかった靴を返品：返品申請、持ち込み、倉庫での確認、返金。</translation>
    </message>
    <message>
        <source>Onboarding to a software product</source>
        <translation>ソフトウェア製品のオンボーディング</translation>
    </message>
    <message>
        <source>Software and SaaS</source>
        <translation>ソフトウェアと SaaS</translation>
    </message>
    <message>
        <source>A team lead trials a project-planning product: sign-up, first project, inviting the team, paying.</source>
        <translation>チームリーダーがプロジェクト計画ツールを試用：登録、最初のプロジェクト、チームの招待、支払い。</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未対応</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>対応中</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>解決済み</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>受容</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>フロー</translation>
    </message>
    <message>
        <source>Two-way</source>
        <translation>双方向</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>team</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>system</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <source>touchpoint</source>
        <translation>タッチポイント</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>アクター</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>凡例</translation>
    </message>
    <message>
        <source>Moment of truth (step)</source>
        <translation>真実の瞬間（ステップ）</translation>
    </message>
    <message>
        <source>{title} — workshop sheet</source>
        <translation>{title} — ワークショップ用シート</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>コピーを保存(&amp;C)…</translation>
    </message>
    <message>
        <source>Read-only: {reason}</source>
        <translation>読み取り専用: {reason}</translation>
    </message>
    <message>
        <source>Read-only: {reason}. Save a Copy… to make changes of your own.</source>
        <translation>読み取り専用: {reason}。自分で変更するには「コピーを保存…」を使ってください。</translation>
    </message>
</context>
</TS>
