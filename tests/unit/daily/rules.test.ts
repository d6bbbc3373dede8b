import { describe, expect, it } from 'vitest';
import {
  dayProblem,
  limitMinutes,
  minutesBetween,
  monthDates,
  monthTotals,
  scheduledOn,
  hoursText,
} from '../../../electron/features/daily/attendance.rules';
import { doseRecords, doseState, prnAllowed, prnGiven, doseReason } from '../../../electron/features/daily/medication.rules';
import { entryProblems } from '../../../electron/features/daily/carelog.rules';
import { instantOf, isoWeekday, initials } from '../../../electron/features/daily/work';

describe('attendance day rules', () => {
  const day = (
    checkIn: string | null,
    checkOut: string | null,
    absenceReason: string | null = null,
    overtimeReason: string | null = null,
  ) => ({
    checkIn,
    checkOut,
    absenceReason,
    overtimeReason,
  });
  it('allow times or an absence, never both, and departure after arrival', () => {
    expect(dayProblem(day('08:00', '17:00'), false)).toBeNull();
    expect(dayProblem(day('08:00', null), false)).toBeNull();
    expect(dayProblem(day(null, null, 'illness'), false)).toBeNull();
    expect(dayProblem(day('08:00', null, 'illness'), false)).toMatchObject({ field: 'absenceReason' });
    expect(dayProblem(day(null, '17:00'), false)).toMatchObject({ field: 'checkIn' });
    expect(dayProblem(day('08:00', '08:00'), false)).toMatchObject({ field: 'checkOut' });
  });
  it('put the limit at exactly 9 hours without an agreement and 12 with one', () => {
    expect(limitMinutes(false)).toBe(540);
    expect(limitMinutes(true)).toBe(720);
    expect(dayProblem(day('08:00', '17:00'), false)).toBeNull();
    expect(dayProblem(day('08:00', '17:01'), false)).toEqual({ kind: 'overLimit', reason: 'overNine', minutes: 541 });
    expect(dayProblem(day('08:00', '17:01', null, 'Onasi kechikdi'), false)).toBeNull();
    expect(dayProblem(day('07:00', '19:00'), true)).toBeNull();
    expect(dayProblem(day('07:00', '19:01'), true)).toEqual({ kind: 'overLimit', reason: 'overTwelve', minutes: 721 });
  });
  it('count month totals: present days, minutes of complete days, absences, incomplete days', () => {
    expect(
      monthTotals([
        { date: '2026-11-02', check_in: '08:00', check_out: '17:00', absence_reason: null },
        { date: '2026-11-03', check_in: '08:00', check_out: null, absence_reason: null },
        { date: '2026-11-04', check_in: null, check_out: null, absence_reason: 'illness' },
      ]),
    ).toEqual({ daysPresent: 2, minutes: 540, absences: 1, incomplete: 1 });
    expect(minutesBetween('08:15', '16:45')).toBe(510);
    expect(hoursText(510)).toBe('8,5');
    expect(hoursText(435, 'en')).toBe('7.25');
    expect(hoursText(540)).toBe('9');
  });
  it('know the month’s days and the enrolled weekdays', () => {
    expect(monthDates('2028-02')).toHaveLength(29);
    expect(monthDates('2026-11').at(-1)).toBe('2026-11-30');
    expect(isoWeekday('2026-11-22')).toBe(7);
    expect(scheduledOn('1,2,3,4,5', '2026-11-24')).toBe(true);
    expect(scheduledOn('1,2,3,4,5', '2026-11-22')).toBe(false);
    expect(scheduledOn(null, '2026-11-22')).toBe(true);
  });
});

