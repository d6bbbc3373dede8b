import { afterEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { TestFacility } from '../../fixtures/backend';
import { verifyAuditChain } from '../../../db/repositories/audit';

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
