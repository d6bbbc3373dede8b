import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bedDaysIn, computeActivity, ageBand, type StayFact } from '../../../electron/features/reports/activity';
import { monthSlices, presetPeriod, weekdaysInclusive, daysInclusive, ageOn } from '../../../electron/features/reports/period';

const stay = (id: number, admittedOn: string, dischargedOn: string | null, extra: Partial<StayFact> = {}): StayFact => ({
  clientId: id,
  sex: 'female',
  birthDate: '2015-06-01',
  admittedOn,
  dischargedOn,
  destination: dischargedOn ? 'own_family' : null,
  ...extra,
});
const staff = [{ role: 'manager', count: 1 }];
const run = (from: string, to: string, stays: StayFact[], capacity = 10, dayCare = false) =>
  computeActivity({ period: { from, to }, capacity, dayCare, facts: { stays, staff } });

describe('periods', () => {
  it('knows month lengths, leap years and quarters', () => {
    expect(presetPeriod({ month: '2026-02' })).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(presetPeriod({ month: '2028-02' })).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(presetPeriod({ month: '2100-02' }).to).toBe('2100-02-28'); // divisible by 100, not by 400
    expect(presetPeriod({ month: '2000-02' }).to).toBe('2000-02-29');
    expect(presetPeriod({ quarter: '2026-Q4' })).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(presetPeriod({ quarter: '2028-Q1' })).toEqual({ from: '2028-01-01', to: '2028-03-31' });
    expect(daysInclusive('2028-01-01', '2028-12-31')).toBe(366);
    expect(daysInclusive('2026-01-01', '2026-12-31')).toBe(365);
  });

  it('cuts a period at month ends', () => {
    expect(monthSlices({ from: '2028-01-15', to: '2028-03-10' })).toEqual([
      { month: '2028-01', from: '2028-01-15', to: '2028-01-31' },
      { month: '2028-02', from: '2028-02-01', to: '2028-02-29' },
      { month: '2028-03', from: '2028-03-01', to: '2028-03-10' },
    ]);
  });

  it('counts weekdays and ages', () => {
    expect(weekdaysInclusive('2026-11-01', '2026-11-30')).toBe(21); // Nov 2026 starts on a Sunday
    expect(weekdaysInclusive('2028-02-01', '2028-02-29')).toBe(21);
    expect(ageOn('2015-06-01', '2026-05-31')).toBe(10);
    expect(ageOn('2015-06-01', '2026-06-01')).toBe(11);
    expect(ageBand(17)).toBe('15-17');
    expect(ageBand(18)).toBe('18-29');
    expect(ageBand(null)).toBe('unknown');
  });
});

describe('bed-days', () => {
  it('counts nights, not the day of leaving; a same-day stay is one', () => {
    expect(bedDaysIn(stay(1, '2026-01-30', '2026-02-02'), { from: '2026-01-01', to: '2026-01-31' })).toBe(2);
    expect(bedDaysIn(stay(1, '2026-01-30', '2026-02-02'), { from: '2026-02-01', to: '2026-02-28' })).toBe(1);
    expect(bedDaysIn(stay(1, '2026-03-05', '2026-03-05'), { from: '2026-03-01', to: '2026-03-31' })).toBe(1);
    expect(bedDaysIn(stay(1, '2026-03-05', null), { from: '2026-03-01', to: '2026-03-31' })).toBe(27);
    expect(bedDaysIn(stay(1, '2026-04-05', null), { from: '2026-03-01', to: '2026-03-31' })).toBe(0);
  });

  it('occupancy of a leap-year February against licensed capacity', () => {
    const r = run('2028-02-01', '2028-02-29', [
      stay(1, '2027-12-01', null),
      stay(2, '2028-02-15', null),
      stay(3, '2028-01-20', '2028-02-10'),
    ]);
    // 29 + 15 (15th–29th) + 9 (1st–9th) = 53 bed-days of 10 × 29 = 290 place-days
    expect(r.occupancy).toMatchObject({ basis: 'bed_days', days: 29, placeDays: 290, usedDays: 53, percent: 18.3 });
    const nonLeap = run('2026-02-01', '2026-02-28', [stay(1, '2025-12-01', null)]);
    expect(nonLeap.occupancy).toMatchObject({ days: 28, placeDays: 280, usedDays: 28, percent: 10 });
  });

  it('splits occupancy by month across month ends and the numbers add up', () => {
    const stays = [stay(1, '2028-01-30', '2028-03-02'), stay(2, '2028-02-28', null), stay(3, '2027-06-01', '2028-01-31')];
    const r = run('2028-01-01', '2028-03-31', stays, 5);
    const m = r.occupancy!.byMonth;
    expect(m.map((x) => x.month)).toEqual(['2028-01', '2028-02', '2028-03']);
    // Jan: #1 30–31 → 2, #3 1–30 → 30. Feb: #1 29, #2 28–29 → 2. Mar: #1 1 → 1, #2 31.
    expect(m.map((x) => x.usedDays)).toEqual([32, 31, 32]);
    expect(m.map((x) => x.placeDays)).toEqual([155, 145, 155]);
    expect(m.map((x) => x.percent)).toEqual([20.6, 21.4, 20.6]);
    expect(r.occupancy!.usedDays).toBe(95);
    expect(r.occupancy!.placeDays).toBe(455);
  });

  it('day care counts weekdays of enrolment against places on weekdays', () => {
    const r = run('2026-11-01', '2026-11-30', [stay(1, '2026-10-01', null), stay(2, '2026-11-16', '2026-11-20')], 9, true);
    expect(r.occupancy).toMatchObject({ basis: 'days_of_use', placeDays: 9 * 21, usedDays: 21 + 5, percent: 13.8 });
  });
});

