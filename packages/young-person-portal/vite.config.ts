import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { govukFrontendCss, uiAliases } from '../ui/vite.ts';

// Served by the API process at /young/; in development, vite proxies the API's paths (GraphQL, media, the book).
export default defineConfig({
  base: '/young/',
  plugins: [govukFrontendCss(), react()],
  // "Leave this site quickly" goes here; FP_EXIT_URL changes it when building.
  define: { __FP_EXIT_URL__: JSON.stringify(process.env.FP_EXIT_URL ?? 'https://www.bbc.co.uk/weather') },
  resolve: {
    alias: [{ find: /^@forever-planning\/shared$/, replacement: fileURLToPath(new URL('../shared/src/index.ts', import.meta.url)) }, ...uiAliases],
  },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000', '/media': 'http://127.0.0.1:4000', '/life-story-book': 'http://127.0.0.1:4000' } },
  build: { outDir: 'dist', emptyOutDir: true },
});
