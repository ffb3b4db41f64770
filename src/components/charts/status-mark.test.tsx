import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StatusMarkShape } from './status-mark';

const drawn = (status: 'measured' | 'as-stated' | 'estimate') => {
  const { container } = render(
    <svg>
      <StatusMarkShape status={status} cx={10} cy={10} />
    </svg>,
  );
  return container.querySelector('.status-mark');
};

describe('the status mark', () => {
  it('marks a value stated only in a write-up with a diamond and an estimate with a plus, in the text colour', () => {
    expect(drawn('as-stated')).toHaveClass('status-mark--as-stated');
    expect(drawn('as-stated')).toHaveAttribute('stroke', 'var(--fg)');
    expect(drawn('estimate')).toHaveClass('status-mark--estimate');
    expect(drawn('estimate')).toHaveAttribute('stroke', 'var(--fg)');
  });

  it('leaves a measured value unmarked', () => {
    expect(drawn('measured')).toBeNull();
  });
});