describe('movement', () => {
  it('start, admitted, discharged by destination, end — number by number', () => {
    const stays = [
      stay(1, '2026-09-01', null), // there all month
      stay(2, '2026-09-01', '2026-11-01', { destination: 'guardianship' }), // leaves on the first day: at start, discharged
      stay(3, '2026-11-01', null), // admitted on the first day
      stay(4, '2026-11-10', '2026-11-20', { destination: 'adoption' }), // in and out
      stay(5, '2026-11-30', null), // admitted on the last day: at end
      stay(6, '2026-10-01', '2026-11-30', { destination: null }), // leaves on the last day
      stay(7, '2026-10-01', '2026-10-31'), // gone before
      stay(8, '2026-12-01', null), // comes after
    ];
    const r = run('2026-11-01', '2026-11-30', stays);
    expect(r.movement).toMatchObject({ atStart: 3, admitted: 3, discharged: 3, atEnd: 3, served: 6 });
    expect(r.movement!.dischargedByDestination).toMatchObject({ guardianship: 1, adoption: 1, other: 1, own_family: 0 });
  });

  it('counts each client once by sex and age band, aged on their last day present', () => {
    const stays = [
      stay(1, '2026-01-01', null, { birthDate: '2008-11-15', sex: 'female' }), // 18 on Nov 30
      stay(2, '2026-01-01', '2026-11-10', { birthDate: '2008-11-15', sex: 'male' }), // 17 on Nov 10
      stay(2, '2026-11-20', null, { birthDate: '2008-11-15', sex: 'male' }), // readmitted: 18 on Nov 30, counted once
      stay(3, '2026-11-05', null, { birthDate: null, sex: null }),
    ];
    const r = run('2026-11-01', '2026-11-30', stays);
    const band = (b: string) => r.bySexAndAge!.find((x) => x.band === b)!;
    expect(band('18-29')).toMatchObject({ female: 1, male: 1, total: 2 });
    expect(band('15-17').total).toBe(0);
    expect(band('unknown')).toMatchObject({ unknown: 1, total: 1 });
    expect(r.bySexAndAge!.reduce((n, x) => n + x.total, 0)).toBe(r.movement!.served);
  });

  it('keeps start + admitted − discharged = end for any stays', () => {
    const day = fc.integer({ min: 0, max: 400 }).map((n) => new Date(Date.UTC(2027, 10, 1) + n * 86_400_000).toISOString().slice(0, 10));
    const stayArb = fc.tuple(day, fc.option(fc.integer({ min: 0, max: 120 }))).map(([a, len]) => {
      const d = len === null ? null : new Date(Date.parse(a) + len * 86_400_000).toISOString().slice(0, 10);
      return stay(0, a, d);
    });
    fc.assert(
      fc.property(fc.array(stayArb, { maxLength: 40 }), day, fc.integer({ min: 0, max: 100 }), (stays, from, len) => {
        const to = new Date(Date.parse(from) + len * 86_400_000).toISOString().slice(0, 10);
        const r = run(
          from,
          to,
          stays.map((s, i) => ({ ...s, clientId: i })),
        );
        const m = r.movement!;
        expect(m.atStart + m.admitted - m.discharged).toBe(m.atEnd);
        const months = r.occupancy!.byMonth;
        expect(months.reduce((n, x) => n + x.usedDays, 0)).toBe(r.occupancy!.usedDays);
        expect(months.reduce((n, x) => n + x.days, 0)).toBe(r.occupancy!.days);
      }),
    );
  });

  it('says what is not recorded instead of printing zeros', () => {
    const r = computeActivity({
      period: { from: '2026-11-01', to: '2026-11-30' },
      capacity: 10,
      dayCare: false,
      facts: { stays: null, staff },
    });
    expect(r.movement).toBeNull();
    expect(r.occupancy).toBeNull();
    expect(r.plans).toBeNull();
    expect(r.staff).toEqual({ total: 1, byRole: { manager: 1 } });
  });
});

describe('day care days of use come from attendance', () => {
  it('counts the days a child came, per month slice, and not the days enrolled', () => {
    const stays = [stay(1, '2026-10-01', null), stay(2, '2026-10-01', null)];
    const attendance = [
      { date: '2026-10-30', count: 2 }, // outside November: not counted
      { date: '2026-11-02', count: 2 },
      { date: '2026-11-03', count: 1 },
      { date: '2026-11-30', count: 2 },
    ];
    const r = computeActivity({
      period: { from: '2026-11-01', to: '2026-11-30' },
      capacity: 9,
      dayCare: true,
      facts: { stays, staff, attendance },
    });
    // Enrolment would give 2 × 21 = 42; the sheet says 5 days of use.
    expect(r.occupancy).toMatchObject({ basis: 'days_of_use', usedFrom: 'attendance', placeDays: 9 * 21, usedDays: 5, percent: 2.6 });
    const two = computeActivity({
      period: { from: '2026-10-30', to: '2026-11-02' },
      capacity: 9,
      dayCare: true,
      facts: { stays, staff, attendance },
    });
    expect(two.occupancy!.byMonth.map((m) => [m.month, m.usedDays])).toEqual([
      ['2026-10', 2],
      ['2026-11', 2],
    ]);
  });

  it('a residential facility ignores attendance and counts nights', () => {
    const r = computeActivity({
      period: { from: '2026-11-01', to: '2026-11-30' },
      capacity: 9,
      dayCare: false,
      facts: { stays: [stay(1, '2026-10-01', null)], staff, attendance: [{ date: '2026-11-02', count: 5 }] },
    });
    expect(r.occupancy).toMatchObject({ usedFrom: 'stays', usedDays: 30 });
  });
});
