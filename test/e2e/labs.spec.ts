import { expect, test, type Page } from '@playwright/test';
import { expectAxeClean, expectNoHorizontalScroll, waitForView, watchConsole } from './helpers';

const VIEWS = [
  { path: '/labs', heading: 'Labs' },
  { path: '/labs?region=china&labSort=index', heading: 'Labs' },
  { path: '/labs/deepseek', heading: /DeepSeek/ },
  { path: '/labs/huawei', heading: /Huawei/ },
  { path: '/labs/moonshot', heading: /Moonshot AI/ },
  { path: '/labs/mistral', heading: /Mistral AI/ },
  { path: '/labs/compare', heading: 'Compare labs' },
  { path: '/labs/compare/deepseek/openai', heading: 'Compare labs: DeepSeek and OpenAI' },
  { path: '/labs/compare/deepseek/no-such-lab', heading: 'Compare labs' },
];

for (const view of VIEWS) {
  test(`${view.path} is axe clean in light and dark, with no console error`, async ({ page }) => {
    const noConsoleErrors = watchConsole(page);
    await page.goto(view.path);
    await waitForView(page, view.heading);
    await expectAxeClean(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectAxeClean(page);
    noConsoleErrors();
  });

  test(`${view.path} fits a 360 px phone screen`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(view.path);
    await waitForView(page, view.heading);
    await expectNoHorizontalScroll(page);
  });
}

const cards = (page: Page, country: string) => page.getByRole('region', { name: new RegExp(`^${country} \\(`) }).getByRole('article');

test('the directory lists at least 12 Chinese labs, and the region filter keeps only them', async ({ page }) => {
  await page.goto('/labs');
  await waitForView(page, 'Labs');
  expect(await cards(page, 'China').count()).toBeGreaterThanOrEqual(12);
  for (const name of ['Alibaba', 'ByteDance', 'Baidu', 'Tencent', 'Huawei', 'DeepSeek', 'Moonshot AI', 'Zhipu AI', 'Baichuan', 'StepFun', 'MiniMax', '01.AI']) {
    await expect(cards(page, 'China').filter({ has: page.getByRole('heading', { name, exact: true }) })).toHaveCount(1);
  }
  for (const name of ['OpenAI', 'Anthropic', 'Google DeepMind', 'Meta', 'xAI', 'Mistral AI', 'AI21 Labs', 'Cohere']) {
    await expect(page.getByRole('heading', { level: 4, name, exact: true })).toBeVisible();
  }

  const region = page.getByRole('group', { name: 'Region' });
  await region.getByRole('button', { name: 'China' }).click();
  await expect(region.getByRole('button', { name: 'China' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/\?region=china$/);
  await expect(page.getByRole('region', { name: /^United States/ })).toHaveCount(0);
  expect(await page.getByRole('article').count()).toBe(await cards(page, 'China').count());
  await page.goBack();
  await expect(region.getByRole('button', { name: 'All' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('region', { name: /^United States/ })).toBeVisible();
});

test('sorting by best index puts labs without one last, and survives a reload', async ({ page }) => {
  await page.goto('/labs?region=china');
  await page.getByRole('combobox', { name: 'Sort labs by' }).selectOption('index');
  await expect(page).toHaveURL(/region=china&labSort=index/);
  const bigTech = page.getByRole('region', { name: /^Big tech/ });
  await expect(bigTech.getByRole('heading', { level: 4 })).toHaveText(['ByteDance', 'Alibaba', 'Baidu', 'Tencent', 'Huawei', 'iFlytek', 'Kunlun Tech (Skywork)']);
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Sort labs by' })).toHaveValue('index');
  await expect(bigTech.getByRole('heading', { level: 4 })).toHaveText(['ByteDance', 'Alibaba', 'Baidu', 'Tencent', 'Huawei', 'iFlytek', 'Kunlun Tech (Skywork)']);
});

async function expectDeepSeekProfile(page: Page) {
  await waitForView(page, /DeepSeek/);
  const facts = page.getByRole('region', { name: 'Facts' });
  await expect(facts).toContainText('Liang Wenfeng');
  await expect(facts).toContainText('Hangzhou');
  await expect(facts).toContainText('The sources differ');
  await expect(facts).toContainText('May 2023');
  await expect(facts).toContainText('15 July 2023');
  const models = page.getByRole('table', { name: /DeepSeek: \d+ models in the dataset/ });
  await expect(models.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'DeepSeek-R1', exact: true }) })).toContainText('89');
  await expect(page.getByRole('figure', { name: /DeepSeek: index of its models/ })).toContainText('DeepSeek-R1 (89, 20 Jan 2025)');
}

