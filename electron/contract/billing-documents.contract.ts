// Vouchers and billing, part 3: the printed documents. Each is audited as an export (names inside).
import { z } from 'zod';
import { method, id, langSchema } from './core';
import { generatedFile } from './files.contract';
import { BILLING_READ, billingMonth } from './billing.contract';

export const billingDocumentsContract = {
  'billing.claimPdf': method({
    input: z.object({ month: billingMonth, lang: langSchema.optional() }),
    output: generatedFile,
    roles: BILLING_READ,
    kind: 'mutation',
    doc: 'The month’s claim register as a PDF (the issued claim, or the draft marked as such), Uzbek unless another language is asked for.',
  }),
  'billing.invoicePdf': method({
    input: z.object({ id, lang: langSchema.optional() }),
    output: generatedFile,
    roles: BILLING_READ,
    kind: 'mutation',
    doc: 'A parent invoice as a PDF, with the amount in words and signature lines.',
  }),
  'billing.receiptPdf': method({
    input: z.object({ paymentId: id, lang: langSchema.optional() }),
    output: generatedFile,
    roles: BILLING_READ,
    kind: 'mutation',
    doc: 'The receipt of one payment on a parent invoice, as a PDF.',
  }),
};
