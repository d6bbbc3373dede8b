// Billing store: issued state claims, their day ledger, locks, corrections, and the state's confirmations.
import type { Kysely, Insertable } from 'kysely';
import type { Database } from '../schema';
import type { BillingClaimLinesTable, BillingClaimDaysTable, ClaimRow } from '../tables/billing';

type Db = Kysely<Database>;

export function getClaim(db: Db, id: number): Promise<ClaimRow | undefined> {
  return db.selectFrom('billing_claims').selectAll().where('id', '=', id).executeTakeFirst();
}

export function claimForMonth(db: Db, month: string): Promise<ClaimRow | undefined> {
  return db.selectFrom('billing_claims').selectAll().where('month', '=', month).executeTakeFirst();
}

export function listClaims(db: Db, year?: number) {
  let q = db.selectFrom('billing_claims').selectAll();
  if (year !== undefined) q = q.where('year', '=', year);
  return q.orderBy('month', 'desc').execute();
}

/** The next number of the year: gapless because it is taken inside the issuing transaction. */
export async function nextClaimSeq(db: Db, year: number): Promise<number> {
  const r = await db
    .selectFrom('billing_claims')
    .select((eb) => eb.fn.max('seq').as('max'))
    .where('year', '=', year)
    .executeTakeFirst();
  return Number(r?.max ?? 0) + 1;
}

