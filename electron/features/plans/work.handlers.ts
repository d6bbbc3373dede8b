import {
  findDelivery,
  updateDelivery,
  deliveriesOf,
  getPlanSettings,
  setPlanSettings,
  listServices,
  findService,
  insertService,
  updateService,
  nextServiceSort,
} from '../../../db/repositories/plan-deliveries';
import { listUsers } from '../../../db/repositories/users';
import type { PlanServiceRow } from '../../../db/tables/plans';
import type { Lang } from '../../contract/core';
import { tashkentToday } from '../../contract/format';
import { handlersFor, iso } from '../context';
import { AppError, conflict, notFound } from '../errors';
import { readableCase, writableCase } from './access';
import { recordDelivery, toDeliveries, plannedActivitiesOf } from './deliveries';
import { serviceName } from './plans.mapper';

const serviceOut = (s: PlanServiceRow, lang: Lang) => ({
  id: s.id,
  code: s.code,
  names: { uz: s.name_uz, ru: s.name_ru, en: s.name_en },
  name: serviceName(s, lang),
  active: s.active === 1,
});

const settingsOut = (s: { initial_due_days: number; reassess_months: number; review_months: number }) => ({
  initialDueDays: s.initial_due_days,
  reassessMonths: s.reassess_months,
  reviewMonths: s.review_months,
});

export const workHandlers = handlersFor({
  'plans.logActivity': async (ctx, input) => {
    const access = await writableCase(ctx, input.clientId);
    const id = await recordDelivery(ctx.db, { ...input, source: 'plan' }, { userId: ctx.user.id, now: ctx.now() });
    await ctx.audit({
      action: 'plans.logActivity',
      objectType: 'planDelivery',
      objectId: String(id),
      changes: { client: [null, access.client.code], doneOn: [null, input.doneOn], activityId: [null, input.activityId ?? null] },
    });
    return (await toDeliveries(ctx.db, ctx.lang, [(await findDelivery(ctx.db, id))!]))[0]!;
  },

  'plans.voidActivity': async (ctx, input) => {
    const row = await findDelivery(ctx.db, input.id);
    if (!row) throw notFound();
    await writableCase(ctx, row.client_id);
    if (ctx.user.role !== 'manager' && row.created_by !== ctx.user.id) throw new AppError('forbidden');
    if (row.voided_at) throw conflict('plans.alreadyVoided');
    await updateDelivery(ctx.db, row.id, { voided_at: iso(ctx.now()), voided_by: ctx.user.id, void_reason: input.reason });
    await ctx.audit({
      action: 'plans.voidActivity',
      objectType: 'planDelivery',
      objectId: String(row.id),
      changes: { voided: [false, true], reason: [null, input.reason] },
    });
    return (await toDeliveries(ctx.db, ctx.lang, [(await findDelivery(ctx.db, row.id))!]))[0]!;
  },

  'plans.deliveries': async (ctx, input) => {
    await readableCase(ctx, input.clientId);
    return toDeliveries(ctx.db, ctx.lang, await deliveriesOf(ctx.db, input));
  },

  'plans.activitiesOf': async (ctx, input) => {
    await readableCase(ctx, input.clientId);
    return plannedActivitiesOf(ctx.db, ctx.lang, input.clientId, tashkentToday(ctx.now()));
  },

  'plans.settings': async (ctx) => settingsOut(await getPlanSettings(ctx.db)),

  'plans.saveSettings': async (ctx, input) => {
    const before = settingsOut(await getPlanSettings(ctx.db));
    await setPlanSettings(ctx.db, {
      initial_due_days: input.initialDueDays,
      reassess_months: input.reassessMonths,
      review_months: input.reviewMonths,
      updated_at: iso(ctx.now()),
    });
    await ctx.audit({
      action: 'plans.saveSettings',
      objectType: 'planSettings',
      objectId: '1',
      changes: Object.fromEntries(Object.entries(input).map(([k, v]) => [k, [before[k as keyof typeof before], v]])),
    });
    return input;
  },

  'plans.services': async (ctx, input) => (await listServices(ctx.db, input.includeInactive)).map((s) => serviceOut(s, ctx.lang)),

  'plans.saveService': async (ctx, input) => {
    const values = { name_uz: input.names.uz, name_ru: input.names.ru, name_en: input.names.en, active: input.active ? 1 : 0 };
    let id = input.id;
    if (id === undefined) {
      id = await insertService(ctx.db, { ...values, code: null, sort: await nextServiceSort(ctx.db), created_at: iso(ctx.now()) });
      await ctx.audit({
        action: 'plans.saveService',
        objectType: 'planService',
        objectId: String(id),
        changes: { name: [null, input.names.uz] },
      });
    } else {
      const before = await findService(ctx.db, id);
      if (!before) throw notFound();
      await updateService(ctx.db, id, values);
      await ctx.audit({
        action: 'plans.saveService',
        objectType: 'planService',
        objectId: String(id),
        changes: { name: [before.name_uz, input.names.uz], active: [before.active === 1, input.active] },
      });
    }
    return serviceOut((await findService(ctx.db, id))!, ctx.lang);
  },

  'plans.staff': async (ctx) =>
    (await listUsers(ctx.db))
      .filter((u) => u.active === 1 && ['manager', 'caregiver', 'social_worker'].includes(u.role))
      .map((u) => ({ id: u.id, name: u.full_name, role: u.role })),
});
