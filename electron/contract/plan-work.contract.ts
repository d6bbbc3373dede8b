import { z } from 'zod';
import { method, id, isoDate, requiredText, optionalText, empty } from './core';
import { generatedFile } from './files.contract';
import {
  reviewFields,
  reviewOut,
  deliveryOut,
  planSettings,
  serviceOut,
  serviceNames,
  staffRef,
  activityOut,
  DOMAINS,
} from './plans.schemas';
import { PLAN_READERS, PLAN_WRITERS, PLAN_FINISHERS } from './assessments.contract';

export const deliveryIn = z.object({
  clientId: id,
  /** A planned activity of the client's plan in force … */
  activityId: id.nullable().optional(),
  /** … or a service from the catalogue given outside the plan. */
  serviceId: id.nullable().optional(),
  doneOn: isoDate,
  minutes: z.number({ message: 'v.number' }).int('v.integer').min(1, 'v.plans.minutes').max(720, 'v.plans.minutes').nullable().optional(),
  /** Who did it; the signed-in user when left out. */
  staffUserId: id.nullable().optional(),
  note: optionalText(1000),
});
export type DeliveryIn = z.infer<typeof deliveryIn>;

/** A planned activity as the daily care log offers it. */
export const plannedActivity = activityOut.extend({
  planId: id,
  versionId: id,
  goalNo: z.number().int(),
  goalTitle: z.string(),
  domain: z.enum(DOMAINS),
});

export const planWorkContract = {
  'plans.startReview': method({
    input: z.object({ planId: id, reviewedOn: isoDate }),
    output: reviewOut,
    roles: PLAN_WRITERS,
    kind: 'mutation',
    doc: 'Opens a review of the approved plan (the plan shows “under review” until it is completed or cancelled).',
  }),
  'plans.saveReview': method({
    input: reviewFields.extend({ reviewId: id }),
    output: reviewOut,
    roles: PLAN_WRITERS,
    kind: 'mutation',
    doc: 'Saves a review in progress: the rating reached and the status of each goal, with notes.',
  }),
  'plans.completeReview': method({
    input: reviewFields.extend({ reviewId: id }),
    output: reviewOut,
    roles: PLAN_FINISHERS,
    kind: 'mutation',
    doc: 'Completes a review (every goal rated or marked no longer relevant); sets the next review date, closes or reopens the plan for changes.',
  }),
  'plans.cancelReview': method({
    input: z.object({ reviewId: id }),
    output: z.object({ ok: z.literal(true) }),
    roles: PLAN_FINISHERS,
    kind: 'mutation',
    doc: 'Drops a review in progress; the plan is approved again as it was.',
  }),
  'plans.getReview': method({
    input: z.object({ reviewId: id }),
    output: reviewOut,
    roles: PLAN_READERS,
    kind: 'query',
    doc: 'One review with each goal’s baseline, target, previous and reached rating. Audited.',
  }),
  'plans.reviewPdf': method({
    input: z.object({ reviewId: id }),
    output: generatedFile,
    roles: PLAN_READERS,
    kind: 'query',
    doc: 'The review as a PDF in the user’s language, with signature lines. Audited.',
  }),
  'plans.logActivity': method({
    input: deliveryIn,
    output: deliveryOut,
    roles: PLAN_WRITERS,
    kind: 'mutation',
    doc: 'Records that a planned activity or a catalogue service happened: date, duration, who, note.',
  }),
  'plans.voidActivity': method({
    input: z.object({ id, reason: requiredText(300) }),
    output: deliveryOut,
    roles: PLAN_WRITERS,
    kind: 'mutation',
    doc: 'Strikes out an activity recorded by mistake (who recorded it, or the manager); it stays visible, crossed out.',
  }),
  'plans.deliveries': method({
    input: z.object({
      clientId: id,
      planId: id.optional(),
      from: isoDate.optional(),
      to: isoDate.optional(),
      limit: z.number().int().min(1).max(500).default(100),
    }),
    output: z.array(deliveryOut),
    roles: PLAN_READERS,
    kind: 'query',
    doc: 'Activities and services delivered to a client, newest first.',
  }),
  'plans.activitiesOf': method({
    input: z.object({ clientId: id }),
    output: z.array(plannedActivity),
    roles: PLAN_READERS,
    kind: 'query',
    doc: 'The activities of the client’s plan in force, for recording them from the plan or the care log.',
  }),
  'plans.settings': method({
    input: empty,
    output: planSettings,
    roles: PLAN_READERS,
    kind: 'query',
    doc: 'When assessments and reviews fall due: days after admission, months between reassessments and reviews.',
  }),
  'plans.saveSettings': method({
    input: planSettings,
    output: planSettings,
    roles: ['manager'],
    kind: 'mutation',
    doc: 'Changes when assessments and reviews fall due (dates already set on approved plans stay).',
  }),
  'plans.services': method({
    input: z.object({ includeInactive: z.boolean().default(false) }),
    output: z.array(serviceOut),
    roles: PLAN_READERS,
    kind: 'query',
    doc: 'The catalogue of services plans draw on (counselling, legal aid, medical care, referral to the Inson center …).',
  }),
  'plans.saveService': method({
    input: z.object({ id: id.optional(), names: serviceNames, active: z.boolean().default(true) }),
    output: serviceOut,
    roles: ['manager'],
    kind: 'mutation',
    doc: 'Adds a service to the catalogue or renames / retires one (retired ones stay on existing plans).',
  }),
  'plans.staff': method({
    input: empty,
    output: z.array(staffRef),
    roles: PLAN_WRITERS,
    kind: 'query',
    doc: 'Active staff who can be made responsible for an activity or a plan.',
  }),
};
