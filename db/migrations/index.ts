import type { Migration } from 'kysely/migration';
import * as foundation from './2026_11_22_1900_foundation';
import * as clients from './2026_11_22_2000_clients';
import * as appeals from './2026_11_22_2010_appeals';
import * as trust from './2026_11_22_2020_trust';
import * as plans from './2026_11_22_2030_plans';
import * as daily from './2026_11_22_2050_daily';
import * as dailyAgreements from './2026_11_22_2110_daily_agreements';
import * as billing from './2026_11_22_2100_billing';
import * as reports from './2026_11_22_2300_reports';
import * as trustIdleLock from './2026_11_22_2340_trust_idle_lock';
import * as careLogReplacements from './2026_11_23_0130_care_log_replacements';
import * as holidays from './2026_11_23_0300_holidays';
import * as dailyCorrections from './2026_11_22_2320_daily_corrections';
import * as reportLocks from './2026_11_22_2310_report_locks';

/**
 * Every migration, in order of name (the order they run), imported statically so bundles and asar
 * archives hold them. Append only: a released migration is never edited, renamed or removed, and a
 * new one sorts after every earlier one.
 */
// prettier-ignore
export const migrations: Record<string, Migration> = {
  '2026_11_22_1900_foundation': foundation,
  '2026_11_22_2000_clients': clients,
  '2026_11_22_2010_appeals': appeals,
  '2026_11_22_2020_trust': trust,
  '2026_11_22_2030_plans': plans,
  '2026_11_22_2050_daily': daily,
  '2026_11_22_2100_billing': billing,
  '2026_11_22_2110_daily_agreements': dailyAgreements,
  '2026_11_22_2300_reports': reports,
  '2026_11_22_2320_daily_corrections': dailyCorrections,
  '2026_11_22_2310_report_locks': reportLocks,
  '2026_11_22_2340_trust_idle_lock': trustIdleLock,
  '2026_11_23_0130_care_log_replacements': careLogReplacements,
  '2026_11_23_0300_holidays': holidays,
};
