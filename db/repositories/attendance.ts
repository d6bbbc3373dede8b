import type { Kysely, Insertable } from 'kysely';
import type { Database } from '../schema';
import type { AttendanceRow, AttendanceTable } from '../tables/daily';
import type { ClientRow } from '../tables/clients';

type Db = Kysely<Database>;

export type AttendanceValues = Omit<Insertable<AttendanceTable>, 'id' | 'created_at' | 'updated_at'>;

export function findAttendance(db: Db, clientId: number, date: string): Promise<AttendanceRow | undefined> {
  return db.selectFrom('attendance').selectAll().where('client_id', '=', clientId).where('date', '=', date).executeTakeFirst();
}

/** Everyone's records in [from, to] (today's sheet: from = to), optionally for some clients only. */
export function attendanceBetween(db: Db, from: string, to: string, clientIds?: readonly number[]): Promise<AttendanceRow[]> {
  let q = db.selectFrom('attendance').selectAll().where('date', '>=', from).where('date', '<=', to);
  if (clientIds) {
    if (!clientIds.length) return Promise.resolve([]);
    q = q.where('client_id', 'in', [...clientIds]);
  }
  return q.orderBy('date').orderBy('client_id').execute();
}

/** Writes the whole day (insert or replace in place, keeping who created it). */
export async function saveAttendance(db: Db, v: AttendanceValues, at: string): Promise<void> {
  await db
    .insertInto('attendance')
    .values({ ...v, created_at: at, updated_at: at })
    .onConflict((oc) =>
      oc.columns(['client_id', 'date']).doUpdateSet({
        check_in: v.check_in ?? null,
        check_out: v.check_out ?? null,
        absence_reason: v.absence_reason ?? null,
        brought_by: v.brought_by ?? null,
        collected_by: v.collected_by ?? null,
        note: v.note ?? null,
        overtime_reason: v.overtime_reason ?? null,
        source: v.source ?? null,
        correction_reason: v.correction_reason ?? null,
        updated_by: v.updated_by ?? v.created_by ?? null,
        updated_at: at,
      }),
    )
    .execute();
}

export async function deleteAttendance(db: Db, clientId: number, date: string): Promise<void> {
  await db.deleteFrom('attendance').where('client_id', '=', clientId).where('date', '=', date).execute();
}

/** Who brought the child last time, to preset the next check-in. */
export async function lastBroughtBy(db: Db, clientId: number, before: string): Promise<string | null> {
  const r = await db
    .selectFrom('attendance')
    .select('brought_by')
    .where('client_id', '=', clientId)
    .where('date', '<', before)
    .where('brought_by', 'is not', null)
    .orderBy('date', 'desc')
    .limit(1)
    .executeTakeFirst();
  return r?.brought_by ?? null;
}

export function listAbsenceReasons(db: Db) {
  return db.selectFrom('attendance_absence_reasons').selectAll().orderBy('sort').orderBy('code').execute();
}

export async function saveAbsenceReason(db: Db, r: { code: string; label: string | null; short: string; active: number }): Promise<void> {
  const max = await db
    .selectFrom('attendance_absence_reasons')
    .select((eb) => eb.fn.max('sort').as('m'))
    .executeTakeFirst();
  await db
    .insertInto('attendance_absence_reasons')
    .values({ ...r, sort: Number(max?.m ?? 0) + 1 })
    .onConflict((oc) => oc.column('code').doUpdateSet({ label: r.label, short: r.short, active: r.active }))
    .execute();
}

/**
 * THE one reader of extended-care agreements for attendance (they belong to billing, issue 7:
 * `billing_extended_care`): which of these clients have an agreement in force on the date.
 */
export async function extendedCareClientIds(db: Db, clientIds: readonly number[], date: string): Promise<Set<number>> {
  if (!clientIds.length) return new Set();
  const rows = await db
    .selectFrom('billing_extended_care')
    .select('client_id')
    .where('client_id', 'in', [...clientIds])
    .where('valid_from', '<=', date)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', date)]))
    .execute();
  return new Set(rows.map((r) => r.client_id));
}

export interface MemberRow extends ClientRow {
  group_id: number;
  weekdays: string | null;
  planned_from: string | null;
  planned_to: string | null;
  /** The placement in the group: from this day, up to (not including) placed_to. */
  placed_from: string;
  placed_to: string | null;
  has_photo: number;
}

/** Day-care group members in [from, to] (placements overlapping it), with their enrolment. */
export function groupMembersBetween(
  db: Db,
  from: string,
  to: string,
  only: { groupId?: number; clientId?: number } = {},
): Promise<MemberRow[]> {
  let q = db
    .selectFrom('placements as p')
    .innerJoin('clients as c', 'c.id', 'p.client_id')
    .innerJoin('stays as s', 's.id', 'p.stay_id')
    .selectAll('c')
    .select(['p.group_id', 's.weekdays', 's.planned_from', 's.planned_to', 'p.from_date as placed_from', 'p.to_date as placed_to'])
    .select((eb) =>
      eb.exists(eb.selectFrom('client_photos as ph').select('ph.client_id').whereRef('ph.client_id', '=', 'c.id')).as('has_photo'),
    )
    .where('p.group_id', 'is not', null)
    .where('s.kind', '=', 'day_care')
    .where('p.from_date', '<=', to)
    .where((eb) => eb.or([eb('p.to_date', 'is', null), eb('p.to_date', '>', from)]));
  if (only.groupId !== undefined) q = q.where('p.group_id', '=', only.groupId);
  if (only.clientId !== undefined) q = q.where('p.client_id', '=', only.clientId);
  return q.orderBy('c.sort_name').orderBy('p.from_date', 'desc').execute() as Promise<MemberRow[]>;
}

/** Client ids by code, for the import. */
export async function clientIdsByCode(db: Db, codes: readonly string[]): Promise<Map<string, ClientRow>> {
  const out = new Map<string, ClientRow>();
  for (let i = 0; i < codes.length; i += 500) {
    const part = codes.slice(i, i + 500);
    if (!part.length) continue;
    for (const c of await db.selectFrom('clients').selectAll().where('code', 'in', part).execute()) out.set(c.code, c);
  }
  return out;
}

/** Stays of clients overlapping [from, to]: was the child enrolled on a day? */
export function dayCareStaysBetween(db: Db, clientIds: readonly number[], from: string, to: string) {
  if (!clientIds.length) return Promise.resolve([]);
  return db
    .selectFrom('stays')
    .select(['client_id', 'admitted_on', 'discharged_on', 'kind'])
    .where('client_id', 'in', [...clientIds])
    .where('admitted_on', '<=', to)
    .where((eb) => eb.or([eb('discharged_on', 'is', null), eb('discharged_on', '>=', from)]))
    .execute();
}

/** Days in [from, before) with an arrival and no departure (today's open days are not counted). */
export async function incompleteAttendanceDays(db: Db, from: string, before: string): Promise<number> {
  const r = await db
    .selectFrom('attendance')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('date', '>=', from)
    .where('date', '<', before)
    .where('check_in', 'is not', null)
    .where('check_out', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}
