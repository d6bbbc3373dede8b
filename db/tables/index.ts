/* eslint-disable @typescript-eslint/no-empty-object-type */
import type { SigningTables } from './signing';
import type { ReportsTables } from './reports';

// One line per area: `extends` its tables interface. Kept as a list so areas merge cleanly.
export interface AreaTables extends Placeholder {}
export interface AreaTables extends SigningTables {}
export interface AreaTables extends ReportsTables {}
import type { ClientsTables } from './clients';

// One line per area: `extends` its tables interface. Kept as a list so areas merge cleanly.
export interface AreaTables extends ClientsTables, Placeholder {}
import type { AppealsTables } from './appeals';

// One line per area: `extends` its tables interface. Kept as a list so areas merge cleanly
// (add your line above `Placeholder {}`).
// prettier-ignore
export interface AreaTables
  extends AppealsTables,
    Placeholder {}

interface Placeholder {}
