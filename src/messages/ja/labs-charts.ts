import type { labsCharts as en } from '../en/labs-charts';

/** The labs area's overlaid comparison chart and the directory's dot plot. */
export const labsCharts: typeof en = {
  compare: {
    title: (a: string, b: string) => `${a}と${b}：モデルのインデックス（リリース日順）`,
    summaryBest: (lab: string, best: string) => `${lab}の最高：${best}。`,
    summaryNone: (lab: string) => `${lab}には、インデックスの値とリリース日をともに持つモデルがありません。`,
    summaryLead: (lead: string, other: string, gap: number) => `${lead}の最高は${other}の最高より${gap}ポイント上です。`,
    summaryTie: (a: string, b: string) => `${a}と${b}の最高値は同じです。`,
    noFrontier: 'ここにはフロンティアの線を描いていません。各ラボのグラフで、その国のフロンティアと並べて示しています。',
    legendLab: (lab: string, shape: string) => `${lab}のモデル（${shape}）`,
    shape: { circle: '丸', diamond: 'ひし形' } as Record<'circle' | 'diamond', string>,
    tableCaption: (a: string, b: string) => `${a}と${b}：グラフに描いた値`,
    nothing: (a: string, b: string) => `${a}にも${b}にも、インデックスの値とリリース日をともに持つモデルがないため、描画するものがありません。`,
  },
  dotPlot: {
    title: '各ラボの最高インデックス',
    summary: (n: number, top: string, bottom: string, unrated: number) =>
      `評価済みのモデルがあるラボは${n}社で、最高は${top}、最低は${bottom}です。${unrated > 0 ? `評価済みのモデルがないラボ${unrated}社は、描画せずグラフの下に挙げています。` : ''}`,
    summaryNone: '選択中のラボには評価済みのモデルがないため、描画するものがありません。',
    entry: (lab: string, value: string) => `${lab} ${value}`,
    xAxis: 'ラボのモデルの最高インデックス',
    unrated: '評価済みのモデルなし（描画なし）：',
    region: '地域',
    tableCaption: '各ラボの最高インデックス（高い順）',
    table: {
      rank: '順位',
      lab: 'ラボ',
      country: '国',
      model: '最高のモデル',
      index: 'インデックス',
      status: '区分',
      afterReport: 'レポート後',
    },
    notRated: '評価なし',
    point: (lab: string, model: string, value: string, status: string) => `${lab}：${value}、${model}（${status}）`,
    source: 'インデックス値：Artificial Analysis（v2以前の尺度）。各値に付いた情報源による：',
    filename: 'labs-best-index',
  },
};
