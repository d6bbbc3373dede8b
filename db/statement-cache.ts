// Kysely's SQLite driver prepares every statement anew on each query. On the hot paths (a search
// keystroke, a care log day) the preparing costs more than running the statement: the answer is a
// few index lookups. The connection handed to Kysely keeps the prepared statements by SQL text and
// reuses them; only the compiled statement is kept, never a result, so nothing can go stale
// (SQLite re-prepares a kept statement by itself after a schema change).
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';

/** Distinct SQL texts kept; the app's queries are a few hundred shapes, IN lists make more. */
const KEEP = 500;

export function withStatementCache(raw: BetterSqlite3.Database): BetterSqlite3.Database {
  const kept = new Map<string, BetterSqlite3.Statement>();
  const prepare = (source: string): BetterSqlite3.Statement => {
    const known = kept.get(source);
    // A statement still being iterated (a streamed query) cannot run a second time meanwhile.
    if (known && !known.busy) {
      // Most recently used last, so the oldest is the first dropped.
      kept.delete(source);
      kept.set(source, known);
      return known;
    }
    const stmt = raw.prepare(source);
    if (!known) {
      kept.set(source, stmt);
      if (kept.size > KEEP) kept.delete(kept.keys().next().value!);
    }
    return stmt;
  };
  return new Proxy(raw, {
    get(target, prop) {
      if (prop === 'prepare') return prepare;
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
