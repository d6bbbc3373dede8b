// `komak report KIND` for the report catalogue (electron/features/reports): JSON, PDF, CSV, XLSX
// through reports.export, and `--format package`: the signed package of a closed period.
import { callAs, CliError } from '../io';
import type { Backend, CallContext } from '../../backend';
import type { ReportKind as CatalogueKind } from '../../contract/reports.contract';
import type { ReportKind, ReportOptions, ReportOutput } from './report';

export const CATALOGUE_FORMATS = ['json', 'pdf', 'csv', 'xlsx', 'package'] as const;

/** Finds (and with --close, prepares, checks and closes) the period, then makes and signs its package. */
async function makePackage(backend: Backend, ctx: CallContext, kind: CatalogueKind, o: ReportOptions): Promise<ReportOutput> {
  const password = o.signingPassword;
  if (!password)
    throw new CliError('A package is signed: give the signing password in KOMAK_SIGNING_PASSWORD or with --signing-password-stdin.', 2);
  const periods = await callAs(backend, ctx, 'reports.periods', { kind });
  let period = periods.find((p) => p.from === o.from && p.to === o.to);
  if (period?.status !== 'closed') {
    if (!o.close)
      throw new CliError(`The period ${o.from} – ${o.to} is not closed. Close it in the app, or add --close to close it now.`, 1);
    period ??= await callAs(backend, ctx, 'reports.prepare', { kind, from: o.from, to: o.to });
    if (period.status === 'prepared') period = await callAs(backend, ctx, 'reports.check', { periodId: period.id });
    period = await callAs(backend, ctx, 'reports.close', { periodId: period.id });
  }
  const made = await callAs(backend, ctx, 'reports.makePackage', { periodId: period.id, signingPassword: password, lang: o.lang ?? 'uz' });
  return { bytes: Buffer.from(made.file.base64, 'base64'), fileName: made.file.fileName };
}

async function exportFile(backend: Backend, ctx: CallContext, kind: CatalogueKind, o: ReportOptions): Promise<ReportOutput> {
  const file = await callAs(backend, ctx, 'reports.export', {
    kind,
    from: o.from,
    to: o.to,
    format: o.format as 'json' | 'pdf' | 'csv' | 'xlsx',
    lang: o.lang,
    acknowledgePersonalData: o.acknowledgePersonalData,
  });
  const bytes = Buffer.from(file.base64, 'base64');
  return o.format === 'json' ? { text: bytes.toString('utf8') } : { bytes, fileName: file.fileName };
}

export function catalogueReport(kind: CatalogueKind, summary: string): ReportKind {
  return {
    summary,
    formats: CATALOGUE_FORMATS,
    run: (backend, ctx, o) => (o.format === 'package' ? makePackage(backend, ctx, kind, o) : exportFile(backend, ctx, kind, o)),
  };
}

/** An appeals report keeps its own JSON and PDF, and gains CSV, XLSX and the signed package from the catalogue. */
export function withCatalogue(own: ReportKind, kind: CatalogueKind): ReportKind {
  const catalogue = catalogueReport(kind, own.summary);
  return {
    summary: own.summary,
    formats: [...new Set([...own.formats, ...CATALOGUE_FORMATS])],
    run: (backend, ctx, o) => (own.formats.includes(o.format) ? own.run(backend, ctx, o) : catalogue.run(backend, ctx, o)),
  };
}
