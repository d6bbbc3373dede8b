import type { Selectable } from 'kysely';

/** A public holiday: the day-care centre is closed, nobody is due. One row per date. */
export interface HolidaysTable {
  date: string; // YYYY-MM-DD
  /** As entered (the national ones in Uzbek Latin); shown as stored. */
  name: string;
  created_at: string;
  created_by: number | null;
}

export type HolidayRow = Selectable<HolidaysTable>;

export interface HolidaysTables {
  holidays: HolidaysTable;
}
