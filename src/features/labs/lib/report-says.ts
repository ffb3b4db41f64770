/**
 * Which rendering of "what the source document says" a lab profile shows. The source document is a
 * Japanese text: Japanese readers get its own words (when the dataset has them), every other language
 * the English rendering. Quotes are never translated on the fly. Pure.
 */
import type { Lab } from '../../../data/dataset.schema';

export type UiLanguage = 'en' | 'zh' | 'ja';

export interface ReportSaysText {
  text: string;
  /** The language of `text` (for the quote's `lang` attribute). */
  lang: 'en' | 'ja';
}

/** The quote for `lang`; null when the source document says nothing about the lab in that rendering. */
export function reportSaysFor(lab: Pick<Lab, 'reportSays' | 'reportSaysJa'>, lang: UiLanguage): ReportSaysText | null {
  if (lang === 'ja' && lab.reportSaysJa !== undefined && lab.reportSaysJa.length > 0) return { text: lab.reportSaysJa, lang: 'ja' };
  return lab.reportSays === null ? null : { text: lab.reportSays, lang: 'en' };
}
