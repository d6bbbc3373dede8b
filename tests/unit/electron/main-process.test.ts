// Komak's real main-process bundle, run in plain Node against a recording stand-in for `electron`
// (tests/fixtures/fake-electron.ts). Its utilityProcess is the real backend host, forked.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFakeElectron, fakeEvent, type FakeWebContents } from '../../fixtures/fake-electron';
import { DAY_CARE, PASSWORD } from '../../fixtures/backend';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const OUT_MAIN = join(ROOT, 'out', 'main');

let dir: string;
let fake: ReturnType<typeof createFakeElectron>;
let contents: FakeWebContents;

async function runMainBundle() {
  const out = await build({
    entryPoints: [join(ROOT, 'electron', 'main', 'index.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    packages: 'external',
    external: ['electron'],
    define: { 'import.meta.dirname': '__dirname' },
    write: false,
    logLevel: 'silent',
  });
  const realRequire = createRequire(join(ROOT, 'package.json'));
  const require = (id: string) => (id === 'electron' ? fake.electron : realRequire(id));
  const module = { exports: {} };
  new Function('require', 'module', 'exports', '__dirname', '__filename', out.outputFiles[0]!.text)(
    require,
    module,
    module.exports,
    OUT_MAIN,
    join(OUT_MAIN, 'index.cjs'),
  );
}

function invoke(
  from: { sender: { id: number }; senderFrame: { url: string; parent: unknown } | null },
  method: unknown,
  input: unknown,
  options?: unknown,
) {
  const handler = fake.ipcHandlers.get('komak:call')!;
  return handler(from, method, input, options) as Promise<{ ok: boolean; data?: unknown; error?: { code: string } }>;
}
const fromWindow = (url = 'komak://app/', parent: unknown = null) => ({ sender: contents, senderFrame: { url, parent } });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'komak-main-'));
  const renderer = join(dir, 'renderer');
  mkdirSync(renderer);
  writeFileSync(join(renderer, 'index.html'), '<meta name="csp-nonce" content="__CSP_NONCE__">');
  delete process.env.KOMAK_DB;
  process.env.KOMAK_RENDERER = renderer;
  fake = createFakeElectron({ userData: join(dir, 'userData') });
  await runMainBundle();
  fake.becomeReady();
  await new Promise((r) => setTimeout(r, 20));
  contents = fake.windows[0]!.webContents;
});
afterAll(() => {
  for (const f of fake.forks) f.child.kill();
  rmSync(dir, { recursive: true, force: true });
});

describe('main process start-up', () => {
  it('takes the single-instance lock, sandboxes every page and registers komak:// before ready', () => {
    expect(fake.calls.slice(0, 3)).toEqual(['requestSingleInstanceLock', 'enableSandbox', 'setAppUserModelId:uz.komak.app']);
    expect(fake.schemes).toEqual([
      {
        registeredBeforeReady: true,
        list: [{ scheme: 'komak', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }],
      },
    ]);
  });

  it('opens one hardened window on komak://app/ with the bundled preload', () => {
    expect(fake.windows).toHaveLength(1);
    const prefs = fake.windows[0]!.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
      devTools: true,
    });
    expect(prefs.preload).toBe(join(ROOT, 'out', 'preload', 'index.cjs'));
    expect(fake.windows[0]!.loaded).toEqual(['komak://app/']);
  });

  it('refuses window.open, foreign navigation, redirects and webviews', () => {
    expect(contents.windowOpenHandler!({ url: 'https://example.org' })).toEqual({ action: 'deny' });
    for (const [event, url, prevented] of [
      ['will-navigate', 'https://example.org/', true],
      ['will-navigate', 'file:///etc/passwd', true],
      ['will-navigate', 'komak://app/clients', false],
      ['will-redirect', 'http://127.0.0.1:1/', true],
    ] as const) {
      const e = fakeEvent();
      contents.emit(event, e, url);
      expect(e.prevented, `${event} ${url}`).toBe(prevented);
    }
    for (const [url, isMainFrame, prevented] of [
      ['https://example.org/', false, true],
      ['blob:komak://app/6f1c', false, false],
      ['blob:komak://app/6f1c', true, true],
      ['komak://app/plans', true, false],
    ] as const) {
      const e = fakeEvent({ url, isMainFrame });
      contents.emit('will-frame-navigate', e);
      expect(e.prevented, `frame ${url} main=${isMainFrame}`).toBe(prevented);
    }
    const webview = fakeEvent();
    contents.emit('will-attach-webview', webview, {}, {});
    expect(webview.prevented).toBe(true);
  });

  it('refuses every permission and every request off the app', () => {
    let granted: unknown = 'unset';
    fake.session.permissionRequest!(contents, 'media', (ok: unknown) => (granted = ok));
    expect(granted).toBe(false);
    expect(fake.session.permissionCheck!(contents, 'clipboard-read', 'komak://app')).toBe(false);
    expect(fake.session.devicePermission!({})).toBe(false);
    const decide = (url: string) => {
      let answer: unknown;
      fake.session.beforeRequest!({ url }, (r: unknown) => (answer = r));
      return answer;
    };
    expect(decide('https://example.org/x.js')).toEqual({ cancel: true });
    expect(decide('komak://app/assets/index.js')).toEqual({ cancel: false });
    expect(fake.calls).toContain('spellchecker:false');
  });

  it('serves the renderer with a fresh nonce in the CSP header and the page', async () => {
    const handler = fake.protocolHandlers.get('komak')!;
    const res = await handler(new Request('komak://app/clients/12'));
    const nonce = /'nonce-([^']+)'/.exec(res.headers.get('content-security-policy') ?? '')?.[1];
    expect(nonce).toBeTruthy();
    expect(await res.text()).toBe(`<meta name="csp-nonce" content="${nonce}">`);
  });

  it('sets the menu in Uzbek first', () => {
    expect((fake.menus.at(-1) as { label: string }[]).map((m) => m.label)).toEqual(['Fayl', 'Tahrirlash', 'Koʻrinish', 'Yordam']);
  });
});

