// The hot queries of daily work read an index range, never the whole table: today's attendance
// sheet, one resident's care log for a day and a week, the handover screen, a caregiver's shift.
// The plans are checked with EXPLAIN QUERY PLAN on the repository functions' own SQL. With
// KOMAK_BENCH=1 the same queries also run over 2,000,000 care-log rows and print their times
// (performance is reported, never asserted on time).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kysely, type CompiledQuery } from 'kysely';
import { StoreDialect } from '../../db/dialect';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDb } from '../../db/open';
import type { Database } from '../../db/schema';
import { attendanceBetween } from '../../db/repositories/attendance';
import { careEntriesOfClient, careEntriesOfClients, careEntriesByAuthor, pendingHandover, dayCounts } from '../../db/repositories/carelog';

const dir = mkdtempSync(join(tmpdir(), 'komak-plans-'));
let opened: OpenedDb;
let captured: CompiledQuery[] = [];
let spy: Kysely<Database>;

beforeAll(async () => {
  opened = await openDatabase(join(dir, 'plans.komak'));
  spy = new Kysely<Database>({
    dialect: new StoreDialect({ database: opened.raw }),
    log: (e) => {
      if (e.level === 'query') captured.push(e.query);
    },
  });
  if (process.env.KOMAK_BENCH) fill2M();
});
afterAll(async () => {
  await opened.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The plan of the last query a repository function ran, as SQLite's detail lines. */
async function planOf(run: (db: Kysely<Database>) => Promise<unknown>): Promise<string[]> {
  captured = [];
  await run(spy);
  const q = captured[captured.length - 1]!;
  const rows = opened.raw.prepare(`EXPLAIN QUERY PLAN ${q.sql}`).all(...(q.parameters as unknown[])) as { detail: string }[];
  return rows.map((r) => r.detail);
}

/** A timing line for the bench run: the median of five runs. */
async function timed(label: string, run: () => Promise<unknown>): Promise<void> {
  if (!process.env.KOMAK_BENCH) return;
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(`${label}: ${times[2]!.toFixed(2)} ms`);
}

describe('query plans of daily work', () => {
  it('today’s sheet reads the attendance of one day by index', async () => {
    const plan = await planOf((db) => attendanceBetween(db, '2026-11-24', '2026-11-24', [1, 2, 3, 4, 5, 6, 7, 8, 9]));
    expect(plan.join('\n')).toMatch(/SEARCH attendance USING INDEX attendance_(date|client_date)/);
    expect(plan.join('\n')).not.toMatch(/SCAN attendance/);
  });

  it('a resident’s day and week are an index range on (client, date) in event order, without sorting', async () => {
    for (const [from, to] of [
      ['2026-11-24', '2026-11-24'],
      ['2026-11-18', '2026-11-24'],
    ]) {
      const plan = (await planOf((db) => careEntriesOfClient(db, 42, from!, to!, 500))).join('\n');
      expect(plan).toMatch(/SEARCH e USING INDEX care_log_client_date \(client_id=\? AND event_date>\? AND event_date<\?\)/);
      expect(plan).not.toMatch(/TEMP B-TREE/);
      // Its marks come by key: the correction and acknowledgement of the entry, the entry it replaces.
      expect(plan).toMatch(/SEARCH r USING (COVERING )?INDEX care_log_corrections_replacement \(replacement_id=\?\)/);
      expect(plan).not.toMatch(/SCAN (u|c|cu|r|a|au)\b/);
      await timed(`care log of one resident ${from}..${to}`, () => careEntriesOfClient(opened.db, 42, from!, to!, 500));
    }
  });

  it('everyone in a caregiver’s rooms, her own shift, the day at a glance and the handover use their indexes', async () => {
    const ids = Array.from({ length: 12 }, (_, i) => i + 1);
    const scope = (await planOf((db) => careEntriesOfClients(db, ids, '2026-11-24', '2026-11-24', 500))).join('\n');
    expect(scope).toMatch(/SEARCH e USING INDEX care_log_client_date \(client_id=\? AND event_date>\? AND event_date<\?\)/);
    const shift = (await planOf((db) => careEntriesByAuthor(db, 7, '2026-11-24T03:00:00Z', '2026-11-24T15:00:00Z', 500))).join('\n');
    expect(shift).toMatch(/SEARCH e USING INDEX care_log_author \(author_id=\? AND entered_at>\? AND entered_at<\?\)/);
    const glance = (await planOf((db) => dayCounts(db, ids, '2026-11-24'))).join('\n');
    expect(glance).toMatch(/SEARCH e USING INDEX care_log_client_date \(client_id=\? AND event_date=\?\)/);
    const handover = (await planOf((db) => pendingHandover(db, '2026-11-10T00:00:00Z'))).join('\n');
    expect(handover).toMatch(/SEARCH e USING INDEX care_log_handover \(entered_at>\?\)/);
    expect(handover).not.toMatch(/SCAN e\b/);
    await timed('care log of 12 residents, one day', () => careEntriesOfClients(opened.db, ids, '2026-11-24', '2026-11-24', 500));
    await timed('a caregiver’s shift', () => careEntriesByAuthor(opened.db, 7, '2026-11-24T03:00:00Z', '2026-11-24T15:00:00Z', 500));
    await timed('day at a glance, 12 residents', () => dayCounts(opened.db, ids, '2026-11-24'));
    await timed('handover screen', () => pendingHandover(opened.db, '2026-11-10T00:00:00Z'));
  });
});

/**
 * 2,000,000 entries: 500 residents × 4,000 entries, twelve a day each, over the 333 days up to the
 * queried day, one in a thousand flagged for handover. Foreign keys are off for the bulk insert.
 */
function fill2M(): void {
  const raw = opened.raw;
  raw.pragma('foreign_keys = OFF');
  const t = performance.now();
  raw
    .prepare(
      `INSERT INTO users (username, full_name, role, password_hash, created_at, updated_at) VALUES ('bench', 'Bench', 'caregiver', 'x', '', '')`,
    )
    .run();
  const insert = raw.prepare(
    `INSERT INTO care_log_entries (client_id, category, value, event_at, event_date, entered_at, author_id, for_handover) VALUES (?, 'meal', 'ate_all', ?, ?, ?, ?, ?)`,
  );
  const day0 = Date.parse('2026-11-24T22:00:00Z') - 3999 * 2 * 3600_000;
  raw.transaction(() => {
    for (let i = 0; i < 2_000_000; i++) {
      const client = (i % 500) + 1;
      const day = Math.floor(i / 500);
      const at = new Date(day0 + day * 2 * 3600_000).toISOString();
      insert.run(client, at, at.slice(0, 10), at, (i % 20) + 1, i % 997 === 0 ? 1 : 0);
    }
  })();
  raw.pragma('foreign_keys = ON');
  raw.exec('ANALYZE');
  console.log(`filled 2,000,000 care-log rows in ${((performance.now() - t) / 1000).toFixed(1)} s`);
}
