import type { Kysely, Insertable } from 'kysely';
import type { Database } from '../schema';
import type { ClientDocumentRow, ClientDocumentsTable } from '../tables/clients';

type Db = Kysely<Database>;

export async function insertDocument(db: Db, d: Insertable<ClientDocumentsTable>, data: Buffer): Promise<number> {
  const id = (await db.insertInto('client_documents').values(d).returning('id').executeTakeFirstOrThrow()).id;
  await db.insertInto('client_document_files').values({ document_id: id, data }).execute();
  return id;
}

export function findDocument(db: Db, id: number): Promise<ClientDocumentRow | undefined> {
  return db.selectFrom('client_documents').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function documentData(db: Db, id: number): Promise<Buffer | undefined> {
  return (await db.selectFrom('client_document_files').select('data').where('document_id', '=', id).executeTakeFirst())?.data;
}

export function documentsOf(db: Db, clientId: number): Promise<ClientDocumentRow[]> {
  return db
    .selectFrom('client_documents')
    .selectAll()
    .where('client_id', '=', clientId)
    .orderBy('uploaded_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export async function deleteDocument(db: Db, id: number): Promise<void> {
  await db.deleteFrom('client_document_files').where('document_id', '=', id).execute();
  await db.deleteFrom('client_documents').where('id', '=', id).execute();
}

/** Documents of current clients (admitted, away, or waiting to be) expiring on or before a date. */
export function documentsExpiringBy(db: Db, until: string): Promise<ClientDocumentRow[]> {
  return db
    .selectFrom('client_documents as d')
    .innerJoin('clients as c', 'c.id', 'd.client_id')
    .selectAll('d')
    .where('d.expires_on', 'is not', null)
    .where('d.expires_on', '<=', until)
    .where('c.status', 'in', ['active', 'away', 'new'])
    .orderBy('d.expires_on')
    .orderBy('d.id')
    .execute();
}
