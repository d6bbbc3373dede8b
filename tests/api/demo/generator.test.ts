// The training-facility generator: deterministic for a seed, sound by every integrity check, the
// fast path identical to the handlers, and a training facility marked as such.
import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { generated } from '../../fixtures/demo';
import { integrityChecks, integrityProblems } from '../../../electron/features/demo/integrity';
import { FACILITY_KINDS } from '../../../electron/contract/setup.contract';
import { ROLES } from '../../../electron/contract/core';

describe('training facility generator', () => {
  it('makes the same content from the same seed, and different content from another seed', async () => {
    const a = await generated({ kind: 'women_center', seed: 11 });
    const b = await generated({ kind: 'women_center', seed: 11 });
    const c = await generated({ kind: 'women_center', seed: 12 });
    try {
      const [ha, hb, hc] = [await a.hash(), await b.hash(), await c.hash()];
      expect(ha).toMatch(/^[0-9a-f]{64}$/);
      expect(hb).toBe(ha);
      expect(hc).not.toBe(ha);
      // Random by design: passwords differ between runs of the same seed, and are never stored.
      expect(a.out.staff[0]!.password).not.toBe(b.out.staff[0]!.password);
    } finally {
      await Promise.all([a.close(), b.close(), c.close()]);
    }
  }, 240_000);

  it.each(FACILITY_KINDS)(
    'a %s passes every integrity check, with staff for every role, marked as training',
    async (kind) => {
      const g = await generated({ kind, seed: 5 });
      try {
        const checks = await integrityChecks(g.db);
        expect(integrityProblems(checks)).toEqual([]);
        expect(checks.length).toBeGreaterThanOrEqual(9);
        expect(new Set(g.out.staff.map((s) => s.role))).toEqual(new Set(ROLES));
        const facility = await g.db.selectFrom('facility').select(['training', 'capacity']).executeTakeFirstOrThrow();
        expect(facility).toEqual({ training: 1, capacity: 9 });
        const clients = await g.db
          .selectFrom('clients')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow();
        expect(Number(clients.n)).toBeGreaterThan(5);
        expect(g.out.counts.care_log_entries).toBeGreaterThan(1000);
        if (kind === 'day_care') expect(g.out.counts.attendance).toBeGreaterThan(300);
        if (kind === 'women_center' || kind === 'trafficking_shelter') expect(g.out.counts.appeals).toBeGreaterThan(10);
      } finally {
        await g.close();
      }
    },
    240_000,
  );

  it.each(['day_care', 'women_center'] as const)(
    'the fast path writes exactly what the handlers write (%s)',
    async (kind) => {
      const slow = await generated({ kind, seed: 3, days: 35, fast: false });
      const fast = await generated({ kind, seed: 3, days: 35, fast: true });
      try {
        expect(await fast.hash()).toBe(await slow.hash());
      } finally {
        await Promise.all([slow.close(), fast.close()]);
      }
    },
    240_000,
  );

  it('the checks can fail: a billed absence', async () => {
    const g = await generated({ kind: 'day_care', seed: 9, days: 50 });
    try {
      expect(integrityProblems(await integrityChecks(g.db))).toEqual([]);
      const day = await g.db.selectFrom('billing_claim_days').select(['client_id', 'date']).orderBy('id').executeTakeFirstOrThrow();
      // The billed month's reports are closed too: the store refuses the edit unless its guard is removed.
      await sql`DROP TRIGGER attendance_closed_period_update`.execute(g.db);
      await g.db
        .updateTable('attendance')
        .set({ check_in: null, check_out: null, absence_reason: 'illness' })
        .where('client_id', '=', day.client_id)
        .where('date', '=', day.date)
        .execute();
      const problems = integrityProblems(await integrityChecks(g.db));
      expect(problems.some((p) => p.startsWith('every claim line matches attendance'))).toBe(true);
    } finally {
      await g.close();
    }
  }, 240_000);

  it('the checks can fail: a bed given twice, an edited audit entry', async () => {
    const g = await generated({ kind: 'family_home', seed: 9, days: 30 });
    try {
      expect(integrityProblems(await integrityChecks(g.db))).toEqual([]);
      const [a, b] = await g.db.selectFrom('placements').selectAll().where('to_date', 'is', null).orderBy('id').limit(2).execute();
      await g.db.updateTable('placements').set({ bed_id: a!.bed_id, room_id: a!.room_id }).where('id', '=', b!.id).execute();
      await sql`DROP TRIGGER audit_log_no_update`.execute(g.db);
      await g.db.updateTable('audit_log').set({ action: 'tampered' }).where('seq', '=', 5).execute();
      const problems = integrityProblems(await integrityChecks(g.db));
      expect(problems.some((p) => p.startsWith('no bed double-booked'))).toBe(true);
      expect(problems).toContain('audit chain verifies: entry 5: edited');
    } finally {
      await g.close();
    }
  }, 240_000);
});
