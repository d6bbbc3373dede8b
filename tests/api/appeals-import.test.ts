import { afterEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { type TestFacility } from '../fixtures/backend';
import { REGIONS, womenCenter } from '../fixtures/appeals';
import { generateRegister, percentsOf, toCsv } from '../fixtures/appeals-register';

let f: TestFacility;
afterEach(async () => f?.close());

const HEADER = 'appeal_date,channel,applicant,region,violence_type,place,relationship,age,code,notes';
const ok = (...lines: string[]) => [HEADER, ...lines].join('\n') + '\n';

describe('import appeals', () => {
  it('reports every bad row by line, column and reason, and writes nothing', async () => {
    f = await womenCenter();
    const m = await f.signIn();
    await f.ok(m, 'appeals.create', { applicant: 'woman', regionSoato: '1726', violenceType: 'physical' });
    const before = await f.rowCounts();
    const csv = ok(
      '2026-01-05,hotline,woman,1703,physical,domestic,spouses,30,,ok row', // line 2
      '2026-01-06,hotline,woman,1703,physical,,,,,"two', // line 3 (the note runs to line 4)
      'lines"',
      '2026-02-30,phone,kid,9999,verbal,home,cousins,abc,,', // line 5: seven bad cells
      '2026-01-07,walk_in,girl,1735,sexual,workplace,spouses,19,,', // line 6: two rule violations
      '2026-01-08,hotline,woman,1703', // line 7: short row
      '2026-01-09,hotline,woman,1703,,,,,A-2026-00001,', // line 8: code taken in the register, no violence type
      '2026-01-10,hotline,woman,1703,other,,,,X-7,', // line 9
      '2026-01-11,hotline,wife,1703,other,,spouses,,X-7,', // line 10: a bad code, a relationship without a place, a repeated code
      '2099-01-01,hotline,man,1703,other,elsewhere,neighbours,,,', // line 11
    );
    const r = await f.ok(m, 'appeals.import', { csv });
    expect(r.imported).toBe(0);
    expect(r.rows).toBe(9);
    expect(r.errors.map((e) => [e.line, e.column])).toEqual([
      [5, 'appeal_date'],
      [5, 'channel'],
      [5, 'applicant'],
      [5, 'region'],
      [5, 'violence_type'],
      [5, 'place'],
      [5, 'relationship'],
      [5, 'age'],
      [6, 'relationship'],
      [6, 'age'],
      [7, null],
      [8, 'violence_type'],
      [8, 'code'],
      [10, 'applicant'],
      [10, 'relationship'],
      [10, 'code'],
      [11, 'appeal_date'],
      [11, 'relationship'],
    ]);
    const reasons = Object.fromEntries(r.errors.map((e) => [`${e.line}.${e.column}`, e.reason]));
    expect(reasons['5.channel']).toBe('«phone» — notoʻgʻri kod. Mumkin: hotline, walk_in, referral.');
    expect(reasons['5.region']).toContain('«9999» — viloyatning SOATO kodi emas');
    expect(reasons['7.null']).toBe('Qatorda 4 ta ustun bor, 10 ta boʻlishi kerak.');
    expect(reasons['8.code']).toBe('Bu kod reestrda allaqachon bor.');
    expect(reasons['10.code']).toBe('Bu kod faylda 9-qatorda ham bor.');
    expect(await f.rowCounts()).toEqual({ ...before, audit_log: before.audit_log });
  });

  it('checks the header, the CSV itself and an empty file', async () => {
    f = await womenCenter();
    const m = await f.signIn();
    const wrongHeader = await f.ok(m, 'appeals.import', {
      csv: 'appeal_date,channel,applicant,region,violence,place,relationship,age,code,notes\n',
    });
    expect(wrongHeader.errors.map((e) => [e.line, e.column])).toEqual([
      [1, 'violence'],
      [1, 'violence_type'],
    ]);
    const broken = await f.ok(m, 'appeals.import', { csv: ok('2026-01-05,hotline,woman,1703,physical,,,,,"never closed') });
    expect(broken.errors).toEqual([{ line: 2, column: null, reason: 'Qoʻshtirnoq yopilmagan.' }]);
    expect((await f.ok(m, 'appeals.import', { csv: '' })).errors[0]!.line).toBe(1);
    expect((await f.ok(m, 'appeals.import', { csv: `${HEADER}\n` })).errors).toHaveLength(1);
    expect((await f.rowCounts()).appeals).toBe(0);
  });

  it('imports a clean file with BOM, CRLF, either date form and its own codes; a dry run writes nothing', async () => {
    f = await womenCenter();
    const m = await f.signIn();
    const csv =
      '\ufeff' +
      [
        HEADER,
        '2026-01-05,hotline,woman,1703,physical,domestic,spouses,30,,',
        '05.02.2026,Walk_In,GIRL,1735,sexual,,,16,JR-17,"a, ""b"""',
        '2025-12-31,referral,man,1726,other,,,,,',
      ].join('\r\n');
    const dry = await f.ok(m, 'appeals.import', { csv, dryRun: true });
    expect(dry).toMatchObject({ rows: 3, imported: 0, dryRun: true, errors: [] });
    expect((await f.rowCounts()).appeals).toBe(0);
    const r = await f.ok(m, 'appeals.import', { csv });
    expect(r).toMatchObject({ rows: 3, imported: 3, errors: [], firstCode: 'A-2026-00001', lastCode: 'A-2025-00001' });
    const list = (await f.ok(m, 'appeals.list', {})).items;
    expect(list.map((a) => [a.code, a.appealDate, a.channel, a.applicant, a.source])).toEqual([
      ['JR-17', '2026-02-05', 'walk_in', 'girl', 'import'],
      ['A-2026-00001', '2026-01-05', 'hotline', 'woman', 'import'],
      ['A-2025-00001', '2025-12-31', 'referral', 'man', 'import'],
    ]);
    expect(list[0]!.notes).toBe('a, "b"');
    // Codes go on after the imported ones; a code in our own format moves the counter past it.
    expect((await f.ok(m, 'appeals.create', { applicant: 'woman', regionSoato: '1726', violenceType: 'physical' })).code).toBe(
      'A-2026-00002',
    );
    await f.ok(m, 'appeals.import', { csv: ok('2026-03-01,hotline,woman,1703,physical,,,,A-2026-00040,') });
    expect((await f.ok(m, 'appeals.create', { applicant: 'woman', regionSoato: '1726', violenceType: 'physical' })).code).toBe(
      'A-2026-00041',
    );
    const audit = await f.backend.db
      .selectFrom('audit_log')
      .select(['object_id', 'changes'])
      .where('action', '=', 'appeals.import')
      .execute();
    expect(audit[0]).toEqual({ object_id: 'A-2026-00001…A-2025-00001', changes: JSON.stringify({ rows: [null, 3] }) });
  });
});

describe('a generated register of 12,000 appeals', () => {
  it('imports in one go and gives statistics equal to counts made independently, number by number', async () => {
    f = await womenCenter();
    const m = await f.signIn();
    const from = '2026-01-01';
    const to = '2026-08-31';
    const { csv, expected, rows } = generateRegister({ seed: 2026, count: 12_000, firstDay: '2025-10-01', days: 400, from, to });
    expect(rows.length).toBe(12_000);
    expect(expected.total).toBeGreaterThan(7_000);
    const started = performance.now();
    const r = await f.ok(m, 'appeals.import', { csv });
    const ms = performance.now() - started;
    console.log(`imported ${r.imported} appeals in ${ms.toFixed(0)} ms`);
    expect(r).toMatchObject({ imported: 12_000, errors: [] });

    const json = await f.ok(m, 'appeals.agencyStats', { from, to });
    expect(json.total).toBe(expected.total);
    expect(json.byApplicant).toEqual(expected.byApplicant);
    expect(json.byViolenceType).toEqual(expected.byViolenceType);
    expect(json.byRegion).toEqual(expected.byRegion);
    expect(json.byPlace).toEqual(expected.byPlace);
    expect(json.byRelationship).toEqual(expected.byRelationship);
    expect(json.percent).toEqual(percentsOf(expected));
    const s = await f.ok(m, 'appeals.stats', { from, to });
    expect(s.noPlace.count).toBe(expected.noPlace);
    expect(Object.fromEntries(s.byChannel.map((c) => [c.key, c.count]))).toEqual(expected.byChannel);
    expect(s.byRegion.map((x) => x.key)).toEqual(REGIONS);
  });

  it('answers the statistics from the covering index, not the table', async () => {
    f = await womenCenter();
    const plan = await sql<{ detail: string }>`EXPLAIN QUERY PLAN SELECT region_soato, count(*) FROM appeals
      WHERE appeal_date >= '2026-01-01' AND appeal_date <= '2026-12-31' GROUP BY region_soato`.execute(f.backend.db);
    expect(plan.rows.map((r) => r.detail).join(' | ')).toMatch(/USING COVERING INDEX appeals_stats \(appeal_date>\? AND appeal_date<\?\)/);
    const help = await sql<{ detail: string }>`EXPLAIN QUERY PLAN SELECT count(*), sum(suicide_risk), sum((help_mask & 1) != 0) FROM appeals
      WHERE appeal_date >= '2026-01-01' AND appeal_date <= '2026-12-31'`.execute(f.backend.db);
    expect(help.rows.map((r) => r.detail).join(' | ')).toMatch(/USING COVERING INDEX appeals_stats/);
  });

  it('rejects the whole file when one row in ten thousand is bad', async () => {
    f = await womenCenter();
    const m = await f.signIn();
    const { rows } = generateRegister({ seed: 7, count: 10_000, firstDay: '2026-01-01', days: 200, from: '2026-01-01', to: '2026-12-31' });
    rows[9_876]![3] = '1799';
    const r = await f.ok(m, 'appeals.import', { csv: toCsv(rows) });
    expect(r.imported).toBe(0);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ column: 'region' });
    // Line = header + rows before it + the extra lines of notes written over two lines.
    const extraLines = rows.slice(0, 9_876).filter((x) => x[9]!.includes('\n')).length;
    expect(r.errors[0]!.line).toBe(9_876 + 2 + extraLines);
    expect((await f.rowCounts()).appeals).toBe(0);
  });
});
