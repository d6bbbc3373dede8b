// Uzbekistan's public holidays on a fixed date (Labour Code, art. 206). Ramazon hayit and Qurbon hayit
// move with the lunar calendar and are announced each year, as are the government's transfer days:
// the manager enters those by hand. Names in Uzbek Latin, oʻ gʻ with U+02BB, stored as written here.
export const NATIONAL_HOLIDAYS: ReadonlyArray<{ monthDay: string; name: string }> = [
  { monthDay: '01-01', name: 'Yangi yil' },
  { monthDay: '03-08', name: 'Xalqaro xotin-qizlar kuni' },
  { monthDay: '03-21', name: 'Navroʻz' },
  { monthDay: '05-09', name: 'Xotira va qadrlash kuni' },
  { monthDay: '09-01', name: 'Mustaqillik kuni' },
  { monthDay: '10-01', name: 'Oʻqituvchi va murabbiylar kuni' },
  { monthDay: '12-08', name: 'Konstitutsiya kuni' },
];

/** The fixed-date national holidays of a year, in date order. */
export function nationalHolidays(year: number): Array<{ date: string; name: string }> {
  return NATIONAL_HOLIDAYS.map((h) => ({ date: `${String(year).padStart(4, '0')}-${h.monthDay}`, name: h.name }));
}
