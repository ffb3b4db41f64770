import { describe, expect, it, vi } from 'vitest';
import { withLazyFields } from './lazy-fields';

describe('withLazyFields', () => {
  it('computes the lazy fields on first read, once, and keeps the fixed ones as given', () => {
    const make = vi.fn(() => ({ rows: [[1], [2]], header: ['n'] }));
    const table = withLazyFields({ caption: 'Numbers' }, ['rows', 'header'], make);
    expect(table.caption).toBe('Numbers');
    expect(make).not.toHaveBeenCalled();
    expect(table.rows).toEqual([[1], [2]]);
    expect(table.header).toEqual(['n']);
    expect(table.rows).toBe(table.rows);
    expect(make).toHaveBeenCalledTimes(1);
    expect({ ...table }).toEqual({ caption: 'Numbers', rows: [[1], [2]], header: ['n'] });
  });
});
