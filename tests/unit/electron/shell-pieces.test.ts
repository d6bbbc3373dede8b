// The pure parts of the desktop shell: URL checks, the komak:// file handler, the session relay's
// edge cases, the data location and the menu catalogue.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../../electron/contract/index';
import { isAppUrl, isTrustedSender, navigationAllowed, requestAllowed } from '../../../electron/main/app-url';
import type { BackendCall } from '../../../electron/main/backend-client';
import { facilityDbFile } from '../../../electron/main/data-location';
import { menuTemplate } from '../../../electron/main/menu-template';
import { createRendererHandler } from '../../../electron/main/renderer-files';
import { createSessionRelay } from '../../../electron/main/session-relay';
import { shellMessages } from '../../../electron/main/shell-messages';

describe('app URLs', () => {
  it('accept komak://app only', () => {
    expect(isAppUrl('komak://app/')).toBe(true);
    expect(isAppUrl('komak://app/clients/3?tab=plan#x')).toBe(true);
    for (const url of [
      'komak://evil/',
      'komak://user:pw@app/',
      'file:///app/',
      'https://app/',
      'http://127.0.0.1/',
      'about:blank',
      'javascript:alert(1)',
      'not a url',
      '',
    ]) {
      expect(isAppUrl(url), url).toBe(false);
    }
    expect(navigationAllowed('https://lex.uz/')).toBe(false);
    expect(requestAllowed('data:image/png;base64,AA==')).toBe(true);
    expect(requestAllowed('blob:komak://app/1234')).toBe(true);
    expect(requestAllowed('https://fonts.googleapis.com/css')).toBe(false);
    expect(requestAllowed('ws://localhost:1')).toBe(false);
  });

  it('trust only our window’s top frame on the app', () => {
    const top = { url: 'komak://app/', isMainFrame: true };
    expect(isTrustedSender(3, 3, top)).toBe(true);
    expect(isTrustedSender(4, 3, top)).toBe(false);
    expect(isTrustedSender(3, null, top)).toBe(false);
    expect(isTrustedSender(3, 3, null)).toBe(false);
    expect(isTrustedSender(3, 3, { ...top, isMainFrame: false })).toBe(false);
    expect(isTrustedSender(3, 3, { url: 'https://example.org/', isMainFrame: true })).toBe(false);
  });
});

