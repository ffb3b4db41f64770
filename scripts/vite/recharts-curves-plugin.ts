/**
 * Gives Recharts' Curve only the d3 curve factories the dashboard draws with.
 *
 * Recharts' `shape/Curve.js` looks a line's curve up by name (`type="monotone"` → `curveMonotoneX`) in
 * a table of thirteen d3-shape factories, so every one of them (basis, bump, natural, monotone, step…)
 * ships with the first view's chart code, drawn or not. The app draws straight lines only: the tooltip's
 * cursor and ReferenceLine (linear) and the labs' frontier (`lineJointType="stepAfter"`). For the build,
 * this plugin rewrites that table to the factories in RECHARTS_CURVES; d3-shape's others are then left out
 * (about 2 KB gzipped). A curve type not in the list would be drawn straight (`curveLinear`, Recharts' own
 * fallback for a name it does not know), so test/unit/recharts-curves.test.ts fails when a chart in src
 * asks for one. If a Recharts upgrade changes the table's shape, the build stops with an error that says
 * so, rather than silently keeping or losing curves. Build only: the dev server and the tests run Recharts
 * untouched.
 */
import type { Plugin } from 'vite';

/** The curve types the app's charts use (Recharts' names: `type` of Line/Area, `lineJointType` of Scatter). */
export const RECHARTS_CURVES = ['linear', 'stepAfter'] as const;

const CURVE_MODULE = /[\\/]node_modules[\\/]recharts[\\/]es6[\\/]shape[\\/]Curve\.js$/;
const TABLE = /var CURVE_FACTORIES = \{([^}]*)\};/;
const D3_SHAPE = /[\\/]node_modules[\\/]d3-shape[\\/]dist[\\/]d3-shape\.mjs$/;
/** d3-shape's module-level calls that only make curve factories (`var cardinal = (function custom(tension) {…})(0);`). */
const FACTORY_CALLS = /^(var \w+ = )(\(function custom\(|curveRadial\()/gm;

/** The d3-shape factory Recharts looks up for a type (`stepAfter` → `curveStepAfter`). */
export const curveFactoryName = (type: string): string => `curve${type.charAt(0).toUpperCase()}${type.slice(1)}`;

/** Curve.js with its factory table cut to `kept`; throws when the table is not where and what it was. */
export function cutCurveTable(code: string, kept: readonly string[] = RECHARTS_CURVES): string {
  const table = TABLE.exec(code);
  const entries = table?.[1]
    ?.split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  if (!table || !entries || entries.some((e) => !/^curve\w+$/.test(e))) {
    throw new Error("recharts-curves: Recharts' shape/Curve.js no longer has `var CURVE_FACTORIES = { curveX, … }`; update scripts/vite/recharts-curves-plugin.ts for this Recharts version.");
  }
  const names = kept.map(curveFactoryName);
  const missing = names.filter((n) => !entries.includes(n));
  if (missing.length > 0) throw new Error(`recharts-curves: Recharts' curve table has no ${missing.join(', ')}; update RECHARTS_CURVES.`);
  return code.replace(TABLE, `var CURVE_FACTORIES = { ${names.join(', ')} };`);
}

/**
 * d3-shape with its module-level factory-making calls marked pure. The bundler cannot see that these
 * calls (seven parametrised curves, the radial line) have no side effects, so it keeps them, and with them
 * the cardinal, Catmull–Rom, bundle and basis curves, in every chunk that uses d3-shape at all.
 */
export function markFactoryCallsPure(code: string): string {
  const marked = code.replace(FACTORY_CALLS, '$1/* @__PURE__ */ $2');
  if (marked === code) throw new Error('recharts-curves: d3-shape no longer makes its curves with `var x = (function custom(…) {…})(…)`; update scripts/vite/recharts-curves-plugin.ts.');
  return marked;
}

export function rechartsCurvesPlugin(): Plugin {
  return {
    name: 'recharts-curves',
    apply: 'build',
    transform(code, id) {
      if (CURVE_MODULE.test(id)) return { code: cutCurveTable(code), map: null };
      if (D3_SHAPE.test(id)) return { code: markFactoryCallsPure(code), map: null };
      return null;
    },
  };
}
