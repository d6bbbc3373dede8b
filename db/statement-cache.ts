// Kysely's SQLite driver prepares every statement anew on each query. On the hot paths (a search
// keystroke, a care log day) the preparing costs more than running the statement: the answer is a
// few index lookups. The connection handed to Kysely keeps the prepared statements by SQL text and
// reuses them; only the compiled statement is kept, never a result, so nothing can go stale
// (SQLite re-prepares a kept statement by itself after a schema change).
//
// Kysely uses only `prepare` and `close` of the database it is given, so that is all this object
// has: a plain object, not a proxy, because every query passes through it.
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import type { SqliteDatabase } from 'kysely';

/** Distinct SQL texts kept; the app's queries are a few hundred shapes, IN lists make more. */
const KEEP = 500;

export function withStatementCache(raw: BetterSqlite3.Database): SqliteDatabase {
  const kept = new Map<string, BetterSqlite3.Statement>();
  return {
    prepare(source: string): BetterSqlite3.Statement {
      const known = kept.get(source);
      // A statement still being iterated (a streamed query) cannot run a second time meanwhile.
      if (known && !known.busy) return known;
      const stmt = raw.prepare(source);
      if (!known) {
        // When full, the first kept is dropped (a statement still in use is simply prepared again):
        // keeping the order of use would cost two more map operations on every query.
        kept.set(source, stmt);
        if (kept.size > KEEP) kept.delete(kept.keys().next().value!);
      }
      return stmt;
    },
    close: () => raw.close(),
  };
}
