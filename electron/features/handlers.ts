import type { Handlers } from './context';
import { signInHandlers, authHandlers } from './auth/auth.handlers';
import { setupPublicHandlers, facilityHandlers } from './setup/setup.handlers';
import { referenceHandlers } from './reference/reference.handlers';
import { auditHandlers } from './audit/audit.handlers';
import { backupHandlers } from './backup/backup.handlers';
import { lanHandlers } from './lan/lan.handlers';

/** One handler per contract method; a method without a handler does not compile. */
export const handlers = {
  ...setupPublicHandlers,
  ...facilityHandlers,
  ...signInHandlers,
  ...authHandlers,
  ...referenceHandlers,
  ...auditHandlers,
  ...backupHandlers,
  ...lanHandlers,
} satisfies Handlers;
