import { afterEach, describe, expect, it } from 'vitest';
import { TestFacility } from '../fixtures/backend';
import { addChild, attend, weekdays } from '../fixtures/billing-standins';

let f: TestFacility;
afterEach(async () => f?.close());

const billingCounts = async () => Object.fromEntries(Object.entries(await f.rowCounts()).filter(([t]) => t.startsWith('billing_')));

/** A: extended care 15,000/h and a 400,000 fee; B: a 3,200,000 fee (above the tax-free limit). */
async function seedParents(acc: Parameters<TestFacility['ok']>[0]) {
  const a = await addChild(f, 'D-2026-0001', '2021-05-10');
  const b = await addChild(f, 'D-2026-0002', '2019-10-14');
  await f.ok(acc, 'billing.createAuthorisation', {
    number: 'V-001',
    program: 'day_care_child',
    clientId: a,
    issuedBy: 'Inson',
    validFrom: '2026-09-01',
    validTo: '2026-12-10',
  });
  await f.ok(acc, 'billing.createExtendedCare', { clientId: a, validFrom: '2026-09-01', hourlyRate: 15_000 });
  await f.ok(acc, 'billing.createFeeContract', { clientId: a, payerName: 'Karimova Nodira', validFrom: '2026-09-01', monthlyFee: 400_000 });
  await f.ok(acc, 'billing.createFeeContract', { clientId: b, payerName: 'Rahimov Botir', validFrom: '2026-09-01', monthlyFee: 3_200_000 });
  // 19.10: 10 h 45 → 3 completed half hours; 20.10: 13 h → capped at 12 h → 6 half hours. 9 × 7,500 = 67,500.
  await attend(f, a, { ...weekdays('2026-10', 1, 16), '2026-10-19': '08:00-18:45', '2026-10-20': '08:00-21:00' });
  return { a, b };
}

