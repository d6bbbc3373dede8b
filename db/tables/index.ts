/* eslint-disable @typescript-eslint/no-empty-object-type */
import type { ClientsTables } from './clients';
import type { AppealsTables } from './appeals';
import type { TrustTables } from './trust';

// One line per area: `extends` its tables interface. Kept as a list so areas merge cleanly
// (add your line above `Placeholder {}`).
// prettier-ignore
export interface AreaTables
  extends ClientsTables,
    AppealsTables,
    TrustTables,
    Placeholder {}

interface Placeholder {}