test('opening DeepSeek shows Liang Wenfeng, Hangzhou and DeepSeek-R1 with 89; a reload shows the same', async ({ page }) => {
  const noConsoleErrors = watchConsole(page);
  await page.goto('/labs');
  await page.getByRole('article', { name: 'DeepSeek' }).getByRole('link', { name: 'DeepSeek', exact: true }).click();
  await expect(page).toHaveURL(/\/labs\/deepseek$/);
  await expectDeepSeekProfile(page);
  await page.reload();
  await expectDeepSeekProfile(page);
  await page.goBack();
  await waitForView(page, 'Labs');
  noConsoleErrors();
});

test('a model link on a profile opens its detail panel through the URL', async ({ page }) => {
  await page.goto('/labs/deepseek');
  const models = page.getByRole('table', { name: /DeepSeek: \d+ models in the dataset/ });
  await models.getByRole('link', { name: 'DeepSeek-R1', exact: true }).click();
  await expect(page).toHaveURL(/\/labs\/deepseek\?model=deepseek-r1$/);
  await expect(page.getByRole('heading', { name: 'DeepSeek-R1', exact: true }).first()).toBeVisible();
});

test('the chart of a profile has a table twin', async ({ page }) => {
  await page.goto('/labs/alibaba');
  const chart = page.getByRole('figure', { name: /Alibaba: index of its models/ });
  await expect(chart.locator('svg.recharts-surface')).toBeVisible();
  await chart.getByRole('tab', { name: 'Table' }).click();
  await expect(chart.getByRole('table')).toContainText('Qwen2.5-Max');
  await expect(chart.getByRole('table')).toContainText('China frontier');
  await expect(chart.getByRole('heading', { name: 'Not drawn on the chart' })).toBeVisible();
});

