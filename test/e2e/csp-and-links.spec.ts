import { expect, test, type Page } from '@playwright/test';
import { watchConsole } from './helpers';
import { LOAD_TIMEOUT, waitForViewLoaded as waitForView } from './wait-long';

// Each test loads the app at least once; on a busy machine that alone can take many seconds.
test.describe.configure({ timeout: 90_000 });

const VIEWS = [
  { path: '/', heading: 'Leaderboard' },
  { path: '/?mode=compare', heading: 'Leaderboard' },
  { path: '/?model=deepseek-r1', heading: 'Leaderboard' },
  { path: '/timeline', heading: 'Timeline' },
  { path: '/labs', heading: 'Labs' },
  { path: '/labs/deepseek', heading: /DeepSeek/ },
  { path: '/labs/compare/deepseek/openai', heading: /DeepSeek|OpenAI|Compare/ },
  { path: '/export-controls', heading: 'Export controls' },
  { path: '/about', heading: 'About the data' },
  { path: '/no-such-view', heading: 'Page not found' },
];

/** Records every Content-Security-Policy violation the page reports, from before its first script. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

test('the built page carries a strict Content-Security-Policy', async ({ request }) => {
  const html = await (await request.get('/')).text();
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]?.replace(/&#39;/g, "'");
  expect(policy, 'CSP meta tag').toBeTruthy();
  // The one inline script, by its hash: the stored theme.
  expect(policy).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'(;|$)/);
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("base-uri 'none'");
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
});

for (const view of VIEWS) {
  test(`${view.path} runs under the policy with no violation`, async ({ page }) => {
    const violations = await watchCsp(page);
    const noConsoleErrors = watchConsole(page);
    await page.goto(view.path);
    await waitForView(page, view.heading);
    // Draw the other half of a figure too: tables and charts can differ in what they need.
    const tableTab = page.getByRole('radio', { name: 'Table' }).or(page.getByRole('tab', { name: 'Table' })).first();
    // (Not behind an open modal dialog, such as a model's details: the page under it is inert.)
    if ((await tableTab.isVisible()) && (await page.getByRole('dialog').count()) === 0) await tableTab.click();
    expect(await violations()).toEqual([]);
    noConsoleErrors();
  });
}

test('the theme script (allowed by its hash) still applies a stored theme before first paint', async ({ page }) => {
  const violations = await watchCsp(page);
  await page.addInitScript(() => localStorage.setItem('china-ai-dashboard:theme', 'dark'));
  await page.goto('/about');
  await waitForView(page, 'About the data');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark', { timeout: LOAD_TIMEOUT });
  expect(await violations()).toEqual([]);
});

test('an injected inline script is refused by the policy', async ({ page }) => {
  const violations = await watchCsp(page);
  await page.goto('/about');
  await waitForView(page, 'About the data');
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__ran = true';
    document.body.append(s);
  });
  await expect.poll(violations, { timeout: LOAD_TIMEOUT }).toEqual([expect.stringMatching(/^script-src/)]);
  expect(await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBeUndefined();
});

for (const path of ['/about', '/labs/deepseek', '/?model=deepseek-r1']) {
  test(`external links on ${path} open without handing over the page (rel="noopener noreferrer")`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: LOAD_TIMEOUT });
    const external = page.locator('a[href^="http"], a[target="_blank"]');
    await expect(external.first()).toBeAttached({ timeout: 15_000 });
    const rels = await external.evaluateAll((links) => links.map((a) => ({ href: a.getAttribute('href'), rel: a.getAttribute('rel') ?? '' })));
    expect(rels.length, 'external links found').toBeGreaterThan(0);
    const bad = rels.filter((l) => !/\bnoopener\b/.test(l.rel) || !/\bnoreferrer\b/.test(l.rel));
    expect(bad).toEqual([]);
  });
}
