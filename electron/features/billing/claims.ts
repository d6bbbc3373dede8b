// The month's state claim: drafts computed from the store, issued claims read back as issued.
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { ClaimLineRow, ClaimRow } from '../../../db/tables/billing';
import {
  claimExceptions,
  claimLines,
  claimNumbers,
  claimForMonth,
  insertClaim,
  insertClaimDays,
  insertClaimExceptions,
  insertClaimLine,
  lockMonth,
  nextClaimSeq,
  settleCorrections,
  lineDays,
  pendingCorrections,
} from '../../../db/repositories/billing-claims';
import { getFacility } from '../../../db/repositories/facility';
import type { ClaimOut } from '../../contract/billing-claims.contract';
import { tashkentToday } from '../../contract/format';
import { conflict } from '../errors';
import type { AuthedContext } from '../context';
import { iso } from '../context';
import { ledgerEntries, loadMonth } from './facts-loader';
import { peopleFor } from './names';
import { netLedger, prepareClaim, type ClaimDraft } from './rules/claim';
import { lastDay } from './rules/dates';
import { fromText, toNumber, toText } from './rules/rational';

type Db = Kysely<Database>;

export async function computeDraft(db: Db, month: string): Promise<ClaimDraft> {
  const { input } = await loadMonth(db, month);
  return prepareClaim(input);
}

export async function draftOut(ctx: AuthedContext, draft: ClaimDraft): Promise<ClaimOut> {
  const db = ctx.db;
  const people = await peopleFor(
    ctx,
    draft.lines.map((l) => l.clientId),
  );
  const refs = new Map(
    (await claimNumbers(db, [...new Set(draft.lines.map((l) => l.refClaimId).filter((x): x is number => x !== null))])).map((r) => [
      r.id,
      r.number,
    ]),
  );
  const facility = await getFacility(db);
  return {
    id: null,
    month: draft.month,
    number: null,
    status: 'draft',
    lines: draft.lines.map((l, i) => ({
      id: null,
      lineNo: i + 1,
      clientId: l.clientId,
      clientCode: l.clientCode,
      clientName: people.get(l.clientId)?.name ?? null,
      program: l.program,
      kind: l.kind,
      refClaimNumber: l.refClaimId === null ? null : (refs.get(l.refClaimId) ?? null),
      days: l.days,
      days3to7: l.days3to7,
      days7to18: l.days7to18,
      daysPoor: l.daysPoor,
      quantity: toNumber(l.quantity),
      amount: l.amount,
      outcome: null,
      rejectedReason: null,
      reclaimable: false,
    })),
    total: draft.total,
    exceptions: draft.exceptions.map(({ clientId, clientCode, date, reason }) => ({ clientId, clientCode, date, reason })),
    regionalCentre: facility?.regional_centre === 1,
    issuedAt: null,
    submittedOn: null,
    answeredOn: null,
    paidAmount: null,
    agencyNote: null,
  };
}

/**
 * The days a rejected line billed that are still unpaid: no later claim bills them again and no
 * correction waiting for the next claim covers them. Empty for a line that was not rejected.
 */
export async function daysToReclaim(db: Db, line: ClaimLineRow): Promise<{ client_id: number; date: string }[]> {
  if (line.outcome !== 'rejected') return [];
  const billed = netLedger(await ledgerEntries(db, [line.client_id]));
  const pending = new Set((await pendingCorrections(db)).filter((c) => c.client_id === line.client_id).map((c) => c.date));
  return (await lineDays(db, line.claim_id, line.id)).filter(
    (d) => d.units === 1 && (billed.get(`${d.client_id}|${d.date}`)?.units ?? 0) <= 0 && !pending.has(d.date),
  );
}

