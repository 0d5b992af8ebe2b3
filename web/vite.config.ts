// Builds the dashboard (web/src) into web/dist, which server/static.ts serves at `/`. `npm run dev:web` serves it
// with hot reload and proxies the API to a server on :4000.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // Preact's automatic JSX runtime through esbuild: no Babel plugin needed.
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 300 },
  server: {
    proxy: { '/graphql': { target: 'http://localhost:4000', ws: true } },
  },
});
