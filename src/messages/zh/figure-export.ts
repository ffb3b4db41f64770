import type { figureExport as en } from '../en/figure-export';

/** Strings of the share, download and cite panels (their buttons: figure-actions.ts), the print layout and the embed page. */
export const figureExport: typeof en = {
  share: {
    copyLink: '复制此图的链接',
    copied: '链接已复制',
    copyRefused: '浏览器不允许复制。请选中下方的链接并手动复制：',
    linkLabel: '此图的链接',
    nativeShare: '分享…',
    shareFailed: '无法打开分享面板。',
    copyEmbed: '复制嵌入代码',
    embedCopied: '嵌入代码已复制',
    embedLabel: '嵌入代码（iframe）',
  },
  download: {
    png: '图片（PNG，2倍）',
    svg: '图片（SVG）',
    csv: '所显示的数据（CSV）',
    dataset: '完整数据集（JSON）',
    working: '正在准备文件…',
    done: (file: string) => `已下载 ${file}`,
    failed: (reason: string) => `下载失败：${reason}`,
  },
  cite: {
    text: '复制引文',
    bibtex: '复制 BibTeX',
    copied: '引文已复制',
    copyRefused: '浏览器不允许复制。请选中下方的文字并手动复制：',
    textLabel: '引文',
    bibtexLabel: 'BibTeX',
  },
  errors: {
    noChart: '图表不在页面上',
    canvasBlocked: '浏览器拒绝绘制图片（canvas 被阻止）',
    imageLoad: '无法渲染图片',
    encode: '浏览器无法编码 PNG',
    unknown: '发生了意外错误',
  },
  print: {
    /** The footer's first line: where the values come from, and when. */
    source: (source: string, asOf: string) => `来源：${source}。数据截至${asOf}。`,
    scale: (scale: string) => `指数：${scale}。`,
    url: (url: string) => url,
  },
  embed: {
    openFull: '打开完整视图',
    sourceLabel: '来源',
  },
  /** The link-preview image (Open Graph / Twitter card), drawn at build time. */
  preview: {
    heading: '中国人工智能数据看板',
    subheading: (report: string, count: number) => `${report}——指数排名前${count}的模型`,
    source: (publisher: string, report: string, asOf: string) => `来源：${publisher}，《${report}》。数据截至${asOf}。`,
    scale: (scale: string) => `指数：${scale}。`,
    estimate: '“+”：Artificial Analysis 的估计值，尚未经独立评测。',
    asStated: '“*”：仅见于报告的评述文章。',
    alt: (count: number) => `柱状图：Artificial Analysis 指数排名前${count}的模型，按地区着色：中国、美国和其他国家。`,
  },
  csv: {
    status: '指数状态',
    scale: '指数口径',
    sourceIds: '来源编号',
    sourceUrls: '来源网址',
    releaseDate: '发布日期',
  },
};
