// The agency's statistics of the appeals register. Counting happens in SQL (GROUP BY over the
// appeals_stats index); this file only arranges the counts and computes percentages.
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { countBy, countByPlaceAndRelationship, periodTotals } from '../../../db/repositories/appeals';
import {
  APPLICANTS,
  CHANNELS,
  HELP_KINDS,
  OUTCOMES,
  PLACES,
  REFERRERS,
  RELATIONSHIPS,
  RELATIONSHIPS_BY_PLACE,
  VIOLENCE_TYPES,
  type AgencyWomenStats,
  type KeyedCount,
  type TraffickingStats,
  type WomenStats,
} from '../../contract/appeals.contract';
import { EXPLOITATION_TYPES } from '../../contract/clients.codes';
import { reference } from '../reference/reference';
import { HELP_BITS } from './bits';

/**
 * Percent of the total with one decimal, rounded half up in integers (no float drift: 1/8 is
 * exactly 12.5). Every percentage of a breakdown uses the same total, as hand counts do, so a
 * breakdown sums to 100 within ±0.05 per row.
 */
export function percentOf(count: number, total: number): number {
  if (total <= 0) return 0;
  return Math.floor((2000 * count + total) / (2 * total)) / 10;
}

const counted = (count: number, total: number) => ({ count, percent: percentOf(count, total) });

function keyed(keys: readonly string[], counts: Map<string | null, number>, total: number): KeyedCount[] {
  return keys.map((key) => ({ key, ...counted(counts.get(key) ?? 0, total) }));
}

/** Counts 1–4 are shown as "<5" in documents that leave the facility (GBVIMS data-sharing practice). */
export function maskSmallCount(count: number): number | string {
  return count >= 1 && count <= 4 ? '<5' : count;
}

/** A count hidden only so that a "<5" cannot be worked out from the total (secondary suppression). */
export const SECONDARY_MASK = '*';

/**
 * A breakdown as it may leave the facility: counts 1–4 as "<5", and as many further cells as "*"
 * (the smallest first) as it takes for no hidden count to follow from the total by subtraction —
 * one hidden cell alone is the total minus the rest; hidden cells whose sum allows one split only
 * (all ones, all fours, or every "*" at its least, 5) give themselves away too.
 */
export function maskBreakdown(counts: readonly number[]): Array<number | string> {
  const shown: Array<number | string> = counts.map(maskSmallCount);
  for (;;) {
    const hidden = counts.map((_, i) => i).filter((i) => typeof shown[i] === 'string');
    if (!hidden.length) break;
    const sum = hidden.reduce((n, i) => n + counts[i]!, 0);
    const primary = hidden.filter((i) => shown[i] === '<5').length;
    const secondary = hidden.length - primary;
    const least = primary + 5 * secondary;
    const determined = hidden.length === 1 || sum === least || (secondary === 0 && sum === 4 * primary);
    if (!determined) break;
    const candidates = counts.map((_, i) => i).filter((i) => typeof shown[i] === 'number' && counts[i]! > 0);
    if (!candidates.length) break; // nothing else to hide: the total itself is small
    const next = candidates.reduce((a, b) => (counts[b]! < counts[a]! ? b : a));
    shown[next] = SECONDARY_MASK;
  }
  return shown;
}

