/**
 * Every language has every string: for each language besides English, each area file of `en/` exists
 * in that language's folder, and every key is there, not empty, with the same placeholders (a function's
 * arity and the arguments its text shows; `{name}` placeholders in plain text). A missing language
 * folder fails here by name: the test never passes by having nothing to check.
 */
import { describe, expect, it } from 'vitest';
import { LANGS } from '../lib/locale';

type Module = Record<string, unknown>;
const EN = import.meta.glob<Module>('../messages/en/*.ts', { eager: true });
const TRANSLATED = import.meta.glob<Module>(['../messages/zh/*.ts', '../messages/ja/*.ts'], { eager: true });
const AREA_FILES = Object.keys(EN).map((path) => path.slice('../messages/en/'.length));

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Distinct markers passed as arguments: an argument that English shows must show in the translation. */
const markers = (n: number) => Array.from({ length: n }, (_, i) => `⟦arg${i}⟧`);
const ICU = /\{([A-Za-z_][\w]*)\}/g;

function shown(fn: (...args: unknown[]) => unknown, args: string[]): string | null {
  try {
    const out = fn(...args);
    return typeof out === 'string' ? out : JSON.stringify(out);
  } catch {
    return null;
  }
}

/** Problems of one translated value against English, each as "path: what". */
export function compare(en: unknown, tr: unknown, path: string): string[] {
  if (tr === undefined) return [`${path}: missing`];
  if (typeof en === 'string') {
    if (typeof tr !== 'string') return [`${path}: not a string`];
    if (tr.trim() === '' && en.trim() !== '') return [`${path}: empty`];
    const want = [...en.matchAll(ICU)].map((m) => m[1]).sort();
    const got = [...tr.matchAll(ICU)].map((m) => m[1]).sort();
    return want.join() === got.join() ? [] : [`${path}: placeholders {${want.join('}, {')}} in English, {${got.join('}, {')}} here`];
  }
  if (typeof en === 'function') {
    if (typeof tr !== 'function') return [`${path}: not a function`];
    if (tr.length !== en.length) return [`${path}: takes ${tr.length} arguments, English takes ${en.length}`];
    const args = markers(en.length);
    const enOut = shown(en as (...a: unknown[]) => unknown, args);
    const trOut = shown(tr as (...a: unknown[]) => unknown, args);
    if (enOut === null || trOut === null) return [];
    if (trOut.trim() === '' && enOut.trim() !== '') return [`${path}: empty`];
    return args.filter((a) => enOut.includes(a) && !trOut.includes(a)).map((a) => `${path}: drops argument ${a} that English shows`);
  }
  if (Array.isArray(en)) {
    if (!Array.isArray(tr)) return [`${path}: not a list`];
    if (tr.length !== en.length) return [`${path}: ${tr.length} items, English has ${en.length}`];
    return en.flatMap((item, i) => compare(item, tr[i], `${path}[${i}]`));
  }
  if (isPlainObject(en)) {
    if (!isPlainObject(tr)) return [`${path}: not an object`];
    return Object.keys(en).flatMap((key) => compare(en[key], tr[key], `${path}.${key}`));
  }
  return [];
}

describe('compare (the checker itself)', () => {
  it('finds missing, empty and mismatched strings', () => {
    const en = { a: 'A', b: 'B {name}', c: (n: number, who: string) => `${n} by ${who}`, d: { e: 'E' }, f: ['x', 'y'] };
    expect(compare(en, en, 'x')).toEqual([]);
    const tr = { a: '', b: 'B {nom}', c: (n: number) => `${n}`, d: {}, f: ['x'] };
    expect(compare(en, tr, 'x')).toEqual([
      'x.a: empty',
      'x.b: placeholders {name} in English, {nom} here',
      'x.c: takes 1 arguments, English takes 2',
      'x.d.e: missing',
      'x.f: 1 items, English has 2',
    ]);
    expect(compare(en.c, (n: number, _who: string) => `${n}件`, 'c')).toEqual(['c: drops argument ⟦arg1⟧ that English shows']);
  });
});

describe.each(LANGS.filter((lang) => lang !== 'en'))('%s strings', (lang) => {
  it(`has a folder src/messages/${lang}/`, () => {
    const files = Object.keys(TRANSLATED).filter((path) => path.startsWith(`../messages/${lang}/`));
    expect(files, `src/messages/${lang}/ is missing or empty: the ${lang} translation has not landed`).not.toHaveLength(0);
  });

  it.each(AREA_FILES)(`has every key of en/%s, none empty, placeholders matching`, (file) => {
    const en = EN[`../messages/en/${file}`]!;
    const tr = TRANSLATED[`../messages/${lang}/${file}`];
    expect(tr, `src/messages/${lang}/${file} is missing`).toBeDefined();
    const problems = Object.keys(en).flatMap((name) => compare(en[name], tr?.[name], `${lang}/${file} ${name}`));
    expect(problems).toEqual([]);
  });
});
