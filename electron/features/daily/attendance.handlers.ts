import type { AttendanceRow } from '../../../db/tables/daily';
import {
  findAttendance,
  saveAttendance,
  deleteAttendance,
  lastBroughtBy,
  groupMembersBetween,
  listAbsenceReasons,
  saveAbsenceReason,
  extendedCareClientIds,
} from '../../../db/repositories/attendance';
import { attendanceLockOf } from '../../../db/repositories/attendance-locks';
import type { AttendanceDay, SheetRow } from '../../contract/attendance.contract';
import { handlersFor, iso, type AuthedContext } from '../context';
import { AppError, conflict, invalid } from '../errors';
import { loadViewer, inScope, type Viewer } from '../clients/privacy';
import { buildSheet, sheetRows, toDay, absenceReasons } from './attendance.sheet';
import { dayProblem, type DayTimes } from './attendance.rules';
import { todayOf, nowTimeOf, clientInScope, currentClientInScope } from './work';
import { attendanceMonthHandlers } from './attendance.month';

/** A child on a day-care group's list on that date (else the sheet has no place for them). */
async function member(ctx: AuthedContext, v: Viewer, clientId: number, date: string) {
  const m = (await groupMembersBetween(ctx.db, date, date, { clientId }))[0];
  if (!m || !inScope(v, m)) throw conflict('daily.notEnrolled');
  return m;
}

async function rowOf(ctx: AuthedContext, v: Viewer, clientId: number, date: string): Promise<SheetRow> {
  const row = (await sheetRows(ctx.db, v, date, { clientId }))[0];
  if (!row) throw conflict('daily.notEnrolled');
  return row;
}

/** Sheet taps are for today; other days are the manager's corrections. */
function onlyToday(ctx: AuthedContext, date: string | undefined): string {
  const today = todayOf(ctx);
  if (date !== undefined && date !== today) throw invalid({ date: 'v.daily.todayOnly' });
  return today;
}

function notInFuture(ctx: AuthedContext, date: string, time: string, field: string) {
  if (date === todayOf(ctx) && time > nowTimeOf(ctx)) throw invalid({ [field]: 'v.daily.futureTime' });
}

/** A billed day changes only through billing's corrections; the message names the claim. */
async function assertUnlocked(ctx: AuthedContext, clientId: number, date: string) {
  const lock = await attendanceLockOf(ctx.db, clientId, date);
  if (lock)
    throw new AppError('conflict', { reason: `$t(conflict.daily.attendanceLocked, ${JSON.stringify({ claim: lock.claimNumber })})` });
}

async function assertReason(ctx: AuthedContext, code: string, field: string) {
  const known = (await listAbsenceReasons(ctx.db)).find((r) => r.code === code);
  if (!known || known.active !== 1) throw invalid({ [field]: 'v.daily.reason' });
}

/** Checks a whole day against the rules; beyond the limit needs a written reason. */
async function checkDay(ctx: AuthedContext, clientId: number, date: string, day: DayTimes, fields: Record<string, string> = {}) {
  const agreements = await extendedCareClientIds(ctx.db, [clientId], date);
  const problem = dayProblem(day, agreements.has(clientId));
  if (problem?.kind === 'field') throw invalid({ [fields[problem.field] ?? problem.field]: problem.key });
  if (problem?.kind === 'overLimit') throw conflict(`daily.${problem.reason}`, { overtimeReason: 'v.daily.overtimeReason' });
}

const changesOf = (before: AttendanceRow | undefined, after: Partial<AttendanceDay> | null) => {
  const b = before ? toDay(before) : null;
  const keys = ['checkIn', 'checkOut', 'absenceReason', 'broughtBy', 'collectedBy', 'note', 'overtimeReason'] as const;
  const out: Record<string, [unknown, unknown]> = {};
  for (const k of keys) {
    const x = b?.[k] ?? null;
    const y = after?.[k] ?? null;
    if (x !== y) out[k] = [x, y];
  }
  return out;
};

