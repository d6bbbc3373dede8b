import { afterEach, describe, expect, it } from 'vitest';
import { TestFacility } from '../fixtures/backend';
import { FAMILY_HOME, WOMEN_CENTER, addRooms, addGroup, admitted, person, userId } from '../fixtures/clients';

let f: TestFacility;
afterEach(async () => f?.close());

describe('registering clients', () => {
  it('gives coded identifiers by kind and year, without gaps, even when a registration fails', async () => {
    f = await TestFacility.create({ init: WOMEN_CENTER });
    const m = await f.signIn();
    const a = await f.ok(m, 'clients.create', person({ pinfl: '41204901234567' }));
    const failed = await f.call(m, 'clients.create', person({ pinfl: '41204901234567' }));
    expect(failed).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const b = await f.ok(m, 'clients.create', person());
    expect([a.code, b.code]).toEqual(['W-2026-0001', 'W-2026-0002']);
    f.now = new Date('2027-01-02T09:00:00Z');
    const c = await f.ok(await f.signIn(), 'clients.create', person());
    expect(c.code).toBe('W-2027-0001');
  });

  it('keeps every field of a child in a family-type home and gives it back to the manager', async () => {
    f = await TestFacility.create({ init: FAMILY_HOME });
    const m = await f.signIn();
    const created = await f.ok(m, 'clients.create', {
      lastName: 'Ғайратов',
      firstName: 'Сардор',
      middleName: null,
      birthDate: '2016-05-01',
      sex: 'M',
      pinfl: '51005160123456',
      docType: 'birth_certificate',
      docNumber: 'I-TN 1234567',
      citizenship: 'uz',
      districtSoato: '1726290',
      makhalla: 'Tinchlik',
      street: 'Aviasozlar 12',
      phones: ['+998 90 123 45 67'],
      languages: ['uz', 'ru'],
      notes: 'Yurak nuqsoni tufayli kuzatuv.',
      disabilityGroup: 'child',
      diagnoses: [{ name: 'Daun sindromi', icd10: 'q90.9' }],
      school: '45-maktab',
      schoolClass: '3-B',
      representatives: [
        { kind: 'inson_center', fullName: 'Yashnobod "Inson" markazi', phone: '+998712001122', appointingDocument: 'Qaror № 12' },
      ],
      pmp: { date: '2026-02-01', number: 'PMP-17', recommendation: 'Kunduzgi parvarish' },
    });
    expect(created.code).toBe('C-2026-0001');
    expect(created.name).toBe('Ғайратов Сардор');
    expect(created.regionSoato).toBe('1726');
    expect(created.citizenship).toBe('UZ');
    expect(created.identity).toMatchObject({ pinfl: '51005160123456', phones: ['+998901234567'], school: '45-maktab', schoolClass: '3-B' });
    expect(created.identity?.representatives[0]).toMatchObject({ kind: 'inson_center', appointingDocument: 'Qaror № 12' });
    expect(created.health).toEqual({
      disabilityGroup: 'child',
      diagnoses: [{ name: 'Daun sindromi', icd10: 'Q90.9' }],
      pmp: { date: '2026-02-01', number: 'PMP-17', recommendation: 'Kunduzgi parvarish' },
    });
    expect(created.status).toBe('new');
    const audit = await f.backend.db.selectFrom('audit_log').selectAll().where('action', '=', 'clients.create').execute();
    expect(audit.map((a) => a.object_id)).toEqual(['C-2026-0001']);
    expect(audit[0]!.changes).not.toContain('Сардор');
  });

  it('rejects bad fields one by one and writes nothing', async () => {
    f = await TestFacility.create({ init: WOMEN_CENTER });
    const m = await f.signIn();
    const before = await f.rowCounts();
    const r = await f.call(m, 'clients.create', {
      lastName: '',
      firstName: 'x'.repeat(81),
      birthDate: '2026-13-01',
      sex: 'X',
      pinfl: '123',
      phones: ['12345'],
      citizenship: 'Uzbekistan',
      diagnoses: [{ name: 'A', icd10: 'bad' }],
      representatives: [{ kind: 'aunt', fullName: '' }],
      pmp: { date: 'tomorrow', number: '' },
      trafficking: { exploitationType: 'unknown' },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('validation');
    expect(Object.keys(r.error.fields ?? {}).sort()).toEqual(
      [
        'lastName',
        'firstName',
        'birthDate',
        'sex',
        'pinfl',
        'phones.0',
        'citizenship',
        'diagnoses.0.icd10',
        'representatives.0.kind',
        'representatives.0.fullName',
        'pmp.date',
        'pmp.number',
        'trafficking.exploitationType',
      ].sort(),
    );
    const future = await f.call(m, 'clients.create', person({ birthDate: '2030-01-01', districtSoato: '1703202', regionSoato: '1726' }));
    expect(future).toMatchObject({ ok: false, error: { code: 'validation', fields: { birthDate: expect.any(String) } } });
    const motherMissing = await f.call(m, 'clients.create', person({ motherId: 999 }));
    expect(motherMissing).toMatchObject({ ok: false, error: { fields: { motherId: expect.any(String) } } });
    expect(await f.rowCounts()).toEqual(before);
  });

  it('refuses a PINFL that another client has', async () => {
    f = await TestFacility.create({ init: FAMILY_HOME });
    const m = await f.signIn();
    const a = await f.ok(m, 'clients.create', person({ pinfl: '51005160123456' }));
    expect(await f.call(m, 'clients.create', person({ pinfl: '51005160123456' }))).toMatchObject({
      ok: false,
      error: { code: 'conflict', fields: { pinfl: expect.any(String) } },
    });
    const b = await f.ok(m, 'clients.create', person());
    expect((await f.call(m, 'clients.update', { ...person({ pinfl: '51005160123456' }), id: b.id })).ok).toBe(false);
    expect((await f.call(m, 'clients.update', { ...person({ pinfl: '51005160123456' }), id: a.id })).ok).toBe(true);
  });

  it.each(['caregiver', 'accountant', 'inspector'] as const)('refuses registration and assignment to a %s', async (role) => {
    f = await TestFacility.create({ init: WOMEN_CENTER });
    const m = await f.signIn();
    const c = await f.ok(m, 'clients.create', person());
    const ctx = await f.as(role);
    const before = await f.rowCounts();
    expect(await f.call(ctx, 'clients.create', person())).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await f.call(ctx, 'clients.assignWorker', { clientId: c.id, userId: null })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await f.call(ctx, 'clients.import', { fileName: 'a.csv', contentBase64: '' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    // A caregiver may edit only the clients assigned to her.
    expect(await f.call(ctx, 'clients.update', { ...person(), id: c.id })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const after = await f.rowCounts();
    expect({ ...after, audit_log: 0 }).toEqual({ ...before, audit_log: 0 });
  });

  it('lets a social worker register someone and makes her their worker, so she sees the name she typed', async () => {
    f = await TestFacility.create({ init: WOMEN_CENTER });
    const sw = await f.as('social_worker');
    const c = await f.ok(sw, 'clients.create', person({ lastName: 'Toshmatova' }));
    expect(c.assignedWorker?.id).toBe(await userId(f, sw));
    expect(c.name).toMatch(/^Toshmatova/);
    const other = await f.as('social_worker', 'sw2');
    expect((await f.ok(other, 'clients.get', { id: c.id })).nameHidden).toBe(true);
    expect(await f.call(other, 'clients.update', { ...person(), id: c.id })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const updated = await f.ok(sw, 'clients.update', { ...person({ lastName: 'Toshmatova', firstName: 'Nilufar' }), id: c.id });
    expect(updated.name).toMatch(/^Toshmatova Nilufar/);
  });

  it('assigns a worker only from active staff', async () => {
    f = await TestFacility.create({ init: WOMEN_CENTER });
    const m = await f.signIn();
    const c = await f.ok(m, 'clients.create', person());
    const acc = await userId(f, await f.as('accountant'));
    expect(await f.call(m, 'clients.assignWorker', { clientId: c.id, userId: acc })).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { userId: expect.any(String) } },
    });
    const cg = await userId(f, await f.as('caregiver'));
    expect((await f.ok(m, 'clients.assignWorker', { clientId: c.id, userId: cg })).assignedWorker?.id).toBe(cg);
    expect(await f.call(m, 'clients.assignWorker', { clientId: 999, userId: cg })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('audits every view of a record', async () => {
    f = await TestFacility.create({ init: WOMEN_CENTER });
    const m = await f.signIn();
    const c = await f.ok(m, 'clients.create', person());
    await f.ok(m, 'clients.get', { id: c.id });
    await f.ok(await f.as('caregiver'), 'clients.get', { id: c.id });
    const views = await f.backend.db
      .selectFrom('audit_log')
      .select(['username', 'object_id'])
      .where('action', '=', 'clients.get')
      .orderBy('seq')
      .execute();
    expect(views).toEqual([
      { username: 'manager', object_id: c.code },
      { username: 'caregiver1', object_id: c.code },
    ]);
  });

  it('keeps poor-family periods for billing, refusing overlaps', async () => {
    f = await TestFacility.create();
    const m = await f.signIn();
    const c = await f.ok(m, 'clients.create', person({ birthDate: '2019-01-01' }));
    const acc = await f.as('accountant');
    expect(
      await f.ok(acc, 'clients.setPoorFamilyPeriods', {
        clientId: c.id,
        periods: [
          { from: '2026-06-01', to: null },
          { from: '2026-01-01', to: '2026-03-31' },
        ],
      }),
    ).toEqual([
      { from: '2026-01-01', to: '2026-03-31' },
      { from: '2026-06-01', to: null },
    ]);
    const bad = await f.call(acc, 'clients.setPoorFamilyPeriods', {
      clientId: c.id,
      periods: [
        { from: '2026-01-01', to: '2026-06-30' },
        { from: '2026-06-01', to: '2025-01-01' },
      ],
    });
    expect(bad).toMatchObject({
      ok: false,
      error: { fields: { 'periods.1.to': expect.any(String), 'periods.1.from': expect.any(String) } },
    });
    expect((await f.ok(m, 'clients.get', { id: c.id })).poorFamilyPeriods).toHaveLength(2);
    const cg = await f.as('caregiver');
    expect(await f.call(cg, 'clients.setPoorFamilyPeriods', { clientId: c.id, periods: [] })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });
});

describe('search as you type, filters, sort and paging', () => {
  it('finds a name typed with any apostrophe, in Latin or Cyrillic, by code, PINFL and phone', async () => {
    f = await TestFacility.create({ init: FAMILY_HOME });
    const m = await f.signIn();
    const a = await f.ok(
      m,
      'clients.create',
      person({ lastName: 'Oʻrinboyeva', firstName: 'Shahnoza', pinfl: '61005160123456', phones: ['+998901112233'] }),
    );
    const b = await f.ok(m, 'clients.create', person({ lastName: 'Ўринбоев', firstName: 'Жасур', sex: 'M' }));
    await f.ok(m, 'clients.create', person({ lastName: 'Karimov', firstName: 'Orif', sex: 'M' }));
    const find = async (q: string) => (await f.ok(m, 'clients.list', { q })).items.map((i) => i.code).sort();
    for (const q of ["o'rinboy", 'Oʻrinboy', 'O‘rin', 'orinboy', 'ЎРИН']) expect(await find(q)).toEqual([a.code, b.code].sort());
    expect(await find('jasur')).toEqual([b.code]);
    expect(await find('shah orin')).toEqual([a.code]);
    expect(await find('C-2026-0002')).toEqual([b.code]);
    expect(await find('0003')).toEqual(['C-2026-0003']);
    expect(await find('61005')).toEqual([a.code]);
    expect(await find('90 111 22')).toEqual([a.code]);
    expect(await find('+998 90 111')).toEqual([a.code]);
    expect(await find('zzz')).toEqual([]);
  });

  it('filters by status, room and group; sorts; pages', async () => {
    f = await TestFacility.create({ init: FAMILY_HOME });
    const m = await f.signIn();
    const { beds } = await addRooms(f, m, { '1': ['A', 'B'], '2': ['A'] });
    const g = await addGroup(f, m, 'Kichiklar', 5);
    const x = await admitted(f, m, { bedId: beds['1/A'] }, { lastName: 'Bakirov', birthDate: '2015-01-01' });
    const y = await admitted(f, m, { bedId: beds['2/A'] }, { lastName: 'Aliyev', birthDate: '2017-01-01' }, '2026-10-01');
    await f.ok(m, 'stays.transfer', { clientId: y.id, date: '2026-11-10', bedId: beds['2/A'], groupId: g.id });
    const z = await f.ok(m, 'clients.create', person({ lastName: 'Valiyev', birthDate: '2016-01-01' }));
    const codes = async (input: Record<string, unknown>) => (await f.ok(m, 'clients.list', input)).items.map((i) => i.code);
    expect(await codes({ status: 'current' })).toEqual([x.code, y.code]);
    expect(await codes({ status: 'new' })).toEqual([z.code]);
    expect(await codes({ roomId: (await f.ok(m, 'rooms.list', {}))[0]!.id })).toEqual([x.code]);
    expect(await codes({ groupId: g.id })).toEqual([y.code]);
    expect(await codes({ sort: 'name' })).toEqual([y.code, x.code, z.code]);
    expect(await codes({ sort: 'birthDate', dir: 'desc' })).toEqual([y.code, z.code, x.code]);
    expect(await codes({ sort: 'admittedOn' })).toEqual([y.code, x.code, z.code]);
    const page = await f.ok(m, 'clients.list', { limit: 2, offset: 2 });
    expect(page).toMatchObject({ total: 3, items: [{ code: z.code }] });
    // A page past the end, and a search that matches nobody, still tell the total.
    expect(await f.ok(m, 'clients.list', { limit: 2, offset: 10 })).toEqual({ total: 3, items: [] });
    expect(await f.ok(m, 'clients.list', { q: 'qqqzzz' })).toEqual({ total: 0, items: [] });
    expect(await f.ok(m, 'clients.list', { q: 'iyev', status: 'current', offset: 1 })).toEqual({ total: 0, items: [] });
    expect((await f.ok(m, 'clients.list', { q: 'aliyev', offset: 0 })).total).toBe(1);
    const item = (await f.ok(m, 'clients.list', { q: 'bakirov' })).items[0]!;
    expect(item).toMatchObject({ room: { name: '1' }, bed: { label: 'A' }, admittedOn: '2026-11-01', status: 'active' });
    expect(await f.call(m, 'clients.list', { limit: 1000, sort: 'shoe', status: 'gone', offset: -1 })).toMatchObject({
      ok: false,
      error: {
        code: 'validation',
        fields: { limit: expect.any(String), sort: expect.any(String), status: expect.any(String), offset: expect.any(String) },
      },
    });
  });
});
