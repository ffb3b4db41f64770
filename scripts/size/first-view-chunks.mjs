// The JavaScript files a browser loads on the start page (`/`) until the leaderboard's chart is drawn and
// the page is idle, read from a build: what `npm run size` budgets and `npm run bench` measures in the
// browser. test/e2e/first-view-scripts.spec.ts checks, in Chromium, that the two lists are the same.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The lazy chunks the start page loads without any interaction, by the module that starts each: the
 * leaderboard view (route), the figure frame's Share/Download/Cite buttons (shown on the first screen,
 * loaded just after the chart), the readouts' source tiers, the chart tooltip's box (preloaded once
 * the first chart is drawn), and the dataset's worker (started with the dataset's download; it parses
 * and validates the dataset before the first chart can be drawn).
 */
export const FIRST_VIEW_LAZY = ['leaderboard-view', 'frame-actions', 'readout-tiers', 'chart-tooltip-box', 'dataset.worker'];

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The chunks `file` imports statically (the browser fetches them before it runs `file`). */
function staticImportsOf(assets, file) {
  const src = readFileSync(join(assets, file), 'utf8');
  const found = new Set();
  for (const m of src.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([\w.-]+\.js)["']/g)) found.add(m[1]);
  return found;
}

/** The file names (in `dist/assets`) of every script the start page loads; throws when a lazy chunk is not found once. */
export function firstViewChunks(dist = 'dist') {
  const assets = join(dist, 'assets');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const jsFiles = readdirSync(assets).filter((f) => f.endsWith('.js'));
  // The entry: the module scripts and modulepreloads in index.html.
  const chunks = new Set([...html.matchAll(/(?:src|href)="[^"]*assets\/([\w.-]+\.js)"/g)].map((m) => m[1]));
  for (const name of FIRST_VIEW_LAZY) {
    const found = jsFiles.filter((f) => new RegExp(`^${escapeRegExp(name)}-[\\w-]{8}\\.js$`).test(f));
    if (found.length !== 1) throw new Error(`first-view-chunks: expected one chunk for ${name}, found ${found.length} (${found.join(', ')})`);
    chunks.add(found[0]);
  }
  let grew = true;
  while (grew) {
    grew = false;
    for (const f of [...chunks]) {
      for (const dep of staticImportsOf(assets, f)) {
        if (!chunks.has(dep) && jsFiles.includes(dep)) {
          chunks.add(dep);
          grew = true;
        }
      }
    }
  }
  return chunks;
}
