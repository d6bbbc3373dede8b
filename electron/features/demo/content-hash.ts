// A hash of a facility's CONTENT: every row of every table, in a canonical order and form, so two
// generator runs with the same seed can be compared byte for byte. Left out, because they are
// random by design and never derived from the seed:
//   - users.password_hash (Argon2 with a random salt; the passwords themselves are random),
//   - sessions (random tokens), backup_log (file names and times of real backups),
//   - lan_certificate (a random key pair), kysely_migration* (the wall-clock time migrations ran),
//   - signing keys and the bytes signed with them (see EXCLUDED below; they hold random key material).
// The database key and its wraps live in the keyring file beside the database, not in a table.
import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../db/schema';

/** Whole tables, and single columns, that hold random key material or real-world times. */
export const EXCLUDED_TABLES = new Set([
  'sessions',
  'backup_log',
  'lan_certificate',
  'kysely_migration',
  'kysely_migration_lock',
  'sqlite_sequence',
]);
export const EXCLUDED_COLUMNS: Record<string, readonly string[]> = {
  users: ['password_hash'],
};

function canonical(v: unknown): unknown {
  if (v instanceof Uint8Array) return `hex:${Buffer.from(v).toString('hex')}`;
  return v;
}

/** sha256 over `table\ncolumns\nrow…` for each table in name order, rows in rowid (or full-column) order. */
export async function contentHash(db: Kysely<Database>, onTable?: (table: string, rows: number) => void): Promise<string> {
  const h = createHash('sha256');
  const tables = await sql<{ name: string; wr: number }>`
    SELECT name, (sql LIKE '%WITHOUT ROWID%') AS wr FROM sqlite_master
    WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`.execute(db);
  for (const t of tables.rows) {
    if (EXCLUDED_TABLES.has(t.name)) continue;
    const cols = await sql<{ name: string }>`SELECT name FROM pragma_table_info(${t.name}) ORDER BY cid`.execute(db);
    const skip = new Set(EXCLUDED_COLUMNS[t.name] ?? []);
    const names = cols.rows.map((c) => c.name).filter((c) => !skip.has(c));
    h.update(`table ${t.name}\n${JSON.stringify(names)}\n`);
    const list = sql.join(names.map((n) => sql.ref(n)));
    let n = 0;
    const add = (rows: Array<Record<string, unknown>>) => {
      for (const row of rows) {
        h.update(JSON.stringify(names.map((c) => canonical(row[c]))));
        h.update('\n');
        n++;
      }
    };
    if (t.wr) {
      const order = sql.join(names.map((_, i) => sql.raw(String(i + 1))));
      add((await sql<Record<string, unknown>>`SELECT ${list} FROM ${sql.table(t.name)} ORDER BY ${order}`.execute(db)).rows);
    } else {
      // Keyset pages by rowid: constant memory on a table of millions of rows.
      for (let after = Number.MIN_SAFE_INTEGER; ;) {
        const page = await sql<Record<string, unknown> & { __rowid: number }>`
          SELECT rowid AS __rowid, ${list} FROM ${sql.table(t.name)} WHERE rowid > ${after} ORDER BY rowid LIMIT 20000`.execute(db);
        if (!page.rows.length) break;
        add(page.rows);
        after = page.rows[page.rows.length - 1]!.__rowid;
      }
    }
    onTable?.(t.name, n);
  }
  return h.digest('hex');
}
