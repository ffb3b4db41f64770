import type { modelDetail as en } from '../en/model-detail';

/** The model detail panel (opens on any view when ?model= is set): loaded with the panel, not before. */
export const modelDetail: typeof en = {
  unknownModel: {
    text: (id: string) => `本数据集中没有编号为“${id}”的模型，因此未打开详情。已从地址中移除该编号。`,
    dismiss: '关闭提示',
  },
  close: '关闭',
  closeLabel: (name: string) => `关闭${name}的详情`,
  kicker: '模型详情',
  labLink: (lab: string) => `${lab}：实验室简介`,
  indexHeading: '指数',
  rank: (rank: number, tied: boolean, of: number) => `在整个数据集（不加筛选）的${of}个有评分模型中排第${rank}名${tied ? '（并列）' : ''}。`,
  notRated: '无评分',
  notRatedHelp: '此模型没有采用这一口径的数值，因此从不参与排名，也从不按0绘制。',
  notRatedButStated: '有来源给出了数值，但未被采用；原因见下方“相互矛盾的数值”。',
  laterNotice: (date: string, value: 'estimate' | 'none' | 'other') =>
    value === 'estimate'
      ? `发布于报告之后（${date}）：其数值是模型发布前公布的估计值，并非对已发布模型的实测。`
      : value === 'none'
        ? `发布于报告之后（${date}）：报告无法为其评分，也没有给出这一口径的数值。`
        : `发布于报告之后（${date}）：显示的数值来自报告同期、模型发布之前的来源。`,
  conflictHeading: '相互矛盾的数值',
  conflictIntro: '各来源对这一口径给出了不同的数值。两者都保留；图表和排名采用的数值列在最前。',
  used: '图表采用',
  alsoStated: '其他来源所载',
  noUsed: '未采用任何数值',
  recordsHeading: '全部评分记录',
  recordsCaption: (name: string, scale: string | null) =>
    `各来源为${name}给出的全部指数值，及其状态和来源${scale ? `；均采用${scale}口径` : ''}`,
  recordsColumns: { value: '数值', scale: '口径', status: '状态', used: '图表采用', sources: '来源', note: '备注' },
  usedYes: '是',
  usedNo: '否',
  noRecords: '各来源均未给出此模型的指数值。',
  otherScale: '不同口径：不可比较',
  factsHeading: '模型概况',
  facts: {
    lab: '实验室',
    country: '国家',
    released: '发布日期',
    announced: '宣布日期',
    open: '开放权重',
    licence: '许可证',
    reasoning: '推理模型',
    parameters: '参数量',
    aliases: '别名',
    confidence: '可信度',
    notes: '备注',
    sources: '来源',
  },
  fieldsHeading: '价格、规模、上下文与许可证',
  fields: {
    price: 'API 价格（2025年2月）',
    blended: (usd: string) => `每百万词元${usd}，混合价格（输入与输出按3:1，Artificial Analysis 的惯例）`,
    inputOutput: (input: string, output: string) => `每百万词元：输入${input}，输出${output}`,
    original: (input: string, output: string) => `以人民币标价：每百万词元输入¥${input}，输出¥${output}`,
    rate: (perUsd: string) => `按1美元兑${perUsd}元人民币换算`,
    asOf: (date: string) => `截至${date}`,
    provider: (provider: string, basis: string | null) => `${provider}${basis ? `（${basis}）` : ''}`,
    basis: { 'first-party': '实验室自己的 API', host: '第三方托管平台' } as Record<'first-party' | 'host', string>,
    parameters: '参数量',
    context: '上下文窗口',
    contextValue: (tokens: string, exact: string) => `${tokens}词元（${exact}）`,
    apiLimit: (tokens: string) => `第一方 API 允许${tokens}词元。`,
    licence: '许可证',
    status: { 'first-party': '第一方来源', secondary: '二手来源', undisclosed: '未公开', 'not-found': '未找到来源', 'not-applicable': '不适用' } as Record<
      'first-party' | 'secondary' | 'undisclosed' | 'not-found' | 'not-applicable',
      string
    >,
  },
  parameters: (total: string, active: string | null) => (active ? `总参数${total}B，激活参数${active}B` : `总参数${total}B`),
  confidence: {
    high: '高',
    'medium-high': '中高',
    medium: '中',
    'low-medium': '中低',
    low: '低',
    unverified: '未核实',
  } as Record<'high' | 'medium-high' | 'medium' | 'low-medium' | 'low' | 'unverified', string>,
  confidenceHelp: '各来源对此模型基本信息的一致程度（见“关于数据”）。',
};
