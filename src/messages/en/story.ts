/** The story mode: the report's takeaways as eight steps, each with the source's words and the data's. */
export const story = {
  title: 'The report as a story',
  link: 'Read the report as a story',
  navLabel: 'Story',
  progress: (step: number, total: number) => `${step} of ${total}`,
  stepsLabel: 'Story steps',
  back: 'Back',
  next: 'Next',
  restart: 'Start again',
  explore: 'Explore this view',
  keysHint: 'Use ← and → to move between steps, or swipe on a touch screen.',
  sourceVoice: 'What the source document says',
  dataVoice: 'What the data says',
  paragraph: (n: number) => `Paragraph ${n} of the source document`,
  quoteLanguage: 'English rendering of the Japanese machine translation; [brackets] mark what is garbled.',
  sourcesLabel: 'Sources:',
  highlighted: (names: string) => `Highlighted: ${names}.`,
  notDrawn: (m: string) => `Not drawn (no index value on this scale): ${m}.`,
  tableCaption: 'The models this step highlights',
  tableHeader: ['Model', 'Lab', 'Country', 'Released', 'Index', 'Status'],
  figureSummary: (claim: string) => `${claim} The highlighted models are drawn in full; the others are faded.`,
  changeFilters: 'Change the filters',
  figures: { frontier: 'The intelligence frontier over time', leaderboard: 'Models ranked by index', price: 'Index against blended API price' },
  steps: {
    s1: {
      unit: 'gap in index points between the US and Chinese frontiers at the report',
      title: 'From student to competitor',
      claim: 'The US and China frontiers over time: the gap narrowed from 2023 to early 2025.',
      data: (us2023: string, cn2023: string, gap2023: number, usNow: string, cnNow: string, gapNow: number) =>
        `At the end of 2023 the best US model was ${us2023} and the best Chinese one ${cn2023}: a gap of ${gap2023} points. By the report, the best US model was ${usNow} and the best Chinese one ${cnNow}: a gap of ${gapNow} point${gapNow === 1 ? '' : 's'}.`,
    },
    s2: {
      unit: 'gap in index points between o1 and R1, measured',
      title: 'DeepSeek-R1 next to o1',
      claim: 'R1 sits next to o1 on the leaderboard, but the headline gap and the measured gap differ.',
      data: (r1: number, o1Stated: number, headlineGap: number, o1Measured: number, measuredGap: number) =>
        `The headline compares R1’s ${r1} with o1’s ${o1Stated} as stated: a gap of ${headlineGap} points. Measured on the same snapshot, o1 is ${o1Measured}: the gap is ${measuredGap} point${measuredGap === 1 ? '' : 's'}.`,
    },
    s3: {
      unit: 'Chinese labs with a reasoning model by the report, per the sources',
      title: 'The wave of reasoning models',
      claim: 'The first reasoning model of each Chinese lab, against the report’s “seven labs”.',
      data: (claimed: string, supported: number, byDate: number) =>
        `The report says ${claimed} labs. The sources name ${supported} Chinese labs with a reasoning model by the report; counting every dated Chinese reasoning model in the dataset (month-only dates counted as the month’s first day) gives ${byDate}. No source names the ${claimed}.`,
    },
    s4: {
      unit: 'points by which the best start-up model leads the best big-tech model',
      title: 'Big tech vs start-ups',
      claim: 'The Chinese labs side by side: the tech giants’ flagships and the start-ups’.',
      data: (bigTech: string, bigTechValue: number, startup: string, startupValue: number) =>
        `By the report, the best-rated Chinese big-tech model is ${bigTech} (${bigTechValue}); the best-rated start-up model is ${startup} (${startupValue}): the start-ups lead by ${startupValue - bigTechValue} points.`,
    },
    s5: {
      unit: 'points by which China’s best open-weights model leads the US’s',
      title: 'China leads open weights',
      claim: 'The open-weights frontier: China’s best open model against the US’s.',
      data: (cn: string, cnValue: number, us: string, usValue: number, o1Value: number) =>
        `By the report, the best Chinese open-weights model is ${cn} (${cnValue}) and the best US one ${us} (${usValue}): China leads by ${cnValue - usValue} points, ${o1Value - cnValue} below o1 (${o1Value}).`,
    },
    s6: {
      unit: 'times R1’s price: what o1 cost per token',
      title: 'Intelligence for the price',
      claim: 'Intelligence against price: R1 near o1’s index at a fraction of its price.',
      data: (r1Price: string, o1Price: string, ratio: number) =>
        `Blended API price (3 input : 1 output), February 2025: DeepSeek-R1 ${r1Price} and o1 ${o1Price} per million tokens: o1 costs ${ratio} times as much. The source document says nothing about price.`,
    },
    s7: {
      unit: 'accelerators designed for China, still allowed in early 2025',
      title: 'Export controls',
      claim: 'The rules on the frontier’s time axis, and the chips designed to fit under them.',
      data: (allowed: number, h20Tpp: string, l20Tpp: string, a100Tpp: string) =>
        `The dataset lists ${allowed} accelerators designed for China that could still be sold there in early 2025. The H20’s total processing performance (TPP) is ${h20Tpp} and the L20’s ${l20Tpp}; the A100, restricted since 2022, has ${a100Tpp}.`,
    },
    s8: {
      unit: 'models in the dataset released after the report',
      title: 'Outlook, and what came after',
      claim: 'The frontier with the releases after the report, clearly marked as after it.',
      data: (later: number, o3Value: string, o3Released: string) =>
        `${later} models in the dataset were released after the report. o3, which the source document ranks first with ${o3Value}, was released on ${o3Released}, after the report; its ${o3Value} is an estimate.`,
    },
  },
};
