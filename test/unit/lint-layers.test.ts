/**
 * The import layers are enforced by lint, not by habit: each probe is a small in-memory file placed in a
 * layer, linted with the project's own config, and a wrong import must be refused.
 */
import { ESLint } from 'eslint';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function errorsOf(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}/${filePath}` });
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => m.ruleId ?? m.message);
}

// Minutes, not seconds: the first lint builds the TypeScript program, slow on a busy machine.
const LINT_TIMEOUT = 180_000;

describe('layer rules', () => {
  it.each([
    ['lib imports data', 'src/lib/probe.ts', "import type { ModelRow } from '../data/dataset-index';\nexport type X = ModelRow;\n"],
    ['lib imports messages', 'src/lib/probe.ts', "import { messages } from '../messages';\nexport const x = messages;\n"],
    ['config imports lib', 'src/config/probe.ts', "import { REGIONS } from '../lib/regions';\nexport const x = REGIONS;\n"],
    ['data imports filters', 'src/data/probe.ts', "import { NO_FILTERS } from '../filters/filter-state';\nexport const x = NO_FILTERS;\n"],
    ['filters import stores', 'src/filters/probe.ts', "import { DEFAULT_FILTERS } from '../stores/filters/filters-url';\nexport const x = DEFAULT_FILTERS;\n"],
    ['filters import components', 'src/filters/probe.ts', "import { useRowFilters } from '../components/filters/use-row-filters';\nexport const x = useRowFilters;\n"],
    ['stores import components', 'src/stores/probe.ts', "import { useRowFilters } from '../components/filters/use-row-filters';\nexport const x = useRowFilters;\n"],
    ['components import a feature', 'src/components/probe.ts', "import { selectLeaderboard } from '../features/leaderboard/lib/select-leaderboard';\nexport const x = selectLeaderboard;\n"],
    ['a selector imports shared UI', 'src/features/leaderboard/lib/probe.ts', "import { useRowFilters } from '../../../components/filters/use-row-filters';\nexport const x = useRowFilters;\n"],
    ['a feature imports app', 'src/features/leaderboard/probe.ts', "import { matchRoute } from '../../app/routes/match-route';\nexport const x = matchRoute;\n"],
  ])('refuses: %s', async (_name, filePath, code) => {
    expect(await errorsOf(filePath, code)).toContain('import-x/no-restricted-paths');
  }, LINT_TIMEOUT);

  it('refuses a feature importing another feature', async () => {
    const code = "import { selectLabProfile } from '../labs/lib/select-lab-profile';\nexport const x = selectLabProfile;\n";
    expect(await errorsOf('src/features/leaderboard/probe.ts', code)).toContain('no-restricted-imports');
  }, LINT_TIMEOUT);

  it('refuses an import cycle', async () => {
    // describe-filters imports filter-state: filter-state importing it back closes a cycle.
    const code = "import { describeActiveFilters } from './describe-filters';\nexport const x = describeActiveFilters;\n";
    expect(await errorsOf('src/filters/filter-state.ts', code)).toContain('import-x/no-cycle');
  }, LINT_TIMEOUT);

  it.each([
    ['a feature imports filters, stores, components, config', 'src/features/leaderboard/probe.ts', "import { NO_FILTERS } from '../../filters/filter-state';\nimport { paths } from '../../config/paths';\nimport { useRowFilters } from '../../components/filters/use-row-filters';\nimport { DEFAULT_FILTERS } from '../../stores/filters/filters-url';\nexport const x = [NO_FILTERS, paths, useRowFilters, DEFAULT_FILTERS];\n"],
    ['filters import data and lib', 'src/filters/probe.ts', "import type { ModelRow } from '../data/dataset-index';\nimport { REGIONS } from '../lib/regions';\nexport const x: [ModelRow[], typeof REGIONS] = [[], REGIONS];\n"],
  ])('allows: %s', async (_name, filePath, code) => {
    expect(await errorsOf(filePath, code)).toEqual([]);
  }, LINT_TIMEOUT);
});
