import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, MAX_PARAM_LENGTH, parseFilters, sanitizeAgainst, serializeFilters, type FilterState } from './filters-url';

const state = (patch: Partial<FilterState>): FilterState => ({ ...DEFAULT_FILTERS, ...patch });

describe('serializeFilters', () => {
  it('gives an empty query for the default view', () => {
    expect(serializeFilters(DEFAULT_FILTERS)).toBe('');
  });

  it.each<[Partial<FilterState>, string]>([
    [{ region: 'cn' }, '?region=china'],
    [{ region: 'us' }, '?region=us'],
    [{ labs: ['deepseek', 'alibaba'] }, '?labs=alibaba,deepseek'],
    [{ openWeights: 'open' }, '?open=open'],
    [{ reasoning: 'non-reasoning' }, '?reasoning=no'],
    [{ from: '2024-01-01', to: '2024-12-31' }, '?from=2024-01-01&to=2024-12-31'],
    [{ search: ' 深度求索 ' }, `?q=${encodeURIComponent('深度求索')}`],
    [{ sort: { key: 'lab', dir: 'asc' } }, '?sort=lab-asc'],
    [{ model: 'deepseek-r1' }, '?model=deepseek-r1'],
    [{ from: '2023-10-17', event: '2023-10-bis-advanced-computing-update' }, '?from=2023-10-17&event=2023-10-bis-advanced-computing-update'],
    [{ scope: 'all', openFrontier: true, hideLaterEvents: true }, '?scope=all&frontier=open&laterEvents=hide'],
    [{ eventKinds: ['entity-list', 'chip-rule'] }, '?kinds=chip-rule,entity-list'],
    [{ labSort: 'founded', mode: 'compare' }, '?mode=compare&labSort=founded'],
    [{ columns: ['price'] }, ''],
    [{ columns: [] }, '?cols=none'],
    [{ columns: ['price', 'context'], sort: { key: 'context', dir: 'desc' } }, '?sort=context-desc&cols=context,price'],
  ])('writes only what differs from the default: %j → %s', (patch, expected) => {
    expect(serializeFilters(state(patch))).toBe(expected);
  });
});

describe('a view’s own parameters', () => {
  const s = state({ region: 'cn', sort: { key: 'lab', dir: 'asc' }, mode: 'compare', scope: 'all', hideLaterEvents: true, eventKinds: ['entity-list'], labSort: 'index', model: 'o1', event: '2022-10-rule' });

  it.each([
    ['leaderboard', '?scope=all&region=china&sort=lab-asc&mode=compare&model=o1'],
    ['timeline', '?scope=all&region=china&laterEvents=hide&model=o1&event=2022-10-rule'],
    ['export-controls', '?scope=all&region=china&laterEvents=hide&kinds=entity-list&model=o1'],
    ['labs', '?scope=all&region=china&labSort=index&model=o1'],
    ['about', '?scope=all&region=china&model=o1'],
  ] as const)('go only to their view’s URL: %s → %s', (view, expected) => {
    expect(serializeFilters(s, view)).toBe(expected);
  });

  it('are ignored in another view’s URL', () => {
    const { state: parsed, ignored } = parseFilters('?region=china&mode=compare&kinds=entity-list', 'timeline');
    expect(parsed).toEqual(state({ region: 'cn' }));
    expect(ignored.sort()).toEqual(['kinds', 'mode']);
  });
});

describe('the shared scope', () => {
  it('is as of the report by default, and "scope=all" on every view', () => {
    expect(DEFAULT_FILTERS.scope).toBe('report');
    for (const view of ['leaderboard', 'timeline', 'labs', 'price'] as const) expect(parseFilters('?scope=all', view).state.scope).toBe('all');
    expect(parseFilters('?scope=everything').ignored).toEqual(['scope']);
  });

  it('reads the timeline’s old "later=show" as "scope=all", and the new parameter wins', () => {
    expect(parseFilters('?later=show', 'timeline')).toEqual({ state: state({ scope: 'all' }), ignored: [] });
    expect(parseFilters('?later=show').state.scope).toBe('all');
    expect(parseFilters('?later=show&scope=all').state.scope).toBe('all');
    expect(parseFilters('?later=maybe')).toEqual({ state: DEFAULT_FILTERS, ignored: ['later'] });
    // The canonical URL carries the new parameter.
    expect(serializeFilters(parseFilters('?later=show').state, 'timeline')).toBe('?scope=all');
  });
});

