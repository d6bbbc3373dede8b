// The register looked at over time: the bed board of a past day, and a former resident who applies
// again through the waiting list and is readmitted from it (a new stay, the old one kept).
import { afterEach, describe, expect, it } from 'vitest';
import { TestFacility } from '../fixtures/backend';
import { FAMILY_HOME, addRooms, admitted } from '../fixtures/clients';

let f: TestFacility;
afterEach(async () => f?.close());

async function homeWithPast() {
  f = await TestFacility.create({ init: FAMILY_HOME });
  f.now = new Date('2026-11-24T05:00:00Z');
  const m = await f.signIn();
  const { beds } = await addRooms(f, m, { Quyosh: ['A', 'B'] });
  const stays = await admitted(f, m, { bedId: beds['Quyosh/A'] }, {}, '2026-11-01');
  const left = await admitted(f, m, { bedId: beds['Quyosh/B'] }, { lastName: 'Ketgan' }, '2026-11-01');
  await f.ok(m, 'stays.discharge', { clientId: left.id, dischargedOn: '2026-11-20', destination: 'own_family' });
  return { m, beds, stays, left };
}

const bedOf = (board: { rooms: { beds: { label: string; state: string; occupants: { id: number }[] }[] }[] }, label: string) =>
  board.rooms[0]!.beds.find((b) => b.label === label)!;

describe('the bed board of a past day', () => {
  it('shows who slept where then; today the bed of the discharged child is free', async () => {
    const { m, left } = await homeWithPast();
    const today = await f.ok(m, 'beds.board', {});
    expect(bedOf(today, 'B')).toMatchObject({ state: 'free', occupants: [] });
    expect(today.occupied).toBe(1);
    const before = await f.ok(m, 'beds.board', { date: '2026-11-15' });
    expect(before.date).toBe('2026-11-15');
    expect(bedOf(before, 'B')).toMatchObject({ state: 'occupied', occupants: [{ id: left.id }] });
    expect(before.occupied).toBe(2);
    // Before anyone came, the board is empty.
    expect((await f.ok(m, 'beds.board', { date: '2026-10-15' })).occupied).toBe(0);
    const bad = await f.call(m, 'beds.board', { date: '15.11.2026' });
    expect(!bad.ok && bad.error.fields?.date).toBeTruthy();
  });
});

describe('a former resident applies again', () => {
  it('goes on the waiting list as herself, is readmitted from it, and keeps both stays', async () => {
    const { m, beds, left } = await homeWithPast();
    const caregiver = await f.as('caregiver', 'malika');
    // Refused role and bad input: nothing written.
    const before = await f.rowCounts();
    const refused = await f.call(caregiver, 'waitingList.add', { clientId: left.id, appliedOn: '2026-11-23', priority: 'high' });
    expect(refused.ok || refused.error.code).toBe('forbidden');
    const bad = await f.call(m, 'waitingList.add', { clientId: left.id, appliedOn: '23.11.2026', priority: 'high' });
    expect(!bad.ok && bad.error.fields?.appliedOn).toBeTruthy();
    expect({ ...(await f.rowCounts()), audit_log: 0 }).toEqual({ ...before, audit_log: 0 });

    const entry = await f.ok(m, 'waitingList.add', {
      clientId: left.id,
      appliedOn: '2026-11-23',
      priority: 'high',
      note: 'Oilada yana muammo',
    });
    expect(entry).toMatchObject({ client: { id: left.id, code: left.code }, status: 'waiting', position: 1 });
    expect((await f.ok(m, 'clients.list', {})).items.filter((c) => c.code === left.code)).toHaveLength(1);
    await f.ok(m, 'stays.admit', {
      clientId: left.id,
      admittedOn: '2026-11-24',
      referralSource: 'inson_center',
      bedId: beds['Quyosh/B'],
      waitingId: entry.id,
    });
    const stays = await f.ok(m, 'stays.history', { clientId: left.id });
    expect(stays.map((s) => [s.admittedOn, s.dischargedOn])).toEqual(
      expect.arrayContaining([
        ['2026-11-01', '2026-11-20'],
        ['2026-11-24', null],
      ]),
    );
    expect((await f.ok(m, 'waitingList.list', { status: 'admitted' }))[0]).toMatchObject({ id: entry.id, closedOn: '2026-11-24' });
  });
});
