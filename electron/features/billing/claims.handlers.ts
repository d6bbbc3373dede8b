import { handlersFor, iso } from '../context';
import { conflict, invalid, notFound } from '../errors';
import {
  claimForMonth,
  claimLines,
  claimNumbers,
  getClaim,
  insertConfirmationImport,
  insertCorrection,
  listClaims,
  listCorrections,
  lockedMonths,
  setClaimWorkflow,
  setLineOutcome,
  confirmations,
  claimLine,
} from '../../../db/repositories/billing-claims';
import {
  absenceReasonKnown,
  attendanceDay,
  clientExists,
  clientsByIds,
  writeAttendanceDay,
} from '../../../db/repositories/billing-foreign';
import { parseDate } from '../../contract/format';
import { computeDraft, daysToReclaim, draftOut, issuedOut, issueClaim } from './claims';
import { loadMonth } from './facts-loader';
import { authorisationFor } from './rules/day';
import { firstDay, lastDay, minutesOf, monthDates } from './rules/dates';
import { isActiveLife } from './rules/facts';
import { reconcile, type VoucherDay } from './rules/reconcile';

const summary = (c: {
  id: number;
  month: string;
  number: string;
  status: string;
  total: number;
  paid_amount: number | null;
  issued_at: string;
}) => ({
  id: c.id,
  month: c.month,
  number: c.number,
  status: c.status as 'issued',
  total: c.total,
  paidAmount: c.paid_amount,
  issuedAt: c.issued_at,
});

