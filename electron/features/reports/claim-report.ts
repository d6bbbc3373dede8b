// Day care: the month's state claim (computed by the billing area) as a catalogue report, so it is
// closed, signed and sent like the others. report.json carries client CODES only, never names:
// the named claim stays in billing's own document (billing.claimPdf), which only its readers see.
import type { TFunction } from 'i18next';
import { BILLING_READ } from '../../contract/billing.contract';
import { CLAIM_EXCEPTION_REASONS, type ClaimOut } from '../../contract/billing-claims.contract';
import { billingLabel } from '../../contract/billing.labels';
import type { Lang } from '../../contract/core';
import { REPORT_READERS, type ReportTable } from '../../contract/reports.contract';
import { claimForMonth } from '../../../db/repositories/billing-claims';
import { invalid } from '../errors';
import { computeDraft, draftOut, issuedOut } from '../billing/claims';
import type { ReportDefinition } from './catalogue';
import type { ReportDocument } from './report-document';
import { daysInMonth } from './period';

export interface ClaimReportData {
  month: string;
  /** `draft` while the month is not claimed yet; the claim's status and number once issued. */
  claim: { status: string; number: string | null; issuedAt: string | null };
  total: number;
  byProgram: Array<{ program: string; children: number; days: number; amount: number }>;
  lines: Array<{
    lineNo: number;
    clientCode: string;
    program: string;
    kind: string;
    days: number;
    days3to7: number;
    days7to18: number;
    daysPoor: number;
    amount: number;
  }>;
  /** Days not billed, by reason (attendance incomplete, outside the voucher …). */
  exceptions: Array<{ reason: string; days: number }>;
}

/** The claim is for a calendar month: the period must be exactly one. */
function monthOf(from: string, to: string): string {
  const y = Number(from.slice(0, 4));
  const m = Number(from.slice(5, 7));
  if (from.slice(8) !== '01' || to !== `${from.slice(0, 8)}${String(daysInMonth(y, m)).padStart(2, '0')}`)
    throw invalid({ to: 'v.wholeMonth' });
  return from.slice(0, 7);
}

export function claimData(c: ClaimOut): ClaimReportData {
  const programs = new Map<string, { children: Set<number>; days: number; amount: number }>();
  for (const l of c.lines) {
    const p = programs.get(l.program) ?? { children: new Set<number>(), days: 0, amount: 0 };
    p.children.add(l.clientId);
    p.days += l.days;
    p.amount += l.amount;
    programs.set(l.program, p);
  }
  const exceptions = new Map<string, number>();
  for (const e of c.exceptions) exceptions.set(e.reason, (exceptions.get(e.reason) ?? 0) + 1);
  return {
    month: c.month,
    claim: { status: c.status, number: c.number, issuedAt: c.issuedAt },
    total: c.total,
    byProgram: [...programs.entries()].map(([program, p]) => ({ program, children: p.children.size, days: p.days, amount: p.amount })),
    lines: c.lines.map((l) => ({
      lineNo: l.lineNo,
      clientCode: l.clientCode,
      program: l.program,
      kind: l.kind,
      days: l.days,
      days3to7: l.days3to7,
      days7to18: l.days7to18,
      daysPoor: l.daysPoor,
      amount: l.amount,
    })),
    exceptions: CLAIM_EXCEPTION_REASONS.filter((r) => exceptions.has(r)).map((reason) => ({ reason, days: exceptions.get(reason)! })),
  };
}

function claimTables(doc: ReportDocument<ClaimReportData>, t: TFunction, lang: Lang): ReportTable[] {
  const d = doc.data;
  const c = (k: string) => t(`reports.claim.${k}`);
  const program = (p: string) => billingLabel(lang, 'program', p);
  return [
    {
      id: 'claim',
      title: d.claim.number ? t('reports.claim.issued', { number: d.claim.number }) : c('draft'),
      columns: [
        { key: 'program', label: c('program'), type: 'text' },
        { key: 'children', label: c('children'), type: 'int' },
        { key: 'days', label: c('days'), type: 'int' },
        { key: 'amount', label: c('amount'), type: 'int' },
      ],
      rows: d.byProgram.map((p) => [program(p.program), p.children, p.days, p.amount]),
      total: [t('reports.col.total'), new Set(d.lines.map((l) => l.clientCode)).size, d.lines.reduce((n, l) => n + l.days, 0), d.total],
      chart: null,
      note: c('moneyNote'),
    },
    {
      id: 'lines',
      title: c('lines'),
      columns: [
        { key: 'code', label: c('code'), type: 'text' },
        { key: 'program', label: c('program'), type: 'text' },
        { key: 'days', label: c('days'), type: 'int' },
        { key: 'daysPoor', label: c('daysPoor'), type: 'int' },
        { key: 'amount', label: c('amount'), type: 'int' },
      ],
      rows: d.lines.map((l) => [l.clientCode, program(l.program), l.days, l.daysPoor, l.amount]),
      total: null,
      chart: null,
      note: c('codesOnly'),
    },
    {
      id: 'exceptions',
      title: c('exceptions'),
      columns: [
        { key: 'reason', label: c('reason'), type: 'text' },
        { key: 'days', label: c('days'), type: 'int' },
      ],
      rows: d.exceptions.map((e) => [billingLabel(lang, 'reason', e.reason), e.days]),
      total: null,
      chart: null,
      note: d.exceptions.length ? null : c('noExceptions'),
    },
  ];
}

export const dayCareClaimReport: ReportDefinition = {
  kind: 'day_care_claim',
  facilityKinds: ['day_care'],
  readers: REPORT_READERS.filter((r) => (BILLING_READ as readonly string[]).includes(r)),
  containsPersonalData: false,
  async compute(db, _facility, p, _now, ctx) {
    const month = monthOf(p.from, p.to);
    const issued = await claimForMonth(db, month);
    return claimData(issued ? await issuedOut(ctx, issued) : await draftOut(ctx, await computeDraft(db, month)));
  },
  tables: (doc, t, lang) => claimTables(doc as ReportDocument<ClaimReportData>, t, lang),
};