test('Huawei’s profile renders in full without an index value', async ({ page }) => {
  const noConsoleErrors = watchConsole(page);
  await page.goto('/labs/huawei');
  await waitForView(page, /Huawei/);
  await expect(page.getByText('No index value for any Huawei model in the report')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Facts' })).toContainText('Listed (since 2019)');
  await expect(page.getByRole('table', { name: /Huawei: 1 model/ })).toContainText('PanGu');
  await expect(page.getByRole('table', { name: /Huawei: 1 model/ })).toContainText('not rated');
  await expect(page.locator('blockquote')).toContainText('Huawei focuses on domain-specific models');
  noConsoleErrors();
});

test('comparing DeepSeek and OpenAI shows both, at an address that survives a reload', async ({ page }) => {
  await page.goto('/labs/compare');
  await waitForView(page, 'Compare labs');
  await page.getByRole('combobox', { name: 'First lab' }).selectOption('deepseek');
  await page.getByRole('combobox', { name: 'Second lab' }).selectOption('openai');
  await expect(page).toHaveURL(/\/labs\/compare\/deepseek\/openai$/);
  const check = async () => {
    await waitForView(page, 'Compare labs: DeepSeek and OpenAI');
    const facts = page.getByRole('table', { name: 'Facts about DeepSeek and OpenAI, row by row' });
    await expect(facts.getByRole('columnheader')).toHaveText(['Fact', /DeepSeek/, /OpenAI/]);
    await expect(facts).toContainText('Liang Wenfeng');
    await expect(page.getByRole('figure', { name: 'DeepSeek and OpenAI: index of their models by release date' })).toBeVisible();
  };
  await check();
  await page.reload();
  await check();
});

test('a comparison draws both labs in one chart, each in its own colour and shape, named in the key', async ({ page }) => {
  await page.goto('/labs/compare/alibaba/meta');
  await waitForView(page, 'Compare labs: Alibaba and Meta');
  const chart = page.getByRole('figure', { name: 'Alibaba and Meta: index of their models by release date' });
  await expect(page.getByRole('figure', { name: /index of/ })).toHaveCount(1);
  const legend = chart.getByRole('list', { name: 'Legend' });
  await expect(legend).toContainText('Alibaba models (circles)');
  await expect(legend).toContainText('Meta models (diamonds)');
  // Alibaba's models are circles, Meta's diamonds: both in the one plot, each point named.
  await expect(chart.locator('.lab-chart__point circle:not([stroke-dasharray="3 2"])').first()).toBeVisible();
  await expect(chart.locator('.lab-chart__point polygon').first()).toBeVisible();
  expect(await chart.locator('.lab-chart__point').count()).toBeGreaterThan(3);
  // Each lab's best is always named; on a desktop every point is.
  await expect(chart.locator('.lab-chart__label').filter({ hasText: 'Qwen2.5-Max' })).toHaveCount(1);
  await expect(chart.locator('.lab-chart__label').filter({ hasText: /^Llama 3.1 405B/ })).toHaveCount(1);
});

test('a profile names every point of its lab, and no two names overlap', async ({ page }) => {
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/labs/deepseek');
    const chart = page.getByRole('figure', { name: /DeepSeek: index of its models/ });
    await expect(chart.locator('.lab-chart__point').first()).toBeVisible();
    const points = await chart.locator('.lab-chart__point').count();
    await expect(chart.locator('.lab-chart__label')).toHaveCount(points);
    await expect(chart.locator('.lab-chart__label').filter({ hasText: /^DeepSeek-R1 89$/ })).toHaveCount(1);
    const boxes = await chart.locator('.lab-chart__label').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ x: r.x, y: r.y, w: r.width, h: r.height })));
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        const overlapX = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
        const overlapY = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
        expect(overlapX > 1 && overlapY > 1, `labels ${i} and ${j} overlap at ${width} px`).toBe(false);
      }
  }
});

test('the directory has a dot plot of each lab’s best index, sorted, with a table twin', async ({ page }) => {
  await page.goto('/labs');
  await waitForView(page, 'Labs');
  const chart = page.getByRole('figure', { name: 'Each lab’s best index' });
  const rows = chart.locator('.lab-dots__row');
  expect(await rows.count()).toBeGreaterThan(8);
  const values = (await chart.locator('.lab-dots__value').allTextContents()).map((t) => parseFloat(t));
  expect(values).toEqual([...values].sort((a, b) => b - a));
  expect(values.every((v) => v > 0)).toBe(true);
  await expect(rows.first()).toContainText('OpenAI');
  // Labs without a rated model are named under the chart, never drawn as 0.
  await expect(chart.locator('.lab-dots__unrated')).toContainText('Huawei');
  await chart.getByRole('tab', { name: 'Table' }).click();
  const table = chart.getByRole('table');
  await expect(table).toContainText('DeepSeek-R1');
  await expect(table.getByRole('row').filter({ hasText: 'Huawei' })).toContainText('not rated');
});

test('an unknown lab is a not-found page inside the shell', async ({ page }) => {
  await page.goto('/labs/no-such-lab');
  await waitForView(page, 'Page not found');
  await expect(page.getByRole('navigation', { name: 'Views' })).toBeVisible();
});

