import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { navigate } from '../../lib/location';
import { resetFiltersStore, useFiltersStore } from './filters-store';
import { sanitizeStoreAgainst, searchFor, startFiltersUrlSync } from './filters-url-sync';

const store = () => useFiltersStore.getState();
const known = { labIds: new Set(['deepseek', 'openai', 'alibaba']), modelIds: new Set(['deepseek-r1']), asOf: '2025-03-01' };
const back = () => {
  window.history.back();
  return new Promise<void>((resolve) => window.addEventListener('popstate', () => resolve(), { once: true }));
};

describe('URL sync: every read of the URL is cleaned', () => {
  let stop: () => void = () => {};
  beforeEach(() => resetFiltersStore());
  afterEach(() => {
    stop();
    window.history.replaceState(null, '', '/');
  });

  it('drops unknown lab and model ids after back and forward too, in place', async () => {
    window.history.replaceState(null, '', '/?labs=bogus,deepseek&model=nomodel');
    stop = startFiltersUrlSync();
    sanitizeStoreAgainst(known);
    expect(window.location.search).toBe('?labs=deepseek');
    store().setRegion('cn');
    // An entry written by hand (an old link, an edited address), then reached by Back.
    window.history.replaceState(null, '', '/?labs=bogus,openai&model=nomodel');
    window.history.pushState(null, '', '/?region=china');
    await back();
    expect(store().labs).toEqual(['openai']);
    expect(store().model).toBeNull();
    expect(window.location.search).toBe('?labs=openai');
  });

  it('clamps dates to 2015 … two years after the as-of date, and cleans the URL', () => {
    window.history.replaceState(null, '', '/timeline?from=1990-01-01&to=2100-01-01');
    stop = startFiltersUrlSync();
    sanitizeStoreAgainst(known);
    expect([store().from, store().to]).toEqual(['2015-01-01', '2027-03-01']);
    expect(window.location.search).toBe('?from=2015-01-01&to=2027-03-01');
  });

  it('keeps a view’s own options out of other views’ URLs, and brings them back with the view', () => {
    window.history.replaceState(null, '', '/?region=china&mode=compare&sort=lab-asc');
    stop = startFiltersUrlSync();
    expect(store().mode).toBe('compare');
    navigate('/timeline', { search: searchFor('/timeline') });
    expect(window.location.search).toBe('?region=china');
    store().setOpenFrontier(true);
    expect(window.location.search).toBe('?region=china&frontier=open');
    navigate('/', { search: searchFor('/') });
    expect(window.location.search).toBe('?region=china&sort=lab-asc&mode=compare');
  });

  it('cleans another view’s parameters from a URL it is given', () => {
    window.history.replaceState(null, '', '/timeline?mode=compare&later=show&kinds=entity-list&labSort=founded');
    stop = startFiltersUrlSync();
    // The old "later=show" is read as the shared scope and rewritten as "scope=all".
    expect(window.location.search).toBe('?scope=all');
    expect(store().mode).toBe('ranked');
    // Moving to another view with a carried query string reads and cleans it as that view's URL.
    navigate('/export-controls', { search: '?frontier=open&kinds=entity-list' });
    expect(window.location.search).toBe('?kinds=entity-list');
    expect(store().eventKinds).toEqual(['entity-list']);
    expect(store().openFrontier).toBe(false);
  });
});
