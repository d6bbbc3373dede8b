// A month's state claim: one line per person and program for the month's days of use, one
// adjustment line per person, program and original claim for corrected days of months already
// claimed, and the exceptions. Lines are summed exactly day by day and rounded once each.
import { add, sub, neg, isZero, roundHalfUp, sum, ZERO, type Rational } from './rational';
import { firstDay, monthDates, monthOf } from './dates';
import { evaluateDay, type DayContext } from './day';
import type { BilledDay, ClientFacts, ExceptionReason, Program } from './facts';

/** One day entry of an issued claim. Nothing issued is ever changed: a correction adds entries. */
export interface LedgerEntry {
  claimId: number;
  clientId: number;
  date: string;
  program: Program;
  authorisationId: number;
  /** +1 bills the day, −1 reverses it (a changed amount is a reversal and a new +1). */
  units: 1 | -1;
  amount: Rational;
  /** 1 for a day; hours for hourly services (negative when reversed). */
  quantity: Rational;
  band: '3_7' | '7_18' | null;
  poor: boolean;
  /** For adjustments: the claim whose month holds the day. */
  refClaimId: number | null;
}

export interface ClaimInput {
  month: string;
  ctx: DayContext;
  clients: readonly ClientFacts[];
  /** The issued claims' day entries of the days this claim looks at (its month and the corrected days; more is harmless). */
  ledger: readonly LedgerEntry[];
  /** Months already claimed, each locked by its claim. */
  lockedMonths: ReadonlyMap<string, number>;
  /** Days of locked months corrected since and not yet settled by a claim. */
  corrections: readonly { clientId: number; date: string }[];
}

export interface ClaimException {
  clientId: number;
  clientCode: string;
  date: string;
  reason: ExceptionReason;
}

export interface ClaimLine {
  clientId: number;
  clientCode: string;
  program: Program;
  kind: 'regular' | 'adjustment';
  refClaimId: number | null;
  /** Days billed (an adjustment: the net change, possibly negative). */
  days: number;
  days3to7: number;
  days7to18: number;
  daysPoor: number;
  quantity: Rational;
  exact: Rational;
  amount: number;
}

/** A day entry the claim will write when issued (claimId is filled in then). */
export type DraftEntry = Omit<LedgerEntry, 'claimId'> & { kind: 'regular' | 'adjustment' };

export interface ClaimDraft {
  month: string;
  lines: ClaimLine[];
  total: number;
  exceptions: ClaimException[];
  entries: DraftEntry[];
  /** Corrections this claim settles (including those that changed nothing). */
  settles: { clientId: number; date: string }[];
}

const dayKey = (clientId: number, date: string) => `${clientId}|${date}`;

export function prepareClaim(input: ClaimInput): ClaimDraft {
  const net = netLedger(input.ledger);
  const entries: DraftEntry[] = [];
  const exceptions: ClaimException[] = [];
  const byId = new Map(input.clients.map((c) => [c.clientId, c]));

  for (const client of input.clients) {
    for (const date of monthDates(input.month)) {
      const ev = evaluateDay(client, date, input.ctx);
      for (const reason of ev.exceptions) exceptions.push({ clientId: client.clientId, clientCode: client.clientCode, date, reason });
      if (!ev.billed || (net.get(dayKey(client.clientId, date))?.units ?? 0) > 0) continue;
      entries.push({ ...entryFrom(ev.billed, null), kind: 'regular' });
    }
  }

  const start = firstDay(input.month);
  const settles: { clientId: number; date: string }[] = [];
  const seen = new Set<string>();
  for (const c of input.corrections) {
    const key = dayKey(c.clientId, c.date);
    if (c.date >= start || seen.has(key)) continue;
    const refClaim = input.lockedMonths.get(monthOf(c.date));
    const client = byId.get(c.clientId);
    if (refClaim === undefined || !client) continue;
    seen.add(key);
    settles.push({ clientId: c.clientId, date: c.date });
    const ev = evaluateDay(client, c.date, input.ctx);
    for (const reason of ev.exceptions) exceptions.push({ clientId: client.clientId, clientCode: client.clientCode, date: c.date, reason });
    const before = net.get(key);
    for (const adj of adjustment(before, ev.billed, refClaim)) entries.push({ ...adj, kind: 'adjustment' });
  }

  const lines = linesFrom(entries, byId);
  exceptions.sort((a, b) => a.clientCode.localeCompare(b.clientCode) || a.date.localeCompare(b.date) || a.reason.localeCompare(b.reason));
  return { month: input.month, lines, total: lines.reduce((s, l) => s + l.amount, 0), exceptions, entries, settles };
}