export async function insertClaim(
  db: Db,
  v: { month: string; year: number; seq: number; number: string; total: number; at: string; by: number; regionalCentre: boolean },
): Promise<number> {
  const r = await db
    .insertInto('billing_claims')
    .values({
      month: v.month,
      year: v.year,
      seq: v.seq,
      number: v.number,
      status: 'issued',
      total: v.total,
      issued_at: v.at,
      issued_by: v.by,
      regional_centre: v.regionalCentre ? 1 : 0,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export async function insertClaimLine(db: Db, v: Omit<Insertable<BillingClaimLinesTable>, 'id'>): Promise<number> {
  return (await db.insertInto('billing_claim_lines').values(v).returning('id').executeTakeFirstOrThrow()).id;
}

export async function insertClaimDays(db: Db, rows: Omit<Insertable<BillingClaimDaysTable>, 'id'>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200)
    await db
      .insertInto('billing_claim_days')
      .values(rows.slice(i, i + 200))
      .execute();
}

export async function insertClaimExceptions(
  db: Db,
  rows: { claim_id: number; client_id: number; client_code: string; date: string; reason: string }[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 200)
    await db
      .insertInto('billing_claim_exceptions')
      .values(rows.slice(i, i + 200))
      .execute();
}

export function claimLines(db: Db, claimId: number) {
  return db.selectFrom('billing_claim_lines').selectAll().where('claim_id', '=', claimId).orderBy('line_no').execute();
}

export function claimExceptions(db: Db, claimId: number) {
  return db
    .selectFrom('billing_claim_exceptions')
    .selectAll()
    .where('claim_id', '=', claimId)
    .orderBy('client_code')
    .orderBy('date')
    .execute();
}

export function claimNumbers(db: Db, ids: readonly number[]) {
  if (!ids.length) return Promise.resolve([] as { id: number; number: string }[]);
  return db
    .selectFrom('billing_claims')
    .select(['id', 'number'])
    .where('id', 'in', [...ids])
    .execute();
}

/** Billed days of some clients, without the days of lines the agency rejected. */
function billedDays(db: Db, clientIds: readonly number[]) {
  return db
    .selectFrom('billing_claim_days as d')
    .innerJoin('billing_claim_lines as l', 'l.id', 'd.line_id')
    .selectAll('d')
    .where('d.client_id', 'in', [...clientIds])
    .where((eb) => eb.or([eb('l.outcome', 'is', null), eb('l.outcome', '!=', 'rejected')]));
}

/**
 * The ledger rows of some clients (all issued claims), without the days of lines the agency
 * rejected: a rejected day was not paid, so it does not count as billed and can be claimed again.
 */
export function ledgerFor(db: Db, clientIds: readonly number[]) {
  if (!clientIds.length) return Promise.resolve([]);
  return billedDays(db, clientIds).orderBy('d.id').execute();
}

/**
 * The ledger rows a month's claim looks at: its own days and the corrected days (rejected lines
 * left out, as in ledgerFor). A day's net depends only on that day's rows, so ten years of earlier
 * claims need not be read (each query is a range on billing_claim_days_client_date). Ordered by
 * id, as the net keeps the last billing.
 */
export async function ledgerForDays(
  db: Db,
  clientIds: readonly number[],
  from: string,
  to: string,
  corrected: readonly { clientId: number; date: string }[],
) {
  if (!clientIds.length) return [];
  const rows = await billedDays(db, clientIds).where('d.date', '>=', from).where('d.date', '<=', to).execute();
  const fixed = new Set(corrected.map((c) => `${c.clientId}|${c.date}`));
  if (fixed.size) {
    const more = await billedDays(db, [...new Set(corrected.map((c) => c.clientId))])
      .where('d.date', 'in', [...new Set(corrected.map((c) => c.date))])
      .execute();
    const known = new Set(rows.map((r) => r.id));
    for (const r of more) if (fixed.has(`${r.client_id}|${r.date}`) && !known.has(r.id)) rows.push(r);
  }
  return rows.sort((a, b) => a.id - b.id);
}

/** The days one claim line billed (+1) or reversed (−1). */
export function lineDays(db: Db, claimId: number, lineId: number) {
  return db
    .selectFrom('billing_claim_days')
    .select(['client_id', 'date', 'units'])
    .where('claim_id', '=', claimId)
    .where('line_id', '=', lineId)
    .orderBy('date')
    .execute();
}

export function claimLine(db: Db, lineId: number) {
  return db.selectFrom('billing_claim_lines').selectAll().where('id', '=', lineId).executeTakeFirst();
}

export async function lockMonth(db: Db, month: string, claimId: number, at: string): Promise<void> {
  await db.insertInto('billing_locks').values({ month, claim_id: claimId, locked_at: at }).execute();
}

export async function lockedMonths(db: Db): Promise<Map<string, number>> {
  const rows = await db.selectFrom('billing_locks').select(['month', 'claim_id']).execute();
  return new Map(rows.map((r) => [r.month, r.claim_id]));
}

export async function setClaimWorkflow(
  db: Db,
  id: number,
  v: Partial<{ status: string; submitted_on: string; answered_on: string; paid_amount: number; agency_note: string | null }>,
): Promise<void> {
  await db.updateTable('billing_claims').set(v).where('id', '=', id).execute();
}

export async function setLineOutcome(db: Db, lineId: number, outcome: 'paid' | 'rejected', reason: string | null): Promise<void> {
  await db.updateTable('billing_claim_lines').set({ outcome, rejected_reason: reason }).where('id', '=', lineId).execute();
}

// ── Corrections ───────────────────────────────────────────────────────────────────────────
export async function insertCorrection(
  db: Db,
  v: { clientId: number; date: string; reason: string; before: unknown; after: unknown; at: string; by: number },
): Promise<number> {
  const r = await db
    .insertInto('billing_corrections')
    .values({
      client_id: v.clientId,
      date: v.date,
      reason: v.reason,
      before_json: v.before === null ? null : JSON.stringify(v.before),
      after_json: JSON.stringify(v.after),
      created_at: v.at,
      created_by: v.by,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export function pendingCorrections(db: Db, before?: string) {
  let q = db.selectFrom('billing_corrections').selectAll().where('settled_by_claim_id', 'is', null);
  if (before) q = q.where('date', '<', before);
  return q.orderBy('date').orderBy('id').execute();
}

export function listCorrections(db: Db, limit = 500) {
  return db.selectFrom('billing_corrections').selectAll().orderBy('id', 'desc').limit(limit).execute();
}

export async function settleCorrections(db: Db, days: readonly { clientId: number; date: string }[], claimId: number): Promise<void> {
  for (const d of days)
    await db
      .updateTable('billing_corrections')
      .set({ settled_by_claim_id: claimId })
      .where('client_id', '=', d.clientId)
      .where('date', '=', d.date)
      .where('settled_by_claim_id', 'is', null)
      .execute();
}

// ── The state's confirmed days (Active-Life reconciliation) ───────────────────────────────
export async function insertConfirmationImport(
  db: Db,
  v: { fileName: string; months: string[]; rows: { voucherNo: string; date: string }[]; at: string; by: number },
): Promise<number> {
  const { id } = await db
    .insertInto('billing_confirmation_imports')
    .values({ file_name: v.fileName, months: v.months.join(','), rows: v.rows.length, imported_at: v.at, imported_by: v.by })
    .returning('id')
    .executeTakeFirstOrThrow();
  const rows = v.rows.map((r) => ({ import_id: id, voucher_no: r.voucherNo, date: r.date }));
  for (let i = 0; i < rows.length; i += 300)
    await db
      .insertInto('billing_confirmed_days')
      .values(rows.slice(i, i + 300))
      .execute();
  return id;
}

/** Months that have a confirmation file, and the confirmed days within [from, to]. */
export async function confirmations(
  db: Db,
  from: string,
  to: string,
): Promise<{ months: Set<string>; days: { voucherNo: string; date: string }[] }> {
  const imports = await db.selectFrom('billing_confirmation_imports').select('months').execute();
  const months = new Set(imports.flatMap((i) => i.months.split(',').filter(Boolean)));
  const days = await db
    .selectFrom('billing_confirmed_days')
    .select(['voucher_no', 'date'])
    .where('date', '>=', from)
    .where('date', '<=', to)
    .execute();
  return { months, days: days.map((d) => ({ voucherNo: d.voucher_no, date: d.date })) };
}

/** Per claim line, the authorisation numbers its days were billed under. */
export async function lineVouchers(db: Db, claimId: number): Promise<Map<number, string[]>> {
  const rows = await db
    .selectFrom('billing_claim_days as d')
    .innerJoin('billing_authorisations as a', 'a.id', 'd.authorisation_id')
    .select(['d.line_id', 'a.number'])
    .where('d.claim_id', '=', claimId)
    .distinct()
    .orderBy('a.number')
    .execute();
  const out = new Map<number, string[]>();
  for (const r of rows) out.set(r.line_id, [...(out.get(r.line_id) ?? []), r.number]);
  return out;
}
