import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ChartTooltip, ChartTooltipFacts, preloadChartTooltip } from './chart-tooltip';

describe('ChartTooltip', () => {
  it('draws the box with its title, aside, facts and hint once the box has loaded', async () => {
    render(
      <ChartTooltip title="DeepSeek-R1" aside="Rank 3" hint="Click for details">
        <ChartTooltipFacts facts={[['Lab', 'DeepSeek']]} />
      </ChartTooltip>,
    );
    const title = await screen.findByText('DeepSeek-R1');
    const box = title.closest('.chart-tooltip');
    expect(box).not.toBeNull();
    expect(box).toHaveTextContent('Rank 3');
    expect(box).toHaveTextContent('LabDeepSeek');
    expect(box).toHaveTextContent('Click for details');
  });

  it('draws at once, in the same render, after the preload', async () => {
    await preloadChartTooltip();
    render(<ChartTooltip title="Qwen2.5-Max" style={{ left: 10 }} />);
    const box = screen.getByText('Qwen2.5-Max').closest('.chart-tooltip');
    expect(box).toHaveClass('chart-tooltip--placed');
    expect(box).toHaveAttribute('aria-hidden', 'true');
  });
});
