// Integrity checks of a whole facility database, for generated facilities (tests, the benchmark) and
// for anyone who wants to know a database is sound: SQLite's own checks, the audit chain, beds,
// stays, placements and absences, capacity, attendance, claims against attendance, care log and
// medication against stays. Each check lists its first problems; an empty list means it holds.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { verifyAuditChain } from '../../../db/repositories/audit';

export interface IntegrityCheck {
  name: string;
  problems: string[];
}

type Db = Kysely<Database>;
const MAX = 10;

async function rows<T>(db: Db, query: ReturnType<typeof sql<T>>): Promise<T[]> {
  return (await query.execute(db)).rows;
}

async function tableExists(db: Db, name: string): Promise<boolean> {
  return (await rows<{ n: number }>(db, sql`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = ${name}`))[0]!.n > 0;
}

const listed = <T>(xs: T[], show: (x: T) => string) => xs.slice(0, MAX).map(show);

/** SQLite's integrity_check and foreign_key_check. */
async function sqliteChecks(db: Db): Promise<IntegrityCheck[]> {
  const quick = await rows<{ integrity_check: string }>(db, sql`PRAGMA integrity_check`);
  const fk = await rows<{ table: string; rowid: number; parent: string }>(db, sql`PRAGMA foreign_key_check`);
  return [
    { name: 'sqlite integrity_check', problems: quick.map((r) => r.integrity_check).filter((s) => s !== 'ok') },
    { name: 'foreign keys', problems: listed(fk, (r) => `${r.table} row ${r.rowid} → ${r.parent}`) },
  ];
}

async function auditCheck(db: Db): Promise<IntegrityCheck> {
  const v = await verifyAuditChain(db);
  return { name: 'audit chain verifies', problems: v.ok ? [] : [`entry ${v.seq}: ${v.problem}`] };
}

/** A bed holds one person at a time; only a mother and her own children may share in a mother-and-child room. */
async function bedsCheck(db: Db): Promise<IntegrityCheck> {
  const clash = await rows<{ bed: number; a: number; b: number; from_a: string; from_b: string }>(
    db,
    sql`SELECT p.bed_id AS bed, p.client_id AS a, q.client_id AS b, p.from_date AS from_a, q.from_date AS from_b
        FROM placements p JOIN placements q ON q.bed_id = p.bed_id AND q.id > p.id AND q.client_id <> p.client_id
        JOIN clients ca ON ca.id = p.client_id JOIN clients cb ON cb.id = q.client_id
        JOIN beds bd ON bd.id = p.bed_id JOIN rooms rm ON rm.id = bd.room_id
        WHERE p.bed_id IS NOT NULL
          AND p.from_date < coalesce(q.to_date, '9999-12-31') AND q.from_date < coalesce(p.to_date, '9999-12-31')
          AND NOT (rm.kind = 'mother_and_child' AND coalesce(ca.mother_id, ca.id) = coalesce(cb.mother_id, cb.id))`,
  );
  return {
    name: 'no bed double-booked',
    problems: listed(clash, (c) => `bed ${c.bed}: clients ${c.a} (from ${c.from_a}) and ${c.b} (from ${c.from_b})`),
  };
}

