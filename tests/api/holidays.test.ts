import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dayCare, at, claimMonth, TODAY, type DayCare } from '../fixtures/daily';

let d: DayCare;
afterEach(async () => d?.f.close());

const dueDays = (row: { daysPresent: number; absences: number; unmarked: number }) => row.daysPresent + row.absences + row.unmarked;

async function holidayAudit(d: DayCare) {
  return d.f.backend.db
    .selectFrom('audit_log')
    .select(['action', 'object_id'])
    .where('action', 'like', 'holidays.%')
    .orderBy('seq')
    .execute();
}

describe('the holiday calendar', () => {
  it('adds the seven fixed national holidays once; a second run adds nothing; every addition is audited', async () => {
    d = await dayCare();
    const { f, manager, caregiver } = d;
    const first = await f.ok(manager, 'holidays.addNational', { year: 2027 });
    expect(first.added.map((h) => h.date)).toEqual([
      '2027-01-01',
      '2027-03-08',
      '2027-03-21',
      '2027-05-09',
      '2027-09-01',
      '2027-10-01',
      '2027-12-08',
    ]);
    expect(first.added.find((h) => h.date === '2027-03-21')!.name).toBe('Navro\u02bbz');
    expect(first.added.find((h) => h.date === '2027-10-01')!.name).toBe('O\u02bbqituvchi va murabbiylar kuni');
    expect(first.lockedOut).toEqual([]);
    const again = await f.ok(manager, 'holidays.addNational', { year: 2027 });
    expect(again.added).toEqual([]);
    expect(again.holidays).toHaveLength(7);
    expect((await f.rowCounts()).holidays).toBe(7);
    // Every role reads the calendar; another year is empty.
    expect(await f.ok(caregiver, 'holidays.list', { year: 2027 })).toEqual(first.holidays);
    expect(await f.ok(caregiver, 'holidays.list', { year: 2028 })).toEqual([]);
    const audit = await holidayAudit(d);
    expect(audit).toHaveLength(7);
    expect(audit.every((a) => a.action === 'holidays.addNational')).toBe(true);
    expect(audit[2]!.object_id).toBe('2027-03-21');
  });

  it('saves a moving feast, renames it, removes it — each audited; an unchanged save writes nothing', async () => {
    d = await dayCare();
    const { f, manager } = d;
    await f.ok(manager, 'holidays.save', { date: '2027-03-10', name: 'Ramazon hayiti' });
    await f.ok(manager, 'holidays.save', { date: '2027-03-10', name: '  Ramazon hayit  ' });
    await f.ok(manager, 'holidays.save', { date: '2027-03-10', name: 'Ramazon hayit' });
    expect(await f.ok(manager, 'holidays.list', { year: 2027 })).toEqual([{ date: '2027-03-10', name: 'Ramazon hayit' }]);
    expect(await f.ok(manager, 'holidays.remove', { date: '2027-03-10' })).toEqual({ ok: true });
    expect(await f.ok(manager, 'holidays.list', { year: 2027 })).toEqual([]);
    const gone = await f.call(manager, 'holidays.remove', { date: '2027-03-10' });
    expect(!gone.ok && gone.error.code).toBe('not_found');
    expect((await holidayAudit(d)).map((a) => a.action)).toEqual(['holidays.save', 'holidays.save', 'holidays.remove']);
  });

  it('refuses bad input per field and writes nothing', async () => {
    d = await dayCare();
    const { f, manager } = d;
    await f.ok(manager, 'holidays.save', { date: '2027-01-07', name: 'Koʻchirilgan dam olish kuni' });
    const before = await f.rowCounts();
    const cases: Array<[string, unknown, string, string]> = [
      ['holidays.save', { date: '2027-02-30', name: 'Bayram' }, 'date', 'sana'],
      ['holidays.save', { date: '07.01.2027', name: 'Bayram' }, 'date', 'sana'],
      ['holidays.save', { date: '2027-05-01', name: '   ' }, 'name', 'toʻldirish shart'],
      ['holidays.save', { date: '2027-05-01', name: 'x'.repeat(121) }, 'name', ''],
      ['holidays.remove', { date: '2027-13-01' }, 'date', 'sana'],
      ['holidays.addNational', { year: 1999 }, 'year', '2000 dan 2100 gacha'],
      ['holidays.addNational', { year: 2101 }, 'year', '2000 dan 2100 gacha'],
      ['holidays.list', { year: 20270 }, 'year', '2000 dan 2100 gacha'],
    ];
    for (const [method, input, field, text] of cases) {
      const r = await f.call(manager, method, input);
      expect(r.ok, `${method} ${JSON.stringify(input)}`).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('validation');
        expect(Object.keys(r.error.fields ?? {})).toEqual([field]);
        expect(r.error.fields![field]!.toLowerCase()).toContain(text.toLowerCase());
      }
    }
    expect(await f.rowCounts()).toEqual(before);
  });

  it('lets only the manager change the calendar: caregiver, accountant and inspector are refused and nothing is written', async () => {
    d = await dayCare();
    const { f, caregiver, manager } = d;
    await f.ok(manager, 'holidays.save', { date: '2027-01-07', name: 'Koʻchirilgan dam olish kuni' });
    const others = [caregiver, await f.as('accountant'), await f.as('inspector')];
    const before = await f.rowCounts();
    for (const who of others) {
      for (const [method, input] of [
        ['holidays.save', { date: '2027-01-08', name: 'Bayram' }],
        ['holidays.remove', { date: '2027-01-07' }],
        ['holidays.addNational', { year: 2027 }],
      ] as const) {
        const r = await f.call(who, method, input);
        expect(!r.ok && r.error.code, method).toBe('forbidden');
      }
      expect(await f.ok(who, 'holidays.list', { year: 2027 })).toHaveLength(1);
    }
    const after = await f.rowCounts();
    expect(after.holidays).toBe(before.holidays);
    expect(await f.ok(manager, 'holidays.list', { year: 2027 })).toEqual([{ date: '2027-01-07', name: 'Koʻchirilgan dam olish kuni' }]);
  });

  it('refuses to change a month a claim has locked, naming the claim; addNational leaves that month out', async () => {
    d = await dayCare();
    const { f, manager } = d;
    await f.ok(manager, 'holidays.save', { date: '2026-10-14', name: 'Transfer' });
    const number = await claimMonth(d, '2026-10');
    const before = await f.rowCounts();
    for (const [method, input] of [
      ['holidays.save', { date: '2026-10-15', name: 'Bayram' }],
      ['holidays.save', { date: '2026-10-14', name: 'Boshqa nom' }],
      ['holidays.remove', { date: '2026-10-14' }],
    ] as const) {
      const r = await f.call(manager, method, input);
      expect(!r.ok && r.error.code, method).toBe('conflict');
      if (!r.ok) expect(r.error.message).toContain(number);
    }
    expect(await f.rowCounts()).toEqual(before);
    const national = await f.ok(manager, 'holidays.addNational', { year: 2026 });
    expect(national.lockedOut.map((h) => h.date)).toEqual(['2026-10-01']);
    expect(national.added).toHaveLength(6);
    // November is open: a holiday there is fine.
    await f.ok(manager, 'holidays.save', { date: '2026-11-30', name: 'Bayram' });
  });
});

