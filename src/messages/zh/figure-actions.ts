import type { figureActions as en } from '../en/figure-actions';

/** The few strings the Share / Download / Cite buttons need before any panel opens. */
export const figureActions: typeof en = {
  share: '分享',
  shareLabel: (title: string) => `分享“${title}”`,
  download: '下载',
  downloadLabel: (title: string) => `下载“${title}”`,
  cite: '引用',
  citeLabel: (title: string) => `引用“${title}”`,
  loading: '加载中…',
  /** Appended to a figure's source line in its image. */
  asOf: (date: string) => `数据截至${date}。`,
};
