// TEMPORARY stand-in for the shared PDF module (electron/features/documents/pdf.ts, branch
// `appeals`) with the same names, so switching is an import change once it is on main.
import pdfmake from 'pdfmake';
import { join, resolve, sep } from 'node:path';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Lang } from '../../contract/core';
import { formatDateTime, formatNumber } from '../../contract/format';
import { translator } from '../../i18n/index';
import { resourcesDir } from '../../paths';

const FONT = 'NotoSans';
let ready = false;
function setup(): typeof pdfmake {
  if (ready) return pdfmake;
  const dir = resolve(resourcesDir(), 'fonts');
  pdfmake.setFonts({
    [FONT]: {
      normal: join(dir, 'NotoSans-Regular.ttf'),
      bold: join(dir, 'NotoSans-Bold.ttf'),
      italics: join(dir, 'NotoSans-Italic.ttf'),
      bolditalics: join(dir, 'NotoSans-BoldItalic.ttf'),
    },
  });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((p) => resolve(p).startsWith(dir + sep));
  ready = true;
  return pdfmake;
}

export interface PdfColumn {
  header: string;
  width?: number | '*' | 'auto';
  align?: 'left' | 'right' | 'center';
}
export type PdfCell = string | number | null | undefined;
export interface SignatureLine {
  role: string;
  name?: string | null;
}
export interface PdfDocumentSpec {
  lang: Lang;
  facility: { name: string; kind: string; address: string; stir: string | null; training: boolean };
  title: string;
  subtitle?: string;
  generatedAt: Date;
  content: Content[];
  signatures?: SignatureLine[];
}

export const heading = (text: string): Content => ({ text, bold: true, fontSize: 11, margin: [0, 10, 0, 2] });
export const paragraph = (text: string): Content => ({ text, margin: [0, 2, 0, 4] });

export function dataTable(columns: PdfColumn[], rows: PdfCell[][], options: { totalRow?: PdfCell[] } = {}): Content {
  const cell = (v: PdfCell, c: PdfColumn, bold = false): TableCell => ({
    text: v === null || v === undefined ? '' : typeof v === 'number' ? formatNumber(v, Number.isInteger(v) ? 0 : 1) : v,
    alignment: c.align ?? (typeof v === 'number' ? 'right' : 'left'),
    bold,
  });
  const body: TableCell[][] = [columns.map((c) => ({ text: c.header, bold: true, fillColor: '#eeeeee', alignment: c.align ?? 'left' }))];
  for (const r of rows) body.push(columns.map((c, i) => cell(r[i], c)));
  if (options.totalRow) body.push(columns.map((c, i) => cell(options.totalRow![i], c, true)));
  return {
    table: { headerRows: 1, dontBreakRows: true, widths: columns.map((c) => c.width ?? '*'), body },
    layout: { hLineWidth: () => 0.4, vLineWidth: () => 0.3, hLineColor: () => '#888888', vLineColor: () => '#bbbbbb' },
    fontSize: 9,
    margin: [0, 4, 0, 8],
  };
}

export function signatureBlock(lang: Lang, lines: SignatureLine[]): Content {
  const t = translator(lang);
  return {
    stack: lines.map((l) => ({
      columns: [
        { width: 170, text: l.role, bold: true },
        { width: 140, text: '______________________' },
        { width: '*', text: l.name ?? '' },
        { width: 80, text: t('reports.frame.date') },
      ],
      margin: [0, 14, 0, 0],
    })),
    unbreakable: true,
    margin: [0, 18, 0, 0],
    fontSize: 9,
  } as Content;
}

export async function renderPdf(spec: PdfDocumentSpec): Promise<Buffer> {
  const t = translator(spec.lang);
  const f = spec.facility;
  const generated = t('reports.frame.generatedAt', { at: formatDateTime(spec.generatedAt.toISOString()) });
  const doc: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [40, f.training ? 64 : 48, 40, 44],
    defaultStyle: { font: FONT, fontSize: 10, lineHeight: 1.15 },
    info: {
      title: spec.title,
      author: f.name,
      creator: 'Komak',
      producer: 'Komak',
      creationDate: spec.generatedAt,
      modDate: spec.generatedAt,
    },
    header: (page: number) => ({
      stack: [
        ...(f.training
          ? [
              {
                text: t('reports.frame.training'),
                color: 'white',
                background: '#b00020',
                bold: true,
                alignment: 'center' as const,
                fontSize: 9,
              },
            ]
          : []),
        ...(page > 1
          ? [
              {
                columns: [
                  { text: f.name, width: '*' },
                  { text: generated, width: 'auto' },
                ],
                fontSize: 8,
                color: '#555555',
              },
            ]
          : []),
      ],
      margin: [40, 24, 40, 0],
    }),
    footer: (page: number, pages: number) => ({
      columns: [
        { text: spec.title, width: '*' },
        { text: `${page} / ${pages}`, width: 'auto' },
      ],
      fontSize: 8,
      color: '#555555',
      margin: [40, 14, 40, 0],
    }),
    content: [
      {
        stack: [
          { text: f.name, bold: true, fontSize: 11 },
          { text: f.address },
          ...(f.stir ? [{ text: t('reports.frame.stir', { stir: f.stir }) }] : []),
        ],
        fontSize: 9,
        margin: [0, 0, 0, 10],
      },
      { text: spec.title, bold: true, fontSize: 14, alignment: 'center' },
      ...(spec.subtitle ? [{ text: spec.subtitle, alignment: 'center' as const }] : []),
      { text: generated, alignment: 'center', fontSize: 8, color: '#555555', margin: [0, 2, 0, 10] },
      ...spec.content,
      ...(spec.signatures?.length ? [signatureBlock(spec.lang, spec.signatures)] : []),
    ],
  };
  return Buffer.from(await setup().createPdf(doc).getBuffer());
}
