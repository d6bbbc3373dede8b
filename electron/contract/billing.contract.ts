// Vouchers and billing, part 1: parameters, provider details, authorisations, tariffs, agreements.
// Roles: the manager and the accountant (the entrepreneur's bookkeeper) run billing; the
// inspector reads everything; social workers read authorisations (they keep the child's file);
// caregivers have no billing access. Parameters and the regional-centre flag: manager only.
import { z } from 'zod';
import { method, id, isoDate, requiredText, optionalText, stir, ok } from './core';

export const BILLING_READ = ['manager', 'accountant', 'inspector'] as const;
export const BILLING_WRITE = ['manager', 'accountant'] as const;

export const BILLING_PROGRAMS = [
  'day_care_child',
  'active_life_home_help',
  'active_life_home_supervision',
  'active_life_rehabilitation',
  'active_life_day_supervision',
  'active_life_personal_assistant',
] as const;
export const billingProgramSchema = z.enum(BILLING_PROGRAMS, { message: 'v.choice' });
export const BILLING_PARAMETER_KEYS = ['bcv', 'rate_age_3_7', 'rate_age_7_18', 'regional_coefficient', 'poor_family_supplement'] as const;
export const AUTHORISATION_STATUSES = ['active', 'suspended', 'cancelled', 'expired'] as const;
export const AUTHORISATION_CANCEL_REASONS = ['no_provider_chosen', 'death', 'withdrawal', 'abroad', 'other'] as const;

export const billingMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'v.month');
export const billingMoney = z.number({ message: 'v.number' }).int('v.integer').min(1, 'v.positive').max(100_000_000_000, 'v.tooLarge');
/** A positive decimal as text ('412000', '1.1', '27.5'), kept exact. */
export const billingDecimal = z
  .string()
  .trim()
  .regex(/^\d{1,12}(\.\d{1,6})?$/, 'v.decimal')
  .refine((s) => Number(s) > 0, 'v.positive');

export const parameterOut = z.object({
  id,
  key: z.enum(BILLING_PARAMETER_KEYS),
  validFrom: isoDate,
  value: z.string(),
  shipped: z.boolean(),
});

export const providerDetails = z.object({
  legalName: optionalText(200),
  stir: stir.nullable().optional(),
  bankName: optionalText(200),
  mfo: z
    .string()
    .regex(/^\d{5}$/, 'v.mfo')
    .nullable()
    .optional(),
  account: z
    .string()
    .regex(/^\d{20}$/, 'v.account')
    .nullable()
    .optional(),
  address: optionalText(300),
  director: optionalText(120),
  accountant: optionalText(120),
});
export const providerOut = z.object({
  legalName: z.string().nullable(),
  stir: z.string().nullable(),
  bankName: z.string().nullable(),
  mfo: z.string().nullable(),
  account: z.string().nullable(),
  address: z.string().nullable(),
  director: z.string().nullable(),
  accountant: z.string().nullable(),
});

export const authorisationInput = z.object({
  number: requiredText(60),
  program: billingProgramSchema,
  clientId: id,
  issuedBy: requiredText(200),
  validFrom: isoDate,
  validTo: isoDate,
});
export const authorisationEventOut = z.object({
  status: z.enum(['active', 'suspended', 'cancelled']),
  from: isoDate,
  reasonCode: z.string().nullable(),
  reason: z.string().nullable(),
});
export const authorisationOut = authorisationInput.extend({
  id,
  clientCode: z.string(),
  status: z.enum(AUTHORISATION_STATUSES),
  statusReason: z.string().nullable(),
  events: z.array(authorisationEventOut),
});
export type AuthorisationOut = z.infer<typeof authorisationOut>;

export const voucherRow = z.object({
  voucherNo: z.string(),
  clientCode: z.string(),
  program: z.string(),
  issuedBy: z.string(),
  validFrom: z.string(),
  validTo: z.string(),
});
export const voucherImportProblem = z.object({ line: z.number().int(), column: z.string(), message: z.string() });

export const tariffOut = z.object({
  id,
  program: billingProgramSchema,
  unit: z.enum(['day', 'hour']),
  validFrom: isoDate,
  amount: z.string(),
});
export const agreementOut = z.object({
  id,
  clientId: id,
  clientCode: z.string(),
  number: z.string().nullable(),
  validFrom: isoDate,
  validTo: isoDate.nullable(),
  hourlyRate: z.number().int(),
});
export const feeContractOut = z.object({
  id,
  clientId: id,
  clientCode: z.string(),
  number: z.string().nullable(),
  payerName: z.string().nullable(),
  validFrom: isoDate,
  validTo: isoDate.nullable(),
  monthlyFee: z.number().int(),
});

const period = { validFrom: isoDate, validTo: isoDate.nullable().optional() };

