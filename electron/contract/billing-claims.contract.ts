// Vouchers and billing, part 2: the month's state claim, corrections, reconciliation, parents'
// invoices and payments, and the entrepreneur's dashboard. Roles as in billing.contract.ts.
import { z } from 'zod';
import { method, id, isoDate, hhmm, requiredText, optionalText } from './core';
import { BILLING_READ, BILLING_WRITE, billingMonth, billingMoney, billingProgramSchema } from './billing.contract';

export const CLAIM_EXCEPTION_REASONS = [
  'incomplete',
  'check_out_not_after_check_in',
  'outside_authorisation',
  'authorisation_suspended',
  'authorisation_cancelled',
  'ineligible_age',
  'no_birth_date',
  'no_parameter',
  'no_tariff',
  'not_confirmed',
  'hours_beyond_9_no_agreement',
  'hours_beyond_12',
] as const;
export const CLAIM_STATUSES = ['draft', 'issued', 'submitted', 'paid', 'partly_paid', 'rejected'] as const;
export const BILLING_PAYMENT_METHODS = ['cash', 'bank', 'card'] as const;

export const claimException = z.object({ clientId: id, clientCode: z.string(), date: isoDate, reason: z.enum(CLAIM_EXCEPTION_REASONS) });
export const claimLineOut = z.object({
  id: id.nullable(),
  lineNo: z.number().int(),
  clientId: id,
  clientCode: z.string(),
  /** Null where the caller may not see the name (the inspector). */
  clientName: z.string().nullable(),
  program: billingProgramSchema,
  kind: z.enum(['regular', 'adjustment']),
  refClaimNumber: z.string().nullable(),
  days: z.number().int(),
  days3to7: z.number().int(),
  days7to18: z.number().int(),
  daysPoor: z.number().int(),
  /** Days, or hours for hourly Active-Life services. */
  quantity: z.number(),
  amount: z.number().int(),
  outcome: z.enum(['paid', 'rejected']).nullable(),
  rejectedReason: z.string().nullable(),
  /** A rejected line whose days can still be claimed again (billing.reclaimLine). */
  reclaimable: z.boolean(),
});
export const claimOut = z.object({
  id: id.nullable(),
  month: billingMonth,
  number: z.string().nullable(),
  status: z.enum(CLAIM_STATUSES),
  lines: z.array(claimLineOut),
  total: z.number().int(),
  exceptions: z.array(claimException),
  regionalCentre: z.boolean(),
  issuedAt: z.string().nullable(),
  submittedOn: isoDate.nullable(),
  answeredOn: isoDate.nullable(),
  paidAmount: z.number().int().nullable(),
  agencyNote: z.string().nullable(),
});
export type ClaimOut = z.infer<typeof claimOut>;
export const claimSummary = claimOut.pick({
  id: true,
  month: true,
  number: true,
  status: true,
  total: true,
  paidAmount: true,
  issuedAt: true,
});

export const invoiceLineOut = z.object({
  kind: z.enum(['extended_hours', 'monthly_fee']),
  quantity: z.number().int(),
  rate: z.number().int(),
  dates: z.array(isoDate),
  amount: z.number().int(),
});
export const billingPaymentOut = z.object({
  id,
  receiptNo: z.string(),
  paidOn: isoDate,
  amount: z.number().int(),
  method: z.enum(BILLING_PAYMENT_METHODS),
  reference: z.string().nullable(),
});
export const invoiceOut = z.object({
  id: id.nullable(),
  number: z.string().nullable(),
  clientId: id,
  clientCode: z.string(),
  /** Null where the caller may not see the name (the inspector). */
  clientName: z.string().nullable(),
  month: billingMonth,
  payerName: z.string().nullable(),
  lines: z.array(invoiceLineOut),
  total: z.number().int(),
  paid: z.number().int(),
  balance: z.number().int(),
  /** The family's invoices for the month exceed the 3 million soʻm tax-free limit. */
  aboveTaxFreeLimit: z.boolean(),
  issuedAt: z.string().nullable(),
  payments: z.array(billingPaymentOut),
});
export type InvoiceOut = z.infer<typeof invoiceOut>;

const billingMonthPoint = z.object({
  month: billingMonth,
  /** The issued claim's total, or for a month not claimed yet what it would claim now. */
  subsidy: z.number().int(),
  days: z.number().int(),
  claimed: z.boolean(),
  parentPayments: z.number().int(),
});

