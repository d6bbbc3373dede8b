import type { Generated } from 'kysely';

/** A report for one period, through prepared → checked → closed; closing freezes the figures. */
export interface ReportPeriodsTable {
  id: Generated<number>;
  kind: string;
  period_from: string;
  period_to: string;
  status: string; // 'prepared' | 'checked' | 'closed'
  /** The report JSON exactly as frozen at closing (the bytes report.json carries); null while open. */
  figures: Buffer | null;
  figures_sha256: string | null;
  prepared_at: string;
  prepared_by: number;
  checked_at: string | null;
  checked_by: number | null;
  closed_at: string | null;
  closed_by: number | null;
  updated_at: string;
}

/** Every step of a period, reopenings with their reason. */
export interface ReportPeriodEventsTable {
  id: Generated<number>;
  period_id: number;
  action: string; // 'prepare' | 'check' | 'close' | 'reopen'
  at: string;
  user_id: number;
  reason: string | null;
  figures_sha256: string | null;
}

/** The register of packages made: the bytes themselves, so a package can be produced again byte for byte. */
export interface ReportPackagesTable {
  id: Generated<number>;
  period_id: number;
  kind: string;
  period_from: string;
  period_to: string;
  file_name: string;
  bytes: Buffer;
  size: number;
  sha256: string;
  figures_sha256: string;
  certificate_fingerprint: string;
  lang: string;
  created_at: string;
  created_by: number;
  sent_at: string | null;
  sent_by: number | null;
  sent_note: string | null;
}

/** Family-type home: the current placement prospect of a child (reintegration, guardianship, adoption…). */
export interface PlacementProspectsTable {
  client_id: number;
  prospect: string;
  note: string | null;
  updated_at: string;
  updated_by: number;
}

export interface ReportsTables {
  placement_prospects: PlacementProspectsTable;
  report_periods: ReportPeriodsTable;
  report_period_events: ReportPeriodEventsTable;
  report_packages: ReportPackagesTable;
}
