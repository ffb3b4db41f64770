/**
 * Each language's name in its own language, for the language switch. Not translated: a reader looks
 * for their language by its own name, whatever the page's language is.
 */
export const LANGUAGE_NAMES = { en: 'English', zh: '简体中文', ja: '日本語' } as const;
