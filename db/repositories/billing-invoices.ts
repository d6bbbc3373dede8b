// Billing store: parents' invoices and their payments.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema';
import type { ParentInvoiceRow } from '../tables/billing';

type Db = Kysely<Database>;

export async function nextInvoiceSeq(db: Db, year: number): Promise<number> {
  const r = await db
    .selectFrom('billing_parent_invoices')
    .select((eb) => eb.fn.max('seq').as('max'))
    .where('year', '=', year)
    .executeTakeFirst();
  return Number(r?.max ?? 0) + 1;
}

export async function insertInvoice(
  db: Db,
  v: Omit<ParentInvoiceRow, 'id'>,
  lines: { kind: string; sourceId: number; quantity: number; rate: number; dates: string[]; exact: string; amount: number }[],
): Promise<number> {
  const { id } = await db.insertInto('billing_parent_invoices').values(v).returning('id').executeTakeFirstOrThrow();
  let n = 1;
  for (const l of lines)
    await db
      .insertInto('billing_parent_invoice_lines')
      .values({
        invoice_id: id,
        line_no: n++,
        kind: l.kind,
        source_id: l.sourceId,
        quantity: l.quantity,
        rate: l.rate,
        dates_json: JSON.stringify(l.dates),
        exact: l.exact,
        amount: l.amount,
      })
      .execute();
  return id;
}

export function getInvoice(db: Db, id: number) {
  return db.selectFrom('billing_parent_invoices').selectAll().where('id', '=', id).executeTakeFirst();
}

export function invoiceLines(db: Db, invoiceId: number) {
  return db.selectFrom('billing_parent_invoice_lines').selectAll().where('invoice_id', '=', invoiceId).orderBy('line_no').execute();
}

export function invoicedClients(db: Db, month: string) {
  return db.selectFrom('billing_parent_invoices').select(['client_id', 'id', 'number']).where('month', '=', month).execute();
}

export interface InvoiceListRow extends ParentInvoiceRow {
  paid: number;
}

/** Invoices with what has been paid on each, newest first. */
export function listInvoices(
  db: Db,
  f: { month?: string; clientId?: number; unpaidOnly?: boolean; limit?: number } = {},
): Promise<InvoiceListRow[]> {
  let q = db
    .selectFrom('billing_parent_invoices as i')
    .leftJoin('billing_payments as p', 'p.invoice_id', 'i.id')
    .selectAll('i')
    .select(sql<number>`coalesce(sum(p.amount), 0)`.as('paid'))
    .groupBy('i.id');
  if (f.month) q = q.where('i.month', '=', f.month);
  if (f.clientId !== undefined) q = q.where('i.client_id', '=', f.clientId);
  if (f.unpaidOnly) q = q.having(sql<boolean>`coalesce(sum(p.amount), 0) < i.total`);
  return q
    .orderBy('i.year', 'desc')
    .orderBy('i.seq', 'desc')
    .limit(f.limit ?? 1000)
    .execute() as Promise<InvoiceListRow[]>;
}

export function paymentsFor(db: Db, invoiceId: number) {
  return db.selectFrom('billing_payments').selectAll().where('invoice_id', '=', invoiceId).orderBy('id').execute();
}

export function getPayment(db: Db, id: number) {
  return db.selectFrom('billing_payments').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertPayment(
  db: Db,
  v: {
    invoiceId: number;
    receiptNo: string;
    paidOn: string;
    amount: number;
    method: string;
    reference: string | null;
    at: string;
    by: number;
  },
): Promise<number> {
  const r = await db
    .insertInto('billing_payments')
    .values({
      invoice_id: v.invoiceId,
      receipt_no: v.receiptNo,
      paid_on: v.paidOn,
      amount: v.amount,
      method: v.method,
      reference: v.reference,
      created_at: v.at,
      created_by: v.by,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

/** Parents' payments received per month (YYYY-MM) in [from, to]. */
export async function paymentsByMonth(db: Db, from: string, to: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('billing_payments')
    .select([sql<string>`substr(paid_on, 1, 7)`.as('month'), sql<number>`sum(amount)`.as('total')])
    .where('paid_on', '>=', from)
    .where('paid_on', '<=', to)
    .groupBy(sql`substr(paid_on, 1, 7)`)
    .execute();
  return new Map(rows.map((r) => [r.month, Number(r.total)]));
}

/** The phones of every client's parents and guardians (families for the tax-free note). */
export function parentPhones(db: Db) {
  return db
    .selectFrom('client_representatives')
    .select(['client_id as clientId', 'phone'])
    .where('kind', 'in', ['parent', 'guardian'])
    .where('phone', 'is not', null)
    .execute();
}

/** Per client, what its issued invoices for a month add up to. */
export async function monthInvoiceTotals(db: Db, month: string): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('billing_parent_invoices')
    .select(['client_id', sql<number>`sum(total)`.as('total')])
    .where('month', '=', month)
    .groupBy('client_id')
    .execute();
  return new Map(rows.map((r) => [r.client_id, Number(r.total)]));
}
