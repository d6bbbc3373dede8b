// The medication round as pure functions (unit-tested): which doses are due, late or recorded,
// which record is in force after corrections, and the as-needed daily maximum.
import { LATE_AFTER_MINUTES, type DoseStatus } from '../../contract/daily.schemas';
import { minutesOf } from './work';

export interface DoseRecordFacts {
  id: number;
  scheduled_time: string | null;
  status: string;
  corrects_id: number | null;
}

/** The record in force for a dose (the last of its correction chain) and those it superseded. */
export function doseRecords<T extends DoseRecordFacts>(
  records: readonly T[],
  scheduledTime: string,
): { current: T | null; superseded: T[] } {
  const mine = records.filter((r) => r.scheduled_time === scheduledTime);
  const corrected = new Set(mine.map((r) => r.corrects_id).filter((x): x is number => x !== null));
  const current = mine.filter((r) => !corrected.has(r.id)).sort((a, b) => b.id - a.id)[0] ?? null;
  return { current, superseded: mine.filter((r) => r !== current) };
}

/**
 * due: not yet recorded and not yet an hour past its time; late: past that (or any earlier day);
 * recorded: a record is in force.
 */
export function doseState(recorded: boolean, date: string, time: string, today: string, nowTime: string): 'due' | 'late' | 'recorded' {
  if (recorded) return 'recorded';
  if (date < today) return 'late';
  if (date > today) return 'due';
  return minutesOf(nowTime) > minutesOf(time) + LATE_AFTER_MINUTES ? 'late' : 'due';
}

/**
 * As-needed doses given on a day: refusals and the like do not count against the maximum, nor does a
 * dose struck out by a correction (its correcting record counts instead when it says "given").
 */
export function prnGiven(records: readonly { id: number; scheduled_time: string | null; status: string; corrects_id: number | null }[]) {
  const corrected = supersededIds(records);
  return records.filter((r) => r.scheduled_time === null && r.status === 'given' && !corrected.has(r.id)).length;
}

/** The ids of records a later record corrects. */
export const supersededIds = (records: readonly { corrects_id: number | null }[]) =>
  new Set(records.map((r) => r.corrects_id).filter((x): x is number => x !== null));

export function prnAllowed(givenToday: number, maxPerDay: number | null): boolean {
  return maxPerDay === null || givenToday < maxPerDay;
}

/** Statuses other than "given" need a reason; "absent" takes the absence's when none is written. */
export function doseReason(status: DoseStatus, reason: string | null | undefined, absence: string | null): string | null | 'missing' {
  if (status === 'given') return reason ?? null;
  if (reason) return reason;
  if (status === 'absent' && absence) return absence;
  return 'missing';
}
