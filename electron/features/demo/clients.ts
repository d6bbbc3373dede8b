// The register over time: arrivals (through the waiting list in family homes and day care),
// admissions to a bed or group, temporary absences, moves and discharges — every one through the
// stays and clients handlers, so the app's own rules (no bed twice, no stay overlaps) hold.
import type { AbsenceReason } from '../../contract/clients.schemas';
import { activeStayOf } from '../../../db/repositories/stays';
import { updateClient } from '../../../db/repositories/clients';
import { addDays, addYears, daysBetween } from './dates';
import { newArrival, DESTINATIONS, type Arrival } from './intake';
import { findPlace, roomOfBed, otherFreeBed, freePlaces } from './places';
import { caregiverFor } from './rooms';
import type { Rng } from './prng';
import { at, bump, manager, staffOf, type DemoArea, type Resident, type World } from './world';

interface Waiting {
  id: number;
  clientId: number;
  code: string;
  appliedOn: string;
  arrival: Arrival;
}

interface State {
  rng: Rng;
  pinfls: Set<string>;
  waiting: Waiting[];
  nextWorker: number;
}
const states = new WeakMap<World, State>();
const stateOf = (w: World) => states.get(w)!;

const usesWaitingList = (w: World) => w.options.kind === 'family_home' || w.options.kind === 'day_care';
/** Mean people per arrival: a woman's children come with her. */
const familySize = (w: World) => (w.options.kind === 'women_center' ? 1.74 : 1);

function nextWorker(w: World): number | null {
  const workers = staffOf(w, 'social_worker');
  if (!workers.length) return null;
  const st = stateOf(w);
  return workers[st.nextWorker++ % workers.length]!.id;
}

/** The day the stay will end: its planned length, and for children the day before turning 18. */
function leavesOn(w: World, admitted: string, a: Arrival): string {
  let end = addDays(admitted, a.stayDays);
  if (w.options.kind === 'day_care' || w.options.kind === 'family_home') {
    const adult = addDays(addYears(a.head.birthDate!, 18), -1);
    if (adult < end) end = adult;
  }
  return end <= admitted ? addDays(admitted, 1) : end;
}

async function registerNew(w: World, person: Arrival['head'], when: Date, motherId: number | null = null) {
  const worker = motherId ? null : nextWorker(w);
  const input = { ...person, motherId, assignedWorkerId: worker };
  const out = await w.driver.call(manager(w), when, 'clients.create', input);
  bump(w, 'clients');
  return { id: out.id, code: out.code, worker };
}

/** Admits a registered client (and a woman's registered children) to a free place on `date`. */
async function admit(
  w: World,
  date: string,
  clientId: number,
  code: string,
  a: Arrival,
  childIds: Array<{ id: number; code: string }>,
  waitingId: number | null,
  workerId: number | null,
  recordedAt: Date | null = null,
): Promise<boolean> {
  const rng = stateOf(w).rng;
  const place = findPlace(w, rng, childIds.length);
  if (!place) return false;
  const when = recordedAt ?? at(date, rng.int(10, 16), rng.int(0, 59));
  const leaves = leavesOn(w, date, a);
  const stay = await w.driver.call(manager(w), when, 'stays.admit', {
    clientId,
    admittedOn: date,
    referralSource: a.referralSource,
    referralDocument: a.referralDocument,
    reason: a.reason,
    bedId: place.bedId,
    groupId: place.groupId,
    weekdays: a.weekdays,
    plannedFrom: a.plannedFrom,
    plannedTo: a.plannedTo,
    children: childIds.map((c, i) => ({ clientId: c.id, bedId: place.childBeds[i] ?? null })),
    waitingId,
  });
  bump(w, 'stays', 1 + childIds.length);
  const resident = (
    id: number,
    c: string,
    stayId: number,
    bedId: number | null,
    birth: string,
    sex: 'F' | 'M',
    motherId: number | null,
  ): Resident => ({
    clientId: id,
    code: c,
    stayId,
    sex,
    birthDate: birth,
    admittedOn: date,
    leavesOn: leaves,
    roomId: roomOfBed(w, bedId),
    bedId,
    groupId: place.groupId,
    motherId,
    weekdays: a.weekdays,
    plannedFrom: a.plannedFrom,
    plannedTo: a.plannedTo,
    away: null,
    carers: a.carers,
    workerId,
  });
  const head = resident(clientId, code, stay.id, place.bedId, a.head.birthDate!, a.head.sex, null);
  w.residents.set(clientId, head);
  w.today.admitted.push(head);
  for (const [i, c] of childIds.entries()) {
    const childStay = (await activeStayOf(w.driver.db, c.id))!;
    const kid = a.children[i]!;
    w.residents.set(c.id, resident(c.id, c.code, childStay.id, place.childBeds[i] ?? null, kid.birthDate!, kid.sex, clientId));
  }
  if (a.poorFamily) {
    await w.driver.call(manager(w), when, 'clients.setPoorFamilyPeriods', { clientId, periods: [{ from: date, to: null }] });
  }
  return true;
}

