/* eslint-disable @typescript-eslint/no-empty-object-type */
import type { ClientsTables } from './clients';
import type { AppealsTables } from './appeals';
import type { PlansTables } from './plans';
import type { BillingTables } from './billing';
import type { DailyTables } from './daily';
import type { TrustTables } from './trust';
import type { SigningTables } from './signing';
import type { ReportsTables } from './reports';

// One line per area: `extends` its tables interface. Kept as a list so areas merge cleanly
// (add your line above `Placeholder {}`).
// prettier-ignore
export interface AreaTables
  extends ClientsTables,
    AppealsTables,
    PlansTables,
    BillingTables,
    DailyTables,
    TrustTables,
    Placeholder {}

interface Placeholder {}
// One line per area: a declaration of AreaTables that `extends` its tables interface (TypeScript
// merges them). Separate lines so areas merge cleanly.
export interface AreaTables extends ClientsTables {}
export interface AreaTables extends AppealsTables {}
export interface AreaTables extends TrustTables {}
export interface AreaTables extends SigningTables {}
export interface AreaTables extends ReportsTables {}
