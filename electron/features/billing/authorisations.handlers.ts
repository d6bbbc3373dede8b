import { handlersFor, iso } from '../context';
import { conflict, invalid, notFound } from '../errors';
import {
  authorisationEvents,
  authorisationNumbersTaken,
  getAuthorisation,
  insertAuthorisation,
  insertAuthorisationEvent,
  listAuthorisations,
  updateAuthorisationStatus,
} from '../../../db/repositories/billing';
import { ledgerFor, lockedMonths, insertCorrection } from '../../../db/repositories/billing-claims';
import { clientExists, clientIdsByCodes } from '../../../db/repositories/billing-foreign';
import { BILLING_PROGRAMS } from '../../contract/billing.contract';
import { parseDate, tashkentToday } from '../../contract/format';
import { addDays } from './rules/dates';
import type { Program } from './rules/facts';
import { authorisationsOut, periodProblems } from './authorisations';
import type { AuthedContext } from '../context';
import { translator } from '../../i18n/index';

async function createOne(
  ctx: AuthedContext,
  v: { number: string; program: Program; clientId: number; issuedBy: string; validFrom: string; validTo: string },
): Promise<number> {
  const at = iso(ctx.now());
  const id = await insertAuthorisation(ctx.db, {
    number: v.number,
    program: v.program,
    client_id: v.clientId,
    issued_by: v.issuedBy,
    valid_from: v.validFrom,
    valid_to: v.validTo,
    status: 'active',
    status_reason: null,
    created_at: at,
    updated_at: at,
  });
  await insertAuthorisationEvent(ctx.db, {
    authorisationId: id,
    status: 'active',
    from: v.validFrom,
    reasonCode: null,
    reason: null,
    at,
    by: ctx.user.id,
  });
  return id;
}

