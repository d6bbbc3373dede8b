/* eslint-disable @typescript-eslint/no-empty-object-type */
import type { ClientsTables } from './clients';
import type { AppealsTables } from './appeals';
import type { TrustTables } from './trust';
import type { SigningTables } from './signing';
import type { ReportsTables } from './reports';

// One line per area: a declaration of AreaTables that `extends` its tables interface (TypeScript
// merges them). Separate lines so areas merge cleanly.
export interface AreaTables extends ClientsTables {}
export interface AreaTables extends AppealsTables {}
export interface AreaTables extends TrustTables {}
export interface AreaTables extends SigningTables {}
export interface AreaTables extends ReportsTables {}