async function write(
  ctx: AuthedContext,
  action: string,
  code: string,
  clientId: number,
  date: string,
  day: AttendanceDay,
  source: string,
  extra: Record<string, [unknown, unknown]> = {},
) {
  const before = await findAttendance(ctx.db, clientId, date);
  await saveAttendance(
    ctx.db,
    {
      client_id: clientId,
      date,
      check_in: day.checkIn,
      check_out: day.checkOut,
      absence_reason: day.absenceReason,
      brought_by: day.broughtBy,
      collected_by: day.collectedBy,
      note: day.note,
      overtime_reason: day.overtimeReason,
      source,
      correction_reason: source === 'correction' ? ((extra.reason?.[1] as string | undefined) ?? null) : null,
      created_by: before?.created_by ?? ctx.user.id,
      updated_by: ctx.user.id,
    },
    iso(ctx.now()),
  );
  await ctx.audit({ action, objectType: 'attendance', objectId: `${code}/${date}`, changes: { ...changesOf(before, day), ...extra } });
}

const emptyDay: AttendanceDay = {
  checkIn: null,
  checkOut: null,
  absenceReason: null,
  broughtBy: null,
  collectedBy: null,
  note: null,
  overtimeReason: null,
};

export const attendanceHandlers = handlersFor({
  'attendance.sheet': async (ctx, input) => {
    const v = await loadViewer(ctx.db, ctx.user);
    const today = todayOf(ctx);
    return buildSheet(ctx.db, v, input.date ?? today, today, input.groupId);
  },

  'attendance.checkIn': async (ctx, input) => {
    const date = onlyToday(ctx, input.date);
    const { v, client } = await currentClientInScope(ctx, input.clientId);
    const row = await rowOf(ctx, v, client.id, date);
    await assertUnlocked(ctx, client.id, date);
    if (row.record?.checkIn) throw conflict('daily.alreadyIn');
    const time = input.time ?? nowTimeOf(ctx);
    notInFuture(ctx, date, time, 'time');
    const people = row.authorisedPeople ?? [];
    const broughtBy = input.broughtBy ?? (await lastBroughtBy(ctx.db, client.id, date)) ?? (people.length === 1 ? people[0]!.name : null);
    // Arriving after being marked absent replaces the absence: the child is here.
    await write(
      ctx,
      'attendance.checkIn',
      client.code,
      client.id,
      date,
      { ...emptyDay, checkIn: time, broughtBy, note: row.record?.note ?? null },
      'sheet',
    );
    return rowOf(ctx, v, client.id, date);
  },

  'attendance.checkOut': async (ctx, input) => {
    const date = onlyToday(ctx, input.date);
    const { v, client } = await currentClientInScope(ctx, input.clientId);
    const row = await rowOf(ctx, v, client.id, date);
    await assertUnlocked(ctx, client.id, date);
    const record = row.record;
    if (!record?.checkIn) throw conflict('daily.notIn');
    if (record.checkOut) throw conflict('daily.alreadyOut');
    const time = input.time ?? nowTimeOf(ctx);
    notInFuture(ctx, date, time, 'time');
    const day: AttendanceDay = {
      ...record,
      checkOut: time,
      collectedBy: input.collectedBy ?? record.broughtBy,
      overtimeReason: input.overtimeReason ?? null,
    };
    await checkDay(ctx, client.id, date, day, { checkOut: 'time' });
    await write(ctx, 'attendance.checkOut', client.code, client.id, date, day, 'sheet');
    return rowOf(ctx, v, client.id, date);
  },

  'attendance.markAbsent': async (ctx, input) => {
    const date = onlyToday(ctx, input.date);
    const { v, client } = await currentClientInScope(ctx, input.clientId);
    const row = await rowOf(ctx, v, client.id, date);
    await assertUnlocked(ctx, client.id, date);
    if (row.record?.checkIn) throw conflict('daily.alreadyIn');
    await assertReason(ctx, input.reason, 'reason');
    await write(
      ctx,
      'attendance.markAbsent',
      client.code,
      client.id,
      date,
      { ...emptyDay, absenceReason: input.reason, note: input.note ?? null },
      'sheet',
    );
    return rowOf(ctx, v, client.id, date);
  },

  'attendance.setDay': async (ctx, input) => {
    const date = todayOf(ctx);
    const { v, client } = await currentClientInScope(ctx, input.clientId);
    await member(ctx, v, client.id, date);
    await assertUnlocked(ctx, client.id, date);
    const day: AttendanceDay = {
      checkIn: input.checkIn ?? null,
      checkOut: input.checkOut ?? null,
      absenceReason: input.absenceReason ?? null,
      broughtBy: input.broughtBy ?? null,
      collectedBy: input.collectedBy ?? null,
      note: input.note ?? null,
      overtimeReason: input.overtimeReason ?? null,
    };
    if (day.absenceReason) await assertReason(ctx, day.absenceReason, 'absenceReason');
    if (day.checkIn) notInFuture(ctx, date, day.checkIn, 'checkIn');
    if (day.checkOut) notInFuture(ctx, date, day.checkOut, 'checkOut');
    await checkDay(ctx, client.id, date, day);
    if (!day.checkIn && !day.absenceReason) {
      // Nothing left of the day: a mistaken tap is taken back (the audit keeps what it was).
      const before = await findAttendance(ctx.db, client.id, date);
      if (before) {
        await deleteAttendance(ctx.db, client.id, date);
        await ctx.audit({
          action: 'attendance.clearDay',
          objectType: 'attendance',
          objectId: `${client.code}/${date}`,
          changes: changesOf(before, null),
        });
      }
    } else await write(ctx, 'attendance.setDay', client.code, client.id, date, day, 'sheet');
    return rowOf(ctx, v, client.id, date);
  },

  'attendance.correctDay': async (ctx, input) => {
    const { client } = await clientInScope(ctx, input.clientId);
    if (input.date > todayOf(ctx)) throw invalid({ date: 'v.futureDate' });
    if (!(await groupMembersBetween(ctx.db, input.date, input.date, { clientId: client.id })).length)
      throw invalid({ date: 'v.daily.notEnrolledOn' });
    await assertUnlocked(ctx, client.id, input.date);
    const day: AttendanceDay = {
      checkIn: input.checkIn ?? null,
      checkOut: input.checkOut ?? null,
      absenceReason: input.absenceReason ?? null,
      broughtBy: input.broughtBy ?? null,
      collectedBy: input.collectedBy ?? null,
      note: input.note ?? null,
      overtimeReason: input.overtimeReason ?? null,
    };
    if (day.absenceReason) await assertReason(ctx, day.absenceReason, 'absenceReason');
    await checkDay(ctx, client.id, input.date, day);
    const before = await findAttendance(ctx.db, client.id, input.date);
    if (!day.checkIn && !day.absenceReason) {
      if (before) await deleteAttendance(ctx.db, client.id, input.date);
      await ctx.audit({
        action: 'attendance.correctDay',
        objectType: 'attendance',
        objectId: `${client.code}/${input.date}`,
        changes: { ...changesOf(before, null), reason: [null, input.reason] },
      });
      return null;
    }
    await write(ctx, 'attendance.correctDay', client.code, client.id, input.date, day, 'correction', { reason: [null, input.reason] });
    return day;
  },

  'attendance.reasons': async (ctx) => absenceReasons(ctx.db),

  'attendance.saveReason': async (ctx, input) => {
    const builtin = (await listAbsenceReasons(ctx.db)).find((r) => r.code === input.code && r.label === null);
    // Built-in reasons keep their translated names; a new code needs a label of its own.
    if (!builtin && !input.label) throw invalid({ label: 'v.required' });
    await saveAbsenceReason(ctx.db, {
      code: input.code,
      label: builtin ? null : (input.label ?? null),
      short: input.short.toUpperCase(),
      active: input.active ? 1 : 0,
    });
    await ctx.audit({
      action: 'attendance.saveReason',
      objectType: 'absence_reason',
      objectId: input.code,
      changes: { short: [null, input.short], active: [null, input.active] },
    });
    return absenceReasons(ctx.db);
  },

  ...attendanceMonthHandlers,
});
