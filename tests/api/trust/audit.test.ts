import { afterEach, describe, expect, it } from 'vitest';
import { sql, type Kysely } from 'kysely';
import { TestFacility, PASSWORD } from '../../fixtures/backend';
import { verifyAuditChain, chainHash, canonicalEntry, auditHead } from '../../../db/repositories/audit';
import type { Database } from '../../../db/schema';
import { auditHeadFor } from '../../../electron/features/audit/audit-head';

let f: TestFacility;
afterEach(async () => f?.close());

/** Ten entries: setup, sign-in, then language switches. */
async function trail(): Promise<Kysely<Database>> {
  f = await TestFacility.create();
  const m = await f.signIn();
  for (let i = 0; i < 8; i++) await f.ok(m, 'auth.setLanguage', { lang: i % 2 ? 'uz' : 'ru' });
  const db = f.backend.db;
  // An attacker with the file and the key drops the guards first.
  await sql`DROP TRIGGER audit_log_no_update`.execute(db);
  await sql`DROP TRIGGER audit_log_no_delete`.execute(db);
  return db;
}

/** Moves entries from `from` on by `by` places (keeping their stored hashes). */
async function renumber(db: Kysely<Database>, from: number, by: number) {
  await sql`UPDATE audit_log SET seq = -seq WHERE seq >= ${from}`.execute(db);
  await sql`UPDATE audit_log SET seq = -seq + ${by} WHERE seq < 0`.execute(db);
}

/** Recomputes every hash from `from` on, as a careful forger would. */
async function rehash(db: Kysely<Database>, from: number) {
  const rows = await db.selectFrom('audit_log').selectAll().where('seq', '>=', from).orderBy('seq').execute();
  let prev = (
    await db
      .selectFrom('audit_log')
      .select('hash')
      .where('seq', '=', from - 1)
      .executeTakeFirstOrThrow()
  ).hash;
  for (const r of rows) {
    const hash = chainHash(prev, canonicalEntry(r));
    await db.updateTable('audit_log').set({ prev_hash: prev, hash }).where('seq', '=', r.seq).execute();
    prev = hash;
  }
}

describe('verifying the audit chain', () => {
  it('accepts an untouched trail and reports its length and head', async () => {
    const db = await trail();
    const head = await auditHeadFor(db);
    expect(await verifyAuditChain(db)).toEqual({ ok: true, count: 10, head: head.hash });
    expect(head.seq).toBe(10);
  });

  it('names an edited entry', async () => {
    const db = await trail();
    await sql`UPDATE audit_log SET changes = '{"lang":["uz","en"]}' WHERE seq = 5`.execute(db);
    expect(await verifyAuditChain(db)).toEqual({ ok: false, seq: 5, problem: 'edited' });
  });

  it('names an edited entry whose own hash was recomputed', async () => {
    const db = await trail();
    await sql`UPDATE audit_log SET username = 'someone' WHERE seq = 4`.execute(db);
    const r = await db.selectFrom('audit_log').selectAll().where('seq', '=', 4).executeTakeFirstOrThrow();
    await db
      .updateTable('audit_log')
      .set({ hash: chainHash(r.prev_hash, canonicalEntry(r)) })
      .where('seq', '=', 4)
      .execute();
    expect(await verifyAuditChain(db)).toEqual({ ok: false, seq: 4, problem: 'edited' });
  });

  it('names a deleted entry, with or without renumbering the rest', async () => {
    const db = await trail();
    await sql`DELETE FROM audit_log WHERE seq = 6`.execute(db);
    expect(await verifyAuditChain(db)).toEqual({ ok: false, seq: 6, problem: 'deleted' });
    await renumber(db, 7, -1);
    expect(await verifyAuditChain(db)).toEqual({ ok: false, seq: 6, problem: 'deleted' });
  });

  it('names an inserted entry, with a forged hash or a wrong one', async () => {
    const db = await trail();
    await renumber(db, 4, 1);
    const prev = (await db.selectFrom('audit_log').select('hash').where('seq', '=', 3).executeTakeFirstOrThrow()).hash;
    const fake = {
      seq: 4,
      at: '2026-11-22T09:00:01.000Z',
      user_id: 1,
      username: 'manager',
      role: 'manager',
      action: 'users.create',
      object_type: 'user',
      object_id: '99',
      changes: null,
      outcome: 'ok',
    };
    await db
      .insertInto('audit_log')
      .values({ ...fake, prev_hash: prev, hash: chainHash(prev, canonicalEntry(fake)) })
      .execute();
    expect(await verifyAuditChain(db)).toEqual({ ok: false, seq: 4, problem: 'inserted' });
    await sql`UPDATE audit_log SET hash = 'f00d' WHERE seq = 4`.execute(db);
    expect(await verifyAuditChain(db)).toEqual({ ok: false, seq: 4, problem: 'inserted' });
  });

  it('names reordered entries', async () => {
    const db = await trail();
    await sql`UPDATE audit_log SET seq = -1 WHERE seq = 7`.execute(db);
    await sql`UPDATE audit_log SET seq = 7 WHERE seq = 8`.execute(db);
    await sql`UPDATE audit_log SET seq = 8 WHERE seq = -1`.execute(db);
    expect(await verifyAuditChain(db)).toEqual({ ok: false, seq: 7, problem: 'reordered' });
  });

  it('notices entries cut from the end', async () => {
    const db = await trail();
    await sql`DELETE FROM audit_log WHERE seq >= 9`.execute(db);
    expect(await verifyAuditChain(db)).toEqual({ ok: false, seq: 9, problem: 'truncated' });
  });

  it('catches a chain rewritten from an edit on, against a head recorded elsewhere', async () => {
    const db = await trail();
    const anchor = await auditHead(db);
    await sql`UPDATE audit_log SET username = 'someone' WHERE seq = 3`.execute(db);
    await rehash(db, 3);
    expect((await verifyAuditChain(db)).ok).toBe(true); // consistent in itself…
    expect(await verifyAuditChain(db, { anchors: [anchor] })).toEqual({ ok: false, seq: 10, problem: 'anchor' });
  });
});

