import type { Kysely, Insertable, Updateable } from 'kysely';
import type { Database } from '../schema';
import type { IncidentsTable, IncidentRow } from '../tables/daily';

type Db = Kysely<Database>;

export async function nextIncidentSeq(db: Db, year: number): Promise<number> {
  const r = await db
    .selectFrom('incidents')
    .select((eb) => eb.fn.max('seq').as('m'))
    .where('year', '=', year)
    .executeTakeFirst();
  return Number(r?.m ?? 0) + 1;
}

export async function insertIncident(db: Db, i: Insertable<IncidentsTable>, clientIds: readonly number[]): Promise<number> {
  const id = (await db.insertInto('incidents').values(i).returning('id').executeTakeFirstOrThrow()).id;
  await db
    .insertInto('incident_people')
    .values(clientIds.map((client_id) => ({ incident_id: id, client_id })))
    .execute();
  return id;
}

export async function updateIncident(db: Db, id: number, v: Updateable<IncidentsTable>): Promise<void> {
  await db.updateTable('incidents').set(v).where('id', '=', id).execute();
}

export function findIncident(db: Db, id: number): Promise<IncidentRow | undefined> {
  return db.selectFrom('incidents').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listIncidents(
  db: Db,
  f: { statuses?: readonly string[]; clientId?: number; from?: string; to?: string },
): Promise<IncidentRow[]> {
  let q = db.selectFrom('incidents as i').selectAll('i');
  if (f.statuses) q = q.where('i.status', 'in', [...f.statuses]);
  if (f.from) q = q.where('i.occurred_date', '>=', f.from);
  if (f.to) q = q.where('i.occurred_date', '<=', f.to);
  if (f.clientId !== undefined) {
    const clientId = f.clientId;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('incident_people as p')
          .select('p.client_id')
          .whereRef('p.incident_id', '=', 'i.id')
          .where('p.client_id', '=', clientId),
      ),
    );
  }
  return q.orderBy('i.occurred_at', 'desc').orderBy('i.id', 'desc').limit(1000).execute();
}

export function peopleOf(db: Db, incidentIds: readonly number[]) {
  if (!incidentIds.length) return Promise.resolve([]);
  return db
    .selectFrom('incident_people')
    .selectAll()
    .where('incident_id', 'in', [...incidentIds])
    .execute();
}

export async function countIncidents(db: Db, statuses: readonly string[]): Promise<number> {
  const r = await db
    .selectFrom('incidents')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', 'in', [...statuses])
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Incidents that happened in [from, to] by type and severity (the agency's activity report). */
export async function incidentCounts(db: Db, from: string, to: string): Promise<{ type: string; severity: string; count: number }[]> {
  const rows = await db
    .selectFrom('incidents')
    .select(['type', 'severity', (eb) => eb.fn.countAll<number>().as('n')])
    .where('occurred_date', '>=', from)
    .where('occurred_date', '<=', to)
    .groupBy(['type', 'severity'])
    .orderBy('type')
    .orderBy('severity')
    .execute();
  return rows.map((r) => ({ type: r.type, severity: r.severity, count: Number(r.n) }));
}
