/**
 * The dashboard in each language: every view's heading (read from that language's message files, never
 * copied here), a date, <html lang>, the language kept through navigation, reload and a shared link,
 * axe clean and no sideways scroll at 360 px; hostile and corrupt language values.
 */
import { existsSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectAxeClean, expectNoHorizontalScroll, watchConsole } from './helpers';
import { LOAD_TIMEOUT } from './wait-long';

type Lang = 'en' | 'zh' | 'ja';
const LANGS: readonly Lang[] = ['en', 'zh', 'ja'];
const HTML_LANG: Record<Lang, string> = { en: 'en', zh: 'zh-Hans', ja: 'ja' };
const STORAGE_KEY = 'china-ai-dashboard:lang';

/** The views, by header nav key, with the area whose `title` is the view's heading. */
const VIEWS = [
  { nav: 'leaderboard', area: 'leaderboard', name: 'leaderboard', path: '/' },
  { nav: 'timeline', area: 'timeline', name: 'timeline', path: '/timeline' },
  { nav: 'price', area: 'price', name: 'price', path: '/price' },
  { nav: 'labs', area: 'labs', name: 'labs', path: '/labs' },
  { nav: 'exportControls', area: 'export-controls', name: 'exportControls', path: '/export-controls' },
  { nav: 'about', area: 'about', name: 'about', path: '/about' },
] as const;

interface Strings {
  productName: string;
  nav: Record<string, string>;
  languageLabel: string;
  titles: Record<string, string>;
}

/** A language's strings from its own message files (a missing file fails the test by name). */
async function stringsOf(lang: Lang): Promise<Strings> {
  const load = async (area: string, name: string): Promise<Record<string, unknown>> => {
    const file = new URL(`../../src/messages/${lang}/${area}.ts`, import.meta.url);
    expect(existsSync(file), `src/messages/${lang}/${area}.ts is missing`).toBe(true);
    const module = (await import(file.href)) as Record<string, Record<string, unknown>>;
    return module[name]!;
  };
  const common = (await load('common', 'common')) as { productName: string; nav: Record<string, string>; language?: { label: string } };
  const titles: Record<string, string> = {};
  for (const view of VIEWS) titles[view.nav] = (await load(view.area, view.name)).title as string;
  // Until a translation has the switch's label, the app shows the English one (messages/translate).
  return { productName: common.productName, nav: common.nav, languageLabel: common.language?.label || 'Language', titles };
}

/** The dataset's as-of day as the footer writes it in each language. */
function asOfIn(lang: Lang): string {
  const asOf = (JSON.parse(readFileSync(new URL('../../public/data/dataset.json', import.meta.url), 'utf8')) as { meta: { asOf: string } }).meta.asOf;
  const [y, m, d] = asOf.split('-').map(Number) as [number, number, number];
  if (lang !== 'en') return `${y}年${m}月${d}日`;
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
}

const withLang = (path: string, lang: Lang) => (lang === 'en' ? path : `${path}?lang=${lang}`);

async function expectView(page: Page, s: Strings, nav: string, lang: Lang): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: s.titles[nav], exact: true })).toBeVisible({ timeout: LOAD_TIMEOUT });
  await expect(page.locator('html')).toHaveAttribute('lang', HTML_LANG[lang]);
  await expect(page).toHaveTitle(`${s.titles[nav]} · ${s.productName}`);
  if (lang === 'en') expect(new URL(page.url()).searchParams.get('lang')).toBeNull();
  else expect(new URL(page.url()).searchParams.get('lang')).toBe(lang);
}

for (const lang of LANGS) {
  test.describe(`in ${lang}`, () => {
    test.use({ viewport: { width: 360, height: 780 }, locale: 'en-GB' });

    test('every view: heading, html[lang], title, a date; kept through navigation; axe clean; no sideways scroll at 360 px', async ({ page }) => {
      const consoleClean = watchConsole(page);
      const s = await stringsOf(lang);
      await page.goto(withLang('/', lang));
      await expectView(page, s, 'leaderboard', lang);
      await expect(page.locator('footer')).toContainText(asOfIn(lang));
      for (const view of VIEWS) {
        const nav = page.getByRole('navigation', { name: s.nav.label }).getByRole('link', { name: s.nav[view.nav], exact: true });
        await nav.click();
        await expectView(page, s, view.nav, lang);
        expect(new URL(page.url()).pathname).toBe(view.path);
        await expectNoHorizontalScroll(page);
        await expectAxeClean(page);
      }
      consoleClean();
    });

    test('kept through reload and a shared link opened elsewhere', async ({ page, browser }) => {
      const s = await stringsOf(lang);
      await page.goto(withLang('/timeline', lang));
      await expectView(page, s, 'timeline', lang);
      await page.getByRole('navigation', { name: s.nav.label }).getByRole('link', { name: s.nav.labs, exact: true }).click();
      await expectView(page, s, 'labs', lang);
      await page.reload();
      await expectView(page, s, 'labs', lang);
      // A reader with no remembered choice and an English browser opens the link in the sender's language.
      const other = await browser.newContext({ locale: 'en-US' });
      const reader = await other.newPage();
      await reader.goto(page.url());
      await expectView(reader, s, 'labs', lang);
      await other.close();
    });
  });
}

