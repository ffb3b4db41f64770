import type { figureActions as en } from '../en/figure-actions';

export const figureActions: typeof en = {
  share: '共有',
  shareLabel: (title: string) => `「${title}」を共有`,
  download: 'ダウンロード',
  downloadLabel: (title: string) => `「${title}」をダウンロード`,
  cite: '引用',
  citeLabel: (title: string) => `「${title}」を引用`,
  loading: '読み込み中…',
  asOf: (date: string) => `データは${date}時点。`,
};
