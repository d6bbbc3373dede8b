import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { sql, Kysely, SqliteDialect } from 'kysely';
import { Migrator } from 'kysely/migration';
import Database from 'better-sqlite3-multiple-ciphers';
import { migrations } from '../../../db/migrations/index';
import type { Database as Database_ } from '../../../db/schema';
import { TestFacility, PASSWORD } from '../../fixtures/backend';
import { findWords } from '../../fixtures/files';
import { readManifest } from '../../../electron/features/backup/manifest';
import { CloudFolderError } from '../../../electron/features/backup/cloud-folders';
import { createBackend } from '../../../electron/backend';
import { chainHash, canonicalEntry } from '../../../db/repositories/audit';

let f: TestFacility;
let g: TestFacility | null = null;
afterEach(async () => {
  await f?.close();
  await g?.close();
  g = null;
});

/** Tables and indexes a list of migrations makes, on a scratch in-memory database. */
async function schemaOf(names: string[]): Promise<{ tables: string[]; indexes: string[] }> {
  const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: new Database(':memory:') }) });
  const subset = Object.fromEntries(names.map((n) => [n, migrations[n]!]));
  const { error } = await new Migrator({ db, provider: { getMigrations: async () => subset } }).migrateToLatest();
  if (error) throw error;
  const rows = await sql<{ type: string; name: string }>`SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'`.execute(db);
  await db.destroy();
  return {
    tables: rows.rows.filter((r) => r.type === 'table').map((r) => r.name),
    indexes: rows.rows.filter((r) => r.type === 'index').map((r) => r.name),
  };
}

/**
 * Turns a database back into one made before the newest migration (whichever area's it is): its record,
 * its tables and its indexes go. Returns the tables it dropped.
 */
/** Drops what the newest migration made; returns its tables and its indexes. */
async function undoNewestMigration(db: Kysely<Database_>): Promise<{ tables: string[]; indexes: string[] }> {
  const names = Object.keys(migrations).sort();
  const newest = names[names.length - 1]!;
  const [before, after] = [await schemaOf(names.slice(0, -1)), await schemaOf(names)];
  const tables = after.tables.filter((t) => !before.tables.includes(t));
  await sql`DELETE FROM kysely_migration WHERE name = ${newest}`.execute(db);
  await sql`PRAGMA foreign_keys = OFF`.execute(db);
  for (const t of tables) await sql.raw(`DROP TABLE ${t}`).execute(db);
  await sql`PRAGMA foreign_keys = ON`.execute(db);
  const indexes = after.indexes.filter((x) => !before.indexes.includes(x));
  for (const i of indexes) await sql.raw(`DROP INDEX IF EXISTS ${i}`).execute(db);
  return { tables, indexes };
}

const backupsIn = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.komak')) : []);

