import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  plusMonths,
  plusDays,
  daysBetween,
  reviewState,
  assessmentDue,
  plannedCount,
  nextReviewFrom,
} from '../../../electron/features/plans/schedule';

const settings = { initialDueDays: 14, reassessMonths: 6 };

describe('months across month ends', () => {
  it.each([
    ['2026-11-30', 3, '2027-02-28'],
    ['2027-11-30', 3, '2028-02-29'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-05-31', 3, '2026-08-31'],
    ['2026-12-31', 2, '2027-02-28'],
    ['2026-11-15', 3, '2027-02-15'],
    ['2028-02-29', 12, '2029-02-28'],
  ])('%s + %i months = %s', (from, months, expected) => {
    expect(plusMonths(from, months)).toBe(expected);
    expect(nextReviewFrom(from, months)).toBe(expected);
  });

  it('lands in the right month on the same day, or the month’s last day when it is shorter (any date, 1–24 months)', () => {
    const day = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true });
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 24 }), (d, n) => {
        const iso = d.toISOString().slice(0, 10);
        const [y, m, dd] = iso.split('-').map(Number) as [number, number, number];
        const out = plusMonths(iso, n);
        const [oy, om, od] = out.split('-').map(Number) as [number, number, number];
        const months = y * 12 + (m - 1) + n;
        expect([oy, om]).toEqual([Math.floor(months / 12), (months % 12) + 1]);
        const lastDay = new Date(Date.UTC(oy, om, 0)).getUTCDate();
        expect(od).toBe(Math.min(dd, lastDay));
      }),
      { numRuns: 500 },
    );
  });

  it('counts days across month and year ends', () => {
    expect(plusDays('2026-11-20', 14)).toBe('2026-12-04');
    expect(plusDays('2026-12-25', 14)).toBe('2027-01-08');
    expect(plusDays('2028-02-20', 14)).toBe('2028-03-05');
    expect(daysBetween('2026-11-30', '2026-12-13')).toBe(13);
    expect(daysBetween('2027-03-01', '2027-02-28')).toBe(-1);
  });
});

describe('review state', () => {
  it('is overdue the day after the date, due soon within 14 days, ok otherwise', () => {
    expect(reviewState(null, '2027-02-28')).toBe('none');
    expect(reviewState('2027-02-28', '2027-03-01')).toBe('overdue');
    expect(reviewState('2027-02-28', '2027-02-28')).toBe('dueSoon');
    expect(reviewState('2027-02-28', '2027-02-14')).toBe('dueSoon');
    expect(reviewState('2027-02-28', '2027-02-13')).toBe('ok');
  });
});

describe('assessment due', () => {
  it('initial within N days of admission, then a reassessment M months after the last one', () => {
    expect(assessmentDue(null, null, settings, '2026-12-01')).toEqual({ kind: null, dueOn: null, overdue: false });
    expect(assessmentDue('2026-11-01', null, settings, '2026-11-15')).toEqual({ kind: 'initial', dueOn: '2026-11-15', overdue: false });
    expect(assessmentDue('2026-11-01', null, settings, '2026-11-16')).toEqual({ kind: 'initial', dueOn: '2026-11-15', overdue: true });
    expect(assessmentDue('2026-11-01', '2026-08-31', settings, '2027-02-28')).toEqual({
      kind: 'reassessment',
      dueOn: '2027-02-28',
      overdue: false,
    });
    expect(assessmentDue('2026-11-01', '2026-08-31', settings, '2027-03-01').overdue).toBe(true);
    expect(assessmentDue('2026-11-01', null, { initialDueDays: 30, reassessMonths: 6 }, '2026-11-16').dueOn).toBe('2026-12-01');
  });
});

describe('planned count', () => {
  it('counts whole occurrences in the window (dates inclusive)', () => {
    expect(plannedCount(2, 'week', '2026-11-30', '2026-12-13')).toBe(4);
    expect(plannedCount(2, 'week', '2026-11-30', '2026-12-09')).toBe(2);
    expect(plannedCount(1, 'day', '2026-11-30', '2026-11-30')).toBe(1);
    expect(plannedCount(3, 'day', '2026-12-01', '2026-12-31')).toBe(93);
    expect(plannedCount(1, 'month', '2026-11-30', '2026-12-13')).toBe(0);
    expect(plannedCount(1, 'month', '2026-01-01', '2026-12-31')).toBe(12);
    expect(plannedCount(2, 'once', '2026-01-01', '2026-01-01')).toBe(2);
    expect(plannedCount(null, 'as_needed', '2026-01-01', '2026-12-31')).toBeNull();
    expect(plannedCount(2, 'week', '2026-12-13', '2026-11-30')).toBe(0);
  });
});
