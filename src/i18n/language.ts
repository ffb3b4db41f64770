/**
 * The interface language at run time: chosen before the first render, switched by the header's
 * control, kept in the URL (every address the app makes carries it, see lib/location) and remembered.
 * A switch loads the new language's strings first, then writes them into the live message table and
 * tells the tree, which re-renders from the top (app.tsx keys it on the language).
 */
import { getLang, HTML_LANG, LANG_PARAM, parseLang, setActiveLang, type Lang } from '../lib/locale';
import { getLocation, onLocationChange, writeSearch } from '../lib/location';
import { messages } from '../messages';
import { switchMessages } from '../messages/localise';
import { chooseLang } from './choose-lang';

export const LANG_STORAGE_KEY = 'china-ai-dashboard:lang';

function readStored(): string | null {
  try {
    return window.localStorage.getItem(LANG_STORAGE_KEY);
  } catch {
    return null;
  }
}

function remember(lang: Lang): void {
  try {
    window.localStorage.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // Storage may be blocked: the URL still carries the choice.
  }
}

function langParam(): string | null {
  return new URLSearchParams(getLocation().search).get(LANG_PARAM);
}

/** `<html lang>` and the meta description follow the language (each view sets the title). */
function applyToDocument(lang: Lang): void {
  document.documentElement.lang = HTML_LANG[lang];
  document.querySelector('meta[name="description"]')?.setAttribute('content', messages.common.metaDescription);
}

/** Rewrites the URL in place so that its `lang` says the active language (left out for English). */
function canonicaliseUrl(): void {
  writeSearch(getLocation().search, 'replace');
}

let switching: Promise<void> | null = null;

async function activate(lang: Lang): Promise<void> {
  await switchMessages(lang);
  setActiveLang(lang);
  applyToDocument(lang);
  canonicaliseUrl();
}

/**
 * Chooses the start language and loads its strings; resolves when the first render may happen (at
 * once for English). If the strings cannot be fetched, the page opens in English.
 */
export async function startLanguage(): Promise<void> {
  const { lang } = chooseLang({ param: langParam(), stored: readStored(), languages: navigator.languages ?? [] });
  try {
    await activate(lang);
  } catch {
    await activate('en');
  }
}

/** The person's choice from the switch: loaded, shown, remembered. Rejects if the strings cannot be fetched. */
export function changeLanguage(lang: Lang): Promise<void> {
  remember(lang);
  const run = activate(lang);
  switching = run;
  return run.finally(() => {
    if (switching === run) switching = null;
  });
}

/**
 * After back, forward or a link: a valid `lang` in the new URL is followed; an absent or bad one is
 * replaced by the active language's. Returns a stop function.
 */
export function startLanguageUrlSync(): () => void {
  return onLocationChange(() => {
    const param = langParam();
    const wanted = parseLang(param);
    if (wanted && wanted !== getLang()) {
      if (!switching) void activate(wanted).catch(() => canonicaliseUrl());
      return;
    }
    if ((param === null && getLang() !== 'en') || (param !== null && !wanted) || (wanted === 'en' && param !== null)) canonicaliseUrl();
  });
}
