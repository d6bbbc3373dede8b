// Builds a day's attendance sheet: who is expected, who is here, who is away, with the limits.
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { AttendanceRow } from '../../../db/tables/daily';
import {
  groupMembersBetween,
  attendanceBetween,
  extendedCareClientIds,
  representativesOf,
  listAbsenceReasons,
  type MemberRow,
} from '../../../db/repositories/attendance';
import { attendanceLocks } from '../../../db/repositories/attendance-locks';
import { listGroups } from '../../../db/repositories/rooms';
import type { AttendanceSheet, SheetRow, AttendanceDay, AbsenceReasonOut } from '../../contract/attendance.contract';
import { inScope, canSeeName, type Viewer } from '../clients/privacy';
import { toSummary } from '../clients/clients.mapper';
import { limitMinutes, scheduledOn } from './attendance.rules';
import { initials } from './work';
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

export function toDay(r: AttendanceRow): AttendanceDay {
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

/** Members of the groups on a date that the viewer may see, one row per child. */
export async function visibleMembers(db: Db, v: Viewer, date: string, groupIds: number[]): Promise<MemberRow[]> {
  const seen = new Set<number>();
  return (await groupMembersBetween(db, date, date)).filter((m) => {
    if (seen.has(m.id)) return false;
    const visible = groupIds.includes(m.group_id) && inScope(v, m);
    if (visible) seen.add(m.id);
    return visible;
  });
}

export async function sheetRows(db: Db, v: Viewer, date: string, members: MemberRow[]): Promise<SheetRow[]> {
  const ids = members.map((m) => m.id);
  const rows = await attendanceBetween(db, date, date, ids);
  const records = new Map(rows.map((r) => [r.client_id, r]));
  const stamp = await correctionStamps(db, rows);
  const locks = await attendanceLocks(db, date, date);
  const agreements = await extendedCareClientIds(db, ids, date);
  const people = await representativesOf(db, ids);
  return members.map((m): SheetRow => {
    const summary = toSummary(v, m);
    const record = records.get(m.id);
    return {
      client: summary,
      initials: initials(summary.name, m.code),
      hasPhoto: !!m.has_photo && !summary.nameHidden,
      scheduled: scheduledOn(m.weekdays, date),
      plannedFrom: m.planned_from,
      plannedTo: m.planned_to,
      record: record ? toDay(record) : null,
      correction: stamp(record),
      locked: locks.of(m.id, date) !== null,
      hasAgreement: agreements.has(m.id),
      limitMinutes: limitMinutes(agreements.has(m.id)),
      authorisedPeople: canSeeName(v, m)
        ? people.filter((p) => p.client_id === m.id).map((p) => ({ name: p.full_name, relation: p.relation }))
        : null,
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
  const members = await visibleMembers(
    db,
    v,
    date,
    chosen.map((g) => g.id),
  );
  // A caregiver asking for a group that is not hers gets an empty sheet, not someone else's children.
  const rows = groupId !== undefined && !chosen.length ? [] : await sheetRows(db, v, date, members);
  return {
    date,
    isToday: date === today,
    groups: groups.map((g) => ({ id: g.id, name: g.name })),
    groupId: groupId ?? null,
    ...counts(rows),
    rows,
    reasons: await absenceReasons(db),
  };
}
