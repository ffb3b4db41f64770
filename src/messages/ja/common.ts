import type { common as en } from '../en/common';

export const common: typeof en = {
  productName: '中国AIダッシュボード',
  productTagline: 'Artificial Analysis「State of AI: China Q1 2025」を読み解く',
  skipToContent: '本文へ移動',
  /** The page's meta description (also in index.html, for crawlers that do not run scripts). */
  metaDescription:
    'Artificial Analysisのレポート「State of AI: China Q1 2025」を読み解くインタラクティブなダッシュボード：リーダーボード、中国と米国の比較、米国の輸出管理と並べたフロンティアの推移、ラボのプロフィール。すべての値に情報源を付けています。',
  /** The language switch; each language's own name is not translated (it is shown in its own language). */
  language: {
    label: '言語',
    failed: 'この言語を読み込めませんでした。接続を確認して、もう一度お試しください。',
  },
  nav: {
    label: 'ビュー',
    leaderboard: 'リーダーボード',
    timeline: 'タイムライン',
    price: '価格',
    labs: 'ラボ',
    exportControls: '輸出管理',
    about: 'データについて',
    story: 'ストーリー',
  },
  theme: {
    label: 'カラーテーマ',
    system: 'システム設定',
    light: 'ライト',
    dark: 'ダーク',
  },
  footer: {
    dataset: (version: string, asOf: string) => `データセット v${version}（${asOf}時点）。`,
    indexCaveat: 'インデックスの値はArtificial Analysisのv2以前の尺度（2025年2月上旬）によるもので、以後の版の値とは比較できません。',
    aboutLink: 'データについてと引用のしかた',
  },
  loading: 'データセットを読み込んでいます…',
  slowLoading: {
    still: 'データセットをまだ読み込んでいます。回線が遅いと時間がかかることがあります。',
    attempt: (attempt: number, total: number, reason: string) => `${total}回中${attempt}回目の試行：前回の試行は失敗しました（${reason}）。`,
    retryNow: '今すぐ再試行',
  },
  unknown: '不明',
  missingField: { undisclosed: '非公開', 'not-found': '不明', 'not-applicable': '該当なし', 'first-party': '不明', secondary: '不明' } as Record<
    'undisclosed' | 'not-found' | 'not-applicable' | 'first-party' | 'secondary',
    string
  >,
  inputOnly: (input: string) => `入力価格${input}のみ`,
  activeParams: 'アクティブ',
  apiLimit: (tokens: string) => `API ${tokens}`,
  notRated: '評価なし',
  notStated: '情報源に記載なし',
  yes: 'はい',
  no: 'いいえ',
  region: { all: 'すべて', us: '米国', cn: '中国', other: 'その他' } as Record<'all' | 'us' | 'cn' | 'other', string>,
  regionShort: { us: '米', cn: '中', other: '他' } as Record<'us' | 'cn' | 'other', string>,
  country: {
    US: '米国',
    CN: '中国',
    FR: 'フランス',
    IL: 'イスラエル',
    CA: 'カナダ',
    GB: '英国',
  } as Record<string, string>,
  status: {
    measured: '実測値',
    estimate: '推定値',
    'as-stated': '解説記事の記載値',
  } as Record<'measured' | 'estimate' | 'as-stated', string>,
  otherValue: {
    measured: (v: string) => `実測値${v}の記録あり`,
    estimate: (v: string) => `推定値${v}の記載あり`,
    'as-stated': (v: string) => `解説記事に${v}との記載あり`,
  } as Record<'measured' | 'estimate' | 'as-stated', (v: string) => string>,
  otherNotUsed: (values: string) => `（${values}。不採用：モデルの詳細を参照）`,
  statusHelp: {
    measured: 'Artificial Analysis自身のリーダーボード（2025年2月上旬のスナップショット）の値。',
    estimate: 'Artificial Analysisによる推定値。レポートでは「+」付きで、まだ独自に評価されていません。',
    'as-stated': 'レポートの解説記事にのみ記載された値。Artificial Analysisのリーダーボードでは確認されていません。',
  } as Record<'measured' | 'estimate' | 'as-stated', string>,
  kind: { 'big-tech': '大手テック企業', startup: 'スタートアップ' } as Record<'big-tech' | 'startup', string>,
  sourcesLabel: '情報源',
  laterRelease: 'レポート後のリリース',
  error: {
    title: 'データセットを読み込めませんでした',
    retry: '再試行',
    viewCrashed: 'このビューを表示できませんでした',
    viewCrashedHelp: 'このビューの描画中に問題が発生しました。フィルターはアドレスバーに残っています。別のビューを試すか、ページを再読み込みしてください。',
    reload: 'ページを再読み込み',
  },
  /** Every table's scroll box. */
  table: {
    scrollHint: '横にスクロールすると他の列も表示されます →',
  },
  chart: {
    chart: 'グラフ',
    table: '表',
    download: 'CSVをダウンロード',
    sources: '情報源',
    more: 'その他',
    noSources: 'これらの値の出典は、下の出典行に記載しています。',
    unknownSource: 'データセットにない情報源。',
    viewAs: (title: string) => `「${title}」の表示形式`,
    legend: '凡例',
  },
  andMore: (list: string, more: number) => `${list}ほか${more}件`,
  /** 文は「。」で終わるので、文と文の間に空白を入れない。 */
  joinSentences: (sentences: readonly string[]) => sentences.join(''),
  sentence: (text: string) => `${text}。`,
  valueWithStatus: (value: string, status: string) => `${value}（${status}）`,
  paramsWithActive: (total: string, active: string) => `${total}（アクティブ${active}）`,
  joinPhrases: (phrases: readonly string[]) => phrases.join('。'),
  labelSeparator: '：',
  joinItems: (items: readonly string[]) => items.join('；'),
  labelled: (label: string, text: string) => `${label}：${text}`,
  aside: (text: string, note: string) => `${text}（${note}）`,
  sourceLink: (label: string) => `出典 ${label}`,
};
