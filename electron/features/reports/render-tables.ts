// CSV and XLSX renderings of a report's tables, for people who work in Excel. report.json is the
// machine-readable form; these carry the same numbers with labels in one language.
import { stringify } from 'csv-stringify/sync';
import type ExcelJS from 'exceljs';
import { lazyModule } from '../../lazy-module';
import type { TFunction } from 'i18next';
import type { ReportTable } from '../../contract/reports.contract';
import { formatDate, formatDateTime } from '../../contract/format';
import type { ReportDocument } from './report-document';

function infoRows(doc: ReportDocument, title: string, t: TFunction): string[][] {
  return [
    [t('reports.info.title'), title],
    [t('reports.info.facility'), doc.facility.name],
    [t('reports.info.stir'), doc.facility.stir ?? ''],
    [t('reports.info.period'), `${formatDate(doc.period.from)} – ${formatDate(doc.period.to)}`],
    [t('reports.info.generatedAt'), formatDateTime(doc.generatedAt)],
    [t('reports.info.schema'), `${doc.schema} v${doc.schemaVersion}`],
  ];
}

/**
 * One CSV file: an "about" block, then each table as a title line, a header line and its rows,
 * separated by empty lines. UTF-8 with a byte-order mark so Excel reads Cyrillic and oʻ gʻ right.
 */
export function renderCsv(doc: ReportDocument, title: string, tables: ReportTable[], t: TFunction): Buffer {
  const records: Array<Array<string | number>> = [...infoRows(doc, title, t), []];
  for (const tb of tables) {
    records.push([tb.title]);
    records.push(tb.columns.map((c) => c.label));
    for (const r of [...tb.rows, ...(tb.total ? [tb.total] : [])]) records.push(r.map((v) => (v === null ? '' : v)));
    if (tb.note) records.push([tb.note]);
    records.push([]);
  }
  return Buffer.from(`\uFEFF${stringify(records, { record_delimiter: 'windows' })}`, 'utf8');
}

/** Excel allows 31 characters in a sheet name: the title without its parenthesis, cut at a word, unique. */
function sheetName(title: string, used: Set<string>): string {
  const plain = title
    .replace(/\s*\(.*\)\s*$/, '')
    .replace(/[[\]:*?/\\]/g, ' ')
    .trim();
  let base = plain;
  if (base.length > 31) {
    const cut = base.slice(0, 31);
    base = cut.lastIndexOf(' ') > 10 ? cut.slice(0, cut.lastIndexOf(' ')) : cut;
  }
  base = base.trim() || 'Sheet';
  let name = base;
  for (let i = 2; used.has(name.toLowerCase()); i++) name = `${base.slice(0, 28)} ${i}`;
  used.add(name.toLowerCase());
  return name;
}

/** One workbook: an "about" sheet, then one sheet per table with typed numbers. */
export async function renderXlsx(doc: ReportDocument, title: string, tables: ReportTable[], t: TFunction): Promise<Buffer> {
  // Loaded when a spreadsheet is made or read, not at start (~0.2 s, ~20 MB).
  const { Workbook } = lazyModule<typeof ExcelJS>('exceljs');
  const wb = new Workbook();
  const at = new Date(doc.generatedAt);
  wb.creator = 'Komak';
  wb.created = at;
  wb.modified = at;
  const used = new Set<string>();
  const info = wb.addWorksheet(sheetName(t('reports.info.title'), used));
  for (const r of infoRows(doc, title, t)) info.addRow(r);
  info.getColumn(1).width = 24;
  info.getColumn(2).width = 60;
  info.getColumn(1).font = { bold: true };
  for (const tb of tables) {
    const ws = wb.addWorksheet(sheetName(tb.title, used));
    ws.addRow([tb.title]).font = { bold: true, size: 12 };
    const header = ws.addRow(tb.columns.map((c) => c.label));
    header.font = { bold: true };
    header.eachCell((c) => (c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEEEEE' } }));
    for (const r of tb.rows) ws.addRow(r);
    if (tb.total) ws.addRow(tb.total).font = { bold: true };
    if (tb.note) ws.addRow([tb.note]).font = { italic: true };
    tb.columns.forEach((c, i) => {
      const column = ws.getColumn(i + 1);
      column.width = i === 0 ? 42 : 16;
      if (c.type === 'percent') column.numFmt = '0.0';
      if (c.type === 'int') column.numFmt = '#,##0';
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
