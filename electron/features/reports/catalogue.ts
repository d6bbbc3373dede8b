// The report catalogue: which reports a facility kind makes, how each is computed (into
// report.json's `data`) and laid out as tables. A new report kind is one entry here.
import type { Kysely } from 'kysely';
import type { TFunction } from 'i18next';
import type { Database, FacilityRow } from '../../../db/schema';
import type { AuthedContext } from '../context';
import type { FacilityKind } from '../../contract/setup.contract';
import { REPORT_READERS, type ReportKind, type ReportTable } from '../../contract/reports.contract';
import type { Lang, Role } from '../../contract/core';
import { computeActivity, type ActivityData } from './activity';
import { loadActivityFacts } from './activity-source';
import { activityTables } from './activity-tables';
import { reportDocument, type ReportDocument } from './report-document';
import { traffickingStatsReport, womenStatsReport } from './appeals-reports';
import { dayCareClaimReport } from './claim-report';
import { computeChildProgress, type ChildProgressData } from './child-progress';
import { childProgressTables } from './child-progress-tables';
import type { Period } from './period';

export interface ReportDefinition {
  kind: ReportKind;
  facilityKinds: readonly FacilityKind[];
  /** Roles that may see it (within the contract's report readers). */
  readers: readonly Role[];
  /** Names people: exporting it needs an explicit acknowledgement, and it never goes in a package unmarked. */
  containsPersonalData: boolean;
  /** `ctx` for areas whose figures depend on who asks; the figures themselves must not. */
  compute(db: Kysely<Database>, facility: FacilityRow, period: Period, now: Date, ctx: AuthedContext): Promise<unknown>;
  tables(doc: ReportDocument, t: TFunction, lang: Lang): ReportTable[];
  /** A report with a printed form of its own (the agency's statistics table); others print their tables. */
  pdf?(doc: ReportDocument, lang: Lang, o: { facility: FacilityRow; signerName: string | null }): Promise<Buffer>;
}

const ALL_KINDS = ['family_home', 'women_center', 'trafficking_shelter', 'day_care'] as const;

export const REPORTS: Record<ReportKind, ReportDefinition> = {
  activity: {
    kind: 'activity',
    facilityKinds: ALL_KINDS,
    readers: REPORT_READERS,
    containsPersonalData: false,
    async compute(db, facility, period, now) {
      const facts = await loadActivityFacts(db, period, now, facility.kind === 'day_care');
      return computeActivity({ period, capacity: facility.capacity, dayCare: facility.kind === 'day_care', facts });
    },
    tables: (doc, t, lang) => activityTables(doc as ReportDocument<ActivityData>, t, lang),
  },
  women_stats: womenStatsReport,
  trafficking_stats: traffickingStatsReport,
  day_care_claim: dayCareClaimReport,
  child_progress: {
    kind: 'child_progress',
    facilityKinds: ['family_home'],
    // Names children and their plans: the people who work on plans and the inspector, not the accountant.
    readers: ['manager', 'social_worker', 'inspector'],
    containsPersonalData: true,
    compute: (db, _facility, period) => computeChildProgress(db, period),
    tables: (doc, t, lang) => childProgressTables(doc as ReportDocument<ChildProgressData>, t, lang),
  },
};

export const reportsFor = (facilityKind: string, role: Role) =>
  Object.values(REPORTS).filter((r) => (r.facilityKinds as readonly string[]).includes(facilityKind) && r.readers.includes(role));

export async function buildReport(ctx: AuthedContext, facility: FacilityRow, kind: ReportKind, period: Period): Promise<ReportDocument> {
  const def = REPORTS[kind];
  const now = ctx.now();
  return reportDocument(kind, facility, period, now, def.containsPersonalData, await def.compute(ctx.db, facility, period, now, ctx));
}
