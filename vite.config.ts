/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { ogImagePlugin } from './scripts/og-image/vite-plugin-og-image.ts';

// BASE_PATH lets the static build live under a sub-path, e.g. BASE_PATH=/dashboard/ npm run build.
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base,
  // ogImagePlugin: the link-preview image, drawn from the dataset at build time, and its meta tags.
  plugins: [react(), ogImagePlugin()],
  build: {
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: true,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'test/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['test/setup.ts'],
    css: false,
    restoreMocks: true,
    testTimeout: 20_000,
  },
});
