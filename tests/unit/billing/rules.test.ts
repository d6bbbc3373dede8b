// PP-41 rule table, with amounts computed by hand (BCV 412,000 from 1 August 2025; 375,000 before).
//   412,000 × 25% = 103,000        × 1.1 = 113,300    × 1.3 = 133,900    × 1.1 × 1.3 = 147,290
//   412,000 × 27% = 111,240        × 1.1 = 122,364    × 1.3 = 144,612
import { describe, expect, it } from 'vitest';
import { prepareClaim, type ClaimInput } from '../../../electron/features/billing/rules/claim';
import { evaluateDay } from '../../../electron/features/billing/rules/day';
import { ageOn, addMonths } from '../../../electron/features/billing/rules/dates';
import type { ClientFacts } from '../../../electron/features/billing/rules/facts';
import { child, ctxWith, present, absent, voucher } from './helpers';

function claim(clients: ClientFacts[], month = '2026-11', over: Partial<ClaimInput> = {}) {
  return prepareClaim({ month, ctx: ctxWith(), clients, ledger: [], lockedMonths: new Map(), corrections: [], ...over });
}
const days = (...ds: number[]) => ds.map((d) => present(`2026-11-${String(d).padStart(2, '0')}`));

describe('the PP-41 day subsidy', () => {
  it('bills 25% of the BCV for a child of 3 to 7 and 27% from the 7th birthday, day by day', () => {
    // Born 16.11.2019: 6 years old up to 15.11.2026, 7 from 16.11.2026.
    const c = child({ birthDate: '2019-11-16', attendance: days(12, 13, 16, 17) });
    const d = claim([c]);
    expect(d.lines).toHaveLength(1);
    expect(d.lines[0]).toMatchObject({ clientCode: 'D-2026-0001', days: 4, days3to7: 2, days7to18: 2, daysPoor: 0, amount: 428_480 });
    expect(d.total).toBe(2 * 103_000 + 2 * 111_240);
    expect(d.exceptions).toEqual([]);
  });

  it('applies the 1.1 coefficient in a regional centre and not elsewhere', () => {
    const c = child({ birthDate: '2019-11-16', attendance: days(12, 13, 16, 17) });
    expect(
      prepareClaim({
        month: '2026-11',
        ctx: ctxWith({ regional: true }),
        clients: [c],
        ledger: [],
        lockedMonths: new Map(),
        corrections: [],
      }).total,
    ).toBe(2 * 113_300 + 2 * 122_364);
    expect(claim([c]).total).toBe(428_480);
  });

  it('uses the BCV in force on each day when it changes mid-month', () => {
    const ctx = ctxWith({ extra: [{ key: 'bcv', validFrom: '2026-11-16', value: '450000' }] });
    const c = child({ attendance: days(12, 13, 16) });
    const d = prepareClaim({ month: '2026-11', ctx, clients: [c], ledger: [], lockedMonths: new Map(), corrections: [] });
    expect(d.lines[0]!.amount).toBe(2 * 103_000 + 112_500);
  });

  it('switches to the 2025-08-01 BCV across a month boundary (375,000 in July 2025, 412,000 in August)', () => {
    const c = child({ attendance: [present('2025-07-31'), present('2025-08-01')] });
    expect(claim([c], '2025-07').total).toBe(93_750);
    expect(claim([c], '2025-08').total).toBe(103_000);
  });

  it('adds 30% on the days the family is on the poor-family register, from the day it starts', () => {
    const c = child({ poorFamilyPeriods: [{ from: '2026-11-16', to: null }], attendance: days(13, 16, 17) });
    expect(claim([c]).lines[0]).toMatchObject({ days: 3, daysPoor: 2, amount: 103_000 + 2 * 133_900 });
    const regional = prepareClaim({
      month: '2026-11',
      ctx: ctxWith({ regional: true }),
      clients: [c],
      ledger: [],
      lockedMonths: new Map(),
      corrections: [],
    });
    expect(regional.total).toBe(113_300 + 2 * 147_290);
  });

  it('rounds half up once per line, not per day: 375,000 × 25% × 1.1 × 1.3 = 134,062.5 a day', () => {
    const ctx = ctxWith({ regional: true });
    const poor = { poorFamilyPeriods: [{ from: '2025-01-01', to: null }] };
    const run = (n: number) =>
      prepareClaim({
        month: '2025-03',
        ctx,
        clients: [
          child({ ...poor, attendance: Array.from({ length: n }, (_, i) => present(`2025-03-${String(i + 3).padStart(2, '0')}`)) }),
        ],
        ledger: [],
        lockedMonths: new Map(),
        corrections: [],
      }).total;
    expect(run(1)).toBe(134_063);
    expect(run(2)).toBe(268_125); // not 2 × 134,063
    expect(run(3)).toBe(402_188); // 402,187.5
  });

  it('bills nothing outside the authorisation: one that ends mid-month stops on its last day', () => {
    const c = child({ authorisations: [voucher({ validTo: '2026-11-15' })], attendance: days(13, 16, 17) });
    const d = claim([c]);
    expect(d.lines[0]).toMatchObject({ days: 1, amount: 103_000 });
    expect(d.exceptions).toEqual([
      { clientId: 1, clientCode: 'D-2026-0001', date: '2026-11-16', reason: 'outside_authorisation' },
      { clientId: 1, clientCode: 'D-2026-0001', date: '2026-11-17', reason: 'outside_authorisation' },
    ]);
  });

  it('bills nothing while an authorisation is suspended or after it is cancelled', () => {
    const c = child({
      authorisations: [
        voucher({
          statusEvents: [
            { status: 'suspended', from: '2026-11-10' },
            { status: 'active', from: '2026-11-13' },
            { status: 'cancelled', from: '2026-11-17' },
          ],
        }),
      ],
      attendance: days(9, 10, 12, 13, 16, 17, 18),
    });
    const d = claim([c]);
    expect(d.lines[0]!.days).toBe(3); // 9, 13, 16
    expect(d.exceptions.map((e) => `${e.date.slice(8)} ${e.reason}`)).toEqual([
      '10 authorisation_suspended',
      '12 authorisation_suspended',
      '17 authorisation_cancelled',
      '18 authorisation_cancelled',
    ]);
  });

  it('lists incomplete records and a check-out not after the check-in as exceptions; absences are neither billed nor exceptions', () => {
    const c = child({
      attendance: [
        present('2026-11-02'),
        { date: '2026-11-03', checkIn: '08:10', checkOut: null, absenceReason: null },
        { date: '2026-11-04', checkIn: null, checkOut: '17:00', absenceReason: null },
        present('2026-11-05', '09:00', '09:00'),
        present('2026-11-06', '17:00', '08:00'),
        absent('2026-11-09'),
      ],
    });
    const d = claim([c]);
    expect(d.lines[0]).toMatchObject({ days: 1, amount: 103_000 });
    expect(d.exceptions.map((e) => `${e.date.slice(8)} ${e.reason}`)).toEqual([
      '03 incomplete',
      '04 incomplete',
      '05 check_out_not_after_check_in',
      '06 check_out_not_after_check_in',
    ]);
  });

  it('never bills a child under 3 or from the 18th birthday, listing those days as ineligible', () => {
    const young = child({ clientId: 1, clientCode: 'D-1', birthDate: '2023-11-16', attendance: days(13, 16) }); // 3 on 16.11.2026
    const old = child({ clientId: 2, clientCode: 'D-2', birthDate: '2008-11-16', attendance: days(13, 16) }); // 18 on 16.11.2026
    const d = claim([young, old]);
    expect(d.lines.map((l) => [l.clientCode, l.days, l.amount])).toEqual([
      ['D-1', 1, 103_000],
      ['D-2', 1, 111_240],
    ]);
    expect(d.exceptions.map((e) => `${e.clientCode} ${e.date.slice(8)} ${e.reason}`)).toEqual([
      'D-1 13 ineligible_age',
      'D-2 16 ineligible_age',
    ]);
  });

  it('has no rate before PP-41 took effect on 1 March 2025', () => {
    const c = child({ attendance: [present('2025-02-28')] });
    expect(claim([c], '2025-02')).toMatchObject({ total: 0, lines: [], exceptions: [{ reason: 'no_parameter' }] });
  });

  it('still bills the day when hours pass 9 without an agreement, and lists the extra hours as an exception', () => {
    const c = child({ attendance: [present('2026-11-02', '08:00', '17:30')] });
    const d = claim([c]);
    expect(d.lines[0]!.amount).toBe(103_000);
    expect(d.exceptions).toMatchObject([{ date: '2026-11-02', reason: 'hours_beyond_9_no_agreement' }]);
  });

  it('counts extended hours per completed half hour beyond 9 h, up to 12 h, under an agreement', () => {
    const c = child({ extendedCare: [{ id: 7, from: '2026-01-01', to: null, hourlyRate: 15_000 }] });
    const at = (checkOut: string) => evaluateDay({ ...c, attendance: [present('2026-11-02', '08:00', checkOut)] }, '2026-11-02', ctxWith());
    expect(at('17:00').extended).toBeNull();
    expect(at('17:29').extended).toMatchObject({ halfHours: 0 });
    expect(at('18:45').extended).toMatchObject({ agreementId: 7, halfHours: 3, hourlyRate: 15_000 });
    const long = at('21:00');
    expect(long.extended).toMatchObject({ halfHours: 6 });
    expect(long.exceptions).toEqual(['hours_beyond_12']);
    expect(long.billed?.amount).toBeDefined();
  });
});

describe('dates', () => {
  it('counts age in completed years; a 29 February birthday is reached on 1 March in a common year', () => {
    expect(ageOn('2019-11-16', '2026-11-15')).toBe(6);
    expect(ageOn('2019-11-16', '2026-11-16')).toBe(7);
    expect(ageOn('2016-02-29', '2023-02-28')).toBe(6);
    expect(ageOn('2016-02-29', '2023-03-01')).toBe(7);
    expect(ageOn('2016-02-29', '2024-02-29')).toBe(8);
  });

  it('adds months ending on the last day of a shorter month', () => {
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2026-01-15', 6)).toBe('2026-07-15');
  });
});
