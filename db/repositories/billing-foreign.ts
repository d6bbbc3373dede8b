// The tables billing reads (and, for corrections of claimed days, writes) but other areas own:
// clients (issue 3) and attendance (issue 6). This file is the one seam between them: nothing
// else in billing touches those tables. Attendance writes go only through the correction path.
import type { Kysely } from 'kysely';
import type { Database } from '../schema';

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
  let q = db
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
  return db
    .selectFrom('attendance')
    .select(['client_id', 'date', 'check_in', 'check_out', 'absence_reason'])
    .where('client_id', '=', clientId)
    .where('date', '=', date)
    .executeTakeFirst();
}

/**
 * The billing corrections path: replaces one day's times/absence of a claimed month. Only the
 * columns billing owns the meaning of are written, stamped with who and when; the attendance
 * area's other columns (who brought the child, notes) keep their values. `source` stays null: the
 * attendance area reads that as "written by billing".
 */
export async function writeAttendanceDay(
  db: Kysely<Database>,
  v: {
    clientId: number;
    date: string;
    checkIn: string | null;
    checkOut: string | null;
    absenceReason: string | null;
    by: number;
    at: string;
  },
): Promise<void> {
  const values = { check_in: v.checkIn, check_out: v.checkOut, absence_reason: v.absenceReason, updated_by: v.by, updated_at: v.at };
  const existing = await attendanceDay(db, v.clientId, v.date);
  if (existing) await db.updateTable('attendance').set(values).where('client_id', '=', v.clientId).where('date', '=', v.date).execute();
  else
    await db
      .insertInto('attendance')
      .values({ client_id: v.clientId, date: v.date, created_by: v.by, created_at: v.at, source: null, ...values })
      .execute();
}

/** Whether the code is one of the attendance area's absence reasons (its editable list). */
export async function absenceReasonKnown(db: Kysely<Database>, code: string): Promise<boolean> {
  return !!(await db.selectFrom('attendance_absence_reasons').select('code').where('code', '=', code).executeTakeFirst());
}