export const billingAuthorisationHandlers = handlersFor({
  'billing.listAuthorisations': async (ctx, input) => {
    const today = tashkentToday(ctx.now());
    const rows = await listAuthorisations(ctx.db, { clientId: input.clientId, limit: 10_000 });
    let out = await authorisationsOut(ctx.db, rows, today);
    if (input.status) out = out.filter((a) => a.status === input.status);
    if (input.expiringWithinDays !== undefined) {
      const until = addDays(today, input.expiringWithinDays);
      out = out
        .filter((a) => a.status === 'active' && a.validTo >= today && a.validTo <= until)
        .sort((a, b) => a.validTo.localeCompare(b.validTo));
    }
    return out;
  },
  'billing.createAuthorisation': async (ctx, input) => {
    const problems = periodProblems(input.program, input.validFrom, input.validTo);
    if (!(await clientExists(ctx.db, input.clientId))) problems.clientId = 'v.clientUnknown';
    if ((await authorisationNumbersTaken(ctx.db, [input.number])).size) problems.number = 'v.voucherTaken';
    if (Object.keys(problems).length) throw invalid(problems);
    const id = await createOne(ctx, input);
    await ctx.audit({
      action: 'billing.createAuthorisation',
      objectType: 'billing_authorisation',
      objectId: String(id),
      changes: { number: [null, input.number] },
    });
    return (await authorisationsOut(ctx.db, [(await getAuthorisation(ctx.db, id))!], tashkentToday(ctx.now())))[0]!;
  },
  'billing.importAuthorisations': async (ctx, { rows, dryRun }) => {
    const problems: { line: number; column: string; message: string }[] = [];
    const t = translator(ctx.lang);
    const say = (line: number, column: string, key: string) => problems.push({ line, column, message: t(key) });
    const codes = await clientIdsByCodes(ctx.db, [...new Set(rows.map((r) => r.clientCode.trim()))]);
    const taken = await authorisationNumbersTaken(
      ctx.db,
      rows.map((r) => r.voucherNo.trim()),
    );
    const seen = new Map<string, number>();
    const valid: { number: string; program: Program; clientId: number; issuedBy: string; validFrom: string; validTo: string }[] = [];
    rows.forEach((r, i) => {
      const line = i + 2; // line 1 is the header
      const number = r.voucherNo.trim();
      const before = problems.length;
      if (!number) say(line, 'voucher_no', 'v.required');
      else if (number.length > 60) say(line, 'voucher_no', 'v.tooLong');
      else if (taken.has(number)) say(line, 'voucher_no', 'v.voucherTaken');
      else if (seen.has(number)) say(line, 'voucher_no', 'v.voucherDuplicate');
      seen.set(number, line);
      const clientId = codes.get(r.clientCode.trim());
      if (!r.clientCode.trim()) say(line, 'client_code', 'v.required');
      else if (clientId === undefined) say(line, 'client_code', 'v.clientUnknown');
      const program = r.program.trim() as Program;
      if (!BILLING_PROGRAMS.includes(program)) say(line, 'program', 'v.choice');
      const issuedBy = r.issuedBy.trim();
      if (!issuedBy) say(line, 'issued_by', 'v.required');
      else if (issuedBy.length > 200) say(line, 'issued_by', 'v.tooLong');
      const validFrom = parseDate(r.validFrom);
      const validTo = parseDate(r.validTo);
      if (!validFrom) say(line, 'valid_from', 'v.date');
      if (!validTo) say(line, 'valid_to', 'v.date');
      if (validFrom && validTo && BILLING_PROGRAMS.includes(program)) {
        const p = periodProblems(program, validFrom, validTo);
        if (p.validTo) say(line, 'valid_to', p.validTo);
      }
      if (problems.length === before)
        valid.push({ number, program, clientId: clientId!, issuedBy, validFrom: validFrom!, validTo: validTo! });
    });
    if (problems.length || dryRun) return { created: 0, problems };
    for (const v of valid) await createOne(ctx, v);
    await ctx.audit({
      action: 'billing.importAuthorisations',
      objectType: 'billing_authorisation',
      objectId: null,
      changes: { created: [0, valid.length] },
    });
    return { created: valid.length, problems: [] };
  },
  'billing.changeAuthorisationStatus': async (ctx, input) => {
    const auth = await getAuthorisation(ctx.db, input.id);
    if (!auth) throw notFound();
    const events = await authorisationEvents(ctx.db, [auth.id]);
    if (events.some((e) => e.status === 'cancelled')) throw conflict('authorisationFinal');
    if (input.from < auth.valid_from || input.from > auth.valid_to)
      throw conflict('statusBeforeStart', { from: 'conflict.statusBeforeStart' });
    if (input.status === 'cancelled' && !input.reasonCode) throw invalid({ reasonCode: 'v.cancelReason' });
    const at = iso(ctx.now());
    const reason = input.reason ?? null;
    await insertAuthorisationEvent(ctx.db, {
      authorisationId: auth.id,
      status: input.status,
      from: input.from,
      reasonCode: input.reasonCode ?? null,
      reason,
      at,
      by: ctx.user.id,
    });
    await updateAuthorisationStatus(ctx.db, auth.id, input.status, reason ?? input.reasonCode ?? null, at);
    // Days already claimed under it from that date are re-checked by the next claim (reversed when no longer billable).
    const locked = await lockedMonths(ctx.db);
    const billed = new Map<string, number>();
    for (const d of await ledgerFor(ctx.db, [auth.client_id]))
      if (d.authorisation_id === auth.id && d.date >= input.from) billed.set(d.date, (billed.get(d.date) ?? 0) + d.units);
    for (const [date, units] of billed)
      if (units > 0 && locked.has(date.slice(0, 7)))
        await insertCorrection(ctx.db, {
          clientId: auth.client_id,
          date,
          reason: `${auth.number}: ${input.status}${reason ? ` — ${reason}` : ''}`,
          before: null,
          after: { authorisation: auth.number, status: input.status },
          at,
          by: ctx.user.id,
        });
    await ctx.audit({
      action: 'billing.changeAuthorisationStatus',
      objectType: 'billing_authorisation',
      objectId: String(auth.id),
      changes: { status: [auth.status, `${input.status} from ${input.from}`] },
    });
    return (await authorisationsOut(ctx.db, [(await getAuthorisation(ctx.db, auth.id))!], tashkentToday(ctx.now())))[0]!;
  },
});
