// `attendance.import` through the API, and `komak import attendance` through the built command line.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { PASSWORD } from '../fixtures/backend';
import { dayCare, claimMonth, type DayCare } from '../fixtures/daily';

let d: DayCare;
afterEach(async () => d?.f.close());

const HEADER = 'client_code,date,check_in,check_out,absence_reason';
const csv = (...lines: string[]) => [HEADER, ...lines].join('\n') + '\n';

describe('attendance.import', () => {
  it('imports days with times, incomplete days and absences; a re-import of the same days needs replace', async () => {
    d = await dayCare();
    const { f, manager, kids } = d;
    const [a, b] = [kids[0]!.code, kids[1]!.code];
    const file = csv(`${a},2026-11-02,08:00,17:00,`, `${a},2026-11-03,8:15,,`, `${b},2026-11-02,,,illness`, `${b},2026-11-03,09:00,13:00,`);
    const dry = await f.ok(manager, 'attendance.import', { csv: file, dryRun: true });
    expect(dry).toMatchObject({ valid: true, rows: 4, created: 4, dryRun: true });
    expect((await f.rowCounts()).attendance).toBe(0);

    const done = await f.ok(manager, 'attendance.import', { csv: file });
    expect(done).toMatchObject({
      valid: true,
      rows: 4,
      created: 4,
      replaced: 0,
      message: 'Import qilindi: 4 ta yangi kun, 0 ta almashtirildi.',
    });
    const grid = await f.ok(manager, 'attendance.month', { month: '2026-11' });
    const first = grid.rows.find((r) => r.client.code === a)!;
    expect(first.cells[1]).toMatchObject({ checkIn: '08:00', checkOut: '17:00', minutes: 540 });
    expect(first.cells[2]).toMatchObject({ checkIn: '08:15', checkOut: null, incomplete: true });
    expect(grid.rows.find((r) => r.client.code === b)!.cells[1]).toMatchObject({ absenceReason: 'illness' });

    const again = csv(`${a},2026-11-02,08:30,17:00,`, `${a},2026-11-05,08:00,12:00,`);
    const before = await f.rowCounts();
    const refused = await f.ok(manager, 'attendance.import', { csv: again });
    expect(refused.valid).toBe(false);
    expect(refused.errors).toEqual([
      { line: 2, column: 'date', reason: 'Bu kun uchun yozuv bor. Almashtirish uchun --replace bilan import qiling.' },
    ]);
    expect(await f.rowCounts()).toEqual(before);

    const replaced = await f.ok(manager, 'attendance.import', { csv: again, replace: true });
    expect(replaced).toMatchObject({ valid: true, created: 1, replaced: 1 });
    const after = await f.ok(manager, 'attendance.month', { month: '2026-11' });
    expect(after.rows.find((r) => r.client.code === a)!.cells[1]).toMatchObject({ checkIn: '08:30', minutes: 510 });
  });

  it('reports every bad row with its line and column and imports nothing', async () => {
    d = await dayCare();
    const { f, manager, kids } = d;
    const a = kids[0]!.code;
    const file = csv(
      `${a},2026-11-02,08:00,17:00,`, // fine
      `${a},02.11.2026,08:00,,`, // date format
      `${a},2026-11-04,8h,,`, // time
      `${a},2026-11-05,08:00,,illness`, // both
      `${a},2026-11-06,,,`, // neither
      `${a},2026-11-09,,12:00,`, // out without in
      `${a},2026-11-10,12:00,11:00,`, // out before in
      `D-2026-9999,2026-11-11,08:00,,`, // unknown child
      `${a},2026-11-12,,,flu`, // unknown reason
      `${a},2026-11-02,09:00,10:00,`, // the same day twice
      `${a},2026-09-15,08:00,12:00,`, // before enrolment
      `${a},2026-12-01,08:00,12:00,`, // future
      `${a},2026-11-13,08:00`, // short row
    );
    const before = await f.rowCounts();
    const r = await f.ok(manager, 'attendance.import', { csv: file });
    expect(r.valid).toBe(false);
    expect(r.rows).toBe(13);
    expect(r.errors.map((e) => [e.line, e.column])).toEqual([
      [3, 'date'],
      [4, 'check_in'],
      [5, 'absence_reason'],
      [6, 'check_in'],
      [7, 'check_in'],
      [8, 'check_out'],
      [9, 'client_code'],
      [10, 'absence_reason'],
      [11, 'date'],
      [12, 'date'],
      [13, 'date'],
      [14, ''],
    ]);
    expect(r.errors[0]!.reason).toBe('«02.11.2026» — sana emas. YYYY-MM-DD koʻrinishida yozing.');
    expect(r.errors.find((e) => e.line === 11)!.reason).toBe('Bu bola va kun faylda 2-qatorda ham bor.');
    expect(r.message).toBe('13 ta qatorda 12 ta xato; hech narsa import qilinmadi.');
    expect(await f.rowCounts()).toEqual(before);
  });

  it('refuses wrong columns, days of a billed month, and anyone but the manager', async () => {
    d = await dayCare();
    const { f, manager, caregiver, kids } = d;
    const wrong = await f.ok(manager, 'attendance.import', { csv: 'code,date,in,out\nD-2026-0001,2026-11-02,08:00,17:00\n' });
    expect(wrong.errors).toEqual([{ line: 1, column: '', reason: `Ustunlar aynan shunday boʻlsin: ${HEADER}` }]);
    const number = await claimMonth(d, '2026-10');
    const locked = await f.ok(manager, 'attendance.import', { csv: csv(`${kids[0]!.code},2026-10-02,08:00,17:00,`), replace: true });
    expect(locked.errors).toEqual([
      {
        line: 2,
        column: 'date',
        reason: `Bu kun ${number} hisobida bor va qulflangan; tuzatish «Vaucherlar va hisob-fakturalar» → «Tuzatishlar» orqali kiritiladi.`,
      },
    ]);
    const r = await f.call(caregiver, 'attendance.import', { csv: csv(`${kids[0]!.code},2026-11-02,08:00,17:00,`) });
    expect(!r.ok && r.error.code).toBe('forbidden');
    expect((await f.rowCounts()).attendance).toBe(0);
  });
});

