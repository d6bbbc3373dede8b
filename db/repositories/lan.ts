import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema';
import type { LanCertificateTable } from '../tables/trust';

export type LanCertificateRow = Selectable<LanCertificateTable>;

export function getLanCertificate(db: Kysely<Database>): Promise<LanCertificateRow | undefined> {
  return db.selectFrom('lan_certificate').selectAll().where('id', '=', 1).executeTakeFirst();
}

export async function saveLanCertificate(db: Kysely<Database>, c: Omit<LanCertificateRow, 'id'>): Promise<void> {
  await db
    .insertInto('lan_certificate')
    .values({ id: 1, ...c })
    .onConflict((oc) => oc.column('id').doUpdateSet(c))
    .execute();
}
