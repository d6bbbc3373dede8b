/* eslint-disable @typescript-eslint/no-empty-object-type */
// One line per area: `extends` its tables interface. Kept as a list so areas merge cleanly.
export interface AreaTables extends Placeholder {}

interface Placeholder {}
import type { BillingTables } from './billing';
export interface AreaTables extends BillingTables {}
