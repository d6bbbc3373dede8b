// What the benchmark measures: each item a contract method with its input on a benchmark facility,
// the role that calls it, the bare SQL that fetches the same rows (the floor), and its budget.
import { stringify } from 'csv-stringify/sync';
import type { Role } from '../../electron/contract/core';
import { APPEAL_CSV_COLUMNS } from '../../electron/contract/appeals.codes';
import { womenAppeal } from '../../electron/features/demo/appeals';
import { Rng } from '../../electron/features/demo/prng';
import { addDays, addYears } from '../../electron/features/demo/dates';
import { queryTokens } from '../../electron/features/clients/search-terms';
import type { BenchFacility, BenchKind } from './facility';

export interface Budget {
  /** Median must stay at or under this many milliseconds. */
  ms?: number;
  /** And at or under this many times the bare SQL's median. */
  ratio?: number;
}

export interface BareQuery {
  sql: string;
  params: unknown[];
}

export interface ApiItem {
  id: string;
  label: string;
  kind: BenchKind;
  role: Role;
  method: string;
  input: unknown;
  bare?: BareQuery[];
  budget?: Budget;
  /** Measured runs (after warm-up): fewer for slow or writing items. */
  runs: number;
  /** Writes: no warm-up (each run writes). */
  writes?: boolean;
}

/** Facts about a facility the inputs need: a resident with a full day of care log, a closed period. */
export function factsOf(f: BenchFacility) {
  const one = <T>(sqlText: string, ...params: unknown[]) => f.raw.prepare(sqlText).get(...params) as T | undefined;
  const resident = one<{ client_id: number }>(
    'SELECT client_id FROM care_log_entries WHERE event_date = ? GROUP BY client_id ORDER BY count(*) DESC, client_id LIMIT 1',
    f.today,
  );
  const period = one<{ id: number }>(
    "SELECT id FROM report_periods WHERE status = 'closed' AND kind = 'activity' ORDER BY period_from DESC, id DESC LIMIT 1",
  );
  const code = one<{ code: string }>('SELECT code FROM clients ORDER BY id DESC LIMIT 1');
  return { residentId: resident?.client_id ?? 1, periodId: period?.id ?? null, code: code?.code ?? 'W-2026-0001' };
}

/** Search terms are prefixes of the Latin-folded words: the app's own folding gives what the index sees. */
const termRange = (typed: string) => {
  const token = queryTokens(typed)[0] ?? '';
  return [token, `${token}\uffff`];
};

/** The same rows as the answer: the total, and the first page of 50 with place, stay and absence. */
const SEARCH_BARE = (typed: string): BareQuery[] => {
  const matching = `SELECT client_id FROM client_search_terms WHERE term >= ? AND term < ? AND kind IN ('code', 'name', 'pinfl', 'phone', 'doc')`;
  return [
    {
      sql: `SELECT c.*, r.name AS room_name, b.label AS bed_label, g.name AS group_name, s.admitted_on, s.discharged_on, a.reason AS absence_reason
            FROM (SELECT id FROM clients WHERE id IN (${matching}) ORDER BY code_year, code_seq, id LIMIT 50) AS page
            JOIN clients c ON c.id = page.id LEFT JOIN stays s ON s.id = c.last_stay_id LEFT JOIN rooms r ON r.id = c.current_room_id
            LEFT JOIN beds b ON b.id = c.current_bed_id LEFT JOIN care_groups g ON g.id = c.current_group_id
            LEFT JOIN absences a ON a.client_id = c.id AND a.to_date IS NULL ORDER BY c.code_year, c.code_seq, c.id`,
      params: termRange(typed),
    },
    { sql: `SELECT count(*) FROM clients WHERE id IN (${matching})`, params: termRange(typed) },
  ];
};

/**
 * A resident's entries of a period with what each shows: the resident, the author's name, the
 * entry's correction (reason, by whom, its replacement), the entry it replaces, its acknowledgement.
 */
