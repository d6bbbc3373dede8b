// When assessments and reviews fall due, and how many times an activity was planned so far. Pure functions
// on ISO dates (YYYY-MM-DD), so a month end is handled once, here: 30 Nov + 3 months = 28 Feb (29 in a leap year).
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import type { FrequencyPer, ReviewState } from '../../contract/plans.schemas';

// date-fns works on local Date objects; a date built and read back in local time never shifts a day.
const toDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y!, m! - 1, d!);
};
const toIso = (d: Date) =>
  `${String(d.getFullYear()).padStart(4, '0')}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** The same day n months later; a day the month lacks becomes its last day (31 Aug + 6 months = 28/29 Feb). */
export function plusMonths(iso: string, months: number): string {
  return toIso(addMonths(toDate(iso), months));
}

export function plusDays(iso: string, days: number): string {
  return toIso(addDays(toDate(iso), days));
}

/** Days from a to b (b − a), whole calendar days. */
export function daysBetween(a: string, b: string): number {
  return differenceInCalendarDays(toDate(b), toDate(a));
}

/** A review (or assessment) due within this many days shows as "due soon". */
export const DUE_SOON_DAYS = 14;

export function reviewState(nextReviewOn: string | null, today: string): ReviewState {
  if (!nextReviewOn) return 'none';
  if (nextReviewOn < today) return 'overdue';
  return daysBetween(today, nextReviewOn) <= DUE_SOON_DAYS ? 'dueSoon' : 'ok';
}

export interface AssessmentDue {
  kind: 'initial' | 'reassessment' | null;
  dueOn: string | null;
  overdue: boolean;
}

/**
 * The next assessment a current client needs: the initial one within `initialDueDays` of admission when none was
 * completed in this stay, else a reassessment `reassessMonths` after the last completed one. Not due when the
 * client is not staying (no admission date).
 */
export function assessmentDue(
  admittedOn: string | null,
  lastCompletedOn: string | null,
  settings: { initialDueDays: number; reassessMonths: number },
  today: string,
): AssessmentDue {
  if (!admittedOn) return { kind: null, dueOn: null, overdue: false };
  const dueOn =
    lastCompletedOn === null ? plusDays(admittedOn, settings.initialDueDays) : plusMonths(lastCompletedOn, settings.reassessMonths);
  return { kind: lastCompletedOn === null ? 'initial' : 'reassessment', dueOn, overdue: dueOn < today };
}

/** The next review after approval or a review: the interval from that day. */
export function nextReviewFrom(fromIso: string, months: number): string {
  return plusMonths(fromIso, months);
}

/** Calendar months from `from` to the day after `to` (a year from 1 Jan to 31 Dec is exactly 12), with the part month as a fraction. */
function monthsSpanned(from: string, to: string): number {
  const end = plusDays(to, 1);
  let whole = 0;
  while (plusMonths(from, whole + 1) <= end) whole++;
  const start = plusMonths(from, whole);
  const next = plusMonths(from, whole + 1);
  return whole + daysBetween(start, end) / daysBetween(start, next);
}

/**
 * How many times an activity was planned to happen from `from` to `to` (both inclusive): `times` per period, whole
 * occurrences only (2 a week over 10 days is 2, not 2.86). `once` means `times` over the whole plan; `as_needed`
 * has no count.
 */
export function plannedCount(times: number | null, per: FrequencyPer, from: string, to: string): number | null {
  if (per === 'as_needed' || times === null) return null;
  if (to < from) return 0;
  if (per === 'once') return times;
  const periods = per === 'month' ? monthsSpanned(from, to) : (daysBetween(from, to) + 1) / (per === 'week' ? 7 : 1);
  return Math.floor(periods * times + 1e-9);
}
