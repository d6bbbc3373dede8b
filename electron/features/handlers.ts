import type { Handlers } from './context';
import { signInHandlers, authHandlers } from './auth/auth.handlers';
import { setupPublicHandlers, facilityHandlers } from './setup/setup.handlers';
import { referenceHandlers } from './reference/reference.handlers';
import { clientsHandlers } from './clients/clients.handlers';
import { staysHandlers } from './clients/stays.handlers';
import { roomsHandlers } from './clients/rooms.handlers';
import { documentsHandlers } from './clients/documents.handlers';
import { waitingHandlers } from './clients/waiting.handlers';
import { homeHandlers } from './clients/home.handlers';
import { appealsHandlers } from './appeals/appeals.handlers';
import { auditHandlers } from './audit/audit.handlers';
import { backupHandlers } from './backup/backup.handlers';
import { demoHandlers } from './demo/demo.handlers';

/** One handler per contract method; a method without a handler does not compile. */
export const handlers = {
  ...setupPublicHandlers,
  ...facilityHandlers,
  ...signInHandlers,
  ...authHandlers,
  ...referenceHandlers,
  ...clientsHandlers,
  ...staysHandlers,
  ...roomsHandlers,
  ...documentsHandlers,
  ...waitingHandlers,
  ...homeHandlers,
  ...appealsHandlers,
  ...auditHandlers,
  ...backupHandlers,
  ...demoHandlers,
} satisfies Handlers;
