/* eslint-disable @typescript-eslint/no-empty-object-type */
import type { ClientsTables } from './clients';
import type { AppealsTables } from './appeals';
import type { TrustTables } from './trust';
import type { PlansTables } from './plans';
import type { DailyTables } from './daily';
import type { BillingTables } from './billing';
import type { SigningTables } from './signing';
import type { ReportsTables } from './reports';
import type { HolidaysTables } from './holidays';

// One line per area: a declaration of AreaTables that `extends` its tables interface (TypeScript
// merges them). Separate lines so areas merge cleanly.
export interface AreaTables extends ClientsTables {}
export interface AreaTables extends AppealsTables {}
export interface AreaTables extends TrustTables {}
export interface AreaTables extends PlansTables {}
export interface AreaTables extends DailyTables {}
export interface AreaTables extends BillingTables {}
export interface AreaTables extends SigningTables {}
export interface AreaTables extends ReportsTables {}
export interface AreaTables extends HolidaysTables {}
