/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { cspPlugin } from './scripts/vite/csp-plugin.ts';
import { previewPort, previewServerPlugin } from './scripts/vite/preview-server-plugin.ts';
import { ogImagePlugin } from './scripts/og-image/vite-plugin-og-image.ts';

// BASE_PATH lets the static build live under a sub-path, e.g. BASE_PATH=/dashboard/ npm run build.
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base,
  // ogImagePlugin: the link-preview image, drawn from the dataset at build time, and its meta tags.
  plugins: [react(), cspPlugin(), previewServerPlugin(), ogImagePlugin()],
  build: {
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: true,
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
