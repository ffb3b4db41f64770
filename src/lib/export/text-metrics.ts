/**
 * Text width without a browser: a deliberately generous per-character estimate, so that the print
 * layout is the same in the page, in tests and in the build script, and a line never runs past the
 * edge whichever sans-serif font the reader's machine substitutes.
 */

const CJK = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

function charEm(ch: string): number {
  if (CJK.test(ch)) return 1.0;
  if (ch === ' ') return 0.3;
  if (/[iljI.,:;'’|!()[\]]/.test(ch)) return 0.32;
  if (/[mwMW@%—]/.test(ch)) return 0.95;
  if (/[A-Z]/.test(ch)) return 0.7;
  if (/[0-9]/.test(ch)) return 0.58;
  return 0.58;
}

export type MeasureText = (text: string, fontSize: number, bold?: boolean) => number;

export const estimateTextWidth: MeasureText = (text, fontSize, bold = false) => {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * fontSize * (bold ? 1.08 : 1);
};

/**
 * Greedy word wrap to `maxWidth`. A word longer than a line (a URL, a run of Chinese characters) is
 * broken between characters, so nothing is ever cut off.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, measure: MeasureText = estimateTextWidth, bold = false): string[] {
  const fits = (s: string) => measure(s, fontSize, bold) <= maxWidth;
  const lines: string[] = [];
  let line = '';
  const pushWord = (word: string) => {
    let rest = word;
    while (!fits(rest)) {
      let cut = 1;
      while (cut < rest.length && fits(rest.slice(0, cut + 1))) cut++;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    return rest;
  };
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
    } else {
      if (line) lines.push(line);
      line = pushWord(word);
    }
  }
  if (line) lines.push(line);
  return lines;
}
