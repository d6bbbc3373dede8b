import type { Kysely } from 'kysely';
import type { Database, FacilityRow } from '../schema';

export type FacilityValues = Omit<FacilityRow, 'id' | 'created_at' | 'updated_at'>;

export function getFacility(db: Kysely<Database>): Promise<FacilityRow | undefined> {
  return db.selectFrom('facility').selectAll().where('id', '=', 1).executeTakeFirst();
}

export async function insertFacility(db: Kysely<Database>, v: FacilityValues, now: string): Promise<void> {
  await db
    .insertInto('facility')
    .values({ id: 1, ...v, created_at: now, updated_at: now })
    .execute();
}

export async function updateFacility(db: Kysely<Database>, v: Partial<FacilityValues>, now: string): Promise<void> {
  await db
    .updateTable('facility')
    .set({ ...v, updated_at: now })
    .where('id', '=', 1)
    .execute();
}
