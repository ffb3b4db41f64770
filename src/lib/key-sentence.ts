/**
 * Splits a generated summary into its first sentence (shown on screen) and the rest (shown on demand).
 * A sentence ends at ".", "!" or "?" followed by a space and a capital letter or digit, so "1.5 months"
 * and "94+ (US)" stay whole; in Chinese and Japanese at "。", "！" or "？" with more text after it (not a
 * closing bracket or quote, which belongs to the sentence).
 */
export function splitKeySentence(text: string): { key: string; rest: string } {
  const trimmed = text.trim();
  const end = /[.!?](?=\s+[\p{Lu}\p{N}])|[。！？](?=[^）」』”)\]])/u.exec(trimmed);
  if (!end) return { key: trimmed, rest: '' };
  const cut = end.index + 1;
  return { key: trimmed.slice(0, cut), rest: trimmed.slice(cut).trim() };
}