export const billingClaimHandlers = handlersFor({
  'billing.prepareClaim': async (ctx, { month }) => {
    const issued = await claimForMonth(ctx.db, month);
    if (issued) return issuedOut(ctx, issued);
    return draftOut(ctx, await computeDraft(ctx.db, month));
  },
  'billing.issueClaim': async (ctx, { month }) => {
    const id = await issueClaim(ctx, month);
    return issuedOut(ctx, (await getClaim(ctx.db, id))!);
  },
  'billing.listClaims': async (ctx, { year }) => (await listClaims(ctx.db, year)).map(summary),
  'billing.getClaim': async (ctx, { id }) => {
    const claim = await getClaim(ctx.db, id);
    if (!claim) throw notFound();
    return issuedOut(ctx, claim);
  },
  'billing.submitClaim': async (ctx, { id, submittedOn }) => {
    const claim = await getClaim(ctx.db, id);
    if (!claim) throw notFound();
    if (claim.status !== 'issued') throw conflict('claimNotIssued');
    if (submittedOn < claim.issued_at.slice(0, 10)) throw invalid({ submittedOn: 'v.date' });
    await setClaimWorkflow(ctx.db, id, { status: 'submitted', submitted_on: submittedOn });
    await ctx.audit({
      action: 'billing.submitClaim',
      objectType: 'billing_claim',
      objectId: String(id),
      changes: { status: [claim.status, 'submitted'] },
    });
    return issuedOut(ctx, (await getClaim(ctx.db, id))!);
  },
  'billing.recordClaimAnswer': async (ctx, input) => {
    const claim = await getClaim(ctx.db, input.id);
    if (!claim) throw notFound();
    if (claim.status !== 'issued' && claim.status !== 'submitted') throw conflict('claimNotIssued');
    if (input.answeredOn < claim.issued_at.slice(0, 10)) throw invalid({ answeredOn: 'v.date' });
    const lines = await claimLines(ctx.db, claim.id);
    const rejected = new Map(input.rejectedLines.map((r) => [r.lineId, r.reason]));
    for (const lineId of rejected.keys()) if (!lines.some((l) => l.id === lineId)) throw conflict('lineNotInClaim');
    // What the agency rejected is not paid: the amount paid can be at most what is left.
    const payable = claim.total - lines.filter((l) => rejected.has(l.id)).reduce((s, l) => s + l.amount, 0);
    if (input.paidAmount > payable) throw conflict('paidTooMuch', { paidAmount: 'conflict.paidTooMuch' });
    const status = input.paidAmount === 0 ? 'rejected' : input.paidAmount >= claim.total ? 'paid' : 'partly_paid';
    for (const l of lines) await setLineOutcome(ctx.db, l.id, rejected.has(l.id) ? 'rejected' : 'paid', rejected.get(l.id) ?? null);
    await setClaimWorkflow(ctx.db, claim.id, {
      status,
      answered_on: input.answeredOn,
      paid_amount: input.paidAmount,
      agency_note: input.note ?? null,
    });
    await ctx.audit({
      action: 'billing.recordClaimAnswer',
      objectType: 'billing_claim',
      objectId: String(claim.id),
      changes: {
        status: [claim.status, status],
        paid_amount: [claim.paid_amount, input.paidAmount],
        rejected_lines: [null, rejected.size],
      },
    });
    return issuedOut(ctx, (await getClaim(ctx.db, claim.id))!);
  },
  'billing.reclaimLine': async (ctx, { lineId, reason }) => {
    const line = await claimLine(ctx.db, lineId);
    if (!line) throw notFound();
    if (line.outcome !== 'rejected') throw conflict('lineNotRejected');
    const claim = (await getClaim(ctx.db, line.claim_id))!;
    const days = await daysToReclaim(ctx.db, line);
    if (!days.length) throw conflict('nothingToReclaim');
    const at = iso(ctx.now());
    for (const d of days) {
      const row = (await attendanceDay(ctx.db, d.client_id, d.date)) ?? null;
      const state = row && { checkIn: row.check_in, checkOut: row.check_out, absenceReason: row.absence_reason };
      await insertCorrection(ctx.db, { clientId: d.client_id, date: d.date, reason, before: state, after: state, at, by: ctx.user.id });
    }
    await ctx.audit({
      action: 'billing.reclaimLine',
      objectType: 'billing_claim_line',
      objectId: String(line.id),
      changes: { claim: [null, claim.number], days: [null, days.length], reason: [null, reason] },
    });
    return { days: days.length };
  },
  'billing.correctAttendance': async (ctx, input) => {
    const hasTimes = input.checkIn !== null || input.checkOut !== null;
    const absence = input.absenceReason ?? null;
    if (hasTimes === !!absence) throw invalid({ absenceReason: 'v.timesOrAbsence' });
    if (input.checkIn && input.checkOut && minutesOf(input.checkOut) <= minutesOf(input.checkIn)) throw invalid({ checkOut: 'v.time' });
    if (absence && !(await absenceReasonKnown(ctx.db, absence))) throw invalid({ absenceReason: 'v.choice' });
    if (!(await clientExists(ctx.db, input.clientId))) throw invalid({ clientId: 'v.clientUnknown' });
    if (!(await lockedMonths(ctx.db)).has(input.date.slice(0, 7))) throw conflict('notLocked');
    const before = (await attendanceDay(ctx.db, input.clientId, input.date)) ?? null;
    const after = { checkIn: input.checkIn, checkOut: input.checkOut, absenceReason: absence };
    await writeAttendanceDay(ctx.db, { clientId: input.clientId, date: input.date, ...after, by: ctx.user.id, at: iso(ctx.now()) });
    const beforeOut = before && { checkIn: before.check_in, checkOut: before.check_out, absenceReason: before.absence_reason };
    const id = await insertCorrection(ctx.db, {
      clientId: input.clientId,
      date: input.date,
      reason: input.reason,
      before: beforeOut,
      after,
      at: iso(ctx.now()),
      by: ctx.user.id,
    });
    await ctx.audit({
      action: 'billing.correctAttendance',
      objectType: 'attendance',
      objectId: `${input.clientId}/${input.date}`,
      changes: { attendance: [beforeOut, after], reason: [null, input.reason] },
    });
    return { correctionId: id };
  },
  'billing.listCorrections': async (ctx) => {
    const rows = await listCorrections(ctx.db);
    const numbers = new Map(
      (
        await claimNumbers(
          ctx.db,
          rows.map((r) => r.settled_by_claim_id).filter((x): x is number => x !== null),
        )
      ).map((c) => [c.id, c.number]),
    );
    const codes = new Map((await clientsByIds(ctx.db, [...new Set(rows.map((r) => r.client_id))])).map((c) => [c.id, c.code]));
    return rows.map((r) => ({
      id: r.id,
      clientId: r.client_id,
      clientCode: codes.get(r.client_id) ?? String(r.client_id),
      date: r.date,
      reason: r.reason,
      createdAt: r.created_at,
      settledByClaimNumber: r.settled_by_claim_id === null ? null : (numbers.get(r.settled_by_claim_id) ?? null),
    }));
  },
  'billing.importConfirmations': async (ctx, input) => {
    const fields: Record<string, string> = {};
    const rows: VoucherDay[] = [];
    input.rows.forEach((r, i) => {
      const date = parseDate(r.date);
      if (!r.voucherNo.trim()) fields[`rows.${i}.voucherNo`] = 'v.required';
      if (!date) fields[`rows.${i}.date`] = 'v.date';
      if (date && r.voucherNo.trim()) rows.push({ voucherNo: r.voucherNo.trim(), date });
    });
    if (Object.keys(fields).length) throw invalid(fields);
    const months = [...new Set(rows.map((r) => r.date.slice(0, 7)))].sort();
    const id = await insertConfirmationImport(ctx.db, { fileName: input.fileName, months, rows, at: iso(ctx.now()), by: ctx.user.id });
    await ctx.audit({
      action: 'billing.importConfirmations',
      objectType: 'billing_confirmation_import',
      objectId: String(id),
      changes: { rows: [0, rows.length] },
    });
    return { imported: rows.length, months };
  },
  'billing.reconciliation': async (ctx, { month }) => {
    const { input } = await loadMonth(ctx.db, month);
    const recorded: VoucherDay[] = [];
    for (const c of input.clients)
      for (const date of monthDates(month)) {
        const r = c.attendance.find((a) => a.date === date);
        if (!r?.checkIn || !r.checkOut || minutesOf(r.checkOut) <= minutesOf(r.checkIn)) continue;
        const found = authorisationFor(c.authorisations, date);
        if ('auth' in found && isActiveLife(found.auth.program)) recorded.push({ voucherNo: found.auth.number, date });
      }
    const conf = await confirmations(ctx.db, firstDay(month), lastDay(month));
    const result = reconcile(recorded, conf.days);
    return { confirmationFile: conf.months.has(month), ...result };
  },
});
