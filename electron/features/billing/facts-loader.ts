// Reads what the rule engine needs for a month from the store and hands it over as plain facts.
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import {
  listParameters,
  listAuthorisations,
  authorisationsOfClients,
  authorisationEvents,
  listTariffs,
  listExtendedCare,
  listFeeContracts,
} from '../../../db/repositories/billing';
import { ledgerFor, ledgerForDays, lockedMonths, pendingCorrections, confirmations } from '../../../db/repositories/billing-claims';
import {
  clientsByIds,
  poorFamilyPeriods,
  attendanceBetween,
  attendanceOnDays,
  type AttendanceRow,
} from '../../../db/repositories/billing-foreign';
import { getFacility } from '../../../db/repositories/facility';
import { ParameterTable, type ParameterKey } from './rules/parameters';
import { firstDay, lastDay } from './rules/dates';
import { fromText } from './rules/rational';
import type { ClaimInput, LedgerEntry } from './rules/claim';
import type { AuthorisationFacts, AuthorisationStatus, ClientFacts, Program, TariffFacts } from './rules/facts';
import type { FeeContractFacts } from './rules/parents';
import type { DayContext } from './rules/day';
import { AppError } from '../errors';

type Db = Kysely<Database>;

export async function dayContext(db: Db, from: string, to: string): Promise<DayContext> {
  const facility = await getFacility(db);
  if (!facility) throw new AppError('not_initialized');
  const params = await listParameters(db);
  const tariffs = await listTariffs(db);
  const conf = await confirmations(db, from, to);
  return {
    parameters: new ParameterTable(params.map((p) => ({ key: p.key as ParameterKey, validFrom: p.valid_from, value: p.value }))),
    regionalCentre: facility.regional_centre === 1,
    tariffs: tariffs.map((t): TariffFacts => ({
      program: t.program as Program,
      unit: t.unit as 'day' | 'hour',
      validFrom: t.valid_from,
      amount: t.amount,
    })),
    confirmations: { months: conf.months, days: new Set(conf.days.map((d) => `${d.voucherNo}|${d.date}`)) },
  };
}

export interface LoadedMonth {
  input: ClaimInput;
  fees: Map<number, FeeContractFacts[]>;
}

/**
 * Everyone who matters for a month: whoever holds an authorisation overlapping it, attended in
 * it, has an agreement or fee contract in it, or has a pending correction of a claimed day.
 */
export async function loadMonth(db: Db, month: string): Promise<LoadedMonth> {
  const from = firstDay(month);
  const to = lastDay(month);
  const corrections = (await pendingCorrections(db, from)).map((c) => ({ clientId: c.client_id, date: c.date }));
  const attendance = await attendanceBetween(db, from, to);
  const auths = await listAuthorisations(db, { from, to, limit: 100_000 });
  const ext = await listExtendedCare(db);
  const fees = await listFeeContracts(db);
  const inMonth = (p: { valid_from: string; valid_to: string | null }) => p.valid_from <= to && (p.valid_to === null || p.valid_to >= from);
  const ids = new Set<number>([
    ...attendance.map((a) => a.client_id),
    ...auths.map((a) => a.client_id),
    ...corrections.map((c) => c.clientId),
    ...ext.filter(inMonth).map((e) => e.client_id),
    ...fees.filter(inMonth).map((f) => f.client_id),
  ]);
  const clientIds = [...ids].sort((a, b) => a - b);
  const extra = await attendanceOnDays(db, corrections);
  const minDate = corrections.reduce((m, c) => (c.date < m ? c.date : m), from);
  const clients = await buildFacts(db, clientIds, [...attendance, ...extra]);
  const ctx = await dayContext(db, minDate, to);
  const ledger = await ledgerEntries(db, clientIds, { from, to, corrected: corrections });
  const feeFacts = new Map<number, FeeContractFacts[]>();
  for (const f of fees) {
    const list = feeFacts.get(f.client_id) ?? [];
    list.push({ id: f.id, from: f.valid_from, to: f.valid_to, monthlyFee: f.monthly_fee });
    feeFacts.set(f.client_id, list);
  }
  return { input: { month, ctx, clients, ledger, lockedMonths: await lockedMonths(db), corrections }, fees: feeFacts };
}

/**
 * The days issued claims bill for some clients (rejected lines left out), as the rule engine reads
 * them; with `only`, just the days a month's claim looks at (its month and the corrected days).
 */
export async function ledgerEntries(
  db: Db,
  clientIds: number[],
  only?: { from: string; to: string; corrected: readonly { clientId: number; date: string }[] },
): Promise<LedgerEntry[]> {
  const rows = only ? await ledgerForDays(db, clientIds, only.from, only.to, only.corrected) : await ledgerFor(db, clientIds);
  return rows.map((r): LedgerEntry => ({
    claimId: r.claim_id,
    clientId: r.client_id,
    date: r.date,
    program: r.program as Program,
    authorisationId: r.authorisation_id,
    units: r.units as 1 | -1,
    amount: fromText(r.amount),
    quantity: fromText(r.quantity),
    band: r.band as LedgerEntry['band'],
    poor: r.poor === 1,
    refClaimId: r.ref_claim_id,
  }));
}

/** Facts for some clients, with the attendance rows given. */
export async function buildFacts(db: Db, clientIds: number[], attendance: readonly AttendanceRow[]): Promise<ClientFacts[]> {
  const basics = await clientsByIds(db, clientIds);
  const auths = await authorisationsOfClients(db, clientIds);
  const events = await authorisationEvents(
    db,
    auths.map((a) => a.id),
  );
  const poor = await poorFamilyPeriods(db, clientIds);
  const ext = await listExtendedCare(db, clientIds);
  return basics.map((c): ClientFacts => {
    const seen = new Set<string>();
    return {
      clientId: c.id,
      clientCode: c.code,
      birthDate: c.birthDate,
      authorisations: auths
        .filter((a) => a.client_id === c.id)
        .map((a): AuthorisationFacts => ({
          id: a.id,
          number: a.number,
          program: a.program as Program,
          validFrom: a.valid_from,
          validTo: a.valid_to,
          statusEvents: events
            .filter((e) => e.authorisation_id === a.id)
            .map((e) => ({ status: e.status as AuthorisationStatus, from: e.effective_from })),
        })),
      poorFamilyPeriods: poor.filter((p) => p.client_id === c.id).map((p) => ({ from: p.from, to: p.to })),
      extendedCare: ext
        .filter((e) => e.client_id === c.id)
        .map((e) => ({ id: e.id, from: e.valid_from, to: e.valid_to, hourlyRate: e.hourly_rate })),
      attendance: attendance
        .filter((r) => r.client_id === c.id && !seen.has(r.date) && seen.add(r.date))
        .map((r) => ({ date: r.date, checkIn: r.check_in, checkOut: r.check_out, absenceReason: r.absence_reason })),
    };
  });
}
