import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database } from '../schema';
import type { SigningKeysTable } from '../tables/signing';

export type SigningKeyRow = Selectable<SigningKeysTable>;

export function activeSigningKey(db: Kysely<Database>): Promise<SigningKeyRow | undefined> {
  return db.selectFrom('signing_keys').selectAll().where('status', '=', 'active').executeTakeFirst();
}

export function listSigningKeys(db: Kysely<Database>): Promise<SigningKeyRow[]> {
  return db.selectFrom('signing_keys').selectAll().orderBy('id', 'desc').execute();
}

export function findSigningKeyByFingerprint(db: Kysely<Database>, fingerprint: string): Promise<SigningKeyRow | undefined> {
  return db.selectFrom('signing_keys').selectAll().where('fingerprint', '=', fingerprint).executeTakeFirst();
}

export async function retireActiveKey(db: Kysely<Database>, at: string, by: number): Promise<number | null> {
  const active = await activeSigningKey(db);
  if (!active) return null;
  await db.updateTable('signing_keys').set({ status: 'retired', retired_at: at, retired_by: by }).where('id', '=', active.id).execute();
  return active.id;
}

export async function insertSigningKey(db: Kysely<Database>, row: Insertable<SigningKeysTable>): Promise<number> {
  const r = await db.insertInto('signing_keys').values(row).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

/** The private key sealed again (new cost settings), same key and password. */
export async function resealSigningKey(db: Kysely<Database>, id: number, sealedKey: string): Promise<void> {
  await db.updateTable('signing_keys').set({ sealed_key: sealedKey }).where('id', '=', id).execute();
}