export async function issuedOut(ctx: AuthedContext, claim: ClaimRow): Promise<ClaimOut> {
  const db = ctx.db;
  const lines = await claimLines(db, claim.id);
  const reclaimable = new Set<number>();
  for (const l of lines) if ((await daysToReclaim(db, l)).length) reclaimable.add(l.id);
  const people = await peopleFor(
    ctx,
    lines.map((l) => l.client_id),
  );
  const refs = new Map(
    (
      await claimNumbers(
        db,
        lines.map((l) => l.ref_claim_id).filter((x): x is number => x !== null),
      )
    ).map((r) => [r.id, r.number]),
  );
  const exceptions = await claimExceptions(db, claim.id);
  return {
    id: claim.id,
    month: claim.month,
    number: claim.number,
    status: claim.status as ClaimOut['status'],
    lines: lines.map((l) => ({
      id: l.id,
      lineNo: l.line_no,
      clientId: l.client_id,
      clientCode: l.client_code,
      clientName: people.get(l.client_id)?.name ?? null,
      program: l.program as ClaimOut['lines'][number]['program'],
      kind: l.kind as 'regular' | 'adjustment',
      refClaimNumber: l.ref_claim_id === null ? null : (refs.get(l.ref_claim_id) ?? null),
      days: l.days,
      days3to7: l.days_3_7,
      days7to18: l.days_7_18,
      daysPoor: l.days_poor,
      quantity: toNumber(fromText(l.quantity)),
      amount: l.amount,
      outcome: l.outcome as 'paid' | 'rejected' | null,
      rejectedReason: l.rejected_reason,
      reclaimable: reclaimable.has(l.id),
    })),
    total: claim.total,
    exceptions: exceptions.map((e) => ({
      clientId: e.client_id,
      clientCode: e.client_code,
      date: e.date,
      reason: e.reason as ClaimOut['exceptions'][number]['reason'],
    })),
    regionalCentre: claim.regional_centre === 1,
    issuedAt: claim.issued_at,
    submittedOn: claim.submitted_on,
    answeredOn: claim.answered_on,
    paidAmount: claim.paid_amount,
    agencyNote: claim.agency_note,
  };
}

/**
 * Issues the month's claim in the caller's transaction: the number is the year's next (so no
 * gaps: a failure rolls the number back with everything else), every billed day goes to the
 * ledger, the month is locked and the corrections it settles are marked.
 */
export async function issueClaim(ctx: AuthedContext, month: string): Promise<number> {
  const db = ctx.db;
  if (await claimForMonth(db, month)) throw conflict('monthClaimed');
  const today = tashkentToday(ctx.now());
  if (today <= lastDay(month)) throw conflict('monthNotOver');
  const draft = await computeDraft(db, month);
  const facility = await getFacility(db);
  const year = Number(today.slice(0, 4));
  const seq = await nextClaimSeq(db, year);
  const number = `SC-${year}-${String(seq).padStart(4, '0')}`;
  const at = iso(ctx.now());
  const claimId = await insertClaim(db, {
    month,
    year,
    seq,
    number,
    total: draft.total,
    at,
    by: ctx.user.id,
    regionalCentre: facility?.regional_centre === 1,
  });
  const lineIds = new Map<string, number>();
  let lineNo = 1;
  for (const l of draft.lines) {
    const lineId = await insertClaimLine(db, {
      claim_id: claimId,
      line_no: lineNo++,
      client_id: l.clientId,
      client_code: l.clientCode,
      program: l.program,
      kind: l.kind,
      ref_claim_id: l.refClaimId,
      days: l.days,
      days_3_7: l.days3to7,
      days_7_18: l.days7to18,
      days_poor: l.daysPoor,
      quantity: toText(l.quantity),
      exact: toText(l.exact),
      amount: l.amount,
      outcome: null,
      rejected_reason: null,
    });
    lineIds.set(`${l.clientId}|${l.program}|${l.kind}|${l.refClaimId ?? ''}`, lineId);
  }
  await insertClaimDays(
    db,
    draft.entries.map((e) => ({
      claim_id: claimId,
      line_id: lineIds.get(`${e.clientId}|${e.program}|${e.kind}|${e.refClaimId ?? ''}`)!,
      client_id: e.clientId,
      date: e.date,
      program: e.program,
      authorisation_id: e.authorisationId,
      units: e.units,
      amount: toText(e.amount),
      quantity: toText(e.quantity),
      band: e.band,
      poor: e.poor ? 1 : 0,
      ref_claim_id: e.refClaimId,
    })),
  );
  await insertClaimExceptions(
    db,
    draft.exceptions.map((x) => ({ claim_id: claimId, client_id: x.clientId, client_code: x.clientCode, date: x.date, reason: x.reason })),
  );
  await lockMonth(db, month, claimId, at);
  await settleCorrections(db, draft.settles, claimId);
  await ctx.audit({
    action: 'billing.issueClaim',
    objectType: 'billing_claim',
    objectId: String(claimId),
    changes: { number: [null, number], month: [null, month], total: [null, draft.total], lines: [null, draft.lines.length] },
  });
  return claimId;
}
