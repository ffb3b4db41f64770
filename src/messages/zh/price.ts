import type { price as en } from '../en/price';

export const price: typeof en = {
  title: '智能与价格',
  intro: '各模型的指数值与其2025年2月 API 价格的对照，价格轴为对数刻度。混合价格按输入与输出词元3比1加权，这是 Artificial Analysis 采用的惯例。',
  chart: {
    title: '指数与混合 API 价格',
    scaleNote: (scale: string) => `${scale}。混合价格，美元/百万词元（输入与输出按3:1），截至2025年2月。`,
    xAxis: '混合价格，美元/百万词元（对数刻度）',
    yAxis: (scale: string) => scale,
    source: (scale: string) => `指数：${scale}。价格：各模型截至2025年2月的 API 标价，来源见表格和模型详情。`,
    frontier: '各指数水平及以上的最低价',
    openRing: '开放权重（圆环）',
    estimate: '估计值（空心）',
    asStated: '仅见于评述文章（虚线）',
    filename: 'intelligence-vs-price',
    twinCaption: '绘制的模型：指数值与混合价格',
    twinHeader: ['模型', '实验室', '国家', '指数', '状态', '输入 美元/百万词元', '输出 美元/百万词元', '混合 美元/百万词元', '价格时点', '提供方', '位于最低价前沿'],
    onFrontier: '是',
    offFrontier: '否',
  },
  summary: (plotted: number, cheapest: string | null, best: string | null) =>
    plotted === 0
      ? '通过筛选的模型中，没有同时具备指数值和混合价格的模型。'
      : `${plotted}个模型同时具备指数值和混合价格。${cheapest ? `最便宜的是${cheapest}。` : ''}${best ? `评分最高的是${best}。` : ''}`,
  readout: {
    title: '同等指数下的成本：中国与美国',
    both: (level: string, cn: string, cnPrice: string, us: string, usPrice: string) =>
      `在指数${level}及以上，最便宜的中国模型是${cn}，每百万词元${cnPrice}；最便宜的美国模型是${us}，每百万词元${usPrice}（混合价格）。`,
    ratio: (ratio: string, cheaper: 'cn' | 'us' | 'equal') =>
      cheaper === 'equal' ? '两者价格相同。' : cheaper === 'cn' ? `美国模型的价格是中国模型的${ratio}倍。` : `中国模型的价格是美国模型的${ratio}倍。`,
    missing: (side: string) => `通过筛选的${side}模型中，没有同时具备指数值和混合价格的模型，因此无从比较。`,
    missingBoth: '当前筛选条件下，双方都没有同时具备指数值和混合价格的模型。',
    sideCn: '中国',
    sideUs: '美国',
    regionNote: '比较双方都能达到的最高水平；“地区”筛选条件不适用于此处。',
  },
  tooltip: {
    lab: '实验室',
    value: '指数',
    status: '状态',
    blended: '混合价格',
    inputOutput: '输入 / 输出',
    asOf: '价格时点',
    provider: '提供方',
    open: '开放权重',
    frontier: '位于同等水平最低价前沿',
    click: '点击或按 Enter 查看详情',
  },
  notPriced: {
    title: '未定价',
    intro: (n: number) => `${n}个模型通过了筛选，但没有混合价格（需要输入和输出两项价格）。它们不会被绘制，更不会按0绘制。`,
    inputOnly: (input: string) => `仅有输入价格：${input}`,
    noPrice: '未找到价格',
    showAll: (n: number) => `显示全部${n}个`,
    notRatedTitle: '有价格但无评分',
    notRatedIntro: (n: number) => `${n}个模型有混合价格，但没有指数值。`,
  },
  usd: (text: string) => `${text}/百万词元`,
  /** A model named in the summary: its price, or its index and price. */
  modelPrice: (name: string, price: string) => `${name}（${price}）`,
  modelIndexPrice: (name: string, index: string, price: string) => `${name}（${index}，${price}）`,
};
