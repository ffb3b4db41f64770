import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CadenceChart } from '../components/cadence-chart';
import type { CadenceQuarter } from '../lib/select-cadence';

const none = { reasoning: 0, other: 0, total: 0 };
const quarter = (i: number): CadenceQuarter => ({
  start: Date.UTC(2024, i * 3, 1),
  label: `Q${(i % 4) + 1} ${2024 + Math.floor(i / 4)}`,
  counts: { us: { reasoning: 0, other: 1, total: 1 }, cn: none, other: none },
  total: 1,
  reasoning: 0,
  firstReasoning: [],
});
const quarters = (n: number) => Array.from({ length: n }, (_, i) => quarter(i));

describe('the cadence chart from the keyboard', () => {
  it('keeps working when the quarters shrink under a held position (Back to a narrower window)', async () => {
    const { rerender } = render(<CadenceChart quarters={quarters(8)} title="Cadence" summary="Eight quarters." />);
    const plot = screen.getByRole('group', { name: 'Cadence' });
    expect(plot).toHaveAccessibleDescription('Eight quarters.');
    act(() => plot.focus());
    await userEvent.keyboard('{End}');
    expect(screen.getByText(/^Q4 2025\. United States: 1/)).toBeInTheDocument();
    rerender(<CadenceChart quarters={quarters(3)} title="Cadence" summary="Three quarters." />);
    // The held position (the 8th quarter) is gone: the arrow starts again from an end, and nothing throws.
    await userEvent.keyboard('{ArrowLeft}');
    expect(screen.getByText(/^Q3 2024\. United States: 1/)).toBeInTheDocument();
  });
});
