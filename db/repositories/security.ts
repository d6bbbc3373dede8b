import type { Kysely } from 'kysely';
import type { Database } from '../schema';

/** Minutes without input before a session locks itself, or null when the manager never changed it. */
export async function getIdleLockMinutes(db: Kysely<Database>): Promise<number | null> {
  const row = await db.selectFrom('security_settings').select('idle_lock_minutes').where('id', '=', 1).executeTakeFirst();
  return row?.idle_lock_minutes ?? null;
}

export async function setIdleLockMinutes(db: Kysely<Database>, minutes: number, now: string): Promise<void> {
  await db
    .insertInto('security_settings')
    .values({ id: 1, idle_lock_minutes: minutes, updated_at: now })
    .onConflict((oc) => oc.column('id').doUpdateSet({ idle_lock_minutes: minutes, updated_at: now }))
    .execute();
}
