import type { about as en } from '../en/about';

export const about: typeof en = {
  title: 'データについて',
  intro:
    'このダッシュボードが示す内容、すべての数値の出典、引用のしかたを説明します。画面上のすべての値は、このページに挙げた情報源にたどれます。',
  indexHeading: 'インデックス',
  indexBody: (examples: string) =>
    `リーダーボードは、レポート「State of AI: China Q1 2025」の時期に公表されたArtificial Analysisのインテリジェンスインデックスを用いています。その値${examples ? `（${examples}）` : ''}は、2025年2月1〜5日ごろのArtificial Analysisのリーダーボード、すなわちv2以前の尺度と一致します。`,
  scaleLabel: '尺度',
  caveatLabel: '注意',
  statusHeading: '値の区分の意味',
  documentHeading: '原資料と、その崩れた数値',
  documentBody:
    'このプロジェクトは、レポートを要約した中国語ブログ記事の日本語機械翻訳から始まりました。その数値の一部は崩れています。レポートのPDF自体は読めなかったため、内容は二次的な解説記事から取り、同じ時期のArtificial Analysisのリーダーボードの保存スナップショットと照合しています。',
  documentHandling:
    '原資料の値が、より確かな情報源と食い違う場合は両方を残します。グラフと順位にはより確かな値を使い、原資料の値は「記載値」として横に示します。値を黙って置き換えることはありません。不明な値は不明と表示し、0とはしません。',
  conflictsHeading: '食い違う値',
  conflictsCaption: '情報源によってインデックスの値が異なるモデルと、グラフで使う値',
  conflictColumns: { model: 'モデル', used: 'グラフで使用', other: '別の記載', note: '理由' },
  reportHeading: 'レポート',
  datasetHeading: 'このデータセット',
  fieldsHeading: '価格・パラメータ数・コンテキスト・ライセンス',
  fieldsBody: [
    '各モデルには、2025年2月時点のAPI価格（入力100万トークンあたり・出力100万トークンあたり、米ドル）を、その価格の時点、課金した提供元（ラボ自身のAPI、または自社APIのないオープンウェイトではサードパーティのホスト）、情報源とともに記録しています。人民元建ての価格は元の数値と使用した換算レートを残しています。',
    'ブレンド価格は入力と出力を3対1で加重します：（3 × 入力 + 出力）÷ 4。Artificial Analysisの慣行です。両方の価格が必要で、入力価格しかないモデルにはブレンド価格がなく、「価格なし」として扱い、0として描くことはありません。',
    'パラメータ数（総数と、MoE（混合エキスパート）モデルではトークンあたりのアクティブ数）、コンテキストウィンドウ（一次提供元のAPIの上限が小さい場合はそれも）、重みのライセンスには、それぞれ区分があります：一次情報源、二次情報源、ラボが非公開、情報源なし、該当なし。',
  ],
  coverage: (models: number, price: number, inputOnly: number, params: number, context: number, licence: number) =>
    `モデル${models}件のうち、ブレンド価格があるのは${price}件（ほかに入力価格のみが${inputOnly}件）、パラメータ数があるのは${params}件、コンテキストウィンドウ（またはAPIの上限）があるのは${context}件、ライセンスがあるのは${licence}件です。`,
  changelogHeading: '変更履歴',
  changelogEntry: (version: string, date: string) => `バージョン${version}（${date}）`,
  datasetFacts: (version: string, asOf: string, models: number, labs: number, events: number, sources: number) =>
    `バージョン${version}（${asOf}時点）：モデル${models}件、ラボ${labs}社、輸出管理の出来事${events}件、情報源${sources}件。`,
  download: 'データセットをダウンロード（JSON）',
  citeHeading: '引用のしかた',
  attributionHeading: 'クレジット',
  sourcesHeading: '情報源',
  sourcesCaption: 'データセットが引用するすべての情報源と、他のページで使うキー',
  sourceColumns: { id: 'キー', title: 'タイトル', publisher: '発行元', date: '日付', tier: 'レベル', note: '注記' },
  tierRule:
    '各情報源にはレベル（一次・二次・三次）があり、それが裏付ける値の横に表示します（ツールチップ、モデルの詳細、見出しの読み取り値）。一次情報源：ラボや政府機関自身のページ、論文、届出、リポジトリ、またはArtificial Analysis自身の値（その方法論と、保存したリーダーボードのスナップショット）。二次情報源：報道機関、法律事務所、研究グループ、Wiki、データ集約サイト。三次情報源：機械翻訳、レポートの要約、フォーラムの投稿、無関係なサイトへの転載、一般的な知識。値には情報源のうち最も直接的なレベルを示し、そのレベルの情報源に公開アドレスがない場合はその旨を記します。レベルが自明でない場合は、表に理由を記しています。',
  noPublicAddress: '公開アドレスなし',
  tierNames: { primary: '一次', secondary: '二次', tertiary: '三次' } as Record<'primary' | 'secondary' | 'tertiary', string>,
  noUrl: '公開アドレスなし',
  alsoAt: '別の所在',
};