describe('the audit viewer', () => {
  it('filters by person, action, area, object and period, pages newest first, and audits its own use', async () => {
    f = await TestFacility.create();
    const cg = await f.as('caregiver', 'malika');
    await f.ok(cg, 'auth.setLanguage', { lang: 'ru' });
    f.now = new Date('2026-11-25T10:00:00Z');
    const m = await f.signIn();
    await f.ok(m, 'auth.setLanguage', { lang: 'en' });
    const malika = (await f.ok(m, 'users.list', {})).find((u) => u.username === 'malika')!;

    const byMalika = await f.ok(m, 'audit.list', { userId: malika.id });
    expect(byMalika.entries.map((e) => e.action)).toEqual(['auth.setLanguage', 'auth.signIn']);
    const usersArea = await f.ok(m, 'audit.list', { action: 'users.' });
    expect(usersArea.entries.map((e) => e.action)).toEqual(['users.create']);
    const onObject = await f.ok(m, 'audit.list', { objectType: 'user', objectId: String(malika.id) });
    expect(onObject.entries.map((e) => e.action)).toEqual(['auth.setLanguage', 'users.create']);
    // 25.11 in Tashkent: only the manager's switch (10:00 UTC = 15:00 local).
    const day = await f.ok(m, 'audit.list', { from: '2026-11-25', to: '2026-11-25', action: 'auth.setLanguage' });
    expect(day.entries).toHaveLength(1);
    expect(day.entries[0]!.changes).toEqual({ lang: ['uz', 'en'] });

    const first = await f.ok(m, 'audit.list', { limit: 3 });
    expect(first.entries.map((e) => e.seq)).toEqual([...first.entries.map((e) => e.seq)].sort((a, b) => b - a));
    const second = await f.ok(m, 'audit.list', { limit: 3, beforeSeq: first.nextBeforeSeq! });
    expect(second.entries[0]!.seq).toBe(first.entries[2]!.seq - 1);

    const views = await f.ok(m, 'audit.list', { action: 'audit.list' });
    expect(views.entries.length).toBeGreaterThanOrEqual(6);
    expect(views.entries.at(-1)!.changes).toEqual({ filter: { userId: malika.id } });
  });

  it('refuses bad filters and other roles', async () => {
    f = await TestFacility.create();
    const m = await f.signIn();
    const bad = await f.call(m, 'audit.list', { from: '2026-11-30', to: '2026-11-01', limit: 1000, action: 'x; DROP' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'validation' } });
    if (!bad.ok) expect(Object.keys(bad.error.fields ?? {}).sort()).toEqual(['action', 'limit', 'to']);
    const order = await f.call({ lang: 'en' }, 'audit.list', {});
    expect(order).toMatchObject({ error: { code: 'unauthenticated' } });
    const reversed = await f.call(m, 'audit.list', { from: '2026-11-30', to: '2026-11-01' });
    expect(reversed).toMatchObject({
      error: { code: 'validation', fields: { to: 'Tugash sanasi boshlanish sanasidan oldin boʻlmasin.' } },
    });
    for (const role of ['caregiver', 'accountant', 'social_worker', 'inspector'] as const) {
      expect(await f.call(await f.as(role), 'audit.list', {})).toMatchObject({ error: { code: 'forbidden' } });
    }
  });

  it('lets a manager and an inspector verify the chain through the contract', async () => {
    f = await TestFacility.create();
    const m = await f.signIn();
    const verdict = await f.ok(m, 'audit.verify', {});
    expect(verdict).toMatchObject({ ok: true, count: 2 });
    const inspector = await f.as('inspector');
    expect((await f.ok(inspector, 'audit.verify', {})).ok).toBe(true);
    expect(await f.call(await f.as('accountant'), 'audit.verify', {})).toMatchObject({ error: { code: 'forbidden' } });
    expect(PASSWORD).toBeTruthy();
  });
});
