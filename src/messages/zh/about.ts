import type { about as en } from '../en/about';

export const about: typeof en = {
  title: '关于数据',
  intro: '本看板展示什么、每个数字从何而来，以及如何引用。屏幕上的每个数值都可追溯到本页列出的某个来源。',
  indexHeading: '指数',
  indexBody: (examples: string) =>
    `排行榜采用《State of AI: China Q1 2025》报告前后发布的 Artificial Analysis 智能指数。其数值${examples ? `（${examples}）` : ''}与 Artificial Analysis 排行榜约2025年2月1日至5日的数值一致，即 v2 之前的口径。`,
  scaleLabel: '口径',
  caveatLabel: '注意',
  statusHeading: '数值状态的含义',
  documentHeading: '源文档及其错乱的数字',
  documentBody:
    '本项目的出发点是一篇中文博客文章的日文机器翻译，该文章概述了这份报告。其中一些数字是错乱的。报告本身的 PDF 无法读取；其内容来自二手评述文章，并与同期存档的 Artificial Analysis 排行榜快照相互核对。',
  documentHandling:
    '若源文档给出的数值与更可靠的来源相矛盾，两者都会保留：图表和排名采用来源更可靠的数值，源文档的数值显示在旁边，标注为“仅见于评述文章”。数值绝不会被悄悄替换。未知的数值显示为未知，绝不显示为0。',
  conflictsHeading: '相互矛盾的数值',
  conflictsCaption: '各来源给出不同指数值的模型，以及图表采用的数值',
  conflictColumns: { model: '模型', used: '图表采用', other: '其他来源所载', note: '原因' },
  reportHeading: '报告',
  datasetHeading: '本数据集',
  fieldsHeading: '价格、参数、上下文与许可证',
  fieldsBody: [
    '每个模型都记录其 API 价格，以美元计，分别为每百万输入词元和每百万输出词元的价格，时点为2025年2月；同时记录价格有效的日期、收费方（实验室自己的 API，或在实验室不提供 API 时托管开放权重模型的第三方）及其来源。以人民币标价的，保留原始数字和所用汇率。',
    '混合价格按输入与输出3比1加权：(3 × 输入 + 输出) ÷ 4，这是 Artificial Analysis 采用的惯例。它需要两项价格齐全；只有输入价格的模型没有混合价格，列为未定价，绝不按0绘制。',
    '参数量（总量，以及混合专家模型每个词元的激活量）、上下文窗口（以及第一方 API 限制更低时的上限）和权重许可证各自带有状态：第一方来源、二手来源、实验室未公开、未找到来源或不适用。',
  ],
  coverage: (models: number, price: number, inputOnly: number, params: number, context: number, licence: number) =>
    `${models}个模型中：${price}个有混合价格（另有${inputOnly}个仅有输入价格），${params}个有参数量，${context}个有上下文窗口（或 API 上限），${licence}个有许可证。`,
  changelogHeading: '更新日志',
  changelogEntry: (version: string, date: string) => `版本${version}，${date}`,
  datasetFacts: (version: string, asOf: string, models: number, labs: number, events: number, sources: number) =>
    `版本${version}，数据截至${asOf}：${models}个模型、${labs}家实验室、${events}项出口管制事件、${sources}个来源。`,
  download: '下载数据集（JSON）',
  citeHeading: '引用方式',
  attributionHeading: '署名',
  sourcesHeading: '来源',
  sourcesCaption: '数据集引用的全部来源，及其在其他页面使用的编号',
  sourceColumns: { id: '编号', title: '标题', publisher: '发布方', date: '日期', tier: '来源层级', note: '备注' },
  tierRule:
    '每个来源都有一个层级，显示在它所支持的数值旁边（悬停提示、模型详情、标题读数）。一手来源：实验室或政府机构自己的网页、论文、文件或代码库，或 Artificial Analysis 自己的数值（其方法说明及其排行榜的存档快照）。二手来源：媒体、律师事务所、研究机构、维基和数据汇总网站。三手来源：机器翻译、报告的摘要、论坛帖子、无关网站上的转载以及常识。一个数值显示其来源中最直接的层级，并在该层级的来源都没有公开网址时注明。层级不明显时，表格会说明原因。',
  noPublicAddress: '无公开网址',
  tierNames: { primary: '一手', secondary: '二手', tertiary: '三手' } as Record<'primary' | 'secondary' | 'tertiary', string>,
  noUrl: '无公开网址',
  alsoAt: '另见',
};
