import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestFacility } from '../../fixtures/backend';
import { contract, ROLES, type MethodName, type Role } from '../../../electron/contract/index';
import { parsePermissionTable, permissionMatrix, withPermissionTable } from '../../../electron/contract/permissions';
import type { CallContext } from '../../../electron/backend';

const readme = readFileSync(join(import.meta.dirname, '..', '..', '..', 'README.md'), 'utf8');
const written = parsePermissionTable(readme);

describe('the written permission matrix', () => {
  it('is in the README and matches the contract (run node scripts/permission-matrix.mjs when it does not)', () => {
    expect(
      withPermissionTable(readme) === readme,
      'README.md permission matrix is out of date: run node scripts/permission-matrix.mjs',
    ).toBe(true);
    expect([...written.keys()].sort()).toEqual(Object.keys(contract).sort());
    for (const row of permissionMatrix()) {
      for (const role of ROLES)
        expect(written.get(row.method)![role], `${row.method} × ${role}`).toBe(row.public ? 'anyone' : row.allowed[role]);
    }
  });
});

describe('every action as every role', () => {
  let f: TestFacility;
  const sessions = {} as Record<Role, CallContext>;
  const usernames = {} as Record<Role, string>;
  beforeAll(async () => {
    f = await TestFacility.create();
    sessions.manager = await f.signIn();
    usernames.manager = 'manager';
    for (const role of ROLES.filter((r) => r !== 'manager')) {
      usernames[role] = `${role.replace('_', '')}1`;
      sessions[role] = await f.as(role, usernames[role]);
    }
  });
  afterAll(async () => f?.close());

  const cases = (Object.keys(contract) as MethodName[]).flatMap((method) => ROLES.map((role) => [method, role] as const));

  it.each(cases)('%s as %s: allowed or refused exactly as the README says', async (method, role) => {
    const expected = written.get(method)![role];
    const before = await f.rowCounts();
    // An empty input: invalid for most methods, so an allowed call shows `validation` — but a
    // refusal must come first, before the input is even looked at.
    const r = await f.call(sessions[role], method, {});
    if (expected === false) {
      expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      const after = await f.rowCounts();
      expect(after).toEqual({ ...before, audit_log: before.audit_log! + 1 });
      const last = await f.backend.db.selectFrom('audit_log').selectAll().orderBy('seq', 'desc').executeTakeFirstOrThrow();
      expect(last).toMatchObject({ action: method, outcome: 'denied', role, username: usernames[role] });
    } else {
      expect(r.ok ? 'ok' : r.error.code).not.toBe('forbidden');
      expect(r.ok ? 'ok' : r.error.code).not.toBe('unauthenticated');
    }
    // Signing out ends this role's session: sign in again for the next case.
    if (method === 'auth.signOut' && r.ok) sessions[role] = await f.signIn(usernames[role]);
  });

  it('refuses every signed-in action to a caller without a session', async () => {
    for (const method of Object.keys(contract) as MethodName[]) {
      if (contract[method].roles === 'public') continue;
      expect(await f.call({}, method, {}), method).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    }
  });
});
