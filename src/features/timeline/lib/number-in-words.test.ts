import { afterEach, describe, expect, it } from 'vitest';
import { setActiveLang } from '../../../lib/locale';
import { numberInWords } from './summarize';

afterEach(() => setActiveLang('en'));

describe('numberInWords', () => {
  it('words up to ten in English, digits above', () => {
    expect(numberInWords(7)).toBe('seven');
    expect(numberInWords(12)).toBe('12');
  });
  it('digits in Chinese and Japanese (no English words glued into their sentences)', () => {
    setActiveLang('zh');
    expect(numberInWords(7)).toBe('7');
    setActiveLang('ja');
    expect(numberInWords(7)).toBe('7');
  });
});
