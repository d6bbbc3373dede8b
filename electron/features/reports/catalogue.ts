// The report catalogue: which reports a facility kind makes, how each is computed (into
// report.json's `data`) and laid out as tables. A new report kind is one entry here.
import type { Kysely } from 'kysely';
import type { TFunction } from 'i18next';
import type { Database, FacilityRow } from '../../../db/schema';
import type { FacilityKind } from '../../contract/setup.contract';
import type { ReportKind, ReportTable } from '../../contract/reports.contract';
import { computeActivity, type ActivityData } from './activity';
import { loadActivityFacts } from './activity-source';
import { activityTables } from './activity-tables';
import { reportDocument, type ReportDocument } from './report-document';
import type { Period } from './period';

export interface ReportDefinition {
  kind: ReportKind;
  facilityKinds: readonly FacilityKind[];
  /** Names people: exporting it needs an explicit acknowledgement, and it never goes in a package unmarked. */
  containsPersonalData: boolean;
  compute(db: Kysely<Database>, facility: FacilityRow, period: Period): Promise<unknown>;
  tables(doc: ReportDocument, t: TFunction): ReportTable[];
}

const ALL_KINDS = ['family_home', 'women_center', 'trafficking_shelter', 'day_care'] as const;

export const REPORTS: Record<ReportKind, ReportDefinition> = {
  activity: {
    kind: 'activity',
    facilityKinds: ALL_KINDS,
    containsPersonalData: false,
    async compute(db, facility, period) {
      const facts = await loadActivityFacts(db, period);
      return computeActivity({ period, capacity: facility.capacity, dayCare: facility.kind === 'day_care', facts });
    },
    tables: (doc, t) => activityTables(doc as ReportDocument<ActivityData>, t),
  },
};

export const reportsFor = (facilityKind: string) =>
  Object.values(REPORTS).filter((r) => (r.facilityKinds as readonly string[]).includes(facilityKind));

export async function buildReport(
  db: Kysely<Database>,
  facility: FacilityRow,
  kind: ReportKind,
  period: Period,
  now: Date,
): Promise<ReportDocument> {
  const def = REPORTS[kind];
  return reportDocument(kind, facility, period, now, def.containsPersonalData, await def.compute(db, facility, period));
}
