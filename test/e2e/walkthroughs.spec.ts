/**
 * Issue 10's three questions, walked as their users would, in every language the app speaks, each in at
 * most three actions; the answers are checked against values computed here from the dataset file
 * (never from the app's selectors). An "action" is a navigation or a click; reading is free.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { LOAD_TIMEOUT } from './wait-long';

type Lang = 'en' | 'zh' | 'ja';
const LANGS: readonly Lang[] = ['en', 'zh', 'ja'];

interface Score {
  value: number;
  scale: string;
  status: string;
  preferred?: boolean;
}
interface Model {
  id: string;
  name: string;
  labId: string;
  releaseDate: string | null;
  openWeights: boolean | null;
  scores: Score[];
}
interface Dataset {
  meta: { report: { publishedBy: string }; primaryScale: string };
  labs: Array<{ id: string; name: string; country: string }>;
  models: Model[];
}

const dataset = JSON.parse(readFileSync(new URL('../../public/data/dataset.json', import.meta.url), 'utf8')) as Dataset;
const reportDay = dataset.meta.report.publishedBy;
const countryOf = new Map(dataset.labs.map((l) => [l.id, l.country]));
const labName = new Map(dataset.labs.map((l) => [l.id, l.name]));

/** The default scope, computed independently: released by the report, the preferred value on the report's scale, no estimate. */
function inScope(m: Model): { model: Model; value: number } | null {
  if (m.releaseDate === null || m.releaseDate.slice(0, 10) > reportDay) return null;
  const score = m.scores.find((s) => s.preferred !== false && s.scale === dataset.meta.primaryScale && s.status !== 'estimate');
  return score ? { model: m, value: score.value } : null;
}
const rated = dataset.models.flatMap((m) => {
  const r = inScope(m);
  return r ? [r] : [];
});
const best = (rows: typeof rated) => [...rows].sort((a, b) => b.value - a.value)[0]!;
const usBest = best(rated.filter((r) => countryOf.get(r.model.labId) === 'US'));
const cnBest = best(rated.filter((r) => countryOf.get(r.model.labId) === 'CN'));
const openBest = best(rated.filter((r) => r.model.openWeights === true));

/** The app's own words for a language, read from its message files (as the i18n spec does). */
async function messagesOf(lang: Lang, area: string, name: string): Promise<Record<string, unknown>> {
  const module = (await import(new URL(`../../src/messages/${lang}/${area}.ts`, import.meta.url).href)) as Record<string, Record<string, unknown>>;
  return module[name]!;
}

async function go(page: Page, path: string, lang: Lang) {
  await page.goto(lang === 'en' ? path : `${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
  await expect(page.locator('main h1')).toBeVisible({ timeout: LOAD_TIMEOUT });
}

for (const lang of LANGS) {
  test.describe(`walkthroughs in ${lang}`, () => {
    test('a journalist on a phone: how far behind is China, and which lab is closest? (1 action)', async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await go(page, '/', lang); // action 1: open the shared link
      const gap = page.locator('.readout').first();
      await expect(gap).toContainText(cnBest.model.name, { timeout: LOAD_TIMEOUT });
      await expect(gap).toContainText(usBest.model.name);
      await expect(gap).toContainText(String(usBest.value - cnBest.value));
      // The closest lab is the maker of China's best model: its bar is the first Chinese one in the chart.
      expect(labName.get(cnBest.model.labId)).toBe('DeepSeek');
      const chinese = page.locator('.ranked-bar-chart, [data-plot-area]').first();
      await expect(chinese).toContainText(cnBest.model.name);
    });

    test('a policy analyst: did the October 2022 and October 2023 rules slow Chinese labs? (1 action)', async ({ page }) => {
      const m = (await messagesOf(lang, 'export-controls', 'exportControls')) as { readout: { notEnough: string } };
      await go(page, '/export-controls', lang); // action 1
      // October 2022: the data cannot answer, and says why (the earliest Chinese model came later).
      const earliestCn = dataset.models
        .filter((x) => countryOf.get(x.labId) === 'CN' && x.releaseDate !== null && x.scores.length > 0)
        .sort((a, b) => a.releaseDate!.localeCompare(b.releaseDate!))[0]!;
      expect(earliestCn.releaseDate! > '2022-10-07').toBe(true);
      const readouts = page.locator('table', { hasText: m.readout.notEnough });
      await expect(readouts.first()).toBeVisible({ timeout: LOAD_TIMEOUT });
      await expect(page.getByText(earliestCn.name, { exact: false }).first()).toBeAttached();
      // October 2023: a year on, China's best is a number from the data (the best Chinese model released by then).
      const yearOn = rated.filter((r) => countryOf.get(r.model.labId) === 'CN' && r.model.releaseDate!.slice(0, 10) <= '2024-10-17');
      await expect(page.locator('main')).toContainText(String(best(yearOn).value));
    });

    test('an ML engineer: which open-weights models were best in early 2025, and who makes them? (2 actions)', async ({ page }) => {
      await go(page, '/', lang); // action 1
      await page.locator('input[type="radio"][value="open"]').first().check(); // action 2: Open weights → Open
      await expect(page).toHaveURL(/[?&]open=open/);
      const table = page.getByRole('table').first();
      const firstRow = table.getByRole('row').nth(1);
      await expect(firstRow).toContainText(openBest.model.name, { timeout: LOAD_TIMEOUT });
      await expect(firstRow).toContainText(labName.get(openBest.model.labId)!);
      await expect(firstRow).toContainText(String(openBest.value));
    });
  });
}
