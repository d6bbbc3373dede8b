// The women's center's and the trafficking shelter's statistics (computed by the appeals area) as
// catalogue reports, so they are closed, signed and sent like any other. report.json carries the
// exact counts (`agency`: the agency's keys); documents that leave the facility print region and
// country counts 1–4 as "<5".
import type { TFunction } from 'i18next';
import type { Lang } from '../../contract/core';
import { APPEAL_READERS, type KeyedCount, type TraffickingStats, type WomenStats } from '../../contract/appeals.contract';
import { REPORT_READERS } from '../../contract/reports.contract';
import { appealLabel, type AppealLabelGroup } from '../../contract/appeals.labels';
import type { ReportTable } from '../../contract/reports.contract';
import { maskBreakdown, toAgencyJson, traffickingStats, womenStats } from '../appeals/stats';
import { traffickingStatsPdf, womenStatsPdf } from '../appeals/stats-pdf';
import { reference } from '../reference/reference';
import { toFacility } from '../setup/setup.handlers';
import type { ReportDefinition } from './catalogue';
import type { ReportDocument } from './report-document';

/** Accountants never see appeals, not even counts (appeals area rule). */
const STATS_READERS = REPORT_READERS.filter((r) => (APPEAL_READERS as readonly string[]).includes(r));

type Cell = ReportTable['rows'][number][number];
const cols = (t: TFunction) => [
  { key: 'category', label: t('appeals.pdf.category'), type: 'text' as const },
  { key: 'count', label: t('appeals.pdf.count'), type: 'int' as const },
  { key: 'percent', label: t('appeals.pdf.percent'), type: 'percent' as const },
];

function countTable(
  id: string,
  title: string,
  t: TFunction,
  rows: Array<[string, Cell, Cell]>,
  total: number | null,
  note: string | null = null,
): ReportTable {
  return {
    id,
    title,
    columns: cols(t),
    rows,
    total: total === null ? null : [t('pdf.total'), total, total > 0 ? 100 : null],
    chart: { label: 0, value: 1 },
    note,
  };
}

const labelled = (lang: Lang, group: AppealLabelGroup, rows: KeyedCount[]): Array<[string, Cell, Cell]> =>
  rows.map((r) => [appealLabel(lang, group, r.key), r.count, r.percent]);

/** Small counts hidden (with what would give them away by subtraction), and their percentages too. */
function masked(rows: KeyedCount[], label: (key: string) => string): { rows: Array<[string, Cell, Cell]>; any: boolean } {
  const shown = maskBreakdown(rows.map((r) => r.count));
  const out = rows.map((r, i): [string, Cell, Cell] => [label(r.key), shown[i]!, typeof shown[i] === 'string' ? null : r.percent]);
  return { rows: out, any: shown.some((x) => typeof x === 'string') };
}

const regionName = (lang: Lang) => (soato: string) => reference().regions.find((r) => r.soato === soato)?.[lang] ?? soato;

export interface WomenStatsData {
  agency: ReturnType<typeof toAgencyJson>;
  detail: WomenStats;
}

function womenTables(doc: ReportDocument<WomenStatsData>, t: TFunction, lang: Lang): ReportTable[] {
  const s = doc.data.detail;
  const regions = masked(s.byRegion, regionName(lang));
  const places: Array<[string, Cell, Cell]> = s.byPlace.flatMap((p) => [
    [appealLabel(lang, 'place', p.key), p.count, p.percent] as [string, Cell, Cell],
    ...p.relationships.map((r) => [`   ${appealLabel(lang, 'relationship', r.key)}`, r.count, r.percent] as [string, Cell, Cell]),
  ]);
  places.push([appealLabel(lang, 'place', 'none'), s.noPlace.count, s.noPlace.percent]);
  return [
    countTable(
      'summary',
      t('appeals.pdf.womenTitle'),
      t,
      [
        [t('appeals.pdf.total'), s.total, null],
        [t('appeals.pdf.suicideRisk'), s.suicideRisk.count, s.suicideRisk.percent],
      ],
      null,
    ),
    countTable('byApplicant', t('appeals.pdf.byApplicant'), t, labelled(lang, 'applicant', s.byApplicant), s.total),
    countTable('byViolenceType', t('appeals.pdf.byViolenceType'), t, labelled(lang, 'violenceType', s.byViolenceType), s.total),
    countTable('byRegion', t('appeals.pdf.byRegion'), t, regions.rows, s.total, regions.any ? t('appeals.pdf.masked') : null),
    countTable('byPlace', t('appeals.pdf.byPlace'), t, places, s.total),
    countTable('byChannel', t('appeals.pdf.byChannel'), t, labelled(lang, 'channel', s.byChannel), s.total),
    countTable('byHelp', t('appeals.pdf.byHelp'), t, labelled(lang, 'help', s.byHelp), null),
  ];
}