export const billingClaimsContract = {
  'billing.prepareClaim': method({
    input: z.object({ month: billingMonth }),
    output: claimOut,
    roles: BILLING_READ,
    kind: 'query',
    doc: 'The month’s claim as it would be issued now (a draft: no number, nothing locked), or the issued claim when the month was claimed.',
  }),
  'billing.issueClaim': method({
    input: z.object({ month: billingMonth }),
    output: claimOut,
    roles: BILLING_WRITE,
    kind: 'mutation',
    doc: 'Issues the month’s claim: numbers it SC-YYYY-NNNN without gaps, records every billed day, locks the month’s attendance, settles pending corrections.',
  }),
  'billing.listClaims': method({
    input: z.object({ year: z.number().int().min(2019).max(2100).optional() }),
    output: z.array(claimSummary),
    roles: BILLING_READ,
    kind: 'query',
    doc: 'Issued claims, newest month first.',
  }),
  'billing.getClaim': method({
    input: z.object({ id }),
    output: claimOut,
    roles: BILLING_READ,
    kind: 'query',
    doc: 'An issued claim with its lines, exceptions and the agency’s answer.',
  }),
  'billing.submitClaim': method({
    input: z.object({ id, submittedOn: isoDate }),
    output: claimOut,
    roles: BILLING_WRITE,
    kind: 'mutation',
    doc: 'Records that the claim was sent to the agency.',
  }),
  'billing.recordClaimAnswer': method({
    input: z.object({
      id,
      answeredOn: isoDate,
      paidAmount: z.number({ message: 'v.number' }).int('v.integer').min(0, 'v.positive'),
      rejectedLines: z.array(z.object({ lineId: id, reason: requiredText(500) })).default([]),
      note: optionalText(1000),
    }),
    output: claimOut,
    roles: BILLING_WRITE,
    kind: 'mutation',
    doc: 'Records what the agency answered: the amount paid and any rejected lines with their reasons → paid, partly paid or rejected.',
  }),
  'billing.reclaimLine': method({
    input: z.object({ lineId: id, reason: requiredText(500) }),
    output: z.object({ days: z.number().int() }),
    roles: BILLING_WRITE,
    kind: 'mutation',
    doc: 'Claims the days of a line the agency rejected again: the next claim carries them as an adjustment referencing the original claim.',
  }),
  'billing.correctAttendance': method({
    input: z.object({
      clientId: id,
      date: isoDate,
      checkIn: hhmm.nullable(),
      checkOut: hhmm.nullable(),
      absenceReason: optionalText(100),
      reason: requiredText(500),
    }),
    output: z.object({ correctionId: id }),
    roles: ['manager'],
    kind: 'mutation',
    doc: 'Changes attendance of a day in a claimed (locked) month, with a reason; the next claim carries the adjustment.',
  }),
  'billing.listCorrections': method({
    input: z.object({}).strict(),
    output: z.array(
      z.object({
        id,
        clientId: id,
        clientCode: z.string(),
        date: isoDate,
        reason: z.string(),
        createdAt: z.string(),
        settledByClaimNumber: z.string().nullable(),
      }),
    ),
    roles: BILLING_READ,
    kind: 'query',
    doc: 'Corrections of claimed days, newest first, with the claim that settled each.',
  }),
  'billing.importConfirmations': method({
    input: z.object({
      fileName: requiredText(200),
      rows: z
        .array(z.object({ voucherNo: z.string(), date: z.string() }))
        .min(1, 'v.required')
        .max(50_000),
    }),
    output: z.object({ imported: z.number().int(), months: z.array(billingMonth) }),
    roles: BILLING_WRITE,
    kind: 'mutation',
    doc: 'Imports the state’s confirmed Active-Life days (voucher_no, date); from then on only confirmed days of those months are claimed.',
  }),
  'billing.reconciliation': method({
    input: z.object({ month: billingMonth }),
    output: z.object({
      confirmationFile: z.boolean(),
      matched: z.number().int(),
      notConfirmed: z.array(z.object({ voucherNo: z.string(), date: isoDate })),
      notRecorded: z.array(z.object({ voucherNo: z.string(), date: isoDate })),
    }),
    roles: BILLING_READ,
    kind: 'query',
    doc: 'Active-Life days recorded here and not confirmed by the state, and the reverse.',
  }),
  'billing.prepareInvoices': method({
    input: z.object({ month: billingMonth }),
    output: z.array(invoiceOut),
    roles: BILLING_READ,
    kind: 'query',
    doc: 'Parents’ charges for the month (extended hours, fees): issued invoices as they are, the rest as drafts.',
  }),
  'billing.issueInvoices': method({
    input: z.object({ month: billingMonth, clientIds: z.array(id).optional() }),
    output: z.array(invoiceOut),
    roles: BILLING_WRITE,
    kind: 'mutation',
    doc: 'Issues the month’s parents’ invoices (PI-YYYY-NNNN, without gaps) for clients with charges and no invoice yet.',
  }),
  'billing.listInvoices': method({
    input: z.object({ month: billingMonth.optional(), clientId: id.optional(), unpaidOnly: z.boolean().optional() }),
    output: z.array(invoiceOut.omit({ lines: true, payments: true })),
    roles: BILLING_READ,
    kind: 'query',
    doc: 'Parents’ invoices with what has been paid and the balance.',
  }),
  'billing.getInvoice': method({
    input: z.object({ id }),
    output: invoiceOut,
    roles: BILLING_READ,
    kind: 'query',
    doc: 'A parent invoice with its lines and payments.',
  }),
  'billing.recordPayment': method({
    input: z.object({
      invoiceId: id,
      paidOn: isoDate,
      amount: billingMoney,
      method: z.enum(BILLING_PAYMENT_METHODS, { message: 'v.choice' }),
      reference: optionalText(100),
    }),
    output: invoiceOut,
    roles: BILLING_WRITE,
    kind: 'mutation',
    doc: 'Records a payment (cash, bank, card) on a parent invoice; never more than its balance.',
  }),
  'billing.dashboard': method({
    input: z.object({}).strict(),
    output: z.object({
      month: billingMonth,
      expectedSubsidySoFar: z.number().int(),
      daysBilled: z.number().int(),
      daysExpected: z.number().int(),
      exceptions: z.number().int(),
      expiringAuthorisations: z.array(
        z.object({ id, number: z.string(), clientCode: z.string(), program: billingProgramSchema, validTo: isoDate }),
      ),
      unpaidInvoices: z.object({ count: z.number().int(), balance: z.number().int() }),
      paymentsThisMonth: z.number().int(),
      lastClaim: claimSummary.nullable(),
      months: z.array(billingMonthPoint),
    }),
    roles: BILLING_READ,
    kind: 'query',
    doc: 'The entrepreneur’s figures: this month’s expected subsidy so far, days billed vs expected, authorisations expiring within 30 days, unpaid invoices, payments, the last 12 months.',
  }),
};
