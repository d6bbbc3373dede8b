// Table helpers for documents: header repeated on every page, rows never split. pdfmake 0.3 breaks a
// word longer than its cell by itself, so a long code cannot run past the margin (tested).
// A table's title is its first header row: it can never be left alone at the bottom of a page, and
// it is repeated above the continuation on the next page.
import type { Content, TableCell } from 'pdfmake/interfaces';
import { formatNumber, formatPercent } from '../../contract/format';
import type { Lang } from '../../contract/core';

export interface PdfColumn {
  header: string;
  /** Points, '*' (share the rest) or 'auto'. Default '*'. Numbers are safest for narrow columns. */
  width?: number | '*' | 'auto';
  align?: 'left' | 'right' | 'center';
}

/** A cell: text, a number (formatted with thousands separators, right-aligned) or any pdfmake content. */
export type PdfCell = string | number | null | undefined | TableCell;

const NO_BORDER = [false, false, false, false] as [boolean, boolean, boolean, boolean];

function lightGrid(titled: boolean) {
  const top = titled ? 1 : 0;
  return {
    hLineWidth: (i: number, node: { table: { body: unknown[] } }) =>
      i < top ? 0 : i === top || i === top + 1 || i === node.table.body.length ? 0.8 : 0.3,
    vLineWidth: () => 0.3,
    hLineColor: () => '#888888',
    vLineColor: () => '#bbbbbb',
    paddingLeft: () => 4,
    paddingRight: () => 4,
    paddingTop: () => 2,
    paddingBottom: () => 2,
  };
}

function cell(value: PdfCell, align: PdfColumn['align']): TableCell {
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'number') return { text: formatNumber(value), alignment: align ?? 'right' };
  if (typeof value === 'string') return { text: value, alignment: align ?? 'left' };
  return value;
}

/** The title row: one borderless cell over all columns, styled like a section heading. */
function titleRow(title: string, columns: number): TableCell[] {
  return [
    { text: title, colSpan: columns, bold: true, fontSize: 11, border: NO_BORDER, margin: [-4, 6, 0, 2] },
    ...Array.from({ length: columns - 1 }, () => ({ text: '', border: NO_BORDER })),
  ];
}

function table(body: TableCell[][], widths: Array<number | '*' | 'auto'>, title: string | undefined, fontSize: number): Content {
  const rows = title ? [titleRow(title, widths.length), ...body] : body;
  return {
    table: { headerRows: title ? 2 : 1, dontBreakRows: true, keepWithHeaderRows: 1, widths, body: rows },
    layout: lightGrid(!!title),
    fontSize,
    margin: [0, 4, 0, 8],
  };
}

/** A table that fits the page width: header (and title) repeated on each page, rows kept whole. */
export function dataTable(
  columns: PdfColumn[],
  rows: PdfCell[][],
  options: { title?: string; fontSize?: number; totalRow?: PdfCell[] } = {},
): Content {
  const header = columns.map((c) => ({ text: c.header, bold: true, fillColor: '#eeeeee', alignment: c.align ?? 'left' }));
  const body: TableCell[][] = [header, ...rows.map((r) => columns.map((c, i) => cell(r[i], c.align)))];
  if (options.totalRow) body.push(columns.map((c, i) => ({ ...(cell(options.totalRow![i], c.align) as object), bold: true }) as TableCell));
  return table(
    body,
    columns.map((c) => c.width ?? '*'),
    options.title,
    options.fontSize ?? 9,
  );
}

export interface CountRow {
  label: string;
  /** A number, or a masked text such as '<5' for documents that leave the facility. */
  count: number | string;
  /** Percent with one decimal, or null to leave the cell empty. */
  percent: number | null;
  /** 1 = a sub-row (indented, lighter), e.g. a relationship inside a place of violence. */
  level?: 0 | 1;
}

/** The statistics table the agency reads: label | count | % of the total, with an optional total row. */
export function countTable(
  lang: Lang,
  headers: { label: string; count: string; percent: string },
  rows: CountRow[],
  options: { title?: string; total?: { label: string; count: number } } = {},
): Content {
  const head = (text: string, alignment: 'left' | 'right') => ({ text, bold: true, fillColor: '#eeeeee', alignment });
  const nested = rows.some((x) => x.level === 1);
  const body: TableCell[][] = [[head(headers.label, 'left'), head(headers.count, 'right'), head(headers.percent, 'right')]];
  for (const r of rows) {
    const sub = r.level === 1;
    body.push([
      { text: r.label, margin: [sub ? 14 : 0, 0, 0, 0], color: sub ? '#333333' : undefined, bold: !sub && nested },
      { text: typeof r.count === 'number' ? formatNumber(r.count) : r.count, alignment: 'right' },
      { text: r.percent === null ? '' : formatPercent(r.percent, lang), alignment: 'right' },
    ]);
  }
  if (options.total) {
    body.push([
      { text: options.total.label, bold: true },
      { text: formatNumber(options.total.count), bold: true, alignment: 'right' },
      { text: formatPercent(100, lang), bold: true, alignment: 'right' },
    ]);
  }
  return table(body, ['*', 70, 60], options.title, 9);
}
