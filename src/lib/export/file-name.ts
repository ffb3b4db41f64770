/**
 * File names for downloads that say what the file is and when: `china-ai-frontier-2025-02.png`.
 * Pure; imports nothing of ours.
 */

/** Lower-case ASCII words joined by "-": "China vs US frontier" → "china-vs-us-frontier". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export type ExportExtension = 'png' | 'svg' | 'csv' | 'json' | 'bib' | 'txt';

/**
 * `china-ai-<subject>-<when>.<ext>`. `when` is a YYYY, YYYY-MM or YYYY-MM-DD date (the data's as-of
 * date or the end of the window shown); an unusable date is left out rather than guessed.
 */
export function exportFileName(subject: string, when: string | null, ext: ExportExtension): string {
  const what = slugify(subject) || 'figure';
  const prefixed = what.startsWith('china-ai') ? what : `china-ai-${what}`;
  const date = when && PARTIAL_DATE.test(when) ? `-${when}` : '';
  return `${prefixed}${date}.${ext}`;
}
