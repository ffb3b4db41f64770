import { describe, expect, it } from 'vitest';
import { valueTier, type TierSource } from './source-tier';

const sources = new Map<string, TierSource>([
  ['S6', { tier: 'primary', url: null }],
  ['S7', { tier: 'primary', url: 'https://example.org/s7' }],
  ['S1', { tier: 'tertiary', url: 'https://example.org/s1' }],
  ['S9', { tier: 'secondary', url: 'https://example.org/s9' }],
]);

describe('valueTier', () => {
  it('shows the most direct tier among the value’s sources', () => {
    expect(valueTier(['S1', 'S9'], sources)).toEqual({ tier: 'secondary', publicAddress: true });
    expect(valueTier(['S1'], sources)).toEqual({ tier: 'tertiary', publicAddress: true });
  });

  it('says when no source of that tier has a public address', () => {
    expect(valueTier(['S6', 'S1'], sources)).toEqual({ tier: 'primary', publicAddress: false });
    expect(valueTier(['S6', 'S7'], sources)).toEqual({ tier: 'primary', publicAddress: true });
  });

  it('is null with no known source (unknown, not a guess)', () => {
    expect(valueTier([], sources)).toBeNull();
    expect(valueTier(['S99'], sources)).toBeNull();
  });
});
