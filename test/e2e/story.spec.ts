import { expect, test, type Page } from '@playwright/test';
import { LOAD_TIMEOUT } from './wait-long';
import { expectAxeClean, expectNoHorizontalScroll, watchConsole } from './helpers';

interface RawModel {
  id: string;
  labId: string;
  releaseDate: string | null;
  openWeights: boolean | null;
  scores: Array<{ value: number; scale: string; status: string; preferred: boolean }>;
  price: { inputUsdPerM: number | null; outputUsdPerM: number | null } | null;
}
interface RawDataset {
  meta: { primaryScale: string; report: { publishedBy: string } };
  labs: Array<{ id: string; country: string; kind: string }>;
  models: RawModel[];
  chips: Array<{ designedForChina: boolean; status2025: string }>;
  claims: Array<{ id: string; supported: Array<{ labId: string }> }>;
}

/** Each step's headline number, computed here from the dataset file, independently of the app. */
function expectedNumbers(d: RawDataset): number[] {
  const report = d.meta.report.publishedBy;
  const first = (s: string) => (s.length === 4 ? `${s}-01-01` : s.length === 7 ? `${s}-01` : s);
  const after = (m: RawModel) => m.releaseDate !== null && first(m.releaseDate) > report;
  const byReport = (m: RawModel) => m.releaseDate !== null && !after(m);
  const lab = (m: RawModel) => d.labs.find((l) => l.id === m.labId)!;
  const value = (m: RawModel) => m.scores.find((s) => s.scale === d.meta.primaryScale && s.preferred)?.value;
  const top = (keep: (m: RawModel) => boolean) => Math.max(...d.models.filter(keep).flatMap((m) => (value(m) === undefined ? [] : [value(m)!])));
  const status = (id: string, st: string) => d.models.find((m) => m.id === id)!.scores.find((s) => s.scale === d.meta.primaryScale && s.status === st)!.value;
  const blended = (id: string) => {
    const p = d.models.find((m) => m.id === id)!.price!;
    return (3 * p.inputUsdPerM! + p.outputUsdPerM!) / 4;
  };
  const cn = (m: RawModel) => lab(m).country === 'CN';
  const us = (m: RawModel) => lab(m).country === 'US';
  return [
    top((m) => us(m) && byReport(m)) - top((m) => cn(m) && byReport(m)),
    status('o1', 'measured') - status('deepseek-r1', 'measured'),
    new Set(d.claims.find((c) => c.id === 'chinese-reasoning-labs')!.supported.map((s) => s.labId)).size,
    top((m) => cn(m) && lab(m).kind === 'startup' && byReport(m)) - top((m) => cn(m) && lab(m).kind === 'big-tech' && byReport(m)),
    top((m) => cn(m) && m.openWeights === true && byReport(m)) - top((m) => us(m) && m.openWeights === true && byReport(m)),
    Math.round(blended('o1') / blended('deepseek-r1')),
    d.chips.filter((c) => c.designedForChina && c.status2025 === 'allowed').length,
    d.models.filter(after).length,
  ];
}

const progress = (page: Page) => page.getByTestId('story-progress');
const number = (page: Page) => page.getByTestId('story-number');
const storyPath = (page: Page) => new URL(page.url()).pathname;
const paramsOf = (url: string) => [...new URL(url, 'http://x').searchParams.entries()].sort();

async function atStep(page: Page, n: number) {
  await expect(progress(page)).toHaveText(`${n} of 8`);
  await expect(page).toHaveURL(new RegExp(`/story/${n}(\\?|$)`));
  // The figure is drawn (its chunk loaded), not just the frame.
  await expect(page.locator('.story__figure svg').first()).toBeVisible();
}

