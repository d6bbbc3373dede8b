// A closed period cannot be changed without reopening it: the store refuses writes that would
// change a closed period's figures, whichever area writes them; reopening (with a reason) lets the
// correction through, and closing again freezes the corrected figures.
import { afterEach, describe, expect, it } from 'vitest';
import { TestFacility } from '../fixtures/backend';
import { FAMILY_HOME, addRooms, person } from '../fixtures/clients';
import { womenCenter } from '../fixtures/appeals';
import { closeMonth } from '../fixtures/reports';
import type { CallContext } from '../../electron/backend';

let f: TestFacility;
afterEach(async () => f?.close());

async function closeKind(f: TestFacility, m: CallContext, kind: 'women_stats' | 'activity', from: string, to: string) {
  const p = await f.ok(m, 'reports.prepare', { kind, from, to });
  await f.ok(m, 'reports.check', { periodId: p.id });
  return f.ok(m, 'reports.close', { periodId: p.id });
}

describe('appeals in a closed statistics period', () => {
  it('refuses a new, corrected or imported appeal dated in the closed month; later months stay open', async () => {
    f = await womenCenter();
    const m = await f.signIn();
    const call = { applicant: 'woman' as const, regionSoato: '1726', violenceType: 'physical' as const };
    const oct = await f.ok(m, 'appeals.create', { ...call, appealDate: '2026-10-10' });
    const period = await closeKind(f, m, 'women_stats', '2026-10-01', '2026-10-31');

    const before = await f.rowCounts();
    const late = await f.call(m, 'appeals.create', { ...call, appealDate: '2026-10-31' });
    expect(late).toMatchObject({ ok: false, error: { code: 'conflict' } });
    if (!late.ok) expect(late.error.message).toMatch(/yopilgan hisobot davriga/);
    const moved = await f.call(m, 'appeals.update', { id: oct.id, violenceType: 'economic' });
    expect(moved).toMatchObject({ ok: false, error: { code: 'conflict' } });
    // Moving an appeal out of the closed month changes the month's figures too.
    expect(await f.call(m, 'appeals.update', { id: oct.id, appealDate: '2026-11-01' })).toMatchObject({ ok: false });
    const csv =
      'appeal_date,channel,applicant,region,violence_type,place,relationship,age,code,notes\n2026-10-05,hotline,woman,1726,physical,,,,,\n';
    expect(await f.call(m, 'appeals.import', { csv, dryRun: false })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await f.rowCounts()).toEqual(before);

    // Not counted columns (the notes) and other months are free.
    await f.ok(m, 'appeals.update', { id: oct.id, notes: 'Qayta qoʻngʻiroq qilindi' });
    await f.ok(m, 'appeals.create', { ...call, appealDate: '2026-11-02' });

    // The correction path: reopen with a reason, correct, close again — the new figures are frozen.
    await f.ok(m, 'reports.reopen', { periodId: period.id, reason: 'Kechikkan qoʻngʻiroq kiritiladi' });
    await f.ok(m, 'appeals.create', { ...call, appealDate: '2026-10-31' });
    await f.ok(m, 'reports.check', { periodId: period.id });
    await f.ok(m, 'reports.close', { periodId: period.id });
    const view = await f.ok(m, 'reports.view', { kind: 'women_stats', from: '2026-10-01', to: '2026-10-31' });
    expect(view.frozen).toBe(true);
    expect((view.report as { data: { agency: { total: number } } }).data.agency.total).toBe(2);
  });

  it('refuses a link to a client that is not in the register, and shows the linked client’s code', async () => {
    f = await womenCenter();
    const m = await f.signIn();
    const call = { applicant: 'woman' as const, regionSoato: '1726', violenceType: 'physical' as const };
    const before = await f.rowCounts();
    const bad = await f.call(m, 'appeals.create', { ...call, clientId: 9999 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'validation', fields: { clientId: expect.any(String) } } });
    expect(await f.rowCounts()).toEqual(before);
    const a = await f.ok(m, 'appeals.create', call);
    expect(await f.call(m, 'appeals.update', { id: a.id, clientId: 9999 })).toMatchObject({
      ok: false,
      error: { fields: { clientId: expect.any(String) } },
    });
    const client = await f.ok(m, 'clients.create', person({ sex: 'F', birthDate: '1990-01-01' }));
    const linked = await f.ok(m, 'appeals.update', { id: a.id, clientId: client.id });
    expect(linked).toMatchObject({ clientId: client.id, clientCode: client.code });
    // The store itself refuses a dangling link, whatever path writes it.
    await expect(f.backend.db.updateTable('appeals').set({ client_id: 424242 }).where('id', '=', a.id).execute()).rejects.toThrow(
      /appeal_client_missing/,
    );
    // A social worker may not correct the register's links without the register's roles (refused role).
    const inspector = await f.as('inspector');
    expect(await f.call(inspector, 'appeals.update', { id: a.id, clientId: null })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });
});

