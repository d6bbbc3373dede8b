// What the plans area's methods return: assessments, plan versions with goals and activities, reviews,
// deliveries, schedules. Inputs and lists are in ./plans.schemas.ts.
import { z } from 'zod';
import { id } from './core';
import { clientSummary, ref } from './clients.schemas';
import { DOMAINS } from './plans.scales';
import {
  ASSESSMENT_KINDS,
  ASSESSMENT_STATUSES,
  PLAN_STATUSES,
  GOAL_STATUSES,
  REVIEW_OUTCOMES,
  FREQUENCY_PER,
  DELIVERY_SOURCES,
  REVIEW_STATES,
} from './plans.lists';

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
