/**
 * The tier shown beside a value: the most direct tier among the value's sources (primary over secondary
 * over tertiary), and whether any source of that tier has a public address. Pure.
 */
export type Tier = 'primary' | 'secondary' | 'tertiary';

export interface TierSource {
  tier: Tier;
  url: string | null;
}

export interface ValueTier {
  tier: Tier;
  /** Some source of that tier can be opened (has a url). */
  publicAddress: boolean;
}

const ORDER: readonly Tier[] = ['primary', 'secondary', 'tertiary'];

export function valueTier(ids: readonly string[], sources: ReadonlyMap<string, TierSource>): ValueTier | null {
  const known = ids.flatMap((id) => {
    const s = sources.get(id);
    return s ? [s] : [];
  });
  for (const tier of ORDER) {
    const ofTier = known.filter((s) => s.tier === tier);
    if (ofTier.length > 0) return { tier, publicAddress: ofTier.some((s) => s.url !== null) };
  }
  return null;
}
