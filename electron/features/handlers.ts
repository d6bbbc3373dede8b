import type { Handlers } from './context';
import { signInHandlers, authHandlers } from './auth/auth.handlers';
import { setupPublicHandlers, facilityHandlers } from './setup/setup.handlers';
import { referenceHandlers } from './reference/reference.handlers';
import { signingHandlers } from './signing/signing.handlers';
import { reportsHandlers } from './reports/reports.handlers';

/** One handler per contract method; a method without a handler does not compile. */
export const handlers = {
  ...setupPublicHandlers,
  ...facilityHandlers,
  ...signInHandlers,
  ...authHandlers,
  ...referenceHandlers,
  ...signingHandlers,
  ...reportsHandlers,
} satisfies Handlers;
