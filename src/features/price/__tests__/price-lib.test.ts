import { describe, expect, it } from 'vitest';
import { makeDataset, makeLab, makeModel, makeScore } from '../../../../test/fixtures/dataset';
import { buildDatasetIndex } from '../../../data/dataset-index';
import type { Model } from '../../../data/dataset.schema';
import { DEFAULT_FILTERS } from '../../../stores/filters/filters-url';
import { compareCost } from '../lib/compare-cost';
import { cheapestFrontier, costAtLevel, frontierSteps } from '../lib/price-frontier';
import { formatUsd } from '../../../lib/format';
import { layoutScatter, priceDomain, priceTicks } from '../lib/price-layout';
import { priceTableRows } from '../lib/price-table';
import { selectPrice } from '../lib/select-price';

const LABS = [makeLab('cn-lab', { name: 'CN Lab', country: 'CN' }), makeLab('us-lab', { name: 'US Lab' })];
const price = (input: number | null, output: number | null): Model['price'] => ({ inputUsdPerM: input, outputUsdPerM: output, asOf: '2025-02', provider: 'API', basis: 'first-party', status: 'secondary', sources: [] });
const model = (id: string, lab: string, value: number | null, p: Model['price']) => makeModel(id, lab, { scores: value === null ? [] : [makeScore(value)], price: p });
const indexOf = (models: Model[]) => buildDatasetIndex(makeDataset({ labs: LABS, models }));
const pt = (id: string, p: number, value: number) => ({ id, price: p, value });

describe('selectPrice', () => {
  const index = indexOf([
    model('a', 'us-lab', 80, price(3, 15)),
    model('b', 'cn-lab', 75, price(0.27, 1.1)),
    model('c', 'cn-lab', 70, price(0.5, null)),
    model('d', 'us-lab', null, price(1, 1)),
    model('e', 'us-lab', 60, price(null, null)),
    model('f', 'us-lab', 60, price(0, 0)),
  ]);
  it('plots rated, priced models cheapest first, and lists the others as not priced or not rated (never 0)', () => {
    const s = selectPrice(index, DEFAULT_FILTERS);
    expect(s.points.map((p) => [p.id, p.price])).toEqual([
      ['b', (3 * 0.27 + 1.1) / 4],
      ['a', 6],
    ]);
    expect(s.notPriced.map((r) => [r.row.model.id, r.inputOnly])).toEqual([
      ['c', true],
      ['e', false],
      ['f', false],
    ]);
    expect(s.notRated.map((r) => r.model.id)).toEqual(['d']);
    expect([s.shown, s.total]).toEqual([6, 6]);
  });
  it('follows the filters', () => {
    const s = selectPrice(index, { ...DEFAULT_FILTERS, region: 'cn' });
    expect(s.points.map((p) => p.id)).toEqual(['b']);
    expect(s.shown).toBe(2);
  });
});

describe('cheapestFrontier', () => {
  it.each([
    ['empty', [], []],
    ['one point', [pt('a', 1, 50)], ['a']],
    ['a dearer, worse model is off the frontier', [pt('a', 1, 60), pt('b', 5, 50), pt('c', 10, 70)], ['a', 'c']],
    ['a dearer model at the same level is off', [pt('a', 1, 60), pt('b', 2, 60)], ['a']],
    ['each cheaper step down is on it', [pt('a', 0.5, 40), pt('b', 2, 60), pt('c', 30, 90)], ['a', 'b', 'c']],
  ])('%s', (_, points, ids) => {
    expect(cheapestFrontier(points).map((p) => p.id)).toEqual(ids);
  });
  it('draws a staircase and answers the cost at a level', () => {
    const f = cheapestFrontier([pt('a', 0.5, 40), pt('b', 2, 60), pt('c', 30, 90)]);
    expect(frontierSteps(f)).toEqual([
      [0.5, 40],
      [2, 40],
      [2, 60],
      [30, 60],
      [30, 90],
    ]);
    expect(costAtLevel(f, 55)?.id).toBe('b');
    expect(costAtLevel(f, 60)?.id).toBe('b');
    expect(costAtLevel(f, 91)).toBeNull();
  });
});

