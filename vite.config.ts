import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';

// The renderer: one page app, split by area (React.lazy) so the first screen loads little.
// Served by the desktop protocol handler and by `komak serve` under a strict CSP: no inline scripts.
export default defineConfig({
  root: resolve(import.meta.dirname, 'renderer'),
  base: '/',
  plugins: [react()],
  publicDir: false,
  build: {
    outDir: resolve(import.meta.dirname, 'out/renderer'),
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: false,
    // Fonts and icons stay files: a data: URL inlined into CSS would still be allowed, but files cache better.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 900,
  },
  server: { port: 5173, strictPort: false },
});
