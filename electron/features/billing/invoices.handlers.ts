import { handlersFor, iso } from '../context';
import { conflict, notFound } from '../errors';
import {
  getInvoice,
  insertInvoice,
  insertPayment,
  invoicedClients,
  listInvoices,
  nextInvoiceSeq,
  paymentsFor,
} from '../../../db/repositories/billing-invoices';
import { tashkentToday } from '../../contract/format';
import { toText } from './rules/rational';
import { lastDay } from './rules/dates';
import { aboveTaxFreeLimit, draftInvoiceOut, invoiceById, invoiceDrafts, invoiceOut } from './invoices';
import { peopleFor } from './names';

export const billingInvoiceHandlers = handlersFor({
  'billing.prepareInvoices': async (ctx, { month }) => {
    const done = await invoicedClients(ctx.db, month);
    const drafts = await invoiceDrafts(ctx.db, month);
    const people = await peopleFor(ctx, [...done.map((r) => r.client_id), ...drafts.map((d) => d.clientId)]);
    const name = (id: number) => people.get(id)?.name ?? null;
    const above = await aboveTaxFreeLimit(ctx.db, month, drafts);
    const issued = await Promise.all(
      done.map(async (r) => invoiceOut(ctx.db, (await getInvoice(ctx.db, r.id))!, name(r.client_id), above(r.client_id))),
    );
    const fresh = drafts.map((d) => draftInvoiceOut(d, month, name(d.clientId), above(d.clientId)));
    return [...issued, ...fresh].sort((a, b) => a.clientCode.localeCompare(b.clientCode));
  },
  'billing.issueInvoices': async (ctx, { month, clientIds }) => {
    const today = tashkentToday(ctx.now());
    if (today <= lastDay(month)) throw conflict('monthNotOver');
    const wanted = clientIds ? new Set(clientIds) : null;
    const drafts = (await invoiceDrafts(ctx.db, month)).filter((d) => !wanted || wanted.has(d.clientId));
    if (!drafts.length) throw conflict('nothingToIssue');
    const year = Number(today.slice(0, 4));
    let seq = await nextInvoiceSeq(ctx.db, year);
    const ids: number[] = [];
    for (const d of drafts) {
      const number = `PI-${year}-${String(seq).padStart(4, '0')}`;
      const id = await insertInvoice(
        ctx.db,
        {
          year,
          seq: seq++,
          number,
          client_id: d.clientId,
          client_code: d.clientCode,
          month,
          payer_name: d.payerName,
          total: d.total,
          issued_at: iso(ctx.now()),
          issued_by: ctx.user.id,
        },
        d.lines.map((l) => ({
          kind: l.kind,
          sourceId: l.sourceId,
          quantity: l.quantity,
          rate: l.rate,
          dates: l.dates,
          exact: toText(l.exact),
          amount: l.amount,
        })),
      );
      ids.push(id);
      await ctx.audit({
        action: 'billing.issueInvoice',
        objectType: 'billing_parent_invoice',
        objectId: String(id),
        changes: { number: [null, number], total: [null, d.total] },
      });
    }
    return Promise.all(ids.map(async (id) => (await invoiceById(ctx, id))!));
  },
  'billing.listInvoices': async (ctx, input) => {
    const rows = await listInvoices(ctx.db, input);
    const people = await peopleFor(
      ctx,
      rows.map((r) => r.client_id),
    );
    const months = [...new Set(rows.map((r) => r.month))];
    const above = new Map(await Promise.all(months.map(async (m) => [m, await aboveTaxFreeLimit(ctx.db, m)] as const)));
    return rows.map((r) => ({
      id: r.id,
      number: r.number,
      clientId: r.client_id,
      clientCode: r.client_code,
      clientName: people.get(r.client_id)?.name ?? null,
      month: r.month,
      payerName: r.payer_name,
      total: r.total,
      paid: Number(r.paid),
      balance: r.total - Number(r.paid),
      aboveTaxFreeLimit: above.get(r.month)!(r.client_id),
      issuedAt: r.issued_at,
    }));
  },
  'billing.getInvoice': async (ctx, { id }) => {
    const inv = await invoiceById(ctx, id);
    if (!inv) throw notFound();
    return inv;
  },
  'billing.recordPayment': async (ctx, input) => {
    const inv = await getInvoice(ctx.db, input.invoiceId);
    if (!inv) throw notFound();
    const payments = await paymentsFor(ctx.db, inv.id);
    const balance = inv.total - payments.reduce((s, p) => s + p.amount, 0);
    if (input.amount > balance) throw conflict('overpayment', { amount: 'conflict.overpayment' });
    const receiptNo = `${inv.number}/${payments.length + 1}`;
    const id = await insertPayment(ctx.db, {
      ...input,
      reference: input.reference ?? null,
      receiptNo,
      at: iso(ctx.now()),
      by: ctx.user.id,
    });
    await ctx.audit({
      action: 'billing.recordPayment',
      objectType: 'billing_payment',
      objectId: String(id),
      changes: { invoice: [null, inv.number], amount: [null, input.amount], method: [null, input.method] },
    });
    return (await invoiceById(ctx, inv.id))!;
  },
});
