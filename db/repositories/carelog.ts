import type { Kysely, Insertable } from 'kysely';
import type { Database } from '../schema';
import type { CareLogEntriesTable, CareLogEntryRow } from '../tables/daily';

type Db = Kysely<Database>;

export async function insertCareEntry(db: Db, e: Insertable<CareLogEntriesTable>): Promise<number> {
  return (await db.insertInto('care_log_entries').values(e).returning('id').executeTakeFirstOrThrow()).id;
}

export function findCareEntry(db: Db, id: number): Promise<CareLogEntryRow | undefined> {
  return db.selectFrom('care_log_entries').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findCareEntries(db: Db, ids: readonly number[]): Promise<CareLogEntryRow[]> {
  if (!ids.length) return Promise.resolve([]);
  return db
    .selectFrom('care_log_entries')
    .selectAll()
    .where('id', 'in', [...ids])
    .execute();
}

/**
 * One resident's entries on [from, to] in event order: a range on care_log_client_date
 * (client_id, event_date, event_at) — the hot query of the care log.
 */
export function careEntriesOfClient(db: Db, clientId: number, from: string, to: string, limit: number): Promise<CareLogEntryRow[]> {
  return db
    .selectFrom('care_log_entries')
    .selectAll()
    .where('client_id', '=', clientId)
    .where('event_date', '>=', from)
    .where('event_date', '<=', to)
    .orderBy('event_date', 'desc')
    .orderBy('event_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

/** Several residents' entries (everyone in a caregiver's scope) on [from, to]. */
export function careEntriesOfClients(
  db: Db,
  clientIds: readonly number[],
  from: string,
  to: string,
  limit: number,
): Promise<CareLogEntryRow[]> {
  if (!clientIds.length) return Promise.resolve([]);
  return db
    .selectFrom('care_log_entries')
    .selectAll()
    .where('client_id', 'in', [...clientIds])
    .where('event_date', '>=', from)
    .where('event_date', '<=', to)
    .orderBy('event_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

/** What one author wrote between two instants (her shift), on care_log_author. */
export function careEntriesByAuthor(db: Db, authorId: number, fromAt: string, toAt: string, limit: number): Promise<CareLogEntryRow[]> {
  return db
    .selectFrom('care_log_entries')
    .selectAll()
    .where('author_id', '=', authorId)
    .where('entered_at', '>=', fromAt)
    .where('entered_at', '<', toAt)
    .orderBy('entered_at', 'desc')
    .limit(limit)
    .execute();
}

/** Flagged for handover since an instant and not yet acknowledged (partial index care_log_handover). */
export function pendingHandover(db: Db, sinceAt: string): Promise<CareLogEntryRow[]> {
  return db
    .selectFrom('care_log_entries as e')
    .selectAll('e')
    .where('e.for_handover', '=', 1)
    .where('e.entered_at', '>=', sinceAt)
    .where((eb) => eb.not(eb.exists(eb.selectFrom('care_log_handover_acks as a').select('a.entry_id').whereRef('a.entry_id', '=', 'e.id'))))
    .where((eb) => eb.not(eb.exists(eb.selectFrom('care_log_corrections as c').select('c.entry_id').whereRef('c.entry_id', '=', 'e.id'))))
    .orderBy('e.entered_at')
    .execute();
}

export function correctionsOf(db: Db, entryIds: readonly number[]) {
  if (!entryIds.length) return Promise.resolve([]);
  return db
    .selectFrom('care_log_corrections as c')
    .innerJoin('users as u', 'u.id', 'c.corrected_by')
    .select(['c.entry_id', 'c.reason', 'c.replacement_id', 'c.corrected_at', 'u.full_name'])
    .where((eb) => eb.or([eb('c.entry_id', 'in', [...entryIds]), eb('c.replacement_id', 'in', [...entryIds])]))
    .execute();
}

export function acksOf(db: Db, entryIds: readonly number[]) {
  if (!entryIds.length) return Promise.resolve([]);
  return db
    .selectFrom('care_log_handover_acks as a')
    .innerJoin('users as u', 'u.id', 'a.acknowledged_by')
    .select(['a.entry_id', 'a.acknowledged_at', 'u.full_name'])
    .where('a.entry_id', 'in', [...entryIds])
    .execute();
}

export async function insertCorrection(
  db: Db,
  c: { entry_id: number; reason: string; replacement_id: number | null; corrected_by: number; corrected_at: string },
): Promise<void> {
  await db.insertInto('care_log_corrections').values(c).execute();
}

export async function insertAcks(db: Db, rows: { entry_id: number; acknowledged_by: number; acknowledged_at: string }[]): Promise<void> {
  if (rows.length)
    await db
      .insertInto('care_log_handover_acks')
      .values(rows)
      .onConflict((oc) => oc.column('entry_id').doNothing())
      .execute();
}

/** Per resident and category: entries on a day that were not struck through, and the latest time. */
export function dayCounts(db: Db, clientIds: readonly number[], date: string) {
  if (!clientIds.length) return Promise.resolve([]);
  return db
    .selectFrom('care_log_entries as e')
    .select(['e.client_id', 'e.category', (eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.max('e.event_at').as('last_at')])
    .where('e.client_id', 'in', [...clientIds])
    .where('e.event_date', '=', date)
    .where((eb) => eb.not(eb.exists(eb.selectFrom('care_log_corrections as c').select('c.entry_id').whereRef('c.entry_id', '=', 'e.id'))))
    .groupBy(['e.client_id', 'e.category'])
    .execute();
}

export function userNames(db: Db, ids: readonly number[]) {
  if (!ids.length) return Promise.resolve([]);
  return db
    .selectFrom('users')
    .select(['id', 'full_name'])
    .where('id', 'in', [...ids])
    .execute();
}
