/** Text widths for chart layout (label lanes, margins). Browser-only measurement with a jsdom fallback. */

let canvas: HTMLCanvasElement | null = null;
const widths = new Map<string, number>();
/**
 * The width of a text in px, measured with a canvas in the browser. jsdom has no canvas, so there it is
 * estimated generously (0.62 em per character), which errs towards more lanes, never overlaps.
 */
export function measureText(text: string, font: string, fontSizePx: number): number {
  const key = `${font}|${text}`;
  const known = widths.get(key);
  if (known !== undefined) return known;
  let width = text.length * fontSizePx * 0.62;
  if (typeof navigator !== 'undefined' && !/jsdom/i.test(navigator.userAgent)) {
    canvas ??= document.createElement('canvas');
    const ctx = canvas.getContext('2d');
    if (ctx) {
      ctx.font = font;
      width = ctx.measureText(text).width;
    }
  }
  widths.set(key, width);
  return width;
}

let font: { lang: string; family: string } | null = null;
/**
 * The page's font family, read once per language (reading computed style in every render forces a style
 * recalculation): Chinese and Japanese pages use their own font stack, and labels are measured in it.
 */
export function bodyFont(): string {
  if (typeof document === 'undefined') return 'sans-serif';
  const lang = document.documentElement.lang;
  if (font?.lang !== lang) font = { lang, family: getComputedStyle(document.body).fontFamily || 'sans-serif' };
  return font.family;
}
