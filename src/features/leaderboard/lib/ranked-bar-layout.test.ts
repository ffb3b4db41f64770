import { describe, expect, it } from 'vitest';
import { AXIS_HEIGHT, BAR_GAP, LABEL_SPACE, layoutRankedBars, nameColumnWidth, ROW_HEIGHT, rowAt, rowKeyIndex } from './ranked-bar-layout';

describe('layoutRankedBars', () => {
  const layout = layoutRankedBars([90, 45, 0], 1000, [0, 100]);

  it('gives each model a row, its bar from the scale’s lower bound to its value', () => {
    const { plot, rows } = layout;
    expect(plot.left).toBe(nameColumnWidth(1000, false));
    expect(plot.right).toBe(1000 - LABEL_SPACE);
    expect(rows.map((r) => r.top)).toEqual([4, 4 + ROW_HEIGHT, 4 + 2 * ROW_HEIGHT]);
    expect(rows.every((r) => r.x === plot.left && r.y === r.top + BAR_GAP && r.height === ROW_HEIGHT - 2 * BAR_GAP)).toBe(true);
    const span = plot.right - plot.left;
    expect(rows.map((r) => r.width)).toEqual([0.9 * span, 0.45 * span, 0]);
    expect(layout.height).toBe(3 * ROW_HEIGHT + AXIS_HEIGHT);
  });

  it('keeps a value outside the scale inside the plot', () => {
    const { plot, rows } = layoutRankedBars([120, -5], 1000, [0, 100]);
    expect(rows[0]!.x + rows[0]!.width).toBe(plot.right);
    expect(rows[1]!.width).toBe(0);
  });

  it('labels every tick: 20 apart on a wide plot, 50 apart on a narrow one', () => {
    expect(layout.ticks.map((t) => t.value)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(layout.ticks[0]!.x).toBe(layout.plot.left);
    expect(layout.ticks.at(-1)!.x).toBe(layout.plot.right);
    expect(layoutRankedBars([90], 300, [0, 100], true).ticks.map((t) => t.value)).toEqual([0, 50, 100]);
  });

  it('gives names 30% of the width (45% side by side), within bounds, and fits their characters to it', () => {
    expect(nameColumnWidth(200, false)).toBe(104);
    expect(nameColumnWidth(500, false)).toBe(150);
    expect(nameColumnWidth(2000, false)).toBe(230);
    expect(nameColumnWidth(400, true)).toBe(180);
    expect(nameColumnWidth(2000, true)).toBe(215);
    expect(layoutRankedBars([90], 500, [0, 100]).nameChars).toBe(Math.floor((150 - 24) / 6.6));
  });
});

describe('rowAt', () => {
  const layout = layoutRankedBars([90, 80], 800, [0, 100]);
  it('finds the row under a point, names and value labels included, and none above, below or on the axis', () => {
    expect(rowAt(layout, 4)).toBe(0);
    expect(rowAt(layout, 4 + ROW_HEIGHT - 1)).toBe(0);
    expect(rowAt(layout, 4 + ROW_HEIGHT)).toBe(1);
    expect(rowAt(layout, 2)).toBeNull();
    expect(rowAt(layout, layout.plot.bottom + 5)).toBeNull();
  });
});

describe('rowKeyIndex', () => {
  it('moves down with ↓ and →, up with ↑ and ←, by ten with PageDown/PageUp, to the ends with Home/End, within the bars', () => {
    expect(rowKeyIndex('ArrowDown', 2, 5)).toBe(3);
    expect(rowKeyIndex('ArrowRight', 4, 5)).toBe(4);
    expect(rowKeyIndex('ArrowUp', 2, 5)).toBe(1);
    expect(rowKeyIndex('ArrowLeft', 0, 5)).toBe(0);
    expect(rowKeyIndex('PageDown', 2, 30)).toBe(12);
    expect(rowKeyIndex('PageUp', 2, 30)).toBe(0);
    expect(rowKeyIndex('Home', 7, 30)).toBe(0);
    expect(rowKeyIndex('End', 7, 30)).toBe(29);
  });
  it('starts at the first bar from none, and ignores other keys and an empty chart', () => {
    expect(rowKeyIndex('ArrowDown', null, 5)).toBe(0);
    expect(rowKeyIndex('ArrowUp', null, 5)).toBe(0);
    expect(rowKeyIndex('PageDown', null, 30)).toBe(0);
    expect(rowKeyIndex('End', null, 30)).toBe(29);
    expect(rowKeyIndex('Tab', 1, 5)).toBeNull();
    expect(rowKeyIndex('ArrowDown', null, 0)).toBeNull();
  });
});
