// The month "tabel": children × days, its totals, its PDF, and the import from paper/Excel.
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { groupMembersBetween, attendanceBetween, type MemberRow } from '../../../db/repositories/attendance';
import { attendanceLocks } from '../../../db/repositories/attendance-locks';
import { holidaysBetween } from '../../../db/repositories/holidays';
import { getFacility } from '../../../db/repositories/facility';
import { findGroup } from '../../../db/repositories/rooms';
import type { AttendanceMonth } from '../../contract/attendance.contract';
import type { Facility } from '../../contract/setup.contract';
import { handlersFor } from '../context';
import { AppError } from '../errors';
import { loadViewer, inScope, type Viewer } from '../clients/privacy';
import { toSummary } from '../clients/clients.mapper';
import { toDocumentFile } from '../documents/pdf';
import { toFacility } from '../setup/setup.handlers';
import { absenceReasons, visibleGroups, correctionStamps } from './attendance.sheet';
import { dueWeekday, minutesBetween, monthDates, monthTotals } from './attendance.rules';
import { attendanceSheetPdf } from './attendance.pdf';
import { importAttendance } from './attendance.import';
import { isoWeekday, todayOf } from './work';

type Db = Kysely<Database>;

/** `today` (Tashkent) bounds the days counted as unmarked: today itself is still being filled in. */
export async function buildMonth(db: Db, v: Viewer, month: string, today: string, groupId?: number): Promise<AttendanceMonth> {
  const dates = monthDates(month);
  const from = dates[0]!;
  const to = dates[dates.length - 1]!;
  const groups = (await visibleGroups(db, v)).map((g) => g.id).filter((id) => groupId === undefined || id === groupId);
  const seen = new Set<number>();
  // Every placement of a child counts toward the days she was due (a move between groups mid-month).
  const placements = new Map<number, MemberRow[]>();
  const members = (await groupMembersBetween(db, from, to, groupId !== undefined ? { groupId } : {})).filter((m) => {
    if (!groups.includes(m.group_id) || !inScope(v, m)) return false;
    placements.set(m.id, [...(placements.get(m.id) ?? []), m]);
    if (seen.has(m.id)) return false;
    seen.add(m.id);
    return true;
  });
  // A public holiday is no one's due day: the centre is closed, so it is neither expected nor unmarked.
  const holidays = (await holidaysBetween(db, from, to)).map((h) => ({ date: h.date, name: h.name }));
  const closed = new Set(holidays.map((h) => h.date));
  const dueOn = (clientId: number, date: string) =>
    !closed.has(date) &&
    (placements.get(clientId) ?? []).some(
      (p) => p.placed_from <= date && (p.placed_to === null || p.placed_to > date) && dueWeekday(p.weekdays, date),
    );
  members.sort((a, b) => (v.role === 'inspector' ? 0 : a.sort_name.localeCompare(b.sort_name)) || a.code.localeCompare(b.code));
  const records = await attendanceBetween(
    db,
    from,
    to,
    members.map((m) => m.id),
  );
  const byKey = new Map(records.map((r) => [`${r.client_id}|${r.date}`, r]));
  const stamp = await correctionStamps(db, records);
  const locks = await attendanceLocks(db, from, to);
  const rows = members.map((m) => {
    const own = records.filter((r) => r.client_id === m.id);
    const cells = dates.map((date) => {
      const r = byKey.get(`${m.id}|${date}`);
      return {
        date,
        checkIn: r?.check_in ?? null,
        checkOut: r?.check_out ?? null,
        minutes: r ? minutesBetween(r.check_in, r.check_out) : null,
        absenceReason: r?.absence_reason ?? null,
        incomplete: !!r && !r.absence_reason && (!r.check_in || !r.check_out),
        locked: locks.of(m.id, date) !== null,
        corrected: r?.source === 'correction',
        correction: stamp(r),
        expected: dueOn(m.id, date),
        unmarked: !r && date < today && dueOn(m.id, date),
      };
    });
    return { client: toSummary(v, m), cells, ...monthTotals(own), unmarked: cells.filter((c) => c.unmarked).length };
  });
  const days = dates.map((date) => ({
    date,
    weekday: isoWeekday(date),
    present: records.filter((r) => r.date === date && r.check_in).length,
    locked: locks.of(0, date) !== null,
  }));
  return {
    month,
    days,
    rows,
    totals: {
      daysPresent: rows.reduce((s, r) => s + r.daysPresent, 0),
      minutes: rows.reduce((s, r) => s + r.minutes, 0),
      absences: rows.reduce((s, r) => s + r.absences, 0),
      unmarked: rows.reduce((s, r) => s + r.unmarked, 0),
    },
    reasons: await absenceReasons(db),
    holidays,
    locked: days.every((d) => d.locked),
  };
}

export async function facilityOf(db: Db): Promise<Facility> {
  const f = await getFacility(db);
  if (!f) throw new AppError('not_initialized');
  return toFacility(f);
}

export const attendanceMonthHandlers = handlersFor({
  'attendance.month': async (ctx, input) =>
    buildMonth(ctx.db, await loadViewer(ctx.db, ctx.user), input.month, todayOf(ctx), input.groupId),

  'attendance.monthPdf': async (ctx, input) => {
    const v = await loadViewer(ctx.db, ctx.user);
    const grid = await buildMonth(ctx.db, v, input.month, todayOf(ctx), input.groupId);
    const group = input.groupId !== undefined ? ((await findGroup(ctx.db, input.groupId))?.name ?? null) : null;
    const bytes = await attendanceSheetPdf(grid, {
      lang: ctx.user.lang,
      facility: await facilityOf(ctx.db),
      group,
      generatedAt: ctx.now(),
      printedBy: { name: ctx.user.fullName, role: ctx.user.role },
    });
    await ctx.audit({ action: 'attendance.monthPdf', objectType: 'attendance_month', objectId: input.month });
    return toDocumentFile(`davomat-${input.month}${group ? `-${group}` : ''}.pdf`, bytes);
  },

  'attendance.import': async (ctx, input) => importAttendance(ctx, input),
});
