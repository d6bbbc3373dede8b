// Period approval, DHIS2-style: prepared → checked → closed. Closing freezes report.json's exact
// bytes; a closed period changes only by reopening, which needs a reason and is kept in its history.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, FacilityRow } from '../../../db/schema';
import {
  findPeriod,
  findPeriodFor,
  findPeriodWithNames,
  insertPeriod,
  insertPeriodEvent,
  updatePeriod,
  type ReportPeriodListRow,
  type ReportPeriodRow,
} from '../../../db/repositories/reports';
import { getFacility } from '../../../db/repositories/facility';
import type { ReportKind, ReportPeriod } from '../../contract/reports.contract';
import { tashkentToday } from '../../contract/format';
import { AppError, conflict, notFound } from '../errors';
import { iso, type AuthedContext } from '../context';
import { REPORTS, buildReport } from './catalogue';
import { reportBytes } from './report-document';
import type { Period } from './period';

export const sha256 = (b: Buffer | Uint8Array) => createHash('sha256').update(b).digest('hex');

/** The facility, once it is known that it makes this report and that the caller's role may see it. */
export async function facilityFor(ctx: AuthedContext, kind: ReportKind): Promise<FacilityRow> {
  const f = await getFacility(ctx.db);
  if (!f) throw new AppError('not_initialized');
  const def = REPORTS[kind];
  if (!(def.facilityKinds as readonly string[]).includes(f.kind)) throw conflict('reportNotForKind');
  if (!(def.readers as readonly string[]).includes(ctx.user.role)) throw new AppError('forbidden');
  return f;
}

export async function periodOut(db: Kysely<Database>, id: number): Promise<ReportPeriod> {
  const row = await findPeriodWithNames(db, id);
  if (!row) throw notFound();
  return toPeriod(row);
}

export function toPeriod(row: ReportPeriodListRow): ReportPeriod {
  return {
    id: row.id,
    kind: row.kind as ReportKind,
    from: row.period_from,
    to: row.period_to,
    status: row.status as ReportPeriod['status'],
    figuresSha256: row.figures_sha256,
    preparedAt: row.prepared_at,
    preparedBy: row.prepared_by_name,
    checkedAt: row.checked_at,
    checkedBy: row.checked_by_name,
    closedAt: row.closed_at,
    closedBy: row.closed_by_name,
  };
}

async function step(
  ctx: AuthedContext,
  row: ReportPeriodRow,
  action: 'prepare' | 'check' | 'close' | 'reopen',
  extra: { reason?: string; sha?: string | null } = {},
) {
  const at = iso(ctx.now());
  await insertPeriodEvent(ctx.db, {
    period_id: row.id,
    action,
    at,
    user_id: ctx.user.id,
    reason: extra.reason ?? null,
    figures_sha256: extra.sha ?? null,
  });
  await ctx.audit({
    action: `reports.${action}`,
    objectType: 'report_period',
    objectId: String(row.id),
    changes: {
      kind: [null, row.kind],
      period: [null, `${row.period_from}..${row.period_to}`],
      ...(extra.sha !== undefined ? { figuresSha256: action === 'reopen' ? [extra.sha, null] : [null, extra.sha] } : {}),
      ...(extra.reason ? { reason: [null, extra.reason] } : {}),
    },
  });
}

async function load(ctx: AuthedContext, id: number): Promise<ReportPeriodRow> {
  const row = await findPeriod(ctx.db, id);
  if (!row) throw notFound();
  return row;
}

export async function preparePeriod(ctx: AuthedContext, kind: ReportKind, p: Period): Promise<ReportPeriod> {
  await facilityFor(ctx, kind);
  if (await findPeriodFor(ctx.db, kind, p.from, p.to)) throw conflict('periodExists');
  const at = iso(ctx.now());
  const id = await insertPeriod(ctx.db, {
    kind,
    period_from: p.from,
    period_to: p.to,
    status: 'prepared',
    figures: null,
    figures_sha256: null,
    prepared_at: at,
    prepared_by: ctx.user.id,
    checked_at: null,
    checked_by: null,
    closed_at: null,
    closed_by: null,
    updated_at: at,
  });
  await step(ctx, (await findPeriod(ctx.db, id))!, 'prepare');
  return periodOut(ctx.db, id);
}

export async function checkPeriod(ctx: AuthedContext, id: number): Promise<ReportPeriod> {
  const row = await load(ctx, id);
  if (row.status !== 'prepared') throw conflict(row.status === 'closed' ? 'periodClosed' : 'periodNotPrepared');
  const at = iso(ctx.now());
  await updatePeriod(ctx.db, id, { status: 'checked', checked_at: at, checked_by: ctx.user.id, updated_at: at });
  await step(ctx, row, 'check');
  return periodOut(ctx.db, id);
}

export async function closePeriod(ctx: AuthedContext, id: number): Promise<ReportPeriod> {
  const row = await load(ctx, id);
  if (row.status === 'closed') throw conflict('periodClosed');
  if (row.status !== 'checked') throw conflict('periodNotChecked');
  if (row.period_to >= tashkentToday(ctx.now())) throw conflict('periodNotOver');
  const facility = await facilityFor(ctx, row.kind as ReportKind);
  const doc = await buildReport(ctx, facility, row.kind as ReportKind, { from: row.period_from, to: row.period_to });
  const bytes = reportBytes(doc);
  const sha = sha256(bytes);
  const at = iso(ctx.now());
  await updatePeriod(ctx.db, id, {
    status: 'closed',
    figures: bytes,
    figures_sha256: sha,
    closed_at: at,
    closed_by: ctx.user.id,
    updated_at: at,
  });
  await step(ctx, row, 'close', { sha });
  return periodOut(ctx.db, id);
}

export async function reopenPeriod(ctx: AuthedContext, id: number, reason: string): Promise<ReportPeriod> {
  const row = await load(ctx, id);
  if (row.status !== 'closed') throw conflict('periodNotClosed');
  const at = iso(ctx.now());
  await updatePeriod(ctx.db, id, {
    status: 'prepared',
    figures: null,
    figures_sha256: null,
    checked_at: null,
    checked_by: null,
    closed_at: null,
    closed_by: null,
    updated_at: at,
  });
  await step(ctx, row, 'reopen', { reason, sha: row.figures_sha256 });
  return periodOut(ctx.db, id);
}
