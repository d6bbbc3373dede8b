// Every test gets its own facility: a fresh temp folder, `komak serve --port 0` on it, stopped afterwards.
import { test as base, expect, type Page } from '@playwright/test';
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..');
const KOMAK = join(ROOT, 'bin', 'komak.cjs');

export interface FacilityOptions {
  kind?: 'family_home' | 'women_center' | 'trafficking_shelter' | 'day_care';
  name?: string;
  region?: string;
  district?: string;
  address?: string;
  capacity?: number;
  adminUser?: string;
  adminName?: string;
  adminPassword?: string;
  lang?: 'uz' | 'ru' | 'en';
}

/** The manager account `initFacility` creates unless told otherwise. */
export const MANAGER = { username: 'rahbar', password: 'Bahor-2026-kuni', fullName: 'Karimova Dilnoza Rustamovna' };

/** Sets a facility up through the CLI (`komak init … --admin-password-stdin`), for tests that skip the wizard. */
export function initFacility(dbFile: string, o: FacilityOptions = {}): void {
  const args = [
    KOMAK,
    'init',
    '--db',
    dbFile,
    '--kind',
    o.kind ?? 'day_care',
    '--name',
    o.name ?? 'Yunusobod tumani kunduzgi parvarish xizmati',
    '--region',
    o.region ?? '1726',
    '--district',
    o.district ?? '1726266',
    '--address',
    o.address ?? 'Yunusobod tumani, Bogʻishamol koʻchasi, 12-uy',
    '--capacity',
    String(o.capacity ?? 9),
    '--admin-user',
    o.adminUser ?? MANAGER.username,
    '--admin-name',
    o.adminName ?? MANAGER.fullName,
    '--lang',
    o.lang ?? 'uz',
    '--admin-password-stdin',
  ];
  execFileSync(process.execPath, args, { input: `${o.adminPassword ?? MANAGER.password}\n`, stdio: ['pipe', 'pipe', 'pipe'] });
}

export interface KomakServer {
  url: string;
  dir: string;
  dbFile: string;
}

async function startServe(dbFile: string): Promise<{ url: string; child: ChildProcess }> {
  if (!existsSync(join(ROOT, 'out', 'renderer', 'index.html')) || !existsSync(join(ROOT, 'out', 'cli', 'komak.cjs'))) {
    throw new Error('Build the app first: node scripts/build.mjs');
  }
  const child = spawn(process.execPath, [KOMAK, 'serve', '--db', dbFile, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`komak serve did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /Komak is serving (http:\/\/\S+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolveUrl(m[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`komak serve exited (${code}):\n${output}`));
    });
  });
  return { url, child };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

interface Fixtures {
  /** Set with `test.use({ facility: {...} })` to start on an already set-up facility (skips the wizard). */
  facility: FacilityOptions | null;
  /** Runs on the set-up facility's file before `komak serve` starts (say, to damage it). An object: Playwright takes a bare function for a fixture. */
  beforeServe: { run(dbFile: string): void } | null;
  komak: KomakServer;
  /** Fails the test if the page broke the Content Security Policy (say, a style without the nonce). */
  cspGuard: void;
}

export const test = base.extend<Fixtures>({
  facility: [null, { option: true }],
  beforeServe: [null, { option: true }],
  komak: async ({ facility, beforeServe }, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'komak-e2e-'));
    const dbFile = join(dir, 'facility.komak');
    if (facility) initFacility(dbFile, facility);
    beforeServe?.run(dbFile);
    const { url, child } = await startServe(dbFile);
    try {
      await use({ url, dir, dbFile });
    } finally {
      await stop(child);
      rmSync(dir, { recursive: true, force: true });
    }
  },
  baseURL: async ({ komak }, use) => use(komak.url),
  cspGuard: [
    async ({ page }, use) => {
      const violations: string[] = [];
      page.on('console', (m) => {
        if (/Content.Security.Policy/i.test(m.text())) violations.push(m.text());
      });
      await use();
      expect(violations, 'CSP violations in the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect, KOMAK };

/**
 * Saves a screenshot as a test artifact (test-results/<test>/<name>.png): by default what the user sees
 * in the window (1366×768), so whatever falls below the fold shows as missing.
 */
export async function shot(page: Page, name: string, fullPage = false): Promise<string> {
  const path = test.info().outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage, animations: 'disabled' });
  await test.info().attach(name, { path, contentType: 'image/png' });
  return path;
}
