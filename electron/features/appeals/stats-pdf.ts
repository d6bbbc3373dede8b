// The statistics of the appeals register as a PDF for the agency, in the chosen language.
import type { Content } from 'pdfmake/interfaces';
import type { Lang } from '../../contract/core';
import type { Facility } from '../../contract/setup.contract';
import type { KeyedCount, TraffickingStats, WomenStats } from '../../contract/appeals.contract';
import { appealLabel, type AppealLabelGroup } from '../../contract/appeals.labels';
import { formatDate, formatNumber, formatPercent } from '../../contract/format';
import { translator } from '../../i18n/index';
import { reference } from '../reference/reference';
import { countTable, paragraph, renderPdf, type CountRow, type SignatureLine } from '../documents/pdf';
import { maskBreakdown } from './stats';

export interface StatsPdfOptions {
  lang: Lang;
  facility: Facility;
  generatedAt: Date;
  /** Region counts 1–4 print as "<5" (and their percentage is left out). */
  maskSmallCounts: boolean;
  preparedBy: string;
}

function regionName(lang: Lang, soato: string): string {
  const r = reference().regions.find((x) => x.soato === soato);
  return r ? r[lang] : soato;
}

function countryName(lang: Lang, code: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function frame(lang: Lang) {
  const t = translator(lang);
  const headers = { label: t('appeals.pdf.category'), count: t('appeals.pdf.count'), percent: t('appeals.pdf.percent') };
  const table = (title: string, rows: CountRow[], total?: number): Content[] => [
    countTable(lang, headers, rows, { title, total: total === undefined ? undefined : { label: t('pdf.total'), count: total } }),
  ];
  const labelled = (group: AppealLabelGroup, rows: KeyedCount[]): CountRow[] =>
    rows.map((r) => ({ label: appealLabel(lang, group, r.key), count: r.count, percent: r.percent }));
  return { t, table, labelled };
}

function regionRows(lang: Lang, rows: KeyedCount[], mask: boolean): { rows: CountRow[]; masked: boolean } {
  const shown = mask ? maskBreakdown(rows.map((r) => r.count)) : rows.map((r) => r.count);
  // A percentage would give the hidden count away.
  const out = rows.map((r, i) => ({
    label: regionName(lang, r.key),
    count: shown[i]!,
    percent: typeof shown[i] === 'string' ? null : r.percent,
  }));
  return { rows: out, masked: shown.some((x) => typeof x === 'string') };
}

function summary(lang: Lang, lines: Array<[string, number, number | null]>): Content {
  return {
    table: {
      widths: ['*', 70, 60],
      body: lines.map(([label, count, percent]) => [
        { text: label, bold: true },
        { text: formatNumber(count), alignment: 'right', bold: true },
        { text: percent === null ? '' : formatPercent(percent, lang), alignment: 'right' },
      ]),
    },
    layout: 'noBorders',
    margin: [0, 0, 0, 6],
  };
}

function signatures(lang: Lang, preparedBy: string): SignatureLine[] {
  const t = translator(lang);
  return [{ role: t('appeals.pdf.manager') }, { role: t('appeals.pdf.preparedBy'), name: preparedBy }];
}

export async function womenStatsPdf(s: WomenStats, o: StatsPdfOptions): Promise<Buffer> {
  const { t, table, labelled } = frame(o.lang);
  const regions = regionRows(o.lang, s.byRegion, o.maskSmallCounts);
  const placeRows: CountRow[] = s.byPlace.flatMap((p) => [
    { label: appealLabel(o.lang, 'place', p.key), count: p.count, percent: p.percent },
    ...p.relationships.map((r) => ({
      label: appealLabel(o.lang, 'relationship', r.key),
      count: r.count,
      percent: r.percent,
      level: 1 as const,
    })),
    // `elsewhere` has no relationships: its appeals need no "not recorded" line.
    ...(p.unspecified.count > 0 && p.relationships.length > 0
      ? [{ label: appealLabel(o.lang, 'relationship', 'unspecified'), ...p.unspecified, level: 1 as const }]
      : []),
  ]);
  placeRows.push({ label: appealLabel(o.lang, 'place', 'none'), count: s.noPlace.count, percent: s.noPlace.percent });
  const content: Content[] = [
    summary(o.lang, [
      [t('appeals.pdf.total'), s.total, null],
      [t('appeals.pdf.suicideRisk'), s.suicideRisk.count, s.suicideRisk.percent],
    ]),
    ...table(t('appeals.pdf.byApplicant'), labelled('applicant', s.byApplicant), s.total),
    ...table(t('appeals.pdf.byViolenceType'), labelled('violenceType', s.byViolenceType), s.total),
    ...table(t('appeals.pdf.byRegion'), regions.rows, s.total),
    ...(regions.masked ? [paragraph(t('appeals.pdf.masked'))] : []),
    ...table(t('appeals.pdf.byPlace'), placeRows, s.total),
    ...table(t('appeals.pdf.byChannel'), labelled('channel', s.byChannel), s.total),
    ...table(t('appeals.pdf.byHelp'), labelled('help', s.byHelp)),
  ];
  return renderPdf({
    lang: o.lang,
    facility: o.facility,
    title: t('appeals.pdf.womenTitle'),
    subtitle: t('appeals.pdf.period', { from: formatDate(s.from), to: formatDate(s.to) }),
    generatedAt: o.generatedAt,
    content,
    signatures: signatures(o.lang, o.preparedBy),
  });
}

export async function traffickingStatsPdf(s: TraffickingStats, o: StatsPdfOptions): Promise<Buffer> {
  const { t, table, labelled } = frame(o.lang);
  const regions = regionRows(o.lang, s.byRegion, o.maskSmallCounts);
  const countryShown = o.maskSmallCounts ? maskBreakdown(s.byCountry.map((r) => r.count)) : s.byCountry.map((r) => r.count);
  const countries = s.byCountry.map((r, i) => ({
    label: r.key === 'none' ? appealLabel(o.lang, 'exploitation', 'none') : countryName(o.lang, r.key),
    count: countryShown[i]!,
    percent: typeof countryShown[i] === 'string' ? null : r.percent,
  }));
  const content: Content[] = [
    summary(o.lang, [
      [t('appeals.pdf.total'), s.total, null],
      [t('appeals.pdf.minors'), s.minors.count, s.minors.percent],
    ]),
    ...table(t('appeals.pdf.byApplicant'), labelled('applicant', s.byApplicant), s.total),
    ...table(t('appeals.pdf.byExploitation'), labelled('exploitation', s.byExploitation), s.total),
    ...table(t('appeals.pdf.byCountry'), countries, s.total),
    ...table(t('appeals.pdf.byReferrer'), labelled('referrer', s.byReferrer), s.total),
    ...table(t('appeals.pdf.byRegion'), regions.rows, s.total),
    ...(regions.masked || countries.some((c) => typeof c.count === 'string') ? [paragraph(t('appeals.pdf.masked'))] : []),
    ...table(t('appeals.pdf.byHelp'), labelled('help', s.byHelp)),
    ...table(
      t('appeals.pdf.byOutcome'),
      s.byOutcome.map((r) => ({
        label: r.key === 'none' ? appealLabel(o.lang, 'exploitation', 'none') : appealLabel(o.lang, 'outcome', r.key),
        ...r,
      })),
      s.total,
    ),
  ];
  return renderPdf({
    lang: o.lang,
    facility: o.facility,
    title: t('appeals.pdf.traffickingTitle'),
    subtitle: t('appeals.pdf.period', { from: formatDate(s.from), to: formatDate(s.to) }),
    generatedAt: o.generatedAt,
    content,
    signatures: signatures(o.lang, o.preparedBy),
  });
}
