/** The model detail panel (opens on any view when ?model= is set): loaded with the panel, not before. */
export const modelDetail = {
  close: 'Close',
  closeLabel: (name: string) => `Close details of ${name}`,
  kicker: 'Model details',
  labLink: (lab: string) => `${lab}: lab profile`,
  indexHeading: 'Index',
  rank: (rank: number, tied: boolean, of: number) => `Rank ${rank}${tied ? ' (tied)' : ''} of ${of} rated models in the whole dataset (no filters).`,
  notRated: 'not rated',
  notRatedHelp: 'No value on this scale is used for this model, so it is never ranked and never drawn as 0.',
  notRatedButStated: 'A value is stated in a source but not used; see “Values in conflict” below for why.',
  laterNotice: (date: string, value: 'estimate' | 'none' | 'other') =>
    value === 'estimate'
      ? `Released after the report (${date}): its value is an estimate published before the model was out, not a measurement of the released model.`
      : value === 'none'
        ? `Released after the report (${date}): the report could not rate it, and no value on this scale is given.`
        : `Released after the report (${date}): the value shown comes from a source of the report’s time, before the release.`,
  conflictHeading: 'Values in conflict',
  conflictIntro: 'The sources state different values on this scale. Both are kept; the one used in charts and rankings comes first.',
  used: 'Used in charts',
  alsoStated: 'Also stated',
  noUsed: 'none used',
  recordsHeading: 'Every score record',
  recordsCaption: (name: string, scale: string | null) =>
    `Every index value the sources give for ${name}, with its status and sources${scale ? `; all on the ${scale} scale` : ''}`,
  recordsColumns: { value: 'Value', scale: 'Scale', status: 'Status', used: 'Used in charts', sources: 'Sources', note: 'Note' },
  usedYes: 'yes',
  usedNo: 'no',
  noRecords: 'The sources give no index value for this model.',
  otherScale: 'a different scale: not comparable',
  factsHeading: 'About the model',
  facts: {
    lab: 'Lab',
    country: 'Country',
    released: 'Released',
    announced: 'Announced',
    open: 'Open weights',
    licence: 'Licence',
    reasoning: 'Reasoning model',
    parameters: 'Parameters',
    aliases: 'Also known as',
    confidence: 'Confidence',
    notes: 'Notes',
    sources: 'Sources',
  },
  parameters: (total: string, active: string | null) => (active ? `${total} billion total, ${active} billion active` : `${total} billion total`),
  confidence: {
    high: 'high',
    'medium-high': 'medium-high',
    medium: 'medium',
    'low-medium': 'low-medium',
    low: 'low',
    unverified: 'unverified',
  } as Record<'high' | 'medium-high' | 'medium' | 'low-medium' | 'low' | 'unverified', string>,
  confidenceHelp: 'How well the sources agree on this model’s facts (see About the data).',
};
