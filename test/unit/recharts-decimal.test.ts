import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Real from 'decimal.js-light';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Slim from '../../scripts/vite/recharts-decimal';
import { RECHARTS_STAND_INS, rechartsStandInsPlugin } from '../../scripts/vite/recharts-stand-ins-plugin';

const RECHARTS_DECIMAL = RECHARTS_STAND_INS['decimal.js-light'] ?? '';

/** A deterministic stream of numbers in [0, 1) (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Numbers like the ones axes see: small and large, whole and fractional, negative, rounded or not. */
function sample(next: () => number): number {
  const magnitude = 10 ** Math.floor(next() * 16 - 8);
  const sign = next() < 0.3 ? -1 : 1;
  const kind = next();
  if (kind < 0.15) return 0;
  if (kind < 0.4) return sign * Math.round(next() * 1000) * magnitude;
  if (kind < 0.55) return sign * Math.round(next() * 100);
  return sign * next() * 1000 * magnitude;
}

/** The slim decimal as the real library would read it, exactly. */
const exact = (d: Slim) => new Real(`${d.c}e${d.e}`);

describe('the decimal arithmetic Recharts gets in the build', () => {
  const next = random(20250201);
  const pairs = Array.from({ length: 4000 }, () => [sample(next), sample(next)] as const);

  it('builds the same decimal from a number, and gives the same number back', () => {
    for (const [x] of pairs) {
      expect(exact(new Slim(x)).eq(new Real(x)), `${x}`).toBe(true);
      expect(new Slim(x).toNumber()).toBe(new Real(x).toNumber());
      expect(new Slim(x).isint()).toBe(new Real(x).isint());
    }
  });

  it('adds, subtracts, multiplies, divides and takes remainders exactly as decimal.js-light does (cut to 20 digits)', () => {
    for (const [x, y] of pairs) {
      const [a, b] = [new Slim(x), new Slim(y)];
      const [ra, rb] = [new Real(x), new Real(y)];
      expect(exact(a.add(b)).eq(ra.add(rb)), `${x} + ${y}`).toBe(true);
      expect(exact(a.sub(y)).eq(ra.sub(y)), `${x} - ${y}`).toBe(true);
      expect(exact(a.mul(b)).eq(ra.mul(rb)), `${x} × ${y}`).toBe(true);
      expect(a.lt(b)).toBe(ra.lt(rb));
      expect(a.lte(y)).toBe(ra.lte(y));
      expect(a.gt(b)).toBe(ra.gt(rb));
      expect(a.abs().toNumber()).toBe(ra.abs().toNumber());
      if (y !== 0) {
        expect(exact(a.div(b)).eq(ra.div(rb)), `${x} / ${y}`).toBe(true);
        expect(exact(a.mod(b)).eq(ra.mod(rb)), `${x} mod ${y}`).toBe(true);
        // Results fed back in, as Recharts chains them.
        expect(exact(a.div(b).mul(3).add(a).div(7)).eq(ra.div(rb).mul(3).add(ra).div(7)), `chain ${x} ${y}`).toBe(true);
      }
    }
  });

  it('raises ten to integer powers and floors base-10 logarithms as decimal.js-light does', () => {
    for (let k = -30; k <= 30; k++) expect(exact(new Slim(10).pow(k)).eq(new Real(10).pow(k)), `10^${k}`).toBe(true);
    const edges = [1, 10, 100, 0.1, 0.01, 1e-7, 1e21, 9.999999999999998, 99999.99999999999, 0.09999999999999999, 1.0000000000000002];
    for (const x of [...edges, ...pairs.map(([v]) => Math.abs(v)).filter((v) => v > 0)]) {
      expect(Math.floor(new Slim(x).log(10).toNumber()), `log10 ${x}`).toBe(Math.floor(new Real(x).log(10).toNumber()));
    }
  });

  it('refuses what decimal.js-light refuses, and what it was not written for', () => {
    expect(() => new Slim(Number.NaN)).toThrow(/Invalid argument/);
    expect(() => new Slim(Infinity)).toThrow(/Invalid argument/);
    expect(() => new Slim(1).div(0)).toThrow(/DecimalError/);
    expect(() => new Slim(1).mod(0)).toThrow(/DecimalError/);
    expect(() => new Slim(2).log(2)).toThrow(/only log\(10\)/);
    expect(() => new Slim(2).pow(0.5)).toThrow(/only integer powers/);
  });
});

