import { afterEach, describe, expect, it } from 'vitest';
import { getLang } from '../lib/locale';
import { hrefFor } from '../lib/location';
import { changeLanguage, LANG_STORAGE_KEY, startLanguage } from './language';

function at(url: string) {
  window.history.replaceState(null, '', url);
}

afterEach(async () => {
  await changeLanguage('en');
  window.localStorage.clear();
  at('/');
});

describe('startLanguage', () => {
  it('opens a link in its language, sets <html lang>, and every address the app makes keeps it', async () => {
    at('/labs?region=china&lang=zh');
    await startLanguage();
    expect(getLang()).toBe('zh');
    expect(document.documentElement.lang).toBe('zh-Hans');
    expect(window.location.search).toBe('?region=china&lang=zh');
    expect(hrefFor('/timeline', '?region=china')).toBe('/timeline?region=china&lang=zh');
  });

  it('cleans an unknown or hostile lang from the URL and falls back', async () => {
    at('/timeline?lang=%22%3E%3Cscript%3E&region=china');
    await startLanguage();
    expect(getLang()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(window.location.search).toBe('?region=china');
  });

  it('ignores a corrupt remembered value', async () => {
    window.localStorage.setItem(LANG_STORAGE_KEY, 'klingon');
    at('/');
    await startLanguage();
    expect(['en', 'zh', 'ja']).toContain(getLang());
    expect(getLang()).not.toBe('klingon');
  });

  it('remembers a switch and puts it in the URL', async () => {
    at('/price');
    await changeLanguage('ja');
    expect(window.localStorage.getItem(LANG_STORAGE_KEY)).toBe('ja');
    expect(window.location.search).toBe('?lang=ja');
    expect(document.documentElement.lang).toBe('ja');
    await changeLanguage('en');
    expect(window.location.search).toBe('');
  });
});
