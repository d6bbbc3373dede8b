import type { Generated, Selectable } from 'kysely';

/** SQLite stores booleans as 0/1. */
type Bool = number;

/** BCV, PP-41 rates, coefficient and supplement, each value with the date it takes effect. */
export interface BillingParametersTable {
  id: Generated<number>;
  key: string; // bcv | rate_age_3_7 | rate_age_7_18 | regional_coefficient | poor_family_supplement
  valid_from: string;
  value: string; // decimal text, read exactly
  created_at: string;
  created_by: number | null; // null for the shipped defaults
}

/** The provider's details printed on claims and invoices (one row); empty fields fall back to the facility's. */
export interface BillingProviderTable {
  id: number; // always 1
  legal_name: string | null;
  stir: string | null;
  bank_name: string | null;
  mfo: string | null;
  account: string | null;
  address: string | null;
  director: string | null;
  accountant: string | null;
  updated_at: string;
}

export interface BillingAuthorisationsTable {
  id: Generated<number>;
  number: string;
  program: string;
  client_id: number;
  issued_by: string; // which Inson center
  valid_from: string;
  valid_to: string;
  /** Current status: active | suspended | cancelled; "expired" is shown when valid_to has passed. */
  status: string;
  status_reason: string | null;
  created_at: string;
  updated_at: string;
}

/** Every status change of an authorisation, in force from its date: the rule engine reads these. */
export interface BillingAuthorisationEventsTable {
  id: Generated<number>;
  authorisation_id: number;
  status: string;
  effective_from: string;
  reason_code: string | null; // cancellation: no_provider_chosen | death | withdrawal | abroad | other
  reason: string | null;
  created_at: string;
  created_by: number;
}

/** "Step Towards an Active Life" tariffs per service, entered from the provider's agreement. */
export interface BillingTariffsTable {
  id: Generated<number>;
  program: string;
  unit: string; // day | hour
  valid_from: string;
  amount: string; // decimal soʻm
  created_at: string;
  created_by: number;
}

export interface BillingExtendedCareTable {
  id: Generated<number>;
  client_id: number;
  number: string | null;
  valid_from: string;
  valid_to: string | null;
  hourly_rate: number;
  created_at: string;
  updated_at: string;
}

export interface BillingFeeContractsTable {
  id: Generated<number>;
  client_id: number;
  number: string | null;
  payer_name: string | null;
  valid_from: string;
  valid_to: string | null;
  monthly_fee: number;
  created_at: string;
  updated_at: string;
}

/** An issued state claim. Drafts are computed, never stored. */
export interface BillingClaimsTable {
  id: Generated<number>;
  month: string;
  year: number;
  seq: number;
  number: string; // SC-YYYY-NNNN
  status: string; // issued | submitted | paid | partly_paid | rejected
  total: number;
  paid_amount: number | null;
  issued_at: string;
  issued_by: number;
  submitted_on: string | null;
  answered_on: string | null;
  agency_note: string | null;
  regional_centre: Bool; // as it was when issued
}

export interface BillingClaimLinesTable {
  id: Generated<number>;
  claim_id: number;
  line_no: number;
  client_id: number;
  client_code: string;
  program: string;
  kind: string; // regular | adjustment
  ref_claim_id: number | null;
  days: number;
  days_3_7: number;
  days_7_18: number;
  days_poor: number;
  quantity: string; // exact fraction text
  exact: string; // exact fraction text
  amount: number;
  /** The agency's answer: null until answered, then paid | rejected. */
  outcome: string | null;
  rejected_reason: string | null;
}

/** The ledger: every day an issued claim bills (+1) or reverses (−1). Never updated or deleted. */
export interface BillingClaimDaysTable {
  id: Generated<number>;
  claim_id: number;
  line_id: number;
  client_id: number;
  date: string;
  program: string;
  authorisation_id: number;
  units: number;
  amount: string;
  quantity: string;
  band: string | null;
  poor: Bool;
  ref_claim_id: number | null;
}

/** What an issued claim left out, as it stood at issue. */
export interface BillingClaimExceptionsTable {
  id: Generated<number>;
  claim_id: number;
  client_id: number;
  client_code: string;
  date: string;
  reason: string;
}

/** A claimed month: its attendance changes only through billing corrections. */
export interface BillingLocksTable {
  month: string;
  claim_id: number;
  locked_at: string;
}

export interface BillingCorrectionsTable {
  id: Generated<number>;
  client_id: number;
  date: string;
  reason: string;
  before_json: string | null;
  after_json: string;
  created_at: string;
  created_by: number;
  settled_by_claim_id: number | null;
}

export interface BillingParentInvoicesTable {
  id: Generated<number>;
  year: number;
  seq: number;
  number: string; // PI-YYYY-NNNN
  client_id: number;
  client_code: string;
  month: string;
  payer_name: string | null;
  total: number;
  issued_at: string;
  issued_by: number;
}

export interface BillingParentInvoiceLinesTable {
  id: Generated<number>;
  invoice_id: number;
  line_no: number;
  kind: string; // extended_hours | monthly_fee
  source_id: number;
  quantity: number;
  rate: number;
  dates_json: string;
  exact: string;
  amount: number;
}

export interface BillingPaymentsTable {
  id: Generated<number>;
  invoice_id: number;
  receipt_no: string; // the invoice number / n
  paid_on: string;
  amount: number;
  method: string; // cash | bank | card
  reference: string | null;
  created_at: string;
  created_by: number;
}

export interface BillingConfirmationImportsTable {
  id: Generated<number>;
  file_name: string;
  months: string; // comma-separated YYYY-MM the file covers
  rows: number;
  imported_at: string;
  imported_by: number;
}

export interface BillingConfirmedDaysTable {
  import_id: number;
  voucher_no: string;
  date: string;
}

export interface BillingTables {
  billing_parameters: BillingParametersTable;
  billing_provider: BillingProviderTable;
  billing_authorisations: BillingAuthorisationsTable;
  billing_authorisation_events: BillingAuthorisationEventsTable;
  billing_tariffs: BillingTariffsTable;
  billing_extended_care: BillingExtendedCareTable;
  billing_fee_contracts: BillingFeeContractsTable;
  billing_claims: BillingClaimsTable;
  billing_claim_lines: BillingClaimLinesTable;
  billing_claim_days: BillingClaimDaysTable;
  billing_claim_exceptions: BillingClaimExceptionsTable;
  billing_locks: BillingLocksTable;
  billing_corrections: BillingCorrectionsTable;
  billing_parent_invoices: BillingParentInvoicesTable;
  billing_parent_invoice_lines: BillingParentInvoiceLinesTable;
  billing_payments: BillingPaymentsTable;
  billing_confirmation_imports: BillingConfirmationImportsTable;
  billing_confirmed_days: BillingConfirmedDaysTable;
}

export type AuthorisationRow = Selectable<BillingAuthorisationsTable>;
export type ClaimRow = Selectable<BillingClaimsTable>;
export type ClaimLineRow = Selectable<BillingClaimLinesTable>;
export type ParentInvoiceRow = Selectable<BillingParentInvoicesTable>;
export type PaymentRow = Selectable<BillingPaymentsTable>;