export async function womenStats(db: Kysely<Database>, from: string, to: string): Promise<WomenStats> {
  const [totals, applicants, types, regions, channels, places] = await Promise.all([
    periodTotals(db, from, to, HELP_BITS),
    countBy(db, from, to, 'applicant'),
    countBy(db, from, to, 'violence_type'),
    countBy(db, from, to, 'region_soato'),
    countBy(db, from, to, 'channel'),
    countByPlaceAndRelationship(db, from, to),
  ]);
  const total = totals.total;
  const byPlace = PLACES.map((place) => {
    const rows = places.filter((r) => r.place === place);
    const placeCount = rows.reduce((s, r) => s + r.n, 0);
    const rel = new Map(rows.map((r) => [r.relationship, r.n]));
    return {
      key: place,
      ...counted(placeCount, total),
      relationships: keyed(RELATIONSHIPS_BY_PLACE[place], rel, total),
      unspecified: counted(rel.get(null) ?? 0, total),
    };
  });
  const noPlace = places.filter((r) => r.place === null).reduce((s, r) => s + r.n, 0);
  return {
    from,
    to,
    total,
    suicideRisk: counted(totals.suicideRisk, total),
    byApplicant: keyed(APPLICANTS, applicants, total),
    byViolenceType: keyed(VIOLENCE_TYPES, types, total),
    byRegion: keyed(
      reference().regions.map((r) => r.soato),
      regions,
      total,
    ),
    byPlace,
    noPlace: counted(noPlace, total),
    byChannel: keyed(CHANNELS, channels, total),
    byHelp: keyed(HELP_KINDS, new Map(Object.entries(totals.help)), total),
  };
}

/** The agency's JSON: the same figures keyed by code, exact counts, percentages of the total. */
export function toAgencyJson(s: WomenStats): AgencyWomenStats {
  const counts = (rows: KeyedCount[]) => Object.fromEntries(rows.map((r) => [r.key, r.count]));
  const percents = (rows: KeyedCount[]) => Object.fromEntries(rows.map((r) => [r.key, r.percent]));
  const relationships = RELATIONSHIPS.map((key) => {
    const found = s.byPlace.flatMap((p) => p.relationships).find((r) => r.key === key);
    return found ?? { key, count: 0, percent: 0 };
  });
  return {
    total: s.total,
    byApplicant: counts(s.byApplicant) as AgencyWomenStats['byApplicant'],
    byViolenceType: counts(s.byViolenceType) as AgencyWomenStats['byViolenceType'],
    byRegion: counts(s.byRegion),
    byPlace: counts(s.byPlace) as AgencyWomenStats['byPlace'],
    byRelationship: counts(relationships) as AgencyWomenStats['byRelationship'],
    percent: {
      byApplicant: percents(s.byApplicant) as AgencyWomenStats['percent']['byApplicant'],
      byViolenceType: percents(s.byViolenceType) as AgencyWomenStats['percent']['byViolenceType'],
      byRegion: percents(s.byRegion),
      byPlace: percents(s.byPlace) as AgencyWomenStats['percent']['byPlace'],
      byRelationship: percents(relationships) as AgencyWomenStats['percent']['byRelationship'],
    },
  };
}

export async function traffickingStats(db: Kysely<Database>, from: string, to: string): Promise<TraffickingStats> {
  const [totals, applicants, exploitation, countries, referrers, regions, outcomes] = await Promise.all([
    periodTotals(db, from, to, HELP_BITS, { minors: true }),
    countBy(db, from, to, 'applicant'),
    countBy(db, from, to, 'exploitation_type'),
    countBy(db, from, to, 'country'),
    countBy(db, from, to, 'referred_by'),
    countBy(db, from, to, 'region_soato'),
    countBy(db, from, to, 'outcome'),
  ]);
  const total = totals.total;
  const withNone = (keys: readonly string[], m: Map<string | null, number>) => [
    ...keyed(keys, m, total),
    { key: 'none', ...counted(m.get(null) ?? 0, total) },
  ];
  const countryRows = [...countries.entries()]
    .filter((e): e is [string, number] => e[0] !== null)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([key, n]) => ({ key, ...counted(n, total) }));
  return {
    from,
    to,
    total,
    minors: counted(totals.minors, total),
    byApplicant: keyed(APPLICANTS, applicants, total),
    byExploitation: withNone(EXPLOITATION_TYPES, exploitation),
    byCountry: [...countryRows, { key: 'none', ...counted(countries.get(null) ?? 0, total) }],
    byReferrer: withNone(REFERRERS, referrers),
    byRegion: keyed(
      reference().regions.map((r) => r.soato),
      regions,
      total,
    ),
    byHelp: keyed(HELP_KINDS, new Map(Object.entries(totals.help)), total),
    byOutcome: withNone(OUTCOMES, outcomes),
  };
}
