import { describe, expect, it } from 'vitest';
import { prepareClaim, type ClaimDraft, type LedgerEntry } from '../../../electron/features/billing/rules/claim';
import { parentCharges, TAX_FREE_MONTHLY_LIMIT } from '../../../electron/features/billing/rules/parents';
import { reconcile } from '../../../electron/features/billing/rules/reconcile';
import type { ClientFacts } from '../../../electron/features/billing/rules/facts';
import { child, ctxWith, present, absent, voucher } from './helpers';

/** Issues a draft the way the store does: its entries join the ledger under a claim id. */
function issue(draft: ClaimDraft, claimId: number, ledger: LedgerEntry[], locked: Map<string, number>) {
  for (const e of draft.entries) ledger.push({ ...e, claimId });
  locked.set(draft.month, claimId);
}

describe('corrections of claimed days', () => {
  it('reverses a billed day that became an absence, and bills a fixed incomplete day, in the next claim, referencing the original', () => {
    const ledger: LedgerEntry[] = [];
    const locked = new Map<string, number>();
    let c: ClientFacts = child({
      attendance: [
        present('2026-10-12'),
        present('2026-10-13'),
        { date: '2026-10-14', checkIn: '08:00', checkOut: null, absenceReason: null },
      ],
    });
    const oct = prepareClaim({ month: '2026-10', ctx: ctxWith(), clients: [c], ledger, lockedMonths: locked, corrections: [] });
    expect(oct.total).toBe(206_000);
    issue(oct, 1, ledger, locked);

    c = { ...c, attendance: [present('2026-10-12'), absent('2026-10-13'), present('2026-10-14'), present('2026-11-02')] };
    const corrections = [
      { clientId: 1, date: '2026-10-13' },
      { clientId: 1, date: '2026-10-14' },
    ];
    const nov = prepareClaim({ month: '2026-11', ctx: ctxWith(), clients: [c], ledger, lockedMonths: locked, corrections });
    expect(nov.lines.map((l) => [l.kind, l.refClaimId, l.days, l.amount])).toEqual([
      ['regular', null, 1, 103_000],
      ['adjustment', 1, 0, 0], // −103,000 for the 13th, +103,000 for the 14th
    ]);
    expect(nov.entries.filter((e) => e.kind === 'adjustment').map((e) => [e.date, e.units])).toEqual([
      ['2026-10-13', -1],
      ['2026-10-14', 1],
    ]);
    expect(nov.settles).toEqual(corrections);
    expect(nov.total).toBe(103_000);
  });

  it('corrects only the amount when a poor-family period is entered later: reversal and re-bill of the difference', () => {
    const ledger: LedgerEntry[] = [];
    const locked = new Map<string, number>();
    const c = child({ attendance: [present('2026-10-12')] });
    issue(
      prepareClaim({ month: '2026-10', ctx: ctxWith(), clients: [c], ledger, lockedMonths: locked, corrections: [] }),
      1,
      ledger,
      locked,
    );
    const poor = { ...c, poorFamilyPeriods: [{ from: '2026-10-01', to: null }] };
    const nov = prepareClaim({
      month: '2026-11',
      ctx: ctxWith(),
      clients: [poor],
      ledger,
      lockedMonths: locked,
      corrections: [{ clientId: 1, date: '2026-10-12' }],
    });
    expect(nov.lines).toMatchObject([{ kind: 'adjustment', refClaimId: 1, days: 0, daysPoor: 1, amount: 30_900 }]);
  });

  it('leaves a correction that changes nothing without a line, and settles it', () => {
    const ledger: LedgerEntry[] = [];
    const locked = new Map<string, number>();
    const c = child({ attendance: [present('2026-10-12')] });
    issue(
      prepareClaim({ month: '2026-10', ctx: ctxWith(), clients: [c], ledger, lockedMonths: locked, corrections: [] }),
      1,
      ledger,
      locked,
    );
    const nov = prepareClaim({
      month: '2026-11',
      ctx: ctxWith(),
      clients: [c],
      ledger,
      lockedMonths: locked,
      corrections: [{ clientId: 1, date: '2026-10-12' }],
    });
    expect(nov.lines).toEqual([]);
    expect(nov.settles).toHaveLength(1);
  });
});

