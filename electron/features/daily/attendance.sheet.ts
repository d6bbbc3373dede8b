// Builds a day's attendance sheet: who is expected, who is here, who is away, with the limits.
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { AttendanceRow } from '../../../db/tables/daily';
import { listAbsenceReasons } from '../../../db/repositories/attendance';
import { daySheetMembers, daySheetPeople, type SheetMemberRow } from '../../../db/repositories/attendance-sheet';
import { attendanceLocks } from '../../../db/repositories/attendance-locks';
import { findHoliday } from '../../../db/repositories/holidays';
import type { HolidayRow } from '../../../db/tables/holidays';
import { listGroups } from '../../../db/repositories/rooms';
import type { AttendanceSheet, SheetRow, AttendanceDay, AbsenceReasonOut } from '../../contract/attendance.contract';
import { inScope, canSeeName, type Viewer } from '../clients/privacy';
import { toSummary } from '../clients/clients.mapper';
import { limitMinutes, scheduledOnWeekday } from './attendance.rules';
import { initials, isoWeekday } from './work';
import { userNames } from '../../../db/repositories/carelog';

/** Who corrected which days, with names, for the sheet and the tabel. */
export async function correctionStamps(db: Db, records: readonly AttendanceRow[]) {
  const corrected = records.filter((r) => r.source === 'correction');
  const ids = [...new Set(corrected.map((r) => r.updated_by).filter((x): x is number => x !== null))];
  const names = new Map((await userNames(db, ids)).map((u) => [u.id, u.full_name]));
  return (r: AttendanceRow | undefined) =>
    r?.source === 'correction' ? { by: names.get(r.updated_by ?? -1) ?? '', at: r.updated_at, reason: r.correction_reason } : null;
}

type Db = Kysely<Database>;

type DayColumns = Pick<
  AttendanceRow,
  'check_in' | 'check_out' | 'absence_reason' | 'brought_by' | 'collected_by' | 'note' | 'overtime_reason'
>;

export function toDay(r: DayColumns): AttendanceDay {
  return {
    checkIn: r.check_in,
    checkOut: r.check_out,
    absenceReason: r.absence_reason,
    broughtBy: r.brought_by,
    collectedBy: r.collected_by,
    note: r.note,
    overtimeReason: r.overtime_reason,
  };
}

export async function absenceReasons(db: Db): Promise<AbsenceReasonOut[]> {
  return (await listAbsenceReasons(db)).map((r) => ({ code: r.code, label: r.label, short: r.short, active: r.active === 1 }));
}

/** The groups a viewer works with: all active ones, or a caregiver's own. */
export async function visibleGroups(db: Db, v: Viewer) {
  const groups = (await listGroups(db)).filter((g) => g.active === 1);
  return v.scope ? groups.filter((g) => v.scope!.groupIds.includes(g.id)) : groups;
}

/** Which of the day's placements the sheet shows: the groups asked for, the viewer's children, each child once. */
function visiblePlacements(v: Viewer, members: SheetMemberRow[], groupIds: readonly number[] | undefined): SheetMemberRow[] {
  const seen = new Set<number>();
  return members.filter((m) => {
    if (seen.has(m.id)) return false;
    const visible = (!groupIds || groupIds.includes(m.group_id)) && inScope(v, m);
    if (visible) seen.add(m.id);
    return visible;
  });
}

/**
 * The sheet's rows on a date for the children the viewer may see: of some groups (the sheet, the day
 * at a glance) or one child whatever the group (a tap on the sheet answers with the child's row).
 */
export async function sheetRows(
  db: Db,
  v: Viewer,
  date: string,
  only: { groupIds?: readonly number[]; clientId?: number },
  /** The day's holiday when the caller has read it already (the sheet shows it too). */
  known?: { holiday: HolidayRow | undefined },
): Promise<SheetRow[]> {
  const members = visiblePlacements(v, await daySheetMembers(db, date, only.clientId), only.groupIds);
  if (!members.length) return [];
  const locked = (await attendanceLocks(db, date, date)).of;
  const people = new Map<number, { name: string; relation: string | null }[]>();
  for (const p of await daySheetPeople(db, date, only.clientId)) {
    const list = people.get(p.client_id) ?? [];
    if (!list.length) people.set(p.client_id, list);
    list.push({ name: p.full_name, relation: p.relation });
  }
  // On a public holiday the centre is closed: nobody is scheduled (a child who comes anyway is still marked).
  const closed = (known ? known.holiday : await findHoliday(db, date)) !== undefined;
  // Most children share a weekday list ("1,2,3,4,5"): each distinct list is read once per sheet.
  const weekday = isoWeekday(date);
  const scheduled = new Map<string | null, boolean>();
  const scheduledOf = (weekdays: string | null) => {
    let on = scheduled.get(weekdays);
    if (on === undefined) scheduled.set(weekdays, (on = !closed && scheduledOnWeekday(weekdays, weekday)));
    return on;
  };
  return members.map((m): SheetRow => {
    const summary = toSummary(v, m);
    const hasAgreement = m.has_agreement === 1;
    return {
      client: summary,
      initials: initials(summary.name, m.code),
      hasPhoto: !!m.has_photo && !summary.nameHidden,
      scheduled: scheduledOf(m.weekdays),
      plannedFrom: m.planned_from,
      plannedTo: m.planned_to,
      record: m.record_id !== null ? toDay(m) : null,
      correction: m.source === 'correction' ? { by: m.corrected_by ?? '', at: m.record_updated_at!, reason: m.correction_reason } : null,
      locked: locked(m.id, date) !== null,
      hasAgreement,
      limitMinutes: limitMinutes(hasAgreement),
      authorisedPeople: canSeeName(v, m) ? (people.get(m.id) ?? []) : null,
    };
  });
}

export function counts(rows: readonly SheetRow[]) {
  const present = rows.filter((r) => r.record?.checkIn).length;
  const absent = rows.filter((r) => r.record?.absenceReason).length;
  const expected = rows.filter((r) => (r.scheduled || r.record?.checkIn) && !r.record?.absenceReason).length;
  return { present, absent, expected };
}

export async function buildSheet(db: Db, v: Viewer, date: string, today: string, groupId?: number): Promise<AttendanceSheet> {
  const groups = await visibleGroups(db, v);
  const chosen = groupId !== undefined ? groups.filter((g) => g.id === groupId) : groups;
  // A caregiver asking for a group that is not hers gets an empty sheet, not someone else's children.
  const holiday = await findHoliday(db, date);
  const rows =
    groupId !== undefined && !chosen.length ? [] : await sheetRows(db, v, date, { groupIds: chosen.map((g) => g.id) }, { holiday });
  return {
    date,
    isToday: date === today,
    holiday: holiday ? { date: holiday.date, name: holiday.name } : null,
    groups: groups.map((g) => ({ id: g.id, name: g.name })),
    groupId: groupId ?? null,
    ...counts(rows),
    rows,
    reasons: await absenceReasons(db),
  };
}
