import { describe, expect, it } from 'vitest';
import { plotKeyAction } from '../lib/plot-keys';

describe('plotKeyAction', () => {
  it.each<[string, number | null, number, ReturnType<typeof plotKeyAction>]>([
    ['ArrowRight', null, 5, { kind: 'move', index: 0 }],
    ['ArrowLeft', null, 5, { kind: 'move', index: 4 }],
    ['ArrowRight', 4, 5, { kind: 'move', index: 4 }],
    ['ArrowUp', 1, 5, { kind: 'move', index: 2 }],
    ['ArrowDown', 0, 5, { kind: 'move', index: 0 }],
    ['PageUp', 1, 30, { kind: 'move', index: 11 }],
    ['PageDown', 3, 30, { kind: 'move', index: 0 }],
    ['Home', 7, 30, { kind: 'move', index: 0 }],
    ['End', null, 30, { kind: 'move', index: 29 }],
    ['End', null, 0, null],
    ['Enter', 2, 5, { kind: 'select' }],
    [' ', null, 5, null],
    ['Escape', 2, 5, { kind: 'clear' }],
    ['Escape', null, 5, null],
    ['a', 2, 5, null],
  ])('%j from %j of %i', (key, current, count, expected) => expect(plotKeyAction(key, current, count)).toEqual(expected));
});
