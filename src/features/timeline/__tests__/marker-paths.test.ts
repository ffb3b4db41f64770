import { describe, expect, it } from 'vitest';
import { LATER_RING_GAP, markerLayers, shapePath, type MarkerInput } from '../lib/marker-paths';

const point = (patch: Partial<MarkerInput>): MarkerInput => ({ region: 'us', x: 10, y: 10, status: 'measured', later: false, open: false, reasoning: false, ...patch });

describe('markerLayers', () => {
  it('batches markers by region and status, measured ones first so the lighter ones stay on top', () => {
    const layers = markerLayers(
      [point({ status: 'estimate' }), point({ region: 'cn', status: 'as-stated' }), point({ region: 'cn' }), point({ x: 30 }), point({ region: 'cn', status: 'as-stated', x: 40 })],
      10,
    );
    expect(layers.shapes.map((s) => [s.key, s.d.split('M').length - 1])).toEqual([
      ['cn-measured', 1],
      ['us-measured', 1],
      ['cn-as-stated', 2],
      ['us-estimate', 1],
    ]);
  });

  it('rings later releases with one dashed path, apart from the reasoning rings and open-weights frames', () => {
    const layers = markerLayers([point({ later: true, reasoning: true }), point({ later: true, x: 50 }), point({ open: true, region: 'cn' })], 10);
    expect(layers.later).toBe(shapePath('circle', 10, 10, 5 + LATER_RING_GAP) + shapePath('circle', 50, 10, 5 + LATER_RING_GAP));
    expect(layers.rings.map((r) => r.key)).toEqual(['ring-us']);
    expect(layers.frames.map((f) => f.key)).toEqual(['frame-cn']);
  });

  it('has no later-release path when nothing was released after the report', () => {
    expect(markerLayers([point({})], 10).later).toBe('');
  });
});