describe('the IPC channel', () => {
  it('is the only one', () => {
    expect(fake.ipcRegistrations).toEqual(['handle:komak:call']);
  });

  it('refuses calls from another page, a subframe, or a page not on komak://app', async () => {
    const other = { id: 9999 };
    expect(await invoke({ sender: other, senderFrame: { url: 'komak://app/', parent: null } }, 'setup.status', {})).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await invoke(fromWindow('komak://app/', { url: 'komak://app/' }), 'setup.status', {})).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await invoke(fromWindow('file:///tmp/evil.html'), 'setup.status', {})).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await invoke({ sender: contents, senderFrame: null }, 'setup.status', {})).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    // Nothing reached the backend process.
    expect(fake.forks).toHaveLength(0);
  });

  it('relays our window’s calls to the backend process, whose database is in userData', async () => {
    expect(await invoke(fromWindow(), 'setup.status', {})).toMatchObject({ ok: true, data: { initialized: false } });
    expect(fake.forks).toHaveLength(1);
    expect(fake.forks[0]!.path).toBe(join(ROOT, 'out', 'backend', 'host.cjs'));
    expect(fake.forks[0]!.args).toEqual([`--db=${join(dir, 'userData', 'facility.komak')}`]);
    expect(await invoke(fromWindow(), 'no.such', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });

  it('keeps the session token in main, and the menu follows the user’s language', async () => {
    const init = await invoke(fromWindow(), 'setup.init', {
      facility: DAY_CARE,
      admin: { username: 'manager', fullName: 'Dilnoza Karimova', password: PASSWORD, lang: 'ru' },
    });
    expect(init.ok).toBe(true);
    const signIn = await invoke(fromWindow(), 'auth.signIn', { username: 'manager', password: PASSWORD }, { lang: 'uz' });
    expect(signIn).toMatchObject({ ok: true, data: { user: { username: 'manager' } } });
    expect(JSON.stringify(signIn)).not.toMatch(/token/i);
    expect(await invoke(fromWindow(), 'auth.me', {})).toMatchObject({ ok: true, data: { username: 'manager' } });
    expect((fake.menus.at(-1) as { label: string }[])[0]!.label).toBe('Файл');
  });
});

describe('events and lifecycle', () => {
  it('tells the page when the computer locks', () => {
    fake.powerMonitor.emit('lock-screen');
    expect(contents.sent.at(-1)).toEqual(['komak:event', 'system.locked', null]);
  });

  it('focuses the running window on a second start', () => {
    fake.electron.app.emit('second-instance');
    expect(fake.windows[0]!.focused).toBe(1);
  });

  it('signs the window out when it closes, and closes the database before quitting', async () => {
    fake.windows[0]!.destroyed = true;
    fake.windows[0]!.emit('closed');
    // (Answers to the backend's key-store requests may be posted too: the last call is what counts.)
    const calls = fake.forks[0]!.posted.filter((m) => !(m && typeof m === 'object' && 'deviceReply' in m));
    expect(calls.at(-1)).toMatchObject({ method: 'auth.signOut', token: expect.any(String) });

    const exited = new Promise<number | null>((r) => fake.forks[0]!.child.onExit(r));
    const quit = fakeEvent();
    fake.electron.app.emit('will-quit', quit);
    expect(quit.prevented).toBe(true);
    expect(await exited).toBe(0);
    await new Promise((r) => setTimeout(r, 20));
    expect(fake.calls.at(-1)).toBe('quit');
  });
});
