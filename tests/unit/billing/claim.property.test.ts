// Over random months of attendance and random sequences of issue / correct / issue:
// no day is ever billed twice, every claim's lines sum to its total, and nothing is billed
// outside an active authorisation or on an absence.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { prepareClaim, netLedger, type LedgerEntry } from '../../../electron/features/billing/rules/claim';
import { evaluateDay, authorisationFor } from '../../../electron/features/billing/rules/day';
import { monthDates, monthOf } from '../../../electron/features/billing/rules/dates';
import type { AttendanceFacts, ClientFacts } from '../../../electron/features/billing/rules/facts';
import { child, ctxWith, voucher } from './helpers';

const MONTHS = ['2026-09', '2026-10', '2026-11', '2026-12'];
// A few days a month, so random corrections often hit days that were billed.
const ALL_DATES = MONTHS.flatMap((m) => monthDates(m).slice(0, 5));

const record = (date: string) =>
  fc.oneof(
    fc.constant<AttendanceFacts | null>(null),
    fc.constant<AttendanceFacts>({ date, checkIn: null, checkOut: null, absenceReason: 'illness' }),
    fc.constant<AttendanceFacts>({ date, checkIn: '08:00', checkOut: null, absenceReason: null }),
    fc
      .tuple(fc.integer({ min: 7 * 60, max: 10 * 60 }), fc.integer({ min: 0, max: 13 * 60 }))
      .map(([start, len]) => ({ date, checkIn: hhmm(start), checkOut: hhmm(Math.min(start + len, 23 * 60 + 59)), absenceReason: null })),
  );
const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const dateIn = fc.constantFrom(...ALL_DATES);

const clientArb = (clientId: number) =>
  fc
    .record({
      birthDate: fc.constantFrom('2023-10-03', '2019-11-02', '2008-12-03', '2015-06-30', '2016-01-01', null),
      authFrom: dateIn,
      authTo: dateIn,
      suspendedFrom: fc.option(dateIn),
      poorFrom: fc.option(dateIn),
      days: fc.array(fc.tuple(dateIn, fc.integer({ min: 0, max: 3 })), { maxLength: 20 }),
    })
    .map((r): ClientFacts => {
      const attendance = new Map<string, AttendanceFacts>();
      for (const [date, kind] of r.days) attendance.set(date, fixedRecord(date, kind));
      return child({
        clientId,
        clientCode: `D-2026-000${clientId}`,
        birthDate: r.birthDate,
        authorisations: [
          voucher({
            id: clientId,
            number: `V-${clientId}`,
            validFrom: r.authFrom < r.authTo ? r.authFrom : r.authTo,
            validTo: r.authFrom < r.authTo ? r.authTo : r.authFrom,
            statusEvents: r.suspendedFrom ? [{ status: 'suspended', from: r.suspendedFrom }] : [],
          }),
        ],
        poorFamilyPeriods: r.poorFrom ? [{ from: r.poorFrom, to: null }] : [],
        attendance: [...attendance.values()],
      });
    });

function fixedRecord(date: string, kind: number): AttendanceFacts {
  return [
    { date, checkIn: null, checkOut: null, absenceReason: 'illness' },
    { date, checkIn: '08:00', checkOut: null, absenceReason: null },
    { date, checkIn: '08:00', checkOut: '17:00', absenceReason: null },
    { date, checkIn: '08:30', checkOut: '19:10', absenceReason: null },
  ][kind]!;
}

const opArb = (clients: number) =>
  fc.oneof(
    fc.record({ op: fc.constant('issue' as const), month: fc.constantFrom(...MONTHS) }),
    dateIn.chain((date) =>
      fc.record({
        op: fc.constant('correct' as const),
        clientId: fc.integer({ min: 1, max: clients }),
        date: fc.constant(date),
        rec: record(date),
      }),
    ),
  );

const scenario = fc.integer({ min: 1, max: 3 }).chain((n) =>
  fc.record({
    clients: fc.tuple(...Array.from({ length: n }, (_, i) => clientArb(i + 1))),
    ops: fc.array(opArb(n), { maxLength: 25 }),
    regional: fc.boolean(),
  }),
);

describe('claims over random months (property)', () => {
  it('never bills a day twice, lines always sum to the total, and only days of use inside an active authorisation are billed', () => {
    fc.assert(
      fc.property(scenario, ({ clients: initial, ops, regional }) => {
        const ctx = ctxWith({ regional });
        let clients: ClientFacts[] = initial.map((c) => ({ ...c }));
        const ledger: LedgerEntry[] = [];
        const locked = new Map<string, number>();
        let corrections: { clientId: number; date: string }[] = [];
        let nextClaim = 1;

        const issue = (month: string) => {
          if (locked.has(month)) return;
          const draft = prepareClaim({ month, ctx, clients, ledger, lockedMonths: locked, corrections });
          expect(draft.lines.reduce((s, l) => s + l.amount, 0)).toBe(draft.total);
          for (const e of draft.entries.filter((x) => x.units === 1)) {
            const c = clients.find((x) => x.clientId === e.clientId)!;
            const rec = c.attendance.find((r) => r.date === e.date);
            expect(rec?.checkIn && rec.checkOut && rec.checkOut > rec.checkIn).toBeTruthy();
            expect(rec?.absenceReason ?? null).toBeNull();
            expect('auth' in authorisationFor(c.authorisations, e.date)).toBe(true);
          }
          const id = nextClaim++;
          for (const e of draft.entries) ledger.push({ ...e, claimId: id });
          locked.set(month, id);
          const settled = new Set(draft.settles.map((s) => `${s.clientId}|${s.date}`));
          corrections = corrections.filter((c) => !settled.has(`${c.clientId}|${c.date}`));
        };

        for (const op of ops) {
          if (op.op === 'issue') issue(op.month);
          else {
            clients = clients.map((c) =>
              c.clientId !== op.clientId
                ? c
                : { ...c, attendance: [...c.attendance.filter((r) => r.date !== op.date), ...(op.rec ? [op.rec] : [])] },
            );
            if (locked.has(monthOf(op.date))) corrections.push({ clientId: op.clientId, date: op.date });
          }
          for (const day of netLedger(ledger).values()) expect([0, 1]).toContain(day.units);
        }

        // A later claim settles every correction: what is billed is then exactly what is due.
        issue('2027-06');
        const net = netLedger(ledger);
        for (const c of clients)
          for (const date of ALL_DATES) {
            if (!locked.has(monthOf(date))) continue;
            const due = evaluateDay(c, date, ctx).billed ? 1 : 0;
            expect(net.get(`${c.clientId}|${date}`)?.units ?? 0).toBe(due);
          }
        const regular = ledger.filter((e) => e.refClaimId === null);
        expect(new Set(regular.map((e) => `${e.clientId}|${e.date}`)).size).toBe(regular.length);
      }),
      { numRuns: 400 },
    );
  });
});
