// Electron hardening, checked without the Electron binary: the window options, the CSP, the guards
// in main's source, and the preload's surface (bundled and run against a stand-in `electron`).
import { build } from 'esbuild';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../electron/csp';
import { mainWindowOptions, webPreferences } from '../../../electron/main/window-options';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const MAIN_DIR = join(ROOT, 'electron', 'main');

/**
 * Main's sources without comments (a guard only mentioned in a comment does not count), with white
 * space collapsed and none just inside brackets, so Prettier's line breaks do not matter.
 */
function mainSource(file?: string): string {
  const files = file ? [file] : readdirSync(MAIN_DIR).filter((f) => f.endsWith('.ts'));
  return files
    .map((f) => readFileSync(join(MAIN_DIR, f), 'utf8'))
    .join('\n')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1')
    .replace(/\s+/g, ' ')
    .replace(/([([{]) /g, '$1')
    .replace(/,? ([)\]}])/g, '$1');
}

describe('the window options', () => {
  const prefs = webPreferences({ preload: '/app/out/preload/index.cjs', devTools: false });

  it('isolate and sandbox the page, with no Node and web security on', () => {
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
    });
    expect(prefs.preload).toBe('/app/out/preload/index.cjs');
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('additionalArguments');
  });

  it('are what the main window is built from, and only there', () => {
    expect(mainWindowOptions({ preload: '/p.cjs', devTools: false }).webPreferences).toEqual(
      webPreferences({ preload: '/p.cjs', devTools: false }),
    );
    const src = mainSource();
    expect(src).toMatch(/new BrowserWindow\(mainWindowOptions\(/);
    expect(src.match(/new BrowserWindow\(/g)).toHaveLength(1);
    // No other file of main sets web preferences that could undo these.
    const others = readdirSync(MAIN_DIR).filter((f) => f.endsWith('.ts') && f !== 'window-options.ts');
    for (const f of others) expect(mainSource(f), f).not.toMatch(/webPreferences|nodeIntegration|contextIsolation|sandbox:\s*false/);
  });

  it('import only types from electron, so tests load them without the binary', () => {
    const src = readFileSync(join(MAIN_DIR, 'window-options.ts'), 'utf8');
    expect(src).not.toMatch(/^import (?!type )[^;]*from 'electron'/m);
  });
});

describe('the Content Security Policy', () => {
  const csp = contentSecurityPolicy('TESTNONCE');
  const directives = Object.fromEntries(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([k, ...v]) => [k, v]),
  );

  it('allows no inline script, no eval, and styles only with the page nonce', () => {
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|wasm-unsafe-eval|\*/);
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['style-src']).toEqual(["'self'", "'nonce-TESTNONCE'"]);
    expect(directives['connect-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['base-uri']).toEqual(["'none'"]);
    expect(directives['form-action']).toEqual(["'none'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
  });

  it('is sent by the komak:// protocol, which has no CSP bypass', () => {
    const protocol = mainSource('protocol.ts');
    expect(protocol).toMatch(/registerSchemesAsPrivileged/);
    expect(protocol).not.toMatch(/bypassCSP/);
    expect(mainSource('renderer-files.ts')).toMatch(/'Content-Security-Policy': contentSecurityPolicy\(n\)/);
  });
});

describe('the guards in main', () => {
  const src = mainSource();

  it('deny window.open, navigation away from the app, redirects and webviews', () => {
    expect(src).toMatch(/setWindowOpenHandler\(\(\) => \(\{action: 'deny'\}\)\)/);
    expect(src).toMatch(/'will-navigate', \(event, url\) => \{if \(!navigationAllowed\(url\)\) event\.preventDefault\(\);/);
    expect(src).toMatch(/'will-redirect', \(event, url\) => \{if \(!navigationAllowed\(url\)\) event\.preventDefault\(\);/);
    expect(src).toMatch(/'will-attach-webview', \(event\) => event\.preventDefault\(\)/);
    expect(src).toMatch(/app\.on\('web-contents-created', \(_event, contents\) => guardContents\(contents\)\)/);
    expect(mainSource('index.ts')).toMatch(/installGuards\(\);/);
  });

  it('refuse every permission request and check', () => {
    expect(src).toMatch(/setPermissionRequestHandler\(\(_contents, _permission, callback\) => callback\(false\)\)/);
    expect(src).toMatch(/setPermissionCheckHandler\(\(\) => false\)/);
    expect(src).toMatch(/setDevicePermissionHandler\(\(\) => false\)/);
  });

  it('load the app from komak://app, never from a file', () => {
    expect(src).toMatch(/loadURL\(APP_URL\)/);
    expect(src).not.toMatch(/loadFile\(|file:\/\//);
    expect(src).not.toMatch(/shell\.openExternal/);
  });

  it('have one IPC channel, with the sender checked before anything is relayed', () => {
    expect(src.match(/ipcMain\.\w+\(/g)).toEqual(['ipcMain.handle(']);
    const ipc = mainSource('ipc.ts');
    expect(ipc).toMatch(/ipcMain\.handle\(CALL_CHANNEL,/);
    expect(ipc.indexOf('isTrustedSender(')).toBeGreaterThan(-1);
    expect(ipc.indexOf('isTrustedSender(')).toBeLessThan(ipc.indexOf('relay.call('));
    expect(ipc).toMatch(/if \(!trusted\) \{[^}]*return \{ok: false, error: \{code: 'forbidden'/);
  });

  it('start one instance, in a sandbox', () => {
    const index = mainSource('index.ts');
    expect(index).toMatch(/if \(!app\.requestSingleInstanceLock\(\)\) \{app\.quit\(\);/);
    expect(index).toMatch(/app\.enableSandbox\(\)/);
    expect(index).toMatch(/app\.on\('second-instance'/);
  });
});

/** Bundles the preload as the build does and runs it with a stand-in `electron` that records use. */
async function loadPreload() {
  const out = await build({
    entryPoints: [join(ROOT, 'electron', 'preload', 'index.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['electron'],
    write: false,
    logLevel: 'silent',
  });
  const exposed: Record<string, unknown> = {};
  const invoked: unknown[][] = [];
  const listeners: Array<[string, (...a: unknown[]) => void]> = [];
  const required: string[] = [];
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => void (exposed[key] = api) },
    ipcRenderer: {
      invoke: (...args: unknown[]) => (invoked.push(args), Promise.resolve({ ok: true, data: null })),
      on: (channel: string, fn: (...a: unknown[]) => void) => void listeners.push([channel, fn]),
      removeListener: (channel: string, fn: unknown) => {
        const i = listeners.findIndex(([c, f]) => c === channel && f === fn);
        if (i >= 0) listeners.splice(i, 1);
      },
    },
  };
  const module = { exports: {} };
  runInNewContext(out.outputFiles[0]!.text, {
    module,
    exports: module.exports,
    require: (id: string) => {
      required.push(id);
      if (id === 'electron') return electron;
      throw new Error(`the preload required ${id}`);
    },
  });
  const emit = (...args: unknown[]) => listeners.forEach(([, fn]) => fn({ sender: 'IPC-EVENT' }, ...args));
  return { exposed, invoked, listeners, required, emit };
}

describe('the preload', () => {
  it('exposes window.komak with call and on, and nothing else', async () => {
    const { exposed, required } = await loadPreload();
    expect(Object.keys(exposed)).toEqual(['komak']);
    const komak = exposed.komak as Record<string, unknown>;
    expect(Object.keys(komak).sort()).toEqual(['call', 'on']);
    expect(typeof komak.call).toBe('function');
    expect(typeof komak.on).toBe('function');
    expect(required).toEqual(['electron']);
  });

  it('sends calls over the one channel', async () => {
    const { exposed, invoked } = await loadPreload();
    const komak = exposed.komak as { call: (...a: unknown[]) => Promise<unknown> };
    await komak.call('auth.me', { a: 1 }, { lang: 'ru', extra: 'dropped' });
    await komak.call('setup.status');
    expect(invoked).toEqual([
      ['komak:call', 'auth.me', { a: 1 }, { lang: 'ru' }],
      ['komak:call', 'setup.status', {}, undefined],
    ]);
  });

  it('lets the page listen to allow-listed events only, without the IPC event object', async () => {
    const { exposed, listeners, emit } = await loadPreload();
    const komak = exposed.komak as { on: (e: string, l: (...a: unknown[]) => void) => () => void };
    expect(() => komak.on('komak:call', () => {})).toThrow(/Unknown Komak event/);
    expect(() => komak.on('__proto__', () => {})).toThrow(/Unknown Komak event/);
    const got: unknown[][] = [];
    const off = komak.on('system.locked', (...args) => got.push(args));
    expect(listeners.map(([c]) => c)).toEqual(['komak:event']);
    emit('system.locked', { at: 1 });
    emit('backend.restarted', null);
    expect(got).toEqual([[{ at: 1 }]]);
    off();
    expect(listeners).toHaveLength(0);
  });
});
