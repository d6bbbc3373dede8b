// One report document → every format, in one language.
import type { Lang } from '../../contract/core';
import type { ReportFormat, ReportKind } from '../../contract/reports.contract';
import { translator } from '../../i18n/index';
import type { FacilityRow } from '../../../db/schema';
import { REPORTS } from './catalogue';
import { reportBytes, type ReportDocument } from './report-document';
import { renderCsv, renderXlsx } from './render-tables';
import { renderReportPdf } from './render-pdf';
import { MEDIA_TYPES } from './package-format';

export const reportTitle = (kind: ReportKind, lang: Lang) => translator(lang)(`reports.kind.${kind}.title`);

export function tablesOf(doc: ReportDocument, lang: Lang) {
  return REPORTS[doc.kind].tables(doc, translator(lang), lang);
}

/** `komak_activity_2026-11-01_2026-11-30.pdf` — no names, nothing but letters, digits and dashes. */
export const reportFileBase = (doc: ReportDocument) => `komak_${doc.kind}_${doc.period.from}_${doc.period.to}`;

export async function renderReport(
  doc: ReportDocument,
  format: ReportFormat,
  lang: Lang,
  opts: { facility: FacilityRow; signerName: string | null; frozenBytes?: Buffer },
): Promise<{ bytes: Buffer; mimeType: string; fileName: string }> {
  const t = translator(lang);
  const title = reportTitle(doc.kind, lang);
  const base = reportFileBase(doc);
  switch (format) {
    case 'json':
      // A frozen report goes out exactly as frozen.
      return { bytes: opts.frozenBytes ?? reportBytes(doc), mimeType: MEDIA_TYPES.json, fileName: `${base}.json` };
    case 'csv':
      return { bytes: renderCsv(doc, title, tablesOf(doc, lang), t), mimeType: MEDIA_TYPES.csv, fileName: `${base}.csv` };
    case 'xlsx':
      return { bytes: await renderXlsx(doc, title, tablesOf(doc, lang), t), mimeType: MEDIA_TYPES.xlsx, fileName: `${base}.xlsx` };
    case 'pdf': {
      const own = REPORTS[doc.kind].pdf;
      if (own) return { bytes: await own(doc, lang, opts), mimeType: MEDIA_TYPES.pdf, fileName: `${base}.pdf` };
      return {
        bytes: await renderReportPdf({
          doc,
          title,
          tables: tablesOf(doc, lang),
          lang,
          facilityAddress: opts.facility.address,
          managerName: opts.signerName,
        }),
        mimeType: MEDIA_TYPES.pdf,
        fileName: `${base}.pdf`,
      };
    }
  }
}
