const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const price = {
  title: 'Intelligence vs price',
  intro:
    'Each model’s index value against its API price in February 2025, on a log price axis. The blended price weighs input and output tokens 3 to 1, the convention Artificial Analysis uses.',
  chart: {
    title: 'Index against blended API price',
    scaleNote: (scale: string) => `${scale}. Blended USD per million tokens (3 input : 1 output), as of Feb 2025.`,
    xAxis: 'Blended price, USD per million tokens (log scale)',
    yAxis: (scale: string) => scale,
    source: (scale: string) => `Index: ${scale}. Prices: each model’s listed API price as of February 2025, with its source in the table and the model details.`,
    frontier: 'Cheapest at or above each index level',
    openRing: 'Open weights (ring)',
    estimate: 'Estimate (hollow)',
    asStated: 'As stated in a write-up (dashed)',
    filename: 'intelligence-vs-price',
    twinCaption: 'The plotted models: index value and blended price',
    twinHeader: ['Model', 'Lab', 'Country', 'Index', 'Status', 'Input USD/M', 'Output USD/M', 'Blended USD/M', 'Price date', 'Provider', 'On the frontier'],
    onFrontier: 'yes',
    offFrontier: 'no',
  },
  summary: (plotted: number, cheapest: string | null, best: string | null) =>
    plotted === 0
      ? 'No model that passes the filters has both an index value and a blended price.'
      : `${plural(plotted, 'model has', 'models have')} both an index value and a blended price.${cheapest ? ` The cheapest is ${cheapest}.` : ''}${best ? ` The best rated is ${best}.` : ''}`,
  readout: {
    title: 'Cost at the same index: China vs US',
    both: (level: string, cn: string, cnPrice: string, us: string, usPrice: string) =>
      `At index ${level} or above, the cheapest Chinese model is ${cn} at ${cnPrice} and the cheapest US model is ${us} at ${usPrice} per million tokens (blended).`,
    ratio: (ratio: string, cheaper: 'cn' | 'us' | 'equal') =>
      cheaper === 'equal' ? 'They cost the same.' : cheaper === 'cn' ? `The US model costs ${ratio}× as much.` : `The Chinese model costs ${ratio}× as much.`,
    missing: (side: string) => `No ${side} model that passes the filters has both an index value and a blended price, so there is nothing to compare.`,
    missingBoth: 'Neither side has a model with both an index value and a blended price under these filters.',
    sideCn: 'Chinese',
    sideUs: 'US',
    regionNote: 'Compares the best level both sides reach; the region filter does not apply here.',
  },
  tooltip: {
    lab: 'Lab',
    value: 'Index',
    status: 'Status',
    blended: 'Blended',
    inputOutput: 'Input / output',
    asOf: 'Price as of',
    provider: 'Provider',
    open: 'Open weights',
    frontier: 'On the cheapest-at-level frontier',
    click: 'Click or press Enter for details',
  },
  notPriced: {
    title: 'Not priced',
    intro: (n: number) => `${plural(n, 'model passes', 'models pass')} the filters without a blended price (it needs both an input and an output price). They are not drawn, never at 0.`,
    inputOnly: (input: string) => `input only: ${input}`,
    noPrice: 'no price found',
    showAll: (n: number) => `Show all ${n}`,
    notRatedTitle: 'Priced but not rated',
    notRatedIntro: (n: number) => `${plural(n, 'model has', 'models have')} a blended price but no index value.`,
  },
  usd: (text: string) => `${text} / M`,
  /** A model named in the summary: its price, or its index and price. */
  modelPrice: (name: string, price: string) => `${name} (${price})`,
  modelIndexPrice: (name: string, index: string, price: string) => `${name} (${index}, ${price})`,
};
