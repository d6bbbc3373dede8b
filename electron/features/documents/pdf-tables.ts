// Table helpers for documents: header repeated on every page, rows never split. pdfmake 0.3 breaks a
// word longer than its cell by itself, so a long code cannot run past the margin (tested).
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

const lightGrid = {
  hLineWidth: (i: number, node: { table: { body: unknown[] } }) => (i === 0 || i === 1 || i === node.table.body.length ? 0.8 : 0.3),
  vLineWidth: () => 0.3,
  hLineColor: () => '#888888',
  vLineColor: () => '#bbbbbb',
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

function cell(value: PdfCell, align: PdfColumn['align']): TableCell {
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'number') return { text: formatNumber(value), alignment: align ?? 'right' };
  if (typeof value === 'string') return { text: value, alignment: align ?? 'left' };
  return value;
}

/** A table that fits the page width: header row repeated on each page, rows kept whole. */
export function dataTable(columns: PdfColumn[], rows: PdfCell[][], options: { fontSize?: number; totalRow?: PdfCell[] } = {}): Content {
  const header = columns.map((c) => ({
    text: c.header,
    bold: true,
    fillColor: '#eeeeee',
    alignment: c.align ?? 'left',
  }));
  const body: TableCell[][] = [header, ...rows.map((r) => columns.map((c, i) => cell(r[i], c.align)))];
  if (options.totalRow)
    body.push(
      columns.map(
        (c, i) =>
          ({
            ...(cell(options.totalRow![i], c.align) as object),
            bold: true,
          }) as TableCell,
      ),
    );
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      keepWithHeaderRows: 1,
      widths: columns.map((c) => c.width ?? '*'),
      body,
    },
    layout: lightGrid,
    fontSize: options.fontSize ?? 9,
    margin: [0, 4, 0, 8],
  };
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
  total?: { label: string; count: number },
): Content {
  const body: TableCell[][] = [
    [
      { text: headers.label, bold: true, fillColor: '#eeeeee' },
      {
        text: headers.count,
        bold: true,
        fillColor: '#eeeeee',
        alignment: 'right',
      },
      {
        text: headers.percent,
        bold: true,
        fillColor: '#eeeeee',
        alignment: 'right',
      },
    ],
  ];
  for (const r of rows) {
    const sub = r.level === 1;
    body.push([
      {
        text: r.label,
        margin: [sub ? 14 : 0, 0, 0, 0],
        color: sub ? '#333333' : undefined,
        bold: !sub && rows.some((x) => x.level === 1),
      },
      {
        text: typeof r.count === 'number' ? formatNumber(r.count) : r.count,
        alignment: 'right',
      },
      {
        text: r.percent === null ? '' : formatPercent(r.percent, lang),
        alignment: 'right',
      },
    ]);
  }
  if (total) {
    body.push([
      { text: total.label, bold: true },
      { text: formatNumber(total.count), bold: true, alignment: 'right' },
      { text: formatPercent(100, lang), bold: true, alignment: 'right' },
    ]);
  }
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      keepWithHeaderRows: 1,
      widths: ['*', 70, 60],
      body,
    },
    layout: lightGrid,
    fontSize: 9,
    margin: [0, 4, 0, 10],
  };
}
