import type { Kysely, Insertable } from 'kysely';
import type { Database } from '../schema';
import type { PrescriptionsTable, PrescriptionRow, AdministrationRow, MedicationAdministrationsTable } from '../tables/daily';

type Db = Kysely<Database>;

export async function insertPrescription(db: Db, p: Insertable<PrescriptionsTable>): Promise<number> {
  return (await db.insertInto('prescriptions').values(p).returning('id').executeTakeFirstOrThrow()).id;
}

export function findPrescription(db: Db, id: number): Promise<PrescriptionRow | undefined> {
  return db.selectFrom('prescriptions').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function stopPrescription(
  db: Db,
  id: number,
  v: { end_date: string; stopped_by: number; stopped_at: string; stop_reason: string },
): Promise<void> {
  await db.updateTable('prescriptions').set(v).where('id', '=', id).execute();
}

/** Prescriptions of some clients; only those in force on `on` when given. */
export function prescriptionsOf(db: Db, clientIds: readonly number[], on?: string): Promise<PrescriptionRow[]> {
  if (!clientIds.length) return Promise.resolve([]);
  let q = db
    .selectFrom('prescriptions')
    .selectAll()
    .where('client_id', 'in', [...clientIds]);
  if (on) q = q.where('start_date', '<=', on).where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>=', on)]));
  return q.orderBy('client_id').orderBy('prn').orderBy('medicine').execute();
}

/** Every record (corrections too) of some prescriptions on a day. */
export function administrationsOn(db: Db, prescriptionIds: readonly number[], date: string): Promise<AdministrationRow[]> {
  if (!prescriptionIds.length) return Promise.resolve([]);
  return db
    .selectFrom('medication_administrations')
    .selectAll()
    .where('date', '=', date)
    .where('prescription_id', 'in', [...prescriptionIds])
    .orderBy('id')
    .execute();
}

export async function insertAdministration(db: Db, a: Insertable<MedicationAdministrationsTable>): Promise<number> {
  return (await db.insertInto('medication_administrations').values(a).returning('id').executeTakeFirstOrThrow()).id;
}

export function findAdministration(db: Db, id: number): Promise<AdministrationRow | undefined> {
  return db.selectFrom('medication_administrations').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The record that corrects this one, if any (a record is corrected at most once: the chain goes on from the newest). */
export function correctionOf(db: Db, id: number): Promise<AdministrationRow | undefined> {
  return db.selectFrom('medication_administrations').selectAll().where('corrects_id', '=', id).executeTakeFirst();
}