/** Stays, placements and absences agree with each other and with the client's status. */
async function staysCheck(db: Db): Promise<IntegrityCheck> {
  const p: string[] = [];
  const add = (xs: Array<Record<string, unknown>>, what: string) => p.push(...listed(xs, (x) => `${what}: ${JSON.stringify(x)}`));
  add(await rows(db, sql`SELECT client_id FROM stays WHERE status = 'active' GROUP BY client_id HAVING count(*) > 1`), 'two active stays');
  add(
    await rows(
      db,
      sql`SELECT a.client_id, a.id AS a, b.id AS b FROM stays a JOIN stays b ON b.client_id = a.client_id AND b.id > a.id
          WHERE a.admitted_on < coalesce(b.discharged_on, '9999-12-31') AND b.admitted_on < coalesce(a.discharged_on, '9999-12-31')`,
    ),
    'overlapping stays',
  );
  add(
    await rows(
      db,
      sql`SELECT id FROM stays WHERE (status = 'active') <> (discharged_on IS NULL) OR discharged_on < admitted_on OR status NOT IN ('active', 'discharged')`,
    ),
    'stay dates or status',
  );
  add(
    await rows(
      db,
      sql`SELECT c.id, c.status FROM clients c LEFT JOIN stays s ON s.client_id = c.id AND s.status = 'active'
          WHERE (c.status IN ('active', 'away')) <> (s.id IS NOT NULL) OR (c.status = 'discharged' AND c.last_stay_id IS NULL)`,
    ),
    'client status against stays',
  );
  add(
    await rows(
      db,
      sql`SELECT c.id FROM clients c WHERE (c.status = 'away') <> EXISTS (SELECT 1 FROM absences a WHERE a.client_id = c.id AND a.to_date IS NULL)`,
    ),
    'away status against open absences',
  );
  add(
    await rows(
      db,
      sql`SELECT pl.id FROM placements pl JOIN stays s ON s.id = pl.stay_id
          WHERE pl.client_id <> s.client_id OR pl.from_date < s.admitted_on OR coalesce(pl.to_date, '9999-12-31') < pl.from_date
             OR (s.discharged_on IS NOT NULL AND (pl.to_date IS NULL OR pl.to_date > s.discharged_on))`,
    ),
    'placement outside its stay',
  );
  add(
    await rows(
      db,
      sql`SELECT a.client_id, a.id, b.id AS other FROM placements a JOIN placements b ON b.client_id = a.client_id AND b.id > a.id
          WHERE a.from_date < coalesce(b.to_date, '9999-12-31') AND b.from_date < coalesce(a.to_date, '9999-12-31')`,
    ),
    'overlapping placements of one client',
  );
  add(
    await rows(
      db,
      sql`SELECT ab.id FROM absences ab JOIN stays s ON s.id = ab.stay_id
          WHERE ab.from_date < s.admitted_on OR (s.discharged_on IS NOT NULL AND (ab.to_date IS NULL OR ab.to_date > s.discharged_on))`,
    ),
    'absence outside its stay',
  );
  add(
    await rows(
      db,
      sql`SELECT c.id FROM stays c JOIN stays m ON m.id = c.accompanies_stay_id
          WHERE c.admitted_on <> m.admitted_on OR (m.status = 'discharged' AND c.status <> 'discharged')`,
    ),
    'accompanying child stay against the mother’s',
  );
  return { name: 'stays, placements and absences consistent', problems: p.slice(0, MAX) };
}

/** On no day more people with an active stay than the licensed capacity, unless a manager overrode it. */
async function capacityCheck(db: Db): Promise<IntegrityCheck> {
  const cap = (await rows<{ capacity: number }>(db, sql`SELECT capacity FROM facility WHERE id = 1`))[0]?.capacity ?? 0;
  const overrides = (await rows<{ n: number }>(db, sql`SELECT count(*) AS n FROM capacity_overrides WHERE scope = 'facility'`))[0]!.n;
  const events = await rows<{ d: string; delta: number }>(
    db,
    sql`SELECT admitted_on AS d, 1 AS delta FROM stays UNION ALL SELECT discharged_on AS d, -1 AS delta FROM stays WHERE discharged_on IS NOT NULL ORDER BY d, delta`,
  );
  let n = 0;
  const over: string[] = [];
  for (let i = 0; i < events.length; i++) {
    n += events[i]!.delta;
    const last = i === events.length - 1 || events[i + 1]!.d !== events[i]!.d;
    if (last && n > cap) over.push(`${events[i]!.d}: ${n} > ${cap}`);
  }
  return { name: 'occupancy within capacity (or overridden)', problems: overrides > 0 ? [] : over.slice(0, MAX) };
}

/** Attendance rows: times or an absence, out after in, within the child's day-care stay. */
async function attendanceCheck(db: Db): Promise<IntegrityCheck> {
  if (!(await tableExists(db, 'attendance'))) return { name: 'attendance', problems: [] };
  const bad = await rows<{ id: number; client_id: number; date: string }>(
    db,
    sql`SELECT a.id, a.client_id, a.date FROM attendance a
        WHERE (a.absence_reason IS NOT NULL AND (a.check_in IS NOT NULL OR a.check_out IS NOT NULL))
           OR (a.check_out IS NOT NULL AND (a.check_in IS NULL OR a.check_out <= a.check_in))
           OR NOT EXISTS (SELECT 1 FROM stays s WHERE s.client_id = a.client_id AND s.kind = 'day_care'
                          AND s.admitted_on <= a.date AND (s.discharged_on IS NULL OR s.discharged_on > a.date))`,
  );
  return {
    name: 'attendance records sound and within enrolment',
    problems: listed(bad, (b) => `attendance ${b.id} (client ${b.client_id}, ${b.date})`),
  };
}

