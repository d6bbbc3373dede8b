import { sql, type Kysely, type Insertable, type Updateable } from 'kysely';
import type { Database } from '../schema';
import type { WaitingRow, WaitingListTable } from '../tables/clients';

type Db = Kysely<Database>;

export async function insertWaiting(db: Db, w: Insertable<WaitingListTable>): Promise<number> {
  return (await db.insertInto('waiting_list').values(w).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateWaiting(db: Db, id: number, w: Updateable<WaitingListTable>): Promise<void> {
  await db.updateTable('waiting_list').set(w).where('id', '=', id).execute();
}

export function findWaiting(db: Db, id: number): Promise<WaitingRow | undefined> {
  return db.selectFrom('waiting_list').selectAll().where('id', '=', id).executeTakeFirst();
}

export function openWaitingOf(db: Db, clientId: number): Promise<WaitingRow | undefined> {
  return db.selectFrom('waiting_list').selectAll().where('client_id', '=', clientId).where('status', '=', 'waiting').executeTakeFirst();
}

const PRIORITY_ORDER = `CASE priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 ELSE 2 END`;

/** In queue order: priority, then date of application, then entry. */
export function listWaiting(db: Db, status: string): Promise<WaitingRow[]> {
  return db
    .selectFrom('waiting_list')
    .selectAll()
    .where('status', '=', status)
    .orderBy(sql.raw(status === 'waiting' ? PRIORITY_ORDER : 'closed_on'), status === 'waiting' ? 'asc' : 'desc')
    .orderBy('applied_on')
    .orderBy('id')
    .execute();
}

export function waitingOfClient(db: Db, clientId: number): Promise<WaitingRow[]> {
  return db.selectFrom('waiting_list').selectAll().where('client_id', '=', clientId).orderBy('applied_on').execute();
}
