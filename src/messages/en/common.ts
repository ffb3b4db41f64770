export const common = {
  productName: 'China AI Dashboard',
  productTagline: 'Exploring Artificial Analysis, “State of AI: China Q1 2025”',
  skipToContent: 'Skip to content',
  /** The page's meta description (also in index.html, for crawlers that do not run scripts). */
  metaDescription:
    'Interactive dashboard for the Artificial Analysis report “State of AI: China Q1 2025”: leaderboards, China vs US, the frontier over time with US export controls, and lab profiles, with every value sourced.',
  /** The language switch; each language's own name is not translated (it is shown in its own language). */
  language: {
    label: 'Language',
    failed: 'That language could not be loaded. Check the connection and try again.',
  },
  nav: {
    label: 'Views',
    leaderboard: 'Leaderboard',
    timeline: 'Timeline',
    price: 'Price',
    labs: 'Labs',
    exportControls: 'Export controls',
    about: 'About the data',
    story: 'Story',
  },
  theme: {
    label: 'Colour theme',
    system: 'System',
    light: 'Light',
    dark: 'Dark',
  },
  footer: {
    dataset: (version: string, asOf: string) => `Dataset v${version}, as of ${asOf}.`,
    indexCaveat: 'Index values are on the pre-v2 Artificial Analysis scale (early February 2025) and are not comparable with later versions.',
    aboutLink: 'About the data and how to cite it',
  },
  loading: 'Loading the dataset…',
  slowLoading: {
    still: 'Still loading the dataset. A slow connection can take a while.',
    attempt: (attempt: number, total: number, reason: string) =>
      `Attempt ${attempt} of ${total}: the previous attempt failed (${reason}).`,
    retryNow: 'Try again now',
  },
  unknown: 'unknown',
  /** A model field with no value, by why (the dataset's field status). */
  missingField: { undisclosed: 'not disclosed', 'not-found': 'unknown', 'not-applicable': 'n/a', 'first-party': 'unknown', secondary: 'unknown' } as Record<
    'undisclosed' | 'not-found' | 'not-applicable' | 'first-party' | 'secondary',
    string
  >,
  inputOnly: (input: string) => `input ${input} only`,
  activeParams: 'active',
  apiLimit: (tokens: string) => `API ${tokens}`,
  notRated: 'not rated',
  notStated: 'not stated in the sources',
  yes: 'Yes',
  no: 'No',
  region: { all: 'All', us: 'United States', cn: 'China', other: 'Other' } as Record<'all' | 'us' | 'cn' | 'other', string>,
  regionShort: { us: 'US', cn: 'CN', other: 'Other' } as Record<'us' | 'cn' | 'other', string>,
  country: {
    US: 'United States',
    CN: 'China',
    FR: 'France',
    IL: 'Israel',
    CA: 'Canada',
    GB: 'United Kingdom',
  } as Record<string, string>,
  status: {
    measured: 'measured',
    estimate: 'estimate',
    'as-stated': 'as stated in a write-up',
  } as Record<'measured' | 'estimate' | 'as-stated', string>,
  /** A model with no value used on the chart, but other values its sources state. */
  otherValue: {
    measured: (v: string) => `a measured value of ${v} is recorded`,
    estimate: (v: string) => `an estimate of ${v} is stated`,
    'as-stated': (v: string) => `a write-up states ${v}`,
  } as Record<'measured' | 'estimate' | 'as-stated', (v: string) => string>,
  otherNotUsed: (values: string) => `(${values}; not used, see the model’s details)`,
  statusHelp: {
    measured: 'A value from Artificial Analysis’s own leaderboard (snapshot of early February 2025).',
    estimate: 'An Artificial Analysis estimate, marked “+” in the report: not yet independently evaluated.',
    'as-stated': 'A value that only a write-up of the report gives; not confirmed by Artificial Analysis’s leaderboard.',
  } as Record<'measured' | 'estimate' | 'as-stated', string>,
  kind: { 'big-tech': 'Big tech', startup: 'Start-up' } as Record<'big-tech' | 'startup', string>,
  sourcesLabel: 'Sources',
  laterRelease: 'released after the report',
  error: {
    title: 'The dataset could not be loaded',
    retry: 'Retry',
    viewCrashed: 'This view could not be drawn',
    viewCrashedHelp: 'Something went wrong while drawing this view. Your filters are kept in the address bar. Try another view, or reload the page.',
    reload: 'Reload the page',
  },
  /** Every table's scroll box. */
  table: {
    scrollHint: 'Scroll sideways for more columns →',
  },
  chart: {
    chart: 'Chart',
    table: 'Table',
    download: 'Download CSV',
    sources: 'Sources',
    more: 'More',
    noSources: 'The source line below names where these values come from.',
    unknownSource: 'A source that is not in the dataset.',
    viewAs: (title: string) => `Show ${title} as`,
    legend: 'Legend',
  },
  /** "A, B, C and 2 more": a list cut short (the list is already joined). */
  andMore: (list: string, more: number) => `${list} and ${more} more`,
  /** Generated sentences in a row: English puts a space between them. */
  joinSentences: (sentences: readonly string[]) => sentences.join(' '),
  /** A sentence that the code builds from parts, closed with the language's full stop. */
  sentence: (text: string) => `${text}.`,
  /** A value with its status beside it: "94+ (estimate)". */
  valueWithStatus: (value: string, status: string) => `${value} (${status})`,
  /** Parameters of a mixture of experts: "671B (37B active)". */
  paramsWithActive: (total: string, active: string) => `${total} (${active} active)`,
  /** Short notes in one line (a figure's scale note): "As of the report. Index v2. …". */
  joinPhrases: (phrases: readonly string[]) => phrases.join('. '),
  /** Between a label and what it labels: "What changed: …". */
  labelSeparator: ': ',
  /** Items of one run-in list, each a phrase with its own commas: "H20: …; H800: …". */
  joinItems: (items: readonly string[]) => items.join('; '),
  /** A label and its text in one string: "Index: 94". */
  labelled: (label: string, text: string) => `${label}: ${text}`,
  /** A note in brackets after a text: "DeepSeek-R1 (DeepSeek)". */
  aside: (text: string, note: string) => `${text} (${note})`,
  /** A source link's accessible name: "Source AA-1: Artificial Analysis, …". */
  sourceLink: (label: string) => `Source ${label}`,
};
