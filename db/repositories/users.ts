import type { Kysely } from 'kysely';
import type { Database, NewUser, UserRecord } from '../schema';

export function findUserByName(db: Kysely<Database>, username: string): Promise<UserRecord | undefined> {
  return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
}

export function findUserById(db: Kysely<Database>, id: number): Promise<UserRecord | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listUsers(db: Kysely<Database>): Promise<UserRecord[]> {
  return db.selectFrom('users').selectAll().orderBy('role').orderBy('full_name').execute();
}

export async function insertUser(db: Kysely<Database>, u: NewUser): Promise<number> {
  const r = await db.insertInto('users').values(u).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function updateUser(db: Kysely<Database>, id: number, v: Partial<Omit<UserRecord, 'id'>>): Promise<void> {
  await db.updateTable('users').set(v).where('id', '=', id).execute();
}

export async function countActiveManagers(db: Kysely<Database>): Promise<number> {
  const r = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '=', 'manager')
    .where('active', '=', 1)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}
