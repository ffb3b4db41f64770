/**
 * Writing a language into the live message objects (see localise.ts). Loaded only when a language other
 * than English is first asked for, so English readers do not download it.
 */

type Area = Record<string, unknown>;
type AreaModule = Record<string, unknown>;
export type TranslationFiles = Record<string, () => Promise<AreaModule>>;

/** `exportControls` → `export-controls`: an area's file name from its export name. */
export function fileOf(exportName: string): string {
  return exportName.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

const isPlainObject = (value: unknown): value is Area =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;

/** The translation over English: every English key, the translated value where it is present and not empty. */
export function overEnglish(en: unknown, translated: unknown): unknown {
  if (isPlainObject(en)) {
    const source = isPlainObject(translated) ? translated : {};
    return Object.fromEntries(Object.entries(en).map(([key, value]) => [key, overEnglish(value, source[key])]));
  }
  if (translated === undefined || translated === null || translated === '') return en;
  if (typeof en === 'function' && typeof translated !== 'function') return en;
  return translated;
}

/** A copy that later writes cannot reach (nested objects copied too). */
function snapshot(area: Area): Area {
  return Object.fromEntries(Object.entries(area).map(([key, value]) => [key, isPlainObject(value) ? snapshot(value) : value]));
}

/**
 * Writes strings into the live objects in place, nested objects included: code that kept a nested
 * object (`const m = messages.labs.chart`) reads the new language too. Only a string copied out of the
 * table at module load would stay behind (none is: such constants are built at render).
 */
function writeInto(target: Area, strings: Area): void {
  for (const [key, value] of Object.entries(strings)) {
    const into = target[key];
    if (isPlainObject(into) && isPlainObject(value) && into !== value) writeInto(into, value);
    else target[key] = value;
  }
}

/**
 * A writer over translation files keyed `./<lang>/<file>.ts` (the app's, or a test's). It keeps each
 * area's English from the first time it sees the area (before it ever writes into it).
 */
export function createTranslator(files: TranslationFiles) {
  const english = new WeakMap<Area, Area>();

  async function load(name: string, area: Area, lang: string): Promise<Area> {
    const en = english.get(area)!;
    const loader = lang === 'en' ? undefined : files[`./${lang}/${fileOf(name)}.ts`];
    if (!loader) return en;
    const module = await loader();
    return overEnglish(en, module[name]) as Area;
  }

  /**
   * Loads `lang` for every area (English when it has no file), then, if `stillWanted()`, writes them
   * all at once: no screen shows half of one language. Rejects, writing nothing, if a file cannot be fetched.
   */
  return async function writeLanguage(areas: readonly (readonly [string, object])[], lang: string, stillWanted: () => boolean): Promise<void> {
    for (const [, area] of areas) if (!english.has(area as Area)) english.set(area as Area, snapshot(area as Area));
    const loaded = await Promise.all(areas.map(async ([name, area]) => [area as Area, await load(name, area as Area, lang)] as const));
    if (!stillWanted()) return;
    for (const [area, strings] of loaded) writeInto(area, strings);
  };
}

export const writeLanguage = createTranslator(import.meta.glob<AreaModule>(['./zh/*.ts', './ja/*.ts']));