describe('komak import attendance', () => {
  const root = join(import.meta.dirname, '..', '..');
  const dir = mkdtempSync(join(tmpdir(), 'komak-att-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const komak = (args: string[]) => {
    const r = spawnSync(process.execPath, [join(root, 'bin', 'komak.cjs'), ...args], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, KOMAK_USER: 'manager', KOMAK_PASSWORD: PASSWORD },
    });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  it('imports all rows or none, says which rows are wrong, and replaces days only with --replace', async () => {
    execFileSync(process.execPath, ['scripts/build.mjs', 'node'], { cwd: root, stdio: 'pipe' });
    d = await dayCare();
    const code = d.kids[0]!.code;
    const dbFile = join(dir, 'daycare.komak');
    await d.f.backend.close();
    for (const s of ['', '-wal', '-shm', '.keyring']) if (existsSync(d.f.dbFile + s)) copyFileSync(d.f.dbFile + s, dbFile + s);
    d.f.backend = { close: async () => undefined } as never;

    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, csv(`${code},2026-11-02,08:00,17:00,`, `${code},2026-11-03,08:00,,illness`));
    const refused = komak(['import', 'attendance', bad, '--db', dbFile]);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain('line 3, absence_reason: Qatorda yo vaqt, yo kelmaganlik sababi boʻlsin — ikkalasi emas.');
    expect(refused.stderr).toContain('2 ta qatorda 1 ta xato; hech narsa import qilinmadi.');

    const good = join(dir, 'good.csv');
    writeFileSync(good, csv(`${code},2026-11-02,08:00,17:00,`, `${code},2026-11-03,,,family`));
    const ok = komak(['import', 'attendance', good, '--db', dbFile]);
    expect(ok.stdout.trim()).toBe('Import qilindi: 2 ta yangi kun, 0 ta almashtirildi.');
    expect(ok.code).toBe(0);
    const twice = komak(['import', 'attendance', good, '--db', dbFile]);
    expect(twice.code).toBe(3);
    expect(twice.stderr).toContain('line 2, date: Bu kun uchun yozuv bor.');
    const replaced = komak(['import', 'attendance', good, '--db', dbFile, '--replace']);
    expect(replaced.stdout.trim()).toBe('Import qilindi: 0 ta yangi kun, 2 ta almashtirildi.');
  }, 120_000);
});