describe('"Step Towards an Active Life" vouchers', () => {
  const adult = (program: 'active_life_day_supervision' | 'active_life_home_help') =>
    child({
      birthDate: '1990-01-01',
      authorisations: [voucher({ number: 'AL-77', program, validFrom: '2026-09-01', validTo: '2027-02-28' })],
    });

  it('bills per day at the tariff in force, and nothing without a tariff (none is shipped)', () => {
    const c = { ...adult('active_life_day_supervision'), attendance: [present('2026-11-02'), present('2026-11-03')] };
    const tariffs = [{ program: 'active_life_day_supervision' as const, unit: 'day' as const, validFrom: '2026-11-03', amount: '85000' }];
    const d = prepareClaim({
      month: '2026-11',
      ctx: ctxWith({ tariffs }),
      clients: [c],
      ledger: [],
      lockedMonths: new Map(),
      corrections: [],
    });
    expect(d.lines).toMatchObject([{ program: 'active_life_day_supervision', days: 1, amount: 85_000 }]);
    expect(d.exceptions).toMatchObject([{ date: '2026-11-02', reason: 'no_tariff' }]);
  });

  it('bills per hour in completed half hours, and once a confirmation file exists only confirmed days', () => {
    const c = {
      ...adult('active_life_home_help'),
      attendance: [present('2026-11-02', '10:00', '12:45'), present('2026-11-03', '10:00', '11:00')],
    };
    const tariffs = [{ program: 'active_life_home_help' as const, unit: 'hour' as const, validFrom: '2026-01-01', amount: '20001' }];
    const open = prepareClaim({
      month: '2026-11',
      ctx: ctxWith({ tariffs }),
      clients: [c],
      ledger: [],
      lockedMonths: new Map(),
      corrections: [],
    });
    expect(open.lines[0]).toMatchObject({ days: 2, amount: 70_004 }); // 2.5 h + 1 h = 3.5 × 20,001 = 70,003.5
    const confirmations = { months: new Set(['2026-11']), days: new Set(['AL-77|2026-11-03']) };
    const checked = prepareClaim({
      month: '2026-11',
      ctx: ctxWith({ tariffs, confirmations }),
      clients: [c],
      ledger: [],
      lockedMonths: new Map(),
      corrections: [],
    });
    expect(checked.lines[0]).toMatchObject({ days: 1, amount: 20_001 });
    expect(checked.exceptions).toMatchObject([{ date: '2026-11-02', reason: 'not_confirmed' }]);
  });

  it('reconciles recorded days against the state’s confirmed days, both ways', () => {
    const r = reconcile(
      [
        { voucherNo: 'AL-77', date: '2026-11-02' },
        { voucherNo: 'AL-77', date: '2026-11-03' },
      ],
      [
        { voucherNo: 'AL-77', date: '2026-11-03' },
        { voucherNo: 'AL-77', date: '2026-11-04' },
        { voucherNo: 'AL-77', date: '2026-11-04' },
      ],
    );
    expect(r).toEqual({
      notConfirmed: [{ voucherNo: 'AL-77', date: '2026-11-02' }],
      notRecorded: [{ voucherNo: 'AL-77', date: '2026-11-04' }],
      matched: 1,
    });
  });
});

describe('parents’ charges', () => {
  it('bills completed half hours at the agreement rate, rounded once per line, plus the monthly fee', () => {
    const c = child({
      extendedCare: [{ id: 3, from: '2026-11-01', to: null, hourlyRate: 15_001 }],
      attendance: [
        present('2026-11-02', '08:00', '17:40'),
        present('2026-11-03', '08:00', '17:30'),
        present('2026-11-04', '08:00', '18:15'),
        present('2026-11-05'),
      ],
    });
    const fees = [
      { id: 9, from: '2026-09-01', to: '2026-11-10', monthlyFee: 400_000 },
      { id: 10, from: '2026-12-01', to: null, monthlyFee: 500_000 },
    ];
    const lines = parentCharges(c, '2026-11', ctxWith(), fees);
    // 1 + 1 + 2 = 4 half hours × 7,500.5 = 30,002
    expect(lines.map((l) => [l.kind, l.quantity, l.amount, l.dates.length])).toEqual([
      ['extended_hours', 4, 30_002, 3],
      ['monthly_fee', 1, 400_000, 0],
    ]);
    expect(TAX_FREE_MONTHLY_LIMIT).toBe(3_000_000);
  });
});
