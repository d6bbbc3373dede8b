// Pieces shared by the billing documents: the provider's details, month names, money lines.
import type { Content } from 'pdfmake/interfaces';
import type { Lang } from '../../contract/core';
import type { Facility } from '../../contract/setup.contract';
import { formatMoney } from '../../contract/format';
import { translator } from '../../i18n/index';
import { amountInWords } from './amount-words';

export interface ProviderDetails {
  legalName: string;
  stir: string | null;
  bankName: string | null;
  mfo: string | null;
  account: string | null;
  address: string;
  director: string | null;
  accountant: string | null;
}

/** The billing details, each falling back to the facility's own where not entered. */
export function providerDetails(
  facility: Pick<Facility, 'name' | 'address' | 'stir'>,
  p: {
    legalName: string | null;
    stir: string | null;
    bankName: string | null;
    mfo: string | null;
    account: string | null;
    address: string | null;
    director: string | null;
    accountant: string | null;
  },
): ProviderDetails {
  return {
    legalName: p.legalName ?? facility.name,
    stir: p.stir ?? facility.stir,
    bankName: p.bankName,
    mfo: p.mfo,
    account: p.account,
    address: p.address ?? facility.address,
    director: p.director,
    accountant: p.accountant,
  };
}

/** "2026-yil oktabr", "октябрь 2026 г.", "October 2026". */
export function monthLabel(lang: Lang, month: string): string {
  const t = translator(lang);
  const names = t('billing.month', { returnObjects: true }) as unknown as string[];
  return t('billing.monthLabel', { year: month.slice(0, 4), month: names[Number(month.slice(5, 7)) - 1] });
}

/** A two-column label | value block with the provider's details (blank lines left for what is missing). */
export function providerBlock(lang: Lang, p: ProviderDetails): Content {
  const t = translator(lang);
  const row = (label: string, value: string | null) => [
    { text: label, color: '#444444' },
    { text: value ?? '____________________', bold: label === t('billing.pdf.legalName') },
  ];
  return {
    stack: [
      { text: t('billing.pdf.provider'), bold: true, margin: [0, 0, 0, 2] },
      {
        table: {
          widths: [90, '*'],
          body: [
            row(t('billing.pdf.legalName'), p.legalName),
            row(t('billing.pdf.stir'), p.stir),
            row(t('billing.pdf.bank'), p.bankName),
            row(t('billing.pdf.mfo'), p.mfo),
            row(t('billing.pdf.account'), p.account),
            row(t('billing.pdf.address'), p.address),
            row(t('billing.pdf.director'), p.director),
          ],
        },
        layout: 'noBorders',
        fontSize: 9,
      },
    ],
    margin: [0, 0, 0, 8],
  } as Content;
}

/** "Total in words: …" in the document's language (Uzbek by default). */
export function inWords(lang: Lang, amount: number): Content {
  const t = translator(lang);
  return { text: t('billing.pdf.inWords', { words: amountInWords(amount, lang) }), italics: true, margin: [0, 6, 0, 0] };
}

export const money = (lang: Lang, n: number) => formatMoney(n, lang);
