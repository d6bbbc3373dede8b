import type { Kysely, Insertable, Updateable } from 'kysely';
import type { Database } from '../schema';
import type { PlanDeliveryRow, PlanDeliveriesTable, PlanServiceRow, PlanServicesTable } from '../tables/plans';
import type { PlanSettingsTable } from '../tables/plans';
import type { Selectable } from 'kysely';

type Db = Kysely<Database>;

export async function insertDelivery(db: Db, d: Insertable<PlanDeliveriesTable>): Promise<number> {
  return (await db.insertInto('plan_deliveries').values(d).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateDelivery(db: Db, id: number, d: Updateable<PlanDeliveriesTable>): Promise<void> {
  await db.updateTable('plan_deliveries').set(d).where('id', '=', id).execute();
}

export function findDelivery(db: Db, id: number): Promise<PlanDeliveryRow | undefined> {
  return db.selectFrom('plan_deliveries').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findDeliveryBySource(db: Db, source: string, sourceRef: string): Promise<PlanDeliveryRow | undefined> {
  return db.selectFrom('plan_deliveries').selectAll().where('source', '=', source).where('source_ref', '=', sourceRef).executeTakeFirst();
}

export function deliveriesOf(
  db: Db,
  q: { clientId: number; planId?: number; from?: string; to?: string; limit: number },
): Promise<PlanDeliveryRow[]> {
  let query = db.selectFrom('plan_deliveries').selectAll().where('client_id', '=', q.clientId);
  if (q.planId !== undefined) query = query.where('plan_id', '=', q.planId);
  if (q.from) query = query.where('done_on', '>=', q.from);
  if (q.to) query = query.where('done_on', '<=', q.to);
  return query.orderBy('done_on', 'desc').orderBy('id', 'desc').limit(q.limit).execute();
}

/** Delivered (not struck out) count and minutes per activity number of a plan, from a date on. */
export async function deliveredByActivity(
  db: Db,
  planId: number,
  from: string,
  to: string,
): Promise<Map<number, { count: number; minutes: number }>> {
  const rows = await db
    .selectFrom('plan_deliveries')
    .select(['activity_no', (eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.sum<number>('minutes').as('m')])
    .where('plan_id', '=', planId)
    .where('activity_no', 'is not', null)
    .where('voided_at', 'is', null)
    .where('done_on', '>=', from)
    .where('done_on', '<=', to)
    .groupBy('activity_no')
    .execute();
  return new Map(rows.map((r) => [r.activity_no!, { count: Number(r.n), minutes: Number(r.m ?? 0) }]));
}

export async function countUnplannedDeliveries(db: Db, planId: number): Promise<number> {
  const r = await db
    .selectFrom('plan_deliveries')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('plan_id', '=', planId)
    .where('activity_no', 'is', null)
    .where('voided_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Services delivered in a period, by catalogue code (or the service's English name for the manager's own). */
export async function deliveredServicesBetween(db: Db, from: string, to: string): Promise<Array<{ service_id: number | null; n: number }>> {
  const rows = await db
    .selectFrom('plan_deliveries as d')
    .leftJoin('plan_activities as a', 'a.id', 'd.activity_id')
    .select((eb) => [eb.fn.coalesce('d.service_id', 'a.service_id').as('service_id'), eb.fn.countAll<number>().as('n')])
    .where('d.done_on', '>=', from)
    .where('d.done_on', '<=', to)
    .where('d.voided_at', 'is', null)
    .groupBy((eb) => eb.fn.coalesce('d.service_id', 'a.service_id'))
    .execute();
  return rows.map((r) => ({ service_id: r.service_id as number | null, n: Number(r.n) }));
}

// ---- settings and the services catalogue ----

export function getPlanSettings(db: Db): Promise<Selectable<PlanSettingsTable>> {
  return db.selectFrom('plan_settings').selectAll().where('id', '=', 1).executeTakeFirstOrThrow();
}

export async function setPlanSettings(db: Db, s: Omit<Selectable<PlanSettingsTable>, 'id'>): Promise<void> {
  await db.updateTable('plan_settings').set(s).where('id', '=', 1).execute();
}

export function listServices(db: Db, includeInactive: boolean): Promise<PlanServiceRow[]> {
  let q = db.selectFrom('plan_services').selectAll();
  if (!includeInactive) q = q.where('active', '=', 1);
  return q.orderBy('sort').orderBy('id').execute();
}

export function findService(db: Db, id: number): Promise<PlanServiceRow | undefined> {
  return db.selectFrom('plan_services').selectAll().where('id', '=', id).executeTakeFirst();
}

export function servicesByIds(db: Db, ids: number[]): Promise<PlanServiceRow[]> {
  if (!ids.length) return Promise.resolve([]);
  return db.selectFrom('plan_services').selectAll().where('id', 'in', ids).execute();
}

export async function insertService(db: Db, s: Insertable<PlanServicesTable>): Promise<number> {
  return (await db.insertInto('plan_services').values(s).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateService(db: Db, id: number, s: Updateable<PlanServicesTable>): Promise<void> {
  await db.updateTable('plan_services').set(s).where('id', '=', id).execute();
}

export async function nextServiceSort(db: Db): Promise<number> {
  const r = await db
    .selectFrom('plan_services')
    .select((eb) => eb.fn.max('sort').as('m'))
    .executeTakeFirst();
  return Number(r?.m ?? 0) + 1;
}
