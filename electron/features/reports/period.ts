// Calendar arithmetic for report periods on ISO dates (YYYY-MM-DD), in whole days, time-zone free.

const DAY = 86_400_000;

/** Days since 1970-01-01 of an ISO date. */
export const dayNumber = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY;
export const isoOfDay = (n: number) => new Date(n * DAY).toISOString().slice(0, 10);
export const addDays = (iso: string, n: number) => isoOfDay(dayNumber(iso) + n);

/** Days from `from` to `to`, both included. */
export const daysInclusive = (from: string, to: string) => dayNumber(to) - dayNumber(from) + 1;

export const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

export interface Period {
  from: string;
  to: string;
}

/** The calendar months a period touches, each cut to the period: [2026-01-15 … 2026-01-31], [2026-02-01 …]. */
export function monthSlices(p: Period): Array<Period & { month: string }> {
  const out: Array<Period & { month: string }> = [];
  let start = p.from;
  while (start <= p.to) {
    const y = Number(start.slice(0, 4));
    const m = Number(start.slice(5, 7));
    const monthEnd = `${start.slice(0, 8)}${String(daysInMonth(y, m)).padStart(2, '0')}`;
    const end = monthEnd < p.to ? monthEnd : p.to;
    out.push({ month: start.slice(0, 7), from: start, to: end });
    start = addDays(end, 1);
  }
  return out;
}

/** Monday–Friday days in a period (day care works five days a week). */
export function weekdaysInclusive(from: string, to: string): number {
  let n = 0;
  for (let d = dayNumber(from); d <= dayNumber(to); d++) {
    const wd = (d + 4) % 7; // 1970-01-01 was a Thursday: 0 = Sunday
    if (wd !== 0 && wd !== 6) n++;
  }
  return n;
}

export type PeriodPreset = { month: string } | { quarter: string } | { year: string };

/** `2026-02` → Feb 1–28; `2026-Q1` → Jan 1 – Mar 31; `2026` → the year. */
export function presetPeriod(p: PeriodPreset): Period {
  if ('month' in p) {
    const [y, m] = p.month.split('-').map(Number) as [number, number];
    return { from: `${p.month}-01`, to: `${p.month}-${String(daysInMonth(y, m)).padStart(2, '0')}` };
  }
  if ('quarter' in p) {
    const y = Number(p.quarter.slice(0, 4));
    const q = Number(p.quarter.slice(-1));
    const last = q * 3;
    return { from: `${y}-${String(last - 2).padStart(2, '0')}-01`, to: `${y}-${String(last).padStart(2, '0')}-${daysInMonth(y, last)}` };
  }
  return { from: `${p.year}-01-01`, to: `${p.year}-12-31` };
}

/** Full years between a birth date and a day. */
export function ageOn(birthDate: string, day: string): number {
  let age = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  if (day.slice(5) < birthDate.slice(5)) age--;
  return age;
}
