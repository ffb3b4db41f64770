import type { price as en } from '../en/price';

export const price: typeof en = {
  title: 'インテリジェンスと価格',
  intro:
    '各モデルのインデックス値を、2025年2月時点のAPI価格と対比します（価格軸は対数）。ブレンド価格は入力トークンと出力トークンを3対1で加重したもので、Artificial Analysisの慣行です。',
  chart: {
    title: 'インデックスとブレンドAPI価格',
    scaleNote: (scale: string) => `${scale}。100万トークンあたりのブレンド価格（米ドル、入力3：出力1）、2025年2月時点。`,
    xAxis: 'ブレンド価格（米ドル／100万トークン、対数目盛）',
    yAxis: (scale: string) => scale,
    source: (scale: string) => `インデックス：${scale}。価格：2025年2月時点の各モデルの公表API価格。出典は表とモデルの詳細に記載。`,
    frontier: '各インデックス水準以上で最安',
    openRing: 'オープンウェイト（輪）',
    estimate: '推定値（中空）',
    asStated: '解説記事の記載値（破線）',
    filename: 'intelligence-vs-price',
    twinCaption: '描画したモデル：インデックス値とブレンド価格',
    twinHeader: ['モデル', 'ラボ', '国', 'インデックス', '区分', '入力 米ドル／100万トークン', '出力 米ドル／100万トークン', 'ブレンド 米ドル／100万トークン', '価格の時点', '提供元', 'フロンティア上'],
    onFrontier: 'はい',
    offFrontier: 'いいえ',
  },
  summary: (plotted: number, cheapest: string | null, best: string | null) =>
    plotted === 0
      ? 'フィルターを通過したモデルのうち、インデックス値とブレンド価格をともに持つものはありません。'
      : `インデックス値とブレンド価格をともに持つモデルは${plotted}件です。${cheapest ? `最も安いのは${cheapest}です。` : ''}${best ? `最も評価が高いのは${best}です。` : ''}`,
  readout: {
    title: '同じインデックスでのコスト：中国と米国',
    both: (level: string, cn: string, cnPrice: string, us: string, usPrice: string) =>
      `インデックス${level}以上で最も安い中国のモデルは${cn}（${cnPrice}）、米国のモデルは${us}（${usPrice}）です（100万トークンあたり、ブレンド）。`,
    ratio: (ratio: string, cheaper: 'cn' | 'us' | 'equal') =>
      cheaper === 'equal' ? '両者の価格は同じです。' : cheaper === 'cn' ? `米国のモデルは${ratio}倍の価格です。` : `中国のモデルは${ratio}倍の価格です。`,
    missing: (side: string) => `フィルターを通過した${side}のモデルに、インデックス値とブレンド価格をともに持つものがないため、比較できません。`,
    missingBoth: 'このフィルターでは、どちらの側にもインデックス値とブレンド価格をともに持つモデルがありません。',
    sideCn: '中国',
    sideUs: '米国',
    regionNote: '両者がともに達する最高水準で比較します。「地域」フィルターはここには適用されません。',
  },
  tooltip: {
    lab: 'ラボ',
    value: 'インデックス',
    status: '区分',
    blended: 'ブレンド',
    inputOutput: '入力／出力',
    asOf: '価格の時点',
    provider: '提供元',
    open: 'オープンウェイト',
    frontier: '水準別最安のフロンティア上',
    click: 'クリックまたはEnterで詳細',
  },
  notPriced: {
    title: '価格なし',
    intro: (n: number) => `フィルターを通過したモデルのうち${n}件にはブレンド価格がありません（入力と出力の両方の価格が必要です）。これらは描画せず、0として扱うこともありません。`,
    inputOnly: (input: string) => `入力のみ：${input}`,
    noPrice: '価格の情報なし',
    showAll: (n: number) => `${n}件すべてを表示`,
    notRatedTitle: '価格はあるが評価なし',
    notRatedIntro: (n: number) => `${n}件のモデルはブレンド価格がありますが、インデックス値がありません。`,
  },
  usd: (text: string) => `${text}／100万トークン`,
  /** A model named in the summary: its price, or its index and price. */
  modelPrice: (name: string, price: string) => `${name}（${price}）`,
  modelIndexPrice: (name: string, index: string, price: string) => `${name}（${index}、${price}）`,
};
