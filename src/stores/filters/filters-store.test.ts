import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetFiltersStore, useFiltersStore } from './filters-store';
import { startFiltersUrlSync, sanitizeStoreAgainst } from './filters-url-sync';

const store = () => useFiltersStore.getState();

describe('filters store and URL sync', () => {
  let stop: () => void = () => {};
  beforeEach(() => {
    resetFiltersStore();
  });
  afterEach(() => {
    stop();
    window.history.replaceState(null, '', '/');
  });

  it('reads the URL on start and cleans what it ignored, without a new history entry', () => {
    window.history.replaceState(null, '', '/?region=mars&labs=%3Cscript%3E&open=open');
    const before = window.history.length;
    stop = startFiltersUrlSync();
    expect(store().openWeights).toBe('open');
    expect(store().region).toBe('all');
    expect(window.location.search).toBe('?open=open');
    expect(window.history.length).toBe(before);
  });

  it('makes one history entry per user action', () => {
    stop = startFiltersUrlSync();
    const before = window.history.length;
    store().setRegion('cn');
    store().setOpenWeights('open');
    expect(window.location.search).toBe('?region=china&open=open');
    expect(window.history.length).toBe(before + 2);
  });

  it('merges keystrokes in the search box into one history entry', () => {
    stop = startFiltersUrlSync();
    const before = window.history.length;
    for (const text of ['d', 'de', 'dee', 'deep']) store().setSearch(text);
    expect(window.location.search).toBe('?q=deep');
    expect(window.history.length).toBe(before + 1);
  });

  it('clearing the search after typing is a new history entry, so back returns to the typed text', () => {
    stop = startFiltersUrlSync();
    const before = window.history.length;
    store().setSearch('qwen');
    store().clearFilter('search');
    expect(window.location.search).toBe('');
    expect(window.history.length).toBe(before + 2);
  });

  it('toggles labs against the full list and drops the filter when all are ticked again', () => {
    const all = ['alibaba', 'deepseek', 'openai'];
    store().toggleLab('openai', all);
    expect(store().labs).toEqual(['alibaba', 'deepseek']);
    store().toggleLab('openai', all);
    expect(store().labs).toEqual([]);
  });

  it('flips the sort direction on a second click of the same column', () => {
    store().setSort('lab');
    expect(store().sort).toEqual({ key: 'lab', dir: 'asc' });
    store().setSort('lab');
    expect(store().sort).toEqual({ key: 'lab', dir: 'desc' });
  });

  it('reset clears the filters but keeps the view options', () => {
    store().setRegion('us');
    store().setSearch('gpt');
    store().setMode('compare');
    store().resetFilters();
    expect(store().region).toBe('all');
    expect(store().search).toBe('');
    expect(store().mode).toBe('compare');
  });

  it('drops unknown ids once the dataset is known, in place', () => {
    window.history.replaceState(null, '', '/?labs=deepseek,nolab&model=nomodel');
    stop = startFiltersUrlSync();
    const before = window.history.length;
    sanitizeStoreAgainst({ labIds: new Set(['deepseek', 'openai']), modelIds: new Set(['deepseek-r1']), asOf: '2025-03-01' });
    expect(store().labs).toEqual(['deepseek']);
    expect(store().model).toBeNull();
    expect(window.location.search).toBe('?labs=deepseek');
    expect(window.history.length).toBe(before);
  });
});
