// The parents' invoice and the payment receipt: provider details, payer and child, lines, total in
// figures and in words, what is paid and what is due, the tax-free note, and signature lines.
import type { Content } from 'pdfmake/interfaces';
import type { Lang } from '../../contract/core';
import type { Facility } from '../../contract/setup.contract';
import type { InvoiceOut } from '../../contract/billing-claims.contract';
import { formatDate, formatMoney, formatNumber } from '../../contract/format';
import { translator } from '../../i18n/index';
import { amountInWords } from './amount-words';
import { dataTable, renderPdf, signatureBlock } from '../documents/pdf';
import { inWords, monthLabel, providerBlock, type ProviderDetails } from './pdf-parts';

export interface InvoicePdfInput {
  lang: Lang;
  facility: Facility;
  provider: ProviderDetails;
  invoice: InvoiceOut;
  generatedAt: Date;
}

const labelled = (rows: [string, string][]): Content => ({
  table: { widths: [110, '*'], body: rows.map(([k, v]) => [{ text: k, color: '#444444' }, { text: v }]) },
  layout: 'noBorders',
  margin: [0, 0, 0, 8],
});

const short = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}`;

export async function invoicePdf(input: InvoicePdfInput): Promise<Buffer> {
  const { lang, invoice: inv } = input;
  const t = translator(lang);
  const month = monthLabel(lang, inv.month);
  const who = inv.clientName ? `${inv.clientCode} — ${inv.clientName}` : inv.clientCode;
  const rows = inv.lines.map((l, i) =>
    l.kind === 'extended_hours'
      ? [
          String(i + 1),
          t('billing.pdf.extendedLine', {
            hours: formatNumber(l.quantity / 2, l.quantity % 2 ? 1 : 0),
            dates: l.dates.map(short).join(', '),
          }),
          t('billing.pdf.halfHours', { n: l.quantity }),
          `${formatNumber(l.rate)} / ${lang === 'ru' ? 'ч' : lang === 'en' ? 'h' : 'soat'}`,
          l.amount,
        ]
      : [String(i + 1), t('billing.pdf.feeLine'), '1', formatNumber(l.rate), l.amount],
  );
  const content: Content[] = [
    providerBlock(lang, input.provider),
    labelled([
      [t('billing.pdf.payer'), inv.payerName ?? '____________________'],
      [t('billing.pdf.child'), who],
    ]),
    dataTable(
      [
        { header: t('billing.pdf.col.no'), width: 22, align: 'right' },
        { header: t('billing.pdf.col.item'), width: '*' },
        { header: t('billing.pdf.col.quantity'), width: 70, align: 'right' },
        { header: t('billing.pdf.col.rate'), width: 80, align: 'right' },
        { header: t('billing.pdf.col.amount'), width: 80, align: 'right' },
      ],
      rows,
      { totalRow: ['', t('billing.pdf.total'), '', '', inv.total] },
    ),
    inWords(lang, inv.total),
    labelled([
      [t('billing.pdf.paid'), formatMoney(inv.paid, lang)],
      [t('billing.pdf.balance'), formatMoney(inv.balance, lang)],
    ]),
    {
      text: inv.aboveTaxFreeLimit ? t('billing.pdf.taxAbove') : t('billing.pdf.taxFree'),
      fontSize: 8,
      color: inv.aboveTaxFreeLimit ? '#b00020' : '#444444',
    },
    signatureBlock(
      lang,
      [
        { role: t('billing.pdf.director_role'), name: input.provider.director },
        { role: t('billing.pdf.accountant_role'), name: input.provider.accountant },
      ],
      { seal: true },
    ),
  ];
  return renderPdf({
    lang,
    facility: input.facility,
    title: inv.number ? t('billing.pdf.invoiceTitle', { number: inv.number }) : t('billing.pdf.invoiceDraftTitle'),
    subtitle: t('billing.pdf.invoiceSubtitle', { month }),
    generatedAt: input.generatedAt,
    content,
  });
}

export async function receiptPdf(input: InvoicePdfInput & { paymentId: number }): Promise<Buffer> {
  const { lang, invoice: inv } = input;
  const t = translator(lang);
  const p = inv.payments.find((x) => x.id === input.paymentId)!;
  const paidUpTo = inv.payments.filter((x) => x.id <= p.id).reduce((s, x) => s + x.amount, 0);
  const rows: [string, string][] = [
    [t('billing.pdf.receivedFrom'), inv.payerName ?? '____________________'],
    [t('billing.pdf.child'), inv.clientName ? `${inv.clientCode} — ${inv.clientName}` : inv.clientCode],
    [t('billing.pdf.forInvoice'), t('billing.pdf.forInvoiceText', { number: inv.number, month: monthLabel(lang, inv.month) })],
    [t('billing.pdf.paidOn'), formatDate(p.paidOn)],
    [t('billing.pdf.method'), t(`billing.method.${p.method}`)],
    ...(p.reference ? ([[t('billing.pdf.reference'), p.reference]] as [string, string][]) : []),
    [t('billing.pdf.amount'), formatMoney(p.amount, lang)],
    [t('billing.pdf.amountWords'), amountInWords(p.amount, lang)],
    [t('billing.pdf.remaining'), formatMoney(inv.total - paidUpTo, lang)],
  ];
  return renderPdf({
    lang,
    facility: input.facility,
    title: t('billing.pdf.receiptTitle', { number: p.receiptNo }),
    generatedAt: input.generatedAt,
    content: [
      providerBlock(lang, input.provider),
      { ...(labelled(rows) as object), fontSize: 11 } as Content,
      signatureBlock(lang, [{ role: t('billing.pdf.cashier_role'), name: input.provider.accountant }], { seal: true }),
    ],
  });
}
