import type { modelDetail as en } from '../en/model-detail';

export const modelDetail: typeof en = {
  unknownModel: {
    text: (id: string) => `このデータセットにはID「${id}」のモデルがないため、詳細は開いていません。アドレスからこのIDを削除しました。`,
    dismiss: '閉じる',
  },
  close: '閉じる',
  closeLabel: (name: string) => `${name}の詳細を閉じる`,
  kicker: 'モデルの詳細',
  labLink: (lab: string) => `${lab}：ラボのプロフィール`,
  indexHeading: 'インデックス',
  rank: (rank: number, tied: boolean, of: number) =>
    `データセット全体（フィルターなし）の評価済みモデル${of}件中${rank}位${tied ? '（同順位あり）' : ''}。`,
  notRated: '評価なし',
  notRatedHelp: 'このモデルにはこの尺度で採用する値がないため、順位を付けず、0として描くこともありません。',
  notRatedButStated: '情報源に記載された値はありますが採用していません。理由は下の「食い違う値」を参照してください。',
  laterNotice: (date: string, value: 'estimate' | 'none' | 'other') =>
    value === 'estimate'
      ? `レポート後のリリース（${date}）：この値はモデル公開前に出された推定値で、リリースされたモデルの実測ではありません。`
      : value === 'none'
        ? `レポート後のリリース（${date}）：レポートでは評価できず、この尺度の値もありません。`
        : `レポート後のリリース（${date}）：表示している値は、リリース前のレポート当時の情報源によるものです。`,
  conflictHeading: '食い違う値',
  conflictIntro: '情報源によってこの尺度の値が異なります。両方を残し、グラフと順位で使う値を先に示します。',
  used: 'グラフで使用',
  alsoStated: '別の記載',
  noUsed: '採用なし',
  recordsHeading: 'すべてのスコア記録',
  recordsCaption: (name: string, scale: string | null) =>
    `情報源が示す${name}のインデックス値のすべてと、その区分・情報源${scale ? `（いずれも${scale}の尺度）` : ''}`,
  recordsColumns: { value: '値', scale: '尺度', status: '区分', used: 'グラフで使用', sources: '情報源', note: '注記' },
  usedYes: 'はい',
  usedNo: 'いいえ',
  noRecords: '情報源にはこのモデルのインデックス値がありません。',
  otherScale: '別の尺度：比較不可',
  factsHeading: 'モデルについて',
  facts: {
    lab: 'ラボ',
    country: '国',
    released: 'リリース日',
    announced: '発表日',
    open: 'オープンウェイト',
    licence: 'ライセンス',
    reasoning: '推論モデル',
    parameters: 'パラメータ数',
    aliases: '別名',
    confidence: '確度',
    notes: '注記',
    sources: '情報源',
  },
  fieldsHeading: '価格・規模・コンテキスト・ライセンス',
  fields: {
    price: 'API価格（2025年2月）',
    blended: (usd: string) => `100万トークンあたり${usd}、ブレンド（入力3：出力1、Artificial Analysisの慣行）`,
    inputOutput: (input: string, output: string) => `100万トークンあたり入力${input}、出力${output}`,
    original: (input: string, output: string) => `人民元建て：100万トークンあたり入力¥${input}、出力¥${output}`,
    rate: (perUsd: string) => `1米ドル＝${perUsd}人民元で換算`,
    asOf: (date: string) => `${date}時点`,
    provider: (provider: string, basis: string | null) => `${provider}${basis ? `（${basis}）` : ''}`,
    basis: { 'first-party': 'ラボ自身のAPI', host: 'サードパーティのホスト' } as Record<'first-party' | 'host', string>,
    parameters: 'パラメータ数',
    context: 'コンテキストウィンドウ',
    contextValue: (tokens: string, exact: string) => `${tokens}トークン（${exact}）`,
    apiLimit: (tokens: string) => `一次提供元のAPIの上限は${tokens}トークンでした。`,
    licence: 'ライセンス',
    status: { 'first-party': '一次情報源', secondary: '二次情報源', undisclosed: '非公開', 'not-found': '情報源なし', 'not-applicable': '該当なし' } as Record<
      'first-party' | 'secondary' | 'undisclosed' | 'not-found' | 'not-applicable',
      string
    >,
  },
  parameters: (total: string, active: string | null) => (active ? `総数${total}B、アクティブ${active}B（B＝10億）` : `総数${total}B（B＝10億）`),
  confidence: {
    high: '高',
    'medium-high': '中〜高',
    medium: '中',
    'low-medium': '低〜中',
    low: '低',
    unverified: '未検証',
  } as Record<'high' | 'medium-high' | 'medium' | 'low-medium' | 'low' | 'unverified', string>,
  confidenceHelp: '情報源がこのモデルの事実についてどの程度一致しているか（「データについて」を参照）。',
};