describe('medication round rules', () => {
  const r = (id: number, status: string, corrects_id: number | null = null, scheduled_time: string | null = '08:00') => ({
    id,
    status,
    corrects_id,
    scheduled_time,
  });
  it('take the last record of a correction chain as the one in force', () => {
    const { current, superseded } = doseRecords(
      [r(1, 'given'), r(2, 'refused', 1), r(3, 'given', 2), r(4, 'given', null, '20:00')],
      '08:00',
    );
    expect(current?.id).toBe(3);
    expect(superseded.map((x) => x.id)).toEqual([1, 2]);
    expect(doseRecords([], '08:00').current).toBeNull();
  });
  it('mark a dose late an hour after its time, or on any earlier day', () => {
    expect(doseState(false, '2026-11-24', '08:00', '2026-11-24', '09:00')).toBe('due');
    expect(doseState(false, '2026-11-24', '08:00', '2026-11-24', '09:01')).toBe('late');
    expect(doseState(false, '2026-11-23', '20:00', '2026-11-24', '06:00')).toBe('late');
    expect(doseState(true, '2026-11-24', '08:00', '2026-11-24', '12:00')).toBe('recorded');
  });
  it('count only given as-needed doses against the maximum', () => {
    const given = prnGiven([r(1, 'given', null, null), r(2, 'refused', null, null), r(3, 'given'), r(4, 'given', null, null)]);
    expect(given).toBe(2);
    expect(prnAllowed(given, 2)).toBe(false);
    expect(prnAllowed(1, 2)).toBe(true);
    expect(prnAllowed(10, null)).toBe(true);
  });
  it('leave a struck-out as-needed dose out of the count, and count its correction when given', () => {
    expect(prnGiven([r(1, 'given', null, null), r(2, 'missed', 1, null)])).toBe(0);
    expect(prnGiven([r(1, 'given', null, null), r(2, 'given', 1, null)])).toBe(1);
    expect(prnGiven([r(1, 'given', null, null), r(2, 'missed', 1, null), r(3, 'given', 2, null)])).toBe(1);
  });
  it('want a reason unless given, taking the absence for “absent”', () => {
    expect(doseReason('given', undefined, null)).toBeNull();
    expect(doseReason('refused', undefined, null)).toBe('missing');
    expect(doseReason('absent', undefined, 'hospital')).toBe('hospital');
    expect(doseReason('missed', 'Uxlab qoldi', null)).toBe('Uxlab qoldi');
  });
});

describe('care log entries', () => {
  it('need a chip of their category or a text; a note needs text; measurements need their value', () => {
    expect(entryProblems({ category: 'meal', value: 'ate_all', details: { meal: 'lunch' } })).toEqual({});
    expect(entryProblems({ category: 'meal', value: 'slept_well', details: {} })).toEqual({ value: 'v.daily.chip' });
    expect(entryProblems({ category: 'mood', value: null, details: {}, text: 'Xursand' })).toEqual({});
    expect(entryProblems({ category: 'mood', value: null, details: {} })).toEqual({ value: 'v.daily.chipOrText' });
    expect(entryProblems({ category: 'note', details: {} })).toEqual({ text: 'v.required' });
    expect(entryProblems({ category: 'health', value: 'weight', details: {} })).toEqual({ 'details.weight': 'v.required' });
    expect(entryProblems({ category: 'sleep', value: 'nap', details: { meal: 'lunch' } })).toEqual({ 'details.meal': 'v.daily.mealOnly' });
  });
});

describe('time helpers', () => {
  it('turn Tashkent wall-clock time into UTC instants, and names into initials', () => {
    expect(instantOf('2026-11-24', '08:00')).toBe('2026-11-24T03:00:00.000Z');
    expect(instantOf('2026-11-24', '02:30')).toBe('2026-11-23T21:30:00.000Z');
    expect(initials('Karimova Gulnora Akmalovna', 'D-2026-0001')).toBe('GK');
    expect(initials(null, 'D-2026-0017')).toBe('17');
  });
});

describe('lists', () => {
  it('keep the roll-call statuses in step with the register’s absence reasons', async () => {
    const { ROLL_CALL_STATUSES } = await import('../../../electron/contract/daily.lists');
    const { ABSENCE_REASONS } = await import('../../../electron/contract/clients.schemas');
    expect(ROLL_CALL_STATUSES.filter((s) => s !== 'present')).toEqual([...ABSENCE_REASONS]);
  });
});