interface NetDay {
  units: number;
  amount: Rational;
  quantity: Rational;
  /** The entry that bills the day now (the last +1). */
  last: LedgerEntry;
}

/** Per person and day, what the issued claims bill in total. */
export function netLedger(ledger: readonly LedgerEntry[]): Map<string, NetDay> {
  const net = new Map<string, NetDay>();
  for (const e of ledger) {
    const key = dayKey(e.clientId, e.date);
    const cur = net.get(key);
    net.set(key, {
      units: (cur?.units ?? 0) + e.units,
      amount: add(cur?.amount ?? ZERO, e.amount),
      quantity: add(cur?.quantity ?? ZERO, e.quantity),
      last: e.units === 1 ? e : (cur?.last ?? e),
    });
  }
  return net;
}

function entryFrom(b: BilledDay, refClaimId: number | null): Omit<LedgerEntry, 'claimId'> {
  const { clientId, date, program, authorisationId, amount, quantity, band, poor } = b;
  return { clientId, date, program, authorisationId, units: 1, amount, quantity, band, poor, refClaimId };
}

/**
 * What a correction changes between what was billed for a day and what is due now: bill it
 * (+1), reverse it (−1, minus exactly what was billed), or — when the amount differs — reverse
 * and bill again. Nothing when they are equal.
 */
function adjustment(before: NetDay | undefined, now: BilledDay | null, refClaimId: number): Omit<LedgerEntry, 'claimId'>[] {
  const billed = before && before.units > 0 ? before : null;
  const reverse = (b: NetDay): Omit<LedgerEntry, 'claimId'> => ({
    ...b.last,
    units: -1,
    amount: neg(b.amount),
    quantity: neg(b.quantity),
    refClaimId,
  });
  if (now && !billed) return [entryFrom(now, refClaimId)];
  if (!now && billed) return [reverse(billed)];
  if (
    now &&
    billed &&
    !(
      isZero(sub(now.amount, billed.amount)) &&
      isZero(sub(now.quantity, billed.quantity)) &&
      now.band === billed.last.band &&
      now.poor === billed.last.poor
    )
  )
    return [reverse(billed), entryFrom(now, refClaimId)];
  return [];
}

function linesFrom(entries: readonly DraftEntry[], clients: ReadonlyMap<number, ClientFacts>): ClaimLine[] {
  const groups = new Map<string, DraftEntry[]>();
  for (const e of entries) {
    const key = `${e.clientId}|${e.program}|${e.kind}|${e.refClaimId ?? ''}`;
    const g = groups.get(key) ?? [];
    g.push(e);
    groups.set(key, g);
  }
  const lines: ClaimLine[] = [];
  for (const g of groups.values()) {
    const first = g[0]!;
    const exact = sum(g.map((e) => e.amount));
    lines.push({
      clientId: first.clientId,
      clientCode: clients.get(first.clientId)?.clientCode ?? String(first.clientId),
      program: first.program,
      kind: first.kind,
      refClaimId: first.refClaimId,
      days: g.reduce((s, e) => s + e.units, 0),
      days3to7: g.reduce((s, e) => s + (e.band === '3_7' ? e.units : 0), 0),
      days7to18: g.reduce((s, e) => s + (e.band === '7_18' ? e.units : 0), 0),
      daysPoor: g.reduce((s, e) => s + (e.poor ? e.units : 0), 0),
      quantity: sum(g.map((e) => e.quantity)),
      exact,
      amount: roundHalfUp(exact),
    });
  }
  return lines.sort(
    (a, b) =>
      (a.kind === b.kind ? 0 : a.kind === 'regular' ? -1 : 1) ||
      a.clientCode.localeCompare(b.clientCode) ||
      a.program.localeCompare(b.program) ||
      (a.refClaimId ?? 0) - (b.refClaimId ?? 0),
  );
}
