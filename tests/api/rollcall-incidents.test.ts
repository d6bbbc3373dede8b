import { afterEach, describe, expect, it } from 'vitest';
import { home, dayCare, at, TODAY } from '../fixtures/daily';
import type { TestFacility } from '../fixtures/backend';

let f: TestFacility;
afterEach(async () => f?.close());

describe('roll call', () => {
  it('records a room morning and evening; away statuses move the register, absconding asks for an incident', async () => {
    const h = await home();
    f = h.f;
    const [r0, r1, r2] = h.residents;
    at(f, '07:30');
    let sheet = await f.ok(h.caregiver, 'rollCall.sheet', { session: 'morning' });
    expect(sheet.rooms.map((r) => [r.room.name, r.rows.length])).toEqual([['1', 3]]);
    expect(sheet.counts.notTaken).toBe(3);

    const before = await f.rowCounts();
    const missing = await f.call(h.caregiver, 'rollCall.record', {
      session: 'morning',
      roomId: h.rooms[0]!.id,
      entries: [{ clientId: r0!.id, status: 'present' }],
    });
    expect(!missing.ok && missing.error.fields?.entries).toBeTruthy();
    const stranger = await f.call(h.caregiver, 'rollCall.record', {
      session: 'morning',
      roomId: h.rooms[1]!.id,
      entries: [{ clientId: h.residents[3]!.id, status: 'present' }],
    });
    expect(!stranger.ok && stranger.error.fields?.roomId).toBeTruthy();
    expect(await f.rowCounts()).toEqual(before);

    const done = await f.ok(h.caregiver, 'rollCall.record', {
      session: 'morning',
      roomId: h.rooms[0]!.id,
      entries: [
        { clientId: r0!.id, status: 'present' },
        { clientId: r1!.id, status: 'hospital', note: 'Tez yordam olib ketdi' },
        { clientId: r2!.id, status: 'absconded' },
      ],
    });
    expect(done.counts).toMatchObject({ present: 1, hospital: 1, absconded: 1, notTaken: 0 });
    expect(done.absconded.map((c) => c.id)).toEqual([r2!.id]);
    expect(done.room.takenBy).toBe('Test caregiver');
    // The register follows: held beds, away statuses.
    expect((await f.ok(h.manager, 'clients.get', { id: r1!.id })).absence).toMatchObject({ reason: 'hospital', fromDate: TODAY });
    expect((await f.ok(h.manager, 'clients.get', { id: r2!.id })).status).toBe('away');

    // The evening shift signs in.
    at(f, '20:00');
    const evening = await f.signIn('malika');
    const manager = await f.signIn();
    await f.ok(evening, 'rollCall.record', {
      session: 'evening',
      roomId: h.rooms[0]!.id,
      entries: [
        { clientId: r0!.id, status: 'present' },
        { clientId: r1!.id, status: 'hospital' },
        { clientId: r2!.id, status: 'present', note: 'Qaytib keldi' },
      ],
    });
    expect((await f.ok(manager, 'clients.get', { id: r2!.id })).status).toBe('active');
    sheet = await f.ok(manager, 'rollCall.sheet', { session: 'evening' });
    expect(sheet.rooms.find((r) => r.room.id === h.rooms[0]!.id)!.rows.map((r) => r.status)).toEqual(['present', 'hospital', 'present']);
    expect(sheet.counts.notTaken).toBe(1); // room 2 not yet taken
    const accountant = await f.as('accountant');
    const refused = await f.call(accountant, 'rollCall.sheet', { session: 'morning' });
    expect(!refused.ok && refused.error.code).toBe('forbidden');
  });
});

