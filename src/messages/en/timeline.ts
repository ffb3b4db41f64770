const points = (n: number) => `${n} point${n === 1 ? '' : 's'}`;
const models = (n: number) => `${n} model${n === 1 ? '' : 's'}`;

export const timeline = {
  title: 'Timeline',
  intro:
    'The US and Chinese frontiers over time, with US export-control events on the same axis, and how many models each region released per quarter.',

  /** The chart's own action in the shared empty state (src/messages/en/filters.ts). */
  emptyShowLater: 'Include estimates and later releases',
  phoneWindow: (from: string) => `On a small screen the timeline starts at ${from}.`,
  phoneWiden: 'Show all dates',

  /** An open end of the release window, in words (the brush handles). */
  filters: {
    anyStart: 'the start',
    anyEnd: 'now',
  },

  window: {
    legend: 'Release-date window',
    help: 'Filters models by their release date; every index value stays as of February 2025, whatever the window. Shared with the leaderboard. Drag on the overview strip, move its handles with the arrow keys, or type dates.',
    from: 'From',
    to: 'To',
    reset: 'Whole period',
    presetsLabel: 'Quick windows',
    year: (y: number) => String(y),
    invalidDay: 'Enter a full date, e.g. 2023-10-17.',
    outOfRange: (min: string, max: string) => `Enter a date between ${min} and ${max}.`,
    fromAfterTo: '“From” must be on or before “To”.',
    brushLabel: 'Overview of the whole period: drag to choose a window',
    startHandle: 'Window start',
    endHandle: 'Window end',
  },

  frontier: {
    title: 'The US and Chinese frontiers over time',
    scaleNote: (scale: string, reportDay: string) =>
      `Index: ${scale}. Every point is a model’s score as of early February 2025, placed at its release date; it is not the score the model had at release. The report was published on or before ${reportDay}.`,
    openFrontier: 'Show the open-weights frontier',
    hideLaterEvents: 'Hide events after the report',
    yAxis: 'Index',
    chartLabel: (n: number) =>
      `Frontier chart with ${models(n)}. Use the left and right arrow keys to move between models in release order, Home and End for the first and last, Enter to open the model’s details.`,
    frontierLine: 'Frontier: best index so far, one line per region, labelled at its end',
    openLine: 'Open-weights frontier (dashed)',
    openNote:
      'On this index, China’s open-weights frontier passes the US’s where the chart shows it. Artificial Analysis’s later reporting, on its v2 index, dates China’s first open-weights lead to November 2024 (QwQ-32B-Preview passing Llama 3.1 405B); the two indices are not comparable.',
    gapUs: 'Gap between the US and Chinese frontiers (US ahead)',
    gapCn: 'Gap where China’s frontier is ahead (hatched)',
    legendLabel: 'Markers, lines and events',
    legendEvent: 'Export-control rule (named) or other event (tick)',
    legendStatusNote: (near: number) =>
      `Named: models that set the best index so far or came within ${near} points of it, then those that set or nearly set the US’s or China’s own frontier, where there is room. Each value’s status (measured, stated in a write-up, estimate), openness and reasoning: in the tooltip and the Table tab.`,
    afterReport: 'After the report',
    tooltipRelease: (date: string) => `Released ${date}`,
    tooltipIndex: (value: string, status: string) => `Index ${value} (${status})`,
    tooltipAlso: (values: string) => `Also stated: ${values}`,
    tooltipReasoning: 'Reasoning model',
    tooltipOpen: 'Open weights',
    tooltipClosed: 'Proprietary',
    tooltipOpenUnknown: 'Openness unknown',
    tooltipLater: 'Released after the report',
    tooltipAction: 'Click or press Enter for details',
    announce: (name: string, lab: string, region: string, date: string, value: string, status: string, flags: string) =>
      `${name}, ${lab}, ${region}. Released ${date}. Index ${value}, ${status}.${flags ? ` ${flags}.` : ''}`,
    sourceIndex: 'Index values: Artificial Analysis leaderboard snapshot of early February 2025 and the report’s write-ups',
    sourceRest: 'Release dates: each model’s own sources (open a model to see them). Events: the sources on each event’s card.',
    tableCaption: 'Models on the frontier chart, in release order, with the frontier each one set',
    columns: {
      model: 'Model',
      lab: 'Lab',
      region: 'Region',
      released: 'Released',
      index: 'Index',
      status: 'Status',
      reasoning: 'Reasoning',
      open: 'Open weights',
      afterReport: 'After the report',
      frontier: 'Set a frontier',
    },
    frontierSet: (region: string, kind: 'all' | 'open') => `${region}${kind === 'open' ? ' open-weights' : ''}`,
    unplottedCaption: 'Models in the selection that cannot be plotted',
    /** A model with no preferred value whose sources state others: "a write-up states 84". */
    unplottedReason: {
      'not-rated': 'not rated on this index',
      undated: 'release date not stated in the sources',
      neither: 'not rated, and release date not stated',
      'imprecise-date': 'dated only to a month or year that overlaps the window, so it cannot be placed on this axis',
    } as Record<'not-rated' | 'undated' | 'neither' | 'imprecise-date', string>,
    eventsCaption: 'Export-control events on the axis',
    eventColumns: { number: 'No.', date: 'Date', title: 'Event', kind: 'Kind', after: 'After the report' },
    openDetails: (name: string) => `Open details for ${name}`,
    csvFile: 'timeline-frontier',
    /** A frontier line's end label: "US 90"; the open-weights line, "US open 90". */
    endLabel: (region: string, value: string) => `${region} ${value}`,
    endLabelOpen: (region: string, value: string) => `${region} open ${value}`,
  },

  events: {
    toolbar: 'Export-control events on the axis. Use the left and right arrow keys to move between them.',
    legendList: 'Events on the chart, by number',
    earlier: (n: number) => `${n} earlier event${n === 1 ? '' : 's'}, before the axis starts`,
    ticks: (n: number) => `${n} other event${n === 1 ? '' : 's'} on the axis (plain ticks)`,
    later: (n: number) => `${n} later event${n === 1 ? '' : 's'}, after the axis ends`,
    markerName: (visible: string, date: string, title: string, after: boolean) => `${visible}: ${date}, ${title}${after ? ' (after the report)' : ''}`,
    /** Short labels for the markers; an event not listed here gets one made from its date and kind. */
    shortLabels: {
      '2019-huawei-entity-list': 'Huawei listed',
      '2022-08-nvidia-a100-h100-licence-letter': 'A100/H100 letter',
      '2022-10-bis-advanced-computing-rule': 'Oct 2022 rule',
      '2022-11-a800-confirmed': 'A800',
      '2023-03-h800-launch': 'H800',
      '2023-10-bis-advanced-computing-update': 'Oct 2023 rule',
      '2023-11-h20-l20-l2-reported': 'H20/L20/L2',
      '2024-04-bis-corrections': 'Rule fixes',
      '2024-12-bis-hbm-entity-list-rule': 'HBM rule',
      '2025-01-ai-diffusion-rule': 'Diffusion rule',
      '2025-01-zhipu-entity-list': 'Zhipu listed',
      '2025-01-foundry-due-diligence-rule': 'Foundry rule',
      '2025-01-h20-curbs-considered': 'H20 curbs mooted',
      '2025-04-h20-curbs-on-hold-report': 'Curbs on hold',
      '2025-04-h20-mi308-licence-requirement': 'H20 licence',
      '2025-05-diffusion-rule-rescinded': 'Rule rescinded',
      '2025-07-h20-mi308-resumption': 'H20 resumed',
    } as Record<string, string>,
    kindShort: {
      'chip-rule': 'chip rule',
      'entity-list': 'Entity List',
      'diffusion-rule': 'diffusion rule',
      'reported-deliberation': 'reported talks',
      'chip-launch': 'chip launch',
    } as Record<string, string>,
    kind: {
      'chip-rule': 'Chip rule',
      'entity-list': 'Entity List',
      'diffusion-rule': 'Diffusion rule',
      'reported-deliberation': 'Reported deliberation',
      'chip-launch': 'China-specific chip',
    } as Record<string, string>,
    card: {
      afterReport: 'After the report',
      whatChanged: 'What changed',
      details: 'Details',
      thresholds: 'Thresholds',
      chips: 'Chips named',
      labs: 'Labs named',
      sources: 'Sources',
      confidence: (c: string) => `Confidence: ${c}`,
      modelsAfter: 'Models released after this',
      modelsAfterHelp: (day: string) => `Opens the leaderboard with the release window starting ${day}.`,
      zoomAfter: 'Narrow this timeline to after this',
      close: 'Close',
      unknownChip: (id: string) => `${id} (not in the chip table)`,
    },
  },

  cadence: {
    title: 'Release cadence: models released per quarter',
    scaleNote: 'Counts of models in the dataset (not every model released), stacked by the lab’s region. Hatched: reasoning models.',
    yAxis: 'Models released',
    reasoningLegend: 'Reasoning models (hatched)',
    otherLegend: (region: string) => `${region}: other models`,
    reasoningSeries: (region: string) => `${region}: reasoning`,
    tooltipTotal: (n: number) => `${models(n)} in all`,
    tooltipReasoning: (n: number) => `${n} reasoning`,
    firstLegend: '★n: labs whose first reasoning model came out that quarter',
    tooltipFirst: (names: string) => `First reasoning model of its lab: ${names}`,
    source: 'Source: the models in this dataset and their release dates, each with its own sources (open a model, or see About the data).',
    tableCaption: 'Models released per quarter, by region, with reasoning models counted apart',
    columns: {
      quarter: 'Quarter',
      us: 'United States',
      usReasoning: 'of which reasoning',
      cn: 'China',
      cnReasoning: 'of which reasoning',
      other: 'Other',
      otherReasoning: 'of which reasoning',
      total: 'Total',
      first: 'First reasoning model of its lab',
    },
    csvFile: 'timeline-release-cadence',
    empty: 'No model in the selection has a release date precise enough to place in a quarter.',
    firstTitle: 'The first reasoning model of each lab',
    firstCaption: 'Each lab’s earliest reasoning model in the selection, in release order',
    firstColumns: { lab: 'Lab', region: 'Region', model: 'First reasoning model', released: 'Released', index: 'Index' },
    claim: (n: number, nWord: string, labs: string, day: string) =>
      `By the report (${day}), the data shows ${nWord} Chinese lab${n === 1 ? '' : 's'} with a released reasoning model: ${labs}.`,
    claimReport: (nWord: string) =>
      `The source document says ${nWord} Chinese labs had launched reasoning models; no source found names them all, so this dashboard shows only those with evidence.`,
    summary: {
      none: 'No model in the selection can be placed in a quarter.',
      totals: (first: string, last: string, all: number, us: number, cn: number, other: number) =>
        `From ${first} to ${last} the selection has ${models(all)} with a release date: ${us} from the United States, ${cn} from China and ${other} from elsewhere.`,
      busiest: (label: string, total: number, cn: number, us: number) =>
        `The busiest quarter was ${label}, with ${models(total)} (${cn} Chinese, ${us} American).`,
      reasoning: (n: number) => `${models(n)} ${n === 1 ? 'is a reasoning model' : 'are reasoning models'}.`,
      firstReasoning: (usModel: string, usLab: string, usDate: string, cnModel: string, cnLab: string, cnDate: string) =>
        `The first American reasoning model was ${usModel} (${usLab}, ${usDate}); the first Chinese one was ${cnModel} (${cnLab}, ${cnDate}).`,
      unplaced: (n: number) => `${models(n)} without a release month ${n === 1 ? 'is' : 'are'} not counted.`,
    },
    /** One lab in the first-reasoning claim: "DeepSeek (DeepSeek-R1, 20 Jan 2025)". */
    claimLab: (lab: string, model: string, date: string) => `${lab} (${model}, ${date})`,
  },

  summary: {
    noPoints: 'No model in the selection can be plotted.',
    points: (n: number, first: string, last: string) => `The chart plots ${models(n)} released between ${first} and ${last}.`,
    standing: (when: string, us: number, usModel: string, cn: number, cnModel: string) =>
      `By ${when} the US frontier stood at ${us} (${usModel}) and China’s at ${cn} (${cnModel}).`,
    oneFrontier: (region: string, value: number, model: string) => `Only the ${region} frontier is in the selection; it reached ${value} (${model}).`,
    gapSteady: (gap: number, when: string) => `From ${when} the gap stayed at ${points(gap)}.`,
    gapNarrowed: (from: number, fromWhen: string, to: number, toWhen: string) =>
      `The gap between the two frontiers narrowed from ${points(from)} in ${fromWhen} to ${points(to)} in ${toWhen}.`,
    cameWithin: (when: string, cnModel: string, cn: number, gap: number, gapWords: string, usModel: string, us: number) =>
      `In ${when} ${cnModel} (${cn}) came within ${gapWords} point${gap === 1 ? '' : 's'} of ${usModel} (${us}).`,
    drewLevel: (when: string, cnModel: string, cn: number, usModel: string, us: number) =>
      `In ${when} ${cnModel} (${cn}) drew level with ${usModel} (${us}).`,
    passed: (when: string, cnModel: string, cn: number, usModel: string, us: number) => `In ${when} ${cnModel} (${cn}) passed ${usModel} (${us}).`,
    gapAtEnd: (when: string, gap: number) => `By ${when} the gap was ${points(gap)}.`,
    openPassed: (when: string, cnModel: string, cn: number, usModel: string, us: number) =>
      `Among open-weights models, China’s frontier passed the US’s in ${when}: ${cnModel} (${cn}) against ${usModel} (${us}).`,
    openUsAhead: (us: number, cn: number) => `Among open-weights models the US frontier stays ahead (${us} against ${cn}).`,
    openMissing: 'The selection has no open-weights model from one of the two countries, so there is no open-weights comparison.',
    unplotted: (n: number, notRated: number, undated: number, imprecise = 0) =>
      `${models(n)} in the selection ${n === 1 ? 'is' : 'are'} not plotted (${[notRated > 0 ? `${notRated} not rated` : '', undated > 0 ? `${undated} without a release date` : '', imprecise > 0 ? `${imprecise} dated only to a month or year that straddles the window` : ''].filter(Boolean).join(', ')}); the table lists ${n === 1 ? 'it' : 'them'}.`,
    laterHidden: (n: number) => `${models(n)} released after the report ${n === 1 ? 'is' : 'are'} out of scope; choose “Include estimates and later releases” under Scope to add ${n === 1 ? 'it' : 'them'}.`,
    laterShown: (n: number) => `${models(n)} released after the report ${n === 1 ? 'is' : 'are'} drawn in the shaded band after it.`,
    /** "the US led by 10 points", "China led by 3 points", "the two were level". */
    lead: (gap: number) => (gap > 0 ? `the US led by ${points(gap)}` : gap < 0 ? `China led by ${points(-gap)}` : 'the two were level'),
    measuredEnd: (when: string, measured: string, drawn: string | null) =>
      `On measured values only (leaving out values stated only in a write-up, and estimates), by ${when} ${measured}${drawn === null ? ', as drawn' : `; as drawn, ${drawn}`}.`,
    measuredWidest: (when: string, measured: string, drawn: string) => `The two readings differ most from ${when}: on measured values ${measured}; as drawn, ${drawn}.`,
    measuredMissing: (when: string) => `On measured values only there is no comparison by ${when}: one of the two countries has no measured value in the selection.`,
  },
};
