import { afterEach, describe, expect, it } from 'vitest';
import { TestFacility } from '../fixtures/backend';
import { ensureForeignTables, addChild } from '../fixtures/billing-standins';

let f: TestFacility;
afterEach(async () => f?.close());

const billingCounts = async () =>
  Object.fromEntries(Object.entries(await f.rowCounts()).filter(([t]) => t.startsWith('billing_') || t === 'facility'));

describe('billing parameters', () => {
  it('ships the BCV history and the PP-41 rates, and a manager adds a new BCV from a date', async () => {
    f = await TestFacility.create();
    const m = await f.signIn();
    const { parameters, regionalCentre } = await f.ok(m, 'billing.listParameters', {});
    expect(regionalCentre).toBe(true);
    expect(parameters.filter((p) => p.key === 'bcv').map((p) => [p.validFrom, p.value])).toEqual([
      ['2019-09-01', '223000'],
      ['2021-02-01', '245000'],
      ['2021-09-01', '270000'],
      ['2022-06-01', '300000'],
      ['2023-05-01', '330000'],
      ['2023-10-01', '340000'],
      ['2024-10-01', '375000'],
      ['2025-08-01', '412000'],
    ]);
    expect(parameters.filter((p) => p.key !== 'bcv').map((p) => [p.key, p.validFrom, p.value])).toEqual([
      ['poor_family_supplement', '2025-03-01', '30'],
      ['rate_age_3_7', '2025-03-01', '25'],
      ['rate_age_7_18', '2025-03-01', '27'],
      ['regional_coefficient', '2025-03-01', '1.1'],
    ]);
    const added = await f.ok(m, 'billing.addParameter', { key: 'bcv', validFrom: '2027-01-01', value: '450000' });
    expect(added).toMatchObject({ key: 'bcv', validFrom: '2027-01-01', value: '450000', shipped: false });
    const audit = await f.backend.db
      .selectFrom('audit_log')
      .select(['action', 'object_type'])
      .where('action', '=', 'billing.addParameter')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('refuses a second value on the same date, bad values, and anyone but the manager — writing nothing', async () => {
    f = await TestFacility.create();
    const m = await f.signIn();
    const before = await billingCounts();
    expect(await f.call(m, 'billing.addParameter', { key: 'bcv', validFrom: '2025-08-01', value: '413000' })).toMatchObject({
      ok: false,
      error: {
        code: 'conflict',
        message: 'Bu amalni hozir bajarib boʻlmaydi: bu sanadan boshlab qiymat allaqachon kiritilgan; yangi sanani tanlang.',
      },
    });
    const bad = await f.call(m, 'billing.addParameter', { key: 'bhm', validFrom: '2027-02-30', value: '1e6' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'validation' } });
    if (!bad.ok) expect(Object.keys(bad.error.fields ?? {}).sort()).toEqual(['key', 'validFrom', 'value']);
    expect(await f.call(m, 'billing.addParameter', { key: 'bcv', validFrom: '2027-01-01', value: '0' })).toMatchObject({
      error: { fields: { value: 'Musbat son kiriting.' } },
    });
    for (const role of ['accountant', 'caregiver', 'inspector'] as const) {
      const r = await f.call(await f.as(role), 'billing.addParameter', { key: 'bcv', validFrom: '2027-01-01', value: '450000' });
      expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await billingCounts()).toEqual(before);
  });

  it('sets the regional-centre flag, manager only', async () => {
    f = await TestFacility.create();
    const m = await f.signIn();
    expect(await f.ok(m, 'billing.setRegionalCentre', { regionalCentre: false })).toEqual({ regionalCentre: false });
    expect((await f.ok(m, 'facility.get', {})).regionalCentre).toBe(false);
    expect(await f.call(m, 'billing.setRegionalCentre', { regionalCentre: 'yes' })).toMatchObject({
      error: { code: 'validation', fields: { regionalCentre: expect.any(String) } },
    });
    expect(await f.call(await f.as('accountant'), 'billing.setRegionalCentre', { regionalCentre: true })).toMatchObject({
      error: { code: 'forbidden' },
    });
    expect((await f.ok(m, 'facility.get', {})).regionalCentre).toBe(false);
  });
});

describe('provider details', () => {
  it('are saved by the accountant, checked field by field, and read by the inspector', async () => {
    f = await TestFacility.create();
    const acc = await f.as('accountant');
    const details = {
      legalName: '“Quyoshli bolalik” MChJ',
      stir: '305123456',
      bankName: 'ATB “Kapitalbank” Yashnobod filiali',
      mfo: '01018',
      account: '20208000900123456001',
      address: 'Toshkent sh., Yashnobod tumani, Aviasozlar koʻchasi 12',
      director: 'D. Karimova',
      accountant: 'N. Tursunova',
    };
    const before = await billingCounts();
    const bad = await f.call(acc, 'billing.updateProvider', { ...details, stir: '123', mfo: '1018', account: '2020' });
    expect(bad).toMatchObject({
      ok: false,
      error: {
        fields: { stir: 'STIR 9 ta raqamdan iborat.', mfo: 'MFO 5 ta raqamdan iborat.', account: 'Hisob raqami 20 ta raqamdan iborat.' },
      },
    });
    expect(await f.call(await f.as('caregiver'), 'billing.updateProvider', details)).toMatchObject({ error: { code: 'forbidden' } });
    expect(await billingCounts()).toEqual(before);
    expect(await f.ok(acc, 'billing.updateProvider', details)).toEqual(details);
    expect(await f.ok(await f.as('inspector'), 'billing.getProvider', {})).toEqual(details);
  });
});

describe('authorisations (vouchers)', () => {
  const base = {
    number: 'V-2026-117',
    program: 'day_care_child' as const,
    issuedBy: 'Yashnobod tumani “Inson” markazi',
    validFrom: '2026-09-01',
    validTo: '2027-08-31',
  };

  it('records an authorisation; social workers and inspectors read, only manager/accountant write', async () => {
    f = await TestFacility.create();
    await ensureForeignTables(f);
    const child = await addChild(f, 'D-2026-0001', '2021-05-10');
    const acc = await f.as('accountant');
    const a = await f.ok(acc, 'billing.createAuthorisation', { ...base, clientId: child });
    expect(a).toMatchObject({
      number: 'V-2026-117',
      clientCode: 'D-2026-0001',
      status: 'active',
      events: [{ status: 'active', from: '2026-09-01' }],
    });
    for (const role of ['social_worker', 'inspector'] as const) {
      const ctx = await f.as(role);
      expect((await f.ok(ctx, 'billing.listAuthorisations', { clientId: child })).map((x) => x.number)).toEqual(['V-2026-117']);
      expect(await f.call(ctx, 'billing.createAuthorisation', { ...base, number: 'X', clientId: child })).toMatchObject({
        error: { code: 'forbidden' },
      });
    }
    expect(await f.call(await f.as('caregiver'), 'billing.listAuthorisations', {})).toMatchObject({ error: { code: 'forbidden' } });
  });

  it('refuses Active-Life vouchers over 6 months, unknown clients, taken numbers and reversed dates', async () => {
    f = await TestFacility.create();
    await ensureForeignTables(f);
    const adult = await addChild(f, 'D-2026-0001', '1990-01-01');
    const acc = await f.as('accountant');
    await f.ok(acc, 'billing.createAuthorisation', { ...base, clientId: adult });
    const before = await billingCounts();
    const sixMonths = { ...base, number: 'AL-1', program: 'active_life_home_help' as const, clientId: adult, validFrom: '2026-08-31' };
    expect(await f.call(acc, 'billing.createAuthorisation', { ...sixMonths, validTo: '2027-02-28' })).toMatchObject({
      error: { fields: { validTo: '«Faol hayot sari qadam» vaucheri 6 oydan oshmasligi kerak.' } },
    });
    const r = await f.call(acc, 'billing.createAuthorisation', { ...base, clientId: 999, validTo: '2026-08-01' });
    expect(r).toMatchObject({
      error: {
        code: 'validation',
        fields: { clientId: 'Bunday mijoz topilmadi.', number: expect.any(String), validTo: expect.any(String) },
      },
    });
    expect(await billingCounts()).toEqual(before);
    expect((await f.ok(acc, 'billing.createAuthorisation', { ...sixMonths, validTo: '2027-02-27' })).status).toBe('active');
  });

  it('imports a voucher file all-or-nothing with every problem listed by line and column', async () => {
    f = await TestFacility.create();
    await ensureForeignTables(f);
    await addChild(f, 'D-2026-0001', '2021-05-10');
    await addChild(f, 'D-2026-0002', '2019-10-14');
    const acc = await f.as('accountant');
    const good = {
      voucherNo: 'V-1',
      clientCode: 'D-2026-0001',
      program: 'day_care_child',
      issuedBy: 'Inson',
      validFrom: '2026-09-01',
      validTo: '31.08.2027',
    };
    const rows = [
      good,
      { ...good, voucherNo: 'V-1', clientCode: 'D-2026-0002' },
      { ...good, voucherNo: 'V-3', clientCode: 'D-9999', program: 'nursery', validFrom: '2026-02-30' },
    ];
    const before = await billingCounts();
    const r = await f.ok(acc, 'billing.importAuthorisations', { rows });
    expect(r.created).toBe(0);
    expect(r.problems.map((p) => `${p.line} ${p.column}`)).toEqual(['3 voucher_no', '4 client_code', '4 program', '4 valid_from']);
    expect(await billingCounts()).toEqual(before);
    const ok = await f.ok(acc, 'billing.importAuthorisations', { rows: [good, { ...good, voucherNo: 'V-2', clientCode: 'D-2026-0002' }] });
    expect(ok).toEqual({ created: 2, problems: [] });
    expect((await f.ok(acc, 'billing.listAuthorisations', {})).map((a) => [a.number, a.validTo])).toEqual([
      ['V-1', '2027-08-31'],
      ['V-2', '2027-08-31'],
    ]);
    expect(await f.call(await f.as('inspector'), 'billing.importAuthorisations', { rows: [good] })).toMatchObject({
      error: { code: 'forbidden' },
    });
  });

  it('suspends, reactivates and cancels with a reason; a cancellation is final; lists those expiring within 30 days', async () => {
    f = await TestFacility.create(); // today 22.11.2026
    await ensureForeignTables(f);
    const c = await addChild(f, 'D-2026-0001', '2021-05-10');
    const acc = await f.as('accountant');
    const a = await f.ok(acc, 'billing.createAuthorisation', { ...base, clientId: c, validTo: '2026-12-15' });
    await f.ok(acc, 'billing.createAuthorisation', {
      ...base,
      number: 'V-later',
      clientId: c,
      validFrom: '2026-12-16',
      validTo: '2027-12-15',
    });
    expect((await f.ok(acc, 'billing.listAuthorisations', { expiringWithinDays: 30 })).map((x) => x.number)).toEqual(['V-2026-117']);
    const s = await f.ok(acc, 'billing.changeAuthorisationStatus', {
      id: a.id,
      status: 'suspended',
      from: '2026-11-10',
      reason: 'Shifoxonada',
    });
    expect(s).toMatchObject({ status: 'suspended', statusReason: 'Shifoxonada' });
    expect(await f.call(acc, 'billing.changeAuthorisationStatus', { id: a.id, status: 'cancelled', from: '2026-11-20' })).toMatchObject({
      error: { code: 'validation', fields: { reasonCode: 'Bekor qilish sababini tanlang.' } },
    });
    expect(await f.call(acc, 'billing.changeAuthorisationStatus', { id: a.id, status: 'active', from: '2027-01-01' })).toMatchObject({
      error: { code: 'conflict' },
    });
    const cancelled = await f.ok(acc, 'billing.changeAuthorisationStatus', {
      id: a.id,
      status: 'cancelled',
      from: '2026-11-20',
      reasonCode: 'withdrawal',
      reason: 'Ota-onasi arizasi',
    });
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.events.map((e) => e.status)).toEqual(['active', 'suspended', 'cancelled']);
    const before = await billingCounts();
    expect(await f.call(acc, 'billing.changeAuthorisationStatus', { id: a.id, status: 'active', from: '2026-11-21' })).toMatchObject({
      error: { code: 'conflict', message: expect.stringContaining('bekor qilingan ruxsatnomani') },
    });
    expect(await billingCounts()).toEqual(before);
    f.now = new Date('2026-12-20T09:00:00Z');
    const later = await f.ok(await f.signIn('accountant1'), 'billing.listAuthorisations', {});
    expect(later.map((x) => [x.number, x.status])).toEqual([
      ['V-later', 'active'],
      ['V-2026-117', 'cancelled'],
    ]);
  });
});

