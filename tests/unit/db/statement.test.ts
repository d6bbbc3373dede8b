// Hand-written hot statements: values are bound one by one, counts are whole numbers or refused.
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { StoreDialect } from '../../../db/dialect';
import { withStatementCache } from '../../../db/statement-cache';
import { countText, placeholders, runStatement } from '../../../db/statement';
import type { Database } from '../../../db/schema';

describe('db/statement', () => {
  it('writes one placeholder per value and refuses counts that are not whole numbers', () => {
    expect(placeholders(1)).toBe('?');
    expect(placeholders(3)).toBe('?, ?, ?');
    expect(countText(50)).toBe('50');
    expect(countText(0)).toBe('0');
    for (const bad of [-1, 1.5, Number.NaN, 2 ** 60]) expect(() => countText(bad)).toThrow(/row count/);
  });

  it('binds values (a quote in a value is data, not SQL) and reads rows', async () => {
    const raw = new BetterSqlite3(':memory:');
    raw.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO t (name) VALUES ('a'), ('b'), ('o''rin')");
    const db = new Kysely<Database>({ dialect: new StoreDialect({ database: withStatementCache(raw) }) });
    const ids = [1, 3];
    const rows = await runStatement<{ name: string }>(
      db,
      `SELECT name FROM t WHERE id IN (${placeholders(ids.length)}) ORDER BY id LIMIT ${countText(5)}`,
      ids,
    );
    expect(rows.map((r) => r.name)).toEqual(['a', "o'rin"]);
    expect(await runStatement(db, 'SELECT id FROM t WHERE name = ?', ["x' OR '1'='1"])).toEqual([]);
    await db.destroy();
  });
});
