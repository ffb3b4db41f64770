import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatasetLoading, SLOW_NOTICE_MS } from './dataset-loading';

afterEach(() => vi.useRealTimers());

describe('DatasetLoading', () => {
  it('shows only the skeleton at first, then says it is still loading, with a retry', async () => {
    vi.useFakeTimers();
    const onRetry = vi.fn();
    render(<DatasetLoading failureCount={0} failureReason={null} totalAttempts={3} onRetry={onRetry} />);
    expect(screen.queryByText(/Still loading/)).not.toBeInTheDocument();
    act(() => vi.advanceTimersByTime(SLOW_NOTICE_MS + 10));
    expect(screen.getByText(/Still loading the dataset/)).toBeInTheDocument();
    vi.useRealTimers();
    await userEvent.click(screen.getByRole('button', { name: 'Try again now' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('shows the count of automatic attempts and why the last one failed, at once', () => {
    render(<DatasetLoading failureCount={1} failureReason={new Error('HTTP 500 for /data/dataset.json')} totalAttempts={3} onRetry={() => {}} />);
    expect(screen.getByText('Attempt 2 of 3: the previous attempt failed (HTTP 500 for /data/dataset.json).')).toBeInTheDocument();
  });
});
