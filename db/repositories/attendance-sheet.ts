// The attendance sheet's reads (issue 6): the children placed in a day-care group on a day, each with
// everything the sheet shows of them, in ONE statement (their enrolment, photo flag, that day's
// record, who corrected it, an extended-care agreement in force), and the people who may bring and
// collect them in a second one. The sheet is opened all day long on every group's tablet.
//
// Written with Kysely's `sql` template, not the query builder: the statements are a few index
// lookups per child, and on a hot path the builder's work (building the operation tree, then
// compiling it to text, on every call) is a real part of the time. The template compiles to the same
// text each call, which the statement cache keeps prepared. The dates are bound, never inlined.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../schema';
import type { ClientRow } from '../tables/clients';
import type { AttendanceRow } from '../tables/daily';

type Db = Kysely<Database>;

type ClientColumns = 'id' | 'code' | 'last_name' | 'first_name' | 'middle_name' | 'sex' | 'birth_date' | 'status';
type GuardColumns = 'assigned_worker_id' | 'current_room_id' | 'current_group_id';
type DayColumns = 'check_in' | 'check_out' | 'absence_reason' | 'brought_by' | 'collected_by' | 'note' | 'overtime_reason';

/** One placement in a group on the day, with the day's record flattened in (null columns: none). */
export interface SheetMemberRow
  extends Pick<ClientRow, ClientColumns | GuardColumns>, Pick<AttendanceRow, DayColumns | 'source' | 'correction_reason'> {
  group_id: number;
  weekdays: string | null;
  planned_from: string | null;
  planned_to: string | null;
  has_photo: number;
  /** The day's attendance record, null when nothing is written for the day. */
  record_id: number | null;
  record_updated_at: string | null;
  /** The name of the user who last wrote a corrected record (null for other records). */
  corrected_by: string | null;
  has_agreement: number;
}

export interface SheetPersonRow {
  client_id: number;
  full_name: string;
  relation: string | null;
}

/** Placements in a day-care group on the date (from_date ≤ date < to_date), optionally of one child. */
const placedOn = (date: string, clientId: number | undefined): RawBuilder<unknown> => sql`
  p.group_id IS NOT NULL AND s.kind = 'day_care' AND p.from_date <= ${date} AND (p.to_date IS NULL OR p.to_date > ${date})
  ${clientId === undefined ? sql`` : sql`AND p.client_id = ${clientId}`}`;

/**
 * The children placed in a group on the date with their sheet columns, by name (a child moved on
 * the day appears once per placement, the latest first: the caller keeps the first one it may see).
 * The agreement is billing's `billing_extended_care` (see extendedCareClientIds).
 */
export async function daySheetMembers(db: Db, date: string, clientId?: number): Promise<SheetMemberRow[]> {
  const r = await sql<SheetMemberRow>`
    SELECT c.id, c.code, c.last_name, c.first_name, c.middle_name, c.sex, c.birth_date, c.status,
      c.assigned_worker_id, c.current_room_id, c.current_group_id,
      p.group_id, s.weekdays, s.planned_from, s.planned_to,
      EXISTS (SELECT 1 FROM client_photos ph WHERE ph.client_id = c.id) AS has_photo,
      a.id AS record_id, a.check_in, a.check_out, a.absence_reason, a.brought_by, a.collected_by, a.note, a.overtime_reason,
      a.source, a.correction_reason, a.updated_at AS record_updated_at, u.full_name AS corrected_by,
      EXISTS (SELECT 1 FROM billing_extended_care e
        WHERE e.client_id = c.id AND e.valid_from <= ${date} AND (e.valid_to IS NULL OR e.valid_to >= ${date})) AS has_agreement
    FROM placements p
    JOIN stays s ON s.id = p.stay_id
    JOIN clients c ON c.id = p.client_id
    LEFT JOIN attendance a ON a.client_id = p.client_id AND a.date = ${date}
    LEFT JOIN users u ON u.id = a.updated_by AND a.source = 'correction'
    WHERE ${placedOn(date, clientId)}
    ORDER BY c.sort_name, p.from_date DESC, c.id`.execute(db);
  return r.rows;
}

/** The people who may bring and collect the children placed on the date (not the Inson center), in their order. */
export async function daySheetPeople(db: Db, date: string, clientId?: number): Promise<SheetPersonRow[]> {
  const r = await sql<SheetPersonRow>`
    SELECT r.client_id, r.full_name, r.relation
    FROM client_representatives r
    WHERE r.kind != 'inson_center' AND r.client_id IN (
      SELECT p.client_id FROM placements p JOIN stays s ON s.id = p.stay_id WHERE ${placedOn(date, clientId)})
    ORDER BY r.client_id, r.sort, r.id`.execute(db);
  return r.rows;
}
