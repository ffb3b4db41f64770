/**
 * The embed page inside someone else's page on another origin. Chromium's local-network checks refuse
 * a loopback frame inside a page from another origin (here both are on this machine, which a real
 * article and a public dashboard are not), so this file's browser runs with that check off.
 */
import { expect, test } from '@playwright/test';

test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-features=LocalNetworkAccessChecks'],
  },
});

test('the embed page works in an iframe on another origin', async ({ page, baseURL }) => {
  // Someone else's article on another origin (localhost is not 127.0.0.1), with no policy of its own.
  // (A loopback host, so that Chromium's private-network rules do not stand in for a real site's.)
  const article = `http://localhost:${new URL(baseURL!).port}/someone-elses-article`;
  await page.route(article, (route) =>
    route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>Article</title><iframe src="${baseURL}/embed/cadence?region=china" title="Embedded figure" width="800" height="600"></iframe>` }),
  );
  await page.goto(article);
  const embedded = page.frameLocator('iframe');
  await expect(embedded.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(embedded.locator('.embed__figure svg').first()).toBeVisible();
});
