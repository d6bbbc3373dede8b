// The backend process and the main-process side that talks to it, run for real in plain Node: the
// host is forked with an IPC channel exactly where Electron would use a utilityProcess.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackendClient, type BackendClient, type ChildLike } from '../../../electron/main/backend-client';
import { createSessionRelay } from '../../../electron/main/session-relay';
import { dbFileFrom } from '../../../electron/backend-host-core';
import { DAY_CARE, PASSWORD } from '../../fixtures/backend';
import { forkBackendHost } from '../../fixtures/backend-host';
import { memoryKeyStore } from '../../../electron/features/keys/device-channel';

const STOPPED = { ok: false as const, error: { code: 'internal' as const, message: 'stopped' } };

describe('backend host over IPC', () => {
  let dir: string;
  let children: ChildLike[];
  let client: BackendClient;
  let restarts: number;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'komak-host-'));
    children = [];
    restarts = 0;
    client = createBackendClient({
      spawn: () => {
        const c = forkBackendHost(join(dir, 'facility.komak'));
        children.push(c);
        return c;
      },
      unavailable: () => STOPPED,
      onRestart: () => restarts++,
      // As main does with safeStorage: the restarted backend reopens the encrypted database by itself.
      keyStore: memoryKeyStore(),
    });
  });
  afterEach(async () => {
    await client.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers contract calls and keeps the session token in main, never in the page', async () => {
    const relay = createSessionRelay({ backend: client });
    const status = await relay.call(1, 'setup.status', {});
    expect(status).toMatchObject({ ok: true, data: { initialized: false } });

    const init = await relay.call(1, 'setup.init', {
      facility: DAY_CARE,
      admin: { username: 'manager', fullName: 'Dilnoza Karimova', password: PASSWORD, lang: 'ru' },
    });
    expect(init.ok).toBe(true);

    const signIn = await relay.call(1, 'auth.signIn', { username: 'manager', password: PASSWORD });
    expect(signIn).toMatchObject({ ok: true, data: { user: { username: 'manager', lang: 'ru' } } });
    expect(JSON.stringify(signIn)).not.toMatch(/token/i);
    expect(relay.hasSession(1)).toBe(true);
    expect(relay.langOf(1)).toBe('ru');

    // The window is signed in without ever having held the token; another window is not.
    expect(await relay.call(1, 'auth.me', {})).toMatchObject({ ok: true, data: { username: 'manager' } });
    expect(await relay.call(2, 'auth.me', {})).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });

    expect(await relay.call(1, 'auth.signOut', {})).toMatchObject({ ok: true });
    expect(relay.hasSession(1)).toBe(false);
    expect(await relay.call(1, 'auth.me', {})).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  });

  it('gives the backend’s own errors for unknown methods and bad input', async () => {
    expect(await client.call({ lang: 'en', method: 'nope.nothing', input: {} })).toMatchObject({
      ok: false,
      error: { code: 'unknown_method' },
    });
    const bad = await client.call({ lang: 'en', method: 'auth.signIn', input: { username: '', password: '' } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'validation', fields: { username: expect.any(String) } } });
  });

  it('answers calls in flight when the process dies, then starts a new one that keeps the sessions', async () => {
    const relay = createSessionRelay({ backend: client });
    await relay.call(1, 'setup.init', {
      facility: DAY_CARE,
      admin: { username: 'manager', fullName: 'D K', password: PASSWORD, lang: 'uz' },
    });
    await relay.call(1, 'auth.signIn', { username: 'manager', password: PASSWORD });

    // Calls sent just before the process dies: each gets an answer, never a hang — the service's own
    // answer if it got out first (a race with the kill), otherwise the "stopped" error.
    const inFlight = Array.from({ length: 20 }, () => client.call({ lang: 'uz', method: 'setup.status', input: {} }));
    children[0]!.kill();
    for (const answer of await Promise.all(inFlight)) {
      if (answer.ok) expect(answer).toMatchObject({ ok: true, data: { initialized: true } });
      else expect(answer).toEqual(STOPPED);
    }

    // Sessions live in the database and the device key reopens it, so the restarted service still knows the window's user.
    expect(await relay.call(1, 'auth.me', {})).toMatchObject({ ok: true, data: { username: 'manager' } });
    expect(children).toHaveLength(2);
    expect(restarts).toBe(1);
  }, 120_000);

  it('closes the database and exits when asked', async () => {
    await client.call({ lang: 'uz', method: 'setup.status', input: {} });
    const exited = new Promise<number | null>((r) => children[0]!.onExit(r));
    await client.close();
    expect(await exited).toBe(0);
    expect(await client.call({ lang: 'uz', method: 'setup.status', input: {} })).toEqual(STOPPED);
  });
});

describe('dbFileFrom', () => {
  it('takes --db= first, then KOMAK_DB, else nothing', () => {
    expect(dbFileFrom(['node', 'host', '--db=/a/b.komak'], { KOMAK_DB: '/c.komak' })).toBe('/a/b.komak');
    expect(dbFileFrom(['node', 'host'], { KOMAK_DB: '/c.komak' })).toBe('/c.komak');
    expect(dbFileFrom(['node', 'host', '--db='], {})).toBeNull();
  });
});
