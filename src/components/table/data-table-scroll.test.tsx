import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DataTable } from './data-table';
import type { TableColumn } from './table-columns';

interface Item {
  rank: number;
  name: string;
}
const columns: TableColumn<Item>[] = [
  { id: 'rank', header: 'Rank', numeric: true, cell: (r) => r.rank },
  { id: 'name', header: 'Name', rowHeader: true, cell: (r) => r.name },
];
const rows: Item[] = [{ rank: 1, name: 'Alpha' }];
const HINT = /Scroll sideways for more columns/;

/** jsdom has no layout: give every element the widths a phone would measure. */
function stubWidths(scrollWidth: number, clientWidth: number) {
  Object.defineProperty(HTMLElement.prototype, 'scrollWidth', { configurable: true, get: () => scrollWidth });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => clientWidth });
}
afterEach(() => {
  delete (HTMLElement.prototype as Partial<Record<'scrollWidth' | 'clientWidth', number>>).scrollWidth;
  delete (HTMLElement.prototype as Partial<Record<'scrollWidth' | 'clientWidth', number>>).clientWidth;
});

describe('DataTable scroll cue', () => {
  it('says nothing when the table fits its box', () => {
    stubWidths(356, 356);
    render(<DataTable caption="Models" columns={columns} rows={rows} rowKey={(r) => r.name} />);
    expect(screen.queryByText(HINT)).toBeNull();
    expect(screen.getByRole('region', { name: 'Models' })).not.toHaveAttribute('aria-describedby');
  });

  it('when wider than its box: a hint that describes the scroll box, and a cue at the edge with columns beyond it', () => {
    stubWidths(934, 356);
    render(<DataTable caption="Models" columns={columns} rows={rows} rowKey={(r) => r.name} />);
    const box = screen.getByRole('region', { name: 'Models' });
    expect(box).toHaveAccessibleDescription(HINT);
    expect(box.parentElement).toHaveAttribute('data-cue', 'right');
    box.scrollLeft = 300;
    fireEvent.scroll(box);
    expect(box.parentElement).toHaveAttribute('data-cue', 'left right');
  });

  it('pins the column that names the rows (row headers), not a rank before it', () => {
    render(<DataTable caption="Models" columns={columns} rows={rows} rowKey={(r) => r.name} />);
    expect(screen.getByRole('rowheader', { name: 'Alpha' })).toHaveClass('data-table__pin');
    expect(screen.getByRole('cell', { name: '1' })).not.toHaveClass('data-table__pin');
    expect(screen.getByRole('table')).toHaveClass('data-table--pin-first');
  });
});
