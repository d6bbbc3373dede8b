import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The folder holding fonts and reference data. Packaged: set by the shell through
 * KOMAK_RESOURCES; from source or a build: found by walking up from this module.
 */
export function resourcesDir(): string {
  const fromEnv = process.env.KOMAK_RESOURCES;
  if (fromEnv) return fromEnv;
  let dir = import.meta.dirname;
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'resources');
    if (existsSync(join(candidate, 'reference', 'regions.json'))) return candidate;
    dir = dirname(dir);
  }
  throw new Error('Komak resources folder not found; set KOMAK_RESOURCES.');
}

/** The built renderer (index.html and assets), next to the bundles in out/. */
export function rendererDir(): string {
  const fromEnv = process.env.KOMAK_RENDERER;
  if (fromEnv) return fromEnv;
  let dir = import.meta.dirname;
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'out', 'renderer');
    if (existsSync(join(candidate, 'index.html'))) return candidate;
    if (existsSync(join(dir, 'renderer', 'index.html')) && dir.endsWith('out')) return join(dir, 'renderer');
    dir = dirname(dir);
  }
  throw new Error('The built renderer was not found; run "npm run build".');
}
