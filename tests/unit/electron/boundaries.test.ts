// Only electron/main and electron/preload may import Electron; everything else runs in plain Node
// (and the renderer in a browser). Checked on the sources and on the built backend bundle.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
/** A static import (at the start of a line), a dynamic import, or a require of electron or a subpath. */
const ELECTRON_IMPORT =
  /^\s*import\s[^;]*?\bfrom\s*['"]electron(?:\/[^'"]*)?['"]|^\s*import\s*['"]electron['"]|\b(?:import|require)\(\s*['"]electron(?:\/[^'"]*)?['"]\s*\)/m;

function sources(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === 'node_modules' ? [] : sources(full);
    return /\.(ts|tsx|mts|cts|js|mjs|cjs)$/.test(name) ? [full] : [];
  });
}

describe('Electron imports', () => {
  it('appear only in electron/main and electron/preload', () => {
    const files = ['electron', 'db', 'renderer', 'scripts', 'bin', 'tests'].flatMap((d) => sources(join(ROOT, d)));
    expect(files.length).toBeGreaterThan(20);
    const offenders = files
      .map((f) => relative(ROOT, f).replaceAll('\\', '/'))
      .filter((f) => !f.startsWith('electron/main/') && !f.startsWith('electron/preload/'))
      .filter((f) => ELECTRON_IMPORT.test(readFileSync(join(ROOT, f), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('are type-only in the parts of main that tests load without the binary', () => {
    for (const f of [
      'window-options.ts',
      'menu-template.ts',
      'app-url.ts',
      'backend-client.ts',
      'session-relay.ts',
      'renderer-files.ts',
      'data-location.ts',
      'shell-messages.ts',
    ]) {
      const src = readFileSync(join(ROOT, 'electron', 'main', f), 'utf8');
      expect(src.match(/^import (?!type )[^;]*['"]electron['"]/m), f).toBeNull();
    }
  });

  it('are absent from the built backend and CLI bundles', () => {
    for (const bundle of ['out/backend/host.cjs', 'out/cli/komak.cjs']) {
      const file = join(ROOT, bundle);
      if (!existsSync(file)) continue;
      expect(readFileSync(file, 'utf8'), bundle).not.toMatch(/require\("electron"\)/);
    }
  });
});
