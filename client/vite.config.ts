import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';
import { precompress } from './build/precompress';
import { stylesheetFirst } from './build/stylesheet-first';

/** In `npm run dev`, the API and sockets are proxied to the server beside Vite. */
const apiTarget = `http://127.0.0.1:${process.env.PORT ?? '3000'}`;

export default defineConfig({
  plugins: [react(), stylesheetFirst(), precompress()],
  resolve: { conditions: ['source', ...defaultClientConditions] },
  server: {
    port: 5173,
    proxy: {
      '/api': apiTarget,
      '/healthz': apiTarget,
      // No changeOrigin: the Host header stays localhost:5173, like the page's Origin, so the
      // server's origin check (server/src/realtime/origin-check.ts) sees the same origin.
      '/socket.io': { target: apiTarget, ws: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // Which files each page loads: the bench and the size check read it (tests/bench/client-js.ts).
    manifest: true,
    // Modules run in the order they are imported, as unbundled: lib/strict-csp.ts must configure
    // zod before shared/ makes its schemas, even when the two land in different chunks.
    rolldownOptions: { output: { strictExecutionOrder: true } },
  },
});
