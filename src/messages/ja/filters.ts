import type { EmptyWording, filters as en } from '../en/filters';

const rows: EmptyWording = {
  title: 'これらのフィルターに一致するモデルはありません',
  because: '次のフィルターは、どれか一つを外すだけでモデルが表示されます：',
  noFilters: 'ここに表示できるモデルはデータセットにありません。',
  single: (label, n) => `${label}を外す（モデル${n}件を表示）`,
  stillEmpty: (label) => `${label}だけを外しても、何も表示されません。`,
  together: (labels) => `${labels}の組み合わせで何も残りません。どれか一つが原因ではありません。`,
  resetAll: 'すべてのフィルターを外す',
};

const plot: EmptyWording = {
  title: '描画できるモデルがありません',
  because: '使用中のフィルターでは、この期間にリリース日とインデックスの値をともに持つモデルが残りません。',
  noFilters: 'この期間にリリース日とインデックスの値をともに持つモデルは、データセットにありません。',
  single: (label, n) => `${label}を外す（描画できるモデル${n}件）`,
  stillEmpty: (label) => `${label}だけを外しても、描画できるものはありません。`,
  together: (labels) => `${labels}の組み合わせで描画できるものが残りません。どれか一つが原因ではありません。`,
  resetAll: 'すべてのフィルターを解除',
};

export const filters: typeof en = {
  empty: { rows, plot },
  /** 「A」、「A」と「B」、「A」、「B」と「C」。 */
  joinLabels: (labels: string[]): string => {
    const quoted = labels.map((l) => `「${l}」`);
    if (quoted.length <= 1) return quoted.join('');
    return `${quoted.slice(0, -1).join('、')}と${quoted[quoted.length - 1]}`;
  },
};
