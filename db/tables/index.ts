/* eslint-disable @typescript-eslint/no-empty-object-type */
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
