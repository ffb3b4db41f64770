/**
 * Properties of the URL codec, checked on 1,000 generated cases each (fast-check): parsing never
 * throws; serialising then parsing a valid state gives it back; a parsed state serialises to a clean
 * URL; and a cleaned URL parses to the same state. With and without a view, and against a dataset.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ViewName } from '../../config/paths';
import { parseFilters, sanitizeAgainst, serializeFilters, withOtherViews, type FilterState, type KnownToDataset } from './filters-url';

const RUNS = { numRuns: 1000 };
const VIEWS: ViewName[] = ['leaderboard', 'timeline', 'labs', 'export-controls', 'about', 'other'];
const NAMES = ['scope', 'region', 'labs', 'open', 'reasoning', 'from', 'to', 'q', 'sort', 'mode', 'later', 'frontier', 'laterEvents', 'kinds', 'labSort', 'cols', 'model', 'event'];
const SAMPLES = ['all', 'china', 'us', 'other', 'open', 'closed', 'yes', 'no', 'show', 'hide', 'compare', 'index-asc', 'model-desc', 'founded', 'entity-list,chip-rule', 'deepseek,alibaba', 'deepseek-r1', '2024-02-29', '2023-02-29', '1990-01-01', '2100-12-31', ''];

const slug = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
const day = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const sorted = <T extends string>(items: T[]) => [...items].sort();

/** Any valid state: what the store can hold. */
const validState: fc.Arbitrary<FilterState> = fc
  .record({
    region: fc.constantFrom('all', 'us', 'cn', 'other'),
    labs: fc.uniqueArray(slug, { maxLength: 6 }).map(sorted),
    openWeights: fc.constantFrom('any', 'open', 'closed'),
    reasoning: fc.constantFrom('any', 'reasoning', 'non-reasoning'),
    from: fc.option(day, { nil: null }),
    to: fc.option(day, { nil: null }),
    search: fc.string({ unit: 'grapheme', maxLength: 40 }).map((s) => s.trim()).filter((s) => s.length <= 100),
    model: fc.option(slug, { nil: null }),
    event: fc.option(slug, { nil: null }),
    sort: fc.record({ key: fc.constantFrom('rank', 'model', 'lab', 'country', 'release', 'index', 'open', 'reasoning', 'price', 'params', 'context', 'licence'), dir: fc.constantFrom('asc', 'desc') }),
    mode: fc.constantFrom('ranked', 'compare'),
    scope: fc.constantFrom('report', 'all'),
    openFrontier: fc.boolean(),
    hideLaterEvents: fc.boolean(),
    eventKinds: fc.uniqueArray(fc.constantFrom('chip-rule', 'entity-list', 'diffusion-rule', 'reported-deliberation', 'chip-launch')).map(sorted),
    labSort: fc.constantFrom('name', 'index', 'founded', 'models'),
    columns: fc.uniqueArray(fc.constantFrom('price', 'params', 'context', 'licence')).map(sorted),
  })
  .map((s): FilterState => (s.from && s.to && s.from > s.to ? { ...s, from: s.to, to: s.from } : s));

/** Hostile query strings: random text, and known names with odd, repeated and near-valid values. */
const anyQuery = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc
    .array(
      fc.tuple(
        fc.oneof(fc.constantFrom(...NAMES), fc.string({ maxLength: 8 })),
        fc.oneof(fc.constantFrom(...SAMPLES), fc.string({ unit: 'binary', maxLength: 30 }), fc.stringMatching(/^(%[0-9A-Fa-f]{0,2}|[a-z,-]){0,12}$/)),
      ),
      { maxLength: 8 },
    )
    .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`),
);
const anyView = fc.option(fc.constantFrom(...VIEWS), { nil: undefined });
const known: KnownToDataset = { labIds: new Set(['alibaba', 'deepseek', 'openai']), modelIds: new Set(['deepseek-r1', 'o1']), asOf: '2025-03-01' };

describe('URL codec properties', () => {
  it('parsing never throws, on any text and for any view', () => {
    fc.assert(
      fc.property(anyQuery, anyView, (query, view) => {
        const { state } = parseFilters(query, view);
        sanitizeAgainst(state, known);
        serializeFilters(state, view);
      }),
      RUNS,
    );
  });

  it('parse after serialise is the identity on valid states', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const url = serializeFilters(state);
        expect(parseFilters(url)).toEqual({ state, ignored: [] });
      }),
      RUNS,
    );
  });

  it('for a view, parse after serialise gives back the fields that view carries', () => {
    fc.assert(
      fc.property(validState, fc.constantFrom(...VIEWS), (state, view) => {
        const parsed = parseFilters(serializeFilters(state, view), view);
        expect(parsed.ignored).toEqual([]);
        expect(withOtherViews(parsed.state, state, view)).toEqual(state);
      }),
      RUNS,
    );
  });

  it('every parsed state serialises to a clean URL: nothing in it is ignored, and it is its own canonical form', () => {
    fc.assert(
      fc.property(anyQuery, anyView, (query, view) => {
        const clean = serializeFilters(parseFilters(query, view).state, view);
        const again = parseFilters(clean, view);
        expect(again.ignored).toEqual([]);
        expect(serializeFilters(again.state, view)).toBe(clean);
      }),
      RUNS,
    );
  });

  it('a cleaned URL parses to the same state, also after the dataset check', () => {
    fc.assert(
      fc.property(anyQuery, anyView, (query, view) => {
        const state = sanitizeAgainst(parseFilters(query, view).state, known);
        const clean = serializeFilters(state, view);
        expect(parseFilters(clean, view).state).toEqual(state);
        expect(sanitizeAgainst(parseFilters(clean, view).state, known)).toEqual(state);
      }),
      RUNS,
    );
  });
});