describe("Recharts' tick functions on the slim decimal", () => {
  // Recharts' own tick modules, copied twice: once on decimal.js-light, once on the slim class. The copies
  // live in the project (test-results/, ignored by git and lint), where the test runner may import them.
  mkdirSync('test-results', { recursive: true });
  const dir = mkdtempSync(join(resolve('test-results'), 'recharts-decimal-'));
  type Ticks = {
    getNiceTickValues: (domain: [number, number], tickCount?: number, allowDecimals?: boolean, mode?: string) => number[];
    getTickValuesFixedDomain: (domain: [number, number], tickCount: number, allowDecimals?: boolean, mode?: string) => number[];
  };
  let real: Ticks;
  let slim: Ticks;

  const copy = (name: string, decimal: string): string => {
    const scale = resolve('node_modules/recharts/es6/util/scale');
    const arithmetic = readFileSync(join(scale, 'util/arithmetic.js'), 'utf8').replace("from 'decimal.js-light'", `from '${decimal}'`);
    const ticks = readFileSync(join(scale, 'getNiceTickValues.js'), 'utf8')
      .replace("from 'decimal.js-light'", `from '${decimal}'`)
      .replace("from './util/arithmetic'", `from './${name}-arithmetic.js'`);
    expect(arithmetic).not.toContain("'decimal.js-light'");
    expect(ticks).not.toContain("'decimal.js-light'");
    writeFileSync(join(dir, `${name}-arithmetic.js`), arithmetic);
    writeFileSync(join(dir, `${name}-ticks.js`), ticks);
    return join(dir, `${name}-ticks.js`);
  };

  beforeAll(async () => {
    real = (await import(/* @vite-ignore */ copy('real', resolve('node_modules/decimal.js-light/decimal.mjs')))) as Ticks;
    slim = (await import(/* @vite-ignore */ copy('slim', resolve(RECHARTS_DECIMAL)))) as Ticks;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the same ticks for thousands of domains, counts and modes', () => {
    const next = random(43);
    for (let i = 0; i < 3000; i++) {
      const [a, b] = [sample(next), sample(next)];
      const domain: [number, number] = next() < 0.2 ? [a, a] : [a, b];
      const count = 2 + Math.floor(next() * 10);
      const decimals = next() < 0.7;
      const mode = next() < 0.5 ? 'auto' : 'snap125';
      const label = `${domain.join('..')} ×${count} ${decimals} ${mode}`;
      expect(slim.getNiceTickValues(domain, count, decimals, mode), label).toEqual(real.getNiceTickValues(domain, count, decimals, mode));
      expect(slim.getTickValuesFixedDomain(domain, count, decimals, mode), label).toEqual(real.getTickValuesFixedDomain(domain, count, decimals, mode));
    }
    // The axes drawn here: the index (0 to 100ish), prices in dollars per million tokens, counts.
    expect(slim.getNiceTickValues([0, 75.3], 5)).toEqual([0, 20, 40, 60, 80]);
    expect(slim.getNiceTickValues([0.1, 0.3], 3)).toEqual(real.getNiceTickValues([0.1, 0.3], 3));
  });

  it("stands in where Recharts uses decimals: the two tick modules tested here, and nowhere else", () => {
    // A Recharts upgrade that uses decimals elsewhere fails here, before the stand-in meets code it was not checked against.
    const es6 = resolve('node_modules/recharts/es6');
    const modules = (readdirSync(es6, { recursive: true }) as string[]).filter((file) => file.endsWith('.js'));
    const users = modules.filter((file) => readFileSync(join(es6, file), 'utf8').includes("'decimal.js-light'")).map((file) => file.replaceAll('\\', '/'));
    expect(users.sort()).toEqual(['util/scale/getNiceTickValues.js', 'util/scale/util/arithmetic.js']);
  });

  it('replaces decimal.js-light for imports made by Recharts only, and only in the build', () => {
    const plugin = rechartsStandInsPlugin();
    const resolveId = plugin.resolveId as (this: unknown, source: string, importer: string | undefined) => string | null;
    expect(plugin.apply).toBe('build');
    expect(resolveId.call(null, 'decimal.js-light', '/app/node_modules/recharts/es6/util/scale/getNiceTickValues.js')).toBe(resolve(process.cwd(), RECHARTS_DECIMAL));
    expect(resolveId.call(null, 'decimal.js-light', '/app/src/lib/format.ts')).toBeNull();
  });
});
