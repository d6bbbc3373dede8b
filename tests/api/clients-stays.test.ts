import { afterEach, describe, expect, it } from 'vitest';
import { TestFacility, DAY_CARE } from '../fixtures/backend';
import { FAMILY_HOME, WOMEN_CENTER, addRooms, addGroup, admitted, person } from '../fixtures/clients';

let f: TestFacility;
afterEach(async () => f?.close());

const bedOf = async (ctx: Parameters<TestFacility['ok']>[0], clientId: number, date?: string) => {
  const board = await f.ok(ctx, 'beds.board', date ? { date } : {});
  for (const r of board.rooms)
    for (const b of r.beds) if (b.occupants.some((o) => o.id === clientId)) return { bed: `${r.name}/${b.label}`, state: b.state };
  return null;
};

describe('a stay from admission to readmission', () => {
  it('admits, moves, keeps the bed during an absence, discharges, and readmits with the history kept', async () => {
    f = await TestFacility.create({ init: FAMILY_HOME });
    const m = await f.signIn();
    const { beds } = await addRooms(f, m, { '1': ['A', 'B'], '2': ['A'] });
    const c = await f.ok(m, 'clients.create', person({ birthDate: '2015-01-01' }));
    await f.ok(m, 'stays.admit', {
      clientId: c.id,
      admittedOn: '2026-11-01',
      referralSource: 'guardianship',
      referralDocument: 'Qaror № 5',
      reason: 'Ota-onasiz',
      bedId: beds['1/A'],
    });
    expect(await bedOf(m, c.id)).toEqual({ bed: '1/A', state: 'occupied' });

    await f.ok(m, 'stays.transfer', { clientId: c.id, date: '2026-11-10', bedId: beds['2/A'], note: 'Yorugʻroq xona' });
    expect(await bedOf(m, c.id)).toEqual({ bed: '2/A', state: 'occupied' });
    expect(await bedOf(m, c.id, '2026-11-05')).toEqual({ bed: '1/A', state: 'occupied' });

    await f.ok(m, 'stays.startAbsence', { clientId: c.id, fromDate: '2026-11-15', reason: 'hospital', expectedReturn: '2026-11-25' });
    expect(await bedOf(m, c.id)).toEqual({ bed: '2/A', state: 'held' });
    expect((await f.ok(m, 'clients.get', { id: c.id })).absence).toEqual({
      reason: 'hospital',
      fromDate: '2026-11-15',
      expectedReturn: '2026-11-25',
    });
    expect((await f.ok(m, 'clients.list', { status: 'away' })).items.map((i) => i.absenceReason)).toEqual(['hospital']);
    await f.ok(m, 'stays.endAbsence', { clientId: c.id, toDate: '2026-11-18' });
    expect((await f.ok(m, 'clients.get', { id: c.id })).status).toBe('active');

    await f.ok(m, 'stays.discharge', {
      clientId: c.id,
      dischargedOn: '2026-11-20',
      destination: 'guardianship',
      followUpContact: 'Buvisi, +998901234567',
    });
    const gone = await f.ok(m, 'clients.get', { id: c.id });
    expect(gone).toMatchObject({
      status: 'discharged',
      readOnly: true,
      room: null,
      bed: null,
      currentStayId: null,
      dischargedOn: '2026-11-20',
    });
    expect(await bedOf(m, c.id)).toBeNull();
    expect(await f.call(m, 'clients.update', { ...person(), id: c.id })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await f.call(m, 'stays.transfer', { clientId: c.id, date: '2026-11-21', bedId: beds['1/B'] })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(
      await f.call(m, 'stays.admit', { clientId: c.id, admittedOn: '2026-11-19', referralSource: 'self', bedId: beds['1/B'] }),
    ).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { admittedOn: expect.any(String) } },
    });

    await f.ok(m, 'stays.admit', { clientId: c.id, admittedOn: '2026-11-21', referralSource: 'inson_center', bedId: beds['1/B'] });
    expect(await bedOf(m, c.id)).toEqual({ bed: '1/B', state: 'occupied' });
    const history = await f.ok(m, 'stays.history', { clientId: c.id });
    expect(history.map((s) => [s.status, s.admittedOn, s.dischargedOn, s.destination])).toEqual([
      ['active', '2026-11-21', null, null],
      ['discharged', '2026-11-01', '2026-11-20', 'guardianship'],
    ]);
    expect(history[1]!.placements.map((p) => [p.fromDate, p.toDate, `${p.room?.name}/${p.bed?.label}`])).toEqual([
      ['2026-11-01', '2026-11-10', '1/A'],
      ['2026-11-10', '2026-11-20', '2/A'],
    ]);
    expect(history[1]!.absences).toEqual([expect.objectContaining({ fromDate: '2026-11-15', toDate: '2026-11-18', reason: 'hospital' })]);
    expect(history[1]).toMatchObject({ referralDocument: 'Qaror № 5', reason: 'Ota-onasiz', followUpContact: 'Buvisi, +998901234567' });
    const timeline = await f.ok(m, 'clients.timeline', { clientId: c.id });
    expect(timeline.map((t) => `${t.date} ${t.type}`)).toEqual([
      '2026-11-01 admitted',
      '2026-11-01 placed',
      '2026-11-10 placed',
      '2026-11-15 absenceStarted',
      '2026-11-18 absenceEnded',
      '2026-11-20 discharged',
      '2026-11-21 admitted',
      '2026-11-21 placed',
      '2026-11-22 registered',
    ]);
    const actions = await f.backend.db.selectFrom('audit_log').select('action').where('object_id', '=', c.code).execute();
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining(['stays.admit', 'stays.transfer', 'stays.startAbsence', 'stays.endAbsence', 'stays.discharge']),
    );
  });

  it('places an unplaced resident by picking a bed, and refuses a move to where they already are', async () => {
    f = await TestFacility.create({ init: FAMILY_HOME });
    const m = await f.signIn();
    const { beds } = await addRooms(f, m, { '1': ['A'] });
    const c = await f.ok(m, 'clients.create', person());
    await f.ok(m, 'stays.admit', { clientId: c.id, admittedOn: '2026-11-20', referralSource: 'police' });
    expect((await f.ok(m, 'beds.board', {})).unplaced.map((u) => u.id)).toEqual([c.id]);
    expect((await f.ok(m, 'home.summary', {})).alerts.map((a) => a.type)).toContain('unplaced');
    await f.ok(m, 'stays.transfer', { clientId: c.id, date: '2026-11-20', bedId: beds['1/A'] });
    expect((await f.ok(m, 'beds.board', {})).unplaced).toEqual([]);
    expect(await f.call(m, 'stays.transfer', { clientId: c.id, date: '2026-11-21', bedId: beds['1/A'] })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });
});

