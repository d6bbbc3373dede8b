import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { Kysely, sql } from 'kysely';
import { StoreDialect } from './dialect';
import { Migrator, type MigrationProvider } from 'kysely/migration';
import type { Database } from './schema';
import { migrations } from './migrations/index';
import { checksInBackground } from './integrity';
import { withStatementCache } from './statement-cache';

export type Db = Kysely<Database>;

export class DatabaseTooNewError extends Error {
  constructor(readonly unknownMigrations: string[]) {
    super(`The database was written by a newer version of Komak (${unknownMigrations.join(', ')}).`);
    this.name = 'DatabaseTooNewError';
  }
}

export class DatabaseCorruptError extends Error {
  constructor(readonly detail: string) {
    super(`The database file failed its integrity check: ${detail}`);
    this.name = 'DatabaseCorruptError';
  }
}

export interface OpenOptions {
  /** Hex key for SQLite3MultipleCiphers; omitted means a plain (unencrypted) file. */
  key?: string;
  readonly?: boolean;
  /**
   * Called with the open connection when a database that already holds data is about to be
   * migrated (not for a new file), so a backup of the old version is taken first.
   */
  beforeMigrate?: (raw: BetterSqlite3.Database, pending: string[]) => Promise<void> | void;
  /** Files larger than this are checked after open, in the background (see db/integrity.ts). */
  checkBeforeUseMaxBytes?: number;
}

export interface OpenedDb {
  db: Db;
  raw: BetterSqlite3.Database;
  /** True when the full check was left to the caller to run in the background (a large file). */
  checkPending: boolean;
  close(): Promise<void>;
}

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Opens (creating if needed) a facility database, checks it and brings its schema up to date. */
export async function openDatabase(file: string, options: OpenOptions = {}): Promise<OpenedDb> {
  const checkPending = checksInBackground(file, options.checkBeforeUseMaxBytes);
  const raw = new BetterSqlite3(file, { readonly: options.readonly ?? false });
  try {
    if (options.key) raw.pragma(`key = "x'${options.key}'"`);
    if (checkPending) {
      // The header and the schema decrypt and parse (a wrong key or garbage fails here); the
      // pages are read by the background check.
      raw.prepare('SELECT count(*) FROM sqlite_master').get();
    } else {
      // quick_check reads every page but skips index cross-checks: fast enough for a small file.
      const check = raw.pragma('quick_check', { simple: true }) as string;
      if (check !== 'ok') throw new DatabaseCorruptError(check);
    }
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = FULL');
    raw.pragma('foreign_keys = ON');
    raw.pragma('busy_timeout = 5000');
    raw.pragma('trusted_schema = OFF');
    // Sorts and temporary indexes stay in memory: SQLite's temp files would not be encrypted.
    raw.pragma('temp_store = MEMORY');
  } catch (e) {
    raw.close();
    if (e instanceof DatabaseCorruptError) throw e;
    const code = (e as { code?: string }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') throw new DatabaseCorruptError(code);
    throw e;
  }
  const db = new Kysely<Database>({ dialect: new StoreDialect({ database: withStatementCache(raw) }) });
  try {
    if (!options.readonly) await migrate(db, raw, options.beforeMigrate);
  } catch (e) {
    await db.destroy();
    throw e;
  }
  return { db, raw, checkPending, close: () => db.destroy() };
}

async function migrate(db: Kysely<Database>, raw: BetterSqlite3.Database, beforeMigrate: OpenOptions['beforeMigrate']): Promise<void> {
  const known = new Set(Object.keys(migrations));
  const applied = await appliedMigrations(db);
  const unknown = applied.filter((name) => !known.has(name));
  if (unknown.length > 0) throw new DatabaseTooNewError(unknown);
  const pending = [...known].filter((name) => !applied.includes(name));
  // Nothing to do means nothing written: a read-only file opens too.
  if (pending.length === 0) return;
  if (applied.length > 0) await beforeMigrate?.(raw, pending);
  const migrator = new Migrator({ db, provider });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
}

export async function appliedMigrations(db: Kysely<Database>): Promise<string[]> {
  const exists = await sql<{
    n: number;
  }>`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'kysely_migration'`.execute(db);
  if ((exists.rows[0]?.n ?? 0) === 0) return [];
  const rows = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(db);
  return rows.rows.map((r) => r.name);
}
