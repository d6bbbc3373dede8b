import type { Kysely } from 'kysely';
import type { Database } from '../schema';
import type { HolidayRow } from '../tables/holidays';

type Db = Kysely<Database>;

/** The holidays between two dates (inclusive), in date order. The primary key serves the range. */
export async function holidaysBetween(db: Db, from: string, to: string): Promise<HolidayRow[]> {
  return db.selectFrom('holidays').selectAll().where('date', '>=', from).where('date', '<=', to).orderBy('date').execute();
}

export async function findHoliday(db: Db, date: string): Promise<HolidayRow | undefined> {
  return db.selectFrom('holidays').selectAll().where('date', '=', date).executeTakeFirst();
}

export async function insertHoliday(db: Db, row: HolidayRow): Promise<void> {
  await db.insertInto('holidays').values(row).execute();
}

export async function renameHoliday(db: Db, date: string, name: string): Promise<void> {
  await db.updateTable('holidays').set({ name }).where('date', '=', date).execute();
}

export async function deleteHoliday(db: Db, date: string): Promise<void> {
  await db.deleteFrom('holidays').where('date', '=', date).execute();
}
