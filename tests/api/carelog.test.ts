import { afterEach, describe, expect, it } from 'vitest';
import { home, at, TODAY } from '../fixtures/daily';
import type { TestFacility } from '../fixtures/backend';
import { plansFacility, approvedPlan } from '../fixtures/plans';

type Home = Awaited<ReturnType<typeof home>>;
let h: Home;
let f: TestFacility;
afterEach(async () => f?.close());

async function setUp() {
  h = await home();
  f = h.f;
  return h;
}

describe('care log entries', () => {
  it('records a chip with the event time apart from the time of writing, and the author', async () => {
    const { caregiver, residents } = await setUp();
    at(f, '13:40');
    const e = await f.ok(caregiver, 'careLog.add', {
      clientId: residents[0]!.id,
      category: 'meal',
      value: 'ate_half',
      details: { meal: 'lunch' },
      eventTime: '13:00',
    });
    expect(e).toMatchObject({
      category: 'meal',
      value: 'ate_half',
      details: { meal: 'lunch' },
      eventDate: TODAY,
      eventTime: '13:00',
      eventAt: '2026-11-24T08:00:00.000Z',
      enteredAt: '2026-11-24T08:40:00.000Z',
      author: { name: 'Test caregiver' },
      forHandover: false,
      correction: null,
    });
    const temp = await f.ok(caregiver, 'careLog.add', {
      clientId: residents[1]!.id,
      category: 'health',
      value: 'temperature',
      details: { temperature: 37.8 },
      text: 'Yoʻtalayapti',
      forHandover: true,
    });
    expect(temp).toMatchObject({ eventTime: '13:40', forHandover: true, details: { temperature: 37.8 } });
    const audit = await f.backend.db.selectFrom('audit_log').select('action').where('action', '=', 'careLog.add').execute();
    expect(audit).toHaveLength(2);
  });

  it('refuses incomplete entries per field, future times, and clients outside the caregiver’s rooms, writing nothing', async () => {
    const { caregiver, residents } = await setUp();
    at(f, '10:00');
    const before = await f.rowCounts();
    const bad: Array<[object, string, string]> = [
      [{ clientId: residents[0]!.id, category: 'meal', value: 'ate_everything' }, 'validation', 'value'],
      [{ clientId: residents[0]!.id, category: 'meal' }, 'validation', 'value'],
      [{ clientId: residents[0]!.id, category: 'note' }, 'validation', 'text'],
      [{ clientId: residents[0]!.id, category: 'health', value: 'temperature' }, 'validation', 'details.temperature'],
      [
        { clientId: residents[0]!.id, category: 'health', value: 'temperature', details: { temperature: 50 } },
        'validation',
        'details.temperature',
      ],
      [{ clientId: residents[0]!.id, category: 'mood', value: 'calm', eventTime: '11:00' }, 'validation', 'eventTime'],
      [{ clientId: residents[0]!.id, category: 'mood', value: 'calm', eventDate: '2026-09-01' }, 'validation', 'eventDate'],
      [{ clientId: residents[0]!.id, category: 'incident', value: 'fall' }, 'validation', 'category'],
      [{ clientId: residents[3]!.id, category: 'mood', value: 'calm' }, 'forbidden', ''],
    ];
    for (const [input, code, field] of bad) {
      const r = await f.call(caregiver, 'careLog.add', input);
      expect(r.ok, JSON.stringify(input)).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe(code);
        if (field) expect(Object.keys(r.error.fields ?? {})).toContain(field);
      }
    }
    expect(await f.rowCounts()).toEqual(before);
  });

  it('never lets an accountant or an inspector write or read the care log', async () => {
    const { residents } = await setUp();
    const accountant = await f.as('accountant');
    const inspector = await f.as('inspector');
    const before = await f.rowCounts();
    for (const who of [accountant, inspector]) {
      const w = await f.call(who, 'careLog.add', { clientId: residents[0]!.id, category: 'mood', value: 'calm' });
      expect(!w.ok && w.error.code).toBe('forbidden');
      const r = await f.call(who, 'careLog.list', { from: TODAY, to: TODAY });
      expect(!r.ok && r.error.code).toBe('forbidden');
    }
    // Refusals are audited; nothing else is written.
    const after = await f.rowCounts();
    expect({ ...after, audit_log: 0 }).toEqual({ ...before, audit_log: 0 });
  });
});

