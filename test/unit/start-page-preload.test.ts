import { describe, expect, it } from 'vitest';
import { preloadScript, startViewChunks } from '../../scripts/vite/start-page-preload-plugin';

const chunk = (fileName: string, imports: string[] = [], facadeModuleId: string | null = null) => ({ type: 'chunk' as const, fileName, imports, facadeModuleId });

describe("the start page's preload", () => {
  const bundle = {
    a: chunk('assets/index-1.js', ['assets/first-view-2.js'], '/app/index.html'),
    b: chunk('assets/first-view-2.js'),
    c: chunk('assets/leaderboard-view-3.js', ['assets/first-view-2.js', 'assets/CartesianChart-4.js'], '/app/src/features/leaderboard/leaderboard-view.tsx'),
    d: chunk('assets/CartesianChart-4.js', ['assets/d3-scale-5.js', 'assets/first-view-2.js']),
    e: chunk('assets/d3-scale-5.js'),
    f: chunk('assets/timeline-view-6.js', ['assets/d3-scale-5.js'], '/app/src/features/timeline/timeline-view.tsx'),
    g: { type: 'asset' as const, fileName: 'assets/index.css' },
  };

  it("is the leaderboard view's chunk and all it imports, less what index.html already loads", () => {
    const loaded = new Set(['assets/index-1.js', 'assets/first-view-2.js']);
    expect(startViewChunks(bundle, loaded)).toEqual(['assets/leaderboard-view-3.js', 'assets/CartesianChart-4.js', 'assets/d3-scale-5.js']);
  });

  it('fails the build when the start view is not in the bundle', () => {
    expect(() => startViewChunks({ f: bundle.f }, new Set())).toThrow(/leaderboard-view/);
  });

  it('runs on the start page only, under the base path', () => {
    const script = preloadScript(['assets/leaderboard-view-3.js'], '/dashboard/');
    expect(script).toContain('location.pathname === "/dashboard/"');
    expect(script).toContain('["/dashboard/assets/leaderboard-view-3.js"]');
    const added: { rel: string; href: string }[] = [];
    const run = (pathname: string) =>
      new Function('location', 'document', script.replace(/<\/?script>/g, ''))({ pathname }, { createElement: () => ({}), head: { appendChild: (l: { rel: string; href: string }) => added.push(l) } });
    run('/dashboard/timeline');
    expect(added).toEqual([]);
    run('/dashboard/');
    expect(added).toEqual([expect.objectContaining({ rel: 'modulepreload', href: '/dashboard/assets/leaderboard-view-3.js' })]);
  });
});