describe('a holiday on the attendance sheets', () => {
  it('today’s sheet expects nobody on a holiday and carries it for the banner, yet a child who comes is marked', async () => {
    d = await dayCare();
    const { f, manager, caregiver, kids } = d;
    expect(await f.ok(caregiver, 'attendance.sheet', {})).toMatchObject({ expected: 5, holiday: null });
    await f.ok(manager, 'holidays.save', { date: TODAY, name: 'Koʻchirilgan dam olish kuni' });
    at(f, '09:00');
    let sheet = await f.ok(caregiver, 'attendance.sheet', {});
    expect(sheet).toMatchObject({ expected: 0, present: 0, holiday: { date: TODAY, name: 'Koʻchirilgan dam olish kuni' } });
    expect(sheet.rows).toHaveLength(5);
    expect(sheet.rows.every((r) => !r.scheduled)).toBe(true);
    await f.ok(caregiver, 'attendance.checkIn', { clientId: kids[0]!.id });
    sheet = await f.ok(caregiver, 'attendance.sheet', {});
    expect(sheet).toMatchObject({ expected: 1, present: 1 });
    // The day at a glance agrees; another day is untouched.
    expect((await f.ok(caregiver, 'attendance.sheet', { date: '2026-11-23' })).holiday).toBeNull();
    expect((await f.ok(caregiver, 'attendance.sheet', { date: '2026-11-23' })).expected).toBe(5);
  });

  it('the month tabel counts a holiday neither due nor unmarked and lists the month’s holidays', async () => {
    d = await dayCare();
    const { f, manager, kids } = d;
    const plain = await f.ok(manager, 'attendance.month', { month: '2026-10' });
    const plainRow = plain.rows.find((r) => r.client.id === kids[0]!.id)!;
    expect(dueDays(plainRow)).toBe(22); // every weekday of October 2026, none marked
    expect(plain.holidays).toEqual([]);
    await f.ok(manager, 'holidays.addNational', { year: 2026 });
    const grid = await f.ok(manager, 'attendance.month', { month: '2026-10' });
    expect(grid.holidays).toEqual([{ date: '2026-10-01', name: 'Oʻqituvchi va murabbiylar kuni' }]);
    for (const row of grid.rows) expect(dueDays(row)).toBe(21);
    const row = grid.rows.find((r) => r.client.id === kids[0]!.id)!;
    expect(row.cells[0]).toMatchObject({ date: '2026-10-01', expected: false, unmarked: false });
    expect(row.cells[1]).toMatchObject({ date: '2026-10-02', expected: true, unmarked: true });
    expect(grid.totals.unmarked).toBe(plain.totals.unmarked - grid.rows.length);

    // The paper tabel names the holiday in its legend (and shades its column like a weekend).
    const file = await f.ok(manager, 'attendance.monthPdf', { month: '2026-10' });
    const dir = process.env.KOMAK_PDF_OUT ?? join(f.dir, 'out');
    mkdirSync(dir, { recursive: true });
    const pdf = join(dir, 'tabel-2026-10-holiday.pdf');
    writeFileSync(pdf, Buffer.from(file.base64, 'base64'));
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, pdf.replace(/\.pdf$/, '')]);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Bayram (markaz yopiq');
    expect(text).toContain('1 — Oʻqituvchi va murabbiylar kuni');
  });

  it('in a month with Navroʻz on a weekday the due days of a Monday–Friday child drop by one', async () => {
    d = await dayCare();
    const { f, kids } = d;
    // 21 March 2028 is a Tuesday; the month is over on 1 April.
    at(f, '09:00', '2028-04-03');
    const manager = await f.signIn();
    const before = (await f.ok(manager, 'attendance.month', { month: '2028-03' })).rows.find((r) => r.client.id === kids[0]!.id)!;
    expect(dueDays(before)).toBe(23);
    await f.ok(manager, 'holidays.save', { date: '2028-03-21', name: 'Navroʻz' });
    const after = (await f.ok(manager, 'attendance.month', { month: '2028-03' })).rows.find((r) => r.client.id === kids[0]!.id)!;
    expect(dueDays(after)).toBe(22);
    expect(after.cells[20]).toMatchObject({ date: '2028-03-21', expected: false, unmarked: false });
    expect(after.cells[19]).toMatchObject({ date: '2028-03-20', expected: true, unmarked: true });
    // The national list adds 8 March (a Wednesday in 2028) as well.
    await f.ok(manager, 'holidays.addNational', { year: 2028 });
    const grid = await f.ok(manager, 'attendance.month', { month: '2028-03' });
    expect(dueDays(grid.rows.find((r) => r.client.id === kids[0]!.id)!)).toBe(21);
    expect(grid.holidays).toEqual([
      { date: '2028-03-08', name: 'Xalqaro xotin-qizlar kuni' },
      { date: '2028-03-21', name: 'Navroʻz' },
    ]);
  });
});
