import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import path from 'node:path';

// Served by the API process at /; in development, vite proxies /graphql to the API.
export default defineConfig({
  base: '/',
  plugins: [react()],
  resolve: {
    alias: { '@forever-planning/shared': path.resolve(__dirname, '../shared/src/index.ts') },
  },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000' } },
  build: { outDir: 'dist', emptyOutDir: true },
});
