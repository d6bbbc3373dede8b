// The printable report: facility header, title and period, each table, the note under it, and
// the manager's signature block. Built from report.json's tables alone.
import type { Content } from 'pdfmake/interfaces';
import type { Lang } from '../../contract/core';
import type { ReportTable } from '../../contract/reports.contract';
import { formatDate, formatPercent } from '../../contract/format';
import { translator } from '../../i18n/index';
import { dataTable, heading, renderPdf, type PdfCell, type PdfColumn } from '../documents/pdf';
import type { FacilityKind } from '../../contract/setup.contract';
import type { ReportDocument } from './report-document';

export interface ReportPdfInput {
  doc: ReportDocument;
  title: string;
  tables: ReportTable[];
  lang: Lang;
  facilityAddress: string;
  managerName: string | null;
}

function cellsOf(tb: ReportTable, row: ReportTable['rows'][number], lang: Lang): PdfCell[] {
  return row.map((v, i) => (tb.columns[i]?.type === 'percent' && typeof v === 'number' ? formatPercent(v, lang) : v));
}

function widestTextColumn(tb: ReportTable): number {
  let best = 0;
  let most = -1;
  tb.columns.forEach((c, i) => {
    if (c.type !== 'text') return;
    const chars = tb.rows.reduce((n, r) => n + String(r[i] ?? '').length, 0);
    if (chars > most) [best, most] = [i, chars];
  });
  return best;
}

export function renderReportPdf(p: ReportPdfInput): Promise<Buffer> {
  const t = translator(p.lang);
  const content = p.tables.map((tb): Content => {
    // Number columns as wide as their longest word, so a header never breaks inside a word; the text
    // column with the most to say (names, goals, indicators) takes the rest of the line.
    const stretch = widestTextColumn(tb);
    const columns: PdfColumn[] = tb.columns.map((c, i) => ({
      header: c.label,
      width: i === stretch ? '*' : 'auto',
      align: c.type === 'text' ? 'left' : 'right',
    }));
    const section: Content[] = [
      heading(tb.title),
      ...(tb.rows.length || tb.total
        ? [
            dataTable(
              columns,
              tb.rows.map((r) => cellsOf(tb, r, p.lang)),
              tb.total ? { totalRow: cellsOf(tb, tb.total, p.lang) } : {},
            ),
          ]
        : []),
      ...(tb.note ? [{ text: tb.note, fontSize: 8, color: '#444444', margin: [0, 0, 0, 6] } as Content] : []),
    ];
    // A heading is never left alone at the foot of a page: a short section moves as one piece.
    return { stack: section, unbreakable: tb.rows.length <= 25 } as Content;
  });
  const privacy = p.doc.containsPersonalData ? t('reports.personalData') : t('reports.noPersonalData');
  return renderPdf({
    lang: p.lang,
    facility: {
      name: p.doc.facility.name,
      kind: p.doc.facility.kind as FacilityKind,
      address: p.facilityAddress,
      stir: p.doc.facility.stir,
      training: p.doc.facility.training,
    },
    title: p.title,
    subtitle: t('reports.period', { from: formatDate(p.doc.period.from), to: formatDate(p.doc.period.to) }),
    generatedAt: new Date(p.doc.generatedAt),
    content: [...content, { text: privacy, fontSize: 8, italics: true, margin: [0, 8, 0, 0] } as Content],
    signatures: [{ role: t('reports.signature.manager'), name: p.managerName }],
  });
}
