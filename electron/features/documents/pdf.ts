/**
 * The one way Komak makes a PDF document (pdfmake 0.3, Noto Sans, A4). Every area uses it.
 *
 *   import { renderPdf, dataTable, countTable, signatureBlock, heading, paragraph } from '../documents/pdf';
 *
 *   const pdf: Buffer = await renderPdf({
 *     lang: ctx.user.lang,                 // labels of the frame come from translator(lang)
 *     facility: toFacility(facilityRow),   // name, kind, address, STIR in the header; training → banner
 *     title: t('appeals.pdf.title'),       // already translated
 *     subtitle: '01.01.2026 – 31.08.2026', // optional line under the title (period, client code …)
 *     generatedAt: ctx.now(),              // printed as DD.MM.YYYY HH:MM, Tashkent time
 *     content: [heading('…'), dataTable(columns, rows), …],
 *     signatures: [{ role: 'Markaz rahbari', name: 'D. Karimova' }],   // optional, at the end
 *   });
 *
 * What the frame does for you: facility block and title on page 1; a running header (facility
 * name, generated-at) on later pages; "page / pages" in the footer; for a TRAINING facility
 * (facility.training) a red "OʻQUV — haqiqiy maʼlumot emas · TRAINING — not real data" banner at
 * the top of every page plus a faint diagonal watermark. The same input gives the same bytes
 * (creation date = generatedAt), so a stored report can be produced again byte for byte.
 *
 * Helpers: `dataTable(columns, rows, { title, totalRow })` — any table, header repeated per page,
 * rows never split, a word longer than its cell broken so nothing overflows; `countTable(lang,
 * headers, rows, { title, total })` — label | count | % statistics table with indented sub-rows.
 * A table's `title` is its first header row, so it is never orphaned at a page bottom. `signatureBlock(lang, lines)` — role /
 * signature / name / date lines; `heading`, `paragraph`. Binary output travels in
 * the API as `generatedFile` (see electron/contract/files.contract.ts): `toDocumentFile(…)`.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Lang } from '../../contract/core';
import type { Facility } from '../../contract/setup.contract';
import { formatDateTime } from '../../contract/format';
import { translator } from '../../i18n/index';
import { ensurePdfSetup, PDF_FONT } from './pdf-fonts';
import { signatureBlock, type SignatureLine } from './pdf-signatures';

export { dataTable, countTable, type PdfColumn, type PdfCell, type CountRow } from './pdf-tables';
export { signatureBlock, type SignatureLine } from './pdf-signatures';

export interface PdfDocumentSpec {
  lang: Lang;
  facility: Pick<Facility, 'name' | 'kind' | 'address' | 'stir' | 'training'>;
  title: string;
  subtitle?: string;
  generatedAt: Date;
  content: Content[];
  signatures?: SignatureLine[];
  orientation?: 'portrait' | 'landscape';
}

const MARGIN_X = 40;
const TRAINING_RED = '#b00020';

/** A section heading. Above a table prefer the table's own `title`: it stays with the table. */
export const heading = (text: string): Content => ({ text, bold: true, fontSize: 11, margin: [0, 10, 0, 2] });
export const paragraph = (text: string): Content => ({
  text,
  margin: [0, 2, 0, 4],
});

/** Renders the document to PDF bytes. */
export async function renderPdf(spec: PdfDocumentSpec): Promise<Buffer> {
  const pdfmake = ensurePdfSetup();
  return Buffer.from(await pdfmake.createPdf(documentDefinition(spec)).getBuffer());
}

/** The pdfmake definition of a document (exported so tests and previews can inspect it). */
export function documentDefinition(spec: PdfDocumentSpec): TDocumentDefinitions {
  const t = translator(spec.lang);
  const f = spec.facility;
  const training = f.training;
  const generated = t('pdf.generatedAt', {
    at: formatDateTime(spec.generatedAt.toISOString()),
  });
  const banner: Content = {
    table: {
      widths: ['*'],
      body: [
        [
          {
            text: t('pdf.training'),
            color: 'white',
            fillColor: TRAINING_RED,
            bold: true,
            alignment: 'center',
            fontSize: 9,
          },
        ],
      ],
    },
    layout: 'noBorders',
  };

  const facilityBlock: Content = {
    stack: [
      { text: f.name, bold: true, fontSize: 11 },
      { text: t(`pdf.facilityKind.${f.kind}`), color: '#333333' },
      { text: f.address, color: '#333333' },
      ...(f.stir ? [{ text: t('pdf.stir', { stir: f.stir }), color: '#333333' }] : []),
    ],
    fontSize: 9,
    margin: [0, 0, 0, 10],
  };
  const titleBlock: Content = {
    stack: [
      { text: spec.title, bold: true, fontSize: 14, alignment: 'center' },
      ...(spec.subtitle
        ? [
            {
              text: spec.subtitle,
              alignment: 'center' as const,
              margin: [0, 2, 0, 0] as [number, number, number, number],
            },
          ]
        : []),
      {
        text: generated,
        alignment: 'center',
        fontSize: 8,
        color: '#555555',
        margin: [0, 2, 0, 0],
      },
    ],
    margin: [0, 0, 0, 10],
  };

  return {
    pageSize: 'A4',
    pageOrientation: spec.orientation ?? 'portrait',
    pageMargins: [MARGIN_X, training ? 64 : 48, MARGIN_X, 44],
    defaultStyle: { font: PDF_FONT, fontSize: 10, lineHeight: 1.15 },
    info: {
      title: spec.title,
      author: f.name,
      creator: 'Komak',
      producer: 'Komak',
      creationDate: spec.generatedAt,
      modDate: spec.generatedAt,
    },
    ...(training
      ? {
          watermark: {
            text: t('pdf.trainingMark'),
            opacity: 0.08,
            bold: true,
            font: PDF_FONT,
            color: TRAINING_RED,
          },
        }
      : {}),
    header: (page: number) => {
      const running: Content = {
        columns: [
          { text: f.name, fontSize: 8, color: '#555555', width: '*' },
          {
            text: generated,
            fontSize: 8,
            color: '#555555',
            alignment: 'right',
            width: 'auto',
          },
        ],
        margin: [0, 4, 0, 0],
      };
      const stack: Content[] = [];
      if (training) stack.push(banner);
      if (page > 1) stack.push(running);
      return { stack, margin: [MARGIN_X, training ? 20 : 24, MARGIN_X, 0] };
    },
    footer: (page: number, pages: number) => ({
      columns: [
        { text: spec.title, fontSize: 8, color: '#555555', width: '*' },
        {
          text: t('pdf.page', { page, pages }),
          fontSize: 8,
          alignment: 'right',
          width: 'auto',
        },
      ],
      margin: [MARGIN_X, 14, MARGIN_X, 0],
    }),
    content: [facilityBlock, titleBlock, ...spec.content, ...(spec.signatures?.length ? [signatureBlock(spec.lang, spec.signatures)] : [])],
  };
}

/** File name safe on every OS: letters, digits, dot, dash, underscore. */
export function safeFileName(base: string): string {
  return base
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/_+/g, '_')
    .slice(0, 120);
}

/** A PDF as the API carries it (JSON over IPC and HTTP): base64 with its name and type. */
export function toDocumentFile(fileName: string, bytes: Buffer): { fileName: string; mimeType: 'application/pdf'; base64: string } {
  return {
    fileName: safeFileName(fileName),
    mimeType: 'application/pdf',
    base64: bytes.toString('base64'),
  };
}
