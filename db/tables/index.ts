/* eslint-disable @typescript-eslint/no-empty-object-type */
import type { ClientsTables } from './clients';

// One line per area: `extends` its tables interface. Kept as a list so areas merge cleanly.
export interface AreaTables extends ClientsTables, Placeholder {}

interface Placeholder {}
