/**
 * The interface language: which ones exist, how the URL, storage and the browser name them, and the one
 * that is active now (a tiny store that formatting, links and the tree read). The choice itself (URL,
 * memory, first visit) and the loading of strings are in src/i18n; this leaf only holds the state.
 */
import { useSyncExternalStore } from 'react';

export type Lang = 'en' | 'zh' | 'ja';
export const LANGS: readonly Lang[] = ['en', 'zh', 'ja'];
export const DEFAULT_LANG: Lang = 'en';
/** The query parameter that carries the language (absent: English, or the reader's remembered choice). */
export const LANG_PARAM = 'lang';

/** A language from untrusted text (URL, storage): exactly one of the codes, else undefined. */
export function parseLang(text: string | null | undefined): Lang | undefined {
  return LANGS.find((lang) => lang === text);
}

/** The first of the browser's languages that we have: "zh-CN", "zh-TW" → zh, "ja-JP" → ja, "en-US" → en. */
export function langFromNavigator(languages: readonly string[]): Lang | undefined {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    const lang = parseLang(primary);
    if (lang) return lang;
  }
  return undefined;
}

/** The value of `<html lang>`: Chinese is written in simplified characters. */
export const HTML_LANG: Record<Lang, string> = { en: 'en', zh: 'zh-Hans', ja: 'ja' };

/** The locale Intl formats with: British English (day month year) as before, mainland Chinese, Japanese. */
export const INTL_LOCALE: Record<Lang, string> = { en: 'en-GB', zh: 'zh-CN', ja: 'ja-JP' };

/** A query string with the language parameter set for `lang` (left out for English), the rest kept in order. */
export function withLangParam(search: string, lang: Lang): string {
  // The common case (English, no parameter) keeps the text exactly as given.
  if (lang === DEFAULT_LANG && !new RegExp(`(^|[?&])${LANG_PARAM}=`).test(search)) return search;
  const params = new URLSearchParams(search);
  params.delete(LANG_PARAM);
  if (lang !== DEFAULT_LANG) params.set(LANG_PARAM, lang);
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}

let active: Lang = DEFAULT_LANG;
const listeners = new Set<() => void>();

export function getLang(): Lang {
  return active;
}

/** Makes `lang` the active language (its strings must already be in place) and tells every reader. */
export function setActiveLang(lang: Lang): void {
  if (lang === active) return;
  active = lang;
  for (const listener of [...listeners]) listener();
}

export function subscribeLang(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The active language, re-rendering on a switch. */
export function useLang(): Lang {
  return useSyncExternalStore(subscribeLang, getLang, getLang);
}

/** The locale tag for Intl in the active language. */
export function intlLocale(): string {
  return INTL_LOCALE[active];
}
