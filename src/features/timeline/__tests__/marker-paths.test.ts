import { describe, expect, it } from 'vitest';
import { markerLayers, shapePath, type MarkerInput } from '../lib/marker-paths';

const point = (patch: Partial<MarkerInput>): MarkerInput => ({ region: 'us', x: 10, y: 10, ...patch });

describe('markerLayers', () => {
  it('batches markers into one path per region, in a fixed order of regions', () => {
    const layers = markerLayers([point({}), point({ region: 'cn' }), point({ x: 30 }), point({ region: 'other', x: 40 })], 10);
    expect(layers.shapes.map((s) => [s.key, s.d.split('M').length - 1])).toEqual([
      ['cn', 1],
      ['other', 1],
      ['us', 2],
    ]);
  });

  it('draws each marker in its region\'s shape, at its point', () => {
    const layers = markerLayers([point({}), point({ x: 30 }), point({ region: 'cn', x: 50, y: 20 })], 10);
    expect(layers.shapes.find((s) => s.region === 'us')!.d).toBe(shapePath('circle', 10, 10, 5) + shapePath('circle', 30, 10, 5));
    expect(layers.shapes.find((s) => s.region === 'cn')!.d).toBe(shapePath('square', 50, 20, 5));
  });

  it('has no path when there is no point', () => {
    expect(markerLayers([], 10).shapes).toEqual([]);
  });
});
