import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as d3Scales from 'victory-vendor/d3-scale';
import { describe, expect, it } from 'vitest';
import * as rechartsScales from '../../scripts/vite/recharts-scales';
import { RECHARTS_STAND_INS, rechartsStandInsPlugin } from '../../scripts/vite/recharts-stand-ins-plugin';

const RECHARTS_SCALES = RECHARTS_STAND_INS['victory-vendor/d3-scale'] ?? '';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

type ResolveId = (this: unknown, source: string, importer: string | undefined) => string | null;

describe('the scales Recharts gets in the build', () => {
  it("are the three scales Recharts' automatic axes use (band, point, linear), d3's own functions", () => {
    expect(Object.keys(rechartsScales).sort()).toEqual(['scaleBand', 'scaleLinear', 'scalePoint']);
    for (const [name, value] of Object.entries(rechartsScales)) expect(value).toBe(d3Scales[name as keyof typeof d3Scales]);
  });

  it('replace d3-scale for imports made by Recharts only, and only in the build', () => {
    const plugin = rechartsStandInsPlugin();
    const resolveId = plugin.resolveId as ResolveId;
    expect(plugin.apply).toBe('build');
    expect(resolveId.call(null, 'victory-vendor/d3-scale', '/app/node_modules/recharts/es6/state/selectors/combiners/combineConfiguredScale.js')).toBe(resolve(process.cwd(), RECHARTS_SCALES));
    expect(resolveId.call(null, 'victory-vendor/d3-scale', '/app/src/features/price/lib/price-layout.ts')).toBeNull();
    expect(resolveId.call(null, 'victory-vendor/d3-shape', '/app/node_modules/recharts/es6/shape/Curve.js')).toBeNull();
  });

  it('are enough: no Recharts axis in the app names a scale the list lacks (it would silently become a point scale)', () => {
    const root = join(process.cwd(), 'src');
    const kept = Object.keys(rechartsScales).map((name) => name.slice('scale'.length).toLowerCase());
    // Every `scale="…"` / `scale: '…'` in the code (the message files hold words, not charts).
    const code = sources(root).filter((file) => !file.includes(join('src', 'messages')));
    const named = code.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\bscale\s*[=:]\s*\{?\s*["'`](\w+)["'`]/g)].map((m) => `${file}: ${m[1]}`));
    expect(named.filter((found) => found.split(': ')[1] !== 'auto' && !kept.includes(found.split(': ')[1] ?? ''))).toEqual([]);
  });
});
