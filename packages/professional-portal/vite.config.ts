import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { govukFrontendCss, uiAliases } from '../ui/vite.ts';

// Served by the API process at /; in development, vite proxies /graphql to the API.
export default defineConfig({
  base: '/',
  plugins: [govukFrontendCss(), react()],
  resolve: {
    alias: [
      { find: /^@forever-planning\/shared$/, replacement: fileURLToPath(new URL('../shared/src/index.ts', import.meta.url)) },
      // The rules for words a child reads (the plan editor checks the child's version with them).
      { find: /^@forever-planning\/shared\/child-words$/, replacement: fileURLToPath(new URL('../shared/src/child-words.ts', import.meta.url)) },
      ...uiAliases,
    ],
  },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000', '/media': 'http://127.0.0.1:4000', '/life-story-book': 'http://127.0.0.1:4000', '/exports': 'http://127.0.0.1:4000', '/events': 'http://127.0.0.1:4000', '/auth': 'http://127.0.0.1:4000' } },
  build: { outDir: 'dist', emptyOutDir: true },
});
