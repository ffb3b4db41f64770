import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BREAKPOINTS, isAtMost } from './breakpoints';

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? cssFiles(join(dir, e.name)) : e.name.endsWith('.css') ? [join(dir, e.name)] : []));
}

/** Every `max-width` / `min-width` in a media query, with the file it is in. */
function mediaWidths(): Array<{ file: string; query: string; bound: 'max' | 'min'; px: number }> {
  return cssFiles(join(process.cwd(), 'src')).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/@media[^{]*/g)].flatMap((media) =>
      [...media[0].matchAll(/(max|min)-width:\s*(\d+)px/g)].map((w) => ({ file, query: media[0].trim(), bound: w[1] as 'max' | 'min', px: Number(w[2]) })),
    ),
  );
}

describe('breakpoints', () => {
  it('are the only widths the stylesheets switch layout at', () => {
    const allowed = Object.values(BREAKPOINTS);
    const widths = mediaWidths();
    expect(widths.length).toBeGreaterThan(0);
    const strays = widths.filter((w) => !allowed.includes((w.bound === 'max' ? w.px : w.px - 1) as (typeof allowed)[number]));
    expect(strays).toEqual([]);
  });

  it('match CSS max-width: the breakpoint itself is on the narrow side', () => {
    expect(isAtMost(640, 'phone')).toBe(true);
    expect(isAtMost(641, 'phone')).toBe(false);
    expect(isAtMost(900, 'wide')).toBe(true);
  });
});