describe('incidents', () => {
  it('are reported with the people involved, show in their care log and timeline, and are reviewed then closed by the manager', async () => {
    const h = await home();
    f = h.f;
    const [r0, r1] = h.residents;
    at(f, '15:00');
    const report = {
      date: TODAY,
      time: '14:20',
      place: 'Hovli',
      type: 'fall' as const,
      severity: 'moderate' as const,
      clientIds: [r0!.id, r1!.id],
      description: 'Arg‘imchoqdan yiqildi, tizzasi shilingan.',
      actionsTaken: 'Yara tozalandi, bog‘landi.',
      informed: [{ party: 'parent_guardian' as const, at: '2026-11-24T09:40:00Z' }, { party: 'nasp' as const }],
    };
    const before = await f.rowCounts();
    for (const [over, field] of [
      [{ clientIds: [] }, 'clientIds'],
      [{ time: '16:00' }, 'time'],
      [{ description: '' }, 'description'],
      [{ type: 'earthquake' }, 'type'],
      [{ clientIds: [h.residents[3]!.id] }, 'clientIds.0'],
    ] as const) {
      const r = await f.call(h.caregiver, 'incidents.report', { ...report, ...over });
      expect(r.ok, JSON.stringify(over)).toBe(false);
      if (!r.ok) expect(Object.keys(r.error.fields ?? {})).toContain(field);
    }
    expect(await f.rowCounts()).toEqual(before);

    const inc = await f.ok(h.caregiver, 'incidents.report', report);
    expect(inc).toMatchObject({ number: 'INC-2026-0001', status: 'open', occurredTime: '14:20', people: [{ id: r0!.id }, { id: r1!.id }] });
    expect(inc.informed).toEqual([
      { party: 'parent_guardian', at: '2026-11-24T09:40:00.000Z' },
      { party: 'nasp', at: null },
    ]);
    const log = await f.ok(h.caregiver, 'careLog.list', { clientId: r0!.id, from: TODAY, to: TODAY });
    expect(log.items[0]).toMatchObject({ category: 'incident', value: 'fall', incidentId: inc.id, forHandover: true, eventTime: '14:20' });
    const timeline = await f.ok(h.manager, 'clients.timeline', { clientId: r1!.id });
    expect(timeline.find((t) => t.type === 'incident')).toMatchObject({
      date: TODAY,
      ref: { type: 'incident', id: inc.id },
      data: { number: 'INC-2026-0001', severity: 'moderate' },
    });

    // The agency's activity report counts it by type and severity.
    const activity = await f.ok(h.manager, 'reports.view', { kind: 'activity', from: '2026-11-01', to: '2026-11-30' });
    expect(activity.tables.find((t) => t.id === 'incidents')!.rows).toEqual([['Yiqilish', 'Oʻrtacha', 1]]);

    const home1 = await f.ok(h.manager, 'home.summary', {});
    expect(home1.alerts).toContainEqual({ type: 'incidentsToReview', severity: 'danger', count: 1, link: '/care-log/incidents' });

    const closeFirst = await f.call(h.manager, 'incidents.close', { id: inc.id, note: 'x' });
    expect(!closeFirst.ok && closeFirst.error.code).toBe('conflict');
    const byCaregiver = await f.call(h.caregiver, 'incidents.review', { id: inc.id, note: 'Koʻrildi' });
    expect(!byCaregiver.ok && byCaregiver.error.code).toBe('forbidden');
    const reviewed = await f.ok(h.manager, 'incidents.review', { id: inc.id, note: 'Hovlidagi arg‘imchoq tekshiriladi.' });
    expect(reviewed.review).toMatchObject({ by: 'Dilnoza Karimova' });
    const closed = await f.ok(h.manager, 'incidents.close', { id: inc.id, note: 'Arg‘imchoq taʼmirlandi.' });
    expect(closed.status).toBe('closed');
    expect(await f.ok(h.caregiver, 'incidents.list', {})).toEqual([]);
    expect((await f.ok(h.caregiver, 'incidents.list', { status: 'all' })).map((i) => i.number)).toEqual(['INC-2026-0001']);
    const second = await f.ok(h.manager, 'incidents.report', { ...report, clientIds: [h.residents[3]!.id], type: 'aggression' });
    expect(second.number).toBe('INC-2026-0002');
    // Not in her rooms and not hers: the caregiver does not see it.
    expect((await f.ok(h.caregiver, 'incidents.list', { status: 'all' })).map((i) => i.number)).toEqual(['INC-2026-0001']);
  });
});

describe('the caregiver’s today', () => {
  it('counts her group’s attendance, the handover waiting and the open incidents', async () => {
    const d = await dayCare();
    f = d.f;
    at(f, '08:30');
    await f.ok(d.caregiver, 'attendance.checkIn', { clientId: d.kids[0]!.id });
    await f.ok(d.caregiver, 'attendance.markAbsent', { clientId: d.kids[1]!.id, reason: 'family' });
    await f.ok(d.manager, 'careLog.add', { clientId: d.kids[2]!.id, category: 'health', value: 'cough', forHandover: true });
    await f.ok(d.manager, 'careLog.add', { clientId: d.other.id, category: 'health', value: 'cough', forHandover: true });
    const today = await f.ok(d.caregiver, 'daily.today', {});
    expect(today).toMatchObject({
      date: TODAY,
      kind: 'day_care',
      groups: [{ id: d.groupA, name: 'Quyoshcha', present: 1, expected: 4, absent: 1 }],
      rollCall: null,
      residents: 5,
      handover: 1,
      openIncidents: 0,
    });
    const manager = await f.ok(d.manager, 'daily.today', {});
    expect(manager.groups.map((g) => g.name)).toEqual(['Quyoshcha', 'Yulduzcha']);
    expect(manager.handover).toBe(2);
  });
});
