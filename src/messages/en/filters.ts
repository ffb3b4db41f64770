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
  /** The scope every view shares: as of the report (default) or everything. `month` is "Feb 2025". */
  scope: {
    legend: 'Scope',
    options: { report: 'As of the report', all: 'Include estimates and later releases' } as Record<'report' | 'all', string>,
    help: (day: string) => `As of the report: models released by ${day}, measured and as-stated values; no estimates (“+”).`,
    /** The scope in words, for every headline and readout. */
    phrase: {
      report: (month: string) => `As of the report (${month}): measured and as-stated values`,
      all: (month: string) => `All values: estimates and releases after the report (${month}) included`,
    } as Record<'report' | 'all', (month: string) => string>,
    chip: 'Estimates and later releases included',
    /** The one definition of the count above each view. */
    showing: (shown: number, inScope: number) => `${shown} of the ${inScope} models in scope shown.`,
  },
  /** A readout with one side empty: no winner is declared. */
  noComparison: {
    headline: 'No comparison possible',
    because: (side: string, filters: string) => `No rated ${side} model in this selection; ${filters} left that side empty.`,
    becauseScope: (side: string) => `No rated ${side} model in this scope.`,
  },
  /** “A”, “A” and “B”, “A”, “B” and “C”. */
  joinLabels: (labels: string[]): string => {
    const quoted = labels.map((l) => `“${l}”`);
    if (quoted.length <= 1) return quoted.join('');
    return `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
  },
};
