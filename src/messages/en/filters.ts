/**
 * The words of the empty-result diagnosis, shared by every view that filters models. Two wordings of
 * the same diagnosis: a list of rows ("shows 3 models") and a chart ("3 models to plot").
 */
const models = (n: number) => `${n} model${n === 1 ? '' : 's'}`;

export interface EmptyWording {
  title: string;
  /** Before the buttons of the filters that, removed on their own, bring models back. */
  because: string;
  /** When no filter is on and still nothing shows. */
  noFilters: string;
  single: (label: string, n: number) => string;
  stillEmpty: (label: string) => string;
  together: (labels: string) => string;
  resetAll: string;
}

const rows: EmptyWording = {
  title: 'No model matches these filters',
  because: 'Each of these filters, removed on its own, brings models back:',
  noFilters: 'The dataset has no model to show here.',
  single: (label, n) => `Remove ${label} (shows ${models(n)})`,
  stillEmpty: (label) => `Removing ${label} alone would still leave nothing.`,
  together: (labels) => `Together, ${labels} leave nothing; no single one of them is to blame.`,
  resetAll: 'Remove every filter',
};

const plot: EmptyWording = {
  title: 'No model to plot',
  because: 'The filters in use leave no model with both a release date and an index value in this window.',
  noFilters: 'The dataset has no model with both a release date and an index value in this window.',
  single: (label, n) => `Remove ${label} (${models(n)} to plot)`,
  stillEmpty: (label) => `Removing ${label} alone would still leave nothing to plot.`,
  together: (labels) => `Together, ${labels} leave nothing to plot; no single one of them is to blame.`,
  resetAll: 'Clear all filters',
};

export const filters = {
  empty: { rows, plot },
  /** “A”, “A” and “B”, “A”, “B” and “C”. */
  joinLabels: (labels: string[]): string => {
    const quoted = labels.map((l) => `“${l}”`);
    if (quoted.length <= 1) return quoted.join('');
    return `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
  },
};