describe('beds and capacity', () => {
  it('refuses a bed that is taken, now or from a back-dated move', async () => {
    f = await TestFacility.create({ init: FAMILY_HOME });
    const m = await f.signIn();
    const { beds } = await addRooms(f, m, { '1': ['A', 'B'] });
    const a = await admitted(f, m, { bedId: beds['1/A'] });
    const b = await f.ok(m, 'clients.create', person());
    const before = await f.rowCounts();
    expect(
      await f.call(m, 'stays.admit', { clientId: b.id, admittedOn: '2026-11-05', referralSource: 'self', bedId: beds['1/A'] }),
    ).toMatchObject({
      ok: false,
      error: { code: 'conflict', fields: { bedId: expect.any(String) } },
    });
    expect(await f.rowCounts()).toEqual(before);
    await f.ok(m, 'stays.admit', { clientId: b.id, admittedOn: '2026-11-05', referralSource: 'self', bedId: beds['1/B'] });
    expect(await f.call(m, 'stays.transfer', { clientId: b.id, date: '2026-11-06', bedId: beds['1/A'] })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    await f.ok(m, 'stays.discharge', { clientId: a.id, dischargedOn: '2026-11-10', destination: 'own_family' });
    expect(await f.call(m, 'stays.transfer', { clientId: b.id, date: '2026-11-08', bedId: beds['1/A'] })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    await f.ok(m, 'stays.transfer', { clientId: b.id, date: '2026-11-10', bedId: beds['1/A'] });
  });

  it('admits beyond licensed capacity only with the manager’s recorded reason', async () => {
    f = await TestFacility.create({ init: { ...FAMILY_HOME, capacity: 2 } });
    const m = await f.signIn();
    const { beds } = await addRooms(f, m, { '1': ['A', 'B', 'C'] });
    await admitted(f, m, { bedId: beds['1/A'] });
    await admitted(f, m, { bedId: beds['1/B'] });
    const third = await f.ok(m, 'clients.create', person());
    const before = await f.rowCounts();
    const refused = await f.call(m, 'stays.admit', {
      clientId: third.id,
      admittedOn: '2026-11-20',
      referralSource: 'police',
      bedId: beds['1/C'],
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', fields: { capacityOverrideReason: expect.any(String) } } });
    expect(await f.rowCounts()).toEqual(before);
    const stay = await f.ok(m, 'stays.admit', {
      clientId: third.id,
      admittedOn: '2026-11-20',
      referralSource: 'police',
      bedId: beds['1/C'],
      capacityOverrideReason: 'Tungi favqulodda joylashtirish',
    });
    expect(stay.capacityOverride).toMatchObject({ reason: 'Tungi favqulodda joylashtirish', by: 'Dilnoza Karimova' });
    const overrides = await f.backend.db.selectFrom('capacity_overrides').selectAll().execute();
    expect(overrides).toEqual([
      expect.objectContaining({ scope: 'facility', occupied: 2, capacity: 2, reason: 'Tungi favqulodda joylashtirish' }),
    ]);
    const home = await f.ok(m, 'home.summary', {});
    expect(home).toMatchObject({ occupied: 3, capacity: 2, overCapacity: true });
    expect(home.alerts.map((a) => a.type)).toEqual(expect.arrayContaining(['overCapacity', 'capacityOverridden']));
    expect((await f.ok(m, 'beds.board', {})).overCapacity).toBe(true);
  });

  it('lets a mother and her children share a mother-and-child room, and nobody else', async () => {
    f = await TestFacility.create({ init: WOMEN_CENTER });
    const m = await f.signIn();
    const { beds } = await addRooms(
      f,
      m,
      { 'Ona-bola 1': ['A', 'B'], 'Ona-bola 2': ['A'], '3': ['A', 'B'] },
      { 'Ona-bola 1': 'mother_and_child', 'Ona-bola 2': 'mother_and_child' },
    );
    const mother = await f.ok(m, 'clients.create', person());
    const baby = await f.ok(m, 'clients.create', person({ motherId: mother.id, birthDate: '2025-06-01', sex: 'M' }));
    const girl = await f.ok(m, 'clients.create', person({ motherId: mother.id, birthDate: '2019-06-01' }));
    const other = await f.ok(m, 'clients.create', person());
    expect(
      await f.call(m, 'stays.admit', {
        clientId: mother.id,
        admittedOn: '2026-11-20',
        referralSource: 'hotline',
        bedId: beds['3/A'],
        children: [{ clientId: baby.id }],
      }),
    ).toMatchObject({ ok: false, error: { code: 'validation', fields: { 'children.0.bedId': expect.any(String) } } });
    expect(
      await f.call(m, 'stays.admit', {
        clientId: mother.id,
        admittedOn: '2026-11-20',
        referralSource: 'hotline',
        children: [{ clientId: other.id }],
      }),
    ).toMatchObject({
      ok: false,
      error: { fields: { 'children.0.clientId': expect.any(String) } },
    });
    await f.ok(m, 'stays.admit', {
      clientId: mother.id,
      admittedOn: '2026-11-20',
      referralSource: 'hotline',
      bedId: beds['Ona-bola 1/A'],
      children: [{ clientId: baby.id, bedId: beds['Ona-bola 1/A'] }, { clientId: girl.id }],
    });
    let board = await f.ok(m, 'beds.board', {});
    const room = board.rooms.find((r) => r.name === 'Ona-bola 1')!;
    expect(room.beds[0]!.occupants.map((o) => o.id)).toEqual([mother.id, baby.id]);
    expect(room.sharing.map((o) => o.id)).toEqual([girl.id]);
    expect(board.occupied).toBe(3);
    expect(
      await f.call(m, 'stays.admit', { clientId: other.id, admittedOn: '2026-11-21', referralSource: 'self', bedId: beds['Ona-bola 1/A'] }),
    ).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    await f.ok(m, 'stays.transfer', { clientId: mother.id, date: '2026-11-21', bedId: beds['Ona-bola 2/A'] });
    board = await f.ok(m, 'beds.board', {});
    expect(board.rooms.find((r) => r.name === 'Ona-bola 2')!.sharing.map((o) => o.id)).toEqual([girl.id]);
    expect(board.rooms.find((r) => r.name === 'Ona-bola 1')!.beds[0]!.occupants.map((o) => o.id)).toEqual([baby.id]);
    await f.ok(m, 'stays.discharge', { clientId: mother.id, dischargedOn: '2026-11-22', destination: 'independent_living' });
    for (const id of [mother.id, baby.id, girl.id]) expect((await f.ok(m, 'clients.get', { id })).status).toBe('discharged');
  });

  it('enrols a day-care child with weekdays and hours, and keeps to the group’s places', async () => {
    f = await TestFacility.create({ init: DAY_CARE });
    const m = await f.signIn();
    const small = await addGroup(f, m, 'Kichik', 1);
    const big = await addGroup(f, m, 'Katta', 8);
    const a = await f.ok(m, 'clients.create', person({ birthDate: '2020-01-01' }));
    expect(
      await f.call(m, 'stays.admit', { clientId: a.id, admittedOn: '2026-11-20', referralSource: 'inson_center', groupId: small.id }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'validation',
        fields: { weekdays: expect.any(String), plannedFrom: expect.any(String), plannedTo: expect.any(String) },
      },
    });
    expect(
      await f.call(m, 'stays.admit', {
        clientId: a.id,
        admittedOn: '2026-11-20',
        referralSource: 'inson_center',
        groupId: small.id,
        weekdays: [1, 1],
        plannedFrom: '18:00',
        plannedTo: '09:00',
      }),
    ).toMatchObject({ ok: false, error: { code: 'validation', fields: { weekdays: expect.any(String) } } });
    const stay = await f.ok(m, 'stays.admit', {
      clientId: a.id,
      admittedOn: '2026-11-20',
      referralSource: 'inson_center',
      groupId: small.id,
      weekdays: [5, 1, 3],
      plannedFrom: '08:30',
      plannedTo: '17:30',
    });
    expect(stay).toMatchObject({ kind: 'day_care', weekdays: [1, 3, 5], plannedFrom: '08:30', plannedTo: '17:30' });
    const b = await f.ok(m, 'clients.create', person({ birthDate: '2019-01-01' }));
    const enrol = {
      clientId: b.id,
      admittedOn: '2026-11-21',
      referralSource: 'inson_center' as const,
      groupId: small.id,
      weekdays: [1, 2, 3, 4, 5],
      plannedFrom: '09:00',
      plannedTo: '18:00',
    };
    expect(await f.call(m, 'stays.admit', enrol)).toMatchObject({
      ok: false,
      error: { code: 'conflict', fields: { capacityOverrideReason: expect.any(String) } },
    });
    expect(await f.call(m, 'stays.admit', { ...enrol, bedId: 1 })).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { bedId: expect.any(String) } },
    });
    await f.ok(m, 'stays.admit', { ...enrol, groupId: big.id });
    expect(await f.call(m, 'stays.transfer', { clientId: b.id, date: '2026-11-22', groupId: small.id })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    await f.ok(m, 'stays.transfer', { clientId: b.id, date: '2026-11-22', groupId: small.id, capacityOverrideReason: 'Egizaklar birga' });
    expect((await f.ok(m, 'groups.list', {})).map((g) => [g.name, g.enrolled])).toEqual([
      ['Katta', 0],
      ['Kichik', 2],
    ]);
    const updated = await f.ok(m, 'stays.update', {
      stayId: stay.id,
      referralSource: 'inson_center',
      weekdays: [1, 2],
      plannedFrom: '09:00',
      plannedTo: '21:00',
    });
    expect(updated).toMatchObject({ weekdays: [1, 2], plannedTo: '21:00' });
  });
});

describe('bad input and refused roles on every stay method', () => {
  it('names the wrong field and writes nothing', async () => {
    f = await TestFacility.create({ init: FAMILY_HOME });
    const m = await f.signIn();
    const { beds } = await addRooms(f, m, { '1': ['A', 'B'] });
    const c = await admitted(f, m, { bedId: beds['1/A'] }, {}, '2026-11-10');
    const n = await f.ok(m, 'clients.create', person());
    const before = await f.rowCounts();
    const cases: [string, Record<string, unknown>, string][] = [
      ['stays.admit', { clientId: n.id, admittedOn: '01.11.2026', referralSource: 'friend' }, 'admittedOn'],
      ['stays.admit', { clientId: n.id, admittedOn: '2026-12-01', referralSource: 'self' }, 'admittedOn'],
      ['stays.admit', { clientId: n.id, admittedOn: '2026-11-01', referralSource: 'self', bedId: 999 }, 'bedId'],
      [
        'stays.admit',
        { clientId: n.id, admittedOn: '2026-11-01', referralSource: 'self', plannedDischargeOn: '2026-10-01' },
        'plannedDischargeOn',
      ],
      ['stays.transfer', { clientId: c.id, date: '2026-11-09', bedId: beds['1/B'] }, 'date'],
      ['stays.transfer', { clientId: c.id, date: '2026-11-20' }, 'bedId'],
      ['stays.startAbsence', { clientId: c.id, fromDate: '2026-11-30', reason: 'hospital' }, 'fromDate'],
      ['stays.startAbsence', { clientId: c.id, fromDate: '2026-11-20', reason: 'holiday' }, 'reason'],
      [
        'stays.startAbsence',
        { clientId: c.id, fromDate: '2026-11-20', reason: 'hospital', expectedReturn: '2026-11-19' },
        'expectedReturn',
      ],
      ['stays.discharge', { clientId: c.id, dischargedOn: '2026-11-20', destination: 'moon' }, 'destination'],
      ['stays.discharge', { clientId: c.id, dischargedOn: '2026-11-01', destination: 'adoption' }, 'dischargedOn'],
      ['stays.update', { stayId: 1, referralSource: 'self', plannedDischargeOn: '2020-01-01' }, 'plannedDischargeOn'],
    ];
    for (const [method, input, field] of cases) {
      const r = await f.call(m, method, input);
      expect(r, `${method} ${JSON.stringify(input)}`).toMatchObject({
        ok: false,
        error: { code: 'validation', fields: { [field]: expect.any(String) } },
      });
    }
    expect(await f.call(m, 'stays.endAbsence', { clientId: c.id, toDate: '2026-11-20' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(await f.call(m, 'stays.admit', { clientId: c.id, admittedOn: '2026-11-20', referralSource: 'self' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(await f.call(m, 'stays.discharge', { clientId: n.id, dischargedOn: '2026-11-20', destination: 'adoption' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(await f.call(m, 'stays.history', { clientId: 999 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await f.rowCounts()).toEqual(before);
  });

  it.each(['caregiver', 'social_worker', 'accountant', 'inspector'] as const)(
    'refuses admissions, moves and discharges to a %s',
    async (role) => {
      f = await TestFacility.create({ init: FAMILY_HOME });
      const m = await f.signIn();
      const { beds } = await addRooms(f, m, { '1': ['A', 'B'] });
      const c = await admitted(f, m, { bedId: beds['1/A'] });
      const n = await f.ok(m, 'clients.create', person());
      const ctx = await f.as(role);
      const before = await f.rowCounts();
      const writes: [string, Record<string, unknown>][] = [
        ['stays.admit', { clientId: n.id, admittedOn: '2026-11-20', referralSource: 'self' }],
        ['stays.transfer', { clientId: c.id, date: '2026-11-20', bedId: beds['1/B'] }],
        ['stays.discharge', { clientId: c.id, dischargedOn: '2026-11-20', destination: 'adoption' }],
        ['stays.update', { stayId: 1, referralSource: 'self' }],
      ];
      if (role === 'accountant' || role === 'inspector') {
        writes.push(
          ['stays.startAbsence', { clientId: c.id, fromDate: '2026-11-20', reason: 'hospital' }],
          ['stays.endAbsence', { clientId: c.id, toDate: '2026-11-21' }],
        );
      }
      for (const [method, input] of writes)
        expect(await f.call(ctx, method, input), method).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      const after = await f.rowCounts();
      expect(after.audit_log).toBe(before.audit_log! + writes.length);
      expect({ ...after, audit_log: 0 }).toEqual({ ...before, audit_log: 0 });
      if (role === 'caregiver' || role === 'social_worker') {
        await f.ok(ctx, 'stays.startAbsence', { clientId: c.id, fromDate: '2026-11-20', reason: 'home_leave' });
        await f.ok(ctx, 'stays.endAbsence', { clientId: c.id, toDate: '2026-11-22' });
      }
    },
  );
});
