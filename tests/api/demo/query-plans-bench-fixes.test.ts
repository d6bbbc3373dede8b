// The queries changed to meet the benchmark's budgets read index ranges, never whole tables:
// a month's claim reads only the ledger days it looks at (billing_claim_days_client_date) and every
// authorisation of its children in one query (billing_authorisations_client); the client list
// chooses its page on the clients alone and joins only that page. Checked with EXPLAIN QUERY PLAN
// on the repository functions' own SQL, on an empty migrated database (plans do not need rows).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kysely, type CompiledQuery } from 'kysely';
import { StoreDialect } from '../../../db/dialect';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDb } from '../../../db/open';
import type { Database } from '../../../db/schema';
import { ledgerForDays } from '../../../db/repositories/billing-claims';
import { authorisationsOfClients } from '../../../db/repositories/billing';
import { listClients } from '../../../db/repositories/clients';
import { queryTokens } from '../../../electron/features/clients/search-terms';

const dir = mkdtempSync(join(tmpdir(), 'komak-plans-'));
let opened: OpenedDb;
let captured: CompiledQuery[] = [];
let spy: Kysely<Database>;

beforeAll(async () => {
  opened = await openDatabase(join(dir, 'plans.komak'));
  spy = new Kysely<Database>({
    dialect: new StoreDialect({ database: opened.raw }),
    log: (e) => void (e.level === 'query' && captured.push(e.query)),
  });
});
afterAll(async () => {
  await opened.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Every query a repository function ran, each as SQLite's plan lines joined. */
async function plansOf(run: (db: Kysely<Database>) => Promise<unknown>): Promise<string[]> {
  captured = [];
  await run(spy);
  return captured.map((q) =>
    (opened.raw.prepare(`EXPLAIN QUERY PLAN ${q.sql}`).all(...(q.parameters as unknown[])) as Array<{ detail: string }>)
      .map((r) => r.detail)
      .join('\n'),
  );
}

const wholeScan = (plan: string, table: string) => new RegExp(`^SCAN ${table}\\b(?!.*INDEX)`, 'm').test(plan);

describe('query plans of the queries changed for the benchmark', () => {
  it('a month’s claim: the month’s ledger days and the corrected days, each by client and date range', async () => {
    const plans = await plansOf((db) => ledgerForDays(db, [1, 2, 3], '2026-10-01', '2026-10-31', [{ clientId: 2, date: '2026-09-14' }]));
    expect(plans).toHaveLength(2);
    expect(plans[0]).toMatch(
      /SEARCH (billing_claim_days|d) USING INDEX billing_claim_days_client_date \(client_id=\? AND date>\? AND date<\?\)/,
    );
    expect(plans[1]).toMatch(/SEARCH (billing_claim_days|d) USING INDEX billing_claim_days_client_date \(client_id=\? AND date=\?\)/);
    for (const p of plans) expect(wholeScan(p, 'd') || wholeScan(p, 'billing_claim_days')).toBe(false);
    // Without corrections, one query.
    expect(await plansOf((db) => ledgerForDays(db, [1], '2026-10-01', '2026-10-31', []))).toHaveLength(1);
  });

  it('the claim’s authorisations: one query for all its children, by client', async () => {
    const plans = await plansOf((db) => authorisationsOfClients(db, [1, 2, 3]));
    expect(plans).toHaveLength(1);
    expect(plans[0]).toMatch(/SEARCH billing_authorisations USING INDEX billing_authorisations_client \(client_id=\?\)/);
  });

  it('the client list: the page chosen on the search terms’ range, the joins only for that page', async () => {
    const plans = await plansOf((db) =>
      listClients(db, {
        statuses: null,
        scope: null,
        tokens: queryTokens('kari'),
        identityFor: 'all',
        sort: 'code',
        dir: 'asc',
        offset: 0,
        limit: 50,
      }),
    );
    // One statement per keystroke: the number of all matches is a window over the page's own pass.
    expect(plans).toHaveLength(1);
    const page = plans[0]!;
    // The page is a co-routine over the term range; the outer joins read it, not the clients table.
    expect(page).toMatch(/CO-ROUTINE page/);
    expect(page).toMatch(/SEARCH t USING (COVERING INDEX|PRIMARY KEY) .*term>\? AND term<\?/);
    expect(page).toMatch(/SCAN page/);
    expect(wholeScan(page, 'c')).toBe(false);
    expect(wholeScan(page, 'clients')).toBe(false);
  });
});
