// The claim register the agency checks line by line: provider details, the rule parameters of the
// month, one row per child (with the authorisation), adjustments referencing the original claim,
// the total in figures and in words, the days left out, and signature lines.
import type { Content } from 'pdfmake/interfaces';
import type { Lang } from '../../contract/core';
import type { Facility } from '../../contract/setup.contract';
import type { ClaimOut } from '../../contract/billing-claims.contract';
import { formatDate } from '../../contract/format';
import { translator } from '../../i18n/index';
import { dataTable, heading, paragraph, renderPdf, signatureBlock, type PdfColumn } from '../documents/pdf';
import { inWords, monthLabel, providerBlock, type ProviderDetails } from './pdf-parts';
import type { Person } from './names';

export interface ClaimPdfInput {
  lang: Lang;
  facility: Facility;
  provider: ProviderDetails;
  claim: ClaimOut;
  /** Per line (same order): the authorisation numbers its days were billed under. */
  vouchers: string[][];
  people: Map<number, Person>;
  /** The parameter values in force during the month, already formatted. */
  parameters: { bcv: string; r37: string; r718: string; coef: string; poor: string };
  generatedAt: Date;
}

export async function claimPdf(input: ClaimPdfInput): Promise<Buffer> {
  const { lang, claim } = input;
  const t = translator(lang);
  const month = monthLabel(lang, claim.month);
  const columns: PdfColumn[] = [
    { header: t('billing.pdf.col.no'), width: 22, align: 'right' },
    { header: t('billing.pdf.col.client'), width: '*' },
    { header: t('billing.pdf.col.birthDate'), width: 62 },
    { header: t('billing.pdf.col.voucher'), width: 80 },
    { header: t('billing.pdf.col.days'), width: 36, align: 'right' },
    { header: t('billing.pdf.col.days37'), width: 42, align: 'right' },
    { header: t('billing.pdf.col.days718'), width: 42, align: 'right' },
    { header: t('billing.pdf.col.poor'), width: 62, align: 'right' },
    { header: t('billing.pdf.col.amount'), width: 80, align: 'right' },
  ];
  const rows = claim.lines.map((l, i) => {
    const person = input.people.get(l.clientId);
    const who: Content[] = [{ text: person?.name ? `${l.clientCode} — ${person.name}` : l.clientCode }];
    if (l.program !== 'day_care_child') who.push({ text: t(`billing.program.${l.program}`), fontSize: 7, color: '#444444' });
    if (l.kind === 'adjustment')
      who.push({ text: t('billing.pdf.adjustment', { ref: l.refClaimNumber ?? '' }), fontSize: 7, italics: true });
    return [
      String(i + 1),
      { stack: who },
      formatDate(person?.birthDate ?? ''),
      input.vouchers[i]?.join(', ') ?? '',
      l.days,
      l.days3to7,
      l.days7to18,
      l.daysPoor,
      l.amount,
    ];
  });
  const totalRow = [
    '',
    t('billing.pdf.total'),
    '',
    '',
    sumOf(claim, 'days'),
    sumOf(claim, 'days3to7'),
    sumOf(claim, 'days7to18'),
    sumOf(claim, 'daysPoor'),
    claim.total,
  ];
  const content: Content[] = [
    providerBlock(lang, input.provider),
    paragraph(t('billing.pdf.basis')),
    paragraph(t('billing.pdf.parameters', input.parameters)),
    dataTable(columns, rows, { fontSize: 8, totalRow }),
    inWords(lang, claim.total),
  ];
  if (claim.exceptions.length) {
    // A short list stays on one page with its heading; a long one may run on (its header repeats).
    content.push({
      stack: [
        heading(t('billing.pdf.exceptionsTitle')),
        dataTable(
          [
            { header: t('billing.pdf.col.client'), width: 120 },
            { header: t('billing.pdf.col.date'), width: 70 },
            { header: t('billing.pdf.col.reason'), width: '*' },
          ],
          claim.exceptions.map((e) => [e.clientCode, formatDate(e.date), t(`billing.reason.${e.reason}`)]),
          { fontSize: 8 },
        ),
      ],
      unbreakable: claim.exceptions.length <= 25,
    } as Content);
  }
  return renderPdf({
    lang,
    facility: input.facility,
    title: claim.number ? t('billing.pdf.claimTitle', { number: claim.number }) : t('billing.pdf.claimDraftTitle'),
    subtitle: t('billing.pdf.claimSubtitle', { month }),
    generatedAt: input.generatedAt,
    orientation: 'landscape',
    content: [
      ...content,
      signatureBlock(
        lang,
        [
          { role: t('billing.pdf.director_role'), name: input.provider.director },
          { role: t('billing.pdf.accountant_role'), name: input.provider.accountant },
        ],
        { seal: true },
      ),
    ],
  });
}

const sumOf = (c: ClaimOut, k: 'days' | 'days3to7' | 'days7to18' | 'daysPoor') => c.lines.reduce((s, l) => s + l[k], 0);
