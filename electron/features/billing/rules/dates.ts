// Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so no time zone can shift a day.

export const MONTH_RE = /^\d{4}-(0[1-9]|1[0-2])$/;

const toUtc = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10));
const fromUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export const addDays = (iso: string, days: number) => fromUtc(toUtc(iso) + days * 86_400_000);

export function daysInMonth(month: string): number {
  return new Date(Date.UTC(+month.slice(0, 4), +month.slice(5, 7), 0)).getUTCDate();
}

export const firstDay = (month: string) => `${month}-01`;
export const lastDay = (month: string) => `${month}-${String(daysInMonth(month)).padStart(2, '0')}`;
export const monthOf = (iso: string) => iso.slice(0, 7);

/** Every date of a month, in order. */
export function monthDates(month: string): string[] {
  const n = daysInMonth(month);
  return Array.from({ length: n }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`);
}

/** `YYYY-MM` shifted by whole months. */
export function addMonthsToMonth(month: string, months: number): string {
  const total = +month.slice(0, 4) * 12 + (+month.slice(5, 7) - 1) + months;
  return `${String(Math.floor(total / 12)).padStart(4, '0')}-${String((total % 12) + 1).padStart(2, '0')}`;
}

/**
 * The same day N months later; when that month is shorter, its last day (31 Aug + 6 months →
 * 28/29 Feb), as the Civil Code counts terms in months.
 */
export function addMonths(iso: string, months: number): string {
  const month = addMonthsToMonth(monthOf(iso), months);
  const day = Math.min(+iso.slice(8, 10), daysInMonth(month));
  return `${month}-${String(day).padStart(2, '0')}`;
}

/**
 * Age in completed years on a date. A birthday is reached on the same month and day; someone
 * born on 29 February is a year older on 1 March in a common year (the year counted from the
 * birth date is not complete before the end of 28 February).
 */
export function ageOn(birthDate: string, date: string): number {
  const by = +birthDate.slice(0, 4);
  const bm = +birthDate.slice(5, 7);
  const bd = +birthDate.slice(8, 10);
  const y = +date.slice(0, 4);
  const m = +date.slice(5, 7);
  const d = +date.slice(8, 10);
  let age = y - by;
  if (m < bm || (m === bm && d < bd)) age -= 1;
  return age;
}

/** Minutes from midnight of an `HH:MM` time. */
export const minutesOf = (hhmm: string) => +hhmm.slice(0, 2) * 60 + +hhmm.slice(3, 5);

/** Whether a date lies inside [from, to]; a null `to` is open-ended. */
export const within = (date: string, from: string, to: string | null) => date >= from && (to === null || date <= to);
