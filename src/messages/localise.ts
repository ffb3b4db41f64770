/**
 * The message objects are the live table of strings. English is in them when the app starts; for
 * another language, that language's file of each area (`zh/labs.ts`, …) is loaded on demand and its
 * strings are written into the same objects, so every `messages.labs.…` read sees the active language.
 * Only the active language's files are fetched (one lazy chunk per language and area), and the writer
 * itself (translate.ts) loads only when a language other than English is asked for.
 *
 * Areas register when their module loads: the first view's at start (index.ts), each view's with the
 * view (its entry awaits `localise`, so the view never renders in the previous language). A key that a
 * translation lacks, or leaves empty, falls back to English (the key test in CI keeps that from shipping).
 */

/** The registered areas by export name (`exportControls`), the live objects the app reads. */
const live = new Map<string, object>();
let current = 'en';

const writer = () => import('./translate').then((m) => m.writeLanguage);

/** Adds areas to the live table (English as loaded); the caller then brings them to the active language. */
export function register(areas: Record<string, object>): void {
  for (const [name, area] of Object.entries(areas)) if (!live.has(name)) live.set(name, area);
}

/** Registers areas and writes the active language into them (awaited by each lazily loaded entry). */
export async function localise(areas: Record<string, object>): Promise<void> {
  register(areas);
  for (let lang = current; lang !== 'en'; lang = current) {
    const write = await writer();
    let wanted = true;
    await write(Object.entries(areas), lang, () => (wanted = lang === current));
    // A switch while these loaded: load again, in the language now chosen.
    if (wanted) return;
  }
}

/**
 * Switches every registered area to `lang` (all loaded first, then written at once). Rejects, changing
 * nothing, when a file cannot be fetched.
 */
export async function switchMessages(lang: string): Promise<void> {
  const previous = current;
  if (lang === previous) return;
  // Set first: an area that registers while these load brings itself to the new language.
  current = lang;
  try {
    const write = await writer();
    await write([...live.entries()], lang, () => lang === current);
  } catch (error) {
    if (current === lang) current = previous;
    throw error;
  }
}

/** The language the table is in (or is being switched to). */
export function messagesLang(): string {
  return current;
}
