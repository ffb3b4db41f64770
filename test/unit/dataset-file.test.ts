import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/validate-dataset';

// The real bundled dataset: a bad data edit fails here, not in a user's browser.
const raw: unknown = JSON.parse(readFileSync(join(process.cwd(), 'public/data/dataset.json'), 'utf8'));

describe('public/data/dataset.json', () => {
  const result = parseDataset(raw);

  it('passes the schema and every cross-reference check', () => {
    expect(result.ok ? [] : result.issues).toEqual([]);
  });
});
