// The store's dialect writes LIMIT and OFFSET counts into the SQL (SQLite plans a literal LIMIT as a
// top-N sort; a bound one sets up a full sorter on every run) and binds everything else as before.
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { Kysely, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { StoreDialect } from '../../../db/dialect';
import { withStatementCache } from '../../../db/statement-cache';

interface Db {
  t: { id: number; name: string };
}

function store() {
  const raw = new BetterSqlite3(':memory:');
  raw.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO t (name) VALUES ('a'), ('b'), ('c'), ('d')");
  return new Kysely<Db>({ dialect: new StoreDialect({ database: withStatementCache(raw) }) });
}

describe('StoreDialect', () => {
  it('writes integer counts into the statement and binds the values of the WHERE', () => {
    const db = store();
    const q = db.selectFrom('t').selectAll().where('name', '!=', 'x').orderBy('id').limit(2).offset(1).compile();
    expect(q.sql).toMatch(/limit 2 offset 1$/);
    expect(q.parameters).toEqual(['x']);
  });

  it('keeps anything that is not a non-negative whole number bound', () => {
    const db = store();
    for (const n of [1.5, -1, Number.MAX_SAFE_INTEGER + 2]) {
      const q = db.selectFrom('t').selectAll().limit(n).compile();
      expect(q.sql).toMatch(/limit \?$/);
      expect(q.parameters).toEqual([n]);
    }
    const expr = db
      .selectFrom('t')
      .selectAll()
      .limit(sql<number>`1 + 1`)
      .compile();
    expect(expr.sql).toMatch(/limit 1 \+ 1$/);
  });

  it('answers the same rows as a bound count', async () => {
    const db = store();
    const rows = await db.selectFrom('t').select('name').orderBy('id', 'desc').limit(2).offset(1).execute();
    expect(rows.map((r) => r.name)).toEqual(['c', 'b']);
    const again = await db.selectFrom('t').select('name').orderBy('id', 'desc').limit(2).offset(2).execute();
    expect(again.map((r) => r.name)).toEqual(['b', 'a']);
    await db.destroy();
  });
});
