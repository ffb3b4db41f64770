import type { labsCharts as en } from '../en/labs-charts';

/** The labs area's overlaid comparison chart and the directory's dot plot. */
export const labsCharts: typeof en = {
  compare: {
    title: (a: string, b: string) => `${a}与${b}：各模型的指数，按发布日期`,
    summaryBest: (lab: string, best: string) => `${lab}的最佳：${best}。`,
    summaryNone: (lab: string) => `${lab}没有同时具备指数值和发布日期的模型。`,
    summaryLead: (lead: string, other: string, gap: number) => `${lead}的最佳比${other}的最佳高${gap}分。`,
    summaryTie: (a: string, b: string) => `${a}与${b}的最佳值相同。`,
    noFrontier: '此处不绘制前沿线：每家实验室自己的图表会将其与所在国家的前沿对照。',
    legendLab: (lab: string, shape: string) => `${lab}的模型（${shape}）`,
    shape: { circle: '圆形', diamond: '菱形' } as Record<'circle' | 'diamond', string>,
    tableCaption: (a: string, b: string) => `${a}与${b}：图中所绘的数值`,
    nothing: (a: string, b: string) => `${a}和${b}都没有同时具备指数值和发布日期的模型，因此没有可绘制的内容。`,
  },
  dotPlot: {
    title: '各实验室的最佳指数',
    summary: (n: number, top: string, bottom: string, unrated: number) =>
      `${n}家实验室有有评分的模型；最高为${top}，最低为${bottom}。${unrated > 0 ? `另有${unrated}家实验室没有有评分的模型，列在图下方，未绘制。` : ''}`,
    summaryNone: '当前选择中没有实验室有有评分的模型，因此没有可绘制的内容。',
    entry: (lab: string, value: string) => `${lab} ${value}`,
    xAxis: '实验室模型的最佳指数',
    unrated: '没有有评分的模型（未绘制）：',
    region: '地区',
    tableCaption: '各实验室的最佳指数，从高到低',
    table: {
      rank: '排名',
      lab: '实验室',
      country: '国家',
      model: '最佳模型',
      index: '指数',
      status: '状态',
      afterReport: '报告之后',
    },
    notRated: '无评分',
    point: (lab: string, model: string, value: string, status: string) => `${lab}：${value}，${model}（${status}）`,
    source: '指数值：Artificial Analysis（v2 之前的口径），经由各数值所附的来源：',
    filename: 'labs-best-index',
  },
};
