// report.json: the machine-readable report, versioned (docs/report-schema.md). Language-neutral:
// codes, not labels. Its exact bytes are what a closed period freezes and a package carries.
import type { FacilityRow } from '../../../db/schema';
import type { ReportKind } from '../../contract/reports.contract';
import { daysInclusive, type Period } from './period';

export const REPORT_SCHEMA = 'komak-report';
export const REPORT_SCHEMA_VERSION = 1;

export interface ReportDocument<D = unknown> {
  schema: typeof REPORT_SCHEMA;
  schemaVersion: number;
  kind: ReportKind;
  facility: {
    name: string;
    kind: string;
    stir: string | null;
    regionSoato: string;
    districtSoato: string;
    capacity: number;
    training: boolean;
  };
  period: { from: string; to: string; days: number };
  generatedAt: string;
  containsPersonalData: boolean;
  data: D;
}

export function reportDocument<D>(
  kind: ReportKind,
  f: FacilityRow,
  p: Period,
  generatedAt: Date,
  containsPersonalData: boolean,
  data: D,
): ReportDocument<D> {
  return {
    schema: REPORT_SCHEMA,
    schemaVersion: REPORT_SCHEMA_VERSION,
    kind,
    facility: {
      name: f.name,
      kind: f.kind,
      stir: f.stir,
      regionSoato: f.region_soato,
      districtSoato: f.district_soato,
      capacity: f.capacity,
      training: f.training === 1,
    },
    period: { from: p.from, to: p.to, days: daysInclusive(p.from, p.to) },
    generatedAt: generatedAt.toISOString(),
    containsPersonalData,
    data,
  };
}

/** Two-space JSON and a final newline: the bytes that are frozen, hashed and signed. */
export const reportBytes = (doc: ReportDocument) => Buffer.from(`${JSON.stringify(doc, null, 2)}\n`, 'utf8');

export const parseReport = (bytes: Buffer | Uint8Array) => JSON.parse(Buffer.from(bytes).toString('utf8')) as ReportDocument;

/** Same figures, whenever they were computed. */
export const sameFigures = (a: ReportDocument, b: ReportDocument) =>
  JSON.stringify({ ...a, generatedAt: '' }) === JSON.stringify({ ...b, generatedAt: '' });
