import { describe, expect, it } from 'vitest';
import { formatScore } from './format';

describe('formatScore', () => {
  it.each<[number, string | null | undefined, string]>([
    [94, 'estimate', '94+'],
    [89, 'measured', '89'],
    [79, 'as-stated', '79'],
    [88.5, 'measured', '88.5'],
    [88.25, 'estimate', '88.3+'],
    [90, null, '90'],
    [90, undefined, '90'],
  ])('%s (%s) → %s', (value, status, expected) => expect(formatScore(value, status)).toBe(expected));
});
