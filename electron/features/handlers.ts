import type { Handlers } from './context';
import { signInHandlers, authHandlers } from './auth/auth.handlers';
import { setupPublicHandlers, facilityHandlers } from './setup/setup.handlers';
import { referenceHandlers } from './reference/reference.handlers';
import { billingHandlers } from './billing/billing.handlers';

/** One handler per contract method; a method without a handler does not compile. */
export const handlers = {
  ...setupPublicHandlers,
  ...facilityHandlers,
  ...signInHandlers,
  ...authHandlers,
  ...referenceHandlers,
  ...billingHandlers,
} satisfies Handlers;