/** A new arrival registered and admitted now (women's center, shelter), or put on the waiting list. */
async function arrive(w: World, date: string, a: Arrival): Promise<void> {
  const st = stateOf(w);
  const when = at(date, st.rng.int(9, 12), st.rng.int(0, 59));
  if (usesWaitingList(w)) {
    const out = await w.driver.call(manager(w), when, 'waitingList.add', {
      client: a.head,
      appliedOn: date,
      priority: st.rng.weighted([
        ['normal', 80],
        ['high', 15],
        ['urgent', 5],
      ] as const),
      note: a.reason,
    });
    bump(w, 'clients');
    bump(w, 'waiting_list');
    st.waiting.push({ id: out.id, clientId: out.client.id, code: out.client.code, appliedOn: date, arrival: a });
    return;
  }
  // Turned away when full: the appeal says "referred" (another center), nobody is registered.
  if (!findPlace(w, st.rng, a.children.length)) {
    bump(w, 'turnedAway');
    return;
  }
  const head = await registerNew(w, a.head, when);
  const kids: Array<{ id: number; code: string }> = [];
  for (const child of a.children) kids.push(await registerNew(w, child, when, head.id));
  await admit(w, date, head.id, head.code, a, kids, null, head.worker);
}

async function discharge(w: World, date: string, r: Resident): Promise<void> {
  const rng = stateOf(w).rng;
  const age = daysBetween(r.birthDate, date) / 365.25;
  const destination = age >= 17.9 && w.options.kind === 'family_home' ? 'independent_living' : rng.weighted(DESTINATIONS[w.options.kind]);
  await w.driver.call(manager(w), at(date, 11, rng.int(0, 59)), 'stays.discharge', {
    clientId: r.clientId,
    dischargedOn: date,
    destination,
    followUpContact: rng.chance(0.5) ? `«Inson» markazi ijtimoiy xodimi, ${date.slice(0, 4)}` : null,
    withChildren: true,
  });
  for (const other of [...w.residents.values()]) {
    if (other.clientId !== r.clientId && other.motherId !== r.clientId) continue;
    w.residents.delete(other.clientId);
    w.today.discharged.push({ ...other, destination });
  }
}

const ABSENCES: Record<string, Array<[AbsenceReason, number, number, number]>> = {
  // reason, chance per day, shortest and longest (days)
  family_home: [
    ['home_leave', 0.004, 2, 3],
    ['hospital', 0.001, 3, 10],
    ['absconded', 0.0002, 1, 3],
  ],
  women_center: [
    ['hospital', 0.0015, 2, 7],
    ['away', 0.002, 1, 2],
  ],
  trafficking_shelter: [
    ['hospital', 0.0015, 2, 7],
    ['away', 0.001, 1, 2],
    ['absconded', 0.0003, 1, 4],
  ],
  day_care: [],
};

async function absencesAndMoves(w: World, date: string): Promise<void> {
  const rng = stateOf(w).rng;
  for (const r of [...w.residents.values()]) {
    if (r.away || r.motherId || [...w.residents.values()].some((c) => c.motherId === r.clientId)) continue;
    for (const [reason, p, lo, hi] of ABSENCES[w.options.kind]!) {
      if (!rng.chance(p)) continue;
      if (reason === 'absconded' && daysBetween(r.birthDate, date) < 12 * 365) continue;
      const until = addDays(date, rng.int(lo, hi));
      if (until >= r.leavesOn) continue;
      const who = reason === 'hospital' || reason === 'absconded' ? manager(w) : caregiverFor(w, r, rng);
      await w.driver.call(who, at(date, rng.int(8, 20), rng.int(0, 59)), 'stays.startAbsence', {
        clientId: r.clientId,
        fromDate: date,
        reason,
        expectedReturn: reason === 'absconded' ? null : until,
      });
      r.away = { reason, from: date, until };
      w.today.absences.push(r);
      bump(w, 'absences');
      break;
    }
    if (!r.away && w.options.kind !== 'day_care' && rng.chance(0.0008)) {
      const bed = otherFreeBed(w, rng, r.bedId);
      if (!bed) continue;
      await w.driver.call(manager(w), at(date, 15, rng.int(0, 59)), 'stays.transfer', {
        clientId: r.clientId,
        date,
        bedId: bed,
        note: 'Xona almashtirildi',
      });
      r.bedId = bed;
      r.roomId = roomOfBed(w, bed);
      bump(w, 'transfers');
    }
  }
}

