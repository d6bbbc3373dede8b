// What the parents owe for a month: extended hours under an agreement (per completed half hour
// beyond 9 h, up to 12 h, at the agreement's hourly rate) and the monthly fee of a fee contract.
import { mul, rational, roundHalfUp, sum, type Rational } from './rational';
import { firstDay, lastDay, monthDates } from './dates';
import { evaluateDay, type DayContext } from './day';
import type { ClientFacts, PeriodFacts } from './facts';

export interface FeeContractFacts extends PeriodFacts {
  id: number;
  /** Whole soʻm per month. */
  monthlyFee: number;
}

export interface ParentChargeLine {
  kind: 'extended_hours' | 'monthly_fee';
  /** The agreement or fee contract. */
  sourceId: number;
  /** Completed half hours (extended hours) or 1 (fee). */
  quantity: number;
  /** Soʻm per hour (extended hours) or per month (fee). */
  rate: number;
  /** The dates whose extended hours the line bills. */
  dates: string[];
  exact: Rational;
  amount: number;
}

/**
 * The parents' charges of one client for a month. A fee contract in force on any day of the
 * month charges its whole monthly fee (no proration: the fee is agreed per month).
 */
export function parentCharges(client: ClientFacts, month: string, ctx: DayContext, fees: readonly FeeContractFacts[]): ParentChargeLine[] {
  const byAgreement = new Map<number, { rate: number; halfHours: number; dates: string[] }>();
  for (const date of monthDates(month)) {
    const ext = evaluateDay(client, date, ctx).extended;
    if (!ext || ext.halfHours === 0) continue;
    const g = byAgreement.get(ext.agreementId) ?? { rate: ext.hourlyRate, halfHours: 0, dates: [] };
    g.halfHours += ext.halfHours;
    g.dates.push(date);
    byAgreement.set(ext.agreementId, g);
  }
  const lines: ParentChargeLine[] = [];
  for (const [id, g] of byAgreement) {
    const exact = mul(rational(g.halfHours), rational(g.rate, 2));
    lines.push({
      kind: 'extended_hours',
      sourceId: id,
      quantity: g.halfHours,
      rate: g.rate,
      dates: g.dates,
      exact,
      amount: roundHalfUp(exact),
    });
  }
  const from = firstDay(month);
  const to = lastDay(month);
  for (const f of fees) {
    if (f.from > to || (f.to !== null && f.to < from)) continue;
    const exact = rational(f.monthlyFee);
    lines.push({ kind: 'monthly_fee', sourceId: f.id, quantity: 1, rate: f.monthlyFee, dates: [], exact, amount: f.monthlyFee });
  }
  return lines;
}

/** The decree exempts parental payments up to 3 million soʻm a month from tax. */
export const TAX_FREE_MONTHLY_LIMIT = 3_000_000;

export const parentTotal = (lines: readonly ParentChargeLine[]) => lines.reduce((s, l) => s + l.amount, 0);
export const exactTotal = (lines: readonly ParentChargeLine[]) => sum(lines.map((l) => l.exact));

/**
 * Families for the tax-free note: children whose parents or guardians share a phone number are one
 * family (the clients register keeps no family link; a shared parent's phone is what the intake
 * records for siblings). Numbers compare by their last 9 digits (+998 90 123-45-67 = 901234567).
 * Returns each client's family as the smallest client id in it.
 */
export function familiesByPhone(rows: readonly { clientId: number; phone: string | null }[]): Map<number, number> {
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    let r = x;
    while (parent.get(r) !== undefined && parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  const union = (a: number, b: number) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(Math.max(ra, rb), Math.min(ra, rb));
  };
  const byPhone = new Map<string, number>();
  for (const { clientId, phone } of rows) {
    find(clientId);
    const digits = (phone ?? '').replace(/\D/g, '');
    if (digits.length < 7) continue;
    const key = digits.slice(-9);
    const other = byPhone.get(key);
    if (other === undefined) byPhone.set(key, clientId);
    else union(other, clientId);
  }
  return new Map([...parent.keys()].map((id) => [id, find(id)]));
}

/** The family's total for the month: the client's own, plus every sibling's. */
export function familyTotal(clientId: number, families: ReadonlyMap<number, number>, totals: ReadonlyMap<number, number>): number {
  const family = families.get(clientId);
  if (family === undefined) return totals.get(clientId) ?? 0;
  let sumTotal = 0;
  for (const [id, total] of totals) if (id === clientId || families.get(id) === family) sumTotal += total;
  return sumTotal;
}