export const billingContract = {
  'billing.listParameters': method({
    input: z.object({}).strict(),
    output: z.object({ parameters: z.array(parameterOut), regionalCentre: z.boolean() }),
    roles: BILLING_READ,
    kind: 'query',
    doc: 'Every billing parameter value with the date it takes effect (BCV, PP-41 rates, coefficient, supplement), and the regional-centre flag.',
  }),
  'billing.addParameter': method({
    input: z.object({ key: z.enum(BILLING_PARAMETER_KEYS, { message: 'v.choice' }), validFrom: isoDate, value: billingDecimal }),
    output: parameterOut,
    roles: ['manager'],
    kind: 'mutation',
    doc: 'Adds a new value (a new BCV, a new rate) from a date. Values already in force are never changed; a date already used is refused.',
  }),
  'billing.setRegionalCentre': method({
    input: z.object({ regionalCentre: z.boolean({ message: 'v.choice' }) }),
    output: z.object({ regionalCentre: z.boolean() }),
    roles: ['manager'],
    kind: 'mutation',
    doc: 'Whether the provider is in a regional centre, Tashkent or Nukus (× 1.1 under PP-41).',
  }),
  'billing.getProvider': method({
    input: z.object({}).strict(),
    output: providerOut,
    roles: BILLING_READ,
    kind: 'query',
    doc: 'The provider details printed on claims and invoices (empty fields fall back to the facility’s).',
  }),
  'billing.updateProvider': method({
    input: providerDetails,
    output: providerOut,
    roles: BILLING_WRITE,
    kind: 'mutation',
    doc: 'Sets the provider details: legal name, STIR, bank, MFO, account, address, director, accountant.',
  }),
  'billing.listAuthorisations': method({
    input: z.object({
      clientId: id.optional(),
      status: z.enum(AUTHORISATION_STATUSES).optional(),
      expiringWithinDays: z.number().int().min(0).max(366).optional(),
    }),
    output: z.array(authorisationOut),
    roles: [...BILLING_READ, 'social_worker'],
    kind: 'query',
    doc: 'Authorisations (vouchers), newest validity first; filter by client, status, or those expiring within N days.',
  }),
  'billing.createAuthorisation': method({
    input: authorisationInput,
    output: authorisationOut,
    roles: BILLING_WRITE,
    kind: 'mutation',
    doc: 'Records an authorisation. Active-Life vouchers are at most 6 months; numbers are unique.',
  }),
  'billing.importAuthorisations': method({
    input: z.object({ rows: z.array(voucherRow).max(20_000), dryRun: z.boolean().default(false) }),
    output: z.object({ created: z.number().int(), problems: z.array(voucherImportProblem) }),
    roles: BILLING_WRITE,
    kind: 'mutation',
    doc: 'Imports vouchers (voucher_no, client_code, program, issued_by, valid_from, valid_to): all rows are checked first; any problem → nothing imported, every problem listed.',
  }),
  'billing.changeAuthorisationStatus': method({
    input: z.object({
      id,
      status: z.enum(['active', 'suspended', 'cancelled'], { message: 'v.choice' }),
      from: isoDate,
      reasonCode: z.enum(AUTHORISATION_CANCEL_REASONS, { message: 'v.choice' }).nullable().optional(),
      reason: optionalText(500),
    }),
    output: authorisationOut,
    roles: BILLING_WRITE,
    kind: 'mutation',
    doc: 'Suspends, reactivates or cancels an authorisation from a date (a cancellation needs a reason and is final).',
  }),
  'billing.listTariffs': method({
    input: z.object({}).strict(),
    output: z.array(tariffOut),
    roles: BILLING_READ,
    kind: 'query',
    doc: 'Active-Life tariffs per service with their dates (none shipped: entered from the provider’s agreement).',
  }),
  'billing.addTariff': method({
    input: z.object({
      program: billingProgramSchema.refine((p) => p !== 'day_care_child', 'v.choice'),
      unit: z.enum(['day', 'hour'], { message: 'v.choice' }),
      validFrom: isoDate,
      amount: billingDecimal,
    }),
    output: tariffOut,
    roles: BILLING_WRITE,
    kind: 'mutation',
    doc: 'Adds an Active-Life tariff for a service from a date.',
  }),
  'billing.listAgreements': method({
    input: z.object({ clientId: id.optional() }),
    output: z.object({ extendedCare: z.array(agreementOut), feeContracts: z.array(feeContractOut) }),
    roles: BILLING_READ,
    kind: 'query',
    doc: 'Extended-care agreements (hourly rate beyond 9 h) and parent fee contracts.',
  }),
  'billing.createExtendedCare': method({
    input: z.object({ clientId: id, number: optionalText(60), ...period, hourlyRate: billingMoney }),
    output: agreementOut,
    roles: BILLING_WRITE,
    kind: 'mutation',
    doc: 'Records an extended-care agreement: hours beyond 9 (up to 12) billed to the parents at the hourly rate.',
  }),
  'billing.createFeeContract': method({
    input: z.object({ clientId: id, number: optionalText(60), payerName: optionalText(200), ...period, monthlyFee: billingMoney }),
    output: feeContractOut,
    roles: BILLING_WRITE,
    kind: 'mutation',
    doc: 'Records a parent fee contract with a monthly fee.',
  }),
  'billing.endAgreement': method({
    input: z.object({ kind: z.enum(['extended_care', 'fee_contract'], { message: 'v.choice' }), id, validTo: isoDate }),
    output: ok,
    roles: BILLING_WRITE,
    kind: 'mutation',
    doc: 'Ends an agreement or fee contract on a date (not before it started).',
  }),
};
