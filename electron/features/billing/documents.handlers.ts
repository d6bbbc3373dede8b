import { handlersFor } from '../context';
import { AppError, notFound } from '../errors';
import { getFacility } from '../../../db/repositories/facility';
import { getProvider, listParameters, listAuthorisations } from '../../../db/repositories/billing';
import { claimForMonth, lineVouchers } from '../../../db/repositories/billing-claims';
import { getPayment } from '../../../db/repositories/billing-invoices';
import { toFacility } from '../setup/setup.handlers';
import { toDocumentFile } from '../documents/pdf';
import { formatDate, formatNumber } from '../../contract/format';
import type { Lang } from '../../contract/core';
import { translator } from '../../i18n/index';
import type { AuthedContext } from '../context';
import { computeDraft, draftOut, issuedOut } from './claims';
import { invoiceById } from './invoices';
import { peopleFor } from './names';
import { claimPdf } from './claim-pdf';
import { invoicePdf, receiptPdf } from './invoice-pdf';
import { providerDetails } from './pdf-parts';
import { ParameterTable, type ParameterKey } from './rules/parameters';
import { monthDates } from './rules/dates';

async function frame(ctx: AuthedContext) {
  const row = await getFacility(ctx.db);
  if (!row) throw new AppError('not_initialized');
  const facility = toFacility(row);
  const p = await getProvider(ctx.db);
  const provider = providerDetails(facility, {
    legalName: p?.legal_name ?? null,
    stir: p?.stir ?? null,
    bankName: p?.bank_name ?? null,
    mfo: p?.mfo ?? null,
    account: p?.account ?? null,
    address: p?.address ?? null,
    director: p?.director ?? null,
    accountant: p?.accountant ?? null,
  });
  return { facility, provider };
}

/** The values in force during the month, as printed: a BCV that changed mid-month shows both, with dates. */
async function monthParameters(ctx: AuthedContext, month: string, lang: Lang, regional: boolean) {
  const t = translator(lang);
  const table = new ParameterTable(
    (await listParameters(ctx.db)).map((p) => ({ key: p.key as ParameterKey, validFrom: p.valid_from, value: p.value })),
  );
  const decimal = (v: string | null) => (v === null ? '—' : lang === 'en' ? v : v.replace('.', ','));
  const pct = (v: string | null) => (v === null ? '—' : lang === 'en' ? `${v}%` : `${decimal(v)}\u00a0%`);
  const spans: { value: string; from: string; to: string }[] = [];
  for (const date of monthDates(month)) {
    const v = table.raw('bcv', date) ?? '';
    const last = spans.at(-1);
    if (last && last.value === v) last.to = date;
    else spans.push({ value: v, from: date, to: date });
  }
  const money = (v: string) => (v ? `${formatNumber(Number(v))}\u00a0${lang === 'ru' ? 'сум' : 'soʻm'}` : '—');
  const bcv =
    spans.length === 1
      ? money(spans[0]!.value)
      : spans.map((s) => `${money(s.value)} (${formatDate(s.from).slice(0, 5)}–${formatDate(s.to).slice(0, 5)})`).join(', ');
  const mid = `${month}-15`;
  return {
    bcv,
    r37: pct(table.raw('rate_age_3_7', mid)),
    r718: pct(table.raw('rate_age_7_18', mid)),
    coef: regional ? decimal(table.raw('regional_coefficient', mid)) : t('billing.pdf.noCoefficient'),
    poor: pct(table.raw('poor_family_supplement', mid)),
  };
}

export const billingDocumentHandlers = handlersFor({
  'billing.claimPdf': async (ctx, input) => {
    const lang = input.lang ?? 'uz';
    const { facility, provider } = await frame(ctx);
    const issued = await claimForMonth(ctx.db, input.month);
    let claim;
    let vouchers: string[][];
    if (issued) {
      claim = await issuedOut(ctx, issued);
      const byLine = await lineVouchers(ctx.db, issued.id);
      vouchers = claim.lines.map((l) => byLine.get(l.id!) ?? []);
    } else {
      const draft = await computeDraft(ctx.db, input.month);
      claim = await draftOut(ctx, draft);
      const numbers = new Map((await listAuthorisations(ctx.db, { limit: 100_000 })).map((a) => [a.id, a.number]));
      vouchers = draft.lines.map((l) => [
        ...new Set(
          draft.entries
            .filter((e) => e.clientId === l.clientId && e.program === l.program && e.kind === l.kind && e.refClaimId === l.refClaimId)
            .map((e) => numbers.get(e.authorisationId) ?? ''),
        ),
      ]);
    }
    const people = await peopleFor(
      ctx,
      claim.lines.map((l) => l.clientId),
    );
    const parameters = await monthParameters(ctx, input.month, lang, claim.regionalCentre);
    const pdf = await claimPdf({ lang, facility, provider, claim, vouchers, people, parameters, generatedAt: ctx.now() });
    await ctx.audit({
      action: 'billing.claimPdf',
      objectType: 'billing_claim',
      objectId: claim.id ? String(claim.id) : `draft:${input.month}`,
      changes: { lang: [null, lang] },
    });
    return toDocumentFile(`${claim.number ?? `claim-draft_${input.month}`}_${lang}.pdf`, pdf);
  },
  'billing.invoicePdf': async (ctx, input) => {
    const lang = input.lang ?? 'uz';
    const invoice = await invoiceById(ctx, input.id);
    if (!invoice) throw notFound();
    const pdf = await invoicePdf({ lang, ...(await frame(ctx)), invoice, generatedAt: ctx.now() });
    await ctx.audit({
      action: 'billing.invoicePdf',
      objectType: 'billing_parent_invoice',
      objectId: String(input.id),
      changes: { lang: [null, lang] },
    });
    return toDocumentFile(`${invoice.number}_${lang}.pdf`, pdf);
  },
  'billing.receiptPdf': async (ctx, input) => {
    const lang = input.lang ?? 'uz';
    const payment = await getPayment(ctx.db, input.paymentId);
    if (!payment) throw notFound();
    const invoice = (await invoiceById(ctx, payment.invoice_id))!;
    const pdf = await receiptPdf({ lang, ...(await frame(ctx)), invoice, paymentId: payment.id, generatedAt: ctx.now() });
    await ctx.audit({
      action: 'billing.receiptPdf',
      objectType: 'billing_payment',
      objectId: String(payment.id),
      changes: { lang: [null, lang] },
    });
    return toDocumentFile(`receipt_${payment.receipt_no}_${lang}.pdf`, pdf);
  },
});
