// The hot queries of the benchmark read through their indexes on a generated facility: client
// search as you type, the bed board, the women's center statistics, a resident's care log, a day's
// attendance sheet. Every query a hot path runs is captured and its plan checked: no big table is
// scanned whole (SQLite's "SCAN <table>" without an index).
import { Kysely, type CompiledQuery } from 'kysely';
import { StoreDialect } from '../../../db/dialect';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/schema';
import { listClients } from '../../../db/repositories/clients';
import { placementsOn, staysOn, absencesOn } from '../../../db/repositories/stays';
import { careEntriesOfClient } from '../../../db/repositories/carelog';
import { womenStats } from '../../../electron/features/appeals/stats';
import { queryTokens } from '../../../electron/features/clients/search-terms';
import { buildSheet } from '../../../electron/features/daily/attendance.sheet';
import type { Viewer } from '../../../electron/features/clients/privacy';
import { generated } from '../../fixtures/demo';

type Generated = Awaited<ReturnType<typeof generated>>;
const BIG = ['clients', 'client_search_terms', 'stays', 'placements', 'absences', 'appeals', 'care_log_entries', 'attendance', 'audit_log'];
let women: Generated;
let day: Generated;

beforeAll(async () => {
  women = await generated({ kind: 'women_center', seed: 21, days: 40 });
  day = await generated({ kind: 'day_care', seed: 21, days: 40 });
}, 300_000);
afterAll(async () => {
  await women?.close();
  await day?.close();
});

/** Runs `fn` on a Kysely that records every query, and returns each query's plan lines. */
async function plansOf(g: Generated, fn: (db: Kysely<Database>) => Promise<unknown>): Promise<Array<{ sql: string; plan: string[] }>> {
  const captured: CompiledQuery[] = [];
  const spy = new Kysely<Database>({
    dialect: new StoreDialect({ database: g.raw }),
    log: (e) => void (e.level === 'query' && captured.push(e.query)),
  });
  await fn(spy);
  return captured.map((q) => ({
    sql: q.sql,
    plan: (g.raw.prepare(`EXPLAIN QUERY PLAN ${q.sql}`).all(...(q.parameters as unknown[])) as Array<{ detail: string }>).map(
      (r) => r.detail,
    ),
  }));
}

/** "SCAN t" with no index after it, for one of the big tables (by name or by the query's alias). */
function wholeScans(plans: Array<{ sql: string; plan: string[] }>): string[] {
  return plans.flatMap((p) =>
    p.plan.filter((line) => {
      const m = /^SCAN (\w+)(?: AS \w+)?$/.exec(line.trim());
      if (!m) return false;
      const alias = m[1]!;
      const table = BIG.find((t) => t === alias || new RegExp(`\\b${t}\\s+(as\\s+)?"?${alias}"?\\b`, 'i').test(p.sql));
      return !!table;
    }),
  );
}

describe('query plans of the benchmark’s hot paths on a generated facility', () => {
  it('client search as you type: a prefix range on the search terms', async () => {
    const plans = await plansOf(women, (db) =>
      listClients(db, {
        statuses: null,
        scope: null,
        tokens: queryTokens("o'rin"),
        identityFor: 'all',
        sort: 'code',
        dir: 'asc',
        offset: 0,
        limit: 50,
      }),
    );
    // One statement: the page, with the number of all matches from the same pass.
    expect(plans.length).toBe(1);
    expect(plans.flatMap((p) => p.plan).join('\n')).toMatch(/SEARCH t USING (COVERING INDEX|PRIMARY KEY) .*term>\? AND term<\?/);
    expect(wholeScans(plans)).toEqual([]);
  });

  it('the bed board: today’s placements, stays and absences by their date indexes', async () => {
    const plans = await plansOf(women, async (db) => {
      await placementsOn(db, '2026-11-20');
      await staysOn(db, '2026-11-20');
      await absencesOn(db, '2026-11-20');
    });
    expect(plans.length).toBe(3);
    expect(wholeScans(plans)).toEqual([]);
    expect(plans[0]!.plan.join('\n')).toMatch(/USING (COVERING )?INDEX placements_/);
  });

  it('the women’s center statistics: the covering index of the period', async () => {
    const plans = await plansOf(women, (db) => womenStats(db, '2025-11-21', '2026-11-20'));
    expect(plans.length).toBeGreaterThan(0);
    expect(plans.flatMap((p) => p.plan).join('\n')).toMatch(/USING COVERING INDEX appeals_stats/);
    expect(wholeScans(plans)).toEqual([]);
  });

  it('a resident’s care log and a day’s attendance sheet', async () => {
    const care = await plansOf(women, (db) => careEntriesOfClient(db, 1, '2026-11-14', '2026-11-20', 500));
    // Every statement the manager's sheet runs (groups, children with their day, people, locks, reasons).
    const manager: Viewer = { userId: 1, role: 'manager', kind: 'day_care', scope: null };
    const sheet = await plansOf(day, async (db) =>
      expect((await buildSheet(db, manager, '2026-11-20', '2026-11-20')).rows.length).toBeGreaterThan(0),
    );
    expect(wholeScans([...care, ...sheet])).toEqual([]);
    expect(care[0]!.plan.join('\n')).toMatch(/USING INDEX care_log_/);
    const members = sheet.find((p) => /FROM placements p\s+JOIN stays/.test(p.sql))!.plan.join('\n');
    expect(members).toMatch(/SEARCH p USING INDEX placements_dates/);
    expect(members).toMatch(/SEARCH a USING INDEX attendance_client_date \(client_id=\? AND date=\?\)/);
    expect(members).toMatch(/SEARCH e USING INDEX billing_extended_care_client \(client_id=\? AND valid_from<\?\)/);
    const people = sheet.find((p) => /FROM client_representatives r/.test(p.sql))!.plan.join('\n');
    expect(people).toMatch(/SEARCH r USING INDEX client_representatives_client \(client_id=\?\)/);
  });
});