describe('backups', () => {
  it('writes an encrypted, checked copy with its keyring and a manifest of counts and the audit head', async () => {
    f = await TestFacility.create();
    const m = await f.signIn();
    await f.ok(m, 'users.create', { username: 'zulfiya', fullName: 'Zulfiya Rahimova', role: 'caregiver', password: PASSWORD });
    const counts = await f.rowCounts();
    const head = await f.backend.db.selectFrom('audit_log').select(['seq', 'hash']).orderBy('seq', 'desc').executeTakeFirstOrThrow();
    const info = await f.ok(m, 'backup.create', {});
    expect(info.file.startsWith(join(f.dir, 'backups'))).toBe(true);
    expect(info.counts.users).toBe(2);
    expect(info.counts.audit_log).toBe(counts.audit_log);
    expect(info.auditHead).toEqual(head);
    const manifest = readManifest(info.file)!;
    expect(manifest).toMatchObject({ integrity: 'ok', encrypted: true, reason: 'manual', facility: { kind: 'day_care' } });
    expect(existsSync(`${info.file}.keyring`)).toBe(true);
    const bytes = readFileSync(info.file);
    expect(bytes.subarray(0, 15).toString()).not.toBe('SQLite format 3');
    expect(findWords(bytes, ['Zulfiya Rahimova', 'Dilnoza'])).toEqual([]);
    expect(findWords(readFileSync(`${info.file}.manifest.json`), ['Zulfiya', 'Dilnoza', 'Aviasozlar'])).toEqual([]);
    // The backup is on the trail, and opens again with the key to say what it holds.
    const again = await f.ok(m, 'backup.inspect', { file: info.file });
    expect(again.counts).toEqual(info.counts);
    const last = await f.backend.db.selectFrom('audit_log').select('action').orderBy('seq', 'desc').limit(2).execute();
    expect(last.map((r) => r.action)).toEqual(['backup.inspect', 'backup.create']);
  });

  it('reports the last successful backup and warns when it is older than two days', async () => {
    f = await TestFacility.create();
    let m = await f.signIn();
    expect(await f.ok(m, 'backup.status', {})).toMatchObject({ lastSuccessAt: null, stale: true });
    await f.ok(m, 'backup.create', {});
    expect(await f.ok(m, 'backup.status', {})).toMatchObject({ lastSuccessAt: f.now.toISOString(), stale: false });
    f.now = new Date(f.now.getTime() + 47 * 3600_000);
    m = await f.signIn();
    expect((await f.ok(m, 'backup.status', {})).stale).toBe(false);
    f.now = new Date(f.now.getTime() + 2 * 3600_000);
    m = await f.signIn();
    expect((await f.ok(m, 'backup.status', {})).stale).toBe(true);
  });

  it('backs up to a chosen folder or USB stick, and refuses cloud-synced folders in the user’s language', async () => {
    f = await TestFacility.create();
    const m = await f.signIn();
    const usb = join(f.dir, 'usb', 'KOMAK');
    const info = await f.ok(m, 'backup.create', { dir: usb });
    expect(backupsIn(usb)).toHaveLength(1);
    expect(info.file.startsWith(usb)).toBe(true);
    expect((await f.ok(m, 'backup.list', { dir: usb }))[0]!.file).toBe(info.file);
    const before = await f.rowCounts();
    for (const cloud of ['OneDrive - Inson', 'Dropbox', 'Google Drive', 'iCloudDrive', 'Yandex.Disk']) {
      const r = await f.call(m, 'backup.create', { dir: join(f.dir, cloud, 'komak') });
      expect(r).toMatchObject({ ok: false, error: { code: 'validation' } });
      expect(existsSync(join(f.dir, cloud))).toBe(false);
    }
    const ru = await f.call({ ...m, lang: 'ru' }, 'backup.create', { dir: join(f.dir, 'OneDrive') });
    // A signed-in user's own language wins over the page's.
    expect(ru.ok ? '' : ru.error.fields?.dir).toContain('Oʻzbekistondagi');
    expect(await f.rowCounts()).toEqual(before);
    expect(await f.call(m, 'backup.create', { dir: 'relative/path' })).toMatchObject({ error: { fields: { dir: expect.any(String) } } });
  });

  it('refuses to open a facility database inside a cloud folder', async () => {
    f = await TestFacility.create({ init: false });
    const dir = join(f.dir, 'Dropbox');
    mkdirSync(dir);
    const e = await createBackend({ dbFile: join(dir, 'f.komak') }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(CloudFolderError);
    expect((e as Error).message).toMatch(/cloud folder[\s\S]*bulutli[\s\S]*облачной/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('makes the daily backup once a day while running, and keeps 7 daily, 4 weekly and 12 monthly', async () => {
    f = await TestFacility.create({ backend: { autoBackup: true } });
    const folder = join(f.dir, 'backups');
    const first = await f.backend.maintenance.runDailyBackup();
    expect(first).toBeTruthy();
    expect(await f.backend.maintenance.runDailyBackup()).toBeNull();
    // 100 days pass with the app open every day.
    for (let day = 1; day <= 100; day++) {
      f.now = new Date(f.now.getTime() + 86_400_000);
      await f.backend.maintenance.runDailyBackup();
    }
    const kept = readdirSync(folder)
      .filter((n) => n.endsWith('.komak'))
      .sort();
    const days = kept.map((n) => n.slice(6, 16));
    // The last 7 days are all there …
    expect(days.slice(-7)).toEqual(['2027-02-24', '2027-02-25', '2027-02-26', '2027-02-27', '2027-02-28', '2027-03-01', '2027-03-02']);
    // … then one per week for 4 weeks and one per month for 12 months (overlapping), never more.
    expect(kept.length).toBeLessThanOrEqual(7 + 4 + 12);
    expect(days).toContain('2026-11-30'); // the newest of November
    expect(days).toContain('2026-12-31');
    expect(days).not.toContain('2026-12-30');
    const audit = await f.backend.db.selectFrom('audit_log').select('action').where('action', '=', 'backup.auto').execute();
    expect(audit).toHaveLength(101);
  });

  it('takes a backup before migrating a database that holds data', async () => {
    f = await TestFacility.create();
    await f.signIn();
    // Turn the database back into one made before the newest migration.
    const dropped = await undoNewestMigration(f.backend.db);
    expect(dropped.tables.length + dropped.indexes.length).toBeGreaterThan(0);
    await f.restart();
    const m = await f.signIn();
    const list = await f.ok(m, 'backup.list', {});
    expect(list.map((b) => b.reason)).toEqual(['pre-migration']);
    // The backup holds the database as it was before the migration.
    for (const t of dropped.tables) expect(list[0]!.counts).not.toHaveProperty(t);
    expect((await f.ok(m, 'backup.status', {})).lastFile).toBe(list[0]!.file);
  });
});

describe('restore', () => {
  it('shows what a backup holds, saves the current database, restores, and asks everyone to sign in again', async () => {
    f = await TestFacility.create();
    const m = await f.signIn();
    await f.ok(m, 'users.create', { username: 'aziza', fullName: 'Aziza', role: 'caregiver', password: PASSWORD });
    const backup = await f.ok(m, 'backup.create', {});
    f.now = new Date(f.now.getTime() + 3600_000);
    await f.ok(m, 'users.create', { username: 'later', fullName: 'Later', role: 'accountant', password: PASSWORD });
    const shown = await f.ok(m, 'backup.inspect', { file: backup.file });
    expect(shown).toMatchObject({ counts: { users: 2 }, facility: { name: 'Quyoshli bolalik kunduzgi parvarish markazi' } });
    expect(await f.call(m, 'backup.restore', { file: backup.file })).toMatchObject({ error: { code: 'validation' } });

    const done = await f.ok(m, 'backup.restore', { file: backup.file, confirm: true });
    expect(done.signInAgain).toBe(true);
    expect(await f.call(m, 'auth.me', {})).toMatchObject({ error: { code: 'unauthenticated' } });
    const m2 = await f.signIn();
    expect((await f.ok(m2, 'users.list', {})).map((u) => u.username).sort()).toEqual(['aziza', 'manager']);
    // The revert point holds the state before the restore, "later" included, and is a checked backup.
    expect(readManifest(done.revertPoint)).toMatchObject({ reason: 'pre-restore', counts: { users: 3 } });
    const trail = await f.ok(m2, 'audit.list', { action: 'backup.restore' });
    expect(trail.entries[0]!.changes).toMatchObject({ via: 'app' });
    // The restored trail is intact and agrees with the heads recorded since.
    expect(await f.ok(m2, 'audit.verify', {})).toMatchObject({ ok: true });
    // "later" no longer exists: the keyring forgot her too.
    await f.restart();
    expect((await f.call({}, 'auth.signIn', { username: 'later', password: PASSWORD })).ok).toBe(false);
    expect((await f.call({}, 'auth.signIn', { username: 'aziza', password: PASSWORD })).ok).toBe(true);
  });

  it('refuses a backup changed after it was written, or one of another facility, and changes nothing', async () => {
    f = await TestFacility.create();
    const m = await f.signIn();
    const backup = await f.ok(m, 'backup.create', {});
    const bytes = readFileSync(backup.file);
    bytes[bytes.length - 100]! ^= 1;
    writeFileSync(backup.file, bytes);
    const before = await f.rowCounts();
    expect(await f.call(m, 'backup.restore', { file: backup.file, confirm: true })).toMatchObject({
      error: { code: 'conflict', message: expect.stringContaining('yozilganidan keyin oʻzgargan') },
    });
    g = await TestFacility.create();
    const other = await g.ok(await g.signIn(), 'backup.create', {});
    expect(await f.call(m, 'backup.inspect', { file: other.file })).toMatchObject({ error: { code: 'conflict' } });
    expect(await f.rowCounts()).toEqual({ ...before, audit_log: before.audit_log });
  });

  it('restores onto a new PC with the recovery key of the backup', async () => {
    f = await TestFacility.create();
    const m = await f.signIn();
    await f.ok(m, 'users.create', { username: 'aziza', fullName: 'Aziza', role: 'caregiver', password: PASSWORD });
    const backup = await f.ok(m, 'backup.create', {});
    g = await TestFacility.create({ init: false });
    await expect(g.backend.maintenance.restore(backup.file, { recoveryKey: 'AAAA' })).rejects.toThrow(/recovery key/);
    const done = await g.backend.maintenance.restore(backup.file, { recoveryKey: f.recoveryKey! });
    expect(done.info.counts.users).toBe(2);
    await g.restart();
    await g.signIn('aziza');
    expect((await g.ok(await g.signIn(), 'audit.list', { action: 'backup.restore' })).entries[0]!.changes).toMatchObject({
      via: 'recovery-key',
    });
  });

  it('catches a rewritten audit chain against the head recorded in a backup', async () => {
    f = await TestFacility.create();
    const m = await f.signIn();
    await f.ok(m, 'auth.setLanguage', { lang: 'ru' });
    await f.ok(m, 'backup.create', {});
    const db = f.backend.db;
    await sql`DROP TRIGGER audit_log_no_update`.execute(db);
    await sql`UPDATE audit_log SET username = 'x' WHERE seq = 2`.execute(db);
    let prev = (await db.selectFrom('audit_log').select('hash').where('seq', '=', 1).executeTakeFirstOrThrow()).hash;
    for (const r of await db.selectFrom('audit_log').selectAll().where('seq', '>=', 2).orderBy('seq').execute()) {
      const hash = chainHash(prev, canonicalEntry(r));
      await db.updateTable('audit_log').set({ prev_hash: prev, hash }).where('seq', '=', r.seq).execute();
      prev = hash;
    }
    expect(await f.ok(m, 'audit.verify', {})).toMatchObject({ ok: false, problem: 'anchor', anchorsChecked: 1 });
  });
});
