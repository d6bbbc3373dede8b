import { afterEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { CompiledQuery } from 'kysely';
import { TestFacility } from '../fixtures/backend';
import { FAMILY_HOME, addRooms, addGroup } from '../fixtures/clients';
import { listPageStatement } from '../../db/repositories/clients';

let f: TestFacility;
afterEach(async () => f?.close());

const HEADER = 'client_code,last_name,first_name,middle_name,birth_date,sex,pinfl,admitted_on,room,bed,group';
const csv = (...lines: string[]) => Buffer.from([HEADER, ...lines].join('\r\n'), 'utf8').toString('base64');
const imp = (ctx: Parameters<TestFacility['ok']>[0], contentBase64: string, dryRun = false, fileName = 'reestr.csv') =>
  f.ok(ctx, 'clients.import', { fileName, contentBase64, dryRun });

describe('importing a register', () => {
  it('previews, imports, places, and says how many were created; the same file again creates nothing', async () => {
    f = await TestFacility.create({ init: FAMILY_HOME });
    const m = await f.signIn();
    await addRooms(f, m, { '1': ['A', 'B'] });
    const file = csv(
      'C-2025-0007,Oʻrinboyev,Sardor,Akmal oʻgʻli,12.03.2015,M,51203150123456,2025-09-01,1,A,',
      ',"Каримова","Малика",,2016-05-01,F,,10.01.2026,1,B,',
      ',Aliyev,Vali,,2017-02-02,m,,,,,',
    );
    const preview = await imp(m, file, true);
    expect(preview).toMatchObject({ dryRun: true, valid: true, rows: 3, created: 0, errors: [], errorFileBase64: null });
    expect(preview.preview.map((p) => [p.line, p.action, p.place])).toEqual([
      [2, 'create', '1 / A'],
      [3, 'create', '1 / B'],
      [4, 'create', null],
    ]);
    expect((await f.ok(m, 'clients.list', {})).total).toBe(0);

    const done = await imp(m, file);
    expect(done).toMatchObject({ valid: true, created: 3, duplicates: [] });
    expect(done.message).toBe('Yaratilgan mijozlar: 3. Reyestrda allaqachon bor va oʻtkazib yuborilgan: 0.');
    const list = await f.ok(m, 'clients.list', { sort: 'code' });
    expect(list.items.map((i) => [i.code, i.name, i.status, i.admittedOn, i.bed?.label ?? null])).toEqual([
      ['C-2025-0007', 'Oʻrinboyev Sardor Akmal oʻgʻli', 'active', '2025-09-01', 'A'],
      ['C-2026-0001', 'Каримова Малика', 'active', '2026-01-10', 'B'],
      ['C-2026-0002', 'Aliyev Vali', 'new', null, null],
    ]);
    expect((await f.ok(m, 'clients.list', { q: 'karimova' })).total).toBe(1);
    expect((await f.ok(m, 'beds.board', {})).occupied).toBe(2);

    const again = await f.ok(await f.signIn(), 'clients.import', { fileName: 'reestr.csv', contentBase64: file, dryRun: false });
    expect(again).toMatchObject({ valid: true, created: 0 });
    expect(again.duplicates).toEqual([
      { line: 2, code: 'C-2025-0007', matchedBy: 'code' },
      { line: 3, code: 'C-2026-0001', matchedBy: 'person' },
      { line: 4, code: 'C-2026-0002', matchedBy: 'person' },
    ]);
    expect(again.message).toContain('3');
    expect((await f.ok(m, 'clients.list', {})).total).toBe(3);
    const audited = await f.backend.db.selectFrom('audit_log').select('object_id').where('action', '=', 'clients.import').execute();
    expect(audited).toHaveLength(3);

    // The export is in the import's columns: read back, every row is recognised by its code.
    const exported = await f.ok(m, 'clients.export', { format: 'csv' });
    const text = Buffer.from(exported.contentBase64, 'base64').toString('utf8');
    expect(text.split(/\r?\n/)[0]).toBe(`\ufeff${HEADER},status,discharged_on`);
    expect(text).toContain('C-2025-0007,Oʻrinboyev,Sardor,Akmal oʻgʻli,2015-03-12,M,51203150123456,2025-09-01,1,A,,active');
    const back = await imp(m, exported.contentBase64, true, exported.fileName);
    expect(back.errors.map((e) => e.column)).toEqual([]);
    expect(back.duplicates.map((d) => d.matchedBy)).toEqual(['code', 'code', 'code']);
    const xlsx = await f.ok(m, 'clients.export', { format: 'xlsx', status: 'current' });
    expect(xlsx).toMatchObject({ fileName: 'komak-clients-2026-11-22.xlsx', rows: 2 });
    expect((await imp(m, xlsx.contentBase64, true, xlsx.fileName)).duplicates).toHaveLength(2);
  });

  it('reads an Excel file with real dates and numeric PINFLs, and the poor-family columns of a day care', async () => {
    f = await TestFacility.create();
    const m = await f.signIn();
    const g = await addGroup(f, m, 'Quyoshcha', 9);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Reestr');
    ws.addRow([...HEADER.split(','), 'poor_family_from', 'poor_family_to']);
    ws.addRow([
      '',
      'Rahimova',
      'Zuhra',
      '',
      new Date(Date.UTC(2019, 3, 5)),
      'F',
      61504190123456,
      new Date(Date.UTC(2026, 8, 1)),
      '',
      '',
      'Quyoshcha',
      '01.09.2026',
      '',
    ]);
    ws.addRow(['', 'Soliyev', 'Bobur', '', '2020-01-20', 'M', '', '2026-10-01', '', '', 'quyoshcha', '', '']);
    const data = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    const r = await imp(m, data, false, 'reestr.xlsx');
    expect(r).toMatchObject({ valid: true, created: 2 });
    const list = await f.ok(m, 'clients.list', { groupId: g.id });
    expect(list.items.map((i) => [i.code, i.birthDate, i.admittedOn])).toEqual([
      ['D-2026-0001', '2019-04-05', '2026-09-01'],
      ['D-2026-0002', '2020-01-20', '2026-10-01'],
    ]);
    const zuhra = await f.ok(m, 'clients.get', { id: list.items[0]!.id });
    expect(zuhra.identity?.pinfl).toBe('61504190123456');
    expect(zuhra.poorFamilyPeriods).toEqual([{ from: '2026-09-01', to: null }]);
    const stay = (await f.ok(m, 'stays.history', { clientId: zuhra.id }))[0]!;
    expect(stay).toMatchObject({
      kind: 'day_care',
      weekdays: [1, 2, 3, 4, 5],
      plannedFrom: '09:00',
      plannedTo: '18:00',
      referralSource: null,
    });
  });

  it('imports nothing when any row is wrong, and lists every error by line, column and reason, also as a file', async () => {
    f = await TestFacility.create({ init: { ...FAMILY_HOME, capacity: 2 } });
    const m = await f.signIn();
    await addRooms(f, m, { '1': ['A', 'B', 'C'] });
    const before = await f.rowCounts();
    await f.ok(m, 'auth.setLanguage', { lang: 'en' });
    const r = await f.ok(m, 'clients.import', {
      fileName: 'bad.csv',
      contentBase64: csv(
        ',Good,Row,,2015-01-01,M,,,,,',
        'X-1,,Name,,2015-13-01,Q,12345,,,,',
        ',Future,Kid,,2030-01-01,F,,2031-01-01,,,',
        ',Lost,Room,,2015-01-01,F,,2026-01-01,9,A,',
        ',No,Bed,,2015-01-01,F,,2026-01-01,1,,',
        ',Bed,Twice,,2015-01-01,F,,2026-01-01,1,A,',
        ',Bed,Twice2,,2015-01-01,F,,2026-01-01,1,A,',
        ',Over,Cap,,2015-01-01,F,,2026-01-01,1,B,',
        ',Over,Cap2,,2015-01-01,F,,2026-01-01,1,C,',
        ',No,Group,,2015-01-01,F,,2026-01-01,,,Yoʻq',
        ',Nobody,Known,,,F,,,,,',
        'W-2026-0001,Wrong,Kind,,2015-01-01,F,,,,,',
      ),
    });
    expect(r.valid).toBe(false);
    expect(r.created).toBe(0);
    expect(r.errors.map((e) => `${e.line} ${e.column}`)).toEqual([
      '3 client_code',
      '3 last_name',
      '3 birth_date',
      '3 sex',
      '3 pinfl',
      '4 birth_date',
      '4 admitted_on',
      '5 room',
      '6 bed',
      '8 bed',
      '10 admitted_on',
      '11 group',
      '12 birth_date',
      '13 client_code',
    ]);
    expect(r.errors.find((e) => e.line === 8)?.reason).toBe('This bed appears twice in the file.');
    expect(r.errors.find((e) => e.line === 10)?.reason).toBe('This row goes beyond the licensed capacity.');
    expect(r.message).toBe('Nothing was imported: 14 errors found. Fix them and import again.');
    const errorFile = Buffer.from(r.errorFileBase64!, 'base64').toString('utf8');
    expect(errorFile.split(/\r?\n/)[0]).toBe('\ufeffline,column,reason');
    expect(errorFile).toContain('5,room,There is no such room. Add it under “Rooms” first.');
    expect(r.preview.find((p) => p.line === 2)?.action).toBe('create');
    expect(r.preview.find((p) => p.line === 3)?.action).toBe('error');
    expect(await f.rowCounts()).toEqual({ ...before, audit_log: before.audit_log! + 1 });
  });

  it('refuses a file that is not a table, or has the wrong columns', async () => {
    f = await TestFacility.create({ init: FAMILY_HOME });
    const m = await f.signIn();
    expect(
      await f.call(m, 'clients.import', { fileName: 'x.xlsx', contentBase64: Buffer.from('PK\x03\x04garbage').toString('base64') }),
    ).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { contentBase64: expect.any(String) } },
    });
    expect(await f.call(m, 'clients.import', { fileName: 'x.csv', contentBase64: '' })).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
    expect(await f.call(m, 'clients.import', { fileName: '', contentBase64: 'not base64!' })).toMatchObject({
      ok: false,
      error: { fields: { fileName: expect.any(String), contentBase64: expect.any(String) } },
    });
    const wrong = await imp(m, Buffer.from('name;surname\nA;B\n').toString('base64'));
    expect(wrong.valid).toBe(false);
    expect(wrong.errors.map((e) => `${e.line} ${e.column}`)).toContain('1 name');
    expect(wrong.errors.map((e) => `${e.line} ${e.column}`)).toContain('1 client_code');
  });

  it('reads semicolon CSV in Windows-1251 as older Excel saves it', async () => {
    f = await TestFacility.create({ init: FAMILY_HOME });
    const m = await f.signIn();
    const text = `${HEADER.replaceAll(',', ';')}\n;Иванова;Анна;;01.02.2014;F;;;;;\n`;
    // Encoded by hand (Node has no Windows-1251 encoder): Cyrillic А..я are 0xC0..0xFF.
    const bytes = [...text].map((ch) => {
      const code = ch.charCodeAt(0);
      if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
      return code;
    });
    const r = await imp(m, Buffer.from(bytes).toString('base64'));
    expect(r).toMatchObject({ valid: true, created: 1 });
    expect((await f.ok(m, 'clients.list', { q: 'ivanova' })).items[0]?.name).toBe('Иванова Анна');
  });

  it('imports a register of 5,000 clients, finds in it by prefix through the index, and re-imports nothing', async () => {
    f = await TestFacility.create({ init: { ...FAMILY_HOME, capacity: 1000 } });
    const m = await f.signIn();
    const lines: string[] = [];
    const last = ['Oʻrinboyeva', 'Karimova', 'Yusupova', 'Toshmatova', 'Gʻaniyeva', 'Rahimova', 'Qodirova', 'Soliyeva'];
    for (let i = 0; i < 5000; i++) {
      const pinfl = String(40000000000000 + i);
      const admitted = i % 10 === 0 ? `2026-${String((i % 9) + 1).padStart(2, '0')}-01` : '';
      lines.push(`,${last[i % last.length]}${i},Ism${i},,${2000 + (i % 20)}-0${(i % 9) + 1}-1${i % 10},F,${pinfl},${admitted},,,`);
    }
    const file = csv(...lines);
    const r = await imp(m, file);
    expect(r).toMatchObject({ valid: true, created: 5000, rows: 5000 });
    const list = await f.ok(m, 'clients.list', { q: "o'rinboyeva12" });
    expect(list.items.map((i) => i.name)).toEqual(expect.arrayContaining(['Oʻrinboyeva120 Ism120']));
    expect((await f.ok(m, 'clients.list', { status: 'active' })).total).toBe(500);
    expect((await f.ok(m, 'clients.list', { q: '40000000004999' })).total).toBe(1);
    const again = await imp(m, file, true);
    expect(again).toMatchObject({ valid: true, created: 0 });
    expect(again.duplicates).toHaveLength(5000);
    expect(again.preview).toHaveLength(200);
    // Search as you type is a range scan of the terms index, not a scan of the register.
    const q = listPageStatement({
      statuses: null,
      scope: null,
      tokens: ['orinboyeva12'],
      identityFor: { assignedTo: 1 },
      sort: 'code',
      dir: 'asc',
      offset: 0,
      limit: 50,
    });
    const plan = await f.backend.db.executeQuery<{ detail: string }>(CompiledQuery.raw(`EXPLAIN QUERY PLAN ${q.text}`, q.params));
    const details = plan.rows.map((r) => r.detail).join('\n');
    expect(details).toMatch(/SEARCH t USING PRIMARY KEY \(term>\? AND term<\?\)/);
    expect(details).not.toMatch(/SCAN (t|c)\b/);
  }, 120_000);
});
