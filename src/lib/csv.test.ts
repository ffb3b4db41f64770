import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
  it('quotes commas, quotes and newlines, and leaves unknown empty', () => {
    expect(toCsv(['a', 'b', 'c'], [['x, y', 'say "hi"', null], [1, 'two\nlines', true]])).toBe(
      'a,b,c\r\n"x, y","say ""hi""",\r\n1,"two\nlines",true\r\n',
    );
  });

  it('neutralises spreadsheet formulas but keeps negative numbers', () => {
    expect(toCsv(['v'], [['=HYPERLINK("x")'], ['-5']])).toBe("v\r\n\"'=HYPERLINK(\"\"x\"\")\"\r\n-5\r\n");
  });
});
