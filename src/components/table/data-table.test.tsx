import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DataTable } from './data-table';
import type { TableColumn } from './table-columns';

interface Item {
  name: string;
  group: string;
  score: number | null;
}
const rows: Item[] = [
  { name: 'Beta', group: 'G1', score: 5 },
  { name: 'Alpha', group: 'G1', score: null },
  { name: 'Gamma', group: 'G2', score: 7 },
];
const columns: TableColumn<Item>[] = [
  { id: 'name', header: 'Name', rowHeader: true, cell: (r) => r.name, sortValue: (r) => r.name },
  { id: 'score', header: 'Score', numeric: true, cell: (r) => r.score ?? 'unknown', sortValue: (r) => r.score },
  { id: 'csvOnly', header: 'Source', csv: () => 's1' },
];
const bodyNames = () =>
  screen
    .getAllByRole('rowheader')
    .map((c) => c.textContent)
    .join(',');

describe('DataTable', () => {
  it('draws a captioned table in a named scroll box, with row headers and right-aligned numbers; CSV-only columns are not drawn', () => {
    render(<DataTable caption="Models" columns={columns} rows={rows} rowKey={(r) => r.name} />);
    const table = screen.getByRole('table', { name: 'Models' });
    expect(screen.getByRole('region', { name: 'Models' })).toContainElement(table);
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Name↕', 'Score↕']);
    expect(within(table).getByRole('cell', { name: '5' })).toHaveClass('num');
    expect(bodyNames()).toBe('Beta,Alpha,Gamma');
  });

  it("gives a row's cell the class its column names for that row, beside the column's own classes; the header keeps only the column's", () => {
    const marked: TableColumn<Item>[] = [columns[0]!, { ...columns[1]!, className: 'score', cellClassName: (r) => (r.score === null ? 'score--unknown' : undefined) }];
    render(<DataTable caption="Models" columns={marked} rows={rows} rowKey={(r) => r.name} />);
    const table = screen.getByRole('table', { name: 'Models' });
    expect(within(table).getByRole('cell', { name: 'unknown' })).toHaveClass('num', 'score', 'score--unknown');
    expect(within(table).getByRole('cell', { name: '5' }).className).toBe('num score');
    expect(within(table).getByRole('columnheader', { name: /Score/ })).not.toHaveClass('score--unknown');
  });

  it('sorts by a column from its header button, flips on a second press, and says so with aria-sort', async () => {
    const user = userEvent.setup();
    render(<DataTable caption="Models" columns={columns} rows={rows} rowKey={(r) => r.name} defaultSort={{ id: 'score', dir: 'desc' }} />);
    expect(bodyNames()).toBe('Gamma,Beta,Alpha');
    expect(screen.getByRole('columnheader', { name: /Score/ })).toHaveAttribute('aria-sort', 'descending');
    await user.click(screen.getByRole('button', { name: /Name/ }));
    expect(bodyNames()).toBe('Alpha,Beta,Gamma');
    expect(screen.getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getByRole('columnheader', { name: /Score/ })).not.toHaveAttribute('aria-sort');
    await user.click(screen.getByRole('button', { name: /Name/ }));
    expect(bodyNames()).toBe('Gamma,Beta,Alpha');
  });

  it('leaves the order to the owner when sorting is controlled', async () => {
    const user = userEvent.setup();
    const onSort = vi.fn();
    render(<DataTable caption="Models" columns={columns} rows={rows} rowKey={(r) => r.name} sort={{ id: 'score', dir: 'asc' }} onSort={onSort} />);
    expect(bodyNames()).toBe('Beta,Alpha,Gamma');
    expect(screen.getByRole('columnheader', { name: /Score/ })).toHaveAttribute('aria-sort', 'ascending');
    await user.click(screen.getByRole('button', { name: /Name/ }));
    expect(onSort).toHaveBeenCalledWith('name');
  });

  it('puts a heading row above each group, and plain headers where nothing sorts', () => {
    const plain = columns.map(({ sortValue: _s, ...c }) => c);
    render(<DataTable caption="Models" columns={plain} rows={rows} rowKey={(r) => r.name} groupOf={(r) => ({ key: r.group, label: `Group ${r.group}` })} />);
    expect(screen.queryByRole('button')).toBeNull();
    const [head, body] = screen.getAllByRole('rowgroup');
    expect(within(head!).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Name', 'Score']);
    expect(within(body!).getAllByRole('row').map((r) => r.textContent)).toEqual(['Group G1', 'Beta5', 'Alphaunknown', 'Group G2', 'Gamma7']);
  });

  it('marks a table whose first column stays in view while the rest scrolls', () => {
    render(<DataTable caption="Models" columns={columns} rows={rows} rowKey={(r) => r.name} pinFirstColumn className="extra" />);
    expect(screen.getByRole('table')).toHaveClass('data-table', 'data-table--pin-first', 'extra');
  });
});
