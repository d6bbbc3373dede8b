import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database } from '../schema';
import type { ReportPackagesTable, ReportPeriodEventsTable, ReportPeriodsTable } from '../tables/reports';

export type ReportPeriodRow = Selectable<ReportPeriodsTable>;
export type ReportPeriodEventRow = Selectable<ReportPeriodEventsTable> & { user_name: string | null };
export type ReportPackageRow = Selectable<ReportPackagesTable>;
export type ReportPackageListRow = Omit<ReportPackageRow, 'bytes'> & { created_by_name: string | null; sent_by_name: string | null };

export function findPeriod(db: Kysely<Database>, id: number): Promise<ReportPeriodRow | undefined> {
  return db.selectFrom('report_periods').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findPeriodFor(db: Kysely<Database>, kind: string, from: string, to: string): Promise<ReportPeriodRow | undefined> {
  return db
    .selectFrom('report_periods')
    .selectAll()
    .where('kind', '=', kind)
    .where('period_from', '=', from)
    .where('period_to', '=', to)
    .executeTakeFirst();
}

/** Periods with the names of who prepared, checked and closed them, without the frozen bytes. */
function periodsWithNames(db: Kysely<Database>) {
  return db
    .selectFrom('report_periods as p')
    .leftJoin('users as pu', 'pu.id', 'p.prepared_by')
    .leftJoin('users as cu', 'cu.id', 'p.checked_by')
    .leftJoin('users as xu', 'xu.id', 'p.closed_by')
    .select([
      'p.id',
      'p.kind',
      'p.period_from',
      'p.period_to',
      'p.status',
      'p.figures_sha256',
      'p.prepared_at',
      'p.checked_at',
      'p.closed_at',
      'pu.full_name as prepared_by_name',
      'cu.full_name as checked_by_name',
      'xu.full_name as closed_by_name',
    ]);
}

export type ReportPeriodListRow = Awaited<ReturnType<typeof listPeriods>>[number];

export function findPeriodWithNames(db: Kysely<Database>, id: number) {
  return periodsWithNames(db).where('p.id', '=', id).executeTakeFirst();
}

/** The periods of a report kind (or all), newest period first. */
export function listPeriods(db: Kysely<Database>, kind?: string) {
  let q = periodsWithNames(db);
  if (kind) q = q.where('p.kind', '=', kind);
  return q.orderBy('p.period_to', 'desc').orderBy('p.period_from', 'desc').orderBy('p.id', 'desc').limit(500).execute();
}

export async function insertPeriod(db: Kysely<Database>, row: Insertable<ReportPeriodsTable>): Promise<number> {
  const r = await db.insertInto('report_periods').values(row).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function updatePeriod(db: Kysely<Database>, id: number, v: Partial<Omit<ReportPeriodRow, 'id'>>): Promise<void> {
  await db.updateTable('report_periods').set(v).where('id', '=', id).execute();
}

export async function insertPeriodEvent(db: Kysely<Database>, row: Insertable<ReportPeriodEventsTable>): Promise<void> {
  await db.insertInto('report_period_events').values(row).execute();
}

export function listPeriodEvents(db: Kysely<Database>, periodId: number): Promise<ReportPeriodEventRow[]> {
  return db
    .selectFrom('report_period_events as e')
    .leftJoin('users as u', 'u.id', 'e.user_id')
    .selectAll('e')
    .select('u.full_name as user_name')
    .where('e.period_id', '=', periodId)
    .orderBy('e.id')
    .execute();
}

export async function insertPackage(db: Kysely<Database>, row: Insertable<ReportPackagesTable>): Promise<number> {
  const r = await db.insertInto('report_packages').values(row).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export function findPackage(db: Kysely<Database>, id: number): Promise<ReportPackageRow | undefined> {
  return db.selectFrom('report_packages').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The register, newest first, without the bytes. */
export function listPackages(db: Kysely<Database>, limit = 500): Promise<ReportPackageListRow[]> {
  return db
    .selectFrom('report_packages as k')
    .leftJoin('users as cu', 'cu.id', 'k.created_by')
    .leftJoin('users as su', 'su.id', 'k.sent_by')
    .select([
      'k.id',
      'k.period_id',
      'k.kind',
      'k.period_from',
      'k.period_to',
      'k.file_name',
      'k.size',
      'k.sha256',
      'k.figures_sha256',
      'k.certificate_fingerprint',
      'k.lang',
      'k.created_at',
      'k.created_by',
      'k.sent_at',
      'k.sent_by',
      'k.sent_note',
      'cu.full_name as created_by_name',
      'su.full_name as sent_by_name',
    ])
    .orderBy('k.created_at', 'desc')
    .orderBy('k.id', 'desc')
    .limit(limit)
    .execute();
}

export async function markPackageSent(db: Kysely<Database>, id: number, at: string, by: number, note: string | null): Promise<void> {
  await db.updateTable('report_packages').set({ sent_at: at, sent_by: by, sent_note: note }).where('id', '=', id).execute();
}

export async function activeStaffByRole(db: Kysely<Database>): Promise<Array<{ role: string; count: number }>> {
  const rows = await db
    .selectFrom('users')
    .select(['role', (eb) => eb.fn.countAll<number>().as('n')])
    .where('active', '=', 1)
    .groupBy('role')
    .orderBy('role')
    .execute();
  return rows.map((r) => ({ role: r.role, count: Number(r.n) }));
}

/** Stays that touch [from, to]: begun by the last day, not ended before the first (uses stays_admitted). */
export function staysTouching(db: Kysely<Database>, from: string, to: string) {
  return db
    .selectFrom('stays as s')
    .innerJoin('clients as c', 'c.id', 's.client_id')
    .select(['s.client_id', 'c.sex', 'c.birth_date', 's.admitted_on', 's.discharged_on', 's.destination'])
    .where('s.admitted_on', '<=', to)
    .where((eb) => eb.or([eb('s.discharged_on', 'is', null), eb('s.discharged_on', '>=', from)]))
    .orderBy('s.id')
    .execute();
}

/** Incidents that happened in [from, to], counted by type and severity. */
export async function incidentsByTypeAndSeverity(db: Kysely<Database>, from: string, to: string) {
  const rows = await db
    .selectFrom('incidents')
    .select(['type', 'severity', (eb) => eb.fn.countAll<number>().as('n')])
    .where('occurred_date', '>=', from)
    .where('occurred_date', '<=', to)
    .groupBy(['type', 'severity'])
    .execute();
  return rows.map((r) => ({ type: r.type, severity: r.severity, count: Number(r.n) }));
}

/** The names of the service catalogue's entries by code, in the three languages. */
export async function serviceNamesByCode(db: Kysely<Database>): Promise<Map<string, { uz: string; ru: string; en: string }>> {
  const rows = await db
    .selectFrom('plan_services')
    .select(['code', 'name_uz', 'name_ru', 'name_en'])
    .where('code', 'is not', null)
    .execute();
  return new Map(rows.map((r) => [r.code!, { uz: r.name_uz, ru: r.name_ru, en: r.name_en }]));
}

/** Day care: how many clients came on each day of [from, to] (a day with a check-in is a day of use). */
export async function attendedClientsByDate(
  db: Kysely<Database>,
  from: string,
  to: string,
): Promise<Array<{ date: string; count: number }>> {
  const rows = await db
    .selectFrom('attendance')
    .select(['date', (eb) => eb.fn.countAll<number>().as('n')])
    .where('date', '>=', from)
    .where('date', '<=', to)
    .where('check_in', 'is not', null)
    .groupBy('date')
    .orderBy('date')
    .execute();
  return rows.map((r) => ({ date: r.date, count: Number(r.n) }));
}
