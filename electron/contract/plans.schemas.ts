import { z } from 'zod';
import { id, isoDate, requiredText, optionalText } from './core';
import { ref } from './clients.schemas';
import { DOMAINS, BARTHEL_ITEMS, LAWTON_ITEMS, type BarthelKey, type LawtonKey } from './plans.scales';

import { ASSESSMENT_KINDS, GOAL_STATUSES, REVIEW_OUTCOMES, FREQUENCY_PER } from './plans.lists';

export * from './plans.scales';
export * from './plans.labels';
export * from './plans.lists';

export const rating = z.number({ message: 'v.plans.rating' }).int('v.plans.rating').min(1, 'v.plans.rating').max(5, 'v.plans.rating');

const barthelShape = Object.fromEntries(
  BARTHEL_ITEMS.map((item) => [
    item.key,
    z
      .number({ message: 'v.plans.scaleValue' })
      .int('v.plans.scaleValue')
      .refine((v) => (item.values as readonly number[]).includes(v), 'v.plans.scaleValue'),
  ]),
) as unknown as Record<BarthelKey, z.ZodNumber>;
export const barthelIn = z.object(barthelShape).strict();

const lawtonShape = Object.fromEntries(
  LAWTON_ITEMS.map((key) => [
    key,
    z.number({ message: 'v.plans.scaleValue' }).int('v.plans.scaleValue').min(0, 'v.plans.scaleValue').max(1, 'v.plans.scaleValue'),
  ]),
) as unknown as Record<LawtonKey, z.ZodNumber>;
export const lawtonIn = z.object(lawtonShape).strict();

export const domainIn = z.object({
  domain: z.enum(DOMAINS),
  /** Null: not assessed this time. */
  rating: rating.nullable(),
  strengths: optionalText(2000),
  needs: optionalText(2000),
  notes: optionalText(2000),
});

export const assessmentFields = z.object({
  kind: z.enum(ASSESSMENT_KINDS),
  assessedOn: isoDate,
  /** Who took part: the person, family members, staff, outside specialists — as written. */
  participants: z.array(requiredText(160)).max(12, 'v.tooMany').default([]),
  domains: z.array(domainIn).max(10, 'v.tooMany').default([]),
  personView: optionalText(4000),
  familyView: optionalText(4000),
  summary: optionalText(4000),
  /** What changed: required for an assessment after a significant change. */
  changeReason: optionalText(1000),
  barthel: barthelIn.nullable().optional(),
  lawton: lawtonIn.nullable().optional(),
});
export type AssessmentFields = z.infer<typeof assessmentFields>;

export const activityIn = z.object({
  /** Kept across versions so delivery and comparison follow the same activity; omit for a new one. */
  activityNo: id.optional(),
  what: requiredText(300),
  serviceId: id.nullable().optional(),
  /** A staff member, or an outside service by name (exactly one of the two). */
  responsibleUserId: id.nullable().optional(),
  responsibleExternal: optionalText(200),
  times: z
    .number({ message: 'v.number' })
    .int('v.integer')
    .min(1, 'v.plans.timesRange')
    .max(50, 'v.plans.timesRange')
    .nullable()
    .optional(),
  per: z.enum(FREQUENCY_PER),
  place: optionalText(200),
});
export type ActivityIn = z.infer<typeof activityIn>;

export const goalIn = z.object({
  /** Kept across versions so reviews and comparison follow the same goal; omit for a new one. */
  goalNo: id.optional(),
  domain: z.enum(DOMAINS),
  title: requiredText(300),
  baseline: rating,
  target: rating,
  targetDate: isoDate,
  activities: z.array(activityIn).max(20, 'v.tooMany').default([]),
});
export type GoalIn = z.infer<typeof goalIn>;

export const planFields = z.object({
  startsOn: isoDate,
  endsOn: isoDate.nullable().optional(),
  /** The overall aim in the person's and family's words where possible. */
  aim: optionalText(2000),
  keyWorkerId: id.nullable().optional(),
  /** Months between reviews; the facility's setting when left out. */
  reviewMonths: z.number({ message: 'v.number' }).int('v.integer').min(1, 'v.plans.months').max(12, 'v.plans.months').nullable().optional(),
  personView: optionalText(4000),
  goals: z.array(goalIn).min(1, 'v.plans.goalsRequired').max(30, 'v.tooMany'),
});
export type PlanFields = z.infer<typeof planFields>;

export const reviewGoalIn = z.object({
  goalId: id,
  rating: rating.nullable().optional(),
  status: z.enum(GOAL_STATUSES).nullable().optional(),
  note: optionalText(2000),
});
export const reviewFields = z.object({
  reviewedOn: isoDate,
  participants: z.array(requiredText(160)).max(12, 'v.tooMany').default([]),
  summary: optionalText(4000),
  personView: optionalText(4000),
  goals: z.array(reviewGoalIn).max(30, 'v.tooMany').default([]),
  outcome: z.enum(REVIEW_OUTCOMES).nullable().optional(),
  /** Left out: the review date plus the plan's review interval. */
  nextReviewOn: isoDate.nullable().optional(),
});
export type ReviewFields = z.infer<typeof reviewFields>;

export const planSettings = z.object({
  initialDueDays: z.number({ message: 'v.number' }).int('v.integer').min(1, 'v.plans.days').max(90, 'v.plans.days'),
  reassessMonths: z.number({ message: 'v.number' }).int('v.integer').min(1, 'v.plans.months24').max(24, 'v.plans.months24'),
  reviewMonths: z.number({ message: 'v.number' }).int('v.integer').min(1, 'v.plans.months').max(12, 'v.plans.months'),
});
export type PlanSettings = z.infer<typeof planSettings>;

export const serviceNames = z.object({ uz: requiredText(160), ru: requiredText(160), en: requiredText(160) });
export const serviceOut = z.object({
  id,
  code: z.string().nullable(),
  names: z.object({ uz: z.string(), ru: z.string(), en: z.string() }),
  name: z.string(),
  active: z.boolean(),
});
export type ServiceOut = z.infer<typeof serviceOut>;

export const staffRef = ref.extend({ role: z.string() });

export * from './plans.outputs';
