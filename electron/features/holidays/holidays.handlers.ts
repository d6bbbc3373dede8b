// The public-holiday calendar of the day-care centre. A holiday is not a due day on the attendance
// sheets (attendance.sheet.ts, attendance.month.ts); marks on it stay allowed (a child may come anyway).
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { deleteHoliday, findHoliday, holidaysBetween, insertHoliday, renameHoliday } from '../../../db/repositories/holidays';
import { attendanceLocks } from '../../../db/repositories/attendance-locks';
import type { Holiday } from '../../contract/holidays.contract';
import { handlersFor } from '../context';
import { AppError, notFound } from '../errors';
import { nationalHolidays } from './national';

type Db = Kysely<Database>;

const toHoliday = (r: { date: string; name: string }): Holiday => ({ date: r.date, name: r.name });

async function yearHolidays(db: Db, year: number): Promise<Holiday[]> {
  return (await holidaysBetween(db, `${year}-01-01`, `${year}-12-31`)).map(toHoliday);
}

/**
 * A month a claim has locked keeps its attendance as billed; the holiday calendar of that month is
 * frozen with it, so the month's due and unmarked days cannot shift under an issued claim.
 */
async function refuseLockedMonth(db: Db, date: string): Promise<void> {
  const lock = (await attendanceLocks(db, date, date)).of(0, date);
  if (lock) {
    throw new AppError('conflict', { reason: `$t(conflict.holidays.monthLocked, ${JSON.stringify({ claim: lock.claimNumber })})` });
  }
}

export const holidaysHandlers = handlersFor({
  'holidays.list': async (ctx, input) => yearHolidays(ctx.db, input.year),

  'holidays.save': async (ctx, input) => {
    await refuseLockedMonth(ctx.db, input.date);
    const before = await findHoliday(ctx.db, input.date);
    if (before?.name === input.name) return toHoliday(before);
    if (before) await renameHoliday(ctx.db, input.date, input.name);
    else await insertHoliday(ctx.db, { ...input, created_at: ctx.now().toISOString(), created_by: ctx.user.id });
    await ctx.audit({
      action: 'holidays.save',
      objectType: 'holiday',
      objectId: input.date,
      changes: { name: [before?.name ?? null, input.name] },
    });
    return { date: input.date, name: input.name };
  },

  'holidays.remove': async (ctx, input) => {
    const before = await findHoliday(ctx.db, input.date);
    if (!before) throw notFound();
    await refuseLockedMonth(ctx.db, input.date);
    await deleteHoliday(ctx.db, input.date);
    await ctx.audit({ action: 'holidays.remove', objectType: 'holiday', objectId: input.date, changes: { name: [before.name, null] } });
    return { ok: true as const };
  },

  'holidays.addNational': async (ctx, input) => {
    const have = new Set((await yearHolidays(ctx.db, input.year)).map((h) => h.date));
    const locks = await attendanceLocks(ctx.db, `${input.year}-01-01`, `${input.year}-12-31`);
    const added: Holiday[] = [];
    const lockedOut: Holiday[] = [];
    for (const h of nationalHolidays(input.year).filter((n) => !have.has(n.date))) {
      if (locks.of(0, h.date)) {
        lockedOut.push(h);
        continue;
      }
      await insertHoliday(ctx.db, { ...h, created_at: ctx.now().toISOString(), created_by: ctx.user.id });
      await ctx.audit({ action: 'holidays.addNational', objectType: 'holiday', objectId: h.date, changes: { name: [null, h.name] } });
      added.push(h);
    }
    return { added, lockedOut, holidays: await yearHolidays(ctx.db, input.year) };
  },
});
