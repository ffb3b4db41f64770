/** The labs area's overlaid comparison chart and the directory's dot plot. */
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const labsCharts = {
  compare: {
    title: (a: string, b: string) => `${a} and ${b}: index of their models by release date`,
    summaryBest: (lab: string, best: string) => `${lab}’s best: ${best}.`,
    summaryNone: (lab: string) => `${lab} has no model with an index value and a release date.`,
    summaryLead: (lead: string, other: string, gap: number) => `${lead}’s best is ${plural(gap, 'point', 'points')} above ${other}’s.`,
    summaryTie: (a: string, b: string) => `${a} and ${b} reach the same best value.`,
    noFrontier: 'No frontier line is drawn here: each lab’s own chart shows it against its country’s frontier.',
    legendLab: (lab: string, shape: string) => `${lab} models (${shape})`,
    shape: { circle: 'circles', diamond: 'diamonds' } as Record<'circle' | 'diamond', string>,
    tableCaption: (a: string, b: string) => `${a} and ${b}: the values drawn on the chart`,
    nothing: (a: string, b: string) => `Neither ${a} nor ${b} has a model with an index value and a release date, so there is nothing to plot.`,
  },
  dotPlot: {
    title: 'Each lab’s best index',
    summary: (n: number, top: string, bottom: string, unrated: number) =>
      `${plural(n, 'lab has', 'labs have')} a rated model; highest ${top}, lowest ${bottom}.${unrated > 0 ? ` ${plural(unrated, 'lab has', 'labs have')} no rated model and ${unrated === 1 ? 'is' : 'are'} listed under the chart, not drawn.` : ''}`,
    summaryNone: 'No lab in the selection has a rated model, so there is nothing to plot.',
    entry: (lab: string, value: string) => `${lab} ${value}`,
    xAxis: 'Best index of the lab’s models',
    unrated: 'No rated model (not drawn):',
    region: 'Region',
    tableCaption: 'Each lab’s best index, highest first',
    table: {
      rank: 'Rank',
      lab: 'Lab',
      country: 'Country',
      model: 'Best model',
      index: 'Index',
      status: 'Status',
      afterReport: 'After the report',
    },
    notRated: 'not rated',
    point: (lab: string, model: string, value: string, status: string) => `${lab}: ${value}, ${model} (${status})`,
    source: 'Index values: Artificial Analysis (pre-v2 scale), via the sources on each value:',
    filename: 'labs-best-index',
  },
};
