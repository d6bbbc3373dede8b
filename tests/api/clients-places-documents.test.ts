import { afterEach, describe, expect, it } from 'vitest';
import { TestFacility } from '../fixtures/backend';
import { FAMILY_HOME, WOMEN_CENTER, addRooms, addGroup, admitted, person } from '../fixtures/clients';

let f: TestFacility;
afterEach(async () => f?.close());

const PDF = Buffer.from('%PDF-1.4\n%%EOF\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

describe('rooms, beds and groups', () => {
  it('adds rooms with beds and groups, renames, and closes only empty ones', async () => {
    f = await TestFacility.create({ init: FAMILY_HOME });
    const m = await f.signIn();
    const room = await f.ok(m, 'rooms.create', { name: 'Qizlar xonasi', floor: 2, kind: 'bedroom', beds: ['1', '2'] });
    expect(room).toMatchObject({ name: 'Qizlar xonasi', floor: 2, beds: [{ label: '1' }, { label: '2' }], active: true });
    const withBed = await f.ok(m, 'rooms.addBed', { roomId: room.id, label: '3' });
    expect(withBed.beds.map((b) => b.label)).toEqual(['1', '2', '3']);
    expect(await f.call(m, 'rooms.addBed', { roomId: room.id, label: '3' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await f.call(m, 'rooms.create', { name: 'Qizlar xonasi', kind: 'bedroom' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    const c = await admitted(f, m, { bedId: room.beds[0]!.id });
    expect(await f.call(m, 'rooms.updateBed', { bedId: room.beds[0]!.id, label: '1', active: false })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(await f.call(m, 'rooms.update', { id: room.id, name: 'Qizlar xonasi', kind: 'bedroom', active: false })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    await f.ok(m, 'rooms.updateBed', { bedId: withBed.beds[2]!.id, label: '3a', active: false });
    const renamed = await f.ok(m, 'rooms.update', { id: room.id, name: 'Qizlar', floor: 1, kind: 'bedroom', active: true });
    expect(renamed).toMatchObject({ name: 'Qizlar', floor: 1 });
    expect((await f.ok(m, 'clients.get', { id: c.id })).room?.name).toBe('Qizlar');
    const board = await f.ok(m, 'beds.board', {});
    expect(board.rooms[0]!.beds.map((b) => [b.label, b.state])).toEqual([
      ['1', 'occupied'],
      ['2', 'free'],
    ]);
    expect(board.freeBeds).toBe(1);
    const g = await addGroup(f, m, 'Kichiklar', 4);
    expect(await f.call(m, 'groups.update', { id: g.id, name: 'Kichiklar', places: 0, active: true })).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
    expect(await f.ok(m, 'groups.update', { id: g.id, name: 'Kichik guruh', places: 6, active: true })).toMatchObject({
      name: 'Kichik guruh',
      places: 6,
      enrolled: 0,
    });
    const audit = await f.backend.db.selectFrom('audit_log').select('action').where('action', 'like', 'rooms.%').orderBy('seq').execute();
    expect(audit.map((a) => a.action)).toEqual(['rooms.create', 'rooms.addBed', 'rooms.updateBed', 'rooms.update']);
  });

  it('refuses room and group changes to other roles, and bad values, writing nothing', async () => {
    f = await TestFacility.create({ init: FAMILY_HOME });
    const m = await f.signIn();
    const { rooms } = await addRooms(f, m, { '1': ['A'] });
    const g = await addGroup(f, m);
    const before = await f.rowCounts();
    expect(await f.call(m, 'rooms.create', { name: '', floor: 99, kind: 'kitchen', beds: ['A', 'a'] })).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { name: expect.any(String), floor: expect.any(String), kind: expect.any(String) } },
    });
    expect(await f.call(m, 'rooms.create', { name: 'X', kind: 'bedroom', beds: ['A', 'a'] })).toMatchObject({
      ok: false,
      error: { fields: { 'beds.1': expect.any(String) } },
    });
    expect(await f.call(m, 'groups.create', { name: 'Y', places: 1.5 })).toMatchObject({
      ok: false,
      error: { fields: { places: expect.any(String) } },
    });
    expect(await f.call(m, 'rooms.update', { id: 999, name: 'Z', kind: 'bedroom', active: true })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(await f.rowCounts()).toEqual(before);
    for (const role of ['caregiver', 'social_worker', 'accountant', 'inspector'] as const) {
      const ctx = await f.as(role);
      const b = await f.rowCounts();
      const writes: [string, unknown][] = [
        ['rooms.create', { name: 'New', kind: 'bedroom' }],
        ['rooms.update', { id: rooms[0]!.id, name: 'New', kind: 'bedroom', active: true }],
        ['rooms.addBed', { roomId: rooms[0]!.id, label: 'Z' }],
        ['rooms.updateBed', { bedId: rooms[0]!.beds[0]!.id, label: 'Z', active: true }],
        ['rooms.setStaff', { roomId: rooms[0]!.id, userIds: [] }],
        ['groups.create', { name: 'New', places: 3 }],
        ['groups.update', { id: g.id, name: 'New', places: 3, active: true }],
        ['groups.setStaff', { groupId: g.id, userIds: [] }],
      ];
      for (const [method, input] of writes)
        expect(await f.call(ctx, method, input), `${role} ${method}`).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect({ ...(await f.rowCounts()), audit_log: 0 }).toEqual({ ...b, audit_log: 0 });
      expect((await f.ok(ctx, 'rooms.list', {})).length).toBe(1);
    }
  });
});

describe('documents', () => {
  it('keeps scans in the database, lists them, opens them, and lists the ones expiring in 30 days', async () => {
    f = await TestFacility.create({ init: FAMILY_HOME });
    const m = await f.signIn();
    const c = await f.ok(m, 'clients.create', person());
    const doc = await f.ok(m, 'documents.add', {
      clientId: c.id,
      type: 'birth_certificate',
      number: 'I-TN 7654321',
      issuedOn: '2016-05-10',
      expiresOn: '2026-12-10',
      fileName: '../../etc/guvohnoma.pdf',
      mime: 'application/pdf',
      contentBase64: PDF.toString('base64'),
    });
    expect(doc).toMatchObject({
      type: 'birth_certificate',
      number: 'I-TN 7654321',
      fileName: 'guvohnoma.pdf',
      size: PDF.length,
      canOpen: true,
    });
    await f.ok(m, 'documents.add', {
      clientId: c.id,
      type: 'consent',
      expiresOn: '2027-06-01',
      fileName: 'rozilik.png',
      mime: 'image/png',
      contentBase64: PNG.toString('base64'),
    });
    await f.ok(m, 'documents.add', {
      clientId: c.id,
      type: 'referral',
      expiresOn: '2026-11-01',
      fileName: 'y.pdf',
      mime: 'application/pdf',
      contentBase64: PDF.toString('base64'),
    });
    expect((await f.ok(m, 'documents.list', { clientId: c.id })).map((d) => d.type)).toEqual(['referral', 'consent', 'birth_certificate']);
    const file = await f.ok(m, 'documents.file', { id: doc.id });
    expect(Buffer.from(file.contentBase64, 'base64').equals(PDF)).toBe(true);
    const expiring = await f.ok(m, 'documents.expiring', {});
    expect(expiring.map((d) => [d.type, d.expired, d.client.code])).toEqual([
      ['referral', true, c.code],
      ['birth_certificate', false, c.code],
    ]);
    const alerts = (await f.ok(m, 'home.summary', {})).alerts;
    expect(alerts).toEqual(
      expect.arrayContaining([
        { type: 'documentsExpired', severity: 'danger', count: 1, link: '/clients/documents' },
        { type: 'documentsExpiring', severity: 'warning', count: 1, link: '/clients/documents' },
      ]),
    );
    expect((await f.ok(m, 'clients.timeline', { clientId: c.id })).filter((t) => t.type === 'document')).toHaveLength(3);
    await f.ok(m, 'documents.remove', { id: doc.id, reason: 'Boshqa bolaniki' });
    expect((await f.ok(m, 'documents.list', { clientId: c.id })).map((d) => d.id)).not.toContain(doc.id);
    const removed = await f.backend.db
      .selectFrom('audit_log')
      .select('changes')
      .where('action', '=', 'documents.remove')
      .executeTakeFirstOrThrow();
    expect(removed.changes).toContain('Boshqa bolaniki');
  });

  it('refuses a file whose content is not what it says, an empty or oversized file, and other roles', async () => {
    f = await TestFacility.create({ init: WOMEN_CENTER });
    const m = await f.signIn();
    const c = await f.ok(m, 'clients.create', person());
    const before = await f.rowCounts();
    const base = { clientId: c.id, type: 'passport' as const, fileName: 'p.pdf', mime: 'application/pdf' as const };
    expect(
      await f.call(m, 'documents.add', { ...base, contentBase64: Buffer.from('MZ\x90\x00 not a pdf').toString('base64') }),
    ).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { contentBase64: expect.any(String) } },
    });
    expect(await f.call(m, 'documents.add', { ...base, contentBase64: '' })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await f.call(m, 'documents.add', { ...base, contentBase64: 'A'.repeat(28 * 1024 * 1024) })).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { contentBase64: expect.any(String) } },
    });
    expect(
      await f.call(m, 'documents.add', {
        ...base,
        type: 'selfie',
        mime: 'image/gif',
        expiresOn: '2020-01-01',
        issuedOn: '2021-01-01',
        contentBase64: PDF.toString('base64'),
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { type: expect.any(String), mime: expect.any(String) } },
    });
    expect(
      await f.call(m, 'documents.add', { ...base, expiresOn: '2020-01-01', issuedOn: '2021-01-01', contentBase64: PDF.toString('base64') }),
    ).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { expiresOn: expect.any(String) } },
    });
    expect(await f.rowCounts()).toEqual(before);
    const doc = await f.ok(m, 'documents.add', { ...base, contentBase64: PDF.toString('base64') });
    for (const role of ['caregiver', 'accountant', 'inspector'] as const) {
      const ctx = await f.as(role);
      expect(await f.call(ctx, 'documents.add', { ...base, contentBase64: PDF.toString('base64') })).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
      expect(await f.call(ctx, 'documents.remove', { id: doc.id, reason: 'x' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await f.call(m, 'documents.remove', { id: doc.id, reason: '' })).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('stores a 20 MB scan whole', async () => {
    f = await TestFacility.create({ init: FAMILY_HOME });
    const m = await f.signIn();
    const c = await f.ok(m, 'clients.create', person());
    const big = Buffer.alloc(20 * 1024 * 1024, 7);
    PDF.copy(big);
    const doc = await f.ok(m, 'documents.add', {
      clientId: c.id,
      type: 'court_decision',
      fileName: 'qaror.pdf',
      mime: 'application/pdf',
      contentBase64: big.toString('base64'),
    });
    expect(doc.size).toBe(big.length);
    const back = Buffer.from((await f.ok(m, 'documents.file', { id: doc.id })).contentBase64, 'base64');
    expect(back.equals(big)).toBe(true);
  });
});

describe('photos', () => {
  it('sets and removes a photo; refuses what is not an image', async () => {
    f = await TestFacility.create({ init: FAMILY_HOME });
    const m = await f.signIn();
    const c = await f.ok(m, 'clients.create', person());
    await f.ok(m, 'clients.setPhoto', { clientId: c.id, mime: 'image/png', contentBase64: PNG.toString('base64') });
    expect((await f.ok(m, 'clients.get', { id: c.id })).identity?.hasPhoto).toBe(true);
    expect(await f.ok(m, 'clients.photo', { clientId: c.id })).toEqual({ mime: 'image/png', contentBase64: PNG.toString('base64') });
    expect(
      await f.call(m, 'clients.setPhoto', { clientId: c.id, mime: 'image/jpeg', contentBase64: PNG.toString('base64') }),
    ).toMatchObject({ ok: false, error: { code: 'validation' } });
    await f.ok(m, 'clients.setPhoto', { clientId: c.id, mime: null, contentBase64: null });
    expect(await f.ok(m, 'clients.photo', { clientId: c.id })).toBeNull();
    expect(await f.call(await f.as('accountant'), 'clients.setPhoto', { clientId: c.id, mime: null, contentBase64: null })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });
});

describe('waiting list and the manager’s home', () => {
  it('queues applicants by priority and date, admits from the list, and shows the week on the home page', async () => {
    f = await TestFacility.create({ init: FAMILY_HOME });
    const m = await f.signIn();
    const { beds } = await addRooms(f, m, { '1': ['A', 'B'] });
    const normal = await f.ok(m, 'waitingList.add', {
      client: person({ lastName: 'Normal' }),
      appliedOn: '2026-11-01',
      priority: 'normal',
      expectedOn: '2026-11-21',
    });
    const urgent = await f.ok(m, 'waitingList.add', {
      client: person({ lastName: 'Urgent' }),
      appliedOn: '2026-11-10',
      priority: 'urgent',
    });
    const high = await f.ok(m, 'waitingList.add', { client: person({ lastName: 'High' }), appliedOn: '2026-11-05', priority: 'high' });
    expect((await f.ok(m, 'waitingList.list', {})).map((w) => [w.client.name?.split(' ')[0], w.position])).toEqual([
      ['Urgent', 1],
      ['High', 2],
      ['Normal', 3],
    ]);
    expect(await f.call(m, 'waitingList.add', { clientId: urgent.client.id, appliedOn: '2026-11-10', priority: 'urgent' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    await f.ok(m, 'stays.admit', {
      clientId: urgent.client.id,
      admittedOn: '2026-11-20',
      referralSource: 'inson_center',
      bedId: beds['1/A'],
      waitingId: urgent.id,
    });
    await f.ok(m, 'waitingList.withdraw', { id: high.id, reason: 'Oila olib ketdi' });
    expect((await f.ok(m, 'waitingList.list', {})).map((w) => w.id)).toEqual([normal.id]);
    expect((await f.ok(m, 'waitingList.list', { status: 'admitted' }))[0]).toMatchObject({
      id: urgent.id,
      status: 'admitted',
      closedOn: '2026-11-20',
    });
    expect(await f.call(m, 'waitingList.update', { id: high.id, appliedOn: '2026-11-05', priority: 'urgent' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(
      await f.ok(m, 'waitingList.update', { id: normal.id, appliedOn: '2026-11-01', priority: 'high', expectedOn: '2026-11-21' }),
    ).toMatchObject({ priority: 'high', position: 1 });
    const x = await admitted(f, m, { bedId: beds['1/B'] }, { lastName: 'Ketadi' }, '2026-10-01');
    await f.ok(m, 'stays.discharge', { clientId: x.id, dischargedOn: '2026-11-17', destination: 'foster_family' });
    const home = await f.ok(m, 'home.summary', {});
    expect(home).toMatchObject({
      today: '2026-11-22',
      weekFrom: '2026-11-16',
      weekTo: '2026-11-22',
      capacity: 9,
      occupied: 1,
      waiting: { count: 1 },
    });
    expect(home.arrivals.map((a) => [a.kind, a.date, a.name?.split(' ')[0]])).toEqual([
      ['admitted', '2026-11-20', 'Urgent'],
      ['expected', '2026-11-21', 'Normal'],
    ]);
    expect(home.departures.map((a) => [a.kind, a.date])).toEqual([['discharged', '2026-11-17']]);
    expect(home.byRoom).toEqual([{ id: expect.any(Number), name: '1', beds: 2, occupied: 1, held: 0 }]);
    const timeline = await f.ok(m, 'clients.timeline', { clientId: urgent.client.id });
    // The record was typed in today, after the application and admission it records.
    expect(timeline.map((t) => t.type)).toEqual(['waitingAdded', 'admitted', 'placed', 'registered']);
  });

  it('checks waiting-list input and roles', async () => {
    f = await TestFacility.create({ init: FAMILY_HOME });
    const m = await f.signIn();
    const before = await f.rowCounts();
    expect(await f.call(m, 'waitingList.add', { appliedOn: '2026-11-01', priority: 'normal' })).toMatchObject({
      ok: false,
      error: { fields: { clientId: expect.any(String) } },
    });
    expect(await f.call(m, 'waitingList.add', { client: person(), appliedOn: '2026-12-01', priority: 'soon' })).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { priority: expect.any(String) } },
    });
    expect(await f.call(m, 'waitingList.add', { client: person(), appliedOn: '2026-12-01', priority: 'normal' })).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { appliedOn: expect.any(String) } },
    });
    expect(await f.rowCounts()).toEqual(before);
    const w = await f.ok(m, 'waitingList.add', { client: person(), appliedOn: '2026-11-01', priority: 'normal' });
    for (const role of ['caregiver', 'accountant', 'inspector'] as const) {
      const ctx = await f.as(role);
      expect(await f.call(ctx, 'waitingList.add', { client: person(), appliedOn: '2026-11-01', priority: 'normal' })).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
      expect(await f.call(ctx, 'waitingList.withdraw', { id: w.id, reason: 'x' })).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
      expect(await f.call(ctx, 'home.summary', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await f.call(await f.as('social_worker'), 'waitingList.withdraw', { id: w.id, reason: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });
});
