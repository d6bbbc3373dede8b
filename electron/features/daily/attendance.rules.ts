// The rules of a day-care attendance day, as pure functions (unit-tested).
import { STANDARD_DAY_MINUTES, EXTENDED_DAY_MINUTES } from '../../contract/daily.schemas';
import { minutesOf, isoWeekday } from './work';

export interface DayTimes {
  checkIn: string | null;
  checkOut: string | null;
  absenceReason: string | null;
  overtimeReason?: string | null;
}

/** 9 h without an extended-care agreement, 12 h with one. */
export const limitMinutes = (hasAgreement: boolean) => (hasAgreement ? EXTENDED_DAY_MINUTES : STANDARD_DAY_MINUTES);

export function minutesBetween(checkIn: string | null, checkOut: string | null): number | null {
  if (!checkIn || !checkOut) return null;
  return minutesOf(checkOut) - minutesOf(checkIn);
}

export type DayProblem =
  | { kind: 'field'; field: 'checkIn' | 'checkOut' | 'absenceReason'; key: string }
  | { kind: 'overLimit'; reason: 'overNine' | 'overTwelve'; minutes: number };

/**
 * What is wrong with a day, or null: times or an absence (not both), check-out after check-in,
 * and beyond the limit only with a written reason (billing lists those hours as exceptions).
 */
export function dayProblem(d: DayTimes, hasAgreement: boolean): DayProblem | null {
  if (d.absenceReason && (d.checkIn || d.checkOut)) return { kind: 'field', field: 'absenceReason', key: 'v.daily.timesOrReason' };
  if (d.checkOut && !d.checkIn) return { kind: 'field', field: 'checkIn', key: 'v.daily.outWithoutIn' };
  const minutes = minutesBetween(d.checkIn, d.checkOut);
  if (minutes !== null && minutes <= 0) return { kind: 'field', field: 'checkOut', key: 'v.daily.outBeforeIn' };
  if (minutes !== null && minutes > limitMinutes(hasAgreement) && !d.overtimeReason)
    return { kind: 'overLimit', reason: hasAgreement ? 'overTwelve' : 'overNine', minutes };
  return null;
}

/** Is the child enrolled for this weekday ("1,2,3,4,5")? No list means every day. */
export function scheduledOn(weekdays: string | null, date: string): boolean {
  return scheduledOnWeekday(weekdays, isoWeekday(date));
}

/** The same for an ISO weekday (1 = Monday) worked out once for a whole sheet. */
export function scheduledOnWeekday(weekdays: string | null, weekday: number): boolean {
  if (!weekdays) return true;
  return weekdays.split(',').map(Number).includes(weekday);
}

/** Is a working day of her enrolment? Without a weekday list, the standard Monday–Friday week (as billing counts). */
export function dueWeekday(weekdays: string | null, date: string): boolean {
  return weekdays ? scheduledOn(weekdays, date) : isoWeekday(date) <= 5;
}

/** Every date of a month `YYYY-MM`. */
export function monthDates(month: string): string[] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return Array.from({ length: days }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`);
}

/** Hours for the grid and the printed sheet: 9, 8,5, 7,25 (the comma is the Uzbek and Russian decimal sign). */
export function hoursText(minutes: number, lang: 'uz' | 'ru' | 'en' = 'uz'): string {
  const h = Math.round((minutes / 60) * 100) / 100;
  const s = Number.isInteger(h) ? String(h) : h.toFixed(2).replace(/0$/, '');
  return lang === 'en' ? s : s.replace('.', ',');
}

export interface MonthRecord {
  date: string;
  check_in: string | null;
  check_out: string | null;
  absence_reason: string | null;
}

/** Per child: days present (arrived), minutes of complete days, absences, incomplete days. */
export function monthTotals(records: readonly MonthRecord[]) {
  let daysPresent = 0;
  let minutes = 0;
  let absences = 0;
  let incomplete = 0;
  for (const r of records) {
    if (r.absence_reason) absences++;
    else if (r.check_in) {
      daysPresent++;
      const m = minutesBetween(r.check_in, r.check_out);
      if (m === null) incomplete++;
      else minutes += m;
    }
  }
  return { daysPresent, minutes, absences, incomplete };
}