const CARE_BARE = (clientId: number, from: string, to: string): BareQuery[] => [
  {
    sql: `SELECT e.*, u.full_name, c.code, c.last_name, c.first_name, c.middle_name, c.sex, c.birth_date, c.status,
            k.reason, k.replacement_id, k.corrected_at, ku.full_name AS corrected_by, r.entry_id AS replaces_id,
            a.acknowledged_at, au.full_name AS acknowledged_by
          FROM care_log_entries e JOIN users u ON u.id = e.author_id JOIN clients c ON c.id = e.client_id
          LEFT JOIN care_log_corrections k ON k.entry_id = e.id LEFT JOIN users ku ON ku.id = k.corrected_by
          LEFT JOIN care_log_corrections r ON r.replacement_id = e.id
          LEFT JOIN care_log_handover_acks a ON a.entry_id = e.id LEFT JOIN users au ON au.id = a.acknowledged_by
          WHERE e.client_id = ? AND e.event_date >= ? AND e.event_date <= ? ORDER BY e.event_date DESC, e.event_at DESC, e.id DESC LIMIT 501`,
    params: [clientId, from, to],
  },
];

/**
 * 10,000 appeals in the import's CSV columns, drawn from the seed document's proportions, dated in
 * the month still open (`lastDay`'s): earlier months are closed, and a closed period refuses new rows.
 */
export function appealsCsv(count: number, lastDay: string): string {
  const rng = new Rng(77, 'bench/import');
  const rows: string[][] = [];
  for (let i = 0; i < count; i++) {
    const a = womenAppeal(rng, addDays(lastDay, -rng.int(0, Number(lastDay.slice(8, 10)) - 1)));
    rows.push([
      a.appealDate!,
      a.channel!,
      a.applicant,
      a.regionSoato,
      a.violenceType ?? '',
      a.place ?? '',
      a.relationship ?? '',
      a.age === null || a.age === undefined ? '' : String(a.age),
      '',
      '',
    ]);
  }
  return stringify([[...APPEAL_CSV_COLUMNS], ...rows]);
}

