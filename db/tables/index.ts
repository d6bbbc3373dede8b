/* eslint-disable @typescript-eslint/no-empty-object-type */
import type { TrustTables } from './trust';

// One line per area: `extends` its tables interface. Kept as a list so areas merge cleanly.
export interface AreaTables extends Placeholder, TrustTables {}

interface Placeholder {}
