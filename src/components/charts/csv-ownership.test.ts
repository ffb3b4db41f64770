import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe('CSV downloads', () => {
  it('are written only by the chart frame (and the table columns that define them)', () => {
    const root = join(process.cwd(), 'src');
    const writers = sources(root)
      // The CsvCell type is a data shape anyone may use; writing CSV is the frame's job.
      .filter((file) => /^import (?!type )[^;]*from '[./]*lib\/csv'/m.test(readFileSync(file, 'utf8')))
      .map((file) => relative(root, file))
      .sort();
    expect(writers).toEqual(['components/charts/chart-frame.tsx', 'components/table/table-columns.ts']);
  });
});
