import { handlersFor, type AuthedContext } from '../context';
import { conflict, notFound } from '../errors';
import { findPackage, findPeriodFor, listPeriodEvents, listPeriods, markPackageSent } from '../../../db/repositories/reports';
import { listSigningKeys } from '../../../db/repositories/signing';
import { iso } from '../context';
import { translator } from '../../i18n/index';
import type { ReportKind } from '../../contract/reports.contract';
import { REPORTS, buildReport, reportsFor } from './catalogue';
import { checkPeriod, closePeriod, facilityFor, preparePeriod, reopenPeriod, toPeriod } from './periods';
import { parseReport, sameFigures, type ReportDocument } from './report-document';
import { renderReport, reportTitle, tablesOf } from './render';
import { makePeriodPackage, packageById, packageFile, register } from './packages';
import { verifyPackage } from './package-verify';
import { setPlacementProspect } from './prospects';

/** The report for a period: the frozen bytes when the period is closed, else computed now. */
async function reportFor(ctx: AuthedContext, kind: ReportKind, from: string, to: string) {
  const facility = await facilityFor(ctx, kind);
  const record = await findPeriodFor(ctx.db, kind, from, to);
  const live = await buildReport(ctx, facility, kind, { from, to });
  if (record?.status === 'closed' && record.figures) {
    const frozenBytes = Buffer.from(record.figures);
    const doc = parseReport(frozenBytes);
    return { facility, record, doc, frozenBytes, changedSinceClosing: !sameFigures(doc, live) };
  }
  return { facility, record, doc: live as ReportDocument, frozenBytes: undefined, changedSinceClosing: false };
}

export const reportsHandlers = handlersFor({
  'reports.catalogue': async (ctx) => {
    const f = await facilityFor(ctx, 'activity');
    const t = translator(ctx.user.lang);
    return reportsFor(f.kind, ctx.user.role).map((r) => ({
      kind: r.kind,
      title: t(`reports.kind.${r.kind}.title`),
      description: t(`reports.kind.${r.kind}.description`),
      containsPersonalData: r.containsPersonalData,
    }));
  },
  'reports.view': async (ctx, input) => {
    const r = await reportFor(ctx, input.kind, input.from, input.to);
    const period = r.record ? toPeriod((await listPeriods(ctx.db, input.kind)).find((p) => p.id === r.record!.id)!) : null;
    return {
      kind: input.kind,
      from: input.from,
      to: input.to,
      title: reportTitle(input.kind, ctx.user.lang),
      period,
      frozen: !!r.frozenBytes,
      changedSinceClosing: r.changedSinceClosing,
      containsPersonalData: REPORTS[input.kind].containsPersonalData,
      report: r.doc,
      tables: tablesOf(r.doc, ctx.user.lang),
    };
  },
  'reports.export': async (ctx, input) => {
    const r = await reportFor(ctx, input.kind, input.from, input.to);
    if (r.doc.containsPersonalData && !input.acknowledgePersonalData) throw conflict('personalDataAck');
    const lang = input.lang ?? ctx.user.lang;
    const file = await renderReport(r.doc, input.format, lang, { facility: r.facility, signerName: null, frozenBytes: r.frozenBytes });
    await ctx.audit({
      action: 'reports.export',
      objectType: 'report',
      objectId: input.kind,
      changes: { period: [null, `${input.from}..${input.to}`], format: [null, input.format], frozen: [null, !!r.frozenBytes] },
    });
    return { fileName: file.fileName, mimeType: file.mimeType, base64: file.bytes.toString('base64') };
  },
  'reports.periods': async (ctx, input) => (await listPeriods(ctx.db, input.kind)).map(toPeriod),
  'reports.periodHistory': async (ctx, input) => {
    const events = await listPeriodEvents(ctx.db, input.periodId);
    return events.map((e) => ({
      action: e.action as 'prepare' | 'check' | 'close' | 'reopen',
      at: e.at,
      userName: e.user_name,
      reason: e.reason,
      figuresSha256: e.figures_sha256,
    }));
  },
  'reports.prepare': (ctx, input) => preparePeriod(ctx, input.kind, input),
  'reports.check': (ctx, input) => checkPeriod(ctx, input.periodId),
  'reports.close': (ctx, input) => closePeriod(ctx, input.periodId),
  'reports.reopen': (ctx, input) => reopenPeriod(ctx, input.periodId, input.reason),
  'reports.makePackage': (ctx, input) => makePeriodPackage(ctx, input.periodId, input.signingPassword, input.lang),
  'reports.packages': async (ctx) => register(ctx.db),
  'reports.getPackage': async (ctx, input) => packageFile(ctx, input.packageId),
  'reports.markSent': async (ctx, input) => {
    const p = await findPackage(ctx.db, input.packageId);
    if (!p) throw notFound();
    if (p.sent_at) throw conflict('alreadySent');
    await markPackageSent(ctx.db, p.id, iso(ctx.now()), ctx.user.id, input.note ?? null);
    await ctx.audit({
      action: 'reports.markSent',
      objectType: 'report_package',
      objectId: String(p.id),
      changes: { sentAt: [null, iso(ctx.now())] },
    });
    return packageById(ctx.db, p.id);
  },
  'reports.setPlacementProspect': (ctx, input) => setPlacementProspect(ctx, input),
  'reports.verifyPackage': async (ctx, input) => {
    const v = await verifyPackage(Buffer.from(input.packageBase64, 'base64'), { certificatePem: input.certificatePem ?? null });
    const own = new Set((await listSigningKeys(ctx.db)).map((k) => k.fingerprint));
    const t = translator(ctx.user.lang);
    return {
      ...v,
      signerIsThisFacility: v.signer ? own.has(v.signer.fingerprint) : null,
      checks: v.checks.map((c) => ({ ...c, label: t(`reports.check.${c.id}`, { file: c.file ?? '' }) })),
    };
  },
});
