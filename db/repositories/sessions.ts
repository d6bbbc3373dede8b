import type { Kysely } from 'kysely';
import type { Database, SessionRecord, UserRecord } from '../schema';

export async function insertSession(db: Kysely<Database>, s: SessionRecord): Promise<void> {
  await db.insertInto('sessions').values(s).execute();
}

/** The live session with its user, or undefined when missing, expired or the user is inactive. */
export async function findLiveSession(
  db: Kysely<Database>,
  tokenHash: string,
  now: string,
): Promise<{ session: SessionRecord; user: UserRecord } | undefined> {
  const session = await db
    .selectFrom('sessions')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  if (!session) return undefined;
  const user = await db.selectFrom('users').selectAll().where('id', '=', session.user_id).where('active', '=', 1).executeTakeFirst();
  return user ? { session, user } : undefined;
}

export async function touchSession(db: Kysely<Database>, tokenHash: string, now: string, expiresAt: string): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: now, expires_at: expiresAt }).where('token_hash', '=', tokenHash).execute();
}

export async function deleteSession(db: Kysely<Database>, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

export async function deleteUserSessions(db: Kysely<Database>, userId: number): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}
