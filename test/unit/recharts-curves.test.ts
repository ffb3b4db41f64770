import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
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

/** A literal's text, or a note naming where a curve type is not a literal (the scan cannot check it). */
function literal(node: ts.Node | undefined, file: string): string {
  const value = node && ts.isJsxExpression(node) ? node.expression : node;
  if (value && (ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value))) return value.text;
  const line = node ? node.getSourceFile().getLineAndCharacterOfPosition(node.getStart()).line + 1 : 0;
  return `not a literal at ${file}:${line}`;
}

/**
 * Every curve type a chart in src asks for, read from the syntax tree: `type` of a Line, Area or Curve, and
 * `lineJointType` (a Scatter's prop, or a props object's key). A type that is not a literal is reported as
 * such, so the check fails rather than miss it.
 */
function curveTypesIn(tree: ts.SourceFile, file: string, found: Set<string>): Set<string> {
  const visit = (node: ts.Node): void => {
    if ((ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node)) && /^(Line|Area|Curve)$/.test(node.tagName.getText())) {
      for (const a of node.attributes.properties) if (ts.isJsxAttribute(a) && a.name.getText() === 'type') found.add(literal(a.initializer, file));
    }
    if ((ts.isJsxAttribute(node) || ts.isPropertyAssignment(node)) && node.name.getText() === 'lineJointType') found.add(literal(node.initializer, file));
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return found;
}

const parse = (file: string, text: string) => ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);

function curveTypesInSrc(): string[] {
  const found = new Set<string>();
  for (const file of sources(join(process.cwd(), 'src'))) curveTypesIn(parse(file, readFileSync(file, 'utf8')), file, found);
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

  it('the scan reads props through arrow functions, and flags a curve type it cannot read', () => {
    const text = '<Line dataKey={(d) => d.v} type="monotone" />; <Area type={kind} />; const p = { lineJointType: "step" };';
    expect([...curveTypesIn(parse('x.tsx', text), 'x.tsx', new Set())].sort()).toEqual(['monotone', 'not a literal at x.tsx:1', 'step']);
  });
});
