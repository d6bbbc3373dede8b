import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { TestFacility, PASSWORD } from '../../fixtures/backend';

let f: TestFacility;
afterEach(async () => {
  await f?.close();
});

const minutes = (n: number) => n * 60_000;
const sha256File = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

describe('idle lock setting', () => {
  it('defaults to 10 minutes; a manager changes it, audited with before and after', async () => {
    f = await TestFacility.create();
    const m = await f.signIn();
    const carer = await f.as('caregiver');
    expect(await f.ok(carer, 'security.settings', {})).toEqual({ idleLockMinutes: 10 });
    expect(await f.ok(m, 'security.setIdleLock', { minutes: 5 })).toEqual({ idleLockMinutes: 5 });
    expect(await f.ok(carer, 'security.settings', {})).toEqual({ idleLockMinutes: 5 });
    const trail = await f.ok(m, 'audit.list', { action: 'security.setIdleLock' });
    expect(trail.entries[0]).toMatchObject({ username: 'manager', changes: { idleLockMinutes: [10, 5] } });
  });

  it('bad input: a per-field message and nothing written', async () => {
    f = await TestFacility.create();
    const m = await f.signIn();
    const before = await f.rowCounts();
    for (const minutes of [0, 121, 2.5, '10']) {
      const r = await f.call({ ...m, lang: 'en' }, 'security.setIdleLock', { minutes });
      expect(r).toMatchObject({ ok: false, error: { code: 'validation', fields: { minutes: expect.any(String) } } });
    }
    // In the signed-in user's own language (Uzbek here).
    expect(await f.call(m, 'security.setIdleLock', { minutes: 0 })).toMatchObject({
      error: { fields: { minutes: '1 dan 120 daqiqagacha boʻlgan son kiriting.' } },
    });
    expect(await f.rowCounts()).toEqual(before);
    expect(await f.ok(m, 'security.settings', {})).toEqual({ idleLockMinutes: 10 });
  });

  it('is the manager’s: other roles are refused and nothing changes', async () => {
    f = await TestFacility.create();
    for (const role of ['caregiver', 'accountant', 'inspector', 'social_worker'] as const) {
      const who = await f.as(role);
      expect(await f.call(who, 'security.setIdleLock', { minutes: 60 })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await f.ok(await f.signIn(), 'security.settings', {})).toEqual({ idleLockMinutes: 10 });
  });
});

describe('idle sessions end in the backend too', () => {
  it('a session without requests for longer than the idle lock is ended and audited; activity keeps it', async () => {
    f = await TestFacility.create({ backend: { idleLock: true } });
    const m = await f.signIn();
    await f.ok(m, 'security.setIdleLock', { minutes: 3 });
    const carer = await f.as('caregiver');
    // Busy: a request every two minutes for ten minutes keeps the session.
    for (let i = 0; i < 5; i++) {
      f.now = new Date(f.now.getTime() + minutes(2));
      await f.ok(carer, 'auth.me', {});
    }
    // Idle for five minutes (> 3 + the one-minute lag): gone, and it stays gone.
    f.now = new Date(f.now.getTime() + minutes(5));
    expect(await f.call(carer, 'auth.me', {})).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    f.now = new Date(f.now.getTime() + 1000);
    expect(await f.call(carer, 'auth.me', {})).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    const trail = await f.ok(await f.signIn(), 'audit.list', { action: 'auth.idleLock' });
    // Ended when next used: the caregiver's, not the manager's idle sessions nobody used again.
    expect(trail.entries.map((e) => e.username)).toEqual(['caregiver1']);
  });

  it('is on by default, at 10 minutes without a setting', async () => {
    // The backend's own default (the test fixture turns it off for other areas' clock jumps).
    f = await TestFacility.create({ backend: { idleLock: undefined } });
    const m = await f.signIn();
    f.now = new Date(f.now.getTime() + minutes(9));
    await f.ok(m, 'auth.me', {});
    f.now = new Date(f.now.getTime() + minutes(12));
    expect(await f.call(m, 'auth.me', {})).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  });
});

/** Makes the facility's file damaged (bytes flipped in its middle) after one verified backup. */
async function damagedFacility(): Promise<{ backupFile: string }> {
  f = await TestFacility.create();
  const m = await f.signIn();
  await f.ok(m, 'users.create', { username: 'aziza', fullName: 'Aziza', role: 'caregiver', password: PASSWORD });
  const backup = await f.ok(m, 'backup.create', {});
  await f.backend.close();
  const bytes = readFileSync(f.dbFile);
  for (let i = 0; i < 16; i++) bytes[Math.floor(bytes.length / 2) + i]! ^= 0x5a;
  writeFileSync(f.dbFile, bytes);
  f.backend = await f.open();
  expect(await f.call({}, 'auth.signIn', { username: 'manager', password: PASSWORD })).toMatchObject({
    error: { code: 'database_damaged' },
  });
  return { backupFile: backup.file };
}

describe('a damaged database, from the sign-in screen', () => {
  it('says what happened and offers the newest verified backup, without a path', async () => {
    await damagedFacility();
    const r = await f.ok({}, 'recovery.status', {});
    expect(r.damaged).toMatchObject({ kind: 'damaged', offer: { counts: { users: 2 }, facility: { name: expect.any(String) } } });
    expect(JSON.stringify(r)).not.toContain(f.dir);
  });

  it('a manager of the backup restores it; the damaged file is kept aside and everyone signs in again', async () => {
    await damagedFacility();
    const damagedHash = sha256File(f.dbFile);
    const r = await f.ok({}, 'recovery.restoreLatest', { username: 'manager', password: PASSWORD, confirm: true });
    expect(r).toMatchObject({ signInAgain: true, restoredFrom: { counts: { users: 2 } } });
    expect(f.backend.status().state).toBe('open');
    const kept = readdirSync(join(f.dir, 'backups')).filter((n) => n.endsWith('-damaged.komak'));
    expect(kept).toHaveLength(1);
    expect(sha256File(join(f.dir, 'backups', kept[0]!))).toBe(damagedHash);
    const m = await f.signIn('aziza');
    expect(await f.ok(m, 'recovery.status', {})).toEqual({ damaged: null });
    const trail = await f.ok(await f.signIn(), 'audit.list', { action: 'backup.restore' });
    expect(trail.entries[0]).toMatchObject({ username: 'manager', changes: { via: 'password' } });
  });

  it('refuses a wrong password, a caregiver, a missing confirmation: nothing changes', async () => {
    await damagedFacility();
    const hash = sha256File(f.dbFile);
    const before = readdirSync(f.dir).sort();
    expect(await f.call({}, 'recovery.restoreLatest', { username: 'manager', password: 'wrong-password', confirm: true })).toMatchObject({
      error: { code: 'bad_credentials' },
    });
    expect(await f.call({}, 'recovery.restoreLatest', { username: 'aziza', password: PASSWORD, confirm: true })).toMatchObject({
      error: { code: 'forbidden' },
    });
    expect(await f.call({}, 'recovery.restoreLatest', { username: 'manager', password: PASSWORD })).toMatchObject({
      error: { code: 'validation', fields: { confirm: expect.any(String) } },
    });
    expect(await f.call({}, 'recovery.restoreLatest', { username: 'manager', confirm: true })).toMatchObject({
      error: { code: 'validation', fields: { password: expect.any(String) } },
    });
    expect(await f.call({}, 'recovery.restoreLatest', { recoveryKey: 'not-the-key', confirm: true })).toMatchObject({
      error: { code: 'bad_credentials' },
    });
    expect(sha256File(f.dbFile)).toBe(hash);
    expect(readdirSync(f.dir).sort()).toEqual(before);
    expect(existsSync(join(f.dir, 'backups')) && readdirSync(join(f.dir, 'backups')).some((n) => n.includes('damaged'))).toBe(false);
    expect(f.backend.status().state).toBe('damaged');
  });

  it('six wrong passwords lock the account here as at sign-in', async () => {
    await damagedFacility();
    for (let i = 0; i < 6; i++) await f.call({}, 'recovery.restoreLatest', { username: 'manager', password: 'nope-nope', confirm: true });
    expect(await f.call({}, 'recovery.restoreLatest', { username: 'manager', password: PASSWORD, confirm: true })).toMatchObject({
      error: { code: 'account_locked' },
    });
  });

  it('the recovery key restores too', async () => {
    await damagedFacility();
    await f.ok({}, 'recovery.restoreLatest', { recoveryKey: f.recoveryKey!, confirm: true });
    expect(f.backend.status().state).toBe('open');
  });

  it('is refused while the database is fine: nothing is restored', async () => {
    f = await TestFacility.create();
    const m = await f.signIn();
    await f.ok(m, 'backup.create', {});
    expect(await f.ok({}, 'recovery.status', {})).toEqual({ damaged: null });
    const before = await f.rowCounts();
    expect(await f.call({}, 'recovery.restoreLatest', { username: 'manager', password: PASSWORD, confirm: true })).toMatchObject({
      error: { code: 'conflict' },
    });
    expect(await f.rowCounts()).toEqual(before);
  });
});