describe('parseFilters', () => {
  it('gives the default state for an empty query', () => {
    expect(parseFilters('')).toEqual({ state: DEFAULT_FILTERS, ignored: [] });
  });

  it.each<Partial<FilterState>>([
    { region: 'cn', labs: ['alibaba', 'deepseek'], openWeights: 'closed', reasoning: 'reasoning' },
    { from: '2023-10-17', to: '2025-02-19', search: '通义千问', model: 'qwen2-5-max' },
    { from: '2022-10-07', event: '2022-10-bis-advanced-computing-rule' },
    { sort: { key: 'release', dir: 'asc' }, mode: 'compare', scope: 'all', eventKinds: ['diffusion-rule'] },
    { region: 'other', labSort: 'models', hideLaterEvents: true, openFrontier: true },
  ])('round-trips %j', (patch) => {
    const s = state(patch);
    const parsed = parseFilters(serializeFilters(s));
    expect(parsed.state).toEqual(s);
    expect(parsed.ignored).toEqual([]);
  });

  it('ignores hostile and malformed values and reports them', () => {
    const { state: s, ignored } = parseFilters('?region=mars&labs=%3Cscript%3E');
    expect(s).toEqual(DEFAULT_FILTERS);
    expect(ignored.sort()).toEqual(['labs', 'region']);
    expect(serializeFilters(s)).toBe('');
  });

  it.each([
    ['?from=2024-02-30', 'from'],
    ['?to=tomorrow', 'to'],
    ['?sort=index-sideways', 'sort'],
    ['?sort=__proto__-asc', 'sort'],
    ['?open=maybe', 'open'],
    ['?model=..%2F..%2Fetc%2Fpasswd', 'model'],
    ['?kinds=chip-rule,nuclear', 'kinds'],
    ['?constructor=1', 'constructor'],
  ])('drops %s', (query, param) => {
    const { ignored } = parseFilters(query);
    expect(ignored).toContain(param);
  });

  it('keeps the good items of a list and drops the bad ones', () => {
    expect(parseFilters('?labs=deepseek,<b>,alibaba').state.labs).toEqual(['alibaba', 'deepseek']);
  });

  it('ignores very long values instead of parsing them', () => {
    const long = 'a'.repeat(MAX_PARAM_LENGTH + 1);
    const { state: s, ignored } = parseFilters(`?q=${long}&labs=${long}&region=china`);
    expect(s.search).toBe('');
    expect(s.labs).toEqual([]);
    expect(s.region).toBe('cn');
    expect(ignored).toEqual(expect.arrayContaining(['q', 'labs']));
  });

  it('caps the search text', () => {
    expect(parseFilters(`?q=${'x'.repeat(101)}`).state.search).toBe('');
    expect(parseFilters(`?q=${'x'.repeat(100)}`).state.search).toHaveLength(100);
  });

  it('lets the last valid value of a repeated key win, and merges repeated lists', () => {
    const { state: s } = parseFilters('?region=us&region=china&region=mars&labs=openai&labs=meta,openai');
    expect(s.region).toBe('cn');
    expect(s.labs).toEqual(['meta', 'openai']);
  });

  it('swaps a window given back to front', () => {
    const { state: s } = parseFilters('?from=2025-01-01&to=2024-01-01');
    expect([s.from, s.to]).toEqual(['2024-01-01', '2025-01-01']);
  });

  it('never throws on odd input', () => {
    for (const q of ['?%', '?&&&=', '?=x', '?region', '?labs=,,,', `?${'&'.repeat(1000)}`, '?q=%E0%A4%A']) {
      expect(() => parseFilters(q)).not.toThrow();
    }
  });
});

describe('sanitizeAgainst', () => {
  const known = { labIds: new Set(['alibaba', 'deepseek', 'openai']), modelIds: new Set(['deepseek-r1']), asOf: '2025-03-01' };

  it('drops well-formed ids the dataset does not have', () => {
    const s = sanitizeAgainst(state({ labs: ['deepseek', 'nosuchlab'], model: 'nosuchmodel' }), known);
    expect(s.labs).toEqual(['deepseek']);
    expect(s.model).toBeNull();
  });

  it('treats every lab selected as no lab filter', () => {
    expect(sanitizeAgainst(state({ labs: ['alibaba', 'deepseek', 'openai'] }), known).labs).toEqual([]);
  });

  it.each([
    [{ from: '1990-01-01', to: '2100-01-01' }, ['2015-01-01', '2027-03-01']],
    [{ from: '2014-12-31', to: null }, ['2015-01-01', null]],
    [{ from: '2024-01-01', to: '2027-03-02' }, ['2024-01-01', '2027-03-01']],
    [{ from: '2015-01-01', to: '2027-03-01' }, ['2015-01-01', '2027-03-01']],
  ])('clamps the window %j to 2015 … two years after the as-of date', (window, expected) => {
    const s = sanitizeAgainst(state(window), known);
    expect([s.from, s.to]).toEqual(expected);
  });

  it('returns the same object when nothing changes', () => {
    const s = state({ labs: ['deepseek'], model: 'deepseek-r1' });
    expect(sanitizeAgainst(s, known)).toBe(s);
  });
});

describe('the leaderboard columns parameter', () => {
  it.each<[string, FilterState['columns']]>([
    ['', ['price']],
    ['?cols=none', []],
    ['?cols=licence,params', ['licence', 'params']],
    ['?cols=price,bogus', ['price']],
  ])('%s shows %j', (query, columns) => {
    expect(parseFilters(query, 'leaderboard').state.columns).toEqual(columns);
  });
  it('belongs to the leaderboard only', () => {
    expect(parseFilters('?cols=none', 'price').state.columns).toEqual(['price']);
  });
});
