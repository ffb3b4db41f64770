/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { cspPlugin } from './scripts/vite/csp-plugin.ts';
import { previewPort, previewServerPlugin } from './scripts/vite/preview-server-plugin.ts';
import { ogImagePlugin } from './scripts/og-image/vite-plugin-og-image.ts';
import { rechartsCurvesPlugin } from './scripts/vite/recharts-curves-plugin.ts';
import { rechartsStandInsPlugin } from './scripts/vite/recharts-stand-ins-plugin.ts';

// BASE_PATH lets the static build live under a sub-path, e.g. BASE_PATH=/dashboard/ npm run build.
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base,
  // ogImagePlugin: the link-preview image, drawn from the dataset at build time, and its meta tags.
  // rechartsStandInsPlugin: Recharts' axes get only the scales they use here (band, point, linear): 6.7 KB less;
  // its nice-tick arithmetic runs on a small exact-decimal class, not decimal.js-light: 4.6 KB less.
  // rechartsCurvesPlugin: Recharts' lines with only the curve types the charts draw (linear, stepAfter).
  plugins: [react(), cspPlugin(), previewServerPlugin(), ogImagePlugin(), rechartsStandInsPlugin(), rechartsCurvesPlugin()],
  // The dataset's worker (src/data/dataset.worker.ts) is a module worker: ES output, so zod's messages,
  // needed only for an invalid dataset, stay a chunk of their own there too.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: true,
    // The shared code every view's first paint needs (strings, URL codec and store, filter panel, table,
    // chart frame) goes in one chunk instead of eight small ones: fewer requests, and gzip sees it together
    // (about 1.5 KB less). The CSS of these modules now precedes the app's stylesheets, as in dev.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'first-view',
              test: /[\\/]src[\\/](messages[\\/](index|en[\\/](common|filters|leaderboard))\.ts|lib[\\/]location|stores[\\/]filters[\\/]|filters[\\/]|components[\\/](table|filters)[\\/]|components[\\/]data[\\/](model-fields|lab-names)|components[\\/]ui[\\/]page-intro|data[\\/]blended-price|lib[\\/]format|components[\\/]charts[\\/](chart-frame|use-element-width|region-marker|status-mark)|components[\\/]data[\\/]score-status|components[\\/]layout[\\/]use-document-title|app[\\/]routes[\\/]route-chunks|components[\\/]ui[\\/]link|i18n[\\/]|lib[\\/]locale)|node_modules[\\/](zustand[\\/]|react-dom[\\/](index|cjs[\\/]react-dom\.production)\.js)/,
            },
          ],
        },
      },
    },
  },
  // `npm start`: PORT=8080 npm start picks the port; if it is taken, the next free one is used and printed.
  preview: {
    port: previewPort(process.env.PORT),
    strictPort: false,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'test/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['test/setup.ts'],
    css: false,
    restoreMocks: true,
    // A ceiling, not a timing: under load a view test waits many seconds for its lazy chunk.
    testTimeout: 90_000,
  },
});
