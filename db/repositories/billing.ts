// Billing store: parameters, provider details, authorisations, tariffs, agreements and fee contracts.
import type { Kysely, Insertable, Selectable } from 'kysely';
import type { Database } from '../schema';
import type {
  BillingAuthorisationsTable,
  BillingExtendedCareTable,
  BillingFeeContractsTable,
  BillingProviderTable,
  BillingTariffsTable,
} from '../tables/billing';

type Db = Kysely<Database>;

// ── Parameters ────────────────────────────────────────────────────────────────────────────
export function listParameters(db: Db) {
  return db.selectFrom('billing_parameters').selectAll().orderBy('key').orderBy('valid_from').execute();
}

export function findParameter(db: Db, key: string, validFrom: string) {
  return db.selectFrom('billing_parameters').selectAll().where('key', '=', key).where('valid_from', '=', validFrom).executeTakeFirst();
}

export async function insertParameter(
  db: Db,
  v: { key: string; validFrom: string; value: string; at: string; by: number },
): Promise<number> {
  const r = await db
    .insertInto('billing_parameters')
    .values({ key: v.key, valid_from: v.validFrom, value: v.value, created_at: v.at, created_by: v.by })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

// ── Provider details ──────────────────────────────────────────────────────────────────────
export function getProvider(db: Db): Promise<Selectable<BillingProviderTable> | undefined> {
  return db.selectFrom('billing_provider').selectAll().where('id', '=', 1).executeTakeFirst();
}

export async function saveProvider(db: Db, v: Omit<Insertable<BillingProviderTable>, 'id'>): Promise<void> {
  await db
    .insertInto('billing_provider')
    .values({ id: 1, ...v })
    .onConflict((oc) => oc.column('id').doUpdateSet(v))
    .execute();
}

// ── Authorisations ────────────────────────────────────────────────────────────────────────
export type NewAuthorisation = Omit<Insertable<BillingAuthorisationsTable>, 'id'>;

export async function insertAuthorisation(db: Db, v: NewAuthorisation): Promise<number> {
  const r = await db.insertInto('billing_authorisations').values(v).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export function getAuthorisation(db: Db, id: number) {
  return db.selectFrom('billing_authorisations').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function authorisationNumbersTaken(db: Db, numbers: readonly string[]): Promise<Set<string>> {
  if (!numbers.length) return new Set();
  const rows = await db
    .selectFrom('billing_authorisations')
    .select('number')
    .where('number', 'in', [...numbers])
    .execute();
  return new Set(rows.map((r) => r.number));
}

export interface AuthorisationFilter {
  clientId?: number;
  /** Authorisations whose validity overlaps [from, to]. */
  from?: string;
  to?: string;
  status?: string;
  limit?: number;
}

export function listAuthorisations(db: Db, f: AuthorisationFilter = {}) {
  let q = db.selectFrom('billing_authorisations').selectAll();
  if (f.clientId !== undefined) q = q.where('client_id', '=', f.clientId);
  if (f.to !== undefined) q = q.where('valid_from', '<=', f.to);
  if (f.from !== undefined) q = q.where('valid_to', '>=', f.from);
  if (f.status !== undefined) q = q.where('status', '=', f.status);
  return q
    .orderBy('valid_to', 'desc')
    .orderBy('number')
    .limit(f.limit ?? 1000)
    .execute();
}

/** Every authorisation of some clients in one query (the claim's facts; not one query per client). */
export function authorisationsOfClients(db: Db, clientIds: readonly number[]) {
  if (!clientIds.length) return Promise.resolve([]);
  return db
    .selectFrom('billing_authorisations')
    .selectAll()
    .where('client_id', 'in', [...clientIds])
    .orderBy('client_id')
    .orderBy('valid_to', 'desc')
    .orderBy('number')
    .execute();
}

export async function updateAuthorisationStatus(db: Db, id: number, status: string, reason: string | null, at: string): Promise<void> {
  await db.updateTable('billing_authorisations').set({ status, status_reason: reason, updated_at: at }).where('id', '=', id).execute();
}

export async function insertAuthorisationEvent(
  db: Db,
  v: { authorisationId: number; status: string; from: string; reasonCode: string | null; reason: string | null; at: string; by: number },
): Promise<void> {
  await db
    .insertInto('billing_authorisation_events')
    .values({
      authorisation_id: v.authorisationId,
      status: v.status,
      effective_from: v.from,
      reason_code: v.reasonCode,
      reason: v.reason,
      created_at: v.at,
      created_by: v.by,
    })
    .execute();
}

export async function authorisationEvents(db: Db, ids: readonly number[]) {
  if (!ids.length) return [];
  return db
    .selectFrom('billing_authorisation_events')
    .selectAll()
    .where('authorisation_id', 'in', [...ids])
    .orderBy('effective_from')
    .orderBy('id')
    .execute();
}

/** Whether any issued claim billed a day under this authorisation (its dates then stay as they are). */
export async function authorisationBilled(db: Db, id: number): Promise<boolean> {
  return !!(await db.selectFrom('billing_claim_days').select('id').where('authorisation_id', '=', id).limit(1).executeTakeFirst());
}

// ── Active-Life tariffs ───────────────────────────────────────────────────────────────────
export function listTariffs(db: Db): Promise<Selectable<BillingTariffsTable>[]> {
  return db.selectFrom('billing_tariffs').selectAll().orderBy('program').orderBy('valid_from').execute();
}

export async function insertTariff(db: Db, v: Omit<Insertable<BillingTariffsTable>, 'id'>): Promise<number> {
  return (await db.insertInto('billing_tariffs').values(v).returning('id').executeTakeFirstOrThrow()).id;
}

export function findTariff(db: Db, program: string, validFrom: string) {
  return db.selectFrom('billing_tariffs').selectAll().where('program', '=', program).where('valid_from', '=', validFrom).executeTakeFirst();
}

// ── Extended-care agreements and parent fee contracts ─────────────────────────────────────
type AgreementTable = 'billing_extended_care' | 'billing_fee_contracts';
export type ExtendedCareRow = Selectable<BillingExtendedCareTable>;
export type FeeContractRow = Selectable<BillingFeeContractsTable>;

export async function insertExtendedCare(db: Db, v: Omit<Insertable<BillingExtendedCareTable>, 'id'>): Promise<number> {
  return (await db.insertInto('billing_extended_care').values(v).returning('id').executeTakeFirstOrThrow()).id;
}

export async function insertFeeContract(db: Db, v: Omit<Insertable<BillingFeeContractsTable>, 'id'>): Promise<number> {
  return (await db.insertInto('billing_fee_contracts').values(v).returning('id').executeTakeFirstOrThrow()).id;
}

export function listExtendedCare(db: Db, clientIds?: readonly number[]): Promise<ExtendedCareRow[]> {
  let q = db.selectFrom('billing_extended_care').selectAll();
  if (clientIds) q = q.where('client_id', 'in', clientIds.length ? [...clientIds] : [-1]);
  return q.orderBy('client_id').orderBy('valid_from').execute();
}

export function listFeeContracts(db: Db, clientIds?: readonly number[]): Promise<FeeContractRow[]> {
  let q = db.selectFrom('billing_fee_contracts').selectAll();
  if (clientIds) q = q.where('client_id', 'in', clientIds.length ? [...clientIds] : [-1]);
  return q.orderBy('client_id').orderBy('valid_from').execute();
}

export function getAgreementRow(db: Db, table: AgreementTable, id: number) {
  return db.selectFrom(table).select(['id', 'client_id', 'valid_from', 'valid_to']).where('id', '=', id).executeTakeFirst();
}

/** Periods of the same client that overlap [from, to]: two agreements cannot both be in force. */
export async function overlappingAgreement(
  db: Db,
  table: AgreementTable,
  clientId: number,
  from: string,
  to: string | null,
  exceptId?: number,
) {
  let q = db
    .selectFrom(table)
    .select('id')
    .where('client_id', '=', clientId)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', from)]));
  if (to !== null) q = q.where('valid_from', '<=', to);
  if (exceptId !== undefined) q = q.where('id', '!=', exceptId);
  return q.executeTakeFirst();
}

export async function endAgreementRow(db: Db, table: AgreementTable, id: number, validTo: string, at: string): Promise<void> {
  await db.updateTable(table).set({ valid_to: validTo, updated_at: at }).where('id', '=', id).execute();
}

/** Attendance is locked for a claimed month: the attendance area must refuse direct changes then. */
export async function isMonthLocked(db: Db, date: string): Promise<boolean> {
  return !!(await db.selectFrom('billing_locks').select('month').where('month', '=', date.slice(0, 7)).executeTakeFirst());
}
