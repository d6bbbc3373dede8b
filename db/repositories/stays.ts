import type { Kysely, Insertable, Updateable } from 'kysely';
import type { Database } from '../schema';
import type {
  StayRow,
  PlacementRow,
  AbsenceRow,
  StaysTable,
  PlacementsTable,
  AbsencesTable,
  CapacityOverridesTable,
} from '../tables/clients';

type Db = Kysely<Database>;

export async function insertStay(db: Db, s: Insertable<StaysTable>): Promise<number> {
  return (await db.insertInto('stays').values(s).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateStay(db: Db, id: number, s: Updateable<StaysTable>): Promise<void> {
  await db.updateTable('stays').set(s).where('id', '=', id).execute();
}

export function findStay(db: Db, id: number): Promise<StayRow | undefined> {
  return db.selectFrom('stays').selectAll().where('id', '=', id).executeTakeFirst();
}

export function activeStayOf(db: Db, clientId: number): Promise<StayRow | undefined> {
  return db.selectFrom('stays').selectAll().where('client_id', '=', clientId).where('status', '=', 'active').executeTakeFirst();
}

export function staysOf(db: Db, clientId: number): Promise<StayRow[]> {
  return db
    .selectFrom('stays')
    .selectAll()
    .where('client_id', '=', clientId)
    .orderBy('admitted_on', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** Active stays of the children who came with a mother's stay. */
export function accompanyingStays(db: Db, stayId: number): Promise<StayRow[]> {
  return db.selectFrom('stays').selectAll().where('accompanies_stay_id', '=', stayId).where('status', '=', 'active').execute();
}

export async function countActiveStays(db: Db): Promise<number> {
  const r = await db
    .selectFrom('stays')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', '=', 'active')
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function insertPlacement(db: Db, p: Insertable<PlacementsTable>): Promise<number> {
  return (await db.insertInto('placements').values(p).returning('id').executeTakeFirstOrThrow()).id;
}

export function openPlacementOf(db: Db, clientId: number): Promise<PlacementRow | undefined> {
  return db.selectFrom('placements').selectAll().where('client_id', '=', clientId).where('to_date', 'is', null).executeTakeFirst();
}

export async function closePlacement(db: Db, id: number, toDate: string): Promise<void> {
  await db.updateTable('placements').set({ to_date: toDate }).where('id', '=', id).execute();
}

export function placementsOfStays(db: Db, stayIds: number[]): Promise<PlacementRow[]> {
  if (!stayIds.length) return Promise.resolve([]);
  return db.selectFrom('placements').selectAll().where('stay_id', 'in', stayIds).orderBy('from_date').orderBy('id').execute();
}

/** Who is (or will be) on a bed on or after a date: placements on it not ended by then. */
export function bedPlacementsFrom(db: Db, bedId: number, date: string): Promise<PlacementRow[]> {
  return db
    .selectFrom('placements')
    .selectAll()
    .where('bed_id', '=', bedId)
    .where((eb) => eb.or([eb('to_date', 'is', null), eb('to_date', '>', date)]))
    .execute();
}

/** Members of a group now. */
export async function countGroupMembers(db: Db, groupId: number): Promise<number> {
  const r = await db
    .selectFrom('placements')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('group_id', '=', groupId)
    .where('to_date', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Placements covering a date: from_date <= date < to_date. */
export function placementsOn(db: Db, date: string) {
  return db
    .selectFrom('placements as p')
    .innerJoin('clients as c', 'c.id', 'p.client_id')
    .select(['p.client_id', 'p.room_id', 'p.bed_id', 'p.group_id', 'p.stay_id'])
    .where('p.from_date', '<=', date)
    .where((eb) => eb.or([eb('p.to_date', 'is', null), eb('p.to_date', '>', date)]))
    .execute();
}

/** Stays active on a date (admitted on or before, not discharged before the next day). */
export function staysOn(db: Db, date: string) {
  return db
    .selectFrom('stays')
    .select(['id', 'client_id'])
    .where('admitted_on', '<=', date)
    .where((eb) => eb.or([eb('discharged_on', 'is', null), eb('discharged_on', '>', date)]))
    .execute();
}

export function absencesOn(db: Db, date: string) {
  return db
    .selectFrom('absences')
    .select(['client_id', 'reason'])
    .where('from_date', '<=', date)
    .where((eb) => eb.or([eb('to_date', 'is', null), eb('to_date', '>', date)]))
    .execute();
}

export async function insertAbsence(db: Db, a: Insertable<AbsencesTable>): Promise<number> {
  return (await db.insertInto('absences').values(a).returning('id').executeTakeFirstOrThrow()).id;
}

export function openAbsenceOf(db: Db, clientId: number): Promise<AbsenceRow | undefined> {
  return db.selectFrom('absences').selectAll().where('client_id', '=', clientId).where('to_date', 'is', null).executeTakeFirst();
}

export async function closeAbsence(db: Db, id: number, toDate: string): Promise<void> {
  await db.updateTable('absences').set({ to_date: toDate }).where('id', '=', id).execute();
}

export function absencesOfStays(db: Db, stayIds: number[]): Promise<AbsenceRow[]> {
  if (!stayIds.length) return Promise.resolve([]);
  return db.selectFrom('absences').selectAll().where('stay_id', 'in', stayIds).orderBy('from_date').orderBy('id').execute();
}

export async function insertCapacityOverride(db: Db, o: Insertable<CapacityOverridesTable>): Promise<void> {
  await db.insertInto('capacity_overrides').values(o).execute();
}

export function overridesOfStays(db: Db, stayIds: number[]) {
  if (!stayIds.length) return Promise.resolve([]);
  return db
    .selectFrom('capacity_overrides as o')
    .leftJoin('users as u', 'u.id', 'o.user_id')
    .select(['o.stay_id', 'o.reason', 'o.at', 'o.scope', 'u.full_name'])
    .where('o.stay_id', 'in', stayIds)
    .orderBy('o.id')
    .execute();
}

/** Active stays that were admitted over capacity (an alert until the house is back within it). */
export async function activeOverrides(db: Db): Promise<number> {
  const r = await db
    .selectFrom('capacity_overrides as o')
    .innerJoin('stays as s', 's.id', 'o.stay_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('s.status', '=', 'active')
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Admissions and discharges inside [from, to], for the home page. */
export function movementsBetween(db: Db, from: string, to: string) {
  return db
    .selectFrom('stays')
    .select(['id', 'client_id', 'admitted_on', 'discharged_on', 'planned_discharge_on', 'status'])
    .where((eb) =>
      eb.or([
        eb.and([eb('admitted_on', '>=', from), eb('admitted_on', '<=', to)]),
        eb.and([eb('discharged_on', '>=', from), eb('discharged_on', '<=', to)]),
        eb.and([eb('status', '=', 'active'), eb('planned_discharge_on', '>=', from), eb('planned_discharge_on', '<=', to)]),
      ]),
    )
    .execute();
}

/** Absences whose expected return has passed, still open. */
export async function overdueAbsences(db: Db, today: string): Promise<number> {
  const r = await db
    .selectFrom('absences')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('to_date', 'is', null)
    .where('expected_return', '<', today)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Residents with an active stay and no bed, room or group. */
export async function countUnplaced(db: Db): Promise<number> {
  const r = await db
    .selectFrom('clients')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', 'in', ['active', 'away'])
    .where('current_bed_id', 'is', null)
    .where('current_room_id', 'is', null)
    .where('current_group_id', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Beds someone is in now. */
export async function occupiedBedIds(db: Db): Promise<number[]> {
  const rows = await db.selectFrom('placements').select('bed_id').where('to_date', 'is', null).where('bed_id', 'is not', null).execute();
  return rows.map((r) => r.bed_id!);
}