/** Every billed day is a complete attendance day inside an authorisation, billed once; lines add up to the claim. */
async function claimsCheck(db: Db): Promise<IntegrityCheck> {
  if (!(await tableExists(db, 'billing_claims'))) return { name: 'claims', problems: [] };
  const p: string[] = [];
  const unsupported = await rows<{ claim_id: number; client_id: number; date: string }>(
    db,
    sql`SELECT d.claim_id, d.client_id, d.date FROM billing_claim_days d
        LEFT JOIN attendance a ON a.client_id = d.client_id AND a.date = d.date
        LEFT JOIN billing_authorisations au ON au.id = d.authorisation_id
        WHERE d.units > 0 AND (a.id IS NULL OR a.check_in IS NULL OR a.check_out IS NULL OR a.absence_reason IS NOT NULL
              OR au.id IS NULL OR au.client_id <> d.client_id OR d.date < au.valid_from OR d.date > au.valid_to)`,
  );
  p.push(
    ...listed(
      unsupported,
      (u) => `claim ${u.claim_id}: client ${u.client_id} on ${u.date} billed without a complete attendance day in an authorisation`,
    ),
  );
  const twice = await rows<{ client_id: number; date: string; units: number }>(
    db,
    sql`SELECT client_id, date, sum(units) AS units FROM billing_claim_days GROUP BY client_id, date, program HAVING sum(units) > 1`,
  );
  p.push(...listed(twice, (t) => `client ${t.client_id} on ${t.date} billed ${t.units} times`));
  const lines = await rows<{ id: number; days: number; counted: number }>(
    db,
    sql`SELECT l.id, l.days, (SELECT coalesce(sum(d.units), 0) FROM billing_claim_days d WHERE d.line_id = l.id) AS counted
        FROM billing_claim_lines l WHERE l.kind = 'regular'`,
  );
  p.push(
    ...listed(
      lines.filter((l) => l.days !== l.counted),
      (l) => `claim line ${l.id}: ${l.days} days, ${l.counted} billed days`,
    ),
  );
  const totals = await rows<{ id: number; total: number; sum: number }>(
    db,
    sql`SELECT c.id, c.total, (SELECT coalesce(sum(l.amount), 0) FROM billing_claim_lines l WHERE l.claim_id = c.id) AS sum FROM billing_claims c`,
  );
  p.push(
    ...listed(
      totals.filter((t) => t.total !== t.sum),
      (t) => `claim ${t.id}: total ${t.total} ≠ lines ${t.sum}`,
    ),
  );
  return { name: 'every claim line matches attendance', problems: p.slice(0, MAX) };
}

/** Care-log entries and doses belong to someone with a stay on that day, written after the event. */
async function dailyCheck(db: Db): Promise<IntegrityCheck> {
  if (!(await tableExists(db, 'care_log_entries'))) return { name: 'care log and doses', problems: [] };
  const p: string[] = [];
  const care = await rows<{ id: number }>(
    db,
    sql`SELECT e.id FROM care_log_entries e
        WHERE e.entered_at < strftime('%Y-%m-%dT%H:%M:%fZ', e.event_at, '-1 minute')
           OR NOT EXISTS (SELECT 1 FROM stays s WHERE s.client_id = e.client_id AND s.admitted_on <= e.event_date
                          AND (s.discharged_on IS NULL OR s.discharged_on >= e.event_date))`,
  );
  p.push(...listed(care, (c) => `care-log entry ${c.id} outside a stay or written before it happened`));
  const doses = await rows<{ id: number }>(
    db,
    sql`SELECT m.id FROM medication_administrations m JOIN prescriptions r ON r.id = m.prescription_id
        WHERE m.client_id <> r.client_id OR m.date < r.start_date OR (r.end_date IS NOT NULL AND m.date > r.end_date)`,
  );
  p.push(...listed(doses, (d) => `dose ${d.id} outside its prescription`));
  return { name: 'care log and doses within stays and prescriptions', problems: p.slice(0, MAX) };
}

/** Every check; a facility is sound when none lists a problem. */
export async function integrityChecks(db: Db): Promise<IntegrityCheck[]> {
  return [
    ...(await sqliteChecks(db)),
    await auditCheck(db),
    await bedsCheck(db),
    await staysCheck(db),
    await capacityCheck(db),
    await attendanceCheck(db),
    await claimsCheck(db),
    await dailyCheck(db),
  ];
}

export const integrityProblems = (checks: IntegrityCheck[]) => checks.flatMap((c) => c.problems.map((p) => `${c.name}: ${p}`));
