// The month the accountant has to close (last month): its claim, or what it would claim now,
// against the days of use recorded in attendance — the home page's "this month" card.
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { claimExceptions, claimForMonth, claimLines } from '../../../db/repositories/billing-claims';
import { attendanceBetween } from '../../../db/repositories/billing-foreign';
import { claimSummaryOut, computeDraft } from './claims';
import { firstDay, lastDay } from './rules/dates';

type Db = Kysely<Database>;

export async function closingMonth(db: Db, month: string) {
  // A day of use is a record with both times; absences and half-filled days are not (those are exceptions).
  const attendance = await attendanceBetween(db, firstDay(month), lastDay(month));
  const daysRecorded = attendance.filter((a) => a.check_in && a.check_out && a.check_out > a.check_in).length;
  const claim = await claimForMonth(db, month);
  if (!claim) {
    const draft = await computeDraft(db, month);
    const regular = draft.lines.filter((l) => l.kind === 'regular');
    return {
      month,
      claim: null,
      daysRecorded,
      daysClaimed: regular.reduce((s, l) => s + l.days, 0),
      amount: draft.total,
      rejectedLines: 0,
      exceptions: draft.exceptions.length,
    };
  }
  const lines = await claimLines(db, claim.id);
  return {
    month,
    claim: claimSummaryOut(claim),
    daysRecorded,
    daysClaimed: lines.reduce((s, l) => s + (l.kind === 'regular' && l.outcome !== 'rejected' ? l.days : 0), 0),
    amount: claim.total,
    rejectedLines: lines.filter((l) => l.outcome === 'rejected').length,
    exceptions: (await claimExceptions(db, claim.id)).length,
  };
}