test.describe('the language switch', () => {
  test('switching is kept through navigation and reload, and remembered', async ({ page }) => {
    const en = await stringsOf('en');
    const ja = await stringsOf('ja');
    await page.goto('/price');
    await expectView(page, en, 'price', 'en');
    await page.getByLabel(en.languageLabel).selectOption('ja');
    await expectView(page, ja, 'price', 'ja');
    // The keyboard stays on the switch.
    await expect(page.locator('#language-switch')).toBeFocused();
    await page.getByRole('navigation', { name: ja.nav.label }).getByRole('link', { name: ja.nav.about, exact: true }).click();
    await expectView(page, ja, 'about', 'ja');
    await page.reload();
    await expectView(page, ja, 'about', 'ja');
    // Remembered: an address without lang opens in the chosen language (and the URL says it).
    await page.goto('/timeline');
    await expectView(page, ja, 'timeline', 'ja');
    await page.getByLabel(ja.languageLabel).selectOption('en');
    await expectView(page, en, 'timeline', 'en');
  });

  test('each option is named in its own language', async ({ page }) => {
    await page.goto('/');
    const options = page.locator('#language-switch option');
    await expect(options).toHaveText(['English', '简体中文', '日本語']);
    await expect(options.nth(1)).toHaveAttribute('lang', 'zh-Hans');
    await expect(options.nth(2)).toHaveAttribute('lang', 'ja');
  });
});

test.describe('first visit and bad values', () => {
  test('a first visit follows the browser language', async ({ browser }) => {
    const zh = await stringsOf('zh');
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto('/');
    await expectView(page, zh, 'leaderboard', 'zh');
    await context.close();
  });

  test('an unknown or hostile lang falls back with the URL cleaned', async ({ page }) => {
    const consoleClean = watchConsole(page);
    const en = await stringsOf('en');
    await page.goto('/timeline?region=china&lang=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    await expectView(page, en, 'timeline', 'en');
    await expect.poll(() => new URL(page.url()).search).toBe('?region=china');
    await page.goto('/?lang=fr');
    await expectView(page, en, 'leaderboard', 'en');
    await expect.poll(() => new URL(page.url()).search).toBe('');
    consoleClean();
  });

  test('a corrupt remembered value is ignored', async ({ page }) => {
    const consoleClean = watchConsole(page);
    const en = await stringsOf('en');
    await page.addInitScript((key) => window.localStorage.setItem(key, '{"lang":"zh"}\u0000'), STORAGE_KEY);
    await page.goto('/about');
    await expectView(page, en, 'about', 'en');
    consoleClean();
  });
});

test.describe('the source document in its own language', () => {
  const dataset = JSON.parse(readFileSync(new URL('../../public/data/dataset.json', import.meta.url), 'utf8')) as {
    labs: Array<{ id: string; reportSays: string | null; reportSaysJa?: string }>;
  };
  const deepseek = dataset.labs.find((l) => l.id === 'deepseek')!;
  const firstWords = (text: string) => text.replace(/\[[^\]]*\]/g, '').trim().slice(0, 12);

  test('日本語 quotes the Japanese original; other languages the English rendering', async ({ page }) => {
    expect(deepseek.reportSaysJa, 'the dataset has the Japanese quote').toBeTruthy();
    await page.goto('/labs/deepseek?lang=ja');
    const ja = page.locator('.report-quote blockquote').first();
    await expect(ja).toHaveAttribute('lang', 'ja', { timeout: LOAD_TIMEOUT });
    await expect(ja).toContainText(firstWords(deepseek.reportSaysJa!));
    await page.goto('/labs/deepseek?lang=zh');
    const zh = page.locator('.report-quote blockquote').first();
    await expect(zh).toHaveAttribute('lang', 'en', { timeout: LOAD_TIMEOUT });
    await expect(zh).toContainText(firstWords(deepseek.reportSays!));
  });
});
