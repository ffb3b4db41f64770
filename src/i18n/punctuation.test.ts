/**
 * Text the code joins from parts takes the language's own punctuation: Chinese and Japanese use the
 * full-width colon and semicolon and no space after them, English the ASCII ones with a space.
 */
import { describe, expect, it } from 'vitest';
import { common as en } from '../messages/en/common';
import { common as ja } from '../messages/ja/common';
import { common as zh } from '../messages/zh/common';

describe('joined text follows each language', () => {
  it('English: "Label: text" and "a; b"', () => {
    expect(en.labelled('H20', 'fits under')).toBe('H20: fits under');
    expect(en.joinItems(['a', 'b'])).toBe('a; b');
    expect(`<b>x</b>${en.labelSeparator}y`).toBe('<b>x</b>: y');
  });
  it.each([
    ['zh', zh],
    ['ja', ja],
  ] as const)('%s: full-width colon and semicolon, no ASCII separators', (_lang, c) => {
    expect(c.labelled('H20', 'X')).toBe('H20：X');
    expect(c.joinItems(['a', 'b'])).toBe('a；b');
    expect(c.labelSeparator).toBe('：');
    expect(c.sourceLink('S1')).not.toMatch(/Source/);
  });
});
