import type { Kysely } from 'kysely';
import { runStatement } from '../statement';
import type { Database, FacilityRow } from '../schema';

export type FacilityValues = Omit<FacilityRow, 'id' | 'created_at' | 'updated_at'>;

export function getFacility(db: Kysely<Database>): Promise<FacilityRow | undefined> {
  return db.selectFrom('facility').selectAll().where('id', '=', 1).executeTakeFirst();
}

/** The facility's kind, which every need-to-know decision reads: one small statement on each call. */
export async function getFacilityKind(db: Kysely<Database>): Promise<string | undefined> {
  return (await runStatement<{ kind: string }>(db, 'SELECT kind FROM facility WHERE id = 1', []))[0]?.kind;
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
