// The activity report's figures, as pure functions over plain facts (stays, counts). The loader
// (activity-source.ts) reads the facts from the store; everything countable is decided here.
import { DISCHARGE_DESTINATIONS as CLIENT_DESTINATIONS } from '../../contract/clients.schemas';
import { ageOn, dayNumber, daysInclusive, monthSlices, weekdaysInclusive, type Period } from './period';

/** The register's destinations (clients area), and `other` for a stay closed without one (imports). */
export const DISCHARGE_DESTINATIONS = [...CLIENT_DESTINATIONS, 'other'] as const;
export type DischargeDestination = (typeof DISCHARGE_DESTINATIONS)[number];

export const AGE_BANDS = ['0-2', '3-6', '7-10', '11-14', '15-17', '18-29', '30-44', '45-59', '60+', 'unknown'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export interface StayFact {
  clientId: string | number;
  sex: 'female' | 'male' | null;
  birthDate: string | null;
  admittedOn: string;
  /** The day the client left; null while the stay goes on. */
  dischargedOn: string | null;
  destination: string | null;
}

export interface PlanFacts {
  assessmentsDone: number;
  plansApproved: number;
  reviewsDone: number;
  reviewsOverdue: number;
}

export interface ActivityFacts {
  /** null when the register of stays is not kept in this installation. */
  stays: StayFact[] | null;
  plans?: PlanFacts | null;
  services?: ServiceCount[] | null;
  incidents?: Array<{ type: string; severity: string; count: number }> | null;
  staff: Array<{ role: string; count: number }>;
  /** Day care: clients who came, per day (days with a check-in); null where attendance is not kept. */
  attendance?: Array<{ date: string; count: number }> | null;
}

/** A service delivered, by the catalogue's code (`other`: the facility's own or unspecified), with its names. */
export interface ServiceCount {
  type: string;
  count: number;
  name: { uz: string; ru: string; en: string } | null;
}

export interface OccupancySlice {
  month: string;
  from: string;
  to: string;
  days: number;
  placeDays: number;
  usedDays: number;
  percent: number | null;
}

export interface ActivityData {
  movement: {
    atStart: number;
    admitted: number;
    discharged: number;
    atEnd: number;
    /** Distinct clients present on at least one day of the period. */
    served: number;
    dischargedByDestination: Record<DischargeDestination, number>;
  } | null;
  occupancy: {
    /** bed_days: residential, every night a place is taken; days_of_use: day care, weekdays. */
    basis: 'bed_days' | 'days_of_use';
    /** What usedDays counts: nights of stays (residential), days a child came by the attendance sheet (day care). */
    usedFrom: 'stays' | 'attendance';
    capacity: number;
    days: number;
    placeDays: number;
    usedDays: number;
    percent: number | null;
    byMonth: OccupancySlice[];
  } | null;
  bySexAndAge: Array<{ band: AgeBand; female: number; male: number; unknown: number; total: number }> | null;
  plans: PlanFacts | null;
  services: ServiceCount[] | null;
  incidents: Array<{ type: string; severity: string; count: number }> | null;
  staff: { total: number; byRole: Record<string, number> };
}

const round1 = (x: number) => Math.round(x * 10) / 10;
export const percentOf = (part: number, whole: number) => (whole > 0 ? round1((part / whole) * 100) : null);

/**
 * Nights of a stay inside [from, to]: each day d with admittedOn ≤ d < dischargedOn (the day of
 * leaving is not a bed-day); a stay that starts and ends the same day counts as one.
 */
export function bedDaysIn(s: StayFact, p: Period): number {
  const a = dayNumber(s.admittedOn);
  const sameDay = s.dischargedOn !== null && s.dischargedOn === s.admittedOn;
  const endExclusive = s.dischargedOn === null ? Infinity : sameDay ? a + 1 : dayNumber(s.dischargedOn);
  const lo = Math.max(a, dayNumber(p.from));
  const hi = Math.min(endExclusive, dayNumber(p.to) + 1);
  return Math.max(0, hi - lo);
}

/** Weekdays of an enrolment inside [from, to], the last day included (a day-care child attends on the day of leaving). */
export function weekdaysIn(s: StayFact, p: Period): number {
  const from = s.admittedOn > p.from ? s.admittedOn : p.from;
  const last = s.dischargedOn === null || s.dischargedOn > p.to ? p.to : s.dischargedOn;
  return from > last ? 0 : weekdaysInclusive(from, last);
}

const presentOnSomeDay = (s: StayFact, p: Period) => s.admittedOn <= p.to && (s.dischargedOn === null || s.dischargedOn >= p.from);

export function ageBand(age: number | null): AgeBand {
  if (age === null || age < 0) return 'unknown';
  if (age <= 2) return '0-2';
  if (age <= 6) return '3-6';
  if (age <= 10) return '7-10';
  if (age <= 14) return '11-14';
  if (age <= 17) return '15-17';
  if (age <= 29) return '18-29';
  if (age <= 44) return '30-44';
  if (age <= 59) return '45-59';
  return '60+';
}

export function computeActivity(input: { period: Period; capacity: number; dayCare: boolean; facts: ActivityFacts }): ActivityData {
  const { period: p, capacity, dayCare, facts } = input;
  const staffByRole: Record<string, number> = {};
  for (const s of facts.staff) staffByRole[s.role] = (staffByRole[s.role] ?? 0) + s.count;
  const staff = { total: facts.staff.reduce((n, s) => n + s.count, 0), byRole: staffByRole };
  const common = { plans: facts.plans ?? null, services: facts.services ?? null, incidents: facts.incidents ?? null, staff };
  if (!facts.stays) return { movement: null, occupancy: null, bySexAndAge: null, ...common };
  const stays = facts.stays;

  // A stay is at the start if it began before the first day and had not ended before it; at the
  // end if it began by the last day and goes on after it. start + admitted − discharged = end.
  const atStart = stays.filter((s) => s.admittedOn < p.from && (s.dischargedOn === null || s.dischargedOn >= p.from)).length;
  const admitted = stays.filter((s) => s.admittedOn >= p.from && s.admittedOn <= p.to).length;
  const leaving = stays.filter((s) => s.dischargedOn !== null && s.dischargedOn >= p.from && s.dischargedOn <= p.to);
  const atEnd = stays.filter((s) => s.admittedOn <= p.to && (s.dischargedOn === null || s.dischargedOn > p.to)).length;
  const byDestination = Object.fromEntries(DISCHARGE_DESTINATIONS.map((d) => [d, 0])) as Record<DischargeDestination, number>;
  for (const s of leaving) {
    const d = (DISCHARGE_DESTINATIONS as readonly string[]).includes(s.destination ?? '')
      ? (s.destination as DischargeDestination)
      : 'other';
    byDestination[d]++;
  }

  // Each client once, aged on their last day present in the period.
  const lastDay = new Map<string, { s: StayFact; day: string }>();
  for (const s of stays.filter((x) => presentOnSomeDay(x, p))) {
    const day = s.dischargedOn !== null && s.dischargedOn < p.to ? s.dischargedOn : p.to;
    const key = String(s.clientId);
    const prev = lastDay.get(key);
    if (!prev || prev.day < day) lastDay.set(key, { s, day });
  }
  const rows = AGE_BANDS.map((band) => ({ band, female: 0, male: 0, unknown: 0, total: 0 }));
  for (const { s, day } of lastDay.values()) {
    const row = rows.find((r) => r.band === ageBand(s.birthDate ? ageOn(s.birthDate, day) : null))!;
    row[s.sex ?? 'unknown']++;
    row.total++;
  }

  // Without an attendance sheet (an installation that does not keep it) day care falls back to enrolment.
  const attended = dayCare && facts.attendance ? facts.attendance : null;
  const slice = (q: Period, month: string): OccupancySlice => {
    const days = daysInclusive(q.from, q.to);
    const placeDays = capacity * (dayCare ? weekdaysInclusive(q.from, q.to) : days);
    const usedDays = attended
      ? attended.reduce((n, a) => n + (a.date >= q.from && a.date <= q.to ? a.count : 0), 0)
      : stays.reduce((n, s) => n + (dayCare ? weekdaysIn(s, q) : bedDaysIn(s, q)), 0);
    return { month, from: q.from, to: q.to, days, placeDays, usedDays, percent: percentOf(usedDays, placeDays) };
  };
  const byMonth = monthSlices(p).map((m) => slice(m, m.month));
  const whole = slice(p, '');

  return {
    movement: { atStart, admitted, discharged: leaving.length, atEnd, served: lastDay.size, dischargedByDestination: byDestination },
    occupancy: {
      basis: dayCare ? 'days_of_use' : 'bed_days',
      usedFrom: attended ? 'attendance' : 'stays',
      capacity,
      days: whole.days,
      placeDays: whole.placeDays,
      usedDays: whole.usedDays,
      percent: whole.percent,
      byMonth,
    },
    bySexAndAge: rows,
    ...common,
  };
}