describe('tariffs and agreements', () => {
  it('adds Active-Life tariffs (none shipped), never for PP-41 day care, one per service and date', async () => {
    f = await TestFacility.create();
    const acc = await f.as('accountant');
    expect(await f.ok(acc, 'billing.listTariffs', {})).toEqual([]);
    await f.ok(acc, 'billing.addTariff', { program: 'active_life_day_supervision', unit: 'day', validFrom: '2026-01-01', amount: '85000' });
    expect(
      await f.call(acc, 'billing.addTariff', { program: 'day_care_child', unit: 'day', validFrom: '2026-01-01', amount: '1' }),
    ).toMatchObject({
      error: { code: 'validation', fields: { program: expect.any(String) } },
    });
    expect(
      await f.call(acc, 'billing.addTariff', {
        program: 'active_life_day_supervision',
        unit: 'hour',
        validFrom: '2026-01-01',
        amount: '9000',
      }),
    ).toMatchObject({
      error: { code: 'conflict' },
    });
    expect(
      await f.call(await f.as('inspector'), 'billing.addTariff', {
        program: 'active_life_home_help',
        unit: 'hour',
        validFrom: '2026-01-01',
        amount: '1',
      }),
    ).toMatchObject({
      error: { code: 'forbidden' },
    });
    expect((await f.ok(acc, 'billing.listTariffs', {})).map((t) => t.amount)).toEqual(['85000']);
  });

  it('records extended-care agreements and fee contracts without overlaps, and ends them', async () => {
    f = await TestFacility.create();
    await ensureForeignTables(f);
    const c = await addChild(f, 'D-2026-0001', '2021-05-10');
    const acc = await f.as('accountant');
    const e = await f.ok(acc, 'billing.createExtendedCare', { clientId: c, number: 'UK-5', validFrom: '2026-09-01', hourlyRate: 15_000 });
    expect(e).toMatchObject({ clientCode: 'D-2026-0001', hourlyRate: 15_000, validTo: null });
    const before = await billingCounts();
    expect(await f.call(acc, 'billing.createExtendedCare', { clientId: c, validFrom: '2026-12-01', hourlyRate: 16_000 })).toMatchObject({
      error: { code: 'conflict' },
    });
    expect(
      await f.call(acc, 'billing.createExtendedCare', { clientId: c, validFrom: '2026-12-01', validTo: '2026-11-01', hourlyRate: -5 }),
    ).toMatchObject({
      error: { code: 'validation', fields: { hourlyRate: 'Musbat son kiriting.' } },
    });
    expect(await f.call(acc, 'billing.endAgreement', { kind: 'extended_care', id: e.id, validTo: '2026-08-01' })).toMatchObject({
      error: { code: 'conflict' },
    });
    expect(
      await f.call(await f.as('caregiver'), 'billing.createFeeContract', { clientId: c, validFrom: '2026-09-01', monthlyFee: 1 }),
    ).toMatchObject({ error: { code: 'forbidden' } });
    expect(await billingCounts()).toEqual(before);
    await f.ok(acc, 'billing.endAgreement', { kind: 'extended_care', id: e.id, validTo: '2026-11-30' });
    await f.ok(acc, 'billing.createExtendedCare', { clientId: c, validFrom: '2026-12-01', hourlyRate: 16_000 });
    await f.ok(acc, 'billing.createFeeContract', {
      clientId: c,
      payerName: 'Karimova Nodira',
      validFrom: '2026-09-01',
      monthlyFee: 400_000,
    });
    const all = await f.ok(await f.as('inspector'), 'billing.listAgreements', { clientId: c });
    expect(all.extendedCare.map((x) => [x.hourlyRate, x.validTo])).toEqual([
      [15_000, '2026-11-30'],
      [16_000, null],
    ]);
    expect(all.feeContracts).toMatchObject([{ payerName: 'Karimova Nodira', monthlyFee: 400_000 }]);
  });
});