describe('the komak:// file handler', () => {
  let root: string;
  let outside: string;
  beforeAll(() => {
    const base = mkdtempSync(join(tmpdir(), 'komak-renderer-'));
    root = join(base, 'renderer');
    mkdirSync(join(root, 'assets'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<meta name="csp-nonce" content="__CSP_NONCE__"><style nonce="__CSP_NONCE__"></style>');
    writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
    writeFileSync(join(root, 'favicon.svg'), '<svg/>');
    outside = join(base, 'secret.txt');
    writeFileSync(outside, 'secret');
  });
  afterAll(() => rmSync(resolve(root, '..'), { recursive: true, force: true }));

  const handler = () => createRendererHandler({ root, nonce: () => 'N0NCE' });
  const get = (url: string, method = 'GET') => handler()(new Request(url, { method }));

  it('gives index.html for the root and for client-side routes, nonce in header and page', async () => {
    for (const url of ['komak://app/', 'komak://app/clients/12', 'komak://app/index.html']) {
      const res = await get(url);
      expect(res.status, url).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('content-security-policy')).toContain("style-src 'self' 'nonce-N0NCE'");
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(await res.text()).toBe('<meta name="csp-nonce" content="N0NCE"><style nonce="N0NCE"></style>');
    }
  });

  it('uses a fresh nonce for every page', async () => {
    const real = createRendererHandler({ root });
    const a = (await real(new Request('komak://app/'))).headers.get('content-security-policy');
    const b = (await real(new Request('komak://app/'))).headers.get('content-security-policy');
    expect(a).not.toBe(b);
  });

  it('gives assets with their type, long-cached and not sniffed', async () => {
    const js = await get('komak://app/assets/index-abc.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toContain('immutable');
    expect(js.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await js.text()).toBe('console.log(1)');
    expect((await get('komak://app/favicon.svg')).headers.get('content-type')).toBe('image/svg+xml');
    expect((await get('komak://app/assets/missing.js')).status).toBe(404);
  });

  it('never serves a file outside the renderer folder, another host, or a write', async () => {
    for (const url of [
      'komak://app/../secret.txt',
      'komak://app/%2e%2e/secret.txt',
      'komak://app/assets/..%2f..%2fsecret.txt',
      'komak://app/%2e%2e%5csecret.txt',
    ]) {
      const res = await get(url);
      expect(await res.text(), url).not.toBe('secret');
    }
    expect((await get('komak://other/')).status).toBe(404);
    expect((await get('komak://app/', 'POST')).status).toBe(405);
  });
});

describe('the session relay', () => {
  function fakeBackend() {
    const seen: BackendCall[] = [];
    let n = 0;
    const backend = {
      seen,
      async call(c: BackendCall): Promise<ApiResult<unknown>> {
        seen.push(c);
        if (c.method === 'auth.signIn') {
          const u = (c.input as { username: string }).username;
          if (u === 'bad') return { ok: false, error: { code: 'bad_credentials', message: 'x' } };
          return { ok: true, data: { user: { username: u, lang: u === 'olga' ? 'ru' : 'uz' }, token: `t${++n}` } };
        }
        if (c.method === 'auth.me' && c.token === 'expired') return { ok: false, error: { code: 'unauthenticated', message: 'x' } };
        return { ok: true, data: { lang: (c.input as { lang?: string }).lang } };
      },
    };
    return backend;
  }

  it('ends the previous user’s session when another signs in on the same window', async () => {
    const backend = fakeBackend();
    const langs: string[] = [];
    const relay = createSessionRelay({ backend, onLang: (_id, l) => langs.push(l) });
    await relay.call(1, 'auth.signIn', { username: 'aziz' });
    await relay.call(1, 'auth.signIn', { username: 'olga' });
    await new Promise((r) => setTimeout(r, 0));
    expect(backend.seen.filter((c) => c.method === 'auth.signOut')).toEqual([
      { token: 't1', lang: 'uz', method: 'auth.signOut', input: {} },
    ]);
    await relay.call(1, 'users.list', {});
    expect(backend.seen.at(-1)).toMatchObject({ method: 'users.list', token: 't2', lang: 'ru' });
    expect(langs).toEqual(['ru']);
  });

  it('keeps the session after a failed sign-in attempt, and follows the chosen language', async () => {
    const backend = fakeBackend();
    const relay = createSessionRelay({ backend });
    await relay.call(1, 'auth.signIn', { username: 'aziz' });
    expect((await relay.call(1, 'auth.signIn', { username: 'bad' })).ok).toBe(false);
    expect(relay.hasSession(1)).toBe(true);
    await relay.call(1, 'auth.setLanguage', { lang: 'en' });
    expect(relay.langOf(1)).toBe('en');
    await relay.call(1, 'setup.status', {}, 'xx');
    expect(relay.langOf(1)).toBe('en');
    await relay.call(1, 'setup.status', {}, 'ru');
    expect(relay.langOf(1)).toBe('ru');
  });

  it('forgets a token the backend no longer knows, and signs out windows that close', async () => {
    const backend = fakeBackend();
    const relay = createSessionRelay({ backend });
    await relay.call(1, 'auth.signIn', { username: 'aziz' });
    await relay.forget(1);
    expect(backend.seen.at(-1)).toMatchObject({ method: 'auth.signOut', token: 't1' });
    expect(relay.hasSession(1)).toBe(false);

    const expired = createSessionRelay({
      backend: {
        call: (c) =>
          c.method === 'auth.signIn'
            ? backend.call(c).then((r) => (r.ok ? { ok: true as const, data: { ...(r.data as object), token: 'expired' } } : r))
            : backend.call(c),
      },
    });
    await expired.call(2, 'auth.signIn', { username: 'aziz' });
    expect(expired.hasSession(2)).toBe(true);
    await expired.call(2, 'auth.me', {});
    expect(expired.hasSession(2)).toBe(false);
  });
});

describe('data location', () => {
  it('is userData/facility.komak unless KOMAK_DB says otherwise', () => {
    expect(facilityDbFile({}, '/home/u/.config/Komak')).toBe(join('/home/u/.config/Komak', 'facility.komak'));
    expect(facilityDbFile({ KOMAK_DB: '  ' }, '/d')).toBe(join('/d', 'facility.komak'));
    expect(facilityDbFile({ KOMAK_DB: 'rel/f.komak' }, '/d')).toBe(resolve('rel/f.komak'));
  });
});

describe('the menu', () => {
  const actions = { onAbout: () => {}, devTools: false, platform: 'win32' as const };

  it('has File, Edit, View and Help in each language, with Quit, reload/zoom and About', () => {
    const tops = {
      uz: ['Fayl', 'Tahrirlash', 'Koʻrinish', 'Yordam'],
      ru: ['Файл', 'Правка', 'Вид', 'Справка'],
      en: ['File', 'Edit', 'View', 'Help'],
    };
    for (const lang of ['uz', 'ru', 'en'] as const) {
      const t = menuTemplate(lang, actions);
      expect(t.map((m) => m.label)).toEqual(tops[lang]);
      const roles = t.flatMap((m) => (m.submenu as { role?: string }[]).map((i) => i.role).filter(Boolean));
      expect(roles).toEqual([
        'quit',
        'undo',
        'redo',
        'cut',
        'copy',
        'paste',
        'selectAll',
        'reload',
        'resetZoom',
        'zoomIn',
        'zoomOut',
        'togglefullscreen',
      ]);
      expect((t[3]!.submenu as { label: string }[])[0]!.label).toBe(shellMessages[lang].about);
    }
    expect(JSON.stringify(menuTemplate('en', { ...actions, devTools: true }))).toContain('toggleDevTools');
    expect(JSON.stringify(menuTemplate('en', actions))).not.toContain('toggleDevTools');
  });

  it('has every message in every language, Uzbek with ʻ (U+02BB) and never a plain apostrophe', () => {
    const keys = Object.keys(shellMessages.en).sort();
    for (const lang of ['uz', 'ru'] as const) expect(Object.keys(shellMessages[lang]).sort()).toEqual(keys);
    for (const [key, text] of Object.entries(shellMessages.uz)) {
      expect(text, key).not.toMatch(/['‘’`]/);
      expect(text.trim(), key).not.toBe('');
    }
    expect(shellMessages.uz.view).toBe('Ko\u02BBrinish');
  });
});
