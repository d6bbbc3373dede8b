// Making the signed package of a closed period, and the register of packages made.
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { findPackage, findPeriod, insertPackage, listPackages, type ReportPackageListRow } from '../../../db/repositories/reports';
import { findUserById } from '../../../db/repositories/users';
import { auditHead } from '../../../db/repositories/audit';
import type { Lang } from '../../contract/core';
import type { ReportKind, ReportPackage } from '../../contract/reports.contract';
import { formatDate } from '../../contract/format';
import { APP_VERSION } from '../../version';
import { translator } from '../../i18n/index';
import { conflict, notFound } from '../errors';
import { iso, type AuthedContext } from '../context';
import { KOMAK_RSA_PROVIDER, unlockSigner } from '../signing/keys';
import { makePackage } from './package-make';
import { MEDIA_TYPES } from './package-format';
import { facilityFor, sha256 } from './periods';
import { parseReport } from './report-document';
import { renderReport, reportFileBase, reportTitle } from './render';

export function toPackage(r: ReportPackageListRow, currentSha: string | null): ReportPackage {
  return {
    id: r.id,
    periodId: r.period_id,
    kind: r.kind as ReportKind,
    from: r.period_from,
    to: r.period_to,
    fileName: r.file_name,
    size: r.size,
    sha256: r.sha256,
    certificateFingerprint: r.certificate_fingerprint,
    lang: r.lang as Lang,
    createdAt: r.created_at,
    createdBy: r.created_by_name,
    sentAt: r.sent_at,
    sentBy: r.sent_by_name,
    sentNote: r.sent_note,
    superseded: r.figures_sha256 !== currentSha,
  };
}

/** The register with each package marked superseded when its period was reopened since. */
export async function register(db: Kysely<Database>): Promise<ReportPackage[]> {
  const rows = await listPackages(db);
  const shas = new Map<number, string | null>();
  for (const r of rows) if (!shas.has(r.period_id)) shas.set(r.period_id, (await findPeriod(db, r.period_id))?.figures_sha256 ?? null);
  return rows.map((r) => toPackage(r, shas.get(r.period_id) ?? null));
}

export async function packageById(db: Kysely<Database>, id: number): Promise<ReportPackage> {
  const p = (await register(db)).find((x) => x.id === id);
  if (!p) throw notFound();
  return p;
}

/** `komak_activity_2026-11-01_2026-11-30_305123456_20261201T0900Z.zip`: no names in file names. */
const packageFileName = (base: string, stir: string | null, at: Date) =>
  `${base}_${stir ?? 'facility'}_${at.toISOString().slice(0, 16).replace(/[-:]/g, '')}Z.zip`;

export async function makePeriodPackage(ctx: AuthedContext, periodId: number, signingPassword: string, lang: Lang) {
  // The password first: a wrong one fails before anything else is read or written.
  const { signer, key } = await unlockSigner(ctx, signingPassword);
  const period = await findPeriod(ctx.db, periodId);
  if (!period) throw notFound();
  if (period.status !== 'closed' || !period.figures || !period.figures_sha256) throw conflict('periodNotClosed');
  const facility = await facilityFor(ctx, period.kind as ReportKind);
  const frozen = Buffer.from(period.figures);
  const doc = parseReport(frozen);
  const closer = period.closed_by ? await findUserById(ctx.db, period.closed_by) : undefined;
  const now = ctx.now();
  const opts = { facility, signerName: ctx.user.fullName, frozenBytes: frozen };
  const pdf = await renderReport(doc, 'pdf', lang, opts);
  const csv = await renderReport(doc, 'csv', lang, opts);
  const xlsx = await renderReport(doc, 'xlsx', lang, opts);
  const title = reportTitle(doc.kind, lang);
  const t = translator(lang);
  const head = await auditHead(ctx.db);

  const made = await makePackage({
    about: {
      facility: {
        name: facility.name,
        kind: facility.kind,
        stir: facility.stir,
        regionSoato: facility.region_soato,
        districtSoato: facility.district_soato,
      },
      report: {
        kind: doc.kind,
        title,
        periodFrom: period.period_from,
        periodTo: period.period_to,
        schemaVersion: doc.schemaVersion,
        closedAt: period.closed_at ?? '',
        closedBy: closer?.full_name ?? '',
        figuresSha256: period.figures_sha256,
        containsPersonalData: doc.containsPersonalData,
      },
      app: { name: 'Komak', version: APP_VERSION },
      createdAt: iso(now),
      signedBy: ctx.user.fullName,
      auditHead: head,
      training: facility.training === 1,
    },
    reportJson: frozen,
    reportPdf: pdf.bytes,
    tables: [
      { name: 'report.csv', bytes: csv.bytes, mediaType: MEDIA_TYPES.csv },
      { name: 'report.xlsx', bytes: xlsx.bytes, mediaType: MEDIA_TYPES.xlsx },
    ],
    signer,
    signerProvider: KOMAK_RSA_PROVIDER,
    pdfSignature: {
      name: facility.name,
      reason: t('reports.pdfSignReason', { title, from: formatDate(period.period_from), to: formatDate(period.period_to) }),
      location: facility.address,
      contactInfo: facility.phone ?? '',
    },
  });

  const fileName = packageFileName(reportFileBase(doc), facility.stir, now);
  const sha = sha256(made.bytes);
  const id = await insertPackage(ctx.db, {
    period_id: period.id,
    kind: period.kind,
    period_from: period.period_from,
    period_to: period.period_to,
    file_name: fileName,
    bytes: made.bytes,
    size: made.bytes.length,
    sha256: sha,
    figures_sha256: period.figures_sha256,
    certificate_fingerprint: key.fingerprint,
    lang,
    created_at: iso(now),
    created_by: ctx.user.id,
    sent_at: null,
    sent_by: null,
    sent_note: null,
  });
  await ctx.audit({
    action: 'reports.makePackage',
    objectType: 'report_package',
    objectId: String(id),
    changes: { periodId: [null, period.id], sha256: [null, sha], certificate: [null, key.fingerprint], auditHead: [null, head.hash] },
  });
  return { package: await packageById(ctx.db, id), file: { fileName, mimeType: 'application/zip', base64: made.bytes.toString('base64') } };
}

export async function packageFile(ctx: AuthedContext, id: number) {
  const p = await findPackage(ctx.db, id);
  if (!p) throw notFound();
  await facilityFor(ctx, p.kind as ReportKind);
  return { fileName: p.file_name, mimeType: 'application/zip', base64: Buffer.from(p.bytes).toString('base64') };
}
