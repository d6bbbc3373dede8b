// Anonymous appeal codes: A-<year of the appeal>-<5-digit number>, counted per year.
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { lastCodeNumber, setLastCodeNumber, takenCodes } from '../../../db/repositories/appeals';

export const formatCode = (year: number, n: number) => `A-${year}-${String(n).padStart(5, '0')}`;

/** The year and number of a code in our own format (an imported register may use it too). */
export function parseCode(code: string): { year: number; n: number } | null {
  const m = /^A-(\d{4})-(\d{5,9})$/.exec(code);
  return m ? { year: Number(m[1]), n: Number(m[2]) } : null;
}

/**
 * The next `count` free codes of a year, and the counter moved past them. A code already used
 * (typed into an imported register) is skipped, so codes never collide.
 */
export async function allocateCodes(db: Kysely<Database>, year: number, count: number): Promise<string[]> {
  const codes: string[] = [];
  let n = await lastCodeNumber(db, year);
  while (codes.length < count) {
    const batch = Array.from({ length: count - codes.length }, (_, i) => formatCode(year, n + i + 1));
    n += batch.length;
    const taken = await takenCodes(db, batch);
    codes.push(...batch.filter((c) => !taken.has(c)));
  }
  await setLastCodeNumber(db, year, n);
  return codes;
}

/** After codes in our format were stored as given, moves each year's counter past them. */
export async function reserveGivenCodes(db: Kysely<Database>, codes: Iterable<string>): Promise<void> {
  const maxByYear = new Map<number, number>();
  for (const c of codes) {
    const p = parseCode(c);
    if (p) maxByYear.set(p.year, Math.max(maxByYear.get(p.year) ?? 0, p.n));
  }
  for (const [year, n] of maxByYear) await setLastCodeNumber(db, year, n);
}
