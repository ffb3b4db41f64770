import { describe, expect, it } from 'vitest';
import { placeTooltip, viewportShift } from './place-tooltip';

describe('placeTooltip', () => {
  const box = { width: 1000, height: 400, maxWidth: 240 };

  it('goes right of a point when there is room', () => {
    expect(placeTooltip({ ...box, x: 100, y: 200 })).toEqual({ left: 114, top: 190, maxWidth: 240 });
  });

  it('goes left of a point near the right edge', () => {
    expect(placeTooltip({ ...box, x: 900, y: 200 })).toEqual({ left: 646, top: 190, maxWidth: 240 });
  });

  it('keeps a tall tooltip above maxTop', () => {
    expect(placeTooltip({ ...box, x: 100, y: 390, maxTop: 270 }).top).toBe(270);
  });

  it('on a 330 px phone chart, a point near an edge still gets its tooltip beside it', () => {
    expect(placeTooltip({ width: 330, height: 400, maxWidth: 240, x: 40, y: 100 })).toEqual({ left: 54, top: 90, maxWidth: 240 });
  });

  it.each([
    [120, 60, 'below'],
    [170, 100, 'below'],
    [200, 300, 'above'],
  ])('on a 330 px phone chart, a point at (%i, %i) gets a tooltip across the box, %s it', (x, y, where) => {
    const p = placeTooltip({ width: 330, height: 400, maxWidth: 240, x, y });
    expect(p.left).toBeGreaterThanOrEqual(0);
    expect(p.left + p.maxWidth).toBeLessThanOrEqual(330);
    if (where === 'below') expect(p.top).toBe(y + 14);
    else expect(p.bottom).toBe(400 - y + 14);
  });

  it('shrinks to a box narrower than the tooltip', () => {
    expect(placeTooltip({ width: 200, height: 300, maxWidth: 240, x: 100, y: 50 })).toEqual({ left: 0, top: 64, maxWidth: 200 });
  });
});

describe('viewportShift', () => {
  it.each([
    ['fits: stays', { left: 20, right: 260 }, 0],
    ['runs off the right edge of a 390 px phone: moves left', { left: 200, right: 440 }, -58],
    ['runs off the left edge: moves right', { left: -30, right: 210 }, 38],
    ['wider than the screen: aligned to the left margin', { left: 100, right: 500 }, -92],
  ])('%s', (_name, box, dx) => {
    expect(viewportShift(box, 390)).toBe(dx);
  });

  it('does nothing before there is a viewport to measure', () => {
    expect(viewportShift({ left: -10, right: 10 }, 0)).toBe(0);
  });
});
