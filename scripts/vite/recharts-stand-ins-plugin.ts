/**
 * Resolves some of Recharts' own imports to smaller stand-ins, for the build only (the dev server and the
 * tests run Recharts on the real modules, and the unit tests check that both behave alike). Every other
 * importer, the app's own modules included, gets the real module.
 *
 * - `victory-vendor/d3-scale` → recharts-scales.ts: only the scales Recharts' automatic axes use here
 *   (band, point, linear); d3's time scales (with d3-time and d3-time-format), sequential, diverging,
 *   quantile and the rest are left out. Checked by test/unit/recharts-scales.test.ts.
 * - `decimal.js-light` → recharts-decimal.ts: the few exact-decimal operations Recharts' nice-tick
 *   arithmetic uses, instead of the whole library (about 4.5 KB gzipped). Checked, ticks included, against
 *   the real library by test/unit/recharts-decimal.test.ts.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/** Each replaced import and its stand-in, from the project's root. */
export const RECHARTS_STAND_INS: Readonly<Record<string, string>> = {
  'victory-vendor/d3-scale': 'scripts/vite/recharts-scales.ts',
  'decimal.js-light': 'scripts/vite/recharts-decimal.ts',
};

const FROM_RECHARTS = /[\\/]node_modules[\\/]recharts[\\/]/;

export function rechartsStandInsPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'recharts-stand-ins',
    apply: 'build',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    resolveId(source, importer) {
      const standIn = Object.hasOwn(RECHARTS_STAND_INS, source) ? RECHARTS_STAND_INS[source] : undefined;
      if (standIn && importer && FROM_RECHARTS.test(importer)) return resolve(root, standIn);
      return null;
    },
  };
}
