// Calendar arithmetic on ISO dates (YYYY-MM-DD) and Tashkent wall-clock times, for the simulation.
import { TASHKENT_OFFSET_MINUTES } from '../../contract/format';

const DAY = 86_400_000;
const ms = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

export function addDays(iso: string, n: number): string {
  return new Date(ms(iso) + n * DAY).toISOString().slice(0, 10);
}

/** Days from a to b (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((ms(b) - ms(a)) / DAY);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(iso: string): number {
  const d = new Date(ms(iso)).getUTCDay();
  return d === 0 ? 7 : d;
}

export const monthOf = (iso: string) => iso.slice(0, 7);

export function lastDayOfMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

export function addYears(iso: string, n: number): string {
  const y = Number(iso.slice(0, 4)) + n;
  const rest = iso.slice(4);
  // 29 February in a year without one becomes 28 February.
  return rest === '-02-29' && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)) ? `${y}-02-28` : `${y}${rest}`;
}

/** Whole years of age on a date. */
export function ageOn(birth: string, on: string): number {
  let age = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
  if (on.slice(5) < birth.slice(5)) age--;
  return age;
}

/** The instant of a Tashkent wall-clock time on a date. */
export function tashkentInstant(date: string, minutesOfDay: number): Date {
  return new Date(ms(date) + (minutesOfDay - TASHKENT_OFFSET_MINUTES) * 60_000);
}

/** 545 → "09:05". */
export function hhmm(minutesOfDay: number): string {
  const m = Math.max(0, Math.min(23 * 60 + 59, Math.round(minutesOfDay)));
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

export function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

/** Every date from `from` to `to`, both included. */
export function* eachDay(from: string, to: string): Generator<string> {
  for (let d = from; d <= to; d = addDays(d, 1)) yield d;
}

/** Public holidays of Uzbekistan with a fixed date (MM-DD): no day care, a quieter hotline. */
const FIXED_HOLIDAYS = new Set(['01-01', '01-14', '03-08', '03-21', '05-09', '09-01', '10-01', '12-08']);
export const isHoliday = (iso: string) => FIXED_HOLIDAYS.has(iso.slice(5));
