import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { marksInUse } from '../lib/chart-data';
import { LeaderboardMarksLegend } from './chart-legend';

const bar = (patch: Partial<{ status: 'measured' | 'as-stated' | 'estimate'; reasoning: boolean | null; open: boolean | null; later: boolean }> = {}) => ({
  status: 'measured' as const,
  reasoning: false,
  open: false,
  later: false,
  ...patch,
});

describe('marksInUse', () => {
  it('lists the statuses the bars carry, and whether any bar is a reasoning, open-weights or after-report model', () => {
    const used = marksInUse([bar(), bar({ status: 'as-stated', reasoning: true }), bar({ open: null })]);
    expect([...used.statuses].sort()).toEqual(['as-stated', 'measured']);
    expect(used).toMatchObject({ reasoning: true, open: false, later: false });
    expect(marksInUse([bar({ status: 'estimate', later: true, open: true })])).toMatchObject({ open: true, later: true });
  });
});

describe('LeaderboardMarksLegend', () => {
  const items = () => screen.getAllByRole('listitem').map((li) => li.textContent);

  it('keys only the marks the bars carry: no estimate or after-report key in a scope without them', () => {
    render(<LeaderboardMarksLegend inUse={marksInUse([bar(), bar({ status: 'as-stated', reasoning: true })])} />);
    expect(screen.getByRole('list', { name: 'Bar styles and marks' })).toBeInTheDocument();
    expect(items()).toEqual(['no mark: measured', 'diamond: stated only in a write-up', 'Rreasoning model']);
  });

  it('keys every mark when the bars carry them all', () => {
    render(<LeaderboardMarksLegend inUse={marksInUse([bar(), bar({ status: 'as-stated' }), bar({ status: 'estimate', reasoning: true, open: true, later: true })])} />);
    expect(items()).toHaveLength(6);
    expect(items().join(' ')).toMatch(/plus: AA estimate \(\+\).*released after the report/);
  });

  it('draws nothing for no bars', () => {
    const { container } = render(<LeaderboardMarksLegend inUse={marksInUse([])} />);
    expect(container).toBeEmptyDOMElement();
  });
});
