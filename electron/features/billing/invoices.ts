// Parents' invoices: what is due for a month (drafts), and issued invoices with their payments.
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { ParentInvoiceRow } from '../../../db/tables/billing';
import {
  getInvoice,
  invoiceLines,
  invoicedClients,
  monthInvoiceTotals,
  parentPhones,
  paymentsFor,
} from '../../../db/repositories/billing-invoices';
import { listFeeContracts } from '../../../db/repositories/billing';
import type { InvoiceOut } from '../../contract/billing-claims.contract';
import { loadMonth } from './facts-loader';
import { familiesByPhone, familyTotal, parentCharges, parentTotal, TAX_FREE_MONTHLY_LIMIT, type ParentChargeLine } from './rules/parents';
import { firstDay, lastDay } from './rules/dates';
import { peopleFor } from './names';
import type { AuthedContext } from '../context';

type Db = Kysely<Database>;

export interface InvoiceDraft {
  clientId: number;
  clientCode: string;
  payerName: string | null;
  lines: ParentChargeLine[];
  total: number;
}

/** Charges of every client with something to pay for the month and no invoice yet. */
export async function invoiceDrafts(db: Db, month: string): Promise<InvoiceDraft[]> {
  const { input, fees } = await loadMonth(db, month);
  const done = new Set((await invoicedClients(db, month)).map((r) => r.client_id));
  const allFees = await listFeeContracts(db);
  const drafts: InvoiceDraft[] = [];
  for (const c of input.clients) {
    if (done.has(c.clientId)) continue;
    const lines = parentCharges(c, month, input.ctx, fees.get(c.clientId) ?? []);
    const total = parentTotal(lines);
    if (total <= 0) continue;
    const payer = allFees
      .filter((f) => f.client_id === c.clientId && f.valid_from <= lastDay(month) && (f.valid_to === null || f.valid_to >= firstDay(month)))
      .at(-1)?.payer_name;
    drafts.push({ clientId: c.clientId, clientCode: c.clientCode, payerName: payer ?? null, lines, total });
  }
  return drafts.sort((a, b) => a.clientCode.localeCompare(b.clientCode));
}

/**
 * Whether a client's family goes above the 3 million soʻm tax-free limit in a month: its issued
 * invoices, plus the drafts given (not issued yet), summed over siblings.
 */
export async function aboveTaxFreeLimit(
  db: Db,
  month: string,
  drafts: readonly InvoiceDraft[] = [],
): Promise<(clientId: number) => boolean> {
  const totals = await monthInvoiceTotals(db, month);
  for (const d of drafts) totals.set(d.clientId, (totals.get(d.clientId) ?? 0) + d.total);
  const families = familiesByPhone(await parentPhones(db));
  return (clientId) => familyTotal(clientId, families, totals) > TAX_FREE_MONTHLY_LIMIT;
}

export function draftInvoiceOut(d: InvoiceDraft, month: string, name: string | null, above: boolean): InvoiceOut {
  return {
    id: null,
    number: null,
    clientId: d.clientId,
    clientCode: d.clientCode,
    clientName: name,
    month,
    payerName: d.payerName,
    lines: d.lines.map((l) => ({ kind: l.kind, quantity: l.quantity, rate: l.rate, dates: l.dates, amount: l.amount })),
    total: d.total,
    paid: 0,
    balance: d.total,
    aboveTaxFreeLimit: above,
    issuedAt: null,
    payments: [],
  };
}

export async function invoiceOut(db: Db, inv: ParentInvoiceRow, name: string | null, above?: boolean): Promise<InvoiceOut> {
  const lines = await invoiceLines(db, inv.id);
  const payments = await paymentsFor(db, inv.id);
  const paid = payments.reduce((s, p) => s + p.amount, 0);
  return {
    id: inv.id,
    number: inv.number,
    clientId: inv.client_id,
    clientCode: inv.client_code,
    clientName: name,
    month: inv.month,
    payerName: inv.payer_name,
    lines: lines.map((l) => ({
      kind: l.kind as 'extended_hours' | 'monthly_fee',
      quantity: l.quantity,
      rate: l.rate,
      dates: JSON.parse(l.dates_json) as string[],
      amount: l.amount,
    })),
    total: inv.total,
    paid,
    balance: inv.total - paid,
    aboveTaxFreeLimit: above ?? (await aboveTaxFreeLimit(db, inv.month))(inv.client_id),
    issuedAt: inv.issued_at,
    payments: payments.map((p) => ({
      id: p.id,
      receiptNo: p.receipt_no,
      paidOn: p.paid_on,
      amount: p.amount,
      method: p.method as 'cash',
      reference: p.reference,
    })),
  };
}

export async function invoiceById(ctx: AuthedContext, id: number): Promise<InvoiceOut | null> {
  const inv = await getInvoice(ctx.db, id);
  if (!inv) return null;
  const people = await peopleFor(ctx, [inv.client_id]);
  return invoiceOut(ctx.db, inv, people.get(inv.client_id)?.name ?? null);
}