function traffickingTables(doc: ReportDocument<TraffickingStats>, t: TFunction, lang: Lang): ReportTable[] {
  const s = doc.data;
  const regions = masked(s.byRegion, regionName(lang));
  const countryName = (code: string) => {
    if (code === 'none') return appealLabel(lang, 'exploitation', 'none');
    try {
      return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
    } catch {
      return code;
    }
  };
  const countries = masked(s.byCountry, countryName);
  const outcome = (k: string) => (k === 'none' ? appealLabel(lang, 'exploitation', 'none') : appealLabel(lang, 'outcome', k));
  return [
    countTable(
      'summary',
      t('appeals.pdf.traffickingTitle'),
      t,
      [
        [t('appeals.pdf.total'), s.total, null],
        [t('appeals.pdf.minors'), s.minors.count, s.minors.percent],
      ],
      null,
    ),
    countTable('byApplicant', t('appeals.pdf.byApplicant'), t, labelled(lang, 'applicant', s.byApplicant), s.total),
    countTable('byExploitation', t('appeals.pdf.byExploitation'), t, labelled(lang, 'exploitation', s.byExploitation), s.total),
    countTable('byCountry', t('appeals.pdf.byCountry'), t, countries.rows, s.total, countries.any ? t('appeals.pdf.masked') : null),
    countTable('byReferrer', t('appeals.pdf.byReferrer'), t, labelled(lang, 'referrer', s.byReferrer), s.total),
    countTable('byRegion', t('appeals.pdf.byRegion'), t, regions.rows, s.total, regions.any ? t('appeals.pdf.masked') : null),
    countTable('byHelp', t('appeals.pdf.byHelp'), t, labelled(lang, 'help', s.byHelp), null),
    countTable(
      'byOutcome',
      t('appeals.pdf.byOutcome'),
      t,
      s.byOutcome.map((r) => [outcome(r.key), r.count, r.percent] as [string, Cell, Cell]),
      s.total,
    ),
  ];
}

export const womenStatsReport: ReportDefinition = {
  kind: 'women_stats',
  facilityKinds: ['women_center'],
  readers: STATS_READERS,
  containsPersonalData: false,
  async compute(db, _facility, p) {
    const detail = await womenStats(db, p.from, p.to);
    return { agency: toAgencyJson(detail), detail } satisfies WomenStatsData;
  },
  tables: (doc, t, lang) => womenTables(doc as ReportDocument<WomenStatsData>, t, lang),
  pdf: (doc, lang, o) =>
    womenStatsPdf((doc as ReportDocument<WomenStatsData>).data.detail, {
      lang,
      facility: toFacility(o.facility),
      generatedAt: new Date(doc.generatedAt),
      maskSmallCounts: true,
      preparedBy: o.signerName ?? '',
    }),
};

export const traffickingStatsReport: ReportDefinition = {
  kind: 'trafficking_stats',
  facilityKinds: ['trafficking_shelter'],
  readers: STATS_READERS,
  containsPersonalData: false,
  compute: (db, _facility, p) => traffickingStats(db, p.from, p.to),
  tables: (doc, t, lang) => traffickingTables(doc as ReportDocument<TraffickingStats>, t, lang),
  pdf: (doc, lang, o) =>
    traffickingStatsPdf((doc as ReportDocument<TraffickingStats>).data, {
      lang,
      facility: toFacility(o.facility),
      generatedAt: new Date(doc.generatedAt),
      maskSmallCounts: true,
      preparedBy: o.signerName ?? '',
    }),
};
