/**
 * A lab's two names in the order a reader of the page's language looks for them: in English the
 * English name first with the native one beside it; in Chinese and Japanese the native name (深度求索)
 * first, with the English one beside it. Pure.
 */
import { useLang, type Lang } from '../../lib/locale';

export interface LabNames {
  /** The name shown first (the link text, the heading). */
  primary: string;
  /** Its language when it is not the page's (a native name on an English page), for `lang=`. */
  primaryLang: string | undefined;
  /** The other name, shown beside it (null when the lab has only one). */
  secondary: string | null;
  secondaryLang: string;
}

/** Native names in the dataset are Chinese, in simplified characters. */
const NATIVE_LANG = 'zh-Hans';

export function labNames(lab: { name: string; nativeName: string | null }, lang: Lang): LabNames {
  if (!lab.nativeName) return { primary: lab.name, primaryLang: undefined, secondary: null, secondaryLang: 'en' };
  if (lang === 'en') return { primary: lab.name, primaryLang: undefined, secondary: lab.nativeName, secondaryLang: NATIVE_LANG };
  return { primary: lab.nativeName, primaryLang: lang === 'zh' ? undefined : NATIVE_LANG, secondary: lab.name, secondaryLang: 'en' };
}

/** The lab's names in the active language's order. */
export function useLabNames(lab: { name: string; nativeName: string | null }): LabNames {
  return labNames(lab, useLang());
}
