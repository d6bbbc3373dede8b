import { describe, expect, it } from 'vitest';
import { readAttendanceCsv } from '../../../electron/features/daily/attendance.import';
import { translator } from '../../../electron/i18n/index';

const t = translator('en');
const read = (body: string) => readAttendanceCsv(`client_code,date,check_in,check_out,absence_reason\n${body}`, t, '2026-11-24');

describe('reading an attendance CSV', () => {
  it('accepts times (8:05 written as on paper), incomplete days and absences, with a BOM and CRLF', () => {
    const r = readAttendanceCsv(
      '\ufeffclient_code,date,check_in,check_out,absence_reason\r\nd-2026-0001,2026-11-02,8:05,17:00,\r\nD-2026-0002,2026-11-02,,,Illness\r\n',
      t,
      '2026-11-24',
    );
    expect(r.errors).toEqual([]);
    expect(r.rows).toEqual([
      { line: 2, code: 'D-2026-0001', date: '2026-11-02', checkIn: '08:05', checkOut: '17:00', absenceReason: null },
      { line: 3, code: 'D-2026-0002', date: '2026-11-02', checkIn: null, checkOut: null, absenceReason: 'illness' },
    ]);
  });
  it('names the line and column of each problem', () => {
    const r = read('D-2026-0001,2026-02-30,08:00,,\n,2026-11-02,08:00,,\nD-2026-0001,2026-11-03,09:00,08:00,\nD-2026-0001,2026-11-04');
    expect(r.errors.map((e) => [e.line, e.column])).toEqual([
      [2, 'date'],
      [3, 'client_code'],
      [4, 'check_out'],
      [5, ''],
    ]);
    expect(r.errors[0]!.reason).toBe('“2026-02-30” is not a date. Write YYYY-MM-DD.');
    // A quote left open spoils the rest of the file: said once, for the whole file.
    expect(read('"D-2026-0001,2026-11-04,08:00,,').errors).toEqual([
      { line: 2, column: '', reason: 'The file is not CSV (UTF-8, comma-separated).' },
    ]);
  });
  it('refuses an empty file and other columns', () => {
    expect(readAttendanceCsv('', t, '2026-11-24').errors[0]!.reason).toContain('no rows');
    expect(readAttendanceCsv('code,date\nx,y\n', t, '2026-11-24').errors[0]!.reason).toContain('exactly');
  });
});
