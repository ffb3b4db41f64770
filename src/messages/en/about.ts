export const about = {
  title: 'About the data',
  intro:
    'What this dashboard shows, where every number comes from, and how to cite it. Every value on screen traces to a source listed on this page.',
  indexHeading: 'The index',
  indexBody: (examples: string) =>
    `The leaderboards use the Artificial Analysis Intelligence Index as published around the report “State of AI: China Q1 2025”. Its values${examples ? ` (${examples})` : ''} match Artificial Analysis’s leaderboard of about 1–5 February 2025, the pre-v2 scale.`,
  scaleLabel: 'Scale',
  caveatLabel: 'Caveat',
  statusHeading: 'What the status of a value means',
  documentHeading: 'The source document and its garbled numbers',
  documentBody:
    'The project started from a Japanese machine translation of a Chinese blog post that summarises the report. Some of its numbers are garbled. The PDF of the report itself could not be read; its content comes from secondary write-ups, cross-checked against a stored snapshot of Artificial Analysis’s leaderboard from the same weeks.',
  documentHandling:
    'Where the source document states a value that a better source contradicts, both are kept: the better-sourced value is used in charts and rankings, and the source document’s value is shown beside it, marked “as stated”. Values are never silently replaced. Unknown values are shown as unknown, never as 0.',
  conflictsHeading: 'Values in conflict',
  conflictsCaption: 'Models whose sources state different index values, and the value the charts use',
  conflictColumns: { model: 'Model', used: 'Used in charts', other: 'Also stated', note: 'Why' },
  reportHeading: 'The report',
  datasetHeading: 'This dataset',
  fieldsHeading: 'Price, parameters, context and licence',
  fieldsBody: [
    'Each model records its API price in US dollars per million input and per million output tokens as of February 2025, with the date the price held, who charged it (the lab’s own API, or a third-party host for open weights without one) and its source. Prices listed in yuan keep the original figures and the rate used.',
    'The blended price weighs input and output 3 to 1: (3 × input + output) ÷ 4, the convention Artificial Analysis uses. It needs both prices; a model with only an input price has no blended price and is listed as not priced, never drawn at 0.',
    'Parameters (total, and active per token for mixtures of experts), the context window (and the first-party API’s limit where it was lower) and the weights’ licence each carry a status: first-party source, secondary source, not disclosed by the lab, no source found, or not applicable.',
  ],
  coverage: (models: number, price: number, inputOnly: number, params: number, context: number, licence: number) =>
    `Of ${models} models: ${price} have a blended price (and ${inputOnly} more an input price only), ${params} have a parameter count, ${context} a context window (or the API’s limit) and ${licence} a licence.`,
  changelogHeading: 'Change log',
  changelogEntry: (version: string, date: string) => `Version ${version}, ${date}`,
  datasetFacts: (version: string, asOf: string, models: number, labs: number, events: number, sources: number) =>
    `Version ${version}, as of ${asOf}: ${models} models, ${labs} labs, ${events} export-control events, ${sources} sources.`,
  download: 'Download the dataset (JSON)',
  citeHeading: 'How to cite',
  attributionHeading: 'Attribution',
  sourcesHeading: 'Sources',
  sourcesCaption: 'Every source the dataset cites, with its key as used on other pages',
  sourceColumns: { id: 'Key', title: 'Title', publisher: 'Publisher', date: 'Date', tier: 'Tier', note: 'Note' },
  tierRule:
    'Each source has a tier, shown beside the values it supports (tooltips, the model details, the headline readouts). Primary: the lab’s or the agency’s own page, paper, filing or repository, or Artificial Analysis’s own values (its methodology and the stored snapshot of its leaderboard). Secondary: the press, law firms, research groups, wikis and data aggregators. Tertiary: machine translations, summaries of the report, forum posts, copies on unrelated sites and general knowledge. A value shows the most direct tier among its sources, and says when no source of that tier has a public address. Where the tier is not obvious, the table says why.',
  noPublicAddress: 'no public address',
  tierNames: { primary: 'primary', secondary: 'secondary', tertiary: 'tertiary' } as Record<'primary' | 'secondary' | 'tertiary', string>,
  noUrl: 'no public address',
  alsoAt: 'also at',
};
