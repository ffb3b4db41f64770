import { describe, expect, it } from 'vitest';
import { rovingIndex } from './roving-index';

describe('rovingIndex', () => {
  it.each<[string, number, number | null]>([
    ['ArrowRight', 0, 1],
    ['ArrowDown', 3, 3],
    ['ArrowLeft', 0, 0],
    ['ArrowUp', 2, 1],
    ['Home', 2, 0],
    ['End', 0, 3],
    ['PageDown', 0, null],
    ['Tab', 1, null],
  ])('%s from %i of 4 → %j', (key, current, expected) => expect(rovingIndex(key, current, 4)).toBe(expected));

  it('moves a page at a time when given one, within the list', () => {
    expect(rovingIndex('PageDown', 2, 30, 10)).toBe(12);
    expect(rovingIndex('PageDown', 25, 30, 10)).toBe(29);
    expect(rovingIndex('PageUp', 2, 30, 10)).toBe(0);
  });

  it('moves nowhere in an empty list', () => {
    expect(rovingIndex('End', 0, 0)).toBeNull();
    expect(rovingIndex('ArrowDown', 0, 0)).toBeNull();
  });
});
