export type Region = 'us' | 'cn' | 'other';
export const REGIONS: readonly Region[] = ['us', 'cn', 'other'];

/** The one place that says which countries count as which region. */
export function regionOfCountry(country: string): Region {
  if (country === 'US') return 'us';
  if (country === 'CN') return 'cn';
  return 'other';
}

/**
 * Each region's colour (a CSS variable, so themes and palettes are stylesheet changes)
 * and a second cue that is not colour: a marker shape and a short text label.
 */
export const REGION_STYLE: Record<Region, { color: string; marker: 'circle' | 'square' | 'triangle' }> = {
  us: { color: 'var(--region-us)', marker: 'circle' },
  cn: { color: 'var(--region-cn)', marker: 'square' },
  other: { color: 'var(--region-other)', marker: 'triangle' },
};
