const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const leaderboard = {
  title: 'Leaderboard',
  intro: 'Models ranked by the Artificial Analysis Intelligence Index as published around the Q1 2025 China report.',
  tableCaption: 'Every model in the dataset, with its lab, country and index value',
  columns: {
    rank: 'Rank',
    model: 'Model',
    lab: 'Lab',
    country: 'Country',
    release: 'Released',
    index: 'Index',
    open: 'Open weights',
    reasoning: 'Reasoning',
    price: 'Price (USD/M, blended)',
    params: 'Parameters',
    context: 'Context',
    licence: 'Licence',
  },
  /** The optional columns' show/hide switches. */
  columnPicker: {
    label: 'Columns',
    help: 'Show or hide columns; the choice is kept in the link.',
  },

  /** The filter panel (shared by every view that filters models). */
  filters: {
    heading: 'Filters',
    toggle: (active: number) => `Filters (${active} active)`,
    region: 'Region',
    labs: 'Labs',
    labsHelp: 'The number beside a lab is how many of its models in the dataset match the other filters (rated or not, so a chart may draw fewer).',
    labsSummary: (selected: number, total: number) => (selected === total ? `All ${total} labs` : `${selected} of ${total} labs`),
    groupAll: 'All',
    groupNone: 'None',
    groupAllLabel: (group: string) => `Select every lab in ${group}`,
    groupNoneLabel: (group: string) => `Clear every lab in ${group}`,
    labCountUnit: (n: number): string => (n === 1 ? 'model' : 'models'),
    only: 'only',
    onlyLabel: (lab: string) => `Only ${lab}`,
    lastLab: 'At least one lab stays selected. Use “All” or Reset all to bring the others back.',
    openWeights: 'Open weights',
    openWeightsOptions: { any: 'Any', open: 'Open', closed: 'Closed' } as Record<'any' | 'open' | 'closed', string>,
    reasoning: 'Reasoning',
    reasoningOptions: { any: 'Any', reasoning: 'Reasoning', 'non-reasoning': 'Non-reasoning' } as Record<'any' | 'reasoning' | 'non-reasoning', string>,
    unknownExcluded: 'Models whose openness or reasoning is unknown are left out when these are set.',
    window: 'Release-date window',
    from: 'From',
    to: 'To',
    windowHelp:
      'Filters release dates; index values stay as of Feb 2025. Type a date or pick one from the calendar. A model dated only to a month counts if that month overlaps the window; undated models are left out.',
    windowInverted: '“From” is after “To”: no model can match. Swap or clear one of them.',
    presets: 'Quick windows',
    presetBeforeReport: 'Up to the report',
    presetAfterReport: 'After the report',
    presetYear: (year: number) => String(year),
    presetLabel: (what: string) => `Release dates: ${what}`,
    search: 'Search',
    searchLabel: 'Search models and labs',
    searchHelp: 'Matches model and lab names, Chinese names and aliases (e.g. 深度求索, 通义千问, Kimi).',
    searchPlaceholder: 'e.g. DeepSeek, 通义千问',
    clearSearch: 'Clear search',
  },

  /** Chips for active filters, and the words the empty state uses. */
  chips: {
    label: 'Active filters',
    region: (region: string) => `Region: ${region}`,
    labs: (names: string, count: number) => (count === 1 ? `Lab: ${names}` : `Labs: ${names}`),
    andMore: (names: string, more: number) => `${names} and ${more} more`,
    openOnly: 'Open weights only',
    closedOnly: 'Closed weights only',
    reasoningOnly: 'Reasoning models only',
    nonReasoningOnly: 'Non-reasoning models only',
    from: (day: string) => `Released on or after ${day}`,
    to: (day: string) => `Released on or before ${day}`,
    search: (text: string) => `Search: “${text}”`,
    remove: (label: string) => `Remove filter: ${label}`,
    resetAll: 'Reset all',
    resetAllLabel: 'Reset all filters',
    none: 'No filters: every model is shown.',
  },

  mode: {
    label: 'Show',
    ranked: 'Ranked',
    compare: 'China vs US side by side',
  },

  /** Marks used in the chart and the table, with their legend. */
  marks: {
    legendLabel: 'Bar styles and marks',
    reasoning: 'R',
    reasoningLegend: 'reasoning model',
    open: 'O',
    openLegend: 'open weights',
    later: '†',
    laterLegend: 'released after the report (the report could not have measured it)',
    measuredLegend: 'no mark: measured',
    asStatedLegend: 'diamond: stated only in a write-up',
    estimateBarLegend: 'plus: AA estimate',
  },

  chart: {
    title: 'Models ranked by intelligence index',
    axis: (scale: string) => `Index: ${scale}`,
    source: (scale: string) =>
      `${scale}. Values as of early February 2025, not at each model’s release. Sources: Artificial Analysis leaderboard snapshot and write-ups of the report, per value (see a model’s details).`,
    topNote: (shown: number, rated: number) => `The chart shows the ${shown} highest-ranked of ${rated} rated models; the table lists all of them.`,
    notRatedNote: (n: number) => `${plural(n, 'model has', 'models have')} no index value (“not rated”): listed in the table, not drawn.`,
    keyboard: 'Keyboard: focus the chart, move with ↑ ↓, press Enter to open the model’s details.',
    twinCaption: 'The rated models drawn in the chart, best first',
    twinHeader: ['Model', 'Rank', 'Lab', 'Country', 'Index', 'Status', 'Released', 'Open weights', 'Reasoning', 'Sources'],
    filename: 'leaderboard-ranked',
  },

  tooltip: {
    lab: 'Lab',
    country: 'Country',
    released: 'Released',
    value: 'Index',
    status: 'Status',
    sources: 'Sources',
    rank: (rank: number, tied: boolean) => `Rank ${rank}${tied ? ' (tied)' : ''}`,
    later: 'Released after the report',
    open: 'Open weights',
    reasoning: 'Reasoning model',
    click: 'Click or press Enter for details',
  },

  table: {
    heading: 'All models in this selection',
    caption: (shown: number) => `${plural(shown, 'model', 'models')} in this selection`,
    note: (scale: string) =>
      `Index: ${scale}; measured by Artificial Analysis unless marked. Ranks count the rated models in this selection; equal values share a rank (“=”). Models without a value are “not rated” and never ranked. † released after the report. Select a column header to sort; select a model for its details and sources.`,
    tied: 'tied',
    notRated: 'not rated',
    alsoStated: (value: number) => `also stated: ${value}`,
    alsoStatedHelp: (value: number, sources: string) => `Another source states ${value} (${sources}); see the model’s details.`,
    later: 'released after the report',
    openDetails: (name: string) => `${name}: open details`,
    showMore: (n: number, remaining: number) => `Show ${n} more (${remaining} not shown)`,
    showAll: (n: number) => `Show all ${n}`,
    partial: (shown: number, total: number) => `Showing the first ${shown} of ${total} rows in this order.`,
    filename: 'leaderboard',
    csvColumns: {
      rank: 'Rank',
      model: 'Model',
      lab: 'Lab',
      country: 'Country',
      release: 'Released',
      index: 'Index',
      status: 'Status',
      also: 'Also stated',
      open: 'Open weights',
      reasoning: 'Reasoning',
      after: 'Released after the report',
      sources: 'Sources',
      price: 'Blended price USD/M (3:1)',
      priceInput: 'Input USD/M',
      priceOutput: 'Output USD/M',
      priceDate: 'Price as of',
      params: 'Parameters total (B)',
      paramsActive: 'Parameters active (B)',
      context: 'Context window (tokens)',
      licence: 'Licence',
    },
  },

  readouts: {
    heading: 'China vs US',
    regionNote: 'These readouts compare both sides under every filter except Region.',
    how: 'How it is computed',
    notes: (n: number) => plural(n, 'note', 'notes'),
    measuredOnly: 'Measured values only',
    points: (n: number) => plural(n, 'point', 'points'),
    gap: {
      title: 'Best US vs best Chinese model',
      usAhead: (n: number) => `US ahead by ${plural(n, 'point', 'points')}`,
      cnAhead: (n: number) => `China ahead by ${plural(n, 'point', 'points')}`,
      level: 'Level',
      missing: (side: string) => `No rated ${side} model under these filters`,
      how: 'The highest index value on each side; gap = best US value minus best Chinese value, in index points.',
    },
    months: {
      title: 'Months behind',
      behind: (months: string) => `${months} months`,
      chinaFirst: (months: string) => `China first, by ${months} months`,
      sameTime: 'Same day',
      chinaAhead: 'China ahead',
      noChina: 'No rated Chinese model',
      undated: 'Release date unknown',
      behindDetail: (target: number, us: string, usDate: string, cn: string, cnDate: string) =>
        `The US first reached ${target} with ${us} (${usDate}); China matched it with ${cn} (${cnDate}).`,
      chinaFirstDetail: (target: number, cn: string, cnDate: string, us: string, usDate: string) =>
        `China reached ${target} with ${cn} (${cnDate}); the US first reached it with ${us} (${usDate}).`,
      chinaAheadDetail: (target: number, cn: string, usBest: string | null) =>
        `No US model under these filters reaches China’s best, ${target} (${cn})${usBest ? `; the best US value is ${usBest}` : ''}.`,
      undatedDetail: (target: number, cn: string) => `China’s best, ${target} (${cn}), has no known release date.`,
      usUndatedDetail: (target: number, us: string) => `US models reach China’s best, ${target} (e.g. ${us}), but none has a known release date.`,
      approximate: 'Approximate: a release date here is known only to the month.',
      how: 'C = the best Chinese value. Time from the release of the first US model scoring at least C to the release of the first Chinese model scoring C, in months of 30.4 days, to one decimal. Models without a release date are left out.',
    },
    open: {
      title: 'Open-weights leader',
      none: 'No rated open-weights model',
      leader: (name: string, region: string, value: string) => `${name} (${region}), ${value}`,
      sides: (us: string, cn: string) => `Best open US model: ${us}. Best open Chinese model: ${cn}.`,
      noneSide: 'none',
      how: 'The highest index value among models with downloadable weights; the best open model of each side beside it.',
    },
    pair: (us: string, cn: string) => `${us} vs ${cn}`,
    onlySide: (side: string, model: string) => `Best ${side} model: ${model}`,
    sideAdjective: { us: 'US', cn: 'Chinese' },
    model: (names: string, value: string) => `${names} ${value}`,
    caveatEstimate: (name: string, value: number) => `${name}’s ${value} is an Artificial Analysis estimate (“+”), not a measurement.`,
    caveatAsStated: (name: string, value: number) => `${name}’s ${value} is stated only in a write-up of the report, not on AA’s leaderboard.`,
    caveatLater: (name: string, date: string) => `${name} was released after the report (${date}).`,
    /** A model (or tie) with its side: "o1 90 (US)". */
    sideRegion: (label: string, region: string) => `${label} (${region})`,
    /** The readout on measured values only: "o1 90 (US) vs DeepSeek-R1 89 (CN): US ahead by 1 point". */
    measuredLine: (pair: string, headline: string) => `${pair}: ${headline}`,
    /** A headline and its detail as one text: "1.5 months. The US first reached …". */
    headlineDetail: (headline: string, detail: string) => `${headline}. ${detail}`,
  },

  summary: {
    shown: (shown: number, rated: number) =>
      shown === 0 ? 'No model matches these filters.' : `${plural(shown, 'model', 'models')} shown, ${rated} rated.`,
    top: (names: string, region: string, value: string) => `The top is ${names} (${region}, ${value}).`,
    usLeads: (us: string, cn: string, n: number) => `The best US model, ${us}, leads the best Chinese model, ${cn}, by ${plural(n, 'point', 'points')}`,
    cnLeads: (cn: string, us: string, n: number) => `The best Chinese model, ${cn}, leads the best US model, ${us}, by ${plural(n, 'point', 'points')}`,
    level: (us: string, cn: string) => `The best US model, ${us}, and the best Chinese model, ${cn}, are level`,
    oneSide: (side: string) => `There is no rated ${side} model to compare under these filters`,
    measured: (text: string) => `; on measured values only: ${text}`,
    measuredGap: (us: string, cn: string, gap: number) =>
      gap > 0
        ? `${us} leads ${cn} by ${plural(gap, 'point', 'points')}`
        : gap < 0
          ? `${cn} leads ${us} by ${plural(-gap, 'point', 'points')}`
          : `${us} and ${cn} are level`,
    behind: (target: number, months: string) => `China reached its best value, ${target}, ${months} months after the US first did.`,
    chinaFirst: (target: number, months: string) => `China reached its best value, ${target}, ${months} months before the US did.`,
    sameTime: (target: number) => `China and the US first reached ${target} on the same day.`,
    chinaAhead: (target: number) => `No US model reaches China’s best value, ${target}.`,
    open: (name: string, region: string, value: string) => `The best open-weights model is ${name} (${region}, ${value}).`,
    value: (value: number, status: 'measured' | 'estimate' | 'as-stated') =>
      status === 'estimate' ? `${value}, an estimate` : status === 'as-stated' ? `${value}, as stated in a write-up` : String(value),
    /** A model (or tie) with its value: "o1 (90)". */
    nameValue: (names: string, value: string) => `${names} (${value})`,
  },

  compare: {
    title: 'Best models of each side, on one scale',
    columnTitle: (side: string, shown: number, total: number, size: number) =>
      shown > size ? `${side}: top ${size} of ${total} rated (${shown} with ties at the cut)` : `${side}: top ${shown} of ${total} rated`,
    empty: (side: string) => `No rated ${side} model under these filters.`,
    twinCaption: 'The best models of each side, as drawn: the United States first, then China',
    twinHeader: ['Model', 'Side', 'Rank in side', 'Index', 'Status'],
    filename: 'china-vs-us',
    regionNote: 'Side by side always shows both sides; the Region filter applies to the table below.',
  },
};
