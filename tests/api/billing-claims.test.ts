import { afterEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { TestFacility } from '../fixtures/backend';
import { seedOctober, attend } from '../fixtures/billing-standins';

let f: TestFacility;
afterEach(async () => f?.close());

const billingCounts = async () => Object.fromEntries(Object.entries(await f.rowCounts()).filter(([t]) => t.startsWith('billing_')));

describe('the month’s state claim', () => {
  it('prepares a draft with exact lines and the exceptions, numbering and locking nothing', async () => {
    f = await TestFacility.create();
    const acc = await f.as('accountant');
    await seedOctober(f, acc);
    const before = await billingCounts();
    const draft = await f.ok(acc, 'billing.prepareClaim', { month: '2026-10' });
    expect(draft).toMatchObject({ id: null, number: null, status: 'draft', regionalCentre: true, total: 3_423_473 });
    expect(draft.lines.map((l) => [l.clientCode, l.days, l.days3to7, l.days7to18, l.daysPoor, l.amount])).toEqual([
      ['D-2026-0001', 12, 12, 0, 0, 1_359_600],
      ['D-2026-0002', 11, 7, 4, 6, 1_497_373],
      ['D-2026-0003', 5, 5, 0, 0, 566_500],
    ]);
    expect(draft.lines.map((l) => l.clientName)).toEqual(['Karimov Aziz', 'Rahimova Madina', 'Oʻrinboyev Sardor']);
    expect(draft.exceptions.map((e) => [e.clientCode, e.date, e.reason])).toEqual([
      ['D-2026-0002', '2026-10-19', 'incomplete'],
      ['D-2026-0002', '2026-10-21', 'hours_beyond_9_no_agreement'],
      ['D-2026-0003', '2026-10-12', 'outside_authorisation'],
      ['D-2026-0003', '2026-10-13', 'outside_authorisation'],
    ]);
    expect(await billingCounts()).toEqual(before);
  });

  it('issues SC-2026-0001, records every day and locks the month; a second issue is refused', async () => {
    f = await TestFacility.create();
    const acc = await f.as('accountant');
    await seedOctober(f, acc);
    const claim = await f.ok(acc, 'billing.issueClaim', { month: '2026-10' });
    expect(claim).toMatchObject({ number: 'SC-2026-0001', status: 'issued', total: 3_423_473 });
    expect(claim.lines.map((l) => l.amount)).toEqual([1_359_600, 1_497_373, 566_500]);
    expect(claim.exceptions).toHaveLength(4);
    const db = f.backend.db;
    expect((await db.selectFrom('billing_claim_days').select('id').execute()).length).toBe(28);
    expect(await db.selectFrom('billing_locks').selectAll().execute()).toMatchObject([{ month: '2026-10', claim_id: claim.id }]);
    expect(await f.ok(acc, 'billing.prepareClaim', { month: '2026-10' })).toEqual(claim);
    const before = await billingCounts();
    expect(await f.call(acc, 'billing.issueClaim', { month: '2026-10' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await billingCounts()).toEqual(before);
    // The database itself refuses to change what was issued.
    await expect(sql`UPDATE billing_claims SET total = 1`.execute(db)).rejects.toThrow(/cannot be changed/);
    await expect(sql`DELETE FROM billing_claim_days`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`UPDATE billing_claim_lines SET amount = 1`.execute(db)).rejects.toThrow(/cannot be changed/);
  });

  it('refuses a month that is not over, without using a number; numbers follow without gaps', async () => {
    f = await TestFacility.create();
    const acc = await f.as('accountant');
    await seedOctober(f, acc);
    const r = await f.call(acc, 'billing.issueClaim', { month: '2026-11' });
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('oy hali tugamagan') } });
    expect((await f.ok(acc, 'billing.issueClaim', { month: '2026-09' })).number).toBe('SC-2026-0001');
    expect((await f.ok(acc, 'billing.issueClaim', { month: '2026-10' })).number).toBe('SC-2026-0002');
    expect((await f.ok(acc, 'billing.listClaims', {})).map((c) => c.number)).toEqual(['SC-2026-0002', 'SC-2026-0001']);
  });

  it('lets accountants and managers issue, inspectors only read, caregivers and social workers nothing', async () => {
    f = await TestFacility.create();
    const manager = await f.signIn();
    await seedOctober(f, manager);
    for (const role of ['caregiver', 'inspector', 'social_worker'] as const) {
      const ctx = await f.as(role);
      expect(await f.call(ctx, 'billing.issueClaim', { month: '2026-10' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      const read = await f.call(ctx, 'billing.prepareClaim', { month: '2026-10' });
      expect(read.ok).toBe(role === 'inspector');
      // The inspector checks the figures by code: day-care names are not for inspectors.
      if (read.ok)
        expect((read.data as { lines: { clientName: string | null }[] }).lines.map((l) => l.clientName)).toEqual([null, null, null]);
    }
    expect((await f.ok(manager, 'billing.issueClaim', { month: '2026-10' })).number).toBe('SC-2026-0001');
  });

  it('rejects a malformed month field by field', async () => {
    f = await TestFacility.create();
    const acc = await f.as('accountant');
    for (const month of ['2026-13', '2026-1', 'oct']) {
      const r = await f.call(acc, 'billing.issueClaim', { month });
      expect(r).toMatchObject({ ok: false, error: { code: 'validation', fields: { month: 'Oyni YYYY-OO koʻrinishida kiriting.' } } });
    }
    expect(await billingCounts()).toMatchObject({ billing_claims: 0 });
  });
});

describe('corrections of a claimed month', () => {
  it('go only through the manager with a reason, and the next claim carries the adjustments referencing the original', async () => {
    f = await TestFacility.create();
    const manager = await f.signIn();
    const acc = await f.as('accountant');
    const { a, b } = await seedOctober(f, acc);
    await f.ok(acc, 'billing.issueClaim', { month: '2026-10' });

    const fix = {
      clientId: a,
      date: '2026-10-13',
      checkIn: null,
      checkOut: null,
      absenceReason: 'illness',
      reason: 'Tabelda xato: bola kasal edi',
    };
    for (const ctx of [acc, await f.as('caregiver')])
      expect(await f.call(ctx, 'billing.correctAttendance', fix)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const before = await f.rowCounts();
    const bad = await f.call(manager, 'billing.correctAttendance', { ...fix, checkIn: '08:00', reason: '' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'validation' } });
    if (!bad.ok) expect(Object.keys(bad.error.fields ?? {}).sort()).toEqual(['reason']);
    expect(await f.call(manager, 'billing.correctAttendance', { ...fix, checkIn: '08:00' })).toMatchObject({
      ok: false,
      error: { fields: { absenceReason: expect.any(String) } },
    });
    expect(await f.call(manager, 'billing.correctAttendance', { ...fix, date: '2026-11-02' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(await f.call(manager, 'billing.correctAttendance', { ...fix, absenceReason: 'gardening' })).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { absenceReason: expect.any(String) } },
    });
    expect(await f.rowCounts()).toEqual(before);

    await f.backend.db
      .updateTable('attendance')
      .set({ brought_by: 'Karimova Nodira' })
      .where('client_id', '=', a)
      .where('date', '=', '2026-10-13')
      .execute();
    await f.ok(manager, 'billing.correctAttendance', fix);
    // The attendance row now says who corrected it and when; what billing does not own is kept.
    const row = await f.backend.db
      .selectFrom('attendance')
      .selectAll()
      .where('client_id', '=', a)
      .where('date', '=', '2026-10-13')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      check_in: null,
      check_out: null,
      absence_reason: 'illness',
      brought_by: 'Karimova Nodira',
      source: null,
      updated_at: f.now.toISOString(),
    });
    expect(row.updated_by).toBe((await f.ok(manager, 'auth.me', {})).id);
    await f.ok(manager, 'billing.correctAttendance', {
      clientId: b,
      date: '2026-10-19',
      checkIn: '08:00',
      checkOut: '17:00',
      absenceReason: null,
      reason: 'Ketish vaqti yozilmagan edi',
    });
    await attend(f, a, { '2026-11-02': '08:00-17:00', '2026-11-03': '08:00-17:00' });
    f.now = new Date('2026-12-03T09:00:00Z');
    const acc2 = await f.signIn('accountant1');
    const nov = await f.ok(acc2, 'billing.issueClaim', { month: '2026-11' });
    expect(nov.lines.map((l) => [l.clientCode, l.kind, l.refClaimNumber, l.days, l.amount])).toEqual([
      ['D-2026-0001', 'regular', null, 2, 226_600],
      ['D-2026-0001', 'adjustment', 'SC-2026-0001', -1, -113_300],
      ['D-2026-0002', 'adjustment', 'SC-2026-0001', 1, 159_073],
    ]);
    expect(nov.total).toBe(272_373);
    const corrections = await f.ok(acc2, 'billing.listCorrections', {});
    expect(corrections.map((c) => c.settledByClaimNumber)).toEqual(['SC-2026-0002', 'SC-2026-0002']);
    // Settled: the December claim carries no adjustment again.
    f.now = new Date('2027-01-05T09:00:00Z');
    expect((await f.ok(await f.signIn('accountant1'), 'billing.prepareClaim', { month: '2026-12' })).lines).toEqual([]);
  });
});

describe('the agency’s answer', () => {
  it('records submission, the amount paid and rejected lines; refuses overpayment and foreign lines', async () => {
    f = await TestFacility.create();
    const acc = await f.as('accountant');
    await seedOctober(f, acc);
    const claim = await f.ok(acc, 'billing.issueClaim', { month: '2026-10' });
    const sub = await f.ok(acc, 'billing.submitClaim', { id: claim.id!, submittedOn: '2026-11-23' });
    expect(sub).toMatchObject({ status: 'submitted', submittedOn: '2026-11-23' });
    expect(await f.call(acc, 'billing.submitClaim', { id: claim.id!, submittedOn: '2026-11-23' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    const before = await billingCounts();
    expect(
      await f.call(acc, 'billing.recordClaimAnswer', { id: claim.id!, answeredOn: '2026-12-01', paidAmount: 3_423_474 }),
    ).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(
      await f.call(acc, 'billing.recordClaimAnswer', {
        id: claim.id!,
        answeredOn: '2026-12-01',
        paidAmount: 1,
        rejectedLines: [{ lineId: 9999, reason: 'x' }],
      }),
    ).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(
      await f.call(await f.as('inspector'), 'billing.recordClaimAnswer', { id: claim.id!, answeredOn: '2026-12-01', paidAmount: 1 }),
    ).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await billingCounts()).toEqual(before);
    const c = claim.lines[2]!;
    // An answer dated before the claim was issued is a typing mistake.
    expect(await f.call(acc, 'billing.recordClaimAnswer', { id: claim.id!, answeredOn: '2026-10-30', paidAmount: 1 })).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { answeredOn: expect.any(String) } },
    });
    expect(await billingCounts()).toEqual(before);
    const answered = await f.ok(acc, 'billing.recordClaimAnswer', {
      id: claim.id!,
      answeredOn: '2026-12-01',
      paidAmount: claim.total - c.amount,
      rejectedLines: [{ lineId: c.id!, reason: 'PMPK xulosasi muddati oʻtgan' }],
      note: 'Toʻlov topshiriqnomasi № 412',
    });
    expect(answered).toMatchObject({ status: 'partly_paid', paidAmount: 2_856_973, agencyNote: 'Toʻlov topshiriqnomasi № 412' });
    expect(answered.lines.map((l) => l.outcome)).toEqual(['paid', 'paid', 'rejected']);
    expect(answered.lines[2]!.rejectedReason).toBe('PMPK xulosasi muddati oʻtgan');
  });
});

