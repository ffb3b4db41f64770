/**
 * Resolves Recharts' own imports of `decimal.js-light` (its nice-tick arithmetic) to recharts-decimal.ts,
 * the few operations Recharts uses on exact decimals, instead of the whole library (about 4.5 KB gzipped
 * less in the first view). Build only: the dev server and the tests run Recharts on the real library,
 * and test/unit/recharts-decimal.test.ts checks that both give the same ticks.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/** The stand-in Recharts gets, from the project's root. */
export const RECHARTS_DECIMAL = 'scripts/vite/recharts-decimal.ts';

const FROM_RECHARTS = /[\\/]node_modules[\\/]recharts[\\/]/;

export function rechartsDecimalPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'recharts-decimal',
    apply: 'build',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    resolveId(source, importer) {
      if (source === 'decimal.js-light' && importer && FROM_RECHARTS.test(importer)) return resolve(root, RECHARTS_DECIMAL);
      return null;
    },
  };
}