export const clientsArea: DemoArea = {
  name: 'clients',
  async begin(w) {
    states.set(w, { rng: w.rng('clients'), pinfls: new Set(), waiting: [], nextWorker: 0 });
    // The facility was running before it started keeping records here: its residents came earlier.
    const st = stateOf(w);
    const target = Math.round(w.spec.places * w.spec.occupancy);
    for (let tries = 0; w.residents.size < target && tries < target * 3; tries++) {
      const back = st.rng.int(0, Math.min(Math.round(w.spec.meanStay), 3 * 365));
      const admitted = addDays(w.start, -back);
      const a = newArrival(st.rng, w.options.kind, w.spec, admitted, w.homeRegion, st.pinfls);
      a.stayDays = Math.max(back + 1, a.stayDays, back + st.rng.int(1, Math.round(w.spec.meanStay)));
      if (!findPlace(w, st.rng, a.children.length)) continue;
      const when = at(w.start, 9, 0);
      const head = await registerNew(w, a.head, when);
      const kids: Array<{ id: number; code: string }> = [];
      for (const child of a.children) kids.push(await registerNew(w, child, when, head.id));
      if (!(await admit(w, admitted, head.id, head.code, a, kids, null, head.worker, when))) break;
      // Entered now, but on the register since they came: the date the app's own import of existing
      // residents records (import-clients.ts), so no one is admitted before being registered.
      for (const id of [head.id, ...kids.map((k) => k.id)]) await updateClient(w.driver.db, id, { registered_on: admitted });
    }
  },

  async day(w, date) {
    const st = stateOf(w);
    for (const r of [...w.residents.values()]) {
      if (r.away && r.away.until <= date) {
        const who = caregiverFor(w, r, st.rng);
        await w.driver.call(who, at(date, st.rng.int(9, 19), st.rng.int(0, 59)), 'stays.endAbsence', {
          clientId: r.clientId,
          toDate: date,
        });
        r.away = null;
      }
    }
    for (const r of [...w.residents.values()])
      if (!r.motherId && r.leavesOn <= date && w.residents.has(r.clientId)) await discharge(w, date, r);
    await absencesAndMoves(w, date);

    // Arrivals keep the facility near its usual occupancy: more come (or are accepted) when it is emptier.
    const target = w.spec.places * w.spec.occupancy;
    const pull = Math.min(3, Math.max(0.3, 1 + (2 * (target - w.residents.size)) / target));
    const perDay = target / (w.spec.meanStay * familySize(w));
    const arrivals = st.rng.poisson(perDay * pull * (usesWaitingList(w) ? 1.15 : 1.2));
    for (let i = 0; i < arrivals; i++) await arrive(w, date, newArrival(st.rng, w.options.kind, w.spec, date, w.homeRegion, st.pinfls));

    if (usesWaitingList(w)) {
      for (const wt of [...st.waiting]) {
        if (freePlaces(w) <= 0) break;
        if (daysBetween(wt.appliedOn, date) < 7) continue;
        st.waiting.splice(st.waiting.indexOf(wt), 1);
        if (!(await admit(w, date, wt.clientId, wt.code, wt.arrival, [], wt.id, null))) st.waiting.unshift(wt);
      }
      for (const wt of [...st.waiting]) {
        if (daysBetween(wt.appliedOn, date) < 180) continue;
        await w.driver.call(manager(w), at(date, 16), 'waitingList.withdraw', { id: wt.id, reason: 'Oila boshqa muassasani tanladi' });
        st.waiting.splice(st.waiting.indexOf(wt), 1);
      }
    }
  },
};
