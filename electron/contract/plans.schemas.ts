import { z } from 'zod';
import { id, isoDate, requiredText, optionalText } from './core';
import { clientSummary, ref } from './clients.schemas';
import { DOMAINS, BARTHEL_ITEMS, LAWTON_ITEMS, type BarthelKey, type LawtonKey } from './plans.scales';

export * from './plans.scales';
export * from './plans.labels';

export const ASSESSMENT_KINDS = ['initial', 'reassessment', 'significant_change'] as const;
export const ASSESSMENT_STATUSES = ['draft', 'completed'] as const;
/** A version's life: draft → submitted → approved (locked) ⇄ under_review; → superseded by a newer approved version; → closed. */
export const PLAN_STATUSES = ['draft', 'submitted', 'approved', 'under_review', 'superseded', 'closed'] as const;
export const GOAL_STATUSES = ['achieved', 'partly_achieved', 'not_achieved', 'not_relevant'] as const;
export const REVIEW_OUTCOMES = ['continue', 'revise', 'close'] as const;
export const FREQUENCY_PER = ['day', 'week', 'month', 'once', 'as_needed'] as const;
/** Where a delivered activity was recorded: on the plan page, or from the daily care log. */
export const DELIVERY_SOURCES = ['plan', 'care_log'] as const;
export const REVIEW_STATES = ['none', 'ok', 'dueSoon', 'overdue'] as const;

export type AssessmentKind = (typeof ASSESSMENT_KINDS)[number];
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];
export type PlanStatus = (typeof PLAN_STATUSES)[number];
export type GoalStatus = (typeof GOAL_STATUSES)[number];
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];
export type FrequencyPer = (typeof FREQUENCY_PER)[number];
export type ReviewState = (typeof REVIEW_STATES)[number];

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

// ---- outputs ----

export const domainOut = z.object({
  domain: z.enum(DOMAINS),
  rating: z.number().int().nullable(),
  strengths: z.string().nullable(),
  needs: z.string().nullable(),
  notes: z.string().nullable(),
});
const scaleOut = z.object({ scores: z.record(z.string(), z.number().int()), total: z.number().int() });

export const assessmentListItem = z.object({
  id,
  kind: z.enum(ASSESSMENT_KINDS),
  status: z.enum(ASSESSMENT_STATUSES),
  assessedOn: z.string(),
  ratedDomains: z.number().int(),
  barthelTotal: z.number().int().nullable(),
  lawtonTotal: z.number().int().nullable(),
});
export type AssessmentListItem = z.infer<typeof assessmentListItem>;

export const assessmentOut = assessmentListItem.extend({
  clientId: id,
  client: clientSummary,
  participants: z.array(z.string()),
  domains: z.array(domainOut),
  personView: z.string().nullable(),
  familyView: z.string().nullable(),
  summary: z.string().nullable(),
  changeReason: z.string().nullable(),
  barthel: scaleOut.nullable(),
  lawton: scaleOut.nullable(),
  createdBy: ref.nullable(),
  createdAt: z.string(),
  completedBy: ref.nullable(),
  completedAt: z.string().nullable(),
  /** The domains this facility's form shows. */
  formDomains: z.array(z.enum(DOMAINS)),
  canEdit: z.boolean(),
  canComplete: z.boolean(),
});
export type AssessmentOut = z.infer<typeof assessmentOut>;

const compareSide = z.object({ id, assessedOn: z.string(), kind: z.enum(ASSESSMENT_KINDS) });
const scaleCompare = z
  .object({
    a: z.number().int().nullable(),
    b: z.number().int().nullable(),
    items: z.array(z.object({ key: z.string(), a: z.number().int().nullable(), b: z.number().int().nullable() })),
  })
  .nullable();
export const assessmentCompare = z.object({
  client: clientSummary,
  a: compareSide,
  b: compareSide,
  domains: z.array(
    z.object({
      domain: z.enum(DOMAINS),
      a: domainOut.nullable(),
      b: domainOut.nullable(),
      /** b − a where both are rated; positive is better. */
      change: z.number().int().nullable(),
    }),
  ),
  barthel: scaleCompare,
  lawton: scaleCompare,
});
export type AssessmentCompare = z.infer<typeof assessmentCompare>;

export const activityOut = z.object({
  id,
  activityNo: z.number().int(),
  what: z.string(),
  service: ref.nullable(),
  responsibleUser: ref.nullable(),
  responsibleExternal: z.string().nullable(),
  times: z.number().int().nullable(),
  per: z.enum(FREQUENCY_PER),
  place: z.string().nullable(),
  /** Expected so far since the version was approved (null: as needed, or not approved). */
  planned: z.number().int().nullable(),
  delivered: z.number().int(),
  minutes: z.number().int(),
});
export type ActivityOut = z.infer<typeof activityOut>;

export const goalLatest = z.object({
  reviewedOn: z.string(),
  rating: z.number().int().nullable(),
  status: z.enum(GOAL_STATUSES).nullable(),
});
export const goalOut = z.object({
  id,
  goalNo: z.number().int(),
  domain: z.enum(DOMAINS),
  title: z.string(),
  baseline: z.number().int(),
  target: z.number().int(),
  targetDate: z.string(),
  latest: goalLatest.nullable(),
  progress: z.number().int().nullable(),
  activities: z.array(activityOut),
});
export type GoalOut = z.infer<typeof goalOut>;

