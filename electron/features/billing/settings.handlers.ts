import { handlersFor } from '../context';
import { iso } from '../context';
import { AppError, conflict } from '../errors';
import {
  listParameters,
  findParameter,
  insertParameter,
  getProvider,
  saveProvider,
  listTariffs,
  insertTariff,
  findTariff,
} from '../../../db/repositories/billing';
import { getFacility, updateFacility } from '../../../db/repositories/facility';
import type { BILLING_PARAMETER_KEYS } from '../../contract/billing.contract';

type Key = (typeof BILLING_PARAMETER_KEYS)[number];

const parameterOut = (p: { id: number; key: string; valid_from: string; value: string; created_by: number | null }) => ({
  id: p.id,
  key: p.key as Key,
  validFrom: p.valid_from,
  value: p.value,
  shipped: p.created_by === null,
});

const providerOut = (p: Awaited<ReturnType<typeof getProvider>>) => ({
  legalName: p?.legal_name ?? null,
  stir: p?.stir ?? null,
  bankName: p?.bank_name ?? null,
  mfo: p?.mfo ?? null,
  account: p?.account ?? null,
  address: p?.address ?? null,
  director: p?.director ?? null,
  accountant: p?.accountant ?? null,
});

export const billingSettingsHandlers = handlersFor({
  'billing.listParameters': async (ctx) => {
    const facility = await getFacility(ctx.db);
    return { parameters: (await listParameters(ctx.db)).map(parameterOut), regionalCentre: facility?.regional_centre === 1 };
  },
  'billing.addParameter': async (ctx, input) => {
    // A value in force is never rewritten: a new value always starts on a new date.
    if (await findParameter(ctx.db, input.key, input.validFrom))
      throw conflict('parameterDateTaken', { validFrom: 'conflict.parameterDateTaken' });
    const id = await insertParameter(ctx.db, { ...input, at: iso(ctx.now()), by: ctx.user.id });
    await ctx.audit({
      action: 'billing.addParameter',
      objectType: 'billing_parameter',
      objectId: String(id),
      changes: { [input.key]: [null, `${input.value} from ${input.validFrom}`] },
    });
    return parameterOut({ id, key: input.key, valid_from: input.validFrom, value: input.value, created_by: ctx.user.id });
  },
  'billing.setRegionalCentre': async (ctx, input) => {
    const facility = await getFacility(ctx.db);
    if (!facility) throw new AppError('not_initialized');
    const value = input.regionalCentre ? 1 : 0;
    if (facility.regional_centre !== value) {
      await updateFacility(ctx.db, { regional_centre: value }, iso(ctx.now()));
      await ctx.audit({
        action: 'billing.setRegionalCentre',
        objectType: 'facility',
        objectId: '1',
        changes: { regional_centre: [facility.regional_centre, value] },
      });
    }
    return { regionalCentre: input.regionalCentre };
  },
  'billing.getProvider': async (ctx) => providerOut(await getProvider(ctx.db)),
  'billing.updateProvider': async (ctx, input) => {
    const before = providerOut(await getProvider(ctx.db));
    const after = {
      legalName: input.legalName ?? null,
      stir: input.stir ?? null,
      bankName: input.bankName ?? null,
      mfo: input.mfo ?? null,
      account: input.account ?? null,
      address: input.address ?? null,
      director: input.director ?? null,
      accountant: input.accountant ?? null,
    };
    await saveProvider(ctx.db, {
      legal_name: after.legalName,
      stir: after.stir,
      bank_name: after.bankName,
      mfo: after.mfo,
      account: after.account,
      address: after.address,
      director: after.director,
      accountant: after.accountant,
      updated_at: iso(ctx.now()),
    });
    const changes: Record<string, [unknown, unknown]> = {};
    for (const k of Object.keys(after) as (keyof typeof after)[]) if (before[k] !== after[k]) changes[k] = [before[k], after[k]];
    await ctx.audit({ action: 'billing.updateProvider', objectType: 'billing_provider', objectId: '1', changes });
    return after;
  },
  'billing.listTariffs': async (ctx) =>
    (await listTariffs(ctx.db)).map((t) => ({
      id: t.id,
      program: t.program as never,
      unit: t.unit as 'day' | 'hour',
      validFrom: t.valid_from,
      amount: t.amount,
    })),
  'billing.addTariff': async (ctx, input) => {
    if (await findTariff(ctx.db, input.program, input.validFrom))
      throw conflict('tariffDateTaken', { validFrom: 'conflict.tariffDateTaken' });
    const id = await insertTariff(ctx.db, {
      program: input.program,
      unit: input.unit,
      valid_from: input.validFrom,
      amount: input.amount,
      created_at: iso(ctx.now()),
      created_by: ctx.user.id,
    });
    await ctx.audit({
      action: 'billing.addTariff',
      objectType: 'billing_tariff',
      objectId: String(id),
      changes: { [input.program]: [null, `${input.amount}/${input.unit} from ${input.validFrom}`] },
    });
    return { id, ...input };
  },
});
