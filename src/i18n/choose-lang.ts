/** Which language a page opens in. Pure: the URL, the remembered choice and the browser's list go in. */
import { DEFAULT_LANG, langFromNavigator, parseLang, type Lang } from '../lib/locale';

export interface LangInputs {
  /** The `lang` query parameter (null when absent). */
  param: string | null;
  /** The remembered choice, as stored (null when none or storage is blocked). */
  stored: string | null;
  /** `navigator.languages`, most preferred first. */
  languages: readonly string[];
}

export interface LangChoice {
  lang: Lang;
  /** The URL held a `lang` value that is not one of ours: it is cleaned in place. */
  badParam: boolean;
}

/**
 * A valid `lang` in the URL wins (a shared link opens in the sender's language); else the remembered
 * choice (a corrupt stored value is ignored); else, on a first visit, the browser's first language that
 * we have; else English. An unknown or hostile `lang` counts as absent.
 */
export function chooseLang({ param, stored, languages }: LangInputs): LangChoice {
  const fromUrl = parseLang(param);
  const badParam = param !== null && !fromUrl;
  return { lang: fromUrl ?? parseLang(stored) ?? langFromNavigator(languages) ?? DEFAULT_LANG, badParam };
}
