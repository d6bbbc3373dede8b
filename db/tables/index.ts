/* eslint-disable @typescript-eslint/no-empty-object-type */
import type { SigningTables } from './signing';
import type { ReportsTables } from './reports';

// One line per area: `extends` its tables interface. Kept as a list so areas merge cleanly.
export interface AreaTables extends Placeholder {}
export interface AreaTables extends SigningTables {}
export interface AreaTables extends ReportsTables {}

interface Placeholder {}
