import type { Kysely } from 'kysely';
import type { Database } from '../schema';
import type { ClientRow } from '../tables/clients';

type Db = Kysely<Database>;

export interface CurrentClientRow extends ClientRow {
  room_name: string | null;
  bed_label: string | null;
  group_name: string | null;
}

/** Everyone with an active stay (present or away), with where they are now. */
export function currentClients(db: Db): Promise<CurrentClientRow[]> {
  return db
    .selectFrom('clients as c')
    .leftJoin('rooms as r', 'r.id', 'c.current_room_id')
    .leftJoin('beds as b', 'b.id', 'c.current_bed_id')
    .leftJoin('care_groups as g', 'g.id', 'c.current_group_id')
    .selectAll('c')
    .select(['r.name as room_name', 'b.label as bed_label', 'g.name as group_name'])
    .where('c.status', 'in', ['active', 'away'])
    .orderBy('r.name')
    .orderBy('b.label')
    .orderBy('c.sort_name')
    .execute();
}

export function findRollCall(db: Db, date: string, session: string, roomId: number) {
  return db
    .selectFrom('roll_calls')
    .selectAll()
    .where('date', '=', date)
    .where('session', '=', session)
    .where('room_id', '=', roomId)
    .executeTakeFirst();
}

export function rollCallsOn(db: Db, date: string, session?: string) {
  let q = db
    .selectFrom('roll_calls as rc')
    .innerJoin('users as u', 'u.id', 'rc.taken_by')
    .select(['rc.id', 'rc.date', 'rc.session', 'rc.room_id', 'rc.taken_at', 'u.full_name'])
    .where('rc.date', '=', date);
  if (session) q = q.where('rc.session', '=', session);
  return q.execute();
}

export function rollCallEntries(db: Db, rollCallIds: readonly number[]) {
  if (!rollCallIds.length) return Promise.resolve([]);
  return db
    .selectFrom('roll_call_entries')
    .selectAll()
    .where('roll_call_id', 'in', [...rollCallIds])
    .execute();
}

/** Takes (or takes again) a room's roll call: the entries are replaced, the audit keeps the history. */
export async function saveRollCall(
  db: Db,
  rc: { date: string; session: string; room_id: number; taken_by: number; taken_at: string },
  entries: { client_id: number; status: string; note: string | null }[],
): Promise<number> {
  const existing = await findRollCall(db, rc.date, rc.session, rc.room_id);
  let id: number;
  if (existing) {
    id = existing.id;
    await db.updateTable('roll_calls').set({ taken_by: rc.taken_by, taken_at: rc.taken_at }).where('id', '=', id).execute();
    await db.deleteFrom('roll_call_entries').where('roll_call_id', '=', id).execute();
  } else {
    id = (await db.insertInto('roll_calls').values(rc).returning('id').executeTakeFirstOrThrow()).id;
  }
  if (entries.length)
    await db
      .insertInto('roll_call_entries')
      .values(entries.map((e) => ({ ...e, roll_call_id: id })))
      .execute();
  return id;
}

/**
 * Per day and status, the latest roll call of each resident (evening over morning): what the
 * reports read for bed-days when they want the roll call rather than the register.
 */
export async function rollCallCounts(db: Db, from: string, to: string): Promise<{ date: string; status: string; n: number }[]> {
  const rows = await db
    .selectFrom('roll_call_entries as e')
    .innerJoin('roll_calls as rc', 'rc.id', 'e.roll_call_id')
    .select(['rc.date', 'rc.session', 'e.client_id', 'e.status'])
    .where('rc.date', '>=', from)
    .where('rc.date', '<=', to)
    .execute();
  const latest = new Map<string, { date: string; session: string; status: string }>();
  for (const r of rows) {
    const key = `${r.date}|${r.client_id}`;
    const seen = latest.get(key);
    if (!seen || (seen.session === 'morning' && r.session === 'evening')) latest.set(key, r);
  }
  const counts = new Map<string, number>();
  for (const r of latest.values()) counts.set(`${r.date}|${r.status}`, (counts.get(`${r.date}|${r.status}`) ?? 0) + 1);
  return [...counts.entries()]
    .map(([k, n]) => {
      const [date, status] = k.split('|') as [string, string];
      return { date, status, n };
    })
    .sort((a, b) => a.date.localeCompare(b.date) || a.status.localeCompare(b.status));
}