describe('lines the agency rejected', () => {
  it('caps the amount paid at the lines kept, and counts rejected days as neither billed nor paid', async () => {
    f = await TestFacility.create();
    const acc = await f.as('accountant');
    await seedOctober(f, acc);
    const claim = await f.ok(acc, 'billing.issueClaim', { month: '2026-10' });
    const c = claim.lines[2]!;
    const before = await billingCounts();
    // 566,500 of the claim is rejected: paying the full total is more than the agency can have paid.
    const over = await f.call(acc, 'billing.recordClaimAnswer', {
      id: claim.id!,
      answeredOn: '2026-12-01',
      paidAmount: claim.total,
      rejectedLines: [{ lineId: c.id!, reason: 'PMPK xulosasi yoʻq' }],
    });
    expect(over).toMatchObject({ ok: false, error: { code: 'conflict', fields: { paidAmount: expect.any(String) } } });
    expect(await billingCounts()).toEqual(before);
    await f.ok(acc, 'billing.recordClaimAnswer', {
      id: claim.id!,
      answeredOn: '2026-12-01',
      paidAmount: claim.total - c.amount,
      rejectedLines: [{ lineId: c.id!, reason: 'PMPK xulosasi yoʻq' }],
    });
    f.now = new Date('2026-12-03T09:00:00Z');
    const board = await f.ok(await f.signIn('accountant1'), 'billing.dashboard', {});
    expect(board.months.find((m) => m.month === '2026-10')).toMatchObject({ subsidy: 3_423_473 - 566_500, days: 23, claimed: true });
  });

  it('are claimed again on request: the next claim carries them once, referencing the original claim', async () => {
    f = await TestFacility.create();
    const manager = await f.signIn();
    const acc = await f.as('accountant');
    await seedOctober(f, acc);
    const claim = await f.ok(acc, 'billing.issueClaim', { month: '2026-10' });
    const [a, , c] = claim.lines;
    // A line that was paid cannot be claimed again, nor one still waiting for an answer.
    expect(await f.call(acc, 'billing.reclaimLine', { lineId: c!.id!, reason: 'PMPK xulosasi topshirildi' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    await f.ok(acc, 'billing.recordClaimAnswer', {
      id: claim.id!,
      answeredOn: '2026-12-01',
      paidAmount: claim.total - c!.amount,
      rejectedLines: [{ lineId: c!.id!, reason: 'PMPK xulosasi yoʻq' }],
    });
    const others = await Promise.all((['inspector', 'caregiver', 'social_worker'] as const).map((r) => f.as(r)));
    const before = await billingCounts();
    expect(await f.call(acc, 'billing.reclaimLine', { lineId: a!.id!, reason: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    const bad = await f.call(acc, 'billing.reclaimLine', { lineId: c!.id!, reason: '  ' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'validation', fields: { reason: expect.any(String) } } });
    for (const other of others)
      expect(await f.call(other, 'billing.reclaimLine', { lineId: c!.id!, reason: 'x' })).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    expect(await billingCounts()).toEqual(before);

    const answered = await f.ok(acc, 'billing.getClaim', { id: claim.id! });
    expect(answered.lines.map((l) => l.reclaimable)).toEqual([false, false, true]);
    expect(await f.ok(manager, 'billing.reclaimLine', { lineId: c!.id!, reason: 'PMPK xulosasi topshirildi' })).toEqual({ days: 5 });
    expect((await f.ok(acc, 'billing.getClaim', { id: claim.id! })).lines.map((l) => l.reclaimable)).toEqual([false, false, false]);
    // Asking twice adds nothing: the days are already waiting for the next claim.
    expect(await f.call(manager, 'billing.reclaimLine', { lineId: c!.id!, reason: 'yana' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    f.now = new Date('2026-12-03T09:00:00Z');
    const nov = await f.ok(await f.signIn('accountant1'), 'billing.issueClaim', { month: '2026-11' });
    expect(nov.lines.map((l) => [l.clientCode, l.kind, l.refClaimNumber, l.days, l.amount])).toEqual([
      ['D-2026-0003', 'adjustment', 'SC-2026-0001', 5, 566_500],
    ]);
    // Once claimed again the days count as billed: nothing left to reclaim, and December carries nothing.
    expect(await f.call(await f.signIn(), 'billing.reclaimLine', { lineId: c!.id!, reason: 'yana' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    f.now = new Date('2027-01-05T09:00:00Z');
    expect((await f.ok(await f.signIn('accountant1'), 'billing.prepareClaim', { month: '2026-12' })).lines).toEqual([]);
  });
});
