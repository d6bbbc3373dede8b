import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from '../../electron/serve';
import { DAY_CARE, PASSWORD } from '../fixtures/backend';

let dir: string;
let server: RunningServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'komak-http-'));
  const renderer = join(dir, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<html><head><meta name="csp-nonce" content="__CSP_NONCE__"></head><body></body></html>');
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)');
  process.env.KOMAK_RENDERER = renderer;
  server = await startServer({ dbFile: join(dir, 'facility.komak'), port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await server.close();
  delete process.env.KOMAK_RENDERER;
  rmSync(dir, { recursive: true, force: true });
});

const post = (method: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe('HTTP front', () => {
  it('serves the app page with a fresh CSP nonce and no inline script allowance', async () => {
    const a = await fetch(`${server.url}/clients/12`);
    const b = await fetch(`${server.url}/`);
    const csp = a.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    const nonceA = /nonce-([^']+)/.exec(csp)?.[1];
    expect(await a.text()).toContain(`content="${nonceA}"`);
    expect(b.headers.get('content-security-policy')).not.toBe(csp);
    expect((await fetch(`${server.url}/assets/app.js`)).headers.get('content-type')).toContain('javascript');
    // A path that climbs out of the app folder gets the app page, never the file.
    const escape = await fetch(`${server.url}/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd`);
    expect(await escape.text()).not.toContain('root:');
  });

  it('signs in with an HttpOnly SameSite=Strict cookie and never returns the token', async () => {
    expect(
      (await post('setup.init', { facility: DAY_CARE, admin: { username: 'manager', fullName: 'M', password: PASSWORD } })).status,
    ).toBe(200);
    const res = await post('auth.signIn', { username: 'manager', password: PASSWORD });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^komak_session=[\w-]+; HttpOnly; SameSite=Strict; Path=\//);
    const body = (await res.json()) as { ok: boolean; data: Record<string, unknown> };
    expect(body.ok).toBe(true);
    expect(body.data).not.toHaveProperty('token');
    const session = cookie.split(';')[0]!;
    const me = await post('auth.me', {}, { cookie: session });
    expect(((await me.json()) as { data: { username: string } }).data.username).toBe('manager');
    const out = await post('auth.signOut', {}, { cookie: session });
    expect(out.headers.get('set-cookie')).toContain('Max-Age=0');
    expect((await post('auth.me', {}, { cookie: session })).status).toBe(401);
  });

  it('refuses cross-origin posts, non-JSON bodies and GET on the API', async () => {
    expect((await post('setup.status', {}, { origin: 'http://evil.example' })).status).toBe(403);
    const form = await fetch(`${server.url}/api/setup.status`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' });
    expect(form.status).toBe(415);
    expect((await fetch(`${server.url}/api/setup.status`)).status).toBe(405);
  });

  it('answers errors in the language the page asks for, with the one error shape', async () => {
    const res = await post('auth.signIn', { username: 'manager', password: 'wrong' }, { 'x-komak-lang': 'ru' });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ ok: false, error: { code: 'bad_credentials', message: 'Неверное имя пользователя или пароль.' } });
    const bad = await fetch(`${server.url}/api/auth.signIn`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{oops',
    });
    expect(bad.status).toBe(400);
  });
});
