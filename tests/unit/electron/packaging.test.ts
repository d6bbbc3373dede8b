// A packaging rehearsal: electron-builder packs the app for Linux (`--linux dir`) around a stand-in
// Electron, then the test looks inside: what app.asar holds, what is unpacked, the resources, the
// fuses, and finally runs the packaged backend with the packaged dependencies under Node.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackendClient } from '../../../electron/main/backend-client';
import { forkBackendHost } from '../../fixtures/backend-host';
import { projectForPackaging, standInElectronDist } from '../../fixtures/packaging';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const BUILT = ['out/main/index.cjs', 'out/preload/index.cjs', 'out/backend/host.cjs', 'out/renderer/index.html'];
const missing = BUILT.filter((f) => !existsSync(join(ROOT, f)));
if (missing.length) console.warn(`[packaging rehearsal] SKIPPED: run "npm run build" first; missing ${missing.join(', ')}`);

const builderRequire = createRequire(join(ROOT, 'node_modules', 'app-builder-lib', 'package.json'));
const asar = builderRequire('@electron/asar') as {
  listPackage(archive: string, options: { isPack: boolean }): string[];
  extractFile(archive: string, file: string): Buffer;
  extractAll(archive: string, dest: string): void;
};
const fuses = builderRequire('@electron/fuses') as { getCurrentFuseWire(path: string): Promise<Record<string, unknown>> };
const ELECTRON_VERSION = (JSON.parse(readFileSync(join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string })
  .version;
const PREBUILD = `linux-${process.arch}.node`;

let work: string;
let unpacked: string;
let archive: string;
let entries: string[];

describe.skipIf(missing.length > 0)(`packaging rehearsal${missing.length ? ' (skipped: run "npm run build" first)' : ''}`, () => {
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'komak-pack-'));
    const project = projectForPackaging(
      ROOT,
      ['package.json', 'package-lock.json', 'electron-builder.yml'],
      ['out', 'resources', 'scripts'],
    );
    const started = Date.now();
    const run = spawnSync(
      process.execPath,
      [
        join(ROOT, 'node_modules', 'electron-builder', 'cli.js'),
        '--linux',
        'dir',
        `--${process.arch}`,
        '--projectDir',
        project.dir,
        `-c.electronDist=${standInElectronDist(ELECTRON_VERSION)}`,
        `-c.directories.output=${join(work, 'dist')}`,
      ],
      { encoding: 'utf8', env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' }, timeout: 240_000 },
    );
    console.info(
      `[packaging rehearsal] electron-builder took ${((Date.now() - started) / 1000).toFixed(1)} s${project.staged ? `; ${project.staged}` : ''}`,
    );
    if (project.staged) rmSync(project.dir, { recursive: true, force: true });
    if (run.status !== 0) throw new Error(`electron-builder failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
    unpacked = join(work, 'dist', 'linux-unpacked');
    archive = join(unpacked, 'resources', 'app.asar');
    entries = asar.listPackage(archive, { isPack: false }).map((e) => e.replaceAll('\\', '/'));
  }, 300_000);
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('puts the renderer build and the main, preload and backend bundles into app.asar', () => {
    for (const f of ['/package.json', ...BUILT.map((b) => `/${b}`)]) expect(entries, f).toContain(f);
  });

  it('leaves out tests, sources, source maps, the CLI and type output', () => {
    const leaked = entries.filter(
      (e) =>
        /^\/(tests|electron|db|renderer|scripts|resources|bin|dist|\.ci)(\/|$)/.test(e) ||
        /^\/out\/(cli|types)(\/|$)/.test(e) ||
        /\.(map|tsx?|mts|cts|tsbuildinfo)$/.test(e),
    );
    expect(leaked).toEqual([]);
  });

  it('ships fonts and reference data as resources outside the archive', () => {
    const res = join(unpacked, 'resources', 'resources');
    expect(
      readdirSync(join(res, 'fonts'))
        .filter((f) => f.endsWith('.ttf'))
        .sort(),
    ).toEqual(['NotoSans-Bold.ttf', 'NotoSans-BoldItalic.ttf', 'NotoSans-Italic.ttf', 'NotoSans-Regular.ttf']);
    for (const f of ['regions.json', 'districts.json']) expect(existsSync(join(res, 'reference', f)), f).toBe(true);
  });

  it('unpacks this platform’s SQLite and Argon2 binaries, and no other platform’s', () => {
    const sqlite = join(unpacked, 'resources', 'app.asar.unpacked', 'node_modules', 'better-sqlite3-multiple-ciphers', 'prebuilds');
    expect(readdirSync(sqlite)).toEqual([PREBUILD]);
    expect(entries.filter((e) => e.includes('better-sqlite3-multiple-ciphers/prebuilds/') && e.endsWith('.node'))).toEqual([
      `/node_modules/better-sqlite3-multiple-ciphers/prebuilds/${PREBUILD}`,
    ]);
    expect(entries.some((e) => e.startsWith('/node_modules/better-sqlite3-multiple-ciphers/deps/'))).toBe(false);
    const argon = entries.filter((e) => /^\/node_modules\/@node-rs\/argon2-[^/]+\/[^/]+\.node$/.test(e));
    expect(argon.length).toBeGreaterThan(0);
    for (const a of argon) expect(existsSync(join(unpacked, 'resources', 'app.asar.unpacked', a)), a).toBe(true);
  });

  it('holds every package the bundles load, and every dependency of those packages', () => {
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`), 'electron']);
    const has = (dir: string, name: string) => entries.includes(posix.join(dir, 'node_modules', name, 'package.json'));
    for (const bundle of ['/out/main/index.cjs', '/out/backend/host.cjs']) {
      const code = asar.extractFile(archive, bundle.slice(1)).toString('utf8');
      const required = [...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]!).filter((r) => !builtins.has(r));
      expect(required.length, bundle).toBeGreaterThan(0);
      for (const r of required) {
        const name = r.startsWith('@') ? r.split('/').slice(0, 2).join('/') : r.split('/')[0]!;
        expect(has('/', name), `${bundle} requires ${name}`).toBe(true);
      }
    }
    // Node's resolution: a dependency sits in a node_modules folder at or above the package.
    const unresolved: string[] = [];
    for (const manifest of entries.filter((e) => /\/node_modules\/(@[^/]+\/)?[^/]+\/package\.json$/.test(e))) {
      const pkgDir = posix.dirname(manifest);
      const deps = Object.keys(
        (JSON.parse(asar.extractFile(archive, manifest.slice(1)).toString('utf8')) as { dependencies?: object }).dependencies ?? {},
      );
      for (const dep of deps) {
        let dir = pkgDir;
        let found = false;
        while (!found) {
          found = has(dir, dep);
          if (dir === '/') break;
          dir = posix.dirname(dir);
        }
        if (!found) unresolved.push(`${pkgDir} → ${dep}`);
      }
    }
    expect(unresolved).toEqual([]);
  });

  it('has no renderer-only package inside', () => {
    expect(entries.filter((e) => /^\/node_modules\/(react|react-dom|@mui|@emotion)\//.test(e)).slice(0, 5)).toEqual([]);
  });

  it('flips the security fuses in the packaged executable', async () => {
    const wire = await fuses.getCurrentFuseWire(join(unpacked, 'komak'));
    const state = (i: number) => String.fromCharCode(wire[i] as number);
    expect({
      runAsNode: state(0),
      nodeOptions: state(2),
      nodeCliInspect: state(3),
      embeddedAsarIntegrity: state(4),
      onlyLoadAppFromAsar: state(5),
      grantFileProtocolExtraPrivileges: state(7),
    }).toEqual({
      runAsNode: '0',
      nodeOptions: '0',
      nodeCliInspect: '0',
      embeddedAsarIntegrity: '1',
      onlyLoadAppFromAsar: '1',
      grantFileProtocolExtraPrivileges: '0',
    });
  });

  it('runs: the packaged backend, with the packaged dependencies and resources, answers calls', async () => {
    const app = join(work, 'extracted');
    asar.extractAll(archive, app);
    const client = createBackendClient({
      spawn: () =>
        forkBackendHost(join(work, 'facility.komak'), join(app, 'out', 'backend', 'host.cjs'), {
          KOMAK_RESOURCES: join(unpacked, 'resources', 'resources'),
          NODE_PATH: '',
        }),
      unavailable: () => ({ ok: false, error: { code: 'internal', message: 'backend stopped' } }),
    });
    try {
      expect(await client.call({ lang: 'uz', method: 'setup.status', input: {} })).toMatchObject({
        ok: true,
        data: { initialized: false },
      });
      const places = await client.call({ lang: 'uz', method: 'reference.places', input: {} });
      expect(places.ok && (places.data as { regions: unknown[] }).regions.length).toBe(14);
    } finally {
      await client.close();
    }
  });
});
