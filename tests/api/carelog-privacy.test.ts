// Need-to-know in the journal: where the case of a survivor is closed to a role, her care-log
// entries and incident reports are too — the routine of the shift stays, the narrative does not.
import { afterEach, describe, expect, it } from 'vitest';
import { home, at, TODAY } from '../fixtures/daily';
import { WOMEN_CENTER, TRAFFICKING_SHELTER, userId } from '../fixtures/clients';
import type { TestFacility } from '../fixtures/backend';
import type { FacilityDetails } from '../../electron/contract/index';

let f: TestFacility;
afterEach(async () => f?.close());

/** A women's center (or shelter) where a social worker is assigned to the first resident. */
async function center(details: FacilityDetails = WOMEN_CENTER) {
  const h = await home(details);
  f = h.f;
  const assigned = await f.as('social_worker', 'nodira');
  const other = await f.as('social_worker', 'dilnoza');
  const survivor = h.residents[0]!;
  await f.ok(h.manager, 'clients.assignWorker', { clientId: survivor.id, userId: await userId(f, assigned) });
  at(f, '09:00');
  return { ...h, assigned, other, survivor };
}

async function journal(c: Awaited<ReturnType<typeof center>>) {
  const by = c.assigned;
  const id = c.survivor.id;
  const meal = await f.ok(by, 'careLog.add', {
    clientId: id,
    category: 'meal',
    value: 'ate_little',
    details: { meal: 'breakfast' },
    text: 'Eri haqida gapirib yigʻladi',
  });
  const mood = await f.ok(by, 'careLog.add', { clientId: id, category: 'mood', value: 'anxious', text: 'Tahdid qilingan' });
  const health = await f.ok(by, 'careLog.add', { clientId: id, category: 'health', value: 'pain', details: { pain: 6 } });
  const note = await f.ok(by, 'careLog.add', { clientId: id, category: 'note', text: 'Sudga guvohlik berishga tayyorlanmoqda' });
  const handover = await f.ok(by, 'careLog.add', { clientId: id, category: 'note', text: 'Kechasi xabar oling', forHandover: true });
  return { meal, mood, health, note, handover };
}

const byId = <T extends { id: number }>(items: T[], id: number) => items.find((i) => i.id === id)!;