describe('stays, incidents and plans in a closed activity period', () => {
  it('refuses back-dated admissions, discharges and incidents; discharging today stays possible', async () => {
    f = await TestFacility.create({ init: FAMILY_HOME });
    const m = await f.signIn();
    const { beds } = await addRooms(f, m, { '1': ['A', 'B', 'C'] });
    const child = async () => (await f.ok(m, 'clients.create', person({ sex: 'F', birthDate: '2015-03-10' }))).id;
    const c1 = await child();
    const c2 = await child();
    await f.ok(m, 'stays.admit', { clientId: c1, admittedOn: '2026-10-05', referralSource: 'inson_center', bedId: beds['1/A']! });
    const period = await closeMonth(f, m, '2026-10-01', '2026-10-31');

    const before = await f.rowCounts();
    const backdated = await f.call(m, 'stays.admit', {
      clientId: c2,
      admittedOn: '2026-10-20',
      referralSource: 'inson_center',
      bedId: beds['1/B']!,
    });
    expect(backdated).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await f.call(m, 'stays.discharge', { clientId: c1, dischargedOn: '2026-10-30', destination: 'adoption' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    const incident = {
      time: '10:30',
      place: 'Hovli',
      type: 'fall' as const,
      severity: 'low' as const,
      clientIds: [c1],
      description: 'Tavsif',
      actionsTaken: 'Choralar',
    };
    expect(await f.call(m, 'incidents.report', { ...incident, date: '2026-10-12' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(await f.rowCounts()).toEqual(before);

    // November is open: admissions and the discharge of a child admitted in October go through.
    await f.ok(m, 'stays.admit', { clientId: c2, admittedOn: '2026-11-02', referralSource: 'inson_center', bedId: beds['1/B']! });
    await f.ok(m, 'incidents.report', { ...incident, date: '2026-11-03' });
    await f.ok(m, 'stays.discharge', { clientId: c1, dischargedOn: '2026-11-20', destination: 'adoption' });

    // After reopening, the back-dated incident can be entered.
    await f.ok(m, 'reports.reopen', { periodId: period.id, reason: 'Kechikkan hodisa kiritiladi' });
    await f.ok(m, 'incidents.report', { ...incident, date: '2026-10-12' });
  });

  it('only the manager reopens: a caregiver cannot open the way to a correction', async () => {
    f = await TestFacility.create({ init: FAMILY_HOME });
    const m = await f.signIn();
    const period = await closeMonth(f, m, '2026-10-01', '2026-10-31');
    const caregiver = await f.as('caregiver');
    const before = await f.rowCounts();
    delete before.audit_log; // a refused call is itself audited
    expect(await f.call(caregiver, 'reports.reopen', { periodId: period.id, reason: 'Tuzatish kerak' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await f.call(m, 'reports.reopen', { periodId: period.id, reason: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
    const after = await f.rowCounts();
    delete after.audit_log;
    expect(after).toEqual(before);
    expect((await f.ok(m, 'reports.periods', {}))[0]!.status).toBe('closed');
  });
});
