// The tables billing reads (and, for corrections of claimed days, writes) but other areas own:
// clients (issue 3, on main) and attendance (issue 6, NOT yet on main). This file is the one seam.
// The attendance columns are ASSUMED as declared below; at merge, point `ForeignDb` at the real
// `Database` and fix any column that differs — nothing else in billing touches that table.
import type { Kysely } from 'kysely';
import type { Database } from '../schema';

export interface ForeignTables {
  /** One row per client and day: times `HH:MM`, or an absence reason. */
  attendance: { client_id: number; date: string; check_in: string | null; check_out: string | null; absence_reason: string | null };
}
type ForeignDb = Kysely<ForeignTables>;
const foreign = (db: Kysely<Database>) => db as unknown as ForeignDb;

export interface ClientBasics {
  id: number;
  code: string;
  birthDate: string | null;
  name: string;
  /** What the clients area's privacy rule looks at to decide who may see the name. */
  guard: { assigned_worker_id: number | null; current_room_id: number | null; current_group_id: number | null };
}

export async function clientsByIds(db: Kysely<Database>, ids: readonly number[]): Promise<ClientBasics[]> {
  if (!ids.length) return [];
  const rows = await db
    .selectFrom('clients')
    .select([
      'id',
      'code',
      'birth_date',
      'last_name',
      'first_name',
      'middle_name',
      'assigned_worker_id',
      'current_room_id',
      'current_group_id',
    ])
    .where('id', 'in', [...ids])
    .execute();
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    birthDate: r.birth_date,
    name: [r.last_name, r.first_name, r.middle_name].filter(Boolean).join(' '),
    guard: { assigned_worker_id: r.assigned_worker_id, current_room_id: r.current_room_id, current_group_id: r.current_group_id },
  }));
}

export async function clientIdsByCodes(db: Kysely<Database>, codes: readonly string[]): Promise<Map<string, number>> {
  if (!codes.length) return new Map();
  const rows = await db
    .selectFrom('clients')
    .select(['id', 'code'])
    .where('code', 'in', [...codes])
    .execute();
  return new Map(rows.map((r) => [r.code, r.id]));
}

export async function clientExists(db: Kysely<Database>, id: number): Promise<boolean> {
  return !!(await db.selectFrom('clients').select('id').where('id', '=', id).executeTakeFirst());
}

export async function poorFamilyPeriods(db: Kysely<Database>, clientIds: readonly number[]) {
  if (!clientIds.length) return [];
  const rows = await db
    .selectFrom('client_poor_family_periods')
    .select(['client_id', 'from_date', 'to_date'])
    .where('client_id', 'in', [...clientIds])
    .execute();
  return rows.map((r) => ({ client_id: r.client_id, from: r.from_date, to: r.to_date }));
}

export interface AttendanceRow {
  client_id: number;
  date: string;
  check_in: string | null;
  check_out: string | null;
  absence_reason: string | null;
}

/** Attendance in [from, to], optionally only for some clients. */
export async function attendanceBetween(
  db: Kysely<Database>,
  from: string,
  to: string,
  clientIds?: readonly number[],
): Promise<AttendanceRow[]> {
  let q = foreign(db)
    .selectFrom('attendance')
    .select(['client_id', 'date', 'check_in', 'check_out', 'absence_reason'])
    .where('date', '>=', from)
    .where('date', '<=', to);
  if (clientIds) {
    if (!clientIds.length) return [];
    q = q.where('client_id', 'in', [...clientIds]);
  }
  return q.execute();
}

/** Attendance of given (client, date) pairs: the days corrections touched. */
export async function attendanceOnDays(
  db: Kysely<Database>,
  days: readonly { clientId: number; date: string }[],
): Promise<AttendanceRow[]> {
  const out: AttendanceRow[] = [];
  for (const d of days) {
    const r = await attendanceDay(db, d.clientId, d.date);
    if (r) out.push(r);
  }
  return out;
}

export function attendanceDay(db: Kysely<Database>, clientId: number, date: string): Promise<AttendanceRow | undefined> {
  return foreign(db)
    .selectFrom('attendance')
    .select(['client_id', 'date', 'check_in', 'check_out', 'absence_reason'])
    .where('client_id', '=', clientId)
    .where('date', '=', date)
    .executeTakeFirst();
}

/**
 * The billing corrections path: replaces one day's times/absence of a claimed month. Only the
 * four columns billing knows are written; the attendance area's other columns keep their values
 * (or defaults on a new row).
 */
export async function writeAttendanceDay(
  db: Kysely<Database>,
  v: { clientId: number; date: string; checkIn: string | null; checkOut: string | null; absenceReason: string | null },
): Promise<void> {
  const values = { check_in: v.checkIn, check_out: v.checkOut, absence_reason: v.absenceReason };
  const existing = await attendanceDay(db, v.clientId, v.date);
  if (existing)
    await foreign(db).updateTable('attendance').set(values).where('client_id', '=', v.clientId).where('date', '=', v.date).execute();
  else
    await foreign(db)
      .insertInto('attendance')
      .values({ client_id: v.clientId, date: v.date, ...values })
      .execute();
}
