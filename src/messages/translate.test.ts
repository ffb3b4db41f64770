import { describe, expect, it } from 'vitest';
import { createTranslator, fileOf, overEnglish } from './translate';

const demoZh = { demo: { title: '标题', nested: { a: '甲', count: (n: number) => `${n} 个` }, empty: '' } };
const later = { laterArea: { heading: '稍后' } };

function makeArea() {
  return { title: 'Title', nested: { a: 'A', b: 'B', count: (n: number) => `${n} items` }, empty: 'Empty' };
}

describe('fileOf', () => {
  it.each([
    ['common', 'common'],
    ['exportControls', 'export-controls'],
    ['figureActions', 'figure-actions'],
  ])('%s → %s', (name, file) => expect(fileOf(name)).toBe(file));
});

describe('overEnglish', () => {
  it('keeps every English key, takes translated values, falls back on missing or empty ones', () => {
    expect(overEnglish({ a: 'A', b: 'B', c: { d: 'D' } }, { a: '甲', b: '', c: {} })).toEqual({ a: '甲', b: 'B', c: { d: 'D' } });
  });
  it('never puts a string where English has a function', () => {
    const fn = (n: number) => `${n}`;
    expect(overEnglish(fn, 'oops')).toBe(fn);
  });
});

describe('createTranslator', () => {
  const always = () => true;

  it('writes a language into the live objects in place, nested objects kept by reference, and back', async () => {
    const write = createTranslator({ './zh/demo.ts': () => Promise.resolve(demoZh) });
    const area = makeArea();
    const kept = area.nested;
    await write([['demo', area]], 'zh', always);
    expect(area.title).toBe('标题');
    expect(kept.a).toBe('甲');
    expect(kept.b).toBe('B');
    expect(kept.count(3)).toBe('3 个');
    expect(area.empty).toBe('Empty');
    await write([['demo', area]], 'ja', always); // no file for ja: English
    expect(area.title).toBe('Title');
    await write([['demo', area]], 'zh', always);
    await write([['demo', area]], 'en', always);
    expect(area.title).toBe('Title');
    expect(kept.a).toBe('A');
    expect(kept.count(2)).toBe('2 items');
  });

  it('writes nothing when the language is no longer wanted once loaded', async () => {
    const write = createTranslator({ './zh/later-area.ts': () => Promise.resolve(later) });
    const area = { heading: 'Later' };
    await write([['laterArea', area]], 'zh', () => false);
    expect(area.heading).toBe('Later');
    await write([['laterArea', area]], 'zh', always);
    expect(area.heading).toBe('稍后');
  });

  it('writes nothing and rejects when a file cannot be fetched', async () => {
    const write = createTranslator({ './zh/demo.ts': () => Promise.reject(new Error('offline')) });
    const area = makeArea();
    await expect(write([['demo', area]], 'zh', always)).rejects.toThrow('offline');
    expect(area.title).toBe('Title');
  });
});
