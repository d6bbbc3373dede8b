// Every billing handler, registered as one entry in electron/features/handlers.ts.
import { billingSettingsHandlers } from './settings.handlers';
import { billingAuthorisationHandlers } from './authorisations.handlers';
import { billingAgreementHandlers } from './agreements.handlers';
import { billingClaimHandlers } from './claims.handlers';
import { billingInvoiceHandlers } from './invoices.handlers';
import { billingDashboardHandlers } from './dashboard.handlers';
import { billingDocumentHandlers } from './documents.handlers';

export const billingHandlers = {
  ...billingSettingsHandlers,
  ...billingAuthorisationHandlers,
  ...billingAgreementHandlers,
  ...billingClaimHandlers,
  ...billingInvoiceHandlers,
  ...billingDashboardHandlers,
  ...billingDocumentHandlers,
};