describe('parents’ invoices and payments', () => {
  it('bills extended hours per completed half hour and the monthly fee, numbered PI-2026-0001 without gaps, with the tax note', async () => {
    f = await TestFacility.create();
    const acc = await f.as('accountant');
    await seedParents(acc);
    const drafts = await f.ok(acc, 'billing.prepareInvoices', { month: '2026-10' });
    expect(drafts.map((d) => [d.clientCode, d.number, d.total, d.aboveTaxFreeLimit])).toEqual([
      ['D-2026-0001', null, 467_500, false],
      ['D-2026-0002', null, 3_200_000, true],
    ]);
    expect(drafts[0]!.lines).toEqual([
      { kind: 'extended_hours', quantity: 9, rate: 15_000, dates: ['2026-10-19', '2026-10-20'], amount: 67_500 },
      { kind: 'monthly_fee', quantity: 1, rate: 400_000, dates: [], amount: 400_000 },
    ]);
    const issued = await f.ok(acc, 'billing.issueInvoices', { month: '2026-10' });
    expect(issued.map((i) => [i.number, i.payerName, i.balance])).toEqual([
      ['PI-2026-0001', 'Karimova Nodira', 467_500],
      ['PI-2026-0002', 'Rahimov Botir', 3_200_000],
    ]);
    expect(await f.call(acc, 'billing.issueInvoices', { month: '2026-10' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await f.call(acc, 'billing.issueInvoices', { month: '2026-11' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect((await f.ok(acc, 'billing.prepareInvoices', { month: '2026-10' })).map((i) => i.number)).toEqual([
      'PI-2026-0001',
      'PI-2026-0002',
    ]);
  });

  it('records cash, bank and card payments up to the balance, each with a receipt number', async () => {
    f = await TestFacility.create();
    const acc = await f.as('accountant');
    await seedParents(acc);
    const [inv] = await f.ok(acc, 'billing.issueInvoices', { month: '2026-10' });
    const paid = await f.ok(acc, 'billing.recordPayment', { invoiceId: inv!.id!, paidOn: '2026-11-22', amount: 200_000, method: 'cash' });
    expect(paid).toMatchObject({ paid: 200_000, balance: 267_500, payments: [{ receiptNo: 'PI-2026-0001/1', method: 'cash' }] });
    const before = await billingCounts();
    expect(
      await f.call(acc, 'billing.recordPayment', { invoiceId: inv!.id!, paidOn: '2026-11-22', amount: 267_501, method: 'bank' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'conflict', fields: { amount: 'toʻlov qoldiqdan oshib ketdi.' } },
    });
    const bad = await f.call(acc, 'billing.recordPayment', { invoiceId: inv!.id!, paidOn: '22.11.2026', amount: 0, method: 'cheque' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'validation' } });
    if (!bad.ok) expect(Object.keys(bad.error.fields ?? {}).sort()).toEqual(['amount', 'method', 'paidOn']);
    for (const role of ['caregiver', 'inspector'] as const)
      expect(
        await f.call(await f.as(role), 'billing.recordPayment', { invoiceId: inv!.id!, paidOn: '2026-11-22', amount: 1, method: 'card' }),
      ).toMatchObject({
        error: { code: 'forbidden' },
      });
    expect(await billingCounts()).toEqual(before);
    const done = await f.ok(acc, 'billing.recordPayment', {
      invoiceId: inv!.id!,
      paidOn: '2026-11-23',
      amount: 267_500,
      method: 'bank',
      reference: 'p/t 118',
    });
    expect(done).toMatchObject({
      balance: 0,
      payments: [{ receiptNo: 'PI-2026-0001/1' }, { receiptNo: 'PI-2026-0001/2', reference: 'p/t 118' }],
    });
    expect((await f.ok(acc, 'billing.listInvoices', { unpaidOnly: true })).map((i) => i.number)).toEqual(['PI-2026-0002']);
  });
});

describe('"Step Towards an Active Life" reconciliation', () => {
  it('imports the state’s confirmed days, shows both differences, and claims only confirmed days', async () => {
    f = await TestFacility.create();
    const acc = await f.as('accountant');
    const e = await addChild(f, 'D-2026-0001', '1988-03-02');
    await f.ok(acc, 'billing.createAuthorisation', {
      number: 'AL-77',
      program: 'active_life_day_supervision',
      clientId: e,
      issuedBy: 'Inson',
      validFrom: '2026-09-01',
      validTo: '2027-02-28',
    });
    await f.ok(acc, 'billing.addTariff', { program: 'active_life_day_supervision', unit: 'day', validFrom: '2026-01-01', amount: '85000' });
    await attend(f, e, { '2026-10-05': '09:00-15:00', '2026-10-06': '09:00-15:00', '2026-10-07': '09:00-15:00' });
    expect((await f.ok(acc, 'billing.prepareClaim', { month: '2026-10' })).total).toBe(255_000);

    const before = await billingCounts();
    const bad = await f.call(acc, 'billing.importConfirmations', {
      fileName: 'tasdiq.csv',
      rows: [
        { voucherNo: 'AL-77', date: '2026-10-06' },
        { voucherNo: '', date: '06/10' },
      ],
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'validation' } });
    if (!bad.ok) expect(Object.keys(bad.error.fields ?? {}).sort()).toEqual(['rows.1.date', 'rows.1.voucherNo']);
    expect(await billingCounts()).toEqual(before);

    const rows = ['2026-10-06', '07.10.2026', '2026-10-08'].map((date) => ({ voucherNo: 'AL-77', date }));
    expect(await f.ok(acc, 'billing.importConfirmations', { fileName: 'tasdiq.csv', rows })).toEqual({ imported: 3, months: ['2026-10'] });
    expect(await f.ok(acc, 'billing.reconciliation', { month: '2026-10' })).toEqual({
      confirmationFile: true,
      matched: 2,
      notConfirmed: [{ voucherNo: 'AL-77', date: '2026-10-05' }],
      notRecorded: [{ voucherNo: 'AL-77', date: '2026-10-08' }],
    });
    const claim = await f.ok(acc, 'billing.prepareClaim', { month: '2026-10' });
    expect(claim.lines).toMatchObject([{ clientCode: 'D-2026-0001', program: 'active_life_day_supervision', days: 2, amount: 170_000 }]);
    expect(claim.exceptions).toMatchObject([{ date: '2026-10-05', reason: 'not_confirmed' }]);
  });
});

describe('the entrepreneur’s dashboard', () => {
  it('shows this month so far, days billed vs expected, expiring authorisations, unpaid invoices, payments and 12 months', async () => {
    f = await TestFacility.create(); // 22.11.2026
    const acc = await f.as('accountant');
    const { a } = await seedParents(acc);
    await f.ok(acc, 'billing.issueClaim', { month: '2026-10' }); // A: 14 days × 113,300 = 1,586,200
    await attend(f, a, { ...weekdays('2026-11', 2, 20), '2026-11-11': 'absent' });
    const [inv] = await f.ok(acc, 'billing.issueInvoices', { month: '2026-10' });
    await f.ok(acc, 'billing.recordPayment', { invoiceId: inv!.id!, paidOn: '2026-11-22', amount: 467_500, method: 'card' });

    const d = await f.ok(await f.as('inspector'), 'billing.dashboard', {});
    expect(d).toMatchObject({
      month: '2026-11',
      expectedSubsidySoFar: 14 * 113_300,
      daysBilled: 14,
      daysExpected: 15,
      exceptions: 0,
      expiringAuthorisations: [{ number: 'V-001', clientCode: 'D-2026-0001', validTo: '2026-12-10' }],
      unpaidInvoices: { count: 1, balance: 3_200_000 },
      paymentsThisMonth: 467_500,
      lastClaim: { number: 'SC-2026-0001', month: '2026-10', total: 1_586_200 },
    });
    expect(d.months.map((m) => m.month)).toEqual([
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
    expect(d.months.slice(-2)).toEqual([
      { month: '2026-10', subsidy: 1_586_200, days: 14, claimed: true, parentPayments: 0 },
      { month: '2026-11', subsidy: 1_586_200, days: 14, claimed: false, parentPayments: 467_500 },
    ]);
    expect(await f.call(await f.as('caregiver'), 'billing.dashboard', {})).toMatchObject({ error: { code: 'forbidden' } });
  });
});

describe('alerts on the manager’s home', () => {
  it('says last month has days to claim, and which authorisations expire within 30 days', async () => {
    f = await TestFacility.create(); // 22.11.2026
    const m = await f.signIn();
    await seedParents(m); // V-001 ends 10.12.2026; 14 days of October to claim
    const alerts = (await f.ok(m, 'home.summary', {})).alerts.filter((a) => ['billingClaimDue', 'authorisationsExpiring'].includes(a.type));
    expect(alerts).toMatchObject([
      { type: 'billingClaimDue', severity: 'warning', count: 14, link: '/billing/claim?month=2026-10' },
      { type: 'authorisationsExpiring', severity: 'warning', count: 1, link: '/billing/vouchers' },
    ]);
    await f.ok(m, 'billing.issueClaim', { month: '2026-10' });
    const after = (await f.ok(m, 'home.summary', {})).alerts.map((a) => a.type);
    expect(after).not.toContain('billingClaimDue');
  });
});

describe('the 3 million tax-free note, per family', () => {
  it('adds up siblings whose parent has the same phone, and leaves other families alone', async () => {
    f = await TestFacility.create();
    const manager = await f.signIn();
    const acc = await f.as('accountant');
    const child = async (lastName: string, firstName: string, phone: string) =>
      (
        await f.ok(manager, 'clients.create', {
          lastName,
          firstName,
          birthDate: '2020-03-01',
          sex: 'M',
          representatives: [{ kind: 'parent', fullName: `${lastName} ota-onasi`, relation: 'ona', phone }],
        })
      ).id;
    // Two siblings (the same mother) at 1.6 million each; a third child of another family at 1.6 million.
    const s1 = await child('Aliyev', 'Sardor', '+998 90 123 45 67');
    const s2 = await child('Aliyeva', 'Malika', '+998 90 123 45 67');
    const other = await child('Qodirov', 'Jasur', '+998 91 765 43 21');
    for (const clientId of [s1, s2, other])
      await f.ok(acc, 'billing.createFeeContract', { clientId, validFrom: '2026-09-01', monthlyFee: 1_600_000 });
    const drafts = await f.ok(acc, 'billing.prepareInvoices', { month: '2026-10' });
    expect(drafts.map((d) => [d.clientCode, d.total, d.aboveTaxFreeLimit])).toEqual([
      ['D-2026-0001', 1_600_000, true],
      ['D-2026-0002', 1_600_000, true],
      ['D-2026-0003', 1_600_000, false],
    ]);
    // Issuing one sibling's invoice first changes nothing: issued and draft are counted together.
    await f.ok(acc, 'billing.issueInvoices', { month: '2026-10', clientIds: [s1] });
    expect((await f.ok(acc, 'billing.prepareInvoices', { month: '2026-10' })).map((d) => d.aboveTaxFreeLimit)).toEqual([true, true, false]);
    await f.ok(acc, 'billing.issueInvoices', { month: '2026-10' });
    const list = await f.ok(acc, 'billing.listInvoices', { month: '2026-10' });
    expect(list.map((i) => [i.clientCode, i.aboveTaxFreeLimit]).sort()).toEqual([
      ['D-2026-0001', true],
      ['D-2026-0002', true],
      ['D-2026-0003', false],
    ]);
    expect((await f.ok(acc, 'billing.getInvoice', { id: list.find((i) => i.clientId === s2)!.id! })).aboveTaxFreeLimit).toBe(true);
  });
});