describe('compareCost', () => {
  it('compares the cheapest model of each side at the highest level both reach', () => {
    const index = indexOf([model('us-top', 'us-lab', 90, price(15, 60)), model('us-mid', 'us-lab', 86, price(1.1, 4.4)), model('cn-top', 'cn-lab', 88, price(0.55, 2.19)), model('cn-low', 'cn-lab', 70, price(0.1, 0.1))]);
    const r = compareCost(selectPrice(index, DEFAULT_FILTERS).points);
    expect(r.kind).toBe('both');
    if (r.kind !== 'both') return;
    expect(r.level).toBe(88);
    expect(r.cn.id).toBe('cn-top');
    expect(r.us.id).toBe('us-top');
    expect(r.ratio).toBeCloseTo(26.25 / 0.96, 5);
  });
  it('says which side has no priced model', () => {
    const index = indexOf([model('us', 'us-lab', 90, price(1, 1)), model('cn', 'cn-lab', 88, price(null, null))]);
    expect(compareCost(selectPrice(index, DEFAULT_FILTERS).points)).toEqual({ kind: 'missing', cn: true, us: false });
  });
});

describe('price axis', () => {
  it.each([
    [[0.07, 60], [0.01, 100]],
    [[1, 1], [1, 10]],
    [[], [0.1, 10]],
    [[0.25, 4], [0.1, 10]],
  ])('domain of %j is %j', (prices, domain) => {
    expect(priceDomain(prices)).toEqual(domain);
  });
  it('ticks every decade, with 2 and 5 when there is room', () => {
    expect(priceTicks([0.1, 10])).toEqual([0.1, 0.2, 0.5, 1, 2, 5, 10]);
    expect(priceTicks([0.01, 100], 10)).toEqual([0.01, 0.1, 1, 10, 100]);
    expect(priceTicks([0.01, 100], 13)).toHaveLength(13);
  });
  it.each([
    [0.0411, '$0.041'],
    [0.4775, '$0.48'],
    [2.5, '$2.50'],
    [1, '$1.00'],
    [26.25, '$26'],
  ])('formatUsd(%s) is %s', (v, s) => {
    expect(formatUsd(v)).toBe(s);
  });
});

describe('layoutScatter', () => {
  it('places cheaper points left and better points higher, and draws the frontier through them', () => {
    const points = [pt('a', 0.1, 50), pt('b', 10, 90)];
    const l = layoutScatter({ points, frontier: points, width: 400, height: 300, valueDomain: [0, 100] });
    const [a, b] = l.points;
    expect(a!.x).toBeLessThan(b!.x);
    expect(a!.y).toBeGreaterThan(b!.y);
    expect(a!.x).toBe(l.plot.left);
    expect(b!.x).toBe(l.plot.right);
    expect(l.frontierPath.startsWith(`M${a!.x},${a!.y}`)).toBe(true);
    expect(l.frontierPath.endsWith(`L${b!.x},${b!.y}`)).toBe(true);
    expect(l.xTicks.map((t) => t.label)).toEqual(['$0.1', '$0.2', '$0.5', '$1', '$2', '$5', '$10']);
    expect(l.yTicks.length).toBeGreaterThan(2);
  });
});

describe('priceTableRows', () => {
  it('lists the plotted models best first, with the prices rounded and the frontier marked', () => {
    const index = indexOf([model('a', 'us-lab', 80, price(3, 15)), model('b', 'cn-lab', 75, price(0.27, 1.1))]);
    const { points } = selectPrice(index, DEFAULT_FILTERS);
    const rows = priceTableRows(points, new Set(['b']), { country: (c) => c, status: (s) => s, yes: 'yes', no: 'no' });
    expect(rows.map((r) => [r[0], r[3], r[7], r[10]])).toEqual([
      ['a', '80', 6, 'no'],
      ['b', '75', 0.478, 'yes'],
    ]);
  });
});
