/**
 * Resolves Recharts' own imports of `victory-vendor/d3-scale` to recharts-scales.ts, which holds only the
 * scales Recharts' automatic axes use here (band, point, linear): d3's time scales (and with them d3-time
 * and d3-time-format) and its sequential, diverging, quantile and other scales are left out. Every other
 * importer, the app's own layout modules included, gets the whole module. Build only: the dev
 * server and the tests run Recharts on the full module, so nothing behaves differently there.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/** The list of scales Recharts gets, from the project's root. */
export const RECHARTS_SCALES = 'scripts/vite/recharts-scales.ts';

const FROM_RECHARTS = /[\\/]node_modules[\\/]recharts[\\/]/;

export function rechartsScalesPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'recharts-scales',
    apply: 'build',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    resolveId(source, importer) {
      if (source === 'victory-vendor/d3-scale' && importer && FROM_RECHARTS.test(importer)) return resolve(root, RECHARTS_SCALES);
      return null;
    },
  };
}
