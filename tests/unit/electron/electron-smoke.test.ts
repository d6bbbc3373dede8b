// The one test that needs the real Electron binary: it starts the built app, which loads komak://app,
// calls the backend through the preload and prints the answer (KOMAK_SMOKE_TEST=1 in main/index.ts).
// Where the binary is not installed (it cannot be downloaded here) the test says so and is skipped.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');

/** The Electron executable, found the way the electron package does, but without its download fallback. */
function electronBinary(): string | null {
  const pkg = join(ROOT, 'node_modules', 'electron');
  const pathFile = join(pkg, 'path.txt');
  const defaultName = { win32: 'electron.exe', darwin: 'Electron.app/Contents/MacOS/Electron' }[process.platform as string] ?? 'electron';
  const name = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : process.env.ELECTRON_OVERRIDE_DIST_PATH ? defaultName : null;
  if (!name) return null;
  const binary = join(process.env.ELECTRON_OVERRIDE_DIST_PATH || join(pkg, 'dist'), name);
  return existsSync(binary) ? binary : null;
}

function hasCommand(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

const binary = electronBinary();
const built = ['out/main/index.cjs', 'out/preload/index.cjs', 'out/backend/host.cjs'].every((f) => existsSync(join(ROOT, f)));
const needsDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const skipReason = !binary
  ? 'the Electron binary is not installed (node_modules/electron/dist is missing; it cannot be downloaded here)'
  : !built
    ? 'run "npm run build" first'
    : needsDisplay && !hasCommand('xvfb-run')
      ? 'no display and no xvfb-run'
      : null;
if (skipReason) console.warn(`[electron smoke] SKIPPED: ${skipReason}`);

describe('the real desktop app', () => {
  it.skipIf(skipReason !== null)(
    `starts, serves komak://app and reaches the backend through the preload${skipReason ? ` (skipped: ${skipReason})` : ''}`,
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'komak-electron-'));
      try {
        const args = [ROOT];
        // Chromium refuses to start as root without this; it only affects this test run.
        if (process.getuid?.() === 0) args.push('--no-sandbox');
        const [cmd, cmdArgs] = needsDisplay ? ['xvfb-run', ['-a', binary!, ...args]] : [binary!, args];
        const run = spawnSync(cmd, cmdArgs, {
          encoding: 'utf8',
          timeout: 90_000,
          env: { ...process.env, KOMAK_DB: join(dir, 'facility.komak'), KOMAK_SMOKE_TEST: '1', ELECTRON_ENABLE_LOGGING: '1' },
        });
        const line = run.stdout.split('\n').find((l) => l.startsWith('KOMAK_SMOKE'));
        expect(line, `${run.stdout}\n${run.stderr}`).toMatch(/^KOMAK_SMOKE /);
        const [status, bridgeKeys, requireType, href] = JSON.parse(line!.slice('KOMAK_SMOKE '.length)) as [unknown, string, string, string];
        expect(status).toMatchObject({ ok: true, data: { initialized: false } });
        expect(bridgeKeys).toBe('call,on');
        expect(requireType).toBe('undefined');
        expect(href).toBe('komak://app/');
        expect(existsSync(join(dir, 'facility.komak'))).toBe(true);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    120_000,
  );
});
