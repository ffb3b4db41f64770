import { describe, expect, it } from 'vitest';
import { effectiveWindow, phoneDefaultFrom } from '../lib/phone-window';

const none = { from: null, to: null };

describe('the phone’s default window', () => {
  it('starts on 1 January of the year before the report', () => {
    expect(phoneDefaultFrom('2025-02-19')).toBe('2024-01-01');
  });

  it.each([
    ['a phone with no window chosen: 2024 onwards, said on screen', none, { phone: true, widened: false }, { window: { from: '2024-01-01', to: null }, phoneDefault: true }],
    ['a wider screen: every date', none, { phone: false, widened: false }, { window: none, phoneDefault: false }],
    ['a phone after “Show all dates”: every date', none, { phone: true, widened: true }, { window: none, phoneDefault: false }],
    ['a phone with a window in the URL: that window', { from: '2023-06-01', to: null }, { phone: true, widened: false }, { window: { from: '2023-06-01', to: null }, phoneDefault: false }],
    ['a phone with only an end chosen: that window', { from: null, to: '2024-06-30' }, { phone: true, widened: false }, { window: { from: null, to: '2024-06-30' }, phoneDefault: false }],
  ])('%s', (_name, chosen, opts, expected) => {
    expect(effectiveWindow(chosen, { ...opts, reportDay: '2025-02-19' })).toEqual(expected);
  });
});
