import { parse } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import { lazyModule } from '../../../lazy-module';

export interface TableRow {
  /** The line (CSV) or row (XLSX) number in the file, the header being 1. */
  line: number;
  cells: string[];
}
export interface Table {
  header: string[];
  rows: TableRow[];
}

/** A problem with the file as a whole (not a row): its message key. */
export class TableError extends Error {
  constructor(readonly key: string) {
    super(key);
  }
}

export const MAX_ROWS = 50_000;

/** Reads the first sheet of an XLSX or a CSV (UTF-8, or Windows-1251 as older Excel saves it). */
export async function readTable(fileName: string, data: Buffer): Promise<Table> {
  const isXlsx = /\.xlsx$/i.test(fileName) || data.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  const table = isXlsx ? await readXlsx(data) : readCsv(data);
  if (!table.header.length) throw new TableError('import.empty');
  if (table.rows.length > MAX_ROWS) throw new TableError('import.tooManyRows');
  return table;
}

function decode(data: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return new TextDecoder('windows-1251').decode(data);
  }
}

function readCsv(data: Buffer): Table {
  const text = decode(data).replace(/^\ufeff/, '');
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const count = (ch: string) => firstLine.split(ch).length - 1;
  // Excel with a Russian or Uzbek locale saves CSV with semicolons.
  const delimiter = count(';') > count(',') ? ';' : count('\t') > count(',') ? '\t' : ',';
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as typeof records;
  } catch {
    throw new TableError('import.notTable');
  }
  const [head, ...rest] = records;
  if (!head) return { header: [], rows: [] };
  return {
    header: head.record.map((h) => h.trim().toLowerCase()),
    rows: rest.filter((r) => r.record.some((c) => c.trim() !== '')).map((r) => ({ line: r.info.lines, cells: r.record })),
  };
}

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'number') return Number.isInteger(v) ? v.toFixed(0) : String(v);
  if (typeof v === 'string' || typeof v === 'boolean') return String(v);
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
  if ('text' in v) return String(v.text);
  return '';
}

async function readXlsx(data: Buffer): Promise<Table> {
  // Loaded when a spreadsheet is made or read, not at start (~0.2 s, ~20 MB).
  const { Workbook } = lazyModule<typeof ExcelJS>('exceljs');
  const wb = new Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw new TableError('import.notTable');
  }
  const ws = wb.worksheets[0];
  if (!ws) return { header: [], rows: [] };
  let header: string[] = [];
  const rows: TableRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, line) => {
    const values = row.values as ExcelJS.CellValue[]; // 1-based
    const cells = Array.from({ length: Math.max(0, values.length - 1) }, (_, i) => cellText(values[i + 1]));
    if (!header.length) header = cells.map((h) => h.trim().toLowerCase());
    else if (cells.some((c) => c.trim() !== '')) rows.push({ line, cells });
  });
  return { header, rows };
}
