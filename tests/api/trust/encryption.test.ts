import { afterEach, describe, expect, it, vi } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { TestFacility, PASSWORD, DAY_CARE } from '../../fixtures/backend';
import { filesUnder, findWords, sha256File } from '../../fixtures/files';
import { createBackend } from '../../../electron/backend';
import { openDatabase, DatabaseCorruptError } from '../../../db/open';
import { RecoveryKeyError } from '../../../electron/features/keys/vault';
import { readKeyring } from '../../../electron/features/keys/keyring';
import type { DeviceKeyProtector } from '../../../electron/features/keys/device';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

let f: TestFacility;
afterEach(async () => f?.close());

const emptyRing = JSON.stringify({ format: 'komak-keyring', version: 1, keyId: 'x', salt: 'AAAA', facility: null, updatedAt: 'x' });

// Names that must never appear in clear on disk.
const SECRETS = ['Zulfiya Rahimova', 'Gulnora Tursunova', 'Aviasozlar', 'zulfiya.r', '305123456'];

async function seed(f: TestFacility) {
  const m = await f.signIn();
  await f.ok(m, 'users.create', { username: 'zulfiya.r', fullName: 'Zulfiya Rahimova', role: 'caregiver', password: PASSWORD });
  await f.ok(m, 'users.create', { username: 'gulnora', fullName: 'Gulnora Tursunova', role: 'social_worker', password: PASSWORD });
  return m;
}

describe('the bundled SQLite', () => {
  it('has the WAL-reset fix (3.51.3 or later, or 3.50.7 / 3.44.6)', () => {
    const db = new BetterSqlite3(':memory:');
    const { v } = db.prepare('SELECT sqlite_version() AS v').get() as { v: string };
    db.close();
    const [a, b, c] = v.split('.').map(Number) as [number, number, number];
    const n = a * 1e6 + b * 1e3 + c;
    const fixed = n >= 3_051_003 || (b === 50 && c >= 7 && a === 3) || (b === 44 && c >= 6 && a === 3);
    expect(fixed, `SQLite ${v}`).toBe(true);
  });
});

