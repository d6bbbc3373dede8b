import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';

// The renderer is outside the node project: loaded by path, as tests/unit/renderer does.
const { readCsv } = (await import(resolve(import.meta.dirname, '..', '..', '..', 'renderer/features/billing/csv.ts'))) as {
  readCsv(raw: string, required: readonly string[]): { rows: Record<string, string>[]; lines: number[] } | { missing: string[] };
};

describe('the window’s CSV reader', () => {
  it('reads quoted fields, ; separators, a BOM and CRLF, keeping the file’s line numbers', () => {
    const r = readCsv('\uFEFFvoucher_no;Date\r\n"V-1";"2026-10-05"\r\n\r\n"V ""2""";2026-10-06\r\n', ['voucher_no', 'date']);
    expect(r).toEqual({
      rows: [
        { voucher_no: 'V-1', date: '2026-10-05' },
        { voucher_no: 'V "2"', date: '2026-10-06' },
      ],
      lines: [2, 4],
    });
  });

  it('names the columns a file lacks', () => {
    expect(readCsv('voucher_no,day\nV-1,2026-10-05', ['voucher_no', 'date'])).toEqual({ missing: ['date'] });
  });

  it('keeps commas and line breaks inside quotes', () => {
    const r = readCsv('a,b\n"x, y","line\nbreak"\nz,w', ['a', 'b']);
    expect(r).toEqual({
      rows: [
        { a: 'x, y', b: 'line\nbreak' },
        { a: 'z', b: 'w' },
      ],
      lines: [2, 4],
    });
  });
});