test('the directory and the comparison work with the keyboard alone', async ({ page }) => {
  await page.goto('/labs');
  await waitForView(page, 'Labs');
  // The region is the same toggle-button group as on every view: Tab moves between the buttons, Space presses one.
  const region = page.getByRole('group', { name: 'Region' });
  await region.getByRole('button', { name: 'All' }).focus();
  await page.keyboard.press('Tab');
  await expect(region.getByRole('button', { name: 'United States' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(region.getByRole('button', { name: 'United States' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/\?region=us$/);
  const sort = page.getByRole('combobox', { name: 'Sort labs by' });
  for (let i = 0; i < 4 && !(await sort.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(sort).toBeFocused();

  const link = page.getByRole('article', { name: 'OpenAI' }).getByRole('link', { name: 'OpenAI', exact: true });
  await link.focus();
  await page.keyboard.press('Enter');
  await waitForView(page, /OpenAI/);

  await page.goto('/labs/compare/deepseek');
  const second = page.getByRole('combobox', { name: 'Second lab' });
  await second.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(/\/labs\/compare\/deepseek\/[a-z0-9-]+$/);
});

test('a lab chart says which values are stated only in a write-up, and names a stated value it does not use', async ({ page }) => {
  await page.goto('/labs/stepfun');
  const chart = page.getByRole('figure', { name: /StepFun: index of its models/ });
  await expect(chart.getByRole('list', { name: 'Legend' })).toContainText('Value stated only in a write-up (diamond)');
  await expect(chart).toContainText('Step R-mini (84, as stated in a write-up, Jan 2025)');
  await expect(chart.locator('.lab-chart__unplotted')).toContainText('Step-2-16K: not rated (Jul 2024) (a write-up states 84; not used, see the model’s details)');
  await chart.getByRole('tab', { name: 'Table' }).click();
  await expect(chart.getByRole('table')).toContainText('as stated in a write-up');
});

test('OpenAI’s chart keys the estimate and the later release', async ({ page }) => {
  await page.goto('/labs/openai');
  const legend = page.getByRole('figure', { name: /OpenAI: index of its models/ }).getByRole('list', { name: 'Legend' });
  await expect(legend).toContainText('Estimate, “+” (plus)');
  await expect(legend).toContainText('Released after the report (dashed ring)');
});

test('a lab chart’s tooltip and the model dialog show the tier of the value’s sources, in words', async ({ page }) => {
  await page.goto('/labs/deepseek');
  const chart = page.getByRole('figure', { name: /DeepSeek: index of its models/ });
  const r1 = chart.locator('.lab-chart__point[data-model="deepseek-r1"]');
  await expect(r1).toBeVisible();
  await r1.hover();
  // DeepSeek-R1's 89 rests on the Artificial Analysis snapshot (primary, no public address) and write-ups.
  await expect(chart.locator('.chart-tooltip')).toContainText('Source tier: primary source, no public address');
  await page.goto('/labs/deepseek?model=deepseek-r1');
  const dialog = page.getByRole('dialog', { name: /DeepSeek-R1/ });
  await expect(dialog.locator('.tier-tag').first()).toHaveText(/primary source/);
});

test('the leaderboard’s and the timeline’s tooltips show the tier of the value’s sources too', async ({ page }) => {
  await page.goto('/');
  // The first bar is o1: its 90 rests on the Artificial Analysis snapshot (primary, no public address).
  const bar = page.locator('.ranked-chart').first().locator('.ranked-bar').first();
  await bar.hover();
  await expect(page.locator('.chart-tooltip')).toContainText('Source tier');
  await expect(page.locator('.chart-tooltip .tier-tag')).toHaveText(/primary source/);
  await page.goto('/timeline');
  const plot = page.getByRole('group', { name: /Frontier chart with \d+ models/ });
  await plot.focus();
  await page.keyboard.press('End');
  await expect(page.locator('.tl-chart .chart-tooltip .tier-tag')).toHaveText(/(primary|secondary|tertiary) source/);
});
