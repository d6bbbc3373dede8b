import { afterEach, describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { TestFacility, DAY_CARE, PASSWORD } from '../../fixtures/backend';
import { sha256File } from '../../fixtures/files';
import { readKeyring } from '../../../electron/features/keys/keyring';
import { createBackend, type Backend } from '../../../electron/backend';

let f: TestFacility;
let other: Backend | null = null;
afterEach(async () => {
  await other?.close();
  other = null;
  await f?.close();
});

const { kind: _kind, ...details } = DAY_CARE;

describe('a full disk', () => {
  it('fails writes with the storage error, acknowledges nothing it did not store, and keeps running', async () => {
    f = await TestFacility.create();
    const m = await f.signIn();
    const pages = await sql<{ page_count: number }>`PRAGMA page_count`.execute(f.backend.db);
    await sql.raw(`PRAGMA max_page_count = ${pages.rows[0]!.page_count}`).execute(f.backend.db);
    const stored: string[] = [];
    let failure: unknown = null;
    for (let i = 0; i < 200 && !failure; i++) {
      const address = `Koʻcha ${i} `.padEnd(290, 'x');
      const r = await f.call(m, 'facility.update', { ...details, address });
      if (r.ok) stored.push(address);
      else failure = r;
    }
    expect(failure).toMatchObject({ ok: false, error: { code: 'storage', message: expect.stringContaining('disk toʻla') } });
    // The app keeps answering, and what it answered "ok" for is exactly what is there.
    expect((await f.ok(m, 'facility.get', {})).address).toBe(stored.at(-1) ?? DAY_CARE.address);
    // Accounts until the disk refuses one: the keyring takes back the wrap it had added for it.
    let created = 0;
    let refused: unknown = null;
    for (let i = 0; i < 60 && !refused; i++) {
      const r = await f.call(m, 'users.create', { username: `full${i}`, fullName: 'Full Disk', role: 'caregiver', password: PASSWORD });
      if (r.ok) created++;
      else refused = r;
    }
    expect(refused).toMatchObject({ error: { code: 'storage' } });
    expect(Object.keys(readKeyring(`${f.dbFile}.keyring`)!.users)).toHaveLength(1 + created);
    expect((await f.ok(m, 'users.list', {})).length).toBe(1 + created);
    // Space again: writing works again without a restart.
    await sql`PRAGMA max_page_count = 1000000`.execute(f.backend.db);
    await f.ok(m, 'users.create', { username: 'nodisk', fullName: 'No Disk', role: 'caregiver', password: PASSWORD });
    await f.restart();
    await f.signIn('nodisk');
    expect((await f.ok(await f.signIn(), 'facility.get', {})).address).toBe(stored.at(-1) ?? DAY_CARE.address);
  });
});

describe('a read-only database', () => {
  it('answers reads and refuses writes with the storage error while running', async () => {
    f = await TestFacility.create();
    const m = await f.signIn();
    await sql`PRAGMA query_only = ON`.execute(f.backend.db);
    const before = (await f.ok(m, 'facility.get', {})).capacity;
    expect(await f.call({ ...m, lang: 'en' }, 'facility.update', { ...details, capacity: 33 })).toMatchObject({
      error: { code: 'storage', message: expect.stringContaining('Hech narsa oʻzgarmadi') },
    });
    expect((await f.ok(m, 'facility.get', {})).capacity).toBe(before);
    await sql`PRAGMA query_only = OFF`.execute(f.backend.db);
    expect((await f.ok(m, 'facility.update', { ...details, capacity: 33 })).capacity).toBe(33);
  });

  it('opened read-only: refuses the sign-in with the storage error and leaves the file as it was', async () => {
    f = await TestFacility.create();
    await f.backend.close();
    const hash = sha256File(f.dbFile);
    f.backend = await f.open({ readonly: true });
    expect(await f.call({ lang: 'en' }, 'auth.signIn', { username: 'manager', password: PASSWORD })).toMatchObject({
      error: { code: 'storage' },
    });
    expect(f.backend.status().state).toBe('locked');
    expect((await f.call({}, 'setup.status', {})).ok).toBe(true);
    await f.backend.close();
    expect(sha256File(f.dbFile)).toBe(hash);
    f.backend = await f.open();
  });
});

describe('a damaged database', () => {
  it('is detected at open, offers the latest verified backup, and nothing is deleted or changed', async () => {
    f = await TestFacility.create();
    const m = await f.signIn();
    await f.ok(m, 'users.create', { username: 'aziza', fullName: 'Aziza', role: 'caregiver', password: PASSWORD });
    const older = await f.ok(m, 'backup.create', {});
    f.now = new Date(f.now.getTime() + 60_000);
    const newest = await f.ok(m, 'backup.create', {});
    // The newest backup was changed afterwards: it is not offered.
    const tampered = readFileSync(newest.file);
    tampered[5000]! ^= 1;
    writeFileSync(newest.file, tampered);
    await f.backend.close();
    // A copy with bytes flipped in its middle, beside the original (same backups folder).
    const copy = join(f.dir, 'copy.komak');
    const bytes = readFileSync(f.dbFile);
    for (let i = 0; i < 16; i++) bytes[Math.floor(bytes.length / 2) + i]! ^= 0x5a;
    writeFileSync(copy, bytes);
    copyFileSync(`${f.dbFile}.keyring`, `${copy}.keyring`);
    const filesBefore = readdirSync(f.dir).sort();
    const hash = sha256File(copy);

    other = await createBackend({ dbFile: copy, unlock: { recoveryKey: f.recoveryKey! }, autoBackup: false });
    const status = other.status();
    expect(status).toMatchObject({ state: 'damaged', problem: { kind: 'damaged' } });
    expect(status.restoreOffer).toMatchObject({ file: older.file, verified: true, counts: { users: 2 } });
    expect(await other.call({ lang: 'en' }, 'auth.signIn', { username: 'manager', password: PASSWORD })).toMatchObject({
      error: { code: 'database_damaged', message: expect.stringContaining('Nothing was deleted') },
    });
    await other.close();
    // Opened by a password instead (the usual way): the same answer at the first sign-in.
    other = await createBackend({ dbFile: copy, autoBackup: false });
    expect(other.status().state).toBe('locked');
    expect(await other.call({}, 'auth.signIn', { username: 'aziza', password: PASSWORD })).toMatchObject({
      error: { code: 'database_damaged' },
    });
    expect(other.status()).toMatchObject({ state: 'damaged', restoreOffer: { file: older.file } });
    await other.close();
    other = null;
    expect(sha256File(copy)).toBe(hash);
    expect(readdirSync(f.dir).sort()).toEqual(filesBefore);
    expect(existsSync(newest.file)).toBe(true);
    f.backend = await f.open();
  });

  it('an encrypted file whose keyring is gone: said so, and a backup’s keyring opens it again', async () => {
    f = await TestFacility.create();
    const backup = await f.ok(await f.signIn(), 'backup.create', {});
    await f.backend.close();
    renameSync(`${f.dbFile}.keyring`, join(f.dir, 'elsewhere.keyring'));
    const hash = sha256File(f.dbFile);
    f.backend = await f.open();
    expect(f.backend.status()).toMatchObject({
      state: 'damaged',
      problem: { kind: 'keyring_missing' },
      restoreOffer: { file: backup.file },
    });
    expect(await f.call({}, 'auth.signIn', { username: 'manager', password: PASSWORD })).toMatchObject({
      error: { code: 'database_damaged' },
    });
    await f.backend.close();
    expect(sha256File(f.dbFile)).toBe(hash);
    copyFileSync(`${backup.file}.keyring`, `${f.dbFile}.keyring`);
    f.backend = await f.open({ unlock: { recoveryKey: f.recoveryKey! } });
    expect(f.backend.status().state).toBe('open');
  });

  it('an unencrypted one too, without throwing at creation', async () => {
    f = await TestFacility.create({ backend: { encrypt: false } });
    await f.backend.close();
    const bytes = readFileSync(f.dbFile);
    bytes.fill(0x33, 4096, 8192);
    writeFileSync(f.dbFile, bytes);
    f.backend = await f.open();
    expect(f.backend.status()).toMatchObject({ state: 'damaged', restoreOffer: null });
    expect(await f.call({}, 'auth.signIn', { username: 'manager', password: PASSWORD })).toMatchObject({
      error: { code: 'database_damaged' },
    });
  });
});
