import { handlersFor, iso } from '../context';
import { conflict, invalid, notFound } from '../errors';
import {
  endAgreementRow,
  getAgreementRow,
  insertExtendedCare,
  insertFeeContract,
  listExtendedCare,
  listFeeContracts,
  overlappingAgreement,
  type ExtendedCareRow,
  type FeeContractRow,
} from '../../../db/repositories/billing';
import { clientExists, clientsByIds } from '../../../db/repositories/billing-foreign';
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';

async function codesOf(db: Kysely<Database>, ids: number[]) {
  return new Map((await clientsByIds(db, [...new Set(ids)])).map((c) => [c.id, c.code]));
}

const extendedOut = (r: ExtendedCareRow, codes: Map<number, string>) => ({
  id: r.id,
  clientId: r.client_id,
  clientCode: codes.get(r.client_id) ?? '',
  number: r.number,
  validFrom: r.valid_from,
  validTo: r.valid_to,
  hourlyRate: r.hourly_rate,
});
const feeOut = (r: FeeContractRow, codes: Map<number, string>) => ({
  id: r.id,
  clientId: r.client_id,
  clientCode: codes.get(r.client_id) ?? '',
  number: r.number,
  payerName: r.payer_name,
  validFrom: r.valid_from,
  validTo: r.valid_to,
  monthlyFee: r.monthly_fee,
});

/** Both kinds: the client exists, the period is the right way round, and no other one overlaps it. */
async function checkPeriod(
  db: Kysely<Database>,
  table: 'billing_extended_care' | 'billing_fee_contracts',
  v: { clientId: number; validFrom: string; validTo?: string | null },
): Promise<void> {
  const problems: Record<string, string> = {};
  if (!(await clientExists(db, v.clientId))) problems.clientId = 'v.clientUnknown';
  if (v.validTo && v.validTo < v.validFrom) problems.validTo = 'v.validTo';
  if (Object.keys(problems).length) throw invalid(problems);
  if (await overlappingAgreement(db, table, v.clientId, v.validFrom, v.validTo ?? null)) throw conflict('agreementOverlap');
}

export const billingAgreementHandlers = handlersFor({
  'billing.listAgreements': async (ctx, input) => {
    const ids = input.clientId === undefined ? undefined : [input.clientId];
    const ext = await listExtendedCare(ctx.db, ids);
    const fees = await listFeeContracts(ctx.db, ids);
    const codes = await codesOf(ctx.db, [...ext.map((e) => e.client_id), ...fees.map((f) => f.client_id)]);
    return { extendedCare: ext.map((e) => extendedOut(e, codes)), feeContracts: fees.map((f) => feeOut(f, codes)) };
  },
  'billing.createExtendedCare': async (ctx, input) => {
    await checkPeriod(ctx.db, 'billing_extended_care', input);
    const at = iso(ctx.now());
    const id = await insertExtendedCare(ctx.db, {
      client_id: input.clientId,
      number: input.number ?? null,
      valid_from: input.validFrom,
      valid_to: input.validTo ?? null,
      hourly_rate: input.hourlyRate,
      created_at: at,
      updated_at: at,
    });
    await ctx.audit({
      action: 'billing.createExtendedCare',
      objectType: 'billing_extended_care',
      objectId: String(id),
      changes: { hourly_rate: [null, input.hourlyRate] },
    });
    const row = (await listExtendedCare(ctx.db, [input.clientId])).find((r) => r.id === id)!;
    return extendedOut(row, await codesOf(ctx.db, [input.clientId]));
  },
  'billing.createFeeContract': async (ctx, input) => {
    await checkPeriod(ctx.db, 'billing_fee_contracts', input);
    const at = iso(ctx.now());
    const id = await insertFeeContract(ctx.db, {
      client_id: input.clientId,
      number: input.number ?? null,
      payer_name: input.payerName ?? null,
      valid_from: input.validFrom,
      valid_to: input.validTo ?? null,
      monthly_fee: input.monthlyFee,
      created_at: at,
      updated_at: at,
    });
    await ctx.audit({
      action: 'billing.createFeeContract',
      objectType: 'billing_fee_contract',
      objectId: String(id),
      changes: { monthly_fee: [null, input.monthlyFee] },
    });
    const row = (await listFeeContracts(ctx.db, [input.clientId])).find((r) => r.id === id)!;
    return feeOut(row, await codesOf(ctx.db, [input.clientId]));
  },
  'billing.endAgreement': async (ctx, input) => {
    const table = input.kind === 'extended_care' ? 'billing_extended_care' : 'billing_fee_contracts';
    const row = await getAgreementRow(ctx.db, table, input.id);
    if (!row) throw notFound();
    if (input.validTo < row.valid_from) throw conflict('endBeforeStart', { validTo: 'conflict.endBeforeStart' });
    await endAgreementRow(ctx.db, table, row.id, input.validTo, iso(ctx.now()));
    await ctx.audit({
      action: 'billing.endAgreement',
      objectType: table,
      objectId: String(row.id),
      changes: { valid_to: [row.valid_to, input.validTo] },
    });
    return { ok: true as const };
  },
});
