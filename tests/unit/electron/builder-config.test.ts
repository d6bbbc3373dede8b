// electron-builder.yml, checked against electron-builder's own JSON schema (with the ajv it ships
// with) and its own configuration checks, then for what Komak needs: fuses, native files, resources.
import type AjvClass from 'ajv';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const require = createRequire(join(ROOT, 'package.json'));
const BUILDER_LIB = join(ROOT, 'node_modules', 'app-builder-lib');
// The validator and YAML reader electron-builder itself uses, resolved from its own package.
const builderRequire = createRequire(join(BUILDER_LIB, 'package.json'));
const Ajv = (builderRequire('ajv') as { default: typeof AjvClass }).default;
const { load } = builderRequire('js-yaml') as { load: (text: string) => unknown };
const config = load(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const schema = JSON.parse(readFileSync(join(BUILDER_LIB, 'scheme.json'), 'utf8')) as object;
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('electron-builder.yml against electron-builder 26', () => {
  it('matches the package’s own JSON schema (no unknown keys, no coerced types)', () => {
    // electron-builder validates with ajv too; here without type coercion, so "true" is not a boolean.
    const ajv = new Ajv({ allErrors: true, strict: false, coerceTypes: false });
    const validate = ajv.compile(schema);
    const valid = validate(config);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('catches a misspelt fuse (the check itself works)', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    expect(validate({ ...config, electronFuses: { ...config.electronFuses, runAsnode: false } })).toBe(false);
  });

  it('passes electron-builder’s own configuration checks', async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
      validateConfiguration: (c: unknown, log: { isEnabled: boolean; add: () => void }) => Promise<void>;
    };
    await expect(validateConfiguration(config, { isEnabled: false, add: () => {} })).resolves.toBeUndefined();
  });
});

describe('what Komak needs from the package', () => {
  it('names the app and builds a Windows NSIS installer (x64, per-user or per-machine) and a Linux AppImage', () => {
    expect(config.appId).toBe('uz.komak.app');
    expect(config.productName).toBe('Komak');
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.linux.target).toEqual([{ target: 'AppImage', arch: ['x64'] }]);
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: true, deleteAppDataOnUninstall: false });
  });

  it('has its own icon where electron-builder looks for it: a PNG of at least 256×256 (it makes the .ico from it)', () => {
    const png = readFileSync(join(ROOT, config.directories.buildResources, 'icon.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // IHDR: width and height are the big-endian words at bytes 16 and 20.
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(256);
    expect(png.readUInt32BE(20)).toBe(png.readUInt32BE(16));
  });

  it('offers only installer languages that electron-builder translates completely', () => {
    const { bundledLanguages } = require('app-builder-lib/out/util/langs.js') as { bundledLanguages: string[] };
    expect(config.nsis.installerLanguages).toEqual(expect.arrayContaining(['ru_RU', 'en_US']));
    for (const lang of config.nsis.installerLanguages as string[]) expect(bundledLanguages, lang).toContain(lang);
  });

  it('sets the security fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs only the built bundles, never sources, tests or source maps', () => {
    const files = config.files as string[];
    expect(files).toEqual(expect.arrayContaining(['out/main/**', 'out/preload/**', 'out/backend/**', 'out/renderer/**', '!**/*.map']));
    for (const f of files.filter((f) => !f.startsWith('!'))) expect(f, f).toMatch(/^(package\.json|out\/|node_modules\/)/);
    expect(files.some((f) => /^(electron|db|tests|renderer|scripts)\//.test(f))).toBe(false);
  });

  it('keeps this platform’s SQLite binary only, unpacked from the archive with Argon2’s', () => {
    expect(config.files).toContain('!node_modules/better-sqlite3-multiple-ciphers/prebuilds/*');
    expect(config.files).toContain('node_modules/better-sqlite3-multiple-ciphers/prebuilds/${platform}-${arch}.node');
    expect(config.asarUnpack).toEqual([
      'node_modules/better-sqlite3-multiple-ciphers/prebuilds/*.node',
      'node_modules/@node-rs/argon2-*/*.node',
    ]);
    // The prebuild named by the macros exists for the platforms we ship.
    for (const target of ['linux-x64', 'win32-x64']) {
      expect(existsSync(join(ROOT, 'node_modules', 'better-sqlite3-multiple-ciphers', 'prebuilds', `${target}.node`)), target).toBe(true);
    }
  });

  it('ships fonts and reference data as resources, and never rebuilds native modules', () => {
    expect(config.extraResources).toEqual([
      { from: 'resources/fonts', to: 'resources/fonts', filter: ['*.ttf', 'README.md'] },
      { from: 'resources/reference', to: 'resources/reference', filter: ['*.json', 'SOURCES.md'] },
    ]);
    expect(config.npmRebuild).toBe(false);
    expect(config.nodeGypRebuild).toBe(false);
  });

  it('starts from the main bundle, with no renderer-only package among the runtime dependencies', () => {
    expect(pkg.main).toBe('out/main/index.cjs');
    const rendererOnly = /^(react|react-dom|react-i18next|react-router|@mui\/|@emotion\/|@tanstack\/|@fontsource\/)/;
    expect(Object.keys(pkg.dependencies).filter((d) => rendererOnly.test(d))).toEqual([]);
    expect(Object.keys(pkg.devDependencies)).toEqual(expect.arrayContaining(['electron', 'electron-builder']));
  });
});

describe('the native-module check before packing', () => {
  const hook = require(join(ROOT, 'scripts', 'check-native-deps.cjs')) as {
    missingNativeFiles(projectDir: string, platform: string, arch: string): string[];
    default(context: unknown): Promise<void>;
  };

  it('is the beforePack hook', () => {
    expect(config.beforePack).toBe('scripts/check-native-deps.cjs');
    expect(existsSync(join(ROOT, config.beforePack))).toBe(true);
  });

  it('passes when the target’s SQLite and Argon2 binaries are installed, and names what is missing otherwise', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'komak-native-'));
    try {
      mkdirSync(join(dir, 'node_modules', 'better-sqlite3-multiple-ciphers', 'prebuilds'), { recursive: true });
      writeFileSync(join(dir, 'node_modules', 'better-sqlite3-multiple-ciphers', 'prebuilds', 'win32-x64.node'), '');
      expect(hook.missingNativeFiles(dir, 'win32', 'x64')).toEqual([join(dir, 'node_modules', '@node-rs', 'argon2-win32-x64-msvc')]);
      mkdirSync(join(dir, 'node_modules', '@node-rs', 'argon2-win32-x64-msvc'), { recursive: true });
      writeFileSync(join(dir, 'node_modules', '@node-rs', 'argon2-win32-x64-msvc', 'argon2.win32-x64-msvc.node'), '');
      expect(hook.missingNativeFiles(dir, 'win32', 'x64')).toEqual([]);
      await expect(hook.default({ arch: 1, electronPlatformName: 'win32', packager: { projectDir: dir } })).resolves.toBeUndefined();
      await expect(hook.default({ arch: 3, electronPlatformName: 'win32', packager: { projectDir: dir } })).rejects.toThrow(
        /win32-arm64 are missing/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('finds this machine’s own binaries installed', () => {
    if (process.platform === 'linux' && process.arch === 'x64') expect(hook.missingNativeFiles(ROOT, 'linux', 'x64')).toEqual([]);
  });
});
