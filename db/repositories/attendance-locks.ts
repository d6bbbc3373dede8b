// THE seam between attendance (issue 6) and billing (issue 7): which attendance days a claim has
// locked. Attendance refuses to change a locked day (the manager is sent to billing corrections);
// billing's own corrections path writes the day itself.
//
// Billing (branch `billing`) locks whole months in `billing_locks (month PRIMARY KEY, claim_id,
// locked_at)`. Until its tables are on main this reads that table when it exists, so both sides
// work in either merge order. If billing changes how it locks (per client and day, or a
// `locked_by_claim_id`), replace the two bodies below — nothing else in attendance reads locks.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema';

type Db = Kysely<Database>;

export interface AttendanceLocks {
  /** The claim that locked the day, or null when the day may still change. */
  claimOf(clientId: number, date: string): number | null;
}

async function billingLocksExist(db: Db): Promise<boolean> {
  const r = await sql<{ n: number }>`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'billing_locks'`.execute(db);
  return Number(r.rows[0]?.n ?? 0) > 0;
}

/** The locks over [from, to], read once for a sheet, a month grid or an import. */
export async function attendanceLocks(db: Db, from: string, to: string): Promise<AttendanceLocks> {
  if (!(await billingLocksExist(db))) return { claimOf: () => null };
  const rows = await sql<{ month: string; claim_id: number }>`SELECT month, claim_id FROM billing_locks
    WHERE month >= ${from.slice(0, 7)} AND month <= ${to.slice(0, 7)}`.execute(db);
  const byMonth = new Map(rows.rows.map((r) => [r.month, Number(r.claim_id)]));
  return { claimOf: (_clientId, date) => byMonth.get(date.slice(0, 7)) ?? null };
}

/** Has a claim locked this client's attendance on this day? */
export async function isAttendanceLocked(db: Db, clientId: number, date: string): Promise<boolean> {
  return (await attendanceLocks(db, date, date)).claimOf(clientId, date) !== null;
}
