import type { Kysely, Insertable } from 'kysely';
import type { Database } from '../schema';
import { countText, placeholders, runStatement } from '../statement';
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

/** What the list shows next to each entry: its author, its correction, the entry it replaces, its acknowledgement. */
interface EntryMarks {
  author_name: string | null;
  correction_reason: string | null;
  correction_replacement_id: number | null;
  corrected_at: string | null;
  corrected_by_name: string | null;
  replaces_id: number | null;
  acknowledged_at: string | null;
  acknowledged_by_name: string | null;
}

/** An entry with what the list shows next to it. */
export type ShownEntryRow = CareLogEntryRow & EntryMarks;

/**
 * The care log's lists read each entry with its marks in one statement, hand-written
 * (db/statement.ts): these are the hot reads of the care log (a resident's day answers in a few
 * index lookups), and building and compiling the six joins cost twice the lookups themselves.
 */
const SHOWN = `SELECT e.*, u.full_name AS author_name,
    c.reason AS correction_reason, c.replacement_id AS correction_replacement_id, c.corrected_at, cu.full_name AS corrected_by_name,
    r.entry_id AS replaces_id, a.acknowledged_at, au.full_name AS acknowledged_by_name
  FROM care_log_entries AS e
  LEFT JOIN users AS u ON u.id = e.author_id
  LEFT JOIN care_log_corrections AS c ON c.entry_id = e.id
  LEFT JOIN users AS cu ON cu.id = c.corrected_by
  LEFT JOIN care_log_corrections AS r ON r.replacement_id = e.id
  LEFT JOIN care_log_handover_acks AS a ON a.entry_id = e.id
  LEFT JOIN users AS au ON au.id = a.acknowledged_by`;

/**
 * One resident's entries on [from, to] in event order: a range on care_log_client_date
 * (client_id, event_date, event_at) — the hot query of the care log.
 */
export function careEntriesOfClient(db: Db, clientId: number, from: string, to: string, limit: number): Promise<ShownEntryRow[]> {
  return runStatement(
    db,
    `${SHOWN} WHERE e.client_id = ? AND e.event_date >= ? AND e.event_date <= ?
      ORDER BY e.event_date DESC, e.event_at DESC, e.id DESC LIMIT ${countText(limit)}`,
    [clientId, from, to],
  );
}

/** Several residents' entries (everyone in a caregiver's scope) on [from, to]. */
export function careEntriesOfClients(
  db: Db,
  clientIds: readonly number[],
  from: string,
  to: string,
  limit: number,
): Promise<ShownEntryRow[]> {
  if (!clientIds.length) return Promise.resolve([]);
  return runStatement(
    db,
    `${SHOWN} WHERE e.client_id IN (${placeholders(clientIds.length)}) AND e.event_date >= ? AND e.event_date <= ?
      ORDER BY e.event_at DESC, e.id DESC LIMIT ${countText(limit)}`,
    [...clientIds, from, to],
  );
}

/** What one author wrote between two instants (her shift), on care_log_author. */
export function careEntriesByAuthor(db: Db, authorId: number, fromAt: string, toAt: string, limit: number): Promise<ShownEntryRow[]> {
  return runStatement(
    db,
    `${SHOWN} WHERE e.author_id = ? AND e.entered_at >= ? AND e.entered_at < ? ORDER BY e.entered_at DESC LIMIT ${countText(limit)}`,
    [authorId, fromAt, toAt],
  );
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

/** Whether an entry has been struck out (the second correction of an entry is refused). */
export async function isCorrected(db: Db, entryId: number): Promise<boolean> {
  return (await db.selectFrom('care_log_corrections').select('entry_id').where('entry_id', '=', entryId).executeTakeFirst()) !== undefined;
}

/** These entries with their marks (after a write, for the answer), in no particular order. */
export function findShownEntries(db: Db, entryIds: readonly number[]): Promise<ShownEntryRow[]> {
  if (!entryIds.length) return Promise.resolve([]);
  return runStatement(db, `${SHOWN} WHERE e.id IN (${placeholders(entryIds.length)})`, entryIds);
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
