/**
 * Part of `npm test`: every runtime dependency is pinned to an exact version and has a line in the
 * README's dependency table saying why it is there.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Vitest runs from the project root (import.meta.url is not a file URL under jsdom).
const pkg = JSON.parse(readFileSync(path.resolve('package.json'), 'utf8')) as { dependencies?: Record<string, string> };
const readme = readFileSync(path.resolve('README.md'), 'utf8');

/** The package names in the first column of the table under the "Dependencies" heading; `@scope/*` allowed. */
function documentedPackages(markdown: string): string[] {
  const section = markdown.split(/^## /m).find((part) => /^Dependencies\b/.test(part)) ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*(package|-+)\s*\|/.test(line))
    .flatMap((line) => (line.split('|')[1] ?? '').split(','))
    .map((name) => name.trim().replace(/`/g, ''))
    .filter(Boolean);
}

function isDocumented(name: string, documented: readonly string[]): boolean {
  return documented.some((entry) => entry === name || (entry.endsWith('/*') && name.startsWith(entry.slice(0, -1))));
}

describe('runtime dependencies', () => {
  const runtime = Object.entries(pkg.dependencies ?? {});
  const documented = documentedPackages(readme);

  it('reads the README table', () => {
    expect(documented).toEqual(expect.arrayContaining(['react', 'recharts', '@testing-library/*']));
  });

  it('each has a line in the README table saying why it is there', () => {
    const missing = runtime.map(([name]) => name).filter((name) => !isDocumented(name, documented));
    expect(missing, 'add a line for each to the README table “Dependencies, and why each is there”').toEqual([]);
  });

  it('each is pinned to an exact version', () => {
    const loose = runtime.filter(([, version]) => !/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(version));
    expect(loose, 'install with npm install --save-exact').toEqual([]);
  });

  it('the check would catch a missing line', () => {
    expect(isDocumented('left-pad', documented)).toBe(false);
    expect(isDocumented('@testing-library/react', documented)).toBe(true);
  });
});
