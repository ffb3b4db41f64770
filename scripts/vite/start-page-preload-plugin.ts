/**
 * Starts the start page's view chunks together with the entry, not after it.
 *
 * The entry (React, the store, the shell) has to arrive and run before it asks for the leaderboard's lazy
 * chunk, Recharts and d3's scales: on a phone's network that is one more round trip before the first chart.
 * For the start page only (`/`, where most readers land and whose first view has a size budget), a small
 * inline script in index.html adds `<link rel="modulepreload">` for that chunk and the chunks it imports, so
 * the browser fetches them alongside the entry. Other pages load exactly as before (their chunk starts when
 * the entry runs), so nobody downloads a view they do not open. The script is allowed by its hash
 * (csp-plugin.ts, which runs after this one).
 */
import type { Plugin } from 'vite';

/** The start page's view module, as the bundle names it. */
const START_VIEW = /[\\/]src[\\/]features[\\/]leaderboard[\\/]leaderboard-view\.tsx$/;

interface ChunkLike {
  type: 'chunk' | 'asset';
  fileName: string;
  facadeModuleId?: string | null;
  imports?: readonly string[];
}

/** The start view's chunk and every chunk it imports statically, minus those the page already loads. */
export function startViewChunks(bundle: Readonly<Record<string, ChunkLike>>, alreadyLoaded: ReadonlySet<string>): string[] {
  const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
  const start = chunks.find((c) => c.facadeModuleId && START_VIEW.test(c.facadeModuleId));
  if (!start) throw new Error('start-page-preload: no chunk for src/features/leaderboard/leaderboard-view.tsx in the bundle');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const dep of byName.get(file)?.imports ?? []) visit(dep);
  };
  visit(start.fileName);
  return [...seen].filter((f) => !alreadyLoaded.has(f));
}

/** The inline script: on the start page, a modulepreload link for each file (paths under `base`). */
export function preloadScript(files: readonly string[], base: string): string {
  const hrefs = JSON.stringify(files.map((f) => `${base}${f}`));
  return [
    '<script>',
    "      // The start page's view chunks load alongside the entry (start-page-preload-plugin.ts).",
    `      if (location.pathname === ${JSON.stringify(base)}) {`,
    `        for (const href of ${hrefs}) {`,
    "          const link = document.createElement('link');",
    "          link.rel = 'modulepreload';",
    "          link.crossOrigin = '';",
    '          link.href = href;',
    '          document.head.appendChild(link);',
    '        }',
    '      }',
    '    </script>',
  ].join('\n');
}

export function startPagePreloadPlugin(): Plugin {
  let base = '/';
  return {
    name: 'start-page-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return html;
        const loaded = new Set([...html.matchAll(/(?:src|href)="[^"]*?\/?(assets\/[\w.-]+\.js)"/g)].map((m) => m[1] ?? ''));
        const files = startViewChunks(ctx.bundle as Record<string, ChunkLike>, loaded);
        return html.replace('</head>', `  ${preloadScript(files, base)}\n  </head>`);
      },
    },
  };
}