describe('corrections', () => {
  it('strike through with a reason: the original stays visible beside its replacement', async () => {
    const { caregiver, manager, residents } = await setUp();
    at(f, '09:00');
    const wrong = await f.ok(caregiver, 'careLog.add', {
      clientId: residents[0]!.id,
      category: 'meal',
      value: 'refused',
      details: { meal: 'breakfast' },
    });
    at(f, '09:10');
    const { original, replacement } = await f.ok(caregiver, 'careLog.correct', {
      entryId: wrong.id,
      reason: 'Boshqa bolaga yozilgan edi',
      replacement: { category: 'meal', value: 'ate_all', details: { meal: 'breakfast' } },
    });
    expect(original).toMatchObject({
      id: wrong.id,
      value: 'refused',
      correction: { reason: 'Boshqa bolaga yozilgan edi', by: 'Test caregiver', replacementId: replacement!.id },
    });
    // The replacement keeps the event time of the original, and is written now.
    expect(replacement).toMatchObject({
      value: 'ate_all',
      eventAt: wrong.eventAt,
      enteredAt: '2026-11-24T04:10:00.000Z',
      replacesId: wrong.id,
    });

    const day = await f.ok(manager, 'careLog.list', { clientId: residents[0]!.id, from: TODAY, to: TODAY });
    expect(day.items.map((e) => [e.id, e.value, !!e.correction])).toEqual(
      expect.arrayContaining([
        [wrong.id, 'refused', true],
        [replacement!.id, 'ate_all', false],
      ]),
    );
    // The store itself refuses to change or remove an entry.
    await expect(f.backend.db.deleteFrom('care_log_entries').where('id', '=', wrong.id).execute()).rejects.toThrow(/append-only/);
    await expect(
      f.backend.db.updateTable('care_log_entries').set({ value: 'ate_all' }).where('id', '=', wrong.id).execute(),
    ).rejects.toThrow(/append-only/);

    const twice = await f.call(caregiver, 'careLog.correct', { entryId: wrong.id, reason: 'yana' });
    expect(!twice.ok && twice.error.code).toBe('conflict');
  });

  it('lets only the author or the manager correct, and only with a reason', async () => {
    const { caregiver, manager, residents } = await setUp();
    at(f, '09:00');
    const e = await f.ok(manager, 'careLog.add', { clientId: residents[0]!.id, category: 'sleep', value: 'restless' });
    const before = await f.rowCounts();
    const byOther = await f.call(caregiver, 'careLog.correct', { entryId: e.id, reason: 'Notoʻgʻri' });
    expect(!byOther.ok && byOther.error.code).toBe('forbidden');
    const noReason = await f.call(manager, 'careLog.correct', { entryId: e.id, reason: ' ' });
    expect(!noReason.ok && noReason.error.fields?.reason).toBeTruthy();
    expect(await f.rowCounts()).toEqual(before);
    const struck = await f.ok(manager, 'careLog.correct', { entryId: e.id, reason: 'Yanglish yozuv' });
    expect(struck.replacement).toBeNull();
    expect(struck.original.correction?.reason).toBe('Yanglish yozuv');
  });
});

describe('handover', () => {
  it('shows flagged entries until the next shift acknowledges them', async () => {
    const { caregiver, manager, residents } = await setUp();
    at(f, '19:00');
    const flagged = await f.ok(manager, 'careLog.add', {
      clientId: residents[0]!.id,
      category: 'health',
      value: 'cough',
      forHandover: true,
      text: 'Kechasi kuzating',
    });
    await f.ok(manager, 'careLog.add', { clientId: residents[3]!.id, category: 'mood', value: 'sad', forHandover: true });
    await f.ok(manager, 'careLog.add', { clientId: residents[1]!.id, category: 'mood', value: 'calm' });
    at(f, '20:00');
    const night = await f.signIn('malika');
    const list = await f.ok(night, 'careLog.handover', {});
    // Only her room's residents: room 2's entry is for someone else's shift.
    expect(list.map((e) => e.id)).toEqual([flagged.id]);
    const bad = await f.call(night, 'careLog.acknowledge', { entryIds: [flagged.id + 2] });
    expect(!bad.ok && bad.error.code).toBe('validation');
    expect(await f.ok(night, 'careLog.acknowledge', { entryIds: [flagged.id] })).toEqual({ acknowledged: 1 });
    expect(await f.ok(night, 'careLog.handover', {})).toEqual([]);
    const day = await f.ok(manager, 'careLog.list', { clientId: residents[0]!.id, from: TODAY, to: TODAY });
    expect(day.items[0]!.acknowledged).toMatchObject({ by: 'Test caregiver' });
    expect(await f.ok(manager, 'careLog.handover', {})).toHaveLength(1);
    void caregiver;
  });
});

describe('reading the journal', () => {
  it('gives a resident’s day and week, filtered by category, the caregiver’s own shift, and the day at a glance', async () => {
    const { caregiver, manager, residents } = await setUp();
    const r0 = residents[0]!.id;
    for (const [date, time, category, value] of [
      ['2026-11-20', '09:00', 'meal', 'ate_all'],
      ['2026-11-22', '21:00', 'sleep', 'slept_well'],
      ['2026-11-24', '07:30', 'hygiene', 'bath'],
      ['2026-11-24', '07:45', 'meal', 'ate_little'],
    ] as const) {
      at(f, '08:00');
      await f.ok(caregiver, 'careLog.add', {
        clientId: r0,
        category,
        value,
        eventDate: date,
        eventTime: time,
        ...(category === 'meal' ? { details: { meal: 'breakfast' } } : {}),
      });
    }
    await f.ok(manager, 'careLog.add', { clientId: residents[1]!.id, category: 'activity', value: 'walk' });
    const day = await f.ok(caregiver, 'careLog.list', { clientId: r0, from: TODAY, to: TODAY });
    expect(day.items.map((e) => e.value)).toEqual(['ate_little', 'bath']);
    const week = await f.ok(caregiver, 'careLog.list', { clientId: r0, from: '2026-11-18', to: TODAY, categories: ['meal'] });
    expect(week.items.map((e) => e.eventDate)).toEqual([TODAY, '2026-11-20']);
    const mine = await f.ok(caregiver, 'careLog.list', { from: TODAY, to: TODAY, mine: true });
    expect(mine.items).toHaveLength(4);
    const everyone = await f.ok(manager, 'careLog.list', { from: TODAY, to: TODAY });
    expect(everyone.items).toHaveLength(3);
    const glance = await f.ok(caregiver, 'careLog.residents', {});
    expect(glance.map((g) => g.client.id)).toEqual([residents[0]!.id, residents[1]!.id, residents[2]!.id]);
    expect(glance[0]).toMatchObject({ counts: { hygiene: 1, meal: 1 }, room: '1' });
    const tooLong = await f.call(manager, 'careLog.list', { from: '2026-01-01', to: TODAY });
    expect(!tooLong.ok && tooLong.error.fields?.to).toBeTruthy();
  });
});

