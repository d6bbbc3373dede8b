import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { openDatabase, appliedMigrations, DatabaseTooNewError, DatabaseCorruptError } from '../../../db/open';
import { migrations } from '../../../db/migrations/index';

const dirs: string[] = [];
const tempFile = () => {
  const d = mkdtempSync(join(tmpdir(), 'komak-mig-'));
  dirs.push(d);
  return join(d, 'facility.komak');
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('migrations', () => {
  it('bring a fresh database to the latest version, with WAL and foreign keys on', async () => {
    const file = tempFile();
    const { db, raw, close } = await openDatabase(file);
    expect(await appliedMigrations(db)).toEqual(Object.keys(migrations).sort());
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(raw.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(raw.pragma('synchronous', { simple: true })).toBe(2); // FULL
    await close();
  });

  it('do nothing when a current database is opened again', async () => {
    const file = tempFile();
    await (await openDatabase(file)).close();
    const second = await openDatabase(file);
    const rows = await sql<{ name: string; timestamp: string }>`SELECT name, timestamp FROM kysely_migration`.execute(second.db);
    await second.close();
    const third = await openDatabase(file);
    const again = await sql<{ name: string; timestamp: string }>`SELECT name, timestamp FROM kysely_migration`.execute(third.db);
    expect(again.rows).toEqual(rows.rows);
    await third.close();
  });

  it('refuse a database written by a newer version and leave it untouched', async () => {
    const file = tempFile();
    const first = await openDatabase(file);
    await sql`INSERT INTO kysely_migration (name, timestamp) VALUES ('2099_01_01_0000_future', '2099-01-01T00:00:00Z')`.execute(first.db);
    await first.close();
    await expect(openDatabase(file)).rejects.toBeInstanceOf(DatabaseTooNewError);
  });

  it('make the audit trail append-only in the database itself', async () => {
    const file = tempFile();
    const { db, close } = await openDatabase(file);
    await sql`INSERT INTO audit_log (at, action, outcome, prev_hash, hash) VALUES ('x', 'y', 'ok', 'a', 'b')`.execute(db);
    await expect(sql`UPDATE audit_log SET action = 'z'`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM audit_log`.execute(db)).rejects.toThrow(/append-only/);
    await close();
  });

  it('detect a file that is not a database', async () => {
    const file = tempFile();
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, Buffer.alloc(8192, 7));
    await expect(openDatabase(file)).rejects.toBeInstanceOf(DatabaseCorruptError);
  });
});
