// Builds everything the app runs: the renderer (Vite) and the Node bundles (esbuild).
// Native and heavy runtime packages stay external and are loaded from node_modules (asar-unpacked).
import { build as esbuild } from 'esbuild';
import { build as vite } from 'vite';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const only = process.argv[2]; // "node" or "web" to build one side

const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  sourcemap: 'linked',
  packages: 'external',
  define: { 'import.meta.dirname': '__dirname', __KOMAK_VERSION__: JSON.stringify(pkg.version) },
  logLevel: 'warning',
};

// Entries are skipped until their source exists, so each side can be built alone.
const entries = (map) => Object.fromEntries(Object.entries(map).filter(([, src]) => existsSync(src)));

if (only !== 'web') {
  rmSync('out/cli', { recursive: true, force: true });
  await Promise.all([
    esbuild({
      ...common,
      entryPoints: entries({ 'cli/komak': 'electron/cli.ts', 'backend/host': 'electron/backend-host.ts' }),
      outdir: 'out',
      outExtension: { '.js': '.cjs' },
    }),
    esbuild({
      ...common,
      entryPoints: entries({ 'main/index': 'electron/main/index.ts' }),
      outdir: 'out',
      outExtension: { '.js': '.cjs' },
      external: ['electron'],
    }),
    // A sandboxed preload must be one file that requires nothing but 'electron'.
    esbuild({
      ...common,
      packages: undefined,
      external: ['electron'],
      entryPoints: entries({ 'preload/index': 'electron/preload/index.ts' }),
      outdir: 'out',
      outExtension: { '.js': '.cjs' },
    }),
  ]);
}
if (only !== 'node' && existsSync('vite.config.ts')) {
  await vite({ configFile: 'vite.config.ts', logLevel: 'warn' });
}
console.log('built out/');