export const versionRef = z.object({
  id,
  version: z.number().int(),
  status: z.enum(PLAN_STATUSES),
  createdAt: z.string(),
  approvedAt: z.string().nullable(),
  changeReason: z.string().nullable(),
});
export const reviewRef = z.object({
  id,
  versionId: id,
  status: z.enum(['draft', 'done']),
  reviewedOn: z.string(),
  outcome: z.enum(REVIEW_OUTCOMES).nullable(),
});

export const planVersionOut = z.object({
  id,
  planId: id,
  planNo: z.number().int(),
  clientId: id,
  client: clientSummary,
  version: z.number().int(),
  status: z.enum(PLAN_STATUSES),
  assessmentId: id,
  assessedOn: z.string(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  aim: z.string().nullable(),
  keyWorker: ref.nullable(),
  reviewMonths: z.number().int(),
  nextReviewOn: z.string().nullable(),
  reviewState: z.enum(REVIEW_STATES),
  personView: z.string().nullable(),
  changeReason: z.string().nullable(),
  returnedReason: z.string().nullable(),
  closeReason: z.string().nullable(),
  goals: z.array(goalOut),
  createdBy: ref.nullable(),
  createdAt: z.string(),
  submittedBy: ref.nullable(),
  submittedAt: z.string().nullable(),
  approvedBy: ref.nullable(),
  approvedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  versions: z.array(versionRef),
  reviews: z.array(reviewRef),
  /** Unplanned services delivered to the client under this plan (not counted against activities). */
  otherServices: z.number().int(),
  can: z.object({
    edit: z.boolean(),
    submit: z.boolean(),
    approve: z.boolean(),
    returnToDraft: z.boolean(),
    revise: z.boolean(),
    close: z.boolean(),
    startReview: z.boolean(),
    discard: z.boolean(),
    logActivity: z.boolean(),
  }),
});
export type PlanVersionOut = z.infer<typeof planVersionOut>;

export const reviewGoalOut = z.object({
  goalId: id,
  goalNo: z.number().int(),
  domain: z.enum(DOMAINS),
  title: z.string(),
  baseline: z.number().int(),
  target: z.number().int(),
  targetDate: z.string(),
  /** The rating reached at the review before this one (or the baseline). */
  previous: z.number().int(),
  rating: z.number().int().nullable(),
  status: z.enum(GOAL_STATUSES).nullable(),
  note: z.string().nullable(),
  progress: z.number().int().nullable(),
});
export const reviewOut = z.object({
  id,
  planId: id,
  versionId: id,
  version: z.number().int(),
  clientId: id,
  client: clientSummary,
  status: z.enum(['draft', 'done']),
  reviewedOn: z.string(),
  participants: z.array(z.string()),
  summary: z.string().nullable(),
  personView: z.string().nullable(),
  outcome: z.enum(REVIEW_OUTCOMES).nullable(),
  nextReviewOn: z.string().nullable(),
  /** The next review date the plan's interval gives for the review date. */
  suggestedNextReviewOn: z.string(),
  goals: z.array(reviewGoalOut),
  createdBy: ref.nullable(),
  completedBy: ref.nullable(),
  completedAt: z.string().nullable(),
  canEdit: z.boolean(),
  canComplete: z.boolean(),
});
export type ReviewOut = z.infer<typeof reviewOut>;

export const deliveryOut = z.object({
  id,
  clientId: id,
  planId: id.nullable(),
  activityNo: z.number().int().nullable(),
  activity: z.string().nullable(),
  service: ref.nullable(),
  doneOn: z.string(),
  minutes: z.number().int().nullable(),
  staff: ref.nullable(),
  note: z.string().nullable(),
  source: z.enum(DELIVERY_SOURCES),
  /** Who recorded it: they (or the manager) may strike it out. */
  recordedById: id.nullable(),
  createdAt: z.string(),
  voided: z.boolean(),
  voidReason: z.string().nullable(),
});
export type DeliveryOut = z.infer<typeof deliveryOut>;

export const assessmentSchedule = z.object({
  admittedOn: z.string().nullable(),
  dueKind: z.enum(['initial', 'reassessment']).nullable(),
  dueOn: z.string().nullable(),
  overdue: z.boolean(),
  lastCompletedOn: z.string().nullable(),
  lastCompletedId: id.nullable(),
  draftId: id.nullable(),
});
export type AssessmentSchedule = z.infer<typeof assessmentSchedule>;

export const planHeadline = z.object({
  planId: id,
  planNo: z.number().int(),
  /** The version in force (approved / under review), else the newest one. */
  versionId: id,
  version: z.number().int(),
  status: z.enum(PLAN_STATUSES),
  /** A newer version being prepared while this one is in force. */
  pendingVersionId: id.nullable(),
  pendingStatus: z.enum(PLAN_STATUSES).nullable(),
  nextReviewOn: z.string().nullable(),
  reviewState: z.enum(REVIEW_STATES),
  openReviewId: id.nullable(),
});
export type PlanHeadline = z.infer<typeof planHeadline>;

export const overviewItem = z.object({
  client: clientSummary,
  assessment: assessmentSchedule,
  plan: planHeadline.nullable(),
  /** Something for the manager: an overdue date, a plan waiting for approval, no plan after an assessment. */
  attention: z.boolean(),
  /** False where the viewer may see the dates but not open the case (anonymous kinds, without the name). */
  canOpen: z.boolean(),
});
export type OverviewItem = z.infer<typeof overviewItem>;
