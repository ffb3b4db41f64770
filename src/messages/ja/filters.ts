import type { EmptyWording, filters as en } from '../en/filters';

const rows: EmptyWording = {
  title: 'これらのフィルターに一致するモデルはありません',
  because: '次のフィルターは、どれか一つを外すだけでモデルが表示されます：',
  noFilters: 'ここに表示できるモデルはデータセットにありません。',
  single: (label, n) => `「${label}」を外す（モデル${n}件を表示）`,
  stillEmpty: (label) => `「${label}」だけを外しても、何も表示されません。`,
  together: (labels) => `${labels}の組み合わせで何も残りません。どれか一つが原因ではありません。`,
  resetAll: 'すべてのフィルターを外す',
};

const plot: EmptyWording = {
  title: '描画できるモデルがありません',
  because: '使用中のフィルターでは、この期間にリリース日とインデックスの値をともに持つモデルが残りません。',
  noFilters: 'この期間にリリース日とインデックスの値をともに持つモデルは、データセットにありません。',
  single: (label, n) => `「${label}」を外す（描画できるモデル${n}件）`,
  stillEmpty: (label) => `「${label}」だけを外しても、描画できるものはありません。`,
  together: (labels) => `${labels}の組み合わせで描画できるものが残りません。どれか一つが原因ではありません。`,
  resetAll: 'すべてのフィルターを解除',
};

export const filters: typeof en = {
  empty: { rows, plot },
  /** The scope every view shares: as of the report (default) or everything. `month` is "2025年2月". */
  scope: {
    legend: '対象範囲',
    options: { report: 'レポート時点', all: '推定値とレポート後のリリースを含める' } as Record<'report' | 'all', string>,
    help: (day: string) => `レポート時点：${day}までにリリースされたモデルの実測値と解説記事の記載値。推定値（「+」）は含みません。`,
    /** The scope in words, for every headline and readout. */
    phrase: {
      report: (month: string) => `レポート時点（${month}）：実測値と解説記事の記載値`,
      all: (month: string) => `すべての値：推定値とレポート（${month}）後のリリースを含む`,
    } as Record<'report' | 'all', (month: string) => string>,
    chip: '推定値とレポート後のリリースを含む',
    /** The one definition of the count above each view. */
    showing: (shown: number, inScope: number) => `対象範囲のモデル${inScope}件中${shown}件を表示。`,
  },
  /** A readout with one side empty: no winner is declared. */
  noComparison: {
    headline: '比較できません',
    because: (side: string, filters: string) => `この選択には評価済みの${side}のモデルがありません。${filters}によって、こちら側が空になっています。`,
    becauseScope: (side: string) => `この対象範囲には評価済みの${side}のモデルがありません。`,
  },
  /** 「A」、「A」と「B」、「A」、「B」と「C」。 */
  joinLabels: (labels: string[]): string => {
    const quoted = labels.map((l) => `「${l}」`);
    if (quoted.length <= 1) return quoted.join('');
    return `${quoted.slice(0, -1).join('、')}と${quoted[quoted.length - 1]}`;
  },
};
