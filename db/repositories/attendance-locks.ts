// THE seam between attendance (issue 6) and billing (issue 7): which attendance days a claim has
// locked. Attendance refuses to change a locked day and sends the manager to billing corrections
// (`billing.correctAttendance`), which write the day themselves.
//
// Billing locks whole months when it issues a claim: `billing_locks (month PRIMARY KEY, claim_id,
// locked_at)`. The functions take a client as well, so a lock per client and day would change
// only their bodies.
import type { Kysely } from 'kysely';
import type { Database } from '../schema';

type Db = Kysely<Database>;

export interface AttendanceLock {
  claimId: number;
  /** SC-2026-0001, to name in messages. */
  claimNumber: string;
}

export interface AttendanceLocks {
  /** The claim that locked the day, or null when the day may still change. */
  of(clientId: number, date: string): AttendanceLock | null;
}

/** The locks over [from, to], read once for a sheet, a month grid or an import. */
export async function attendanceLocks(db: Db, from: string, to: string): Promise<AttendanceLocks> {
  const rows = await db
    .selectFrom('billing_locks as l')
    .innerJoin('billing_claims as c', 'c.id', 'l.claim_id')
    .select(['l.month', 'l.claim_id', 'c.number'])
    .where('l.month', '>=', from.slice(0, 7))
    .where('l.month', '<=', to.slice(0, 7))
    .execute();
  const byMonth = new Map(rows.map((r) => [r.month, { claimId: r.claim_id, claimNumber: r.number }]));
  return { of: (_clientId, date) => byMonth.get(date.slice(0, 7)) ?? null };
}

/** Has a claim locked this client's attendance on this day? */
export async function isAttendanceLocked(db: Db, clientId: number, date: string): Promise<boolean> {
  return (await attendanceLocks(db, date, date)).of(clientId, date) !== null;
}

/** The claim that locked the day, if any (for a message that names it). */
export async function attendanceLockOf(db: Db, clientId: number, date: string): Promise<AttendanceLock | null> {
  return (await attendanceLocks(db, date, date)).of(clientId, date);
}
