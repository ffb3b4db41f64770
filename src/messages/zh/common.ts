import type { common as en } from '../en/common';

export const common: typeof en = {
  productName: '中国人工智能数据看板',
  productTagline: '解读 Artificial Analysis 的报告《State of AI: China Q1 2025》',
  skipToContent: '跳至正文',
  /** The page's meta description (also in index.html, for crawlers that do not run scripts). */
  metaDescription:
    '交互式数据看板，解读 Artificial Analysis 的报告《State of AI: China Q1 2025》：排行榜、中美对比、前沿随时间的变化与美国出口管制，以及实验室简介，每个数值都注明来源。',
  /** The language switch; each language's own name is not translated (it is shown in its own language). */
  language: {
    label: '语言',
    failed: '无法加载该语言。请检查网络连接后重试。',
  },
  nav: {
    label: '视图',
    leaderboard: '排行榜',
    timeline: '时间线',
    price: '价格',
    labs: '实验室',
    exportControls: '出口管制',
    about: '关于数据',
    story: '故事',
  },
  theme: {
    label: '配色主题',
    system: '跟随系统',
    light: '浅色',
    dark: '深色',
  },
  footer: {
    dataset: (version: string, asOf: string) => `数据集 v${version}，数据截至${asOf}。`,
    indexCaveat: '指数值采用 Artificial Analysis 智能指数 v2 之前的口径（2025年2月初），与之后各版本的数值不可比较。',
    aboutLink: '关于数据及引用方式',
  },
  loading: '正在加载数据集…',
  slowLoading: {
    still: '仍在加载数据集。网络较慢时可能需要一些时间。',
    attempt: (attempt: number, total: number, reason: string) => `第${attempt}次尝试（共${total}次）：上一次尝试失败（${reason}）。`,
    retryNow: '立即重试',
  },
  unknown: '未知',
  /** A model field with no value, by why (the dataset's field status). */
  missingField: { undisclosed: '未公开', 'not-found': '未知', 'not-applicable': '不适用', 'first-party': '未知', secondary: '未知' } as Record<
    'undisclosed' | 'not-found' | 'not-applicable' | 'first-party' | 'secondary',
    string
  >,
  inputOnly: (input: string) => `仅有输入价格${input}`,
  activeParams: '激活',
  apiLimit: (tokens: string) => `API 上限${tokens}`,
  notRated: '无评分',
  notStated: '来源中未载明',
  yes: '是',
  no: '否',
  region: { all: '全部', us: '美国', cn: '中国', other: '其他' } as Record<'all' | 'us' | 'cn' | 'other', string>,
  regionShort: { us: '美国', cn: '中国', other: '其他' } as Record<'us' | 'cn' | 'other', string>,
  country: {
    US: '美国',
    CN: '中国',
    FR: '法国',
    IL: '以色列',
    CA: '加拿大',
    GB: '英国',
  } as Record<string, string>,
  status: {
    measured: '实测值',
    estimate: '估计值',
    'as-stated': '仅见于评述文章',
  } as Record<'measured' | 'estimate' | 'as-stated', string>,
  /** A model with no value used on the chart, but other values its sources state. */
  otherValue: {
    measured: (v: string) => `有实测值${v}的记录`,
    estimate: (v: string) => `有估计值${v}`,
    'as-stated': (v: string) => `一篇评述文章给出${v}`,
  } as Record<'measured' | 'estimate' | 'as-stated', (v: string) => string>,
  otherNotUsed: (values: string) => `（${values}；未采用，详见模型详情）`,
  statusHelp: {
    measured: '来自 Artificial Analysis 自家排行榜的数值（2025年2月初的快照）。',
    estimate: 'Artificial Analysis 的估计值，报告中以“+”标注：尚未经独立评测。',
    'as-stated': '仅见于报告评述文章的数值；未经 Artificial Analysis 排行榜证实。',
  } as Record<'measured' | 'estimate' | 'as-stated', string>,
  kind: { 'big-tech': '科技巨头', startup: '初创企业' } as Record<'big-tech' | 'startup', string>,
  sourcesLabel: '来源',
  laterRelease: '发布于报告之后',
  error: {
    title: '无法加载数据集',
    retry: '重试',
    viewCrashed: '无法绘制此视图',
    viewCrashedHelp: '绘制此视图时出错。筛选条件仍保留在地址栏中。请尝试其他视图，或重新加载页面。',
    reload: '重新加载页面',
  },
  /** Every table's scroll box. */
  table: {
    scrollHint: '左右滚动可查看更多列 →',
  },
  chart: {
    chart: '图表',
    table: '表格',
    download: '下载 CSV',
    sources: '来源',
    more: '更多',
    noSources: '下方的来源说明列出了这些数值的出处。',
    unknownSource: '不在数据集中的来源。',
    viewAs: (title: string) => `将“${title}”显示为`,
    legend: '图例',
  },
  andMore: (list: string, more: number) => `${list}等（另有${more}个）`,
  /** 句子以“。”结尾，中文句间不加空格。 */
  joinSentences: (sentences: readonly string[]) => sentences.join(''),
  sentence: (text: string) => `${text}。`,
  valueWithStatus: (value: string, status: string) => `${value}（${status}）`,
  paramsWithActive: (total: string, active: string) => `${total}（激活${active}）`,
  joinPhrases: (phrases: readonly string[]) => phrases.join('。'),
  labelSeparator: '：',
  joinItems: (items: readonly string[]) => items.join('；'),
  labelled: (label: string, text: string) => `${label}：${text}`,
  aside: (text: string, note: string) => `${text}（${note}）`,
  sourceLink: (label: string) => `来源 ${label}`,
};