describe('encryption at rest', () => {
  it('leaves no seeded name in the database, its WAL and SHM, the keyring, temp files or logs', async () => {
    const logged: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void logged.push(a.map(String).join(' ')));
    const warn = vi.spyOn(console, 'warn').mockImplementation((...a: unknown[]) => void logged.push(a.map(String).join(' ')));
    try {
      f = await TestFacility.create();
      const m = await seed(f);
      // A failing call too, so that the error path's log is searched as well.
      await f.call(m, 'users.create', { username: 'zulfiya.r', fullName: 'Zulfiya Rahimova', role: 'caregiver', password: PASSWORD });
      // Backups: the automatic folder and a chosen one, with their keyrings and manifests.
      await f.ok(m, 'backup.create', {});
      await f.ok(m, 'backup.create', { dir: `${f.dir}/usb` });
      // While open: the WAL holds the recent pages.
      expect(existsSync(`${f.dbFile}-wal`)).toBe(true);
      const whileOpen = filesUnder(f.dir);
      expect(whileOpen.filter((p) => p.includes('backups') || p.includes('usb')).length).toBe(6);
      for (const file of whileOpen) expect(findWords(readFileSync(file), SECRETS), file).toEqual([]);
      await f.restart();
      for (const file of filesUnder(f.dir)) expect(findWords(readFileSync(file), SECRETS), file).toEqual([]);
      expect(findWords(Buffer.from(logged.join('\n')), SECRETS)).toEqual([]);
    } finally {
      spy.mockRestore();
      warn.mockRestore();
    }
    expect(readFileSync(f.dbFile).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
  });

  it('the same check finds the names in an unencrypted database (the search can fail)', async () => {
    f = await TestFacility.create({ backend: { encrypt: false } });
    await seed(f);
    await f.restart();
    expect(readFileSync(f.dbFile).subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
    expect(findWords(readFileSync(f.dbFile), SECRETS)).toContain('Zulfiya Rahimova');
  });

  it('keeps only wrapped keys, user tags and the facility name and kind in the keyring', async () => {
    f = await TestFacility.create();
    await seed(f);
    const text = readFileSync(`${f.dbFile}.keyring`, 'utf8');
    const ring = readKeyring(`${f.dbFile}.keyring`)!;
    expect(ring.facility).toEqual({ name: 'Quyoshli bolalik kunduzgi parvarish markazi', kind: 'day_care' });
    expect(Object.keys(ring.users)).toHaveLength(3);
    expect(ring.recovery).not.toBeNull();
    expect(findWords(Buffer.from(text), [...SECRETS, 'manager', 'Dilnoza', f.recoveryKey!])).toEqual([]);
  });

  it('refuses a wrong key without changing a byte of the file', async () => {
    f = await TestFacility.create();
    await seed(f);
    await f.backend.close();
    const before = sha256File(f.dbFile);
    await expect(openDatabase(f.dbFile, { key: 'ab'.repeat(32) })).rejects.toBeInstanceOf(DatabaseCorruptError);
    await expect(openDatabase(f.dbFile)).rejects.toBeInstanceOf(DatabaseCorruptError);
    await expect(
      createBackend({ dbFile: f.dbFile, unlock: { recoveryKey: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH-JJJJ' } }),
    ).rejects.toBeInstanceOf(RecoveryKeyError);
    f.backend = await f.open();
    expect(await f.call({}, 'auth.signIn', { username: 'manager', password: 'Notogri-parol' })).toMatchObject({
      error: { code: 'bad_credentials' },
    });
    await f.backend.close();
    expect(sha256File(f.dbFile)).toBe(before);
    expect(existsSync(`${f.dbFile}-wal`)).toBe(false);
    f.backend = await f.open();
  });
});

describe('a locked database', () => {
  it('answers only status and sign-in until a sign-in opens it', async () => {
    f = await TestFacility.create();
    const m = await f.signIn();
    await f.restart();
    expect(f.backend.status()).toMatchObject({ state: 'locked', encrypted: true });
    expect(await f.ok({}, 'setup.status', {})).toEqual({
      initialized: true,
      locked: true,
      facility: { name: 'Quyoshli bolalik kunduzgi parvarish markazi', kind: 'day_care' },
    });
    // An old token means nothing while locked, and setup cannot be run again.
    expect(await f.call(m, 'facility.get', {})).toMatchObject({ error: { code: 'unauthenticated' } });
    expect(await f.call({}, 'setup.init', {})).toMatchObject({ error: { code: 'validation' } });
    expect((await f.call({}, 'reference.places', {})).ok).toBe(true);
    expect(() => f.backend.db).toThrow(/locked/);
    const ctx = await f.signIn();
    expect(f.backend.status().state).toBe('open');
    expect((await f.ok(ctx, 'facility.get', {})).capacity).toBe(9);
  });

  it('gives the same answer for an unknown user and a wrong password, and records both once open', async () => {
    f = await TestFacility.create();
    await f.restart();
    const wrong = await f.call({}, 'auth.signIn', { username: 'manager', password: 'wrong-password' });
    const unknown = await f.call({}, 'auth.signIn', { username: 'nobody', password: 'wrong-password' });
    expect(wrong).toEqual(unknown);
    expect(wrong).toMatchObject({ ok: false, error: { code: 'bad_credentials' } });
    expect(f.backend.status().state).toBe('locked');
    await f.signIn();
    const failed = await f.backend.db.selectFrom('audit_log').select(['username', 'changes']).where('outcome', '=', 'failed').execute();
    expect(failed).toEqual([
      { username: 'manager', changes: '{"whileLocked":true}' },
      { username: 'nobody', changes: '{"whileLocked":true}' },
    ]);
  });

  it('opens with the recovery key, typed loosely, and audits it', async () => {
    f = await TestFacility.create();
    const typed = f.recoveryKey!.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o');
    await f.restart({ unlock: { recoveryKey: typed } });
    expect(f.backend.status().state).toBe('open');
    const last = await f.backend.db.selectFrom('audit_log').select('action').orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect(last.action).toBe('keys.recoveryUnlock');
    const typo = `${f.recoveryKey!.slice(0, -1)}${f.recoveryKey!.endsWith('A') ? 'B' : 'A'}`;
    await f.backend.close();
    await expect(f.open({ unlock: { recoveryKey: typo } })).rejects.toBeInstanceOf(RecoveryKeyError);
    f.backend = await f.open();
  });

  it('keeps the 6-attempt lock across a restart of the backend', async () => {
    f = await TestFacility.create();
    for (let i = 0; i < 6; i++) await f.call({}, 'auth.signIn', { username: 'manager', password: 'nope-nope' });
    await f.restart();
    expect(await f.call({}, 'auth.signIn', { username: 'manager', password: PASSWORD })).toMatchObject({
      ok: false,
      error: { code: 'account_locked' },
    });
    // The refused sign-in does not leave the database open.
    expect(f.backend.status().state).toBe('locked');
    f.now = new Date(f.now.getTime() + 31 * 60_000);
    expect((await f.call({}, 'auth.signIn', { username: 'manager', password: PASSWORD })).ok).toBe(true);
  });

  it('counts failed attempts made while locked towards the same lock', async () => {
    f = await TestFacility.create();
    await f.restart();
    for (let i = 0; i < 6; i++) await f.call({}, 'auth.signIn', { username: 'manager', password: 'nope-nope' });
    expect(await f.call({}, 'auth.signIn', { username: 'manager', password: PASSWORD })).toMatchObject({
      error: { code: 'account_locked' },
    });
    expect(f.backend.status().state).toBe('locked');
  });
});

describe('wrapped keys follow the accounts', () => {
  it('lets a new user open the database, and follows password changes, resets and deactivation', async () => {
    f = await TestFacility.create();
    const m = await seed(f);
    const zulfiya = (await f.ok(m, 'users.list', {})).find((u) => u.username === 'zulfiya.r')!;
    await f.restart();
    await f.signIn('zulfiya.r');
    expect(f.backend.status().state).toBe('open');

    const m2 = await f.signIn();
    await f.ok(m2, 'users.resetPassword', { userId: zulfiya.id, password: 'Yangi-parol-9' });
    await f.restart();
    expect(await f.call({}, 'auth.signIn', { username: 'zulfiya.r', password: PASSWORD })).toMatchObject({
      error: { code: 'bad_credentials' },
    });
    const z = await f.signIn('zulfiya.r', 'Yangi-parol-9');
    await f.ok(z, 'auth.changePassword', { currentPassword: 'Yangi-parol-9', newPassword: 'Uchinchi-parol-3' });
    await f.restart();
    expect((await f.call({}, 'auth.signIn', { username: 'zulfiya.r', password: 'Yangi-parol-9' })).ok).toBe(false);
    await f.signIn('zulfiya.r', 'Uchinchi-parol-3');

    await f.ok(await f.signIn(), 'users.setActive', { userId: zulfiya.id, active: false });
    const ring = readKeyring(`${f.dbFile}.keyring`)!;
    expect(Object.values(ring.users).every((u) => u.wraps.length === 1)).toBe(true);
    expect(Object.keys(ring.users)).toHaveLength(2);
    await f.restart();
    // She still knows her password, but it no longer opens anything.
    expect(await f.call({}, 'auth.signIn', { username: 'zulfiya.r', password: 'Uchinchi-parol-3' })).toMatchObject({
      error: { code: 'bad_credentials' },
    });
    expect(f.backend.status().state).toBe('locked');
  });

  it('gives a reactivated user her key back at her first sign-in while the database is open', async () => {
    f = await TestFacility.create();
    const m = await seed(f);
    const id = (await f.ok(m, 'users.list', {})).find((u) => u.username === 'gulnora')!.id;
    await f.ok(m, 'users.setActive', { userId: id, active: false });
    await f.ok(m, 'users.setActive', { userId: id, active: true });
    await f.signIn('gulnora');
    await f.restart();
    await f.signIn('gulnora');
    expect(f.backend.status().state).toBe('open');
  });

  it('heals a keyring left with two wraps by a crash in the middle of a password change', async () => {
    f = await TestFacility.create();
    const before = readFileSync(`${f.dbFile}.keyring`, 'utf8');
    const m = await f.signIn();
    await f.ok(m, 'auth.changePassword', { currentPassword: PASSWORD, newPassword: 'Boshqa-parol-2' });
    // As if the process died after the COMMIT and before the old wrap was dropped:
    const old = JSON.parse(before);
    const now = readKeyring(`${f.dbFile}.keyring`)!;
    const tag = Object.keys(now.users)[0]!;
    now.users[tag]!.wraps.unshift(old.users[tag].wraps[0]);
    const { writeKeyring } = await import('../../../electron/features/keys/keyring');
    writeKeyring(`${f.dbFile}.keyring`, now);
    await f.restart();
    await f.signIn('manager', 'Boshqa-parol-2');
    expect(readKeyring(`${f.dbFile}.keyring`)!.users[tag]!.wraps).toHaveLength(1);
    await f.restart();
    expect((await f.call({}, 'auth.signIn', { username: 'manager', password: PASSWORD })).ok).toBe(false);
  });
});

describe('first-run setup', () => {
  it('leaves nothing behind when setup fails, and starts clean after an unfinished one', async () => {
    f = await TestFacility.create({ init: false });
    expect(f.backend.status().state).toBe('fresh');
    const r = await f.call({}, 'setup.init', {
      facility: { kind: 'day_care', name: 'X', regionSoato: '1726', districtSoato: '1703202', address: 'a', capacity: 3 },
      admin: { username: 'manager', fullName: 'M', password: PASSWORD },
    });
    expect(r).toMatchObject({ error: { code: 'validation' } });
    expect(existsSync(f.dbFile) || existsSync(`${f.dbFile}.keyring`)).toBe(false);
    expect(f.backend.status().state).toBe('fresh');

    // A setup that died before its commit: a keyring without users beside a file no one can open.
    await f.backend.close();
    writeFileSync(f.dbFile, Buffer.alloc(4096, 9));
    writeFileSync(`${f.dbFile}.keyring`, JSON.stringify({ ...JSON.parse(emptyRing), users: {}, recovery: null, device: null }));
    f.backend = await f.open();
    expect(f.backend.status().state).toBe('fresh');
    await f.ok({}, 'setup.init', { facility: DAY_CARE, admin: { username: 'manager', fullName: 'M', password: PASSWORD } });
    expect(readdirSync(f.dir).filter((n) => n.includes('.unfinished-'))).toHaveLength(2);
    await f.restart();
    await f.signIn();
  });

  it('returns a recovery key of nine groups of four, once', async () => {
    f = await TestFacility.create();
    expect(f.recoveryKey).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){8}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(JSON.stringify(await f.ok(await f.signIn(), 'facility.get', {}))).not.toContain(f.recoveryKey!);
  });
});

/** A stand-in for Electron's safeStorage: a secret that only "this PC's account" holds. */
class FakeSafeStorage implements DeviceKeyProtector {
  readonly method = 'test-safeStorage';
  constructor(private readonly secret = randomBytes(32)) {}
  async isAvailable() {
    return true;
  }
  async protect(key: Buffer) {
    const iv = randomBytes(12);
    const c = createCipheriv('aes-256-gcm', this.secret, iv);
    const data = Buffer.concat([c.update(key), c.final()]);
    return Buffer.concat([iv, c.getAuthTag(), data]).toString('base64');
  }
  async unprotect(blob: string) {
    const b = Buffer.from(blob, 'base64');
    const d = createDecipheriv('aes-256-gcm', this.secret, b.subarray(0, 12));
    d.setAuthTag(b.subarray(12, 28));
    return Buffer.concat([d.update(b.subarray(28)), d.final()]);
  }
}

describe('the desktop hook (safeStorage)', () => {
  it('opens at start on this PC, stays locked on another until someone signs in there', async () => {
    const thisPc = new FakeSafeStorage();
    f = await TestFacility.create({ backend: { device: thisPc } });
    expect(readKeyring(`${f.dbFile}.keyring`)!.device).toMatchObject({ method: 'test-safeStorage' });
    await f.restart();
    expect(f.backend.status().state).toBe('open');
    await f.signIn();
    const otherPc = new FakeSafeStorage();
    await f.restart({ device: otherPc });
    expect(f.backend.status().state).toBe('locked');
    await f.signIn();
    // The sign-in there protected the key for that PC instead.
    await f.restart({ device: otherPc });
    expect(f.backend.status().state).toBe('open');
  });
});

describe('two sign-ins at once on a locked database', () => {
  it('both succeed and open it once', async () => {
    f = await TestFacility.create();
    await f.as('caregiver', 'malika');
    await f.restart();
    const [a, b] = await Promise.all([
      f.call({}, 'auth.signIn', { username: 'manager', password: PASSWORD }),
      f.call({}, 'auth.signIn', { username: 'malika', password: PASSWORD }),
    ]);
    expect([a.ok, b.ok]).toEqual([true, true]);
    expect(f.backend.status().state).toBe('open');
  });
});
