/**
 * A model name cut to fit a label, keeping what tells versions apart: "Claude 3.5 Sonnet (June 2024)" and
 * "Claude 3.5 Sonnet (Oct 2024)" must not both become "Claude 3.5 Son…". The trailing bracket (a date or
 * version the dataset puts in the name) is kept, shortened if need be ("(Oct '24)"), and the rest is cut.
 * Pure.
 */
const ELLIPSIS = '…';
/** Below this many characters of the base name, the label says too little: cut plainly instead. */
const MIN_BASE = 3;
const COMFORTABLE_BASE = 8;

function cut(text: string, maxChars: number): string {
  return text.length <= maxChars ? text : `${text.slice(0, Math.max(1, maxChars - 1)).trimEnd()}${ELLIPSIS}`;
}

export function shortLabel(name: string, maxChars: number): string {
  if (name.length <= maxChars) return name;
  const m = /^(.+?)\s*\(([^()]+)\)$/.exec(name);
  if (!m) return cut(name, maxChars);
  const [, base, inner] = m as unknown as [string, string, string];
  // "June 2024" → "Jun '24"; at the narrowest, without the brackets.
  const shorter = inner.replace(/\b([A-Z][a-z]{2})[a-z]+\b/, '$1').replace(/\b(\d{2})(\d{2})\b/, "'$2");
  const suffixes = [...new Set([`(${inner})`, `(${shorter})`, shorter])];
  let best: string | null = null;
  let bestRoom = -1;
  for (const suffix of suffixes) {
    const room = maxChars - suffix.length - 1;
    if (room >= COMFORTABLE_BASE) return `${cut(base, room)} ${suffix}`;
    if (room >= MIN_BASE && room > bestRoom) {
      best = `${cut(base, room)} ${suffix}`;
      bestRoom = room;
    }
  }
  return best ?? cut(name, maxChars);
}