export function womenCenterItems(f: BenchFacility, large: boolean, backupDir: string): ApiItem[] {
  const facts = factsOf(f);
  const today = f.today;
  const reads = large ? 25 : 3;
  /** The quick reads (a keystroke, a tap): many runs, their medians are a fraction of a millisecond. */
  const quick = large ? 200 : 3;
  const fast: Budget = { ms: 30, ratio: 3 };
  const yearAgo = addDays(addYears(today, -1), 1);
  const tenYears = addDays(addYears(today, -10), 1);
  const codePrefix = facts.code.slice(0, 9);
  const items: ApiItem[] = [
    {
      id: 'search.name',
      label: 'client search: name prefix "kari"',
      kind: 'women_center',
      role: 'manager',
      method: 'clients.list',
      input: { q: 'kari' },
      bare: SEARCH_BARE('kari'),
      budget: fast,
      runs: quick,
    },
    {
      id: 'search.apostrophe',
      label: 'client search: Latin with oʻ, typed "o\'rin"',
      kind: 'women_center',
      role: 'manager',
      method: 'clients.list',
      input: { q: "o'rin" },
      bare: SEARCH_BARE("o'rin"),
      budget: fast,
      runs: quick,
    },
    {
      id: 'search.code',
      label: `client search: code "${codePrefix}"`,
      kind: 'women_center',
      role: 'manager',
      method: 'clients.list',
      input: { q: codePrefix },
      bare: SEARCH_BARE(codePrefix),
      budget: fast,
      runs: quick,
    },
    {
      id: 'carelog.day',
      label: "a resident's care log for a day",
      kind: 'women_center',
      role: 'manager',
      method: 'careLog.list',
      input: { clientId: facts.residentId, from: today, to: today },
      bare: CARE_BARE(facts.residentId, today, today),
      budget: fast,
      runs: quick,
    },
    {
      id: 'carelog.week',
      label: "a resident's care log for a week",
      kind: 'women_center',
      role: 'manager',
      method: 'careLog.list',
      input: { clientId: facts.residentId, from: addDays(today, -6), to: today },
      bare: CARE_BARE(facts.residentId, addDays(today, -6), today),
      runs: quick,
    },
    {
      id: 'beds.board',
      label: 'bed board (60 beds)',
      kind: 'women_center',
      role: 'manager',
      method: 'beds.board',
      input: { date: today },
      bare: [
        {
          sql: `SELECT r.id, r.name, b.id AS bed, b.label, p.client_id, c.code, c.sex, c.birth_date, c.status, a.reason
                FROM rooms r JOIN beds b ON b.room_id = r.id
                LEFT JOIN placements p ON p.bed_id = b.id AND p.from_date <= ? AND (p.to_date IS NULL OR p.to_date > ?)
                LEFT JOIN clients c ON c.id = p.client_id
                LEFT JOIN absences a ON a.client_id = p.client_id AND a.to_date IS NULL
                ORDER BY r.floor, r.name, b.label`,
          params: [today, today],
        },
      ],
      budget: fast,
      runs: quick,
    },
    ...(
      [
        ['stats.1y', "women's center statistics, 1 year", yearAgo, 100],
        ['stats.10y', "women's center statistics, 10 years", tenYears, 500],
      ] as const
    ).map(([id, label, from, ms]) => ({
      id,
      label,
      kind: 'women_center' as const,
      role: 'manager' as const,
      method: 'appeals.stats',
      input: { from, to: today },
      bare: [
        {
          sql: `SELECT applicant, violence_type, region_soato, place, relationship, channel, suicide_risk, help_mask, count(*)
                FROM appeals WHERE appeal_date >= ? AND appeal_date <= ? GROUP BY 1, 2, 3, 4, 5, 6, 7, 8`,
          params: [from, today],
        },
      ],
      budget: { ms },
      runs: reads,
    })),
    {
      id: 'report.activityPdf',
      label: 'yearly activity report PDF',
      kind: 'women_center',
      role: 'manager',
      method: 'reports.export',
      input: {
        kind: 'activity',
        from: `${Number(today.slice(0, 4)) - 1}-${today.slice(5, 7)}-01`,
        to: addDays(`${today.slice(0, 7)}-01`, -1),
        format: 'pdf',
      },
      budget: { ms: 3000 },
      runs: large ? 5 : 2,
    },
  ];
  if (facts.periodId && f.out.signingPassword)
    items.push({
      id: 'report.package',
      label: 'signed report package',
      kind: 'women_center',
      role: 'manager',
      method: 'reports.makePackage',
      input: { periodId: facts.periodId, signingPassword: f.out.signingPassword },
      budget: { ms: 4000 },
      runs: large ? 3 : 1,
      writes: true,
    });
  items.push(
    {
      id: 'appeals.import',
      label: 'import of 10,000 appeals',
      kind: 'women_center',
      role: 'manager',
      method: 'appeals.import',
      input: { csv: appealsCsv(10_000, today) },
      budget: { ms: 3000 },
      runs: large ? 2 : 1,
      writes: true,
    },
    {
      id: 'audit.verify',
      label: 'audit chain verification',
      kind: 'women_center',
      role: 'manager',
      method: 'audit.verify',
      input: {},
      runs: 1,
      writes: true,
    },
    {
      id: 'backup',
      label: 'backup of the whole database',
      kind: 'women_center',
      role: 'manager',
      method: 'backup.create',
      input: { dir: backupDir },
      runs: 1,
      writes: true,
    },
  );
  return items;
}

