// Lighthouse (the devDependency, 12.2.3), mobile defaults, performance only, in the Chromium at
// CHROME_PATH (Debian's by default): no browser download.
import { spawnSync } from 'node:child_process';

export function lighthouse(url) {
  const env = { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' };
  const args = [url, '--quiet', '--output=json', '--output-path=stdout', '--only-categories=performance', '--chrome-flags=--headless=new --no-sandbox --disable-gpu'];
  const res = spawnSync('npx', ['lighthouse', ...args], { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (res.status !== 0) throw new Error(`lighthouse failed on ${url}: ${res.stderr.slice(-500)}`);
  const lhr = JSON.parse(res.stdout);
  const a = lhr.audits;
  return {
    score: Math.round(lhr.categories.performance.score * 100),
    mainThreadS: a['mainthread-work-breakdown'].numericValue / 1000,
    cls: a['cumulative-layout-shift'].numericValue,
    lcpS: a['largest-contentful-paint'].numericValue / 1000,
    tbtMs: a['total-blocking-time'].numericValue,
  };
}
