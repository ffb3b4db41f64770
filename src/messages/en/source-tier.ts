/** The tier of a value's most direct source, in words (never colour alone); the rule is on the About page. */
export const sourceTier = {
  primary: 'primary source',
  secondary: 'secondary source',
  tertiary: 'tertiary source',
  /** A tier whose sources have no public address: "primary source, no public address". */
  noAddress: (tier: string) => `${tier}, no public address`,
  label: 'Source tier',
  /** Whose value a tier belongs to on the headline readouts: "US best". */
  sideBest: (side: string) => `${side} best`,
};