describe('care log in a women’s center', () => {
  it('the caregiver sees the routine of the shift and the handover, not the survivor’s narrative', async () => {
    const c = await center();
    const e = await journal(c);
    const list = (await f.ok(c.caregiver, 'careLog.list', { clientId: c.survivor.id, from: TODAY, to: TODAY })).items;
    expect(list).toHaveLength(5);
    // Routine: the chip and the meal, never the words.
    expect(byId(list, e.meal.id)).toMatchObject({ value: 'ate_little', details: { meal: 'breakfast' }, text: null, withheld: true });
    // Mood, health, notes: that an entry was written, by whom and when — nothing of what it says.
    for (const x of [e.mood, e.health, e.note])
      expect(byId(list, x.id)).toMatchObject({ value: null, details: {}, text: null, withheld: true, author: { name: x.author.name } });
    // Flagged for the next shift by the author: read in full.
    expect(byId(list, e.handover.id)).toMatchObject({ text: 'Kechasi xabar oling', withheld: false });
    expect(JSON.stringify(list)).not.toMatch(/Eri haqida|Tahdid|Sudga/);

    // The handover screen and her own shift's journal say the same.
    const handover = await f.ok(c.caregiver, 'careLog.handover', {});
    expect(handover.map((x) => x.text)).toEqual(['Kechasi xabar oling']);
    const everyone = (await f.ok(c.caregiver, 'careLog.list', { from: TODAY, to: TODAY })).items;
    expect(JSON.stringify(everyone)).not.toMatch(/Eri haqida|Tahdid|Sudga/);
  });

  it('the manager and the assigned worker read everything; another social worker only what the caregiver does', async () => {
    const c = await center();
    const e = await journal(c);
    for (const who of [c.manager, c.assigned]) {
      const list = (await f.ok(who, 'careLog.list', { clientId: c.survivor.id, from: TODAY, to: TODAY })).items;
      expect(byId(list, e.mood.id)).toMatchObject({ value: 'anxious', text: 'Tahdid qilingan', withheld: false });
      expect(byId(list, e.health.id)).toMatchObject({ details: { pain: 6 }, withheld: false });
    }
    const list = (await f.ok(c.other, 'careLog.list', { clientId: c.survivor.id, from: TODAY, to: TODAY })).items;
    expect(byId(list, e.mood.id)).toMatchObject({ value: null, text: null, withheld: true });
    expect(byId(list, e.meal.id)).toMatchObject({ value: 'ate_little', text: null });
  });

  it('a caregiver reads her own entries in full, and a struck-through narrative keeps its reason from her', async () => {
    const c = await center();
    const own = await f.ok(c.caregiver, 'careLog.add', { clientId: c.survivor.id, category: 'mood', value: 'sad', text: 'Yigʻladi' });
    expect(own).toMatchObject({ value: 'sad', text: 'Yigʻladi', withheld: false });
    const e = await journal(c);
    await f.ok(c.assigned, 'careLog.correct', { entryId: e.mood.id, reason: 'Boshqa ayol haqida yozilgan' });
    const list = (await f.ok(c.caregiver, 'careLog.list', { clientId: c.survivor.id, from: TODAY, to: TODAY })).items;
    expect(byId(list, own.id)).toMatchObject({ text: 'Yigʻladi', withheld: false });
    expect(byId(list, e.mood.id).correction).toMatchObject({ reason: '', by: 'Test social_worker' });
    // And she cannot strike through someone else's entry.
    const r = await f.call(c.caregiver, 'careLog.correct', { entryId: e.note.id, reason: 'xato' });
    expect(r.ok || r.error.code).toBe('forbidden');
  });

  it('an incident report about a survivor: number and type for the caregiver, the narrative for the manager and her worker', async () => {
    const c = await center(TRAFFICKING_SHELTER);
    at(f, '15:00');
    const inc = await f.ok(c.assigned, 'incidents.report', {
      date: TODAY,
      time: '14:20',
      place: 'Yotoqxona',
      type: 'safeguarding',
      severity: 'serious',
      clientIds: [c.survivor.id],
      description: 'Sobiq ish beruvchisi telefon qildi',
      actionsTaken: 'Raqam bloklandi',
      informed: [{ party: 'police' }],
    });
    const seen = await f.ok(c.caregiver, 'incidents.list', { status: 'all' });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ number: inc.number, type: 'safeguarding', description: null, actionsTaken: null });
    for (const who of [c.manager, c.assigned])
      expect((await f.ok(who, 'incidents.list', { status: 'all' }))[0]).toMatchObject({
        description: 'Sobiq ish beruvchisi telefon qildi',
      });
    // A caregiver who reported it herself keeps her words.
    const own = await f.ok(c.caregiver, 'incidents.report', {
      date: TODAY,
      time: '14:50',
      place: 'Oshxona',
      type: 'fall',
      severity: 'low',
      clientIds: [c.survivor.id],
      description: 'Sirpanib ketdi',
      actionsTaken: 'Koʻrikdan oʻtkazildi',
      informed: [],
    });
    expect(own.description).toBe('Sirpanib ketdi');
  });

  it('the accountant and the inspector have no journal at all', async () => {
    const c = await center();
    const accountant = await f.as('accountant', 'hisob');
    const inspector = await f.as('inspector', 'nazorat');
    for (const who of [accountant, inspector]) {
      for (const [m, input] of [
        ['careLog.list', { clientId: c.survivor.id, from: TODAY, to: TODAY }],
        ['careLog.handover', {}],
        ['incidents.list', { status: 'all' }],
      ] as const) {
        const r = await f.call(who, m, input as never);
        expect(r.ok || r.error.code, m).toBe('forbidden');
      }
      const add = await f.call(who, 'careLog.add', { clientId: c.survivor.id, category: 'meal', value: 'ate_all' });
      expect(add.ok || add.error.code).toBe('forbidden');
    }
  });
});

describe('care log in a family-type home', () => {
  it('every caregiver of the room reads the whole journal (the case is open to her)', async () => {
    const h = await home();
    f = h.f;
    at(f, '10:00');
    const mood = await f.ok(h.manager, 'careLog.add', {
      clientId: h.residents[0]!.id,
      category: 'mood',
      value: 'sad',
      text: 'Onasini soʻradi',
    });
    const list = (await f.ok(h.caregiver, 'careLog.list', { clientId: h.residents[0]!.id, from: TODAY, to: TODAY })).items;
    expect(byId(list, mood.id)).toMatchObject({ value: 'sad', text: 'Onasini soʻradi', withheld: false });
  });
});