describe('planned activities', () => {
  it('a care-log entry for an activity of the plan is counted by the plan, once', async () => {
    const s = await plansFacility({ count: 1 });
    f = s.f;
    const client = s.clients[0]!;
    const v = await approvedPlan(s, client.id);
    const [activity] = await f.ok(s.caregiver, 'plans.activitiesOf', { clientId: client.id });
    const entry = await f.ok(s.caregiver, 'careLog.add', {
      clientId: client.id,
      category: 'activity',
      text: activity!.what,
      planActivityId: activity!.id,
      minutes: 30,
    });
    expect(entry).toMatchObject({ category: 'activity', text: activity!.what });
    const deliveries = await f.ok(s.manager, 'plans.deliveries', { clientId: client.id });
    expect(deliveries).toEqual([expect.objectContaining({ source: 'care_log', minutes: 30 })]);
    expect((await f.ok(s.manager, 'plans.get', { versionId: v.id })).goals[0]!.activities[0]!.delivered).toBe(1);
    // Bad input: a plan activity on another kind of entry, or one that is not in the plan; nothing written.
    const before = await f.rowCounts();
    const wrongKind = await f.call(s.caregiver, 'careLog.add', {
      clientId: client.id,
      category: 'mood',
      value: 'calm',
      planActivityId: activity!.id,
    });
    expect(!wrongKind.ok && wrongKind.error.fields?.planActivityId).toBeTruthy();
    const unknown = await f.call(s.caregiver, 'careLog.add', {
      clientId: client.id,
      category: 'activity',
      text: 'x',
      planActivityId: 999_999,
    });
    expect(!unknown.ok && unknown.error.fields?.planActivityId).toBeTruthy();
    expect({ ...(await f.rowCounts()), audit_log: 0 }).toEqual({ ...before, audit_log: 0 });
  });
});

describe('a struck-out planned activity', () => {
  it('no longer counts for the plan; its replacement counts once; a refused correction changes nothing', async () => {
    const s = await plansFacility({ count: 1 });
    f = s.f;
    const client = s.clients[0]!;
    const v = await approvedPlan(s, client.id);
    const [activity] = await f.ok(s.caregiver, 'plans.activitiesOf', { clientId: client.id });
    const delivered = async () => (await f.ok(s.manager, 'plans.get', { versionId: v.id })).goals[0]!.activities[0]!.delivered;
    const entry = await f.ok(s.caregiver, 'careLog.add', {
      clientId: client.id,
      category: 'activity',
      text: 'x',
      planActivityId: activity!.id,
    });
    expect(await delivered()).toBe(1);
    // Someone else's entry: refused, and the count stays.
    const other = await f.as('caregiver', 'boshqa');
    const refused = await f.call(other, 'careLog.correct', { entryId: entry.id, reason: 'Xato' });
    expect(refused.ok || refused.error.code).toBe('forbidden');
    expect(await delivered()).toBe(1);
    // Bad input: no reason — nothing struck out.
    const bad = await f.call(s.caregiver, 'careLog.correct', { entryId: entry.id, reason: '' });
    expect(!bad.ok && bad.error.fields?.reason).toBeTruthy();
    expect(await delivered()).toBe(1);

    await f.ok(s.caregiver, 'careLog.correct', { entryId: entry.id, reason: 'Boshqa bola edi' });
    expect(await delivered()).toBe(0);
    const deliveries = await f.ok(s.manager, 'plans.deliveries', { clientId: client.id });
    expect(deliveries).toEqual([expect.objectContaining({ source: 'care_log', voided: true })]);

    const second = await f.ok(s.caregiver, 'careLog.add', {
      clientId: client.id,
      category: 'activity',
      text: 'y',
      planActivityId: activity!.id,
    });
    await f.ok(s.caregiver, 'careLog.correct', {
      entryId: second.id,
      reason: 'Vaqti notoʻgʻri',
      replacement: { category: 'activity', text: 'y', planActivityId: activity!.id, eventTime: '07:30' },
    });
    expect(await delivered()).toBe(1);
  });
});
