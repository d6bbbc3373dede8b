// Hand-written statements for the few reads every keystroke and tap runs (the session of each call,
// the client list as you type, a resident's care log). Their text is a constant, or built from a
// handful of parts, and their values are bound: Kysely's query builder and compiler (5–10 µs a
// statement) would cost more than SQLite's answer, and a constant text is found in the statement
// cache without hashing a new string. Everything else goes through the query builder.
import { CompiledQuery, type Kysely } from 'kysely';
import type { Database } from './schema';

export async function runStatement<R>(db: Kysely<Database>, text: string, params: readonly unknown[]): Promise<R[]> {
  return (await db.executeQuery<R>(CompiledQuery.raw(text, [...params]))).rows;
}

/** `?, ?, ?` for an IN list of `n` values (bound one by one). */
export function placeholders(n: number): string {
  return n === 1 ? '?' : `?${', ?'.repeat(n - 1)}`;
}

/**
 * A LIMIT or OFFSET count written into the statement, as the dialect does for the builder
 * (db/dialect.ts): SQLite runs a bound LIMIT slower even where it sorts nothing (a resident's day
 * 22 → 54 µs).
 */
export function countText(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`Not a row count: ${n}`);
  return String(n);
}