test.describe('the report as a story', () => {
  test('walks every step by keyboard (→ and the Next link); each live number is the dataset’s', async ({ page, request }) => {
    const expected = expectedNumbers((await (await request.get('/data/dataset.json')).json()) as RawDataset);
    const noConsoleErrors = watchConsole(page);
    await page.goto('/story/1');
    for (let n = 1; n <= 8; n++) {
      await atStep(page, n);
      await expect(number(page)).toHaveText(String(expected[n - 1]));
      if (n === 8) break;
      if (n % 2 === 1) {
        await page.keyboard.press('ArrowRight');
      } else {
        await page.getByRole('link', { name: 'Next →' }).focus();
        await page.keyboard.press('Enter');
      }
    }
    // ← goes back; the last step offers to start again.
    await page.keyboard.press('ArrowLeft');
    await atStep(page, 7);
    noConsoleErrors();
  });

  test('an arrow key in a form control stays with the control', async ({ page }) => {
    await page.goto('/story/2');
    await atStep(page, 2);
    await page.getByText('Change the filters').click();
    const control = page.locator('.story__filters input').first();
    await control.focus();
    await page.keyboard.press('ArrowRight');
    // Then → outside the control: one step on, so the first press did not move the story.
    await page.getByRole('heading', { level: 1 }).click();
    await page.keyboard.press('ArrowRight');
    await atStep(page, 3);
  });

  test('"Explore this view" opens the full view in the same state', async ({ page }) => {
    for (const [n, heading] of [
      [3, /leaderboard/i],
      [5, /timeline/i],
      [6, 'Intelligence vs price'],
      [8, /timeline/i],
    ] as const) {
      await page.goto(`/story/${n}`);
      await atStep(page, n);
      const explore = page.getByTestId('story-explore');
      const href = (await explore.getAttribute('href'))!;
      await explore.click();
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      expect(paramsOf(page.url())).toEqual(paramsOf(href));
    }
    // The steps' states are in those links: China's reasoning models, the open frontier, later releases.
    await page.goto('/story/3');
    await atStep(page, 3);
    expect(paramsOf((await page.getByTestId('story-explore').getAttribute('href'))!)).toEqual([
      ['reasoning', 'yes'],
      ['region', 'china'],
    ]);
    await page.goto('/story/5');
    await atStep(page, 5);
    expect(paramsOf((await page.getByTestId('story-explore').getAttribute('href'))!)).toEqual([['frontier', 'open']]);
  });

  test("Share's embed code carries the step's whole figure state, not only the page's shared filters", async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    // Step 5 draws the open-weights frontier: a timeline option the story's own address does not carry.
    await page.goto('/story/5');
    await atStep(page, 5);
    expect(paramsOf(page.url())).toEqual([]);
    const frame = page.locator('figure.chart-frame').first();
    await frame.getByRole('button', { name: 'Share', exact: true }).click();
    await frame.getByRole('button', { name: 'Copy embed code' }).click();
    await expect(frame.getByRole('status').filter({ hasText: /copied/i })).toBeVisible();
    const snippet = await page.evaluate(() => navigator.clipboard.readText());
    const src = /src="([^"]+)"/.exec(snippet)?.[1]?.replace(/&amp;/g, '&');
    expect(src && new URL(src).pathname).toBe('/embed/frontier');
    expect(paramsOf(src!)).toEqual([['frontier', 'open']]);
  });

  test('a filter changed within a step travels to the address and to "Explore this view"', async ({ page }) => {
    await page.goto('/story/1');
    await atStep(page, 1);
    await page.getByText('Change the filters').click();
    await page.getByRole('group', { name: 'Region' }).getByRole('button', { name: 'China' }).click();
    await expect(page).toHaveURL(/\/story\/1\?region=china$/);
    await expect(page.getByTestId('story-explore')).toHaveAttribute('href', /\/timeline\?region=china$/);
  });

  test('back and forward move between steps', async ({ page }) => {
    await page.goto('/story/2');
    await atStep(page, 2);
    await page.getByRole('link', { name: 'Next →' }).click();
    await atStep(page, 3);
    await page.getByRole('link', { name: 'Next →' }).click();
    await atStep(page, 4);
    await page.goBack();
    await atStep(page, 3);
    await page.goBack();
    await atStep(page, 2);
    await page.goForward();
    await atStep(page, 3);
  });

  test('a sideways swipe on a touch screen moves between steps', async ({ page }) => {
    await page.goto('/story/4');
    await atStep(page, 4);
    const swipe = (from: number, to: number) =>
      page.locator('.story__voices').evaluate((el, [a, b]) => {
        const opts = { bubbles: true, pointerType: 'touch', pointerId: 7, clientY: 200 };
        el.dispatchEvent(new PointerEvent('pointerdown', { ...opts, clientX: a }));
        el.dispatchEvent(new PointerEvent('pointerup', { ...opts, clientX: b }));
      }, [from, to]);
    await swipe(300, 100);
    await atStep(page, 5);
    await swipe(100, 300);
    await atStep(page, 4);
  });

  test('an unknown or hostile step goes to step 1 with the address cleaned', async ({ page }) => {
    for (const bad of ['/story/99', '/story/0', '/story/%3Cscript%3Ealert(1)%3C%2Fscript%3E', '/story/2x?region=nowhere', '/story/1/2', '/story']) {
      await page.goto(bad);
      await atStep(page, 1);
      expect(storyPath(page)).toBe('/story/1');
      expect(new URL(page.url()).search).toBe('');
    }
  });

  test('axe is clean on the steps', async ({ page }) => {
    for (const n of [1, 2, 6]) {
      await page.goto(`/story/${n}`);
      await atStep(page, n);
      // The step fades in (unless motion is reduced): judge contrast once the fade has ended, not mid-way.
      await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), null, { timeout: LOAD_TIMEOUT });
      await expectAxeClean(page);
    }
  });

  test('at 360 px no step scrolls sideways', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    for (let n = 1; n <= 8; n++) {
      await page.goto(`/story/${n}`);
      await atStep(page, n);
      await expectNoHorizontalScroll(page);
    }
  });
});
