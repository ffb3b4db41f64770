import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as d3Shape from 'victory-vendor/d3-shape';
import { describe, expect, it } from 'vitest';
import { curveFactoryName, cutCurveTable, markFactoryCallsPure, RECHARTS_CURVES, rechartsCurvesPlugin } from '../../scripts/vite/recharts-curves-plugin';

// The two files the plugin rewrites, as installed (the build bundles these very files).
const curveJs = readFileSync(join(process.cwd(), 'node_modules/recharts/es6/shape/Curve.js'), 'utf8');
const d3ShapeMjs = readFileSync(join(process.cwd(), 'node_modules/d3-shape/dist/d3-shape.mjs'), 'utf8');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** Every curve type a chart in src asks for: `type` of a Line, Area or Curve, and a Scatter's `lineJointType`. */
function curveTypesInSrc(): string[] {
  const found = new Set<string>();
  for (const file of sources(join(process.cwd(), 'src'))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/<(?:Line|Area|Curve)\b[^>]*?\btype=\{?\s*["'`](\w+)["'`]/g)) found.add(m[1] ?? '');
    for (const m of text.matchAll(/\blineJointType\s*[=:]\s*\{?\s*["'`](\w+)["'`]/g)) found.add(m[1] ?? '');
  }
  return [...found].sort();
}

describe('the curves Recharts gets in the build', () => {
  it('are every curve type a chart here draws (a removed one would silently be drawn straight)', () => {
    expect(curveTypesInSrc().filter((type) => !(RECHARTS_CURVES as readonly string[]).includes(type))).toEqual([]);
    // The scan sees the labs' frontier, so it is looking where the curve types are.
    expect(curveTypesInSrc()).toContain('stepAfter');
  });

  it("cut Recharts' factory table to the kept curves, which d3-shape has", () => {
    const cut = cutCurveTable(curveJs);
    expect(cut).toContain('var CURVE_FACTORIES = { curveLinear, curveStepAfter };');
    expect(cut.replace(/var CURVE_FACTORIES = \{[^}]*\};/, '')).toBe(curveJs.replace(/var CURVE_FACTORIES = \{[^}]*\};/, ''));
    for (const type of RECHARTS_CURVES) expect(typeof d3Shape[curveFactoryName(type) as keyof typeof d3Shape]).toBe('function');
  });

  it('stop the build, saying why, when Recharts or d3-shape changes the code they rewrite', () => {
    expect(() => cutCurveTable('const CURVE_FACTORIES = new Map();')).toThrow(/no longer has/);
    expect(() => cutCurveTable(curveJs, ['linear', 'wobbly'])).toThrow(/no curveWobbly/);
    expect(() => markFactoryCallsPure('export const cardinal = makeCardinal(0);')).toThrow(/no longer makes its curves/);
  });

  it("mark d3-shape's factory-making calls pure, and change nothing else", () => {
    const marked = markFactoryCallsPure(d3ShapeMjs);
    expect(marked.match(/\/\* @__PURE__ \*\/ /g)?.length).toBe(8);
    expect(marked.replaceAll('/* @__PURE__ */ ', '')).toBe(d3ShapeMjs);
  });

  it('rewrite those two modules only, and only in the build', () => {
    const plugin = rechartsCurvesPlugin();
    const transform = plugin.transform as (this: unknown, code: string, id: string) => { code: string } | null;
    expect(plugin.apply).toBe('build');
    expect(transform.call(null, curveJs, '/app/node_modules/recharts/es6/shape/Curve.js')?.code).toContain('{ curveLinear, curveStepAfter }');
    expect(transform.call(null, d3ShapeMjs, '/app/node_modules/d3-shape/dist/d3-shape.mjs')?.code).toContain('@__PURE__');
    expect(transform.call(null, curveJs, '/app/src/components/charts/curve.ts')).toBeNull();
  });
});