export function dayCareItems(f: BenchFacility, large: boolean): ApiItem[] {
  const today = f.today;
  const month = today.slice(0, 7);
  const reads = large ? 25 : 3;
  /** The quick reads (a keystroke, a tap): many runs, their medians are a fraction of a millisecond. */
  const quick = large ? 200 : 3;
  return [
    {
      id: 'attendance.sheet',
      label: "today's attendance sheet",
      kind: 'day_care',
      role: 'manager',
      method: 'attendance.sheet',
      input: { date: today },
      // Every row the sheet shows: the active groups; each child placed in one that day with the
      // enrolment, photo flag, that day's record, who corrected it and an agreement in force; the
      // people who may collect them; the claim lock of the month; the absence reasons; the holiday.
      bare: [
        { sql: 'SELECT id, name FROM care_groups WHERE active = 1 ORDER BY name', params: [] },
        {
          sql: `SELECT c.id, c.code, c.last_name, c.first_name, c.middle_name, c.sex, c.birth_date, c.status, c.assigned_worker_id, c.current_room_id,
                  c.current_group_id, p.group_id, s.weekdays, s.planned_from, s.planned_to, EXISTS (SELECT 1 FROM client_photos ph WHERE ph.client_id = c.id) AS has_photo,
                  a.check_in, a.check_out, a.absence_reason, a.brought_by, a.collected_by, a.note, a.overtime_reason, a.source, a.correction_reason, a.updated_at,
                  u.full_name AS corrected_by,
                  EXISTS (SELECT 1 FROM billing_extended_care e WHERE e.client_id = c.id AND e.valid_from <= ? AND (e.valid_to IS NULL OR e.valid_to >= ?)) AS agreement
                FROM placements p JOIN care_groups g ON g.id = p.group_id AND g.active = 1 JOIN stays s ON s.id = p.stay_id AND s.kind = 'day_care'
                JOIN clients c ON c.id = p.client_id
                LEFT JOIN attendance a ON a.client_id = c.id AND a.date = ? LEFT JOIN users u ON u.id = a.updated_by AND a.source = 'correction'
                WHERE p.from_date <= ? AND (p.to_date IS NULL OR p.to_date > ?) ORDER BY c.sort_name, p.from_date DESC`,
          params: [today, today, today, today, today],
        },
        {
          sql: `SELECT r.client_id, r.full_name, r.relation FROM client_representatives r
                WHERE r.kind != 'inson_center' AND r.client_id IN (SELECT p.client_id FROM placements p JOIN care_groups g ON g.id = p.group_id AND g.active = 1
                  JOIN stays s ON s.id = p.stay_id AND s.kind = 'day_care' WHERE p.from_date <= ? AND (p.to_date IS NULL OR p.to_date > ?))
                ORDER BY r.client_id, r.sort`,
          params: [today, today],
        },
        {
          sql: 'SELECT l.claim_id, c.number FROM billing_locks l JOIN billing_claims c ON c.id = l.claim_id WHERE l.month = ?',
          params: [today.slice(0, 7)],
        },
        { sql: 'SELECT code, label, short, active FROM attendance_absence_reasons ORDER BY sort, code', params: [] },
        // Whether the day is a public holiday (the sheet's banner; nobody is expected).
        { sql: 'SELECT date, name FROM holidays WHERE date = ?', params: [today] },
      ],
      budget: { ms: 30, ratio: 3 },
      runs: quick,
    },
    {
      id: 'claim.month',
      label: "a month's state claim (60 children)",
      kind: 'day_care',
      role: 'accountant',
      method: 'billing.prepareClaim',
      input: { month },
      bare: [
        {
          sql: 'SELECT client_id, date, check_in, check_out, absence_reason FROM attendance WHERE date >= ? AND date <= ?',
          params: [`${month}-01`, `${month}-31`],
        },
        {
          sql: "SELECT * FROM billing_authorisations WHERE valid_from <= ? AND valid_to >= ? AND status = 'active'",
          params: [`${month}-31`, `${month}-01`],
        },
        {
          sql: "SELECT c.id, c.code, c.birth_date FROM clients c JOIN stays s ON s.client_id = c.id WHERE s.kind = 'day_care' AND s.status = 'active'",
          params: [],
        },
      ],
      budget: { ms: 100 },
      runs: reads,
    },
    {
      id: 'claim.pdf',
      label: "the month's claim PDF",
      kind: 'day_care',
      role: 'accountant',
      method: 'billing.claimPdf',
      input: { month },
      budget: { ms: 1000 },
      runs: large ? 5 : 2,
    },
  ];
}
