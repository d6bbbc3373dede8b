import { afterEach, beforeAll, afterAll, describe, expect, it } from 'vitest';
import { request } from 'node:https';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { X509Certificate, createPrivateKey } from 'node:crypto';
import type { TLSSocket } from 'node:tls';
import { TestFacility, PASSWORD } from '../../fixtures/backend';
import { findWords } from '../../fixtures/files';
import { startServer, type RunningServer } from '../../../electron/serve';

let f: TestFacility;
let server: RunningServer | null = null;
let renderer: string;
beforeAll(() => {
  renderer = mkdtempSync(join(tmpdir(), 'komak-lan-r-'));
  writeFileSync(join(renderer, 'index.html'), '<html><head><meta name="csp-nonce" content="__CSP_NONCE__"></head></html>');
  process.env.KOMAK_RENDERER = renderer;
});
afterAll(() => {
  delete process.env.KOMAK_RENDERER;
  rmSync(renderer, { recursive: true, force: true });
});
afterEach(async () => {
  if (server) {
    await server.close();
    server = null;
    f.backend = await f.open();
  }
  await f?.close();
});

interface Reply {
  status: number;
  body: { ok: boolean; error?: { code: string }; data?: unknown };
  headers: Record<string, string | string[] | undefined>;
  peerFingerprint: string;
}

/** POSTs over HTTPS trusting only the facility's certificate (as a tablet does after the check). */
function post(url: string, ca: string, method: string, body: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${url}/api/${method}`,
      { method: 'POST', ca, headers: { 'content-type': 'application/json', ...headers } },
      (res) => {
        const peerFingerprint = (res.socket as TLSSocket).getPeerCertificate().fingerprint256;
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text), headers: res.headers, peerFingerprint }));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

describe('LAN mode', () => {
  it('makes one certificate for the facility, keeps its private key inside the encrypted database, and audits it', async () => {
    f = await TestFacility.create();
    const m = await f.signIn();
    const first = await f.ok(m, 'lan.enable', {});
    expect(first.fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect((await f.ok(m, 'lan.enable', {})).fingerprint).toBe(first.fingerprint);
    const tls = (await f.backend.tlsCertificate())!;
    const x509 = new X509Certificate(tls.certPem);
    expect(x509.fingerprint256).toBe(first.fingerprint);
    expect(x509.subjectAltName).toContain('IP Address:127.0.0.1');
    expect(x509.checkPrivateKey(createPrivateKey(tls.keyPem))).toBe(true);
    for (const file of [f.dbFile, `${f.dbFile}-wal`].filter(existsSync)) {
      expect(findWords(readFileSync(file), ['PRIVATE KEY', 'BEGIN CERTIFICATE'])).toEqual([]);
    }
    const audit = await f.ok(m, 'audit.list', { action: 'lan.enable' });
    expect(audit.entries).toHaveLength(2);
  });

  it('serves HTTPS with that certificate, a Secure cookie, and limits sign-in attempts per device', async () => {
    f = await TestFacility.create();
    await f.ok(await f.signIn(), 'lan.enable', {});
    const tls = (await f.backend.tlsCertificate())!;
    server = await startServer({
      dbFile: f.dbFile,
      host: '127.0.0.1',
      port: 0,
      backend: f.backend,
      tls: { cert: tls.certPem, key: tls.keyPem },
      lan: true,
    });
    expect(server.url).toMatch(/^https:/);
    const ok = await post(server.url, tls.certPem, 'auth.signIn', { username: 'manager', password: PASSWORD });
    expect(ok.status).toBe(200);
    expect(ok.peerFingerprint).toBe(tls.fingerprint);
    expect(String(ok.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict; Path=\/; Secure/);
    // Ten wrong guesses at different accounts (none of them locks an account) …
    for (let i = 0; i < 10; i++) {
      const r = await post(server.url, tls.certPem, 'auth.signIn', { username: `guess${i}`, password: 'wrong-guess' });
      expect(r.body.error?.code).toBe('bad_credentials');
    }
    // … and this device must wait, even with the right password or a made-up forwarded address.
    const blocked = await post(
      server.url,
      tls.certPem,
      'auth.signIn',
      { username: 'manager', password: PASSWORD },
      { 'x-forwarded-for': '10.1.2.3' },
    );
    expect(blocked.status).toBe(429);
    expect(blocked.body.error?.code).toBe('too_many_requests');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(800);
    // Sessions, roles and the audit are the same backend's.
    const failed = await f.backend.db.selectFrom('audit_log').select('username').where('outcome', '=', 'failed').execute();
    expect(failed).toHaveLength(10);
  });
});

const root = join(import.meta.dirname, '..', '..', '..');
const built = existsSync(join(root, 'out', 'cli', 'komak.cjs'));

describe.skipIf(!built)('komak serve --lan (needs npm run build)', () => {
  it('needs a manager, refuses a network address without --lan, and prints the HTTPS address and fingerprint', async () => {
    f = await TestFacility.create();
    await f.as('caregiver', 'malika');
    await f.backend.close();
    const bin = join(root, 'bin', 'komak.cjs');
    const env = (user: string) => ({ ...process.env, KOMAK_USER: user, KOMAK_PASSWORD: PASSWORD, KOMAK_RECOVERY_KEY: '' });
    const asCaregiver = spawnSync(process.execPath, [bin, 'serve', '--db', f.dbFile, '--lan', '--port', '0'], {
      encoding: 'utf8',
      env: env('malika'),
    });
    expect(asCaregiver.status).toBe(2);
    expect(asCaregiver.stderr).toContain("manager's credentials");
    const open = spawnSync(process.execPath, [bin, 'serve', '--db', f.dbFile, '--host', '0.0.0.0', '--port', '0'], {
      encoding: 'utf8',
      env: env('manager'),
    });
    expect(open.status).toBe(2);
    expect(open.stderr).toContain('--lan');
    const p = spawn(process.execPath, [bin, 'serve', '--db', f.dbFile, '--lan', '--port', '0'], { env: env('manager') });
    const out = await new Promise<string>((resolve, reject) => {
      let text = '';
      p.stdout.on('data', (d: Buffer) => {
        text += d.toString();
        if (/([0-9A-F]{2}:){31}[0-9A-F]{2}/.test(text)) resolve(text);
      });
      p.on('exit', () => reject(new Error(`serve ended: ${text}`)));
    });
    p.kill('SIGTERM');
    await new Promise((r) => p.once('exit', r));
    expect(out).toMatch(/https:\/\/\S+:\d+/);
    f.backend = await f.open();
    const m = await f.signIn();
    expect(out).toContain((await f.ok(m, 'lan.enable', {})).fingerprint);
  });
});
