import { afterEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { TestFacility } from '../../fixtures/backend';
import { appendAudit, verifyAuditChain } from '../../../db/repositories/audit';

let f: TestFacility;
afterEach(async () => f?.close());

describe('audit chain', () => {
  it('verifies an untouched chain and names the entry that was edited', async () => {
    f = await TestFacility.create();
    const m = await f.signIn();
    await f.ok(m, 'auth.setLanguage', { lang: 'ru' });
    await f.ok(m, 'auth.setLanguage', { lang: 'uz' });
    const verdict = await verifyAuditChain(f.backend.db);
    expect(verdict).toMatchObject({ ok: true, count: 4 });
    // Tampering needs the triggers gone, as an attacker with the file would do.
    await sql`DROP TRIGGER audit_log_no_update`.execute(f.backend.db);
    await sql`UPDATE audit_log SET changes = '{"lang":["ru","en"]}' WHERE seq = 3`.execute(f.backend.db);
    expect(await verifyAuditChain(f.backend.db)).toEqual({ ok: false, seq: 3, problem: 'edited' });
  });

  it('finds a deleted entry', async () => {
    f = await TestFacility.create();
    const m = await f.signIn();
    await f.ok(m, 'auth.setLanguage', { lang: 'ru' });
    await sql`DROP TRIGGER audit_log_no_delete`.execute(f.backend.db);
    await sql`DELETE FROM audit_log WHERE seq = 2`.execute(f.backend.db);
    expect(await verifyAuditChain(f.backend.db)).toMatchObject({ ok: false, seq: 2 });
  });
});

describe('audit chain across read batches', () => {
  // verifyAuditChain reads the trail in batches of a few hundred: an entry at a batch's edge is
  // checked against its neighbour in the next batch.
  it('verifies a long chain and names an edited entry at either side of a batch edge', async () => {
    f = await TestFacility.create();
    const db = f.backend.db;
    const at = '2026-11-22T10:00:00.000Z';
    for (let i = 0; i < 1200; i++)
      await appendAudit(db, { at, userId: null, username: null, role: null, action: 'test.entry', changes: { i }, outcome: 'ok' });
    const total = Number((await sql<{ n: number }>`SELECT count(*) AS n FROM audit_log`.execute(db)).rows[0]!.n);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, count: total });
    await sql`DROP TRIGGER audit_log_no_update`.execute(db);
    for (const seq of [500, 501, 1000, total]) {
      const original = (await sql<{ changes: string }>`SELECT changes FROM audit_log WHERE seq = ${seq}`.execute(db)).rows[0]!.changes;
      await sql`UPDATE audit_log SET changes = '{"i":-1}' WHERE seq = ${seq}`.execute(db);
      expect(await verifyAuditChain(db)).toEqual({ ok: false, seq, problem: 'edited' });
      await sql`UPDATE audit_log SET changes = ${original} WHERE seq = ${seq}`.execute(db);
    }
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, count: total });
  });
});
